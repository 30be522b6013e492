import Foundation

/// A bounded queue between two threads (reader → extraction → sink): the producer
/// waits when `capacity` items are waiting, so memory stays bounded however large
/// the input is (back-pressure). A cancelled queue drops what is pushed and pops nil.
final class BoundedQueue<Item: Sendable>: @unchecked Sendable {
  private var items: [Item] = []
  private var closed = false
  private var cancelled = false
  private let condition = NSCondition()
  private let capacity: Int

  init(capacity: Int) { self.capacity = capacity }

  /// Adds an item, waiting while the queue is full; false when the queue was cancelled.
  @discardableResult
  func push(_ b: Item) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while items.count >= capacity && !cancelled { condition.wait() }
    if cancelled { return false }
    items.append(b)
    condition.broadcast()
    return true
  }

  /// No more items will come.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// Stops both ends: waiting pushes and pops return at once.
  func cancel() {
    condition.lock()
    cancelled = true
    items.removeAll()
    condition.broadcast()
    condition.unlock()
  }

  /// The next item, or nil when the producer is done or the queue was cancelled.
  func pop() -> Item? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty && !closed && !cancelled { condition.wait() }
    if items.isEmpty || cancelled { return nil }
    let b = items.removeFirst()
    condition.broadcast()
    return b
  }
}

/// One result slot per article, each set by exactly one worker.
final class Slots<T: Sendable>: @unchecked Sendable {
  private var values: [T?]
  private let lock = NSLock()
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ v: T) {
    lock.lock()
    values[i] = v
    lock.unlock()
  }
  /// All values, once the workers are done.
  func taken() -> [T?] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}

/// Hands out article indices to workers.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()
  func take() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value - 1
  }
}

/// SIGINT and SIGTERM, taken by a thread of their own (`sigwait`) instead of a
/// handler: the first stops the pipeline after the last whole record, a second one
/// ends the process at once. The signals are blocked in every thread, so no write
/// is cut short by them.
final class Interruption: @unchecked Sendable {
  private let lock = NSLock()
  private var received: Int32 = 0
  private var onSignal: [@Sendable () -> Void] = []

  /// Blocks the signals in this thread and every thread started after it; call first.
  static func blockSignals() -> sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    sigaddset(&set, SIGTERM)
    pthread_sigmask(SIG_BLOCK, &set, nil)
    return set
  }

  /// Starts the thread that waits for the signals in `set`.
  func listen(_ set: sigset_t) {
    let thread = Thread { [self] in
      var s = set
      var sig: Int32 = 0
      guard sigwait(&s, &sig) == 0 else { return }
      // Nothing to stop after a whole record (eval, or before the pipeline starts):
      // the process ends at once, as it would without this thread.
      if !self.trigger(sig) { _exit(128 + sig) }
      _ = sigwait(&s, &sig)
      _exit(128 + sig)
    }
    thread.start()
  }

  /// The signal received, or 0.
  var signal: Int32 {
    lock.lock()
    defer { lock.unlock() }
    return received
  }

  /// Runs `action` when a signal arrives (at once if one already has).
  func whenSignalled(_ action: @escaping @Sendable () -> Void) {
    lock.lock()
    let already = received != 0
    if !already { onSignal.append(action) }
    lock.unlock()
    if already { action() }
  }

  /// Records the signal and runs the actions waiting for it; false when there were none.
  @discardableResult
  func trigger(_ sig: Int32) -> Bool {
    lock.lock()
    received = sig
    let actions = onSignal
    onSignal = []
    lock.unlock()
    for a in actions { a() }
    return !actions.isEmpty
  }
}
