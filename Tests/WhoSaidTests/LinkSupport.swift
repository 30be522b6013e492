import Foundation
@testable import WhoSaid

/// Invented dumps of whosaid records for the link tests, and a way to link them.
enum LinkFixture {
  /// One quote of a record.
  struct Quote {
    var kind = "direct"
    var text: String
    var speaker: String?
    var speakerKind = "person"
    var cue: String? = "say"
    var fragments: [(Int, Int)] = []
    var start = 10
    var hasSpeaker = true
  }

  static func direct(_ text: String, by speaker: String?, kind: String = "person") -> Quote {
    Quote(text: "\u{201C}\(text)\u{201D}", speaker: speaker, speakerKind: kind)
  }

  /// A record line as whosaid writes it (offsets in code points).
  static func record(_ id: String, _ quotes: [Quote]) -> String {
    let qs: [[String: Any]] = quotes.map { q in
      var o: [String: Any] = [
        "kind": q.kind, "text": q.text, "start": q.start, "end": q.start + q.text.unicodeScalars.count,
        "confidence": 0.9,
        "fragments": q.fragments.map { ["start": $0.0, "end": $0.1] },
      ]
      o["speaker"] =
        q.hasSpeaker
        ? ["text": q.speaker ?? "he", "start": 0, "end": 2, "name": q.speaker.map { $0 as Any } ?? NSNull(), "kind": q.speakerKind,
          "resolution": "explicit"] as [String: Any] : NSNull()
      o["cue"] = q.cue.map { ["text": $0, "lemma": $0, "start": 3, "end": 6] as Any } ?? NSNull()
      return o
    }
    let obj: [String: Any] = ["id": id, "lang": "en", "quotes": qs, "speakers": []]
    let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  /// The groups of a dump of record lines.
  static func link(_ lines: [String], rules: LinkRules = LinkRules(), memory: Int = 64 << 20, partitions: Int = 256) throws -> [QuoteGroup] {
    let linker = QuoteLinker(rules: rules, memory: memory, partitions: partitions)
    let reader = LinkRecordReader(rules: rules)
    for (k, line) in lines.enumerated() {
      var l = line
      let found = try l.withUTF8 { try reader.occurrences($0, article: k) } ?? []
      for o in found { try linker.add(o) }
    }
    var out: [QuoteGroup] = []
    try linker.finish { out.append($0) }
    return out
  }

  /// The groups as the JSON lines `whosaid link` writes.
  static func json(_ groups: [QuoteGroup]) -> String {
    var w = JSONWriter()
    for g in groups { GroupWriter.writeJSON(g, into: &w) }
    return String(decoding: w.bytes, as: UTF8.self)
  }

  /// The article ids of a group's occurrences.
  static func ids(_ g: QuoteGroup) -> [String] {
    g.occurrences.map { String(decoding: $0.id, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
  }
}
