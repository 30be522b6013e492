/// Splits the UTF-8 bytes of an article into ``Token``s.
///
/// The tokenizer works on raw bytes: ASCII is classified with a few compares,
/// multi-byte sequences are looked at only for the punctuation, spaces and
/// quotation marks news text uses. Words are looked up in the profile's
/// ``WordTable`` as they are cut, so later stages compare integers.
///
/// Most words are plain — ASCII letters and digits up to a space or punctuation — and are
/// read eight bytes a step (SWAR masks for letters, capitals and digits: the word's end, its
/// capitals and small letters counted at once) and looked up in the table's perfect hash
/// (``WordIndex``) from two loads; any other word is read byte by byte.
public struct Tokenizer: Sendable {
  /// The words whose ids tokens carry.
  public let table: WordTable
  /// Whether an elided article or pronoun ends its word at the apostrophe (French `l'`, `qu'`).
  public let splitsElisions: Bool
  /// Whether plain words take the fast path (tests read every word byte by byte to compare).
  let plainWordsFast: Bool

  /// Creates a tokenizer that tags words found in `table`.
  ///
  /// - Parameter splitsElisions: cut `l'État` into `l'` and `État` (French).
  public init(table: WordTable, splitsElisions: Bool = false) {
    self.init(table: table, splitsElisions: splitsElisions, plainWordsFast: true)
  }

  init(table: WordTable, splitsElisions: Bool, plainWordsFast: Bool) {
    self.table = table
    self.splitsElisions = splitsElisions
    self.plainWordsFast = plainWordsFast
  }

  /// Whether `p[start..<end]` is an elided French word (`l`, `d`, `qu`, `lorsqu`…).
  private func isElision(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard splitsElisions else { return false }
    switch end - start {
    case 1: return "ldjnscmt".utf8.contains(ByteClass.lower(p[start]))
    case 2, 5, 6:
      var w: [UInt8] = []
      for k in start..<end { w.append(ByteClass.lower(p[k])) }
      return w == Array("qu".utf8) || w == Array("jusqu".utf8) || w == Array("lorsqu".utf8) || w == Array("puisqu".utf8)
    default: return false
    }
  }

