extension HTMLReport {
  /// One bar of a chart.
  struct Bar {
    var label: String
    var value: Int
    var colour: StaticString
    var tooltip: String
  }

  /// Okabe–Ito colours for the kinds of speakers, told apart with colour blindness.
  static func colour(of kind: SpeakerKind) -> StaticString {
    switch kind {
    case .person: "#0072B2"
    case .organization: "#E69F00"
    case .government: "#009E73"
    case .group: "#CC79A7"
    case .anonymous, .unknown: "#999999"
    }
  }

  /// How many of the most-quoted speakers the chart shows.
  static let chartSpeakers = 25

  /// Writes the summary: totals, charts, a key to the marks, the articles.
  func writeSummary(into w: inout HTMLWriter) {
    w.raw("<p class=\"lead\">")
    w.text(
      "\(plural(articleCount, "article")), \(grouped(articlesWithAttributions)) with attributions · "
        + "\(plural(attributionCount, "attribution")) · \(plural(speakers.count, "named speaker"))")
    w.raw("</p>\n<section id=\"summary\">\n<h2>Most-quoted speakers</h2>\n")
    let top = speakers.sorted { a, b in
      (a.value.quotes, a.value.articles) != (b.value.quotes, b.value.articles)
        ? (a.value.quotes, a.value.articles) > (b.value.quotes, b.value.articles) : a.key < b.key
    }.prefix(Self.chartSpeakers)
    if top.isEmpty {
      w.raw("<p class=\"meta\">No named speakers.</p>\n")
    } else {
      let bars = top.map { name, t in
        Bar(
          label: name, value: t.quotes, colour: Self.colour(of: t.kind),
          tooltip: "\(name) (\(t.kind.rawValue)): \(plural(t.quotes, "attribution")) in \(plural(t.articles, "article"))")
      }
      Self.barChart(bars, caption: "The \(bars.count) most-quoted speakers by attributions", into: &w)
      w.raw("<ul class=\"key\">")
      for kind in [SpeakerKind.person, .organization, .government, .group, .unknown] {
        w.raw("<li><span class=\"sw\" style=\"background:")
        w.raw(Self.colour(of: kind))
        w.raw("\"></span>")
        w.text(kind.rawValue)
        w.raw("</li>")
      }
      w.raw("</ul>\n")
    }
    w.raw("<div class=\"grid\">\n<div>\n<h3>Attributions by kind</h3>\n")
    let kindBars = Attribution.Kind.allCases.enumerated().map { i, k in
      Bar(label: k.rawValue, value: kinds[i], colour: "#4477AA", tooltip: "\(k.rawValue): \(grouped(kinds[i]))")
    }
    Self.barChart(kindBars, caption: "Attributions by kind", width: 380, labelWidth: 100, into: &w)
    w.raw("</div>\n<div>\n<h3>Attributions by class</h3>\n")
    var classBars = CueClass.allCases.enumerated().map { i, c in
      Bar(label: c.rawValue, value: classes[i], colour: "#4477AA", tooltip: "\(c.rawValue): \(grouped(classes[i]))")
    }
    let noCue = classes[CueClass.allCases.count]
    classBars.append(Bar(label: "no cue", value: noCue, colour: "#999999", tooltip: "no cue (carried or unattributed quotes): \(grouped(noCue))"))
    Self.barChart(classBars, caption: "Attributions by class", width: 380, labelWidth: 100, into: &w)
    w.raw("</div>\n<div>\n<h3>Speakers by resolution</h3>\n")
    var resolutionBars = Resolution.allCases.enumerated().map { i, r in
      Bar(label: r.rawValue, value: resolutions[i], colour: "#4477AA", tooltip: "\(r.rawValue): \(grouped(resolutions[i]))")
    }
    resolutionBars.append(Bar(label: "no speaker", value: noSpeaker, colour: "#999999", tooltip: "no speaker found: \(grouped(noSpeaker))"))
    Self.barChart(resolutionBars, caption: "Speakers by resolution", width: 380, labelWidth: 100, into: &w)
    w.raw("</div>\n</div>\n")
    w.raw(
      """
      <h3>Reading the articles</h3>
      <ul class="key"><li><mark class="c0 direct">words quoted verbatim</mark><span class="badge direct">direct 0.95</span> \
      filled</li><li><mark class="c0 mixed">paraphrase with <span class="frag">quoted words</span></mark>\
      <span class="badge mixed">mixed 0.85</span> hatched, its quoted words filled</li>\
      <li><mark class="c0 indirect">paraphrase</mark><span class="badge indirect">indirect 0.75</span> outlined</li></ul>
      <ul class="key"><li>colour: the speaker (each article's legend)</li>\
      <li>badge: kind and confidence</li><li><span class="spk">speaker phrase</span></li><li><span class="cue">cue</span></li>\
      <li><mark class="cu direct">unnamed source</mark></li><li><mark class="cn direct">no speaker found</mark></li>\
      <li>hover a mark for its speaker, resolution, act, target, audience, paragraph and sentence</li></ul>

      """)
    writeParties(into: &w)
    writeSameWords(into: &w)
    writeSpeakerIndex(into: &w)
    writeArticleList(into: &w)
    w.raw("</section>\n")
  }

