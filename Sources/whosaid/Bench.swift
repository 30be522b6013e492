import Foundation
import WhoSaid

/// `whosaid bench`: extracts the input and makes the records without writing them,
/// and tells how fast, and where the time goes.
enum Bench {
  struct Settings: Sendable {
    var json = false
    var extract = Options()
  }

  static let json = Option<Settings>("--json", help: "One JSON object instead of the table.") { s, _, _ throws(CLIError) in
    s.json = true
  }

  static let command = Command<Settings>(
    name: "whosaid bench",
    usage: ["whosaid bench [OPTIONS] [PATH ...]"],
    abstract: """
      Runs the extraction over the input exactly as 'whosaid extract' would (records are made but not \
      written) and prints throughput — MB/s of input, articles/s, attributions/s — and the share of time in \
      each stage: reading (files and JSON Lines, on the reader thread), language detection, tokenizing, \
      quotes, claims, speakers and JSON (making the records). Stage times are the busy time of all threads \
      added up; the shares are of that sum. With Glibc's debugging allocator loaded \
      (LD_PRELOAD=libc_malloc_debug.so.0) it also counts heap allocations (malloc, realloc, memalign) on \
      every thread during the run and gives them per article.
      """,
    options: [json] + (Options.common + Options.kept + Options.records).map { $0.lifted(\Settings.extract) },
    positional: { s, p throws(CLIError) in s.extract.paths.append(p) },
    examples: ["whosaid bench --jobs 1 dump.jsonl", "whosaid bench --json corpora/*.txt"],
    exitStatus: "0 all articles done; 1 some article failed (see stderr); 2 usage error.",
    footer: "For comparisons with other commands on the same input, see benchmarks/run.")

  static func run(_ args: [String], interruption: Interruption?) throws(CLIError) -> Int32 {
    let settings = try command.parse(args, into: Settings())
    let options = settings.extract
    let extractors = try LanguageExtractors.load(options)
    let pipeline = Pipeline(extractors: extractors, options: options, interruption: interruption)
    var sink = BenchSink(renderer: BenchRenderer(records: RecordRenderer(options: options, colour: false)))
    let counting = AllocationCounter.install()
    let allocationsBefore = AllocationCounter.count
    let started = StageTimes.now()
    var summary = pipeline.run(&sink)
    let wall = StageTimes.now() &- started
    let allocations = counting ? AllocationCounter.count - allocationsBefore : nil
    if summary.error == nil {
      let result = Result(times: sink.times, wall: wall, jobs: pipeline.jobs, allocations: allocations)
      let (_, error) = OutputFile.write(1, Array((settings.json ? result.json : result.table).utf8))
      if let error { summary.error = OutputFile.failure(error, target: "stdout") }
    }
    return CommandLineTool.finish(summary, quiet: true)
  }

  /// The figures of one run.
  struct Result {
    let times: StageTimes
    let wall: UInt64
    let jobs: Int
    /// Heap allocations during the run, all threads (nil when they cannot be counted).
    let allocations: Int?

    var seconds: Double { Double(max(wall, 1)) / 1e9 }
    var megabytesPerSecond: Double { Double(times.inputBytes) / 1e6 / seconds }
    var allocationsPerArticle: Double? { allocations.map { Double($0) / Double(max(times.articles, 1)) } }
    var shares: [(StageTimes.Stage, UInt64, Double)] {
      let total = max(StageTimes.Stage.allCases.reduce(0) { $0 + times[$1] }, 1)
      return StageTimes.Stage.allCases.map { ($0, times[$0], Double(times[$0]) / Double(total)) }
    }

    var table: String {
      var s = String(
        format: "%.1f MB, %d articles, %d attributions in %.2f s with %d job%@\n",
        Double(times.inputBytes) / 1e6, times.articles, times.attributions, seconds, jobs, jobs == 1 ? "" : "s")
      s += String(
        format: "throughput  %.1f MB/s  %.0f articles/s  %.0f attributions/s\n",
        megabytesPerSecond, Double(times.articles) / seconds, Double(times.attributions) / seconds)
      if let perArticle = allocationsPerArticle, let allocations {
        s += String(format: "allocations %.1f per article (%d in all, every thread)\n", perArticle, allocations)
      } else {
        s += "allocations not counted (LD_PRELOAD=\(AllocationCounter.library) counts them)\n"
      }
      s += "\nstage           time (s)   share\n"
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
      if let allocations, let perArticle = allocationsPerArticle {
        w.raw(",")
        w.fields(["allocations": "\(allocations)", "allocations_per_article": String(format: "%.2f", perArticle)])
      }
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

/// Makes each article's record, as extract would, and drops it.
struct BenchRenderer: Renderer {
  let records: RecordRenderer
  func render(_ e: Extraction) -> Int { records.render(e).byteCount }
  func render(_ e: Extraction, room: inout JSONWriter) -> Int { records.render(e, room: &room).byteCount }
}

/// Counts what bench made; the pipeline measures the stages.
struct BenchSink: Sink {
  let renderer: BenchRenderer
  let times = StageTimes()
  private(set) var written = 0
  var timing: StageTimes? { times }

  mutating func consume(_ batch: Batch, _ outputs: [Int?]) throws(CLIError) {
    var articles = 0
    var bytes = 0
    for (i, o) in outputs.enumerated() where o != nil {
      // An article read in windows counts once, with its last.
      if batch.articles[i].isWhole { articles += 1 }
      bytes += batch.articles[i].size
    }
    // Lines that are no article count nowhere, wherever they were parsed.
    times.count(articles: articles, inputBytes: bytes)
    written += articles
  }

  mutating func finish() throws(CLIError) {}
}
