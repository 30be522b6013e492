/// German shapes the follow-up passes ask about.
extension FollowUps {
  /// German: whether quote `q` is a name rather than quoted words (`die Bewegung „People's Alliance
  /// for Democracy“`, `im „VII Championnat du Monde de Pétanque“`, `das Lied „Ode an die Freude“`):
  /// two to ten words inside, no sentence punctuation, every word capitalized but short linking
  /// words of another language (`du`, `de`, `for`), and a noun, article or preposition right before it;
  /// or any words after a noun of titles (`Motto`, `Ausstellung`, `Lied`: ``LanguageProfile/titleNouns``). German
  /// writes verbs and adjectives in lower case, so quoted speech always has one.
  ///
  /// With `alone`, one capitalized word after an article is a name too (`sagte X der „Bild“`).
  func isQuotedName(_ q: QuoteSpan, alone: Bool = false) -> Bool {
    guard doc.language.profile.capitalizesNouns, q.open > 0, doc.tokens[q.open - 1].kind == .word,
      doc.sentenceOf[q.open - 1] == doc.sentenceOf[q.open],
      // After the noun it names or an article (`betreibe „Wahlkampf auf Kosten des Standorts“` quotes words).
      doc.tokens[q.open - 1].isCapitalized || doc.language.profile.role(doc.tokens[q.open - 1].word).any([.determiner, .preposition])
    else { return false }
    // `die Ausstellung „Mit dem Goldbären zur Kultmarke“`, `unter dem Motto „Freiheit statt Angst“`:
    // after a noun that names a title, any words are that title.
    let named = doc.tokens[q.open - 1].isCapitalized && doc.language.profile.titleNouns.contains(doc.tokens[q.open - 1].word)
    var capitalized = 0
    for k in (q.open + 1)..<q.close {
      let t = doc.tokens[k]
      switch t.kind {
      case .word:
        // (`auf`, `die`: German words link German nouns, which are quoted words: `„Angriff auf die Belegschaft“`.)
        if t.isCapitalized {
          capitalized += 1
        } else if !named, t.length > 3 || !doc.language.profile.role(t.word).isSubset(of: [.personalPronoun, .function]) {
          return false
        }
      case .number: continue
      default:
        if doc.punct(k)?.isTerminal == true || doc.punct(k) == .comma || doc.punct(k) == .colon { return false }
      }
    }
    let article = alone && doc.language.profile.role(doc.tokens[q.open - 1].word).contains(.determiner)
    return (capitalized >= 2 || named || article && capitalized == 1) && q.close - q.open <= 11
  }
}

extension FollowUps {
  /// German: a source adverb (`Demnach`) stands for the source the sentence before names: the
  /// speaker of its last frame (`Die Polizei teilte am Montag mit, …`), or its opening subject when
  /// its verb reports nothing (`Die Polizei hat neue Einzelheiten bekannt gegeben. Demnach war der
  /// Fahrer betrunken.`). Sets that phrase as the frame's antecedent; the sentence before must be in
  /// the same paragraph.
  func linkSourceAdverbs(_ claims: inout Claims) {
    guard !doc.language.known.sourceAdverbs.isEmpty else { return }
    for i in claims.drafts.indices {
      guard let f = claims.drafts[i].frame, f.kind == .source, f.antecedent == nil, f.cue.count == 1,
        doc.language.known.sourceAdverbs.contains(doc.tokens[f.cue.lowerBound].word)
      else { continue }
      let si = Int(doc.sentenceOf[f.cue.lowerBound])
      guard si > 0, case let prev = doc.sentences[si - 1], doc.paragraphOf[prev.lowerBound] == doc.paragraphOf[f.cue.lowerBound] else { continue }
      claims.frames.removeAll(keepingCapacity: true)
      frameFinder.findFrames(in: prev, into: &claims.frames)
      let named = claims.frames.last { g in
        g.speaker.map { !g.anaphoric && !doc.language.profile.role(doc.tokens[$0.lowerBound].word).contains(.itPronoun) } ?? false
      }
      guard let source = named?.antecedent ?? named?.speaker ?? openingSubjectFrame(of: prev, paragraph: doc.paragraphOf[prev.lowerBound], claimedBy: claims.claimedBy)?.speaker
      else { continue }
      claims.drafts[i].frame?.antecedent = source
    }
  }
}

extension FollowUps {
  /// German: whether the finite verb of sentence `s` is a Konjunktiv I form in `-e` of a verb no list
  /// holds (`Die Regierung verschiebe die Lasten.`, `Der Schaden für die Kassen belaufe sich auf …`,
  /// `Zudem belaufe sich …`): the first lower-case word that is no function word, after a capitalized
  /// noun or an opening adverb, within 16 words, ends in `e` but not `te` (the weak past) and stands
  /// before no noun (an adjective would: `die große Mehrheit`); the subject is no `ich`.
  func finiteVerbInKonjunktivE(_ s: Range<Int>) -> Bool {
    var v = s.lowerBound + 1
    while v < s.upperBound && v < s.lowerBound + 16 {
      let t = doc.tokens[v]
      if doc.inQuote(v) || t.kind == .punctuation { return false }
      if t.kind == .word, !t.isCapitalized, doc.tokens[v - 1].kind == .word, !doc.language.profile.role(t.word).any([.function, .preposition, .determiner, .time]) {
        let before = doc.language.profile.role(doc.tokens[v - 1].word)
        guard doc.tokens[v - 1].isCapitalized && !before.contains(.function) || v == s.lowerBound + 1 && before.any([.function, .skippable]) else { return false }
        // (`wurde`, an indicative past, ends in `e` too.)
        guard doc.endsInKonjunktivE(v), !doc.language.profile.role(t.word).any([.copula, .passiveAuxiliary, .auxiliary]), v + 1 < s.upperBound, !(doc.tokens[v + 1].isCapitalized && doc.tokens[v + 1].kind == .word && !doc.inQuote(v + 1))
          || doc.isWordID(v + 1, doc.language.known.reflexive)
        else { return false }
        return !doc.language.profile.role(doc.tokens[v - 1].word).contains(.personalPronoun)
      }
      v += 1
    }
    return false
  }
}

extension FollowUps {
  /// German: whether quote `q` follows a colon that closes a clause whose subject quotes nobody
  /// (`Ein Sprichwort besagt: „…“`, `Eine alte Redensart lautet: „…“`): a noun of
  /// ``LanguageProfile/unattributedNouns`` opens the clause of the sentence, within four words, and
  /// a verb follows it before the colon; none is carried into such a quote.
  func colonClauseNamesNoSpeaker(before q: QuoteSpan) -> Bool {
    guard q.open > 1, doc.punct(q.open - 1) == .colon else { return false }
    let colon = q.open - 1
    let s = doc.sentences[Int(doc.sentenceOf[colon])].lowerBound
    guard colon - s >= 2, colon - s <= 12, !(s..<colon).contains(where: { doc.inQuote($0) || doc.punct($0) != nil }),
      let n = (s..<min(colon, s + 4)).first(where: { doc.tokens[$0].isCapitalized && doc.language.profile.unattributedNouns.contains(doc.tokens[$0].word) })
    else { return false }
    return ((n + 1)..<colon).contains { doc.isFiniteVerbLike($0) }
  }
}
