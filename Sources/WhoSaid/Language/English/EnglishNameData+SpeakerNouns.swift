/// The English speaker nouns of ``EnglishNameData``: `noun|kind|number` lines for lowercase head
/// nouns (kind `organization`, `person` or `group`; number `s` or `p`); lines starting with `#`
/// are comments.
extension EnglishNameData {
    package static let speakerNouns = """
    # Organizations (singular)
    ministry|organization|s
    department|organization|s
    agency|organization|s
    government|organization|s
    administration|organization|s
    office|organization|s
    committee|organization|s
    subcommittee|organization|s
    council|organization|s
    party|organization|s
    police|organization|p
    army|organization|s
    military|organization|s
    navy|organization|s
    air force|organization|s
    court|organization|s
    tribunal|organization|s
    commission|organization|s
    company|organization|s
    firm|organization|s
    corporation|organization|s
    group|organization|s
    bank|organization|s
    central bank|organization|s
    union|organization|s
    trade union|organization|s
    campaign|organization|s
    embassy|organization|s
    consulate|organization|s
    mission|organization|s
    delegation|organization|s
    cabinet|organization|s
    parliament|organization|s
    congress|organization|s
    senate|organization|s
    assembly|organization|s
    legislature|organization|s
    board|organization|s
    authority|organization|s
    regulator|organization|s
    watchdog|organization|s
    institute|organization|s
    university|organization|s
    college|organization|s
    school|organization|s
    hospital|organization|s
    foundation|organization|s
    charity|organization|s
    organization|organization|s
    organisation|organization|s
    association|organization|s
    federation|organization|s
    alliance|organization|s
    coalition|organization|s
    movement|organization|s
    network|organization|s
    church|organization|s
    federal government|organization|s
    regime|organization|s
    junta|organization|s
    presidency|organization|s
    secretariat|organization|s
    directorate|organization|s
    bureau|organization|s
    service|organization|s
    prosecutor's office|organization|s
    ministry of defense|organization|s
    ministry of defence|organization|s
    foreign ministry|organization|s
    defense ministry|organization|s
    defence ministry|organization|s
    interior ministry|organization|s
    health ministry|organization|s
    finance ministry|organization|s
    justice department|organization|s
    state department|organization|s
    newspaper|organization|s
    broadcaster|organization|s
    outlet|organization|s
    channel|organization|s
    station|organization|s
    magazine|organization|s
    think tank|organization|s
    club|organization|s
    team|organization|s
    league|organization|s
    municipality|organization|s
    city council|organization|s
    city|organization|s
    town|organization|s
    county|organization|s
    province|organization|s
    city hall|organization|s
    insurer|organization|s
    carmaker|organization|s
    automaker|organization|s
    manufacturer|organization|s
    retailer|organization|s
    lender|organization|s
    airline|organization|s
    carrier|organization|s
    operator|organization|s
    supplier|organization|s
    publisher|organization|s
    utility|organization|s
    conglomerate|organization|s
    startup|organization|s
    business|organization|s
    trust|organization|s
    panel|organization|s
    # Documents and texts that "say"
    statement|organization|s
    report|organization|s
    study|organization|s
    survey|organization|s
    poll|organization|s
    document|organization|s
    letter|organization|s
    memo|organization|s
    communique|organization|s
    communiqué|organization|s
    release|organization|s
    press release|organization|s
    declaration|organization|s
    resolution|organization|s
    indictment|organization|s
    complaint|organization|s
    lawsuit|organization|s
    filing|organization|s
    ruling|organization|s
    verdict|organization|s
    post|organization|s
    tweet|organization|s
    # Persons (singular)
    spokesman|person|s
    spokeswoman|person|s
    spokesperson|person|s
    official|person|s
    minister|person|s
    president|person|s
    vice president|person|s
    prime minister|person|s
    premier|person|s
    chancellor|person|s
    secretary|person|s
    senator|person|s
    congressman|person|s
    congresswoman|person|s
    lawmaker|person|s
    legislator|person|s
    deputy|person|s
    politician|person|s
    lawyer|person|s
    attorney|person|s
    barrister|person|s
    solicitor|person|s
    judge|person|s
    justice|person|s
    prosecutor|person|s
    defendant|person|s
    plaintiff|person|s
    analyst|person|s
    expert|person|s
    specialist|person|s
    witness|person|s
    source|person|s
    insider|person|s
    aide|person|s
    adviser|person|s
    advisor|person|s
    consultant|person|s
    economist|person|s
    researcher|person|s
    scientist|person|s
    historian|person|s
    scholar|person|s
    academic|person|s
    professor|person|s
    teacher|person|s
    student|person|s
    doctor|person|s
    physician|person|s
    nurse|person|s
    surgeon|person|s
    chief|person|s
    director|person|s
    manager|person|s
    head|person|s
    leader|person|s
    candidate|person|s
    nominee|person|s
    governor|person|s
    mayor|person|s
    executive|person|s
    chief executive|person|s
    chairman|person|s
    chairwoman|person|s
    chair|person|s
    founder|person|s
    co-founder|person|s
    owner|person|s
    investor|person|s
    banker|person|s
    trader|person|s
    strategist|person|s
    diplomat|person|s
    ambassador|person|s
    envoy|person|s
    negotiator|person|s
    mediator|person|s
    commander|person|s
    general|person|s
    officer|person|s
    soldier|person|s
    veteran|person|s
    activist|person|s
    campaigner|person|s
    organizer|person|s
    organiser|person|s
    protester|person|s
    demonstrator|person|s
    critic|person|s
    opponent|person|s
    supporter|person|s
    ally|person|s
    rival|person|s
    resident|person|s
    citizen|person|s
    voter|person|s
    villager|person|s
    farmer|person|s
    worker|person|s
    employee|person|s
    journalist|person|s
    reporter|person|s
    correspondent|person|s
    editor|person|s
    columnist|person|s
    commentator|person|s
    author|person|s
    writer|person|s
    blogger|person|s
    priest|person|s
    cleric|person|s
    bishop|person|s
    rabbi|person|s
    imam|person|s
    survivor|person|s
    victim|person|s
    refugee|person|s
    migrant|person|s
    patient|person|s
    investigator|person|s
    detective|person|s
    inspector|person|s
    engineer|person|s
    pilot|person|s
    coach|person|s
    player|person|s
    athlete|person|s
    actor|person|s
    actress|person|s
    singer|person|s
    artist|person|s
    woman|person|s
    man|person|s
    girl|person|s
    boy|person|s
    mother|person|s
    father|person|s
    parent|person|s
    son|person|s
    daughter|person|s
    wife|person|s
    husband|person|s
    sister|person|s
    brother|person|s
    widow|person|s
    friend|person|s
    neighbor|person|s
    neighbour|person|s
    colleague|person|s
    member|person|s
    representative|person|s
    delegate|person|s
    commissioner|person|s
    ombudsman|person|s
    sheriff|person|s
    police officer|person|s
    policeman|person|s
    firefighter|person|s
    paramedic|person|s
    rep|person|s
    host|person|s
    guest|person|s
    producer|person|s
    fighter|person|s
    # Groups (plural)
    officials|group|p
    peacekeepers|group|p
    troops|group|p
    forces|group|p
    residents|group|p
    staff|group|p
    crews|group|p
    crew|group|s
    forecasters|group|p
    neighbours|group|p
    neighbors|group|p
    volunteers|group|p
    officers|group|p
    paramedics|group|p
    fans|group|p
    shoppers|group|p
    passengers|group|p
    tenants|group|p
    landlords|group|p
    experts|group|p
    analysts|group|p
    critics|group|p
    protesters|group|p
    protestors|group|p
    demonstrators|group|p
    lawmakers|group|p
    legislators|group|p
    senators|group|p
    deputies|group|p
    politicians|group|p
    democrats|group|p
    republicans|group|p
    conservatives|group|p
    liberals|group|p
    progressives|group|p
    socialists|group|p
    greens|group|p
    authorities|group|p
    activists|group|p
    campaigners|group|p
    witnesses|group|p
    sources|group|p
    insiders|group|p
    police officers|group|p
    policemen|group|p
    soldiers|group|p
    militants|group|p
    rebels|group|p
    insurgents|group|p
    separatists|group|p
    fighters|group|p
    scientists|group|p
    researchers|group|p
    scholars|group|p
    historians|group|p
    investigators|group|p
    prosecutors|group|p
    lawyers|group|p
    attorneys|group|p
    judges|group|p
    voters|group|p
    supporters|group|p
    opponents|group|p
    leaders|group|p
    diplomats|group|p
    negotiators|group|p
    economists|group|p
    doctors|group|p
    physicians|group|p
    nurses|group|p
    teachers|group|p
    students|group|p
    parents|group|p
    families|group|p
    relatives|group|p
    survivors|group|p
    victims|group|p
    refugees|group|p
    migrants|group|p
    farmers|group|p
    workers|group|p
    employees|group|p
    unions|group|p
    journalists|group|p
    reporters|group|p
    observers|group|p
    monitors|group|p
    inspectors|group|p
    ministers|group|p
    aides|group|p
    advisers|group|p
    advisors|group|p
    executives|group|p
    investors|group|p
    traders|group|p
    bankers|group|p
    members|group|p
    organizers|group|p
    organisers|group|p
    citizens|group|p
    villagers|group|p
    locals|group|p
    people|group|p
    users|group|p
    medics|group|p
    rescuers|group|p
    firefighters|group|p
    emergency services|group|p
    health officials|group|p
    government officials|group|p
    u.s. officials|group|p
    western officials|group|p
    military officials|group|p
    security officials|group|p
    intelligence officials|group|p
    election officials|group|p
    local officials|group|p
    senior officials|group|p
    others|group|p
    """
}
