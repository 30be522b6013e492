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
    fields = JSONFieldReader(paths: [options.idField, options.textField] + options.keep)
  }

  func read(_ path: String, _ emit: (Event) -> Void) {
    if path == "-" {
      readStream(fd: 0, name: "<stdin>", kind: options.input, sizeHint: 0, emit)
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
    var st = stat()
    let size = fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0
    readStream(fd: fd, name: path, kind: k, sizeHint: size, emit)
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
      var article = Article(id: id.bytes, text: t, origin: where_, size: size)
      if values.count > 2 { article.kept = Array(values.dropFirst(2)) }
      return (article, warning)
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
