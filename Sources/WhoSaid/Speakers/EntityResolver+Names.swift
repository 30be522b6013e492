/// The steps that read names and descriptions: ``properName(_:_:_:in:at:)``,
/// ``organization(_:_:isOrg:_:in:at:)`` and ``description(_:_:in:at:)``.
extension EntityResolver {
  /// `Sergei Lavrov`, `Lavrov` after it, `the NEB` after `National Electoral Board (NEB)`, `GM`
  /// after `General Motors`: a proper name, joined to a name seen before (its acronym or initials,
  /// or a full name it ends or opens), else a new entity; false when the phrase has no name.
  @inline(__always)
  mutating func properName(_ p: Phrase, _ name: NameRun, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    guard !name.run.isEmpty else { return false }
    let ks = p.words
    let headRole = p.headRole
    let run = name.run
    let titles = name.titles
    var gender = name.gender
    let firstRole = profile.role(a.tokens[run[0]].word)
    if gender == .unknown && run.count > 1 {
      if firstRole.contains(.maleName) && !firstRole.contains(.femaleName) {
        gender = .male
      } else if firstRole.contains(.femaleName) && !firstRole.contains(.maleName) {
        gender = .female
      }
    }
    // `Lorna Bighetty of the Northern Lakes Tribal Council`: the head is the name before `of`.
    let headIsName = !ks.contains { k in
      k > run[run.count - 1] && (a.tokens[k].word == profile.known.of || a.tokens[k].word == profile.known.for || profile.role(a.tokens[k].word).contains(.preposition))
    }
    // French `le parquet de Lorvan`, `la préfecture du Haut-Valmont`: the phrase opens with its
    // organisation noun, the name after it is its complement (not a person's after the body's:
    // `au Journal de Brolac Sandrine Vial`).
    let frenchOrg = a.language.french != nil && ks.count > 1 && a.isFrenchOrganizationNoun(ks[0]) && !a.isFirstName(run[0])
    let isOrg = frenchOrg || headIsName && headRole.contains(.organizationNoun) || run.contains { a.tokens[$0].isCapitalized && a.isOrganizationWord($0) }
      // German `das Unternehmen Nordwind`: the capitalized noun before the name tells the kind.
      || profile.capitalizesNouns && ks.contains { profile.role(a.tokens[$0].word).contains(.organizationNoun) }
    let isGroup = !isOrg && headIsName && headRole.contains(.groupNoun) && !(ks.last.map { a.tokens[$0].isCapitalized } ?? false)
    if isOrg || isGroup {
      organization(p, name, isOrg: isOrg, &sp, in: a, at: position)
      return true
    }
    // `The Ofcom spokesman`, `A Conservative spokeswoman`, `countless Instagram users`: a name
    // modifying a lower-case person or group noun is a description.
    if run[run.count - 1] != ks.last, let last = ks.last, !a.tokens[last].isCapitalized, headRole.any([.personNoun, .groupNoun]), headIsName {
      return false
    }
    sp.title = name.title
    let runRange = run[0]..<(run[run.count - 1] + 1)
    let text = a.nameText(runRange)
    // A name seen before (possibly as an acronym), with the kind learnt there.
    if let i = index[text] ?? acronyms[text] ?? initialism(run, in: a) {
      // (Its fields, not a copy of the whole entity.)
      let (inFull, knownKind, wordCount) = (entities[i].name == text, entities[i].kind, entities[i].words.count)
      adopt(i, &sp, inFull ? .explicit : .alias, at: position)
      // A name seen without a title or an organisation noun: two or three words read as a
      // person (`Per Haugen`), a group noun as a group, anything else as an organisation.
      if knownKind == .unknown {
        sp.kind = headRole.contains(.groupNoun) ? .group : (2...3).contains(wordCount) || gender != .unknown || !titles.isEmpty ? .person : .organization
      }
      if inFull { entities[i].named = a.span(runRange) }
      entities[i].titles.formUnion(titles)
      return true
    }
    let words = Words(text)
    // A surname or a first name of a person named in full before (`Lavrov`, `Wang`, `Ms. Hale`).
    if let i = person(named: words, gender: gender, titles: titles) {
      adopt(i, &sp, .alias, at: position)
      if sp.kind == .unknown { sp.kind = .person }
      entities[i].titles.formUnion(titles)
      return true
    }
    var kind: SpeakerKind = .person
    if run.count == 1 && titles.isEmpty && gender == .unknown {
      // `NATO`, `OptInRealBig` name organisations; `the Tories`, `Democrats`, groups; a lone
      // word opening a sentence may be no name at all (`Telephone call centres are …`).
      let opening = run[0] == 0 || a.sentenceOf[run[0] - 1] != a.sentenceOf[run[0]]
      if a.looksLikeOrganization(run[0]) {
        kind = .organization
      } else if a.endsLikePlural(run[0]) {
        kind = .group
      } else if opening && !a.isFirstName(run[0]) {
        kind = .unknown
      }
    }
    let i = remember(text, kind: kind, gender: gender, words: words, titles: titles, country: nil, at: position)
    entities[i].named = a.span(runRange)
    adopt(i, &sp, .explicit, at: position)
    return true
  }

