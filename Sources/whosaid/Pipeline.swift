import Dispatch
import Foundation
import WhoSaid

/// One article on its way through the pipeline.
struct Article: Sendable {
  /// The id as a JSON value.
  var id: [UInt8]
  var text: [UInt8]
  /// Where it came from, for messages (`dump.jsonl:12`, a file's path).
  var origin: String
  /// Bytes of input it took (for progress and bench).
  var size: Int
  /// True when `text` is still the JSON line, `id` empty (see ``InputReader/parse(_:)``).
  var unparsed = false
  /// For an article read in windows (see ``ArticleWindows``): which one this is.
  var part: Part?
  /// The values of the `--keep` fields, in their order (empty for a text file).
  var kept: [JSONFieldReader.Value?] = []

  /// One window of an article too long to extract at once.
  struct Part: Sendable {
    /// 0 for the first window.
    var index: Int
    var isLast: Bool
    /// The language of the article (found on its start), for every window.
    var lang: String
    /// Where the window starts in the article, in the unit of the output's offsets.
    var base: Int
  }

  /// Whether this is a whole article or the last window of one (what is counted once).
  var isWhole: Bool { part?.isLast ?? true }

  /// The id for the text format: a JSON string without its quotes, a number as written.
  var textID: String {
    var id = String(decoding: id, as: UTF8.self)
    if id.hasPrefix("\""), id.hasSuffix("\""), id.count >= 2 { id = String(id.dropFirst().dropLast()) }
    return id
  }

  /// The id as shown in the report: a JSON string decoded, a number as written.
  var displayID: String {
    if id.first == UInt8(ascii: "\""), let s = try? JSONDecoder().decode(String.self, from: Data(id)) { return s }
    return String(decoding: id, as: UTF8.self)
  }
}

/// Articles read together, with the messages about inputs met while reading them.
struct Batch: Sendable {
  var articles: [Article] = []
  var bytes = 0
  /// Messages in input order, each after the given number of this batch's articles.
  var messages: [(after: Int, event: InputReader.Event)] = []
  /// Bytes of input consumed (for progress).
  var inputBytes = 0
  /// Windows of long articles in the batch: a batch holds at most one per worker, as
  /// a window's records can be many times its size.
  var parts = 0
}

/// What came of a run: the counts for the summary line, and the error that ended it early.
struct Summary {
  var read = 0
  var written = 0
  var failed = 0
  var error: CLIError?

  /// Says and counts a message about the input (articles are counted elsewhere).
  mutating func report(_ event: InputReader.Event) {
    switch event {
    case .failure(let e):
      read += 1
      failed += 1
      Diagnostics.error(e)
    case .fatal(let e):
      failed += 1
      Diagnostics.error(e)
    case .warning(let message):
      Diagnostics.warning(message)
    case .article:
      break
    }
  }

  /// `3 articles read, 2 written, 1 failed`.
  var line: String { "\(counted(read, "article")) read, \(written) written, \(failed) failed" }
}

/// Reads inputs on a thread of its own, extracts and renders batches on all cores
/// (one worker loop for every sink), and hands the rendered articles to the sink in
/// input order on the calling thread, while the next batch is being extracted.
///
/// Memory is bounded: a batch holds at most ``maxArticles`` articles or
/// ``maxBytes`` bytes of text, and each thread waits while two batches are queued
/// after it.
struct Pipeline {
  /// One extractor per language code; with `--lang` only that one.
  let extractors: LanguageExtractors
  let options: Options
  let jobs: Int
  /// Stops the run after the last whole record on SIGINT or SIGTERM.
  let interruption: Interruption?
  static let maxArticles = 2048
  static let maxBytes = 16 << 20

