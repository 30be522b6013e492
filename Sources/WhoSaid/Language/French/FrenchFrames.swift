/// French frame shapes the shared ``FrameFinder`` asks about: adverbials between an auxiliary and
/// its participle (`a par ailleurs annoncé`), negated cues (`n'a pas démenti`, `n'a pas souhaité
/// réagir`), `-t-on` with the place that speaks (`indique-t-on dans l'entourage du ministre`),
/// relatives (`Hamdi, qui décrit`), a second verb sharing the subject (`a dénoncé X et accusé Y`)
/// and present participles (`…, affirmant que`, `tout en appelant`).
extension FrameFinder {
  /// The last token before the words that may stand between a cue starting at `cueStart` and its
  /// subject, read back from `b` (where the shared skipping stopped): adverbial phrases (`a par
  /// ailleurs annoncé`, `a pour sa part rappelé`), `en` and `tout en` before a present participle;
  /// nil when the cue is negated within its clause (`La direction n'a pas démenti`, `n'a pas
  /// souhaité réagir`).
  func frenchWordsBefore(_ cueStart: Int, skipped b: Int, sentence s: Int, _ fr: FrenchWords) -> Int? {
    // `le groupe pourrait annoncer`: an infinitive reports nothing yet.
    if fr.infinitives.contains(doc.tokens[cueStart].word) { return nil }
    var b = b
    while b >= s {
      if let first = doc.frenchAdverbial(endingAt: b, floor: s, fr) {
        b = first - 1
        continue
      }
      // `a vivement critiqué`: an adverb in `-ment` right after the auxiliary.
      if b > s, doc.tokens[b].kind == .word, !doc.tokens[b].isCapitalized, doc.hasEnding(b, [Array("ment".utf8)]),
        doc.tokens[b - 1].kind == .word, doc.language.profile.role(doc.tokens[b - 1].word).contains(.skippable),
        !doc.language.profile.role(doc.tokens[b].word).any(.speakerNoun)
      {
        b -= 1
        continue
      }
      guard doc.tokens[b].kind == .word, !doc.tokens[b].isCapitalized || b == s,
        doc.language.profile.role(doc.tokens[b].word).contains(.skippable) || doc.language.profile.role(doc.tokens[b].word).contains(.negation)
      else { break }
      b -= 1
    }
    // A past participle with no auxiliary qualifies a noun (`trois hommes accusés d'avoir braqué`,
    // `Interrogé par l'AFP, le ministre …`), unless it shares one with the verb before `et`
    // (`a dénoncé X et accusé Y`) or the auxiliary carries the pronoun (`a-t-il ajouté`).
    if fr.pastParticiples.contains(doc.tokens[cueStart].word),
      !((b + 1)..<cueStart).contains(where: { fr.auxiliaries.contains(doc.tokens[$0].word) }),
      !(b >= s && doc.tokens[b].kind == .word
        && (fr.coordinators.contains(doc.tokens[b].word) || fr.onInverted.contains(doc.tokens[b].word)
          || doc.language.profile.role(doc.tokens[b].word).any(.pronoun)))
    {
      return nil
    }
    // `…, tout en appelant les habitants à la prudence`.
    if doc.isParticiple(cueStart), b >= s, doc.isWordID(b, fr.en) {
      b -= 1
      if b >= s, doc.isWordID(b, fr.tout) { b -= 1 }
    }
    // `ne`/`n'` within the clause before the cue: `n'a pas démenti`, `n'a pas souhaité réagir`.
    var j = cueStart - 1
    while j >= s && j >= cueStart - 7 && doc.tokens[j].kind == .word && !doc.inQuote(j) {
      if fr.ne.contains(doc.tokens[j].word) { return nil }
      j -= 1
    }
    return b
  }

  /// French speakers the shared steps do not find, for the cue verb at `k` (ending at `cueEnd`),
  /// the words before it skipped down to `b`: the place after `-t-on` (`explique-t-on à la
  /// mairie`), the noun phrase before `, qui` (`Hamdi, qui décrit`), the subject of the verb
  /// before `et`/`mais` (`a dénoncé X et accusé Y`); a present participle keeps only the speaker
  /// of the frame before it (`…, affirmant que`). Returns false when the frame is no frame.
  func frenchSpeaker(
    of frame: inout Frame, at k: Int, cueEnd: Int, skipped b: Int, sentence s: Int, _ e: Int, frames: [Frame], first: Int, _ fr: FrenchWords
  ) -> Bool {
    // `indique-t-on dans l'entourage du ministre`, `a-t-on ajouté au ministère`.
    if fr.onInverted.contains(doc.tokens[k].word) || b >= s && fr.onInverted.contains(doc.tokens[b].word) {
      guard let sp = frenchPlace(after: cueEnd, end: e, fr) else { return false }
      frame.speaker = sp
      frame.inverted = true
      if b >= s, fr.onInverted.contains(doc.tokens[b].word) { frame.lower = b }
      frame.upper = sp.upperBound
      return true
    }
    // `Hamdi, qui décrit des cadences …`, `Hélène Brunet, qui a ajouté que …`.
    if frame.speaker == nil, b > s, doc.isWordID(b, fr.who), doc.punct(b - 1) == .comma,
      let sp = doc.frenchSpeakerBefore(b - 1, floor: s, fr), doc.isStrongSpeaker(sp)
    {
      frame.speaker = sp
      frame.lower = b
      return true
    }
    // `a dénoncé un « mépris » et accusé la direction de …`: the subject of the verb before.
    if frame.speaker == nil || frame.inherited, b > s, doc.tokens[b].kind == .word, fr.coordinators.contains(doc.tokens[b].word),
      frames.count > first, let prev = frames.last, prev.kind == .verb, let sp = prev.speaker
    {
      frame.speaker = sp
      frame.inherited = true
      frame.lower = b
      return true
    }
    // A present participle speaks only for the subject of the verb before it, after a comma
    // (`…, affirmant que`; `…, tout en appelant`: its frame opens at `tout`).
    if doc.isParticiple(k) {
      guard b >= s, doc.punct(b) == .comma, frames.count > first, let prev = frames.last, prev.kind == .verb, let sp = prev.speaker else { return false }
      frame.speaker = sp
      frame.inherited = true
      frame.inverted = false
      frame.lower = b + 1
      frame.upper = cueEnd
      return true
    }
    // `Le maire sera jugé`, `a été accusé de`: a passive's subject does not speak (its agent after
    // `par` does, found by the shared step); `s'est félicité` is pronominal, not passive.
    if !frame.inverted, frenchPassive(b + 1..<frame.cue.lowerBound, fr) {
      frame.speaker = nil
      if let agent = frenchAgent(after: cueEnd, end: e, fr) {
        frame.speaker = agent
        frame.inverted = true
        frame.upper = agent.upperBound
      }
    }
    return true
  }

