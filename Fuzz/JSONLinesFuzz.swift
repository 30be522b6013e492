// libFuzzer target: the JSON Lines field reader. Build and run with
// `Fuzz/run jsonlines SECONDS`. The input is one line.
//
// Differential check against a strict validator: the reader accepts a line
// exactly when it is one valid JSON object (nested at most 512 deep), and what
// it returns for a path is well formed.

let reader = JSONFieldReader(paths: ["id", "text", "article.body", "a.b.c"])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let line = UnsafeBufferPointer(start: data ?? UnsafePointer(bitPattern: 1), count: size)
  let verdict = StrictJSON.validate(line, maxDepth: 512)
  var start = 0
  while start < size, line[start] == 0x20 || line[start] == 0x0A || line[start] == 0x0D || line[start] == 0x09 { start += 1 }
  let isObject = start < size && line[start] == 0x7B
  do {
    let found = try reader.read(line)
    if verdict != .valid || !isObject {
      violation("reader accepted a line the validator rejects (\(verdict)): \(String(decoding: line.prefix(200), as: UTF8.self))")
    }
    if found.count != 4 { violation("reader returned \(found.count) values for 4 paths") }
    let inputIsUTF8 = isValidUTF8(line)
    for v in found {
      switch v {
      case .string(let s)?:
        if inputIsUTF8 && !s.withUnsafeBufferPointer({ isValidUTF8($0) }) { violation("decoded string is not valid UTF-8 though the line is") }
      case .raw(let r)?:
        if r.withUnsafeBufferPointer({ StrictJSON.validate($0) }) != .valid { violation("raw value is not valid JSON") }
      case nil: break
      }
    }
  } catch {
    if verdict == .valid && isObject {
      violation("reader rejected a valid JSON object (\(error)): \(String(decoding: line.prefix(200), as: UTF8.self))")
    }
    if !(error.offset >= 0 && error.offset <= size) { violation("error offset \(error.offset) outside the line") }
  }
  return 0
}
