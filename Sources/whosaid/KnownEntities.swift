import Foundation
import WhoSaid

/// Reads `--entities` files.
enum KnownEntities {
  static func load(_ path: String) throws(CLIError) -> [KnownEntity] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .setupFile("cannot read entities file '\(path)'")
    }
    var out: [KnownEntity] = []
    for (n, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
      guard !line.allSatisfy({ $0 == 32 || $0 == 13 }) else { continue }
      guard let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let name = obj["name"] as? String else {
        throw .setupFile("\(path):\(n + 1): expected an object with a string 'name'")
      }
      let kind = (obj["kind"] as? String).flatMap(SpeakerKind.init(rawValue:)) ?? .person
      out.append(KnownEntity(name: name, aliases: obj["aliases"] as? [String] ?? [], kind: kind, country: obj["country"] as? String))
    }
    return out
  }
}
