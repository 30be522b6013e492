/// The word lists of ``NameLexicon`` that every language shares (lower case; one phrase a line); each
/// language's own lists are in its folder (`Language/English/EnglishNameLexiconData.swift`).
enum NameLexiconData {
  /// Agencies and caption labels that open a photo credit or a caption glued to the text.
  static let credits = """
    getty images
    getty
    ap photo
    ap
    afp
    epa
    epa-efe
    reuters
    shutterstock
    alamy
    pa media
    pa wire
    pa
    the canadian press
    canadian press
    the associated press
    associated press
    press association
    image source
    image caption
    image copyright
    media caption
    photo
    file photo
    handout
    anadolu agency
    xinhua
    zuma press
    sipa usa
    nurphoto
    wireimage
    bloomberg
    """
}
