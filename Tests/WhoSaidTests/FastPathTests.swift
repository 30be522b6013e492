import Testing
@testable import WhoSaid

/// The fast paths of the byte scans, the tokenizer, the word lookup and the language detector
/// agree with the plain byte-by-byte code on random texts made of the bytes that matter to
/// them (ASCII letters, digits, spaces, punctuation, quotation marks, multi-byte letters and
/// marks, invalid UTF-8), at every length and alignment.
@Suite("Fast paths")
struct FastPathTests {
  /// A repeatable random number generator (SplitMix64).
  struct Random: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Pieces random texts are made of.
  static let pieces: [[UInt8]] = [
    "a", "e", "s", "T", "Z", "0", "7", " ", " ", " ", "\n", "\n\n", "\t", ".", ",", "'", "-", "\"", "\\", "`",
    "(", ":", "?", "said", "Said", "SAID", "the", "The", "minister", "Minister", "officials", "U.S.", "e.g.",
    "3.5", "1,000", "don't", "O'Neill", "well-known", "l'État", "qu'il", "“", "”", "‘", "’", "«", "»", "„",
    "é", "Ü", "ß", "—", "…", "\u{00A0}", "\u{00AD}", "und", "der", "le", "que", "für", "été",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
  ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0x80], [0x01], [0x00]]

  static func text(_ r: inout Random, length: Int) -> [UInt8] {
    var out: [UInt8] = []
    while out.count < length { out += pieces[Int(r.next() % UInt64(pieces.count))] }
    return out
  }

  /// Texts of every length up to 80 bytes, and longer ones, each at several alignments.
  static func texts() -> [[UInt8]] {
    var r = Random(state: 24)
    var out: [[UInt8]] = []
    for length in 0..<80 { out.append(text(&r, length: length)) }
    for _ in 0..<300 { out.append(text(&r, length: Int(r.next() % 600))) }
    return out
  }

  @Test func jsonSpecialBytesAreFoundWhereTheByteLoopFindsThem() {
    for t in Self.texts() {
      t.withUnsafeBufferPointer { p in
        for from in 0...min(p.count, 40) {
          for allowing in [false, true] {
            var slow = from
            while slow < p.count, !(p[slow] == 0x22 || p[slow] == 0x5C || p[slow] < 0x20 || (!allowing && p[slow] >= 0x80)) { slow += 1 }
            #expect(SWAR.firstSpecialJSONByte(p, from: from, allowingNonASCII: allowing) == slow)
          }
        }
      }
    }
  }

  @Test func utf8ValidationAndLengthsAgreeWithTheStandardLibrary() {
    for t in Self.texts() {
      let valid = String(validating: t, as: UTF8.self)
      t.withUnsafeBufferPointer { p in
        #expect(UTF8Validation.isValid(p) == (valid != nil))
        guard let s = valid else { return }
        #expect(OffsetConverter.length(p, unit: .codepoint) == s.unicodeScalars.count)
        #expect(OffsetConverter.length(p, unit: .utf16) == s.utf16.count)
        #expect(OffsetConverter.length(p, unit: .utf8) == t.count)
      }
    }
  }

  @Test func jsonStringsAreWhatAJSONParserReadsBack() throws {
    for t in Self.texts() {
      var w = JSONWriter()
      t.withUnsafeBufferPointer { w.string($0) }
      let written = w.bytes
      // Valid UTF-8 read back is the text; with invalid sequences, the text repaired.
      let expected = t.withUnsafeBufferPointer { UTF8Validation.repaired($0) }
      var p = JSONFieldReader.Parser(p: UnsafeBufferPointer(start: nil, count: 0), paths: [])
      let back = try written.withUnsafeBufferPointer { b in
        p = JSONFieldReader.Parser(p: b, paths: [])
        return try p.string(decode: true)
      }
      #expect(back == expected)
      #expect(p.i == written.count)
      // Vouched-for valid text is written the same.
      if String(validating: t, as: UTF8.self) != nil {
        var v = JSONWriter()
        t.withUnsafeBufferPointer { v.string($0, validUTF8: true) }
        #expect(v.bytes == written)
      }
    }
  }

  @Test func theTokenizerCutsPlainWordsAsTheByteLoopDoes() {
    for profile in [LanguageProfile.english, .german, .french] {
      let fast = Tokenizer(table: profile.table, elisions: profile.elisions)
      let slow = Tokenizer(table: profile.table, elisions: profile.elisions, plainWordsFast: false)
      for t in Self.texts() {
        var a: [Token] = []
        var b: [Token] = []
        t.withUnsafeBufferPointer {
          fast.tokenize($0, into: &a)
          slow.tokenize($0, into: &b)
        }
        // The first token that differs, if any (the arrays themselves are long to print).
        let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        #expect(a.count == b.count && first == a.count, "token \(first) differs in \(String(decoding: t, as: UTF8.self))")
      }
    }
  }

  @Test func thePerfectHashFindsEveryPlainWordAndNothingElse() {
    for profile in [LanguageProfile.english, .german, .french] {
      let table = profile.table
      let index = table.plainIndex
      var plain = 0
      for id in 0..<Int32(table.count) {
        let w = Array(table.bytes(id))
        guard w.count <= WordIndex.maxLength, w.allSatisfy({ ByteClass.isASCIILetter($0) || ByteClass.isDigit($0) }) else { continue }
        plain += 1
        // Each in capitals too: the key folds them.
        for form in [w, w.map { ByteClass.isASCIILetter($0) ? $0 & ~0x20 : $0 }] {
          form.withUnsafeBufferPointer { #expect(index.lookup(WordIndex.key($0, 0, $0.count)) == id) }
        }
      }
      #expect(plain > 1000)
      var r = Random(state: 7)
      for _ in 0..<20000 {
        let length = 1 + Int(r.next() % 16)
        let w = (0..<length).map { _ in UInt8(0x61 + r.next() % 26) }
        w.withUnsafeBufferPointer { #expect(index.lookup(WordIndex.key($0, 0, length)) == table.lookup($0, 0, length)) }
      }
    }
  }

  @Test func languageDetectionReadsWordsAsTheByteLoopDoes() {
    var r = Random(state: 5)
    for t in Self.texts() + (0..<50).map({ _ in Self.text(&r, length: 5000) }) {
      t.withUnsafeBufferPointer {
        #expect(LanguageDetector.detect(utf8: $0, plainWordsFast: true) == LanguageDetector.detect(utf8: $0, plainWordsFast: false))
      }
    }
  }
}
