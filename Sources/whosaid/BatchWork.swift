import Dispatch
import Foundation
import WhoSaid

/// The pipeline's one worker loop: each worker takes the batch's next article,
/// parses it if the reader did not, picks its language, extracts it and renders it
/// with the sink's renderer; with timing on, each step is charged to its stage.
///
/// A worker's memory is kept from article to article: its extraction scratch (from batch to
/// batch too) and its room, where the records of its articles are written one after another.
struct BatchWork<R: Renderer>: Sendable {
  let extractors: LanguageExtractors
  let options: Options
  let jobs: Int
  let renderer: R
  let timing: StageTimes?
  /// The workers' scratches, lent for a batch and given back.
  let scratches = ScratchPool()
  /// The workers' rooms, given back by the sink's thread once their records were written
  /// (see ``Extracted/takeRooms()``).
  let rooms = RoomPool()

  /// Extracts and renders `batch` on all workers; `firstOrdinal` numbers its first article.
  func run(_ batch: Batch, firstOrdinal: Int) -> Extracted<R.Output> {
    let articles = batch.articles
    guard !articles.isEmpty else { return Extracted(batch: batch, outputs: [], messages: []) }
    let workers = min(jobs, articles.count)
    let outputs = Slots<R.Output>(count: articles.count)
    let rooms = Slots<[UInt8]>(count: workers)
    let messages = Slots<InputReader.Event>(count: articles.count)
    let input = InputReader(options: options)
    // The article number of each item: the windows of an article share its number.
    var ordinal = firstOrdinal
    let ordinals = articles.map { a in
      defer { if a.isWhole { ordinal += 1 } }
      return ordinal
    }
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let lent = scratches.take()
      var clock = StageClock(enabled: timing != nil)
      var room = JSONWriter(reusing: self.rooms.take())
      var mine: [(Int, R.Output)] = []
      defer {
        scratches.give(lent)
        timing?.add(clock)
        // The room is complete: the outputs that point into it take their bytes.
        let bytes = room.takeBytes()
        for (i, out) in mine { outputs.set(i, renderer.settle(out, room: bytes)) }
        rooms.set(worker, bytes)
      }
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
            ? extractor.extract(utf8: text, scratch: &lent.scratch)
            : extractor.extract(utf8: text, scratch: &lent.scratch) { clock.end(StageTimes.Stage($0)) }
          if options.scope != .all { found.removeAll { !options.scope.keeps($0) } }
          if let unit = options.context {
            for k in found.indices { found[k].context = lent.scratch.context(of: found[k], unit: unit) }
          }
          clock.attributions += found.count
          let e = Extraction(
            article: a, text: text, lang: lang, extractor: extractor, attributions: found, ordinal: ordinals[i],
            layout: Layout(lent.scratch, paragraphs: renderer.wantsParagraphs))
          let out = renderer.render(e, room: &room)
          clock.end(.json)
          return out
        }
        mine.append((i, out))
      }
    }
    // The texts are done with: the batch waits for the sink without them.
    var done = batch
    for i in done.articles.indices { done.articles[i].text = [] }
    return Extracted(batch: done, outputs: outputs.taken(), messages: messages.taken(), rooms: rooms.taken().compactMap { $0 })
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

/// The rooms of earlier batches, whose records were written: a worker writes into one of them
/// instead of into new memory (no fresh pages for the kernel to clear, no doubling from 256 bytes).
/// At most ``limit`` are kept, none larger than ``largest`` bytes: memory stays bounded.
final class RoomPool: @unchecked Sendable {
  private var free: [[UInt8]] = []
  private let lock = NSLock()
  static let limit = 8
  static let largest = 64 << 20

  /// A room given back (no longer shared, once its batch's outputs are gone), or an empty one.
  func take() -> [UInt8] {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast() ?? []
  }

  /// Keeps `rooms` for the next batches. A room still shared with a record is not spoiled when
  /// reused: the writer then copies it first.
  func give(_ rooms: [[UInt8]]) {
    lock.lock()
    defer { lock.unlock() }
    for r in rooms where free.count < Self.limit && r.capacity <= Self.largest { free.append(r) }
  }
}

/// Extraction scratches kept from batch to batch, one per worker at a time.
final class ScratchPool: @unchecked Sendable {
  /// One worker's scratch (used by one thread at a time).
  final class Lent: @unchecked Sendable {
    var scratch = Extractor.Scratch()
  }

  private var free: [Lent] = []
  private let lock = NSLock()

  /// A scratch of an earlier batch, or a new one.
  func take() -> Lent {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast() ?? Lent()
  }

  /// Gives a scratch back for the next batch.
  func give(_ s: Lent) {
    lock.lock()
    free.append(s)
    lock.unlock()
  }
}
