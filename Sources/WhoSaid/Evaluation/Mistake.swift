/// A gold quote that was not found, or a prediction that found no gold quote,
/// at one coverage threshold.
public struct Mistake: Sendable, Hashable {
  /// Which way the extractor went wrong.
  public enum Side: String, Sendable, Hashable {
    /// A gold quote no prediction matched.
    case miss
    /// A prediction that matched no gold quote.
    case falseAlarm
  }

  /// A miss or a false alarm.
  public var side: Side
  /// The article, as an index into the scored articles.
  public var article: Int
  /// The missed gold quote, or for a false alarm the gold quote it overlaps most (if any).
  public var gold: Int?
  /// The false alarm, or for a miss the prediction that overlaps it most (if any).
  public var predicted: Int?
  /// The gold kind of a miss, the predicted kind of a false alarm.
  public var kind: String
}

extension Scorer {
  /// The misses and false alarms at `threshold`, article by article in text order.
  public func mistakes(
    _ articles: [GoldArticle], predictions: [String: [PredictedQuote]], threshold: Threshold
  ) -> [Mistake] {
    var out: [Mistake] = []
    for (ai, a) in articles.enumerated() {
      let preds = predictions[a.id] ?? []
      let gold = a.quotes.map(\.content)
      let spans = preds.map(\.content)
      let pairs = Scorer.match(gold: gold, predicted: spans, threshold: threshold)
      let matchedGold = Set(pairs.map(\.gold))
      let matchedPred = Set(pairs.map(\.predicted))
      var found: [(start: Int, mistake: Mistake)] = []
      for (gi, g) in gold.enumerated() where !matchedGold.contains(gi) {
        let m = Mistake(side: .miss, article: ai, gold: gi, predicted: Scorer.mostOverlapping(g, spans), kind: a.quotes[gi].kind)
        found.append((g.lowerBound, m))
      }
      for (pi, p) in spans.enumerated() where !matchedPred.contains(pi) {
        let m = Mistake(side: .falseAlarm, article: ai, gold: Scorer.mostOverlapping(p, gold), predicted: pi, kind: preds[pi].kind)
        found.append((p.lowerBound, m))
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
