import Foundation
import Testing

@testable import whosaid

/// The declarative option table: each option is declared once and both parsed and
/// documented from that declaration.
@Suite("Option table")
struct OptionTableTests {
  /// A value each option accepts.
  static func sample(_ placeholder: String?) -> String {
    switch placeholder {
    case nil: return ""
    case "auto|text|jsonl": return "jsonl"
    case "codepoint|utf16|utf8": return "utf16"
    case "json|text": return "text"
    case "json|text|csv|tsv": return "csv"
    case "sentence|paragraph": return "sentence"
    case "en|de|fr|auto": return "de"
    case "speech|all": return "speech"
    case "X": return "0.5"
    case "SIZE": return "64K"
    case "N": return "3"
    default: return "x"
    }
  }

  /// Every option of a command is in its help, and every name of it is parsed.
  func check<S: Sendable>(_ command: Command<S>, _ empty: S) throws {
    let help = command.help
    for option in command.options {
      #expect(help.contains(option.synopsis), "\(option.synopsis) in the help of \(command.name)")
      for name in option.names {
        var args = [name]
        if option.value != nil { args.append(Self.sample(option.value)) }
        if command.name == "whosaid eval" { args.append("gold.jsonl") }
        #expect(throws: Never.self, "\(command.name) \(args)") { _ = try command.parse(args, into: empty) }
      }
    }
    #expect(help.hasPrefix("USAGE: "))
    #expect(help.contains("EXIT STATUS: "))
  }

  @Test func everyOptionIsDocumentedAndParsed() throws {
    try check(Options.command, Options())
    try check(Report.command, Report.Settings())
    try check(Bench.command, Bench.Settings())
    try check(Eval.command, Eval.Options())
  }

  @Test(arguments: [["-j1"], ["-j", "1"], ["--jobs=1"], ["--jobs", "1"]])
  func valuesAttachedOrApart(args: [String]) throws {
    #expect(try Options.command.parse(args, into: Options()).jobs == 1)
  }

  @Test func pathsDashAndDoubleDash() throws {
    let o = try Options.command.parse(["a.txt", "-", "-q", "--", "-b.txt", "--jobs"], into: Options())
    #expect(o.paths == ["a.txt", "-", "-b.txt", "--jobs"])
    #expect(o.quiet)
  }

  @Test func badValuesAndUnknownOptionsAreUsageErrors() {
    #expect(throws: CLIError.usage("--jobs must be a whole number from 1 to 1024, not '0'")) {
      try Options.command.parse(["--jobs", "0"], into: Options())
    }
    #expect(throws: CLIError.usage("--offsets must be codepoint, utf16 or utf8, not 'bytes'")) {
      try Options.command.parse(["--offsets=bytes"], into: Options())
    }
    #expect(throws: CLIError.usage("--jobs needs a value (N)")) { try Options.command.parse(["--jobs"], into: Options()) }
    #expect(throws: CLIError.usage("--quiet takes no value")) { try Options.command.parse(["--quiet=yes"], into: Options()) }
    // Options of extract that do not apply to report are not in its table.
    #expect(throws: CLIError.usage("unknown option '--per-quote' for whosaid report")) {
      try Report.command.parse(["--per-quote"], into: Report.Settings())
    }
    #expect(throws: CLIError.usage("eval takes one gold file, not 2")) { try Eval.command.parse(["a", "b"], into: Eval.Options()) }
  }

  @Test func sharedOptionsSetTheExtractionSettingsOfReportAndBench() throws {
    let r = try Report.command.parse(["-o", "page.html", "--lang", "fr", "-j2", "d.jsonl"], into: Report.Settings())
    #expect(r.output == "page.html" && r.extract.lang == "fr" && r.extract.jobs == 2 && r.extract.paths == ["d.jsonl"])
    let b = try Bench.command.parse(["--json", "--per-quote", "x"], into: Bench.Settings())
    #expect(b.json && b.extract.perQuote && b.extract.paths == ["x"])
  }

  @Test func helpIsWrappedToEightyColumns() {
    for help in [Options.command.help, Report.command.help, Bench.command.help, Eval.command.help] {
      for line in help.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }
  }
}
