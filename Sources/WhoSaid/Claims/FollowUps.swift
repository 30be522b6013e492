/// The passes that run after every sentence has its frames: split quotes,
/// quotes standing alone after `X said:`, and quotes that carry on the previous
/// speaker's statement.
extension Analysis {
  /// `"…," X said. "…"`: a quote that follows a trailing attribution in the same
  /// paragraph, with no attribution of its own, belongs to it.
  mutating func joinFollowingQuotes(_ drafts: inout [Draft]) {
    for i in drafts.indices {
      guard drafts[i].kind == .direct, let f = drafts[i].frame, f.lower >= drafts[i].content.upperBound else { continue }
      var j = f.upper
      if j < tokens.count, let p = punct(j), p == .comma || p.isTerminal { j += 1 }
      if j < tokens.count, !opensQuote(j) {
        // `"…," he said of the prospect. "…"`: the next sentence.
        j = f.upper
        let end = min(sentences[Int(sentenceOf[f.cue.lowerBound])].upperBound, f.upper + 30)
        while j < end && !inQuote(j) { j += 1 }
      }
      guard j < tokens.count, opensQuote(j), claimedBy[j] < 0, !startsParagraph(j) else { continue }
      let q = quotes[Int(quoteOf[j])]
      // The joined quote must end its sentence (no clause of its own after it).
      let sentence = sentences[Int(sentenceOf[j])]
      var k = q.close + 1
      while k < sentence.upperBound, punct(k) != nil { k += 1 }
      guard k >= sentence.upperBound else { continue }
      let content = drafts[i].content.lowerBound..<(q.close + 1)
      drafts[i].content = content
      drafts[i].fragments.append(q.open..<(q.close + 1))
      for t in content where claimedBy[t] < 0 { claimedBy[t] = Int32(i) }
    }
  }

