/// Cuts an oversized article into windows at paragraph breaks, so that it can be
/// extracted one window at a time in bounded memory.
///
/// A news article is a few kilobytes; one of many megabytes is a broken dump line
/// or a whole feed in one field. Extracting it at once needs working memory many
/// times its size, so it is read in windows instead: each ends at the last blank line
/// before the window size (or, failing that, the last line break, sentence end or
/// space; as a last resort a UTF-8 character boundary), and each is extracted on its
/// own. What crosses a cut is lost: a quote running on over the cut, a speaker carried
/// into the next paragraph, a surname that refers to a full name in an earlier window.
///
/// ```swift
/// // "A said x.\n\nB said y.\n\nC said z." with windows of 16 bytes:
/// // [0..<11 "A said x.\n\n", 11..<22 "B said y.\n\n", 22..<31 "C said z."]
/// ```
public enum ArticleWindows {
  /// The windows of `text`, in order, covering it without gaps; one window when the
  /// text is no longer than `size`.
  ///
  /// - Parameter size: The largest window in bytes (at least 16).
  /// - Complexity: O(n): each window's end is searched for backwards over at most
  ///   half a window.
  public static func cut(_ text: UnsafeBufferPointer<UInt8>, size: Int) -> [Range<Int>] {
    let size = max(16, size)
    var out: [Range<Int>] = []
    var start = 0
    while text.count - start > size {
      let end = cutPoint(text, from: start + size / 2, to: start + size)
      out.append(start..<end)
      start = end
    }
    out.append(start..<text.count)
    return out
  }

  /// Where to end a window in `lo..<hi` (both inside the text): after the last blank
  /// line, else after the last line break, sentence end or space, else at the last
  /// UTF-8 character boundary.
  static func cutPoint(_ p: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> Int {
    var lineBreak = -1
    var sentence = -1
    var space = -1
    var i = hi - 1
    while i >= lo {
      let b = p[i]
      if b == 0x0A {
        // A blank line: another line break before this one, with only white space between.
        var j = i - 1
        while j >= lo && (p[j] == 0x20 || p[j] == 0x09 || p[j] == 0x0D) { j -= 1 }
        if j >= lo && p[j] == 0x0A { return i + 1 }
        if lineBreak < 0 { lineBreak = i + 1 }
      } else if b == 0x20 {
        if space < 0 { space = i + 1 }
        let before = p[i - 1]  // lo is at least 8: never before the text
        if sentence < 0 && (before == 0x2E || before == 0x21 || before == 0x3F) { sentence = i + 1 }
      }
      i -= 1
    }
    for found in [lineBreak, sentence, space] where found > lo { return found }
    var end = hi
    while end > lo && p[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a character
    return end
  }

  /// ``cut(_:size:)`` of an array.
  public static func cut(_ text: [UInt8], size: Int) -> [Range<Int>] {
    text.withUnsafeBufferPointer { cut($0, size: size) }
  }
}
