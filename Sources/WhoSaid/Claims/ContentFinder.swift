/// Decides what each frame reports: an adjacent quote (direct), a reported
/// clause (indirect), or a clause with quoted fragments (mixed).
extension Analysis {
  /// Turns the frames of sentence `s..<e` into drafts.
  ///
  /// - Complexity: O(length of the sentence × frames in it), frames being few.
  mutating func attribute(
    frames: [Frame], in sentence: Range<Int>, profile: LanguageProfile, drafts: inout [Draft]
  ) {
    let s = sentence.lowerBound
    let e = sentence.upperBound
    var floor = s  // content never reaches back before an earlier frame's content
    // For each frame, where a later frame starts a new clause (`…, X said`,
    // `…, according to X`): one pass from the end keeps this linear.
    var cut = [Int](repeating: e, count: frames.count)
    if frames.count > 1 {
      for gi in stride(from: frames.count - 1, to: 0, by: -1) {
        let g = frames[gi]
        let cuts = g.lower > s
          && (g.kind == .source
            || ((punct(g.lower - 1) == .comma || punct(g.lower - 1) == .semicolon)
              && (isTrailing(g, upTo: e, profile: profile) || g.speaker.map { isStrongSpeaker($0, profile) } == true)))
        cut[gi - 1] = cuts ? g.lower : cut[gi]
      }
    }
    for (fi, f) in frames.enumerated() {
      if claimedBy[f.cue.lowerBound] >= 0 { continue }  // inside another frame's content
      // Content runs to the sentence end, or to a later frame that starts a new
      // clause (`…, X said`, `…, according to X`); frames inside it are nested.
      let next = cut[fi]
      let cue = f.cueIndex >= 0 ? profile.cues[Int(f.cueIndex)] : nil
      let quoteOnly = cue?.frame.contains(.quoteOnly) ?? false
      var made: Draft?

      // 0. `Die Brücke bleibt gesperrt. Dies teilte die Stadt mit.`: the sentence before, when free.
      if f.anaphoric {
        made = anaphoricContent(before: s, frame: f)
        if made == nil { continue }
      }

      // 1. A quote right after the frame: `X said: "…"`, `X said in a statement that "…"`.
      if f.kind == .verb, closerBefore(f.lower, floor: floor) == nil, let j = quoteAfter(f.upper, limit: min(next, e), profile: profile) {
        let q = quotes[Int(quoteOf[j])]
        if f.inverted || quoteIsWholeClause(q, sentenceEnd: e, profile: profile) {
          made = Draft(kind: .direct, content: q.open..<(q.close + 1), fragments: [q.open..<(q.close + 1)], frame: f, confidence: 0)
        } else if !quoteOnly {
          let r = trimmed(j..<e)
          made = Draft(kind: .mixed, content: r, fragments: quoteRanges(in: r), frame: f, confidence: 0)
        }
      }
      // 2. The frame right after a closing mark: `"…," she said several months later.`
      // German puts the verb first after a quote (`„…“, sagte X`, `„…“, wie X sagte`): a subject
      // before the verb there is an appositive to the quote (`Der Sprecher der „Polizei“, Y sagte`).
      if made == nil, f.kind == .verb, let close = closerBefore(f.lower, floor: floor),
        !profile.verbSecond || f.inverted || f.lower == f.cue.lowerBound || isWordID(f.lower, known.like)
      {
        let open = quotes[Int(quoteOf[close])].open
        var first = open
        // `"A." "B," she said.`: earlier quotes of the same sentence run on.
        while first > floor, first - 1 >= s, closesQuote(first - 1) { first = quotes[Int(quoteOf[first - 1])].open }
        if first == s || first == floor || !(opensQuote(s)) {
          let content = first..<(close + 1)
          made = Draft(kind: .direct, content: content, fragments: quoteRanges(in: content), frame: f, confidence: 0)
        }
      }
      // 3. A parenthetical frame: `Many visitors were older, she said, and "…"`.
      // (German inverts a parenthetical frame: `…, sagte sie, …`; `…, Y sagte, …` is a subject with an appositive.)
      if made == nil, f.kind == .verb, !quoteOnly, !f.inverted, !profile.verbSecond, f.lower > s + 2, punct(f.lower - 1) == .comma,
        f.upper < e, punct(f.upper) == .comma, next == e, wordCount(f.upper..<e) >= 3, let sp = f.speaker, isStrongSpeaker(sp, profile)
      {
        let r = trimmed(max(floor, s)..<e)
        if wordCount(r) >= 4 {
          let frags = quoteRanges(in: r)
          made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
        }
      }
      // 3b. German: a source phrase inside its clause (`Die Lage sei nach Angaben der Polizei ruhig`,
      // `Die Straße bleibt laut Stadt gesperrt.`): the clause around it is the report.
      if made == nil, profile.verbSecond, f.kind == .source, f.lower > floor, tokens[f.lower - 1].kind == .word,
        !profile.role(tokens[f.lower - 1].word).contains(.conjunction)
      {
        let r = trimmed(floor..<next)
        if wordCount(r) >= 4 {
          let frags = quoteRanges(in: r)
          made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
        }
      }
      // 4. The frame closes its sentence: `"…," X said.`, `…, according to X.`
      if made == nil, f.kind != .source || f.lower > s && !isWordID(f.cue.lowerBound, known.sourceRelative), isTrailing(f, upTo: next, profile: profile),
        !profile.verbSecond || f.kind != .verb || f.inverted || f.lower == f.cue.lowerBound || isWordID(f.lower, known.like),
        !(profile.subjunctiveContinues && f.inverted && reportFollows(f, upTo: next, floor: floor, profile))
      {
        let before = backwardContent(f, floor: floor)
        if let r = before, opensQuote(r.lowerBound) {
          var last = r.lowerBound
          for k in r where closesQuote(k) { last = k }
          let content = r.lowerBound..<(last + 1)
          made = Draft(kind: .direct, content: content, fragments: quoteRanges(in: content), frame: f, confidence: 0)
        } else if let r = before, !quoteOnly, f.kind != .dash, r.count >= 3, !(cue?.frame.contains(.weak) ?? false),
          f.lower > s, punct(f.lower - 1) == .comma
        {
          let frags = quoteRanges(in: r)
          made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
        } else if f.kind == .dash, let r = before, opensQuote(r.lowerBound) {
          made = Draft(kind: .direct, content: r, fragments: quoteRanges(in: r), frame: f, confidence: 0)
        }
      }
      // 5. A reported clause after the frame: `X said (that) …`, `X accused Y of …`, `According to X, …`.
      if made == nil, !quoteOnly, f.kind != .dash, let start = clauseStart(f, limit: next, profile: profile) {
        let r = trimmed(start..<next)
        if wordCount(r) >= 2 {
          let frags = quoteRanges(in: r)
          made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
        }
      }
      // 6. German: a cue that closes its sentence with nothing reported after it (`Die Polizei gab
      // die Festnahme am Montag bekannt.`, `Die Partei hat die Vorwürfe zurückgewiesen.`): the
      // whole sentence is the report.
      if made == nil, profile.verbSecond, f.kind == .verb, !quoteOnly, floor == s, next == e, endsClause(f.upper, e),
        let sp = f.speaker, isStrongSpeaker(sp, profile), wordCount(s..<e) >= 4, !(cue?.frame.contains(.weak) ?? true)
      {
        let r = trimmed(s..<e)
        if !r.contains(where: { claimedBy[$0] >= 0 }) {
          let frags = quoteRanges(in: r)
          made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
        }
      }
      guard var d = made else { continue }
      // A quoted title naming the source (`laut „Welt“`) is no quoted fragment of the report.
      if d.kind == .mixed, let sp = f.speaker, d.fragments.contains(where: { $0.overlaps(sp) }) {
        d.fragments.removeAll { $0.overlaps(sp) }
        if d.fragments.isEmpty { d.kind = .indirect }
      }
      d.confidence = confidence(of: d, profile: profile)
      let index = Int32(drafts.count)
      for k in d.content { claimedBy[k] = index }
      floor = max(floor, d.content.upperBound)
      drafts.append(d)
    }
  }