  /// Gives the remaining quotes a speaker: the one announced by `X said:` just
  /// before, or the previous speaker whose statement the paragraph continues.
  mutating func attachStandaloneQuotes(
    _ drafts: inout [Draft], frames: inout [Frame], sentenceFramed: [Bool], profile: LanguageProfile
  ) {
    // Drafts with a speaker, by where their content ends; walked once as quotes advance.
    let bySpeakerEnd = drafts.indices.filter { drafts[$0].frame?.speaker != nil }
      .sorted { drafts[$0].content.upperBound < drafts[$1].content.upperBound }
    var walked = 0
    var lastDirect = -1
    var lastAny = -1
    // What the current sentence holds outside quotes, counted once per sentence.
    var memoSentence = -1
    var outside = 0
    var free = true
    /// Keeps a direct quote that has its frame: claims its tokens and makes it the latest attribution.
    func keepDirect(_ d: Draft) {
      claim(d.content, Int32(drafts.count))
      lastDirect = drafts.count
      lastAny = drafts.count
      drafts.append(d)
    }
    for q in quotes where claimedBy[q.open] < 0 {
      while walked < bySpeakerEnd.count, drafts[bySpeakerEnd[walked]].content.upperBound <= q.open {
        let i = bySpeakerEnd[walked]
        if drafts[i].kind == .direct { lastDirect = i }
        lastAny = i
        walked += 1
      }
      let inside = (q.open + 1)..<q.close
      var words = 0
      var terminal = false
      for k in inside {
        if tokens[k].kind == .word { words += 1 } else if punct(k)?.isTerminal == true { terminal = true }
      }
      guard words >= 4 || terminal && words >= 2 else { continue }
      let content = q.open..<(q.close + 1)
      // After `X said:` at the end of the previous paragraph or sentence.
      if q.open > 0, punct(q.open - 1) == .colon {
        frames.removeAll(keepingCapacity: true)
        let s = sentences[Int(sentenceOf[q.open - 1])]
        findFrames(in: max(s.lowerBound, q.open - 41)..<(q.open - 1), profile: profile, into: &frames)
        var found = frames.last.flatMap { $0.speaker != nil ? $0 : nil }
        var plain = false
        if found == nil, profile.verbSecond, let f = colonSubjectFrame(before: q.open - 1, from: s.lowerBound, profile: profile) {
          found = f
          plain = true
        }
        if let f = found {
          var d = Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0)
          d.confidence = confidence(of: d, profile: profile) - (plain ? 0.25 : 0.05)
          keepDirect(d)
          if Int(sentenceOf[q.open]) == memoSentence { free = false }
          continue
        }
      }
      // German `Mit den Worten „…“, wandte er sich an …`: the subject after the verb said it.
      if profile.verbSecond, q.open >= 3, isWordID(q.open - 1, known.words), isWordID(q.open - 3, known.with) || isWordID(q.open - 2, known.with),
        q.close + 3 < tokens.count, punct(q.close + 1) == .comma, tokens[q.close + 2].kind == .word, !tokens[q.close + 2].isCapitalized,
        let sp = invertedSubject(skippingReflexive(q.close + 3, end: sentences[Int(sentenceOf[q.close + 2])].upperBound, profile),
          ceiling: sentences[Int(sentenceOf[q.close + 2])].upperBound, profile: profile),
        isSurelyNamed(sp, profile)
      {
        let f = Frame(kind: .source, cue: (q.close + 2)..<(q.close + 3), cueIndex: -1, speaker: sp, standIn: true, lower: q.close + 2, upper: sp.upperBound)
        var d = Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0)
        d.confidence = confidence(of: d, profile: profile) - 0.25
        keepDirect(d)
        continue
      }
      // A statement that goes on from a recent speaker: the last direct quote within
      // two paragraphs, else the last attribution of the paragraph before.
      let p = paragraphOf[q.open]
      var source = -1
      if lastDirect >= 0 && paragraphOf[drafts[lastDirect].content.lowerBound] >= p - 2 {
        source = lastDirect
      } else if lastAny >= 0 && paragraphOf[drafts[lastAny].content.lowerBound] >= p - 1 {
        source = lastAny
      }
      let si = Int(sentenceOf[q.open])
      let sentence = sentences[si]
      if si != memoSentence {
        memoSentence = si
        outside = 0
        free = true
        for k in sentence {
          if claimedBy[k] >= 0 { free = false }
          if !inQuote(k) && tokens[k].kind == .word { outside += 1 }
        }
      }
      var d: Draft
      if outside >= 2 && free && !sentenceFramed[si] {
        let r = trimmed(sentence)
        // German: a sentence quoting someone's words, opened by a speaker and its verb
        // (`Der Minister sieht darin „einen Fehler“.`), is that speaker's.
        if profile.subjunctiveContinues, let f = openingSubjectFrame(of: sentence, paragraph: p, profile: profile) {
          d = Draft(kind: .mixed, content: r, fragments: quoteRanges(in: r), frame: f, confidence: 0.4)
          claim(d.content, Int32(drafts.count))
          free = false
          drafts.append(d)
          continue
        }
        // Dropped below anyway: do not gather the sentence's quotes once per short quote in it.
        if source < 0 && words < 6 { continue }
        d = Draft(kind: .mixed, content: r, fragments: quoteRanges(in: r), frame: nil, confidence: 0.5)
      } else {
        d = Draft(kind: .direct, content: content, fragments: [content], frame: nil, confidence: 0.3)
        // German: a quote standing alone right after a sentence opened by a surely named subject
        // (`Die SPD will am Kurs festhalten. „Wir wollen …“`) is that subject's, rather than a speaker
        // carried from an earlier paragraph.
        if source < 0 || paragraphOf[drafts[source].content.lowerBound] < p, profile.subjunctiveContinues, outside < 2, si > 0, sentences[si - 1].upperBound == q.open,
          let f = openingSubjectFrame(of: sentences[si - 1], paragraph: p, profile: profile)
        {
          d.frame = f
          d.confidence = 0.4
          keepDirect(d)
          free = false
          continue
        }
      }
      if source >= 0 {
        d.carriedFrom = source
        d.confidence = 0.55
      } else if words < 6 {
        continue
      }
      claim(d.content, Int32(drafts.count))
      free = false
      drafts.append(d)
    }
  }

  /// German: the subject of a clause that ends in a colon before a quote without a reporting verb
  /// (`Die Firma hält die Kritik für falsch: „…“`, `Dabei griff sie den Minister an: „…“`), or a bare
  /// speaker phrase (`Ein Beamter der Polizei: „…“`). The clause runs from the sentence start or the
  /// last quote before the colon; the subject opens it before the finite verb, or follows the verb
  /// after a fronted adverb. The verb (or the colon) stands for the cue.
  func colonSubjectFrame(before colon: Int, from start: Int, profile: LanguageProfile) -> Frame? {
    var a = colon - 1
    while a >= start && a > colon - 24 && !inQuote(a) { a -= 1 }
    guard a >= start ? inQuote(a) : true else { return nil }  // too long a clause
    a += 1
    guard a < colon - 1, tokens[a].kind == .word, tokens[a].isCapitalized else { return nil }
    // `Ein Beamter der Polizei:` — the whole clause is the speaker.
    if let sp = speakerAfter(a, ceiling: colon, profile: profile), sp.upperBound == colon, isSurelyNamed(sp, profile) {
      return Frame(kind: .source, cue: colon..<(colon + 1), cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: colon + 1)
    }
    // `Die Firma hält …:` — a subject, then its finite verb.
    if let sp = speakerAfter(a, ceiling: colon, profile: profile), sp.upperBound < colon - 1, isSurelyNamed(sp, profile),
      isFiniteVerbLike(sp.upperBound, profile)
    {
      let v = sp.upperBound
      return Frame(kind: .source, cue: v..<(v + 1), cueIndex: -1, speaker: sp, standIn: true, lower: sp.lowerBound, upper: v + 1)
    }
    // `Dabei griff sie … an:` — a fronted adverb, the verb, the subject.
    let role = profile.role(tokens[a].word)
    if role.contains(.skippable) || role.contains(.function) && !role.contains(.determiner) && !role.contains(.preposition)
      && !role.contains(.conjunction) && !role.contains(.complementizer) && !role.any(.pronoun),
      a + 2 < colon, isFiniteVerbLike(a + 1, profile),
      let sp = invertedSubject(skippingReflexive(a + 2, end: colon, profile), ceiling: colon, profile: profile), isSurelyNamed(sp, profile)
    {
      return Frame(
        kind: .source, cue: (a + 1)..<(a + 2), cueIndex: -1, speaker: sp, inverted: true, standIn: true, lower: a + 1, upper: sp.upperBound)
    }
    return nil
  }

  /// German: whether word `k` may be a finite verb: a lower-case word that is no function word,
  /// preposition, conjunction or relative pronoun.
  func isFiniteVerbLike(_ k: Int, _ profile: LanguageProfile) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, !inQuote(k) else { return false }
    let role = profile.role(t.word)
    return !role.contains(.function) && !role.contains(.preposition) && !role.contains(.relative) && !role.contains(.conjunction)
      || role.contains(.auxiliary) || role.contains(.copula)
  }

  mutating func claim(_ r: Range<Int>, _ index: Int32) {
    for k in r where claimedBy[k] < 0 { claimedBy[k] = index }
  }
}

