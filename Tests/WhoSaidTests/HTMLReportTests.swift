import Foundation
import Testing

@testable import WhoSaid

/// The HTML report: marks, legend, summary, links, the article cap, escaping.
@Suite("HTML report")
struct HTMLReportTests {
  static let article = """
    "We will rebuild the bridge by June," Mayor Ana Torres said on Monday.

    The council voted against the plan. "This is a waste of money," said councillor Ben Okafor.

    Torres said that the city would pay for the work itself.
    """

  /// The number of non-overlapping occurrences of `needle` in `s`.
  func count(_ needle: String, in s: String) -> Int {
    s.components(separatedBy: needle).count - 1
  }

  /// The page of one article.
  func page(_ text: String, id: String = "a-1") -> (html: String, found: [Attribution]) {
    let found = Fixture.extract(text)
    var report = HTMLReport(title: "Test")
    report.add(id: id, text: text, attributions: found)
    return (report.html(), found)
  }

  @Test func everyAttributionIsAMarkWithItsTooltip() throws {
    let (html, found) = page(Self.article)
    try #require(found.count == 3)
    let main = try #require(html.components(separatedBy: "<main>").last)
    #expect(count("<mark ", in: main) == 3)
    #expect(count("</mark>", in: main) == 3)
    #expect(main.contains(#"title="speaker: Ana Torres&#10;kind: person&#10;resolution: explicit from “Mayor Ana Torres”&#10;act: statement&#10;confidence: 0.95"#))
    #expect(main.contains("resolution: alias from “Torres”"))
    #expect(main.contains(#"<span class="spk""#))
    #expect(main.contains(#"<span class="cue" title="cue: said (say, speech)">said</span>"#))
    // The most-quoted speaker has the first colour, in the text and the legend; each mark has
    // its anchor, its speaker's class, its kind and its confidence band.
    let torres = ArticleHTML.speakerClass("Ana Torres")
    #expect(main.contains(#"<mark id="a1-q0" class="c0 \#(torres) direct q3""#))
    #expect(main.contains(#"<mark id="a1-q1" class="c1 \#(ArticleHTML.speakerClass("Ben Okafor")) direct q3""#))
    #expect(main.contains(#"<mark id="a1-q2" class="c0 \#(torres) indirect q2""#))
  }

  @Test func paragraphsArePreserved() throws {
    let (html, _) = page(Self.article)
    let text = try #require(html.components(separatedBy: #"<div class="text">"#).last?.components(separatedBy: "</div>").first)
    #expect(count("<p>", in: text) == 3)
    #expect(count("</p>", in: text) == 3)
  }

  @Test func aQuoteOverTwoParagraphsIsMarkedInBoth() throws {
    let text = "Ms Lee spoke first. \"The first part runs on.\n\n\"And the second part ends here,\" she said."
    let content = try #require(Fixture.span(of: "\"The first part runs on.\n\n\"And the second part ends here,\"", in: text))
    let a = Attribution(
      kind: .direct, content: content, text: "", fragments: [],
      speaker: Speaker(span: Fixture.span(of: "she", in: text), text: "she", name: "Ms Lee", kind: .person, resolution: .pronoun),
      cue: Fixture.span(of: "said", in: text).map { CueMention(span: $0, text: "said", lemma: "say") }, confidence: 0.85)
    var report = HTMLReport()
    report.add(id: "x", text: text, attributions: [a])
    let main = try #require(report.html().components(separatedBy: "<main>").last)
    #expect(count("<mark ", in: main) == 2)
    let lee = ArticleHTML.speakerClass("Ms Lee")
    #expect(main.contains("runs on.</mark></p>\n<p><mark class=\"c0 \(lee) direct q2\""))
    #expect(main.contains(#"here,&quot;</mark><span class="badge c0 \#(lee) direct q2">direct 0.85</span> <span class="spk""#))
    #expect(count(#"id="a1-q0""#, in: main) == 1)
  }

  @Test func legendListsTheSpeakersWithCounts() throws {
    let (html, _) = page(Self.article)
    let legend = try #require(html.components(separatedBy: #"<ul class="legend">"#).last?.components(separatedBy: "</ul>").first)
    let torres = try #require(legend.range(of: #"<span class="sw c0"></span>Ana Torres <small>person</small> <b>2</b>"#))
    let okafor = try #require(legend.range(of: #"<span class="sw c1"></span>Ben Okafor <small>person</small> <b>1</b>"#))
    #expect(torres.lowerBound < okafor.lowerBound)
  }

  @Test func summaryCoversAllArticlesAndShowsTheFirst() throws {
    var report = HTMLReport(title: "Three", maxArticles: 2)
    for i in 1...3 { report.add(id: "n\(i)", text: Self.article, attributions: Fixture.extract(Self.article)) }
    let html = report.html()
    #expect(report.articleCount == 3)
    #expect(report.shownCount == 2)
    #expect(html.contains("3 articles, 3 with attributions · 9 attributions · 2 named speakers"))
    // The chart: one bar per speaker, Torres quoted 6 times over 3 articles.
    let chart = try #require(html.components(separatedBy: "<h2>Most-quoted speakers</h2>").last?.components(separatedBy: "</svg>").first)
    #expect(count("<rect ", in: chart) == 2)
    #expect(chart.contains("<title>Ana Torres (person): 6 attributions in 3 articles</title>"))
    #expect(html.contains("<title>direct: 6</title>"))
    #expect(html.contains("<title>indirect: 3</title>"))
    // Links from the list to the sections shown, and only those.
    for n in 1...2 {
      #expect(html.contains(##"<a href="#a\##(n)">n\##(n)</a>"##))
      #expect(html.contains("<section class=\"article\" id=\"a\(n)\">"))
    }
    #expect(!html.contains(##"href="#a3""##))
    #expect(!html.contains(#"id="a3""#))
    #expect(html.contains("The first 2 of 3 articles are shown in full"))
  }

