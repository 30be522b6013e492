import Foundation
import Testing

@testable import WhoSaid

/// Bounded memory (the same groups whatever the budget), the reader of records, and
/// the rules of `examples/spark/linkrules.py` giving the same groups as the library.
@Suite("Quote linking: spilling, reading, Spark rules")
struct LinkSpillTests {
  typealias F = LinkFixture

  /// A dump of invented records: sentences made of invented clauses, repeated whole,
  /// in part and with a word changed, by several speakers under several names.
  static func dump(articles: Int, seed: UInt64) -> [String] {
    var state = seed
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    let openings = ["we will", "the council must", "nobody here can", "our members want to", "I promise to", "the ministry plans to", "they never tried to"]
    let verbs = ["rebuild", "close", "sell", "repair", "inspect", "reopen", "protect", "fund"]
    let objects = ["the old harbour wall", "every school in the valley", "the night bus to the coast", "the flooded playing fields", "the bridge over the river", "the clinic on the hill"]
    let endings = ["before the winter comes", "whatever the cost", "as soon as the money arrives", "and that is a promise", "next spring at the latest", ""]
    let people = [["Ann Lee", "Lee", "Mayor Ann Lee"], ["Bob Stone", "Stone"], ["Cara Diaz", "C. Diaz"], ["spokesman"], ["Dan Eze"]]
    var sentences: [String] = []
    for _ in 0..<60 {
      let s = "\(openings[next(openings.count)]) \(verbs[next(verbs.count)]) \(objects[next(objects.count)]) \(endings[next(endings.count)])"
      sentences.append(s.trimmingCharacters(in: .whitespaces))
    }
    var lines: [String] = []
    for a in 0..<articles {
      var quotes: [LinkFixture.Quote] = []
      for _ in 0..<(1 + next(4)) {
        var words = sentences[next(sentences.count)].split(separator: " ").map(String.init)
        if next(2) == 0 { words += sentences[next(sentences.count)].split(separator: " ").map(String.init) }
        switch next(6) {
        case 0 where words.count > 8: words = Array(words[2..<(words.count - 1)])  // a part
        case 1: words[next(words.count)] = verbs[next(verbs.count)]  // a changed word
        case 2: words.remove(at: next(words.count))  // a dropped word
        default: break
        }
        let person = people[next(people.count)]
        let text = words.joined(separator: " ").capitalized(firstOnly: true) + (next(2) == 0 ? "." : ",")
        quotes.append(F.direct(text, by: person[next(person.count)]))
      }
      lines.append(F.record("art-\(a)", quotes))
    }
    return lines
  }

  @Test func aSmallBudgetSpillsAndGivesTheSameGroups() throws {
    let lines = Self.dump(articles: 400, seed: 7)
    let inMemory = try F.link(lines)
    #expect(inMemory.count > 20)
    #expect(inMemory.contains { $0.conflict })
    #expect(inMemory.contains { !$0.conflict && $0.speakers.count > 1 })
    let linker = QuoteLinker(memory: 1 << 16, partitions: 16)
    let reader = LinkRecordReader()
    for (k, line) in lines.enumerated() {
      var l = line
      for o in try l.withUTF8({ try reader.occurrences($0, article: k) }) ?? [] { try linker.add(o) }
    }
    var spilled: [QuoteGroup] = []
    try linker.finish { spilled.append($0) }
    #expect(linker.stats.spilledBytes > 0)
    #expect(F.json(spilled) == F.json(inMemory))
  }

