/// Sixteen bytes at a time with SIMD compares, the masks turned into bits: the scans that look
/// for a few kinds of byte in long runs of others (line ends, JSON specials, non-ASCII bytes).
///
/// Spelled as `../shared/PERF-NOTES.md` measured fast: compare against vectors made once with
/// `init(repeating:)`, combine masks with `.|` and `.&`, and get the bits by a multiply (Swift has
/// no movemask: `(mask & 1)` as two 64-bit words times `0x0102…80` gathers each word's eight
/// bytes into its top byte).
///
/// ```swift
/// let v = SIMDBytes.load(p + i)
/// let hits = SIMDBytes.bits((v .== SIMDBytes.quote) .| (v .== SIMDBytes.backslash))
/// if hits != 0 { i += hits.trailingZeroBitCount }  // the first `"` or `\`
/// ```
enum SIMDBytes {
  typealias V = SIMD16<UInt8>
  typealias Mask = SIMDMask<SIMD16<Int8>>

  @inline(__always) static var quote: V { V(repeating: 0x22) }
  @inline(__always) static var backslash: V { V(repeating: 0x5C) }
  @inline(__always) static var space: V { V(repeating: 0x20) }
  @inline(__always) static var newline: V { V(repeating: 0x0A) }
  @inline(__always) static var high: V { V(repeating: 0x80) }
  @inline(__always) static var one: V { V(repeating: 1) }

  /// The 16 bytes at `p` (no alignment needed).
  @inline(__always) static func load(_ p: UnsafePointer<UInt8>) -> V {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
  }

  /// Bit `k` set when lane `k` of `m` is.
  @inline(__always) static func bits(_ m: Mask) -> UInt32 {
    let w = unsafeBitCast(unsafeBitCast(m, to: V.self) & one, to: SIMD2<UInt64>.self)
    let magic: UInt64 = 0x0102_0408_1020_4080
    return UInt32(truncatingIfNeeded: (w[0] &* magic) >> 56 | ((w[1] &* magic) >> 56) << 8)
  }

  /// How many lanes of `m` are set (the bytes of the two halves summed by a multiply: this
  /// target has no population count instruction).
  @inline(__always) static func count(_ m: Mask) -> Int {
    let w = unsafeBitCast(unsafeBitCast(m, to: V.self) & one, to: SIMD2<UInt64>.self)
    return Int(truncatingIfNeeded: ((w[0] &+ w[1]) &* 0x0101_0101_0101_0101) >> 56)
  }

  /// Whether any lane of `m` is set (cheaper than ``bits(_:)`` when the answer is mostly no).
  @inline(__always) static func any(_ m: Mask) -> Bool {
    let w = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    return w[0] | w[1] != 0
  }

  /// Lanes that are `"`, `\` or below 0x20: the bytes a JSON string cannot hold as they are.
  @inline(__always) static func jsonSpecial(_ v: V) -> Mask {
    (v .== quote) .| (v .== backslash) .| (v .< space)
  }

  /// Lanes at or above 0x80 (the bytes of multi-byte UTF-8 sequences).
  @inline(__always) static func nonASCII(_ v: V) -> Mask { v .>= high }

  /// The first index from `i` below `end` whose byte is not ASCII, or `end`.
  @inline(__always)
  static func firstNonASCII(_ base: UnsafePointer<UInt8>, from i: Int, end: Int) -> Int {
    var i = i
    while i + 16 <= end {
      let m = nonASCII(load(base + i))
      if any(m) { return i + bits(m).trailingZeroBitCount }
      i += 16
    }
    while i < end && base[i] < 0x80 { i += 1 }
    return i
  }
}
