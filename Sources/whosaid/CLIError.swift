import Foundation

/// Every way a `whosaid` command can fail, with the message it prints on stderr and
/// the exit status it leads to. Failures of one article (a malformed line, a binary
/// file) are reported and counted while the others go on; the rest end the command.
enum CLIError: Error, Sendable, Equatable {
  /// A bad command line (exit 2).
  case usage(String)
  /// A file the command needs (`--cues`, `--entities`, a gold file) cannot be used (exit 2).
  case setupFile(String)
  /// An input path that does not exist.
  case noSuchInput(path: String)
  /// An input that cannot be opened or read (`strerror`'s text).
  case unreadable(path: String, reason: String)
  /// A JSON line that is no valid JSON object (the reader's message, with the byte).
  case malformedJSON(at: String, detail: String)
  /// A JSON line without the text field.
  case noTextField(at: String, field: String)
  /// A line of `whosaid link`'s records that is no record (no `quotes` array).
  case notARecord(at: String)
  /// A JSON line whose id is neither a string nor a number.
  case badID(at: String, field: String, found: String)
  /// Binary data where an article was expected: NUL bytes, or mostly invalid UTF-8.
  case binary(at: String, reason: String)
  /// The output could not be written (exit 1); `progress` says how far it got
  /// (`the last article written whole: dump.jsonl:17`).
  case cannotWrite(target: String, reason: String, progress: String?)
  /// The reader of stdout went away (`| head`): not an error, the command stops quietly.
  case closedPipe
  /// SIGINT or SIGTERM: the command stops after the last whole record (exit 128 + signal).
  case interrupted(signal: Int32)

  /// What is said on stderr (after `whosaid: error: `).
  var message: String {
    switch self {
    case .usage(let m), .setupFile(let m): return m
    case .noSuchInput(let path): return "\(path): no such file or folder"
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .malformedJSON(let at, let detail): return "\(at): malformed JSON: \(detail)"
    case .noTextField(let at, let field): return "\(at): no string field '\(field)'"
    case .notARecord(let at): return "\(at): no quotes array: not a whosaid record"
    case .badID(let at, let field, let found):
      return "\(at): the id field '\(field)' is \(found); it must be a string or a number"
    case .binary(let at, let reason): return "\(at): binary data (\(reason)), not an article"
    case .cannotWrite(let target, let reason, let progress):
      return "cannot write \(target): \(reason)" + (progress.map { " (\($0))" } ?? "")
    case .closedPipe: return "stdout was closed"
    case .interrupted(let signal):
      return "interrupted by \(signal == SIGTERM ? "SIGTERM" : "SIGINT"); the output holds whole records only"
    }
  }

  /// The exit status when this error ends the command.
  var exitStatus: Int32 {
    switch self {
    case .usage, .setupFile: return 2
    case .closedPipe: return 0
    case .interrupted(let signal): return 128 + signal
    default: return 1
    }
  }

  /// The text of `errno`.
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// Messages on stderr.
enum Diagnostics {
  static func error(_ e: CLIError) { error(e.message) }
  static func error(_ message: String) { write("whosaid: error: \(message)\n") }
  static func warning(_ message: String) { write("whosaid: warning: \(message)\n") }
  static func note(_ message: String) { write("whosaid: \(message)\n") }
  /// Writes to stderr; a failure there has nowhere to be said, so it is ignored.
  static func write(_ s: String) {
    _ = OutputFile.write(2, Array(s.utf8))
  }
}

/// `count` and `noun`, plural when count is not 1 (`1 article`, `3 articles`).
func counted(_ count: Int, _ noun: String) -> String {
  "\(count) \(noun)\(count == 1 ? "" : "s")"
}
