/// Appends the fields of a binary record (little-endian words, variable-length
/// integers, length-prefixed bytes): what the link stage keeps in memory and spills.
struct ByteSink {
  var bytes: [UInt8] = []

  mutating func word(_ v: UInt64) {
    withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A non-negative integer in 7-bit groups (negative values take ten bytes).
  mutating func varint(_ v: Int) {
    var x = UInt64(bitPattern: Int64(v))
    while x >= 0x80 {
      bytes.append(UInt8(x & 0x7F) | 0x80)
      x >>= 7
    }
    bytes.append(UInt8(x))
  }

  /// An optional integer: 0 for none, else v + 1 (v ≥ 0), or a negative mark.
  mutating func optionalInt(_ v: Int?) {
    guard let v else {
      bytes.append(0)
      return
    }
    bytes.append(v >= 0 ? 1 : 2)
    varint(v >= 0 ? v : -(v + 1))
  }

  mutating func data(_ b: [UInt8]) {
    varint(b.count)
    bytes.append(contentsOf: b)
  }

  mutating func string(_ s: String) {
    var s = s
    s.withUTF8 {
      varint($0.count)
      bytes.append(contentsOf: $0)
    }
  }

  mutating func optionalString(_ s: String?) {
    guard let s else {
      bytes.append(0)
      return
    }
    bytes.append(1)
    string(s)
  }
}

/// Reads what a ``ByteSink`` wrote, in the same order. Reading past the end gives
/// zeros and empty values (the stage only reads what it wrote).
struct ByteSource {
  let p: UnsafeBufferPointer<UInt8>
  var i = 0

  init(_ p: UnsafeBufferPointer<UInt8>, at i: Int = 0) {
    self.p = p
    self.i = i
  }

  var atEnd: Bool { i >= p.count }

  mutating func byte() -> UInt8 {
    guard i < p.count else { return 0 }
    defer { i += 1 }
    return p[i]
  }

  mutating func word() -> UInt64 {
    guard i + 8 <= p.count else {
      i = p.count
      return 0
    }
    var v: UInt64 = 0
    for k in 0..<8 { v |= UInt64(p[i + k]) << UInt64(8 * k) }
    i += 8
    return v
  }

  mutating func varint() -> Int {
    var x: UInt64 = 0
    var shift: UInt64 = 0
    while i < p.count {
      let b = p[i]
      i += 1
      if shift < 64 { x |= UInt64(b & 0x7F) << shift }
      if b < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: x))
  }

  mutating func optionalInt() -> Int? {
    switch byte() {
    case 0: return nil
    case 1: return varint()
    default: return -varint() - 1
    }
  }

  mutating func data() -> [UInt8] {
    let n = max(0, min(varint(), p.count - i))
    defer { i += n }
    return Array(UnsafeBufferPointer(rebasing: p[i..<(i + n)]))
  }

  /// Skips length-prefixed bytes; returns where they are.
  mutating func skipData() -> Range<Int> {
    let n = max(0, min(varint(), p.count - i))
    defer { i += n }
    return i..<(i + n)
  }

  mutating func string() -> String {
    let n = max(0, min(varint(), p.count - i))
    defer { i += n }
    return String(decoding: UnsafeBufferPointer(rebasing: p[i..<(i + n)]), as: UTF8.self)
  }

  mutating func optionalString() -> String? {
    byte() == 0 ? nil : string()
  }
}
