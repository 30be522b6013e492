/// The passes that run after every sentence has its frames: split quotes,
/// quotes standing alone after `X said:`, and quotes that carry on the previous
/// speaker's statement.
///
/// The last step of the Claims stage; it looks for frames again with ``FrameFinder`` on the
/// clauses it looks back at (`X said:` before a quote).
struct FollowUps {
  let frameFinder: FrameFinder
  /// The document, the frame finder's (one copy of it per article, not two).
  @inline(__always) var doc: Document { frameFinder.doc }
}

extension FollowUps {
  /// `"…," X said. "…"`: a quote that follows a trailing attribution in the same
  /// paragraph, with no attribution of its own, belongs to it.
  func joinFollowingQuotes(_ claims: inout Claims) {
    for i in claims.drafts.indices {
      guard claims.drafts[i].kind == .direct, let f = claims.drafts[i].frame, f.lower >= claims.drafts[i].content.upperBound else { continue }
      var j = f.upper
      if j < doc.tokens.count, let p = doc.punct(j), p == .comma || p.isTerminal { j += 1 }
      if j < doc.tokens.count, !doc.opensQuote(j) {
        // `"…," he said of the prospect. "…"`: the next sentence.
        j = f.upper
        let end = min(doc.sentences[Int(doc.sentenceOf[f.cue.lowerBound])].upperBound, f.upper + 30)
        while j < end && !doc.inQuote(j) { j += 1 }
      }
      guard j < doc.tokens.count, doc.opensQuote(j), claims.claimedBy[j] < 0, !doc.startsParagraph(j) else { continue }
      let q = doc.quotes[Int(doc.quoteOf[j])]
      // German `„…“, sagte X der „Weserpost“.`: the paper told is no fragment of the quote.
      if isQuotedName(q, alone: true) { continue }
      // The joined quote must end its sentence (no clause of its own after it).
      let sentence = doc.sentences[Int(doc.sentenceOf[j])]
      var k = q.close + 1
      while k < sentence.upperBound, doc.punct(k) != nil { k += 1 }
      guard k >= sentence.upperBound else { continue }
      let content = claims.drafts[i].content.lowerBound..<(q.close + 1)
      claims.drafts[i].content = content
      claims.drafts[i].fragments.append(q.open..<(q.close + 1))
      for t in content where claims.claimedBy[t] < 0 { claims.claimedBy[t] = Int32(i) }
    }
  }

  /// Gives the remaining quotes a speaker: the one announced by `X said:` just
  /// before, or the previous speaker whose statement the paragraph continues.
  func attachStandaloneQuotes(_ claims: inout Claims) {
    // Drafts with a speaker, by where their content ends; walked once as quotes advance.
    // (Read through the buffer: reading a field of `claims.drafts[i]` here copied the whole draft.)
    let bySpeakerEnd = claims.drafts.withUnsafeBufferPointer { drafts in
      drafts.indices.filter { drafts[$0].frame?.speaker != nil }
        .sorted { drafts[$0].content.upperBound < drafts[$1].content.upperBound }
    }
    var walked = 0
    var lastDirect = -1
    var lastAny = -1
    // What the current sentence holds outside quotes, counted once per sentence.
    var (memoSentence, outside, free) = (-1, 0, true)
    /// Keeps a direct quote that has its frame: claims its tokens and makes it the latest attribution.
    func keepDirect(_ d: Draft) {
      lastDirect = claims.add(d)
      lastAny = lastDirect
    }
    for q in doc.quotes where claims.claimedBy[q.open] < 0 {
      while walked < bySpeakerEnd.count, claims.drafts[bySpeakerEnd[walked]].content.upperBound <= q.open {
        let i = bySpeakerEnd[walked]
        if claims.drafts[i].kind == .direct { lastDirect = i }
        lastAny = i
        walked += 1
      }
      let (words, terminal) = wordsInside(q)
      guard words >= 4 || terminal && words >= 2, !isQuotedName(q) else { continue }
      let content = q.open..<(q.close + 1)
      if let d = colonQuote(q, content: content, frames: &claims.frames) ?? transcriptTurn(q, content: content) {
        keepDirect(d)
        if Int(doc.sentenceOf[q.open]) == memoSentence { free = false }
        continue
      }
      // German `Ein Sprichwort besagt: „…“`: a clause of its own names no speaker; nobody's is carried in.
      if doc.language.profile.verbSecond, colonClauseNamesNoSpeaker(before: q) { continue }
      if let d = withWordsQuote(q, content: content) {
        keepDirect(d)
        continue
      }
      // A statement that goes on from a recent speaker: the last direct quote within
      // two paragraphs, else the last attribution of the paragraph before.
      let p = doc.paragraphOf[q.open]
      let source = recentSource(lastDirect: lastDirect, lastAny: lastAny, paragraph: p, claims.drafts)
      let si = Int(doc.sentenceOf[q.open])
      let sentence = doc.sentences[si]
      if si != memoSentence {
        memoSentence = si
        (outside, free) = wordsOutsideQuotes(sentence, claimedBy: claims.claimedBy)
      }
      var d: Draft
      if outside >= 2 && free && !claims.sentenceFramed[si] {
        switch reading(sentence, quoteWords: words, source: source, paragraph: p, claims) {
        case .attributed(let a):
          claims.add(a)
          free = false
          continue
        case .dropped: continue
        case .unframed(let u): d = u
        }
      } else {
        d = Draft(kind: .direct, content: content, fragments: [content], frame: nil, confidence: 0.3)
        if let f = subjectBeforeStandingQuote(q, source: source, paragraph: p, sentence: si, outside: outside, claims) {
          d.frame = f
          d.confidence = 0.4
          keepDirect(d)
          free = false
          continue
        }
      }
      if source >= 0 {
        d.carriedFrom = source
        d.confidence = d.kind == .mixed ? doc.unframedMixedConfidence(carried: true) : 0.55
      } else if words < 6 && !(d.kind == .direct && terminal) {
        // (A direct quote nobody is named for that is a sentence of its own is kept, with no
        // speaker: `--min-confidence` hides it. A short phrase in marks is a title or a term.)
        continue
      }
      claims.add(d)
      free = false
    }
  }

