/// French speaker phrases: a title before the name in apposition (`Le porte-parole du ministère,
/// Paul Girard, a déclaré` → `Paul Girard`), complements with `de`, `du`, `des` (`le ministre des
/// Transports`), adverbs between an inverted verb and its subject (`a annoncé lundi le ministre`),
/// and the emphatic pronoun after a subject (`Les agriculteurs, eux, craignent`).
///
/// ``Document/speakerBefore(_:floor:)`` and ``Document/speakerAfter(_:ceiling:)`` hand French to
/// these readers, which build on the shared ones.
extension Document {
  /// The French subject that ends right before `end` (see ``speakerBefore(_:floor:)``).
  func frenchSpeakerBefore(_ end: Int, floor: Int, _ fr: FrenchWords) -> Range<Int>? {
    var e = end
    // A parenthetical after a name or an acronym: `la Fédération unitaire du rail (FUR) a appelé`.
    if e - 1 > floor, punct(e - 1) == .closeParen {
      var j = e - 2
      while j > floor && j > e - 8 && punct(j) != .openParen { j -= 1 }
      if punct(j) == .openParen { e = j }
    }
    guard e - 1 >= floor, punct(e - 1) == .comma else {
      guard let r = frenchNounPhrase(endingBefore: e, floor: floor, fr), isSpeakerLike(r) else { return nil }
      return r
    }
    // An appositive between commas: `Le porte-parole du ministère, Paul Girard, a déclaré`.
    var j = e - 2
    while j > floor && j > e - 16 && punct(j) != .comma {
      if inQuote(j) || punct(j)?.isTerminal == true && !(j > floor && tokens[j - 1].end == tokens[j].start && tokens[j - 1].length <= 3) {
        return nil
      }
      j -= 1
    }
    guard j > floor, punct(j) == .comma, j + 1 < e - 1 else { return nil }
    // `Les agriculteurs, eux, craignent`: an emphatic pronoun repeats the subject.
    if j + 2 == e - 1, fr.emphatic.contains(tokens[j + 1].word) {
      guard let head = frenchNounPhrase(endingBefore: j, floor: floor, fr), isSpeakerLike(head) else { return nil }
      return head
    }
    guard let head = frenchNounPhrase(endingBefore: j, floor: floor, fr), isSpeakerLike(head) else { return nil }
    // The title before, the name in apposition (`Le président du jury, l'acteur Raphaël Dorval,`).
    if frenchIsDescription(head), let name = frenchNounPhrase(endingBefore: e - 1, floor: j + 1, fr), name.lowerBound == j + 1, hasProperName(name) {
      return name
    }
    return head
  }

  /// A noun phrase read backward from `end` with its complements in `de`, `du`, `des`, `d'` (`le
  /// porte-parole du ministère`, `le secrétaire général de la Fédération unitaire du rail`).
  func frenchNounPhrase(endingBefore end: Int, floor: Int, _ fr: FrenchWords) -> Range<Int>? {
    guard var r = nounPhrase(endingBefore: end, floor: floor) else { return nil }
    // `Erwan Le Dantec a déclaré`: the first name before a surname's particle.
    if r.lowerBound > floor, isFrenchSurnameArticle(r.lowerBound), let first = nounPhrase(endingBefore: r.lowerBound, floor: floor) {
      r = first.lowerBound..<r.upperBound
    }
    var links = 0
    while links < 4 {
      // `du ministère` alone: its article holds the `de` that links it to the noun before.
      let link: Int
      if fr.contractedOf.contains(tokens[r.lowerBound].word) || fr.contractedTo.contains(tokens[r.lowerBound].word), tokens[r.lowerBound].kind == .word {
        link = r.lowerBound
      } else if r.lowerBound - 1 > floor, tokens[r.lowerBound - 1].kind == .word, fr.of.contains(tokens[r.lowerBound - 1].word) {
        link = r.lowerBound - 1
      } else {
        break
      }
      // `de l'Éducation nationale et de la Jeunesse`: a second complement after `et`.
      var join = link
      if join - 1 > floor, tokens[join - 1].kind == .word, tokens[join - 1].word == fr.and { join -= 1 }
      guard join > floor, isNounEnd(join - 1), let head = nounPhrase(endingBefore: join, floor: floor) else { break }
      r = head.lowerBound..<r.upperBound
      links += 1
    }
    return r
  }

  /// French: whether phrase `r` is a description rather than a name: a determiner or possessive,
  /// or a title, then a lower-case noun (`le commandant des opérations`, `son délégué régional`,
  /// `la bijoutière`), whether or not its noun is listed.
  func frenchIsDescription(_ r: Range<Int>) -> Bool {
    var k = r.lowerBound
    guard k < r.upperBound, tokens[k].kind == .word else { return false }
    let first = language.profile.role(tokens[k].word)
    if first.contains(.determiner) || first.contains(.possessive) { k += 1 }
    guard k < r.upperBound, tokens[k].kind == .word, !tokens[k].isCapitalized || language.profile.role(tokens[k].word).contains(.title) else { return false }
    let role = language.profile.role(tokens[k].word)
    return !role.contains(.function) && !role.any(.pronoun) && (k > r.lowerBound || role.contains(.title) || role.contains(.personNoun))
  }

