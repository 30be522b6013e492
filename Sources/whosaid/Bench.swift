import Foundation
import WhoSaid

/// `whosaid bench`: extracts the input without writing records and tells how fast,
/// and where the time goes.
enum Bench {
  static let usage = """
    USAGE: whosaid bench [OPTIONS] [PATH ...]

    Runs the extraction over the input exactly as 'whosaid extract' would (records
    are made but not written) and prints throughput — MB/s of input, articles/s,
    attributions/s — and the share of time in each stage: reading (files and JSON
    Lines, on the reader thread), language detection, tokenizing, quotes, claims,
    speakers and JSON (making the records). Stage times are the busy time of all
    threads added up; the shares are of that sum.

    OPTIONS:
      --json                    One JSON object instead of the table.
      --jobs N, -j N            Worker threads (default: all cores).
      --lang, --input, --id-field, --text-field, --offsets, --per-quote,
      --entities, --cues, --min-confidence, --quiet
                                As for extract (see 'whosaid --help').
      -h, --help                Show this help.

    EXAMPLES:
      whosaid bench --jobs 1 dump.jsonl
      whosaid bench --json corpora/*.txt

    For comparisons with other commands on the same input, see benchmarks/run.

    EXIT STATUS: 0 all articles done; 1 some article failed (see stderr); 2 usage error.
    """

  static func run(_ args: [String]) -> Int32 {
    var json = false
    let rest = args.filter {
      if $0 == "--json" { json = true }
      return $0 != "--json"
    }
    let options: Options
    switch CommandLineTool.parse(rest, usage: usage, command: "whosaid bench", Options.parse) {
    case .success(let o): options = o
    case .failure(let exit): return exit.code
    }
    guard let extractors = CommandLineTool.extractors(options) else { return 2 }
    let times = StageTimes()
    var pipeline = Pipeline(extractors: extractors, options: options)
    pipeline.timing = times
    let started = StageTimes.now()
    let stats = pipeline.run()
    let wall = StageTimes.now() &- started
    let result = Result(times: times, wall: wall, jobs: pipeline.jobs)
    FileOutput.write(1, Array((json ? result.json : result.table).utf8))
    if stats.usageError { return 2 }
    return stats.failed > 0 ? 1 : 0
  }

  /// The figures of one run.
  struct Result {
    let times: StageTimes
    let wall: UInt64
    let jobs: Int

    var seconds: Double { Double(max(wall, 1)) / 1e9 }
    var megabytesPerSecond: Double { Double(times.inputBytes) / 1e6 / seconds }
    var shares: [(StageTimes.Stage, UInt64, Double)] {
      let total = max(StageTimes.Stage.allCases.reduce(0) { $0 + times[$1] }, 1)
      return StageTimes.Stage.allCases.map { ($0, times[$0], Double(times[$0]) / Double(total)) }
    }

    var table: String {
      var s = String(
        format: "%.1f MB, %d articles, %d attributions in %.2f s with %d job%@\n",
        Double(times.inputBytes) / 1e6, times.articles, times.attributions, seconds, jobs, jobs == 1 ? "" : "s")
      s += String(
        format: "throughput  %.1f MB/s  %.0f articles/s  %.0f attributions/s\n\n",
        megabytesPerSecond, Double(times.articles) / seconds, Double(times.attributions) / seconds)
      s += "stage           time (s)   share\n"
      for (stage, ns, share) in shares {
        let name = stage.name.padding(toLength: 14, withPad: " ", startingAt: 0)
        s += name + String(format: " %9.3f  %5.1f %%\n", Double(ns) / 1e9, share * 100)
      }
      return s
    }

    var json: String {
      var w = JSONWriter()
      w.raw("{")
      w.fields([
        "bytes": "\(times.inputBytes)", "articles": "\(times.articles)", "attributions": "\(times.attributions)",
        "jobs": "\(jobs)", "seconds": String(format: "%.6f", seconds), "mb_per_s": String(format: "%.3f", megabytesPerSecond),
        "articles_per_s": String(format: "%.1f", Double(times.articles) / seconds),
        "attributions_per_s": String(format: "%.1f", Double(times.attributions) / seconds),
      ])
      w.raw(",\"stages\":{")
      for (i, (stage, ns, share)) in shares.enumerated() {
        if i > 0 { w.raw(",") }
        w.string(stage.name)
        w.raw(":{")
        w.fields(["seconds": String(format: "%.6f", Double(ns) / 1e9), "share": String(format: "%.4f", share)])
        w.raw("}")
      }
      w.raw("}}\n")
      return String(decoding: w.bytes, as: UTF8.self)
    }
  }
}

/// Time spent in each stage, added up over all threads (`whosaid bench`).
final class StageTimes: @unchecked Sendable {
  enum Stage: Int, CaseIterable {
    case reading, language, tokenizing, quotes, claims, speakers, json

    var name: String { self == .json ? "JSON" : "\(self)" }

    init(_ s: Extractor.Stage) {
      switch s {
      case .tokenizing: self = .tokenizing
      case .quotes: self = .quotes
      case .claims: self = .claims
      case .speakers: self = .speakers
      }
    }
  }

  private let lock = NSLock()
  private var nanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
  private(set) var articles = 0
  private(set) var inputBytes = 0
  private(set) var attributions = 0

  subscript(_ s: Stage) -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    return nanoseconds[s.rawValue]
  }

  func add(_ s: Stage, _ ns: UInt64) {
    lock.lock()
    nanoseconds[s.rawValue] &+= ns
    lock.unlock()
  }

  /// Adds what one worker measured.
  func add(_ c: StageClock) {
    lock.lock()
    for i in nanoseconds.indices { nanoseconds[i] &+= c.nanoseconds[i] }
    attributions += c.attributions
    lock.unlock()
  }

  func count(articles a: Int, inputBytes i: Int) {
    lock.lock()
    articles += a
    inputBytes += i
    lock.unlock()
  }

  /// A monotonic clock in nanoseconds.
  static func now() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
  }
}

/// One worker's stage times: each `end` charges the time since the last mark to a stage.
struct StageClock {
  let enabled: Bool
  var nanoseconds = [UInt64](repeating: 0, count: StageTimes.Stage.allCases.count)
  var attributions = 0
  private var last: UInt64 = 0

  init(enabled: Bool) { self.enabled = enabled }

  mutating func start() {
    if enabled { last = StageTimes.now() }
  }

  mutating func end(_ s: StageTimes.Stage) {
    guard enabled else { return }
    let t = StageTimes.now()
    nanoseconds[s.rawValue] &+= t &- last
    last = t
  }
}
