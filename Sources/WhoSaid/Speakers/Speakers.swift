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
    // Speakers in text order, with the names mentioned before each.
    var bySpeaker = order
    bySpeaker.sort { (drafts[$0].frame?.speaker?.lowerBound ?? drafts[$0].content.lowerBound) < (drafts[$1].frame?.speaker?.lowerBound ?? drafts[$1].content.lowerBound) }
    func position(_ d: Draft) -> Int { d.frame?.speaker?.upperBound ?? d.content.lowerBound }
    let last = drafts.reduce(0) { max($0, position($1)) }
    let mentions = drafts.isEmpty ? [] : MentionFinder(doc: a).mentions(before: last, places: gazetteer)
    var nextMention = 0
    for i in bySpeaker {
      let at = position(drafts[i])
      while nextMention < mentions.count && mentions[nextMention].position < at {
        resolver.register(mentions[nextMention])
        nextMention += 1
      }
      let d = drafts[i]
      if d.carriedFrom >= 0 {
        if var s = speakers[d.carriedFrom] {
          s.span = nil
          s.text = ""
          s.resolution = .carried
          speakers[i] = s
        }
      } else if let r = d.frame?.speaker, let ante = d.frame?.antecedent {
        // `nach eigenen Angaben`: the phrase as written, the entity of the subject it stands for.
        var s = resolver.resolve(ante, in: a, position: ante.lowerBound)
        s.span = a.span(r)
        s.text = a.string(r)
        s.resolution = .pronoun
        speakers[i] = s
      } else if let r = d.frame?.speaker {
        speakers[i] = resolver.resolve(r, in: a, position: r.lowerBound)
        // French `explique-t-elle`: the speaker is the pronoun alone.
        if r.count == 1, let fr = a.language.french, let (_, pronoun) = a.frenchClitic(r.lowerBound, fr) {
          speakers[i]?.span = pronoun
          speakers[i]?.text = a.string(pronoun)
        }
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
          speaker: speakers[i], cue: cue, confidence: d.confidence))
    }
    return out
  }
}
