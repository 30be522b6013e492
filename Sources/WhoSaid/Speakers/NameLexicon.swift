/// Words that tell what a capitalized name is when the profile's roles do not: the words that end a
/// law's or a place's name (`the Harlan Act`, `Haldane County`), that make a name an organisation's
/// (`Northlight Robotics`, `Brightwave Inc`), honorifics that are no title (`Mr`), the agencies of
/// photo credits (`Getty Images`, `AP Photo`), and the state abbreviations of US party tags
/// (`D-Mass.`). Looked up by the hash of a word's lower-cased bytes (``Words``), without a string.
struct NameLexicon: Sendable {
  /// The last word of a law, a treaty or an event: such a name never speaks (`Bill C-12` is caught by
  /// its digits).
  var lawHeads: KeySet = []
  /// The last word of a place's name: it speaks, if at all, as an organisation (`the county said`).
  var placeHeads: KeySet = []
  /// The first words of places' names (`New York`, `San Diego`, `Fort Worth`).
  var placeLeads: KeySet = []
  /// Capitalized words that make a name an organisation's.
  var organizationWords: KeySet = []
  /// Honorifics: titles that are no role (`Mr Fraser` has no title).
  var honorifics: KeySet = []
  /// Credit and caption phrases, as word hashes (`getty images`, `image caption`).
  var credits: [[UInt64]] = []
  /// The first words of the credits: a word not among them opens none (checked first).
  var creditHeads: KeySet = []
  /// US state names and abbreviations after a party letter (`D-Mass.`, `R-Texas`).
  var states: KeySet = []
  /// Documents and texts that speak for whoever issued them (`statement`, `website`).
  var issuedTexts: KeySet = []
  /// Possessive determiners and the pronouns they stand for (`its` → it).
  var possessivePronouns: [UInt64: WordRole] = [:]
  /// Top-level domains that end a firm's name (`OptInRealBig.com`).
  var domains: KeySet = KeySet("com org net io co uk ca au de fr info biz tv ai".split(separator: " ").map { Words.hash(String($0)) })
  /// Whether an office with no one titled so yet stands for the person just named (`Michael Howard
  /// has said. … the Conservative leader said`): where titles are capitalized nouns (German) too
  /// many descriptions name someone new.
  var officesNameUntitled = false
  /// Whether organisations' names are title-cased words (`Ruritanian Defence Ministry`).
  var titleCasesOrganizations = false
  /// The words that end a title (`Minister`, `Sen`, not `Foreign` or `Trade`); empty: any title word.
  var titleEnds: KeySet = []
  /// Organisation words of companies (`Robotics`, `Inc`), and the heads that may stand for a
  /// company whatever its name (`the company`, `the firm`, `the insurer`).
  var companyWords: KeySet = []
  var companyHeads: KeySet = []
  /// The heads that may stand for a body whose name has no such noun (`the club` for `Kelso
  /// Rovers`, `the company` for `Marsh & McLennan`): the company heads and a few more.
  var bodyHeads: KeySet = []

  /// The lexicon of a language by its code (empty but for the credits where none is written).
  static func forLanguage(_ code: String) -> NameLexicon {
    code == "en" ? english : code == "fr" ? french : neutral
  }

  /// French: the credits; a role with no one titled so yet stands for the person just named (`Yann
  /// Morel a signé. … a expliqué le capitaine`), its article telling the gender; a company's heads
  /// stand for a body whose name has no such noun (`le groupe` for `Hôtels Lumière`).
  static let french: NameLexicon = {
    var l = neutral
    l.officesNameUntitled = true
    l.bodyHeads = KeySet(FrenchNameLexiconData.bodyHeads.asciiSplit([0x20, 0x0A]).map { Words.hash(String($0)) })
    return l
  }()

  /// Credits are the agencies' own names, written the same in any language.
  static let neutral: NameLexicon = {
    var l = NameLexicon()
    l.credits = NameLexiconData.credits.asciiSplit([0x0A]).map { line in line.asciiSplit([0x20]).map { Words.hash(String($0)) } }
    l.creditHeads = KeySet(l.credits.compactMap(\.first))
    return l
  }()

  static let english: NameLexicon = {
    var l = neutral
    func set(_ words: String) -> KeySet { KeySet(words.asciiSplit([0x20, 0x0A]).map { Words.hash(String($0)) }) }
    l.lawHeads = set(EnglishNameLexiconData.lawHeads)
    l.placeHeads = set(EnglishNameLexiconData.placeHeads)
    l.placeLeads = set(EnglishNameLexiconData.placeLeads)
    l.organizationWords = set(EnglishNameLexiconData.organizationWords)
    l.honorifics = set(EnglishNameLexiconData.honorifics)
    l.states = set(EnglishNameLexiconData.usStates)
    l.issuedTexts = set(EnglishNameLexiconData.issuedTexts)
    l.possessivePronouns = [
      Words.hash("its"): .itPronoun, Words.hash("his"): .hePronoun, Words.hash("her"): .shePronoun, Words.hash("their"): .theyPronoun,
    ]
    l.titleCasesOrganizations = true
    l.officesNameUntitled = true
    l.companyWords = set(EnglishNameLexiconData.companyWords)
    l.companyHeads = set(EnglishNameLexiconData.companyHeads)
    l.bodyHeads = l.companyHeads.union(set(EnglishNameLexiconData.bodyHeads))
    // The last word of each title line (`Foreign Minister` ends in `Minister`).
    for line in EnglishNameData.titles.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      guard let title = line.asciiFields(0x7C).first, var last = title.asciiSplit([0x20]).last else { continue }
      if last.hasSuffix(".") { last = last.dropLast() }
      l.titleEnds.insert(Words.hash(last.lowercased()))
    }
    return l
  }()

  /// The hash of a word's bytes, ASCII lower-cased, a possessive `'s`/`’s` dropped (as ``Words``).
  @inline(__always)
  static func key(_ p: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var n = p.count
    if n > 2, p[n - 1] | 0x20 == 0x73, p[n - 2] == 0x27 {
      n -= 2
    } else if n > 4, p[n - 1] | 0x20 == 0x73, p[n - 2] == 0x99, p[n - 3] == 0x80, p[n - 4] == 0xE2 {
      n -= 4
    }
    var h = Words.seed
    for i in 0..<n {
      let b = p[i]
      let l = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      h = (h ^ UInt64(l)) &* 0x100_0000_01b3
    }
    return h
  }
}

