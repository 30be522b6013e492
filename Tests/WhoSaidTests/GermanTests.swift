import Testing
import WhoSaid

/// German: quotes with `„…“`, verb-second inversion, separable verbs, `laut`,
/// `zufolge`, `nach Angaben von`, `so X`, and indirect speech in Konjunktiv I.
@Suite("German")
struct GermanTests {
  static let extractor = Extractor(profile: .german)
  func extract(_ text: String) -> [Attribution] { Self.extractor.extract(text) }

  @Test func quoteThenInvertedSpeaker() throws {
    let found = extract("„Wir bleiben bei unserer Linie“, sagte Ministerin Eva Brandt am Montag.")
    let a = try #require(found.first)
    #expect(a.kind == .direct)
    #expect(a.text == "„Wir bleiben bei unserer Linie“")
    #expect(a.speaker?.name == "Eva Brandt")
    #expect(a.cue?.lemma == "sagen")
  }

  @Test func aSpeakerFoundWithoutAReportingVerbHasNoCue() throws {
    // The subject opening the sentence before speaks; its verb reports nothing, so the
    // record gives no cue rather than `würdigte` as a lemma.
    let found = extract("Im Hafen gab es einen Brand. Lammert würdigte die Feuerwehr am Abend. Sie sei ein Vorbild für alle.")
    let a = try #require(found.first { $0.text.hasPrefix("Sie sei") })
    #expect(a.speaker?.name == "Lammert")
    #expect(a.cue == nil)
    // After a clause without a reporting verb and a colon, likewise.
    let quoted = try #require(extract("Die Firma Nordwind hält die Kritik für falsch: „Wir haben alles geprüft.“").first)
    #expect(quoted.kind == .direct)
    #expect(quoted.speaker?.name != nil)
    #expect(quoted.cue == nil)
  }

  @Test func speakerThenReportedClause() throws {
    let found = extract("Der Bürgermeister Karl Hofer sagte, die Brücke werde im Mai eröffnet.")
    let a = try #require(found.first)
    #expect(a.kind == .indirect)
    #expect(a.text == "die Brücke werde im Mai eröffnet")
    #expect(a.speaker?.name == "Karl Hofer")
  }

  @Test func verbSecondAndSeparableParticle() throws {
    let found = extract("Am Dienstag teilte die Polizei mit, dass zwei Männer festgenommen worden seien.")
    let a = try #require(found.first)
    #expect(a.speaker?.text == "die Polizei")
    #expect(a.cue?.lemma == "mitteilen")
    #expect(a.text.hasPrefix("dass zwei Männer"))
  }

  @Test func sourcePhrases() throws {
    let laut = try #require(extract("Laut Innenminister Paul Vogt gibt es keine Hinweise auf einen Anschlag.").first)
    #expect(laut.speaker?.name == "Paul Vogt")
    #expect(laut.cue?.text == "Laut")
    let zufolge = try #require(extract("Dem Bericht zufolge sind die Kosten deutlich gestiegen.").first)
    #expect(zufolge.speaker?.text == "Dem Bericht")
    #expect(zufolge.text.hasPrefix("sind die Kosten"))
    let angaben = try #require(extract("Nach Angaben der Feuerwehr wurde niemand verletzt.").first)
    #expect(angaben.speaker?.text == "der Feuerwehr")
    #expect(angaben.text == "wurde niemand verletzt")
  }

  @Test func soAtClauseStart() throws {
    let found = extract("„Das ist ein guter Tag“, so Frau Keller.")
    let a = try #require(found.first)
    #expect(a.kind == .direct)
    #expect(a.speaker?.text == "Frau Keller")
    #expect(a.cue?.text == "so")
    // `so` inside a clause is no source.
    #expect(extract("Es war so kalt, dass die Schule geschlossen blieb.").isEmpty)
  }

  @Test func subjunctiveContinuesTheSpeaker() throws {
    let text = "Die Ärztin Maria Stein sagte, die Lage sei ernst. Die Kliniken seien überlastet. Morgen soll es regnen.\n\nDas Wetter bleibt kühl."
    let found = extract(text)
    // The two subjunctive sentences after the attributed one are one run.
    #expect(found.count == 2)
    let carried = try #require(found.first { $0.text.hasPrefix("Die Kliniken") })
    #expect(carried.text == "Die Kliniken seien überlastet. Morgen soll es regnen")
    #expect(carried.kind == .indirect)
    #expect(carried.speaker?.resolution == .carried)
    #expect(carried.speaker?.name == "Maria Stein")
    #expect(!found.contains { $0.text.contains("Wetter") })
  }

  @Test func pronounsResolveByGender() throws {
    let text = "„Wir sind bereit“, sagte Julia Brand. Sie sagte, sie habe lange gewartet. Ihr Kollege Thomas Wirth sagte, er sei skeptisch."
    let found = extract(text)
    #expect(found.first { $0.text.hasPrefix("sie habe") }?.speaker?.name == "Julia Brand")
    #expect(found.first { $0.text.hasPrefix("er sei") }?.speaker?.name == "Thomas Wirth")
  }

  @Test func capitalizedNounsAreNoNames() throws {
    let found = extract("Das Unternehmen Nordwind teilte mit, die Produktion laufe weiter. Dem Unternehmen zufolge sind 40 Stellen betroffen.")
    let later = try #require(found.first { $0.text.hasPrefix("sind 40") })
    #expect(later.speaker?.kind == .organization)
    #expect(later.speaker?.name != "Unternehmen")
  }

  @Test func frontedPhraseIsNoSubject() throws {
    let a = try #require(extract("Nach der Sitzung sagte Ministerin Eva Brandt: „Wir haben uns geeinigt.“").first)
    #expect(a.speaker?.text == "Ministerin Eva Brandt")
    let b = try #require(extract("In einem Gespräch äußerte sich der Trainer Jonas Berg zufrieden: „Die Mannschaft hat gekämpft.“").first)
    #expect(b.speaker?.text == "der Trainer Jonas Berg")
  }

  @Test func perfectTenseCueAtClauseEnd() throws {
    let a = try #require(extract("Die Ärztin Maria Stein hat am Montag erklärt, die Lage sei ernst.").first)
    #expect(a.speaker?.name == "Maria Stein")
    #expect(a.text == "die Lage sei ernst")
    let b = try #require(extract("Kohl hatte in einem Interview gesagt, die Steuern müssten sinken.").first)
    #expect(b.speaker?.text == "Kohl")
    let c = try #require(extract("Am Freitag hat der Bürgermeister Karl Hofer angekündigt, die Brücke werde gesperrt.").first)
    #expect(c.speaker?.name == "Karl Hofer")
  }

