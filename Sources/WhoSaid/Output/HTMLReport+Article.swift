extension HTMLReport {
  /// One article's part of a report: its counts for the summary and, when it is
  /// shown in full, its legend and highlighted text as HTML.
  ///
  /// Entries are independent of each other, so they can be built on many threads
  /// and added to the report in input order. An entry keeps no reference to the
  /// article's text: only the counts and, when rendered, the HTML.
  public struct Entry: Sendable {
    /// The article id, as shown.
    public let id: String
    /// The number of attributions.
    public private(set) var attributionCount: Int
    var kinds: [Int]
    /// Attributions by ``CueClass`` (in `allCases` order), then those with no cue.
    var classes: [Int]
    var resolutions: [Int]
    var speakers: [SpeakerCount]
    var unnamed: Int
    var noSpeaker: Int
    /// Who was said to accuse, criticise, praise, urge… whom (the attributions with a target).
    var parties: [PartyClaim] = []
    /// The legend and the text, when rendered.
    let body: [UInt8]?
    /// Where the anchors of the attributions go in ``body`` (see ``ArticleHTML/Marked``).
    let anchors: [(offset: Int, index: Int)]
    /// The named speakers' attributions, for the report's speaker index (when rendered).
    var items: [IndexItem] = []
    /// Fields of the input line shown under the article's heading (`--keep`): name and value.
    public var fields: [(name: String, value: String)] = []
    /// The windows of an article read in windows (1 otherwise); only the first is shown.
    public private(set) var windows = 1
    /// The article's quoted words, for linking the same words across articles
    /// (``HTMLReport/sameWords``); the report itself does not keep them.
    public var quotes: [QuoteOccurrence] = []

    /// Whether the entry holds the article's HTML (and not only its counts).
    public var isRendered: Bool { body != nil }

    /// Builds the entry of one article.
    ///
    /// - Parameters:
    ///   - id: The article id, shown as its heading (escaped).
    ///   - text: The article's UTF-8 bytes, the reference of the attributions' offsets.
    ///   - attributions: The article's attributions, in text order, as
    ///     ``Extractor/extract(utf8:scratch:)`` returns them.
    ///   - rendered: Whether to render the article's HTML; when false the entry
    ///     only counts, for the summary.
    ///   - profile: The language profile, used to find paragraphs as the extractor does.
    ///   - paragraphs: The article's paragraphs, when known (``Extractor/Scratch/paragraphSpans``
    ///     after its extraction); otherwise they are found again with `profile`.
    /// - Complexity: O(n + k log k) for a text of n bytes and k attributions.
    public init(
      id: String, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution], rendered: Bool = true,
      profile: LanguageProfile = .english, paragraphs: [TextSpan]? = nil
    ) {
      self.id = id
      attributionCount = attributions.count
      var kinds = [Int](repeating: 0, count: Attribution.Kind.allCases.count)
      var classes = [Int](repeating: 0, count: CueClass.allCases.count + 1)
      var resolutions = [Int](repeating: 0, count: Resolution.allCases.count)
      var unnamed = 0
      var noSpeaker = 0
      var parties: [PartyClaim] = []
      for (i, a) in attributions.enumerated() {
        if let claim = PartyClaim(a, index: i) { parties.append(claim) }
        kinds[Attribution.Kind.allCases.firstIndex(of: a.kind) ?? 0] += 1
        classes[a.cue.map { CueClass.allCases.firstIndex(of: $0.class) ?? 0 } ?? CueClass.allCases.count] += 1
        guard let s = a.speaker else {
          noSpeaker += 1
          continue
        }
        resolutions[Resolution.allCases.firstIndex(of: s.resolution) ?? 0] += 1
        if s.name == nil { unnamed += 1 }
      }
      self.kinds = kinds
      self.classes = classes
      self.resolutions = resolutions
      self.unnamed = unnamed
      self.noSpeaker = noSpeaker
      self.parties = parties
      let ranked = RecordWriter.summary(attributions)
      speakers = ranked.map { SpeakerCount(name: $0.name, kind: $0.kind, quotes: $0.quotes) }
      guard rendered else {
        body = nil
        anchors = []
        return
      }
      var w = HTMLWriter()
      ArticleHTML.legend(ranked, unnamed: unnamed, noSpeaker: noSpeaker, into: &w)
      let breaks =
        paragraphs.map(ArticleHTML.paragraphBreaks(of:))
        ?? ArticleHTML.paragraphBreaks(text, tokenizer: Tokenizer(table: profile.table))
      let marked = ArticleHTML.text(text, attributions: attributions, ranked: ranked.map(\.name), breaks: breaks)
      anchors = marked.anchors.map { ($0.offset + w.bytes.count, $0.index) }
      w.raw(marked.html)
      body = w.bytes
      items = attributions.enumerated().compactMap { i, a in
        a.speaker?.name.map { IndexItem(speaker: $0, index: i, attribution: a, text: text) }
      }
    }

    /// Adds the counts of the next window of an article read in windows (see
    /// ``ArticleWindows``): the article is counted once, its speakers over all windows;
    /// its HTML, if any, stays this entry's (the first window's).
    public mutating func append(_ next: Entry) {
      attributionCount += next.attributionCount
      windows += next.windows
      for i in kinds.indices { kinds[i] += next.kinds[i] }
      for i in classes.indices { classes[i] += next.classes[i] }
      for i in resolutions.indices { resolutions[i] += next.resolutions[i] }
      unnamed += next.unnamed
      noSpeaker += next.noSpeaker
      // (Only the first window is shown: the others' claims are counted, not linked.)
      parties += next.parties.map { var c = $0; c.index = -1; return c }
      for s in next.speakers {
        if let i = speakers.firstIndex(where: { $0.name == s.name }) {
          speakers[i].quotes += s.quotes
        } else {
          speakers.append(s)
        }
      }
      // Most quoted first; a stable sort keeps ties in order of appearance.
      let order = speakers.indices.sorted { speakers[$0].quotes != speakers[$1].quotes ? speakers[$0].quotes > speakers[$1].quotes : $0 < $1 }
      speakers = order.map { speakers[$0] }
    }

    /// Builds the entry of one article given as a string.
    ///
    /// - Parameters:
    ///   - id: The article id, shown as its heading (escaped).
    ///   - text: The article, the reference of the attributions' offsets (UTF-8).
    ///   - attributions: The article's attributions, as ``Extractor/extract(_:)`` returns them.
    ///   - rendered: Whether to render the article's HTML.
    ///   - profile: The language profile, used to find paragraphs.
    public init(
      id: String, text: String, attributions: [Attribution], rendered: Bool = true, profile: LanguageProfile = .english
    ) {
      var copy = text
      self = copy.withUTF8 { Entry(id: id, text: $0, attributions: attributions, rendered: rendered, profile: profile) }
    }
  }

  /// A named speaker and how often it was quoted.
  struct SpeakerCount: Sendable {
    var name: String
    var kind: SpeakerKind
    var quotes: Int
  }
}
