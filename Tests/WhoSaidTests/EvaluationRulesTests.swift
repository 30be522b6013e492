import Foundation
import Testing

@testable import WhoSaid

/// Invented gold and predictions for the scoring rules of this round: fragments,
/// antecedent spans, leading articles, targets, acts and audiences.
enum RulesFixture {
  static func at(_ needle: String, _ text: String) -> Range<Int> { ScoringFixture.at(needle, text) }

  /// An interrupted quote the gold annotates as two pieces; the prediction gives it once, with fragments.
  static let tf = "\"We are ready,\" the minister said, \"and we will not wait.\" Nothing else."
  /// Names: a carried speaker named earlier, a leading English and a French article.
  static let ts = "Anna Keller, the mayor, spoke first.\n\n\"We are ready.\"\n\nThe Kremlin said talks would go on. L’Élysée a dit que la réunion aurait lieu."
  /// Targets, acts and an audience.
  static let tt = """
    Moscow accused Kyiv of shelling the dam. The ministry told reporters it denied the claims. \
    Officials warned the residents to leave. The union blamed the council for the delay.
    """

  static let gold: [GoldArticle] = [
    GoldArticle(
      id: "f", text: tf,
      quotes: [
        GoldQuote(kind: "direct", content: at("\"We are ready,\"", tf), cue: at("said", tf), speaker: at("the minister", tf)),
        GoldQuote(kind: "direct", content: at("\"and we will not wait.\"", tf), cue: at("said", tf), speaker: at("the minister", tf)),
      ]),
    GoldArticle(
      id: "s", text: ts,
      quotes: [
        GoldQuote(kind: "direct", content: at("\"We are ready.\"", ts), speaker: at("Anna Keller", ts), speakerName: "Anna Keller"),
        GoldQuote(kind: "indirect", content: at("talks would go on", ts), cue: at("said", ts), speaker: at("The Kremlin", ts), speakerName: "Kremlin"),
        GoldQuote(kind: "indirect", content: at("la réunion aurait lieu", ts), cue: at("a dit", ts), speaker: at("L’Élysée", ts), speakerName: "Élysée"),
      ]),
    GoldArticle(
      id: "t", text: tt,
      quotes: [
        GoldQuote(
          kind: "indirect", content: at("of shelling the dam", tt), cue: at("accused", tt), speaker: at("Moscow", tt),
          speakerName: "Moscow", target: at("Kyiv", tt), targetName: "Ukraine", act: "accusation"),
        GoldQuote(
          kind: "indirect", content: at("it denied the claims", tt), cue: at("told", tt), speaker: at("The ministry", tt),
          speakerName: "ministry", act: "statement", audience: at("reporters", tt)),
        GoldQuote(
          kind: "indirect", content: at("to leave", tt), cue: at("warned", tt), speaker: at("Officials", tt),
          speakerName: "officials", target: at("the residents", tt), targetName: "residents", act: "warning"),
        GoldQuote(
          kind: "indirect", content: at("for the delay", tt), cue: at("blamed", tt), speaker: at("The union", tt),
          speakerName: "union", target: at("the council", tt), targetName: "City Council", act: "accusation"),
      ]),
  ]

  static let predictions: [String: [PredictedQuote]] = [
    "f": [
      PredictedQuote(
        kind: "direct", content: at("\"We are ready,\" the minister said, \"and we will not wait.\"", tf),
        speaker: at("the minister", tf), cue: at("said", tf),
        fragments: [at("\"We are ready,\"", tf), at("\"and we will not wait.\"", tf)])
    ],
    "s": [
      // A carried speaker: no phrase, a wrong name, but named where the gold's speaker stands.
      PredictedQuote(kind: "direct", content: at("\"We are ready.\"", ts), speakerName: "A. Keller", speakerAntecedent: at("Anna Keller", ts)),
      PredictedQuote(kind: "indirect", content: at("talks would go on", ts), speakerName: "the Kremlin", cue: at("said", ts)),
      PredictedQuote(kind: "indirect", content: at("la réunion aurait lieu", ts), speakerName: "l'Élysée", cue: at("a dit", ts)),
    ],
    "t": [
      PredictedQuote(
        kind: "indirect", content: at("of shelling the dam", tt), speaker: at("Moscow", tt), speakerName: "Moscow", cue: at("accused", tt),
        target: PredictedTarget(span: at("Kyiv", tt), name: "Kyiv"), act: "accusation"),
      PredictedQuote(
        kind: "indirect", content: at("it denied the claims", tt), speaker: at("The ministry", tt), cue: at("told", tt),
        act: "denial", audience: at("reporters", tt)),
      PredictedQuote(
        kind: "indirect", content: at("to leave", tt), speaker: at("Officials", tt), cue: at("warned", tt),
        target: PredictedTarget(name: "The Residents")),
      PredictedQuote(
        kind: "indirect", content: at("for the delay", tt), speaker: at("The union", tt), cue: at("blamed", tt),
        target: PredictedTarget(span: at("the delay", tt), name: "Council of Europe"), act: "accusation"),
    ],
  ]
}

