import WhoSaid

/// The parsed command line of `whosaid extract`.
struct Options: Sendable {
  enum InputKind: String, Sendable { case auto, text, jsonl }
  enum Format: String, Sendable { case json, text }
  var paths: [String] = []
  var input = InputKind.auto
  var idField = "id"
  var textField = "text"
  var offsets = OffsetUnit.codepoint
  var minConfidence = 0.0
  var perQuote = false
  var jobs = 0
  var entitiesFile: String?
  var cuesFile: String?
  var quiet = false
  /// `en`, `de`, `fr`, or nil to detect each article's language.
  var lang: String?
  var format = Format.json

  struct UsageError: Error { var message: String }

  /// Parses `extract`'s arguments.
  static func parse(_ args: [String]) throws(UsageError) -> Options {
    var o = Options()
    var onlyPaths = false
    var cursor = Arguments(args)
    while let a = cursor.next() {
      func v() throws(UsageError) -> String { try cursor.value() }
      if onlyPaths || a == "-" || !a.hasPrefix("-") {
        o.paths.append(cursor.current)
        continue
      }
      switch a {
      case "--": onlyPaths = true
      case "--input":
        let s = try v()
        guard let k = InputKind(rawValue: s) else { throw UsageError(message: "--input must be text, jsonl or auto, not '\(s)'") }
        o.input = k
      case "--id-field": o.idField = try v()
      case "--text-field": o.textField = try v()
      case "--offsets":
        let s = try v()
        guard let u = OffsetUnit(rawValue: s) else { throw UsageError(message: "--offsets must be codepoint, utf16 or utf8, not '\(s)'") }
        o.offsets = u
      case "--min-confidence":
        let s = try v()
        guard let c = Double(s), c >= 0, c <= 1 else { throw UsageError(message: "--min-confidence must be a number in 0...1, not '\(s)'") }
        o.minConfidence = c
      case "--per-quote": o.perQuote = true
      case "--format":
        let s = try v()
        guard let f = Format(rawValue: s) else { throw UsageError(message: "--format must be json or text, not '\(s)'") }
        o.format = f
      case "--jobs", "-j":
        let s = try v()
        guard let n = Int(s), n >= 1, n <= 1024 else { throw UsageError(message: "--jobs must be a whole number from 1 to 1024, not '\(s)'") }
        o.jobs = n
      case "--entities": o.entitiesFile = try v()
      case "--cues": o.cuesFile = try v()
      case "--lang":
        let s = try v()
        guard s == "auto" || LanguageDetector.codes.contains(s) else { throw UsageError(message: "--lang must be en, de, fr or auto, not '\(s)'") }
        o.lang = s == "auto" ? nil : s
      case "--quiet", "-q": o.quiet = true
      default: throw UsageError(message: "unknown option '\(a)'")
      }
    }
    return o
  }

  static let usage = """
    USAGE: whosaid [extract] [OPTIONS] [PATH ...]
           whosaid eval GOLD.jsonl [OPTIONS]      (see whosaid eval --help)
           whosaid report [OPTIONS] [PATH ...]    (see whosaid report --help)
           whosaid bench [OPTIONS] [PATH ...]     (see whosaid bench --help)

    Reads news articles and writes who said what as JSON Lines, one record per
    article. PATH is a text file (one article), a folder (its .txt files, recursively),
    a JSON Lines dump (.jsonl/.ndjson: one article per line), or - for stdin.
    With no PATH, reads stdin.

    OPTIONS:
      --input auto|text|jsonl   How to read inputs (default auto: by extension;
                                stdin is JSON Lines when it starts with '{').
      --id-field PATH           JSON field of the article id (default id).
      --text-field PATH         JSON field of the text, dotted for nested fields
                                (default text; e.g. article.body).
      --offsets codepoint|utf16|utf8
                                Unit of start/end offsets (default codepoint).
      --min-confidence X        Leave out attributions below X (0...1).
      --per-quote               One line per attribution instead of per article.
      --format json|text        JSON Lines (default), or 'Speaker (cue): quote' lines
                                for people (coloured on a terminal unless NO_COLOR).
      --jobs N, -j N            Worker threads (default: all cores).
      --entities FILE           JSON Lines of known speakers: name, aliases, kind, country.
      --cues FILE               More reporting verbs, lines 'lemma|forms|flags'.
      --lang en|de|fr|auto      The articles' language (default auto: detected
                                per article from its first 4 KB,
                                or less when one language clearly leads).
      --quiet, -q               No progress line or summary on stderr.
      -h, --help                Show this help.
      --version                 Show the version.

    EXAMPLES:
      whosaid corpora/example.txt
      whosaid --jobs 2 dump.jsonl > quotes.jsonl
      zcat dump.jsonl.gz | whosaid --input jsonl --text-field article.body

    EXIT STATUS: 0 all articles done; 1 some article failed (see stderr); 2 usage error.
    """
}
