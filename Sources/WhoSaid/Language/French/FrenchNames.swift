import Foundation

/// French names (issue 22): an organisation is named by its head noun with its complements (`le
/// ministère des Solidarités et de la Santé` → `ministère des Solidarités et de la Santé`), an
/// acronym defined in parentheses stands for the name before it (`la Fédération unitaire du rail
/// (FUR)` … `la FUR`), a capitalized `Le` or `La` inside a name belongs to the surname (`Yannick Le
/// Goff`), and a description's article tells the gender of whom it names (`la coureuse`).
/// Every example is invented.
extension Document {
  /// Whether token `k` is a lower-case word no list gives a grammatical role: a noun or an
  /// adjective of a name's complement (`rail`, `national`, `antidopage`), not a verb of the cues.
  func frenchPlainWord(_ k: Int) -> Bool {
    let t = tokens[k]
    guard t.kind == .word, !t.isCapitalized, !inQuote(k) else { return false }
    let role = language.profile.role(t.word)
    let grammar: WordRole = [
      .function, .skippable, .stop, .negation, .time, .preposition, .conjunction, .determiner, .possessive, .relative, .complementizer, .copula,
      .auxiliary,
    ]
    return role.isDisjoint(with: grammar) && !role.any(.pronoun) && (t.word < 0 || language.profile.cueOfWord[Int(t.word)] < 0)
  }

  /// Whether word `k` ends like a French adjective (`nationale`, `étrangères`, `économiques`,
  /// `lorvanais`, `européenne`): -al(e)(s), -aux, -el(le)(s), -en(ne)(s), -ais(e)(s), -ois(e)(s),
  /// -ain(e)(s), -ique(s), -aire(s), -ère(s), -if(s), -ive(s).
  func hasFrenchAdjectiveEnding(_ k: Int) -> Bool {
    var w = string(k..<(k + 1)).lowercased()
    if w.hasSuffix("s") { w.removeLast() }
    if w.hasSuffix("e") && !w.hasSuffix("ique") && !w.hasSuffix("aire") && !w.hasSuffix("ère") && !w.hasSuffix("ive") { w.removeLast() }
    for ending in ["al", "au", "el", "ell", "en", "enn", "ai", "ois", "ain", "ique", "aire", "ère", "if", "ive"] where w.hasSuffix(ending) { return true }
    return false
  }

  /// Whether token `k` links a complement to a noun: `de`, `d'`, `du`, `des`.
  func isFrenchLink(_ k: Int, _ fr: FrenchWords) -> Bool {
    tokens[k].kind == .word && (fr.of.contains(tokens[k].word) || fr.contractedOf.contains(tokens[k].word))
  }

  /// Where the complements of a French organisation noun end, read from token `k` (right after the
  /// noun) before `limit`: up to two adjectives, then links (`de`, `du`, `des`, `d'`, with `la` or
  /// `l'` after `de`; `et de` for one more), each before a capitalized name (`du Haut-Valmont`) or a
  /// lower-case noun with up to two adjectives (`du sport amateur`): `Fédération unitaire du rail`,
  /// `service départemental d'incendie et de secours`. `k` when no complement follows.
  func frenchComplementsEnd(from k: Int, limit: Int, _ fr: FrenchWords) -> Int {
    var j = k
    var adjectives = 0
    while j < limit, adjectives < 2, frenchPlainWord(j) {
      j += 1
      adjectives += 1
    }
    var end = k
    var links = 0
    while links < 6, j < limit {
      var c = j
      if links > 0, tokens[c].kind == .word, tokens[c].word == fr.and, c + 1 < limit { c += 1 }
      guard isFrenchLink(c, fr) else { break }
      c += 1
      if c < limit, fr.of.contains(tokens[c - 1].word), tokens[c].kind == .word, fr.linkArticles.contains(tokens[c].word) { c += 1 }
      guard c < limit, tokens[c].kind == .word, !inQuote(c), !tokens[c].flags.contains(.lineBreakBefore) else { break }
      if tokens[c].isCapitalized, !language.profile.role(tokens[c].word).contains(.function) {
        // (`du Journal de Brolac Sandrine Vial`: a first name after the body's name starts a person's.)
        let first = c
        while c < limit, tokens[c].kind == .word, tokens[c].isCapitalized, !inQuote(c), !language.profile.role(tokens[c].word).contains(.function),
          c == first || !isFirstName(c)
        {
          c += 1
        }
        // `de l'Éducation nationale et de la Jeunesse`: an adjective after a name, before one more complement.
        var a = c
        while a < limit, a < c + 2, frenchPlainWord(a) { a += 1 }
        if a > c, a + 1 < limit, isFrenchLink(a, fr) || tokens[a].kind == .word && tokens[a].word == fr.and && isFrenchLink(a + 1, fr) {
          c = a
        } else {
          // `des Affaires étrangères`, `de l'Éducation nationale`: adjectives by their endings.
          while c < limit, frenchPlainWord(c), hasFrenchAdjectiveEnding(c) { c += 1 }
        }
      } else if frenchPlainWord(c) {
        c += 1
        var adj = 0
        while c < limit, adj < 2, frenchPlainWord(c) {
          c += 1
          adj += 1
        }
      } else {
        break
      }
      end = c
      j = c
      links += 1
    }
    return end
  }

