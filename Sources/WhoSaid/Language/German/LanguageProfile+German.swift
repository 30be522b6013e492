extension LanguageProfile {
  /// The German profile: reporting verbs (with separable particles), function words,
  /// titles, names and speaker nouns, source phrases (`laut`, `zufolge`, `nach Angaben
  /// von`, `so` at a clause start), and Konjunktiv I forms that continue indirect speech.
  ///
  /// Nouns are capitalized in German, so ``capitalizesNouns`` is set and the verb-second
  /// and subjunctive switches are on.
  public static let german: LanguageProfile = {
    var p = LanguageProfile(code: "de", capitalizesNouns: true)
    p.verbSecond = true
    p.subjunctiveContinues = true
    p.ordinalPeriod = true
    p.invertsAfterAuxiliary = true
    let determiners = """
      der die das den dem des ein eine einen einem einer eines dieser diese dieses diesen diesem \
      jener jene jenes alle beide mehrere einige viele manche zwei drei vier fünf sechs andere \
      anderen kein keine keinen keinem keiner jede jeder jedes
      """
    p.add(.determiner, determiners)
    p.indefiniteArticles = ["ein", "eine"]
    p.add(.possessive, "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere deren dessen")
    p.add(.hePronoun, "er ihm ihn")
    // `sie` is `she` and `they`; the resolver tries a woman first.
    p.add([.shePronoun, .theyPronoun], "sie")
    p.add(.theyPronoun, "wir")
    p.add(.itPronoun, "es")
    p.add(.personalPronoun, "ich du")
    p.add(.skippable, """
      hat haben hatte hatten ist sind war waren wird werden wurde wurden auch bereits schon noch \
      nun jetzt zudem außerdem ebenfalls erneut später zuvor damals dann weiter mehrfach wiederholt \
      zuletzt kürzlich jüngst inzwischen mittlerweile ausdrücklich öffentlich gegenüber
      """)
    p.add(.oblique, "dem den einem einen des eines seinem seinen ihrem ihren diesem diesen unserem unseren")
    p.add(.auxiliary, """
      hat haben hatte hatten habe hätte hätten will wollen wollte wollten soll sollen sollte sollten \
      kann können konnte konnten könnte könnten muss müssen musste mussten möchte möchten darf dürfen
      """)
    p.add(.passiveAuxiliary, "wird werden wurde wurden")
    p.add(.negation, "nicht nie niemals")
    p.add(.copula, "ist sind war waren wird werden wurde wurden worden")
    let prepositions = """
      in im an am auf bei beim mit nach von vom vor zu zum zur aus für über unter gegen ohne um \
      durch seit während wegen bis zwischen ins ans aufs hinter neben trotz innerhalb außerhalb \
      gegenüber angesichts außer
      """
    p.add(.preposition, prepositions)
    p.add(.complementizer, "dass daß ob")
    p.add(.relative, "der die das welcher welche welches wo")
    p.add(.conjunction, "und oder aber sondern sowie")
    p.add(.stop, """
      dass daß ob weil wenn als wie während obwohl damit sodass denn sondern aber und oder doch \
      jedoch trotzdem deshalb daher also zwar nicht sehr mehr weniger hier dort da es
      """)
    p.add(.function, determiners)
    p.add(.function, prepositions)
    p.add(.function, """
      und oder aber denn doch so wie wenn als weil dass ob da dort hier nun dann auch noch schon \
      bereits zudem außerdem jedoch trotzdem deshalb daher dabei dazu damit darauf darüber davon \
      dafür dagegen danach davor deswegen allerdings zwar nur erst immer nie es er sie wir ich du \
      ihr man sein seine ihre ihren unser was wer wo warum wann welche welcher welches nicht kein \
      keine laut zufolge gestern heute morgen weiter inzwischen mittlerweile zunächst zuvor später \
      bislang bisher insgesamt gleichzeitig gleichwohl außerdem ebenso ebenfalls erneut vor \
      unterdessen daraufhin indes indessen derweil anschließend ferner hingegen wiederum ergänzend \
      abschließend sinngemäß offiziell nachdrücklich eindringlich ausdrücklich dennoch zugleich \
      insbesondere vielmehr zuletzt jedenfalls stattdessen letztlich schließlich übrigens bezüglich \
      nachdem jetzt besonders ähnlich anhand darin daraus daran darunter dadurch hierzu hierbei hierfür \
      derzeit anders folgendes besorgt enttäuscht erfreut empört überrascht erleichtert verärgert \
      entsetzt beunruhigt zufrieden dahinter daneben dazwischen darum demgegenüber dementsprechend \
      demzufolge infolgedessen andererseits einerseits überdies folglich somit ansonsten gleichfalls
      """)
    p.add(.time, """
      montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag heute gestern morgen \
      vorgestern übermorgen januar februar märz april mai juni juli august september oktober \
      november dezember jan feb mär apr jun jul aug sep sept okt nov dez woche wochenende monat \
      jahr jahres jahren abend vormittag nachmittag mittag nacht tag tages wochen monaten zuvor \
      später damals bislang bisher montagabend dienstagabend mittwochabend donnerstagabend \
      freitagabend samstagabend sonntagabend
      """)
    p.add(.abbreviation, """
      dr prof nr bzw usw ca mio mrd st hr fr dipl ing vgl ggf inkl evtl etc str abs art jh bzgl \
      sog zb ua dh tel jr gen
      """)
    p.add(.subjunctive, """
      sei seien habe werde könne müsse solle wolle dürfe möge gebe komme stehe liege gehe wisse \
      bleibe handle handele fehle brauche plane lasse sehe mache halte trage gelte heiße zeige \
      bestehe beginne laufe führe falle wäre wären hätte hätten würde würden könnten müssten \
      soll sollen seiest habest
      """)
    p.add(.reportedMood, """
      sei seien habe werde könne müsse solle wolle dürfe möge gebe komme stehe liege gehe wisse \
      bleibe fehle brauche lasse gelte bestehe
      """)
    p.add(.clauseSource, "so")
    p.addNames(
      male: EnglishNameData.maleFirstNames + "\n" + GermanFrenchNameData.germanMaleFirstNames,
      female: EnglishNameData.femaleFirstNames + "\n" + GermanFrenchNameData.germanFemaleFirstNames,
      titles: GermanFrenchNameData.germanTitles, nouns: GermanFrenchNameData.germanSpeakerNouns)
    p.addNames(male: "", female: "", titles: GermanSpeakerData.titles, nouns: GermanSpeakerData.nouns)
    p.addCues(GermanCueData.text)
    p.addCueTable(
      GermanCueTable.text, documentNouns: GermanCueTable.documentNouns, additions: GermanClaimWords.additions,
      additionRows: GermanClaimWords.additionRows, parties: GermanClaimWords.parties)
    for phrase in [
      "laut", "nach angaben von", "nach angaben", "nach ansicht von", "nach ansicht",
      "nach auffassung von", "nach auffassung", "nach einschätzung von", "nach einschätzung",
      "nach informationen von", "nach informationen", "nach darstellung von", "nach darstellung",
      "nach aussage von", "nach aussage", "nach aussagen von", "nach aussagen", "nach meinung von",
      "nach meinung", "nach worten von", "nach worten", "nach berichten von", "nach berichten",
      "nach schätzungen von", "nach schätzungen", "nach einschätzung", "nach auskunft von", "nach auskunft",
      "nach mitteilung von", "nach mitteilung", "nach eigenen angaben", "gemäß",
    ] {
      p.addSourcePreposition(phrase)
    }
    p.addSourcePostposition("zufolge")
    for w in """
      angaben bericht berichten meinung ansicht auffassung einschätzung einschätzungen informationen \
      darstellung aussage aussagen worten schätzungen auskunft mitteilung mitteilungen berechnungen \
      erkenntnissen überzeugung recherchen umfrage umfragen studie studien zählung zählungen \
      darstellungen meldungen vermutungen ermittlungen erkenntnis vernehmen stellungnahme \
      stellungnahmen analyse analysen schätzung untersuchung untersuchungen erkenntnisstand erklärung
      """.asciiSplit([0x20, 0x0A]) {
      p.sourceNouns.insert(p.word(String(w)))
    }
    p.titleNouns = Set(GermanSpeakerData.titleNouns.asciiSplit([0x20, 0x0A]).map { p.word(String($0)) })
    p.unattributedNouns = Set(GermanSpeakerData.unattributedNouns.asciiSplit([0x20, 0x0A]).map { p.word(String($0)) })
    p.sourceNounEndings = ["angaben", "berichten", "informationen", "schätzungen", "meinung", "aussagen"].map { Array($0.utf8) }
    p.adverbialEndings = ["lich", "isch", "end", "hin", "weise", "mals", "falls", "seits", "dings", "fristig", "mäßig"].map { Array($0.utf8) }
    p.nameParticles = Set(["von", "zu", "van", "de", "di", "da", "del", "du", "ten", "ter"].map { p.word($0) })
    p.nameParticleArticles = Set(["der", "den", "la", "le"].map { p.word($0) })
    p.known = KnownWords(of: p.word("von"), for: p.word("für"), and: p.word("und"), to: p.word("zu"), by: -1, adding: -1, like: p.word("wie"), reflexive: p.word("sich"))
    p.known.genitives = ["des", "der", "eines", "einer"].map { p.word($0) }
    p.known.strictGenitives = ["des", "eines"].map { p.word($0) }
    p.known.demonstratives = ["dies", "das", "dieses"].map { p.word($0) }
    p.known.sourceNounPreposition = p.word("nach")
    p.known.hearsayModals = ["soll", "sollen"].map { p.word($0) }
    p.known.perfectInfinitives = ["sein", "haben"].map { p.word($0) }
    p.known.sourceAdverbs = ["demnach"].map { p.word($0) }
    p.known.own = p.word("eigenen")
    p.known.as = p.word("als")
    p.known.months = """
      januar jänner februar märz april mai juni juli august september oktober november dezember \
      jan feb mär apr jun jul aug sep sept okt nov dez
      """.asciiSplit([0x20, 0x0A]).map { p.word(String($0)) }
    p.known.surnameEndings = ["mann", "frau", "herr", "herrn"].map { p.word($0) }
    p.known.relativeObliques = ["dem", "der", "den", "denen", "das", "die", "welchem", "welcher", "welchen"].map { p.word($0) }
    p.known.subordinators = ["nachdem", "weil", "obwohl", "obgleich", "bevor", "sobald", "seitdem", "wenn", "falls"].map { p.word($0) }
    p.known.sourceRelative = p.word("wonach")
    p.known.from = p.word("aus")
    p.known.with = p.word("mit")
    p.known.been = p.word("worden")
    p.known.hePossessives = ["sein", "seine", "seinen", "seinem", "seiner", "seines"].map { p.word($0) }
    p.known.shePossessives = ["ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres"].map { p.word($0) }
    p.known.words = p.word("worten")
    p.known.agents = ["von", "vom"].map { p.word($0) }
    p.known.nominativePronouns = ["er", "ich", "wir"].map { p.word($0) }
    p.known.particles = "statt teil fest an auf aus ab ein mit bei hin her zurück weg los fort vor nach zu um dar bereit fern frei hoch nieder zusammen"
      .split(separator: " ").map { p.word(String($0)) }
    return p
  }()
}
