/// German shapes of frames that `findFrames` asks about, kept out of its loop (never inlined) so
/// that the loop stays small for the optimizer and cheap for the other languages.
extension FrameFinder {
  /// `ein Bericht der Zeitung, wonach …`: the phrase before the comma in front of `wonach` at `k`,
  /// ending in a noun or a quoted name, which says the clause after it.
  @inline(never)
  func wonachSource(_ k: Int, floor: Int, end e: Int) -> Range<Int>? {
    guard k > floor + 1, k + 2 < e, doc.punct(k - 1) == .comma, !doc.inQuote(k),
      let sp = doc.speakerBefore(k - 1, floor: floor), doc.isStrongSpeaker(sp),
      doc.tokens[sp.upperBound - 1].isCapitalized || doc.closesQuote(sp.upperBound - 1)
    else { return nil }
    return sp
  }

  /// `nach Angaben des Sprechers des Ministeriums, Roland Eichhorn, soll …`: the name in the
  /// appositive right after the source phrase `sp`, when a lower-case word (the verb) follows it.
  @inline(never)
  func appositiveName(after sp: Range<Int>, end e: Int) -> Range<Int>? {
    guard sp.upperBound + 3 < e, doc.punct(sp.upperBound) == .comma,
      let name = doc.speakerAfter(sp.upperBound + 1, ceiling: e), name.lowerBound == sp.upperBound + 1,
      name.count <= 4, name.upperBound + 1 < e, doc.punct(name.upperBound) == .comma, doc.hasProperName(name), doc.isSurelyNamed(name),
      doc.tokens[name.upperBound + 1].kind == .word, !doc.tokens[name.upperBound + 1].isCapitalized
    else { return nil }
    return name
  }

  /// `Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, sagte`: the name between
  /// the comma at `b` (right before the verb) and the comma before it, within five tokens.
  @inline(never)
  func appositiveName(beforeComma b: Int, floor s: Int) -> Range<Int>? {
    guard b > s + 2, doc.punct(b) == .comma, let c = (max(s, b - 5)..<b).last(where: { doc.punct($0) == .comma }), c + 1 < b,
      ((c + 1)..<b).allSatisfy({ doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalized && !doc.language.profile.role(doc.tokens[$0].word).contains(.function) }),
      doc.hasProperName((c + 1)..<b), doc.isSurelyNamed((c + 1)..<b)
    else { return nil }
    return (c + 1)..<b
  }

