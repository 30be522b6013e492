"""targets-fr.jsonl: invented French articles whose claims have a target (accuser, reprocher à,
critiquer, condamner, poursuivre, saluer, féliciter, remercier, exhorter, appeler à, mettre en
garde, avertir, menacer, demander à, sommer, l'accusation de X contre Y, passives), with audiences.
Markers as in build_gold.py. Every person, company, body and event is invented.
"""
from build_gold import article, q

ARTICLES = [

article("targets-fr-01", "sp=nnbsp apos=typo", """
Retraites : passe d'armes à l'Assemblée

Le président du groupe Gauche unie à l'Assemblée, {s1|Raphaël Combes}, a {k1|accusé} mardi {t1|le gouvernement} {c1|de « mentir » sur le coût réel de la réforme des retraites}.

{c2|« Les chiffres présentés aux députés ont été maquillés »}, a-t-{s2|il} {k2|affirmé} lors d'une conférence de presse. {s3|Il} a également {k3|reproché} à la ministre du Travail, {t3|Claire Dumontel}, {c3|d'avoir refusé de transmettre l'étude d'impact complète}.

{s4,s5|Mme Dumontel} a {k4|démenti} {c4|avoir dissimulé le moindre document} et {k5|accusé} {t5|l'opposition} {c5|de « faire peur aux Français »}.

{c6|« Je mets au défi M. Combes de trouver une seule ligne fausse dans ce rapport »}, a-t-{s6|elle} {k6|lancé}.

{t7|M. Combes} a par ailleurs été {k7|critiqué} par {s7|plusieurs députés de la majorité} {c7|pour ses « outrances » répétées dans l'hémicycle}.

Le président de l'Assemblée, {s8|Laurent Pichon}, a {k8|appelé} {t8|les deux camps} {c8|à « revenir à la sérénité des débats »}.
""", [
    q(1, "m", "Raphaël Combes", "accusation", tn="gouvernement"),
    q(2, "d", "Raphaël Combes", "statement"),
    q(3, "i", "Raphaël Combes", "criticism", tn="Claire Dumontel"),
    q(4, "i", "Claire Dumontel", "denial"),
    q(5, "m", "Claire Dumontel", "accusation", tn="opposition"),
    q(6, "d", "Claire Dumontel", "statement"),
    q(7, "m", "plusieurs députés de la majorité", "criticism", tn="Raphaël Combes"),
    q(8, "m", "Laurent Pichon", "demand", tn="deux camps"),
]),

article("targets-fr-02", "sp=plain apos=typo", """
Cosmétiques : Brévia attaque Solvane en justice

{s1|Le fabricant de cosmétiques Brévia} a {k1|attaqué en justice} {t1|son concurrent Solvane} {c1|pour contrefaçon et concurrence déloyale}, devant le tribunal de commerce de Lorvan.

{k2|Selon} {s2|l'assignation}, consultée par l'AFP, {c2|le flacon du dernier parfum de Solvane reprend « trait pour trait » celui de Brévia}.

Ce n'est pas la première fois : {t3|Solvane} avait déjà été {k3|accusée} en 2021 par {s3|le groupe suisse Alpenrose} {c3|d'avoir imité l'une de ses crèmes}.

{c4|« Ces accusations sont sans fondement »}, a {k4|réagi} {s4,s5|la direction de Solvane}, qui {k5|menace} {t5|Brévia} {c5|de poursuites pour « procédure abusive »}.

Le président de la Fédération des industries de la beauté, {s6|Yves Tardieu}, a {k6|exhorté} {t6|les deux entreprises} {c6|à « régler leur différend à l'amiable »}.

{s7|Brévia} {k7|réclame} à {t7|Solvane} {c7|12 millions d'euros de dommages et intérêts}.
""", [
    q(1, "i", "Brévia", "accusation", tn="Solvane"),
    q(2, "m", "Brévia", "statement"),
    q(3, "i", "Alpenrose", "accusation", tn="Solvane"),
    q(4, "d", "Solvane", "denial"),
    q(5, "m", "Solvane", "threat", tn="Brévia"),
    q(6, "m", "Yves Tardieu", "demand", tn="deux entreprises"),
    q(7, "i", "Brévia", "demand", tn="Solvane"),
]),

article("targets-fr-03", "sp=nnbsp", """
Basket : l'entraîneur de Lorvan dans le viseur de la ligue

L'entraîneur du Lorvan Basket, {s1|Sébastien Morin}, a vivement {k1|critiqué} {t1|l'arbitre de la rencontre} après la défaite de son équipe face à Merville (71-74) : {c1|« On ne peut pas siffler comme ça un match de ce niveau. »}

Le président de la Ligue nationale de basket amateur, {s2|Michel Royer}, a {k2|condamné} {t2|l'entraîneur lorvanais} dans un communiqué : {c2|« Critiquer l'arbitrage, c'est son droit ; insulter un arbitre, jamais. »} {s3|Il} a également {k3|mis en garde} {t3|les clubs} {c3|contre « toute dérive » dans les prises de parole d'après-match}.

Du côté de Merville, l'entraîneur {s4|Luc Baron} a {k4|félicité} {t4|ses joueurs} {c4|pour leur « sang-froid » dans les dernières minutes}. {s5|Il} a aussi {k5|remercié} {t5|les supporters} {c5|d'avoir rempli la salle « un mardi soir de janvier »}.

Le président du Lorvan Basket, {s6|Patrick Lenoir}, a {k6|demandé} à {t6|la ligue} {c6|de revoir la sanction « à la lumière des images »}.
""", [
    q(1, "d", "Sébastien Morin", "criticism", tn="arbitre de la rencontre"),
    q(2, "d", "Michel Royer", "criticism", tn="Sébastien Morin"),
    q(3, "m", "Michel Royer", "warning", tn="clubs"),
    q(4, "m", "Luc Baron", "praise", tn="ses joueurs"),
    q(5, "m", "Luc Baron", "praise", tn="supporters"),
    q(6, "m", "Patrick Lenoir", "demand", tn="Ligue nationale de basket amateur"),
]),

article("targets-fr-04", "sp=nnbsp", """
Strelsau somme Kessar de retirer ses troupes

{s1|Le gouvernement ruritanien} a {k1|sommé} samedi {t1|la Valdonie} {c1|de retirer « sous 48 heures » les unités déployées près de la frontière}.

{c2|« Toute incursion supplémentaire sera considérée comme un acte hostile »}, a {k2|averti} le Premier ministre ruritanien, {s2|Karel Voss}.

{s3|Kessar} a {k3|menacé} en retour {t3|Strelsau} {c3|de « mesures de rétorsion économiques »}. Le ministre valdonien des Affaires étrangères, {s4,s5|Ilja Marek}, a {k4|dénoncé} {c4|les « accusations fantaisistes » de {t4|Strelsau}}, avant d'{k5|avertir} {t5|la Ruritanie} que {c5|son pays « ne se laisserait pas intimider »}.

{s6|L'Alliance des États riverains} a {k6|exhorté} {t6|Strelsau et Kessar} {c6|à reprendre le dialogue}, tandis que {s7|Paris} {k7|appelait} {t7|les deux pays} {c7|à la « retenue »}.
""", [
    q(1, "m", "gouvernement ruritanien", "demand", tn="Valdonie"),
    q(2, "d", "Karel Voss", "warning"),
    q(3, "m", "Kessar", "threat", tn="Strelsau"),
    q(4, "m", "Ilja Marek", "criticism", tn="Strelsau"),
    q(5, "m", "Ilja Marek", "warning", tn="Ruritanie"),
    q(6, "i", "Alliance des États riverains", "demand", tn="Strelsau et Kessar"),
    q(7, "m", "Paris", "demand", tn="deux pays"),
]),

article("targets-fr-05", "sp=nnbsp apos=typo", """
Clinique des Ormes : les soignants écrivent au préfet

Dans une lettre ouverte, {s1|l'intersyndicale de la clinique des Ormes}, à Brassac, a {k1|demandé} au {t1|préfet du Haut-Valmont} {c1|d'organiser une médiation « dans les plus brefs délais »}.

{c2|« Nous ne pouvons plus garantir la sécurité des patients la nuit »}, a {k2|écrit} {s2|l'intersyndicale} au {a2|préfet}. {s3|Elle} {k3|accuse} {t3|la direction de la clinique} {c3|d'avoir supprimé six postes d'infirmiers de nuit sans concertation}.

Le directeur de l'établissement, {s4|Frédéric Salles}, a {k4|affirmé} au {a4|Courrier de Lorvan} que {c4|les postes avaient été « redéployés » et non supprimés}. {s5|Il} a par ailleurs {k5|remercié} {t5|les équipes} {c5|pour leur « engagement sans faille »}.

La maire de Brassac, {s6|Agnès Royer}, a {k6|exhorté} {t6|les deux parties} {c6|à « renouer le dialogue »}.

{t7|Le directeur} a également été {k7|accusé}, par {s7|plusieurs médecins}, {c7|de « gérer la clinique comme un entrepôt »}. Il n'a pas souhaité répondre à ces critiques.
""", [
    q(1, "m", "intersyndicale de la clinique des Ormes", "demand", tn="préfet du Haut-Valmont"),
    q(2, "d", "intersyndicale de la clinique des Ormes", "statement"),
    q(3, "i", "intersyndicale de la clinique des Ormes", "accusation", tn="clinique des Ormes"),
    q(4, "m", "Frédéric Salles", "statement"),
    q(5, "m", "Frédéric Salles", "praise", tn="équipes"),
    q(6, "m", "Agnès Royer", "demand", tn="deux parties"),
    q(7, "m", "plusieurs médecins", "accusation", tn="Frédéric Salles"),
]),

article("targets-fr-06", "sp=plain apos=typo", """
Énergie : bras de fer entre le régulateur et Voltane

{s1|La Commission de régulation des réseaux} (CRR) a {k1|accusé} jeudi {t1|le fournisseur d'électricité Voltane} {c1|d'avoir facturé à des centaines de milliers de clients des frais de résiliation illégaux}. {k2|Selon} {s2|le rapport de la CRR}, {c2|près de 340 000 contrats seraient concernés}.

Dans un communiqué, {s3,s4|Voltane} a {k3|nié} {c3|avoir enfreint la moindre règle}, et {k4|accusé} à son tour {t4|le régulateur} {c4|de « céder à la pression médiatique »}.

L'{k5|accusation} de {s5|l'association de consommateurs Cartel-Conso} contre {t5|Voltane}, selon laquelle {c5|l'entreprise aurait ignoré trois mises en demeure}, remonte à 2023.

La ministre de l'Énergie, {s6|Aurélie Vautrin}, a {k6|averti} {t6|les fournisseurs} qu'{c6|aucun « abus » ne serait toléré}. {s7|Elle} a en revanche {k7|félicité} {t7|la CRR} {c7|pour la « rigueur » de son enquête}.

{s8|Cartel-Conso} {k8|appelle} {t8|les clients concernés} {c8|à réclamer le remboursement des frais}.
""", [
    q(1, "i", "Commission de régulation des réseaux", "accusation", tn="Voltane"),
    q(2, "i", "Commission de régulation des réseaux", "statement", cls="evidence"),
    q(3, "i", "Voltane", "denial"),
    q(4, "m", "Voltane", "accusation", tn="Commission de régulation des réseaux"),
    q(5, "i", "Cartel-Conso", "accusation", tn="Voltane"),
    q(6, "m", "Aurélie Vautrin", "warning", tn="fournisseurs"),
    q(7, "m", "Aurélie Vautrin", "praise", tn="Commission de régulation des réseaux"),
    q(8, "i", "Cartel-Conso", "demand", tn="clients concernés"),
]),

article("targets-fr-07", "sp=nnbsp apos=typo", """
Rodéos urbains : le maire de Saint-Aubel porte plainte

Le maire de Saint-Aubel, {s1|Philippe Descamps}, a {k1|porté plainte} contre {t1|les organisateurs d'un rodéo urbain} {c1|pour mise en danger de la vie d'autrui}, après une nuit de courses de motos dans le quartier du Moulin.

{c2|« Ces gens-là terrorisent un quartier entier »}, a-t-{s2|il} {k2|dénoncé}. {s3|Il} a également {k3|menacé} {t3|les familles des mineurs impliqués} {c3|de suspendre les aides municipales}.

{s4,s5|L'association Droits des quartiers} a {k4|condamné} {c4|cette « punition collective »} et {k5|demandé} au {t5|maire} {c5|de revenir sur sa décision}.

{s6|Le parquet de Lorvan} a {k6|mis en garde} {t6|les participants} : {c6|« Les véhicules saisis ne seront pas restitués. »}

Le préfet du Haut-Valmont, {s7|Bernard Castaing}, a {k7|salué} {t7|les policiers} {c7|pour leur « intervention rapide » dimanche soir}.
""", [
    q(1, "i", "Philippe Descamps", "accusation", tn="organisateurs d'un rodéo urbain"),
    q(2, "d", "Philippe Descamps", "criticism"),
    q(3, "i", "Philippe Descamps", "threat", tn="familles des mineurs impliqués"),
    q(4, "m", "Droits des quartiers", "criticism"),
    q(5, "i", "Droits des quartiers", "demand", tn="Philippe Descamps"),
    q(6, "d", "parquet de Lorvan", "warning", tn="participants"),
    q(7, "m", "Bernard Castaing", "praise", tn="policiers"),
]),

article("targets-fr-08", "sp=nnbsp apos=typo", """
Voile : Anaïs Kerhervé remporte la Transat des Îles

La navigatrice Anaïs Kerhervé a remporté dimanche la Transat des Îles, après dix-neuf jours de mer en solitaire.

{c1|« Je dédie cette victoire à mon équipe à terre »}, a {k1|déclaré} à {a1|l'AFP} {s1|la navigatrice}, épuisée, quelques minutes après avoir franchi la ligne. {s2|Elle} a {k2|remercié} son préparateur, {t2|Loïc Tanguy}, {c2|« sans qui le bateau n'aurait jamais tenu »}.

La ministre des Sports, {s3|Léa Fournier}, a {k3|félicité} {t3|la navigatrice} {c3|pour une course « d'une maîtrise exceptionnelle »}.

{c4|« Anaïs a montré que l'on pouvait gagner avec un budget modeste »}, a {k4|confié} à {a4|La Vigie de Port-Kerlan} son principal sponsor, {s4|Jean-Marc Ollivier}.

Le deuxième, {s5|Thomas Guével}, a {k5|critiqué} {t5|la direction de course} {c5|pour avoir « changé le parcours à la dernière minute »}. {s6|La direction de course} a {k6|répondu} que {c6|la modification avait été imposée par la météo}.

{s7|Kerhervé} a {k7|appelé} {t7|les organisateurs} {c7|à ouvrir davantage la course aux femmes}.
""", [
    q(1, "d", "Anaïs Kerhervé", "statement"),
    q(2, "d", "Anaïs Kerhervé", "praise", tn="Loïc Tanguy"),
    q(3, "m", "Léa Fournier", "praise", tn="Anaïs Kerhervé"),
    q(4, "d", "Jean-Marc Ollivier", "statement"),
    q(5, "m", "Thomas Guével", "criticism", tn="direction de course"),
    q(6, "i", "direction de course", "statement"),
    q(7, "i", "Anaïs Kerhervé", "demand", tn="organisateurs"),
]),

article("targets-fr-09", "sp=plain", """
Pêche : Paris et Lisbonne se renvoient la responsabilité

{s1|Paris} a {k1|reproché} vendredi à {t1|Lisbonne} {c1|de ne pas respecter les quotas de merlu fixés pour l'année}.

{c2|« Nos pêcheurs font des efforts depuis cinq ans et voient les autres pêcher à leur place »}, a {k2|déclaré} le secrétaire d'État à la Mer, {s2|Antoine Lemarchand}.

{s3,s4|Lisbonne} a {k3|assuré} que {c3|ses navires « respectent scrupuleusement » les règles}, {k4|accusant} {t4|Paris} {c4|de chercher « un bouc émissaire »}.

La présidente du Comité des pêches de l'Atlantique, {s5|Ingrid Solberg}, a {k5|exhorté} {t5|les deux capitales} {c5|à « trouver un terrain d'entente avant l'été »}.

{s6|Le député breton Yann Caradec} a {k6|fustigé} {t6|le gouvernement} {c6|pour sa « passivité » depuis deux ans}. {s7|Il} a {k7|demandé} à {t7|la ministre de la Mer} {c7|de « taper du poing sur la table » à Bruxelles}.
""", [
    q(1, "i", "Paris", "criticism", tn="Lisbonne"),
    q(2, "d", "Antoine Lemarchand", "statement"),
    q(3, "m", "Lisbonne", "statement"),
    q(4, "m", "Lisbonne", "accusation", tn="Paris"),
    q(5, "m", "Ingrid Solberg", "demand", tn="deux capitales"),
    q(6, "m", "Yann Caradec", "criticism", tn="gouvernement"),
    q(7, "m", "Yann Caradec", "demand", tn="ministre de la Mer"),
]),

article("targets-fr-10", "sp=nnbsp apos=typo", """
Prud'hommes : une ancienne réceptionniste poursuit Hôtels Lumière

Une ancienne réceptionniste de la chaîne Hôtels Lumière, {s1|Sarah Meddour}, {k1|poursuit} {t1|son ancien employeur} devant le conseil de prud'hommes de Lorvan {c1|pour harcèlement moral}.

Son avocat, {s2|Me Bastien Lheureux}, {k2|accuse} {t2|la direction régionale} {c2|d'avoir « fermé les yeux » sur les agissements d'un chef de service}.

Dans un communiqué, {s3|le groupe} {k3|affirme} que {c3|ce chef de service a été licencié « dès que les faits ont été connus »}.

{s4|L'association Stop Harcèlement Travail} a {k4|salué} {t4|Sarah Meddour} {c4|pour son « courage »}. {s5|Elle} a {k5|appelé} {t5|les autres victimes éventuelles} {c5|à se faire connaître}.

{c6|« Je veux que plus aucune jeune femme ne vive ce que j'ai vécu »}, a {k6|confié} {s6|Mme Meddour} à {a6|l'AFP}.

Le chef de service mis en cause n'a pas répondu aux sollicitations de l'AFP.
""", [
    q(1, "i", "Sarah Meddour", "accusation", tn="Hôtels Lumière"),
    q(2, "m", "Bastien Lheureux", "accusation", tn="Hôtels Lumière"),
    q(3, "m", "Hôtels Lumière", "statement"),
    q(4, "m", "Stop Harcèlement Travail", "praise", tn="Sarah Meddour"),
    q(5, "i", "Stop Harcèlement Travail", "demand", tn="autres victimes éventuelles"),
    q(6, "d", "Sarah Meddour", "statement"),
]),

]
