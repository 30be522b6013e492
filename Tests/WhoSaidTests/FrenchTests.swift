import Testing
import WhoSaid

/// French: `« … »` with (narrow) no-break spaces, `a déclaré X`, inverted `a-t-il
/// déclaré` and `ajoute-t-elle`, `selon`, `d'après`, `de l'avis de`, elisions.
@Suite("French")
struct FrenchTests {
  static let extractor = Extractor(profile: .french)
  func extract(_ text: String) -> [Attribution] { Self.extractor.extract(text) }

  @Test(arguments: [" ", "\u{A0}", "\u{202F}"])
  func guillemetsWithSpaces(space: String) throws {
    let text = "«\(space)Nous ne céderons pas\(space)», a déclaré Pierre Martin."
    let a = try #require(extract(text).first)
    #expect(a.kind == .direct)
    #expect(a.text == "«\(space)Nous ne céderons pas\(space)»")
    #expect(a.speaker?.name == "Pierre Martin")
    #expect(a.cue?.lemma == "déclarer")
  }

  @Test func invertedPronouns() throws {
    let text = "« Le projet avance », a déclaré Claire Dubois. « Nous serons prêts en mai », a-t-elle ajouté. « C'est trop tard », ajoute-t-il."
    let found = extract(text)
    let second = try #require(found.first { $0.text.contains("mai") })
    #expect(second.speaker?.name == "Claire Dubois")
    #expect(second.speaker?.resolution == .pronoun)
    #expect(second.cue?.lemma == "ajouter")
    let third = try #require(found.first { $0.text.contains("tard") })
    #expect(third.speaker?.resolution == .pronoun)
  }

  @Test func reportedClauseWithQue() throws {
    let a = try #require(extract("Le ministre Paul Girard a affirmé qu'il ne démissionnerait pas.").first)
    #expect(a.kind == .indirect)
    #expect(a.text == "il ne démissionnerait pas")
    #expect(a.speaker?.name == "Paul Girard")
  }

  @Test func sourcePhrases() throws {
    let selon = try #require(extract("Selon la préfecture, aucune victime n'est à déplorer.").first)
    #expect(selon.speaker?.text == "la préfecture")
    #expect(selon.text == "aucune victime n'est à déplorer")
    let dapres = try #require(extract("D’après Marie Leroy, le chantier durera deux ans.").first)
    #expect(dapres.speaker?.name == "Marie Leroy")
    #expect(dapres.cue?.text == "D’après")
    let avis = try #require(extract("De l'avis des experts, la crise va durer.").first)
    #expect(avis.speaker?.text == "experts")
  }

  @Test func titlesAndAbbreviations() throws {
    let text = "Anne Morel a été élue maire. « Merci à tous », a déclaré Mme Morel. M. Bernard Petit a dit que la ville changerait."
    let found = extract(text)
    #expect(found.first { $0.text.contains("Merci") }?.speaker?.name == "Anne Morel")
    #expect(found.first { $0.text.contains("ville") }?.speaker?.name == "Bernard Petit")
  }

  @Test func elisionsAreWords() throws {
    let a = try #require(extract("Selon l'AFP, le sommet est reporté.").first)
    #expect(a.speaker?.text == "l'AFP")
    #expect(a.text == "le sommet est reporté")
  }
}
