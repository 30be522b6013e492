/// Tells English, German and French apart by their most frequent function words.
///
/// The detector looks at the first ``sampleBytes`` bytes of an article only, so its
/// work is bounded whatever the article's length, and stops sooner when one
/// language leads the two others together by ``decisiveLead`` words.
///
/// ```swift
/// LanguageDetector.detect("Der Minister sagte, er sei zufrieden.")  // "de"
/// ```
public enum LanguageDetector {
  /// How much of an article is looked at.
  public static let sampleBytes = 4096

  /// How many more function words than the two other languages together one
  /// language needs for the detector to stop before the end of the sample.
  static let decisiveLead = 24

  /// The languages a profile exists for, as ISO 639-1 codes.
  public static let codes = ["en", "de", "fr"]

  static let english: Set<String> = [
    "the", "and", "of", "to", "is", "that", "was", "for", "with", "he", "she", "it", "on", "are",
    "by", "has", "have", "said", "this", "from", "they", "at", "be", "were", "which", "would", "an",
  ]
  static let german: Set<String> = [
    "der", "die", "das", "und", "ist", "nicht", "sich", "mit", "den", "dem", "ein", "eine", "auch",
    "sagte", "dass", "für", "von", "zu", "im", "auf", "wird", "wurde", "sei", "er", "sie", "es", "bei", "nach",
  ]
  static let french: Set<String> = [
    "le", "la", "les", "et", "est", "du", "une", "un", "que", "qui", "dans", "pour", "pas", "sur",
    "au", "il", "elle", "selon", "été", "aux", "avec", "ont", "ce", "cette", "son", "sa", "ses", "l", "d", "qu",
  ]

  /// The language of a text: `en`, `de` or `fr` (English when nothing tells).
  public static func detect(_ text: String) -> String {
    var copy = text
    return copy.withUTF8 { detect(utf8: $0) }
  }

  /// The function words of all three languages, and for each the languages
  /// (bit 0 English, 1 German, 2 French) it belongs to.
  static let table: (words: WordTable, languages: [UInt8]) = {
    var words = WordTable([])
    var languages: [UInt8] = []
    for (bit, list) in [(UInt8(1), english), (2, german), (4, french)] {
      for w in list {
        let id = Int(words.insert(w))
        if id == languages.count { languages.append(0) }
        languages[id] |= bit
      }
    }
    return (words, languages)
  }()

  /// The language of UTF-8 text: `en`, `de` or `fr` (English when nothing tells).
  ///
  /// - Complexity: O(``sampleBytes``); words are looked up straight from the bytes.
  public static func detect(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
    let n = min(text.count, sampleBytes)
    let (words, languages) = table
    var en = 0
    var de = 0
    var fr = 0
    var i = 0
    while i < n {
      let b = text[i]
      // Letters: ASCII and any multi-byte sequence (`é`, `ü`, `ß`).
      guard b >= 0x80 || ByteClass.isASCIILetter(b) else {
        i += 1
        continue
      }
      // The word, hashed as it is read (only words of up to 8 bytes can be function words).
      let start = i
      var hash = WordTable.hashSeed
      var prev: UInt8 = 0
      while i < n, case let c = text[i], c >= 0x80 || ByteClass.isASCIILetter(c) {
        hash = WordTable.hashStep(hash, folded: ByteClass.lower(c, after: prev))  // as `WordTable.hash` folds
        prev = c
        i += 1
      }
      // A word cut by the sample's end is left out.
      guard i < n || n == text.count, i - start <= 8 else { continue }
      let id = words.lookup(text, start, i, hash: WordTable.finish(hash))
      if id >= 0 {
        let mask = languages[Int(id)]
        if mask & 1 != 0 { en += 1 }
        if mask & 2 != 0 { de += 1 }
        if mask & 4 != 0 { fr += 1 }
        // A lead this large is not overturned by the rest of a sample: stop reading.
        if 2 * max(en, de, fr) - (en + de + fr) >= decisiveLead { break }
      }
    }
    // English is the default: another language needs a few of its words and a clear lead
    // (`Bank AG` and `Die Welt` in an English report do not make it German).
    if de >= 3 && de * 4 > en * 5 && de >= fr { return "de" }
    if fr >= 3 && fr * 4 > en * 5 && fr > de { return "fr" }
    return "en"
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
