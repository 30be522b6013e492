/// Finds the speaker phrase next to a cue, without a parser: a short run of
/// names, titles, determiners and speaker nouns, read backward from the cue
/// (`the Russian Defense Ministry said`) or forward after it (`said Lavrov`),
/// with appositives on either side (`Lavrov, Russia's foreign minister, said`).
///
/// A grammar helper over the document, read by the Claims stage and the resolver alike: it
/// reads only the document and the word tests kept with it, never a stage's state.
extension Document {
  /// The speaker phrase that ends right before token `end`, within `floor..<end`.
  func speakerBefore(_ end: Int, floor: Int) -> Range<Int>? {
    if let fr = language.french { return frenchSpeakerBefore(end, floor: floor, fr) }
    var e = end
    // `Anitta, the singer, enthusiastically proclaimed`: adverbs in -ly before the cue.
    var adverbs = 0
    while adverbs < 2, e - 2 >= floor, isLyAdverb(e - 1) {
      e -= 1
      adverbs += 1
    }
    // A parenthetical after a name: `Mike Pence (R-IN) said`.
    e = beforeParenthetical(e, floor: floor)
    if e - 1 >= floor, punct(e - 1) == .comma {
      // An appositive: `Lavrov, Russia's foreign minister, said`; a relative clause may be longer
      // (`Kenji Arai, who founded Northlight with …, said`).
      var j = e - 2
      while j > floor && j > e - 40 && (punct(j) != .comma || isPlaceTag(j + 1)) {
        if punct(j) == .comma {  // `in Millbrook, Ont., said`: the comma before a province
          j -= 1
          continue
        }
        // A period glued to a short word (`R-Ky.`, `Jr.`) or to a party tag (`D-Mass.`) does not end the appositive.
        let gluedPeriod = punct(j) == .period && j > floor && tokens[j - 1].end == tokens[j].start
          && (tokens[j - 1].length <= 4 || isPartyTag(j - 1, language.names) || language.names.states.contains(nameKey(j - 1)))
        // German: a short quoted name inside it (`ein Vertreter der Organisation „Iceland Nature
        // Conservation Association“ (Inca)`) is skipped whole.
        if language.profile.capitalizesNouns, closesQuote(j), case let q = quotes[Int(quoteOf[j])], q.close - q.open <= 7, q.open > floor {
          j = q.open - 1
          continue
        }
        if inQuote(j) || ((punct(j)?.isTerminal ?? false) && !gluedPeriod) { return nil }
        j -= 1
      }
      guard j >= floor, punct(j) == .comma else { return nil }
      let appositive = (j + 1)..<(e - 1)
      guard !appositive.isEmpty else { return nil }
      // Only a relative clause runs over 15 tokens (`Kenji Arai, who founded …, said`).
      if appositive.count > 14, !(tokens[j + 1].kind == .word && language.profile.role(tokens[j + 1].word).contains(.relative)) { return nil }
      // `Sen. Thom Tillis (R-N.C.), a member of …, said`: the name before its parenthetical.
      guard let head = nounPhrase(endingBefore: beforeParenthetical(j, floor: floor), floor: floor), isSpeakerLike(head) else { return nil }
      // `The rebels' commander, Dmitar Vosk, said`: the name, not the description.
      if isDescription(head), let name = nounPhrase(endingBefore: e - 1, floor: j + 1),
        name.lowerBound == j + 1, hasProperName(name),
        // German: `die größte Fraktion` after a comma is another description, not a name.
        !(language.profile.capitalizesNouns && language.profile.role(tokens[j + 1].word).contains(.determiner))
      {
        return name
      }
      return head
    }
    guard let r = nounPhrase(endingBefore: e, floor: floor), isSpeakerLike(r) else { return nil }
    // `Wendy Liebmann, founder of WSL Strategic Retail told WWD`: an appositive whose closing
    // comma is missing; the name before it speaks.
    if !language.profile.capitalizesNouns, r.lowerBound - 2 >= floor, punct(r.lowerBound - 1) == .comma,
      !tokens[r.lowerBound].isCapitalized, language.profile.role(tokens[r.lowerBound].word).any([.personNoun, .title]),
      let name = nounPhrase(endingBefore: r.lowerBound - 1, floor: floor), hasProperName(name), !isDescription(name),
      name.lowerBound == floor || punct(name.lowerBound - 1) != .comma
    {
      return name
    }
    return withHead(r, floor: floor)
  }