  /// `Aus Militärkreisen verlautete, …`: a fronted phrase after `aus` that may be the source — it
  /// has no article (`Aus Militärkreisen`) or names a speaker (`Aus dem Ministerium`).
  @inline(never)
  func frontedByAus(_ sp: Range<Int>, floor s: Int) -> Range<Int>? {
    guard sp.lowerBound > s, doc.isWordID(sp.lowerBound - 1, doc.language.known.from),
      !doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.determiner) || sp.contains(where: { doc.language.profile.role(doc.tokens[$0].word).any(.speakerNoun) })
    else { return nil }
    return sp
  }

  /// `In einer Erklärung des Präsidenten vom vergangenen Freitag heißt es`: the whole phrase after
  /// the preposition opening the sentence at `s`, up to the cue at `c` (at most 16 tokens, words
  /// and numbers only), which the noun-phrase reader gives up on at a time word.
  @inline(never)
  func wholeFrontedPhrase(from s: Int, to c: Int) -> Range<Int>? {
    guard c - s >= 3, c - s <= 16, doc.tokens[s].kind == .word, doc.language.profile.role(doc.tokens[s].word).contains(.preposition),
      !((s + 1)..<c).contains(where: { doc.tokens[$0].kind != .word && doc.tokens[$0].kind != .number || doc.inQuote($0) }),
      doc.isStrongSpeaker((s + 1)..<c)
    else { return nil }
    return (s + 1)..<c
  }

  /// `Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“`: the object of a cue whose
  /// passive subject speaks, starting at `from` — a surely named phrase (no `es`, no `sich`) that
  /// ends the clause or is followed by a quote or a preposition.
  @inline(never)
  func quotedObject(from: Int, end e: Int) -> Range<Int>? {
    guard from < e, let obj = doc.speakerAfter(from, ceiling: e), obj.lowerBound == from, doc.isSurelyNamed(obj),
      !doc.language.profile.role(doc.tokens[from].word).contains(.itPronoun), !doc.isWordID(from, doc.language.known.reflexive),
      obj.upperBound == e || doc.punct(obj.upperBound) != nil || doc.opensQuote(obj.upperBound)
        || doc.tokens[obj.upperBound].kind == .word && doc.language.profile.role(doc.tokens[obj.upperBound].word).contains(.preposition)
    else { return nil }
    return obj
  }

  /// `Wie das Nachrichtenmagazin Der Spiegel in einem Bericht vom 22. August berichtet, …`: the
  /// subject right after `wie` (opening the sentence at `s` or after a comma, within 20 tokens of the
  /// cue at `c`), where the backward read stopped at a date. The frame opens at `wie`, just before it.
  @inline(never)
  func subjectAfterWie(from s: Int, to c: Int) -> Range<Int>? {
    guard let w = (max(s, c - 20)..<c).last(where: { doc.isWordID($0, doc.language.known.like) }), w == s || doc.punct(w - 1) == .comma,
      !((w + 1)..<c).contains(where: { doc.punct($0) == .comma || doc.punct($0) == .colon || doc.punct($0) == .semicolon || doc.inQuote($0) }),
      let sp = doc.speakerAfter(w + 1, ceiling: c), sp.lowerBound == w + 1, doc.isStrongSpeaker(sp)
    else { return nil }
    return sp
  }

  /// Whether the frame `f` (its verb at `k`) stands inside the report of the frame `outer` before it,
  /// in the clause after the first comma that follows `outer` (`Ein Sprecher erklärte, er gehe nicht
  /// davon aus`; `Der Sender berichtete, das Kabinett habe zugestimmt`; `kritisiert in der Zeitung
  /// „ND“, die Aktion erinnere an …`; `gesagt hatte, sie habe … einen falschen Namen angegeben`):
  /// - a subject right after that comma (within 15 tokens of `outer`) that is a pronoun with a verb in
  ///   the subjunctive, or any subject whose verb or auxiliary (within 12 tokens) is in Konjunktiv I;
  /// - or a cue within 24 tokens of `outer` whose clause before it, from that comma, holds a Konjunktiv I.
  @inline(never)
  func reportsInside(_ outer: Frame, _ f: Frame, verb k: Int, sentenceStart s: Int) -> Bool {
    let cueStart = f.cue.lowerBound
    let cueEnd = f.cue.upperBound
    if let sp = f.speaker, !f.inverted, sp.lowerBound >= s + 2, doc.punct(sp.lowerBound - 1) == .comma,
      outer.upper <= sp.lowerBound - 1, sp.lowerBound - 1 - outer.upper <= 15,
      !(outer.upper..<(sp.lowerBound - 1)).contains(where: { doc.punct($0) != nil })
    {
      let word = doc.language.profile.role(doc.tokens[k].word)
      let verb = doc.language.profile.role(doc.tokens[cueEnd - 1].word)
      if sp.count == 1 && doc.language.profile.role(doc.tokens[sp.lowerBound].word).any(.pronoun)
        && (word.contains(.subjunctive) || verb.contains(.subjunctive) || doc.endsInKonjunktivE(cueStart))
      {
        return true
      }
      if word.contains(.reportedMood) || doc.endsInKonjunktivE(cueStart) { return true }
      if sp.upperBound < cueStart, cueStart - sp.upperBound <= 12,
        doc.holdsReportedMood(sp.upperBound..<cueStart)
      {
        return true
      }
    }
    guard outer.upper < cueStart, cueStart - outer.upper <= 24, let c = (outer.upper..<cueStart).first(where: { doc.punct($0) != nil }),
      doc.punct(c) == .comma, c + 1 < cueStart
    else { return false }
    return !((c + 1)..<cueStart).contains(where: { doc.punct($0) != nil || doc.inQuote($0) })
      && doc.holdsReportedMood((c + 1)..<cueStart)
  }

}

