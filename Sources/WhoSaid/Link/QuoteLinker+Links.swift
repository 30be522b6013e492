extension QuoteLinker {
  /// Step 2: the distinct texts of each partition (`key, n, n word hashes`, by key)
  /// and their grams (`gram, key, meta`, by gram).
  func distinctTexts(into texts: WordStore, grams: WordStore) throws(LinkError) {
    var record: [UInt64] = []
    var batch: [UInt64] = []
    var count = 0
    for p in 0..<partitions {
      var seen = Set<UInt64>()
      let bytes = try occurrences.take(p, keep: true)
      try bytes.withUnsafeBufferPointer { (b) throws(LinkError) in
        try SpillStore.each(b) { (s) throws(LinkError) in
          let o = QuoteOccurrence.peek(&s)
          guard o.wordCount >= rules.partMinimum, seen.insert(o.key).inserted else { return }
          let hashes = QuoteWords(utf8: UnsafeBufferPointer(rebasing: b[o.text])).hashes
          count += 1
          record.removeAll(keepingCapacity: true)
          record.append(o.key)
          record.append(UInt64(hashes.count))
          record.append(contentsOf: hashes)
          try record.withUnsafeBufferPointer { (r) throws(LinkError) in try texts.append(partitionOf: o.key, r) }
          TextLinks.grams(hashes, rules: rules) { g, meta in
            batch.append(g)
            batch.append(o.key)
            batch.append(meta.raw)
          }
        }
      }
      try grams.append(records: batch, width: 3)
      batch.removeAll(keepingCapacity: true)
    }
    stats.texts = count
  }

  /// Step 3: the candidate pairs of each gram partition (`a, b` with a < b, by a).
  func candidatePairs(from grams: WordStore, into pairs: WordStore) throws(LinkError) {
    var members: [(key: UInt64, meta: UInt64)] = []
    var count = 0
    for p in 0..<partitions {
      let e = try grams.take(p)
      let n = e.count / 3
      guard n >= 2 else { continue }
      // Entries with the same gram, chained through a hash table: most grams are in one text.
      var size = 1
      while size < 2 * n { size <<= 1 }
      var table = [Int32](repeating: -1, count: size)
      var next = [Int32](repeating: -1, count: n)
      for i in 0..<n {
        let g = e[3 * i]
        var h = Int(truncatingIfNeeded: g) & (size - 1)
        while table[h] >= 0 && e[3 * Int(table[h])] != g { h = (h + 1) & (size - 1) }
        next[i] = table[h]
        table[h] = Int32(i)
      }
      for head in table where head >= 0 && next[Int(head)] >= 0 {
        members.removeAll(keepingCapacity: true)
        var i = Int(head)
        while i >= 0 {
          members.append((e[3 * i + 1], e[3 * i + 2]))
          i = Int(next[i])
        }
        try TextLinks.candidates(&members, rules: rules) { (a, b) throws(LinkError) in
          count += 1
          try pairs.append(a, b)
        }
      }
    }
    stats.candidates = count
  }

  /// Step 4: the pairs that link, each checked once: a pair gets its first text's
  /// words in the first text's partition, then meets the second's in its own.
  func verify(_ pairs: WordStore, _ texts: WordStore) throws(LinkError) -> [TextLink] {
    let withWords = WordStore("pairs-words", partitions: partitions, budget: budget)
    var record: [UInt64] = []
    for p in 0..<partitions {
      let t = try texts.take(p, keep: true)
      let index = Self.index(t)
      let raw = try pairs.take(p)
      var list = (0..<(raw.count / 2)).map { (raw[2 * $0], raw[2 * $0 + 1]) }
      list.sort { $0 < $1 }
      var last: (UInt64, UInt64)?
      for (a, b) in list {
        defer { last = (a, b) }
        guard last.map({ $0 != (a, b) }) ?? true, let at = index[a] else { continue }
        let n = Int(t[at + 1])
        record.removeAll(keepingCapacity: true)
        record.append(b)
        record.append(contentsOf: t[at..<(at + 2 + n)])
        try record.withUnsafeBufferPointer { (r) throws(LinkError) in try withWords.append(partitionOf: b, r) }
      }
    }
    var links: [TextLink] = []
    for p in 0..<partitions {
      let t = try texts.take(p)
      let index = Self.index(t)
      let r = try withWords.take(p)
      var i = 0
      while i + 3 <= r.count {
        let (b, a, na) = (r[i], r[i + 1], Int(r[i + 2]))
        let wa = (i + 3)..<min(i + 3 + na, r.count)
        i = wa.upperBound
        guard let bt = index[b] else { continue }
        let wb = (bt + 2)..<(bt + 2 + Int(t[bt + 1]))
        let kind = r.withUnsafeBufferPointer { rb in
          t.withUnsafeBufferPointer { tb in
            TextLinks.link(UnsafeBufferPointer(rebasing: rb[wa]), UnsafeBufferPointer(rebasing: tb[wb]), rules: rules)
          }
        }
        if let kind { links.append(TextLink(a: a, b: b, kind: kind, wordsA: wa.count, wordsB: wb.count)) }
      }
    }
    links.sort { ($0.a, $0.b) < ($1.a, $1.b) }
    return links
  }

  /// Where each text's record (`key, n, words`) starts in a partition of texts.
  static func index(_ t: [UInt64]) -> [UInt64: Int] {
    var out: [UInt64: Int] = [:]
    var i = 0
    while i + 2 <= t.count {
      out[t[i]] = i
      i += 2 + Int(t[i + 1])
    }
    return out
  }
}
