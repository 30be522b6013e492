/// What a reported content right after its cue must look like where the profile asks for it
/// (English, ``LanguageProfile/requiresClauseContent``): a clause (`said the road would reopen`),
/// not a plain noun phrase (`announced new parking rules`), a prepositional phrase (`appeared in
/// court`, `responded with a goal`) or the infinitive of an act (`agreed to pay a fine`).
///
/// A noun phrase stays when its noun is itself a proposition (`denied the allegations`,
/// `confirmed the report`), and an infinitive when the cue takes one (`promised to`, `urged X
/// to`) or reports an intention (`plans to`, `wants to`).
extension Document {
  /// Whether the content starting at `k` (before `limit`) after the cue `cue` reads as a report.
  /// `relativeEnds`: a relative clause after a noun phrase holds no clause of the report
  /// (``holdsFiniteVerb(_:relativeEnds:)``), as a speech-only reader counts it.
  func readsAsReport(at k: Int, limit: Int, cue: Cue, relativeEnds: Bool = false) -> Bool {
    guard language.profile.requiresClauseContent, k < limit else { return true }
    let t = tokens[k]
    guard t.kind == .word, !inQuote(k) else { return true }
    // `unveiled at the boat show, is built to …`: a verb with no subject after a comma is no clause.
    if k > 0, punct(k - 1) == .comma, opensWithVerb(k) { return false }
    let role = language.profile.role(t.word)
    // `promised to cut taxes`, `urged them to stay`, `plans to close`: the cue's own infinitive;
    // `agreed to pay`, `was ordered to appear`: an act.
    if isWordID(k, language.known.to) {
      return cue.preposition == language.known.to || cue.cueClass == .belief
    }
    // `responded with a goal`, `appeared in court`, `and CD roms` (unless a number or a
    // determiner follows: `said about 300 people died`, `said about one in five clinics`; the
    // clause test below decides those).
    if role.contains(.preposition) || role.contains(.conjunction) {
      guard k + 1 < limit, tokens[k + 1].kind == .number || language.profile.role(tokens[k + 1].word).contains(.determiner) && role.contains(.preposition)
      else { return false }
    }
    if role.any(.pronoun) && !role.contains(.possessive) { return true }  // `said he would`
    // The object of a cue whose object is what it says (`described the plan as …`, `opposes the
    // deal`, `urged caution`, `expects a rise in rates`: no `clause` flag, or the `np` flag).
    if !cue.frame.contains(.clause) || cue.frame.contains(.phrase) { return true }
    return holdsFiniteVerb(k..<limit, relativeEnds: relativeEnds) || namesProposition(from: k, limit: limit) || judges(from: k, limit: limit)
  }

  /// Whether the noun phrase at `k` is followed by `as` and what it is taken for (`sees the
  /// slowdown as temporary`, `saw it as a betrayal`): a judgement.
  func judges(from k: Int, limit: Int) -> Bool {
    var j = k + 1
    while j < limit && j <= k + 6 && tokens[j].kind == .word && !inQuote(j) {
      if isWordID(j, language.profile.judgementWord) { return j + 1 < limit }
      if language.profile.role(tokens[j].word).any([.preposition, .conjunction, .complementizer]) { return false }
      j += 1
    }
    return false
  }

  /// Where the report starts after a listener that opens with the determiner at `k` (`told the
  /// jury he …`, `told the Dunmore Daily the truck swerved`, `asked the Ruritanian foreign ministry
  /// whether …`): the listener is the determiner and its capitalized words, or up to two plain
  /// words, and a clause must follow it (a subject pronoun, a wh-word, or a subject and a finite
  /// verb). Nil when none follows (`told a story about …`).
  func listenerEnd(from k: Int, limit: Int) -> Int? {
    // A subject pronoun, a wh-word or `that` right after the listener's words.
    var j = k + 1
    while j < limit && j <= k + 6 && tokens[j].kind == .word && !inQuote(j) {
      let role = language.profile.role(tokens[j].word)
      if j > k + 1, role.any(.pronoun) && !role.contains(.possessive) || language.profile.has(tokens[j].word, .question) || role.contains(.complementizer) {
        return role.contains(.complementizer) ? (j + 1 < limit ? j + 1 : nil) : j  // `he`, `whether`, `that`
      }
      if role.any([.function, .preposition, .conjunction]) || language.profile.has(tokens[j].word, .finite) { break }
      j += 1
    }
    // Else the shortest listener (its capitalized words, or one or two plain words) after which a
    // subject and a finite verb follow.
    j = k + 1
    var plain = 0
    while j < limit && j <= k + 5 && tokens[j].kind == .word && !inQuote(j) {
      let role = language.profile.role(tokens[j].word)
      if role.any([.function, .preposition, .conjunction, .stop]) || language.profile.has(tokens[j].word, .finite) { break }
      if !tokens[j].isCapitalized { plain += 1 }
      if plain > 2 { return nil }
      j += 1
      if j < limit, !(tokens[j].kind == .word && tokens[j].isCapitalized && plain == 0), opensClauseSubject(j, limit: limit) { return j }
    }
    return nil
  }

