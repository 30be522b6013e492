/// Records of 64-bit words, partitioned by hash like a ``SpillStore`` (the texts,
/// grams and pairs of linking: many, small, made of hashes).
final class WordStore: PartitionedStore<UInt64> {
  /// Appends a record of two words to the partition of the first.
  func append(_ a: UInt64, _ b: UInt64) throws(LinkError) {
    let p = partition(a)
    let before = buffers[p].capacity
    buffers[p].append(a)
    buffers[p].append(b)
    try grew(buffers[p].capacity - before)
  }

  /// Appends `words` as one record to the partition of `key`.
  func append(partitionOf key: UInt64, _ words: UnsafeBufferPointer<UInt64>) throws(LinkError) {
    let p = partition(key)
    let before = buffers[p].capacity
    buffers[p].append(contentsOf: words)
    try grew(buffers[p].capacity - before)
  }

  /// Appends the records of `width` words in `records`, each to the partition of its first.
  func append(records: [UInt64], width: Int) throws(LinkError) {
    let mask = partitions - 1
    let grown = buffers.withUnsafeMutableBufferPointer { b in
      var i = 0
      var grown = 0
      while i + width <= records.count {
        let p = Int(truncatingIfNeeded: records[i] >> 40) & mask
        let before = b[p].capacity
        for k in i..<(i + width) { b[p].append(records[k]) }
        grown += b[p].capacity - before
        i += width
      }
      return grown
    }
    try grew(grown)
  }
}
