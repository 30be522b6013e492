/// Tells English, German and French apart by their most frequent function words, their
/// reporting verbs and their quotation marks.
///
/// The detector looks at the first ``sampleBytes`` bytes of an article only, so its
/// work is bounded whatever the article's length, and stops sooner when one
/// language leads the others together by ``decisiveLead`` points.
///
/// One sentence is enough when it carries its language's marks or cue verbs: French
/// guillemets with their inner space (`« Nous sommes prêts », a dit X.`) count as two words of
/// French, German low-high marks (`„Wir sind bereit“, sagte X.`) as one word of German each.
///
/// Spanish, Italian, Portuguese, Polish and Czech have no profile. Their own function words (`el`,
/// `los`, `della`, `não`, `się`) are counted too, so that they are not read as French, whose words
/// they share (`la`, `que`), or as German, whose `„` Polish and Czech use; such text, like any
/// text no profile fits, is processed as English.
///
/// ```swift
/// LanguageDetector.detect("Der Minister sagte, er sei zufrieden.")  // "de"
/// LanguageDetector.detect("« Nous sommes prêts », a dit Macron.")   // "fr"
/// LanguageDetector.detect("El ministro dijo que los precios bajarán.")  // "en": no Spanish profile
/// ```
public enum LanguageDetector {
  /// How much of an article is looked at.
  public static let sampleBytes = 4096

  /// How many more points than the other languages together one language needs for the
  /// detector to stop before the end of the sample.
  static let decisiveLead = 24

  /// The languages a profile exists for, as ISO 639-1 codes.
  public static let codes = ["en", "de", "fr"]

  static let english: Set<String> = [
    "the", "and", "of", "to", "is", "that", "was", "for", "with", "he", "she", "it", "on", "are",
    "by", "has", "have", "said", "this", "from", "they", "at", "be", "were", "which", "would", "an",
  ]
  /// German function words and common reporting verbs (`sagte`, `erklärte`, `laut`).
  static let german: Set<String> = [
    "der", "die", "das", "und", "ist", "nicht", "sich", "mit", "den", "dem", "ein", "eine", "auch",
    "sagte", "dass", "für", "von", "zu", "im", "auf", "wird", "wurde", "sei", "er", "sie", "es", "bei", "nach",
    "wir", "sind", "sagt", "sagten", "erklärte", "betonte", "laut", "zufolge", "teilte",
  ]
  /// French function words and common reporting verbs (`a dit`, `a déclaré`, `selon`); the
  /// elided `l'`, `d'`, `qu'` count only before their apostrophe.
  static let french: Set<String> = [
    "le", "la", "les", "et", "est", "du", "une", "un", "que", "qui", "dans", "pour", "pas", "sur",
    "au", "il", "elle", "selon", "été", "aux", "avec", "ont", "ce", "cette", "son", "sa", "ses", "l", "d", "qu",
    "nous", "des", "dit", "déclaré", "affirmé", "ajouté", "annoncé", "estimé", "indiqué", "expliqué", "précisé",
    "souligné", "explique", "ajoute", "estime", "assure", "affirme",
  ]
  /// Words of languages without a profile: Spanish, Italian and Portuguese words French has not
  /// (`el`, `los`, `della`, `não`), a few it shares (`la`, `que`, `un`) so that French does not
  /// win on those alone, and Polish and Czech ones (whose `„` would count for German).
  static let unsupported: Set<String> = [
    "el", "los", "las", "del", "y", "por", "para", "con", "su", "sus", "al", "lo", "pero", "como", "más",
    "fue", "muy", "está", "también", "según", "dijo", "afirmó", "señaló", "aseguró", "explicó",
    "della", "delle", "degli", "che", "di", "gli", "nel", "nella", "alla", "sono", "anche", "più", "questo",
    "os", "dos", "das", "em", "não", "uma", "com", "mais", "foi", "pelo", "pela", "também", "seu", "sua",
    "la", "que", "un", "una",
    "nie", "się", "że", "jest", "w", "z", "jak", "oraz", "jsou", "také", "jako", "který", "která", "na",
  ]

  /// The language of a text: `en`, `de` or `fr` (English when nothing tells, and for
  /// languages without a profile).
  public static func detect(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { detect(utf8: $0) }
  }

  /// Bits of ``table``'s language masks.
  static let englishBit: UInt8 = 1
  static let germanBit: UInt8 = 2
  static let frenchBit: UInt8 = 4
  static let otherBit: UInt8 = 8

