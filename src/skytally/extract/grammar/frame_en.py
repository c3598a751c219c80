"""English frame patterns: which sentences speak of one attack, a period, or something else."""

import re

from . import FramePatterns

_A_SEPARATE_ATTACK = r"a\s+separate\s+(?:[\w-]+\s+)?(?:raid|attack|strike|assault|wave)\b"
# "in a separate attack overnight": another attack, though told of the same night (matched on lowered text)
# ("This daytime attack followed the overnight strike, during which the enemy used 187 drones": the one before)
# ("The attack followed a barrage on New Year's Eve, when Russia fired 20 cruise missiles": the earlier one's figures)
_FOLLOWED_AN_ATTACK = (r"(?:followed|came\s+after|comes\s+after)\s+(?:the|an?)\s+(?:(?:overnight|night(?:time)?|earlier|previous|"
                       r"massive|large|heavy|major|deadly)\s+)?(?:strike|attack|barrage|assault|raid)")
SEPARATE_ATTACK = re.compile(r"\b(?:" + _A_SEPARATE_ATTACK + "|" + _FOLLOWED_AN_ATTACK + r"\b)")
PAST = re.compile(
    r"\b(?:last\s+(?:week|month|year|summer|winter|spring|autumn|fall|weekend)|"
    # (not "a day before the war's third anniversary": the eve of an occasion to come)
    r"(?:a|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before"
    r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,4}(?:anniversary|summit|talks|meeting|visit|election|ceremony|"
    r"celebrations?|holiday|parade|speech|conference|deadline|inauguration|ceasefire|truce)\b))|"
    r"earlier\s+(?:this|that|last)\s+(?:week|month|year)|(?<!since\sthe\s)(?<!than\s)(?<!than\sin\s)previous(?:ly)?|prior\s+record|"
    r"what\s+was\s+then|the\s+(?:former|old)\s+record|"
    # ("since the start of the war", "since 2022": running totals, told by CUMULATIVE unless a superlative)
    r"so\s+far\s+(?:this|in)|this\s+(?:week|year|autumn|fall|spring|summer|winter)|in\s+(?:19|20)\d\d|"
    r"in\s+some\s+(?:weeks|months|nights)|(?:in|over|during)\s+recent\s+(?:days|weeks|months|nights)|"
    r"(?:during|in)\s+the\s+(?:past|last|final)\s+(?:\w+\s+)?(?:days|weeks|months|years)|"
    r"over\s+the\s+(?:past|last)\s+(?:(?:24|twenty-four|48|forty-eight|72)\s+hours|(?:\w+\s+)?(?:days?|weeks?|months?|years?))|"
    r"a\s+week\s+ago|"  # (not "over the past six hours": the window of the attack a statement counts)
    r"(?:over|in|during|across)\s+(?:two|three|four|five|six|several|many|\d+)\s+(?:weeks|months|years)|"
    # a week's tally: "In the last week of December alone, Russia launched more than 1,000 drones"
    r"(?:in|during|over)\s+the\s+(?:past|last|previous|first|second|third|fourth|final)\s+week\b|"
    # ("the Mykolaiv region came under a separate overnight raid by Shahed drones": another attack's figures)
    r"(?:came\s+under|in|during)\s+" + _A_SEPARATE_ATTACK + "|"
    + _FOLLOWED_AN_ATTACK + "|"
    r"record\s+(?:was|of|set)|the\s+previous\s+night|the\s+(?:night|day|evening)\s+(?:before|earlier)|"
    r"a\s+(?:night|day)\s+earlier|in\s+total\s+since|per\s+(?:day|night|month)|"
    r"(?:first|second)\s+half\s+of|(?:first|second|third|fourth|last)\s+quarter\s+of|"
    # a month in review: "The heaviest assault of the month came on March 24"
    r"(?:largest|heaviest|biggest|deadliest)\s+(?:[\w-]+\s+)?(?:attack|assault|strike|barrage)\s+of\s+the\s+month|"
    # ("In that earlier attack, Iran launched more than 300 drones and missiles")
    r"(?:that|the)\s+earlier\s+(?:attack|assault|strike|barrage|raid|salvo|wave))\b",
    re.I)
