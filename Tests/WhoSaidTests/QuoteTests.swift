import Testing
import WhoSaid

@Suite("Quotation marks")
struct QuoteTests {
  @Test(arguments: [
    ("\"We will rebuild the bridge,\" the mayor said.", "\"We will rebuild the bridge,\""),
    ("“We will rebuild the bridge,” the mayor said.", "“We will rebuild the bridge,”"),
    ("‘We will rebuild the bridge,’ the mayor said.", "‘We will rebuild the bridge,’"),
    ("«We will rebuild the bridge», the mayor said.", "«We will rebuild the bridge»"),
    ("« We will rebuild the bridge », the mayor said.", "« We will rebuild the bridge »"),
    ("„We will rebuild the bridge“, the mayor said.", "„We will rebuild the bridge“"),
    ("»We will rebuild the bridge«, the mayor said.", "»We will rebuild the bridge«"),
    ("``We will rebuild the bridge,'' the mayor said.", "``We will rebuild the bridge,''"),
    ("''We will rebuild the bridge,'' the mayor said.", "''We will rebuild the bridge,''"),
  ])
  func everyMarkStyleMakesADirectQuote(text: String, quote: String) throws {
    let found = Fixture.extract(text)
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.kind == .direct)
    #expect(a.text == quote)
    #expect(a.speaker?.text == "the mayor")
    #expect(a.cue?.lemma == "say")
  }

  @Test(arguments: [
    "She said: \"I don't know why the '90s came back, but rock 'n' roll never left the Joneses' house.\"",
    "She said: “I don’t know why the ’90s came back, but rock ’n’ roll never left the Joneses’ house.”",
  ])
  func apostrophesAreNotQuotes(text: String) throws {
    let found = Fixture.extract(text)
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.text.hasPrefix("\"I don't") || a.text.hasPrefix("“I don’t"))
    #expect(a.text.hasSuffix("house.\"") || a.text.hasSuffix("house.”"))
    #expect(a.fragments.count <= 1)
  }

  @Test func britishSingleQuotesWithAPluralPossessive() throws {
    let text = "‘It is our members’ boathouse, not mine,’ Mr Pell said."
    let a = try #require(Fixture.extract(text).first)
    #expect(a.text == "‘It is our members’ boathouse, not mine,’")
  }

  @Test func quoteOverSeveralParagraphsIsOne() throws {
    let text = """
      The keeper said: "I climbed those stairs every night.

      "People think it was lonely. It was not.

      "I would do it again."

      The museum opens on Monday.
      """
    let found = Fixture.extract(text)
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.text.hasPrefix("\"I climbed"))
    #expect(a.text.hasSuffix("again.\""))
    #expect(a.speaker?.text == "The keeper")
  }

  @Test func nestedQuotesStayInsideTheirOuterQuote() throws {
    let text = "\"He told me, 'Go home,' and I did,\" the witness said."
    let found = Fixture.extract(text)
    #expect(found.count == 1)
    #expect(found.first?.text == "\"He told me, 'Go home,' and I did,\"")
    let french = Fixture.extract("« Il a dit “non” hier », a-t-il dit. The minister said: “We said ‘no’ twice.”")
    #expect(french.contains { $0.text == "“We said ‘no’ twice.”" })
  }

  @Test func anUnbalancedMarkDoesNotLoseTheOtherQuotes() {
    let text = """
      The sign read "closed for the season.

      "We open again in May," the owner said. "Come back then."

      "It is a pity," a visitor said.
      """
    let found = Fixture.extract(text)
    #expect(found.contains { $0.text.hasPrefix("\"We open again in May,\"") && $0.speaker?.text == "the owner" })
    #expect(found.contains { $0.text == "\"It is a pity,\"" && $0.speaker?.text == "a visitor" })
  }

  @Test func strayMarksAndInchSignsAreNotQuotes() {
    #expect(Fixture.extract("The 55\" screen costs less than the 40\" one, the shop said.").allSatisfy { $0.kind != .direct })
  }
}
