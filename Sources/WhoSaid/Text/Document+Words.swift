/// Word tests that several stages ask: the shape of a word (a participle, a Konjunktiv I form, an
/// age), whether a word may be a finite verb, and whether a phrase surely names a speaker.
extension Document {
  /// Whether word `k` ends with `-ing` (a participle: `adding`, `saying`).
  func isParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length > 4 else { return false }
    let e = Int(t.end)
    // French: `-ant` (`affirmant`, `assurant`).
    if language.french != nil { return text[e - 3] == 0x61 && text[e - 2] == 0x6E && text[e - 1] == 0x74 }
    return text[e - 3] == 0x69 && text[e - 2] == 0x6E && text[e - 1] == 0x67
  }

  /// German: whether word `k` looks like a past participle (`geflohen`, `getötet`, `worden`,
  /// `gewesen`): lower-case, ending in `t` or `en`.
  func endsLikeParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, t.length > 3 else { return false }
    let e = Int(t.end)
    return text[e - 1] == 0x74 || text[e - 2] == 0x65 && text[e - 1] == 0x6E
  }

  /// German: whether word `k` may be a finite verb: a lower-case word that is no function word,
  /// preposition, conjunction or relative pronoun.
  func isFiniteVerbLike(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, !inQuote(k) else { return false }
    let role = language.profile.role(t.word)
    return !role.contains(.function) && !role.contains(.preposition) && !role.contains(.relative) && !role.contains(.conjunction)
      || role.contains(.auxiliary) || role.contains(.copula)
  }

  /// Whether a phrase names a speaker beyond doubt: a pronoun, a speaker noun, a title or a
  /// first name, or a bare name of up to three capitalized words (`Lammert`, `Peter Clever`).
  func isSurelyNamed(_ r: Range<Int>) -> Bool {
    if language.profile.capitalizesNouns, r.count >= 2, ageWord(r.upperBound - 1) == true { return true }  // `Der 58-Jährige`
    // `Dies belegen …`, `Weiterhin erklärte die Ministerin`: a demonstrative or a fronted adverb.
    if r.count == 1, language.known.demonstratives.contains(tokens[r.lowerBound].word) || isFrontedAdverbial(r.lowerBound) {
      return false
    }
    var bare = r.count <= 3
    for k in r {
      guard tokens[k].kind == .word else {
        bare = false
        continue
      }
      let role = language.profile.role(tokens[k].word)
      if role.any(.speakerNoun) || role.contains(.title) || role.contains(.maleName) || role.contains(.femaleName) { return true }
      if language.profile.capitalizesNouns, tokens[k].isCapitalized, role.isEmpty, isCompound(k, endingIn: [.title, .speakerNoun]) { return true }  // `WWF-Sprecher`, `Landesverband`
      if language.profile.capitalizesNouns, tokens[k].flags.contains(.allCaps), role.isEmpty, tokens[k].length <= 6 { return true }  // `Die SPD`
      if role.any(.pronoun) && !role.contains(.possessive) && !role.contains(.itPronoun) { return true }
      if !tokens[k].isCapitalized || role.contains(.function) || role.contains(.time) { bare = false }
    }
    return bare
  }

  /// German: whether word `k`, opening its sentence, is an adverb or adjective fronted before
  /// the verb (`Weiterhin erklärte die Ministerin`, `Besorgt äußerte sich Kofi Annan`) rather
  /// than a name or noun: it has an adverbial ending (`Ursprünglich`, `Relativierend`), or the
  /// article writes the same word in lower case nearby (names and nouns never are).
  ///
  /// - Complexity: O(1): the look for a lower-case use spans at most 1,000 tokens.
  func isFrontedAdverbial(_ k: Int) -> Bool {
    let t = tokens[k]
    guard language.profile.capitalizesNouns, t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps),
      sentences[Int(sentenceOf[k])].lowerBound == k
    else { return false }
    let role = language.profile.role(t.word)
    guard !role.contains(.title), !role.contains(.maleName), !role.contains(.femaleName), !role.any(.speakerNoun), !role.any(.pronoun)
    else { return false }
    // (`Hans Fröhlich ist Chef. Fröhlich warnte …`: a surname given with a first name stays one.)
    if isSurnameOfANamedPerson(k) { return false }
    return hasEnding(k, language.profile.adverbialEndings) || sameWordNearby(k, lowerCased: true)
  }

  /// German: whether word `k` ends in `e` but not `te` (`hoffe`, `drohe`: a Konjunktiv I form of a
  /// cue; `erklärte`, the weak past, is indicative).
  func endsInKonjunktivE(_ k: Int) -> Bool {
    let t = tokens[k]
    let e = Int(t.end)
    return t.kind == .word && t.length > 2 && text[e - 1] == 0x65 && text[e - 2] != 0x74
  }

  /// Whether word `k` ends (ASCII case-insensitively) with one of `endings` and is longer than it.
  func hasEnding(_ k: Int, _ endings: [[UInt8]]) -> Bool {
    let t = tokens[k]
    let e = Int(t.end)
    for x in endings where t.length > x.count {
      var ok = true
      for (i, b) in x.enumerated() where text[e - x.count + i] | (b < 0x80 ? 0x20 : 0) != b {
        ok = false
        break
      }
      if ok { return true }
    }
    return false
  }

  /// `k`, or the token after it when it is a reflexive pronoun (`äußerte sich der Minister`).
  func skippingReflexive(_ k: Int, end e: Int) -> Int {
    k < e && tokens[k].kind == .word && isWordID(k, language.known.reflexive) ? k + 1 : k
  }

  /// Whether tokens `r` hold a verb in Konjunktiv I (the profile's reported mood: `sei`, `habe`, `werde`).
  func holdsReportedMood(_ r: Range<Int>) -> Bool {
    r.contains { tokens[$0].kind == .word && language.profile.role(tokens[$0].word).contains(.reportedMood) }
  }

  /// Whether word `k` ends in a possessive `'s` or `’s`.
  func isPossessive(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length > 2 else { return false }
    let e = Int(t.end)
    guard text[e - 1] | 0x20 == 0x73 else { return false }
    return text[e - 2] == 0x27 || (t.length > 4 && text[e - 4] == 0xE2 && text[e - 3] == 0x80 && text[e - 2] == 0x99)
  }

  /// German: whether number token `k` is an age word (`58-Jährige`, `23-jährige`): digits, a
  /// hyphen and letters. Returns whether it is a noun (capitalized after the hyphen), or nil.
  func ageWord(_ k: Int) -> Bool? {
    let t = tokens[k]
    guard t.kind == .number, t.length < 16 else { return nil }
    var j = Int(t.start)
    let e = Int(t.end)
    while j < e && text[j] >= 0x30 && text[j] <= 0x39 { j += 1 }
    guard j > Int(t.start), j + 1 < e, text[j] == 0x2D else { return nil }
    let c = text[j + 1]
    if c >= 0x41 && c <= 0x5A { return true }
    if c >= 0x61 && c <= 0x7A { return false }
    return nil
  }
}