  /// Whether a subject and a finite verb start at `j` (`the truck swerved`, `prices were rising`).
  func opensClauseSubject(_ j: Int, limit: Int) -> Bool {
    guard tokens[j].kind == .word, !inQuote(j) else { return false }
    let role = language.profile.role(tokens[j].word)
    if role.any([.preposition, .conjunction]) || language.profile.has(tokens[j].word, .finite) { return false }
    return holdsFiniteVerb(j..<min(limit, j + 8))
  }

  /// Whether the words `r` between a cue and the preposition of its content can be the party it is
  /// said to (`warned residents of`, `accused the minister of`, `urged them to`): none, or a phrase
  /// with a name, a pronoun or a person, group or organisation noun, where the profile asks for
  /// clause contents (elsewhere any words pass, as before).
  func namesParty(_ r: Range<Int>) -> Bool {
    guard language.profile.requiresClauseContent, !r.isEmpty else { return true }
    // An adverbial first (`warning for weeks of`, `warned on Monday of`).
    if tokens[r.lowerBound].kind == .word,
      language.profile.role(tokens[r.lowerBound].word).contains(.preposition) || isWordID(r.lowerBound, language.known.for)
    {
      return true
    }
    for j in r where tokens[j].kind == .word && !inQuote(j) {
      let role = language.profile.role(tokens[j].word)
      if tokens[j].isCapitalized && !role.contains(.function) || role.any(.pronoun) && !role.contains(.possessive) || role.any(.speakerNoun) {
        return true
      }
    }
    return false
  }

  /// Where the report of a frame inside a relative clause ends (`The mayor, who said that taxes
  /// would rise, resigned`): at the comma before the main clause's verb; `limit` otherwise.
  func relativeClauseEnd(of f: Frame, from start: Int, limit: Int) -> Int {
    guard language.profile.requiresClauseContent, f.kind == .verb, f.lower < f.cue.lowerBound, tokens[f.lower].kind == .word,
      language.profile.role(tokens[f.lower].word).contains(.relative)
    else { return limit }
    var j = start
    while j + 1 < limit {
      if punct(j) == .comma, !inQuote(j), tokens[j + 1].kind == .word, !tokens[j + 1].isCapitalized {
        let w = tokens[j + 1]
        let role = language.profile.role(w.word)
        let verb = language.profile.has(w.word, .finite) || w.word >= 0 && language.profile.cueOfWord[Int(w.word)] >= 0
          || w.length >= 5 && text[Int(w.end) - 2] == 0x65 && text[Int(w.end) - 1] == 0x64
        if verb, !role.any([.conjunction, .preposition, .determiner]) { return j }
      }
      j += 1
    }
    return limit
  }

  /// Whether word `k` opens a listener after `to` (`said to reporters`, `to the BBC`, `to him`),
  /// not an infinitive (`wants to triple`).
  func opensListener(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !inQuote(k) else { return false }
    let role = language.profile.role(t.word)
    if t.isCapitalized && !role.contains(.function) { return true }
    return role.any([.determiner, .possessive, .personNoun, .groupNoun, .organizationNoun])
      || role.any(.pronoun) && !role.contains(.personalPronoun) || role.contains(.personalPronoun) && t.length > 1
  }

  /// Whether `r` has a finite verb within its first words: an auxiliary, modal or copula
  /// (`would`, `is`, `has`), a common past form (`went`, `took`), another cue's form not after a
  /// determiner (`the company plans`), or a past form in `-ed` not after a determiner (`the
  /// firm closed`; `the planned cuts` is a noun phrase).
  ///
  /// `relativeEnds`: after a noun phrase (`r` opens with a determiner), a relative word or a
  /// subject pronoun ends the look (`a proposed exchange that would have freed …`, `the respect she
  /// feels`): the verbs after it belong to the phrase.
  func holdsFiniteVerb(_ r: Range<Int>, relativeEnds: Bool = false) -> Bool {
    var k = r.lowerBound
    let phrase = relativeEnds && isDeterminer(k)
    var relative = false
    var groups = 0
    while k < r.upperBound && k < r.lowerBound + 24 {
      let t = tokens[k]
      if punct(k)?.isTerminal == true { break }
      // After a noun phrase, a relative clause belongs to it (`rejected a proposed exchange that
      // would have freed …`, `stressed the respect she feels for …`): its verb makes no clause, a
      // second verb after it does (`said a plan that would have cut taxes was rejected`).
      if phrase, !relative, k > r.lowerBound + 1, t.kind == .word, !inQuote(k),
        language.profile.role(t.word).contains(.relative) || language.profile.role(t.word).any([.hePronoun, .shePronoun, .theyPronoun, .personalPronoun])
      {
        relative = true
        k += 1
        continue
      }
      // (Inside the noun phrase a name is a modifier: `a proposed Ruritanian truce deal that …`.)
      if isFiniteVerb(k, in: r, afterName: !phrase || relative) {
        if !relative { return true }
        if k == r.lowerBound || !isFiniteVerb(k - 1, in: r, afterName: true) { groups += 1 }
        if groups >= 2 { return true }
      }
      k += 1
    }
    // (No relative clause: the phrase reads as without `relativeEnds`.)
    return phrase && !relative ? holdsFiniteVerb(r) : false
  }

