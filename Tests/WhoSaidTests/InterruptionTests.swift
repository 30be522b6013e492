import Foundation
import Testing

@testable import whosaid

/// SIGINT and SIGTERM stop the pipeline after the last whole record; the queues
/// between its threads let go of both ends when cancelled.
@Suite("Interruption and queues")
struct InterruptionTests {
  @Test func aSignalWithNothingToStopSaysSo() {
    // The signal thread then ends the process at once (eval, or before a run starts).
    let i = Interruption()
    #expect(i.trigger(SIGINT) == false)
    #expect(i.signal == SIGINT)
  }

  @Test func aSignalRunsWhatWaitsForIt() {
    let i = Interruption()
    let queue = BoundedQueue<Int>(capacity: 1)
    i.whenSignalled { queue.cancel() }
    #expect(queue.push(1))
    #expect(i.trigger(SIGTERM))
    #expect(queue.pop() == nil)  // cancelled: what was queued is dropped
    #expect(queue.push(2) == false)
    #expect(CLIError.interrupted(signal: SIGTERM).exitStatus == 143)
  }

  @Test func aCancelledQueueReleasesAWaitingProducer() {
    let queue = BoundedQueue<Int>(capacity: 1)
    queue.push(1)
    let done = DispatchSemaphore(value: 0)
    let producer = Thread {
      _ = queue.push(2)  // waits: the queue is full
      done.signal()
    }
    producer.start()
    queue.cancel()
    #expect(done.wait(timeout: .now() + 60) == .success)
  }
}
