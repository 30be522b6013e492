/// The kind of speech act an attribution reports: what the speaker did with the words.
///
/// The cue decides first (`accused` → accusation), a few context rules second (`asked whether`
/// → question, `asked X to` → demand); the words of the content never change it (`said that X
/// was to blame` stays a statement). See the README's act table.
public enum Act: String, Sendable, Hashable, CaseIterable {
  /// Say, tell, add, announce, explain, confirm, `according to`.
  case statement
  /// Accuse, blame, charge, allege, sue.
  case accusation
  /// Deny, reject or dismiss a claim, refute.
  case denial
  /// Admit, acknowledge, concede, confess.
  case admission
  /// Warn, caution.
  case warning
  /// Threaten.
  case threat
  /// Promise, pledge, vow; assure that something will be.
  case promise
  /// Demand, urge, call for, call on, ask someone to.
  case demand
  /// Ask whether or what, wonder.
  case question
  /// Criticise, condemn, denounce, attack, complain.
  case criticism
  /// Praise, thank, congratulate, welcome, hail.
  case praise
  /// Predict, forecast.
  case prediction
  /// Think, believe, expect, hope, fear.
  case belief

  /// The act as a JSON string, quotes included (written without escaping, as it needs none).
  var json: StaticString {
    switch self {
    case .statement: "\"statement\""
    case .accusation: "\"accusation\""
    case .denial: "\"denial\""
    case .admission: "\"admission\""
    case .warning: "\"warning\""
    case .threat: "\"threat\""
    case .promise: "\"promise\""
    case .demand: "\"demand\""
    case .question: "\"question\""
    case .criticism: "\"criticism\""
    case .praise: "\"praise\""
    case .prediction: "\"prediction\""
    case .belief: "\"belief\""
    }
  }
}

/// What a party next to a cue is to the claim: the one it is against or aimed at (`accused
/// Baku`), or the one it was said to (`told reporters`).
public enum PartyRole: UInt8, Sendable, Hashable {
  case none, target, audience
}

/// The context rules that may change a cue's act or the role of its object (the README's act
/// table names each with an invented example).
public struct ActRules: OptionSet, Sendable, Hashable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }
  /// `asked whether …`, a quote ending in `?` → question.
  public static let askWh = ActRules(rawValue: 1 << 0)
  /// `asked X to …`, `ask for`, `ask that` → demand.
  public static let askTo = ActRules(rawValue: 1 << 1)
  /// `se demander`, `sich fragen` → question.
  public static let reflexive = ActRules(rawValue: 1 << 2)
  /// `assured … that it would` → promise.
  public static let future = ActRules(rawValue: 1 << 3)
  /// `insisted that it should` → demand.
  public static let deontic = ActRules(rawValue: 1 << 4)
  /// A plain noun-phrase object stays a claim only when the noun is a proposition (`denied the allegations`).
  public static let claimNounPhrase = ActRules(rawValue: 1 << 5)
  /// `expressed concern` → belief, `expressed support` → praise.
  public static let nounAct = ActRules(rawValue: 1 << 6)
  /// When a rule makes the act a demand, warning or question, the addressee is the target.
  public static let addressee = ActRules(rawValue: 1 << 7)
  /// A thing as direct object is the content, not the target (`condemned the attack`).
  public static let thingObject = ActRules(rawValue: 1 << 8)
  /// A prepositional party counts only when it can be a party (`complained to the council`).
  public static let party = ActRules(rawValue: 1 << 9)
  /// A document as speaker makes the class evidence (`a report says`).
  public static let document = ActRules(rawValue: 1 << 10)
  /// An evidence cue that stays evidence whoever is its subject: a finding is no speech (`she
  /// found in her survey that most pupils walk`; `The minister suggested that …` is speech).
  public static let finding = ActRules(rawValue: 1 << 11)

  /// The rules a table row's notes name in brackets (`… [ask-wh] …`), read in one pass over its bytes.
  init(notes: String) {
    self = []
    var name: [UInt8] = []
    var inside = false
    for b in notes.utf8 {
      if b == 0x5B {
        inside = true
        name.removeAll(keepingCapacity: true)
      } else if b == 0x5D, inside {
        inside = false
        if let rule = Self.names.first(where: { $0.0.utf8.elementsEqual(name) }) { insert(rule.1) }
      } else if inside {
        name.append(b)
      }
    }
  }

  static let names: [(String, ActRules)] = [
    ("ask-wh", .askWh), ("ask-to", .askTo), ("reflexive", .reflexive), ("future", .future), ("deontic", .deontic),
    ("claim-np", .claimNounPhrase), ("noun-act", .nounAct), ("addressee", .addressee), ("thing-object", .thingObject),
    ("party", .party), ("doc", .document), ("finding", .finding),
  ]
}

/// A preposition that introduces a party of a cue (`call on X`, `say to X`, `déclarer à X`).
public struct PartyPreposition: Sendable, Hashable {
  /// The preposition's word id.
  public var word: Int32
  /// What the phrase after it is.
  public var role: PartyRole
}

