/// Byte classification tables used by the tokenizer's hot loop.

enum ByteClass {
  @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C
  }
  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
  /// `lower`, also for the second byte of a Latin-1 capital (`Ä`, `Ü`, `É`: `C3 80`–`C3 9E`
  /// but `×`), given the byte before it: `Über` and `État` find `über` and `état`.
  @inline(__always) static func lower(_ b: UInt8, after prev: UInt8) -> UInt8 {
    b < 0x80 ? lower(b) : prev == 0xC3 && b &- 0x80 < 0x1F && b != 0x97 ? b | 0x20 : b
  }

  /// What a multi-byte sequence starting at a lead byte means to the tokenizer.
  enum Wide {
    case space, lineBreak, quote(QuoteMark), punctuation(Punctuation), ignorable, letter(upper: Bool)
  }

  /// Classifies the UTF-8 sequence at `i` and returns its meaning and length.
  @inline(__always)
  static func wide(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Wide, Int) {
    let n = p.count
    let b0 = p[i]
    if b0 < 0xC0 { return (.letter(upper: false), 1) }  // stray continuation byte
    if b0 < 0xE0 {
      guard i + 1 < n else { return (.letter(upper: false), 1) }
      let b1 = p[i + 1]
      if b0 == 0xC2 {
        switch b1 {
        case 0xA0: return (.space, 2)
        case 0x85: return (.lineBreak, 2)
        case 0xAB: return (.quote(.leftGuillemet), 2)
        case 0xBB: return (.quote(.rightGuillemet), 2)
        case 0xAD: return (.ignorable, 2)  // soft hyphen
        default: return (.punctuation(.other), 2)
        }
      }
      if b0 == 0xC3 { return (.letter(upper: b1 < 0x9F && b1 != 0x97), 2) }
      // Greek and Cyrillic capitals.
      let upper = (b0 == 0xCE && b1 >= 0x91 && b1 <= 0xA9) || (b0 == 0xD0 && b1 < 0xB0)
      return (.letter(upper: upper), 2)
    }
    if b0 < 0xF0 {
      guard i + 2 < n else { return (.letter(upper: false), n - i) }
      let b1 = p[i + 1]
      let b2 = p[i + 2]
      if b0 == 0xE2 && b1 == 0x80 {
        switch b2 {
        case 0x80...0x8A, 0xAF: return (.space, 3)
        case 0x8B...0x8F: return (.ignorable, 3)
        case 0x93: return (.punctuation(.dash), 3)
        case 0x94, 0x95: return (.punctuation(.dash), 3)
        case 0x98: return (.quote(.leftSingle), 3)
        case 0x99: return (.quote(.rightSingle), 3)
        case 0x9A: return (.quote(.lowSingle), 3)
        case 0x9C: return (.quote(.leftDouble), 3)
        case 0x9D: return (.quote(.rightDouble), 3)
        case 0x9E: return (.quote(.lowDouble), 3)
        case 0xA6: return (.punctuation(.ellipsis), 3)
        case 0xA8, 0xA9: return (.lineBreak, 3)
        case 0xB9: return (.quote(.leftSingleGuillemet), 3)
        case 0xBA: return (.quote(.rightSingleGuillemet), 3)
        default: return (.punctuation(.other), 3)
        }
      }
      if b0 == 0xE3 && b1 == 0x80 && b2 == 0x80 { return (.space, 3) }
      if b0 == 0xEF && b1 == 0xBB && b2 == 0xBF { return (.ignorable, 3) }
      if b0 == 0xE2 && b1 == 0x81 && b2 == 0x9F { return (.space, 3) }
      return (.letter(upper: false), 3)
    }
    return (.letter(upper: false), min(4, n - i))
  }
}

/// Eight bytes at a time in a `UInt64` (SIMD within a register): the scans that
/// copy or count long runs of plain bytes skip eight of them per step.
enum SWAR {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `i` (the caller checks `i + 8 <= p.count`).
  @inline(__always) static func load(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
  }

  /// Nonzero exactly when some byte of `x` is below `n` (1 ≤ n ≤ 128); bytes ≥ 0x80
  /// never count. (Which bytes are flagged is exact only for the lowest one.)
  @inline(__always) static func below(_ x: UInt64, _ n: UInt8) -> UInt64 {
    (x &- ones &* UInt64(n)) & ~x & highs
  }

  /// Nonzero when some byte of `x` equals `b`.
  @inline(__always) static func has(_ x: UInt64, _ b: UInt8) -> UInt64 {
    below(x ^ (ones &* UInt64(b)), 1)
  }

  /// Whether all eight bytes are ASCII.
  @inline(__always) static func isASCII(_ x: UInt64) -> Bool { x & highs == 0 }

  /// The first index from `i` whose byte is `"`, `\`, below 0x20 or — unless
  /// `allowingNonASCII` — 0x80 or above; `p.count` if none. The JSON string scans:
  /// 32 bytes a step with SIMD compares, then 8 with SWAR, each step's first hit
  /// found from its mask's trailing zeros.
  @inline(__always)
  static func firstSpecialJSONByte(_ p: UnsafeBufferPointer<UInt8>, from i: Int, allowingNonASCII: Bool) -> Int {
    var i = i
    let n = p.count
    guard let base = p.baseAddress else { return n }
    while i + 32 <= n {
      let a = SIMDBytes.load(base + i)
      let b = SIMDBytes.load(base + i + 16)
      var ma = SIMDBytes.jsonSpecial(a)
      var mb = SIMDBytes.jsonSpecial(b)
      if !allowingNonASCII {
        ma = ma .| SIMDBytes.nonASCII(a)
        mb = mb .| SIMDBytes.nonASCII(b)
      }
      if SIMDBytes.any(ma .| mb) {
        return i + (SIMDBytes.bits(ma) | SIMDBytes.bits(mb) << 16).trailingZeroBitCount
      }
      i += 32
    }
    while i + 8 <= n {
      let x = load(p, i)
      // The lowest flagged byte of each test is exact, so the lowest of all of them is.
      let special = has(x, 0x22) | has(x, 0x5C) | below(x, 0x20) | (allowingNonASCII ? 0 : x & highs)
      if special != 0 { return i + special.trailingZeroBitCount >> 3 }
      i += 8
    }
    while i < n {
      let b = p[i]
      if b == 0x22 || b == 0x5C || b < 0x20 || (!allowingNonASCII && b >= 0x80) { return i }
      i += 1
    }
    return n
  }
}
