import Testing
import WhoSaid

/// German sentences that name their own source (issue 22): passive agents, `so X` with more
/// around it, colon speakers, adverbs and objects that are no speakers, quoted names inside a
/// speaker phrase, and sentences whose subject follows a fronted phrase. Every sentence is invented.
@Suite("German sources")
struct GermanSourceTests {
  static let extractor = Extractor(profile: .german)
  func extract(_ text: String) -> [Attribution] { Self.extractor.extract(text) }
  func attribution(_ text: String, _ prefix: String) -> Attribution? { extract(text).first { $0.text.hasPrefix(prefix) } }

  @Test func passiveAgentSpeaks() throws {
    let a = try #require(attribution("Der Bürgermeister Paul Hofer wird von der Opposition vorgeworfen, die Kosten verschwiegen zu haben.", "die Kosten"))
    #expect(a.speaker?.text == "der Opposition")
    let b = try #require(attribution("Die Stadt hat geklagt. Von der Landesregierung wurde am Abend erklärt, man werde das Urteil prüfen.", "man werde"))
    #expect(b.speaker?.text == "der Landesregierung")
    #expect(b.cue?.lemma == "erklären")
    let c = try #require(attribution("Die Reederei Kessel war schon im Mai von der Hafenbehörde gerügt worden: Sie habe Fristen versäumt.", "Sie habe"))
    #expect(c.speaker?.text == "der Hafenbehörde")
    // `von` after a noun is that noun's attribute, not the agent.
    let d = extract("Die Abschaffung von Gebühren wurde vom Stadtrat abgelehnt, weil die Kasse leer sei.")
    #expect(d.allSatisfy { $0.speaker?.text != "Gebühren" })
  }

  @Test func pronominalAdverbIsNoSpeaker() throws {
    let a = try #require(attribution("Demgegenüber betonte das Finanzamt, die Einnahmen seien gestiegen.", "die Einnahmen"))
    #expect(a.speaker?.text == "das Finanzamt")
  }

  @Test func subjectNamingABodyIsNoObject() throws {
    let text = "Der Stürmer Uwe Kranz hatte den Schiedsrichter beleidigt. Der Landesverband drohte Kranz am Montag, ihn für drei Spiele zu sperren."
    let a = try #require(attribution(text, "ihn für"))
    #expect(a.speaker?.text == "Der Landesverband")
    let b = try #require(attribution("Der Arbeitgeberverband Nordkliniken kritisierte die Gewerkschaft: Ihre Forderungen seien zu hoch.", "Ihre Forderungen"))
    #expect(b.speaker?.text == "Der Arbeitgeberverband Nordkliniken")
  }

  @Test func soWithMoreAroundTheSpeaker() throws {
    let words = try #require(extract("„Wir lassen uns nicht einschüchtern“, so Helga Brenner wörtlich.").first)
    #expect(words.speaker?.text == "Helga Brenner")
    #expect(words.cue?.text == "so")
    let verb = try #require(extract("„Er ist ein harter Verhandler“, so beschrieb ihn der Betriebsrat Jens Ohle.").first)
    #expect(verb.speaker?.text == "der Betriebsrat Jens Ohle")
    let medium = try #require(extract("„Die Lage ist ernst“, so die Sprecherin gegenüber „Radio Nord“.").first)
    #expect(medium.speaker?.text == "die Sprecherin")
    // `laut` after the speaker names another source: no `so` frame then.
    let laut = extract("Die Grenze sei geschlossen, so die offizielle Lesart laut der Agentur Nordpress.")
    #expect(laut.allSatisfy { $0.speaker?.text != "die offizielle Lesart" })
  }

