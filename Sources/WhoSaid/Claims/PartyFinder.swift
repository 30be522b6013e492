/// Finds, for each claim, who it is against or aimed at (its target), who it was said to (its
/// audience), and what kind of speech act it is.
///
/// The last step of the Claims stage: it reads each draft's frame and the words around its cue,
/// once the claims and their contents are known, and writes only the draft's `target`,
/// `audience` and `act` (the Speakers stage resolves the two phrases like a speaker). What a
/// cue's objects are and its default act come from the profile's cue table (``CueSemantics``);
/// the words the rules read from ``PartyWords``.
///
/// - Complexity: O(n): each frame looks at a bounded window around its cue.
struct PartyFinder {
  let doc: Document
}

/// The parties found around one cue.
struct Parties {
  var target: Range<Int>?
  var audience: Range<Int>?
  /// The direct object, whatever its role (the noun-act rule reads it: `expressed concern`).
  var object: Range<Int>?

  /// Gives `r` the role `role`, unless that role is taken.
  mutating func assign(_ role: PartyRole, _ r: Range<Int>) {
    switch role {
    case .target: if target == nil { target = r }
    case .audience: if audience == nil { audience = r }
    case .none: break
    }
  }
}

extension PartyFinder {
  /// Fills in the act, target and audience of every draft.
  func find(in claims: inout Claims) {
    for i in claims.drafts.indices where claims.drafts[i].carriedFrom < 0 {
      guard let f = claims.drafts[i].frame else { continue }
      read(&claims.drafts[i], frame: f)
    }
    // A quote with no cue carries on the report it continues (`"…" [new paragraph] "…"`).
    for i in claims.drafts.indices where claims.drafts[i].carriedFrom >= 0 {
      claims.drafts[i].act = claims.drafts[claims.drafts[i].carriedFrom].act
    }
  }

  /// Reads the act and the parties of draft `d`, whose frame is `f`. (A source phrase's act is
  /// its row's, `according to` a statement: the Speakers stage reads it by the lemma it prints.)
  func read(_ d: inout Draft, frame f: Frame) {
    guard f.kind == .verb, f.cueIndex >= 0 else { return }
    let sem = doc.language.profile.semantics(ofCue: Int(f.cueIndex))
    d.act = sem.act
    guard !f.standIn else { return }
    let s = doc.sentences[Int(doc.sentenceOf[f.cue.lowerBound])]
    var f = f
    // `[Haslinger] wird von der Opposition vorgeworfen, …`: the agent speaks, the subject is the target.
    var passiveTarget: Range<Int>?
    if let (agent, subject) = agentBeforeVerb(of: f, sentence: s) {
      f.speaker = agent
      d.frame?.speaker = agent
      passiveTarget = subject
    }
    // `charged [Harmon] with misleading voters`: a content read from the cue on starts after the target.
    if d.kind != .direct { moveContentPastObject(&d, frame: f, sem) }
    // The words after the cue end where its content starts, when the content follows it.
    let ceiling = d.content.lowerBound >= f.cue.upperBound ? d.content.lowerBound : s.upperBound
    var found = Parties()
    objects(after: f, sem, ceiling: ceiling, content: d.content, into: &found)
    if found.target == nil && found.audience == nil, let r = passiveTarget {
      found.assign(sem.object != .none ? sem.object : sem.dative, r)
    } else if found.target == nil && found.audience == nil, let (r, role) = passiveSubject(of: f, sem, sentence: s) {
      found.assign(role, r)
    }
    if found.target == nil && found.audience == nil && doc.language.verbSecond {
      objectsBeforeVerb(of: f, sem, sentence: s, content: d.content, into: &found)
    }
    if found.audience == nil, let r = audiencePhrase(around: f, sentence: s, content: d.content) {
      found.audience = r
    }
    let act = contextAct(sem, frame: f, draft: d, parties: found)
    // [addressee] `suggested to the board that fees should fall`: a rule made it a demand, a
    // warning or a question, so who it was said to is who it is aimed at.
    if act != sem.act, act == .demand || act == .warning || act == .question, found.target == nil, let a = found.audience {
      found.target = a
      found.audience = nil
    }
    d.act = act
    d.target = found.target
    d.audience = found.audience
  }

