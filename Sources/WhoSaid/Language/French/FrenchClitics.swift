/// French inverted clitics: one token holds the verb and its pronoun (`explique-t-elle`,
/// `a-t-il`, `promet-on`); the record gives each its own span (cue `explique`, speaker `elle`).
extension Document {
  /// The verb and the pronoun of word `k` when it is a clitic inversion (a cue or auxiliary with
  /// `-il`, `-t-elle`, `-on` …): their byte spans; nil for any other word.
  func frenchClitic(_ k: Int, _ fr: FrenchWords) -> (verb: TextSpan, pronoun: TextSpan)? {
    let t = tokens[k]
    guard t.kind == .word, language.profile.role(t.word).any(.pronoun) || fr.onInverted.contains(t.word) else { return nil }
    let start = Int(t.start)
    let end = Int(t.end)
    var first = -1
    var last = -1
    for i in start..<end where text[i] == 0x2D {
      if first < 0 { first = i }
      last = i
    }
    guard first > start, last + 1 < end else { return nil }
    return (TextSpan(start: start, end: first), TextSpan(start: last + 1, end: end))
  }

  /// The text of a byte span.
  func string(_ s: TextSpan) -> String { String(decoding: UnsafeBufferPointer(rebasing: text[s.start..<s.end]), as: UTF8.self) }
}
