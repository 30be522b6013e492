import Foundation
import WhoSaid

/// Entry point: subcommands, help, version, and exit statuses.
enum CommandLineTool {
  static let version = "0.1.0"

  /// Runs the command line `args` (without the program name) and returns the exit status.
  static func run(_ args: [String], interruption: Interruption? = nil) -> Int32 {
    var args = args
    let sub = args.first
    if ["eval", "report", "bench", "extract", "link"].contains(sub) { args.removeFirst() }
    if sub == "help" { args = ["--help"] }
    if args.contains("-h") || args.contains("--help") {
      let help: String
      switch sub {
      case "eval": help = Eval.command.help
      case "report": help = Report.command.help
      case "bench": help = Bench.command.help
      case "link": help = Link.command.help
      default: help = Options.command.help
      }
      print(help, terminator: "")
      return 0
    }
    do {
      switch sub {
      case "eval": return try Eval.run(args)
      case "report": return try Report.run(args, interruption: interruption)
      case "bench": return try Bench.run(args, interruption: interruption)
      case "link": return try Link.run(args, interruption: interruption)
      default: return try extract(args, interruption: interruption)
      }
    } catch {
      return fail(error, command: sub.flatMap { ["eval", "report", "bench", "link"].contains($0) ? "whosaid \($0)" : nil } ?? "whosaid")
    }
  }

  /// `whosaid [extract]`: the records of every input on stdout.
  static func extract(_ args: [String], interruption: Interruption?) throws(CLIError) -> Int32 {
    let options = try Options.command.parse(args, into: Options())
    if options.showVersion {
      print("whosaid \(version)")
      return 0
    }
    let extractors = try LanguageExtractors.load(options)
    let colour = options.format == .text && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
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
