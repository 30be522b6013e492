/// Renders one article of the report: its legend and its text with the attributions marked.
///
/// Each attribution is a `<mark>` whose look says its kind, so that verbatim words and paraphrase
/// are told apart at a glance: a direct quote is filled with its speaker's colour, a mixed one
/// hatched in it (its quoted words, `<span class="frag">`, filled), an indirect one only outlined.
/// A badge after it gives its kind and confidence in words (`direct 0.95`), visible without
/// hovering. Its classes carry what the page's filters select on (kind, confidence band, speaker).
enum ArticleHTML {
  /// The CSS classes of the speaker ranked `rank` in its article: eight colours,
  /// then the same eight with a dark bottom band, then with a dotted outline.
  static func colourClass(rank: Int) -> String {
    "c\(rank % 8)" + ["", " alt", " alt2"][rank / 8 % 3]
  }

  /// The confidence band of a mark, for the page's confidence filter: `q0` below 0.5, `q1`
  /// below 0.75, `q2` below 0.9, `q3` from 0.9.
  static func band(_ confidence: Double) -> String {
    confidence < 0.5 ? "q0" : confidence < 0.75 ? "q1" : confidence < 0.9 ? "q2" : "q3"
  }

  /// The class that marks a speaker's attributions in every article (`s` and a hash of the
  /// name), for the speaker filter.
  static func speakerClass(_ name: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in name.utf8 {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    return "s" + String(h, radix: 36)
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

  /// The white space between paragraphs given as spans (the extraction scratch's
  /// ``Extractor/Scratch/paragraphSpans``): from the end of each to the start of the next.
  static func paragraphBreaks(of paragraphs: [TextSpan]) -> [TextSpan] {
    zip(paragraphs, paragraphs.dropFirst()).map { TextSpan(start: $0.end, end: $1.start) }
  }

  /// What an element of the marked text stands for.
  enum Layer: Equatable {
    case mark(Int), fragment(Int), speaker(Int), cue(Int)

    var index: Int {
      switch self {
      case .mark(let i), .fragment(let i), .speaker(let i), .cue(let i): return i
      }
    }

    /// The order layers nest in: a mark, its quoted words, a speaker phrase, a cue.
    var depth: Int {
      switch self {
      case .mark: return 0
      case .fragment: return 1
      case .speaker: return 2
      case .cue: return 3
      }
    }
  }

  /// The marked text of an article, and where the anchors of its attributions go.
  struct Marked {
    var html: [UInt8]
    /// Where each attribution's anchor id is to be written in ``html`` (its first mark's `id`
    /// attribute is left empty there): the report knows the article's number only when it adds it.
    var anchors: [(offset: Int, index: Int)]
  }

  /// Writes the text in paragraphs, each attribution's content in a `<mark>` (a mixed one's
  /// quoted words in a `<span class="frag">` inside), its speaker phrase and cue in `<span>`s,
  /// and a badge after it. Where spans cross each other or a paragraph break, elements are
  /// closed and opened again, so the HTML nests.
  ///
  /// - Complexity: O(n + k log k) for n bytes and k attributions.
  static func text(
    _ p: UnsafeBufferPointer<UInt8>, attributions: [Attribution], ranked: [String], breaks: [TextSpan]
  ) -> Marked {
    let n = p.count
    let (spans, badges) = layers(attributions, length: n)
    var cuts: [Int] = [0, n]
    for s in spans { cuts += [s.span.start, s.span.end] }
    for b in breaks { cuts += [b.start, b.end] }
    cuts = Array(Set(cuts)).sorted()

    var rank: [String: Int] = [:]
    for (i, name) in ranked.enumerated() { rank[name] = i }
    var w = HTMLWriter()
    var anchors: [(offset: Int, index: Int)] = []
    var anchored = Set<Int>()
    var active: [(end: Int, layer: Layer)] = []
    var open: [Layer] = []
    var next = 0
    var nextBreak = 0
    var nextBadge = 0
    func writeBadges(upTo b: Int) {
      guard nextBadge < badges.count, badges[nextBadge].at <= b else { return }
      while let layer = open.popLast() { w.raw(closing(layer)) }
      while nextBadge < badges.count && badges[nextBadge].at <= b {
        badge(attributions[badges[nextBadge].index], rank: rank, into: &w)
        nextBadge += 1
      }
    }
    w.raw("<div class=\"text\"><p>")
    for (b, e) in zip(cuts, cuts.dropFirst()) {
      writeBadges(upTo: b)
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
      let wanted = wanted(active.map(\.layer))
      var same = 0
      while same < open.count && same < wanted.count && open[same] == wanted[same] { same += 1 }
      while open.count > same { w.raw(closing(open.removeLast())) }
      for layer in wanted[same...] {
        if case .mark(let i) = layer, !anchored.contains(i) {
          anchored.insert(i)
          w.raw("<mark id=\"")
          anchors.append((w.bytes.count, i))
          w.raw("\"")
        } else if case .mark = layer {
          w.raw("<mark")
        }
        opening(layer, attributions, rank: rank, into: &w)
        open.append(layer)
      }
      w.text(UnsafeBufferPointer(rebasing: p[b..<e]))
    }
    writeBadges(upTo: n)
    while let layer = open.popLast() { w.raw(closing(layer)) }
    w.raw("</p></div>\n")
    return Marked(html: w.bytes, anchors: anchors)
  }

  /// The spans to mark (contents, a mixed quote's quoted words, speaker phrases, cues) cut to
  /// the text and sorted by start, and where each attribution's badge goes, in text order.
  static func layers(_ attributions: [Attribution], length n: Int) -> (
    spans: [(span: TextSpan, layer: Layer)], badges: [(at: Int, index: Int)]
  ) {
    var spans: [(span: TextSpan, layer: Layer)] = []
    func add(_ s: TextSpan, _ layer: Layer) {
      let start = max(0, min(n, s.start))
      let end = max(start, min(n, s.end))
      if end > start { spans.append((TextSpan(start: start, end: end), layer)) }
    }
    var badges: [(at: Int, index: Int)] = []
    for (i, a) in attributions.enumerated() {
      add(a.content, .mark(i))
      if a.kind == .mixed { for f in a.fragments { add(f, .fragment(i)) } }
      if let s = a.speaker?.span { add(s, .speaker(i)) }
      if let c = a.cue { add(c.span, .cue(i)) }
      badges.append((max(0, min(n, a.content.end)), i))
    }
    spans.sort { $0.span.start < $1.span.start }
    badges.sort { $0.at < $1.at }
    return (spans, badges)
  }

  /// The elements a stretch of text is in, outermost first: of each depth the active layer of the
  /// lowest attribution; a mixed quote's quoted words only inside its own mark.
  static func wanted(_ active: [Layer]) -> [Layer] {
    var wanted: [Layer] = []
    for depth in 0..<4 {
      guard let best = active.filter({ $0.depth == depth }).min(by: { $0.index < $1.index }) else { continue }
      if case .fragment(let i) = best, wanted.first != .mark(i) { continue }
      wanted.append(best)
    }
    return wanted
  }

  private static func closing(_ layer: Layer) -> StaticString {
    if case .mark = layer { return "</mark>" }
    return "</span>"
  }

  /// The classes of an attribution's mark and badge: its speaker's colour and class, kind and band.
  static func classes(_ a: Attribution, rank: [String: Int]) -> String {
    var c: String
    if let name = a.speaker?.name {
      c = colourClass(rank: rank[name] ?? 0) + " " + speakerClass(name)
    } else {
      c = a.speaker == nil ? "cn" : "cu"
    }
    return c + " " + a.kind.rawValue + " " + band(a.confidence)
  }

  /// Writes the rest of a layer's opening tag (a mark's `<mark` is written by the caller).
  private static func opening(_ layer: Layer, _ attributions: [Attribution], rank: [String: Int], into w: inout HTMLWriter) {
    switch layer {
    case .mark(let i):
      let a = attributions[i]
      w.raw(" class=\"")
      w.text(classes(a, rank: rank))
      w.raw("\"")
      w.attribute("title", tooltip(a))
      w.raw(">")
    case .fragment:
      w.raw("<span class=\"frag\">")
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

  /// The badge after an attribution: its kind and confidence in words (`direct 0.95`), with the
  /// classes of its mark, so that the filters hide both.
  static func badge(_ a: Attribution, rank: [String: Int], into w: inout HTMLWriter) {
    w.raw("<span class=\"badge ")
    w.text(classes(a, rank: rank))
    w.raw("\">")
    w.text(a.kind.rawValue + " " + formatConfidence(a.confidence))
    w.raw("</span>")
  }

  /// A target or audience in a tooltip: its name, and the phrase when it differs (`Azerbaijan
  /// (“Baku”)`).
  static func party(_ p: Speaker) -> String {
    (p.name ?? p.text) + (p.text.isEmpty || p.name == nil || p.name == p.text ? "" : " (“\(p.text)”)")
  }

  /// The tooltip of a mark: the canonical name, kind, resolution, act, target, audience,
  /// confidence and place.
  static func tooltip(_ a: Attribution) -> String {
    var lines: [String] = []
    if let s = a.speaker {
      lines.append("speaker: " + (s.name ?? "unnamed (\(s.text))"))
      lines.append("kind: " + s.kind.rawValue + (s.country.map { " of " + $0 } ?? ""))
      lines.append("resolution: " + s.resolution.rawValue + (s.text.isEmpty ? "" : " from “\(s.text)”"))
    } else {
      lines.append("speaker: none found")
    }
    lines.append("act: " + a.act.rawValue)
    if let t = a.target { lines.append("target: " + party(t)) }
    if let u = a.audience { lines.append("audience: " + party(u)) }
    lines.append("confidence: " + formatConfidence(a.confidence))
    lines.append("quote: " + a.kind.rawValue + (a.cue.map { ", cue “\($0.text)”, \($0.class.rawValue)" } ?? ""))
    lines.append("paragraph \(a.paragraph + 1), sentence \(a.sentence + 1)")
    return lines.joined(separator: "\n")
  }
}
