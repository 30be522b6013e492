import Testing
@testable import WhoSaid

/// The JSON reader's fast steps over strings and white space (``JSONFieldReader/Parser/skipString()``,
/// ``JSONFieldReader/Parser/skipSpace()``) end where the plain parse ends, with the same
/// `sawEscape`, and fail with the same message at the same byte, on random inputs.
@Suite("JSON skip fast paths")
struct JSONSkipTests {
  /// Pieces of random string bodies: plain runs, escapes (valid and not), control bytes,
  /// quotes, multi-byte letters, white space.
  static let pieces: [[UInt8]] = [
    "a", "said", " ", "  ", "\t", "\n", "\r", "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "\\x", "\\",
    "\"", "é", "“", "abcdefghijklmnopqrstuvwxyz0123456789", "{", "}", ":", ",",
  ].map { Array($0.utf8) } + [[0x01], [0x1F], [0x7F], [0xFF]]

  static func inputs() -> [[UInt8]] {
    var r = FastPathTests.Random(state: 25)
    var out: [[UInt8]] = []
    for n in 0..<3000 {
      var s: [UInt8] = Array(repeating: 0x20, count: Int(r.next() % 3)) + [0x22]
      let length = n < 200 ? n % 80 : Int(r.next() % 200)
      while s.count < length { s += pieces[Int(r.next() % UInt64(pieces.count))] }
      if r.next() % 4 != 0 { s.append(0x22) }
      out.append(s)
    }
    return out
  }

  @Test("skipString ends and fails where string(decode: false) does")
  func skipStringAgrees() {
    for input in Self.inputs() {
      input.withUnsafeBufferPointer { p in
        var plain = JSONFieldReader.Parser(p: p, paths: [])
        var fast = JSONFieldReader.Parser(p: p, paths: [])
        plain.skipSpaceLoop()
        fast.skipSpace()
        #expect(plain.i == fast.i)
        var plainError: JSONError?
        var fastError: JSONError?
        do throws(JSONError) { _ = try plain.string(decode: false) } catch { plainError = error }
        do throws(JSONError) { try fast.skipString() } catch { fastError = error }
        #expect(plainError == fastError, "\(String(decoding: input, as: UTF8.self))")
        if plainError == nil {
          #expect(plain.i == fast.i)
          #expect(plain.sawEscape == fast.sawEscape)
        }
      }
    }
  }
}
