// libFuzzer target: the extractor and the record writer, and the same article read in
// windows (ArticleWindows) with its record assembled window by window. Build and run
// with `Fuzz/run extractor SECONDS`. The first byte picks the offset unit, the
// minimum confidence and the window size; the rest is the article.

let extractor = Extractor()
nonisolated(unsafe) var scratch = Extractor.Scratch()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data, size > 0 else { return 0 }
  let selector = data[0]
  let text = UnsafeBufferPointer(start: data + 1, count: size - 1)
  let found = extractor.extract(utf8: text, scratch: &scratch)
  checkAttributions(found, text: text)

  let units: [OffsetUnit] = [.codepoint, .utf16, .utf8]
  let options = RecordOptions(offsets: units[Int(selector % 3)], minConfidence: (selector & 0x80) != 0 ? 0.5 : 0)
  var w = JSONWriter()
  RecordWriter.writeArticle(id: Array("\"fuzz\"".utf8), lang: nil, text: text, attributions: found, options: options, into: &w)
  checkRecord(w.bytes)
  // Converted offsets keep their order and stay inside the text in its unit.
  let kept = found.filter { $0.confidence >= options.minConfidence }
  let utf8Offsets = Array(Set(RecordWriter.offsets(of: kept) + [0, text.count])).sorted()
  let map = OffsetConverter.map(text, offsets: utf8Offsets, unit: options.offsets)
  var previous = 0
  for o in utf8Offsets {
    let converted = map[o]
    if converted < previous { violation("offset \(o) converts to \(converted), before an earlier offset's \(previous)") }
    previous = converted
  }
  if options.offsets == .utf8, previous != text.count { violation("utf8 offsets changed by conversion") }
  var per = JSONWriter()
  RecordWriter.writePerQuote(id: Array("7".utf8), lang: "en", text: text, attributions: found, options: options, into: &per)
  for line in per.bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
    checkRecord(Array(line) + [0x0A])
  }
  _ = BinaryText.reason(text)
  checkWindows(text, size: 64 << Int((selector >> 5) & 3), options: options)
  return 0
}

/// The article in windows: they cover it without gaps, none is empty or larger than
/// `size`, and the record assembled from them is one line of valid JSON.
func checkWindows(_ text: UnsafeBufferPointer<UInt8>, size: Int, options: RecordOptions) {
  let windows = ArticleWindows.cut(text, size: size)
  var end = 0
  var w = JSONWriter()
  w.raw("{\"id\":1,\"quotes\":[")
  var speakers = SpeakerTally()
  var base = 0
  var quotes = 0
  for r in windows {
    if r.lowerBound != end { violation("window \(r) does not start where the last ended (\(end))") }
    if r.isEmpty && text.count > 0 || r.count > max(16, size) { violation("window \(r) of size \(r.count), limit \(size)") }
    end = r.upperBound
    let window = UnsafeBufferPointer(rebasing: text[r])
    let found = extractor.extract(utf8: window, scratch: &scratch)
    checkAttributions(found, text: window)
    var objects = JSONWriter()
    let ends = RecordWriter.writeQuoteObjects(text: window, attributions: found, options: options, base: base, into: &objects)
    var start = 0
    for e in ends {
      if quotes > 0 { w.raw(",") }
      w.raw(Array(objects.bytes[start..<e]))
      start = e
      quotes += 1
    }
    speakers.add(found.filter { $0.confidence >= options.minConfidence })
    base += OffsetConverter.length(window, unit: options.offsets)
  }
  if end != text.count { violation("windows end at \(end), the text at \(text.count)") }
  w.raw("],")
  RecordWriter.writeSpeakers(speakers.ranked, into: &w)
  w.raw("}\n")
  checkRecord(w.bytes)
}
