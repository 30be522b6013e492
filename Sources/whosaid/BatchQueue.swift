import Foundation

/// A bounded queue between the reader thread and the extracting main thread:
/// the reader waits when `capacity` batches are waiting, so memory stays bounded
/// however large the input is (back-pressure).
final class BatchQueue: @unchecked Sendable {
  private var items: [Batch] = []
  private var closed = false
  private let condition = NSCondition()
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  func push(_ b: Batch) {
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

  /// The next batch, or nil when the reader is done.
  func pop() -> Batch? {
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
