import WhoSaid

/// The settings of `whosaid extract` (and the extraction part of `report` and `bench`).
struct Options: Sendable {
  enum InputKind: String, Sendable, CaseIterable { case auto, text, jsonl }
  enum Format: String, Sendable, CaseIterable { case json, text, csv, tsv }
  var paths: [String] = []
  var input = InputKind.auto
  var idField = "id"
  var textField = "text"
  /// Fields of each input line copied into its output (`--keep`), as dotted paths.
  var keep: [String] = []
  /// The context written with each attribution (`--context`), if any.
  var context: ContextUnit?
  var offsets = OffsetUnit.codepoint
  var minConfidence = 0.0
  /// Which attributions are kept (and, in eval, scored): all, or speech only.
  var scope = EvaluationScope.all
  var perQuote = false
  var jobs = 0
  var entitiesFile: String?
  var cuesFile: String?
  var quiet = false
  /// `en`, `de`, `fr`, or nil to detect each article's language.
  var lang: String?
  var format = Format.json
  var showVersion = false
  /// Articles longer than this many bytes are read in windows of at most this size.
  var window = Options.defaultWindow
  static let defaultWindow = 256 << 10

  /// The inputs, stdin when none are given.
  var sources: [String] { paths.isEmpty ? ["-"] : paths }
}

/// Each option of extract, report and bench, declared once.
extension Options {
  typealias Declared = Option<Options>

  static let input = Declared(
    "--input", value: "auto|text|jsonl",
    help: "How to read inputs (default auto: .jsonl/.ndjson files are JSON Lines, other files text; stdin is JSON Lines when it starts with '{')."
  ) { o, v, name throws(CLIError) in o.input = try Value.choice(v, name, InputKind.self) }

  static let idField = Declared(
    "--id-field", value: "PATH", help: "JSON field of the article id (default id); a string or a number."
  ) { o, v, name throws(CLIError) in o.idField = try Value.nonEmpty(v, name) }

  static let textField = Declared(
    "--text-field", value: "PATH", help: "JSON field of the text, dotted for nested fields (default text; e.g. article.body)."
  ) { o, v, name throws(CLIError) in o.textField = try Value.nonEmpty(v, name) }

