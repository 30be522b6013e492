import Foundation
import WhoSaid

/// Entry point: subcommands, help, version, and exit codes.
enum CommandLineTool {
  static let version = "0.1.0"

  static func run(_ args: [String]) -> Int32 {
    if args.first == "eval" { return Eval.run(Array(args.dropFirst())) }
    if args.first == "report" { return Report.run(Array(args.dropFirst())) }
    if args.first == "bench" { return Bench.run(Array(args.dropFirst())) }
    var args = args
    if args.first == "extract" { args.removeFirst() }
    if args.first == "help" { args = ["--help"] }
    if args.contains("--version") {
      print("whosaid \(version)")
      return 0
    }
    let options: Options
    switch parse(args, usage: Options.usage, command: "whosaid", Options.parse) {
    case .success(let o): options = o
    case .failure(let exit): return exit.code
    }
    guard let extractors = extractors(options) else { return 2 }
    var pipeline = Pipeline(extractors: extractors, options: options)
    let stats = pipeline.run()
    if !options.quiet {
      Diagnostics.note("\(stats.read) articles read, \(stats.written) written, \(stats.failed) failed")
    }
    if stats.usageError { return 2 }
    return stats.failed > 0 ? 1 : 0
  }
}

/// A usage error of any subcommand.
protocol UsageProblem: Error {
  var message: String { get }
}

extension Options.UsageError: UsageProblem {}
extension Eval.UsageError: UsageProblem {}

extension CommandLineTool {
  /// Parses a subcommand's arguments; on `--help` prints `usage`, on a usage error
  /// says so; either way returns the exit status instead of the value.
  static func parse<T, E: UsageProblem>(
    _ args: [String], usage: String, command: String, _ body: ([String]) throws(E) -> T
  ) -> Result<T, ExitStatus> {
    if args.contains("-h") || args.contains("--help") {
      print(usage)
      return .failure(ExitStatus(code: 0))
    }
    do {
      return .success(try body(args))
    } catch {
      Diagnostics.error("\(error.message)\nRun '\(command) --help' for usage.")
      return .failure(ExitStatus(code: 2))
    }
  }

  /// The extractors for `options`, or nil after saying why (a usage error, status 2).
  static func extractors(_ options: Options) -> LanguageExtractors? {
    switch LanguageExtractors.load(options) {
    case .success(let e): return e
    case .failure(let e):
      Diagnostics.error(e.message)
      return nil
    }
  }
}

/// How a command ends early.
struct ExitStatus: Error {
  var code: Int32
}

/// Messages on stderr.
enum Diagnostics {
  static func error(_ message: String) { write("whosaid: error: \(message)\n") }
  static func warning(_ message: String) { write("whosaid: warning: \(message)\n") }
  static func note(_ message: String) { write("whosaid: \(message)\n") }
  static func write(_ s: String) {
    FileOutput.write(2, Array(s.utf8))
  }
}

/// Reads `--entities` files.
enum KnownEntities {
  struct LoadError: Error, CustomStringConvertible { var description: String }

  static func load(_ path: String) throws -> [KnownEntity] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError(description: "cannot read entities file '\(path)'")
    }
    var out: [KnownEntity] = []
    for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      guard !line.allSatisfy({ $0 == 32 || $0 == 13 }) else { continue }
      guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let name = obj["name"] as? String else {
        throw LoadError(description: "\(path):\(n + 1): expected an object with a string 'name'")
      }
      let kind = (obj["kind"] as? String).flatMap(SpeakerKind.init(rawValue:)) ?? .person
      out.append(KnownEntity(name: name, aliases: obj["aliases"] as? [String] ?? [], kind: kind, country: obj["country"] as? String))
    }
    return out
  }
}
