import Testing
import WhoSaid

/// French speakers (issue 22): the name in apposition to a title, complements in `de`/`du`/`des`,
/// adverbs and phrases between a verb and its subject, `-t-on`, relatives, coordinated verbs,
/// participles, negation, passives. Every sentence is invented.
@Suite("French speakers")
struct FrenchSpeakerTests {
  static let extractor = Extractor(profile: .french)
  func extract(_ text: String) -> [Attribution] { Self.extractor.extract(text) }
  func one(_ text: String, containing needle: String) throws -> Attribution {
    try #require(extract(text).first { $0.text.contains(needle) })
  }

  @Test(arguments: [
    ("La porte-parole de la préfecture, Julie Marchand, a indiqué que la route resterait fermée.", "Julie Marchand"),
    ("Le président du syndicat des taxis, Omar Benali, a estimé que la réforme était injuste.", "Omar Benali"),
    ("Le directeur des ressources humaines, Paul Vernet, a affirmé que personne ne serait licencié.", "Paul Vernet"),
    ("L'adjointe aux finances, Sarah Lemoine, a précisé que le budget serait voté en mars.", "Sarah Lemoine"),
    ("Son entraîneur, Bruno Carel, a expliqué que le joueur était épuisé.", "Bruno Carel"),
    ("Le président du jury, l'écrivain Marc Delorme, a annoncé que le prix serait partagé.", "l'écrivain Marc Delorme"),
  ])
  func titleThenNameBeforeTheVerb(text: String, speaker: String) throws {
    let a = try #require(extract(text).first)
    #expect(a.speaker?.text == speaker)
  }

  @Test(arguments: [
    ("« Le pont sera rouvert », a déclaré le directeur des routes du département, Alain Fourcade.", "Alain Fourcade"),
    ("« Rien n'est décidé », a affirmé le ministre tchèque des Affaires étrangères, Jan Novak, lors d'un point presse.", "Jan Novak"),
    ("« Nous irons en appel », a réagi le secrétaire général de l'Union des artisans (UDA), Marc Fabre.", "Marc Fabre"),
    ("« La saison est lancée », explique sa directrice artistique, Léa Morin.", "Léa Morin"),
    ("« Tout était prêt », a raconté le gardien du refuge, le guide Yann Perrot.", "le guide Yann Perrot"),
  ])
  func titleThenNameAfterTheVerb(text: String, speaker: String) throws {
    let a = try one(text, containing: "»")
    #expect(a.speaker?.text == speaker)
  }

  @Test func complementsWithDuAndDes() throws {
    let a = try one("Selon le porte-parole du ministère des Armées, l'exercice se poursuivra.", containing: "exercice")
    #expect(a.speaker?.text == "le porte-parole du ministère des Armées")
  }

  @Test(arguments: [
    "« Le site fermera en mai », a annoncé jeudi le groupe Valmet.",
    "« Le site fermera en mai », a indiqué mardi soir le groupe Valmet.",
    "« Le site fermera en mai », confie, sous couvert d'anonymat, le groupe Valmet.",
    "« Le site fermera en mai », a assuré devant la presse le groupe Valmet.",
  ])
  func wordsBetweenTheVerbAndItsSubject(text: String) throws {
    let a = try one(text, containing: "mai")
    #expect(a.speaker?.text == "le groupe Valmet")
  }

  @Test(arguments: ["par ailleurs", "pour sa part", "de son côté", "toutefois", "lui aussi", "quant à lui"])
  func adverbialsBetweenAuxiliaryAndParticiple(adverbial: String) throws {
    let a = try one("Le maire Louis Ferrand a \(adverbial) annoncé que la piscine rouvrirait en juin.", containing: "piscine")
    #expect(a.speaker?.name == "Louis Ferrand")
    #expect(a.text == "la piscine rouvrirait en juin")
  }

  @Test(arguments: [
    "Le club n'a pas démenti ces informations sur le transfert.",
    "La direction n'a pas souhaité réagir à ces accusations.",
    "Le ministère ne confirme pas que le projet sera abandonné.",
  ])
  func negatedCuesReportNothing(text: String) {
    #expect(extract(text).isEmpty)
  }

  @Test(arguments: [
    ("« La décision sera prise demain », indique-t-on à la préfecture.", "la préfecture"),
    ("« Nous étudions le dossier », précise-t-on dans l'entourage de la ministre.", "l'entourage de la ministre"),
    ("« Rien n'est signé », a-t-on assuré au ministère.", "ministère"),
  ])
  func onInvertedTakesThePlaceThatSpeaks(text: String, speaker: String) throws {
    let a = try one(text, containing: "»")
    #expect(a.speaker?.text == speaker)
  }

