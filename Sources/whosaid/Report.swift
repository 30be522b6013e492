import Foundation
import WhoSaid

/// `whosaid report [PATH ...] -o report.html`: the attributions of the inputs as
/// one self-contained HTML page.
enum Report {
  struct Settings: Sendable {
    var output = "-"
    var maxArticles = 200
    var extract = Options()
  }

  static let output = Option<Settings>(
    "--output", "-o", value: "FILE", help: "Where to write the page (default: stdout)."
  ) { s, v, name throws(CLIError) in s.output = try Value.nonEmpty(v, name) }

  static let maxArticles = Option<Settings>(
    "--max-articles", value: "N", help: "Show the first N articles in full (default 200); the summary covers all of them."
  ) { s, v, name throws(CLIError) in s.maxArticles = try Value.whole(v, name, in: 0...Int.max) }

  static let command = Command<Settings>(
    name: "whosaid report",
    usage: ["whosaid report [OPTIONS] [PATH ...] [-o FILE]"],
    abstract: """
      Reads news articles as 'whosaid extract' does and writes one self-contained HTML page (no scripts, \
      nothing from the network): a summary of all articles (the most-quoted speakers, attributions by kind, \
      speakers by resolution, a speaker index linked to their attributions) and the first articles in full, \
      each attribution in its speaker's colour: filled when quoted verbatim (direct), hatched when mixed, \
      outlined when paraphrased (indirect), with a badge giving its kind and confidence. Filters (kind, \
      confidence, speaker) work without scripts.
      """,
    options: [output, maxArticles] + (Options.common + Options.kept + [Options.keep]).map { $0.lifted(\Settings.extract) },
    positional: { s, p throws(CLIError) in s.extract.paths.append(p) },
    examples: [
      "whosaid report corpora/example.txt -o report.html",
      "whosaid report --max-articles 50 --keep url,date dump.jsonl -o report.html",
    ],
    exitStatus: "0 all articles done; 1 some article failed or the page could not be written; 2 usage error.")

  static func run(_ args: [String], interruption: Interruption?) throws(CLIError) -> Int32 {
    let settings = try command.parse(args, into: Settings())
    let options = settings.extract
    let extractors = try LanguageExtractors.load(options)
    var target = "stdout"
    var fd: Int32 = 1
    if settings.output != "-" {
      target = settings.output
      fd = open(settings.output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
      guard fd >= 0 else {
        throw .cannotWrite(target: settings.output, reason: CLIError.reason(errno), progress: nil)
      }
    }
    defer { if fd != 1 { close(fd) } }
    let title = "whosaid report: " + options.sources.map { $0 == "-" ? "stdin" : $0 }.joined(separator: ", ")
    let pipeline = Pipeline(extractors: extractors, options: options, interruption: interruption)
    var sink = ReportSink(
      renderer: ReportRenderer(minConfidence: options.minConfidence, maxArticles: settings.maxArticles, keep: options.keep),
      report: HTMLReport(title: title, maxArticles: settings.maxArticles), fd: fd, target: target)
    var summary = pipeline.run(&sink)
    if summary.error == nil || summary.error == .interrupted(signal: SIGINT) {
      // The page of what was read, also after an interruption.
      do {
        try sink.writePage()
      } catch {
        summary.error = error
      }
    }
    let report = sink.report
    let line =
      "\(counted(summary.read, "article")) read, \(report.articleCount) in the report (\(report.shownCount) shown in full), \(summary.failed) failed"
    return CommandLineTool.finish(summary, quiet: options.quiet, line: line)
  }
}

/// Renders each article's report entry (its HTML only while it is among the first shown).
struct ReportRenderer: Renderer {
  let minConfidence: Double
  let maxArticles: Int
  /// The `--keep` fields, shown under each article's heading.
  let keep: [String]
  /// The paragraphs come from the extraction, not from tokenizing again.
  var wantsParagraphs: Bool { true }

  func render(_ e: Extraction) -> HTMLReport.Entry {
    let found = e.attributions.filter { $0.confidence >= minConfidence }
    // Of an article read in windows, the first window is shown; all are counted.
    let shown = e.ordinal < maxArticles && (e.article.part?.index ?? 0) == 0
    var entry = HTMLReport.Entry(
      id: e.article.displayID, text: e.text, attributions: found, rendered: shown, profile: e.extractor.profile,
      paragraphs: e.layout.paragraphSpans)
    if !keep.isEmpty {
      let kept = KeptFields(paths: keep, values: e.article.kept)
      entry.fields = zip(kept.paths, kept.texts).compactMap { name, value in value.map { (name, $0) } }
    }
    entry.quotes = QuoteOccurrence.occurrences(
      of: found, text: e.text, id: e.article.id, article: e.ordinal,
      window: (e.article.part?.index ?? 0, e.article.part?.base ?? 0))
    return entry
  }
}

/// Adds the entries to the report in input order; the page is written at the end.
struct ReportSink: Sink {
  let renderer: ReportRenderer
  var report: HTMLReport
  let fd: Int32
  let target: String
  var written: Int { report.articleCount }
  /// Articles are numbered in input order, so the reader parses the lines.
  var parsesOnReader: Bool { true }

  /// The entry of an article read in windows, until its last window.
  var windows: HTMLReport.Entry?
  /// The same words across the articles, for the section of conflicts.
  let linker = QuoteLinker(memory: 64 << 20)
  /// How many conflicting groups the page shows.
  static let sameWordsShown = 100

  mutating func consume(_ batch: Batch, _ outputs: [HTMLReport.Entry?]) throws(CLIError) {
    for (i, e) in outputs.enumerated() {
      guard let e else { continue }
      do {
        for o in e.quotes { try linker.add(o) }
      } catch {
        throw .cannotWrite(target: "a temporary file", reason: error.message, progress: nil)
      }
      guard let part = batch.articles[i].part else {
        report.add(e)
        continue
      }
      if part.index == 0 { windows = e } else { windows?.append(e) }
      if part.isLast, let whole = windows {
        report.add(whole)
        windows = nil
      }
    }
  }

  mutating func finish() throws(CLIError) {}

  /// Writes the page, with the same words that the articles pin on different speakers.
  mutating func writePage() throws(CLIError) {
    var same = HTMLReport.SameWords()
    same.linked = report.articleCount > 1
    do {
      try linker.finish { g in
        same.total += 1
        guard g.conflict else { return }
        same.conflicts += 1
        if same.groups.count < Self.sameWordsShown { same.groups.append(g) }
      }
    } catch {
      throw .cannotWrite(target: "a temporary file", reason: "\(error)", progress: nil)
    }
    report.sameWords = same
    let (_, error) = OutputFile.write(fd, Array(report.html().utf8))
    if let error { throw OutputFile.failure(error, target: target) }
  }
}
