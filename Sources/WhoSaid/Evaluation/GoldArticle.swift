import Foundation

/// One annotated statement of a gold article. Offsets are Unicode code point
/// indices into the article text (Python `str` indices), end exclusive.
public struct GoldQuote: Sendable, Hashable {
  /// `direct`, `mixed` or `indirect` (other values are kept as they are).
  public var kind: String
  /// What was said.
  public var content: Range<Int>
  /// The reporting verb or phrase, when annotated.
  public var cue: Range<Int>?
  /// The speaker phrase, when annotated.
  public var speaker: Range<Int>?
  /// Who said it, resolved; nil when not annotated.
  public var speakerName: String?

  public init(kind: String, content: Range<Int>, cue: Range<Int>? = nil, speaker: Range<Int>? = nil, speakerName: String? = nil) {
    self.kind = kind
    self.content = content
    self.cue = cue
    self.speaker = speaker
    self.speakerName = speakerName
  }
}

/// One article of a gold file: `{"id", "source", "text", "quotes": […]}`.
public struct GoldArticle: Sendable, Hashable {
  public var id: String
  public var text: String
  public var quotes: [GoldQuote]
  /// The record's top-level string fields other than `text` (`id`, `source`, …),
  /// for breaking figures down.
  public var fields: [String: String]

  public init(id: String, text: String, quotes: [GoldQuote], fields: [String: String] = [:]) {
    self.id = id
    self.text = text
    self.quotes = quotes
    self.fields = fields
  }
}

/// A gold file that cannot be used, with the line at fault.
public struct GoldError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number (0 for the whole file).
  public var line: Int
  public var message: String
  public var description: String { line > 0 ? "line \(line): \(message)" : message }
}

/// Reads gold files: JSON Lines, one article per line (the format of `score.py`).
public enum GoldReader {
  /// Parses a whole gold file; blank lines are skipped.
  ///
  /// - Throws: ``GoldError`` for bad JSON, missing or mistyped fields, offsets
  ///   outside the text, or a repeated id.
  public static func parse(_ data: Data) throws(GoldError) -> [GoldArticle] {
    var out: [GoldArticle] = []
    var seen: Set<String> = []
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      let article = try parse(line: Data(line), number: number)
      guard seen.insert(article.id).inserted else {
        throw GoldError(line: number, message: "gold id '\(article.id)' repeated")
      }
      out.append(article)
    }
    return out
  }

  static func parse(line: Data, number: Int) throws(GoldError) -> GoldArticle {
    func fail(_ m: String) -> GoldError { GoldError(line: number, message: m) }
    guard let object = try? JSONSerialization.jsonObject(with: line), let record = object as? [String: Any] else {
      throw fail("not a JSON object")
    }
    guard let id = record["id"] as? String else { throw fail("no string field 'id'") }
    guard let text = record["text"] as? String else { throw fail("no string field 'text'") }
    guard let quotes = record["quotes"] as? [Any] else { throw fail("no list field 'quotes'") }
    let n = text.unicodeScalars.count
    func span(_ value: Any?, _ what: String, optional: Bool) throws(GoldError) -> Range<Int>? {
      if optional && (value == nil || value is NSNull) { return nil }
      guard let o = value as? [String: Any], let s = o["start"] as? Int, let e = o["end"] as? Int else {
        throw fail("\(what) must be {\"start\": int, \"end\": int}")
      }
      guard 0 <= s && s <= e && e <= n else { throw fail("\(what): bad offsets \(s)..<\(e) (text length \(n))") }
      return s..<e
    }
    var gold: [GoldQuote] = []
    for (k, item) in quotes.enumerated() {
      let what = "quote \(k)"
      guard let q = item as? [String: Any], let kind = q["kind"] as? String else { throw fail("\(what): no string 'kind'") }
      let name = q["speaker_name"]
      guard name == nil || name is NSNull || name is String else { throw fail("\(what): speaker_name must be a string or null") }
      gold.append(
        GoldQuote(
          kind: kind, content: try span(q["content"], what + " content", optional: false)!,
          cue: try span(q["cue"], what + " cue", optional: true),
          speaker: try span(q["speaker"], what + " speaker", optional: true), speakerName: name as? String))
    }
    var fields: [String: String] = [:]
    for (key, value) in record where key != "text" {
      if let s = value as? String { fields[key] = s }
    }
    return GoldArticle(id: id, text: text, quotes: gold, fields: fields)
  }
}
