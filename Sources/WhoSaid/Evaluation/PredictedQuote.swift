/// One predicted statement, in code point offsets like the gold (the fields
/// `score.py` reads from a prediction record).
public struct PredictedQuote: Sendable, Hashable {
  /// `direct`, `mixed` or `indirect`.
  public var kind: String
  /// What was said.
  public var content: Range<Int>
  /// The speaker phrase, when it is in the text.
  public var speaker: Range<Int>?
  /// The speaker's resolved name.
  public var speakerName: String?
  /// The cue's span.
  public var cue: Range<Int>?

  /// Creates a prediction from code point spans.
  public init(
    kind: String, content: Range<Int>, speaker: Range<Int>? = nil, speakerName: String? = nil, cue: Range<Int>? = nil
  ) {
    self.kind = kind
    self.content = content
    self.speaker = speaker
    self.speakerName = speakerName
    self.cue = cue
  }

  /// Converts an extractor's attributions, whose offsets are UTF-8, into
  /// predictions with code point offsets into `text`.
  ///
  /// - Parameters:
  ///   - attributions: What ``Extractor/extract(_:)`` found in `text`.
  ///   - text: The article the attributions were extracted from.
  public static func converting(_ attributions: [Attribution], in text: String) -> [PredictedQuote] {
    var bytes = text
    return bytes.withUTF8 { converting(attributions, utf8: $0) }
  }

  /// Converts attributions of a text given as UTF-8 bytes.
  public static func converting(_ attributions: [Attribution], utf8 text: UnsafeBufferPointer<UInt8>) -> [PredictedQuote] {
    let map = OffsetConverter.table(text, offsets: RecordWriter.offsets(of: attributions), unit: .codepoint)
    func convert(_ s: TextSpan) -> Range<Int> { (map[s.start] ?? s.start)..<(map[s.end] ?? s.end) }
    return attributions.map { a in
      PredictedQuote(
        kind: a.kind.rawValue, content: convert(a.content),
        speaker: a.speaker?.span.map(convert), speakerName: a.speaker?.name, cue: a.cue.map { convert($0.span) })
    }
  }
}
