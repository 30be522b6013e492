/// A named entity mentioned in the article, speaker or not: the antecedents
/// that later surnames, titles, descriptions and pronouns resolve to.
struct Mention {
  var position: Int
  var name: String
  var kind: SpeakerKind
  var gender: EntityResolver.Gender
  var titles: Set<String>
  /// An acronym introduced in parentheses right after the name (`(NEB)`).
  var acronym: String?
}

extension Analysis {
  /// German: whether word `k` is a compound ending in a title or person noun the lists know
  /// (`Gewerkschaftschef`, `GdP-Vorsitzende`, `Bundesfamilienministerin`); the ending has at least
  /// four bytes, and it follows a hyphen (`WWF-Sprecher`) or at least six bytes (`Polizei|sprecher`;
  /// not `Fahr|zeuge`, `Halb|leiter`, `Ober|richter`); it is no common surname ending (`Hartmann`).
  func isCompoundTitle(_ k: Int, _ profile: LanguageProfile) -> Bool {
    isCompound(k, endingIn: [.title, .personNoun], profile)
  }

  /// German: whether word `k` is a compound ending in a word with one of `roles`, as for
  /// ``isCompoundTitle(_:_:)`` (`Fernseh|sender`, `Nachrichten|magazin` for organisation nouns).
  func isCompound(_ k: Int, endingIn roles: WordRole, _ profile: LanguageProfile) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length >= 7, t.length <= 40 else { return false }
    let start = Int(t.start)
    let end = Int(t.end)
    var i = start + 2
    while i <= end - 4 {
      if text[i] & 0xC0 != 0x80, text[i - 1] == 0x2D || i - start >= 6 {  // a character boundary
        let id = profile.table.lookup(text, i, end)
        if id >= 0, profile.role(id).any(roles),
          !known.surnameEndings.contains(id)
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
  func nameParticleLength(at k: Int, _ profile: LanguageProfile) -> Int {
    let n = tokens.count
    // (Particles are short words: the length spares most tokens the set lookup.)
    guard !profile.nameParticles.isEmpty, k < n, tokens[k].kind == .word, tokens[k].length <= 3,
      profile.nameParticles.contains(tokens[k].word), !inQuote(k)
    else { return 0 }
    var len = 1
    if k + 1 < n, tokens[k + 1].kind == .word, !tokens[k + 1].isCapitalized, profile.nameParticleArticles.contains(tokens[k + 1].word) { len = 2 }
    let s = k + len
    guard s < n, isSurname(s, profile), sentenceOf[s] == sentenceOf[k] else { return 0 }
    // `sagte Peter zu Beginn der Sitzung`: a noun with its article or genitive after it is no surname.
    if s + 1 < n, tokens[s + 1].kind == .word, profile.role(tokens[s + 1].word).contains(.determiner) { return 0 }
    if !tokens[k].isCapitalized {
      guard k > 0, sentenceOf[k - 1] == sentenceOf[k] else { return 0 }
      // A particle that is no word of the language (`de`, `van`, `ten` in German) needs only a name
      // before it (`Dominique de Villepin`); `von` and `zu`, prepositions too, a known first name.
      let foreign = !profile.role(tokens[k].word).any([.preposition, .function])
      return isFirstName(k - 1, profile) || foreign && tokens[k - 1].kind == .word && tokens[k - 1].isCapitalized
        && !profile.role(tokens[k - 1].word).any([.function, .speakerNoun, .title]) ? len : 0
    }
    guard sentences[Int(sentenceOf[k])].lowerBound == k else { return 0 }
    let written = sameWordNearby(s) { j in
      j > 0 && tokens[j - 1].kind == .word && !tokens[j - 1].isCapitalized
        && (profile.nameParticles.contains(tokens[j - 1].word) || profile.nameParticleArticles.contains(tokens[j - 1].word))
    }
    return written ? len : 0
  }

  /// Whether word `k` is written nearby after a first name (`Albrecht Conze` … `sagte Conze`): a
  /// surname, not a common noun.
  func isSurnameOfANamedPerson(_ k: Int, _ profile: LanguageProfile) -> Bool {
    sameWordNearby(k) { j in j > 0 && isFirstName(j - 1, profile) }
  }

  /// Whether word `k` can be a surname after a particle: capitalized, not a function, time or
  /// speaker word, no acronym.
  func isSurname(_ k: Int, _ profile: LanguageProfile) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps), !inQuote(k) else { return false }
    let role = profile.role(t.word)
    return !role.contains(.function) && !role.contains(.time) && !role.contains(.title) && !role.any(.speakerNoun)
      && !isCompound(k, endingIn: [.title, .personNoun, .organizationNoun], profile)
  }