  /// A noun phrase read backward from `end` (exclusive).
  func nounPhrase(endingBefore end: Int, floor: Int) -> Range<Int>? {
    var i = end - 1
    var start = end
    var count = 0
    while i >= floor && count < 9 {
      let t = tokens[i]
      if inQuote(i) {
        guard start == end, let (s, words) = quotedNameStart(i, floor: floor) else { break }
        start = s
        count += words
        i = s - 1
        continue
      }
      if t.kind == .word {
        let role = language.profile.role(t.word)
        if start == end && role.any(.pronoun) {
          start = i
          break
        }
        // `Ursula von der Leyen`, `Von der Leyen sagte`: particles before the surname.
        if start < end, !language.profile.nameParticles.isEmpty,
          case let j = language.profile.nameParticles.contains(t.word) ? i : i - 1, j >= floor, nameParticleLength(at: j) == start - j
        {
          count += start - j
          start = j
          i = j - 1
          continue
        }
        if role.contains(.determiner) || role.contains(.possessive) {
          if start < end { start = i }
          if continuesPastDeterminer(&i, start: &start, count: &count, floor: floor) { continue }
          break
        }
        if t.isCapitalized && !role.contains(.function) {
          // (German `Jan`, `August`: first names that are months too.)
          if role.contains(.time) && !role.contains(.title) && !(language.profile.capitalizesNouns && role.any([.maleName, .femaleName])) {
            // `Theresa May said` but not `On Monday Lavrov said`.
            if i - 1 < floor || !tokens[i - 1].isCapitalized || language.profile.role(tokens[i - 1].word).contains(.function) {
              break
            }
          }
          start = i
        } else if t.isCapitalized && i == start - 1 && role.contains(.determiner) {
          start = i
          break
        } else if role.contains(.stop) || role.contains(.preposition) || role.contains(.skippable)
          || role.contains(.conjunction) || role.contains(.complementizer)
        {
          // `Ministry of Defense`, `a spokesman for the Kremlin`, `Armenia and Azerbaijan`.
          let bytes = t.length
          let linking = (bytes == 2 || bytes == 3) && start < end && tokens[start].isCapitalized
            && (isWordID(i, language.known.of) || isWordID(i, language.known.for) || (isWordID(i, language.known.and) && i > floor && tokens[i - 1].isCapitalized))
          if !linking { break }
          start = i
        } else if t.isCapitalized {
          break  // a capitalized function word (`The`, `But`) left of the phrase
        } else {
          if !modifierJoins(i, role: role, start: start, end: end, count: count, floor: floor) { break }
          start = i
        }
      } else if nonWordJoins(i, start: start, end: end, floor: floor) {
        start = i
      } else {
        break
      }
      count += 1
      i -= 1
    }
    // Drop words that cannot start a phrase (`of`, `and`).
    while start < end, isWordID(start, language.known.of) || isWordID(start, language.known.for) || isWordID(start, language.known.and) || punct(start) != nil,
      !(tokens[start].isCapitalized && nameParticleLength(at: start) > 0)  // `Von der Leyen`
    {
      start += 1
    }
    return start < end ? start..<end : nil
  }

  /// Whether a determiner stands within three words left of `k`, with only
  /// plain words between.
  func determinerWithin(_ k: Int, floor: Int) -> Bool {
    var j = k - 1
    while j >= floor && j >= k - 3 {
      let t = tokens[j]
      guard t.kind == .word else { return false }
      let role = language.profile.role(t.word)
      if role.contains(.determiner) || role.contains(.possessive) { return true }
      if role.contains(.stop) || role.contains(.preposition) || role.contains(.skippable) || role.any(.pronoun) { return false }
      j -= 1
    }
    return false
  }

