/// Writes ``QuoteGroup``s: one JSON line each (the format of `docs/group.schema.json`),
/// or a block of text for people.
public enum GroupWriter {
  /// Appends one group as a JSON object and a newline:
  /// `{"key", "text", "words", "articles", "conflict", "speakers": [{"name", "count",
  /// "aliases"?}], "occurrences": [{"id", "start", "end", "kind", "text", "speaker":
  /// {"name"} | null, "cue": {"lemma"} | null}]}`.
  public static func writeJSON(_ g: QuoteGroup, into w: inout JSONWriter) {
    w.raw("{\"key\":")
    w.string(hex(g.key))
    w.raw(",\"text\":")
    w.string(g.text)
    w.raw(",\"words\":")
    w.int(g.words)
    w.raw(",\"articles\":")
    w.int(g.articles)
    w.raw(g.conflict ? ",\"conflict\":true" : ",\"conflict\":false")
    w.raw(",\"speakers\":[")
    for (i, s) in g.speakers.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"name\":")
      optional(s.name, &w)
      w.raw(",\"count\":")
      w.int(s.count)
      if !s.aliases.isEmpty {
        w.raw(",\"aliases\":[")
        for (k, a) in s.aliases.enumerated() {
          if k > 0 { w.raw(",") }
          w.string(a)
        }
        w.raw("]")
      }
      w.raw("}")
    }
    w.raw("],\"occurrences\":[")
    for (i, o) in g.occurrences.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"id\":")
      w.raw(o.id)
      w.raw(",\"start\":")
      optional(o.start, &w)
      w.raw(",\"end\":")
      optional(o.end, &w)
      w.raw(",\"kind\":")
      w.string(o.kind.rawValue)
      w.raw(",\"text\":")
      w.string(o.text)
      w.raw(",\"speaker\":")
      if o.hasSpeaker {
        w.raw("{\"name\":")
        optional(o.speakerName, &w)
        w.raw("}")
      } else {
        w.raw("null")
      }
      w.raw(",\"cue\":")
      if o.hasCue {
        w.raw("{\"lemma\":")
        optional(o.cueLemma, &w)
        w.raw("}")
      } else {
        w.raw("null")
      }
      w.raw("}")
    }
    w.raw("]}\n")
  }

  /// Appends one group for people to read: the longest form, the articles, the
  /// speakers (a conflict marked), then one line per occurrence.
  ///
  /// ```
  /// “We will not give up on the people of this city,” — 3 articles, conflict
  ///   speakers: Joe Smith ×2 (also Smith) · Ann Lee ×1
  ///   a1 417–470  Joe Smith (say)
  ///   a7 12–60    Ann Lee (say)  ← we will not give up on the people of the city
  /// ```
  public static func writeText(_ g: QuoteGroup, colour: Bool, into w: inout JSONWriter) {
    let bold = colour ? "\u{1B}[1m" : ""
    let red = colour ? "\u{1B}[31m" : ""
    let cyan = colour ? "\u{1B}[36m" : ""
    let dim = colour ? "\u{1B}[2m" : ""
    let reset = colour ? "\u{1B}[0m" : ""
    var out = "\(bold)\(oneLine(g.text))\(reset) \(dim)— \(g.articles) articles\(reset)"
    if g.conflict { out += ", \(red)conflict\(reset)" }
    out += "\n  speakers: "
    out += g.speakers.map { s in
      let also = s.aliases.isEmpty ? "" : " (also \(s.aliases.joined(separator: ", ")))"
      return "\(s.name ?? "?") ×\(s.count)\(also)"
    }.joined(separator: " · ")
    out += "\n"
    let longest = QuoteWords(g.text).hashes
    for o in g.occurrences {
      var id = String(decoding: o.id, as: UTF8.self)
      if id.count >= 2, id.hasPrefix("\""), id.hasSuffix("\""), !id.contains("\\") { id = String(id.dropFirst().dropLast()) }
      let at = "\(o.start.map(String.init) ?? "?")–\(o.end.map(String.init) ?? "?")"
      let who = o.hasSpeaker ? (o.speakerName ?? "?") : "?"
      let cue = o.cueLemma.map { " \(dim)(\($0))\(reset)" } ?? ""
      let form = QuoteWords(o.text).hashes == longest ? "" : "  \(dim)←\(reset) \(oneLine(o.text))"
      out += "  \(id) \(at)  \(cyan)\(who)\(reset)\(cue)\(form)\n"
    }
    out += "\n"
    w.raw(json: out)
  }

  static func oneLine(_ s: String) -> String {
    s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
  }

  static func optional(_ s: String?, _ w: inout JSONWriter) {
    if let s { w.string(s) } else { w.raw("null") }
  }

  static func optional(_ v: Int?, _ w: inout JSONWriter) {
    if let v { w.int(v) } else { w.raw("null") }
  }

  /// 16 lowercase hex digits.
  static func hex(_ v: UInt64) -> String {
    let s = String(v, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
  }
}
