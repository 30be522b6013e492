/// One predicted statement, in code point offsets like the gold (the fields
/// `score.py` reads from a prediction record, and the audience and cue class,
/// which only `whosaid eval` reads).
public struct PredictedQuote: Sendable, Hashable {
  /// `direct`, `mixed` or `indirect`.
  public var kind: String
  /// What was said.
  public var content: Range<Int>
  /// The quoted pieces of an interrupted or mixed quote. With two or more, each
  /// piece may also match a gold quote that annotates it alone
  /// (`"We are ready," the minister said, "and we will not wait."`).
  public var fragments: [Range<Int>]
  /// The speaker phrase, when it is in the text.
  public var speaker: Range<Int>?
  /// Where a pronoun, alias or carried speaker is named (`Anna Keller` for `she`).
  public var speakerAntecedent: Range<Int>?
  /// The speaker's resolved name.
  public var speakerName: String?
  /// The cue's span.
  public var cue: Range<Int>?
  /// The cue's class: `speech`, `belief` or `evidence` (nil when not given).
  public var cueClass: String?
  /// Who the claim is against or about.
  public var target: PredictedTarget?
  /// The speech act (`accusation`, `denial`, …).
  public var act: String?
  /// Who the words were said to (`reporters` in `told reporters`).
  public var audience: Range<Int>?

  /// Creates a prediction from code point spans.
  public init(
    kind: String, content: Range<Int>, speaker: Range<Int>? = nil, speakerName: String? = nil, cue: Range<Int>? = nil,
    fragments: [Range<Int>] = [], speakerAntecedent: Range<Int>? = nil, cueClass: String? = nil,
    target: PredictedTarget? = nil, act: String? = nil, audience: Range<Int>? = nil
  ) {
    self.kind = kind
    self.content = content
    self.fragments = fragments
    self.speaker = speaker
    self.speakerAntecedent = speakerAntecedent
    self.speakerName = speakerName
    self.cue = cue
    self.cueClass = cueClass
    self.target = target
    self.act = act
    self.audience = audience
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
    // Every span the mapping below reads, gathered by running it once, then converted in one pass.
    var offsets: [Int] = []
    for a in attributions {
      _ = converting(a) { s in
        offsets.append(s.start)
        offsets.append(s.end)
        return 0..<0
      }
    }
    let map = OffsetConverter.map(text, offsets: offsets, unit: .codepoint)
    return attributions.map { a in converting(a) { map[$0.start]..<max(map[$0.start], map[$0.end]) } }
  }

  /// The one place where the fields of an ``Attribution`` become those of a prediction.
  ///
  /// A field added to ``Attribution`` that `score.py` or `whosaid eval` scores is
  /// mapped here, with one line, through `span` (which gives code point offsets).
  static func converting(_ a: Attribution, span: (TextSpan) -> Range<Int>) -> PredictedQuote {
    var p = PredictedQuote(kind: a.kind.rawValue, content: span(a.content))
    p.fragments = a.fragments.map(span)
    p.speaker = a.speaker?.span.map(span)
    p.speakerName = a.speaker?.name
    p.cue = a.cue.map { span($0.span) }
    p.cueClass = a.cue?.class.rawValue
    p.speakerAntecedent = a.speaker?.antecedent.map(span)
    p.target = a.target.map { PredictedTarget(span: $0.span.map(span), name: $0.name) }
    p.audience = a.audience?.span.map(span)
    p.act = a.act.rawValue
    return p
  }
}

/// The party a predicted claim is against or about: a span, a resolved name, or both.
public struct PredictedTarget: Sendable, Hashable {
  /// The target phrase, when it is in the text.
  public var span: Range<Int>?
  /// The target's resolved name.
  public var name: String?

  /// Creates a target.
  public init(span: Range<Int>? = nil, name: String? = nil) {
    self.span = span
    self.name = name
  }
}
