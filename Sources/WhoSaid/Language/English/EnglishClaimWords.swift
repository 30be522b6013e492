/// What the English profile needs for targets, audiences and acts beyond its cue table
/// (``EnglishCueTable``): the cues the lexicon lacks that name a target or that the gold needs, and
/// the words the party and act rules read (``PartyWords``). From the shared tables of issue 21
/// (`en-additions.tsv`; `sue` without `suing`, which modifies a noun more often than it reports:
/// `the states suing the agency`; not `laud`, which took a quote from its speaker on PolNeAR, nor
/// `pay tribute`, whose object is mostly a thing: `paid tribute to the nation's character`),
/// and word lists written for these rules.
package enum EnglishClaimWords {
  /// The added cues, in ``EnglishCueData``'s format (`lemma|forms|flags`).
  package static let additions = """
    sue|sue sues sued|object over
    lambast|lambast lambasts lambasted lambasting lambaste lambastes|object
    castigate|castigate castigates castigated castigating|object
    berate|berate berates berated berating|object
    salute|salute salutes saluted saluting|object weak
    hit out|hit out hits out hitting out|quote
    round on|round on rounds on rounded on rounding on|quote
    """

  /// Their rows, in the cue table's format (`lemma class act object_role noun_forms notes`).
  package static let additionRows = #"""
sue	speech	accusation	target	lawsuit,lawsuits,suit:against	named in issue 21 and in gold-en (`sued the delivery firm over …`); content from `over`/`for`
lambast	speech	criticism	target		[thing-object]
castigate	speech	criticism	target		[thing-object]
berate	speech	criticism	target		
salute	speech	praise	target		military salute with no content -> none
hit out	speech	criticism	target:at		`hit out at X, saying …`; British news
round on	speech	criticism	target		British news; `rounded on critics`
"""#

  /// The words around parties and acts (``PartyWords``): `key|words` per line.
  package static let parties = """
    content-openers|of for with over as about against on
    infinitive|to
    party-nouns|players fans supporters police officers staff workers employees residents voters parents teachers doctors nurses drivers members trustees councillors councilors lawmakers legislators officials authorities government administration council board committee league club team union company firm province state town city ministry department agency court judge referee regulator prosecutors critics opponents rivals challenger protesters activists journalists organizers organisers management volunteers firefighters students pupils patients customers clients shareholders investors farmers growers exporters
    agents|by
    audience|interview:with/to letter:to conversation:with speaking:to talking:to
    question|whether if why what how when where who which
    future|will would shall 'll going
    deontic|should must ought need needs needed
    hypothetical|may might could
    subordinators|after before since until as about
    coordinators|but
    object-pronouns|him her them it us me you
    belief|concern concerns fear fears doubt doubts hope hopes worry worries confidence optimism pessimism skepticism scepticism
    praise|support thanks gratitude appreciation admiration sympathy condolences solidarity
    criticism|criticism anger regret outrage frustration disappointment dismay displeasure dissatisfaction opposition indignation
    """
}
