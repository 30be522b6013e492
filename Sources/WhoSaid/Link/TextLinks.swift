/// How two distinct quote texts are the same words.
public enum LinkKind: String, Sendable {
  /// One is a contiguous run of the other.
  case part
  /// A word or two changed, added or dropped.
  case near
}

/// A verified link between two distinct texts (by key, `a < b`), with their lengths.
struct TextLink: Sendable, Equatable {
  var a: UInt64
  var b: UInt64
  var kind: LinkKind
  var wordsA: Int
  var wordsB: Int
}

/// Finding and checking the links between distinct texts (see ``LinkRules``).
enum TextLinks {
  /// Calls `body` with the gram key and what `candidates` needs of each 4-word
  /// window of a text long enough to link: its length, whether the window is a tile
  /// (at 0, 4, 8, …) and whether it is the first.
  static func grams(_ hashes: [UInt64], rules: LinkRules, _ body: (UInt64, GramMeta) -> Void) {
    let g = LinkRules.gram
    guard hashes.count >= rules.partMinimum else { return }
    for p in 0...(hashes.count - g) {
      body(LinkHash.sequence(hashes[p..<(p + g)]), GramMeta(words: hashes.count, tile: p % g == 0, first: p == 0))
    }
  }

  /// A text's length and the window's place, packed in one word.
  struct GramMeta {
    var raw: UInt64
    init(words: Int, tile: Bool, first: Bool) { raw = UInt64(words) << 2 | (first ? 2 : 0) | (tile ? 1 : 0) }
    init(raw: UInt64) { self.raw = raw }
    var words: Int { Int(raw >> 2) }
    var tile: Bool { raw & 1 != 0 }
    var first: Bool { raw & 2 != 0 }
  }

  /// The candidate pairs `(a < b)` among the texts that share one gram: each tile
  /// against every other text, none when more than `cap` texts share it. Pairs that
  /// could not link are left out: a part needs its first window in the other text,
  /// a near copy a length within the edits allowed.
  static func candidates(
    _ members: inout [(key: UInt64, meta: UInt64)], rules: LinkRules, _ body: (UInt64, UInt64) throws(LinkError) -> Void
  ) throws(LinkError) {
    members.sort { $0.key < $1.key }
    var n = 0
    for m in members {
      if n > 0, members[n - 1].key == m.key {
        members[n - 1].meta |= m.meta
      } else {
        members[n] = m
        n += 1
      }
    }
    guard n >= 2, n <= rules.gramCap else { return }
    for i in 0..<n {
      let t = GramMeta(raw: members[i].meta)
      guard t.tile else { continue }
      for j in 0..<n where j != i {
        let w = GramMeta(raw: members[j].meta)
        let shorter = min(t.words, w.words)
        let edits = rules.allowedEdits(shorter: shorter)
        let near = edits > 0 && abs(t.words - w.words) <= edits
        guard near || (t.first && t.words < w.words) else { continue }
        try body(min(members[i].key, members[j].key), max(members[i].key, members[j].key))
      }
    }
  }

  /// How two texts link, or nil.
  static func link(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, rules: LinkRules) -> LinkKind? {
    let (short, long) = a.count <= b.count ? (a, b) : (b, a)
    if short.count >= rules.partMinimum, short.count < long.count, contains(short, long) { return .part }
    let e = rules.allowedEdits(shorter: short.count)
    if e > 0, withinEdits(a, b, e) { return .near }
    return nil
  }

  /// Whether `short` is a contiguous run of `long`.
  static func contains(_ short: UnsafeBufferPointer<UInt64>, _ long: UnsafeBufferPointer<UInt64>) -> Bool {
    guard let first = short.first, short.count <= long.count else { return false }
    for p in 0...(long.count - short.count) where long[p] == first {
      if long[p..<(p + short.count)].elementsEqual(short) { return true }
    }
    return false
  }

  /// Whether the word edit distance of `a` and `b` is at most `k` (a band of 2k + 1
  /// diagonals of the dynamic programme).
  ///
  /// - Complexity: O(n·k).
  static func withinEdits(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, _ k: Int) -> Bool {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= k else { return false }
    let inf = k + 1
    var prev = (0...m).map { $0 <= k ? $0 : inf }
    var cur = [Int](repeating: inf, count: m + 1)
    if n == 0 { return prev[m] <= k }
    for i in 1...n {
      for j in 0...m { cur[j] = inf }
      cur[0] = i <= k ? i : inf
      var best = cur[0]
      let lo = max(1, i - k)
      let hi = min(m, i + k)
      if lo <= hi {
        for j in lo...hi {
          var v = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
          v = min(v, prev[j] + 1, cur[j - 1] + 1)
          cur[j] = min(v, inf)
          best = min(best, cur[j])
        }
      }
      if best > k { return false }
      swap(&prev, &cur)
    }
    return prev[m] <= k
  }

  /// The links without the parts that are a common phrase.
  ///
  /// A part joins the quote containing it only when every quote containing it is
  /// linked to the longest of them: `"a step in the right direction"` inside two
  /// unrelated quotes links to neither, so it cannot chain them into one group.
  static func unambiguous(_ links: [TextLink]) -> [TextLink] {
    var linked = Set<Pair>()
    var wholes: [UInt64: [(key: UInt64, words: Int)]] = [:]
    for l in links {
      linked.insert(Pair(l.a, l.b))
      guard l.kind == .part else { continue }
      if l.wordsA < l.wordsB {
        wholes[l.a, default: []].append((l.b, l.wordsB))
      } else {
        wholes[l.b, default: []].append((l.a, l.wordsA))
      }
    }
    var dropped = Set<UInt64>()
    for (part, ws) in wholes {
      guard let top = ws.max(by: { ($0.words, UInt64.max - $0.key) < ($1.words, UInt64.max - $1.key) }) else { continue }
      if ws.contains(where: { $0.key != top.key && !linked.contains(Pair($0.key, top.key)) }) { dropped.insert(part) }
    }
    return links.filter { $0.kind != .part || !dropped.contains($0.wordsA < $0.wordsB ? $0.a : $0.b) }
  }

  struct Pair: Hashable {
    var a: UInt64
    var b: UInt64
    init(_ x: UInt64, _ y: UInt64) {
      a = min(x, y)
      b = max(x, y)
    }
  }
}
