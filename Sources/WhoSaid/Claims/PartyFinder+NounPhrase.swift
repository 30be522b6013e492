/// The noun phrase of a party, read forward from where it starts.
extension PartyFinder {
  /// The noun phrase that starts at `k`, within `k..<ceiling`: an object pronoun (`them`, `ihm`),
  /// or articles and possessives, modifiers, names and a head noun, with an `of`/`de`/German
  /// genitive attribute before a name or article (`the Ministry of Education`, `la direction de
  /// la clinique`, `den Vorstand der Maschinenfabrik`) and a short quoted title (`der
  /// „Oberland-Post“`); nil when no noun or name is there.
  func partyPhrase(at k: Int, ceiling c: Int) -> Range<Int>? {
    guard k < c, doc.tokens[k].kind == .word, !doc.inQuote(k) else { return nil }
    let german = doc.language.profile.capitalizesNouns
    let first = doc.language.profile.role(doc.tokens[k].word)
    // (Only object forms: `warned they could …` has a clause, no object.)
    if doc.language.profile.parties.objectPronouns.contains(doc.tokens[k].word) || doc.language.profile.parties.objectPronouns.isEmpty && first.any(.pronoun) && !first.contains(.possessive) {
      // `praised her players`: a possessive, unless the phrase ends with it (`called on her to`).
      if !(first.contains(.possessive) && k + 1 < c && continuesPhrase(k + 1)) { return k..<(k + 1) }
    }
    // German: a lower-case word opens a phrase only as an inflected adjective (`betroffene
    // Kunden`); `seinerseits die Opposition` opens with an adverb.
    if german, !doc.tokens[k].isCapitalized, !first.any([.determiner, .possessive]), !doc.hasEnding(k, Self.adjectiveEndings) { return nil }
    var j = k
    var head = -1
    var lowercaseRun = 0
    var article = false
    while j < c && j < k + 12 {
      let t = doc.tokens[j]
      if t.kind != .word || doc.opensQuote(j) || doc.inQuote(j) {
        guard let next = stepOver(j, from: k, ceiling: c, head: &head) else { break }
        j = next
        continue
      }
      let role = doc.language.profile.role(t.word)
      if head >= 0, attributeOpensAt(j), j + 1 < c, attributeContinues(j + 1) {
        j += 1  // `the Ministry of Education`, `la direction de la clinique`, `der Vorstand der Firma`
        continue
      }
      if role.contains(.determiner) || role.contains(.possessive) {
        if head >= 0 && !attributeOpensAt(j - 1) { break }  // `told the Herald the company would`
        article = true
        j += 1
        continue
      }
      if doc.isPossessive(j) {
        head = j  // `Russia's army`
        j += 1
        continue
      }
      if role.any([.preposition, .complementizer, .relative, .conjunction, .stop, .negation, .skippable, .copula, .auxiliary]) { break }
      if role.contains(.time) && !(t.isCapitalized && head >= 0) { break }
      if t.isCapitalized && !role.contains(.function) {
        // `told reporters Ruritania had …`: a name after a bare lower-case noun opens a new phrase
        // (not after a title, nor before a first name: `referee Paul Tate`).
        if !german, !article, head >= 0, !doc.tokens[head].isCapitalized,
          !doc.language.profile.role(doc.tokens[head].word).any([.title, .personNoun]) && !role.any([.maleName, .femaleName])
        {
          break
        }
        lowercaseRun = 0
        head = j
      } else if t.isCapitalized {
        break
      } else {
        // German nouns are capitalized: a lower-case word after the noun ends the phrase.
        if german && head >= 0 && !attributeFollows(j) { break }
        if role.contains(.function) || lowercaseRun >= 4 { break }
        lowercaseRun += 1
        if !german { head = j }
      }
      j += 1
    }
    // German `der dpa`, `die taz`: a lower-case name after an article, closing the phrase.
    if german, head < 0, article, lowercaseRun > 0, j > k { head = j - 1 }
    guard head >= 0 else { return nil }
    var e = head + 1
    while e > k, doc.tokens[e - 1].kind == .punctuation && doc.punct(e - 1) != .period { e -= 1 }
    return e > k ? k..<e : nil
  }

