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
  func pick(_ text: UnsafeBufferPointer<UInt8>) -> (lang: String, extractor: Extractor) {
    let lang = forced ?? LanguageDetector.detect(utf8: text)
    if let e = byCode[lang] { return (lang, e) }
    if let e = byCode["en"] { return ("en", e) }
    // `byCode` always holds the forced or detected languages; keep a safe default.
    return (lang, byCode.values.first ?? Extractor())
  }
}