extension FrameFinder {
  /// German passive with its agent: the `von` phrase in the clause of the participle cue `k`
  /// (tokens `cueStart..<cueEnd`) speaks, not the passive's subject (`Haslinger wird von der
  /// Opposition vorgeworfen, …`, `Von der Stadtverwaltung wurde erklärt, …`, `Lumenta war von der
  /// Behörde gerügt worden`). The clause holds a passive auxiliary before the participle or right
  /// after it; `von` opens the clause or follows the auxiliary, an adverb or a time word (after a
  /// noun it is that noun's attribute: `die Abschaffung von Gebühren`). Reads at most 16 tokens back.
  @inline(never)
  func passiveAgent(participle k: Int, cue cueStart: Int, _ cueEnd: Int, sentence s: Int, _ e: Int) -> Range<Int>? {
    guard doc.endsLikeParticiple(k), !doc.language.known.agents.isEmpty else { return nil }
    var auxiliary = cueEnd < e && doc.tokens[cueEnd].kind == .word
      && (doc.language.profile.role(doc.tokens[cueEnd].word).contains(.passiveAuxiliary) || doc.isWordID(cueEnd, doc.language.known.been))
    var agent = -1
    var j = cueStart - 1
    while j >= s && j >= cueStart - 16 {
      let t = doc.tokens[j]
      guard t.kind == .word || t.kind == .number, !doc.inQuote(j) else { break }
      let role = doc.language.profile.role(t.word)
      if role.contains(.complementizer) || role.contains(.conjunction) { break }
      if role.contains(.passiveAuxiliary) { auxiliary = true }
      if doc.language.known.agents.contains(t.word), doc.nameParticleLength(at: j) == 0 {
        let p = j - 1
        let opens = p < s || doc.tokens[p].kind != .word || doc.inQuote(p)
        let pr = opens ? [] : doc.language.profile.role(doc.tokens[p].word)
        if opens || pr.contains(.passiveAuxiliary) || pr.contains(.time) || !doc.tokens[p].isCapitalized && !pr.contains(.determiner) && !pr.contains(.preposition) {
          agent = j
        }
      }
      j -= 1
    }
    guard auxiliary, agent >= 0, let sp = doc.speakerAfter(agent + 1, ceiling: cueStart), doc.isStrongSpeaker(sp) else { return nil }
    return sp
  }
}

extension FrameFinder {
  /// The speaker of a source word at `k` opening a clause (`„…“, so Müller.`): the phrase after it,
  /// closing the clause. After a quote or a clause in Konjunktiv I and its comma the word surely
  /// ends a report, so more may follow: a verb and its object pronoun before the speaker (`„…“, so
  /// charakterisierte ihn der Funktionär X.`), and after it a short adverbial (`so Suttner wörtlich.`,
  /// `so Littmann zu den Gründen.`, `so X gegenüber „Beijing Shibao“.`) with no reporting verb.
  @inline(never)
  func clauseSourceSpeaker(at k: Int, sentence s: Int, _ e: Int) -> Range<Int>? {
    guard k == s || doc.punct(k - 1) == .comma || doc.closesQuote(k - 1) || doc.punct(k - 1) == .dash, k + 1 < e else { return nil }
    let afterReport = k >= s + 2 && doc.punct(k - 1) == .comma && (doc.closesQuote(k - 2) || doc.holdsReportedMood(max(s, k - 40)..<(k - 1)))
    var from = k + 1
    // `so charakterisierte ihn der Funktionär`: a verb (no cue: that makes a frame of its own) and a pronoun object.
    // (Elsewhere a cue after `so` makes the frame: `So sagte der Minister`.)
    if !afterReport, isCueForm(from), !doc.tokens[from].isCapitalized { return nil }
    if afterReport, from + 1 < e, doc.isFiniteVerbLike(from) {
      from += 1
      if from + 1 < e, doc.tokens[from].kind == .word, case let r = doc.language.profile.role(doc.tokens[from].word),
        r.any(.pronoun) && !doc.language.known.nominativePronouns.contains(doc.tokens[from].word) || doc.isWordID(from, doc.language.known.reflexive)
      {
        from += 1
      }
    }
    guard let sp = doc.speakerAfter(from, ceiling: e), sp.lowerBound == from, doc.isStrongSpeaker(sp) else { return nil }
    if from > k + 1, doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.itPronoun) { return nil }  // `so hieß es`
    if sp.upperBound >= e || doc.punct(sp.upperBound) != nil { return sp }
    guard afterReport, doc.tokens[sp.upperBound].kind == .word else { return nil }
    // The adverbial after the speaker, up to the clause's end.
    var j = sp.upperBound
    while j < e && j < sp.upperBound + 10 {
      if doc.opensQuote(j) {
        let q = doc.quotes[Int(doc.quoteOf[j])]
        guard q.close - q.open <= 6, q.close < e else { return nil }
        j = q.close + 1
        continue
      }
      if doc.punct(j) != nil { break }
      if sourcePhrase(at: j, end: e) != nil { return nil }  // `so X laut der Agentur Y`: Y is the source
      let t = doc.tokens[j]
      guard t.kind == .word || t.kind == .number else { return nil }
      if t.kind == .word, !t.isCapitalized, isCueForm(j) || doc.language.profile.role(t.word).contains(.complementizer) {
        return nil
      }
      j += 1
    }
    return j >= e || doc.punct(j) != nil ? sp : nil
  }
}

