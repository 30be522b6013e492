/// The French cue table: every cue lemma of `FrenchCueData.swift`, the source phrases and the
/// constructions (`:`, `—`) with their class, default act, object role and noun forms, one
/// tab-separated row each (`lemma class act object_role noun_forms notes`), and the document
/// nouns that make an attribution `evidence`. The shared tables of issues 20 and 21, as they are
/// (`fr.tsv`, `fr-document-nouns.txt`; their README gives the rules); ``CueTable`` reads them.
package enum FrenchCueTable {
  package static let text = #"""
lemma	class	act	object_role	noun_forms	notes
déclarer	speech	statement	audience:à	déclaration,déclarations:à	`a déclaré à l'AFP` -> audience; `déclarer forfait/la guerre`, `s'est déclaré candidat` -> none (risky)
dire	speech	statement	audience:à		`dit`/`dite` after a noun (`la réforme dite X`, `Jean dit Jeannot`), `c'est-à-dire`, `à vrai dire` -> no cue (risky)
affirmer	speech	statement	audience:à		`s'affirmer` -> none
ajouter	speech	statement	none		weak; `a ajouté le troisième but`, NP only -> none (gold negative)
expliquer	speech	statement	audience:à		NP only -> none
souligner	speech	statement	none		
indiquer	speech	statement	audience:à		`comme indiqué`, `indiqué sur la carte`, NP only -> none
préciser	speech	statement	audience:à		
annoncer	speech	statement	audience:à		[claim-np] `annonce un plan` -> none; `s'annonce difficile` -> none
assurer	speech	statement	audience:à		[future] -> promise (gold); `assurer la sécurité/l'intérim`, `s'assurer que` -> none (risky)
confirmer	speech	statement	audience:à		[claim-np] `a confirmé l'information` stays; `s'est confirmé` -> none
réaffirmer	speech	statement	none		
raconter	speech	statement	audience:à		NP only (`raconte une histoire`) -> none
confier	speech	statement	audience:à		`confier une mission/un dossier à X` (entrust) -> none (risky)
révéler	evidence	statement	audience:à		speech when the subject is a person; `s'est révélé` (proved) -> none; NP only -> none
signaler	speech	statement	audience:à		NP only (`a signalé sa disparition`) -> none
divulguer	speech	statement	none		NP only -> none
informer	speech	statement	audience		content from `de`/`que`; `s'informer`, passive `informé` with no agent -> none
témoigner	speech	statement	none		`témoigner de sa solidarité` -> none
détailler	speech	statement	none		NP only -> none
résumer	speech	statement	none		
commenter	speech	statement	none		NP only -> none
mentionner	speech	statement	none		NP only -> none
évoquer	speech	statement	none		weak; NP only (`a évoqué la piste`) -> none
noter	speech	statement	none		weak; `noté` (rated), noun `note` -> none
observer	speech	statement	none		weak; `observer une minute de silence` -> none
relever	speech	statement	none		weak; `relever le défi/les taux`, `relève de` -> none (risky)
remarquer	speech	statement	none		weak; `se faire remarquer` -> none
constater	speech	statement	none		[doc]
conclure	speech	statement	none		`conclure un accord/un contrat` -> none (risky)
compléter	speech	statement	none		NP only (`compléter le dossier`) -> none
écrire	speech	statement	audience:à		weak; `a écrit au préfet` -> audience (gold)
tweeter	speech	statement	none		
publier	speech	statement	none		weak; NP only -> none
faire savoir	speech	statement	audience:à		
faire valoir	speech	statement	none		`faire valoir ses droits` -> none
insister	speech	statement	none		[deontic] `insiste pour que` + subjonctif -> demand
marteler	speech	statement	none		
répéter	speech	statement	audience:à		weak; NP only -> none
réitérer	speech	statement	none		
rappeler	speech	statement	audience:à		weak; `rappeler l'ambassadeur`, `rappelle X` (resembles) -> none (risky)
asséner	speech	statement	none		
assener	speech	statement	none		
clamer	speech	statement	none		`clamer son innocence` stays statement (content NP)
proclamer	speech	statement	none		`proclamer les résultats` -> none
revendiquer	speech	statement	none		`revendiquer l'attentat` -> admission; `revendiquer une hausse` -> demand [claim-np]
certifier	speech	statement	audience:à		
attester	speech	statement	none		
garantir	speech	promise	audience:à		NP only (`garantir la sécurité`) -> none
jurer	speech	statement	audience:à		[future] or `de` + infinitive -> promise
promettre	speech	promise	audience:à	promesse,promesses:à	impersonal (`promet d'être serré`) -> none
signifier	speech	statement	audience:à		subject cela/ce/ça or a thing (`cela signifie que`) -> none (risky)
estimer	belief	belief	none		weak (gold: belief); passive `estimé à` -> none
juger	belief	belief	none		weak; `jugé pour meurtre`, `être jugé` (tried) -> none; noun `le juge` -> no cue (risky)
considérer	belief	belief	none		weak; passive `considéré comme` -> none
penser	belief	belief	none		weak; `pense à` -> none
croire	belief	belief	none		weak; `à en croire X` is a source phrase (see additions)
soutenir	speech	statement	none		weak; NP only (`soutenir le projet`) -> none
prétendre	speech	statement	none		`prétendre à` -> none
alléguer	speech	statement	none		French `alléguer` = put forward; not an accusation
argumenter	speech	statement	none		
justifier	speech	statement	none		weak; NP only -> none
défendre	speech	statement	none		weak; `se défendre de` -> denial; `défendre son titre` -> none
plaider	speech	demand	none		content from `pour`; `plaider coupable` -> admission; `plaider non coupable` -> denial
nuancer	speech	statement	none		
tempérer	speech	statement	none		
relativiser	speech	statement	none		
espérer	belief	belief	none		weak
souhaiter	belief	belief	none		weak; `souhaiter la bienvenue/bonne chance` -> none
craindre	belief	belief	none		weak; noun `crainte(s)` -> no cue
redouter	belief	belief	none		weak
inquiéter	belief	belief	none		reflexive `s'inquiéter de/que` only; `la situation inquiète X` -> none
prévoir	speech	prediction	none		weak (gold: prévoit = prediction); [doc] `le projet/la loi prévoit` -> none (a provision, no claim)
prédire	speech	prediction	none		
reconnaître	speech	admission	none		`reconnu coupable`, `reconnaître un État/un visage` -> none (risky)
admettre	speech	admission	none		`admis à l'hôpital/au concours` -> none (risky)
avouer	speech	admission	audience:à	aveu,aveux:à	
concéder	speech	admission	none		`concéder un but/un penalty/le nul` -> none (risky)
nier	speech	denial	none		negated content stays denial
démentir	speech	denial	none	démenti,démentis:à	[claim-np]
contester	speech	denial	none		[claim-np] `contester une amende/la décision` (legal) -> none
réfuter	speech	denial	none		
répondre	speech	statement	audience:à	réponse,réponses:à	`répondre à la demande`, `répondre présent` -> none
répliquer	speech	statement	audience:à		noun `réplique` -> no cue
rétorquer	speech	statement	audience:à		
riposter	speech	statement	none		
objecter	speech	statement	audience:à		
interroger	speech	question	target		`interrogé par la police` (passive, no statement) -> none; `s'interroger sur` -> question [reflexive]
demander	speech	demand	target:à	demande,demandes:à	[ask-wh] `si`/interrogative/`?` quote -> question; `se demander` -> question [reflexive]; `demander l'asile/le divorce` -> none; noun `la demande` -> no cue
réclamer	speech	demand	target:à		NP content stays demand (gold)
exiger	speech	demand	target:de	exigence,exigences:envers	
appeler	speech	demand	target	appel,appels:à	only `appeler X à`/`appeler à`; `appeler les pompiers`, `s'appelle` -> none (risky)
exhorter	speech	demand	target		content from `à`
inviter	speech	demand	target	invitation:à	weak; `invité de l'émission`, `invité à la soirée` -> none
conseiller	speech	demand	target:à	conseil,conseils:à	noun `le conseiller` -> no cue (risky)
recommander	speech	demand	target:à	recommandation,recommandations:à	[doc]
proposer	speech	demand	target:à	proposition,propositions:à	NP content stays demand
suggérer	evidence	statement	audience:à		speech when the subject is a person; weak; [deontic] or `à X de` + infinitive -> demand (the addressee becomes target [addressee])
menacer	speech	threat	target	menace,menaces:contre/envers	content from `de`; impersonal/passive `menacé de fermeture` -> none (risky)
avertir	speech	warning	target	avertissement,avertissements:à	
prévenir	speech	warning	target		`prévenir les risques` (prevent) -> none (risky)
mettre en garde	speech	warning	target	mise en garde,mises en garde:à	content from `contre`
accuser	speech	accusation	target	accusation,accusations:contre	content from `de`; `accuser une baisse/un retard` (markets) -> none; noun `l'accusé` -> no cue (risky)
reprocher	speech	criticism	target:à	reproche,reproches:à	gold: reprocher = criticism (German vorwerfen = accusation) — doubtful
dénoncer	speech	criticism	target	dénonciation,dénonciations:de	[thing-object]
critiquer	speech	criticism	target	critique,critiques:contre/envers/de	[thing-object]; noun `critique` (critic) -> no cue
condamner	speech	criticism	target	condamnation,condamnations:de	[thing-object]; `condamné à 5 ans`/`à une amende` (court) -> none (risky)
fustiger	speech	criticism	target		[thing-object]
blâmer	speech	criticism	target		
attaquer	speech	criticism	target	attaque,attaques:contre	weak; physical attack -> none; `attaquer en justice` -> accusation
déplorer	speech	criticism	none		
regretter	speech	criticism	none	regret,regrets:envers	own past act -> admission
protester	speech	criticism	target:contre	protestation,protestations:contre	[party]
insurger	speech	criticism	target:contre		reflexive `s'insurger contre`
indigner	speech	criticism	target:contre	indignation:contre	reflexive `s'indigner`
plaindre	speech	criticism	none	plainte,plaintes:contre	`se plaindre de/que`; `plaindre X` (pity) -> none; `porter plainte contre X` -> accusation, target X (see additions)
qualifier	speech	statement	none		object is part of the content (`a qualifié X de Y`), no target; `se qualifier pour la finale` -> none (risky)
traiter	speech	criticism	none		only `traiter X de Y` (insult; object part of content); `traiter un dossier/patient` -> none (risky)
décrire	speech	statement	none		object is part of the content, no target
citer	speech	statement	none		weak; `citer en exemple`, NP only -> none
saluer	speech	praise	target		[thing-object]; `saluer la foule` (greet) -> none
féliciter	speech	praise	target	félicitations:à	`se féliciter de` -> praise, no target
remercier	speech	praise	target	remerciements:à	content from `de`/`pour`; `remercier un employé` (dismiss) -> none
lancer	speech	statement	none		quote-only (gold: statement); `lancer un produit/une enquête` -> none
lâcher	speech	statement	none		quote-only
glisser	speech	statement	none		quote-only
poursuivre	speech	statement	none		quote-only; `poursuivre X en justice` -> accusation, target X (see additions)
continuer	speech	statement	none		quote-only
enchaîner	speech	statement	none		quote-only
renchérir	speech	statement	none		quote-only
trancher	speech	statement	none		quote-only
tonner	speech	statement	none		quote-only
ironiser	speech	criticism	target:sur		quote-only (gold: criticism)
plaisanter	speech	statement	none		quote-only
amuser	speech	statement	none		quote-only; `s'amuse`
exclamer	speech	statement	none		quote-only
écrier	speech	statement	none		quote-only
crier	speech	statement	none		quote-only
hurler	speech	statement	none		quote-only
murmurer	speech	statement	none		quote-only
chuchoter	speech	statement	none		quote-only
soupirer	speech	statement	none		quote-only
sourire	speech	statement	none		quote-only
rire	speech	statement	none		quote-only
selon	speech	statement	none		source phrase; [doc] `selon une étude/le rapport/les chiffres` -> evidence (gold)
d'après	speech	statement	none		source phrase; [doc]
d’après	speech	statement	none		source phrase; [doc]
de l'avis de	belief	belief	none		source phrase (opinion)
de l’avis de	belief	belief	none		source phrase (opinion)
de l'avis des	belief	belief	none		source phrase (opinion)
de l’avis des	belief	belief	none		source phrase (opinion)
de l'avis du	belief	belief	none		source phrase (opinion)
de l’avis du	belief	belief	none		source phrase (opinion)
de l'avis d'	belief	belief	none		source phrase (opinion)
de l’avis d’	belief	belief	none		source phrase (opinion)
aux dires de	speech	statement	none		source phrase
au dire de	speech	statement	none		source phrase
:	speech	statement	none		construction `X : « … »`
—	speech	statement	none		construction: dialogue dash turn (gold: direct, statement)
montrer	evidence	statement	none		(tables/fr-additions.tsv) speech when the subject is a person; gold: `Le rapport … montre que` = evidence
réagir	speech	statement	none		(tables/fr-additions.tsv) gold: `a réagi` = statement (denial by content once); `n'a pas souhaité réagir` -> negated
porter plainte	speech	accusation	target:contre	plainte,plaintes:contre	(tables/fr-additions.tsv) gold: `a porté plainte contre X pour Y`; content from `pour` (the lexicon takes one preposition: contre is the target, so flag the content `pour` if the parser allows)
sommer	speech	demand	target	sommation:à	(tables/fr-additions.tsv) gold: `a sommé X de`; the noun `la somme` (sum) -> no cue (risky)
enjoindre	speech	demand	target:à	injonction,injonctions:à	(tables/fr-additions.tsv) 
épingler	speech	criticism	target		(tables/fr-additions.tsv) press French for `criticise`; content from `pour`
étriller	speech	criticism	target		(tables/fr-additions.tsv) 
rendre hommage	speech	praise	target:à	hommage,hommages:à	(tables/fr-additions.tsv) 
agacer	speech	criticism	none		(tables/fr-additions.tsv) gold: `s'agace` = criticism; only reflexive; adjective `agacé,` (fronted) -> no cue
rejeter	speech	denial	none		(tables/fr-additions.tsv) [claim-np] `a rejeté les accusations` denial; `rejeter un recours/une offre` -> none
apprendre	speech	statement	none		only in `a-t-on appris de source X` (issue 22): the source after `de`/`auprès de` speaks
"""#

  package static let documentNouns = #"""
# Noms français de documents, d'études et de chiffres (issue 20, class `evidence`).
# Rule [doc]: when the head noun of the speaker phrase is one of these, the class is `evidence`,
# whatever the cue (`selon une étude de …`, `le rapport … montre que`, `selon les chiffres publiés par …`,
# `les relevés de … indiquent que`; all `evidence` in news-fr.jsonl / targets-fr.jsonl).
# Head noun = the first noun of the phrase, before its de/du/des/d'/par/publié(e)s complement
# (`les chiffres publiés jeudi par l'Observatoire` -> chiffres). Lowercased, exact form. A line with
# spaces is a head with its complement (`éléments de l'enquête`): match the words in order, either
# apostrophe. The word must be written in lower case (or capitalised only as the sentence's first word),
# never inside a proper name (`Le Parisien`, `Le Journal du dimanche` are media: speech).
# NOT here (a person's or body's words; class follows the cue): communiqué, déclaration, lettre,
# courrier, courriel, message, tweet, discours, entretien, interview, témoignage, plainte, assignation,
# jugement, arrêt, décision, ordonnance; nor estimation(s), prévision(s), projection(s) (the cue decides);
# nor note alone (`la note` is also a grade or a rating: use `note interne`).
# Records of speech are NOT here either: compte rendu (minutes), transcription.
rapport
rapports
étude
études
enquête
enquêtes
sondage
sondages
chiffres
données
statistiques
stats
analyse
analyses
document
documents
note interne
bilan
relevés
mesures
résultats
conclusions
éléments de l'enquête
premiers éléments de l'enquête
travaux
recherches
baromètre
indice
classement
palmarès
audit
expertise
contre-expertise
autopsie
procès-verbal
procès-verbaux
dossier
pièces du dossier
projet de loi
texte
loi
décret
contrat
accord
traité
images
vidéo
vidéos
photos
enregistrement
enregistrements
archives
registres
graphique
graphiques
tableau
tests
prélèvements
"""#
}
