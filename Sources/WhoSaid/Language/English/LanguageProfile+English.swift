extension LanguageProfile {
  /// The English profile: reporting verbs, function words, titles, names and
  /// speaker nouns.
  public static let english: LanguageProfile = {
    var p = LanguageProfile(code: "en", capitalizesNouns: false)
    p.add(.determiner, "the a an this these those some many several most all both each every any another one two three four five six other")
    p.add(.possessive, "his her its their our my your")
    p.indefiniteArticles = ["a", "an", "one"]
    p.add(.hePronoun, "he him")
    p.add(.shePronoun, "she")
    p.add(.theyPronoun, "they we")
    p.add(.itPronoun, "it")
    p.add(.personalPronoun, "i you")
    // Neopronouns (`"We're ready," zie said.`): a person of any gender.
    p.add(.personalPronoun, "zie ze xe ey")
    p.add(.skippable, """
      has have had is was were are be been being will would could should may might must can shall \
      did does do also later then again previously earlier recently repeatedly publicly privately \
      reportedly allegedly once first finally still already often frequently has’ just separately \
      further flatly angrily simply openly quickly immediately subsequently initially originally \
      ultimately similarly likewise long
      """)
    p.add(.negation, """
      not never n't didn't doesn't don't hasn't haven't hadn't won't wouldn't can't cannot couldn't \
      isn't wasn't weren't aren't didn’t doesn’t don’t hasn’t haven’t hadn’t won’t wouldn’t can’t \
      couldn’t isn’t wasn’t weren’t aren’t no nobody none neither
      """)
    p.add(.copula, "is was were are be been being")
    p.add(.preposition, """
      in on at during after before since until from to into with without by about over under \
      through via across against among between within per near outside inside toward towards \
      upon amid despite following including
      """)
    p.add(.complementizer, "that")
    p.add(.relative, "who which whose whom that where")
    p.add(.conjunction, "and or but nor")
    p.add(.stop, """
      that which who whom whose where when while whereas because although though if unless as \
      since so than whether but nor yet how why what there here it's is was were are be been \
      not also very more less
      """)
    p.add(.function, """
      the a an this that these those in on at for to of and or but so if when while as after \
      before since because although though yet however meanwhile still also then there here it \
      its his her their our we they he she i you my your what which who why how where some many \
      most all both no not one an
      """)
    p.add(.time, """
      monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow \
      january february march april may june july august september october november december \
      jan feb mar apr jun jul aug sep sept oct nov dec morning afternoon evening night week \
      weekend month year earlier later last next this
      """)
    p.add(.abbreviation, """
      mr mrs ms dr prof gen sen rep gov lt col maj capt sgt adm rev st jr sr inc co corp ltd \
      vs no jan feb mar apr jun jul aug sep sept oct nov dec fig dept est approx mt ft pres \
      gov't cmdr cpl pvt supt insp det atty messrs mme mlle m
      """)
    p.addNames(
      male: EnglishNameData.maleFirstNames, female: EnglishNameData.femaleFirstNames,
      titles: EnglishNameData.titles, nouns: EnglishNameData.speakerNouns)
    p.addCues(EnglishCueData.text)
    p.addCueTable(
      EnglishCueTable.text, documentNouns: EnglishCueTable.documentNouns, additions: EnglishClaimWords.additions,
      additionRows: EnglishClaimWords.additionRows, parties: EnglishClaimWords.parties)
    p.requiresClauseContent = true
    p.judgementWord = p.word("as")
    p.readsCueNounsByPosition = true
    p.wordsWord = p.word("words")
    for label in ["read more", "also read", "read also", "see also", "related", "watch", "listen", "recommended", "more on this story"] {
      p.teaserLabels.append(label.asciiSplit([0x20]).map { p.word(String($0)) })
    }
    p.mark(.speechNoun, EnglishClauseWords.speechNouns)
    p.mark(.question, "whether if how why what when where who which")
    p.mark(.authorPronoun, "i we you me us")
    p.mark(.finite, EnglishClauseWords.finite)
    p.mark(.proposition, EnglishClauseWords.propositionNouns)
    p.addSourcePreposition("according to")
    p.known = KnownWords(of: p.word("of"), for: p.word("for"), and: p.word("and"), to: p.word("to"), by: p.word("by"), adding: p.word("adding"))
    return p
  }()

  /// Adds first names, titles (`Title|gender|kind` lines) and speaker nouns (`noun|kind|number` lines).
  mutating func addNames(male: String, female: String, titles: String, nouns: String) {
    add(.maleName, male)
    add(.femaleName, female)
    for line in titles.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      let f = line.asciiFields(0x7C)
      guard let first = f.first else { continue }
      var role: WordRole = .title
      if f.count > 1 && f[1] == "m" { role.insert(.maleTitle) }
      if f.count > 1 && f[1] == "f" { role.insert(.femaleTitle) }
      // Every word of a multi-word title is a title word (`Foreign Minister`).
      for w in first.asciiSplit([0x20]) {
        var w = w
        if w.hasSuffix(".") {
          w = w.dropLast()
          roles[Int(word(String(w)))].insert(.abbreviation)
        }
        if w.isEmpty || w == "of" || w == "the" { continue }
        roles[Int(word(String(w)))].formUnion(role)
      }
    }
    for line in nouns.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      let f = line.asciiFields(0x7C)
      guard f.count >= 2 else { continue }
      let role: WordRole
      switch f[1] {
      case "organization": role = .organizationNoun
      case "group": role = .groupNoun
      default: role = .personNoun
      }
      let words = f[0].asciiSplit([0x20])
      guard let last = words.last else { continue }
      roles[Int(word(String(last)))].insert(role)
    }
  }
}
