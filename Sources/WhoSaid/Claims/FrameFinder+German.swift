/// German shapes of frames that `findFrames` asks about, kept out of its loop (never inlined) so
/// that the loop stays small for the optimizer and cheap for the other languages.
extension Analysis {
  /// `ein Bericht der Zeitung, wonach …`: the phrase before the comma in front of `wonach` at `k`,
  /// ending in a noun or a quoted name, which says the clause after it.
  @inline(never)
  func wonachSource(_ k: Int, floor: Int, end e: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard k > floor + 1, k + 2 < e, punct(k - 1) == .comma, !inQuote(k),
      let sp = speakerBefore(k - 1, floor: floor, profile: profile), isStrongSpeaker(sp, profile),
      tokens[sp.upperBound - 1].isCapitalized || closesQuote(sp.upperBound - 1)
    else { return nil }
    return sp
  }

  /// `nach Angaben des Sprechers des Ministeriums, Roland Eichhorn, soll …`: the name in the
  /// appositive right after the source phrase `sp`, when a lower-case word (the verb) follows it.
  @inline(never)
  func appositiveName(after sp: Range<Int>, end e: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard sp.upperBound + 3 < e, punct(sp.upperBound) == .comma,
      let name = speakerAfter(sp.upperBound + 1, ceiling: e, profile: profile), name.lowerBound == sp.upperBound + 1,
      name.count <= 4, name.upperBound + 1 < e, punct(name.upperBound) == .comma, hasProperName(name, profile), isSurelyNamed(name, profile),
      tokens[name.upperBound + 1].kind == .word, !tokens[name.upperBound + 1].isCapitalized
    else { return nil }
    return name
  }

  /// `Der Nachfolger des Airbus-Chefs Christian Streiff, Louis Gallois, sagte`: the name between
  /// the comma at `b` (right before the verb) and the comma before it, within five tokens.
  @inline(never)
  func appositiveName(beforeComma b: Int, floor s: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard b > s + 2, punct(b) == .comma, let c = (max(s, b - 5)..<b).last(where: { punct($0) == .comma }), c + 1 < b,
      ((c + 1)..<b).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !profile.role(tokens[$0].word).contains(.function) }),
      hasProperName((c + 1)..<b, profile), isSurelyNamed((c + 1)..<b, profile)
    else { return nil }
    return (c + 1)..<b
  }

  /// `Aus Militärkreisen verlautete, …`: a fronted phrase after `aus` that may be the source — it
  /// has no article (`Aus Militärkreisen`) or names a speaker (`Aus dem Ministerium`).
  @inline(never)
  func frontedByAus(_ sp: Range<Int>, floor s: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard sp.lowerBound > s, isWordID(sp.lowerBound - 1, known.from),
      !profile.role(tokens[sp.lowerBound].word).contains(.determiner) || sp.contains(where: { profile.role(tokens[$0].word).any(.speakerNoun) })
    else { return nil }
    return sp
  }

  /// `In einer Erklärung des Präsidenten vom vergangenen Freitag heißt es`: the whole phrase after
  /// the preposition opening the sentence at `s`, up to the cue at `c` (at most 16 tokens, words
  /// and numbers only), which the noun-phrase reader gives up on at a time word.
  @inline(never)
  func wholeFrontedPhrase(from s: Int, to c: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard c - s >= 3, c - s <= 16, tokens[s].kind == .word, profile.role(tokens[s].word).contains(.preposition),
      !((s + 1)..<c).contains(where: { tokens[$0].kind != .word && tokens[$0].kind != .number || inQuote($0) }),
      isStrongSpeaker((s + 1)..<c, profile)
    else { return nil }
    return (s + 1)..<c
  }

  /// `Die Zeitung zitiert einen Augenzeugen mit den Worten: „…“`: the object of a cue whose
  /// passive subject speaks, starting at `from` — a surely named phrase (no `es`, no `sich`) that
  /// ends the clause or is followed by a quote or a preposition.
  @inline(never)
  func quotedObject(from: Int, end e: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard from < e, let obj = speakerAfter(from, ceiling: e, profile: profile), obj.lowerBound == from, isSurelyNamed(obj, profile),
      !profile.role(tokens[from].word).contains(.itPronoun), !isWordID(from, known.reflexive),
      obj.upperBound == e || punct(obj.upperBound) != nil || opensQuote(obj.upperBound)
        || tokens[obj.upperBound].kind == .word && profile.role(tokens[obj.upperBound].word).contains(.preposition)
    else { return nil }
    return obj
  }

  /// `Wie das Nachrichtenmagazin Der Spiegel in einem Bericht vom 22. August berichtet, …`: the
  /// subject right after `wie` (opening the sentence at `s` or after a comma, within 20 tokens of the
  /// cue at `c`), where the backward read stopped at a date. The frame opens at `wie`, just before it.
  @inline(never)
  func subjectAfterWie(from s: Int, to c: Int, _ profile: LanguageProfile) -> Range<Int>? {
    guard let w = (max(s, c - 20)..<c).last(where: { isWordID($0, known.like) }), w == s || punct(w - 1) == .comma,
      !((w + 1)..<c).contains(where: { punct($0) == .comma || punct($0) == .colon || punct($0) == .semicolon || inQuote($0) }),
      let sp = speakerAfter(w + 1, ceiling: c, profile: profile), sp.lowerBound == w + 1, isStrongSpeaker(sp, profile)
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
  func reportsInside(_ outer: Frame, _ f: Frame, verb k: Int, sentenceStart s: Int, _ profile: LanguageProfile) -> Bool {
    let cueStart = f.cue.lowerBound
    let cueEnd = f.cue.upperBound
    if let sp = f.speaker, !f.inverted, sp.lowerBound >= s + 2, punct(sp.lowerBound - 1) == .comma,
      outer.upper <= sp.lowerBound - 1, sp.lowerBound - 1 - outer.upper <= 15,
      !(outer.upper..<(sp.lowerBound - 1)).contains(where: { punct($0) != nil })
    {
      let word = profile.role(tokens[k].word)
      let verb = profile.role(tokens[cueEnd - 1].word)
      if sp.count == 1 && profile.role(tokens[sp.lowerBound].word).any(.pronoun)
        && (word.contains(.subjunctive) || verb.contains(.subjunctive) || endsInKonjunktivE(cueStart))
      {
        return true
      }
      if word.contains(.reportedMood) || endsInKonjunktivE(cueStart) { return true }
      if sp.upperBound < cueStart, cueStart - sp.upperBound <= 12,
        holdsReportedMood(sp.upperBound..<cueStart, profile)
      {
        return true
      }
    }
    guard outer.upper < cueStart, cueStart - outer.upper <= 24, let c = (outer.upper..<cueStart).first(where: { punct($0) != nil }),
      punct(c) == .comma, c + 1 < cueStart
    else { return false }
    return !((c + 1)..<cueStart).contains(where: { punct($0) != nil || inQuote($0) })
      && holdsReportedMood((c + 1)..<cueStart, profile)
  }

  /// Whether tokens `r` hold a verb in Konjunktiv I (the profile's reported mood: `sei`, `habe`, `werde`).
  func holdsReportedMood(_ r: Range<Int>, _ profile: LanguageProfile) -> Bool {
    r.contains { tokens[$0].kind == .word && profile.role(tokens[$0].word).contains(.reportedMood) }
  }
}
