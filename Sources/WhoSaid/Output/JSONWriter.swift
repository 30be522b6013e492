/// Writes JSON into a byte buffer: valid for any input (control characters are
/// escaped, invalid UTF-8 becomes U+FFFD).
public struct JSONWriter {
  /// The output is the first `used` bytes of `storage`; the rest is room to grow
  /// into, so that the many short appends of a record are plain copies.
  private var storage: [UInt8] = []
  private var used = 0
  /// The number of bytes written.
  public var count: Int { used }

  /// The bytes written so far.
  public var bytes: [UInt8] {
    get { used == storage.count ? storage : Array(storage[..<used]) }
    set {
      storage = newValue
      used = newValue.count
    }
  }

  /// An empty buffer.
  public init() {}

  /// An empty buffer that writes into the memory of `room` (its bytes are overwritten, all
  /// of its capacity is room): the bytes of an earlier ``takeBytes()`` given back, so that a
  /// writer that makes many records reuses pages it has already touched.
  public init(reusing room: [UInt8]) {
    storage = room
    storage.append(contentsOf: repeatElement(0, count: storage.capacity - storage.count))
  }

  /// The bytes written, handed over without a copy; the writer is empty afterwards.
  public mutating func takeBytes() -> [UInt8] {
    storage.removeLast(storage.count - used)
    defer {
      storage = []
      used = 0
    }
    return storage
  }

  /// Appends `n` bytes from `p`: up to 16 with two overlapping word copies, more with `memcpy`.
  @inline(__always)
  mutating func append(_ p: UnsafeRawPointer, count n: Int) {
    if storage.count - used < n { grow(n) }
    let at = used
    storage.withUnsafeMutableBytes { b in
      let d = b.baseAddress.unsafelyUnwrapped + at
      if n > 16 {
        d.copyMemory(from: p, byteCount: n)
      } else if n >= 8 {
        d.storeBytes(of: p.loadUnaligned(as: UInt64.self), as: UInt64.self)
        (d + n - 8).storeBytes(of: p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), as: UInt64.self)
      } else if n >= 4 {
        d.storeBytes(of: p.loadUnaligned(as: UInt32.self), as: UInt32.self)
        (d + n - 4).storeBytes(of: p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self), as: UInt32.self)
      } else {
        var k = 0
        while k < n {
          d.storeBytes(of: p.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self)
          k += 1
        }
      }
    }
    used += n
  }

  @inline(__always)
  mutating func append(_ b: UInt8) {
    if used == storage.count { grow(1) }
    storage[used] = b
    used += 1
  }

  @inline(__always)
  mutating func append(_ p: UnsafeBufferPointer<UInt8>) {
    if let base = p.baseAddress, p.count > 0 { append(base, count: p.count) }
  }

  /// Doubles the room (at least `n` more bytes).
  @inline(never)
  mutating func grow(_ n: Int) {
    storage.append(contentsOf: repeatElement(0, count: Swift.max(storage.count, n, 256)))
  }

  /// Appends JSON that is already encoded (punctuation, keys).
  @inline(__always)
  public mutating func raw(_ s: StaticString) {
    if s.hasPointerRepresentation {
      append(s.utf8Start, count: s.utf8CodeUnitCount)
    } else {
      s.withUTF8Buffer { append($0) }
    }
  }

  /// Appends bytes that are already JSON (an id as read).
  public mutating func raw(_ b: [UInt8]) { b.withUnsafeBufferPointer { append($0) } }

  /// Appends text that is already JSON, made at run time (a number formatted by the caller).
  ///
  /// A separate label from the `StaticString` overload, so that literals keep taking the
  /// static path.
  public mutating func raw(json s: String) {
    var s = s
    s.withUTF8 { append($0) }
  }

  /// An integer, written without creating a string: its digits made from the right in a
  /// 24-byte buffer on the stack, then copied at once.
  public mutating func int(_ v: Int) {
    if v >= 0 && v < 10 {
      append(0x30 &+ UInt8(truncatingIfNeeded: v))
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    withUnsafeMutableBytes(of: &digits) { d in
      var x = v.magnitude
      var k = d.count
      repeat {
        k -= 1
        d[k] = 0x30 &+ UInt8(truncatingIfNeeded: x % 10)
        x /= 10
      } while x > 0
      if v < 0 {
        k -= 1
        d[k] = 0x2D
      }
      append(d.baseAddress.unsafelyUnwrapped + k, count: d.count - k)
    }
  }

  /// A number in 0…1 with at most three decimals (`0.95`, `1.0`).
  public mutating func fraction(_ v: Double) {
    let m = Int(max(0, min(1, v)) * 1000 + 0.5)
    if m >= 1000 {
      raw("1.0")
      return
    }
    append(0x30)
    append(0x2E)
    append(UInt8(0x30 + m / 100))
    if m % 100 != 0 { append(UInt8(0x30 + m / 10 % 10)) }
    if m % 10 != 0 { append(UInt8(0x30 + m % 10)) }
  }

  /// A JSON string of `s` (a `String` is valid UTF-8: only escapes are looked for).
  public mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { string($0, validUTF8: true) }
  }

  /// A JSON string of the UTF-8 bytes `p` (invalid sequences become U+FFFD).
  public mutating func string(_ p: UnsafeBufferPointer<UInt8>) { string(p, validUTF8: false) }

  /// A JSON string of the UTF-8 bytes `p`; with `validUTF8` the caller vouches that `p` is valid
  /// UTF-8 (so multi-byte sequences are copied unchecked), else invalid sequences become U+FFFD.
  ///
  /// The bytes are copied in runs up to the next byte that needs escaping (or, unchecked, the
  /// next invalid sequence), found 32 bytes a step.
  public mutating func string(_ p: UnsafeBufferPointer<UInt8>, validUTF8: Bool) {
    append(0x22)
    var i = 0
    var run = 0  // the start of the bytes not copied yet
    let n = p.count
    while i < n {
      i = SWAR.firstSpecialJSONByte(p, from: i, allowingNonASCII: validUTF8)
      if i == n { break }
      let b = p[i]
      if b >= 0x80 {
        // Only when unchecked: a valid sequence stays in the run.
        let len = UTF8Validation.sequenceLength(p, i)
        if len > 0 {
          i += len
          continue
        }
      }
      if i > run { append(UnsafeBufferPointer(rebasing: p[run..<i])) }
      switch b {
      case 0x22: raw("\\\"")
      case 0x5C: raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0..<0x20:
        raw("\\u00")
        append(Self.hexDigit(b >> 4))
        append(Self.hexDigit(b & 15))
      default:
        raw("\u{FFFD}")
      }
      i += 1
      run = i
    }
    if n > run { append(UnsafeBufferPointer(rebasing: p[run..<n])) }
    append(0x22)
  }
}

