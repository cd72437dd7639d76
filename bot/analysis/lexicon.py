"""General English word lists the analysis relies on (no names: names come from the text)."""

# Capitalised words that start sentences or headlines but never name an actor.
COMMON_WORDS = frozenset(
    """
    a about above according after afterwards again against all almost also although
    nobody everybody somebody anybody everything nowhere everywhere somewhere
    always among an and another any anyone anything are as at be because been before
    being below besides between both but by can could despite did do does during each
    either else even ever every everyone except few for from further had has have having
    he she her here hers herself him himself his how however i if in including indeed
    instead into is it its itself just last later least less like many may me meanwhile
    might more moreover most much must my neither never nevertheless next no none nor
    not nothing now of off often on once one only or other others otherwise our ours out
    over per perhaps published rather since so some someone something sometimes still
    such than that the their theirs them themselves then there thereafter therefore
    these they this those though through thus to today together tomorrow too toward
    towards under unless until up upon us very via was we well were what whatever when
    whenever where whereas whether which while who whoever whole whom whose why will
    with within without would yesterday yet you your yours first second third
    several earlier recently currently asked said says told added noted update updated
    breaking editorial opinion analysis photo video watch read reporting reported
    sources source officials official madam
    analysts experts critics residents observers lawmakers researchers witnesses police
    authorities economists diplomats investors traders protesters voters doctors scientists
    """.split()
)
# Plural nouns for groups of people: common words as a sentence's subject ("Analysts said"),
# but words of a name inside one ("Moody's Investors Service").
GROUP_NOUNS = frozenset(
    """
    analysts experts critics residents observers lawmakers researchers witnesses police
    authorities economists diplomats investors traders protesters voters doctors scientists
    """.split()
)

MONTHS = frozenset(
    """
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

WEEKDAYS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs
    fri sat sun
    """.split()
)

# Words of a title that precedes a name ("former Japanese Prime Minister Taro Aso").
TITLE_WORDS = frozenset(
    """
    president vice prime minister deputy secretary director chairman chairwoman chair
    chairperson chief executive officer ceo cfo coo cto senator sen rep representative
    congressman congresswoman governor gov mayor king queen prince princess emperor
    empress pope cardinal bishop archbishop rev reverend father sheikh sultan emir
    ambassador envoy judge justice attorney general gen lt col maj capt sgt adm admiral
    colonel major captain lieutenant sergeant commander commissioner chancellor premier
    lord lady sir dame dr prof professor mr mrs ms mx speaker leader spokesman
    spokeswoman spokesperson lawmaker assemblyman assemblywoman councillor councilor
    councilman councilwoman treasurer founder coach president-elect foreign defense
    defence finance interior trade health education home state national security adviser
    advisor economy delegate comrade
    """.split()
)

# Modifiers written in lower case before a title ("former", "then-").
TITLE_MODIFIERS = frozenset(
    """
    former late acting incoming outgoing current then interim new
    """.split()
)

# Nouns that make a phrase a role ("the national security adviser to ...").
ROLE_NOUNS = frozenset(
    """
    adviser advisor minister president director chairman chairwoman chair chairperson
    secretary spokesman spokeswoman spokesperson ambassador governor mayor senator
    representative lawmaker leader head chief officer executive ceo founder co-founder
    professor analyst official commander general judge envoy premier chancellor member
    candidate nominee manager editor correspondent researcher economist deputy vice
    strategist negotiator diplomat prosecutor lawyer attorney president-elect owner
    partner fellow scholar expert dean principal coach captain commissioner
    administrator superintendent inspector trustee treasurer broker investor banker aide
    writer columnist reporter journalist author activist organizer organiser pollster
    consultant historian campaigner businessman businesswoman billionaire developer
    counterpart trader engineer scientist physician surgeon doctor nurse teacher student
    farmer resident pilot soldier artist actor actress singer player striker goalkeeper
    midfielder referee athlete survivor witness colleague widow
    """.split()
)

