import Foundation

/// A one-line progress display on stderr, only when stderr is a terminal.
struct Progress {
  let enabled: Bool
  let total: Int?
  let start = Date()
  var lastDraw = Date.distantPast
  var articles = 0
  var bytes = 0

  init(enabled: Bool, total: Int?) {
    self.enabled = enabled && isatty(2) == 1
    self.total = total
  }

  mutating func advance(articles a: Int, bytes b: Int) {
    articles += a
    bytes += b
    guard enabled, Date().timeIntervalSince(lastDraw) >= 0.25 else { return }
    lastDraw = Date()
    draw()
  }

  func draw() {
    let secs = max(0.001, Date().timeIntervalSince(start))
    let mb = Double(bytes) / 1e6
    let rate = mb / secs
    var line = "\r\u{1B}[K\(articles) articles, \(format(mb)) MB, \(format(rate)) MB/s"
    if let total, total > 0, rate > 0 {
      let left = max(0, Double(total - bytes) / 1e6 / rate)
      line += ", \(Int((Double(bytes) / Double(total) * 100).rounded(.down)))%, ETA \(Int(left.rounded(.up)))s"
    }
    Diagnostics.write(line)
  }

  func finish() {
    if enabled { Diagnostics.write("\r\u{1B}[K") }
  }

  private func format(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
