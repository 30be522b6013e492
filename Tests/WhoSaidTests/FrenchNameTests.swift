import Testing
import WhoSaid

/// French speaker names (issue 22): organisations named from their noun with its complements,
/// short forms and acronyms tied to the full name, roles tied to the person named with them,
/// surname particles, titles apart from the name. Every sentence is invented.
@Suite("French names")
struct FrenchNameTests {
  static let extractor = Extractor(profile: .french)
  func names(_ text: String) -> [String?] { Self.extractor.extract(text).map { $0.speaker?.name } }
  func speakers(_ text: String) -> [Speaker?] { Self.extractor.extract(text).map(\.speaker) }

  @Test func organisationNamedFromItsNounWithItsComplement() {
    let text = "Les routes restent fermées. « Les travaux reprendront lundi », a indiqué la préfecture du Val-d'Orme."
    #expect(names(text) == ["préfecture du Val-d'Orme"])
    #expect(names("« Rien n'est joué », a estimé le parquet de Brolac.") == ["parquet de Brolac"])
  }

  @Test func shortFormJoinsTheFullName() {
    let text = """
      « Les travaux reprendront lundi », a indiqué la préfecture du Val-d'Orme.

      « Aucune déviation n'est prévue », a ajouté la préfecture.
      """
    #expect(names(text) == ["préfecture du Val-d'Orme", "préfecture du Val-d'Orme"])
    let league = """
      Selon la Ligue régionale de basket du Nord, le match se jouera à huis clos.

      « La sanction est définitive », a précisé la Ligue.
      """
    #expect(names(league) == ["Ligue régionale de basket du Nord", "Ligue régionale de basket du Nord"])
  }

  @Test func acronymDefinedInParentheses() {
    let text = """
      « Nous irons jusqu'au bout », a lancé le secrétaire général de la Confédération paysanne des vallées (CPV), Luc Arnal.

      « Le prix du lait doit monter », a déclaré la CPV.
      """
    #expect(names(text) == ["Luc Arnal", "Confédération paysanne des vallées"])
    let capitalized = """
      Les chiffres ont été publiés par l'Observatoire régional de la santé et des soins (Orss).

      « La hausse est nette », explique-t-on à l'Orss.
      """
    #expect(names(capitalized).last == "Observatoire régional de la santé et des soins")
  }

  @Test func acronymSpelledByTheInitials() {
    let text = """
      Selon la Fédération nationale des boulangers, le prix du pain va augmenter.

      « Nous n'avons pas le choix », a affirmé la FNB.
      """
    #expect(names(text) == ["Fédération nationale des boulangers", "Fédération nationale des boulangers"])
  }

  @Test func roleInAppositionNamesThePersonLater() {
    let text = """
      « Nous tiendrons les délais », a déclaré le ministre des Routes, Paul Servan, à la sortie du Conseil.

      Le porte-parole du ministère, Marc Olive, a précisé le calendrier.

      « Rien ne changera », a ajouté le ministre.
      """
    let s = speakers(text)
    #expect(s.first??.title == "ministre")
    #expect(s.last??.name == "Paul Servan")
  }

  @Test func articleTellsTheGenderOfARole() {
    #expect(names("Léa Corbin et Marc Pelle ont franchi la ligne ensemble.\n\n« J'ai tout donné », a raconté la coureuse.") == ["Léa Corbin"])
  }

  @Test func roleNamesThePersonJustNamedButAnOfficeDoesNot() {
    #expect(names("Hugo Marchetti a été exclu samedi.\n\n« Je n'ai rien fait », a assuré le joueur.") == ["Hugo Marchetti"])
    #expect(names("Hugo Marchetti a été exclu samedi.\n\n« La règle est claire », a assuré le ministre.") == ["ministre"])
  }

  @Test func surnameParticle() {
    let text = """
      « Nous ne partirons pas », a lancé Erwan Le Dantec, patron du chalutier.

      « Pas cette fois », a ajouté M. Le Dantec.
      """
    let s = speakers(text)
    #expect(s.map { $0?.name } == ["Erwan Le Dantec", "Erwan Le Dantec"])
    #expect(s.last??.text == "M. Le Dantec")
    let before = speakers("Erwan Le Dantec a déclaré que le port resterait bloqué.")
    #expect(before.first??.text == "Erwan Le Dantec")
  }

  @Test func textSpeaksForItsIssuer() {
    #expect(names("Selon une étude de l'institut Varenne publiée mardi, un salarié sur cinq travaille le dimanche.") == ["institut Varenne"])
  }

  @Test func managementSpeaksForItsBody() {
    let text = """
      Le groupe Brolac Industries ferme son usine. Selon la direction de Brolac, la décision est définitive.

      « Nous restons ouverts au dialogue », a fait savoir la direction.
      """
    #expect(names(text) == ["Brolac Industries", "Brolac Industries"])
    #expect(names("Selon la direction de course, l'étape est maintenue.") != ["course"])
  }

