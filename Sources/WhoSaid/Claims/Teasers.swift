/// Paragraphs that are not the article's own reporting: headline teasers (`READ MORE: Mayor says
/// …`, `ICYMI: …`) and photo captions closed by a credit (`The mayor speaks on Tuesday. (Lake
/// Sun/Erin Cho)`, `… THE CANADIAN PRESS/Mark Doyle`). Their reporting verbs attribute nothing.
extension Document {
  /// Whether paragraph `p` (its tokens) is a teaser or a caption.
  func isTeaserOrCaption(_ p: Range<Int>) -> Bool {
    guard p.count >= 3 else { return false }
    return opensWithTeaserLabel(p) || closesWithCredit(p)
  }

  /// Whether the paragraph opens with a label in capitals and a colon (`READ MORE:`, `ICYMI:`,
  /// `WATCH:`), or one of the profile's teaser labels (`Read more:`, `Also read:`).
  func opensWithTeaserLabel(_ p: Range<Int>) -> Bool {
    var j = p.lowerBound
    var capitals = true
    while j < p.upperBound && j < p.lowerBound + 3 && tokens[j].kind == .word && !inQuote(j) {
      if !tokens[j].flags.contains(.allCaps) { capitals = false }
      j += 1
    }
    guard j > p.lowerBound, j < p.upperBound, punct(j) == .colon else { return false }
    if capitals { return true }
    return language.profile.teaserLabels.contains { label in
      label.count == j - p.lowerBound && label.enumerated().allSatisfy { i, w in tokens[p.lowerBound + i].word == w }
    }
  }

  /// Whether the paragraph ends with a photo credit: `Outlet/Name` after the last sentence,
  /// in brackets or not (`(AP Photo/Mike Kessler)`, `THE CANADIAN PRESS/Sean Ko`).
  func closesWithCredit(_ p: Range<Int>) -> Bool {
    var j = p.upperBound - 1
    if punct(j) == .closeParen { j -= 1 }
    // The name after the slash: up to three capitalized words.
    var names = 0
    while j > p.lowerBound && names < 4 && tokens[j].kind == .word && tokens[j].isCapitalized {
      names += 1
      j -= 1
    }
    guard names > 0, names < 4, j > p.lowerBound, tokens[j].kind == .punctuation, tokens[j].length == 1,
      text[Int(tokens[j].start)] == 0x2F, tokens[j - 1].kind == .word, tokens[j - 1].isCapitalized
    else { return false }
    return true
  }
}
