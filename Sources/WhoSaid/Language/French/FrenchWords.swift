/// The ids of the French words the French rules name (`de`, `du`, `qui`, `-t-on` forms, the
/// adverbial phrases between an auxiliary and its participle), made once with the profile.
///
/// Its presence on a profile (``LanguageProfile/french``) is what turns the French rules on:
/// the shared rules ask `doc.language.french` once and pass it on.
struct FrenchWords: Sendable {
  /// `de`, `d'`, `d’`: a complement after a noun (`le ministre de la Mer`, `secrétaire d'État`).
  var of: [Int32] = []
  /// `du`, `des`: `de` and an article in one (`le porte-parole du ministère`).
  var contractedOf: [Int32] = []
  /// `au`, `aux`: `à` and an article in one (`explique-t-on au ministère`).
  var contractedTo: [Int32] = []
  /// `à`, `dans`, `chez`, `auprès`, `de`: the prepositions of a place or a source after `-t-on`
  /// (`indique-t-on dans l'entourage du ministre`, `a-t-on appris de source judiciaire`).
  var places: [Int32] = []
  /// `qui`.
  var who: Int32 = -1
  /// `et`, `mais`: a second verb sharing the subject of the first (`a dénoncé X et accusé Y`).
  var coordinators: [Int32] = []
  /// `en`, `tout`: before a present participle (`tout en appelant`).
  var en: Int32 = -1
  var tout: Int32 = -1
  /// `eux`, `elle`, `lui`, `elles`: an emphatic pronoun set off by commas after its subject
  /// (`Les agriculteurs, eux, craignent`).
  var emphatic: [Int32] = []
  /// `ne`, `n'`, `n’`.
  var ne: [Int32] = []
  /// `souhaité`, `voulu`, `pu`: a negated modal before a cue (`n'a pas souhaité réagir`).
  var modals: [Int32] = []
  /// Multi-word adverbials that stand between an auxiliary and its participle or after the verb
  /// (`par ailleurs`, `pour sa part`, `de son côté`, `quant à lui`), as word-id sequences.
  var adverbials: [[Int32]] = []
  /// The `-t-on` forms of the cues and auxiliaries (`explique-t-on`, `a-t-on`): no pronoun speaks;
  /// the place after them does.
  var onInverted: Set<Int32> = []
  /// The infinitives of the cues (`annoncer`, `dire`): a cue in the infinitive reports nothing yet
  /// (`le groupe pourrait annoncer`, `a refusé de commenter`).
  var infinitives: Set<Int32> = []
  /// `se`, `s'`: a pronominal verb takes `être` without being passive (`s'est félicité`).
  var reflexives: [Int32] = []
  /// `appris`, `apprend`: `a-t-on appris de source judiciaire`, a cue only after `-t-on`.
  var learnt: [Int32] = []
  /// The cue `apprendre` (no form of it is a cue elsewhere).
  var learnCue: Int32 = -1
  /// `Lire`, `aussi`: a `Lire aussi` line is a link to another article.
  var read: Int32 = -1
  var also: Int32 = -1
  /// `monsieur`, `madame`: a vocative names who a dialogue turn is said to.
  var vocatives: [Int32] = []
  /// Nouns whose object is no claim after a speech verb (`déclaré forfait`), and nouns that are
  /// claims (`a démenti les accusations`, `a confirmé l'information`).
  var nonClaimObjects: [Int32] = []
  var claimNouns: [Int32] = []
  /// Nouns before a title in guillemets (`l'essai « Le Temps des minorités »`, `surnommé « le
  /// Fantôme »`): the quote is a name, not speech.
  var titleNouns: [Int32] = []
}

extension LanguageProfile {
  /// Builds ``french`` from the profile's words (run once, when the French profile is made).
  mutating func addFrenchWords() {
    var f = FrenchWords()
    func ids(_ words: String) -> [Int32] {
      var out: [Int32] = []
      for w in words.asciiSplit([0x20, 0x0A]) {
        out.append(word(String(w)))
        if w.contains("'") { out.append(word(String(w.map { $0 == "'" ? "\u{2019}" : $0 }))) }
      }
      return out
    }
    f.of = ids("de d'")
    f.contractedOf = ids("du des")
    f.contractedTo = ids("au aux")
    f.places = ids("à au aux dans chez auprès de d' du des")
    f.who = word("qui")
    f.coordinators = ids("et mais")
    f.en = word("en")
    f.tout = word("tout")
    f.emphatic = ids("eux elle lui elles")
    f.ne = ids("ne n'")
    f.modals = ids("souhaité voulu pu su")
    for phrase in [
      "par ailleurs", "pour sa part", "pour leur part", "pour son part", "de son côté", "de leur côté", "de son coté",
      "quant à lui", "quant à elle", "quant à eux", "quant à elles", "lui aussi", "elle aussi", "eux aussi", "en outre",
      "au contraire", "de nouveau", "à nouveau", "d' ailleurs", "d’ ailleurs", "en revanche", "pour autant", "dans la foulée",
      "par la suite", "sans détour", "une nouvelle fois", "à son tour", "à leur tour", "de son côté aussi",
    ] {
      f.adverbials.append(phrase.asciiSplit([0x20]).map { word(String($0)) })
    }
    f.learnt = ids("appris apprend")
    f.reflexives = ids("se s'")
    for cue in cues where !cue.lemma.contains(" ") {
      let id = word(cue.lemma)
      if cueOfWord[Int(id)] >= 0 { f.infinitives.insert(id) }
    }
    f.read = word("lire")
    f.also = word("aussi")
    f.vocatives = ids("monsieur madame mademoiselle")
    f.nonClaimObjects = ids("forfait faillite guerre")
    f.claimNouns = ids("""
      accusation accusations information informations rumeur rumeurs allégation allégations propos \
      nouvelle reproches soupçons
      """)
    f.titleNouns = ids("""
      livre livres essai essais roman romans ouvrage film films documentaire série album chanson spectacle \
      pièce émission exposition opération rapport intitulé intitulée intitulés baptisé baptisée surnommé \
      surnommée surnommés surnom titre slogan hashtag
      """)
    french = f
  }
}
