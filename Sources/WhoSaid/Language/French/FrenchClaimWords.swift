/// What the French profile needs for targets, audiences and acts beyond its cue table
/// (``FrenchCueTable``): the cues the lexicon lacks that name a target or that the gold needs, and
/// the words the party and act rules read (``PartyWords``). From the shared tables of issue 21
/// (`fr-additions.tsv`), and word lists written for these rules.
package enum FrenchClaimWords {
  /// The added cues, in ``FrenchCueData``'s format (`lemma|forms|flags`).
  package static let additions = """
    attaquer en justice|attaque en justice attaquent attaqua attaquait attaqué attaquée attaqués attaquées attaquer|object
    poursuivre en justice|poursuit en justice poursuivent poursuivit poursuivait poursuivi poursuivie poursuivis poursuivies poursuivre|object
    tacler|tacle taclent tacla taclait taclé taclée taclés taclées tacler|object weak
    interpeller|interpelle interpellent interpella interpellait interpellé interpellée interpellés interpellées interpeller|object weak
    """

  /// Their rows, in the cue table's format (`lemma class act object_role noun_forms notes`).
  package static let additionRows = #"""
attaquer en justice	speech	accusation	target		gold: `a attaqué X en justice`
poursuivre en justice	speech	accusation	target	poursuites:contre	gold: `poursuit X` (accusation); plain `poursuivre` stays quote-only statement
tacler	speech	criticism	target		football `tacler` -> none (risky)
interpeller	speech	question	target	interpellation:de	police `interpellé` (arrested) -> none (risky)
"""#

  /// The words around parties and acts (``PartyWords``): `key|words` per line.
  package static let parties = """
    content-openers|pour contre sur comme
    infinitive|de d' d’ à
    party-nouns|joueurs supporters policiers gendarmes agents salariés employés habitants électeurs parents enseignants médecins infirmiers infirmières membres élus députés sénateurs autorités gouvernement direction ligue club équipe syndicat entreprise société groupe régulateur arbitre juge maire ministre préfet opposition majorité organisateurs bénévoles pompiers élèves patients clients actionnaires investisseurs agriculteurs militants manifestants journalistes équipes victimes familles
    agents|par
    contractions|au:à aux:à du:de des:de d':de d’:de
    audience|entretien:à/au/avec interview:à/au/avec micro:de/du antenne:de/du lettre:à/au courrier:à/au
    question|si s' pourquoi comment quand où qui quel quelle quels quelles combien
    future|va vont
    future-endings|rai ra rons rez ront rais rait rions riez raient
    deontic|doit doivent devrait devraient faut faudrait
    reflexive|se s' s’
    object-pronouns|lui leur
    belief|inquiétude inquiétudes crainte craintes doute doutes espoir espoirs confiance scepticisme préoccupation préoccupations
    praise|soutien remerciements gratitude reconnaissance admiration solidarité sympathie condoléances
    criticism|critique critiques colère regret regrets indignation mécontentement déception exaspération désapprobation
    """
}
