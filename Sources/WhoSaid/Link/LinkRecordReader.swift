/// Reads the quote occurrences out of whosaid's own JSON Lines records (the output
/// format of the README, `docs/record.schema.json`), with ``JSONFieldReader``'s parser:
/// one pass over the line, strings decoded only for the fields it keeps.
///
/// From `{"id": "a1", "quotes": [{"kind": "direct", "text": "\"We will not give up,\"",
/// "start": 10, "end": 32, "speaker": {"name": "Ann Lee", …}, "cue": {"lemma": "say", …},
/// "fragments": []}], …}` it reads one occurrence of `"We will not give up,"` by Ann Lee.
/// Indirect quotes are left out; a direct quote is one occurrence (a split quote's
/// fragments joined by ` … `); each fragment of a mixed quote is one. Quotes under
/// ``LinkRules/minimumWords`` words are left out.
public struct LinkRecordReader: Sendable {
  /// The unit of the records' offsets (`--offsets` of the run that wrote them).
  public var offsets: OffsetUnit
  /// The rules (their minimum length).
  public var rules: LinkRules
  /// Quotes whose `confidence` is below this are left out.
  public var minConfidence: Double

  /// A reader of records whose offsets are in `offsets`.
  public init(offsets: OffsetUnit = .codepoint, rules: LinkRules = LinkRules(), minConfidence: Double = 0) {
    self.offsets = offsets
    self.rules = rules
    self.minConfidence = minConfidence
  }

  /// The occurrences of one record line, or nil when the line is a JSON object with
  /// no `quotes` array (an article to extract, not a record).
  ///
  /// - Parameter article: The record's place in the input.
  /// - Throws: ``JSONError`` when the line is not one valid JSON object.
  /// - Complexity: O(n) in the length of the line.
  public func occurrences(_ line: UnsafeBufferPointer<UInt8>, article: Int) throws(JSONError) -> [QuoteOccurrence]? {
    var walk = RecordWalk(p: JSONFieldReader.Parser(p: line, paths: []))
    walk.p.skipSpace()
    guard walk.p.i < line.count, line[walk.p.i] == 0x7B else {
      throw JSONError(message: "expected a JSON object", offset: walk.p.i)
    }
    var id: [UInt8] = Array("null".utf8)
    var quotes: [RawQuote]?
    try walk.members { (w, key) throws(JSONError) in
      switch key {
      case "id": id = try w.idValue()
      case "quotes": quotes = try w.quotes()
      default: try w.skip()
      }
    }
    walk.p.skipSpace()
    if walk.p.i != line.count { throw JSONError(message: "unexpected data after the object", offset: walk.p.i) }
    guard let quotes else { return nil }
    var out: [QuoteOccurrence] = []
    for q in quotes where q.kind != nil && (q.confidence ?? 1) >= minConfidence {
      for (start, end, text) in q.pieces(offsets) {
        let words = QuoteWords(text)
        guard words.hashes.count >= rules.minimumWords else { continue }
        out.append(
          QuoteOccurrence(
            id: id, article: article, index: out.count, start: start, end: end, kind: q.kind ?? .direct,
            text: text, speaker: q.speaker, cueLemma: q.cue, words: words))
      }
    }
    return out
  }
}

/// A quote as read, before it becomes occurrences.
struct RawQuote {
  var kind: Attribution.Kind?
  var text: [UInt8] = []
  var start: Int?
  var end: Int?
  var speaker: (name: String?, kind: String?, country: String?)?
  var cue: String??
  var fragments: [(Int?, Int?)] = []
  var confidence: Double?

  /// (start, end, text) of each occurrence: a direct quote's whole text or joined
  /// fragments, or each fragment of a mixed one.
  func pieces(_ unit: OffsetUnit) -> [(Int?, Int?, String)] {
    let qs = start ?? 0
    let length = fragments.isEmpty ? 0 : UnitIndex.count(text, unit)
    var cut: [(Int, Int, String)] = []
    for case let (fs?, fe?) in fragments where qs <= fs && fs < fe && fe <= qs + length {
      let a = UnitIndex.byte(text, unit, fs - qs)
      let b = UnitIndex.byte(text, unit, fe - qs)
      cut.append((fs, fe, String(decoding: text[a..<b], as: UTF8.self)))
    }
    if kind == .mixed { return cut.map { ($0.0, $0.1, $0.2) } }
    let whole = cut.isEmpty ? String(decoding: text, as: UTF8.self) : cut.map(\.2).joined(separator: " \u{2026} ")
    return [(start, end, whole)]
  }
}

/// Offsets in a unit to UTF-8 byte indices of a text.
enum UnitIndex {
  /// The length of `t` in `unit` (16 bytes a step: ``OffsetConverter/length(_:unit:)``).
  static func count(_ t: [UInt8], _ unit: OffsetUnit) -> Int {
    t.withUnsafeBufferPointer { OffsetConverter.length($0, unit: unit) }
  }

  /// The byte index of offset `k` (clamped to the text).
  static func byte(_ t: [UInt8], _ unit: OffsetUnit, _ k: Int) -> Int {
    if unit == .utf8 { return min(max(k, 0), t.count) }
    // ASCII is one unit a byte, whatever the unit: its run is stepped over 16 bytes at a time.
    var i = t.withUnsafeBufferPointer { p in
      p.baseAddress.map { SIMDBytes.firstNonASCII($0, from: 0, end: min(max(k, 0), p.count)) } ?? 0
    }
    var units = i
    while i < t.count, units < k {
      let b = t[i]
      units += unit == .utf16 && b >= 0xF0 ? 2 : 1
      i += 1
      while i < t.count, t[i] & 0xC0 == 0x80 { i += 1 }
    }
    return i
  }
}
