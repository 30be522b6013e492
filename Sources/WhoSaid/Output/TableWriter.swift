/// Writes attributions as a table for spreadsheets and newsroom tools: CSV (RFC 4180) or TSV, a
/// header row, then one row per attribution.
///
/// ```
/// id,index,paragraph,sentence,kind,confidence,speaker,speaker_kind,resolution,speaker_text,cue,…
/// a1,0,0,0,direct,0.95,Ana Ruiz,person,explicit,Ana Ruiz,said,say,speech,"""We will appeal,""",0,17,en
/// ```
///
/// A cell holding the separator, a double quote or a line break is put in double quotes, its
/// quotes doubled (RFC 4180; for TSV, the same with tabs: what Python's `excel-tab` dialect reads),
/// so a quote's text keeps its commas, marks and line breaks. CSV rows end with CRLF as RFC 4180
/// says, TSV rows with LF. Kept input fields (`--keep`) are the last columns, named by their paths.
/// An article with no attribution gets one row with an empty index, so that every article has one.
public struct TableWriter: Sendable {
  /// `,` or a tab.
  public let separator: Character
  /// CRLF for CSV, LF for TSV.
  public let lineEnd: String
  /// Whether there is a `context` column (`--context`).
  public let context: Bool
  /// The paths of the kept fields, one column each.
  public let kept: [String]

  /// A writer of CSV (`tabs` false) or TSV.
  public init(tabs: Bool, context: Bool = false, kept: [String] = []) {
    separator = tabs ? "\t" : ","
    lineEnd = tabs ? "\n" : "\r\n"
    self.context = context
    self.kept = kept
  }

  /// The columns that open each row; a record assembled window by window gets them last.
  public static let leading = ["id", "index", "paragraph", "sentence"]
  /// The columns of an attribution after the leading ones.
  public static let quoteColumns = [
    "kind", "confidence", "speaker", "speaker_kind", "resolution", "speaker_text", "cue", "cue_lemma", "cue_class",
    "text", "start", "end", "lang", "act", "target", "target_kind", "audience", "speaker_title",
  ]

  /// The header row, with its line end.
  public var header: String {
    row(Self.leading + Self.quoteColumns + (context ? ["context"] : []) + kept)
  }

  /// Writes an article's rows: one per attribution at or above the confidence floor, or one with
  /// an empty index when there is none.
  ///
  /// - Parameters:
  ///   - id: The article id as text (a JSON string decoded, a number as written).
  ///   - text: The article's UTF-8 bytes (the offsets' reference).
  public func writeArticle(
    id: String, lang: String, kept fields: KeptFields?, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution],
    options: RecordOptions, into w: inout JSONWriter
  ) {
    let rows = tails(lang: lang, kept: fields, text: text, attributions: attributions, options: options, base: 0)
    if rows.isEmpty {
      w.raw(json: lead(id: id, index: nil, paragraph: nil, sentence: nil) + emptyTail(lang: lang, kept: fields))
      return
    }
    for (i, r) in rows.enumerated() {
      w.raw(json: lead(id: id, index: i, paragraph: r.paragraph, sentence: r.sentence) + r.cells)
    }
  }

  /// The cells after the leading ones of each attribution kept, each with its line end and the
  /// attribution's paragraph and sentence (for the leading cells).
  ///
  /// - Parameter base: Where the text starts in the article, in `options.offsets` units (a window's start).
  public func tails(
    lang: String, kept fields: KeptFields?, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution],
    options: RecordOptions, base: Int
  ) -> [(cells: String, paragraph: Int, sentence: Int)] {
    let found = RecordWriter.kept(attributions, options)
    var map = OffsetConverter.map(text, offsets: RecordWriter.offsets(of: found), unit: options.offsets)
    map.base = base
    let keptCells = fields?.texts.map { $0 ?? "" } ?? Array(repeating: "", count: kept.count)
    return found.map { a in
      let s = a.speaker
      var cells = [
        a.kind.rawValue, formatConfidence(a.confidence), s?.name ?? "", s?.kind.rawValue ?? "",
        s?.resolution.rawValue ?? "", s?.text ?? "", a.cue?.text ?? "", a.cue?.lemma ?? "", a.cue?.class.rawValue ?? "",
        Self.slice(a.content, text), String(map[a.content.start]), String(map[a.content.end]), lang,
        a.act.rawValue, a.target?.name ?? "", a.target?.kind.rawValue ?? "", a.audience?.name ?? "", s?.title ?? "",
      ]
      if context { cells.append(a.context.map { Self.slice($0, text) } ?? "") }
      cells += keptCells
      return (row(cells), a.paragraph, a.sentence)
    }
  }

  /// The cells after the leading ones of an article with no attribution: its lang and kept fields.
  public func emptyTail(lang: String, kept fields: KeptFields?) -> String {
    var cells = Self.quoteColumns.map { $0 == "lang" ? lang : "" }
    if context { cells.append("") }
    cells += fields?.texts.map { $0 ?? "" } ?? Array(repeating: "", count: kept.count)
    return row(cells)
  }

  /// The leading cells, each followed by the separator: `id,index,paragraph,sentence,`.
  public func lead(id: String, index: Int?, paragraph: Int?, sentence: Int?) -> String {
    let numbers: [Int?] = [index, paragraph, sentence]
    var out = cell(id) + String(separator)
    for n in numbers { out += (n.map { String($0) } ?? "") + String(separator) }
    return out
  }

  /// `cells` escaped and joined, with the line end.
  func row(_ cells: [String]) -> String {
    cells.map(cell).joined(separator: String(separator)) + lineEnd
  }

  /// One cell: in double quotes, its quotes doubled, when it holds the separator, a quote or a
  /// line break.
  public func cell(_ s: String) -> String {
    let special = s.unicodeScalars.contains { $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == separator }
    return special ? "\"" + s.replacingQuotes() + "\"" : s
  }

  /// The text of a span of `text` (U+FFFD for invalid UTF-8; empty when out of bounds).
  static func slice(_ s: TextSpan, _ text: UnsafeBufferPointer<UInt8>) -> String {
    guard s.start >= 0, s.end <= text.count, s.start <= s.end else { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: text[s.start..<s.end]), as: UTF8.self)
  }
}

extension String {
  /// The string with each `"` doubled.
  fileprivate func replacingQuotes() -> String {
    var out = ""
    out.reserveCapacity(utf8.count + 2)
    for ch in unicodeScalars {
      if ch == "\"" { out.unicodeScalars.append("\"") }
      out.unicodeScalars.append(ch)
    }
    return out
  }
}
