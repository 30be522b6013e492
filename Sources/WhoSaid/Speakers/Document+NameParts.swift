/// The parts of a written name: the titles before it (`Foreign Affairs Minister Ana Ruiz`), the
/// words that make it an organisation's, its text without a possessive ending. Read by the
/// mention finder and the resolver alike, so a name is cut the same way wherever it stands.
extension Document {
  /// Whether word `k` can end a title before a name: a title or a person noun, in any case
  /// (`Minister`, `Sen.`, `critic`, `manager`), but not a first name.
  @inline(__always)
  func isTitleWord(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return false }
    let role = language.profile.role(t.word)
    guard role.contains(.title) || role.contains(.personNoun) && !t.flags.contains(.allCaps) else { return false }
    return !role.any([.maleName, .femaleName, .function, .conjunction, .preposition])
  }

  /// Whether word `k` can end a title (`Minister`, `Sen.`, a person noun like `critic`), not only
  /// begin one (`Foreign`, `Trade`, `Prime`).
  @inline(__always)
  func isTitleEnd(_ k: Int) -> Bool {
    guard isTitleWord(k) else { return false }
    let role = language.profile.role(tokens[k].word)
    return role.contains(.personNoun) || language.names.titleEnds.isEmpty || language.names.titleEnds.contains(nameKey(k))
  }

  /// Whether capitalized word `k` makes a name an organisation's (`Ministry`, `Robotics`, `Inc`).
  @inline(__always)
  func isOrganizationWord(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word else { return t.punctuation == .other }  // `Marsh & McLennan`
    return language.profile.role(t.word).contains(.organizationNoun) || language.names.organizationWords.contains(nameKey(k))
  }

  /// Where the name starts in the tokens `ks` of a name phrase, after its titles: the offset in
  /// `ks` after the last title word that a name follows (`Foreign Affairs Minister Ana Ruiz` → 3,
  /// `Conservative Indigenous services critic Jim Alvarez` → 4, `Missouri Rep. Emanuel Cleaver` →
  /// 3), 0 when no title stands before the name. A title needs a name after it: capitalized words,
  /// none a title or an organisation's word (`General Motors`, `Justice Department` keep theirs).
  ///
  /// - Complexity: O(n) in the number of words.
  func titleCut(_ ks: Range<Int>) -> Int {
    // Scanned from the end: the name is the longest tail of plain capitalized words and initials.
    // (`ks[i]` of the former array of token indices is `b + i`: no array is made.)
    let b = ks.lowerBound
    var tail = ks.count
    var names = 0
    while tail > 0 {
      let k = b + tail - 1
      let t = tokens[k]
      if t.punctuation == .period, names > 0, tail >= 2, tokens[b + tail - 2].length == 1, tokens[b + tail - 2].isCapitalized {
        tail -= 1  // `J. R. Ewing`
        continue
      }
      guard t.kind == .word, t.isCapitalized || names > 0 && isNameParticleWord(k), !isTitleEnd(k), !isOrganizationWord(k),
        !language.profile.role(t.word).contains(.function) || names > 0 && (isNameParticleWord(k) || isFrenchSurnameArticle(k))  // French `M. Le Goff`
      else { break }
      names += 1
      tail -= 1
    }
    guard names > 0, tail > 0, names <= 4 else { return 0 }
    // What stands before the tail must end in a title word (perhaps with its period).
    var j = tail - 1
    if tokens[b + j].punctuation == .period, j > 0 { j -= 1 }
    guard isTitleEnd(b + j) else {
      // `Minister of Foreign Affairs Sergei Lavrov`: a first name inside the tail after a title.
      return firstNameCut(ks, from: tail)
    }
    var start = tail
    while start < ks.count, tokens[b + start].kind != .word { start += 1 }
    return start
  }

  /// `Minister of Foreign Affairs Sergei Lavrov`: a title before the tail, and in the tail a first
  /// name after its first word with a surname after it: the name starts at the first name.
  private func firstNameCut(_ ks: Range<Int>, from tail: Int) -> Int {
    let b = ks.lowerBound
    guard tail < ks.count - 2, (b..<(b + tail)).contains(where: { isTitleWord($0) }) else { return 0 }
    for i in (tail + 1)..<(ks.count - 1) where isFirstName(b + i) { return i }
    return 0
  }

  /// Whether word `k` is a particle of names (`von`, `de`, `van`) in this language.
  @inline(__always)
  func isNameParticleWord(_ k: Int) -> Bool {
    tokens[k].kind == .word && language.profile.nameParticles.contains(tokens[k].word)
  }

  /// The text of the name in tokens `r`, without a possessive ending on its last word (`Ann
  /// Lee’s` → `Ann Lee`).
  func nameText(_ r: Range<Int>) -> String {
    let last = r.upperBound - 1
    guard isPossessive(last) else { return string(r) }
    let s = span(r)
    let e = text[s.end - 2] == 0x27 ? s.end - 2 : s.end - 4
    return String(decoding: UnsafeBufferPointer(rebasing: text[s.start..<e]), as: UTF8.self)
  }

  /// The title written in tokens `r` before a name, as written from its first word after any
  /// determiner or possessor (`The Welsh Government's transport minister` → `transport minister`),
  /// or nil for an honorific alone (`Mr`, `Ms.`).
  func titleText(_ r: Range<Int>) -> String? {
    var s = r.lowerBound
    var e = r.upperBound
    for k in r where isPossessive(k) || tokens[k].kind == .word && language.profile.role(tokens[k].word).any([.determiner, .possessive]) {
      s = k + 1
    }
    while s < e, tokens[s].kind != .word { s += 1 }
    while e > s, let p = punct(e - 1), p != .period { e -= 1 }
    guard s < e, (s..<e).contains(where: { isTitleWord($0) }) else { return nil }
    var words = 0
    var honorifics = 0
    for k in s..<e where tokens[k].kind == .word {
      words += 1
      if language.names.honorifics.contains(nameKey(k)) { honorifics += 1 }
    }
    return words == honorifics ? nil : string(s..<e)
  }
}

