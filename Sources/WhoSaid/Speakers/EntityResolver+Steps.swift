/// The rule steps of ``EntityResolver/resolve(_:in:position:)``, in the order they run.
extension EntityResolver {
  /// `Pashinyan`, with `--entities` listing `Nikol Pashinyan` and that alias: what the user told us.
  @inline(__always)
  mutating func knownEntity(_ p: Phrase, _ sp: inout Speaker, at position: Int) -> Bool {
    let bare = p.bare
    guard let k = known.first(where: { $0.matches(bare) }) else { return false }
    let i = remember(k.name, kind: k.kind, gender: .unknown, words: Words(k.name), titles: [], country: k.country, at: position)
    adopt(i, &sp, bare == k.name ? .explicit : .alias, at: position)
    sp.kind = k.kind
    sp.country = k.country
    return true
  }

  /// `he`, `sie`, `Demnach`, `seiner Meinung nach`: a pronoun takes the latest compatible entity (see
  /// ``antecedent(before:_:)``); a source adverb (German `Demnach`) stands for the latest speaker,
  /// of any kind.
  @inline(__always)
  mutating func pronoun(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let r = p.range
    let ks = p.words
    if ks.count == 1, profile.known.sourceAdverbs.contains(a.tokens[ks[0]].word) {
      sp.resolution = .pronoun
      if let i = mostRecent({ !$0.isPlace }) { adopt(i, &sp, .pronoun, at: position) }
      return true
    }
    // German `seiner Meinung nach`: a possessive before a source noun stands for its owner.
    let possessive: WordRole = ks.count == 1 && r.count == 2 && profile.capitalizesNouns ? possessivePronoun(r, a) : []
    guard ks.count == 1, case let role = possessive.isEmpty ? profile.role(a.tokens[ks[0]].word) : possessive, role.any(.pronoun) else { return false }
    sp.resolution = .pronoun
    if let i = pronounAntecedent(role, before: r.lowerBound) {
      adopt(i, &sp, .pronoun, at: position)
      // `she` after `Okafor`: the pronoun tells the gender.
      if entities[i].gender == .unknown, entities[i].kind == .person, !role.contains(.theyPronoun) {
        entities[i].gender = role.contains(.hePronoun) ? .male : role.contains(.shePronoun) ? .female : .unknown
      }
    } else {
      sp.kind = role.contains(.theyPronoun) && !role.contains(.shePronoun) ? .group : .person
    }
    return true
  }

  /// The entity a pronoun with `role` stands for, mentioned before token `k`.
  func pronounAntecedent(_ role: WordRole, before k: Int) -> Int? {
    func isPerson(_ e: Entity) -> Bool { (e.kind == .person || e.kind == .anonymous) && !e.isPlace }
    func isBody(_ e: Entity) -> Bool { (e.kind == .group || e.kind == .organization || e.kind == .government) && !e.isPlace }
    if role.contains(.hePronoun) {
      return person(of: .male, before: k)
    } else if role.contains(.shePronoun) {
      // German `sie` is also `they`.
      return person(of: .female, before: k) ?? (role.contains(.theyPronoun) ? antecedent(before: k, isBody) : nil)
    } else if role.contains(.theyPronoun) {
      return antecedent(before: k) { isBody($0) || $0.kind == .unknown && !$0.isPlace }
    } else if role.contains(.itPronoun) {
      return antecedent(before: k) { ($0.kind == .organization || $0.kind == .government) && !$0.isPlace }
    }
    return nil
  }

  /// The person `he` or `she` stands for: the latest of that gender, unless one whose gender is
  /// unknown was named more than a sentence after it (`Okafor, 19, has nine goals. "…," he said`).
  func person(of gender: Gender, before k: Int) -> Int? {
    func isPerson(_ e: Entity) -> Bool { (e.kind == .person || e.kind == .anonymous) && !e.isPlace }
    let known = antecedent(before: k) { isPerson($0) && $0.gender == gender }
    let unknown = antecedent(before: k) { isPerson($0) && $0.gender == .unknown }
    guard let u = unknown else { return known }
    guard let g = known else { return u }
    return lastSentence(of: u, before: k) > lastSentence(of: g, before: k) + 1 ? u : g
  }

  /// The sentence of the latest sighting of entity `i` before token `k` (-1 if none is kept).
  func lastSentence(of i: Int, before k: Int) -> Int32 {
    for s in sightings.reversed() where Int(s.entity) == i && Int(s.position) < k && !excluded.contains(Int(s.position)) { return s.sentence }
    return -1
  }

  /// `Moscow said`, `the Kremlin`: capitals and seats of government speak for their governments.
  @inline(__always)
  mutating func place(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let bare = p.bare
    guard let place = gazetteer.place(bare) else { return false }
    let i = remember(bare, kind: .government, gender: .unknown, words: Words(bare), titles: [], country: place.country, at: position)
    if let f = p.words.first { entities[i].named = a.span(f..<p.range.upperBound) }
    adopt(i, &sp, place.isSeat ? .metonymy : .explicit, at: position)
    return true
  }

