/// Where the parties of a cue stand: its objects after it, a passive's subject, German objects
/// before a verb at the clause end, and phrases that name an audience anywhere near it.
extension PartyFinder {
  /// Reads the words after the cue up to `ceiling` (where its content starts, or the sentence
  /// end): adverbials and an inverted speaker are passed over, the direct or German dative object
  /// and the phrases of the cue's party prepositions take their roles.
  ///
  /// `Russia accused [Baku] on Saturday of …`, `told [reporters]`, `called on [Strelsau] to …`,
  /// `wrote to [the council]`, `warf [dem Minister] vor, …`, `a demandé [à la ligue] de …`.
  func objects(after f: Frame, _ sem: CueSemantics, ceiling: Int, content: Range<Int>, into found: inout Parties) {
    let contentPreposition = doc.language.profile.cues[Int(f.cueIndex)].preposition
    let end = min(ceiling, f.cue.upperBound + 16)
    var k = f.cue.upperBound
    let particle = particleRole(of: f, sem)
    var objectTaken = sem.object == .none && sem.dative == .none && particle == .none
    var skipped = 0
    while k < end {
      if let sp = f.speaker, sp.contains(k) {
        // `said Lavrov`, `sagte Koch dem Sender`, `a déclaré à l'AFP la navigatrice`, and an
        // appositive after it (`kritisierte der Vorsitzende des Verbands, Heiko Brandes, das Unternehmen`).
        k = sp.upperBound
        let name = withAppositiveName(sp, ceiling: end)
        if name != sp, name.upperBound < end, doc.punct(name.upperBound) == .comma { k = name.upperBound + 1 }
        continue
      }
      let t = doc.tokens[k]
      guard t.kind == .word, !doc.inQuote(k) else { break }
      let role = doc.language.profile.role(t.word)
      // (`appellierte an die Regierung, …`: the content's preposition may also be a party's.)
      if role.contains(.complementizer) || contentPreposition >= 0 && t.word == contentPreposition && sem.role(after: t.word) == .none { break }
      let preposition = doc.language.profile.parties.contractions[t.word] ?? (role.contains(.preposition) ? t.word : -1)
      if preposition >= 0 {
        let partyRole = doc.language.profile.parties.audiencePrepositions.contains(preposition) ? .audience : sem.role(after: preposition)
        if partyRole != .none, let r = partyPhrase(at: k + 1, ceiling: end), isParty(r) {
          found.assign(partyRole, withAppositiveName(r, ceiling: end))
          k = r.upperBound
          continue
        }
        // An adverbial (`on Saturday`, `am Montag`, `en retour`) is passed over.
        guard let r = partyPhrase(at: k + 1, ceiling: end), skipped < 2 else { break }
        skipped += 1
        k = r.upperBound
        continue
      }
      if !objectTaken, let r = partyPhrase(at: k, ceiling: end) {
        objectTaken = true
        let partyRole = particle != .none ? particle : objectRole(of: r, sem)
        found.object = r
        // [thing-object] `condemned the attack`: a thing inside the content, or after a content
        // before the cue, is what was said, not whom it was said against.
        let inContent = content.lowerBound <= r.lowerBound && r.upperBound <= content.upperBound || content.upperBound <= f.cue.lowerBound
        if !(sem.rules.contains(.thingObject) && inContent && !isParty(r)) {
          found.assign(partyRole, withAppositiveName(r, ceiling: end))
        }
        k = r.upperBound
        continue
      }
      // Adverbs before or after the object: `also`, `on Tuesday`; German `zudem`, `scharf`;
      // French `mardi`, `vivement`.
      if role.contains(.skippable) || role.contains(.time) || role.contains(.negation)
        || !t.isCapitalized && (doc.language.profile.capitalizesNouns || doc.language.profile.splitsElisions) && skipped < 3
          && !role.any([.determiner, .possessive, .pronoun, .preposition, .conjunction, .complementizer, .relative])
      {
        skipped += 1
        k += 1
        continue
      }
      break
    }
  }