  /// The speaker phrase that starts at `start` (inverted order: `said the minister`).
  func speakerAfter(_ start: Int, ceiling: Int) -> Range<Int>? {
    if let fr = language.french { return frenchSpeakerAfter(start, ceiling: ceiling, fr) }
    return sharedSpeakerAfter(start, ceiling: ceiling)
  }

  /// ``speakerAfter(_:ceiling:)`` as every language reads it (the French reader builds on it).
  func sharedSpeakerAfter(_ start: Int, ceiling: Int) -> Range<Int>? {
    var i = start
    var end = start
    var sawHead = false
    var genitive = false  // right after a genitive article: its adjectives come before its noun
    while i < ceiling && i < start + 10 {
      let t = tokens[i]
      if inQuote(i) { break }
      if t.kind == .word {
        let role = language.profile.role(t.word)
        if i == start && role.any(.pronoun) && !role.contains(.possessive) {
          return i..<(i + 1)
        }
        // `sagte Ursula von der Leyen`, `Von der Leyen sagte`: particles before the surname.
        if sawHead || i == start, case let p = nameParticleLength(at: i), p > 0, i + p < ceiling {
          end = i + p
          i += p
          continue
        }
        if (role.contains(.determiner) || role.contains(.possessive)) && (!sawHead && i == start || i > start && (isWordID(i - 1, language.known.of) || isWordID(i - 1, language.known.for))) {
          end = i + 1
        } else if t.isCapitalized && !role.contains(.function)
          && !(role.contains(.time) && !sawHead && !role.contains(.title) && !(language.profile.capitalizesNouns && role.any([.maleName, .femaleName])))
        {
          end = i + 1
          sawHead = true
          genitive = false
        } else if sawHead, i + 1 < ceiling, language.known.strictGenitives.contains(t.word), isNounBefore(i) {
          end = i + 1  // German `sagte ein Sprecher des Ministeriums`
          genitive = true
        } else if genitive, language.profile.capitalizesNouns, !t.isCapitalized, !role.contains(.function), !role.contains(.preposition),
          i + 1 < ceiling, tokens[i + 1].kind == .word
        {
          end = i + 1  // `des bayerischen Umweltministeriums`
        } else if (isWordID(i, language.known.of) || isWordID(i, language.known.for)) && sawHead && i + 1 < ceiling
          && (tokens[i + 1].isCapitalized || language.profile.role(tokens[i + 1].word).contains(.determiner))
        {
          end = i + 1
        } else if role.contains(.stop) || role.contains(.preposition) || role.contains(.skippable)
          || role.contains(.conjunction) || role.contains(.relative) || role.contains(.time)
        {
          break
        } else if !t.isCapitalized && (role.any(.speakerNoun) || role.contains(.title) || !sawHead) && !role.contains(.function) {
          end = i + 1
          if role.any(.speakerNoun) { sawHead = true }
        } else {
          break
        }
      } else if language.profile.capitalizesNouns, t.kind == .number, let noun = ageWord(i), i > start || noun {
        // German `der 58-Jährige`, `die 56-jährige Anwältin`.
        end = i + 1
        if noun { sawHead = true }
      } else if t.punctuation == .period, sawHead, i + 1 < ceiling, tokens[i + 1].isCapitalized,
        language.profile.role(tokens[i - 1].word).contains(.abbreviation) || tokens[i - 1].length == 1
      {
        end = i + 1
      } else {
        break
      }
      i += 1
    }
    while end > start, isWordID(end - 1, language.known.of) || isWordID(end - 1, language.known.for) || punct(end - 1) != nil
      || language.profile.role(tokens[end - 1].word).contains(.determiner)
    {
      end -= 1
    }
    guard end > start else { return nil }
    end = attributeEnd(start..<end, ceiling: ceiling)
    let r = start..<end
    return isSpeakerLike(r) ? r : nil
  }

  /// Whether the word before `k` is a capitalized noun or name (not a function or time word).
  func isNounBefore(_ k: Int) -> Bool {
    let p = tokens[k - 1]
    guard p.kind == .word, p.isCapitalized, !inQuote(k - 1) else { return false }
    let role = language.profile.role(p.word)
    return !role.contains(.function) && !role.contains(.time)
  }

