/// More German titles and speaker nouns of news reports (issue 22), added to the lists of
/// `GermanFrenchNameData`: officials and roles (`Datenschutzbeauftragte`, `Vorständin`,
/// `Kapitän`), people quoted as witnesses or affected (`Hebamme`, `Rentner`, `Landwirte`), and the
/// bodies and media that speak (`Vereinigung`, `Tageszeitung`, `Nachrichtenmagazin`).
/// Same line formats: titles `word|m/f/-|person`, nouns `word|person/group/organization|s/p`.
package enum GermanSpeakerData {
  package static let titles = """
    # Ämter und Rollen
    Beauftragte|-|person
    Beauftragter|m|person
    Datenschutzbeauftragte|-|person
    Datenschutzbeauftragter|m|person
    Vorständin|f|person
    Vorstandsvorsitzende|-|person
    Vorstandsvorsitzender|m|person
    Aufsichtsratschef|m|person
    Aufsichtsratschefin|f|person
    Verbandschef|m|person
    Verbandschefin|f|person
    Vereinschef|m|person
    Vereinschefin|f|person
    Landeschef|m|person
    Landeschefin|f|person
    Kapitän|m|person
    Kapitänin|f|person
    Bundestrainerin|f|person
    Cheftrainer|m|person
    Cheftrainerin|f|person
    Sportdirektor|m|person
    Sportdirektorin|f|person
    Landesbischof|m|person
    Landesbischöfin|f|person
    Bischöfin|f|person
    Pfarrerin|f|person
    Dekan|m|person
    Dekanin|f|person
    Rektor|m|person
    Rektorin|f|person
    Intendant|m|person
    Intendantin|f|person
    Chefredakteur|m|person
    Chefredakteurin|f|person
    Stadtrat|m|person
    Stadträtin|f|person
    Landtagsabgeordnete|-|person
    Landtagsabgeordneter|m|person
    Bundestagsabgeordnete|-|person
    Bundestagsabgeordneter|m|person
    Ministerpräsidentin|f|person
    Bundesinnenminister|m|person
    Bundesinnenministerin|f|person
    Bundesfinanzminister|m|person
    Bundesfinanzministerin|f|person
    Kultusminister|m|person
    Kultusministerin|f|person
    Sozialminister|m|person
    Sozialministerin|f|person
    Verkehrsminister|m|person
    Verkehrsministerin|f|person
    Landwirtschaftsminister|m|person
    Landwirtschaftsministerin|f|person
    Vorsitzende|-|person
    Generalstaatsanwalt|m|person
    Generalstaatsanwältin|f|person
    """

  package static let nouns = """
    # Personen
    Hebamme|person|s
    Rentner|person|s
    Rentnerin|person|s
    Landwirt|person|s
    Landwirtin|person|s
    Polizist|person|s
    Polizistin|person|s
    Soldat|person|s
    Soldatin|person|s
    Angeklagte|person|s
    Angeklagter|person|s
    Kläger|person|s
    Klägerin|person|s
    Ermittlerin|person|s
    Inhaber|person|s
    Inhaberin|person|s
    Eigentümer|person|s
    Eigentümerin|person|s
    Gutachter|person|s
    Gutachterin|person|s
    Historiker|person|s
    Historikerin|person|s
    Manager|person|s
    Managerin|person|s
    Spieler|person|s
    Spielerin|person|s
    Trainingspartner|person|s
    Trainingspartnerin|person|s
    Kritikerin|person|s
    Analystin|person|s
    Mediziner|person|s
    Medizinerin|person|s
    Bürger|person|s
    Bürgerin|person|s
    Einwohner|person|s
    Einwohnerin|person|s
    Anwohnerin|person|s
    Mutter|person|s
    Vater|person|s
    Geschädigte|person|s
    Geschädigter|person|s
    # Gruppen
    Landwirte|group|p
    Eltern|group|p
    Bürgerinnen|group|p
    Einwohner|group|p
    Polizisten|group|p
    Soldaten|group|p
    Anleger|group|p
    Aktionäre|group|p
    Verbraucherschützer|group|p
    Mediziner|group|p
    Historiker|group|p
    Helfer|group|p
    Beschäftigte|group|p
    Beschäftigten|group|p
    Angehörige|group|p
    Angehörigen|group|p
    Patienten|group|p
    Spieler|group|p
    Fachleute|group|p
    Sachverständige|group|p
    Wahlbeobachter|group|p
    # Organisationen und Medien
    Vereinigung|organization|s
    Bündnis|organization|s
    Netzwerk|organization|s
    Kammer|organization|s
    Zentrale|organization|s
    Klinik|organization|s
    Krankenhaus|organization|s
    Universität|organization|s
    Hochschule|organization|s
    Kirche|organization|s
    Bistum|organization|s
    Rathaus|organization|s
    Amt|organization|s
    Präsidium|organization|s
    Vorstand|organization|s
    Aufsichtsrat|organization|s
    Betriebsrat|organization|s
    Ausschuss|organization|s
    Gremium|organization|s
    Kabinett|organization|s
    Ministerium|organization|s
    Tageszeitung|organization|s
    Wochenzeitung|organization|s
    Sonntagszeitung|organization|s
    Zeitschrift|organization|s
    Wochenzeitschrift|organization|s
    Nachrichtenmagazin|organization|s
    Fernsehsender|organization|s
    Radiosender|organization|s
    Nachrichtensender|organization|s
    Nachrichtenportal|organization|s
    """

  /// Nouns whose quoted apposition is a title, not quoted words (`das Lied „Ode an die Freude“`).
  package static let titleNouns = """
    Titel Motto Name Namen Film Buch Lied Song Album Single Ausstellung Bewegung Projekt Aktion Kampagne
    Programm Sendung Serie Stück Oper Roman Festival Turnier Wettbewerb Parole Slogan Schlagzeile
    Überschrift Schriftzug Aufschrift Logo Marke Spitzname Kunstname Künstlername
    Zeitung Tageszeitung Wochenzeitung Sonntagszeitung Zeitschrift Wochenzeitschrift Magazin Nachrichtenmagazin
    Sender Fernsehsender Radiosender Nachrichtensender Blatt Portal Nachrichtenportal Sendung
    """

  /// Nouns whose words quote nobody (`Ein Sprichwort besagt: „…“`).
  package static let unattributedNouns = """
    Sprichwort Redensart Redewendung Volksmund Volksweisheit Bauernregel Spruch Weisheit Lebensweisheit
    """
}

