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