  /// The content a demonstrative frame points back to: the sentence before `s` in the same
  /// paragraph, when no other attribution holds any of it.
  func anaphoricContent(before s: Int, frame f: Frame) -> Draft? {
    let si = Int(sentenceOf[s])
    guard si > 0 else { return nil }
    let prev = sentences[si - 1]
    guard paragraphOf[prev.lowerBound] == paragraphOf[s], !prev.contains(where: { claimedBy[$0] >= 0 }) else { return nil }
    let r = trimmed(prev)
    guard wordCount(r) >= 3 else { return nil }
    let frags = quoteRanges(in: r)
    if frags.count == 1, frags[0] == r {
      return Draft(kind: .direct, content: r, fragments: frags, frame: f, confidence: 0)
    }
    return Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
  }

  /// The opening mark of a quote that follows `k` with only a colon, comma,
  /// complementizer or a short adverbial in between.
  func quoteAfter(_ k: Int, limit: Int, profile: LanguageProfile) -> Int? {
    var j = k
    while j < limit && j < k + 10 {
      if opensQuote(j) {
        if j == k { return j }
        let g = tokens[j - 1]
        if g.punctuation == .colon || g.punctuation == .comma || profile.role(g.word).contains(.complementizer) {
          return j
        }
        return nil
      }
      if punct(j)?.isTerminal == true || inQuote(j) { return nil }
      j += 1
    }
    return nil
  }

