/// The working state of one article: its tokens, quotes and sentences.
///
/// Buffers are kept between articles (see ``Extractor/Scratch``) so that a
/// stream of articles allocates only when one is larger than all before it.
struct Analysis {
  var tokens: [Token] = []
  var quotes: [QuoteSpan] = []
  /// For each token, the index of the quote that contains it (marks included), or -1.
  var quoteOf: [Int32] = []
  var sentences: [Range<Int>] = []
  /// For each token, the index of its sentence.
  var sentenceOf: [Int32] = []
  /// For each token, the index of its paragraph.
  var paragraphOf: [Int32] = []
  /// For each token, the index of the draft attribution whose content holds it, or -1.
  var claimedBy: [Int32] = []
  /// Ids of the function words rules name.
  var known = KnownWords()
  /// The profile's ``LanguageProfile/verbSecond`` switch.
  var verbSecond = false
  /// The article's bytes, valid during one extraction.
  var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

  mutating func analyse(_ text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, profile: LanguageProfile) {
    analyse(text, tokenizer: tokenizer, profile: profile, stageEnded: { _ in })
  }

  /// Tokenizes, pairs quotes and splits sentences, telling `stageEnded` when each step is done.
  @inline(__always)
  mutating func analyse(
    _ text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, profile: LanguageProfile, stageEnded: (Extractor.Stage) -> Void
  ) {
    known = profile.known
    verbSecond = profile.verbSecond
    self.text = text
    tokenizer.tokenize(text, into: &tokens)
    Paragraphs.mark(&tokens)
    stageEnded(.tokenizing)
    QuotePairer.pair(tokens, text: text, profile: profile, into: &quotes)
    let n = tokens.count
    quoteOf.removeAll(keepingCapacity: true)
    quoteOf.append(contentsOf: repeatElement(-1, count: n))
    for (i, q) in quotes.enumerated() {
      for k in q.open...q.close { quoteOf[k] = Int32(i) }
    }
    stageEnded(.quotes)
    Sentences.split(tokens, quotes: quotes, quoteOf: quoteOf, profile: profile, into: &sentences)
    sentenceOf.removeAll(keepingCapacity: true)
    sentenceOf.reserveCapacity(n)
    for (i, s) in sentences.enumerated() {
      sentenceOf.append(contentsOf: repeatElement(Int32(i), count: s.count))
    }
    paragraphOf.removeAll(keepingCapacity: true)
    paragraphOf.reserveCapacity(n)
    var para: Int32 = -1
    for t in tokens {
      if t.flags.contains(.paragraphStart) { para += 1 }
      paragraphOf.append(para)
    }
    claimedBy.removeAll(keepingCapacity: true)
    claimedBy.append(contentsOf: repeatElement(-1, count: n))
    stageEnded(.tokenizing)  // sentences and paragraphs count as tokenizing
  }

  /// Whether word `k` ends with `-ing` (a participle: `adding`, `saying`).
  func isParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, t.length > 4 else { return false }
    let e = Int(t.end)
    return text[e - 3] == 0x69 && text[e - 2] == 0x6E && text[e - 1] == 0x67
  }
  /// The paragraph index is not stored; this tells whether `k` starts one.
  @inline(__always) func startsParagraph(_ k: Int) -> Bool { tokens[k].flags.contains(.paragraphStart) }
  @inline(__always) func isWordID(_ k: Int, _ id: Int32) -> Bool { id >= 0 && tokens[k].word == id }
  @inline(__always) func punct(_ k: Int) -> Punctuation? { tokens[k].punctuation }
  @inline(__always) func inQuote(_ k: Int) -> Bool { quoteOf[k] >= 0 }
  /// Whether token `k` opens a quote.
  @inline(__always) func opensQuote(_ k: Int) -> Bool {
    let q = quoteOf[k]
    return q >= 0 && quotes[Int(q)].open == k
  }
  /// Whether token `k` closes a quote.
  @inline(__always) func closesQuote(_ k: Int) -> Bool {
    let q = quoteOf[k]
    return q >= 0 && quotes[Int(q)].close == k
  }
}

extension Analysis {
  /// Whether a word within 500 tokens of word `k` (not `k` itself) is written as `k` is — or, when
  /// `lowerCased`, as `k` with its capitals folded (`Rasch` … `rasch`) — and passes `ok`.
  ///
  /// - Complexity: O(1): the look spans at most 1,000 tokens.
  func sameWordNearby(_ k: Int, lowerCased: Bool = false, where ok: (Int) -> Bool = { _ in true }) -> Bool {
    let t = tokens[k]
    let n = t.length
    let a = Int(t.start)
    for j in max(0, k - 500)..<min(tokens.count, k + 500) where j != k {
      let u = tokens[j]
      guard u.length == n, u.kind == .word, u.word == t.word, !lowerCased || !u.isCapitalized else { continue }
      let b = Int(u.start)
      var same = true
      for i in 0..<n where (lowerCased ? ByteClass.lower(text[a + i], after: i > 0 ? text[a + i - 1] : 0) : text[a + i]) != text[b + i] {
        same = false
        break
      }
      if same && ok(j) { return true }
    }
    return false
  }

  /// The byte span of tokens `r`.
  func span(_ r: Range<Int>) -> TextSpan {
    TextSpan(start: Int(tokens[r.lowerBound].start), end: Int(tokens[r.upperBound - 1].end))
  }

  /// The bytes of tokens `r` (valid during the extraction).
  func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    let s = span(r)
    return UnsafeBufferPointer(rebasing: text[s.start..<s.end])
  }

  /// The text of tokens `r` (with the spacing of the article).
  func string(_ r: Range<Int>) -> String { String(decoding: bytes(r), as: UTF8.self) }
}
