"""The cue-word tables behind a claim's ``kind``, ``counted_class`` and ``attribution``.

Each kind's own verbs, nouns, phrases and modifiers are in the registry of kinds
(:mod:`analysis.kinds`); the tables here are the words the rules between kinds use.

General English only — no names, places or figures from any story. Words are lemmas (what
spaCy's lemmatiser gives: "freed" → "free", "taken" → "take"). Edit these tables to teach
the extractor new wording; :mod:`analysis.extraction.claims` reads them and holds no word lists
itself.

How a kind is chosen (see ``analysis.extraction.claims.kind._kind``):

1. a *demand* word anywhere on the path from the number up to the sentence root →
   ``demanded`` ("called for the release of 1,400 prisoners"); a count of the dead ("89
   bodies", "the remains of 12 hostages", BODY_NOUNS) → ``other``;
2. a *remaining* modifier on the counted noun ("1,000 remaining prisoners") → ``remaining``;
3. the predicate that governs the counted phrase — a verb whose subject/object it is (with
   its particles: "sent back to X"), an event noun it hangs from by "of" ("the release of
   123", "the receipt of 114"), or the event noun a verb of inclusion stands for ("the swap
   involved 26 people", "the pardon decree applies to 300 people", INVOLVE_VERBS), or the
   swap verb of the other side ("traded 40 prisoners for six soldiers", SWAP_VERBS) —
   matched against each kind's verbs / nouns / phrases in :mod:`analysis.kinds`; a copula
   back in a place ("are now back in X") is a transfer; an escape ("30 managed to escape",
   ESCAPE_VERBS), "the return of 40" with no place (RETURN_NOUNS) and captives a receiver
   takes in with no place ("took custody of 40 pupils kidnapped in May", "received 12
   hostages": CUSTODY_NOUNS, CAPTIVE_NOUNS, ABDUCTION_VERBS) are a release;
4. a part of a set ("among those freed", "including ...", "of the 150 returned, 12 ...")
   takes the set's kind; a nationality group in it → ``foreign_nationals``;
5. a clause of belief on the counted people that they are held ("80 pupils thought to
   remain in captivity", BELIEF_VERBS), even hung on another word of their list, →
   ``remaining`` unless the clause's own verb frees or moves them;
   else the counted noun's own modifiers ("freed", "returned") or the noun itself ("the 24
   freed", "30 of the returnees"), or the freed noun a copula makes it ("the three were the
   first hostages freed");
6. a release whose clause (or event noun: "last year's amnesty") carries an earlier time
   ("in June", "since the war began", "previously") → ``earlier_release``, so does an escape
   timed from the capture ("within the first hours", "days after the attack", "had
   escaped", "initially escaped": AFTERMATH_WORDS, CAPTURE_NOUNS), a release fronted by
   "in a separate incident" (SEPARATE_WORDS, INCIDENT_NOUNS), and so does a
   handover of held people ("since May, when 38 prisoners were expelled to X");
7. a part of those freed or moved said to be foreigners or of a nationality ("five of the
   freed were German citizens", "foreign nationals") → ``foreign_nationals``; but a
   nationality that is a side of a swap told by its verb ("three Xs were exchanged for 90
   Ys") or the whole set a release freed ("the 90 Ys freed by Z") stays ``released``,
   unless a clause says they were held there ("five Xs jailed in Y");
8. else a count of held people (HELD_NOUNS) with no other event → ``remaining`` — but not
   when something else happened to them ("nine hostages were killed") or they only describe
   a noun ("the families of 30 detainees"), nor beside a release in its sentence unless its
   own clause says "still" or puts a tally at it ("the count still stands at 812"); else
   ``other``. Held people no more ("former detainees", FORMER_MODIFIERS) are ``released``;
   people held until a release ("had been held before the release", BEFORE_PREPS) are
   ``remaining``, as of then.
"""
from __future__ import annotations

from .. import kinds

#: Movement verbs that count as a transfer only with a place ("taken to", "sent into").
MOVE_VERBS = {"take", "send", "bring", "move", "fly", "travel", "cross", "return", "go", "leave",
              "head", "drive", "ship", "carry", "walk", "come", "reach", "enter", "depart",
              "flee", "escort", "land", "disembark", "dock", "relocate", "step"}
#: Verbs of entering whose object is where people went ("entered Chile", "reached Peru").
ENTER_VERBS = {"enter", "reach"}
#: Verbs of crossing whose object is a border people passed ("crossed the X border").
CROSS_VERBS = {"cross"}
#: Place nouns for a border: where people passed, not where they went ("across the border
#: into X": X; "crossed the Xian border": X's country).
BORDER_NOUNS = {"border", "frontier"}
#: Prepositions by which people pass a border ("across the border", "over the frontier").
CROSSING_PREPS = {"across", "over"}
#: Adverbs that set a clause on freed people after their release ("who have since crossed into
#: X", "who were then flown to X").
AFTERWARDS_ADVERBS = {"then", "later", "now", "since", "subsequently", "afterwards", "afterward"}
#: Verbs of leaving whose "for X" is where people went ("left the airport for X").
DEPART_VERBS = {"leave", "depart"}
#: Movement verbs that, in the passive, hand people over with or without a place
#: ("45 migrants were returned").
HANDED_BACK_VERBS = {"return"}
#: Words that deny a verb ("were not freed", "never released").
NEGATIONS = {"not", "n't", "never", "no"}
#: Verbs whose to-clause did not happen: "refused to release 5,000", "failed to free them".
REFUSAL_VERBS = {"refuse", "decline", "fail", "reject"}
#: What people are once out of captivity: "the 12 hostages are free", "are home".
FREE_STATES = {"free", "freed", "released", "home"}
#: Verbs of going home: people of one nationality who do so go to its country.
HOMECOMING_VERBS = {"return", "repatriate", "deport"}
#: Nouns that are a place even without a place name ("Ukrainian territory", "the border").
PLACE_NOUNS = {"territory", "soil", "border", "country", "capital", "city", "camp", "side",
               "frontier", "crossing", "checkpoint", "airport", "abroad", "region", "state",
               "land", "homeland", "embassy", "consulate", "base", "port", "area"}