  init(extractors: LanguageExtractors, options: Options, interruption: Interruption?) {
    self.extractors = extractors
    self.options = options
    self.interruption = interruption
    jobs = options.jobs > 0 ? options.jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Runs every input through the extraction into `sink`.
  func run<S: Sink>(_ sink: inout S) -> Summary {
    // With a core to spare the reader parses JSON Lines itself, beside the workers;
    // when every core has a worker, it only cuts lines and the workers parse them.
    let readerParses = sink.parsesOnReader || jobs < ProcessInfo.processInfo.activeProcessorCount
    let timing = sink.timing
    let input = Self.startReading(options.sources, options: options, parsesLines: readerParses, jobs: jobs, timing: timing)
    let done = BoundedQueue<Extracted<S.Rendering.Output>>(capacity: 2)
    interruption?.whenSignalled {
      input.cancel()
      done.cancel()
    }
    let work = BatchWork(extractors: extractors, options: options, jobs: jobs, renderer: sink.renderer, timing: timing)
    let extraction = Thread {
      var ordinal = 0
      while let batch = input.pop() {
        let result = work.run(batch, firstOrdinal: ordinal)
        ordinal += batch.articles.lazy.filter(\.isWhole).count
        if !done.push(result) { break }
      }
      done.close()
    }
    extraction.stackSize = 1 << 22
    extraction.start()
    var summary = Summary()
    var progress = Progress(enabled: !options.quiet, total: Self.totalSize(options.sources))
    while var result = done.pop() {
      let articles = summary.count(result)
      do {
        try sink.consume(result.batch, result.outputs)
      } catch {
        summary.error = error
        input.cancel()
        done.cancel()
        break
      }
      work.rooms.give(result.takeRooms())
      progress.advance(articles: articles, bytes: result.batch.inputBytes)
    }
    if summary.error == nil, let signal = interruption?.signal, signal != 0 { summary.error = .interrupted(signal: signal) }
    do {
      try sink.finish()
    } catch {
      if summary.error == nil { summary.error = error }
    }
    summary.written = sink.written
    if case .cannotWrite = summary.error {
      // What was read but not written failed too: every article is written or failed.
      summary.failed = max(summary.failed, summary.read - summary.written)
    }
    progress.finish()
    return summary
  }

  /// Reads `sources` on a thread of its own into batches of at most ``maxArticles``
  /// articles or ``maxBytes`` bytes; the queue holds two, so the reader waits
  /// while the consumer is behind (bounded memory).
  static func startReading(
    _ sources: [String], options: Options, parsesLines: Bool, jobs: Int, timing: StageTimes?
  ) -> BoundedQueue<Batch> {
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
            if a.part != nil { batch.parts += 1 }
            batch.articles.append(a)
          default:
            batch.messages.append((batch.articles.count, event))
          }
          if batch.articles.count >= Pipeline.maxArticles || batch.bytes >= Pipeline.maxBytes || batch.parts >= jobs {
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
}

/// A batch after extraction: the sink's output for each article (nil for a line that
/// was no article), and the messages about lines the workers parsed.
struct Extracted<Output: Sendable>: Sendable {
  let batch: Batch
  private(set) var outputs: [Output?]
  let messages: [InputReader.Event?]
  /// The workers' rooms, which outputs may point into.
  private(set) var rooms: [[UInt8]] = []

  init(batch: Batch, outputs: [Output?], messages: [InputReader.Event?], rooms: [[UInt8]] = []) {
    self.batch = batch
    self.outputs = outputs
    self.messages = messages
    self.rooms = rooms
  }

  /// The rooms, once the sink is done with the outputs: the outputs are dropped, so that
  /// nothing else holds the rooms and they can be written into again.
  mutating func takeRooms() -> [[UInt8]] {
    outputs = []
    defer { rooms = [] }
    return rooms
  }
}

extension Summary {
  /// Says and counts the reader's messages and those about the lines the workers
  /// parsed, in input order; returns how many articles the batch held.
  mutating func count<O>(_ r: Extracted<O>) -> Int {
    let articles = r.batch.articles
    var failed = 0
    var nextMessage = 0
    for i in 0...articles.count {
      while nextMessage < r.batch.messages.count && r.batch.messages[nextMessage].after <= i {
        report(r.batch.messages[nextMessage].event)
        nextMessage += 1
      }
      guard i < articles.count, let m = r.messages[i] else { continue }
      if case .failure = m { failed += 1 }
      report(m)  // a failure counts as read, as when the reader parses
    }
    // An article read in windows counts once, with its last window.
    let whole = articles.lazy.filter(\.isWhole).count - failed
    read += whole
    return whole
  }
}
