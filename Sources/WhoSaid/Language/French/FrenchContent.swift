/// French content limits the shared ``ContentFinder`` asks about.
extension ContentFinder {
  /// Where the content of frame `f` ends, given the shared limit `next`: a relative clause inside
  /// the subject that opens its sentence ends at its closing comma (`Dylan Mercier, qui affirme
  /// avoir passé la soirée chez lui, encourt vingt ans`: the claim is `avoir passé la soirée chez
  /// lui`); a relative at the end of the sentence runs on (`a réagi X, qui a ajouté que …`).
  func frenchContentEnd(_ f: Frame, next: Int, sentence s: Int, _ fr: FrenchWords) -> Int {
    guard f.kind == .verb, doc.isWordID(f.lower, fr.who), f.lower > s, doc.punct(f.lower - 1) == .comma,
      let sp = f.speaker, sp.lowerBound == s
    else { return next }
    var j = f.upper
    while j < next {
      if doc.opensQuote(j) {
        j = doc.quotes[Int(doc.quoteOf[j])].close + 1
        continue
      }
      if doc.punct(j) == .comma { return j }
      j += 1
    }
    return next
  }
}
