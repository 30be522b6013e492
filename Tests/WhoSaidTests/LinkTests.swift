import Foundation
import Testing

@testable import WhoSaid

/// `whosaid link`'s grouping on invented dumps: what counts as the same words.
@Suite("Quote linking: groups")
struct LinkTests {
  typealias F = LinkFixture

  @Test func exactRepeatsAcrossArticlesAreOneGroupInInputOrder() throws {
    let q = "The harbour will reopen to fishing boats before the end of the month."
    let groups = try F.link([
      F.record("a1", [F.direct(q, by: "Ann Lee")]),
      F.record("a2", [F.direct("Something else entirely was said about the weather today.", by: "Bob Stone")]),
      F.record("a3", [F.direct(q, by: "Ann Lee")]),
      F.record("a4", [F.direct(q, by: "Ann Lee")]),
    ])
    #expect(groups.count == 1)
    let g = try #require(groups.first)
    #expect(F.ids(g) == ["a1", "a3", "a4"])
    #expect(g.articles == 3)
    #expect(g.words == 13)
    #expect(!g.conflict)
    #expect(g.speakers == [QuoteGroup.SpeakerCount(name: "Ann Lee", aliases: [], count: 3)])
  }

  @Test func aQuoteRepeatedInOneArticleOnlyIsNoGroup() throws {
    let q = "The harbour will reopen to fishing boats before the end of the month."
    let groups = try F.link([F.record("a1", [F.direct(q, by: "Ann Lee"), F.direct(q, by: "Ann Lee")])])
    #expect(groups.isEmpty)
  }

  @Test func marksCaseSpacingAndApostrophesDoNotMatter() throws {
    let groups = try F.link([
      F.record("a1", [F.direct("We\u{2019}re not going to close the clinic, not this year.", by: "Ann Lee")]),
      F.record("a2", [LinkFixture.Quote(text: "\"we're NOT going to close the clinic -- not  this year!\"", speaker: "Ann Lee")]),
      F.record("a3", [LinkFixture.Quote(text: "\u{2018}We're not going to close the clinic; not this year\u{2019}", speaker: "Ann Lee")]),
    ])
    #expect(groups.count == 1)
    #expect(groups.first?.articles == 3)
  }

  @Test func aPartOfSixWordsOrMoreJoinsTheLongerQuote() throws {
    let long = "We have spent a year rebuilding the sea wall, and the harbour will reopen to fishing boats before the end of the month, whatever the weather does."
    let groups = try F.link([
      F.record("a1", [F.direct(long, by: "Ann Lee")]),
      F.record("a2", [F.direct("the harbour will reopen to fishing boats", by: "Ann Lee")]),
      F.record("a3", [F.direct("reopen to fishing boats before", by: "Ann Lee")]),  // five words: too short to be a part
    ])
    #expect(groups.count == 1)
    let g = try #require(groups.first)
    #expect(F.ids(g) == ["a1", "a2"])
    #expect(g.text.contains("sea wall"))
    #expect(g.words == 27)
  }

  @Test func oneChangedWordLinksFromEightWords() throws {
    let groups = try F.link([
      F.record("a1", [F.direct("Our volunteers cleared three kilometres of beach in a single afternoon.", by: "Ann Lee")]),
      F.record("a2", [F.direct("Our volunteers cleared four kilometres of beach in a single afternoon.", by: "Ann Lee")]),
      F.record("a3", [F.direct("The ferry leaves at nine sharp.", by: "Bob Stone")]),
      F.record("a4", [F.direct("The ferry leaves at ten sharp.", by: "Bob Stone")]),
    ])
    #expect(groups.count == 1)
    #expect(groups.first.map(F.ids) == ["a1", "a2"])
  }

  @Test func aDroppedWordIsOneEdit() throws {
    let groups = try F.link([
      F.record("a1", [F.direct("I can tell you that the budget for the new school is already spent.", by: "Ann Lee")]),
      F.record("a2", [F.direct("I can tell you the budget for the new school is already spent.", by: "Ann Lee")]),
    ])
    #expect(groups.count == 1)
  }

  @Test func twoChangedWordsLinkFromTwelveWords() throws {
    let groups = try F.link([
      F.record("a1", [F.direct("We will publish the full report on the flooding once the inspectors have finished.", by: "Ann Lee")]),
      F.record("a2", [F.direct("We will release the full report on the flooding when the inspectors have finished.", by: "Ann Lee")]),
      F.record("a3", [F.direct("The library will stay open late on Fridays this winter.", by: "Bob Stone")]),
      F.record("a4", [F.direct("The library will remain open late on Thursdays this winter.", by: "Bob Stone")]),
    ])
    #expect(groups.count == 1)
    #expect(groups.first.map(F.ids) == ["a1", "a2"])
  }

