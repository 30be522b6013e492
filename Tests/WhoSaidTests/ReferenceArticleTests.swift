import Foundation
import Testing
import WhoSaid

/// The reference article lives in ../shared (it is copyrighted news and stays out
/// of the repository); CI has it, a fresh clone may not.
@Suite("Reference article", .enabled(if: Fixture.hasShared, "../shared/eval/seed.jsonl is absent (it is not part of the repository)"))
struct ReferenceArticleTests {
  struct Seed: Decodable {
    struct Span: Decodable { var start: Int; var end: Int }
    struct Quote: Decodable { var kind: String; var content: Span; var speaker: Span?; var speaker_name: String? }
    var text: String
    var quotes: [Quote]
  }

  @Test func everyAttributionWithItsSpeakerAndName() throws {
    let data = try Data(contentsOf: Fixture.shared.appendingPathComponent("eval/seed.jsonl"))
    let line = try #require(data.split(separator: 0x0A).first)
    let seed = try JSONDecoder().decode(Seed.self, from: Data(line))
    let found = Fixture.extract(seed.text)
    #expect(found.count <= seed.quotes.count + 1)
    let scalars = Array(seed.text.unicodeScalars)
    func str(_ s: Seed.Span) -> String { String(String.UnicodeScalarView(scalars[s.start..<s.end])) }
    for q in seed.quotes {
      let content = str(q.content)
      let match = found.first { $0.text.contains(content) || content.contains($0.text) && $0.text.count * 2 > content.count }
      let m = try #require(match, "missed \(q.kind): \(content)")
      #expect(m.kind.rawValue == q.kind, "\(content)")
      #expect(m.speaker?.name == q.speaker_name, "\(content)")
      if let s = q.speaker { #expect(m.speaker?.text == str(s)) }
    }
  }
}
