import Foundation

/// A prediction file that cannot be scored, with the line at fault.
public struct PredictionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// What is wrong.
  public var message: String
  /// The message, with the line.
  public var description: String { "line \(line): \(message)" }
}

/// Predictions read from a file, keyed by article id.
public struct PredictionFile: Sendable {
  /// The predictions of each article that has a record.
  public var predictions: [String: [PredictedQuote]]
  /// How many `text` fields differ from the text at their offsets, by what they
  /// belong to (`quote`, `speaker`, `cue`); offsets are scored, texts are not.
  public var textMismatches: [String: Int]
}

/// Reads prediction files in the format `score.py` reads (one article per line:
/// `{"id", "quotes": [{"kind", "start", "end", "text", "speaker", "cue", "fragments", …}]}`),
/// which is also what `whosaid` writes with code point offsets.
///
/// It accepts and rejects what `score.py` does: an id not in the gold, a repeated id or
/// an offset outside the text is an error; an article without a record has no
/// predictions; fields it does not know are ignored. Besides the fields `score.py`
/// reads (a speaker's `antecedent`, `target`, `act`), it reads `audience` and `cue.class`.
/// One leniency: an offset written as a whole number with a fraction (`12.0`) is read
/// as the integer (`JSONDecoder` does not tell them apart), where `score.py` rejects it.
public enum PredictionReader {
  /// Parses a whole prediction file against the gold it predicts.
  ///
  /// - Throws: ``PredictionError``.
  public static func parse(_ data: Data, gold: [GoldArticle]) throws(PredictionError) -> PredictionFile {
    var texts: [String: [Unicode.Scalar]] = [:]
    for a in gold { texts[a.id] = Array(a.text.unicodeScalars) }
    var file = PredictionFile(predictions: [:], textMismatches: [:])
    var number = 0
    for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      do {
        let record = try JSONValue.decode(Data(line))
        guard case .string(let id) = record["id"], let text = texts[id] else {
          throw Failure("prediction for unknown article id \(record["id"].shown)")
        }
        guard file.predictions[id] == nil else { throw Failure("article id '\(id)' predicted twice") }
        var reading = ArticleReading(id: id, text: text)
        file.predictions[id] = try reading.quotes(record["quotes"])
        file.textMismatches.merge(reading.mismatches, uniquingKeysWith: +)
      } catch {
        throw PredictionError(line: number, message: error.message)
      }
    }
    return file
  }

  struct Failure: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  /// The quotes of one article record.
  struct ArticleReading {
    var id: String
    var text: [Unicode.Scalar]
    var mismatches: [String: Int] = [:]

    mutating func quotes(_ value: JSONValue) throws(Failure) -> [PredictedQuote] {
      // As `d.get('quotes') or []`: a missing or empty value is no quotes.
      let list: [JSONValue]
      switch value {
      case .array(let a): list = a
      case _ where value.isFalsy: list = []
      default: throw Failure("\(id): \"quotes\" must be a list")
      }
      var out: [PredictedQuote] = []
      for (k, q) in list.enumerated() { out.append(try quote(q, where: "\(id) quote \(k)")) }
      return out
    }

    mutating func quote(_ q: JSONValue, where w: String) throws(Failure) -> PredictedQuote {
      guard let content = try span(q, w) else { throw Failure("\(w): bad offsets") }
      check(q["text"], content, "quote")
      var p = PredictedQuote(kind: q["kind"].string ?? "", content: content)
      if case .array(let fragments) = q["fragments"], fragments.count >= 2 {
        for f in fragments {
          guard let r = try span(f, w + " fragment") else { throw Failure("\(w) fragment: bad offsets") }
          p.fragments.append(r)
        }
      }
      let speaker = q["speaker"]
      if speaker != .null {
        guard case .object = speaker else { throw Failure("\(w): speaker must be an object or null") }
        p.speaker = try span(speaker, w + " speaker", allowNull: true)
        switch speaker["name"] {
        case .null: break
        case .string(let name): p.speakerName = name
        default: throw Failure("\(w): speaker name must be a string or null")
        }
        if let r = p.speaker { check(speaker["text"], r, "speaker") }
        if case .object = speaker["antecedent"] { p.speakerAntecedent = try span(speaker["antecedent"], w + " speaker antecedent", allowNull: true) }
      }
      if case .object = q["target"] {
        p.target = PredictedTarget(span: try span(q["target"], w + " target", allowNull: true), name: q["target"]["name"].string)
      }
      let cue = q["cue"]
      if cue != .null {
        guard let r = try span(cue, w + " cue") else { throw Failure("\(w) cue: bad offsets") }
        p.cue = r
        check(cue["text"], r, "cue")
        p.cueClass = cue["class"].string
      }
      p.act = q["act"].string
      if case .object = q["audience"] { p.audience = try span(q["audience"], w + " audience", allowNull: true) }
      return p
    }

    /// `{start, end}` checked against the text: nil when both are null and that is allowed.
    func span(_ v: JSONValue, _ w: String, allowNull: Bool = false) throws(Failure) -> Range<Int>? {
      guard case .object = v else { throw Failure("\(w): span must be an object, got \(v.shown)") }
      let (s, e) = (v["start"], v["end"])
      if allowNull && s == .null && e == .null { return nil }
      guard let a = s.int, let b = e.int, 0 <= a, a <= b, b <= text.count else {
        throw Failure("\(w): bad offsets start=\(s.shown) end=\(e.shown) (text length \(text.count))")
      }
      return a..<b
    }

    /// Counts a `text` field that differs, code point by code point, from the text at its offsets.
    mutating func check(_ given: JSONValue, _ r: Range<Int>, _ what: String) {
      guard case .string(let s) = given, !s.unicodeScalars.elementsEqual(text[r]) else { return }
      mismatches[what, default: 0] += 1
    }
  }
}

extension Error {
  fileprivate var message: String { (self as? PredictionReader.Failure)?.message ?? "\(self)" }
}
