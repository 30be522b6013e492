/// Resolves speaker phrases to the entities they name, within one article.
///
/// Later surname-only and title forms join the full name (`Lavrov`, `the
/// minister` → `Sergei Lavrov`), shortened descriptions join the organisation
/// (`the Russian ministry` → `Russian Defense Ministry`), pronouns take the
/// most recent compatible speaker, and capitals speak for their governments.
struct EntityResolver {
  struct Entity {
    var name: String
    var kind: SpeakerKind
    var gender: Gender
    /// Hashes of the name's lower-cased words (see ``EntityResolver/words(_:)``).
    var words: Words
    var titles: Set<String>
    var country: String?
    var lastSeen: Int
    var acronym: String?
  }

  enum Gender { case male, female, unknown }

  let profile: LanguageProfile
  let gazetteer: Gazetteer
  let known: [KnownEntity]
  /// The extractor whose data this resolver holds (see ``Extractor/Scratch``).
  let owner: Extractor.Identity
  var entities: [Entity] = []
  /// Entity index by canonical name and by acronym.
  var index: [String: Int] = [:]
  var acronyms: [String: Int] = [:]
  /// The most recent multi-word person entity by lower-cased last name.
  var surnames: [UInt64: Int] = [:]
  /// Entity indices, most recently mentioned first, capped: antecedents of
  /// pronouns and descriptions are recent, and the cap keeps resolution linear.
  var recent: [Int] = []
  /// While set, resolving changes nothing: no entity is remembered or moved (a claim's target and
  /// audience are read this way, so that they never change whom a later speaker names).
  var frozen = false
  static let recentCap = 48

  init(profile: LanguageProfile, gazetteer: Gazetteer, known: [KnownEntity], owner: Extractor.Identity) {
    self.profile = profile
    self.gazetteer = gazetteer
    self.known = known
    self.owner = owner
  }

  /// Forgets every entity, keeping the storage, to start the next article.
  mutating func reset() {
    // Emptying a dictionary visits all of its buckets: only the used ones are emptied.
    if !entities.isEmpty { entities.removeAll(keepingCapacity: true) }
    if !index.isEmpty { index.removeAll(keepingCapacity: true) }
    if !acronyms.isEmpty { acronyms.removeAll(keepingCapacity: true) }
    if !surnames.isEmpty { surnames.removeAll(keepingCapacity: true) }
    recent.removeAll(keepingCapacity: true)
  }

  /// Records a name mentioned in the text (not necessarily a speaker).
  mutating func register(_ m: Mention) {
    if let i = index[m.name] {
      entities[i].titles.formUnion(m.titles)
      touch(i)
    } else if m.kind != .organization, !m.name.utf8.contains(0x20), let i = surnames[Words(m.name).last], entities[i].kind == .person {
      entities[i].titles.formUnion(m.titles)  // a surname after the full name
      touch(i)
      return
    } else {
      remember(m.name, kind: m.kind, gender: m.gender, words: Words(m.name), titles: m.titles, country: nil, at: m.position)
    }
    if let a = m.acronym, let i = index[m.name] {
      entities[i].acronym = a
      acronyms[a] = i
    }
  }

  /// A speaker phrase as the resolver reads it: its tokens without leading determiners and
  /// without a relative clause after its head, its text, and its head's role.
  struct Phrase {
    /// The whole phrase (`a senior official who asked not to be named`).
    var range: Range<Int>
    var text: String
    /// Its words from the first after the determiners to the head (`senior official`).
    var words: [Int]
    /// The text of ``words`` to the phrase's end (the whole text when there are none).
    var bare: String
    /// Whether an indefinite article opens it (`a spokesman`, `ein Sprecher`, `une porte-parole`).
    var indefinite: Bool
    /// The role of its last word.
    var headRole: WordRole
  }

  /// Resolves the phrase `r` of document `a`; `position` orders mentions.
  ///
  /// The rule steps run in order, the first that resolves the phrase wins: an entity the user
  /// named, a pronoun, a place, an affiliation, a proper name, a description.
  mutating func resolve(_ r: Range<Int>, in a: Document, position: Int) -> Speaker {
    let p = phrase(r, in: a)
    var sp = Speaker(span: a.span(r), text: p.text, name: nil, kind: .unknown, resolution: .explicit, country: nil)
    if knownEntity(p, &sp, at: position) || pronoun(p, &sp, in: a, at: position) || place(p, &sp, at: position)
      || affiliation(p, &sp, in: a, at: position) || properName(p, nameRun(of: p, in: a), &sp, in: a, at: position)
    {
      return sp
    }
    description(p, &sp, in: a, at: position)
    return sp
  }

