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
    let pronoun = sp.count == 1 && language.profile.role(tokens[sp.lowerBound].word).any(.pronoun)
    if language.profile.requiresClauseContent {
      // English, ordered by measured precision (issue 20: the audit, news-en-names-dev and
      // polnear-dev; benchmarks/audit/README.md): a pronoun costs little (a pronoun's quotes were
      // as often right as a name's), a clause `according to` a source as much as a weak cue.
      if f.kind == .source { c -= d.kind == .indirect ? 0.15 : 0.05 }
      if pronoun { c -= 0.05 }
    } else {
      if f.kind == .source { c -= 0.05 }
      if pronoun { c -= 0.1 }
    }
    if f.inherited { c -= 0.1 }
    if f.cueIndex >= 0, language.profile.cues[Int(f.cueIndex)].frame.contains(.weak) { c -= 0.15 }
    return c
  }

  /// The confidence of a sentence with quoted words that no frame reports (`mixed`): carried
  /// from the speaker before (`carried`), else nobody's. In English these are mostly wrong (the
  /// audit, news-en-names-dev, polnear-dev: 3 of 39 carried, 0 of 12 unnamed): 0.35 and 0.3.
  func unframedMixedConfidence(carried: Bool) -> Double {
    guard language.profile.requiresClauseContent else { return carried ? 0.55 : 0.5 }
    return carried ? 0.35 : 0.3
  }
}