  /// Whether word `k` may end a noun phrase: a name or a word no list gives a grammatical role.
  func isNounEnd(_ k: Int) -> Bool {
    guard tokens[k].kind == .word, !inQuote(k) else { return false }
    let role = language.profile.role(tokens[k].word)
    if role.any(.speakerNoun) || role.contains(.title) { return true }
    return !role.contains(.function) && !role.contains(.time) && !role.contains(.skippable) && !role.contains(.stop) && !role.contains(.negation)
      && (tokens[k].word < 0 || language.profile.cueOfWord[Int(tokens[k].word)] < 0)
  }

  /// The French speaker phrase that starts at `start` (see ``speakerAfter(_:ceiling:)``), with its
  /// complements (`le ministre valdonien de la Défense`) and, after a title, the name in
  /// apposition (`le président du comité local des pêches, Gildas Morvan` → `Gildas Morvan`).
  func frenchSpeakerAfter(_ start: Int, ceiling: Int, _ fr: FrenchWords) -> Range<Int>? {
    guard var r = sharedSpeakerAfter(start, ceiling: ceiling) else { return nil }
    if r.count == 1, language.profile.role(tokens[r.lowerBound].word).any(.pronoun) { return r }
    var links = 0
    while links < 4, r.upperBound + 1 < ceiling, tokens[r.upperBound].kind == .word, !inQuote(r.upperBound) {
      let w = tokens[r.upperBound].word
      let next: Range<Int>?
      if fr.contractedOf.contains(w) || fr.contractedTo.contains(w) && r.upperBound + 1 < ceiling && !tokens[r.upperBound + 1].isCapitalized {
        next = sharedSpeakerAfter(r.upperBound, ceiling: ceiling)
      } else if fr.of.contains(w) {
        next = sharedSpeakerAfter(r.upperBound + 1, ceiling: ceiling)
      } else {
        break
      }
      guard let n = next, n.lowerBound <= r.upperBound + 1, !(n.count == 1 && language.profile.role(tokens[n.lowerBound].word).any(.pronoun)) else { break }
      r = r.lowerBound..<n.upperBound
      links += 1
    }
    // `Erwan Le Dantec`, `M. Le Dantec`: a surname's particle and the surname.
    if r.upperBound + 1 < ceiling, isFrenchSurnameArticle(r.upperBound) {
      r = r.lowerBound..<(r.upperBound + 2)
    } else if r.upperBound + 2 < ceiling, punct(r.upperBound) == .period, isFrenchSurnameArticle(r.upperBound + 1) {
      r = r.lowerBound..<(r.upperBound + 3)
    }
    if let name = appositiveName(after: r, ceiling: ceiling) ?? frenchNameAfterTitle(r, ceiling: ceiling, fr) { return name }
    // `selon l'opposition municipale,`, `selon plusieurs sources parlementaires.`: a body's or a
    // group's adjectives after it, up to the clause's end; `par le groupe suisse Alpenrose`: and the
    // body's name after them.
    var e = r.upperBound
    while e < ceiling, e < r.upperBound + 2, frenchPlainWord(e) { e += 1 }
    guard e > r.upperBound,
      let head = r.first(where: { tokens[$0].kind == .word && !language.profile.role(tokens[$0].word).any([.determiner, .possessive]) }),
      case let role = language.profile.role(tokens[head].word), role.any([.organizationNoun, .groupNoun]), !role.contains(.personNoun)
    else { return r }
    if e >= ceiling || punct(e) != nil { return r.lowerBound..<e }
    if role.contains(.organizationNoun), tokens[e].kind == .word, tokens[e].isCapitalized, !inQuote(e), let name = sharedSpeakerAfter(e, ceiling: ceiling), name.lowerBound == e {
      return r.lowerBound..<name.upperBound
    }
    return r
  }

  /// The name after a title `r` and its adjectives and complements, without a comma (`a réagi la
  /// conseillère municipale d'opposition Hélène Brunet, qui …` → `Hélène Brunet`): a name that
  /// ends the clause.
  func frenchNameAfterTitle(_ r: Range<Int>, ceiling: Int, _ fr: FrenchWords) -> Range<Int>? {
    guard frenchIsDescription(r), let last = r.last, isTitleWord(last) else { return nil }
    var j = r.upperBound
    while j < ceiling, j < r.upperBound + 6, frenchPlainWord(j) || isFrenchLink(j, fr) || tokens[j].kind == .word && fr.linkArticles.contains(tokens[j].word) { j += 1 }
    guard j > r.upperBound, j < ceiling, isFirstName(j), !isFrenchLink(j - 1, fr),
      let name = sharedSpeakerAfter(j, ceiling: ceiling), name.lowerBound == j, hasProperName(name)
    else { return nil }
    return closesClause(name, ceiling: ceiling) ? name : nil
  }

