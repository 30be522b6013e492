/// French dialogue set off by dashes, and `Et d'ajouter : « … »`.
extension FrenchClaims {
  /// A turn of dialogue: a paragraph opening with a dash (`— Nous ne céderons pas, lance Yannick
  /// Le Goff. Pas cette fois.`). With an incise, the turn is its speaker's: the words before the
  /// incise when it ends the paragraph, the whole paragraph when the turn goes on after it. Without
  /// one, the speaker is the one the dialogue implies: the person the narrative paragraph just
  /// before names (`Son matelot, Erwan Le Bihan, hausse les épaules.`), else the speaker of the
  /// turn before last when two speakers alternate — not one the turn addresses (`…, monsieur
  /// Morvan.`).
  func dialogueTurns(_ claims: inout Claims) {
    var last = -1  // the draft of the turn in the paragraph before, or -1
    var beforeLast = -1  // the draft of the turn two paragraphs before, when both were turns
    for (pi, p) in doc.paragraphs.enumerated() {
      guard p.count >= 3, doc.punct(p.lowerBound) == .dash, doc.tokens[p.lowerBound + 1].kind == .word, claims.claimedBy[p.lowerBound] < 0 else {
        (last, beforeLast) = (-1, -1)
        continue
      }
      var d = Draft(kind: .direct, content: p, fragments: [p], frame: nil, confidence: 0)
      var c = p.lowerBound + 1
      while c < p.upperBound && c < p.lowerBound + 80 {
        if doc.punct(c) == .comma, !doc.inQuote(c), let (f, stop) = incise(after: c, end: p.upperBound) {
          d.frame = f
          // `— Ces quotas ne sont pas négociables, a tranché la ministre.`: the words before it.
          if !(stop..<p.upperBound).contains(where: { doc.tokens[$0].kind == .word }) {
            d.content = p.lowerBound..<c
            d.fragments = [d.content]
          }
          break
        }
        c += 1
      }
      if d.frame == nil {
        if pi > 0, last < 0, let sp = personNamed(in: doc.paragraphs[pi - 1]) {
          d.frame = Frame(kind: .source, cue: sp, cueIndex: -1, speaker: sp, standIn: true, lower: sp.lowerBound, upper: sp.upperBound)
        } else if beforeLast >= 0, last >= 0, let other = otherSpeaker(beforeLast, last, turn: p, claims) {
          d.carriedFrom = other
        }
      }
      keep(d, holding: p, &claims)
      (last, beforeLast) = (claims.drafts.count - 1, last)
    }
  }

  /// The draft that speaks when turns alternate, `a` two paragraphs before and `b` one before: `a`,
  /// when it is another speaker than `b` — or `b` when the turn addresses `a` by name (`…, monsieur
  /// Morvan.`).
  func otherSpeaker(_ a: Int, _ b: Int, turn p: Range<Int>, _ claims: Claims) -> Int? {
    let ra = root(a, claims)
    let rb = root(b, claims)
    guard let na = surname(ra, claims), let nb = surname(rb, claims), na != nb else { return nil }
    for k in p where k + 1 < p.upperBound && doc.tokens[k].kind == .word && words.vocatives.contains(doc.tokens[k].word) {
      if doc.string(k + 1..<(k + 2)) == na { return rb }
    }
    return ra
  }

  /// The draft whose speaker a carried draft takes.
  func root(_ i: Int, _ claims: Claims) -> Int {
    claims.drafts[i].carriedFrom >= 0 ? claims.drafts[i].carriedFrom : i
  }

  /// The last word of draft `i`'s speaker phrase (`Morvan` in `Gildas Morvan`), nil without one.
  func surname(_ i: Int, _ claims: Claims) -> String? {
    guard let sp = claims.drafts[i].frame?.speaker else { return nil }
    return doc.string((sp.upperBound - 1)..<sp.upperBound)
  }

  /// The person a narrative paragraph names in apposition (`À côté de lui, son matelot, Erwan Le
  /// Bihan, vingt-deux ans, hausse les épaules.`): the last run of two to four capitalized words
  /// (with `Le`, `La`, `de` inside) that a comma, the paragraph start or a title comes before and a
  /// comma or a verb after.
  func personNamed(in p: Range<Int>) -> Range<Int>? {
    var found: Range<Int>?
    var k = p.lowerBound
    while k < p.upperBound {
      guard doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized, !doc.inQuote(k),
        !doc.language.profile.role(doc.tokens[k].word).contains(.function)
      else {
        k += 1
        continue
      }
      var e = k + 1
      while e < p.upperBound && e < k + 4, doc.tokens[e].kind == .word, doc.tokens[e].isCapitalized, !doc.inQuote(e) { e += 1 }
      let before = k - 1
      let opens = k == p.lowerBound || doc.punct(before) == .comma
        || doc.tokens[before].kind == .word && doc.language.profile.role(doc.tokens[before].word).any([.title, .personNoun])
      if e - k >= 2, opens, e == p.upperBound || doc.punct(e) == .comma || doc.tokens[e].kind == .word && !doc.tokens[e].isCapitalized {
        found = k..<e
      }
      k = e
    }
    return found
  }

  /// `Et d'ajouter : « … »`, `Et de conclure : « … »`: the quote is the latest speaker's (within two
  /// paragraphs; a carried draft stands for the one it carries), its cue the infinitive.
  func continuations(_ claims: inout Claims) {
    // Drafts with a speaker by where their content ends, walked once as the quotes advance.
    let ends = claims.drafts.indices.filter { !claims.drafts[$0].dropped && claims.drafts[root($0, claims)].frame?.speaker != nil }
      .sorted { claims.drafts[$0].content.upperBound < claims.drafts[$1].content.upperBound }
    var walked = 0
    var latest = -1
    for q in doc.quotes where claims.claimedBy[q.open] < 0 && q.open >= 4 {
      let colon = q.open - 1
      let verb = q.open - 2
      while walked < ends.count, claims.drafts[ends[walked]].content.upperBound <= verb - 2 {
        latest = root(ends[walked], claims)
        walked += 1
      }
      guard doc.punct(colon) == .colon, doc.tokens[verb].kind == .word, words.infinitives.contains(doc.tokens[verb].word),
        words.of.contains(doc.tokens[verb - 1].word), doc.isWordID(verb - 2, words.coordinators[0]),
        verb - 2 == doc.sentences[Int(doc.sentenceOf[verb])].lowerBound, latest >= 0,
        doc.paragraphOf[verb] - doc.paragraphOf[claims.drafts[latest].content.lowerBound] <= 2,
        let sp = claims.drafts[latest].frame?.speaker
      else { continue }
      var f = Frame(kind: .verb, cue: verb..<(verb + 1), cueIndex: doc.language.profile.cueOfWord[Int(doc.tokens[verb].word)], speaker: sp, lower: verb - 2, upper: colon + 1)
      f.inherited = true
      let content = q.open..<(q.close + 1)
      keep(Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0), holding: (verb - 2)..<(q.close + 1), &claims)
    }
  }
}