  static let keep = Declared(
    "--keep", value: "FIELD,...",
    help: """
      Copy these fields of each JSON line (dotted paths, like --id-field) into its output unchanged: a "kept" \
      object in JSON (null for a field the line lacks), columns in csv/tsv, the article's heading in text and \
      in the report (e.g. --keep url,date,meta.source).
      """
  ) { o, v, name throws(CLIError) in
    let paths = v.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
    guard !paths.isEmpty, paths.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.hasSuffix(".") && !$0.contains("..") }) else {
      throw .usage("\(name) needs field paths separated by commas (url,meta.date), not '\(v)'")
    }
    for p in paths where !o.keep.contains(p) { o.keep.append(p) }
    guard o.keep.count <= 60 else { throw .usage("\(name) takes at most 60 fields") }
  }

  static let context = Declared(
    "--context", value: "sentence|paragraph",
    help: """
      Add each attribution's context: the text, start and end of the sentences its content runs over (or of \
      its paragraphs), as a "context" object in JSON and a column in csv/tsv.
      """
  ) { o, v, name throws(CLIError) in o.context = try Value.choice(v, name, ContextUnit.self) }

  static let offsets = Declared(
    "--offsets", value: "codepoint|utf16|utf8", help: "Unit of start/end offsets (default codepoint)."
  ) { o, v, name throws(CLIError) in o.offsets = try Value.choice(v, name, OffsetUnit.self) }

  static let minConfidence = Declared(
    "--min-confidence", value: "X", help: "Leave out attributions below X (0...1)."
  ) { o, v, name throws(CLIError) in
    guard let c = Double(v), c >= 0, c <= 1 else { throw .usage("\(name) must be a number in 0...1, not '\(v)'") }
    o.minConfidence = c
  }

  static let scope = Declared(
    "--scope", value: "speech|all",
    help: """
      Which attributions are kept (default all). speech: only those whose cue.class is speech (said, told, \
      according to, a colon) and quotes with no cue; beliefs (believes, expects) and evidence (a study shows) are \
      left out. In eval, gold items whose class is belief or evidence are left out too.
      """
  ) { o, v, name throws(CLIError) in o.scope = try Value.choice(v, name, EvaluationScope.self) }

  static let perQuote = Declared(
    "--per-quote", help: "One line per attribution (with the article id and its index) instead of one per article."
  ) { o, _, _ throws(CLIError) in o.perQuote = true }

  static let format = Declared(
    "--format", value: "json|text|csv|tsv",
    help: """
      JSON Lines (default); text: lines for people, each starting with the kind and confidence: 'direct 0.95 \
      Speaker (cue): "quote"' for words quoted verbatim (with their marks), 'indirect 0.75 Speaker (cue) ≈ \
      paraphrase' for mixed and indirect claims (no marks added), coloured on a terminal unless NO_COLOR is set; \
      csv or tsv: a table for spreadsheets, a header row and one row per attribution (RFC 4180 quoting; an \
      article with none gets a row with an empty index).
      """
  ) { o, v, name throws(CLIError) in o.format = try Value.choice(v, name, Format.self) }

  static let jobs = Declared(
    "--jobs", "-j", value: "N", help: "Worker threads (default: all cores); the output is the same for every N."
  ) { o, v, name throws(CLIError) in o.jobs = try Value.whole(v, name, in: 1...1024) }

  static let entities = Declared(
    "--entities", value: "FILE", help: "JSON Lines of known speakers: name, aliases, kind, country."
  ) { o, v, name throws(CLIError) in o.entitiesFile = try Value.nonEmpty(v, name) }

  static let cues = Declared(
    "--cues", value: "FILE", help: "More reporting verbs, lines 'lemma|forms|flags' (see the README for the flags)."
  ) { o, v, name throws(CLIError) in o.cuesFile = try Value.nonEmpty(v, name) }

  static let lang = Declared(
    "--lang", value: "en|de|fr|auto",
    help: "The articles' language (default auto: detected per article from its first 4 KB, or less when one language clearly leads)."
  ) { o, v, name throws(CLIError) in
    guard v == "auto" || LanguageDetector.codes.contains(v) else {
      throw .usage("\(name) must be \(LanguageDetector.codes.joined(separator: ", ")) or auto, not '\(v)'")
    }
    o.lang = v == "auto" ? nil : v
  }

  static let quiet = Declared(
    "--quiet", "-q", help: "No progress line or summary on stderr (errors and warnings are still said)."
  ) { o, _, _ throws(CLIError) in o.quiet = true }

  static let window = Declared(
    "--window", value: "SIZE",
    help: "Articles longer than SIZE (bytes, or with K or M; default 256K) are extracted in windows of at most SIZE cut at paragraph breaks, so that memory stays bounded; a speaker is then resolved within its window."
  ) { o, v, name throws(CLIError) in
    o.window = try Value.size(v, name, atLeast: 1 << 10, "1K", units: "KM")
  }

  static let version = Declared("--version", help: "Show the version.") { o, _, _ throws(CLIError) in o.showVersion = true }

  /// Reading and extracting: what extract, report and bench all take.
  static let common: [Declared] = [input, idField, textField, minConfidence, jobs, entities, cues, lang, window, quiet]
  /// Which attributions are kept: extract, report, bench (and eval, which scores in the same scope).
  static let kept: [Declared] = [scope]
  /// How records are written: extract and bench.
  static let records: [Declared] = [offsets, perQuote, format, keep, context]

  static let exitStatus = "0 all articles written; 1 an article failed or the output could not be written (see stderr); 2 usage error; 130 interrupted."

  /// Takes a path.
  static let path: @Sendable (inout Options, String) throws(CLIError) -> Void = { o, p throws(CLIError) in o.paths.append(p) }

  /// `whosaid [extract]`.
  static let command = Command<Options>(
    name: "whosaid",
    usage: [
      "whosaid [extract] [OPTIONS] [PATH ...]",
      "whosaid eval GOLD.jsonl [OPTIONS]      (see whosaid eval --help)",
      "whosaid report [OPTIONS] [PATH ...]    (see whosaid report --help)",
      "whosaid bench [OPTIONS] [PATH ...]     (see whosaid bench --help)",
      "whosaid link [OPTIONS] [PATH ...]      (see whosaid link --help)",
    ],
    abstract: """
      Reads news articles and writes who said what as JSON Lines, one record per article. PATH is a text \
      file (one article), a folder (its .txt files, recursively, hidden files skipped), a JSON Lines dump \
      (.jsonl/.ndjson: one article per line), or - for stdin. With no PATH, reads stdin.
      """,
    options: Array(common.prefix(3)) + records + Array(common.dropFirst(3).prefix(1)) + kept + Array(common.dropFirst(4)) + [version],
    positional: path,
    examples: [
      "whosaid corpora/example.txt",
      "whosaid --jobs 2 dump.jsonl > quotes.jsonl",
      "zcat dump.jsonl.gz | whosaid --input jsonl --text-field article.body",
    ],
    exitStatus: exitStatus)
}