  @Test func trailingWieFrame() throws {
    let a = try #require(extract("Die Straße bleibe bis Mai gesperrt, wie die Stadtverwaltung mitteilte.").first)
    #expect(a.text == "Die Straße bleibe bis Mai gesperrt")
    #expect(a.speaker?.text == "die Stadtverwaltung")
  }

  @Test func passiveQuotedSpeaker() throws {
    let a = try #require(extract("„Das Team hat alles gegeben“, wird Trainer Jonas Berg in der Zeitung zitiert.").first)
    #expect(a.kind == .direct)
    #expect(a.speaker?.name == "Jonas Berg")
    #expect(a.cue?.lemma == "zitieren")
    // Other passives name no speaker.
    #expect(extract("Der Plan wurde am Montag angekündigt, die Steuern sollen sinken.").allSatisfy { $0.speaker?.text != "Der Plan" })
  }

  @Test func konjunktivOneIsReportedSpeechOnItsOwn() throws {
    let text = "Die Ärztin Maria Stein sagte, die Kliniken seien voll. Das Wetter bleibt kühl. Die Lage sei aber unter Kontrolle.\n\nDer Zug fährt um acht Uhr.\n\nDer Schaden gehe in die Millionen."
    let found = extract(text)
    let carried = try #require(found.first { $0.text.hasPrefix("Die Lage sei") })
    #expect(carried.speaker?.name == "Maria Stein")
    #expect(carried.speaker?.resolution == .carried)
    // Two paragraphs on, nobody is named.
    let alone = try #require(found.first { $0.text.hasPrefix("Der Schaden") })
    #expect(alone.kind == .indirect)
    #expect(alone.speaker == nil)
    #expect(!found.contains { $0.text.contains("Wetter") || $0.text.contains("Zug") })
  }

  @Test func prepositionAfterVerbIsNoParticle() {
    #expect(extract("Viele Menschen nahmen an der Feier im Rathaus teil.").isEmpty)
  }
  @Test func genitiveBelongsToTheSpeaker() throws {
    let a = try #require(extract("Ein Sprecher der Stadtwerke sagte, die Preise würden steigen.").first)
    #expect(a.speaker?.text == "Ein Sprecher der Stadtwerke")
    let b = try #require(extract("Am Abend sagte ein Sprecher des Ministeriums, die Lage sei ruhig.").first)
    #expect(b.speaker?.text == "ein Sprecher des Ministeriums")
  }

  @Test func capitalizedCueFormIsANoun() {
    #expect(extract("Nach dem Urteil hat die Sängerin Klage beim Landgericht eingereicht.").isEmpty)
  }

  @Test func reportedClauseFollowsTheComma() throws {
    let a = try #require(extract("Der Minister sagte am Montag in Berlin, die Verhandlungen seien gescheitert.").first)
    #expect(a.text == "die Verhandlungen seien gescheitert")
    #expect(a.speaker?.text == "Der Minister")
  }

  @Test func particleOfAnotherVerbClosesTheClause() {
    // `absagen`, not `sagen`.
    #expect(extract("Die Delegierten sagten ihre Teilnahme an der Sitzung ab.").isEmpty)
  }

  @Test func separableVerbsSharingAForm() throws {
    // `wies … hin` (`hinweisen`) and `wies … zurück` (`zurückweisen`) share `wies`.
    let a = try #require(extract("Der Pilot wies darauf hin, dass die Landebahn vereist war.").first)
    #expect(a.cue?.lemma == "hinweisen")
    #expect(a.text == "dass die Landebahn vereist war")
    let b = try #require(extract("Die Kommission gab an, die Prüfung dauere noch Wochen.").first)
    #expect(b.cue?.lemma == "angeben")
    #expect(b.text == "die Prüfung dauere noch Wochen")
  }

  @Test func particleWrittenBeforeItsVerb() throws {
    let a = try #require(extract("Wie die Bahn bekannt gab, fallen am Freitag alle Züge aus.").first)
    #expect(a.cue?.lemma == "bekanntgeben")
    #expect(a.speaker?.text == "die Bahn")
    #expect(a.text == "fallen am Freitag alle Züge aus")
  }

  @Test func cueClosingItsSentenceReportsTheSentence() throws {
    // Only a cue that reports a noun phrase (`fordern`): `gab die Schließung bekannt` reports nothing.
    let a = try #require(extract("Die Stadtverwaltung hat am Dienstag die Schließung des Hallenbads gefordert.").first)
    #expect(a.kind == .indirect)
    #expect(a.text == "Die Stadtverwaltung hat am Dienstag die Schließung des Hallenbads gefordert")
    #expect(a.speaker?.text == "Die Stadtverwaltung")
    #expect(extract("Die Stadtverwaltung gab die Schließung des Hallenbads am Dienstag bekannt.").isEmpty)
  }

  @Test func demonstrativePointsToTheSentenceBefore() throws {
    let found = extract("Das Hallenbad bleibt bis Oktober geschlossen. Dies teilte die Stadtverwaltung am Dienstag mit.")
    let a = try #require(found.first)
    #expect(found.count == 1)
    #expect(a.text == "Das Hallenbad bleibt bis Oktober geschlossen")
    #expect(a.speaker?.text == "die Stadtverwaltung")
    #expect(a.cue?.lemma == "mitteilen")
  }

  @Test func subjectOpensTheClause() throws {
    let a = try #require(extract("Wie die Zeitung in ihrer Onlineausgabe berichtet, ist der Vertrag unterschrieben.").first)
    #expect(a.speaker?.text == "die Zeitung")
    #expect(a.text == "ist der Vertrag unterschrieben")
    // The phrase before a verb-final participle is its object, not its subject.
    let b = try #require(extract("Das Gericht hat die Klage zurückgewiesen, der Vertrag sei gültig.").first)
    #expect(b.speaker?.text == "Das Gericht")
  }

  @Test func passiveReportNamesNobody() throws {
    let a = try #require(extract("Den Männern wird vorgeworfen, die Kasse geplündert zu haben.").first)
    #expect(a.text == "die Kasse geplündert zu haben")
    #expect(a.speaker == nil)
    #expect(a.cue?.lemma == "vorwerfen")
  }
  @Test func sourceNounAfterNach() throws {
    let a = try #require(extract("Nach ersten Angaben der Feuerwehr wurde niemand verletzt.").first)
    #expect(a.speaker?.text == "der Feuerwehr")
    #expect(a.text == "wurde niemand verletzt")
    let b = try #require(extract("Nach Polizeiangaben gab es zwei Verletzte.").first)
    #expect(b.speaker?.text == "Polizeiangaben")
    #expect(extract("Nach dem Spiel gab es Applaus.").isEmpty)
  }