  /// Whether a quote after its cue stands for the whole reported clause (direct),
  /// rather than being a fragment of a longer one (mixed).
  func quoteIsWholeClause(_ q: QuoteSpan, sentenceEnd e: Int, profile: LanguageProfile) -> Bool {
    var words = 0
    var k = q.close + 1
    while k < e && words < 3 {
      if opensQuote(k) { k = quotes[Int(quoteOf[k])].close + 1; continue }
      if tokens[k].kind == .word { words += 1 }
      k += 1
    }
    let inside = q.close - q.open - 1
    return words < 3 || inside >= 12
  }

  /// The closing mark right before a frame (a comma may stand between), if the
  /// quote it closes starts at or after `floor`.
  func closerBefore(_ k: Int, floor: Int) -> Int? {
    var j = k - 1
    if j >= floor, punct(j) == .comma { j -= 1 }
    // German: a quote right before its verb is the fronted phrase (`In der „BILD“ schreibt X`).
    if verbSecond && j == k - 1 { return nil }
    guard j >= floor, closesQuote(j), quotes[Int(quoteOf[j])].open >= floor else { return nil }
    return j
  }

  /// Whether nothing but an adverbial (`in a statement`, `on Monday`) follows the frame.
  func isTrailing(_ f: Frame, upTo next: Int, profile: LanguageProfile) -> Bool {
    var k = f.upper
    var words = 0
    while k < next {
      if k >= f.upper + 40 { return false }  // an adverbial is short; this bounds the look
      let t = tokens[k]
      if inQuote(k) { return false }
      if t.kind == .word {
        let role = profile.role(t.word)
        if role.contains(.complementizer) && words == 0 { return false }
        if words == 0 && t.word == known.to && k + 1 < next {
          // `told to reporters`, but not `continues to poison`
          let n = tokens[k + 1]
          if !(n.isCapitalized || profile.role(n.word).contains(.determiner) || profile.role(n.word).contains(.groupNoun)) { return false }
        }
        // (Without an `adding` word — German, French — a word outside the lists passes here too, as it
        // always has: the explicit form of what used to be `t.word == known.adding` with both -1.)
        if words == 0 && !(role.contains(.preposition) || role.contains(.time) || role.contains(.skippable) || isWordID(k, known.adding)
          || known.adding < 0 && role.isEmpty)
        {
          // `said Monday`, `said in a statement`, `told reporters`
          if !(t.isCapitalized || role.contains(.groupNoun)) { return false }
        }
        words += 1
        if words > 9 { return false }
      } else if t.kind == .punctuation, t.punctuation == .comma {
        // `, adding …` is another frame; `, referring to …` an aside
        return true
      }
      k += 1
    }
    return true
  }

