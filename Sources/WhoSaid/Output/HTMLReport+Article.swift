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
    /// The legend and the text, when rendered.
    let body: [UInt8]?
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
    /// - Complexity: O(n + k log k) for a text of n bytes and k attributions.
    public init(
      id: String, text: UnsafeBufferPointer<UInt8>, attributions: [Attribution], rendered: Bool = true,
      profile: LanguageProfile = .english
    ) {
      self.id = id
      attributionCount = attributions.count
      var kinds = [Int](repeating: 0, count: Attribution.Kind.allCases.count)
      var classes = [Int](repeating: 0, count: CueClass.allCases.count + 1)
      var resolutions = [Int](repeating: 0, count: Resolution.allCases.count)
      var unnamed = 0
      var noSpeaker = 0
      for a in attributions {
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
      let ranked = RecordWriter.summary(attributions)
      speakers = ranked.map { SpeakerCount(name: $0.name, kind: $0.kind, quotes: $0.quotes) }
      guard rendered else {
        body = nil
        return
      }
      var w = HTMLWriter()
      ArticleHTML.legend(ranked, unnamed: unnamed, noSpeaker: noSpeaker, into: &w)
      let breaks = ArticleHTML.paragraphBreaks(text, tokenizer: Tokenizer(table: profile.table))
      ArticleHTML.text(text, attributions: attributions, ranked: ranked.map(\.name), breaks: breaks, into: &w)
      body = w.bytes
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

/// Renders one article: its legend and its text with the attributions marked.
enum ArticleHTML {
  /// The CSS classes of the speaker ranked `rank` in its article: eight colours,
  /// then the same eight with a dark bottom band, then with a dotted outline.
  static func colourClass(rank: Int) -> String {
    "c\(rank % 8)" + ["", " alt", " alt2"][rank / 8 % 3]
  }

  static func legend(
    _ ranked: [RecordWriter.SpeakerSummary], unnamed: Int, noSpeaker: Int,
    into w: inout HTMLWriter
  ) {
    guard !ranked.isEmpty || unnamed > 0 || noSpeaker > 0 else {
      w.raw("<p class=\"legend none\">No attributions found.</p>\n")
      return
    }
    w.raw("<ul class=\"legend\">")
    for (rank, s) in ranked.enumerated() {
      w.raw("<li")
      w.attribute("title", "mentioned as: " + s.mentions.joined(separator: ", "))
      w.raw("><span class=\"sw ")
      w.text(colourClass(rank: rank))
      w.raw("\"></span>")
      w.text(s.name)
      w.raw(" <small>")
      w.text(s.kind.rawValue)
      w.raw("</small> <b>")
      w.int(s.quotes)
      w.raw("</b></li>")
    }
    if unnamed > 0 {
      w.raw("<li><span class=\"sw cu\"></span>unnamed sources <b>")
      w.int(unnamed)
      w.raw("</b></li>")
    }
    if noSpeaker > 0 {
      w.raw("<li><span class=\"sw cn\"></span>no speaker found <b>")
      w.int(noSpeaker)
      w.raw("</b></li>")
    }
    w.raw("</ul>\n")
  }

  /// The white space between paragraphs, as the extractor finds them.
  static func paragraphBreaks(_ text: UnsafeBufferPointer<UInt8>, tokenizer: Tokenizer) -> [TextSpan] {
    var tokens: [Token] = []
    tokenizer.tokenize(text, into: &tokens)
    Paragraphs.mark(&tokens)
    var breaks: [TextSpan] = []
    for k in tokens.indices.dropFirst() where tokens[k].flags.contains(.paragraphStart) {
      breaks.append(TextSpan(start: Int(tokens[k - 1].end), end: Int(tokens[k].start)))
    }
    return breaks
  }

  /// What an element of the marked text stands for.
  enum Layer: Equatable {
    case mark(Int), speaker(Int), cue(Int)
  }

  /// Writes the text in paragraphs, each attribution's content in a `<mark>`,
  /// its speaker phrase and cue in `<span>`s. Where spans cross each other or a
  /// paragraph break, elements are closed and opened again, so the HTML nests.
  ///
  /// - Complexity: O(n + k log k) for n bytes and k attributions.
  static func text(
    _ p: UnsafeBufferPointer<UInt8>, attributions: [Attribution], ranked: [String], breaks: [TextSpan],
    into w: inout HTMLWriter
  ) {
    let n = p.count
    var spans: [(span: TextSpan, layer: Layer)] = []
    func add(_ s: TextSpan, _ layer: Layer) {
      let start = max(0, min(n, s.start))
      let end = max(start, min(n, s.end))
      if end > start { spans.append((TextSpan(start: start, end: end), layer)) }
    }
    for (i, a) in attributions.enumerated() {
      add(a.content, .mark(i))
      if let s = a.speaker?.span { add(s, .speaker(i)) }
      if let c = a.cue { add(c.span, .cue(i)) }
    }
    spans.sort { $0.span.start < $1.span.start }
    var cuts: [Int] = [0, n]
    for s in spans { cuts += [s.span.start, s.span.end] }
    for b in breaks { cuts += [b.start, b.end] }
    cuts = Array(Set(cuts)).sorted()

    var rank: [String: Int] = [:]
    for (i, name) in ranked.enumerated() { rank[name] = i }
    var active: [(end: Int, layer: Layer)] = []
    var open: [Layer] = []
    var next = 0
    var nextBreak = 0
    w.raw("<div class=\"text\"><p>")
    for (b, e) in zip(cuts, cuts.dropFirst()) {
      active.removeAll { $0.end <= b }
      while next < spans.count && spans[next].span.start <= b {
        if spans[next].span.end > b { active.append((spans[next].span.end, spans[next].layer)) }
        next += 1
      }
      while nextBreak < breaks.count && breaks[nextBreak].end <= b { nextBreak += 1 }
      if nextBreak < breaks.count && breaks[nextBreak].start <= b {
        // Inside the white space between two paragraphs.
        if breaks[nextBreak].start == b {
          while let layer = open.popLast() { w.raw(closing(layer)) }
          w.raw("</p>\n<p>")
        }
        continue
      }
      var wanted: [Layer] = []
      if let m = firstIndex(of: active, where: { if case .mark = $0 { true } else { false } }) { wanted.append(.mark(m)) }
      if let s = firstIndex(of: active, where: { if case .speaker = $0 { true } else { false } }) { wanted.append(.speaker(s)) }
      if let c = firstIndex(of: active, where: { if case .cue = $0 { true } else { false } }) { wanted.append(.cue(c)) }
      var same = 0
      while same < open.count && same < wanted.count && open[same] == wanted[same] { same += 1 }
      while open.count > same { w.raw(closing(open.removeLast())) }
      for layer in wanted[same...] {
        opening(layer, attributions, rank: rank, into: &w)
        open.append(layer)
      }
      w.text(UnsafeBufferPointer(rebasing: p[b..<e]))
    }
    while let layer = open.popLast() { w.raw(closing(layer)) }
    w.raw("</p></div>\n")
  }

  /// The lowest attribution index among the active layers that match.
  private static func firstIndex(of active: [(end: Int, layer: Layer)], where match: (Layer) -> Bool) -> Int? {
    var best: Int?
    for a in active where match(a.layer) {
      switch a.layer {
      case .mark(let i), .speaker(let i), .cue(let i): best = min(best ?? i, i)
      }
    }
    return best
  }

  private static func closing(_ layer: Layer) -> StaticString {
    if case .mark = layer { return "</mark>" }
    return "</span>"
  }

  private static func opening(_ layer: Layer, _ attributions: [Attribution], rank: [String: Int], into w: inout HTMLWriter) {
    switch layer {
    case .mark(let i):
      let a = attributions[i]
      w.raw("<mark class=\"")
      if let name = a.speaker?.name {
        w.text(colourClass(rank: rank[name] ?? 0))
      } else {
        w.raw(a.speaker == nil ? "cn" : "cu")
      }
      w.raw(" ")
      w.text(a.kind.rawValue)
      w.raw("\"")
      w.attribute("title", tooltip(a))
      w.raw(">")
    case .speaker(let i):
      w.raw("<span class=\"spk\"")
      let s = attributions[i].speaker
      w.attribute("title", "speaker: “" + (s?.text ?? "") + "” → " + (s?.name ?? "unnamed"))
      w.raw(">")
    case .cue(let i):
      let c = attributions[i].cue
      w.raw("<span class=\"cue\"")
      w.attribute("title", "cue: " + (c?.text ?? "") + " (" + (c?.lemma ?? "") + ", " + (c?.class.rawValue ?? "") + ")")
      w.raw(">")
    }
  }

  /// The tooltip of a mark: the canonical name, kind, resolution and confidence.
  static func tooltip(_ a: Attribution) -> String {
    var lines: [String] = []
    if let s = a.speaker {
      lines.append("speaker: " + (s.name ?? "unnamed (\(s.text))"))
      lines.append("kind: " + s.kind.rawValue + (s.country.map { " of " + $0 } ?? ""))
      lines.append("resolution: " + s.resolution.rawValue + (s.text.isEmpty ? "" : " from “\(s.text)”"))
    } else {
      lines.append("speaker: none found")
    }
    lines.append("confidence: " + formatConfidence(a.confidence))
    lines.append("quote: " + a.kind.rawValue + (a.cue.map { ", cue “\($0.text)”, \($0.class.rawValue)" } ?? ""))
    return lines.joined(separator: "\n")
  }
}
