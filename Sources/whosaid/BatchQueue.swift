import Foundation

/// A bounded queue between two threads (reader → extractors, extractors → writer):
/// the producer waits when `capacity` items are waiting, so memory stays bounded
/// however large the input is (back-pressure).
final class BoundedQueue<Item: Sendable>: @unchecked Sendable {
  private var items: [Item] = []
  private var closed = false
  private let condition = NSCondition()
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  func push(_ b: Item) {
    condition.lock()
    while items.count >= capacity { condition.wait() }
    items.append(b)
    condition.broadcast()
    condition.unlock()
  }

  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The next item, or nil when the producer is done.
  func pop() -> Item? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty && !closed { condition.wait() }
    if items.isEmpty { return nil }
    let b = items.removeFirst()
    condition.broadcast()
    return b
  }
}

/// Articles read together, with the messages about inputs met while reading them.
struct Batch: Sendable {
  var articles: [Article] = []
  var bytes = 0
  /// Messages in input order, each after the given number of this batch's articles.
  var messages: [(after: Int, event: InputReader.Event)] = []
  /// Bytes of input consumed (for progress).
  var inputBytes = 0
}
