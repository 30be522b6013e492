import Glibc

/// Tells binary data from text before it is read as an article.
///
/// Data is binary when it holds a NUL byte (executables, images, UTF-16 text) or
/// when more than a quarter of its bytes are not UTF-8. Text in a legacy encoding is
/// still text: Latin-1 news has a few percent of such bytes (each `é`, `ü`), which
/// become U+FFFD; random data or a compressed file has about half.
///
/// ```swift
/// BinaryText.reason(utf8: Array("Ana said.".utf8))        // nil
/// BinaryText.reason(utf8: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00])  // "NUL bytes"
/// ```
public enum BinaryText {
  /// The share of invalid UTF-8 bytes above which data is binary.
  public static let maxInvalidShare = 0.25

  /// Why `p` is no text (`NUL bytes`, `62% of the bytes not UTF-8`), or nil for text.
  ///
  /// - Parameter allowsNUL: Whether NUL bytes are text (a JSON string may hold
  ///   `\u0000` on purpose; a file holding NUL bytes is binary).
  /// - Complexity: O(n); one `memchr` pass, and a counting pass only when the
  ///   data is not valid UTF-8.
  public static func reason(_ p: UnsafeBufferPointer<UInt8>, allowsNUL: Bool = false) -> String? {
    guard let base = p.baseAddress, !p.isEmpty else { return nil }
    if !allowsNUL && memchr(base, 0, p.count) != nil { return "NUL bytes" }
    if UTF8Validation.isValid(p) { return nil }
    let invalid = invalidBytes(p)
    guard Double(invalid) > maxInvalidShare * Double(p.count) else { return nil }
    return "\(invalid * 100 / p.count)% of the bytes not UTF-8"
  }

  /// ``reason(_:allowsNUL:)`` of an array.
  public static func reason(utf8 bytes: [UInt8], allowsNUL: Bool = false) -> String? {
    bytes.withUnsafeBufferPointer { reason($0, allowsNUL: allowsNUL) }
  }

  /// The number of bytes that are in no valid UTF-8 sequence.
  static func invalidBytes(_ p: UnsafeBufferPointer<UInt8>) -> Int {
    var i = 0
    var invalid = 0
    while i < p.count {
      if p[i] < 0x80 {
        i += 1
        continue
      }
      let n = UTF8Validation.sequenceLength(p, i)
      if n == 0 {
        invalid += 1
        i += 1
      } else {
        i += n
      }
    }
    return invalid
  }
}