  /// The words of all the lists, and for each the languages it belongs to (``englishBit``…).
  static let table: (words: WordTable, languages: [UInt8]) = {
    var words = WordTable([])
    var languages: [UInt8] = []
    for (bit, list) in [(englishBit, english), (germanBit, german), (frenchBit, french), (otherBit, unsupported)] {
      for w in list {
        let id = Int(words.insert(w))
        if id == languages.count { languages.append(0) }
        languages[id] |= bit
      }
    }
    return (words, languages)
  }()

  /// Points per language while a sample is read.
  struct Tally {
    var en = 0
    var de = 0
    var fr = 0
    var other = 0

    mutating func add(_ mask: UInt8, _ points: Int = 1) {
      if mask & englishBit != 0 { en += points }
      if mask & germanBit != 0 { de += points }
      if mask & frenchBit != 0 { fr += points }
      if mask & otherBit != 0 { other += points }
    }

    /// A lead this large is not overturned by the rest of a sample.
    var isDecisive: Bool {
      let top = max(en, de, fr, other)
      return 2 * top - (en + de + fr + other) >= decisiveLead
    }

    /// English is the default: another language needs a few points and a clear lead
    /// (`Bank AG` and `Die Welt` in an English report do not make it German); Spanish,
    /// Italian and Portuguese, which have no profile, are read as English too.
    var language: String {
      if other >= 3 && other * 4 > fr * 5 && other * 4 > en * 5 && other > de { return "en" }
      if de >= 3 && de * 4 > en * 5 && de >= fr && de >= other { return "de" }
      if fr >= 3 && fr * 4 > en * 5 && fr > de && fr * 4 > other * 5 { return "fr" }
      return "en"
    }
  }

  /// The language of UTF-8 text: `en`, `de` or `fr` (English when nothing tells, and for
  /// languages without a profile).
  ///
  /// - Complexity: O(``sampleBytes``); words are looked up straight from the bytes.
  public static func detect(utf8 text: UnsafeBufferPointer<UInt8>) -> String { detect(utf8: text, plainWordsFast: true) }

  /// ``detect(utf8:)``, its words of ASCII letters read eight bytes a step or (`plainWordsFast`
  /// false, for tests) byte by byte.
  static func detect(utf8 text: UnsafeBufferPointer<UInt8>, plainWordsFast: Bool) -> String {
    let n = min(text.count, sampleBytes)
    var tally = Tally()
    var i = 0
    // The tally changes only when a word or mark counts: the lead is looked at then.
    var decided = false
    while i < n && !decided {
      let b = text[i]
      if b >= 0x80, let (mask, points, length) = mark(text, i, end: n) {
        tally.add(mask, points)
        decided = tally.isDecisive
        i += length
        continue
      }
      // Letters: ASCII and any other multi-byte sequence (`é`, `ü`, `ß`).
      guard b >= 0x80 || ByteClass.isASCIILetter(b) else {
        i += 1
        continue
      }
      i = word(text, from: i, sampleEnd: n, fast: plainWordsFast, into: &tally)
      decided = tally.isDecisive
    }
    return tally.language
  }

  /// The table's ASCII words, looked up from two loads (see ``WordIndex``), and the languages
  /// of each word (``table``'s).
  static let plainIndex = table.words.plainIndex
  static let languageOf = table.languages

