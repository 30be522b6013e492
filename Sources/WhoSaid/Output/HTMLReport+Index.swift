extension HTMLReport {
  /// One attribution of a named speaker in an article shown, for the speaker index.
  struct IndexItem: Sendable {
    var speaker: String
    var speakerKind: SpeakerKind
    /// Its index among the article's attributions (its anchor is `a<article>-q<index>`).
    var index: Int
    var kind: Attribution.Kind
    var confidence: Double
    var paragraph: Int
    /// The start of its text, at most ``excerptLength`` characters.
    var excerpt: String

    static let excerptLength = 90

    init(speaker: String, index: Int, attribution a: Attribution, text: UnsafeBufferPointer<UInt8>) {
      self.speaker = speaker
      speakerKind = a.speaker?.kind ?? .unknown
      self.index = index
      kind = a.kind
      confidence = a.confidence
      paragraph = a.paragraph
      let start = max(0, min(text.count, a.content.start))
      // A few bytes more than the excerpt needs: it is cut at a character, not inside one.
      let end = max(start, min(text.count, a.content.end, start + Self.excerptLength * 4))
      let words = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
        .split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
      excerpt = words.truncated(to: Self.excerptLength)
    }
  }

  /// The speaker index as the report gathers it: each named speaker's attributions in the
  /// articles shown, in order of first appearance.
  struct SpeakerIndex: Sendable {
    var order: [String] = []
    var items: [String: [(article: Int, item: IndexItem)]] = [:]

    mutating func add(_ entryItems: [IndexItem], article: Int) {
      for item in entryItems {
        if items[item.speaker] == nil { order.append(item.speaker) }
        items[item.speaker, default: []].append((article, item))
      }
    }

    /// The speakers, most attributions first, then by name.
    var ranked: [String] {
      order.sorted { a, b in
        let (x, y) = (items[a]?.count ?? 0, items[b]?.count ?? 0)
        return x != y ? x > y : a < b
      }
    }
  }

  /// How many speakers of the index get a filter of their own (three CSS rules each).
  static let speakerFilters = 150
  /// Up to this many speakers the index is shown open; a longer one is folded per speaker.
  static let openIndex = 12

  /// Writes the filter bar: the kinds shown, the lowest confidence shown, and the speaker
  /// focused on (everyone; each speaker's own button is in the index). Form controls and CSS
  /// only: the page has no script.
  func writeFilters(into w: inout HTMLWriter) {
    w.raw(
      """
      <div class="filters" id="filters"><span class="fl">Show</span>\
      <label><input type="checkbox" id="k-direct" checked> <span class="sample direct">direct</span></label>\
      <label><input type="checkbox" id="k-mixed" checked> <span class="sample mixed">mixed</span></label>\
      <label><input type="checkbox" id="k-indirect" checked> <span class="sample indirect">indirect</span></label>\
      <span class="fl">confidence</span>\
      <label><input type="radio" name="min" id="min-0" checked> any</label>\
      <label><input type="radio" name="min" id="min-50"> ≥ 0.5</label>\
      <label><input type="radio" name="min" id="min-75"> ≥ 0.75</label>\
      <label><input type="radio" name="min" id="min-90"> ≥ 0.9</label>\
      <span class="fl">speaker</span><label><input type="radio" name="who" id="w-all" checked> everyone</label>\
      <a href="#speakers">pick one…</a></div>

      """)
  }

  /// The CSS of the speaker filters: while a speaker's button is on, the others' marks lose
  /// their colour and badge, and the articles without the speaker are hidden.
  func speakerFilterCSS(into w: inout HTMLWriter) {
    for name in index.ranked.prefix(Self.speakerFilters) {
      let c = ArticleHTML.speakerClass(name)
      w.raw("body:has(#w-")
      w.text(c)
      w.raw(":checked) main :is(mark, .badge):not(.")
      w.text(c)
      w.raw(") { --c: transparent; --line: transparent; outline: none; } body:has(#w-")
      w.text(c)
      w.raw(":checked) main .badge:not(.")
      w.text(c)
      w.raw(") { display: none; } body:has(#w-")
      w.text(c)
      w.raw(":checked) section.article:not(:has(mark.")
      w.text(c)
      w.raw(")) { display: none; }\n")
    }
  }

  /// Writes the speaker index: each named speaker of the articles shown, with a button that
  /// shows only their attributions, and links to each of them.
  ///
  /// ```
  /// Speaker index
  /// ○ Ana Torres person — 3 attributions in 2 articles
  ///    1 ¶1  direct 0.95  "We will rebuild the bridge by June,"
  ///    2 ¶3  indirect 0.75  the city would pay for the work itself
  /// ```
  func writeSpeakerIndex(into w: inout HTMLWriter) {
    guard !index.order.isEmpty else { return }
    w.raw("<h2 id=\"speakers\">Speaker index</h2>\n<p class=\"meta\">")
    w.text(
      "Each named speaker's attributions in the articles shown, linked to them (¶ counts paragraphs from 1). "
        + "Pick a speaker to show only their attributions and articles; “everyone” at the top shows all again.")
    w.raw("</p>\n")
    // A long index is folded: each speaker's list opens on a click.
    let folded = index.order.count > Self.openIndex
    for (rank, name) in index.ranked.enumerated() {
      let items = index.items[name] ?? []
      let c = ArticleHTML.speakerClass(name)
      w.raw(folded ? "<details class=\"who\"><summary>" : "<details class=\"who\" open><summary>")
      if rank < Self.speakerFilters {
        w.raw("<label><input type=\"radio\" name=\"who\" id=\"w-")
        w.text(c)
        w.raw("\"> <b>")
        w.text(name)
        w.raw("</b></label>")
      } else {
        w.raw("<b>")
        w.text(name)
        w.raw("</b>")
      }
      w.raw(" <small>")
      w.text(items.first?.item.speakerKind.rawValue ?? "")
      w.raw("</small> ")
      let articles = Set(items.map(\.article)).count
      w.text("— \(plural(items.count, "attribution")) in \(plural(articles, "article"))")
      w.raw("</summary>\n<ul class=\"refs\">")
      for (article, item) in items {
        w.raw("<li><a href=\"#a")
        w.int(article)
        w.raw("-q")
        w.int(item.index)
        w.raw("\">")
        w.int(article)
        w.raw(" ¶")
        w.int(item.paragraph + 1)
        w.raw("</a> <span class=\"k ")
        w.text(item.kind.rawValue)
        w.raw("\">")
        w.text(item.kind.rawValue + " " + formatConfidence(item.confidence))
        w.raw("</span> ")
        w.text(item.excerpt)
        w.raw("</li>")
      }
      w.raw("</ul></details>\n")
    }
  }
}
