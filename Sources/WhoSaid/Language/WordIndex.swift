/// A perfect hash of a ``WordTable``'s plain words — ASCII letters and digits, up to 16 bytes,
/// the shape of most words of a text — looked up from two 64-bit loads of the word's bytes.
///
/// A word is its key: its bytes lower-cased with one OR (letters and digits only), zero-padded
/// to 16 bytes, as two words, with its length. Keys hash to a bucket, and each bucket holds a
/// displacement chosen when the index is built so that its keys land on slots no other key
/// takes (hash and displace): a lookup reads one displacement and one slot, and compares the
/// slot's key to the word's. A word not in the table lands on some slot too, whose key differs.
///
/// ```swift
/// let index = WordIndex(WordTable(["said", "minister"]))
/// let w = Array("Said".utf8)
/// index.lookup(WordIndex.key(w, 0, 4))  // the id of "said"
/// ```
// Unchecked: its pointers are into storage written once, before any lookup, and only read after.
struct WordIndex: @unchecked Sendable {
  /// One word's key: the folded bytes and the length.
  struct Key: Equatable {
    var low: UInt64
    var high: UInt64
    var length: Int
  }

  /// The slots and the buckets' displacements, read through pointers (into ``storage``, which
  /// owns them: lookups touch no reference count).
  private let storage: Storage
  private let slots: UnsafeMutablePointer<UInt64>
  private let displacement: UnsafeMutablePointer<UInt32>
  private var slotMask: Int
  private var bucketShift: UInt64
  private var seed: UInt64

  /// Per slot: the key's two words, and `(id + 1) << 8 | length` (0 for an empty slot), in 24
  /// bytes; per bucket a displacement. Made once, never changed after.
  final class Storage: @unchecked Sendable {
    let slots: UnsafeMutablePointer<UInt64>
    let displacement: UnsafeMutablePointer<UInt32>
    let slotCount: Int
    let bucketCount: Int

    init(slots: Int, buckets: Int) {
      slotCount = slots
      bucketCount = buckets
      self.slots = .allocate(capacity: 3 * slots)
      self.slots.initialize(repeating: 0, count: 3 * slots)
      displacement = .allocate(capacity: buckets)
      displacement.initialize(repeating: 0, count: buckets)
    }

    deinit {
      slots.deallocate()
      displacement.deallocate()
    }
  }

  /// The longest word a key holds.
  static let maxLength = 16

