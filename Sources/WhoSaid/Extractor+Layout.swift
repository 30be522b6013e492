extension Extractor.Scratch {
  /// The paragraphs of the article last extracted with this scratch, as byte spans in text order
  /// (from the first byte of a paragraph's first token to the end of its last).
  ///
  /// Valid until the next extraction with this scratch; the spans are made on each call.
  /// - Complexity: O(p) in the number of paragraphs.
  public var paragraphSpans: [TextSpan] {
    document.paragraphs.map { document.span($0) }
  }

  /// The number of sentences of the article last extracted with this scratch.
  public var sentenceCount: Int { document.sentences.count }

  /// The index of the paragraph that holds byte `offset` of the article last extracted with this
  /// scratch (the paragraph of the token that starts at or before it), or nil when the article
  /// has no token there.
  ///
  /// Use it with an attribution's `content.start`: `scratch.paragraph(at: a.content.start)`.
  /// - Complexity: O(log n) in the number of tokens.
  public func paragraph(at offset: Int) -> Int? {
    token(at: offset).map { Int(document.paragraphOf[$0]) }
  }

  /// The index of the sentence that holds byte `offset` of the article last extracted with this
  /// scratch, or nil when the article has no token there.
  ///
  /// - Complexity: O(log n) in the number of tokens.
  public func sentence(at offset: Int) -> Int? {
    token(at: offset).map { Int(document.sentenceOf[$0]) }
  }

  /// The last token that starts at or before byte `offset`, or nil.
  func token(at offset: Int) -> Int? {
    let tokens = document.tokens
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(tokens[mid].start) <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? lo - 1 : nil
  }
}

/// What an attribution's context is: the sentences its content runs over, or the paragraphs.
public enum ContextUnit: String, Sendable, CaseIterable {
  case sentence, paragraph
}

extension Extractor.Scratch {
  /// The number of paragraphs of the article last extracted with this scratch.
  public var paragraphCount: Int { document.paragraphs.count }

  /// The byte span of sentence `index` of the article last extracted with this scratch (from the
  /// first byte of its first token to the end of its last).
  ///
  /// - Precondition: `index` is below ``sentenceCount``.
  public func sentenceSpan(_ index: Int) -> TextSpan { document.span(document.sentences[index]) }

  /// The byte span of paragraph `index` of the article last extracted with this scratch.
  ///
  /// - Precondition: `index` is below ``paragraphCount``.
  public func paragraphSpan(_ index: Int) -> TextSpan { document.span(document.paragraphs[index]) }

  /// The context of an attribution of the article last extracted with this scratch: from the
  /// start of the sentence (or paragraph) where its content starts to the end of the one where
  /// it ends; nil when the article has no token there.
  ///
  /// For `"We will appeal," Ana said. "The ruling is wrong."` the sentence context of the first
  /// quote is `"We will appeal," Ana said.` (its speaker and cue with it).
  /// - Complexity: O(log n) in the number of tokens.
  public func context(of a: Attribution, unit: ContextUnit) -> TextSpan? {
    guard let first = token(at: a.content.start), let last = token(at: max(a.content.start, a.content.end - 1)) else {
      return nil
    }
    switch unit {
    case .sentence:
      let from = document.sentences[Int(document.sentenceOf[first])]
      let to = document.sentences[Int(document.sentenceOf[last])]
      return TextSpan(start: Int(document.tokens[from.lowerBound].start), end: Int(document.tokens[to.upperBound - 1].end))
    case .paragraph:
      let from = document.paragraphs[Int(document.paragraphOf[first])]
      let to = document.paragraphs[Int(document.paragraphOf[last])]
      return TextSpan(start: Int(document.tokens[from.lowerBound].start), end: Int(document.tokens[to.upperBound - 1].end))
    }
  }

  /// Sets each attribution's ``Attribution/paragraph`` and ``Attribution/sentence``: those of the
  /// token where its content starts.
  ///
  /// - Complexity: O(k log n) for k attributions and n tokens.
  func place(_ attributions: inout [Attribution]) {
    guard !attributions.isEmpty else { return }
    document.tokens.withUnsafeBufferPointer { tokens in
      document.paragraphOf.withUnsafeBufferPointer { paragraphOf in
        document.sentenceOf.withUnsafeBufferPointer { sentenceOf in
          for i in attributions.indices {
            // The last token that starts at or before the content's start.
            let offset = attributions[i].content.start
            var lo = 0
            var hi = tokens.count
            while lo < hi {
              let mid = (lo + hi) / 2
              if Int(tokens[mid].start) <= offset { lo = mid + 1 } else { hi = mid }
            }
            guard lo > 0 else { continue }
            attributions[i].paragraph = Int(paragraphOf[lo - 1])
            attributions[i].sentence = Int(sentenceOf[lo - 1])
          }
        }
      }
    }
  }
}
