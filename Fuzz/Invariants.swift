// Checks shared by the fuzz targets. Compiled into the same module as the library
// sources (see Fuzz/run), so internal API is visible. A violated invariant is a
// finding: it prints what broke and traps, and libFuzzer saves the input.

/// Stops the run with a message (libFuzzer reports the trap as a crash).
func violation(_ message: @autoclosure () -> String) -> Never {
  print("INVARIANT VIOLATED: \(message())")
  fatalError(message())
}

/// A strict RFC 8259 JSON validator for one value (with surrounding whitespace).
/// Iterative, so deep nesting cannot overflow the stack; `maxDepth` bounds it.
enum StrictJSON {
  enum Result: Equatable { case valid, invalid, tooDeep }

  static func validate(_ p: UnsafeBufferPointer<UInt8>, maxDepth: Int = .max) -> Result {
    var i = 0
    let n = p.count
    // Containers open: true = object, false = array.
    var stack: [Bool] = []
    func space() { while i < n, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 } }
    func string() -> Bool {  // at '"'
      i += 1
      while i < n {
        let b = p[i]
        if b == 0x22 { i += 1; return true }
        if b < 0x20 { return false }
        if b == 0x5C {
          guard i + 1 < n else { return false }
          switch p[i + 1] {
          case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: i += 2
          case 0x75:
            guard i + 6 <= n else { return false }
            for k in 2..<6 {
              let c = p[i + k]
              guard (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) else { return false }
            }
            i += 6
          default: return false
          }
          continue
        }
        i += 1
      }
      return false
    }
    func digits() -> Int {
      let s = i
      while i < n, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
      return i - s
    }
    func number() -> Bool {
      if i < n, p[i] == 0x2D { i += 1 }
      guard i < n else { return false }
      if p[i] == 0x30 { i += 1 } else if digits() == 0 { return false }
      if i < n, p[i] == 0x2E { i += 1; if digits() == 0 { return false } }
      if i < n, p[i] == 0x65 || p[i] == 0x45 {
        i += 1
        if i < n, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
        if digits() == 0 { return false }
      }
      return true
    }
    func literal(_ w: [UInt8]) -> Bool {
      guard i + w.count <= n else { return false }
      for k in 0..<w.count where p[i + k] != w[k] { return false }
      i += w.count
      return true
    }
    // Parse a value, then loop over separators.
    space()
    while true {
      // Expect a value at i.
      guard i < n else { return .invalid }
      switch p[i] {
      case 0x7B, 0x5B:
        let isObject = p[i] == 0x7B
        i += 1
        stack.append(isObject)
        if stack.count > maxDepth { return .tooDeep }
        space()
        guard i < n else { return .invalid }
        if p[i] == (isObject ? 0x7D : 0x5D) {
          i += 1
          stack.removeLast()
          break  // value complete
        }
        if isObject {
          guard p[i] == 0x22, string() else { return .invalid }
          space()
          guard i < n, p[i] == 0x3A else { return .invalid }
          i += 1
          space()
        }
        continue  // parse the first member's value
      case 0x22: guard string() else { return .invalid }
      case 0x74: guard literal(Array("true".utf8)) else { return .invalid }
      case 0x66: guard literal(Array("false".utf8)) else { return .invalid }
      case 0x6E: guard literal(Array("null".utf8)) else { return .invalid }
      default: guard number() else { return .invalid }
      }
      // A value is complete: close containers or move to the next member.
      while true {
        space()
        guard let top = stack.last else {
          return i == n ? .valid : .invalid
        }
        guard i < n else { return .invalid }
        if p[i] == 0x2C {
          i += 1
          space()
          if top {
            guard i < n, p[i] == 0x22, string() else { return .invalid }
            space()
            guard i < n, p[i] == 0x3A else { return .invalid }
            i += 1
            space()
          }
          break  // next value
        }
        if p[i] == (top ? 0x7D : 0x5D) {
          i += 1
          stack.removeLast()
          continue
        }
        return .invalid
      }
    }
  }
}

/// Whether `p` is valid UTF-8.
func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
  var i = 0
  while i < p.count {
    let len = UTF8Validation.sequenceLength(p, i)
    if len == 0 { return false }
    i += len
  }
  return true
}

/// The output contract of `extract(utf8:scratch:)` on a text of `count` bytes.
func checkAttributions(_ found: [Attribution], text: UnsafeBufferPointer<UInt8>) {
  let count = text.count
  func inside(_ s: TextSpan, _ what: String) {
    if !(0 <= s.start && s.start < s.end && s.end <= count) {
      violation("\(what) \(s.start)..<\(s.end) not a non-empty span of the \(count)-byte text")
    }
  }
  var lastEnd = 0
  for (k, a) in found.enumerated() {
    inside(a.content, "content #\(k)")
    if a.content.start < lastEnd { violation("attribution #\(k) at \(a.content.start) overlaps or precedes the previous one (ending at \(lastEnd))") }
    lastEnd = a.content.end
    if a.text != String(decoding: UnsafeBufferPointer(rebasing: text[a.content.start..<a.content.end]), as: UTF8.self) {
      violation("attribution #\(k): text is not the content's bytes")
    }
    var lastFragment = a.content.start
    for (j, f) in a.fragments.enumerated() {
      inside(f, "fragment #\(j) of #\(k)")
      if f.start < a.content.start || f.end > a.content.end { violation("fragment #\(j) of #\(k) outside its content") }
      if f.start < lastFragment { violation("fragments of #\(k) unsorted or overlapping") }
      lastFragment = f.end
    }
    if let s = a.speaker {
      if let sp = s.span { inside(sp, "speaker of #\(k)") } else if !s.text.isEmpty { violation("speaker of #\(k) has text but no span") }
    }
    if let c = a.cue { inside(c.span, "cue of #\(k)") }
    if !(a.confidence >= 0 && a.confidence <= 1) { violation("confidence \(a.confidence) of #\(k) outside 0...1") }
  }
}

/// The written record: one line of valid JSON ending in exactly one newline.
func checkRecord(_ bytes: [UInt8]) {
  guard bytes.last == 0x0A else { violation("record does not end in a newline") }
  let body = bytes.dropLast()
  if body.contains(0x0A) { violation("record contains a raw newline") }
  let ok = body.withUnsafeBufferPointer { StrictJSON.validate($0) }
  if ok != .valid {
    violation("record is not valid JSON: \(String(decoding: body.prefix(300), as: UTF8.self))")
  }
  if !body.withUnsafeBufferPointer({ isValidUTF8($0) }) { violation("record is not valid UTF-8") }
}
