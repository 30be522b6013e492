/// The Speakers stage: finds the names of the article (``MentionFinder``), resolves each draft's
/// speaker phrase to the entity it names (``EntityResolver``), and turns the drafts of the Claims
/// stage into attributions.
struct Speakers {
  /// The profile, held by reference (a stage made for each article copies no table of it).
  let language: Language
  var profile: LanguageProfile { _read { yield language.profile } }
  let gazetteer: Gazetteer

  /// Resolves speakers and turns drafts into attributions.
  func attributions(of drafts: [Draft], in a: Document, resolver: inout EntityResolver) -> [Attribution] {
    var order = Array(drafts.indices)
    order.sort { drafts[$0].content.lowerBound < drafts[$1].content.lowerBound }
    var speakers = [Speaker?](repeating: nil, count: drafts.count)
    // (Most articles have no target or audience: their arrays stay empty.)
    let parties = drafts.contains { $0.target != nil || $0.audience != nil }
    var targets = [Speaker?](repeating: nil, count: parties ? drafts.count : 0)
    var audiences = [Speaker?](repeating: nil, count: parties ? drafts.count : 0)
    // Speakers, targets and audiences in text order, with the names mentioned before each.
    let jobs = Self.jobs(drafts, inContentOrder: order)
    let last = jobs.reduce(0) { max($0, $1.position) }
    let mentions = drafts.isEmpty ? [] : MentionFinder(doc: a).mentions(before: last, places: gazetteer)
    var nextMention = 0
    // For each draft, the latest draft before it with a speaker phrase of its own.
    var framedBefore = [Int](repeating: -1, count: drafts.count)
    var lastFramed = -1
    for i in order {
      framedBefore[i] = lastFramed
      if drafts[i].frame?.speaker != nil && drafts[i].carriedFrom < 0 { lastFramed = i }
    }
    for job in jobs {
      while nextMention < mentions.count && mentions[nextMention].position < job.position {
        resolver.register(mentions[nextMention], in: a)
        nextMention += 1
      }
      let i = job.draft
      let d = drafts[i]
      switch job.party {
      case .speaker:
        resolver.excluded = d.content
        speakers[i] = speaker(of: i, drafts, framedBefore: framedBefore, speakers: speakers, in: a, resolver: &resolver)
        resolver.excluded = 0..<0
      case .target: targets[i] = resolver.resolveParty(d.target!, in: a, besides: speakers[i])
      case .audience: audiences[i] = resolver.resolveParty(d.audience!, in: a, besides: speakers[i])
      }
    }
    var out: [Attribution] = []
    out.reserveCapacity(drafts.count)
    var lastEnd = -1
    for i in order where !drafts[i].dropped {
      let d = drafts[i]
      let content = a.span(d.content)
      if content.start < lastEnd { continue }  // never overlap
      lastEnd = content.end
      var cue = d.frame.map { cueMention(of: $0, speaker: speakers[i], in: a) }
      if d.carriedFrom >= 0 || d.frame?.standIn == true { cue = nil }
      let fragments = (d.fragments.count > 1 || d.kind == .mixed) ? d.fragments.map { a.span($0) } : []
      out.append(
        Attribution(
          kind: d.kind, content: content, text: a.string(d.content), fragments: fragments,
          speaker: speakers[i], cue: cue, confidence: d.confidence, act: act(of: d, lemma: cue?.lemma),
          target: parties ? targets[i] : nil, audience: parties ? audiences[i] : nil))
    }
    return out
  }

  /// The act of draft `d`: the one the Claims stage read, or a source phrase's by the lemma its
  /// cue prints (`nach ansicht` a belief, `according to` a statement).
  func act(of d: Draft, lemma: String?) -> Act {
    guard let f = d.frame, f.cueIndex < 0, let lemma, let s = profile.sourceSemantics[lemma] else { return d.act }
    return s.act
  }

