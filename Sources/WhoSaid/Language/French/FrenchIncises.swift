/// French incises: the reporting clause set into the words it reports, after a comma, inverted
/// (`« Nous sommes prêts, a déclaré le ministre, mais pas à tout prix. »`, `— Nous ne céderons
/// pas, lance Yannick Le Goff, patron du chalutier.`, `« …, explique-t-elle. »`, `« …, promet-on
/// au secrétariat d'État, … »`).
///
/// Read here token by token, inside quotation marks as well as outside (the shared speaker
/// readers stop at quotation marks).
extension FrenchClaims {
  /// The incise that starts after the comma at `c`, within `c..<end`: its frame, and the token that
  /// ends it (the punctuation or closing mark after its speaker and any adverbial after that).
  func incise(after c: Int, end: Int) -> (Frame, Int)? {
    var j = c + 1
    var aux = -1  // `a-t-il`, `a-t-on`: an auxiliary carrying the speaker
    while j < end && j < c + 5, doc.tokens[j].kind == .word, !doc.tokens[j].isCapitalized, !isCue(j) {
      let role = doc.language.profile.role(doc.tokens[j].word)
      if words.ne.contains(doc.tokens[j].word) { return nil }
      if role.any(.pronoun) || words.onInverted.contains(doc.tokens[j].word) {
        aux = j
      } else if !role.contains(.skippable) {
        return nil
      }
      j += 1
    }
    guard j < end, isCue(j), !doc.tokens[j].isCapitalized else { return nil }
    var f = Frame(kind: .verb, cue: j..<(j + 1), cueIndex: doc.language.profile.cueOfWord[Int(doc.tokens[j].word)], lower: c + 1, upper: j + 1)
    f.inverted = true
    let after = j + 1
    // `explique-t-elle`, `a-t-il ajouté`: the pronoun speaks.
    for p in [j, aux] where p >= 0 && doc.language.profile.role(doc.tokens[p].word).any(.pronoun) {
      f.speaker = p..<(p + 1)
      return (f, stop(after: after, end: end))
    }
    // `promet-on au secrétariat d'État`: the place speaks.
    if words.onInverted.contains(doc.tokens[j].word) || aux >= 0 {
      guard let sp = place(after: after, end: end) else { return nil }
      f.speaker = sp
      f.upper = sp.upperBound
      return (f, stop(after: sp.upperBound, end: end))
    }
    var k = after
    while k < end && k < after + 4, doc.tokens[k].kind == .word, case let role = doc.language.profile.role(doc.tokens[k].word),
      role.contains(.time) || role.contains(.skippable), !role.contains(.determiner)
    {
      k += 1
    }
    guard var sp = phrase(from: k, end: end) else { return nil }
    // `a tranché la ministre de la Mer, Sandrine Portal.`: the name in apposition.
    if doc.frenchIsDescription(sp), sp.upperBound + 1 < end, doc.punct(sp.upperBound) == .comma,
      let name = phrase(from: sp.upperBound + 1, end: end), doc.hasProperName(name), !doc.frenchIsDescription(name),
      name.upperBound >= end || doc.punct(name.upperBound) != nil || doc.closesQuote(name.upperBound)
    {
      sp = name
    }
    f.speaker = sp
    f.upper = sp.upperBound
    return (f, stop(after: sp.upperBound, end: end))
  }

  /// Whether word `k` is a cue form.
  func isCue(_ k: Int) -> Bool {
    doc.tokens[k].kind == .word && doc.tokens[k].word >= 0 && doc.language.profile.cueOfWord[Int(doc.tokens[k].word)] >= 0
  }

  /// A speaker phrase inside an incise, from `k`: a determiner, possessive, title or name, then words
  /// up to punctuation, a closing mark, a preposition other than `de`/`du`/`des` (`dans un
  /// communiqué`), a conjunction or a relative pronoun; at most ten words.
  func phrase(from k: Int, end: Int) -> Range<Int>? {
    guard k < end, doc.tokens[k].kind == .word else { return nil }
    let first = doc.language.profile.role(doc.tokens[k].word)
    guard first.any([.determiner, .possessive, .title]) || first.any(.speakerNoun) || doc.tokens[k].isCapitalized && !first.contains(.function)
      || first.contains(.determiner) && doc.tokens[k].isCapitalized
    else { return nil }
    var j = k
    while j < end && j < k + 10 {
      let t = doc.tokens[j]
      if t.kind == .punctuation, t.punctuation == .period, j > k, doc.language.profile.role(doc.tokens[j - 1].word).contains(.abbreviation) || doc.tokens[j - 1].length == 1 {
        j += 1  // `M. Valade`
        continue
      }
      guard t.kind == .word, !doc.closesQuote(j), !doc.opensQuote(j) else { break }
      let role = doc.language.profile.role(t.word)
      if j > k, role.contains(.preposition) || role.contains(.conjunction) || role.contains(.relative) || role.contains(.complementizer)
        || role.contains(.time) || role.contains(.skippable)
      {
        break
      }
      j += 1
    }
    // No `de` at its end (`le ministre de` before a break).
    while j > k, words.of.contains(doc.tokens[j - 1].word) || words.contractedOf.contains(doc.tokens[j - 1].word) { j -= 1 }
    guard j > k, doc.isStrongSpeaker(k..<j) || first.any([.determiner, .possessive]) && j > k + 1 else { return nil }
    return k..<j
  }

  /// The place that speaks after `-t-on` within an incise (`au secrétariat d'État`, `à la mairie`).
  func place(after k: Int, end: Int) -> Range<Int>? {
    var j = k
    while j < end && j < k + 4 && doc.tokens[j].kind == .word && doc.language.profile.role(doc.tokens[j].word).contains(.time) { j += 1 }
    guard j + 1 < end, doc.tokens[j].kind == .word, words.places.contains(doc.tokens[j].word) else { return nil }
    var p = j + 1
    if p < end, words.of.contains(doc.tokens[p].word) { p += 1 }
    if let sp = phrase(from: p, end: end) { return sp }
    // `au secrétariat d'État`: the noun after a preposition holding its article.
    var e = p
    while e < end && e < p + 4 && doc.tokens[e].kind == .word && !doc.closesQuote(e) { e += 1 }
    return e > p ? p..<e : nil
  }

  /// Where an incise ends: the first punctuation or closing mark at or after `k` (an adverbial may
  /// follow the speaker: `dans un communiqué`, `lors d'une conférence de presse`), within twelve
  /// tokens; `end` when none comes.
  func stop(after k: Int, end: Int) -> Int {
    var j = k
    while j < end && j < k + 12 {
      if doc.punct(j) != nil && doc.punct(j) != .openParen && doc.punct(j) != .closeParen || doc.closesQuote(j) || doc.opensQuote(j) { return j }
      j += 1
    }
    return j
  }
}
