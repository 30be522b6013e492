/// One printing of a quote: the quoted words of a direct quote (a split quote's
/// fragments joined by ` … `), or of one fragment of a mixed quote, with where it
/// stands and whom it was pinned on.
public struct QuoteOccurrence: Sendable, Equatable {
  /// The article id, as its JSON value (`"a1"` with the quotes, `12`).
  public var id: [UInt8]
  /// The article's place in the input (0, 1, …): occurrences and groups come in this order.
  public var article: Int
  /// The occurrence's place among its article's occurrences.
  public var index: Int
  /// Where the quoted words stand, in the input's offset unit (nil when not given).
  public var start: Int?
  /// One past the end.
  public var end: Int?
  /// `direct` or `mixed`.
  public var kind: Attribution.Kind
  /// The quoted words as printed, with their marks.
  public var text: String
  /// Whether the quote has a speaker at all (`"speaker": null` when not).
  public var hasSpeaker: Bool
  /// The speaker's canonical name (nil for an anonymous or unresolved one).
  public var speakerName: String?
  /// The speaker's kind (`person`, `organization`, …).
  public var speakerKind: String?
  /// A government speaker's country.
  public var speakerCountry: String?
  /// Whether the quote has a cue (`"cue": null` when not).
  public var hasCue: Bool
  /// The cue's lemma (`say`).
  public var cueLemma: String?
  /// The normalised text's key (``QuoteWords/key``).
  public var key: UInt64
  /// How many normalised words the text has.
  public var wordCount: Int

  /// An occurrence of `text`, its key and word count computed from it.
  public init(
    id: [UInt8], article: Int, index: Int, start: Int?, end: Int?, kind: Attribution.Kind, text: String,
    speaker: (name: String?, kind: String?, country: String?)?, cueLemma: String??
  ) {
    self.init(
      id: id, article: article, index: index, start: start, end: end, kind: kind, text: text,
      speaker: speaker, cueLemma: cueLemma, words: QuoteWords(text))
  }

  /// An occurrence whose words are already known.
  init(
    id: [UInt8], article: Int, index: Int, start: Int?, end: Int?, kind: Attribution.Kind, text: String,
    speaker: (name: String?, kind: String?, country: String?)?, cueLemma: String??, words: QuoteWords
  ) {
    self.id = id
    self.article = article
    self.index = index
    self.start = start
    self.end = end
    self.kind = kind
    self.text = text
    hasSpeaker = speaker != nil
    speakerName = speaker?.name
    speakerKind = speaker?.kind
    speakerCountry = speaker?.country
    hasCue = cueLemma != nil
    self.cueLemma = cueLemma ?? nil
    key = words.key
    wordCount = words.hashes.count
  }

  /// Input order: article, then place in the article.
  var order: (Int, Int) { (article, index) }

  func encode(into s: inout ByteSink) {
    s.word(key)
    s.varint(article)
    s.varint(index)
    s.varint(wordCount)
    s.bytes.append((kind == .mixed ? 1 : 0) | (hasSpeaker ? 2 : 0) | (hasCue ? 4 : 0))
    s.optionalInt(start)
    s.optionalInt(end)
    s.data(id)
    s.string(text)
    s.optionalString(speakerName)
    s.optionalString(speakerKind)
    s.optionalString(speakerCountry)
    s.optionalString(cueLemma)
  }

  /// The fields of an encoded occurrence that grouping looks at, without decoding it.
  struct Peek {
    var key: UInt64
    var article: Int
    var index: Int
    var wordCount: Int
    /// Where the id's bytes and the text's UTF-8 are in the source.
    var id: Range<Int>
    var text: Range<Int>
  }

  static func peek(_ s: inout ByteSource) -> Peek {
    let key = s.word()
    let article = s.varint()
    let index = s.varint()
    let words = s.varint()
    _ = s.byte()
    _ = s.optionalInt()
    _ = s.optionalInt()
    let id = s.skipData()
    let text = s.skipData()
    return Peek(key: key, article: article, index: index, wordCount: words, id: id, text: text)
  }

  init(from s: inout ByteSource) {
    key = s.word()
    article = s.varint()
    index = s.varint()
    wordCount = s.varint()
    let flags = s.byte()
    kind = flags & 1 != 0 ? .mixed : .direct
    hasSpeaker = flags & 2 != 0
    hasCue = flags & 4 != 0
    start = s.optionalInt()
    end = s.optionalInt()
    id = s.data()
    text = s.string()
    speakerName = s.optionalString()
    speakerKind = s.optionalString()
    speakerCountry = s.optionalString()
    cueLemma = s.optionalString()
  }
}
