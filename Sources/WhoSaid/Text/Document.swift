/// One article as every later stage reads it: its tokens, paragraphs, sentences and quotes,
/// with per-token indexes into them, and its language.
///
/// The Text and Quotes stages make it (``read(_:tokenizer:language:stageEnded:)``); nothing
/// after them changes it. Its buffers are kept between articles (see ``Extractor/Scratch``), so
/// a stream of articles allocates only when one is larger than all before it. A stage holds a
/// copy (one reference per buffer, made once per article); word tests used by several stages
/// are its methods (`Document+Words.swift`, `Document+Names.swift`, `Document+Spans.swift`).
struct Document {
  var tokens: [Token] = []
  var quotes: [QuoteSpan] = []
  /// For each token, the index of the quote that contains it (marks included), or -1.
  var quoteOf: [Int32] = []
  var sentences: [Range<Int>] = []
  /// For each token, the index of its sentence.
  var sentenceOf: [Int32] = []
  /// For each token, the index of its paragraph.
  var paragraphOf: [Int32] = []
  /// The tokens of each paragraph.
  var paragraphs: [Range<Int>] = []
  /// The article's language: its profile and the words rules name.
  var language = Language.empty
  /// The article's bytes, valid during one extraction.
  var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  /// Where the tokenizer cuts the tokens, kept from article to article.
  let tokenRoom = TokenRoom()

  /// Reads an article into this document, reusing its buffers.
  mutating func read(_ text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, language: Language) {
    read(text, tokenizer: tokenizer, language: language, stageEnded: { _ in })
  }

  /// Tokenizes, pairs quotes and splits sentences, telling `stageEnded` when each step is done.
  ///
  /// - Complexity: O(n) in the length of the text.
  @inline(__always)
  mutating func read(
    _ text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer, language: Language, stageEnded: (Extractor.Stage) -> Void
  ) {
    self.language = language
    let profile = language.profile
    self.text = text
    tokenizer.tokenize(text, into: &tokens, room: tokenRoom)
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
    Sentences.split(tokens, quotes: quotes, quoteOf: quoteOf, profile: profile, text: text, into: &sentences)
    sentenceOf.removeAll(keepingCapacity: true)
    sentenceOf.reserveCapacity(n)
    for (i, s) in sentences.enumerated() {
      sentenceOf.append(contentsOf: repeatElement(Int32(i), count: s.count))
    }
    indexParagraphs()
    stageEnded(.tokenizing)  // sentences and paragraphs count as tokenizing
  }

  /// Fills ``paragraphOf`` and ``paragraphs`` from the tokens' paragraph starts.
  private mutating func indexParagraphs() {
    paragraphOf.removeAll(keepingCapacity: true)
    paragraphOf.reserveCapacity(tokens.count)
    paragraphs.removeAll(keepingCapacity: true)
    var para: Int32 = -1
    var start = 0
    for (k, t) in tokens.enumerated() {
      if t.flags.contains(.paragraphStart) {
        if para >= 0 { paragraphs.append(start..<k) }
        para += 1
        start = k
      }
      paragraphOf.append(para)
    }
    if para >= 0 { paragraphs.append(start..<tokens.count) }
  }
}

/// A language as the stages read it: its profile and the ids of the words rules name, made once
/// per extractor and shared by reference, so that handing a document to a stage copies one
/// reference for them (a profile holds some forty).
final class Language: Sendable {
  let profile: LanguageProfile
  /// The profile's ``LanguageProfile/known`` words.
  let known: KnownWords
  /// The profile's ``LanguageProfile/verbSecond`` switch.
  let verbSecond: Bool
  /// The profile's French words, nil for other languages: the switch of the French rules.
  let french: FrenchWords?
  /// What capitalized names are, beyond the profile's roles (see ``NameLexicon``).
  let names: NameLexicon
  /// For each word id, whether ``FrameFinder/findFrames(in:into:)`` may open a frame at the word:
  /// a cue form, a particle cue's verb, or the first word of a source word or phrase. Any other
  /// word is passed over with one lookup.
  let opensFrame: [Bool]

  init(_ profile: LanguageProfile) {
    self.profile = profile
    known = profile.known
    verbSecond = profile.verbSecond
    french = profile.french
    names = NameLexicon.forLanguage(profile.code)
    opensFrame = Language.framesOpening(profile, french: profile.french)
  }

  /// The words that may open a frame (see ``opensFrame``).
  private static func framesOpening(_ profile: LanguageProfile, french: FrenchWords?) -> [Bool] {
    let count = profile.cueOfWord.count
    // A source phrase with no words would match anywhere: then every word is looked at.
    guard !profile.sourcePrepositions.contains(where: \.isEmpty) else { return Array(repeating: true, count: count) }
    var opens = (0..<count).map { w in
      profile.cueOfWord[w] >= 0 || profile.particleCueOfWord[w] >= 0 || profile.roles[w].contains(.clauseSource)
    }
    func mark(_ w: Int32) { if w >= 0 && Int(w) < count { opens[Int(w)] = true } }
    for w in profile.known.sourceAdverbs { mark(w) }
    mark(profile.known.sourceNounPreposition)
    mark(profile.known.sourceRelative)
    for w in profile.sourcePostpositions { mark(w) }
    for phrase in profile.sourcePrepositions { mark(phrase[0]) }
    for w in french?.onInverted ?? [] { mark(w) }
    return opens
  }

  /// A language with no words, the placeholder of an empty ``Document``.
  static let empty = Language(LanguageProfile(code: "", capitalizesNouns: false))
}

extension Document {
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
