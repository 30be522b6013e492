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
    let i = from.withUnsafeBufferPointer { f in
      var lo = 0
      var hi = f.count
      while lo < hi {
        let mid = (lo &+ hi) >> 1
        if f[mid] < o { lo = mid &+ 1 } else { hi = mid }
      }
      return lo < f.count && f[lo] == o ? lo : -1
    }
    return base + (i >= 0 ? to[i] : o)
  }
}

/// Converts UTF-8 offsets into another unit in one pass over the text.
public enum OffsetConverter {
  /// Converts `offsets` (UTF-8) into `unit` in one pass over the text up to the largest.
  ///
  /// - Complexity: O(n + k log k) for a text of n bytes and k offsets.
  public static func map(_ text: UnsafeBufferPointer<UInt8>, offsets: consuming [Int], unit: OffsetUnit) -> OffsetMap {
    var m = OffsetMap()
    m.from = offsets  // sorted in place: a fresh array of offsets is not copied
    m.from.sort()
    m.to.reserveCapacity(m.from.count)
    guard unit != .utf8 else {
      m.to = m.from
      return m
    }
    var pos = 0
    var units = 0
    for o in m.from {
      let target = min(o, text.count)
      if target > pos {
        units += length(UnsafeBufferPointer(rebasing: text[pos..<target]), unit: unit)
        pos = target
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
  /// Bytes are counted 16 a step: all of them, less the continuation bytes of multi-byte
  /// sequences, plus (in UTF-16) one for each four-byte sequence's lead.
  ///
  /// - Complexity: O(n).
  public static func length(_ text: UnsafeBufferPointer<UInt8>, unit: OffsetUnit) -> Int {
    guard unit != .utf8, let base = text.baseAddress else { return text.count }
    let n = text.count
    let utf16 = unit == .utf16
    var units = n
    var i = 0
    let high = SIMDBytes.high
    let lead = SIMDBytes.V(repeating: 0xC0)
    let four = SIMDBytes.V(repeating: 0xF0)
    while i + 16 <= n {
      let v = SIMDBytes.load(base + i)
      let wide = v .>= high
      if SIMDBytes.any(wide) {
        units -= SIMDBytes.count(wide .& (v .< lead))
        if utf16 { units += SIMDBytes.count(v .>= four) }
      }
      i += 16
    }
    while i < n {
      let b = base[i]
      if b & 0xC0 == 0x80 { units -= 1 }
      if utf16 && b >= 0xF0 { units += 1 }
      i += 1
    }
    return units
  }
}