extension Document {
  /// The ``NameLexicon/key(_:)`` of token `k`.
  @inline(__always)
  func nameKey(_ k: Int) -> UInt64 { NameLexicon.key(bytes(k..<(k + 1))) }

  /// Whether word `k` holds a digit (`C-12`, `2024`): no person's name does.
  func hasDigit(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.kind == .number { return true }
    for i in Int(t.start)..<Int(t.end) where text[i] >= 0x30 && text[i] <= 0x39 { return true }
    return false
  }

  /// The number of words of a credit phrase (`Getty Images`, `THE CANADIAN PRESS`) starting at
  /// token `k`, or 0.
  func creditLength(at k: Int) -> Int {
    guard k < tokens.count, tokens[k].kind == .word, language.names.creditHeads.contains(nameKey(k)) else { return 0 }
    var best = 0
    for c in language.names.credits where c.count > best && k + c.count <= tokens.count {
      var ok = true
      for (i, h) in c.enumerated() where tokens[k + i].kind != .word || nameKey(k + i) != h {
        ok = false
        break
      }
      if ok { best = c.count }
    }
    return best
  }

  /// `D-Mass`, `R-Texas`, `I-Vt`: a US party letter, a hyphen and a state (before an optional
  /// period): a tag after a legislator's name, never a sentence end.
  func isPartyTag(_ k: Int, _ lexicon: NameLexicon) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length >= 4, t.length <= 12 else { return false }
    let a = Int(t.start)
    let party = text[a]
    guard party == 0x44 || party == 0x52 || party == 0x49, text[a + 1] == 0x2D else { return false }
    return lexicon.states.contains(NameLexicon.key(UnsafeBufferPointer(rebasing: text[(a + 2)..<Int(t.end)])))
  }
}

extension NameLexicon {
  /// The articles a source's name as written leaves out (`a senior diplomat` → `senior diplomat`;
  /// `Two people familiar with …` keeps its number), in English, German and French.
  static let articles: KeySet = KeySet(
    "the a an le la les l' l’ un une der die das den dem des ein eine einen einem einer".split(separator: " ").map { Words.hash(String($0)) })
  /// `by`, opening a byline.
  static let by = Words.hash("by")
  /// The indefinite articles.
  static let a = Words.hash("a")
  static let an = Words.hash("an")
  /// `which`, after a thing's name.
  static let which = Words.hash("which")
  /// `or`, before an acronym (`…, or SUAC,`).
  static let or = Words.hash("or")
}

/// A set of word hashes (``Words``, ``NameLexicon/key(_:)``), looked up by the hash itself: the
/// keys are hashes already, so no second hash runs as in `Set` (open addressing, linear probing,
/// at most half full).
struct KeySet: Sendable, ExpressibleByArrayLiteral {
  private var slots: [UInt64] = [0, 0]
  private var hasZero = false
  private(set) var count = 0

  init() {}
  init<S: Sequence>(_ keys: S) where S.Element == UInt64 { for k in keys { insert(k) } }
  init(arrayLiteral keys: UInt64...) { self.init(keys) }

  var isEmpty: Bool { count == 0 }

  @inline(__always)
  private static func slot(_ k: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: k ^ (k >> 32)) & mask }

  @inline(__always)
  func contains(_ k: UInt64) -> Bool {
    if k == 0 { return hasZero }
    let mask = slots.count - 1
    var i = KeySet.slot(k, mask)
    while true {
      let s = slots[i]
      if s == k { return true }
      if s == 0 { return false }
      i = (i + 1) & mask
    }
  }

  mutating func insert(_ k: UInt64) {
    if k == 0 {
      if !hasZero { hasZero = true; count += 1 }
      return
    }
    guard !contains(k) else { return }
    if (count + 1) * 2 > slots.count {
      let old = slots
      slots = [UInt64](repeating: 0, count: old.count * 2)
      for o in old where o != 0 { place(o) }
    }
    place(k)
    count += 1
  }

  private mutating func place(_ k: UInt64) {
    let mask = slots.count - 1
    var i = KeySet.slot(k, mask)
    while slots[i] != 0 { i = (i + 1) & mask }
    slots[i] = k
  }

  /// The keys of both sets.
  func union(_ other: KeySet) -> KeySet {
    var u = self
    if other.hasZero { u.insert(0) }
    for k in other.slots where k != 0 { u.insert(k) }
    return u
  }
}