extension Document {
  /// Whether the single word `k` reads as an organisation's name rather than a person's: all
  /// capitals (`NATO`), inner periods (`Amazon.com`), or two capitals inside (`OptInRealBig`; not
  /// `McConnell`).
  func looksLikeOrganization(_ k: Int) -> Bool {
    let t = tokens[k]
    if t.flags.contains(.allCaps) || t.flags.contains(.dotted) { return true }
    let b = bytes(k..<(k + 1))
    // (`DearMedia`, `BlackRock`: a capital after three lower-case letters; `McConnell`, `MacDonald` are names.)
    var inner = 0
    var lower = 0
    for i in 0..<b.count {
      if b[i] >= 0x41 && b[i] <= 0x5A {
        if i > 0 && lower > 0 { inner += 1 }
        if lower >= 3 { return true }
        lower = 0
      } else if b[i] >= 0x61 && b[i] <= 0x7A {
        lower += 1
      }
    }
    return inner >= 2
  }

  /// Whether word `k` ends like an English plural (`Miners`, `Rovers`, `Tories`; not `Ross`,
  /// `Cyrus`, `Davis`).
  func endsLikePlural(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length > 4, !isPossessive(k), !language.profile.capitalizesNouns, !t.flags.contains(.allCaps) else { return false }
    let b = bytes(k..<(k + 1))
    let n = b.count
    return b[n - 1] == 0x73 && b[n - 2] != 0x73 && b[n - 2] != 0x75 && b[n - 2] != 0x69 && b[n - 2] >= 0x61
  }

  /// Whether a name goes on after possessive word `k` (`Women's Wear Daily`, `Russia's Foreign
  /// Ministry`), rather than a person's name or title following its place or body (`Dunmore's Ana
  /// Silva`, `Britain's Prince Harry`).
  func possessiveContinuesName(_ k: Int) -> Bool {
    let j = k + 1
    guard j < tokens.count, tokens[j].kind == .word, tokens[j].isCapitalized, !inQuote(j) else { return false }
    return !isFirstName(j) && !isTitleWord(j) && !language.profile.role(tokens[j].word).contains(.function)
  }

