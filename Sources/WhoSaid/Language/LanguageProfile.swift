/// Everything the extractor knows about one language: its words and their roles,
/// its reporting verbs, and its quotation conventions.
///
/// A profile is data plus a few switches; the extractor itself is shared by all
/// languages. Build one with ``english``, ``german`` or ``french``, or extend one
/// with ``adding(cues:)``.
public struct LanguageProfile: Sendable {
  /// ISO 639-1 code (`en`, `de`, `fr`).
  public let code: String
  /// Every word the profile lists; tokens carry ids into it.
  public internal(set) var table: WordTable
  /// The roles of each word, by word id.
  public internal(set) var roles: [WordRole]
  /// The first cue of each word, by word id (-1: not a cue).
  public internal(set) var cueOfWord: [Int32]
  /// A second cue, for particle verbs that share a form (`called` / `called for`).
  public internal(set) var particleCueOfWord: [Int32]
  /// Every particle cue of a form, keyed by form and particle (`gab`+`an` → `angeben`,
  /// `gab`+`bekannt` → `bekanntgeben`), for forms that several particle verbs share.
  var particleCues: [Int64: Int32] = [:]
  /// The cues.
  public internal(set) var cues: [Cue]
  /// The act and parties of each cue, by cue index (from the cue table; a cue past the end, one
  /// added with `--cues`, has the default): apart from ``cues``, which the stages copy often.
  public internal(set) var cueSemantics: [CueSemantics] = []
  /// The cue whose claim each word names as a noun (`accusation` → `accuse`), by word id (-1: none).
  public internal(set) var nounCueOfWord: [Int32] = []
  /// The semantics of source phrases and constructions, by the lemma a frame prints (`according
  /// to`, `laut`, `:`).
  public internal(set) var sourceSemantics: [String: CueSemantics] = [:]
  /// The words around a claim's parties and the act rules (see ``PartyWords``), read in place.
  public var parties: PartyWords {
    _read { yield partyBox.words }
  }
  var partyBox = PartyWordsBox(PartyWords())
  /// Phrases that introduce a source before it (`according to`, `laut`, `selon`), as word-id sequences.
  public internal(set) var sourcePrepositions: [[Int32]]
  /// Words that follow their source (`zufolge`).
  public internal(set) var sourcePostpositions: Set<Int32>
  /// Nouns that name a source after ``KnownWords/sourceNounPreposition`` (German `nach ersten
  /// Angaben`, `nach einem Bericht der Zeitung`, `nach seiner Meinung`).
  var sourceNouns: Set<Int32> = []
  /// Endings of compound source nouns (`Polizeiangaben`, `Medienberichten`), as lowercase UTF-8.
  var sourceNounEndings: [[UInt8]] = []
  /// Nouns whose quoted apposition is a title, not quoted words (German `Motto`, `Lied`, `Ausstellung`:
  /// `unter dem Motto „Freiheit statt Angst“`).
  var titleNouns: Set<Int32> = []
  /// Nouns whose words quote nobody (German `Sprichwort`, `Redensart`: `Ein Sprichwort besagt: „…“`).
  var unattributedNouns: Set<Int32> = []
  /// Endings of adverbs and adjectives that open a sentence before its verb (German
  /// `Ursprünglich`, `Langfristig`, `Relativierend`): capitalized there, but no names.
  var adverbialEndings: [[UInt8]] = []
  /// Particles inside names (`von`, `zu`, `van`, `de`), and the articles that may follow one
  /// (`von der Leyen`, `de la Fuente`).
  var nameParticles: Set<Int32> = []
  var nameParticleArticles: Set<Int32> = []
  /// The class of each lemma of the cue table (``CueTable``): cues, source phrases, constructions.
  var classOfLemma: [String: CueClass] = [:]
  /// What the precision rules know of each word, by word id (``WordMarks``).
  var marks: [WordMarks] = []
  /// Whether any word is a document noun (the [doc] rule of ``CueClass``).
  var hasDocumentNouns = false
  /// Whether a content right after its cue must read as a clause (``Document/readsAsReport(at:limit:cue:)``,
  /// English): `announced new parking rules` and `appeared in court` report nothing.
  public internal(set) var requiresClauseContent = false
  /// Whether a cue form is read as a noun by its position (English: `the final say`, `Media reports
  /// say`; see `FrameFinder.isNounUse`).
  public internal(set) var readsCueNounsByPosition = false
  /// `words` in `In her words, …`.
  var wordsWord: Int32 = -1
  /// Labels that open a teaser line before a colon, as word ids (`Read more`, `Also read`).
  var teaserLabels: [[Int32]] = []
  /// The word that opens what an object is taken for (`as` in `sees the slowdown as temporary`).
  var judgementWord: Int32 = -1
  /// Indefinite articles, lower-case (`a`, `ein`, `une`): a description opened by one names
  /// someone new (`a spokesman said`), never an entity met before.
  var indefiniteArticles: Set<String> = []
  /// Whether capitalized words are common nouns too (German), so capitals alone do not make names.
  public let capitalizesNouns: Bool
  /// Ids of the function words the rules name.
  public internal(set) var known = KnownWords()
  /// Whether the finite verb comes second (German): a speaker may follow its cue after any
  /// fronted phrase (`Am Montag sagte der Minister`), and a separable particle may close
  /// the clause (`teilte die Polizei mit`).
  public internal(set) var verbSecond = false
  /// Whether a sentence in the reported-speech mood (``WordRole/subjunctive``) continues the
  /// indirect speech of the attributed sentence before it (German).
  public internal(set) var subjunctiveContinues = false
  /// Whether an inverted frame starts at the auxiliary before its cue (French `», a déclaré X`),
  /// so the quote before it is the cue's.
  public internal(set) var invertsAfterAuxiliary = false
  /// Whether a day of the month is written as an ordinal with a period (German `am 6. Oktober`),
  /// so a period between a day number and a month name ends no sentence.
  public internal(set) var ordinalPeriod = false
  /// The elided words that end at their apostrophe and stand as words of their own (French
  /// `l`, `d`, `qu`, `lorsqu`: `l'État` is `l'` and `État`), lower case, without the apostrophe.
  public internal(set) var elisions: [String] = []
  /// Whether elided articles and pronouns are words of their own (the profile lists elisions).
  public var splitsElisions: Bool { !elisions.isEmpty }
  /// The French words the French rules name; its presence turns those rules on (French only).
  var french: FrenchWords?

