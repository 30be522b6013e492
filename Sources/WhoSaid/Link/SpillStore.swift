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

/// Records partitioned by hash: in memory while the budget allows, then appended to
/// one temporary file per partition; read back one partition at a time.
final class SpillStore: Spilling {
  let name: String
  let partitions: Int
  let budget: SpillBudget
  private var buffers: [[UInt8]]
  private var onDisk: [Bool]
  private(set) var inMemory = 0
  private var scratch = ByteSink()

  init(_ name: String, partitions: Int, budget: SpillBudget) {
    self.name = name
    self.partitions = partitions
    self.budget = budget
    buffers = Array(repeating: [], count: partitions)
    onDisk = Array(repeating: false, count: partitions)
    budget.stores.append(SpillBudget.Held(store: self))
  }

  deinit {
    for p in 0..<partitions where onDisk[p] { unlink(path(p)) }
    budget.used -= inMemory
  }

  /// The partition of a hash (`partitions` is a power of two).
  @inline(__always)
  func partition(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & (partitions - 1) }

  func path(_ p: Int) -> String { "\(budget.directory ?? "/tmp")/\(name)-\(p)" }

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
    // Memory is what the buffers hold room for, not what they hold.
    let grown = buffers[p].capacity - before
    inMemory += grown
    budget.used += grown
    if budget.used > budget.limit { try budget.check() }
  }

  /// Writes every partition held in memory to its file.
  func spill() throws(LinkError) {
    _ = try budget.folder()
    for p in 0..<partitions where !buffers[p].isEmpty {
      let fd = open(path(p), O_WRONLY | O_CREAT | O_APPEND, 0o600)
      guard fd >= 0 else { throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))") }
      defer { close(fd) }
      guard writeAll(fd, buffers[p]) else {
        throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))")
      }
      budget.spilledBytes += buffers[p].count
      onDisk[p] = true
      inMemory -= buffers[p].capacity
      budget.used -= buffers[p].capacity
      buffers[p] = []
    }
  }

  /// Partition `p`'s bytes (file, then memory); unless `keep`, frees them from the store.
  func take(_ p: Int, keep: Bool = false) throws(LinkError) -> [UInt8] {
    var out: [UInt8] = []
    if onDisk[p] {
      let fd = open(path(p), O_RDONLY)
      guard fd >= 0 else { throw LinkError(message: "cannot read \(path(p)): \(String(cString: strerror(errno)))") }
      defer { close(fd) }
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n < 0 { throw LinkError(message: "cannot read \(path(p)): \(String(cString: strerror(errno)))") }
        if n == 0 { break }
        out.append(contentsOf: chunk[0..<n])
      }
      if !keep {
        unlink(path(p))
        onDisk[p] = false
      }
    }
    let held = buffers[p]
    if !keep {
      buffers[p] = []
      inMemory -= held.capacity
      budget.used -= held.capacity
    }
    if out.isEmpty { return held }
    out.append(contentsOf: held)
    return out
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