#: Buildings that stand where their name's place is ("a Damascus hotel"): a move to one is a
#: move to that place.
FACILITY_NOUNS = {"hotel", "hospital", "prison", "jail", "airbase", "stadium", "station",
                  "palace", "compound", "facility", "centre", "center", "barracks", "hall",
                  "house"}
#: Prepositions that spread a figure over the sides of a swap ("146 prisoners from each
#: side", "100 on both sides"), unlike "announced by both sides".
EACH_SIDE_PREPS = {"from", "on", "of", "for", "per"}
#: Prepositions that put a place inside or by a known one ("the airport in X", "a base
#: outside Y").
LOCATED_PREPS = {"in", "near", "outside"}
#: Nouns of places or clusters people are kept in: a figure of these ("kept in three
#: locations") counts places, not people, whatever the verb says of the people.
SPOT_NOUNS = {"location", "place", "site", "camp", "cluster", "hideout", "hideaway", "den",
              "spot", "facility", "compound", "prison", "jail", "cell", "centre", "center",
              "building", "house", "forest", "enclosure", "venue", "base"}
#: Verbs of letting someone do something: "allowed to leave", "permitted to go" is a release.
PERMIT_VERBS = {"allow", "permit", "let"}
#: Verbs of going away that a release lets people do ("allowed to leave the country").
LEAVE_VERBS = {"leave", "go", "depart"}
#: Nouns for a settlement or area, which an apposition uses to say where a place the reader
#: may not know lies ("to X, the largest town in northern Y", "to X, the capital of Y").
SETTLEMENT_NOUNS = {"town", "city", "village", "capital", "region", "province", "district",
                    "state", "port", "island", "enclave", "municipality", "county", "hub"}
# ("hospital" is not one: "nine were taken to hospital" is care, not a handover.)
#: Places of medical care: "17 were discharged from the hospital" left care, not captivity.
MEDICAL_NOUNS = {"hospital", "clinic", "infirmary"}
#: Places of care or of holding: "taken to a hospital in X" is care and "moved to a prison in
#: X" a move between cells, not a handover to X.
CARE_NOUNS = MEDICAL_NOUNS | {"prison", "jail", "gaol", "penitentiary", "cell", "colony",
                              "detention"}
#: Verbs of a move across a border: the custody place they send people to is in the
#: country they go to ("deported them to a jail in X").
BORDER_VERBS = {"deport", "expel", "extradite", "repatriate"}
#: Places people are held in: "left prison", "walked out of jail" is a release.
CUSTODY_PLACES = CARE_NOUNS - MEDICAL_NOUNS
#: Places people are trapped in: "emerged from the tunnel" after a collapse is a rescue.
TRAP_PLACES = {"tunnel", "mine", "shaft", "rubble", "cave", "debris", "wreckage"}
#: Nouns of a place's inside: "from the depths of a collapsed tunnel".
INSIDE_NOUNS = {"depth", "depths", "bottom", "belly", "inside", "interior"}
#: Places and states of holding people are "in": "still in detention", "years in captivity";
#: the registry's phrases of people still held say which.
HELD_IN = {place for prep, place in kinds.phrases(kinds.REMAINING) if prep == "in"}
#: Verbs of going out of a place on one's own feet: "walked out of prison"; fleeing or
#: breaking out of one is an escape ("fled from 28 prisons", "broke out of the jail").
WALK_OUT_VERBS = LEAVE_VERBS | {"walk", "exit", "flee", "break", "come", "emerge", "step"}
#: Nouns of the parts a release comes in: "had been releasing the 62 hostages in batches"
#: tells all releases together.
BATCH_NOUNS = {"batch", "group", "stage", "wave", "tranche", "instalment", "installment"}
#: States of people not yet back from captivity: "eight are still missing", "remain
#: unaccounted for" ("missing" only with "still": "66 were reported missing" counts the
#: people taken).
MISSING_STATES = {"missing", "unaccounted"}
#: Verbs of arriving: a clause of these on a verb of receiving gives where it happened.
ARRIVAL_VERBS = {"land", "arrive", "disembark", "touch", "dock", "reach"}
#: Verbs of being welcomed, which frame what the welcomed did: "Five militants received
#: heroes' welcomes as they returned to X", "were greeted as they landed".
WELCOMED_VERBS = {"receive", "get", "welcome", "greet"}
#: Nouns by which an act is "in favour of" or "on behalf of" people ("a pardon in favour of
#: 380 rebels": the pardon's people).
FAVOUR_NOUNS = {"favor", "favour", "behalf"}
#: Nouns of a welcome people are given ("were given a hero's welcome on their return to X").
WELCOME_NOUNS = {"welcome", "reception", "homecoming"}
#: Nouns of arriving, and the prepositions that make them the moment of a release ("pardoned
#: on arrival in X", "upon their return to X", "freed after arriving in X").
ARRIVAL_NOUNS = {"arrival", "landing", "return", "homecoming"}
ON_ARRIVAL_PREPS = {"on", "upon", "after"}
#: Their forms a headline's parse may take for nouns ("Prisoners land in X").
ARRIVAL_FORMS = {"land", "lands", "landed", "arrive", "arrives", "arrived", "disembark",
                 "disembarks", "disembarked", "dock", "docks", "docked"}
#: Forms of "return", as a title-case headline spells them before "Home".
RETURN_FORMS = {"return", "returns", "returned"}
#: Vehicles whose "to X" is where the people on them went ("left on a plane to X").
VEHICLE_NOUNS = {"plane", "flight", "jet", "aircraft", "airplane", "charter", "helicopter", "bus",
                 "coach", "train", "ship", "boat", "ferry", "vessel", "convoy", "motorcade",
                 "trawler", "yacht", "tanker", "dinghy", "canoe", "lorry", "van"}