# Sentences about production, aid, tests, plans: numbers there are not attack figures.
NOT_ATTACK = re.compile(
    r"(?<![\w-])(?:will|would|"
    # (not a fate denied: "three S-300 missiles ... could not be intercepted" came and hit, "six Oniks missiles, none
    # of which could be stopped")
    r"(?<!none of which )(?<!none of them )"
    r"could(?!\s+(?:not|n't)\s+be\s+(?:intercepted|shot\s+down|downed|destroyed|stopped))|"
    r"might|planned|"
    # a plan to come, but not "the enemy's plan came to nothing": a foiled plan was an attack
    r"plans?(?!\s+(?:came\s+to\s+nothing|failed|fell\s+through|was\s+(?:foiled|thwarted|disrupted)))|planning|aims?\s+to|intends?|pledged|promised|"
    # ("The shipment also included 100 guided missiles for the IRIS-T launchers": aid, not an attack)
    r"deliver(?:y|ies|ed|ing|s)?|supplied|shipments?|consignments?|"
    # ("In a separate package, Germany sent more than 500 missiles for Patriot and IRIS-T systems")
    r"(?:aid|military|weapons?|separate|new|latest|support)\s+packages?|"
    # ("The package, first announced in April, also included 100 IRIS-T missiles": aid; interceptors are no attack's)
    r"the\s+package\b|(?:patriot|iris-t|nasams)\s+(?:missiles|interceptors)|"
    # ("farmers used more than 1,500 of them last season": farm drones)
    r"farmers\s+(?:have\s+|had\s+)?(?:used|use|bought|buy|flew|fly|operated?)\b|"
    r"(?:missiles|interceptors|rounds)\s+for\s+(?:the\s+|its\s+|their\s+)?(?:patriot|iris-t|nasams|hawk|samp|aster|skynex|gepard)|"
    r"(?<!water\s)(?<!power\s)(?<!heat\s)(?<!energy\s)(?<!electricity\s)(?<!gas\s)suppl(?:y|ies)|"
    r"(?<!gas\s)(?<!oil\s)(?<!fuel\s)(?<!energy\s)(?<!power\s)(?<!food\s)(?<!steel\s)produc(?:e|es|ed|ing|tion|er|ers)|"
    r"manufactur\w*|build|purchas\w*|"
    # orders of weapons, not "the grid operator ordered power cuts"
    r"orders?\s+(?:for|of)|ordered\s+(?=[\d,]+\s|more\s|new\s|additional\s|another\s)|"
    # a game or a drill speaks to its player: "the first mission asks you to shoot down 50 drones"
    r"(?:asks?|tells?|wants?|requires?|lets?|challenges?)\s+(?:you|players?)|you\s+(?:must|need\s+to|have\s+to|command|control)|"
    r"contracts?|trials?|"
    # a habit, not a night: "On a heavy night Russia now sends 500 or more drones at us"
    r"on\s+(?:a|an|any)\s+(?:typical|heavy|busy|bad|quiet|normal|average|good|given|big|large|ordinary)\s+(?:night|day)|"
    # a crew's own record and launches: "On its best night, the crew says, it brought down 11", "ten we launched"
    r"(?:its|their|his|her|our|my)\s+(?:[\w-]+\s+)?best\s+(?:night|day|shift)|we\s+(?:launched|fired|missed)|"
    # "We took down 47 in one night", "On one night in late September, his crew alone destroyed 11 Shaheds", "On the
    # busiest night of the summer, they downed nine", "The brigade counts more than 400 downed drones"
    r"we\s+(?:took\s+down|shot\s+down|downed|destroyed|brought\s+down)|"
    # (not "on the busiest night of the war, Russia launched 810 drones": a claim about the attack)
    r"on\s+(?:one|the\s+(?:busiest|worst|best))\s+night\s+(?:in\s+(?:late\s+|early\s+|mid-?)?[a-z]+|of\s+(?:the\s+)?(?:summer|winter|"
    r"autumn|spring|shift))|"
    r"(?:crew|unit|group|team|squad)\s+alone|counts\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|nearly\s+)?[\d,]+\s+"
    r"(?:downed|destroyed)|"
    # a unit's own running total: "the mobile fire group that has downed 176 Shaheds", "By their own count they have
    # shot down 147 of them"
    r"(?:group|unit|crew|team|squad)\s+(?:that\s+|which\s+)?(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:shot\s+down|downed|destroyed)|"
    r"by\s+(?:its|their|his|her|our|my)\s+own\s+(?:count|tally|reckoning)|"
    # a test, but not "Russia tests Ukraine's air defences with 400 drones": the attack as a test of them
    r"(?:tests?|tested|testing)(?!\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)\s+)?(?:air\s+)?defen[cs]es)|exercises?|drills?|prototypes?|demonstrat\w*|racing|in\s+crash\w*|budget|stockpiles?|inventory|"
    r"(?:a|its|their|our|the)\s+fleet\s+of|"  # what a firm or a team owns: "using a fleet of 30 drones to find mines"
    # a trade, not "Telegram export of two channels": a chat export is a file of posts
    r"(?<!channel\s)(?<!chat\s)(?<!telegram\s)export\w*(?!\s+(?:of\s+)?(?:(?:the|two|three|\w+)\s+)?(?:[\w-]+\s+)?(?:channels?|chats?|posts?|messages?))|donat\w*|(?<!generating\s)(?<!generation\s)capacity|capable|simulat(?!ors?\b)\w*|(?:per|each|every)\s+(?:day|night|week|month|year)|(?:(?<!\bin\s)a\s+week|a\s+(?:day|month|year))(?!\s+(?:earlier|ago|before|later|after|of|and|or|in\s+which|when|that)\b)|"
    # the campaign's habits: "has on occasion launched", "rarely launched fewer than 100", "several times sent more than
    # 250" (but "a rarely used Zircon")
    r"typically|usually|normally|regularly|routinely|(?:become|became)\s+routine|on\s+occasion|at\s+times|sometimes|"
    r"(?<!\ba\s)(?<!\ban\s)(?:rarely|seldom|often|frequently)(?!\s+used\b)|"
    r"(?:repeatedly|(?:several|many|multiple)\s+times)\s+(?:sent|launched|fired|used|hurled)\b|"
    # "with several attacks involving more than 500 drones in a single night": nights of a season, not this one
    r"(?:several|many|multiple|numerous)\s+(?:attacks|barrages|nights|raids|strikes)\s+(?:involving|with)\b|"
    # "sent between 100 and 200 drones a night" (not "killing a night watchman")
    r"a\s+night(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|for|over|across|to)\b)|"
    r"weekly|video\s+games?|games?|gamers?|players?|festivals?|light\s+shows?|drone\s+shows?|fireworks|"
    # a match report in the words of war: "Shakhtar fired 19 shots ..., and the goalkeeper parried all four"
    r"goalkeepers?|footballers?|penalt(?:y|ies)|half-?time|derby|shots\s+on\s+target|on\s+target\b(?!\s+(?:drones?|missiles?))|"
    r"annually|could\s+launch|can\s+launch|able\s+to|suppose|imagine|hypothetical\w*|for\s+example|"
    # a rule, not a night: "It grows only when the Air Force confirms that a cruise missile was shot down"
    r"only\s+when|whenever|every\s+time|each\s+time|"
    r"for\s+instance|invented|illustrat\w*|if|examples?|"
    # a school's practice: "the cadets shot down 12 of the 15 target drones"
    r"cadets?|trainees?|target\s+drones?|during\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exercises?|drills?|training)|"
    # the ground war: "used 5,216 kamikaze drones against Ukrainian positions and settlements near the front line"
    # ("used 5,920 kamikaze drones against the positions of Ukrainian troops")
    r"against\s+(?:the\s+)?(?:ukrainian\s+|russian\s+|enemy\s+|our\s+)?(?:positions|trenches)|shelling\s+attacks|"
    # the General Staff's strikes: "struck 11 areas where enemy personnel and equipment were concentrated"
    r"(?:enemy|russian)\s+(?:personnel|manpower))(?![\w-])", re.I)
