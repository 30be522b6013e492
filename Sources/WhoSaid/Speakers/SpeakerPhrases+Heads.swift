/// The parts of a speaker phrase read around a name (issue 19): the head noun before a preposition
/// (`A senior diplomat involved in the talks`), parentheticals and place tags after a name (`Mike
/// Pence (R-IN)`, `Millbrook, Ont.,`), adverbs before a cue (`enthusiastically`), and the attribute
/// a phrase after its cue keeps (`a senior official who asked not to be named`).
extension Document {
  /// Where a name ends before a parenthetical that ends at `e` (`Mike Pence (R-IN)`): the opening
  /// bracket, or `e` itself.
  func beforeParenthetical(_ e: Int, floor: Int) -> Int {
    guard e - 1 > floor, punct(e - 1) == .closeParen else { return e }
    var j = e - 2
    while j > floor && j > e - 8 && punct(j) != .openParen { j -= 1 }
    return punct(j) == .openParen ? j : e
  }

  /// `enthusiastically`, `quickly`: an adverb in -ly (not a noun after its article: `the family`).
  func isLyAdverb(_ k: Int) -> Bool {
    let t = tokens[k]
    guard !language.profile.capitalizesNouns, t.kind == .word, !t.isCapitalized, t.length >= 5, !inQuote(k) else { return false }
    let e = Int(t.end)
    guard text[e - 2] == 0x6C, text[e - 1] == 0x79 else { return false }
    let role = language.profile.role(t.word)
    guard role.isDisjoint(with: [.personNoun, .organizationNoun, .groupNoun, .title, .determiner, .time]) else { return false }
    return k == 0 || tokens[k - 1].kind != .word || language.profile.role(tokens[k - 1].word).isDisjoint(with: [.determiner, .possessive])
  }

  /// `A senior diplomat involved in the talks`, `Two people familiar with the negotiations`,
  /// `Researchers at the University of Northgate`: a person or group noun (perhaps with an
  /// adjective after it) before a preposition is the head of phrase `r` read back from a cue; the
  /// phrase then runs from that head's determiner. `r` itself otherwise.
  func withHead(_ r: Range<Int>, floor: Int) -> Range<Int> {
    guard !language.profile.capitalizesNouns, r.lowerBound - 2 >= floor, tokens[r.lowerBound - 1].kind == .word,
      !tokens[r.lowerBound - 1].isCapitalized, !inQuote(r.lowerBound - 1),
      isWordID(r.lowerBound - 1, language.known.of) || isWordID(r.lowerBound - 1, language.known.for)
        || language.profile.role(tokens[r.lowerBound - 1].word).contains(.preposition)
    else { return r }
    var h = r.lowerBound - 2
    let t = tokens[h]
    guard t.kind == .word, !inQuote(h) else { return r }
    // `involved`, `familiar`, `close`: one plain word after the head.
    if !language.profile.role(t.word).any([.personNoun, .groupNoun]), !t.isCapitalized, h - 1 >= floor,
      language.profile.role(t.word).isDisjoint(with: [.function, .stop, .skippable]), t.word < 0 || language.profile.cueOfWord[Int(t.word)] < 0
    {
      h -= 1
    }
    let head = tokens[h]
    guard head.kind == .word, !inQuote(h), language.profile.role(head.word).any([.personNoun, .groupNoun]),
      !head.isCapitalized || !language.profile.role(head.word).contains(.title) || h == floor || sentenceOf[h - 1] != sentenceOf[h],
      let np = nounPhrase(endingBefore: h + 1, floor: floor), np.upperBound == h + 1
    else { return r }
    // The head's phrase opens with it, a determiner or a capital, and holds no cue (`told analysts on a call`).
    let first = tokens[np.lowerBound]
    guard np.lowerBound == h || first.isCapitalized || first.kind == .number || language.profile.role(first.word).any([.determiner, .possessive]) else { return r }
    for k in np where tokens[k].word >= 0 && language.profile.cueOfWord[Int(tokens[k].word)] >= 0 { return r }
    return np.lowerBound..<r.upperBound
  }

  /// Whether the tokens from `k` to the next comma are a state or province after a place
  /// (`Ont.` in `Millbrook, Ont., said`, `Calif.`): no appositive of their own.
  func isPlaceTag(_ k: Int) -> Bool {
    guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, language.names.states.contains(nameKey(k)),
      k > 1, tokens[k - 2].isCapitalized, !isTitleWord(k - 2)
    else { return false }
    var j = k + 1
    if j < tokens.count, punct(j) == .period { j += 1 }
    return j < tokens.count && punct(j) == .comma
  }

  /// Where speaker phrase `r` read after its cue ends with the attribute that follows it: German
  /// `ein Sprecher der Berliner Polizei` (a genitive), `a senior official who asked not to be named`
  /// (an anonymous source keeps its clause).
  func attributeEnd(_ r: Range<Int>, ceiling: Int) -> Int {
    let start = r.lowerBound
    var end = r.upperBound
    // `a senior official who asked not to be named`: an anonymous source keeps its clause.
    // (German `ein Sprecher der Stadt`: a genitive article, not a relative pronoun; German relative
    // clauses follow a comma.)
    if end < ceiling, case let rel = language.profile.role(tokens[end].word), rel.contains(.relative), !rel.contains(.complementizer),
      language.profile.role(tokens[start].word).contains(.determiner), language.known.genitives.contains(tokens[end].word)
    {
      // The genitive attribute: its adjectives and its capitalized noun (`der Berliner Polizei`).
      var j = end + 1
      while j < ceiling, j < end + 4, tokens[j].kind == .word, !tokens[j].isCapitalized, !inQuote(j),
        !language.profile.role(tokens[j].word).contains(.function)
      {
        j += 1
      }
      var head = j
      while head < ceiling, head < j + 3, tokens[head].kind == .word, tokens[head].isCapitalized, !inQuote(head),
        !language.profile.role(tokens[head].word).contains(.function), !language.profile.role(tokens[head].word).contains(.time)
      {
        head += 1
      }
      // German `sagte Minister Duarte Lobo der Zeitung „…“`: after a name, `der` and a medium is the dative
      // of whom he told, not a genitive (`ein Sprecher der Zeitung` keeps its genitive).
      let told = language.profile.capitalizesNouns && head > j && language.profile.titleNouns.contains(tokens[j].word)
        && tokens[end - 1].isCapitalized && language.profile.role(tokens[end - 1].word).isDisjoint(with: [.personNoun, .organizationNoun, .groupNoun, .title])
        && !isCompound(end - 1, endingIn: [.speakerNoun, .title])
      if head > j && !told { end = head }
    } else if end < ceiling, case let rel = language.profile.role(tokens[end].word), rel.contains(.relative), !rel.contains(.complementizer),
      language.profile.role(tokens[start].word).contains(.determiner)
    {
      var j = end + 1
      while j < ceiling && j < end + 12 && tokens[j].kind == .word { j += 1 }
      if j == ceiling || punct(j) != nil { end = j }
    }
    return end
  }
}
