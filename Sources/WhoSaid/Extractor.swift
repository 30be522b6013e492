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
  public let profile: LanguageProfile
  /// Places that speak for governments.
  public let gazetteer: Gazetteer
  /// Entities the user named (`--entities`), matched before any rule.
  public let knownEntities: [KnownEntity]
  let tokenizer: Tokenizer
  /// The profile as the stages read it.
  let language: Language
  /// Who this extractor is, for the working memory that holds its data: copies of an
  /// extractor share it (their data is the same), other extractors have their own.
  let identity = Identity()

  /// An extractor's identity (see ``identity``).
  final class Identity: Sendable {}

  /// Creates an extractor for a language.
  ///
  /// - Parameters:
  ///   - profile: The language profile (default English).
  ///   - gazetteer: Capitals and seats of government.
  ///   - knownEntities: Speakers and aliases the user knows.
  public init(profile: LanguageProfile = .english, gazetteer: Gazetteer = .standard, knownEntities: [KnownEntity] = []) {
    self.profile = profile
    self.gazetteer = gazetteer
    self.knownEntities = knownEntities
    self.tokenizer = Tokenizer(table: profile.table, splitsElisions: profile.splitsElisions)
    self.language = Language(profile)
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
    var resolver = resolver(from: &scratch)
    let speakers = Speakers(profile: profile, gazetteer: gazetteer)
    var out = speakers.attributions(of: scratch.claims.drafts, in: scratch.document, resolver: &resolver)
    scratch.resolver = resolver
    scratch.place(&out)
    stageEnded(.speakers)
    return out
  }

  /// The scratch's resolver, emptied, when it was made for this extractor (its tables keep their
  /// room); else a new one (one made for another extractor holds other data).
  func resolver(from scratch: inout Scratch) -> EntityResolver {
    if var r = scratch.resolver.take(), r.owner === identity {
      r.reset()
      return r
    }
    return EntityResolver(profile: profile, gazetteer: gazetteer, known: knownEntities, owner: identity)
  }
}
