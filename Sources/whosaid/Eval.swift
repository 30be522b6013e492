import Foundation
import WhoSaid

/// `whosaid eval GOLD.jsonl`: runs the extractor on a gold file and scores it as `score.py` does.
enum Eval {
  struct Options {
    var gold = ""
    var json = false
    var showErrors = 0
    var by: String?
  }

  static let usage = """
    USAGE: whosaid eval GOLD.jsonl [--json] [--show-errors N] [--by FIELD]

    Runs the extractor on each article of a gold file (JSON Lines: id, text, quotes;
    see eval/README.md) and prints precision, recall and F1 at 0.3 and 0.8 coverage,
    exact-span F1, recall by kind, and speaker, name, cue and kind accuracy over the
    matched quotes, computed as score.py computes them.

    OPTIONS:
      --json              Print one JSON object instead of the tables.
      --show-errors N     Also show the first N misses and the first N false alarms
                          of each kind at 0.3 coverage, in context: gold ⟦…⟧, predicted ⟨…⟩.
      --by FIELD          Also break the figures down by a top-level string field of
                          the gold records (source, outlet, lang, …).
      -h, --help          Show this help.

    EXAMPLES:
      whosaid eval ../shared/eval/polnear-dev.jsonl
      whosaid eval gold.jsonl --show-errors 20 --by source
      whosaid eval gold.jsonl --json | jq .cover0.3.f1

    EXIT STATUS: 0 scored; 1 the gold file cannot be read; 2 usage error.
    """

  struct UsageError: Error { var message: String }

  static func parse(_ args: [String]) throws(UsageError) -> Options {
    var o = Options()
    var paths: [String] = []
    var cursor = Arguments(args)
    while let a = cursor.next() {
      func value() throws(UsageError) -> String {
        do { return try cursor.value() } catch { throw UsageError(message: error.message) }
      }
      switch a {
      case "--json": o.json = true
      case "--show-errors":
        let s = try value()
        guard let n = Int(s), n >= 0 else { throw UsageError(message: "--show-errors needs a whole number, not '\(s)'") }
        o.showErrors = n
      case "--by":
        let s = try value()
        guard !s.isEmpty else { throw UsageError(message: "--by needs a field name") }
        o.by = s
      default:
        if a.hasPrefix("-") && a != "-" { throw UsageError(message: "unknown option '\(a)'") }
        paths.append(cursor.current)
      }
    }
    guard paths.count == 1 else {
      throw UsageError(message: paths.isEmpty ? "eval needs a gold file" : "eval takes one gold file, not \(paths.count)")
    }
    o.gold = paths[0]
    return o
  }

  static func run(_ args: [String]) -> Int32 {
    let options: Options
    switch CommandLineTool.parse(args, usage: usage, command: "whosaid eval", parse) {
    case .success(let o): options = o
    case .failure(let exit): return exit.code
    }
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
    FileOutput.write(1, Array((options.json ? view.json() : view.text()).utf8))
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
