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
  /// Who the claim is against or about (`target`), when annotated.
  public var target: Range<Int>?
  /// The target, resolved (`target_name`).
  public var targetName: String?
  /// The speech act (`accusation`, `denial`, …), when annotated.
  public var act: String?
  /// Who the words were said to, when annotated.
  public var audience: Range<Int>?
  /// The gold's `class`: `speech`, `belief` or `evidence`; nil (not annotated) counts as speech.
  public var statementClass: String?

  /// Creates a gold quote from code point spans.
  public init(
    kind: String, content: Range<Int>, cue: Range<Int>? = nil, speaker: Range<Int>? = nil, speakerName: String? = nil,
    target: Range<Int>? = nil, targetName: String? = nil, act: String? = nil, audience: Range<Int>? = nil,
    statementClass: String? = nil
  ) {
    self.kind = kind
    self.content = content
    self.cue = cue
    self.speaker = speaker
    self.speakerName = speakerName
    self.target = target
    self.targetName = targetName
    self.act = act
    self.audience = audience
    self.statementClass = statementClass
  }
}

/// One article of a gold file: `{"id", "source", "text", "quotes": […]}`.
public struct GoldArticle: Sendable, Hashable {
  /// The article id, unique in the file.
  public var id: String
  /// The article text, which the offsets index by code point.
  public var text: String
  /// The annotated statements.
  public var quotes: [GoldQuote]
  /// The record's top-level string fields other than `text` (`id`, `source`, …),
  /// for breaking figures down.
  public var fields: [String: String]

  /// Creates a gold article.
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
  /// What is wrong.
  public var message: String
  /// The message, with the line when known.
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
    let record: Record
    do {
      record = try JSONDecoder().decode(Record.self, from: line)
    } catch let DecodingError.dataCorrupted(c) {
      throw GoldError(line: number, message: "bad JSON: \(c.debugDescription)")
    } catch let DecodingError.keyNotFound(key, c) {
      throw GoldError(line: number, message: "\(path(c.codingPath + [key])): missing")
    } catch let DecodingError.typeMismatch(_, c) {
      throw GoldError(line: number, message: "\(path(c.codingPath)): \(c.debugDescription)")
    } catch let DecodingError.valueNotFound(_, c) {
      throw GoldError(line: number, message: "\(path(c.codingPath)): unexpected null")
    } catch {
      throw GoldError(line: number, message: "\(error)")
    }
    let n = record.text.unicodeScalars.count
    var quotes: [GoldQuote] = []
    for (k, q) in record.quotes.enumerated() {
      let spans = [("content", q.content), ("cue", q.cue), ("speaker", q.speaker), ("target", q.target), ("audience", q.audience)]
      for (what, span) in spans {
        guard let span, !(0 <= span.start && span.start <= span.end && span.end <= n) else { continue }
        throw GoldError(line: number, message: "quote \(k) \(what): bad offsets \(span.start)..<\(span.end) (text length \(n))")
      }
      quotes.append(
        GoldQuote(
          kind: q.kind, content: q.content.range, cue: q.cue?.range, speaker: q.speaker?.range, speakerName: q.speakerName,
          target: q.target?.range, targetName: q.targetName, act: q.act, audience: q.audience?.range,
          statementClass: q.statementClass))
    }
    return GoldArticle(id: record.id, text: record.text, quotes: quotes, fields: record.fields)
  }

  static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
  }

  /// The JSON shape of a gold record. (`JSONDecoder`, not `JSONSerialization`,
  /// which drops a U+FEFF at the start of a string or after an escape on Linux.)
  struct Record: Decodable {
    struct Span: Decodable {
      var start: Int
      var end: Int
      var range: Range<Int> { start..<max(start, end) }
    }
    struct Quote: Decodable {
      var kind: String
      var content: Span
      var cue: Span?
      var speaker: Span?
      var speakerName: String?
      var target: Span?
      var targetName: String?
      var act: String?
      var audience: Span?
      var statementClass: String?
      enum CodingKeys: String, CodingKey {
        case kind, content, cue, speaker, target, act, audience
        case speakerName = "speaker_name"
        case targetName = "target_name"
        case statementClass = "class"
      }
    }
    struct Key: CodingKey {
      var stringValue: String
      var intValue: Int? { nil }
      init(stringValue: String) { self.stringValue = stringValue }
      init?(intValue: Int) { nil }
    }
    var id: String
    var text: String
    var quotes: [Quote]
    var fields: [String: String] = [:]

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Key.self)
      id = try c.decode(String.self, forKey: Key(stringValue: "id"))
      text = try c.decode(String.self, forKey: Key(stringValue: "text"))
      quotes = try c.decode([Quote].self, forKey: Key(stringValue: "quotes"))
      for key in c.allKeys where key.stringValue != "text" {
        if let s = try? c.decode(String.self, forKey: key) { fields[key.stringValue] = s }
      }
    }
  }
}
