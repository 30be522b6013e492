/// An entity the user knows about: a canonical name with aliases (`--entities`).
public struct KnownEntity: Sendable, Hashable {
  /// The canonical name to report.
  public var name: String
  /// Other ways the article may name it (`Pashinyan`, `the Armenian prime minister`).
  public var aliases: [String]
  /// Its kind.
  public var kind: SpeakerKind
  /// For a government or official, the country.
  public var country: String?

  /// A known entity with its aliases (matched case-insensitively, with or without `the`).
  public init(name: String, aliases: [String] = [], kind: SpeakerKind = .person, country: String? = nil) {
    self.name = name
    self.aliases = aliases
    self.kind = kind
    self.country = country
  }

  func matches(_ phrase: String) -> Bool {
    func bare(_ s: String) -> String {
      let l = s.lowercased()
      return l.hasPrefix("the ") ? String(l.dropFirst(4)) : l
    }
    let p = bare(phrase)
    return p == bare(name) || aliases.contains { bare($0) == p }
  }
}