# "since it was formed", "since the war began": a running total, not one attack's figure.
# Running totals: "since Friday", "At least 24 people have been killed in Israel in that time", "In total, 24
# people have been killed" (the war's toll so far, not one attack's)
CUMULATIVE = re.compile(r"(?<!largest\s)(?<!biggest\s)\bsince\b"
                        # (not "since 8 a.m.", "since 18:00": the hours of this attack)
                        r"(?!\s+(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|o['’]clock|h\b|[:.]\d))"
                        # (nor "since the previous evening", "since last night", "since midnight": this night's)
                        r"(?!\s+(?:the\s+(?:previous\s+|early\s+|late\s+)?(?:evening|night)|last\s+(?:evening|night)|"
                        r"yesterday\s+evening|midnight|dusk|nightfall|(?:late\s+)?(?:[a-z]+day\s+)?evening)\b)"
                        r"|\bin\s+that\s+time\b|"
                        # "... since the war began. In Israel, 24 people have been killed over the same period"
                        # (but "all 13 Shahed-136 drones launched during the same period were also destroyed": the
                        # attack's own hours, after "fired 28 cruise missiles between 7 a.m. and 1 p.m.")
                        r"\b(?<!launched\s)(?<!used\s)(?<!fired\s)(?<!sent\s)(?:over|during|in)\s+the\s+same\s+period\b|"
                        # "Over the course of the 12-day war, Iran fired about 550 ballistic missiles": a war's sum
                        r"-(?:day|week|month)\s+(?:war|conflict|campaign)\b|\bthroughout\s+the\s+war\b|"
                        # "The conflict, now in its seventh day, has killed at least 24 people in Israel"
                        r"\b(?:the|this)\s+(?:conflict|war|fighting|campaign|hostilities)\b(?:\s*,[^,;.]{1,40},)?\s+"
                        r"(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:killed|claimed|left)\b|\bnow\s+in\s+its\s+\w+\s+(?:day|week|month|year)\b|"
                        # the General Staff's tally of losses: "11,580 (+3) tanks, ... 101,350 (+654) UAVs"
                        r"\(\+\s?\d[\d,]*\)|"
                        # a system's career: "IRIS-T units have so far shot down more than 300 missiles and drones"
                        r"\b(?:systems?|units|batteries|battery|launchers?)\s+(?:have|has)\s+(?:so\s+far|now|already)\s+"
                        r"(?:shot|downed|destroyed|intercepted|brought)\b|"
                        r"\b(?:in\s+total|in\s+all|altogether|overall)\b[^.;]{0,40}\bha(?:ve|s)\s+(?:now\s+)?been\s+"
                        r"(?:killed|injured|wounded)\b", re.I)
