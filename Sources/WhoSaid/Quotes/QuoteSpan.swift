/// A direct quotation: the tokens from its opening mark to its closing mark.
///
/// A quote that runs over several paragraphs (each reopened by a mark) is one
/// span; quotes nested inside it are part of it.
public struct QuoteSpan: Sendable, Hashable {
  /// Index of the opening mark's token.
  public var open: Int
  /// Index of the closing mark's token.
  public var close: Int
  /// The opening mark.
  public var mark: QuoteMark
  /// The number of paragraph breaks the quote runs over.
  public var paragraphs: Int
}
