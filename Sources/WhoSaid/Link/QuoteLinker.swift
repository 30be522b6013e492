/// Groups the same quoted words across a dump: exact repeats, parts and near copies
/// (``LinkRules``), in bounded memory.
///
/// Feed it every occurrence with ``add(_:)``, then ``finish(_:)`` hands out the groups
/// of at least two articles in the order of their first occurrence. Everything it
/// keeps is in records partitioned by hash, in memory while they fit the budget and in
/// temporary files beyond it; each step then works on one partition at a time:
///
/// 1. occurrences, by the key of their normalised text;
/// 2. per partition, the distinct texts (by key) and their 4-word grams (by gram);
/// 3. per gram partition, the candidate pairs of texts sharing a gram (by first key);
/// 4. per partition, each pair gets its first text's words (then goes by second key),
///    and then is checked against the second's: the links;
/// 5. the links (one per linked pair) are joined with a union-find into groups,
///    each keyed by its longest text; occurrences of linked texts go to their group's
///    partition, the others are grouped where they are;
/// 6. the groups, sorted by first occurrence, are merged from sorted runs.
///
/// Memory is the budget plus one partition (1/256 of the spilled data) plus the
/// union-find of the linked texts (a few dozen bytes per text that has a link).
public final class QuoteLinker {
  /// The rules in force.
  public let rules: LinkRules
  /// What the run found so far.
  public internal(set) var stats = LinkStats()
  let budget: SpillBudget
  let partitions: Int
  let occurrences: SpillStore
  private var finished = false

  /// A linker holding at most `memory` bytes of records before it spills.
  ///
  /// - Parameters:
  ///   - memory: The budget in bytes for the records held in memory (at least 64 KiB).
  ///   - partitions: How many hash partitions the records are cut into (rounded up to a power of two).
  public init(rules: LinkRules = LinkRules(), memory: Int = 256 << 20, partitions: Int = 256) {
    self.rules = rules
    var n = 1
    while n < partitions { n <<= 1 }
    self.partitions = n
    budget = SpillBudget(limit: memory)
    occurrences = SpillStore("occurrences", partitions: self.partitions, budget: budget)
  }

  /// Adds one occurrence (those under ``LinkRules/minimumWords`` words are skipped).
  ///
  /// - Throws: ``LinkError`` when a temporary file cannot be written.
  public func add(_ o: QuoteOccurrence) throws(LinkError) {
    guard o.wordCount >= rules.minimumWords else { return }
    stats.occurrences += 1
    try occurrences.append(occurrences.partition(o.key)) { o.encode(into: &$0) }
  }

  /// Links what was added and calls `emit` with each group of at least two
  /// articles, in the order of the groups' first occurrences. Call it once.
  ///
  /// - Throws: ``LinkError``, or what `emit` throws.
  public func finish(_ emit: (QuoteGroup) throws -> Void) throws {
    guard !finished else { return }
    finished = true
    let texts = WordStore("texts", partitions: partitions, budget: budget)
    let grams = WordStore("grams", partitions: partitions, budget: budget)
    try distinctTexts(into: texts, grams: grams)
    let pairs = WordStore("pairs", partitions: partitions, budget: budget)
    try candidatePairs(from: grams, into: pairs)
    let links = TextLinks.unambiguous(try verify(pairs, texts))
    stats.partLinks = links.filter { $0.kind == .part }.count
    stats.nearLinks = links.count - stats.partLinks
    let groupOf = Self.groupKeys(links)
    let runs = GroupRuns(budget: budget)
    try gather(groupOf, into: runs)
    let names = SpeakerIdentity.Cache()
    try runs.drain { key, list in
      guard let g = QuoteGroup(key: key, occurrences: list, rules: rules, names: names) else { return }
      stats.groups += 1
      if g.conflict { stats.conflicts += 1 }
      try emit(g)
    }
    stats.spilledBytes = budget.spilledBytes
  }

