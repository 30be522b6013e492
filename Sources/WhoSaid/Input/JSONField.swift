/// A malformed JSON document, with what is wrong and where (byte offset).
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public var message: String
  /// The byte offset in the line where it went wrong.
  public var offset: Int
  /// `what is wrong at byte N` (1-based).
  public var description: String { "\(message) at byte \(offset + 1)" }
}

/// Reads the fields a pipeline needs from one JSON object (a JSON Lines record)
/// without building the whole document: the rest is validated and skipped.
public struct JSONFieldReader: Sendable {
  /// What was found for one requested path.
  public enum Value: Sendable, Equatable {
    /// A string, decoded to UTF-8 (escapes resolved; lone surrogates become U+FFFD).
    case string([UInt8])
    /// Any other value, as its raw JSON bytes.
    case raw([UInt8])
  }

  /// Each path's field names, as UTF-8 bytes.
  let paths: [[[UInt8]]]

  /// - Parameter paths: Dotted field paths to read (`id`, `article.body`); at most 64.
  public init(paths: [String]) {
    precondition(paths.count <= 64, "JSONFieldReader reads at most 64 paths")
    self.paths = paths.map { $0.split(separator: ".").map { Array($0.utf8) } }
  }

  /// Parses `line` and returns the value of each path (nil when absent).
  ///
  /// - Throws: ``JSONError`` when the line is not one valid JSON object.
  /// - Complexity: O(n) in the length of the line.
  public func read(_ line: UnsafeBufferPointer<UInt8>) throws(JSONError) -> [Value?] {
    var p = Parser(p: line, paths: paths)
    p.skipSpace()
    guard p.i < line.count, line[p.i] == 0x7B else { throw JSONError(message: "expected a JSON object", offset: p.i) }
    try p.value(matching: paths.isEmpty ? 0 : UInt64.max >> (64 - paths.count), level: 0)
    p.skipSpace()
    if p.i != line.count { throw JSONError(message: "unexpected data after the object", offset: p.i) }
    return p.found
  }

  struct Parser {
    let p: UnsafeBufferPointer<UInt8>
    let paths: [[[UInt8]]]
    var i = 0
    var found: [Value?]
    var depth = 0
    /// Whether the last string read had an escape in it.
    var sawEscape = false

    init(p: UnsafeBufferPointer<UInt8>, paths: [[[UInt8]]]) {
      self.p = p
      self.paths = paths
      found = Array(repeating: nil, count: paths.count)
    }

    /// Steps over white space; at once when the next byte is none (compact JSON: most calls).
    @inline(__always)
    mutating func skipSpace() {
      if i < p.count && p[i] > 0x20 { return }
      skipSpaceLoop()
    }

    mutating func skipSpaceLoop() {
      while i < p.count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
    }

    /// Steps over the string at `i` without decoding it, as `string(decode: false)` does
    /// (`sawEscape` set alike): a string with no escape and no control byte in one scan to its
    /// closing quote, any other by ``string(decode:)`` from its start (same errors).
    @inline(__always)
    mutating func skipString() throws(JSONError) {
      let end = SWAR.firstSpecialJSONByte(p, from: i + 1, allowingNonASCII: true)
      if end < p.count && p[end] == 0x22 {
        i = end + 1
        sawEscape = false
        return
      }
      _ = try string(decode: false)
    }

    func fail(_ m: String) -> JSONError { JSONError(message: m, offset: i) }

    /// Parses a value at nesting `level`; `matching` has a bit set for each path whose
    /// first `level` names lead here. A path that ends here gets the value.
    mutating func value(matching: UInt64, level: Int) throws(JSONError) {
      skipSpace()
      guard i < p.count else { throw fail("unexpected end of line") }
      var wanted: Int?
      var deeper: UInt64 = 0  // paths that go on below this value
      var bits = matching
      while bits != 0 {
        let w = bits.trailingZeroBitCount
        bits &= bits - 1
        if paths[w].count == level {
          if wanted == nil { wanted = w }
        } else {
          deeper |= 1 << UInt64(w)
        }
      }
      let start = i
      switch p[i] {
      case 0x7B: try object(deeper: deeper, level: level)
      case 0x5B: try array(level: level)
      case 0x22:
        guard let w = wanted else { return try skipString() }
        found[w] = .string(try string(decode: true))
        return
      case 0x74: try literal("true")
      case 0x66: try literal("false")
      case 0x6E: try literal("null")
      default:
        try number()
      }
      if let w = wanted { found[w] = .raw(Array(UnsafeBufferPointer(rebasing: p[start..<i]))) }
    }