/// What a cue says about the claim it reports: its default act, what its objects are, and the
/// context rules that apply to it. Read from the act, object-role and noun-form columns of the
/// profile's cue table (``CueTable``; its class column is ``Cue/cueClass``); a cue the table does
/// not list (one added with `--cues`) is a statement with no parties.
public struct CueSemantics: Sendable, Hashable {
  /// The act when no context rule applies.
  public var act: Act = .statement
  /// The direct (German accusative) object right after the verb: `accused [Baku]`, `told [reporters]`.
  public var object: PartyRole = .none
  /// German: the dative object (`warf [dem Minister] vor`, `sagte [der Zeitung]`).
  public var dative: PartyRole = .none
  /// Parties introduced by a preposition (`called on [X]`, `wrote to [the council]`).
  public var prepositions: [PartyPreposition] = []
  /// The prepositions that introduce the target of the cue's nouns (`accusation against [Kyiv]`).
  public var nounPrepositions: [Int32] = []
  /// The context rules for this cue.
  public var rules: ActRules = []

  /// The default: a speech statement with no parties.
  public init() {}

  /// The role of the phrase after preposition `word`, or `.none`.
  func role(after word: Int32) -> PartyRole {
    for p in prepositions where p.word == word { return p.role }
    return .none
  }
}

extension LanguageProfile {
  /// Reads the act, object-role and noun-form columns of a cue table and the rules its notes
  /// name in brackets (`[ask-wh]`) into the semantics of the cues of each lemma, of the source
  /// phrases and constructions (``sourceSemantics``), and the nouns that make a claim with a
  /// target (``nounCueOfWord``). A value outside the known sets is ignored, leaving the default.
  mutating func addCueSemantics(_ table: CueTable) {
    var byLemma: [String: [Int]] = [:]
    for (i, c) in cues.enumerated() { byLemma[c.lemma, default: []].append(i) }
    if cueSemantics.count < cues.count { cueSemantics += Array(repeating: CueSemantics(), count: cues.count - cueSemantics.count) }
    for row in table.rows {
      var s = CueSemantics()
      s.act = Act(rawValue: row.act) ?? .statement
      for entry in row.objectRole.asciiSplit([0x20]) {
        let parts = entry.asciiFields(0x3A)
        let role: PartyRole = parts[0] == "target" ? .target : parts[0] == "audience" ? .audience : .none
        guard role != .none else { continue }
        if parts.count == 1 {
          s.object = role
        } else if parts[1] == "dat" {
          s.dative = role
        } else {
          s.prepositions.append(PartyPreposition(word: word(String(parts[1])), role: role))
        }
      }
      s.rules = ActRules(notes: row.notes)
      let nouns = row.nounForms.asciiSplit([0x3B]).map { $0.asciiFields(0x3A) }
      for n in nouns where n.count == 2 {
        for p in n[1].asciiSplit([0x2F]) { s.nounPrepositions.append(word(String(p))) }
      }
      guard let indices = byLemma[row.lemma] else {
        sourceSemantics[row.lemma] = s
        continue
      }
      for i in indices {
        cueSemantics[i] = s
        // `accusation against Kyiv`: one-word nouns only (`mise en garde` is read as its verb).
        for n in nouns where n.count == 2 {
          for form in n[0].asciiSplit([0x2C]) where !form.contains(" ") {
            let id = word(String(form))
            if nounCueOfWord[Int(id)] < 0 { nounCueOfWord[Int(id)] = Int32(i) }
          }
        }
      }
    }
  }

  /// The semantics of a frame's cue: the cue's own, or a source phrase's by its printed
  /// lemma (`according to`, `laut`, `:`); the default for anything else.
  func semantics(cue index: Int32, lemma: String) -> CueSemantics {
    if index >= 0 { return semantics(ofCue: Int(index)) }
    return sourceSemantics[lemma] ?? CueSemantics()
  }

  /// The act and parties of cue `i` (the default for a cue the table did not read).
  public func semantics(ofCue i: Int) -> CueSemantics {
    i < cueSemantics.count ? cueSemantics[i] : CueSemantics()
  }

  /// Adds the cues a language's claim words list (``EnglishClaimWords``) and reads its cue
  /// table with their rows: classes (``addCueTable(_:)``), acts and parties
  /// (``addCueSemantics(_:)``), and its party words (``addPartyWords(_:)``).
  mutating func addCueTable(_ text: String, documentNouns: String, additions: String, additionRows: String, parties: String) {
    addCues(additions)
    let table = CueTable(text + "\n" + additionRows, documentNouns: documentNouns)
    addCueTable(table)
    addCueSemantics(table)
    addPartyWords(parties)
    // Word marks the sense rules read (``WordMarks``), listed with the party words.
    for line in parties.asciiSplit([0x0A]) {
      let f = line.asciiFields(0x7C)
      guard f.count == 2 else { continue }
      switch f[0].trimmingSpaces {
      case "hypothetical": mark(.hypothetical, String(f[1]))
      case "subordinators": mark(.subordinator, String(f[1]))
      case "coordinators": mark(.coordinator, String(f[1]))
      default: break
      }
    }
  }
}
