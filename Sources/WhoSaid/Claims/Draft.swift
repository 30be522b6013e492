/// An attribution under construction, on token indices.
struct Draft {
  var kind: Attribution.Kind
  var content: Range<Int>
  var fragments: [Range<Int>] = []
  var frame: Frame?
  var confidence: Double
  /// For a carried speaker: the draft it continues.
  var carriedFrom: Int = -1
  /// Holds tokens that report nothing (French: a headline, a `Lire aussi` line, a quoted title), so
  /// that no later rule reads them; never written out.
  var dropped = false
  /// The speech act (see ``PartyFinder``).
  var act: Act = .statement
  /// The target and the audience phrases, when the frame has them (see ``PartyFinder``).
  var target: Range<Int>? = nil
  var audience: Range<Int>? = nil
}

extension Document {
  /// An honest confidence: high for a direct quote next to a named speaker, lower
  /// for pronouns, clauses, weak cues and inferred speakers.
  func confidence(of d: Draft) -> Double {
    guard let f = d.frame, let sp = f.speaker else { return 0.3 }
    var c: Double
    switch d.kind {
    case .direct: c = 0.95
    case .mixed: c = 0.85
    case .indirect: c = 0.75
    }
    if f.kind == .source { c -= 0.05 }
    if f.inherited { c -= 0.1 }
    if sp.count == 1, language.profile.role(tokens[sp.lowerBound].word).any(.pronoun) { c -= 0.1 }
    if f.cueIndex >= 0, language.profile.cues[Int(f.cueIndex)].frame.contains(.weak) { c -= 0.15 }
    return c
  }}
