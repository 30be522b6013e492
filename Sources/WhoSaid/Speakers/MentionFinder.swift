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

/// Finds the names of an article, speakers or not (see ``mentions(before:places:)``): the first step of
/// the Speakers stage.
struct MentionFinder {
  let doc: Document
}

extension MentionFinder {
  /// Finds the names of the article in one pass: runs of capitalized words
  /// (with `of` inside organisation names), their titles before them, and an
  /// acronym in parentheses after them.
  ///
  /// Only runs that start before token `limit` are looked at: names after the
  /// last speaker are never antecedents.
  ///
  /// - Complexity: O(n) in the number of tokens.
  func mentions(before limit: Int = .max, places gazetteer: Gazetteer) -> [Mention] {
    var out: [Mention] = []
    let n = doc.tokens.count
    let stop = min(n, limit)
    var k = 0
    while k < stop {
      let t = doc.tokens[k]
      guard t.kind == .word, t.isCapitalized, !doc.inQuote(k) else {
        k += 1
        continue
      }
      let e = nameRunEnd(from: k)
      if e > k, let m = mention(k..<e, places: gazetteer) { out.append(m) }
      k = max(e, k + 1)
    }
    return out
  }

  /// The end of the run of capitalized words starting at `k`: names, titles, initials with their
  /// periods (`J. R. Ewing`), particles (`Ursula von der Leyen`), an inner `of` (`Chamber of
  /// Commerce`) and a possessive mark (`Lornach Farmers' Union`); it never crosses a line.
  func nameRunEnd(from k: Int) -> Int {
    // A maximal run of capitalized words, titles and inner `of`/periods.
    let n = doc.tokens.count
    var e = k
    while e < n {
      let u = doc.tokens[e]
      if e > k && u.flags.contains(.lineBreakBefore) { break }  // a name does not cross lines
      if u.kind == .word && u.isCapitalized && !doc.language.profile.role(u.word).contains(.function) && !doc.inQuote(e) {
        e += 1
      } else if u.punctuation == .period, e > k, doc.tokens[e - 1].length == 1 || doc.language.profile.role(doc.tokens[e - 1].word).contains(.abbreviation),
        e + 1 < n, doc.tokens[e + 1].isCapitalized, !doc.tokens[e].flags.contains(.spaceAfter) || doc.tokens[e - 1].length == 1 || doc.language.profile.role(doc.tokens[e - 1].word).contains(.title)
      {
        e += 1
      } else if e > k, case let p = doc.nameParticleLength(at: e), p > 0 {
        e += p  // `Ursula von der Leyen`
      } else if doc.isWordID(e, doc.language.known.of), e > k, e + 1 < n, doc.tokens[e + 1].isCapitalized, !doc.language.profile.role(doc.tokens[e + 1].word).contains(.function) {
        e += 1  // `Chamber of Commerce`, `University of Michigan`

      } else if let m = doc.tokens[e].mark, m == .rightSingle || m == .straightSingle, e > k, doc.tokens[e - 1].end == doc.tokens[e].start,
        e + 1 < n, doc.tokens[e + 1].isCapitalized, !doc.inQuote(e)
      {
        e += 1  // `Lornach Farmers' Union`
      } else {
        break
      }
    }
    return e
  }

