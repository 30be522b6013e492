import Dispatch
import Foundation
import WhoSaid

/// One article on its way through the pipeline.
struct Article: Sendable {
  /// The id as a JSON value.
  var id: [UInt8]
  var text: [UInt8]
  /// Where it came from, for messages (`dump.jsonl:12`).
  var origin: String
  /// Bytes of input it took (for progress).
  var size: Int
  /// True when `text` is still the JSON line, `id` empty (see ``InputReader/parse(_:)``).
  var unparsed = false
}

/// Reads inputs on a thread of its own, extracts batches on all cores, and
/// writes the records in input order.
///
/// Memory is bounded: a batch holds at most `maxArticles` articles or
/// `maxBytes` bytes of text, and the reader waits while two batches are queued.
struct Pipeline {
  /// One extractor per language code; with `--lang` only that one.
  let extractors: LanguageExtractors
  let options: Options
  let jobs: Int
  var stats = Stats()
  /// For `whosaid bench`: where the stages' times go; records are then made but not written.
  var timing: StageTimes?
  static let maxArticles = 2048
  static let maxBytes = 16 << 20

  struct Stats {
    var read = 0
    var written = 0
    var failed = 0
    var usageError = false

    /// Counts and prints a message about the input (articles are counted elsewhere).
    mutating func report(_ event: InputReader.Event) {
      switch event {
      case .failure(let message):
        read += 1
        failed += 1
        Diagnostics.error(message)
      case .fatal(let message):
        failed += 1
        Diagnostics.error(message)
      case .warning(let message):
        Diagnostics.warning(message)
      case .article:
        break
      }
    }
  }

