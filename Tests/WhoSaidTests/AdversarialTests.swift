import Foundation
import Testing
@testable import WhoSaid

/// Hostile inputs, generated here: each must finish and keep the output contract.
/// `benchmarks/adversarial.sh` times the same shapes at two sizes (release build)
/// to show that the time is linear; the fuzz targets under `Fuzz/` look for more.
///
/// Sizes are scaled so the whole file runs in well under a minute in a debug build, and
/// no test has a wall-clock limit a busy machine can trip: the suite's ten minutes only
/// guard against a hang. Whether time stays linear is measured by CPU time, in a
/// release build, by `benchmarks/adversarial.sh` (which CI runs).
enum Adversarial {
  /// A deterministic byte generator (SplitMix64), so failures reproduce.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// `pattern` repeated to `size` bytes (whole repetitions only).
  static func repeated(_ pattern: String, size: Int) -> [UInt8] {
    let p = Array(pattern.utf8)
    let count = max(1, size / p.count)
    var out = p
    out.reserveCapacity(count * p.count)
    while out.count * 2 <= count * p.count { out.append(contentsOf: out) }  // doubling: fast in debug
    out.append(contentsOf: out[0..<(count * p.count - out.count)])
    return out
  }

  static let paragraph =
    "The minister said that the talks would continue next week, and she told reporters the plan was ready. "
    + "According to officials, the delegation accused the rebels of breaking the ceasefire.\n\n"

  /// The inputs, by name: `size` is the approximate length in bytes.
  static let cases: [(name: String, make: @Sendable (Int) -> [UInt8])] = [
    ("straight double quotes", { repeated("\"", size: $0) }),
    ("straight double quotes between words", { repeated("a\" ", size: $0) }),
    ("alternating marks “‘«„", { repeated("“‘«„", size: $0) }),
    ("alternating marks with words", { repeated("“a ‘b «c „d ”e ’f »g ", size: $0) }),
    ("alternating marks and apostrophes", { repeated("'“'‘ s' «'„'", size: $0) }),
    ("no spaces", { repeated("Hesaid,\"Wewillgo.\"Thestatementsaid'no'—Smith.", size: $0) }),
    ("one long word", { repeated("x", size: $0) }),
    ("cue verbs in a row", { repeated("said told added says warned denied accused according to ", size: $0) }),
    ("cue verbs with speakers", { repeated("he said she told the ministry added that ", size: $0) }),
    ("said that chains", { repeated("Smith said that Jones said that ", size: $0) }),
    ("quotes with cues, one paragraph", { repeated("\"We will go,\" he said. ", size: $0) }),
    ("random bytes", { size in
      var r = Random(state: 0x5EED)
      return (0..<size).map { _ in UInt8(truncatingIfNeeded: r.next()) }
    }),
    ("random text bytes", { size in
      var r = Random(state: 42)
      let alphabet = Array("  aeiouSMsaid\"'.,—\n“”‘’«»„:".utf8)
      return (0..<size).map { _ in alphabet[Int(r.next() % UInt64(alphabet.count))] }
    }),
    ("NUL bytes", { [UInt8](repeating: 0, count: $0) }),
    ("NUL bytes in text", { repeated("He\0 said\0 \"\0yes\0\"\0.\0\n", size: $0) }),
    ("one opening mark before an article", { size in Array("“".utf8) + repeated(paragraph, size: size) }),
    ("one opening mark before one paragraph", { size in
      Array("“".utf8) + repeated(paragraph.replacingOccurrences(of: "\n\n", with: " "), size: size)
    }),
    ("one-line paragraphs", { repeated("\"We will go,\" Smith said.\n", size: $0) }),
    ("one-line paragraphs without cues", { repeated("x\n", size: $0) }),
    ("blank lines", { repeated("\n", size: $0) }),
    ("names without cues", { repeated("Sergei Lavrov Ingrid Solberg Moscow the Kremlin ", size: $0) }),
    ("names and pronouns", { repeated("Sergei Lavrov said it. He said it. The Kremlin said it. ", size: $0) }),
    ("abbreviations", { repeated("Mr. Dr. U.S. Gen. A. B. ", size: $0) }),
    ("dashes", { repeated("— — -- ", size: $0) }),
  ]

  /// Sizes in a debug build: the named shapes get more bytes where they are cheap.
  static func size(for name: String) -> Int {
    switch name {
    case "straight double quotes", "NUL bytes", "blank lines", "one long word": return 2 << 20
    case "one opening mark before an article": return 1 << 20  // the benchmark runs 10 MB
    case "one-line paragraphs": return 100_000 * 26 / 4   // the benchmark runs 100,000
    default: return 256 << 10
    }
  }
}

