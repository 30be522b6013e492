import Foundation
import WhoSaid

/// The settings of `whosaid extract`, whose `--lang`, `--entities` and `--cues` eval takes.
typealias ExtractOptions = Options

/// `whosaid eval GOLD.jsonl`: runs the extractor on a gold file and scores it as `score.py` does.
enum Eval {
  struct Options: Sendable {
    var gold = ""
    var json = false
    var showErrors = 0
    var by: String?
    var predictions: String?
    var paths: [String] = []
    /// `--lang`, `--entities`, `--cues`: how the extractor is built, as for `whosaid extract`.
    var extract = ExtractOptions()
  }

  static let json = Option<Options>("--json", help: "Print one JSON object instead of the tables.") { o, _, _ throws(CLIError) in
    o.json = true
  }

  static let showErrors = Option<Options>(
    "--show-errors", value: "N",
    help: """
      Also show, at 0.3 coverage, the first N misses, false alarms and boundary mistakes (found, but not the same span \
      after stripping marks and trailing punctuation) of each kind, in context: gold ⟦…⟧, predicted ⟨…⟩.
      """
  ) { o, v, name throws(CLIError) in o.showErrors = try Value.whole(v, name, in: 0...Int.max) }

  static let by = Option<Options>(
    "--by", value: "FIELD",
    help: """
      Also break the figures down by a top-level string field of the gold records (source, outlet, lang, …), or with \
      'act' the gold quotes by their speech act (recall and act accuracy).
      """
  ) { o, v, name throws(CLIError) in o.by = try Value.nonEmpty(v, name) }

  static let predictions = Option<Options>(
    "--predictions", value: "FILE",
    help: """
      Score the predictions in FILE (JSON Lines as whosaid writes them, code point offsets; what score.py reads) \
      instead of running the extractor.
      """
  ) { o, v, name throws(CLIError) in o.predictions = try Value.nonEmpty(v, name) }

  static let command = Command<Options>(
    name: "whosaid eval",
    usage: ["whosaid eval GOLD.jsonl [OPTIONS]"],
    abstract: """
      Runs the extractor on each article of a gold file (JSON Lines: id, text, quotes; the format is in \
      corpora/README.md, 'Gold format') and prints precision, recall and F1 at 0.3 and 0.8 coverage, exact-span F1, \
      recall by kind, and speaker, name, cue and kind accuracy over the matched quotes, and target, act and audience \
      accuracy where the gold has them, computed as ../shared/eval/score.py computes them (score.py has no audience).
      """,
    options: [json, showErrors, by] + [ExtractOptions.scope].map { $0.lifted(\Options.extract) } + [predictions]
      + [ExtractOptions.lang, ExtractOptions.entities, ExtractOptions.cues].map { $0.lifted(\Options.extract) },
    positional: { o, p throws(CLIError) in o.paths.append(p) },
    validate: { o throws(CLIError) in
      guard o.paths.count == 1 else {
        throw .usage(o.paths.isEmpty ? "eval needs a gold file" : "eval takes one gold file, not \(o.paths.count)")
      }
    },
    examples: [
      "whosaid eval ../shared/eval/polnear-dev.jsonl",
      "whosaid eval gold.jsonl --show-errors 20 --by source",
      "whosaid eval ../shared/eval/news-en-names-dev.jsonl --scope speech",
      "whosaid eval gold.jsonl --json | jq '.[\"cover0.3\"].f1'",
      "whosaid -q gold.jsonl > pred.jsonl",
      "whosaid eval gold.jsonl --predictions pred.jsonl",
    ],
    exitStatus: "0 scored; 1 the gold or prediction file cannot be read or used; 2 usage error, or a cue or entities file that cannot be read.")

  static func run(_ args: [String]) throws(CLIError) -> Int32 {
    var options = try command.parse(args, into: Options())
    options.gold = options.paths[0]
    guard var gold = read(options.gold, { d throws(GoldError) in try GoldReader.parse(d) }) else { return 1 }
    var predicted: [String: [PredictedQuote]]
    var mismatches: [String: Int] = [:]
    if let path = options.predictions {
      guard let file = read(path, { d throws(PredictionError) in try PredictionReader.parse(d, gold: gold) }) else { return 1 }
      predicted = file.predictions
      mismatches = file.textMismatches
      if !file.textMismatches.isEmpty {
        let counts = file.textMismatches.keys.sorted().map { "\($0) \(file.textMismatches[$0]!)" }.joined(separator: ", ")
        Diagnostics.warning("\(path): a \"text\" differs from the text at its offsets (\(counts)); offsets are scored, text is not")
      }
    } else {
      predicted = predict(gold, extractors: try LanguageExtractors.load(options.extract))
    }
    gold = options.extract.scope.apply(gold)
    predicted = options.extract.scope.apply(predicted)
    let scorer = Scorer()
    let report = scorer.score(gold, predictions: predicted)
    var groups: [(value: String, report: EvaluationReport)] = []
    if let field = options.by, field != "act" {
      var members: [String: [GoldArticle]] = [:]
      for a in gold { members[a.fields[field] ?? "(none)", default: []].append(a) }
      if members.keys.count == 1 && members["(none)"] != nil {
        Diagnostics.warning("no gold record has a string field '\(field)'")
      }
      groups = members.keys.sorted().map { ($0, scorer.score(members[$0]!, predictions: predicted)) }
    }
    var mistakes: [Mistake] = []
    if options.showErrors > 0, let first = scorer.thresholds.first {
      mistakes = scorer.mistakes(gold, predictions: predicted, threshold: first)
    }
    let view = EvalView(
      goldPath: options.gold, predictionsPath: options.predictions, scope: options.extract.scope, gold: gold,
      predictions: predicted, report: report, textMismatches: mismatches, by: options.by, groups: groups,
      mistakes: mistakes, limit: options.showErrors, threshold: scorer.thresholds.first ?? Scorer.Threshold(3, 10))
    let (_, error) = OutputFile.write(1, Array((options.json ? view.json() : view.text()).utf8))
    if let error { throw OutputFile.failure(error, target: "stdout") }
    return 0
  }

  /// The parsed contents of a gold or prediction file (`-` is stdin), or nil after saying what is wrong.
  static func read<T, E: Error>(_ path: String, _ parse: (Data) throws(E) -> T) -> T? {
    let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
    guard let data else {
      Diagnostics.error("cannot read '\(path)'")
      return nil
    }
    do {
      return try parse(data)
    } catch {
      Diagnostics.error("\(path): \(error)")
      return nil
    }
  }

  /// Runs on each article the extractor `whosaid extract` would (the same `--lang`,
  /// `--cues`, `--entities`, and language detection); offsets become code points.
  static func predict(_ gold: [GoldArticle], extractors: LanguageExtractors) -> [String: [PredictedQuote]] {
    var scratch = Extractor.Scratch()
    var out: [String: [PredictedQuote]] = [:]
    for a in gold {
      var text = a.text
      out[a.id] = text.withUTF8 { p in
        PredictedQuote.converting(extractors.pick(p).extractor.extract(utf8: p, scratch: &scratch), utf8: p)
      }
    }
    return out
  }
}
