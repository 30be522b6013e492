import Foundation

/// An immutable hash table from words (ASCII case-folded UTF-8 bytes) to dense
/// integer ids, looked up straight from a token's bytes without allocating.
///
/// - Complexity: Lookup is O(length of the word).
public struct WordTable: Sendable {
  private var pool: [UInt8] = []
  private var offsets: [UInt32] = [0]
  private var slots: [Int32]
  private var mask: Int
  /// The perfect hash of the plain words (``plainIndex``), made once per set of words: a table
  /// changed by ``insert(_:)-([UInt8])`` gets a new, empty cache.
  private var cache = IndexCache()

  /// Builds a table from its words; a word's id is its index in `words`
  /// (repeated words keep their first id).
  public init(_ words: [String]) {
    var size = 64
    while size < words.count * 2 { size <<= 1 }
    slots = Array(repeating: -1, count: size)
    mask = size - 1
    for w in words { _ = insert(Array(w.utf8)) }
  }

  /// The number of distinct words.
  public var count: Int { offsets.count - 1 }

  /// Adds a word and returns its id (the existing id if it is already present).
  @discardableResult
  public mutating func insert(_ word: [UInt8]) -> Int32 {
    var folded = word
    for k in folded.indices { folded[k] = ByteClass.lower(word[k], after: k > 0 ? word[k - 1] : 0) }
    let found = folded.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
    if found >= 0 { return found }
    if count * 2 >= slots.count { grow() }
    // A cache this table alone holds, still empty, serves the new words too.
    if !isKnownUniquelyReferenced(&cache) || cache.isBuilt { cache = IndexCache() }
    let id = Int32(count)
    pool.append(contentsOf: folded)
    offsets.append(UInt32(pool.count))
    place(id, hash: Self.hash(folded, 0, folded.count))
    return id
  }

  /// Adds a word given as a string.
  @discardableResult
  public mutating func insert(_ word: String) -> Int32 { insert(Array(word.utf8)) }

  /// The id of `word`, or -1.
  public func id(of word: String) -> Int32 {
    let b = Array(word.utf8)
    return b.withUnsafeBufferPointer { lookup($0, 0, $0.count) }
  }

  /// The word with the given id.
  public func word(_ id: Int32) -> String {
    let s = Int(offsets[Int(id)])
    let e = Int(offsets[Int(id) + 1])
    return String(decoding: pool[s..<e], as: UTF8.self)
  }

  /// The folded bytes of the word with the given id.
  func bytes(_ id: Int32) -> ArraySlice<UInt8> { pool[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])] }

  /// The perfect hash of the table's plain words (see ``WordIndex``), made on first use.
  var plainIndex: WordIndex { cache.index(of: self) }

  /// Looks up the bytes `p[start..<end]`, folding ASCII and Latin-1 case; returns the id or -1.
  public func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32 {
    let len = end - start
    if len <= 0 || len > 40 { return -1 }
    return lookup(p, start, end, hash: Self.hash(p, start, end))
  }

  /// Looks up `p[start..<end]` whose ``hash(_:_:_:)`` the caller computed while reading it.
  @inline(__always)
  func lookup(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, hash: Int) -> Int32 {
    let len = end - start
    if len <= 0 || len > 40 { return -1 }
    return slots.withUnsafeBufferPointer { slots in
      var slot = hash & mask
      var id = slots[slot]
      if id < 0 { return -1 }  // most words of a text are in no list: one probe
      return offsets.withUnsafeBufferPointer { offsets in
        pool.withUnsafeBufferPointer { pool in
          while id >= 0 {
            let s = Int(offsets[Int(id)])
            if Int(offsets[Int(id) + 1]) - s == len {
              var k = 0
              while k < len && pool[s + k] == ByteClass.lower(p[start + k], after: k > 0 ? p[start + k - 1] : 0) { k += 1 }
              if k == len { return id }
            }
            slot = (slot + 1) & mask
            id = slots[slot]
          }
          return -1
        }
      }
    }
  }

  private mutating func place(_ id: Int32, hash: Int) {
    var slot = hash & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = id
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for id in 0..<count {
      let s = Int(offsets[id])
      let e = Int(offsets[id + 1])
      place(Int32(id), hash: Self.hash(pool, s, e))
    }
  }

  static func hash<C: RandomAccessCollection>(_ p: C, _ start: Int, _ end: Int) -> Int
  where C.Element == UInt8, C.Index == Int {
    var h = hashSeed
    var i = start
    var prev: UInt8 = 0
    while i < end {
      let b = p[i]
      h = hashStep(h, folded: ByteClass.lower(b, after: prev))
      prev = b
      i += 1
    }
    return finish(h)
  }

  /// The hash of a word fed byte by byte: `finish(hashStep(hashStep(hashSeed, b0), b1)…)`.
  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325
  @inline(__always) static func hashStep(_ h: UInt64, _ b: UInt8) -> UInt64 {
    hashStep(h, folded: ByteClass.lower(b))
  }
  /// `hashStep` for a byte known not to be an upper-case ASCII letter.
  @inline(__always) static func hashStep(_ h: UInt64, folded b: UInt8) -> UInt64 {
    (h ^ UInt64(b)) &* 0x100_0000_01b3
  }
  @inline(__always) static func finish(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h ^ (h >> 29)) }
}

/// Where a table keeps its ``WordIndex`` once made (copies of a table share it).
final class IndexCache: @unchecked Sendable {
  private var index: WordIndex?
  private let lock = NSLock()

  var isBuilt: Bool {
    lock.lock()
    defer { lock.unlock() }
    return index != nil
  }

  func index(of table: WordTable) -> WordIndex {
    lock.lock()
    defer { lock.unlock() }
    if let index { return index }
    let made = WordIndex(table)
    index = made
    return made
  }
}