  @Test func learntFromASource() throws {
    let a = try one("Le suspect a été remis en liberté, a-t-on appris lundi de source policière.", containing: "suspect")
    #expect(a.speaker?.text == "source policière")
    #expect(a.cue?.lemma == "apprendre")
    #expect(a.text == "Le suspect a été remis en liberté")
  }

  @Test func relativeClauseSpeaker() throws {
    let found = extract("Marc Vidal, qui affirme avoir été menacé, a porté l'affaire en justice.")
    let a = try #require(found.first)
    #expect(a.speaker?.text == "Marc Vidal")
    #expect(a.text == "avoir été menacé")
  }

  @Test func coordinatedSecondClaim() throws {
    let found = extract("La députée Anne Caron a dénoncé un « scandale » et accusé le préfet de mentir aux habitants.")
    #expect(found.count == 2)
    let first = try #require(found.first { $0.cue?.lemma == "dénoncer" })
    #expect(first.text == "un « scandale »")
    let second = try #require(found.first { $0.cue?.lemma == "accuser" })
    #expect(second.speaker?.name == "Anne Caron")
    #expect(second.text.hasPrefix("de mentir"))
  }

  @Test func presentParticiples() throws {
    let found = extract("Le ministre Paul Roche a démenti toute fraude, affirmant que les comptes étaient en ordre.")
    let a = try #require(found.first { $0.cue?.lemma == "affirmer" })
    #expect(a.speaker?.name == "Paul Roche")
    #expect(a.text == "les comptes étaient en ordre")
    let b = try #require(found.first { $0.text.contains("appelant") == false && $0.cue?.lemma == "affirmer" })
    #expect(b.cue?.text == "affirmant")
    // A participle after `tout en`; none opening a phrase of its own.
    let c = extract("Le maire Jean Pujol a salué l'accord, tout en appelant les habitants à la prudence.")
    #expect(c.contains { $0.cue?.lemma == "appeler" && $0.speaker?.name == "Jean Pujol" })
    #expect(extract("Un ton menaçant a surpris les élus.").isEmpty)
  }

  @Test func infinitivesReportNothingYet() {
    #expect(!extract("Selon les analystes, le groupe pourrait annoncer de nouvelles cessions.").contains { $0.cue?.lemma == "annoncer" })
  }

  @Test func passiveSubjectsDoNotSpeak() throws {
    #expect(extract("Le maire de Lorvan sera jugé en juin pour favoritisme.").isEmpty)
    let a = try #require(extract("Le maire a été accusé par l'opposition de mentir sur le budget.").first)
    #expect(a.speaker?.text == "l'opposition")
  }

  /// `explique-t-elle` is one token: the record gives the cue the verb and the speaker the pronoun.
  @Test func cliticSpans() throws {
    let text = "La ministre Anne Vidal a parlé. « Rien n'est joué », explique-t-elle. « Tout reste ouvert », a-t-elle ajouté."
    let found = extract(text)
    let a = try #require(found.first { $0.text.contains("joué") })
    #expect(a.speaker?.text == "elle")
    #expect(a.speaker.map { text.utf8Slice($0.span) } == "elle")
    #expect(a.cue?.text == "explique")
    #expect(a.cue.map { text.utf8Slice($0.span) } == "explique")
    #expect(a.speaker?.name == "Anne Vidal")
    let b = try #require(found.first { $0.text.contains("ouvert") })
    #expect(b.speaker?.text == "elle")
    #expect(b.cue?.text == "ajouté")
  }

  @Test func newCues() throws {
    let a = try one("« C'est une honte », a réagi le maire, Luc Brun.", containing: "honte")
    #expect(a.cue?.lemma == "réagir")
    let b = try one("« Encore une réunion pour rien », s'agace Nora Belkacem.", containing: "réunion")
    #expect(b.speaker?.name == "Nora Belkacem")
    let c = try one("À en croire la presse locale, le club sera vendu.", containing: "vendu")
    #expect(c.speaker?.text == "la presse locale")
    let d = try one("« C'est un grand jour », s'est félicité le maire, Luc Brun.", containing: "jour")
    #expect(d.speaker?.text == "Luc Brun")
  }
}