  /// Whether word `k` is an organisation noun that heads a French name (`ministère`, `Fédération`),
  /// not a person's noun too.
  func isFrenchOrganizationNoun(_ k: Int) -> Bool {
    guard tokens[k].kind == .word else { return false }
    let role = language.profile.role(tokens[k].word)
    return role.contains(.organizationNoun) && !role.contains(.personNoun)
  }

  /// The words of a French organisation's name in a phrase whose words are `ks` (after its
  /// article), ending at `end`: from its noun (`le parquet de Lorvan` → `parquet de Lorvan`), or
  /// the name written after a noun that does not keep it (`le syndicat de pilotes Air Avenir` →
  /// `Air Avenir`, `l'association Droits des usagers` → `Droits des usagers`; `la région
  /// Val-de-Sarn` keeps its noun); nil when the phrase does not open with such a noun.
  func frenchOrganizationSpan(_ ks: [Int], end: Int, _ fr: FrenchWords) -> Range<Int>? {
    guard let h = ks.first, ks.count > 1, isFrenchOrganizationNoun(h) else { return nil }
    if !fr.keepsApposedName.contains(tokens[h].word),
      let c = ks.dropFirst().first(where: { tokens[$0].kind == .word && tokens[$0].isCapitalized && !language.profile.role(tokens[$0].word).contains(.function) }),
      case let before = tokens[c - 1], before.kind == .word, !isFrenchLink(c - 1, fr), !fr.linkArticles.contains(before.word)
    {
      return c..<end
    }
    return h..<end
  }

  /// The acronym defined in parentheses at token `k` for the name in tokens `r`: one word of two to
  /// eight letters whose letters are the initials of the name's words, articles and links left out
  /// (`Observatoire national de l'emploi et des territoires (Onet)`, `Syndicat national des
  /// collèges (SNC)`); nil otherwise.
  func frenchAcronym(at k: Int, for r: Range<Int>) -> String? {
    guard k + 2 < tokens.count, punct(k) == .openParen, punct(k + 2) == .closeParen, tokens[k + 1].kind == .word,
      tokens[k + 1].isCapitalized, (2...8).contains(tokens[k + 1].length)
    else { return nil }
    let acronym = string((k + 1)..<(k + 2))
    return frenchInitials(r) == Self.folded(acronym) ? acronym : nil
  }

  /// The initials of the words in `r`, upper-cased, accents dropped, function words left out
  /// (`Coordination laitière de l'Ouest` → `CLO`).
  func frenchInitials(_ r: Range<Int>) -> String {
    var out = ""
    for k in r where tokens[k].kind == .word && !language.profile.role(tokens[k].word).contains(.function) {
      if let f = string(k..<(k + 1)).first { out.append(f) }
    }
    return Self.folded(out)
  }

  /// The initials of a name as written (see ``frenchInitials(_:)``).
  static func frenchInitials(ofName name: String) -> String {
    var out = ""
    for w in name.split(whereSeparator: { $0 == " " || $0 == "'" || $0 == "\u{2019}" }) where !frenchLinkWords.contains(w.lowercased()) {
      if let f = w.first { out.append(f) }
    }
    return folded(out)
  }

  /// The articles, links and conjunctions an acronym leaves out.
  static let frenchLinkWords: Set<String> = ["de", "du", "des", "d", "l", "la", "le", "les", "et", "à", "au", "aux", "en", "pour", "sur", "par"]

  /// `s` upper-cased without accents.
  static func folded(_ s: String) -> String { s.folding(options: .diacriticInsensitive, locale: nil).uppercased() }

