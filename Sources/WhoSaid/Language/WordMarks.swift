/// What the precision rules of issue 20 know of a word, by word id in a profile
/// (``LanguageProfile/has(_:_:)``): one array lookup where a set would hash.
struct WordMarks: OptionSet, Sendable, Hashable {
  let rawValue: UInt16
  init(rawValue: UInt16) { self.rawValue = rawValue }

  /// A head noun that makes a speaker a document, study or figure (`report`, `survey`,
  /// `figures`): its attribution is `evidence` (``CueClass``).
  static let documentNoun = WordMarks(rawValue: 1 << 0)
  /// A noun before `report(s)` that makes it a body's words (`media reports`), not a document.
  static let newsNoun = WordMarks(rawValue: 1 << 1)
  /// A word that makes a clause finite (`would`, `is`, `didn't`, `went`), for
  /// ``LanguageProfile/requiresClauseContent``.
  static let finite = WordMarks(rawValue: 1 << 2)
  /// A noun that is a proposition (`allegations`, `report`, `rumours`): as a cue's object it is
  /// what is denied or confirmed (`denied the allegations`).
  static let proposition = WordMarks(rawValue: 1 << 3)
  /// The base form of a cue (`say`, `report`): the form that is also a noun after a modifier.
  static let baseCueForm = WordMarks(rawValue: 1 << 4)
  /// The base or third-person form of a cue (`report`, `reports`): the forms that are also nouns.
  static let nounCueForm = WordMarks(rawValue: 1 << 5)
  /// The author's own first- or second-person pronoun (`I`, `we`, `you`): outside quotes, no speaker.
  static let authorPronoun = WordMarks(rawValue: 1 << 6)
  /// A word that opens an indirect question (`whether`, `how`, `why`): a reported clause.
  static let question = WordMarks(rawValue: 1 << 7)
  /// A noun for what someone said, after a possessive and before a colon (`Her message to
  /// supporters: …`): the possessive is the speaker.
  static let speechNoun = WordMarks(rawValue: 1 << 8)
  /// A modal that makes a cue hypothetical (`may`, `might`, `could`): `It may encourage savers
  /// to …` reports nothing.
  static let hypothetical = WordMarks(rawValue: 1 << 9)
  /// A preposition that also opens a clause (`after`, `before`, `since`, `until`) or a number
  /// (`about`): the phrase after it may be a subject (`after the minister said`, `About a dozen
  /// people said`).
  static let subordinator = WordMarks(rawValue: 1 << 10)
  /// A conjunction after which a cue shares the subject before it, like `and` (`but`: `The firm
  /// did not say when, but said it had signed …`).
  static let coordinator = WordMarks(rawValue: 1 << 11)
}