  @Test func temporaryFilesAreRemoved() throws {
    var folder: String?
    do {
      let linker = QuoteLinker(memory: 1 << 16, partitions: 4)
      let reader = LinkRecordReader()
      for (k, line) in Self.dump(articles: 200, seed: 3).enumerated() {
        var l = line
        for o in try l.withUTF8({ try reader.occurrences($0, article: k) }) ?? [] { try linker.add(o) }
      }
      try linker.finish { _ in }
      folder = linker.budget.directory
    }
    let path = try #require(folder)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test func recordsAreReadAsWritten() throws {
    let reader = LinkRecordReader()
    // Fragment offsets in code points past a character outside the BMP.
    let text = "\u{1F600} said \u{201C}the harbour will reopen to fishing boats\u{201D} today"
    let line = #"{"id":"a\u0041","quotes":[{"kind":"mixed","text":"\#(text)","start":5,"end":\#(5 + text.unicodeScalars.count),"fragments":[{"start":12,"end":54}],"speaker":{"name":"Ann Lee","kind":"person"},"cue":null},{"kind":"indirect","text":"x","start":0,"end":1}],"speakers":[]}"#
    var l = line
    let found = try #require(try l.withUTF8 { try reader.occurrences($0, article: 0) })
    #expect(found.count == 1)
    #expect(found.first?.text == "\u{201C}the harbour will reopen to fishing boats\u{201D}")
    #expect(found.first.map { String(decoding: $0.id, as: UTF8.self) } == "\"aA\"")
    #expect(found.first?.hasCue == false)
    var article = #"{"id": 7, "text": "no quotes field: an article"}"#
    #expect(try article.withUTF8 { try reader.occurrences($0, article: 1) } == nil)
    var broken = #"{"id": 7, "quotes": [{"kind": "direct", "text": "x"]}"#
    #expect(throws: JSONError.self) { try broken.withUTF8 { try reader.occurrences($0, article: 2) } }
  }

  @Test func occurrencesOfAnArticleAreThoseOfItsRecord() throws {
    let article = """
      The mayor spoke first. "We will rebuild the old harbour wall before the winter comes," Ann Lee said. \
      Lee called the delay "a scandal that nobody in this town will forget" and left. \
      "It is late," she said, "but the money for every school in the valley is there."
      """
    for unit in [OffsetUnit.codepoint, .utf16, .utf8] {
      var text = article
      let (direct, viaRecord) = try text.withUTF8 { p in
        var scratch = Extractor.Scratch()
        let found = Fixture.extractor.extract(utf8: p, scratch: &scratch)
        let direct = QuoteOccurrence.occurrences(of: found, text: p, id: Array("\"x\"".utf8), article: 0, offsets: unit)
        var w = JSONWriter()
        RecordWriter.writeArticle(id: Array("\"x\"".utf8), lang: nil, text: p, attributions: found, options: RecordOptions(offsets: unit), into: &w)
        var line = w.bytes
        line.removeLast()
        let read = try line.withUnsafeBufferPointer { try LinkRecordReader(offsets: unit).occurrences($0, article: 0) }
        return (direct, read ?? [])
      }
      #expect(direct.count == 3)
      #expect(direct == viaRecord)
    }
  }

  static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
    .split(separator: ":").map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: python != nil, "python3 is not on the PATH"))
  func theSparkRulesGiveTheSameGroups() throws {
    var lines = Self.dump(articles: 300, seed: 11)
    lines.append(F.record("x1", [F.direct("Caf\u{E9} owners say the new parking rules will close half the shops on the high street.", by: "José Núñez")]))
    lines.append(F.record("x2", [F.direct("Cafe\u{301} owners say the new parking rules will close half the shops on the high street!", by: "Jose Nunez")]))
    lines.append(F.record("x3", [F.direct("Café owners say the new parking rule will close half the shops on the high street", by: "the Gazette's Rosa Klein")]))
    let groups = try F.link(lines)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-link-tests-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let dump = dir.appendingPathComponent("dump.jsonl")
    try lines.joined(separator: "\n").write(to: dump, atomically: true, encoding: .utf8)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Self.python ?? "/usr/bin/python3")
    p.arguments = [Fixture.packageRoot.appendingPathComponent("examples/spark/linkrules.py").path, dump.path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    func parsed(_ s: String) -> [NSDictionary] {
      s.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
    }
    let swift = parsed(F.json(groups))
    let py = parsed(String(decoding: data, as: UTF8.self))
    #expect(swift.count > 20)
    #expect(swift == py)
  }
}

extension String {
  /// The string with its first letter in capitals.
  func capitalized(firstOnly: Bool) -> String { prefix(1).uppercased() + dropFirst() }
}
