/// The words a language uses around a cue's parties and acts, read from the profile's cue table
/// file (`EnglishCueTable.parties`): who acts in a passive (`by`, `von`, `par`), which prepositions
/// carry an article (`au` = `à le`), the phrases that name an audience (`in an interview with X`),
/// and the words the act rules read (question words, future and deontic forms, reflexives, the
/// nouns after `expressed`).
public struct PartyWords: Sendable {
  /// Prepositions of a passive's agent (`by`, `von`, `par`).
  public internal(set) var agents: [Int32] = []
  /// A preposition with its article glued on, to the preposition it contains (`au` → `à`, `zum` → `zu`).
  public internal(set) var contractions: [Int32: Int32] = [:]
  /// Nouns that name where words were said to someone, with the prepositions before that someone
  /// (`interview` + `with`: `in an interview with Reuters`).
  public internal(set) var audienceNouns: [Int32: [Int32]] = [:]
  /// Whether a word id is a key of ``audienceNouns``, by word id (ids past the end are not): one
  /// load per token where the phrase is looked for.
  public internal(set) var isAudienceNoun: [Bool] = []
  /// Prepositions whose phrase is the audience of any speech cue (German `gegenüber`).
  public internal(set) var audiencePrepositions: [Int32] = []
  /// Words that open an infinitive after an object (`to`; French `de`, `d'`, `à`: `a demandé à
  /// la ligue de revoir`).
  public internal(set) var infinitiveMarkers: Set<Int32> = []
  /// Prepositions that open what was said after a target (`accused X of`, `charged X with`,
  /// `denounced X as`, `a félicité X pour`); a preposition of time or place does not (`until`).
  public internal(set) var contentOpeners: Set<Int32> = []
  /// Words that open an indirect question (`whether`, `ob`, `si`, `why`).
  public internal(set) var questionWords: Set<Int32> = []
  /// Words that make a clause future or conditional (`will`, `would`, `werde`, `würde`).
  public internal(set) var futureWords: Set<Int32> = []
  /// Endings of future and conditional verbs (French `-ra`, `-rait`), as lowercase UTF-8.
  public internal(set) var futureEndings: [[UInt8]] = []
  /// Words of obligation (`should`, `must`, `solle`, `doit`, `faut`).
  public internal(set) var deonticWords: Set<Int32> = []
  /// Reflexive pronouns (`se`, `s'`, `sich`).
  public internal(set) var reflexives: Set<Int32> = []
  /// Pronouns that may stand as an object after the verb (`him`, `them`, `ihn`, `ihnen`).
  public internal(set) var objectPronouns: Set<Int32> = []
  /// German articles and possessives of the dative (`dem`, `der`, `einem`, `ihrem`).
  public internal(set) var datives: Set<Int32> = []
  /// German articles of the dative plural, before a noun in `-n` (`den Arbeitgebern`).
  public internal(set) var dativePlurals: Set<Int32> = []
  /// Common nouns of people and bodies a claim may be against (`players`, `the league`, `les
  /// policiers`), beyond the speaker nouns: a criticism or praise verb takes such an object as its
  /// target rather than as what was said.
  public internal(set) var partyNouns: Set<Int32> = []
  /// The act a noun object gives a cue with the noun-act rule (`concern` → belief).
  public internal(set) var nounActs: [Int32: Act] = [:]

  public init() {}

  /// Whether word `id` names where words were said (`interview`, `Gespräch`, `entretien`).
  @inline(__always) func isAudienceNoun(_ id: Int32) -> Bool { id >= 0 && Int(id) < isAudienceNoun.count && isAudienceNoun[Int(id)] }
}

/// A profile's ``PartyWords`` behind one reference: the profile is copied with every article's
/// stages, and one reference is cheaper to retain than the lists.
final class PartyWordsBox: Sendable {
  let words: PartyWords
  init(_ words: PartyWords) { self.words = words }
}

extension LanguageProfile {
  /// Reads `key|words` lines (see ``PartyWords``): `agents`, `contractions` (`au:à`),
  /// `audience` (`interview:with/to`, and bare prepositions), `infinitive`, `content-openers`, `question`, `future`,
  /// `future-endings`, `deontic`, `reflexive`, `object-pronouns`, `party-nouns`, German `dative` and
  /// `dative-plural`, and one line per act for the
  /// noun-act rule (`belief|concern concerns fear …`).
  mutating func addPartyWords(_ text: String) {
    var w = partyBox.words
    for line in text.asciiSplit([0x0A]) {
      let f = line.asciiFields(0x7C)
      guard f.count == 2 else { continue }
      let key = f[0].trimmingSpaces
      let items = f[1].asciiSplit([0x20]).map { String($0) }
      switch key {
      case "agents": w.agents += items.map { word($0) }
      case "contractions":
        for item in items {
          let p = item.asciiFields(0x3A)
          if p.count == 2 { w.contractions[word(String(p[0]))] = word(String(p[1])) }
        }
      case "audience":
        for item in items {
          let p = item.asciiFields(0x3A)
          if p.count == 2 {
            let noun = word(String(p[0]))
            w.audienceNouns[noun] = p[1].asciiSplit([0x2F]).map { word(String($0)) }
            if Int(noun) >= w.isAudienceNoun.count { w.isAudienceNoun += Array(repeating: false, count: Int(noun) + 1 - w.isAudienceNoun.count) }
            w.isAudienceNoun[Int(noun)] = true
          } else {
            w.audiencePrepositions.append(word(item))
          }
        }
      case "infinitive": w.infinitiveMarkers.formUnion(items.map { word($0) })
      case "content-openers": w.contentOpeners.formUnion(items.map { word($0) })
      case "question": w.questionWords.formUnion(items.map { word($0) })
      case "future": w.futureWords.formUnion(items.map { word($0) })
      case "future-endings": w.futureEndings += items.map { Array($0.utf8) }
      case "deontic": w.deonticWords.formUnion(items.map { word($0) })
      case "reflexive": w.reflexives.formUnion(items.map { word($0) })
      case "object-pronouns": w.objectPronouns.formUnion(items.map { word($0) })
      case "party-nouns": w.partyNouns.formUnion(items.map { word($0) })
      case "dative": w.datives.formUnion(items.map { word($0) })
      case "dative-plural": w.dativePlurals.formUnion(items.map { word($0) })
      default:
        if let act = Act(rawValue: key) {
          for item in items { w.nounActs[word(item)] = act }
        }
      }
    }
    partyBox = PartyWordsBox(w)
  }
}