/// The output contract, checked on one extraction and its record.
func checkContract(_ text: [UInt8], file: String = #fileID, line: Int = #line) throws {
  let extractor = Fixture.extractor
  var scratch = Extractor.Scratch()
  try text.withUnsafeBufferPointer { p in
    let found = extractor.extract(utf8: p, scratch: &scratch)
    var lastEnd = 0
    for a in found {
      #expect(0 <= a.content.start && a.content.start < a.content.end && a.content.end <= p.count)
      #expect(a.content.start >= lastEnd, "attributions sorted and non-overlapping")
      lastEnd = a.content.end
      var lastFragment = a.content.start
      for f in a.fragments {
        #expect(f.start < f.end && f.start >= lastFragment && f.end <= a.content.end, "fragments inside the content")
        lastFragment = f.end
      }
      if let s = a.speaker?.span { #expect(0 <= s.start && s.start < s.end && s.end <= p.count) }
      if let c = a.cue { #expect(0 <= c.span.start && c.span.start < c.span.end && c.span.end <= p.count) }
      #expect(a.confidence >= 0 && a.confidence <= 1)
    }
    var w = JSONWriter()
    RecordWriter.writeArticle(id: Array("\"adversarial\"".utf8), lang: nil, text: p, attributions: found, options: RecordOptions(), into: &w)
    #expect(w.bytes.last == 0x0A)
    #expect(w.bytes.dropLast().contains(0x0A) == false)
    let record = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: Any])
    let quotes = try #require(record["quotes"] as? [[String: Any]])
    #expect(quotes.count == found.count)
  }
}

@Suite("Adversarial inputs", .timeLimit(.minutes(10)))
struct AdversarialTests {
  @Test(arguments: Adversarial.cases.map(\.name))
  func finishesAndKeepsTheContract(name: String) throws {
    let make = try #require(Adversarial.cases.first { $0.name == name }).make
    try checkContract(make(Adversarial.size(for: name)))
  }

  /// German runs of reported sentences in one paragraph: each sentence joins the run's
  /// draft, which must not make the run's work grow with its square (4 MB here took
  /// minutes when every join walked the whole run again). Also one endless sentence of
  /// frames whose rules look back and ahead (`, sagte X, …`, `und sagte`, `demnach`).
  @Test(arguments: [
    "Der Brand soll von einem Kind ausgelöst worden sein. ",
    "Die Lage sei ernst. Die Kliniken seien voll. Er habe nichts gewusst. ",
    "in der Rede, sagte Thaksin, man werde kämpfen und sagte, es sei demnach laut „Welt“ nach eigenen Angaben so, ",
  ])
  func germanRunsOfReportedSentencesStayLinear(sentence: String) throws {
    let text = Adversarial.repeated(sentence, size: 1 << 20)
    var scratch = Extractor.Scratch()
    let found = text.withUnsafeBufferPointer { Extractor(profile: .german).extract(utf8: $0, scratch: &scratch) }
    #expect(found.count >= 1)
    #expect(found.allSatisfy { $0.content.end <= text.count })
  }

  /// German shapes the session-3 review found: a frame whose content starts after a later
  /// inverted frame (crashed on a reversed range), `es` before its cue with a source after it
  /// (looped for ever, memory growing).
  @Test(arguments: [
    "Wie der Minister betonte sagte er, man werde kämpfen.",
    "Am Montag sagte der Minister erklärte er, man werde kämpfen.",
    "Der Minister sagte, die Lage sei ernst. Zuvor hatte es aus dem Ministerium am Montag verlautet, man werde prüfen.",
    "soll es Von Lage darin betont",
  ])
  func germanShapesFinish(text: String) throws {
    var scratch = Extractor.Scratch()
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer { Extractor(profile: .german).extract(utf8: $0, scratch: &scratch) }
    #expect(found.allSatisfy { $0.content.end <= bytes.count })
  }

  /// Short quotes in one long sentence: each quote gathered the sentence's quotes again before
  /// it was dropped (2 MB took 24 s in a release build).
  @Test func shortQuotesInOneSentenceStayLinear() throws {
    let text = Adversarial.repeated("„eins zwei drei vier“ und ", size: 1 << 20)
    var scratch = Extractor.Scratch()
    let found = text.withUnsafeBufferPointer { Extractor(profile: .english).extract(utf8: $0, scratch: &scratch) }
    #expect(found.allSatisfy { $0.content.end <= text.count })
  }

  @Test func emptyAndTinyInputs() throws {
    for s in ["", "\"", "“", "'", "\0", "\n", "said", "\"x\" said", "—", "\u{FEFF}", "\r\n"] {
      try checkContract(Array(s.utf8))
    }
  }

  @Test func truncatedUTF8Everywhere() throws {
    // Every prefix of a text full of multi-byte marks: cuts inside sequences.
    let text = Array("“Wir gehen«,» sagte „sie‘. ‹Oui›, dit-il — “no”.".utf8)
    for n in 0...text.count { try checkContract(Array(text[0..<n])) }
  }

  // MARK: The JSON Lines reader