  /// What a sentence with words of its own outside a standing quote makes of it.
  enum SentenceReading {
    /// The sentence is its subject's (it has a frame).
    case attributed(Draft)
    /// A short quote nobody could carry: no claim.
    case dropped
    /// The whole sentence as a mixed claim with no frame yet (a carried speaker may take it).
    case unframed(Draft)
  }

  /// Reads `sentence`, which holds a standing quote of `quoteWords` words and two words or more
  /// outside quotes: German `Der Minister sieht darin „einen Fehler“.` and English `Northwind
  /// Labs cancelled its launch "out of respect".` are their opening subject's; else the sentence
  /// is a mixed claim with no frame, or nothing when the quote is short and nobody can be carried.
  func reading(_ sentence: Range<Int>, quoteWords: Int, source: Int, paragraph p: Int32, _ claims: Claims) -> SentenceReading {
    let r = doc.trimmed(sentence)
    if doc.language.profile.subjunctiveContinues, let f = openingSubjectFrame(of: sentence, paragraph: p, claimedBy: claims.claimedBy) {
      return .attributed(Draft(kind: .mixed, content: r, fragments: doc.quoteRanges(in: r), frame: f, confidence: 0.4))
    }
    if source >= 0, let d = namedSubjectDraft(of: sentence, paragraph: p, claims) { return .attributed(d) }
    // Dropped by the caller anyway: do not gather the sentence's quotes once per short quote in it.
    if source < 0 && quoteWords < 6 { return .dropped }
    return .unframed(Draft(kind: .mixed, content: r, fragments: doc.quoteRanges(in: r), frame: nil, confidence: doc.unframedMixedConfidence(carried: false)))
  }

  /// The draft a statement standing alone goes on from: the last direct quote within two
  /// paragraphs before paragraph `p`, else the last attribution of the paragraph before; -1.
  func recentSource(lastDirect: Int, lastAny: Int, paragraph p: Int32, _ drafts: [Draft]) -> Int {
    if lastDirect >= 0 && doc.paragraphOf[drafts[lastDirect].content.lowerBound] >= p - 2 { return lastDirect }
    if lastAny >= 0 && doc.paragraphOf[drafts[lastAny].content.lowerBound] >= p - 1 { return lastAny }
    return -1
  }

