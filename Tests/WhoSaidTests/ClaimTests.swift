import Testing
import WhoSaid

@Suite("Indirect and mixed claims")
struct ClaimTests {
  func only(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Attribution? {
    let found = Fixture.extract(text)
    #expect(found.count == 1, "\(found.map(\.text))", sourceLocation: sourceLocation)
    return found.first
  }

  @Test(arguments: [
    ("The minister said that the border would reopen on Monday.", "the border would reopen on Monday", "said", "say"),
    ("The minister said the border would reopen on Monday.", "the border would reopen on Monday", "said", "say"),
    ("Keller told reporters that the border would reopen.", "the border would reopen", "told", "tell"),
    ("Keller told reporters the border would reopen.", "the border would reopen", "told", "tell"),
    ("The rebels accused government troops of shelling the village.", "of shelling the village", "accused", "accuse"),
    ("The charity warned of a famine in the north.", "of a famine in the north", "warned", "warn"),
    ("The charity warned that the harvest would fail.", "the harvest would fail", "warned", "warn"),
    ("The company denied that it had broken the law.", "it had broken the law", "denied", "deny"),
    ("The union insisted that the strike would go ahead.", "the strike would go ahead", "insisted", "insist"),
    ("The farmers called for emergency payments.", "for emergency payments", "called", "call for"),
    ("The group has been warning for weeks of a collapse in fish stocks.", "of a collapse in fish stocks", "warning", "warn"),
  ])
  func reportedClauses(text: String, content: String, cue: String, lemma: String) throws {
    let a = try #require(only(text))
    #expect(a.kind == .indirect)
    #expect(a.text == content)
    #expect(a.cue?.text == cue)
    #expect(a.cue?.lemma == lemma)
  }

  @Test func clauseBeforeTrailingAttribution() throws {
    let a = try #require(only("Water use will be limited from Monday, the authority said."))
    #expect(a.kind == .indirect)
    #expect(a.text == "Water use will be limited from Monday")
    #expect(a.speaker?.text == "the authority")
  }

  @Test func accordingToBeforeAndAfter() throws {
    let a = try #require(only("According to the institute, some rivers have fallen below the safe level."))
    #expect(a.text == "some rivers have fallen below the safe level")
    #expect(a.speaker?.text == "the institute")
    #expect(a.cue?.text == "According to")
    let b = try #require(only("Some rivers have fallen below the safe level, according to the institute."))
    #expect(b.text == "Some rivers have fallen below the safe level")
    #expect(b.speaker?.text == "the institute")
  }

  @Test func mixedQuoteListsItsFragments() throws {
    let text = "Vosk said government troops \"took a hill\" and \"built a post\" overnight."
    let a = try #require(only(text))
    #expect(a.kind == .mixed)
    #expect(a.text == "government troops \"took a hill\" and \"built a post\" overnight")
    #expect(a.fragments == [Fixture.span(of: "\"took a hill\"", in: text), Fixture.span(of: "\"built a post\"", in: text)].compactMap { $0 })
  }

  @Test func scareQuoteBelongsToItsClaim() throws {
    let a = try #require(only("Armenia has been warning of a \"humanitarian crisis\" in the region."))
    #expect(a.kind == .mixed)
    #expect(a.text == "of a \"humanitarian crisis\" in the region")
    #expect(a.speaker?.text == "Armenia")
  }

  @Test func claimsNeverOverlap() {
    let text = "Keller said the ministry claimed that the talks, which the rebels denied had happened, were over, the paper reported."
    let found = Fixture.extract(text)
    #expect(!found.isEmpty)
    for (x, y) in zip(found, found.dropFirst()) { #expect(x.content.end <= y.content.start) }
  }

  @Test func confidenceIsHonest() throws {
    let found = Fixture.extract("""
      "The road is open," Keller said.

      "It will stay open," she said.

      Officials believe the road could close again in winter.

      "We are ready for snow."
      """)
    #expect(found.count == 4)
    let named = try #require(found.first { $0.speaker?.text == "Keller" })
    let pronoun = try #require(found.first { $0.speaker?.text == "she" })
    let weak = try #require(found.first { $0.cue?.lemma == "believe" })
    let carried = try #require(found.first { $0.speaker?.resolution == .carried })
    #expect(named.confidence > pronoun.confidence)
    #expect(pronoun.confidence > weak.confidence)
    #expect(named.confidence > carried.confidence)
    #expect(found.allSatisfy { $0.confidence > 0 && $0.confidence <= 1 })
  }

  @Test func storiesAreNotClaims() {
    #expect(Fixture.extract("At the reception, the mayor told a story about the first tram.").isEmpty)
  }

  @Test func parentheticalFrameTakesTheWholeSentence() throws {
    let a = try #require(only("Many of the visitors were older, she said, and the museum had to add more benches."))
    #expect(a.kind == .indirect)
    #expect(a.text == "Many of the visitors were older, she said, and the museum had to add more benches")
    #expect(a.speaker?.text == "she")
  }

  @Test func passiveWithItsAgent() throws {
    let a = try #require(only("It was announced by the Interior Ministry that the border would reopen on Monday."))
    #expect(a.kind == .indirect)
    #expect(a.text == "the border would reopen on Monday")
    #expect(a.speaker?.text == "the Interior Ministry")
    #expect(a.cue?.lemma == "announce")
  }
}
