import Testing
import WhoSaid

/// English speakers that a carried or nearby speaker used to take.
@Suite struct EnglishSpeakerTests {
  @Test func namedSubjectOwnsQuoteInsteadOfCarriedSpeaker() throws {
    let found = Fixture.extract("""
      "We will stay open all winter," Ann Lee said. Northwind Labs cancelled its spring launch "out of respect for the families of the victims."
      """)
    let mixed = try #require(Fixture.attribution(found, containing: "out of respect"))
    #expect(mixed.speaker?.text == "Northwind Labs")
    #expect(mixed.speaker?.resolution != .carried)
  }

  @Test func unnamedSubjectStillCarries() throws {
    let found = Fixture.extract("""
      "We will stay open all winter," Ann Lee said. The shop will close its doors "out of respect for the families of the victims."
      """)
    let mixed = try #require(Fixture.attribution(found, containing: "out of respect"))
    #expect(mixed.speaker?.resolution == .carried)
  }

  @Test func demonymBeforePluralNounIsNoNamedSubject() throws {
    let found = Fixture.extract("""
      A senior Ruritanian trade official told reporters the complaint was "about an election, not about apples".

      Valdonian growers thanked the board for "finally standing up for the orchards at last".
      """)
    let mixed = try #require(Fixture.attribution(found, containing: "finally standing up"))
    #expect(mixed.speaker?.text != "Valdonian")
  }

  @Test func personAfterPossessiveRoleSpeaks() throws {
    let found = Fixture.extract("""
      "Our roads are safe and getting safer," Northwind's campaign spokeswoman Ann Lee said.
      """)
    let quote = try #require(Fixture.attribution(found, containing: "roads are safe"))
    #expect(quote.speaker?.text == "Ann Lee")
    #expect(quote.speaker?.name == "Ann Lee")
  }

  @Test func possessorAloneStillSpeaks() throws {
    let found = Fixture.extract("""
      Northwind's campaign: "Our roads are safe and getting safer."
      """)
    let quote = try #require(Fixture.attribution(found, containing: "roads are safe"))
    #expect(quote.speaker?.text == "Northwind's")
  }

  @Test func transcriptLabelNamesTheTurnsSpeaker() throws {
    let found = Fixture.extract("""
      Ann Lee spoke to the host on Sunday.

      "HOST: Why did you close the plant so early in the year?"

      "LEE: Well, the plant was losing money every single month and we had to act."
      """)
    let question = try #require(Fixture.attribution(found, containing: "Why did you"))
    let answer = try #require(Fixture.attribution(found, containing: "losing money"))
    #expect(question.speaker?.text == "HOST")
    #expect(answer.speaker?.text == "LEE")
    #expect(answer.speaker?.name == "Ann Lee")
  }

  @Test func documentIssuedBySubjectSpeaksForIt() throws {
    let found = Fixture.extract("""
      After a late meeting, the Harbour Board issued a statement calling the closure "a clear breach of the lease and of every promise made".
      """)
    let quote = try #require(Fixture.attribution(found, containing: "clear breach"))
    #expect(quote.speaker?.name == "Harbour Board")
  }
}
