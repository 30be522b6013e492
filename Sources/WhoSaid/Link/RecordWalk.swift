#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Walks a whosaid record with ``JSONFieldReader``'s parser, keeping the fields of
/// quotes that linking needs and validating and skipping the rest.
struct RecordWalk {
  var p: JSONFieldReader.Parser

  /// A member name as it stands in the line (decoded only when it has escapes).
  struct Key {
    let raw: UnsafeBufferPointer<UInt8>
    let decoded: [UInt8]?

    @inline(__always)
    static func ~= (pattern: StaticString, key: Key) -> Bool {
      let n = pattern.utf8CodeUnitCount
      if let d = key.decoded {
        return d.count == n && d.withUnsafeBufferPointer { $0.baseAddress.map { memcmp($0, pattern.utf8Start, n) == 0 } ?? (n == 0) }
      }
      guard key.raw.count == n else { return false }
      return key.raw.baseAddress.map { memcmp($0, pattern.utf8Start, n) == 0 } ?? (n == 0)
    }
  }

  func fail(_ m: String) -> JSONError { JSONError(message: m, offset: p.i) }

  var next: UInt8? {
    p.i < p.p.count ? p.p[p.i] : nil
  }

  /// Steps into an object or array (`opening` `{` or `[`) by the parser's `enter(closedBy:)`;
  /// false, past its `closing`, when it is empty (`{}`, `[ ]`).
  mutating func open(_ opening: UInt8, _ closing: UInt8, _ expected: String) throws(JSONError) -> Bool {
    p.skipSpace()
    guard next == opening else { throw fail(expected) }
    return try p.enter(closedBy: closing)
  }

  /// Calls `body` for each member of the object at the cursor; `body` reads the value.
  mutating func members(_ body: (inout RecordWalk, Key) throws(JSONError) -> Void) throws(JSONError) {
    guard try open(0x7B, 0x7D, "expected '{'") else { return }
    repeat {
      p.skipSpace()
      guard next == 0x22 else { throw fail("expected a field name") }
      let keyStart = p.i
      try p.skipString()
      var decoded: [UInt8]?
      if p.sawEscape {
        let end = p.i
        p.i = keyStart
        decoded = try p.string(decode: true)
        p.i = end
      }
      let key = Key(raw: UnsafeBufferPointer(rebasing: p.p[(keyStart + 1)..<(p.i - 1)]), decoded: decoded)
      p.skipSpace()
      guard next == 0x3A else { throw fail("expected ':'") }
      p.i += 1
      p.skipSpace()
      try body(&self, key)
    } while try p.goesOn(closedBy: 0x7D)
  }

  /// Calls `body` for each element of the array at the cursor; `body` reads it.
  mutating func elements(_ body: (inout RecordWalk) throws(JSONError) -> Void) throws(JSONError) {
    guard try open(0x5B, 0x5D, "expected '['") else { return }
    repeat {
      p.skipSpace()
      try body(&self)
    } while try p.goesOn(closedBy: 0x5D)
  }

  mutating func skip() throws(JSONError) {
    try p.value(matching: 0, level: 0)
  }

  /// A string value, or nil for any other value (which is skipped).
  mutating func string() throws(JSONError) -> [UInt8]? {
    p.skipSpace()
    guard next == 0x22 else {
      try skip()
      return nil
    }
    let start = p.i
    try p.skipString()
    guard p.sawEscape else { return Array(UnsafeBufferPointer(rebasing: p.p[(start + 1)..<(p.i - 1)])) }
    // Decoded by a parser over the string alone, which sizes its buffer to it.
    var own = JSONFieldReader.Parser(p: UnsafeBufferPointer(rebasing: p.p[start..<p.i]), paths: [])
    return try own.string(decode: true)
  }

  /// Whether the value at the cursor is the string `s` (written without escapes); skips it.
  mutating func isString(_ s: StaticString) throws(JSONError) -> Bool {
    p.skipSpace()
    let start = p.i
    try skip()
    let name = UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
    return p.i - start == name.count + 2 && p.p[start] == 0x22
      && UnsafeBufferPointer(rebasing: p.p[(start + 1)..<(p.i - 1)]).elementsEqual(name)
  }

  /// A string value as a `String`, or nil for any other value.
  mutating func text() throws(JSONError) -> String? {
    p.skipSpace()
    guard next == 0x22 else {
      try skip()
      return nil
    }
    let start = p.i
    try p.skipString()
    guard p.sawEscape else { return String(decoding: UnsafeBufferPointer(rebasing: p.p[(start + 1)..<(p.i - 1)]), as: UTF8.self) }
    var own = JSONFieldReader.Parser(p: UnsafeBufferPointer(rebasing: p.p[start..<p.i]), paths: [])
    return String(decoding: try own.string(decode: true), as: UTF8.self)
  }