extension Analysis {
  /// German reported speech: a sentence in the subjunctive (`Die Strecke bleibe gesperrt.`)
  /// right after an attributed sentence, in the same or the next paragraph, continues that
  /// speaker's indirect speech; a run of such sentences all do. Any other sentence ends the run.
  ///
  /// - Complexity: O(n) in the number of tokens.
  mutating func continueSubjunctiveSpeech(_ drafts: inout [Draft], sentenceFramed: [Bool], profile: LanguageProfile) {
    guard profile.subjunctiveContinues else { return }
    var last = -1
    var recent = -1  // the latest attributed draft, even past other sentences
    var run = -1  // the draft this pass made for the sentence before, which a next one extends
    var frames: [Frame] = []  // a framed sentence's frames, found again when needed
    for (si, s) in sentences.enumerated() {
      var claimer: Int32 = -1
      var subjunctive = false
      var reported = false
      var words = 0
      var hearsay = false
      var lastWord = -1
      for k in s {
        if claimedBy[k] >= 0 { claimer = claimedBy[k] }
        if !inQuote(k) && tokens[k].kind == .word {
          words += 1
          lastWord = k
          let role = profile.role(tokens[k].word)
          if role.contains(.subjunctive) { subjunctive = true }
          if role.contains(.reportedMood) { reported = true }
          if known.hearsayModals.contains(tokens[k].word) { hearsay = true }
        }
      }
      // `Der Täter soll geflohen sein.`: a hearsay modal with a perfect infinitive closing the sentence
      // reports; `soll kompatibel sein` (an adjective before `sein`) is a plan.
      if hearsay, lastWord > s.lowerBound, known.perfectInfinitives.contains(tokens[lastWord].word), endsLikeParticiple(lastWord - 1) {
        reported = true
      }
      let previousRun = run
      run = -1
      if claimer >= 0 {
        let d = drafts[Int(claimer)]
        last = d.frame?.speaker != nil || d.carriedFrom >= 0 ? Int(claimer) : -1
        if last >= 0 { recent = last }
        continue
      }
      let paragraph = paragraphOf[s.lowerBound]
      if last >= 0, paragraph - paragraphOf[drafts[last].content.lowerBound] > 1 { last = -1 }
      // A sentence in Konjunktiv I is reported speech on its own (`Die Lage sei ernst.`):
      // the latest speaker of this or the previous paragraph said it, or someone unnamed.
      var opening: Frame?
      // A speaker named in the sentence before, with a verb whose content was not found, is newer
      // than the latest attribution's.
      if last < 0, reported, si > 0, sentenceFramed[si - 1], recent >= 0, paragraph - paragraphOf[drafts[recent].content.lowerBound] <= 1 {
        opening = speakerFrame(of: sentences[si - 1], paragraph: paragraph, profile: profile, frames: &frames)
      }
      if last < 0, opening == nil, reported, si > 0 { opening = openingSubjectFrame(of: sentences[si - 1], paragraph: paragraph, profile: profile) }
      if last < 0, opening == nil, reported, recent >= 0, paragraph - paragraphOf[drafts[recent].content.lowerBound] <= 1 { last = recent }
      // `Lorenzen spekuliert, die Europäer wollten …`: a named subject opening the sentence with an
      // indicative verb, and the subjunctive in a clause after a comma: that subject reports it.
      var own = -1  // where the clause after that subject's comma starts
      if subjunctive || reported, !sentenceFramed[si], let (f, clause) = subjectOwningReport(s, profile: profile) {
        opening = f
        own = clause
        last = -1
      }
      guard subjunctive || reported, words >= 3, !sentenceFramed[si], last >= 0 || reported || opening != nil else {
        last = -1
        continue
      }
      let r = trimmed(own >= 0 ? own..<s.upperBound : s)
      let fragments = quoteRanges(in: r)
      var d = Draft(kind: fragments.isEmpty ? .indirect : .mixed, content: r, fragments: fragments, frame: nil, confidence: last >= 0 ? 0.55 : 0.3)
      if last >= 0 {
        d.carriedFrom = drafts[last].carriedFrom >= 0 ? drafts[last].carriedFrom : last
      } else if let f = opening {
        d.frame = f
        d.confidence = 0.4
      }
      // A run of such sentences in one paragraph is one report (`Die Lage sei ernst. Die Kliniken seien voll.`).
      if own < 0, previousRun >= 0, drafts[previousRun].carriedFrom == d.carriedFrom || d.carriedFrom == previousRun, paragraphOf[drafts[previousRun].content.lowerBound] == paragraph {
        let start = drafts[previousRun].content.lowerBound
        let previousEnd = drafts[previousRun].content.upperBound
        drafts[previousRun].content = start..<r.upperBound
        drafts[previousRun].fragments.append(contentsOf: fragments)
        if !drafts[previousRun].fragments.isEmpty { drafts[previousRun].kind = .mixed }
        // Only what the run gained: claiming it all again would be quadratic in a long run.
        claim(previousEnd..<r.upperBound, Int32(previousRun))
        run = previousRun
        continue
      }
      claim(r, Int32(drafts.count))
      last = d.carriedFrom >= 0 || d.frame != nil ? drafts.count : -1
      run = drafts.count
      drafts.append(d)
    }
  }

