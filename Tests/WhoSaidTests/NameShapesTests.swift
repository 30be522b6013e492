import Testing
import WhoSaid

/// Every wrong-name shape of issue 19, on invented sentences: the speaker's canonical name, its
/// title apart, and where a pronoun, description, alias or carried speaker was named.
@Suite("Names of every shape")
struct NameShapesTests {
  func names(_ text: String) -> [String?] { Fixture.extract(text).map { $0.speaker?.name } }
  func speakers(_ text: String) -> [Speaker] { Fixture.extract(text).compactMap(\.speaker) }

  // MARK: Pronouns to the wrong entity

  @Test func aPronounSkipsCountiesFirstNationsAndBills() {
    #expect(
      names("""
        Warden Tom Fenwick said the county would pay its share. Haldane County approved the plan on Monday. \
        "We will not pay twice," he said.
        """) == ["Tom Fenwick", "Tom Fenwick"])
    #expect(
      names("""
        Grand Chief Lorna Bighetty of the Northern Lakes Tribal Council, which represents 11 First Nations, \
        said the money was welcome. "We will believe it when the water runs," she said.
        """) == ["Lorna Bighetty", "Lorna Bighetty"])
    #expect(
      names("""
        Conservative Leader Gordon Ashby said the measure was wrong. Under Bill C-12, builders pay more. \
        "Nobody builds to lose money," he said.
        """) == ["Gordon Ashby", "Gordon Ashby"])
    #expect(
      names("""
        Karen Morrow said the search law had saved lives. The Jenna Morrow Act passed in 2019. \
        "It should work for every family," she said.
        """) == ["Karen Morrow", "Karen Morrow"])
  }

  @Test func aPronounSkipsPhotoCredits() {
    #expect(
      names("""
        Fire Chief Ray Dominguez said the fire was set on purpose. Firefighters at the scene on Friday. (AP Photo/Mike Kessler)

        "Somebody wanted this building gone," he said.
        """) == ["Ray Dominguez", "Ray Dominguez"])
    #expect(
      names("""
        Mayor Rosa Quint said the pool would reopen.

        Residents queue outside the pool on Monday. THE CANADIAN PRESS/Mark Doyle

        "We fixed the roof first," she said.
        """) == ["Rosa Quint", "Rosa Quint"])
  }

  @Test func aLoneSurnameWithAnAgeIsAPerson() {
    #expect(names("Okafor, 19, has nine goals in 10 playoff games. \"The puck was just finding me,\" he said.") == ["Okafor"])
  }

  @Test func aPronounKeepsItsGender() {
    #expect(
      names("""
        Falcons coach Anna Brandt watched from the bench. Leo Marsh scored twice in the third period. \
        "We never stopped skating," she said.
        """) == ["Anna Brandt"])
  }

  @Test func aPronounTakesTheLastSentencesSubjectOrTheSpeakerOverAPossessive() {
    #expect(
      names("""
        Mayor Jill Kerr said repairs would cost more than a new rink.

        Kerr's name is on every flyer. Deputy Mayor Ruth Olsen, who voted against the closure, spent the meeting on the figures.

        "The numbers are not the same numbers," she said.
        """) == ["Jill Kerr", "Ruth Olsen"])
    // `Mr Blair's` stands between the speaker and `he`, as a possessive.
    #expect(
      names("""
        Tony Blair had the chance to fix the problems and failed, Michael Howard said.

        Mr Blair's government was "bossy and interfering," he added.
        """) == ["Michael Howard", "Michael Howard"])
  }

  // MARK: Anonymous and group sources, titles

  @Test func anonymousAndGroupSourcesAreNamedAsWritten() {
    let s = speakers("""
      Talks broke up on Thursday, diplomats said. A senior diplomat involved in the talks said the two sides \
      had not moved. Two people familiar with the negotiations said a compromise was rejected.
      """)
    #expect(s.map(\.name) == ["diplomats", "senior diplomat involved in the talks", "Two people familiar with the negotiations"])
    #expect(s.map(\.kind) == [.group, .anonymous, .group])
    let spokesman = speakers("\"We are seeking opinion,\" said a spokesman for Ofcom. \"We want strict controls,\" he said.")
    #expect(spokesman.map(\.name) == ["spokesman for Ofcom", "spokesman for Ofcom"])
  }

  @Test func titlesAreCutWholeAndKeptApart() {
    let s = speakers("""
      Foreign Affairs Minister Ana Ruiz announced that a mission would leave on Friday. Liberal Leader Dana Fox said the mission \
      was late. Ukrainian President Volodymyr Zelenskyy said talks were possible. NATO Secretary-General Jens \
      Stoltenberg said allies would help. Mr Fraser said the board agreed.
      """)
    #expect(s.map(\.name) == ["Ana Ruiz", "Dana Fox", "Volodymyr Zelenskyy", "Jens Stoltenberg", "Fraser"])
    #expect(s.map(\.title) == ["Foreign Affairs Minister", "Liberal Leader", "Ukrainian President", "NATO Secretary-General", nil])
  }

  @Test func descriptionsResolveToTheNamedEntity() {
    let s = speakers("""
      Foreign Affairs Minister Ana Ruiz announced that a mission would leave. "Free elections do not protect themselves," the minister said.

      Kelso Rovers manager Tom Reid said the players had let the fans down. The club said fans would get free travel.

      Shares of Northlight Robotics fell 18 per cent on Tuesday. The company said it would cut 120 jobs.
      """)
    #expect(s.map(\.name) == ["Ana Ruiz", "Ana Ruiz", "Tom Reid", "Kelso Rovers", "Northlight Robotics"])
    #expect(s[1].resolution == .alias)
    #expect(s[1].antecedent.map { $0.end - $0.start } == "Ana Ruiz".utf8.count)
  }

  @Test func aBodyOfSomeoneElseIsNotTheLastNamedBody() {
    // `the drivers' legal team` is the drivers', not the firm just named.
    let s = speakers("""
      Brightline Couriers denied the claims on Monday. The drivers' legal team said the firm had ignored six letters.
      """)
    #expect(s.map(\.name) == ["Brightline Couriers", "legal team"])
  }

  // MARK: Phrases and aliases to the wrong entity

  @Test func theSubjectBeforeARelativeClauseSpeaksNotANameInside() {
    #expect(
      names("Kenji Arai, who founded Northlight with Priya Menon in 2009 and stepped down last year, said Menon had done everything right.")
        == ["Kenji Arai"])
  }

  @Test func twoPeopleSharingASurnameAreToldApartByTitle() {
    #expect(
      names("""
        Trustee Erin Hale and board chair Martin Hale disagreed. "The buses are the problem," Ms. Hale said. \
        Mr. Hale said the routes were ready.
        """) == ["Erin Hale", "Martin Hale"])
  }

  @Test func possessivesPrepositionsAndAdverbsAreLeftOff() {
    #expect(
      names("Dunmore's Ana Silva said her side had found some rhythm. Finally Tom Reid said: \"That is for other people to decide.\"")
        == ["Ana Silva", "Tom Reid"])
    #expect(
      names("""
        Scott Richter said lawsuits had forced the firm into bankruptcy. In its filing OptInRealBig claimed it had \
        assets of less than $10m.
        """).last == "OptInRealBig")
  }

  // MARK: Carried speakers, long names, surnames, credits, acronyms

  @Test func aCarriedQuoteGoesOnFromTheNewSpeaker() {
    let s = speakers("""
      "Every school that has done this has seen attendance go up," Martin Hale said. Trustee Dev Lee disagreed, \
      saying the studies the board relied on came from districts with far fewer rural students.

      "We are comparing ourselves with cities. We are not a city."
      """)
    #expect(s.map(\.name) == ["Martin Hale", "Dev Lee", "Dev Lee"])
    #expect(s.last?.resolution == .carried)
    #expect(s.last?.antecedent == s[1].span)
  }

  @Test func longOrganisationNamesAreKeptWhole() {
    #expect(
      names("""
        The National Authority for Telecom Oversight said it would fine Brightwave. \
        "An outage of this length is unacceptable," the authority said.
        """) == ["National Authority for Telecom Oversight", "National Authority for Telecom Oversight"])
  }

  @Test func surnamesWithCurlyApostrophesAndFamilyNamesFirstAreExpanded() {
    #expect(
      names("Aoife O’Neill, chief economist at the office, said costs had risen. Ms. O’Neill said a second report would follow.")
        == ["Aoife O’Neill", "Aoife O’Neill"])
    #expect(names("Wang Lei, who runs a tool plant, said his steel bill had risen. \"I raised prices twice,\" Wang said.") == ["Wang Lei", "Wang Lei"])
  }

  @Test func creditsGluedToANameAreCutOff() {
    #expect(names("Image source, Getty Images Kevin Rowe said the players had let the supporters down.") == ["Kevin Rowe"])
  }

  @Test func acronymsResolveToTheFullName() {
    #expect(
      names("The Steel Users Alliance of Canada, or SUAC, said prices had doubled. SUAC urged Ottawa to exempt some grades.")
        == ["Steel Users Alliance of Canada", "Steel Users Alliance of Canada"])
    #expect(
      names("General Motors said it would build a new car in Sweden. GM said it wanted to change customers' minds.")
        == ["General Motors", "General Motors"])
  }

  // MARK: More shapes

  @Test func aPossessiveBeforeAnAppositiveRoleIsNoName() {
    let s = speakers("""
      The Welsh Government's transport minister, Eluned Price, said the line would reopen. John Smith's lawyer, \
      Jane Doe, said her client was innocent.
      """)
    #expect(s.map(\.name) == ["Eluned Price", "Jane Doe"])
    #expect(s.map(\.title) == ["transport minister", "lawyer"])
  }

  @Test func usPartyAndStateTagsEndNoSentence() {
    let s = speakers("""
      Sen. Elizabeth Warren, D-Mass., said the package was overdue. Sen. Walt Brody, R-Texas, told reporters he \
      would vote for it. Rep. Nora Castillo, D-Calif., said she had questions.
      """)
    #expect(s.map(\.name) == ["Elizabeth Warren", "Walt Brody", "Nora Castillo"])
    #expect(s.map(\.title) == ["Sen.", "Sen.", "Rep."])
  }

  @Test func anOrganisationHasOneNameAndItsCountry() {
    let s = speakers("""
      Georgia's defence ministry said two drones had crossed the border. The Georgian defence ministry added \
      that jets were scrambled. The ministry said the logs would show it.
      """)
    #expect(s.map(\.name) == ["Georgian Defence Ministry", "Georgian Defence Ministry", "Georgian Defence Ministry"])
    #expect(s.first?.country == "Georgia")
  }

  @Test func governmentsOfOneCountryStandTogetherInTheSummary() {
    let a = Fixture.extract("""
      "We are ready," Moscow said. "We are not," Kyiv said. "Talks go on," the Kremlin said. "Never," Kyiv added. \
      "Maybe," Moscow said.
      """)
    #expect(RecordWriter.summary(a).map(\.name) == ["Moscow", "Kremlin", "Kyiv"])
    #expect(RecordWriter.summary(a).map(\.country) == ["Russia", "Russia", "Ukraine"])
  }

  @Test func aPronounsAntecedentIsWhereTheNameIsWrittenInFull() {
    let text = "Foreign Minister Sergei Lavrov met reporters. \"We are ready,\" he said."
    let s = speakers(text)
    #expect(s.first?.antecedent == Fixture.span(of: "Sergei Lavrov", in: text))
  }
}
