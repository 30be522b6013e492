import Foundation
import Testing
@testable import WhoSaid

/// What a fact-checker needs beside who said what: where in the article (paragraph, sentence, the
/// sentence itself), the input line's other fields (`--keep`), tables (`--format csv|tsv`), and a
/// line for every article.
@Suite("Fact-checker's output", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct FactCheckTests {
  let cli = CommandLineTests()

  /// Quotes with commas, double quotes, line breaks and non-ASCII, in a dump with nested fields.
  static let dump = [
    #"{"id":"a1","url":"https://news.example/a1?x=1,2","meta":{"date":"2024-05-01","outlet":{"name":"Le Fil"},"tags":["a","b"]},"text":"\"We will appeal, and we will win — «vraiment»,\" Zoë Ångström said on Monday.\n\nShe said the ruling was \"a scandal\" for the town. The mayor said that the pool would reopen.\n\n\"First line,\nsecond line,\" said Ana Ruiz."}"#,
    #"{"id":2,"meta":{"date":null},"text":"The river rose again overnight."}"#,
    #"{"id":"a3","url":"https://news.example/a3","meta":"flat","text":"\"Tab\there,\" the coach said. Senator Mia Holt accused the city council of hiding the figures."}"#,
  ].joined(separator: "\n") + "\n"

  /// Reads `table` with Python's csv module and prints it back as JSON (rows of cells).
  func python(_ table: String, dialect: String) throws -> [[String]] {
    let script = "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), dialect=sys.argv[2]))))"
    let path = try cli.temp("table-\(dialect).txt", table)
    let r = try cli.run(["-c", script, path, dialect], executable: "/usr/bin/python3")
    #expect(r.status == 0, "\(r.stderr)")
    return try JSONDecoder().decode([[String]].self, from: Data(r.stdout.utf8))
  }

  /// The records of the dump, decoded.
  func records(_ args: [String]) throws -> [[String: Any]] {
    let path = try cli.temp("dump.jsonl", Self.dump)
    let r = try cli.run(["-q"] + args + [path])
    #expect(r.status == 0, "\(r.stderr)")
    return try r.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "needs python3"))
  func csvAndTSVRoundTripThroughPythonsCSVModule() throws {
    let path = try cli.temp("dump.jsonl", Self.dump)
    let json = try records(["--per-quote", "--keep", "url,meta.date,meta.outlet", "--context", "sentence"])
    for (format, dialect) in [("csv", "excel"), ("tsv", "excel-tab")] {
      let r = try cli.run(["-q", "--format", format, "--keep", "url,meta.date,meta.outlet", "--context", "sentence", path])
      #expect(r.status == 0)
      if format == "csv" { #expect(r.stdout.hasSuffix("\r\n")) } else { #expect(!r.stdout.contains("\r\n")) }
      let rows = try python(r.stdout, dialect: dialect)
      let header = try #require(rows.first)
      #expect(header == TableWriter.leading + TableWriter.quoteColumns + ["context", "url", "meta.date", "meta.outlet"])
      let body = Array(rows.dropFirst())
      // One row per per-quote line: the same attributions, and the article with none.
      #expect(body.count == json.count)
      for (row, record) in zip(body, json) {
        #expect(row.count == header.count)
        let cell = Dictionary(uniqueKeysWithValues: zip(header, row))
        #expect(cell["id"] == "\(record["id"]!)")
        let kept = try #require(record["kept"] as? [String: Any])
        #expect(cell["url"] == (kept["url"] as? String ?? ""))
        guard let index = record["index"] as? Int else {
          #expect(cell["index"] == "" && cell["kind"] == "" && cell["text"] == "")
          continue
        }
        #expect(cell["index"] == String(index))
        // Every cell of text comes back exactly as the JSON has it: commas, quotes, line breaks, tabs, non-ASCII.
        #expect(cell["text"] == record["text"] as? String)
        #expect(cell["kind"] == record["kind"] as? String)
        #expect(cell["paragraph"] == "\(record["paragraph"]!)" && cell["sentence"] == "\(record["sentence"]!)")
        #expect(cell["context"] == (record["context"] as? [String: Any])?["text"] as? String)
        #expect(cell["speaker"] == ((record["speaker"] as? [String: Any])?["name"] as? String ?? ""))
        #expect(cell["start"] == "\(record["start"]!)" && cell["end"] == "\(record["end"]!)")
        #expect(cell["act"] == record["act"] as? String)
        #expect(cell["target"] == ((record["target"] as? [String: Any])?["name"] as? String ?? ""))
        #expect(cell["audience"] == ((record["audience"] as? [String: Any])?["name"] as? String ?? ""))
        #expect(cell["speaker_title"] == ((record["speaker"] as? [String: Any])?["title"] as? String ?? ""))
      }
      let texts = body.map { $0[header.firstIndex(of: "text")!] }
      #expect(texts.contains("\"We will appeal, and we will win — «vraiment»,\""))
      #expect(texts.contains("\"First line,\nsecond line,\""))
      #expect(texts.contains("\"Tab\there,\""))
      // Who accused whom, and the speaker's title, are columns too.
      let act = try #require(header.firstIndex(of: "act"))
      let target = try #require(header.firstIndex(of: "target"))
      let targetKind = try #require(header.firstIndex(of: "target_kind"))
      let title = try #require(header.firstIndex(of: "speaker_title"))
      let accusation = try #require(body.first { $0[act] == "accusation" })
      #expect(accusation[target] == "city council" && accusation[targetKind] == "organization")
      #expect(accusation[title] == "Senator")
      // A nested object is kept as its JSON.
      #expect(body[0][header.firstIndex(of: "meta.outlet")!] == #"{"name":"Le Fil"}"#)
    }
  }

  @Test func keptFieldsMissingNestedAndOfEveryType() throws {
    let all = try records(["--keep", "url,meta.date,meta.outlet.name,meta.tags,missing.deep"])
    #expect(all.count == 3)
    let first = try #require(all[0]["kept"] as? [String: Any])
    #expect(first["url"] as? String == "https://news.example/a1?x=1,2")
    #expect(first["meta.date"] as? String == "2024-05-01")
    #expect(first["meta.outlet.name"] as? String == "Le Fil")
    #expect(first["meta.tags"] as? [String] == ["a", "b"])
    #expect(first["missing.deep"] is NSNull)
    // A line without the field, a null, and a path through a string: null, and the line is kept.
    let second = try #require(all[1]["kept"] as? [String: Any])
    #expect(second.keys.sorted() == ["meta.date", "meta.outlet.name", "meta.tags", "missing.deep", "url"])
    #expect(second.values.allSatisfy { $0 is NSNull })
    let third = try #require(all[2]["kept"] as? [String: Any])
    #expect(third["meta.date"] is NSNull && third["url"] as? String == "https://news.example/a3")
    // Without --keep there is no kept object; with it the record's own fields are untouched.
    #expect(try records([])[0]["kept"] == nil)
    #expect((all[0]["quotes"] as? [Any])?.count == (try records([])[0]["quotes"] as? [Any])?.count)
    // A text file has no fields: all null.
    let txt = try cli.temp("plain.txt", "\"Yes,\" Ana said.")
    let r = try cli.run(["-q", "--keep", "url", txt])
    #expect(r.stdout.contains(#""kept":{"url":null}"#))
    // The text format shows the fields present under the article id.
    let text = try cli.run(["-q", "--format", "text", "--keep", "url,meta.date", try cli.temp("dump.jsonl", Self.dump)])
    #expect(text.stdout.hasPrefix("== a1  url: https://news.example/a1?x=1,2 · meta.date: 2024-05-01\n"))
    #expect(text.stdout.contains("== 2\n"))
    #expect(try cli.run(["--keep", "a,,b", txt]).status == 2)
    #expect(try cli.run(["--keep", "", txt]).status == 2)
  }

  @Test func everyArticleGetsALinePerQuote() throws {
    let lines = try records(["--per-quote"])
    let empty = try #require(lines.first { $0["id"] as? Int == 2 })
    #expect(empty["index"] is NSNull && empty["lang"] as? String == "en" && empty["kind"] == nil)
    #expect(lines.filter { $0["index"] is NSNull }.count == 1)
    // The line follows the schema's per-quote record, as the others do.
    let validator = try Snapshot.validator()
    let path = try cli.temp("dump.jsonl", Self.dump)
    for line in try cli.run(["-q", "--per-quote", "--keep", "url", path]).stdout.split(separator: "\n") {
      let schema = validator.root.field("$defs")?.field("perQuoteRecord")
      #expect(validator.errors(try JSONValue.parse(String(line)), schema: schema) == [], "\(line)")
    }
    // Also when the confidence floor leaves nothing.
    let floor = try records(["--per-quote", "--min-confidence", "1"])
    #expect(floor.count == 3 && floor.allSatisfy { $0["index"] is NSNull })
  }

  @Test func paragraphSentenceAndContext() throws {
    let first = try #require(try records(["--context", "sentence"]).first?["quotes"] as? [[String: Any]])
    #expect(first.map { $0["paragraph"] as? Int } == [0, 1, 1, 2])
    #expect(first.map { $0["sentence"] as? Int } == [0, 1, 2, 3])
    let context = first.map { ($0["context"] as? [String: Any])?["text"] as? String }
    #expect(context[1] == "She said the ruling was \"a scandal\" for the town.")
    #expect(context[2] == "The mayor said that the pool would reopen.")
    #expect(context[3] == "\"First line,\nsecond line,\" said Ana Ruiz.")
    let paragraphs = try #require(try records(["--context", "paragraph"]).first?["quotes"] as? [[String: Any]])
    #expect((paragraphs[1]["context"] as? [String: Any])?["text"] as? String
      == "She said the ruling was \"a scandal\" for the town. The mayor said that the pool would reopen.")
    // Offsets of the context are in the unit asked for, like every other offset.
    let utf16 = try #require(try records(["--context", "sentence", "--offsets", "utf16"]).first?["quotes"] as? [[String: Any]])
    #expect((utf16[3]["context"] as? [String: Any])?["start"] as? Int == (utf16[3]["start"] as? Int))
    #expect(try records([]).first.flatMap { ($0["quotes"] as? [[String: Any]])?.first?["context"] } == nil)
  }
}

