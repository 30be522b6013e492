/// The thresholds of quote linking: when quotes count as the same words, and when
/// two speakers of them are a conflict.
///
/// Two distinct quote texts (after ``QuoteWords`` normalisation) are linked when:
/// - **part**: the shorter, of at least ``partMinimum`` words, is a contiguous run
///   of the longer (`"a new consciousness for European films"` inside
///   `"We want a new consciousness for European films, and we have it."`);
/// - **near**: their word edit distance is at most ``allowedEdits(shorter:)``: one
///   word changed, added or dropped when the shorter has 8 words, two from 12
///   (`"a low dollar makes our prices very attractive"` and `"the low dollar …"`).
///
/// Candidates are found without comparing all pairs: each text's tiles (its words
/// 0–3, 4–7, …) are looked up among all texts' 4-word windows. A part always shares
/// its first tile with the quote that contains it, and `e` edits leave one of
/// `e + 1` tiles of the shorter text untouched, which is why one edit needs 8
/// words and two need 12: every pair the rules accept is found, none by chance.
public struct LinkRules: Sendable, Equatable {
  /// Quotes shorter than this many words are not linked at all (`"no comment"`).
  public var minimumWords = 4
  /// The shortest part that links to a longer quote.
  public var partMinimum = 6
  /// Two speakers are a conflict only through occurrences of at least this many
  /// words each: `"we will not give up"` said by two people is a group of the
  /// same words but not evidence that one of them was misquoted.
  public var conflictMinimum = 8
  /// A 4-word run found in more distinct quotes than this is a formula
  /// (`"we are going to"`), and proposes no candidates.
  public var gramCap = 256

  /// The word runs that candidates share.
  static let gram = 4

  /// The default rules.
  public init() {}

  /// How many word edits two texts may differ by when the shorter has `n` words.
  ///
  /// - Returns: 0 below 8 words, 1 below 12, 2 from 12.
  public func allowedEdits(shorter n: Int) -> Int {
    n >= 12 ? 2 : n >= 8 ? 1 : 0
  }
}
