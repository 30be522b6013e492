/// Options for the records ``RecordWriter`` writes.
public struct RecordOptions: Sendable {
  /// The unit of `start`/`end` offsets.
  public var offsets: OffsetUnit = .codepoint
  /// Attributions below this confidence are left out.
  public var minConfidence: Double = 0
  /// The caller has checked that the article's text is valid UTF-8 (a reader that validates or
  /// repairs its input): spans are then copied with only JSON's escapes looked for. Otherwise
  /// (the default) each multi-byte sequence is checked and an invalid one written as U+FFFD;
  /// the records are the same for valid text.
  public var validUTF8 = false
  /// Options with the given offset unit and confidence floor.
  public init(offsets: OffsetUnit = .codepoint, minConfidence: Double = 0, validUTF8: Bool = false) {
    self.offsets = offsets
    self.minConfidence = minConfidence
    self.validUTF8 = validUTF8
  }
}

/// Writes the JSON Lines records of the output format (see the README).
public enum RecordWriter {
  /// Writes one article record `{"id", "lang", "kept"?, "quotes": […], "speakers": […]}` and a newline.
  ///
  /// - Parameters:
  ///   - id: The article id, already encoded as a JSON value.
  ///   - kept: Fields of the input line copied into the record (`--keep`), if any.
  ///   - text: The article's UTF-8 bytes (the offsets' reference).
  public static func writeArticle(
    id: [UInt8], lang: String?, kept fields: KeptFields? = nil, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution],
    options: RecordOptions, into w: inout JSONWriter
  ) {
    let kept = kept(attributions, options)
    let map = OffsetConverter.map(text, offsets: offsets(of: kept), unit: options.offsets)
    writeHead(id: id, perQuote: false, lang: lang, kept: fields, into: &w)
    w.raw(",\"quotes\":[")
    for (i, a) in kept.enumerated() {
      if i > 0 { w.raw(",") }
      writeQuote(a, map: map, text: text, validUTF8: options.validUTF8, into: &w)
    }
    w.raw("],")
    writeSpeakers(summary(kept), into: &w)
    w.raw("}\n")
  }

  /// Writes `"speakers":[…]` (no braces around it).
  public static func writeSpeakers(_ speakers: [SpeakerSummary], into w: inout JSONWriter) {
    w.raw("\"speakers\":[")
    for (i, s) in speakers.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"name\":")
      w.string(s.name)
      w.raw(",\"kind\":")
      w.string(s.kind.rawValue)
      w.raw(",\"mentions\":[")
      for (j, m) in s.mentions.enumerated() {
        if j > 0 { w.raw(",") }
        w.string(m)
      }
      w.raw("],\"quotes\":")
      w.int(s.quotes)
      if let c = s.country {
        w.raw(",\"country\":")
        w.string(c)
      }
      w.raw("}")
    }
    w.raw("]")
  }

  /// Writes the quote objects of one window of an article one after the other, for a
  /// record assembled window by window (see ``ArticleWindows``), and returns where each
  /// ends in `w`.
  ///
  /// - Parameters:
  ///   - text: The window's UTF-8 bytes (the attributions' offsets are in it).
  ///   - base: Where the window starts in the article, in `options.offsets` units.
  /// - Returns: The end offset in `w` of each `{"kind", "text", …}` object written.
  public static func writeQuoteObjects(
    text: UnsafeBufferPointer<UInt8>, attributions: [Attribution], options: RecordOptions, base: Int,
    into w: inout JSONWriter
  ) -> [Int] {
    let kept = kept(attributions, options)
    var map = OffsetConverter.map(text, offsets: offsets(of: kept), unit: options.offsets)
    map.base = base
    return kept.map { a in
      writeQuote(a, map: map, text: text, placed: false, validUTF8: options.validUTF8, into: &w)
      return w.count
    }
  }

  /// Writes one line per attribution: `{"id", "index", "lang", "kept"?, …the quote's fields}`; an
  /// article with none gets one line `{"id", "index": null, "lang", "kept"?}`.
  public static func writePerQuote(
    id: [UInt8], lang: String?, kept fields: KeptFields? = nil, text: UnsafeBufferPointer<UInt8>,
    attributions: [Attribution], options: RecordOptions, into w: inout JSONWriter
  ) {
    let kept = kept(attributions, options)
    let map = OffsetConverter.map(text, offsets: offsets(of: kept), unit: options.offsets)
    if kept.isEmpty {
      writeNoQuoteLine(id: id, lang: lang, kept: fields, into: &w)
      return
    }
    for (i, a) in kept.enumerated() {
      writeHead(id: id, perQuote: true, index: i, lang: lang, kept: fields, into: &w)
      w.raw(",")
      var inner = JSONWriter()
      writeQuote(a, map: map, text: text, validUTF8: options.validUTF8, into: &inner)
      inner.bytes.dropFirst().withUnsafeBufferPointer { w.append($0) }
      w.raw("\n")
    }
  }

  /// The attributions at or above the confidence floor (the same array when all are).
  static func kept(_ attributions: [Attribution], _ options: RecordOptions) -> [Attribution] {
    attributions.allSatisfy { $0.confidence >= options.minConfidence }
      ? attributions : attributions.filter { $0.confidence >= options.minConfidence }
  }

  /// Every start and end offset the records of `attributions` write (the ``OffsetMap`` is
  /// made of them).
  static func offsets(of attributions: [Attribution]) -> [Int] {
    var o: [Int] = []
    o.reserveCapacity(attributions.count * 8)
    func add(_ s: TextSpan?) {
      guard let s else { return }
      o.append(s.start)
      o.append(s.end)
    }
    for a in attributions {
      add(a.content)
      for f in a.fragments { add(f) }
      add(a.speaker?.span)
      add(a.speaker?.antecedent)
      add(a.cue?.span)
      add(a.target?.span)
      add(a.audience?.span)
      add(a.context)
    }
    return o
  }

  static func span(_ s: TextSpan, _ map: OffsetMap, into w: inout JSONWriter) {
    w.raw("\"start\":")
    w.int(map[s.start])
    w.raw(",\"end\":")
    w.int(map[s.end])
  }

  /// The text of a span, written straight from the article's bytes (`valid`: see
  /// ``RecordOptions/validUTF8``).
  static func text(_ s: TextSpan, _ text: UnsafeBufferPointer<UInt8>, valid: Bool = false, into w: inout JSONWriter) {
    if s.start >= 0, s.end <= text.count, s.start <= s.end {
      w.string(UnsafeBufferPointer(rebasing: text[s.start..<s.end]), validUTF8: valid)
    } else {
      w.string("")
    }
  }

  /// Writes one quote object; `placed` false leaves out its last fields, `paragraph` and
  /// `sentence`, for a window's record, whose sink adds them counted over the whole article.
  static func writeQuote(
    _ a: Attribution, map: OffsetMap, text: UnsafeBufferPointer<UInt8>, placed: Bool = true, validUTF8 valid: Bool = false,
    into w: inout JSONWriter
  ) {
    w.raw("{\"kind\":")
    w.raw(a.kind.json)
    w.raw(",\"text\":")
    Self.text(a.content, text, valid: valid, into: &w)
    w.raw(",")
    span(a.content, map, into: &w)
    w.raw(",\"speaker\":")
    if let s = a.speaker {
      writeParty(s, map: map, text: text, valid: valid, titled: true, into: &w)
    } else {
      w.raw("null")
    }
    w.raw(",\"cue\":")
    if let c = a.cue {
      w.raw("{\"text\":")
      Self.text(c.span, text, valid: valid, into: &w)
      w.raw(",\"lemma\":")
      w.string(c.lemma)
      w.raw(",\"class\":")
      w.string(c.class.rawValue)
      w.raw(",")
      span(c.span, map, into: &w)
      w.raw("}")
    } else {
      w.raw("null")
    }
    w.raw(",\"confidence\":")
    w.fraction(a.confidence)
    w.raw(",\"fragments\":[")
    for (i, f) in a.fragments.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{")
      span(f, map, into: &w)
      w.raw("}")
    }
    w.raw("],\"act\":")
    w.raw(a.act.json)
    if let t = a.target {
      w.raw(",\"target\":")
      writeParty(t, map: map, text: text, valid: valid, into: &w)
    }
    if let u = a.audience {
      w.raw(",\"audience\":")
      writeParty(u, map: map, text: text, valid: valid, into: &w)
    }
    if let c = a.context {
      w.raw(",\"context\":{\"text\":")
      Self.text(c, text, valid: valid, into: &w)
      w.raw(",")
      span(c, map, into: &w)
      w.raw("}")
    }
    if placed { writePlace(paragraph: a.paragraph, sentence: a.sentence, into: &w) }
    w.raw("}")
  }

  /// Writes a speaker, target or audience object: `{"text", "start", "end", "name", "kind",
  /// "resolution", "country"?}`.
  static func writeParty(
    _ s: Speaker, map: OffsetMap, text: UnsafeBufferPointer<UInt8>, valid: Bool = false, titled: Bool = false,
    into w: inout JSONWriter
  ) {
    w.raw("{\"text\":")
    if let sp = s.span { Self.text(sp, text, valid: valid, into: &w) } else { w.string("") }
    w.raw(",")
    if let sp = s.span {
      span(sp, map, into: &w)
    } else {
      w.raw("\"start\":null,\"end\":null")
    }
    w.raw(",\"name\":")
    if let n = s.name { w.string(n) } else { w.raw("null") }
    w.raw(",\"kind\":")
    w.raw(s.kind.json)
    w.raw(",\"resolution\":")
    w.raw(s.resolution.json)
    if let c = s.country {
      w.raw(",\"country\":")
      w.string(c)
    }
    if titled { writeTitleAndAntecedent(s, map: map, text: text, valid: valid, into: &w) }
    w.raw("}")
  }

  /// A speaker's `title` and `antecedent` (issue 19), each left out when absent.
  static func writeTitleAndAntecedent(
    _ s: Speaker, map: OffsetMap, text: UnsafeBufferPointer<UInt8>, valid: Bool = false, into w: inout JSONWriter
  ) {
    if let t = s.title {
      w.raw(",\"title\":")
      w.string(t)
    }
    if let ante = s.antecedent {
      w.raw(",\"antecedent\":{\"text\":")
      Self.text(ante, text, valid: valid, into: &w)
      w.raw(",")
      span(ante, map, into: &w)
      w.raw("}")
    }
  }
}

// The values of the enumerations as JSON strings, written without escaping anything.
extension Attribution.Kind {
  var json: StaticString {
    switch self {
    case .direct: return "\"direct\""
    case .mixed: return "\"mixed\""
    case .indirect: return "\"indirect\""
    }
  }
}

extension SpeakerKind {
  var json: StaticString {
    switch self {
    case .person: return "\"person\""
    case .organization: return "\"organization\""
    case .government: return "\"government\""
    case .group: return "\"group\""
    case .anonymous: return "\"anonymous\""
    case .unknown: return "\"unknown\""
    }
  }
}

extension Resolution {
  var json: StaticString {
    switch self {
    case .explicit: return "\"explicit\""
    case .alias: return "\"alias\""
    case .pronoun: return "\"pronoun\""
    case .metonymy: return "\"metonymy\""
    case .carried: return "\"carried\""
    }
  }
}