@Suite struct EvaluationRulesTests {
  func score(_ gold: [GoldArticle], _ preds: [String: [PredictedQuote]]) -> EvaluationReport {
    Scorer().score(gold, predictions: preds)
  }

  @Test func fragmentsMatchThePiecesOfAnInterruptedQuote() {
    let gold = [RulesFixture.gold[0]]
    let whole = RulesFixture.predictions["f"]!
    for c in score(gold, ["f": whole]).coverage {
      // Both pieces found by one prediction, which counts once.
      #expect(c.quotes.truePositives == 2 && c.quotes.matchedPredictions == 1)
      #expect(c.quotes.precision == 1 && c.quotes.recall == 1 && c.quotes.falsePositives == 0)
      #expect(c.cue == Accuracy(correct: 2, total: 2) && c.speaker == Accuracy(correct: 2, total: 2))
    }
    var plain = whole
    plain[0].fragments = []
    #expect(score(gold, ["f": plain]).coverage.allSatisfy { $0.quotes.truePositives == 1 && $0.quotes.falseNegatives == 1 })
    // One fragment is no interrupted quote.
    plain[0].fragments = [whole[0].fragments[0]]
    #expect(score(gold, ["f": plain]).coverage.allSatisfy { $0.quotes.truePositives == 1 })
  }

  @Test func aFragmentOfTheGoldAlreadyMatchedIsNotOfferedAgain() {
    // The prediction covers 0..<100 with fragments 0..<40 and 60..<100; gold 50..<100 takes it whole.
    // Gold 55..<65 overlaps only the second fragment, which overlaps the gold already taken: missed.
    // Gold 0..<40 is the first fragment: found.
    let text = String(repeating: "x", count: 120)
    let gold = [GoldArticle(id: "g", text: text, quotes: [50..<100, 55..<65, 0..<40].map { GoldQuote(kind: "direct", content: $0) })]
    let p = PredictedQuote(kind: "direct", content: 0..<100, fragments: [0..<40, 60..<100])
    let pairs = Scorer.pairs(gold: gold[0].quotes.map(\.content), predicted: [p], threshold: Scorer.Threshold(3, 10))
    #expect(pairs == [Scorer.Pair(gold: 0, predicted: 0, span: 0..<100), Scorer.Pair(gold: 2, predicted: 0, span: 0..<40)])
  }

  @Test func anAntecedentSpanNamesTheSpeaker() {
    let gold = [RulesFixture.gold[1]]
    var preds = RulesFixture.predictions["s"]!
    var c = score(gold, ["s": preds]).coverage[1]
    #expect(c.speaker == Accuracy(correct: 3, total: 3))
    #expect(c.name == Accuracy(correct: 2, total: 3))  // 'A. Keller' is not 'Anna Keller'
    preds[0].speakerAntecedent = nil
    c = score(gold, ["s": preds]).coverage[1]
    #expect(c.speaker == Accuracy(correct: 2, total: 3))
  }

  @Test func oneLeadingArticleIsNoPartOfAName() {
    #expect(ScoreNormalization.name("The Kremlin") == "kremlin")
    #expect(ScoreNormalization.sameName("l’Élysée", "Élysée") && ScoreNormalization.sameName("L'ÉLYSÉE", "élysée"))
    #expect(ScoreNormalization.sameName("Die Bundesregierung", "Bundesregierung"))
    #expect(ScoreNormalization.sameName("  a  spokesman ", "Spokesman") && ScoreNormalization.sameName("Les Verts", "verts"))
    // Only one, only a whole word, and a name that is only an article stays.
    #expect(ScoreNormalization.name("the The Hague") == "the hague" && ScoreNormalization.name("The Hague") == "hague")
    #expect(ScoreNormalization.name("Theresa May") == "theresa may" && ScoreNormalization.name("Anna") == "anna")
    #expect(ScoreNormalization.name("An") == "an" && ScoreNormalization.name("Dems") == "dems")
  }

