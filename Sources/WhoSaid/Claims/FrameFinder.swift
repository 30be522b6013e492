/// Finds the reporting frames of a sentence: cue verbs with their subject or
/// inverted speaker, source phrases (`according to X`) and dash bylines.
///
/// The first step of the Claims stage; it only reads the document, so the follow-up passes
/// use it again on the sentences they look back at.
struct FrameFinder {
  let doc: Document
}

extension FrameFinder {
  /// Appends the frames of sentence `s..<e` to `frames`.
  ///
  /// - Complexity: O(length of the sentence) (each cue looks at a bounded window).
  func findFrames(in sentence: Range<Int>, into frames: inout [Frame]) {
    let s = sentence.lowerBound
    let e = sentence.upperBound
    let first = frames.count
    let opensFrame = doc.language.opensFrame
    var k = s
    while k < e {
      let q = doc.quoteOf[k]
      if q >= 0 {
        let close = doc.quotes[Int(q)].close
        // `"…" — Veronica Cruz`
        if close + 2 < e + 1, close + 1 < e, doc.punct(close + 1) == .dash,
          let sp = doc.speakerAfter(close + 2, ceiling: e), doc.endsClause(sp.upperBound, e) || doc.punct(sp.upperBound) == .comma
        {
          frames.append(Frame(kind: .dash, cue: (close + 1)..<(close + 2), cueIndex: -1, speaker: sp, lower: close + 1, upper: sp.upperBound))
          k = sp.upperBound
          continue
        }
        k = close + 1
        continue
      }
      let t = doc.tokens[k]
      // (Unchecked read: every word id is an index of the language's tables.)
      guard t.kind == .word, t.word >= 0, opensFrame.withUnsafeBufferPointer({ $0[Int(t.word)] }) else {
        k += 1
        continue
      }
      if let (f, next) = sourceWordFrame(at: k, t, sentence: s, e, frames: frames, first: first)
        ?? sourcePhraseFrame(at: k, t, sentence: s, e)
        ?? doc.language.french.flatMap({ frenchLearntFrame(at: k, sentence: s, e, $0) })
      {
        if let f { frames.append(f) }
        k = next
        continue
      }
      guard let (cueIndex, cueStart, cueEnd, particleEnd) = cue(at: k, t, sentence: s, e) else {
        k += 1
        continue
      }
      let (made, skip) = cueFrame(
        at: k, cue: cueStart, cueEnd, index: cueIndex, particleEnd: particleEnd, sentence: s, e, frames: frames, first: first)
      if skip {
        k = cueEnd
        continue
      }
      if let f = made {
        frames.append(f)
        k = f.upper
        continue
      }
      k += 1
    }
  }

