extension LanguageProfile {
  /// The French profile: reporting verbs, function words (elided `l'`, `d'`, `qu'` are words
  /// of their own), titles (`M.`, `Mme`, `président`), names and speaker nouns, source
  /// phrases (`selon`, `d'après`, `de l'avis de`) and inverted cues (`a-t-il déclaré`,
  /// `ajoute-t-elle`, `dit-il`), whose pronoun is the speaker.
  public static let french: LanguageProfile = {
    var p = LanguageProfile(code: "fr", capitalizesNouns: false)
    // The articles, pronouns and conjunctions French elides before a vowel.
    p.elisions = ["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"]
    p.invertsAfterAuxiliary = true
    p.indefiniteArticles = ["un", "une"]
    /// Adds `words` with both apostrophes (`l'` and `l’`).
    func add(_ role: WordRole, _ words: String) {
      p.add(role, words)
      if words.contains("'") { p.add(role, String(words.map { $0 == "'" ? "\u{2019}" : $0 })) }
    }
    let determiners = """
      le la les l' un une des du au aux ce cet cette ces plusieurs certains certaines quelques \
      deux trois quatre cinq six tous toutes chaque autre autres aucun aucune
      """
    add(.determiner, determiners)
    add(.possessive, "son sa ses leur leurs notre nos votre vos mon ma mes")
    add(.hePronoun, "il lui")
    add(.shePronoun, "elle")
    add(.theyPronoun, "ils elles eux nous")
    add(.personalPronoun, "je j' vous tu")
    add(.skippable, """
      a ont avait avaient aurait auraient est sont était étaient sera seront serait seraient fut été aussi également \
      encore déjà ensuite alors pourtant toutefois notamment d'ailleurs aussitôt récemment \
      publiquement lui-même elle-même se s'
      """)
    add(.negation, "ne n' pas jamais")
    add(.copula, "est sont était étaient été être fut sera seront serait seraient soit soient")
    let prepositions = """
      à au aux dans en sur sous avec sans pour par chez vers entre depuis pendant après avant \
      contre devant derrière lors dès malgré parmi durant
      """
    add(.preposition, prepositions)
    add(.complementizer, "que qu' si")
    add(.relative, "qui que qu' dont où lequel laquelle lesquels lesquelles")
    add(.conjunction, "et ou mais ni")
    add(.stop, """
      que qu' qui dont où quand lorsque lorsqu' puisque puisqu' parce car comme si mais ni donc \
      or pourtant cependant tandis alors très plus moins c'est ce
      """)
    add(.function, determiners)
    add(.function, prepositions)
    add(.function, """
      et ou mais donc car ni or que qu' qui quoi dont où si quand lorsque comme ainsi alors puis \
      ensuite enfin aussi cependant pourtant toutefois néanmoins il elle ils elles on nous vous je \
      ce c' cela ça ceci son sa ses leur leurs notre nos en y ne n' pas plus selon d'après de d' \
      hier aujourd'hui demain désormais depuis pour par mais
      """)
    add(.time, """
      lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain janvier février \
      mars avril mai juin juillet août septembre octobre novembre décembre matin soir semaine \
      week-end mois année an nuit après-midi
      """)
    add(.abbreviation, "m mm mme mlle me dr pr st ste av apr etc env cf ex no p")
    p.addNames(
      male: EnglishNameData.maleFirstNames + "\n" + FrenchNameData.maleFirstNames,
      female: EnglishNameData.femaleFirstNames + "\n" + FrenchNameData.femaleFirstNames,
      titles: FrenchNameData.titles, nouns: FrenchNameData.speakerNouns)
    p.addCues(FrenchCueData.withPresentParticiples)
    p.addCueTable(
      FrenchCueTable.text, documentNouns: FrenchCueTable.documentNouns, additions: FrenchClaimWords.additions,
      additionRows: FrenchClaimWords.additionRows, parties: FrenchClaimWords.parties)
    p.addInvertedCues()
    p.french = FrenchWords(&p)
    for phrase in ["selon", "d' après", "d’ après", "de l' avis de", "de l’ avis de", "de l' avis des", "de l’ avis des", "de l' avis du", "de l’ avis du", "de l' avis d'", "de l’ avis d’", "aux dires de", "au dire de", "à en croire"] {
      p.addSourcePreposition(phrase)
    }
    p.nameParticles = Set(["de", "du"].map { p.word($0) })
    p.nameParticleArticles = Set(["la"].map { p.word($0) })
    p.known = KnownWords(of: p.word("de"), for: p.word("pour"), and: p.word("et"), to: p.word("à"), by: p.word("par"), adding: -1)
    return p
  }()

  /// French inversion: `a-t-il`, `ajoute-t-elle`, `dit-il`, `estiment-ils` are one
  /// token each, the speaker's pronoun glued to the verb; such a token is both a pronoun
  /// and (for a cue verb) the cue.
  mutating func addInvertedCues() {
    let pronouns: [(String, WordRole)] = [("il", .hePronoun), ("elle", .shePronoun), ("ils", .theyPronoun), ("elles", .theyPronoun)]
    for verb in ["a", "ont", "avait", "avaient", "aurait", "auraient"] {
      for (pronoun, role) in pronouns {
        let glue = verb.hasSuffix("a") ? "-t-" : "-"
        add(role, verb + glue + pronoun)
      }
    }
    for id in 0..<Int32(table.count) where cueOfWord[Int(id)] >= 0 {
      let form = table.word(id)
      let cue = cueOfWord[Int(id)]
      guard let last = form.last, !form.contains("-") else { continue }
      // Present and passé simple: `déclare-t-il`, `déclara-t-il`, `dit-il`, `déclarent-ils`.
      var variants: [(String, WordRole)] = []
      if last == "e" || last == "a" {
        variants = [(form + "-t-il", .hePronoun), (form + "-t-elle", .shePronoun)]
      } else if form.hasSuffix("ent") {
        variants = [(form + "-ils", .theyPronoun), (form + "-elles", .theyPronoun)]
      } else if last == "t" || last == "d" {
        variants = [(form + "-il", .hePronoun), (form + "-elle", .shePronoun)]
      }
      for (v, role) in variants {
        let w = word(v)
        roles[Int(w)].insert(role)
        if cueOfWord[Int(w)] < 0 { cueOfWord[Int(w)] = cue }
      }
      // `explique-t-on`, `dit-on`: no pronoun speaks, the place after it does (``FrenchWords/onInverted``).
      let on = last == "e" || last == "a" ? form + "-t-on" : last == "t" || last == "d" ? form + "-on" : ""
      if !on.isEmpty {
        let w = word(on)
        if cueOfWord[Int(w)] < 0 { cueOfWord[Int(w)] = cue }
      }
    }
    // `a-t-on appris de source judiciaire`: `apprendre` is a cue only there (``FrenchWords/learnCue``).
    cues.append(Cue(lemma: "apprendre", frame: .clause, cueClass: classOfLemma["apprendre"] ?? .speech))
  }
}
