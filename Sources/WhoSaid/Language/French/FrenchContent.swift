/// French content limits the shared ``ContentFinder`` asks about.
extension ContentFinder {
  /// Where the content of frame `f` ends, given the shared limit `next`: a relative clause inside
  /// the subject that opens its sentence ends at its closing comma (`Dylan Mercier, qui affirme
  /// avoir passé la soirée chez lui, encourt vingt ans`: the claim is `avoir passé la soirée chez
  /// lui`); a relative at the end of the sentence runs on (`a réagi X, qui a ajouté que …`).
  func frenchContentEnd(_ f: Frame, next: Int, sentence s: Int, _ fr: FrenchWords) -> Int {
    guard f.kind == .verb, doc.isWordID(f.lower, fr.who), f.lower > s, doc.punct(f.lower - 1) == .comma,
      let sp = f.speaker, sp.lowerBound == s
    else { return next }
    var j = f.upper
    while j < next {
      if doc.opensQuote(j) {
        j = doc.quotes[Int(doc.quoteOf[j])].close + 1
        continue
      }
      if doc.punct(j) == .comma { return j }
      j += 1
    }
    return next
  }
}

/// Where the French rules put the start of a reported clause (see ``ContentFinder/frenchClauseStart(_:cue:limit:_:)``).
enum FrenchStart {
  /// The clause starts at this token.
  case at(Int)
  /// The cue reports nothing here.
  case nothing
  /// The shared rules decide.
  case shared
}

extension ContentFinder {
  /// French: where the content after frame `f` starts, before the shared rules look. A cue with
  /// content prepositions reports from the first of them (`a accusé la direction de vouloir`,
  /// `a félicité X pour sa « rigueur »`, `a appelé les cheminots à une grève`), preferring a `de`
  /// before a verb or a quote to one that completes a name (`a accusé le ministre de l'Intérieur
  /// de mentir`); a speech verb with a plain noun phrase and no clause reports nothing (`a annoncé
  /// un plan`, `a déclaré forfait`), unless it takes objects (`a dénoncé un « mépris »`), the noun
  /// is a claim (`a démenti les accusations`) or the cue is a belief (`juge la réforme nécessaire`).
  func frenchClauseStart(_ f: Frame, cue: Cue, limit: Int, _ fr: FrenchWords) -> FrenchStart {
    let k = f.upper
    if let preps = fr.contentPrepositions[f.cueIndex] {
      var first = -1
      var j = k
      while j < limit && j < k + 16 {
        if doc.opensQuote(j) {
          j = doc.quotes[Int(doc.quoteOf[j])].close + 1
          continue
        }
        if doc.punct(j)?.isTerminal == true || doc.language.profile.role(doc.tokens[j].word).contains(.complementizer) { break }
        if doc.tokens[j].kind == .word, preps.contains(doc.tokens[j].word) {
          if first < 0 { first = j }
          // `de l'Intérieur`, `de Strelsau`: a complement of the object, not the claim.
          let complement = fr.of.contains(doc.tokens[j].word) && j + 1 < limit && doc.tokens[j + 1].kind == .word
            && (doc.tokens[j + 1].isCapitalized || doc.language.profile.role(doc.tokens[j + 1].word).contains(.determiner))
          if !complement { return .at(j) }
        }
        j += 1
      }
      if first >= 0 { return .at(first) }
      if !cue.frame.contains(.clause) { return .nothing }
    }
    guard !cue.frame.contains(.object), cue.cueClass != .belief, !cue.frame.contains(.quoteOnly) else { return .shared }
    // The first word of what follows, past time words and adverbs.
    var j = k
    while j < limit && j < k + 4, doc.tokens[j].kind == .word, case let role = doc.language.profile.role(doc.tokens[j].word),
      role.contains(.time) && !role.contains(.determiner) || role.contains(.skippable)
    {
      j += 1
    }
    guard j < limit, doc.tokens[j].kind == .word else { return .shared }
    if fr.nonClaimObjects.contains(doc.tokens[j].word) { return .nothing }
    guard doc.language.profile.role(doc.tokens[j].word).any([.determiner, .possessive]), !fr.contractedTo.contains(doc.tokens[j].word) else { return .shared }
    // A clause or a quote further on is still the report (`a annoncé lundi aux salariés que`).
    var c = j
    while c < limit && c < j + 14 {
      if doc.opensQuote(c) || doc.language.profile.role(doc.tokens[c].word).contains(.complementizer) { return .shared }
      if doc.punct(c)?.isTerminal == true { break }
      c += 1
    }
    if j + 1 < limit, fr.claimNouns.contains(doc.tokens[j + 1].word) { return .shared }
    return .nothing
  }
}
