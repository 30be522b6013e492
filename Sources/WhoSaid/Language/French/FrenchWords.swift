/// The ids of the French words the French rules name (`de`, `du`, `qui`, `-t-on` forms, the
/// adverbial phrases between an auxiliary and its participle), made once with the profile.
///
/// Its presence on a profile (``LanguageProfile/french``) is what turns the French rules on:
/// the shared rules ask `doc.language.french` once and pass it on (a reference: nothing is copied).
final class FrenchWords: Sendable {
  /// `de`, `d'`, `d’`: a complement after a noun (`le ministre de la Mer`, `secrétaire d'État`).
  let of: [Int32]
  /// `du`, `des`: `de` and an article in one (`le porte-parole du ministère`).
  let contractedOf: [Int32]
  /// `au`, `aux`: `à` and an article in one (`explique-t-on au ministère`).
  let contractedTo: [Int32]
  /// `à`, `dans`, `chez`, `auprès`, `de`: the prepositions of a place or a source after `-t-on`
  /// (`indique-t-on dans l'entourage du ministre`, `a-t-on appris de source judiciaire`).
  let places: [Int32]
  /// `qui`.
  let who: Int32
  /// `et`, `mais`: a second verb sharing the subject of the first (`a dénoncé X et accusé Y`).
  let coordinators: [Int32]
  /// `en`, `tout`: before a present participle (`tout en appelant`).
  let en: Int32
  let tout: Int32
  /// `eux`, `elle`, `lui`, `elles`: an emphatic pronoun set off by commas after its subject
  /// (`Les agriculteurs, eux, craignent`).
  let emphatic: [Int32]
  /// `ne`, `n'`, `n’`.
  let ne: [Int32]
  /// `souhaité`, `voulu`, `pu`: a negated modal before a cue (`n'a pas souhaité réagir`).
  let modals: [Int32]
  /// Multi-word adverbials that stand between an auxiliary and its participle or after the verb
  /// (`par ailleurs`, `pour sa part`, `de son côté`, `quant à lui`), as word-id sequences.
  let adverbials: [[Int32]]
  /// The `-t-on` forms of the cues and auxiliaries (`explique-t-on`, `a-t-on`): no pronoun speaks;
  /// the place after them does.
  let onInverted: Set<Int32>
  /// The infinitives of the cues (`annoncer`, `dire`): a cue in the infinitive reports nothing yet
  /// (`le groupe pourrait annoncer`, `a refusé de commenter`).
  let infinitives: Set<Int32>
  /// The past participles of the cues that are no other form of them (`déclaré`, `accusés`, not
  /// `dit`): without an auxiliary they qualify a noun (`trois hommes accusés d'avoir braqué`,
  /// `Interrogé par l'AFP, …`) and report nothing.
  let pastParticiples: Set<Int32>
  /// The forms of `avoir` and `être` that make a compound tense with a participle.
  let auxiliaries: [Int32]
  /// `se`, `s'`: a pronominal verb takes `être` without being passive (`s'est félicité`).
  let reflexives: [Int32]
  /// `appris`, `apprend`: `a-t-on appris de source judiciaire`, a cue only after `-t-on`.
  let learnt: [Int32]
  /// The cue `apprendre` (no form of it is a cue elsewhere).
  let learnCue: Int32
  /// `Lire`, `aussi`: a `Lire aussi` line is a link to another article.
  let read: Int32
  let also: Int32
  /// `monsieur`, `madame`: a vocative names who a dialogue turn is said to.
  let vocatives: [Int32]
  /// The prepositions that open each cue's content, by cue index (`accuser X de`, `féliciter X
  /// pour`, `appeler X à`), with their elided and contracted forms (`d'`, `au`); `à` is left out
  /// for cues that take a clause or `de` (there it introduces a listener or a target: `a demandé au
  /// préfet de …`, `a confié à la presse que …`).
  let contentPrepositions: [Int32: [Int32]]
  /// `en` and `garde` of `mettre en garde`: a particle verb with a word between verb and particle.
  let inGuard: (Int32, Int32)
  /// Nouns whose object is no claim after a speech verb (`déclaré forfait`), and nouns that are
  /// claims (`a démenti les accusations`, `a confirmé l'information`).
  let nonClaimObjects: [Int32]
  let claimNouns: [Int32]
  /// Nouns before a title in guillemets (`l'essai « Le Temps des minorités »`, `surnommé « le
  /// Fantôme »`): the quote is a name, not speech.
  let titleNouns: [Int32]
  /// `le`, `un`, `ce`, `cet` and `la`, `une`, `cette`: the article of a description tells the gender
  /// of whom it names (`le capitaine`, `la coureuse`).
  let maleArticles: [Int32]
  let femaleArticles: [Int32]
  /// `la`, `l'`: the article after `de` in a complement (`de la Santé`, `de l'Ouest`).
  let linkArticles: [Int32]
  /// `et`: `et de` goes on with a second complement (`des Solidarités et de la Santé`).
  let and: Int32
  /// `le`, `la`: capitalized inside a name, a particle of the surname (`Yannick Le Goff`).
  let surnameArticles: [Int32]
  /// Organisation nouns that keep the name written after them (`la région Val-de-Sarn`,
  /// `l'institut Kerel`); after any other the name alone is the body's (`le groupe Valmet` →
  /// `Valmet`).
  let keepsApposedName: [Int32]
  /// Texts that speak for whoever issued them (`une étude de l'institut Kerel`, `les chiffres
  /// publiés par l'Observatoire`), and the bodies that speak for what they run (`la direction de
  /// Valmet`).
  let issuedTexts: [Int32]
  let management: [Int32]
  /// `par`: the issuer after a participle (`publiés par`).
  let by: Int32

