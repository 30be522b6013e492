import Foundation

/// The text normalisation of the reference scorer (`score.py`), used to compare
/// speaker names and to compare spans for exact matching.
///
/// Everything works on Unicode scalars (code points), as Python strings do, and
/// names are compared scalar by scalar, not by canonical equivalence.
public enum ScoreNormalization {
  /// Quotation marks stripped from both ends of a span.
  static let quoteMarks: Set<Unicode.Scalar> = Set("\"'`\u{201C}\u{201D}\u{2018}\u{2019}\u{AB}\u{BB}\u{201E}\u{201A}\u{2039}\u{203A}".unicodeScalars)
  /// Punctuation stripped from the end of a span, besides quotation marks.
  static let trailingPunctuation: Set<Unicode.Scalar> = Set(".,;:!?\u{2026}\u{2013}\u{2014}-".unicodeScalars)
  /// Characters stripped from both ends of a normalised name.
  static let nameEdges: Set<Unicode.Scalar> = Set(" .,;:!?\"'()[]{}-\u{2013}\u{2014}\u{201C}\u{201D}".unicodeScalars)

  /// Whether Python's `str.isspace` is true for the scalar.
  public static func isSpace(_ s: Unicode.Scalar) -> Bool {
    s.properties.isWhitespace || (0x1C...0x1F).contains(s.value)
  }

  /// Leading articles dropped from a name, in the order `score.py` tries them
  /// (English, French, German); only the first that opens the name is dropped.
  static let articles: [[Unicode.Scalar]] = [
    "the ", "a ", "an ", "le ", "la ", "les ", "l'", "un ", "une ",
    "der ", "die ", "das ", "den ", "dem ", "des ", "ein ", "eine ",
  ].map { Array($0.unicodeScalars) }

  /// A speaker name as the scorer compares it: NFKC, straight apostrophes,
  /// case-folded, whitespace collapsed, surrounding punctuation stripped, then one
  /// leading article dropped (`The Kremlin` and `Kremlin`, `l'Élysée` and `Élysée`
  /// are the same name; `the The` is `the`).
  ///
  /// NFKC comes from Foundation; case folding is the full lowercase mapping plus
  /// the folds that differ from it in practice (`ß` → `ss`, final sigma, Cherokee).
  /// - Returns: The empty string for nil or empty input.
  public static func name(_ s: String?) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: nameScalars(s))
    return String(view)
  }

  /// ``name(_:)`` as scalars, for exact (non-canonical) comparison.
  static func nameScalars(_ s: String?) -> [Unicode.Scalar] {
    guard let s, !s.isEmpty else { return [] }
    var folded: [Unicode.Scalar] = []
    for u in s.precomposedStringWithCompatibilityMapping.unicodeScalars {
      let straight = (u == "\u{2019}" || u == "\u{2018}") ? "'" : u
      fold(straight, into: &folded)
    }
    var out: [Unicode.Scalar] = []
    out.reserveCapacity(folded.count)
    var pendingSpace = false
    for u in folded {
      if isSpace(u) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.append(u)
    }
    var lo = 0
    var hi = out.count
    while lo < hi && nameEdges.contains(out[lo]) { lo += 1 }
    while hi > lo && nameEdges.contains(out[hi - 1]) { hi -= 1 }
    let name = out[lo..<hi]
    for article in articles where name.starts(with: article) { return Array(name.dropFirst(article.count)) }
    return Array(name)
  }

  /// Appends the case folding of `u` (Python's `str.casefold`, approximately).
  static func fold(_ u: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
    switch u.value {
    case 0xDF, 0x1E9E: out.append(contentsOf: ["s", "s"])
    case 0x3C2: out.append("\u{3C3}")
    case 0x345: out.append("\u{3B9}")
    case 0xAB70...0xABBF: out.append(Unicode.Scalar(u.value - 0xAB70 + 0x13A0)!)
    case 0x13F8...0x13FD: out.append(Unicode.Scalar(u.value - 8)!)
    default:
      if u.value < 0x80 {
        out.append((0x41...0x5A).contains(u.value) ? Unicode.Scalar(u.value + 32)! : u)
      } else {
        out.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
      }
    }
  }

  /// Whether two names are equal after normalisation (and the first is not empty).
  public static func sameName(_ a: String?, _ b: String?) -> Bool {
    let x = nameScalars(a)
    return !x.isEmpty && x == nameScalars(b)
  }

  /// A span with surrounding whitespace and quotation marks, and trailing
  /// punctuation, removed; nil when nothing is left.
  ///
  /// - Parameters:
  ///   - span: Code point offsets into `text`.
  ///   - text: The article's scalars.
  public static func exactSpan(_ span: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int>? {
    var s = span.lowerBound
    var e = span.upperBound
    while s < e && (isSpace(text[s]) || quoteMarks.contains(text[s])) { s += 1 }
    while e > s && (isSpace(text[e - 1]) || quoteMarks.contains(text[e - 1]) || trailingPunctuation.contains(text[e - 1])) {
      e -= 1
    }
    return e > s ? s..<e : nil
  }
}
