/// What the German profile needs for targets, audiences and acts beyond its cue table
/// (``GermanCueTable``): the cues the lexicon lacks that name a target or that the gold needs, and
/// the words the party and act rules read (``PartyWords``). From the shared tables of issue 21
/// (`de-additions.tsv`, without the ones that made claims of other senses on German Wikinews:
/// angreifen, anklagen, aussprechen, belegen, ablehnen, bemängeln, beanstanden), and word lists
/// written for these rules.
package enum GermanClaimWords {
  /// The added cues, in ``GermanCueData``'s format (`lemma|forms|flags`).
  package static let additions = """
    danken|dankt danken dankte dankten danke gedankt|object für
    gratulieren|gratuliert gratulieren gratulierte gratulierten gratuliere|object zu
    verklagen|verklagt verklagen verklagte verklagten verklage|object
    bezichtigen|bezichtigt bezichtigen bezichtigte bezichtigten bezichtige|object
    attackieren|attackiert attackieren attackierte attackierten attackiere|object
    tadeln|tadelt tadeln tadelte tadelten tadle getadelt|object
    würdigen|würdigt würdigen würdigte würdigten würdige gewürdigt|object
    ermahnen|ermahnt ermahnen ermahnte ermahnten ermahne|object zu
    ersuchen|ersucht ersuchen ersuchte ersuchten ersuche|object um
    androhen+an|droht drohen drohte drohten drohe angedroht androhen anzudrohen|clause object
    reagieren|reagiert reagieren reagierte reagierten reagiere|quote
    """

  /// Their rows, in the cue table's format (`lemma class act object_role noun_forms notes`).
  package static let additionRows = #"""
danken	speech	praise	target:dat	Dank:an	gold: `dankte X` = praise with target; `danke` inside a quote (thanks) -> no cue
gratulieren	speech	praise	target:dat	Glückwünsche:an	gold: `gratulierte X`
verklagen	speech	accusation	target	Klage,Klagen:gegen	gold: `verklagt X mit der Begründung, …`
bezichtigen	speech	accusation	target		content a genitive or zu-infinitive
attackieren	speech	criticism	target		
tadeln	speech	criticism	target	Tadel:für	
würdigen	speech	praise	target	Würdigung:für	
ermahnen	speech	demand	target	Ermahnung:an	
ersuchen	speech	demand	target	Ersuchen:an	
androhen	speech	threat	target:dat		`drohte X Y an`: dative target, accusative content
reagieren	speech	statement	none		`reagierte empört` with no quote -> none (gold negative)
"""#

  /// The words around parties and acts (``PartyWords``): `key|words` per line.
  package static let parties = """
    content-openers|über gegen für wegen
    infinitive|zu
    party-nouns|Spieler Fans Anhänger Polizei Polizisten Beamte Mitarbeiter Beschäftigte Arbeitnehmer Bewohner Einwohner Wähler Eltern Lehrer Ärzte Pflegekräfte Mitglieder Regierung Verwaltung Rat Vorstand Ausschuss Verein Mannschaft Team Gewerkschaft Unternehmen Firma Konzern Land Bund Stadt Gemeinde Ministerium Behörde Gericht Richter Schiedsrichter Schiedsrichterin Staatsanwaltschaft Kritiker Gegner Demonstranten Aktivisten Journalisten Veranstalter Helfer Helferinnen Kunden Aktionäre Anleger Investor Bauern Opposition Fraktion Partei Koalition
    agents|von
    contractions|zum:zu zur:zu am:an im:in beim:bei vom:von ans:an
    audience|Gespräch:mit Interview:mit Brief:an Schreiben:an gegenüber
    question|ob warum wie was wann wo wer weshalb wieso welche welcher welches
    future|werde werden würde würden wird
    deontic|solle sollen sollte sollten müsse müssen müsste müssten
    reflexive|sich
    object-pronouns|ihn ihm ihr ihnen sie es uns mich mir dich dir
    dative|dem einem der einer diesem dieser jenem jener seinem seiner ihrem ihrer unserem unserer meinem meiner deinem deiner eurem eurer keinem keiner
    dative-plural|den diesen jenen seinen ihren unseren meinen deinen euren keinen
    belief|Sorge Sorgen Besorgnis Befürchtung Befürchtungen Zweifel Hoffnung Hoffnungen Zuversicht Skepsis Bedenken
    praise|Unterstützung Dank Anerkennung Bewunderung Mitgefühl Beileid Solidarität
    criticism|Kritik Ärger Bedauern Empörung Unmut Enttäuschung Unzufriedenheit Entsetzen Missfallen
    """
}