  /// Reads the words from profile `p` (adding those it lacks), once its cues and their inverted
  /// forms are in.
  init(_ p: inout LanguageProfile) {
    func ids(_ words: String) -> [Int32] {
      var out: [Int32] = []
      for w in words.asciiSplit([0x20, 0x0A]) {
        out.append(p.word(String(w)))
        if w.contains("'") { out.append(p.word(String(w.map { $0 == "'" ? "\u{2019}" : $0 }))) }
      }
      return out
    }
    of = ids("de d'")
    contractedOf = ids("du des")
    contractedTo = ids("au aux")
    places = ids("à au aux dans chez auprès de d' du des")
    who = p.word("qui")
    coordinators = ids("et mais")
    en = p.word("en")
    tout = p.word("tout")
    emphatic = ids("eux elle lui elles")
    ne = ids("ne n'")
    modals = ids("souhaité voulu pu su")
    adverbials = Self.adverbials(&p)
    // `explique-t-on`, `dit-on` (made with the inverted cues) and the auxiliaries `a-t-on`.
    var on: Set<Int32> = []
    for id in 0..<Int32(p.table.count) where p.cueOfWord[Int(id)] >= 0 {
      let form = p.table.word(id)
      if form.hasSuffix("-on") { on.insert(id) }
    }
    for aux in ["a-t-on", "avait-on", "aurait-on"] { on.insert(p.word(aux)) }
    onInverted = on
    learnCue = Int32(p.cues.lastIndex { $0.lemma == "apprendre" } ?? -1)
    learnt = ids("appris apprend")
    reflexives = ids("se s'")
    var infinitives: Set<Int32> = []
    for cue in p.cues where !cue.lemma.contains(" ") {
      let id = p.word(cue.lemma)
      if p.cueOfWord[Int(id)] >= 0 { infinitives.insert(id) }
    }
    self.infinitives = infinitives
    pastParticiples = Self.pastParticiples(&p)
    auxiliaries = ids("a ont avait avaient aurait auraient avoir est sont était étaient sera seront serait seraient fut été être")
    contentPrepositions = Self.contentPrepositions(&p)
    inGuard = (p.word("en"), p.word("garde"))
    read = p.word("lire")
    also = p.word("aussi")
    vocatives = ids("monsieur madame mademoiselle")
    nonClaimObjects = ids("forfait faillite guerre")
    claimNouns = ids("""
      accusation accusations information informations rumeur rumeurs allégation allégations propos \
      nouvelle reproches soupçons
      """)
    titleNouns = ids("""
      livre livres essai essais roman romans ouvrage film films documentaire série album chanson spectacle \
      pièce émission exposition opération intitulé intitulée intitulés baptisé baptisée surnommé \
      surnommée surnommés surnom titre slogan
      """)
    maleArticles = ids("le un ce cet")
    femaleArticles = ids("la une cette")
    linkArticles = ids("la l'")
    and = p.word("et")
    surnameArticles = ids("le la")
    issuedTexts = ids("""
      étude études rapport rapports communiqué note enquête sondage bilan chiffres document lettre courrier site \
      estimation estimations prévisions données statistiques publication avis
      """)
    management = ids("direction")
    by = p.word("par")
    keepsApposedName = ids("""
      région département commune ville institut université préfecture sous-préfecture mairie lycée collège \
      hôpital clinique académie
      """)
  }

