import Testing
@testable import WhoSaid

@Suite("Speaker resolution")
struct ResolutionTests {
  func speakers(_ text: String) -> [(text: String, name: String?, kind: SpeakerKind, resolution: Resolution)] {
    Fixture.extract(text).compactMap { a in a.speaker.map { ($0.text, $0.name, $0.kind, $0.resolution) } }
  }

  @Test func oneScratchServesSeveralExtractorsAlike() {
    // A worker keeps one scratch for articles in several languages: what one
    // extractor's resolver knows must not leak into another's article.
    let english = Extractor()
    let german = Extractor(profile: .german)
    var en = "Foreign Minister Sergei Lavrov met reporters. \"We are ready,\" he said. The ministry said talks would go on."
    var de = "Die Ministerin Anna Berger traf am Montag Journalisten. „Wir sind bereit“, sagte sie. Das Ministerium teilte mit, die Gespräche gingen weiter."
    var freshEnglish = Extractor.Scratch()
    var freshGerman = Extractor.Scratch()
    let alone = (
      en.withUTF8 { english.extract(utf8: $0, scratch: &freshEnglish) }, de.withUTF8 { german.extract(utf8: $0, scratch: &freshGerman) }
    )
    var shared = Extractor.Scratch()
    var seen: [[Attribution]] = []
    for _ in 0..<2 {
      seen.append(de.withUTF8 { german.extract(utf8: $0, scratch: &shared) })
      seen.append(en.withUTF8 { english.extract(utf8: $0, scratch: &shared) })
    }
    #expect(seen[0] == alone.1 && seen[2] == alone.1)
    #expect(seen[1] == alone.0 && seen[3] == alone.0)
    let names = (alone.0.compactMap { $0.speaker?.name }, alone.1.compactMap { $0.speaker?.name })
    #expect(names.0.contains("Sergei Lavrov"))
    #expect(names.1.contains("Anna Berger"))
  }

  @Test func surnamesTitlesAndPronounsJoinTheFullName() {
    let s = speakers("""
      Foreign Minister Sergei Lavrov met his counterpart on Monday.

      "The talks were useful," Lavrov said.

      "We will meet again," Mr. Lavrov added.

      "Nothing is decided," he said.
      """)
    #expect(s.map(\.name) == ["Sergei Lavrov", "Sergei Lavrov", "Sergei Lavrov"])
    #expect(s.map(\.resolution) == [.alias, .alias, .pronoun])
    #expect(s.allSatisfy { $0.kind == .person })
  }

  @Test func titlesAndPossessiveDescriptionsJoinTheNamedPerson() {
    let s = speakers("""
      Foreign Minister Sergei Lavrov met his Armenian counterpart on Monday.

      "The talks were useful," the minister said.

      Russia's foreign minister said the talks would go on.
      """)
    #expect(s.map(\.name) == ["Sergei Lavrov", "Sergei Lavrov"])
    let appositive = speakers("Russia's foreign minister, Sergei Lavrov, said the talks were useful.")
    #expect(appositive.first?.text == "Sergei Lavrov")
  }

  @Test func multiWordTitlesWithOf() {
    let s = speakers("""
      Secretary of State Antony Blinken said the talks had been productive.

      "We will meet again," Blinken said.
      """)
    #expect(s.map(\.name) == ["Antony Blinken", "Antony Blinken"])
  }

  @Test func descriptionsOnlyJoinEntitiesThatFit() {
    let found = Fixture.extract("""
      The software company Nordlicht Systems will cut 300 jobs.

      Police said two men had been arrested.

      The company said it would appeal.

      "It is a disgrace," said one resident, who did not want to be named.
      """)
    let names = found.map { $0.speaker?.name }
    // An anonymous source is named as written, without a leading article (issue 19).
    #expect(names == ["Police", "Nordlicht Systems", "one resident"])
    #expect(found.last?.speaker?.kind == .anonymous)
    #expect(found.first?.speaker?.kind == .organization)
  }

  @Test func aTwoWordNameWithoutTitleIsAPerson() {
    let found = Fixture.extract("""
      The union's chairman, Per Haugen, said the consultation had been a box-ticking exercise.

      "We will keep talking," Haugen said.
      """)
    #expect(found.map { $0.speaker?.kind } == [.person, .person])
    #expect(found.map { $0.speaker?.name } == ["Per Haugen", "Per Haugen"])
  }