  /// Whether word `k` is a capitalized `Le` or `La` inside a name, a particle of the surname after
  /// it (`Yannick Le Goff`, `M. Le Goff`); not an article opening a sentence (`Le ministre`).
  func isFrenchSurnameArticle(_ k: Int) -> Bool {
    guard let fr = language.french, k > 0, k + 1 < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized,
      fr.surnameArticles.contains(tokens[k].word), sentenceOf[k - 1] == sentenceOf[k], !inQuote(k)
    else { return false }
    let next = tokens[k + 1]
    guard next.kind == .word, next.isCapitalized, next.start == tokens[k].end + 1,
      !language.profile.role(next.word).any([.function, .personNoun, .organizationNoun, .title])
    else { return false }
    let before = tokens[k - 1]
    // `M. Le Goff`, `Mme Le Floch`
    if before.kind == .punctuation, before.punctuation == .period, k > 1, tokens[k - 2].kind == .word,
      isTitleWord(k - 2) || language.profile.role(tokens[k - 2].word).contains(.abbreviation)
    {
      return true
    }
    guard before.kind == .word, before.isCapitalized, before.end + 1 == tokens[k].start else { return false }
    return isTitleWord(k - 1) || !language.profile.role(before.word).any([.function, .personNoun, .organizationNoun])
  }

  /// Where a person's name starts inside the capitalized words `r` of a French text, when not at
  /// their first: after a nationality or role written with a capital after an article (`la
  /// Néerlandaise Femke Aalders` → `Femke`), or at a first name after other capitalized words (`le
  /// pilier du RC Saint-Aubel Mathieu Lagarde` → `Mathieu`); the name keeps two or three words.
  func frenchNameStart(_ r: Range<Int>) -> Int? {
    let k = r.lowerBound
    guard r.count >= 3, language.french != nil, !isFirstName(k) else { return nil }
    func isName(_ x: Int) -> Bool { tokens[x].kind == .word && tokens[x].isCapitalized && !language.profile.role(tokens[x].word).contains(.function) }
    // (`au Journal de Vaucourt Sandrine Meunier`: a paper's name before the first name.)
    for f in (k + 1)..<(r.upperBound - 1) where isFirstName(f) && r.upperBound - f <= 3 && isName(f - 1) && (f..<r.upperBound).allSatisfy(isName) { return f }
    guard r.allSatisfy(isName), !isOrganizationWord(k) else { return nil }
    if r.count <= 4, k > 0, tokens[k - 1].kind == .word, language.profile.role(tokens[k - 1].word).contains(.determiner), couldBePersonName((k + 1)..<r.upperBound) {
      return k + 1
    }
    return nil
  }

  /// The title written right before the name at `r` without a comma, from its noun after an
  /// article (`la conseillère municipale d'opposition Hélène Brunet` → `conseillère municipale
  /// d'opposition`), or nil.
  func frenchTitleBefore(_ r: Range<Int>, _ fr: FrenchWords) -> String? {
    var j = r.lowerBound - 1
    while j > 0, j >= r.lowerBound - 6 {
      let t = tokens[j]
      guard t.kind == .word, !t.isCapitalized, !inQuote(j) else { return nil }
      if isTitleWord(j), tokens[j - 1].kind == .word, language.profile.role(tokens[j - 1].word).contains(.determiner) {
        return j < r.lowerBound - 1 ? string(j..<r.lowerBound) : nil
      }
      guard frenchPlainWord(j) || isFrenchLink(j, fr) || fr.linkArticles.contains(t.word) else { return nil }
      j -= 1
    }
    return nil
  }

  /// The roles written in apposition to the name in tokens `r`, before it (`de son entraîneur,
  /// Luc Fabre,` → `entraîneur`; `le secrétaire du comité d'entreprise, Yann Le Roux,` →
  /// `secrétaire`) or after it (`Luc Fabre, entraîneur du club,` → `entraîneur`), lower-cased.
  func frenchAppositiveRoles(of r: Range<Int>, _ fr: FrenchWords) -> [String] {
    var out: [String] = []
    let n = tokens.count
    // After: `, ancien entraîneur du club`.
    if r.upperBound + 1 < n, punct(r.upperBound) == .comma {
      var j = r.upperBound + 1
      while j < n, j < r.upperBound + 3, frenchPlainWord(j), !isTitleWord(j) { j += 1 }
      if j < n, tokens[j].kind == .word, !tokens[j].isCapitalized, isTitleWord(j) { out.append(string(j..<(j + 1)).lowercased()) }
    }
    // Before: the title after the description's article, its complements between.
    guard r.lowerBound >= 3, punct(r.lowerBound - 1) == .comma else { return out }
    var j = r.lowerBound - 2
    while j >= 0, j > r.lowerBound - 10, tokens[j].kind == .word, !inQuote(j), sentenceOf[j] == sentenceOf[r.lowerBound] {
      let w = tokens[j].word
      let role = language.profile.role(w)
      let article = role.any([.determiner, .possessive]) && !fr.contractedOf.contains(w) && !(fr.linkArticles.contains(w) && j > 0 && isFrenchLink(j - 1, fr))
      if article {
        if j + 1 < r.lowerBound - 1, !tokens[j + 1].isCapitalized, isTitleWord(j + 1) { out.append(string((j + 1)..<(j + 2)).lowercased()) }
        break
      }
      j -= 1
    }
    return out
  }