# Last (or first, as in "Ministry of ...") word of an organisation's name.
ORG_HEADS = frozenset(
    """
    ministry department office secretariat committee commission council association
    federation union party bank university college school institute institution academy
    agency bureau board court parliament assembly senate congress cabinet embassy
    corporation corp inc ltd llc plc co company group holdings industries service
    services foundation fund society league organization organisation center centre
    museum church army navy force forces police administration authority network times
    post journal news press club team partners capital securities motors airlines
    magazine paper weekly municipality legion brotherhood guild laboratory laboratories
    observatory hospital clinic orchestra exchange treasury house markets brothers sons
    nations fc afc trust workers electronics motor chemical chemicals steel telecom
    pharmaceuticals technologies systems solutions reserve community express industrie
    """.split()
)

# First words of multi-word place names ("South Korea", "New York").
PLACE_PREFIXES = frozenset(
    """
    north south east west northern southern eastern western central new united upper
    lower greater saint st san santa los las hong sri
    """.split()
)

# Prepositions after which a capitalised run is usually a place ("in Jeju", "from Tokyo").
PLACE_PREPOSITIONS = frozenset(
    """
    in at from into across near throughout via toward towards
    """.split()
)

# Verbs that introduce speech.
SPEECH_VERBS = frozenset(
    """
    acknowledge acknowledged acknowledges acknowledging add added adding adds admit
    admitted admitting admits agree agreed agrees agreeing allege alleged alleges alleging
    announce announced announces announcing answer answered answering answers argue
    argued argues arguing ask asked asking asks assert asserted asserting asserts boast
    boasted boasting boasts called calling calls caution cautioned cautioning cautions
    characterise characterised characterises characterising characterize characterized
    characterizes characterizing charge charged charges charging claim claimed claiming
    claims complain complained complaining complains concede conceded concedes conceding
    conclude concluded concludes concluding confirm confirmed confirming confirms
    contend contended contending contends continue continued continues continuing
    counter countered countering counters declare declared declares declaring demand
    demanded demanding demands denied denies deny denying describe described describes
    describing disagree disagreed disagrees disagreeing emphasise emphasised emphasises
    emphasising emphasize emphasized emphasizes emphasizing exclaim exclaimed exclaiming
    exclaims explain explained explaining explains insist insisted insisting insists
    joke joked jokes joking lament lamented lamenting laments maintain maintained
    maintaining maintains muse mused muses musing note noted notes noting observe
    observed observes observing pledge pledged pledges pledging post posted posting
    posts predict predicted predicting predicts promise promised promises promising quip
    quipped quipping quips reads recall recalled recalling recalls recount recounted
    recounting recounts reiterate reiterated reiterates reiterating remark remarked
    remarking remarks replied replies reply replying report reported reporting reports
    respond responded responding responds said saying says scream screamed screaming
    screams shout shouted shouting shouts state stated states stating stress stressed
    stressing stresses suggest suggested suggesting suggests telling tells testified
    testifies testify testifying told tweet tweeted tweeting tweets urge urged urges
    urging vow vowed vowing vows warn warned warning warns whisper whispered whispering
    whispers writes writing wrote yell yelled yelling yells
    """.split()
)

# Verbs that judge in someone's own words: the subject of "criticized the package as “too
# little, too late”" or "lauded Mr. Clarke for “new ideas”" is the one quoted.
JUDGING_VERBS = frozenset(
    """
    criticize criticized criticizes criticizing criticise criticised criticises
    criticising dismiss dismissed dismisses dismissing praise praised praises praising
    slam slammed slams slamming blast blasted blasts blasting brand branded brands
    branding label labeled labelled labels hail hailed hails hailing denounce denounced
    denounces denouncing condemn condemned condemns condemning welcome welcomed welcomes
    welcoming laud lauded lauds lauding accuse accused accuses accusing mock mocked mocks
    mocking attack attacked attacks attacking defend defended defends defending deride
    derided derides deriding decry decried decries decrying
    """.split()
)

