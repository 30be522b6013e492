extension EntityResolver {
  /// A speaker phrase as the resolver reads it: its tokens without leading determiners and
  /// without a relative clause after its head, its text, and its head's role.
  struct Phrase {
    /// The whole phrase (`a senior official who asked not to be named`).
    var range: Range<Int>
    var text: String
    /// Its words from the first after the determiners to the head (`senior official`).
    var words: [Int]
    /// The text of ``words`` to the phrase's end (the whole text when there are none).
    var bare: String
    /// Whether an indefinite article opens it (`a spokesman`, `ein Sprecher`, `une porte-parole`).
    var indefinite: Bool
    /// The role of its last word.
    var headRole: WordRole
    /// Where its name as written starts: after a leading article only (`Two people familiar with
    /// the talks` keeps `Two`).
    var written: Int
  }

  /// Reads the phrase `r` of document `a` (see ``Phrase``).
  @inline(__always)
  func phrase(_ r: Range<Int>, in a: Document) -> Phrase {
    let text = a.string(r)
    // Words of the phrase, without leading determiners.
    var ks = Array(r)
    while let f = ks.first, profile.role(a.tokens[f].word).contains(.determiner) || profile.role(a.tokens[f].word).contains(.possessive),
      !(f + 1 < r.upperBound && a.isWordID(f + 1, profile.known.of))  // `one of Rogan's producers`
    {
      ks.removeFirst()
    }
    // `a senior official who asked not to be named`: the head comes before the clause.
    // (A loop, not a closure: a closure calling a method of `a` would copy the whole document.)
    for (i, k) in ks.enumerated() {
      let role = profile.role(a.tokens[k].word)
      guard role.contains(.relative), !role.contains(.complementizer) else { continue }
      if k > r.lowerBound, a.nameParticleLength(at: k - 1) == 2 { continue }  // `von der Leyen`
      ks.removeSubrange(i...)
      break
    }
    let article = r.lowerBound < (ks.first ?? r.upperBound) ? a.string(r.lowerBound..<(r.lowerBound + 1)).lowercased() : ""
    let indefinite = profile.indefiniteArticles.contains(article)
    let bare = ks.isEmpty ? text : a.string(ks[0]..<r.upperBound)
    var headRole = ks.last.map { profile.role(a.tokens[$0].word) } ?? []
    // French `plusieurs sources parlementaires`, `le secrétaire du comité`: the head noun comes first.
    if a.language.french != nil, let h = a.frenchHead(ks) { headRole = profile.role(a.tokens[h].word) }
    var written = r.lowerBound
    while written < r.upperBound - 1, a.tokens[written].kind == .word, NameLexicon.articles.contains(a.nameKey(written)) { written += 1 }
    return Phrase(range: r, text: text, words: ks, bare: bare, indefinite: indefinite, headRole: headRole, written: written)
  }

  /// The name in a phrase: its last run of capitalized words that are no titles (`Foreign Minister
  /// Sergei Lavrov` → `Sergei Lavrov`), with the titles and gender the phrase gives, or an
  /// empty run.
  struct NameRun {
    var run: [Int]
    var titles: Set<String>
    var gender: Gender
    /// The run is a short quoted name (German `Der Fernsehsender „Channel 10“`).
    var quoted: Bool
    /// The title written before the name (`Foreign Affairs Minister`), honorifics left out.
    var title: String?
  }

  /// Finds the name in phrase `p` (see ``NameRun``): the last run of capitalized words, joined over
  /// `of`, `for`, `and` inside an organisation's name (`National Authority for Telecom Oversight`),
  /// but the first when it names a person before `of` (`Grand Chief Lorna Bighetty of the Northern
  /// Lakes Tribal Council`); a credit before it is dropped (`Getty Images Kevin Rowe`).
  @inline(__always)
  func nameRun(of p: Phrase, in a: Document) -> NameRun {
    let r = p.range
    let ks = p.words
    var (run, titles, gender) = capitalizedRun(of: p, in: a)
    // `the Deputy Prime Minister`: titles alone name nobody.
    if run.allSatisfy({ a.isTitleWord($0) || a.tokens[$0].word == profile.known.of }) { run = [] }
    for k in ks where k < (run.first ?? r.upperBound) && a.isTitleWord(k) {
      titles.insert(a.string(k..<(k + 1)).lowercased())
      let role = profile.role(a.tokens[k].word)
      if role.contains(.maleTitle) { gender = .male }
      if role.contains(.femaleTitle) { gender = .female }
    }
    // `Getty Images Kevin Rowe`: a credit glued before the name.
    if let f = run.first, case let c = a.creditLength(at: f), c > 0, c < run.count { run.removeFirst(c) }
    // `Der Fernsehsender „Channel 10“`: the quoted name, whole.
    var quoted = false
    if profile.capitalizesNouns, let last = ks.last, a.closesQuote(last), case let q = a.quotes[Int(a.quoteOf[last])], q.open >= r.lowerBound, q.close - q.open >= 2 {
      run = Array((q.open + 1)..<q.close)
      quoted = true
    }
    // German: capitalized nouns before a first name are its title (`Bundesfamilienministerin
    // Kristina Schröder`, `UNMISS-Vertreter Toby Lanzer`, `Präsidenten Barack Obama`).
    if let first = a.nameAfterUnlistedTitles(run) {
      for k in run[..<first] { titles.insert(a.string(k..<(k + 1)).lowercased()) }
      run.removeFirst(first)
    }
    // French `la Néerlandaise Femke Aalders`: see ``Document/frenchNameStart(_:)`` (no office).
    if a.language.french != nil, let f = run.first, let l = run.last, l - f + 1 == run.count, let s = a.frenchNameStart(f..<(l + 1)) {
      run.removeFirst(s - f)
    }
    // German `Politische Beobachter`, `Lokale Medien`: one capitalized word right before a speaker
    // noun is its adjective, not a name.
    if profile.capitalizesNouns, run.count == 1, let i = ks.firstIndex(of: run[0]), i + 1 < ks.count,
      ks[i + 1] == run[0] + 1, profile.role(a.tokens[ks[i + 1]].word).any(.speakerNoun)
    {
      run = []
    }
    // `Officials said` at a sentence start: a capitalized speaker noun is a description.
    if run.count == 1, ks.count == 1, profile.role(a.tokens[run[0]].word).any(.speakerNoun) { run = [] }
    // `the Armenian prime minister`: a demonym alone is a modifier, not a name.
    if run.count == 1, gazetteer.country(ofDemonym: a.string(run[0]..<(run[0] + 1))) != nil, ks.count > 1 { run = [] }
    var title: String?
    if let f = run.first, let s = ks.first, f > s, !quoted { title = a.titleText(s..<f) }
    return NameRun(run: run, titles: titles, gender: gender, quoted: quoted, title: title)
  }

  /// The capitalized words of phrase `p` that make its name (the loop of ``nameRun(of:in:)``), with
  /// the titles read before them (`Grand Chief`) and the gender a title gives (`Mrs`).
  @inline(__always)
  func capitalizedRun(of p: Phrase, in a: Document) -> (run: [Int], titles: Set<String>, gender: Gender) {
    let r = p.range
    let ks = p.words
    var run: [Int] = []
    var titles: Set<String> = []
    var current: [Int] = []
    var gender = Gender.unknown
    var particlesUntil = -1
    let particles = !profile.nameParticles.isEmpty
    let notName: WordRole = [.function, .skippable, .preposition, .conjunction, .stop, .negation]
    var orgInRun = false
    let french = a.language.french != nil
    for k in ks {
      let t = a.tokens[k]
      let role = profile.role(t.word)
      if particles, k >= particlesUntil, !current.isEmpty || k == ks.first, k + 1 < r.upperBound {
        particlesUntil = k + a.nameParticleLength(at: k)
      }
      if k < particlesUntil || french && a.isFrenchSurnameArticle(k) {
        current.append(k)  // `Ursula von der Leyen`, French `Yannick Le Goff`
      } else if t.kind == .word && t.isCapitalized && a.isPossessive(k) && k != ks.last && !a.possessiveContinuesName(k) {
        // `Russia's foreign minister`: the possessive is a modifier, not the name.
        if !current.isEmpty { run = current }
        current = []
        orgInRun = false
      } else if t.kind == .word && t.isCapitalized && (!role.any(notName) || a.isFirstName(k)) && !(a.isTitleEnd(k) && nameFollows(k, in: r, a))
        // German nouns are capitalized: `Unternehmen`, `Sprecher`, `Gewerkschaftschef`, `Freitag` are no names.
        && !(profile.capitalizesNouns && (role.any(.speakerNoun) || role.contains(.time) || a.isCompoundTitle(k)))
      {
        current.append(k)
        if a.isOrganizationWord(k) { orgInRun = true }
      } else if !current.isEmpty, k + 1 < r.upperBound, a.tokens[k + 1].isCapitalized,
        t.word == profile.known.of || (orgInRun || a.isOrganizationWord(k + 1)) && (t.word == profile.known.for || t.word == profile.known.and || t.punctuation == .other)
      {
        current.append(k)  // `Chamber of Commerce`, `Association for Rural and Frontier Medical Practice`
      } else if t.kind == .punctuation && t.punctuation == .period && !current.isEmpty {
        continue
      } else {
        // `Lorna Bighetty of the Northern Lakes Tribal Council`: a person before `of the`.
        if !current.isEmpty, !orgInRun, !profile.capitalizesNouns, t.word == profile.known.of || role.contains(.preposition),
          !titles.isEmpty || a.isFirstName(current[0])
        {
          run = current
          current = []
          break
        }
        if !current.isEmpty { run = current }
        current = []
        orgInRun = false
        if role.contains(.title) || role.contains(.personNoun) { titles.insert(a.string(k..<(k + 1)).lowercased()) }
        if role.contains(.maleTitle) { gender = .male }
        if role.contains(.femaleTitle) { gender = .female }
      }
    }
    if !current.isEmpty { run = current }
    return (run, titles, gender)
  }

  /// Whether a capitalized name word follows title word `k` inside phrase `r` (after its period):
  /// `Minister` in `Minister Ana Ruiz`, not in `Larry Minister said`.
  func nameFollows(_ k: Int, in r: Range<Int>, _ a: Document) -> Bool {
    var j = k + 1
    if j < r.upperBound, a.punct(j) == .period { j += 1 }
    guard j < r.upperBound, a.tokens[j].kind == .word, a.tokens[j].isCapitalized else { return false }
    return !profile.role(a.tokens[j].word).contains(.function) || a.isFrenchSurnameArticle(j)  // French `M. Le Goff`
  }
}
