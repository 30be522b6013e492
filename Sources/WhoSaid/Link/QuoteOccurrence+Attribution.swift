extension QuoteOccurrence {
  /// The occurrences of one article's attributions: what reading its record (written
  /// with the same offset unit) would give.
  ///
  /// - Parameters:
  ///   - text: The article's UTF-8 bytes (the attributions' reference).
  ///   - id: The article id as a JSON value.
  ///   - article: The article's place in the input.
  ///   - offsets: The unit of the occurrences' `start` and `end`.
  ///   - window: For one window of an article read in windows: its number (0 for the
  ///     first) and where it starts in the article, in `offsets`' unit.
  public static func occurrences(
    of attributions: [Attribution], text: UnsafeBufferPointer<UInt8>, id: [UInt8], article: Int,
    offsets: OffsetUnit = .codepoint, rules: LinkRules = LinkRules(), window: (index: Int, base: Int) = (0, 0)
  ) -> [QuoteOccurrence] {
    let quoted = attributions.filter { $0.kind != .indirect }
    let map = OffsetConverter.map(text, offsets: RecordWriter.offsets(of: quoted), unit: offsets)
    func cut(_ s: TextSpan) -> String {
      guard s.start >= 0, s.end <= text.count, s.start <= s.end else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: text[s.start..<s.end]), as: UTF8.self)
    }
    var out: [QuoteOccurrence] = []
    for a in quoted {
      var pieces: [(TextSpan, String)] = a.fragments.map { ($0, cut($0)) }
      if a.kind == .direct {
        let whole = pieces.isEmpty ? cut(a.content) : pieces.map(\.1).joined(separator: " \u{2026} ")
        pieces = [(a.content, whole)]
      }
      let speaker = a.speaker.map { (name: $0.name, kind: Optional($0.kind.rawValue), country: $0.country) }
      let cue: String?? = a.cue.map { Optional($0.lemma) }
      for (span, shown) in pieces {
        let words = QuoteWords(shown)
        guard words.hashes.count >= rules.minimumWords else { continue }
        out.append(
          QuoteOccurrence(
            id: id, article: article, index: window.index << 20 + out.count, start: map[span.start] + window.base,
            end: map[span.end] + window.base, kind: a.kind, text: shown, speaker: speaker, cueLemma: cue, words: words))
      }
    }
    return out
  }
}
