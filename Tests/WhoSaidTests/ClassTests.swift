import Foundation
import Testing

@testable import WhoSaid

/// `cue.class` (issue 20): the cue table's class, documents as evidence, evidence cues with a
/// speaking subject as speech, and the speech scope.
@Suite("Cue class and scope")
struct ClassTests {
  func cueClass(_ text: String, content: String, sourceLocation: SourceLocation = #_sourceLocation) -> CueClass? {
    let a = Fixture.attribution(Fixture.extract(text), containing: content)
    #expect(a != nil, "no attribution holding '\(content)' in: \(text)", sourceLocation: sourceLocation)
    return a?.cue?.class
  }

  @Test(arguments: [
    ("The mayor said that the pool would reopen in May.", "the pool would reopen", CueClass.speech),
    ("The union told reporters that the strike would go ahead.", "the strike would go ahead", .speech),
    ("According to the ministry, the border is closed.", "the border is closed", .speech),
    ("Engineers believe that the dam will hold.", "the dam will hold", .belief),
    ("The council hopes that the bridge will open in June.", "the bridge will open", .belief),
    ("Tests showed that the water was safe to drink.", "the water was safe", .evidence),
    // [person]: an evidence cue whose subject can speak is speech.
    ("The minister suggested that taxes would fall next year.", "taxes would fall", .speech),
    ("She indicated that the talks would resume.", "the talks would resume", .speech),
    // [doc]: a document, study or figure makes it evidence whatever the cue.
    ("A survey of parents says that fees are too high.", "fees are too high", .evidence),
    ("A report by the institute says that rents will rise.", "rents will rise", .evidence),
    ("The latest figures show that exports fell in March.", "exports fell in March", .evidence),
  ])
  func classOfTheCueThenTheSpeaker(text: String, content: String, expected: CueClass) {
    #expect(cueClass(text, content: content) == expected)
  }

  @Test func aPersonOfTheStudyIsNoDocument() {
    // `the study's authors` are people: `study` only modifies them.
    #expect(cueClass("The study's authors said that the sample was small.", content: "the sample was small") == .speech)
  }

  @Test func everyCueOfEveryLanguageHasATableRow() {
    for profile in [LanguageProfile.english, .german, .french] {
      let missing = profile.cues.map(\.lemma).filter { profile.classOfLemma[$0] == nil }
      #expect(missing.isEmpty, "\(profile.code): no class for \(missing)")
      #expect(profile.hasDocumentNouns)
    }
    #expect(LanguageProfile.english.sourceClass("according to") == .speech)
    #expect(LanguageProfile.german.sourceClass("nach ansicht") == .belief)
    #expect(LanguageProfile.french.sourceClass("de l'avis de") == .belief)
    // A cue added with `--cues` takes its lemma's class from the table; a new lemma is speech.
    let added = LanguageProfile.english.adding(cues: "fear|dread dreads|clause\nparrot|parrot parrots|clause")
    #expect(added.cues.suffix(2).map(\.cueClass) == [.belief, .speech])
  }

  @Test func theRecordCarriesTheClassAndTheScopeKeepsSpeech() {
    let text = "Engineers believe that the dam will hold. The mayor said that the pool would reopen."
    let found = Fixture.extract(text)
    #expect(found.count == 2)
    #expect(found.filter(EvaluationScope.speech.keeps).map(\.text) == ["the pool would reopen"])
    #expect(found.filter(EvaluationScope.all.keeps).count == 2)
    var w = JSONWriter()
    var bytes = text
    bytes.withUTF8 { t in
      RecordWriter.writeArticle(id: Array("\"a\"".utf8), lang: "en", text: t, attributions: found, options: RecordOptions(), into: &w)
    }
    let record = String(decoding: w.bytes, as: UTF8.self)
    #expect(record.contains("\"lemma\":\"believe\",\"class\":\"belief\""))
    #expect(record.contains("\"lemma\":\"say\",\"class\":\"speech\""))
    // People see the class of a belief or evidence after its cue.
    var t = JSONWriter()
    TextWriter.writeLines(found, minConfidence: 0, colour: false, into: &t)
    let lines = String(decoding: t.bytes, as: UTF8.self)
    #expect(lines.contains("indirect 0.60  Engineers (believe, belief) ≈ the dam will hold"))
    #expect(lines.contains("mayor (said) ≈ the pool would reopen"))
    #expect(PredictedQuote.converting(found, in: text).map(\.cueClass) == ["belief", "speech"])
  }

  @Test func aQuoteWithNoCueIsKeptInTheSpeechScope() {
    let found = Fixture.extract("\"The roads are closed and the schools are shut,\" the mayor said.\n\n\"We will reopen them all on Monday morning.\"")
    #expect(found.count == 2 && found[1].cue == nil)
    #expect(found.filter(EvaluationScope.speech.keeps).count == 2)
  }
}

extension CommandLineTests {
  @Test func scopeSpeechLeavesOutBeliefsInExtractReportAndBench() throws {
    let path = try temp("scope.txt", "Engineers believe that the dam will hold. The mayor said that the pool would reopen.\n")
    let all = try run(["-q", path])
    let speech = try run(["-q", "--scope", "speech", path])
    #expect(all.status == 0 && speech.status == 0)
    #expect(all.stdout.contains("\"class\":\"belief\"") && all.stdout.contains("\"class\":\"speech\""))
    #expect(!speech.stdout.contains("\"class\":\"belief\"") && speech.stdout.contains("\"class\":\"speech\""))
    #expect(try run(["-q", "--scope", "all", path]).stdout == all.stdout)
    let text = try run(["-q", "--format", "text", path])
    #expect(text.stdout.contains("Engineers (believe, belief) ≈ the dam will hold"))
    let report = try run(["report", "-q", "--scope", "speech", path])
    #expect(report.stdout.contains("Attributions by class") && report.stdout.contains("1 attribution"))
    let bench = try run(["bench", "-q", "--json", "--scope", "speech", path])
    #expect(bench.stdout.contains("\"attributions\":1"))
    #expect(try run(["--scope", "belief", path]).status == 2)
  }
}
