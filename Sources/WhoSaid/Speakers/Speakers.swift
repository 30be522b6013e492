/// The Speakers stage: finds the names of the article (``MentionFinder``), resolves each draft's
/// speaker phrase to the entity it names (``EntityResolver``), and turns the drafts of the Claims
/// stage into attributions.
struct Speakers {
  let profile: LanguageProfile
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
    for job in jobs {
      while nextMention < mentions.count && mentions[nextMention].position < job.position {
        resolver.register(mentions[nextMention])
        nextMention += 1
      }
      let i = job.draft
      let d = drafts[i]
      switch job.party {
      case .speaker: speakers[i] = speaker(of: d, speakers: speakers, in: a, resolver: &resolver)
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
      var cue: CueMention?
      if let f = d.frame {
        let lemma: String
        let cueClass: CueClass
        if f.cueIndex >= 0 {
          lemma = profile.cues[Int(f.cueIndex)].lemma
          cueClass = profile.cues[Int(f.cueIndex)].cueClass
        } else {
          lemma = a.string(f.cue).lowercased()
          cueClass = profile.sourceClass(lemma)
        }
        cue = CueMention(
          span: a.span(f.cue), text: a.string(f.cue), lemma: lemma,
          class: a.attributionClass(of: f, cueClass: cueClass, speaker: speakers[i]))
        // French `explique-t-elle`: the cue is the verb alone.
        if f.cue.count == 1, let fr = a.language.french, let (verb, _) = a.frenchClitic(f.cue.lowerBound, fr) {
          cue?.span = verb
          cue?.text = a.string(verb)
        }
      }
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
  func speaker(of d: Draft, speakers: [Speaker?], in a: Document, resolver: inout EntityResolver) -> Speaker? {
    if d.carriedFrom >= 0 {
      guard var s = speakers[d.carriedFrom] else { return nil }
      s.span = nil
      s.text = ""
      s.resolution = .carried
      return s
    } else if let r = d.frame?.speaker, let ante = d.frame?.antecedent {
      // `nach eigenen Angaben`: the phrase as written, the entity of the subject it stands for.
      var s = resolver.resolve(ante, in: a, position: ante.lowerBound)
      s.span = a.span(r)
      s.text = a.string(r)
      s.resolution = .pronoun
      return s
    } else if let r = d.frame?.speaker {
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
}