  @Test func colonSpeakers() throws {
    let text = "Der Oppositionsführer Jens Halder sprach von einem Versagen. Halder: „Die Regierung hat zu spät gehandelt.“"
    let a = try #require(attribution(text, "„Die Regierung"))
    #expect(a.speaker?.text == "Halder")
    let b = try #require(attribution("Hebamme Susanne Kolb, die seit 20 Jahren in Lindau arbeitet: „Die Frauen müssen weit fahren.“", "„Die Frauen"))
    #expect(b.speaker?.text == "Hebamme Susanne Kolb")
    let c = try #require(attribution("Erik Lund, Präsident des Nordischen Rates: „Das Gesetz ist ein Fehler.“", "„Das Gesetz"))
    #expect(c.speaker?.text == "Erik Lund")
    // A header word is no speaker.
    #expect(attribution("Hintergrund: „Die Brücke ist seit 1950 in Betrieb.“", "„Die Brücke")?.speaker?.text != "Hintergrund")
  }

  @Test func quotedNameInsideTheSpeakerPhrase() throws {
    let a = try #require(attribution("Der Geschäftsführer von „Solaris“, Jan Weber, sagte, das Werk sei ausgelastet.", "das Werk"))
    #expect(a.speaker?.text == "Jan Weber")
    let b = try #require(attribution("Einer der 13 beteiligten Feuerwehrmänner sagte: „So einen Brand habe ich nie gesehen.“", "„So einen"))
    #expect(b.speaker?.text == "der 13 beteiligten Feuerwehrmänner" || b.speaker?.text == "Einer der 13 beteiligten Feuerwehrmänner")
  }

  @Test func quotedWordsOfTheSubjectAfterAFrontedPhrase() throws {
    let text = "Die Kanzlerin lobte das Gesetz. In dem Verfahren vor dem Landgericht sieht der Betriebsrat Ole Marten einen „Angriff auf die Belegschaft“."
    let a = try #require(attribution(text, "In dem Verfahren"))
    #expect(a.speaker?.text == "der Betriebsrat Ole Marten")
    let b = try #require(attribution("Die Kanzlerin lobte das Gesetz. Auch der Außenminister Karl Brenner hält es für einen „großen Schritt nach vorn für alle“.", "Auch der"))
    #expect(b.speaker?.text == "der Außenminister Karl Brenner")
  }

  @Test func officeNounsOfNews() throws {
    let a = try #require(attribution("Die Datenschutzbeauftragte des Landes, Maria Seidel, sagte, der Entwurf gehe zu weit.", "der Entwurf"))
    #expect(a.speaker?.text == "Maria Seidel")
    #expect(a.speaker?.name == "Maria Seidel")
  }

  @Test func onlyCuesOfANounPhraseReportOne() throws {
    // `bestätigen`, `ankündigen`, `begründen` with an object report nothing (both golds agree).
    #expect(extract("Beide Firmen bestätigten am Freitag entsprechende Berichte.").isEmpty)
    #expect(extract("Der Betriebsrat kündigte Widerstand an.").isEmpty)
    #expect(extract("Das Unternehmen begründete den Schritt mit der schwachen Nachfrage.").isEmpty)
    // `fordern`, `verlangen`, `bezeichnen` do.
    let a = try #require(extract("Der Mieterbund forderte eine deutliche Verschärfung der Mietpreisbremse.").first)
    #expect(a.text == "eine deutliche Verschärfung der Mietpreisbremse")
    #expect(a.speaker?.text == "Der Mieterbund")
    let b = try #require(extract("Der Verband hat am Montag Neuwahlen gefordert.").first)
    #expect(b.text == "Der Verband hat am Montag Neuwahlen gefordert")
  }

