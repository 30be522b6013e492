import Foundation
import WhoSaid

/// Entry point: subcommands, help, version, and exit statuses.
enum CommandLineTool {
  static let version = "0.1.0"

  /// A subcommand: its name in messages, its help, and how it runs on the arguments after it.
  struct Subcommand: Sendable {
    let name: String
    let help: @Sendable () -> String
    let run: @Sendable ([String], Interruption?) throws(CLIError) -> Int32
  }

  /// `whosaid [extract]`, the command when the first argument names no other.
  static let extractCommand = Subcommand(name: Options.command.name, help: { Options.command.help }) { a, i throws(CLIError) in
    try extract(a, interruption: i)
  }

  /// The subcommands by their first argument; any other first argument is `extract`'s.
  static let subcommands: [String: Subcommand] = [
    "extract": extractCommand,
    "eval": Subcommand(name: Eval.command.name, help: { Eval.command.help }) { a, _ throws(CLIError) in try Eval.run(a) },
    "report": Subcommand(name: Report.command.name, help: { Report.command.help }) { a, i throws(CLIError) in
      try Report.run(a, interruption: i)
    },
    "bench": Subcommand(name: Bench.command.name, help: { Bench.command.help }) { a, i throws(CLIError) in
      try Bench.run(a, interruption: i)
    },
    "link": Subcommand(name: Link.command.name, help: { Link.command.help }) { a, i throws(CLIError) in
      try Link.run(a, interruption: i)
    },
  ]

  /// Runs the command line `args` (without the program name) and returns the exit status.
  static func run(_ args: [String], interruption: Interruption? = nil) -> Int32 {
    var args = args
    let named = args.first.flatMap { subcommands[$0] }
    let sub = named ?? extractCommand
    if named != nil { args.removeFirst() }
    if args.first == "help" && named == nil { args = ["--help"] }
    if args.contains("-h") || args.contains("--help") {
      print(sub.help(), terminator: "")
      return 0
    }
    do {
      return try sub.run(args, interruption)
    } catch {
      return fail(error, command: sub.name)
    }
  }

  /// Whether text written to stdout is coloured: it is a terminal and `NO_COLOR` is not set.
  static var stdoutTakesColour: Bool {
    isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// `whosaid [extract]`: the records of every input on stdout.
  static func extract(_ args: [String], interruption: Interruption?) throws(CLIError) -> Int32 {
    let options = try Options.command.parse(args, into: Options())
    if options.showVersion {
      print("whosaid \(version)")
      return 0
    }
    let extractors = try LanguageExtractors.load(options)
    let colour = options.format == .text && stdoutTakesColour
    var sink = RecordSink(renderer: RecordRenderer(options: options, colour: colour))
    let summary = Pipeline(extractors: extractors, options: options, interruption: interruption).run(&sink)
    return finish(summary, quiet: options.quiet)
  }

  /// Says how a run ended — its error, then the summary unless `quiet` — and returns
  /// the exit status: the error's, else 1 when an article failed, else 0. A closed
  /// stdout (`| head`) ends the run quietly with 0.
  static func finish(_ summary: Summary, quiet: Bool, line: String? = nil) -> Int32 {
    if summary.error == .closedPipe { return 0 }
    if let e = summary.error { Diagnostics.error(e) }
    if !quiet { Diagnostics.note(line ?? summary.line) }
    if let e = summary.error { return e.exitStatus }
    return summary.failed > 0 ? 1 : 0
  }

  /// Says why a command could not run; a usage error points to the help.
  static func fail(_ e: CLIError, command: String) -> Int32 {
    if e == .closedPipe { return 0 }
    if case .usage = e {
      Diagnostics.error("\(e.message)\nRun '\(command) --help' for usage.")
    } else {
      Diagnostics.error(e)
    }
    return e.exitStatus
  }
}