extension FrameFinder {
  /// Whether word `k` is a form of a cue verb (alone or as the verb of a particle cue).
  func isCueForm(_ k: Int) -> Bool {
    let w = doc.tokens[k].word
    return doc.tokens[k].kind == .word && w >= 0 && (doc.language.profile.cueOfWord[Int(w)] >= 0 || doc.language.profile.particleCueOfWord[Int(w)] >= 0)
  }
}

extension FrameFinder {
  /// German: a name opening the clause at `a` that runs to a colon before a quote, with only an
  /// appositive between (`Hebamme Susanne Blum, die seit 22 Jahren in Eschenrode arbeitet: „…“`,
  /// `Erkki Tuomioja, Präsident des Rats der Europäischen Union: „…“`): a relative clause or a noun
  /// phrase after a comma, with no reporting verb (that would make a frame of its own) and no quote.
  @inline(never)
  func speakerWithAppositive(from a: Int, colon: Int) -> Range<Int>? {
    guard let sp = doc.speakerAfter(a, ceiling: colon), sp.lowerBound == a, sp.upperBound + 2 < colon, doc.punct(sp.upperBound) == .comma,
      doc.hasProperName(sp), doc.isSurelyNamed(sp), doc.tokens[sp.upperBound + 1].kind == .word
    else { return nil }
    let first = sp.upperBound + 1
    let role = doc.language.profile.role(doc.tokens[first].word)
    let relative = role.contains(.relative) && !role.contains(.complementizer)
    guard relative || doc.tokens[first].isCapitalized || role.contains(.determiner) else { return nil }
    for j in first..<colon {
      let t = doc.tokens[j]
      if doc.inQuote(j) || doc.punct(j)?.isTerminal == true || t.kind == .word && !t.isCapitalized && isCueForm(j) { return nil }
      // A noun phrase has no verb: `X, die Opposition und die Gewerkschaften haben sich geeinigt:` is a clause.
      if !relative, t.kind == .word, !t.isCapitalized, doc.language.profile.role(t.word).any([.auxiliary, .copula]) { return nil }
    }
    return sp
  }

  /// A short quoted title at `k` standing for a publication (`laut „Welt“`, `laut „Reuters“`):
  /// a quote of one to four words, its marks included, that closes before `e`.
  func quotedTitle(at k: Int, end e: Int) -> Range<Int>? {
    guard k < e, doc.opensQuote(k) else { return nil }
    let q = doc.quotes[Int(doc.quoteOf[k])]
    guard q.open == k, q.close < e, q.close - q.open >= 2, q.close - q.open <= 5,
      ((q.open + 1)..<q.close).allSatisfy({ doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalized || doc.tokens[$0].kind == .number || doc.punct($0) == .period })
    else { return nil }
    return k..<(q.close + 1)
  }

  /// The subject a source phrase with ``KnownWords/own`` at `k` points at: the one before the
  /// finite verb (`Die Feuerwehr hat nach eigenen Angaben …`), or after it when the phrase opens
  /// the sentence (`Nach eigenen Angaben erhielt das Amt …`).
  func ownSource(_ k: Int, length len: Int, start s: Int, end e: Int) -> Range<Int>? {
    if k == s {
      let v = k + len
      guard v + 1 < e, doc.isFiniteVerbLike(v), let sp = doc.speakerAfter(v + 1, ceiling: e) else { return nil }
      return doc.isStrongSpeaker(sp) ? sp : nil
    }
    guard let sp = doc.speakerAfter(s, ceiling: k), sp.upperBound < k, k - sp.upperBound <= 2,
      (sp.upperBound..<k).allSatisfy({ doc.isFiniteVerbLike($0) }), doc.isStrongSpeaker(sp)
    else { return nil }
    return sp
  }
}

extension FrameFinder {
  /// German: the closing comma of an appositive name that opens at the comma `c` (`, Andreas Huber,`):
  /// one to four capitalized words (a name, not a clause), then a comma; nil otherwise.
  func appositiveNameEnd(afterComma c: Int, end e: Int) -> Int? {
    guard c < e, doc.punct(c) == .comma else { return nil }
    var j = c + 1
    while j < e && j <= c + 5, doc.tokens[j].kind == .word, doc.tokens[j].isCapitalized, !doc.inQuote(j),
      !doc.language.profile.role(doc.tokens[j].word).contains(.function)
    {
      j += 1
    }
    guard j > c + 1, j < e, doc.punct(j) == .comma, doc.hasProperName((c + 1)..<j), doc.isSurelyNamed((c + 1)..<j) else { return nil }
    return j
  }

