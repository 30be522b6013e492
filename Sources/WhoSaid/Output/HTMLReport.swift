/// A self-contained HTML page of who said what in a set of articles.
///
/// The page has a summary of all articles (the most-quoted speakers as a bar
/// chart, attributions by kind and by class, speakers by resolution, who accused whom, a speaker index linked to
/// the attributions of the articles shown, a list of those articles) and the first
/// ``maxArticles`` articles in full: their text in paragraphs, each attribution a `<mark>` in its
/// speaker's colour whose look says its kind (filled when direct, hatched when mixed, outlined
/// when indirect: see ``ArticleHTML``) followed by a badge with its kind and confidence, a tooltip
/// (canonical name, kind, resolution, act, target, audience, paragraph and sentence), the speaker phrase and the cue
/// underlined, and a legend of the article's speakers. A bar of filters (kinds, lowest
/// confidence, one speaker) works with form controls and CSS alone.
///
/// The page needs nothing else: CSS and SVG are inline, there are no scripts,
/// fonts or requests, and a Content Security Policy forbids them. All text is
/// escaped, so articles are safe to show whatever they hold.
///
/// Memory stays bounded however many articles are added: the report keeps the
/// summary's counts, one count per distinct speaker name, and the HTML of the
/// articles it shows, never the texts.
///
/// ```swift
/// var report = HTMLReport(title: "Monday's news")
/// report.add(id: "a1", text: text, attributions: Extractor().extract(text))
/// let page = report.html()
/// ```
public struct HTMLReport: Sendable {
  /// The page's title and heading.
  public var title: String
  /// How many articles are shown in full; the summary covers all of them.
  public let maxArticles: Int
  /// The number of articles added.
  public private(set) var articleCount = 0
  /// The number of attributions in all articles added.
  public private(set) var attributionCount = 0
  /// The same words in several articles pinned on different speakers, for the
  /// summary's "Same words, different speakers" section (`whosaid link`'s conflicts).
  public var sameWords = SameWords()

  var articlesWithAttributions = 0
  var kinds = [Int](repeating: 0, count: Attribution.Kind.allCases.count)
  var classes = [Int](repeating: 0, count: CueClass.allCases.count + 1)
  var resolutions = [Int](repeating: 0, count: Resolution.allCases.count)
  var unnamed = 0
  var noSpeaker = 0
  var speakers: [String: Tally] = [:]
  /// The claims with a target, by speaker, target and act (the who-accused-whom table).
  var parties: [PartyKey: PartyTally] = [:]
  var partyOrder = 0
  var shown: [Shown] = []
  /// The named speakers' attributions in the articles shown.
  var index = SpeakerIndex()

  /// What the summary knows of one speaker.
  struct Tally: Sendable {
    var kind: SpeakerKind
    var quotes = 0
    var articles = 0
  }

  /// An article shown in full.
  struct Shown: Sendable {
    var number: Int
    var id: String
    var attributions: Int
    var speakers: [String]
    /// The article's `<section>`.
    var html: [UInt8]
  }

  /// Creates an empty report.
  ///
  /// - Parameters:
  ///   - title: The page's title and heading.
  ///   - maxArticles: How many articles to show in full (the first ones added).
  public init(title: String = "whosaid report", maxArticles: Int = 200) {
    self.title = title
    self.maxArticles = max(0, maxArticles)
  }

  /// The number of articles shown in full so far.
  public var shownCount: Int { shown.count }

  /// Whether the next article added will be shown in full (if its entry is rendered).
  public var showsNextArticle: Bool { shown.count < maxArticles }

  /// Adds an article: it is counted in the summary, and shown in full while
  /// fewer than ``maxArticles`` are.
  ///
  /// - Parameters:
  ///   - id: The article id, shown as its heading.
  ///   - text: The article, the reference of the attributions' offsets.
  ///   - attributions: Its attributions, as ``Extractor/extract(_:)`` returns them.
  ///   - profile: The language profile, used to find paragraphs.
  /// - Complexity: O(n + k log k) for a text of n bytes and k attributions.
  public mutating func add(id: String, text: String, attributions: [Attribution], profile: LanguageProfile = .english) {
    add(Entry(id: id, text: text, attributions: attributions, rendered: showsNextArticle, profile: profile))
  }

