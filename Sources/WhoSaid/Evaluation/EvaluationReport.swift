/// Precision, recall and F1 of quote detection under one matching rule.
public struct QuoteScore: Sendable, Hashable {
  /// Gold quotes found.
  public var truePositives: Int
  /// Predictions that found a gold quote, whole or by a fragment. It differs from
  /// ``truePositives`` only when one prediction's fragments found several gold quotes.
  public var matchedPredictions: Int
  /// All predicted quotes.
  public var predicted: Int
  /// All gold quotes.
  public var gold: Int
  /// Recall per gold kind (`direct`, `mixed`, `indirect`, in that order).
  public var recallByKind: [KindRecall]

  /// Predictions that found no gold quote.
  public var falsePositives: Int { predicted - matchedPredictions }
  /// Gold quotes not found.
  public var falseNegatives: Int { gold - truePositives }
  /// Share of predictions that found a gold quote (0 without predictions).
  public var precision: Double { predicted > 0 ? Double(matchedPredictions) / Double(predicted) : 0 }
  /// Share of gold quotes found (0 without gold quotes).
  public var recall: Double { gold > 0 ? Double(truePositives) / Double(gold) : 0 }
  /// The harmonic mean of precision and recall (0 when both are 0).
  public var f1: Double {
    let p = precision
    let r = recall
    return p + r > 0 ? 2 * p * r / (p + r) : 0
  }
}

/// Recall over the gold quotes of one kind.
public struct KindRecall: Sendable, Hashable {
  /// The gold kind.
  public var kind: String
  /// Gold quotes of this kind found.
  public var found: Int
  /// Gold quotes of this kind.
  public var total: Int
  /// `found / total`, or nil without gold quotes of the kind.
  public var recall: Double? { total > 0 ? Double(found) / Double(total) : nil }
}

/// A share of correct answers over the pairs where the question applies.
public struct Accuracy: Sendable, Hashable {
  /// Pairs answered correctly.
  public var correct: Int
  /// Pairs the question applies to.
  public var total: Int
  /// `correct / total`, or nil when no pair applies.
  public var value: Double? { total > 0 ? Double(correct) / Double(total) : nil }
}

/// The figures at one coverage threshold.
public struct ThresholdScore: Sendable, Hashable {
  /// The share of a gold quote a prediction must cover.
  public var threshold: Scorer.Threshold
  /// Quote detection at this threshold.
  public var quotes: QuoteScore
  /// Over matched pairs whose gold has a speaker span or name: the predicted
  /// speaker, or its antecedent, overlaps the gold span, or its name equals the
  /// gold name or span text.
  public var speaker: Accuracy
  /// Over matched pairs with a gold speaker name: the predicted name equals it.
  public var name: Accuracy
  /// Over matched pairs with a gold cue: the predicted cue overlaps it.
  public var cue: Accuracy
  /// Over matched pairs: the predicted kind equals the gold kind.
  public var kind: Accuracy
  /// Over matched pairs whose gold has a target span or name: the predicted target
  /// span overlaps it, or the names are equal.
  public var target: Accuracy
  /// Over matched pairs whose gold has an act: the predicted act equals it.
  public var act: Accuracy
  /// Over matched pairs whose gold has an audience: the predicted audience overlaps
  /// it (`whosaid eval` only; `score.py` ignores audiences).
  public var audience: Accuracy
  /// Per gold act, in name order: how many were found and given the right act.
  public var acts: [ActScore]
}

/// The gold quotes of one speech act at one threshold.
public struct ActScore: Sendable, Hashable {
  /// The gold act (`accusation`, `denial`, …).
  public var act: String
  /// Gold quotes with this act.
  public var gold: Int
  /// Of them, those a prediction found.
  public var found: Int
  /// Of those found, those whose prediction has the same act.
  public var correct: Int
  /// `found / gold`, or nil without gold quotes.
  public var recall: Double? { gold > 0 ? Double(found) / Double(gold) : nil }
  /// Act accuracy over the quotes found.
  public var accuracy: Accuracy { Accuracy(correct: correct, total: found) }
}

/// Everything ``Scorer`` computes for a set of articles (what `score.py` reports).
public struct EvaluationReport: Sendable, Hashable {
  /// Articles in the gold.
  public var goldArticles: Int
  /// Gold articles that have a prediction record.
  public var predictedArticles: Int
  /// Quotes in the gold.
  public var goldQuotes: Int
  /// Predicted quotes in the gold articles.
  public var predictedQuotes: Int
  /// One entry per threshold, in the scorer's order.
  public var coverage: [ThresholdScore]
  /// Exact span matching after stripping marks and trailing punctuation.
  public var exact: QuoteScore
}
