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
    #expect(ScoreNormalization.name("  The\u{A0}Mayor’s\n office. ") == "the mayor's office")
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
    #expect(p == [PredictedQuote(kind: "direct", content: 4..<9, speaker: 10..<13, speakerName: "Ann", cue: 14..<18)])
  }
}

/// Runs the reference scorer (../shared/eval/score.py, next to the package) on the
/// fixture and checks that ``Scorer`` agrees with it.
@Suite struct EvaluationScorePyTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let scorePy = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")
  static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  static let available = python != nil && FileManager.default.fileExists(atPath: scorePy.path)

  func span(_ r: Range<Int>?) -> Any {
    guard let r else { return NSNull() }
    return ["start": r.lowerBound, "end": r.upperBound]
  }

  func orNull(_ s: String?) -> Any { s.map { $0 as Any } ?? NSNull() }

  func jsonl(_ objects: [[String: Any]]) throws -> Data {
    var out = Data()
    for o in objects {
      out.append(try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]))
      out.append(0x0A)
    }
    return out
  }

  func goldRecord(_ a: GoldArticle) -> [String: Any] {
    var quotes: [[String: Any]] = []
    for q in a.quotes {
      quotes.append(["kind": q.kind, "content": span(q.content), "cue": span(q.cue), "speaker": span(q.speaker), "speaker_name": orNull(q.speakerName)])
    }
    return ["id": a.id, "source": a.fields["source"] ?? "", "text": a.text, "quotes": quotes]
  }

  func predRecord(_ a: GoldArticle) -> [String: Any] {
    var quotes: [[String: Any]] = []
    for p in ScoringFixture.predictions[a.id] ?? [] {
      var speaker: Any = NSNull()
      if p.speaker != nil || p.speakerName != nil {
        var o: [String: Any] = ["start": NSNull(), "end": NSNull(), "name": orNull(p.speakerName)]
        if let r = p.speaker {
          o["start"] = r.lowerBound
          o["end"] = r.upperBound
        }
        speaker = o
      }
      quotes.append(["kind": p.kind, "start": p.content.lowerBound, "end": p.content.upperBound, "cue": span(p.cue), "speaker": speaker])
    }
    return ["id": a.id, "quotes": quotes]
  }

  @Test(.enabled(if: available, "needs python3 and ../shared/eval/score.py next to the package"))
  func fixtureAgreesWithScorePy() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let gold = ScoringFixture.gold.map(goldRecord)
    let pred = ScoringFixture.gold.map(predRecord)
    let goldURL = dir.appendingPathComponent("gold.jsonl")
    let predURL = dir.appendingPathComponent("pred.jsonl")
    try jsonl(gold).write(to: goldURL)
    try jsonl(pred).write(to: predURL)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.python!)
    process.arguments = [Self.scorePy.path, goldURL.path, predURL.path, "--json"]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    let ref = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])

    let r = Scorer().score(ScoringFixture.gold, predictions: ScoringFixture.predictions)
    func near(_ a: Any?, _ b: Double?, _ what: String) {
      let x = (a as? NSNumber)?.doubleValue
      #expect((x == nil && b == nil) || (x != nil && b != nil && abs(x! - b!) < 0.0005), "\(what): score.py \(String(describing: x)), Scorer \(String(describing: b))")
    }
    func compare(_ ref: [String: Any]?, _ q: QuoteScore, _ key: String) {
      near(ref?["precision"], q.precision, key + " precision")
      near(ref?["recall"], q.recall, key + " recall")
      near(ref?["f1"], q.f1, key + " f1")
      let kinds = ref?["recall_by_kind"] as? [String: [String: Any]]
      for k in q.recallByKind { near(kinds?[k.kind]?["recall"], k.recall, "\(key) recall \(k.kind)") }
    }
    for t in r.coverage {
      let key = "overlap_\(t.threshold)"
      let sub = ref[key] as? [String: Any]
      compare(sub, t.quotes, key)
      for (name, a) in [("speaker_acc", t.speaker), ("name_acc", t.name), ("cue_acc", t.cue), ("kind_acc", t.kind)] {
        near((sub?[name] as? [String: Any])?["acc"], a.value, "\(key) \(name)")
      }
    }
    compare(ref["exact"] as? [String: Any], r.exact, "exact")
  }
}
