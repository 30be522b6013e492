/// A plain word read eight bytes a step: ASCII letters and digits ending at a byte that ends a
/// word the same way for the byte-by-byte reader (a space, most punctuation), and whether it is
/// in capitals (two or more, and no small letter).
struct PlainWord {
  /// One past its last byte.
  var end: Int
  var allCaps: Bool
  /// Its ``WordIndex`` key, made from the same loads (nil over 16 bytes).
  var key: WordIndex.Key?

  /// The plain word at `start`, or nil when the word goes on (an apostrophe, a hyphen, an
  /// inner period, a decimal point, a letter beyond ASCII), runs over 40 bytes, or ends within
  /// eight bytes of the end of the text: those are read byte by byte.
  @inline(__always)
  init?(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) {
    let n = p.count
    var i = start
    // Capitals counted up to two (without a population count, which this target lacks).
    var capitals = 0
    var small: UInt64 = 0
    var low: UInt64 = 0
    var high: UInt64 = 0
    while true {
      guard i + 8 <= n, i - start <= 40 else { return nil }
      let x = SWAR.load(p, i)
      let (alnum, up, lower) = SWAR.letters(x)
      let stop = ~alnum & SWAR.highs
      let keep: UInt64 = stop == 0 ? .max : (1 << UInt64(stop.trailingZeroBitCount & ~7)) &- 1
      let u = up & keep
      if u != 0 { capitals += u & (u &- 1) != 0 ? 2 : 1 }
      small |= lower & keep
      // Letters and digits lower-cased by one OR, the bytes after the word masked off.
      let folded = (x | 0x2020_2020_2020_2020) & keep
      if i == start { low = folded } else if i == start + 8 { high = folded }
      if stop != 0 {
        i += stop.trailingZeroBitCount >> 3
        break
      }
      i += 8
    }
    allCaps = capitals >= 2 && small == 0
    key = i - start <= WordIndex.maxLength ? WordIndex.Key(low: low, high: high, length: i - start) : nil
    end = i
    // The byte after the run: does the byte-by-byte reader end the word here too?
    let t = p[i]
    let numeric = ByteClass.isDigit(p[start])
    switch t {
    case 0x27, 0x2D:
      return nil  // `don't`, `O'Neill`, `well-known`
    case 0x2E:
      // `3.5`; `U.S.`, `e.g.` (a segment of one or two letters before the period)
      if numeric || (i - start <= 2 && ByteClass.isASCIILetter(p[i - 1])) { return nil }
    case 0x2C:
      if numeric { return nil }  // `1,000`
    case 0x80...:
      switch ByteClass.wide(p, i).0 {
      case .letter, .ignorable, .quote(.rightSingle): return nil  // `Müller`, `don’t`
      default: break
      }
    default: break
    }
    if i - start > 40 { return nil }
  }
}

extension SWAR {
  /// Per byte of `x`, the high bit set for ASCII letters and digits, for capitals, and for small
  /// letters (three masks; bytes ≥ 0x80 are in none).
  @inline(__always)
  static func letters(_ x: UInt64) -> (alnum: UInt64, upper: UInt64, lower: UInt64) {
    let x7 = x & ~highs
    let ascii = ~x & highs
    // The high bit of each byte of `x7 + (0x80 - c)` says `x7 >= c` (no carry crosses bytes).
    @inline(__always) func atLeast(_ c: UInt64) -> UInt64 { (x7 &+ ones &* (0x80 &- c)) & highs }
    let upper = atLeast(0x41) & ~atLeast(0x5B) & ascii
    let lower = atLeast(0x61) & ~atLeast(0x7B) & ascii
    let digit = atLeast(0x30) & ~atLeast(0x3A) & ascii
    return (upper | lower | digit, upper, lower)
  }
}
