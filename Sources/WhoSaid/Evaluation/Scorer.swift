/// Scores predicted quotes against gold articles exactly as the reference
/// scorer `score.py` does.
///
/// A gold quote is found when one prediction covers at least a threshold share
/// of its code points; matching is one-to-one and greedy, taking pairs by
/// coverage, then overlap, then the share of the prediction that overlaps, then
/// gold order, then prediction order. A prediction with two or more fragments may
/// then find, fragment by fragment, gold quotes still unmatched
/// (``pairs(gold:predicted:threshold:)``); it counts once as a prediction.
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

  /// A gold quote and the prediction that found it, whole or by one of its fragments.
  public struct Pair: Sendable, Hashable {
    /// The gold quote's index in its article.
    public var gold: Int
    /// The prediction's index in its article.
    public var predicted: Int
    /// The predicted span that matched: the prediction's content, or one of its fragments.
    public var span: Range<Int>
  }

  /// The pairs of one article at threshold `t`: first whole predictions, one-to-one
  /// (``match(gold:predicted:threshold:)``); then, for the gold quotes still
  /// unmatched, the fragments of predictions that have two or more, one-to-one
  /// among the fragments (a fragment that overlaps the gold quote its prediction
  /// already matched is not offered again). A prediction may thus find several
  /// gold quotes, one per fragment.
  public static func pairs(gold: [Range<Int>], predicted: [PredictedQuote], threshold t: Threshold) -> [Pair] {
    var out = match(gold: gold, predicted: predicted.map(\.content), threshold: t).map {
      Pair(gold: $0.gold, predicted: $0.predicted, span: predicted[$0.predicted].content)
    }
    var taken: [Int: Range<Int>] = [:]
    for p in out { taken[p.predicted] = gold[p.gold] }
    var units: [(predicted: Int, span: Range<Int>)] = []
    for (pi, p) in predicted.enumerated() where p.fragments.count >= 2 {
      for f in p.fragments {
        if let g = taken[pi], overlap(f, g) > 0 { continue }
        units.append((pi, f))
      }
    }
    guard !units.isEmpty else { return out }
    let matched = Set(out.map(\.gold))
    let open = gold.enumerated().map { matched.contains($0.offset) ? 0..<0 : $0.element }
    for m in match(gold: open, predicted: units.map(\.span), threshold: t) {
      out.append(Pair(gold: m.gold, predicted: units[m.predicted].predicted, span: units[m.predicted].span))
    }
    return out
  }

  /// Scores predictions keyed by article id; an article without an entry has no predictions.
  public func score(_ articles: [GoldArticle], predictions: [String: [PredictedQuote]]) -> EvaluationReport {
    let texts = articles.map { Array($0.text.unicodeScalars) }
    var kindTotals: [String: Int] = [:]
    var actTotals: [String: Int] = [:]
    for a in articles {
      for q in a.quotes {
        kindTotals[q.kind, default: 0] += 1
        if let act = q.act, !act.isEmpty { actTotals[act, default: 0] += 1 }
      }
    }
    let nGold = articles.reduce(0) { $0 + $1.quotes.count }
    let nPred = articles.reduce(0) { $0 + (predictions[$1.id]?.count ?? 0) }
    func quoteScore(_ tp: Int, _ predTP: Int, _ found: [String: Int]) -> QuoteScore {
      QuoteScore(
        truePositives: tp, matchedPredictions: predTP, predicted: nPred, gold: nGold,
        recallByKind: Scorer.kinds.map { KindRecall(kind: $0, found: found[$0] ?? 0, total: kindTotals[$0] ?? 0) })
    }
    var coverage: [ThresholdScore] = []
    for t in thresholds {
      var tally = PairTally()
      for (a, text) in zip(articles, texts) {
        let preds = predictions[a.id] ?? []
        let pairs = Scorer.pairs(gold: a.quotes.map(\.content), predicted: preds, threshold: t)
        tally.matchedPredictions += Set(pairs.map(\.predicted)).count
        for pair in pairs { tally.add(a.quotes[pair.gold], preds[pair.predicted], text: text) }
      }
      let acts = actTotals.keys.sorted().map { act in
        ActScore(act: act, gold: actTotals[act] ?? 0, found: tally.actFound[act] ?? 0, correct: tally.actCorrect[act] ?? 0)
      }
      coverage.append(
        ThresholdScore(
          threshold: t, quotes: quoteScore(tally.tp, tally.matchedPredictions, tally.found), speaker: tally.speaker,
          name: tally.name, cue: tally.cue, kind: tally.kind, target: tally.target, act: tally.act,
          audience: tally.audience, acts: acts))
    }
    let (tp, found) = exactMatches(articles, texts, predictions)
    return EvaluationReport(
      goldArticles: articles.count, predictedArticles: articles.filter { predictions[$0.id] != nil }.count,
      goldQuotes: nGold, predictedQuotes: nPred, coverage: coverage, exact: quoteScore(tp, tp, found))
  }

  /// Exact matching: one-to-one equality of spans after ``ScoreNormalization/exactSpan(_:in:)``.
  func exactMatches(
    _ articles: [GoldArticle], _ texts: [[Unicode.Scalar]], _ predictions: [String: [PredictedQuote]]
  ) -> (tp: Int, found: [String: Int]) {
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
    return (tp, found)
  }
}