  /// The multi-word adverbials (``adverbials``: `a par ailleurs déclaré`, `a déclaré pour sa
  /// part`), each as word ids.
  static func adverbials(_ p: inout LanguageProfile) -> [[Int32]] {
    var phrases: [[Int32]] = []
    for phrase in [
      "par ailleurs", "pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui", "quant à elle",
      "quant à eux", "quant à elles", "lui aussi", "elle aussi", "eux aussi", "en outre", "au contraire", "de nouveau",
      "à nouveau", "d' ailleurs", "d’ ailleurs", "en revanche", "pour autant", "dans la foulée", "par la suite",
      "sans détour", "une nouvelle fois", "à son tour", "à leur tour",
    ] {
      phrases.append(phrase.asciiSplit([0x20]).map { p.word(String($0)) })
    }
    return phrases
  }

  /// The prepositions each cue's content may open with (``contentPrepositions``), read from the
  /// flags of its line in the cue data (`accuser|…|de` → `de`, `d'`, `d’`).
  static func contentPrepositions(_ p: inout LanguageProfile) -> [Int32: [Int32]] {
    var preps: [Int32: [Int32]] = [:]
    let variants = ["de": "de d' d’", "à": "à au aux", "pour": "pour", "contre": "contre", "sur": "sur"]
    let frameFlags: Set<Substring> = ["clause", "object", "quote", "weak", "strict", "passive"]
    for line in FrenchCueData.text.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      let fields = line.asciiFields(0x7C)
      guard fields.count > 2, let cue = p.cues.firstIndex(where: { $0.lemma == fields[0].trimmingSpaces }) else { continue }
      let flags = fields[2].asciiSplit([0x20])
      let listed = flags.filter { !frameFlags.contains($0) }
      let skipTo = flags.contains("clause") || listed.contains("de")
      var ids: [Int32] = []
      for prep in listed where !(prep == "à" && skipTo) {
        for v in (variants[String(prep)] ?? String(prep)).asciiSplit([0x20]) { ids.append(p.word(String(v))) }
      }
      if !ids.isEmpty { preps[Int32(cue)] = ids }
    }
    return preps
  }

  /// The past participles of the cue data's lines that are no finite form of the same verb. A line
  /// lists the forms in order — present, passé simple, imperfect (`…ait`), the participles, the
  /// infinitive last: `accuse accusent … accusait … accusé accusée accusés accusées accuser`.
  private static func pastParticiples(_ p: inout LanguageProfile) -> Set<Int32> {
    var participles: Set<Int32> = []
    for line in FrenchCueData.text.asciiSplit([0x0A]) where !line.hasPrefix("#") {
      let fields = line.asciiFields(0x7C)
      guard fields.count > 1 else { continue }
      let forms = fields[1].asciiSplit([0x20])
      guard let imperfect = forms.firstIndex(where: { $0.hasSuffix("ait") }), imperfect + 1 < forms.count - 1 else { continue }
      let finite = Set(forms[...imperfect])
      for form in forms[(imperfect + 1)..<(forms.count - 1)] where !finite.contains(form) { participles.insert(p.word(String(form))) }
    }
    return participles
  }
}
