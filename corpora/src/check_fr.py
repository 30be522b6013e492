"""check-fr.jsonl: a second, smaller set of invented French news articles (see build_gold.py),
written by the French profile's engineer before the French rules of issue 22, as a check that
they generalise beyond news-fr.jsonl: the same speaker shapes with other words, names and verbs.
Conventions as in news-fr.jsonl (corpora/README.md). Every person, company and body is invented.
Negatives (not annotated): the headline, a quoted book title, a nickname, a `Lire aussi` line,
negated cues (`n'a pas souhaité commenter`, `n'a pas voulu confirmer`), `Interrogé par …` with no
statement, `a déclaré forfait`, a plain noun-phrase object (`a annoncé un plan`).
"""
from build_gold import article, q

ARTICLES = [

article("check-fr-01", "sp=nnbsp apos=typo", """
Hôpital de Sarlange : les urgences fermeront la nuit tout l'été

La directrice du centre hospitalier de Sarlange, {s1|Odile Ferrand}, a {k1|confirmé} lundi que {c1|le service des urgences fermerait chaque nuit de 20 heures à 8 heures en juillet et en août}.

{c2|« Nous n'avons plus assez de médecins pour tenir les gardes »}, a {k2|expliqué} la directrice de l'agence régionale de santé, {s2|Nadia Brossard}, lors d'une conférence de presse.

{s3|L'Agence régionale de santé} (ARS) a par ailleurs {k3|précisé} que {c3|les patients seraient orientés vers l'hôpital de Vendres, à quarante kilomètres}.

{c4|« C'est une décision de bon sens, {k4|estime}-t-{s4|elle}, même si personne ne s'en réjouit. »}

Très remonté, le maire de Sarlange, {s5,s6|Thierry Vasseur}, a {k5|dénoncé} {c5|un « abandon pur et simple »} et {k6|réclamé} {c6|la réouverture des lits fermés l'an dernier}.

{c7|« Quarante kilomètres la nuit, sur ces routes, c'est trop »}, a {k7|ajouté} {s7|l'élu}, qui dirige la commune depuis 2014.

Interrogé par La Dépêche de Sarlange, le ministère de la Santé n'a pas souhaité commenter.
""", [
    q(1, "i", "Odile Ferrand", "statement"),
    q(2, "d", "Nadia Brossard", "statement"),
    q(3, "i", "Agence régionale de santé", "statement"),
    q(4, "d", "Nadia Brossard", "belief", cls="belief"),
    q(5, "m", "Thierry Vasseur", "criticism"),
    q(6, "i", "Thierry Vasseur", "demand"),
    q(7, "d", "Thierry Vasseur", "statement"),
]),

article("check-fr-02", "sp=plain", """
Le procès de l'ancien trésorier du club de rugby de Vendres s'est ouvert mardi devant le tribunal correctionnel.

{c1|« Je n'ai jamais pris un euro pour moi »}, a {k1|assuré} à la barre {s1|Julien Aubert}, poursuivi pour abus de confiance.

Le procureur de la République, {s2|Hervé Dumas}, a {k2|estimé} au contraire que {c2|les comptes du club avaient été « vidés méthodiquement » pendant cinq ans}.

L'avocate de la défense, {s3,s4|Me Claire Vidal}, a {k3|plaidé} {c3|pour la relaxe}, {k4|soulignant} que {c4|son client avait lui-même alerté la fédération}.

{s5|M. Aubert}, qui {k5|affirme} {c5|avoir remboursé l'essentiel des sommes}, encourt trois ans d'emprisonnement.

{c6|Le jugement sera rendu le 4 juillet}, a-t-on {k6|appris} de {s6|source judiciaire}.

Lire aussi : « J'ai tout perdu », raconte un ancien joueur du club
""", [
    q(1, "d", "Julien Aubert", "denial"),
    q(2, "m", "Hervé Dumas", "belief", cls="belief"),
    q(3, "i", "Claire Vidal", "demand"),
    q(4, "i", "Claire Vidal", "statement"),
    q(5, "i", "Julien Aubert", "statement"),
    q(6, "i", "source judiciaire", "statement"),
]),

article("check-fr-03", "sp=nbsp apos=typo", """
Le port de Kerlouan paralysé par les dockers

Sur les quais, les grues sont à l'arrêt depuis lundi matin.

{c1|— On ne lâchera rien, {k1|prévient} {s1|Loïc Tanguy}, délégué des dockers. Ni cette semaine ni la suivante.}

{c2|— Les armateurs nous prennent pour des pions, {k2|ajoute}-t-{s2|il}. Ils verront bien.}

Un peu plus loin, Morgane Le Floch, grutière depuis douze ans, range ses gants.

{c3|— Moi, je veux juste savoir si j'aurai encore un poste en septembre.}

Mercredi, la direction du port a reçu les représentants syndicaux.

{c4|— Ces horaires ne sont pas négociables}, a {k4|déclaré} le directeur du port, {s4|Bertrand Kerjean}.

{c5|— Alors le port restera fermé}, a {k5|rétorqué} {s5|M. Tanguy}.

{c6|— Vous prenez une lourde responsabilité, monsieur Tanguy.}

{c7|« Chaque jour de blocage coûte près de deux millions d'euros, a {k7|indiqué} jeudi {s7|l'Union des armateurs de l'Ouest} dans un communiqué, et les navires partent déjà vers d'autres ports. »}
""", [
    q(1, "d", "Loïc Tanguy", "warning"),
    q(2, "d", "Loïc Tanguy", "statement"),
    q(3, "d", "Morgane Le Floch", "statement"),
    q(4, "d", "Bertrand Kerjean", "statement"),
    q(5, "d", "Loïc Tanguy", "statement"),
    q(6, "d", "Bertrand Kerjean", "statement"),
    q(7, "d", "Union des armateurs de l'Ouest", "statement"),
]),

article("check-fr-04", "sp=plain", """
{c1|Le groupe agroalimentaire Norvel va fermer son usine de Lamballe, qui emploie 240 salariés}, a {k1|annoncé} jeudi {s1|la direction}.

{k2|Selon} {s2|la direction de Norvel}, {c2|la baisse des commandes de la grande distribution rend le site « structurellement déficitaire »}.

{c3|« C'est un coup de massue »}, a {k3|réagi} le secrétaire du comité social et économique, {s3,s4|Patrick Le Gall}, qui a {k4|ajouté} que {c4|les salariés n'avaient « rien vu venir »}.

{c5|« Nous proposerons un reclassement à chacun »}, {k5|assure}-t-on à {s5|la direction du groupe}, à Rennes.

{k6|À en croire} {s6|plusieurs élus locaux}, {c6|un repreneur se serait manifesté dès le mois de mars}.

La direction n'a pas voulu confirmer cette information.

Le préfet des Côtes-d'Armor, {s7|Laurent Michaud}, a {k7|appelé} {t7|les deux parties} {c7|à « ouvrir sans tarder » des négociations}.
""", [
    q(1, "i", "Norvel", "statement"),
    q(2, "m", "Norvel", "statement"),
    q(3, "d", "Patrick Le Gall", "statement"),
    q(4, "m", "Patrick Le Gall", "statement"),
    q(5, "d", "Norvel", "promise"),
    q(6, "i", "plusieurs élus locaux", "statement"),
    q(7, "m", "Laurent Michaud", "demand", tn="deux parties"),
]),

article("check-fr-05", "sp=nnbsp apos=typo", """
Le ministre de l'Agriculture, {s1|Rémi Castel}, a annoncé mardi un plan d'aide de 200 millions d'euros pour les éleveurs touchés par la sécheresse, {k1|assurant} que {c1|les premiers versements interviendraient « avant la fin du mois »}.

{c2|« Personne ne sera laissé sur le bord de la route »}, a-t-{s2|il} {k2|déclaré} devant la presse.

{k3|Selon} {s3|les chiffres publiés lundi par l'Institut national de la statistique agricole} (INSA), {c3|un élevage sur dix a perdu plus d'un tiers de son fourrage}.

{s4,s5|La Fédération nationale des éleveurs} (FNE) a {k4|salué} {c4|un « premier pas »} mais {k5|jugé} {c5|l'enveloppe insuffisante}.

{c6|« Il faudrait le double pour sauver les exploitations les plus fragiles »}, {k6|explique} {s6|Sylvie Marchal}, éleveuse dans le Cantal et vice-présidente de la FNE.

{c7|« Nous regarderons chaque dossier, a {k7|promis} {s7|M. Castel}, et nous irons plus loin si c'est nécessaire. »}

Et de {k8|conclure} : {c8|« L'État sera au rendez-vous. »}
""", [
    q(1, "m", "Rémi Castel", "promise"),
    q(2, "d", "Rémi Castel", "promise"),
    q(3, "i", "Institut national de la statistique agricole", "statement", cls="evidence"),
    q(4, "m", "Fédération nationale des éleveurs", "praise"),
    q(5, "i", "Fédération nationale des éleveurs", "belief", cls="belief"),
    q(6, "d", "Sylvie Marchal", "statement"),
    q(7, "d", "Rémi Castel", "promise"),
    q(8, "d", "Rémi Castel", "statement"),
]),

article("check-fr-06", "sp=plain apos=typo", """
Ligue 2 : Vendres limoge son entraîneur

Le club de Vendres s'est séparé dimanche de son entraîneur, Fabrice Morin, surnommé « le Sorcier » par ses supporters, après une cinquième défaite consécutive.

{c1|« Nous avions besoin d'un électrochoc »}, a {k1|justifié} le président du club, {s1|Alain Brunet}.

{c2|« Je ne regrette rien, {k2|confie}-t-{s2|il}, mais les résultats ne suivaient plus. »}

Plus amer, {s3|l'ancien entraîneur} a {k3|regretté} {c3|de ne pas avoir eu « le temps de construire »}.

{c4|Plusieurs joueurs avaient contesté ses méthodes depuis l'automne}, {k4|selon} {s4|un proche du vestiaire}.

Le gardien Maxime Rolland, blessé, avait déclaré forfait pour la rencontre.

Morin a publié en 2019 un livre de souvenirs, « Le Banc de touche », qui s'est bien vendu dans la région.
""", [
    q(1, "d", "Alain Brunet", "statement"),
    q(2, "d", "Alain Brunet", "statement"),
    q(3, "m", "Fabrice Morin", "criticism"),
    q(4, "i", "proche du vestiaire", "statement"),
]),

article("check-fr-07", "sp=nnbsp", """
{c1|La préfecture du Morbihan a placé le département en vigilance orange pour des crues}, a {k1|indiqué} mercredi soir {s1|Météo-Ouest}.

{c2|« Les cours d'eau vont continuer à monter jusqu'à vendredi »}, {k2|précise}-t-on à {s2|la préfecture}.

Le maire de Pontivy, {s3,s4|Éric Le Moal}, {k3|affirme} quant à lui que {c3|les digues « tiendront »}, tout en {k4|appelant} {t4|les habitants} {c4|à la prudence}.

{c5|Trois routes départementales sont déjà coupées}, a {k5|fait savoir} {s5|le conseil départemental}.

{k6|D'après} {s6|Météo-Ouest}, {c6|le pic de la crue est attendu dans la nuit de jeudi à vendredi}.
""", [
    q(1, "i", "Météo-Ouest", "statement"),
    q(2, "d", "préfecture du Morbihan", "statement"),
    q(3, "m", "Éric Le Moal", "statement"),
    q(4, "i", "Éric Le Moal", "demand", tn="habitants"),
    q(5, "i", "conseil départemental", "statement"),
    q(6, "i", "Météo-Ouest", "statement"),
]),

article("check-fr-08", "sp=plain", """
{c1|« Nous sommes prêts »}, a {k1|dit} {s1|Lucie Garnier}.
""", [
    q(1, "d", "Lucie Garnier", "statement"),
]),

article("check-fr-09", "sp=plain apos=typo", """
Grève des enseignants : la mobilisation reste forte

{c1|Près de 40 % des professeurs des écoles étaient en grève jeudi}, {k1|selon} {s1|les syndicats}. Le ministère de l'Éducation nationale n'a pas publié de chiffre.

{c2|« Le dialogue reste ouvert »}, a {k2|assuré} le ministre de l'Éducation nationale, {s2|Olivier Maréchal}, lors d'un déplacement à Lyon.

La porte-parole du syndicat Sud Éducation, {s3,s4|Amélie Rousseau}, a {k3|dénoncé} {c3|une réforme « écrite sans les enseignants »} et {k4|accusé} {t4|le ministre} {c4|de « passer en force »}.

{s5|Le ministère} a de son côté {k5|fait valoir} que {c5|la réforme avait été discutée « pendant six mois »}.

{c6|« Six mois de réunions où rien n'a bougé »}, {k6|ironise} {s6|Mme Rousseau}.

Interrogé par France Info, le Premier ministre n'a pas répondu.
""", [
    q(1, "i", "syndicats", "statement"),
    q(2, "d", "Olivier Maréchal", "statement"),
    q(3, "m", "Amélie Rousseau", "criticism"),
    q(4, "m", "Amélie Rousseau", "accusation", tn="Olivier Maréchal"),
    q(5, "m", "ministère de l'Éducation nationale", "statement"),
    q(6, "d", "Amélie Rousseau", "criticism"),
]),

]
