import Foundation

/// A quote's words, normalised so that the same words printed differently compare
/// equal, as 64-bit hashes.
///
/// `“We’re NOT going — to ‘give up’,” she said` and `"we're not going to give up" she
/// said` have the same words: lowercased; letters, marks and digits make words and
/// everything else (quotation marks, punctuation, dashes, spacing) separates them; an
/// apostrophe (`' ’ ‘ ʼ ` ´ ′`) inside a word is kept as `'`, one at either end is
/// dropped. A text with a combining mark is first put in NFC, so that `é` typed as
/// `e` + accent is the same letter.
///
/// The same rules are in `examples/spark/linkrules.py`, which must give the same hashes.
public struct QuoteWords: Sendable, Equatable {
  /// The hash of each word: fmix64 of FNV-1a 64 over the word's UTF-8.
  public var hashes: [UInt64]

  /// The key of the whole text: ``LinkHash/sequence(_:_:)`` over all words.
  public var key: UInt64 { LinkHash.sequence(hashes[...]) }

  /// The words of `text`.
  public init(_ text: String) {
    var copy = text
    var result = copy.withUTF8 { Self.scan($0) }
    if result.sawMark {
      var composed = text.precomposedStringWithCanonicalMapping
      result = composed.withUTF8 { Self.scan($0) }
    }
    hashes = result.hashes
  }

  /// The words of UTF-8 bytes (invalid sequences separate words).
  public init(utf8 p: UnsafeBufferPointer<UInt8>) {
    let result = Self.scan(p)
    hashes = result.sawMark ? QuoteWords(String(decoding: p, as: UTF8.self)).hashes : result.hashes
  }

  /// The words' hashes, and whether a combining mark was seen.
  static func scan(_ p: UnsafeBufferPointer<UInt8>) -> (hashes: [UInt64], sawMark: Bool) {
    var hashes: [UInt64] = []
    hashes.reserveCapacity(p.count / 5 + 2)
    var h = LinkHash.fnvOffset
    var inWord = false
    var sawMark = false
    var i = 0
    // A word ends: its hash is kept and the next starts afresh (`h` is the offset basis
    // whenever no word is open). Written out at each end, not as a local function: one that
    // captures these variables costs a dynamic exclusivity check on every call.
    while i < p.count {
      let b = p[i]
      if b < 0x80 && b != 0x27 && b != 0x60 {
        // ASCII letters and digits (lowercased) and separators, without decoding: a run of
        // letters and digits in one tight loop.
        if (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 {
          inWord = true
          var c = b
          repeat {
            h = LinkHash.fnv(h, c | 0x20)  // digits have the 0x20 bit already
            i += 1
            guard i < p.count else { break }
            c = p[i]
          } while (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10
          continue
        } else if inWord {
          hashes.append(LinkHash.fmix(h))
          inWord = false
          h = LinkHash.fnvOffset
        }
        i += 1
        continue
      }
      let (scalar, length) = Self.scalar(p, at: i)
      i += length
      switch Self.classify(scalar) {
      case .word:
        inWord = true
        if scalar.value < 0x80 {
          let b = UInt8(scalar.value)
          h = LinkHash.fnv(h, b >= 0x41 && b <= 0x5A ? b + 0x20 : b)
        } else {
          if scalar.properties.generalCategory.isMark { sawMark = true }
          if scalar.properties.changesWhenLowercased {
            for b in scalar.properties.lowercaseMapping.utf8 { h = LinkHash.fnv(h, b) }
          } else {
            UTF8.encode(scalar) { h = LinkHash.fnv(h, $0) }
          }
        }
      case .apostrophe:
        if inWord, i < p.count, Self.classify(Self.scalar(p, at: i).0) == .word {
          h = LinkHash.fnv(h, 0x27)
        } else if inWord {
          hashes.append(LinkHash.fmix(h))
          inWord = false
          h = LinkHash.fnvOffset
        }
      case .separator:
        if inWord {
          hashes.append(LinkHash.fmix(h))
          inWord = false
          h = LinkHash.fnvOffset
        }
      }
    }
    if inWord { hashes.append(LinkHash.fmix(h)) }
    return (hashes, sawMark)
  }

  enum Class { case word, apostrophe, separator }

  @inline(__always)
  static func classify(_ s: Unicode.Scalar) -> Class {
    let v = s.value
    if v < 0x80 {
      switch v {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
      case 0x27, 0x60: return .apostrophe
      default: return .separator
      }
    }
    switch v {
    case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032: return .apostrophe
    default: break
    }
    switch s.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
      .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
      return .word
    default:
      return .separator
    }
  }

  /// The scalar at `i` and its length in bytes (U+FFFD and 1 for an invalid sequence).
  @inline(__always)
  static func scalar(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b0 = p[i]
    if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
    let n = UTF8Validation.sequenceLength(p, i)
    guard n > 0 else { return ("\u{FFFD}", 1) }
    var v = UInt32(b0) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
    for k in 1..<n { v = v << 6 | UInt32(p[i + k] & 0x3F) }
    return (Unicode.Scalar(v) ?? "\u{FFFD}", n)
  }
}

extension Unicode.GeneralCategory {
  var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}

/// The 64-bit hashes of quote linking (the same in `examples/spark/linkrules.py`).
public enum LinkHash {
  static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
  static let fnvPrime: UInt64 = 0x100_0000_01B3
  static let sequenceSeed: UInt64 = 0x9E37_79B9_7F4A_7C15

  @inline(__always)
  static func fnv(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* fnvPrime }

  /// MurmurHash3's 64-bit finaliser: every input bit moves every output bit.
  @inline(__always)
  public static func fmix(_ x: UInt64) -> UInt64 {
    var x = x
    x ^= x >> 33
    x &*= 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    x &*= 0xC4CE_B9FE_1A85_EC53
    x ^= x >> 33
    return x
  }

  /// The hash of one word: fmix64 of FNV-1a 64 over its UTF-8.
  public static func word(_ w: String) -> UInt64 {
    var h = fnvOffset
    for b in w.utf8 { h = fnv(h, b) }
    return fmix(h)
  }

  /// The hash of a run of words: their hashes folded in order through fmix64.
  public static func sequence(_ hashes: ArraySlice<UInt64>) -> UInt64 {
    var h = sequenceSeed
    for x in hashes { h = fmix(h ^ x) }
    return h
  }
}
