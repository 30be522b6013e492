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
  /// The elided words that end at their apostrophe (French `l'`, `qu'`: see
  /// ``LanguageProfile/elisions``), each its lower-case ASCII bytes packed into a `UInt64`.
  let elidedWords: [UInt64]
  /// Whether an elided article or pronoun ends its word at the apostrophe (French `l'`, `qu'`).
  public var splitsElisions: Bool { !elidedWords.isEmpty }
  /// Whether plain words take the fast path (tests read every word byte by byte to compare).
  let plainWordsFast: Bool

  /// Creates a tokenizer that tags words found in `table`.
  ///
  /// - Parameters:
  ///   - table: The words whose ids tokens carry.
  ///   - elisions: Elided words (lower case, no apostrophe) that end at their apostrophe: with
  ///     `["l"]`, `l'État` is `l'` and `État`. A profile lists its own (``LanguageProfile/elisions``).
  public init(table: WordTable, elisions: [String] = []) {
    self.init(table: table, elisions: elisions, plainWordsFast: true)
  }

  /// Creates a tokenizer that tags words found in `table`, cutting elisions as the French
  /// profile lists them when `splitsElisions` is set.
  @available(*, deprecated, message: "pass the profile's elisions: Tokenizer(table:elisions:)")
  public init(table: WordTable, splitsElisions: Bool) {
    self.init(table: table, elisions: splitsElisions ? LanguageProfile.french.elisions : [])
  }

  init(table: WordTable, elisions: [String], plainWordsFast: Bool) {
    self.table = table
    self.elidedWords = elisions.compactMap { Self.packed($0.utf8) }
    self.plainWordsFast = plainWordsFast
  }

  /// The lower-case ASCII bytes of a word of one to eight, packed little-endian; nil otherwise.
  static func packed(_ word: some Collection<UInt8>) -> UInt64? {
    guard !word.isEmpty, word.count <= 8 else { return nil }
    var key: UInt64 = 0
    for (k, b) in word.enumerated() {
      guard b < 0x80 else { return nil }
      key |= UInt64(ByteClass.lower(b)) << (8 * k)
    }
    return key
  }

  /// Whether `p[start..<end]` is one of the profile's elided words (`l`, `d`, `qu`, `lorsqu`…),
  /// whatever its case.
  private func isElision(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    guard !elidedWords.isEmpty, let key = Self.packed(p[start..<end]) else { return false }
    return elidedWords.contains(key)
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
        } else if ByteClass.isSpace(b) {
          if b == 0x0A { out.newlines += 1 }
          out.markSpace()
          i += 1
        } else {
          i = asciiMark(p, i, &out)
        }
      } else {
        i = wideMark(p, i, &out)
      }
    }
    if out.count > 0 { out.base[out.count - 1].flags.insert(.spaceAfter) }
    tokens.removeAll(keepingCapacity: true)
    tokens.append(contentsOf: UnsafeBufferPointer(start: room.base, count: out.count))
  }

  /// Reads the ASCII byte at `i` that is no letter, digit or space — a quotation mark (`"`,
  /// `''`, `` ` ``), punctuation (`...`, `--`, `,`) or a control character — and returns the
  /// index after what it read.
  ///
  /// A call of its own (the optimizer does not inline a function this large, even when asked
  /// to): the loop in ``tokenize(_:into:room:)`` takes letters, digits and spaces itself.
  private func asciiMark(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ out: inout Output) -> Int {
    let n = p.count
    let b = p[i]
    switch b {
    case 0x22:
      out.push(i, i + 1, .quote, QuoteMark.straightDouble.rawValue, [], -1)
      return i + 1
    case 0x27, 0x60:
      // Two apostrophes or backticks open or close a quotation; one alone is a single mark.
      let doubled = i + 1 < n && p[i + 1] == b
      let mark: QuoteMark = b == 0x27 ? (doubled ? .doubledApostrophe : .straightSingle) : (doubled ? .backticks : .leftSingle)
      let end = doubled ? i + 2 : i + 1
      out.push(i, end, .quote, mark.rawValue, [], -1)
      return end
    case 0x2E:
      var j = i + 1
      while j < n && p[j] == 0x2E { j += 1 }
      out.push(i, j, .punctuation, (j - i >= 2 ? Punctuation.ellipsis : .period).rawValue, [], -1)
      return j
    case 0x2D:
      var j = i + 1
      while j < n && p[j] == 0x2D { j += 1 }
      let spaced = j - i >= 2 || out.pendingFlags.contains(.spaceBefore) || j == n || ByteClass.isSpace(p[j])
      out.push(i, j, .punctuation, (spaced ? Punctuation.dash : .hyphen).rawValue, [], -1)
      return j
    default:
      // Control characters act as spaces.
      guard let punct = Self.punctuation(b) else {
        out.markSpace()
        return i + 1
      }
      out.push(i, i + 1, .punctuation, punct.rawValue, [], -1)
      return i + 1
    }
  }

  /// The punctuation an ASCII byte of one byte's mark stands for (`,` `:` `(` `/`…; `.other`
  /// for the rest), nil for a control character.
  @inline(__always)
  private static func punctuation(_ b: UInt8) -> Punctuation? {
    switch b {
    case 0x2C: return .comma
    case 0x3A: return .colon
    case 0x3B: return .semicolon
    case 0x3F: return .question
    case 0x21: return .exclamation
    case 0x28, 0x5B, 0x7B: return .openParen
    case 0x29, 0x5D, 0x7D: return .closeParen
    case 0x2F: return .slash
    default: return b < 0x20 ? nil : .other
    }
  }

  /// Reads the multi-byte sequence at `i` — a space (`U+00A0`), a line break, a quotation mark
  /// (`«`, `“`), punctuation (`—`), or a letter that starts a word (`État`) — and returns the
  /// index after what it read.
  @inline(__always)
  private func wideMark(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ out: inout Output) -> Int {
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
      return slowWord(p, i, &out)
    }
    return i + len
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
    var w = WordScan(p, start)
    var i = start
    scan: while i < n {
      let b = p[i]
      if b < 0x80 && ByteClass.isASCIILetter(b) {
        i = w.letters(p, i)
        continue
      }
      if b < 0x80 && ByteClass.isDigit(b) {
        w.digit(b)
        i += 1
        continue
      }
      // A word goes on only over an apostrophe, a hyphen, a period or a comma among ASCII bytes.
      if b < 0x80 && b != 0x27 && b != 0x2D && b != 0x2E && b != 0x2C { break }
      switch b < 0x80 ? asciiJoint(p, i, &w) : wideJoint(p, i, &w) {
      case .inside(let length):
        w.plain = false
        i += length
      case .last(let length):
        w.plain = false
        i += length
        break scan
      case .end:
        break scan
      }
    }
    if w.upperLetters >= 2 && w.lowerLetters == 0 { w.flags.insert(.allCaps) }
    let id = w.numeric ? -1 : table.lookup(p, start, i, hash: w.plain ? WordTable.finish(w.hash) : WordTable.hash(p, start, i))
    out.push(start, i, w.numeric ? .number : .word, 0, w.flags, id)
    return i
  }

  /// What the ASCII byte at `i` (no letter or digit) does to the word `w` being read: an
  /// apostrophe inside `don't` or ending `l'`, a hyphen inside `well-known`, a decimal point
  /// or separator inside `3.5` or `1,000`, the periods of `U.S.`; anything else ends it.
  ///
  /// A call of its own, like ``asciiMark(_:_:_:)``: ``slowWord(_:_:_:)`` asks it only about
  /// those four bytes.
  private func asciiJoint(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ w: inout WordScan) -> WordScan.Joint {
    let n = p.count
    let b = p[i]
    let next: UInt8 = i + 1 < n ? p[i + 1] : 0
    if b == 0x27 && splitsElisions && w.lastWasLetter && isElision(p, w.start, i) {
      return .last(1)  // l'État: the article is a word of its own
    }
    if b == 0x27 && w.lastWasLetter && next < 0x80 && ByteClass.isASCIILetter(next) && next != 0x27 {
      return .inside(1)  // don't, O'Neill, Scott's
    }
    if b == 0x2D && i + 1 < n && (ByteClass.isASCIILetter(next) || ByteClass.isDigit(next) || next >= 0xC3) {
      w.segment = 0
      return .inside(1)
    }
    if (b == 0x2E || b == 0x2C) && w.numeric && ByteClass.isDigit(next) && i > w.start && ByteClass.isDigit(p[i - 1]) {
      return .inside(1)
    }
    if b == 0x2E && !w.numeric && w.segment <= 2 && w.segment > 0 && w.lastWasLetter {
      // U.S., e.g., p.m.: a short segment followed by a letter and a period
      if ByteClass.isASCIILetter(next) && i + 2 < n && (p[i + 2] == 0x2E || (i + 3 < n && p[i + 3] == 0x2E && ByteClass.isASCIILetter(p[i + 2]))) {
        w.flags.insert(.dotted)
        w.segment = 0
        return .inside(1)
      }
      if w.flags.contains(.dotted) {
        return .last(1)  // the closing period of U.S.
      }
    }
    return .end
  }

  /// What the multi-byte sequence at `i` does to the word `w` being read: a letter (`ü` of
  /// `Müller`) or a soft hyphen goes on with it, a right single quotation mark inside `don’t`
  /// or ending `l’`; anything else ends it. (A call of its own, like ``asciiJoint(_:_:_:)``.)
  private func wideJoint(_ p: UnsafeBufferPointer<UInt8>, _ i: Int, _ w: inout WordScan) -> WordScan.Joint {
    let (meaning, len) = ByteClass.wide(p, i)
    switch meaning {
    case .letter:
      w.lowerLetters += 1
      w.segment += 1
      w.lastWasLetter = true
      return .inside(len)
    case .quote(.rightSingle) where w.lastWasLetter:
      if isElision(p, w.start, i) { return .last(len) }
      if i + len < p.count {
        let next = p[i + len]
        if ByteClass.isASCIILetter(next) || next >= 0xC3 && next < 0xE0 { return .inside(len) }
      }
      return .end
    case .ignorable:
      return .inside(len)
    default:
      return .end
    }
  }
}