  /// `GM` after `General Motors`, `OTA` after `Office of Trade Analysis`: a recent organisation
  /// whose capitalized words' initials spell a one-word acronym.
  func initialism(_ run: [Int], in a: Document) -> Int? {
    if a.language.french != nil { return frenchShortForm(run, in: a) }
    guard run.count == 1, case let b = Array(a.nameText(run[0]..<(run[0] + 1)).utf8), b.count >= 2, b.count <= 6,
      b.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
    else { return nil }
    for i in recent where entities[i].kind == .organization || entities[i].kind == .unknown {
      var initials: [UInt8] = []
      for w in entities[i].name.utf8.split(separator: 0x20) where w.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true { initials.append(w.first!) }
      if initials.count == b.count, initials.elementsEqual(b) { return i }
    }
    return nil
  }

  /// French `la CLO` after `la Coordination laitière de l'Ouest`, `le Sdis` after `le service
  /// départemental d'incendie et de secours`: a recent organisation whose words' initials, articles
  /// and links left out, spell a one-word acronym (capitals or a capitalized word); else one whose
  /// name the word opens (`la direction de Ferlane` after `le groupe Ferlane Industries`).
  @inline(never)
  func frenchShortForm(_ run: [Int], in a: Document) -> Int? {
    guard run.count == 1, case let t = a.tokens[run[0]], t.length >= 2, !a.isFirstName(run[0]) else { return nil }
    if t.length <= 8 {
      let acronym = Document.folded(a.string(run[0]..<(run[0] + 1)))
      for i in recent where entities[i].kind == .organization && entities[i].words.count >= acronym.count {
        if Document.frenchInitials(ofName: entities[i].name) == acronym { return i }
      }
    }
    let first = a.nameKey(run[0])
    return mostRecent({ $0.kind == .organization && !$0.isPlace && $0.words.count > 1 && $0.words.first == first })
  }

  /// `the Lornach Dairy company`, `Russian peacekeepers` with a name: an organisation or group
  /// named in the phrase, joined to a recent one whose name holds all its words, else a new one
  /// with the name as the article writes it in full (`Ruritania's defence ministry` → `Ruritanian
  /// Defence Ministry`, see ``Document/organizationName(_:gazetteer:)``).
  @inline(__always)
  mutating func organization(_ p: Phrase, _ name: NameRun, isOrg: Bool, _ sp: inout Speaker, in a: Document, at position: Int) {
    let r = p.range
    let ks = p.words
    let run = name.run
    var span = name.quoted ? run[0]..<(run[run.count - 1] + 1) : ks[0]..<r.upperBound
    // French: from the organisation noun, or the name written after it (see ``Document/frenchOrganizationSpan(_:end:_:)``).
    if !name.quoted, let fr = a.language.french, let s = a.frenchOrganizationSpan(ks, end: r.upperBound, fr) { span = s }
    let text = name.quoted || !isOrg ? a.string(span) : a.organizationName(span, gazetteer: gazetteer)
    let words = Words(text)
    if let i = index[text] {
      adopt(i, &sp, .explicit, at: position)
      entities[i].named = a.span(span)
    } else if let i = mostRecent({ ($0.kind == .organization || $0.kind == .group) && words.isSubset(of: $0.words) && $0.name != text }) {
      adopt(i, &sp, .alias, at: position)
    } else {
      let i = remember(text, kind: isOrg ? .organization : .group, gender: .unknown, words: words, titles: [], country: country(of: text), at: position)
      entities[i].named = a.span(span)
      entities[i].typeNoun = a.typeNoun(span)
      // French `le groupe Valmet`: the noun before the name types it (`le groupe` later).
      if entities[i].typeNoun == 0, a.language.french != nil, span.lowerBound > ks[0], a.isOrganizationWord(ks[0]) { entities[i].typeNoun = a.nameKey(ks[0]) }
      adopt(i, &sp, .explicit, at: position)
    }
  }

