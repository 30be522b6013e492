import Foundation

@testable import WhoSaid

/// What the schema validator needs of the library's `JSONValue`.
extension JSONValue {
  static func parse(_ text: some StringProtocol) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
  }

  /// The value of `key` when this is an object that has it (nil, not null, when absent).
  func field(_ key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }

  /// The JSON Schema type names this value has (`integer` is also a `number`).
  var types: Set<String> {
    switch self {
    case .null: return ["null"]
    case .bool: return ["boolean"]
    case .int: return ["integer", "number"]
    case .number(let d): return d == d.rounded() ? ["integer", "number"] : ["number"]
    case .string: return ["string"]
    case .array: return ["array"]
    case .object: return ["object"]
    }
  }

  var double: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .number(let d): return d
    default: return nil
    }
  }
}

/// A validator for the part of JSON Schema (2020-12) that docs/record.schema.json uses:
/// `type` (a name or a list), `enum`, `required`, `properties`, `items`, `$ref` to
/// `#/$defs/…`, `oneOf`, `allOf`, `minimum`, `maximum`. Any other keyword is an error,
/// so the schema cannot grow past what is checked without the validator knowing.
struct SchemaValidator {
  let root: JSONValue
  static let keywords: Set<String> = [
    "$schema", "$id", "title", "description", "$defs", "type", "enum", "required", "properties", "items", "$ref",
    "oneOf", "allOf", "minimum", "maximum",
  ]

  /// What is wrong with `value`, one message per problem with its JSON path; empty when valid.
  func errors(_ value: JSONValue, schema: JSONValue? = nil, at path: String = "$") -> [String] {
    guard case .object(let s) = schema ?? root else { return ["\(path): the schema is not an object"] }
    var out: [String] = []
    for key in s.keys where !Self.keywords.contains(key) { out.append("\(path): schema keyword '\(key)' is not supported") }
    if case .string(let ref)? = s["$ref"] {
      let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
      guard ref.hasPrefix("#/$defs/"), let target = root.field("$defs")?.field(name) else { return out + ["\(path): unknown $ref \(ref)"] }
      out += errors(value, schema: target, at: path)
    }
    if let t = s["type"] {
      let wanted: [String]
      switch t {
      case .string(let one): wanted = [one]
      case .array(let many): wanted = many.compactMap { if case .string(let n) = $0 { return n } else { return nil } }
      default: wanted = []
      }
      if value.types.isDisjoint(with: wanted) { out.append("\(path): \(value.types.sorted()) is not \(wanted)") }
    }
    if case .array(let allowed)? = s["enum"], !allowed.contains(value) { out.append("\(path): \(value) is not one of \(allowed)") }
    if let min = s["minimum"]?.double, let v = value.double, v < min { out.append("\(path): \(v) < minimum \(min)") }
    if let max = s["maximum"]?.double, let v = value.double, v > max { out.append("\(path): \(v) > maximum \(max)") }
    if case .object(let o) = value {
      if case .array(let required)? = s["required"] {
        for case .string(let k) in required where o[k] == nil { out.append("\(path): '\(k)' is required") }
      }
      if case .object(let properties)? = s["properties"] {
        for (k, sub) in properties { if let v = o[k] { out += errors(v, schema: sub, at: "\(path).\(k)") } }
      }
    }
    if case .array(let a) = value, let items = s["items"] {
      for (i, v) in a.enumerated() { out += errors(v, schema: items, at: "\(path)[\(i)]") }
    }
    if case .array(let options)? = s["oneOf"] {
      let matching = options.filter { errors(value, schema: $0, at: path).isEmpty }.count
      if matching != 1 { out.append("\(path): matches \(matching) of the oneOf schemas, not 1") }
    }
    if case .array(let all)? = s["allOf"] {
      for sub in all { out += errors(value, schema: sub, at: path) }
    }
    return out
  }
}
