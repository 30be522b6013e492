#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Elements partitioned by hash: in memory while the budget allows, then appended to one
/// temporary file per partition (`/tmp/whosaid-link-…/NAME-P`); read back one partition at a
/// time. ``SpillStore`` keeps byte records in it, ``WordStore`` 64-bit words.
class PartitionedStore<Element: BitwiseCopyable>: Spilling {
  let name: String
  let partitions: Int
  let budget: SpillBudget
  /// Each partition's elements held in memory (its file, if any, holds the ones before them).
  final var buffers: [[Element]]
  private final var onDisk: [Bool]
  final private(set) var inMemory = 0

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
  final func partition(_ h: UInt64) -> Int { Int(truncatingIfNeeded: h >> 40) & (partitions - 1) }

  final func path(_ p: Int) -> String { "\(budget.directory ?? "/tmp")/\(name)-\(p)" }

  /// Counts the room the buffers grew by (in elements) against the budget: memory is what the
  /// buffers hold room for, not what they hold.
  @inline(__always)
  final func grew(_ elements: Int) throws(LinkError) {
    guard elements != 0 else { return }
    let bytes = elements * MemoryLayout<Element>.stride
    inMemory += bytes
    budget.used += bytes
    if budget.used > budget.limit { try budget.check() }
  }

  /// Writes every partition held in memory to its file.
  final func spill() throws(LinkError) {
    _ = try budget.folder()
    for p in 0..<partitions where !buffers[p].isEmpty {
      let fd = open(path(p), O_WRONLY | O_CREAT | O_APPEND, 0o600)
      guard fd >= 0 else { throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))") }
      defer { close(fd) }
      let ok = buffers[p].withUnsafeBytes { writeAll(fd, $0) }
      guard ok else { throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))") }
      budget.spilledBytes += buffers[p].count * MemoryLayout<Element>.stride
      onDisk[p] = true
      release(buffers[p].capacity)
      buffers[p] = []
    }
  }

  /// Partition `p`'s elements (file, then memory); unless `keep`, freed from the store.
  final func take(_ p: Int, keep: Bool = false) throws(LinkError) -> [Element] {
    var out: [Element] = []
    if onDisk[p] {
      out = try readFile(path(p))
      if !keep {
        unlink(path(p))
        onDisk[p] = false
      }
    }
    let held = buffers[p]
    if !keep {
      buffers[p] = []
      release(held.capacity)
    }
    if out.isEmpty { return held }
    out.append(contentsOf: held)
    return out
  }

  /// Gives back the room of `elements` to the budget.
  private final func release(_ elements: Int) {
    inMemory -= elements * MemoryLayout<Element>.stride
    budget.used -= elements * MemoryLayout<Element>.stride
  }

  /// The elements of a spilled partition's file, whole.
  private final func readFile(_ path: String) throws(LinkError) -> [Element] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw LinkError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw LinkError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
    let count = Int(st.st_size) / MemoryLayout<Element>.stride
    var got = 0
    let out = [Element](unsafeUninitializedCapacity: count) { b, initialized in
      let raw = UnsafeMutableRawBufferPointer(b)
      while got < raw.count {
        let n = read(fd, raw.baseAddress.map { $0 + got }, raw.count - got)
        if n <= 0 {
          if n < 0 { got = -1 }
          break
        }
        got += n
      }
      initialized = got == raw.count ? count : 0
    }
    guard got == count * MemoryLayout<Element>.stride else {
      throw LinkError(message: "cannot read \(path): \(String(cString: strerror(errno)))")
    }
    return out
  }
}
