import Dispatch
import WhoSaid

/// The pipeline's one worker loop: each worker takes the batch's next article,
/// parses it if the reader did not, picks its language, extracts it and renders it
/// with the sink's renderer; with timing on, each step is charged to its stage.
struct BatchWork<R: Renderer>: Sendable {
  let extractors: LanguageExtractors
  let options: Options
  let jobs: Int
  let renderer: R
  let timing: StageTimes?

  /// Extracts and renders `batch` on all workers; `firstOrdinal` numbers its first article.
  func run(_ batch: Batch, firstOrdinal: Int) -> Extracted<R.Output> {
    let articles = batch.articles
    guard !articles.isEmpty else { return Extracted(batch: batch, outputs: [], messages: []) }
    let outputs = Slots<R.Output>(count: articles.count)
    let messages = Slots<InputReader.Event>(count: articles.count)
    let input = InputReader(options: options)
    // The article number of each item: the windows of an article share its number.
    var ordinal = firstOrdinal
    let ordinals = articles.map { a in
      defer { if a.isWhole { ordinal += 1 } }
      return ordinal
    }
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(jobs, articles.count)) { _ in
      var scratch = Extractor.Scratch()
      var clock = StageClock(enabled: timing != nil)
      defer { timing?.add(clock) }
      while true {
        let i = next.take()
        if i >= articles.count { break }
        var a = articles[i]
        if a.unparsed {
          clock.start()
          let (parsed, message) = input.parse(a)
          clock.end(.reading)
          if let message { messages.set(i, message) }
          guard let parsed else { continue }
          a = parsed
        }
        let out = a.text.withUnsafeBufferPointer { text in
          clock.start()
          let (lang, extractor) = extractors.pick(text, known: a.part?.lang)
          clock.end(.language)
          var found =
            timing == nil
            ? extractor.extract(utf8: text, scratch: &scratch)
            : extractor.extract(utf8: text, scratch: &scratch) { clock.end(StageTimes.Stage($0)) }
          if options.scope != .all { found.removeAll { !options.scope.keeps($0) } }
          if let unit = options.context {
            for k in found.indices { found[k].context = scratch.context(of: found[k], unit: unit) }
          }
          clock.attributions += found.count
          let e = Extraction(
            article: a, text: text, lang: lang, extractor: extractor, attributions: found, ordinal: ordinals[i],
            layout: Layout(scratch, paragraphs: renderer.wantsParagraphs))
          let out = renderer.render(e)
          clock.end(.json)
          return out
        }
        outputs.set(i, out)
      }
    }
    // The texts are done with: the batch waits for the sink without them.
    var done = batch
    for i in done.articles.indices { done.articles[i].text = [] }
    return Extracted(batch: done, outputs: outputs.taken(), messages: messages.taken())
  }
}

extension Layout {
  /// The layout of the article last extracted with `scratch`.
  init(_ scratch: borrowing Extractor.Scratch, paragraphs: Bool) {
    self.paragraphs = scratch.paragraphCount
    sentences = scratch.sentenceCount
    if paragraphs { paragraphSpans = scratch.paragraphSpans }
  }
}
