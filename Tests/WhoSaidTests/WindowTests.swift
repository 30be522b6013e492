import Foundation
import Testing
import WhoSaid

/// Long articles read in windows (bounded memory for any article, issue 18): where
/// windows are cut, and that the record assembled window by window is the record.
@Suite("Windows of long articles")
struct WindowTests {
  func cut(_ s: String, _ size: Int) -> [String] {
    let bytes = Array(s.utf8)
    return ArticleWindows.cut(bytes, size: size).map { String(decoding: bytes[$0], as: UTF8.self) }
  }

  @Test func windowsEndAtBlankLinesAndCoverTheText() {
    #expect(cut("A said x.\n\nB said y.\n\nC said z.", 16) == ["A said x.\n\n", "B said y.\n\n", "C said z."])
    #expect(cut("short", 16) == ["short"])
    // A blank line with spaces and CR in it is one too.
    #expect(cut("Ana said.\r\n \r\nBen said so.", 16) == ["Ana said.\r\n \r\n", "Ben said so."])
  }

  @Test func withoutABlankLineALineBreakThenASentenceThenASpace() {
    #expect(cut("one two three\nfour five six", 16) == ["one two three\n", "four five six"])
    #expect(cut("One two. Three four five", 16) == ["One two. ", "Three four five"])
    #expect(cut("onetwothree fourfivesix", 16) == ["onetwothree ", "fourfivesix"])
  }

  @Test func aCutInsideNoCharacter() {
    let text = String(repeating: "é", count: 40)  // 80 bytes, no break anywhere
    let windows = cut(text, 17)
    #expect(windows.joined() == text)
    #expect(windows.allSatisfy { !$0.contains("\u{FFFD}") && $0.utf8.count <= 17 })
  }

  @Test func windowsAreNeverLargerThanTheSizeAndLeaveNoGap() {
    var r = Adversarial.Random(state: 9)
    let alphabet = Array("ab .\n\n\"é".utf8)
    let bytes = (0..<20_000).map { _ in alphabet[Int(r.next() % UInt64(alphabet.count))] }
    for size in [16, 100, 1000, 4096] {
      let windows = ArticleWindows.cut(bytes, size: size)
      #expect(windows.first?.lowerBound == 0 && windows.last?.upperBound == bytes.count)
      #expect(zip(windows, windows.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
      #expect(windows.allSatisfy { !$0.isEmpty && $0.count <= size })
    }
  }

  @Test func aTallyOfWindowsIsTheSummaryOfTheWhole() {
    let text = "\"One,\" Ana Lind said. \"Two,\" Ben Ott said. \"Three,\" Ben Ott said. \"Four,\" Cleo Park said."
    let found = Fixture.extract(text)
    #expect(found.count == 4)
    var tally = SpeakerTally()
    for k in stride(from: 0, to: found.count, by: 2) {
      var window = SpeakerTally()
      window.add(Array(found[k..<min(k + 2, found.count)]))
      tally.add(window)
    }
    #expect(tally.ranked == RecordWriter.summary(found))
    #expect(tally.ranked.map(\.name) == ["Ben Ott", "Ana Lind", "Cleo Park"])
  }

  @Test func quoteObjectsOfAWindowHaveTheArticlesOffsets() throws {
    let head = "😀 é.\n\n"  // 2 + 1 + 3 + 2 code points before the window; 3 + 1 + 4 UTF-16 units
    let window = "\"Yes,\" Ana said."
    let whole = Fixture.extract(head + window)
    let found = Fixture.extract(window)
    for unit in OffsetUnit.allCases {
      let base = Array(head.utf8).withUnsafeBufferPointer { OffsetConverter.length($0, unit: unit) }
      var w = JSONWriter()
      let ends = Array(window.utf8).withUnsafeBufferPointer {
        RecordWriter.writeQuoteObjects(text: $0, attributions: found, options: RecordOptions(offsets: unit), base: base, into: &w)
      }
      #expect(ends == [w.count])
      var record = JSONWriter()
      Array((head + window).utf8).withUnsafeBufferPointer {
        RecordWriter.writeArticle(id: Array("1".utf8), lang: nil, text: $0, attributions: whole, options: RecordOptions(offsets: unit), into: &record)
      }
      // A window's quote objects leave their paragraph and sentence to the sink, which counts
      // them on from the windows before (here one paragraph, one sentence).
      let quote = String(decoding: w.bytes.dropLast(), as: UTF8.self) + #","paragraph":1,"sentence":1}"#
      #expect(String(decoding: record.bytes, as: UTF8.self).contains(quote), "\(unit)")
    }
  }
}

