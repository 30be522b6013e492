import Foundation
import Testing

/// Every example a user is shown — the README's shell blocks and the `EXAMPLES:` of each help
/// text — runs and succeeds, in a folder that holds the files the examples name (`dump.jsonl`,
/// `dump.jsonl.gz`, `gold.jsonl`, `corpora/example.txt`, and `quotes.jsonl`, `pred.jsonl` made
/// from them), with the built `whosaid` first on `PATH`.
@Suite("Documented examples run", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct ExamplesTests {
  /// One example: where it was written, and the shell line.
  struct Example: CustomTestStringConvertible, Sendable {
    var place: String
    var line: String
    var testDescription: String { "\(place): \(line)" }
  }

  /// The `whosaid` lines of the README's ```sh blocks (the synopsis lines with `[OPTIONS]` and
  /// the lines that build or test the package left out) and of the help texts' `EXAMPLES:`.
  static let examples: [Example] = {
    var found: [Example] = []
    let root = Fixture.packageRoot
    if let readme = try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8) {
      var inShell = false
      for (n, raw) in readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let line = raw.trimmingCharacters(in: .whitespaces)
        if line.hasPrefix("```") {
          inShell = !inShell && line == "```sh"
          continue
        }
        guard inShell, line.hasPrefix("whosaid ") || line.contains("| whosaid "), !line.contains("[") else { continue }
        found.append(Example(place: "README.md:\(n + 1)", line: line))
      }
    }
    let help = root.appendingPathComponent("Tests/Snapshots/help")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: help.path).sorted()) ?? [] {
      guard let text = try? String(contentsOf: help.appendingPathComponent(name), encoding: .utf8) else { continue }
      var inExamples = false
      for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if raw.hasPrefix("EXAMPLES:") {
          inExamples = true
        } else if inExamples, raw.hasPrefix("  ") {
          found.append(Example(place: "help/\(name)", line: raw.trimmingCharacters(in: .whitespaces)))
        } else if !raw.isEmpty {
          inExamples = false
        }
      }
    }
    return found
  }()

  /// A new folder with the files the examples read (one per example: they run in parallel and
  /// write files): two articles as a dump (the text both at `text` and at `article.body`, with
  /// `url` and `date`), the dump gzipped, a gold file, the example article, and the records of
  /// the dump and of the gold.
  static func folder() -> URL? {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-examples-\(getpid())-\(UUID().uuidString)")
    let root = Fixture.packageRoot
    do {
      try FileManager.default.createDirectory(at: dir.appendingPathComponent("corpora"), withIntermediateDirectories: true)
      let article = try String(contentsOf: root.appendingPathComponent("corpora/example.txt"), encoding: .utf8)
      try article.write(to: dir.appendingPathComponent("corpora/example.txt"), atomically: true, encoding: .utf8)
      let second = "\"We will open the bridge in May,\" the mayor, Ana Ruiz, said on Tuesday."
      var dump = ""
      for (i, text) in [article, second].enumerated() {
        let object: [String: Any] = [
          "id": "a\(i)", "url": "https://example.org/\(i)", "date": "2026-12-0\(i + 1)", "text": text, "article": ["body": text],
        ]
        dump += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
      }
      try dump.write(to: dir.appendingPathComponent("dump.jsonl"), atomically: true, encoding: .utf8)
      let gold = try String(contentsOf: root.appendingPathComponent("corpora/targets-en.jsonl"), encoding: .utf8)
      try gold.write(to: dir.appendingPathComponent("gold.jsonl"), atomically: true, encoding: .utf8)
      // What earlier examples make and later ones read: the dump's records, the gold's predictions.
      _ = try shell("gzip -c dump.jsonl > dump.jsonl.gz; whosaid dump.jsonl > quotes.jsonl; whosaid -q gold.jsonl > pred.jsonl", in: dir)
      return dir
    } catch {
      return nil
    }
  }

  /// Runs `line` with bash (`pipefail`: a pipe fails when whosaid does; `/bin/sh` without bash) in `dir`, the built binary's folder first on `PATH`.
  static func shell(_ line: String, in dir: URL) throws -> (status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "/bin/bash" : "/bin/sh")
    p.arguments = ["-c", (FileManager.default.isExecutableFile(atPath: "/bin/bash") ? "set -o pipefail; " : "") + line]
    p.currentDirectoryURL = dir
    var env = ProcessInfo.processInfo.environment
    if let bin = Fixture.binary?.deletingLastPathComponent().path { env["PATH"] = bin + ":" + (env["PATH"] ?? "/usr/bin:/bin") }
    p.environment = env
    let err = Pipe()
    p.standardOutput = FileHandle.nullDevice
    p.standardError = err
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  /// Whether `tool` is on `PATH`.
  static func has(_ tool: String) -> Bool {
    (try? shell("command -v \(tool)", in: URL(fileURLWithPath: "/"))).map { $0.status == 0 } ?? false
  }

  @Test func theDocumentsShowExamples() {
    #expect(Self.examples.count >= 10, "found \(Self.examples.count) examples")
    #expect(Self.examples.contains { $0.place.hasPrefix("README") })
    #expect(Self.examples.contains { $0.place.hasPrefix("help/") })
  }

  /// The examples that read only the folder's files.
  static let local = examples.filter { !$0.line.contains("../shared/") }
  /// The examples that read `../shared` (the evaluation data beside the checkout).
  static let onShared = examples.filter { $0.line.contains("../shared/") }

  @Test(arguments: local)
  func exampleRuns(_ example: Example) throws {
    try check(example, example.line)
  }

  @Test(.enabled(if: Fixture.hasShared, "../shared is absent: the examples that read it are not run"), arguments: onShared)
  func exampleOnSharedDataRuns(_ example: Example) throws {
    try check(example, example.line.replacingOccurrences(of: "../shared/", with: Fixture.shared.path + "/"))
  }

  /// Runs `line` (the example as written, or with `../shared` made absolute) in the folder.
  func check(_ example: Example, _ line: String) throws {
    let dir = try #require(Self.folder(), "could not make the examples' folder")
    let tools = ["jq", "zcat", "gzip"].filter { line.contains($0 + " ") }
    try #require(tools.allSatisfy(Self.has), "\(example.place) needs \(tools.joined(separator: ", ")) on PATH")
    let r = try Self.shell(line, in: dir)
    try? FileManager.default.removeItem(at: dir)
    #expect(r.status == 0, "\(example.place): `\(example.line)` exited \(r.status): \(r.stderr.prefix(400))")
  }
}