  init(code: String, capitalizesNouns: Bool) {
    self.code = code
    self.capitalizesNouns = capitalizesNouns
    table = WordTable([])
    roles = []
    cueOfWord = []
    particleCueOfWord = []
    cues = []
    sourcePrepositions = []
    sourcePostpositions = []
  }

  /// Returns the id of `word`, adding it if it is new.
  @discardableResult
  mutating func word(_ word: String) -> Int32 {
    let id = table.insert(word)
    while roles.count <= Int(id) {
      roles.append([])
      cueOfWord.append(-1)
      marks.append([])
      particleCueOfWord.append(-1)
      nounCueOfWord.append(-1)
    }
    return id
  }

  /// Gives each of the whitespace-separated `words` the role `role`.
  mutating func add(_ role: WordRole, _ words: String) {
    for w in words.asciiSplit([0x20, 0x0A]) {
      let id = word(String(w))
      roles[Int(id)].formUnion(role)
    }
  }

  /// Adds cues from lines `lemma|form form …|flags`; `#` starts a comment line.
  mutating func addCues(_ text: String) {
    for line in text.asciiSplit([0x0A]) {
      let fields = line.asciiFields(0x7C)
      guard fields.count >= 2, !line.hasPrefix("#") else { continue }
      var lemma = fields[0].trimmingSpaces
      var particle: Int32 = -1
      var separable = false
      // `mitteilen+mit`: German separable particle; `point out`: English particle.
      if let plus = lemma.firstIndex(of: "+") {
        separable = true
        particle = word(String(lemma[lemma.index(after: plus)...]))
        lemma = String(lemma[..<plus])
      }
      var frame: CueFrame = []
      var preposition: Int32 = -1
      for flag in (fields.count > 2 ? fields[2] : "").asciiSplit([0x20]) {
        switch flag {
        case "clause": frame.insert(.clause)
        case "object": frame.insert(.object)
        case "quote": frame.insert(.quoteOnly)
        case "weak": frame.insert(.weak)
        case "strict": frame.insert([.weak, .strict])
        case "passive": frame.insert(.passive)
        case "np": frame.insert(.phrase)
        default:
          if preposition < 0 {
            preposition = word(String(flag))
            frame.insert(.prepositional)
          }
        }
      }
      if frame.isEmpty { frame = .clause }
      let cueID = Int32(cues.count)
      if particle < 0, let space = lemma.lastIndex(of: " ") {
        particle = word(String(lemma[lemma.index(after: space)...]))
      }
      let particleText = particle >= 0 ? table.word(particle) : ""
      let listed = fields[1].asciiSplit([0x20]).filter { $0 != particleText }
      if let base = listed.first { marks[Int(word(String(base)))].insert(.baseCueForm) }
      for form in listed.prefix(2) { marks[Int(word(String(form)))].insert(.nounCueForm) }
      // A particle verb lists forms as `pointed out`: the verb carries the cue.
      for form in fields[1].asciiSplit([0x20]) where !form.isEmpty && form != particleText {
        let id = word(String(form))
        // `mitgeteilt`: a separable verb's forms with the particle attached stand alone. Its
        // infinitive with `zu` glued in (`mitzuteilen`, `anzunehmen`) is no cue: it never has a
        // subject of its own.
        if separable && form.hasPrefix(particleText) {
          let zuInfinitive = form.hasPrefix(particleText + "zu") && form.count > particleText.count + 4
          if !zuInfinitive, cueOfWord[Int(id)] < 0 { cueOfWord[Int(id)] = cueID }
        } else if particle >= 0 {
          if separable {
            // Verb-final clauses glue the particle on: `wie die Polizei mitteilte`.
            let glued = word(particleText + form)
            if cueOfWord[Int(glued)] < 0 { cueOfWord[Int(glued)] = cueID }
          }
          if particleCueOfWord[Int(id)] < 0 { particleCueOfWord[Int(id)] = cueID }
          let key = Int64(id) << 32 | Int64(particle)
          if particleCues[key] == nil { particleCues[key] = cueID }
        } else if cueOfWord[Int(id)] < 0 {
          cueOfWord[Int(id)] = cueID
        }
      }
      cues.append(Cue(lemma: lemma, frame: frame, particle: particle, preposition: preposition, cueClass: classOfLemma[lemma] ?? .speech))
    }
  }

