/// The German cue table: every cue lemma of `GermanCueData.swift`, the source phrases and the
/// constructions (`:`, `—`) with their class, default act, object role and noun forms, one
/// tab-separated row each (`lemma class act object_role noun_forms notes`), and the document
/// nouns that make an attribution `evidence`. The shared tables of issues 20 and 21, as they are
/// (`de.tsv`, `de-document-nouns.txt`; their README gives the rules); ``CueTable`` reads them.
package enum GermanCueTable {
  package static let text = #"""
lemma	class	act	object_role	noun_forms	notes
sagen	speech	statement	audience:dat audience:gegenüber		`sagte der Zeitung` dative = audience; capitalised `das Sagen` -> no cue
erklären	speech	statement	audience:dat audience:gegenüber		`erklärte den Krieg/seinen Rücktritt` (NP) -> none [claim-np]; `erklärte sich bereit` -> none
betonen	speech	statement	audience:gegenüber		
mitteilen	speech	statement	audience:dat	Mitteilung,Mitteilungen:an	
äußern	speech	statement	audience:gegenüber		`äußerte Kritik/Bedenken/Hoffnung` -> act from the noun [noun-act], `Kritik an X` -> target X; `äußerte sich (nicht)` with no content -> none
erläutern	speech	statement	audience:dat		
ergänzen	speech	statement	none		NP only (`ergänzte den Kader`) -> none
hinzufügen	speech	statement	none		
behaupten	speech	statement	audience:gegenüber	Behauptung,Behauptungen:über	`sich behaupten` (hold one's own) -> none
bestätigen	speech	statement	audience:dat audience:gegenüber		[claim-np] `bestätigte den Bericht` stays (issue 20); the German gold leaves `bestätigten … Berichte` out — doubtful
dementieren	speech	denial	none		[claim-np]
ankündigen	speech	statement	audience:dat	Ankündigung,Ankündigungen:an	[claim-np] `kündigte Widerstand/Revision an` -> none; [future] stays statement (gold: kündigte = statement)
verkünden	speech	statement	audience:dat		NP (`verkündete das Urteil`) -> none
angeben	speech	statement	audience:gegenüber		`gab den Ton an`, `gibt an` (boasts) -> none; noun `Angaben` is a source phrase
heißen	speech	statement	none		only `hieß es (aus/von/in X)`/`heißt es`; `heißt X`/`das heißt` -> none (risky)
bekanntgeben	speech	statement	none		NP (`gab den Kader bekannt`) -> none
unterstreichen	speech	statement	none		
hervorheben	speech	statement	none		
versichern	speech	statement	audience:dat		[future] -> promise; `versichert` (insured) -> none
zusichern	speech	promise	audience:dat	Zusicherung,Zusicherungen:an	
bekräftigen	speech	statement	none		
beteuern	speech	statement	audience:gegenüber		`beteuerte seine Unschuld` stays statement (content NP)
berichten	speech	statement	audience:dat		content from `über`/`von`; [doc] `Medien berichten` stays speech
erzählen	speech	statement	audience:dat		NP only (`erzählte eine Geschichte`) -> none
schildern	speech	statement	audience:dat		
melden	speech	statement	none		weak; `meldete Insolvenz an`, `meldete sich zu Wort` (no content) -> none; news agency `meldet` stays
informieren	speech	statement	audience		quote-only; content from `über`
feststellen	speech	statement	none		[doc]
klarstellen	speech	statement	none		
präzisieren	speech	statement	none		
anmerken	speech	statement	none		
bemerken	speech	statement	none		weak; `bemerkte den Fehler` (noticed) -> none
ausführen	speech	statement	none		weak; `führte den Auftrag aus`, `Ausfuhr` -> none
verdeutlichen	speech	statement	none		
kommentieren	speech	statement	none		NP only -> none
urteilen	speech	statement	none		gold: urteilten = statement; courts included
skandieren	speech	statement	none		quote-only
argumentieren	speech	statement	none		
begründen	speech	statement	none		`begründete den Schritt mit X` (NP) -> none (gold negative)
resümieren	speech	statement	none		
folgern	speech	statement	none		
schlussfolgern	speech	statement	none		
ausrichten	speech	statement	audience:dat		`ließ X ausrichten`; `richtete die Feier aus`, `ausgerichtet auf` -> none (risky)
zitieren	speech	statement	none		`zitierte X mit den Worten`: X is the speaker; passive `wird X zitiert`: subject is the speaker
verlauten	speech	statement	none		`verlautete aus X` -> X speaker
fortfahren	speech	statement	none		weak
fragen	speech	question	target		[ask-wh] ob/w-word or `?` quote -> question; `fragte nach X` -> question; `sich fragen` -> question [reflexive]
antworten	speech	statement	audience:dat	Antwort,Antworten:an	content from `auf` is what is answered, not a claim
entgegnen	speech	statement	audience:dat		
erwidern	speech	statement	audience:dat		
kontern	speech	statement	none		sport `konterte` (counter-attack) -> none
einwenden	speech	statement	none		
widersprechen	speech	denial	target:dat	Widerspruch:gegen	dative party = target; `widerspricht den Zahlen` (thing) -> content
zurückweisen	speech	denial	none	Zurückweisung:an	[claim-np] `wies die Vorwürfe zurück` stays (issue 20); the German gold leaves `wies die Kritik zurück` out — doubtful
bestreiten	speech	denial	none		`bestritt das Spiel/seinen Lebensunterhalt` -> none
leugnen	speech	denial	none		
verneinen	speech	denial	none		
zustimmen	speech	statement	none	Zustimmung:zu	dative = what is agreed with, no target
einräumen	speech	admission	audience:gegenüber		`räumte X ein Recht ein` (grant) -> none
zugeben	speech	admission	none		
gestehen	speech	admission	audience:dat	Geständnis:gegenüber	
eingestehen	speech	admission	none		
bekennen	speech	admission	none	Bekenntnis:zu	quote-only; `bekannte sich zu dem Anschlag` -> admission, content from `zu`
verraten	speech	statement	audience:dat		`verriet sein Land` (betray) -> none
enthüllen	evidence	statement	none		speech when the subject is a person; `enthüllte ein Denkmal` (unveil) -> none
fordern	speech	demand	target:von	Forderung,Forderungen:an	NP content (`forderte mehr Geld`) -> demand (gold); `forderte X auf` is auffordern
auffordern	speech	demand	target	Aufforderung,Aufforderungen:an	accusative = target; content the zu-infinitive
verlangen	speech	demand	target:von		
aufrufen	speech	demand	target	Aufruf,Aufrufe:an	`rief X auf` target X; `rief den Notstand aus` is ausrufen -> none
appellieren	speech	demand	target:an	Appell,Appelle:an	
drängen	speech	demand	target		`drängten sich` (crowded) -> none
mahnen	speech	warning	target	Mahnung,Mahnungen:an	`mahnte zu X`/`mahnte X an` -> demand
bitten	speech	demand	target	Bitte,Bitten:an	`bitte` (please) inside a quote -> no cue
warnen	speech	warning	target	Warnung,Warnungen:an	content from `vor`/`davor`; accusative = target
drohen	speech	threat	target:dat	Drohung,Drohungen:gegen/an	`mit` + NP is content; impersonal `es droht`/`droht ein Streik` -> none (risky)
vorwerfen	speech	accusation	target:dat	Vorwurf,Vorwürfe,Vorwürfen,Vorwurfs:gegen/an	dative = target, accusative NP/clause = content; passive `wird X vorgeworfen`: X target
vorhalten	speech	accusation	target:dat	Vorhaltung,Vorhaltungen:gegen	
beschuldigen	speech	accusation	target	Beschuldigung,Beschuldigungen,Anschuldigung,Anschuldigungen:gegen	accusative = target
unterstellen	speech	accusation	target:dat	Unterstellung,Unterstellungen:gegen	`ist dem Ministerium unterstellt` (subordinate) -> none (risky)
kritisieren	speech	criticism	target	Kritik:an	[thing-object]
monieren	speech	criticism	target		[thing-object]
rügen	speech	criticism	target	Rüge,Rügen:für/an	[thing-object]
anprangern	speech	criticism	target		[thing-object]
verurteilen	speech	criticism	target		quote-only today; `wurde zu drei Jahren verurteilt`, `verurteilte X zu` (court sentence) -> none (risky)
beklagen	speech	criticism	none		`sich beklagen über X` -> target X [party]
klagen	speech	criticism	target:gegen	Klage,Klagen:gegen	content from `über`; `klagte gegen X` (sued) -> act accusation, target X
beschweren	speech	criticism	target:über	Beschwerde,Beschwerden:gegen/über	reflexive `sich beschweren`; `über X` target only when a party [party]
bedauern	speech	criticism	none		own past act (`bedauerte seine Äußerung`) -> admission
loben	speech	praise	target	Lob:für/an	[thing-object]; `lobte einen Preis aus` (ausloben) -> none
begrüßen	speech	praise	target		weak; [thing-object]; a person object with no content (`begrüßte die Gäste`) -> none (risky)
versprechen	speech	promise	audience:dat	Versprechen:an	impersonal subject (`das verspricht Spannung`) -> none; `sich versprechen` -> none
zusagen	speech	promise	audience:dat	Zusage,Zusagen:an	
geloben	speech	promise	none		the participle `gelobt` belongs to loben (first in the file)
schwören	speech	statement	none		[future] or `zu` + infinitive -> promise (`schwor, er habe nichts gewusst` stays statement); as English swear and French jurer
empfehlen	speech	demand	target:dat	Empfehlung,Empfehlungen:an	[doc]
raten	speech	demand	target:dat	Rat:an	content from `zu`; `raten` (guess) with no dative/zu -> none
vorschlagen	speech	demand	target:dat	Vorschlag,Vorschläge:an	
prognostizieren	speech	prediction	none		[doc]
vorhersagen	speech	prediction	none		
voraussagen	speech	prediction	none		gold: `sagt … voraus` = prediction
erinnern	speech	statement	audience		`daran, dass` content; `erinnerte an die Opfer` (commemorate) -> none (risky)
hinweisen	speech	statement	none	Hinweis,Hinweise:an	`darauf, dass`/`auf` + NP content (gold: wies = statement)
verweisen	speech	statement	none		`auf` + NP only -> none; `des Landes verwiesen` -> none
andeuten	speech	statement	none		
signalisieren	speech	statement	audience:dat		weak
bestehen	speech	statement	none		`auf`/`darauf, dass` [deontic] -> demand; `besteht aus`, `bestand die Prüfung`, `es besteht` -> none (risky)
beharren	speech	statement	none		`auf` + NP -> demand
sprechen	speech	statement	audience:mit		content from `von`/`über`; `sprach sich für/gegen X aus` -> demand/criticism (aussprechen, see additions)
schreiben	speech	statement	audience:an audience:dat		weak; `in einem Brief an X` -> audience X; noun `Schreiben` -> no cue
twittern	speech	statement	none		
posten	speech	statement	none		weak
bezeichnen	speech	statement	none		object is part of the content (`bezeichnete X als Y`), no target
nennen	speech	statement	none		weak; as bezeichnen; `nannte keine Details/Namen` -> none
beschreiben	speech	statement	none		as bezeichnen
rufen	speech	statement	none		quote-only; `rief die Polizei` -> none
schreien	speech	statement	none		quote-only
flüstern	speech	statement	none		quote-only
murmeln	speech	statement	none		quote-only
lachen	speech	statement	none		quote-only
scherzen	speech	statement	none		quote-only
seufzen	speech	statement	none		quote-only
stöhnen	speech	statement	none		quote-only; `stöhnte über X` -> criticism
spotten	speech	criticism	target:über		quote-only
meinen	speech	statement	none		`„…“, meinte X` and `meinte, …` in reports are remarks; doubtful: generic subjects (`viele meinen`) read as belief; `gemeint ist` -> none
glauben	belief	belief	none		`glaubt an X` -> none
denken	belief	belief	none		quote-only; `denkt an` -> none
finden	belief	belief	none		strict: `findet, dass` only; `fand statt`, `fand eine Lösung` -> none (risky)
hoffen	belief	belief	none		
fürchten	belief	belief	none		
befürchten	belief	belief	none		
erwarten	belief	belief	none		passive `wird erwartet`, NP (`erwartet Besucher`) -> none
ausgehen	belief	belief	none		strict: `davon ausgehen, dass` only; `ging leer aus` -> none
vermuten	belief	belief	none		
danken	speech	praise	target:dat	Dank:an	gold: `dankte X` = praise with target; `danke` inside a quote (thanks) -> no cue
gratulieren	speech	praise	target:dat	Glückwünsche:an	gold: `gratulierte X`
angreifen	speech	criticism	target	Angriff,Angriffe:auf	gold: `griff X an: …`; physical attack with no quote/colon/clause -> none (risky)
verklagen	speech	accusation	target	Klage,Klagen:gegen	gold: `verklagt X mit der Begründung, …`
bezichtigen	speech	accusation	target		content a genitive or zu-infinitive
tadeln	speech	criticism	target	Tadel:für	
bemängeln	speech	criticism	none		
beanstanden	speech	criticism	none		
würdigen	speech	praise	target	Würdigung:für	
ermahnen	speech	demand	target	Ermahnung:an	
ersuchen	speech	demand	target	Ersuchen:an	
androhen	speech	threat	target:dat		`drohte X Y an`: dative target, accusative content
reagieren	speech	statement	none		`reagierte empört` with no quote -> none (gold negative)
belegen	evidence	statement	none		speech when the subject is a person; `belegte den dritten Platz` (sport) -> none
ablehnen	speech	denial	none	Ablehnung:gegenüber	[claim-np] `lehnte die Vorwürfe ab` denial; `lehnte den Antrag ab` -> none; negator: `lehnte es ab, sich zu äußern` -> no attribution
entscheiden	speech	statement	none		a decision with a clause (`hat entschieden, das Lager aufzugeben`); NP -> none
festlegen	speech	statement	none		`legte fest, dass …`
spekulieren	belief	belief	none		`spekulierte darüber, …`
vertreten	belief	statement	none		`vertritt die Ansicht, dass …`; NP (`vertritt die Firma`) -> none
unterbreiten	speech	demand	target:dat		`unterbreitete den Vorschlag, …`
vermelden	speech	statement	none		
verdächtigen	speech	accusation	target	Verdacht:gegen	`wird verdächtigt, … zu …`
beschließen	speech	statement	none		a body's decision with a clause (`beschloss, die Gebühren zu senken`); NP (`beschloss ein Gesetz`) -> none
vereinbaren	speech	statement	none		`vereinbarten, …` with a clause; NP -> none
nachsagen	speech	accusation	target:dat		`Dem Orden wird nachgesagt, …`: passive, unnamed
annehmen	belief	belief	none		`nahm das Angebot/den Preis an` -> none (risky)
schätzen	belief	belief	none		`schätzt X` (appreciates) -> none; `schätzt den Schaden auf` -> belief, content from `auf`
bezweifeln	belief	belief	none		
zweifeln	belief	belief	none		content from `an`
wissen	belief	belief	none		quote-only
zeigen	evidence	statement	none		speech when the subject is a person; strict; `zeigte sich enttäuscht` -> none (gold negative)
laut	speech	statement	none		source phrase; [doc] `laut einer Studie` -> evidence (gold); `laut` (loud) after a verb/`zu` -> no cue
zufolge	speech	statement	none		source phrase (postposition); [doc] `dem Bericht zufolge` -> evidence
gemäß	speech	statement	none		source phrase; [doc]; `gemäß § 3`/`gemäß dem Vertrag` -> evidence by [doc] or none when a law (risky)
nach angaben von	speech	statement	none		source phrase
nach angaben	speech	statement	none		source phrase (+ genitive)
nach eigenen angaben	speech	statement	none		source phrase; the speaker is the clause subject
nach informationen von	speech	statement	none		source phrase
nach informationen	speech	statement	none		source phrase; `nach Informationen der Zeitung` -> the paper is the speaker
nach darstellung von	speech	statement	none		source phrase
nach darstellung	speech	statement	none		source phrase
nach aussage von	speech	statement	none		source phrase
nach aussage	speech	statement	none		source phrase
nach aussagen von	speech	statement	none		source phrase
nach aussagen	speech	statement	none		source phrase
nach worten von	speech	statement	none		source phrase
nach worten	speech	statement	none		source phrase
nach berichten von	speech	statement	none		source phrase; media reports stay speech
nach berichten	speech	statement	none		source phrase
nach auskunft von	speech	statement	none		source phrase
nach auskunft	speech	statement	none		source phrase
nach mitteilung von	speech	statement	none		source phrase
nach mitteilung	speech	statement	none		source phrase
nach ansicht von	belief	belief	none		source phrase (opinion)
nach ansicht	belief	belief	none		source phrase (opinion)
nach auffassung von	belief	belief	none		source phrase (opinion)
nach auffassung	belief	belief	none		source phrase (opinion)
nach meinung von	belief	belief	none		source phrase (opinion)
nach meinung	belief	belief	none		source phrase (opinion)
nach einschätzung von	belief	belief	none		source phrase (opinion)
nach einschätzung	belief	belief	none		source phrase (opinion); listed twice in LanguageProfile+German.swift
nach schätzungen von	belief	belief	none		source phrase (gold: Nach Schätzungen von = belief)
nach schätzungen	belief	belief	none		source phrase
nach	speech	statement	none		source phrase: `nach` + a source noun or compound (`nach Polizeiangaben`, `nach Medienberichten`); class from the noun: -schätzungen/-ansicht/-meinung -> belief, a document noun -> evidence [doc]
demnach	speech	statement	none		construction: source adverb (`Demnach sei …`), class and act of the report it points back to
wonach	speech	statement	none		construction: source relative (`ein Bericht, wonach …`), class from its noun [doc]
so	speech	statement	none		construction `„…“, so X`
:	speech	statement	none		construction `X: „…“`
—	speech	statement	none		construction `„…“ — X`
"""#

  package static let documentNouns = #"""
# Deutsche Dokument-, Studien- und Zahlen-Nomen (issue 20, class `evidence`).
# Rule [doc]: Kopf-Nomen der Sprecherphrase in dieser Liste -> class `evidence`, whatever the cue
# (`Laut einer Studie des …`, `Die Zahlen des … zeigen`, `Dem Bericht zufolge`, `nach Erkenntnissen der Ermittler`).
# Head noun = the noun before any genitive or von/aus complement (`Die Pünktlichkeitsstatistik des
# Verkehrsverbunds` -> Pünktlichkeitsstatistik). German compounds: match by suffix, lowercased
# (`pünktlichkeitsstatistik` ends in `statistik`; `Jahresbericht`, `Satellitenbilder`, `Gesetzentwurf`).
# Never after a first name or title (a surname: `Hans-Jürgen Papier sagte`), never inside a quoted
# title (`die Studie „…“` is fine, `das Magazin „Bilanz“` is a publication: speech).
# Exceptions (speech, class follows the cue): a -bericht(e/en/s) compound whose first part is
# Medien, Presse, Zeitungs, Agentur, Augenzeugen, Korrespondenten, Nachrichten (`laut Medienberichten`
# is speech in news-de.jsonl).
# NOT here (a person's or body's words): Mitteilung, Pressemitteilung, Erklärung, Stellungnahme, Brief,
# Schreiben, Interview, Rede, Aussage(n), Angaben, Klage, Anklage, Urteil, Beschluss, Entscheidung;
# nor Schätzung(en), Prognose(n) (belief/prediction by the cue: `Nach Schätzungen` is belief), Recherchen
# (journalism: speech), Statistikamt/Bundesamt (bodies: their suffix is -amt, not a listed noun).
# Records of speech are NOT here either: Protokoll(e), Mitschrift.
bericht
berichte
berichts
berichtes
berichten
studie
studien
umfrage
umfragen
erhebung
erhebungen
befragung
befragungen
zahlen
daten
statistik
statistiken
analyse
analysen
untersuchung
untersuchungen
auswertung
auswertungen
gutachten
dokument
dokumente
dokumenten
unterlagen
akten
papier
papiers
vermerk
memo
erkenntnisse
erkenntnissen
ergebnisse
ergebnissen
befunde
befund
messungen
messdaten
berechnungen
forschung
forschungen
ermittlungen
test
tests
bilanz
index
ranking
rangliste
entwurf
entwurfs
gesetz
gesetzes
vertrag
vertrags
abkommen
richtlinie
richtlinien
verordnung
haushaltsplan
aufnahmen
bilder
fotos
video
videos
grafik
tabelle
"""#
}