#: Verbs that lay on vehicles for a purpose ("chartered planes to repatriate 600", "put on
#: 16 flights to ferry 600 home"): the figure of the purpose is a plan.
LAY_ON_VERBS = {"charter", "put", "lay", "send", "dispatch", "deploy", "arrange", "provide",
                "organise", "organize", "book", "prepare", "schedule"}
#: Nouns of being under way: "en route to X", "on their way (back) to X" goes there.
WAY_NOUNS = {"route", "way"}
#: What captors ask for in money: "demanded N100m ransom for the nine".
RANSOM_NOUNS = {"ransom", "money", "payment", "naira", "dollar", "euro", "peso", "cedi", "rand",
                "shilling", "franc", "rupee", "sum"}
#: Words that make a clause a condition, not a fact: "if the rebels released three",
#: "provided the group freed three".
CONDITION_WORDS = {"if", "unless", "provided", "providing"}
#: Words an "if" after which asks a question: "it is unknown if", "asked if".
QUESTION_WORDS = {"unknown", "unclear", "clear", "know", "ask", "wonder", "see", "check", "sure",
                  "certain", "doubt", "question", "confirm", "say", "tell"}
#: Verbs of what must happen, with a to-clause: "200 had to be released", "need to be freed".
OBLIGATION_VERBS = {"have", "need"}
#: Verbs of giving a pardon or an amnesty to people: "the pardons given to 1,100 people".
GIVE_VERBS = {"give", "grant", "award", "extend"}
#: Verbs of getting what one is granted: "benefit from a pardon", "received an amnesty" are
#: a release when the thing got is a release noun.
GAIN_VERBS = {"benefit", "receive", "get", "obtain", "win", "gain", "secure", "earn", "enjoy"}
#: Nouns of an act named before, which people benefit from: in a release story, the release
#: ("2,000 people have benefited from the gesture", after "the king pardoned ...").
ACT_NOUNS = {"gesture", "decree", "measure"}
#: Verbs that clear a sentence or a conviction, with its noun: the people are freed ("the
#: sentences of 200 prisoners were remitted", "had their sentences dropped"); reducing or
#: commuting a sentence is not among them.
CLEARED_SENTENCE = {("remit", "sentence"), ("drop", "sentence"), ("quash", "sentence"),
                    ("annul", "sentence"), ("waive", "sentence"), ("quash", "conviction"),
                    ("annul", "conviction")}
#: Verbs whose subject receives people: its place is their destination ("X's centre received 40").
RECEIVE_VERBS = {"receive", "welcome", "accept", "admit", "greet", "collect"}
#: Event nouns of receiving: the subject of the verb governing them is the receiver
#: ("X announced the receipt of 40").
RECEIVE_NOUNS = {"receipt", "reception"}
#: Nouns of keeping a receiver takes people into: "took custody of 40 pupils".
CUSTODY_NOUNS = {"custody"}
#: Verbs by which a receiver takes them: "took/assumed custody of 40".
CUSTODY_VERBS = {"take", "assume", "gain", "accept", "receive"}
#: Nouns of people held by captors, not by a state: received by someone, they are freed
#: ("officials received 12 hostages"); prisoners received are handed over.
CAPTIVE_NOUNS = {"hostage", "captive", "abductee", "kidnappee"}
#: Verbs of taking people captive: "40 pupils kidnapped in May" names them as captives.
ABDUCTION_VERBS = {"kidnap", "abduct"}
#: Verbs of taking people captive: a participle of one on the counted people names them by
#: their capture ("251 captives seized by the militants").
CAPTURE_VERBS = ABDUCTION_VERBS | {"seize", "capture", "take", "snatch"}
#: Verbs of finding: people found who were taken captive or missing were rescued ("troops
#: found 49 migrants who were kidnapped").
FIND_VERBS = {"find", "locate", "discover"}
#: Words that say people are missing ("49 missing migrants").
MISSING_WORDS = {"missing", "disappeared"}
#: Words of the attack in which people were seized ("since attacking a train", "the
#: remaining 23 hostages from a train attack in March"): a time on them dates the capture.
ATTACK_WORDS = ABDUCTION_VERBS | {"attack", "raid", "ambush", "assault", "storm", "hijack",
                                  "hijacking", "abduction", "kidnapping", "strike", "airstrike",
                                  "bombing", "shelling"}
#: Verbs of belief that raise a state to their subject: "80 pupils thought to remain in
#: captivity", "believed to be held" say the people are held now.
BELIEF_VERBS = {"think", "believe", "fear", "presume", "understand", "suspect", "assume",
                "know", "report", "say"}
#: Their participles, which the tagger may misread as nouns ("80 thought to be held").
BELIEF_PARTICIPLES = {"thought", "believed", "feared", "presumed", "understood", "suspected",
                      "assumed", "known", "reported", "said"}
#: Verbs of getting away from captors: "30 pupils escaped" is a release of those 30.
ESCAPE_VERBS = {"escape"}
#: Verbs of waiting: people held await their release or trial ("40 await trial"); people who
#: await anything else are only waiting ("100 people awaited their arrival at the airport").
WAIT_VERBS = {"await"}
AWAITED_BY_THE_HELD = {"release", "freedom", "trial", "verdict", "sentencing", "sentence",
                       "execution", "deportation", "extradition", "hearing", "transfer",
                       "repatriation", "exchange", "swap", "judgment", "judgement", "appeal",
                       "ruling", "charge", "charges", "prosecution", "processing", "fate"}
