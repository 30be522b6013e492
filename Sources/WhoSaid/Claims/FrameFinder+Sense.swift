/// Whether a cue is used in a reporting sense: a cue form read as a noun (`the final say`, `a new
/// report shows`) is no cue; a negated, passive or first-person cue reports nothing (`did not say
/// whether`, `is expected to sign`, `I believe`).
extension FrameFinder {
  /// Whether the cue form at `k` (cue `cueIndex`, in the sentence `s..<e`) is a noun here, where
  /// the profile reads nouns by position (``LanguageProfile/readsCueNounsByPosition``):
  ///
  /// - its base form after a determiner and a singular modifier, the phrase not after a
  ///   preposition (`will have the final say`, `a two-year dispute over`, `A new report shows`;
  ///   `Residents in the area say` is a verb);
  /// - its base or third-person form right before another cue's form (`Media reports say`, `The
  ///   report shows`; `told state television` is a verb);
  /// - its base or third-person form right before `of` when `of` opens no content of its (`a state of emergency`, `reports of
  ///   abuse`; `warned of` takes it).
  @inline(never)
  func isNounUse(_ k: Int, cue cueIndex: Int32, sentence s: Int, _ e: Int) -> Bool {
    guard doc.language.profile.readsCueNounsByPosition else { return false }
    let cue = doc.language.profile.cues[Int(cueIndex)]
    if k + 1 < e, doc.language.profile.has(doc.tokens[k].word, .nounCueForm), doc.tokens[k + 1].kind == .word,
      !doc.tokens[k + 1].isCapitalized, doc.tokens[k + 1].word >= 0
    {
      let next = doc.tokens[k + 1].word
      if doc.language.profile.cueOfWord[Int(next)] >= 0, doc.language.profile.cueOfWord[Int(next)] != cueIndex,
        cue.particle < 0 || cue.particle != next
      {
        return true
      }
      if next == doc.language.known.of, cue.preposition != next, !cue.frame.contains(.object) { return true }
    }
    guard doc.language.profile.has(doc.tokens[k].word, .baseCueForm), k - 1 > s else { return false }
    // The modifier right before: a plain lower-case word, not plural and not a speaker (`the
    // final say`; `the two leaders say`, `the police say` are subjects).
    let m = doc.tokens[k - 1]
    guard m.kind == .word, !m.isCapitalized, !doc.inQuote(k - 1) else { return false }
    let role = doc.language.profile.role(m.word)
    if role.any([.function, .skippable, .negation, .preposition, .conjunction, .complementizer, .stop, .relative])
      || role.any(.pronoun) || role.any(.speakerNoun) || doc.text[Int(m.end) - 1] == 0x73
    {
      return false
    }
    var d = k - 2
    while d >= s && d >= k - 3 {
      let t = doc.tokens[d]
      guard t.kind == .word || t.kind == .number, !doc.inQuote(d) else { return false }
      let r = doc.language.profile.role(t.word)
      // (A possessive name opens the phrase too: `The Bank's latest inflation report, …`.)
      if r.any([.determiner, .possessive]) || t.kind == .number || t.isCapitalized && doc.isPossessive(d) {
        // `in the area say`: a determiner after a preposition opens an object; the verb's
        // subject is further back.
        return d == s || doc.tokens[d - 1].kind != .word || !doc.language.profile.role(doc.tokens[d - 1].word).contains(.preposition)
      }
      if t.isCapitalized || r.any([.function, .preposition, .conjunction, .stop]) { return false }
      d -= 1
    }
    return false
  }

  /// The cue at the capitalized word `k` inside sentence `s..<e` that ``cue(at:_:sentence:_:)``
  /// leaves out (a capitalized cue form there is a German noun or an English name): in English,
  /// one written all in capitals or in a title-case line (``writesCueInCapitals(_:sentence:_:)``).
  @inline(never)
  func capitalizedCue(at k: Int, sentence s: Int, _ e: Int) -> (Int32, Int, Int, Int)? {
    let t = doc.tokens[k]
    guard t.kind == .word, t.word >= 0, !doc.language.profile.capitalizesNouns, case let cueIndex = doc.language.profile.cueOfWord[Int(t.word)], cueIndex >= 0,
      writesCueInCapitals(k, sentence: s, e), !rejectsCue(k, s)
    else { return nil }
    return (cueIndex, k, k + 1, -1)
  }