# "the highest number it has used in a single attack since ...": this attack's rank (not "the highest annual total")
HIGHEST = r"highest(?!\s+(?:annual|monthly|yearly|weekly)\b)"
SUPERLATIVE_SINCE = re.compile(r"\b(?:largest|biggest|most|heaviest|" + HIGHEST + r"|record|deadliest|latest|first|second|third|"
                               r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;]{0,60}\bsince\b",
                               re.I)  # ("the third ... since")
REPORTING = re.compile(r"\b(?:(?:published|released|issued|updated)\s+(?:by\s+[^,;.]{1,50}?\s+)?(?:(?:later|earlier|again)\s+)?$|"
                       # ("Gen. Zaluzhnyi gave a fuller count on Tuesday: 55 Kh-101 ...": the day the count was given)
                       r"(?:gave|provided|offered|released|issued)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:count|figures?|tally|breakdown|update|details|toll|numbers|account)\s+(?:\w+\s+)?$|"
                        r"(?:said|says|reported|announced|told|wrote|added|stated|posted|confirmed|showed|shows|found|"
                        r"claimed|according)\s+(?:in\s+(?:a|an|its|his|her|their)\s+(?:\w+\s+)?(?:statement|post|update|"
                        # (not "reported that on February 26 Russia launched ...": the day of what was reported)
                        r"video|address|briefing|report)\s+|on\s+(?:(?:its|his|her|their)\s+)?(?:telegram|facebook|x)"
                        r"(?:\s+(?:channel|account|page))?\s+)?(?:(?!that\b)\w+\s+){0,2}$)", re.I)
