import Testing
import WhoSaid

/// No reporting sense, no attribution (issue 20): negation, passives, perception and action,
/// plain noun-phrase objects, nouns read as cues, the author's own voice, teasers and captions.
/// Every sentence is invented.
@Suite("Reporting sense")
struct ReportingSenseTests {
  @Test(arguments: [
    // Negated or refused.
    "The club did not say whether the coach would stay.",
    "The club didn't say when the stadium would reopen.",
    "The ministry has never claimed that the figures were complete.",
    "The club declined to comment on the transfer.",
    "No official has confirmed that the plant will close.",
    // Passive subjects with no agent.
    "The striker is expected to sign on Friday.",
    "The driver was ordered to surrender his passport.",
    "The game has been described as a quiet classic by fans.",
    "The bank had been accused of hiding the losses.",
    "A teacher accused of taking the book was suspended.",
    // Perception and action.
    "Fans saw the keeper drop the ball in the last minute.",
    "She knows how to win a final.",
    "The visitors responded with a goal four minutes later.",
    "The defendant appeared in court on Tuesday.",
    "The two firms agreed to merge in May.",
    "The board decided to close the depot.",
    // A plain noun-phrase object.
    "The mayor denied a request for more funds.",
    "The mayor announced measures to cut traffic.",
    "The police chief explained the budget at length on Monday.",
    "The champion conceded the race overnight.",
    "The driver was admitted to hospital with burns.",
    "He told a story about his first job.",
    // A noun read as the cue.
    "The council will have the final say on the budget.",
    "The deal ended a two-year dispute over its cost.",
    "The council agreed a state of emergency for the valley.",
    // The author's own voice outside quotes.
    "I believe the council made the right choice.",
    "We advise buying the cheaper model.",
    "You could argue the team peaked early.",
    // An expletive subject of a belief.
    "It seems the bridge will stay shut.",
  ])
  func reportsNothing(_ text: String) {
    let found = Fixture.extract(text)
    #expect(found.isEmpty, "\(found.map { "\($0.cue?.text ?? "-"): \($0.text)" })")
  }

  @Test(arguments: [
    ("The ministry denied the allegations of censorship.", "the allegations of censorship", "denied"),
    ("The station confirmed the report on Tuesday.", "the report on Tuesday", "confirmed"),
    ("The minister urged caution over the new rules.", "caution over the new rules", "urged"),
    ("The bank sees the slowdown as temporary.", "the slowdown as temporary", "sees"),
    ("The city plans to close two branches on Sundays.", "to close two branches on Sundays", "plans"),
  ])
  func aPropositionOrAnIntentionStays(text: String, content: String, cue: String) throws {
    let a = try #require(Fixture.extract(text).first)
    #expect(a.text == content)
    #expect(a.cue?.text == cue)
  }

  @Test(arguments: [
    "READ MORE: Mayor says transit cuts are off the table next year",
    "ICYMI: Mayor says detour signs will go up by rush hour",
    "Also read: Council says bins will go fortnightly",
    "Police say no one was seriously hurt. (Dunmore Daily/Paul Wren)",
    "The mayor says the city has no good options left. THE VALLEY PRESS/Erin Cho",
  ])
  func teasersAndCaptionsReportNothing(_ paragraph: String) {
    let text = "The council met on Monday.\n\n\(paragraph)\n\nThe vote was 9 to 2."
    #expect(Fixture.extract(text).isEmpty)
  }

  @Test func capitalsAreStillCues() throws {
    let a = try #require(Fixture.extract("The nurse SAID that the ward was full.").first)
    #expect(a.text == "the ward was full" && a.speaker?.text == "The nurse")
    let b = try #require(Fixture.extract("Update: Police Said That The Highway Would Reopen By Nine.").first)
    #expect(b.text == "The Highway Would Reopen By Nine" && b.speaker?.text == "Police")
    // A capitalized cue form inside an ordinary sentence is a name.
    #expect(Fixture.extract("Professor Edward Said wrote three books about exile.").isEmpty)
  }

  @Test func aQuotedAuthorStillSpeaks() throws {
    // `I` inside a quote is the quoted speaker's own voice, not the author's.
    let found = Fixture.extract("\"I believe the council made the right choice,\" the mayor said.")
    #expect(found.count == 1 && found.first?.speaker?.text == "the mayor")
  }

  @Test func theEnglishPassiveRuleLeavesFrenchReflexivesAlone() throws {
    // `s'est demandé` is a reflexive past (être), not a passive with no agent.
    let found = Extractor(profile: .french).extract("Léa Morin s’est demandé si le port rouvrirait en mars.")
    let a = try #require(found.first)
    #expect(a.speaker?.text == "Léa Morin" && a.text == "le port rouvrirait en mars")
  }

  @Test func aNumberAsTheSubjectStillReports() throws {
    // `the two raised`: a number after the determiner heads the subject; the `-ed` word is its verb.
    let a = try #require(Fixture.extract("Officials said the two raised money for a ski resort.").first)
    #expect(a.speaker?.text == "Officials" && a.text == "the two raised money for a ski resort")
  }
}
