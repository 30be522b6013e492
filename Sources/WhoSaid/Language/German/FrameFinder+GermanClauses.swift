/// German clause structure the frame rules ask about: where a clause opens, which phrase before a
/// verb is its subject and which is fronted or oblique, subjects kept apart from their verb by a
/// relative clause, an auxiliary or `und`, and separable particles closing a clause.
extension FrameFinder {
  /// The word that closes the clause of the verb at `k` (`teilte … mit,`), where a separable
  /// particle stands: within a few words, before any punctuation, and followed by punctuation.
  func separableParticle(after k: Int, end e: Int) -> Int? {
    var j = k + 1
    while j < e && j < k + 20 {
      if doc.tokens[j].kind != .word || doc.inQuote(j) { return nil }
      // `gab der Leiter der Dienststelle, Andreas Huber, bekannt`: an appositive name is no clause end.
      if j + 1 < e, let c = appositiveNameEnd(afterComma: j + 1, end: e) {
        j = c + 1
        continue
      }
      if j + 1 >= e || doc.punct(j + 1) != nil || doc.opensQuote(j + 1) { return j }
      j += 1
    }
    return nil
  }

  /// The source after the preposition at `k`: the genitive or `von` phrase after a source noun
  /// (`nach ersten Angaben [der Feuerwehr]`, `nach einem Bericht [der Zeitung]`), like `nach Angaben
  /// der Polizei`; else the noun phrase itself (`nach [Polizeiangaben]`, `nach [seiner Meinung]`).
  /// The source noun stands within three words.
  func sourceNounPhrase(after k: Int, end e: Int) -> Range<Int>? {
    var j = k + 1
    var noun = -1
    while j < e && j <= k + 3 {
      let t = doc.tokens[j]
      guard t.kind == .word, !doc.inQuote(j) else { return nil }
      if t.isCapitalized, doc.language.profile.sourceNouns.contains(t.word) || doc.hasEnding(j, doc.language.profile.sourceNounEndings) {
        noun = j
        break
      }
      let role = doc.language.profile.role(t.word)
      if t.isCapitalized && !isPossessiveName(j) { return nil }
      if role.contains(.preposition) || role.contains(.stop) || role.contains(.complementizer) { return nil }
      j += 1
    }
    guard noun > k else { return nil }
    let end = noun + 1
    if end + 1 < e, doc.language.known.genitives.contains(doc.tokens[end].word) || doc.isWordID(end, doc.language.known.of),
      let g = doc.speakerAfter(doc.isWordID(end, doc.language.known.of) ? end + 1 : end, ceiling: e)
    {
      return g
    }
    return (k + 1)..<end
  }

  /// Whether word `k` may be a German possessive name (`Grupps` in `nach Grupps Meinung`): capitalized, ending in `s`.
  func isPossessiveName(_ k: Int) -> Bool {
    let t = doc.tokens[k]
    return t.kind == .word && t.isCapitalized && t.length > 2 && doc.text[Int(t.end) - 1] == 0x73
  }

  /// German: whether the clause of the verb at `k` ends with a separable particle (`fanden die
  /// Wahlen im Irak statt`): the verb is then another one than the cue it looks like.
  func closesWithForeignParticle(after k: Int, end e: Int) -> Bool {
    var j = k + 1
    while j < e && j < k + 14 && (doc.tokens[j].kind == .word || doc.tokens[j].kind == .number || doc.punct(j) == .period && doc.tokens[j - 1].kind == .number) && !doc.inQuote(j) { j += 1 }
    guard j > k + 1, j == e || doc.punct(j) != nil || doc.opensQuote(j) else { return false }
    return doc.language.known.particles.contains(doc.tokens[j - 1].word)
  }

  /// German: whether the phrase at `k` opens in a case that is never the subject's: an oblique
  /// determiner (`dem`, `den`), or `der`/`einer` before an adjective in `-en` (`Der englischsprachigen
  /// Zeitung sagte er`: a nominative `der` takes `-e`, `der neue Minister`).
  func opensOblique(_ k: Int) -> Bool {
    guard doc.tokens[k].kind == .word else { return false }
    if doc.language.profile.role(doc.tokens[k].word).contains(.oblique) { return true }
    guard doc.language.known.genitives.contains(doc.tokens[k].word), !doc.language.known.strictGenitives.contains(doc.tokens[k].word), k + 2 < doc.tokens.count,
      doc.tokens[k + 1].kind == .word, !doc.tokens[k + 1].isCapitalized, !doc.inQuote(k + 1), doc.tokens[k + 1].length > 3,
      !doc.language.profile.role(doc.tokens[k + 1].word).contains(.function), doc.tokens[k + 2].kind == .word, doc.tokens[k + 2].isCapitalized
    else { return false }
    let e = Int(doc.tokens[k + 1].end)
    return doc.text[e - 2] == 0x65 && doc.text[e - 1] == 0x6E
  }