  /// Whether the words `r` could be a person's name: none a pronoun or function word (`Him`), none
  /// `of` (`Age of Empire`), none possessive inside (`Women's Wear Daily`).
  func couldBePersonName(_ r: Range<Int>) -> Bool {
    for k in r where tokens[k].kind == .word {
      let role = language.profile.role(tokens[k].word)
      if role.any([.function, .pronoun, .preposition, .conjunction]) && !isNameParticleWord(k) && !isFrenchSurnameArticle(k) { return false }
      if k < r.upperBound - 1 && isPossessive(k) { return false }
    }
    return true
  }

  /// `Cambridge-based`, `Kremlin-backed`, `Moscow-led`: a capitalized word joined by a hyphen to a
  /// lower-case one, an adjective rather than a name.
  func isAdjectiveCompound(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.isCapitalized, t.length > 4 else { return false }
    var i = Int(t.start) + 1
    while i < Int(t.end) - 1 {
      if text[i] == 0x2D { return text[i + 1] >= 0x61 && text[i + 1] <= 0x7A }
      i += 1
    }
    return false
  }

  /// `Bringing Cadillac to Europe`: a word in `-ing` opening a sentence, not a known name.
  func isOpeningGerund(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length > 5, k == 0 || sentenceOf[k - 1] != sentenceOf[k], !isFirstName(k), !language.profile.capitalizesNouns else { return false }
    let e = Int(t.end)
    return text[e - 3] == 0x69 && text[e - 2] == 0x6E && text[e - 1] == 0x67
  }

  /// The hash of the organisation noun that types a name (`Ministry` in `Ruritanian Defence
  /// Ministry`), or 0: `the ministry` may stand for it, `the club` may not.
  func typeNoun(_ r: Range<Int>) -> UInt64 {
    var found: UInt64 = 0
    for k in r where tokens[k].kind == .word && isOrganizationWord(k) {
      found = nameKey(k)
      if language.french != nil { break }  // French names open with their noun (`préfecture du Haut-Valmont`)
    }
    return found
  }

  /// Whether word `k` names a document or text that `says` (`statement`, `website`, `estimate`).
  func isIssuedText(_ k: Int) -> Bool {
    tokens[k].kind == .word && language.names.issuedTexts.contains(nameKey(k))
  }

  /// The pronoun a possessive determiner stands for (`its` → `it`, `her` → `she`), or nil.
  func possessivePronounRole(_ k: Int) -> WordRole? {
    tokens[k].kind == .word ? language.names.possessivePronouns[nameKey(k)] : nil
  }

  /// The roles of possessive word `k` without its `'s` (`commission's` → an organisation noun).
  func possessorRole(_ k: Int) -> WordRole {
    let t = tokens[k]
    guard isPossessive(k) else { return language.profile.role(t.word) }
    let end = Int(t.end) - (text[Int(t.end) - 2] == 0x27 ? 2 : 4)
    return language.profile.role(language.profile.table.lookup(text, Int(t.start), end))
  }

