/// Quotes after a colon whose clause has no reporting verb (the German shapes are in
/// `FollowUps.colonSubjectFrame`).
extension FollowUps {
  /// The frame of a clause before a colon that introduces a quote with no reporting verb: the
  /// clause is only a speaker phrase (`The spokesperson: "…"`, headline `Premier: "…"`; the
  /// colon is the cue), or a subject that issued a statement (`Calloway, 71, released the following
  /// statement:`; the words from its verb to the noun are the cue, the noun one of the profile's
  /// ``LanguageProfile/speechNouns``). The clause runs from the sentence start or the last quote
  /// before the colon, within 24 tokens.
  func colonSpeakerFrame(before colon: Int, from start: Int) -> Frame? {
    var a = colon - 1
    while a >= start && a > colon - 24 && !doc.inQuote(a) { a -= 1 }
    guard a >= start ? doc.inQuote(a) : true else { return nil }  // too long a clause
    a += 1
    guard a < colon, doc.tokens[a].kind == .word, doc.tokens[a].isCapitalized, let sp = doc.speakerAfter(a, ceiling: colon), sp.lowerBound == a
    else { return nil }
    if sp.upperBound == colon, doc.isSurelyNamed(sp) {
      return Frame(kind: .source, cue: colon..<(colon + 1), cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: colon + 1)
    }
    // `… released the following statement:`: the subject, its verb, a speech noun before the colon.
    guard colon - 1 > sp.upperBound, doc.isStrongSpeaker(sp), doc.tokens[colon - 1].kind == .word,
      doc.language.profile.has(doc.tokens[colon - 1].word, .speechNoun)
    else { return nil }
    // The verb: the first lower-case word after the subject and an appositive (`, 71,`).
    var v = sp.upperBound
    if doc.punct(v) == .comma {
      v += 1
      while v < colon && doc.punct(v) != .comma { v += 1 }
      v += 1
    }
    guard v < colon - 1, doc.tokens[v].kind == .word, !doc.tokens[v].isCapitalized,
      !(v..<colon).contains(where: { doc.tokens[$0].kind != .word })
    else { return nil }
    return Frame(kind: .source, cue: v..<colon, cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: colon + 1)
  }
}
