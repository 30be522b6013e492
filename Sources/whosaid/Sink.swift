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
  /// Its layout, from the extraction's scratch: what a window adds to the paragraph and
  /// sentence numbers of the next, and the paragraphs when the renderer wants them.
  let layout: Layout
}

/// The layout of an extracted article (see ``Extractor/Scratch/paragraphSpans``).
struct Layout: Sendable {
  var paragraphs = 0
  var sentences = 0
  /// The paragraphs' byte spans, only for a renderer that asks (``Renderer/wantsParagraphs``).
  var paragraphSpans: [TextSpan] = []
}

/// What a sink does with each article on a worker thread: turns its extraction into
/// the sink's output (a record, an HTML entry). Renderers are values shared by all
/// workers, so they hold no mutable state.
protocol Renderer: Sendable {
  associatedtype Output: Sendable
  func render(_ e: Extraction) -> Output
  /// Whether ``Extraction/layout`` should hold the paragraphs' spans (the report's).
  var wantsParagraphs: Bool { get }
  /// Renders into the worker's `room` (by default: ``render(_:)``, which does not use it).
  func render(_ e: Extraction, room: inout JSONWriter) -> Output
  /// An output of ``render(_:room:)`` made whole once the worker is done with its room, whose
  /// bytes are `room` (by default the output itself).
  func settle(_ output: Output, room: [UInt8]) -> Output
}

extension Renderer {
  var wantsParagraphs: Bool { false }
  func render(_ e: Extraction, room: inout JSONWriter) -> Output { render(e) }
  func settle(_ output: Output, room: [UInt8]) -> Output { output }
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
  case whole(ArraySlice<UInt8>)
  case part(RecordPart)
  /// The whole record, written in the worker's room at this range (see ``Renderer/settle(_:room:)``).
  case inRoom(Range<Int>)

  var byteCount: Int {
    switch self {
    case .whole(let b): return b.count
    case .part(let p): return p.bytes.count
    case .inRoom(let r): return r.count
    }
  }
}

/// One window's share of a record: its quote objects (JSON) or its lines (text), one
/// after the other, where each ends, and its speakers.
struct RecordPart: Sendable {
  var bytes: [UInt8]
  var ends: [Int]
  var speakers = SpeakerTally()
  /// Each piece's paragraph and sentence in its window, for the sink to count on from the
  /// windows before (JSON and tables), and the window's paragraphs and sentences.
  var places: [(paragraph: Int, sentence: Int)] = []
  var paragraphs = 0
  var sentences = 0

  /// The pieces: each quote object, or all the lines as one.
  var pieces: [ArraySlice<UInt8>] {
    var start = 0
    return ends.map { end in
      defer { start = end }
      return bytes[start..<end]
    }
  }
}

/// JSON Lines records (per article or per quote), text for people, or CSV/TSV rows.
struct RecordRenderer: Renderer {
  let options: Options
  /// Whether text output gets ANSI colours (a terminal and no `NO_COLOR`).
  let colour: Bool

  /// The table writer of `--format csv|tsv`.
  var table: TableWriter {
    TableWriter(tabs: options.format == .tsv, context: options.context != nil, kept: options.keep)
  }

  func kept(_ a: Article) -> KeptFields? {
    options.keep.isEmpty ? nil : KeptFields(paths: options.keep, values: a.kept)
  }

  func render(_ e: Extraction) -> RecordOutput {
    var w = JSONWriter()
    return settle(render(e, room: &w), room: w.takeBytes())
  }