  /// The country a body's name ties it to by its first word (`Russian Foreign Ministry` → Russia).
  func country(of name: String) -> String? {
    let first = name.utf8.firstIndex(of: 0x20).map { String(name[..<$0]) } ?? name
    return gazetteer.country(ofDemonym: first)
  }

  /// `the ministry`, `the minister`, `officials`, `a spokesman`, `its estimate`: a description
  /// without a name, joined to a recent organisation or titled person it fits; an anonymous or
  /// group source keeps the phrase as written (`senior diplomat`, `officials`); a document speaks
  /// for whoever issued it.
  @inline(__always)
  mutating func description(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) {
    let r = p.range
    let ks = p.words
    let desc = ks.isEmpty ? p.text : a.string(ks[0]..<r.upperBound)
    let words = Words(desc)
    // (French: the noun before its adjectives and complements, `le secrétaire général du comité`.)
    let headToken = (a.language.french != nil ? a.frenchHead(ks) : nil) ?? ks.last
    let head = headToken.map { a.string($0..<($0 + 1)).lowercased() } ?? desc.lowercased()
    if let last = ks.last, a.isIssuedText(last), issuer(of: p, &sp, in: a, at: position) { return }
    // French `l'entourage du ministre`: the noun heads the phrase, its complement follows.
    if a.language.french != nil, ks.count > 1, a.isFrenchOrganizationNoun(ks[0]) {
      let i = mostRecent({ $0.kind == .organization && !$0.isPlace && words.isSubset(of: $0.words) })
        ?? remember(desc, kind: .organization, gender: .unknown, words: words, titles: [], country: nil, at: position)
      if entities[i].named == nil { entities[i].named = a.span(ks[0]..<r.upperBound) }
      if entities[i].typeNoun == 0 { entities[i].typeNoun = a.nameKey(ks[0]) }
      adopt(i, &sp, entities[i].name == desc ? .explicit : .alias, at: position)
      return
    }
    if p.headRole.contains(.organizationNoun) {
      // `the company`, `the world's biggest insurer`, German `Dem Unternehmen`: no name in it, the
      // head alone tells.
      // (French `la Ligue`, `l'Agence`: a capitalized noun alone is bare too.)
      let bareHead = !ks.enumerated().contains { i, k in a.tokens[k].isCapitalized && !(profile.capitalizesNouns && i == ks.count - 1) }
        || a.language.french != nil && ks.count == 1
      let headKey = words.last
      if let i = mostRecent({ $0.kind == .organization && !$0.isPlace && words.isSubset(of: $0.words) && words.count > 1 })
        ?? (bareHead ? mostRecent({ $0.kind == .organization && !$0.isPlace && fits(head: headKey, $0, in: a) || $0.titles.contains(head) }) : nil)
        ?? (bareHead && a.language.names.bodyHeads.contains(headKey) && !hasPluralPossessor(r, in: a)
          ? mostRecent({ $0.kind == .organization && !$0.isPlace && $0.typeNoun == 0 }) : nil)
      {
        adopt(i, &sp, .alias, at: position)
      } else {
        let named = ks.contains { a.tokens[$0].isCapitalized }
        let text = named ? a.organizationName(ks[0]..<r.upperBound, gazetteer: gazetteer) : desc
        let i = remember(text, kind: .organization, gender: .unknown, words: Words(text), titles: [], country: named ? country(of: text) : nil, at: position)
        if named { entities[i].named = a.span(ks[0]..<r.upperBound) }
        entities[i].typeNoun = headKey
        adopt(i, &sp, .explicit, at: position)
      }
      return
    }
    if p.headRole.contains(.personNoun) || p.headRole.contains(.title), let last = headToken {
      var gender = Self.gender(of: last, in: a)
      // French `le capitaine`, `la coureuse`: the article tells.
      if gender == .unknown, let fr = a.language.french { gender = a.frenchArticleGender(r.lowerBound, fr) }
      // `the minister`, `Russia's foreign minister`: a definite description.
      let definite = !p.indefinite && (hasDeterminer(p, a) || ks.first.map { a.isPossessive($0) && a.tokens[$0].isCapitalized } == true)
      // An office with no one titled so yet: `the Conservative leader` (a party or a nation before the
      // office) or `the duchess` (a gendered title) after a speaker just named.
      // (French: a role, `le joueur`, `la coureuse`; not an office written with its holder's
      // name, `le ministre`, `la préfète`, which may be someone not named yet.)
      let office = a.isTitleWord(last) && (gender != .unknown || ks.dropLast().contains { a.tokens[$0].isCapitalized })
        && !(a.language.french != nil && p.headRole.contains(.title))
      if definite, let i = titledPerson(head, words: words, gender: gender, before: r.lowerBound, office: office, in: a) {
        adopt(i, &sp, .alias, at: position)
        return
      }
      let written = a.string(p.written..<r.upperBound)
      let i = remember(written, kind: definite ? .person : .anonymous, gender: gender, words: words, titles: [], country: nil, at: position)
      entities[i].named = a.span(p.written..<r.upperBound)
      adopt(i, &sp, .explicit, at: position)
      return
    }
    if p.headRole.contains(.groupNoun) {
      let i = remember(a.string(p.written..<r.upperBound), kind: .group, gender: .unknown, words: words, titles: [], country: nil, at: position)
      entities[i].named = a.span(p.written..<r.upperBound)
      adopt(i, &sp, .explicit, at: position)
      return
    }
    // French `la navigatrice` after `La navigatrice Anaïs Kerhervé`: a role no list holds, the
    // title of a person named with it.
    if a.language.french != nil, ks.count == 1, hasDeterminer(p, a), let i = mostRecent({ $0.kind == .person && $0.titles.contains(head) }) {
      adopt(i, &sp, .alias, at: position)
      return
    }
    sp.name = desc
  }

