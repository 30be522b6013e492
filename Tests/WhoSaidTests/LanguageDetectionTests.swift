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

@Suite("Language detection on mixed text")
struct LanguageDetectionBiasTests {
  @Test func aFewGermanNamesInAnEnglishReportStayEnglish() {
    #expect(LanguageDetector.detect("Volksbank der Schweiz AG: 11.03 billion francs vs 13.00 billion") == "en")
    #expect(LanguageDetector.detect("Die Regierung sagte, die Lage sei ernst und es gebe keine Alternative.") == "de")
  }
}