  /// Reads the word at `start` and counts it; returns the index after it.
  @inline(__always)
  static func word(_ text: UnsafeBufferPointer<UInt8>, from start: Int, sampleEnd n: Int, fast: Bool, into tally: inout Tally) -> Int {
    // The word: ASCII letters eight at a time (SWAR masks), then byte by byte (the last bytes of
    // the sample, letters beyond ASCII).
    var i = start
    var lower = false
    var key = WordIndex.Key(low: 0, high: 0, length: 0)
    while fast && i + 8 <= n {
      let x = SWAR.load(text, i)
      let (_, up, low) = SWAR.letters(x)
      let stop = ~(up | low) & SWAR.highs
      let keep: UInt64 = stop == 0 ? .max : (1 << UInt64(stop.trailingZeroBitCount & ~7)) &- 1
      if low & keep != 0 { lower = true }
      let folded = (x | 0x2020_2020_2020_2020) & keep
      if i == start { key.low = folded } else if i == start + 8 { key.high = folded }
      if stop != 0 {
        i += stop.trailingZeroBitCount >> 3
        break
      }
      i += 8
    }
    let lettersEnd = i
    while i < n, case let c = text[i], c >= 0x80 && mark(text, i, end: n) == nil || ByteClass.isASCIILetter(c) {
      if c &- 0x61 < 26 || c >= 0x80 { lower = true }
      i += 1
    }
    // A word cut by the sample's end is left out, and so are words in capitals (`RIO DE
    // JANEIRO`, tables of figures), which are names and headings more than prose (only words
    // of up to 12 bytes are listed).
    guard i < n || n == text.count, i - start <= 12, lower || i - start == 1 else { return i }
    // A word of ASCII letters read eight bytes a step has its key; one read byte by byte (in
    // part) is looked up in the table: the same id.
    key.length = i - start
    let id = i == lettersEnd ? plainIndex.lookup(key) : table.words.lookup(text, start, i)
    guard id >= 0 else { return i }
    let languages = languageOf
    // An elided article or pronoun (`l'`, `d'`, `qu'`) counts only before its apostrophe
    // (`Palm Bay d. Rockledge` is no French).
    let elided = i - start == 1 || i - start == 2 && text[start] | 0x20 == 0x71 && text[start + 1] | 0x20 == 0x75
    if elided, languages[Int(id)] == frenchBit, !apostrophe(text, i, end: n) {
      return i
    }
    tally.add(languages[Int(id)])
    return i
  }

  /// Whether an apostrophe (`'` or `’`) starts at `i`.
  @inline(__always)
  static func apostrophe(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, end n: Int) -> Bool {
    guard i < n else { return false }
    if text[i] == 0x27 { return true }
    return i + 2 < n && text[i] == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0x99
  }

  /// A quotation mark or space at `i` that tells a language, or that only separates words:
  /// the languages it counts for (0 for none), its points and its length; nil for a letter.
  /// `«` with a space after it is French; `«` glued to a word is Spanish or Italian as often;
  /// `„` and `»` glued to the word after it (`»Wir`) open German quotes, and `“` after a word closes
  /// them.
  @inline(__always)
  static func mark(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, end n: Int) -> (UInt8, Int, Int)? {
    let b = text[i]
    if b == 0xC2, i + 1 < n {
      let c = text[i + 1]
      if c == 0xAB {  // «
        let spaced = i + 2 < n && (text[i + 2] == 0x20 || isNoBreakSpace(text, i + 2, end: n))
        return (spaced ? frenchBit : frenchBit | otherBit, spaced ? 2 : 1, 2)
      }
      if c == 0xBB {  // »
        let opens = i + 2 < n && ByteClass.isASCIILetter(text[i + 2])
        return (opens ? germanBit : 0, 1, 2)
      }
      if c == 0xA0 { return (0, 0, 2) }  // no-break space
      return nil
    }
    if b == 0xE2, i + 2 < n, text[i + 1] == 0x80 {
      let c = text[i + 2]
      if c == 0x9E { return (germanBit, 1, 3) }  // „
      // `“` closing a word (`bereit“,`) closes a German quote; English opens with it.
      if c == 0x9C, i > 0, text[i - 1] != 0x20, text[i - 1] != 0x0A, !(i + 3 < n && (ByteClass.isASCIILetter(text[i + 3]) || text[i + 3] >= 0xC3)) {
        return (germanBit, 1, 3)
      }
      // Dashes, quotation marks, the ellipsis and narrow or thin spaces separate words.
      if (0x90...0x9F).contains(c) || c == 0xA6 || c == 0xAF || (0x80...0x8A).contains(c) { return (0, 0, 3) }
    }
    return nil
  }

  /// Whether a no-break space (U+00A0) or a narrow one (U+202F) starts at `i`.
  @inline(__always)
  static func isNoBreakSpace(_ text: UnsafeBufferPointer<UInt8>, _ i: Int, end n: Int) -> Bool {
    i + 1 < n && text[i] == 0xC2 && text[i + 1] == 0xA0 || i + 2 < n && text[i] == 0xE2 && text[i + 1] == 0x80 && text[i + 2] == 0xAF
  }
}

extension LanguageProfile {
  /// The built-in profile for an ISO 639-1 code (`en`, `de`, `fr`), or nil.
  public static func named(_ code: String) -> LanguageProfile? {
    switch code {
    case "en": return .english
    case "de": return .german
    case "fr": return .french
    default: return nil
    }
  }
}