  /// Whether the phrase is a description (`the chief executive of Lornach Dairy`):
  /// a lower-case person noun or title before any `of`, and no name before it.
  func isDescription(_ r: Range<Int>) -> Bool {
    // German capitalizes nouns: a person noun or title heads a description (`Die Sprecherin der
    // Grünen`), up to its genitive or prepositional attribute; a name in the head does not
    // (`Bundeskanzlerin Angela Merkel`).
    if language.profile.capitalizesNouns {
      var sawNoun = false
      for k in r where tokens[k].kind == .word {
        let role = language.profile.role(tokens[k].word)
        if sawNoun && (role.contains(.determiner) || role.contains(.preposition)) { break }
        guard tokens[k].isCapitalized, !role.contains(.function), !role.contains(.determiner), !role.contains(.possessive) else { continue }
        if role.contains(.personNoun) || role.contains(.title) {
          sawNoun = true
        } else {
          return false
        }
      }
      return sawNoun
    }
    var k = r.lowerBound
    while k < r.upperBound {
      defer { k += 1 }
      guard tokens[k].kind == .word else { continue }
      if isWordID(k, language.known.of) || isWordID(k, language.known.for) { return false }
      let role = language.profile.role(tokens[k].word)
      // `Russia's foreign minister`, `John Smith's lawyer`: a possessive name is a modifier of the description.
      if tokens[k].isCapitalized && !role.contains(.function) && !role.contains(.title) && !isPossessive(k) {
        var m = k
        while m + 1 < r.upperBound, tokens[m + 1].kind == .word, tokens[m + 1].isCapitalized, !isPossessive(m) { m += 1 }
        guard isPossessive(m) else { return false }
        k = m
        continue
      }
      if !tokens[k].isCapitalized && (role.contains(.personNoun) || role.contains(.title)) { return true }
    }
    return false
  }

  /// Whether the phrase holds a capitalized word that is not a title or function word.
  func hasProperName(_ r: Range<Int>) -> Bool {
    for k in r where tokens[k].kind == .word && tokens[k].isCapitalized {
      let role = language.profile.role(tokens[k].word)
      if !role.contains(.title) && !role.contains(.function) && !role.any(.speakerNoun) { return true }
    }
    return false
  }

  /// Whether a phrase names a speaker for sure: a name, a pronoun or a speaker noun.
  func isStrongSpeaker(_ r: Range<Int>) -> Bool {
    if language.profile.capitalizesNouns, r.count >= 2, ageWord(r.upperBound - 1) == true { return true }  // `Der 58-Jährige`
    for k in r where tokens[k].kind == .word {
      let role = language.profile.role(tokens[k].word)
      if role.any(.speakerNoun) || role.any(.pronoun) && !role.contains(.possessive) { return true }
      if tokens[k].isCapitalized && !role.contains(.function) && !role.contains(.time) { return true }
    }
    return false
  }

  /// Whether a phrase can name a speaker: it holds a name, a pronoun or a speaker noun.
  func isSpeakerLike(_ r: Range<Int>) -> Bool {
    if language.profile.capitalizesNouns, r.count >= 2, tokens[r.lowerBound].kind == .word,
      language.profile.role(tokens[r.lowerBound].word).contains(.determiner), ageWord(r.upperBound - 1) == true
    {
      return true  // `Der 58-Jährige`
    }
    // `the keeper`, `a visitor`: a determiner and a plain lower-case head.
    if r.count >= 2, tokens[r.lowerBound].kind == .word, tokens[r.upperBound - 1].kind == .word, !tokens[r.upperBound - 1].isCapitalized {
      let first = language.profile.role(tokens[r.lowerBound].word)
      let head = language.profile.role(tokens[r.upperBound - 1].word)
      if (first.contains(.determiner) || first.contains(.possessive)) && !head.contains(.function) && !head.contains(.time)
        && !head.contains(.stop) && !head.contains(.preposition) && !head.contains(.skippable)
      {
        return true
      }
    }
    for k in r where tokens[k].kind == .word {
      let role = language.profile.role(tokens[k].word)
      if role.any(.speakerNoun) || role.any(.pronoun) && !role.contains(.possessive) { return true }
      if tokens[k].isCapitalized && !role.contains(.function) && !role.contains(.time) && !language.profile.capitalizesNouns {
        return true
      }
      if tokens[k].isCapitalized && language.profile.capitalizesNouns && (role.contains(.title) || role.contains(.maleName) || role.contains(.femaleName)) {
        return true
      }
      // German: a capitalized noun may be a name or a common noun, and either may speak
      // (`Müller sagte`, `der Konzern teilte mit`); time words and function words do not.
      if tokens[k].isCapitalized && language.profile.capitalizesNouns && !role.contains(.function) && !role.contains(.time) && !role.contains(.stop) {
        return true
      }
    }
    return false
  }