#: Verbs of flight that are an escape only when said of people held ("216 inmates fled",
#: "prisoners broke out"; not "thousands fled the fighting").
FLIGHT_VERBS = {"flee", "break"}
# "All 31 pupils have been accounted for": after an abduction, found safe (passive only).
ACCOUNTED_VERBS = {"account"}
#: Words of being able that pass a subject on to their to-clause ("were able to escape");
#: not "unable", which denies it.
ABLE_WORDS = {"able"}
#: Events that start a story of captivity ("escaped hours after the attack").
CAPTURE_NOUNS = {"attack", "abduction", "kidnapping", "kidnap", "raid", "seizure", "capture",
                 "abduct"}
#: Time words that place an escape just after the capture, before the story's release:
#: "within the first hours", "shortly afterward", "in the days that followed".
AFTERMATH_WORDS = {"first", "afterward", "afterwards", "thereafter", "followed", "initial",
                   "initially"}
#: Subordinators of a clause that tells a past event beside the main one ("after the pirates
#: freed them", "once they were released").
AFTER_MARKS = {"after", "once", "when", "since"}
#: "In a separate incident, ...": words that set a clause in another event than the story's
#: (SEPARATE_WORDS on one of INCIDENT_NOUNS; not "a separate statement").
SEPARATE_WORDS = {"separate", "unrelated", "another", "different", "similar"}
INCIDENT_NOUNS = {"incident", "case", "development", "operation", "attack", "raid", "episode",
               "event", "rescue", "kidnapping", "abduction", "hijacking", "mission"}
#: Event nouns of people coming back that count a release like "the release of 40" ("the
#: return of 40 pupils"); with a place ("the return of 40 to X") they are not read so.
RETURN_NOUNS = {"return", "homecoming"}
#: Bodies people are handed to ("handed to the authorities of X", "to Chadian officials").
#: Receivers of freed captives inside their own country, no place they are sent to
#: ("turned over to security officials", "handed to their families").
HOME_RECEIVERS = {"official", "authority", "police", "family", "parent", "relative"}
RECEIVER_NOUNS = {"authority", "official", "government", "representative", "delegation",
                  "embassy", "consulate", "side", "police", "guard", "officer", "custody",
                  "care", "hand", "ministry", "mission", "team", "red cross", "mediator",
                  "negotiator", "envoy", "navy", "army", "coastguard", "military", "force"}
#: Verbs of inclusion whose subject, an event noun, gives the kind of what they count
#: ("the swap involved 26 people", "the amnesty covers 5,000 inmates").
INVOLVE_VERBS = {"involve", "cover", "include", "concern", "comprise", "affect", "benefit", "see",
                 "encompass", "span", "consist", "apply", "extend"}
#: Prepositions by which a verb of inclusion reaches what it counts ("the pardon applies to
#: 300 people", "the amnesty extends to 40 inmates").
INVOLVE_PREPS = {"to"}
#: Verbs of a swap: "A traded 40 prisoners for six soldiers" frees both sides, and people
#: named by nationality on either side are each side's own, not foreigners.
SWAP_VERBS = {"exchange", "swap", "trade"}
#: Nouns for the dead: "the bodies of 40 soldiers", "the remains of 12 hostages" count
#: the dead, not living people freed or moved.
BODY_NOUNS = {"body", "bodies", "remains", "corpse", "corpses", "coffin", "coffins", "casket",
              "caskets", "ashes"}
#: Verbs that state a count of people without an event of their own ("there are", "has").
STATE_VERBS = {"be", "have", "number", "total", "reach", "exceed", "top", "count", "make", "stand",
               "represent", "include", "contain", "house", "estimate", "put"}
#: Verbs of the courts: a count of held people they govern is still of people held
#: ("7,000 of them have been sentenced").
JUDICIAL_VERBS = {"sentence", "convict", "charge", "try", "jail", "imprison", "prosecute",
                  "indict",
                  "fine", "hear", "acquit"}
#: Verbs of keeping people: "remaining" unless in the past ("are held", "to be detained").
HELD_VERBS = {"hold", "detain", "imprison", "jail", "keep", "incarcerate", "intern"}
#: Verbs whose time phrase dates a detention ("held since April", "captured in 2022").
DETENTION_VERBS = HELD_VERBS | JUDICIAL_VERBS | {"arrest", "capture", "seize", "abduct", "kidnap"}
#: Nouns of what is not known about people still held ("the fate of its 405 hostages",
#: "the whereabouts of 12 prisoners"): the people counted are held now.
FATE_NOUNS = {"fate", "whereabouts"}
#: Words that say people are held now: "Of those arrested, 13,015 are still in detention"
#: counts all those still held, not a part of a set.
STILL_HELD_WORDS = {"still", "remain"}
#: Verbs of taking people into custody again: "3,700 who had escaped have been recaptured".
RECAPTURE_VERBS = {"arrest", "rearrest", "recapture", "capture", "apprehend", "catch", "nab"}
#: Of those, the verbs that say "again" by themselves.
AGAIN_VERBS = {"rearrest", "recapture"}
#: Held verbs that name a state, not an arrest: in reported speech their past is present
#: ("the group said 40 were held" = are held), unlike "police said 40 were detained".
HELD_STATE_VERBS = {"hold", "keep"}
#: Nouns a capture verb takes as what its people are held as ("held hostage", "taken
#: captive"), not as an object of its own.
HELD_AS_NOUNS = {"hostage", "captive", "prisoner"}
#: Verbs by which someone frees others: their subject frees, it is not freed ("Three soldiers
#: freed 12 hostages"; not "the pupils joined their families").
FREEING_VERBS = {"free", "release", "pardon", "rescue", "liberate"}
#: Verbs of staying where one is held: their past still tells who was held ("40 remained in
#: captivity"), unlike the past of what people went through there ("were treated well").
STAYING_VERBS = {"remain", "stay", "languish", "be"}
#: Verbs of choosing: "chose to stay", "decided to remain" is a free choice, not detention.
CHOICE_VERBS = {"choose", "decide", "opt", "prefer", "want", "elect", "wish", "plan", "agree"}
#: Nouns that name people by a foreign citizenship: a release of these is ``foreign_nationals``.
FOREIGN_NOUNS = {"national", "nationals", "foreigner", "foreigners", "expatriate", "expatriates"}
#: Modifiers that make a nationality noun foreign ("foreign citizens", "dual nationals").
FOREIGN_MODIFIERS = {"foreign", "dual", "overseas"}
#: Nouns of a citizenship people hold ("people with foreign citizenship", "with foreign
#: passports").
CITIZENSHIP_NOUNS = {"citizenship", "nationality", "passport", "passports", "citizenships",
                     "nationalities"}
