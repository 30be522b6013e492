/// The words of a name as hashes of their lower-cased bytes — British and
/// American spellings of common heads joined, a possessive `'s` dropped — so
/// names are compared without building strings.
struct Words: Sendable, Equatable {
  private(set) var hashes: [UInt64] = []

  init(_ s: String) {
    var s = s
    self = s.withUTF8 { Words(utf8: $0) }
  }

  /// The words of UTF-8 bytes (split at spaces, hyphens, line breaks and no-break spaces).
  init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    // The hashes before each of the last four bytes, to drop a possessive ending,
    // and the last four bytes themselves (the newest in the low byte).
    var before1: UInt64 = 0
    var before2: UInt64 = 0
    var before3: UInt64 = 0
    var before4: UInt64 = 0
    var recent: UInt32 = 0
    var length = 0
    var h: UInt64 = Words.seed
    var hashes: [UInt64] = []
    // One allocation for most names (words of three bytes or more, a separator each), not one
    // per growth.
    hashes.reserveCapacity(bytes.count / 3 + 2)
    func finish() {
      guard length > 0 else { return }
      var word = h
      let last = recent & 0xFF
      let quote = (recent >> 8) & 0xFF == 0x27
      let curly = recent >> 8 == 0xE2_8099
      if last == 0x73 && quote && length > 2 { word = before2 }
      if last == 0x73 && curly && length > 4 { word = before4 }
      hashes.append(word == Words.defence ? Words.defense : word)
      h = Words.seed
      length = 0
      recent = 0
    }
    let n = bytes.count
    var i = 0
    while i < n {
      let b = bytes[i]
      i += 1
      if b == 0x20 || b == 0x2D || b == 0x0A || (b == 0xC2 && i < n && bytes[i] == 0xA0) {
        if b == 0xC2 { i += 1 }
        finish()
        continue
      }
      let l = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
      before4 = before3
      before3 = before2
      before2 = before1
      before1 = h
      h = (h ^ UInt64(l)) &* 0x100_0000_01b3
      recent = recent << 8 | UInt32(l)
      length += 1
    }
    finish()
    self.hashes = hashes
  }

  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// Hashes of `defence` and `defense` (``hash(_:)`` of each, written out so that no lazy global
  /// is read per word; ResolutionTests checks the spellings join), to join the spellings.
  static let defence: UInt64 = 0x440a_30f7_ec3e_fd43
  static let defense: UInt64 = 0x43d4_10f7_ec11_3773

  static func hash(_ s: String) -> UInt64 {
    var h = seed
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }

  var count: Int { hashes.count }
  var last: UInt64 { hashes.last ?? 0 }
  var first: UInt64 { hashes.first ?? 0 }
  func contains(_ h: UInt64) -> Bool { hashes.contains(h) }
  /// Whether every word here is also in `other`.
  func isSubset(of other: Words) -> Bool { hashes.allSatisfy { other.hashes.contains($0) } }
}
