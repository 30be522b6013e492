/// Fields of an input line copied into its output (`whosaid --keep url,meta.date`): each dotted
/// path as asked for, and its value as read, or nil when the line has no such field.
///
/// In a record they are one object, keyed by the paths as given, so that they never meet the
/// record's own fields: `"kept":{"url":"https://…","meta.date":"2024-05-01","source":null}`.
public struct KeptFields: Sendable {
  /// The dotted paths, in the order asked for.
  public var paths: [String]
  /// Each path's value: a string decoded, any other JSON value as its bytes, nil when absent.
  public var values: [JSONFieldReader.Value?]

  /// Fields `paths` with their `values` (as many as paths; missing ones are nil).
  public init(paths: [String], values: [JSONFieldReader.Value?]) {
    self.paths = paths
    self.values = values + Array(repeating: nil, count: max(0, paths.count - values.count))
  }

  /// Each field as text, for tables and people: a string as it is, any other value as its JSON,
  /// nil when absent (a JSON `null` is nil too).
  public var texts: [String?] {
    values.map { v in
      switch v {
      case .string(let b)?: return String(decoding: b, as: UTF8.self)
      case .raw(let b)?: return b == Array("null".utf8) ? nil : String(decoding: b, as: UTF8.self)
      case nil: return nil
      }
    }
  }

  /// Writes `,"kept":{…}` (a missing field is `null`).
  public func write(into w: inout JSONWriter) {
    w.raw(",\"kept\":{")
    for (i, path) in paths.enumerated() {
      if i > 0 { w.raw(",") }
      w.string(path)
      w.raw(":")
      switch values[i] {
      case .string(let b)?: b.withUnsafeBufferPointer { w.string($0) }
      case .raw(let b)?: w.raw(b)
      case nil: w.raw("null")
      }
    }
    w.raw("}")
  }
}

extension RecordWriter {
  /// Writes `,"paragraph":P,"sentence":S`, the last fields of a quote object.
  public static func writePlace(paragraph: Int, sentence: Int, into w: inout JSONWriter) {
    w.raw(",\"paragraph\":")
    w.int(paragraph)
    w.raw(",\"sentence\":")
    w.int(sentence)
  }

  /// Writes the `--per-quote` line of an article with no attribution:
  /// `{"id", "index": null, "lang", "kept"?}` and a newline.
  public static func writeNoQuoteLine(id: [UInt8], lang: String?, kept: KeptFields?, into w: inout JSONWriter) {
    writeHead(id: id, perQuote: true, lang: lang, kept: kept, into: &w)
    w.raw("}\n")
  }

  /// The start every record shares: `{"id":…`, then `,"index":…` on a `--per-quote` line
  /// (`null` for an article with no attribution), `,"lang":…` when it is known, and the kept
  /// fields.
  ///
  /// - Parameters:
  ///   - id: The article id, already encoded as a JSON value.
  ///   - perQuote: Whether the line is one of `--per-quote`'s (it has an index).
  ///   - index: The attribution's index on such a line; nil for an article with none.
  public static func writeHead(id: [UInt8], perQuote: Bool, index: Int? = nil, lang: String?, kept: KeptFields?, into w: inout JSONWriter) {
    w.raw("{\"id\":")
    w.raw(id)
    if perQuote {
      w.raw(",\"index\":")
      if let index { w.int(index) } else { w.raw("null") }
    }
    if let lang {
      w.raw(",\"lang\":")
      w.string(lang)
    }
    kept?.write(into: &w)
  }
}

extension KeptFields {
  /// `path: value` for each field present, for people (the text format's heading).
  public var labels: [String] {
    zip(paths, texts).compactMap { path, value in value.map { "\(path): \($0)" } }
  }
}