  /// Whether `name` ends its clause: at `ceiling`, before punctuation, a quotation mark or a
  /// relative pronoun (`Étienne Valade, à l'issue …`, `Hélène Brunet, qui …`).
  func closesClause(_ name: Range<Int>, ceiling: Int) -> Bool {
    let after = name.upperBound
    return after >= ceiling || punct(after) != nil || opensQuote(after) || closesQuote(after)
      || tokens[after].kind == .word && language.profile.role(tokens[after].word).contains(.relative)
  }

  /// The name in apposition after a description `r` (`le ministre des Transports, Étienne
  /// Valade, à l'issue du Conseil`): a proper name right after its comma, closing the clause or
  /// followed by a comma, a parenthesis or `qui`.
  func appositiveName(after r: Range<Int>, ceiling: Int) -> Range<Int>? {
    guard frenchIsDescription(r) else { return nil }
    // The rest of the title up to its comma: `(FUR)`, `étrangères`, `chargé des Transports`.
    var c = r.upperBound
    while c < ceiling && c < r.upperBound + 10 && punct(c) != .comma {
      guard !inQuote(c), tokens[c].kind == .word || punct(c) == .openParen || punct(c) == .closeParen else { return nil }
      if tokens[c].kind == .word, case let role = language.profile.role(tokens[c].word),
        role.contains(.complementizer) || role.contains(.relative) || role.contains(.negation) || role.contains(.skippable)
      {
        return nil
      }
      c += 1
    }
    guard c + 1 < ceiling, punct(c) == .comma,
      let name = sharedSpeakerAfter(c + 1, ceiling: ceiling), name.lowerBound == c + 1, hasProperName(name),
      !(name.count == 1 && language.profile.role(tokens[name.lowerBound].word).any(.pronoun))
    else { return nil }
    return closesClause(name, ceiling: ceiling) ? name : nil
  }

  /// The subject after an inverted verb starting at `k`, past the words that may stand between
  /// them: time words and adverbs (`a annoncé lundi le ministre`, `a indiqué lundi soir la
  /// préfecture`), an adverbial between commas (`confie, sous couvert d'anonymat, une
  /// infirmière`), and a short prepositional phrase before a subject that closes the clause (`a
  /// assuré à la barre Julien Aubert`, `a déclaré à l'AFP le directeur général`).
  func frenchInvertedSubject(_ k: Int, ceiling e: Int, _ fr: FrenchWords) -> Range<Int>? {
    var j = k
    while j < e, j < k + 4, tokens[j].kind == .word, !inQuote(j),
      case let role = language.profile.role(tokens[j].word), role.contains(.time) || role.contains(.skippable), !role.contains(.determiner)
    {
      j += 1
    }
    if let sp = frenchSpeakerAfter(j, ceiling: e, fr) { return sp }
    // `, sous couvert d'anonymat,` between the verb and its subject.
    if j < e, punct(j) == .comma {
      var c = j + 1
      while c < e && c < j + 8 && tokens[c].kind == .word && !inQuote(c) { c += 1 }
      guard c > j + 1, c + 1 < e, punct(c) == .comma, let sp = frenchSpeakerAfter(c + 1, ceiling: e, fr), isStrongSpeaker(sp) else { return nil }
      return sp
    }
    // `à la barre Julien Aubert,`: a preposition, up to four words, then a subject ending the clause.
    guard j < e, tokens[j].kind == .word, language.profile.role(tokens[j].word).contains(.preposition) else { return nil }
    var p = j + 1
    while p < e && p < j + 5 && tokens[p].kind == .word && !inQuote(p) {
      if let sp = frenchSpeakerAfter(p, ceiling: e, fr), p > j + 1, !language.profile.role(tokens[p - 1].word).contains(.preposition),
        language.profile.role(tokens[p].word).contains(.determiner) || hasProperName(sp),
        isStrongSpeaker(sp) || frenchIsDescription(sp), sp.upperBound >= e || punct(sp.upperBound) != nil
      {
        return sp
      }
      p += 1
    }
    return nil
  }

  /// Whether an adverbial phrase of ``FrenchWords/adverbials`` ends at token `k` (`par ailleurs`
  /// in `a par ailleurs annoncé`); its first token, or nil.
  func frenchAdverbial(endingAt k: Int, floor: Int, _ fr: FrenchWords) -> Int? {
    for phrase in fr.adverbials where phrase.count <= k - floor + 1 {
      let first = k - phrase.count + 1
      var ok = true
      for (i, w) in phrase.enumerated() where tokens[first + i].word != w || tokens[first + i].kind != .word {
        ok = false
        break
      }
      if ok { return first }
    }
    return nil
  }
}
