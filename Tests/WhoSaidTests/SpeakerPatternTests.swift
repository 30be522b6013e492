import Testing
import WhoSaid

@Suite("Speakers of direct quotes")
struct SpeakerPatternTests {
  /// Extracts `text` and checks its only direct quote has this speaker and cue.
  func check(_ text: String, quote: String, speaker: String, cue: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = Fixture.extract(text).filter { $0.kind == .direct }
    #expect(found.count == 1, sourceLocation: sourceLocation)
    guard let a = found.first else { return }
    #expect(a.text == quote, sourceLocation: sourceLocation)
    #expect(a.speaker?.text == speaker, sourceLocation: sourceLocation)
    #expect(a.cue?.text == cue, sourceLocation: sourceLocation)
    if let s = a.speaker?.span, let expected = Fixture.span(of: speaker, in: text) {
      #expect(s == expected, sourceLocation: sourceLocation)
    }
  }

  @Test func quoteThenSpeakerThenCue() {
    check("\"The road is open,\" Anna Keller said.", quote: "\"The road is open,\"", speaker: "Anna Keller", cue: "said")
  }

  @Test func quoteThenCueThenSpeaker() {
    check("\"The road is open,\" said Foreign Minister Anna Keller.", quote: "\"The road is open,\"", speaker: "Foreign Minister Anna Keller", cue: "said")
  }

  @Test func speakerCueColonQuote() {
    check("Keller said: \"The road is open.\"", quote: "\"The road is open.\"", speaker: "Keller", cue: "said")
  }

  @Test func speakerCueCommaQuote() {
    check("Keller told reporters, \"The road is open.\"", quote: "\"The road is open.\"", speaker: "Keller", cue: "told")
  }

  @Test func speakerCueInAStatementThatQuote() {
    check(
      "The Interior Ministry said in a statement that \"the road is open to all traffic.\"",
      quote: "\"the road is open to all traffic.\"", speaker: "The Interior Ministry", cue: "said")
  }

  @Test func quoteWithUnquotedTailThenSpeaker() {
    check(
      "\"A unit crossed the line of contact in violation\" of the agreement, the Defense Ministry said in a statement.",
      quote: "\"A unit crossed the line of contact in violation\"", speaker: "the Defense Ministry", cue: "said")
  }

  @Test func splitQuoteIsOneAttributionWithFragments() throws {
    let text = "\"We waited,\" Keller said, \"and we will wait again.\""
    let found = Fixture.extract(text)
    #expect(found.count == 1)
    let a = try #require(found.first)
    #expect(a.text == text)
    #expect(a.fragments.count == 2)
    #expect(a.fragments.first == Fixture.span(of: "\"We waited,\"", in: text))
    #expect(a.fragments.last == Fixture.span(of: "\"and we will wait again.\"", in: text))
  }

  @Test func splitQuoteOverTwoSentences() throws {
    let text = "\"We waited a long time,\" said Keller. \"Now the border is open.\""
    let a = try #require(Fixture.extract(text).first)
    #expect(a.text == text)
    #expect(a.speaker?.text == "Keller")
  }

  @Test func dashByline() {
    check("\"The best day of the year in this town.\" — Gerald Finch", quote: "\"The best day of the year in this town.\"", speaker: "Gerald Finch", cue: "—")
  }

  @Test func quoteStandingAloneAfterColon() throws {
    let text = "The minister spoke to reporters on Friday. Keller said:\n\n\"We let our customers down. There is no other way to put it.\""
    let a = try #require(Fixture.extract(text).first)
    #expect(a.kind == .direct)
    #expect(a.text.hasPrefix("\"We let"))
    #expect(a.speaker?.text == "Keller")
  }

  @Test func pronounsGroupsAndAppositives() {
    check("\"It will not happen again,\" he said.", quote: "\"It will not happen again,\"", speaker: "he", cue: "said")
    check("\"We are tired,\" Russian peacekeepers said.", quote: "\"We are tired,\"", speaker: "Russian peacekeepers", cue: "said")
    check(
      "\"We stay,\" Keller, the country's foreign minister, said.", quote: "\"We stay,\"", speaker: "Keller", cue: "said")
    check(
      "\"We stay,\" the country's foreign minister, Anna Keller, said.", quote: "\"We stay,\"", speaker: "Anna Keller", cue: "said")
    check(
      "\"The talks were useful,\" said a spokesman for the Kremlin.", quote: "\"The talks were useful,\"",
      speaker: "a spokesman for the Kremlin", cue: "said")
  }

  @Test func reportingVerbLexiconIsLargeAndHasLemmas() {
    let p = LanguageProfile.english
    #expect(Set(p.cues.map(\.lemma)).count >= 150)
    for (form, lemma) in [("told", "tell"), ("conceded", "concede"), ("tweeted", "tweet"), ("insisting", "insist")] {
      let id = p.table.id(of: form)
      #expect(id >= 0 && p.cueOfWord[Int(id)] >= 0 && p.cues[Int(p.cueOfWord[Int(id)])].lemma == lemma)
    }
  }

  @Test func saidAsAnAdjectiveIsNoCue() {
    #expect(Fixture.extract("The said agreement was signed in 2019 by both sides.").isEmpty)
  }

  @Test func appositiveWithAnAbbreviation() {
    check(
      "\"Our assumption is that the veto will be overridden,\" Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.",
      quote: "\"Our assumption is that the veto will be overridden,\"", speaker: "Senate Majority Leader Mitch McConnell", cue: "said")
  }

  @Test func quoteOnlyCuesOfSinging() {
    check("\"Promise you will come home,\" Blige sings to the crowd.", quote: "\"Promise you will come home,\"", speaker: "Blige", cue: "sings")
  }
}
