/// Pairs opening and closing quotation marks into ``QuoteSpan``s.
///
/// One pass over the marks with the outermost open quote as its only state:
/// - a mark opens when it can (left-flanking, not an apostrophe);
/// - while a quote is open, only the marks that can close it count; marks of
///   another level nest inside it; a second opener of the same mark, standing
///   before a word, means the first was unbalanced and takes its place;
/// - at a paragraph end an open quote continues when the next paragraph starts
///   with an opening mark of the same level (a quote that opened its paragraph or followed
///   `said:`), ends with its paragraph when it opened after a sentence there (`"A," he said. "B.`
///   — its last token, the sentence's end, stands for the closing mark), and is dropped otherwise.
/// An unbalanced mark thus costs at most itself, never the quotes after it.
///
/// - Complexity: O(n) in the number of tokens.
enum QuotePairer {
  static func pair(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>, profile: LanguageProfile, into spans: inout [QuoteSpan]) {
    spans.removeAll(keepingCapacity: true)
    var open = -1
    var openMark = QuoteMark.straightDouble
    var paragraphs = 0
    var k = 0
    let n = tokens.count
    while k < n {
      let t = tokens[k]
      if open >= 0 && t.flags.contains(.paragraphStart) {
        // Only a quote that opened a paragraph or followed `said:` runs on.
        let startsStatement = paragraphs > 0 || opensStatement(tokens, open)
        if let m = t.mark, canOpen(m, tokens, k), m.isSingle == openMark.isSingle {
          if startsStatement {
            paragraphs += 1  // the quote goes on in this paragraph
            k += 1
            continue
          }
          // `"A," he said. "B …` and a new paragraph opening with a mark: the news convention for a
          // quote that goes on; B ends with its paragraph (its last token stands for the mark).
          if tokens[k - 1].kind == .punctuation, tokens[k - 1].punctuation?.isTerminal == true, k - 1 > open + 1 {
            spans.append(QuoteSpan(open: open, close: k - 1, mark: openMark, paragraphs: paragraphs))
          }
        }
        open = -1
      }
      guard let m = t.mark else {
        k += 1
        continue
      }
      if open >= 0 {
        if closes(openMark, m) && canClose(m, tokens, k) && !isPossessive(tokens, k, text, profile) {
          spans.append(QuoteSpan(open: open, close: k, mark: openMark, paragraphs: paragraphs))
          open = -1
        } else if sameFamily(m, openMark) && canOpen(m, tokens, k) && !rightFlanking(tokens, k) {
          // `… end up. "I've done …`: a paragraph break the text lost, in the news convention (the
          // quote before goes on in a new paragraph). As at a real paragraph break, a quote that
          // opened a statement runs on; one that opened after a sentence (`he said. "B.`) ends there.
          if tokens[k - 1].punctuation?.isTerminal == true, k - 1 > open + 1, m == openMark {
            if paragraphs > 0 || opensStatement(tokens, open) {
              paragraphs += 1
              k += 1
              continue
            }
            spans.append(QuoteSpan(open: open, close: k - 1, mark: openMark, paragraphs: paragraphs))
          }
          open = k
          openMark = m
          paragraphs = 0
        }
      } else if canOpen(m, tokens, k) {
        open = k
        openMark = m
        paragraphs = 0
      }
      k += 1
    }
  }

  /// Whether the quote opening at `open` opens a statement: it starts its paragraph, or follows
  /// `said:` or `said,`.
  static func opensStatement(_ tokens: [Token], _ open: Int) -> Bool {
    tokens[open].flags.contains(.paragraphStart) || (open > 0 && (tokens[open - 1].punctuation == .colon || tokens[open - 1].punctuation == .comma))
  }

  /// The next token starts right after this one (no space).
  @inline(__always) static func leftFlanking(_ tokens: [Token], _ k: Int) -> Bool {
    let t = tokens[k]
    guard k + 1 < tokens.count, !t.flags.contains(.spaceAfter) else { return false }
    let next = tokens[k + 1]
    if next.kind == .punctuation {
      let p = next.punctuation ?? .other
      return p == .openParen || p == .ellipsis || p == .dash
    }
    return true
  }

  /// The previous token ends right before this one (no space).
  @inline(__always) static func rightFlanking(_ tokens: [Token], _ k: Int) -> Bool {
    let t = tokens[k]
    guard k > 0, !t.flags.contains(.spaceBefore) else { return false }
    let prev = tokens[k - 1]
    if prev.kind == .punctuation { return prev.punctuation != .openParen && prev.punctuation != .dash }
    return true
  }