  @Test func sourcePhraseInsideItsClause() throws {
    let a = try #require(extract("Der Schaden ist nach Angaben der Polizei gering.").first)
    #expect(a.text == "Der Schaden ist nach Angaben der Polizei gering")
    #expect(a.speaker?.text == "der Polizei")
    let b = try #require(extract("Die Straße bleibt laut Stadtverwaltung bis Mai gesperrt.").first)
    #expect(b.text == "Die Straße bleibt laut Stadtverwaltung bis Mai gesperrt")
  }
  @Test func frontedAdverbIsNoSpeaker() throws {
    let a = try #require(extract("Unterdessen erklärten mehrere Abgeordnete, sie würden gegen das Gesetz stimmen.").first)
    #expect(a.speaker?.text == "mehrere Abgeordnete")
  }

  @Test func objectAfterTheVerbIsNoSpeaker() throws {
    let a = try #require(extract("Am Abend erklärte dem Sender ein Sprecher der Polizei, die Lage sei ruhig.").first)
    #expect(a.speaker?.text == "ein Sprecher der Polizei")
    #expect(a.text == "die Lage sei ruhig")
  }
  @Test func subjectAfterTheVerbBeatsAnAppositive() throws {
    let a = try #require(extract("Es gebe Probleme, die niemand sehe, sagte der Arzt.").first)
    #expect(a.speaker?.text == "der Arzt")
    #expect(a.text == "Es gebe Probleme, die niemand sehe")
  }

  @Test func quoteBeforeAnUninvertedSubjectIsNoStatement() throws {
    let found = extract("Die Sprecherin der „Bürgerinitiative Nord“, Anna Roth sagte, der Park bleibe erhalten.")
    let a = try #require(found.first)
    #expect(found.count == 1)
    #expect(a.text == "der Park bleibe erhalten")
    #expect(a.speaker?.name == "Anna Roth")
  }

  @Test func hearsayModalWithPerfectInfinitiveReports() throws {
    let found = extract("Im Hafen brannte am Morgen ein Lager. Der Brand soll von einem Kurzschluss ausgelöst worden sein.")
    let a = try #require(found.first)
    #expect(found.count == 1)
    #expect(a.text == "Der Brand soll von einem Kurzschluss ausgelöst worden sein")
    // A plan, not hearsay: an adjective before `sein`.
    #expect(extract("Im Hafen entsteht ein neues Lager. Das Gebäude soll im Winter beheizbar sein.").isEmpty)
  }

  @Test func reportedSentenceAfterAnOpeningSubject() throws {
    let found = extract("Die Feuerwehr sperrte am Abend die Hafenstraße. Die Rauchwolke sei giftig.")
    let a = try #require(found.first)
    #expect(a.text == "Die Rauchwolke sei giftig")
    #expect(a.speaker?.text == "Die Feuerwehr")
    // A subject that names no speaker (`Die Wolke`) lends none.
    let b = try #require(extract("Die Wolke zieht nach Osten. Die Rauchwolke sei giftig.").first)
    #expect(b.speaker == nil)
  }

  @Test func demnachOpensAReportByTheLatestSource() throws {
    let found = extract("Die Polizei hat am Montag neue Einzelheiten bekannt gegeben. Demnach war der Fahrer betrunken.")
    let a = try #require(found.last)
    #expect(a.text == "war der Fahrer betrunken")
    #expect(a.speaker?.text == "Demnach")
    #expect(a.speaker?.name == "Polizei")
  }

  @Test func gemaessIntroducesASource() throws {
    let a = try #require(extract("Die Straße bleibt gemäß einem Sprecher der Stadt bis Mai gesperrt.").first)
    #expect(a.text == "Die Straße bleibt gemäß einem Sprecher der Stadt bis Mai gesperrt")
    #expect(a.speaker?.text == "einem Sprecher der Stadt")
    // The genitive `der` is no relative pronoun: the phrase ends with its noun.
    let b = try #require(extract("Die Straße bleibt laut einem Sprecher der Berliner Polizei bis Mai gesperrt.").first)
    #expect(b.speaker?.text == "einem Sprecher der Berliner Polizei")
  }

  @Test func appositiveSubjectIsNoObject() throws {
    // The phrase before the appositive opens the clause: it is the subject, and the phrase after the
    // verb is its object, not an inverted speaker.
    let found = extract("Die Sprecherin der Grünen, Eva Kern, kritisierte die Pläne der Regierung.")
    #expect(!found.contains { $0.speaker?.text == "die Pläne der Regierung" })
  }

  @Test func appositiveNameAfterADescription() throws {
    let a = try #require(extract("Die Sprecherin der Stadtwerke, Eva Kern, sagte, der Strom sei sicher.").first)
    #expect(a.speaker?.text == "Eva Kern")
    // A name in the head keeps it; a second description is no name.
    let b = try #require(extract("Bundeskanzlerin Angela Merkel, die Vorsitzende der CDU, sagte, der Strom sei sicher.").first)
    #expect(b.speaker?.text == "Bundeskanzlerin Angela Merkel")
    let c = try #require(extract("Die Sprecherin der Stadtwerke, die größte Firma der Stadt, sagte, der Strom sei sicher.").first)
    #expect(c.speaker?.text == "Die Sprecherin der Stadtwerke")
  }

  @Test func reportedSentenceAfterAFrameWithoutContent() throws {
    // The verb of the sentence before has a speaker but no content: that speaker goes on, not the
    // earlier one.
    let text = "Der Minister Paul Vogt sagte, die Lage sei ruhig. Die Sprecherin der Grünen, Eva Kern, kritisierte die Pläne der Regierung. Die Mittel seien zu knapp."
    let a = try #require(extract(text).last)
    #expect(a.text == "Die Mittel seien zu knapp")
    #expect(a.speaker?.name == "Eva Kern")
  }

  @Test func quoteAfterAColonTakesTheClauseSubject() throws {
    // No reporting verb before the colon: the clause's subject speaks, not the speaker before.
    let text = "Der Minister Hans Meier sagte: „Wir werden das prüfen.“ Die Firma hält die Kritik für falsch: „Wir haben alles richtig gemacht.“ Dabei griff sie den Minister direkt an: „Er hat keine Ahnung von der Sache.“ Ein Sprecher der Polizei: „Hier weiß jeder, wer die Täter sind.“"
    let found = extract(text)
    #expect(found.count == 4)
    guard found.count == 4 else { return }
    #expect(found[1].kind == .direct)
    #expect(found[1].text == "„Wir haben alles richtig gemacht.“")
    #expect(found[1].speaker?.text == "Die Firma")
    #expect(found[2].speaker?.text == "sie")
    #expect(found[3].speaker?.text == "Ein Sprecher der Polizei")
  }