#: Verbs of a vehicle carrying people ("a plane carrying 150 migrants landed in X").
CARRY_VERBS = {"carry", "transport", "ferry", "bring", "take", "hold"}
#: Prepositions that give a destination after a release ("freed to Lithuania"); "freed in X"
#: is where it happened.
TOWARD_PREPS = {"to", "into", "toward", "towards", "onto"}
#: Particles a destination may hang from ("sent back to X", "flew home to X").
DIRECTION_PARTICLES = {"back", "home", "over", "away", "across", "out", "off", "on"}
#: Prepositions that introduce a destination.
TO_PREPS = {"to", "into", "in", "on", "onto", "at", "across", "toward", "towards"}
#: Modifier words that are "remaining" only as a present state ("are held", "remain"):
#: "jailed"/"detained" as bare adjectives describe who the people are, so they only count
#: for HELD_NOUNS defaults; only these override an event predicate.
REMAINING_OVERRIDE = {"remaining", "remain", "still-jailed"}

#: Words that make a membership phrase: "among those freed", "including five citizens".
MEMBERSHIP = {"among", "including", "include", "incl", "amongst"}
#: Prepositions that add people beside a counted object ("freed 250, along with 1,700
#: others", "included 250 ..., alongside 1,718 ...").
COMPANION_PREPS = {"alongside", "with", "besides"}
#: Time words that place a release before the story's own event.
EARLIER_WORDS = {"earlier", "previously", "formerly", "before", "prior", "already", "since",
                 "past", "last", "ago", "previous", "former", "cumulatively", "so far"}
#: Adverbs that put a release first, before the story's own, on its verb ("had initially
#: released 11").
AT_FIRST_WORDS = {"initially", "originally"}
#: Time words that mean the story's own moment (not earlier).
CURRENT_TIME_WORDS = {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday", "now", "this", "weekend",
                      "morning", "afternoon", "evening", "night", "hours", "latest"}
#: Words that keep an "earlier"-looking phrase at the story's moment ("last night").
STILL_CURRENT = {"night", "overnight", "tonight", "day"}
#: The days of the week ("last Tuesday" is the day just past, not an earlier release).
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: Nouns of a moment a clause can name ("at the same time the US released three"): that
#: clause keeps its own time, not the sentence's.
MOMENT_NOUNS = {"time", "moment"}
#: Days that keep "earlier" on the story's day ("earlier on Wednesday", "earlier today"); not
#: "earlier this month".
SAME_DAY_WORDS = {"today", "tonight", "yesterday", "morning", "afternoon", "evening"} | WEEKDAYS
MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december",
               # the wire's abbreviations ("on Feb. 9, 2023")
               "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
               "nov.", "dec."}

#: Verbs whose subject is the source of a figure ("X said", "X identified 1,227").
SPEECH_VERBS = {"say", "tell", "write", "announce", "report", "confirm", "identify", "state",
                "claim", "estimate", "count", "document", "add", "note", "tweet", "post",
                "declare", "insist", "warn", "record", "list", "reveal", "disclose", "indicate",
                "acknowledge", "allege", "publish", "put", "assert", "explain", "specify",
                "register", "tally", "verify", "calculate", "recognise", "recognize", "cite",
                "quote", "mention", "inform", "brief", "testify", "told", "says", "show",
                "find", "suggest", "promise", "pledge", "vow"}
#: Verbs of dying: "four had died in captivity" are the dead, not people still held.
DEATH_VERBS = {"die", "perish"}
#: Nouns for the events a story counts ("three separate exchanges", "two handovers"): a
#: figure of them counts events, not people.
EVENT_NOUNS = {"exchange", "swap", "release", "handover", "transfer", "repatriation",
               "deportation", "evacuation", "extradition", "expulsion", "rescue", "trade",
               "ceremony"}
#: What people are "taken" as when they are seized: "taken captive", "taken hostage".
TAKEN_AS = {"captive", "captives", "hostage", "hostages", "prisoner", "prisoners"}
#: Verbs of killing: "21 hostages killed in the siege" are the dead, whoever held them.
KILL_VERBS = {"kill", "murder", "execute", "slay", "massacre", "behead"}
#: Verbs that name who a statement covers ("..., listing X alongside eight others").
LIST_VERBS = {"list", "name", "identify", "mention"}
#: Words that set a figure against another just given ("47, not 45 as the army said").
CONTRAST_WORDS = {"not", "rather", "instead"}
#: Participles that count people on their own ("29,000 arrested", "300 killed").
PEOPLE_PARTICIPLES = {"arrest", "detain", "kill", "wound", "injure", "free", "release", "abduct",
                      "kidnap", "displace", "evacuate", "rescue", "jail", "imprison", "execute",
                      "deport", "sentence", "convict", "pardon", "missing"}
#: Generic nouns that, as "the group says", stand for the organisation named before.
GENERIC_ORG_NOUNS = {"group", "organisation", "organization", "association", "watchdog",
                     "charity", "ngo"}