  /// German: the speaker of a reporting verb in an unattributed sentence whose content was not
  /// found (`Die Sprecherin, Eva Kern, kritisierte die Pläne.`): the speaker of a reported
  /// sentence right after it (`Die Mittel seien zu knapp.`).
  func speakerFrame(of prev: Range<Int>, paragraph: Int32, profile: LanguageProfile, frames: inout [Frame]) -> Frame? {
    guard paragraphOf[prev.lowerBound] == paragraph, claimedBy[prev.lowerBound] < 0, claimedBy[prev.upperBound - 1] < 0 else { return nil }
    frames.removeAll(keepingCapacity: true)
    findFrames(in: prev, profile: profile, into: &frames)
    guard let f = frames.last(where: { $0.kind == .verb && $0.speaker != nil && !$0.anaphoric && !$0.inherited }),
      let sp = f.speaker, !inQuote(sp.lowerBound), claimedBy[sp.lowerBound] < 0
    else { return nil }
    return f
  }

  /// German: the subject that opens an unattributed sentence, when it surely names a speaker
  /// (`Die Kriminalpolizei bittet um Mithilfe.`, `Lammert würdigte die Bundeswehr.`) and its
  /// finite verb follows it: the speaker of a reported sentence right after it (`Der Mann sei
  /// etwa 30 Jahre alt.`). The verb stands for the cue.
  func openingSubjectFrame(of prev: Range<Int>, paragraph: Int32, profile: LanguageProfile) -> Frame? {
    // A one-word label before a colon (`Europapolitik: Die SPD will …`) is no part of the clause.
    let first = prev.count > 3 && tokens[prev.lowerBound].kind == .word && punct(prev.lowerBound + 1) == .colon ? prev.lowerBound + 2 : prev.lowerBound
    guard paragraphOf[prev.lowerBound] == paragraph, claimedBy[prev.lowerBound] < 0, !inQuote(first),
      let sp = speakerAfter(first, ceiling: prev.upperBound, profile: profile),
      sp.upperBound < prev.upperBound, isSurelyNamed(sp, profile)
    else { return nil }
    var v = sp.upperBound
    // An appositive between subject and verb: `Wolfgang Hürter, Chef der Firma, nennt …`.
    if punct(v) == .comma {
      var j = v + 1
      while j < prev.upperBound && j < v + 12 && punct(j) != .comma && !inQuote(j) && punct(j)?.isTerminal != true { j += 1 }
      guard j + 1 < prev.upperBound, punct(j) == .comma, j > v + 1 else { return nil }
      v = j + 1
    }
    guard tokens[v].kind == .word, !tokens[v].isCapitalized, !inQuote(v) else { return nil }
    // A bare unknown word before a plural verb is a plural common noun (`Sirenen heulten`), no name;
    // plural speakers are listed (`Experten warnten`).
    if sp.count == 1, v == sp.upperBound, profile.role(tokens[sp.lowerBound].word).isEmpty, !tokens[sp.lowerBound].flags.contains(.allCaps),
      hasEnding(v, [[0x65, 0x6E]]), !isSurnameOfANamedPerson(sp.lowerBound, profile), !isCompound(sp.lowerBound, endingIn: .speakerNoun, profile)
    {
      return nil
    }
    let role = profile.role(tokens[v].word)
    guard !role.contains(.function), !role.contains(.preposition), !role.contains(.relative),
      !role.contains(.conjunction), !role.contains(.copula), !role.contains(.passiveAuxiliary)
    else { return nil }
    return Frame(kind: .source, cue: v..<(v + 1), cueIndex: -1, speaker: sp, standIn: true, lower: sp.lowerBound, upper: v + 1)
  }

