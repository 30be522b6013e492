import WhoSaid

/// `--show-errors`: misses and false alarms in context.
extension EvalView {
  /// The mistakes to show: per side and kind, the first `limit`, with the group sizes.
  func shownMistakes() -> [(side: Mistake.Side, kind: String, total: Int, shown: [Mistake])] {
    var out: [(side: Mistake.Side, kind: String, total: Int, shown: [Mistake])] = []
    for side in [Mistake.Side.miss, .falseAlarm, .boundary] {
      let all = mistakes.filter { $0.side == side }
      var kinds = Scorer.kinds
      for m in all where !kinds.contains(m.kind) { kinds.append(m.kind) }
      for kind in kinds {
        let group = all.filter { $0.kind == kind }
        if !group.isEmpty { out.append((side, kind, group.count, Array(group.prefix(limit)))) }
      }
    }
    return out
  }

  func errorsText() -> String {
    var out = "errors at cover>=\(threshold): the first \(limit) of each kind; gold ⟦…⟧, predicted ⟨…⟩\n"
    let groups = shownMistakes()
    if groups.isEmpty { out += "(none: every gold quote found, every prediction matched, every found span exact)\n" }
    for g in groups {
      out += "\n\(Self.title(g.side)) — \(g.kind) (\(g.shown.count) of \(g.total))\n"
      for m in g.shown {
        let a = gold[m.article]
        out += "  [\(a.id)] \(context(m))\n"
        let goldQuote = m.gold.map { a.quotes[$0] }
        let pred = m.predicted.map { predictions[a.id]![$0] }
        var who = "      gold: " + (goldQuote.map { "\($0.kind), speaker \(speakerText(a, $0.speaker, $0.speakerName))" } ?? "none")
        who += "  |  pred: " + (pred.map { "\($0.kind), speaker \(speakerText(a, $0.speaker, $0.speakerName))" } ?? "none")
        out += who + "\n"
      }
    }
    return out
  }

  static func title(_ side: Mistake.Side) -> String {
    switch side {
    case .miss: return "MISSES"
    case .falseAlarm: return "FALSE ALARMS"
    case .boundary: return "BOUNDARIES (found, other span)"
    }
  }

  static func key(_ side: Mistake.Side) -> String {
    switch side {
    case .miss: return "misses"
    case .falseAlarm: return "false_alarms"
    case .boundary: return "boundaries"
    }
  }

  func errorsJSON(into w: inout JSONWriter) {
    w.raw("{\"threshold\":")
    w.raw(json: "\(threshold)")
    var side: Mistake.Side?
    for g in shownMistakes() {
      if g.side != side {
        w.raw(side == nil ? "," : "},")
        w.string(Self.key(g.side))
        w.raw(":{")
        side = g.side
      } else {
        w.raw(",")
      }
      w.string(g.kind)
      w.raw(":{\"total\":")
      w.int(g.total)
      w.raw(",\"shown\":[")
      for (i, m) in g.shown.enumerated() {
        if i > 0 { w.raw(",") }
        let a = gold[m.article]
        w.raw("{\"id\":")
        w.string(a.id)
        w.raw(",\"context\":")
        w.string(context(m))
        w.raw(",\"gold\":")
        if let gi = m.gold {
          let q = a.quotes[gi]
          quote(a, q.kind, q.content, q.speaker, q.speakerName, into: &w)
        } else {
          w.raw("null")
        }
        w.raw(",\"pred\":")
        if let pi = m.predicted {
          let p = predictions[a.id]![pi]
          quote(a, p.kind, m.predictedSpan ?? p.content, p.speaker, p.speakerName, into: &w)
        } else {
          w.raw("null")
        }
        w.raw("}")
      }
      w.raw("]}")
    }
    w.raw(side == nil ? "}" : "}}")
  }

  func quote(_ a: GoldArticle, _ kind: String, _ span: Range<Int>, _ speaker: Range<Int>?, _ name: String?, into w: inout JSONWriter) {
    w.raw("{\"kind\":")
    w.string(kind)
    w.raw(json: ",\"start\":\(span.lowerBound),\"end\":\(span.upperBound),\"text\":")
    w.string(Self.slice(a.text, span))
    w.raw(",\"speaker\":")
    if let speaker { w.string(Self.slice(a.text, speaker)) } else { w.raw("null") }
    w.raw(",\"speaker_name\":")
    if let name { w.string(name) } else { w.raw("null") }
    w.raw("}")
  }

  static func slice(_ text: String, _ r: Range<Int>) -> String {
    let u = text.unicodeScalars
    let start = u.index(u.startIndex, offsetBy: r.lowerBound)
    return String(u[start..<u.index(start, offsetBy: r.count)])
  }

  func speakerText(_ a: GoldArticle, _ span: Range<Int>?, _ name: String?) -> String {
    let phrase = span.map { "\"\(Self.slice(a.text, $0))\"" }
    switch (phrase, name) {
    case (nil, nil): return "—"
    case (let p?, nil): return p
    case (nil, let n?): return "→ \(n)"
    case (let p?, let n?): return "\(p) → \(n)"
    }
  }

  /// The sentence(s) around the mistake, with the gold span in ⟦ ⟧ and the predicted one in ⟨ ⟩.
  func context(_ m: Mistake) -> String {
    let a = gold[m.article]
    let text = Array(a.text.unicodeScalars)
    var marks: [(at: Int, order: Int, mark: String)] = []
    if let gi = m.gold {
      let r = a.quotes[gi].content
      marks += [(r.lowerBound, 2, "⟦"), (r.upperBound, 1, "⟧")]
    }
    if let r = m.predictedSpan {
      marks += [(r.lowerBound, 3, "⟨"), (r.upperBound, 0, "⟩")]
    }
    marks.sort { ($0.at, $0.order) < ($1.at, $1.order) }
    let lo = marks.map(\.at).min() ?? 0
    let hi = marks.map(\.at).max() ?? 0
    var start = lo
    while start > 0 && lo - start < 160 && !Self.endsSentence(text, start - 1) { start -= 1 }
    var end = hi
    while end < text.count && end - hi < 160 && !Self.endsSentence(text, end - 1) { end += 1 }
    var out = start > 0 && !Self.endsSentence(text, start - 1) ? "…" : ""
    var next = 0
    for i in start...end {
      while next < marks.count && marks[next].at == i {
        out += marks[next].mark
        next += 1
      }
      if i < end { out.unicodeScalars.append(text[i] == "\n" ? "¶" : text[i]) }
    }
    if end < text.count && !Self.endsSentence(text, end - 1) { out += "…" }
    return out.trimmingSpaces()
  }

  /// Whether a sentence ends after scalar `i` (a line break, or . ! ? before a space).
  static func endsSentence(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
    guard i >= 0 && i < t.count else { return true }
    if t[i] == "\n" { return true }
    guard ".!?".unicodeScalars.contains(t[i]) || (i > 0 && "\"”’".unicodeScalars.contains(t[i]) && ".!?".unicodeScalars.contains(t[i - 1])) else { return false }
    return i + 1 >= t.count || t[i + 1] == " " || t[i + 1] == "\n"
  }
}

extension String {
  func trimmingSpaces() -> String {
    var s = Substring(self)
    while s.first == " " || s.first == "¶" { s.removeFirst() }
    while s.last == " " || s.last == "¶" { s.removeLast() }
    return String(s)
  }
}
