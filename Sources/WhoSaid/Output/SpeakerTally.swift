extension RecordWriter {
  /// One speaker of an article: its name, kind, the phrases used for it, and how often it is quoted.
  public struct SpeakerSummary: Sendable, Hashable {
    /// The canonical name.
    public var name: String
    /// The entity's kind.
    public var kind: SpeakerKind
    /// The phrases the article uses for it, in order of first use.
    public var mentions: [String]
    /// How many attributions it has.
    public var quotes: Int
    /// The country a government (or a body named for one) speaks for, when known.
    public var country: String? = nil
  }

  /// The article's speakers, most-quoted first (ties in order of appearance).
  ///
  /// - Complexity: O(n log n) in the number of attributions.
  public static func summary(_ attributions: [Attribution]) -> [SpeakerSummary] {
    var tally = SpeakerTally()
    tally.add(attributions)
    return tally.ranked
  }
}

/// The speakers of an article counted as its attributions come, perhaps window by
/// window: each speaker's kind, the phrases used for it, and its number of quotes, in
/// order of first appearance.
///
/// ```swift
/// var tally = SpeakerTally()
/// tally.add(firstWindow)   // Ana (1 quote), Ben (2)
/// tally.add(secondWindow)  // Ben (1), Cleo (1)
/// tally.ranked             // Ben 3, Ana 1, Cleo 1
/// ```
public struct SpeakerTally: Sendable {
  public typealias SpeakerSummary = RecordWriter.SpeakerSummary
  /// The speakers in order of first appearance.
  public private(set) var speakers: [SpeakerSummary] = []
  private var position: [String: Int] = [:]

  /// An empty tally.
  public init() {}

  /// Counts the named speakers of `attributions` (in text order).
  ///
  /// - Complexity: O(n) in the number of attributions (amortized).
  public mutating func add(_ attributions: [Attribution]) {
    for a in attributions {
      guard let s = a.speaker, let name = s.name else { continue }
      let i = index(name, kind: s.kind)
      if speakers[i].country == nil { speakers[i].country = s.country }
      speakers[i].quotes += 1
      if !s.text.isEmpty && !speakers[i].mentions.contains(s.text) { speakers[i].mentions.append(s.text) }
    }
  }

  /// Adds the speakers counted by another tally of the text that follows.
  public mutating func add(_ other: SpeakerTally) {
    for s in other.speakers {
      let i = index(s.name, kind: s.kind)
      if speakers[i].country == nil { speakers[i].country = s.country }
      speakers[i].quotes += s.quotes
      for m in s.mentions where !speakers[i].mentions.contains(m) { speakers[i].mentions.append(m) }
    }
  }

  /// The speakers, most-quoted first; ties in order of appearance; the governments and bodies of
  /// one country together, where the most-quoted of them ranks (`Moscow` 3, `Kyiv` 2, `the
  /// Kremlin` 1 → Moscow, Kremlin, Kyiv).
  ///
  /// - Complexity: O(s log s) for s speakers.
  public var ranked: [SpeakerSummary] {
    guard speakers.count > 1 else { return speakers }
    var order = Array(speakers.indices)
    order.sort { speakers[$0].quotes != speakers[$1].quotes ? speakers[$0].quotes > speakers[$1].quotes : $0 < $1 }
    var out: [SpeakerSummary] = []
    out.reserveCapacity(order.count)
    var placed = [Bool](repeating: false, count: speakers.count)
    for (at, i) in order.enumerated() where !placed[i] {
      out.append(speakers[i])
      placed[i] = true
      guard let country = speakers[i].country else { continue }
      for j in order[(at + 1)...] where !placed[j] && speakers[j].country == country {
        out.append(speakers[j])
        placed[j] = true
      }
    }
    return out
  }

  /// The index of `name`, added when new. An article names a handful of speakers:
  /// they are looked up in the list itself until there are many, then by a dictionary.
  private mutating func index(_ name: String, kind: SpeakerKind) -> Int {
    if let known = speakers.count <= 16 ? speakers.firstIndex(where: { $0.name == name }) : position[name] {
      return known
    }
    let i = speakers.count
    speakers.append(SpeakerSummary(name: name, kind: kind, mentions: [], quotes: 0))
    if speakers.count == 17 {
      for (k, e) in speakers.enumerated() { position[e.name] = k }
    } else if speakers.count > 17 {
      position[name] = i
    }
    return i
  }
}