  /// One phrase to resolve: a draft's speaker, target or audience, at its place in the text.
  struct Job {
    enum Party { case speaker, target, audience }
    var position: Int
    var draft: Int
    var party: Party
  }

  /// The phrases to resolve in text order: each speaker where its phrase ends (or its content
  /// starts, for a speaker carried without a phrase), each target and audience where it starts.
  /// Speakers keep their order among themselves (a stable sort), so targets change no speaker's
  /// mentions.
  static func jobs(_ drafts: [Draft], inContentOrder order: [Int]) -> [Job] {
    var order = order
    order.sort { (drafts[$0].frame?.speaker?.lowerBound ?? drafts[$0].content.lowerBound) < (drafts[$1].frame?.speaker?.lowerBound ?? drafts[$1].content.lowerBound) }
    var jobs = order.map { Job(position: drafts[$0].frame?.speaker?.upperBound ?? drafts[$0].content.lowerBound, draft: $0, party: .speaker) }
    var parties: [Job] = []
    for i in drafts.indices {
      if let t = drafts[i].target { parties.append(Job(position: t.lowerBound, draft: i, party: .target)) }
      if let u = drafts[i].audience { parties.append(Job(position: u.lowerBound, draft: i, party: .audience)) }
    }
    guard !parties.isEmpty else { return jobs }
    // A party after a speaker's position comes after it; the speakers' own order is kept.
    parties.sort { ($0.position, $0.draft) < ($1.position, $1.draft) }
    var merged: [Job] = []
    merged.reserveCapacity(jobs.count + parties.count)
    var p = 0
    for job in jobs {
      while p < parties.count && parties[p].position < job.position {
        merged.append(parties[p])
        p += 1
      }
      merged.append(job)
    }
    merged.append(contentsOf: parties[p...])
    jobs = merged
    return jobs
  }

  /// The speaker of draft `d`: carried from the draft it continues, the entity a reflexive phrase
  /// stands for (`nach eigenen Angaben`), or its phrase resolved (French `explique-t-elle`: the
  /// pronoun alone).
  func speaker(of i: Int, _ drafts: [Draft], framedBefore: [Int], speakers: [Speaker?], in a: Document, resolver: inout EntityResolver) -> Speaker? {
    let d = drafts[i]
    if d.carriedFrom >= 0 {
      let from = carrySource(of: i, drafts, framedBefore: framedBefore, speakers: speakers, in: a)
      return carried(speakers[from], phrase: drafts[from].frame?.speaker, in: a)
    } else if let r = d.frame?.speaker, let ante = d.frame?.antecedent {
      // `nach eigenen Angaben`: the phrase as written, the entity of the subject it stands for.
      var s = resolver.resolve(ante, in: a, position: ante.lowerBound)
      s.antecedent = s.antecedent ?? a.span(ante)
      s.span = a.span(r)
      s.text = a.string(r)
      s.resolution = .pronoun
      return s
    } else if let f = d.frame, let r = personAfterPossessiveCue(f, in: a) ?? f.speaker {
      var s = resolver.resolve(r, in: a, position: r.lowerBound)
      // French `explique-t-elle`: the speaker is the pronoun alone.
      if r.count == 1, let fr = a.language.french, let (_, pronoun) = a.frenchClitic(r.lowerBound, fr) {
        s.span = pronoun
        s.text = a.string(pronoun)
      }
      return s
    }
    return nil
  }