  /// German: the start of `von` or a genitive article before a short quoted name that closes at `close`
  /// (`Der Geschäftsführer von „Ener1“`), when a speaker noun or title stands before it; nil otherwise.
  func quotedNameAttribute(closingAt close: Int, floor: Int) -> Int? {
    guard closesQuote(close), case let q = quotes[Int(quoteOf[close])], q.close == close, q.close - q.open <= 6, q.close - q.open >= 2,
      q.open - 2 >= floor, tokens[q.open + 1].isCapitalized, tokens[q.open - 1].kind == .word, !inQuote(q.open - 1),
      isWordID(q.open - 1, language.known.of) || language.known.genitives.contains(tokens[q.open - 1].word),
      tokens[q.open - 2].kind == .word, tokens[q.open - 2].isCapitalized, !inQuote(q.open - 2),
      language.profile.role(tokens[q.open - 2].word).any([.personNoun, .organizationNoun, .groupNoun, .title]) || isCompound(q.open - 2, endingIn: [.speakerNoun, .title])
    else { return nil }
    return q.open - 1
  }

  /// Where a noun phrase read backward takes in the quote that closes at `i`, and how many words
  /// that counts: a short quoted name right after a speaker noun (`Der Fernsehsender „Channel 10“
  /// berichtete`), or after `von` or a genitive article after one (`ein Sprecher der „Tafel“`).
  func quotedNameStart(_ i: Int, floor: Int) -> (start: Int, words: Int)? {
    guard language.profile.capitalizesNouns else { return nil }
    if closesQuote(i), case let q = quotes[Int(quoteOf[i])], q.close - q.open <= 6, q.close - q.open >= 2,
      q.open - 1 >= floor, tokens[q.open + 1].isCapitalized, tokens[q.open - 1].kind == .word, !inQuote(q.open - 1),
      language.profile.role(tokens[q.open - 1].word).any(.speakerNoun) || isCompound(q.open - 1, endingIn: .speakerNoun)
    {
      return (q.open, 1)
    }
    return quotedNameAttribute(closingAt: i, floor: floor).map { ($0, 2) }
  }

  /// The step of a noun phrase read backward at determiner `i` (its start now `start`): whether the
  /// walk goes on past it — `a spokesman for the Kremlin` (past `for the` to a speaker noun),
  /// German `ein Sprecher der Polizei` (a genitive after a noun) — moving `i`, `start` and `count`.
  func continuesPastDeterminer(_ i: inout Int, start: inout Int, count: inout Int, floor: Int) -> Bool {
    let t = tokens[i]
    // `a spokesman for the Kremlin`: go on past `for the` to a speaker noun.
    if start == i, i - 2 >= floor, isWordID(i - 1, language.known.for) || isWordID(i - 1, language.known.of),
      language.profile.role(tokens[i - 2].word).any(.speakerNoun) || tokens[i - 2].isCapitalized
    {
      start = i - 1
      count += 1
      i -= 2
      return true
    }
    // German: `ein Sprecher der Polizei` — a genitive after a noun belongs to it.
    if start == i, i - 1 >= floor, language.known.genitives.contains(t.word), isNounBefore(i) {
      count += 1
      i -= 1
      return true
    }
    // German `Einer der Feuerwehrmänner`: a pronoun of a part before a genitive plural.
    if language.profile.capitalizesNouns, start == i, i - 1 >= floor, language.known.genitives.contains(t.word), tokens[i - 1].kind == .word,
      tokens[i - 1].isCapitalized, language.profile.role(tokens[i - 1].word).contains(.determiner), !inQuote(i - 1)
    {
      start = i - 1
    }
    return false
  }

