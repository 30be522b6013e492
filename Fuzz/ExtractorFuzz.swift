// libFuzzer target: the extractor and the record writer. Build and run with
// `Fuzz/run extractor SECONDS`. The first byte picks the offset unit and the
// minimum confidence; the rest is the article.

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
  return 0
}
