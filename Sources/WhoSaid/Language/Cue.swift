/// A reporting verb (or phrase) of a language profile.
public struct Cue: Sendable, Hashable {
  /// The dictionary form (`say` for `said`).
  public var lemma: String
  /// How the cue takes its content.
  public var frame: CueFrame
  /// Word id of a particle that must follow (`out` in `point out`), or -1.
  public var particle: Int32 = -1
  /// Word id of the preposition that introduces its content (`of` in `accuse … of`), or -1.
  public var preposition: Int32 = -1
  /// What the cue reports before its speaker is looked at (`say` speech, `believe` belief,
  /// `show` evidence): the class column of the language's cue table; speech for a cue it lacks.
  public var cueClass: CueClass = .speech
}

/// What an attribution reports: words said or written, a belief or intention, or what a document,
/// study or figure shows.
///
/// The cue decides (`said` speech, `believes` belief, `shows` evidence), then the speaker: a
/// document, study or figure makes it `evidence` whatever the cue (`A report by the institute says
/// …`), and an evidence cue whose speaker can speak is speech (`The minister suggested that …`).
public enum CueClass: String, Sendable, CaseIterable {
  /// Said or written: say, tell, announce, write, tweet, `according to`, a colon.
  case speech
  /// Believed, intended or expected: think, believe, expect, hope, fear, want, plan.
  case belief
  /// Shown by a document, study or figure: show, indicate, suggest, find.
  case evidence
}

/// How a cue takes its content.
public struct CueFrame: OptionSet, Sendable, Hashable {
  /// The bits.
  public let rawValue: UInt16
  @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }
  /// Takes a reported clause (`said (that) …`).
  public static let clause = CueFrame(rawValue: 1 << 0)
  /// May take an object first (`told reporters that`, `accused Baku of`).
  public static let object = CueFrame(rawValue: 1 << 1)
  /// Attributes only adjacent direct quotes (`laughed`).
  public static let quoteOnly = CueFrame(rawValue: 1 << 2)
  /// Common in other senses: an indirect claim needs an explicit complementizer.
  public static let weak = CueFrame(rawValue: 1 << 3)
  /// Common outside reporting (`added`, `holds`, `wrote`): an indirect claim needs a complementizer.
  public static let strict = CueFrame(rawValue: 1 << 5)
  /// Its content is introduced by ``Cue/preposition``.
  public static let prepositional = CueFrame(rawValue: 1 << 4)
  /// Its passive subject is the speaker (`wird der Minister zitiert`, `is quoted as saying`).
  public static let passive = CueFrame(rawValue: 1 << 6)
  /// A noun phrase after it is what it reports (`fordert Konsequenzen`, `nannte den Plan
  /// „unsinnig“`; `urged caution`, `proposed a merger`); the other cues report a clause only
  /// (`bestätigte die Berichte`, `announced new rules` report nothing; English: see
  /// ``LanguageProfile/requiresClauseContent``).
  public static let phrase = CueFrame(rawValue: 1 << 7)
}