  /// Whether lowercase word `i` (role `role`) joins a noun phrase read backward that now starts at
  /// `start` (`end` when empty) after `count` words: a modifier or head (`senior`, `peacekeepers`).
  func modifierJoins(_ i: Int, role: WordRole, start: Int, end: Int, count: Int, floor: Int) -> Bool {
    // A lowercase modifier or head (`senior`, `peacekeepers`) — only inside a phrase
    // that already has a head, or as the head itself when it is a speaker noun.
    // An unlisted head counts when a determiner opens the phrase within
    // three words (`the announcer said`, `the ad's narrator says`).
    if start == end && !role.any(.speakerNoun) && !determinerWithin(i, floor: floor) { return false }
    // A verb is no part of it (`das Kabinett habe zugestimmt`).
    if language.profile.capitalizesNouns, role.contains(.auxiliary) || role.contains(.copula) || role.contains(.reportedMood) { return false }
    if count >= 6 { return false }
    // Right before a name only a role or a body's noun belongs to it (`coach Luc Tremblay`,
    // `the software company Nordlicht Systems`), not a document or a plain word (`In its
    // filing OptInRealBig claimed`, `For its part OptInRealBig said`).
    if !language.profile.capitalizesNouns, start < end, tokens[start].isCapitalized, tokens[end - 1].isCapitalized, i + 1 == start,
      !isWordID(i, language.known.of), !isWordID(i, language.known.for), !isWordID(i, language.known.and),
      !role.any(.speakerNoun) && !role.contains(.title) || isIssuedText(i)
    {
      return false
    }
    return true
  }

  /// Whether token `i`, not a word, joins a noun phrase read backward that now starts at `start`
  /// (`end` when empty): an age, a number after a determiner, an abbreviation's period, a plural
  /// possessive's apostrophe or an ampersand inside a name.
  func nonWordJoins(_ i: Int, start: Int, end: Int, floor: Int) -> Bool {
    let t = tokens[i]
    // German `Der 58-Jährige sagte`, `die 56-jährige Anwältin`
    if language.profile.capitalizesNouns, t.kind == .number, let noun = ageWord(i), noun || start < end {
      return true
    }
    // German `der 13 beteiligten Feuerwehrmänner`
    if language.profile.capitalizesNouns, t.kind == .number, start < end, i > floor, tokens[i - 1].kind == .word,
      language.profile.role(tokens[i - 1].word).contains(.determiner)
    {
      return true
    }
    // `Gov. Mike Pence`, `J. Smith`
    if t.punctuation == .period, i > floor, tokens[i - 1].kind == .word,
      start < end && (language.profile.role(tokens[i - 1].word).contains(.abbreviation) || tokens[i - 1].length == 1)
        // `Acme Co. said`: a company's abbreviation closing the phrase.
        || start == end && tokens[i - 1].isCapitalized && tokens[i - 1].end == t.start
          && language.profile.role(tokens[i - 1].word).contains(.abbreviation) && i - 2 >= floor && tokens[i - 2].isCapitalized
    {
      return true
    }
    // `The Digital Workers' Union`
    if t.kind == .quote, !inQuote(i), start < end, tokens[start].isCapitalized, i > floor,
      tokens[i - 1].kind == .word, tokens[i - 1].end == t.start, t.mark == .rightSingle || t.mark == .straightSingle
    {
      return true
    }
    // `AT & T`
    if t.punctuation == .other, start < end, tokens[start].isCapitalized, i > floor, tokens[i - 1].isCapitalized {
      return true
    }
    return false
  }
}
