import Foundation
import Testing
@testable import WhoSaid

@Suite("JSON output and input")
struct OutputTests {
  func record(_ text: String, offsets: OffsetUnit = .codepoint, minConfidence: Double = 0) throws -> [String: Any] {
    var w = JSONWriter()
    var id = JSONWriter()
    id.string("a1")
    var copy = text
    copy.withUTF8 { p in
      var scratch = Extractor.Scratch()
      let found = Fixture.extractor.extract(utf8: p, scratch: &scratch)
      RecordWriter.writeArticle(id: id.bytes, lang: nil, text: p, attributions: found, options: RecordOptions(offsets: offsets, minConfidence: minConfidence), into: &w)
    }
    #expect(w.bytes.last == 0x0A)
    let obj = try JSONSerialization.jsonObject(with: Data(w.bytes))
    return try #require(obj as? [String: Any])
  }

  @Test func stageCallbacksComeInPipelineOrderAndChangeNothing() {
    var text = "\"We will respond,\" the ministry said. Officials said the road is open.\n\nShe added that \"nothing\" had changed."
    var seen: [Extractor.Stage] = []
    let (timed, plain) = text.withUTF8 { p in
      var scratch = Extractor.Scratch()
      let timed = Fixture.extractor.extract(utf8: p, scratch: &scratch) { seen.append($0) }
      return (timed, Fixture.extractor.extract(utf8: p, scratch: &scratch))
    }
    #expect(timed == plain)
    #expect(timed.count == 3)
    #expect(seen == [.tokenizing, .quotes, .tokenizing, .claims, .speakers])
  }

  @Test func speakerSummaryIsMostQuotedFirstThenInOrderOfAppearance() {
    // 20 speakers (more than the summary looks up without a dictionary), speaker k
    // quoted k % 4 + 1 times, each time under two phrases in turn.
    var list: [Attribution] = []
    for round in 0..<4 {
      for k in 0..<20 where round <= k % 4 {
        let speaker = Speaker(
          span: TextSpan(start: 0, end: 1), text: round % 2 == 0 ? "Speaker \(k)" : "S\(k)", name: "Speaker \(k)", kind: .person,
          resolution: .explicit, country: nil)
        list.append(
          Attribution(
            kind: .direct, content: TextSpan(start: 0, end: 1), text: "x", fragments: [], speaker: speaker, cue: nil, confidence: 0.9))
      }
    }
    let summary = RecordWriter.summary(list)
    let expected = (0..<20).sorted { ($0 % 4, -$0) > ($1 % 4, -$1) }.map { "Speaker \($0)" }
    #expect(summary.map(\.name) == expected)
    #expect(summary.map(\.quotes) == expected.map { Int($0.dropFirst(8))! % 4 + 1 })
    #expect(summary.first { $0.name == "Speaker 3" }?.mentions == ["Speaker 3", "S3"])
    #expect(summary.first { $0.name == "Speaker 0" }?.mentions == ["Speaker 0"])
  }

  @Test func offsetsAreCodePointsByDefault() throws {
    let text = "Ünïcödé 🙂 first. \"Ça va,\" Élodie said."
    let r = try record(text)
    let q = try #require((r["quotes"] as? [[String: Any]])?.first)
    let chars = Array(text.unicodeScalars)
    let start = try #require(q["start"] as? Int)
    let end = try #require(q["end"] as? Int)
    #expect(String(String.UnicodeScalarView(chars[start..<end])) == "\"Ça va,\"")
    #expect(q["text"] as? String == "\"Ça va,\"")
    let speaker = try #require(q["speaker"] as? [String: Any])
    let s = try #require(speaker["start"] as? Int)
    let e = try #require(speaker["end"] as? Int)
    #expect(String(String.UnicodeScalarView(chars[s..<e])) == "Élodie")
    #expect(speaker["kind"] as? String == "person")
    #expect(speaker["resolution"] as? String == "explicit")
    let cue = try #require(q["cue"] as? [String: Any])
    #expect(cue["lemma"] as? String == "say")
  }

  @Test func utf16AndUTF8Offsets() throws {
    let text = "🙂 \"Yes,\" Ana said."
    let u16 = try #require((try record(text, offsets: .utf16)["quotes"] as? [[String: Any]])?.first)
    #expect(u16["start"] as? Int == 3)
    let u8 = try #require((try record(text, offsets: .utf8)["quotes"] as? [[String: Any]])?.first)
    #expect(u8["start"] as? Int == 5)
  }

  @Test func recordHasSpeakersSummaryAndFragments() throws {
    let r = try record("\"We waited,\" Keller said, \"and waited.\" Keller said the wait was over.")
    #expect(r["id"] as? String == "a1")
    let speakers = try #require(r["speakers"] as? [[String: Any]])
    #expect(speakers.first?["name"] as? String == "Keller")
    #expect(speakers.first?["quotes"] as? Int == 2)
    let q = try #require((r["quotes"] as? [[String: Any]])?.first)
    #expect((q["fragments"] as? [[String: Any]])?.count == 2)
    #expect(q["confidence"] is Double)
  }

  @Test func minConfidenceFilters() throws {
    let text = "\"Yes,\" Ana said.\n\n\"We also think the plan is good for all of us.\""
    #expect((try record(text)["quotes"] as? [Any])?.count == 2)
    #expect((try record(text, minConfidence: 0.9)["quotes"] as? [Any])?.count == 1)
  }

  @Test func writerEscapesEverything() throws {
    var w = JSONWriter()
    let bytes: [UInt8] = [0x41, 0x00, 0x1F, 0x22, 0x5C, 0x0A, 0xFF, 0xED, 0xA0, 0x80, 0xF0, 0x9F, 0x99, 0x82]
    bytes.withUnsafeBufferPointer { w.string($0) }
    let s = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes), options: .fragmentsAllowed) as? String)
    #expect(s == "A\u{0}\u{1F}\"\\\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}🙂")
  }

  @Test func fieldReaderDecodesEscapesAndNestedPaths() throws {
    let line = #"{"meta":{"id":7},"article":{"body":"Caf\u00e9 \ud83d\ude00 \"q\" \ud800 x"},"tags":[1,{"a":null}],"ok":true}"#
    let reader = JSONFieldReader(paths: ["meta.id", "article.body", "missing"])
    let values = try Array(line.utf8).withUnsafeBufferPointer { try reader.read($0) }
    #expect(values[0] == .raw(Array("7".utf8)))
    #expect(values[1] == .string(Array("Café 😀 \"q\" \u{FFFD} x".utf8)))
    #expect(values[2] == nil)
  }

  @Test(arguments: [#"{"id":1,"text":"a"#, #"{"id":1 "text":"a"}"#, #"[1,2]"#, #"{"id":1,"text":"a\q"}"#, #"{"a":tru}"#, #"{"a":1} x"#])
  func fieldReaderRejectsMalformedLines(line: String) {
    let reader = JSONFieldReader(paths: ["text"])
    #expect(throws: JSONError.self) { try Array(line.utf8).withUnsafeBufferPointer { try reader.read($0) } }
  }
}
