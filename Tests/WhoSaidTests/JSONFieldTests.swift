import Testing
@testable import WhoSaid

/// What the JSON Lines reader says of objects and arrays: the message and the byte of each
/// error, empty and nested members, and keys with escapes found for a path.
@Suite("JSON field reader")
struct JSONFieldTests {
  func read(_ line: String, paths: [String] = ["id", "text"]) throws(JSONError) -> [JSONFieldReader.Value?] {
    let reader = JSONFieldReader(paths: paths)
    return try Array(line.utf8).withUnsafeBufferPointer { (p) throws(JSONError) in try reader.read(p) }
  }

  @Test(arguments: [
    (#"{"id":"a","k":[1,2}"#, "expected ',' or ']'", 18),
    (#"{"id":"a","k":[1,2"#, "unterminated array", 18),
    (#"{"id":"a","k":{"b":1]}"#, "expected ',' or '}'", 20),
    (#"{"id":"a","k":{"b":1"#, "unterminated object", 20),
    (#"{"id":"a","k":{"b" 1}}"#, "expected ':'", 19),
    (#"{"id":"a","k":{1:2}}"#, "expected a field name", 15),
    (#"{"id":"a","k":["#, "unexpected end of line", 15),
    (#"{"id":"a","k":{"#, "expected a field name", 15),
    (#"{"id":"a"} x"#, "unexpected data after the object", 11),
  ])
  func errorsSayWhatAndWhere(line: String, message: String, offset: Int) {
    #expect(throws: JSONError(message: message, offset: offset)) { try read(line) }
  }

  @Test func emptyAndNestedMembersAreSkipped() throws {
    let values = try read(#"{"a":{},"b":[],"c":{"d":[{"e":null},[]]},"id":"x","text":"y"}"#)
    #expect(values == [.string(Array("x".utf8)), .string(Array("y".utf8))])
  }

  @Test func keysWithEscapesAreFoundForTheirPath() throws {
    let values = try read(#"{"\u0069d":3,"art":{"te\u0078t":"y z"}}"#, paths: ["id", "art.text"])
    #expect(values == [.raw(Array("3".utf8)), .string(Array("y z".utf8))])
  }
}