  @Test func nameWrittenAfterABodysNoun() {
    #expect(names("« Le service est saturé », dénonce l'association Droits des usagers.") == ["Droits des usagers"])
    #expect(names("« Le site fermera », a annoncé le syndicat de pilotes Air Avenir.") == ["Air Avenir"])
  }

  @Test func nationalityBeforeTheNameIsNoPartOfIt() {
    #expect(names("« Elle était la plus forte », a reconnu la Norvégienne Ingrid Solberg.") == ["Ingrid Solberg"])
  }

  @Test func nameAfterATitleWithoutComma() {
    let text = """
      « Les habitants ont droit à la vérité », a réagi la conseillère municipale d'opposition Claire Vidal, qui a ajouté que son groupe porterait plainte.

      « Nous saisirons le tribunal », a précisé la conseillère.
      """
    let s = speakers(text)
    #expect(s.first??.text == "Claire Vidal")
    #expect(s.first??.title == "conseillère municipale d'opposition")
    #expect(s.last??.name == "Claire Vidal")
  }

  @Test func adjectivesAfterABodyOrAGroup() {
    #expect(names("Selon l'opposition municipale, le chantier durera deux ans.") == ["opposition municipale"])
    #expect(names("Selon plusieurs sources diplomatiques, l'accord sera signé jeudi.") == ["plusieurs sources diplomatiques"])
  }

  @Test func personNounWithContractedComplement() {
    #expect(names("« On manque de tout », confie une infirmière des urgences de Brolac.") == ["infirmière des urgences de Brolac"])
  }

  @Test func firstNameAfterAPapersOrClubsName() {
    #expect(names("« On apprend tout par la presse », a confié au Journal de Brolac Sandrine Vial, déléguée du site.") == ["Sandrine Vial"])
    let club = "Le pilier du RC Brolac Mathieu Serre a été suspendu deux ans.\n\n« Je ferai appel », a annoncé le joueur."
    #expect(names(club) == ["Mathieu Serre"])
  }

  @Test func bodysNounHeadsADescription() {
    let text = """
      Le ministre des Routes, Paul Servan, est resté silencieux.

      « Le ministre recevra les syndicats », indique-t-on dans l'entourage du ministre.
      """
    #expect(names(text).last == "entourage du ministre")
  }

  @Test func roleNoListHoldsIsTheTitleOfThePersonNamedWithIt() {
    let text = "La skippeuse Maëlle Tanguy a gagné dimanche.\n\n« Je dédie cette victoire à mon équipe », a déclaré la skippeuse."
    #expect(names(text) == ["Maëlle Tanguy"])
  }

  @Test func bodysNameAfterItsAdjective() {
    let s = speakers("Solvane avait été accusée par le groupe suisse Alpenrose d'avoir copié un flacon.")
    #expect(s.first??.text == "le groupe suisse Alpenrose")
    #expect(s.first??.name == "Alpenrose")
  }

  @Test func companysHeadStandsForABodyNamedWithoutIt() {
    let text = """
      Plainte contre Hôtels Azur

      Une ancienne employée de la chaîne Hôtels Azur, Léa Morin, poursuit son employeur.

      Dans un communiqué, le groupe affirme que « les faits ont été sanctionnés ».
      """
    #expect(names(text) == ["Hôtels Azur"])
  }

  @Test func secondComplementAfterEt() {
    let text = "Le ministère de la Culture et de la Communication a pour sa part indiqué que 12 % des musées étaient fermés."
    #expect(names(text) == ["ministère de la Culture et de la Communication"])
  }

  @Test func roleInAppositionToANameThatDoesNotSpeak() {
    let text = "Le club de Vendres s'est séparé dimanche de son entraîneur, Luc Fabre.\n\n« Je pars sans regret », a assuré l'ancien entraîneur."
    #expect(names(text) == ["Luc Fabre"])
  }

  @Test func descriptionsHeadComesBeforeItsComplement() {
    let text = """
      Le secrétaire du comité d'entreprise, Yann Perrot, a signé l'accord.

      « Rien n'est réglé », a nuancé le secrétaire du comité.
      """
    #expect(names(text) == ["Yann Perrot"])
  }

  @Test func adjectiveAfterACapitalizedComplementByItsEnding() {
    let text = "Le ministère des Affaires étrangères a convoqué l'ambassadeur jeudi.\n\n« La réponse sera ferme », a prévenu le ministère."
    #expect(names(text) == ["ministère des Affaires étrangères"])
  }

  @Test func titleWithComplementThenNameIsNoAffiliation() {
    #expect(names("La ministre de la Santé Agnès Roussel a déclaré que « l'hôpital tiendra ».") == ["Agnès Roussel"])
  }
}
