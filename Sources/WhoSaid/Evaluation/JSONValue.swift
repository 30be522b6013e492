import Foundation

/// Any JSON value, for reading records whose fields are checked one by one, as a
/// Python reader of the same file checks them (an integer is no boolean, a
/// missing key reads as null).
enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .number(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  /// Parses one JSON document; the error says what is wrong in words.
  static func decode(_ data: Data) throws(PredictionReader.Failure) -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch let DecodingError.dataCorrupted(c) {
      throw PredictionReader.Failure("bad JSON: \(c.debugDescription)")
    } catch {
      throw PredictionReader.Failure("bad JSON: \(error)")
    }
  }

  /// A field of an object; null for a missing key or a value that is no object.
  subscript(_ key: String) -> JSONValue {
    if case .object(let o) = self { return o[key] ?? .null }
    return .null
  }

  /// The string, if the value is one.
  var string: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The integer, if the value is one (not a boolean, not a fraction).
  var int: Int? {
    if case .int(let i) = self { return i }
    return nil
  }

  /// Whether Python reads the value as false (null, false, 0, "", [] or {}).
  var isFalsy: Bool {
    switch self {
    case .null: return true
    case .bool(let b): return !b
    case .int(let i): return i == 0
    case .number(let d): return d == 0
    case .string(let s): return s.isEmpty
    case .array(let a): return a.isEmpty
    case .object(let o): return o.isEmpty
    }
  }

  /// The value as a message shows it.
  var shown: String {
    switch self {
    case .null: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return "\(i)"
    case .number(let d): return "\(d)"
    case .string(let s): return "'\(s)'"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}
