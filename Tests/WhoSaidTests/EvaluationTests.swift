import Foundation
import Testing

@testable import WhoSaid

/// Invented gold and predictions whose figures are worked out by hand below.
enum ScoringFixture {
  static let t1 = "😀 “We will win,” said Jane Doe. She added that taxes would “fall” soon."
  static let t2 = "Officials said the bridge was closed. \"It is unsafe,\" the mayor told reporters."
  static let t3 = "Nothing quoted here."

  /// Code point range of the first `needle` in `text`.
  static func at(_ needle: String, _ text: String) -> Range<Int> {
    let r = text.range(of: needle)!
    let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
    return start..<(start + needle.unicodeScalars.count)
  }

  static let gold: [GoldArticle] = [
    GoldArticle(
      id: "a", text: t1,
      quotes: [
        GoldQuote(kind: "direct", content: at("“We will win,”", t1), cue: at("said", t1), speaker: at("Jane Doe", t1), speakerName: "Jane Doe"),
        GoldQuote(kind: "mixed", content: at("taxes would “fall” soon", t1), cue: at("added", t1), speaker: at("She", t1), speakerName: "Jane Doe"),
      ], fields: ["id": "a", "source": "wire"]),
    GoldArticle(
      id: "b", text: t2,
      quotes: [
        GoldQuote(kind: "indirect", content: at("the bridge was closed", t2), cue: at("said", t2), speaker: at("Officials", t2), speakerName: "Officials"),
        GoldQuote(kind: "direct", content: at("\"It is unsafe,\"", t2), cue: at("told", t2), speakerName: "the mayor"),
      ], fields: ["id": "b", "source": "wire"]),
    GoldArticle(id: "c", text: t3, quotes: [], fields: ["id": "c", "source": "blog"]),
  ]

  static let predictions: [String: [PredictedQuote]] = [
    "a": [
      // 11 of 14 code points of “We will win,”: found at 0.3, not at 0.8; equal after stripping.
      PredictedQuote(kind: "direct", content: at("We will win", t1), speaker: at("Jane", t1), speakerName: "Jane Doe", cue: at("said", t1)),
      // Covers the mixed quote whole, with the wrong kind, name and no cue.
      PredictedQuote(kind: "indirect", content: at("She added that taxes would “fall” soon.", t1), speakerName: "John Roe"),
      // 8 of 14 code points of the first quote, but it loses to the prediction above.
      PredictedQuote(kind: "direct", content: at("😀 “We will", t1)),
    ],
    "b": [
      PredictedQuote(kind: "direct", content: at("\"It is unsafe,\"", t2), speaker: at("the mayor", t2), speakerName: "The  Mayor", cue: at("told", t2)),
      PredictedQuote(kind: "direct", content: at("reporters", t2)),
    ],
    "c": [PredictedQuote(kind: "indirect", content: at("quoted", t3))],
  ]
}

@Suite struct EvaluationTests {
  @Test func fixtureFiguresByHand() {
    let r = Scorer().score(ScoringFixture.gold, predictions: ScoringFixture.predictions)
    #expect((r.goldArticles, r.predictedArticles, r.goldQuotes, r.predictedQuotes) == (3, 3, 4, 6))
    let c3 = r.coverage[0]
    let c8 = r.coverage[1]
    #expect(c3.threshold.description == "0.3" && c8.threshold.description == "0.8")
    // 0.3: three of four gold quotes found by six predictions.
    #expect(c3.quotes.truePositives == 3 && c3.quotes.precision == 0.5 && c3.quotes.recall == 0.75)
    #expect(abs(c3.quotes.f1 - 0.6) < 1e-12)
    #expect(c3.quotes.recallByKind.map(\.found) == [2, 1, 0] && c3.quotes.recallByKind.map(\.total) == [2, 1, 1])
    #expect([c3.speaker, c3.name, c3.cue, c3.kind].allSatisfy { $0 == Accuracy(correct: 2, total: 3) })
    // 0.8: the 11-of-14 prediction no longer counts.
    #expect(c8.quotes.truePositives == 2 && c8.quotes.falsePositives == 4 && c8.quotes.falseNegatives == 2)
    #expect(abs(c8.quotes.f1 - 0.4) < 1e-12)
    #expect(c8.quotes.recallByKind.map(\.found) == [1, 1, 0])
    #expect([c8.speaker, c8.name, c8.cue, c8.kind].allSatisfy { $0 == Accuracy(correct: 1, total: 2) })
    // Exact: “We will win,” = We will win, and "It is unsafe," itself.
    #expect(r.exact.truePositives == 2 && abs(r.exact.f1 - 0.4) < 1e-12)
    #expect(r.exact.recallByKind.map(\.found) == [2, 0, 0])
    #expect(r.exact.recallByKind[1].recall == 0 && KindRecall(kind: "x", found: 0, total: 0).recall == nil)
  }