extension JSONWriter {
  @inline(__always) static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x57 + v }
}

/// UTF-8 validity checks on bytes.
public enum UTF8Validation {
  /// Appends the UTF-8 sequence at `i` to `out`, or U+FFFD when it is invalid;
  /// returns how many bytes of `p` it took (at least 1).
  @discardableResult
  public static func appendSequence(_ p: UnsafeBufferPointer<UInt8>, at i: Int, to out: inout [UInt8]) -> Int {
    sequence(p, at: i) { out.append(contentsOf: $0) }
  }

  /// Hands the UTF-8 sequence at `i` to `emit`, or U+FFFD when it is invalid; returns
  /// how many bytes of `p` it took (at least 1). The one copy-or-replace step of every writer.
  @inline(__always)
  static func sequence(_ p: UnsafeBufferPointer<UInt8>, at i: Int, _ emit: (UnsafeBufferPointer<UInt8>) -> Void) -> Int {
    let len = sequenceLength(p, i)
    guard len > 0 else {
      withUnsafeBytes(of: (UInt8(0xEF), UInt8(0xBF), UInt8(0xBD))) { emit($0.bindMemory(to: UInt8.self)) }
      return 1
    }
    emit(UnsafeBufferPointer(rebasing: p[i..<(i + len)]))
    return len
  }

  /// The length of the valid UTF-8 sequence starting at `i`, or 0 when it is invalid.
  public static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
    let b0 = p[i]
    let n = p.count
    if b0 < 0x80 { return 1 }
    @inline(__always) func cont(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
    if b0 >= 0xC2 && b0 <= 0xDF { return cont(i + 1) ? 2 : 0 }
    if b0 >= 0xE0 && b0 <= 0xEF {
      guard cont(i + 1), cont(i + 2) else { return 0 }
      let b1 = p[i + 1]
      if b0 == 0xE0 && b1 < 0xA0 { return 0 }
      if b0 == 0xED && b1 >= 0xA0 { return 0 }  // surrogates
      return 3
    }
    if b0 >= 0xF0 && b0 <= 0xF4 {
      guard cont(i + 1), cont(i + 2), cont(i + 3) else { return 0 }
      let b1 = p[i + 1]
      if b0 == 0xF0 && b1 < 0x90 { return 0 }
      if b0 == 0xF4 && b1 >= 0x90 { return 0 }
      return 4
    }
    return 0
  }

  /// Whether all of `p` is valid UTF-8.
  ///
  /// ASCII is skipped 16 bytes a step; each multi-byte sequence is checked where it starts.
  public static func isValid(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = p.baseAddress else { return true }
    let n = p.count
    var i = 0
    while true {
      i = SIMDBytes.firstNonASCII(base, from: i, end: n)
      if i >= n { return true }
      let l = sequenceLength(p, i)
      if l == 0 { return false }
      i += l
    }
  }

  /// `p` with each invalid sequence replaced by U+FFFD.
  public static func repaired(_ p: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(p.count + 16)
    var i = 0
    while i < p.count { i += appendSequence(p, at: i, to: &out) }
    return out
  }
}
