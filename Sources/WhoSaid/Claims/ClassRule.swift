/// The class of an attribution (``CueClass``): the cue's, then the speaker's.
///
/// 1. The cue table's class of the cue or source phrase (`said` speech, `believes` belief,
///    `shows` evidence).
/// 2. A speaker that is a document, study or figure makes it evidence, whatever the cue:
///    `A new survey says …`, `A report by the institute says …`, `according to figures from …`.
/// 3. An evidence cue whose speaker can speak (a person, organisation, group, government, or a
///    pronoun resolved to one) is speech: `The minister suggested that …`; `Tests showed …` stays
///    evidence, and so does a finding (`[finding]`: `She found in her survey that …`).
/// 4. A stance (``Frame/stance``) is belief, whatever the cue: `The council may
///    highlight …`, `She stressed her support for the plan that …`.
extension Document {
  /// The class of frame `f`'s attribution, its cue's class being `cueClass` and its resolved
  /// speaker `speaker`.
  func attributionClass(of f: Frame, cueClass: CueClass, speaker: Speaker?) -> CueClass {
    guard let sp = f.speaker else { return cueClass }
    if namesDocument(sp) { return .evidence }
    if f.stance { return .belief }
    if cueClass == .evidence, let s = speaker, s.kind != .unknown,
      !(f.cueIndex >= 0 && language.profile.semantics(ofCue: Int(f.cueIndex)).rules.contains(.finding))
    {
      return .speech
    }
    return cueClass
  }

  /// Whether the speaker phrase `sp` is a document, study or figure: a document noun in the
  /// phrase before its first complement (`the latest survey`, `Figures`, `The study of 2,000
  /// voters`), not as a modifier of a person (`the study's authors`, `survey staff`); or a
  /// document noun right before `by`/`from`/`of` and the phrase (`A report by [the
  /// institute]`, `data from [the agency]`). News reports are a body's words: `media reports`.
  func namesDocument(_ sp: Range<Int>) -> Bool {
    guard language.profile.hasDocumentNouns else { return false }
    var head = sp.upperBound
    for k in sp where k > sp.lowerBound && tokens[k].kind == .word && isComplement(k) {
      head = k
      break
    }
    for k in sp.lowerBound..<head where isDocumentNoun(k) {
      // `the study's authors`, `survey staff`: a document noun modifying a speaker after it.
      return !((k + 1)..<head).contains { tokens[$0].kind == .word && language.profile.role(tokens[$0].word).any(.speakerNoun) }
    }
    // `A report by the institute says`: the document stands before its source.
    let p = sp.lowerBound - 1
    guard p >= 1, tokens[p].kind == .word, !inQuote(p),
      isWordID(p, language.known.by) || isComplement(p)
    else { return false }
    return isDocumentNoun(p - 1)
  }

  /// Whether word `k` opens a complement of a noun (`of`, `for`, a preposition).
  func isComplement(_ k: Int) -> Bool {
    language.profile.role(tokens[k].word).contains(.preposition) || isWordID(k, language.known.of) || isWordID(k, language.known.for)
  }

  /// Whether word `k` is a document noun used as a common noun: lowercase unless nouns are
  /// capitalized or it opens its sentence (`Bill Report said` is a person); not after a first
  /// name or title; `report(s)` not after `news`, `media`, `press` or `newspaper`.
  func isDocumentNoun(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, language.profile.has(t.word, .documentNoun), !inQuote(k) else { return false }
    let opensSentence = k == 0 || sentences[Int(sentenceOf[k])].lowerBound == k
    if t.isCapitalized, !language.profile.capitalizesNouns, !opensSentence { return false }
    guard k > 0, tokens[k - 1].kind == .word else { return true }
    let before = language.profile.role(tokens[k - 1].word)
    if tokens[k - 1].isCapitalized, before.any([.maleName, .femaleName, .title]) { return false }
    return !language.profile.has(tokens[k - 1].word, .newsNoun)
  }
}