  /// Writes the article's record at the end of `room`: every record of a worker's articles in
  /// one buffer, whose room is kept from article to article.
  func render(_ e: Extraction, room w: inout JSONWriter) -> RecordOutput {
    // The reader validated (or repaired) every text it made an article of.
    let record = RecordOptions(offsets: options.offsets, minConfidence: options.minConfidence, validUTF8: true)
    let kept = kept(e.article)
    if let part = e.article.part { return render(part: part, of: e, kept: kept, record: record) }
    let start = w.count
    switch (options.format, options.perQuote) {
    case (.text, _):
      TextWriter.writeHeader(id: e.article.textID, fields: kept?.labels ?? [], colour: colour, into: &w)
      TextWriter.writeLines(e.attributions, minConfidence: options.minConfidence, colour: colour, into: &w)
      w.raw("\n")
    case (.csv, _), (.tsv, _):
      table.writeArticle(
        id: e.article.displayID, lang: e.lang, kept: kept, text: e.text, attributions: e.attributions,
        options: record, into: &w)
    case (.json, true):
      RecordWriter.writePerQuote(
        id: e.article.id, lang: e.lang, kept: kept, text: e.text, attributions: e.attributions, options: record,
        into: &w)
    case (.json, false):
      RecordWriter.writeArticle(
        id: e.article.id, lang: e.lang, kept: kept, text: e.text, attributions: e.attributions, options: record,
        into: &w)
    }
    return .inRoom(start..<w.count)
  }

  func settle(_ output: RecordOutput, room: [UInt8]) -> RecordOutput {
    if case .inRoom(let r) = output { return .whole(room[r]) }
    return output
  }

  /// One window's share of its article's record: its lines, rows or quote objects, without what
  /// only the sink knows (the article's opening, indices, paragraphs and sentences counted on).
  func render(part: Article.Part, of e: Extraction, kept: KeptFields?, record: RecordOptions) -> RecordOutput {
    var w = JSONWriter()
    switch options.format {
    case .text:
      TextWriter.writeLines(e.attributions, minConfidence: options.minConfidence, colour: colour, into: &w)
      return .part(RecordPart(bytes: w.bytes, ends: [w.count]))
    case .csv, .tsv:
      let rows = table.tails(
        lang: e.lang, kept: kept, text: e.text, attributions: e.attributions, options: record, base: part.base)
      var ends: [Int] = []
      for r in rows {
        w.raw(json: r.cells)
        ends.append(w.count)
      }
      let places = rows.map { ($0.paragraph, $0.sentence) }
      return .part(
        RecordPart(
          bytes: w.takeBytes(), ends: ends, places: places, paragraphs: e.layout.paragraphs,
          sentences: e.layout.sentences))
    case .json:
      let found = e.attributions.filter { $0.confidence >= options.minConfidence }
      var speakers = SpeakerTally()
      speakers.add(found)
      let ends = RecordWriter.writeQuoteObjects(
        text: e.text, attributions: e.attributions, options: record, base: part.base, into: &w)
      let places = found.map { ($0.paragraph, $0.sentence) }
      return .part(
        RecordPart(
          bytes: w.takeBytes(), ends: ends, speakers: speakers, places: places, paragraphs: e.layout.paragraphs,
          sentences: e.layout.sentences))
    }
  }
}

/// `whosaid extract`: the records on stdout, in input order (tables after their header row); a
/// long article's record is written window by window as its windows come.
struct RecordSink: Sink {
  let renderer: RecordRenderer
  var stream = RecordStream(fd: 1, target: "stdout")
  /// The long article being written: quotes so far, its speakers, and the paragraphs and
  /// sentences of its windows so far.
  private var quotes = 0
  private var speakers = SpeakerTally()
  private var before = Layout()
  /// Whether a table's header row is still to be written.
  private var header: Bool

  init(renderer: RecordRenderer) {
    self.renderer = renderer
    header = renderer.options.format == .csv || renderer.options.format == .tsv
  }

  var written: Int { stream.written }

  mutating func consume(_ batch: Batch, _ outputs: [RecordOutput?]) throws(CLIError) {
    try writeHeader()
    for (i, output) in outputs.enumerated() {
      switch output {
      case .whole(let record)?: try stream.add(record, label: batch.articles[i].origin)
      case .inRoom?: continue  // settled by the workers: never here
      case .part(let part)?: try add(part, of: batch.articles[i])
      case nil: continue
      }
    }
    try stream.flush()
  }

