/// Decides what each frame reports: an adjacent quote (direct), a reported
/// clause (indirect), or a clause with quoted fragments (mixed).
///
/// The second step of the Claims stage: it turns a sentence's frames into drafts and marks
/// the tokens each draft claims (in ``Claims``).
struct ContentFinder {
  let doc: Document
}

extension ContentFinder {
  /// Turns the frames of sentence `s..<e` into drafts.
  ///
  /// - Complexity: O(length of the sentence × frames in it), frames being few.
  func attribute(frames: [Frame], in sentence: Range<Int>, claims: inout Claims) {
    guard !frames.isEmpty else { return }
    let s = sentence.lowerBound
    let e = sentence.upperBound
    var floor = s  // content never reaches back before an earlier frame's content
    // For each frame, where a later frame starts a new clause (`…, X said`,
    // `…, according to X`): one pass from the end keeps this linear.
    // (The buffer is the stage's, lent for the sentence: no allocation per sentence.)
    var cut = claims.contentCuts
    claims.contentCuts = []
    defer { claims.contentCuts = cut }
    cut.removeAll(keepingCapacity: true)
    cut.append(contentsOf: repeatElement(e, count: frames.count))
    if frames.count > 1 {
      for gi in stride(from: frames.count - 1, to: 0, by: -1) {
        let g = frames[gi]
        let cuts = g.lower > s
          && (g.kind == .source
            || ((doc.punct(g.lower - 1) == .comma || doc.punct(g.lower - 1) == .semicolon)
              && (isTrailing(g, upTo: e) || g.speaker.map { doc.isStrongSpeaker($0) } == true))
            // French `a dénoncé X et accusé Y de …`: a verb sharing the subject starts a claim of its own.
            || doc.language.french != nil && g.inherited)
        // `denied the report and said it was false`: a second verb of the same subject.
        let coordinated = doc.language.french == nil && g.inherited && g.lower - 1 > s
          && doc.isWordID(g.lower - 1, doc.language.known.and)
        cut[gi - 1] = coordinated ? g.lower - 1 : cuts ? g.lower : cut[gi]
      }
    }
    for (fi, f) in frames.enumerated() {
      if claims.claimedBy[f.cue.lowerBound] >= 0 { continue }  // inside another frame's content
      // Content runs to the sentence end, or to a later frame that starts a new
      // clause (`…, X said`, `…, according to X`); frames inside it are nested.
      var next = cut[fi]
      if let fr = doc.language.french { next = frenchContentEnd(f, next: next, sentence: s, fr) }
      let cue = f.cueIndex >= 0 ? doc.language.profile.cues[Int(f.cueIndex)] : nil
      var made: Draft?

      // 0. `Die Brücke bleibt gesperrt. Dies teilte die Stadt mit.`: the sentence before, when free.
      if f.anaphoric {
        made = anaphoricContent(before: s, frame: f, claimedBy: claims.claimedBy)
        if made == nil { continue }
      }

      made = contentNear(f, after: made, floor: floor, next: next, sentence: s, e, cue: cue)
      if made == nil { made = contentBeforeOrAfter(f, floor: floor, next: next, sentence: s, e, cue: cue, claimedBy: claims.claimedBy) }
      guard var d = made else { continue }
      // French: what the article-wide passes took first (a turn, a title, a headline) stays theirs.
      if doc.language.french != nil, d.content.contains(where: { claims.claimedBy[$0] >= 0 }) { continue }
      // A quoted title naming the source (`laut „Welt“`) is no quoted fragment of the report.
      if d.kind == .mixed, let sp = f.speaker, d.fragments.contains(where: { $0.overlaps(sp) }) {
        d.fragments.removeAll { $0.overlaps(sp) }
        if d.fragments.isEmpty { d.kind = .indirect }
      }
      d.confidence = doc.confidence(of: d)
      let index = Int32(claims.drafts.count)
      for k in d.content { claims.claimedBy[k] = index }
      floor = max(floor, d.content.upperBound)
      claims.drafts.append(d)
    }
  }

