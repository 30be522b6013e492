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