  @Test func targetsActsAndAudiences() {
    let gold = [RulesFixture.gold[2]]
    let c = score(gold, ["t": RulesFixture.predictions["t"]!]).coverage[0]
    // Kyiv by span, 'The Residents' by name; 'Council of Europe' is not 'City Council', and 'the delay' is no target.
    #expect(c.target == Accuracy(correct: 2, total: 3))
    // accusation twice right; denial for a statement, none for a warning.
    #expect(c.act == Accuracy(correct: 2, total: 4))
    #expect(c.audience == Accuracy(correct: 1, total: 1))
    #expect(c.acts.map(\.act) == ["accusation", "statement", "warning"])
    #expect(c.acts.map { [$0.gold, $0.found, $0.correct] } == [[2, 2, 2], [1, 1, 0], [1, 1, 0]])
    // A gold quote without target, act or audience asks for none.
    let bare = gold.map { a in GoldArticle(id: a.id, text: a.text, quotes: a.quotes.map { GoldQuote(kind: $0.kind, content: $0.content) }) }
    let b = score(bare, ["t": RulesFixture.predictions["t"]!]).coverage[0]
    #expect(b.target.total == 0 && b.act.total == 0 && b.audience.total == 0 && b.acts.isEmpty)
  }

  @Test func theSpeechScopeLeavesOutBeliefsAndEvidence() {
    let text = "Experts believe the dam will hold. The mayor said the road is open. Data show prices rose."
    let at = ScoringFixture.at
    let gold = [
      GoldArticle(
        id: "x", text: text,
        quotes: [
          GoldQuote(kind: "indirect", content: at("the dam will hold", text), statementClass: "belief"),
          GoldQuote(kind: "indirect", content: at("the road is open", text)),
          GoldQuote(kind: "indirect", content: at("prices rose", text), statementClass: "evidence"),
        ])
    ]
    let preds = [
      "x": [
        PredictedQuote(kind: "indirect", content: at("the dam will hold", text), cueClass: "belief"),
        PredictedQuote(kind: "indirect", content: at("the road is open", text), cueClass: "speech"),
        PredictedQuote(kind: "indirect", content: at("prices rose", text)),
      ]
    ]
    let all = score(EvaluationScope.all.apply(gold), EvaluationScope.all.apply(preds)).coverage[0].quotes
    #expect((all.gold, all.predicted, all.truePositives) == (3, 3, 3))
    // Speech: the belief goes from both sides; the evidence from the gold only (the prediction has no class).
    let speech = score(EvaluationScope.speech.apply(gold), EvaluationScope.speech.apply(preds)).coverage[0].quotes
    #expect((speech.gold, speech.predicted, speech.truePositives) == (1, 2, 1))
    #expect(EvaluationScope.speech.apply(gold)[0].quotes.map(\.content) == [at("the road is open", text)])
  }

  @Test func fragmentsAreConvertedToCodePoints() {
    let text = "😀 “Yes,” she said, “and no.”"
    let a = Attribution(
      kind: .direct, content: Fixture.span(of: "“Yes,” she said, “and no.”", in: text)!, text: "",
      fragments: [Fixture.span(of: "“Yes,”", in: text)!, Fixture.span(of: "“and no.”", in: text)!],
      speaker: nil, cue: nil, confidence: 1)
    let p = PredictedQuote.converting([a], in: text)
    #expect(p.map(\.fragments) == [[2..<8, 19..<28]])
    #expect(p.map(\.content) == [2..<28])
  }

  @Test func mistakesFollowFragmentsAndShowBoundaries() {
    let m = Scorer().mistakes(RulesFixture.gold, predictions: RulesFixture.predictions, threshold: Scorer.Threshold(3, 10))
    // Both pieces of the interrupted quote are found (no miss); every found span here is exact but
    // the whole interrupted quote, which matched its longer piece.
    #expect(m.map(\.side) == [.boundary])
    #expect(m.first.map { [$0.article, $0.gold ?? -1, $0.predicted ?? -1] } == [0, 1, 0])
    let text = Array(ScoringFixture.t1.unicodeScalars)
    let found = Scorer().mistakes(ScoringFixture.gold, predictions: ScoringFixture.predictions, threshold: Scorer.Threshold(3, 10))
    // 'She added that taxes would “fall” soon.' found 'taxes would “fall” soon': a boundary mistake.
    let boundaries = found.filter { $0.side == .boundary }
    #expect(boundaries.map { [$0.article, $0.gold ?? -1, $0.predicted ?? -1] } == [[0, 1, 1]])
    #expect(boundaries.first?.predictedSpan.map { String(String.UnicodeScalarView(text[$0])) } == "She added that taxes would “fall” soon.")
  }
}