  /// Whether phrase `r` has a plural possessor, in it or right before it (`the drivers' legal
  /// team`): the body is theirs, not the one last named.
  func hasPluralPossessor(_ r: Range<Int>, in a: Document) -> Bool {
    (max(r.lowerBound - 1, 1)..<r.upperBound).contains { k in
      let t = a.tokens[k]
      return t.kind == .quote && (t.mark == .rightSingle || t.mark == .straightSingle) && !a.inQuote(k)
        && a.tokens[k - 1].kind == .word && a.tokens[k - 1].end == t.start && a.text[Int(a.tokens[k - 1].end) - 1] | 0x20 == 0x73
    }
  }

  /// Whether a bare organisation head (`the ministry`, `the company`) surely stands for entity
  /// `e`: its name has that noun, or, for a company head, a company's word (`Northlight Robotics`).
  /// (Failing that, a name with no such noun may: `the club` for `Kelso Rovers`.)
  func fits(head: UInt64, _ e: Entity, in a: Document) -> Bool {
    e.typeNoun != 0 && (e.typeNoun == head || a.language.names.companyHeads.contains(head) && a.language.names.companyWords.contains(e.typeNoun))
  }

  /// The person a definite description stands for (`the mayor` after `Mayor Jill Kerr`, `the Ofcom
  /// spokesman` after `a spokesman for Ofcom`): a recent person titled with its head, or an
  /// anonymous one whose words hold its words; for an office (`the Conservative leader`), else the
  /// nearest untitled person of its gender.
  func titledPerson(_ head: String, words: Words, gender: Gender, before k: Int, office: Bool, in a: Document) -> Int? {
    func fitsGender(_ e: Entity) -> Bool { gender == .unknown || e.gender == .unknown || e.gender == gender }
    if let i = mostRecent({ $0.kind == .person && fitsGender($0) && ($0.titles.contains(head) || $0.titles.contains { $0.hasSuffix(head) }) }) { return i }
    if words.count > 1, let i = mostRecent({ ($0.kind == .anonymous || $0.kind == .person) && words.isSubset(of: $0.words) }) { return i }
    guard office, a.language.names.officesNameUntitled else { return nil }
    return antecedent(before: k) { $0.kind == .person && !$0.isPlace && $0.titles.isEmpty && fitsGender($0) }
  }

