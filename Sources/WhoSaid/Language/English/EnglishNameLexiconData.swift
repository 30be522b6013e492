/// The English word lists of ``NameLexicon`` (lower case, separated by spaces).
enum EnglishNameLexiconData {
  /// The last words of laws, treaties, plans and events (`the Jenna Morrow Act`).
  static let lawHeads = """
    act acts bill law amendment treaty accord accords agreement convention protocol directive charter
    code doctrine plan strategy programme program prize award awards cup games championship
    championships tournament festival marathon day week summit conference olympics
    """

  /// The last words of places' names (`Haldane County`, `Carrick Bay`).
  static let placeHeads = """
    county counties township province state city town village district region street road avenue
    boulevard lane river lake valley island islands mountain mountains hill hills bay beach coast
    airport bridge square park forest canyon peninsula strait sea ocean gulf harbour harbor heights
    """

  /// The first words of places' names (`New York`, `San Diego`).
  static let placeLeads = """
    new san santa los las fort port mount saint sault
    """

  /// Capitalized words that make a name an organisation's (`Northlight Robotics`, `First Nation`).
  static let organizationWords = """
    inc incorporated corp co ltd llc plc llp gmbh ag sa nv group holdings industries motors airlines
    airways systems technologies technology tech robotics labs laboratories pharmaceuticals pharma
    foods energy electric dynamics mills partners capital ventures media news times post press journal
    herald tribune gazette telegraph chronicle radio television tv network networks fc trust nation
    nations tribe band police service services institute centre center society fund commission cooperative
    co-op collective consortium syndicate guild league federation confederation hotel hotels lounge
    restaurant cafe studio studios records pictures entertainment productions museum gallery theatre
    theater library academy clinic pharmacy stores shop mall resort casino cinema magazine university
    """

  /// Documents and texts that say what their issuer says.
  static let issuedTexts = """
    statement statements report reports study survey poll document documents letter memo communique
    communiqué release declaration resolution indictment complaint lawsuit filing filings ruling verdict
    post tweet minutes website site estimate estimates figures data submission testimony petition
    affidavit notice guidance forecast announcement
    """

  /// Honorifics: they name no role.
  static let honorifics = "mr mrs ms miss mx messrs mme mlle madam sir"

  /// US states, their postal codes and their news abbreviations (`Mass`, `Calif`, `Minn`).
  static let usStates = """
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
    idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania texas
    utah vermont virginia washington wisconsin wyoming
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
    nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr
    ala ariz ark calif colo conn del fla ill ind kan kans mass mich minn miss mont neb nebr nev okla
    ore penn tenn tex wash wis wisc wyo
    ont que alta sask man nfld lab yuk
    """

  /// Words that make a name a company's.
  static let companyWords = """
    inc incorporated corp corporation co ltd llc plc llp gmbh ag sa nv group holdings industries motors
    airlines airways systems technologies technology tech robotics labs laboratories pharmaceuticals
    pharma foods energy electric dynamics mills partners capital ventures company
    """

  /// Heads of a description that may stand for any company (`the company`, `the insurer`).
  static let companyHeads = """
    company firm business group corporation maker manufacturer carrier airline insurer retailer lender
    operator developer producer supplier chain brand startup conglomerate giant
    """

  /// More heads that may stand for a body named without such a noun (`the club` for `Kelso Rovers`).
  static let bodyHeads = "club team charity organisation organization trust"
}