  /// An organisation's name as the article writes it in full, from the words `r` of a phrase: in a
  /// language that capitalizes names' words (English), its words title-cased and a country's
  /// possessive made its demonym (`Ruritania's defence ministry` → `Ruritanian Defence Ministry`,
  /// `the Valdonian foreign ministry` → `Valdonian Foreign Ministry`); elsewhere as written.
  func organizationName(_ r: Range<Int>, gazetteer: Gazetteer) -> String {
    guard language.names.titleCasesOrganizations else { return string(r) }
    var out: [UInt8] = []
    for k in r {
      let t = tokens[k]
      if k > r.lowerBound && t.flags.contains(.spaceBefore) { out.append(0x20) }
      if t.kind == .word && isPossessive(k) && (k == r.lowerBound || k == r.upperBound - 1) {
        let stem = nameText(k..<(k + 1))
        if k == r.lowerBound, t.isCapitalized, let d = gazetteer.demonym(ofCountry: stem) ?? writtenDemonym(stem, near: k) {
          out.append(contentsOf: d.utf8)
          continue
        }
        if k == r.upperBound - 1 {
          out.append(contentsOf: capitalized(stem, k).utf8)
          continue
        }
      }
      out.append(contentsOf: capitalized(string(k..<(k + 1)), k).utf8)
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Word `k`'s text `w` with its first letter in capitals, unless a function word (`of`, `for`).
  private func capitalized(_ w: String, _ k: Int) -> String {
    let t = tokens[k]
    let role = language.profile.role(t.word)
    guard t.kind == .word, !t.isCapitalized, !role.any([.function, .preposition, .conjunction, .determiner]),
      let f = w.utf8.first, f >= 0x61, f <= 0x7A
    else { return w }
    return String(decoding: [f - 0x20] + w.utf8.dropFirst(), as: UTF8.self)
  }

  /// The demonym of a place the article writes itself (`Valdonian` near `Valdonia's`): the stem
  /// with `n`, `an` or `ian`, capitalized, within 500 tokens of `k`.
  func writtenDemonym(_ stem: String, near k: Int) -> String? {
    let candidates = [stem + "n", stem + "an", stem + "ian"]
    let lengths = Set(candidates.map(\.utf8.count))
    for j in max(0, k - 500)..<min(tokens.count, k + 500) where tokens[j].kind == .word && tokens[j].isCapitalized && lengths.contains(tokens[j].length) {
      let w = string(j..<(j + 1))
      if candidates.contains(w) { return w }
    }
    return nil
  }
}

extension Document {
  /// The role an appositive gives the name in tokens `r`, after it (`Tomas Varga, Valdonia's deputy
  /// transport minister, said` → `deputy transport minister`) or before it (`The hospice's chief
  /// executive, Eluned Price, said` → `chief executive`): the words from after the article or
  /// possessor to the last title or person noun before a complement (`of Lornach Dairy`), or nil.
  func appositiveTitle(of r: Range<Int>) -> String? {
    let n = tokens.count
    if r.upperBound + 2 < n, punct(r.upperBound) == .comma, let t = roleTitle(from: r.upperBound + 1, limit: min(n, r.upperBound + 10)) {
      return t
    }
    guard r.lowerBound >= 2, punct(r.lowerBound - 1) == .comma else { return nil }
    var s = r.lowerBound - 2
    while s > 0, s > r.lowerBound - 10, tokens[s - 1].kind == .word || isPossessive(s - 1), sentenceOf[s - 1] == sentenceOf[s] { s -= 1 }
    return roleTitle(from: s, limit: r.lowerBound - 1, whole: true)
  }

  /// The role title of a description starting at `k` (before `limit`, exclusive): its article and
  /// possessors skipped, up to its last title or person noun before a complement or a comma; nil
  /// when it has none, or when `whole` and the role does not end right at `limit`.
  private func roleTitle(from k: Int, limit: Int, whole: Bool = false) -> String? {
    var s = k
    var j = k
    // French `le ministre des Transports`: an article after the title is its complement's.
    let french = language.french != nil
    var titled = false
    while j < limit, tokens[j].kind == .word || isPossessive(j) {
      let role = language.profile.role(tokens[j].word)
      if (isPossessive(j) || role.any([.determiner, .possessive])) && !titled { s = j + 1 }
      if french && isTitleWord(j) { titled = true }
      j += 1
    }
    var e = s
    var k = s
    while k < j {
      if isWordID(k, language.known.of) || isWordID(k, language.known.for) || language.profile.role(tokens[k].word).contains(.preposition)
        || language.profile.role(tokens[k].word).any([.relative, .function]) && !language.profile.role(tokens[k].word).contains(.title)
      {
        break
      }
      if isTitleWord(k) { e = k + 1 }
      k += 1
    }
    guard e > s, !whole || k == limit || punct(limit) == .comma, (s..<e).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
    return string(s..<e)
  }
}
