import Foundation
import Testing
import WhoSaid

/// The articles in corpora/ were written for this project with gold annotations;
/// the extractor must find every gold quote and its speaker.
@Suite("Sample corpora")
struct CorporaTests {
  struct Gold: Decodable {
    struct Span: Decodable { var start: Int; var end: Int }
    struct Quote: Decodable {
      var kind: String
      var content: Span
      var speaker: Span?
      var speaker_name: String?
    }
    var id: String
    var text: String
    var quotes: [Quote]
  }

  static func load(_ file: String) throws -> [Gold] {
    let url = Fixture.packageRoot.appendingPathComponent("corpora/\(file)")
    let data = try Data(contentsOf: url)
    return try data.split(separator: 0x0A).map { try JSONDecoder().decode(Gold.self, from: Data($0)) }
  }

  /// Code point offsets of a UTF-8 span.
  static func codepoints(_ s: TextSpan, in text: String) -> (Int, Int) {
    let u = Array(text.utf8)
    let a = String(decoding: u[0..<s.start], as: UTF8.self).unicodeScalars.count
    let b = String(decoding: u[0..<s.end], as: UTF8.self).unicodeScalars.count
    return (a, b)
  }

  @Test(arguments: ["marks-en.jsonl", "speakers-en.jsonl", "claims-en.jsonl", "example.gold.jsonl"])
  func everyGoldQuoteIsFoundWithItsSpeaker(file: String) throws {
    // Anonymous and group sources are named as written, titles apart (issue 19): every name agrees.
    try check(file, extractor: Fixture.extractor, names: 0.97)
  }

  /// The articles written for every wrong-name shape of issue 19 (credits, bills, counties,
  /// titles, possessives, carried speakers, acronyms, party tags, organisations' names).
  @Test func namesOfEveryShape() throws {
    // (Not every quote there is found at 0.8 or of the gold's kind: only the names are checked.)
    try check("names-en.jsonl", extractor: Fixture.extractor, names: 0.93, strict: false)
  }

  /// The German and French articles, read with the profile their language is detected as.
  @Test(arguments: ["claims-de.jsonl", "claims-fr.jsonl"])
  func germanAndFrenchGoldQuotesAreFound(file: String) throws {
    let code = String(file.dropLast(6).suffix(2))
    for article in try Self.load(file) { #expect(LanguageDetector.detect(article.text) == code, "\(article.id)") }
    let profile = try #require(LanguageProfile.named(code))
    try check(file, extractor: Extractor(profile: profile), names: 0.75)
  }

  func check(_ file: String, extractor: Extractor, names share: Double, strict: Bool = true) throws {
    var quotes = 0
    var found = 0
    var named = 0
    var withName = 0
    for article in try Self.load(file) {
      let predicted = extractor.extract(article.text).map { a in
        (span: Self.codepoints(a.content, in: article.text), kind: a.kind.rawValue, name: a.speaker?.name)
      }
      for q in article.quotes {
        quotes += 1
        let match = predicted.first { p in
          let overlap = min(p.span.1, q.content.end) - max(p.span.0, q.content.start)
          return Double(overlap) >= 0.8 * Double(q.content.end - q.content.start)
        }
        guard let m = match else {
          if strict { Issue.record("\(article.id): missed \(q.kind) quote at \(q.content.start)") }
          continue
        }
        found += 1
        if strict { #expect(m.kind == q.kind, "\(article.id) at \(q.content.start)") }
        if q.speaker_name != nil || q.speaker != nil {
          withName += 1
          if m.name == q.speaker_name { named += 1 }
        }
      }
    }
    if strict { #expect(found == quotes) }
    // Resolved names: all but the hardest few (anonymous phrasing) must agree.
    #expect(Double(named) >= share * Double(withName), "\(named) of \(withName) names")
  }
}