  /// Whether word `k` of `r` reads as a finite verb (``holdsFiniteVerb(_:relativeEnds:)``);
  /// `afterName`: also a plain word right after a name (`Mars lied`).
  private func isFiniteVerb(_ k: Int, in r: Range<Int>, afterName: Bool) -> Bool {
    let t = tokens[k]
    // (`measures to cut traffic`: after `to` a verb is an infinitive.)
    guard t.kind == .word, !(k > r.lowerBound && isWordID(k - 1, language.known.to)) else { return false }
    if language.profile.has(t.word, .finite) { return true }
    // (`the two raised`: a determiner after a determiner is the subject's head.)
    let afterDeterminer = k > r.lowerBound && isDeterminer(k - 1) && !(k - 1 > r.lowerBound && isDeterminer(k - 2))
    guard !afterDeterminer, !t.isCapitalized, k > r.lowerBound else { return false }
    if t.word >= 0, language.profile.cueOfWord[Int(t.word)] >= 0 { return true }
    if t.length >= 4, text[Int(t.end) - 2] == 0x65, text[Int(t.end) - 1] == 0x64, text[Int(t.end) - 3] != 0x65 { return true }  // -ed
    return followsPluralNoun(k) || afterName && followsName(k)  // `the crossings bring`, `Mars lied`
  }

  /// Whether word `k` is a finite verb with no subject of its own (`is`, `will`, `went`; not
  /// `it's`): what follows a relative `that` (`a contest that will take place`), no clause.
  func opensWithVerb(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !inQuote(k), language.profile.has(t.word, .finite), !language.profile.role(t.word).any(.pronoun) else { return false }
    for i in Int(t.start)..<Int(t.end) where text[i] == 0x27 || text[i] == 0xE2 { return false }  // `it's`, `it’s`
    return true
  }

  /// Whether token `k` is a determiner or possessive word (`the`, `two`, `her`).
  func isDeterminer(_ k: Int) -> Bool {
    tokens[k].kind == .word && language.profile.role(tokens[k].word).any([.determiner, .possessive])
  }

  /// Whether word `k` reads as the present verb of a plural subject right before it (`the
  /// crossings bring`, `prices rise`): a plain lower-case word, not `-ing` or `-ly`, after a
  /// lower-case word in `-s` (not `-ss`).
  func followsPluralNoun(_ k: Int) -> Bool {
    let t = tokens[k]
    let p = tokens[k - 1]
    guard p.kind == .word, !p.isCapitalized, p.length >= 4, t.length >= 3, !inQuote(k - 1) else { return false }
    let pe = Int(p.end)
    let te = Int(t.end)
    guard text[pe - 1] == 0x73, text[pe - 2] != 0x73, text[pe - 2] != 0x75, !isPossessive(k - 1) else { return false }  // -s, not -ss/-us/'s
    if text[te - 2] == 0x6C && text[te - 1] == 0x79 { return false }  // -ly
    if isParticiple(k) && t.length > 5 { return false }  // `-ing`, but `bring`
    let role = language.profile.role(t.word)
    let before = language.profile.role(p.word)
    return !role.any([.function, .preposition, .conjunction, .time, .determiner, .possessive, .complementizer, .stop, .relative, .skippable])
      && !role.any(.pronoun) && !before.any([.function, .preposition, .conjunction, .time, .skippable])
  }

  /// Whether word `k` reads as the verb of a name right before it (`Mars lied`, `Apple plans`):
  /// a plain lower-case word after a capitalized word that is no possessive, function or time word.
  func followsName(_ k: Int) -> Bool {
    let p = tokens[k - 1]
    guard p.kind == .word, p.isCapitalized, !isPossessive(k - 1), !inQuote(k - 1), !(isParticiple(k) && tokens[k].length > 5) else { return false }
    let t = tokens[k]
    if t.length >= 3, text[Int(t.end) - 2] == 0x6C && text[Int(t.end) - 1] == 0x79 { return false }  // -ly
    let role = language.profile.role(t.word)
    return !role.any([.function, .preposition, .conjunction, .time, .determiner, .possessive, .complementizer, .stop, .relative])
      && !role.any(.pronoun) && !language.profile.role(p.word).any([.function, .time, .preposition])
  }

  /// Whether the noun phrase at `k` is a proposition (`the allegations`, `a report`, `rumours
  /// of a merger`): one of the profile's proposition nouns within its first four words.
  func namesProposition(from k: Int, limit: Int) -> Bool {
    var j = k
    while j < limit && j < k + 4 && tokens[j].kind == .word && !inQuote(j) {
      if language.profile.has(tokens[j].word, .proposition) { return true }
      if j > k, language.profile.role(tokens[j].word).any([.preposition, .conjunction, .complementizer]) { return false }
      j += 1
    }
    return false
  }
}
