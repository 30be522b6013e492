/// Word ids of the few function words the rules name directly, per language
/// (`of`/`von`/`de`, …); -1 where a language has none.
public struct KnownWords: Sendable {
  /// `of`, `von`, `de`.
  public var of: Int32 = -1
  /// `for`, `für`, `pour`.
  public var `for`: Int32 = -1
  /// `and`, `und`, `et`.
  public var and: Int32 = -1
  /// `to` (an infinitive marker before a verb form).
  public var to: Int32 = -1
  /// `by` (a passive's agent).
  public var by: Int32 = -1
  /// `adding` (`…, adding that …`).
  public var adding: Int32 = -1
  /// `wie` in `…, wie der Minister sagte` (-1 where no such frame is read).
  public var like: Int32 = -1
  /// A reflexive pronoun that may stand between a verb and its subject (`äußerte sich der Minister`).
  public var reflexive: Int32 = -1
}