  /// German: the subject opening sentence `s` when it reports the sentence itself: it surely
  /// names a speaker, its finite verb follows it in the indicative (no auxiliary, modal or
  /// subjunctive), and a comma comes between that verb and the sentence's first subjunctive
  /// (`Die Agentur spekuliert, dass Venezuela … wolle.`). `Merkel habe … gelobt` and
  /// `Der Mann sei …` have their subjunctive as the main verb and are someone else's report.
  ///
  /// - Returns: The frame, and the token after that comma, where the reported clause starts.
  func subjectOwningReport(_ s: Range<Int>, profile: LanguageProfile) -> (Frame, Int)? {
    guard let f = openingSubjectFrame(of: s, paragraph: paragraphOf[s.lowerBound], profile: profile) else { return nil }
    let v = f.cue.lowerBound
    let verbRole = profile.role(tokens[v].word)
    guard !verbRole.contains(.subjunctive), !verbRole.contains(.reportedMood), !verbRole.contains(.auxiliary),
      !known.hearsayModals.contains(tokens[v].word)
    else { return nil }
    var comma = -1
    for k in (v + 1)..<s.upperBound where !inQuote(k) {
      if punct(k) == .comma {
        if comma < 0 { comma = k }
      } else if tokens[k].kind == .word, profile.role(tokens[k].word).contains(.subjunctive) {
        return comma >= 0 ? (f, comma + 1) : nil
      }
    }
    return nil
  }