  /// The role of an object phrase `r`: German tells the dative by its article (`dem`, `der`,
  /// `einem`; `den` before a plural in `-n`: `den Arbeitgebern`); other languages have one object.
  func objectRole(of r: Range<Int>, _ sem: CueSemantics) -> PartyRole {
    let first = doc.tokens[r.lowerBound].word
    guard doc.language.profile.capitalizesNouns else { return sem.object != .none ? sem.object : sem.dative }
    let dative = doc.language.profile.parties.datives.contains(first) || doc.language.profile.parties.dativePlurals.contains(first) && r.count > 1 && doc.hasEnding(r.upperBound - 1, [[0x6E]])
    if dative { return sem.dative != .none ? sem.dative : sem.object }
    // An article that is no dative's opens an accusative (`kritisierte die Regierung`); a bare
    // name may be either (`drohte Oslo`, `lobte Ortwein`).
    if doc.language.profile.role(first).any([.determiner, .possessive]) { return sem.object }
    return sem.object != .none ? sem.object : sem.dative
  }

  /// The subject of a passive whose agent is the frame's speaker: `[Baku] was accused by Moscow
  /// of …`, `[Haslinger] wird von der Opposition vorgeworfen, …`, `[M. Combes] a été critiqué par
  /// …`; its role is the one the cue's object has.
  func passiveSubject(of f: Frame, _ sem: CueSemantics, sentence s: Range<Int>) -> (Range<Int>, PartyRole)? {
    let role = sem.object != .none ? sem.object : sem.dative
    guard role != .none, let sp = f.speaker, sp.lowerBound > s.lowerBound,
      doc.language.profile.parties.agents.contains(doc.tokens[sp.lowerBound - 1].word) || sp.lowerBound >= 2
        && doc.language.profile.parties.agents.contains(doc.tokens[sp.lowerBound - 2].word) && doc.tokens[sp.lowerBound - 1].kind == .word
        && doc.language.profile.role(doc.tokens[sp.lowerBound - 1].word).contains(.determiner)
    else { return nil }
    // The passive auxiliary: the nearest copula before the cue (or before the agent, when the agent
    // comes first), within the clause.
    let agent = sp.lowerBound < f.cue.lowerBound ? sp.lowerBound - 1 : f.cue.lowerBound
    var c = agent - 1
    while c >= s.lowerBound, c > agent - 8 {
      if doc.tokens[c].kind != .word || doc.inQuote(c) { return nil }
      if doc.language.profile.role(doc.tokens[c].word).any([.copula, .passiveAuxiliary]) { break }
      c -= 1
    }
    guard c >= s.lowerBound, c > agent - 8 else { return nil }
    var b = c
    while b > s.lowerBound, doc.tokens[b - 1].kind == .word, doc.language.profile.role(doc.tokens[b - 1].word).any([.skippable, .copula]) { b -= 1 }
    let floor = clauseStart(before: b, sentence: s)
    if let r = doc.speakerBefore(b, floor: floor) { return (r, role) }
    if let r = partyPhrase(at: floor, ceiling: b), isParty(r) { return (r, role) }
    return nil
  }

  /// A passive whose agent stands before its participle, read as the frame's subject: `[Haslinger]
  /// wird {von der Opposition} vorgeworfen, …`, `[Lumenta] war vor zwei Jahren {von der Behörde}
  /// gerügt worden`. Returns the agent (the speaker) and the subject (the target).
  func agentBeforeVerb(of f: Frame, sentence s: Range<Int>) -> (Range<Int>, Range<Int>)? {
    guard let subject = f.speaker, subject.upperBound < f.cue.lowerBound, f.cue.lowerBound - subject.upperBound <= 12,
      !doc.language.profile.parties.agents.isEmpty
    else { return nil }
    let k = f.cue.lowerBound
    // The participle closes a passive: a passive auxiliary after the subject, or `worden` after it.
    let auxiliary = doc.tokens[subject.upperBound].kind == .word && doc.language.profile.role(doc.tokens[subject.upperBound].word).any([.passiveAuxiliary, .copula])
    let worden = f.cue.upperBound < s.upperBound && doc.isWordID(f.cue.upperBound, doc.language.known.been)
    guard auxiliary && (doc.language.profile.role(doc.tokens[subject.upperBound].word).contains(.passiveAuxiliary) || worden) else { return nil }
    var j = subject.upperBound + 1
    while j < k {
      guard doc.tokens[j].kind == .word, !doc.inQuote(j) else { return nil }
      if doc.language.profile.parties.agents.contains(doc.tokens[j].word), let agent = doc.speakerAfter(j + 1, ceiling: k), doc.isStrongSpeaker(agent) {
        return (agent, subject)
      }
      j += 1
    }
    return nil
  }