  /// A content that starts right after the cue with the cue's object, or with one of its party
  /// prepositions and its phrase, and goes on with a preposition, `as`, `that`, an infinitive or
  /// a comma and a clause (`charged Harmon with …`, `denounced the group as "…"`, `beschuldigt
  /// ihren Mitarbeiter, …`, `appellierte an die Regierung, …`) starts there instead: the object is
  /// the claim's target, not what was said. A thing alone (`condemned the attack`) stays the content.
  func moveContentPastObject(_ d: inout Draft, frame f: Frame, _ sem: CueSemantics) {
    var k = f.cue.upperBound
    while k < d.content.lowerBound, isAdverb(k) { k += 1 }
    guard k == d.content.lowerBound else { return }
    while k < d.content.upperBound, isAdverb(k) { k += 1 }
    guard k < d.content.upperBound, doc.tokens[k].kind == .word else { return }
    let w = doc.tokens[k].word
    let prepositionRole = sem.role(after: doc.language.profile.parties.contractions[w] ?? w)
    if prepositionRole != .none { k += 1 }  // `appellierte an [die Regierung], …`
    // (After a criticism or praise verb or a question, only a phrase that surely names a party:
    // `questioned the integrity of …`, `welcomed the plans to …`, `railed against the influence of
    // …` keep their content.)
    let strict = sem.rules.contains(.thingObject) || sem.act == .question || sem.act == .criticism || sem.act == .praise
    guard let r = partyPhrase(at: k, ceiling: d.content.upperBound), strict ? namesParty(r) : isParty(r),
      (prepositionRole != .none ? prepositionRole : particleRole(of: f, sem) != .none ? particleRole(of: f, sem) : objectRole(of: r, sem)) == .target
    else { return }
    let name = withAppositiveName(r, ceiling: d.content.upperBound)  // `reproché à la ministre, Claire Dumontel, d'avoir …`
    var j = name.upperBound
    if name != r, j < d.content.upperBound, doc.punct(j) == .comma { j += 1 }
    while j < d.content.upperBound, isAdverb(j) { j += 1 }
    // German sets the reported clause off with a comma (`beschuldigt ihren Mitarbeiter, …`).
    if doc.language.profile.capitalizesNouns, j < d.content.upperBound, doc.punct(j) == .comma { j += 1 }
    guard j + 1 < d.content.upperBound, doc.tokens[j].kind == .word, !doc.inQuote(j) || doc.opensQuote(j) else { return }
    // What opens the content after the target: the cue's preposition, one that opens a content
    // (`with`, `over`, `as`, `pour`; not `until` or `in`), `that`, an infinitive, or a German comma.
    let w2 = doc.tokens[j].word
    let role = doc.language.profile.role(w2)
    let cuePreposition = doc.language.profile.cues[Int(f.cueIndex)].preposition
    guard doc.punct(j - 1) == .comma && (!role.contains(.relative) || opensNounPhrase(j))
      || cuePreposition >= 0 && w2 == cuePreposition || doc.language.profile.parties.contentOpeners.contains(w2) || doc.language.profile.parties.infinitiveMarkers.contains(w2)
      || role.contains(.complementizer) && (!role.contains(.relative) || namesParty(r)),  // not `against the provisions that …`
      !role.contains(.conjunction)
    else { return }
    d.content = j..<d.content.upperBound
    d.fragments.removeAll { $0.lowerBound < j }
    if d.kind == .mixed && d.fragments.isEmpty { d.kind = .indirect }
  }

  /// Whether a word that may be a relative pronoun opens a noun phrase as its article instead:
  /// a noun follows, or an inflected adjective and a noun (`…, die Pauschale zu erhöhen`, `…, das
  /// interne Kontrollsystem umgangen zu haben`).
  func opensNounPhrase(_ k: Int) -> Bool {
    guard k + 2 < doc.tokens.count else { return false }
    let next = doc.tokens[k + 1]
    if next.kind == .word, next.isCapitalized, !doc.language.profile.role(next.word).contains(.function) { return true }
    return next.kind == .word && !next.isCapitalized && doc.hasEnding(k + 1, Self.adjectiveEndings) && doc.tokens[k + 2].isCapitalized
  }

  /// Whether word `k` is an adverb that may stand between a cue, its object and its content
  /// (`also`, `on Tuesday` is not one: a preposition opens it).
  func isAdverb(_ k: Int) -> Bool {
    guard doc.tokens[k].kind == .word, !doc.inQuote(k) else { return false }
    let role = doc.language.profile.role(doc.tokens[k].word)
    return role.contains(.skippable) || role.contains(.time) && !role.contains(.determiner)
  }