  /// German: the frame of a surely named subject opening the sentence right before quote `q`, when
  /// the quote stands alone after it (`Die SPD will am Kurs festhalten. „Wir wollen …“`): that
  /// subject's, rather than a speaker carried from an earlier paragraph (`source`).
  func subjectBeforeStandingQuote(_ q: QuoteSpan, source: Int, paragraph p: Int32, sentence si: Int, outside: Int, _ claims: Claims) -> Frame? {
    guard source < 0 || doc.paragraphOf[claims.drafts[source].content.lowerBound] < p, doc.language.profile.subjunctiveContinues, outside < 2, si > 0,
      doc.sentences[si - 1].upperBound == q.open
    else { return nil }
    return openingSubjectFrame(of: doc.sentences[si - 1], paragraph: p, claimedBy: claims.claimedBy)
  }

  /// `The minister said: "…"`: the frame of the clause before a colon that opens quote `q`
  /// (German also a subject and its verb: `Die Firma hält die Kritik für falsch: „…“`), made
  /// into the quote's draft; nil when the clause has no speaker.
  func colonQuote(_ q: QuoteSpan, content: Range<Int>, frames: inout [Frame]) -> Draft? {
    // After `X said:` at the end of the previous paragraph or sentence.
    if q.open > 0, doc.punct(q.open - 1) == .colon {
      frames.removeAll(keepingCapacity: true)
      let s = doc.sentences[Int(doc.sentenceOf[q.open - 1])]
      frameFinder.findFrames(in: max(s.lowerBound, q.open - 41)..<(q.open - 1), into: &frames)
      var found = frames.last.flatMap { $0.speaker != nil ? $0 : nil }
      var plain = false
      if found == nil, doc.language.profile.verbSecond, let f = colonSubjectFrame(before: q.open - 1, from: s.lowerBound) {
        found = f
        plain = true
      }
      // `The spokesperson: "…"`, `Calloway released the following statement: "…"`.
      if found == nil, !doc.language.profile.verbSecond, let f = colonSpeakerFrame(before: q.open - 1, from: s.lowerBound) { found = f }
      if let f = found {
        var d = Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0)
        d.confidence = doc.confidence(of: d) - (plain ? 0.25 : 0.05)
        return d
      }
    }
    return nil
  }

  /// German `Mit den Worten „…“, wandte er sich an …`: the subject after the verb that follows
  /// quote `q` said it; nil when the quote is not so introduced.
  func withWordsQuote(_ q: QuoteSpan, content: Range<Int>) -> Draft? {
    // German `Mit den Worten „…“, wandte er sich an …`: the subject after the verb said it.
    if doc.language.profile.verbSecond, q.open >= 3, doc.isWordID(q.open - 1, doc.language.known.words), doc.isWordID(q.open - 3, doc.language.known.with) || doc.isWordID(q.open - 2, doc.language.known.with),
      q.close + 3 < doc.tokens.count, doc.punct(q.close + 1) == .comma, doc.tokens[q.close + 2].kind == .word, !doc.tokens[q.close + 2].isCapitalized,
      let sp = frameFinder.invertedSubject(doc.skippingReflexive(q.close + 3, end: doc.sentences[Int(doc.sentenceOf[q.close + 2])].upperBound),
        ceiling: doc.sentences[Int(doc.sentenceOf[q.close + 2])].upperBound),
      doc.isSurelyNamed(sp)
    {
      let f = Frame(kind: .source, cue: (q.close + 2)..<(q.close + 3), cueIndex: -1, speaker: sp, standIn: true, lower: q.close + 2, upper: sp.upperBound)
      var d = Draft(kind: .direct, content: content, fragments: [content], frame: f, confidence: 0)
      d.confidence = doc.confidence(of: d) - 0.25
      return d
    }
    return nil
  }

  /// The words inside quote `q`, and whether it holds a sentence end.
  func wordsInside(_ q: QuoteSpan) -> (Int, Bool) {
    var words = 0
    var terminal = false
    for k in (q.open + 1)..<q.close {
      if doc.tokens[k].kind == .word { words += 1 } else if doc.punct(k)?.isTerminal == true { terminal = true }
    }
    return (words, terminal)
  }

  /// The words of `sentence` outside quotes, and whether no draft holds any of its tokens.
  func wordsOutsideQuotes(_ sentence: Range<Int>, claimedBy: [Int32]) -> (Int, Bool) {
    var outside = 0
    var free = true
    for k in sentence {
      if claimedBy[k] >= 0 { free = false }
      if !doc.inQuote(k) && doc.tokens[k].kind == .word { outside += 1 }
    }
    return (outside, free)
  }

  /// German: the subject of a clause that ends in a colon before a quote without a reporting verb
  /// (`Die Firma hält die Kritik für falsch: „…“`, `Dabei griff sie den Minister an: „…“`), or a bare
  /// speaker phrase (`Ein Beamter der Polizei: „…“`). The clause runs from the sentence start or the
  /// last quote before the colon; the subject opens it before the finite verb, or follows the verb
  /// after a fronted adverb. The verb (or the colon) stands for the cue.
  func colonSubjectFrame(before colon: Int, from start: Int) -> Frame? {
    var a = colon - 1
    while a >= start && a > colon - 24 && !doc.inQuote(a) { a -= 1 }
    guard a >= start ? doc.inQuote(a) : true else { return nil }  // too long a clause
    a += 1
    guard a < colon, doc.tokens[a].kind == .word, doc.tokens[a].isCapitalized else { return nil }
    // `Halbach: „…“`: one word, a person the article names in full.
    if a == colon - 1 {
      guard doc.isSurnameOfANamedPerson(a) else { return nil }
      return Frame(kind: .source, cue: colon..<(colon + 1), cueIndex: -1, speaker: a..<colon, lower: a, upper: colon + 1)
    }
    // `Hebamme Susanne Blum, die seit 22 Jahren hier arbeitet: „…“`, `Erkki Tuomioja, Präsident des Rats: „…“`.
    if let sp = frameFinder.speakerWithAppositive(from: a, colon: colon) {
      return Frame(kind: .source, cue: colon..<(colon + 1), cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: colon + 1)
    }
    // `Ein Beamter der Polizei:` — the whole clause is the speaker.
    if let sp = doc.speakerAfter(a, ceiling: colon), sp.upperBound == colon, doc.isSurelyNamed(sp) {
      return Frame(kind: .source, cue: colon..<(colon + 1), cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: colon + 1)
    }
    // `Die Firma hält …:` — a subject, then its finite verb.
    if let sp = doc.speakerAfter(a, ceiling: colon), sp.upperBound < colon - 1, doc.isSurelyNamed(sp),
      doc.isFiniteVerbLike(sp.upperBound)
    {
      let v = sp.upperBound
      return Frame(kind: .source, cue: v..<(v + 1), cueIndex: -1, speaker: sp, standIn: true, lower: sp.lowerBound, upper: v + 1)
    }
    // `Dabei griff sie … an:` — a fronted adverb, the verb, the subject.
    let role = doc.language.profile.role(doc.tokens[a].word)
    if role.contains(.skippable) || role.contains(.function) && !role.contains(.determiner) && !role.contains(.preposition)
      && !role.contains(.conjunction) && !role.contains(.complementizer) && !role.any(.pronoun),
      a + 2 < colon, doc.isFiniteVerbLike(a + 1),
      let sp = frameFinder.invertedSubject(doc.skippingReflexive(a + 2, end: colon), ceiling: colon), doc.isSurelyNamed(sp)
    {
      return Frame(
        kind: .source, cue: (a + 1)..<(a + 2), cueIndex: -1, speaker: sp, inverted: true, standIn: true, lower: a + 1, upper: sp.upperBound)
    }
    return nil
  }
}

