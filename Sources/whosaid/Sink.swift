import WhoSaid

/// One article as extracted, handed to a sink's renderer on a worker thread.
/// `text` is valid only during the call.
struct Extraction {
  let article: Article
  /// The article's UTF-8 text, the reference of the attributions' offsets.
  let text: UnsafeBufferPointer<UInt8>
  /// The language it was read as.
  let lang: String
  let extractor: Extractor
  let attributions: [Attribution]
  /// The article's number in the input (0 for the first), when the reader parsed
  /// the lines (see ``Sink/parsesOnReader``); otherwise counts lines that failed too.
  let ordinal: Int
}

/// What a sink does with each article on a worker thread: turns its extraction into
/// the sink's output (a record, an HTML entry). Renderers are values shared by all
/// workers, so they hold no mutable state.
protocol Renderer: Sendable {
  associatedtype Output: Sendable
  func render(_ e: Extraction) -> Output
}

/// Where the pipeline's articles go: JSON Lines or text on stdout, an HTML report,
/// bench's timing. The pipeline reads, extracts and renders (one worker loop for
/// every sink); the sink receives the rendered articles in input order, as
/// ripgrep's searcher hands matches to a sink.
protocol Sink {
  associatedtype Rendering: Renderer
  /// Renders each article on the worker threads.
  var renderer: Rendering { get }
  /// Stage times to measure, for bench; nil otherwise.
  var timing: StageTimes? { get }
  /// Whether the reader thread parses JSON lines (so every article's ``Extraction/ordinal``
  /// is exact); otherwise workers parse them when every core has a worker.
  var parsesOnReader: Bool { get }
  /// How many articles the sink has taken in whole (written, added, made).
  var written: Int { get }
  /// Takes one batch's outputs, in input order; nil where a line was no article.
  mutating func consume(_ batch: Batch, _ outputs: [Rendering.Output?]) throws(CLIError)
  /// After the last batch (or after an interruption): write what is left.
  mutating func finish() throws(CLIError)
}

extension Sink {
  var timing: StageTimes? { nil }
  var parsesOnReader: Bool { false }
}

/// JSON Lines records (per article or per quote) or text for people.
struct RecordRenderer: Renderer {
  let options: Options
  /// Whether text output gets ANSI colours (a terminal and no `NO_COLOR`).
  let colour: Bool

  func render(_ e: Extraction) -> [UInt8] {
    var w = JSONWriter()
    let record = RecordOptions(offsets: options.offsets, minConfidence: options.minConfidence)
    switch (options.format, options.perQuote) {
    case (.text, _):
      TextWriter.writeArticle(
        id: e.article.textID, attributions: e.attributions, minConfidence: options.minConfidence, colour: colour,
        into: &w)
    case (.json, true):
      RecordWriter.writePerQuote(
        id: e.article.id, lang: e.lang, text: e.text, attributions: e.attributions, options: record, into: &w)
    case (.json, false):
      RecordWriter.writeArticle(
        id: e.article.id, lang: e.lang, text: e.text, attributions: e.attributions, options: record, into: &w)
    }
    return w.takeBytes()
  }
}

/// `whosaid extract`: the records on stdout, in input order.
struct RecordSink: Sink {
  let renderer: RecordRenderer
  var stream = RecordStream(fd: 1, target: "stdout")

  var written: Int { stream.written }

  mutating func consume(_ batch: Batch, _ outputs: [[UInt8]?]) throws(CLIError) {
    for (i, record) in outputs.enumerated() {
      guard let record else { continue }
      try stream.add(record, label: batch.articles[i].origin)
    }
    try stream.flush()
  }

  mutating func finish() throws(CLIError) { try stream.flush() }
}
