/// Token ranges of a document: trimming, counting, the quotes inside, and bounded looks
/// around a token.
extension Document {
  /// Whether a word within 500 tokens of word `k` (not `k` itself) is written as `k` is — or, when
  /// `lowerCased`, as `k` with its capitals folded (`Rasch` … `rasch`) — and passes `ok`.
  ///
  /// - Complexity: O(1): the look spans at most 1,000 tokens.
  func sameWordNearby(_ k: Int, lowerCased: Bool = false, where ok: (Int) -> Bool = { _ in true }) -> Bool {
    let t = tokens[k]
    let n = t.length
    let a = Int(t.start)
    for j in max(0, k - 500)..<min(tokens.count, k + 500) where j != k {
      let u = tokens[j]
      guard u.length == n, u.kind == .word, u.word == t.word, !lowerCased || !u.isCapitalized else { continue }
      let b = Int(u.start)
      var same = true
      for i in 0..<n where (lowerCased ? ByteClass.lower(text[a + i], after: i > 0 ? text[a + i - 1] : 0) : text[a + i]) != text[b + i] {
        same = false
        break
      }
      if same && ok(j) { return true }
    }
    return false
  }

  /// `r` without leading commas and trailing sentence punctuation (outside quotes).
  func trimmed(_ r: Range<Int>) -> Range<Int> {
    var s = r.lowerBound
    var e = r.upperBound
    while s < e, let p = punct(s), p == .comma || p == .colon || p == .dash { s += 1 }
    while e > s, !inQuote(e - 1), let p = punct(e - 1), p.isTerminal || p == .comma || p == .colon || p == .semicolon || p == .dash { e -= 1 }
    return s..<e
  }

  /// The quotes inside `r`.
  func quoteRanges(in r: Range<Int>) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var k = r.lowerBound
    while k < r.upperBound {
      if opensQuote(k) {
        let q = quotes[Int(quoteOf[k])]
        if q.close < r.upperBound { out.append(q.open..<(q.close + 1)) }
        k = q.close + 1
        continue
      }
      k += 1
    }
    return out
  }

  func wordCount(_ r: Range<Int>) -> Int {
    var n = 0
    for k in r where tokens[k].kind == .word { n += 1 }
    return n
  }

  /// Whether only closing punctuation follows `k` before `e`.
  func endsClause(_ k: Int, _ e: Int) -> Bool {
    var j = k
    while j < e {
      guard let p = punct(j), p.isTerminal || p == .closeParen || p == .comma else { return false }
      j += 1
    }
    return true
  }
}