  static func canOpen(_ m: QuoteMark, _ tokens: [Token], _ k: Int) -> Bool {
    let left = leftFlanking(tokens, k)
    let right = rightFlanking(tokens, k)
    switch m {
    case .straightDouble, .doubledApostrophe, .rightDouble, .lowSingle, .rightSingleGuillemet:
      return left && !right
    case .leftDouble, .lowDouble, .backticks, .leftSingleGuillemet:
      return !(right && !left)
    case .leftGuillemet:
      // French spacing: `« mot »`; a `«` glued to the word before closes German `»…«`.
      return !(right && !left) || tokens[k].flags.contains(.spaceAfter) && !right
    case .rightGuillemet:
      return left && !right
    case .straightSingle, .leftSingle:
      return left && !right && !isApostrophe(tokens, k)
    case .rightSingle:
      return false
    }
  }

  static func canClose(_ m: QuoteMark, _ tokens: [Token], _ k: Int) -> Bool {
    switch m {
    case .leftGuillemet, .rightGuillemet, .leftSingleGuillemet, .rightSingleGuillemet:
      return true
    default:
      return rightFlanking(tokens, k) || !leftFlanking(tokens, k)
    }
  }

  /// Whether `close` can close a quote opened by `open`.
  static func closes(_ open: QuoteMark, _ close: QuoteMark) -> Bool {
    switch open {
    case .straightDouble: return close == .straightDouble || close == .rightDouble
    case .leftDouble: return close == .rightDouble || close == .straightDouble || close == .leftDouble
    case .rightDouble: return close == .rightDouble || close == .leftDouble
    case .lowDouble: return close == .leftDouble || close == .rightDouble
    case .leftGuillemet: return close == .rightGuillemet
    case .rightGuillemet: return close == .leftGuillemet
    case .backticks: return close == .doubledApostrophe || close == .rightDouble || close == .straightDouble
    case .doubledApostrophe: return close == .doubledApostrophe || close == .rightDouble
    case .straightSingle: return close == .straightSingle || close == .rightSingle
    case .leftSingle: return close == .rightSingle || close == .straightSingle
    case .lowSingle: return close == .leftSingle || close == .rightSingle
    case .leftSingleGuillemet: return close == .rightSingleGuillemet
    case .rightSingleGuillemet: return close == .leftSingleGuillemet
    case .rightSingle: return close == .rightSingle
    }
  }

  /// Marks that play the same part, so a second one means the first was unbalanced.
  static func sameFamily(_ a: QuoteMark, _ b: QuoteMark) -> Bool {
    if a == b { return true }
    let english: Set<QuoteMark> = [.straightDouble, .leftDouble, .lowDouble]
    return english.contains(a) && english.contains(b)
  }

  /// `members’ boathouse`: a single mark after a plural `s`, followed by a plain
  /// lower-case word, is a possessive apostrophe rather than a closing mark.
  static func isPossessive(_ tokens: [Token], _ k: Int, _ text: UnsafeBufferPointer<UInt8>, _ profile: LanguageProfile) -> Bool {
    guard let m = tokens[k].mark, m == .rightSingle || m == .straightSingle, k > 0, k + 1 < tokens.count else { return false }
    let prev = tokens[k - 1]
    let next = tokens[k + 1]
    guard prev.kind == .word, prev.end == tokens[k].start, text[Int(prev.end) - 1] | 0x20 == 0x73 else { return false }
    guard next.kind == .word, !next.isCapitalized, tokens[k].flags.contains(.spaceAfter) else { return false }
    let w = next.word
    if w >= 0 && (profile.cueOfWord[Int(w)] >= 0 || profile.role(w).any(.pronoun) || profile.role(w).contains(.skippable)) { return false }
    return true
  }

  /// `'90s`, `rock 'n' roll`, `'em`, `'til`: a single mark that is an apostrophe.
  static func isApostrophe(_ tokens: [Token], _ k: Int) -> Bool {
    guard k + 1 < tokens.count else { return false }
    let next = tokens[k + 1]
    if next.kind == .number { return true }
    if next.kind == .word && next.length <= 5 && k + 2 < tokens.count {
      let after = tokens[k + 2]
      // `'n'`: one or two letters closed at once by another apostrophe.
      if next.length <= 2, after.kind == .quote, after.mark?.isSingle == true, !after.flags.contains(.spaceBefore) {
        return true
      }
    }
    return false
  }
}
