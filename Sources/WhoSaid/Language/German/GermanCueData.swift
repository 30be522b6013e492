/// German reporting and speech verbs, one per line: `lemma|forms|flags`.
/// Separable verbs give the particle after `+` in the lemma (`mitteilen+mit`); forms then list the finite stem forms
/// without the particle, plus the participle, infinitive and zu-infinitive with the particle attached
/// (the zu-infinitive is listed for completeness; it makes no cue: see `addCues`).
/// Forms: present 3sg/3pl, Präteritum 3sg/3pl, Konjunktiv I/II 3sg, participle (duplicates omitted).
/// Prepositions are German: `vor über von auf zu an um mit`.
/// `forms`: space-separated lowercase inflections (including the lemma/infinitive).
/// `flags`: `clause` (takes a reported clause), `object` (listener/target object may come first),
/// a preposition introducing the content, `quote` (attributes only an adjacent direct quote),
/// `weak` (common in non-speech senses; an indirect claim needs an explicit complementizer),
/// `np` (a noun phrase after the verb is what it reports: `fordert Konsequenzen`; without it the
/// verb reports only a clause, a quote or its preposition's phrase).
/// Lines starting with `#` are comments.
package enum GermanCueData {
    package static let text = """
    # Sagen, erklären, mitteilen
    sagen|sagt sagen sagte sagten sage gesagt|clause
    erklären|erklärt erklären erklärte erklärten erkläre|clause
    betonen|betont betonen betonte betonten betone|clause
    mitteilen+mit|teilt teilen teilte teilten teile mitgeteilt mitteilen mitzuteilen|clause
    äußern|äußert äußern äußerte äußerten äußere geäußert|clause
    erläutern|erläutert erläutern erläuterte erläuterten erläutere|clause
    ergänzen|ergänzt ergänzen ergänzte ergänzten ergänze|clause
    hinzufügen+hinzu|fügt fügen fügte fügten füge hinzugefügt hinzufügen hinzuzufügen|clause
    behaupten|behauptet behaupten behauptete behaupteten behaupte|clause
    bestätigen|bestätigt bestätigen bestätigte bestätigten bestätige|clause
    dementieren|dementiert dementieren dementierte dementierten dementiere|clause
    ankündigen+an|kündigt kündigen kündigte kündigten kündige angekündigt ankündigen anzukündigen|clause
    verkünden|verkündet verkünden verkündete verkündeten verkünde|clause
    angeben+an|gibt geben gab gaben gebe gäbe angegeben angeben anzugeben|clause
    heißen|heißt hieß|clause
    bekanntgeben+bekannt|gibt geben gab gaben gebe gäbe gegeben bekanntgegeben bekanntgeben bekanntzugeben|clause
    unterstreichen|unterstreicht unterstreichen unterstrich unterstrichen unterstreiche unterstriche|clause
    hervorheben+hervor|hebt heben hob hoben hebe höbe hervorgehoben hervorheben hervorzuheben|clause
    versichern|versichert versichern versicherte versicherten versichere|clause object
    zusichern+zu|sichert sichern sicherte sicherten sichere zugesichert zusichern zuzusichern|clause object
    bekräftigen|bekräftigt bekräftigen bekräftigte bekräftigten bekräftige|clause
    beteuern|beteuert beteuern beteuerte beteuerten beteuere|clause
    berichten|berichtet berichten berichtete berichteten berichte|clause über von
    erzählen|erzählt erzählen erzählte erzählten erzähle|clause object
    schildern|schildert schildern schilderte schilderten schildere geschildert|clause
    melden|meldet melden meldete meldeten melde gemeldet|clause weak
    informieren|informiert informieren informierte informierten informiere|quote
    feststellen+fest|stellt stellen stellte stellten stelle festgestellt feststellen festzustellen|clause
    klarstellen+klar|stellt stellen stellte stellten stelle klargestellt klarstellen klarzustellen|clause
    präzisieren|präzisiert präzisieren präzisierte präzisierten präzisiere|clause
    anmerken+an|merkt merken merkte merkten merke angemerkt anmerken anzumerken|clause
    bemerken|bemerkt bemerken bemerkte bemerkten bemerke|clause weak
    ausführen+aus|führt führen führte führten führe ausgeführt ausführen auszuführen|clause weak
    verdeutlichen|verdeutlicht verdeutlichen verdeutlichte verdeutlichten verdeutliche|clause
    kommentieren|kommentiert kommentieren kommentierte kommentierten kommentiere|clause
    urteilen|urteilt urteilen urteilte urteilten urteile geurteilt|clause
    skandieren|skandiert skandieren skandierte skandierten skandiere|quote
    argumentieren|argumentiert argumentieren argumentierte argumentierten argumentiere|clause
    begründen|begründet begründen begründete begründeten begründe|clause
    resümieren|resümiert resümieren resümierte resümierten resümiere|clause
    folgern|folgert folgern folgerte folgerten folgere gefolgert|clause
    schlussfolgern|schlussfolgert schlussfolgern schlussfolgerte schlussfolgerten schlussfolgere geschlussfolgert|clause
    ausrichten+aus|richtet richten richtete richteten richte ausgerichtet ausrichten auszurichten|clause
    zitieren|zitiert zitieren zitierte zitierten zitiere|clause object passive
    verlauten|verlautet verlauten verlautete verlauteten|clause
    fortfahren+fort|fährt fahren fuhr fuhren fahre führe fortgefahren fortfahren fortzufahren|clause weak
    # Antworten, widersprechen
    fragen|fragt fragen fragte fragten frage gefragt|clause object
    antworten|antwortet antworten antwortete antworteten antworte geantwortet|clause
    entgegnen|entgegnet entgegnen entgegnete entgegneten entgegne|clause
    erwidern|erwidert erwidern erwiderte erwiderten erwidere|clause
    kontern|kontert kontern konterte konterten kontere gekontert|clause
    einwenden+ein|wendet wenden wandte wandten wendete wendeten wende eingewandt eingewendet einwenden einzuwenden|clause
    widersprechen|widerspricht widersprechen widersprach widersprachen widerspreche widerspräche widersprochen|clause
    zurückweisen+zurück|weist weisen wies wiesen weise zurückgewiesen zurückweisen zurückzuweisen|clause
    bestreiten|bestreitet bestreiten bestritt bestritten bestreite|clause
    leugnen|leugnet leugnen leugnete leugneten leugne geleugnet|clause
    verneinen|verneint verneinen verneinte verneinten verneine|clause
    zustimmen+zu|stimmt stimmen stimmte stimmten stimme zugestimmt zustimmen zuzustimmen|clause
    # Zugeben
    einräumen+ein|räumt räumen räumte räumten räume eingeräumt einräumen einzuräumen|clause
    zugeben+zu|gibt geben gab gaben gebe gäbe zugegeben zugeben zuzugeben|clause
    gestehen|gesteht gestehen gestand gestehe gestände|clause
    eingestehen+ein|gesteht gestehen gestand gestanden gestehe gestände eingestanden eingestehen einzugestehen|clause
    bekennen|bekennt bekennen bekannte bekannten bekenne bekennte|quote
    verraten|verrät verraten verriet verrieten verrate verriete|clause
    enthüllen|enthüllt enthüllen enthüllte enthüllten enthülle|clause
    # Fordern, warnen, kritisieren
    fordern|fordert fordern forderte forderten fordere gefordert|clause np
    auffordern+auf|fordert fordern forderte forderten fordere aufgefordert auffordern aufzufordern|clause object zu
    verlangen|verlangt verlangen verlangte verlangten verlange|clause np
    aufrufen+auf|ruft rufen rief riefen rufe aufgerufen aufrufen aufzurufen|clause object zu
    appellieren|appelliert appellieren appellierte appellierten appelliere|an
    drängen|drängt drängen drängte drängten dränge gedrängt|object zu auf np
    mahnen|mahnt mahnen mahnte mahnten mahne gemahnt|clause
    bitten|bittet bitten bat baten bitte bäte gebeten|clause object um
    warnen|warnt warnen warnte warnten warne gewarnt|clause object vor
    drohen|droht drohen drohte drohten drohe gedroht|clause mit
    vorwerfen+vor|wirft werfen warf warfen werfe würfe vorgeworfen vorwerfen vorzuwerfen|clause object np
    vorhalten+vor|hält halten hielt hielten halte hielte vorgehalten vorhalten vorzuhalten|clause object np
    beschuldigen|beschuldigt beschuldigen beschuldigte beschuldigten beschuldige|clause object
    unterstellen|unterstellt unterstellen unterstellte unterstellten unterstelle|clause object
    kritisieren|kritisiert kritisieren kritisierte kritisierten kritisiere|clause object
    monieren|moniert monieren monierte monierten moniere|clause
    rügen|rügt rügen rügte rügten rüge gerügt|object
    anprangern+an|prangert prangern prangerte prangerten prangere angeprangert anprangern anzuprangern|object
    verurteilen|verurteilt verurteilen verurteilte verurteilten verurteile|clause object
    beklagen|beklagt beklagen beklagte beklagten beklage|clause
    klagen|klagt klagen klagte klagten klage geklagt|clause über
    beschweren|beschwert beschweren beschwerte beschwerten beschwere|clause über
    bedauern|bedauert bedauern bedauerte bedauerten bedauere|clause
    loben|lobt loben lobte lobten lobe gelobt|object
    begrüßen|begrüßt begrüßen begrüßte begrüßten begrüße|object weak
    # Versprechen, empfehlen
    versprechen|verspricht versprechen versprach versprachen verspreche verspräche versprochen|clause zu
    zusagen+zu|sagt sagen sagte sagten sage zugesagt zusagen zuzusagen|clause
    geloben|gelobt geloben gelobte gelobten gelobe|clause
    schwören|schwört schwören schwor schworen schwöre geschworen|clause
    empfehlen|empfiehlt empfehlen empfahl empfahlen empfehle empföhle empfohlen|clause np
    raten|rät raten riet rieten rate riete|clause object zu np
    vorschlagen+vor|schlägt schlagen schlug schlugen schlage schlüge vorgeschlagen vorschlagen vorzuschlagen|clause np
    prognostizieren|prognostiziert prognostizieren prognostizierte prognostizierten prognostiziere|clause np
    vorhersagen+vorher|sagt sagen sagte sagten sage vorhergesagt vorhersagen vorherzusagen|clause np
    voraussagen+voraus|sagt sagen sagte sagten sage vorausgesagt voraussagen vorauszusagen|clause np
    # Hinweisen, andeuten
    erinnern|erinnert erinnern erinnerte erinnerten erinnere|clause an
    hinweisen+hin|weist weisen wies wiesen weise hingewiesen hinweisen hinzuweisen|clause auf
    verweisen|verweist verweisen verwies verwiesen verweise|clause auf
    andeuten+an|deutet deuten deutete deuteten deute angedeutet andeuten anzudeuten|clause
    signalisieren|signalisiert signalisieren signalisierte signalisierten signalisiere|clause weak
    bestehen|besteht bestehen bestand bestanden bestehe bestünde|auf weak
    beharren|beharrt beharren beharrte beharrten beharre|auf
    sprechen|spricht sprechen sprach sprachen spreche spräche gesprochen|von über weak
    schreiben|schreibt schreiben schrieb schrieben schreibe schriebe geschrieben|clause weak
    twittern|twittert twittern twitterte twitterten twittere getwittert|clause
    posten|postet posten postete posteten poste gepostet|clause weak
    bezeichnen|bezeichnet bezeichnen bezeichnete bezeichneten bezeichne|object np
    nennen|nennt nennen nannte nannten nenne nennte genannt|object weak np
    beschreiben|beschreibt beschreiben beschrieb beschrieben beschreibe beschriebe|object
    # Ergänzungen der Tabellen (de-additions.tsv) und der Nachrichten (Entscheidungen, Verdacht)
    danken|dankt danken dankte dankten danke gedankt|object für
    gratulieren|gratuliert gratulieren gratulierte gratulierten gratuliere|object zu
    angreifen+an|greift greifen griff griffen greife griffe angegriffen angreifen anzugreifen|object
    verklagen|verklagt verklagen verklagte verklagten verklage|object
    bezichtigen|bezichtigt bezichtigen bezichtigte bezichtigten bezichtige|object
    tadeln|tadelt tadeln tadelte tadelten tadle getadelt|object
    bemängeln|bemängelt bemängeln bemängelte bemängelten bemängle|clause
    beanstanden|beanstandet beanstanden beanstandete beanstandeten beanstande|clause
    würdigen|würdigt würdigen würdigte würdigten würdige gewürdigt|object
    ermahnen|ermahnt ermahnen ermahnte ermahnten ermahne|object zu
    ersuchen|ersucht ersuchen ersuchte ersuchten ersuche|object um
    androhen+an|droht drohen drohte drohten drohe angedroht androhen anzudrohen|clause object
    reagieren|reagiert reagieren reagierte reagierten reagiere|quote
    belegen|belegt belegen belegte belegten belege|clause weak
    ablehnen+ab|lehnt lehnen lehnte lehnten lehne abgelehnt ablehnen abzulehnen|clause
    entscheiden|entscheidet entscheiden entschied entschieden entscheide entschiede|clause
    festlegen+fest|legt legen legte legten lege festgelegt festlegen festzulegen|clause
    spekulieren|spekuliert spekulieren spekulierte spekulierten spekuliere|clause über
    vertreten|vertritt vertreten vertrat vertraten vertrete|clause
    unterbreiten|unterbreitet unterbreiten unterbreitete unterbreiteten unterbreite|clause object
    vermelden|vermeldet vermelden vermeldete vermeldeten vermelde|clause
    verdächtigen|verdächtigt verdächtigen verdächtigte verdächtigten verdächtige|clause object
    # Nur direkte Rede
    rufen|ruft rufen rief riefen rufe gerufen|quote
    schreien|schreit schreien schrie schrien schreie geschrien|quote
    flüstern|flüstert flüstern flüsterte flüsterten flüstere geflüstert|quote
    murmeln|murmelt murmeln murmelte murmelten murmle gemurmelt|quote
    lachen|lacht lachen lachte lachten lache gelacht|quote
    scherzen|scherzt scherzen scherzte scherzten scherze gescherzt|quote
    seufzen|seufzt seufzen seufzte seufzten seufze geseufzt|quote
    stöhnen|stöhnt stöhnen stöhnte stöhnten stöhne gestöhnt|quote
    spotten|spottet spotten spottete spotteten spotte gespottet|quote
    # Meinen, glauben (Einstellung)
    meinen|meint meinen meinte meinten meine gemeint|clause weak
    glauben|glaubt glauben glaubte glaubten glaube geglaubt|clause weak
    denken|denkt denken dachte dachten denke dächte gedacht|quote
    finden|findet finden fand fanden finde fände gefunden|strict
    hoffen|hofft hoffen hoffte hofften hoffe gehofft|clause weak
    fürchten|fürchtet fürchten fürchtete fürchteten fürchte gefürchtet|clause weak
    befürchten|befürchtet befürchten befürchtete befürchteten befürchte|clause weak
    erwarten|erwartet erwarten erwartete erwarteten erwarte|clause weak
    ausgehen+aus|geht gehen ging gingen gehe ginge ausgegangen ausgehen auszugehen|strict
    vermuten|vermutet vermuten vermutete vermuteten vermute|clause weak
    annehmen+an|nimmt nehmen nahm nahmen nehme nähme angenommen annehmen anzunehmen|clause weak
    schätzen|schätzt schätzen schätzte schätzten schätze geschätzt|clause weak
    bezweifeln|bezweifelt bezweifeln bezweifelte bezweifelten bezweifle|clause weak
    zweifeln|zweifelt zweifeln zweifelte zweifelten zweifle gezweifelt|an weak
    wissen|weiß wissen wusste wussten wisse wüsste gewusst|quote
    zeigen|zeigt zeigen zeigte zeigten zeige gezeigt|strict np
    # Beschließen, anbieten, vereinbaren (Entscheidungen und Angebote)
    beschließen|beschließt beschließen beschloss beschlossen beschließe beschlösse|clause
    vereinbaren|vereinbart vereinbaren vereinbarte vereinbarten vereinbare|clause
    nachsagen+nach|sagt sagen sagte sagten sage nachgesagt nachsagen nachzusagen|clause object
    """
}