  /// A table's header row, once, before the first row (also for an input with no article).
  private mutating func writeHeader() throws(CLIError) {
    guard header else { return }
    header = false
    try stream.add(Array(renderer.table.header.utf8), label: "", completes: false)
  }

  /// Writes one window's share of its article's record: the opening with the first,
  /// the quotes (or lines, or rows), and the speakers and the end with the last.
  private mutating func add(_ part: RecordPart, of a: Article) throws(CLIError) {
    guard let info = a.part else { return }
    var w = JSONWriter()
    if info.index == 0 {
      quotes = 0
      speakers = SpeakerTally()
      before = Layout()
    }
    switch renderer.options.format {
    case .text:
      if info.index == 0 {
        TextWriter.writeHeader(
          id: a.textID, fields: renderer.kept(a)?.labels ?? [], colour: renderer.colour, into: &w)
      }
      for piece in part.pieces { w.raw(Array(piece)) }
      if info.isLast { w.raw("\n") }
    case .csv, .tsv: addRows(part, of: a, into: &w)
    case .json: addQuotes(part, of: a, into: &w)
    }
    before.paragraphs += part.paragraphs
    before.sentences += part.sentences
    try stream.add(w.takeBytes(), label: a.origin, completes: info.isLast)
  }

  /// A window's quote objects (or per-quote lines), each given its paragraph and sentence
  /// counted over the windows before.
  private mutating func addQuotes(_ part: RecordPart, of a: Article, into w: inout JSONWriter) {
    guard let info = a.part else { return }
    let perQuote = renderer.options.perQuote
    let kept = renderer.kept(a)
    if info.index == 0 && !perQuote {
      RecordWriter.writeHead(id: a.id, perQuote: false, lang: info.lang, kept: kept, into: &w)
      w.raw(",\"quotes\":[")
    }
    for (k, piece) in part.pieces.enumerated() {
      if perQuote {
        RecordWriter.writeHead(id: a.id, perQuote: true, index: quotes, lang: info.lang, kept: kept, into: &w)
        w.raw(",")
        w.raw(Array(piece.dropFirst().dropLast()))
      } else {
        if quotes > 0 { w.raw(",") }
        w.raw(Array(piece.dropLast()))
      }
      let place = part.places[k]
      RecordWriter.writePlace(
        paragraph: before.paragraphs + place.paragraph, sentence: before.sentences + place.sentence, into: &w)
      w.raw(perQuote ? "}\n" : "}")
      quotes += 1
    }
    speakers.add(part.speakers)
    guard info.isLast else { return }
    if perQuote {
      if quotes == 0 { RecordWriter.writeNoQuoteLine(id: a.id, lang: info.lang, kept: kept, into: &w) }
    } else {
      w.raw("],")
      RecordWriter.writeSpeakers(speakers.ranked, into: &w)
      w.raw("}\n")
    }
  }

  /// A window's table rows, each opened with the id, its index, and its paragraph and sentence
  /// counted over the windows before.
  private mutating func addRows(_ part: RecordPart, of a: Article, into w: inout JSONWriter) {
    guard let info = a.part else { return }
    let table = renderer.table
    for (k, piece) in part.pieces.enumerated() {
      let place = part.places[k]
      w.raw(
        json: table.lead(
          id: a.displayID, index: quotes, paragraph: before.paragraphs + place.paragraph,
          sentence: before.sentences + place.sentence))
      w.raw(Array(piece))
      quotes += 1
    }
    if info.isLast && quotes == 0 {
      w.raw(json: table.lead(id: a.displayID, index: nil, paragraph: nil, sentence: nil))
      w.raw(json: table.emptyTail(lang: info.lang, kept: renderer.kept(a)))
    }
  }

  mutating func finish() throws(CLIError) {
    try writeHeader()
    try stream.flush()
  }
}
