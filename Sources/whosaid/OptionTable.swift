/// One command-line option, declared once: its names, the placeholder of its value,
/// its help, and what it sets. The parser and the help text both read the same
/// declaration, so an option cannot be parsed without being documented or the other
/// way round.
struct Option<Settings>: Sendable {
  /// Long name first (`--jobs`), then any short one (`-j`).
  let names: [String]
  /// The value's placeholder in the help (`N`, `FILE`), or nil for a flag.
  let value: String?
  /// One or more sentences for the help; wrapped to the terminal's 80 columns.
  let help: String
  /// Sets the option's value (`""` for a flag); throws a usage error for a bad value, which
  /// names the option as the third argument says (its long name: `--jobs` for `-j 0` too).
  let apply: @Sendable (inout Settings, String, String) throws(CLIError) -> Void

  init(
    _ names: String..., value: String? = nil, help: String,
    apply: @escaping @Sendable (inout Settings, String, String) throws(CLIError) -> Void
  ) {
    self.names = names
    self.value = value
    self.help = help
    self.apply = apply
  }

  /// `--jobs N, -j N` or `--quiet, -q`.
  var synopsis: String {
    names.map { name in value.map { "\(name) \($0)" } ?? name }.joined(separator: ", ")
  }

  /// The same option setting a part of a larger settings value.
  func lifted<Outer>(_ path: any WritableKeyPath<Outer, Settings> & Sendable) -> Option<Outer> {
    let apply = self.apply
    return Option<Outer>(names: names, value: value, help: help) { (outer: inout Outer, v: String, name: String) throws(CLIError) in
      try apply(&outer[keyPath: path], v, name)
    }
  }

  private init(
    names: [String], value: String?, help: String,
    apply: @escaping @Sendable (inout Settings, String, String) throws(CLIError) -> Void
  ) {
    self.names = names
    self.value = value
    self.help = help
    self.apply = apply
  }
}

/// A subcommand: its usage lines, what it does, its options, examples and exit
/// statuses. ``parse(_:)`` and ``help`` are both made from this one declaration.
struct Command<Settings>: Sendable where Settings: Sendable {
  /// `whosaid report`.
  let name: String
  /// The lines after `USAGE:`.
  let usage: [String]
  /// What the command does, in a paragraph or two (blank lines separate them).
  let abstract: String
  let options: [Option<Settings>]
  /// Takes a plain argument (a path); throws a usage error when the command takes none.
  let positional: @Sendable (inout Settings, String) throws(CLIError) -> Void
  /// Checks the settings once all arguments are read.
  var validate: @Sendable (Settings) throws(CLIError) -> Void = { _ throws(CLIError) in }
  let examples: [String]
  let exitStatus: String
  /// A line after the examples (`For comparisons …`), if any.
  var footer: String? = nil

  /// Parses `args` into `settings`. Options take their value as `--name V`,
  /// `--name=V`, or, for a short name, `-jV`; `--` ends the options; `-` is stdin.
  func parse(_ args: [String], into settings: Settings) throws(CLIError) -> Settings {
    var s = settings
    var i = 0
    var onlyPositional = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositional || arg == "-" || !arg.hasPrefix("-") {
        try positional(&s, arg)
        continue
      }
      if arg == "--" {
        onlyPositional = true
        continue
      }
      var name = arg
      var inline: String?
      if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inline = String(arg[arg.index(after: eq)...])
      } else if !arg.hasPrefix("--"), arg.count > 2 {
        // `-j2`: a short option with its value attached.
        name = String(arg.prefix(2))
        inline = String(arg.dropFirst(2))
      }
      guard let option = options.first(where: { $0.names.contains(name) }) else {
        throw .usage("unknown option '\(arg)' for \(self.name)")
      }
      if option.value == nil {
        guard inline == nil else { throw .usage("\(name) takes no value") }
        try option.apply(&s, "", option.names[0])
        continue
      }
      if let inline {
        try option.apply(&s, inline, option.names[0])
      } else {
        guard i < args.count else { throw .usage("\(name) needs a value (\(option.value ?? ""))") }
        try option.apply(&s, args[i], option.names[0])
        i += 1
      }
    }
    try validate(s)
    return s
  }

  /// The `--help` text.
  var help: String {
    var out = "USAGE: " + usage.joined(separator: "\n       ") + "\n\n"
    out += abstract.split(separator: "\n\n", omittingEmptySubsequences: false)
      .map { wrap(String($0), indent: 0) }.joined(separator: "\n\n") + "\n\nOPTIONS:\n"
    let column = 28
    var rows = options.map { ($0.synopsis, $0.help) }
    rows.append(("-h, --help", "Show this help."))
    for (synopsis, text) in rows {
      let head = "  " + synopsis
      let body = wrap(text, indent: column)
      if head.count + 2 <= column {
        out += head + String(repeating: " ", count: column - head.count) + body.dropFirst(column) + "\n"
      } else {
        out += head + "\n" + body + "\n"
      }
    }
    out += "\nEXAMPLES:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    if let footer { out += "\n" + wrap(footer, indent: 0) + "\n" }
    out += "\n" + wrap("EXIT STATUS: " + exitStatus, indent: 0) + "\n"
    return out
  }
}