  /// Indexes the plain words of `table` (the others are looked up in the table itself).
  init(_ table: WordTable) {
    var entries: [(Key, Int32)] = []
    for id in 0..<Int32(table.count) {
      let w = table.bytes(id)
      guard !w.isEmpty, w.count <= Self.maxLength, w.allSatisfy({ ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) })
      else { continue }
      entries.append((w.withUnsafeBufferPointer { Self.key($0, 0, $0.count) }, id))
    }
    var slots = 16
    while slots < entries.count + entries.count / 4 { slots <<= 1 }
    var buckets = 4
    while buckets * 4 < entries.count { buckets <<= 1 }
    slotMask = slots - 1
    bucketShift = UInt64(64 - buckets.trailingZeroBitCount)
    seed = 0x9E37_79B9_7F4A_7C15
    // A seed whose buckets all find a displacement; a larger table when none does soon.
    var attempt = 0
    var placed = Self.build(entries, slots: slots, buckets: buckets, shift: bucketShift, seed: seed)
    while placed == nil {
      attempt += 1
      seed = seed &* 0xBF58_476D_1CE4_E5B9 &+ 0x94D0_49BB_1331_11EB
      if attempt % 8 == 0 {
        slots <<= 1
        slotMask = slots - 1
      }
      placed = Self.build(entries, slots: slots, buckets: buckets, shift: bucketShift, seed: seed)
    }
    storage = placed.unsafelyUnwrapped
    self.slots = storage.slots
    displacement = storage.displacement
  }

  /// Places every entry for `seed`; nil when some bucket finds no displacement.
  private static func build(_ entries: [(Key, Int32)], slots: Int, buckets: Int, shift: UInt64, seed: UInt64) -> Storage? {
    let storage = Storage(slots: slots, buckets: buckets)
    let mask = slots - 1
    let hashes = entries.map { hash($0.0, seed) }
    // The entries in bucket order (a counting sort), and the buckets fullest first, while most
    // slots are free.
    var start = Array(repeating: 0, count: buckets + 1)
    for h in hashes { start[Int(h >> shift) + 1] += 1 }
    for b in 0..<buckets { start[b + 1] += start[b] }
    var next = start
    var members = Array(repeating: 0, count: entries.count)
    for (k, h) in hashes.enumerated() {
      let b = Int(h >> shift)
      members[next[b]] = k
      next[b] += 1
    }
    let size = (0..<buckets).map { start[$0 + 1] - start[$0] }
    let order = (0..<buckets).sorted { size[$0] > size[$1] }
    var taken = Array(repeating: false, count: slots)
    var homes: [Int] = []
    for b in order where size[b] > 0 {
      homes.removeAll(keepingCapacity: true)
      for k in members[start[b]..<start[b + 1]] {
        let home = Int(truncatingIfNeeded: hashes[k]) & mask
        if homes.contains(home) { return nil }  // no displacement separates them
        homes.append(home)
      }
      var found: Int?
      var d = 0
      while d < min(slots, 1 << 16) {
        var free = true
        for home in homes where taken[home ^ d] {
          free = false
          break
        }
        if free {
          found = d
          break
        }
        d += 1
      }
      guard let d = found else { return nil }
      storage.displacement[b] = UInt32(d)
      for (k, home) in zip(members[start[b]..<start[b + 1]], homes) {
        let s = home ^ d
        taken[s] = true
        let (key, id) = entries[k]
        storage.slots[3 * s] = key.low
        storage.slots[3 * s + 1] = key.high
        storage.slots[3 * s + 2] = UInt64(id + 1) << 8 | UInt64(key.length)
      }
    }
    return storage
  }

  @inline(__always)
  private static func hash(_ k: Key, _ seed: UInt64) -> UInt64 {
    var h = (k.low ^ seed) &* 0x9E37_79B9_7F4A_7C15
    h ^= (k.high &+ UInt64(k.length)) &* 0xC2B2_AE3D_27D4_EB4F
    return h ^ (h >> 29)
  }

  /// The id of the word whose key is `k`, or -1.
  @inline(__always)
  func lookup(_ k: Key) -> Int32 {
    let h = Self.hash(k, seed)
    let s = (Int(truncatingIfNeeded: h) ^ Int(displacement[Int(h >> bucketShift)])) & slotMask
    let slot = slots + 3 &* s
    guard slot[2] & 0xFF == UInt64(k.length), slot[0] == k.low, slot[1] == k.high else { return -1 }
    return Int32(truncatingIfNeeded: slot[2] >> 8) &- 1
  }

  /// The key of the plain word `p[start..<end]` (1 to 16 ASCII letters and digits).
  @inline(__always)
  static func key(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Key {
    let n = end - start
    if start + 16 <= p.count, let base = p.baseAddress {
      // Two loads past the word are within the text; the bytes after it are masked off.
      let raw = UnsafeRawPointer(base + start)
      let a = raw.loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
      let b = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) | 0x2020_2020_2020_2020
      return Key(low: a & mask(n), high: b & mask(n - 8), length: n)
    }
    var low: UInt64 = 0
    var high: UInt64 = 0
    for k in 0..<n {
      let b = UInt64(p[start + k] | 0x20)
      if k < 8 { low |= b << (8 * UInt64(k)) } else { high |= b << (8 * UInt64(k - 8)) }
    }
    return Key(low: low, high: high, length: n)
  }

  /// The low `n` bytes of a word set (none below 1, all of them from 8).
  @inline(__always) static func mask(_ n: Int) -> UInt64 {
    n <= 0 ? 0 : UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* Swift.min(n, 8))
  }
}
