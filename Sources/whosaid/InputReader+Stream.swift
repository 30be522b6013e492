import Foundation
import WhoSaid

/// Reading a stream: text articles whole, JSON Lines line by line as they arrive;
/// an article longer than the window is handed on in windows.
extension InputReader {
  /// Reads `fd` in 4 MiB chunks; JSON Lines are emitted line by line as they arrive.
  /// `sizeHint` is the size of a regular file (0 when unknown): a text article is
  /// read into room made once.
  func readStream(fd: Int32, name: String, kind: Options.InputKind, sizeHint: Int, _ emit: (Event) -> Void) {
    var buffer: [UInt8] = []
    var kind = kind
    var lines = LineCutter(name: name)
    var firstChunk = true
    var blankPrefix = 0
    var chunk = [UInt8](repeating: 0, count: 4 << 20)
    while true {
      let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        emit(.fatal(.unreadable(path: name, reason: CLIError.reason(errno))))
        return
      }
      if n == 0 { break }
      buffer.append(contentsOf: chunk[0..<n])
      if firstChunk {
        firstChunk = false
        // A UTF-8 byte order mark is not part of the first article.
        if buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { buffer.removeFirst(3) }
      }
      if kind == .auto {
        // Only the bytes of this chunk are new: leading white space is not scanned again.
        if let first = buffer[blankPrefix...].firstIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
          kind = buffer[first] == UInt8(ascii: "{") ? .jsonl : .text
        } else {
          blankPrefix = buffer.count
        }
      }
      if kind == .jsonl {
        lines.cut(&buffer, reader: self, emit)
      } else if kind == .text && sizeHint > buffer.capacity {
        buffer.reserveCapacity(sizeHint + 1)
      }
    }
    if kind == .jsonl {
      lines.finish(&buffer, reader: self, emit)
      return
    }
    textArticle(buffer, name: name, emit)
  }

  /// The article of a text input; binary data is a failure, empty stdin a warning.
  func textArticle(_ buffer: [UInt8], name: String, _ emit: (Event) -> Void) {
    if name == "<stdin>" && buffer.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      // `zcat missing.gz | whosaid`: an upstream failure, not an empty article.
      emit(.warning("stdin is empty: no article read"))
      return
    }
    if let why = BinaryText.reason(utf8: buffer) {
      emit(.failure(.binary(at: name, reason: why)))
      return
    }
    var id = JSONWriter()
    id.string(name == "<stdin>" ? "-" : name)
    let text = buffer.withUnsafeBufferPointer { p -> [UInt8] in
      if UTF8Validation.isValid(p) { return buffer }
      emit(.warning("\(name): invalid UTF-8 replaced with U+FFFD"))
      return UTF8Validation.repaired(p)
    }
    emitArticle(Article(id: id.bytes, text: text, origin: name == "<stdin>" ? "-" : name, size: buffer.count), emit)
  }

  /// Emits the article of one JSON line; returns false for a blank line.
  @discardableResult
  func line(_ p: UnsafeBufferPointer<UInt8>, name: String, number: Int, _ emit: (Event) -> Void) -> Bool {
    var end = p.count
    while end > 0 && (p[end - 1] == 0x0D || p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
    if end == 0 { return false }  // blank line
    let where_ = "\(name):\(number)"
    let line = UnsafeBufferPointer(rebasing: p[0..<end])
    // A line longer than a window is parsed here, whoever parses the others: its
    // article is handed on in windows.
    if !parsesLines && end <= options.window {
      emit(.article(Article(id: [], text: Array(line), origin: where_, size: p.count + 1, unparsed: true)))
      return true
    }
    let (article, message) = parse(line, where: where_, size: p.count + 1)
    if let message { emit(message) }
    if let article { emitArticle(article, emit) }
    return true
  }

  /// Emits `a`, or its windows when it is longer than ``Options/window``: each window
  /// a copy, in the article's language, knowing where it starts.
  func emitArticle(_ a: Article, _ emit: (Event) -> Void) {
    guard a.text.count > options.window else {
      emit(.article(a))
      return
    }
    a.text.withUnsafeBufferPointer { text in
      let lang = options.lang ?? LanguageDetector.detect(utf8: text)
      let windows = ArticleWindows.cut(text, size: options.window)
      var base = 0
      var sizeLeft = a.size
      for (k, r) in windows.enumerated() {
        let window = UnsafeBufferPointer(rebasing: text[r])
        let isLast = k == windows.count - 1
        let size = isLast ? sizeLeft : min(sizeLeft, r.count)
        sizeLeft -= size
        let part = Article.Part(index: k, isLast: isLast, lang: lang, base: base)
        var w = Article(id: a.id, text: Array(window), origin: a.origin, size: size, part: part)
        w.kept = a.kept
        emit(.article(w))
        base += OffsetConverter.length(window, unit: options.offsets)
      }
    }
  }
}

/// Cuts JSON Lines out of the bytes read so far. A line longer than a window is
/// parsed on its own and its bytes given back before its windows are handed on, so
/// that the line and its windows are never all held at once.
struct LineCutter {
  let name: String
  var number = 0
  /// Lines that were not blank.
  var lines = 0
  /// How far the buffer was searched for a line break (a long line is not searched again).
  var scanned = 0

  init(name: String) { self.name = name }

  /// Emits every whole line in `buffer` and keeps the rest.
  mutating func cut(_ buffer: inout [UInt8], reader: InputReader, _ emit: (InputReader.Event) -> Void) {
    while let long = cutUpToLongLine(&buffer, reader: reader, emit) {
      // Give the long line's room back before its windows wait in the queue.
      var rest: [UInt8] = []
      rest.reserveCapacity(max(buffer.count, 4 << 20))
      rest.append(contentsOf: buffer)
      buffer = rest
      scanned = 0
      reader.emitArticle(long, emit)
    }
  }

  /// Emits the lines in `buffer` up to the first one longer than a window, which it
  /// parses and returns (its bytes taken out of the buffer); nil when there is none.
  private mutating func cutUpToLongLine(
    _ buffer: inout [UInt8], reader: InputReader, _ emit: (InputReader.Event) -> Void
  ) -> Article? {
    var start = 0
    var long: Article?
    buffer.withUnsafeBufferPointer { p in
      guard let base = p.baseAddress else { return }
      var from = max(start, scanned)
      while from < p.count, let hit = memchr(base + from, 0x0A, p.count - from) {
        let nl = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        number += 1
        let line = UnsafeBufferPointer(rebasing: p[start..<nl])
        if nl - start > reader.options.window {
          lines += 1
          let (article, message) = reader.parse(line, where: "\(name):\(number)", size: line.count + 1)
          if let message { emit(message) }
          long = article
          start = nl + 1
          if article != nil { break }
          from = start
          continue
        }
        if reader.line(line, name: name, number: number, emit) { lines += 1 }
        start = nl + 1
        from = start
      }
    }
    buffer.removeFirst(start)
    scanned = buffer.count
    return long
  }

  /// The last line, when the input does not end with a line break.
  mutating func finish(_ buffer: inout [UInt8], reader: InputReader, _ emit: (InputReader.Event) -> Void) {
    if buffer.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
      number += 1
      lines += 1
      _ = buffer.withUnsafeBufferPointer { reader.line($0, name: name, number: number, emit) }
    }
    if name == "<stdin>" && lines == 0 { emit(.warning("stdin is empty: no article read")) }
  }
}
