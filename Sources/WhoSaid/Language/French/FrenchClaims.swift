/// The French passes of the Claims stage, over the whole article: before the per-sentence frames,
/// what reports nothing (a headline, a `Lire aussi` line, a quoted title or nickname) and the
/// turns of a dialogue set off by dashes; after them, incises inside guillemets and `Et
/// d'ajouter : « … »`.
///
/// ``Claims/find(in:)`` runs them when the document's language has ``FrenchWords``.
struct FrenchClaims {
  let doc: Document
  let words: FrenchWords

  /// Runs before the frames of the sentences are read.
  func beforeSentences(_ claims: inout Claims) {
    dropNonClaims(&claims)
    dialogueTurns(&claims)
  }

  /// Runs after the sentences' drafts, before the shared follow-up passes.
  func afterSentences(_ claims: inout Claims) {
    quoteIncises(&claims)
    continuations(&claims)
  }

  /// Appends `d`, claiming `held` (its content, or more: a turn's incise) for it.
  func keep(_ d: Draft, holding held: Range<Int>, _ claims: inout Claims) {
    var d = d
    if !d.dropped { d.confidence = doc.confidence(of: d) }
    claims.claim(held, Int32(claims.drafts.count))
    claims.drafts.append(d)
  }

  /// Reserves what reports nothing, so that no rule reads it: the headline (a first paragraph of up
  /// to 25 tokens without final punctuation: `Réforme du fret : le gouvernement défend son
  /// calendrier`), `Lire aussi` lines, and quoted titles and nicknames (`un essai, « Le Temps des
  /// minorités »`, `surnommé « le Métronome »`).
  func dropNonClaims(_ claims: inout Claims) {
    if doc.paragraphs.count > 1, let p = doc.paragraphs.first, p.count <= 25, let last = p.last,
      doc.punct(last)?.isTerminal != true, !doc.closesQuote(last) || doc.punct(last - 1)?.isTerminal != true
    {
      keep(Draft(kind: .indirect, content: p, frame: nil, confidence: 0, dropped: true), holding: p, &claims)
    }
    for p in doc.paragraphs where p.count > 2 && claims.claimedBy[p.lowerBound] < 0 {
      // `Lire aussi :`, `À lire aussi :`
      var k = p.lowerBound
      if doc.tokens[k].kind == .word, !doc.isWordID(k, words.read), k + 1 < p.upperBound { k += 1 }
      if doc.isWordID(k, words.read), k + 1 < p.upperBound, doc.isWordID(k + 1, words.also) {
        keep(Draft(kind: .indirect, content: p, frame: nil, confidence: 0, dropped: true), holding: p, &claims)
      }
    }
    for q in doc.quotes where claims.claimedBy[q.open] < 0 && isTitle(q) {
      let r = q.open..<(q.close + 1)
      keep(Draft(kind: .direct, content: r, frame: nil, confidence: 0, dropped: true), holding: r, &claims)
    }
  }

  /// Whether quote `q` is a title or a nickname: a short one after a noun that names one (`livre`,
  /// `essai`, `surnommé`), or of up to six words opening with an article and a capital (`« Le Temps
  /// des minorités »`, `« le Métronome »`).
  func isTitle(_ q: QuoteSpan) -> Bool {
    var count = 0
    for k in (q.open + 1)..<q.close {
      if doc.tokens[k].kind == .word { count += 1 } else if doc.punct(k)?.isTerminal == true || doc.punct(k) == .comma { return false }
    }
    guard count >= 1 && count <= 8 else { return false }
    var b = q.open - 1
    if b >= 0, doc.punct(b) == .comma { b -= 1 }
    for j in stride(from: b, to: max(-1, b - 3), by: -1) where doc.tokens[j].kind == .word && words.titleNouns.contains(doc.tokens[j].word) {
      return true
    }
    let a = q.open + 1
    return count <= 6 && a + 1 < q.close && doc.tokens[a].kind == .word && doc.language.profile.role(doc.tokens[a].word).contains(.determiner)
      && doc.tokens[a + 1].kind == .word && doc.tokens[a + 1].isCapitalized && !doc.language.profile.role(doc.tokens[a + 1].word).contains(.function)
  }

  /// `« …, a déclaré le ministre, … »`: a quote with an incise in it, no attribution outside it.
  func quoteIncises(_ claims: inout Claims) {
    for q in doc.quotes where claims.claimedBy[q.open] < 0 && q.close - q.open > 4 {
      var k = q.open + 1
      while k < q.close {
        if doc.opensQuote(k) {
          k = doc.quotes[Int(doc.quoteOf[k])].close + 1
          continue
        }
        if doc.punct(k) == .comma, let (f, _) = incise(after: k, end: q.close) {
          let content = q.open..<(q.close + 1)
          keep(Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0), holding: content, &claims)
          break
        }
        k += 1
      }
    }
  }
}