  /// Whether the capitalized cue form at `k` is still a cue: written all in capitals (`The
  /// nurse SAID that`), or in a title-case line (`Police Said That The Highway Would Reopen`),
  /// where the profile does not capitalize its nouns. (`Edward Said wrote` is a name.)
  @inline(never)
  func writesCueInCapitals(_ k: Int, sentence s: Int, _ e: Int) -> Bool {
    if doc.tokens[k].flags.contains(.allCaps) { return true }
    guard !doc.language.profile.capitalizesNouns else { return false }
    var words = 0
    var capitalized = 0
    for j in s..<e where doc.tokens[j].kind == .word && doc.tokens[j].length >= 4 && !doc.inQuote(j) {
      words += 1
      if doc.tokens[j].isCapitalized { capitalized += 1 }
    }
    return words >= 4 && capitalized * 4 >= words * 3
  }

  /// Whether frame `f` of the cue at `k` (the words before it skipped back to `b`; `passive` when
  /// a copula stands among them) reports nothing:
  ///
  /// - negated (`did not say whether`, `has never claimed`, `No official has confirmed`; verb
  ///   second: `sagte nicht, ob`);
  /// - a passive with no agent (`is expected to sign`, `was ordered to pay`, `has been described
  ///   as`), or a cue that needs an object with its preposition right after it (`the teacher
  ///   accused of …`), except cues whose passive subject speaks (`is quoted as saying`);
  /// - the author's own first or second person outside quotes (`I believe`, `We advise`, `you
  ///   could argue`);
  /// - a belief with the expletive `it` (`it seems`, `believe it or not`);
  /// - a subject that follows another cue (`said Mars promised that …`: Mars's promise is nested in
  ///   what was said).
  @inline(never)
  func reportsNothing(_ f: Frame, at k: Int, skipped b: Int, passive: Bool, sentence s: Int, _ e: Int) -> Bool {
    let profile = doc.language.profile
    let cue = profile.cues[Int(f.cueIndex)]
    if ((b + 1)..<f.cue.lowerBound).contains(where: { doc.tokens[$0].kind == .word && profile.role(doc.tokens[$0].word).contains(.negation) }) {
      return true
    }
    if profile.verbSecond, f.cue.upperBound < e, doc.tokens[f.cue.upperBound].kind == .word,
      profile.role(doc.tokens[f.cue.upperBound].word).contains(.negation)
    {
      return true
    }
    guard let sp = f.speaker else { return false }
    // `No official has confirmed`: a negative subject.
    for j in stride(from: sp.lowerBound, through: sp.lowerBound - 1, by: -1) where j >= s && doc.tokens[j].kind == .word && !doc.inQuote(j) {
      if profile.role(doc.tokens[j].word).contains(.negation) { return true }
    }
    // `The woman said Mars promised her that …`: a subject right after another cue is inside that
    // cue's report (read back from `promised`, the phrase starts with `said`).
    if profile.readsCueNounsByPosition, !f.inverted, f.kind == .verb {
      let w = doc.tokens[sp.lowerBound]
      if w.kind == .word, !w.isCapitalized, w.word >= 0, profile.cueOfWord[Int(w.word)] >= 0 || profile.particleCueOfWord[Int(w.word)] >= 0 { return true }
    }
    // (French reads its own passives and `s'est demandé` is no passive: FrenchFrames.)
    if !profile.verbSecond, doc.language.french == nil, !cue.frame.contains(.passive) {
      if passive, !doc.isParticiple(k), !f.inverted { return true }
      if cue.frame.contains(.object), !cue.frame.contains(.clause), cue.preposition >= 0, f.cue.upperBound < e,
        doc.tokens[f.cue.upperBound].word == cue.preposition, !f.inverted, sp.upperBound <= f.cue.lowerBound
      {
        return true
      }
    }
    if sp.count == 1, doc.tokens[sp.lowerBound].kind == .word, !doc.inQuote(sp.lowerBound) {
      let w = doc.tokens[sp.lowerBound].word
      if profile.has(w, .authorPronoun) { return true }
      if cue.cueClass == .belief, profile.role(w).contains(.itPronoun) { return true }
    }
    return false
  }

