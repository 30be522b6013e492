/// One token of an article: a word, number, punctuation mark or quotation mark,
/// located by its UTF-8 byte offsets.
///
/// Tokens are small plain values (16 bytes) so that a whole article's tokens fit
/// in one reusable array; nothing in a token allocates.
public struct Token: Sendable, Hashable {
  /// UTF-8 offset of the first byte.
  public var start: UInt32
  /// UTF-8 offset one past the last byte.
  public var end: UInt32
  /// What kind of token this is.
  public var kind: TokenKind
  /// Layout and shape flags (see ``TokenFlags``).
  public var flags: TokenFlags
  /// For ``TokenKind/quote`` the mark; for ``TokenKind/punctuation`` the
  /// punctuation (see ``Punctuation``); 0 otherwise.
  public var detail: UInt8
  /// Index of the word in the profile's word table, or -1 when it is not listed.
  public var word: Int32

  @inlinable public var length: Int { Int(end &- start) }
  @inlinable public var mark: QuoteMark? { kind == .quote ? QuoteMark(rawValue: detail) : nil }
  @inlinable public var punctuation: Punctuation? {
    kind == .punctuation ? Punctuation(rawValue: detail) : nil
  }
  @inlinable public var isCapitalized: Bool { flags.contains(.capitalized) }
  /// Line breaks between this token and the previous one (0, 1, or 2 for two or more).
  @inlinable public var lineBreaksBefore: Int {
    flags.contains(.blankLineBefore) ? 2 : (flags.contains(.lineBreakBefore) ? 1 : 0)
  }
}

/// The coarse class of a token.
public enum TokenKind: UInt8, Sendable {
  case word, number, punctuation, quote
}

/// Bit flags describing a token's surroundings and shape.
public struct TokenFlags: OptionSet, Sendable, Hashable {
  /// The bits.
  public let rawValue: UInt8
  @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }
  /// White space (or the start of the text) precedes the token.
  public static let spaceBefore = TokenFlags(rawValue: 1 << 0)
  /// White space (or the end of the text) follows the token.
  public static let spaceAfter = TokenFlags(rawValue: 1 << 1)
  /// At least one line break precedes the token.
  public static let lineBreakBefore = TokenFlags(rawValue: 1 << 2)
  /// Two or more line breaks (a blank line) precede the token.
  public static let blankLineBefore = TokenFlags(rawValue: 1 << 3)
  /// The word starts with an upper-case letter.
  public static let capitalized = TokenFlags(rawValue: 1 << 4)
  /// Every letter of the word is upper case (and it has at least two).
  public static let allCaps = TokenFlags(rawValue: 1 << 5)
  /// The word contains inner periods, as in `U.S.` or `e.g.`.
  public static let dotted = TokenFlags(rawValue: 1 << 6)
  /// The token opens a paragraph (set by ``Paragraphs``).
  public static let paragraphStart = TokenFlags(rawValue: 1 << 7)
}

/// Punctuation that the extractor distinguishes.
public enum Punctuation: UInt8, Sendable {
  case period = 1, comma, colon, semicolon, question, exclamation, ellipsis
  case openParen, closeParen, dash, hyphen, slash, other

  /// Whether the mark can end a sentence.
  @inlinable public var isTerminal: Bool {
    self == .period || self == .question || self == .exclamation || self == .ellipsis
  }
}

/// Every quotation mark the tokenizer recognises.
public enum QuoteMark: UInt8, Sendable, CaseIterable {
  /// `"`
  case straightDouble = 1
  /// `'` (also an apostrophe)
  case straightSingle
  /// `“`
  case leftDouble
  /// `”`
  case rightDouble
  /// `‘`
  case leftSingle
  /// `’` (also an apostrophe)
  case rightSingle
  /// `„`
  case lowDouble
  /// `‚`
  case lowSingle
  /// `«`
  case leftGuillemet
  /// `»`
  case rightGuillemet
  /// `‹`
  case leftSingleGuillemet
  /// `›`
  case rightSingleGuillemet
  /// ` `` ` (LaTeX-style opening)
  case backticks
  /// `''` (two apostrophes, as a closing or doubled mark)
  case doubledApostrophe

  /// Whether the mark belongs to the single-quote level (nested inside double quotes in English).
  @inlinable public var isSingle: Bool {
    switch self {
    case .straightSingle, .leftSingle, .rightSingle, .lowSingle, .leftSingleGuillemet,
      .rightSingleGuillemet:
      return true
    default: return false
    }
  }
}
