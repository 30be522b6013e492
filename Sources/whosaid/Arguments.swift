/// Walks a command line: options with a value (`--jobs 2` or `--jobs=2`) and plain
/// arguments, for every subcommand's parser.
struct Arguments {
  let all: [String]
  private(set) var index = -1
  /// The current argument's name (`--jobs` for `--jobs=2`).
  private(set) var name = ""
  /// The value written after `=`, if any.
  private(set) var inline: String?

  init(_ args: [String]) { all = args }

  /// Moves to the next argument and returns its name, or nil at the end.
  mutating func next() -> String? {
    index += 1
    guard index < all.count else { return nil }
    name = all[index]
    inline = nil
    if name.hasPrefix("--"), let eq = name.firstIndex(of: "=") {
      inline = String(name[name.index(after: eq)...])
      name = String(name[..<eq])
    }
    return name
  }

  /// The current option's value: after `=`, or the next argument.
  mutating func value() throws(Options.UsageError) -> String {
    if let inline { return inline }
    index += 1
    guard index < all.count else { throw Options.UsageError(message: "\(name) needs a value") }
    return all[index]
  }

  /// The current argument as written.
  var current: String { all[index] }

  /// The arguments after the current one.
  var rest: ArraySlice<String> { all[(index + 1)...] }

  /// Skips to the end.
  mutating func finish() { index = all.count }
}
