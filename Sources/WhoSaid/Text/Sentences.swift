/// Splits tokens into sentences, treating each quotation as one unit.
///
/// A sentence ends at terminal punctuation outside quotes when a capital, a
/// number or an opening mark follows (`Mr.`, `Gen.`, initials and `U.S.` do not
/// end one), at a closing mark after terminal punctuation unless an attribution
/// follows (`"…?" Clinton said.`), and at each paragraph start outside a quote.
/// In a verb-second language (German) an attribution after a quote is inverted, so
/// only a cue right after the closing mark keeps the quote's sentence open
/// (`„…?“ fragte er.`); `„….“ Der Minister sagte, …` starts a new one.
enum Sentences {
  /// - Parameters:
  ///   - quoteOf: for each token, the index of the quote containing it, or -1.
  /// - Complexity: O(n) in the number of tokens.
  static func split(
    _ tokens: [Token], quotes: [QuoteSpan], quoteOf: [Int32], profile: LanguageProfile,
    text: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0), into sentences: inout [Range<Int>]
  ) {
    sentences.removeAll(keepingCapacity: true)
    let n = tokens.count
    guard n > 0 else { return }
    var start = 0
    var k = 0
    while k < n {
      let t = tokens[k]
      let q = Int(quoteOf[k])
      if k > start && t.flags.contains(.paragraphStart) && (q < 0 || quotes[q].open == k) {
        sentences.append(start..<k)
        start = k
      }
      var breakAfter = false
      if q < 0, let p = t.punctuation, p.isTerminal, k + 1 < n {
        breakAfter = opensSentence(tokens, k + 1) && !(p == .period && (isAbbreviation(tokens, k, profile) || isOrdinalDay(tokens, k, profile)))
      } else if q >= 0 && quotes[q].close == k && k + 1 < n && k > 0 {
        // (A quote that ends with its sentence in the news convention closes on that sentence's
        // period: `"… end up. "I've …`.)
        if let p = t.kind == .quote ? tokens[k - 1].punctuation : t.punctuation, p.isTerminal, opensSentence(tokens, k + 1) {
          breakAfter = !attributionFollows(tokens, k + 1, quoteOf: quoteOf, profile: profile, text: text)
        }
      } else if q < 0 && t.kind == .word && t.flags.contains(.dotted) && k + 1 < n {
        // `… in the U.S. The talks …`
        let next = tokens[k + 1]
        breakAfter = next.isCapitalized && profile.role(next.word).contains(.function)
          && !tokens[k + 1].flags.contains(.paragraphStart)
      }
      if breakAfter {
        // Closing brackets and marks stay with the sentence they close.
        var e = k + 1
        while e < n, let p = tokens[e].punctuation, p == .closeParen || p.isTerminal { e += 1 }
        sentences.append(start..<e)
        start = e
        k = e
        continue
      }
      k += 1
    }
    if start < n { sentences.append(start..<n) }
  }

  /// Whether token `k` can open a sentence.
  static func opensSentence(_ tokens: [Token], _ k: Int) -> Bool {
    let t = tokens[k]
    switch t.kind {
    case .word: return t.isCapitalized
    case .number, .quote: return true
    case .punctuation: return t.punctuation == .openParen
    }
  }

  /// Whether the period at `k` belongs to an abbreviation or an initial.
  static func isAbbreviation(_ tokens: [Token], _ k: Int, _ profile: LanguageProfile) -> Bool {
    guard k > 0 else { return false }
    let w = tokens[k - 1]
    guard w.kind == .word, w.end == tokens[k].start else { return false }
    if w.length == 1 && w.isCapitalized { return true }
    return profile.role(w.word).contains(.abbreviation)
  }

  /// Whether the period at `k` makes a day of the month an ordinal (German `am 6. Oktober`):
  /// a number of one or two digits right before it and a month name after it (not `14. Gestern`).
  static func isOrdinalDay(_ tokens: [Token], _ k: Int, _ profile: LanguageProfile) -> Bool {
    guard profile.ordinalPeriod, k > 0, k + 1 < tokens.count else { return false }
    let day = tokens[k - 1]
    let next = tokens[k + 1]
    return day.kind == .number && day.length <= 2 && day.end == tokens[k].start
      && next.kind == .word && next.word >= 0 && profile.known.months.contains(next.word)
  }

  /// Whether a word looks like a manner adverb (`quietly`, `softly`): lower case, ending in `-ly`.
  static func isMannerAdverb(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let e = Int(t.end)
    return t.kind == .word && !t.isCapitalized && t.length >= 5 && e <= text.count && text[e - 2] == 0x6C && text[e - 1] == 0x79
  }

  /// Whether a cue verb comes within a few words after `k`, before any punctuation
  /// (in a verb-second language: right at `k`).
  static func attributionFollows(
    _ tokens: [Token], _ k: Int, quoteOf: [Int32], profile: LanguageProfile, text: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var j = k
    let limit = profile.verbSecond ? k + 1 : k + 7
    while j < tokens.count && j < limit {
      let t = tokens[j]
      if t.kind == .quote || t.kind == .punctuation && t.punctuation != .period && t.punctuation != .comma { return false }
      if t.word >= 0 && (profile.cueOfWord[Int(t.word)] >= 0 || profile.particleCueOfWord[Int(t.word)] >= 0) {
        // `"…" Keller said.` but not `"…" Keller said the wait was over.`
        guard j + 1 < tokens.count else { return true }
        let next = tokens[j + 1]
        if next.kind == .punctuation { return true }
        let role = profile.role(next.word)
        // Inverted (`"…" said the minister.`) the speaker follows; otherwise only an adverbial may
        // (`"It's over!" Smith said quietly.`: a manner adverb in `-ly` too).
        if j == k { return next.kind == .word }
        return next.kind == .word && (role.contains(.preposition) || role.contains(.time) || isMannerAdverb(next, text))
      }
      if t.punctuation?.isTerminal == true { return false }
      j += 1
    }
    return false
  }
}