  /// The mention a run of capitalized words `run` makes (`Foreign Minister Sergei Lavrov`: the
  /// name `Sergei Lavrov`, titled `foreign`, `minister`), or nil when it names nobody: a lone word
  /// without a title, a German common noun, a place.
  func mention(_ run: Range<Int>, places gazetteer: Gazetteer) -> Mention? {
    let k = run.lowerBound
    let e = run.upperBound
    let n = doc.tokens.count
    // Split off leading titles; note the lower-case titles just before the run.
    var titles: Set<String> = []
    var gender = EntityResolver.Gender.unknown
    var j = k - 1
    var orgBefore = false  // `the software company Nordlicht Systems`
    while j >= 0 && j >= k - 3, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized {
      let role = doc.language.profile.role(doc.tokens[j].word)
      guard role.contains(.title) || role.contains(.personNoun) || (j == k - 1 && role.contains(.organizationNoun)) else { break }
      if role.contains(.organizationNoun) && !role.contains(.personNoun) { orgBefore = true }
      titles.insert(doc.string(j..<(j + 1)).lowercased())
      j -= 1
    }
    var isOrg = false
    for x in k..<e where doc.language.profile.role(doc.tokens[x].word).contains(.organizationNoun) && doc.tokens[x].isCapitalized { isOrg = true }
    var s = k
    while s < e && !isOrg {
      let role = doc.language.profile.role(doc.tokens[s].word)
      if doc.tokens[s].kind == .word && role.contains(.title) && !role.contains(.organizationNoun)
        // German `Kollege Thomas Wirth`, `Gewerkschaftschef Konrad Freiberg`
        || doc.language.profile.capitalizesNouns && s + 1 < e && (role.contains(.personNoun) || doc.isCompoundTitle(s))
      {
        titles.insert(doc.string(s..<(s + 1)).lowercased())
        if role.contains(.maleTitle) { gender = .male }
        if role.contains(.femaleTitle) { gender = .female }
        s += 1
      } else if doc.tokens[s].kind == .punctuation || (s > k && doc.isWordID(s, doc.language.known.of)) {
        s += 1  // `Gov.`, `Secretary of State`
      } else {
        break
      }
    }
    // German: capitalized nouns before a first name and surname are titles too, known or not.
    if !isOrg, let f = doc.nameAfterUnlistedTitles(s..<e) {
      for x in s..<f where doc.tokens[x].kind == .word { titles.insert(doc.string(x..<(x + 1)).lowercased()) }
      s = f
    }
    guard s < e else { return nil }
    var last = e
    while last > s, doc.tokens[last - 1].kind != .word { last -= 1 }
    let words = doc.tokens[s..<last].filter { $0.kind == .word }.count
    let sentenceStart = s == 0 || Int(doc.sentenceOf[s]) != Int(doc.sentenceOf[s - 1])
    let first = doc.language.profile.role(doc.tokens[s].word)
    let named = first.contains(.maleName) || first.contains(.femaleName)
    // A single word counts only after a capitalized title (`Mr Lavrov`, `President Putin`).
    if words < 2 && s == k && !isOrg { return nil }
    // German `das Unternehmen`: a capitalized common noun alone names nobody.
    if doc.language.profile.capitalizesNouns && words < 2 && doc.language.profile.role(doc.tokens[s].word).any(.speakerNoun) { return nil }
    if sentenceStart && words < 2 && !named && titles.isEmpty { return nil }
    if !isOrg, gazetteer.place(utf8: doc.bytes(s..<last)) != nil { return nil }
    let name = doc.string(s..<last)
    if gender == .unknown && words >= 2 {
      if first.contains(.maleName) { gender = .male } else if first.contains(.femaleName) { gender = .female }
    }
    let kind: SpeakerKind = isOrg || orgBefore ? .organization : (named || !titles.isEmpty ? .person : .unknown)
    var m = Mention(position: s, name: name, kind: kind, gender: gender, titles: titles, acronym: nil)
    // `the National Electoral Board (NEB)`
    if last + 2 < n, doc.punct(last) == .openParen, doc.tokens[last + 1].flags.contains(.allCaps), doc.punct(last + 2) == .closeParen {
      m.acronym = doc.string((last + 1)..<(last + 2))
    }
    if m.kind == .unknown { kindFromAppositive(after: last, of: &m) }
    return m
  }

  /// `Red Valley Relief, a charity`: the noun of an appositive after the name ending at `last`
  /// tells the kind of a mention `m` whose kind is unknown.
  func kindFromAppositive(after last: Int, of m: inout Mention) {
    let n = doc.tokens.count
    // `Red Valley Relief, a charity`: the appositive's noun tells the kind.
    guard last + 2 < n, doc.punct(last) == .comma, doc.language.profile.role(doc.tokens[last + 1].word).contains(.determiner) else { return }
    var a = last + 1
    while a < n && a < last + 5 && doc.tokens[a].kind == .word && !doc.tokens[a].isCapitalized {
      let role = doc.language.profile.role(doc.tokens[a].word)
      if role.contains(.organizationNoun) {
        m.kind = .organization
        m.titles.insert(doc.string(a..<(a + 1)).lowercased())
        break
      }
      if role.contains(.personNoun) || role.contains(.title) { m.kind = .person; break }
      a += 1
    }
  }
}