  /// `its estimate`, `his statement`, `the company's website`, `the Valdonian election commission's
  /// website`: a document's speaker is whoever issued it — the possessive's owner.
  mutating func issuer(of p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let r = p.range
    // `its estimate`: the possessive pronoun stands for its owner.
    if r.count == 2, let role = a.possessivePronounRole(r.lowerBound) {
      sp.resolution = .pronoun
      if let i = pronounAntecedent(role, before: r.lowerBound) { adopt(i, &sp, .pronoun, at: position) }
      return true
    }
    // `the Harbour Board issued a statement calling …`: the subject that just issued it.
    if let owner = issuingSubject(of: r, in: a) {
      var op = phrase(owner, in: a)
      op.bare = a.nameText(op.words.isEmpty ? owner : op.words[0]..<owner.upperBound)
      if !resolveSteps(op, &sp, in: a, at: position) { description(op, &sp, in: a, at: position) }
      if sp.resolution == .explicit { sp.resolution = .alias }
      return true
    }
    // `the company's website`: the phrase up to the possessive names the issuer.
    guard let j = p.words.lastIndex(where: { a.isPossessive($0) }), j + 1 < p.words.count else { return false }
    var owner = phrase(r.lowerBound..<(p.words[j] + 1), in: a)
    owner.bare = a.nameText(owner.words[0]..<owner.range.upperBound)
    owner.headRole = a.possessorRole(p.words[j])
    if !resolveSteps(owner, &sp, in: a, at: position) { description(owner, &sp, in: a, at: position) }
    if sp.resolution == .explicit { sp.resolution = .alias }
    return true
  }

  /// English: the named subject of the verb right before an indefinite document phrase
  /// (`the Harbour Board issued a statement`, `Northwind Labs released a report`): up to five
  /// words back to a determiner or the start of a clause, capitalized but for the determiner.
  func issuingSubject(of r: Range<Int>, in a: Document) -> Range<Int>? {
    let v = r.lowerBound - 1
    guard a.language.profile.code == "en", r.count <= 3, v > 0, a.tokens[r.lowerBound].kind == .word,
      a.language.profile.indefiniteArticles.contains(a.string(r.lowerBound..<(r.lowerBound + 1)).lowercased()),
      a.isFiniteVerbLike(v), !a.language.profile.role(a.tokens[v].word).any([.auxiliary, .copula, .passiveAuxiliary])
    else { return nil }
    var s = v
    while s > v - 5, s > 0, a.tokens[s - 1].kind == .word, !a.inQuote(s - 1), a.tokens[s - 1].isCapitalized, !a.isPossessive(s - 1),
      !a.language.profile.role(a.tokens[s - 1].word).any([.function, .determiner, .pronoun])
    {
      s -= 1
    }
    guard s < v else { return nil }
    if s > 0, a.tokens[s - 1].kind == .word, a.language.profile.role(a.tokens[s - 1].word).contains(.determiner) { s -= 1 }
    return s..<v
  }
}
