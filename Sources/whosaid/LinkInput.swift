import Foundation
import WhoSaid

/// Feeds `whosaid link`'s inputs to the linker in input order: whosaid's records line
/// by line, articles through the extraction pipeline (``LinkSink``).
struct LinkInput {
  let settings: Link.Settings
  let linker: QuoteLinker
  let interruption: Interruption?
  /// Articles numbered so far (the order of occurrences and groups).
  var ordinal = 0

  var options: Options { settings.extract }

  /// Reads every input; the summary counts articles and failures.
  mutating func readAll() throws(CLIError) -> Summary {
    var summary = Summary()
    var articles: [String] = []
    for source in options.sources {
      guard try isRecords(source) else {
        articles.append(source)
        continue
      }
      extract(&articles, into: &summary)
      guard summary.error == nil else { return summary }
      readRecords(source, into: &summary)
      guard summary.error == nil else { return summary }
    }
    extract(&articles, into: &summary)
    return summary
  }

  /// Whether `source` holds whosaid's records: `--from`, else its first line.
  /// Stdin gets back the bytes read to tell.
  func isRecords(_ source: String) throws(CLIError) -> Bool {
    switch settings.from {
    case .records: return true
    case .articles: return false
    case .auto: break
    }
    if source == "-" {
      let (head, records) = Self.firstLine(fd: 0)
      StdinReplay.start(head)
      return records
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source, isDirectory: &isDir) else { throw .noSuchInput(path: source) }
    if isDir.boolValue { return false }
    let fd = open(source, O_RDONLY)
    guard fd >= 0 else { throw .unreadable(path: source, reason: CLIError.reason(errno)) }
    defer { close(fd) }
    return Self.firstLine(fd: fd).records
  }

  /// The bytes read from `fd` up to the end of its first line that is not blank, and
  /// whether that line is a JSON object with a `quotes` field.
  static func firstLine(fd: Int32) -> (head: [UInt8], records: Bool) {
    var head: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var from = 0
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n > 0 { head.append(contentsOf: chunk[0..<n]) }
      while let nl = head[from...].firstIndex(of: 0x0A) {
        if head[from..<nl].contains(where: { $0 > 0x20 }) { return (head, isRecord(head[from..<nl])) }
        from = nl + 1
      }
      if n <= 0 { return (head, isRecord(head[from...])) }
    }
  }

  static func isRecord(_ line: ArraySlice<UInt8>) -> Bool {
    line.withUnsafeBufferPointer { p in
      guard p.contains(where: { $0 > 0x20 }) else { return false }
      var start = 0
      while start < p.count && p[start] <= 0x20 { start += 1 }
      var end = p.count
      while end > start && p[end - 1] <= 0x20 { end -= 1 }
      return (try? LinkRecordReader().occurrences(UnsafeBufferPointer(rebasing: p[start..<end]), article: 0)) != nil
    }
  }

  /// Runs the article inputs gathered so far through the pipeline.
  mutating func extract(_ sources: inout [String], into summary: inout Summary) {
    guard !sources.isEmpty else { return }
    defer { sources = [] }
    var o = options
    o.paths = sources
    let extractors: LanguageExtractors
    do {
      extractors = try LanguageExtractors.load(o)
    } catch {
      summary.error = error
      return
    }
    var sink = LinkSink(renderer: LinkRenderer(options: o, firstOrdinal: ordinal), linker: linker)
    let s = Pipeline(extractors: extractors, options: o, interruption: interruption).run(&sink)
    summary.read += s.read
    summary.failed += s.failed
    summary.error = s.error
    ordinal += s.read
  }

  /// Reads one input of records, line by line.
  mutating func readRecords(_ source: String, into summary: inout Summary) {
    let name = source == "-" ? "<stdin>" : source
    let fd = source == "-" ? 0 : open(source, O_RDONLY)
    guard fd >= 0 else {
      summary.report(.fatal(.unreadable(path: source, reason: CLIError.reason(errno))))
      return
    }
    defer { if fd != 0 { close(fd) } }
    let reader = LinkRecordReader(offsets: options.offsets, minConfidence: options.minConfidence)
    var progress = Progress(enabled: !options.quiet, total: Pipeline.totalSize([source]))
    var lines = RecordLines(fd: fd)
    var number = 0
    var stop = false
    while !stop, lines.next({ line, size in
      number += 1
      if let signal = interruption?.signal, signal != 0 {
        summary.error = .interrupted(signal: signal)
        stop = true
        return
      }
      guard line.contains(where: { $0 > 0x20 }) else { return }
      do {
        let found = try reader.occurrences(line, article: ordinal)
        ordinal += 1
        guard let found else { return summary.report(.failure(.notARecord(at: "\(name):\(number)"))) }
        summary.read += 1
        for o in found { try linker.add(o) }
      } catch let e as JSONError {
        summary.report(.failure(.malformedJSON(at: "\(name):\(number)", detail: "\(e)")))
      } catch {
        summary.error = .cannotWrite(target: "a temporary file", reason: "\(error)", progress: nil)
        stop = true
      }
      progress.advance(articles: 1, bytes: size)
    }) {}
    if let e = lines.error { summary.report(.fatal(.unreadable(path: source, reason: CLIError.reason(e)))) }
    progress.finish()
  }
}

