import Foundation
import Testing
import WhoSaid

/// `--format text`: verbatim words and paraphrase told apart on every line.
@Suite("Text format")
struct TextFormatTests {
  func lines(_ text: String) -> [String] {
    var w = JSONWriter()
    TextWriter.writeLines(Fixture.extract(text), minConfidence: 0, colour: false, into: &w)
    return String(decoding: w.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  @Test func directQuotesKeepTheirMarksAndParaphraseGetsNone() {
    let found = lines(
      "\"We will appeal the ruling,\" Ana Ruiz said on Monday. She said the decision was \"a scandal\" for the town. "
        + "The mayor said that the pool would reopen in June.")
    #expect(found.count == 3)
    #expect(found[0] == "direct   0.95  Ana Ruiz (said): \"We will appeal the ruling,\"")
    #expect(found[1].hasPrefix("mixed    ") && found[1].contains("Ana Ruiz (said) ≈ the decision was \"a scandal\""))
    #expect(found[2].hasPrefix("indirect ") && found[2].hasSuffix("mayor (said) ≈ the pool would reopen in June"))
    // No mark is added around paraphrase.
    #expect(!found[2].contains("“") && !found[2].contains("\""))
  }

  @Test func confidenceHasTwoDecimals() {
    #expect(TextWriter.line(Self.attribution(confidence: 0.5), colour: false).hasPrefix("direct   0.50  "))
    #expect(TextWriter.line(Self.attribution(confidence: 1), colour: false).hasPrefix("direct   1.00  "))
    #expect(TextWriter.line(Self.attribution(confidence: 0.675), colour: false).hasPrefix("direct   0.68  "))
  }

  @Test func coloursMarkTheKindOnATerminal() {
    let line = TextWriter.line(Self.attribution(confidence: 0.9), colour: true)
    #expect(line.hasPrefix("\u{1B}[1;32mdirect  \u{1B}[0m"))
  }

  static func attribution(confidence: Double) -> Attribution {
    var a = Fixture.extract("\"Go,\" Ana said.")[0]
    a.confidence = confidence
    return a
  }
}

/// The reference article (../shared/eval/seed.jsonl) in the text format: its 2 direct quotes with
/// their marks, its 3 mixed and 2 indirect claims as paraphrase.
@Suite(
  "Text format of the reference article",
  .enabled(if: Fixture.hasShared, "../shared/eval/seed.jsonl is absent (it is not part of the repository)"),
  .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct ReferenceTextFormatTests {
  struct Seed: Decodable {
    struct Span: Decodable { var start: Int; var end: Int }
    struct Quote: Decodable { var kind: String; var content: Span }
    var text: String
    var quotes: [Quote]
  }

  @Test func directQuotesWithTheirMarksAndTheRestAsParaphrase() throws {
    let path = Fixture.shared.appendingPathComponent("eval/seed.jsonl").path
    let p = Process()
    p.executableURL = Fixture.binary
    p.arguments = ["-q", "--format", "text", path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    let lines = output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("==") }

    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let seed = try JSONDecoder().decode(Seed.self, from: Data(try #require(data.split(separator: 0x0A).first)))
    let scalars = Array(seed.text.unicodeScalars)
    var counts: [String: Int] = [:]
    for q in seed.quotes {
      let content = String(String.UnicodeScalarView(scalars[q.content.start..<q.content.end]))
      // The line showing this gold item: the one whose words overlap it most.
      let words = Set(content.split(separator: " "))
      let line = try #require(lines.max { a, b in
        words.intersection(a.split(separator: " ")).count < words.intersection(b.split(separator: " ")).count
      })
      let shown = line.components(separatedBy: q.kind == "direct" ? "): " : " ≈ ").dropFirst().joined()
      #expect(line.hasPrefix(q.kind.padding(toLength: 9, withPad: " ", startingAt: 0)), "\(line)")
      if q.kind == "direct" {
        // Verbatim: the quote as printed, opening and closing with its marks.
        #expect(shown.first == "\"" && shown.last == "\"", "\(line)")
      } else {
        // Paraphrase: no mark added around it; the words are the article's.
        #expect(!shown.isEmpty && shown.first != "“" && shown.last != "”", "\(line)")
        #expect(content.contains(shown) || shown.contains(content), "\(line)")
      }
      counts[q.kind, default: 0] += 1
    }
    #expect(counts == ["direct": 2, "mixed": 3, "indirect": 2])
  }
}
