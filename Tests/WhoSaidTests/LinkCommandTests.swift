import Foundation
import Testing

/// `whosaid link` as people run it: records or articles, files or stdin, the options.
@Suite("whosaid link command", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct LinkCommandTests {
  typealias F = LinkFixture

  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(_ args: [String], stdin: String? = nil) throws -> Run {
    let p = Process()
    p.executableURL = Fixture.binary ?? URL(fileURLWithPath: "/bin/false")
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    let feeder = Thread {
      if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
      try? inp.fileHandleForWriting.close()
    }
    feeder.start()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  func temp(_ name: String, _ contents: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-link-cmd-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  /// Three invented articles: one quote printed twice and pinned on two people, and
  /// one printed whole and in part by the same person.
  static let articles = [
    #"{"id": "a1", "text": "The vote was close. \"Nobody in this council ever voted to sell the playing fields behind the school,\" Ann Lee said on Monday."}"#,
    #"{"id": "a2", "text": "\"Nobody in this council ever voted to sell the playing fields behind the school,\" Bob Stone said. \"The ferry will run all winter, whatever the weather does to the harbour wall,\" he added."}"#,
    #"{"id": "a3", "text": "Bob Stone promised that \"the ferry will run all winter\" and left the meeting."}"#,
  ]

  @Test func recordsAndArticlesGiveTheSameGroups() throws {
    let dump = try temp("articles.jsonl", Self.articles.joined(separator: "\n") + "\n")
    let records = try run(["-q", dump])
    #expect(records.status == 0)
    let recordFile = try temp("records.jsonl", records.stdout)
    let fromRecords = try run(["link", "-q", recordFile])
    let fromArticles = try run(["link", "-q", dump])
    let fromStdinRecords = try run(["link", "-q"], stdin: records.stdout)
    let fromStdinArticles = try run(["link", "-q"], stdin: Self.articles.joined(separator: "\n") + "\n")
    #expect(fromRecords.status == 0)
    let lines = fromRecords.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains(#""conflict":true"#) == true)
    #expect(lines.last?.contains(#""conflict":false"#) == true)
    #expect(fromArticles.stdout == fromRecords.stdout)
    #expect(fromStdinRecords.stdout == fromRecords.stdout)
    #expect(fromStdinArticles.stdout == fromRecords.stdout)
    let summary = try run(["link", recordFile])
    #expect(summary.stderr.contains("3 articles read, 4 quotes linked, 2 groups (1 conflict), 2 written, 0 failed"))
  }

  @Test func conflictsOnlyAndText() throws {
    let dump = try temp("articles2.jsonl", Self.articles.joined(separator: "\n") + "\n")
    let json = try run(["link", "-q", "--conflicts", dump])
    #expect(json.stdout.split(separator: "\n").count == 1)
    let text = try run(["link", "-q", "--conflicts", "--format", "text", dump])
    #expect(text.stdout.hasPrefix("\"Nobody in this council"))
    #expect(text.stdout.contains("— 2 articles, conflict"))
    #expect(text.stdout.contains("speakers: Ann Lee ×1 · Bob Stone ×1"))
    #expect(text.stdout.contains("\n  a2 "))
  }

  @Test func badLinesAreSaidAndTheRestLinked() throws {
    let q = F.direct("Nobody in this council ever voted to sell the playing fields behind the school.", by: "Ann Lee")
    let path = try temp("mixed.jsonl", [F.record("a1", [q]), "{broken", #"{"id": "x", "text": "an article"}"#, F.record("a2", [q])].joined(separator: "\n"))
    let r = try run(["link", path])
    #expect(r.status == 1)
    #expect(r.stdout.split(separator: "\n").count == 1)
    #expect(r.stderr.contains("\(path):2: malformed JSON"))
    #expect(r.stderr.contains("\(path):3: no quotes array: not a whosaid record"))
    #expect(r.stderr.contains("2 failed"))
  }

  @Test func aSmallMemorySpillsAndWritesTheSameGroups() throws {
    let lines = LinkSpillTests.dump(articles: 1200, seed: 5)
    let path = try temp("big.jsonl", lines.joined(separator: "\n") + "\n")
    let plain = try run(["link", "-q", path])
    let small = try run(["link", "-q", "--memory", "64K", path])
    #expect(plain.status == 0 && small.status == 0)
    #expect(plain.stdout.split(separator: "\n").count > 30)
    #expect(small.stdout == plain.stdout)
  }

  @Test func usageErrors() throws {
    #expect(try run(["link", "--memory", "10"]).status == 2)
    #expect(try run(["link", "--from", "pdf"]).status == 2)
    let help = try run(["link", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--conflicts"))
    #expect(try run(["link", "/no/such/file.jsonl"]).status == 1)
  }
}

/// The report's section of the same words pinned on different speakers.
@Suite("whosaid report: same words, different speakers", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct LinkReportTests {
  @Test func theReportListsTheConflictsWithLinksToTheArticles() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-link-report-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let dump = dir.appendingPathComponent("a.jsonl")
    try (LinkCommandTests.articles.joined(separator: "\n") + "\n").write(to: dump, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = Fixture.binary ?? URL(fileURLWithPath: "/bin/false")
    p.arguments = ["report", "-q", "--max-articles", "1", dump.path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let html = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(html.contains("<h2 id=\"same-words\">Same words, different speakers</h2>"))
    #expect(html.contains("2 groups of the same words in more than one article; 1 pinned on different speakers."))
    let section = html.components(separatedBy: "id=\"same-words\"").last ?? ""
    #expect(section.contains("Ann Lee ×1 · Bob Stone ×1 — 2 articles"))
    // The first article is shown in full and linked; the second is not shown.
    #expect(section.contains("<li><a href=\"#a1\">a1</a> — Ann Lee (say)</li>"))
    #expect(section.contains("<li>a2 — Bob Stone (say)</li>"))
  }
}