/// The same from the library: every attribution knows its paragraph and sentence, and the scratch
/// gives its context.
@Suite("Paragraph and sentence of an attribution")
struct AttributionPlaceTests {
  @Test func paragraphAndSentenceOfTheContentsStart() throws {
    let text = "The mayor opened the bridge.\n\n\"It is safe,\" the mayor said. Traffic resumed.\n\nHe said it would stay open."
    var scratch = Extractor.Scratch()
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer { Extractor().extract(utf8: $0, scratch: &scratch) }
    #expect(found.map(\.paragraph) == [1, 2])
    #expect(found.map(\.sentence) == [1, 3])
    #expect(found.map { scratch.paragraph(at: $0.content.start) } == [1, 2])
    let sentence = scratch.context(of: found[0], unit: .sentence)
    let context = try #require(sentence)
    #expect(String(decoding: bytes[context.start..<context.end], as: UTF8.self) == "\"It is safe,\" the mayor said.")
    let paragraph = scratch.context(of: found[0], unit: .paragraph)
    let para1 = scratch.paragraphSpan(1)
    #expect(paragraph == para1)
    let sentence3 = scratch.sentenceSpan(3)
    let second = scratch.context(of: found[1], unit: .sentence)
    #expect(sentence3 == second)
    let (paragraphs, sentences) = (scratch.paragraphCount, scratch.sentenceCount)
    #expect(paragraphs == 3 && sentences == 4)
  }
}