/// The counts over the matched pairs at one threshold.
struct PairTally {
  var tp = 0
  var matchedPredictions = 0
  var found: [String: Int] = [:]
  var speaker = Accuracy(correct: 0, total: 0)
  var name = Accuracy(correct: 0, total: 0)
  var cue = Accuracy(correct: 0, total: 0)
  var kind = Accuracy(correct: 0, total: 0)
  var target = Accuracy(correct: 0, total: 0)
  var act = Accuracy(correct: 0, total: 0)
  var audience = Accuracy(correct: 0, total: 0)
  var actFound: [String: Int] = [:]
  var actCorrect: [String: Int] = [:]

  /// Counts one matched pair; `text` is the article's scalars.
  mutating func add(_ g: GoldQuote, _ p: PredictedQuote, text: [Unicode.Scalar]) {
    tp += 1
    found[g.kind, default: 0] += 1
    kind.add(p.kind == g.kind)
    if g.speaker != nil || !(g.speakerName ?? "").isEmpty {
      // The speaker phrase, or where it is named, overlaps the gold's; or the names are equal.
      var ok = false
      if let gs = g.speaker { ok = [p.speaker, p.speakerAntecedent].contains { $0.map { Scorer.overlap($0, gs) > 0 } ?? false } }
      if !ok {
        let spanText = g.speaker.map { String(String.UnicodeScalarView(text[$0])) }
        ok = ScoreNormalization.sameName(p.speakerName, g.speakerName) || ScoreNormalization.sameName(p.speakerName, spanText)
      }
      speaker.add(ok)
    }
    if !(g.speakerName ?? "").isEmpty { name.add(ScoreNormalization.sameName(p.speakerName, g.speakerName)) }
    if let gc = g.cue { cue.add(p.cue.map { Scorer.overlap($0, gc) > 0 } ?? false) }
    if g.target != nil || !(g.targetName ?? "").isEmpty { target.add(Self.sameTarget(g, p, text: text)) }
    if let ga = g.act, !ga.isEmpty {
      let ok = p.act == ga
      act.add(ok)
      actFound[ga, default: 0] += 1
      if ok { actCorrect[ga, default: 0] += 1 }
    }
    if let gu = g.audience { audience.add(p.audience.map { Scorer.overlap($0, gu) > 0 } ?? false) }
  }

  /// The predicted target span overlaps the gold's, or the names are equal after
  /// normalisation. As in `score.py`, a predicted name is compared whenever it is a
  /// non-empty string, even one that normalises to nothing.
  static func sameTarget(_ g: GoldQuote, _ p: PredictedQuote, text: [Unicode.Scalar]) -> Bool {
    if let gt = g.target, let pt = p.target?.span, Scorer.overlap(pt, gt) > 0 { return true }
    guard let name = p.target?.name, !name.isEmpty else { return false }
    let x = ScoreNormalization.nameScalars(name)
    let spanName = g.target.map { ScoreNormalization.nameScalars(String(String.UnicodeScalarView(text[$0]))) } ?? []
    return x == ScoreNormalization.nameScalars(g.targetName) || x == spanName
  }
}

extension Accuracy {
  mutating func add(_ ok: Bool) {
    total += 1
    if ok { correct += 1 }
  }
}