  /// Adds an article's entry, built beforehand (perhaps on another thread).
  ///
  /// The article is shown in full when the entry is rendered and fewer than
  /// ``maxArticles`` articles are shown so far; otherwise only its counts are kept.
  /// Add entries in input order: articles are numbered as they are added.
  public mutating func add(_ entry: Entry) {
    articleCount += 1
    attributionCount += entry.attributionCount
    if entry.attributionCount > 0 { articlesWithAttributions += 1 }
    for i in kinds.indices { kinds[i] += entry.kinds[i] }
    for i in classes.indices { classes[i] += entry.classes[i] }
    for i in resolutions.indices { resolutions[i] += entry.resolutions[i] }
    unnamed += entry.unnamed
    noSpeaker += entry.noSpeaker
    for s in entry.speakers {
      speakers[s.name, default: Tally(kind: s.kind)].quotes += s.quotes
      speakers[s.name, default: Tally(kind: s.kind)].articles += 1
    }
    let isShown = entry.body != nil && shown.count < maxArticles
    countParties(entry.parties, article: isShown ? articleCount : 0)
    guard let body = entry.body, shown.count < maxArticles else { return }
    index.add(entry.items, article: articleCount)
    var w = HTMLWriter()
    w.raw("<section class=\"article\" id=\"a")
    w.int(articleCount)
    w.raw("\">\n<h2><span class=\"num\">")
    w.int(articleCount)
    w.raw("</span>")
    w.text(entry.id)
    w.raw("</h2>\n")
    writeFields(entry.fields, into: &w)
    w.raw("<p class=\"meta\">")
    w.text(plural(entry.attributionCount, "attribution"))
    if entry.attributionCount > 0 {
      w.text(": ")
      var first = true
      for (i, k) in Attribution.Kind.allCases.enumerated() where entry.kinds[i] > 0 {
        if !first { w.text(", ") }
        first = false
        w.raw("<span class=\"sample ")
        w.text(k.rawValue)
        w.raw("\">")
        w.text("\(entry.kinds[i]) \(k.rawValue)")
        w.raw("</span>")
      }
      w.text(" · " + plural(entry.speakers.count, "named speaker"))
    }
    if entry.windows > 1 {
      w.text(" · a long article read in \(entry.windows) windows: the first is shown, all are counted")
    }
    w.raw("</p>\n")
    // The body, with each attribution's anchor id now that the article's number is known.
    var from = 0
    for (offset, i) in entry.anchors {
      w.raw(Array(body[from..<offset]))
      w.raw("a")
      w.int(articleCount)
      w.raw("-q")
      w.int(i)
      from = offset
    }
    w.raw(Array(body[from...]))
    w.raw("<p class=\"back\"><a href=\"#summary\">↑ Summary</a></p>\n</section>\n")
    shown.append(
      Shown(
        number: articleCount, id: entry.id, attributions: entry.attributionCount,
        speakers: entry.speakers.prefix(3).map(\.name), html: w.bytes))
  }

  /// The page.
  ///
  /// - Complexity: O(m + s log s) for m bytes of shown articles and s distinct speakers.
  public func html() -> String {
    var w = HTMLWriter()
    w.raw(
      """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>
      """)
    w.text(title)
    w.raw("</title>\n<style>\n")
    w.raw(Self.css)
    w.raw(Self.kindCSS)
    speakerFilterCSS(into: &w)
    w.raw("</style>\n</head>\n<body>\n")
    writeFilters(into: &w)
    w.raw("<header id=\"top\">\n<h1>")
    w.text(title)
    w.raw("</h1>\n")
    writeSummary(into: &w)
    w.raw("</header>\n<main>\n")
    for s in shown { w.raw(s.html) }
    w.raw("</main>\n</body>\n</html>\n")
    return String(decoding: w.bytes, as: UTF8.self)
  }

