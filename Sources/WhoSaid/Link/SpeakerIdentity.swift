import Foundation

/// What a speaker name says about the entity, for telling aliases of one entity
/// from different speakers across articles (where each article's resolver has
/// already joined its own mentions).
///
/// - A name with no capital letter (`company`, `spokesman`), a title with no name
///   (`Treasury Secretary`) or a headline (`BASS GROUP SAYS`) describes a speaker:
///   it is counted, never a conflict.
/// - A government with a country (`Yerevan` → Armenia) is its country.
/// - Otherwise, after dropping an owner (`Fox's Chris Wallace`), an `of …` after a
///   person's name (`James Fry of GM`), a possessive and `Jr.`, the last word is the
///   surname and the capitalised words just before it, back to a title or a
///   lowercase word, are the given names: `U.S. Trade Representative Clayton
///   Yeutter` → Yeutter, {Clayton}.
///
/// Two names are one entity when their surnames agree and their given names do not
/// contradict (`Joe Smith`, `Smith`, `President Smith`, `J. Smith`; not `Bill
/// Clinton` and `Hillary Clinton`), or when one is an all-capital acronym of the
/// other (`NATO`). The same rules are in `examples/spark/linkrules.py`.
struct SpeakerIdentity: Equatable {
  /// The identities of the names met so far (names recur across groups).
  final class Cache {
    var known: [String: SpeakerIdentity?] = [:]

    func identity(name: String, kind: String?, country: String?) -> SpeakerIdentity? {
      let key = "\(name)\u{0}\(kind ?? "")\u{0}\(kind == "government" ? country ?? "" : "")"
      if let hit = known[key] { return hit }
      if known.count >= 1 << 16 { known.removeAll(keepingCapacity: true) }
      let made = SpeakerIdentity(name: name, kind: kind, country: country)
      known[key] = made
      return made
    }
  }

  var country: String?
  var surname = ""
  var given: Set<String> = []
  var initials: Set<Unicode.Scalar> = []
  var acronym: String?
  var letters = ""

  /// Single words that are titles or offices, not given names (lowercased, no dots).
  static let titles: Set<String> = Set(
    """
    mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron rev reverend
    father sister rabbi imam cardinal archbishop bishop pope patriarch ayatollah sheikh
    sheikha emir sultan crown king queen prince princess duke duchess president vice
    president-elect prime premier chancellor minister deputy governor gov lt lieutenant
    mayor secretary general attorney sen senator rep representative congressman
    congresswoman speaker chairman chairwoman chair ceo chief executive director judge
    justice gen col colonel maj major capt captain sgt sergeant adm admiral commissioner
    ambassador spokesman spokeswoman spokesperson leader herr herrn frau bundeskanzler
    bundeskanzlerin kanzler kanzlerin bundespräsident bundespräsidentin präsident
    präsidentin ministerin bundesminister bundesministerin m mme mlle monsieur madame
    président présidente ministre
    """.split(whereSeparator: \.isWhitespace).map(String.init))
  static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

  /// The identity of a speaker, or nil for no name or a description.
  init?(name: String?, kind: String?, country: String?) {
    guard let name, !name.isEmpty else { return nil }
    if kind == "government", let country, !country.isEmpty {
      self.country = Self.fold(country).lowercased()
      return
    }
    let tokens = Self.tokens(name, person: kind == "person")
    guard let last = tokens.last, tokens.contains(where: Self.capitalised) else { return nil }
    if Self.titles.contains(Self.bare(last)) { return nil }
    if tokens.count > 1, !tokens.contains(where: { $0.unicodeScalars.contains { $0.properties.isLowercase } }) { return nil }
    surname = Self.bare(last)
    for t in tokens.dropLast().reversed() {
      guard Self.capitalised(t), !Self.titles.contains(Self.bare(t)) else { break }
      let g = Self.bare(t)
      if g.unicodeScalars.count > 1 { given.insert(g) }
      if let first = g.unicodeScalars.first { initials.insert(first) }
    }
    if tokens.count == 1, surname.unicodeScalars.count >= 2, Self.isUpper(last) {
      acronym = surname
    }
    for t in tokens where Self.capitalised(t) {
      let b = Self.bare(t)
      letters += t.contains(".") ? b : String(b.unicodeScalars.prefix(1))
    }
  }

