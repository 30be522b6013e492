extension HTMLReport {
  /// The groups of the same quoted words that the report's articles pin on
  /// different speakers (made with ``QuoteLinker`` from the entries' ``Entry/quotes``).
  public struct SameWords: Sendable {
    /// The conflicts shown, in the order of their first occurrence.
    public var groups: [QuoteGroup] = []
    /// How many groups of the same words in two or more articles there are.
    public var total = 0
    /// How many of them conflict (more than ``groups`` holds when some were left out).
    public var conflicts = 0
    /// Whether the articles were linked at all (nothing is said otherwise).
    public var linked = false

    /// Nothing linked yet.
    public init() {}
  }

  /// Writes the section: each conflicting group's longest form, its speakers, and
  /// its occurrences with links to the articles shown in full.
  ///
  /// ```
  /// Same words, different speakers
  /// 3 groups of the same words in more than one article; 1 pinned on different speakers.
  /// “Nobody in this council ever voted to sell the playing fields,”
  /// Ann Lee ×1 · Bob Stone ×1 — 2 articles
  ///  · 1 a1 — Ann Lee (say)
  ///  · 2 a2 — Bob Stone (say)
  /// ```
  func writeSameWords(into w: inout HTMLWriter) {
    guard sameWords.linked else { return }
    w.raw("<h2 id=\"same-words\">Same words, different speakers</h2>\n<p class=\"meta\">")
    var line = "\(plural(sameWords.total, "group")) of the same words in more than one article; "
    line += "\(grouped(sameWords.conflicts)) pinned on different speakers"
    if sameWords.groups.count < sameWords.conflicts { line += " (the first \(grouped(sameWords.groups.count)) below)" }
    w.text(line + ".")
    w.raw("</p>\n")
    for g in sameWords.groups {
      w.raw("<div class=\"same\">\n<blockquote>")
      w.text(g.text)
      w.raw("</blockquote>\n<p class=\"meta\">")
      let speakers = g.speakers.map { "\($0.name ?? "no named speaker") ×\($0.count)" }.joined(separator: " · ")
      w.text("\(speakers) — \(plural(g.articles, "article"))")
      w.raw("</p>\n<ul>\n")
      let longest = QuoteWords(g.text).hashes
      for o in g.occurrences {
        w.raw("<li>")
        let number = o.article + 1
        if number <= shown.count {
          w.raw("<a href=\"#a")
          w.int(number)
          w.raw("\">")
          w.text(Self.displayID(o.id))
          w.raw("</a>")
        } else {
          w.text(Self.displayID(o.id))
        }
        var who = " — " + (o.hasSpeaker ? o.speakerName ?? "unnamed source" : "no speaker")
        if let lemma = o.cueLemma { who += " (\(lemma))" }
        w.text(who)
        if QuoteWords(o.text).hashes != longest {
          w.raw(" <small>")
          w.text(o.text)
          w.raw("</small>")
        }
        w.raw("</li>\n")
      }
      w.raw("</ul>\n</div>\n")
    }
  }

  /// An id as shown: a JSON string decoded, a number as written.
  static func displayID(_ id: [UInt8]) -> String {
    guard id.first == 0x22 else { return String(decoding: id, as: UTF8.self) }
    let decoded = id.withUnsafeBufferPointer { b -> [UInt8]? in
      var p = JSONFieldReader.Parser(p: b, paths: [])
      return try? p.string(decode: true)
    }
    return String(decoding: decoded ?? id, as: UTF8.self)
  }
}