  /// Step 5: the key of each linked text's group (its longest text's key; the
  /// smallest key among equally long ones).
  static func groupKeys(_ links: [TextLink]) -> [UInt64: UInt64] {
    var parent: [UInt64: UInt64] = [:]
    var length: [UInt64: Int] = [:]
    func find(_ x: UInt64) -> UInt64 {
      var r = x
      while let p = parent[r], p != r { r = p }
      var y = x
      while let p = parent[y], p != r {
        parent[y] = r
        y = p
      }
      return r
    }
    for l in links {
      length[l.a] = l.wordsA
      length[l.b] = l.wordsB
      let ra = find(l.a)
      let rb = find(l.b)
      if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
    var best: [UInt64: UInt64] = [:]
    for (k, n) in length {
      let r = find(k)
      if let b = best[r], let bn = length[b], (bn, UInt64.max - b) >= (n, UInt64.max - k) { continue }
      best[r] = k
    }
    var out: [UInt64: UInt64] = [:]
    for k in length.keys { out[k] = best[find(k)] }
    return out
  }

  /// Step 5, continued: every occurrence into its group; groups go to `runs`.
  /// Occurrences travel as the bytes they were stored as.
  func gather(_ groupOf: [UInt64: UInt64], into runs: GroupRuns) throws(LinkError) {
    let moved = SpillStore("linked", partitions: partitions, budget: budget)
    struct Local {
      var id: Range<Int>
      var records: [Range<Int>]
      var articles = 1
    }
    for p in 0..<partitions {
      let bytes = try occurrences.take(p)
      try bytes.withUnsafeBufferPointer { (b) throws(LinkError) in
        var local: [UInt64: Local] = [:]
        var order: [UInt64] = []
        try SpillStore.each(b) { (s) throws(LinkError) in
          let record = s.i..<s.p.count
          let o = QuoteOccurrence.peek(&s)
          if let g = groupOf[o.key] {
            try moved.append(moved.partition(g)) { s in
              s.word(g)
              s.bytes.append(contentsOf: b[record])
            }
          } else if local[o.key] == nil {
            local[o.key] = Local(id: o.id, records: [record])
            order.append(o.key)
          } else {
            local[o.key]?.records.append(record)
            if let l = local[o.key], l.articles == 1, !b[l.id].elementsEqual(b[o.id]) { local[o.key]?.articles = 2 }
          }
        }
        for k in order {
          guard let l = local[k], l.articles >= 2 else { continue }
          try runs.add(key: k, l.records.map { b[$0] })
        }
      }
    }
    for p in 0..<partitions {
      let bytes = try moved.take(p)
      try bytes.withUnsafeBufferPointer { (b) throws(LinkError) in
        var groups: [UInt64: [(order: (Int, Int), id: Range<Int>, record: Range<Int>)]] = [:]
        try SpillStore.each(b) { (s) throws(LinkError) in
          let g = s.word()
          let record = s.i..<s.p.count
          let o = QuoteOccurrence.peek(&s)
          groups[g, default: []].append(((o.article, o.index), o.id, record))
        }
        for (g, list) in groups {
          guard let first = list.first?.id, list.contains(where: { !b[$0.id].elementsEqual(b[first]) }) else { continue }
          try runs.add(key: g, list.sorted { $0.order < $1.order }.map { b[$0.record] })
        }
      }
    }
  }
}

/// What a link run found.
public struct LinkStats: Sendable, Equatable {
  /// Occurrences added (of at least the minimum length).
  public var occurrences = 0
  /// Distinct texts long enough to link as parts or near copies.
  public var texts = 0
  /// Candidate pairs proposed by shared grams (with repeats).
  public var candidates = 0
  /// Verified part links, after leaving out common phrases.
  public var partLinks = 0
  /// Verified near links.
  public var nearLinks = 0
  /// Groups of at least two articles.
  public var groups = 0
  /// Groups whose speakers conflict.
  public var conflicts = 0
  /// Bytes written to temporary files.
  public var spilledBytes = 0
}
