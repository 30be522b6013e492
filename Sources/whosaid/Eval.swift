import Foundation
import WhoSaid

/// `whosaid eval GOLD.jsonl`: runs the extractor on a gold file and scores it as `score.py` does.
enum Eval {
  struct Options: Sendable {
    var gold = ""
    var json = false
    var showErrors = 0
    var by: String?
    var paths: [String] = []
  }

  static let json = Option<Options>("--json", help: "Print one JSON object instead of the tables.") { o, _ throws(CLIError) in
    o.json = true
  }

  static let showErrors = Option<Options>(
    "--show-errors", value: "N",
    help: "Also show the first N misses and the first N false alarms of each kind at 0.3 coverage, in context: gold ⟦…⟧, predicted ⟨…⟩."
  ) { o, v throws(CLIError) in o.showErrors = try Value.whole(v, "--show-errors", in: 0...Int.max) }

  static let by = Option<Options>(
    "--by", value: "FIELD",
    help: "Also break the figures down by a top-level string field of the gold records (source, outlet, lang, …)."
  ) { o, v throws(CLIError) in o.by = try Value.nonEmpty(v, "--by") }

  static let command = Command<Options>(
    name: "whosaid eval",
    usage: ["whosaid eval GOLD.jsonl [--json] [--show-errors N] [--by FIELD]"],
    abstract: """
      Runs the extractor on each article of a gold file (JSON Lines: id, text, quotes; see eval/README.md) \
      and prints precision, recall and F1 at 0.3 and 0.8 coverage, exact-span F1, recall by kind, and \
      speaker, name, cue and kind accuracy over the matched quotes, computed as score.py computes them.
      """,
    options: [json, showErrors, by],
    positional: { o, p throws(CLIError) in o.paths.append(p) },
    validate: { o throws(CLIError) in
      guard o.paths.count == 1 else {
        throw .usage(o.paths.isEmpty ? "eval needs a gold file" : "eval takes one gold file, not \(o.paths.count)")
      }
    },
    examples: [
      "whosaid eval ../shared/eval/polnear-dev.jsonl",
      "whosaid eval gold.jsonl --show-errors 20 --by source",
      "whosaid eval gold.jsonl --json | jq .cover0.3.f1",
    ],
    exitStatus: "0 scored; 1 the gold file cannot be read; 2 usage error.")

  static func run(_ args: [String]) throws(CLIError) -> Int32 {
    var options = try command.parse(args, into: Options())
    options.gold = options.paths[0]
    let data = options.gold == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: options.gold)
    guard let data else {
      Diagnostics.error("cannot read gold file '\(options.gold)'")
      return 1
    }
    let gold: [GoldArticle]
    do {
      gold = try GoldReader.parse(data)
    } catch {
      Diagnostics.error("\(options.gold): \(error)")
      return 1
    }
    let predictions = predict(gold)
    let scorer = Scorer()
    let report = scorer.score(gold, predictions: predictions)
    var groups: [(value: String, report: EvaluationReport)] = []
    if let field = options.by {
      var members: [String: [GoldArticle]] = [:]
      for a in gold { members[a.fields[field] ?? "(none)", default: []].append(a) }
      if members.keys.count == 1 && members["(none)"] != nil {
        Diagnostics.warning("no gold record has a string field '\(field)'")
      }
      groups = members.keys.sorted().map { ($0, scorer.score(members[$0]!, predictions: predictions)) }
    }
    var mistakes: [Mistake] = []
    if options.showErrors > 0, let first = scorer.thresholds.first {
      mistakes = scorer.mistakes(gold, predictions: predictions, threshold: first)
    }
    let view = EvalView(
      goldPath: options.gold, gold: gold, predictions: predictions, report: report, by: options.by, groups: groups,
      mistakes: mistakes, limit: options.showErrors, threshold: scorer.thresholds.first ?? Scorer.Threshold(3, 10))
    let (_, error) = OutputFile.write(1, Array((options.json ? view.json() : view.text()).utf8))
    if let error { throw OutputFile.failure(error, target: "stdout") }
    return 0
  }

  /// Runs the extractor of each article's detected language on it; offsets become code points.
  static func predict(_ gold: [GoldArticle]) -> [String: [PredictedQuote]] {
    var extractors: [String: Extractor] = [:]
    for code in LanguageDetector.codes { extractors[code] = LanguageProfile.named(code).map { Extractor(profile: $0) } }
    var scratch = Extractor.Scratch()
    var out: [String: [PredictedQuote]] = [:]
    for a in gold {
      var text = a.text
      out[a.id] = text.withUTF8 { p in
        let extractor = extractors[LanguageDetector.detect(utf8: p)] ?? Extractor()
        return PredictedQuote.converting(extractor.extract(utf8: p, scratch: &scratch), utf8: p)
      }
    }
    return out
  }
}