  /// The content right around frame `f`, within `floor..<next` of the sentence `s..<e`: a quote
  /// right after it (`X said: "…"`), a quote closing right before it (`"…," she said`), the clause
  /// around a parenthetical frame (`Many visitors were older, she said, and …`), or the German
  /// clause around a source phrase inside it (`Die Lage sei nach Angaben der Polizei ruhig`).
  /// (`made` is what an earlier step found: a quote right after the frame still wins over it.)
  func contentNear(_ f: Frame, after made: Draft?, floor: Int, next: Int, sentence s: Int, _ e: Int, cue: Cue?) -> Draft? {
    let quoteOnly = cue?.frame.contains(.quoteOnly) ?? false
    var made = made
    // 1. A quote right after the frame: `X said: "…"`, `X said in a statement that "…"`.
    if f.kind == .verb, closerBefore(f.lower, floor: floor) == nil, let j = quoteAfter(f.upper, limit: min(next, e)) {
      let q = doc.quotes[Int(doc.quoteOf[j])]
      if f.inverted || quoteIsWholeClause(q, sentenceEnd: e) {
        made = Draft(kind: .direct, content: q.open..<(q.close + 1), fragments: [q.open..<(q.close + 1)], frame: f, confidence: 0)
      } else if !quoteOnly {
        let r = doc.trimmed(j..<e)
        made = Draft(kind: .mixed, content: r, fragments: doc.quoteRanges(in: r), frame: f, confidence: 0)
      }
    }
    // 2. The frame right after a closing mark: `"…," she said several months later.`
    // German puts the verb first after a quote (`„…“, sagte X`, `„…“, wie X sagte`): a subject
    // before the verb there is an appositive to the quote (`Der Sprecher der „Polizei“, Y sagte`).
    if made == nil, f.kind == .verb, let close = closerBefore(f.lower, floor: floor),
      !doc.language.profile.verbSecond || f.inverted || f.lower == f.cue.lowerBound || doc.isWordID(f.lower, doc.language.known.like)
    {
      let open = doc.quotes[Int(doc.quoteOf[close])].open
      var first = open
      // `"A." "B," she said.`: earlier quotes of the same sentence run on.
      while first > floor, first - 1 >= s, doc.closesQuote(first - 1) { first = doc.quotes[Int(doc.quoteOf[first - 1])].open }
      let start = max(s, floor)
      if doc.language.profile.requiresClauseContent, first > start + 1, doc.tokens[first - 1].kind == .word,
        (start..<first).contains(where: { doc.tokens[$0].kind == .word && doc.tokens[$0].word >= 0 })
      {
        // English: quoted words inside the sentence before the frame (after two words or more, a
        // known one among them) are part of its clause
        // (`The plan was "a disgrace", he said.`: mixed), unless the frame reports a `that` clause
        // after it (`Back when she starred in "Harbour," Lee told a podcast that …`).
        // (`On the weekend's broadcast of "Harbour Talk," Lee said …`: a title in an adverbial.)
        if complementizer(after: f.upper, limit: next) == nil, case let r = doc.trimmed(start..<(close + 1)), !isFrontedAdverbial(r) {
          made = Draft(kind: .mixed, content: r, fragments: doc.quoteRanges(in: r), frame: f, confidence: 0)
        }
      } else if first == s || first == floor || !(doc.opensQuote(s)) {
        let content = first..<(close + 1)
        made = Draft(kind: .direct, content: content, fragments: doc.quoteRanges(in: content), frame: f, confidence: 0)
      }
    }
    // 3. A parenthetical frame: `Many visitors were older, she said, and "…"`.
    // (German inverts a parenthetical frame: `…, sagte sie, …`; `…, Y sagte, …` is a subject with an appositive.)
    // (After one opening word the report is what follows the frame: `However, he added, any rise …`.)
    if made == nil, f.kind == .verb, !quoteOnly, !f.inverted, !doc.language.profile.verbSecond, f.lower >= s + 2, doc.punct(f.lower - 1) == .comma,
      f.upper < e, doc.punct(f.upper) == .comma, next == e, doc.wordCount(f.upper..<e) >= 3, let sp = f.speaker, doc.isStrongSpeaker(sp),
      f.lower > s + 2 || doc.language.profile.requiresClauseContent && floor <= s
    {
      let r = doc.trimmed(f.lower == s + 2 ? (f.upper + 1)..<e : max(floor, s)..<e)
      if doc.wordCount(r) >= 4 {
        let frags = doc.quoteRanges(in: r)
        made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
      }
    }
    // 3b. German: a source phrase inside its clause (`Die Lage sei nach Angaben der Polizei ruhig`,
    // `Die Straße bleibt laut Stadt gesperrt.`): the clause around it is the report.
    if made == nil, doc.language.profile.verbSecond, f.kind == .source, f.lower > floor, doc.tokens[f.lower - 1].kind == .word,
      !doc.language.profile.role(doc.tokens[f.lower - 1].word).contains(.conjunction)
    {
      let r = doc.trimmed(floor..<next)
      if doc.wordCount(r) >= 4 {
        let frags = doc.quoteRanges(in: r)
        made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
      }
    }
    return made
  }

