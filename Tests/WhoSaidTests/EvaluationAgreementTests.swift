import Foundation
import Testing

@testable import WhoSaid

/// Where the reference scorer and Python are.
enum ScorePy {
  static let path = Fixture.shared.appendingPathComponent("eval/score.py")
  static let python: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    .map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Runs the reference scorer (../shared/eval/score.py, beside the package) and
/// `whosaid eval --predictions … --json` on the same gold and predictions, and
/// compares every figure score.py prints.
@Suite(
  "whosaid eval agrees with score.py",
  .enabled(if: ScorePy.python != nil, "python3 is not on the PATH"),
  .enabled(if: FileManager.default.fileExists(atPath: ScorePy.path.path), "../shared/eval/score.py is absent"),
  .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct EvaluationAgreementTests {

  /// Runs a program; its stdout, after checking it exited with 0.
  func run(_ executable: String, _ args: [String]) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    try #require(p.terminationStatus == 0, "\(executable) \(args) exited with \(p.terminationStatus)")
    return data
  }

  func object(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// score.py's figures and ours for the same files.
  func bothScores(gold: URL, pred: URL) throws -> (ref: [String: Any], ours: [String: Any]) {
    let ref = try object(run(ScorePy.python!, [ScorePy.path.path, gold.path, pred.path, "--json"]))
    let ours = try object(run(Fixture.binary!.path, ["eval", gold.path, "--predictions", pred.path, "--json"]))
    return (ref, ours)
  }

  /// Every number (and null) of score.py's JSON beside ours: `overlap_0.3` is our
  /// `cover0.3`, a quote score's `precision`/`recall` our `p`/`r`, `speaker_acc` our `speaker`.
  /// - Returns: How many figures were compared, and those that differ.
  static func compare(_ ref: Any, _ ours: Any?, path: String = "") -> (count: Int, differ: [String]) {
    if let dict = ref as? [String: Any] {
      var count = 0
      var differ: [String] = []
      for (key, value) in dict where !(path.isEmpty && (key == "gold" || key == "pred")) {
        var mine = key.hasPrefix("overlap_") ? "cover" + key.dropFirst("overlap_".count) : key
        if key.hasSuffix("_acc") { mine = String(key.dropLast(4)) }
        if !path.contains("recall_by_kind") && (key == "precision" || key == "recall") { mine = key == "precision" ? "p" : "r" }
        let r = compare(value, (ours as? [String: Any])?[mine], path: path + "/" + key)
        count += r.count
        differ += r.differ
      }
      return (count, differ)
    }
    let same: Bool
    switch (ref, ours) {
    case (is NSNull, is NSNull): same = true
    case (let a as NSNumber, let b as NSNumber): same = abs(a.doubleValue - b.doubleValue) < 1e-12
    case (let a as String, let b as String): same = a == b
    default: same = false
    }
    return (1, same ? [] : ["\(path): score.py \(ref), whosaid \(ours.map { "\($0)" } ?? "missing")"])
  }

  @Test func inventedGoldAndPredictions() throws {
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let gold = ScoringFixture.gold + RulesFixture.gold
    var preds = ScoringFixture.predictions
    preds.merge(RulesFixture.predictions) { a, _ in a }
    let goldURL = dir.appendingPathComponent("gold.jsonl")
    let predURL = dir.appendingPathComponent("pred.jsonl")
    try Self.jsonl(gold.map(Self.goldRecord)).write(to: goldURL)
    try Self.jsonl(gold.map { Self.predRecord($0, preds[$0.id] ?? []) }).write(to: predURL)
    let (ref, ours) = try bothScores(gold: goldURL, pred: predURL)
    let r = Self.compare(ref, ours)
    #expect(r.differ.isEmpty, "\(r.differ.joined(separator: "\n"))")
    #expect(r.count >= 85)
    // The rules of this round are at work in these figures.
    let c8 = try #require(ours["cover0.8"] as? [String: Any])
    #expect((c8["target"] as? [String: Any])?["n"] as? Int == 3 && (c8["act"] as? [String: Any])?["correct"] as? Int == 2)
    // The same through the library (Foundation's JSON parser may be off in the last bit).
    let report = Scorer().score(gold, predictions: preds)
    for (t, key) in zip(report.coverage, ["cover0.3", "cover0.8"]) {
      let f1 = try #require((ours[key] as? [String: Any])?["f1"] as? Double)
      #expect(abs(t.quotes.f1 - f1) < 1e-12 && t.quotes.f1 > 0.7)
    }
  }

  @Test func referenceArticle() throws {
    let seed = Fixture.shared.appendingPathComponent("eval/seed.jsonl")
    let dir = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let predURL = dir.appendingPathComponent("seed.pred.jsonl")
    try run(Fixture.binary!.path, ["-q", seed.path]).write(to: predURL)
    let (ref, ours) = try bothScores(gold: seed, pred: predURL)
    let r = Self.compare(ref, ours)
    #expect(r.differ.isEmpty, "\(r.differ.joined(separator: "\n"))")
    #expect(r.count >= 85)
    // eval's own extraction gives what `whosaid -q` wrote.
    let own = try object(run(Fixture.binary!.path, ["eval", seed.path, "--json"]))
    let same = Self.compare(ours, own)
    #expect(same.differ.isEmpty, "\(same.differ.joined(separator: "\n"))")
  }

  static func temporaryDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
  }

  static func jsonl(_ objects: [[String: Any]]) throws -> Data {
    var out = Data()
    for o in objects {
      out.append(try JSONSerialization.data(withJSONObject: o, options: [.sortedKeys]))
      out.append(0x0A)
    }
    return out
  }

  static func span(_ r: Range<Int>?) -> Any {
    guard let r else { return NSNull() }
    return ["start": r.lowerBound, "end": r.upperBound]
  }

  static func orNull(_ s: String?) -> Any { s.map { $0 as Any } ?? NSNull() }

  static func goldRecord(_ a: GoldArticle) -> [String: Any] {
    var quotes: [[String: Any]] = []
    for q in a.quotes {
      var o: [String: Any] = [
        "kind": q.kind, "content": span(q.content), "cue": span(q.cue), "speaker": span(q.speaker), "speaker_name": orNull(q.speakerName),
        "target": span(q.target), "target_name": orNull(q.targetName), "act": orNull(q.act),
      ]
      if let audience = q.audience { o["audience"] = span(audience) }
      quotes.append(o)
    }
    return ["id": a.id, "source": a.fields["source"] ?? "", "text": a.text, "quotes": quotes]
  }

  static func predRecord(_ a: GoldArticle, _ preds: [PredictedQuote]) -> [String: Any] {
    var quotes: [[String: Any]] = []
    for p in preds {
      var speaker: Any = NSNull()
      if p.speaker != nil || p.speakerName != nil || p.speakerAntecedent != nil {
        var o: [String: Any] = ["start": NSNull(), "end": NSNull(), "name": orNull(p.speakerName)]
        if let r = p.speaker {
          o["start"] = r.lowerBound
          o["end"] = r.upperBound
        }
        if let r = p.speakerAntecedent { o["antecedent"] = span(r) }
        speaker = o
      }
      var o: [String: Any] = [
        "kind": p.kind, "start": p.content.lowerBound, "end": p.content.upperBound, "cue": span(p.cue), "speaker": speaker,
        "fragments": p.fragments.map { span($0) }, "act": orNull(p.act),
      ]
      if let t = p.target {
        o["target"] = ["start": t.span.map { $0.lowerBound as Any } ?? NSNull(), "end": t.span.map { $0.upperBound as Any } ?? NSNull(), "name": orNull(t.name)]
      }
      if let audience = p.audience { o["audience"] = span(audience) }
      quotes.append(o)
    }
    return ["id": a.id, "quotes": quotes]
  }
}
