/// Tells English, German and French apart by their most frequent function words.
///
/// The detector looks at the first ``sampleBytes`` bytes of an article only, so its
/// work is bounded whatever the article's length.
///
/// ```swift
/// LanguageDetector.detect("Der Minister sagte, er sei zufrieden.")  // "de"
/// ```
public enum LanguageDetector {
  /// How much of an article is looked at.
  public static let sampleBytes = 4096

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

  /// The language of UTF-8 text: `en`, `de` or `fr` (English when nothing tells).
  ///
  /// - Complexity: O(``sampleBytes``).
  public static func detect(utf8 text: UnsafeBufferPointer<UInt8>) -> String {
    let n = min(text.count, sampleBytes)
    var scores = (en: 0, de: 0, fr: 0)
    var word: [UInt8] = []
    func score() {
      guard !word.isEmpty, word.count <= 8 else { return word.removeAll(keepingCapacity: true) }
      let w = String(decoding: word, as: UTF8.self)
      if english.contains(w) { scores.en += 1 }
      if german.contains(w) { scores.de += 1 }
      if french.contains(w) { scores.fr += 1 }
      word.removeAll(keepingCapacity: true)
    }
    var i = 0
    while i < n {
      let b = text[i]
      // Letters: ASCII (folded to lower case) and any multi-byte sequence (`é`, `ü`, `ß`).
      if b >= 0x80 || ByteClass.isASCIILetter(b) {
        word.append(ByteClass.lower(b))
      } else {
        score()
      }
      i += 1
    }
    // A word cut by the sample's end is left out.
    if scores.de > scores.en && scores.de >= scores.fr { return "de" }
    if scores.fr > scores.en && scores.fr > scores.de { return "fr" }
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
