/// The word tests of ``FrameFinder``: the subject after a verb, a cue form used as something
/// else, a source phrase.
extension FrameFinder {
  /// The speaker after a verb (`said Lavrov`, `sagte der Minister`). German: a phrase that opens with
  /// a determiner that is never nominative (`den Vorwurf`, `dem Sender`) is an object, and the
  /// subject may follow it (`erklärte dem Sender ein Sprecher`).
  func invertedSubject(_ k: Int, ceiling e: Int) -> Range<Int>? {
    if let fr = doc.language.french { return doc.frenchInvertedSubject(k, ceiling: e, fr) }
    guard let sp = doc.speakerAfter(k, ceiling: e) else { return nil }
    guard doc.language.profile.verbSecond, opensOblique(sp.lowerBound) else { return sp }
    guard let next = doc.speakerAfter(sp.upperBound, ceiling: e),
      !opensOblique(next.lowerBound)
    else { return nil }
    return next
  }

  /// `the said agreement`, `to say`: a cue form used as something else.
  func rejectsCue(_ k: Int, _ s: Int) -> Bool {
    guard k > s else { return false }
    let prev = doc.tokens[k - 1]
    if prev.kind != .word { return false }
    let role = doc.language.profile.role(prev.word)
    // (`Das berichtet die Zeitung`: a demonstrative opening the sentence is the object, no article.)
    if role.contains(.determiner) || role.contains(.possessive) { return !(k - 1 == s && doc.language.profile.verbSecond && doc.language.known.demonstratives.contains(prev.word)) }
    if prev.word == doc.language.known.to { return true }
    // German `die seit Tagen erwartete Bodenoffensive`: an inflected participle between a determiner
    // and its noun, with adverbs or prepositional phrases between.
    if doc.language.profile.verbSecond, doc.endsInKonjunktivE(k) || doc.hasEnding(k, [[0x74, 0x65]]), k + 1 < doc.tokens.count, doc.tokens[k + 1].kind == .word,
      doc.tokens[k + 1].isCapitalized, !doc.language.profile.role(doc.tokens[k + 1].word).contains(.function)
    {
      var j = k - 1
      while j >= s && j >= k - 5 {
        let t = doc.tokens[j]
        guard t.kind == .word, !doc.inQuote(j) else { break }
        let r = doc.language.profile.role(t.word)
        if r.contains(.determiner) || r.contains(.possessive) { return true }
        if t.isCapitalized && !(j > s && doc.language.profile.role(doc.tokens[j - 1].word).contains(.preposition)) { break }
        j -= 1
      }
    }
    return false
  }

  /// The length of a source phrase (`according to`) starting at `k`, or nil.
  func sourcePhrase(at k: Int, end e: Int) -> Int? {
    for seq in doc.language.profile.sourcePrepositions where k + seq.count <= e {
      var ok = true
      for (i, w) in seq.enumerated() where doc.tokens[k + i].word != w {
        ok = false
        break
      }
      if ok { return seq.count }
    }
    return nil
  }
}