  @Test func anArticleWithoutAttributionsSaysSo() {
    let (html, found) = page("The weather was fine.\n\nNobody spoke.")
    #expect(found.isEmpty)
    #expect(html.contains("No attributions found."))
    #expect(html.contains("No named speakers."))
  }

  @Test func articleTextIsEscaped() throws {
    let text = "\"We <script>alert('x')</script> & <b>more</b>,\" the minister said. <img src=x onerror=alert(1)>"
    let (html, found) = page(text, id: #"<i>id</i> "quoted""#)
    #expect(!found.isEmpty)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>more"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;more&lt;/b&gt;"))
    #expect(html.contains("&lt;i&gt;id&lt;/i&gt; &quot;quoted&quot;"))
  }

  @Test func namesInAttributesAreEscaped() throws {
    let text = "\"No comment,\" the spokesman said."
    let span = try #require(Fixture.span(of: "\"No comment,\"", in: text))
    let who = try #require(Fixture.span(of: "the spokesman", in: text))
    let cue = try #require(Fixture.span(of: "said", in: text))
    let hostile = #"Bob "x" onmouseover='y' <b>&"#
    let a = Attribution(
      kind: .direct, content: span, text: "\"No comment,\"", fragments: [],
      speaker: Speaker(span: who, text: #"the "spokesman""#, name: hostile, kind: .person, resolution: .alias),
      cue: CueMention(span: cue, text: "said\"><b>", lemma: "say"), confidence: 0.9)
    var report = HTMLReport(title: #"T"</title><script>"#)
    report.add(id: "x", text: text, attributions: [a])
    let html = report.html()
    let escaped = "Bob &quot;x&quot; onmouseover=&#39;y&#39; &lt;b&gt;&amp;"
    #expect(html.contains(#"title="speaker: \#(escaped)&#10;kind: person"#))
    #expect(html.contains(#"title="speaker: “the &quot;spokesman&quot;” → \#(escaped)""#))
    #expect(html.contains(#"title="cue: said&quot;&gt;&lt;b&gt; (say, speech)""#))
    #expect(html.contains("<title>T&quot;&lt;/title&gt;&lt;script&gt;</title>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>&"))
    #expect(!html.contains("\"><b>"))
  }

  @Test func pageIsSelfContained() {
    let (html, _) = page(Self.article)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<style>"))
    #expect(html.contains("<svg "))
    #expect(html.contains("Content-Security-Policy"))
    for outside in ["<script", "<link", "<img", "src=", "@import", "url(", "@font-face", "https:"] {
      #expect(!html.contains(outside), "\(outside)")
    }
  }

  @Test func offsetsOutsideTheTextDoNoHarm() {
    let text = "Short."
    let a = Attribution(
      kind: .indirect, content: TextSpan(start: 3, end: 99), text: "", fragments: [], speaker: nil, cue: nil, confidence: 0.3)
    var report = HTMLReport()
    report.add(id: "x", text: text, attributions: [a])
    #expect(report.html().contains(#"<p>Sho<mark id="a1-q0" class="cn indirect q0""#))
  }
}

/// `whosaid report`: inputs as for extract, the page written to `-o`.
@Suite("whosaid report", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct ReportCommandTests {
  func run(_ args: [String]) throws -> (status: Int32, stderr: String) {
    let p = Process()
    p.executableURL = Fixture.binary ?? URL(fileURLWithPath: "/bin/false")
    p.arguments = args
    let err = Pipe()
    p.standardError = err
    p.standardOutput = FileHandle.nullDevice
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: e, as: UTF8.self))
  }

  @Test func writesThePageWithTheFirstArticlesInFull() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whosaid-report-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let input = dir.appendingPathComponent("in.jsonl")
    let output = dir.appendingPathComponent("out.html")
    let lines = [
      #"{"id": "first", "text": "\"We are ready,\" the coach said."}"#,
      #"{"id": 2, "text": "\"Not yet,\" said Ana Torres."}"#,
      #"{"id": "broken""#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
    let r = try run(["report", input.path, "-o", output.path, "--max-articles", "1", "-j", "2"])
    #expect(r.status == 1)  // the broken line
    #expect(r.stderr.contains("in.jsonl:3: malformed JSON"))
    #expect(r.stderr.contains("3 articles read, 2 in the report (1 shown in full), 1 failed"))
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.contains(##"<a href="#a1">first</a>"##))
    #expect(!html.contains(#"id="a2""#))
    #expect(html.contains("<title>Ana Torres (person): 1 attribution in 1 article</title>"))
  }

  @Test func optionsOfExtractThatDoNotApplyAreUsageErrors() throws {
    #expect(try run(["report", "--per-quote", "x.txt"]).status == 2)
    #expect(try run(["report", "--max-articles", "many", "x.txt"]).status == 2)
  }
}
