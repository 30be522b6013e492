/// Writes HTML into a byte buffer, escaping all text it is given.
///
/// Text and attribute values are always escaped (`&`, `<`, `>`, `"`, `'`), invalid
/// UTF-8 becomes U+FFFD, and control characters other than tab and line breaks
/// (which HTML does not allow) become U+FFFD too, so untrusted text stays text.
struct HTMLWriter {
  /// The bytes written so far.
  var bytes: [UInt8] = []

  /// Appends markup as written: only for literals of this module.
  mutating func raw(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends markup already produced by an `HTMLWriter`.
  mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }

  mutating func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

  /// Appends `s`, escaped; safe in element content and in quoted attribute values.
  mutating func text(_ s: String) {
    var s = s
    s.withUTF8 { text($0) }
  }

  /// Appends the UTF-8 bytes `p`, escaped.
  ///
  /// - Complexity: O(n) in the length of `p`.
  mutating func text(_ p: UnsafeBufferPointer<UInt8>) {
    var i = 0
    let n = p.count
    while i < n {
      let b = p[i]
      switch b {
      case 0x26: raw("&amp;")
      case 0x3C: raw("&lt;")
      case 0x3E: raw("&gt;")
      case 0x22: raw("&quot;")
      case 0x27: raw("&#39;")
      case 0x09, 0x0A: bytes.append(b)
      case 0x0D: bytes.append(0x20)  // white space, as HTML reads a line break
      case 0..<0x20, 0x7F: raw("\u{FFFD}")
      case 0x20..<0x80: bytes.append(b)
      default:
        i += UTF8Validation.appendSequence(p, at: i, to: &bytes)
        continue
      }
      i += 1
    }
  }

  /// Appends ` name="value"` with the value escaped; line breaks in `value`
  /// become `&#10;`, which tooltips show as line breaks.
  mutating func attribute(_ name: StaticString, _ value: String) {
    raw(" ")
    raw(name)
    raw("=\"")
    var first = true
    for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
      if !first { raw("&#10;") }
      first = false
      text(String(line))
    }
    raw("\"")
  }
}

extension String {
  /// The string cut to at most `limit` characters, with `…` when it was longer.
  func truncated(to limit: Int) -> String {
    count <= limit ? self : String(prefix(limit - 1)) + "…"
  }
}

/// A confidence in 0…1 as written in records: at most three decimals.
func formatConfidence(_ v: Double) -> String {
  var w = JSONWriter()
  w.fraction(v)
  return String(decoding: w.bytes, as: UTF8.self)
}