  /// Reads the phrase `r` of document `a` (see ``Phrase``).
  @inline(__always)
  func phrase(_ r: Range<Int>, in a: Document) -> Phrase {
    let text = a.string(r)
    // Words of the phrase, without leading determiners.
    var ks = Array(r)
    while let f = ks.first, profile.role(a.tokens[f].word).contains(.determiner) || profile.role(a.tokens[f].word).contains(.possessive) { ks.removeFirst() }
    // `a senior official who asked not to be named`: the head comes before the clause.
    // (A loop, not a closure: a closure calling a method of `a` would copy the whole document.)
    for (i, k) in ks.enumerated() {
      let role = profile.role(a.tokens[k].word)
      guard role.contains(.relative), !role.contains(.complementizer) else { continue }
      if k > r.lowerBound, a.nameParticleLength(at: k - 1) == 2 { continue }  // `von der Leyen`
      ks.removeSubrange(i...)
      break
    }
    let article = r.lowerBound < (ks.first ?? r.upperBound) ? a.string(r.lowerBound..<(r.lowerBound + 1)).lowercased() : ""
    let indefinite = profile.indefiniteArticles.contains(article)
    let bare = ks.isEmpty ? text : a.string(ks[0]..<r.upperBound)
    let headRole = ks.last.map { profile.role(a.tokens[$0].word) } ?? []
    return Phrase(range: r, text: text, words: ks, bare: bare, indefinite: indefinite, headRole: headRole)
  }

  /// `Pashinyan`, with `--entities` listing `Nikol Pashinyan` and that alias: what the user told us.
  @inline(__always)
  mutating func knownEntity(_ p: Phrase, _ sp: inout Speaker, at position: Int) -> Bool {
    let bare = p.bare
    // What the user told us.
    if let k = known.first(where: { $0.matches(bare) }) {
      sp.name = k.name
      sp.kind = k.kind
      sp.country = k.country
      sp.resolution = bare == k.name ? .explicit : .alias
      remember(k.name, kind: k.kind, gender: .unknown, words: Words(k.name), titles: [], country: k.country, at: position)
      return true
    }
    return false
  }

  /// `he`, `sie`, `Demnach`, `seiner Meinung nach`: a pronoun takes the latest compatible entity; a
  /// source adverb (German `Demnach`) stands for the latest speaker, of any kind.
  @inline(__always)
  mutating func pronoun(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let r = p.range
    let ks = p.words
    if ks.count == 1, profile.known.sourceAdverbs.contains(a.tokens[ks[0]].word) {
      sp.resolution = .pronoun
      if let m = mostRecent({ _ in true }) {
        sp.name = m.name
        sp.kind = m.kind
        sp.country = m.country
        touch(m.name, at: position)
      }
      return true
    }
    // German `seiner Meinung nach`: a possessive before a source noun stands for its owner.
    let possessive: WordRole = ks.count == 1 && r.count == 2 && profile.capitalizesNouns ? possessivePronoun(r, a) : []
    if ks.count == 1, case let role = possessive.isEmpty ? profile.role(a.tokens[ks[0]].word) : possessive, role.any(.pronoun) {
      sp.resolution = .pronoun
      let match: Entity?
      if role.contains(.hePronoun) {
        match = mostRecent { $0.kind == .person && $0.gender == .male } ?? mostRecent { $0.kind == .person && $0.gender == .unknown }
      } else if role.contains(.shePronoun) {
        match = mostRecent { $0.kind == .person && $0.gender == .female } ?? mostRecent { $0.kind == .person && $0.gender == .unknown }
          // German `sie` is also `they`.
          ?? (role.contains(.theyPronoun) ? mostRecent { $0.kind == .group || $0.kind == .organization || $0.kind == .government } : nil)
      } else if role.contains(.theyPronoun) {
        match = mostRecent { $0.kind == .group || $0.kind == .organization || $0.kind == .government || $0.kind == .unknown }
      } else if role.contains(.itPronoun) {
        match = mostRecent { $0.kind == .organization || $0.kind == .government }
      } else {
        match = nil
      }
      if let m = match {
        sp.name = m.name
        sp.kind = m.kind
        sp.country = m.country
        touch(m.name, at: position)
      } else {
        sp.kind = role.contains(.theyPronoun) ? .group : .person
      }
      return true
    }
    return false
  }

