/// English follow-ups: a named subject that owns a sentence's quoted words over a carried
/// speaker, and transcript turns labelled in capitals.
extension FollowUps {
  /// English: a sentence quoting words with no reporting verb, opened by a surely named subject
  /// and its verb, is that subject's rather than the speaker carried in from before (`source`):
  /// in `"We will stay," Ann Lee said. Northwind Labs cancelled its launch "out of respect for
  /// the families."` the second quote is Northwind Labs', not Ann Lee's.
  /// (`Ruritanian growers thanked the board for "…"` is no named subject: it still carries.)
  func namedSubjectDraft(of sentence: Range<Int>, paragraph p: Int32, _ claims: Claims) -> Draft? {
    guard doc.language.profile.code == "en", let f = openingSubjectFrame(of: sentence, paragraph: p, claimedBy: claims.claimedBy), !f.inverted,
      let sp = f.speaker
    else { return nil }
    // `Ruritanian growers thanked …`: one unknown capitalized word before a word in -s is an
    // adjective on a plural noun, unless it is the surname of someone named in full.
    if sp.count == 1, f.cue.lowerBound == sp.upperBound, doc.hasEnding(f.cue.lowerBound, [[0x73]]), !doc.tokens[sp.lowerBound].flags.contains(.allCaps),
      !doc.isSurnameOfANamedPerson(sp.lowerBound)
    {
      return nil
    }
    let r = doc.trimmed(sentence)
    return Draft(kind: .mixed, content: r, fragments: doc.quoteRanges(in: r), frame: f, confidence: doc.unframedMixedConfidence(carried: true))
  }

  /// A transcript turn: a quote that opens with a speaker's label in capitals and a colon
  /// (`"LEE: We never agreed to that."`, `"ANN LEE: …"`) is the labelled speaker's; the colon is
  /// the cue. Up to three words, each all capitals.
  func transcriptTurn(_ q: QuoteSpan, content: Range<Int>) -> Draft? {
    guard doc.language.profile.code == "en" else { return nil }
    let first = q.open + 1
    var k = first
    while k < q.close, k < first + 3, doc.tokens[k].kind == .word, doc.tokens[k].flags.contains(.allCaps), doc.tokens[k].length > 1 { k += 1 }
    guard k > first, k + 1 < q.close, doc.punct(k) == .colon else { return nil }
    let f = Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: first..<k, lower: first, upper: k + 1)
    var d = Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0)
    d.confidence = doc.confidence(of: d) - 0.05
    return d
  }
}
