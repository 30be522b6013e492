#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why linking could not finish.
public struct LinkError: Error, Sendable, CustomStringConvertible {
  /// What went wrong (a temporary file that could not be made, written or read).
  public var message: String
  /// The message.
  public var description: String { message }
}

/// The memory the stores of one link run share; when they hold more than the limit,
/// the largest spills to its temporary files.
final class SpillBudget {
  /// Bytes the stores may hold in memory together.
  let limit: Int
  /// The folder of the temporary files, made when the first store spills.
  private(set) var directory: String?
  struct Held {
    weak var store: (any Spilling)?
  }
  var stores: [Held] = []
  var used = 0
  /// Bytes written to temporary files, over the run.
  var spilledBytes = 0

  init(limit: Int) {
    self.limit = max(limit, 1 << 16)
  }

  deinit {
    if let directory { rmdir(directory) }
  }

  func folder() throws(LinkError) -> String {
    if let directory { return directory }
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/whosaid-link-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { b -> UnsafeMutablePointer<CChar>? in
      guard let base = b.baseAddress else { return nil }
      return mkdtemp(base)
    }
    guard let made else {
      throw LinkError(message: "cannot make a temporary folder in \(base): \(String(cString: strerror(errno)))")
    }
    directory = String(cString: made)
    return directory ?? base
  }

  func check() throws(LinkError) {
    while used > limit {
      let held = stores.compactMap(\.store)
      guard let largest = held.max(by: { $0.inMemory < $1.inMemory }), largest.inMemory > 0 else { return }
      try largest.spill()
    }
  }
}

/// A store that can move what it holds in memory to its temporary files.
protocol Spilling: AnyObject {
  /// Bytes held in memory.
  var inMemory: Int { get }
  /// Moves them to the files.
  func spill() throws(LinkError)
}

/// Byte records partitioned by hash (``PartitionedStore``), each written after its length
/// (a varint): the occurrences of linking.
final class SpillStore: PartitionedStore<UInt8> {
  private var scratch = ByteSink()

  /// Appends one record, made by `encode`, to partition `p`.
  func append(_ p: Int, _ encode: (inout ByteSink) -> Void) throws(LinkError) {
    scratch.bytes.removeAll(keepingCapacity: true)
    encode(&scratch)
    let before = buffers[p].capacity
    var n = scratch.bytes.count
    while n >= 0x80 {
      buffers[p].append(UInt8(n & 0x7F) | 0x80)
      n >>= 7
    }
    buffers[p].append(UInt8(n))
    buffers[p].append(contentsOf: scratch.bytes)
    try grew(buffers[p].capacity - before)
  }

  /// Calls `body` with each record of partition `p`; unless `keep`, frees the partition.
  func forEach(_ p: Int, keep: Bool = false, _ body: (inout ByteSource) throws(LinkError) -> Void) throws(LinkError) {
    let bytes = try take(p, keep: keep)
    try bytes.withUnsafeBufferPointer { (b) throws(LinkError) in try Self.each(b, body) }
  }

  /// Calls `body` with each record of `b` (bytes a store held): a source over `b`
  /// that starts at the record and ends with it.
  static func each(_ b: UnsafeBufferPointer<UInt8>, _ body: (inout ByteSource) throws(LinkError) -> Void) throws(LinkError) {
    var s = ByteSource(b)
    while !s.atEnd {
      let n = s.varint()
      let end = min(s.i + n, b.count)
      var record = ByteSource(UnsafeBufferPointer(rebasing: b[..<end]), at: s.i)
      try body(&record)
      s.i = end
    }
  }
}

/// Writes all of `bytes` to `fd`; false on an error (errno tells which).
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
  bytes.withUnsafeBytes { writeAll(fd, $0) }
}

/// Writes all of `b` to `fd`; false on an error (errno tells which).
func writeAll(_ fd: Int32, _ b: UnsafeRawBufferPointer) -> Bool {
  guard let base = b.baseAddress else { return true }
  var done = 0
  while done < b.count {
    let n = write(fd, base + done, b.count - done)
    if n <= 0 { return false }
    done += n
  }
  return true
}