  /// Whether the phrase `sp` read back from a cue form ends in a finite verb, where the profile reads
  /// English word order: `many firms made promises to rebuild …` (`promises` is the verb's object,
  /// a noun), no subject.
  func endsWithVerb(_ sp: Range<Int>) -> Bool {
    guard doc.language.profile.readsCueNounsByPosition, sp.count > 1 else { return false }
    let t = doc.tokens[sp.upperBound - 1]
    return t.kind == .word && !t.isCapitalized && !doc.inQuote(sp.upperBound - 1) && doc.language.profile.has(t.word, .finite)
      && !doc.language.profile.role(t.word).any(.pronoun)
  }

  /// Whether a modal of possibility stands among the words skipped before the cue (`It may
  /// encourage savers to …`, `the board could threaten to …`): no act took place, a stance.
  func isHypothetical(_ f: Frame, skipped b: Int) -> Bool {
    ((b + 1)..<f.cue.lowerBound).contains { doc.tokens[$0].kind == .word && doc.language.profile.has(doc.tokens[$0].word, .hypothetical) }
  }

  /// Whether the phrase `sp` read back from a cue is the object of a preposition, not the cue's
  /// subject, where the profile reads English word order: a preposition opening the sentence or
  /// clause (`Under the plan announced last spring, …`), or a lone preposition (`Despite urging
  /// to lower the fee, …`). A preposition that also opens a clause leaves its phrase a subject (`after the minister said`), and so does one after a noun (`The
  /// Commission on Elections says`, `a study by the institute found`) or `about` (`About a dozen
  /// people said`).
  @inline(never)
  func isPrepositionalObject(_ sp: Range<Int>, sentence s: Int) -> Bool {
    let profile = doc.language.profile
    guard profile.readsCueNounsByPosition else { return false }
    func plainPreposition(_ j: Int) -> Bool {
      let t = doc.tokens[j]
      return t.kind == .word && !doc.inQuote(j) && profile.role(t.word).contains(.preposition) && !profile.has(t.word, .subordinator)
        && !doc.isWordID(j, doc.language.known.by)
    }
    if sp.count == 1, plainPreposition(sp.lowerBound) { return true }
    let p = sp.lowerBound - 1
    guard p >= s, !doc.tokens[p].isCapitalized || p == s, plainPreposition(p) else { return false }
    // The preposition opens the sentence or a clause after a mark.
    return p == s || doc.tokens[p - 1].kind == .punctuation && !doc.closesQuote(p - 1)
  }

  /// Whether the phrase `sp` after the cue at `k` may be its inverted subject, where the profile
  /// reads English word order (``LanguageProfile/readsCueNounsByPosition``): a participle never
  /// inverts (`, saying the phone could …` has no speaker after it), and a pronoun only right after
  /// a quote (`"…," said he`; `said it would` opens the report).
  @inline(never)
  func acceptsInversion(_ sp: Range<Int>, verb k: Int, skipped b: Int) -> Bool {
    guard doc.language.profile.readsCueNounsByPosition else { return true }
    if doc.isParticiple(k) { return false }
    guard sp.count == 1, doc.language.profile.role(doc.tokens[sp.lowerBound].word).any(.pronoun) else { return true }
    return b >= 0 && (doc.closesQuote(b) || doc.punct(b) == .comma && b > 0 && doc.closesQuote(b - 1))
  }

  /// The subject opening the sentence `s…` before the comma at `b`, after an opening adverbial
  /// and its comma (`Earlier in the day, the premier visited …`): a phrase that surely names a
  /// speaker, followed by a lower-case word (its verb), with no quote in between.
  @inline(never)
  func sentenceSubject(before b: Int, sentence s: Int) -> Range<Int>? {
    guard b - s <= 40 else { return nil }
    var a = s
    // An opening adverbial up to its comma: `Earlier in the day,`, `On Monday,`.
    if doc.tokens[s].kind == .word, doc.language.profile.role(doc.tokens[s].word).any([.preposition, .time, .skippable]) || doc.isParticiple(s) {
      var j = s + 1
      while j < b && j < s + 10 && doc.punct(j) != .comma { j += 1 }
      guard j < b, doc.punct(j) == .comma else { return nil }
      a = j + 1
    }
    guard a < b, let sp = doc.speakerAfter(a, ceiling: b), sp.lowerBound == a, sp.upperBound < b, doc.isStrongSpeaker(sp),
      doc.tokens[sp.upperBound].kind == .word, !doc.tokens[sp.upperBound].isCapitalized,
      !(sp.upperBound..<b).contains(where: { doc.inQuote($0) || doc.punct($0)?.isTerminal == true })
    else { return nil }
    return sp
  }

