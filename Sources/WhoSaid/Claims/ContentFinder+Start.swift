/// The steps of ``ContentFinder/clauseStart(_:limit:)`` that look past the cue: its preposition,
/// a complementizer after a short adverbial, an adverbial of time and a listener.
extension ContentFinder {
  /// The preposition that opens the content of a prepositional cue (`warned residents of …`,
  /// `accused the minister of …`), looked for from `k`, or nil.
  func prepositionStart(_ f: Frame, cue: Cue, from k: Int, limit: Int) -> Int? {
    var j = k
    // German `wies Friedrich auch auf die Gefahren hin`: the preposition stands before a far particle.
    if doc.language.profile.verbSecond, f.upper > f.cue.upperBound + 1, cue.particle >= 0, doc.isWordID(f.upper - 1, cue.particle) {
      j = max(f.cue.upperBound, f.speaker.map { $0.lowerBound >= f.cue.upperBound ? $0.upperBound : f.cue.upperBound } ?? f.cue.upperBound)
    }
    while j < limit && j < k + 12 {
      // `warned residents of`, `accused the minister of`; not `warn a second band of rain could …`.
      // (A cue that also takes a clause: the words before its preposition must be a party.)
      if doc.tokens[j].word == cue.preposition && !doc.inQuote(j) && (!cue.frame.contains(.clause) || cue.preposition == doc.language.known.to || j <= k || doc.namesParty(k..<j)) { return j }
      if doc.language.profile.role(doc.tokens[j].word).contains(.complementizer) { break }
      if doc.punct(j)?.isTerminal == true { break }
      // German `forderte die Bahn auf, die Beträge zu erstatten`: a `zu` after the comma is the
      // infinitive's, and the clause after the comma is the report.
      if doc.language.profile.verbSecond, doc.punct(j) == .comma { break }
      j += 1
    }
    return nil
  }

  /// The complementizer within a short adverbial or object after the cue (`said on Monday that`,
  /// `said at a rally in Toledo, Ohio, that`), looked for from `k`, or nil.
  func complementizer(after k: Int, limit: Int) -> Int? {
    var j = k
    let adverbial = doc.language.profile.requiresClauseContent && k < limit && doc.tokens[k].kind == .word
      && doc.language.profile.role(doc.tokens[k].word).contains(.preposition)
    while j < limit && j < k + (adverbial ? 16 : 9) {
      let t = doc.tokens[j]
      if doc.inQuote(j) || doc.punct(j) != nil && doc.punct(j) != .openParen && doc.punct(j) != .closeParen && !(adverbial && doc.punct(j) == .comma) { break }
      if j > k && doc.language.profile.role(t.word).any([.hePronoun, .shePronoun, .theyPronoun, .itPronoun, .personalPronoun]) { break }
      // `said Mars promised her that …`: the `that` of another verb.
      if j > k, doc.language.profile.requiresClauseContent, t.word >= 0, !t.isCapitalized,
        doc.language.profile.cueOfWord[Int(t.word)] >= 0 || doc.language.profile.has(t.word, .finite)
      {
        break
      }
      if doc.language.profile.role(t.word).contains(.complementizer) { return j }
      j += 1
    }
    return nil
  }

  /// The token after an adverbial of time (`said Sunday`, `said on Monday`) and a listener after
  /// `to` (`said to reporters`) from `k`.
  func skippingTimeAndListener(from start: Int, limit: Int) -> Int {
    var k = start
    while k < limit {
      let t = doc.tokens[k]
      let role = doc.language.profile.role(t.word)
      if doc.punct(k) == .comma || doc.punct(k) == .colon { k += 1; continue }
      if role.contains(.time) && (t.isCapitalized || role.contains(.skippable) == false) && !role.contains(.determiner) {
        k += 1
        continue
      }
      // `said to reporters`, `said on Monday`; not `wants to triple` (the cue's infinitive).
      if doc.isWordID(k, doc.language.profile.known.to) && k + 1 < limit && doc.opensListener(k + 1)
        || role.contains(.preposition) && k + 1 < limit && doc.language.profile.role(doc.tokens[k + 1].word).contains(.time)
      {
        k += 2
        continue
      }
      break
    }
    return k
  }

  /// Whether the words at `k` after a cue whose object is its target (``CueSemantics/object``)
  /// name a party and one of the profile's content openers follows them within five words
  /// (`threatened the company with a strike`, `charged Harmon with misleading voters`): a report
  /// whose target ``PartyFinder`` reads; not `responded with a goal` (no party before `with`).
  func targetThenOpener(_ f: Frame, from k: Int, limit: Int) -> Bool {
    guard f.cueIndex >= 0, doc.language.profile.semantics(ofCue: Int(f.cueIndex)).object == .target else { return false }
    var j = k + 1
    while j < limit && j <= k + 5 && doc.tokens[j].kind == .word && !doc.inQuote(j) {
      if doc.language.profile.parties.contentOpeners.contains(doc.tokens[j].word) { return j + 1 < limit && doc.namesParty(k..<j) }
      j += 1
    }
    return false
  }
}