/// The lines of a file descriptor, read in 4 MiB chunks (a line may be longer).
struct RecordLines {
  let fd: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var done = false
  private(set) var error: Int32?

  init(fd: Int32) { self.fd = fd }

  /// Calls `body` with the next line (without its line break and CR) and the bytes
  /// it took; false at the end of the input.
  mutating func next(_ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> Bool {
    while true {
      let found: Int? = buffer.withUnsafeBufferPointer { p in
        guard let base = p.baseAddress, start < p.count, let hit = memchr(base + start, 0x0A, p.count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      }
      if let nl = found ?? (done && start < buffer.count ? buffer.count : nil) {
        var end = nl
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end]), min(nl + 1, $0.count) - start) }
        start = min(nl + 1, buffer.count)
        return true
      }
      if done { return false }
      buffer.removeFirst(start)
      start = 0
      let room = buffer.count
      buffer.append(contentsOf: repeatElement(0, count: 4 << 20))
      let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress.map { $0 + room }, 4 << 20) }
      buffer.removeLast(4 << 20 - max(0, n))
      if n < 0 && errno == EINTR { continue }
      if n < 0 { error = errno }
      if n <= 0 { done = true }
    }
  }
}

/// Gives stdin back to the pipeline after its first line was read to tell what it
/// holds: stdin becomes a pipe that a thread fills with those bytes, then the rest.
enum StdinReplay {
  static func start(_ head: [UInt8]) {
    var ends: [Int32] = [0, 0]
    let original = dup(0)
    guard original >= 0, pipe(&ends) == 0, dup2(ends[0], 0) >= 0 else { return }
    close(ends[0])
    let feed = ends[1]
    let feeder = Thread {
      defer {
        close(feed)
        close(original)
      }
      guard OutputFile.write(feed, head).error == nil else { return }
      var chunk = [UInt8](repeating: 0, count: 1 << 20)
      while true {
        let n = chunk.withUnsafeMutableBytes { Glibc.read(original, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 || OutputFile.write(feed, Array(chunk[0..<n])).error != nil { return }
      }
    }
    feeder.start()
  }
}

/// The occurrences of each extracted article, numbered after the inputs read before.
struct LinkRenderer: Renderer {
  let options: Options
  let firstOrdinal: Int

  func render(_ e: Extraction) -> [QuoteOccurrence] {
    let found = e.attributions.filter { $0.confidence >= options.minConfidence }
    return QuoteOccurrence.occurrences(
      of: found, text: e.text, id: e.article.id, article: firstOrdinal + e.ordinal, offsets: options.offsets,
      window: (e.article.part?.index ?? 0, e.article.part?.base ?? 0))
  }
}

/// Adds the occurrences of the extracted articles to the linker, in input order.
struct LinkSink: Sink {
  let renderer: LinkRenderer
  let linker: QuoteLinker
  private(set) var written = 0
  /// Articles are numbered in input order, so the reader parses the lines.
  var parsesOnReader: Bool { true }

  init(renderer: LinkRenderer, linker: QuoteLinker) {
    self.renderer = renderer
    self.linker = linker
  }

  mutating func consume(_ batch: Batch, _ outputs: [[QuoteOccurrence]?]) throws(CLIError) {
    for (i, list) in outputs.enumerated() {
      guard let list else { continue }
      do {
        for o in list { try linker.add(o) }
      } catch {
        throw .cannotWrite(target: "a temporary file", reason: error.message, progress: nil)
      }
      if batch.articles[i].isWhole { written += 1 }
    }
  }

  mutating func finish() throws(CLIError) {}
}
