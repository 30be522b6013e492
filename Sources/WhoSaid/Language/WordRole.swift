/// What a listed word can do in a speaker phrase or around a cue.
///
/// A word may have several roles (`that` is a complementizer and a relative).
public struct WordRole: OptionSet, Sendable, Hashable {
  /// The bits.
  public let rawValue: UInt32
  @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// `the`, `a`, `an`, `this`…: starts a noun phrase.
  public static let determiner = WordRole(rawValue: 1 << 0)
  /// `his`, `her`, `its`, `their`: possessive determiners.
  public static let possessive = WordRole(rawValue: 1 << 1)
  /// A male singular pronoun (`he`).
  public static let hePronoun = WordRole(rawValue: 1 << 2)
  /// A female singular pronoun (`she`).
  public static let shePronoun = WordRole(rawValue: 1 << 3)
  /// A plural pronoun (`they`, `we`).
  public static let theyPronoun = WordRole(rawValue: 1 << 4)
  /// A neuter singular pronoun (`it`).
  public static let itPronoun = WordRole(rawValue: 1 << 5)
  /// A first- or second-person pronoun (`I`, `you`).
  public static let personalPronoun = WordRole(rawValue: 1 << 6)
  /// Auxiliaries and adverbs that may stand between a subject and its cue (`has`, `also`).
  public static let skippable = WordRole(rawValue: 1 << 7)
  /// A preposition.
  public static let preposition = WordRole(rawValue: 1 << 8)
  /// A word that ends a speaker phrase (`who`, `because`, `and`, verbs that are not cues).
  public static let stop = WordRole(rawValue: 1 << 9)
  /// The complementizer that opens a reported clause (`that`, `dass`, `que`).
  public static let complementizer = WordRole(rawValue: 1 << 10)
  /// A title or honorific before a name (`Minister`, `Mr`).
  public static let title = WordRole(rawValue: 1 << 11)
  /// A head noun for a person (`spokesman`).
  public static let personNoun = WordRole(rawValue: 1 << 12)
  /// A head noun for an organisation (`ministry`).
  public static let organizationNoun = WordRole(rawValue: 1 << 13)
  /// A head noun for a group (`officials`).
  public static let groupNoun = WordRole(rawValue: 1 << 14)
  /// A male first name.
  public static let maleName = WordRole(rawValue: 1 << 15)
  /// A female first name.
  public static let femaleName = WordRole(rawValue: 1 << 16)
  /// Days, months and other time words (`Monday`, `yesterday`).
  public static let time = WordRole(rawValue: 1 << 17)
  /// An abbreviation whose period does not end a sentence (`Mr`, `Gen`).
  public static let abbreviation = WordRole(rawValue: 1 << 18)
  /// A relative pronoun (`who`, `which`).
  public static let relative = WordRole(rawValue: 1 << 19)
  /// Male title (`Mr`, `King`).
  public static let maleTitle = WordRole(rawValue: 1 << 20)
  /// Female title (`Mrs`, `Queen`).
  public static let femaleTitle = WordRole(rawValue: 1 << 21)
  /// A coordinating conjunction (`and`, `or`).
  public static let conjunction = WordRole(rawValue: 1 << 22)
  /// A word that may open a sentence but is not a name (`The`, `But`, `In`).
  public static let function = WordRole(rawValue: 1 << 23)
  /// A negation (`not`, `never`).
  public static let negation = WordRole(rawValue: 1 << 24)
  /// A passive or copula form (`was`, `been`).
  public static let copula = WordRole(rawValue: 1 << 25)
  /// A verb form of reported speech (German Konjunktiv I: `sei`, `habe`, `werde`), whose
  /// sentence continues the indirect speech of the speaker before it.
  public static let subjunctive = WordRole(rawValue: 1 << 26)
  /// A word that names its source only at the start of a clause (German `so` in `„…“, so Müller`).
  public static let clauseSource = WordRole(rawValue: 1 << 27)
  /// A determiner that never opens a subject (German `dem`, `den`, `einem`): its phrase before a
  /// cue is a fronted object, and the speaker follows the verb (`Dem Sender sagte der Minister`).
  public static let oblique = WordRole(rawValue: 1 << 28)
  /// A finite auxiliary or modal that leaves its participle or infinitive at the clause end
  /// (German `hat … gesagt`, `will … erklären`), so the cue's subject stands next to it.
  public static let auxiliary = WordRole(rawValue: 1 << 29)
  /// A passive auxiliary (German `wird`, `wurde`): only a cue whose passive subject speaks
  /// (``CueFrame/passive``: `wird der Minister zitiert`) takes its subject as speaker.
  public static let passiveAuxiliary = WordRole(rawValue: 1 << 30)
  /// A form only reported speech uses (German Konjunktiv I: `sei`, `habe`, `könne`): its sentence
  /// is someone's indirect speech even when no attributed sentence comes right before it.
  public static let reportedMood = WordRole(rawValue: 1 << 31)

  /// Any pronoun that can be a speaker.
  public static let pronoun: WordRole = [.hePronoun, .shePronoun, .theyPronoun, .itPronoun, .personalPronoun]
  /// Any head noun of a speaker description.
  public static let speakerNoun: WordRole = [.personNoun, .organizationNoun, .groupNoun]
}

extension WordRole {
  /// Whether the word has any of the roles in `r` (``contains(_:)`` asks for all).
  @inlinable public func any(_ r: WordRole) -> Bool { !isDisjoint(with: r) }
}
