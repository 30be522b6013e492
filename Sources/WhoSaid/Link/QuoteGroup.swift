/// The same words printed in at least two articles: every occurrence, who they were
/// pinned on, and whether those speakers disagree.
public struct QuoteGroup: Sendable, Equatable {
  /// One speaker of the group's occurrences with how many it has; aliases of one
  /// entity are one speaker (`Joe Smith` with aliases `Smith`, `President Smith`).
  public struct SpeakerCount: Sendable, Equatable {
    /// The most frequent name of the entity (nil for occurrences with no named speaker).
    public var name: String?
    /// The entity's other names in the group, most frequent first.
    public var aliases: [String]
    /// How many occurrences name it.
    public var count: Int
  }

  /// The key of the longest form: the hash of its normalised words.
  public var key: UInt64
  /// The longest form as printed (its first occurrence).
  public var text: String
  /// The longest form's number of normalised words.
  public var words: Int
  /// How many distinct articles print it.
  public var articles: Int
  /// Whether the occurrences name different speakers (see ``LinkRules/conflictMinimum``).
  public var conflict: Bool
  /// The speakers, most occurrences first.
  public var speakers: [SpeakerCount]
  /// Every occurrence, in input order.
  public var occurrences: [QuoteOccurrence]

  /// The group of `occurrences` (in input order) whose longest form has `key`, or
  /// nil when they come from fewer than two articles.
  init?(key: UInt64, occurrences: [QuoteOccurrence], rules: LinkRules, names: SpeakerIdentity.Cache = .init()) {
    let articles = Set(occurrences.map(\.id)).count
    guard articles >= 2, let first = occurrences.first else { return nil }
    var longest = first
    for o in occurrences.dropFirst() {
      if (o.wordCount, o.key == key ? 1 : 0) > (longest.wordCount, longest.key == key ? 1 : 0) { longest = o }
    }
    self.key = key
    text = longest.text
    words = longest.wordCount
    self.articles = articles
    self.occurrences = occurrences
    (speakers, conflict) = Self.speakers(occurrences, rules: rules, names: names)
  }

  /// The speakers with counts, and whether two entities that each have an occurrence
  /// of at least ``LinkRules/conflictMinimum`` words disagree.
  static func speakers(_ occurrences: [QuoteOccurrence], rules: LinkRules, names: SpeakerIdentity.Cache) -> ([SpeakerCount], Bool) {
    struct Named {
      var identity: SpeakerIdentity
      var count = 0
      var eligible = false
      var seen: Int
    }
    var named: [String: Named] = [:]
    var other: [String?: (count: Int, seen: Int)] = [:]
    for (k, o) in occurrences.enumerated() {
      let name = o.hasSpeaker ? o.speakerName : nil
      if let name, let id = names.identity(name: name, kind: o.speakerKind, country: o.speakerCountry) {
        named[name, default: Named(identity: id, seen: k)].count += 1
        if o.wordCount >= rules.conflictMinimum { named[name]?.eligible = true }
      } else {
        other[name, default: (0, k)].count += 1
      }
    }
    func rank(_ n: String) -> (Int, Int) {
      let v = named[n]!
      return (v.identity.hasGivenName ? 0 : 1, -v.count)
    }
    let order = named.keys.sorted { rank($0) != rank($1) ? rank($0) < rank($1) : codepointLess($0, $1) }
    var clusters: [[String]] = []
    for n in order {
      if let c = clusters.firstIndex(where: { $0.allSatisfy { named[$0]!.identity.same(named[n]!.identity) } }) {
        clusters[c].append(n)
      } else {
        clusters.append([n])
      }
    }
    var out: [SpeakerCount] = []
    for c in clusters {
      let sorted = c.sorted {
        let a = named[$0]!.count, b = named[$1]!.count
        if a != b { return a > b }
        let la = $0.unicodeScalars.count, lb = $1.unicodeScalars.count
        return la != lb ? la > lb : codepointLess($0, $1)
      }
      out.append(SpeakerCount(name: sorted[0], aliases: Array(sorted.dropFirst()), count: c.reduce(0) { $0 + named[$1]!.count }))
    }
    let conflict = clusters.filter { $0.contains { named[$0]!.eligible } }.count >= 2
    for (name, v) in other { out.append(SpeakerCount(name: name, aliases: [], count: v.count)) }
    out.sort {
      if $0.count != $1.count { return $0.count > $1.count }
      if ($0.name == nil) != ($1.name == nil) { return $1.name == nil }
      return codepointLess($0.name ?? "", $1.name ?? "")
    }
    return (out, conflict)
  }
}

/// Whether `a` sorts before `b` by code points (as Python compares strings).
func codepointLess(_ a: String, _ b: String) -> Bool {
  a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
}
