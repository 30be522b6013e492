import Foundation
/// Resolves speaker phrases to the entities they name, within one article.
///
/// Later surname-only and title forms join the full name (`Lavrov`, `the
/// minister` → `Sergei Lavrov`), shortened descriptions join the organisation
/// (`the Russian ministry` → `Russian Defense Ministry`), pronouns take the
/// latest compatible entity (the subject of the nearest sentence that names one),
/// capitals speak for their governments, and anonymous and group sources keep
/// the phrase as written (`a senior diplomat`, `officials`).
let debugNames = getenv("WHOSAID_DEBUG_NAMES") != nil
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
    /// The latest place where the name is written in full: the antecedent of the phrases that
    /// stand for it.
    var named: TextSpan?
    /// A place's name (`Haldane County`): no pronoun's antecedent.
    var isPlace = false
    /// The organisation noun in its name (see ``Document/typeNoun(_:)``), or 0.
    var typeNoun: UInt64 = 0
    /// The entity this one turned out to be, named in full later (`Marsh` → `Marsh & McLennan`), or -1.
    var fuller = -1
  }

  enum Gender { case male, female, unknown }

  /// One mention of an entity, for pronouns: where it stands and how salient it is there: 4 a
  /// speaker, else the mention's ``Mention/salience`` (2 a subject, 1 an object, 0 a possessive
  /// or after a preposition).
  struct Sighting {
    var entity: Int32
    var position: Int32
    var sentence: Int32
    var salience: Int8
  }

  /// The profile, held by reference: a resolver is kept from article to article.
  let language: Language
  var profile: LanguageProfile { _read { yield language.profile } }
  let gazetteer: Gazetteer
  let known: [KnownEntity]
  /// The extractor whose data this resolver holds (see ``Extractor/Scratch``).
  let owner: Extractor.Identity
  var entities: [Entity] = []
  /// Entity index by canonical name and by acronym.
  var index: [String: Int] = [:]
  var acronyms: [String: Int] = [:]
  /// Multi-word person entities by the hash of their last word, and of their first (`Wang` for
  /// `Wang Lei`, `Mauricio` for `Mauricio Umansky`), newest last.
  var surnames: [UInt64: [Int]] = [:]
  var firstWords: [UInt64: [Int]] = [:]
  /// Entity indices, most recently mentioned first, capped: antecedents of
  /// descriptions are recent, and the cap keeps resolution linear.
  var recent: [Int] = []
  /// While set, resolving changes nothing: no entity is remembered or moved (a claim's target and
  /// audience are read this way, so that they never change whom a later speaker names).
  var frozen = false
  /// An entity no pronoun names, or -1: a claim's own speaker while its target is read (`Baku
  /// accused it`: not Baku).
  var besides = -1
  static let recentCap = 48
  /// The latest mentions, oldest first (at most ``sightingCap`` are read back).
  var sightings: [Sighting] = []
  static let sightingCap = 64
  /// Tokens whose mentions no pronoun resolved now may take: the content of the claim whose
  /// speaker is being resolved (`Blair's plan failed, he said`: `he` is not Blair).
  var excluded: Range<Int> = 0..<0
  /// The entity the last ``resolve(_:in:position:)`` resolved to, or -1.
  var resolved = -1

  init(profile: LanguageProfile, gazetteer: Gazetteer, known: [KnownEntity], owner: Extractor.Identity) {
    self.init(language: Language(profile), gazetteer: gazetteer, known: known, owner: owner)
  }

  init(language: Language, gazetteer: Gazetteer, known: [KnownEntity], owner: Extractor.Identity) {
    self.language = language
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
    if !firstWords.isEmpty { firstWords.removeAll(keepingCapacity: true) }
    recent.removeAll(keepingCapacity: true)
    sightings.removeAll(keepingCapacity: true)
    excluded = 0..<0
    resolved = -1
  }

  /// Records a name mentioned in the text (not necessarily a speaker).
  mutating func register(_ m: Mention, in a: Document) {
    if debugNames { print("MENTION", m.name, m.kind, m.gender, m.titles, m.salience) }
    let span = a.span(m.position..<m.end)
    var i: Int
    if let known = index[m.name] {
      i = known
      // French `Hôtels Lumière` in a title, then `la chaîne Hôtels Lumière`: two capitalized words
      // guessed a person, a body's noun says otherwise.
      if a.language.french != nil, m.kind == .organization, entities[i].kind == .person, entities[i].gender == .unknown, entities[i].titles.isEmpty {
        entities[i].kind = .organization
        if entities[i].typeNoun == 0 { entities[i].typeNoun = a.typeNoun(m.position..<m.end) }
      }
      entities[i].titles.formUnion(m.titles)
      entities[i].named = span
      entities[i].lastSeen = m.position
      if entities[i].kind == .unknown && m.kind != .unknown { entities[i].kind = m.kind }
      if entities[i].gender == .unknown { entities[i].gender = m.gender }
      touch(i)
    } else {
      i = registerNew(m, span: span, in: a)
    }
    if let acronym = m.acronym {
      entities[i].acronym = acronym
      acronyms[acronym] = i
    }
    sight(i, at: m.position, in: a, salience: m.salience)
  }

  /// The entity a mention whose name is not yet known stands for: a person's surname after the
  /// full name, a body's one word after its full name (`Miners coach Luc Tremblay` after
  /// `Millbrook Miners`), else a new entity.
  private mutating func registerNew(_ m: Mention, span: TextSpan, in a: Document) -> Int {
    var name = m.name
    let (w, oneWord) = name.withUTF8 { (Words(utf8: $0), !$0.contains(0x20)) }
    // (French `M. Le Goff`: a surname with its particle.)
    if m.kind != .organization, m.kind != .anonymous, !m.isPlace, oneWord || a.isFrenchSurnameArticle(m.position), let alias = person(named: w, gender: m.gender, titles: m.titles) {
      entities[alias].titles.formUnion(m.titles)  // a surname after the full name
      entities[alias].lastSeen = m.position
      touch(alias)
      return alias
    }
    if m.kind == .organization, oneWord, let alias = mostRecent({ $0.kind == .organization && $0.words.count > 1 && w.isSubset(of: $0.words) }) {
      entities[alias].lastSeen = m.position
      touch(alias)
      return alias
    }
    // (``register(_:in:)`` found no entity of this name: `remember` need not look it up again.)
    let i = remember(m.name, kind: m.kind, gender: m.gender == .unknown ? m.nameGender : m.gender, words: w, titles: m.titles, country: nil, at: m.position, new: true)
    entities[i].named = span
    entities[i].isPlace = m.isPlace
    if m.kind == .organization { entities[i].typeNoun = a.typeNoun(m.position..<m.end) }
    return i
  }

  /// Resolves the phrase `r` of document `a`; `position` orders mentions.
  ///
  /// The rule steps run in order, the first that resolves the phrase wins: an entity the user
  /// named, a pronoun, a place, a description with an affiliation or a clause (`a spokesman for
  /// Ofcom`, `officials from both delegations`), a proper name, a description. The speaker gets
  /// the title written with the name, and, when the phrase does not name the entity in full,
  /// where the article does (``Speaker/antecedent``).
  mutating func resolve(_ r: Range<Int>, in a: Document, position: Int) -> Speaker {
    let p = phrase(r, in: a)
    var sp = Speaker(span: a.span(r), text: p.text, name: nil, kind: .unknown, resolution: .explicit, country: nil)
    resolved = -1
    if !resolveSteps(p, &sp, in: a, at: position) { description(p, &sp, in: a, at: position) }
    // `Tomas Varga, Valdonia's deputy transport minister, said`: the appositive's role.
    if sp.title == nil, sp.kind == .person, sp.resolution == .explicit, a.tokens[r.lowerBound].isCapitalized { sp.title = a.appositiveTitle(of: r) }
    // French `le capitaine, Yann Morel,` … `le capitaine`: the role is the person's title.
    if resolved >= 0, let fr = a.language.french, sp.kind == .person {
      if sp.title == nil, sp.resolution == .explicit { sp.title = a.frenchTitleBefore(r, fr) }
      if let title = sp.title { noteTitle(title, of: resolved) }
    }
    if debugNames { print("RESOLVE", p.text, "->", sp.name ?? "nil", sp.kind, sp.resolution) }
    if resolved >= 0 {
      if let named = entities[resolved].named, let own = sp.span, named.end <= own.start || named.start >= own.end {
        sp.antecedent = named
      }
      sight(resolved, at: r.lowerBound, in: a, salience: 4)
    }
    return sp
  }

  /// Runs the steps before ``description(_:_:in:at:)`` on phrase `p`; true when one resolved it.
  mutating func resolveSteps(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    knownEntity(p, &sp, at: position) || pronoun(p, &sp, in: a, at: position) || place(p, &sp, in: a, at: position)
      || affiliation(p, &sp, in: a, at: position) || a.language.french != nil && frenchOwner(p, &sp, in: a, at: position)
      || properName(p, nameRun(of: p, in: a), &sp, in: a, at: position)
  }

  /// Gives speaker `sp` the name, kind and country of entity `i`, found by `resolution`, and
  /// makes it the most recent.
  mutating func adopt(_ i: Int, _ sp: inout Speaker, _ resolution: Resolution, at position: Int) {
    var i = i
    while entities[i].fuller >= 0 { i = entities[i].fuller }
    // (Field by field: a copy of the whole entity retains and releases all it holds.)
    sp.name = entities[i].name
    sp.kind = entities[i].kind
    sp.country = entities[i].country
    sp.resolution = resolution
    entities[i].lastSeen = position
    touch(i)
    resolved = i
  }

  /// Notes the words of `title` (`conseillère`, `municipale`) among entity `i`'s titles.
  mutating func noteTitle(_ title: String, of i: Int) {
    guard !frozen else { return }
    for w in title.split(separator: " ") { entities[i].titles.insert(w.lowercased()) }
  }

  /// The most recently mentioned entity that passes `ok`, among the recent ones.
  func mostRecent(_ ok: (Entity) -> Bool) -> Int? {
    // Entities are read in place: no copy of each one tried.
    entities.withUnsafeBufferPointer { es in
      for i in recent where ok(es[i]) { return i }
      return nil
    }
  }

  /// The antecedent of a pronoun: among the latest mentions before `position` (none inside
  /// ``excluded``) that pass `ok`, within three sentences of the nearest, the one with the best
  /// salience less its distance in sentences: a speaker a sentence back beats a possessive in the
  /// nearest sentence (`Howard said. Mr Blair's plan failed, he added` → Howard), a subject in the
  /// nearest sentence beats an older speaker, a subject beats a possessive in one sentence
  /// (`Jenna Morrow's mother, Karen Morrow, …. She said` → Karen); ties go to the latest.
  func antecedent(before position: Int, _ ok: (Entity) -> Bool) -> Int? {
    var found = -1
    var best = Int.min
    var newest: Int32 = -1
    var seen = 0
    // Entities are read in place: no copy of each one tried.
    entities.withUnsafeBufferPointer { es in
      for s in sightings.reversed() {
        seen += 1
        if seen > Self.sightingCap { break }
        let at = Int(s.position)
        if at >= position || excluded.contains(at) { continue }
        let i = Int(s.entity)
        guard i != besides, ok(es[i]) else { continue }
        if newest < 0 { newest = s.sentence }
        let distance = Int(newest - s.sentence)
        if distance > 3 { break }
        let score = Int(s.salience) - 2 * distance
        // Walking back: the later mention wins ties.
        if score > best {
          (found, best) = (i, score)
        }
      }
    }
    return found >= 0 ? found : nil
  }

  /// The person a shorter name stands for (`Lavrov`, `Von der Leyen`, `Wang`, `Mauricio`): the
  /// latest person with more words whose last words they are, else (one word) whose first word,
  /// that fits the gender and titles given.
  func person(named words: Words, gender: Gender, titles: Set<String>) -> Int? {
    for (n, table) in [surnames, firstWords].enumerated() {
      guard n == 0 || words.count == 1, let list = table[n == 0 ? words.last : words.first] else { continue }
      var best = -1
      for i in list where entities[i].kind == .person || entities[i].kind == .unknown {
        let e = entities[i]
        guard e.words.count > words.count, words.isSubset(of: e.words) else { continue }
        if gender != .unknown && e.gender != .unknown && e.gender != gender { continue }
        if best < 0 { best = i; continue }
        let (f, g) = (fits(titles, e), fits(titles, entities[best]))
        if f && !g || f == g && e.lastSeen > entities[best].lastSeen { best = i }
      }
      if best >= 0 { return best }
    }
    return nil
  }

  /// Whether the titles of a phrase (`prof`, `professor`) were seen with entity `e`.
  func fits(_ titles: Set<String>, _ e: Entity) -> Bool {
    !titles.isEmpty && titles.contains { t in e.titles.contains { $0.hasPrefix(t) || t.hasPrefix($0) } }
  }

  mutating func touch(_ i: Int) {
    if frozen { return }
    if let at = recent.firstIndex(of: i) { recent.remove(at: at) }
    recent.insert(i, at: 0)
    if recent.count > Self.recentCap { recent.removeLast() }
  }

  /// Notes a mention of entity `i` at token `k`, for pronouns.
  mutating func sight(_ i: Int, at k: Int, in a: Document, salience: Int8) {
    if frozen { return }
    if sightings.count >= 4 * Self.sightingCap { sightings.removeFirst(sightings.count - Self.sightingCap) }
    let sentence = k < a.sentenceOf.count ? a.sentenceOf[k] : -1
    sightings.append(Sighting(entity: Int32(i), position: Int32(k), sentence: sentence, salience: salience))
  }

  /// Makes (or refreshes) the entity named `name`, returning its index. While ``frozen``, a known
  /// entity is returned as it is, and a new one is kept apart: no name, surname or recent list
  /// leads to it. `new` tells that no entity has this name (the caller looked it up).
  @discardableResult
  mutating func remember(
    _ name: String, kind: SpeakerKind, gender: Gender, words: Words, titles: Set<String>, country: String?, at position: Int, new: Bool = false
  ) -> Int {
    if frozen {
      if !new, let i = index[name] { return i }
      entities.append(Entity(name: name, kind: kind, gender: gender, words: words, titles: titles, country: country, lastSeen: position))
      return entities.count - 1
    }
    if !new, let i = index[name] {
      entities[i].lastSeen = position
      entities[i].titles.formUnion(titles)
      if entities[i].gender == .unknown { entities[i].gender = gender }
      if entities[i].kind == .unknown { entities[i].kind = kind }
      touch(i)
      return i
    }
    let i = entities.count
    entities.append(Entity(name: name, kind: kind, gender: gender, words: words, titles: titles, country: country, lastSeen: position))
    index[name] = i
    if kind == .person || kind == .unknown, words.count > 1 {
      surnames[words.last, default: []].append(i)
      firstWords[words.first, default: []].append(i)
      // `says Howard` in a headline, `Michael Howard` after it: the surname stands for the full name.
      if kind == .person, let space = name.utf8.lastIndex(of: 0x20), case let last = String(name[name.utf8.index(after: space)...]),
        let single = index[last], entities[single].kind == .person || entities[single].kind == .unknown
      {
        index[last] = i
        entities[single].fuller = i
      }
    }
    // `OptInRealBig.com`: the name before its domain names it too.
    if kind == .organization, words.count == 1, let dot = name.utf8.firstIndex(of: 0x2E), case let stem = String(name[..<dot]), stem.utf8.count > 2 {
      if let j = index[stem], j != i {
        entities[j].fuller = i
      }
      index[stem] = i
    }
    // `US insurer Marsh`, then `Marsh & McLennan`: a shorter organisation's name opening the
    // fuller one is the same body, named in full.
    if kind == .organization, words.count > 1 {
      for j in recent where j != i && entities[j].kind == .organization && entities[j].fuller < 0 && entities[j].words.count < words.count
        && entities[j].words.first == words.first && entities[j].words.isSubset(of: words) && name.hasPrefix(entities[j].name)
      {
        entities[j].fuller = i
        index[entities[j].name] = i
        entities[i].titles.formUnion(entities[j].titles)
        if entities[i].typeNoun == 0 { entities[i].typeNoun = entities[j].typeNoun }
      }
    }
    touch(i)
    return i
  }
}
