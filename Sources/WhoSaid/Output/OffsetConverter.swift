/// The unit of output offsets.
public enum OffsetUnit: String, Sendable, CaseIterable {
  /// Unicode code points, as Python indexes strings (the default).
  case codepoint
  /// UTF-16 code units, as JavaScript, Java and Foundation index strings.
  case utf16
  /// UTF-8 bytes.
  case utf8
}

/// UTF-8 offsets and the same positions in another unit, looked up by binary search.
public struct OffsetMap: Sendable {
  var from: [Int] = []
  var to: [Int] = []
  /// Added to every converted offset: the position, in the map's unit, of the start of
  /// the text the map was made from within a larger one (a window of an article).
  public var base = 0

  /// The converted offset of `o` (which must have been given to ``OffsetConverter/map(_:offsets:unit:)``).
  public subscript(_ o: Int) -> Int {
    var lo = 0
    var hi = from.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if from[mid] < o { lo = mid + 1 } else { hi = mid }
    }
    return base + (lo < from.count && from[lo] == o ? to[lo] : o)
  }
}

/// Converts UTF-8 offsets into another unit in one pass over the text.
public enum OffsetConverter {
  /// Converts `offsets` (UTF-8) into `unit` in one pass over the text up to the largest.
  ///
  /// - Complexity: O(n + k log k) for a text of n bytes and k offsets.
  public static func map(_ text: UnsafeBufferPointer<UInt8>, offsets: [Int], unit: OffsetUnit) -> OffsetMap {
    var m = OffsetMap()
    m.from = offsets.sorted()
    m.to.reserveCapacity(m.from.count)
    guard unit != .utf8 else {
      m.to = m.from
      return m
    }
    var pos = 0
    var units = 0
    for o in m.from {
      let target = min(o, text.count)
      while pos + 8 <= target, case let x = SWAR.load(text, pos), SWAR.isASCII(x) {
        units += 8
        pos += 8
      }
      while pos < target {
        let b = text[pos]
        if b & 0xC0 != 0x80 { units += (unit == .utf16 && b >= 0xF0) ? 2 : 1 }
        pos += 1
      }
      m.to.append(units)
    }
    return m
  }

  /// Returns a function from each of `offsets` (UTF-8) to the same position in `unit`.
  ///
  /// - Complexity: O(n + k log k) for a text of n bytes and k offsets; the
  ///   walk stops at the largest offset.
  public static func table(
    _ text: UnsafeBufferPointer<UInt8>, offsets: [Int], unit: OffsetUnit
  ) -> [Int: Int] {
    let m = map(text, offsets: offsets, unit: unit)
    return Dictionary(zip(m.from, m.to), uniquingKeysWith: { first, _ in first })
  }

  /// The length of `text` in `unit`: where a window that follows it starts.
  ///
  /// - Complexity: O(n).
  public static func length(_ text: UnsafeBufferPointer<UInt8>, unit: OffsetUnit) -> Int {
    guard unit != .utf8 else { return text.count }
    var units = 0
    for b in text where b & 0xC0 != 0x80 { units += (unit == .utf16 && b >= 0xF0) ? 2 : 1 }
    return units
  }
}
