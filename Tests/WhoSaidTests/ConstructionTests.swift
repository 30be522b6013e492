import Testing
import WhoSaid

/// The constructions of issue 20, each found with the right speaker. Every sentence is invented.
@Suite("Constructions of issue 20")
struct ConstructionTests {
  /// The attribution holding `content` (its text contains it), or a recorded issue.
  func find(_ text: String, _ content: String, sourceLocation: SourceLocation = #_sourceLocation) -> Attribution? {
    let found = Fixture.extract(text)
    let a = Fixture.attribution(found, containing: content)
    #expect(a != nil, "no attribution of '\(content)' in \(found.map(\.text))", sourceLocation: sourceLocation)
    return a
  }

  @Test(arguments: [
    // A quote ending in `!` or `?` before its attribution and a manner adverb.
    ("\"It's over!\" Whitcombe said quietly to an aide.", "\"It's over!\"", "Whitcombe", "said"),
    ("\"Is it over?\" she asked softly.", "\"Is it over?\"", "she", "asked"),
    // A shared subject over `and`.
    ("The minister visited Paris and said that tariffs will fall.", "tariffs will fall", "The minister", "said"),
    ("Earlier in the day, the premier visited a school in her riding and said that turnout looked high.", "turnout looked high", "the premier", "said"),
    ("The ministry denied the report and said it was false.", "it was false", "The ministry", "said"),
    // An abbreviation before the verb.
    ("Acme Co. said it would cut 40 jobs.", "it would cut 40 jobs", "Acme Co.", "said"),
    ("Ms. Lee said the senator had made up her mind.", "the senator had made up her mind", "Ms. Lee", "said"),
    ("Harrow Box Co., which makes cartons for the plant, said it would lose a third of its business.", "it would lose a third of its business", "Harrow Box Co.", "said"),
    // `…, he adds` after an unquoted clause.
    ("Most things come back cleaner than they left, he adds.", "Most things come back cleaner than they left", "he", "adds"),
    // Common-noun speakers.
    ("City staff said the increase would add $182 a year to an average bill.", "the increase would add $182", "City staff", "said"),
    ("Forecasters warn heavy rain could reach the region.", "heavy rain could reach the region", "Forecasters", "warn"),
    ("Utility crews said some customers could be without power until Friday.", "some customers could be without power", "Utility crews", "said"),
    ("Traders in the old town say the crossings bring in half their business.", "the crossings bring in half their business", "Traders in the old town", "say"),
    // A listener, then the report.
    ("The accused baker told the jury he had been asleep at home.", "he had been asleep at home", "The accused baker", "told"),
    ("Witnesses told the Dunmore Gazette the truck swerved to avoid a deer.", "the truck swerved to avoid a deer", "Witnesses", "told"),
    ("A reporter asked the foreign ministry whether talks would resume.", "whether talks would resume", "A reporter", "asked"),
    // `…, saying …` with the sentence's subject.
    ("Defence lawyer Simon Achterberg challenged the records, saying the phone could have connected from his flat.",
      "the phone could have connected from his flat", "Defence lawyer Simon Achterberg", "saying"),
    // A relative clause.
    ("The main witness is a former co-worker, Leon Fiske, who confessed last year that he had bought the petrol.",
      "he had bought the petrol", "Leon Fiske", "confessed"),
  ])
  func foundWithItsSpeaker(text: String, content: String, speaker: String, cue: String) {
    guard let a = find(text, content) else { return }
    #expect(a.speaker?.text == speaker)
    #expect(a.cue?.text == cue)
  }

  @Test func theDenialKeepsItsPropositionAndStopsAtAnd() throws {
    let found = Fixture.extract("The ministry denied the report and said it was false.")
    #expect(found.map(\.text) == ["the report", "it was false"])
    #expect(found.allSatisfy { $0.speaker?.text == "The ministry" })
  }

  @Test func aQuoteThatEndsItsSentenceDoesNotSwallowTheNext() throws {
    let found = Fixture.extract("The minister said, \"We will win.\" The opposition disagreed.")
    #expect(found.count == 1)
    #expect(found.first?.kind == .direct && found.first?.text == "\"We will win.\"")
  }

  @Test func aStatementReleasedBeforeAColonOverParagraphs() throws {
    let text = """
      Calloway, 71, released the following statement:

      "Serving the people of the valley has been the honour of my life.

      "I have always believed you should leave a job while you still love it.

      "I will spend the next year on the hospitals bill, and then I am going home."
      """
    let a = try #require(Fixture.extract(text).first)
    #expect(a.kind == .direct && a.speaker?.text == "Calloway")
    #expect(a.text.hasPrefix("\"Serving") && a.text.hasSuffix("going home.\""))
  }

  @Test(arguments: [
    ("The spokesperson: \"We are ready when they are.\"", "The spokesperson"),
    ("Premier: \"We will balance the budget this term.\"", "Premier"),
    ("The environment ministry spokesperson: \"We have crews on site.\"", "The environment ministry spokesperson"),
  ])
  func aVerblessColonAttribution(text: String, speaker: String) throws {
    let a = try #require(Fixture.extract(text).first)
    #expect(a.kind == .direct && a.speaker?.text == speaker && a.cue?.text == ":")
  }

  @Test func neopronouns() throws {
    for pronoun in ["zie", "xe"] {
      let a = try #require(Fixture.extract("\"We've outgrown the old shelter anyway,\" \(pronoun) said.").first)
      #expect(a.speaker?.text == pronoun && a.kind == .direct)
    }
  }

  @Test(arguments: [
    ("In her words, the Senate \"needs people who remember how it used to work.\"", "her", "In her words"),
    ("Her message to supporters: the province would not \"slow down for anyone.\"", "Her", "message"),
    ("Rao's message to drivers: find another route, and \"do not try the back roads.\"", "Rao's", "message"),
  ])
  func aPossessiveAndItsWords(text: String, speaker: String, cue: String) throws {
    let a = try #require(Fixture.extract(text).first)
    #expect(a.speaker?.text == speaker && a.cue?.text == cue)
    #expect(a.kind == .mixed)
  }

  @Test func aQuoteRunningOverParagraphsInTheNewsConvention() throws {
    let text = "Lee said:\n\n\"The first part of the answer is simple.\n\n\"The second part takes longer to explain, and I will try.\""
    let a = try #require(Fixture.extract(text).first)
    #expect(a.text.hasPrefix("\"The first") && a.text.hasSuffix("try.\"") && a.speaker?.text == "Lee")
  }

  @Test func aSplitQuoteWhoseSecondPartGoesOnInTheNextParagraph() throws {
    let text = "\"I knew I wanted to stay,\" he said. \"It kind of hurt me. For a player, that is a sign.\n\n\"So I signed for two more years.\""
    let found = Fixture.extract(text)
    #expect(found.count == 2)
    #expect(found.first?.text == "\"I knew I wanted to stay,\" he said. \"It kind of hurt me. For a player, that is a sign.")
    #expect(found.first?.fragments.count == 2)
  }

  @Test func aQuoteNobodyIsNamedForIsKeptWithNoSpeaker() throws {
    let found = Fixture.extract("The hall was silent for a minute.\n\n\"We will not be moved from this valley.\"")
    let a = try #require(found.first)
    #expect(found.count == 1 && a.speaker == nil && a.kind == .direct)
    #expect(a.confidence < 0.5)
  }
}
