import Foundation
import WhoSaid

/// The extractors an invocation needs — one per language, or only the one
/// `--lang` names — built once from `--cues` and `--entities`.
struct LanguageExtractors: Sendable {
  let byCode: [String: Extractor]
  let forced: String?

  /// Builds the extractors; the error names the file that could not be read.
  static func load(_ options: Options) throws(CLIError) -> LanguageExtractors {
    var cueText: String?
    if let cues = options.cuesFile {
      guard let text = try? String(contentsOfFile: cues, encoding: .utf8) else {
        throw .setupFile("cannot read cue file '\(cues)'")
      }
      cueText = text
      for w in Self.unknownCueFlags(text, file: cues) { Diagnostics.warning(w) }
    }
    let entities = try options.entitiesFile.map { (file) throws(CLIError) in try KnownEntities.load(file) } ?? []
    var byCode: [String: Extractor] = [:]
    for code in options.lang.map({ [$0] }) ?? LanguageDetector.codes {
      guard var profile = LanguageProfile.named(code) else { continue }
      if let cueText { profile = profile.adding(cues: cueText) }
      byCode[code] = Extractor(profile: profile, knownEntities: entities)
    }
    return LanguageExtractors(byCode: byCode, forced: options.lang)
  }

  /// The language of an article and its extractor (English when in doubt).
  /// `known` is the language found beforehand (an article read in windows is read
  /// in the language of its start).
  func pick(_ text: UnsafeBufferPointer<UInt8>, known: String? = nil) -> (lang: String, extractor: Extractor) {
    let lang = forced ?? known ?? LanguageDetector.detect(utf8: text)
    if let e = byCode[lang] { return (lang, e) }
    if let e = byCode["en"] { return ("en", e) }
    // `byCode` always holds the forced or detected languages; keep a safe default.
    return (lang, byCode.values.first ?? Extractor())
  }

  /// The flags of a `--cues` file: any other word is the preposition that opens the content.
  static let cueFlags: Set<Substring> = ["clause", "object", "quote", "weak", "strict", "passive", "np"]

  /// A warning for each word in a cue file's flags that is no flag and no preposition
  /// any language knows (a typo such as `cluase` became a preposition in silence).
  static func unknownCueFlags(_ text: String, file: String) -> [String] {
    let profiles = LanguageDetector.codes.compactMap { LanguageProfile.named($0) }
    var out: [String] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fields = line.split(separator: "|", omittingEmptySubsequences: false)
      guard fields.count > 2, !line.hasPrefix("#") else { continue }
      for word in fields[2].split(separator: " ") where !cueFlags.contains(word) {
        let known = profiles.contains { !$0.role($0.table.id(of: String(word).lowercased())).isEmpty }
        if !known {
          out.append(
            "\(file):\(n + 1): '\(word)' is no flag (\(cueFlags.sorted().joined(separator: ", "))) and no function word of \(LanguageDetector.codes.joined(separator: ", ")); read as the preposition that opens the content"
          )
        }
      }
    }
    return out
  }
}