  func read(_ line: [UInt8], paths: [String] = ["id", "text"]) throws(JSONError) -> [JSONFieldReader.Value?] {
    let reader = JSONFieldReader(paths: paths)
    return try line.withUnsafeBufferPointer { (p) throws(JSONError) in try reader.read(p) }
  }

  @Test(arguments: [600, 100_000, 5_000_000])
  func deepNestingIsAnErrorNotACrash(depth: Int) {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
      let line = Array("{\"id\":1,\"x\":".utf8) + Adversarial.repeated(open, size: depth * open.utf8.count)
        + Adversarial.repeated(close, size: depth) + Array("}".utf8)
      #expect(throws: JSONError.self) { try read(line) }
    }
  }

  @Test func nestingWithinTheLimitIsRead() throws {
    let depth = 500
    let line = "{\"id\":7,\"x\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
      + ",\"text\":\"ok\"}"
    let found = try read(Array(line.utf8))
    #expect(found[0] == .raw(Array("7".utf8)))
    #expect(found[1] == .string(Array("ok".utf8)))
  }

  @Test func manyDeepSiblings() throws {
    let nest = String(repeating: "[", count: 400) + String(repeating: "]", count: 400)
    let line = "{\"id\":1,\"x\":[" + Array(repeating: nest, count: 2_000).joined(separator: ",") + "],\"text\":\"\"}"
    #expect(try read(Array(line.utf8))[1] == .string([]))
  }

  @Test func deepNestingOnTheWayToARequestedPath() throws {
    // Every level is a prefix of the requested path.
    let depth = 500
    let path = Array(repeating: "a", count: depth).joined(separator: ".")
    let line = String(repeating: "{\"a\":", count: depth) + "\"deep\"" + String(repeating: "}", count: depth)
    let found = try read(Array(line.utf8), paths: [path])
    #expect(found[0] == .string(Array("deep".utf8)))
  }

  @Test func hugeStringsAndEscapes() throws {
    let body = String(repeating: "\\\"\\u00e9\\ud83d\\ude00\\ud800x", count: 50_000)
    let found = try read(Array("{\"text\":\"\(body)\"}".utf8))
    guard case .string(let s)? = found[1] else { Issue.record("no text"); return }
    #expect(String(decoding: s, as: UTF8.self).hasPrefix("\"é😀\u{FFFD}x"))
  }

  @Test func manyFields() throws {
    let fields = (0..<50_000).map { "\"f\($0)\":\($0)" }.joined(separator: ",")
    let found = try read(Array("{\(fields),\"id\":\"last\"}".utf8))
    #expect(found[0] == .string(Array("last".utf8)))
  }

  @Test func randomBytesNeverCrashTheReader() {
    var r = Adversarial.Random(state: 7)
    let alphabet = Array("{}[]:,\"\\u0123456789abcdefEe+-.tnrl \n\t".utf8) + [0, 0x80, 0xFF, 0xC3]
    for _ in 0..<3_000 {
      let n = Int(r.next() % 200)
      let line = [0x7B] + (0..<n).map { _ in alphabet[Int(r.next() % UInt64(alphabet.count))] }
      _ = try? read(line)
    }
  }

  /// Standard input is read as JSON Lines when its first non-blank byte is `{`, however
  /// much white space comes first (over several 4 MiB chunks, each scanned once).
  @Test(.enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
  func megabytesOfBlankLinesBeforeTheFirstRecord() throws {
    let p = Process()
    p.executableURL = Fixture.binary
    p.arguments = ["-q", "--jobs", "1"]
    let out = Pipe()
    let inp = Pipe()
    p.standardOutput = out
    p.standardInput = inp
    p.standardError = FileHandle.nullDevice
    try p.run()
    let blank = Data(Adversarial.repeated(" \n\t\r\n", size: 9 << 20))
    inp.fileHandleForWriting.write(blank + Data("{\"id\":1,\"text\":\"x\"}\n".utf8))
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(String(decoding: o, as: UTF8.self).hasPrefix("{\"id\":1,"))
  }

  // MARK: Fuzz findings (Fuzz/run)

  /// jsonlines fuzzer: numbers were read as any run of digits, `.`, `e`, `+` and `-`,
  /// so a line such as `{"id": 098}` or `{"n": 1-2}` passed as valid JSON.
  @Test(arguments: ["098", "-", "1-2", "1.", ".5", "1e", "1e+", "--1", "+1", "1.2.3", "0x10", "-01", "1ee2"])
  func malformedNumbersAreRejected(number: String) {
    #expect(throws: JSONError.self) { try read(Array("{\"id\": \(number)}".utf8)) }
  }

  @Test(arguments: ["0", "-0", "12", "-0.5", "1e5", "1E+5", "2.5e-3", "-10.25E2"])
  func validNumbersAreRead(number: String) throws {
    #expect(try read(Array("{\"id\": \(number)}".utf8))[0] == .raw(Array(number.utf8)))
  }
}