  /// Whether word `k` is a first name the lists know, or a hyphenated pair starting with one
  /// (`Karl-Theodor`).
  func isFirstName(_ k: Int, _ profile: LanguageProfile) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.isCapitalized else { return false }
    if profile.role(t.word).any([.maleName, .femaleName]) { return true }
    let a = Int(t.start)
    var h = a + 2
    while h < Int(t.end) - 1 && text[h] != 0x2D { h += 1 }
    guard h < Int(t.end) - 1 else { return false }
    let id = profile.table.lookup(text, a, h)
    return id >= 0 && profile.role(id).any([.maleName, .femaleName])
  }

  /// German: where the name starts in a run of capitalized words whose first ones are titles no
  /// list holds (`Bundesfamilienministerin Kristina Schröder`, `Präsidenten Barack Obama`): the
  /// position of a first name after the run's first word with a word after it, or nil.
  func nameAfterUnlistedTitles<C: RandomAccessCollection>(_ run: C, _ profile: LanguageProfile) -> C.Index? where C.Element == Int {
    func isFirstName(_ k: Int) -> Bool { profile.role(tokens[k].word).any([.maleName, .femaleName]) }
    guard profile.capitalizesNouns, run.count > 2, let head = run.first, !isFirstName(head),
      let f = run.dropFirst().dropLast().firstIndex(where: isFirstName), tokens[run[run.index(after: f)]].kind == .word
    else { return nil }
    return f
  }

  /// Finds the names of the article in one pass: runs of capitalized words
  /// (with `of` inside organisation names), their titles before them, and an
  /// acronym in parentheses after them.
  ///
  /// Only runs that start before token `limit` are looked at: names after the
  /// last speaker are never antecedents.
  ///
  /// - Complexity: O(n) in the number of tokens.
  func mentions(profile: LanguageProfile, gazetteer: Gazetteer, before limit: Int = .max) -> [Mention] {
    var out: [Mention] = []
    let n = tokens.count
    let stop = min(n, limit)
    var k = 0
    while k < stop {
      let t = tokens[k]
      guard t.kind == .word, t.isCapitalized, !inQuote(k) else {
        k += 1
        continue
      }
      // A maximal run of capitalized words, titles and inner `of`/periods.
      var e = k
      while e < n {
        let u = tokens[e]
        if e > k && u.flags.contains(.lineBreakBefore) { break }  // a name does not cross lines
        if u.kind == .word && u.isCapitalized && !profile.role(u.word).contains(.function) && !inQuote(e) {
          e += 1
        } else if u.punctuation == .period, e > k, tokens[e - 1].length == 1 || profile.role(tokens[e - 1].word).contains(.abbreviation),
          e + 1 < n, tokens[e + 1].isCapitalized, !tokens[e].flags.contains(.spaceAfter) || tokens[e - 1].length == 1 || profile.role(tokens[e - 1].word).contains(.title)
        {
          e += 1
        } else if e > k, case let p = nameParticleLength(at: e, profile), p > 0 {
          e += p  // `Ursula von der Leyen`
        } else if isWordID(e, known.of), e > k, e + 1 < n, tokens[e + 1].isCapitalized, !profile.role(tokens[e + 1].word).contains(.function) {
          e += 1  // `Chamber of Commerce`, `University of Michigan`

        } else if let m = tokens[e].mark, m == .rightSingle || m == .straightSingle, e > k, tokens[e - 1].end == tokens[e].start,
          e + 1 < n, tokens[e + 1].isCapitalized, !inQuote(e)
        {
          e += 1  // `Lornach Farmers' Union`
        } else {
          break
        }
      }
      defer { k = max(e, k + 1) }
      guard e > k else { continue }
      // Split off leading titles; note the lower-case titles just before the run.
      var titles: Set<String> = []
      var gender = EntityResolver.Gender.unknown
      var j = k - 1
      var orgBefore = false  // `the software company Nordlicht Systems`
      while j >= 0 && j >= k - 3, tokens[j].kind == .word, !tokens[j].isCapitalized {
        let role = profile.role(tokens[j].word)
        guard role.contains(.title) || role.contains(.personNoun) || (j == k - 1 && role.contains(.organizationNoun)) else { break }
        if role.contains(.organizationNoun) && !role.contains(.personNoun) { orgBefore = true }
        titles.insert(string(j..<(j + 1)).lowercased())
        j -= 1
      }
      var isOrg = false
      for x in k..<e where profile.role(tokens[x].word).contains(.organizationNoun) && tokens[x].isCapitalized { isOrg = true }
      var s = k
      while s < e && !isOrg {
        let role = profile.role(tokens[s].word)
        if tokens[s].kind == .word && role.contains(.title) && !role.contains(.organizationNoun)
          // German `Kollege Thomas Wirth`, `Gewerkschaftschef Konrad Freiberg`
          || profile.capitalizesNouns && s + 1 < e && (role.contains(.personNoun) || isCompoundTitle(s, profile))
        {
          titles.insert(string(s..<(s + 1)).lowercased())
          if role.contains(.maleTitle) { gender = .male }
          if role.contains(.femaleTitle) { gender = .female }
          s += 1
        } else if tokens[s].kind == .punctuation || (s > k && isWordID(s, known.of)) {
          s += 1  // `Gov.`, `Secretary of State`
        } else {
          break
        }
      }
      // German: capitalized nouns before a first name and surname are titles too, known or not.
      if !isOrg, let f = nameAfterUnlistedTitles(s..<e, profile) {
        for x in s..<f where tokens[x].kind == .word { titles.insert(string(x..<(x + 1)).lowercased()) }
        s = f
      }
      guard s < e else { continue }
      var last = e
      while last > s, tokens[last - 1].kind != .word { last -= 1 }
      let words = tokens[s..<last].filter { $0.kind == .word }.count
      let sentenceStart = s == 0 || Int(sentenceOf[s]) != Int(sentenceOf[s - 1])
      let first = profile.role(tokens[s].word)
      let named = first.contains(.maleName) || first.contains(.femaleName)
      // A single word counts only after a capitalized title (`Mr Lavrov`, `President Putin`).
      if words < 2 && s == k && !isOrg { continue }
      // German `das Unternehmen`: a capitalized common noun alone names nobody.
      if profile.capitalizesNouns && words < 2 && profile.role(tokens[s].word).any(.speakerNoun) { continue }
      if sentenceStart && words < 2 && !named && titles.isEmpty { continue }
      if !isOrg, gazetteer.place(utf8: bytes(s..<last)) != nil { continue }
      let name = string(s..<last)
      if gender == .unknown && words >= 2 {
        if first.contains(.maleName) { gender = .male } else if first.contains(.femaleName) { gender = .female }
      }
      let kind: SpeakerKind = isOrg || orgBefore ? .organization : (named || !titles.isEmpty ? .person : .unknown)
      var m = Mention(position: s, name: name, kind: kind, gender: gender, titles: titles, acronym: nil)
      // `the National Electoral Board (NEB)`
      if last + 2 < n, punct(last) == .openParen, tokens[last + 1].flags.contains(.allCaps), punct(last + 2) == .closeParen {
        m.acronym = string((last + 1)..<(last + 2))
      }
      // `Red Valley Relief, a charity`: the appositive's noun tells the kind.
      if m.kind == .unknown, last + 2 < n, punct(last) == .comma, profile.role(tokens[last + 1].word).contains(.determiner) {
        var a = last + 1
        while a < n && a < last + 5 && tokens[a].kind == .word && !tokens[a].isCapitalized {
          let role = profile.role(tokens[a].word)
          if role.contains(.organizationNoun) {
            m.kind = .organization
            m.titles.insert(string(a..<(a + 1)).lowercased())
            break
          }
          if role.contains(.personNoun) || role.contains(.title) { m.kind = .person; break }
          a += 1
        }
      }
      out.append(m)
    }
    return out
  }
}