  /// German: whether an inverted frame after a fronted phrase (`In einer Botschaft, die … wurde,
  /// sagte Thaksin, man werde kämpfen.`) reports the clause after its comma: that clause has a
  /// subjunctive, and the phrase before the frame has neither a subjunctive nor a quote.
  func reportFollows(_ f: Frame, upTo next: Int, floor: Int, _ profile: LanguageProfile) -> Bool {
    guard f.lower >= floor, f.upper + 1 < next, punct(f.upper) == .comma, !profile.role(tokens[f.upper + 1].word).contains(.conjunction)
    else { return false }
    func subjunctive(_ r: Range<Int>) -> Bool {
      r.contains { tokens[$0].kind == .word && !inQuote($0) && profile.role(tokens[$0].word).contains(.subjunctive) }
    }
    // Both looks are bounded, so many frames in one long sentence stay linear.
    let before = max(floor, f.lower - 60)..<f.lower
    return subjunctive((f.upper + 1)..<min(next, f.upper + 60)) && !subjunctive(before) && !before.contains(where: { inQuote($0) })
  }

  /// The content before a trailing frame: from the sentence start (or the end of
  /// earlier content) to the comma before the frame.
  func backwardContent(_ f: Frame, floor: Int) -> Range<Int>? {
    var end = f.lower
    while end > floor, let p = punct(end - 1), p == .comma || p == .dash || p == .colon { end -= 1 }
    var start = floor
    while start < end, let p = punct(start), p == .dash || p == .comma { start += 1 }
    guard start < end else { return nil }
    return start..<end
  }

  /// Where the reported clause after a frame starts, or nil when there is none.
  func clauseStart(_ f: Frame, limit: Int, profile: LanguageProfile) -> Int? {
    var k = f.upper
    if f.kind == .source {
      while k < limit, let p = punct(k), p == .comma || p == .colon { k += 1 }
      return k < limit ? k : nil
    }
    guard f.cueIndex >= 0 else { return nil }
    let cue = profile.cues[Int(f.cueIndex)]
    if cue.frame.contains(.prepositional) {
      var j = k
      while j < limit && j < k + 12 {
        if tokens[j].word == cue.preposition && !inQuote(j) { return j }
        if profile.role(tokens[j].word).contains(.complementizer) { break }
        if punct(j)?.isTerminal == true { break }
        j += 1
      }
      if !cue.frame.contains(.clause) { return nil }
    }
    // An explicit complementizer within a short adverbial or object: `said on Monday that`.
    var j = k
    while j < limit && j < k + 9 {
      let t = tokens[j]
      if inQuote(j) || punct(j) != nil && punct(j) != .openParen && punct(j) != .closeParen { break }
      if j > k && profile.role(t.word).any([.hePronoun, .shePronoun, .theyPronoun, .itPronoun, .personalPronoun]) { break }
      if profile.role(t.word).contains(.complementizer) { return j + 1 < limit ? j + 1 : nil }
      j += 1
    }
    if profile.verbSecond {
      // No comma: a strong cue reports what follows it (`fordern Konsequenzen`); a weak one does not.
      guard let n = commaClause(after: k, limit: limit, cue: cue, profile: profile) else { return nil }
      if n >= 0 { return n }
    }
    // Weak and object-only cues (`believes`, `endorsed`, `wants to`) report what
    // follows them too, with a lower confidence.
    if cue.frame.contains(.quoteOnly) || cue.frame.contains(.strict) { return nil }
    // Skip an adverbial of time (`said Sunday`, `said on Monday`) and a listener (`told reporters`).
    while k < limit {
      let t = tokens[k]
      let role = profile.role(t.word)
      if punct(k) == .comma || punct(k) == .colon { k += 1; continue }
      if role.contains(.time) && (t.isCapitalized || role.contains(.skippable) == false) && !role.contains(.determiner) {
        k += 1
        continue
      }
      if isWordID(k, profile.known.to) || role.contains(.preposition) && k + 1 < limit && profile.role(tokens[k + 1].word).contains(.time) {
        k += 2
        continue
      }
      break
    }
    // After `kritisierte,` a clause follows, not an object.
    if cue.frame.contains(.object), k < limit, !(k > f.upper && punct(k - 1) == .comma) {
      let t = tokens[k]
      let role = profile.role(t.word)
      // `told a story`, `told the tale`: an object, not a report.
      if role.contains(.determiner) && cue.frame.contains(.clause) && !cue.frame.contains(.weak) { return nil }
      if role.contains(.groupNoun) || (t.isCapitalized && !role.contains(.function)) {
        var j = k
        while j < limit && j < k + 4 && (tokens[j].isCapitalized || profile.role(tokens[j].word).contains(.groupNoun)) { j += 1 }
        k = j
      } else if role.any(.pronoun) && !role.contains(.hePronoun) && !role.contains(.shePronoun) && !role.contains(.theyPronoun) {
        k += 1  // `told us`
      }
    }
    guard k < limit, tokens[k].kind != .punctuation || punct(k) == .openParen else { return nil }
    return k
  }