  @Test func zuInfinitiveAfterTheObjectIsTheReport() throws {
    let a = try #require(extract("Die Bank beschuldigt ihren früheren Kassierer, das Kontrollsystem gezielt umgangen zu haben.").first)
    #expect(a.text == "das Kontrollsystem gezielt umgangen zu haben")
    let b = try #require(extract("Der Fahrgastverband forderte die Bahn auf, Inhabern von Zeitkarten einen Monat zu erstatten.").first)
    #expect(b.text == "Inhabern von Zeitkarten einen Monat zu erstatten")
    let c = try #require(extract("Die Ministerin bat beide Seiten, die Versorgung der Patienten nicht zu gefährden.").first)
    #expect(c.text == "die Versorgung der Patienten nicht zu gefährden")
    #expect(c.speaker?.text == "Die Ministerin")
    let d = try #require(extract("Die Gewerkschaft hat die Klinikbetreiber aufgefordert, bis Freitag ein Angebot vorzulegen.").first)
    #expect(d.text == "bis Freitag ein Angebot vorzulegen")
    // A relative clause after the object is no report.
    #expect(extract("Die Stadt schätzt die Zahl der Kinder, die keinen Platz haben.").isEmpty)
  }

  @Test func condemningWithAColonReportsTheClause() throws {
    let a = try #require(extract("Der Landrat verurteilte die Blockade: Wer Rettungswagen aufhalte, gefährde Menschenleben.").first)
    #expect(a.text == "Wer Rettungswagen aufhalte, gefährde Menschenleben")
    #expect(extract("Das Gericht verurteilte den Mann zu drei Jahren Haft.").isEmpty)
  }

  @Test func quotedNamesAreNoQuotedWords() throws {
    let text = "Der Minister sagte, die Lage sei ernst. Hauptorganisator ist die Bewegung „Alliance for Free Elections“ aus der Hauptstadt."
    #expect(!extract(text).contains { $0.text.contains("Hauptorganisator") })
    // Quoted words keep their lower-case verb or a word before them that is no noun or article.
    let words = "Der Minister sagte, die Lage sei ernst. Er griff die Opposition an: Sie betreibe „Wahlkampf auf Kosten des Landes“."
    #expect(extract(words).contains { $0.text.contains("Sie betreibe") })
  }

  @Test func passiveWithNoAgentReportsForNobodyNamed() throws {
    let a = try #require(attribution("Der Banker wurde festgenommen. Ihm wird unter anderem vorgeworfen, Gelder veruntreut zu haben.", "Gelder"))
    #expect(a.speaker == nil)
    #expect(a.cue?.lemma == "vorwerfen")
    let b = try #require(attribution("Gestern war berichtet worden, dass die Gespräche gescheitert seien.", "dass die"))
    #expect(b.speaker == nil)
    // A future is no passive: `Er wird … vorwerfen`.
    let c = try #require(attribution("Der Kläger Jan Ohm wird dem Verband vorwerfen, die Regeln gebrochen zu haben.", "die Regeln"))
    #expect(c.speaker?.text == "Der Kläger Jan Ohm")
    // A passive closing a relative clause reports nothing after its comma.
    #expect(extract("Trotz der Pannen, die heftig gerügt worden waren, plant die Regierung neue Gesetze.").isEmpty)
  }

  @Test func invertedDescriptionWithAnAppositiveName() throws {
    let a = try #require(extract("„Das ist ein Haushalt auf Sand“, sagte der Sprecher der Opposition, Lukas Wendel, der „Weserpost“.").first)
    #expect(a.speaker?.text == "Lukas Wendel")
    let b = try #require(extract("Am Montag sagte der Sprecher des Ministeriums, Tobias Rahn, das Land habe keine Handhabe.").first)
    #expect(b.speaker?.text == "Tobias Rahn")
    #expect(b.text == "das Land habe keine Handhabe")
    let c = try #require(extract("Jetzt gab der Leiter der Dienststelle, Andreas Huber, bekannt, dass das Handy gefunden wurde.").first)
    #expect(c.speaker?.text == "Andreas Huber")
    #expect(c.cue?.lemma == "bekanntgeben")
    // After the name's comma, words with no verb of reported speech are no report.
    #expect(extract("Für Schuhe erwartet die Vorsitzende des Verbands, Brigitte Wendt, eine Preissteigerung.").isEmpty)
  }

