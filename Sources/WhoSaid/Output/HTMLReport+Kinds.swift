extension HTMLReport {
  /// The look of each kind of attribution, its badge, and the page's filters (CSS only).
  ///
  /// A direct quote is filled with its speaker's colour (`--c`), a mixed one hatched with it and
  /// its quoted words filled, an indirect one outlined with a dashed line and not filled: solid
  /// for verbatim words, hatched or outlined for paraphrase. A filter that hides an attribution
  /// sets its `--c` to transparent and hides its badge.
  static let kindCSS: StaticString = """
    mark.direct { background-color: var(--c); }
    mark.mixed { border-color: var(--c); border-style: dotted;
      background-image: repeating-linear-gradient(135deg, var(--c) 0 .14em, transparent .14em .42em); }
    mark.mixed .frag { background-color: var(--c); border-radius: 2px; }
    mark.indirect { border-color: var(--line); border-style: dashed; }
    mark, .sample { --line: color-mix(in srgb, var(--c) 72%, #000); }
    .badge { display: inline-block; font-size: .68rem; line-height: 1.2; padding: 0 .35em; margin: 0 .25em 0 .2em;
      border-radius: .6em; border: 1px solid #888; color: #333; background: #fff; vertical-align: .15em;
      white-space: nowrap; font-variant-numeric: tabular-nums; outline: none; box-shadow: none; }
    .badge.direct { background: #222; border-color: #222; color: #fff; }
    .badge.mixed { border-style: dotted; }
    .badge.indirect { border-style: dashed; }
    .sample { --c: #9FB7D0; padding: 0 .3em; border: 2px solid transparent; border-radius: 3px; }
    .sample.direct { background-color: var(--c); }
    .sample.mixed { border: 2px dotted var(--c);
      background-image: repeating-linear-gradient(135deg, var(--c) 0 .14em, transparent .14em .42em); }
    .sample.indirect { border: 2px dashed var(--line); }
    .filters { position: sticky; top: 0; z-index: 2; background: #f6f6f6; border-bottom: 1px solid #ddd;
      padding: .35rem .6rem; margin: 0 -.6rem; font-size: .88rem; display: flex; flex-wrap: wrap; gap: .2rem .8rem;
      align-items: center; }
    .filters .fl { font-weight: 650; color: #444; }
    .filters label { white-space: nowrap; }
    .fields { font-size: .88rem; color: #333; margin: 0; overflow-wrap: anywhere; }
    details.who { margin: .3em 0; }
    details.who summary { cursor: pointer; }
    ul.refs { margin: 0 0 .4em; padding-left: 1.6em; font-size: .9rem; list-style: none; }
    ul.refs li { margin: .1em 0; }
    .k { font-size: .78rem; padding: 0 .3em; border: 1px solid #888; border-radius: .6em; white-space: nowrap; }
    .k.direct { background: #222; border-color: #222; color: #fff; }
    .k.mixed { border-style: dotted; }
    .k.indirect { border-style: dashed; }
    body:has(#k-direct:not(:checked)) main :is(mark, .badge).direct,
    body:has(#k-mixed:not(:checked)) main :is(mark, .badge).mixed,
    body:has(#k-indirect:not(:checked)) main :is(mark, .badge).indirect,
    body:has(#min-50:checked) main :is(mark, .badge).q0,
    body:has(#min-75:checked) main :is(mark, .badge):is(.q0, .q1),
    body:has(#min-90:checked) main :is(mark, .badge):is(.q0, .q1, .q2) { --c: transparent; --line: transparent; outline: none; }
    body:has(#k-direct:not(:checked)) main .badge.direct,
    body:has(#k-mixed:not(:checked)) main .badge.mixed,
    body:has(#k-indirect:not(:checked)) main .badge.indirect,
    body:has(#min-50:checked) main .badge.q0,
    body:has(#min-75:checked) main .badge:is(.q0, .q1),
    body:has(#min-90:checked) main .badge:is(.q0, .q1, .q2) { display: none; }

    """

  /// Writes the kept fields of an article (`--keep`) under its heading: `url: https://…` (a
  /// link when the value is a web address).
  func writeFields(_ fields: [(name: String, value: String)], into w: inout HTMLWriter) {
    guard !fields.isEmpty else { return }
    w.raw("<p class=\"fields\">")
    for (i, f) in fields.enumerated() {
      if i > 0 { w.raw(" · ") }
      w.text(f.name + ": ")
      let lower = f.value.lowercased()
      if (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !f.value.contains(where: \.isWhitespace) {
        w.raw("<a rel=\"noreferrer\"")
        w.attribute("href", f.value)
        w.raw(">")
        w.text(f.value)
        w.raw("</a>")
      } else {
        w.text(f.value)
      }
    }
    w.raw("</p>\n")
  }
}