  /// German: a target or audience before a verb that closes its clause after an auxiliary
  /// (`Oslo hat [Reykjavík] vorgeworfen, …`) or fronted in an oblique case before an inverted
  /// subject (`[Dem Angeklagten] wirft die Staatsanwaltschaft vor, …`).
  func objectsBeforeVerb(of f: Frame, _ sem: CueSemantics, sentence s: Range<Int>, content: Range<Int>, into found: inout Parties) {
    guard sem.object != .none || sem.dative != .none else { return }
    var b = f.cue.lowerBound
    while b > s.lowerBound, doc.tokens[b - 1].kind == .word, !doc.tokens[b - 1].isCapitalized, !doc.inQuote(b - 1),
      !doc.language.profile.role(doc.tokens[b - 1].word).any([.determiner, .possessive, .pronoun, .preposition, .auxiliary, .conjunction])
    {
      b -= 1  // `hat Haslinger zudem vorgeworfen`
    }
    let floor = max(clauseStart(before: b, sentence: s), f.speaker.map { $0.upperBound <= f.cue.lowerBound ? $0.upperBound : s.lowerBound } ?? s.lowerBound)
    // (Read forward too: `Dem 34-jährigen Dennis K.` ends with an initial's period.)
    guard b > floor, let r = doc.speakerBefore(b, floor: floor) ?? partyPhrase(at: floor, ceiling: b).flatMap({ $0.upperBound == b ? $0 : nil }),
      !content.contains(r.lowerBound), f.speaker.map({ !$0.overlaps(r) }) ?? true
    else { return }
    var a = r.lowerBound - 1
    while a >= floor, doc.tokens[a].kind == .word, doc.language.profile.role(doc.tokens[a].word).contains(.skippable), !doc.language.profile.role(doc.tokens[a].word).contains(.auxiliary) { a -= 1 }
    let afterAuxiliary = a >= floor && doc.tokens[a].kind == .word && doc.language.profile.role(doc.tokens[a].word).contains(.auxiliary)
    let fronted = r.lowerBound == floor && f.speaker.map { $0.lowerBound > f.cue.lowerBound } == true
      && doc.language.profile.role(doc.tokens[r.lowerBound].word).contains(.oblique)
    guard afterAuxiliary || fronted else { return }
    found.object = r
    found.assign(objectRole(of: r, sem), r)
  }

  /// Where the clause holding `k` starts: after the last comma, colon, semicolon or dash before
  /// it in the sentence (a look of at most 20 tokens), else at the sentence start.
  func clauseStart(before k: Int, sentence s: Range<Int>) -> Int {
    var j = k - 1
    while j >= s.lowerBound, j > k - 20 {
      if let p = doc.punct(j), p == .comma || p == .colon || p == .semicolon || p == .dash { return j + 1 }
      if doc.closesQuote(j) { return j + 1 }
      j -= 1
    }
    return s.lowerBound
  }

  /// A phrase that names an audience near the cue, outside its content and outside quotation
  /// marks: `said [in an interview with Reuters]`, `im Gespräch mit der dpa`, `dans un entretien
  /// au Parisien`, `au micro de France Inter`.
  func audiencePhrase(around f: Frame, sentence s: Range<Int>, content: Range<Int>) -> Range<Int>? {
    guard !doc.language.profile.parties.audienceNouns.isEmpty else { return nil }
    let lo = max(s.lowerBound, f.lower - 12)
    let hi = min(s.upperBound, f.upper + 30)
    for k in lo..<max(lo, hi - 2) {
      let w = doc.tokens[k].word
      guard doc.tokens[k].kind == .word, doc.language.profile.parties.isAudienceNoun(w) else { continue }
      // (Inside the content only at its end: `accused X of "…" in an interview with Y`.)
      if doc.inQuote(k) || content.contains(k) && content.upperBound > f.upper && content.upperBound > k + 8 { continue }
      if let preps = doc.language.profile.parties.audienceNouns[w], k > s.lowerBound,
        doc.tokens[k - 1].kind == .word, doc.language.profile.role(doc.tokens[k - 1].word).any([.determiner, .preposition])
      {
        let p = doc.tokens[k + 1].word
        if preps.contains(p) || doc.language.profile.parties.contractions[p].map({ preps.contains($0) }) == true,
          let r = partyPhrase(at: k + 2, ceiling: hi), isParty(r)
        {
          return r
        }
      }
    }
    return nil
  }
}