/// `text` wrapped at 80 columns, every line indented by `indent` spaces.
func wrap(_ text: String, indent: Int, width: Int = 80) -> String {
  let pad = String(repeating: " ", count: indent)
  var lines: [String] = []
  var line = ""
  for word in text.split(separator: " ", omittingEmptySubsequences: true) {
    if !line.isEmpty && indent + line.count + 1 + word.count > width {
      lines.append(pad + line)
      line = ""
    }
    line += (line.isEmpty ? "" : " ") + word
  }
  lines.append(pad + line)
  return lines.joined(separator: "\n")
}

/// Parsers of option values, each throwing a usage error that names the option.
enum Value {
  static func choice<T: RawRepresentable>(_ s: String, _ option: String, _: T.Type) throws(CLIError) -> T
  where T.RawValue == String, T: CaseIterable {
    guard let v = T(rawValue: s) else {
      let names = T.allCases.map(\.rawValue)
      throw .usage("\(option) must be \(names.dropLast().joined(separator: ", ")) or \(names.last ?? ""), not '\(s)'")
    }
    return v
  }

  static func whole(_ s: String, _ option: String, in range: ClosedRange<Int>) throws(CLIError) -> Int {
    guard let n = Int(s), range.contains(n) else {
      let upper = range.upperBound == Int.max ? "" : " to \(range.upperBound)"
      throw .usage("\(option) must be a whole number from \(range.lowerBound)\(upper), not '\(s)'")
    }
    return n
  }

  static func nonEmpty(_ s: String, _ option: String) throws(CLIError) -> String {
    guard !s.isEmpty else { throw .usage("\(option) needs a value") }
    return s
  }

  /// A size in bytes, or with one of the units `units` names (`"KMG"`: `K`, `M`, `G` in either
  /// case, `64M`), of at least `least`, which the message writes as `leastText` (`64K`).
  static func size(_ s: String, _ option: String, atLeast least: Int, _ leastText: String, units: String) throws(CLIError) -> Int {
    let shifts: [Character: (unit: Character, shift: Int)] = [
      "K": ("K", 10), "k": ("K", 10), "M": ("M", 20), "m": ("M", 20), "G": ("G", 30), "g": ("G", 30),
    ]
    let scale = s.last.flatMap { shifts[$0] }.flatMap { units.contains($0.unit) ? 1 << $0.shift : nil } ?? 1
    guard let n = Int(scale == 1 ? s : String(s.dropLast())), n > 0, n <= (1 << 40) / scale, n * scale >= least else {
      let named = units.map { String($0) }
      let unitText = named.dropLast().joined(separator: ", ") + (named.count > 1 ? " or " : "") + (named.last ?? "")
      throw .usage("\(option) must be a size of at least \(leastText) (bytes, or with \(unitText)), not '\(s)'")
    }
    return n * scale
  }
}