  /// The head noun of the French phrase words `ks` when it is not their last: the word before their
  /// first complement (`secrétaire` in `secrétaire général du comité`), or a speaker noun before
  /// an adjective closing them (`sources` in `sources parlementaires`); nil otherwise.
  func frenchHead(_ ks: [Int]) -> Int? {
    guard let fr = language.french, ks.count >= 2 else { return nil }
    // (`au Journal de Brolac Sandrine Vial` is a name.)
    if let link = ks.dropFirst().firstIndex(where: { isFrenchLink($0, fr) }), !tokens[ks[0]].isCapitalized {
      // (The noun, not an adjective after it: `secrétaire général`.)
      var h = link - 1
      while h > 0, frenchPlainWord(ks[h]), language.profile.role(tokens[ks[h - 1]].word).any([.speakerNoun, .title]) { h -= 1 }
      return ks[h]
    }
    let last = ks[ks.count - 1]
    guard !language.profile.role(tokens[last].word).any(.speakerNoun), frenchPlainWord(last),
      language.profile.role(tokens[ks[ks.count - 2]].word).any(.speakerNoun)
    else { return nil }
    return ks[ks.count - 2]
  }

  /// The gender the article of a French description tells (`le capitaine`, `la coureuse`), or unknown.
  func frenchArticleGender(_ k: Int, _ fr: FrenchWords) -> EntityResolver.Gender {
    guard tokens[k].kind == .word else { return .unknown }
    if fr.maleArticles.contains(tokens[k].word) { return .male }
    if fr.femaleArticles.contains(tokens[k].word) { return .female }
    return .unknown
  }
}

extension MentionFinder {
  /// French: the organisations named in the article by a noun and its complements (`le parquet de
  /// Lorvan`, `la Ligue régionale de football de l'Ouest`) with a capitalized word in them, or an
  /// acronym defined after them (`le service départemental d'incendie et de secours (Sdis) du
  /// Haut-Valmont`, named without its acronym), starting before token `limit`.
  func frenchOrganizations(before limit: Int, _ fr: FrenchWords) -> [Mention] {
    var out: [Mention] = []
    let n = doc.tokens.count
    var k = 0
    while k < limit {
      guard doc.isFrenchOrganizationNoun(k), !doc.inQuote(k) else {
        k += 1
        continue
      }
      var e = doc.frenchComplementsEnd(from: k + 1, limit: n, fr)
      var name = doc.string(k..<e)
      let acronym = doc.frenchAcronym(at: e, for: k..<e)
      var next = acronym != nil ? e + 3 : e
      if acronym != nil {
        // `(Sdis) du Haut-Valmont`: the complement after the acronym is the name's too.
        let more = doc.frenchComplementsEnd(from: e + 3, limit: n, fr)
        if more > e + 3, doc.isFrenchLink(e + 3, fr) {
          name += " " + doc.string((e + 3)..<more)
          e = more
          next = more
        }
      }
      guard e > k + 1, acronym != nil || (k..<e).contains(where: { doc.tokens[$0].kind == .word && doc.tokens[$0].isCapitalized }) else {
        k += 1
        continue
      }
      let oblique = k > 0 && doc.tokens[k - 1].kind == .word && (doc.isFrenchLink(k - 1, fr) || doc.language.profile.role(doc.tokens[k - 1].word).contains(.preposition))
      var m = Mention(position: k, end: e, name: name, kind: .organization, gender: .unknown, titles: [], acronym: acronym)
      m.salience = oblique ? 0 : 2
      out.append(m)
      k = next
    }
    return out
  }

  /// The mentions `found` with the French organisations `organizations` in text order; a mention
  /// inside an organisation's name is left out (`Haut-Valmont` in `préfecture du Haut-Valmont`).
  func merged(_ found: [Mention], _ organizations: [Mention]) -> [Mention] {
    guard !organizations.isEmpty else { return found }
    var out: [Mention] = []
    out.reserveCapacity(found.count + organizations.count)
    var o = 0
    var covered = -1  // the end of the latest organisation put out
    for m in found {
      while o < organizations.count, organizations[o].position <= m.position {
        out.append(organizations[o])
        covered = max(covered, organizations[o].end)
        o += 1
      }
      if m.position < covered { continue }
      if o < organizations.count, organizations[o].position < m.end { continue }
      out.append(m)
    }
    out.append(contentsOf: organizations[o...])
    return out
  }
}
