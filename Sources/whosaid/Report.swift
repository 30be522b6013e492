import Dispatch
import Foundation
import WhoSaid

/// `whosaid report [PATH ...] -o report.html`: the attributions of the inputs as
/// one self-contained HTML page.
enum Report {
  static let usage = """
    USAGE: whosaid report [OPTIONS] [PATH ...] [-o FILE]

    Reads news articles as 'whosaid extract' does and writes one self-contained HTML
    page (no scripts, nothing from the network): a summary of all articles (the
    most-quoted speakers, attributions by kind, speakers by resolution) and the first
    articles in full, each attribution highlighted in its speaker's colour.

    OPTIONS:
      -o FILE, --output FILE    Where to write the page (default: stdout).
      --max-articles N          Show the first N articles in full (default 200);
                                the summary covers all of them.
      --input, --id-field, --text-field, --min-confidence, --jobs, --entities,
      --cues, --quiet           As for extract (see 'whosaid --help').
      -h, --help                Show this help.

    EXAMPLES:
      whosaid report corpora/example.txt -o report.html
      whosaid report --max-articles 50 dump.jsonl -o report.html

    EXIT STATUS: 0 all articles done; 1 some article failed or the page could not
    be written; 2 usage error.
    """

  struct Settings {
    var output = "-"
    var maxArticles = 200
    var extract = Options()
  }

  /// Options of extract that take a value: their value is passed on as it is.
  static let valueOptions: Set<String> = [
    "--input", "--id-field", "--text-field", "--min-confidence", "--jobs", "-j", "--entities", "--cues",
  ]

  /// Takes out the report's own options and parses the rest as extract's.
  static func parse(_ args: [String]) throws(Options.UsageError) -> Settings {
    var s = Settings()
    var rest: [String] = []
    var cursor = Arguments(args)
    while let a = cursor.next() {
      switch a {
      case "--":
        rest += [cursor.current] + cursor.rest
        cursor.finish()
      case "-o", "--output": s.output = try cursor.value()
      case "--max-articles":
        let v = try cursor.value()
        guard let n = Int(v), n >= 0 else { throw Options.UsageError(message: "--max-articles needs a whole number, not '\(v)'") }
        s.maxArticles = n
      case "--per-quote", "--offsets", "--format":
        throw Options.UsageError(message: "\(a) does not apply to report")
      default:
        rest.append(cursor.current)
        // Extract's options that take a value: keep the value with them.
        if cursor.inline == nil && valueOptions.contains(a), let v = try? cursor.value() { rest.append(v) }
      }
    }
    s.extract = try Options.parse(rest)
    return s
  }

  static func run(_ args: [String]) -> Int32 {
    let settings: Settings
    switch CommandLineTool.parse(args, usage: usage, command: "whosaid report", parse) {
    case .success(let s): settings = s
    case .failure(let exit): return exit.code
    }
    let options = settings.extract
    guard let extractors = CommandLineTool.extractors(options) else { return 2 }
    var fd: Int32 = 1
    if settings.output != "-" {
      fd = open(settings.output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else {
        Diagnostics.error("cannot write '\(settings.output)': \(String(cString: strerror(errno)))")
        return 1
      }
    }
    defer { if fd != 1 { close(fd) } }
    let paths = options.paths.isEmpty ? ["-"] : options.paths
    let title = "whosaid report: " + paths.map { $0 == "-" ? "stdin" : $0 }.joined(separator: ", ")
    var pipeline = ReportPipeline(
      extractors: extractors, options: options,
      report: HTMLReport(title: title, maxArticles: settings.maxArticles))
    let stats = pipeline.run()
    FileOutput.write(fd, Array(pipeline.report.html().utf8))
    if !options.quiet {
      Diagnostics.note(
        "\(stats.read) articles read, \(pipeline.report.articleCount) in the report (\(pipeline.report.shownCount) shown in full), \(stats.failed) failed"
      )
    }
    return stats.failed > 0 ? 1 : 0
  }
}

/// Reads inputs in order, extracts and renders in parallel batches, and adds the
/// entries to the report in input order. Only the first articles keep their HTML.
struct ReportPipeline {
  let extractors: LanguageExtractors
  let options: Options
  var report: HTMLReport
  let jobs: Int
  var stats = Pipeline.Stats()

  init(extractors: LanguageExtractors, options: Options, report: HTMLReport) {
    self.extractors = extractors
    self.options = options
    self.report = report
    jobs = options.jobs > 0 ? options.jobs : max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Reads on the pipeline's reader thread (which parses the JSON Lines) while
  /// the batches before are extracted and rendered.
  mutating func run() -> Pipeline.Stats {
    let sources = options.paths.isEmpty ? ["-"] : options.paths
    let queue = Pipeline.startReading(sources, options: options, parsesLines: true, timing: nil)
    while let batch = queue.pop() {
      for (_, event) in batch.messages { stats.report(event) }
      flush(batch.articles)
    }
    return stats
  }

  /// Extracts and renders a batch on all workers; adds the entries in input order.
  mutating func flush(_ articles: [Article]) {
    guard !articles.isEmpty else { return }
    stats.read += articles.count
    let slots = Slots<HTMLReport.Entry>(count: articles.count)
    let extractors = self.extractors
    let minConfidence = options.minConfidence
    let shownLeft = report.maxArticles - report.shownCount
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(jobs, articles.count)) { _ in
      var scratch = Extractor.Scratch()
      while true {
        let i = next.take()
        if i >= articles.count { break }
        let a = articles[i]
        let entry = a.text.withUnsafeBufferPointer { text in
          let extractor = extractors.pick(text).extractor
          let found = extractor.extract(utf8: text, scratch: &scratch).filter { $0.confidence >= minConfidence }
          return HTMLReport.Entry(
            id: Self.displayID(a.id), text: text, attributions: found, rendered: i < shownLeft, profile: extractor.profile)
        }
        slots.set(i, entry)
      }
    }
    for i in 0..<articles.count {
      if let e = slots.get(i) { report.add(e) }
    }
    stats.written += articles.count
  }

  /// The id as shown: a JSON string decoded, a number as written.
  static func displayID(_ json: [UInt8]) -> String {
    if json.first == UInt8(ascii: "\""), let s = try? JSONDecoder().decode(String.self, from: Data(json)) { return s }
    return String(decoding: json, as: UTF8.self)
  }
}
