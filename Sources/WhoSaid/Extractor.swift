/// Extracts attributed quotes and claims from news articles.
///
/// An extractor is an immutable value: share one across threads, and give each
/// thread its own ``Scratch`` so buffers are reused from article to article.
///
/// ```swift
/// let extractor = Extractor()
/// for a in extractor.extract("\"We will respond,\" the ministry said.") {
///   print(a.speaker?.name ?? "?", a.text)
/// }
/// ```
public struct Extractor: Sendable {
  /// The language the extractor reads.
  public var profile: LanguageProfile { _read { yield core.profile } }
  /// Places that speak for governments.
  public var gazetteer: Gazetteer { _read { yield core.gazetteer } }
  /// Entities the user named (`--entities`), matched before any rule.
  public var knownEntities: [KnownEntity] { _read { yield core.knownEntities } }
  var tokenizer: Tokenizer { _read { yield core.tokenizer } }
  /// The profile as the stages read it.
  var language: Language { core.language }
  /// Who this extractor is, for the working memory that holds its data: copies of an
  /// extractor share it (their data is the same), other extractors have their own.
  var identity: Identity { core.identity }
  /// What the extractor holds, in one object: an extractor is copied for each article a worker
  /// reads, and a copy then costs one reference count, not one for each array of the profile.
  private let core: Core

  /// An extractor's identity (see ``identity``).
  final class Identity: Sendable {}

  final class Core: Sendable {
    let profile: LanguageProfile
    let gazetteer: Gazetteer
    let knownEntities: [KnownEntity]
    let tokenizer: Tokenizer
    let language: Language
    let identity = Identity()

    init(profile: LanguageProfile, gazetteer: Gazetteer, knownEntities: [KnownEntity]) {
      self.profile = profile
      self.gazetteer = gazetteer
      self.knownEntities = knownEntities
      tokenizer = Tokenizer(table: profile.table, elisions: profile.elisions)
      language = Language(profile)
    }
  }

  /// Creates an extractor for a language.
  ///
  /// - Parameters:
  ///   - profile: The language profile (default English).
  ///   - gazetteer: Capitals and seats of government.
  ///   - knownEntities: Speakers and aliases the user knows.
  public init(profile: LanguageProfile = .english, gazetteer: Gazetteer = .standard, knownEntities: [KnownEntity] = []) {
    core = Core(profile: profile, gazetteer: gazetteer, knownEntities: knownEntities)
  }

  /// Reusable working memory for one thread.
  public struct Scratch: ~Copyable {
    /// The article being read (Text and Quotes stages).
    var document = Document()
    /// The claims of that article (Claims stage).
    var claims = Claims()
    /// The entities of the article being read (its tables are reused).
    var resolver: EntityResolver?
    /// Empty buffers; they grow to the largest article seen.
    public init() {}
  }

  /// Extracts the attributions of an article given as a string.
  public func extract(_ text: String) -> [Attribution] {
    var scratch = Scratch()
    var copy = text
    return copy.withUTF8 { extract(utf8: $0, scratch: &scratch) }
  }

  /// Extracts the attributions of an article given as UTF-8 bytes.
  ///
  /// Invalid UTF-8 does no harm: bytes that are not recognised are treated as letters.
  /// - Returns: Attributions in text order, never overlapping; offsets are UTF-8.
  /// - Complexity: O(n) in the length of the text.
  public func extract(utf8 text: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> [Attribution] {
    extract(utf8: text, scratch: &scratch, stageEnded: { _ in })
  }

  /// The steps of an extraction, for profiling (see ``extract(utf8:scratch:stageEnded:)``).
  public enum Stage: Int, CaseIterable, Sendable {
    /// Cutting tokens, paragraphs and sentences.
    case tokenizing
    /// Pairing quotation marks.
    case quotes
    /// Finding reporting frames, quotes' and claims' contents.
    case claims
    /// Finding names and resolving speakers; building the attributions.
    case speakers
  }

  /// Extracts the attributions of an article, calling `stageEnded` as each step
  /// ends (a step may end more than once), so a caller can time the steps.
  ///
  /// The result is the same as ``extract(utf8:scratch:)``'s.
  public func extract(
    utf8 text: UnsafeBufferPointer<UInt8>, scratch: inout Scratch, stageEnded: (Stage) -> Void
  ) -> [Attribution] {
    scratch.document.read(text, tokenizer: tokenizer, language: language, stageEnded: stageEnded)
    scratch.claims.find(in: scratch.document)
    stageEnded(.claims)
    prepareResolver(in: &scratch)
    let speakers = Speakers(language: language, gazetteer: gazetteer)
    // The resolver is used where it lies in the scratch: taking it out and putting it back
    // copied it, one reference count for each of its tables.
    var out = speakers.attributions(of: scratch.claims.drafts, in: scratch.document, resolver: &scratch.resolver!)
    scratch.place(&out)
    stageEnded(.speakers)
    return out
  }

  /// Empties the scratch's resolver when it was made for this extractor (its tables keep their
  /// room); else puts a new one there (one made for another extractor holds other data).
  func prepareResolver(in scratch: inout Scratch) {
    if scratch.resolver?.owner === identity {
      scratch.resolver!.reset()
    } else {
      scratch.resolver = EntityResolver(language: language, gazetteer: gazetteer, known: knownEntities, owner: identity)
    }
  }
}