extension FollowUps {
  /// German reported speech: a sentence in the subjunctive (`Die Strecke bleibe gesperrt.`)
  /// right after an attributed sentence, in the same or the next paragraph, continues that
  /// speaker's indirect speech; a run of such sentences all do. Any other sentence ends the run.
  ///
  /// - Complexity: O(n) in the number of tokens.
  func continueSubjunctiveSpeech(_ claims: inout Claims) {
    guard doc.language.profile.subjunctiveContinues else { return }
    var last = -1
    var recent = -1  // the latest attributed draft, even past other sentences
    var run = -1  // the draft this pass made for the sentence before, which a next one extends
    for (si, s) in doc.sentences.enumerated() {
      let (claimer, subjunctive, reported, words) = mood(of: s, claimedBy: claims.claimedBy)
      let previousRun = run
      run = -1
      if claimer >= 0 {
        let d = claims.drafts[Int(claimer)]
        last = d.frame?.speaker != nil || d.carriedFrom >= 0 ? Int(claimer) : -1
        if last >= 0 { recent = last }
        continue
      }
      let paragraph = doc.paragraphOf[s.lowerBound]
      if last >= 0, paragraph - doc.paragraphOf[claims.drafts[last].content.lowerBound] > 1 { last = -1 }
      // A sentence in Konjunktiv I is reported speech on its own (`Die Lage sei ernst.`):
      // the latest speaker of this or the previous paragraph said it, or someone unnamed.
      var opening: Frame?
      // A speaker named in the sentence before, with a verb whose content was not found, is newer
      // than the latest attribution's.
      if last < 0, reported, si > 0, claims.sentenceFramed[si - 1], recent >= 0, paragraph - doc.paragraphOf[claims.drafts[recent].content.lowerBound] <= 1 {
        opening = speakerFrame(of: doc.sentences[si - 1], paragraph: paragraph, claims: &claims)
      }
      if last < 0, opening == nil, reported, si > 0 { opening = openingSubjectFrame(of: doc.sentences[si - 1], paragraph: paragraph, claimedBy: claims.claimedBy) }
      if last < 0, opening == nil, reported, recent >= 0, paragraph - doc.paragraphOf[claims.drafts[recent].content.lowerBound] <= 1 { last = recent }
      // `Lorenzen spekuliert, die Europäer wollten …`: a named subject opening the sentence with an
      // indicative verb, and the subjunctive in a clause after a comma: that subject reports it.
      var own = -1  // where the clause after that subject's comma starts
      if subjunctive || reported, !claims.sentenceFramed[si], let (f, clause) = subjectOwningReport(s, claimedBy: claims.claimedBy) {
        opening = f
        own = clause
        last = -1
      }
      guard subjunctive || reported, words >= 3, !claims.sentenceFramed[si], last >= 0 || reported || opening != nil else {
        last = -1
        continue
      }
      let r = doc.trimmed(own >= 0 ? own..<s.upperBound : s)
      let fragments = doc.quoteRanges(in: r)
      var d = Draft(kind: fragments.isEmpty ? .indirect : .mixed, content: r, fragments: fragments, frame: nil, confidence: last >= 0 ? 0.55 : 0.3)
      if last >= 0 {
        d.carriedFrom = claims.drafts[last].carriedFrom >= 0 ? claims.drafts[last].carriedFrom : last
      } else if let f = opening {
        d.frame = f
        d.confidence = 0.4
      }
      // A run of such sentences in one paragraph is one report (`Die Lage sei ernst. Die Kliniken seien voll.`).
      if own < 0, previousRun >= 0, claims.drafts[previousRun].carriedFrom == d.carriedFrom || d.carriedFrom == previousRun, doc.paragraphOf[claims.drafts[previousRun].content.lowerBound] == paragraph {
        extend(previousRun, to: r, fragments: fragments, claims: &claims)
        run = previousRun
        continue
      }
      claims.claim(r, Int32(claims.drafts.count))
      last = d.carriedFrom >= 0 || d.frame != nil ? claims.drafts.count : -1
      run = claims.drafts.count
      claims.drafts.append(d)
    }
  }