  /// The role of the phrase right after a particle verb whose particle is one of its party
  /// prepositions (`called on [Strelsau]`), or `.none`.
  func particleRole(of f: Frame, _ sem: CueSemantics) -> PartyRole {
    let particle = doc.language.profile.cues[Int(f.cueIndex)].particle
    guard particle >= 0, f.cue.count > 1, doc.isWordID(f.cue.upperBound - 1, particle) else { return .none }
    return sem.role(after: particle)
  }

  /// The act after the context rules of the cue's row (the README's act table): an indirect
  /// question or a quote ending in `?` (question), an object and an infinitive (demand), a
  /// reflexive (`se demander`: question), a future or deontic content (promise, demand), and the
  /// noun after `expressed` (belief, praise, criticism).
  func contextAct(_ sem: CueSemantics, frame f: Frame, draft d: Draft, parties: Parties) -> Act {
    let rules = sem.rules
    guard !rules.isEmpty else { return sem.act }
    if rules.contains(.reflexive), hasReflexive(around: f) { return .question }
    if rules.contains(.askWh) || rules.contains(.askTo) {
      if d.kind == .direct {
        if endsInQuestionMark(d.content) { return .question }
        if rules.contains(.askTo) { return .demand }
      } else {
        let first = firstWord(of: d.content)
        if let k = first, doc.language.profile.parties.questionWords.contains(doc.tokens[k].word) { return .question }
        // (French `a demandé si [le pont tiendrait]`: the question word opens the content from outside.)
        let b = d.content.lowerBound - 1
        if b >= f.cue.upperBound, doc.tokens[b].kind == .word, doc.language.profile.parties.questionWords.contains(doc.tokens[b].word) { return .question }
        if rules.contains(.askTo), let k = first,
          doc.isWordID(k, doc.language.known.to) || doc.isWordID(k, doc.language.known.for)
            || doc.language.profile.role(doc.tokens[k].word).contains(.complementizer)
        {
          return .demand
        }
      }
    }
    if rules.contains(.future), content(d.content, holds: doc.language.profile.parties.futureWords, endings: doc.language.profile.parties.futureEndings) { return .promise }
    if rules.contains(.deontic), content(d.content, holds: doc.language.profile.parties.deonticWords, endings: []) { return .demand }
    // `expressed [concern] that …`, `voiced strong support for …`: a noun within three words of the cue.
    if rules.contains(.nounAct) {
      for k in f.cue.upperBound..<min(doc.tokens.count, f.cue.upperBound + 3) where doc.tokens[k].kind == .word {
        if let act = doc.language.profile.parties.nounActs[doc.tokens[k].word] { return act }
      }
    }
    return sem.act
  }

  /// The first word of `r` outside quotation marks, within its first three tokens.
  func firstWord(of r: Range<Int>) -> Int? {
    for k in r.prefix(3) where doc.tokens[k].kind == .word && !doc.inQuote(k) { return k }
    return nil
  }

  /// Whether a direct quote ends with a question mark inside its marks (`"Who pays?"`).
  func endsInQuestionMark(_ r: Range<Int>) -> Bool {
    guard r.count >= 2 else { return false }
    var k = r.upperBound - 1
    while k > r.lowerBound, doc.tokens[k].kind == .quote { k -= 1 }
    return doc.punct(k) == .question
  }

  /// Whether a reflexive pronoun stands right before the cue (`se demande`, `s'interroge`) or
  /// right after it (`fragte sich`).
  func hasReflexive(around f: Frame) -> Bool {
    let reflexives = doc.language.profile.parties.reflexives
    var b = f.cue.lowerBound - 1
    while b >= 0, doc.tokens[b].kind == .word, doc.language.profile.role(doc.tokens[b].word).contains(.skippable) { b -= 1 }
    if b >= 0, doc.tokens[b].kind == .word, reflexives.contains(doc.tokens[b].word) { return true }
    let a = f.cue.upperBound
    return a < doc.tokens.count && doc.tokens[a].kind == .word && reflexives.contains(doc.tokens[a].word)
  }

  /// Whether the first 15 words of a content hold one of `words`, or a word with one of `endings`.
  func content(_ r: Range<Int>, holds words: Set<Int32>, endings: [[UInt8]]) -> Bool {
    for k in r.prefix(15) where doc.tokens[k].kind == .word {
      if words.contains(doc.tokens[k].word) { return true }
      if !endings.isEmpty, doc.tokens[k].length > 4, doc.hasEnding(k, endings) { return true }
    }
    return false
  }
}
