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
  }

  /// Reusable working memory for one thread.
  public struct Scratch: ~Copyable {
    var analysis = Analysis()
    var frames: [Frame] = []
    var drafts: [Draft] = []
    /// For each sentence, whether it has a reporting frame.
    var sentenceFramed: [Bool] = []
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
    scratch.analysis.analyse(text, tokenizer: tokenizer, profile: profile, stageEnded: stageEnded)
    scratch.drafts.removeAll(keepingCapacity: true)
    scratch.sentenceFramed.removeAll(keepingCapacity: true)
    for s in scratch.analysis.sentences {
      scratch.frames.removeAll(keepingCapacity: true)
      scratch.analysis.findFrames(in: s, profile: profile, into: &scratch.frames)
      scratch.sentenceFramed.append(!scratch.frames.isEmpty)
      scratch.analysis.attribute(frames: scratch.frames, in: s, profile: profile, drafts: &scratch.drafts)
    }
    scratch.analysis.joinFollowingQuotes(&scratch.drafts)
    scratch.analysis.attachStandaloneQuotes(&scratch.drafts, frames: &scratch.frames, sentenceFramed: scratch.sentenceFramed, profile: profile)
    scratch.analysis.continueSubjunctiveSpeech(&scratch.drafts, sentenceFramed: scratch.sentenceFramed, profile: profile)
    stageEnded(.claims)
    // The scratch's resolver is reused when it was made for this extractor (its tables
    // keep their room); one made for another extractor is replaced.
    var resolver: EntityResolver
    if let r = scratch.resolver.take(), r.owner === identity {
      resolver = r
      resolver.reset()
    } else {
      resolver = EntityResolver(profile: profile, gazetteer: gazetteer, known: knownEntities, owner: identity)
    }
    let out = build(scratch.drafts, analysis: scratch.analysis, resolver: &resolver)
    scratch.resolver = resolver
    stageEnded(.speakers)
    return out
  }

  /// Resolves speakers and turns drafts into attributions.
  func build(_ drafts: [Draft], analysis a: Analysis, resolver: inout EntityResolver) -> [Attribution] {
    var order = Array(drafts.indices)
    order.sort { drafts[$0].content.lowerBound < drafts[$1].content.lowerBound }
    var speakers = [Speaker?](repeating: nil, count: drafts.count)
    // Speakers in text order, with the names mentioned before each.
    var bySpeaker = order
    bySpeaker.sort { (drafts[$0].frame?.speaker?.lowerBound ?? drafts[$0].content.lowerBound) < (drafts[$1].frame?.speaker?.lowerBound ?? drafts[$1].content.lowerBound) }
    func position(_ d: Draft) -> Int { d.frame?.speaker?.upperBound ?? d.content.lowerBound }
    let last = drafts.reduce(0) { max($0, position($1)) }
    let mentions = drafts.isEmpty ? [] : a.mentions(profile: profile, gazetteer: gazetteer, before: last)
    var nextMention = 0
    for i in bySpeaker {
      let at = position(drafts[i])
      while nextMention < mentions.count && mentions[nextMention].position < at {
        resolver.register(mentions[nextMention])
        nextMention += 1
      }
      let d = drafts[i]
      if d.carriedFrom >= 0 {
        if var s = speakers[d.carriedFrom] {
          s.span = nil
          s.text = ""
          s.resolution = .carried
          speakers[i] = s
        }
      } else if let r = d.frame?.speaker, let ante = d.frame?.antecedent {
        // `nach eigenen Angaben`: the phrase as written, the entity of the subject it stands for.
        var s = resolver.resolve(ante, in: a, position: ante.lowerBound)
        s.span = a.span(r)
        s.text = a.string(r)
        s.resolution = .pronoun
        speakers[i] = s
      } else if let r = d.frame?.speaker {
        speakers[i] = resolver.resolve(r, in: a, position: r.lowerBound)
      }
    }
    var out: [Attribution] = []
    out.reserveCapacity(drafts.count)
    var lastEnd = -1
    for i in order {
      let d = drafts[i]
      let content = a.span(d.content)
      if content.start < lastEnd { continue }  // never overlap
      lastEnd = content.end
      var cue: CueMention?
      if let f = d.frame {
        let lemma: String
        if f.cueIndex >= 0 {
          lemma = profile.cues[Int(f.cueIndex)].lemma
        } else {
          lemma = a.string(f.cue).lowercased()
        }
        cue = CueMention(span: a.span(f.cue), text: a.string(f.cue), lemma: lemma)
      }
      if d.carriedFrom >= 0 || d.frame?.standIn == true { cue = nil }
      let fragments = (d.fragments.count > 1 || d.kind == .mixed) ? d.fragments.map { a.span($0) } : []
      out.append(
        Attribution(
          kind: d.kind, content: content, text: a.string(d.content), fragments: fragments,
          speaker: speakers[i], cue: cue, confidence: d.confidence))
    }
    return out
  }
}
