import Foundation
import Testing

@testable import WhoSaid

/// Golden outputs of the command (argument-parser's Snapshots/ style): the records of
/// every corpora/ article, the other output forms of the example, and the help of
/// every command, each compared byte for byte with its file in Tests/Snapshots/. Every
/// record in them is also checked against docs/record.schema.json.
///
/// A change of output on purpose is recorded with
/// `WHOSAID_RECORD_SNAPSHOTS=1 swift test --filter Snapshot` and reviewed in the diff.
enum Snapshot {
  static let folder = Fixture.packageRoot.appendingPathComponent("Tests/Snapshots")
  static var recording: Bool { ProcessInfo.processInfo.environment["WHOSAID_RECORD_SNAPSHOTS"] == "1" }

  /// A snapshot: the file it is kept in and the command line (run in the package root).
  struct Case: CustomTestStringConvertible, Sendable {
    let file: String
    let args: [String]
    var testDescription: String { file }
  }

  /// Every article file of corpora/, read as extract reads it by default.
  static var corpora: [Case] {
    let dir = Fixture.packageRoot.appendingPathComponent("corpora")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.sorted().filter { $0.hasSuffix(".jsonl") || $0.hasSuffix(".txt") }.map {
      Case(file: "corpora/\($0)", args: ["-q", "corpora/\($0)"])
    }
  }

  static let forms: [Case] = [
    Case(file: "forms/example.per-quote.utf16.jsonl", args: ["-q", "--per-quote", "--offsets", "utf16", "corpora/example.txt"]),
    Case(file: "forms/claims-de.per-quote.jsonl", args: ["-q", "--per-quote", "corpora/claims-de.jsonl"]),
    Case(file: "forms/example.text.txt", args: ["-q", "--format", "text", "corpora/example.txt"]),
    Case(file: "forms/marks-en.csv", args: ["-q", "--format", "csv", "--keep", "source,lang", "--context", "sentence", "corpora/marks-en.jsonl"]),
    Case(file: "forms/scope-en.per-quote.kept.jsonl", args: ["-q", "--per-quote", "--keep", "source,missing", "--context", "paragraph", "corpora/scope-en.jsonl"]),
    Case(file: "forms/example.report.html", args: ["report", "-q", "corpora/example.txt"]),
    Case(file: "help/extract.txt", args: ["--help"]),
    Case(file: "help/report.txt", args: ["report", "--help"]),
    Case(file: "help/bench.txt", args: ["bench", "--help"]),
    Case(file: "help/eval.txt", args: ["eval", "--help"]),
    Case(file: "help/link.txt", args: ["link", "--help"]),
  ]

  /// The output of `whosaid args` run in the package root.
  static func output(_ args: [String]) throws -> (status: Int32, stdout: Data) {
    let p = Process()
    p.executableURL = Fixture.binary
    p.arguments = args
    p.currentDirectoryURL = Fixture.packageRoot
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, data)
  }

  /// The JSON records of the snapshots (per-article and per-quote lines), with their schema.
  static func records() throws -> [(file: String, line: Int, value: JSONValue, schema: String)] {
    var out: [(String, Int, JSONValue, String)] = []
    for c in corpora + forms where c.file.hasSuffix(".jsonl") {
      let url = folder.appendingPathComponent(c.file)
      guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
      let schema = c.args.contains("--per-quote") ? "perQuoteRecord" : "record"
      for (n, line) in text.split(separator: "\n").enumerated() {
        out.append((c.file, n + 1, try JSONValue.parse(line), schema))
      }
    }
    return out
  }

  static func validator() throws -> SchemaValidator {
    let url = Fixture.packageRoot.appendingPathComponent("docs/record.schema.json")
    return SchemaValidator(root: try JSONValue.parse(try String(contentsOf: url, encoding: .utf8)))
  }
}

