/// A language's cue table, read: one row per cue lemma, source phrase and construction
/// (`EnglishCueTable`, `GermanCueTable`, `FrenchCueTable`; tab-separated
/// `lemma class act object_role noun_forms notes`), and the nouns that make a speaker a
/// document (`report`, `study`, `figures`).
///
/// ```
/// say	speech	statement	audience:to		…
/// believe	belief	belief	none		…
/// according to	speech	statement	none		source phrase …
/// ```
///
/// The one reader of the tables: ``LanguageProfile`` takes each row's class into its cues
/// (``Cue/cueClass``) and its source phrases (``LanguageProfile/sourceClass(_:)``); the other
/// columns are kept as written in ``rows`` for the features that read them.
struct CueTable {
  /// One row of the table, its columns as written.
  struct Row {
    var lemma: String
    var cueClass: CueClass
    var act: String
    var objectRole: String
    var nounForms: String
    /// The notes, where the context rules that apply to the row are named in brackets (`[ask-wh]`).
    var notes: String = ""
  }

  /// The rows, in table order.
  var rows: [Row] = []
  /// The document nouns, lowercase (the last word of a two-word head such as `opinion poll`).
  var documentNouns: [String] = []

  /// Nouns whose reports are a body's words, not documents (`media reports say`): the
  /// exception the document-noun lists make for `report(s)`.
  static let newsNouns = ["news", "media", "press", "newspaper"]

  /// Reads a table and its document-noun list; a row whose class is no ``CueClass`` is skipped.
  init(_ text: String, documentNouns nouns: String) {
    for line in text.asciiSplit([0x0A]) {
      let f = line.asciiFields(0x09)
      guard f.count >= 2, let c = CueClass(rawValue: String(f[1])) else { continue }  // the header, or no row
      rows.append(
        Row(
          lemma: String(f[0]), cueClass: c, act: f.count > 2 ? String(f[2]) : "",
          objectRole: f.count > 3 ? String(f[3]) : "", nounForms: f.count > 4 ? String(f[4]) : "",
          notes: f.count > 5 ? String(f[5]) : ""))
    }
    for line in nouns.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      guard let last = line.asciiSplit([0x20]).last else { continue }
      documentNouns.append(String(last))
    }
  }
}

extension LanguageProfile {
  /// Takes a cue table's classes into the cues (built in and added later with the same lemma)
  /// and the source phrases, and its document nouns.
  mutating func addCueTable(_ table: CueTable) {
    for row in table.rows { classOfLemma[row.lemma] = row.cueClass }
    for i in cues.indices {
      if let c = classOfLemma[cues[i].lemma] { cues[i].cueClass = c }
    }
    for noun in table.documentNouns { marks[Int(word(noun))].insert(.documentNoun) }
    hasDocumentNouns = hasDocumentNouns || !table.documentNouns.isEmpty
    for noun in CueTable.newsNouns { marks[Int(word(noun))].insert(.newsNoun) }
  }

  /// The class of a source phrase or construction by its lemma as printed (`according to`,
  /// `nach ansicht`, `:`); speech for one the table lacks.
  public func sourceClass(_ lemma: String) -> CueClass { classOfLemma[lemma] ?? .speech }
}