  @Test func unrelatedQuotesSharingACommonPhraseAreNotChainedIntoOneGroup() throws {
    // Both long quotes contain the bare phrase, which on its own would link to either.
    let groups = try F.link([
      F.record("a1", [F.direct("After the storm we rebuilt the pier, and I think it is a step in the right direction for the whole town.", by: "Ann Lee")]),
      F.record("a2", [F.direct("Nobody expected the vote to pass, but it is a step in the right direction for our members.", by: "Bob Stone")]),
      F.record("a3", [F.direct("a step in the right direction", by: "Cara Diaz")]),
      F.record("a4", [F.direct("a step in the right direction", by: "Dan Eze")]),
    ])
    // The phrase is a group of its own (two articles), of no long quote, and no conflict.
    #expect(groups.count == 1)
    let g = try #require(groups.first)
    #expect(F.ids(g) == ["a3", "a4"])
    #expect(!g.conflict)
  }

  @Test func aPartInsideOneQuoteAndItsLongerFormsStillJoins() throws {
    // The part is inside both longer forms, and the shorter of those is itself a part of the longest.
    let longest = "The council met for six hours, the vote was close, and in the end the bridge will be closed to lorries from Monday morning."
    let middle = "the vote was close, and in the end the bridge will be closed to lorries"
    let groups = try F.link([
      F.record("a1", [F.direct(longest, by: "Ann Lee")]),
      F.record("a2", [F.direct(middle, by: "Ann Lee")]),
      F.record("a3", [F.direct("the bridge will be closed to lorries", by: "Ann Lee")]),
    ])
    #expect(groups.count == 1)
    #expect(groups.first.map(F.ids) == ["a1", "a2", "a3"])
  }

  @Test func fragmentsOfMixedQuotesAndSplitQuotesAreOccurrences() throws {
    // Mixed: `Ann Lee said the plan was "a waste of money that nobody in this town asked for".`
    let mixed = "the plan was \"a waste of money that nobody in this town asked for\""
    let fragment = "\"a waste of money that nobody in this town asked for\""
    let start = 10 + 13
    var m = LinkFixture.Quote(kind: "mixed", text: mixed, speaker: "Ann Lee")
    m.fragments = [(start, start + fragment.unicodeScalars.count)]
    // Split: "A waste of money," she said, "that nobody in this town asked for."
    let split = "\u{201C}A waste of money,\u{201D} she said, \u{201C}that nobody in this town asked for.\u{201D}"
    var s = LinkFixture.Quote(text: split, speaker: "Ann Lee")
    s.fragments = [(10, 10 + 19), (10 + 30, 10 + split.unicodeScalars.count)]
    let groups = try F.link([F.record("a1", [m]), F.record("a2", [s])])
    #expect(groups.count == 1)
    let g = try #require(groups.first)
    #expect(g.occurrences.map(\.kind) == [.mixed, .direct])
    #expect(g.occurrences[0].text == fragment)
    #expect(g.occurrences[0].start == start)
    #expect(g.occurrences[1].text == "\u{201C}A waste of money,\u{201D} \u{2026} \u{201C}that nobody in this town asked for.\u{201D}")
  }

  @Test func indirectQuotesAndShortQuotesAreNotLinked() throws {
    var ind = LinkFixture.Quote(kind: "indirect", text: "the harbour will reopen to fishing boats before the end of the month", speaker: "Ann Lee")
    ind.fragments = []
    let groups = try F.link([
      F.record("a1", [ind, F.direct("No comment.", by: "Ann Lee")]),
      F.record("a2", [ind, F.direct("No comment.", by: "Bob Stone")]),
    ])
    #expect(groups.isEmpty)
  }

  @Test func editDistanceAgreesWithTheFullDynamicProgramme() {
    func full(_ a: [UInt64], _ b: [UInt64]) -> Int {
      var d = Array(0...b.count)
      for i in 1...max(1, a.count) where !a.isEmpty {
        var prev = d[0]
        d[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
          let keep = d[j]
          d[j] = min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1))
          prev = keep
        }
      }
      return a.isEmpty ? b.count : d[b.count]
    }
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<400 {
      let a = (0..<Int.random(in: 0...9, using: &rng)).map { _ in UInt64.random(in: 0...3, using: &rng) }
      let b = (0..<Int.random(in: 0...9, using: &rng)).map { _ in UInt64.random(in: 0...3, using: &rng) }
      let d = full(a, b)
      for k in 0...3 {
        let fast = a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { TextLinks.withinEdits(pa, $0, k) } }
        #expect(fast == (d <= k), "\(a) \(b) k=\(k) d=\(d)")
      }
    }
  }
}
