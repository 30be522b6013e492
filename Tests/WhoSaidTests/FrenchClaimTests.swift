import Testing
import WhoSaid

/// French claims (issue 22): incises inside guillemets, dialogue dashes, `Et d'ajouter`, what
/// reports nothing (headlines, `Lire aussi`, quoted titles, plain noun phrases), content
/// prepositions and passive agents. Every text is invented.
@Suite("French claims")
struct FrenchClaimTests {
  static let extractor = Extractor(profile: .french)
  func extract(_ text: String) -> [Attribution] { Self.extractor.extract(text) }

  @Test(arguments: [
    ("« Le chantier avance, a assuré Mme Colin, mais il reste beaucoup à faire. »", "Mme Colin"),
    ("« Le chantier avance, a indiqué mardi la mairie de Vendres dans un communiqué, et les délais seront tenus. »", "la mairie de Vendres"),
    ("« Le chantier avance, explique-t-il. Les délais seront tenus. »", "il"),
  ])
  func incisesInsideGuillemets(text: String, speaker: String) throws {
    let a = try #require(extract(text).first)
    #expect(a.kind == .direct)
    #expect(a.text.hasPrefix("«") && a.text.hasSuffix("»"))
    #expect(a.speaker.map { text.utf8Slice($0.span) } == speaker || a.speaker?.text == speaker)
    #expect(a.cue != nil)
  }

  @Test func onInvertedIncise() throws {
    let a = try #require(extract("« Le tracé sera connu en mai, assure-t-on au ministère, et rien ne changera. »").first)
    #expect(a.speaker?.text == "ministère")
  }

  @Test func dialogueTurns() throws {
    let text = """
      Le conseil municipal s'est réuni jeudi soir.

      — Nous voterons contre, lance Marie Caradec, conseillère d'opposition. Ce budget est injuste.

      Assis au premier rang, le trésorier, Hugo Lenoir, secoue la tête.

      — Les chiffres sont pourtant clairs.

      — Ce budget ne passera pas, a répondu le maire, Alain Perrin.

      — Alors nous irons au tribunal, a rétorqué Mme Caradec.

      — Vous en prendrez la responsabilité, madame Caradec.
      """
    let found = extract(text)
    #expect(found.count == 5)
    let first = try #require(found.first { $0.text.contains("voterons") })
    #expect(first.text.hasSuffix("Ce budget est injuste."))  // the turn goes on after its incise
    #expect(first.speaker?.name == "Marie Caradec")
    let second = try #require(found.first { $0.text.contains("chiffres") })
    #expect(second.speaker?.name == "Hugo Lenoir")  // named in the narrative paragraph before
    let third = try #require(found.first { $0.text.contains("passera") })
    #expect(third.text == "— Ce budget ne passera pas")  // the incise ends the turn
    #expect(third.speaker?.name == "Alain Perrin")
    let last = try #require(found.first { $0.text.contains("responsabilité") })
    #expect(last.speaker?.name == "Alain Perrin")  // turns alternate; the vocative names the other
  }

  @Test func etDAjouter() throws {
    let text = "Le maire Paul Durand a défendu le projet. « Il est utile », a-t-il déclaré. Et d'ajouter : « Nous le financerons. »"
    let a = try #require(extract(text).first { $0.text.contains("financerons") })
    #expect(a.cue?.lemma == "ajouter")
    #expect(a.speaker?.name == "Paul Durand")
  }

  @Test func whatReportsNothing() {
    // A headline, a `Lire aussi` line, a quoted title, a nickname, plain noun phrases.
    let text = """
      Budget : le maire promet une baisse des impôts

      Lire aussi : « Nous avons tout essayé », reconnaît un ancien adjoint

      L'écrivaine Lise Morel a publié un roman, « La Maison des dunes ». Son éditeur, surnommé « le Renard », a annoncé un tirage record.

      La championne avait déclaré forfait la veille.
      """
    #expect(extract(text).isEmpty)
  }

  @Test func pastParticipleWithoutAuxiliary() throws {
    // A participle qualifying a noun reports nothing; with an auxiliary, shared over `et`, it does.
    #expect(extract("Le procès de deux frères accusés d'avoir volé un camion s'ouvre demain à Brest.").isEmpty)
    #expect(extract("Interrogé sur ce point, le maire est resté muet.").isEmpty)
    let a = extract("La maire Anne Colin a dénoncé la fermeture et accusé l'État d'abandonner la ville.")
    #expect(a.contains { $0.cue?.lemma == "accuser" && $0.text == "d'abandonner la ville" })
    let b = try #require(extract("« Le chantier avance », a déclaré le maire Yves Roux.").first)
    #expect(b.cue?.lemma == "déclarer")
  }

  @Test func contentPrepositions() throws {
    let a = try #require(extract("La députée Lucie Rey a accusé le ministre de l'Intérieur de mentir aux élus.").first)
    #expect(a.text == "de mentir aux élus")
    let b = try #require(extract("Le maire Yves Roux a félicité les pompiers pour leur « courage ».").first)
    #expect(b.text == "pour leur « courage »")
    let c = try #require(extract("Le syndicat a demandé au préfet d'ouvrir des négociations.").first)
    #expect(c.text == "d'ouvrir des négociations")
    let d = try #require(extract("L'ONG Vigie a mis en garde les autorités contre toute expulsion.").first)
    #expect(d.cue?.lemma == "mettre en garde")
    #expect(d.text == "contre toute expulsion")
  }

  @Test func nounPhrasesAndBeliefs() throws {
    #expect(extract("Le maire Yves Roux a annoncé un plan de rénovation des écoles.").isEmpty)
    let a = try #require(extract("La ministre Anne Vidal juge la réforme nécessaire.").first)
    #expect(a.text == "la réforme nécessaire")
    let b = try #require(extract("Le club a démenti les rumeurs de transfert.").first)
    #expect(b.text == "les rumeurs de transfert")
  }

  @Test func passiveAgentsPastADateOrCommas() throws {
    let a = try #require(extract("La société avait été accusée en 2021 par le groupe Ferlane d'avoir copié ses produits.").first)
    #expect(a.speaker?.text == "le groupe Ferlane")
    #expect(a.text == "d'avoir copié ses produits")
    let b = try #require(extract("Le directeur a été critiqué, par plusieurs médecins, pour sa gestion.").first)
    #expect(b.speaker?.text == "plusieurs médecins")
  }

  @Test func adverbInMentAfterTheAuxiliary() throws {
    let a = try #require(extract("L'entraîneur Luc Morin a vivement critiqué l'arbitre : « C'est un scandale. »").first)
    #expect(a.speaker?.name == "Luc Morin")
  }
}

extension String {
  /// The text of a UTF-8 span of this string.
  func utf8Slice(_ span: TextSpan?) -> String {
    guard let s = span else { return "" }
    return String(decoding: Array(utf8)[s.start..<s.end], as: UTF8.self)
  }
}
