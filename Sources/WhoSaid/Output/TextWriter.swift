/// Writes attributions for people to read: one `Speaker (cue): “quote”` line each,
/// grouped under the article id, with optional ANSI colours. A belief or evidence names its class
/// after the cue: `Experts (believe, belief): “the dam will hold”`.
public enum TextWriter {
  /// Appends the article's lines to `w`: its id, a line per attribution, a blank line.
  ///
  /// - Parameters:
  ///   - id: The article id as text.
  ///   - colour: Whether to add ANSI colour codes (for a terminal).
  public static func writeArticle(id: String, attributions: [Attribution], minConfidence: Double, colour: Bool, into w: inout JSONWriter) {
    writeHeader(id: id, colour: colour, into: &w)
    writeLines(attributions, minConfidence: minConfidence, colour: colour, into: &w)
    w.raw("\n")
  }

  /// Appends the `== id` line that opens an article.
  public static func writeHeader(id: String, colour: Bool, into w: inout JSONWriter) {
    w.raw(json: colour ? "\u{1B}[1m== \(id)\u{1B}[0m\n" : "== \(id)\n")
  }

  /// Appends a `Speaker (cue): “quote”` line for each attribution at or above `minConfidence`
  /// (an article read in windows writes these window by window).
  public static func writeLines(_ attributions: [Attribution], minConfidence: Double, colour: Bool, into w: inout JSONWriter) {
    let cyan = colour ? "\u{1B}[36m" : ""
    let dim = colour ? "\u{1B}[2m" : ""
    let reset = colour ? "\u{1B}[0m" : ""
    var out = ""
    for a in attributions where a.confidence >= minConfidence {
      var who = a.speaker?.name ?? (a.speaker?.text.isEmpty == false ? a.speaker?.text : nil) ?? "?"
      if a.speaker?.resolution == .carried { who += " (continued)" }
      // A belief or evidence says so after its cue: `Experts (believe, belief)`.
      let cue = a.cue.map { " \(dim)(\($0.text)\($0.class == .speech ? "" : ", " + $0.class.rawValue))\(reset)" } ?? ""
      var text = a.text
      if a.kind != .direct { text = "“\(text)”" }
      text = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
      out += "\(cyan)\(who)\(reset)\(cue): \(text)\n"
    }
    w.raw(json: out)
  }
}