  @Test func ageWordsInSpeakerPhrases() throws {
    // `Der 58-Jährige` is a noun phrase that speaks; `56-jährige` is a modifier of its noun.
    let a = try #require(extract("Der 58-Jährige sagte, er sei unschuldig.").first)
    #expect(a.text == "er sei unschuldig")
    #expect(a.speaker?.text == "Der 58-Jährige")
    let b = try #require(extract("Die 56-jährige Anwältin erklärte, der Fall sei klar.").first)
    #expect(b.speaker?.text == "Die 56-jährige Anwältin")
  }

  @Test func secondVerbSharesTheSubjectOfTheFirst() throws {
    // `und` joins a reporting verb to the clause of the subject that opens the sentence.
    let a = try #require(extract("Die Trainerin akzeptierte die Niederlage und kommentierte nach dem Spiel, dass das Team stark war.").first)
    #expect(a.text == "dass das Team stark war")
    #expect(a.speaker?.text == "Die Trainerin")
    // An object after the verb is no reported clause.
    #expect(extract("Der Chef zog die Konsequenzen und erklärte seinen Rücktritt.").isEmpty)
    // The first verb may be a cue without a reported clause of its own.
    let b = try #require(extract("Die Ministerin sprach sich gegen das Verbot aus und sagte, das Gesetz könne Verträge verletzen.").first)
    #expect(b.text == "das Gesetz könne Verträge verletzen")
    #expect(b.speaker?.text == "Die Ministerin")
  }

  @Test func quoteWithTerminalMarkThenSubjectStartsASentence() throws {
    // `„….“ Der Arzt sagte, …`: the subject after the quote opens a new sentence and speaks there.
    let found = extract("Der Pfleger Jan Roth sagte: „Wir sind erschöpft.“ Die 40-Jährige sagte, der Dienst sei zu lang.")
    let a = try #require(found.last)
    #expect(a.text == "der Dienst sei zu lang")
    #expect(a.speaker?.text == "Die 40-Jährige")
  }

  @Test func possessiveSourceNounBeforeNach() throws {
    // `Seiner Meinung nach` is a source phrase with `nach` after its noun.
    let a = try #require(extract("Der Forscher Tom Berg widersprach. Seiner Meinung nach hätte die Firma früher warnen müssen.").last)
    #expect(a.text.hasPrefix("hätte die Firma früher warnen müssen"))
    #expect(a.speaker?.text == "Seiner Meinung")
    #expect(a.cue?.text == "nach")
    // In a question it is addressed to the listener.
    #expect(!extract("Welche Pläne sind Ihrer Meinung nach falsch?").contains { $0.cue?.text == "nach" })
  }

  @Test func subjectWithAnIndicativeVerbReportsTheSubjunctiveClause() throws {
    // The reported clause's speaker is the sentence's own subject, not the speaker before it.
    // `spielte herunter` is no reporting verb.
    let text = "„Das Werk bleibt offen“, sagte Ministerin Jana Roth. Der Bürgermeister Ole Lund spielte das herunter, die Pläne würden reichen."
    let a = try #require(extract(text).last)
    #expect(a.text == "die Pläne würden reichen")
    #expect(a.speaker?.text == "Der Bürgermeister Ole Lund")
    #expect(a.speaker?.name == "Ole Lund")
    // A subject that names no speaker leaves the report with the speaker before.
    let carried = try #require(extract("„Das Werk bleibt offen“, sagte Ministerin Jana Roth. Die Halle bleibt geschlossen, weil das Dach undicht sei.").last)
    #expect(carried.speaker?.name == "Jana Roth")
  }

  @Test func dayOfTheMonthEndsNoSentence() throws {
    let a = try #require(extract("Der Sprecher sagte, am 6. Oktober sei die Lage ernst gewesen.").first)
    #expect(a.text == "am 6. Oktober sei die Lage ernst gewesen")
    // A number closing a sentence still ends it, also before a time word that is no month.
    let two = extract("Die Zahl der Verletzten stieg auf 12. Der Sprecher sagte, die Lage sei ernst.")
    #expect(two.first?.text == "die Lage sei ernst")
    let three = try #require(extract("Der Sprecher sagte, die Zahl steige auf 14. Gestern wurden weitere Opfer gefunden.").first)
    #expect(three.text == "die Zahl steige auf 14")
  }

  @Test func demnachAfterTheFiniteVerb() throws {
    let a = try #require(extract("Das Amt legte einen Plan vor. Im Mai soll demnach die neue Brücke eröffnet werden.").last)
    #expect(a.text == "Im Mai soll demnach die neue Brücke eröffnet werden")
    #expect(a.cue?.text == "demnach")
    // Deeper in the clause, after other words, it is no source.
    #expect(extract("Das Amt legte einen Plan vor. Im Mai soll die Brücke demnach eröffnet werden.").isEmpty)
  }

  @Test func verweisenDaraufTakesAClause() throws {
    let a = try #require(extract("Der Vorsitzende verwies darauf, dass 700 Stellen abgebaut worden seien.").first)
    #expect(a.text == "dass 700 Stellen abgebaut worden seien")
    #expect(a.cue?.lemma == "verweisen")
  }

  @Test func verbsOfKnowingJudgingAndInformingReportNoClause() {
    // Sentencing, claiming a deed, knowing, thinking and informing about a topic are no reports.
    for text in [
      "Das Gericht verurteilte den Mann zu drei Jahren Haft.",
      "Die Gruppe bekannte sich am Montag zu dem Anschlag in der Stadt.",
      "Der Minister wusste, dass die Brücke gesperrt war.",
      "Die Stadt informierte die Bürger über die neuen Regeln.",
      "Der Forscher denkt, dass die Brücke hält.",
    ] {
      #expect(extract(text).isEmpty, "\(text)")
    }
  }

  @Test func nachWithMoreSourceNouns() throws {
    // A statement, an analysis, an estimate, expert opinion: sources after `nach`.
    let a = try #require(extract("Nach einer Stellungnahme der Armee befand sich der Hubschrauber auf einem Übungsflug.").first)
    #expect(a.speaker?.name == "Armee")
    let b = try #require(extract("Die Gefahr besteht nach Expertenmeinung vor allem im Winter.").first)
    #expect(b.speaker?.text == "Expertenmeinung")
  }

  @Test func nachEigenenAngabenPointsAtTheSubject() throws {
    // The speaker phrase is `eigenen Angaben` as written; like a pronoun it stands for the subject.
    let a = try #require(extract("Die Feuerwehr hat nach eigenen Angaben die halbe Halle abgesucht.").first)
    #expect(a.speaker?.text == "eigenen Angaben")
    #expect(a.speaker?.name == "Feuerwehr")
    #expect(a.speaker?.resolution == .pronoun)
    #expect(a.cue?.text == "nach eigenen Angaben")
    let b = try #require(extract("Nach eigenen Angaben erhielt das Bundesamt im Mai mehr Geld.").first)
    #expect(b.speaker?.name == "Bundesamt")
  }

