import Testing
@testable import WhoSaid

/// Link's offsets to byte indices (``UnitIndex``): the counts 16 bytes a step and the
/// ASCII run stepped over at once agree with plain byte loops on random texts (ASCII,
/// two-, three- and four-byte letters, invalid bytes), for every unit and offset.
@Suite("Link unit index")
struct UnitIndexTests {
  static func plainCount(_ t: [UInt8], _ unit: OffsetUnit) -> Int {
    switch unit {
    case .utf8: return t.count
    case .codepoint: return t.filter { $0 & 0xC0 != 0x80 }.count
    case .utf16: return t.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : $1 >= 0xF0 ? 2 : 1) }
    }
  }

  static func plainByte(_ t: [UInt8], _ unit: OffsetUnit, _ k: Int) -> Int {
    if unit == .utf8 { return min(max(k, 0), t.count) }
    var units = 0
    var i = 0
    // The ASCII run first, one byte a step (a continuation byte after it is not skipped).
    while i < t.count, units < k, t[i] < 0x80 {
      i += 1
      units += 1
    }
    while i < t.count, units < k {
      units += unit == .utf16 && t[i] >= 0xF0 ? 2 : 1
      i += 1
      while i < t.count, t[i] & 0xC0 == 0x80 { i += 1 }
    }
    return i
  }

  @Test("count and byte agree with the byte loops")
  func agreesWithByteLoops() {
    var r = FastPathTests.Random(state: 93)
    let pieces: [[UInt8]] = ["a", "said the minister ", "é", "“", "😀", "ß"].map { Array($0.utf8) } + [[0x80], [0xFF], [0xF0]]
    for n in 0..<400 {
      var t: [UInt8] = []
      let length = n < 100 ? n : Int(r.next() % 300)
      while t.count < length { t += pieces[Int(r.next() % UInt64(pieces.count))] }
      for unit in OffsetUnit.allCases {
        #expect(UnitIndex.count(t, unit) == Self.plainCount(t, unit))
        for k in -2...(t.count + 2) {
          #expect(UnitIndex.byte(t, unit, k) == Self.plainByte(t, unit, k), "\(t) \(unit) \(k)")
        }
      }
    }
  }
}