  /// What sentence `s` holds for ``continueSubjunctiveSpeech(_:)``: the draft claiming one of its
  /// words (or -1), whether a verb is in the subjunctive or a mood that reports, and its words
  /// outside quotes. `Der Täter soll geflohen sein.`: a hearsay modal with a perfect infinitive
  /// closing the sentence reports (`soll kompatibel sein`, an adjective before `sein`, is a plan);
  /// `Die Regierung verschiebe die Lasten.`: a regular verb in Konjunktiv I, no list holds it.
  private func mood(of s: Range<Int>, claimedBy: [Int32]) -> (claimer: Int32, subjunctive: Bool, reported: Bool, words: Int) {
    var claimer: Int32 = -1
    var subjunctive = false
    var reported = false
    var words = 0
    var hearsay = false
    var lastWord = -1
    for k in s {
      if claimedBy[k] >= 0 { claimer = claimedBy[k] }
      if !doc.inQuote(k) && doc.tokens[k].kind == .word {
        words += 1
        lastWord = k
        let role = doc.language.profile.role(doc.tokens[k].word)
        if role.contains(.subjunctive) { subjunctive = true }
        if role.contains(.reportedMood) { reported = true }
        if doc.language.known.hearsayModals.contains(doc.tokens[k].word) { hearsay = true }
      }
    }
    if hearsay, lastWord > s.lowerBound, doc.language.known.perfectInfinitives.contains(doc.tokens[lastWord].word), doc.endsLikeParticiple(lastWord - 1) {
      reported = true
    }
    if !subjunctive, !reported, claimer < 0, words >= 3, finiteVerbInKonjunktivE(s) { subjunctive = true }
    return (claimer, subjunctive, reported, words)
  }