@Suite("Snapshots of the command", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct SnapshotTests {
  @Test(arguments: Snapshot.corpora + Snapshot.forms)
  func outputIsTheSnapshot(_ c: Snapshot.Case) throws {
    let (status, stdout) = try Snapshot.output(c.args)
    #expect(status == 0)
    let url = Snapshot.folder.appendingPathComponent(c.file)
    if Snapshot.recording {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try stdout.write(to: url)
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record("no snapshot Tests/Snapshots/\(c.file): record it with WHOSAID_RECORD_SNAPSHOTS=1 swift test --filter Snapshot")
      return
    }
    guard stdout != expected else { return }
    let got = String(decoding: stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
    Issue.record(
      """
      whosaid \(c.args.joined(separator: " ")) differs from Tests/Snapshots/\(c.file) at line \(first + 1) \
      (record a change on purpose with WHOSAID_RECORD_SNAPSHOTS=1 swift test --filter Snapshot):
      - \(first < want.count ? want[first].prefix(300) : "(end)")
      + \(first < got.count ? got[first].prefix(300) : "(end)")
      """)
  }

  @Test func everySnapshotRecordFollowsTheSchema() throws {
    let validator = try Snapshot.validator()
    let records = try Snapshot.records()
    #expect(records.count >= 40)
    for r in records {
      let schema = r.schema == "record" ? nil : validator.root.field("$defs")?.field(r.schema)
      let problems = validator.errors(r.value, schema: schema)
      #expect(problems.isEmpty, "\(r.file):\(r.line): \(problems.prefix(5))")
    }
  }
}

/// The validator itself: it must find what is wrong, or the schema test says nothing.
@Suite("JSON Schema validator")
struct SchemaValidatorTests {
  static let record = #"""
    {"id":"a","lang":"en","quotes":[{"kind":"direct","text":"\"Go,\"","start":0,"end":5,
     "speaker":{"text":"Ana","start":6,"end":9,"name":"Ana","kind":"person","resolution":"explicit"},
     "cue":{"text":"said","lemma":"say","class":"speech","start":10,"end":14},"confidence":0.95,"fragments":[],"act":"statement",
     "paragraph":0,"sentence":0}],
     "speakers":[{"name":"Ana","kind":"person","mentions":["Ana"],"quotes":1}]}
    """#

  func problems(_ edit: (String) -> String) throws -> [String] {
    try Snapshot.validator().errors(try JSONValue.parse(edit(Self.record)))
  }

  @Test func aValidRecordHasNoProblem() throws {
    #expect(try problems { $0 } == [])
  }

  @Test(arguments: [
    (#""id":"a""#, #""id":null"#, "$.id"),
    (#""id":"a","#, "", "'id' is required"),
    (#""kind":"direct""#, #""kind":"quoted""#, "$.quotes[0].kind"),
    (#""confidence":0.95"#, #""confidence":1.5"#, "maximum"),
    (#""start":0"#, #""start":-1"#, "minimum"),
    (#""start":0"#, #""start":0.5"#, "$.quotes[0].start"),
    (#""resolution":"explicit""#, #""resolution":"guessed""#, "oneOf"),
    (#""lang":"en""#, #""lang":"es""#, "$.lang"),
    (#""quotes":1}"#, #""quotes":0}"#, "$.speakers[0].quotes"),
    (#""cue":{"text":"said","lemma":"say","class":"speech","start":10,"end":14}"#, #""cue":{"text":"said"}"#, "oneOf"),
    (#""class":"speech""#, #""class":"opinion""#, "oneOf"),
    (#""paragraph":0,"#, "", "'paragraph' is required"),
    (#""sentence":0"#, #""sentence":-1"#, "minimum"),
    (#""act":"statement""#, #""act":"rant""#, "$.quotes[0].act"),
    (#""act":"statement""#, #""act":"accusation","target":{"text":"Baku","start":20,"end":24}"#, "$.quotes[0].target"),
  ])
  func brokenRecordsAreFound(old: String, new: String, expected: String) throws {
    let found = try problems { $0.replacingOccurrences(of: old, with: new) }
    #expect(found.contains { $0.contains(expected) }, "\(found)")
  }

  @Test func aKeywordTheValidatorDoesNotKnowIsAProblem() throws {
    let schema = try JSONValue.parse(#"{"type":"object","additionalProperties":false}"#)
    #expect(SchemaValidator(root: schema).errors(.object([:])) == ["$: schema keyword 'additionalProperties' is not supported"])
  }
}