  @Test func parentheticalBetweenSubjectAndParticiple() throws {
    let a = try #require(extract("Im Streit hat Staatssekretär Mats Berning (Grüne) gefordert, größere Tankstellen zu verpflichten.").first)
    #expect(a.speaker?.text == "Staatssekretär Mats Berning")
    #expect(a.text == "größere Tankstellen zu verpflichten")
  }

  @Test func demnachStandsForTheSourceOfTheSentenceBefore() throws {
    let found = extract("Die Staatsanwaltschaft hat am Montag den Bericht vorgelegt. Demnach war der Fahrer betrunken.")
    let a = try #require(found.last)
    #expect(a.speaker?.text == "Demnach")
    #expect(a.speaker?.name == "Staatsanwaltschaft")
  }

  @Test func newspaperToldIsNoFragmentOfTheQuote() throws {
    let a = try #require(extract("„Das ist ein Haushalt auf Sand“, sagte Fraktionschef Lukas Wendel der „Neuen Weserpost“.").first)
    #expect(a.text == "„Das ist ein Haushalt auf Sand“")
    #expect(a.fragments.count <= 1)
    let b = try #require(extract("„Verträge gelten für beide Seiten“, sagte Minister Duarte Lobo der Zeitung „Correio do Sul“.").first)
    #expect(b.text == "„Verträge gelten für beide Seiten“")
    #expect(b.speaker?.text == "Minister Duarte Lobo")
    // A genitive after a speaker noun stays in the phrase.
    let c = try #require(extract("„Wir drucken weiter“, sagte ein Sprecher der Zeitung „Nordkurier“.").first)
    #expect(c.speaker?.text.hasPrefix("ein Sprecher der Zeitung") == true)
  }

  @Test func konjunktivOfARegularVerbContinuesTheReport() throws {
    let text = "Dem Abgeordneten Lukas Wendel zufolge fehlen in dem Entwurf belastbare Zahlen. Die Regierung verschiebe die Lasten auf künftige Generationen."
    let a = try #require(attribution(text, "Die Regierung"))
    #expect(a.speaker?.name == "Lukas Wendel")
    // `wurde` ends in `e` too but is indicative.
    let b = "Dem Abgeordneten Lukas Wendel zufolge fehlen in dem Entwurf belastbare Zahlen. Der Entwurf wurde am Montag vorgelegt."
    #expect(attribution(b, "Der Entwurf") == nil)
  }

  @Test func aProverbQuotesNobody() {
    let text = "„Wir sparen“, sagte die Ministerin. Ein Sprichwort besagt: „Wer den Pfennig nicht ehrt, ist des Talers nicht wert.“"
    #expect(!extract(text).contains { $0.text.contains("Pfennig") })
  }

  @Test func decisionsOpinionsAndThanksAreRead() throws {
    let a = try #require(extract("Die Bundeswehr hat entschieden, das Tanklager in Lindau aufzugeben.").first)
    #expect(a.text == "das Tanklager in Lindau aufzugeben")
    #expect(a.cue?.lemma == "entscheiden")
    let b = try #require(extract("Der Stadtrat beschloss am Abend, die Gebühren zu senken.").first)
    #expect(b.cue?.lemma == "beschließen")
    let c = try #require(extract("Der Ökonom Karl Brandt vertritt die Ansicht, dass die Zinsen steigen.").first)
    #expect(c.text == "dass die Zinsen steigen")
    #expect(c.cue?.class == .belief)
    #expect(extract("Der Anwalt Karl Brandt vertritt die Firma seit Jahren.").isEmpty)
    let d = try #require(extract("„Ohne euch hätten wir es nicht geschafft“, dankte Bürgermeister Jonas Reuter den Helfern.").first)
    #expect(d.speaker?.text == "Bürgermeister Jonas Reuter")
    #expect(d.cue?.lemma == "danken")
  }
}