  /// Extends the run's draft `i` over the next subjunctive sentence `r` (`Die Lage sei ernst. Die
  /// Kliniken seien voll.` is one report), claiming only what it gained: claiming it all again
  /// would be quadratic in a long run.
  private func extend(_ i: Int, to r: Range<Int>, fragments: [Range<Int>], claims: inout Claims) {
    let start = claims.drafts[i].content.lowerBound
    let previousEnd = claims.drafts[i].content.upperBound
    claims.drafts[i].content = start..<r.upperBound
    claims.drafts[i].fragments.append(contentsOf: fragments)
    if !claims.drafts[i].fragments.isEmpty { claims.drafts[i].kind = .mixed }
    claims.claim(previousEnd..<r.upperBound, Int32(i))
  }

  /// German: the speaker of a reporting verb in an unattributed sentence whose content was not
  /// found (`Die Sprecherin, Eva Kern, kritisierte die Pläne.`): the speaker of a reported
  /// sentence right after it (`Die Mittel seien zu knapp.`).
  func speakerFrame(of prev: Range<Int>, paragraph: Int32, claims: inout Claims) -> Frame? {
    guard doc.paragraphOf[prev.lowerBound] == paragraph, claims.claimedBy[prev.lowerBound] < 0, claims.claimedBy[prev.upperBound - 1] < 0 else { return nil }
    claims.frames.removeAll(keepingCapacity: true)
    frameFinder.findFrames(in: prev, into: &claims.frames)
    guard let f = claims.frames.last(where: { $0.kind == .verb && $0.speaker != nil && !$0.anaphoric && !$0.inherited }),
      let sp = f.speaker, !doc.inQuote(sp.lowerBound), claims.claimedBy[sp.lowerBound] < 0
    else { return nil }
    return f
  }