  @Test func mistakes() {
    let m = Scorer().mistakes(ScoringFixture.gold, predictions: ScoringFixture.predictions, threshold: Scorer.Threshold(3, 10))
    #expect(m.filter { $0.side == .miss }.map { [$0.article, $0.gold ?? -1, $0.predicted ?? -1] } == [[1, 0, -1]])
    let alarms = m.filter { $0.side == .falseAlarm }
    #expect(alarms.map { [$0.article, $0.predicted ?? -1, $0.gold ?? -1] } == [[0, 2, 0], [1, 1, -1], [2, 0, -1]])
  }

  @Test func greedyOrder() {
    let t = Scorer.Threshold(3, 10)
    // Equal coverage: the larger overlap is taken first.
    #expect(Scorer.match(gold: [0..<4, 0..<20], predicted: [0..<20], threshold: t).map { [$0.gold, $0.predicted] } == [[1, 0]])
    // Equal coverage and overlap: the tighter prediction wins.
    #expect(Scorer.match(gold: [0..<10], predicted: [0..<30, 0..<10], threshold: t).map { [$0.gold, $0.predicted] } == [[0, 1]])
    // Full coverage both ways; the pair with 20 shared code points is taken before the one with 10.
    #expect(Scorer.match(gold: [0..<10, 5..<25], predicted: [0..<20, 5..<25], threshold: t).map { [$0.gold, $0.predicted] } == [[1, 1], [0, 0]])
    // Exactly at the threshold counts; an empty gold span never does.
    #expect(Scorer.match(gold: [0..<10, 3..<3], predicted: [7..<12], threshold: t).count == 1)
    #expect(Scorer.match(gold: [0..<10], predicted: [8..<12], threshold: t).isEmpty)
  }

  @Test func normalisation() {
    #expect(ScoreNormalization.name("  The\u{A0}Mayor’s\n office. ") == "mayor's office")
    #expect(ScoreNormalization.name("Ｊａｎｅ  DOE") == "jane doe")
    #expect(ScoreNormalization.name("Straße") == ScoreNormalization.name("STRASSE"))
    #expect(ScoreNormalization.name("“(Jane)”") == "jane" && ScoreNormalization.name(nil).isEmpty)
    #expect(!ScoreNormalization.sameName("", "") && ScoreNormalization.sameName("ΟΔΥΣΣΕΥΣ", "οδυσσευς"))
    let text = Array(" “Hi, there!”. ".unicodeScalars)
    #expect(ScoreNormalization.exactSpan(0..<text.count, in: text) == 2..<11)
    #expect(ScoreNormalization.exactSpan(0..<2, in: text) == nil)
  }

  @Test func goldReader() throws {
    let lines = """
      {"id": "x", "source": "s", "n": 3, "text": "a\\n\u{FEFF}\\"b\\" said Al.", "quotes": [{"kind": "direct", "content": {"start": 3, "end": 6}, "cue": null, "speaker": {"start": 12, "end": 14}, "speaker_name": null}]}

      {"id": "y", "text": "", "quotes": []}
      """
    let gold = try GoldReader.parse(Data(lines.utf8))
    #expect(gold.count == 2 && gold[0].text.unicodeScalars.count == 15)
    #expect(gold[0].quotes == [GoldQuote(kind: "direct", content: 3..<6, speaker: 12..<14)])
    #expect(gold[0].fields == ["id": "x", "source": "s"])
    let bad: [(String, Int)] = [
      ("{\"id\": \"x\", \"text\": \"ab\", \"quotes\": []}\n{\"id\": \"x\", \"text\": \"\", \"quotes\": []}", 2),
      ("{\"id\": \"x\", \"text\": \"ab\", \"quotes\": [{\"kind\": \"direct\", \"content\": {\"start\": 1, \"end\": 3}}]}", 1),
      ("{\"id\": \"x\", \"quotes\": []}", 1),
      ("\n\nnot json", 3),
    ]
    for (text, line) in bad {
      #expect(throws: GoldError.self) { try GoldReader.parse(Data(text.utf8)) }
      do { _ = try GoldReader.parse(Data(text.utf8)) } catch { #expect(error.line == line) }
    }
  }

  @Test func goldReaderTakesTargetsActsAudiencesAndClasses() throws {
    let line = """
      {"id": "t", "text": "Moscow accused Kyiv of lying, it told reporters.", "quotes": [{"kind": "indirect", \
      "content": {"start": 20, "end": 29}, "cue": {"start": 7, "end": 14}, "speaker": {"start": 0, "end": 6}, \
      "speaker_name": "Moscow", "target": {"start": 15, "end": 19}, "target_name": "Ukraine", "act": "accusation", \
      "audience": {"start": 39, "end": 48}, "class": "speech"}, {"kind": "indirect", "content": {"start": 20, "end": 29}, \
      "target": null, "target_name": null, "act": null, "class": "belief"}]}
      """
    let q = try GoldReader.parse(Data(line.utf8))[0].quotes
    #expect(q[0].target == 15..<19 && q[0].targetName == "Ukraine" && q[0].act == "accusation")
    #expect(q[0].audience == 39..<48 && q[0].statementClass == "speech")
    #expect(q[1] == GoldQuote(kind: "indirect", content: 20..<29, statementClass: "belief"))
    let bad = line.replacingOccurrences(of: "\"audience\": {\"start\": 39, \"end\": 48}", with: "\"audience\": {\"start\": 39, \"end\": 99}")
    #expect(throws: GoldError(line: 1, message: "quote 0 audience: bad offsets 39..<99 (text length 48)")) {
      try GoldReader.parse(Data(bad.utf8))
    }
  }

