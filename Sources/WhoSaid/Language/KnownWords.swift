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
  /// Determiners that open a genitive attribute after a noun (German `des`, `der`, `eines`,
  /// `einer`: `ein Sprecher der Polizei`); empty where a language has none.
  public var genitives: [Int32] = []
  /// The unambiguous ones of ``genitives`` (`des`, `eines`), which never open a dative object.
  public var strictGenitives: [Int32] = []
  /// Demonstratives that stand alone for the sentence before (German `Dies teilte die Polizei mit`).
  public var demonstratives: [Int32] = []
  /// Separable verb particles (German `statt`, `teil`, `an`): one that closes a clause belongs to its
  /// verb, so a cue form before it is another verb (`fand … statt`, `nahmen … teil`).
  public var particles: [Int32] = []
  /// The preposition that opens a source noun phrase (German `nach` in `nach ersten Angaben`).
  public var sourceNounPreposition: Int32 = -1
  /// Modals that report hearsay before a perfect infinitive (German `soll`, `sollen`: `Er soll
  /// geflohen sein`, `Sie sollen gezahlt haben`).
  public var hearsayModals: [Int32] = []
  /// The auxiliaries that close a perfect infinitive (German `sein`, `haben`).
  public var perfectInfinitives: [Int32] = []
  /// Pronominal adverbs that open a sentence as its source, standing for one named before (German
  /// `Demnach sei …`: according to that report); they resolve to the latest speaker.
  public var sourceAdverbs: [Int32] = []
  /// The adjective that makes a source phrase point at its clause's subject (German `eigenen` in
  /// `Die Feuerwehr hat nach eigenen Angaben …`).
  public var own: Int32 = -1
  /// German `als` before a fronted role noun (`Als Begründung nannte er …`): that phrase is no subject.
  public var `as`: Int32 = -1
  /// Person nouns that end many surnames (German `mann`, `frau`: `Hartmann`), never read as the
  /// title at the end of a compound.
  public var surnameEndings: [Int32] = []
  /// Month names and their abbreviations, after a day written as an ordinal (German `6. Oktober`).
  public var months: [Int32] = []
  /// Pronouns only ever nominative (German `er`, `ich`, `wir`): right after a verb, its subject.
  public var nominativePronouns: [Int32] = []
  /// German relative pronouns after a preposition (`in dem`, `mit denen`, `bei welcher`).
  public var relativeObliques: [Int32] = []
  /// German conjunctions that open a verb-final clause, its subject right after them (`nachdem`).
  public var subordinators: [Int32] = []
  /// German `wonach`: a relative adverb whose clause is what the noun before it says (`ein Bericht,
  /// wonach …`).
  public var sourceRelative: Int32 = -1
  /// German `aus`: a phrase it fronts may be the source (`Aus Militärkreisen verlautete, …`).
  public var from: Int32 = -1
  /// German `mit` and `Worten`: `Mit den Worten „…“, …` quotes the clause's subject.
  public var with: Int32 = -1
  /// German `worden`: after a participle, the verb-final passive (`gerügt worden war`).
  public var been: Int32 = -1
  /// Possessives of `he` and of `she`/`they` (German `seiner`, `ihrer`), for `seiner Meinung nach`.
  public var hePossessives: [Int32] = []
  public var shePossessives: [Int32] = []
  public var words: Int32 = -1
  /// German `von`, `vom`: the prepositions of a passive's agent (`wurde von der Opposition kritisiert`).
  public var agents: [Int32] = []
}