    /// Parses the object at `i` (nesting `level`); `deeper` has a bit set for each path that
    /// goes on below it, and a field whose name is a path's next name is read for that path.
    mutating func object(deeper: UInt64, level: Int) throws(JSONError) {
      guard try enter(closedBy: 0x7D) else { return }
      repeat {
        skipSpace()
        guard i < p.count, p[i] == 0x22 else { throw fail("expected a field name") }
        let keyStart = i
        try skipString()
        let next = try deeper == 0 ? 0 : pathsNamed(keyStart: keyStart, among: deeper, level: level)
        skipSpace()
        guard i < p.count, p[i] == 0x3A else { throw fail("expected ':'") }
        i += 1
        try value(matching: next, level: level + 1)
      } while try goesOn(closedBy: 0x7D)
    }

    /// The paths among `candidates` whose name at `level` is the key just read (from
    /// `keyStart` to `i`): compared in place, decoded only when the key has escapes.
    @inline(__always)
    mutating func pathsNamed(keyStart: Int, among candidates: UInt64, level: Int) throws(JSONError) -> UInt64 {
      let escaped = sawEscape
      let keyEnd = i
      var decoded: [UInt8] = []
      if escaped {
        i = keyStart
        decoded = try string(decode: true)
      }
      var next: UInt64 = 0
      var bits = candidates
      while bits != 0 {
        let w = bits.trailingZeroBitCount
        bits &= bits - 1
        let name = paths[w][level]
        let same = escaped ? decoded == name : bytes(keyStart + 1, keyEnd - 1, are: name)
        if same { next |= 1 << UInt64(w) }
      }
      return next
    }

    /// Whether `p[start..<end]` holds the bytes of `name`.
    @inline(__always)
    func bytes(_ start: Int, _ end: Int, are name: [UInt8]) -> Bool {
      guard name.count == end - start else { return false }
      for k in 0..<name.count where name[k] != p[start + k] { return false }
      return true
    }

    /// Parses the array at `i` (nesting `level`); no path reads inside an array.
    mutating func array(level: Int) throws(JSONError) {
      guard try enter(closedBy: 0x5D) else { return }
      repeat {
        try value(matching: 0, level: level + 1)
      } while try goesOn(closedBy: 0x5D)
    }

    /// Steps into the object or array at `i`, one level deeper; returns false when it is empty
    /// (`{}`, `[]`: stepped over and out again).
    @inline(__always)
    mutating func enter(closedBy close: UInt8) throws(JSONError) -> Bool {
      depth += 1
      if depth > 512 { throw fail("nesting too deep") }
      i += 1
      skipSpace()
      guard i < p.count && p[i] == close else { return true }
      i += 1
      depth -= 1
      return false
    }

    /// After a member of an object or array: true at a comma (stepped over), false at `close`
    /// (stepped over and out, one level up).
    @inline(__always)
    mutating func goesOn(closedBy close: UInt8) throws(JSONError) -> Bool {
      skipSpace()
      let object = close == 0x7D
      guard i < p.count else { throw fail(object ? "unterminated object" : "unterminated array") }
      if p[i] == 0x2C {
        i += 1
        return true
      }
      if p[i] == close {
        i += 1
        depth -= 1
        return false
      }
      throw fail(object ? "expected ',' or '}'" : "expected ',' or ']'")
    }

    mutating func literal(_ word: StaticString) throws(JSONError) {
      let n = word.utf8CodeUnitCount
      guard i + n <= p.count else { throw fail("invalid literal") }
      for k in 0..<n where p[i + k] != word.utf8Start[k] { throw fail("invalid literal") }
      i += n
    }

