import Testing
@testable import WhoSaid

@Suite("Tokenizer")
struct TokenizerTests {
  func tokens(_ text: String) -> [Token] {
    var out: [Token] = []
    var copy = text
    copy.withUTF8 { Tokenizer(table: LanguageProfile.english.table).tokenize($0, into: &out) }
    return out
  }

  func words(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    return tokens(text).map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
  }

  @Test func wordsNumbersAndPunctuation() {
    #expect(words("He said 3.5 percent, not 1,000.") == ["He", "said", "3.5", "percent", ",", "not", "1,000", "."])
  }

  @Test func apostrophesInsideWordsStayInTheWord() {
    #expect(words("don't O'Neill Scott's it’s") == ["don't", "O'Neill", "Scott's", "it’s"])
  }

  @Test func elisionsComeFromTheList() {
    // An invented list: the tokenizer knows no language's elisions of its own.
    func cut(_ text: String, _ elisions: [String]) -> [String] {
      var out: [Token] = []
      var copy = text
      copy.withUTF8 { Tokenizer(table: WordTable([]), elisions: elisions).tokenize($0, into: &out) }
      let bytes = Array(text.utf8)
      return out.map { String(decoding: bytes[Int($0.start)..<Int($0.end)], as: UTF8.self) }
    }
    #expect(cut("dell'anno QU'il l'hiver", ["dell", "qu"]) == ["dell'", "anno", "QU'", "il", "l'hiver"])
    #expect(cut("dell'anno", []) == ["dell'anno"])
    #expect(cut("l'État", LanguageProfile.french.elisions) == ["l'", "État"])
    #expect(!Tokenizer(table: WordTable([])).splitsElisions)
  }

  @Test func dottedAbbreviationsAreOneToken() {
    let t = tokens("the U.S. and e.g. this")
    #expect(words("the U.S. and e.g. this") == ["the", "U.S.", "and", "e.g.", "this"])
    #expect(t[1].flags.contains(.dotted))
  }

  @Test func latinCapitalsFindTheirLowerCaseWords() {
    // `Über`, `Ähnlich` and `État` open sentences; the word lists hold them in lower case.
    let table = WordTable(["über", "ähnlich", "état", "à"])
    for word in ["Über", "ÄHNLICH", "État", "À", "über"] {
      #expect(table.id(of: word) >= 0, "\(word)")
    }
    #expect(table.id(of: "Ü") < 0)
    var out: [Token] = []
    var text = "Über État"
    text.withUTF8 { Tokenizer(table: table).tokenize($0, into: &out) }
    #expect(out.map(\.word) == [table.id(of: "über"), table.id(of: "état")])
  }

  @Test func offsetsAreUTF8Bytes() {
    let t = tokens("« Élysée »")
    #expect(t.count == 3)
    #expect(t[0].mark == .leftGuillemet && t[0].start == 0 && t[0].end == 2)
    #expect(t[1].start == 3 && t[1].end == 11 && t[1].isCapitalized)
    #expect(t[2].mark == .rightGuillemet)
  }

  @Test(arguments: [
    ("\"", QuoteMark.straightDouble), ("“", .leftDouble), ("”", .rightDouble), ("‘", .leftSingle),
    ("’", .rightSingle), ("„", .lowDouble), ("«", .leftGuillemet), ("»", .rightGuillemet),
    ("``", .backticks), ("''", .doubledApostrophe), ("'", .straightSingle),
  ])
  func everyMarkIsRecognised(mark: String, expected: QuoteMark) {
    let t = tokens("a \(mark)b")
    #expect(t[1].mark == expected)
  }

  @Test func lineBreaksAreCounted() {
    let t = tokens("One.\nTwo.\n\nThree.")
    #expect(t[2].lineBreaksBefore == 1)
    #expect(t[4].lineBreaksBefore == 2)
  }

  @Test func invalidUTF8DoesNotCrash() {
    let bytes: [UInt8] = [0x22, 0xFF, 0xFE, 0x41, 0xE2, 0x80, 0x22, 0xC3]
    var out: [Token] = []
    bytes.withUnsafeBufferPointer { Tokenizer(table: LanguageProfile.english.table).tokenize($0, into: &out) }
    #expect(!out.isEmpty)
    #expect(out.allSatisfy { $0.end <= UInt32(bytes.count) && $0.start < $0.end })
  }
}

@Suite("Sentences and paragraphs")
struct SentenceTests {
  func sentences(_ text: String, profile: LanguageProfile = .english) -> [String] {
    var a = Document()
    var copy = text
    return copy.withUTF8 { p in
      a.read(p, tokenizer: Tokenizer(table: profile.table), language: Language(profile))
      return a.sentences.map { a.string($0) }
    }
  }

  @Test func abbreviationsInitialsAndDecimalsDoNotEndSentences() {
    let s = sentences("Mr. Smith met Gen. Jones at 3.5 p.m. with J. R. Ewing. They talked.")
    #expect(s == ["Mr. Smith met Gen. Jones at 3.5 p.m. with J. R. Ewing.", "They talked."])
  }

  @Test func dottedWordBeforeAFunctionWordEndsASentence() {
    #expect(sentences("He flew to the U.S. The talks began.").count == 2)
  }

  @Test func quoteWithAttributionStaysOneSentence() {
    #expect(sentences("\"Is it over?\" Clinton said. \"No.\"").first == "\"Is it over?\" Clinton said.")
    #expect(sentences("\"It is over,\" he said. Then he left.").count == 2)
  }

  @Test func germanQuoteEndsItsSentenceUnlessAnInvertedCueFollows() {
    // German attributes after a quote with an inverted verb; a subject first opens a new sentence.
    #expect(sentences("„Wir bleiben hier.“ Der 40-Jährige sagte, er sei müde.", profile: .german)
      == ["„Wir bleiben hier.“", "Der 40-Jährige sagte, er sei müde."])
    #expect(sentences("„Ist es vorbei?“ Einer der Gäste erklärte, es gehe weiter.", profile: .german).count == 2)
    #expect(sentences("„Ist es vorbei?“ fragte die Ärztin. Dann ging sie.", profile: .german).first
      == "„Ist es vorbei?“ fragte die Ärztin.")
  }

  @Test func ellipsisAndQuestionMarks() {
    #expect(sentences("Wait... What happened? Nobody knows!").count == 3)
  }

  @Test func paragraphsEndSentences() {
    #expect(sentences("A headline\n\nThe body starts here").count == 2)
    #expect(sentences("One line ends.\nThe next line starts.").count == 2)
    // A hard-wrapped sentence continues over its line break.
    #expect(sentences("The minister said on Monday that\nthe talks would go on.").count == 1)
  }
}
