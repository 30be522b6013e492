import Foundation
import Testing

@testable import WhoSaid

/// Conflicts: one quote pinned on different people, not on one person by several names.
@Suite("Quote linking: speakers and conflicts")
struct LinkSpeakerTests {
  typealias F = LinkFixture
  let quote = "Nobody in this council ever voted to sell the playing fields behind the school."

  @Test func oneQuotePinnedOnTwoPeopleIsAConflict() throws {
    let groups = try F.link([F.record("a1", [F.direct(quote, by: "Ann Lee")]), F.record("a2", [F.direct(quote, by: "Bob Stone")])])
    let g = try #require(groups.first)
    #expect(g.conflict)
    #expect(g.speakers.map(\.name) == ["Ann Lee", "Bob Stone"])
  }

  @Test func onePersonByFourNamesIsNoConflict() throws {
    let groups = try F.link([
      F.record("a1", [F.direct(quote, by: "Joe Smith")]),
      F.record("a2", [F.direct(quote, by: "Smith")]),
      F.record("a3", [F.direct(quote, by: "President Smith")]),
      F.record("a4", [F.direct(quote, by: "J. Smith")]),
      F.record("a5", [F.direct(quote, by: "Joe Smith")]),
    ])
    let g = try #require(groups.first)
    #expect(!g.conflict)
    #expect(g.speakers.count == 1)
    #expect(g.speakers.first?.name == "Joe Smith")
    #expect(g.speakers.first?.count == 5)
    #expect(Set(g.speakers.first?.aliases ?? []) == ["Smith", "President Smith", "J. Smith"])
  }

  @Test func aSharedSurnameWithDifferentGivenNamesIsAConflict() throws {
    let groups = try F.link([F.record("a1", [F.direct(quote, by: "Mary Novak")]), F.record("a2", [F.direct(quote, by: "Peter Novak")])])
    #expect(groups.first?.conflict == true)
  }

  @Test func aCommonPhraseSaidByTwoPeopleIsAGroupButNoConflict() throws {
    let groups = try F.link([
      F.record("a1", [F.direct("We will not give up.", by: "Ann Lee")]),
      F.record("a2", [F.direct("We will not give up!", by: "Bob Stone")]),
    ])
    let g = try #require(groups.first)
    #expect(g.articles == 2)
    #expect(!g.conflict)
    #expect(g.speakers.count == 2)
  }

  @Test func descriptionsAndUnnamedSpeakersNeverConflict() throws {
    var none = F.direct(quote, by: nil)
    none.hasSpeaker = false
    let groups = try F.link([
      F.record("a1", [F.direct(quote, by: "Ann Lee")]),
      F.record("a2", [F.direct(quote, by: "spokesman")]),
      F.record("a3", [F.direct(quote, by: nil, kind: "anonymous")]),
      F.record("a4", [none]),
      F.record("a5", [F.direct(quote, by: "Treasury Secretary")]),
    ])
    let g = try #require(groups.first)
    #expect(!g.conflict)
    #expect(g.speakers.first { $0.name == nil }?.count == 2)
  }

  @Test func ownersOfAndAccentsAreNotPartOfTheName() {
    func same(_ a: String, _ b: String) -> Bool {
      guard let x = SpeakerIdentity(name: a, kind: "person", country: nil), let y = SpeakerIdentity(name: b, kind: "person", country: nil) else { return false }
      return x.same(y)
    }
    #expect(same("Ann Lee of the Harbour Trust", "Ann Lee"))
    #expect(same("the Gazette's Ann Lee", "Ann Lee"))
    #expect(same("Ann Lee's", "Ann Lee"))
    #expect(same("José Núñez", "Jose Nunez"))
    #expect(same("Joe Smith Jr.", "Joe Smith"))
    #expect(same("U.S. Trade Representative Ann Lee", "Ann Lee"))
    #expect(same("ANL", "Atlantic Navigation League"))
    #expect(!same("K. Smith", "Joe Smith"))
    #expect(!same("Ann Lee", "Ann Stone"))
    #expect(SpeakerIdentity(name: "HARBOUR TRUST SAYS", kind: "person", country: nil) == nil)
    #expect(SpeakerIdentity(name: "the company", kind: "organization", country: nil) == nil)
  }

  @Test func governmentsAreTheirCountry() {
    let kremlin = SpeakerIdentity(name: "Kremlin", kind: "government", country: "Russia")
    let moscow = SpeakerIdentity(name: "Moscow", kind: "government", country: "Russia")
    let paris = SpeakerIdentity(name: "Paris", kind: "government", country: "France")
    #expect(kremlin.map { k in moscow.map { k.same($0) } ?? false } == true)
    #expect(kremlin.map { k in paris.map { k.same($0) } ?? false } == false)
  }

  @Test func shortOccurrencesDoNotMakeAConflictInsideALongGroup() throws {
    // Bob Stone's seven words are a part of Ann Lee's quote: grouped, but too short to
    // say the whole quote was pinned on him.
    let long = "Nobody in this council ever voted to sell the playing fields behind the school, and nobody will."
    let groups = try F.link([
      F.record("a1", [F.direct(long, by: "Ann Lee")]),
      F.record("a2", [F.direct("sell the playing fields behind the school", by: "Bob Stone")]),
    ])
    let g = try #require(groups.first)
    #expect(g.articles == 2)
    #expect(!g.conflict)
  }
}

/// The Spark stage's rules (examples/spark/linkrules.py) hold the same word lists.
@Suite("Quote linking: the Python rules' word lists")
struct LinkRulesParityTests {
  @Test func titlesAndSuffixesAreTheSameInPython() throws {
    let source = try String(
      contentsOf: Fixture.packageRoot.appendingPathComponent("examples/spark/linkrules.py"), encoding: .utf8)
    func words(after marker: String, until end: String) -> Set<String> {
      guard let start = source.range(of: marker), let stop = source.range(of: end, range: start.upperBound..<source.endIndex) else { return [] }
      return Set(source[start.upperBound..<stop.lowerBound].split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "\"" }).map(String.init))
    }
    #expect(words(after: "TITLES = set(\"\"\"", until: "\"\"\"") == SpeakerIdentity.titles)
    #expect(words(after: "SUFFIXES = {", until: "}") == SpeakerIdentity.suffixes)
  }
}
