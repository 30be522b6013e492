/// Which statements are kept or scored: all of them, or only speech and writing.
///
/// `whosaid --scope speech` keeps the attributions whose ``CueMention/class`` is speech (and those
/// with no cue: carried and unattributed quotes). In scoring, gold items may carry a `class` (`speech`, `belief`, `evidence`; none means
/// speech), predictions a cue class. In the speech scope, a gold item of another
/// class is no longer asked for (`Experts believe the dam will hold.`), and a
/// prediction whose cue is of another class is no longer counted.
public enum EvaluationScope: String, Sendable, CaseIterable {
  /// Every statement (the default, and what `score.py` scores).
  case all
  /// Speech and writing only.
  case speech

  /// Whether a gold quote is scored in this scope.
  public func keeps(_ q: GoldQuote) -> Bool {
    self == .all || q.statementClass == nil || q.statementClass == "speech"
  }

  /// Whether an attribution is kept in this scope (one without a cue is).
  public func keeps(_ a: Attribution) -> Bool {
    self == .all || a.cue.map { $0.class == .speech } ?? true
  }

  /// Whether a prediction is scored in this scope (one without a cue class is).
  public func keeps(_ p: PredictedQuote) -> Bool {
    self == .all || p.cueClass == nil || p.cueClass == "speech"
  }

  /// The gold articles with only the quotes this scope scores (every article stays).
  public func apply(_ gold: [GoldArticle]) -> [GoldArticle] {
    guard self != .all else { return gold }
    return gold.map { a in
      var a = a
      a.quotes = a.quotes.filter(keeps)
      return a
    }
  }

  /// The predictions this scope scores (every article's entry stays, if empty).
  public func apply(_ predictions: [String: [PredictedQuote]]) -> [String: [PredictedQuote]] {
    guard self != .all else { return predictions }
    return predictions.mapValues { $0.filter(keeps) }
  }
}
