/// The Claims stage and its state for one article: the reporting frames of each sentence, what
/// each frame reports, and the follow-up passes over the whole article.
///
/// Its buffers are kept between articles (see ``Extractor/Scratch``). The stage reads the
/// ``Document`` and writes only here; the Speakers stage reads ``drafts`` after it.
struct Claims {
  /// The attributions found so far, on token indices, in the order they were made.
  var drafts: [Draft] = []
  /// For each token, the index of the draft whose content holds it, or -1.
  var claimedBy: [Int32] = []
  /// For each sentence, whether it has a reporting frame.
  var sentenceFramed: [Bool] = []
  /// The frames of the sentence being read (a working buffer).
  var frames: [Frame] = []
  /// Where each frame's content must end, for ``ContentFinder`` (a working buffer).
  var contentCuts: [Int] = []

  /// Finds the claims of `document`, replacing those of the article before.
  ///
  /// Runs ``FrameFinder`` and ``ContentFinder`` on each sentence in turn, then the
  /// ``FollowUps`` passes: quotes joined to the one before, quotes standing alone, and German
  /// reported speech in the subjunctive; last ``PartyFinder`` reads each claim's act, target and
  /// audience.
  ///
  /// - Complexity: O(n) in the number of tokens.
  mutating func find(in document: Document) {
    drafts.removeAll(keepingCapacity: true)
    sentenceFramed.removeAll(keepingCapacity: true)
    claimedBy.removeAll(keepingCapacity: true)
    claimedBy.append(contentsOf: repeatElement(-1, count: document.tokens.count))
    let frameFinder = FrameFinder(doc: document)
    let contents = ContentFinder(doc: document)
    let french = document.language.french.map { FrenchClaims(doc: document, words: $0) }
    french?.beforeSentences(&self)
    var paragraph = -1
    var skipFrom = Int.max
    for s in document.sentences {
      frames.removeAll(keepingCapacity: true)
      // Teasers and captions (`READ MORE: Mayor says …`) report nothing: one look per paragraph.
      if Int(document.paragraphOf[s.lowerBound]) != paragraph {
        paragraph = Int(document.paragraphOf[s.lowerBound])
        skipFrom = document.teaserOrCaptionStart(document.paragraphs[paragraph]) ?? Int.max
      }
      if s.lowerBound >= skipFrom {
        sentenceFramed.append(false)
        continue
      }
      frameFinder.findFrames(in: s, into: &frames)
      frameFinder.addFramesAfterTheFirstLook(in: s, into: &frames)
      sentenceFramed.append(!frames.isEmpty)
      contents.attribute(frames: frames, in: s, claims: &self)
    }
    french?.afterSentences(&self)
    let followUps = FollowUps(frameFinder: frameFinder)
    followUps.joinFollowingQuotes(&self)
    followUps.attachStandaloneQuotes(&self)
    followUps.continueSubjunctiveSpeech(&self)
    followUps.linkSourceAdverbs(&self)
    PartyFinder(doc: document).find(in: &self)
  }

  /// Marks the tokens of `r` that no draft holds yet as held by draft `index`.
  mutating func claim(_ r: Range<Int>, _ index: Int32) {
    for k in r where claimedBy[k] < 0 { claimedBy[k] = index }
  }

  /// Adds draft `d`, claiming its content's tokens that no draft holds yet; returns its index.
  @discardableResult
  mutating func add(_ d: Draft) -> Int {
    claim(d.content, Int32(drafts.count))
    drafts.append(d)
    return drafts.count - 1
  }
}