  /// The speaker of a cue right after `and` or a relative `who` (the words before it skipped back
  /// to `b`): for `and`, the speaker of the frame before it in the sentence (`denied the report
  /// and said it was false`) or the subject opening the sentence (`The minister visited Paris and
  /// said that …`), shared (`true`); for `who`, the phrase before it (`a former co-worker, Leon
  /// Fisk, who confessed that …`).
  @inline(never)
  func subjectOfCoordinateOrRelative(skipped b: Int, sentence s: Int, frames: [Frame], first: Int) -> (Range<Int>, Bool)? {
    guard doc.tokens[b].kind == .word, !doc.inQuote(b) else { return nil }
    // (`but` too: `The firm did not say when, but said it had signed …`.)
    if doc.isWordID(b, doc.language.known.and) || doc.language.profile.has(doc.tokens[b].word, .coordinator) {
      if frames.count > first, let prev = frames.last, let sp = prev.speaker, prev.kind == .verb, prev.cue.upperBound <= b,
        !(prev.upper..<b).contains(where: { doc.punct($0)?.isTerminal == true || doc.inQuote($0) })
      {
        return (sp, true)
      }
      guard let sp = sentenceSubject(before: b, sentence: s) else { return nil }
      // Only words between the subject's verb and `and`: no clause of another subject.
      if (sp.upperBound..<b).contains(where: { doc.punct($0) != nil && doc.punct($0) != .comma || doc.inQuote($0) }) { return nil }
      return (sp, true)
    }
    guard doc.language.profile.role(doc.tokens[b].word).contains(.relative), !doc.language.profile.role(doc.tokens[b].word).contains(.complementizer),
      b - 1 > s
    else { return nil }
    // The name right before `, who` (`a former co-worker, Leon Fisk, who`), else the phrase.
    if doc.punct(b - 1) == .comma, let name = doc.nounPhrase(endingBefore: b - 1, floor: s), doc.hasProperName(name) || doc.isStrongSpeaker(name) {
      return (name, false)
    }
    guard let sp = doc.speakerBefore(b, floor: s), doc.isStrongSpeaker(sp) else { return nil }
    return (sp, false)
  }

  /// A subject `sp` read back from its verb widened to the speaker noun its prepositional phrase
  /// belongs to, where the profile reads English word order: `Traders in Kessel say`, `Residents
  /// on the east side fear`, `Officials at the ministry said` (the phrase before the preposition
  /// ends in a person or group noun); `sp` otherwise.
  @inline(never)
  func subjectWithItsPlace(_ sp: Range<Int>, sentence s: Int) -> Range<Int> {
    let p = sp.lowerBound - 1
    guard doc.language.profile.readsCueNounsByPosition, p > s, doc.tokens[p].kind == .word, !doc.inQuote(p),
      doc.language.profile.role(doc.tokens[p].word).contains(.preposition), !doc.isWordID(p, doc.language.known.by),
      doc.tokens[p - 1].kind == .word, doc.language.profile.role(doc.tokens[p - 1].word).any([.personNoun, .groupNoun]),
      let head = doc.nounPhrase(endingBefore: p, floor: s), head.upperBound == p, sp.upperBound - head.lowerBound <= 10
    else { return sp }
    return head.lowerBound..<sp.upperBound
  }

