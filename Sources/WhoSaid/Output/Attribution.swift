/// A stretch of the article, by UTF-8 byte offsets (end exclusive).
///
/// Offsets stay in UTF-8 inside the library; ``OffsetConverter`` turns them into
/// code point or UTF-16 offsets once, at output.
public struct TextSpan: Sendable, Hashable, Comparable {
  /// The first byte.
  public var start: Int
  /// One past the last byte.
  public var end: Int
  /// A span from `start` to `end` (exclusive).
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
  public static func < (a: TextSpan, b: TextSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// One attributed statement: who said what, and how the text shows it.
public struct Attribution: Sendable, Hashable {
  /// How the statement is reported.
  public enum Kind: String, Sendable, CaseIterable {
    /// Entirely inside quotation marks.
    case direct
    /// A reported clause with quoted fragments.
    case mixed
    /// Reported speech without quotation marks.
    case indirect
  }

  /// Direct, mixed or indirect.
  public var kind: Kind
  /// What was said: for a direct quote the marks are included; a split quote
  /// runs from its first opening mark to its last closing mark.
  public var content: TextSpan
  /// The content's text.
  public var text: String
  /// The quoted parts of a mixed or split quote (empty for a plain direct or indirect one).
  public var fragments: [TextSpan]
  /// Who said it, when known.
  public var speaker: Speaker?
  /// The reporting verb or phrase, when there is one.
  public var cue: CueMention?
  /// How sure the extractor is, in 0…1.
  public var confidence: Double
  /// The index of the paragraph where the content starts (0 for the first), as the extractor
  /// cuts paragraphs: after a blank line, or after a line break that ends a sentence.
  public var paragraph = 0
  /// The index of the sentence where the content starts (0 for the article's first).
  public var sentence = 0
  /// The sentences (or paragraphs) around the attribution, when asked for: the extractor leaves it
  /// nil; ``Extractor/Scratch/context(of:unit:)`` gives it after an extraction.
  public var context: TextSpan? = nil
  /// The kind of speech act (`accusation` for `accused`, `question` for `asked whether`).
  public var act: Act = .statement
  /// Who the claim is against or aimed at, when its cue takes one (`Baku` in `Russia accused
  /// Baku of …`; the subject of a passive: `Baku was accused by Moscow`), resolved like the speaker.
  public var target: Speaker? = nil
  /// Who the words were said to, when the text says it (`reporters` in `told reporters`,
  /// `Reuters` in `said in an interview with Reuters`), resolved like the speaker.
  public var audience: Speaker? = nil
}

/// The speaker of an attribution.
public struct Speaker: Sendable, Hashable {
  /// The speaker phrase in the text, or nil for a speaker carried over from an
  /// earlier paragraph.
  public var span: TextSpan?
  /// The phrase's text (empty when ``span`` is nil).
  public var text: String
  /// The canonical entity this speaker resolves to (`Sergei Lavrov` for `he`).
  public var name: String?
  /// What kind of entity it is.
  public var kind: SpeakerKind
  /// How ``name`` was found.
  public var resolution: Resolution
  /// For governments (`Moscow`, `the Kremlin`): the country they speak for.
  public var country: String?
  /// The title or role written with the name (`Foreign Minister` for `Foreign Minister Anna
  /// Keller`, `chief executive` for `The hospice's chief executive, Eluned Price,`), or nil.
  public var title: String? = nil
  /// Where the entity is named in full, for a speaker that does not name it itself (a pronoun,
  /// a description, an alias, a carried speaker): the nearest such mention before, else nil.
  public var antecedent: TextSpan? = nil
}

/// The kind of a speaker entity.
public enum SpeakerKind: String, Sendable, CaseIterable {
  case person, organization, government, group, anonymous, unknown
}

/// How a speaker's canonical name was found.
public enum Resolution: String, Sendable, CaseIterable {
  /// The phrase names the speaker itself.
  case explicit
  /// A shorter or titled form of an earlier name (`Lavrov`, `the ministry`).
  case alias
  /// A pronoun resolved to the most recent compatible speaker.
  case pronoun
  /// A capital or seat of government standing for its government.
  case metonymy
  /// No cue: the statement continues the previous speaker's.
  case carried
}

/// The cue of an attribution.
public struct CueMention: Sendable, Hashable {
  /// Where the cue stands.
  public var span: TextSpan
  /// The cue as written (`said`, `According to`).
  public var text: String
  /// The dictionary form (`say` for `said`, `according to`).
  public var lemma: String
  /// What is reported: `speech`, `belief` or `evidence` (the cue's class, then the speaker's:
  /// see ``CueClass``).
  public var `class`: CueClass = .speech
}