/// The command reads a long article in windows and writes one record for it.
@Suite("Windows on the command line", .enabled(if: Fixture.binary != nil, "the whosaid binary was not built beside the tests"))
struct WindowCommandTests {
  let cli = CommandLineTests()

  /// Six paragraphs of about 160 bytes: windows of 1 KB cut it in several.
  static let article = (0..<24).map { i in
    "\"Item \(i) is ready,\" Ana Lind said on Monday. Officials said that \(i) more would come. Ben Ott added nothing at all.\n\n"
  }.joined()

  @Test func theRecordOfAWindowedArticleIsTheRecordOfTheWhole() throws {
    let path = try cli.temp("windows.jsonl", #"{"id":"w","text":"\#(Self.article.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n"))"}"# + "\n" + #"{"id":"next","text":"\"Yes,\" Ana said."}"# + "\n")
    let table = [["--format", "csv"], ["--format", "tsv", "--context", "paragraph", "--keep", "id,x"]]
    let kept = [["--keep", "id,x.y"], ["--per-quote", "--context", "sentence", "--keep", "id"], ["--format", "text", "--keep", "id"]]
    for options in [[], ["--per-quote"], ["--offsets", "utf16"], ["--format", "text"]] + table + kept {
      let whole = try cli.run(["-q"] + options + [path])
      let windows = try cli.run(["-q", "--window", "1K"] + options + [path])
      #expect(whole.status == 0 && windows.status == 0)
      #expect(windows.stdout == whole.stdout, "\(options)")
    }
    let r = try cli.run(["--window", "1K", path])
    #expect(r.stderr.contains("2 articles read, 2 written, 0 failed"))
    #expect(r.stdout.split(separator: "\n").count == 2)
    let bench = try cli.run(["bench", "--json", "-q", "--window", "1K", path])
    #expect(bench.stdout.contains(#""articles":2,"#))
    let report = try cli.run(["report", "--window", "1K", path])
    #expect(report.stderr.contains("2 articles read, 2 in the report (2 shown in full)"))
    #expect(report.stdout.contains("a long article read in "))
  }

  @Test func aLongArticleWithNoAttributionGetsItsLineInEveryForm() throws {
    let quiet = String(repeating: "The river rose again overnight and the roads stayed closed.\n\n", count: 40)
    let path = try cli.temp("quiet.txt", quiet)
    for options in [["--per-quote"], ["--format", "csv"]] {
      let whole = try cli.run(["-q"] + options + [path])
      let windows = try cli.run(["-q", "--window", "1K"] + options + [path])
      #expect(windows.stdout == whole.stdout, "\(options)")
      #expect(whole.stdout.contains(options[0] == "--per-quote" ? #""index":null"# : path + ",,,,"), "\(options)")
    }
    // Paragraphs and sentences are counted over the whole article, window after window.
    let path2 = try cli.temp("late.txt", quiet + "\"We are leaving,\" a resident said.\n")
    let r = try cli.run(["-q", "--window", "1K", path2])
    #expect(r.stdout.contains(#""paragraph":40,"sentence":40}"#))
  }

  @Test func aLongTextFileIsReadInWindowsToo() throws {
    let path = try cli.temp("windows.txt", Self.article)
    let whole = try cli.run(["-q", path])
    let windows = try cli.run(["-q", "--window", "1K", path])
    #expect(windows.stdout == whole.stdout)
    #expect(windows.stdout.components(separatedBy: #""kind":"direct""#).count - 1 == 24)
  }
}
