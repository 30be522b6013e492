import Foundation
import WhoSaid

/// Turns paths into articles: text files, folders of `.txt` files, JSON Lines
/// dumps read in chunks, and stdin.
struct InputReader: Sendable {
  enum Event: Sendable {
    case article(Article)
    /// One article could not be read (it is counted as failed).
    case failure(CLIError)
    /// A whole input could not be read.
    case fatal(CLIError)
    case warning(String)
  }

  let options: Options
  let fields: JSONFieldReader
  /// When false, JSON Lines are cut but not parsed: each comes as an article with
  /// ``Article/unparsed`` set, for ``parse(_:)`` on a worker thread.
  var parsesLines = true

  init(options: Options, parsesLines: Bool = true) {
    self.options = options
    self.parsesLines = parsesLines
    fields = JSONFieldReader(paths: [options.idField, options.textField])
  }

  func read(_ path: String, _ emit: (Event) -> Void) {
    if path == "-" {
      readStream(fd: 0, name: "<stdin>", kind: options.input, emit)
      return
    }
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      emit(.fatal(.noSuchInput(path: path)))
      return
    }
    if isDir.boolValue {
      readFolder(path, emit)
      return
    }
    readFile(path, kind: options.input, emit)
  }

  /// Reads a folder's text files (`.txt` in any case: `A.TXT` too), recursively in
  /// sorted order; hidden files and folders (`.x.txt`, macOS's `._x.txt`, `.git/`) are
  /// skipped. A folder with no text file is said, not passed over in silence.
  func readFolder(_ path: String, _ emit: (Event) -> Void) {
    guard let walker = FileManager.default.enumerator(atPath: path) else {
      emit(.fatal(.unreadable(path: path, reason: "cannot list the folder")))
      return
    }
    var files: [String] = []
    var skipped = 0
    while let f = walker.nextObject() as? String {
      let name = f.split(separator: "/").last.map(String.init) ?? f
      let isFolder = walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory
      if name.hasPrefix(".") {
        if isFolder { walker.skipDescendants() }
        skipped += 1
        continue
      }
      if isFolder { continue }
      if name.lowercased().hasSuffix(".txt") { files.append(f) } else { skipped += 1 }
    }
    if files.isEmpty {
      emit(.warning("\(path): no .txt file in this folder\(skipped > 0 ? " (\(counted(skipped, "other file")) skipped)" : "")"))
    }
    let folder = path.hasSuffix("/") ? path : path + "/"
    for f in files.sorted() { readFile(folder + f, kind: .text, emit) }
  }

  func readFile(_ path: String, kind: Options.InputKind, _ emit: (Event) -> Void) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      emit(.fatal(.unreadable(path: path, reason: CLIError.reason(errno))))
      return
    }
    defer { close(fd) }
    var k = kind
    if k == .auto {
      let lower = path.lowercased()
      k = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonl : .text
    }
    readStream(fd: fd, name: path, kind: k, emit)
  }

  /// Reads `fd` in 4 MiB chunks; JSON Lines are emitted line by line as they arrive.
  func readStream(fd: Int32, name: String, kind: Options.InputKind, _ emit: (Event) -> Void) {
    var buffer: [UInt8] = []
    var kind = kind
    var lineNumber = 0
    var lines = 0  // not blank
    var scanned = 0
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
        var start = 0
        buffer.withUnsafeBufferPointer { p in
          guard let base = p.baseAddress else { return }
          var from = max(start, scanned)
          while from < p.count, let hit = memchr(base + from, 0x0A, p.count - from) {
            let nl = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            lineNumber += 1
            if line(UnsafeBufferPointer(rebasing: p[start..<nl]), name: name, number: lineNumber, emit) { lines += 1 }
            start = nl + 1
            from = start
          }
        }
        buffer.removeFirst(start)
        scanned = buffer.count  // a long line is not scanned again
      }
    }
    if kind == .jsonl {
      if buffer.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) {
        lineNumber += 1
        _ = buffer.withUnsafeBufferPointer { line($0, name: name, number: lineNumber, emit) }
        lines += 1
      }
      if name == "<stdin>" && lines == 0 { emit(.warning("stdin is empty: no article read")) }
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
    emit(.article(Article(id: id.bytes, text: text, origin: name == "<stdin>" ? "-" : name, size: buffer.count)))
  }

  /// Emits the article of one JSON line; returns false for a blank line.
  @discardableResult
  func line(_ p: UnsafeBufferPointer<UInt8>, name: String, number: Int, _ emit: (Event) -> Void) -> Bool {
    var end = p.count
    while end > 0 && (p[end - 1] == 0x0D || p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
    if end == 0 { return false }  // blank line
    let where_ = "\(name):\(number)"
    let line = UnsafeBufferPointer(rebasing: p[0..<end])
    if !parsesLines {
      emit(.article(Article(id: [], text: Array(line), origin: where_, size: p.count + 1, unparsed: true)))
      return true
    }
    let (article, message) = parse(line, where: where_, size: p.count + 1)
    if let message { emit(message) }
    if let article { emit(.article(article)) }
    return true
  }

  /// Parses an article that came unparsed (see ``parsesLines``): the article, or nil
  /// when the line is not one; and the failure or warning to report, if any.
  func parse(_ raw: Article) -> (article: Article?, message: Event?) {
    raw.text.withUnsafeBufferPointer { parse($0, where: raw.origin, size: raw.size) }
  }

  /// Reads the id and text of one JSON line (`where_` names it in messages).
  func parse(_ line: UnsafeBufferPointer<UInt8>, where where_: String, size: Int) -> (article: Article?, message: Event?) {
    do {
      let values = try fields.read(line)
      guard case .string(let text)? = values[1] else {
        return (nil, .failure(.noTextField(at: where_, field: options.textField)))
      }
      var id = JSONWriter()
      switch values[0] {
      case .string(let s)?: s.withUnsafeBufferPointer { id.string($0) }
      case .raw(let r)?:
        // A number (the reader validated it) is kept as written; null, true, false,
        // objects and arrays are no ids.
        guard let first = r.first, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) else {
          return (nil, .failure(.badID(at: where_, field: options.idField, found: Self.describe(r))))
        }
        id.raw(r)
      case nil: id.string(where_)
      }
      var t = text
      var warning: Event?
      let valid = t.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
      if !valid {
        // A JSON string may hold NUL on purpose (`\u0000`); bytes that are mostly not UTF-8 are no text.
        if let why = BinaryText.reason(utf8: t, allowsNUL: true) { return (nil, .failure(.binary(at: where_, reason: why))) }
        warning = .warning("\(where_): invalid UTF-8 replaced with U+FFFD")
        t = t.withUnsafeBufferPointer { UTF8Validation.repaired($0) }
      }
      return (Article(id: id.bytes, text: t, origin: where_, size: size), warning)
    } catch {
      return (nil, .failure(.malformedJSON(at: where_, detail: "\(error)")))
    }
  }

  /// What a JSON value that is no id is: `null`, `true`, `an object`, `an array`.
  static func describe(_ raw: [UInt8]) -> String {
    switch raw.first {
    case UInt8(ascii: "{"): return "an object"
    case UInt8(ascii: "["): return "an array"
    default: return String(decoding: raw, as: UTF8.self)
    }
  }
}
