/// Lexicons for recognising French speaker mentions, in the formats of ``EnglishNameData``
/// (whose first-name lists the profile reuses).
/// `…FirstNames`: whitespace-separated given names.
/// `titles`: `Title|gender|kind` lines (gender `m`, `f` or `-`).
/// `speakerNouns`: `noun|kind|number` lines (kind `organization`, `person` or `group`).
/// Lines starting with `#` are comments.
package enum FrenchNameData {
    package static let maleFirstNames = """
    Jean Pierre Michel André Philippe Jacques Bernard Alain François Nicolas Emmanuel Édouard Edouard
    Jean-Pierre Jean-Luc Jean-Marc Jean-Claude Jean-Michel Jean-Paul Jean-Yves Jean-Louis Jean-François
    Louis Marc Luc Olivier Laurent Christophe Stéphane Sébastien Julien Mathieu Matthieu Antoine Thierry
    Éric Eric Gérard Gilles Patrick Didier Dominique Benoît Benoit Xavier Yves Hervé Henri Guillaume
    Rémi Rémy Arnaud Vincent Bruno Pascal Fabien Fabrice Frédéric Cédric Damien Jérôme Jérémie Hugo Lucas
    Théo Maxime Baptiste Bastien Quentin Romain Raphaël Gabriel Léo Arthur Paul Marcel Roger René Raymond
    Georges Lionel Ségolène Manuel Gaston Hubert Armand Valéry Jacques-Henri Régis Xavier Marius
    """

    package static let femaleFirstNames = """
    Marie Anne Catherine Nathalie Isabelle Sylvie Martine Christine Françoise Monique Nicole Valérie
    Sandrine Véronique Sophie Céline Hélène Agnès Brigitte Chantal Claire Élisabeth Elisabeth Élise
    Marine Ségolène Simone Rachida Najat Christiane Aurélie Émilie Emilie Camille Léa Manon Chloé Inès
    Juliette Mathilde Margaux Pauline Amélie Delphine Laurence Florence Virginie Stéphanie Caroline
    Patricia Danielle Josiane Odile Geneviève Jacqueline Ginette Madeleine Lucie Élodie Anaïs Clémence
    Marie-Claude Marie-France Marie-Hélène Anne-Marie Anne-Sophie Marie-Christine Yvonne Annick Agathe
    Aude Bérénice Solène Gaëlle Mireille Éliane Colette Muriel Nadine Roselyne Édith Edith
    """

    package static let titles = """
    # Civilités
    M.|m|person
    MM.|m|person
    Mme|f|person
    Mme.|f|person
    Mmes|f|person
    Mlle|f|person
    Mlle.|f|person
    Monsieur|m|person
    Madame|f|person
    Mademoiselle|f|person
    Me|-|person
    Dr|-|person
    Dr.|-|person
    Pr|-|person
    # Fonctions
    président|m|person
    présidente|f|person
    Président|m|person
    Présidente|f|person
    vice-président|m|person
    vice-présidente|f|person
    ministre|-|person
    Premier|-|person
    premier|-|person
    maire|-|person
    préfet|m|person
    préfète|f|person
    député|m|person
    députée|f|person
    sénateur|m|person
    sénatrice|f|person
    secrétaire|-|person
    ambassadeur|m|person
    ambassadrice|f|person
    général|m|person
    directeur|m|person
    directrice|f|person
    procureur|-|person
    juge|-|person
    porte-parole|-|person
    pape|m|person
    roi|m|person
    reine|f|person
    chancelier|m|person
    chancelière|f|person
    commissaire|-|person
    gouverneur|-|person
    """

    package static let speakerNouns = """
    # Personnes
    porte-parole|person|s
    avocat|person|s
    avocate|person|s
    expert|person|s
    experte|person|s
    responsable|person|s
    dirigeant|person|s
    dirigeante|person|s
    témoin|person|s
    habitant|person|s
    habitante|person|s
    déléguée|person|s
    délégué|person|s
    représentant|person|s
    représentante|person|s
    chercheur|person|s
    chercheuse|person|s
    économiste|person|s
    analyste|person|s
    fondatrice|person|s
    fondateur|person|s
    patron|person|s
    patronne|person|s
    agriculteur|person|s
    agricultrice|person|s
    militant|person|s
    militante|person|s
    élu|person|s
    élue|person|s
    # Groupes
    experts|group|p
    responsables|group|p
    dirigeants|group|p
    témoins|group|p
    habitants|group|p
    analystes|group|p
    chercheurs|group|p
    autorités|group|p
    manifestants|group|p
    syndicats|group|p
    élus|group|p
    enquêteurs|group|p
    médecins|group|p
    salariés|group|p
    militants|group|p
    rebelles|group|p
    observateurs|group|p
    critiques|group|p
    sources|group|p
    # Organisations
    gouvernement|organization|s
    ministère|organization|s
    préfecture|organization|s
    mairie|organization|s
    police|organization|s
    gendarmerie|organization|s
    parquet|organization|s
    tribunal|organization|s
    syndicat|organization|s
    entreprise|organization|s
    société|organization|s
    groupe|organization|s
    parti|organization|s
    agence|organization|s
    association|organization|s
    commission|organization|s
    office|organization|s
    Office|organization|s
    conseil|organization|s
    armée|organization|s
    banque|organization|s
    institut|organization|s
    fédération|organization|s
    Élysée|organization|s
    Matignon|organization|s
    """
}
