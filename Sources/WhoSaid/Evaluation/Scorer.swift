/// Scores predicted quotes against gold articles exactly as the reference
/// scorer `score.py` does.
///
/// A gold quote is found when one prediction covers at least a threshold share
/// of its code points; matching is one-to-one and greedy, taking pairs by
/// coverage, then overlap, then the share of the prediction that overlaps, then
/// gold order, then prediction order.
///
/// ```swift
/// let preds = Dictionary(uniqueKeysWithValues: gold.map {
///   ($0.id, PredictedQuote.converting(Extractor().extract($0.text), in: $0.text))
/// })
/// let report = Scorer().score(gold, predictions: preds)
/// ```
public struct Scorer: Sendable {
  /// A coverage threshold, kept as a fraction so comparisons are exact.
  public struct Threshold: Sendable, Hashable, CustomStringConvertible {
    /// The numerator of the share.
    public var numerator: Int
    /// The denominator of the share (positive).
    public var denominator: Int
    /// Creates the threshold `numerator / denominator`.
    public init(_ numerator: Int, _ denominator: Int) {
      self.numerator = numerator
      self.denominator = denominator
    }
    /// The threshold as a decimal (`0.3`).
    public var description: String { "\(Double(numerator) / Double(denominator))" }
  }

  /// The gold kinds that get a recall figure of their own.
  public static let kinds = ["direct", "mixed", "indirect"]

  /// The coverage thresholds, in report order.
  public var thresholds: [Threshold]

  /// - Parameter thresholds: Coverage thresholds (default 0.3 and 0.8).
  public init(thresholds: [Threshold] = [Threshold(3, 10), Threshold(8, 10)]) {
    self.thresholds = thresholds
  }

  /// Overlap of two spans in code points.
  public static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
    max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
  }

  /// The one-to-one greedy matching of gold spans to predicted spans.
  ///
  /// - Returns: Pairs of indices, in the order they were taken.
  public static func match(gold: [Range<Int>], predicted: [Range<Int>], threshold t: Threshold) -> [(gold: Int, predicted: Int)] {
    struct Candidate { var gi: Int, pi: Int, ov: Int, glen: Int, plen: Int }
    var candidates: [Candidate] = []
    for (gi, g) in gold.enumerated() where g.count > 0 {
      for (pi, p) in predicted.enumerated() {
        let ov = overlap(g, p)
        if ov > 0 && ov * t.denominator >= t.numerator * g.count {
          candidates.append(Candidate(gi: gi, pi: pi, ov: ov, glen: g.count, plen: p.count))
        }
      }
    }
    candidates.sort { a, b in
      let cov = a.ov * b.glen - b.ov * a.glen
      if cov != 0 { return cov > 0 }
      if a.ov != b.ov { return a.ov > b.ov }
      let prec = a.ov * b.plen - b.ov * a.plen
      if prec != 0 { return prec > 0 }
      return (a.gi, a.pi) < (b.gi, b.pi)
    }
    var usedGold = Set<Int>()
    var usedPred = Set<Int>()
    var pairs: [(gold: Int, predicted: Int)] = []
    for c in candidates where !usedGold.contains(c.gi) && !usedPred.contains(c.pi) {
      usedGold.insert(c.gi)
      usedPred.insert(c.pi)
      pairs.append((c.gi, c.pi))
    }
    return pairs
  }

  /// Scores predictions keyed by article id; an article without an entry has no predictions.
  public func score(_ articles: [GoldArticle], predictions: [String: [PredictedQuote]]) -> EvaluationReport {
    let texts = articles.map { Array($0.text.unicodeScalars) }
    var kindTotals: [String: Int] = [:]
    for a in articles { for q in a.quotes { kindTotals[q.kind, default: 0] += 1 } }
    let nGold = articles.reduce(0) { $0 + $1.quotes.count }
    let nPred = articles.reduce(0) { $0 + (predictions[$1.id]?.count ?? 0) }
    func quoteScore(_ tp: Int, _ found: [String: Int]) -> QuoteScore {
      QuoteScore(
        truePositives: tp, predicted: nPred, gold: nGold,
        recallByKind: Scorer.kinds.map { KindRecall(kind: $0, found: found[$0] ?? 0, total: kindTotals[$0] ?? 0) })
    }
    var coverage: [ThresholdScore] = []
    for t in thresholds {
      var tp = 0
      var found: [String: Int] = [:]
      var speaker = Accuracy(correct: 0, total: 0)
      var name = speaker
      var cue = speaker
      var kind = speaker
      for (a, text) in zip(articles, texts) {
        let preds = predictions[a.id] ?? []
        for (gi, pi) in Scorer.match(gold: a.quotes.map(\.content), predicted: preds.map(\.content), threshold: t) {
          let g = a.quotes[gi]
          let p = preds[pi]
          tp += 1
          found[g.kind, default: 0] += 1
          kind.add(p.kind == g.kind)
          if g.speaker != nil || !(g.speakerName ?? "").isEmpty {
            var ok = false
            if let ps = p.speaker, let gs = g.speaker { ok = Scorer.overlap(ps, gs) > 0 }
            if !ok {
              let spanText = g.speaker.map { String(String.UnicodeScalarView(text[$0])) }
              ok = ScoreNormalization.sameName(p.speakerName, g.speakerName) || ScoreNormalization.sameName(p.speakerName, spanText)
            }
            speaker.add(ok)
          }
          if !(g.speakerName ?? "").isEmpty { name.add(ScoreNormalization.sameName(p.speakerName, g.speakerName)) }
          if let gc = g.cue { cue.add(p.cue.map { Scorer.overlap($0, gc) > 0 } ?? false) }
        }
      }
      coverage.append(ThresholdScore(threshold: t, quotes: quoteScore(tp, found), speaker: speaker, name: name, cue: cue, kind: kind))
    }
    var tp = 0
    var found: [String: Int] = [:]
    for (a, text) in zip(articles, texts) {
      var available: [Range<Int>: Int] = [:]
      for p in predictions[a.id] ?? [] {
        if let s = ScoreNormalization.exactSpan(p.content, in: text) { available[s, default: 0] += 1 }
      }
      for q in a.quotes {
        guard let s = ScoreNormalization.exactSpan(q.content, in: text), let n = available[s], n > 0 else { continue }
        available[s] = n - 1
        tp += 1
        found[q.kind, default: 0] += 1
      }
    }
    return EvaluationReport(
      goldArticles: articles.count, predictedArticles: articles.filter { predictions[$0.id] != nil }.count,
      goldQuotes: nGold, predictedQuotes: nPred, coverage: coverage, exact: quoteScore(tp, found))
  }
}

extension Accuracy {
  mutating func add(_ ok: Bool) {
    total += 1
    if ok { correct += 1 }
  }
}