  /// Adds to the frames of sentence `s..<e` the ones `findFrames` leaves out, in text order where
  /// no other frame stands: a possessive and a speech noun (`Her message to supporters: …`, `In
  /// her words, …`; ``speechNounFrame(at:sentence:_:)``) and an English cue written in capitals
  /// (`The nurse SAID that …`; ``capitalizedCue(at:sentence:_:)``). A pass of its own, so that the
  /// per-token loop of `findFrames` stays as small as the optimizer needs it.
  ///
  /// - Complexity: O(length of the sentence): one look per word, and the frames are few.
  func addFramesAfterTheFirstLook(in sentence: Range<Int>, into frames: inout [Frame]) {
    guard doc.language.profile.readsCueNounsByPosition else { return }
    let s = sentence.lowerBound
    let e = sentence.upperBound
    let marks = doc.language.profile.marks
    let cues = doc.language.profile.cueOfWord
    var k = s + 1
    while k < e {
      // (Unchecked reads: every word id is an index of the profile's tables.)
      let t = doc.tokens.withUnsafeBufferPointer { $0[k] }
      let candidate = t.word >= 0
        && (marks.withUnsafeBufferPointer { $0[Int(t.word)] }.contains(.speechNoun)
          || t.isCapitalized && cues.withUnsafeBufferPointer { $0[Int(t.word)] } >= 0)
      if candidate, !doc.inQuote(k) {
        if let (f, next) = extraFrame(at: k, sentence: s, e, frames: frames) {
          // The frame takes the place of any frame inside it (`message` read as a verb).
          frames.removeAll { f.lower <= $0.cue.lowerBound && $0.cue.upperBound <= f.upper }
          if !frames.contains(where: { $0.lower < f.upper && f.lower < $0.upper }) {
            frames.insert(f, at: frames.firstIndex { $0.lower > f.lower } ?? frames.endIndex)
          }
          k = next
          continue
        }
      }
      k += 1
    }
  }

  /// The frame `addFramesAfterTheFirstLook` adds at word `k` (a speech noun or a capitalized
  /// word), and the token after it.
  @inline(never)
  func extraFrame(at k: Int, sentence s: Int, _ e: Int, frames: [Frame]) -> (Frame, Int)? {
    if doc.language.profile.has(doc.tokens[k].word, .speechNoun) {
      for a in stride(from: k - 1, through: k - 2, by: -1) where a >= s {
        if let (f, next) = speechNounFrame(at: a, sentence: s, e), let f { return (f, next) }
      }
    }
    guard doc.tokens[k].isCapitalized, let (cueIndex, cueStart, cueEnd, particleEnd) = capitalizedCue(at: k, sentence: s, e),
      !frames.contains(where: { $0.cue.contains(k) }),
      case let (made, _) = cueFrame(
        at: k, cue: cueStart, cueEnd, index: cueIndex, particleEnd: particleEnd, sentence: s, e, frames: frames, first: 0),
      let f = made
    else { return nil }
    return (f, max(f.upper, k + 1))
  }

  /// The frame of a possessive and a noun for what was said, and the token after it: `In her words,
  /// …` (cue `In her words`), `Her message to supporters: …`, `Rao's message to drivers: …` (cue the
  /// noun); the speaker is the possessive. Nil when none is there (the profile's
  /// ``LanguageProfile/speechNouns`` are empty, or the comma or colon is missing).
  @inline(never)
  func speechNounFrame(at k: Int, sentence s: Int, _ e: Int) -> (Frame?, Int)? {
    guard k + 2 < e, doc.tokens[k].kind == .word else { return nil }
    func possessive(_ j: Int) -> Bool {
      doc.tokens[j].kind == .word && !doc.inQuote(j)
        && (doc.language.profile.role(doc.tokens[j].word).contains(.possessive) || doc.tokens[j].isCapitalized && doc.isPossessive(j))
    }
    // `In her words, …`
    if doc.language.profile.role(doc.tokens[k].word).contains(.preposition), k + 3 < e, possessive(k + 1),
      doc.isWordID(k + 2, doc.language.profile.wordsWord), doc.punct(k + 3) == .comma, k == s || doc.punct(k - 1) == .comma
    {
      return (Frame(kind: .source, cue: k..<(k + 3), cueIndex: -1, speaker: (k + 1)..<(k + 2), lower: k, upper: k + 3), k + 3)
    }
    // `Her message to supporters: …`: a short phrase before the colon.
    guard possessive(k), doc.tokens[k + 1].kind == .word, doc.language.profile.has(doc.tokens[k + 1].word, .speechNoun), k == s || doc.punct(k - 1) != nil
    else { return nil }
    var c = k + 2
    while c < e && c <= k + 6 && doc.tokens[c].kind == .word && !doc.inQuote(c) { c += 1 }
    guard c < e - 1, doc.punct(c) == .colon else { return nil }
    return (Frame(kind: .source, cue: (k + 1)..<(k + 2), cueIndex: -1, speaker: k..<(k + 1), lower: k, upper: c + 1), c + 1)
  }
}