  /// `Moscow said`, `the Kremlin`: capitals and seats of government speak for their governments.
  @inline(__always)
  mutating func place(_ p: Phrase, _ sp: inout Speaker, at position: Int) -> Bool {
    let bare = p.bare
    if let place = gazetteer.place(bare) {
      sp.name = bare
      sp.kind = .government
      sp.country = place.country
      sp.resolution = place.isSeat ? .metonymy : .explicit
      remember(bare, kind: .government, gender: .unknown, words: Words(bare), titles: [], country: place.country, at: position)
      return true
    }
    return false
  }

  /// `a spokesman for the Kremlin`: the speaker speaks for the affiliation, resolved in its place.
  @inline(__always)
  mutating func affiliation(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let ks = p.words
    if let link = ks.firstIndex(where: { a.tokens[$0].word == profile.known.for || a.tokens[$0].word == profile.known.of }),
      link > 0, link + 1 < ks.count, profile.role(a.tokens[ks[link - 1]].word).contains(.personNoun),
      !a.tokens[ks[link - 1]].isCapitalized
    {
      var rest = Array(ks[(link + 1)...])
      while let f = rest.first, profile.role(a.tokens[f].word).contains(.determiner) { rest.removeFirst() }
      if let f = rest.first, let l = rest.last {
        let aff = resolve(f..<(l + 1), in: a, position: position)
        sp.name = aff.name
        sp.kind = aff.kind
        sp.country = aff.country
        sp.resolution = aff.resolution == .explicit ? .explicit : aff.resolution
        return true
      }
    }
    return false
  }

  /// The name in a phrase: its last run of capitalized words that are no titles (`Foreign Minister
  /// Sergei Lavrov` → `Sergei Lavrov`), with the titles and gender the phrase gives, or an
  /// empty run.
  struct NameRun {
    var run: [Int]
    var titles: Set<String>
    var gender: Gender
    /// The run is a short quoted name (German `Der Fernsehsender „Channel 10“`).
    var quoted: Bool
  }

  /// Finds the name in phrase `p` (see ``NameRun``).
  @inline(__always)
  func nameRun(of p: Phrase, in a: Document) -> NameRun {
    let r = p.range
    let ks = p.words
    var run: [Int] = []
    var titles: Set<String> = []
    var current: [Int] = []
    var gender = Gender.unknown
    var particlesUntil = -1
    let particles = !profile.nameParticles.isEmpty
    for k in ks {
      let t = a.tokens[k]
      let role = profile.role(t.word)
      if particles, k >= particlesUntil, !current.isEmpty || k == ks.first, k + 1 < r.upperBound {
        particlesUntil = k + a.nameParticleLength(at: k)
      }
      if k < particlesUntil {
        current.append(k)  // `Ursula von der Leyen`
      } else if t.kind == .word && t.isCapitalized && a.isPossessive(k) && k != ks.last {
        // `Russia's foreign minister`: the possessive is a modifier, not the name.
        if !current.isEmpty { run = current }
        current = []
      } else if t.kind == .word && t.isCapitalized && !role.contains(.function)
        && (!role.contains(.title) || current.last.map { a.tokens[$0].word == profile.known.of } == true)
        // German nouns are capitalized: `Unternehmen`, `Sprecher`, `Gewerkschaftschef`, `Freitag` are no names.
        && !(profile.capitalizesNouns && (role.any(.speakerNoun) || role.contains(.time) || a.isCompoundTitle(k)))
      {
        current.append(k)
      } else if !current.isEmpty, t.word == profile.known.of, k + 1 < r.upperBound, a.tokens[k + 1].isCapitalized {
        current.append(k)  // `Chamber of Commerce`
      } else if t.kind == .punctuation && t.punctuation == .period && !current.isEmpty {
        continue
      } else {
        if !current.isEmpty { run = current }
        current = []
        if role.contains(.title) || role.contains(.personNoun) { titles.insert(a.string(k..<(k + 1)).lowercased()) }
        if role.contains(.maleTitle) { gender = .male }
        if role.contains(.femaleTitle) { gender = .female }
      }
    }
    if !current.isEmpty { run = current }
    // `Der Fernsehsender „Channel 10“`: the quoted name, whole.
    var quoted = false
    if profile.capitalizesNouns, let last = ks.last, a.closesQuote(last), case let q = a.quotes[Int(a.quoteOf[last])], q.open >= r.lowerBound, q.close - q.open >= 2 {
      run = Array((q.open + 1)..<q.close)
      quoted = true
    }
    // German: capitalized nouns before a first name are its title (`Bundesfamilienministerin
    // Kristina Schröder`, `UNMISS-Vertreter Toby Lanzer`, `Präsidenten Barack Obama`).
    if let first = a.nameAfterUnlistedTitles(run) {
      for k in run[..<first] { titles.insert(a.string(k..<(k + 1)).lowercased()) }
      run.removeFirst(first)
    }
    // German `Politische Beobachter`, `Lokale Medien`: one capitalized word right before a speaker
    // noun is its adjective, not a name.
    if profile.capitalizesNouns, run.count == 1, let i = ks.firstIndex(of: run[0]), i + 1 < ks.count,
      ks[i + 1] == run[0] + 1, profile.role(a.tokens[ks[i + 1]].word).any(.speakerNoun)
    {
      run = []
    }
    // `Officials said` at a sentence start: a capitalized speaker noun is a description.
    if run.count == 1, ks.count == 1, profile.role(a.tokens[run[0]].word).any(.speakerNoun) { run = [] }
    // `the Armenian prime minister`: a demonym alone is a modifier, not a name.
    if run.count == 1, gazetteer.country(ofDemonym: a.string(run[0]..<(run[0] + 1))) != nil, ks.count > 1 { run = [] }
    return NameRun(run: run, titles: titles, gender: gender, quoted: quoted)
  }