ATTACK_CONTEXT = re.compile(
    r"\b(?:attack\w*|assault|barrage|strikes?|struck|hits?|shot\s+down|downed|intercept\w*|"
    r"destroy\w*|damage\w*|debris|wreckage|explosions?|blasts?|killed|injured|wounded|casualt\w*|deaths?|dead|victims?|"
    r"drones?|missiles?|shahed\w*|air\s+defen[cs]es?|fire\s+broke|fires?|power\s+outages?|blackouts?|"
    r"targeted|targets?|bombard\w*|shell\w*|brought\s+down|downings?|shoot-?downs?|shooting\s+down|neutrali[sz]\w*|"
    r"suppress\w*|came\s+down|"
    r"fell|impacts?|affected|"
    # power cut by the attack ("Emergency power cuts were introduced in the Kharkiv ... regions", "left without
    # electricity"), a ministry's list of regions, the blow's aim, a missile that slammed into a plant
    r"power\s+cuts?|outages?|without\s+(?:electricity|power|heating|heat|water)|lost\s+power|"
    r"listed|aimed|blow|slammed|crashed|exploded|burn(?:ed|t|ing)|ablaze|caught\s+fire|set\s+on\s+fire|set\s+fire|"
    # the Air Force's "Consequences were recorded in the Kyiv, Chernihiv and Dnipropetrovsk regions", "The Sumy,
    # Kharkiv and Odesa regions suffered the most"
    r"consequences|suffered)\b", re.I)


# "KYIV (AP) —", "KHARKIV, Ukraine, May 6 (Reuters) -", and the agency style "MOSCOW, September 7. ".
DATELINE = re.compile(r"^[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’.\-/ ]{2,}(?:(?:,\s*[A-Z0-9][\w .]+){0,2}\s*(?:\([^)]*\))?\s*[—–-]{1,2}\s"
                      r"|,\s*(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\.\s)"
                      # "Kyiv (AFP) - ", "Kyiv, May 16 (Reuters) - ": a mixed-case city needs the agency
                      # ("Sept 23 (Reuters) - ": the date alone, when the city was cut; "Kyiv, March 10, 2026 (Ukrinform) - ")
                      r"|^(?:[A-Z][a-z'’]+(?:[\s/-][A-Z][a-z'’]+)?(?:,\s*[A-Z0-9][\w .]+){0,2}"
                      r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)"
                      # (any agency: "(AFP)", "(Reuters)", "(WNA)", "(Interfax-Ukraine)")
                      r"\s*\((?:[A-Z][\w/.-]{1,20}|RFE/RL)\)\s*[—–-]{1,2}\s"
                      # "Kyiv, Aug 1 - ": a mixed-case city with the day and a dash
                      r"|^[A-Z][a-z'’]+(?:[\s/-][A-Z][a-z'’]+)?,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                      r"(?:,\s*\d{4})?\s*[—–-]{1,2}\s")