  /// Adds a phrase that introduces a source (`according to`).
  mutating func addSourcePreposition(_ phrase: String) {
    sourcePrepositions.append(phrase.asciiSplit([0x20]).map { word(String($0)) })
  }

  /// Adds a word that follows its source (`zufolge`).
  mutating func addSourcePostposition(_ w: String) { sourcePostpositions.insert(word(w)) }

  /// Returns a copy with more cues, in the `lemma|forms|flags` line format.
  public func adding(cues text: String) -> LanguageProfile {
    var copy = self
    copy.addCues(text)
    return copy
  }

  /// The particle cue of form `word` whose particle is `particle`, or -1.
  func particleCue(_ word: Int32, _ particle: Int32) -> Int32 {
    guard word >= 0, particle >= 0, particleCueOfWord[Int(word)] >= 0 else { return -1 }
    let first = particleCueOfWord[Int(word)]
    if cues[Int(first)].particle == particle { return first }
    return particleCues[Int64(word) << 32 | Int64(particle)] ?? -1
  }

  /// Gives each of the whitespace-separated `words` the mark `mark`.
  mutating func mark(_ mark: WordMarks, _ words: String) {
    for w in words.asciiSplit([0x20, 0x0A]) { marks[Int(word(String(w)))].insert(mark) }
  }

  /// Whether the word with id `id` has the mark `mark` (false for -1).
  @inline(__always) func has(_ id: Int32, _ mark: WordMarks) -> Bool { id >= 0 && marks[Int(id)].contains(mark) }

  /// The roles of the word with id `id` (empty for -1).
  @inlinable public func role(_ id: Int32) -> WordRole { id < 0 ? [] : roles[Int(id)] }
}

extension StringProtocol {
  /// Non-empty pieces between any of the ASCII `separators`, cut on the UTF-8
  /// bytes (much faster than splitting on `Character`s when profiles are built).
  func asciiSplit(_ separators: [UInt8]) -> [Substring] {
    let s = Substring(self)
    var out: [Substring] = []
    var start = s.utf8.startIndex
    var i = start
    while i < s.utf8.endIndex {
      if separators.contains(s.utf8[i]) {
        if start < i { out.append(Substring(s.utf8[start..<i])) }
        start = s.utf8.index(after: i)
      }
      i = s.utf8.index(after: i)
    }
    if start < s.utf8.endIndex { out.append(Substring(s.utf8[start..<s.utf8.endIndex])) }
    return out
  }

  /// All pieces between the ASCII `separator`, empty ones included.
  func asciiFields(_ separator: UInt8) -> [Substring] {
    let s = Substring(self)
    var out: [Substring] = []
    var start = s.utf8.startIndex
    var i = start
    while i < s.utf8.endIndex {
      if s.utf8[i] == separator {
        out.append(Substring(s.utf8[start..<i]))
        start = s.utf8.index(after: i)
      }
      i = s.utf8.index(after: i)
    }
    out.append(Substring(s.utf8[start..<s.utf8.endIndex]))
    return out
  }
}

extension Substring {
  var trimmingSpaces: String {
    var s = self[...]
    while s.first == " " { s = s.dropFirst() }
    while s.last == " " { s = s.dropLast() }
    return String(s)
  }
}