  /// Steps over a token of the party phrase from `k` that is no plain word at `j`: a short quoted
  /// title (`der „Oberland-Post“`), a number (`the Grade 6 class`, `Dem 34-jährigen Dennis K.`), a
  /// plural possessive's apostrophe (`the drivers' legal team`), the period of an initial or an
  /// abbreviation (`Dennis K.`, `Dr. Kwame Asante`). Returns the next index, nil where the phrase
  /// ends; moves `head` to a token that can end the phrase.
  func stepOver(_ j: Int, from k: Int, ceiling c: Int, head: inout Int) -> Int? {
    let t = doc.tokens[j]
    if doc.opensQuote(j) {
      let q = doc.quotes[Int(doc.quoteOf[j])]
      guard j > k, q.open == j, q.close < c, q.close - q.open >= 2, q.close - q.open <= 6,
        doc.tokens[j + 1].isCapitalized || doc.tokens[j + 1].kind == .number
      else { return nil }
      head = q.close
      return q.close + 1
    }
    if doc.inQuote(j) { return nil }
    if t.kind == .number {
      guard j + 1 < c, doc.tokens[j + 1].kind == .word || doc.ageWord(j) == true else { return nil }
      if doc.ageWord(j) == true { head = j }
      return j + 1
    }
    if t.kind == .quote, head == j - 1, doc.tokens[j - 1].end == t.start, t.mark == .rightSingle || t.mark == .straightSingle {
      return j + 1
    }
    guard t.kind == .punctuation, t.punctuation == .period, head == j - 1,
      doc.tokens[j - 1].length == 1 || doc.language.profile.role(doc.tokens[j - 1].word).contains(.abbreviation),
      j + 1 < c && doc.tokens[j + 1].isCapitalized || doc.tokens[j - 1].length == 1 && doc.tokens[j - 1].isCapitalized
    else { return nil }
    head = j
    return j + 1
  }

  /// German adjective endings (`betroffene`, `früheren`, `norwegischer`, `eigenes`, `neuem`).
  static let adjectiveEndings: [[UInt8]] = ["e", "en", "er", "es", "em"].map { Array($0.utf8) }

  /// Whether the word at `k` can go on a noun phrase after a possessive (`her players`), rather
  /// than follow a pronoun object (`called on her to`).
  func continuesPhrase(_ k: Int) -> Bool {
    let t = doc.tokens[k]
    guard t.kind == .word, !doc.inQuote(k) else { return false }
    let role = doc.language.profile.role(t.word)
    return !role.any([.preposition, .complementizer, .relative, .conjunction, .stop, .skippable, .time, .function]) && t.word != doc.language.known.to
  }

  /// Whether the word at `k` opens an attribute of the noun before it: `of`, French `de`/`du`/`des`,
  /// a German genitive article.
  func attributeOpensAt(_ k: Int) -> Bool {
    guard k >= 0, doc.tokens[k].kind == .word else { return false }
    let w = doc.tokens[k].word
    if doc.isWordID(k, doc.language.known.of) { return true }
    if let p = doc.language.profile.parties.contractions[w], p == doc.language.known.of { return true }
    return doc.language.known.genitives.contains(w)
  }

  /// Whether an attribute goes on at `k` with a name or an article (`of Education`, `de la
  /// clinique`), not with a verb (`of violating`, `de retirer`).
  func attributeContinues(_ k: Int) -> Bool {
    let t = doc.tokens[k]
    guard t.kind == .word, !doc.inQuote(k) else { return false }
    let role = doc.language.profile.role(t.word)
    // English `of` takes a name only (`the Ministry of Education`, not `the company of the worst`).
    if role.contains(.determiner) || role.contains(.possessive) { return doc.language.profile.capitalizesNouns || doc.language.profile.splitsElisions }
    return t.isCapitalized && !role.contains(.function)
  }