# ("over the 28 days of the month": the month, day by day)
THE_MONTH = re.compile(r"\b(?:during|in|over|throughout|for|across)\s+(?:the|that|this)\s+(?:same\s+)?"
                       r"(?:(?:2[89]|3[01]|twenty-eight|twenty-nine|thirty|thirty-one)\s+days\s+of\s+the\s+)?month\b"
                       r"|\bthat\s+month\b", re.I)
YEAR = re.compile(r"\b(?:(?:in|during|throughout|over|for)\s+(?:(?:the\s+)?(?:whole|course|entirety|rest)\s+of\s+|all\s+of\s+)?"
                  # ("2025 saw over 54,000 drones launched": the year the subject)
                  r"|(?=(?:19|20)\d\d\s+(?:saw|brought)\b))((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
CLAUSE_BREAK = re.compile(r"[;:]|\s[—–-]\s|\u2014")
# A clause about one attack is not a period aggregate ("the previous record for a single night").
# ("strike drones", "attack UAVs" name weapons, not one attack)
ONE_ATTACK = re.compile(r"\b(?:night|overnight|single|in\s+one\s+(?:day|go)|assault|barrage|"
                        # (nor "attack and decoy drones")
                        r"(?:attack|strike)(?!\s+(?:and\s+(?:decoy|imitator|reconnaissance|other)\s+)?(?:drones?|uavs?|"
                        r"missiles?|helicopters?|aircraft)\b))\b", re.I)



THIS_YEAR = re.compile(r"\b(?:year\s+to\s+date|so\s+far\s+this\s+year|this\s+year\s+so\s+far|"
                       r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|since\s+january(?:\s+1)?(?!\s+\d)|"
                       # "from January to November", "between January and October": the year so far
                       r"(?:from|between)\s+january\s+(?:to|through|until|and)\s+(?:the\s+end\s+of\s+)?[a-z]+)\b", re.I)

ATTACK_VERB = re.compile(
    r"\b(?:attack\w*|strikes?|struck|hits?|shot\s+down|shoots?\s+down|downs?|downed|intercept\w*|launch\w*|fire[sd]?|"
    r"kill\w*|injur\w*|wound\w*|bombard\w*|barrage|raids?|assault|pound\w*|pummel\w*|batter\w*|target\w*|"
    r"destroy\w*|neutrali[sz]\w*|repel\w*|unleash\w*|toll|dead|blasts?|explosions?|"
    # "Russian drones and missiles knock out power around Kyiv"
    r"knock\w*\s+out|cuts?\s+power|plunge\w*\s+\w+\s+into\s+darkness|"
    # "Russian drones set Dnipro ablaze as Black Sea truce plans falter"
    # ("Russian drones and missiles slam Kyiv as US pushes peace plan", "Russia hurls hundreds of drones at Ukraine")
    r"ablaze|on\s+fire|slam\w*|hurl\w*)\b", re.I)

# A year told by its distance: "last year" from the day of publication, the others from the period named before
# ("11,340 in 2024, three times the previous year's 3,700"; "5,300 in October, up from 2,000 a year earlier").
YEAR_BEFORE = re.compile(r"\b(?:(?P<last>last\s+year)|(?:the\s+)?(?:previous|preceding|prior)\s+year|the\s+year\s+before|"
                         r"a\s+year\s+(?:earlier|before|ago))\b", re.I)

FRAME = FramePatterns(past=PAST, not_attack=NOT_ATTACK, cumulative=CUMULATIVE, superlative_since=SUPERLATIVE_SINCE,
                      reporting=REPORTING, attack_context=ATTACK_CONTEXT, dateline=DATELINE, the_month=THE_MONTH,
                      year=YEAR, this_year=THIS_YEAR, clause_break=CLAUSE_BREAK, one_attack=ONE_ATTACK,
                      attack_verb=ATTACK_VERB, year_before=YEAR_BEFORE)
