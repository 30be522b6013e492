import Testing
@testable import WhoSaid

/// A writer that reuses the room of an earlier one (``JSONWriter/init(reusing:)``, the CLI's
/// workers from batch to batch) writes the same bytes as a new one, whatever the room held,
/// and never spoils a record still pointing into the room it reuses.
@Suite("Room reuse")
struct RoomReuseTests {
  /// Writes `texts` as JSON strings, one record a line, into `w`.
  static func write(_ texts: [[UInt8]], into w: inout JSONWriter) {
    for t in texts {
      w.raw("{\"text\":")
      t.withUnsafeBufferPointer { w.string($0) }
      w.raw(",\"n\":")
      w.int(t.count)
      w.raw("}\n")
    }
  }

  @Test("a reused room writes what a new writer writes")
  func reusedRoomWritesTheSame() {
    var r = FastPathTests.Random(state: 7)
    var room: [UInt8] = []
    for round in 0..<40 {
      let count = Int(r.next() % 60)
      let texts = (0..<count).map { _ in FastPathTests.text(&r, length: Int(r.next() % 3000)) }
      var fresh = JSONWriter()
      Self.write(texts, into: &fresh)
      var reused = JSONWriter(reusing: room)
      Self.write(texts, into: &reused)
      let bytes = reused.takeBytes()
      #expect(bytes == fresh.bytes, "round \(round)")
      room = bytes
    }
  }

  @Test("a record that still points into the room keeps its bytes")
  func sharedRoomIsCopiedNotSpoiled() {
    var r = FastPathTests.Random(state: 11)
    let first = (0..<20).map { _ in FastPathTests.text(&r, length: 500) }
    var w = JSONWriter()
    Self.write(first, into: &w)
    let room = w.takeBytes()
    let record = room[0..<room.count]
    let before = Array(record)
    var again = JSONWriter(reusing: room)
    Self.write((0..<20).map { _ in FastPathTests.text(&r, length: 500) }, into: &again)
    #expect(Array(record) == before)
  }
}
