/// English reporting and speech verbs, one per line: `lemma|forms|flags`.
/// Particle verbs have a space in the lemma and each form carries the particle (`point out|point out points out ...`).
/// -ize verbs also list the British -ise forms; -l verbs list both -led and -lled.
/// Prepositions: `of about for on to against`.
/// `forms`: space-separated lowercase inflections (including the lemma/infinitive).
/// `flags`: `clause` (takes a reported clause), `object` (listener/target object may come first),
/// a preposition introducing the content, `quote` (attributes only an adjacent direct quote),
/// `weak` (common in non-speech senses; an indirect claim needs an explicit complementizer),
/// `np` (a noun phrase right after it is what it says: `urged caution`; other clause cues need a clause).
/// Lines starting with `#` are comments.
package enum EnglishCueData {
    package static let text = """
    # core speech
    say|say says said saying|clause
    tell|tell tells told telling|clause object
    add|add adds added adding|clause weak strict
    state|state states stated stating|clause
    declare|declare declares declared declaring|clause
    announce|announce announces announced announcing|clause
    explain|explain explains explained explaining|clause
    claim|claim claims claimed claiming|clause
    argue|argue argues argued arguing|clause
    insist|insist insists insisted insisting|clause on
    stress|stress stresses stressed stressing|clause
    note|note notes noted noting|clause weak
    report|report reports reported reporting|clause
    confirm|confirm confirms confirmed confirming|clause
    reply|reply replies replied replying|clause
    respond|respond responds responded responding|clause
    answer|answer answers answered answering|clause
    ask|ask asks asked asking|clause object to
    acknowledge|acknowledge acknowledges acknowledged acknowledging|clause
    admit|admit admits admitted admitting|clause
    allege|allege alleges alleged alleging|clause
    assert|assert asserts asserted asserting|clause
    contend|contend contends contended contending|clause
    maintain|maintain maintains maintained maintaining|clause weak
    suggest|suggest suggests suggested suggesting|clause weak
    predict|predict predicts predicted predicting|clause
    promise|promise promises promised promising|clause object to np
    vow|vow vows vowed vowing|clause to
    pledge|pledge pledges pledged pledging|clause to
    urge|urge urges urged urging|clause object to np
    call|call calls called calling|object weak
    call for|call for calls for called for calling for|for
    call on|call on calls on called on calling on|object to
    demand|demand demands demanded demanding|clause
    threaten|threaten threatens threatened threatening|clause to
    complain|complain complains complained complaining|clause about of
    criticize|criticize criticizes criticized criticizing criticise criticises criticised criticising|object for
    condemn|condemn condemns condemned condemning|object
    praise|praise praises praised praising|object for
    blame|blame blames blamed blaming|object for on
    charge|charge charges charged charging|clause
    caution|caution cautions cautioned cautioning|clause object against
    emphasize|emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising|clause
    reiterate|reiterate reiterates reiterated reiterating|clause
    repeat|repeat repeats repeated repeating|clause weak
    continue|continue continues continued continuing|quote
    observe|observe observes observed observing|clause weak
    point out|point out points out pointed out pointing out|clause weak
    point to|point to points to pointed to pointing to|to weak
    testify|testify testifies testified testifying|clause
    inform|inform informs informed informing|clause object
    reveal|reveal reveals revealed revealing|clause
    disclose|disclose discloses disclosed disclosing|clause
    signal|signal signals signaled signalled signaling signalling|clause weak
    indicate|indicate indicates indicated indicating|clause weak
    estimate|estimate estimates estimated estimating|clause np
    speculate|speculate speculates speculated speculating|clause
    wonder|wonder wonders wondered wondering|clause
    question|question questions questioned questioning|clause np
    counter|counter counters countered countering|clause
    retort|retort retorts retorted retorting|clause
    rebut|rebut rebuts rebutted rebutting|clause
    dispute|dispute disputes disputed disputing|clause
    reject|reject rejects rejected rejecting|clause
    dismiss|dismiss dismisses dismissed dismissing|clause
    deny|deny denies denied denying|clause
    concede|concede concedes conceded conceding|clause
    conclude|conclude concludes concluded concluding|clause weak
    comment|comment comments commented commenting|clause
    remark|remark remarks remarked remarking|clause
    mention|mention mentions mentioned mentioning|clause
    describe|describe describes described describing|object
    characterize|characterize characterizes characterized characterizing characterise characterises characterised characterising|object
    label|label labels labeled labelled labeling labelling|object
    brand|brand brands branded branding|object
    dub|dub dubs dubbed dubbing|object
    warn|warn warns warned warning|clause object of against
    accuse|accuse accuses accused accusing|object of
    recall|recall recalls recalled recalling|clause weak
    write|write writes wrote written writing|clause weak strict
    tweet|tweet tweets tweeted tweeting|clause
    post|post posts posted posting|clause weak strict
    blog|blog blogs blogged blogging|clause
    text|text texts texted texting|clause strict
    email|email emails emailed emailing|clause strict
    e-mail|e-mail e-mails e-mailed e-mailing|clause strict
    message|message messages messaged messaging|clause strict
    read|read reads reading|quote
    # quote-only manner verbs
    joke|joke jokes joked joking|quote
    quip|quip quips quipped quipping|quote
    jest|jest jests jested jesting|quote
    laugh|laugh laughs laughed laughing|quote
    chuckle|chuckle chuckles chuckled chuckling|quote
    giggle|giggle giggles giggled giggling|quote
    smile|smile smiles smiled smiling|quote
    grin|grin grins grinned grinning|quote
    nod|nod nods nodded nodding|quote
    shrug|shrug shrugs shrugged shrugging|quote
    wink|wink winks winked winking|quote
    shout|shout shouts shouted shouting|quote
    yell|yell yells yelled yelling|quote
    scream|scream screams screamed screaming|quote
    shriek|shriek shrieks shrieked shrieking|quote
    whisper|whisper whispers whispered whispering|quote
    mutter|mutter mutters muttered muttering|quote
    mumble|mumble mumbles mumbled mumbling|quote
    murmur|murmur murmurs murmured murmuring|quote
    sigh|sigh sighs sighed sighing|quote
    exclaim|exclaim exclaims exclaimed exclaiming|quote
    cry|cry cries cried crying|quote
    cry out|cry out cries out cried out crying out|quote
    plead|plead pleads pleaded pled pleading|quote
    beg|beg begs begged begging|quote
    snap|snap snaps snapped snapping|quote
    snarl|snarl snarls snarled snarling|quote
    growl|growl growls growled growling|quote
    bark|bark barks barked barking|quote
    hiss|hiss hisses hissed hissing|quote
    gasp|gasp gasps gasped gasping|quote
    sob|sob sobs sobbed sobbing|quote
    wail|wail wails wailed wailing|quote
    groan|groan groans groaned groaning|quote
    moan|moan moans moaned moaning|quote
    whine|whine whines whined whining|quote
    croak|croak croaks croaked croaking|quote
    stammer|stammer stammers stammered stammering|quote
    stutter|stutter stutters stuttered stuttering|quote
    drawl|drawl drawls drawled drawling|quote
    purr|purr purrs purred purring|quote
    gush|gush gushes gushed gushing|quote
    enthuse|enthuse enthuses enthused enthusing|quote
    thunder|thunder thunders thundered thundering|quote
    roar|roar roars roared roaring|quote
    bellow|bellow bellows bellowed bellowing|quote
    boom|boom booms boomed booming|quote
    sneer|sneer sneers sneered sneering|quote
    scoff|scoff scoffs scoffed scoffing|quote
    tease|tease teases teased teasing|quote
    taunt|taunt taunts taunted taunting|quote
    mock|mock mocks mocked mocking|quote
    interject|interject interjects interjected interjecting|quote
    interrupt|interrupt interrupts interrupted interrupting|quote
    chime in|chime in chimes in chimed in chiming in|quote
    pipe up|pipe up pipes up piped up piping up|quote
    shoot back|shoot back shoots back shot back shooting back|quote
    fire back|fire back fires back fired back firing back|quote
    rejoin|rejoin rejoins rejoined rejoining|quote
    # more reporting verbs
    boast|boast boasts boasted boasting|clause
    brag|brag brags bragged bragging|clause
    crow|crow crows crowed crowing|clause
    gloat|gloat gloats gloated gloating|clause
    muse|muse muses mused musing|clause
    reason|reason reasons reasoned reasoning|clause
    clarify|clarify clarifies clarified clarifying|clause
    elaborate|elaborate elaborates elaborated elaborating|clause
    specify|specify specifies specified specifying|clause
    stipulate|stipulate stipulates stipulated stipulating|clause
    advise|advise advises advised advising|clause object
    recommend|recommend recommends recommended recommending|clause
    propose|propose proposes proposed proposing|clause np
    forecast|forecast forecasts forecasted forecasting|clause
    project|project projects projected projecting|clause weak strict
    calculate|calculate calculates calculated calculating|clause weak
    agree|agree agrees agreed agreeing|clause weak strict
    disagree|disagree disagrees disagreed disagreeing|clause
    concur|concur concurs concurred concurring|clause
    protest|protest protests protested protesting|clause
    object|object objects objected objecting|clause to
    lament|lament laments lamented lamenting|clause
    regret|regret regrets regretted regretting|clause
    bemoan|bemoan bemoans bemoaned bemoaning|clause
    deplore|deplore deplores deplored deploring|object
    decry|decry decries decried decrying|object
    denounce|denounce denounces denounced denouncing|object
    slam|slam slams slammed slamming|object
    blast|blast blasts blasted blasting|object
    attack|attack attacks attacked attacking|object weak
    hail|hail hails hailed hailing|object
    welcome|welcome welcomes welcomed welcoming|object weak
    applaud|applaud applauds applauded applauding|object
    commend|commend commends commended commending|object for
    thank|thank thanks thanked thanking|object for
    congratulate|congratulate congratulates congratulated congratulating|object on
    apologize|apologize apologizes apologized apologizing apologise apologises apologised apologising|for
    assure|assure assures assured assuring|clause object
    reassure|reassure reassures reassured reassuring|clause object
    remind|remind reminds reminded reminding|clause object of
    notify|notify notifies notified notifying|clause object
    brief|brief briefs briefed briefing|object
    instruct|instruct instructs instructed instructing|object to
    order|order orders ordered ordering|clause object to
    command|command commands commanded commanding|object to
    direct|direct directs directed directing|object to weak strict
    request|request requests requested requesting|clause
    appeal|appeal appeals appealed appealing|for to
    implore|implore implores implored imploring|object to
    exhort|exhort exhorts exhorted exhorting|object to
    encourage|encourage encourages encouraged encouraging|object to
    invite|invite invites invited inviting|object to weak strict
    challenge|challenge challenges challenged challenging|object to
    advocate|advocate advocates advocated advocating|clause for
    endorse|endorse endorses endorsed endorsing|object
    insinuate|insinuate insinuates insinuated insinuating|clause
    imply|imply implies implied implying|clause weak
    hint|hint hints hinted hinting|clause
    allude|allude alludes alluded alluding|to
    posit|posit posits posited positing|clause
    hypothesize|hypothesize hypothesizes hypothesized hypothesizing hypothesise hypothesises hypothesised hypothesising|clause
    theorize|theorize theorizes theorized theorizing theorise theorises theorised theorising|clause
    surmise|surmise surmises surmised surmising|clause
    conjecture|conjecture conjectures conjectured conjecturing|clause
    opine|opine opines opined opining|clause
    aver|aver avers averred averring|clause
    avow|avow avows avowed avowing|clause
    affirm|affirm affirms affirmed affirming|clause
    reaffirm|reaffirm reaffirms reaffirmed reaffirming|clause
    reassert|reassert reasserts reasserted reasserting|clause
    restate|restate restates restated restating|clause
    attest|attest attests attested attesting|clause to
    certify|certify certifies certified certifying|clause
    verify|verify verifies verified verifying|clause
    swear|swear swears swore sworn swearing|clause
    vouch|vouch vouches vouched vouching|for
    guarantee|guarantee guarantees guaranteed guaranteeing|clause
    proclaim|proclaim proclaims proclaimed proclaiming|clause
    pronounce|pronounce pronounces pronounced pronouncing|clause
    decree|decree decrees decreed decreeing|clause
    rule|rule rules ruled ruling|clause weak strict
    rule out|rule out rules out ruled out ruling out|clause np
    infer|infer infers inferred inferring|clause
    deduce|deduce deduces deduced deducing|clause
    summarize|summarize summarizes summarized summarizing summarise summarises summarised summarising|clause
    sum up|sum up sums up summed up summing up|clause
    spell out|spell out spells out spelled out spelt out spelling out|clause weak
    lay out|lay out lays out laid out laying out|clause weak
    set out|set out sets out setting out|clause weak
    go on|go on goes on went on gone on going on|clause weak strict
    recount|recount recounts recounted recounting|clause
    narrate|narrate narrates narrated narrating|clause
    detail|detail details detailed detailing|clause
    outline|outline outlines outlined outlining|clause weak
    relate|relate relates related relating|clause weak strict
    confess|confess confesses confessed confessing|clause
    confide|confide confides confided confiding|clause to
    divulge|divulge divulges divulged divulging|clause
    grumble|grumble grumbles grumbled grumbling|clause
    gripe|gripe gripes griped griping|clause
    fret|fret frets fretted fretting|clause
    alert|alert alerts alerted alerting|object to
    forewarn|forewarn forewarns forewarned forewarning|object of
    press|press presses pressed pressing|object for weak
    lobby|lobby lobbies lobbied lobbying|for
    campaign|campaign campaigns campaigned campaigning|for weak
    rebuke|rebuke rebukes rebuked rebuking|object
    reprimand|reprimand reprimands reprimanded reprimanding|object
    scold|scold scolds scolded scolding|object
    chide|chide chides chided chiding|object
    fault|fault faults faulted faulting|object for
    credit|credit credits credited crediting|object for
    refute|refute refutes refuted refuting|clause
    contradict|contradict contradicts contradicted contradicting|object
    contest|contest contests contested contesting|clause
    query|query queries queried querying|clause
    inquire|inquire inquires inquired inquiring|clause
    enquire|enquire enquires enquired enquiring|clause
    quote|quote quotes quoted quoting|object
    cite|cite cites cited citing|clause object weak
    reflect|reflect reflects reflected reflecting|clause weak strict
    assess|assess assesses assessed assessing|clause weak
    underline|underline underlines underlined underlining|clause
    underscore|underscore underscores underscored underscoring|clause
    highlight|highlight highlights highlighted highlighting|clause
    echo|echo echoes echoed echoing|clause weak strict
    volunteer|volunteer volunteers volunteered volunteering|clause
    venture|venture ventures ventured venturing|clause
    preach|preach preaches preached preaching|clause
    lecture|lecture lectures lectured lecturing|object
    address|address addresses addressed addressing|object weak strict
    talk|talk talks talked talking|about weak
    speak|speak speaks spoke spoken speaking|about of weak
    speak out|speak out speaks out spoke out spoken out speaking out|against about
    speak up|speak up speaks up spoke up spoken up speaking up|for
    lash out|lash out lashes out lashed out lashing out|against
    hit back|hit back hits back hitting back|clause
    weigh in|weigh in weighs in weighed in weighing in|on
    open up|open up opens up opened up opening up|about
    own up|own up owns up owned up owning up|to
    play down|play down plays down played down playing down|clause np
    downplay|downplay downplays downplayed downplaying|clause np
    shrug off|shrug off shrugs off shrugged off shrugging off|object np
    petition|petition petitions petitioned petitioning|for
    submit|submit submits submitted submitting|clause
    counsel|counsel counsels counseled counselled counseling counselling|object
    share|share shares shared sharing|clause weak strict
    # belief / intent (PolNeAR)
    believe|believe believes believed believing|clause weak
    think|think thinks thought thinking|clause weak
    hope|hope hopes hoped hoping|clause weak
    expect|expect expects expected expecting|clause weak np
    fear|fear fears feared fearing|clause weak np
    want|want wants wanted wanting|clause weak
    plan|plan plans planned planning|clause weak
    intend|intend intends intended intending|clause weak
    feel|feel feels felt feeling|clause weak
    know|know knows knew known knowing|clause weak
    worry|worry worries worried worrying|clause weak
    doubt|doubt doubts doubted doubting|clause weak
    suspect|suspect suspects suspected suspecting|clause weak
    assume|assume assumes assumed assuming|clause weak
    guess|guess guesses guessed guessing|clause weak
    reckon|reckon reckons reckoned reckoning|clause
    imagine|imagine imagines imagined imagining|clause weak
    anticipate|anticipate anticipates anticipated anticipating|clause weak
    understand|understand understands understood understanding|clause weak
    recognize|recognize recognizes recognized recognizing recognise recognises recognised recognising|clause weak
    realize|realize realizes realized realizing realise realises realised realising|clause weak
    remember|remember remembers remembered remembering|clause weak strict
    find|find finds found finding|clause weak
    determine|determine determines determined determining|clause weak
    show|show shows showed shown showing|clause weak
    demonstrate|demonstrate demonstrates demonstrated demonstrating|clause weak
    prove|prove proves proved proven proving|clause weak
    hold|hold holds held holding|clause weak strict
    accept|accept accepts accepted accepting|clause weak
    grant|grant grants granted granting|clause weak strict
    allow|allow allows allowed allowing|clause weak strict
    # Verbs of stance and action that news reports as positions (added by hand).
    offer|offer offers offered offering|quote
    defend|defend defends defended defending|object weak
    issue|issue issues issued issuing|weak strict
    support|support supports supported supporting|object weak
    oppose|oppose opposes opposed opposing|object weak
    back|backs backed backing|object weak
    express|express expresses expressed expressing|weak
    voice|voices voiced voicing|weak
    release|release releases released releasing|weak strict
    push|push pushes pushed pushing|weak for
    tout|tout touts touted touting|object weak
    favor|favor favors favored favoring favour favours favoured favouring|object weak
    prefer|prefer prefers preferred preferring|weak
    consider|consider considers considered considering|weak
    decide|decide decides decided deciding|clause weak strict
    raise|raise raises raised raising|weak strict
    rail against|rail against rails against railed against railing against|against
    view|views viewed viewing|object weak
    see|see sees saw seen seeing|clause weak
    embrace|embrace embraces embraced embracing|object weak
    deride|deride derides derided deriding|object weak
    seem|seem seems seemed seeming|weak
    appear|appear appears appeared appearing|weak
    deem|deem deems deemed deeming|object weak
    launch|launch launches launched launching|weak strict
    sing|sing sings sang sung singing|quote
    chant|chant chants chanted chanting|quote
    recite|recite recites recited reciting|quote
    """
}