  /// An integer value, or nil for any other value (a fraction, null, a string).
  mutating func int() throws(JSONError) -> Int? {
    p.skipSpace()
    let start = p.i
    try skip()
    var v = 0
    var negative = false
    for (k, b) in UnsafeBufferPointer(rebasing: p.p[start..<p.i]).enumerated() {
      if k == 0 && b == 0x2D {
        negative = true
      } else if b >= 0x30 && b <= 0x39, v < Int.max / 10 - 10 {
        v = v * 10 + Int(b - 0x30)
      } else {
        return nil
      }
    }
    return p.i > start + (negative ? 1 : 0) ? (negative ? -v : v) : nil
  }

  /// A number value, or nil for any other value.
  mutating func number() throws(JSONError) -> Double? {
    p.skipSpace()
    let start = p.i
    try skip()
    return Double(String(decoding: UnsafeBufferPointer(rebasing: p.p[start..<p.i]), as: UTF8.self))
  }

  /// The article id as a JSON value: a string re-encoded, anything else as written.
  mutating func idValue() throws(JSONError) -> [UInt8] {
    p.skipSpace()
    if next == 0x22 {
      var w = JSONWriter()
      try p.string(decode: true).withUnsafeBufferPointer { w.string($0) }
      return w.bytes
    }
    let start = p.i
    try skip()
    return Array(UnsafeBufferPointer(rebasing: p.p[start..<p.i]))
  }

  /// The `quotes` array's quotes (empty for null or anything not an array).
  mutating func quotes() throws(JSONError) -> [RawQuote] {
    p.skipSpace()
    guard next == 0x5B else {
      try skip()
      return []
    }
    var out: [RawQuote] = []
    try elements { (w) throws(JSONError) in
      guard w.next == 0x7B else { return try w.skip() }
      let q = try w.quote()
      if q.kind != nil { out.append(q) }
    }
    return out
  }

  /// One quote object; its text is decoded only for a direct or mixed quote.
  mutating func quote() throws(JSONError) -> RawQuote {
    var q = RawQuote()
    var textAt: Int?
    var kindSeen = false
    try members { (w, key) throws(JSONError) in
      switch key {
      case "kind":
        kindSeen = true
        let at = w.p.i
        if try w.isString("direct") {
          q.kind = .direct
        } else {
          w.p.i = at
          q.kind = try w.isString("mixed") ? .mixed : nil
        }
      case "text":
        w.p.skipSpace()
        textAt = w.p.i
        try w.skip()
      case _ where kindSeen && q.kind == nil: try w.skip()  // indirect: nothing more to keep
      case "start": q.start = try w.int()
      case "end": q.end = try w.int()
      case "speaker": q.speaker = try w.speaker()
      case "cue": q.cue = try w.cue()
      case "fragments": q.fragments = try w.fragments()
      case "confidence": q.confidence = try w.number()
      default: try w.skip()
      }
    }
    if !kindSeen { q.kind = nil }
    if q.kind != nil, let at = textAt, p.p[at] == 0x22 {
      let end = p.i
      p.i = at
      q.text = try string() ?? []
      p.i = end
    }
    return q
  }

  mutating func speaker() throws(JSONError) -> (name: String?, kind: String?, country: String?)? {
    p.skipSpace()
    guard next == 0x7B else {
      try skip()
      return nil
    }
    var s: (name: String?, kind: String?, country: String?) = (nil, nil, nil)
    try members { (w, key) throws(JSONError) in
      switch key {
      case "name": s.name = try w.text()
      case "kind": s.kind = try w.text()
      case "country": s.country = try w.text()
      default: try w.skip()
      }
    }
    return s
  }

  /// nil for no cue; .some(nil) for a cue without a lemma.
  mutating func cue() throws(JSONError) -> String?? {
    p.skipSpace()
    guard next == 0x7B else {
      try skip()
      return nil
    }
    var lemma: String?
    try members { (w, key) throws(JSONError) in
      if case "lemma" = key { lemma = try w.text() } else { try w.skip() }
    }
    return .some(lemma)
  }

  mutating func fragments() throws(JSONError) -> [(Int?, Int?)] {
    p.skipSpace()
    guard next == 0x5B else {
      try skip()
      return []
    }
    var out: [(Int?, Int?)] = []
    try elements { (w) throws(JSONError) in
      guard w.next == 0x7B else { return try w.skip() }
      var f: (Int?, Int?) = (nil, nil)
      try w.members { (w, key) throws(JSONError) in
        switch key {
        case "start": f.0 = try w.int()
        case "end": f.1 = try w.int()
        default: try w.skip()
        }
      }
      out.append(f)
    }
    return out
  }
}