  /// The frame of a source word at `k` and the token after it: a German source adverb
  /// (`Demnach sei …`), a source noun before `nach` (`Seiner Meinung nach`), `wonach` after a report
  /// (`ein Bericht der Zeitung, wonach …`), a postposition (`Dem Unternehmen zufolge`) or a clause
  /// source (`„…“, so Müller.`); nil when none is there.
  @inline(__always)
  func sourceWordFrame(at k: Int, _ t: Token, sentence s: Int, _ e: Int, frames: [Frame], first: Int) -> (Frame?, Int)? {
    // German `Demnach sei die Lage ruhig.`: a pronominal source adverb opening the sentence, or
    // right after the finite verb of its main clause (`Im Mai soll demnach die Brücke öffnen.`).
    if k + 2 < e, doc.language.known.sourceAdverbs.contains(t.word), doc.tokens[k + 1].kind == .word,
      k == s || doc.punct(k - 1) == .semicolon || k > s + 1 && k - s <= 8 && frames.count == first && doc.isFiniteVerbLike(k - 1)
        && !(s..<k).contains(where: { doc.tokens[$0].kind == .punctuation || doc.inQuote($0) })
    {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: k..<(k + 1), lower: k, upper: k + 1), k + 1)
    }
    // `Seiner Meinung nach`, `Dem Vernehmen nach`: a source noun before `nach` as a postposition,
    // opening a clause, or inside the clause of a statement no other frame reports (not in a question).
    if t.word == doc.language.known.sourceNounPreposition, k >= max(s, frames.last?.upper ?? s) + 2,
      k - 2 == s || doc.punct(k - 3) == .comma || frames.count == first && doc.punct(e - 1) != .question
        // `…, das seiner Meinung nach …`: right after a relative pronoun opening its clause.
        || k - 4 >= s && doc.punct(k - 4) == .comma && doc.tokens[k - 3].kind == .word && doc.language.profile.role(doc.tokens[k - 3].word).contains(.relative),
      k + 1 < e, doc.tokens[k + 1].kind == .word,
      doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].isCapitalized, doc.language.profile.sourceNouns.contains(doc.tokens[k - 1].word),
      doc.tokens[k - 2].kind == .word, doc.language.profile.role(doc.tokens[k - 2].word).any([.possessive, .oblique]), !doc.inQuote(k - 2)
    {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: (k - 2)..<k, lower: k - 2, upper: k + 1), k + 1)
    }
    // `ein Bericht der Zeitung, wonach …`: the phrase before the comma says the clause after it.
    if t.word == doc.language.known.sourceRelative, let sp = wonachSource(k, floor: max(s, frames.last?.upper ?? s), end: e) {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: sp, lower: k, upper: k + 1), k + 1)
    }
    // `Dem Unternehmen zufolge`: a source before its postposition.
    if doc.language.profile.sourcePostpositions.contains(t.word), let sp = doc.speakerBefore(k, floor: max(s, frames.last?.upper ?? s)) {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: sp, lower: sp.lowerBound, upper: k + 1), k + 1)
    }
    // `„…“, so Müller.`: a source word at a clause start, its speaker closing the clause.
    if doc.language.profile.role(t.word).contains(.clauseSource), let sp = clauseSourceSpeaker(at: k, sentence: s, e) {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: sp, lower: k, upper: sp.upperBound), sp.upperBound)
    }
    return nil
  }

  /// The frame of a source phrase at `k` (`according to X`, `nach eigenen Angaben`, `laut „Welt“`)
  /// or a German source noun phrase (`nach ersten Angaben der Feuerwehr`), and the token to go on
  /// from; nil when none is there.
  @inline(__always)
  func sourcePhraseFrame(at k: Int, _ t: Token, sentence s: Int, _ e: Int) -> (Frame?, Int)? {
    if let len = sourcePhrase(at: k, end: e) {
      // `nach eigenen Angaben` names its source before it, as the clause's subject.
      if doc.language.known.own >= 0, (k..<(k + len)).contains(where: { doc.tokens[$0].word == doc.language.known.own }) {
        guard let sp = ownSource(k, length: len, start: s, end: e) else { return (nil, k + len) }
        var f = Frame(kind: .source, cue: k..<(k + len), cueIndex: -1, speaker: (k + 1)..<(k + len), lower: k, upper: k + len)
        f.antecedent = sp
        return (f, k + len)
      }
      if var sp = doc.speakerAfter(k + len, ceiling: e) ?? (doc.language.profile.capitalizesNouns ? quotedTitle(at: k + len, end: e) : nil) {
        // German `nach Angaben des Sprechers des Ministeriums, Roland Eichhorn, soll …`: the name
        // in the appositive belongs to the source, the verb after it opens the report.
        if doc.language.profile.capitalizesNouns, let name = appositiveName(after: sp, end: e) {
          sp = sp.lowerBound..<name.upperBound
        }
        return (Frame(kind: .source, cue: k..<(k + len), cueIndex: -1, speaker: sp, lower: k, upper: sp.upperBound), sp.upperBound)
      }
      return (nil, k + len)
    }
    // `nach ersten Angaben`, `nach einem Bericht der Zeitung`: a source noun phrase.
    if t.word == doc.language.known.sourceNounPreposition, let sp = sourceNounPhrase(after: k, end: e) {
      return (Frame(kind: .source, cue: k..<(k + 1), cueIndex: -1, speaker: sp, lower: k, upper: sp.upperBound), sp.upperBound)
    }
    return nil
  }

  /// The cue at word `k`: its index, its tokens (with a particle written before or after it:
  /// `pointed out`, `bekannt gab`) and the end of a separable particle closing its clause
  /// (`teilte die Polizei mit`), or -1; nil when `k` is no cue or a cue form used as something
  /// else (`the said agreement`, German nouns `Klage`).
  @inline(__always)
  func cue(at k: Int, _ t: Token, sentence s: Int, _ e: Int) -> (Int32, Int, Int, Int)? {
    var cueIndex = doc.language.profile.cueOfWord[Int(t.word)]
    var cueEnd = k + 1
    var particleEnd = -1
    var cueStart = k
    if doc.language.profile.particleCueOfWord[Int(t.word)] >= 0, doc.language.profile.verbSecond, k > s, doc.tokens[k - 1].kind == .word,
      case let pre = doc.language.profile.particleCue(t.word, doc.tokens[k - 1].word), pre >= 0
    {
      cueIndex = pre  // `wie die Bank bekannt gab`, `hat bekannt gegeben`: the particle written apart, before its verb
      cueStart = k - 1
    } else if doc.language.profile.particleCueOfWord[Int(t.word)] >= 0 {
      let adjacent = k + 1 < e ? doc.language.profile.particleCue(t.word, doc.tokens[k + 1].word) : -1
      // German particles close their clause: `nahmen an der Sitzung teil` has a preposition, not `annehmen`.
      if adjacent >= 0, !doc.language.profile.verbSecond || k + 2 >= e || doc.punct(k + 2) != nil || doc.opensQuote(k + 2) {
        cueIndex = adjacent
        // `called for …`: when the particle introduces the content, it is content.
        cueEnd = doc.language.profile.cues[Int(adjacent)].particle == doc.language.profile.cues[Int(adjacent)].preposition ? k + 1 : k + 2
      } else if doc.language.profile.verbSecond, let j = separableParticle(after: k, end: e), case let pc = doc.language.profile.particleCue(t.word, doc.tokens[j].word), pc >= 0 {
        cueIndex = pc  // `teilte die Polizei mit`, `wies darauf hin`
        particleEnd = j + 1
      } else if let fr = doc.language.french, k + 2 < e, doc.isWordID(k + 1, fr.inGuard.0), doc.isWordID(k + 2, fr.inGuard.1),
        case let pc = doc.language.profile.particleCue(t.word, doc.tokens[k + 2].word), pc >= 0
      {
        cueIndex = pc  // French `a mis en garde`
        cueEnd = k + 3
      }
    }
    // German capitalizes nouns: a capitalized cue form inside a sentence is a noun (`reichte Klage ein`).
    // (English capitals are looked at in `cueFrame`: `SAID`, a title-case line.)
    guard cueIndex >= 0, !t.isCapitalized || k == s, !rejectsCue(cueStart, s),
      !(doc.language.profile.verbSecond && cueEnd == k + 1 && particleEnd < 0 && closesWithForeignParticle(after: k, end: e))
    else { return nil }
    return (cueIndex, cueStart, cueEnd, particleEnd)
  }

  /// The frame of the cue verb at `k` (its tokens `cueStart..<cueEnd`, its cue `cueIndex`, a separable
  /// particle ending at `particleEnd` or -1) in the sentence `s..<e`, whose frames found so far are
  /// `frames[first...]`: its speaker before the verb, after it (inverted, verb second), before an
  /// auxiliary or shared with a verb before `und`; the frame when it has a speaker or reports without
  /// one, else nil. `skip` tells that the cue stands inside the report of the frame before it.
  ///
  /// Kept out of `findFrames` (never inlined) so that its per-token loop stays small for the optimizer.
  @inline(never)
  func cueFrame(
    at k: Int, cue cueStart: Int, _ cueEnd: Int, index cueIndex: Int32, particleEnd: Int,
    sentence s: Int, _ e: Int, frames: [Frame], first: Int
  ) -> (frame: Frame?, skip: Bool) {
    let t = doc.tokens[k]
    if isNounUse(k, cue: cueIndex, sentence: s, e) { return (nil, false) }  // `the final say`, `a new report shows`
    var (b, passive) = auxiliariesBefore(k, cue: cueStart, cueEnd, sentence: s, e)
    if let fr = doc.language.french {
      guard let skipped = frenchWordsBefore(cueStart, skipped: b, sentence: s, fr) else { return (nil, false) }
      b = skipped
    }
    var frame = Frame(kind: .verb, cue: cueStart..<cueEnd, cueIndex: cueIndex, lower: cueStart, upper: cueEnd)
    let after = doc.skippingReflexive(cueEnd, end: e)
    var (before, fronted, frontedSource, speakerlessPassive) = subjectBefore(
      cue: cueStart, cueEnd, index: cueIndex, skipped: b, passive: passive, after: after, sentence: s, e, frame: &frame)
    if let sp = before { before = subjectWithItsPlace(sp, sentence: s) }  // `Traders in Kessel say`
    chooseSpeaker(
      of: &frame, verb: t, at: k, cueEnd: cueEnd, index: cueIndex, skipped: b, passive: passive, before: before, after: after,
      sentence: s, e, frames: frames, first: first)
    if let fr = doc.language.french,
      !frenchSpeaker(of: &frame, at: k, cueEnd: cueEnd, skipped: b, sentence: s, e, frames: frames, first: first, fr)
    {
      return (nil, false)
    }
    adjustSpeaker(
      of: &frame, cue: cueStart, cueEnd, index: cueIndex, passive: passive, fronted: fronted, frontedSource: frontedSource,
      sentence: s, e)
    // German: a passive's agent (`wird von der Opposition vorgeworfen`), a description's appositive name.
    if doc.language.profile.verbSecond { adjustGermanSpeaker(of: &frame, verb: k, cue: cueStart, cueEnd, index: cueIndex, sentence: s, e) }
    if particleEnd > frame.upper, frame.speaker != nil { frame.upper = particleEnd }
    // `Den Männern wird vorgeworfen, …`, `Es wird vermutet, dass …`: reported, by nobody named.
    // (German: the clause may go on to its comma: `Kritisiert wird vor allem, dass …`, `berichtet worden, dass`.)
    let unnamed = speakerlessPassive && frame.speaker == nil && cueEnd < e
      && (doc.punct(cueEnd) == .comma || doc.language.profile.verbSecond && unnamedPassiveGoesOn(cue: cueStart, cueEnd, sentence: s, e))
    // German `Ein Sprecher erklärte, er gehe nicht davon aus, dass …`: a pronoun and its verb right
    // after another frame's comma are the start of that frame's report, not a frame of their own.
    // Any subject whose verb or auxiliary is in Konjunktiv I, likewise (`Der Sender berichtete, das
    // Kabinett habe zugestimmt`, `X kritisiert in der Zeitung „ND“, die Aktion erinnere an …`): the
    // comma is the first after the other frame, within 15 tokens.
    // Any cue inside that clause, when the clause is in Konjunktiv I before it (`bei dem sie gesagt
    // hatte, sie habe bei der Antragstellung einen falschen Namen angegeben`).
    if doc.language.profile.subjunctiveContinues, frames.count > first, let outer = frames.last, outer.kind == .verb,
      reportsInside(outer, frame, verb: k, sentenceStart: s)
    {
      return (nil, true)
    }
    // `did not say whether`, `is expected to sign`, `I believe`: no report.
    if frame.speaker != nil, reportsNothing(frame, at: k, skipped: b, passive: passive, sentence: s, e) { return (nil, false) }
    if isHypothetical(frame, skipped: b) { frame.stance = true }  // `may highlight`: belief
    return (frame.speaker != nil || unnamed ? frame : nil, false)
  }

  /// The skippable words before the cue starting at `cueStart` (adverbs, negations, auxiliaries:
  /// `has not yet said`), read back from it: the last token before them, and whether a copula
  /// among them or a German verb-final passive auxiliary after the verb makes it passive.
  @inline(__always)
  func auxiliariesBefore(_ k: Int, cue cueStart: Int, _ cueEnd: Int, sentence s: Int, _ e: Int) -> (Int, Bool) {
    var b = cueStart - 1
    var passive = false
    while b >= s, doc.tokens[b].kind == .word, !doc.tokens[b].isCapitalized || b == s,
      doc.language.profile.role(doc.tokens[b].word).contains(.skippable) || doc.language.profile.role(doc.tokens[b].word).contains(.negation)
        || adverbAfterAuxiliary(b, sentence: s)
    {
      if doc.language.profile.role(doc.tokens[b].word).contains(.copula) { passive = true }
      b -= 1
    }
    // German `Ihm wird unter anderem vorgeworfen, …`: a passive auxiliary further back in the clause.
    if doc.language.profile.verbSecond, !passive, passiveAuxiliaryInClause(before: cueStart, participle: k, sentence: s) {
      passive = true
    }
    // German verb-final passive: the participle before `worden` or `wurde` (`…, die heftig gerügt worden
    // waren`, `der kritisiert wurde`) — unless an agent with `von` stands before it, who speaks
    // (`dieser von Moderator Keller gefragt wurde`).
    if doc.language.profile.verbSecond, !passive, cueEnd < e, doc.endsLikeParticiple(k), doc.tokens[cueEnd].kind == .word,
      doc.language.profile.role(doc.tokens[cueEnd].word).contains(.passiveAuxiliary) || doc.isWordID(cueEnd, doc.language.known.been),
      !(max(s, cueStart - 8)..<cueStart).contains(where: { doc.isWordID($0, doc.language.known.of) })
    {
      passive = true
    }
    return (b, passive)
  }

  /// Whether word `b` is an English adverb in `-ly` right after an auxiliary (`has consistently
  /// said`, `had openly claimed`): skipped like the auxiliary (`the family has said` keeps its noun).
  @inline(__always)
  func adverbAfterAuxiliary(_ b: Int, sentence s: Int) -> Bool {
    let t = doc.tokens[b]
    guard doc.language.profile.readsCueNounsByPosition, b > s, t.length > 4, !t.isCapitalized,
      doc.text[Int(t.end) - 2] == 0x6C, doc.text[Int(t.end) - 1] == 0x79, doc.tokens[b - 1].kind == .word
    else { return false }
    return doc.language.profile.role(doc.tokens[b - 1].word).contains(.skippable) && doc.language.profile.has(doc.tokens[b - 1].word, .finite)
  }

  /// The subject before the cue (`the ministry said`), read back from `b`, the last token before
  /// the skipped words; for German, whether it is a fronted phrase instead (`Nach der Sitzung sagte
  /// X`, `In dem Bericht heißt es`), an object the verb's inverted subject shows up (`Die Tat
  /// bezeichnete er als sinnlos`), or a passive's subject that does not speak.
  ///
  /// - Returns: The subject, the fronted phrase that may still be the source, the phrase fronted
  ///   before the verb, and whether the cue is a passive with no speaker.
  @inline(__always)
  func subjectBefore(
    cue cueStart: Int, _ cueEnd: Int, index cueIndex: Int32, skipped b: Int, passive: Bool, after: Int, sentence s: Int, _ e: Int,
    frame: inout Frame
  ) -> (Range<Int>?, Range<Int>?, Range<Int>?, Bool) {
    var before = doc.speakerBefore(b + 1, floor: s)
    // German `…, die niemand sah, sagte er.`: after a comma, a subject closing the sentence behind the
    // verb is the speaker, not an appositive before it — unless the phrase before opens the clause
    // (`Die Sprecherin der Partei, Eva Kern, kritisierte die Pläne.`: the object follows the verb).
    if doc.language.profile.verbSecond, let sp = before, b >= s, doc.punct(b) == .comma,
      !(opensClause(sp.lowerBound, floor: s) && (doc.tokens[sp.lowerBound].isCapitalized || doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.determiner))),
      let inv = invertedSubject(doc.skippingReflexive(cueEnd, end: e), ceiling: e), closesSentence(after: inv.upperBound, e)
    {
      before = nil
    }
    // `Dies gab die Polizei bekannt`: the demonstrative is the object, the speaker follows.
    let anaphoric = doc.language.profile.verbSecond && b == s && doc.language.known.demonstratives.contains(doc.tokens[s].word)
    if anaphoric {
      before = nil
      frame.anaphoric = true
    }
    // German: a subject before its verb opens the clause (`Die Polizei fand …`, `, weil die Stadt …
    // erklärte`); a phrase in the middle of one is an object (`hat die Leiche gefunden`).
    // The subject then opens the clause (`Wie die Zeitung in ihrer Ausgabe berichtet`).
    // `In dem Bericht heißt es`: the phrase fronted before the verb, the source when the subject
    // is only the expletive `es`.
    let frontedSource = doc.language.profile.verbSecond ? before.flatMap { isFronted($0, floor: s) ? $0 : nil } : nil
    if doc.language.profile.verbSecond, let sp = before, !opensClause(sp.lowerBound, floor: s) {
      before = subjectOpeningClause(before: sp.lowerBound, floor: s)
      // `Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, sagte`: the description's
      // name stands in the appositive right before the verb.
      if let d = before, doc.isDescription(d), let name = appositiveName(beforeComma: b, floor: s) {
        before = name
      }
    }
    // A passive's subject does not speak, except for cues like `wird der Minister zitiert`.
    let speakerlessPassive = doc.language.profile.verbSecond && passive && !doc.language.profile.cues[Int(cueIndex)].frame.contains(.passive)
    if speakerlessPassive { before = nil }
    // Verb second: `Nach der Sitzung sagte X`, `in einem Interview gesagt` — a fronted phrase, not the subject.
    // (`Aus Militärkreisen verlautete, …`: a phrase fronted by `aus` is still the fronted one.)
    // It opens without an article (`Aus Militärkreisen`) or names a speaker (`Aus dem Ministerium`).
    var fronted: Range<Int>? = before == nil ? frontedSource.flatMap { frontedByAus($0, floor: s) } : nil
    if doc.language.profile.verbSecond, let sp = before, isFronted(sp, floor: s) {
      fronted = sp
      before = nil
    }
    // Verb second: the phrase before the verb is an object or adverbial when a surer subject
    // follows it (`Die Tat bezeichnete er als sinnlos.`, `Besorgt äußerte sich Kofi Annan`).
    // (A nominative pronoun after the verb also when a clause between commas follows the phrase:
    // `Die Bestrebungen der Regierung, die Macht zu erhalten, bezeichnete er als …`.)
    if doc.language.profile.verbSecond, let sp = before, opensClause(sp.lowerBound, floor: s),
      after < e, let inv = invertedSubject(after, ceiling: e), inv.lowerBound == after,
      case let pronounAfter = inv.count == 1 && doc.language.known.nominativePronouns.contains(doc.tokens[after].word),
      sp.upperBound == cueStart || doc.punct(cueStart - 1) == .comma && pronounAfter,
      pronounAfter
        // An acronym before the verb names an organisation: it stays the subject (`Die CCE nannte …`).
        || !doc.isSurelyNamed(sp) && !sp.contains(where: { doc.tokens[$0].flags.contains(.allCaps) }) && doc.isSurelyNamed(inv)
          // A bare noun after the verb is an object when an article opens the phrase before it
          // (`Die Hamburger Stadtreinigung äußerte Zweifel an …`).
          && !(inv.count == 1 && doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.determiner)
            && doc.language.profile.role(doc.tokens[inv.lowerBound].word).isDisjoint(with: [.maleName, .femaleName, .title, .personNoun, .organizationNoun, .groupNoun])
            && !doc.isSurnameOfANamedPerson(inv.lowerBound))
    {
      fronted = nil
      before = nil
    }
    return (before, fronted, frontedSource, speakerlessPassive)
  }

  /// Who speaks for the cue at `k`: the pronoun it carries (French `ajoute-t-elle`), a passive's
  /// agent (`was announced by the ministry`), the subject `before` it, the inverted subject after it
  /// (`"…," said Lavrov`; German `Am Montag sagte der Minister`), the speaker of the frame before
  /// (`…, adding that`), and German subjects before a relative clause, an auxiliary or `und`.
  @inline(__always)
  func chooseSpeaker(
    of frame: inout Frame, verb t: Token, at k: Int, cueEnd: Int, index cueIndex: Int32, skipped b: Int, passive: Bool,
    before: Range<Int>?, after: Int, sentence s: Int, _ e: Int, frames: [Frame], first: Int
  ) {
    if doc.language.profile.role(t.word).any(.pronoun) {
      frame.speaker = k..<(k + 1)  // French `ajoute-t-elle`: the cue carries its pronoun
    } else if passive, !doc.isParticiple(k), cueEnd < e, doc.isWordID(cueEnd, doc.language.known.by),
      let sp = doc.speakerAfter(cueEnd + 1, ceiling: e), doc.isStrongSpeaker(sp)
    {
      // `it was announced by the ministry that …`: the agent speaks.
      frame.speaker = sp
      frame.inverted = true
      frame.upper = sp.upperBound
    } else if let sp = before,
      // `A final vote is expected`: a passive's plain subject is no speaker.
      !(passive && !doc.isParticiple(k) && !doc.isStrongSpeaker(sp)),
      // `the lakeside shows`: a weak cue needs a subject that surely speaks, or a document (`The
      // latest figures show`).
      !(doc.language.profile.cues[Int(cueIndex)].frame.contains(.weak) && !doc.isStrongSpeaker(sp) && !doc.namesDocument(sp)),
      // `Under the plan announced last spring, …`: a preposition's object; `many firms made
      // promises to …`: a verb and its object (the cue form is a noun).
      !isPrepositionalObject(sp, sentence: s), !endsWithVerb(sp)
    {
      frame.speaker = sp
      frame.lower = sp.lowerBound
    } else if doc.language.profile.readsCueNounsByPosition, b > s, let (sp, shared) = subjectOfCoordinateOrRelative(skipped: b, sentence: s, frames: frames, first: first) {
      frame.speaker = sp  // `… visited Paris and said that …`, `Leon Fisk, who confessed that …`
      frame.inherited = shared
      if !shared { frame.lower = b }
    } else if b < s || doc.punct(b) == .comma || doc.punct(b) == .colon || doc.closesQuote(b) || doc.punct(b) == .dash {
      if let sp = invertedSubject(after, ceiling: e), acceptsInversion(sp, verb: k, skipped: b) {
        frame.speaker = sp
        frame.inverted = true
        frame.upper = sp.upperBound
        if doc.language.profile.invertsAfterAuxiliary { frame.lower = b + 1 }
      } else if b >= s, doc.punct(b) == .comma, doc.isParticiple(k), let prev = frames.last, frames.count > first {
        frame.speaker = prev.speaker  // `…, adding that …`
        frame.inherited = true
      } else if b > s, doc.punct(b) == .comma, doc.isParticiple(k), doc.language.profile.readsCueNounsByPosition,
        let sp = sentenceSubject(before: b, sentence: s)
      {
        frame.speaker = sp  // `Achebe challenged the records, saying …`
        frame.inherited = true
      } else if doc.language.profile.verbSecond, b > s, doc.punct(b) == .comma, let sp = subjectBeforeRelativeClause(endingAt: b, floor: s) {
        frame.speaker = sp  // `Brian Baptie, der das Beben gemessen hatte, sagte, …`
        frame.lower = sp.lowerBound
      }
    } else if doc.language.profile.verbSecond, !(b >= s && doc.isWordID(b, doc.language.known.and)),
      let sp = invertedSubject(after, ceiling: e), doc.isStrongSpeaker(sp)
    {
      // Verb second: `Am Montag sagte der Minister`, `Dazu erklärte er`. (Right after `und` the verb
      // opens its clause and shares the subject before: `… und forderte Mussawi auf` has an object.)
      frame.speaker = sp
      frame.inverted = true
      frame.upper = sp.upperBound
    } else if doc.language.profile.verbSecond, let (sp, inverted) = subjectOfAuxiliary(before: b, floor: s, end: e, cue: doc.language.profile.cues[Int(cueIndex)]) {
      // `Glos hatte in einem Interview gesagt`, `Am Montag hat der Minister erklärt`, `wird X zitiert`.
      frame.speaker = sp
      frame.inverted = inverted
      if !inverted { frame.lower = sp.lowerBound }
    } else if doc.language.profile.verbSecond, b > s, doc.isWordID(b, doc.language.known.and),
      doc.language.profile.cues[Int(cueIndex)].frame.contains(.clause) && opensClauseContent(after: cueEnd, end: e)
        || doc.language.profile.cues[Int(cueIndex)].frame.contains(.object) && !doc.language.profile.cues[Int(cueIndex)].frame.contains(.clause),
      let sp = coordinatedSubject(before: b, floor: s),
      frames.count == first || frames[frames.count - 1].speaker == sp
    {
      // `Er lobte das Team und kommentierte, …`: the second verb shares the first one's subject
      // (also when the first is a cue without content: `sprach sich dagegen aus und sagte, …`).
      frame.speaker = sp
      frame.lower = sp.lowerBound
    }
  }

  /// German corrections of the speaker found: the source behind an expletive `es` (`In dem Bericht
  /// heißt es`), the quoted object of `zitieren`, the subject after `wie` past a date, the fronted
  /// phrase when nothing else speaks, and a frame that opens at `wie`.
  @inline(__always)
  func adjustSpeaker(
    of frame: inout Frame, cue cueStart: Int, _ cueEnd: Int, index cueIndex: Int32, passive: Bool, fronted: Range<Int>?,
    frontedSource: Range<Int>?, sentence s: Int, _ e: Int
  ) {
    // Only the expletive `es` after the verb: the source is the document fronted before the verb
    // (`In dem Bericht heißt es`) or named in a phrase right after `es` (`hieß es vom Sprecher`).
    if doc.language.profile.verbSecond, let sp = frame.speaker, sp.count == 1, frame.inverted, doc.language.profile.role(doc.tokens[sp.lowerBound].word).contains(.itPronoun) {
      if let source = frontedSource {
        frame.speaker = source  // the frame still ends after `es`
        frame.inverted = false
        frame.lower = source.lowerBound
      } else if sp.lowerBound >= cueEnd, sp.upperBound + 1 < e, doc.tokens[sp.upperBound].kind == .word,
        doc.language.profile.role(doc.tokens[sp.upperBound].word).contains(.preposition),
        let source = doc.speakerAfter(sp.upperBound + 1, ceiling: e), doc.isStrongSpeaker(source)
      {
        frame.speaker = source
        frame.upper = max(frame.upper, source.upperBound)  // never back: the scan goes on from here
      } else if let source = wholeFrontedPhrase(from: s, to: cueStart) {
        frame.speaker = source
        frame.inverted = false
        frame.lower = s + 1
      }
    }
    // `Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“`, `zitierte man Yolanda Alvarez`: in the
    // active voice of a cue whose passive subject speaks, the object speaks, not who quotes it.
    if doc.language.profile.verbSecond, !passive, doc.language.profile.cues[Int(cueIndex)].frame.contains(.passive), let sp = frame.speaker,
      let obj = quotedObject(from: frame.inverted ? sp.upperBound : cueEnd, end: e)
    {
      frame.speaker = obj
      frame.upper = max(frame.upper, obj.upperBound)
    }
    // `Wie das Nachrichtenmagazin Der Spiegel in einem Bericht vom 22. August berichtet, …`: the subject
    // right after `wie`, where the backward read stopped at a date.
    if frame.speaker == nil, doc.language.profile.verbSecond, !passive, let sp = subjectAfterWie(from: s, to: cueStart) {
      frame.speaker = sp
      frame.lower = sp.lowerBound - 1
    }
    // No subject found elsewhere: the fronted phrase may still be the source (`In dem Bericht sagte man`).
    if frame.speaker == nil, let sp = fronted, !passive, !(doc.language.profile.cues[Int(cueIndex)].frame.contains(.weak) && !doc.isStrongSpeaker(sp)) {
      frame.speaker = sp
      frame.lower = sp.lowerBound
    }
    // `…, wie der Minister betonte`: the frame opens at `wie`.
    if doc.language.profile.verbSecond, let sp = frame.speaker, !frame.inverted, sp.lowerBound - 1 > s, doc.punct(sp.lowerBound - 2) == .comma,
      doc.isWordID(sp.lowerBound - 1, doc.language.known.like)
    {
      frame.lower = sp.lowerBound - 1
    }
  }
}