  /// German sets a reported clause off with a comma (`Er sagte am Montag, die Lage sei ernst`,
  /// `warf der Regierung vor, sie habe …`). Returns the clause's first token after the comma
  /// that ends the cue's phrase; nil when a strict cue lacks `dass`; -1 when no comma follows
  /// within the clause or the comma opens a relative clause after the cue's object (`schätzt die
  /// Zahl der Kinder, die …`), where the object itself is what is reported.
  func commaClause(after k: Int, limit: Int, cue: Cue, profile: LanguageProfile) -> Int? {
    var j = k
    while j < limit && j < k + 16 {
      if opensQuote(j) {
        j = quotes[Int(quoteOf[j])].close + 1
        continue
      }
      if let p = punct(j) {
        if p == .comma || p == .colon { break }
        if p == .openParen || p == .closeParen { j += 1; continue }
        return -1
      }
      if j > k, profile.role(tokens[j].word).contains(.complementizer) { return -1 }
      j += 1
    }
    let n = j + 1
    guard j < limit, n < limit, punct(j) == .comma || punct(j) == .colon else { return -1 }
    guard tokens[n].kind == .word || opensQuote(n) else { return nil }
    let role = profile.role(tokens[n].word)
    if role.contains(.complementizer) { return n }
    if cue.frame.contains(.strict) || cue.frame.contains(.quoteOnly) { return nil }
    let next = n + 1 < limit ? tokens[n + 1] : nil
    // `den Plan, der …`, `einen Unfall, bei dem …`: a relative clause after the cue's object,
    // not an article opening the reported clause (`sagte, die Lage …`, `sagte, zu der Frage …`).
    if j > k, tokens[j - 1].isCapitalized {
      if role.contains(.relative), !(next?.isCapitalized ?? false) { return -1 }
      if role.contains(.preposition), let x = next, profile.role(x.word).contains(.relative) { return -1 }
    }
    return n
  }

  /// `r` without leading commas and trailing sentence punctuation (outside quotes).
  func trimmed(_ r: Range<Int>) -> Range<Int> {
    var s = r.lowerBound
    var e = r.upperBound
    while s < e, let p = punct(s), p == .comma || p == .colon || p == .dash { s += 1 }
    while e > s, !inQuote(e - 1), let p = punct(e - 1), p.isTerminal || p == .comma || p == .colon || p == .semicolon || p == .dash { e -= 1 }
    return s..<e
  }

  /// The quotes inside `r`.
  func quoteRanges(in r: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var k = r.lowerBound
    while k < r.upperBound {
      if opensQuote(k) {
        let q = quotes[Int(quoteOf[k])]
        if q.close < r.upperBound { out.append(q.open..<(q.close + 1)) }
        k = q.close + 1
        continue
      }
      k += 1
    }
    return out
  }

  func wordCount(_ r: Range<Int>) -> Int {
    var n = 0
    for k in r where tokens[k].kind == .word { n += 1 }
    return n
  }

  /// An honest confidence: high for a direct quote next to a named speaker, lower
  /// for pronouns, clauses, weak cues and inferred speakers.
  func confidence(of d: Draft, profile: LanguageProfile) -> Double {
    guard let f = d.frame, let sp = f.speaker else { return 0.3 }
    var c: Double
    switch d.kind {
    case .direct: c = 0.95
    case .mixed: c = 0.85
    case .indirect: c = 0.75
    }
    if f.kind == .source { c -= 0.05 }
    if f.inherited { c -= 0.1 }
    if sp.count == 1, profile.role(tokens[sp.lowerBound].word).any(.pronoun) { c -= 0.1 }
    if f.cueIndex >= 0, profile.cues[Int(f.cueIndex)].frame.contains(.weak) { c -= 0.15 }
    return c
  }
}
