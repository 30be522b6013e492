/// Finds paragraph starts: after a blank line, or after a single line break that
/// follows the end of a sentence (one-paragraph-per-line dumps) — but not after a
/// line break inside a hard-wrapped sentence.
enum Paragraphs {
  /// Sets ``TokenFlags/paragraphStart`` on the first token of each paragraph.
  ///
  /// - Complexity: O(n) in the number of tokens.
  static func mark(_ tokens: inout [Token]) {
    guard !tokens.isEmpty else { return }
    tokens[0].flags.insert(.paragraphStart)
    for k in 1..<tokens.count {
      let f = tokens[k].flags
      if f.contains(.blankLineBefore) {
        tokens[k].flags.insert(.paragraphStart)
      } else if f.contains(.lineBreakBefore) {
        let prev = tokens[k - 1]
        let ends: Bool
        switch prev.kind {
        case .quote: ends = true
        case .punctuation:
          let p = prev.punctuation ?? .other
          ends = p.isTerminal || p == .colon || p == .closeParen
        case .word, .number:
          // A line without final punctuation (a headline or a dateline) also ends a
          // paragraph when the next line starts with a capital or a quote mark.
          let next = tokens[k]
          ends = next.kind == .quote || (next.isCapitalized && lineIsShort(tokens, before: k))
        }
        if ends { tokens[k].flags.insert(.paragraphStart) }
      }
    }
  }

  /// Whether the line that ends before token `k` is short (under 60 bytes), like a headline.
  private static func lineIsShort(_ tokens: [Token], before k: Int) -> Bool {
    var j = k - 1
    while j > 0 && !tokens[j].flags.contains(.lineBreakBefore) && tokens[k - 1].end - tokens[j].start < 60 {
      j -= 1
    }
    return tokens[k - 1].end - tokens[j].start < 60
  }
}
