import Testing
import WhoSaid

@Suite("Language detection")
struct LanguageDetectionTests {
  @Test(arguments: [
    ("The minister said that the talks would resume on Monday.", "en"),
    ("Der Minister sagte, die Gespräche würden am Montag fortgesetzt.", "de"),
    ("Le ministre a déclaré que les discussions reprendraient lundi.", "fr"),
    ("« Nous sommes prêts », a-t-il dit selon l'agence.", "fr"),
    ("„Wir sind bereit“, sagte er und ging.", "de"),
    ("", "en"),
    ("12345 !!! ---", "en"),
  ])
  func detects(text: String, code: String) {
    #expect(LanguageDetector.detect(text) == code)
  }

  @Test func looksAtTheStartOnly() {
    // German first, then a long English tail: only the first 4 KB decide.
    let text = String(repeating: "Die Regierung sagte, das sei gut und nicht schlecht. ", count: 100)
      + String(repeating: "The government said that it was good and not bad. ", count: 1000)
    #expect(LanguageDetector.detect(text) == "de")
  }

  @Test func aDecisiveLeadEndsTheSampleEarly() {
    // About 30 English function words, then German ones, all within the first 4 KB:
    // read to the end, the German words would outnumber the English (5:4 and more),
    // but the English lead was decisive before they came.
    let english = String(repeating: "The minister said that it was good. ", count: 6)
    let german = String(repeating: "Der Minister sagte, das sei gut und nicht schlecht. ", count: 12)
    #expect(english.utf8.count + german.utf8.count < LanguageDetector.sampleBytes)
    #expect(LanguageDetector.detect(german) == "de")
    #expect(LanguageDetector.detect(english + german) == "en")
    // Without a decisive lead the whole sample counts.
    #expect(LanguageDetector.detect("The minister said. " + german) == "de")
  }

  @Test func profilesByCode() {
    #expect(LanguageProfile.named("de")?.code == "de")
    #expect(LanguageProfile.named("fr")?.capitalizesNouns == false)
    #expect(LanguageProfile.named("de")?.capitalizesNouns == true)
    #expect(LanguageProfile.named("xx") == nil)
  }
}

@Suite("Language detection of short texts and unsupported languages")
struct ShortTextDetectionTests {
  /// One sentence is enough with its language's marks or cue verbs (issue 22).
  @Test(arguments: [
    ("« Nous sommes prêts », a dit Macron.", "fr"),
    ("«\u{202F}Nous sommes prêts\u{202F}», a dit Macron.", "fr"),
    ("\"Nous sommes prêts\", a déclaré le ministre.", "fr"),
    ("„Wir sind bereit“, sagte Merz.", "de"),
    ("„Das ist falsch“, erklärte Jonas Brand.", "de"),
    ("»Wir sind bereit«, sagte Merz.", "de"),
  ])
  func oneSentenceWithMarksOrCues(text: String, code: String) {
    #expect(LanguageDetector.detect(text) == code)
  }

  /// Spanish, Italian, Portuguese, Polish and Czech have no profile: they are processed as
  /// English, not read as French (whose `la`, `que` they share) or German (whose `„` they use).
  @Test(arguments: [
    "«Estamos listos», dijo el ministro de Economía, que no quiso dar más detalles.",
    "El ministro dijo que los precios bajarán en los próximos meses, según la agencia.",
    "Il ministro ha detto che la riforma della giustizia sarà approvata entro la fine dell'anno.",
    "O ministro disse que os preços não vão subir, segundo a agência, e que a inflação foi controlada.",
    "W książce „Mireczek” autorka przywołuje statystyki, choć zastrzega, że są one niepewne i nie jest to pewne.",
  ])
  func unsupportedLanguagesAreEnglish(text: String) {
    #expect(LanguageDetector.detect(text) == "en")
  }

  @Test func englishWithAForeignQuoteStaysEnglish() {
    let text = "The French minister said « nous sommes prêts » when he was asked about the talks, and that was all he would say to the press."
    #expect(LanguageDetector.detect(text) == "en")
  }

  /// Words in capitals (place names, tables) and single letters without an apostrophe are no
  /// French articles: `RIO DE JANEIRO`, `LA`, `Palm Bay d. Rockledge`.
  @Test func capitalsAndBareLettersDoNotCount() {
    #expect(LanguageDetector.detect("RIO DE JANEIRO, APRIL 7 - LA SOJA DU BRESIL 12un unch 11.00 DES") == "en")
    #expect(LanguageDetector.detect("Palm Bay d. Rockledge 70-44\nMelbourne d. Viera 61-40\nBayside d. Titusville 55-53") == "en")
    #expect(LanguageDetector.detect("L'État a dit qu'il le ferait.") == "fr")
  }
}

@Suite("Language detection on mixed text")
struct LanguageDetectionBiasTests {
  @Test func aFewGermanNamesInAnEnglishReportStayEnglish() {
    #expect(LanguageDetector.detect("Volksbank der Schweiz AG: 11.03 billion francs vs 13.00 billion") == "en")
    #expect(LanguageDetector.detect("Die Regierung sagte, die Lage sei ernst und es gebe keine Alternative.") == "de")
  }
}