  /// German: the subject that opens an unattributed sentence, when it surely names a speaker
  /// (`Die Kriminalpolizei bittet um Mithilfe.`, `Lammert würdigte die Bundeswehr.`) and its
  /// finite verb follows it: the speaker of a reported sentence right after it (`Der Mann sei
  /// etwa 30 Jahre alt.`). The verb stands for the cue.
  func openingSubjectFrame(of prev: Range<Int>, paragraph: Int32, claimedBy: [Int32]) -> Frame? {
    // A one-word label before a colon (`Europapolitik: Die SPD will …`) is no part of the clause.
    var first = prev.count > 3 && doc.tokens[prev.lowerBound].kind == .word && doc.punct(prev.lowerBound + 1) == .colon ? prev.lowerBound + 2 : prev.lowerBound
    guard doc.paragraphOf[prev.lowerBound] == paragraph, claimedBy[prev.lowerBound] < 0, !doc.inQuote(first) else { return nil }
    // `Auch der Außenminister kritisierte …`: an adverb before the subject.
    if first + 2 < prev.upperBound, doc.tokens[first].kind == .word, case let r = doc.language.profile.role(doc.tokens[first].word),
      r.contains(.skippable) && !r.any([.auxiliary, .copula]), !doc.tokens[first + 1].isCapitalized || doc.language.profile.role(doc.tokens[first + 1].word).contains(.determiner)
    {
      first += 1
    }
    guard let sp = doc.speakerAfter(first, ceiling: prev.upperBound), sp.upperBound < prev.upperBound, doc.isSurelyNamed(sp) else {
      return invertedOpeningSubjectFrame(of: first..<prev.upperBound)
    }
    var v = sp.upperBound
    // An appositive between subject and verb: `Wolfgang Hürter, Chef der Firma, nennt …`.
    if doc.punct(v) == .comma {
      var j = v + 1
      while j < prev.upperBound && j < v + 12 && doc.punct(j) != .comma && !doc.inQuote(j) && doc.punct(j)?.isTerminal != true { j += 1 }
      guard j + 1 < prev.upperBound, doc.punct(j) == .comma, j > v + 1 else { return nil }
      v = j + 1
    }
    guard doc.tokens[v].kind == .word, !doc.tokens[v].isCapitalized, !doc.inQuote(v) else { return nil }
    // A bare unknown word before a plural verb is a plural common noun (`Sirenen heulten`), no name;
    // plural speakers are listed (`Experten warnten`).
    if sp.count == 1, v == sp.upperBound, doc.language.profile.role(doc.tokens[sp.lowerBound].word).isEmpty, !doc.tokens[sp.lowerBound].flags.contains(.allCaps),
      doc.hasEnding(v, [[0x65, 0x6E]]), !doc.isSurnameOfANamedPerson(sp.lowerBound), !doc.isCompound(sp.lowerBound, endingIn: .speakerNoun)
    {
      return nil
    }
    let role = doc.language.profile.role(doc.tokens[v].word)
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
  func subjectOwningReport(_ s: Range<Int>, claimedBy: [Int32]) -> (Frame, Int)? {
    guard let f = openingSubjectFrame(of: s, paragraph: doc.paragraphOf[s.lowerBound], claimedBy: claimedBy) else { return nil }
    let v = f.cue.lowerBound
    let verbRole = doc.language.profile.role(doc.tokens[v].word)
    guard !verbRole.contains(.subjunctive), !verbRole.contains(.reportedMood), !verbRole.contains(.auxiliary),
      !doc.language.known.hearsayModals.contains(doc.tokens[v].word)
    else { return nil }
    var comma = -1
    for k in (v + 1)..<s.upperBound where !doc.inQuote(k) {
      if doc.punct(k) == .comma {
        if comma < 0 { comma = k }
      } else if doc.tokens[k].kind == .word, doc.language.profile.role(doc.tokens[k].word).contains(.subjunctive) {
        return comma >= 0 ? (f, comma + 1) : nil
      }
    }
    return nil
  }


  /// German: the subject right after the finite verb when a phrase is fronted before it (`In dem
  /// Verfahren sieht Osterloh einen „Angriff“`, `Dabei griff sie den Minister an`): the verb is the
  /// first lower-case word after a capitalized one, within 12 tokens of the sentence start, and the
  /// phrase after it surely names a speaker. The verb stands for the cue.
  func invertedOpeningSubjectFrame(of r: Range<Int>) -> Frame? {
    guard r.count > 3, doc.tokens[r.lowerBound].kind == .word,
      doc.language.profile.role(doc.tokens[r.lowerBound].word).any([.preposition, .skippable]) || doc.isFrontedAdverbial(r.lowerBound)
    else { return nil }
    var v = r.lowerBound + 1
    while v < r.upperBound && v < r.lowerBound + 12 {
      if doc.inQuote(v) || doc.tokens[v].kind == .punctuation { return nil }
      if doc.isFiniteVerbLike(v), doc.tokens[v - 1].kind == .word,
        doc.tokens[v - 1].isCapitalized && !doc.language.profile.role(doc.tokens[v - 1].word).contains(.function)
          || v == r.lowerBound + 1 && !doc.language.profile.role(doc.tokens[r.lowerBound].word).contains(.preposition)
      {
        break
      }
      v += 1
    }
    guard v + 1 < r.upperBound, v < r.lowerBound + 12, doc.isFiniteVerbLike(v),
      !doc.language.profile.role(doc.tokens[v].word).any([.passiveAuxiliary, .copula, .function]),
      case let a = doc.skippingReflexive(v + 1, end: r.upperBound), let sp = frameFinder.invertedSubject(a, ceiling: r.upperBound), sp.lowerBound == a,
      doc.isSurelyNamed(sp), !doc.language.profile.role(doc.tokens[a].word).contains(.itPronoun),
      // A lone unknown word after the verb is a noun as often as a name (`sieht Start`): a surname named in full.
      sp.count > 1 || !doc.language.profile.role(doc.tokens[a].word).isEmpty || doc.isSurnameOfANamedPerson(a) || doc.tokens[a].flags.contains(.allCaps)
        || doc.isCompound(a, endingIn: [.speakerNoun, .title])
    else { return nil }
    return Frame(kind: .source, cue: v..<(v + 1), cueIndex: -1, speaker: sp, inverted: true, standIn: true, lower: v, upper: sp.upperBound)
  }
}
