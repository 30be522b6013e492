extension EntityResolver {
  /// Resolves the target or audience phrase `r` like a speaker phrase, changing nothing the
  /// resolver knows (``frozen``), so that what a claim is said against never changes whom a later
  /// speaker names: `Russia accused [Baku] …` → the government of Azerbaijan.
  ///
  /// - Parameter speaker: The claim's own speaker, which a pronoun party never names (`Kessar …
  ///   accused [it]`: not Kessar).
  mutating func resolveParty(_ r: Range<Int>, in a: Document, besides speaker: Speaker?) -> Speaker {
    let saved = recent
    let known = entities.count
    if let name = speaker?.name, let i = index[name] {
      besides = i
      if let at = recent.firstIndex(of: i) { recent.remove(at: at) }
    }
    frozen = true
    let party = resolve(r, in: a, position: r.lowerBound)
    frozen = false
    besides = -1
    recent = saved
    entities.removeSubrange(known...)  // entities kept apart while frozen
    return party
  }
}