  @Test func predictionReaderReadsWhatScorePyReads() throws {
    let gold = [
      GoldArticle(id: "a", text: "😀 \"Yes,\" she said, \"no.\"", quotes: []),
      GoldArticle(id: "b", text: "Nothing.", quotes: []),
      GoldArticle(id: "c", text: "Not predicted.", quotes: []),
    ]
    let lines = """
      {"id": "a", "lang": "en", "quotes": [{"kind": "direct", "text": "\\"Yes,\\" she said, \\"no.\\"", "start": 2, "end": 24, \
      "speaker": {"text": "she", "start": 9, "end": 12, "name": "Ann", "antecedent": {"start": 0, "end": 1, "text": "😀"}}, \
      "cue": {"text": "said", "start": 13, "end": 17, "class": "speech"}, "fragments": [{"start": 2, "end": 8}, {"start": 19, "end": 24}], \
      "target": {"start": null, "end": null, "name": "Bob"}, "act": "statement", "audience": {"start": 0, "end": 1}}, \
      {"kind": "direct", "start": 19, "end": 24, "text": "wrong", "speaker": {"start": null, "end": null, "text": "", "name": null}, \
      "cue": null, "fragments": [{"start": 19, "end": 24}]}]}

      {"id": "b", "quotes": null}
      """
    let file = try PredictionReader.parse(Data(lines.utf8), gold: gold)
    #expect(file.predictions.keys.sorted() == ["a", "b"] && file.predictions["b"] == [])
    #expect(file.textMismatches == ["quote": 1])
    #expect(
      file.predictions["a"]?.first
        == PredictedQuote(
          kind: "direct", content: 2..<24, speaker: 9..<12, speakerName: "Ann", cue: 13..<17, fragments: [2..<8, 19..<24],
          speakerAntecedent: 0..<1, cueClass: "speech", target: PredictedTarget(name: "Bob"), act: "statement", audience: 0..<1))
    // One fragment is none; a speaker without a span keeps only its name (none here).
    #expect(file.predictions["a"]?.last == PredictedQuote(kind: "direct", content: 19..<24))
    let bad: [(String, String)] = [
      ("{\"id\": \"z\", \"quotes\": []}", "prediction for unknown article id 'z'"),
      ("{\"id\": \"b\", \"quotes\": []}\n{\"id\": \"b\"}", "article id 'b' predicted twice"),
      ("{\"id\": \"b\", \"quotes\": [{\"start\": 0, \"end\": 9}]}", "b quote 0: bad offsets start=0 end=9 (text length 8)"),
      ("{\"id\": \"b\", \"quotes\": [{\"start\": 0, \"end\": true}]}", "b quote 0: bad offsets start=0 end=True (text length 8)"),
      ("{\"id\": \"b\", \"quotes\": [{\"start\": 0, \"end\": 1, \"speaker\": {\"name\": 3}}]}", "b quote 0: speaker name must be a string or null"),
      ("{\"id\": \"b\", \"quotes\": [{\"start\": 0, \"end\": 1, \"cue\": {}}]}", "b quote 0 cue: bad offsets start=None end=None (text length 8)"),
      ("{\"id\": \"b\", \"quotes\": {\"a\": 1}}", "b: \"quotes\" must be a list"),
    ]
    for (text, message) in bad {
      let line = text.split(separator: "\n").count
      #expect(throws: PredictionError(line: line, message: message)) { try PredictionReader.parse(Data(text.utf8), gold: gold) }
    }
    #expect(throws: PredictionError.self) { try PredictionReader.parse(Data("{not json".utf8), gold: gold) }
  }

  @Test func attributionsBecomeCodePoints() {
    let text = "😀 é “Hi,” she said."
    func bytes(_ s: String) -> TextSpan {
      let r = text.range(of: s)!
      return TextSpan(start: text.utf8.distance(from: text.startIndex, to: r.lowerBound), end: text.utf8.distance(from: text.startIndex, to: r.upperBound))
    }
    let a = Attribution(
      kind: .direct, content: bytes("“Hi,”"), text: "“Hi,”", fragments: [],
      speaker: Speaker(span: bytes("she"), text: "she", name: "Ann", kind: .person, resolution: .pronoun, country: nil),
      cue: CueMention(span: bytes("said"), text: "said", lemma: "say"), confidence: 1)
    let p = PredictedQuote.converting([a], in: text)
    #expect(p == [PredictedQuote(kind: "direct", content: 4..<9, speaker: 10..<13, speakerName: "Ann", cue: 14..<18, cueClass: "speech", act: "statement")])
  }
}