  /// The content before a frame closing its sentence (`"…," X said.`, `…, according to X.`), the
  /// clause after it (`X said (that) …`, `According to X, …`), or the whole German sentence a cue
  /// closes with nothing reported after it (`Die Partei hat die Vorwürfe zurückgewiesen.`).
  func contentBeforeOrAfter(_ f: Frame, floor: Int, next: Int, sentence s: Int, _ e: Int, cue: Cue?, claimedBy: [Int32]) -> Draft? {
    let quoteOnly = cue?.frame.contains(.quoteOnly) ?? false
    var made: Draft?
    // 4. The frame closes its sentence: `"…," X said.`, `…, according to X.`
    if made == nil, f.kind != .source || f.lower > s && !doc.isWordID(f.cue.lowerBound, doc.language.known.sourceRelative), isTrailing(f, upTo: next),
      !doc.language.profile.verbSecond || f.kind != .verb || f.inverted || f.lower == f.cue.lowerBound || doc.isWordID(f.lower, doc.language.known.like),
      !(doc.language.profile.subjunctiveContinues && f.inverted && reportFollows(f, upTo: next, floor: floor))
    {
      let before = backwardContent(f, floor: floor)
      if let r = before, doc.opensQuote(r.lowerBound) {
        var last = r.lowerBound
        for k in r where doc.closesQuote(k) { last = k }
        let content = r.lowerBound..<(last + 1)
        made = Draft(kind: .direct, content: content, fragments: doc.quoteRanges(in: content), frame: f, confidence: 0)
      } else if let r = before, !quoteOnly, f.kind != .dash, r.count >= 3,
        // (A weak cue with a surely speaking subject: `…, he adds.`, `…, she believes.`)
        !(cue?.frame.contains(.weak) ?? false) || f.speaker.map({ doc.isStrongSpeaker($0) }) == true,
        f.lower > s, doc.punct(f.lower - 1) == .comma, !isFrontedAdverbial(r)
      {
        let frags = doc.quoteRanges(in: r)
        made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
      } else if f.kind == .dash, let r = before, doc.opensQuote(r.lowerBound) {
        made = Draft(kind: .direct, content: r, fragments: doc.quoteRanges(in: r), frame: f, confidence: 0)
      }
    }
    // 5. A reported clause after the frame: `X said (that) …`, `X accused Y of …`, `According to X, …`.
    // (English: a subject after its verb after a comma, no quote before, takes no clause after it:
    // `The medals, which were started in 2001, recognise the best bakeries, puppet shows and bands.`)
    if made == nil, !quoteOnly, f.kind != .dash, !invertedAfterAComma(f, sentence: s), let start = clauseStart(f, limit: next) {
      let r = doc.trimmed(start..<doc.relativeClauseEnd(of: f, from: start, limit: next))
      if doc.wordCount(r) >= 2 {
        let frags = doc.quoteRanges(in: r)
        var g = f
        // `stressed her backing for the plan that …`: a noun phrase and its relative clause, a
        // stance; so is the plain object of a weak object-only cue (`expressed surprise over the delays`).
        if let cue, start > 0, doc.tokens[start - 1].kind == .word, !doc.language.profile.role(doc.tokens[start - 1].word).contains(.complementizer),
          !doc.readsAsReport(at: start, limit: next, cue: cue, relativeEnds: true)
            || doc.language.profile.requiresClauseContent && cue.frame.contains(.weak) && !cue.frame.contains(.clause) && !doc.holdsFiniteVerb(start..<next)
        {
          g.stance = true
        }
        made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: g, confidence: 0)
      }
    }
    // 6. German: a cue of a noun phrase that closes its sentence with nothing reported after it
    // (`Der Verband hat am Montag Neuwahlen gefordert.`, `Ihm wird Betrug vorgeworfen.`): the whole
    // sentence is the report. (`Die Polizei gab die Festnahme bekannt.` reports nothing.)
    if made == nil, doc.language.profile.verbSecond, f.kind == .verb, !quoteOnly, floor == s, next == e, doc.endsClause(f.upper, e),
      let sp = f.speaker, doc.isStrongSpeaker(sp), doc.wordCount(s..<e) >= 4, !(cue?.frame.contains(.weak) ?? true),
      cue?.frame.contains(.phrase) ?? false
    {
      let r = doc.trimmed(s..<e)
      if !r.contains(where: { claimedBy[$0] >= 0 }) {
        let frags = doc.quoteRanges(in: r)
        made = Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
      }
    }
    return made
  }

  /// The content a demonstrative frame points back to: the sentence before `s` in the same
  /// paragraph, when no other attribution holds any of it.
  func anaphoricContent(before s: Int, frame f: Frame, claimedBy: [Int32]) -> Draft? {
    let si = Int(doc.sentenceOf[s])
    guard si > 0 else { return nil }
    let prev = doc.sentences[si - 1]
    guard doc.paragraphOf[prev.lowerBound] == doc.paragraphOf[s], !prev.contains(where: { claimedBy[$0] >= 0 }) else { return nil }
    let r = doc.trimmed(prev)
    guard doc.wordCount(r) >= 3 else { return nil }
    let frags = doc.quoteRanges(in: r)
    if frags.count == 1, frags[0] == r {
      return Draft(kind: .direct, content: r, fragments: frags, frame: f, confidence: 0)
    }
    return Draft(kind: frags.isEmpty ? .indirect : .mixed, content: r, fragments: frags, frame: f, confidence: 0)
  }

  /// The opening mark of a quote that follows `k` with only a colon, comma,
  /// complementizer or a short adverbial in between.
  func quoteAfter(_ k: Int, limit: Int) -> Int? {
    var j = k
    while j < limit && j < k + 10 {
      if doc.opensQuote(j) {
        if j == k { return j }
        let g = doc.tokens[j - 1]
        if g.punctuation == .colon || g.punctuation == .comma || doc.language.profile.role(g.word).contains(.complementizer) {
          return j
        }
        return nil
      }
      if doc.punct(j)?.isTerminal == true || doc.inQuote(j) { return nil }
      j += 1
    }
    return nil
  }

  /// Whether a quote after its cue stands for the whole reported clause (direct),
  /// rather than being a fragment of a longer one (mixed).
  func quoteIsWholeClause(_ q: QuoteSpan, sentenceEnd e: Int) -> Bool {
    var words = 0
    var k = q.close + 1
    while k < e && words < 3 {
      if doc.opensQuote(k) { k = doc.quotes[Int(doc.quoteOf[k])].close + 1; continue }
      if doc.tokens[k].kind == .word { words += 1 }
      k += 1
    }
    let inside = q.close - q.open - 1
    // `said, "We will win." The opposition disagreed.`: a quote that ends its sentence.
    let ends = q.close - 1 > q.open && doc.punct(q.close - 1)?.isTerminal == true
      && q.close + 1 < e && doc.tokens[q.close + 1].kind == .word && doc.tokens[q.close + 1].isCapitalized
    return words < 3 || inside >= 12 || ends
  }

  /// The closing mark right before a frame (a comma may stand between), if the
  /// quote it closes starts at or after `floor`.
  func closerBefore(_ k: Int, floor: Int) -> Int? {
    var j = k - 1
    if j >= floor, doc.punct(j) == .comma { j -= 1 }
    // German: a quote right before its verb is the fronted phrase (`In der „BILD“ schreibt X`).
    if doc.language.verbSecond && j == k - 1 { return nil }
    guard j >= floor, doc.closesQuote(j), doc.quotes[Int(doc.quoteOf[j])].open >= floor else { return nil }
    return j
  }

  /// Whether `f` is an English cue verb with its subject after it, right after a comma that closes
  /// no quote (`The medals, which were started in 2001, recognise the best bakeries, …`): no inverted report
  /// opens there, so what follows its subject is no content.
  func invertedAfterAComma(_ f: Frame, sentence s: Int) -> Bool {
    guard doc.language.profile.requiresClauseContent, f.kind == .verb, f.inverted, f.cue.lowerBound - 1 > s, doc.punct(f.cue.lowerBound - 1) == .comma
    else { return false }
    // (`…, said her committee would hold hearings`: a verb after the phrase makes it the report's
    // subject, as before.)
    if f.upper < doc.tokens.count, doc.tokens[f.upper].kind == .word, doc.language.profile.has(doc.tokens[f.upper].word, .finite) { return false }
    return !doc.closesQuote(f.cue.lowerBound - 2)
  }

  /// Whether the words `r` before a frame's comma are only a fronted adverbial, where the profile
  /// asks for clause contents: a preposition or time word and no finite verb (`In March 2010, the
  /// court ruled in favour of …`, `Of her morning routine, she told …`): no report.
  func isFrontedAdverbial(_ r: Range<Int>) -> Bool {
    guard doc.language.profile.requiresClauseContent, doc.tokens[r.lowerBound].kind == .word, !doc.inQuote(r.lowerBound),
      doc.language.profile.role(doc.tokens[r.lowerBound].word).any([.preposition, .time]) || doc.isWordID(r.lowerBound, doc.language.known.of)
    else { return false }
    return !doc.holdsFiniteVerb(r)
  }

  /// Whether nothing but an adverbial (`in a statement`, `on Monday`) follows the frame; in
  /// English a finite verb after a cue verb's name ends the look (`Lee says Moss had left`: a
  /// clause; after `according to X` it is the next sentence, its full stop lost).
  func isTrailing(_ f: Frame, upTo next: Int) -> Bool {
    var k = f.upper
    var words = 0
    while k < next {
      if k >= f.upper + 40 { return false }  // an adverbial is short; this bounds the look
      let t = doc.tokens[k]
      if doc.inQuote(k) { return false }
      if t.kind == .word {
        let role = doc.language.profile.role(t.word)
        // `said on Monday that …`: a reported clause follows.
        if role.contains(.complementizer) && (words == 0 || doc.language.profile.requiresClauseContent) { return false }
        if words == 0 && t.word == doc.language.known.to && k + 1 < next {
          // `told to reporters`, but not `continues to poison`
          let n = doc.tokens[k + 1]
          if !(n.isCapitalized || doc.language.profile.role(n.word).contains(.determiner) || doc.language.profile.role(n.word).contains(.groupNoun)) { return false }
        }
        // (Without an `adding` word — German, French — a word outside the lists passes here too, as it
        // always has: the explicit form of what used to be `t.word == known.adding` with both -1.)
        if words == 0 && !(role.contains(.preposition) || role.contains(.time) || role.contains(.skippable) || doc.isWordID(k, doc.language.known.adding)
          || doc.language.known.adding < 0 && role.isEmpty)
        {
          // `said Monday`, `said in a statement`, `told reporters`
          if !(t.isCapitalized || role.contains(.groupNoun)) { return false }
        }
        if words > 0, f.kind == .verb, doc.language.profile.requiresClauseContent, !t.isCapitalized,
          doc.language.profile.has(t.word, .finite) || t.word >= 0 && doc.language.profile.cueOfWord[Int(t.word)] >= 0
        {
          return false
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
  func reportFollows(_ f: Frame, upTo next: Int, floor: Int) -> Bool {
    guard f.lower >= floor, f.upper + 1 < next, doc.punct(f.upper) == .comma, !doc.language.profile.role(doc.tokens[f.upper + 1].word).contains(.conjunction)
    else { return false }
    func subjunctive(_ r: Range<Int>) -> Bool {
      r.contains { doc.tokens[$0].kind == .word && !doc.inQuote($0) && doc.language.profile.role(doc.tokens[$0].word).contains(.subjunctive) }
    }
    // Both looks are bounded, so many frames in one long sentence stay linear.
    let before = max(floor, f.lower - 60)..<f.lower
    return subjunctive((f.upper + 1)..<min(next, f.upper + 60)) && !subjunctive(before) && !before.contains(where: { doc.inQuote($0) })
  }

  /// The content before a trailing frame: from the sentence start (or the end of
  /// earlier content) to the comma before the frame.
  func backwardContent(_ f: Frame, floor: Int) -> Range<Int>? {
    var end = f.lower
    while end > floor, let p = doc.punct(end - 1), p == .comma || p == .dash || p == .colon { end -= 1 }
    var start = floor
    while start < end, let p = doc.punct(start), p == .dash || p == .comma { start += 1 }
    guard start < end else { return nil }
    return start..<end
  }

  /// Where the reported clause after a frame starts, or nil when there is none.
  func clauseStart(_ f: Frame, limit: Int) -> Int? {
    var k = f.upper
    if f.kind == .source {
      while k < limit, let p = doc.punct(k), p == .comma || p == .colon { k += 1 }
      return k < limit ? k : nil
    }
    guard f.cueIndex >= 0 else { return nil }
    let cue = doc.language.profile.cues[Int(f.cueIndex)]
    if let fr = doc.language.french {
      switch frenchClauseStart(f, cue: cue, limit: limit, fr) {
      case .at(let j): return j
      case .nothing: return nil
      case .shared: break
      }
    }
    if cue.frame.contains(.prepositional) {
      if let j = prepositionStart(f, cue: cue, from: k, limit: limit) { return j }
      if !cue.frame.contains(.clause) { return nil }
    }
    // An explicit complementizer within a short adverbial or object: `said on Monday that`; after
    // a prepositional phrase also past its commas (`said at a rally in Toledo, Ohio, that`).
    // `summed up the season that was to follow`: after an object, a `that` with no subject of
    // its own opens a relative clause; the object is read as below.
    if let c = complementizer(after: k, limit: limit), !(doc.language.profile.requiresClauseContent && c > k && c + 1 < limit && doc.opensWithVerb(c + 1)) {
      return c + 1 < limit ? c + 1 : nil
    }
    if doc.language.profile.verbSecond {
      // No comma: only a cue that reports a noun phrase reports what follows it (`fordern
      // Konsequenzen`; `bestätigte die Berichte`, `äußerte Zweifel` report nothing).
      guard var n = commaClause(after: k, limit: limit, cue: cue) else { return nil }
      // `erwartet die Vorsitzende des Verbands, Brigitte Wendt, für Schuhe eine Preissteigerung`: the
      // comma after an appositive name closes the name; a report after it has a Konjunktiv I, `dass`
      // or a quote (`sagte der Sprecher, Tobias Rahn, das Land habe …`).
      if n >= 0, f.inverted, let sp = f.speaker, sp.upperBound == k, sp.lowerBound > 0, doc.punct(sp.lowerBound - 1) == .comma,
        !doc.language.profile.role(doc.tokens[n].word).contains(.complementizer), !doc.opensQuote(n),
        !doc.holdsReportedMood(n..<min(limit, n + 30))
      {
        n = -1
      }
      if n < 0 && !cue.frame.contains(.phrase) { return nil }
      if n >= 0 { return n }
    }
    // Weak and object-only cues (`believes`, `endorsed`, `wants to`) report what
    // follows them too, with a lower confidence.
    if cue.frame.contains(.quoteOnly) || cue.frame.contains(.strict) { return nil }
    k = skippingTimeAndListener(from: k, limit: limit)
    // After `kritisierte,` a clause follows, not an object.
    if cue.frame.contains(.object), k < limit, !(k > f.upper && doc.punct(k - 1) == .comma) {
      let t = doc.tokens[k]
      let role = doc.language.profile.role(t.word)
      // `told a story`, `told the tale`: an object, not a report; `told the jury he …`, `asked the
      // ministry whether …`: a listener, then the report.
      if role.contains(.determiner) && cue.frame.contains(.clause) && !cue.frame.contains(.weak) {
        guard doc.language.profile.requiresClauseContent else { return nil }
        // (`warn a second band of rain could …`: no party, so the clause starts at the determiner.)
        if let after = doc.listenerEnd(from: k, limit: limit), doc.namesParty(k..<after) {
          k = after
        } else if !doc.opensClauseSubject(k, limit: limit) {
          return nil
        }
      }
      if role.contains(.groupNoun) || (t.isCapitalized && !role.contains(.function)) {
        var j = k
        while j < limit && j < k + 4 && (doc.tokens[j].isCapitalized || doc.language.profile.role(doc.tokens[j].word).contains(.groupNoun)) { j += 1 }
        k = j
      } else if role.any(.pronoun) && !role.contains(.hePronoun) && !role.contains(.shePronoun) && !role.contains(.theyPronoun) {
        k += 1  // `told us`
      }
    }
    guard k < limit, doc.tokens[k].kind != .punctuation || doc.punct(k) == .openParen else { return nil }
    // `announced new parking rules`, `appeared in court`, `agreed to pay`: no report (but
    // `charged Harmon with …`: the cue's target, then what it is charged with).
    guard doc.readsAsReport(at: k, limit: limit, cue: cue) || targetThenOpener(f, from: k, limit: limit) else { return nil }
    return k
  }

  /// German sets a reported clause off with a comma (`Er sagte am Montag, die Lage sei ernst`,
  /// `warf der Regierung vor, sie habe …`). Returns the clause's first token after the comma
  /// that ends the cue's phrase; nil when a strict cue lacks `dass`; -1 when no comma follows
  /// within the clause or the comma opens a relative clause after the cue's object (`schätzt die
  /// Zahl der Kinder, die …`), where the object itself is what is reported.
  func commaClause(after k: Int, limit: Int, cue: Cue) -> Int? {
    var j = k
    while j < limit && j < k + 16 {
      if doc.opensQuote(j) {
        j = doc.quotes[Int(doc.quoteOf[j])].close + 1
        continue
      }
      if let p = doc.punct(j) {
        if p == .comma || p == .colon { break }
        if p == .openParen || p == .closeParen { j += 1; continue }
        return -1
      }
      if j > k, doc.language.profile.role(doc.tokens[j].word).contains(.complementizer) { return -1 }
      j += 1
    }
    let n = j + 1
    guard j < limit, n < limit, doc.punct(j) == .comma || doc.punct(j) == .colon else { return -1 }
    guard doc.tokens[n].kind == .word || doc.opensQuote(n) else { return nil }
    let role = doc.language.profile.role(doc.tokens[n].word)
    if role.contains(.complementizer) { return n }
    if cue.frame.contains(.strict) || cue.frame.contains(.quoteOnly) { return nil }
    let next = n + 1 < limit ? doc.tokens[n + 1] : nil
    // `den Plan, der …`, `einen Unfall, bei dem …`: a relative clause after the cue's object,
    // not an article opening the reported clause (`sagte, die Lage …`, `sagte, zu der Frage …`).
    if j > k, doc.tokens[j - 1].isCapitalized, !endsWithZuInfinitive(from: n, limit: limit) {
      if role.contains(.relative), !(next?.isCapitalized ?? false) { return -1 }
      if role.contains(.preposition), let x = next, doc.language.profile.role(x.word).contains(.relative) || doc.language.known.relativeObliques.contains(x.word) {
        return -1
      }
    }
    return n
  }

  /// German: whether the clause starting at `n` ends (at its first punctuation, within 30 tokens) with
  /// a zu-infinitive (`…, das Kontrollsystem umgangen zu haben`, `…, an den Tisch zurückzukehren`): a
  /// report after the cue's object (`beschuldigt ihren Mitarbeiter, …`), not a relative clause.
  func endsWithZuInfinitive(from n: Int, limit: Int) -> Bool {
    var j = n
    while j < limit && j < n + 30 && doc.tokens[j].kind == .word && !doc.inQuote(j) { j += 1 }
    guard j > n + 1, j == limit || doc.punct(j) != nil else { return false }
    let last = j - 1
    let t = doc.tokens[last]
    guard !t.isCapitalized, t.length > 4 else { return false }
    if doc.isWordID(last - 1, doc.language.known.to) { return true }
    // `zurückzukehren`, `vorzulegen`: a particle, `zu`, the verb, ending in `n`.
    let a = Int(t.start)
    let e = Int(t.end)
    guard doc.text[e - 1] == 0x6E else { return false }
    var i = a + 2
    while i + 3 < e {
      if doc.text[i] == 0x7A && doc.text[i + 1] == 0x75 { return true }
      i += 1
    }
    return false
  }
}
