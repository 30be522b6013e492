import Testing
@testable import WhoSaid

/// QuoteWords' loop over runs of ASCII letters and digits hashes the same words as the plain
/// rule: split at every byte that is no ASCII letter or digit, lowercase, ``LinkHash/word(_:)``.
@Suite("Quote words scan")
struct QuoteWordsScanTests {
  @Test("ASCII runs hash as the plain rule says")
  func asciiRunsAgree() {
    var r = FastPathTests.Random(state: 41)
    let pieces = ["We", "WILL", "not", "give", "up", "2024", "a1B2", " ", ", ", ".", "-", "\"", "(", "\n", "zZ09"]
    for n in 0..<500 {
      var text = ""
      let length = n < 100 ? n : Int(r.next() % 400)
      while text.utf8.count < length { text += pieces[Int(r.next() % UInt64(pieces.count))] }
      let plain = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map { LinkHash.word(String($0)) }
      let bytes = Array(text.utf8)
      let scanned = bytes.withUnsafeBufferPointer { QuoteWords(utf8: $0).hashes }
      #expect(scanned == plain, "\(text)")
    }
  }
}
