import Foundation
import WhoSaid

/// Time spent in each stage, added up over all threads (`whosaid bench`).
final class StageTimes: @unchecked Sendable {
  enum Stage: Int, CaseIterable {
    case reading, language, tokenizing, quotes, claims, speakers, json

    var name: String { self == .json ? "JSON" : "\(self)" }

    init(_ s: Extractor.Stage) {
      switch s {
      case .tokenizing: self = .tokenizing
      case .quotes: self = .quotes
      case .claims: self = .claims
      case .speakers: self = .speakers
      }
    }
  }

  private let lock = NSLock()
  private var nanoseconds = [UInt64](repeating: 0, count: Stage.allCases.count)
  private(set) var articles = 0
  private(set) var inputBytes = 0
  private(set) var attributions = 0

  subscript(_ s: Stage) -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    return nanoseconds[s.rawValue]
  }

  func add(_ s: Stage, _ ns: UInt64) {
    lock.lock()
    nanoseconds[s.rawValue] &+= ns
    lock.unlock()
  }

  /// Adds what one worker measured.
  func add(_ c: StageClock) {
    lock.lock()
    for i in nanoseconds.indices { nanoseconds[i] &+= c.nanoseconds[i] }
    attributions += c.attributions
    lock.unlock()
  }

  func count(articles a: Int, inputBytes i: Int) {
    lock.lock()
    articles += a
    inputBytes += i
    lock.unlock()
  }

  /// A monotonic clock in nanoseconds.
  static func now() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
  }
}

/// One worker's stage times: each `end` charges the time since the last mark to a stage.
struct StageClock {
  let enabled: Bool
  var nanoseconds = [UInt64](repeating: 0, count: StageTimes.Stage.allCases.count)
  var attributions = 0
  private var last: UInt64 = 0

  init(enabled: Bool) { self.enabled = enabled }

  mutating func start() {
    if enabled { last = StageTimes.now() }
  }

  mutating func end(_ s: StageTimes.Stage) {
    guard enabled else { return }
    let t = StageTimes.now()
    nanoseconds[s.rawValue] &+= t &- last
    last = t
  }
}