  /// The agent of a passive cue ending at `k`, after `par` past a date, time words or commas (`a été
  /// accusée en 2021 par le groupe Alpenrose`, `a été critiqué, par plusieurs médecins, de`).
  func frenchAgent(after k: Int, end e: Int, _ fr: FrenchWords) -> Range<Int>? {
    var j = k
    while j < e && j < k + 6 {
      let t = doc.tokens[j]
      if t.kind == .word, doc.isWordID(j, doc.language.known.by) {
        guard let sp = doc.frenchSpeakerAfter(j + 1, ceiling: e, fr), doc.isStrongSpeaker(sp) || doc.frenchIsDescription(sp) else { return nil }
        return sp
      }
      let skippable = t.kind == .number || doc.punct(j) == .comma || doc.isWordID(j, fr.en)
        || t.kind == .word && doc.language.profile.role(t.word).contains(.time)
      guard skippable, !doc.inQuote(j) else { return nil }
      j += 1
    }
    return nil
  }

  /// Whether the words `r` between a subject and its cue make it passive: a form of `être` and no
  /// reflexive pronoun (`a été accusé`, `sera jugé`; not `s'est félicité`).
  func frenchPassive(_ r: Range<Int>, _ fr: FrenchWords) -> Bool {
    var copula = false
    for j in r where doc.tokens[j].kind == .word {
      if fr.reflexives.contains(doc.tokens[j].word) { return false }
      if doc.language.profile.role(doc.tokens[j].word).contains(.copula) { copula = true }
    }
    return copula
  }

  /// The place or source that speaks after `-t-on` (`à l'Onet`, `dans l'entourage du ministre`,
  /// `au secrétariat d'État`, `de source judiciaire`), past time words; the phrase without its
  /// preposition.
  func frenchPlace(after k: Int, end e: Int, _ fr: FrenchWords) -> Range<Int>? {
    var j = k
    while j < e && j < k + 4 && doc.tokens[j].kind == .word && doc.language.profile.role(doc.tokens[j].word).contains(.time) { j += 1 }
    guard j + 1 < e, doc.tokens[j].kind == .word, fr.places.contains(doc.tokens[j].word) else { return nil }
    // `auprès de`: two words.
    var p = j + 1
    if p < e, doc.tokens[p].kind == .word, fr.of.contains(doc.tokens[p].word) { p += 1 }
    // `au secrétariat d'État`, `de source judiciaire`: no article, or one held by the preposition.
    guard p < e else { return nil }
    return doc.frenchSpeakerAfter(p, ceiling: e, fr) ?? nounAfterArticle(p, end: e)
  }

  /// `source judiciaire`, `secrétariat d'État` after a preposition holding its article: a lower-case
  /// noun and what follows it up to the clause's end (at most four words).
  func nounAfterArticle(_ k: Int, end e: Int) -> Range<Int>? {
    var j = k
    while j < e && j < k + 4 && doc.tokens[j].kind == .word && !doc.inQuote(j) && !doc.language.profile.role(doc.tokens[j].word).contains(.time) { j += 1 }
    guard j > k, j == e || doc.punct(j) != nil else { return nil }
    return k..<j
  }

  /// `a-t-on appris mardi de source judiciaire`: `apprendre` after `-t-on`, its source after it.
  func frenchLearntFrame(at k: Int, sentence s: Int, _ e: Int, _ fr: FrenchWords) -> (Frame?, Int)? {
    guard fr.onInverted.contains(doc.tokens[k].word), k + 1 < e, fr.learnt.contains(doc.tokens[k + 1].word) else { return nil }
    guard let sp = frenchPlace(after: k + 2, end: e, fr) else { return (nil, k + 2) }
    var f = Frame(kind: .verb, cue: (k + 1)..<(k + 2), cueIndex: fr.learnCue, speaker: sp, lower: k, upper: sp.upperBound)
    f.inverted = true
    return (f, sp.upperBound)
  }
}