  /// German: the name in an appositive right after an inverted speaker that is a description
  /// (`sagte der Sprecher der Opposition, Lukas Wendel, der „Weserpost“`, `kritisierte der Vorsitzende
  /// des Verbands, Heiko Brandes, das Unternehmen`).
  @inline(never)
  func invertedAppositiveName(_ sp: Range<Int>, end e: Int) -> Range<Int>? {
    guard sp.upperBound < e, doc.isDescription(sp), let c = appositiveNameEnd(afterComma: sp.upperBound, end: e) else { return nil }
    return (sp.upperBound + 1)..<c
  }

  /// German: whether a passive cue with no speaker reports the clause after a comma further on
  /// (`Kritisiert wird vor allem, dass …`, `Gestern war berichtet worden, dass …`): a comma ends its
  /// clause within eight words, no finite verb stands right before that comma (`…, die heftig gerügt
  /// worden waren, plant …`, `indem signalisiert wurde, …` end a subordinate clause), and the clause
  /// before the cue holds no Konjunktiv I (`sei … beschuldigt worden, darunter …` is someone's report).
  @inline(never)
  func unnamedPassiveGoesOn(cue cueStart: Int, _ cueEnd: Int, sentence s: Int, _ e: Int) -> Bool {
    var j = cueEnd
    while j < e && j < cueEnd + 8 && doc.punct(j) != .comma {
      if doc.tokens[j].kind != .word || doc.inQuote(j) { return false }
      j += 1
    }
    guard j < e, doc.punct(j) == .comma, j > cueEnd,
      !doc.language.profile.role(doc.tokens[j - 1].word).any([.auxiliary, .copula, .passiveAuxiliary]) || doc.isWordID(j - 1, doc.language.known.been)
    else { return false }
    return !doc.holdsReportedMood(max(s, cueStart - 12)..<cueStart)
  }

  /// German: whether a passive auxiliary (`wird`, `wurde`) stands earlier in the clause of the cue at
  /// `participle` (`Ihm wird unter anderem vorgeworfen`), within 12 words, and the cue is no
  /// infinitive (`Er wird ihm vorwerfen`: a future).
  @inline(never)
  func passiveAuxiliaryInClause(before cueStart: Int, participle k: Int, sentence s: Int) -> Bool {
    guard doc.endsLikeParticiple(k), doc.tokens[k].word >= 0, case let c = doc.language.profile.cueOfWord[Int(doc.tokens[k].word)], c >= 0,
      doc.language.profile.table.word(doc.tokens[k].word) != doc.language.profile.cues[Int(c)].lemma
    else { return false }
    var j = cueStart - 1
    while j >= s && j >= cueStart - 12 {
      let t = doc.tokens[j]
      guard t.kind == .word || t.kind == .number, !doc.inQuote(j) else { return false }
      let role = doc.language.profile.role(t.word)
      if role.contains(.passiveAuxiliary) { return true }
      if role.any([.complementizer, .conjunction, .auxiliary]) { return false }
      j -= 1
    }
    return false
  }
}

extension FrameFinder {
  /// German corrections of a cue's speaker: a passive's agent speaks (`Haslinger wird von der
  /// Opposition vorgeworfen, …`), and a description after the verb gives way to the name in its
  /// appositive (`sagte der Sprecher der Opposition, Lukas Wendel, der Zeitung`).
  @inline(never)
  func adjustGermanSpeaker(of frame: inout Frame, verb k: Int, cue cueStart: Int, _ cueEnd: Int, index cueIndex: Int32, sentence s: Int, _ e: Int) {
    if !doc.language.profile.cues[Int(cueIndex)].frame.contains(.passive), let agent = passiveAgent(participle: k, cue: cueStart, cueEnd, sentence: s, e) {
      frame.speaker = agent
      frame.inverted = false
      frame.lower = min(frame.lower, agent.lowerBound)
    }
    if frame.inverted, let sp = frame.speaker, let name = invertedAppositiveName(sp, end: e) {
      frame.speaker = name
      frame.upper = max(frame.upper, name.upperBound)
    }
  }
}