  /// German: whether a phrase starting at `k` opens its clause: only adverbs (`Auch`, `Dann`) stand
  /// between it and the sentence start, punctuation, a conjunction or a complementizer.
  func opensClause(_ k: Int, floor s: Int) -> Bool {
    var j = k - 1
    while j >= s {
      let t = doc.tokens[j]
      if t.kind != .word || doc.inQuote(j) { return t.kind != .number }
      let role = doc.language.profile.role(t.word)
      // `… seinem Leben als Motiv angab`: `als` after a word in its clause is `as`, no conjunction.
      if t.word == doc.language.known.as, j > s, doc.tokens[j - 1].kind == .word, !doc.inQuote(j - 1) { return false }
      // `…, bei dem sie gesagt hatte`: a relative clause opened by a preposition.
      if opensPrepositionalRelative(at: j - 1, floor: s) { return true }
      if role.contains(.conjunction) || role.contains(.complementizer) || role.contains(.relative) || role.contains(.stop) || t.word == doc.language.known.like {
        return true
      }
      if t.isCapitalized && !role.contains(.function) { return false }
      if role.contains(.determiner) || role.contains(.preposition) || role.contains(.auxiliary) || role.contains(.copula) || !role.contains(.function) && !role.contains(.skippable) {
        return false
      }
      j -= 1
    }
    return true
  }

  /// German: the subject that opens the clause holding `k` (`Wie die Zeitung in ihrer Ausgabe`,
  /// `Ken Rice vom Institut in Edinburgh`), when it is a surely speaking phrase that is not fronted.
  func subjectOpeningClause(before k: Int, floor s: Int) -> Range<Int>? {
    var j = k - 1
    while j >= s && j > k - 16 {
      let t = doc.tokens[j]
      if t.kind != .word || doc.inQuote(j) { break }
      let role = doc.language.profile.role(t.word)
      if role.contains(.conjunction) || role.contains(.complementizer) || t.word == doc.language.known.like || doc.language.known.subordinators.contains(t.word) { break }
      j -= 1
    }
    // Too long a look without finding the clause's start: no subject is read.
    if j >= s, j <= k - 16 { return nil }
    // A relative clause opened by a preposition (`…, in dem er … als Motiv angab`): the subject follows.
    var a = j + 1
    if a + 2 < k, opensPrepositionalRelative(at: a, floor: s) { a += 2 }
    guard a < k, let sp = doc.speakerAfter(a, ceiling: k), doc.isStrongSpeaker(sp),
      !isFronted(sp, floor: s)
    else { return nil }
    return sp
  }

  /// German: whether the preposition at `p` and a relative pronoun after it open a relative clause
  /// after a comma (`…, in dem er …`, `…, bei dem sie …`), in the sentence from `s`.
  func opensPrepositionalRelative(at p: Int, floor s: Int) -> Bool {
    p > s && p + 1 < doc.tokens.count && doc.punct(p - 1) == .comma && doc.tokens[p].kind == .word && doc.language.profile.role(doc.tokens[p].word).contains(.preposition)
      && doc.tokens[p + 1].kind == .word && doc.language.known.relativeObliques.contains(doc.tokens[p + 1].word)
  }

  /// German: the subject opening the sentence at `s` when a relative clause stands between it and
  /// its verb, the clause's closing comma at `b` (`Brian Baptie von der britischen Erdbebenwarte, die
  /// das Beben zuerst gemessen hatte, sagte, …`): a strong speaker opening the sentence, up to six
  /// more words (its attribute), a comma and a relative pronoun, within 40 tokens.
  func subjectBeforeRelativeClause(endingAt b: Int, floor s: Int) -> Range<Int>? {
    var c = b - 1
    while c > s && c > b - 40 {
      if doc.inQuote(c) || doc.punct(c)?.isTerminal == true { return nil }
      if doc.punct(c) == .comma { break }
      c -= 1
    }
    guard c > s, doc.punct(c) == .comma, c + 1 < b, doc.tokens[c + 1].kind == .word,
      case let role = doc.language.profile.role(doc.tokens[c + 1].word), role.contains(.relative), !role.contains(.complementizer),
      let sp = doc.speakerAfter(s, ceiling: c), sp.lowerBound == s, doc.isStrongSpeaker(sp),
      !isFronted(sp, floor: s), c - sp.upperBound <= 6,
      !(sp.upperBound..<c).contains(where: { doc.tokens[$0].kind != .word || doc.inQuote($0) || doc.language.profile.role(doc.tokens[$0].word).any([.conjunction, .complementizer]) })
    else { return nil }
    return sp
  }

