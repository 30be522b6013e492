"""news-fr.jsonl: invented French news articles with inline span markers (see build_gold.py).

Every person, company, body and event here is invented; real capitals only speak for a
government. Negatives (not annotated) are left unmarked in the text: quoted titles and
nicknames, `Lire aussi` lines, negated cues, `Interrogé par …` with no statement, scare quotes,
headlines, `a déclaré forfait`, `a ajouté un but`.
"""
from build_gold import article, q

ARTICLES = [

article("news-fr-01", "sp=plain", """
Réforme du fret : le gouvernement défend son calendrier

Le gouvernement a présenté mercredi en Conseil des ministres son projet de réforme du fret ferroviaire, qui prévoit l'ouverture progressive des petites lignes régionales à de nouveaux opérateurs d'ici à 2029.

{c1|« Ce texte n'est pas une privatisation déguisée »}, a {k1|déclaré} le ministre des Transports, {s1|Étienne Valade}, à l'issue du Conseil.

Le porte-parole du ministère, {s2|Paul Girard}, a {k2|précisé} que {c2|les premières lignes concernées seraient celles du Massif central}. {k3|Selon} {s3|le ministère des Transports}, {c3|la réforme permettrait de retirer chaque année quelque 400 000 camions des routes}.

Plus prudent, {s4|le ministre} a {k4|reconnu} que {c4|le calendrier pourrait « glisser de quelques mois »}.

Les syndicats de cheminots ont aussitôt réagi. {c5|« On nous promet la même chose depuis dix ans, et à chaque fois ce sont les petites gares qui ferment »}, a {k5|dénoncé} le secrétaire général de la Fédération unitaire du rail (FUR), {s5|Marc Ollier}.

{s6|La FUR} a {k6|appelé} {t6|les cheminots} {c6|à une journée de grève le 14 mars}.

Interrogé par l'AFP sur ce préavis, le cabinet du Premier ministre n'a pas souhaité réagir.

{c7|« Nous recevrons les organisations syndicales dès la semaine prochaine, a {k7|assuré} {s7|M. Valade}, mais le cap ne changera pas. »}
""", [
    q(1, "d", "Étienne Valade", "statement"),
    q(2, "i", "Paul Girard", "statement"),
    q(3, "i", "ministère des Transports", "statement"),
    q(4, "m", "Étienne Valade", "admission"),
    q(5, "d", "Marc Ollier", "criticism"),
    q(6, "i", "Fédération unitaire du rail", "demand", tn="cheminots"),
    q(7, "d", "Étienne Valade", "promise"),
]),

article("news-fr-02", "sp=nnbsp apos=typo", """
{c1|Le maire de Brassac, Jean-Luc Fauvel, sera jugé le 12 juin par le tribunal correctionnel de Lorvan pour favoritisme dans l'attribution d'un marché de voirie}, a-t-on {k1|appris} mardi de {s1|source judiciaire}.

Dans un communiqué, {s2|le parquet de Lorvan} a {k2|indiqué} que {c2|l'enquête avait été ouverte en 2022 après un signalement de la chambre régionale des comptes}.

{k3|Selon} {s3|le parquet}, {c3|l'entreprise retenue, Voirie Desroches, aurait eu connaissance du montant des offres concurrentes avant la date limite}.

Lire aussi : « Nous avons été naïfs », reconnaît l'ancien adjoint aux finances de Brassac

L'avocate de l'élu, {s4|Me Sophie Carrel}, a {k4|affirmé} à {a4|l'AFP} que {c4|son client « n'a jamais eu accès aux offres »}. {c5|« Ce dossier repose sur des rumeurs de couloir »}, {k5|ajoute}-t-{s5|elle}.

M. Fauvel, maire de la commune depuis 2014, n'a pas souhaité réagir.

{c6|« Les habitants ont droit à la vérité »}, a {k6|réagi} la conseillère municipale d'opposition {s6,s7|Hélène Brunet}, qui a {k7|ajouté} que {c7|son groupe se constituerait partie civile}.

{c8|« Ce n'est pas une affaire de personnes, c'est une affaire de méthode. »}
""", [
    q(1, "i", "source judiciaire", "statement"),
    q(2, "i", "parquet de Lorvan", "statement"),
    q(3, "i", "parquet de Lorvan", "statement"),
    q(4, "m", "Sophie Carrel", "statement"),
    q(5, "d", "Sophie Carrel", "statement"),
    q(6, "d", "Hélène Brunet", "statement"),
    q(7, "i", "Hélène Brunet", "statement"),
    q(8, "d", "Hélène Brunet", "statement"),
]),

article("news-fr-03", "sp=plain", """
Football : l'entraîneur du Stade lorvanais sur la sellette après une quatrième défaite

Battu samedi à domicile par l'AS Merville (0-3), le Stade lorvanais a glissé à la dix-septième place du classement, à un point de la zone de relégation. L'attaquant Kevin Daudet a ajouté le troisième but merlevillois dans les arrêts de jeu.

Visiblement agacé, l'entraîneur lorvanais, {s1|Karim Benali}, a {k1|lancé} en conférence de presse : {c1|« Je ne vais pas chercher d'excuses. Nous avons été mauvais du début à la fin. »}

{c2|« Le problème n'est pas tactique, il est mental »}, {k2|estime}-t-{s2|il}.

La présidente du club, {s3|Nadine Roux}, a pour sa part {k3|assuré} que {c3|l'entraîneur « conservait toute sa confiance »}.

{k4|À en croire} {s4|un proche du vestiaire}, {c4|plusieurs cadres ne suivent plus les consignes de l'entraîneur depuis janvier}.

Le capitaine, {s5|Yoann Marchal}, a {k5|démenti} que {c5|le groupe soit divisé}. {c6|« On a encore quinze matchs pour s'en sortir »}, {k6|rappelle} {s6|le capitaine}, surnommé « le Métronome » par les supporters.

{k7|Selon} {s7|la Ligue régionale de football de l'Ouest}, {c7|la rencontre de samedi prochain se jouera à huis clos en raison des incidents survenus en tribune}.
""", [
    q(1, "d", "Karim Benali", "statement"),
    q(2, "d", "Karim Benali", "belief", cls="belief"),
    q(3, "m", "Nadine Roux", "statement"),
    q(4, "i", "proche du vestiaire", "statement"),
    q(5, "i", "Yoann Marchal", "denial"),
    q(6, "d", "Yoann Marchal", "statement"),
    q(7, "i", "Ligue régionale de football de l'Ouest", "statement"),
]),

article("news-fr-04", "sp=nnbsp", """
Chômage : légère hausse au troisième trimestre

{c1|Le taux de chômage a légèrement progressé au troisième trimestre, à 7,6 % de la population active}, {k1|selon} {s1|les chiffres publiés jeudi par l'Observatoire national de l'emploi et des territoires} (Onet).

Sur un an, le nombre de demandeurs d'emploi reste toutefois en baisse de 0,4 point.

{c2|« Il s'agit d'un palier plus que d'un retournement »}, {k2|explique}-t-on à {s2|l'Onet}.

Le directeur des études de l'Onet, {s3|Bertrand Lacaze}, {k3|prévoit} que {c3|le taux pourrait atteindre 7,8 % à la fin de l'année}.

La ministre du Travail, {s4|Claire Dumontel}, a {k4|déclaré} lors d'un déplacement à Lorvan que {c4|ces chiffres étaient « décevants mais pas alarmants »}. {s5|Elle} a par ailleurs {k5|annoncé} que {c5|le plan de formation des chômeurs de longue durée serait doté de 300 millions d'euros supplémentaires}.

{s6|L'économiste Lucie Fabre}, de l'institut Kerel, {k6|craint} que {c6|l'intérim et le bâtiment ne « décrochent » dès le printemps}.

{k7|D'après} {s7|une étude de l'institut Kerel publiée en septembre}, {c7|un intérimaire sur cinq travaille dans le bâtiment}.
""", [
    q(1, "i", "Observatoire national de l'emploi et des territoires", "statement", cls="evidence"),
    q(2, "d", "Observatoire national de l'emploi et des territoires", "statement"),
    q(3, "i", "Bertrand Lacaze", "prediction"),
    q(4, "m", "Claire Dumontel", "statement"),
    q(5, "i", "Claire Dumontel", "statement"),
    q(6, "m", "Lucie Fabre", "belief", cls="belief"),
    q(7, "i", "institut Kerel", "statement", cls="evidence"),
]),

article("news-fr-05", "sp=nnbsp apos=typo", """
Grève chez Ferlane : l'usine de Saint-Aubel à l'arrêt

La production de l'usine de Saint-Aubel du groupe Ferlane Industries, qui fabrique des pièces de freinage pour l'automobile, est à l'arrêt depuis lundi matin, à l'appel de l'intersyndicale.

{k1|Selon} {s1|la direction de Ferlane}, {c1|près de 60 % des ouvriers de production ont cessé le travail}.

{c2|« Nous restons ouverts au dialogue, mais les revendications salariales dépassent de loin ce que le site peut supporter »}, a {k2|fait savoir} {s2|la direction} dans un communiqué. {c3|« Aucune sanction ne sera prise contre les grévistes »}, a-t-{s3|elle} {k3|ajouté}.

Le délégué de l'intersyndicale, {s4,s5|Rachid Hamdi}, a {k4|dénoncé} {c4|un « mépris » des salariés} et {k5|accusé} {t5|la direction} {c5|de vouloir délocaliser une partie de la production en Roumanie}.

{s6|M. Hamdi}, qui {k6|décrit} {c6|des cadences « devenues intenables » depuis deux ans}, a travaillé quinze ans sur la ligne de montage.

Et d'{k7|ajouter} : {c7|« Si la direction ne revient pas à la table avec une vraie proposition, nous irons jusqu'au bout. »}

La direction n'a pas démenti ces projets de délocalisation. Un rassemblement est prévu mercredi devant la préfecture.
""", [
    q(1, "i", "Ferlane Industries", "statement"),
    q(2, "d", "Ferlane Industries", "statement"),
    q(3, "d", "Ferlane Industries", "statement"),
    q(4, "m", "Rachid Hamdi", "criticism"),
    q(5, "i", "Rachid Hamdi", "accusation", tn="Ferlane Industries"),
    q(6, "m", "Rachid Hamdi", "statement"),
    q(7, "d", "Rachid Hamdi", "statement"),
]),

article("news-fr-06", "sp=plain apos=typo", """
Sur le quai de Port-Kerlan, les chalutiers restent amarrés depuis huit jours. Les pêcheurs protestent contre les nouveaux quotas de sole fixés par le ministère de la Mer.

{c1|— Nous ne céderons pas, {k1|lance} {s1|Yannick Le Goff}, patron du chalutier Marie-Jeanne. Pas cette fois.}

{c2|— On a emprunté pour changer les moteurs l'an dernier, {k2|soupire}-t-{s2|il}. Les banques ne nous suivront plus.}

À côté de lui, son matelot, Erwan Le Bihan, vingt-deux ans, hausse les épaules.

{c3|— De toute façon, avec ces quotas, personne ne tiendra l'hiver.}

Mardi soir, dans un bureau de la sous-préfecture, le ton est monté entre la ministre et les représentants des pêcheurs.

{c4|— Ces quotas ne sont pas négociables}, a {k4|tranché} la ministre de la Mer, {s4|Sandrine Portal}.

{c5|— Alors nous bloquerons le port}, a {k5|répondu} le président du comité local des pêches, {s5|Gildas Morvan}.

{c6|— Vous en porterez seul la responsabilité, monsieur Morvan.}

La ministre a quitté la sous-préfecture peu avant minuit, sans un mot pour les journalistes.

{c7|« La ressource est en danger, a {k7|rappelé} mercredi {s7|le ministère de la Mer} dans un communiqué, et chaque saison perdue se paiera pendant dix ans. »}
""", [
    q(1, "d", "Yannick Le Goff", "statement"),
    q(2, "d", "Yannick Le Goff", "statement"),
    q(3, "d", "Erwan Le Bihan", "statement"),
    q(4, "d", "Sandrine Portal", "statement"),
    q(5, "d", "Gildas Morvan", "statement"),
    q(6, "d", "Sandrine Portal", "statement"),
    q(7, "d", "ministère de la Mer", "statement"),
]),

article("news-fr-07", "sp=nnbsp", """
{s1|La Ruritanie} a {k1|accusé} dimanche {t1|la Valdonie} {c1|d'avoir déplacé des troupes vers leur frontière commune}, au lendemain d'un incident qui a fait deux blessés parmi les gardes-frontières ruritaniens.

{c2|« Il s'agit d'une provocation délibérée »}, a {k2|affirmé} le ministre ruritanien des Affaires étrangères, {s2|Viktor Hallen}, lors d'une conférence de presse à Strelsau.

{s3,s4|Kessar} a {k3|démenti} {c3|avoir déplacé la moindre unité}, {k4|affirmant} que {c4|ses soldats n'avaient « jamais quitté » leurs positions}.

Depuis 2019, la vallée de la Sarn reste une « zone tampon » que se disputent les deux pays.

{c5|Des observateurs de l'Alliance des États riverains pourront se rendre sur place dès mercredi}, a {k5|annoncé} lundi le ministre valdonien de la Défense, {s5|Adam Kovran}. {c6|« Nous n'avons rien à cacher »}, {k6|indique}-t-on dans {s6|l'entourage du ministre}.

L'{k7|accusation} de {s7|Strelsau} contre {t7|Kessar}, selon laquelle {c7|des blindés valdoniens auraient été aperçus à moins de deux kilomètres de la frontière}, n'a pu être vérifiée de source indépendante.

Le secrétaire général de l'Alliance, {s8|Tomas Lindqvist}, a {k8|appelé} {t8|les deux parties} {c8|à « la plus grande retenue »}.
""", [
    q(1, "i", "Ruritanie", "accusation", tn="Valdonie"),
    q(2, "d", "Viktor Hallen", "statement"),
    q(3, "i", "Kessar", "denial"),
    q(4, "m", "Kessar", "statement"),
    q(5, "i", "Adam Kovran", "statement"),
    q(6, "d", "entourage du ministre", "statement"),
    q(7, "i", "Strelsau", "accusation", tn="Kessar"),
    q(8, "m", "Tomas Lindqvist", "demand", tn="deux parties"),
]),

article("news-fr-08", "sp=nbsp apos=typo", """
Incendie dans un entrepôt de Montclar : trois pompiers légèrement blessés

{c1|Un violent incendie a ravagé dans la nuit de vendredi à samedi un entrepôt de la zone industrielle de Montclar, blessant légèrement trois pompiers}, {k1|selon} {s1|le service départemental d'incendie et de secours (Sdis) du Haut-Valmont}.

Près de 80 sapeurs-pompiers ont été mobilisés. {c2|« Le feu s'est propagé très vite à cause des stocks de palettes »}, a {k2|expliqué} le commandant des opérations de secours, {s2|le lieutenant-colonel Serge Aubry}. {c3|« Il n'y a plus de risque pour les habitations voisines »}, a-t-{s3|il} {k3|ajouté}.

{k4|Selon} {s4|le Sdis}, {c4|l'origine du sinistre reste inconnue}.

{c5|« On a entendu une explosion vers deux heures du matin, puis on a vu les flammes au-dessus des toits »}, {k5|raconte} {s5|une voisine}, encore sous le choc.

Le procureur de la République de Valmont, {s6|Thierry Masson}, a {k6|précisé} qu'{c6|aucune piste n'était écartée « à ce stade »}.

Le propriétaire de l'entrepôt, la société Logivalm, n'a pas donné suite aux sollicitations de l'AFP.
""", [
    q(1, "i", "service départemental d'incendie et de secours du Haut-Valmont", "statement"),
    q(2, "d", "Serge Aubry", "statement"),
    q(3, "d", "Serge Aubry", "statement"),
    q(4, "i", "service départemental d'incendie et de secours du Haut-Valmont", "statement"),
    q(5, "d", "voisine", "statement"),
    q(6, "m", "Thierry Masson", "statement"),
]),

article("news-fr-09", "sp=plain", """
Budget : l'opposition dépose une motion de censure

Les groupes d'opposition ont déposé lundi une motion de censure contre le gouvernement, après le recours à l'article 49.3 pour faire adopter le projet de budget.

{c1|« Cette motion est un coup d'épée dans l'eau »}, a {k1|réagi} le porte-parole du gouvernement, {s1,s2|Julien Mercadier}, qui a {k2|ajouté} que {c2|l'exécutif « ne craignait pas » le vote des députés}.

La présidente du groupe Union républicaine, {s3,s4|Mathilde Arnoux}, a {k3|dénoncé} {c3|un « passage en force »} et {k4|appelé} {t4|les députés de la majorité} {c4|à « prendre leurs responsabilités »}.

{c5|« Nous avons tendu la main pendant trois semaines, {k5|explique}-t-{s5|elle}. On nous a répondu par le mépris. »}

{c6|« Le gouvernement a préféré l'arithmétique au débat. »}

Mme Arnoux a publié en mars un essai remarqué, « Le Temps des minorités ».

Le vote doit avoir lieu jeudi. {k7|Selon} {s7|plusieurs sources parlementaires}, {c7|il manquerait une quarantaine de voix pour faire tomber le gouvernement}.
""", [
    q(1, "d", "Julien Mercadier", "statement"),
    q(2, "m", "Julien Mercadier", "statement"),
    q(3, "m", "Mathilde Arnoux", "criticism"),
    q(4, "m", "Mathilde Arnoux", "demand", tn="députés de la majorité"),
    q(5, "d", "Mathilde Arnoux", "statement"),
    q(6, "d", "Mathilde Arnoux", "statement"),
    q(7, "i", "plusieurs sources parlementaires", "statement"),
]),

article("news-fr-10", "sp=nnbsp apos=typo", """
Hôpitaux : 250 millions d'euros pour les urgences

Le ministère des Solidarités et de la Santé a débloqué vendredi 250 millions d'euros pour les services d'urgences, confrontés depuis l'été à une pénurie de soignants.

{c1|« Cette enveloppe doit permettre de rouvrir d'ici à décembre les lits fermés faute de personnel »}, a {k1|déclaré} la ministre des Solidarités et de la Santé, {s1|Véronique Lasserre}.

{k2|Selon} {s2|Marie Dufresne}, directrice de l'agence régionale de santé de Haute-Lorvanie, {c2|un tiers des services de la région ont dû fermer au moins une nuit en septembre}.

{k3|D'après} {s3|le syndicat de praticiens hospitaliers Avenir Hôpital}, {c3|il manque près de 4 000 médecins urgentistes dans le pays}. Son président, {s4|François Méric}, a {k4|regretté} que {c4|le ministère « se contente de colmater les brèches »}.

{s5|Le ministère} a toutefois {k5|rappelé} que {c5|4 500 postes d'internes supplémentaires seraient ouverts à la rentrée prochaine}.

{c6|« Les jeunes médecins ne veulent plus de ces gardes à rallonge, et on les comprend »}, {k6|confie}, sous couvert d'anonymat, {s6|une infirmière des urgences de Lorvan}.

Interrogée sur une éventuelle revalorisation des gardes de nuit, {s7|Mme Lasserre} a {k7|répondu} que {c7|« tout était sur la table »}.
""", [
    q(1, "d", "Véronique Lasserre", "statement"),
    q(2, "i", "Marie Dufresne", "statement"),
    q(3, "i", "Avenir Hôpital", "statement"),
    q(4, "m", "François Méric", "criticism"),
    q(5, "i", "ministère des Solidarités et de la Santé", "statement"),
    q(6, "d", "infirmière des urgences de Lorvan", "statement"),
    q(7, "d", "Véronique Lasserre", "statement"),
]),

article("news-fr-11", "sp=plain apos=typo", """
Automobile : Ferval supprime 1 200 postes en Europe

{c1|L'équipementier automobile Ferval va supprimer 1 200 postes en Europe, dont 450 en France}, a {k1|annoncé} jeudi {s1|le groupe}, qui vise 300 millions d'euros d'économies d'ici à 2027.

{c2|« Le marché européen ne reviendra pas à son niveau d'avant la crise »}, a {k2|déclaré} à {a2|l'AFP} le directeur général de Ferval, {s2|Olivier Chassagne}.

{s3,s4|M. Chassagne} a également {k3|déclaré} à {a3|l'AFP} que {c3|le site de Vaucourt ne fermerait pas}, {k4|assurant} que {c4|« chaque salarié se verra proposer un reclassement »}.

{s5|Les syndicats} ont {k5|dénoncé} {c5|un plan « brutal »}. {c6|« On apprend la nouvelle par la presse, comme d'habitude »}, a {k6|confié} au {a6|Journal de Vaucourt} {s6|Sandrine Meunier}, déléguée syndicale du site.

En Bourse, l'action Ferval a reculé de 4,2 % à la clôture.

{k7|Selon} {s7|les analystes de la banque Rocheval}, {c7|le groupe pourrait annoncer de nouvelles cessions d'ici à l'été}.
""", [
    q(1, "i", "Ferval", "statement"),
    q(2, "d", "Olivier Chassagne", "statement"),
    q(3, "i", "Olivier Chassagne", "statement"),
    q(4, "d", "Olivier Chassagne", "promise"),
    q(5, "m", "syndicats", "criticism"),
    q(6, "d", "Sandrine Meunier", "statement"),
    q(7, "i", "analystes de la banque Rocheval", "statement"),
]),

article("news-fr-12", "sp=nnbsp", """
Procès du braquage de Saint-Aubel : la défense plaide l'erreur

Le procès de trois hommes accusés d'avoir braqué une bijouterie de Saint-Aubel en 2021 s'est ouvert lundi devant la cour d'assises du Haut-Valmont.

{c1|« Mon client n'était pas à Saint-Aubel ce soir-là, et les enquêteurs l'ont toujours su »}, a {k1|lancé} dès l'ouverture des débats {s1|Me Laurent Bréhal}, avocat du principal accusé, Dylan Mercier, surnommé « le Fantôme » dans son quartier.

L'avocate générale, {s2|Christine Oudin}, a pour sa part {k2|rappelé} que {c2|l'ADN de l'accusé avait été retrouvé sur le volant de la voiture utilisée pour la fuite}.

Appelée à la barre, la bijoutière, {s3|Martine Lebrun}, a {k3|décrit} {c3|« dix minutes de terreur »}. {c4|« Je revois encore l'arme pointée sur ma fille »}, a-t-{s4|elle} {k4|témoigné}.

{c5|« Depuis, je n'ai jamais rouvert le magasin. »}

Interrogé par le président de la cour, l'accusé est resté silencieux.

{s6|Dylan Mercier}, qui {k6|affirme} {c6|avoir passé la soirée chez sa compagne}, encourt vingt ans de réclusion criminelle. Le verdict est attendu vendredi.
""", [
    q(1, "d", "Laurent Bréhal", "statement"),
    q(2, "i", "Christine Oudin", "statement"),
    q(3, "d", "Martine Lebrun", "statement"),
    q(4, "d", "Martine Lebrun", "statement"),
    q(5, "d", "Martine Lebrun", "statement"),
    q(6, "i", "Dylan Mercier", "statement"),
]),

article("news-fr-13", "sp=nnbsp apos=typo", """
Lorvan : la piscine des Tilleuls fermée pour un an

{c1|La piscine des Tilleuls, à Lorvan, fermera ses portes le 1er septembre pour une rénovation complète}, a {k1|annoncé} {s1|la mairie de Lorvan} dans un communiqué.

{c2|« Le bâtiment date de 1972 et la toiture ne répond plus aux normes »}, {k2|explique}-t-on à {s2|la mairie}.

L'adjoint aux sports, {s3|Christophe Lamy}, a {k3|indiqué} au {a3|Courrier de Lorvan} que {c3|les clubs seraient accueillis à la piscine intercommunale de Saint-Aubel}. {c4|« Les horaires seront forcément plus serrés, mais personne ne sera laissé au bord du bassin »}, a-t-{s4|il} {k4|promis}.

Le club de natation ne cache pas son inquiétude. {c5|« Trente minutes de route pour des enfants de huit ans, trois fois par semaine, ce n'est pas tenable »}, {k5|déplore} sa présidente, {s5|Isabelle Garnier}.

Le coût des travaux est estimé à 6,8 millions d'euros.

{k6|À en croire} {s6|l'opposition municipale}, {c6|le chantier « prendra au moins dix-huit mois »}.
""", [
    q(1, "i", "mairie de Lorvan", "statement"),
    q(2, "d", "mairie de Lorvan", "statement"),
    q(3, "i", "Christophe Lamy", "statement"),
    q(4, "d", "Christophe Lamy", "promise"),
    q(5, "d", "Isabelle Garnier", "criticism"),
    q(6, "m", "opposition municipale", "statement"),
]),

article("news-fr-14", "sp=plain", """
Sécheresse : les nappes phréatiques au plus bas dans le Haut-Valmont

{s1|Le rapport publié mercredi par le Bureau régional de l'eau et des milieux} (Brem) {k1|montre} que {c1|trois nappes sur quatre se situent sous leur niveau moyen de la décennie}.

{k2|Selon} {s2|une étude de l'université de Lorvan parue en juin}, {c2|les prélèvements agricoles ont doublé en vingt ans dans le bassin de la Sarn}.

Le directeur du Brem, {s3|Alain Kerbrat}, {k3|pense} que {c3|des restrictions d'irrigation seront inévitables dès le mois de mai}. {s4|Les agriculteurs}, eux, {k4|craignent} que {c4|les restrictions ne frappent d'abord les petites exploitations}.

{c5|« On nous demande des efforts alors que les golfs continuent d'arroser »}, s'{k5|agace} {s5|Pierre Vannier}, céréalier à Saint-Just et président de la chambre d'agriculture.

{c6|« Personne ne veut opposer les usages, mais la ressource n'est pas extensible »}, {k6|répond} le préfet du Haut-Valmont, {s6|Bernard Castaing}.

{s7|Les relevés de l'Observatoire climatique du Haut-Valmont} {k7|indiquent} que {c7|le mois d'avril a été le plus sec depuis 1959}.
""", [
    q(1, "i", "Bureau régional de l'eau et des milieux", "statement", cls="evidence"),
    q(2, "i", "université de Lorvan", "statement", cls="evidence"),
    q(3, "i", "Alain Kerbrat", "belief", cls="belief"),
    q(4, "i", "agriculteurs", "belief", cls="belief"),
    q(5, "d", "Pierre Vannier", "criticism"),
    q(6, "d", "Bernard Castaing", "statement"),
    q(7, "i", "Observatoire climatique du Haut-Valmont", "statement", cls="evidence"),
]),

article("news-fr-15", "sp=nnbsp apos=typo", """
Rugby : un pilier de Saint-Aubel suspendu deux ans pour dopage

Le pilier du RC Saint-Aubel Mathieu Lagarde a été suspendu deux ans par la commission de discipline de la Ligue nationale de rugby amateur (LNRA), après un contrôle positif à un stimulant.

Le président de la LNRA, {s1|Gérard Pujol}, a {k1|salué} {c1|une décision « exemplaire »}. {c2|« Il n'y aura aucune tolérance, quel que soit le niveau »}, a-t-{s2|il} {k2|martelé}.

{s3|Le joueur} {k3|conteste} {c3|avoir pris un produit interdit} et son avocate, {s4|Me Nadia Belkacem}, a {k4|annoncé} qu'{c4|il ferait appel de la sanction}.

{c5|« Mathieu a pris un complément alimentaire acheté en pharmacie, sur les conseils du médecin du club »}, {k5|assure}-t-{s5|elle}.

Le médecin du club n'a pas souhaité s'exprimer.

{k6|Selon} {s6|l'Agence de contrôle antidopage du sport amateur} (Acasa), {c6|le nombre de contrôles positifs a doublé en deux saisons chez les amateurs}.
""", [
    q(1, "m", "Gérard Pujol", "praise"),
    q(2, "d", "Gérard Pujol", "statement"),
    q(3, "i", "Mathieu Lagarde", "denial"),
    q(4, "i", "Nadia Belkacem", "statement"),
    q(5, "d", "Nadia Belkacem", "statement"),
    q(6, "i", "Agence de contrôle antidopage du sport amateur", "statement"),
]),

article("news-fr-16", "sp=plain apos=typo", """
Fret : Paris et Madrid s'accordent sur une liaison à travers les Pyrénées

Paris et Madrid ont signé jeudi un accord pour financer une nouvelle liaison de fret ferroviaire à travers les Pyrénées, un projet évalué à 4 milliards d'euros.

{c1|« C'est un jour important pour nos deux pays »}, s'est {k1|félicité} le secrétaire d'État français chargé des Transports, {s1|Hugo Berthier}.

Son homologue espagnole, {s2|Lucía Ferrer}, a {k2|souligné} que {c2|la ligne permettrait de retirer chaque jour 3 000 poids lourds de la route}.

{k3|À en croire} {s3|Madrid}, {c3|les premiers travaux pourraient commencer dès 2027}.

{s4|Berlin} a {k4|regretté} {c4|de ne pas avoir été associé aux discussions}.

La liaison doit encore être validée par les Parlements des deux pays. {c5|« Nous ne signerons pas un chèque en blanc »}, a {k5|prévenu} le rapporteur de la commission des finances du Sénat, {s5|Paul-Henri Dubreuil}.

{c6|« Le tracé définitif sera connu avant l'été, {k6|promet}-on au {s6|secrétariat d'État}, et les riverains seront consultés. »}
""", [
    q(1, "d", "Hugo Berthier", "praise"),
    q(2, "i", "Lucía Ferrer", "statement"),
    q(3, "i", "Madrid", "statement"),
    q(4, "i", "Berlin", "criticism"),
    q(5, "d", "Paul-Henri Dubreuil", "warning"),
    q(6, "d", "secrétariat d'État", "promise"),
]),

article("news-fr-17", "sp=nnbsp apos=typo", """
Cinéma : « La Dernière Marée » remporte le grand prix du festival de Senlac

Le film « La Dernière Marée », de la réalisatrice Camille Augier, a remporté samedi le grand prix du festival du film de Senlac.

{c1|« Ce prix appartient à toute l'équipe, et surtout aux habitants de l'île qui nous ont ouvert leurs portes »}, a {k1|déclaré} {s1|la réalisatrice} en recevant son trophée.

Tourné en six semaines sur l'île de Kervennec, le film suit une famille de pêcheurs après la fermeture de la conserverie locale, surnommée « la Grande Maison » par les habitants.

Le président du jury, {s2,s3|l'acteur Raphaël Dorval}, a {k2|salué} {t2|la réalisatrice} {c2|pour sa « direction d'acteurs d'une justesse rare »}, et a {k3|ajouté} : {c3|« Elle filme le travail comme on le filme rarement, sans misérabilisme. »}

Le prix du public est allé à « Nos années sauvages », premier long-métrage de Théo Lenormand. {c4|« Je n'y croyais pas du tout »}, a {k4|avoué} {s4|le jeune cinéaste}, âgé de 24 ans.

Lire aussi : Festival de Senlac, « une édition de tous les records », selon les organisateurs

{k5|Selon} {s5|les organisateurs}, {c5|la fréquentation a dépassé les 40 000 entrées, un record}.
""", [
    q(1, "d", "Camille Augier", "statement"),
    q(2, "m", "Raphaël Dorval", "praise", tn="Camille Augier"),
    q(3, "d", "Raphaël Dorval", "statement"),
    q(4, "d", "Théo Lenormand", "admission"),
    q(5, "i", "organisateurs", "statement"),
]),

article("news-fr-18", "sp=nnbsp", """
{c1|« Nous sommes prêts »}, a {k1|dit} {s1|Lucas Perrin}.
""", [
    q(1, "d", "Lucas Perrin", "statement"),
]),

article("news-fr-19", "sp=plain apos=typo", """
{c1|« La grève est reconduite jusqu'à vendredi »}, a {k1|annoncé} mardi {s1|l'intersyndicale des Transports lorvanais}.
""", [
    q(1, "d", "intersyndicale des Transports lorvanais", "statement"),
]),

article("news-fr-20", "sp=plain", """
{s1|Le gouvernement} a {k1|promis} mardi que {c1|les pensions seraient revalorisées de 2 % au 1er janvier}.
""", [
    q(1, "i", "gouvernement", "promise"),
]),

article("news-fr-21", "sp=plain apos=typo", """
{c1|— Nous ne partirons pas d'ici sans un accord}, a {k1|lancé} la porte-parole des grévistes, {s1|Inès Calvet}.
""", [
    q(1, "d", "Inès Calvet", "statement"),
]),

article("news-fr-22", "sp=nnbsp apos=typo", """
Lait : les producteurs bloquent trois centrales d'achat

Plusieurs centaines de producteurs de lait ont bloqué mardi trois centrales d'achat de la grande distribution dans l'Ouest, nouvel épisode de cette « guerre du lait » qui dure depuis l'hiver.

{c1|« À 38 centimes le litre, nous travaillons à perte »}, a {k1|lancé} {s1|Gaël Riou}, éleveur à Plouzanet et porte-parole de la Coordination laitière de l'Ouest (CLO).

{s2|La CLO} {k2|accuse} {t2|les industriels} {c2|de capter l'essentiel de la hausse des prix en rayon}.

Dans un communiqué, {s3,s4|le groupe Laiteries Bréval} a {k3|démenti} {c3|réaliser des « marges abusives »}, {k4|rappelant} que {c4|le prix payé aux producteurs avait augmenté de 9 % en deux ans}.

Par ailleurs, le ministre de l'Agriculture, {s5|Denis Roussel}, a {k5|exhorté} {t5|les industriels} {c5|à rouvrir les négociations « sans délai »}. {c6|« L'État ne fixera pas les prix, mais il ne laissera pas mourir les éleveurs »}, a {k6|déclaré} {s6,s7|M. Roussel}, qui a {k7|ajouté} qu'{c7|un médiateur serait nommé avant la fin de la semaine}.

{c8|Les blocages devraient se poursuivre jusqu'à jeudi}, {k8|selon} {s8|la CLO}.
""", [
    q(1, "d", "Gaël Riou", "statement"),
    q(2, "i", "Coordination laitière de l'Ouest", "accusation", tn="industriels"),
    q(3, "m", "Laiteries Bréval", "denial"),
    q(4, "i", "Laiteries Bréval", "statement"),
    q(5, "m", "Denis Roussel", "demand", tn="industriels"),
    q(6, "d", "Denis Roussel", "statement"),
    q(7, "i", "Denis Roussel", "statement"),
    q(8, "i", "Coordination laitière de l'Ouest", "statement"),
]),

article("news-fr-23", "sp=plain apos=typo", """
Éducation : forte mobilisation contre la réforme du collège

{c1|Près d'un enseignant sur trois était en grève jeudi dans les collèges}, {k1|selon} {s1|les syndicats}. {s2|Le ministère de l'Éducation nationale et de la Jeunesse} a pour sa part {k2|indiqué} que {c2|18 % des enseignants avaient cessé le travail}.

Le ministre de l'Éducation, {s3|Arnaud Vasseur}, a {k3|estimé} que {c3|la réforme « ne supprimera aucun poste »}. {c4|« Personne ne sera muté contre son gré »}, a-t-{s4|il} {k4|assuré}.

{c5|— C'est faux, et il le sait, {k5|rétorque} {s5|Nathalie Joubert}, secrétaire générale du Syndicat national des collèges (SNC), jointe par téléphone. Dans mon académie, on ferme déjà des classes.}

{s6|Le SNC} {k6|appelle} {t6|les enseignants} {c6|à une nouvelle journée de mobilisation le 3 avril}.

{c7|« Le ministre recevra les syndicats dès lundi »}, {k7|indique}-t-on dans {s7|l'entourage de M. Vasseur}.
""", [
    q(1, "i", "syndicats", "statement"),
    q(2, "i", "ministère de l'Éducation nationale et de la Jeunesse", "statement"),
    q(3, "m", "Arnaud Vasseur", "belief", cls="belief"),
    q(4, "d", "Arnaud Vasseur", "promise"),
    q(5, "d", "Nathalie Joubert", "denial"),
    q(6, "i", "Syndicat national des collèges", "demand", tn="enseignants"),
    q(7, "d", "entourage de M. Vasseur", "statement"),
]),

article("news-fr-24", "sp=nnbsp apos=typo", """
Crue de la Sarn : une septuagénaire retrouvée morte à Valmont

{c1|Le corps d'une femme de 74 ans, portée disparue depuis dimanche, a été retrouvé lundi dans un jardin inondé de Valmont}, a {k1|indiqué} lundi soir {s1|la préfecture du Haut-Valmont}.

{k2|Selon} {s2|les premiers éléments de l'enquête confiée à la gendarmerie}, {c2|la victime aurait été surprise par la montée des eaux en tentant de rejoindre sa voiture}.

{c3|« L'eau est montée d'un mètre en moins d'une heure, on n'avait jamais vu ça »}, {k3|témoigne} {s3|Gérard Poulain}, un voisin.

La maire de Valmont, {s4|Françoise Delmas}, a {k4|critiqué} {t4|les services de l'État} {c4|pour avoir déclenché l'alerte « beaucoup trop tard »}. Et d'{k5|ajouter} : {c5|« Nous avons appris la vigilance rouge par les réseaux sociaux. »}

{s6|La préfecture} a {k6|assuré} que {c6|l'alerte avait été transmise aux communes « dès dimanche midi »}. {c7|« Nous tirerons toutes les leçons de cet épisode »}, a {k7|promis} le préfet, {s7|Bernard Castaing}.

Interrogé mardi matin sur une radio locale, le président du conseil départemental n'a pas voulu « polémiquer ».
""", [
    q(1, "i", "préfecture du Haut-Valmont", "statement"),
    q(2, "i", "gendarmerie", "statement", cls="evidence"),
    q(3, "d", "Gérard Poulain", "statement"),
    q(4, "m", "Françoise Delmas", "criticism", tn="services de l'État"),
    q(5, "d", "Françoise Delmas", "statement"),
    q(6, "m", "préfecture du Haut-Valmont", "statement"),
    q(7, "d", "Bernard Castaing", "promise"),
]),

article("news-fr-25", "sp=nnbsp", """
Trains supprimés : la CFO promet un retour à la normale lundi

La Compagnie ferroviaire de l'Ouest (CFO) a supprimé vendredi un train régional sur deux, en raison d'un mouvement social des contrôleurs.

{k1|Selon} {s1|la direction de la CFO}, {c1|le trafic devrait être rétabli progressivement à partir de lundi}.

{c2|« Nous comprenons l'exaspération des voyageurs »}, a {k2|reconnu} la directrice régionale de la compagnie, {s2|Élodie Marchand}. {c3|« Des bus de substitution seront mis en place sur les principales lignes »}, a-t-{s3|elle} {k3|ajouté}.

{s4|Le Syndicat autonome des contrôleurs} (SAC) {k4|réclame} {c4|le recrutement de 150 agents supplémentaires}. {c5|« On nous demande de faire le travail de deux personnes, dans des voitures bondées, avec des agressions en hausse »}, {k5|explique} son délégué régional, {s5|Cédric Hamon}.

{s6|Le SAC} a par ailleurs {k6|mis en garde} {t6|la direction} {c6|contre toute tentative de « remplacer les contrôleurs par des caméras »}.

{k7|Selon} {s7|la région Val-de-Sarn}, qui finance le service, {c7|des pénalités seront appliquées à la compagnie}.
""", [
    q(1, "i", "Compagnie ferroviaire de l'Ouest", "statement"),
    q(2, "d", "Élodie Marchand", "admission"),
    q(3, "d", "Élodie Marchand", "statement"),
    q(4, "i", "Syndicat autonome des contrôleurs", "demand"),
    q(5, "d", "Cédric Hamon", "statement"),
    q(6, "m", "Syndicat autonome des contrôleurs", "warning", tn="Compagnie ferroviaire de l'Ouest"),
    q(7, "i", "région Val-de-Sarn", "statement"),
]),

article("news-fr-26", "sp=plain apos=typo", """
Municipale partielle à Saint-Aubel : le maire sortant en ballottage

Le maire sortant de Saint-Aubel, Philippe Descamps (divers droite), est arrivé en tête du premier tour de l'élection municipale partielle dimanche, avec 38 % des voix, devant l'écologiste Salomé Ricard (31 %).

{c1|« Rien n'est joué, les habitants ont envoyé un message »}, a {k1|déclaré} {s1|M. Descamps} au micro de {a1|Radio Sarn}.

{s2|Salomé Ricard} s'est {k2|demandé} si {c2|le maire « mesurait vraiment » l'ampleur du rejet}. {c3|« Trente-huit pour cent pour un sortant, ce n'est pas une victoire, c'est un avertissement »}, a-t-{s3|elle} {k3|ironisé}.

{s4|Elle} {k4|espère} que {c4|les électeurs de la liste de gauche, arrivée troisième, se reporteront sur son nom}.

{c5|« Ce sera serré, très serré »}, {k5|lâche} {s5|un militant} devant la permanence de Mme Ricard.

{c6|La participation s'est élevée à 46 %}, {k6|selon} {s6|la préfecture du Val-de-Sarn}. Le second tour aura lieu dimanche prochain.
""", [
    q(1, "d", "Philippe Descamps", "statement"),
    q(2, "m", "Salomé Ricard", "question"),
    q(3, "d", "Salomé Ricard", "criticism"),
    q(4, "i", "Salomé Ricard", "belief", cls="belief"),
    q(5, "d", "militant", "statement"),
    q(6, "i", "préfecture du Val-de-Sarn", "statement"),
]),

article("news-fr-27", "sp=nnbsp apos=typo", """
Cyclisme : Justine Morel s'impose sur la Classique des Monts

La Française Justine Morel a remporté dimanche la Classique des Monts, sa première victoire sur une course d'un jour, au terme d'une échappée de 60 kilomètres. La Belge Lotte Verhaegen, tenante du titre, avait déclaré forfait la veille.

{c1|« J'ai attaqué dans la dernière montée sans trop réfléchir »}, a {k1|raconté} {s1|la coureuse de 23 ans} à l'arrivée.

{c2|« Dans les derniers kilomètres, je n'entendais plus que mon souffle. »}

Son directeur sportif, {s3|Arnaud Leclerc}, a {k3|félicité} {t3|sa protégée} {c3|pour son « sang-froid » dans le final}. {s4|Il} a toutefois {k4|reconnu} que {c4|l'équipe avait « pris un risque » en la laissant partir si tôt}.

Deuxième à douze secondes, {s5|la Néerlandaise Femke Aalders} a {k5|réagi} avec fair-play : {c5|« Elle était simplement la plus forte aujourd'hui. »}

{s6|Justine Morel}, qui {k6|dit} {c6|rêver du maillot de championne de France}, disputera le championnat national le 22 juin.
""", [
    q(1, "d", "Justine Morel", "statement"),
    q(2, "d", "Justine Morel", "statement"),
    q(3, "m", "Arnaud Leclerc", "praise", tn="Justine Morel"),
    q(4, "m", "Arnaud Leclerc", "admission"),
    q(5, "d", "Femke Aalders", "statement"),
    q(6, "i", "Justine Morel", "statement"),
]),

]
