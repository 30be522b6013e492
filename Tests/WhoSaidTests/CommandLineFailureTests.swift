import Foundation
import Testing

/// Every failure of the command said and counted (issue 18): binary input, empty
/// stdin, folders without text, ids that are no string or number.
extension CommandLineTests {
  func tempData(_ name: String, _ bytes: [UInt8]) throws -> String {
    let path = try temp(name, "")
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func binaryFilesAreFailuresNamingTheFileNotArticles() throws {
    let nul = try tempData("bin/prog", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + Array("said \"x\"".utf8))
    let noise = try tempData("bin/noise.txt", [0xFF, 0xFE, 0x81, 0x41, 0xC3, 0x28, 0xA0, 0xA1, 0x20, 0x61])
    let good = try temp("bin/good.txt", "\"Yes,\" Ana said.")
    let r = try run([nul, noise, good])
    #expect(r.status == 1)
    #expect(r.stderr.contains("whosaid: error: \(nul): binary data (NUL bytes), not an article"))
    #expect(r.stderr.contains("whosaid: error: \(noise): binary data (60% of the bytes not UTF-8), not an article"))
    #expect(r.stderr.contains("3 articles read, 1 written, 2 failed"))
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 1 && lines[0].contains("good.txt"))
  }

  @Test func latinOneTextIsReadWithAWarningNotRefused() throws {
    // "Café", Ana said. — in Latin-1: one byte in sixteen is no UTF-8.
    let path = try tempData("latin1.txt", Array("\"Caf".utf8) + [0xE9] + Array(",\" Ana said today.".utf8))
    let r = try run([path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("invalid UTF-8 replaced with U+FFFD"))
    #expect(r.stdout.contains("Caf\u{FFFD}"))
  }

  @Test func aJSONTextMostlyNotUTF8IsAFailureButAnEscapedNULIsText() throws {
    var line = Array(#"{"id":"noise","text":""#.utf8) + [0xFF, 0xFE, 0x81, 0xA0, 0x20, 0x61] + Array("\"}\n".utf8)
    line += Array(#"{"id":"nul","text":"\u0000\"Yes,\" Ana said."}"#.utf8) + [0x0A]
    let path = try tempData("noise.jsonl", line)
    let r = try run(["-q", path])
    #expect(r.status == 1)
    #expect(r.stderr.contains("\(path):1: binary data (66% of the bytes not UTF-8), not an article"))
    #expect(r.stdout.contains(#""id":"nul""#) && r.stdout.contains(#""name":"Ana""#))
  }

  @Test(arguments: [["--input", "text"], ["--input", "jsonl"], []], ["", " \n\n\t"])
  func emptyStdinGivesNoRecordAndAWarning(options: [String], input: String) throws {
    let r = try run(options, stdin: input)
    #expect(r.status == 0)
    #expect(r.stdout.isEmpty)  // was {"id":"-",…} for text
    #expect(r.stderr.contains("whosaid: warning: stdin is empty: no article read"))
  }

  @Test func anEmptyFileIsAnArticleWithNoQuotes() throws {
    let path = try temp("empty.txt", "")
    let r = try run(["-q", path])
    #expect(r.stdout == #"{"id":"\#(path)","lang":"en","quotes":[],"speakers":[]}"# + "\n")
  }

  @Test func foldersSkipHiddenFilesReadTXTInAnyCaseAndSayWhenEmpty() throws {
    let a = try temp("f/news/A.TXT", "\"One,\" Ana said.")
    _ = try temp("f/news/.b.txt", "\"Hidden,\" Ben said.")
    _ = try temp("f/news/._c.txt", "\"macOS,\" Ben said.")
    _ = try temp("f/news/.git/d.txt", "\"Repo,\" Ben said.")
    _ = try temp("f/news/sub/e.txt", "\"Two,\" Ana said.")
    let folder = URL(fileURLWithPath: a).deletingLastPathComponent().path
    let r = try run(["-q", folder])
    let ids = r.stdout.split(separator: "\n").map { $0.split(separator: ",")[0] }
    #expect(ids == [#"{"id":"\#(folder)/A.TXT""#, #"{"id":"\#(folder)/sub/e.txt""#])
    let notes = try temp("f/notes/readme.md", "no text here")
    let empty = URL(fileURLWithPath: notes).deletingLastPathComponent().path
    let e = try run([empty])
    #expect(e.status == 0 && e.stdout.isEmpty)
    #expect(e.stderr.contains("whosaid: warning: \(empty): no .txt file in this folder (1 other file skipped)"))
  }

  @Test func idsAreStringsOrNumbersAndAnythingElseIsAFailureNamingTheLine() throws {
    let path = try temp("ids.jsonl", """
      {"id": null, "text": "Ana said it rains."}
      {"id": true, "text": "Ana said it rains."}
      {"id": {"n": 1}, "text": "Ana said it rains."}
      {"id": [1], "text": "Ana said it rains."}
      {"id": -1.5e3, "text": "Ana said it rains."}
      {"id": "s", "text": "Ana said it rains."}
      {"text": "Ana said it rains."}

      """)
    let r = try run([path])
    #expect(r.status == 1)
    for (line, found) in [(1, "null"), (2, "true"), (3, "an object"), (4, "an array")] {
      #expect(r.stderr.contains("\(path):\(line): the id field 'id' is \(found); it must be a string or a number"))
    }
    let ids = r.stdout.split(separator: "\n").map { String($0.split(separator: ",")[0]) }
    #expect(ids == [#"{"id":-1.5e3"#, #"{"id":"s""#, #"{"id":"\#(path):7""#])
    #expect(r.stderr.contains("7 articles read, 3 written, 4 failed"))
  }

  @Test func aTypoInACueFileFlagIsSaid() throws {
    let cues = try temp("cues.txt", "accuse|accused|object of\nrage|raged|cluase\nwarnen|warnte|clause vor\n")
    let r = try run(["--cues", cues, "-q"], stdin: "Ana raged that it rains.")
    #expect(r.status == 0)
    let warnings = r.stderr.split(separator: "\n")
    #expect(warnings.count == 1)
    #expect(warnings.first?.hasPrefix("whosaid: warning: \(cues):2: 'cluase' is no flag (clause, np, object,") == true)
  }
}
