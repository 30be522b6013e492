/// The summary's "who accused whom" table: speaker → target, the act, how often, and links to the
/// claims in the articles shown.
extension HTMLReport {
  /// One claim with a target, as an entry counts it.
  struct PartyClaim: Sendable {
    var speaker: String
    var target: String
    var act: Act
    /// The attribution's index in its article (its mark's anchor `a3-q5`), or -1 when it is not shown.
    var index: Int

    /// The claim of attribution `a`, the `index`-th of its article, when it has a target.
    init?(_ a: Attribution, index: Int) {
      guard let t = a.target else { return nil }
      speaker = a.speaker.flatMap { $0.name ?? ($0.text.isEmpty ? nil : $0.text) } ?? "?"
      target = t.name ?? t.text
      act = a.act
      self.index = index
    }
  }

  /// A speaker, a target and an act.
  struct PartyKey: Hashable, Sendable {
    var speaker: String
    var target: String
    var act: Act
  }

  /// How often a speaker took an act against a target, and where (article number, claim index).
  struct PartyTally: Sendable {
    var count = 0
    var first = 0
    var links: [(article: Int, claim: Int)] = []
  }

  /// How many rows the table shows, and links per row.
  static let partyRows = 40
  static let partyLinks = 6

  /// Counts an entry's claims with a target; `article` is its number when it is shown, else 0.
  mutating func countParties(_ claims: [PartyClaim], article: Int) {
    for c in claims {
      let key = PartyKey(speaker: c.speaker, target: c.target, act: c.act)
      var t = parties[key] ?? PartyTally(first: partyOrder)
      if t.count == 0 { partyOrder += 1 }
      t.count += 1
      if article > 0, c.index >= 0, t.links.count < Self.partyLinks { t.links.append((article, c.index)) }
      parties[key] = t
    }
  }

  /// Writes the table (nothing when no claim has a target): the most frequent first.
  func writeParties(into w: inout HTMLWriter) {
    guard !parties.isEmpty else { return }
    let rows = parties.sorted { a, b in a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first }
    w.raw("<h3>Who accused whom</h3>\n<table class=\"parties\">\n<thead><tr><th>speaker</th><th></th><th>target</th><th>act</th><th>claims</th><th>in the articles shown</th></tr></thead>\n<tbody>\n")
    for (key, t) in rows.prefix(Self.partyRows) {
      w.raw("<tr><td>")
      w.text(key.speaker)
      w.raw("</td><td>→</td><td>")
      w.text(key.target)
      w.raw("</td><td>")
      w.text(key.act.rawValue)
      w.raw("</td><td class=\"n\">")
      w.int(t.count)
      w.raw("</td><td>")
      for (j, link) in t.links.enumerated() {
        if j > 0 { w.raw(" ") }
        w.raw("<a href=\"#a")
        w.int(link.article)
        w.raw("-q")
        w.int(link.claim)
        w.raw("\">")
        w.int(link.article)
        w.raw("</a>")
      }
      w.raw("</td></tr>\n")
    }
    w.raw("</tbody>\n</table>\n")
    if rows.count > Self.partyRows {
      w.raw("<p class=\"more\">")
      w.text("The \(Self.partyRows) most frequent of \(plural(rows.count, "speaker–target pair")) are listed.")
      w.raw("</p>\n")
    }
  }
}
