import Foundation
import Testing

/// Runs the built `whosaid` binary: inputs, exit statuses, error messages, ordering.
@Suite("whosaid command", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct CommandLineTests {
  struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  func run(
    _ args: [String], stdin: String? = nil, executable: String? = nil, stdout: FileHandle? = nil, environment: [String: String] = [:]
  ) throws -> Run {
    let p = Process()
    p.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? Fixture.binary ?? URL(fileURLWithPath: "/bin/false")
    p.arguments = args
    if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    let out = Pipe()
    let err = Pipe()
    let inp = Pipe()
    p.standardOutput = stdout ?? out
    if stdout != nil { try out.fileHandleForWriting.close() }
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
  }

  func temp(_ name: String, _ contents: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-tests-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func textFileGivesOneRecordWithItsPathAsId() throws {
    let path = try temp("a.txt", "\"We are ready,\" the coach said.\n")
    let r = try run(["extract", path])
    #expect(r.status == 0)
    let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    #expect(obj?["id"] as? String == path)
    #expect((obj?["quotes"] as? [Any])?.count == 1)
  }

  @Test func malformedLinesAreReportedAndTheRestComeOut() throws {
    let path = try temp("d.jsonl", """
      {"id": "one", "text": "\\"Yes,\\" Ana said."}
      {"id": "two", "text": broken}
      {"id": "three", "body": "no text field"}
      {"id": 4, "text": "Officials said the road is open."}

      """)
    // One job: the reader thread parses the lines (with a core to spare); as many jobs
    // as cores: the workers do.
    for jobs in ["1", "\(ProcessInfo.processInfo.activeProcessorCount)"] {
      let r = try run(["--jobs", jobs, path])
      #expect(r.status == 1)
      let lines = r.stdout.split(separator: "\n")
      #expect(lines.count == 2)
      #expect(lines[0].contains("\"id\":\"one\""))
      #expect(lines[1].contains("\"id\":4"))
      let errors = r.stderr.split(separator: "\n")
      #expect(errors.first?.hasSuffix("\(path):2: malformed JSON: unexpected character at byte 23") == true)
      #expect(errors.dropFirst().first?.hasSuffix("\(path):3: no string field 'text'") == true)
      #expect(r.stderr.contains("4 articles read, 2 written, 2 failed"))
    }
  }

  @Test func stdinJSONLinesAndNestedTextField() throws {
    let r = try run(["--text-field", "a.body", "--quiet"], stdin: #"{"id":"x","a":{"body":"\"Go,\" she said."}}"# + "\n")
    #expect(r.status == 0)
    #expect(r.stdout.contains("\"text\":\"\\\"Go,\\\"\""))
    #expect(r.stderr.isEmpty)
  }

  @Test func outputIsTheSameForEveryJobCount() throws {
    var lines: [String] = []
    for i in 0..<300 { lines.append(#"{"id":\#(i),"text":"\"Item \#(i) is here,\" Ana said. Officials said \#(i) more would come."}"#) }
    let path = try temp("many.jsonl", lines.joined(separator: "\n") + "\n")
    let one = try run(["--jobs", "1", "-q", path])
    let four = try run(["--jobs", "4", "-q", path])
    #expect(one.status == 0)
    #expect(one.stdout == four.stdout)
    #expect(one.stdout.split(separator: "\n").count == 300)
  }

  @Test func benchCountsWhatExtractWouldWriteAndTimesEveryStage() throws {
    var lines: [String] = []
    for i in 0..<50 { lines.append(#"{"id":\#(i),"text":"\"Item \#(i) is here,\" Ana Lind said. Officials said more would come."}"#) }
    lines.append(#"{"id":"bad","text":oops}"#)
    let body = lines.joined(separator: "\n") + "\n"
    let path = try temp("bench.jsonl", body)
    let r = try run(["bench", "--json", "--jobs", "2", "-q", path])
    #expect(r.status == 1)  // the malformed line is a failure, as in extract
    #expect(r.stderr.contains("\(path):51: malformed JSON"))
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(obj["articles"] as? Int == 50)
    #expect(obj["attributions"] as? Int == 100)
    #expect(obj["bytes"] as? Int == body.utf8.count - #"{"id":"bad","text":oops}"#.utf8.count - 1)
    #expect(obj["jobs"] as? Int == 2)
    #expect((obj["mb_per_s"] as? Double ?? 0) > 0)
    #expect(obj["allocations"] == nil)  // not counted without Glibc's debugging allocator
    let stages = try #require(obj["stages"] as? [String: [String: Double]])
    #expect(Set(stages.keys) == ["reading", "language", "tokenizing", "quotes", "claims", "speakers", "JSON"])
    let shares = stages.values.compactMap { $0["share"] }
    #expect(abs(shares.reduce(0, +) - 1) < 0.01)
    #expect(stages["tokenizing"]?["seconds"] ?? 0 > 0)
    // The table for people names the same stages.
    let table = try run(["bench", "-q", path])
    #expect(table.stdout.contains("throughput"))
    #expect(table.stdout.contains("allocations not counted"))
    #expect(table.stdout.contains("speakers"))
    #expect(try run(["bench", "--help"]).stdout.contains("USAGE: whosaid bench"))
  }

  /// With Glibc's debugging allocator loaded, bench counts allocations: a run that makes every
  /// record counts at least one allocation per article, and the table says how many.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/libc_malloc_debug.so.0")
    || FileManager.default.fileExists(atPath: "/usr/lib/aarch64-linux-gnu/libc_malloc_debug.so.0"), "needs Glibc's libc_malloc_debug.so.0"))
  func benchCountsAllocationsWithTheDebuggingAllocator() throws {
    var lines: [String] = []
    for i in 0..<40 { lines.append(#"{"id":\#(i),"text":"\"Item \#(i) is here,\" Ana Lind said."}"#) }
    let path = try temp("allocations.jsonl", lines.joined(separator: "\n") + "\n")
    let preload = ["LD_PRELOAD": "libc_malloc_debug.so.0"]
    let r = try run(["bench", "--json", "--jobs", "1", "-q", path], environment: preload)
    #expect(r.status == 0)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect((obj["allocations"] as? Int ?? 0) >= 40)
    #expect((obj["allocations_per_article"] as? Double ?? 0) >= 1)
    let table = try run(["bench", "--jobs", "1", "-q", path], environment: preload)
    #expect(table.stdout.contains(" per article ("))
  }

  @Test func usageErrorsExitTwo() throws {
    #expect(try run(["--jobs", "0"]).status == 2)
    #expect(try run(["--bogus"]).status == 2)
    #expect(try run(["--offsets", "bytes"]).stderr.contains("--offsets"))
  }

  /// A full disk: the error names stdout and the last article written whole, the
  /// summary still comes, and the status is 1 (it was 1 with nothing on stderr).
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
  func aFullDiskIsSaidWithTheLastArticleWritten() throws {
    let path = try temp("full.jsonl", #"{"id":"a","text":"\"Yes,\" Ana said."}"# + "\n")
    for args in [[path], ["report", path]] {
      let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
      let r = try run(args, stdout: full)
      #expect(r.status == 1)
      #expect(r.stderr.contains("whosaid: error: cannot write stdout: No space left on device"))
      #expect(r.stderr.contains("article read"))
    }
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    #expect(try run([path], stdout: full).stderr.contains("(no article was written whole)"))
  }

  @Test func missingFileIsAClearError() throws {
    let r = try run(["/nonexistent/file.txt"])
    #expect(r.status == 1)
    #expect(r.stderr.contains("/nonexistent/file.txt: no such file or folder"))
  }

  @Test func folderIsReadRecursivelyInOrder() throws {
    let a = try temp("dir/b/2.txt", "\"Two,\" Ana said.")
    _ = try temp("dir/1.txt", "\"One,\" Ana said.")
    let dir = URL(fileURLWithPath: a).deletingLastPathComponent().deletingLastPathComponent().path
    let r = try run(["-q", dir])
    let ids = r.stdout.split(separator: "\n").map { String($0.prefix(while: { $0 != "," })) }
    #expect(ids.count == 2)
    #expect(ids[0].hasSuffix("1.txt\""))
  }

  @Test func invalidUTF8IsReplacedWithAWarning() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(getpid()).txt")
    try Data([0x22, 0x4F, 0x6B, 0xFF, 0x2C, 0x22, 0x20, 0x41, 0x6E, 0x61, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2E]).write(to: url)
    let r = try run([url.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("invalid UTF-8 replaced"))
    #expect(r.stdout.contains("\u{FFFD}"))
  }

  @Test func helpAndVersion() throws {
    #expect(try run(["--help"]).stdout.contains("USAGE: whosaid"))
    #expect(try run(["--version"]).stdout.hasPrefix("whosaid "))
  }

  @Test func textFormatForPeople() throws {
    let path = try temp("t.jsonl", #"{"id":"n1","text":"\"We are ready,\" the coach said."}"# + "\n")
    let r = try run(["--format", "text", "-q", path])
    #expect(r.stdout == "== n1\ndirect   0.95  coach (said): \"We are ready,\"\n\n")
    #expect(!r.stdout.contains("\u{1B}["))  // not a terminal: no colour
  }

  @Test func aLineLongerThanTheReadChunkIsOneArticle() throws {
    let filler = String(repeating: "The river rose again overnight. ", count: 300_000)  // 9.6 MB
    let path = try temp("big.jsonl", #"{"id":"big","text":"\#(filler)\"We are leaving,\" a resident said."}"# + "\n" + #"{"id":"small","text":"x"}"# + "\n")
    let r = try run(["-q", path])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains("a resident"))
    #expect(lines[1].hasPrefix(#"{"id":"small""#))
  }

  @Test func progressIsNotShownWhenStderrIsNotATerminal() throws {
    let path = try temp("p.txt", "Officials said the road is open.")
    let r = try run([path])
    #expect(!r.stderr.contains("MB/s"))
    #expect(r.stderr.contains("1 article read, 1 written, 0 failed"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a terminal"))
  func progressOnATerminalCountsArticlesNotFailedLines() throws {
    // Two articles and two lines that are none; with as many jobs as cores the workers
    // parse the lines, and the progress line must count the same as the summary.
    let path = try temp("progress.jsonl", """
      {"id": 1, "text": "Officials said the road is open."}
      {"id": 2, "text": broken}
      {"id": 3}
      {"id": 4, "text": "Ana said it rains."}

      """)
    let binary = try #require(Fixture.binary).path
    let jobs = ProcessInfo.processInfo.activeProcessorCount
    let r = try run(["-c", "/usr/bin/script -qec '\(binary) --jobs \(jobs) \(path) > /dev/null' /dev/null"], executable: "/bin/sh")
    #expect(r.stdout.contains("2 articles, "))
    #expect(!r.stdout.contains("4 articles, "))
    #expect(r.stdout.contains("4 articles read, 2 written, 2 failed"))
  }

  @Test func emptyInputAndEmptyArticles() throws {
    let empty = try run(["--input", "jsonl"], stdin: "")
    #expect(empty.status == 0)
    #expect(empty.stdout.isEmpty)
    let r = try run(["-q", "--input", "jsonl"], stdin: #"{"id":"e","text":""}"# + "\n")
    #expect(r.stdout == #"{"id":"e","lang":"en","quotes":[],"speakers":[]}"# + "\n")
  }

  @Test func languageIsDetectedOrGiven() throws {
    let input = #"{"id":"d","text":"„Wir sind bereit“, sagte der Minister. Er sagte, die Lage sei ernst."}"# + "\n"
      + #"{"id":"f","text":"« Nous sommes prêts », a déclaré le ministre selon l'agence."}"# + "\n"
    let auto = try run(["-q", "--input", "jsonl"], stdin: input)
    #expect(auto.stdout.contains(#""id":"d","lang":"de""#))
    #expect(auto.stdout.contains(#""id":"f","lang":"fr""#))
    #expect(auto.stdout.contains(#""lemma":"sagen""#))
    let forced = try run(["-q", "--input", "jsonl", "--lang", "en"], stdin: input)
    #expect(!forced.stdout.contains(#""lang":"de""#))
    let bad = try run(["--lang", "es"], stdin: "")
    #expect(bad.status == 2)
  }

  @Test func crlfLinesAndAByteOrderMark() throws {
    let body = #"{"id":"a","text":"\"Yes,\" Ana said.\r\n\r\n\"No,\" Ben said."}"#
    let path = try temp("crlf.jsonl", "\u{FEFF}" + body + "\r\n" + #"{"id":"b","text":"x"}"# + "\r\n")
    let r = try run(["-q", path])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].contains("\"name\":\"Ana\"") && lines[0].contains("\"name\":\"Ben\""))
  }

  @Test func surrogatePairsInInputGiveCodePointOffsets() throws {
    let r = try run(["-q", "--input", "jsonl"], stdin: #"{"id":1,"text":"\ud83d\ude00 \"Yes,\" Ana said."}"# + "\n")
    #expect(r.stdout.contains(#""text":"\"Yes,\"","start":2,"end":8"#))
  }

}