  @Test func quotedPublicationAfterLaut() throws {
    let a = try #require(extract("Laut „Weltspiegel“ soll er sich in einer Klinik in Bern befinden.").first)
    #expect(a.speaker?.name == "Weltspiegel")
    #expect(a.cue?.text == "Laut")
    // The title is the source, not a quoted fragment of the report.
    let b = try #require(extract("Die Oberfläche wird laut „Computerwoche“ stärker angepasst.").first)
    #expect(b.kind == .indirect)
    #expect(b.fragments.isEmpty)
  }

  @Test func invertedFrameAfterAFrontedPhraseReportsTheClauseAfterIt() throws {
    let text = "In einer Botschaft, die am Abend gezeigt wurde, sagte Thaksin, man werde kämpfen, bis die Wahl wiederholt sei."
    let a = try #require(extract(text).first)
    #expect(a.text == "man werde kämpfen, bis die Wahl wiederholt sei")
    #expect(a.speaker?.name == "Thaksin")
    // A clause before the frame stays the report.
    #expect(extract("Die Lage ist ernst, sagte Thaksin, und man werde kämpfen.").first?.text == "Die Lage ist ernst")
  }

  @Test func capitalizedUmlautWordsAreNoNames() throws {
    // `Über` is the preposition `über`; `Ähnlich` the adverb: neither is a speaker.
    let a = try #require(extract("Über die Lage sagte der Präsident, sie sei im Griff.").first)
    #expect(a.speaker?.text == "der Präsident")
    let b = try #require(extract("Ähnlich äußerte sich der Präsident Karl Berg: „Die Lage ist im Griff.“").first)
    #expect(b.speaker?.name == "Karl Berg")
  }

  @Test func nounsBeforeAFirstNameAreTitles() throws {
    // Compound and inflected titles no list holds stay out of the name.
    let a = try #require(extract("Bundesfamilienministerin Kristina Schröder sagte, die Lage sei ernst.").first)
    #expect(a.speaker?.name == "Kristina Schröder")
    let b = try #require(extract("In einer Rede des Präsidenten Barack Obama ging es um Geld. Obama sagte, man sei bereit.").last)
    #expect(b.speaker?.name == "Barack Obama")
    // A double first name is all name.
    let c = try #require(extract("Franz Josef Jung sagte, die Lage sei ernst.").first)
    #expect(c.speaker?.name == "Franz Josef Jung")
  }