  init(extractors: LanguageExtractors, options: Options) {
    self.extractors = extractors
    self.options = options
    jobs = options.jobs > 0 ? options.jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  mutating func run() -> Stats {
    let sources = options.paths.isEmpty ? ["-"] : options.paths
    // With a core to spare the reader parses JSON Lines itself, beside the workers;
    // when every core has a worker, it only cuts lines and the workers parse them.
    let readerParses = jobs < ProcessInfo.processInfo.activeProcessorCount
    let queue = Self.startReading(sources, options: options, parsesLines: readerParses, timing: timing)
    // Records are written on a thread of their own, in batch order, so the
    // workers go on with the next batch meanwhile.
    let output = BoundedQueue<Slots<[UInt8]>>(capacity: 2)
    let written = DispatchSemaphore(value: 0)
    let writer = Thread {
      while let results = output.pop() { results.write(to: 1) }
      written.signal()
    }
    writer.start()
    var progress = Progress(enabled: !options.quiet, total: Self.totalSize(sources))
    while let batch = queue.pop() {
      // Articles done: lines that failed in the workers are not articles, as when the reader parses.
      let before = stats.written
      if let results = process(batch) { output.push(results) }
      progress.advance(articles: stats.written - before, bytes: batch.inputBytes)
    }
    output.close()
    written.wait()
    progress.finish()
    return stats
  }

  /// Reads `sources` on a thread of its own into batches of at most ``maxArticles``
  /// articles or ``maxBytes`` bytes; the queue holds two, so the reader waits
  /// while the consumer is behind (bounded memory).
  static func startReading(_ sources: [String], options: Options, parsesLines: Bool, timing: StageTimes?) -> BoundedQueue<Batch> {
    let queue = BoundedQueue<Batch>(capacity: 2)
    let reader = Thread {
      var batch = Batch()
      let input = InputReader(options: options, parsesLines: parsesLines)
      let started = StageTimes.now()
      var waited: UInt64 = 0
      defer { timing?.add(.reading, StageTimes.now() &- started &- waited) }
      for path in sources {
        input.read(path) { event in
          switch event {
          case .article(let a):
            batch.bytes += a.text.count
            batch.inputBytes += a.size
            batch.articles.append(a)
          default:
            batch.messages.append((batch.articles.count, event))
          }
          if batch.articles.count >= Pipeline.maxArticles || batch.bytes >= Pipeline.maxBytes {
            let t = timing == nil ? 0 : StageTimes.now()
            queue.push(batch)
            if timing != nil { waited &+= StageTimes.now() &- t }
            batch = Batch()
          }
        }
      }
      queue.push(batch)
      queue.close()
    }
    reader.stackSize = 1 << 22
    reader.start()
    return queue
  }

  /// The total input size when every input is a regular file (for the ETA).
  static func totalSize(_ paths: [String]) -> Int? {
    var total = 0
    for p in paths {
      var st = stat()
      guard p != "-", stat(p, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
      total += Int(st.st_size)
    }
    return total
  }

  /// Reports the batch's messages and extracts its articles on all workers;
  /// returns their records, in order, for the writer.
  mutating func process(_ batch: Batch) -> Slots<[UInt8]>? {
    let articles = batch.articles
    guard !articles.isEmpty else {
      for (_, event) in batch.messages { stats.report(event) }
      return nil
    }
    let results = Slots<[UInt8]>(count: articles.count)
    let messages = Slots<InputReader.Event>(count: articles.count)
    let extractors = self.extractors
    let options = self.options
    let input = InputReader(options: options)
    let colour = options.format == .text && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    let workers = min(jobs, articles.count)
    let next = Counter()
    let timing = self.timing
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var scratch = Extractor.Scratch()
      var clock = StageClock(enabled: timing != nil)
      defer { if let timing { timing.add(clock) } }
      while true {
        let i = next.take()
        if i >= articles.count { break }
        var a = articles[i]
        if a.unparsed {
          clock.start()
          let (parsed, message) = input.parse(a)
          clock.end(.reading)
          if let message { messages.set(i, message) }
          guard let parsed else { continue }
          a = parsed
        }
        var w = JSONWriter()
        a.text.withUnsafeBufferPointer { text in
          clock.start()
          let (lang, extractor) = extractors.pick(text)
          clock.end(.language)
          let found =
            timing == nil
            ? extractor.extract(utf8: text, scratch: &scratch)
            : extractor.extract(utf8: text, scratch: &scratch) { clock.end(StageTimes.Stage($0)) }
          clock.attributions += found.count
          let record = RecordOptions(offsets: options.offsets, minConfidence: options.minConfidence)
          switch (options.format, options.perQuote) {
          case (.text, _):
            var id = String(decoding: a.id, as: UTF8.self)
            if id.hasPrefix("\""), id.hasSuffix("\""), id.count >= 2 { id = String(id.dropFirst().dropLast()) }
            TextWriter.writeArticle(id: id, attributions: found, minConfidence: options.minConfidence, colour: colour, into: &w)
          case (.json, true):
            RecordWriter.writePerQuote(id: a.id, lang: lang, text: text, attributions: found, options: record, into: &w)
          case (.json, false):
            RecordWriter.writeArticle(id: a.id, lang: lang, text: text, attributions: found, options: record, into: &w)
          }
          clock.end(.json)
        }
        if timing == nil { results.set(i, w.takeBytes()) }
      }
    }
    // The reader's messages and those about the lines parsed above, in input order;
    // a line that is no article fails.
    var failed = 0
    var failedBytes = 0
    var nextMessage = 0
    for i in 0...articles.count {
      while nextMessage < batch.messages.count && batch.messages[nextMessage].after <= i {
        stats.report(batch.messages[nextMessage].event)
        nextMessage += 1
      }
      guard i < articles.count, let m = messages.get(i) else { continue }
      if case .failure = m {
        failed += 1
        failedBytes += articles[i].size
      }
      stats.report(m)  // a failure counts as read, as when the reader parses
    }
    stats.read += articles.count - failed
    stats.written += articles.count - failed
    if let timing {
      // Lines that are no article count nowhere, wherever they were parsed.
      timing.count(articles: articles.count - failed, inputBytes: batch.inputBytes - failedBytes)
      return nil  // bench: made, not written
    }
    return results
  }
}

/// One result slot per article, each set by exactly one worker.
final class Slots<T: Sendable>: @unchecked Sendable {
  private var values: [T?]
  private let lock = NSLock()
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ v: T) {
    lock.lock()
    values[i] = v
    lock.unlock()
  }
  func get(_ i: Int) -> T? {
    lock.lock()
    defer { lock.unlock() }
    return values[i]
  }
  var count: Int {
    lock.lock()
    defer { lock.unlock() }
    return values.count
  }
}

extension Slots where T == [UInt8] {
  /// Writes all records, in order: small ones gathered into writes of about 1 MB,
  /// a large one on its own (never a copy of the whole batch).
  func write(to fd: Int32) {
    let chunk = 1 << 20
    var pending: [UInt8] = []
    pending.reserveCapacity(chunk)
    for i in 0..<count {
      guard let r = get(i), !r.isEmpty else { continue }
      if pending.count + r.count > chunk && !pending.isEmpty {
        FileOutput.write(fd, pending)
        pending.removeAll(keepingCapacity: true)
      }
      if r.count >= chunk {
        FileOutput.write(fd, r)
      } else {
        pending.append(contentsOf: r)
      }
    }
    if !pending.isEmpty { FileOutput.write(fd, pending) }
  }
}

/// Hands out article indices to workers.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value - 1
  }
}

/// Writes to a file descriptor, all of it.
enum FileOutput {
  static func write(_ fd: Int32, _ bytes: [UInt8]) {
    bytes.withUnsafeBytes { p in
      var done = 0
      while done < p.count {
        let n = Glibc.write(fd, p.baseAddress! + done, p.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          exit(errno == EPIPE ? 0 : 1)  // a closed pipe (`| head`) is not an error
        }
        done += n
      }
    }
  }
}
