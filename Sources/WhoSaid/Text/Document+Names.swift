/// Word tests about names: first names, surnames after particles (`Ursula von der Leyen`), and
/// compounds ending in a title or person noun (`Gewerkschaftschef`, `WWF-Sprecher`).
extension Document {
  /// German: whether word `k` is a compound ending in a title or person noun the lists know
  /// (`Gewerkschaftschef`, `GdP-Vorsitzende`, `Bundesfamilienministerin`); the ending has at least
  /// four bytes, and it follows a hyphen (`WWF-Sprecher`) or at least six bytes (`Polizei|sprecher`;
  /// not `Fahr|zeuge`, `Halb|leiter`, `Ober|richter`); it is no common surname ending (`Hartmann`).
  func isCompoundTitle(_ k: Int) -> Bool {
    isCompound(k, endingIn: [.title, .personNoun])
  }

  /// German: whether word `k` is a compound ending in a word with one of `roles`, as for
  /// ``isCompoundTitle(_:_:)`` (`Fernseh|sender`, `Nachrichten|magazin` for organisation nouns).
  func isCompound(_ k: Int, endingIn roles: WordRole) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length >= 7, t.length <= 40 else { return false }
    let start = Int(t.start)
    let end = Int(t.end)
    var i = start + 2
    while i <= end - 4 {
      if text[i] & 0xC0 != 0x80, text[i - 1] == 0x2D || i - start >= 6 {  // a character boundary
        let id = language.profile.table.lookup(text, i, end)
        if id >= 0, language.profile.role(id).any(roles),
          !language.known.surnameEndings.contains(id)
        {
          return true
        }
      }
      i += 1
    }
    return false
  }

  /// The number of particle words starting at `k` that join a first name before them to a
  /// surname after them (`Ursula von der Leyen`, `Karl-Theodor zu Guttenberg`, `Dominique de
  /// Villepin`), or 0. Opening a sentence, a capitalized particle may stand first (`Von der Leyen
  /// sagte`) when the article writes the surname after the lower-case particle nearby.
  ///
  /// - Complexity: O(1): that look spans at most 1,000 tokens.
  func nameParticleLength(at k: Int) -> Int {
    let n = tokens.count
    // (Particles are short words: the length spares most tokens the set lookup.)
    guard !language.profile.nameParticles.isEmpty, k < n, tokens[k].kind == .word, tokens[k].length <= 3,
      language.profile.nameParticles.contains(tokens[k].word), !inQuote(k)
    else { return 0 }
    var len = 1
    if k + 1 < n, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, language.profile.nameParticleArticles.contains(tokens[k + 1].word) { len = 2 }
    let s = k + len
    guard s < n, isSurname(s), sentenceOf[s] == sentenceOf[k] else { return 0 }
    // `sagte Peter zu Beginn der Sitzung`: a noun with its article or genitive after it is no surname.
    if s + 1 < n, tokens[s + 1].kind == .word, language.profile.role(tokens[s + 1].word).contains(.determiner) { return 0 }
    if !tokens[k].isCapitalized {
      guard k > 0, sentenceOf[k - 1] == sentenceOf[k] else { return 0 }
      // A particle that is no word of the language (`de`, `van`, `ten` in German) needs only a name
      // before it (`Dominique de Villepin`); `von` and `zu`, prepositions too, a known first name.
      let foreign = !language.profile.role(tokens[k].word).any([.preposition, .function])
      return isFirstName(k - 1) || foreign && tokens[k - 1].kind == .word && tokens[k - 1].isCapitalized
        && !language.profile.role(tokens[k - 1].word).any([.function, .speakerNoun, .title]) ? len : 0
    }
    guard sentences[Int(sentenceOf[k])].lowerBound == k else { return 0 }
    let written = sameWordNearby(s) { j in
      j > 0 && tokens[j - 1].kind == .word && !tokens[j - 1].isCapitalized
        && (language.profile.nameParticles.contains(tokens[j - 1].word) || language.profile.nameParticleArticles.contains(tokens[j - 1].word))
    }
    return written ? len : 0
  }

  /// Whether word `k` is written nearby after a first name (`Albrecht Conze` … `sagte Conze`): a
  /// surname, not a common noun.
  func isSurnameOfANamedPerson(_ k: Int) -> Bool {
    sameWordNearby(k) { j in j > 0 && isFirstName(j - 1) }
  }

  /// Whether word `k` can be a surname after a particle: capitalized, not a function, time or
  /// speaker word, no acronym.
  func isSurname(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps), !inQuote(k) else { return false }
    let role = language.profile.role(t.word)
    return !role.contains(.function) && !role.contains(.time) && !role.contains(.title) && !role.any(.speakerNoun)
      && !isCompound(k, endingIn: [.title, .personNoun, .organizationNoun])
  }

  /// Whether word `k` is a first name the lists know, or a hyphenated pair starting with one
  /// (`Karl-Theodor`).
  func isFirstName(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.isCapitalized else { return false }
    if language.profile.role(t.word).any([.maleName, .femaleName]) { return true }
    let a = Int(t.start)
    var h = a + 2
    while h < Int(t.end) - 1 && text[h] != 0x2D { h += 1 }
    guard h < Int(t.end) - 1 else { return false }
    let id = language.profile.table.lookup(text, a, h)
    return id >= 0 && language.profile.role(id).any([.maleName, .femaleName])
  }

  /// German: where the name starts in a run of capitalized words whose first ones are titles no
  /// list holds (`Bundesfamilienministerin Kristina Schröder`, `Präsidenten Barack Obama`): the
  /// position of a first name after the run's first word with a word after it, or nil.
  func nameAfterUnlistedTitles<C: RandomAccessCollection>(_ run: C) -> C.Index? where C.Element == Int {
    func isFirstName(_ k: Int) -> Bool { language.profile.role(tokens[k].word).any([.maleName, .femaleName]) }
    guard language.profile.capitalizesNouns, run.count > 2, let head = run.first, !isFirstName(head),
      let f = run.dropFirst().dropLast().firstIndex(where: isFirstName), tokens[run[run.index(after: f)]].kind == .word
    else { return nil }
    return f
  }
}