  /// Tokenizes `text`, replacing the contents of `tokens` (whose capacity is reused).
  ///
  /// - Complexity: O(n) in the number of bytes.
  public func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
    tokenize(text, into: &tokens, room: TokenRoom())
  }

  /// Tokenizes `text` into `room` (kept from article to article by a ``Document``), then
  /// copies the tokens into `tokens` (whose capacity is reused).
  func tokenize(_ text: UnsafeBufferPointer<UInt8>, into tokens: inout [Token], room: TokenRoom) {
    // Every token takes at least one byte.
    room.reserve(text.count + 1)
    // The table's plain words, made when a tokenizer of the table first reads an article.
    let index = table.plainIndex
    var out = Output(base: room.base)
    let p = text
    let n = p.count
    var i = 0

    while i < n {
      let b = p[i]
      if b < 0x80 {
        if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
          i = plainWordsFast ? word(p, i, index, &out) : slowWord(p, i, &out)
          continue
        }
        if ByteClass.isSpace(b) {
          if b == 0x0A { out.newlines += 1 }
          out.markSpace()
          i += 1
          continue
        }
        switch b {
        case 0x22:
          out.push(i, i + 1, .quote, QuoteMark.straightDouble.rawValue, [], -1)
          i += 1
        case 0x27:
          if i + 1 < n && p[i + 1] == 0x27 {
            out.push(i, i + 2, .quote, QuoteMark.doubledApostrophe.rawValue, [], -1)
            i += 2
          } else {
            out.push(i, i + 1, .quote, QuoteMark.straightSingle.rawValue, [], -1)
            i += 1
          }
        case 0x60:
          if i + 1 < n && p[i + 1] == 0x60 {
            out.push(i, i + 2, .quote, QuoteMark.backticks.rawValue, [], -1)
            i += 2
          } else {
            out.push(i, i + 1, .quote, QuoteMark.leftSingle.rawValue, [], -1)
            i += 1
          }
        case 0x2E:
          var j = i + 1
          while j < n && p[j] == 0x2E { j += 1 }
          out.push(i, j, .punctuation, (j - i >= 2 ? Punctuation.ellipsis : .period).rawValue, [], -1)
          i = j
        case 0x2D:
          var j = i + 1
          while j < n && p[j] == 0x2D { j += 1 }
          let spaced = j - i >= 2 || out.pendingFlags.contains(.spaceBefore) || j == n || ByteClass.isSpace(p[j])
          out.push(i, j, .punctuation, (spaced ? Punctuation.dash : .hyphen).rawValue, [], -1)
          i = j
        default:
          let punct: Punctuation
          switch b {
          case 0x2C: punct = .comma
          case 0x3A: punct = .colon
          case 0x3B: punct = .semicolon
          case 0x3F: punct = .question
          case 0x21: punct = .exclamation
          case 0x28, 0x5B, 0x7B: punct = .openParen
          case 0x29, 0x5D, 0x7D: punct = .closeParen
          case 0x2F: punct = .slash
          default:
            if b < 0x20 {  // control characters act as spaces
              out.markSpace()
              i += 1
              continue
            }
            punct = .other
          }
          out.push(i, i + 1, .punctuation, punct.rawValue, [], -1)
          i += 1
        }
        continue
      }
      let (meaning, len) = ByteClass.wide(p, i)
      switch meaning {
      case .space:
        out.markSpace()
      case .lineBreak:
        out.newlines += 1
        out.markSpace()
      case .ignorable:
        break
      case .quote(let m):
        out.push(i, i + len, .quote, m.rawValue, [], -1)
      case .punctuation(let punct):
        out.push(i, i + len, .punctuation, punct.rawValue, [], -1)
      case .letter:
        i = slowWord(p, i, &out)
        continue
      }
      i += len
    }
    if out.count > 0 { out.base[out.count - 1].flags.insert(.spaceAfter) }
    tokens.removeAll(keepingCapacity: true)
    tokens.append(contentsOf: UnsafeBufferPointer(start: room.base, count: out.count))
  }

  /// The tokens being built (in a room with space for all of them), with the layout seen
  /// since the last one.
  struct Output {
    let base: UnsafeMutablePointer<Token>
    var count = 0
    var pendingFlags: TokenFlags = .spaceBefore
    var newlines = 0

    init(base: UnsafeMutablePointer<Token>) { self.base = base }

    @inline(__always)
    mutating func push(_ start: Int, _ end: Int, _ kind: TokenKind, _ detail: UInt8, _ extra: TokenFlags, _ word: Int32) {
      var f = pendingFlags.union(extra)
      if newlines >= 1 { f.insert(.lineBreakBefore) }
      if newlines >= 2 { f.insert(.blankLineBefore) }
      (base + count).initialize(
        to: Token(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: end), kind: kind, flags: f, detail: detail, word: word))
      count += 1
      pendingFlags = []
      newlines = 0
    }

    @inline(__always)
    mutating func markSpace() {
      if !pendingFlags.contains(.spaceBefore) {
        pendingFlags.insert(.spaceBefore)
        if count > 0 { base[count - 1].flags.insert(.spaceAfter) }
      }
    }
  }

  /// Cuts one word or number starting at `start` (an ASCII letter or digit); returns the index
  /// after it. A plain word is cut on the fast path; any other goes on to ``slowWord(_:_:_:)``.
  @inline(__always)
  private func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ index: WordIndex, _ out: inout Output) -> Int {
    guard let w = PlainWord(p, start) else { return slowWord(p, start, &out) }
    let end = w.end
    let numeric = ByteClass.isDigit(p[start])
    var flags: TokenFlags = []
    if ByteClass.isUpper(p[start]) { flags.insert(.capitalized) }
    if w.allCaps { flags.insert(.allCaps) }
    let id: Int32 = numeric ? -1 : w.key.map { index.lookup($0) } ?? table.lookup(p, start, end)
    out.push(start, end, numeric ? .number : .word, 0, flags, id)
    return end
  }

  /// Cuts one word or number starting at `start`, byte by byte; returns the index after it.
  @inline(never)
  private func slowWord(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ out: inout Output) -> Int {
    let n = p.count
    var i = start
    var upperLetters = 0
    var lowerLetters = 0
    var flags: TokenFlags = []
    let numeric = ByteClass.isDigit(p[start])
    var segment = 0  // letters since the start or the last inner period
    var lastWasLetter = false
    // The word's hash for the table, made while reading ASCII letters and digits;
    // a word with anything else in it is hashed again at the end.
    var hash = WordTable.hashSeed
    var plain = true
    if p[start] >= 0x80 {
      if case .letter(let upper) = ByteClass.wide(p, start).0, upper { flags.insert(.capitalized) }
    } else if ByteClass.isUpper(p[start]) {
      flags.insert(.capitalized)
    }
    while i < n {
      let b = p[i]
      if b < 0x80 {
        if ByteClass.isASCIILetter(b) {
          if ByteClass.isUpper(b) { upperLetters += 1 } else { lowerLetters += 1 }
          hash = WordTable.hashStep(hash, b)
          i += 1
          // Most of a word is lower-case ASCII letters: take them in a tight loop.
          var j = i
          while j < n, case let c = p[j], c &- 0x61 < 26 {
            hash = WordTable.hashStep(hash, folded: c)
            j += 1
          }
          lowerLetters += j - i
          segment += j - i + 1
          lastWasLetter = true
          i = j
          continue
        }
        if ByteClass.isDigit(b) {
          hash = WordTable.hashStep(hash, b)
          segment += 1
          lastWasLetter = false
          i += 1
          continue
        }
        let next: UInt8 = i + 1 < n ? p[i + 1] : 0
        if b == 0x27 && splitsElisions && lastWasLetter && isElision(p, start, i) {
          plain = false
          i += 1  // l'État: the article is a word of its own
          break
        }
        if b == 0x27 && lastWasLetter && next < 0x80 && ByteClass.isASCIILetter(next) && next != 0x27 {
          plain = false
          i += 1  // don't, O'Neill, Scott's
          continue
        }
        if b == 0x2D && i + 1 < n && (ByteClass.isASCIILetter(next) || ByteClass.isDigit(next) || next >= 0xC3) {
          plain = false
          i += 1
          segment = 0
          continue
        }
        if (b == 0x2E || b == 0x2C) && numeric && ByteClass.isDigit(next) && i > start && ByteClass.isDigit(p[i - 1]) {
          plain = false
          i += 1
          continue
        }
        if b == 0x2E && !numeric && segment <= 2 && segment > 0 && lastWasLetter {
          // U.S., e.g., p.m.: a short segment followed by a letter and a period
          if ByteClass.isASCIILetter(next) && i + 2 < n && (p[i + 2] == 0x2E || (i + 3 < n && p[i + 3] == 0x2E && ByteClass.isASCIILetter(p[i + 2]))) {
            flags.insert(.dotted)
            segment = 0
            plain = false
            i += 1
            continue
          }
          if flags.contains(.dotted) {
            plain = false
            i += 1  // the closing period of U.S.
            break
          }
        }
        break
      }
      let (meaning, len) = ByteClass.wide(p, i)
      if case .letter = meaning {
        plain = false
        lowerLetters += 1
        segment += 1
        lastWasLetter = true
        i += len
        continue
      }
      if case .quote(.rightSingle) = meaning, lastWasLetter, isElision(p, start, i) {
        plain = false
        i += len
        break
      }
      if case .quote(.rightSingle) = meaning, lastWasLetter, i + len < n {
        let next = p[i + len]
        if ByteClass.isASCIILetter(next) || next >= 0xC3 && next < 0xE0 {
          plain = false
          i += len
          continue
        }
      }
      if case .ignorable = meaning {
        plain = false
        i += len
        continue
      }
      break
    }
    if upperLetters >= 2 && lowerLetters == 0 { flags.insert(.allCaps) }
    let id = numeric ? -1 : table.lookup(p, start, i, hash: plain ? WordTable.finish(hash) : WordTable.hash(p, start, i))
    out.push(start, i, numeric ? .number : .word, 0, flags, id)
    return i
  }
}

/// Where a ``Tokenizer`` writes the tokens of an article before they are copied out: room for
/// one token per byte, kept from article to article (it grows to the largest).
final class TokenRoom {
  private(set) var base: UnsafeMutablePointer<Token>
  private var capacity: Int

  init() {
    capacity = 256
    base = .allocate(capacity: capacity)
  }

  deinit { base.deallocate() }

  /// Makes room for `n` tokens (what was written before is not kept).
  func reserve(_ n: Int) {
    guard n > capacity else { return }
    base.deallocate()
    capacity = Swift.max(n, 2 * capacity)
    base = .allocate(capacity: capacity)
  }
}

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
