import Foundation
import Testing

@testable import WhoSaid

/// The report as a fact-checker reads it: kinds styled apart, confidence in view, a speaker index
/// linked to the marks, filters without scripts, the input line's fields.
@Suite("Report page for fact-checkers")
struct ReportPageTests {
  static let article = """
    "We will rebuild the bridge by June," Mayor Ana Torres said on Monday.

    Torres said the old bridge was "a danger to everyone" and had to go. Ben Okafor said that the council would vote in May.
    """

  func count(_ needle: String, in s: String) -> Int { s.components(separatedBy: needle).count - 1 }

  func page(_ articles: [String], maxArticles: Int = 200) -> String {
    var report = HTMLReport(title: "T", maxArticles: maxArticles)
    for (i, text) in articles.enumerated() { report.add(id: "n\(i + 1)", text: text, attributions: Fixture.extract(text)) }
    return report.html()
  }

  /// The declarations of one CSS selector in the page's style.
  func rule(_ selector: String, in html: String) -> String? {
    guard let start = html.range(of: "\n" + selector + " {") ?? html.range(of: "\n    " + selector + " {") else { return nil }
    return html[start.upperBound...].components(separatedBy: "}").first
  }

  @Test func eachKindHasItsOwnLookAndBadge() throws {
    let html = page([Self.article])
    let found = Fixture.extract(Self.article)
    #expect(found.map(\.kind) == [.direct, .mixed, .indirect])
    // The marks carry their kind; the mixed one's quoted words are in a span of their own.
    for kind in ["direct", "mixed", "indirect"] { #expect(count(" \(kind) q", in: html) >= 2, "\(kind)") }
    #expect(html.contains(#"<span class="frag">a danger to everyone"#) || html.contains(#"<span class="frag">&quot;a danger to everyone&quot;"#))
    // Verbatim is filled, mixed hatched with its words filled, indirect outlined with no fill.
    let direct = try #require(rule("mark.direct", in: html))
    let mixed = try #require(rule("mark.mixed", in: html))
    let indirect = try #require(rule("mark.indirect", in: html))
    #expect(direct.contains("background-color: var(--c)"))
    #expect(mixed.contains("repeating-linear-gradient") && !mixed.contains("background-color"))
    #expect(try #require(rule("mark.mixed .frag", in: html)).contains("background-color: var(--c)"))
    #expect(indirect.contains("dashed") && !indirect.contains("background"))
    // Each attribution's kind and confidence are on the page, not only in a tooltip.
    #expect(html.contains(">direct 0.95</span>"))
    #expect(html.contains(">mixed 0.85</span>"))
    #expect(html.contains(">indirect 0.75</span>"))
    // A legend shows the three looks.
    #expect(html.contains(#"<mark class="c0 direct">words quoted verbatim</mark>"#))
    #expect(html.contains(#"<mark class="c0 indirect">paraphrase</mark>"#))
  }

  @Test func everyLinkOfThePageLeadsToAnElementOfIt() throws {
    let html = page([Self.article, "\"Not now,\" Ben Okafor said.", Self.article], maxArticles: 2)
    let ids = Set(html.matches(of: /id="([^"]+)"/).map { String($0.1) })
    let links = html.matches(of: /href="#([^"]+)"/).map { String($0.1) }
    #expect(links.count > 8)
    for link in links { #expect(ids.contains(link), "#\(link)") }
    // The index lists the attributions of the articles shown, not of the third.
    #expect(html.contains(##"<a href="#a2-q0">2 ¶1</a>"##))
    #expect(!html.contains("a3-q"))
    let index = try #require(html.components(separatedBy: #"<h2 id="speakers">"#).last?.components(separatedBy: "<h2>").first)
    #expect(index.contains("<b>Ben Okafor</b></label> <small>person</small> — 2 attributions in 2 articles"))
    #expect(index.contains("<b>Ana Torres</b></label> <small>person</small> — 2 attributions in 1 article"))
  }

  @Test func filtersAreFormControlsAndCSSWithoutScript() throws {
    let html = page([Self.article, "\"Not now,\" Ben Okafor said."])
    for id in ["k-direct", "k-mixed", "k-indirect", "min-50", "min-75", "min-90", "w-all"] {
      #expect(html.contains(#"id="\#(id)""#), "\(id)")
    }
    #expect(html.contains("body:has(#k-direct:not(:checked)) main :is(mark, .badge).direct"))
    #expect(html.contains("body:has(#min-75:checked) main .badge:is(.q0, .q1)"))
    // Each speaker of the index has a button and the rules that leave only their attributions.
    let okafor = ArticleHTML.speakerClass("Ben Okafor")
    #expect(html.contains(#"<input type="radio" name="who" id="w-\#(okafor)">"#))
    #expect(html.contains("body:has(#w-\(okafor):checked) section.article:not(:has(mark.\(okafor))) { display: none; }"))
    #expect(!html.contains("<script") && html.contains("default-src 'none'"))
  }

  @Test func keptFieldsAreShownUnderTheHeadingAndWebAddressesLinked() throws {
    let text = "\"Yes,\" Ana said."
    var entry = HTMLReport.Entry(id: "x", text: text, attributions: Fixture.extract(text))
    entry.fields = [("url", "https://news.example/x?a=1&b=2"), ("source", "<b>Wire</b>"), ("bad", "javascript:alert(1)")]
    var report = HTMLReport()
    report.add(entry)
    let html = report.html()
    #expect(html.contains(#"url: <a rel="noreferrer" href="https://news.example/x?a=1&amp;b=2">https://news.example/x?a=1&amp;b=2</a>"#))
    #expect(html.contains("source: &lt;b&gt;Wire&lt;/b&gt;"))
    #expect(html.contains("bad: javascript:alert(1)") && !html.contains(#"href="javascript"#))
  }

  @Test func paragraphsFromTheScratchGiveTheSamePage() throws {
    let data = try String(contentsOf: Fixture.packageRoot.appendingPathComponent("corpora/claims-en.jsonl"), encoding: .utf8)
    let texts = data.split(separator: "\n").compactMap { line -> String? in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["text"] as? String
    }
    #expect(texts.count > 3)
    let extractor = Extractor()
    var scratch = Extractor.Scratch()
    for text in texts + ["One line.\nA second line after a break\nand a wrapped one.\n\n\"Quoted,\" she said."] {
      let bytes = Array(text.utf8)
      let (reread, given) = bytes.withUnsafeBufferPointer { p in
        let found = extractor.extract(utf8: p, scratch: &scratch)
        return (
          HTMLReport.Entry(id: "a", text: p, attributions: found).body,
          HTMLReport.Entry(id: "a", text: p, attributions: found, paragraphs: scratch.paragraphSpans).body
        )
      }
      #expect(reread == given)
    }
  }
}