  /// German: whether a lower-case word at `k` is an adjective of a genitive attribute just opened
  /// (`der Vorstand der [börsennotierten] Firma`).
  func attributeFollows(_ k: Int) -> Bool {
    k > 0 && doc.language.known.genitives.contains(doc.tokens[k - 1].word) && k + 1 < doc.tokens.count && doc.tokens[k + 1].isCapitalized
  }

  /// Whether phrase `r` can be a party (someone a claim is against or said to): a pronoun, a name,
  /// a person, organisation or group noun, or (outside German) a phrase with an article and a
  /// plain noun; not a time (`Monday`) or a demonstrative alone.
  func isParty(_ r: Range<Int>) -> Bool {
    for k in r where doc.tokens[k].kind == .word {
      let role = doc.language.profile.role(doc.tokens[k].word)
      if role.contains(.time) { return false }
      if role.any(.speakerNoun) || role.any([.title, .maleName, .femaleName]) || doc.language.profile.parties.partyNouns.contains(doc.tokens[k].word) { return true }
      if r.count == 1, role.any(.pronoun) && !role.contains(.possessive) || doc.language.profile.parties.objectPronouns.contains(doc.tokens[k].word) { return true }
      if doc.tokens[k].isCapitalized && !role.contains(.function) && !doc.language.profile.capitalizesNouns { return true }
    }
    return doc.isSpeakerLike(r)
  }

  /// Whether the head of phrase `r` surely names a party: a pronoun, a person, organisation or
  /// group noun (or one of ``PartyWords/partyNouns``), a title or first name, or (outside German) a name; German takes a name only
  /// without an article (`Reykjavík`, not `die Zufriedenheit`). `the Obama administration's
  /// plans` names a thing.
  func namesParty(_ r: Range<Int>) -> Bool {
    var k = r.upperBound - 1
    while k > r.lowerBound, doc.tokens[k].kind != .word { k -= 1 }
    guard doc.tokens[k].kind == .word else { return false }
    let role = doc.language.profile.role(doc.tokens[k].word)
    if r.count == 1, role.any(.pronoun) || doc.language.profile.parties.objectPronouns.contains(doc.tokens[k].word) { return true }
    if role.any(.speakerNoun) || role.any([.title, .maleName, .femaleName]) || doc.language.profile.parties.partyNouns.contains(doc.tokens[k].word) { return true }
    guard doc.tokens[k].isCapitalized, !role.any([.function, .time]) else { return false }
    if !doc.language.profile.capitalizesNouns { return !doc.isPossessive(k) }
    let article = doc.language.profile.role(doc.tokens[r.lowerBound].word).any([.determiner, .possessive])
    return !article || doc.isCompound(k, endingIn: [.title, .personNoun, .organizationNoun, .groupNoun])
  }

  /// `her Republican challenger, Todd Harmon,`: the name in an appositive after a description
  /// stands for the party, as it does for a speaker.
  func withAppositiveName(_ r: Range<Int>, ceiling c: Int) -> Range<Int> {
    let comma = r.upperBound
    guard comma + 2 < c || comma + 1 < c, doc.punct(comma) == .comma else { return r }
    var j = comma + 1
    var names = 0
    var firstName = false
    while j < c, doc.tokens[j].kind == .word, doc.tokens[j].isCapitalized, !doc.language.profile.role(doc.tokens[j].word).contains(.function) {
      if doc.language.profile.role(doc.tokens[j].word).any([.maleName, .femaleName]) { firstName = true }
      names += 1
      j += 1
    }
    guard names >= 2 || firstName, j >= c || doc.punct(j) == .comma || doc.punct(j)?.isTerminal == true else { return r }
    return (comma + 1)..<j
  }
}
