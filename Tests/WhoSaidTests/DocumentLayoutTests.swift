import Testing
import WhoSaid

/// The article's layout kept on the scratch after an extraction: paragraph spans and the
/// paragraph and sentence of an attribution, without tokenizing again.
@Suite("Document layout on the scratch")
struct DocumentLayoutTests {
  @Test func paragraphSpansAndIndexesOfAttributions() throws {
    let text = "The mayor opened the bridge.\n\n\"It is safe,\" the mayor said. Traffic resumed.\n\nNothing else happened."
    var scratch = Extractor.Scratch()
    let bytes = Array(text.utf8)
    let found = bytes.withUnsafeBufferPointer { Extractor().extract(utf8: $0, scratch: &scratch) }
    let spans = scratch.paragraphSpans
    #expect(spans.count == 3)
    #expect(spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
      == ["The mayor opened the bridge.", "\"It is safe,\" the mayor said. Traffic resumed.", "Nothing else happened."])
    let quote = try #require(found.first { $0.kind == .direct })
    #expect(scratch.paragraph(at: quote.content.start) == 1)
    #expect(scratch.sentence(at: quote.content.start) == 1)
    #expect(scratch.sentenceCount == 4)
    #expect(scratch.paragraph(at: bytes.count - 1) == 2)
  }

  @Test func emptyArticleHasNoParagraphs() {
    var scratch = Extractor.Scratch()
    let found = [UInt8]().withUnsafeBufferPointer { Extractor().extract(utf8: $0, scratch: &scratch) }
    #expect(found.isEmpty)
    #expect(scratch.paragraphSpans.isEmpty)
    #expect(scratch.paragraph(at: 0) == nil)
  }
}
