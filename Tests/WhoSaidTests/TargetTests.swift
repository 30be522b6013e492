import Foundation
import Testing

@testable import WhoSaid

/// Who accused whom (issue 21): the target, the audience and the act of a claim, in English,
/// German and French, on invented sentences.
@Suite("Targets, audiences and acts")
struct TargetTests {
  static let german = Extractor(profile: .german)
  static let french = Extractor(profile: .french)

  func claim(
    _ text: String, containing content: String, extractor: Extractor = Fixture.extractor,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> Attribution? {
    let a = Fixture.attribution(extractor.extract(text), containing: content)
    #expect(a != nil, "no attribution holding '\(content)' in: \(text)", sourceLocation: sourceLocation)
    return a
  }

  @Test(arguments: [
    // The direct object of a target verb, past an adverbial, before its content's preposition.
    ("Ruritania accused Valdonia on Saturday of moving artillery to the border.", "moving artillery", "Valdonia", Act.accusation),
    ("Mayor Irene Cormier blamed the province for the delay in rebuilding the bridge.", "the delay", "the province", .accusation),
    ("The council urged both governments to pull their forces back.", "pull their forces back", "both governments", .demand),
    ("The league warned Bryce that he could face a fine.", "he could face a fine", "Bryce", .warning),
    ("The union threatened the company with a strike from April.", "a strike from April", "the company", .threat),
    ("Ferro congratulated Westfield on a fine season.", "a fine season", "Westfield", .praise),
    // A particle verb whose particle is the party's preposition.
    ("Labour MP Sian Jarvis called on the government to close the loophole.", "close the loophole", "the government", .demand),
    // An object pronoun; `her` before `to` is no possessive.
    ("Levesque called on her to publish the staffing figures.", "publish the staffing figures", "her", .demand),
    // A title before a name (`told reporters Ruritania …` ends the phrase at `reporters`).
    ("Coach Colin Bryce criticised referee Paul Tate for losing control of the game.", "losing control", "referee Paul Tate", .criticism),
    // An appositive name stands for the description before it.
    ("Gov. Maria Delgado attacked her challenger, Todd Harmon, over his plan to end the tax credit.", "his plan", "Todd Harmon", .criticism),
  ])
  func englishTargets(text: String, content: String, target: String, act: Act) {
    let a = claim(text, containing: content)
    #expect(a?.target?.text == target)
    #expect(a?.act == act)
  }

  @Test func theTargetIsOutOfTheContent() {
    // `charged [Harmon] with …`: the content starts after the target, as the gold has it.
    let a = claim("The committee charged Harmon with misleading voters about the credit.", containing: "misleading voters")
    #expect(a?.text == "with misleading voters about the credit")
    #expect(a?.target?.text == "Harmon")
    // A thing stays the content: no target.
    let b = claim("Trump questioned the integrity of the voting system.", containing: "voting system")
    #expect(b?.text == "the integrity of the voting system")
    #expect(b?.target == nil)
  }

  @Test func passivesHaveTheAgentAsSpeakerAndTheSubjectAsTarget() {
    let a = claim("Earlier in March, Valdonia was accused by Strelsau of flying drones over a power station.", containing: "flying drones")
    #expect(a?.speaker?.text == "Strelsau")
    #expect(a?.target?.text == "Valdonia")
    let b = claim(
      "Haslinger wird von der Opposition außerdem vorgeworfen, einen Parteifreund bevorzugt zu haben.", containing: "einen Parteifreund",
      extractor: Self.german)
    #expect(b?.speaker?.text == "der Opposition")
    #expect(b?.target?.text == "Haslinger")
    #expect(b?.act == .accusation)
  }

  @Test func theTargetIsResolvedLikeASpeaker() {
    let a = claim("Russia accused Baku on Saturday of violating the ceasefire.", containing: "violating the ceasefire")
    #expect(a?.target?.name == "Baku")
    #expect(a?.target?.kind == .government)
    #expect(a?.target?.country == "Azerbaijan")
    // A pronoun target never names the claim's own speaker.
    let text = "Yerevan said on Friday that the talks had failed. Baku accused it of stalling the talks."
    let b = claim(text, containing: "stalling the talks")
    #expect(b?.speaker?.name == "Baku")
    #expect(b?.target?.text == "it")
    #expect(b?.target?.name == "Yerevan")
    #expect(b?.target?.country == "Armenia")
  }

  @Test func resolvingAPartyChangesNothingTheResolverKnows() {
    // `Tate` alone is no mention; resolved as a speaker it becomes an entity a later `he` may
    // name, resolved as a party it does not.
    let profile = LanguageProfile.english
    var doc = Document()
    let bytes = Array("Jane Ward said Tate lied.".utf8)
    bytes.withUnsafeBufferPointer { p in
      doc.read(p, tokenizer: Tokenizer(table: profile.table), language: Language(profile))
      var r = EntityResolver(profile: profile, gazetteer: .standard, known: [], owner: Extractor.Identity())
      let party = r.resolveParty(3..<4, in: doc, besides: nil)
      #expect(party.name == "Tate")
      #expect(r.entities.isEmpty && r.recent.isEmpty && !r.frozen)
      _ = r.resolve(3..<4, in: doc, position: 3)
      #expect(r.entities.count == 1)
    }
  }

  @Test(arguments: [
    ("The mayor told reporters that the pool would reopen in May.", "the pool would reopen", "reporters"),
    ("Tom Aldridge told the BBC that drivers were paid well.", "drivers were paid well", "the BBC"),
    ("Qureshi said in an interview with Reuters that more drivers had come forward.", "more drivers had come forward", "Reuters"),
    ("Paula Gaudet wrote to the council in March that her sales had fallen.", "her sales had fallen", "the council"),
    ("\"We will fix it,\" Asante told Eastvale Radio.", "We will fix it", "Eastvale Radio"),
  ])
  func englishAudiences(text: String, content: String, audience: String) {
    let a = claim(text, containing: content)
    #expect(a?.audience?.text == audience)
    #expect(a?.target == nil)
  }

  @Test(arguments: [
    ("Lorenz warf dem Regierungschef zudem vor, ein Gutachten geschönt zu haben.", "ein Gutachten", "dem Regierungschef", Act.accusation),
    ("Oslo hat Reykjavík vorgeworfen, die Quoten überschritten zu haben.", "die Quoten", "Reykjavík", .accusation),
    ("Dem Angeklagten wirft die Staatsanwaltschaft vor, Kunden betrogen zu haben.", "Kunden betrogen", "Dem Angeklagten", .accusation),
    ("Die Bank beschuldigt ihren früheren Mitarbeiter, das Kontrollsystem umgangen zu haben.", "das Kontrollsystem", "ihren früheren Mitarbeiter", .accusation),
    ("Reuter appellierte an die Landesregierung, die Pauschale zu erhöhen.", "die Pauschale", "die Landesregierung", .demand),
    ("Okoro forderte den Kanzler auf, ein Machtwort zu sprechen.", "sprechen", "den Kanzler", .demand),
  ])
  func germanTargets(text: String, content: String, target: String, act: Act) {
    let a = claim(text, containing: content, extractor: Self.german)
    #expect(a?.target?.text == target)
    #expect(a?.act == act)
  }

  @Test(arguments: [
    ("Pfeil sagte dem Sender Sport Nord, sie habe die Szene geprüft.", "sie habe die Szene", "dem Sender Sport Nord"),
    ("„Das ist ein Bruch des Abkommens“, sagte Lindvik der Zeitung „Nordpost“.", "Bruch des Abkommens", "der Zeitung „Nordpost“"),
    ("Wendler sagte im Gespräch mit der dpa, man sei zu einem Vergleich bereit.", "man sei zu einem Vergleich", "der dpa"),
  ])
  func germanAudiences(text: String, content: String, audience: String) {
    #expect(claim(text, containing: content, extractor: Self.german)?.audience?.text == audience)
  }

  @Test(arguments: [
    ("Raphaël Combes a accusé mardi le gouvernement de « mentir » sur le coût de la réforme.", "mentir", "le gouvernement", Act.accusation),
    ("Il a reproché à la ministre du Travail, Claire Dumontel, d'avoir refusé de transmettre l'étude.", "refusé de transmettre", "Claire Dumontel", .criticism),
    ("Le président du club, Patrick Lenoir, a demandé à la ligue du Valmont de revoir la sanction « à la lumière des images ».", "revoir la sanction", "la ligue du Valmont", .demand),
    ("Le gouvernement a sommé samedi la Valdonie de retirer ses troupes.", "retirer ses troupes", "la Valdonie", .demand),
  ])
  func frenchTargets(text: String, content: String, target: String, act: Act) {
    let a = claim(text, containing: content, extractor: Self.french)
    #expect(a?.target?.text == target)
    #expect(a?.act == act)
  }

  @Test func frenchAudiences() {
    let a = claim("« Je dédie cette victoire à mon équipe », a confié Mme Meddour à l'AFP.", containing: "Je dédie", extractor: Self.french)
    #expect(a?.audience?.text == "l'AFP")
    let b = claim("Le directeur a affirmé au Courrier de Lorvan que les postes avaient été redéployés.", containing: "les postes", extractor: Self.french)
    #expect(b?.audience?.text == "Courrier de Lorvan")
  }

  @Test(arguments: [
    // The cue decides: the content never changes the act.
    ("The mayor said that the contractor was to blame for the delay.", "the contractor was to blame", Act.statement),
    ("The club denied that it had broken the rules.", "it had broken the rules", .denial),
    ("The minister admitted that the figures were wrong.", "the figures were wrong", .admission),
    ("Forecasters predicted that the storm would reach the coast.", "the storm would reach", .prediction),
    ("Engineers believe that the dam will hold.", "the dam will hold", .belief),
    // [ask-wh] and [ask-to].
    ("The senator asked whether the bridge would reopen.", "the bridge would reopen", .question),
    ("Parents asked trustees on Tuesday to delay the plan.", "delay the plan", .demand),
    ("\"Who pays for this?\" the councillor asked.", "Who pays for this?", .question),
    // [future] and [deontic].
    ("The mayor assured residents that the pool would reopen in May.", "the pool would reopen", .promise),
    ("The union insisted that the plant should stay open.", "the plant should stay open", .demand),
    // [noun-act].
    ("The bishop expressed concern that the shelter would close.", "the shelter would close", .belief),
  ])
  func actsFromTheCueThenTheContext(text: String, content: String, act: Act) {
    #expect(claim(text, containing: content)?.act == act)
  }

  @Test func actRulesInGermanAndFrench() {
    #expect(claim("Der Minister fragte, ob die Brücke halte.", containing: "ob die Brücke", extractor: Self.german)?.act == .question)
    #expect(claim("Le maire a demandé si le pont tiendrait.", containing: "le pont tiendrait", extractor: Self.french)?.act == .question)
    #expect(claim("Le maire a assuré que la piscine rouvrirait en mai.", containing: "la piscine", extractor: Self.french)?.act == .promise)
  }

  @Test func aCarriedQuoteTakesTheActOfTheReportItContinues() {
    let text = """
      "The guns came at night," Anna Keller warned.

      "They are still there."
      """
    let found = Fixture.extract(text)
    let carried = Fixture.attribution(found, containing: "still there")
    #expect(carried?.speaker?.resolution == .carried)
    #expect(carried?.act == .warning)
  }

  @Test func everyRowOfEveryTableHasAnActAndRoles() {
    for profile in [LanguageProfile.english, .german, .french] {
      #expect(!profile.cues.isEmpty)
      let targets = profile.cues.indices.map { profile.semantics(ofCue: $0) }.filter { $0.object == .target || $0.dative == .target || $0.prepositions.contains { $0.role == .target } }
      #expect(targets.count > 20, "\(profile.code): \(targets.count) cues with a target")
      #expect(profile.cues.indices.contains { profile.semantics(ofCue: $0).act == .accusation })
      #expect(profile.nounCueOfWord.contains { $0 >= 0 }, "\(profile.code): no noun cue")
    }
    // The additions of issue 21 are cues with their act.
    func act(_ p: LanguageProfile, _ lemma: String) -> CueSemantics? { p.cues.firstIndex { $0.lemma == lemma }.map { p.semantics(ofCue: $0) } }
    #expect(act(.english, "sue")?.act == .accusation)
    #expect(act(.german, "danken")?.act == .praise && act(.german, "danken")?.dative == .target)
    #expect(act(.french, "porter plainte")?.act == .accusation)
    // A cue added with `--cues` is a statement with no parties.
    let added = LanguageProfile.english.adding(cues: "parrot|parrot parrots parroted|clause")
    #expect(added.semantics(ofCue: added.cues.count - 1) == CueSemantics())
  }

  @Test func theRecordCarriesActTargetAndAudience() throws {
    let text = "Russia accused Baku on Saturday of violating the ceasefire. The ministry told reporters that talks had failed."
    var w = JSONWriter()
    var copy = text
    copy.withUTF8 { t in
      RecordWriter.writeArticle(
        id: Array("\"a\"".utf8), lang: "en", text: t, attributions: Fixture.extract(text), options: RecordOptions(), into: &w)
    }
    let line = String(decoding: w.bytes, as: UTF8.self)
    #expect(line.contains(#""act":"accusation","target":{"text":"Baku","start":15,"end":19,"name":"Baku","kind":"government","resolution":"metonymy","country":"Azerbaijan"}"#))
    #expect(line.contains(#""act":"statement","audience":{"text":"reporters""#))
  }
}

/// The reference article's two targets and seven acts (it lives in ../shared).
@Suite("Reference article targets", .enabled(if: Fixture.hasShared, "../shared/eval/seed.jsonl is absent (it is not part of the repository)"))
struct ReferenceTargetTests {
  struct Seed: Decodable {
    struct Span: Decodable { var start: Int; var end: Int }
    struct Quote: Decodable { var content: Span; var act: String?; var target: Span?; var target_name: String? }
    var text: String
    var quotes: [Quote]
  }