#: Bodies that "the X said" stands for when X was named before ("the UN refugee agency ...
#: the agency said").
INSTITUTION_NOUNS = {"agency", "ministry", "centre", "center", "committee", "office", "court",
                     "council", "commission", "service", "department", "headquarters", "mission",
                     "union", "association", "body", "authority", "directorate", "bureau",
                     "government", "army", "military", "embassy", "institute", "monitor"}
#: Roles a "he"/"she" may stand for when no one is named ("The governor ... He said").
ROLE_NOUNS = {"president", "governor", "minister", "spokesman", "spokeswoman", "spokesperson",
              "mayor", "chief", "commander", "general", "ambassador", "envoy", "negotiator",
              "mediator", "prosecutor", "judge", "ombudsman", "commissioner", "secretary",
              "director", "head", "leader", "king", "queen", "monarch", "premier", "chancellor",
              "colonel", "captain", "officer", "official", "lawyer", "priest", "bishop", "imam"}
#: Words before a name that make it a person's ("President X", "Mr X"): never a place.
TITLE_WORDS = ROLE_NOUNS | {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col",
                            "pres", "senator", "vice", "prime"}
#: Documents that carry a source ("a statement read on state TV", "a report by X").
DOCUMENT_NOUNS = {"statement", "report", "communique", "communiqué", "release", "post", "tweet",
                  "letter", "bulletin", "announcement", "broadcast", "decree"}
#: Modifiers that make a tally a count of people ("the death toll", "the casualty count").
PEOPLE_TALLY_MODIFIERS = {"death", "casualty", "fatality", "victim", "injury", "missing"}
#: Prepositions spanning a whole period ("over the course of the war", "throughout the war").
SPAN_PREPS = {"over", "throughout", "since", "during"}
#: Nouns for the start or the length of a conflict ("since the start of the invasion", "over
#: the course of the war"): the conflict named inside them is the span.
SPAN_NOUNS = {"course", "start", "beginning", "outbreak", "onset", "year", "month", "decade"}
#: Nouns for a whole conflict, the period a running total spans.
CONFLICT_NOUNS = {"war", "conflict", "invasion", "fighting", "hostilities"}
#: Nouns for a figure put "at" a number ("puts the number of prisoners at 1,100").
TALLY_NOUNS = {"number", "toll", "tally", "total", "figure", "count", "estimate"}
#: Verbs that give how many people a group is ("the prisoners, who numbered 21").
COUNTING_VERBS = {"number", "total", "totall", "count"}
#: Verbs that raise a tally ("bringing the total to ..."; claims.when._TALLY_RAISED spells
#: their forms).
TALLY_VERBS = {"bring", "raise", "take", "push", "lift"}
#: Demand verbs also name the source ("X called for the release of ...").
ATTRIBUTION_VERBS = SPEECH_VERBS | kinds.DEFAULT.get(kinds.DEMANDED).verbs | {"call", "ask",
                                                                              "press", "appeal"}
#: Prepositions that introduce a source: "according to X", "per X", "citing X".
SOURCE_PREPS = {("accord", "to"), ("according", "to")}
SOURCE_WORDS = {"citing", "per"}

#: Nouns that count people (lemmas, lower case). Agent nouns in -ers are listed, not
#: guessed: "suppliers" and "producers" are usually companies.
PEOPLE_NOUNS = {
    "people", "person", "persons", "individual", "man", "woman", "men", "women", "child",
    "children", "kid", "boy", "girl", "adult", "teenager", "minor", "baby", "infant",
    "prisoner", "detainee", "inmate", "hostage", "captive", "convict", "internee", "abductee",
    "political prisoner", "pow", "pows",
    "citizen", "national", "resident", "foreigner", "civilian", "refugee", "migrant",
    "asylum-seeker", "evacuee", "deportee", "exile", "expatriate", "immigrant", "emigrant",
    "activist", "journalist", "reporter", "blogger", "dissident", "opponent", "protester",
    "protestor", "demonstrator", "critic", "lawyer", "politician", "leader", "member",
    "figure", "supporter", "volunteer", "worker", "employee", "staff", "official", "officer",
    "soldier", "troop", "personnel", "serviceman", "servicemen", "servicewoman", "fighter",
    "militant",
    "combatant", "rebel", "guard", "police", "policeman", "policemen", "student", "pupil",
    "teacher", "doctor", "nurse", "patient", "victim", "survivor", "casualty", "fatality",
    "miner", "passenger", "crew", "sailor", "fisherman", "fishermen", "farmer", "pilgrim",
    "tourist", "visitor", "traveler", "traveller", "voter", "priest", "monk", "nun",
    "clergyman", "athlete", "player",
    "defendant", "suspect", "applicant", "family", "relative", "candidate", "delegate",
    "diplomat", "envoy", "spy", "agent", "scientist", "artist", "writer", "musician", "engineer",
    "seeker", "returnee", "pilot", "airman", "airmen", "commander", "forces",
    "banker", "businessman", "businessmen", "entrepreneur", "opposition", "dead", "injured",
    "villager", "inhabitant", "townspeople", "settler", "peacekeeper", "aid worker", "medic",
    "wounded", "missing", "displaced", "freed", "released", "those", "captor", "kidnapper",
    # agent nouns in -er/-ant for people, listed because the ending alone also makes things
    "boarder", "lodger", "tenant", "commuter", "driver", "labourer", "laborer", "lawmaker",
    "mourner", "pensioner", "rescuer", "firefighter", "bystander", "onlooker", "gunman",
    "gunmen", "attacker", "hijacker", "smuggler", "trafficker", "vigilante", "islander",
    "newcomer", "hiker", "climber", "diver", "swimmer", "shopper", "worshipper", "trucker",
    "defender", "preacher", "trader", "herder", "herdsman", "herdsmen",
    "servant", "assistant", "participant", "occupant", "informant", "claimant", "descendant",
    "attendant", "sergeant",
    "lieutenant", "insurgent", "client", "customer", "militiaman", "militiamen", "tribesman",
    "tribesmen", "veteran", "accused", "missionary", "seafarer", "staffer", "classmate",
    "schoolmate", "friend", "colleague", "companion", "pastor", "warrior", "offender", "bandit",
    "beneficiary", "campaigner", "compatriot", "recruit", "conscript", "cadet", "youth",
    "elder", "crewman", "crewmen", "female", "male",
    # kin
    "son", "daughter", "brother", "sister", "father", "mother", "parent", "husband", "wife",
    "grandchild", "grandparent", "sibling", "cousin", "nephew", "niece", "uncle", "aunt",
}
#: What people are picked from ("selected from a group of around 1,000", "chosen from a
#: list of 500"): the pool, not those picked.
POOL_NOUNS = {"group", "pool", "list", "roster", "register"}
#: Collective nouns that count groups of people only when "of <people>" follows.
#: Nouns of an armed group whose name may begin with a figure ("the 400 Mawozo gang").
ARMED_GROUP_NOUNS = {"gang", "militia", "cartel", "brigade", "faction", "battalion", "regiment",
                     "syndicate", "movement"}
