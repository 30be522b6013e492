/// A gold quote that was not found, a prediction that found no gold quote, or a
/// pair found with other boundaries, at one coverage threshold.
public struct Mistake: Sendable, Hashable {
  /// Which way the extractor went wrong.
  public enum Side: String, Sendable, Hashable {
    /// A gold quote no prediction matched.
    case miss
    /// A prediction that matched no gold quote.
    case falseAlarm
    /// A gold quote found at the threshold by a span (the prediction or the
    /// fragment that matched it) that is not the same after stripping marks and
    /// trailing punctuation: what exact-span F1 counts against.
    case boundary
  }

  /// A miss or a false alarm.
  public var side: Side
  /// The article, as an index into the scored articles.
  public var article: Int
  /// The missed gold quote, or for a false alarm the gold quote it overlaps most
  /// (if any), or the gold quote of a boundary mistake.
  public var gold: Int?
  /// The false alarm, or for a miss the prediction that overlaps it most (if any),
  /// or the prediction of a boundary mistake.
  public var predicted: Int?
  /// The predicted span shown: the prediction's content, or for a boundary
  /// mistake the fragment that matched (nil when there is no prediction).
  public var predictedSpan: Range<Int>?
  /// The gold kind of a miss or a boundary mistake, the predicted kind of a false alarm.
  public var kind: String
}

extension Scorer {
  /// The misses, false alarms and boundary mistakes at `threshold`, article by
  /// article in text order, matched as ``pairs(gold:predicted:threshold:)`` matches.
  public func mistakes(
    _ articles: [GoldArticle], predictions: [String: [PredictedQuote]], threshold: Threshold
  ) -> [Mistake] {
    var out: [Mistake] = []
    for (ai, a) in articles.enumerated() {
      let text = Array(a.text.unicodeScalars)
      let preds = predictions[a.id] ?? []
      let gold = a.quotes.map(\.content)
      let spans = preds.map(\.content)
      let pairs = Scorer.pairs(gold: gold, predicted: preds, threshold: threshold)
      let matchedGold = Set(pairs.map(\.gold))
      let matchedPred = Set(pairs.map(\.predicted))
      var found: [(start: Int, mistake: Mistake)] = []
      for (gi, g) in gold.enumerated() where !matchedGold.contains(gi) {
        let pi = Scorer.mostOverlapping(g, spans)
        let m = Mistake(side: .miss, article: ai, gold: gi, predicted: pi, predictedSpan: pi.map { spans[$0] }, kind: a.quotes[gi].kind)
        found.append((g.lowerBound, m))
      }
      for (pi, p) in spans.enumerated() where !matchedPred.contains(pi) {
        let m = Mistake(side: .falseAlarm, article: ai, gold: Scorer.mostOverlapping(p, gold), predicted: pi, predictedSpan: p, kind: preds[pi].kind)
        found.append((p.lowerBound, m))
      }
      for pair in pairs
      where ScoreNormalization.exactSpan(gold[pair.gold], in: text) != ScoreNormalization.exactSpan(pair.span, in: text) {
        let m = Mistake(side: .boundary, article: ai, gold: pair.gold, predicted: pair.predicted, predictedSpan: pair.span, kind: a.quotes[pair.gold].kind)
        found.append((gold[pair.gold].lowerBound, m))
      }
      found.sort { $0.start < $1.start }
      out.append(contentsOf: found.map(\.mistake))
    }
    return out
  }

  /// The index of the span that overlaps `span` most (the first on ties), or nil.
  static func mostOverlapping(_ span: Range<Int>, _ spans: [Range<Int>]) -> Int? {
    var best: Int?
    var bestOverlap = 0
    for (i, s) in spans.enumerated() {
      let ov = overlap(span, s)
      if ov > bestOverlap {
        best = i
        bestOverlap = ov
      }
    }
    return best
  }
}
