#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The finished groups, handed out in the order of their first occurrence: held in
/// memory while the budget allows, else written as sorted runs and merged.
final class GroupRuns {
  struct Entry {
    var article: Int
    var index: Int
    var bytes: [UInt8]
  }

  let budget: SpillBudget
  private var held: [Entry] = []
  private var heldBytes = 0
  private var runs: [String] = []

  init(budget: SpillBudget) {
    self.budget = budget
  }

  deinit {
    for r in runs { unlink(r) }
    budget.used -= heldBytes
  }

  /// Adds a group: its key and its occurrences (as encoded), in input order.
  func add(key: UInt64, _ occurrences: [Slice<UnsafeBufferPointer<UInt8>>]) throws(LinkError) {
    guard let first = occurrences.first else { return }
    var s = ByteSink()
    s.word(key)
    s.varint(occurrences.count)
    for o in occurrences { s.bytes.append(contentsOf: o) }
    var src = ByteSource(UnsafeBufferPointer(rebasing: first))
    let head = QuoteOccurrence.peek(&src)
    held.append(Entry(article: head.article, index: head.index, bytes: s.bytes))
    heldBytes += s.bytes.capacity + 48
    budget.used += s.bytes.capacity + 48
    if budget.used > budget.limit {
      try budget.check()
      if budget.used > budget.limit { try writeRun() }
    }
  }

  /// Writes the held groups, sorted, as one run file.
  private func writeRun() throws(LinkError) {
    guard !held.isEmpty else { return }
    held.sort { ($0.article, $0.index) < ($1.article, $1.index) }
    let path = "\(try budget.folder())/run-\(runs.count)"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw LinkError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    // Written in pieces of about 1 MiB: the run is not copied whole.
    var out = ByteSink()
    for (k, e) in held.enumerated() {
      out.varint(e.article)
      out.varint(e.index)
      out.data(e.bytes)
      if out.bytes.count >= 1 << 20 || k == held.count - 1 {
        guard writeAll(fd, out.bytes) else { throw LinkError(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        budget.spilledBytes += out.bytes.count
        out.bytes.removeAll(keepingCapacity: true)
      }
    }
    runs.append(path)
    budget.used -= heldBytes
    heldBytes = 0
    held = []
  }

  /// Calls `body` with each group's key and occurrences, in order of first occurrence.
  func drain(_ body: (UInt64, [QuoteOccurrence]) throws -> Void) throws {
    if !runs.isEmpty { try writeRun() }
    if runs.isEmpty {
      held.sort { ($0.article, $0.index) < ($1.article, $1.index) }
      let entries = held
      held = []
      budget.used -= heldBytes
      heldBytes = 0
      for e in entries { try Self.decode(e.bytes, body) }
      return
    }
    var readers = try runs.map { (path) throws(LinkError) in try RunReader(path) }
    var heads = try readers.indices.map { (k) throws(LinkError) in try readers[k].next() }
    while true {
      var best: Int?
      for k in heads.indices {
        guard let h = heads[k] else { continue }
        if let b = best, let hb = heads[b], (hb.article, hb.index) <= (h.article, h.index) { continue }
        best = k
      }
      guard let b = best, let e = heads[b] else { break }
      try Self.decode(e.bytes, body)
      heads[b] = try readers[b].next()
    }
  }

  static func decode(_ bytes: [UInt8], _ body: (UInt64, [QuoteOccurrence]) throws -> Void) throws {
    let (key, occurrences) = bytes.withUnsafeBufferPointer { b in
      var s = ByteSource(b)
      let key = s.word()
      let n = s.varint()
      var list: [QuoteOccurrence] = []
      for _ in 0..<max(0, n) where !s.atEnd { list.append(QuoteOccurrence(from: &s)) }
      return (key, list)
    }
    try body(key, occurrences)
  }
}

/// Reads the entries of one run file in 1 MiB chunks.
struct RunReader {
  let fd: Int32
  let path: String
  var buffer: [UInt8] = []
  var at = 0
  var done = false

  init(_ path: String) throws(LinkError) {
    self.path = path
    fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw LinkError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
  }

  /// Makes at least `n` bytes available from `at`, if the file has them.
  mutating func fill(_ n: Int) throws(LinkError) {
    while buffer.count - at < n && !done {
      buffer.removeFirst(at)
      at = 0
      var chunk = [UInt8](repeating: 0, count: max(1 << 20, n))
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 { throw LinkError(message: "cannot read \(path): \(String(cString: strerror(errno)))") }
      if got == 0 {
        done = true
        close(fd)
      }
      buffer.append(contentsOf: chunk[0..<got])
    }
  }

  mutating func next() throws(LinkError) -> GroupRuns.Entry? {
    try fill(30)
    guard at < buffer.count else { return nil }
    var head = buffer.withUnsafeBufferPointer { b in
      var s = ByteSource(b, at: at)
      return (s.varint(), s.varint(), s.varint(), s.i)
    }
    try fill(head.3 - at + head.2)
    head = buffer.withUnsafeBufferPointer { b in
      var s = ByteSource(b, at: at)
      return (s.varint(), s.varint(), s.varint(), s.i)
    }
    let end = min(head.3 + head.2, buffer.count)
    let entry = GroupRuns.Entry(article: head.0, index: head.1, bytes: Array(buffer[head.3..<end]))
    at = end
    return entry
  }
}