GROUP_NOUNS = {"group", "batch", "set", "team", "delegation", "family", "busload", "planeload",
               "crew", "party", "contingent", "cohort", "convoy"}
#: Nouns for nationality groups (with demonyms, e.g. spaCy NORP tokens) — used for
#: ``foreign_nationals``.
NATIONALITY_NOUNS = {"citizen", "national", "foreigner", "passport-holder", "subject",
                     "expatriate", "dual national", "dual-national"}
#: Faiths the NER labels like nationalities (NORP): "Catholic priests" are not foreigners.
FAITH_WORDS = {"catholic", "catholics", "muslim", "muslims", "christian", "christians", "jewish",
               "jews", "buddhist", "buddhists", "hindu", "hindus", "sunni", "sunnis", "shia",
               "shiite",
               "shiites", "coptic", "copts", "orthodox", "protestant", "protestants",
               "evangelical",
               "evangelicals", "sikh", "sikhs", "baptist", "baptists", "anglican", "anglicans"}
#: Peoples with no country of their own name (ethnic groups), which the tagger may take for
#: organisations ("40 Uyghurs were deported"): people, of no nationality.
PEOPLES = {"uyghur", "uyghurs", "uighur", "uighurs", "rohingya", "rohingyas", "kurd", "kurds",
           "yazidi", "yazidis", "hazara", "hazaras", "tamil", "tamils", "baloch", "baluch",
           "pashtun", "pashtuns", "tibetan", "tibetans", "druze", "roma", "bedouin", "bedouins",
           "berber", "berbers", "tuareg", "tuaregs", "fulani", "hausa", "igbo", "yoruba", "tatar",
           "tatars", "chechen", "chechens", "assyrian", "assyrians", "alawite", "alawites",
           "karen", "kachin", "masalit", "amhara", "tigrayan", "tigrayans", "oromo", "oromos",
           "maasai", "kazakh", "kazakhs", "ahmadi", "ahmadis", "bahai", "bahais", "palestinian",
           "palestinians", "sahrawi", "sahrawis"}
#: Endings that mark a noun for people ("-ians": civilians; "-ists": activists; "-ees":
#: detainees). Agent nouns in "-ers" are not guessed.
PEOPLE_SUFFIXES = ("ians", "ists", "ees", "ites", "ards")
#: Endings of compound people nouns ("schoolchildren", "firemen", "steelworkers").
COMPOUND_PEOPLE_ENDINGS = ("children", "child", "girl", "boy", "man", "men", "woman", "women",
                           "worker", "person", "people", "folk")
#: Held people: a count of these with no event cue is a count still held.
HELD_NOUNS = {"prisoner", "detainee", "inmate", "hostage", "captive", "pow", "pows", "internee",
              "abductee", "convict"}
#: Nouns that are never people even with a people-like ending ("trustees" is fine; "fees"
#: and "degrees" are not).
NOT_PEOPLE = {"fee", "fees", "degree", "degrees", "guarantee", "guarantees", "committee",
              "committees", "jubilee", "decree", "decrees", "tree", "trees", "settee",
              "entree", "marquees", "lists", "twists", "mists", "fists", "wrists", "exists",
              "assists", "insists", "persists", "resists", "suppliers", "producers", "days",
              "years"}
#: Nouns of distance and area: "located 180 miles from the capital" counts no one.
MEASURE_NOUNS = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "yard", "inch",
                 "foot", "feet", "hectare", "acre"}
NOT_PEOPLE |= {f for w in MEASURE_NOUNS for f in (w, w + "s", w + "es")}

#: Auxiliaries that make the clause of a figure a prospect, not a fact: "could lead to the
#: release of up to 1,000", "will free 50", "said it would release 20".
#: Modals of a time to come: "will be freed", "would be released".
FUTURE_MODALS = {"will", "shall", "'ll", "would"}
PROSPECTIVE_MODALS = {"will", "shall", "'ll", "wo", "may", "might", "could", "would", "should",
                      "can", "must"}
#: Nouns of an undertaking whose to-clause is its aim, not yet done: "an operation to secure
#: the release of 1,000 other hostages". Not "efforts", said as often of a done move ("the
#: efforts of the Red Cross to facilitate the transfer of three hostages").
EFFORT_NOUNS = {"operation", "bid", "attempt", "mission", "campaign", "search"}
#: Nouns of pressure on someone to act: its to-clause is asked for, not done ("faces pressure
#: to bring home roughly 60 Xs detained abroad", "calls to free 40").
PRESSURE_NOUNS = {"pressure", "call", "plea", "appeal", "push"}
#: Words that make a people's adjective a continent's part ("the South American country",
#: "a Latin American nation"): no one country's.
REGION_PREFIXES = {"north", "south", "east", "west", "central", "latin", "southeast",
                   "northeast", "southwest", "northwest", "sub-saharan"}
