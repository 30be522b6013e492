/// French reporting and speech verbs, one per line: `lemma|forms|flags`.
/// Forms: present 3sg/3pl, passé simple 3sg, imparfait 3sg, past participle (all genders), infinitive (duplicates omitted).
/// Pronominal verbs are listed without `se` (`exclamer` for s'exclamer). Multiword lemmas carry their complement in each form.
/// Prepositions are French: `de à sur contre pour`.
/// `forms`: space-separated lowercase inflections (including the lemma/infinitive).
/// `flags`: `clause` (takes a reported clause), `object` (listener/target object may come first),
/// a preposition introducing the content, `quote` (attributes only an adjacent direct quote),
/// `weak` (common in non-speech senses; an indirect claim needs an explicit complementizer).
/// Lines starting with `#` are comments.
package enum FrenchCueData {
    package static let text = """
    # Déclarer, dire, affirmer
    déclarer|déclare déclarent déclara déclarait déclaré déclarée déclarés déclarées déclarer|clause
    dire|dit disent disait dite dits dites dire|clause
    affirmer|affirme affirment affirma affirmait affirmé affirmée affirmés affirmées affirmer|clause
    ajouter|ajoute ajoutent ajouta ajoutait ajouté ajoutée ajoutés ajoutées ajouter|clause strict
    expliquer|explique expliquent expliqua expliquait expliqué expliquée expliqués expliquées expliquer|clause
    souligner|souligne soulignent souligna soulignait souligné soulignée soulignés soulignées souligner|clause
    indiquer|indique indiquent indiqua indiquait indiqué indiquée indiqués indiquées indiquer|clause
    préciser|précise précisent précisa précisait précisé précisée précisés précisées préciser|clause
    annoncer|annonce annoncent annonça annonçait annoncé annoncée annoncés annoncées annoncer|clause
    assurer|assure assurent assura assurait assuré assurée assurés assurées assurer|clause object
    confirmer|confirme confirment confirma confirmait confirmé confirmée confirmés confirmées confirmer|clause
    réaffirmer|réaffirme réaffirment réaffirma réaffirmait réaffirmé réaffirmée réaffirmés réaffirmées réaffirmer|clause
    raconter|raconte racontent raconta racontait raconté racontée racontés racontées raconter|clause
    confier|confie confient confia confiait confié confiée confiés confiées confier|clause à
    révéler|révèle révèlent révéla révélait révélé révélée révélés révélées révéler|clause
    signaler|signale signalent signala signalait signalé signalée signalés signalées signaler|clause
    divulguer|divulgue divulguent divulgua divulguait divulgué divulguée divulgués divulguées divulguer|clause
    informer|informe informent informa informait informé informée informés informées informer|object de
    témoigner|témoigne témoignent témoigna témoignait témoigné témoignée témoignés témoignées témoigner|clause de
    détailler|détaille détaillent détailla détaillait détaillé détaillée détaillés détaillées détailler|clause
    résumer|résume résument résuma résumait résumé résumée résumés résumées résumer|clause
    commenter|commente commentent commenta commentait commenté commentée commentés commentées commenter|clause
    mentionner|mentionne mentionnent mentionna mentionnait mentionné mentionnée mentionnés mentionnées mentionner|clause
    évoquer|évoque évoquent évoqua évoquait évoqué évoquée évoqués évoquées évoquer|clause weak
    noter|note notent nota notait noté notée notés notées noter|clause weak
    observer|observe observent observa observait observé observée observés observées observer|clause weak
    relever|relève relèvent releva relevait relevé relevée relevés relevées relever|clause weak
    remarquer|remarque remarquent remarqua remarquait remarqué remarquée remarqués remarquées remarquer|clause weak
    constater|constate constatent constata constatait constaté constatée constatés constatées constater|clause
    conclure|conclut concluent concluait conclu conclue conclus conclues conclure|clause
    compléter|complète complètent compléta complétait complété complétée complétés complétées compléter|clause
    écrire|écrit écrivent écrivit écrivait écrite écrits écrites écrire|clause weak
    tweeter|tweete tweetent tweeta tweetait tweeté tweetée tweetés tweetées tweeter|clause
    publier|publie publient publia publiait publié publiée publiés publiées publier|clause weak
    faire savoir|fait savoir font fit faisait faire|clause
    faire valoir|fait valoir font fit faisait faire|clause
    # Insister, marteler
    insister|insiste insistent insista insistait insisté insistée insistés insistées insister|clause sur
    marteler|martèle martèlent martela martelait martelé martelée martelés martelées marteler|clause
    répéter|répète répètent répéta répétait répété répétée répétés répétées répéter|clause weak
    réitérer|réitère réitèrent réitéra réitérait réitéré réitérée réitérés réitérées réitérer|clause
    rappeler|rappelle rappellent rappela rappelait rappelé rappelée rappelés rappelées rappeler|clause weak
    asséner|assène assènent asséna assénait asséné assénée assénés assénées asséner|clause
    assener|assène assènent assena assenait assené assenée assenés assenées assener|clause
    clamer|clame clament clama clamait clamé clamée clamés clamées clamer|clause
    proclamer|proclame proclament proclama proclamait proclamé proclamée proclamés proclamées proclamer|clause
    revendiquer|revendique revendiquent revendiqua revendiquait revendiqué revendiquée revendiqués revendiquées revendiquer|clause
    certifier|certifie certifient certifia certifiait certifié certifiée certifiés certifiées certifier|clause
    attester|atteste attestent attesta attestait attesté attestée attestés attestées attester|clause
    garantir|garantit garantissent garantissait garanti garantie garantis garanties garantir|clause
    jurer|jure jurent jura jurait juré jurée jurés jurées jurer|clause
    promettre|promet promettent promit promettait promis promise promises promettre|clause de
    signifier|signifie signifient signifia signifiait signifié signifiée signifiés signifiées signifier|clause object
    # Estimer, juger
    estimer|estime estiment estima estimait estimé estimée estimés estimées estimer|clause weak
    juger|juge jugent jugea jugeait jugé jugée jugés jugées juger|clause weak
    considérer|considère considèrent considéra considérait considéré considérée considérés considérées considérer|clause weak
    penser|pense pensent pensa pensait pensé pensée pensés pensées penser|clause weak
    croire|croit croient crut croyait cru crue crus crues croire|clause weak
    soutenir|soutient soutiennent soutint soutenait soutenu soutenue soutenus soutenues soutenir|clause weak
    prétendre|prétend prétendent prétendit prétendait prétendu prétendue prétendus prétendues prétendre|clause
    alléguer|allègue allèguent allégua alléguait allégué alléguée allégués alléguées alléguer|clause
    argumenter|argumente argumentent argumenta argumentait argumenté argumentée argumentés argumentées argumenter|clause
    justifier|justifie justifient justifia justifiait justifié justifiée justifiés justifiées justifier|clause weak
    défendre|défend défendent défendit défendait défendu défendue défendus défendues défendre|clause weak
    plaider|plaide plaident plaida plaidait plaidé plaidée plaidés plaidées plaider|clause pour
    nuancer|nuance nuancent nuança nuançait nuancé nuancée nuancés nuancées nuancer|clause
    tempérer|tempère tempèrent tempéra tempérait tempéré tempérée tempérés tempérées tempérer|clause
    relativiser|relativise relativisent relativisa relativisait relativisé relativisée relativisés relativisées relativiser|clause
    espérer|espère espèrent espéra espérait espéré espérée espérés espérées espérer|clause weak
    souhaiter|souhaite souhaitent souhaita souhaitait souhaité souhaitée souhaités souhaitées souhaiter|clause weak
    craindre|craint craignent craignit craignait crainte craints craintes craindre|clause weak
    redouter|redoute redoutent redouta redoutait redouté redoutée redoutés redoutées redouter|clause weak
    inquiéter|inquiète inquiètent inquiéta inquiétait inquiété inquiétée inquiétés inquiétées inquiéter|clause de weak
    prévoir|prévoit prévoient prévit prévoyait prévu prévue prévus prévues prévoir|clause weak
    prédire|prédit prédisent prédisait prédite prédits prédites prédire|clause
    # Reconnaître, nier
    reconnaître|reconnaît reconnait reconnaissent reconnut reconnaissait reconnu reconnue reconnus reconnues reconnaître reconnaitre|clause
    admettre|admet admettent admit admettait admis admise admises admettre|clause
    avouer|avoue avouent avoua avouait avoué avouée avoués avouées avouer|clause
    concéder|concède concèdent concéda concédait concédé concédée concédés concédées concéder|clause
    nier|nie nient nia niait nié niée niés niées nier|clause
    démentir|dément démentent démentit démentait démenti démentie démentis démenties démentir|clause
    contester|conteste contestent contesta contestait contesté contestée contestés contestées contester|clause
    réfuter|réfute réfutent réfuta réfutait réfuté réfutée réfutés réfutées réfuter|clause
    # Répondre
    répondre|répond répondent répondit répondait répondu répondue répondus répondues répondre|clause
    répliquer|réplique répliquent répliqua répliquait répliqué répliquée répliqués répliquées répliquer|clause
    rétorquer|rétorque rétorquent rétorqua rétorquait rétorqué rétorquée rétorqués rétorquées rétorquer|clause
    riposter|riposte ripostent riposta ripostait riposté ripostée ripostés ripostées riposter|clause
    objecter|objecte objectent objecta objectait objecté objectée objectés objectées objecter|clause
    interroger|interroge interrogent interrogea interrogeait interrogé interrogée interrogés interrogées interroger|clause object
    demander|demande demandent demanda demandait demandé demandée demandés demandées demander|clause object à de
    # Demander, exiger, avertir
    réclamer|réclame réclament réclama réclamait réclamé réclamée réclamés réclamées réclamer|clause object
    exiger|exige exigent exigea exigeait exigé exigée exigés exigées exiger|clause object
    appeler|appelle appellent appela appelait appelé appelée appelés appelées appeler|object à
    exhorter|exhorte exhortent exhorta exhortait exhorté exhortée exhortés exhortées exhorter|object à
    inviter|invite invitent invita invitait invité invitée invités invitées inviter|object à weak
    conseiller|conseille conseillent conseilla conseillait conseillé conseillée conseillés conseillées conseiller|clause object
    recommander|recommande recommandent recommanda recommandait recommandé recommandée recommandés recommandées recommander|clause
    proposer|propose proposent proposa proposait proposé proposée proposés proposées proposer|clause
    suggérer|suggère suggèrent suggéra suggérait suggéré suggérée suggérés suggérées suggérer|clause weak
    menacer|menace menacent menaça menaçait menacé menacée menacés menacées menacer|clause de
    avertir|avertit avertissent avertissait averti avertie avertis averties avertir|clause object de contre
    prévenir|prévient préviennent prévint prévenait prévenu prévenue prévenus prévenues prévenir|clause object de
    mettre en garde|met mettent mit mettait mis mise mises mettre|clause object contre
    # Critiquer, accuser
    accuser|accuse accusent accusa accusait accusé accusée accusés accusées accuser|object de
    reprocher|reproche reprochent reprocha reprochait reproché reprochée reprochés reprochées reprocher|clause object à de
    dénoncer|dénonce dénoncent dénonça dénonçait dénoncé dénoncée dénoncés dénoncées dénoncer|object
    critiquer|critique critiquent critiqua critiquait critiqué critiquée critiqués critiquées critiquer|object
    condamner|condamne condamnent condamna condamnait condamné condamnée condamnés condamnées condamner|object
    fustiger|fustige fustigent fustigea fustigeait fustigé fustigée fustigés fustigées fustiger|object
    blâmer|blâme blâment blâma blâmait blâmé blâmée blâmés blâmées blâmer|object
    attaquer|attaque attaquent attaqua attaquait attaqué attaquée attaqués attaquées attaquer|object weak
    déplorer|déplore déplorent déplora déplorait déploré déplorée déplorés déplorées déplorer|clause
    regretter|regrette regrettent regretta regrettait regretté regrettée regrettés regrettées regretter|clause
    protester|proteste protestent protesta protestait protesté protestée protestés protestées protester|clause contre
    insurger|insurge insurgent insurgea insurgeait insurgé insurgée insurgés insurgées insurger|contre
    indigner|indigne indignent indigna indignait indigné indignée indignés indignées indigner|clause
    plaindre|plaint plaignent plaignit plaignait plainte plaints plaintes plaindre|de clause weak
    qualifier|qualifie qualifient qualifia qualifiait qualifié qualifiée qualifiés qualifiées qualifier|object de
    traiter|traite traitent traita traitait traité traitée traités traitées traiter|object de weak
    décrire|décrit décrivent décrivit décrivait décrite décrits décrites décrire|object
    citer|cite citent cita citait cité citée cités citées citer|object weak
    saluer|salue saluent salua saluait salué saluée salués saluées saluer|object
    féliciter|félicite félicitent félicita félicitait félicité félicitée félicités félicitées féliciter|object de pour
    remercier|remercie remercient remercia remerciait remercié remerciée remerciés remerciées remercier|object de pour
    # Citation directe seulement
    lancer|lance lancent lança lançait lancé lancée lancés lancées lancer|quote
    lâcher|lâche lâchent lâcha lâchait lâché lâchée lâchés lâchées lâcher|quote
    glisser|glisse glissent glissa glissait glissé glissée glissés glissées glisser|quote weak
    poursuivre|poursuit poursuivent poursuivit poursuivait poursuivi poursuivie poursuivis poursuivies poursuivre|quote
    continuer|continue continuent continua continuait continué continuée continués continuées continuer|quote weak
    enchaîner|enchaîne enchaînent enchaîna enchaînait enchaîné enchaînée enchaînés enchaînées enchaîner|quote
    renchérir|renchérit renchérissent renchérissait renchéri renchérir|quote
    trancher|tranche tranchent trancha tranchait tranché tranchée tranchés tranchées trancher|quote
    tonner|tonne tonnent tonna tonnait tonné tonnée tonnés tonnées tonner|quote
    ironiser|ironise ironisent ironisa ironisait ironisé ironisée ironisés ironisées ironiser|quote
    plaisanter|plaisante plaisantent plaisanta plaisantait plaisanté plaisantée plaisantés plaisantées plaisanter|quote
    amuser|amuse amusent amusa amusait amusé amusée amusés amusées amuser|quote weak
    exclamer|exclame exclament exclama exclamait exclamé exclamée exclamés exclamées exclamer|quote
    écrier|écrie écrient écria écriait écrié écriée écriés écriées écrier|quote
    crier|crie crient cria criait crié criée criés criées crier|quote
    hurler|hurle hurlent hurla hurlait hurlé hurlée hurlés hurlées hurler|quote
    murmurer|murmure murmurent murmura murmurait murmuré murmurée murmurés murmurées murmurer|quote
    chuchoter|chuchote chuchotent chuchota chuchotait chuchoté chuchotée chuchotés chuchotées chuchoter|quote
    soupirer|soupire soupirent soupira soupirait soupiré soupirée soupirés soupirées soupirer|quote
    sourire|sourit sourient souriait souri sourire|quote
    rire|rit rient riait ri rire|quote
    réagir|réagit réagissent réagissait réagi réagir|quote
    agacer|agace agacent agaça agaçait agacé agacée agacés agacées agacer|quote
    # Ajouts (tables/fr-additions.tsv)
    sommer|somme somment somma sommait sommé sommée sommés sommées sommer|object de
    enjoindre|enjoint enjoignent enjoignit enjoignait enjointe enjoints enjointes enjoindre|object de
    épingler|épingle épinglent épingla épinglait épinglé épinglée épinglés épinglées épingler|object
    étriller|étrille étrillent étrilla étrillait étrillé étrillée étrillés étrillées étriller|object
    rejeter|rejette rejettent rejeta rejetait rejeté rejetée rejetés rejetées rejeter|clause
    porter plainte|porte portent porta portait porté portée porter|contre
    rendre hommage|rend rendent rendit rendait rendu rendue rendre|à
    montrer|montre montrent montra montrait montré montrée montrés montrées montrer|clause weak
    """

    /// ``text`` with the present participle of each verb, made from its imperfect (`déclarait` →
    /// `déclarant`, `disait` → `disant`): `…, affirmant que`, `tout en appelant`.
    package static var withPresentParticiples: String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count >= 2, !line.hasPrefix("#") else {
                out += line + "\n"
                continue
            }
            let forms = fields[1].split(separator: " ")
            let participles = forms.filter { $0.hasSuffix("ait") }.map { $0.dropLast(3) + "ant" }
            var f = fields.map(String.init)
            f[1] = (forms.map(String.init) + participles.map(String.init)).joined(separator: " ")
            out += f.joined(separator: "|") + "\n"
        }
        return out
    }
}
