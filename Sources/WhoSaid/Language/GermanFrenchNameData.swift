/// Lexicons for recognising German-language speaker mentions (the French ones are in
/// Language/French/FrenchNameData.swift), in the
/// formats of ``EnglishNameData`` (whose first-name lists the profile reuses).
/// `…FirstNames`: whitespace-separated given names.
/// `…Titles`: `Title|gender|kind` lines (gender `m`, `f` or `-`).
/// `…SpeakerNouns`: `noun|kind|number` lines (kind `organization`, `person` or `group`).
/// Lines starting with `#` are comments.
package enum GermanFrenchNameData {
    package static let germanMaleFirstNames = """
    Jürgen Günter Günther Hans Heinz Horst Helmut Helmuth Dieter Klaus Wolfgang Werner Gerhard Karl
    Manfred Uwe Rainer Bernd Jörg Joachim Dirk Torsten Thorsten Sven Jens Lars Kai Uli Ulrich Rolf
    Reinhard Holger Volker Norbert Sigmar Olaf Friedrich Franz Josef Heiko Hubertus Cem Winfried
    Guido Frank-Walter Markus Matthias Lothar Gregor Armin Wilfried Detlef Detlev Hartmut Siegfried
    Ottmar Otto Fritz Heinrich Wilhelm Gustav Ludwig Kurt Erich Egon Bodo Gunnar Björn Maximilian
    Lukas Jonas Leon Felix Tobias Florian Sebastian Moritz Niklas Jan Timo Till Malte Hendrik Henning
    Christoph Christian Stefan Steffen Steffan Ralf Ralph Andreas Alexander Thomas Michael Peter
    Johannes Philipp Wolf Ernst Hermann Theo Rudolf Gerd Gert Achim Ingo Knut Hannes Konstantin
    Nikolaus Gottfried Bernhard Eberhard Burkhard Hans-Dietrich Hans-Peter Hans-Jürgen Karl-Heinz
    Karl-Theodor Ole Arne Nils Mats Jochen Heribert Erwin Alois Rüdiger Edmund
    """

    package static let germanFemaleFirstNames = """
    Angela Ursula Annegret Andrea Annalena Renate Ulla Ute Heike Sabine Petra Birgit Claudia Katrin
    Kathrin Karin Christa Christiane Brigitte Gisela Ingrid Inge Elke Anke Silke Susanne Manuela
    Katja Julia Anja Sahra Saskia Nancy Franziska Svenja Kerstin Gesine Malu Hannelore Doris Erika
    Helga Hildegard Gertrud Monika Marlies Marianne Roswitha Waltraud Dagmar Jutta Carola Beate
    Simone Stefanie Steffi Tanja Nicole Daniela Melanie Anna Lena Leonie Hannah Sophie Sophia Marie
    Johanna Luisa Lea Mia Emma Clara Klara Lisa Nina Miriam Judith Ricarda Ilse Gerda Lieselotte
    Liselotte Margot Annette Dorothee Cornelia Barbara Friederike Henrike Wiebke Maike Meike Marina
    Heidi Ulrike Gabriele Britta Jana Janina Carmen Verena Bettina Sigrid Irmgard
    """

    package static let germanTitles = """
    # Anreden und Grade
    Herr|m|person
    Herrn|m|person
    Frau|f|person
    Dr.|-|person
    Prof.|-|person
    Dipl.|-|person
    # Ämter
    Bundeskanzler|m|person
    Bundeskanzlerin|f|person
    Kanzler|m|person
    Kanzlerin|f|person
    Bundespräsident|m|person
    Bundespräsidentin|f|person
    Präsident|m|person
    Präsidentin|f|person
    Vizepräsident|m|person
    Vizepräsidentin|f|person
    Ministerpräsident|m|person
    Ministerpräsidentin|f|person
    Regierungschef|m|person
    Regierungschefin|f|person
    Minister|m|person
    Ministerin|f|person
    Bundesminister|m|person
    Bundesministerin|f|person
    Außenminister|m|person
    Außenministerin|f|person
    Innenminister|m|person
    Innenministerin|f|person
    Finanzminister|m|person
    Finanzministerin|f|person
    Verteidigungsminister|m|person
    Verteidigungsministerin|f|person
    Justizminister|m|person
    Justizministerin|f|person
    Gesundheitsminister|m|person
    Gesundheitsministerin|f|person
    Wirtschaftsminister|m|person
    Wirtschaftsministerin|f|person
    Umweltminister|m|person
    Umweltministerin|f|person
    Staatssekretär|m|person
    Staatssekretärin|f|person
    Bürgermeister|m|person
    Bürgermeisterin|f|person
    Oberbürgermeister|m|person
    Oberbürgermeisterin|f|person
    Regierungssprecher|m|person
    Regierungssprecherin|f|person
    Polizeisprecher|m|person
    Polizeisprecherin|f|person
    Parteichef|m|person
    Parteichefin|f|person
    Fraktionschef|m|person
    Fraktionschefin|f|person
    Vorsitzende|-|person
    Vorsitzender|m|person
    Parteivorsitzende|-|person
    Parteivorsitzender|m|person
    Botschafter|m|person
    Botschafterin|f|person
    Abgeordnete|-|person
    Abgeordneter|m|person
    Senator|m|person
    Senatorin|f|person
    Gouverneur|m|person
    Gouverneurin|f|person
    Generalsekretär|m|person
    Generalsekretärin|f|person
    Staatsanwalt|m|person
    Staatsanwältin|f|person
    Oberstaatsanwalt|m|person
    Oberstaatsanwältin|f|person
    Richter|m|person
    Richterin|f|person
    Trainer|m|person
    Trainerin|f|person
    Bundestrainer|m|person
    Firmenchef|m|person
    Firmenchefin|f|person
    Konzernchef|m|person
    Konzernchefin|f|person
    Vorstandschef|m|person
    Vorstandschefin|f|person
    Betriebsratschef|m|person
    Betriebsratschefin|f|person
    Geschäftsführer|m|person
    Geschäftsführerin|f|person
    Direktor|m|person
    Direktorin|f|person
    Museumsdirektor|m|person
    Museumsdirektorin|f|person
    General|m|person
    Papst|m|person
    König|m|person
    Königin|f|person
    Prinz|m|person
    Prinzessin|f|person
    Pfarrer|m|person
    Bischof|m|person
    Kardinal|m|person
    Landrat|m|person
    Landrätin|f|person
    Oppositionsführer|m|person
    Oppositionsführerin|f|person
    Oppositionspolitiker|m|person
    Oppositionspolitikerin|f|person
    Premierminister|m|person
    Premierministerin|f|person
    Premier|m|person
    Staatschef|m|person
    Staatschefin|f|person
    Staatspräsident|m|person
    Staatspräsidentin|f|person
    US-Präsident|m|person
    Chef|m|person
    Chefin|f|person
    """

    package static let germanSpeakerNouns = """
    # Personen
    Sprecher|person|s
    Sprecherin|person|s
    Sprecherinnen|person|p
    Experte|person|s
    Expertin|person|s
    Anwalt|person|s
    Anwältin|person|s
    Verteidiger|person|s
    Verteidigerin|person|s
    Augenzeuge|person|s
    Augenzeugin|person|s
    Zeuge|person|s
    Zeugin|person|s
    Politiker|person|s
    Politikerin|person|s
    Vertreter|person|s
    Vertreterin|person|s
    Chef|person|s
    Leiter|person|s
    Leiterin|person|s
    Mitarbeiter|person|s
    Mitarbeiterin|person|s
    Beamter|person|s
    Beamtin|person|s
    Ökonom|person|s
    Ökonomin|person|s
    Wissenschaftler|person|s
    Wissenschaftlerin|person|s
    Forscher|person|s
    Forscherin|person|s
    Sprecher|person|s
    Autor|person|s
    Autorin|person|s
    Schauspieler|person|s
    Schauspielerin|person|s
    Bewohner|person|s
    Bewohnerin|person|s
    Mann|person|s
    Frau|person|s
    Kollege|person|s
    Kollegin|person|s
    Arzt|person|s
    Ärztin|person|s
    Nachfolger|person|s
    Nachfolgerin|person|s
    Vorgänger|person|s
    Vorgängerin|person|s
    Korrespondent|person|s
    Korrespondentin|person|s
    Reporter|person|s
    Reporterin|person|s
    Journalist|person|s
    Journalistin|person|s
    Redakteur|person|s
    Redakteurin|person|s
    Sekretär|person|s
    Sekretärin|person|s
    Berater|person|s
    Beraterin|person|s
    Kandidat|person|s
    Kandidatin|person|s
    Gründer|person|s
    Gründerin|person|s
    Moderator|person|s
    Moderatorin|person|s
    Funktionär|person|s
    Funktionärin|person|s
    Mitglied|person|s
    Anführer|person|s
    Anführerin|person|s
    Organisator|person|s
    Organisatorin|person|s
    # Gruppen
    Experten|group|p
    Kritiker|group|p
    Analysten|group|p
    Beobachter|group|p
    Ermittler|group|p
    Behörden|group|p
    Politiker|group|p
    Anwohner|group|p
    Augenzeugen|group|p
    Zeugen|group|p
    Demonstranten|group|p
    Aktivisten|group|p
    Umweltschützer|group|p
    Gewerkschafter|group|p
    Wissenschaftler|group|p
    Forscher|group|p
    Ärzte|group|p
    Rebellen|group|p
    Vertreter|group|p
    Diplomaten|group|p
    Abgeordneten|group|p
    Richter|group|p
    Ökonomen|group|p
    Medien|group|p
    Medienberichte|group|p
    Berichte|group|p
    Gegner|group|p
    Befürworter|group|p
    Mitarbeiter|group|p
    Anwälte|group|p
    Bewohner|group|p
    Fans|group|p
    Teilnehmer|group|p
    Veranstalter|group|p
    Grünen|group|p
    # Organisationen
    Regierung|organization|s
    Bundesregierung|organization|s
    Landesregierung|organization|s
    Ministerium|organization|s
    Bundesministerium|organization|s
    Außenministerium|organization|s
    Innenministerium|organization|s
    Verteidigungsministerium|organization|s
    Polizei|organization|s
    Staatsanwaltschaft|organization|s
    Gericht|organization|s
    Bundesverfassungsgericht|organization|s
    Landgericht|organization|s
    Amtsgericht|organization|s
    Behörde|organization|s
    Bundesamt|organization|s
    Verband|organization|s
    Gewerkschaft|organization|s
    Partei|organization|s
    Fraktion|organization|s
    Unternehmen|organization|s
    Konzern|organization|s
    Firma|organization|s
    Bank|organization|s
    Zentralbank|organization|s
    Bundesbank|organization|s
    Stiftung|organization|s
    Organisation|organization|s
    Agentur|organization|s
    Nachrichtenagentur|organization|s
    Kommission|organization|s
    Rat|organization|s
    Stadtrat|organization|s
    Verwaltung|organization|s
    Stadtverwaltung|organization|s
    Armee|organization|s
    Bundeswehr|organization|s
    Militär|organization|s
    Feuerwehr|organization|s
    Opposition|organization|s
    Koalition|organization|s
    Initiative|organization|s
    Steuerzahlerinitiative|organization|s
    Verein|organization|s
    Institut|organization|s
    Zeitung|organization|s
    Sender|organization|s
    Magazin|organization|s
    Blatt|organization|s
    Portal|organization|s
    Rundfunk|organization|s
    Bahnbetreiber|organization|s
    Betreiber|organization|s
    Veranstalter|organization|s
    Bundestag|organization|s
    Parlament|organization|s
    Senat|organization|s
    Kreml|organization|s
    Weißes|organization|s
    """
}
