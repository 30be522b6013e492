/// Writes attributions for people to read, grouped under the article id, with optional ANSI
/// colours. Each line starts with the attribution's kind and confidence, so that verbatim words
/// and paraphrase can never be taken for each other:
///
/// ```
/// == a1
/// direct   0.95  Ana Ruiz (said): "We will appeal,"
/// mixed    0.85  Ana Ruiz (said) ≈ the ruling was "a scandal"
/// indirect 0.75  Experts (believe, belief) ≈ the dam will hold
/// ```
///
/// A direct quote follows a colon with its own marks, as printed; a mixed or indirect one follows
/// `≈` with no marks added (a mixed one keeps the marks of its quoted words). A claim's target
/// follows its cue after an arrow (`Russia (accused → Baku)`); a belief or evidence names its class
/// after the cue.
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

  /// Appends the `== id` line that opens an article; `fields` (kept input fields, as
  /// `name: value`) follow the id on that line.
  public static func writeHeader(id: String, fields: [String] = [], colour: Bool, into w: inout JSONWriter) {
    let tail = fields.isEmpty ? "" : "  " + fields.joined(separator: " · ")
    w.raw(json: colour ? "\u{1B}[1m== \(id)\u{1B}[0m\(tail)\n" : "== \(id)\(tail)\n")
  }

  /// Appends a line for each attribution at or above `minConfidence` (an article read in
  /// windows writes these window by window).
  public static func writeLines(_ attributions: [Attribution], minConfidence: Double, colour: Bool, into w: inout JSONWriter) {
    var out = ""
    for a in attributions where a.confidence >= minConfidence {
      out += line(a, colour: colour)
      out += "\n"
    }
    w.raw(json: out)
  }

  /// One attribution's line, without its line break:
  /// `indirect 0.75  Russia (accused → Baku) ≈ of violating the ceasefire`.
  public static func line(_ a: Attribution, colour: Bool) -> String {
    let cyan = colour ? "\u{1B}[36m" : ""
    let dim = colour ? "\u{1B}[2m" : ""
    let reset = colour ? "\u{1B}[0m" : ""
    // Verbatim words stand out in bold green, paraphrase in yellow.
    let kindColour = colour ? (a.kind == .direct ? "\u{1B}[1;32m" : "\u{1B}[33m") : ""
    var who = a.speaker?.name ?? (a.speaker?.text.isEmpty == false ? a.speaker?.text : nil) ?? "?"
    if a.speaker?.resolution == .carried { who += " (continued)" }
    // A target follows its cue (`Russia (accused → Baku)`); a belief or evidence says so after
    // them (`Experts (believe, belief)`).
    let target = a.target.map { " → " + ($0.name ?? $0.text) } ?? ""
    let cue = a.cue.map { " \(dim)(\($0.text)\(target)\($0.class == .speech ? "" : ", " + $0.class.rawValue))\(reset)" } ?? ""
    let text = a.text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    let kind = a.kind.rawValue.padding(to: 8)
    let lead = "\(kindColour)\(kind)\(reset) \(dim)\(confidence(a.confidence))\(reset)  "
    return lead + "\(cyan)\(who)\(reset)\(cue)" + (a.kind == .direct ? ": " : " ≈ ") + text
  }

  /// A confidence with two decimals (`0.75`, `1.00`).
  static func confidence(_ c: Double) -> String {
    let hundredths = Int((max(0, min(1, c)) * 100).rounded())
    let frac = hundredths % 100
    return "\(hundredths / 100).\(frac < 10 ? "0" : "")\(frac)"
  }
}

extension String {
  /// The string with spaces added up to `width` characters (as it is when longer).
  func padding(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
