/// Paragraphs that are not the article's own reporting: headline teasers (`READ MORE: Mayor says
/// …`, `ICYMI: …`) and photo captions closed by a credit (`The mayor speaks on Tuesday. (Lake
/// Sun/Erin Cho)`, `… THE CANADIAN PRESS/Mark Doyle`). Their reporting verbs attribute nothing.
extension Document {
  /// Where the teaser or caption of paragraph `p` (its tokens) starts, nil when it holds none: a
  /// teaser is the whole paragraph; a caption is the sentence of its credit and, when the credit
  /// stands alone (`… on Friday. (AP Photo/Mike Kessler)`), the sentence before it, so that a report
  /// the caption was glued to (`The chief said the fire was set. Crews at the scene on Friday.
  /// (AP Photo/Mike Kessler)`) still reports.
  func teaserOrCaptionStart(_ p: Range<Int>) -> Int? {
    guard p.count >= 3 else { return nil }
    if opensWithTeaserLabel(p) { return p.lowerBound }
    guard let slash = creditSlash(p) else { return nil }
    let c = Int(sentenceOf[slash])
    let start = sentences[c].lowerBound
    let creditOnly = (start..<slash).allSatisfy { tokens[$0].kind != .word || tokens[$0].isCapitalized }
    if creditOnly, c > 0, sentences[c - 1].lowerBound >= p.lowerBound { return sentences[c - 1].lowerBound }
    return max(start, p.lowerBound)
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

  /// The slash of the photo credit the paragraph ends with, if any: `Outlet/Name` after the last
  /// sentence, in brackets or not (`(AP Photo/Mike Kessler)`, `THE CANADIAN PRESS/Sean Ko`).
  func creditSlash(_ p: Range<Int>) -> Int? {
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
    else { return nil }
    return j
  }
}
