/// The French word lists of ``NameLexicon`` (lower case, space-separated).
enum FrenchNameLexiconData {
  /// The heads that may stand for a body whose name has no such noun (`le groupe` for `Hôtels
  /// Lumière`, named after `la chaîne`).
  static let bodyHeads = """
    groupe société entreprise firme compagnie enseigne chaîne constructeur équipementier club fabricant \
    laboratoire assureur opérateur distributeur transporteur
    """
}