  static let css: StaticString = """
    :root { color-scheme: light; }
    body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      color: #1a1a1a; background: #fff; max-width: 58rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.7rem; margin: 0 0 .2em; }
    h2 { font-size: 1.3rem; margin: 1.6em 0 .4em; }
    h3 { font-size: 1.05rem; margin: 1.4em 0 .4em; }
    a { color: #0a5fa8; }
    .lead, .meta, .more { color: #4a4a4a; }
    .meta { font-size: .92rem; margin: .1em 0 .5em; }
    .num { color: #777; font-weight: normal; margin-right: .5em; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 0 2rem; }
    svg { max-width: 100%; height: auto; display: block; }
    svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; fill: #222; }
    ol.articles { padding-left: 2.5em; }
    ol.articles li { margin: .15em 0; }
    section.article { border-top: 2px solid #d8d8d8; margin-top: 2.5rem; }
    .text p { margin: .8em 0; }
    .back { font-size: .9rem; }
    mark { color: inherit; background: none; padding: 0 .1em; border: 2px solid transparent; border-radius: 3px;
      -webkit-box-decoration-break: clone; box-decoration-break: clone; }
    .c0 { --c: #77AADD; } .c1 { --c: #EE8866; } .c2 { --c: #EEDD88; } .c3 { --c: #FFAABB; }
    .c4 { --c: #99DDFF; } .c5 { --c: #44BB99; } .c6 { --c: #BBCC33; } .c7 { --c: #AAAA00; }
    .cu { --c: #CCCCCC; } .cn { --c: #BBBBBB; outline: 1.5px dotted #333; outline-offset: 1px; }
    .sw { background-color: var(--c); }
    .alt { box-shadow: inset 0 -.24em 0 rgba(0,0,0,.5); }
    .alt2 { outline: 1.5px dotted #222; outline-offset: 1px; }
    .sw.alt { box-shadow: inset 0 -.38em 0 rgba(0,0,0,.55); }
    .spk { font-weight: 650; text-decoration: underline solid #111 2px; text-underline-offset: .2em; }
    .cue { font-style: italic; text-decoration: underline dotted #111 2px; text-underline-offset: .2em; }
    ul.legend, ul.key { list-style: none; padding: 0; margin: .4em 0; display: flex; flex-wrap: wrap;
      gap: .25rem 1.3rem; font-size: .92rem; }
    p.legend { font-size: .92rem; color: #4a4a4a; }
    .sw { display: inline-block; width: 1em; height: 1em; border-radius: 3px; vertical-align: -.15em;
      margin-right: .4em; box-shadow: inset 0 0 0 1px rgba(0,0,0,.25); }
    small { color: #5a5a5a; }
    .same { border-left: 3px solid #EE8866; padding-left: .8rem; margin: 1rem 0; }
    .same blockquote { margin: 0; font-style: italic; }
    .same ul { margin: .2em 0; padding-left: 1.2em; font-size: .92rem; }
    table.parties { border-collapse: collapse; font-size: .92rem; margin: .4em 0; }
    table.parties th, table.parties td { text-align: left; padding: .15em .6em .15em 0; vertical-align: top; }
    table.parties th { font-weight: 600; border-bottom: 1px solid #bbb; }
    table.parties td.n { text-align: right; }

    """
}

/// `count` and `noun`, plural when count is not 1 (`3 attributions`).
func plural(_ count: Int, _ noun: String) -> String {
  "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
}

/// A whole number with thousands separators (`23,172`).
func grouped(_ v: Int) -> String {
  let digits = String(v.magnitude)
  var out = ""
  for (i, ch) in digits.enumerated() {
    if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
    out.append(ch)
  }
  return v < 0 ? "-" + out : out
}
