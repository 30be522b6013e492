import WhoSaid

/// What `whosaid eval` prints: tables like score.py's, or one JSON object.
struct EvalView {
  var goldPath: String
  /// `--predictions`, or nil when eval ran the extractor.
  var predictionsPath: String?
  var scope: EvaluationScope
  var gold: [GoldArticle]
  var predictions: [String: [PredictedQuote]]
  var report: EvaluationReport
  /// The `text` fields of a prediction file that differ from the text at their offsets, by
  /// what they belong to (none when eval ran the extractor).
  var textMismatches: [String: Int]
  var by: String?
  var groups: [(value: String, report: EvaluationReport)]
  var mistakes: [Mistake]
  var limit: Int
  var threshold: Scorer.Threshold

  static func fmt(_ x: Double?) -> String {
    guard let x else { return "-" }
    let m = Int((x * 1000).rounded())
    let d = String(m % 1000)
    return "\(m / 1000)." + String(repeating: "0", count: 3 - d.count) + d
  }

  static func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return left ? s + fill : fill + s
  }

  func text() -> String {
    let r = report
    var out = "gold: \(goldPath)  (\(r.goldArticles) articles, \(r.goldQuotes) quotes)\n"
    let pred = predictionsPath ?? "whosaid \(CommandLineTool.version)"
    out += "pred: \(pred)  (\(r.predictedArticles) articles present, \(r.predictedQuotes) quotes)\n"
    if scope != .all { out += "scope: \(scope.rawValue) (gold items of other classes and predictions with other cue classes left out)\n" }
    out += Self.pad("quotes", 11, left: true) + ["P", "R", "F1", "TP", "FP", "FN"].map { " " + Self.pad($0, 6) }.joined()
    out += "   " + ["R.direct", "R.mixed", "R.indir"].map { Self.pad($0, 8) }.joined(separator: " ") + "\n"
    let rows = r.coverage.map { ("cover>=\($0.threshold)", $0.quotes) } + [("exact", r.exact)]
    for (name, q) in rows {
      out += Self.pad(name, 11, left: true)
      out += [Self.fmt(q.precision), Self.fmt(q.recall), Self.fmt(q.f1), "\(q.truePositives)", "\(q.falsePositives)", "\(q.falseNegatives)"]
        .map { " " + Self.pad($0, 6) }.joined()
      out += "   " + q.recallByKind.map { Self.pad(Self.fmt($0.recall), 8) }.joined(separator: " ") + "\n"
    }
    out += Self.pad("attrib.", 11, left: true) + ["speaker", "name", "cue", "kind"].map { " " + Self.pad($0, 14) }.joined()
    out += "   (acc / n over matched pairs)\n"
    for t in r.coverage {
      out += Self.pad("cover>=\(t.threshold)", 11, left: true)
      out += [t.speaker, t.name, t.cue, t.kind].map { " " + Self.pad("\(Self.fmt($0.value))/\($0.total)", 14) }.joined() + "\n"
    }
    for t in r.coverage where t.target.total > 0 || t.act.total > 0 || t.audience.total > 0 {
      out += Self.pad("cover>=\(t.threshold)", 11, left: true)
      out += [("target", t.target), ("act", t.act), ("audience", t.audience)]
        .map { " \($0) " + Self.pad("\(Self.fmt($1.value))/\($1.total)", 9) }.joined() + "\n"
    }
    out += "gold kinds: " + r.exact.recallByKind.map { "\($0.kind) \($0.total)" }.joined(separator: ", ") + "\n"
    if by == "act" {
      out += "\n" + actsText()
    } else if let by {
      out += "\n" + Self.pad("by \(by)", 24, left: true) + Self.pad("articles", 9) + Self.pad("quotes", 7)
      out += r.coverage.map { Self.pad("F1@\($0.threshold)", 8) }.joined() + Self.pad("F1.exact", 9)
      out += Self.pad("R.direct", 9) + Self.pad("R.mixed", 8) + Self.pad("R.indir", 8) + Self.pad("speaker", 8) + "\n"
      for (value, g) in groups {
        let first = g.coverage.first
        out += Self.pad(value, 24, left: true) + Self.pad("\(g.goldArticles)", 9) + Self.pad("\(g.goldQuotes)", 7)
        out += g.coverage.map { Self.pad(Self.fmt($0.quotes.f1), 8) }.joined() + Self.pad(Self.fmt(g.exact.f1), 9)
        let kinds = first?.quotes.recallByKind ?? []
        out += zip([9, 8, 8], kinds).map { Self.pad(Self.fmt($1.recall), $0) }.joined()
        out += Self.pad(Self.fmt(first?.speaker.value), 8) + "\n"
      }
    }
    if limit > 0 { out += "\n" + errorsText() }
    return out
  }

  func json() -> String {
    var w = JSONWriter()
    w.raw("{\"gold\":")
    w.string(goldPath)
    w.raw(",\"pred\":")
    if let predictionsPath { w.string(predictionsPath) } else { w.string("whosaid \(CommandLineTool.version)") }
    w.raw(",\"scope\":")
    w.string(scope.rawValue)
    w.raw(",")
    Self.write(report, into: &w)
    w.raw(",\"pred_text_mismatches\":{")
    for (i, key) in textMismatches.keys.sorted().enumerated() {
      if i > 0 { w.raw(",") }
      w.string(key)
      w.raw(":")
      w.int(textMismatches[key]!)
    }
    w.raw("}")
    if by == "act" {
      w.raw(",\"by\":")
      actsJSON(into: &w)
    } else if let by {
      w.raw(",\"by\":{\"field\":")
      w.string(by)
      w.raw(",\"groups\":{")
      for (i, g) in groups.enumerated() {
        if i > 0 { w.raw(",") }
        w.string(g.value)
        w.raw(":{")
        Self.write(g.report, into: &w)
        w.raw("}")
      }
      w.raw("}}")
    }
    if limit > 0 {
      w.raw(",\"errors\":")
      errorsJSON(into: &w)
    }
    w.raw("}\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// `--by act`: the gold quotes of each speech act, found and given their act, per threshold.
  func actsText() -> String {
    var out = Self.pad("by act", 16, left: true) + Self.pad("quotes", 7)
    out += report.coverage.map { Self.pad("R@\($0.threshold)", 8) + Self.pad("act@\($0.threshold)", 14) }.joined() + "\n"
    for (i, act) in (report.coverage.first?.acts ?? []).enumerated() {
      out += Self.pad(act.act, 16, left: true) + Self.pad("\(act.gold)", 7)
      for t in report.coverage {
        let a = t.acts[i]
        out += Self.pad(Self.fmt(a.recall), 8) + Self.pad("\(Self.fmt(a.accuracy.value))/\(a.found)", 14)
      }
      out += "\n"
    }
    if report.coverage.first?.acts.isEmpty ?? true { out += "(no gold quote has an act)\n" }
    return out
  }

  /// `--by act` as JSON: `{"field": "act", "groups": {act: {"n": …, "cover0.3": {recall, tp, act: {acc, correct, n}}}}}`.
  func actsJSON(into w: inout JSONWriter) {
    w.raw("{\"field\":\"act\",\"groups\":{")
    for (i, act) in (report.coverage.first?.acts ?? []).enumerated() {
      if i > 0 { w.raw(",") }
      w.string(act.act)
      w.raw(":{\"n\":")
      w.int(act.gold)
      for t in report.coverage {
        let a = t.acts[i]
        w.raw(",")
        w.string("cover\(t.threshold)")
        w.raw(":{")
        w.fields(["recall": Self.number(a.recall), "tp": "\(a.found)"])
        w.raw(",\"act\":{")
        w.fields(["acc": Self.number(a.accuracy.value), "correct": "\(a.correct)", "n": "\(a.found)"])
        w.raw("}}")
      }
      w.raw("}")
    }
    w.raw("}}")
  }

  /// The report's fields, without braces.
  static func write(_ r: EvaluationReport, into w: inout JSONWriter) {
    w.raw("\"n_gold_articles\":")
    w.int(r.goldArticles)
    w.raw(",\"n_pred_articles\":")
    w.int(r.predictedArticles)
    w.raw(",\"n_gold_quotes\":")
    w.int(r.goldQuotes)
    w.raw(",\"n_pred_quotes\":")
    w.int(r.predictedQuotes)
    for t in r.coverage {
      w.raw(",")
      w.string("cover\(t.threshold)")
      w.raw(":")
      write(t.quotes, into: &w)
      let accuracies = [
        ("speaker", t.speaker), ("name", t.name), ("cue", t.cue), ("kind", t.kind), ("target", t.target), ("act", t.act),
        ("audience", t.audience),
      ]
      for (key, a) in accuracies {
        w.raw(",")
        w.string(key)
        w.raw(":{")
        w.fields(["acc": number(a.value), "correct": "\(a.correct)", "n": "\(a.total)"])
        w.raw("}")
      }
      w.raw("}")
    }
    w.raw(",\"exact\":")
    write(r.exact, into: &w)
    w.raw("}")
  }

  /// A quote score as an object left open, so accuracies can follow.
  static func write(_ q: QuoteScore, into w: inout JSONWriter) {
    w.raw("{")
    w.fields([
      "p": number(q.precision), "r": number(q.recall), "f1": number(q.f1),
      "tp": "\(q.truePositives)", "fp": "\(q.falsePositives)", "fn": "\(q.falseNegatives)",
    ])
    w.raw(",\"recall_by_kind\":{")
    for (i, k) in q.recallByKind.enumerated() {
      if i > 0 { w.raw(",") }
      w.string(k.kind)
      w.raw(":{")
      w.fields(["recall": number(k.recall), "tp": "\(k.found)", "n": "\(k.total)"])
      w.raw("}")
    }
    w.raw("}")
  }

  /// A score as JSON: the number, or `null` when there was nothing to score.
  static func number(_ x: Double?) -> String { x.map { "\($0)" } ?? "null" }
}

extension JSONWriter {
  /// Writes `"key":value` pairs, comma-separated, for values already encoded as JSON.
  mutating func fields(_ list: KeyValuePairs<String, String>) {
    for (i, field) in list.enumerated() {
      if i > 0 { raw(",") }
      string(field.key)
      raw(":")
      raw(json: field.value)
    }
  }
}

