#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Records of 64-bit words, partitioned by hash like a ``SpillStore`` (the texts,
/// grams and pairs of linking: many, small, made of hashes).
final class WordStore: Spilling {
  let name: String
  let partitions: Int
  let budget: SpillBudget
  private var buffers: [[UInt64]]
  private var onDisk: [Bool]
  private(set) var inMemory = 0

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

  /// Appends a record of two words to the partition of the first.
  func append(_ a: UInt64, _ b: UInt64) throws(LinkError) {
    let p = partition(a)
    let before = buffers[p].capacity
    buffers[p].append(a)
    buffers[p].append(b)
    try grew(buffers[p].capacity - before)
  }

  /// Appends `words` as one record to the partition of `key`.
  func append(partitionOf key: UInt64, _ words: UnsafeBufferPointer<UInt64>) throws(LinkError) {
    let p = partition(key)
    let before = buffers[p].capacity
    buffers[p].append(contentsOf: words)
    try grew(buffers[p].capacity - before)
  }

  /// Appends the records of `width` words in `records`, each to the partition of its first.
  func append(records: [UInt64], width: Int) throws(LinkError) {
    let mask = partitions - 1
    let grown = buffers.withUnsafeMutableBufferPointer { b in
      var i = 0
      var grown = 0
      while i + width <= records.count {
        let p = Int(truncatingIfNeeded: records[i] >> 40) & mask
        let before = b[p].capacity
        for k in i..<(i + width) { b[p].append(records[k]) }
        grown += b[p].capacity - before
        i += width
      }
      return grown
    }
    try grew(grown)
  }

  /// Counts the room the buffers grew by (in words) against the budget.
  @inline(__always)
  private func grew(_ words: Int) throws(LinkError) {
    guard words != 0 else { return }
    inMemory += words * 8
    budget.used += words * 8
    if budget.used > budget.limit { try budget.check() }
  }

  func spill() throws(LinkError) {
    _ = try budget.folder()
    for p in 0..<partitions where !buffers[p].isEmpty {
      let fd = open(path(p), O_WRONLY | O_CREAT | O_APPEND, 0o600)
      guard fd >= 0 else { throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))") }
      defer { close(fd) }
      let ok = buffers[p].withUnsafeBytes { writeAll(fd, $0) }
      guard ok else { throw LinkError(message: "cannot write \(path(p)): \(String(cString: strerror(errno)))") }
      budget.spilledBytes += buffers[p].count * 8
      onDisk[p] = true
      inMemory -= buffers[p].capacity * 8
      budget.used -= buffers[p].capacity * 8
      buffers[p] = []
    }
  }

  /// Partition `p`'s words (file, then memory); unless `keep`, freed from the store.
  func take(_ p: Int, keep: Bool = false) throws(LinkError) -> [UInt64] {
    var out: [UInt64] = []
    if onDisk[p] {
      let fd = open(path(p), O_RDONLY)
      guard fd >= 0 else { throw LinkError(message: "cannot read \(path(p)): \(String(cString: strerror(errno)))") }
      defer { close(fd) }
      var st = stat()
      guard fstat(fd, &st) == 0 else { throw LinkError(message: "cannot read \(path(p)): \(String(cString: strerror(errno)))") }
      out = [UInt64](repeating: 0, count: Int(st.st_size) / 8)
      let got = out.withUnsafeMutableBytes { b -> Int in
        var done = 0
        while done < b.count {
          let n = read(fd, b.baseAddress.map { $0 + done }, b.count - done)
          if n <= 0 { return n < 0 ? -1 : done }
          done += n
        }
        return done
      }
      guard got == out.count * 8 else { throw LinkError(message: "cannot read \(path(p)): \(String(cString: strerror(errno)))") }
      if !keep {
        unlink(path(p))
        onDisk[p] = false
      }
    }
    let held = buffers[p]
    if !keep {
      buffers[p] = []
      inMemory -= held.capacity * 8
      budget.used -= held.capacity * 8
    }
    if out.isEmpty { return held }
    out.append(contentsOf: held)
    return out
  }
}