# Nouns that follow an organisation's name when its people or parts are meant
# ("Environment Canada spokeswoman", "Samsung shares").
STAFF_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson spokespeople chairman chairwoman co-founder
    cofounder founder executives employees staffers shareholders shares stock subsidiary
    headquarters
    """.split()
)

# A team's people: "Tottenham manager Ange Postecoglou", "Chelsea coach Enzo Maresca" name
# the club, even where the club is named after its city.
SQUAD_NOUNS = frozenset(
    "coach manager captain striker goalkeeper midfielder defender winger boss".split()
)

# Nationality, faith and party adjectives ("Japanese", "Korean", "Swiss", "Democratic"):
# they speak and stand before staff nouns as organisations do, but name none.
DEMONYM_ENDINGS = ("ese", "ian", "ean", "ish")
DEMONYMS = frozenset(
    """
    american mexican german afghan swiss thai greek dutch french czech israeli iraqi saudi
    pakistani kuwaiti qatari yemeni somali bangladeshi nepali omani emirati scots welsh
    democratic republican catholic muslim christian jewish sunni shiite islamic arab arabic
    african european asian latino hispanic
    """.split()
)

# Endings of Slavic, Greek, Romanian, Georgian, Armenian and Turkish surnames
# ("Gorbachev", "Tymoshenko", "Papadopoulos"), which English words do not end with.
SURNAME_ENDINGS = (
    "ov",
    "ova",
    "ev",
    "eva",
    "sky",
    "ski",
    "skiy",
    "enko",
    "vich",
    "ić",
    "escu",
    "opoulos",
    "shvili",
    "idze",
    "oglu",
    "yan",
)

# Abbreviations written in capitals that name no organisation.
ABBREVIATIONS = frozenset(
    """
    dna rna iq ok vip cd dvd tv pc gdp gnp ceo cfo coo cto hiv aids ufo id pin atm gps usb pdf
    am pm bc ad faq pr hr it ai vr ar sms mp mps pow gmt utc est edt pst pdt lcd led cpu gpu
    ipo etf m&a r&d q&a faq vat suv mba phd rsvp asap diy fyi reuter
    lol omg wtf aka eta note aaa aa bbb bb ccc
    """.split()
)

# Last words of place names ("Harrison County", "Hudson River"); words that are also
# common surnames ("Park", "Hills", "Bay", "Lake") are left out.
PLACE_HEADS = frozenset(
    """
    county river street avenue road island islands mountain mountains valley square
    province district region airport station bridge beach canyon creek sea ocean gulf
    peninsula strait desert coast harbor harbour highway boulevard plaza heights falls
    springs township parish prefecture shelf glacier
    """.split()
)

# Nouns that say a name is an organisation's ("Fidesz, the ruling party", "Acme, a
# Texas-based maker of drills").
ORGANISATION_NOUNS = frozenset(
    """
    company firm group bank maker manufacturer retailer carrier airline insurer producer
    agency party organization organisation union club team newspaper magazine network
    broadcaster channel website startup start-up subsidiary unit conglomerate exchange
    charity nonprofit non-profit publisher studio label brand chain operator developer
    lender fund utility automaker carmaker supplier distributor consortium coalition
    movement alliance militia institute think-tank outlet daily weekly
    """.split()
)

# Legal forms that end a company's name ("Merrill Lynch and Co Inc").
CORPORATE_SUFFIXES = frozenset(
    """
    corp corporation inc incorporated ltd limited llc plc co cos company sa ag nv bv gmbh
    spa ab asa oyj kk sons brothers bros
    """.split()
)

# Last words of the names of laws, treaties, plans and events, which are not actors.
DOCUMENT_NOUNS = frozenset(
    """
    agreement treaty accord accords pact act bill convention protocol charter plan
    programme program declaration resolution amendment directive doctrine initiative
    olympics paralympics games cup championship championships tournament festival
    carnival fair awards prize conference summit expo marathon war rate index average
    """.split()
)

# Members of parties and movements, whose plurals name groups, not organisations.
# Words before "at" that make what follows a workplace: "an analyst at Bernstein", "two
# decades at Intel", "worked at Norvana".
WORKPLACE_WORDS = frozenset(
    """
    years decades months stint career job work works worked working employed employee
    employees staff intern engineer scientist student teacher worker
    """.split()
)

MEMBER_NOUNS = frozenset(
    """
    democrat republican conservative liberal socialist communist tory progressive
    nationalist separatist islamist loyalist rebel kurd arab jew catholic protestant
    """.split()
)