  @Test func targetsAndActsAsAnnotated() throws {
    let data = try Data(contentsOf: Fixture.shared.appendingPathComponent("eval/seed.jsonl"))
    let seed = try JSONDecoder().decode(Seed.self, from: Data(try #require(data.split(separator: 0x0A).first)))
    let found = Fixture.extract(seed.text)
    let scalars = Array(seed.text.unicodeScalars)
    func str(_ s: Seed.Span) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
    var targets = 0
    for q in seed.quotes {
      let content = str(q.content)
      let m = try #require(found.first { $0.text.contains(content) || content.contains($0.text) && $0.text.count * 2 > content.count })
      #expect(m.act.rawValue == q.act, "\(content)")
      #expect(m.target?.name == q.target_name, "\(content)")
      if let t = q.target {
        targets += 1
        #expect(m.target?.text == str(t))
      }
    }
    #expect(targets == 2)
    let baku = found.first { $0.target?.name == "Baku" }?.target
    #expect(baku?.kind == .government)
    #expect(baku?.country == "Azerbaijan")
  }
}

/// The report's who-accused-whom table and the targets in its tooltips.
@Suite("Who accused whom in the report")
struct PartyReportTests {
  @Test func theTableLinksEachPairToItsClaims() {
    var report = HTMLReport(title: "t", maxArticles: 1)
    let first = "Russia accused Baku on Saturday of violating the ceasefire. The ministry told reporters that talks had failed."
    let second = "Russia accused Baku again of moving troops. Yerevan urged Moscow to act."
    report.add(id: "a", text: first, attributions: Fixture.extract(first))
    report.add(id: "b", text: second, attributions: Fixture.extract(second))
    let page = report.html()
    #expect(page.contains("<h3>Who accused whom</h3>"))
    // Two accusations of Baku by Russia, one linked (the second article is not shown).
    #expect(page.contains("<tr><td>Russia</td><td>→</td><td>Baku</td><td>accusation</td><td class=\"n\">2</td><td><a href=\"#a1-q0\">1</a></td></tr>"))
    #expect(page.contains("<tr><td>Yerevan</td><td>→</td><td>Moscow</td><td>demand</td><td class=\"n\">1</td><td></td></tr>"))
    #expect(page.contains("<mark id=\"a1-q0\""))
    #expect(!page.contains("@q"))
    // The tooltips name the act, the target and the audience.
    #expect(page.contains("act: accusation&#10;target: Baku") || page.contains("act: accusation\ntarget: Baku"))
    #expect(page.contains("audience: reporters"))
  }

  @Test func noTargetNoTable() {
    var report = HTMLReport(title: "t")
    let text = "The mayor said that the pool would reopen."
    report.add(id: "a", text: text, attributions: Fixture.extract(text))
    #expect(!report.html().contains("Who accused whom"))
  }
}