  @Test func pronounsFollowGender() {
    let s = speakers("""
      Anna Keller and Tomas Varga met in Kessel.

      "It went well," she said.

      "It went badly," he said.
      """)
    #expect(s.map(\.name) == ["Anna Keller", "Tomas Varga"])
  }

  @Test func shortenedOrganisationsJoinTheirEntity() {
    let s = speakers("""
      "The unit crossed the line," the Russian Defense Ministry said.

      "The side was informed," the Russian ministry added.

      "We are watching," the ministry said.

      The defence ministry said it would respond.
      """)
    #expect(s.map(\.name) == Array(repeating: "Russian Defense Ministry", count: 4))
    #expect(s.first?.resolution == .explicit)
    #expect(s.dropFirst().allSatisfy { $0.resolution == .alias && $0.kind == .organization })
  }

  @Test func acronymsIntroducedInParentheses() {
    let s = speakers("""
      The National Electoral Board (NEB) published the results on Sunday.

      "Complaints can be filed until Thursday," the NEB said.
      """)
    #expect(s.first?.name == "National Electoral Board")
  }

  @Test func capitalsSpeakForGovernments() throws {
    let found = Fixture.extract("""
      Yerevan accuses the peacekeepers of failing to act.

      "The Kremlin has nothing to add," Moscow said.

      Downing Street said the talks would go on.
      """)
    let countries = found.compactMap { $0.speaker?.country }
    #expect(countries == ["Armenia", "Russia", "United Kingdom"])
    #expect(found.allSatisfy { $0.speaker?.kind == .government && $0.speaker?.resolution == .metonymy })
    #expect(found.first?.speaker?.name == "Yerevan")
  }

  @Test func carriedSpeakerForACuelessParagraph() throws {
    let found = Fixture.extract("""
      "The talks were useful," Keller said.

      "We will meet again in a month and sign the treaty."
      """)
    #expect(found.count == 2)
    let carried = try #require(found.last?.speaker)
    #expect(carried.name == "Keller")
    #expect(carried.resolution == .carried)
    #expect(carried.span == nil)
    #expect(found.last?.cue == nil)
    #expect((found.last?.confidence ?? 1) < (found.first?.confidence ?? 0))
  }

  @Test func knownEntitiesOverrideAndAlias() {
    let extractor = Extractor(knownEntities: [
      KnownEntity(name: "Nikol Pashinyan", aliases: ["Pashinyan", "the Armenian prime minister"], kind: .person, country: "Armenia")
    ])
    let found = extractor.extract("\"We want peace,\" the Armenian prime minister said.")
    #expect(found.first?.speaker?.name == "Nikol Pashinyan")
    #expect(found.first?.speaker?.resolution == .alias)
  }

  @Test func userCuesExtendTheLexicon() {
    let base = Extractor()
    let text = "\"The bridge is safe,\" the engineer harrumphed."
    #expect(base.extract(text).first?.speaker == nil)
    let extended = Extractor(profile: LanguageProfile.english.adding(cues: "harrumph|harrumph harrumphs harrumphed harrumphing|quote"))
    #expect(extended.extract(text).first?.speaker?.text == "the engineer")
  }

  @Test func anonymousSources() {
    let s = speakers("\"Nobody believes this will last,\" said a senior official who asked not to be named.")
    #expect(s.first?.kind == .anonymous)
    #expect(s.first?.name == "senior official who asked not to be named")
  }

  @Test func gazetteerCoversAllCapitalsInThreeLanguages() {
    let g = Gazetteer.standard
    for (name, country) in [("Moskau", "Russia"), ("Moscou", "Russia"), ("Erewan", "Armenia"), ("Erevan", "Armenia"), ("the White House", "United States"), ("Canberra", "Australia")] {
      #expect(g.place(name)?.country == country)
    }
    #expect(g.place("Moscow")?.isSeat == true)
    #expect(g.place("Russia")?.isSeat == false)
  }
}

@Suite("Name words")
struct NameWordTests {
  @Test func possessivesSpellingsAndSpacesAreJoined() {
    #expect(Words("Russia's ministry") == Words("russia ministry"))
    #expect(Words("Russia’s ministry") == Words("Russia ministry"))
    #expect(Words("the Defence Ministry").isSubset(of: Words("Russian Defense Ministry the")))
    #expect(Words("Jean-Marc\u{A0}Ayrault").count == 3)
    #expect(!Words("Lavrov").isSubset(of: Words("Sergei Shoigu")))
  }
}