  /// `Sergei Lavrov`, `Lavrov` after it, `the NEB` after `National Electoral Board (NEB)`: a proper
  /// name, joined to a name seen before (its acronym, or a full name it ends), else a new entity;
  /// nil when the phrase has no name.
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
      if firstRole.contains(.maleName) { gender = .male } else if firstRole.contains(.femaleName) { gender = .female }
    }
    let isOrg = headRole.contains(.organizationNoun) || run.contains { profile.role(a.tokens[$0].word).contains(.organizationNoun) }
      // German `das Unternehmen Nordwind`: the capitalized noun before the name tells the kind.
      || profile.capitalizesNouns && ks.contains { profile.role(a.tokens[$0].word).contains(.organizationNoun) }
    let isGroup = !isOrg && headRole.contains(.groupNoun) && !(ks.last.map { a.tokens[$0].isCapitalized } ?? false)
    if isOrg || isGroup {
      organization(p, name, isOrg: isOrg, &sp, in: a, at: position)
      return true
    }
    let name = a.string(run[0]..<(run[run.count - 1] + 1))
    let words = Words(name)
    // A name seen before (possibly as an acronym), with the kind learnt there.
    if let i = index[name] ?? acronyms[name] {
      let m = entities[i]
      sp.name = m.name
      // A name seen without a title or an organisation noun: two or three words read as a
      // person (`Per Haugen`), a group noun as a group, anything else as an organisation.
      sp.kind = m.kind != .unknown ? m.kind : headRole.contains(.groupNoun) ? .group : (2...3).contains(m.words.count) ? .person : .organization
      if m.kind == .unknown && (gender != .unknown || !titles.isEmpty) { sp.kind = .person }
      sp.country = m.country
      sp.resolution = m.name == name ? .explicit : .alias
      touch(m.name, at: position)
      return true
    }
    // An acronym introduced in parentheses, or an earlier full name ending in this one.
    if let i = surnames[words.last], entities[i].name != name, words.count < entities[i].words.count, words.isSubset(of: entities[i].words) {
      let m = entities[i]
      sp.name = m.name
      sp.kind = m.kind == .unknown ? .person : m.kind  // a surname alias names a person
      sp.country = m.country
      sp.resolution = .alias
      touch(m.name, at: position)
      return true
    }
    sp.name = name
    sp.kind = .person
    remember(name, kind: .person, gender: gender, words: words, titles: titles, country: nil, at: position)
    return true
  }

  /// `the Lornach Dairy company`, `Russian peacekeepers` with a name: an organisation or group
  /// named in the phrase, joined to a recent one whose name holds all its words.
  @inline(__always)
  mutating func organization(_ p: Phrase, _ name: NameRun, isOrg: Bool, _ sp: inout Speaker, in a: Document, at position: Int) {
    let r = p.range
    let ks = p.words
    let run = name.run
    let quoted = name.quoted
    let name = quoted ? a.string(run[0]..<(run[run.count - 1] + 1)) : a.string(ks[0]..<r.upperBound)
    let words = Words(name)
    if let m = mostRecent({ ($0.kind == .organization || $0.kind == .group) && words.isSubset(of: $0.words) && $0.name != name }) {
      sp.name = m.name
      sp.kind = m.kind
      sp.resolution = .alias
      touch(m.name, at: position)
    } else {
      sp.name = name
      sp.kind = isOrg ? .organization : .group
      remember(name, kind: sp.kind, gender: .unknown, words: words, titles: [], country: nil, at: position)
    }
  }

  /// `the ministry`, `the minister`, `officials`, `a spokesman`: a description without a name,
  /// joined to a recent organisation or titled person it fits.
  @inline(__always)
  mutating func description(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) {
    let r = p.range
    let ks = p.words
    let text = p.text
    let indefinite = p.indefinite
    let headRole = p.headRole
    let desc = ks.isEmpty ? text : a.string(ks[0]..<r.upperBound)
    let words = Words(desc)
    let head = desc.utf8.lastIndex(of: 0x20).map { String(desc[desc.utf8.index(after: $0)...]) }.map { $0.lowercased() } ?? desc.lowercased()
    if headRole.contains(.organizationNoun) {
      let bareHead = words.count == 1
      if let m = mostRecent({ $0.kind == .organization && words.isSubset(of: $0.words) })
        ?? (bareHead ? mostRecent({ $0.kind == .organization && $0.titles.contains(head) }) : nil)
      {
        sp.name = m.name
        sp.kind = .organization
        sp.resolution = .alias
        touch(m.name, at: position)
      } else {
        sp.name = desc
        sp.kind = .organization
        remember(desc, kind: .organization, gender: .unknown, words: words, titles: [], country: nil, at: position)
      }
      return
    }
    if headRole.contains(.personNoun) {
      if !indefinite, let m = mostRecent({ $0.kind == .person && ($0.titles.contains(head) || $0.titles.contains { $0.hasSuffix(head) }) }) {
        sp.name = m.name
        sp.kind = .person
        sp.resolution = .alias
        touch(m.name, at: position)
      } else {
        sp.kind = indefinite ? .anonymous : .person
        sp.name = indefinite ? nil : desc
      }
      return
    }
    if headRole.contains(.groupNoun) {
      let named = ks.contains { a.tokens[$0].isCapitalized }
      sp.kind = named ? .group : .anonymous
      sp.name = named ? desc : nil
      if named { remember(desc, kind: .group, gender: .unknown, words: words, titles: [], country: nil, at: position) }
      return
    }
    sp.name = desc
  }

  /// German: the pronoun a possessive stands for before a source noun (`seiner Meinung` → `er`,
  /// `ihrer Ansicht` → `sie`), or none.
  @inline(never)
  func possessivePronoun(_ r: Range<Int>, _ a: Document) -> WordRole {
    guard profile.sourceNouns.contains(a.tokens[r.upperBound - 1].word) else { return [] }
    let w = a.tokens[r.lowerBound].word
    if profile.known.hePossessives.contains(w) { return .hePronoun }
    if profile.known.shePossessives.contains(w) { return [.shePronoun, .theyPronoun] }
    return []
  }

  /// The most recently mentioned entity that passes `ok`, among the recent ones.
  func mostRecent(_ ok: (Entity) -> Bool) -> Entity? {
    for i in recent where ok(entities[i]) { return entities[i] }
    return nil
  }

  mutating func touch(_ name: String, at position: Int) {
    if let i = index[name] {
      entities[i].lastSeen = position
      touch(i)
    }
  }

  /// Moves entity `i` to the front of the recent list.
  mutating func touch(_ i: Int) {
    if frozen { return }
    if let at = recent.firstIndex(of: i) { recent.remove(at: at) }
    recent.insert(i, at: 0)
    if recent.count > Self.recentCap { recent.removeLast() }
  }

  mutating func remember(_ name: String, kind: SpeakerKind, gender: Gender, words: Words, titles: Set<String>, country: String?, at position: Int) {
    if frozen { return }
    if let i = index[name] {
      entities[i].lastSeen = position
      entities[i].titles.formUnion(titles)
      if entities[i].gender == .unknown { entities[i].gender = gender }
      touch(i)
      return
    }
    let i = entities.count
    entities.append(Entity(name: name, kind: kind, gender: gender, words: words, titles: titles, country: country, lastSeen: position))
    index[name] = i
    if kind == .person || kind == .unknown, words.count > 1 {
      surnames[words.last] = i
    }
    touch(i)
  }

}
