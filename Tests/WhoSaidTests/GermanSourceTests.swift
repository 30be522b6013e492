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
}
