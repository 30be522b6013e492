import Dispatch
import Foundation
import WhoSaid

/// One article on its way through the pipeline.
struct Article {
  /// The id as a JSON value.
  var id: [UInt8]
  var text: [UInt8]
  /// Where it came from, for messages (`dump.jsonl:12`).
  var origin: String
}

/// Reads inputs in order, extracts in parallel batches, writes in input order.
///
/// Memory is bounded by the batch size: a batch holds at most `batchArticles`
/// articles or `batchBytes` bytes of text, and is written before the next is read.
struct Pipeline {
  /// One extractor per language code; with `--lang` only that one.
  let extractors: [String: Extractor]
  let options: Options
  let jobs: Int
  var batch: [Article] = []
  var batchBytes = 0
  var stats = Stats()
  let maxArticles = 2048
  let maxBytes = 32 << 20

  struct Stats {
    var read = 0
    var written = 0
    var failed = 0
    var usageError = false
  }

  init(extractors: [String: Extractor], options: Options) {
    self.extractors = extractors
    self.options = options
    jobs = options.jobs > 0 ? options.jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  mutating func run() -> Stats {
    var sources = options.paths
    if sources.isEmpty { sources = ["-"] }
    for path in sources {
      let reader = InputReader(options: options)
      reader.read(path) { event in
        switch event {
        case .article(let a):
          stats.read += 1
          add(a)
        case .failure(let message):
          stats.read += 1
          stats.failed += 1
          Diagnostics.error(message)
        case .fatal(let message):
          stats.failed += 1
          Diagnostics.error(message)
        case .warning(let message):
          Diagnostics.warning(message)
        }
      }
    }
    flush()
    return stats
  }

  mutating func add(_ a: Article) {
    batchBytes += a.text.count
    batch.append(a)
    if batch.count >= maxArticles || batchBytes >= maxBytes { flush() }
  }

  /// Extracts the batch on all workers and writes its records in order.
  mutating func flush() {
    guard !batch.isEmpty else { return }
    let results = Results(count: batch.count)
    let articles = batch
    let extractors = self.extractors
    let options = self.options
    let workers = min(jobs, articles.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      var scratch = Extractor.Scratch()
      while true {
        let i = next.take()
        if i >= articles.count { break }
        let a = articles[i]
        var w = JSONWriter()
        a.text.withUnsafeBufferPointer { text in
          let lang = options.lang ?? LanguageDetector.detect(utf8: text)
          guard let extractor = extractors[lang] ?? extractors["en"] ?? extractors.values.first else { return }
          let found = extractor.extract(utf8: text, scratch: &scratch)
          let record = RecordOptions(offsets: options.offsets, minConfidence: options.minConfidence)
          if options.perQuote {
            RecordWriter.writePerQuote(id: a.id, lang: lang, text: text, attributions: found, options: record, into: &w)
          } else {
            RecordWriter.writeArticle(id: a.id, lang: lang, text: text, attributions: found, options: record, into: &w)
          }
        }
        results.set(i, w.bytes)
      }
    }
    var out: [UInt8] = []
    for i in 0..<articles.count {
      out.append(contentsOf: results.get(i))
      stats.written += 1
    }
    FileOutput.write(1, out)
    batch.removeAll(keepingCapacity: true)
    batchBytes = 0
  }
}

/// Per-article output slots, each written by exactly one worker.
final class Results: @unchecked Sendable {
  private var slots: [[UInt8]]
  private let lock = NSLock()
  init(count: Int) { slots = Array(repeating: [], count: count) }
  func set(_ i: Int, _ b: [UInt8]) {
    lock.lock()
    slots[i] = b
    lock.unlock()
  }
  func get(_ i: Int) -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    return slots[i]
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
