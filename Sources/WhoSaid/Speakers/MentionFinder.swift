/// A named entity mentioned in the article, speaker or not: the antecedents
/// that later surnames, titles, descriptions and pronouns resolve to.
struct Mention {
  /// The first token of the name (after its titles).
  var position: Int
  /// One past its last token.
  var end: Int
  var name: String
  var kind: SpeakerKind
  var gender: EntityResolver.Gender
  var titles: Set<String>
  /// An acronym introduced in parentheses right after the name (`(NEB)`) or after `, or` (`, or SUAC,`).
  var acronym: String?
  /// How likely a pronoun is to point back to it: 2 where a clause's subject stands, 1 after the
  /// clause's verb (an object), 0 possessive (`Blair's`), after a preposition (`with Reid`) or in a
  /// credit.
  var salience: Int8 = 2
  /// A place's name (`Haldane County`): never a person, nor the antecedent of a pronoun.
  var isPlace: Bool = false
  /// The gender its first word gives as a first name (for a lone given name, `Tyler`).
  var nameGender = EntityResolver.Gender.unknown
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
    out.reserveCapacity(32)  // (most articles name fewer: one allocation, no growth)
    let n = doc.tokens.count
    let stop = min(n, limit)
    var k = 0
    while k < stop {
      let t = doc.tokens[k]
      guard t.kind == .word, t.isCapitalized, !doc.inQuote(k) else {
        k += 1
        continue
      }
      if t.length <= 2, let m = anonymousMention(at: k) {
        out.append(m)
        k = m.end
        continue
      }
      let e = nameRunEnd(from: k)
      if e > k, let m = mention(k..<e, places: gazetteer) { out.append(m) }
      k = max(e, k + 1)
    }
    // French: organisations named by a lower-case noun and its complements, and acronyms.
    if let fr = doc.language.french { return merged(out, frenchOrganizations(before: stop, fr)) }
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
        // `Dunmore's Ana Silva`: a possessive ends the name it closes, unless the name goes on
        // without a person's name or title (`Women's Wear Daily`, `Russia's Foreign Ministry`).
        if doc.isPossessive(e - 1), !doc.possessiveContinuesName(e - 1) { break }
      } else if u.punctuation == .period, e > k, e + 1 < n, doc.tokens[e - 1].end == u.start, u.end == doc.tokens[e + 1].start,
        doc.tokens[e + 1].kind == .word, !doc.tokens[e + 1].isCapitalized, doc.language.names.domains.contains(doc.nameKey(e + 1))
      {
        e += 2  // `OptInRealBig.com`
        break
      } else if u.punctuation == .other, e > k, e + 1 < n, doc.tokens[e + 1].isCapitalized, doc.tokens[e].length == 1, doc.text[Int(doc.tokens[e].start)] == 0x26 {
        e += 1  // `Marsh & McLennan`
      } else if u.punctuation == .period, e > k, doc.tokens[e - 1].length == 1 || doc.language.profile.role(doc.tokens[e - 1].word).contains(.abbreviation),
        e + 1 < n, doc.tokens[e + 1].isCapitalized, !doc.tokens[e].flags.contains(.spaceAfter) || doc.tokens[e - 1].length == 1 || doc.language.profile.role(doc.tokens[e - 1].word).contains(.title)
      {
        e += 1
      } else if e > k, case let p = doc.nameParticleLength(at: e), p > 0 {
        e += p  // `Ursula von der Leyen`
      } else if e > k, doc.language.french != nil, doc.isFrenchSurnameArticle(e) {
        e += 1  // French `Yannick Le Goff`
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
  /// without a title, a German common noun, a place, a law (`the Harlan Act`, `Bill C-12`), a
  /// photographer's credit (`THE CANADIAN PRESS/Mark Doyle`) or a byline (`By Hannah Ng`).
  func mention(_ run: Range<Int>, places gazetteer: Gazetteer) -> Mention? {
    if run.count == 1 && loneWordNamesNobody(run.lowerBound) { return nil }
    guard let (k, credit) = nameStart(run) else { return nil }
    let e = run.upperBound
    var (s, titles, gender, orgBefore, isOrg, j) = titlesAround(k..<e, credit: credit)
    guard s < e else { return nil }
    var last = e
    while last > s, doc.tokens[last - 1].kind != .word { last -= 1 }
    guard last > s else { return nil }
    // `Deputy Prime Minister` alone: titles name nobody.
    if (s..<last).allSatisfy({ doc.tokens[$0].kind != .word || doc.isTitleWord($0) || doc.isWordID($0, doc.language.known.of) }) { return nil }
    var words = 0
    for x in s..<last where doc.tokens[x].kind == .word { words += 1 }
    let first = doc.language.profile.role(doc.tokens[s].word)
    let named = first.contains(.maleName) || first.contains(.femaleName)
    let lastKey = doc.nameKey(last - 1)
    // `the Harlan Act`, `Bill C-12`: laws and numbered things never speak.
    if doc.language.names.lawHeads.contains(lastKey) || (s..<last).contains(where: { doc.hasDigit($0) }) { return nil }
    let isPlace = !isOrg && words >= 2 && (doc.language.names.placeHeads.contains(lastKey) || doc.language.names.placeLeads.contains(doc.nameKey(s)))
    // A single word counts only after a title (`Mr Lavrov`, `President Putin`), or as a known
    // first name standing alone (`Tyler`).
    // `Kelso Rovers manager Tom Reid`: a name before a role and another name is the role's body;
    // `Miners coach Luc Tremblay`, even a single word.
    let body = namesBody(before: e, last: last)
    // `Okafor, 19, has nine goals`: a name with an age after it is a person's.
    let aged = isAged(last: last)
    // `OptInRealBig`, `Amazon.com`: one word shaped like a firm's name.
    let firmShaped = words == 1 && !doc.tokens[s].flags.contains(.allCaps) && doc.looksLikeOrganization(s)
    if words < 2 && titles.isEmpty && !isOrg && !named && !body && !aged && !firmShaped { return nil }
    // German `das Unternehmen`: a capitalized common noun alone names nobody.
    if doc.language.profile.capitalizesNouns && words < 2 && doc.language.profile.role(doc.tokens[s].word).any(.speakerNoun) { return nil }
    if !isOrg, gazetteer.place(utf8: doc.bytes(s..<last)) != nil || words == 1 && isPlaceGenitive(s, gazetteer) { return nil }
    let name = doc.nameText(s..<last)
    // A first name tells the gender of a full name; alone it may be a surname (`Vance` after `Petra Vance`).
    var nameGender = EntityResolver.Gender.unknown
    if first.contains(.maleName) && !first.contains(.femaleName) { nameGender = .male } else if first.contains(.femaleName) && !first.contains(.maleName) { nameGender = .female }
    if gender == .unknown && words >= 2 { gender = nameGender }
    let allCaps = words == 1 && doc.tokens[s].flags.contains(.allCaps)
    // (Where nouns are capitalized too, only a first name or a title tells a person.)
    let personLike = named || !titles.isEmpty || aged
      || !doc.language.profile.capitalizesNouns && (2...3).contains(words) && !isPlace && !allCaps && doc.couldBePersonName(s..<last)
    // `Millbrook Miners`: a plural last word without a first name or title names a team or a firm.
    let plural = !named && titles.isEmpty && !aged && words >= 2 && doc.endsLikePlural(last - 1)
    // `Microsoft, which is pushing …`: the relative pronoun tells a thing from a person.
    let which = last + 1 < doc.tokens.count && doc.punct(last) == .comma && doc.tokens[last + 1].kind == .word
      && doc.nameKey(last + 1) == NameLexicon.which
    var kind: SpeakerKind = isOrg || orgBefore || body || plural || firmShaped || which ? .organization : isPlace ? .unknown : personLike ? .person : .unknown
    if words == 1 && !named && titles.isEmpty && !isOrg && !which && kind == .unknown { kind = .person }
    var m = Mention(position: s, end: last, name: name, kind: kind, gender: gender, titles: titles, acronym: nil)
    // French `de son entraîneur, Luc Fabre,`: the role in apposition is the person's title.
    if let fr = doc.language.french, kind == .person { m.titles.formUnion(doc.frenchAppositiveRoles(of: s..<last, fr)) }
    m.nameGender = nameGender
    m.isPlace = isPlace
    // Possessive (`Blair's`), after a preposition (`with Reid`): no subject.
    let before = j >= 0 ? j : -1
    let oblique = doc.isPossessive(last - 1) || credit > 0
      || before >= 0 && doc.tokens[before].kind == .word && !doc.tokens[before].isCapitalized
        && (doc.language.profile.role(doc.tokens[before].word).contains(.preposition) || doc.isWordID(before, doc.language.known.of) || doc.isWordID(before, doc.language.known.for))
    m.salience = oblique ? 0 : afterVerb(before) ? 1 : 2
    m.acronym = acronym(after: last)
    if m.kind == .unknown && !isPlace { kindFromAppositive(after: last, of: &m) }
    return m
  }

  /// Whether a name ending at `last`, its run at `e`, names the body of the role after it
  /// (`Kelso Rovers manager Tom Reid`, `Miners coach Luc Tremblay`).
  @inline(__always)
  func namesBody(before e: Int, last: Int) -> Bool {
    e + 1 < doc.tokens.count && doc.tokens[e].kind == .word && !doc.tokens[e].isCapitalized && doc.isTitleWord(e)
      && doc.tokens[e + 1].isCapitalized && !doc.isPossessive(last - 1)
  }

  /// Whether an age follows a name ending at `last` (`Okafor, 19, has nine goals`).
  @inline(__always)
  func isAged(last: Int) -> Bool {
    last + 2 < doc.tokens.count && doc.punct(last) == .comma && doc.tokens[last + 1].kind == .number
      && doc.tokens[last + 1].length <= 3 && doc.punct(last + 2) == .comma
  }

  /// Whether the run of one capitalized word `k` surely names nobody in ``mention(_:places:)``
  /// (`Monday`, `Reuters said`): no first name, no title or firm's noun before it (`the company
  /// Nordlicht`), no organisation's word, no role or age after it, not shaped like a firm's name.
  /// The quick path for most runs: what it rejects, the full reading rejects too (one word with
  /// no title, not an organisation, not named, no body, no age, not firm-shaped).
  func loneWordNamesNobody(_ k: Int) -> Bool {
    let t = doc.tokens[k]
    guard t.kind == .word else { return false }
    let role = doc.language.profile.role(t.word)
    if role.contains(.maleName) || role.contains(.femaleName) { return false }
    if k > 0, doc.tokens[k - 1].kind == .word, !doc.tokens[k - 1].isCapitalized,
      doc.isTitleEnd(k - 1) || doc.language.profile.role(doc.tokens[k - 1].word).contains(.organizationNoun)
    {
      return false
    }
    if namesBody(before: k + 1, last: k + 1) || isAged(last: k + 1) { return false }
    if doc.isOrganizationWord(k) { return false }
    return t.flags.contains(.allCaps) || !doc.looksLikeOrganization(k)
  }

  /// Where the name of run `run` starts, past an opening adverb, an adjective compound, a plural
  /// noun before `of` and a glued credit (and that credit's length), or nil for a credit or byline.
  func nameStart(_ run: Range<Int>) -> (start: Int, credit: Int)? {
    var k = run.lowerBound
    let e = run.upperBound
    // `(AP Photo/Mike Kessler)`, `By Hannah Ng`: credits and bylines name no speaker.
    if k > 0, doc.punct(k - 1) == .slash { return nil }
    if k > 0, doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].length == 2, doc.tokens[k - 1].lineBreaksBefore > 0 || k == 1,
      doc.nameKey(k - 1) == NameLexicon.by
    {
      return nil
    }
    // `Finally Reid said`, `Still, Lee …`: an adverb opening the sentence is no part of the name.
    while k < e - 1, doc.tokens[k].kind == .word, !doc.isTitleWord(k), !doc.isFirstName(k),
      doc.language.profile.role(doc.tokens[k].word).any([.skippable, .preposition, .conjunction, .stop, .negation])
    {
      k += 1
    }
    // `Cambridge-based Ubisense`, `Kremlin-backed`: an adjective compound is no part of the name,
    // nor a verb opening the sentence (`Bringing Cadillac to Europe …`).
    while k < e - 1, doc.isAdjectiveCompound(k) || doc.isOpeningGerund(k) { k += 1 }
    // `Shares of Northlight Robotics fell`: a plural noun opening the sentence before `of`.
    if k + 2 < e, k == run.lowerBound, k == 0 || doc.sentenceOf[k - 1] != doc.sentenceOf[k] || doc.tokens[k - 1].kind != .word, doc.isWordID(k + 1, doc.language.known.of),
      doc.tokens[k].length > 3, case let b = doc.bytes(k..<(k + 1)), b[b.count - 1] == 0x73, b[b.count - 2] != 0x73, b[b.count - 2] != 0x27
    {
      k += 2
    }
    // `Getty Images Kevin Rowe said`: a credit glued to the name before it.
    let credit = doc.creditLength(at: k)
    if credit > 0 {
      guard k + credit < e else { return nil }
      k += credit
    }
    return (k, credit)
  }

  /// The titles around the name that starts at `r.lowerBound`: lower-case ones just before it (`the
  /// software company`), and capitalized ones it opens with (`Foreign Affairs Minister`, `Sen.`),
  /// split off. Returns where the name proper starts, the titles, the gender they tell, whether a
  /// noun before it names a firm, whether the run is an organisation's name, and the token before
  /// the titles read before it.
  func titlesAround(_ r: Range<Int>, credit: Int)
    -> (start: Int, titles: Set<String>, gender: EntityResolver.Gender, orgBefore: Bool, isOrg: Bool, before: Int)
  {
    let k = r.lowerBound
    let e = r.upperBound
    // Note the lower-case titles just before the run.
    var titles: Set<String> = []
    var gender = EntityResolver.Gender.unknown
    var j = k - 1
    var orgBefore = false  // `the software company Nordlicht Systems`
    while j >= 0 && j >= k - 3, credit == 0, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized {
      let role = doc.language.profile.role(doc.tokens[j].word)
      // (French `la conseillère d'opposition Hélène Brunet`: no body's noun before a first name;
      // `la navigatrice Anaïs Kerhervé`: a role no list holds between an article and a first name.)
      let french = doc.language.french != nil
      guard doc.isTitleEnd(j) || (j == k - 1 && role.contains(.organizationNoun) && !(french && doc.isFirstName(k)))
        || french && j == k - 1 && j > 0 && (doc.isFirstName(k) || (2...3).contains(e - k)) && doc.frenchPlainWord(j) && !role.contains(.organizationNoun)
          && doc.language.profile.role(doc.tokens[j - 1].word).contains(.determiner)
      else { break }
      if role.contains(.organizationNoun) && !role.contains(.personNoun) { orgBefore = true }
      titles.insert(doc.string(j..<(j + 1)).lowercased())
      j -= 1
    }
    // Split off the titles before the name (`Foreign Affairs Minister`, `Sen.`).
    var s = k + doc.titleCut(k..<e)
    // French `la Néerlandaise Femke Aalders`, `du RC Valmont Paul Remy`: the name starts inside the
    // run (see ``Document/frenchNameStart(_:)``), the words before it are no office.
    if doc.language.french != nil, let f = doc.frenchNameStart(k..<e) {
      return (f, titles, gender, orgBefore, false, j)
    }
    for x in k..<s where doc.tokens[x].kind == .word {
      titles.insert(doc.string(x..<(x + 1)).lowercased())
      let role = doc.language.profile.role(doc.tokens[x].word)
      if role.contains(.maleTitle) { gender = .male }
      if role.contains(.femaleTitle) { gender = .female }
    }
    var isOrg = false
    if s == k {
      isOrg = (k..<e).contains { (doc.tokens[$0].isCapitalized || doc.tokens[$0].kind == .punctuation) && doc.isOrganizationWord($0) }
    }
    // `OptInRealBig.com`: a web address names a firm.
    if e - k >= 3, doc.punct(e - 2) == .period, doc.language.names.domains.contains(doc.nameKey(e - 1)) { isOrg = true }
    if s == k && !isOrg {
      // German `Kollege Thomas Wirth`, `Gewerkschaftschef Konrad Freiberg`: capitalized person nouns
      // before a name are titles too.
      while s + 1 < e, doc.language.profile.capitalizesNouns, doc.tokens[s].kind == .word,
        doc.language.profile.role(doc.tokens[s].word).contains(.personNoun) || doc.isCompoundTitle(s)
      {
        titles.insert(doc.string(s..<(s + 1)).lowercased())
        s += 1
      }
      if let f = doc.nameAfterUnlistedTitles(s..<e) {
        for x in s..<f where doc.tokens[x].kind == .word { titles.insert(doc.string(x..<(x + 1)).lowercased()) }
        s = f
      }

    }
    return (s, titles, gender, orgBefore, isOrg, j)
  }

  /// `A Labour Party spokesman told the BBC …`: an indefinite person noun opening a sentence, before
  /// its verb, is an anonymous source named as written, even where no cue is read for it.
  func anonymousMention(at k: Int) -> Mention? {
    let n = doc.tokens.count
    guard k == 0 || doc.sentenceOf[k - 1] != doc.sentenceOf[k], doc.nameKey(k) == NameLexicon.a || doc.nameKey(k) == NameLexicon.an else { return nil }
    var j = k + 1
    while j < n && j < k + 6, doc.tokens[j].kind == .word, !doc.inQuote(j) {
      let role = doc.language.profile.role(doc.tokens[j].word)
      if role.any([.function, .preposition, .stop, .determiner, .conjunction]) { return nil }
      if !doc.tokens[j].isCapitalized, role.contains(.personNoun) {
        guard j + 1 < n, doc.tokens[j + 1].kind == .word, !doc.tokens[j + 1].isCapitalized,
          doc.language.profile.role(doc.tokens[j + 1].word).isDisjoint(with: [.personNoun, .groupNoun, .organizationNoun])
        else { return nil }
        return Mention(position: k + 1, end: j + 1, name: doc.string((k + 1)..<(j + 1)), kind: .anonymous,
          gender: EntityResolver.gender(of: j, in: doc), titles: [], acronym: nil)
      }
      j += 1
    }
    return nil
  }

  /// Whether a plain lower-case word (a verb, most likely) stands between token `k` and the start
  /// of its clause (the sentence start or a comma): `Mauricio shared his exasperation to … Michael
  /// Bosstick` — Bosstick is no subject.
  func afterVerb(_ k: Int) -> Bool {
    var j = k
    var steps = 0
    while j >= 0 && steps < 24 {
      let t = doc.tokens[j]
      if t.kind == .punctuation && (t.punctuation == .comma || t.punctuation?.isTerminal == true || t.punctuation == .colon) { return false }
      if t.kind == .quote || j == 0 || doc.sentenceOf[j] != doc.sentenceOf[k] { return false }
      if t.kind == .word, !t.isCapitalized, doc.language.profile.role(t.word).isDisjoint(with: [.determiner, .possessive, .preposition, .function, .conjunction, .skippable, .time, .title, .personNoun, .organizationNoun, .groupNoun]),
        !doc.isWordID(j, doc.language.known.of), !doc.isWordID(j, doc.language.known.for)
      {
        return true
      }
      j -= 1
      steps += 1
    }
    return false
  }

  /// German `Frankreichs`, `Russlands`: a country's name with a genitive `s`.
  func isPlaceGenitive(_ k: Int, _ gazetteer: Gazetteer) -> Bool {
    let b = doc.bytes(k..<(k + 1))
    guard doc.language.profile.capitalizesNouns, b.count > 3, b[b.count - 1] == 0x73 else { return false }
    return gazetteer.place(utf8: UnsafeBufferPointer(rebasing: b[..<(b.count - 1)])) != nil
  }

  /// The acronym introduced right after a name ending before token `last`: `the National Electoral
  /// Board (NEB)`, `The Steel Users Alliance of Canada, or SUAC,`.
  func acronym(after last: Int) -> String? {
    let n = doc.tokens.count
    if last + 2 < n, doc.punct(last) == .openParen, doc.tokens[last + 1].flags.contains(.allCaps), doc.punct(last + 2) == .closeParen {
      return doc.string((last + 1)..<(last + 2))
    }
    if last + 3 < n, doc.punct(last) == .comma, doc.tokens[last + 1].kind == .word, doc.nameKey(last + 1) == NameLexicon.or,
      doc.tokens[last + 2].flags.contains(.allCaps), doc.tokens[last + 3].kind == .punctuation
    {
      return doc.string((last + 2)..<(last + 3))
    }
    return nil
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
