import Foundation
import Testing

import WhoSaid
@testable import whosaid

/// `whosaid eval`: its options, run on invented gold and predictions.
@Suite("whosaid eval", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct EvalCommandTests {
  /// Two invented articles: a belief and a statement; an interrupted quote whose found span is not exact.
  static let gold = """
    {"id": "b", "text": "Experts believe the dam will hold. The mayor said the road is open.", "quotes": [\
    {"kind": "indirect", "content": {"start": 16, "end": 33}, "cue": {"start": 8, "end": 15}, "speaker": {"start": 0, "end": 7}, \
    "speaker_name": "experts", "class": "belief", "act": "belief"}, \
    {"kind": "indirect", "content": {"start": 50, "end": 66}, "cue": {"start": 45, "end": 49}, "speaker": {"start": 35, "end": 44}, \
    "speaker_name": "mayor", "act": "statement"}]}
    {"id": "q", "text": "\\"We will win,\\" Ana Ruiz said.", "quotes": [\
    {"kind": "direct", "content": {"start": 0, "end": 14}, "cue": {"start": 24, "end": 28}, "speaker": {"start": 15, "end": 23}, \
    "speaker_name": "Ana Ruiz", "act": "statement"}]}

    """
  static let predictions = """
    {"id": "b", "quotes": [{"kind": "indirect", "start": 16, "end": 33, "cue": {"start": 8, "end": 15, "class": "belief"}, \
    "speaker": {"start": 0, "end": 7, "name": "Experts"}, "act": "belief"}, \
    {"kind": "indirect", "start": 50, "end": 66, "cue": {"start": 45, "end": 49, "class": "speech"}, \
    "speaker": {"start": 35, "end": 44, "name": "The mayor"}, "act": "statement"}]}
    {"id": "q", "quotes": [{"kind": "direct", "start": 0, "end": 29, "speaker": null, "cue": null}]}

    """

  func run(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let p = Process()
    p.executableURL = Fixture.binary
    p.arguments = args
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  func files(_ pred: String = predictions) throws -> (gold: String, pred: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-evalcmd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let g = dir.appendingPathComponent("gold.jsonl")
    let p = dir.appendingPathComponent("pred.jsonl")
    try Self.gold.write(to: g, atomically: true, encoding: .utf8)
    try pred.write(to: p, atomically: true, encoding: .utf8)
    return (g.path, p.path)
  }

  func json(_ s: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
  }

  @Test func scopeSpeechLeavesOutTheBeliefOnBothSides() throws {
    let (g, p) = try files()
    for (scope, gold, pred, tp) in [("all", 3, 3, 3), ("speech", 2, 2, 2)] {
      let r = try run(["eval", g, "--predictions", p, "--scope", scope, "--json"])
      #expect(r.status == 0)
      let o = try json(r.stdout)
      #expect(o["scope"] as? String == scope && o["n_gold_quotes"] as? Int == gold && o["n_pred_quotes"] as? Int == pred)
      #expect((o["cover0.3"] as? [String: Any])?["tp"] as? Int == tp)
    }
    #expect(try run(["eval", g, "--scope", "beliefs"]).status == 2)
  }

  @Test func showErrorsShowsSpansThatAreNotExact() throws {
    let (g, p) = try files()
    let r = try run(["eval", g, "--predictions", p, "--show-errors", "5"])
    #expect(r.status == 0)
    // Everything is found at 0.3, but the quote's span runs on over 'Ana Ruiz said.'.
    #expect(!r.stdout.contains("(none"))
    #expect(r.stdout.contains("BOUNDARIES (found, other span) — direct (1 of 1)"))
    #expect(r.stdout.contains("⟦⟨\"We will win,\"⟧ Ana Ruiz said.⟩"))
  }

  @Test func byActAndTheNewAccuracies() throws {
    let (g, p) = try files()
    let r = try run(["eval", g, "--predictions", p, "--by", "act", "--json"])
    let o = try json(r.stdout)
    let c3 = try #require(o["cover0.3"] as? [String: Any])
    #expect((c3["act"] as? [String: Any])?["correct"] as? Int == 2 && (c3["act"] as? [String: Any])?["n"] as? Int == 3)
    let groups = try #require((o["by"] as? [String: Any])?["groups"] as? [String: [String: Any]])
    #expect(groups.keys.sorted() == ["belief", "statement"] && groups["statement"]?["n"] as? Int == 2)
    let text = try run(["eval", g, "--predictions", p, "--by", "act"]).stdout
    #expect(text.contains("statement             2   1.000       0.500/2"))
  }

  @Test func badPredictionsAreSaidWithTheirLine() throws {
    let (g, p) = try files(Self.predictions + "{\"id\": \"q\", \"quotes\": []}\n")
    let r = try run(["eval", g, "--predictions", p])
    #expect(r.status == 1 && r.stderr.contains("line 3: article id 'q' predicted twice"))
    let (_, mismatched) = try files("{\"id\": \"q\", \"quotes\": [{\"start\": 0, \"end\": 14, \"text\": \"other\"}]}\n")
    let m = try run(["eval", g, "--predictions", mismatched, "--json"])
    #expect(m.status == 0 && m.stderr.contains("(quote 1)"))
    #expect((try json(m.stdout)["pred_text_mismatches"] as? [String: Int]) == ["quote": 1])
  }

  @Test func helpShowsAWorkingJqPathAndTheOptions() throws {
    let help = Eval.command.help
    #expect(help.contains("jq '.[\"cover0.3\"].f1'") && !help.contains("eval/README.md"))
    for option in ["--scope speech|all", "--predictions FILE", "--lang en|de|fr|auto", "--entities FILE", "--cues FILE"] {
      #expect(help.contains(option))
    }
    let o = try Eval.command.parse(["g.jsonl", "--lang", "de", "--cues", "c.txt", "--scope", "speech"], into: Eval.Options())
    #expect(o.extract.lang == "de" && o.extract.cuesFile == "c.txt" && o.extract.scope == .speech)
  }
}