#: Verbs that say an effort reached its aim ("the operation to free 40 succeeded").
SUCCESS_VERBS = {"succeed", "end", "conclude", "result", "manage", "achieve"}
#: Nouns of an agreed plan or an intention: a figure inside one is what was agreed or meant,
#: not yet what was done ("intentions to free 200").
PLAN_NOUNS = {"deal", "agreement", "accord", "plan", "pact", "proposal", "offer", "pledge",
              "promise", "arrangement", "intention", "intent", "aim", "readiness",
              "willingness", "decision"}
#: Verbs by which a plan states its terms ("the deal stipulates the release of 40", "an
#: agreement which includes the release of 33").
PLAN_VERBS = {"stipulate", "outline", "envisage", "envision", "foresee", "provide", "require",
              "entail", "specify", "set", "lay", "call", "include", "involve", "cover"}
#: Verbs of striving whose to-clause a country or a body pursues: "X is fighting to secure the
#: release of six", a call for their release (not "soldiers tried to free 40").
STRIVE_VERBS = {"try", "attempt", "fight", "strive", "struggle", "work", "push", "press"}
#: Nouns of a hope that a release is: "a glimmer of hope for securing the release of 100".
HOPE_NOUNS = {"hope", "prospect", "chance"}
#: Nouns for a pause in fighting whose terms, like a plan's, are still to be carried out.
TRUCE_NOUNS = {"truce", "ceasefire", "cease-fire"}
#: Verbs that put an event off ("postponed the release of 602", "the release is delayed").
PUT_OFF_VERBS = {"delay", "postpone", "defer", "suspend", "halt", "stall", "freeze", "shelve",
                 "cancel", "block", "stay", "stop"}
#: Nouns of an order that puts an event off ("a stay order for the deportation of 1,200", "a
#: halt to the transfer of 40").
PUT_OFF_NOUNS = {"stay", "halt", "suspension", "injunction", "moratorium", "freeze", "ban",
                 "postponement", "delay"}
#: Participles that make an event a plan ("the planned deportation of 1,200").
PLANNED_MODIFIERS = {"plan", "propose", "schedule", "intend", "expect", "envisage"}
#: Verbs that carry a planned event out ("went ahead with the planned release of 400",
#: "completed the planned transfer"): it happened.
CARRIED_OUT_VERBS = {"go", "proceed", "press", "push", "carry", "complete", "implement",
                     "conduct", "execute", "finish"}
#: Nouns for what is left of a set ("the deportation of the remainder of the 1,200", "the
#: rest of a group of 40"): the figure after them counts the set.
REST_NOUNS = {"remainder", "rest", "balance"}
#: Verbs whose to-clause is a plan or an offer: "plans to free 300", "offered to release 40",
#: "agreed to exchange 1,000 prisoners each" (a deal's terms, not yet the release).
PROSPECTIVE_GOVERNORS = {"plan", "expect", "intend", "aim", "hope", "prepare", "propose", "offer",
                         "agree", "promise", "pledge", "vow", "threaten", "seek", "want",
                         "schedule", "set", "try", "attempt", "suppose"}
#: Adverbs that put people back where they belong ("are back in X", "is home").
RETURNED_ADVERBS = {"back", "home"}
#: Verbs by which a counted set names its parts ("the 40 freed comprised 31 women").
PART_VERBS = {"comprise", "include"}
#: Modifiers that put held people in the past: "former detainees", "ex-prisoners" are free.
FORMER_MODIFIERS = {"former", "ex", "one-time", "onetime"}
#: Prefixes the tokenizer splits off a people noun, which still count that noun
#: ("19 co-defendants", "ex-prisoners").
SPLIT_PREFIXES = FORMER_MODIFIERS | {"co", "fellow"}
#: Where people taken out of danger go: "brought to safety", "led to safety" is a rescue
#: (a release), not a handover to a place.
SAFETY_NOUNS = {"safety", "surface"}  # ("brought to the surface": out of a mine)
#: Verbs that take others out of danger with "to safety" (not "fled to safety": an escape).
SAFETY_VERBS = {"bring", "lead", "take", "guide", "escort", "carry", "airlift", "fly", "move",
                "evacuate", "usher", "pull", "help", "get", "hoist", "winch", "lift", "haul"}
#: Neutral bodies that take captives from their captors ("handed 27 soldiers to the Red
#: Cross", "delivered to the ICRC"): a handover to them is the release, not a move to a place.
INTERMEDIARIES = {"red cross", "red crescent", "icrc"}
#: Verbs of handing people over that such a body receives.
HANDOVER_VERBS = {"hand", "deliver", "turn", "transfer", "give", "release", "return"}
#: Time units of the story's own last days: "in the past two days" is not an earlier time.
RECENT_UNITS = {"hour", "hours", "day", "days", "night", "nights"}
#: Words of a time still to come: "is being released soon", "are freed tomorrow".
FUTURE_TIME_WORDS = {"soon", "shortly", "tomorrow"}
#: Modifiers of a time noun still to come: "next week", "in the coming days".
FUTURE_MODIFIERS = {"next", "coming", "upcoming"}
#: Time nouns a FUTURE_MODIFIER may qualify (the parser often leaves them without a DATE).
TIME_NOUNS = {"hour", "day", "week", "weekend", "month", "year", "round", "phase", "stage"}
#: States of being about to do something: "are due to be freed", "is set to be released".
PROSPECTIVE_STATES = {"due", "set", "poised", "slated", "scheduled", "about", "likely", "expected",
                      "ready"}
#: Prepositions that put a count of people held before an event ("held until the release").
BEFORE_PREPS = {"before", "until", "till", "prior"}
#: Verbs by which a plan is carried out: "completed the deal to exchange 40 for 60" is done.
COMPLETION_VERBS = {"complete", "implement", "execute", "fulfil", "fulfill", "honour", "honor"}
