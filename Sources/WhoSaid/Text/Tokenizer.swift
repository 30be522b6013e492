/// Splits the UTF-8 bytes of an article into ``Token``s.
///
/// The tokenizer works on raw bytes: ASCII is classified with a few compares,
/// multi-byte sequences are looked at only for the punctuation, spaces and
/// quotation marks news text uses. Words are looked up in the profile's
/// ``WordTable`` as they are cut, so later stages compare integers.
public struct Tokenizer: Sendable {
  /// The words whose ids tokens carry.
  public let table: WordTable
  /// Whether an elided article or pronoun ends its word at the apostrophe (French `l'`, `qu'`).
  public let splitsElisions: Bool

  /// Creates a tokenizer that tags words found in `table`.
  ///
  /// - Parameter splitsElisions: cut `l'État` into `l'` and `État` (French).
  public init(table: WordTable, splitsElisions: Bool = false) {
    self.table = table
    self.splitsElisions = splitsElisions
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
    var out = Output(tokens: [])
    swap(&out.tokens, &tokens)
    out.tokens.removeAll(keepingCapacity: true)
    defer { swap(&out.tokens, &tokens) }
    let p = text
    let n = p.count
    var i = 0

    while i < n {
      let b = p[i]
      if b < 0x80 {
        if ByteClass.isSpace(b) {
          if b == 0x0A { out.newlines += 1 }
          out.markSpace()
          i += 1
          continue
        }
        if ByteClass.isASCIILetter(b) || ByteClass.isDigit(b) {
          i = word(p, i, &out)
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
        i = word(p, i, &out)
        continue
      }
      i += len
    }
    if !out.tokens.isEmpty { out.tokens[out.tokens.count - 1].flags.insert(.spaceAfter) }
  }

  /// The tokens being built, with the layout seen since the last one.
  struct Output {
    var tokens: [Token]
    var pendingFlags: TokenFlags = .spaceBefore
    var newlines = 0

    @inline(__always)
    mutating func push(_ start: Int, _ end: Int, _ kind: TokenKind, _ detail: UInt8, _ extra: TokenFlags, _ word: Int32) {
      var f = pendingFlags.union(extra)
      if newlines >= 1 { f.insert(.lineBreakBefore) }
      if newlines >= 2 { f.insert(.blankLineBefore) }
      tokens.append(Token(start: UInt32(start), end: UInt32(end), kind: kind, flags: f, detail: detail, word: word))
      pendingFlags = []
      newlines = 0
    }

    @inline(__always)
    mutating func markSpace() {
      if !pendingFlags.contains(.spaceBefore) {
        pendingFlags.insert(.spaceBefore)
        if !tokens.isEmpty { tokens[tokens.count - 1].flags.insert(.spaceAfter) }
      }
    }
  }

  /// Cuts one word or number starting at `start`; returns the index after it.
  @inline(__always)
  private func word(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ out: inout Output) -> Int {
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
