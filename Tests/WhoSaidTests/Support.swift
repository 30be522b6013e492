import Foundation
import WhoSaid

/// Helpers shared by the tests.
enum Fixture {
  static let extractor = Extractor()

  /// The attributions of `text`.
  static func extract(_ text: String) -> [Attribution] { extractor.extract(text) }

  /// The one attribution whose text contains `needle`.
  static func attribution(_ list: [Attribution], containing needle: String) -> Attribution? {
    list.first { $0.text.contains(needle) }
  }

  /// The UTF-8 span of the first occurrence of `needle` in `text`.
  static func span(of needle: String, in text: String) -> TextSpan? {
    let t = Array(text.utf8)
    let n = Array(needle.utf8)
    guard !n.isEmpty, n.count <= t.count else { return nil }
    for i in 0...(t.count - n.count) where t[i..<(i + n.count)].elementsEqual(n) {
      return TextSpan(start: i, end: i + n.count)
    }
    return nil
  }

  /// The package root (the folder holding Package.swift).
  static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  }()

  /// `../shared` beside the package, when present.
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
  static var hasShared: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("eval/seed.jsonl").path) }

  /// The `whosaid` binary built beside the tests, if any.
  static let binary: URL? = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("whosaid"),
      packageRoot.appendingPathComponent(".build/debug/whosaid"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()
}