  /// Whether a phrase names a speaker beyond doubt: a pronoun, a speaker noun, a title or a
  /// first name, or a bare name of up to three capitalized words (`Lammert`, `Peter Clever`).
  func isSurelyNamed(_ r: Range<Int>, _ profile: LanguageProfile) -> Bool {
    if profile.capitalizesNouns, r.count >= 2, ageWord(r.upperBound - 1) == true { return true }  // `Der 58-Jährige`
    // `Dies belegen …`, `Weiterhin erklärte die Ministerin`: a demonstrative or a fronted adverb.
    if r.count == 1, known.demonstratives.contains(tokens[r.lowerBound].word) || isFrontedAdverbial(r.lowerBound, profile) {
      return false
    }
    var bare = r.count <= 3
    for k in r {
      guard tokens[k].kind == .word else {
        bare = false
        continue
      }
      let role = profile.role(tokens[k].word)
      if role.any(.speakerNoun) || role.contains(.title) || role.contains(.maleName) || role.contains(.femaleName) { return true }
      if profile.capitalizesNouns, tokens[k].isCapitalized, role.isEmpty, isCompoundTitle(k, profile) { return true }  // `WWF-Sprecher`
      if profile.capitalizesNouns, tokens[k].flags.contains(.allCaps), role.isEmpty, tokens[k].length <= 6 { return true }  // `Die SPD`
      if role.any(.pronoun) && !role.contains(.possessive) && !role.contains(.itPronoun) { return true }
      if !tokens[k].isCapitalized || role.contains(.function) || role.contains(.time) { bare = false }
    }
    return bare
  }

  /// German: whether word `k`, opening its sentence, is an adverb or adjective fronted before
  /// the verb (`Weiterhin erklärte die Ministerin`, `Besorgt äußerte sich Kofi Annan`) rather
  /// than a name or noun: it has an adverbial ending (`Ursprünglich`, `Relativierend`), or the
  /// article writes the same word in lower case nearby (names and nouns never are).
  ///
  /// - Complexity: O(1): the look for a lower-case use spans at most 1,000 tokens.
  func isFrontedAdverbial(_ k: Int, _ profile: LanguageProfile) -> Bool {
    let t = tokens[k]
    guard profile.capitalizesNouns, t.kind == .word, t.isCapitalized, !t.flags.contains(.allCaps),
      sentences[Int(sentenceOf[k])].lowerBound == k
    else { return false }
    let role = profile.role(t.word)
    guard !role.contains(.title), !role.contains(.maleName), !role.contains(.femaleName), !role.any(.speakerNoun), !role.any(.pronoun)
    else { return false }
    // (`Hans Fröhlich ist Chef. Fröhlich warnte …`: a surname given with a first name stays one.)
    if isSurnameOfANamedPerson(k, profile) { return false }
    return hasEnding(k, profile.adverbialEndings) || sameWordNearby(k, lowerCased: true)
  }

  /// German: whether word `k` looks like a past participle (`geflohen`, `getötet`, `worden`,
  /// `gewesen`): lower-case, ending in `t` or `en`.
  func endsLikeParticiple(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, t.length > 3 else { return false }
    let e = Int(t.end)
    return text[e - 1] == 0x74 || text[e - 2] == 0x65 && text[e - 1] == 0x6E
  }
}
