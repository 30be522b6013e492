import Foundation

/// Writes to a file descriptor, all of it, and says how far it got when it cannot.
enum OutputFile {
  /// Writes `bytes`; on failure returns how many bytes were written and `errno`.
  static func write(_ fd: Int32, _ bytes: [UInt8]) -> (written: Int, error: Int32?) { write(fd, bytes[...]) }

  /// Writes `bytes`; on failure returns how many bytes were written and `errno`.
  static func write(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> (written: Int, error: Int32?) {
    bytes.withUnsafeBytes { p in
      var done = 0
      while done < p.count {
        let n = Glibc.write(fd, p.baseAddress! + done, p.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          return (done, errno)
        }
        done += n
      }
      return (done, nil)
    }
  }

  /// The error of a write that failed with `code`: a closed pipe is none (`| head`).
  static func failure(_ code: Int32, target: String, progress: String? = nil) -> CLIError {
    code == EPIPE ? .closedPipe : .cannotWrite(target: target, reason: CLIError.reason(code), progress: progress)
  }
}

/// Writes records to a file descriptor in writes of about 1 MB, and knows the last
/// article whose record was written whole — what a pipeline needs to be told when
/// the disk fills up.
struct RecordStream {
  let fd: Int32
  /// `stdout`, or the file's path, for messages.
  let target: String
  private var pending: [UInt8] = []
  /// For each record in `pending`: where it ends and the article it belongs to.
  private var ends: [(end: Int, label: String)] = []
  /// The last article written whole.
  private(set) var lastWritten: String?
  /// How many articles' records were written whole.
  private(set) var written = 0
  static let chunk = 1 << 20

  /// How far the records got, for the message of a failed write.
  var progress: String {
    lastWritten.map { "the last article written whole: \($0)" } ?? "no article was written whole"
  }

  init(fd: Int32, target: String) {
    self.fd = fd
    self.target = target
    pending.reserveCapacity(Self.chunk)
  }

  /// Adds one article's record (perhaps empty: an article with no line), or a piece
  /// of one: the article counts as written with the piece that `completes` it.
  mutating func add(_ record: [UInt8], label: @autoclosure () -> String, completes: Bool = true) throws(CLIError) {
    try add(record[...], label: label(), completes: completes)
  }

  /// Adds one article's record given as a slice of a larger buffer (see ``add(_:label:completes:)``).
  mutating func add(_ record: ArraySlice<UInt8>, label: @autoclosure () -> String, completes: Bool = true) throws(CLIError) {
    if pending.count + record.count > Self.chunk && !pending.isEmpty { try flush() }
    if record.count >= Self.chunk {
      // A large record is written on its own, not copied.
      let (_, error) = OutputFile.write(fd, record)
      if let error { throw OutputFile.failure(error, target: target, progress: progress) }
      if completes {
        lastWritten = label()
        written += 1
      }
      return
    }
    pending.append(contentsOf: record)
    if completes { ends.append((pending.count, label())) }
    if pending.count >= Self.chunk { try flush() }
  }

  /// Writes what is pending.
  mutating func flush() throws(CLIError) {
    guard !ends.isEmpty || !pending.isEmpty else { return }
    let (done, error) = pending.isEmpty ? (0, nil) : OutputFile.write(fd, pending)
    for e in ends where e.end <= done || error == nil {
      lastWritten = e.label
      written += 1
    }
    pending.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    if let error { throw OutputFile.failure(error, target: target, progress: progress) }
  }
}