    /// A number as RFC 8259 spells it: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() throws(JSONError) {
      let s = i
      if i < p.count && p[i] == 0x2D { i += 1 }
      guard i < p.count, p[i] >= 0x30 && p[i] <= 0x39 else {
        i = s
        throw fail("unexpected character")
      }
      if p[i] == 0x30 { i += 1 } else { digits() }
      if i < p.count && p[i] == 0x2E {
        i += 1
        if digits() == 0 { throw fail("invalid number") }
      }
      if i < p.count && (p[i] == 0x65 || p[i] == 0x45) {
        i += 1
        if i < p.count && (p[i] == 0x2B || p[i] == 0x2D) { i += 1 }
        if digits() == 0 { throw fail("invalid number") }
      }
    }

    @discardableResult
    mutating func digits() -> Int {
      let s = i
      while i < p.count, p[i] >= 0x30 && p[i] <= 0x39 { i += 1 }
      return i - s
    }

    /// Parses a string at `i`; returns its decoded bytes when `decode` is set.
    mutating func string(decode: Bool) throws(JSONError) -> [UInt8] {
      i += 1
      sawEscape = false
      var out: [UInt8] = []
      var runStart = i
      var first = true
      while true {
        // Fast path: copy the run up to the next quote, backslash or control byte.
        i = SWAR.firstSpecialJSONByte(p, from: i, allowingNonASCII: true)
        if decode && first && i < p.count && p[i] != 0x22 {
          // Escapes ahead: make room once for the rest of the line (at most 1 MB; more grows).
          out.reserveCapacity(min(p.count - runStart, 1 << 20))
        }
        first = false
        guard i < p.count else { throw fail("unterminated string") }
        if decode && i > runStart {
          // A long string: room for all the rest of the line at once (its decoded bytes
          // are never more), not doubling after doubling with two copies alive.
          if out.count + (i - runStart) > out.capacity { out.reserveCapacity(out.count + (p.count - runStart)) }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
        }
        let b = p[i]
        if b == 0x22 {
          i += 1
          return out
        }
        if b < 0x20 { throw fail("control character in string") }
        // Escape.
        sawEscape = true
        guard i + 1 < p.count else { throw fail("unterminated escape") }
        let e = p[i + 1]
        i += 2
        switch e {
        case 0x22, 0x5C, 0x2F: out.append(e)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75:
          var scalar = try hex4()
          if scalar >= 0xD800 && scalar < 0xDC00 {
            if i + 6 <= p.count, p[i] == 0x5C, p[i + 1] == 0x75 {
              let save = i
              i += 2
              let low = try hex4()
              if low >= 0xDC00 && low < 0xE000 {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
              } else {
                i = save
                scalar = 0xFFFD
              }
            } else {
              scalar = 0xFFFD
            }
          } else if scalar >= 0xDC00 && scalar < 0xE000 {
            scalar = 0xFFFD
          }
          if decode { append(scalar, to: &out) }
        default:
          i -= 1
          throw fail("invalid escape")
        }
        runStart = i
      }
    }

    mutating func hex4() throws(JSONError) -> UInt32 {
      guard i + 4 <= p.count else { throw fail("invalid \\u escape") }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let c = p[i]
        let d: UInt32
        switch c {
        case 0x30...0x39: d = UInt32(c - 0x30)
        case 0x41...0x46: d = UInt32(c - 0x41 + 10)
        case 0x61...0x66: d = UInt32(c - 0x61 + 10)
        default: throw fail("invalid \\u escape")
        }
        v = v << 4 | d
        i += 1
      }
      return v
    }

    func append(_ s: UInt32, to out: inout [UInt8]) {
      switch s {
      case 0..<0x80: out.append(UInt8(s))
      case 0x80..<0x800:
        out.append(UInt8(0xC0 | (s >> 6)))
        out.append(UInt8(0x80 | (s & 0x3F)))
      case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (s >> 12)))
        out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (s & 0x3F)))
      default:
        out.append(UInt8(0xF0 | (s >> 18)))
        out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (s & 0x3F)))
      }
    }
  }
}