  /// English: in `Northwind's campaign spokeswoman Ann Lee said`, a frame read on the noun after a
  /// possessive (`Northwind's campaign`) has the possessor as its speaker; the possessor is the
  /// affiliation, and the person named after a role noun right behind the cue speaks: the
  /// capitalized name (up to three words) after at most three lower-case words, the last a person
  /// noun or a title.
  func personAfterPossessiveCue(_ f: Frame, in a: Document) -> Range<Int>? {
    guard let r = f.speaker, r.upperBound == f.cue.lowerBound, a.language.profile.code == "en", a.isPossessive(r.upperBound - 1) else { return nil }
    let end = min(a.tokens.count, f.cue.upperBound + 7)
    var k = f.cue.upperBound
    var role = false
    while k < end, k < f.cue.upperBound + 3, a.tokens[k].kind == .word, !a.tokens[k].isCapitalized, !a.inQuote(k) {
      role = a.language.profile.role(a.tokens[k].word).any([.personNoun, .title])
      k += 1
    }
    guard role else { return nil }
    let name = k
    while k < end, k < name + 3, a.tokens[k].kind == .word, a.tokens[k].isCapitalized, !a.inQuote(k), !a.isPossessive(k) { k += 1 }
    return k > name ? name..<k : nil
  }

  /// The draft whose speaker carried draft `i` continues: the one the Claims stage chose, or a
  /// newer attribution between them with a person of its own as speaker, in the same or the
  /// paragraph before (`"…," Hale said. Trustee Dev Lee disagreed, saying … .` then a quote
  /// paragraph: Lee's). A newer direct quote the Claims stage passed over was passed over on
  /// purpose (dialogue turns that alternate: `— …, a répondu le maire.` `— …, a rétorqué Mme
  /// Caradec.` `— …, madame Caradec.`: the mayor's), so its choice stands.
  func carrySource(of i: Int, _ drafts: [Draft], framedBefore: [Int], speakers: [Speaker?], in a: Document) -> Int {
    let from = drafts[i].carriedFrom
    let newer = framedBefore[i]
    guard newer >= 0, newer != from, drafts[newer].kind != .direct, drafts[newer].content.lowerBound > drafts[from].content.lowerBound,
      a.paragraphOf[drafts[newer].content.lowerBound] + 1 >= a.paragraphOf[drafts[i].content.lowerBound],
      let s = speakers[newer], s.kind == .person, s.name != nil, s.name != speakers[from]?.name
    else { return from }
    return newer
  }

  /// The speaker of a carried draft from `s`, the speaker of the draft it continues (read from
  /// `phrase`): no span or text of its own, and its antecedent where the speaker was named.
  func carried(_ s: Speaker?, phrase: Range<Int>?, in a: Document) -> Speaker? {
    guard var s else { return nil }
    // Where the speaker was named: the phrase it continues when that names it (`Caddell`),
    // else where that phrase's entity is named (a pronoun's, a description's).
    if let r = phrase, s.span != nil,
      s.resolution == .explicit || s.resolution == .alias && profile.role(a.tokens[r.lowerBound].word).isDisjoint(with: [.determiner, .possessive])
    {
      s.antecedent = s.span
    } else {
      s.antecedent = s.antecedent ?? s.span
    }
    s.span = nil
    s.text = ""
    s.title = nil
    s.resolution = .carried
    return s
  }

  /// The cue of frame `f` as output: its span, text, lemma and class.
  func cueMention(of f: Frame, speaker: Speaker?, in a: Document) -> CueMention {
    let lemma: String
    let cueClass: CueClass
    if f.cueIndex >= 0 {
      lemma = profile.cues[Int(f.cueIndex)].lemma
      cueClass = profile.cues[Int(f.cueIndex)].cueClass
    } else {
      lemma = a.string(f.cue).lowercased()
      cueClass = profile.sourceClass(lemma)
    }
    var cue = CueMention(
      span: a.span(f.cue), text: a.string(f.cue), lemma: lemma,
      class: a.attributionClass(of: f, cueClass: cueClass, speaker: speaker))
    // French `explique-t-elle`: the cue is the verb alone.
    if f.cue.count == 1, let fr = a.language.french, let (verb, _) = a.frenchClitic(f.cue.lowerBound, fr) {
      cue.span = verb
      cue.text = a.string(verb)
    }
    return cue
  }
}
