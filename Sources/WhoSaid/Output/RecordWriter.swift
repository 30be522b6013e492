/// Options for the records ``RecordWriter`` writes.
public struct RecordOptions: Sendable {
  /// The unit of `start`/`end` offsets.
  public var offsets: OffsetUnit = .codepoint
  /// Attributions below this confidence are left out.
  public var minConfidence: Double = 0
  /// Options with the given offset unit and confidence floor.
  public init(offsets: OffsetUnit = .codepoint, minConfidence: Double = 0) {
    self.offsets = offsets
    self.minConfidence = minConfidence
  }
}

/// Writes the JSON Lines records of the output format (see the README).
public enum RecordWriter {
  /// Writes one article record `{"id", "quotes": […], "speakers": […]}` and a newline.
  ///
  /// - Parameters:
  ///   - id: The article id, already encoded as a JSON value.
  ///   - text: The article's UTF-8 bytes (the offsets' reference).
  public static func writeArticle(
    id: [UInt8], lang: String?, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution],
    options: RecordOptions, into w: inout JSONWriter
  ) {
    let kept = kept(attributions, options)
    let map = OffsetConverter.map(text, offsets: offsets(of: kept), unit: options.offsets)
    w.raw("{\"id\":")
    w.raw(id)
    if let lang {
      w.raw(",\"lang\":")
      w.string(lang)
    }
    w.raw(",\"quotes\":[")
    for (i, a) in kept.enumerated() {
      if i > 0 { w.raw(",") }
      writeQuote(a, map: map, text: text, into: &w)
    }
    w.raw("],\"speakers\":[")
    for (i, s) in summary(kept).enumerated() {
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
      w.raw("}")
    }
    w.raw("]}\n")
  }

  /// Writes one line per attribution: `{"id", "index", …the quote's fields}`.
  public static func writePerQuote(
    id: [UInt8], lang: String?, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution],
    options: RecordOptions, into w: inout JSONWriter
  ) {
    let kept = kept(attributions, options)
    let map = OffsetConverter.map(text, offsets: offsets(of: kept), unit: options.offsets)
    for (i, a) in kept.enumerated() {
      w.raw("{\"id\":")
      w.raw(id)
      w.raw(",\"index\":")
      w.int(i)
      if let lang {
        w.raw(",\"lang\":")
        w.string(lang)
      }
      w.raw(",")
      var inner = JSONWriter()
      writeQuote(a, map: map, text: text, into: &inner)
      inner.bytes.dropFirst().withUnsafeBufferPointer { w.append($0) }
      w.raw("\n")
    }
  }

  /// The attributions at or above the confidence floor (the same array when all are).
  static func kept(_ attributions: [Attribution], _ options: RecordOptions) -> [Attribution] {
    attributions.allSatisfy { $0.confidence >= options.minConfidence }
      ? attributions : attributions.filter { $0.confidence >= options.minConfidence }
  }

  static func offsets(of attributions: [Attribution]) -> [Int] {
    var o: [Int] = []
    for a in attributions {
      o.append(a.content.start)
      o.append(a.content.end)
      for f in a.fragments {
        o.append(f.start)
        o.append(f.end)
      }
      if let s = a.speaker?.span {
        o.append(s.start)
        o.append(s.end)
      }
      if let c = a.cue {
        o.append(c.span.start)
        o.append(c.span.end)
      }
    }
    return o
  }

  static func span(_ s: TextSpan, _ map: OffsetMap, into w: inout JSONWriter) {
    w.raw("\"start\":")
    w.int(map[s.start])
    w.raw(",\"end\":")
    w.int(map[s.end])
  }

  /// The text of a span, written straight from the article's bytes.
  static func text(_ s: TextSpan, _ text: UnsafeBufferPointer<UInt8>, into w: inout JSONWriter) {
    if s.start >= 0, s.end <= text.count, s.start <= s.end {
      w.string(UnsafeBufferPointer(rebasing: text[s.start..<s.end]))
    } else {
      w.string("")
    }
  }

  static func writeQuote(_ a: Attribution, map: OffsetMap, text: UnsafeBufferPointer<UInt8>, into w: inout JSONWriter) {
    w.raw("{\"kind\":")
    w.string(a.kind.rawValue)
    w.raw(",\"text\":")
    Self.text(a.content, text, into: &w)
    w.raw(",")
    span(a.content, map, into: &w)
    w.raw(",\"speaker\":")
    if let s = a.speaker {
      w.raw("{\"text\":")
      if let sp = s.span { Self.text(sp, text, into: &w) } else { w.string("") }
      w.raw(",")
      if let sp = s.span {
        span(sp, map, into: &w)
      } else {
        w.raw("\"start\":null,\"end\":null")
      }
      w.raw(",\"name\":")
      if let n = s.name { w.string(n) } else { w.raw("null") }
      w.raw(",\"kind\":")
      w.string(s.kind.rawValue)
      w.raw(",\"resolution\":")
      w.string(s.resolution.rawValue)
      if let c = s.country {
        w.raw(",\"country\":")
        w.string(c)
      }
      w.raw("}")
    } else {
      w.raw("null")
    }
    w.raw(",\"cue\":")
    if let c = a.cue {
      w.raw("{\"text\":")
      Self.text(c.span, text, into: &w)
      w.raw(",\"lemma\":")
      w.string(c.lemma)
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
    w.raw("]}")
  }

  /// One speaker of an article: its name, kind, the phrases used for it, and how often it is quoted.
  public struct SpeakerSummary: Sendable, Hashable {
    /// The canonical name.
    public var name: String
    /// The entity's kind.
    public var kind: SpeakerKind
    /// The phrases the article uses for it, in order of first use.
    public var mentions: [String]
    /// How many attributions it has.
    public var quotes: Int
  }

  /// The article's speakers, most-quoted first (ties in order of appearance).
  ///
  /// - Complexity: O(n log n) in the number of attributions.
  public static func summary(_ attributions: [Attribution]) -> [SpeakerSummary] {
    var list: [SpeakerSummary] = []
    // An article names a handful of speakers: they are looked up in the list itself
    // until there are many, then by a dictionary.
    var position: [String: Int] = [:]
    for a in attributions {
      guard let s = a.speaker, let name = s.name else { continue }
      let i: Int
      if let known = list.count <= 16 ? list.firstIndex(where: { $0.name == name }) : position[name] {
        i = known
      } else {
        i = list.count
        list.append(SpeakerSummary(name: name, kind: s.kind, mentions: [], quotes: 0))
        if list.count == 17 {
          for (k, e) in list.enumerated() { position[e.name] = k }
        } else if list.count > 17 {
          position[name] = i
        }
      }
      list[i].quotes += 1
      if !s.text.isEmpty && !list[i].mentions.contains(s.text) { list[i].mentions.append(s.text) }
    }
    // Most quoted first; a stable sort keeps ties in order of appearance.
    guard list.count > 1 else { return list }
    var order = Array(list.indices)
    order.sort { list[$0].quotes != list[$1].quotes ? list[$0].quotes > list[$1].quotes : $0 < $1 }
    return order.map { list[$0] }
  }
}