  @Test func compoundsEndingInATitleAreTitles() throws {
    // `-chef`, `-vorsitzende`: compounds of a known title, before a first name no list holds.
    let found = extract("Gewerkschaftschef Torvik Freiberg begründete dies damit, dass die Kosten stiegen. Der GdP-Vorsitzende Torvik Freiberg sagte, die Lage sei ernst.")
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.speaker?.name == "Torvik Freiberg" && $0.speaker?.kind == .person })
    // Such a compound names a speaker surely enough to own a quote after its clause's colon.
    let quoted = try #require(extract("„Wir bleiben“, sagte Ministerin Eva Brandt. Ein Werft-Sprecher blieb gelassen: „Sie haben einen wirklich großen Beitrag geleistet.“").last)
    #expect(quoted.kind == .direct)
    #expect(quoted.speaker?.text == "Ein Werft-Sprecher")
    // Short first parts make ordinary nouns and surnames, not titles (`Fahr|zeuge`, `Ober|richter`).
    #expect(extract("Die Fahrzeuge blockierten die Straße, die Lage sei ernst.").allSatisfy { $0.speaker == nil })
    let judge = try #require(extract("Anna Oberrichter sagte, die Lage sei ernst.").first)
    #expect(judge.speaker?.name == "Anna Oberrichter")
    // A surname ending in a person noun stays whole (`Stegemann`, not `Stege` + `mann`).
    let a = try #require(extract("Harald Stegemann sagte, die Lage sei ernst.").first)
    #expect(a.speaker?.name == "Harald Stegemann")
  }

  @Test func capitalizedAdjectiveBeforeASpeakerNounIsNoName() throws {
    let a = try #require(extract("Lokale Medien berichteten, das Feuer habe sich schnell ausgebreitet.").first)
    #expect(a.speaker?.name == "Lokale Medien")
    #expect(a.speaker?.kind == .group)
  }

  @Test func sentenceQuotingWordsIsItsOpeningSpeakers() throws {
    // No reporting verb: the subject opening the sentence uses the quoted words.
    let text = "„Wir bleiben“, sagte Ministerin Eva Brandt. Der Künstler Jan Zet will die Bücher zu „einem Denkmal der Dummheit“ verarbeiten."
    let a = try #require(extract(text).last)
    #expect(a.kind == .mixed)
    #expect(a.speaker?.name == "Jan Zet")
    #expect(a.cue == nil)
  }

  @Test func heißtEsTakesTheFrontedSource() throws {
    // `es` is an expletive: the document named before the verb is the source.
    let a = try #require(extract("In der Mitteilung des Verbandes heißt es, die Lage sei ernst.").first)
    #expect(a.speaker?.text == "der Mitteilung des Verbandes")
    #expect(a.text == "die Lage sei ernst")
    // Or the source follows `es`.
    let b = try #require(extract("Die Wahl sei fair gewesen, hieß es vom Sprecher Mark Toner.").first)
    #expect(b.speaker?.name == "Mark Toner")
  }

  @Test func openingSubjectWithAnAppositive() throws {
    // The subject of the sentence before, its appositive between commas, then its verb.
    let text = "„Wir bleiben“, sagte Ministerin Eva Brandt. Ole Lund, Chef der Werft, besuchte die Halle. Sie sei die beste im Land."
    let a = try #require(extract(text).last)
    #expect(a.text == "Sie sei die beste im Land")
    #expect(a.speaker?.name == "Ole Lund")
  }

  @Test func objectAfterUndAndTheVerbIsNoSpeaker() throws {
    // Right after `und` the verb opens its clause: the phrase after it is the object.
    let a = try #require(extract("Der Minister Karl Berg besuchte das Stadion und bezeichnete die Leistung als „großartig und verdient“.").first)
    #expect(a.speaker?.name == "Karl Berg")
    #expect(a.text.hasPrefix("die Leistung"))
  }

  @Test func frontedObjectBeforeTheVerbIsNoSpeaker() throws {
    // Verb second: `er` after the verb is the subject; the phrase before it is the object.
    let a = try #require(extract("Die Tat bezeichnete er als „sinnlos und feige“.").first)
    #expect(a.speaker?.text == "er")
    // A named speaker after the verb beats a phrase before it that names nobody.
    let b = try #require(extract("Eine Verschiebung der Wahl bezeichnete Botschafter Albrecht Conze als „fatal für das Land“.").first)
    #expect(b.speaker?.name == "Albrecht Conze")
    // An acronym before the verb stays the subject.
    let c = try #require(extract("Die CCE bezeichnete die Aussage der Gewerkschaft als „reine Spekulation“.").first)
    #expect(c.speaker?.text == "Die CCE")
  }

  @Test func roleNounAfterAlsIsFronted() throws {
    let a = try #require(extract("Als Begründung gab die Schule an, die Räume seien zu klein.").first)
    #expect(a.speaker?.text == "die Schule")
    #expect(a.text == "die Räume seien zu klein")
  }

  @Test func reportedCueAfterAFrameIsPartOfItsReport() throws {
    // `er gehe davon aus` is what the spokesman said, not a frame of its own.
    let a = try #require(extract("Der Sprecher Ole Lund erklärte, er gehe nicht davon aus, dass jemand überlebt habe.").first)
    #expect(a.text == "er gehe nicht davon aus, dass jemand überlebt habe")
    #expect(a.speaker?.name == "Ole Lund")
    #expect(a.cue?.lemma == "erklären")
    // A weak past (`erklärte`) is indicative: the pronoun's own statement.
    let b = try #require(extract("Der Sprecher Ole Lund sagte, er erklärte am Montag, die Lage sei ernst.").first)
    #expect(b.speaker?.text == "er")
  }

  @Test func frontedAdverbBeforeTheVerbIsNoSpeaker() throws {
    // An adverbial ending (`-hin`), a listed adjective, or the same word in lower case nearby:
    // capitalized only because it opens the sentence, so the subject follows the verb.
    let a = try #require(extract("Weiterhin erklärte die Ministerin, die Zahl der Studenten sei gestiegen.").first)
    #expect(a.speaker?.text == "die Ministerin")
    let b = try #require(extract("Besorgt äußerte sich Kofi Annan über die Lage, die Gewalt nehme zu.").first)
    #expect(b.speaker?.name == "Kofi Annan")
    let c = try #require(extract("Die Stadt baut rasch und gründlich. Rasch erklärte die Sprecherin, die Arbeiten seien fertig.").first)
    #expect(c.speaker?.text == "die Sprecherin")
    // A pronoun written in lower case elsewhere is still the subject.
    let d = try #require(extract("Gisela Piltz kritisierte die Pläne. Sie warf der Regierung vor, sie nutze die Lage aus.").first)
    #expect(d.speaker?.text == "Sie")
  }

  @Test func quotedNameAfterItsNounIsPartOfTheSubject() throws {
    let a = try #require(extract("Der Fernsehsender „Channel 10“ berichtete, das Kabinett sei dafür.").first)
    #expect(a.speaker?.text == "Der Fernsehsender „Channel 10“")
    #expect(a.speaker?.name == "Channel 10")
    #expect(a.text == "das Kabinett sei dafür")
  }

  @Test func subjectWithAKonjunktivAuxiliaryAfterAFrameIsPartOfItsReport() throws {
    // `habe zugestimmt` is reported, not a frame of its own; its auxiliary is no part of the subject.
    let found = extract("Der Sender berichtete, das Kabinett habe zugestimmt.")
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.speaker?.text == "Der Sender")
    #expect(a.text == "das Kabinett habe zugestimmt")
  }

  @Test func namesWithParticles() throws {
    // `von der`, `zu` between a first name and a surname belong to the name; opening a
    // sentence, the capitalized particle starts the short form of that name.
    let text = """
      Bundesministerin Ursula von der Leyen sagte, die Lage sei gut. Von der Leyen betonte, viele Frauen seien gut ausgebildet.
      """
    let found = extract(text)
    #expect(found.count == 2)
    #expect(found.first?.speaker?.name == "Ursula von der Leyen")
    let b = try #require(found.last)
    #expect(b.speaker?.text == "Von der Leyen")
    #expect(b.speaker?.name == "Ursula von der Leyen")
    #expect(b.text == "viele Frauen seien gut ausgebildet")
    let c = try #require(extract("Verteidigungsminister Karl-Theodor zu Guttenberg erklärte, er bleibe im Amt.").first)
    #expect(c.speaker?.name == "Karl-Theodor zu Guttenberg")
    // An organisation after `von der` is no surname.
    let d = try #require(extract("Peter Müller von der CDU sagte, die Lage sei gut.").first)
    #expect(d.speaker?.name == "Peter Müller")
  }

  @Test func whoIsQuotedSpeaksNotWhoQuotes() throws {
    let a = try #require(extract("Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat einen Fußgänger erst angefahren.“").first)
    #expect(a.speaker?.text == "einen Augenzeugen")
    let b = try #require(extract("Der Minister Karl Berg kam. Die Zeitung zitierte ihn mit den Worten, die Lage sei ernst.").first)
    #expect(b.speaker?.text == "ihn")
    #expect(b.speaker?.name == "Karl Berg")
    // Quoting from a document: the paper stays the source.
    let c = try #require(extract("Die Zeitung zitierte aus dem Bericht, die Lage sei ernst.").first)
    #expect(c.speaker?.text == "Die Zeitung")
  }

  @Test func derBeforeAnAdjectiveInEnIsNoSubject() throws {
    // `Der englischsprachigen Zeitung` is a dative: the subject follows the verb.
    let a = try #require(extract("Der englischsprachigen Zeitung sagte Filep Karma: „Ich bleibe hier, egal was passiert.“").first)
    #expect(a.speaker?.name == "Filep Karma")
    // A nominative `der` takes `-e`.
    let b = try #require(extract("Der neue Minister sagte, die Lage sei ernst.").first)
    #expect(b.speaker?.text == "Der neue Minister")
  }

  @Test func konjunktivClauseAfterTheFirstCommaOfAFrameIsItsReport() throws {
    // A phrase stands between the frame and the comma; the reported verb is in Konjunktiv I.
    let found = extract("Der Redakteur Martin Hatzius kritisiert in der Zeitung „Neues Deutschland“, die Aktion erinnere an früher.")
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.speaker?.name == "Martin Hatzius")
    #expect(a.text == "die Aktion erinnere an früher")
  }

  @Test func subjectOfARelativeClauseAfterAPreposition() throws {
    // `in dem er`: the subject follows the relative pronoun; `als Motiv` is `as`, no conjunction.
    let a = try #require(extract("Die Polizei fand einen Brief, in dem er als Motiv für die Tat angab, er sei in Geldnot.").first)
    #expect(a.speaker?.text == "er")
  }

  @Test func demonstrativeDasOpeningTheSentenceIsTheObject() throws {
    // `Das berichtet X`: `das` stands for the sentence before, which X reports.
    let a = try #require(extract("Die Brücke bleibt bis Montag gesperrt. Das berichtet die Zeitung Haaretz.").first)
    #expect(a.speaker?.text == "die Zeitung Haaretz")
    #expect(a.text == "Die Brücke bleibt bis Montag gesperrt")
  }

  @Test func participleBetweenArticleAndNounIsNoCue() {
    // `die seit Tagen erwartete Offensive`: an adjective, not the verb `erwarten`.
    #expect(extract("Die Armee startete am Samstag die seit Tagen erwartete Offensive im Norden.").isEmpty)
  }

  @Test func soSpeakerWithAPrepositionalPhrase() throws {
    let a = try #require(extract("„Wir wollen auch den Fans eine Möglichkeit bieten, die Spiele zu sehen“, so Vereinschef Corny Littmann zu den Gründen.").first)
    #expect(a.speaker?.name == "Corny Littmann")
    #expect(a.kind == .direct)
  }

  @Test func subjectAfterASubordinatingConjunction() throws {
    // `Nachdem X dem Richter mitgeteilt hatte, dass …`: the subject follows `nachdem`.
    let a = try #require(extract("Nachdem die Anwältin der Frau dem Richter mitgeteilt hatte, dass der Mann gesucht werde, floh er.").first)
    #expect(a.speaker?.text == "die Anwältin der Frau")
    #expect(a.text.hasPrefix("dass der Mann gesucht werde"))
  }

  @Test func heißtEsTakesAFrontedSourceEndingInATimeWord() throws {
    let a = try #require(extract("In einer Erklärung des Präsidenten Barack Obama vom vergangenen Freitag heißt es, der Cyberspace sei real.").first)
    #expect(a.speaker?.text == "einer Erklärung des Präsidenten Barack Obama vom vergangenen Freitag")
    #expect(a.speaker?.name == "Barack Obama")
    // A fronted time alone names no source.
    let b = try #require(extract("Am Montag hieß es, die Lage sei ernst.").first)
    #expect(b.speaker?.text == "es")
  }

  @Test func wonachReportsWhatTheNounBeforeItSays() throws {
    let a = try #require(extract("Für das Jahr 2002 gibt es eine Schätzung, wonach in diesem Jahr viele Kinder gestorben sind.").first)
    #expect(a.speaker?.text == "eine Schätzung")
    #expect(a.text == "in diesem Jahr viele Kinder gestorben sind")
    // A phrase that ends in no noun says nothing.
    #expect(extract("Er versuchte, den Bären einzufangen, wonach er später wieder freigelassen werden sollte.").allSatisfy { $0.speaker?.text != "den Bären einzufangen" })
  }

  @Test func urteilenReportsAClause() throws {
    let a = try #require(extract("Die Abgeordnete Claudia Mo urteilte, dass die Stadt in einen Bunker verwandelt werde.").first)
    #expect(a.speaker?.name == "Claudia Mo")
    #expect(a.cue?.lemma == "urteilen")
  }

  @Test func subjectBeforeALongRelativeClause() throws {
    let text = "Brian Baptie von der britischen Erdbebenwarte, die die Stärke des Bebens zunächst mit 5,1 angegeben und später nach oben korrigiert hatte, sagte, dass mit solchen Beben zu rechnen sei."
    let a = try #require(extract(text).first)
    #expect(a.speaker?.name == "Brian Baptie")
    #expect(a.text == "dass mit solchen Beben zu rechnen sei")
  }

  @Test func soSpeakerWithAPrepositionalPhraseAfterReportedSpeech() throws {
    let a = try #require(extract("Vor einer Anhörung sei es unüblich, dass ein Auszug eingeholt werde, so Joachim Banke gegenüber der Zeitung.").first)
    #expect(a.speaker?.name == "Joachim Banke")
    #expect(a.text.hasPrefix("Vor einer Anhörung sei es unüblich"))
  }

  @Test func bareNounAfterTheVerbIsAnObjectAfterAnArticleSubject() throws {
    let a = try #require(extract("Die Hamburger Stadtreinigung äußerte Zweifel, dass der Angestellte die Wahrheit sage.").first)
    #expect(a.speaker?.text == "Die Hamburger Stadtreinigung")
    // A surname the article gives with a first name is still the subject.
    let text = "Der Botschafter Peter Conze kam am Montag. Eine Verschiebung der Wahl bezeichnete Conze als „fatal für das Land“."
    let b = try #require(extract(text).last)
    #expect(b.speaker?.text == "Conze")
  }

  @Test func frontedObjectWithAClauseBeforeTheVerb() throws {
    let a = try #require(extract("Die Pläne der Regierung, ihre Macht durch Tricks zu erhalten, bezeichnete er als einen „Akt der Willkür“.").first)
    #expect(a.speaker?.text == "er")
  }

  @Test func cueInsideAReportedKonjunktivClauseBelongsToTheReport() throws {
    // `bei dem sie`: a relative clause opened by a preposition has its subject before the verb;
    // `angegeben` inside her reported clause is what she said, not a frame of its own.
    let text = "Anlass war ein Interview der Politikerin Rita Verdonk, bei dem sie gesagt hatte, sie habe bei der späteren Antragstellung einen falschen Namen angegeben."
    let found = extract(text)
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.speaker?.text == "sie")
    #expect(a.speaker?.name == "Rita Verdonk")
    #expect(a.text == "sie habe bei der späteren Antragstellung einen falschen Namen angegeben")
  }

  @Test func appositiveWithAQuotedName() throws {
    let text = "Arni Finnsson, ein Vertreter der Organisation „Iceland Nature Conservation Association“ (Inca), kommentierte die Entscheidung mit folgenden Worten: „Es gibt keinen Markt für dieses Fleisch.“"
    let a = try #require(extract(text).first)
    #expect(a.speaker?.name == "Arni Finnsson")
    #expect(a.kind == .direct)
  }

  @Test func wieFrameWithADateBeforeTheVerb() throws {
    let a = try #require(extract("Wie das Nachrichtenmagazin Der Spiegel in einem Bericht vom 22. August 2009 berichtet, soll die Firma Leichen genutzt haben.").first)
    #expect(a.speaker?.text == "das Nachrichtenmagazin Der Spiegel")
    #expect(a.text == "soll die Firma Leichen genutzt haben")
  }

  @Test func quoteAfterASentenceOpenedByItsSpeaker() throws {
    // The sentence before is opened by an organisation's acronym; the quote alone is its words,
    // rather than those of a speaker carried from an earlier paragraph.
    let text = """
      „Wir sind stolz auf die gute Arbeit hier in der Stadt“, sagte Minister Karl Berg.

      Europapolitik: Die SPD will am Kurs der Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“
      """
    let a = try #require(extract(text).last)
    #expect(a.speaker?.name == "SPD")
    #expect(a.kind == .direct)
  }

  @Test func phraseFrontedByAusIsTheSource() throws {
    let a = try #require(extract("Aus Militärkreisen verlautete zunächst, dass 15 Zivilisten getötet worden seien.").first)
    #expect(a.speaker?.text == "Militärkreisen")
    #expect(a.text == "dass 15 Zivilisten getötet worden seien")
    // A place fronted by `aus` is no source: the subject after the verb speaks.
    let b = try #require(extract("Aus dem Gefängnis von Kandahar forderte der Präsident, dass die Armee vorgehe.").first)
    #expect(b.speaker?.text == "der Präsident")
  }

  @Test func mitDenWortenQuotesTheSubjectAfterTheVerb() throws {
    let text = "Außenminister Sergei Lawrow reagierte gelassen. Mit den Worten „Jetzt werden alle wichtigen Fragen in der G20 diskutiert“, richtete er seinen Blick auf die Welt."
    let a = try #require(extract(text).first { $0.kind == .direct })
    #expect(a.speaker?.text == "er")
    #expect(a.speaker?.name == "Sergei Lawrow")
  }

  @Test func demnachAfterASemicolonOpensAReport() throws {
    let found = extract("Nach Presseberichten ist er heute 24 Jahre alt; demnach wäre er damals 16 Jahre alt gewesen.")
    #expect(found.count == 2)
    let b = try #require(found.last)
    #expect(b.speaker?.text == "demnach")
    #expect(b.text == "wäre er damals 16 Jahre alt gewesen")
  }

  @Test func infinitiveWithZuHasNoSubjectOfItsOwn() {
    // `anzunehmen` (annehmen) cannot take `keine Almosen` as its subject.
    let text = "Unterdessen ruft die Vereinigung aller Mönche, eine in Rangun ansässige Gruppe, alle Mönche des Landes dazu auf, keine Almosen von Menschen mit Verbindungen zur Regierung anzunehmen und sich ihnen nicht in den Dienst zu stellen."
    #expect(!extract(text).contains { $0.cue?.lemma == "annehmen" })
  }

  @Test func barePluralNounOpeningASentenceIsNoSpeaker() throws {
    let text = "Der Korrespondent Peter Grant berichtete, dass die Erde gewackelt habe. Sirenen heulten über der Stadt. Viele Menschen seien in Panik gewesen."
    let a = try #require(extract(text).last)
    #expect(a.text == "Viele Menschen seien in Panik gewesen")
    #expect(a.speaker?.name == "Peter Grant")
    // A listed plural speaker noun still opens a report (`Regierungsvertreter machen …`).
    let b = try #require(extract("Regierungsvertreter machen die Opposition verantwortlich. Sie habe die Lage verschärft.").last)
    #expect(b.speaker?.name == "Regierungsvertreter")
  }

  @Test func seinerMeinungNachInARelativeClauseStandsForItsOwner() throws {
    let text = "Der Präsident Hugo Chávez kündigte einen Vorschlag an, der das Abkommen untergraben werde, das seiner Meinung nach zu einem Kartell führen werde."
    let a = try #require(extract(text).last)
    #expect(a.speaker?.text == "seiner Meinung")
    #expect(a.speaker?.name == "Hugo Chávez")
    #expect(a.speaker?.resolution == .pronoun)
    #expect(a.text == "zu einem Kartell führen werde")
  }

  @Test func separableParticleFarFromItsVerb() throws {
    // `wies … hin` over fifteen words: the verb's frame, not `seiner Meinung nach` inside it.
    let text = "Bei der Pressekonferenz wies Friedrich auch auf die seiner Meinung nach wachsenden Gefahren für sensible Infrastrukturen wie Stromnetze und Wasserversorgung hin."
    let a = try #require(extract(text).first)
    #expect(a.cue?.lemma == "hinweisen")
    #expect(a.speaker?.text == "Friedrich")
  }

  @Test func sourceWithAGenitiveAdjectiveAndAnAppositiveName() throws {
    let a = try #require(extract("Nach Angaben des Sprechers des bayerischen Umweltministeriums, Roland Eichhorn, soll der Bär eingefangen werden.").first)
    #expect(a.speaker?.name == "Roland Eichhorn")
    #expect(a.text == "soll der Bär eingefangen werden")
  }

  @Test func descriptionWithItsNameInTheAppositiveBeforeTheVerb() throws {
    let text = "Der Nachfolger des am Montag zurückgetretenen Airbus-Chefs Christian Streiff, Louis Gallois, sagte, die Stellen sollten in der Verwaltung wegfallen."
    let a = try #require(extract(text).first)
    #expect(a.speaker?.name == "Louis Gallois")
    #expect(a.text == "die Stellen sollten in der Verwaltung wegfallen")
  }

  @Test func fixesFromTheReviewOfSessionFour() throws {
    // `zu Beginn der Sitzung` is no surname after a first name.
    let a = try #require(extract("Das sei gut, sagte Peter zu Beginn der Sitzung.").first)
    #expect(a.speaker?.name == "Peter")
    #expect(a.text == "Das sei gut")
    // A surname with an adverb's ending, given with its first name, is no fronted adverb.
    let b = try #require(extract("Hans Fröhlich ist Chef. Fröhlich warnte Merkel, die Pläne seien falsch.").first)
    #expect(b.speaker?.name == "Hans Fröhlich")
    // A particle that is no German word joins an unlisted first name to its surname.
    let c = try #require(extract("Das sei gut, sagte Dominique de Villepin.").first)
    #expect(c.speaker?.name == "Dominique de Villepin")
    #expect(c.text == "Das sei gut")
    // The quoted-name rule is German: English output stays as it was.
    let english = Extractor(profile: .english).extract("The newspaper \"Times\" reported that the deal was off.")
    #expect(!english.contains { $0.speaker?.name == "Times" })
  }

  @Test func verbFinalPassiveHasNoSpeakerButItsAgent() throws {
    // `gerügt worden waren`: a passive in a relative clause; its adverbs are nobody.
    let text = "Trotz der Fehler des Dienstes, die parteiübergreifend heftig gerügt worden waren, plant die Regierung, die Befugnisse zu erweitern."
    #expect(!extract(text).contains { $0.speaker?.text == "die parteiübergreifend heftig" })
    // With an agent after `von`, the agent speaks.
    let a = try #require(extract("Auf die Frage, die ihm von Moderator Peter Keller gestellt wurde, sagte er, es sei gut.").first)
    #expect(a.speaker?.text == "er")
  }
}