  /// Whether two identities are one entity.
  func same(_ o: SpeakerIdentity) -> Bool {
    if (country == nil) != (o.country == nil) { return false }
    if let country { return country == o.country }
    if let acronym, acronym == o.letters, o.letters.unicodeScalars.count >= 2 { return true }
    if let a = o.acronym, a == letters, letters.unicodeScalars.count >= 2 { return true }
    guard surname == o.surname else { return false }
    if !given.isEmpty && !o.given.isEmpty { return !given.isDisjoint(with: o.given) }
    if !given.isEmpty, o.given.isEmpty, !o.initials.isEmpty { return !o.initials.isDisjoint(with: Self.firsts(given)) }
    if !o.given.isEmpty, given.isEmpty, !initials.isEmpty { return !initials.isDisjoint(with: Self.firsts(o.given)) }
    if !initials.isEmpty, !o.initials.isEmpty, given.isEmpty, o.given.isEmpty { return !initials.isDisjoint(with: o.initials) }
    return true
  }

  /// Whether the name has given names (not only initials).
  var hasGivenName: Bool { country == nil && !given.isEmpty }

  static func firsts(_ s: Set<String>) -> Set<Unicode.Scalar> { Set(s.compactMap(\.unicodeScalars.first)) }

  /// The words that identify a name: no owner, no `of …` after a person, no
  /// possessive, no `Jr.`.
  static func tokens(_ name: String, person: Bool) -> [String] {
    let strip: Set<Character> = [",", ";", ":", "(", ")"]
    var tokens = fold(name).split(whereSeparator: \.isWhitespace).map { t -> String in
      var t = Substring(t)
      while let f = t.first, strip.contains(f) { t = t.dropFirst() }
      while let l = t.last, strip.contains(l) { t = t.dropLast() }
      return String(t)
    }.filter { !$0.isEmpty }
    if tokens.count >= 2, let i = tokens.indices.dropLast().last(where: { possessive(tokens[$0]) != nil }) {
      tokens = Array(tokens[(i + 1)...])
    }
    if person, tokens.count > 2, let i = tokens[2...].firstIndex(of: "of") { tokens = Array(tokens[..<i]) }
    if let last = tokens.last, let bare = possessive(last) { tokens[tokens.count - 1] = bare }
    while let last = tokens.last, suffixes.contains(bare(last)) { tokens.removeLast() }
    return tokens
  }

  /// The word without its possessive ending, or nil when it has none.
  static func possessive(_ t: String) -> String? {
    for ending in ["'s", "\u{2019}s", "'", "\u{2019}"] where t.hasSuffix(ending) && t.unicodeScalars.count > ending.unicodeScalars.count {
      return String(String.UnicodeScalarView(t.unicodeScalars.dropLast(ending.unicodeScalars.count)))
    }
    return nil
  }

  static func bare(_ t: String) -> String {
    t.utf8.contains(0x2E) ? String(String.UnicodeScalarView(t.unicodeScalars.filter { $0 != "." })).lowercased() : t.lowercased()
  }

  static func capitalised(_ t: String) -> Bool { t.unicodeScalars.first?.properties.isUppercase ?? false }

  static func isUpper(_ t: String) -> Bool {
    let s = t.unicodeScalars
    return s.contains { $0.properties.isUppercase } && !s.contains { $0.properties.isLowercase }
  }

  /// Without accents: `Calderón` → `Calderon`.
  static func fold(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
    let kept = s.decomposedStringWithCanonicalMapping.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }
    return String(String.UnicodeScalarView(kept))
  }
}