/// A word being read byte by byte: what ``Tokenizer`` counts as it goes.
struct WordScan {
  /// What a byte that is no ASCII letter or digit does to the word being read.
  enum Joint {
    /// A mark of this many bytes inside the word (`don't`, `well-known`, `3.5`).
    case inside(Int)
    /// The word's last mark, of this many bytes (the apostrophe of `l'`, the last period of `U.S.`).
    case last(Int)
    /// The word ended before it.
    case end
  }

  /// Where the word starts.
  let start: Int
  /// Whether it starts with a digit.
  let numeric: Bool
  var upperLetters = 0
  var lowerLetters = 0
  var flags: TokenFlags = []
  /// Letters since the start or the last inner period.
  var segment = 0
  var lastWasLetter = false
  /// The word's hash for the table, made while reading ASCII letters and digits;
  /// a word with anything else in it is hashed again at the end.
  var hash = WordTable.hashSeed
  /// Whether the word has nothing but ASCII letters and digits so far.
  var plain = true

  /// Starts the word at `start` (a letter or digit), capitalized when it starts with a capital.
  @inline(__always)
  init(_ p: UnsafeBufferPointer<UInt8>, _ start: Int) {
    self.start = start
    numeric = ByteClass.isDigit(p[start])
    if p[start] >= 0x80 {
      if case .letter(let upper) = ByteClass.wide(p, start).0, upper { flags.insert(.capitalized) }
    } else if ByteClass.isUpper(p[start]) {
      flags.insert(.capitalized)
    }
  }

  /// Reads the ASCII letter at `i` and the small letters after it; returns the index after them.
  @inline(__always)
  mutating func letters(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let n = p.count
    let b = p[i]
    if ByteClass.isUpper(b) { upperLetters += 1 } else { lowerLetters += 1 }
    hash = WordTable.hashStep(hash, b)
    // Most of a word is lower-case ASCII letters: take them in a tight loop.
    var j = i + 1
    while j < n, case let c = p[j], c &- 0x61 < 26 {
      hash = WordTable.hashStep(hash, folded: c)
      j += 1
    }
    lowerLetters += j - i - 1
    segment += j - i
    lastWasLetter = true
    return j
  }

  /// Reads the digit `b`.
  @inline(__always)
  mutating func digit(_ b: UInt8) {
    hash = WordTable.hashStep(hash, b)
    segment += 1
    lastWasLetter = false
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
