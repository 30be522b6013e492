import Foundation
import WhoSaid

/// `whosaid link [PATH ...]`: the same quoted words across the inputs (whosaid's
/// records, or articles extracted on the way), one group per line.
enum Link {
  enum Source: String, Sendable, CaseIterable { case auto, records, articles }

  struct Settings: Sendable {
    var conflictsOnly = false
    var format = Options.Format.json
    var memory = 256 << 20
    var from = Source.auto
    var extract = Options()
  }

  static let conflicts = Option<Settings>(
    "--conflicts", help: "Only the groups whose occurrences name different speakers."
  ) { s, _, _ throws(CLIError) in s.conflictsOnly = true }

  static let format = Option<Settings>(
    "--format", value: "json|text",
    help: "One JSON object per group (default), or a block per group for people (coloured on a terminal unless NO_COLOR is set)."
  ) { s, v, name throws(CLIError) in s.format = try Value.choice(v, name, Options.Format.self) }

  static let memory = Option<Settings>(
    "--memory", value: "SIZE",
    help: "Records held in memory before they spill to temporary files (bytes, or with K, M or G; default 256M, at least 64K)."
  ) { s, v, name throws(CLIError) in
    s.memory = try Value.size(v, name, atLeast: 64 << 10, "64K", units: "KMG")
  }

  static let from = Option<Settings>(
    "--from", value: "auto|records|articles",
    help: "What the inputs are (default auto: a JSON Lines input whose first line has a quotes array is whosaid's records; anything else is articles, extracted as 'whosaid extract' does)."
  ) { s, v, name throws(CLIError) in s.from = try Value.choice(v, name, Source.self) }

  static let command = Command<Settings>(
    name: "whosaid link",
    usage: ["whosaid link [OPTIONS] [PATH ...]"],
    abstract: """
      Groups the direct quotes and the quoted fragments of mixed quotes that are the same words across \
      articles: the same after case, quotation marks, punctuation and spacing; one a part of at least 6 \
      words of the other; or a word changed, added or dropped (one from 8 words, two from 12). One JSON \
      object per group of at least two articles, in the order of their first occurrence: the longest form, \
      every occurrence, the speakers with counts, and whether they conflict (different people, not \
      aliases of one, each through an occurrence of at least 8 words).

      PATH is whosaid's output (JSON Lines records) or articles, read as 'whosaid extract' reads them.
      """,
    options: [conflicts, format, memory, from, Options.offsets.lifted(\Settings.extract)]
      + Options.common.map { $0.lifted(\Settings.extract) },
    positional: { s, p throws(CLIError) in s.extract.paths.append(p) },
    examples: [
      "whosaid dump.jsonl > quotes.jsonl && whosaid link quotes.jsonl > groups.jsonl",
      "whosaid link --conflicts --format text quotes.jsonl",
      "zcat dump.jsonl.gz | whosaid link --memory 64M > groups.jsonl",
    ],
    exitStatus: "0 all inputs read and the groups written; 1 an input line failed or the output could not be written; 2 usage error; 130 interrupted.")

  static func run(_ args: [String], interruption: Interruption?) throws(CLIError) -> Int32 {
    let settings = try command.parse(args, into: Settings())
    let options = settings.extract
    let linker = QuoteLinker(memory: settings.memory)
    var input = LinkInput(settings: settings, linker: linker, interruption: interruption)
    var summary = try input.readAll()
    let colour = settings.format == .text && CommandLineTool.stdoutTakesColour
    var stream = RecordStream(fd: 1, target: "stdout")
    var shown = 0
    if summary.error == nil {
      do {
        try linker.finish { g in
          guard !settings.conflictsOnly || g.conflict else { return }
          var w = JSONWriter()
          if settings.format == .text { GroupWriter.writeText(g, colour: colour, into: &w) } else { GroupWriter.writeJSON(g, into: &w) }
          try stream.add(w.takeBytes(), label: g.text)
          shown += 1
        }
        try stream.flush()
      } catch let e as CLIError {
        summary.error = e
      } catch {
        summary.error = .cannotWrite(target: "a temporary file", reason: "\(error)", progress: nil)
      }
    }
    let s = linker.stats
    let line =
      "\(counted(summary.read, "article")) read, \(counted(s.occurrences, "quote")) linked, \(counted(s.groups, "group")) (\(counted(s.conflicts, "conflict"))), \(shown) written, \(summary.failed) failed"
    return CommandLineTool.finish(summary, quiet: options.quiet, line: line)
  }
}