  /// `a spokesman for Ofcom`, `Two people familiar with the negotiations`, `Leaders of the Sandy Narrows
  /// Cree Nation`: a person or group noun with what it belongs to is an anonymous or group source,
  /// named as written (without its article); a government it speaks for gives its country.
  @inline(__always)
  mutating func affiliation(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let ks = p.words
    guard let link = ks.firstIndex(where: { a.tokens[$0].word == profile.known.for || a.tokens[$0].word == profile.known.of || profile.role(a.tokens[$0].word).contains(.preposition) || frenchContracted($0, a) }),
      link > 0, link + 1 < ks.count
    else { return false }
    // The head noun, perhaps with an adjective after it (`people familiar with`, `diplomat involved in`).
    var h = link - 1
    if h > 0, !profile.role(a.tokens[ks[h]].word).any(.speakerNoun), !a.tokens[ks[h]].isCapitalized { h -= 1 }
    let head = a.tokens[ks[h]]
    let role = profile.role(head.word)
    guard role.any([.personNoun, .groupNoun]), !head.isCapitalized || h == 0 && !role.contains(.title) else { return false }
    // `Secretary of State`, `Chief of Staff`: a title with `of` before a name is no affiliation;
    // nor French `la ministre de la Santé Claire Roux`: a title, its complement, then the name.
    if head.isCapitalized || a.language.french != nil, a.isTitleWord(ks[h]), ks[(link + 1)...].contains(where: { a.isFirstName($0) }) { return false }
    let name = a.string(p.written..<p.range.upperBound)
    var rest = Array(ks[(link + 1)...])
    while let f = rest.first, profile.role(a.tokens[f].word).contains(.determiner) { rest.removeFirst() }
    let country = rest.first.flatMap { f in gazetteer.place(a.string(f..<(rest[rest.count - 1] + 1)))?.country }
    let plural = role.contains(.groupNoun) && !role.contains(.personNoun)
    let kind: SpeakerKind = plural ? .group : p.indefinite || !hasDeterminer(p, a) ? .anonymous : .person
    let i = remember(name, kind: kind, gender: Self.gender(of: ks[h], in: a), words: Words(name), titles: [], country: country, at: position)
    entities[i].named = a.span(p.written..<p.range.upperBound)
    adopt(i, &sp, .explicit, at: position)
    return true
  }

  /// French `une étude de l'institut Kerel`, `les chiffres publiés jeudi par l'Observatoire`, `la
  /// direction de Valmet`: a text speaks for whoever issued it, a management for its body (which
  /// `la direction` then names): the phrase after `de` or `par` is resolved.
  @inline(never)
  mutating func frenchOwner(_ p: Phrase, _ sp: inout Speaker, in a: Document, at position: Int) -> Bool {
    let ks = p.words
    guard let fr = a.language.french, let h = ks.first, ks.count >= 2, a.tokens[h].kind == .word,
      case let management = fr.management.contains(a.tokens[h].word), management || fr.issuedTexts.contains(a.tokens[h].word)
    else { return false }
    // The link: right after the noun, or `par` after a participle and a time word or two.
    var j = h + 1
    if !a.isFrenchLink(j, fr), !management {
      while j < p.range.upperBound, j < h + 4, a.tokens[j].kind == .word, a.tokens[j].word != fr.by { j += 1 }
    }
    guard j + 1 < p.range.upperBound, a.isFrenchLink(j, fr) || a.tokens[j].word == fr.by else { return false }
    let owner = phrase((j + 1)..<p.range.upperBound, in: a)
    // (`la direction de course`: no body named.)
    guard !owner.words.isEmpty, owner.words.contains(where: { a.tokens[$0].isCapitalized }) else { return false }
    if !resolveSteps(owner, &sp, in: a, at: position) { description(owner, &sp, in: a, at: position) }
    if sp.resolution == .explicit { sp.resolution = .alias }
    if management, resolved >= 0 { noteTitle(a.string(h..<(h + 1)), of: resolved) }
    return true
  }

  /// French `une infirmière des urgences`: `des`, `du` link a complement to a person noun that is
  /// no title (`le ministre des Transports` is a title's description).
  func frenchContracted(_ k: Int, _ a: Document) -> Bool {
    guard let fr = a.language.french, k > 0, fr.contractedOf.contains(a.tokens[k].word) else { return false }
    return !profile.role(a.tokens[k - 1].word).contains(.title)
  }

  /// Whether phrase `p` opens with a determiner or possessive (`the`, `his`): a definite description.
  func hasDeterminer(_ p: Phrase, _ a: Document) -> Bool {
    p.range.lowerBound < (p.words.first ?? p.range.upperBound) && !p.indefinite
  }

  /// The gender a person noun or title gives (`spokeswoman`, `King`, `chairman`), or unknown.
  static func gender(of k: Int, in a: Document) -> Gender {
    let role = a.language.profile.role(a.tokens[k].word)
    if role.contains(.femaleTitle) { return .female }
    if role.contains(.maleTitle) { return .male }
    let b = a.bytes(k..<(k + 1))
    func ends(_ s: String) -> Bool {
      let n = s.utf8.count
      guard b.count >= n else { return false }
      for (i, c) in s.utf8.enumerated() where b[b.count - n + i] | 0x20 != c { return false }
      return true
    }
    if ends("person") || ends("people") { return .unknown }
    if ends("woman") || ends("women") || ends("wife") || ends("mother") || ends("daughter") || ends("sister") || ends("girl") { return .female }
    if ends("man") || ends("men") || ends("husband") || ends("father") || ends("son") || ends("brother") || ends("boy") { return .male }
    return .unknown
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
}