  func writeArticleList(into w: inout HTMLWriter) {
    w.raw("<h2>Articles</h2>\n")
    if shown.count < articleCount {
      w.raw("<p class=\"more\">")
      w.text(
        shown.isEmpty
          ? "No article is shown in full; the summary covers all \(grouped(articleCount))."
          : "The first \(grouped(shown.count)) of \(plural(articleCount, "article")) are shown in full; the summary covers all of them.")
      w.raw("</p>\n")
    }
    guard !shown.isEmpty else { return }
    w.raw("<ol class=\"articles\">\n")
    for s in shown {
      w.raw("<li value=\"")
      w.int(s.number)
      w.raw("\"><a href=\"#a")
      w.int(s.number)
      w.raw("\">")
      w.text(s.id.isEmpty ? "(no id)" : s.id)
      w.raw("</a> <span class=\"meta\">")
      w.text("— " + plural(s.attributions, "attribution") + (s.speakers.isEmpty ? "" : ": " + s.speakers.joined(separator: ", ")))
      w.raw("</span></li>\n")
    }
    w.raw("</ol>\n")
  }

  /// Writes a horizontal bar chart as inline SVG: labels on the left, bars
  /// scaled to the largest value, each value after its bar, a tooltip per row.
  static func barChart(_ bars: [Bar], caption: String, width: Int = 720, labelWidth: Int = 250, into w: inout HTMLWriter) {
    let row = 24
    let barSpace = width - labelWidth - 60
    let height = bars.count * row + 4
    let largest = max(1, bars.map(\.value).max() ?? 1)
    w.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
    w.int(width)
    w.raw(" ")
    w.int(height)
    w.raw("\" width=\"")
    w.int(width)
    w.raw("\" height=\"")
    w.int(height)
    w.raw("\"")
    w.attribute("aria-label", caption)
    w.raw(">\n")
    for (i, b) in bars.enumerated() {
      let y = i * row
      let length = b.value == 0 ? 0 : max(2, b.value * barSpace / largest)
      w.raw("<g><title>")
      w.text(b.tooltip)
      w.raw("</title><text x=\"")
      w.int(labelWidth - 8)
      w.raw("\" y=\"")
      w.int(y + 17)
      w.raw("\" text-anchor=\"end\">")
      w.text(b.label.truncated(to: labelWidth / 8))
      w.raw("</text><rect x=\"")
      w.int(labelWidth)
      w.raw("\" y=\"")
      w.int(y + 4)
      w.raw("\" width=\"")
      w.int(length)
      w.raw("\" height=\"16\" rx=\"2\" fill=\"")
      w.raw(b.colour)
      w.raw("\"/><text x=\"")
      w.int(labelWidth + length + 6)
      w.raw("\" y=\"")
      w.int(y + 17)
      w.raw("\">")
      w.text(grouped(b.value))
      w.raw("</text></g>\n")
    }
    w.raw("</svg>\n")
  }
}
