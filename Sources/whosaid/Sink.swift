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

/// What the record renderer makes of an article: its whole record, or for a window
/// of a long article the pieces the sink assembles the record from.
enum RecordOutput: Sendable {
  case whole([UInt8])
  case part(RecordPart)

  var byteCount: Int {
    switch self {
    case .whole(let b): return b.count
    case .part(let p): return p.bytes.count
    }
  }
}

/// One window's share of a record: its quote objects (JSON) or its lines (text), one
/// after the other, where each ends, and its speakers.
struct RecordPart: Sendable {
  var bytes: [UInt8]
  var ends: [Int]
  var speakers = SpeakerTally()

  /// The pieces: each quote object, or all the lines as one.
  var pieces: [ArraySlice<UInt8>] {
    var start = 0
    return ends.map { end in
      defer { start = end }
      return bytes[start..<end]
    }
  }
}

/// JSON Lines records (per article or per quote) or text for people.
struct RecordRenderer: Renderer {
  let options: Options
  /// Whether text output gets ANSI colours (a terminal and no `NO_COLOR`).
  let colour: Bool

  func render(_ e: Extraction) -> RecordOutput {
    var w = JSONWriter()
    let record = RecordOptions(offsets: options.offsets, minConfidence: options.minConfidence)
    if let part = e.article.part {
      if options.format == .text {
        TextWriter.writeLines(e.attributions, minConfidence: options.minConfidence, colour: colour, into: &w)
        return .part(RecordPart(bytes: w.bytes, ends: [w.count]))
      }
      var speakers = SpeakerTally()
      speakers.add(e.attributions.filter { $0.confidence >= options.minConfidence })
      let ends = RecordWriter.writeQuoteObjects(
        text: e.text, attributions: e.attributions, options: record, base: part.base, into: &w)
      return .part(RecordPart(bytes: w.takeBytes(), ends: ends, speakers: speakers))
    }
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
    return .whole(w.takeBytes())
  }
}

/// `whosaid extract`: the records on stdout, in input order; a long article's record
/// is written window by window as its windows come.
struct RecordSink: Sink {
  let renderer: RecordRenderer
  var stream = RecordStream(fd: 1, target: "stdout")
  /// The long article being written: quotes so far, and its speakers.
  private var quotes = 0
  private var speakers = SpeakerTally()

  init(renderer: RecordRenderer) { self.renderer = renderer }

  var written: Int { stream.written }

  mutating func consume(_ batch: Batch, _ outputs: [RecordOutput?]) throws(CLIError) {
    for (i, output) in outputs.enumerated() {
      switch output {
      case .whole(let record)?: try stream.add(record, label: batch.articles[i].origin)
      case .part(let part)?: try add(part, of: batch.articles[i])
      case nil: continue
      }
    }
    try stream.flush()
  }

  /// Writes one window's share of its article's record: the opening with the first,
  /// the quotes (or lines), and the speakers and the end with the last.
  private mutating func add(_ part: RecordPart, of a: Article) throws(CLIError) {
    guard let info = a.part else { return }
    let options = renderer.options
    var w = JSONWriter()
    if info.index == 0 {
      quotes = 0
      speakers = SpeakerTally()
      if options.format == .text {
        TextWriter.writeHeader(id: a.textID, colour: renderer.colour, into: &w)
      } else if !options.perQuote {
        w.raw("{\"id\":")
        w.raw(a.id)
        w.raw(",\"lang\":")
        w.string(info.lang)
        w.raw(",\"quotes\":[")
      }
    }
    for piece in part.pieces {
      if options.format == .text {
        w.raw(Array(piece))
      } else if options.perQuote {
        w.raw("{\"id\":")
        w.raw(a.id)
        w.raw(",\"index\":")
        w.int(quotes)
        w.raw(",\"lang\":")
        w.string(info.lang)
        w.raw(",")
        w.raw(Array(piece.dropFirst()))
        w.raw("\n")
      } else {
        if quotes > 0 { w.raw(",") }
        w.raw(Array(piece))
      }
      quotes += 1
    }
    speakers.add(part.speakers)
    if info.isLast {
      if options.format == .text {
        w.raw("\n")
      } else if !options.perQuote {
        w.raw("],")
        RecordWriter.writeSpeakers(speakers.ranked, into: &w)
        w.raw("}\n")
      }
    }
    try stream.add(w.takeBytes(), label: a.origin, completes: info.isLast)
  }

  mutating func finish() throws(CLIError) { try stream.flush() }
}