  /// German: the subject opening the sentence at `s` when the `und` at `b` joins a second verb to
  /// its clause (`Er lobte das Team und sagte`): a strong speaker followed by a lowercase word, and
  /// only words up to `b`, within 16 tokens.
  func coordinatedSubject(before b: Int, floor s: Int) -> Range<Int>? {
    guard b - s <= 16, let sp = doc.speakerAfter(s, ceiling: b), sp.lowerBound == s, sp.upperBound < b,
      doc.isStrongSpeaker(sp), !isFronted(sp, floor: s), !doc.tokens[sp.upperBound].isCapitalized
    else { return nil }
    for j in sp.upperBound..<b where doc.tokens[j].kind != .word || doc.inQuote(j) { return nil }
    return sp
  }

  /// Whether a reported clause or quote follows the cue ending at `k`: a comma, a colon or an
  /// opening mark within 12 tokens, after words that do not open with an object (`erklärte
  /// seinen Rücktritt`, `bezeichnet sich`).
  func opensClauseContent(after k: Int, end e: Int) -> Bool {
    if k < e, doc.tokens[k].kind == .word,
      doc.language.profile.role(doc.tokens[k].word).any([.determiner, .possessive]) || doc.isWordID(k, doc.language.known.reflexive)
    {
      return false
    }
    var j = k
    while j < e && j < k + 12 {
      if doc.opensQuote(j) || doc.punct(j) == .comma || doc.punct(j) == .colon { return true }
      if doc.tokens[j].kind != .word || doc.inQuote(j) { return false }
      j += 1
    }
    return false
  }

  /// German: whether a phrase before a verb is fronted rather than its subject — it follows a
  /// preposition (`Nach der Sitzung`, `in einem Interview`) or opens in an oblique case (`Dem Sender`).
  func isFronted(_ sp: Range<Int>, floor s: Int) -> Bool {
    if opensOblique(sp.lowerBound) { return true }
    let p = sp.lowerBound - 1
    guard p >= s, doc.tokens[p].kind == .word, !doc.inQuote(p) else { return false }
    // `Als Begründung nannte X`: a role noun after `als`, no determiner, then the verb.
    if p == s, doc.isWordID(p, doc.language.known.as), doc.tokens[sp.lowerBound].isCapitalized, !doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.determiner) {
      return true
    }
    return doc.language.profile.role(doc.tokens[p].word).contains(.preposition)
  }

  /// German perfect and modal clauses put the cue last (`Glos hatte in einem Interview gesagt`):
  /// the finite auxiliary before it, in the same clause, has the subject before it or, when
  /// something else is fronted, right after it (`Am Montag hat der Minister erklärt`). Passive
  /// auxiliaries count only for cues whose passive subject speaks (`wird der Minister zitiert`).
  ///
  /// - Returns: The speaker, and whether it follows the auxiliary.
  func subjectOfAuxiliary(before b: Int, floor s: Int, end e: Int, cue: Cue) -> (Range<Int>, Bool)? {
    var j = b
    while j >= s && j > b - 14 {
      // `hat Staatssekretär Matthias Berninger (Grüne) gefordert`: a parenthetical is skipped.
      if doc.punct(j) == .closeParen, let o = ((max(s, j - 8))..<j).last(where: { doc.punct($0) == .openParen }) {
        j = o - 1
        continue
      }
      let t = doc.tokens[j]
      guard t.kind == .word, !doc.inQuote(j) else { return nil }
      let role = doc.language.profile.role(t.word)
      if role.contains(.complementizer) || role.contains(.conjunction) { return nil }
      if role.contains(.auxiliary) || role.contains(.passiveAuxiliary) && cue.frame.contains(.passive) { break }
      j -= 1
    }
    guard j >= s, j > b - 14 else { return nil }
    if let sp = doc.speakerBefore(j, floor: s), !isFronted(sp, floor: s), doc.isStrongSpeaker(sp) {
      return (sp, false)
    }
    if j + 1 < e, let sp = doc.speakerAfter(doc.skippingReflexive(j + 1, end: e), ceiling: e), doc.isStrongSpeaker(sp) {
      return (sp, true)
    }
    return nil
  }

  /// Whether only a short adverbial and closing punctuation follow `k` in the sentence (no comma, no quote).
  func closesSentence(after k: Int, _ e: Int) -> Bool {
    var j = k
    while j < e && j < k + 8 {
      if doc.inQuote(j) || doc.punct(j) == .comma { return false }
      if doc.punct(j)?.isTerminal == true { return true }
      j += 1
    }
    return j == e
  }
}
