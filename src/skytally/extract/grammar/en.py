"""English grammar: the mentions of one sentence -> figure mentions.

A figure mention is a number bound to a thing counted (weapons, locations,
people) and to an outcome (launched, shot down, lost, hit, killed, ...). The
binding uses clause structure rather than distance alone:

* a quantity phrase is a number followed by its noun ("63 drones", "eight
  locations", "26 others"), or a bare number next to an outcome ("shot down 270");
* its outcome is a cue after it when only auxiliaries stand between ("208 targets
  were lost from radar"), otherwise the nearest cue before it in the sentence
  ("shot down 270 targets, including two cruise missiles");
* "including" / "of which" make a part of a larger figure; "40 of 48 drones" makes
  two figures; "all 29" states both the launched and the destroyed count;
* a place after the quantity ("over the Kherson region") marks a regional figure.

The cues and nouns are data (lexicon/*.tsv); this module is the matching logic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import matches
from .. import wordstart
from ..numbers import NumberMention, find_numbers
from ..places import PlaceMention
from ..sentences import Sentence, lower_same_length
from ..tables import load_tsv, phrase_regex
from ..weapons import WeaponMention

WEAPON_OUTCOMES = frozenset({"launched", "destroyed", "suppressed", "neutralized", "hits",
                             "returned", "airborne", "unaccounted"})
PERSON_OUTCOMES = frozenset({"killed", "injured"})
CLASS_KEY = {"drone": "drones", "missile": "missiles", "any": "total"}

_LOCATION_NOUN = re.compile(
    r"\s*(?:(?:more|other|different|separate|additional|distinct|impact|)\s*)"
    r"(?:locations?|sites?|places?|spots?|points?|areas?|facilities|settlements|addresses)\b", re.I)
_PERSON_NOUN = re.compile(
    r"\s*(?:(?:more|other|additional|[a-z]+-year-old)\s+)?"
    r"(?:people|persons?|civilians?|residents?|others|children|child|kids|men|women|man|woman|"
    r"rescuers?|firefighters?|medics?|teenagers?|boys?|girls?|individuals|adults|victims|"
    r"soldiers?|servicem[ae]n|servicewom[ae]n|troops|passengers?|pensioners?|students?|patients?|volunteers?|"
    r"journalists?|doctors?|nurses?|infants?|babies|toddlers?|"
    # "four port workers", "two railway employees", "a security guard"
    r"(?:[a-z]+\s+)?(?:workers?|employees?|staff\s+members?|officers?|guards?|drivers?|miners?|policem[ae]n))\b", re.I)
# Only these may stand between a number and its weapon noun ("eight more drones").
_GAP_WORD = re.compile(
    r"(?:more|other|further|additional|another|russian|ukrainian|iranian|russian-made|iranian-made|"
    r"iranian-designed|enemy|hostile|attack|strike|combat|long-range|jet-powered|jet|"
    r"kamikaze|different|various|new|incoming|of\s+the|types?\s+of|kinds?\s+of|"
    r"fixed-wing|hypersonic|supersonic|aircraft-type|airplane-type|aeroplane-type|plane-type|winged|such|decoy|imitation|imitator|dummy)", re.I)
# "four US-made ATACMS operational-tactical missiles": compounds and acronyms modify the noun.
_MODIFIER_WORD = re.compile(r"[A-Za-z]+-(?:made|built|supplied|designed|launched|based|guided|range|tactical|type|"
                            r"class|powered)?|[A-Z]{2,}[\w-]*|[A-Z][a-z]+-[A-Z0-9][\w]*|"
                            r"[A-Z][a-z]{2,}(?<!Were)(?<!Have)(?<!Over)(?<!Near)")  # "Neptune-MD", "Tochka-U", "25 Harop drones"
# Between a number and a cue after it: auxiliaries and adverbs only.
_AUX_GAP = re.compile(
    r"^[\s,()\"“”‘’'«»]*(?:(?:were|was|have|has|had|been|are|is|be|also|reportedly|successfully|later|then|"
    r"either|all|each|likely|probably|presumably|subsequently|eventually|further|ultimately|"
    r"already|now|so\s+far|thus\s+far|reported|said|confirmed|officially|to\s+have|being|got|of\s+them|"
    # "34 people are known to have died", "at least 12 are believed to have been killed"
    r"known|believed|thought|understood|"
    # "Six of the nine Kalibr missiles were among those downed"
    r"among\s+(?:those|the\s+ones|the\s+(?:weapons|missiles|drones))|"
    # "One person was seriously wounded" (not "lightly hurt", mostly while running to shelters)
    r"seriously|severely|critically|badly|gravely|"
    # an apposition: "One person, a 7-year-old girl, was injured" (or an age: "One man, 52, was injured")
    r",\s*(?:a|an)\s+[^,;.()]{1,40}?,|,\s*\d{1,3}\s*,|of\s+these|of\s+those|of\s+which|in\s+total|more|others?|"
    r"drones?|missiles?|targets?|"
    # the Air Force's word order: "45 enemy locationally lost UAVs"
    r"enemy|"
    # a relative clause's subject: "of the 157 drones Russia launched", "the missiles that Iran fired"
    r"russia|moscow|iran|russians|the\s+enemy|the\s+russians|russian\s+forces|it|they|"
    # a bracket: "100 Shahed-type attack UAVs (and drones of other types) were confirmed shot down"
    r"\([^()]{1,50}\)|"
    # a parenthesis that names a part: "four civilians, including a child, were killed" (closed: not "38 missiles,
    # including all four Zircon missiles fired at Ukraine": the part's own participle)
    r"(?:including|among\s+them|among\s+whom)\s+[^,;.()]{1,40}?,|"
    # "415 more drones, most of them decoys without warheads, were lost from radar"
    r"(?:most|many|some|all|half|several|mostly|largely)\s+(?:of\s+them\s+)?[^,;.()]{1,50}?,|"
    # the dash that closes a list in dashes: "The missiles -- five Iskander-Ms and one Kh-59 -- were fired"
    r"(?:--|[–—])(?=\s+(?:were|was)\s)|"
    # a parenthesis between dashes: "181 drones – most of them decoys meant to exhaust the crews – were lost"
    r"[–—]\s[^–—;.()]{1,80}?\s[–—]|"
    # where, told between: "249 enemy UAVs in the north, south and east of the country were shot down or suppressed"
    r"(?:in|over|across)\s+the\s+(?:north|south|east|west|centre|center)(?:(?:,\s*|\s+and\s+|,\s+and\s+)"
    r"(?:north|south|east|west|centre|center))*(?:\s+of\s+(?:the\s+country|ukraine))?|"
    # a correction: "eight, not nine, were locationally lost"
    r"not\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?))"
    r"[\s,()\"“”‘’'«»]+)*$", re.I)
# "of which 57 were shot down" starts a new figure with its own verb; "including" names a part.
_SUB_MARKER = re.compile(r"(?:(?:including|includ\w+|among\s+them|among\s+which|"
                         # ("the salvo ... also comprised nine Kalibr cruise missiles": more of its parts)
                         r"also\s+(?:comprised|consisted\s+of|contained)|"
                         r"among\s+the\s+(?:wounded|injured|dead|killed|victims|casualties|hurt)\s+(?:were|are|was|is)|"
                         # "The missiles were two Iskander-M ballistic missiles and five Iskander-K": what they were
                         r"(?<!among\s)\bthe\s+(?:missiles|drones)\s+(?:were|included)|"
                         r"such\s+as|mostly|mainly)[\s:]*(?:at\s+least\s+|about\s+|some\s+)?"
                         # "its sites alone had been hit by 14 missiles": one owner's share
                         r"|\balone\s+(?:\w+\s+){0,4})$", re.I)
# The next item of a list of parts: words without a verb, then "and" or a comma.
_LIST_ITEM_NEXT = re.compile(r"(?:\s+(?!(?:were|was|are|is|have|has|had|killed|injured|wounded|died|hurt)\b)[\w'’-]+){1,8}"
                             r"(?:\s*,\s*and|\s*,|\s+and)\s+(?:at\s+least\s+|about\s+)?", re.I)
# "117 people were injured, 15 of them children": who some of them were
_SOME_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+|is\s+|was\s+|remain\s+)?"
                           # ("killed 17 people, one of them a child")
                           r"(?:(?:a|an)\s+(?:child|minor|kid|woman|teenager|girl|boy|rescuer|medic|police\s+officer|"
                           r"policeman|soldier|serviceman|civilian|foreigner)|children|minors|kids|women|teenagers|"
                           r"rescuers|medics|police|soldiers|servicemen|civilians|foreigners|"
                           # "22 more were injured, eight of them are in serious condition"
                           r"in\s+(?:a\s+)?(?:serious|critical|grave|severe)|in\s+hospital|hospitali[sz]ed|seriously|critically)\b", re.I)
_OWN_VERB_AFTER = re.compile(r"\s+(?:(?:people|others|more|civilians|residents)\s+)?(?:were|was|have\s+been|had\s+been)\s", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:\b(?:UAH|USD|EUR|GBP|RUB|Hr|hryvnias?)\s*|[$€£₴]\s*)$")
_CURRENCY_AFTER = re.compile(r"\s*(?:(?:million|billion|bn|m)\s+)?(?:hryvnias?|hryvnia|dollars|euros|pounds|roubles|rubles|UAH|USD|EUR)\b", re.I)
_RATIO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
                    r"(?!\s+(?:regions?|oblasts?|cities|city|locations?|districts?|places?|settlements?|areas?|hours?|minutes?|days?|waves?))",
                    re.I)
_RATIO_BEFORE = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|[1-9])(?:\s+[\w-]+){0,3}?\s+(?:in|out\s+of)\s+"
                           r"(?:every\s+)?$", re.I)
_OTHER_THINGS_COUNTED = re.compile(r"\b\d[\d,]*\s+(?:flights|trains|passengers|households|homes|houses|buildings|apartments|"
                                   r"cars|vehicles|schools|consumers|customers|subscribers|residents|tonnes|tons)\s+"
                                   r"(?:were|was|had\s+been|have\s+been)\s+\w+\s+(?:and|while|but|,)\s+$", re.I)
_AGES_BEFORE = re.compile(r"\baged\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|,\s*and)\s*$")
_PERSON_APPOSED = re.compile(r"\b(?:man|woman|boy|girl|resident|pensioner|driver|worker|teenager|mother|father|son|daughter|"
                             r"wife|husband|grandmother|grandfather|volunteer|rescuer|doctor|nurse)\s*,\s*$", re.I)
_WRONGLY = re.compile(r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put|described)\b[^.;]*$", re.I)
_OF_THE_GAP = re.compile(r"\s+of\s+(?:the|its|their|these|those)\s", re.I)
_PARTITIVE = re.compile(r"^\s*(?:of|out\s+of)\s+(?:the\s+|them|these|those|its\s+|their\s+)?", re.I)
_ANAPHOR = re.compile(r"\s*(?:of|out\s+of)\s+(?:them|these|those|which)\b", re.I)  # "40 of which were downed"
_MORE_MARKER = re.compile(r"\b(?:more|another|other|additional|further)\b", re.I)
_PLACE_PREP = re.compile(r"(?:over|in|within|above|near|across|on|at|around|into|outside|to|toward|towards)"
                         r"\s+(?:the\s+)?(?:(?:territory|airspace|skies|sky)\s+(?:of|over)\s+(?:the\s+)?)?(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|"
                         r"south-?eastern|south-?western|frontline|front-line)\s+)?$", re.I)  # ("over the central Poltava region",
# "over the territory of the Bryansk region", "in the airspace of Kyiv and the Kyiv region")
_ATTACK_WITH = re.compile(
    r"\b(?:attack(?:ed|s)?|struck|strikes?|hits?|target(?:ed|s|ing)?|pound(?:ed|s)?|bombard(?:ed|s)?|"
    # ("attacked Ukraine on the night of January 14 (from 18:00 on January 13) with": a bracket counts as one word)
    r"assault(?:ed|s)?|barrage|raid(?:ed|s)?|batter(?:ed|s)?|blitz(?:ed|es)?|pummell?(?:ed|s)?|hammer(?:ed|s)?|"
    r"lash(?:ed|es)?|pepper(?:ed|s)?|swarm(?:ed|s)?)\b"
    # (not "40 air targets were destroyed by the Air Force together with other components": company, not weapons)
    r"((?:\s+[\w'’.,-]+|\s+\([^()]{1,40}\)){0,12}?)\s+(?<!together\s)(?<!along\s)with\b", re.I)
_LOCATION_WORDS = re.compile(r"\b(?:locations?|sites?|places?|spots?|targets|facilities)\b", re.I)
_UPDATE = re.compile(r"\b(?:raised|raising|revised|revising|(?<!preliminary\s)(?<!initial\s)(?<!first\s)updated?|corrected|correction|(?<!follow\s)(?<!come\s)(?<!due\s)(?<!expected\s)later|rose|rises|climbed|climbs|increased|now\s+stands?|"
                     r"after\s+processing|not\s+\d+|,\s*not\s+[a-z-]+\s*[,.]|"
                     r"now\s+says|now\s+said|now\s+puts|"
                     r"risen|grew|jumped|"
                     # "21:30 — Latest figures from the State Emergency Service: the strikes killed 19 people"
                     r"latest\s+(?:figures|toll|data|count|numbers|information))\b", re.I)


# (not the Air Force's "from the Rostov region – RF and 126 attack UAVs": a launch area's country)
# (not the Air Force's "from the Kursk region – RF", "– Russian Federation": the launch area's country)
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s(?!(?:RF|Russia|the\s+RF|(?:the\s+)?Russian\s+Federation|temporarily\s+occupied)\b)")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    outcome: str
    position: str  # left | right | both


@dataclass
class Quantity:
    start: int
    end: int
    value: int
    qualifier: str
    kind: str                     # weapon | location | person | bare
    weapon_class: str | None = None
    model: str | None = None
    subclass: str | None = None
    universal: bool = False
    partitive_of: Quantity | None = None   # "40 of [48 drones]"
    composition: bool = False              # "[seven of the missiles were Kinzhals]": what some of them were
    anaphor: bool = False                  # "40 of them"
    sub: bool = False                      # "including two cruise missiles"
    denominator: bool = False              # the 48 of "40 of 48": launched unless said otherwise
    more: bool = False                     # "eight more drones", "another 208"
    single: bool = False                   # "a cruise missile was shot down": one weapon's story
    some_of: bool = False                  # "one of the missiles": some of those that came
    mixed: bool = False                    # "18 Iskander-M ballistic missiles and S-400 guided missiles": two models


@dataclass
class FigureMention:
    """One number bound to a field of an attack, with its evidence span."""

    field: str            # launched ... hits | debris | killed | injured | returned | airborne | unaccounted
    key: str | None       # total | drones | missiles | locations, None for scalar fields
    value: int
    qualifier: str
    start: int
    end: int
    sentence: int
    model: str | None = None
    subclass: str | None = None
    sub: bool = False
    more: bool = False
    universal: bool = False
    update: bool = False
    places: tuple[str, ...] = field(default_factory=tuple)
    period: str | None = None   # "2025-06" when the clause is about a month or year, not one attack
    not_attack: bool = False    # said of plans, production, aid, tests: not an attack's figure
    earlier: bool = False       # after "two days after ...": an earlier attack's figure
    local: bool = False         # a toll told of one unnamed place ("wounded in the city"): not the total
    bare: bool = False          # no noun said what was counted ("reports 22 downed")
    single: bool = False        # one weapon's fate told with an article: only an attack of one counts it
    participle: bool = False    # a toll told by "killing eight" after the clause that tells of the strike
    elsewhere: bool = False     # downed over a third country ("over Polish territory"): not this attack's
    mixed: bool = False         # one count of two models ("12 missiles of the Iskander-M and S-400 types")


@lru_cache(maxsize=1)
def _cue_regex() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = load_tsv("outcomes_en.tsv")
    table = {" ".join(r[0].lower().split()): (r[1], r[2]) for r in rows}
    return phrase_regex(list(table), flags=0), table  # matched on lowered text: faster than IGNORECASE


_ATTACK_WITH_LOWER = re.compile(_ATTACK_WITH.pattern)
_ATTACK_NOUNS = ("attack", "assault", "barrage", "raid", "salvo", "onslaught")
# "The overnight barrage - 93 missiles and nearly 200 drones": an attack noun, then what it was made of.
_ATTACK_LISTED = re.compile(r"\b(?:attack|assault|barrage|raid|salvo|onslaught)(?:\s+on\s+[\w'’]+(?:\s+[\w'’]+)?)?"
                            r"(\s*(?:[—–:]|\s-)\s*"
                            r"|\s+(?:involving|comprising|consisting\s+of|made\s+up\s+of)\s+)")


_PART_OF_NEXT = re.compile(r"\s*\d[\d,]*\s+(?:out\s+)?of\s+(?:the\s+)?\d")
_MEANS_OF = re.compile(r"\d\s+means\s+of\s+(?:air\s+)?$")  # "145 means of air attack": what is counted, not an attack
# "three flew off towards the airspace of Belarus", "two headed back into Russia": they left.
_LEFT_FOR_COUNTRY = re.compile(r"\b(?:flew|fly|flies|flying|headed|heading|heads|head|went|veered|turned|crossed|returned|left)\s+"
                               r"(?:off\s+|back\s+|away\s+|on\s+)?(?:towards?|into|for|to|in\s+the\s+direction\s+of)\s+"
                               r"(?:the\s+)?(?:airspace|territory)?(?:\s+of)?\s*(?:neighbou?ring\s+)?(?:(?:the\s+)?republic\s+of\s+)?(?:belarus|russia|"
                               r"the\s+russian\s+federation|moldova|romania|"
                               # "two flew into Belarusian airspace"
                               r"(?:belarusian|russian|moldovan|romanian)\s+(?:airspace|territory))\b"
                               # "four drones left Ukraine's airspace toward Russia and Belarus"
                               r"|\bleft\s+(?:ukraine['’]s|(?:the\s+)?ukrainian)\s+airspace\b")


# A month's tally told by its rank: "November was the heaviest month of the war so far, with 2,435 drones",
# "July, with 6,297 drones, remained the record month", "the previous records were set in March, with 7,673".
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH_SAW = re.compile(rf"\b{_MONTHS}(?:\s+\d{{4}})?(\s+(?:saw|brought))(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?\d)")
_MONTHS_COUNT = re.compile(rf"\b{_MONTHS}['’]s(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?\d)")
# (and "July set an all-time monthly record, with 6,303 drones", "December ended the year with 5,131")
_MONTH_WITH = re.compile(rf"\b(?:{_MONTHS}(?:\s+\d{{4}})?(?:\s+(?:ended|closed|finished|rounded\s+off)\s+the\s+year)?|"
                         rf"(?:record|heaviest|busiest|quietest|peak|worst|calmest)(?:\s+months?)?"
                         rf"(?:\s+[\w'’-]+){{0,5}}?|(?:month|record|peak)\s+(?:was|came\s+in)\s+{_MONTHS})\s*,?\s+with(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?\d)")
# A count right after the noun it counts: "the record month for drones, with 6,311", "the number of
# long-range drones dipped to 5,298 (from 5,638 in September)"
_CHANGE_VERB = r"(?:dipped|fell|dropped|rose|climbed|increased|decreased|declined|grew|jumped|slipped|surged)"
_WITH_FIGURE = re.compile(rf"\s*,?\s+(?:with|{_CHANGE_VERB}\s+to)\s+(?:[a-z]+\s+){{0,2}}", re.I)
_FROM_FIGURE = re.compile(r"\s+from\s+(?:[a-z]+\s+){0,2}", re.I)
_COUNTED = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|several|multiple)\b")
_WEAPON_WORD = re.compile(r"drone|missile|uav|shahed|geran|launch|rocket|weapon|target")
_CHANGED_TO = re.compile(rf"\b(?:drones?|missiles?|uavs?|shaheds?|launches|(?:the|that|this)\s+(?:\w+\s+)?(?:figure|number|total|tally|count))\b[^.;,]{{0,20}}?\b{_CHANGE_VERB}\s+to"
                         r"(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|some\s+)?\d)")
# "The drone figure is lower than ...", "That missile count was up from 180": the class the sentence's numbers count
_CLASS_FIGURE_SUBJECT = re.compile(r"\W*(?:the|that|this|its)\s+(?:monthly\s+|month's\s+|month’s\s+)?(drone|missile)\s+"
                                   r"(?:figure|number|total|tally|count)\b")
# (not "misstated the number of drones shot down as 201": a correction's wrong figure)
# ("The number of missiles downed remains 18": that class's count)
_NUMBER_OF_CLASS = re.compile(r"\bthe\s+number\s+of\s+(drones|uavs|missiles)\b[^.;:\d]{0,60}?\b(?:to|at|was|is|reached|remains|remained)\s+$", re.I)
_CHANGED_FROM = re.compile(rf"\b(?:up|down|rose|fell|increased|decreased|{_CHANGE_VERB})\s+(?:by\s+|to\s+)?(?:[\w%.,-]+\s+){{1,4}}?from(?=\s+\d)")


# '"There were two Iskander-M ballistic missiles."': what came
_THERE_WERE = re.compile(r"\W*there\s+(?:were|was)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"\w+teen|\w+ty)\b)")
# (also after a clause: "According to the air force, the missiles were 45 Kh-101/Kh-555 cruise missiles, 4 Kalibr ...")
_THE_WEAPONS_WERE = re.compile(r"(?:^\W*|,\s+)(?:the|these|those)\s+(?:remaining\s+|other\s+)?(?:missiles|drones)\s+were\s+"
                               r"(?=\d|(?:one|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)")


def find_cues(text: str) -> list[Cue]:
    pattern, table = _cue_regex()
    low = lower_same_length(text)
    cues = []
    for m in wordstart.finditer(pattern, low):  # (the cue trie opens at a word start)
        outcome, position = table[" ".join(m.group().split())]
        if m.group() == "fires" and (_FIRES_NOUN_AFTER.match(low, m.end()) or _FIRES_NOUN_BEFORE.search(low, 0, m.start())):
            continue  # "and fires broke out in two others": blazes, no launch
        if outcome != "none":  # "mobile firing teams": a longer phrase that only looks like a cue
            cues.append(Cue(m.start(), m.end(), outcome, position))
    if " from " in low and (" up " in low or " down " in low or "rose" in low or "fell" in low or "increase" in low
                            or " to " in low):
        # "up about a quarter from 6,583 in April": the figure compared with
        # (only of weapons: "782 alerts in 2024, up from 640 in 2023" compares alerts)
        cues += [Cue(m.end() - 4, m.end(), "launched", "left") for m in _CHANGED_FROM.finditer(low)
                 if _WEAPON_WORD.search(low, 0, m.start())]
    if " for " in low and ("count" in low or "tally" in low or "total" in low):  # "The drone count for September was 5,865"
        cues += [Cue(m.start(1), m.end(1), "launched", "left") for m in _COUNT_FOR_PERIOD.finditer(low)]
    if "'s " in low or "’s " in low:  # "more than double January's 141": that month's count
        cues += [Cue(m.start(), m.end(), "launched", "left") for m in _MONTHS_COUNT.finditer(low)]
    if " to " in low:  # "the number of long-range drones dipped to 5,298"
        cues += [Cue(m.end() - 2, m.end(), "launched", "left") for m in _CHANGED_TO.finditer(low)]
    if "belarus" in low or "russia" in low or "moldova" in low or "romania" in low:
        cues += [Cue(m.start(), m.end(), "returned", "right") for m in _LEFT_FOR_COUNTRY.finditer(low)]
    if " with" in low:  # a quick test before the slow pattern: most sentences have no "with"
        for m in _ATTACK_WITH_LOWER.finditer(low):
            # ("hit 20 sites with", not "hits energy facilities with 450 drones": a count of places)
            if not (_LOCATION_WORDS.search(m.group(1)) and _COUNTED.search(m.group(1))):
                cues.append(Cue(m.end() - 4, m.end(), "launched", "left"))
        cues += [Cue(m.end() - 4, m.end(), "launched", "left") for m in _MONTH_WITH.finditer(low)]
    if " were " in low and (parts := _THE_WEAPONS_WERE.search(low) or _THERE_WERE.match(low)):
        cues.append(Cue(parts.end() - 5, parts.end(), "launched", "left"))  # "The missiles were two Iskander-M ..."
    if " saw " in low or " brought " in low:  # "December saw 1,807 drones and 234 missiles"
        cues += [Cue(m.end(1), m.end(), "launched", "left") for m in _MONTH_SAW.finditer(low)]
    if any(word in low for word in _ATTACK_NOUNS):
        for m in _ATTACK_LISTED.finditer(low):
            # (not "shot down 145 means of air attack:", nor "Overnight attack: 108 of 135 drones downed": a fate's part)
            if not _MEANS_OF.search(low, max(0, m.start() - 18), m.start()) and not _PART_OF_NEXT.match(low, m.end()):
                cues.append(Cue(m.end(1), m.end(), "launched", "left"))
    if " hit" in low and (" by " in low or " from " in low):
        # "there were 4 hits by Shahed attack drones": the count's own noun is the hit
        cues += [Cue(m.start(1), m.end(1), "hits", "right") for m in _N_HITS_BY.finditer(low)]
    if " down as " in low or " down into " in low:
        # "The air force broke the missiles down as 16 Kalibr cruise missiles, eight Kh-22 ...": what came, by kind
        cues += [Cue(m.end() - 3, m.end() - 1, "launched", "left") for m in _BROKE_DOWN_AS.finditer(low)]
    if "included" in low and ("down" in low or "destroyed" in low or "intercepted" in low):
        # "The downed weapons included 211 drones and 38 missiles": what was downed, not what came
        cues = [Cue(c.start, c.end, "destroyed", c.position) if c.outcome == "launched" and low.startswith("included", c.start)
                and _DOWNED_SUBJECT.search(low, max(0, c.start - 40), c.start) else c for c in cues]
    return _either_outcome(sorted(cues, key=lambda c: c.start), low)


# "4 hits by Shahed attack drones": the hits, then what made them
_HITS_BY_WORDS = r"(?:direct\s+)?(hits?)\s+(?:by|from)\s"
_N_HITS_BY = re.compile(r"\d\s+" + _HITS_BY_WORDS)
_BROKE_DOWN_AS = re.compile(r"\bbr(?:oke|eaks?|eaking)\s+(?:the\s+|them\s+|it\s+)?(?:[\w-]+\s+){0,2}?down\s+(?:as|into)\s")
_DOWNED_SUBJECT = re.compile(r"\b(?:downed|destroyed|intercepted|shot-down|shot\s+down)\s+(?:enemy\s+)?(?:weapons|drones|missiles|"
                             r"targets|aerial\s+targets|air\s+attack\s+(?:weapons|means))\s+$"
                             # ("Those downed included 26 of 29 Kh-101 cruise missiles")
                             # ("The missiles destroyed included 25 of the 35 Kh-101 cruise missiles")
                             r"|\b(?:those|the\s+ones|the\s+(?:weapons|targets|missiles|drones))\s+"
                             r"(?:downed|destroyed|intercepted|shot\s+down)\s+$")


_FIRES_NOUN_AFTER = re.compile(r"\s+(?:broke|erupted|raged|were|are|was|had|have|burned|burnt|burning|started|spread|in|at|on|"
                               r"after|that|which|caused)\b")
_FIRES_NOUN_BEFORE = re.compile(r"(?:\b(?:the|and|several|two|three|four|five|large|major|big|many|multiple|numerous|of)|\d|,)\s+$")
_EITHER = re.compile(r"\s*(?:/|or|and/or|and)\s*(?:[a-z]+ly\s+)?")  # ("or electronically suppressed")
_NEUTRALIZING = frozenset({"destroyed", "suppressed", "neutralized"})


def _either_outcome(cues: list[Cue], low: str) -> list[Cue]:
    """'shot down/suppressed', 'downed and jammed': either fate, so both together are neutralized."""
    out: list[Cue] = []
    for c in cues:
        prev = out[-1] if out else None
        if prev is not None and {prev.outcome, c.outcome} <= _NEUTRALIZING and prev.outcome != c.outcome \
                and _EITHER.fullmatch(low, prev.end, c.start):
            out[-1] = Cue(prev.start, c.end, "neutralized", "both")
        else:
            out.append(c)
    return out


def _weapon_after(text: str, pos: int, weapons: list[WeaponMention]) -> WeaponMention | None:
    """The weapon noun a number at `pos` counts, if only modifiers stand between."""
    for w in weapons:
        if w.start < pos:
            continue
        gap = text[pos:w.start]
        if '"' in gap or "“" in gap or "«" in gap:
            gap = _OPENING_QUOTE.sub(" ", gap)  # 'All 45 "Shaheds" were destroyed': the name in quotes
        words = gap.split()
        # ("attack and decoy drones": a conjunction between two modifiers)
        # ("including six of its Kinzhal hypersonic missiles")
        if len(words) <= 4 and all(_GAP_WORD.fullmatch(x) or x in ("of", "the") or _MODIFIER_WORD.fullmatch(x)
                                   or (x in ("and", "or") and 0 < i) or (x in ("its", "their") and words[i - 1:i] == ["of"])
                                   for i, x in enumerate(words)) \
                and not re.search(r"[,;:.]", gap):
            return w
        return None
    return None


_RELATIVE_AFTER = re.compile(r"\s+(?:that|which)\b", re.I)
_OPENING_QUOTE = re.compile(r"[\"“«]")
_APPOSED_KINDS = re.compile(r"\s*(?:[-–—]+\s*|\(\s*)")
_CLOSING_QUOTE_THEN_AND = re.compile(r"[\"”»](?=\s*(?:,|and\b))")
_EITHER_KIND = re.compile(r"\s/\s")


def _merge_coordinated(text: str, first: WeaponMention, weapons: list[WeaponMention]) -> tuple[int, str, str | None, str | None]:
    """'550 drones and missiles': a noun coordinated with another, no number between."""
    end, cls, model, subclass = first.end, first.weapon_class, first.model, first.subclass
    for w in weapons:
        if w.start < end:
            continue
        if w.model and not model and w.weapon_class == cls and (kind := _OF_THE_TYPE.match(text, end)) \
                and kind.end() == w.start and not _MODEL_COUNT_AFTER.match(text, w.end):
            # "strike UAVs of the Shahed type": the noun's model (not "61 cruise missiles (Kh-101/Kh-555 — 38, Kalibr —
            # 23)": a breakdown by model)
            model, end = w.model, _TYPE_WORD.match(text, w.end).end()
            continue
        words = text[end:w.start].split()
        if words and len(words) <= 2 and all(_GAP_WORD.fullmatch(x) for x in words) and w.weapon_class in (cls, "any"):
            end, subclass = w.end, subclass or w.subclass  # "Shahed-type enemy drones": one noun phrase
            continue
        gap = text[end:w.start]
        # (not "48 missiles, including Kh-101 cruise missiles": a part named, not a second noun)
        # ("35 Kalibr sea-launched and Iskander-K ground-launched cruise missiles": a launch platform before the "and")
        if re.fullmatch(r"(?:\s+[\w-]+-(?:launched|based))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*|/\s*|as\s+well\s+as\s+|plus\s+)"
                        r"(?:(?!(?:including|mostly|mainly|notably|especially|chiefly|primarily|while|whereas|but|as|when|"
                        r"after|before|although|though|which|who|that|where)\b)[\w-]+\s+)?", gap) \
                and not re.search(r"\d", gap) and not find_numbers(gap) and not _ARTICLE.search(gap) \
                and not _VAGUE_AMOUNT.search(gap) \
                and not _AS_WELL_AS_THE.fullmatch(gap):  # ("24 of the drones as well as the missile": the one besides)
            if w.weapon_class not in CLASS_KEY:
                break
            if w.weapon_class == "any" and gap.strip() == "," and _RELATIVE_AFTER.match(text, w.end):
                break  # "12 Iskander-M ballistic missiles, weapons that air defences struggle to stop": an apposition
            if first.model and w.model and first.subclass and w.subclass and w.subclass != first.subclass \
                    and " " in w.text.strip() and gap.lstrip().startswith(","):
                # "five Kinzhal aeroballistic missiles, Kh-22 anti-ship missiles and ...": a list of kinds, the count
                # the first's (but "86 Kh-101/Kh-555 air-launched cruise missiles, Kalibr sea-launched cruise missiles
                # and ...": the count of one kind, in three models)
                break
            # ("24 Shahed-136/131 and the Kh-59 guided air missile": a model's count, and the one missile)
            if (first.plural or first.model) and not w.plural and (w.weapon_class != cls or (w.model and re.search(r"\bthe\b", gap))) \
                    and not re.search(r"\w", re.sub(r"\b(?:and|or|the)\b", "", gap)):
                # ("all four Iskander-Ks and the Kh-59/69": the one Kh-59/69 besides the four)
                break  # "206 drones and ballistic missile": one missile besides the drones, not 206 of both
            if gap.strip() == "/" and cls == w.weapon_class:
                # "18 Iskander-M ballistic missiles / S-300 guided missiles": one count of either kind, no model of
                # its own, still a part of the class's count
                model, subclass = None, subclass or w.subclass
            else:
                cls, model, subclass = coordinate(cls, model, subclass, w, first_noun=end == first.end)
            end = w.end
        else:
            break
    return end, cls, model, subclass


# "In an update, it raised that figure to 61": the figure before, corrected (frames.py applies it).
REVISED_TO = re.compile(r"(?<!initially\s)(?<!originally\s)(?<!first\s)\b(?:raised|raising|revised|revising|increased|lowered|lowering|"
                        r"updated|corrected|put|brought|bringing)\s+(?:that|the|this|its)\s+"
                        # ("It later raised the missile count to 67": the count of that class)
                        r"(?:(?P<kind>missile|drone)\s+)?"
                        r"(?:figure|number|count|tally|total|estimate)\s+(?:up\s+|down\s+)?(?:to|at)\s+$", re.I)
# Between a launch participle and the main verb: "launched [by Russia] [overnight] were downed" (of a whole or of all, a
# longer way: "15 of the 17 Kh-101/Kh-555 cruise missiles fired from Tu-95 strategic bombers over the Caspian Sea had
# been destroyed")
# the auxiliary before a fate's participle ("were", "had also been"), shared with the relative launch clause below
_FATE_AUX = r"(?:were|was|had\s+(?:also\s+|all\s+)?been|have\s+(?:also\s+|all\s+)?been)"
_PARTICIPLE_VERB = r"\s+" + _FATE_AUX + r"\s+(?:all\s+|also\s+|later\s+)?$"
_PARTICIPLE_GAP = re.compile(r"(?:\s+[\w'’.:-]+){0,7}?" + _PARTICIPLE_VERB, re.I)
_PARTICIPLE_LONG_GAP = re.compile(r"(?:\s+[\w'’.:-]+){0,10}?" + _PARTICIPLE_VERB, re.I)
_RELATIVE_SUBJECT = re.compile(r"\b(?:russia|moscow|iran|russians|enemy|forces)\b", re.I)
_THE = re.compile(r"\bthe\s+$", re.I)
_PARTICIPLE = re.compile(r"(?:\s+(?:launched|fired)\s+(?:from|by|at|toward|towards)\s+[^,.;]{1,40}?(?=\s+(?:was|has|had)\s))?",
                         re.I)
_UNSURE = re.compile(r"\b(?:whether|if|unclear|unknown|not\s+(?:say|said|clear|known|confirm\w*))\b", re.I)
_FATE_AFTER = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:also\s+|successfully\s+|reportedly\s+)?"
                         r"(?:shot\s+down|intercepted|destroyed|downed|jammed|suppressed|neutrali[sz]ed)\b", re.I)
_AND_A_COUNT_AFTER = re.compile(r"\s+and\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s", re.I)
_NOT_DOWNED_AFTER = re.compile(r"\s+(?:was|had\s+been)\s+not\s+(?:shot\s+down|intercepted|destroyed|downed)\b", re.I)


def _not_downed_after(text: str, pos: int) -> bool:
    """'a Zircon missile fired from Crimea was not intercepted': a denied fate after the weapon at `pos`
    (a substring test first: almost no weapon is followed by one)."""
    return " not " in text[pos:pos + 80] and _NOT_DOWNED_AFTER.match(text, _PARTICIPLE.match(text, pos).end()) is not None
_ONE_OF_THE_MOST = re.compile(r"\s+of\s+(?:the|its|their|our|this|that|[a-z]+['’]s)\s+(?:[a-z]+['’]s\s+)?"
                              r"(?:[a-z]+est|most|worst|best|biggest|largest)\b", re.I)
_UP_FROM = re.compile(r"\b(?:up|down|rising|risen|raised|revised|increased|a\s+rise|an\s+increase)\s+from\s+$", re.I)
_OLD_VALUE_END = re.compile(r"\s*(?:[,.;)]|$)|\s+(?:earlier|previously|initially|before\b(?!\s+\w))", re.I)
_ENUMERATOR = re.compile(r"\s*\)\s|\.\s+(?=\d)")
_ONE_IDIOM = re.compile(r"\s+(?:after|by)\s+(?:another|one)\b|\s+another\b|\s+way\s+or\s+another\b", re.I)
_POSTFIX_QUALIFIER = re.compile(r"\s+or\s+(so|more|fewer|less)\b", re.I)
_POSTFIX_QUALIFIERS = {"so": "approx", "more": "at_least", "fewer": "at_most", "less": "at_most"}
_DENIED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+$", re.I)
_NOT_WEAPONS_AFTER = re.compile(r"[\s-]+(?:models?|makers?|manufacturers?|producers?|systems?|designs?|factories|"
                                r"plants?|programm?es?|companies|firms|units?|operators?|pilots?|crews?|teams?|"
                                r"brigades?|regiments?|launchers?|batteries|parts|components|engines?|"
                                # "5,960 kamikaze drone strikes": a count of strikes, not of drones
                                r"strikes|attacks|sorties|flights|sightings|incursions)\b", re.I)
# "strike UAVs of the Shahed type", "396 attack drones (Shahed, Gerbera, other types)"
# ("160 drones — Shaheds and decoy Gerberas — against Ukraine": an apposition between dashes)
_OF_THE_TYPE = re.compile(r",?\s+(?:were\s+(?:all\s+)?|(?:presumably|probably|likely|reportedly|apparently)\s+)?of\s+the\s+(?=\S)|\s+of\s+(?:the\s+)?types?\s+(?=\S)|\s*\(\s*(?=[A-Z])|\s+[—–]\s+(?=[A-Z])", re.I)
# ("84 enemy UAVs of the Shahed type and other types were shot down": the noun phrase goes on)
_TYPE_WORD = re.compile(r"(?:[\s-]+types?\b)?(?:\s+and\s+(?:other|similar|different)\s+(?:types|kinds|models)\b)?", re.I)
# ("around 70 drones and several missiles", "all seventeen cruise missiles, most Shahed drones": two amounts)
_VAGUE_AMOUNT = re.compile(r"\b(?:several|some|few|many|most|multiple|numerous|dozens|hundreds)\s+$", re.I)


def coordinate(cls: str, model: str | None, subclass: str | None, w: WeaponMention,
               first_noun: bool) -> tuple[str, str | None, str | None]:
    """Class, model and subclass of 'X and Y': mixed classes count as all weapons ('drones and missiles');
    one named model is kept ('Shahed drones and decoys'), two different ones are not."""
    if w.weapon_class != cls:
        cls = "any"
    if w.model and model and w.model != model:
        model = None
    elif w.model and not model and first_noun:
        model = w.model
    if w.subclass != subclass:
        subclass = None
    return cls, model, subclass


def quantities(sentence: Sentence, text: str, numbers: list[NumberMention],
               weapons: list[WeaponMention]) -> list[Quantity]:
    """Quantity phrases of one sentence, in order."""
    out: list[Quantity] = []
    counted_else = 0
    for n in numbers:
        if getattr(n, "is_year", False) or getattr(n, "in_date", False):
            continue
        before = text[sentence.start:n.start]
        if _ENUMERATOR.match(text, n.end) and (not before.strip() or before.endswith("\n")):
            continue  # "1) 138 Shahed-type attack UAVs were shot down": the item's number, not a count
        if n.value == 1 and (_ONE_OF_THE_MOST.match(text, n.end) or _ONE_IDIOM.match(text, n.end)):
            continue  # "one of its largest attacks", "one after another": not a count
        if before.endswith(("aged ", "age ")) or _AGES_BEFORE.search(before[-24:]) \
                or (_PERSON_APPOSED.search(before[-24:]) and text.startswith(",", n.end)):  # ("One man, 62, died")
            continue  # "One port worker, aged 52, was injured", "2 men aged 37 and 52"
        if n.value <= 10 and (_RATIO.match(text, n.end) or _RATIO_BEFORE.search(before[-40:])):
            continue  # "barely one ballistic missile in three", "Now it's more like seven in ten": a ratio, not a count
        if _CURRENCY_BEFORE.search(before[-8:]) or _CURRENCY_AFTER.match(text, n.end):
            continue  # "worth about UAH 26 billion", "$5,000 apiece": money
        if _PHONE_BEFORE.search(before[-24:]):
            continue  # "report them to the police on 102", "call 112": a phone number
        if _UP_FROM.search(before[-24:]) and _OLD_VALUE_END.match(text, n.end):
            continue  # "47 drones were downed, up from 40": the figure it replaces
        if _DENIED.search(before[-16:]) or _WRONGLY.search(before[-60:]):
            continue  # "five were intercepted, not four", "incorrectly said that 69 drones were shot down": corrected
        # ("none of the four Iskander-M ballistic missiles used in the attack was intercepted": the four came, all of
        # them, even with the launch participle between)
        none_of = _NONE_OF.search(before[-16:]) is not None and (
            not _WHOLE_LAUNCHED_AFTER.match(text, n.end) or _NONE_DOWNED_AFTER.match(text, n.end) is not None)
        if none_of and _weapon_after(text, n.end, weapons) is None:
            continue  # "none of the four was intercepted": no figure at all (but "none of the 3 Kinzhals fired": 3 fired)
        if out == [] and _OTHER_THINGS_COUNTED.search(before[-60:]):
            continue  # "More than 170 flights were delayed and 43 were diverted": more of the flights
        if (pair := _AND_NUMBER_NOUN.match(text, n.end)) and not _is_bare(text, pair.end(1), sentence.end) \
                and not any(pair.start(2) <= w.start < pair.end(2) for w in weapons):
            continue  # "repelled 47 and 23 Russian assaults": both count the noun after the second
        q = Quantity(n.start, n.end, n.value, n.qualifier, "bare", universal=n.universal)
        if (tail := _POSTFIX_QUALIFIER.match(text, n.end)) and n.qualifier == "exact":
            # "the 4,100 or so launched in August", "50 or more drones": the qualifier comes after
            q.qualifier, q.end = _POSTFIX_QUALIFIERS[tail.group(1).lower()], tail.end()
        q.sub = matches(_SUB_MARKER, before[-40:], sentence.low[:n.start - sentence.start][-40:]) or bool(
            out and out[-1].sub and (_AND_NEXT.fullmatch(text, out[-1].end, n.start)  # "including 14 missiles and 25 drones"
                                     # "including two in the city of Mykolaiv and two employees of an energy company"
                                     or (_LIST_ITEM_NEXT.fullmatch(text, out[-1].end, n.start)
                                         # (not "including three children in Zhytomyr, and more than 60 were
                                         # wounded": a clause of its own)
                                         and not _OWN_VERB_AFTER.match(text, n.end))))
        if n.value == 1 and not q.sub and _THE_OTHER_AFTER.search(text, n.end, sentence.end):
            q.sub = True  # "One missile hit a university building, the other exploded on a street": one of them
        if (label := _model_label(text, n.start, weapons)) is not None:
            # "(Kh-101/Kh-555 — 38, Kalibr — 23)": a model's part of the count before, by its name
            q.kind, q.start, q.weapon_class, q.model, q.subclass, q.sub = \
                "weapon", label.start, label.weapon_class, label.model, label.subclass, True
            out.append(q)
            continue
        q.more = bool(_MORE_MARKER.search(before[-12:]) or _MORE_MARKER.match(text[n.end:n.end + 10].strip()))
        if (by := _HITS_BY.match(text, q.end)) and (hitter := next((w for w in weapons if w.start >= by.end()), None)) \
                and hitter.weapon_class in CLASS_KEY and _weapon_after(text, by.end(), [hitter]) is hitter:
            # "there were 4 hits by Shahed attack drones": the drones' hits, told as "4 drone hits" is
            q.kind, q.weapon_class, q.model, q.subclass = "weapon", hitter.weapon_class, hitter.model, hitter.subclass
            out.append(q)
            continue
        weapon = _weapon_after(text, q.end, weapons)
        if weapon is not None and weapon.weapon_class not in CLASS_KEY:
            continue  # guided bombs and the like: not drones or missiles in the contract
        if weapon is not None and _NOT_WEAPONS_AFTER.match(text, weapon.end):
            continue  # "64 weapon models", "12 drone makers", "40 missile systems"
        if weapon is not None and weapon.weapon_class == "any" and _STRUCK_BEFORE.search(before[-40:]) \
                and text[weapon.start:weapon.end].lower().startswith("target"):
            continue  # "striking about 100 targets across Iran": places hit, not weapons
        if weapon is None and (m := _OF_THEM_SUBCLASS.match(text, q.end)):
            # "231 missiles in June, 84 of them ballistic": a part, told by its kind
            q.kind, q.weapon_class, q.sub, q.end = "weapon", "missile", True, m.end()
            q.subclass = (m.group(1) or m.group(2)).lower()
        elif weapon is None and (weapon := _predicate_weapon(text, q.end, weapons)) is not None:
            # "Of those, 151 were ballistic missiles": the number counts the weapons named after "were"
            q.kind, q.weapon_class, q.model, q.subclass, q.sub = "weapon", weapon.weapon_class, weapon.model, \
                weapon.subclass, True
            q.end = _merge_coordinated(text, weapon, weapons)[0]  # so a participle after the noun is its verb
            # "Of the 51 missiles, 14 were Iskander-M ballistic missiles": what some of those that came were
            # ("Of the 549 weapons, 496 were drones and 53 were missiles": the classes of what came)
            q.composition = bool((weapon.model or (weapon.weapon_class in CLASS_KEY and _FRONTED_GENERAL.match(text, sentence.start)))
                                 and (_FRONTED_WHOLE.match(text, sentence.start, q.start)
                                      or (out and out[-1].composition and _AND_NEXT.fullmatch(text, out[-1].end, q.start))))
        elif weapon is not None:
            if weapon.model and text.startswith("/", weapon.end) and (other := next(
                    (w for w in weapons if w.start == weapon.end + 1 and w.model and w.model != weapon.model), None)):
                # "4 Iskander-M/S-300 ballistic missiles": a count of two models together, of neither alone
                weapon = replace(other, start=weapon.start, model=None)
            end, cls, model, subclass = _merge_coordinated(text, weapon, weapons)
            if model is None and cls == "drone" and (apposed := _APPOSED_KINDS.match(text, end)) and (named := next(
                    (w for w in weapons if w.start == apposed.end() and w.weapon_class == "drone" and w.model), None)):
                # "142 attack UAVs - Shahed-type drones and drone-imitators of various types -": the count's phrase
                # names the model (not "145 drones, including Shahed-type attack drones and decoys": some of them)
                model = named.model
            if kinds := _OF_VARIOUS_TYPES.match(text, end):
                end = kinds.end()  # "558 enemy UAVs of various types were shot down": the noun phrase goes on
            elif _CLOSING_QUOTE_THEN_AND.match(text, end) and _OPENING_QUOTE.search(text, n.end, end):
                end += 1  # '48 "Shaheds" and all 5 Kh-101 missiles were destroyed': the quoted noun ends with its quote
            q.kind, q.end, q.weapon_class, q.model, q.subclass = "weapon", end, cls, model, subclass
            if weapon.model and model is None and _EITHER_KIND.search(text, weapon.end, end):
                q.sub = True  # "18 Iskander-M ballistic missiles / S-300 guided missiles": one kind's count, in two models
            q.mixed = model is None and len({w.model for w in weapons if w.model and q.start <= w.start < end}) > 1
            # "at least one of the missiles used was a North Korean one": some of them, not how many came
            q.some_of = bool(_OF_THE_GAP.match(text, n.end))
            if n.value == 1 and n.qualifier == "exact" and not out and _LAUNCHED_FROM.match(text, q.end) \
                    and _DOWNED_BEFORE.search(before[-24:]):
                # "intercepted one ballistic missile launched from Yemen": all of one weapon, so one launched too
                q.universal = q.single = True
            if q.some_of and (named := _predicate_weapon(text, q.end, weapons)) is not None and (named.model or named.subclass):
                # "Seven of the missiles were Kinzhal aeroballistic missiles": a part of the launch, by its kind
                q.model, q.subclass, q.sub, q.some_of = named.model, named.subclass, True, False
                q.end = _merge_coordinated(text, named, weapons)[0]
                q.composition = True
        elif (label := _VALUE_LABEL.fullmatch(text, sentence.start, q.start)) and _ENDS_LINE.match(text, q.end):
            # "- Locations hit: 19", "Killed, nationwide: 4": the label says what the number counts
            if _LOCATION_WORD.search(label.group(1)):
                q.kind = "location"
            elif _PERSON_WORD.search(label.group(1)):
                q.kind = "person"
            elif named := [w for w in weapons if label.start(1) <= w.start and w.end <= label.end(1)]:
                q.weapon_class = named[-1].weapon_class  # "Updated total of downed targets: 222"
        elif m := _LOCATION_NOUN.match(text, q.end):
            q.kind, q.end = "location", m.end()
        elif m := _PERSON_NOUN.match(text, q.end):
            q.kind, q.end = "person", m.end()
        elif _ANAPHOR.match(text, q.end):
            q.anaphor = True
        elif not _is_bare(text, q.end, sentence.end) or (
                (part := _OF_THE_NOUN.match(text, q.end)) and not any(part.start(1) <= w.start < part.start(1) + 25 for w in weapons)):
            counted_else = q.end  # "782 alerts", "repelled 34 of the attacks": a count of something else
            continue
        elif counted_else and _COMPARED_WITH_IT.fullmatch(text, counted_else, q.start):
            continue  # "782 alerts in 2024, up from 640 in 2023": the other count's, compared
        if none_of:
            q.denominator = True  # "Neither of the two Iskander-M ballistic missiles ... was intercepted": both came
        if q.kind == "weapon" and q.model and not q.universal and any(p.universal for p in out) \
                and _AS_WERE_BEFORE.search(text, max(sentence.start, q.start - 12), q.start):
            q.universal = True  # "All 20 Kh-101s were shot down, as were four Iskander-K cruise missiles": all four too
        if q.kind == "weapon" and not q.universal and q.partitive_of is None and out and out[-1].universal \
                and out[-1].kind == "weapon" and _AND_ONE_COUNT.fullmatch(text, out[-1].end, q.start) \
                and _WHOM_THEY_CAME_FROM.match(text, q.end):
            # "destroyed all 15 cruise missiles and 21 Shahed drones that Russia launched": the clause tells of both
            # (not "destroyed all six missiles and 31 drones": all of the one, 31 of the other)
            q.universal = True
        out.append(q)
    if "they" in sentence.low:  # (a quick test first: most sentences have no pronoun to bind)
        out = _with_their_pronouns(text, out)
    # (its parts counted after it: not "Of the 189 missiles, most were Iskander-K": a month's, told before)
    if (fronted := _FRONTED_WHOLES.match(text, sentence.start, sentence.end)) is not None \
            and _COUNT_START.search(text, fronted.end(), sentence.end):
        for q in out:
            if q.kind == "weapon" and q.end <= fronted.end() and not q.model:
                q.denominator = True  # "Of the 145 drones and 70 missiles, air defense shot down 112 targets": what came
    _link_partitives(text, out)
    return out


def _with_their_pronouns(text: str, qs: list[Quantity]) -> list[Quantity]:
    """'fired two Kh-59 guided missiles ..., but they did not reach their targets': 'they' is every one of the count
    (as 'both' would be), with a fate of its own."""
    out: list[Quantity] = []
    for i, q in enumerate(qs):
        out.append(q)
        if q.kind == "weapon" and not q.sub and (m := _THEY_FATE.match(text, q.end)) is not None \
                and not (i + 1 < len(qs) and qs[i + 1].start < m.end()):
            out.append(Quantity(m.start(1), m.end(1), q.value, q.qualifier, "bare", universal=True))
    return out


# ("fired two Kh-59 guided missiles from the occupied Zaporizhzhia region, but they did not reach their targets")
_THEY_FATE = re.compile(r"[^,;.:()\d]{0,60}?,?\s+(?:but|and|yet|though)\s+(they)\s+"
                        r"(?=(?:were|was|had\s+been|have\s+been|all\s+were|did\s+not|didn['’]t|failed|never)\b)", re.I)
# ("83 enemy UAVs of the Shahed, Gerbera and other types were shot down")
_OF_VARIOUS_TYPES = re.compile(r"\s+of\s+(?:(?:various|different|several|many|all|other|unknown|mixed)\s+|"
                               r"the\s+(?:[\w-]+,?\s+){1,4}?(?:and\s+(?:other\s+|[\w-]+\s+))?)(?:types|kinds|models)\b"
                               r"|(?:,\s*[\w-]+){0,3},?\s+and\s+other\s+(?:types|kinds|models)\b", re.I)  # (after the model's name)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.I)  # "five of the seven Kh-59s": the whole of a part
_COUNT_START = re.compile(r"(?<![\w-])\d")  # (not the 101 of "Kh-101")
_FRONTED_WHOLES = re.compile(r"\W*(?:of|out\s+of)\s+(?:the\s+|these\s+|those\s+)?[^,;.:]{1,80},", re.I)
_OF_WHICH_BEFORE = re.compile(r"\bof\s+(?:which|them)\s+(?:only\s+|just\s+)?$", re.I)
_OF_WHICH_NEXT = re.compile(r"\s+of\s+(?:which|them)\b", re.I)
_IN_TOTAL_WORDS = r"(?:in\s+total|in\s+all|altogether|overall)\b"
_IN_TOTAL_OPENS = re.compile(r"\W*" + _IN_TOTAL_WORDS, re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:neither|either|each|the)\s+$", re.I)  # "Neither ballistic missile was ...: both"
_STRUCK_BEFORE = re.compile(r"\b(?:striking|struck|strikes|strike|hit|hitting|hits|bombed|bombing|attacked|attacking)\s+"
                            r"(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+|at\s+least\s+)?$", re.I)
_IN_TOTAL_AFTER = re.compile(r"\s+" + _IN_TOTAL_WORDS, re.I)
_DASH_BEFORE = re.compile(r"[—–:]\s*$|\s-\s*$")
_FRONTED_GENERAL = re.compile(r"\W*(?:of|out\s+of)\s+(?:the\s+)?[\d,]+\s+(?:weapons|targets|means|aerial\s+weapons|air\s+targets|"
                              r"drones\s+and\s+missiles|missiles\s+and\s+drones)\b", re.I)
_FRONTED_WHOLE = re.compile(r"\W*(?:of|out\s+of)\s+(?:the\s+)?[\d,]+\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*$", re.I)
_FRONTED_WHOLE_GAP = re.compile(r"(?:[^,;.\d-]|-\d*){0,60},\s*(?:only|just|merely|some|about|around|nearly)?\s*", re.I)
_WERE_DOWNED = re.compile(r"\s+(?:were|was)\s+(?:all\s+|also\s+)?(?:destroyed|shot\s+down|intercepted|downed)\b", re.I)
_AND_ALL = re.compile(r"[^.;]{0,80}(?:,\s+and|;)\s+(?:all\s+)?", re.I)  # (", and all four were ...", "; both were ...")
# (", as well as the Kh-59 guided missile"; "destroyed 24 of the drones as well as the missile")
_AS_WELL_AS_THE = re.compile(r",?\s+as\s+well\s+as\s+the\s+(?:(?:single|lone|only|one)\s+)?$", re.I)
_AND_THE = re.compile(r"\s+and\s+the\s+(?:(?:single|lone|only|one)\s+)?$", re.I)  # ("... and the single Iskander-K")
_WHICH_WAS_DOWNED = re.compile(r"(?:\s+(?:launched|fired)\s+(?:from|by|over)\s[^,;.]{1,50})?"  # ("... fired from ships, all ...")
                               r"\s*,\s*(?:(?:which|both\s+of\s+which|all\s+of\s+which)\s+(?:was|were)\s+(?:also\s+|all\s+|both\s+)?"
                               r"|(?:all|both)\s+of\s+them\s+(?:(?:were|being)\s+)?"  # ("seven Kalibrs ..., all of them downed")
                               # ("one Kinzhal hypersonic missile, which air defenses also destroyed")
                               r"|(?:which|both\s+of\s+which|all\s+of\s+which)\s+(?:air\s+defen[cs]es?|(?:the\s+)?"
                               r"(?:air\s+force|military|defenders|ukraine|ukrainian\s+forces))\s+"
                               r"(?:(?:also|later|then|reportedly|successfully)\s+)?"
                               # ("four Kalibr cruise missiles, all destroyed, two Kh-59s, also destroyed, ...": an aside)
                               r"|(?:all|both|also)\s+(?=(?:shot\s+down|destroyed|intercepted|downed)\s*(?:[,;.]|and\b|$)))"
                               r"(?:shot\s+down|destroyed|intercepted|downed)(\s+or\s+(?:suppressed|jammed))?\b", re.I)
# (and "crews of two or three operators": number words too)
_AND_NUMBER_NOUN = re.compile(r"\s+(?:and|or|to)\s+(\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten)(?=\s))"
                              r"\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)", re.I)
_COUNTED_BEFORE = re.compile(r"\bcounted\s+(?:about\s+|some\s+|only\s+)?$", re.I)
_LAUNCHED_FROM = re.compile(r"\s+(?:launched|fired)\s+from\b", re.I)
_OF_THE_NOUN = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+([a-z][\w'’-]*)", re.I)
_COMPARED_WITH_IT = re.compile(r"\s+[\w\s'’-]{0,60}?,?\s+(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+|just\s+)?|\s+[\w\s'’-]{0,40}?,?\s+(?:compared\s+(?:with|to)|against)\s+", re.I)
_OF_THEM_SUBCLASS = re.compile(r"(?:\s+of\s+(?:them|which|those|these))?\s+(?:were\s+)?(ballistic|cruise)\b(?!\s+missiles?)"
                               r"|(?<=\d)\s+(?:were|was)\s+(ballistic|cruise)\b(?!\s+missiles?)", re.I)
_VALUE_LABEL = re.compile(r"[\s\-–—•*·●▪■]*([A-Za-z][\w ,()'’/-]{2,60}?)\s*:\s*", re.I)
_ENDS_LINE = re.compile(r"[ \t]*(?:[.;](?:\s|$)|\r?\n|$)")
_LOCATION_WORD = re.compile(r"\b(?:locations?|sites?|places?|settlements?)\b", re.I)
_PERSON_WORD = re.compile(r"\b(?:killed|dead|deaths?|injured|wounded|hurt|casualties|victims)\b", re.I)
_AND_NEXT = re.compile(r"\s*(?:and|,\s*and|,|as\s+well\s+as|plus)\s*", re.I)
_WHOLE_LAUNCHED_AFTER = re.compile(r"(?:\s+[\w-]+){1,4}?\s+(?:fired|launched|used|sent)\b", re.I)
_AS_WERE_BEFORE = re.compile(r",\s+as\s+(?:were|was)\s+$", re.I)
_NONE_DOWNED_AFTER = re.compile(r"[^,;.]{0,80}?\b(?:was|were)\s+(?:intercepted|shot\s+down|downed|destroyed|stopped)\b", re.I)
_NONE_OF = re.compile(r"\b(?:none|neither|(?:nor|not)\s+any|not\s+one)\s+of\s+(?:the\s+|these\s+|those\s+)?$", re.I)
_COPULA = re.compile(r"(?:\s+of\s+(?:them|which|those|these))?(?:\s*[—–]\s*|\s+)(?:were|was)\s+(?:all\s+|mostly\s+)?(?:[\w-]+\s+){0,2}?$"
                     r"|\s+of\s+(?:them|those|these)\s+(?:(?:iranian|russian|north\s+korean)(?:-made|-designed)?\s+)?$",
                     re.I)  # ("18 missiles, nine of them Kalibrs": a model only; "13 of them Iranian-made Shahed-136s")


_THOSE_INCLUDED = re.compile(r"\s*(?:those|these|they)\s+included\b")
# (but "They included 13 Kh-101 cruise missiles, 11 of which were downed": an item whose part was downed is one that came)
_PART_OF_IT_DOWNED = re.compile(r",\s*(?:[\w-]+\s+){1,2}of\s+(?:which|them)\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?"
                                r"(?:downed|shot\s+down|destroyed|intercepted)\b")
# "That is 53 missiles and 47 Shaheds in total.": the sum of a list of what came
_THAT_IS_IN_TOTAL = re.compile(r"\W*(?:that|this)\s+(?:is|was|makes|made)\s+(?=\d[^.;]*\b(?:in\s+total|altogether|overall)\b)", re.I)
_FIGURES_LABEL = re.compile(r"\b(?:gave|gives|giving|released|published|issued|posted|put\s+out|provided)\s+(?:its|their|the|an?)?\s*"
                            r"(?:(?:precise|exact|final|full|fuller|complete|revised|updated|official|detailed|own|first|latest)\s+)?"
                            r"(?:figures|count|tally|numbers|data|breakdown)\s*:\s*(?=\d)", re.I)
_SUB_MARKER_GAP = re.compile(r"\b(?:including|among\s+them|among\s+which|of\s+which|of\s+them)\b", re.I)
_MODEL_COUNT_AFTER = re.compile(r"\s*[—–]\s*\d|\s+-\s+\d")
_ITEM_OPENS_BEFORE = re.compile(r"[(,;]\s*$")


def _model_label(text: str, pos: int, weapons: list[WeaponMention]) -> WeaponMention | None:
    """The model named right before a number at `pos` as its label, inside a parenthesis or a list: 'Kalibr — 23'."""
    w = next((w for w in reversed(weapons) if w.end <= pos), None)
    if w is None or not w.model or w.weapon_class not in CLASS_KEY or not _MODEL_COUNT_AFTER.fullmatch(text, w.end, pos + 1):
        return None
    return w if _ITEM_OPENS_BEFORE.search(text, max(0, w.start - 3), w.start) else None


# ("three S-300 missiles fired from Russia's Belgorod region at targets in the Kharkiv region could not be intercepted")
_WERE_NOT_DOWNED = re.compile(r"(?:\s+[\w-]+){0,3}?(?:\s*,[^,;.]{1,60},|\s+(?:fired|launched|used)\s[^,;.]{1,80}?)?"
                              r"\s+(?:(?:(?:were|was)\s+not|could\s+not\s+be)\s+(?:intercepted|shot\s+down|destroyed|downed)\b"
                              # ("Only one of six Iskander-Ms was intercepted, and the two S-300 missiles launched from
                              # the Belgorod region were not, the statement added": the fate said before, denied)
                              r"|(?:were|was)\s+not(?=\s*[,;.]))", re.I)
# "None of the four missiles — three Iskander-M ballistic missiles and ": the models between the dashes are the ones
# that none of was downed
_NONE_OF_THEM_BETWEEN_DASHES = re.compile(r"\bnone\s+of\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*[—–(]\s*[^—–()]*$",
                                          re.I)
# "did not stop six Kh-59 guided missiles and ": the models a denied fate governs
_NOT_STOPPED_BEFORE = re.compile(r"\b(?:did\s+not|didn['’]t|failed\s+to|could\s+not|couldn['’]t)\s+(?:stop|intercept)\s+"
                                 r"(?:[^.;:]{0,80}?(?:,|\band)\s+)?$", re.I)


def _fate_denied_before(text: str, start: int, pos: int) -> bool:
    """'None of the four missiles — three Iskander-M ballistic missiles and one Iskander-K — were intercepted', '...
    downed all 38 Kh-101s, but did not stop six Kh-59 guided missiles and three Kh-22 missiles': the models came."""
    begin = max(start, pos - 120)
    before = text[begin:pos]
    if "one of" in before.lower() and _NONE_OF_THEM_BETWEEN_DASHES.search(text, begin, pos):
        return True
    return (" not " in before or "n't " in before or "failed " in before) \
        and _NOT_STOPPED_BEFORE.search(text, begin, pos) is not None


_NOT_A_PREDICATE = re.compile(r"\b(?:when|as|after|while|because|killed|wounded|injured|hurt|dead)\b", re.I)


def _predicate_weapon(text: str, pos: int, weapons: list[WeaponMention]) -> WeaponMention | None:
    w = next((w for w in weapons if w.start >= pos), None)
    if w is None or w.weapon_class not in CLASS_KEY or w.start - pos > 40 or not (copula := _COPULA.fullmatch(text, pos, w.start)) \
            or _NOT_A_PREDICATE.search(copula.group()):
        return None  # (not "17 were wounded when drones struck": people, and the weapons that hurt them)
    # ("215 drones and missiles overnight, 145 of them drones and 70 missiles": a class, told apart by "of them")
    return w if w.model or re.search(r"\b(?:were|was)\b", copula.group(), re.I) \
        or (w.plural and w.weapon_class in CLASS_KEY and copula.group().lstrip().startswith("of")) else None


def _is_bare(text: str, pos: int, limit: int) -> bool:
    """A number with no noun: next comes punctuation, an auxiliary, a cue or 'of'."""
    rest = text[pos:min(limit, pos + 30)]
    # ("2-3 hours", "a 16-storey block": a hyphen right after the number makes a compound, not a pause; "126 – over the
    # Kursk region": a spaced en dash is a pause, but "88–90%" a range)
    if not rest.strip() or re.match(r"\s*[,;:.)(\u2014]|\s*\u2013(?!\s*\d)|\s+-|-\s", rest):
        return True
    if re.match(r"\s+the\s+(?:month|year|week|previous|preceding|night|day|one)\b", rest, re.I):
        return True  # "compared with nearly 300 the month before"
    # ('32 "failed to reach their targets"': a quoted verb too)
    return bool(re.match(r"\s+[\"“‘]?(?:were|was|have|had|are|has|of|out|"
                         # ("20 more were shot down", not "two more Patriot systems": arms of their own)
                         r"more(?!\s+(?:[\w-]+\s+){0,2}(?:systems?|batter(?:y|ies)|launchers?|jets?|aircraft|tanks|howitzers|"
                         r"vehicles)\b)|others?|in|over|on|and|or|launched|fired|used|"
                         # (not "2.3 million overnight visits": a count of something else)
                         r"by|from|across|during|"
                         r"overnight(?!\s+(?!(?:was|has|is|as|its|this|across|towards|plus|thus|less)\b)[a-z]+s\b)|"
                         r"that|which|shot|downed|destroyed|lost|locationally|locally|"
                         # ("45 enemy locationally lost UAVs": the Air Force's word order)
                         r"enemy\s+(?:locationally|locally|lost|shot|downed|destroyed)|"
                         r"intercepted|hit|struck|reached|jammed|suppressed|neutrali[sz]ed|"
                         r"remain\w*|flew|headed|veered|returned|left\s+(?:the|ukrainian|russian|ukraine's|russia's)\s|disappeared|vanished|got|found|impacted|recorded|registered|counted|"
                         r"logged|tallied|after|following|drones?|missiles?|killed|injured|wounded|hurt|dead|died|"
                         # ("the record of 6,297 set in July"; not "10,197 set in another city": a show's)
                         rf"set\s+(?:in\s+|during\s+)?(?:{_MONTHS}|last\s+(?:month|year)|earlier\s+this\s+year)|"
                         r"did|failed|never|missed|crashed|came|it\s+(?:launched|fired|sent|used)|"
                         r"nationwide|countrywide|overall|altogether|in\s+total|across|as\s+(?:it|they|the)|while|when)\b",
                         rest, re.I))  # "22 did not reach their targets", "the 2,202 it launched", "wounded at least 44 nationwide"


def _link_partitives(text: str, qs: list[Quantity]) -> None:
    for a, b in zip(qs, qs[1:]):
        gap = text[a.end:b.start]
        if a.kind == "bare" and _PARTITIVE.fullmatch(gap):
            a.partitive_of = b
            b.denominator = True
            a.end = b.end if b.kind == "weapon" else a.end
        elif a.kind == "weapon" and b.kind == "bare" and _FRONTED_GAP.fullmatch(gap) \
                and _FRONTED_OF.search(text, max(0, a.start - 20), a.start):
            b.partitive_of = a  # "Of the 73 drones, 51 were intercepted", "Of the 653 drones Moscow sent, 585 were downed"
            a.denominator = True
    for q in qs:
        if _FRACTION_OF.search(text, max(0, q.start - 30), q.start) and not text.startswith(("a ", "A ", "an "), q.start):
            # "downed two-thirds of the 90 drones": 90 came, not 90 downed ("ten per cent of a thousand drones": a sum)
            q.denominator = True


_THE_NUMBER_WAS = re.compile(r"\bthe\s+(?:number|figure|total|tally|count)\s+(?:was|stood\s+at|reached|fell\s+to|rose\s+to)\s+(?:\w+\s+)?$", re.I)
_FRONTED_GAP = re.compile(r"(?:\s+(?:[A-Z][\w-]+|it|they|the\s+enemy|russian\s+forces)\s+(?:had\s+)?(?:sent|launched|fired|used)"
                          # "Of the 28 Kh-101 cruise missiles launched from strategic bombers, 20 were shot down"
                          # (an aircraft's number is no count: "fired from Tu-95 bombers over the Volga region")
                          r"|\s+(?:launched|fired|sent|used)\s+(?:from|by|over|at|toward|towards|against|on)\s+"
                          r"(?:[^,;.\d-]|-\d*){1,60}?"
                          # ("Of five Kinzhal hypersonic missiles in the salvo, only one was intercepted")
                          r"|\s+(?:in|during)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:salvo|attack|barrage|strike|assault|wave|raid))?"
                          r"\s*,\s*(?:(?:only|just)\s+)?")
_FRONTED_CLASS = re.compile(r"\s*(?:(?:of|out\s+of|among)\s+the|as\s+for\s+the|as\s+to\s+the|regarding\s+the|"
                            r"for\s+the)\s+[^,\d]{1,40},", re.I)
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$", re.I)
_N_OF_WHICH_AFTER = re.compile(r"\s*,\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                               r"\w+ty(?:-\w+)?)\s+of\s+which\s+(?:were|was)\s", re.I)
_OF_WHICH_AFTER = re.compile(r"\s*,?\s*(?:of\s+which|out\s+of\s+which|of\s+them)\b", re.I)
_FRONTED_OF = re.compile(r"(?:^|[,;:.]\s*(?:(?:and|while|but)\s+)?|\n|\bthat\s+)\s*(?:of|out\s+of)\s+(?:the|these|those|its|their)?\s*$", re.I)  # ("said that of the 810")
_FRACTION_OF = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?|most|majority|bulk|percent|per\s+cent|share)"
                          r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$|%\s+of\s+(?:the\s+)?$", re.I)


def _nearest_cue(q: Quantity, cues: list[Cue], text: str, allowed: frozenset[str]) -> Cue | None:
    """Cue after (only auxiliaries between) beats the nearest cue before.

    Except: a launch participle right after a quantity that a cue before already
    governs is a modifier ("shot down 40 drones launched from Kursk"), and the
    numerator of "40 of 48 drones" takes the cue before it.
    """
    left = _left_cue(q, cues, text, allowed)
    if left is not None and left.outcome == "launched" and (q.partitive_of is not None and _modifies_noun(left, text) or (
            (q.partitive_of is not None or q.universal) and _ENDS_ITEM_AFTER.match(text, left.end)
            and _NOUN_BEFORE.search(text, max(0, left.start - 12), left.start))):
        # (and "shot down were 31 of the 37 Kh-101s launched, six of 12 Kalibrs": the participle that ends a whole)
        # "intercepted 37 of the 40 Kh-101s launched from bombers over the Caspian Sea, and 29 of the 35 Shaheds": the
        # participle is the 40's; the 29 share the verb before it
        left = _left_cue(q, [c for c in cues if c is not left], text, allowed) or left
    if left is not None and _AND_THAT.search(text, left.end, q.start):
        left = None  # "said two missiles had hit a plant, and that some 20 missiles had been recorded": another clause
    # ("Russia targets Odesa with overnight drone swarm: 95 of 115 drones downed": a colon ends the launch's clause,
    # though not a fate's: "12 of the missiles were downed: seven of the 11 Iskander-Ms")
    clause_break = _CLAUSE_BREAK_AFTER_LAUNCH if left is not None and left.outcome == "launched" else _CLAUSE_BREAK_AFTER_FATE
    if left is not None and q.partitive_of is not None and not clause_break.search(text, left.end, q.start) and not (
            q.partitive_of.end <= left.start and left.end <= q.start and _FRONTED_GAP.fullmatch(text, q.partitive_of.end, q.start)):
        return left  # (not "Of the 653 drones Moscow sent, 585 were shot down": the whole's own verb is not the part's)
    if (fate := _fate_after_participle(q, cues, text, subject=left is None)) is not None and fate.outcome in allowed:
        return fate
    # ("All 31 missiles - two ballistic and 29 cruise missiles launched from bombers - were shot down": the verb after
    # the aside is the count's; the aside's own are not)
    after = aside.end() if (aside := _DASH_ASIDE.match(text, q.end)) is not None else q.end
    if left is None and (relative := _RELATIVE_LAUNCH.match(text, after)) is not None:
        after = relative.end()  # "All 10 Shahed drones that Russia sent over during the day were destroyed": their fate
    for c in cues:
        if c.start >= after and c.position in ("right", "both") and c.outcome in allowed:
            gap = text[after:c.start]
            if left is not None and "," in gap and text[c.start:c.end].lower().endswith("ing"):
                break  # "attacked with 476 drones and 48 missiles, striking homes": the attack's participle
            if c.outcome == "hits" and "," in gap and _HITS_AT_LOCATIONS.match(text, c.end):
                break  # "Russia launched 176 drones, hits recorded in 12 locations": the noun's count is the places'
            if left is not None and left.outcome == "launched" and "," in gap \
                    and _WHICH_INCLUDED.search(text, max(0, left.start - 16), left.end):
                break  # "The barrage, which included 298 drones and 69 missiles, struck 30 cities": the barrage's verb
            if c.outcome == "launched" and (q.partitive_of is not None or "," in gap) and _modifies_noun(c, text):
                # "three of five Kalibr missiles fired from warships": where the whole came from ("41 missiles, including
                # 29 of the 35 Kh-101s launched by bombers": where a later noun's came from)
                break
            if q.kind == "weapon" and _OF_WHICH_SUBJECT.match(gap):
                break  # "fired 595 drones and 48 missiles, of which it shot down 568 drones and 43 missiles": the parts'
            if _AUX_GAP.match(gap):
                if left is not None and left.outcome == "launched" and c.outcome in ("destroyed", "neutralized") \
                        and (_ALL_OF_WHICH.match(gap) or _WHICH_WAS_DOWNED.match(text, q.end)):
                    return left  # "consisted of 24 Kh-101s, all of which were shot down": all came (all_of_them downs them)
                if c.outcome == "launched" and _weak_right(text, c) and not (q.kind == "bare" and not gap.strip()):
                    break  # (but "five times the 10,970 recorded in 2024": a bare number's own participle)
                if c.outcome == "launched" and left is not None and q.kind == "weapon" \
                        and (not gap.strip() or _RELATIVE_SUBJECT.search(gap)):
                    break  # the noun's modifier: "shot down 40 drones launched from Kursk", "all 29 drones Russia launched"
                return c
            break
    return left or _right_fallback(q, cues, text, allowed)


_CLAUSE_BREAK_AFTER_LAUNCH = re.compile(r"[,;:]")
_CLAUSE_BREAK_AFTER_FATE = re.compile(r"[,;]")
_OF_WHICH_SUBJECT = re.compile(r"\s*,\s*of\s+(?:which|them)\s+(?:it|they|we|air\s+defen[cs]es?|ukraine|the\s+air\s+force|"
                               r"ukrainian\s+(?:forces|air\s+defen[cs]es?))\s+(?:had\s+|has\s+|have\s+)?$", re.I)
_REPORTS_BEFORE = re.compile(r"\b(?:reports|reported|registered)\s+(?:a\s+total\s+of\s+)?$", re.I)
_BROKEN_DOWN_AFTER = re.compile(r"(?:\s+(?:overnight|in\s+total|during\s+the\s+night|on\s+\w+))?\s*(?::|\s[—–-])\s*"
                                r"(?:\d|about\s|more\s|over\s|some\s)", re.I)
_THE_WHOLE_OPENS = re.compile(r"\W*the\s+$", re.I)
_RESTATED_AFTER = re.compile(r"\s+(?:made|makes|marked|marks|set|sets|surpassed|surpass|exceeded|exceed|eclipsed|"
                             r"broke|topped|outstripped)\b", re.I)
_BROKEN_DOWN_BY_VERB = re.compile(r"\s+(?:included|comprised|consisted\s+of|were\s+made\s+up\s+of)\s", re.I)
_HITS_AT_LOCATIONS = re.compile(r"\s+(?:were\s+|was\s+)?(?:recorded|reported|registered|confirmed)?\s*(?:at|in|on)\s+"
                                r"(?:[\w-]+\s+){1,3}?(?:locations|sites|places|spots)\b", re.I)
# a relative clause that says who sent the weapons, before the verb of their fate
_RELATIVE_LAUNCH = re.compile(r"\s+(?:(?:that\s+|which\s+)?(?:russia|moscow|the\s+enemy|russian\s+forces|the\s+russians|it|they)\s+"
                              r"(?:had\s+|has\s+)?(?:launched|sent|fired|used)(?:\s+(?:over|in|at|against|during|on|overnight)"
                              r"(?:\s+[^,;.]{0,40}?)?)?"
                              # ("All 10 Shahed drones that flew in alongside the missiles were also destroyed")
                              r"|(?:that|which)\s+(?:flew|came)(?:\s+[^,;.]{0,50}?)?"
                              # ("All five drones that were flying toward the capital were shot down")
                              r"|(?:that|which)\s+(?:were|was)\s+(?:flying|heading)\s+(?:towards?|to|for|at)\s+[^,;.]{1,50}?"
                              # ("All 10 Kinzhal missiles aimed at the capital were intercepted": the aim is the launch's)
                              r"|(?:aimed|targeted|directed)\s+at\s+[^,;.]{1,50}?"
                              # ("all ten Shahed-136 drones sent towards Ukraine during the day had also been destroyed")
                              r"|(?:sent|launched|fired)\s+(?:towards?|against|into)\s+[^,;.]{1,50}?)"
                              r"(?=\s+" + _FATE_AUX + r"\b)", re.I)


def _left_cue(q: Quantity, cues: list[Cue], text: str, allowed: frozenset[str]) -> Cue | None:
    before = [c for c in cues if c.end <= q.start and c.position in ("left", "both") and c.outcome in allowed
              and not _breaks_clause(text, c.end, q.start) and not _closed_relative(c, q, text)
              # ("Russia hits Odesa port overnight as Air Force reports 172 drones": the report's count, not the hits)
              and _AS_REPORTS.search(text, c.end, q.start) is None
              # ("eight Kalibr cruise missiles (five shot down), seven Iskander-K": a bracket's verb stays in it)
              and not _in_closed_bracket(text, c, q.start)]
    if not before:
        return None
    nominal = [c for c in before if text[c.start:c.end].lower().split()[-1:] in (["of"], ["debris"])
               and c.outcome not in PERSON_OUTCOMES  # "claimed the lives of four and wounded 31" is verbal
               and c.outcome != "launched"  # "total of downed targets: 222": the fate named after it
               # (not "its heaviest strikes of the winter, firing 450 drones": a verb of its own stands between)
               and not any(o.outcome == "launched" and c.end <= o.start and o.end <= q.start for o in before)]
    return before[-1] if not nominal or nominal[-1].start >= before[-1].start else nominal[-1]


_COUNTRY_HIT_BY = re.compile(r"\b(?:ukraine|the\s+country)\s+(?:was\s+|is\s+)?(?:hit|struck|pounded)(?:\s+by)?\Z", re.I)
_AS_REPORTS = re.compile(r"\bas\s+(?:[\w'’-]+\s+){1,4}?(?:reports?|reported|says|said|announces?|announced|confirms?|"
                         r"confirmed)\s"
                         # ("Russian drones hit Kharkiv and Odesa overnight, air force counts 85 drones and a missile")
                         r"|,\s+(?:the\s+)?(?:air\s+force|military)\s+(?:counts|reports|says)\s", re.I)
_A_BETWEEN = re.compile(r"\s+(?:a|the)\s+")
_LIST_GAP = re.compile(r"[^;:.()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)


def _city_share(text: str, sentence: Sentence, fm: FigureMention) -> bool:
    """A count of drones that attacked or hit the unnamed place the post is about ("the city was attacked by 6 Shaheds",
    "the enemy used 17 Shahed-type drones and 28 FPV drones against the region")."""
    # ("the city was hit by dozens of drones, two missiles and four guided aerial bombs": the missiles came with drones)
    return fm.field in ("launched", "hits") and (fm.key == "drones" or "drone" in text[sentence.start:fm.start]) \
        and not fm.places and fm.start - sentence.start < 200 \
        and (_UNNAMED_PLACE_ATTACKED.search(text, sentence.start, fm.start) is not None
             or _AGAINST_UNNAMED_PLACE.match(text, fm.end, sentence.end) is not None)


def _breaks_clause(text: str, start: int, end: int) -> bool:
    """A semicolon or a spaced dash between, outside brackets ("61 cruise missiles (Kh-101 — 38, Kalibr — 23) and 5")."""
    if _CLAUSE_BREAK.search(text, start, end) is None:
        return False
    gap = text[start:end]
    # ("launched 595 drones — Shahed-type attack drones and decoys — and 48 missiles": an aside between dashes, too)
    return _CLAUSE_BREAK.search(_DASH_ASIDE.sub(" ", _BRACKETED.sub("", gap))) is not None


_BRACKETED = re.compile(r"\([^()]*\)")
_DASH_ASIDE = re.compile(r"\s(?:[—–]|--?)\s[^—–;.]{1,160}?\s(?:[—–]|--?)\s")


def _in_closed_bracket(text: str, cue: Cue, until: int) -> bool:
    """Is the cue inside a bracket that closes before `until`?"""
    window = text[max(0, cue.start - 60):cue.start]
    return window.rfind("(") > window.rfind(")") and ")" in text[cue.end:until]


def _closed_relative(cue: Cue, q: Quantity, text: str) -> bool:
    """'20 Kh-101s, 18 of which were intercepted, nine Iskander-Ms': the relative clause's verb is its own."""
    between = text[cue.end:q.start]  # (closed by a comma, or by a dash: "- all seven of which were intercepted - and")
    if _PARTICIPLE_ASIDE.search(text, max(0, cue.start - 10), cue.start) and _PARTICIPLE_ASIDE_ENDS.match(text, cue.end, q.start):
        return True  # "four Kalibr cruise missiles, all destroyed, two Kh-59s": an item's own fate, told between commas
    return bool(_RELATIVE_OPENS.search(text, max(0, cue.start - 25), cue.start)) and ("," in between or _DASH.search(between) is not None)


_PARTICIPLE_ASIDE = re.compile(r",\s+(?:all\s+|also\s+|both\s+)?$", re.I)
_PARTICIPLE_ASIDE_ENDS = re.compile(r"[^,;\d]{0,25},", re.I)


_DASH = re.compile(r"\s(?:--|[—–-])\s|[—–]")
_RELATIVE_OPENS = re.compile(r"\b(?:of\s+which|of\s+whom)\s+(?:\w+\s+){0,3}$|\b(?:which|that|who)\s+(?:were|was|had\s+been|"
                             r"have\s+been)\s+$|\b(?:all|both|[\d,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                             r"\w+ty(?:-\w+)?)\s+of\s+them\s+(?:were\s+|being\s+)?$", re.I)  # ("..., all of them downed, and",
# "five Iskander-K cruise missiles, four of them shot down, and 19 Iskander-Ms")


def _weak_right(text: str, cue: Cue) -> bool:
    """'were recorded' only means launched when no nominal cue ('hits of') governs."""
    return text[cue.start:cue.end].lower().split()[-1:] in (["recorded"], ["detected"], ["tracked"], ["spotted"])


def _right_fallback(q: Quantity, cues: list[Cue], text: str, allowed: frozenset[str]) -> Cue | None:
    for c in cues:
        if c.start >= q.end and c.outcome in allowed and c.position in ("right", "both") \
                and _AUX_GAP.match(text[q.end:c.start]):
            return c
    return None


def _attached_places(q: Quantity, text: str, places: list[PlaceMention], limit: int) -> tuple[str, ...]:
    """Places right after the quantity's clause words: '8 drones over the Kherson region'."""
    codes: list[str] = []
    clause_end = limit
    m = _PLACE_CLAUSE_END.search(text, q.end, limit)
    if m:
        clause_end = m.start()
    # ("10 were destroyed over the Odesa region, eight over the Lviv region": each count has its place)
    if (colon := _COLON_COUNT.search(text, q.end, clause_end)) is not None \
            and not _WHERE_BEFORE.search(text, q.end, colon.start()):
        # "87 Shaheds were destroyed: 28 in the Odesa region, 14 in the Mykolaiv region, ...": the count is all of the
        # places its breakdown names, not the first one's (but "12 drones were destroyed in the south: seven over
        # ...": a part of the country)
        end = m.start() if (m := _BREAKDOWN_END.search(text, colon.end(), limit)) else limit
        listed = tuple(dict.fromkeys(p.code for p in places if colon.end() <= p.start < end and p.kind != "country"))
        if len(listed) >= 2:
            return listed
    if (n := _NEXT_COUNT.search(text, q.end, clause_end)) is not None:
        clause_end = n.start()
    last_end = -1
    for p in places:
        if q.end <= p.start < clause_end and p.kind != "country" and not _ATTACK_ON.search(text, max(q.end, p.start - 30), p.start) \
                and (text[p.end:p.end + 2] not in ("'s", "’s") or _AIRSPACE_AFTER.match(text, p.end)) and (
                # ("a shift in Moscow's tactics": an owner, not a place; but "destroyed in Kyiv's airspace")
                _PLACE_PREP.search(text[max(q.end, p.start - 34):p.start])
                or (last_end >= 0 and _PLACE_LIST_GAP.fullmatch(text, last_end, p.start))):
            if _MOSTLY_BEFORE.search(text, max(q.end, p.start - 40), p.start):
                continue  # "25 of the Shaheds, mostly over Odesa Oblast": spread, not one place's
            if not codes and _LATER_COUNT_AIMED.search(text, q.end, p.start):
                # "28 Kh-101s, ..., 13 S-300 missiles fired at the Kharkiv region": the later count's own aim (a count
                # with an aim of its own before it keeps the list's places: "... toward Kyiv and one Kh-35 aimed at ...")
                break
            codes.append(p.code)  # ("over the Kharkiv, Poltava and Sumy regions": every one of the list)
            last_end = p.end
    return tuple(codes)


def _labelled_place(text: str, sentence: Sentence, places: list[PlaceMention]) -> tuple[str, ...]:
    """'Mykolaiv region: air defense downs 11 drones overnight': a local news item's label is its figures' place."""
    first = places[0] if places else None
    if first is None or first.kind == "country" or text[sentence.start:first.start].strip(" \t\n\"'«“*#-–—|") \
            or not _LABEL_AFTER_PLACE.match(text, first.end):
        return ()
    return (first.code,)


_LABEL_AFTER_PLACE = re.compile(r"(?:\s+(?:region|oblast|province))?\s*:\s", re.I)


_AIRSPACE_AFTER = re.compile(r"['’]s\s+(?:airspace|sky|skies|outskirts|suburbs)\b", re.I)
# "..., in one of the most intense attacks on Kyiv this year": what an attack was on, not where these flew
# ("in a dense overnight attack focused on Kyiv": the same)
_ATTACK_ON = re.compile(r"\b(?:attacks?|strikes?|raids?|assaults?|bombardments?)\s+(?:(?:focused|centred|centered|concentrated|aimed|"
                        r"directed)\s+)?(?:on|against|at)\s+(?:the\s+)?$", re.I)
# ("87 Shaheds were destroyed: 28 in the Odesa region, 14 in ...": a breakdown by place after a colon)
_BREAKDOWN_END = re.compile(r"[;.]")
_WHERE_BEFORE = re.compile(r"\b(?:in|over|across|above|near)\s", re.I)
_THE_OTHER_AFTER = re.compile(r"[,;]\s+(?:and\s+|while\s+)?the\s+other\b(?!\s+(?:side|way|day|night|hand|\d+|two|three|four|five|"
                              r"six|seven|eight|nine|ten)\b)", re.I)
_COUNT_THERE = (r"\s+(?:another\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                r"(?:more\s+)?(?:over|in|above|near|across|on)\b")
_LATER_COUNT_AIMED = re.compile(r"(?:,|\band)\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve|\w+teen|\w+ty(?:-\w+)?)\s+[^,;.]{1,40}?\s(?:fired|launched|aimed|directed|sent)\s+"
                                r"(?:at|on|toward|towards|against|over|into)\s+(?:the\s+)?$", re.I)
_NEXT_COUNT = re.compile(r"(?:,|\band)" + _COUNT_THERE, re.I)
_COLON_COUNT = re.compile(":" + _COUNT_THERE, re.I)
# ("..., capping the month with a strike that killed 31 people in Kyiv": a participle's clause is its own)
_PLACE_CLAUSE_END = re.compile(r"[;.]|,\s+(?:while|and|but|with|including|of\s+which|among|which|as|after|when|before|"
                               r"because|although|though|[a-z]+ing)\b")
# ("three Kh-31P guided missiles, most of them aimed at the Odesa region": the list's aim, not the last count's)
_MOSTLY_BEFORE = re.compile(r"\b(?:mostly|mainly|largely|primarily|chiefly|most\s+of\s+them)\s+"
                            r"(?:(?:aimed|directed|targeted|fired|launched|sent)\s+)?"
                            r"(?:over|in|above|across|at|towards?)\s+(?:the\s+)?$", re.I)
# ("Kyiv city and the ...", "in Khmelnytskyi (8), Vinnytsia, Kyiv ...": a bracketed count of one of them)
_PLACE_LIST_GAP = re.compile(r"\s*(?:\(\d+\)\s*)?(?:(?:city|region|oblast)\s*)?(?:,|and|,\s*and)\s*(?:the\s+)?")


def figure_mentions(sentence: Sentence, text: str, numbers: list[NumberMention],
                    weapons: list[WeaponMention], places: list[PlaceMention],
                    antecedent: str | None = None, inherited: str | None = None) -> list[FigureMention]:
    """All figure mentions of one sentence (not yet assigned to an attack).

    The mention lists hold this sentence's mentions, in document offsets;
    `antecedent` is the class of the last weapon counted before this sentence,
    for bare numbers ("Of them, 211 were shot down"); `inherited` is the outcome of
    the sentence that introduced a list this sentence is an item of.
    """
    qs = quantities(sentence, text, numbers, weapons)
    qs = sorted(qs + _article_quantities(sentence, text, weapons, qs) + _single_victims(sentence)
                + _the_other(sentence, antecedent),
                key=lambda q: q.start)
    if not qs:
        return []  # nothing to bind (a sentence whose numbers are dates or years): no cues needed
    cues = [Cue(c.start + sentence.start, c.end + sentence.start, c.outcome, c.position)
            for c in find_cues(sentence.text)]
    if len(cues) > 1 and "total of" in sentence.low:
        # "Air defences destroyed a total of 65 targets": the total of what the verb before it did
        cues = [c for c in cues if not (c.outcome == "launched" and sentence.low.startswith("total of", c.start - sentence.start)
                                        and any(o.outcome != "launched" and _A_BETWEEN.fullmatch(text, o.end, c.start)
                                                for o in cues))]
    label = _label(sentence, text, weapons)
    if inherited == "neutralized" and any(c.outcome in ("destroyed", "suppressed") for c in cues):
        # "394 air targets were neutralized: - 351 Shahed-type UAVs ... were shot down; - 21 imitator drones were
        # locationally lost": the items break the combined figure down into its fates
        inherited = None
    if inherited in ("destroyed", "neutralized", "suppressed") and _THOSE_INCLUDED.match(sentence.low) \
            and not _PART_OF_IT_DOWNED.search(sentence.low):
        # "Air defence units destroyed 602 drones and 40 missiles. Those included 26 of 27 Kh-101 cruise missiles": parts
        # of the downed, not of what came
        cues = [c for c in cues if not (c.outcome == "launched" and sentence.low[c.start - sentence.start:].startswith("includ"))]
    if inherited:
        # under "Launched (shot down):", "Kh-101 cruise missiles - 28 (20 shot down)": the row's first
        # number is the opener's, past the label's dash
        at = sentence.start
        if label is not None and (sep := _LABEL_END.match(text, label.end)):
            at = sep.end()
        elif lead := _TOTAL_LEAD.match(text, at):
            at = lead.end()  # ("In total — 122 missiles and 36 attack drones.": past the dash)
        cues.insert(0, Cue(at, at, inherited, "left"))
    if (told := _FIGURES_LABEL.search(sentence.text) or _THAT_IS_IN_TOTAL.match(sentence.text)) is not None:
        # "Ukraine's air force later gave precise figures: 496 drones and 53 missiles of various types": what came
        at = sentence.start + told.end()
        cues.insert(0, Cue(at, at, "launched", "left"))
        cues.sort(key=lambda c: c.start)
    if label is not None:
        for q in qs:
            if q.kind == "bare" and q.start > label.end:
                q.weapon_class, q.model, q.subclass = label.weapon_class, label.model, label.subclass
    for q in qs:
        if q.kind == "bare" and q.weapon_class is None and (named := _number_of(text, q, weapons)) is not None:
            # "bringing the total number of downed targets to 583": the count of the weapons named before it
            q.weapon_class, q.model, q.subclass = named.weapon_class, named.model, named.subclass
    out: list[FigureMention] = []
    previous_class = antecedent
    if (fronted := _FRONTED_CLASS.match(sentence.text)) and weapons and weapons[0].start < sentence.start + fronted.end():
        previous_class = weapons[0].weapon_class  # "Of the drones, 58 were shot down"
    shared = _shared_right_cues(qs, cues, text)
    counted: list[Quantity] = []  # weapon quantities so far, for what "of which" refers to
    named_before: list[Quantity] = []  # the same, parts included ("included 29 Kh-101s, of which 26 ...")
    told_after: set[int] = set()  # ids of fates told after a count (", which was shot down")
    head: tuple[Quantity, FigureMention] | None = None  # the last weapon count with a fate, for lists after it
    for i, q in enumerate(qs):
        antecedent_class = "any" if _heads_mixed_list(q, qs[i + 1:], text) else \
            _antecedent_class(q, counted, previous_class)
        if q.kind == "bare" and i and qs[i - 1].kind == "weapon" and qs[i - 1].weapon_class in CLASS_KEY \
                and _ANOTHER_BEFORE.search(text, max(0, q.start - 12), q.start) \
                and not _ASIDE_MARK.search(text, qs[i - 1].end, q.start):
            # "80 of the drones were downed and another 105 lost": more drones (not "downed 208 of them -- 185 drones
            # and 23 missiles -- while another 136 were lost": more of them all)
            antecedent_class = qs[i - 1].weapon_class
        # (and "... a raid by Shahed drones; the command said all 10 had been shot down": the drones)
        if q.kind == "bare" and (q.anaphor or q.universal) and (named := next((w for w in reversed(weapons) if w.end <= q.start
                                                               and w.start >= (counted[-1].end if counted else sentence.start)
                                                               and w.weapon_class in ("drone", "missile")), None)):
            antecedent_class = named.weapon_class  # "None of the missiles was intercepted, but four of them ...": those
        if q.kind == "bare" and q.weapon_class is None and (named := _named_before(q, weapons, qs)) is not None \
                and named.subclass in ("ballistic", "cruise", "aeroballistic") \
                and (named.plural or _DEFINITE_BEFORE.search(text, max(0, named.start - 10), named.start)) \
                and not any(c.start > named.end for c in counted):  # (not "ballistic missile and 122 drones, 111 downed")
            # "the highest number of ballistic missiles, beating October, when Russia fired 102"
            q.weapon_class, q.subclass = named.weapon_class, named.subclass
        elif q.kind == "bare" and q.weapon_class is None and (named := _named_before(q, weapons, qs)) is not None \
                and _WITH_FIGURE.fullmatch(text, named.end, q.start):
            q.weapon_class, q.subclass = named.weapon_class, named.subclass  # "the record month for drones, with 6,311"
        elif q.kind == "bare" and q.weapon_class is None and (named := _named_before(q, weapons, qs)) is not None \
                and named.weapon_class in CLASS_KEY and _COMPARED_BEFORE.search(text, max(sentence.start, q.start - 30), q.start):
            # "the most intense month for drone attacks ..., up from about 6,600 in April": drones, compared
            q.weapon_class, q.subclass = named.weapon_class, named.subclass
        elif q.kind == "bare" and q.weapon_class is None and (subject := _CLASS_FIGURE_SUBJECT.match(sentence.low)):
            q.weapon_class = subject.group(1)  # "The drone figure was below July's record of 6,297": the drones' count
        elif q.kind == "bare" and q.weapon_class is None and (number_of := _NUMBER_OF_CLASS.search(
                text, max(sentence.start, q.start - 90), q.start)):
            # "the number of drones shot down overnight has been raised to 84": the drones' count
            q.weapon_class = "missile" if number_of.group(1).lower() == "missiles" else "drone"
        elif q.kind == "bare" and q.weapon_class is None and i and qs[i - 1].weapon_class is not None \
                and _FROM_FIGURE.fullmatch(text, qs[i - 1].end, q.start):
            q.weapon_class, q.subclass = qs[i - 1].weapon_class, qs[i - 1].subclass  # "dipped to 5,298 from 5,638"
        elif q.kind == "bare" and q.weapon_class is None and counted and counted[-1].subclass and not counted[-1].model \
                and _THE_NUMBER_WAS.search(text, max(sentence.start, q.start - 30), q.start):
            # "it fired 102 ballistic missiles in October; in November, the number was 66": the same kind
            q.weapon_class, q.subclass = counted[-1].weapon_class, counted[-1].subclass
        # (not "99 aerial weapons - 60 Shahed drones and 39 missiles - and that 84 of them had been destroyed": more than
        # the last count are of all of them)
        # (nor "352 drones and 16 missiles ..., of which 339 were shot down": more than the last count, of them all)
        if q.kind == "bare" and named_before and q.model is None and not (
                q.value > named_before[-1].value
                and (q.anaphor or _OF_WHICH_BEFORE.search(text, max(0, q.start - 16), q.start))) and (
                ((q.anaphor or q.universal) and _RIGHT_AFTER.fullmatch(text, named_before[-1].end, q.start)
                 # (not "...; both hit", "four drones, two of them Shaheds, and all four were downed": the four)
                 and (q.anaphor or (";" not in text[named_before[-1].end:q.start]
                                    and not _AND_BEFORE_ALL.search(text, named_before[-1].end, q.start)))
                 # (not "fired 55 missiles, including two Kinzhals, and that 47 of them had been shot down": of the 55)
                 and not (" and " in text[named_before[-1].end:q.start]
                          and _INCLUDING_BEFORE.search(text, max(0, named_before[-1].start - 30), named_before[-1].start)))
                or _PART_OF_LAST.fullmatch(text, named_before[-1].end, q.start)
                # "16 Kalibr cruise missiles, with 13 intercepted": the part is of that model (no more than it)
                or (named_before[-1].model and q.value <= named_before[-1].value
                    and _WITH_PART_OF_LAST.fullmatch(text, named_before[-1].end, q.start) and _WITH_FATE.match(text, q.end))
                # "Four Kh-59/69 guided missiles were among those fired, and all four were shot down": the same four
                or (q.universal and q.value == named_before[-1].value and named_before[-1].model
                    and _AND_ALL.fullmatch(text, named_before[-1].end, q.start) and _WERE_DOWNED.match(text, q.end))
                # "Of the 33 Iskander-M ballistic missiles used in the attack, only 11 were intercepted"
                or (named_before[-1].model and _FRONTED_WHOLE_GAP.fullmatch(text, named_before[-1].end, q.start)
                    and _FRONTED_OF.search(text[sentence.start:named_before[-1].start]) is not None)):
            # "20 Kh-101s, 18 of which were downed", "nine Iskander-Ms, of which seven were brought down",
            # "- 33 Iskander-M ballistic missiles: 11 shot down", "The missiles included 29 Kh-101s, of which 26
            # were shot down", "18 Kh-101s from bombers, 17 of which were destroyed": the part is of that model
            last = named_before[-1]
            q.weapon_class, q.model, q.subclass = last.weapon_class, last.model, last.subclass
        mentions = _bind(q, cues, text, sentence, places, antecedent_class, shared.get(id(q)))
        if q.single and q.model and _not_downed_after(text, q.end):
            # "..., while a Zircon missile fired from Crimea was not intercepted": it came; not the fate before it
            mentions = [weapon_figure(q, Cue(q.start, q.start, "launched", "left"), sentence, (), None)]
        if q.sub and q.kind == "weapon" and head is not None and head[1].universal \
                and head[1].field in ("destroyed", "neutralized") and _INCLUDING_AFTER.fullmatch(text, head[0].end, q.start):
            # "shot down all 18 missiles Russia fired, including six Kinzhals": every one of the six was downed too
            item = _list_item(q, head[1], sentence)
            twin = _figure(q, "launched", item.key, sentence, ())
            twin.model, twin.subclass, twin.sub, twin.universal = item.model, item.subclass, True, True
            mentions = [item, twin]
        if not mentions and q.kind == "weapon" and q.weapon_class == "any" and out and out[-1].field in WEAPON_OUTCOMES \
                and _IN_TOTAL_AFTER.match(text, q.end) and _DASH_BEFORE.search(text, max(sentence.start, q.start - 4), q.start):
            # "25 drones were destroyed — 43 targets in total": the sum of the counts before, with their fate
            mentions = [weapon_figure(q, Cue(q.start, q.start, out[-1].field, "left"), sentence, (), None)]
        if not mentions and q.composition:
            mentions = [weapon_figure(q, Cue(q.start, q.start, "launched", "left"), sentence, (), None)]
        if not mentions and q.sub and q.kind == "weapon" and (whole := next((f for f in reversed(out) if not f.sub), None)) \
                and whole.field in WEAPON_OUTCOMES and whole.key == "total" and _SUB_MARKER_GAP.search(text, whole.end, q.start):
            # "151 means of air attack were recorded, among them 88 missiles and 63 attack UAVs": parts of that count,
            # with its fate
            mentions = [weapon_figure(q, Cue(q.start, q.start, whole.field, "left"), sentence, (), None)]
        if not mentions and q.kind == "weapon" and q.model and (opens := _LIST_OF_WHAT_CAME.match(sentence.low)) \
                and q.start >= sentence.start + opens.end():
            # "The 40 missiles were six Kinzhals, four Iskander-Ms, ...", "Among them: 27 Kh-101 cruise missiles, ...",
            # "It listed 57 Kh-101 cruise missiles, 28 Kalibr ...": the models of what came
            mentions = [weapon_figure(q, Cue(q.start, q.start, "launched", "left"), sentence, (), None)]
            mentions[0].sub = True
        if not mentions and q.kind == "weapon" and _ROW_THEN_FATE.match(text, q.end):
            # "- 33 Iskander-M ballistic missiles: 11 shot down": the row's count is how many came
            mentions = [weapon_figure(q, Cue(q.start, q.start, "launched", "left"), sentence, (), None)]
        if mentions and q.kind == "weapon" and not q.sub and ":" in sentence.low \
                and (told := _THE_CLASS_TOLD_BY_PARTS.match(sentence.low)) \
                and q.start >= sentence.start + told.end() and told.group(1).rstrip("s") == q.weapon_class:
            # "Russia had launched the missiles from the air, sea and land: the Kinzhals from jets, nine Kalibrs from
            # ships and three missiles from ground launchers": a share of the missiles counted before
            for fm in mentions:
                fm.sub = True
        if head is not None and (not mentions or _only_a_modifier(mentions, q, cues, text)) \
                and _spells_out(head[0], q, cues, text, head[1].field):
            # ("downed all seven missiles — two Iskander-Ms launched from Voronezh and five Iskander-Ks ...")
            mentions = [_list_item(q, head[1], sentence)]
            # (or the item is all of its kind: "five of the nine missiles — all four Kh-101 cruise missiles and ...")
            if (head[1].universal or q.universal) and head[1].field in ("destroyed", "neutralized") and mentions[0].model:
                twin = replace(mentions[0], field="launched")  # every one of them downed: each came
                twin.universal = True
                told_after.add(id(twin))
                mentions.append(twin)
        elif head is not None and len(mentions) == 1 and mentions[0].model and mentions[0].field in (head[1].field, "launched") \
                and head[1].universal and head[1].field in ("destroyed", "neutralized") \
                and _spells_out(head[0], q, cues, text, head[1].field):
            # "shot down 200 drones and all 19 missiles - five Kinzhal hypersonic missiles and 14 Kh-101 cruise missiles":
            # every one of each downed, so each came ("all 12 missiles Russia fired at Kyiv - six Kinzhals and six
            # Kalibrs": each came, so each was downed)
            twin = replace(mentions[0], field="launched" if mentions[0].field == head[1].field else head[1].field)
            twin.universal = True
            told_after.add(id(twin))
            mentions.append(twin)
        elif not mentions and out and q.kind == "weapon" and (last := _last_stated(out, told_after)).field in WEAPON_OUTCOMES and (
                _ALONG_WITH.search(text, max(sentence.start, q.start - 30), q.start)
                or (_SERIES_NEXT.fullmatch(text, last.end, q.start) and not _own_cue(q, last, cues, text))):
            # "Nine missiles found their targets, along with 24 drones"; "launched four Kinzhals from
            # Lipetsk Oblast; four Kh-59/69s from Kursk Oblast; ...": the same fate
            mentions = [weapon_figure(q, Cue(q.start, q.start, last.field, "left"), sentence, (), None)]
        elif not mentions and q.kind == "weapon" and (series := next(
                (fm for fm in reversed(out) if fm.field == "launched" and not fm.bare), None)) is not None \
                and _SERIES_NEXT.fullmatch(text, series.end, q.start) \
                and not any(q.end <= c.start < _next_comma(text, q.end) for c in cues):
            # "the attack involved 13 Kh-101 cruise missiles, 11 of which were shot down; 14 Kalibr cruise
            # missiles, 12 of them shot down": the next item of the list of what came
            mentions = [weapon_figure(q, Cue(q.start, q.start, "launched", "left"), sentence, (), None)]
        elif mentions and q.kind in ("weapon", "bare") and not (q.composition and q.single) \
                and (not q.sub or (mentions[0].field == "launched" and q.kind == "weapon")) and mentions[0].field in WEAPON_OUTCOMES \
                and not (head is not None and head[0].partitive_of is q):
            # (not the whole of "downed 144 of the 210 targets heading for the country — 102 missiles and 42 drones":
            # the list breaks down the part)
            # (a part that came may head its own list: "728 drones and 13 missiles — seven cruise missiles and six Kinzhals")
            # ("shot down 577 of them — 546 drones and 31 missiles", "Of these, 16 were shot down — eight ...")
            head = (q, mentions[0])
        if mentions and q.kind == "weapon" and mentions[0].field in ("destroyed", "neutralized") \
                and _WHICH_WAS_DOWNED.match(text, q.end) and (series := next(
                    (fm for fm in reversed(out) if fm.field == "launched" and not fm.bare), None)) is not None \
                and _SERIES_NEXT.fullmatch(text, series.end, q.start):
            # "...; four Kh-59/69 guided missiles, all of which were destroyed; ...": an item of what came
            mentions = [replace(mentions[0], field="launched")]
        if mentions and q.kind == "weapon" and mentions[0].field == "launched" and (fate := _WHICH_WAS_DOWNED.match(text, q.end)):
            # "one Kinzhal hypersonic missile, which was shot down": all of them, downed
            twin = replace(mentions[0], field="neutralized" if fate.group(1) else "destroyed", start=fate.start(),
                           end=fate.end(), universal=True)
            told_after.add(id(twin))
            mentions = mentions + [twin]
        out += mentions
        if q.kind == "weapon" and not q.sub:
            previous_class = q.weapon_class
            counted.append(q)
        if q.kind == "weapon":
            named_before.append(q)
    if not weapons and out:
        # "On Tuesday morning he counted 29" (his hives): a bare count in a sentence that names no weapon
        out = [fm for fm in out if not (fm.field == "launched" and fm.key in ("total", None) and fm.value > 1
                                        and _COUNTED_BEFORE.search(text, max(sentence.start, fm.start - 12), fm.start))]
    for a, b in zip(out, out[1:]):
        if b.field == "launched" and a.field in _DOWNED and _COMPARED_BEFORE.search(text, max(sentence.start, b.start - 30), b.start):
            # "responsible for more than 1,500 of the Shaheds downed, up from about 300 in October": the same fate
            b.field = a.field
    if out and matches(_UPDATE, sentence.text, sentence.low):  # (searched last: most sentences bind no figure)
        for fm in out:
            fm.update = True
    elif out and _IN_TOTAL_OPENS.match(sentence.text):
        # "Between 18:00 and 21:00, 47 drones were destroyed ... In total, during the past night, 181 drones were
        # destroyed": the whole night's count after the counts of its parts
        # (not the part of an item: "In all, Russia fired 86 Kh-101, Kalibr and Iskander-K cruise missiles, ... two
        # Iskander-M ballistic missiles - one of which was destroyed -", "23 cruise missiles, of which 18 were destroyed")
        for fm in out:
            fm.update = fm.field in WEAPON_OUTCOMES and not fm.sub and not fm.model \
                and not _OF_BEFORE.search(text, max(0, fm.start - 8), fm.start) \
                and not _OF_WHICH_BEFORE.search(text, max(0, fm.start - 16), fm.start) and not _OF_WHICH_NEXT.match(text, fm.end)
    if out and (fronted := _FRONTED_PLACE.match(sentence.text)):
        # "In the sky over Kyiv, air defence destroyed about 20 targets", "Over the region, 21 UAVs were shot down":
        # the downs of one place
        named = [p.code for p in places if p.kind != "country" and p.start < sentence.start + fronted.end()]
        for fm in out:
            if fm.field in _DOWNED | {"hits"} and not fm.places:  # ("In Dnipro, one drone hit a five-storey building")
                if named:
                    fm.places = (named[0],)
                elif fronted.group(1):
                    fm.local = True
            if fm.field == "hits" and _AND_IN_ANOTHER_PLACE.search(text, fm.end, sentence.end):
                # "In the Volyn region, two drones hit warehouses, and in the Ivano-Frankivsk region a strike ...":
                # one region's share in a tour of the regions
                fm.sub = True
    if out and ";" in sentence.text:
        for fm in out:  # "...; in the Khmelnytskyi region alone, six drones were shot down": the clause's place
            clause = text.rfind(";", sentence.start, fm.start)
            fronted = _FRONTED_PLACE.match(text, clause + 1, fm.start) if clause >= 0 else None
            if fronted is not None and fm.field in _DOWNED | {"hits"} and not fm.places:
                named = [p.code for p in places if p.kind != "country" and clause < p.start < fronted.end()]
                if named:
                    fm.places = (named[0],)
    for fm in out:
        if fm.field in _DOWNED and _HELPED_DOWN.search(text, max(sentence.start, fm.start - 60), fm.start):
            fm.sub = True  # "U.S. forces helped bring down more than 70 drones": a partner's share of the downs
        if fm.field in _DOWNED and _EACH_PLACE.match(text, fm.end, sentence.end):
            fm.sub = fm.local = True  # "One drone each was also destroyed over the Vinnytsia and Khmelnytskyi regions"
    if out and (worked := _WORKED_OVER_THE_PLACE.match(sentence.text)):
        for fm in out:  # "Air defence forces worked in the region: 11 enemy UAVs were destroyed": the region's downs
            if fm.field in _DOWNED and not fm.places and fm.start >= sentence.start + worked.end():
                fm.local = True
    for fm in out:
        if fm.field in _DOWNED and not fm.places and not fm.universal and not _ALL_OF.search(text, max(0, fm.start - 8), fm.end) \
                and _OVER_UNNAMED_PLACE.match(text, fm.end, _clause_end(sentence, fm)):
            # "one more drone was shot down over the region": the governor's region, not the country
            # (not "both missiles were shot down over the city": all that came, the attack was the city's)
            fm.local = True
        elif fm.field == "hits" and fm.key != "locations" and not fm.places \
                and _IN_THE_REGION.match(text, fm.end, _clause_end(sentence, fm)):
            fm.local = True  # "two missiles had hit a critical infrastructure facility in the region": the governor's
        elif fm.field == "launched" and not fm.places and _IN_ITS_AIRSPACE.match(text, fm.end, _clause_end(sentence, fm)):
            fm.sub = True  # "some 20 missiles and seven drones had been recorded in the region's airspace": a part
        if fm.field in PERSON_OUTCOMES and fm.participle and _ONE_WEAPONS_HARM.match(sentence.text):
            fm.local = True  # "Debris from one of the drones fell near a base in Lahore, wounding four": that one's toll
        if fm.field == "hits" and fm.key != "locations" and _OTHERS_HIT.search(text, fm.end, sentence.end):
            fm.sub = fm.local = True  # "one of which struck the hospital, while others hit homes": one place's hits
    for fm in out:
        if fm.model or fm.key != "missiles":
            continue  # (only an unnamed missile count can be a list's last item)
        modelled = [m for m in out if m.model and m.field == fm.field and m.key == fm.key and m.end <= fm.start]
        if len(modelled) >= 2 and fm.value < sum(m.value for m in modelled) \
                and _LIST_GAP.fullmatch(text, modelled[-1].end, fm.start):
            # "the six Kinzhals from MiG-31K jets, nine Kalibr cruise missiles from ships and three ground-launched
            # missiles": the last item of a list of models, not the class's count
            fm.sub = True
    if any(_city_share(text, sentence, fm) for fm in out):
        # "Overnight the city was attacked by 6 Shaheds and 2 missiles": the mayor's city's share of the night's
        # drones, and the missiles with them (not "the aggressor struck the city with one Iskander-M": a missile
        # strike on one city is all of that attack)
        for fm in out:
            if fm.field in ("launched", "hits") and fm.key != "locations" and not fm.places:
                fm.local = True
    for a, b in zip(out, out[1:]):
        if a.local and a.field in PERSON_OUTCOMES and b.field in PERSON_OUTCOMES and _AND_TOLL.fullmatch(text, a.end, b.start):
            b.local = True  # "two people had been killed there and 14 wounded": the same place's toll
    _parts_of_the_downed(out)
    return out


def _parts_of_the_downed(out: list[FigureMention]) -> None:
    """'shot down 59 of the 76 weapons launched by Russia, including 39 missiles and 20 Shahed drones': parts that add
    up to the downed count, not to the launched one, are what was downed (the launch participle is nearer)."""
    downed = next((fm for fm in out if fm.field in ("destroyed", "neutralized") and fm.key == "total" and not fm.sub), None)
    if downed is None:
        return
    parts = [fm for fm in out if fm.field == "launched" and fm.sub and fm.key in ("drones", "missiles") and fm.start > downed.end]
    if len(parts) >= 2 and sum(p.value for p in parts) == downed.value \
            and not any(fm.field == "launched" and fm.value == downed.value and not fm.sub for fm in out):
        for part in parts:
            part.field = downed.field


_DOWNED = frozenset({"destroyed", "suppressed", "neutralized"})
_HELPED_DOWN = re.compile(r"\bhelped\s+(?:to\s+)?(?:(?:shoot|bring|take|knock)\s+down|intercept|destroy)\s[^.;:]{0,50}$", re.I)
# a count told of each of several places: "One drone each was downed over the Ivanovo, Yaroslavl ... regions"
_EACH_PLACE = re.compile(r"\s+each\s+(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:also\s+)?(?:(?:shot\s+down|destroyed|"
                         r"downed|intercepted|neutrali[sz]ed|eliminated)\s+)?(?:over|above|in|near|across)\b", re.I)
_ONE_WEAPONS_HARM = re.compile(r"[\W\d]*(?:(?:falling\s+)?(?:debris|wreckage|fragments|parts|shrapnel)\s+(?:from|of)\s+"
                               r"(?:one\s+of\s+the|an?|one|the|a\s+downed|a\s+destroyed)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:drones?|missiles?|shaheds?|uavs?|rockets?))\b", re.I)
_OTHERS_HIT = re.compile(r"[,;]\s+(?:while|and|as)\s+(?:the\s+|several\s+|some\s+|many\s+)?(?:others|the\s+rest)\s+"
                         r"(?:also\s+)?(?:hit|struck|slammed|landed|crashed|fell)\b", re.I)
_AND_IN_ANOTHER_PLACE = re.compile(r"[,;]\s+(?:and|while)\s+(?:in|over)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:region|oblast|city))?\b")
_FRONTED_PLACE = re.compile(r"[\W\d]*(?:[Ii]n\s+the\s+(?:sky|skies|airspace)\s+)?(?:[Oo]ver|[Aa]bove|[Ii]n)\s+(?:the\s+|our\s+)?"
                            r"(?:(region|oblast|city|capital|district)\b|[A-Z][\w'’-]+(?:\s+(?:region|oblast|city))?)[^,;.]{0,25},")
# ("39 drones were downed over the south of the country", "over southern Ukraine": a part of the country)
_OVER_UNNAMED_PLACE = re.compile(r"[^,;.]{0,40}?\b(?:in\s+the\s+(?:region|oblast|city)['’]s\s+airspace\b|"
                                 r"(?:over|above)\s+(?:(?:the|our)\s+(?:region|oblast|city|district|community)\b|"  # ("over our region")
                                 r"(?:the\s+)?(?:south|north|east|west|centre|center|south-?east|south-?west|north-?east|"
                                 r"north-?west)\s+of\s+the\s+country|"
                                 r"(?:the\s+)?(?:southern|northern|eastern|western|central)\s+(?:ukraine|regions|oblasts|russia)\b))",
                                 re.I)
_IN_THE_REGION = re.compile(r"[^,;.]{0,60}?\bin\s+the\s+(?:region|oblast)\b(?!['’]s)", re.I)
_IN_ITS_AIRSPACE = re.compile(r"[^,;.]{0,40}?\bin\s+the\s+(?:region|oblast|city)['’]s\s+airspace\b", re.I)
_ALL_OF = re.compile(r"\b(?:all|both|each)\b", re.I)
# ("26 people had been confirmed dead in the city, among them three children, and that more than 90 had been injured")
_AND_TOLL = re.compile(r"(?:[^.;,]{0,40}?|[^.;]{0,80}?,)\s(?:and|with)\s+(?:that\s+)?(?:another\s+|at\s+least\s+|more\s+than\s+|over\s+)?",
                       re.I)


_INCLUDING_AFTER = re.compile(r"[^;.]{0,60},\s+(?:including|among\s+them)\s+", re.I)
# "and all of them were destroyed", "All were shot down", "all of which were intercepted": a fate of every one
_NEXT_CLAUSE = re.compile(r",\s+and\s|;")
_COMPARED_BEFORE = re.compile(r"\b(?:(?:up|down)\s+from|compared?\s+(?:with|to)|compares\s+with)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                              r"almost\s+|roughly\s+|just\s+)?$", re.I)
_AND_THAT = re.compile(r",?\s+and\s+that\s", re.I)
_ALL_OF_WHICH = re.compile(r"\s*,\s*(?:all|both)\s+of\s+(?:which|them)\b", re.I)
_ALL_OF_THEM = re.compile(r"\ball\s+(?:of\s+(?:them|which|these|those|the\s+(drones|missiles))\s+|(?:the|these|those)\s+"
                          r"(drones|missiles)\s+)?(?:were|was|have\s+been|had\s+been|are|being)\s+(?:\w+\s+)?"
                          r"(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed)\b"
                          # ("Ukraine said its air defences shot down all of them": the fate first)
                          r"|\b(?:destroyed|shot\s+down|downed|intercepted)\s+all\s+of\s+(?:them|these|those|the\s+(drones|missiles))\b",
                          re.I)


_INCLUDING_JUST_BEFORE = re.compile(r"\b(?:including|among\s+them)\s+$", re.I)


def all_of_them(sentence: Sentence, text: str, figures: list[FigureMention],
                previous: list[FigureMention]) -> list[FigureMention]:
    """'Russia sent nine drones, and all of them were destroyed': the launch count, downed.

    The counts are this sentence's launches before the words, else the sentence before's.
    """
    m = _ALL_OF_THEM.search(sentence.low)
    if m is None or re.search(r"\b(?:almost|nearly|virtually|practically|not|near(?:ly)?)\s+$", sentence.low[:m.start()]):
        return []  # "Almost all of them were intercepted": no count
    start, end = sentence.start + m.start(), sentence.start + m.end()
    if any(fm.field in ("destroyed", "neutralized") and fm.start >= start
           and not _NEXT_CLAUSE.search(text, end, fm.start) for fm in figures):
        return []  # (but "24 Kh-101s, all of which were shot down, and 11 Iskander-Ms, four of which ...": another's)
    launched = [fm for fm in figures if fm.field == "launched" and fm.end <= start] or \
        ([fm for fm in previous if fm.field == "launched"] if m.group().lower().startswith("all") else [])
    # ("Russia fired five Iskander-Ms at the capital on Dec. 20. Air defense intercepted all of them": the fate first
    # is only read in the sentence of its count, the sentence before may be another day's)
    if launched and launched[-1].sub and m.group().startswith("all of which") and launched[-1].sentence == sentence.index \
            and not text[launched[-1].end:start].strip(" ,") \
            and _INCLUDING_JUST_BEFORE.search(text, max(sentence.start, launched[-1].start - 12), launched[-1].start):
        return []  # "396 drones and 29 missiles, including 20 Kh-101 cruise missiles, all of which were shot down": the part's
    launched = [fm for fm in launched if not fm.sub and fm.key in ("total", "drones", "missiles") and fm.period is None]
    wanted = m.group(1) or m.group(2) or m.group(3)
    if wanted:
        launched = [fm for fm in launched if fm.key == wanted]
    if len(launched) > 1 and m.group().startswith("all of which") and launched[-1].sentence == sentence.index \
            and (";" in text[launched[-2].end:launched[-1].start]
                 # ("ten S-300 missiles, which Russia has repurposed ..., and four Kh-59/69 guided missiles, all of which
                 # were downed": a list of models, the last one's)
                 or (launched[-1].model and launched[-2].model and not text[launched[-1].end:start].strip(" ,"))):
        # "five Kinzhals, of which only one was downed; four Iskander-Ms, all of which were shot down": in a list
        # of items the relative clause is of the count right before it (not "6 missiles and 20 drones, all of which")
        launched = [launched[-1]] if not any(
            fm.field in ("destroyed", "neutralized") and fm.start >= launched[-1].end and fm.universal for fm in figures) else []
    out = []
    for fm in launched:
        twin = FigureMention("destroyed", fm.key, fm.value, fm.qualifier, start, end, sentence.index,
                             model=fm.model, subclass=fm.subclass, universal=True, places=fm.places)
        out.append(twin)
    return out


def _named_before(q: Quantity, weapons: list[WeaponMention], qs: list[Quantity]) -> WeaponMention | None:
    """The weapon last named before a bare number without a count of its own."""
    free = [w for w in weapons if w.end <= q.start and not any(x.start <= w.start < x.end for x in qs)]
    return free[-1] if free else None


_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|St)\.")  # ("on Saturday, Dec. 6 –")


# ("151 means of air attack were detected and tracked – 63 Shaheds and 88 missiles": two words for one fate)
_AND_SAME = re.compile(r"\b(?:detected|recorded|spotted|tracked|launched|fired)\s+and\s+$"
                       # ("166 enemy targets were lost locationally or suppressed by EW: 163 drones and 3 missiles")
                       r"|\blost(?:\s+(?:locationally|from\s+radar|on\s+radar))?\s+or\s+$", re.I)
_ASIDE_CLOSES = re.compile(r"[—–-]\s*(?:and|as\s+well\s+as|plus|while)\s+$", re.I)  # ("- all 20 of which were downed - and three")


def _spells_out(head: Quantity, q: Quantity, cues: list[Cue], text: str, fate: str | None = None) -> bool:
    """'13 missiles — four Iskander-M ballistic missiles and nine Iskander-K cruise missiles': the
    items after a dash or colon break down the count before it (the same class, no more of them).
    ('16 were shot down — eight Iskander-Ks, ...': the head's own fate may stand between.)"""
    gap = text[head.end:q.start]
    return q.kind == "weapon" and head.weapon_class in (q.weapon_class, "any", None) and q.value <= head.value \
        and _LIST_OPENS.search(gap) is not None and not re.search(r"[.;]", _ABBREVIATED.sub("", gap)) \
        and not _ASIDE_CLOSES.search(gap) \
        and not any(head.end <= c.start < q.start and not _modifies_noun(c, text)
                    and not (c.outcome == fate and _AUX_GAP.match(_AND_SAME.sub(" ", text[head.end:c.start])))
                    and not (c.outcome == "launched" and _RELATIVE_SUBJECT.fullmatch(text, head.end, c.start))
                    for c in cues)


# "all 12 missiles Russia fired at Kyiv - six Kinzhals and six Kalibrs": the head's relative clause, not a new count
_RELATIVE_SUBJECT = re.compile(r"\s+(?:that\s+|which\s+)?(?:russia|moscow|the\s+enemy|russian\s+forces|the\s+russians|it|they)"
                               r"\s+(?:had\s+)?", re.I)


# "five Iskander-K cruise missiles fired from Kursk Oblast": a participle after its noun says where they came from
_NOUN_BEFORE = re.compile(r"(?:missiles?|drones?|uavs?|shaheds?|s)\s+$", re.I)
_ENDS_ITEM_AFTER = re.compile(r"\s*,|\s+and\s", re.I)
_FROM_AFTER = re.compile(r"\s+(?:from|by|off|over)\s", re.I)


def _modifies_noun(c: Cue, text: str) -> bool:
    """Is the launch cue a participle right after a weapon noun, with its 'from' ("missiles fired from Kursk")?"""
    return c.outcome == "launched" and bool(_NOUN_BEFORE.search(text, max(0, c.start - 12), c.start)) \
        and bool(_FROM_AFTER.match(text, c.end))


def _list_item(q: Quantity, head: FigureMention, sentence: Sentence) -> FigureMention:
    """A part of the head's figure, with the head's fate. Under a class count it names models and never
    replaces the class figure; under a total ("221 targets - 12 missiles and 209 drones") it is the class's."""
    fm = weapon_figure(q, Cue(q.start, q.start, head.field, "left"), sentence, (), None)
    fm.sub = head.key != "total"
    return fm


_WHICH_INCLUDED = re.compile(r",\s*(?:which|that)\s+(?:had\s+)?(?:included|comprised|involved|consisted\s+of)\b", re.I)
# who sent the weapons, named in a relative clause after their count ("that Russia launched", "Moscow fired at")
_SENDER = r"(?:russia|moscow|the\s+enemy|russian\s+forces)"
_FIRED_AT_AFTER = re.compile(r"\s+(?:(?:that|which)\s+)?(?:" + _SENDER + r"\s+)?"
                             r"(?:had\s+)?(?:fired|launched|sent|aimed|directed)\s+(?:at|on|toward|towards|against)\s")
_DOWNED_OVER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:over|above|across|in)\s")
def _only_a_modifier(mentions: list[FigureMention], q: Quantity, cues: list[Cue], text: str) -> bool:
    """Did the count take 'launched' only from a participle that modifies a noun ('missiles fired from Kursk')?"""
    if any(m.field != "launched" for m in mentions):
        return False
    near = [c for c in cues if c.outcome == "launched" and (c.end <= q.start or c.start >= q.end)]
    near.sort(key=lambda c: min(abs(c.start - q.end), abs(q.start - c.end)))
    return bool(near) and _modifies_noun(near[0], text)


def _last_stated(out: list[FigureMention], told_after: set[int]) -> FigureMention:
    """The last figure a count states (not the fate ', which was shot down' tells of it after the count)."""
    return next((fm for fm in reversed(out) if id(fm) not in told_after), out[-1])


def _next_comma(text: str, pos: int) -> int:
    """Where the phrase that starts at `pos` ends: the next comma or semicolon."""
    ends = [i for i in (text.find(",", pos), text.find(";", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _own_cue(q: Quantity, previous: FigureMention, cues: list[Cue], text: str) -> bool:
    """Does the series item have a verb of its own ('; three drones fly toward Belarus')?"""
    end = text.find(";", q.end)
    end = len(text) if end < 0 else end
    return any(previous.end <= c.start < end for c in cues)


# (the noun's own modifier may come between: "18 Kh-101 cruise missiles from Tu-95MS bombers, 17 of which")
_NOUN_MODIFIER = (r"(?:\s+(?:(?:(?:had|have)\s+been\s+|were\s+)?(?:launched|fired|sent|used)\s+)?(?:from|by|over|toward|towards|against)\s+[^,;.]{1,60}?"
                  r"|\s+(?:were|was)\s+among\s+(?:those|the\s+[\w-]+)(?:\s+(?:launched|fired|used))?"
                  # ("11 ballistic missiles of the Iskander-M or North Korean KN-23 type, seven of which ...")
                  r"|(?:\s+(?:or|and)\s+[^,;.]{1,30}?)?\s+(?:type|types|kind)\b)?")
# ("14 Iskander-Ms, only one of which was intercepted", "seven Kalibrs - all seven of which were intercepted -")
# (";" too: "7 Shahed-136 attack UAVs, launched from the eastern coast of the Sea of Azov; 5 of them were destroyed")
_AND_BEFORE_ALL = re.compile(r"\band\s+(?:that\s+)?(?:(?:only|just|merely|all|both)\s+)?$", re.I)
_INCLUDING_BEFORE = re.compile(r",\s*including\s+(?:at\s+least\s+|about\s+|some\s+)?$", re.I)
# (", and 26 of those were brought down", ", and that 19 of them were downed": the same count goes on)
_RIGHT_AFTER = re.compile(r"(?:,(?=\s+(?:launched|fired)\s))?" + _NOUN_MODIFIER + r"\s*(?:,|;|\s--|\s[—–-])\s*(?:and\s+(?:that\s+)?)?"
                          r"(?:(?:only|just|merely|all|both)\s+)?",
                          re.I)
_PART_OF_LAST = re.compile(r"\s*(?::|\(\s*(?:all\s+)?|"
                           # "6 Kh-47M2 Kinzhal aeroballistic missiles from six MiG-31K aircraft — 6 destroyed"
                           + _NOUN_MODIFIER + r"\s*[—–]|" + _NOUN_MODIFIER + r",\s*(?:of\s+which|of\s+them|out\s+of\s+which|which\s+(?:were|was))(?:\s+(?:only|just|merely))?"
                           # "32 Iskander-Ms, of which air defenses intercepted 11"
                           r"(?:\s+(?:[\w-]+\s+){1,3}?(?:intercepted|shot\s+down|destroyed|downed|neutrali[sz]ed|jammed|suppressed))?)"
                           r"\s*", re.I)
_WITH_PART_OF_LAST = re.compile(_NOUN_MODIFIER + r",\s*with\s+(?:only\s+|just\s+)?", re.I)
_WITH_FATE = re.compile(r"\s+(?:of\s+them\s+)?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed|brought\s+down)\b", re.I)
_ROW_THEN_FATE = re.compile(r"\s*:\s*(?:\d|none\b|all\b|no\b)", re.I)
_SERIES_NEXT = re.compile(r"[^.;]{0,120};\s*(?:and\s+)?(?:(?:from|by|off)\s[^,;.]{1,60},\s*)?")  # ("; from ships, 10 Kalibr")
_ALONG_WITH = re.compile(r",?\s*(?:along\s+with|together\s+with|as\s+well\s+as|plus)\s+$", re.I)
_LIST_OPENS = re.compile(r"[:—–]|\s-\s|,\s*namely\b")  # ("76 means of air attack were recorded, namely 55 missiles ...")


def _heads_mixed_list(q: Quantity, later: list[Quantity], text: str) -> bool:
    """'220 shot down by fire - 213 Shahed-type UAVs and all 7 missiles': a bare number that a
    list of drones and missiles spells out is their total."""
    items = [x for x in later if x.kind == "weapon" and not x.sub]
    if q.kind != "bare" or len({x.weapon_class for x in items}) < 2:
        return False
    return _MIXED_LIST_OPENS.search(text, q.end, items[0].start) is not None


_MIXED_LIST_OPENS = re.compile(_LIST_OPENS.pattern + r"|\s--\s")  # (also "shot down 112 of them -- 48 missiles and 64 drones")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)
_ASIDE_MARK = re.compile(r"[—–()]|--")


def _antecedent_class(q: Quantity, counted: list[Quantity], previous_class: str | None) -> str | None:
    """'112 drones and 11 missiles, 90 of which were intercepted': more than the last noun counted
    can only be all of them together."""
    if q.kind == "bare" and counted and q.value > counted[-1].value \
            and len({c.weapon_class for c in counted}) > 1:
        return "any"
    return previous_class


# ("34 cruise missiles (20 Kh-101/Kh-555 and 14 Kalibr) and 4 Shahed-136/131 attack UAVs were destroyed": the bracket's
# parts and the whole before it share the fate too)
_COORDINATION = re.compile(r"\s*(?:\)\s*)?(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)$"
                           r"|\s*\($", re.I)


def share_right_cues(qs: list[Quantity], text: str, *, coordination: re.Pattern[str],
                     right_cue: Callable[[Quantity], Cue | None],
                     governed: Callable[[Quantity], bool]) -> dict[int, Cue]:
    """'747 drones and four missiles were shot down': coordinated quantities share a cue after them.

    `right_cue(q)` is the cue right after a quantity; `governed(q)` says a cue before it
    in its clause already binds it (then nothing is shared). Languages differ only in these.
    """
    shared: dict[int, Cue] = {}
    qs = [q for q in qs if not q.denominator]  # "27 of the 35 missiles and 366 of the 381 drones were downed"
    for i in range(len(qs) - 2, -1, -1):
        a, b = qs[i], qs[i + 1]
        if a.kind not in ("weapon", "bare") or b.kind != a.kind and b.kind != "weapon" and b.partitive_of is None:
            continue  # ("386 drones and 27 of the 43 missiles were shot down": the part's whole names its kind)
        gap = text[a.end:b.start].strip()
        if not coordination.match(text[a.end:b.start]) or gap == "" or (gap == "(" and b.kind != "weapon"):
            continue  # (a bracket of named parts shares the fate, not "28 (20 shot down)": a count of its own)
        right = shared.get(id(b)) or right_cue(b)
        if right is not None and not governed(a):
            shared[id(a)] = right
    return shared


def _shared_right_cues(qs: list[Quantity], cues: list[Cue], text: str) -> dict[int, Cue]:
    def governed(a: Quantity) -> bool:
        # (a list item's inherited cue is empty and yields: "▪️ 1 missile and 149 drones were shot down")
        return any(c.end <= a.start and c.outcome in WEAPON_OUTCOMES and c.position in ("left", "both") and c.end > c.start
                   and not _CLAUSE_BREAK.search(text, c.end, a.start)
                   and not re.search(r"[,.:]", text[c.end:a.start].replace(",000", "")) for c in cues)
    def right_cue(q: Quantity) -> Cue | None:
        if q.kind == "weapon" and (which := _OF_WHICH_AFTER.match(text, q.end)) and _FATE_CLAUSE.match(text, which.end()):
            # "gave its count: 519 drones and 40 missiles, of which 474 drones and 29 missiles were shot down":
            # every whole before "of which" came
            return _adjacent_right(q, cues, text) or Cue(q.start, q.start, "launched", "left")
        return _adjacent_right(q, cues, text)
    shared = share_right_cues(qs, text, coordination=_COORDINATION, right_cue=right_cue, governed=governed)
    for a in qs:
        # "All 18 missiles - six Kinzhals and nine Kalibrs - as well as all six drones were destroyed": the count
        # before the aside shares the fate of the one coordinated after it
        if a.kind == "weapon" and id(a) not in shared and (aside := _DASH_ASIDE.match(text, a.end)) is not None \
                and (b := next((q for q in qs if q.start >= aside.end()), None)) is not None and b.kind == "weapon" \
                and _COORDINATION.match(text, aside.end() - 1, b.start) and not governed(a) \
                and (right := shared.get(id(b)) or right_cue(b)) is not None:
            shared[id(a)] = right
    return shared


# (", of which 474 drones and 29 missiles were shot down": what befell them, not "of them 35 Kh-101s": what they were)
_FATE_CLAUSE = re.compile(r"[^.;:]{0,60}?\b(?:were|was)\s+(?:\w+\s+)?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)\b",
                          re.I)


def _adjacent_right(q: Quantity, cues: list[Cue], text: str) -> Cue | None:
    after = _fate_after_participle(q, cues, text)
    if after is not None:
        return after
    end = max(q.end, q.partitive_of.end) if q.partitive_of is not None else q.end  # ("27 of the 43 missiles were ...")
    for c in cues:
        if c.start >= end and c.position in ("right", "both") and c.outcome in WEAPON_OUTCOMES:
            # (not "three of five Kalibr missiles fired from warships": where they came from, not what befell them)
            # (nor "with 104 aerial weapons, including 98 drones and six missiles, hitting energy facilities": the
            # attack's participle after a comma)
            return c if _AUX_GAP.match(text[end:c.start]) and not _weak_right(text, c) \
                and not (q.partitive_of is not None and _modifies_noun(c, text)) \
                and not ("," in text[end:c.start] and text[c.start:c.end].lower().endswith("ing")) else None
    return None


_OF_THE_WHOLE = re.compile(r"\sof\s+(?:the|those|these)\s", re.I)


def _fate_after_participle(q: Quantity, cues: list[Cue], text: str, subject: bool = False) -> Cue | None:
    """'27 of the 35 missiles launched overnight were downed': the participle belongs to the
    launched whole; what the part did comes after it. ("541 of the drones launched on Tuesday were destroyed":
    the whole without a number too; "All 20 Kh-101s fired from bombers were shot down": every one; a `subject`
    that no verb before governs: "Three Kinzhal missiles fired from MiG-31 jets failed to reach their targets".)"""
    whole = q.partitive_of is not None or _OF_THE_WHOLE.search(text, q.start, q.end)
    # (a subject opens its clause: not "None of the six Kh-22s, ... or 13 S-300 missiles used in the strike were shot down")
    subject = subject and _CLAUSE_OPENS_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
    if not whole and not (q.kind == "weapon" and (q.universal or subject)):
        return None
    following = [c for c in cues if c.start >= q.end and c.outcome in WEAPON_OUTCOMES]
    if len(following) < 2 or following[0].outcome != "launched":
        return None
    if not whole and text[q.end:following[0].start].strip():
        return None  # (the participle right after the count: a reduced relative)
    fate = following[1]
    gap = _PARTICIPLE_LONG_GAP if whole or q.universal else _PARTICIPLE_GAP
    if fate.outcome == "launched" or fate.position not in ("right", "both") \
            or not (gap.match(text, following[0].end, fate.start)
                    # ("... fired from MiG-31 jets failed to reach their targets": a finite verb, no auxiliary)
                    or (_FINITE_FATE.match(text, fate.start) and _PHRASE_GAP.fullmatch(text, following[0].end, fate.start))):
        return None
    return fate if _AUX_GAP.match(text[q.end:following[0].start]) else None


_FINITE_FATE = re.compile(r"(?:failed|did\s+not|didn['’]t|never)\b", re.I)
_PHRASE_GAP = re.compile(r"(?:\s+[\w'’.:-]+){1,7}?\s+")
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.;:!?\n]|,\s+(?:and|but|while|whereas))\s*[\"“]?\s*$")
# "debris fell at 19", "debris fell at three more": the locations are implied.
# ("recorded hits at 17 locations and fragments of downed drones at two": the verb said once, before)
_DEBRIS_AT = re.compile(r"\b(?:debris|wreckage|fragments)\b[^.;]{0,50}?(?:\b(?:fell|falling|fallen|recorded|dropped|came\s+down)\s+)?"
                        r"\b(?:at|in|on|across|over)\s+(?:another\s+|a\s+further\s+)?$", re.I)  # ("debris fell at another 10")


def _number_of(text: str, q: Quantity, weapons: list[WeaponMention]) -> WeaponMention | None:
    """'the total number of downed targets to 583', 'the tally of drones stood at 40', 'the drone count for
    September was 5,865': the weapon counted."""
    for w in reversed(weapons):
        if w.end <= q.start and w.weapon_class in CLASS_KEY and (
                (_COUNT_NOUN_OF.search(text, max(0, w.start - 40), w.start) and _COUNT_VERB_TO.fullmatch(text, w.end, q.start))
                or _COUNT_FOR_BEFORE.fullmatch(text, w.end, q.start)):
            return w
    return None


_COUNT_FOR_PERIOD = re.compile(r"\b(?:count|tally|total|figure|number)\s+for\s+(?:[\w-]+\s+){1,3}?"
                               r"(was|stood\s+at|reached|came\s+to|totall?ed)\b")
_COUNT_FOR_BEFORE = re.compile(r"\s+(?:count|tally|total|figure|number)\s+for\s+(?:[\w-]+\s+){1,3}?(?:was|stood\s+at|reached|"
                               r"came\s+to|totall?ed)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?", re.I)


# "A breakdown published later put the number of drones at 194", "revised the total number of missiles to 40"
_PUT_THE_NUMBER_AT = re.compile(r"\b(?:put|puts|putting|revised|revises|raised|raises|lowered|updated|updates|corrected|corrects)"
                                r"\s+(?:the|its|their)\s+(?:total\s+|overall\s+|final\s+)?(?:number|count|tally)\s+of\s+"
                                r"(?:[\w-]+\s+){1,3}?(?:at|to)\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|"
                                r"more\s+than\s+|at\s+least\s+)?$", re.I)
_COUNT_NOUN_OF = re.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_COUNT_VERB_TO = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:to|at|of|was|is|reached|hit|stands\s+at|stood\s+at)\s+"
                            r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?", re.I)


# "Missiles launched: 127", "Kh-101/Kh-555 air-launched cruise missiles - 28 (20 shot down)"
_LABEL_END = re.compile(r"\s*(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*)?(?:\([^)]*\))?\s*(?::|\s[—–-]\s|[—–])")


_BULLET_LEAD = re.compile(r"[\s\-–—•*·●▪■◦○‣➖]*")  # what may open a list line before its first word


def _label(sentence: Sentence, text: str, weapons: list[WeaponMention]) -> WeaponMention | None:
    """'Drones: 74 launched, 47 shot down' / 'Kh-101 cruise missiles — 27 launched': a row label."""
    if not weapons:
        return None
    first = weapons[0]
    lead = text[sentence.start:first.start]
    if not _BULLET_LEAD.fullmatch(lead) or first.weapon_class not in CLASS_KEY:
        return None
    if _LABEL_END.match(text, first.end):
        return first
    end, cls, model, subclass = _merge_coordinated(text, first, weapons)
    if end > first.end and cls in CLASS_KEY and _LABEL_END.match(text, end):
        # "Shahed attack drones, Gerbera decoys and other UAVs: 595": the whole list is the label
        return replace(first, end=end, weapon_class=cls, model=model, subclass=subclass)
    return None


def _bind(q: Quantity, cues: list[Cue], text: str, sentence: Sentence, places: list[PlaceMention],
          previous_class: str | None, shared: Cue | None = None) -> list[FigureMention]:
    here = [p for p in places if sentence.start <= p.start < sentence.end]
    attached = _attached_places(q, text, here, sentence.end) or _labelled_place(text, sentence, here)
    if q.kind in ("bare", "person") and (toll := _TOLL_NOW.search(text, sentence.start, q.start)):
        # "The number of people killed in the attack on Monday, Oct. 10, has risen to 19"
        said = toll.group().lower()  # ("the national toll: the number of people injured ... has risen to 27")
        outcome = "injured" if (toll.group(1) and toll.group(1).lower() in _INJURED_WORDS) or (
            re.search(r"\b(?:injured|wounded|hurt)\b", said) and not re.search(r"\b(?:killed|dead|deaths?)\b", said)) else "killed"
        # (only a place before the count is the toll's: "rises to 5 after a woman injured in Kyiv died")
        return [_figure(q, outcome, None, sentence, _local_places(sentence, q, [p for p in here if p.start < q.start]))]
    if q.kind == "person" and _SPARED_PREDICATE.match(text, q.end):
        return []  # "Several people were wounded there, and about half a million residents were left without heating"
    if q.kind == "person" or (q.kind == "bare" and _casualty_cue(q, cues, text)):
        cue = _nearest_cue(q, cues, text, PERSON_OUTCOMES)
        if cue is not None:
            fm = _figure(q, cue.outcome, None, sentence, _local_places(sentence, q, here))
            fm.participle = cue.end <= q.start and text[cue.start:cue.end].lower().endswith("ing")
            # "officials had initially reported 15 dead": an older toll only stands if nothing else does
            fm.sub = fm.sub or bool(_SUPERSEDED.search(sentence.low)) or bool(_SOME_OF_THEM.match(text, q.end))
            clause_end = _clause_end(sentence, q)
            fm.local = bool(((there := _UNNAMED_PLACE.match(text, q.end, sentence.end))
                             # (in its own clause: not "killing at least seven people and triggering blackouts in the capital")
                             and (there.group(1) or there.end() <= clause_end))
                            or _OF_UNNAMED_PLACE.search(text, q.end, _before_part(text, q, clause_end))
                            or _UNNAMED_PLACE_OPENS.match(sentence.text)
                            # "Three port workers were injured, Odesa regional governor Oleh Kiper said": his region's
                            # (not "The attack killed eight people and injured 10, regional governor Oleh Kiper said":
                            # the attack's toll)
                            or (not fm.places and not _NATIONWIDE.search(sentence.text)
                                and _LOCAL_OFFICIAL_SAID.search(text, q.end, sentence.end)
                                and not _ATTACK_KILLED.search(sentence.text)))
            # "a missile landed in the Polish village of Przewodow, ... killing two people": a neighbour's dead
            fm.elsewhere = bool(_TOLL_ABROAD.search(sentence.text)) and not any(p.kind != "country" for p in here)
            return [fm]
        if not text[q.start:q.end].lower().endswith("others"):
            return []
        q.kind = "bare"  # "46 others were lost": the others are drones, not people
    if q.kind == "bare" and _DEBRIS_AT.search(text[sentence.start:q.start]) and not _OF_THE_GAP.match(text, q.end):
        # (not "falling debris in one of the districts")
        return [_figure(q, "debris", None, sentence, attached)]
    if q.kind == "location":
        clause = text[sentence.start:q.start]
        # ("downed drones fell at five locations": what fell was shot down)
        if re.search(r"\b(?:debris|wreckage|fragments|falling)\b|\b(?:downed|intercepted|shot-down)\s+(?:[\w-]+\s+){0,2}fell\s+(?:at|in|on)\s+$",
                     clause, re.I):
            return [_figure(q, "debris", None, sentence, attached)]
        cue = _nearest_cue(q, cues, text, frozenset({"hits"}))
        if cue is None and re.search(r"\b(?:hit|hits|struck|impact\w*|strikes|found\s+their\s+targets?|got\s+through)\b",
                                     text[sentence.start:sentence.end], re.I):
            return [_figure(q, "hits", "locations", sentence, attached)]
        return [_figure(q, "hits", "locations", sentence, attached)] if cue else []
    cue = shared or _nearest_cue(q, cues, text, WEAPON_OUTCOMES)
    if cue is not None and cue.outcome == "launched" and cue.end <= q.start and q.kind == "weapon" and q.value == 1 \
            and _HIT_AFTER.match(text, q.end) and _NEW_CLAUSE.search(text, cue.end, q.start):
        # "Russia launched a wave of missile strikes ..., and one missile tore through a building": one weapon's story
        # in its own clause (not "while three S-300 missiles fired from Belgorod struck the region": what came)
        return []
    if q.kind == "weapon" and q.model and (_WERE_NOT_DOWNED.match(text, q.end) or _fate_denied_before(text, sentence.start, q.start)):
        # "Two Oniks supersonic anti-ship missiles, also used in the attack, were not intercepted": they came
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None and q.kind == "weapon" and (_OF_WHICH_AFTER.match(text, q.end) or _N_OF_WHICH_AFTER.match(text, q.end)):
        # "reported 88 drones, of which 70 were shot down", "It also reported 24 attack drones, 13 of which were destroyed"
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None and q.kind == "weapon" and q.start - sentence.start <= 6 and _THE_WHOLE_OPENS.match(text, sentence.start, q.start) \
            and _BROKEN_DOWN_BY_VERB.match(text, q.end):
        # "The 31 missiles included 16 Kalibr cruise missiles ...": the whole, told first as it is broken down
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None and q.kind == "weapon" and q.weapon_class == "any" and q.start - sentence.start <= 6 \
            and _THE_WHOLE_OPENS.match(text, sentence.start, q.start) and _RESTATED_AFTER.match(text, q.end):
        # "The 823 drones and missiles made it the largest aerial attack of the war": the count of what came, told again
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None and q.kind == "weapon" and _REPORTS_BEFORE.search(text, max(sentence.start, q.start - 16), q.start) \
            and _BROKEN_DOWN_AFTER.match(text, q.end):
        # "The Air Force reports 497 means of air attack overnight: 465 drones and 32 missiles": what came, by kind
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None and q.kind == "bare" and q.weapon_class in CLASS_KEY and _PUT_THE_NUMBER_AT.search(text, sentence.start, q.start):
        cue = Cue(q.start, q.start, "launched", "left")  # "put the number of drones at 194": how many came
    if q.denominator or (cue is not None and cue.outcome in ("destroyed", "neutralized") and _OUT_OF_BEFORE.search(
            text, max(sentence.start, q.start - 12), q.start)):
        # the 48 of "40 of 48 drones were shot down" is how many came ("... had been destroyed out of 158 aerial targets")
        cue = Cue(q.start, q.start, "launched", "left")
    if cue is None:
        return []
    if q.kind == "bare" and cue is not shared and not _adjacent(q, cue, text) and not (cue.start == cue.end and q.partitive_of is not None):
        # (but "Those included 26 of 27 Kh-101s": the part of a whole, under the fate the sentence inherits)
        return []
    if cue.outcome == "hits" and cue.end <= q.start and _COUNTRY_HIT_BY.search(text, max(sentence.start, cue.start - 30), cue.end):
        cue = Cue(cue.start, cue.end, "launched", cue.position)  # "Ukraine hit by ballistic missile and 154 drones": attacked
    if cue.outcome == "hits" and not attached:
        # "Kharkiv was hit by more than a dozen missiles": the city's share of the hits
        attached = tuple(p.code for p in here if p.kind != "country" and _HIT_BY.fullmatch(text, p.end, q.start))
        fm = weapon_figure(q, cue, sentence, attached, previous_class)
        fm.sub = fm.sub or bool(attached)  # never the national count
        return [fm] + (universal_twin(q, fm, sentence, attached) if not attached else [])
    if cue.outcome == "airborne" and _AT_ONCE.match(text, cue.end):
        return []  # "about 300 drones were in the air at the peak of the attack": how many at once, not still flying
    fm = weapon_figure(q, cue, sentence, attached, previous_class)
    if attached and fm.field in ("destroyed", "neutralized", "suppressed") and _PLACE_BY_PLACE.match(text, q.end, sentence.end):
        fm.local = True  # "13 drones were destroyed over the Khmelnytskyi and Ivano-Frankivsk regions, 3 over the Mykolaiv ..."
    if fm.field in ("destroyed", "neutralized", "suppressed") and _PART_OF_COUNTRY_OPENS.match(sentence.text):
        fm.local = True  # "In the west, 3 drones were shot down by mobile fire groups": one part of the country's
    fm.elsewhere = fm.field in ("destroyed", "neutralized") and bool(
        _THIRD_COUNTRY.match(text, q.end, sentence.end)
        # "Tusk said there had been 19 violations of Polish airspace and that at least three drones had been downed"
        or (_THIRD_COUNTRY_NAMED.search(sentence.text) and not _THE_WARS_SIDES.search(sentence.text)))
    return [fm] + universal_twin(q, fm, sentence, attached)


_PART_OF_COUNTRY_OPENS = re.compile(r"\W*(?:in|over)\s+the\s+(?:north|south|east|west|centre|center|north-?east|north-?west|"
                                    r"south-?east|south-?west)(?:ern\s+regions?)?\s*,", re.I)
# the next part of a place-by-place count: ", 3 over the Mykolaiv region and 2 over the Kherson region"
_PLACE_BY_PLACE = re.compile(r"[^.;:]*?,\s+(?:and\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                             r"\s+(?:more\s+)?(?:(?:were|was)\s+)?(?:[a-z]+\s+)?(?:over|in|above)\s+(?:the\s+)?[A-Z]")
_AT_ONCE = re.compile(r"\s+(?:at\s+(?:the\s+)?(?:peak|height|once|one\s+time|the\s+same\s+time|any\s+one\s+time)|simultaneously)\b", re.I)
# "shot down at least 4 drones over Polish territory": a neighbour's interceptions, not the target's
_THIRD_COUNTRY = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:over|above|in|into)\s+(?:the\s+)?(?:(?:polish|romanian|moldovan|"
                            r"belarusian|lithuanian|latvian|estonian|hungarian|slovak|finnish)\s+(?:territory|airspace|soil)|"
                            r"(?:poland|romania|moldova|belarus|lithuania|latvia|estonia|hungary|slovakia|finland)\b)", re.I)


_THIRD_COUNTRY_NAMED = re.compile(r"\b(?:polish|romanian|moldovan|lithuanian|latvian|estonian|poland|romania|moldova|"
                                  r"lithuania|latvia|estonia)\b", re.I)
_NEIGHBOURS = r"(?:poland|romania|moldova|lithuania|latvia|estonia|hungary|slovakia)"
# a toll told in a neighbour's place: "in the Polish village of Przewodow", "two people were killed in Poland" (not
# "The attack killed two people, Zelensky said in Moldova": where he spoke, not where they died)
# ("an explosion in a Polish village near the border killed two", "In neighboring Poland, an explosion ... killed two",
# "Poland said an explosion in the village of Przewodow ... had killed two people")
_TOLL_ABROAD = re.compile(rf"\bin\s+neighbou?ring\s+{_NEIGHBOURS}\b[^.;]{{0,160}}?\b(?:killed|killing|injured|injuring|wounded|wounding)\b"
                          rf"|\b{_NEIGHBOURS}\s+said\s+an?\s+(?:explosion|blast|missile|rocket)\b|"
                          r"\b(?:in|on)\s+(?:the\s+|an?\s+)?(?:polish|romanian|moldovan|lithuanian|latvian|estonian|hungarian|slovak)\s+"
                          r"(?:(?:border\s+)?(?:village|town|city)|territory|soil)\b"
                          r"|\b(?:killed|killing|injured|injuring|wounded|wounding|hurt|dead)\s+(?:[\w-]+\s+){0,3}?"
                          rf"in\s+{_NEIGHBOURS}\b", re.I)
_THE_WARS_SIDES = re.compile(r"\b(?:ukrain\w*|russia\w*|kyiv|moscow)\b", re.I)
_HIT_BY = re.compile(r"(?:\s+(?:city|region|oblast))?\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hit|struck|targeted)"
                     r"\s+(?:by|with)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+|some\s+|"
                     r"around\s+|up\s+to\s+)?", re.I)


def weapon_figure(q: Quantity, cue: Cue, sentence: Sentence, attached: tuple[str, ...],
                  previous_class: str | None) -> FigureMention:
    """A weapon quantity bound to its cue: class from the noun, the partitive or the antecedent."""
    cls = q.weapon_class if q.weapon_class in CLASS_KEY else None
    if q.partitive_of is not None and q.partitive_of.kind == "weapon":
        cls = q.partitive_of.weapon_class
    if cls is None:
        cls = previous_class if previous_class in CLASS_KEY else "any"
    key = CLASS_KEY[cls] if cue.outcome in ("launched", "destroyed", "suppressed", "neutralized", "hits") else None
    fm = _figure(q, cue.outcome, key, sentence, attached)
    fm.model, fm.subclass = q.model, q.subclass
    fm.bare = q.kind == "bare" and cls == "any"
    fm.single, fm.mixed = q.single, q.mixed
    # ("61 of the drones were shot down" counts the downed; "one of the missiles used" is no count of launches)
    fm.sub = fm.sub or (q.some_of and cue.outcome == "launched")
    if q.partitive_of is not None:
        fm.model = fm.model or q.partitive_of.model
        fm.subclass = fm.subclass or q.partitive_of.subclass
    return fm


def universal_twin(q: Quantity, fm: FigureMention, sentence: Sentence, attached: tuple[str, ...]) -> list[FigureMention]:
    """'shot down all 29 drones' also states that 29 were launched."""
    # ("Both missiles hit the city center": all that came hit, so two came)
    if not (q.universal and fm.field in ("destroyed", "neutralized", "hits")) or (
            attached and not q.single and _DOWNED_OVER.match(sentence.low, q.end - sentence.start)
            and not _FIRED_AT_AFTER.match(sentence.low, q.end - sentence.start)):
        return []  # ("all three missiles over the Bryansk region": that region's, not how many came; but "all 18
        # missiles fired at Kyiv in an overnight barrage": the place is what they were fired at)
    twin = _figure(q, "launched", fm.key, sentence, attached)
    twin.model, twin.subclass, twin.universal, twin.single = fm.model, fm.subclass, True, fm.single
    return [twin]


# "nine people were hurt in the city": a toll of one place the sentence does not name.
# ("Four people were injured in the Darnytskyi district": a district of the city named by its own name)
_UNNAMED_PLACE = re.compile(r"(\s*,\s+(?:among\s+them|including)\s[^,;.]{1,40},)?"  # ("31 people, among them five children, were killed in the city")
                            r"(?:\s+[\w-]+){0,4}?\s+(?:in|at)\s+the\s+(?:[A-Z][\w'’-]+\s+)?(?:city|town|village|capital|district|region|"
                            r"oblast|building|neighbou?rhood|suburb|port)\b"
                            r"|(?:\s+[\w-]+){0,3}?\s+there\b", re.I)  # "two people had been killed there"
# "injured after drones struck two districts of the city": the same, further on in the clause.
# "the city was attacked by 6 Shaheds", "the region came under attack from 15 drones": a count of the place the
# post is about.
_UNNAMED_PLACE_ATTACKED = re.compile(r"(?:\b(?:the|our)\s+(?:city|town|village|region|oblast|community|hromada|district)\s+"
                                     r"(?:was|were|has\s+been|had\s+been|came|come)\s+(?:\w+\s+){0,2}?"
                                     r"(?:attacked|targeted|struck|hit|under\s+(?:\w+\s+)?(?:attack|fire))\s+"
                                     r"(?:\w+\s+){0,2}?(?:by|with|from)"
                                     # "the occupiers attacked the city with six Shahed drones"
                                     r"|\b(?:attacked|targeted|struck|hit)\s+(?:the|our)\s+(?:city|town|village|region|oblast|community|"
                                     r"hromada|district)\s+(?:overnight\s+|again\s+)?(?:with|using))\s+"
                                     # (the next items of the list: "was hit by dozens of drones, two missiles and ...")
                                     r"(?:[\w-]+\s+){0,2}(?:[^.;:()\d]{0,40}?(?:,|\band)\s+)?$", re.I)
_WORKED_OVER_THE_PLACE = re.compile(r"\W*(?:the\s+)?(?:air\s+defen[cs]e|anti-aircraft)[\w\s]{0,20}?\s(?:worked|was\s+working|"
                                    r"were\s+working|operated|was\s+active|were\s+active)\s+(?:in|over|on\s+the\s+approaches\s+to)\s+"
                                    r"the\s+(?:region|city|capital|oblast|district)\b[^.:;]{0,40}[:;,]", re.I)
_AGAINST_UNNAMED_PLACE = re.compile(r"[^;:.]*?\bagainst\s+the\s+(?:city|town|village|region|oblast|community|hromada|district)\b",
                                    re.I)
_OF_UNNAMED_PLACE = re.compile(r"\b(?:in|at|of|across)\s+the\s+(?:city|town|village|capital|district|region|oblast|"
                               r"community|neighbou?rhood|suburb|port\s+city)\b", re.I)
# "In the city, two people were killed": the sentence opens with the place.
_LOCAL_OFFICIAL_SAID = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+)?(?:regional\s+|city\s+)?(?:governor|mayor|head\s+of\s+the\s+[\w'’-]+\s+"
                                  r"(?:regional|city|oblast)\b)[^,;]{0,40}?\s(?:said|says|wrote|reported)\b", re.I)
_ATTACK_KILLED = re.compile(r"\b(?:attacks?|strikes?|barrage|assault|bombardment|raid)\s+(?:\w+\s+)?(?:killed|injured|wounded|"
                            r"left|has\s+killed|had\s+killed)\b", re.I)
_UNNAMED_PLACE_OPENS = re.compile(r"\s*(?:in|at)\s+the\s+(?:city|town|village|capital|district|region|oblast|community)\s*,",
                                  re.I)
_NATIONWIDE = re.compile(r"\b(?:across\s+(?:the\s+country|ukraine|russia)|nationwide|in\s+total|total|overall|"
                         r"in\s+all|countrywide|across\s+\w+\s+regions|"
                         r"in\s+(?:different|various|several|many|multiple|\w+)\s+(?:parts|regions|cities|areas)\s+of\s+"
                         r"(?:the\s+country|ukraine|russia)|"
                         r"(?:in|across)\s+(?:different|various|several|many|multiple|\w+)\s+(?:regions|oblasts|cities))\b", re.I)


_MOSTLY_IN = re.compile(r"\b(?:most|many|the\s+majority)\s+of\s+them\s+in\b")
_WHOLE_ATTACK = re.compile(r"\b(?:the|this|that|overnight|whole|entire)\s+(?:\w+\s+)?(?:attack|strike|assault|barrage|"
                           r"bombardment|onslaught)\b")  # "The attack killed one dockworker": the whole attack's toll
_LOCAL_EVENT = re.compile(r"\b(?:hit|struck|damaged|destroyed|tore\s+through|landed|fell|fallen|crashed|attacked|targeted)\b")
_LOCAL_AUTHORITY = re.compile(r"\b(?:regional|city|oblast)\s+(?:military\s+|state\s+)?administration\b|\bgovernor\b|\bmayor\b|"
                              r"\bregional\s+head\b")
_PLACE_OPENER = re.compile(r"(?:in|at|near|over|across)\s", re.I)  # "In the Dnipropetrovsk region, ..."


def mark_local_tolls(sentences: list[Sentence], figures: list[list[FigureMention]],
                     places: list[list[PlaceMention]], text: str = "") -> None:
    """'In the Dnipropetrovsk region, drones hit a farm. Two people were injured.': a toll told
    right after a sentence about one place (and not the launch), or in a paragraph that opened
    with one place, is that place's."""
    for i in range(1, len(sentences)):
        tolls = [fm for fm in figures[i] if fm.field in PERSON_OUTCOMES and not fm.places]
        if not tolls:
            continue  # (most sentences: the tests below only decide about these)
        prev = sentences[i - 1]
        # (not across a paragraph break: "In the Khmelnytskyi region, debris fell on a village.\n\nThe attack killed
        # three people ... across the four regions")
        opens_with_place = any(p.kind != "country" and p.start - prev.start <= 30 for p in places[i - 1]) \
            and _PLACE_OPENER.match(prev.text) and "\n" not in text[prev.end:sentences[i].start]
        first = _paragraph_opening(sentences, text, i)
        if first < i - 1 and not places[i] and not _WHOLE_ATTACK.search(sentences[i].low) \
                and not any(fm.field == "launched" for f in figures[first:i] for fm in f) \
                and ((any(p.kind != "country" and p.start - sentences[first].start <= 30 for p in places[first])
                      and _PLACE_OPENER.match(sentences[first].text))
                     # "According to the Odesa Regional Military Administration, the enemy targeted the port ..."
                     or (len({p.code for p in places[first] if p.kind != "country"}) == 1
                         and _LOCAL_AUTHORITY.search(sentences[first].low))):
            # "In the Krasnodar region, debris struck a refinery. About 120 firefighters were deployed. Two
            # workers were injured.": the paragraph is that region's
            opens_with_place = True
        # "Kharkiv's mayor says two drones hit a warehouse in the city. Three people were injured."
        # (not "... A maternity hospital in Dnipro was damaged.\n\nLater on Friday, the Interior Ministry said the death
        # toll had risen to at least 30": a new paragraph, told by a national body)
        about_one_place = len({p.code for p in places[i - 1] if p.kind != "country"}) == 1 \
            and not places[i] and _LOCAL_EVENT.search(prev.low) and not _WHOLE_ATTACK.search(sentences[i].low) \
            and not ("\n" in text[prev.end:sentences[i].start] and _NATIONAL_BODY.search(sentences[i].low))
        if not (opens_with_place or about_one_place) or any(fm.field == "launched" and not fm.single and not fm.universal
                                                            for fm in figures[i - 1]) \
                or matches(_NATIONWIDE, sentences[i].text, sentences[i].low) \
                or ("most of them" in sentences[i].low and _MOSTLY_IN.search(sentences[i].low)):
            continue  # ("The attack injured at least 14 people, most of them in Zaporizhzhia": spread over places)
        for fm in tolls:
            fm.local = True


_NATIONAL_BODY = re.compile(r"\b(?:interior\s+ministry|ministry\s+of\s+(?:the\s+)?interior|state\s+emergency\s+service|"
                            r"prosecutor\s+general|national\s+police|health\s+ministry)\b")


def _paragraph_opening(sentences: list[Sentence], text: str, i: int) -> int:
    """The index of the first sentence of sentence i's paragraph, looking back at most three."""
    first = i
    while first > 0 and i - first < 3 and text and "\n" not in text[sentences[first - 1].end:sentences[first].start]:
        first -= 1
    return first


def _local_places(sentence: Sentence, q: Quantity, places: list[PlaceMention]) -> tuple[str, ...]:
    """A toll told next to a city or region is that place's, not the attack's total.

    Places in a clause after the toll's do not count: in "killed seven people, officials said, and
    damaged plants in the Volyn region", Volyn is where the plants are. Places before it do
    ("In Kyiv, debris fell in two districts, and one person was killed")."""
    end = _clause_end(sentence, q)
    if _NATIONWIDE.search(sentence.text, 0, end - sentence.start):
        return ()
    # ("killed at least four people, including a mother and her baby in the capital, officials said":
    # where the part was, not the whole)
    parts = [(m.start(), m.end()) for m in _INCLUDING_PART.finditer(sentence.text, 0, end - sentence.start + 1)
             if m.start() >= q.end - sentence.start or not m.group().lower().startswith(", including")
             or m.end() <= q.start - sentence.start] \
        if "," in sentence.text else []
    found = [p for p in places if p.kind != "country" and p.start < end
             and not any(s <= p.start - sentence.start < e for s, e in parts)
             and not reference_point(sentence.text, p.start - sentence.start)]
    # "Drones damaged a facility in the Khmelnytskyi region, and in the Kharkiv region a drone struck a house,
    # injuring one man": when the toll's own clause names a place, the clauses before it tell of other places
    opens = sentence.start + max((m.end() for m in _AND_CLAUSE_OPENS.finditer(sentence.text, 0, max(0, q.start - sentence.start))),
                                 default=0)
    own = [p for p in found if p.start >= opens]
    return tuple(p.code for p in (own if own and opens > sentence.start else found))


_AND_CLAUSE_OPENS = re.compile(r",\s+(?:and|while|but|whereas)\s|;\s")


def reference_point(text: str, start: int) -> bool:
    """'about 200 km (125 miles) southeast of Moscow': a place named to locate another, not where it happened."""
    return _REFERENCE_BEFORE.search(text, max(0, start - 40), start) is not None


_REFERENCE_BEFORE = re.compile(r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
                               r"(?:km|kilometres|kilometers|miles)(?:\s+\([^)]*\))?\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$", re.I)


# (", both in Chernihivshchyna, and wounded nine": where the killed were, not the wounded)
_INCLUDING_PART = re.compile(r",\s+(?:including\b|(?:both|all|each)(?:\s+of\s+them)?\s+in\b|"
                             r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:them|whom)\s+in\b)[^,;]*,", re.I)
_INCLUDING = re.compile(r",\s+including\b")


def _before_part(text: str, q: Quantity, end: int) -> int:
    """Where the words about a whole toll stop: at its parts (", including a mother and her baby in the capital")."""
    m = _INCLUDING.search(text, q.end, end)
    return m.start() if m else end


# Where one clause ends and the next begins: "; ", " - ", ", and", ", according to", ", while".
_CLAUSE_END = re.compile(r"[;:]|\s[—–-]\s|,\s+(?:and|but|while|whereas|according|as|after|before|when|which|where|"
                         r"who|adding|updating|saying|with|although|though|officials|the\s+\w+\s+said)\b"
                         # ", Kyiv's military administration said": the source, not where the victims were
                         r"|,\s+(?=[^,;]{0,60}\b(?:said|says|reported|reports|told|wrote|added|announced)\b)"
                         # ", four of them in the capital": a part, and where the part was
                         r"|,\s+(?:[\w-]+\s+)?(?:of\s+(?:them|whom)|among\s+them)\b"
                         r"|,\s+including\b(?![^,;]*,)"  # (a closed ", including a girl," is a parenthesis)
                         # "wounding 29 others across the country and cutting electricity to parts of the capital"
                         r"|\s+and\s+(?!(?:killing|wounding|injuring|leaving|hurting)\b)(?=[a-z]+ing\s)")


def _clause_end(sentence: Sentence, q: Quantity) -> int:
    """Document offset where the clause that holds a quantity ends."""
    after = _CLAUSE_END.search(sentence.low, q.end - sentence.start)
    return sentence.start + (after.start() if after else len(sentence.low))


def _casualty_cue(q: Quantity, cues: list[Cue], text: str) -> bool:
    """'at least 17 were injured', 'the death toll rose to 16': a bare number with a casualty cue."""
    cue = _nearest_cue(q, cues, text, PERSON_OUTCOMES | WEAPON_OUTCOMES)
    return cue is not None and cue.outcome in PERSON_OUTCOMES and _adjacent(q, cue, text)


# A toll and where it now stands, however long the phrase between: "the toll had climbed to 23"
_TOLL_NOW = re.compile(r"\b(?:death\s+toll|toll|number\s+of\s+(?:people\s+|civilians\s+)?(killed|dead|deaths|injured|"
                       r"wounded|hurt|casualties)|number\s+of\s+(injured|wounded|dead))\b[^;]{0,140}?\b(?:has\s+|had\s+)?"
                       r"(?:risen|rose|rises|climbed|climbs|reached|reaches|increased|jumped|grew|stands|stood)\s+(?:at|to)\s+$",
                       re.I)
_INJURED_WORDS = {"injured", "wounded", "hurt"}
_SUPERSEDED = re.compile(r"\b(?:initially|had\s+(?:earlier\s+|initially\s+|first\s+)?(?:reported|said|put)|earlier\s+toll|"
                         r"previous\s+toll|first\s+reported|earlier\s+reported)\b")
# "the death toll from a Russian missile attack on Odesa has risen to 21"
_TOLL_GAP = re.compile(r"^(?:\s+(?:from|of|in)\s+[^,;.]{1,80}?)?\s+(?:has\s+|had\s+)?"
                       r"(?:risen|rose|rises|climbed|climbs|reached|reaches|increased|jumped|grew|stands|stood|hit)"
                       r"\s+(?:at|to)\s+$", re.I)

_RAISED_TO_GAP = re.compile(r"^(?:\s+overnight)?\s+(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:now\s+)?(?:been\s+)?"
                            r"(?:raised|revised|risen|rose|increased|updated|corrected|lowered|reduced|climbed|grew)\s+"
                            r"(?:upward\s+|downward\s+)?to\s+$", re.I)


def _adjacent(q: Quantity, cue: Cue, text: str) -> bool:
    """A bare number needs its cue right next to it ('shot down 270', '40 were lost')."""
    if q.partitive_of is not None:
        return True
    if cue.start >= q.end:
        return bool(_AUX_GAP.match(text[q.end:cue.start]))
    if text[cue.start:cue.end].lower().startswith("death toll") and _TOLL_GAP.match(text[cue.end:q.start]):
        return True
    if _RAISED_TO_GAP.match(text[cue.end:q.start]):
        return True  # "the number of drones shot down overnight has been raised to 84": the count, now
    gap = text[cue.end:q.start].split()
    return len(gap) <= 3 and not re.search(r"[;.]", text[cue.end:q.start])


def _figure(q: Quantity, outcome: str, key: str | None, sentence: Sentence, places: tuple[str, ...]) -> FigureMention:
    return FigureMention(outcome, key, q.value, q.qualifier, q.start, q.end, sentence.index,
                         sub=q.sub, more=q.more, universal=q.universal, places=places)


def _one_named(text: str, sentence: Sentence, w: WeaponMention) -> tuple[int, int] | None:
    """Start of 'a Russian Kh-101 cruise missile' when a fate verb comes before it or a hit verb after."""
    lead = _LOOSE_ARTICLE.search(text, max(sentence.start, w.start - 40), w.start)
    if lead is None or not all(_GAP_WORD.fullmatch(x) or _MODIFIER_WORD.fullmatch(x) for x in lead.group(1).split()):
        return None
    if _UNSURE.search(text, sentence.start, lead.start()):
        return None
    if _DOWNED_BEFORE.search(text, max(sentence.start, lead.start() - 30), lead.start()):
        return lead.start(), w.end
    if hit := _HIT_AFTER.match(text, w.end):
        return lead.start(), hit.end(1)  # ("fired from Yemen" is part of the phrase: "struck" is its verb)
    return None


_PHONE_BEFORE = re.compile(r"\b(?:police|hotline|helpline|emergency\s+services?|rescuers|line)\s+(?:on|at)\s+$|"
                           r"\b(?:call|dial|phone|ring)\s+(?:the\s+)?(?:number\s+)?$", re.I)
# ("and with a Kh-59", "139 drones ..., along with an Iskander-M ballistic missile": one more that came)
_AND_WITH_BEFORE = re.compile(r"\b(?:and|along|together)\s+with\s+$", re.I)
_AND_ONE_MORE = re.compile(r"\s+(?:and|as\s+well\s+as)\s+((?:an?|one)\s+(?:[\w-]+\s+){0,2})", re.I)
# "air defence shot down an enemy missile over the Kryvyi Rih district": one weapon of no model, downed
_ENEMY_ONE_DOWNED = re.compile(r"\b(?:destroyed|shot\s+down|downed|intercepted)\s+(?:an?|one)\s+(?:enemy|russian)\s+$", re.I)
_LOOSE_ARTICLE = re.compile(r"\b(?:a\s+single|an?|one)\s+((?:[\w-]+\s+){0,2})$", re.I)  # ("A single drone": no modifier)
_DOWNED_BEFORE = re.compile(r"\b(?:destroyed|shot\s+down|downed|intercepted)\s+$", re.I)
# (after what the weapon carried or who fired it: "An Iskander-M ballistic missile with a cluster warhead hit ...", "a
# drone launched by the Houthis struck ...")
_HIT_AFTER = re.compile(r"((?:\s+(?:fired|launched)\s+(?P<fired>from|at|toward|towards|by)\s+[^,;.]{1,60}?"
                        r"|\s+(?:with|carrying)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:warheads?|payload|munitions?))?)"
                        r"\s+(?:hit|struck|slammed\s+into|smashed\s+into|"
                        r"crashed\s+into|ploughed\s+into|plowed\s+into|(?:tore|ripped)\s+(?:through|into)|landed\s+(?:on|in))\s", re.I)
# What people were, if not hurt: the count's own predicate
_SPARED_PREDICATE = re.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|are|remain(?:ed)?)\s+)?(?:left\s+without|evacuated|"
                               r"rescued|displaced|relocated|cut\s+off|without\s+(?:power|heat|heating|electricity|water|gas))\b",
                               re.I)
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s|;")
_HITS_BY = re.compile(r"\s+" + _HITS_BY_WORDS + r"\s*(?:enemy\s+|russian\s+)?", re.I)
_ARTICLE = re.compile(r"(?:\b(?:a|an|one|single|a\s+single)\s+)$", re.I)


def _fired_by_then_hit(text: str, end: int) -> bool:
    """"A drone launched by Yemen's Houthi movement struck an apartment building": one weapon, by whom or from where,
    and what it hit."""
    hit = _HIT_AFTER.match(text, end)
    return hit is not None and (hit.group("fired") or "").lower() in ("from", "by")
# what the missiles counted before were, or where they came from, told after a colon
_THE_CLASS_TOLD_BY_PARTS = re.compile(r"[^.:;]*\b(?:launched|fired|sent|used)\s+the\s+(missiles|drones)\b[^.:;\d]*:\s")
_LIST_OF_WHAT_CAME = re.compile(r"\s*(?:\d{1,2}:\d{2}\s*[—–-]\s*)?(?:the\s+(?:\d[\d,]*\s+)?(?:missiles|drones|weapons)\s*:\s"  # ("The missiles: 37 Kh-101 ...")
                                r"|the\s+(?:\d[\d,]*\s+)?(?:missiles|drones|weapons)\s+(?:were|comprised)\s*"
                                r"(?:a\s+(?:mix|combination)\s+of\s+)?:?\s"
                                r"|[^.:;]*\bbreakdown\s+of\s+the\s+(?:missiles|drones|weapons)\b[^.:;]*:\s"
                                r"|among\s+(?:them|these|those)\s*:\s|(?:it|they|the\s+(?:air\s+force|statement|report))\s+listed\s"
                                # "There were also six Kh-22 missiles, six Kh-59 guided missiles and ...": more of what came
                                r"|there\s+were\s+also\s)")
_TOTAL_LEAD = re.compile(r"\W*(?:in\s+total|altogether|overall|total)\s*[,:—–-]?\s*", re.I)
def _participle_of_another_count(last_of: re.Match[str], w: WeaponMention, qs: list[Quantity]) -> bool:
    """'30 Shahed drones launched from the Primorsko-Akhtarsk area and an Iskander-M': 'launched' is the drones'
    participle, so the missile is no last item of a list (as in 'a Kh-59 launched over Kursk and an S-300')."""
    if not _LAUNCH_PARTICIPLE.match(last_of.group()):
        return False
    before = [q for q in qs if q.kind == "weapon" and q.end <= last_of.start()]
    return bool(before) and before[-1].weapon_class != w.weapon_class and not before[-1].single


_LIST_OPENS_BEFORE = re.compile(r"\b(?:missiles|drones|weapons)\s*(?:[:(]|[—–]|--?)\s*$"
                                r"|\bthe\s+(?:[\w-]+\s+)?(?:missiles|drones|weapons)\s+(?:were|included)\s+$", re.I)
_NEXT_ITEM = re.compile(r"[^.;:—–()\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)", re.I)
_LAUNCH_PARTICIPLE = re.compile(r"(?:fired|launched)\s+(?:from|over)\b", re.I)
_LAST_OF_INCLUDED = re.compile(r"\b(?:included|including|comprised|consisted\s+of|used|fired|launched)\s[^.;:]*(?:,|\sand)\s+$"
                               # (and the first: "30 missiles, including an Iskander-M ballistic missile and Kh-59s")
                               r"|\b(?:included|including)\s+$", re.I)
# "also fired a single Kalibr": a launch verb right before counts the one weapon.
# "the enemy struck the centre of Sumy with ...", "attacked the port infrastructure of the Odesa district with ...": the
# weapon named next is what came (frames.py reads the same words as naming the model of the missiles counted)
# ("the enemy carried out a missile attack on the city with a ballistic missile": the attack's noun, its verb before)
STRUCK_WITH = re.compile(r"\b(?:struck|attacked|hit|targeted|bombarded|shelled|(?:carried\s+out|launched|conducted|mounted|"
                         r"made)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|strike))\s+[^,;.\d]{1,60}?\s+with\s+$", re.I)
_LAUNCHED_BEFORE = re.compile(r"\b(?:fired|launched|sent|used|deployed)\s+(?:also\s+|only\s+|just\s+)?$", re.I)


def _coordinated_with_number(text: str, w: WeaponMention, qs: list[Quantity], weapons: list[WeaponMention]) -> bool:
    """'a cruise missile and 12 drones': a national list, not a local anecdote. Also the first items of a longer
    list whose last one is so ("a Kh-59 guided missile, an S-400 guided missile and 113 Shahed drones")."""
    for q in qs:
        if q.kind != "weapon":
            continue
        gap = text[w.end:q.start] if q.start >= w.end else text[q.end:w.start]
        if _GAP_TO_NEXT_ITEM.fullmatch(gap):
            return True
    after = next((x for x in weapons if x.start >= w.end), None)
    if after is not None and not after.plural:
        gap = text[w.end:after.start]
        return bool(_GAP_TO_NEXT_ITEM.fullmatch(gap) and _ONE_BEFORE.search(gap)) \
            and _coordinated_with_number(text, after, qs, weapons)
    return False


# ("seven Kalibr cruise missiles fired from ships in the Black Sea and an Iskander-M": the noun's modifier between)
# ("an Iskander-M ballistic missile (Rostov region, RF) and 116 strike UAVs": where it came from, in brackets)
# ("an Iskander-M ballistic missile from Crimea and 145 Shahed attack UAVs", "... and with 80 drones")
_GAP_TO_NEXT_ITEM = re.compile(r"(?:\s+(?:(?:launched|fired|sent|used)\s+(?:from|by|over)|from)\s+[^,;.()]{1,50}?)?(?:\s*\([^()]{1,60}\))?"
                               r"\s*(?:,|and|,\s*and|,?\s*as\s+well\s+as|plus)\s*(?:with\s+)?(?:an?\s+|one\s+)?(?:single\s+)?")
_ONE_BEFORE = re.compile(r"\b(?:an?|one)\s+$", re.I)
_AND_ONE_COUNT = re.compile(r"\s*,?\s+and\s+")
_WHOM_THEY_CAME_FROM = re.compile(r"\s+(?:(?:that|which)\s+)?" + _SENDER + r"\s+"
                                  r"(?:had\s+|has\s+)?(?:launched|fired|sent|used)\b", re.I)
# ("targeted Kyiv with a missile and drone attack": the weapons name the kinds of the attack, no count of one; but "a
# ballistic missile strike on Sumy" is told of one missile as often as not, and "A missile strikes a hospital" is a verb)
_ATTACK_NOUN_AFTER = re.compile(r"\s*(?:and|or|&|/)\s*(?:drone|missile|rocket|uav|air)\s+"
                                r"(?:attack|strike|barrage|assault|raid|terror|alert|threat|danger)\b", re.I)


# "killing a teenager", "wounded an elderly woman": one person, though no number is written.
_SINGLE_VICTIM = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+((?:a|an|one)\s+(?:(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\s+|elderly\s+|young\s+)?"
    r"(?:man|woman|person|civilian|resident|teenager|boy|girl|child|driver|pensioner|rescuer|firefighter|medic))\b")


def counts_without_number(sentence: Sentence, weapons: list[WeaponMention]) -> bool:
    """May a sentence with no number still count something: a singular weapon ('fired a cruise missile')
    or a single victim ('killing a teenager')?"""
    text, at = sentence.text, sentence.start
    return any(not w.plural and w.weapon_class in CLASS_KEY
               and (_LOOSE_ARTICLE.search(text, max(0, w.start - at - 40), w.start - at)
                    or _THE.search(text, max(0, w.start - at - 5), w.start - at)) for w in weapons) \
        or bool(_single_victims(sentence)) or _the_other_match(sentence.low) is not None


# "One was shot down; the other hit an industrial enterprise", "The third drone hit a warehouse"
_THE_OTHER = re.compile(r"\bthe\s+(?:other|third|fourth|fifth|remaining|last)(?:\s+(?:one|(drone|uav|shahed)|"
                        r"(missile|rocket)))?(?=\s+(?:hit|struck|slammed\s+into|crashed\s+into|landed\s+(?:on|in))\b)")


def _the_other_match(low: str) -> re.Match[str] | None:
    """_THE_OTHER's first match in a sentence's lowered text (none without "the " and a space).

    Substring tests come first: every match holds one of the verbs of its lookahead, which most
    sentences lack, while the pattern (opening with \\b) is tried at every offset."""
    if "the " not in low or not ("hit" in low or "struck" in low or "into" in low or "landed" in low):
        return None
    return _THE_OTHER.search(low)


def _the_other(sentence: Sentence, antecedent: str | None) -> list[Quantity]:
    """The one weapon left of a few counted before: it hit."""
    if (m := _the_other_match(sentence.low)) is None:
        return []
    cls = "drone" if m.group(1) else "missile" if m.group(2) else antecedent
    if cls not in ("drone", "missile"):
        return []
    return [Quantity(sentence.start + m.start(), sentence.start + m.end(), 1, "exact", "weapon", cls, sub=True)]


def _single_victims(sentence: Sentence) -> list[Quantity]:
    low = sentence.low
    if "kill" not in low and "wound" not in low and "injur" not in low:  # a quick test first: most sentences
        return []
    return [Quantity(sentence.start + m.start(1), sentence.start + m.end(1), 1, "exact", "person")
            for m in _SINGLE_VICTIM.finditer(low)]


def _article_quantities(sentence: Sentence, text: str, weapons: list[WeaponMention],
                        qs: list[Quantity]) -> list[Quantity]:
    """'a cruise missile' and 'one drone' count as 1 when the noun is singular."""
    covered = [(q.start, q.end) for q in qs]
    out = []
    for w in weapons:
        if w.plural or w.weapon_class == "any" or any(s <= w.start < e for s, e in covered) \
                or _ATTACK_NOUN_AFTER.match(text, w.end):
            continue
        if w.model and w.weapon_class in CLASS_KEY and _not_downed_after(text, w.end) \
                and (a := _ARTICLE.search(text[max(sentence.start, w.start - 12):w.start])):
            # "while a Zircon hypersonic missile fired from Crimea was not intercepted": one came, its fate untold
            out.append(Quantity(w.start - len(a.group()), w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                single=True))
            continue
        if w.weapon_class in CLASS_KEY and out and out[-1].single and out[-1].universal \
                and (also := _AND_ONE_MORE.fullmatch(text, out[-1].end, w.start)) is not None:
            # "intercepted a ballistic missile and a drone launched from Yemen": the next one, with the same fate
            out.append(Quantity(also.start(1), w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                universal=True, single=True))
            continue
        if w.weapon_class in CLASS_KEY and (w.model or w.subclass or _ENEMY_ONE_DOWNED.search(
                text, max(sentence.start, w.start - 50), w.start) or _fired_by_then_hit(text, w.end)) \
                and (one := _one_named(text, sentence, w)) is not None:
            # "destroyed a Russian Kh-101 cruise missile over Lviv", "A Russian ballistic missile slammed into
            # the port": one weapon's whole story, so one launched too (counted only in an attack of one)
            out.append(Quantity(one[0], one[1], 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                universal=True, single=True))
            continue
        m = _ARTICLE.search(text[max(sentence.start, w.start - 12):w.start])
        if (not m or m.group().split()[0].lower() == "single") and w.weapon_class in CLASS_KEY and (the := _AND_THE.search(text, max(sentence.start, w.start - 20), w.start)) \
                and any(q.kind == "weapon" and (q.weapon_class != w.weapon_class or (w.model and q.model != w.model))
                        and q.end == the.start() for q in qs):
            # "shot down 33 drones and the cruise missile": the one missile, beside a count of the other class
            before = next(q for q in qs if q.end == the.start())
            out.append(Quantity(the.start() + the.group().lower().index("the"), w.end, 1, "exact", "weapon", w.weapon_class,
                                w.model, w.subclass, sub=before.sub))  # (a part of a part: "including ... and the Kh-59")
            continue
        if not m and w.weapon_class in CLASS_KEY and (the := _AS_WELL_AS_THE.search(text, max(sentence.start, w.start - 20), w.start)) \
                and any(q.kind == "weapon" and q.weapon_class != w.weapon_class and q.end <= the.start() for q in qs):
            # "74 Shahed-136/131 were destroyed, as well as the Kh-59 guided missile": the one missile, with the same fate
            out.append(Quantity(the.start() + the.group().lower().index("the"), w.end, 1, "exact", "weapon", w.weapon_class,
                                w.model, w.subclass))
            continue
        if not m:
            definite = _THE.search(text, max(sentence.start, w.start - 5), w.start)
            if definite and w.weapon_class in CLASS_KEY and _AND_A_COUNT_AFTER.match(text, w.end) \
                    and not _UNSURE.search(text, sentence.start, definite.start()):
                # "The ballistic missile and 25 strike drones hit 15 locations": the one missile, beside a count
                out.append(Quantity(definite.start(), w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass))
                continue
            # ("The Kalibr missile was also shot down", "The missile hit a school": one weapon's fate)
            if definite and w.weapon_class in CLASS_KEY and (_FATE_AFTER.match(text, w.end) or _HIT_AFTER.match(text, w.end)) \
                    and not _UNSURE.search(text, sentence.start, definite.start()):
                # "The Kalibr missile was also shot down": one weapon's fate. Marked as a part, so a
                # count of the class stated elsewhere ("30 drones were shot down") still wins.
                out.append(Quantity(definite.start(), w.end, 1, "exact", "weapon", w.weapon_class, w.model,
                                    w.subclass, sub=True, single=True))
            continue
        start = w.start - (len(m.group()))
        fate = _PARTICIPLE.match(text, w.end) if (w.model or w.subclass) else None
        if fate and _FATE_AFTER.match(text, fate.end()) and not _UNSURE.search(text, sentence.start, start):
            # "A ballistic missile launched from Yemen was intercepted": all of one weapon, so one launched too.
            out.append(Quantity(start, fate.end(), 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                universal=True, single=True))
            continue
        # After a launch verb only a named kind counts: "fired a cruise missile", not "launched a missile of a free kick".
        launched_one = ((w.model or w.subclass) and (_LAUNCHED_BEFORE.search(text, max(sentence.start, start - 24), start)
                                                      # "attacked with 23 Shahed-136/131 attack UAVs ... and with a Kh-59"
                                                      or (_AND_WITH_BEFORE.search(text, max(sentence.start, start - 16), start)
                                                          and any(q.kind == "weapon" and q.end <= start for q in qs))
                                                      # "the enemy struck the centre of Sumy with an Iskander-M missile"
                                                      or STRUCK_WITH.search(text, max(sentence.start, start - 80), start))) \
            or (w.weapon_class == "missile" and STRUCK_WITH.search(text, max(sentence.start, start - 80), start))
        # ("Around 19:40 the enemy struck Kryvyi Rih with a missile": one, of no named kind)
        if w.model and not launched_one and (_LIST_OPENS_BEFORE.search(text, max(sentence.start, start - 40), start)
                                             # "- an Iskander-M ballistic missile launched from occupied Crimea;": a bullet
                                             or (_BULLET_LEAD.fullmatch(text, sentence.start, start)
                                                 and text[sentence.start:start].strip()) or (
                out and out[-1].composition and out[-1].single and _NEXT_ITEM.fullmatch(text, out[-1].end, start))):
            # "two missiles — an Iskander-M fired from Crimea and a Kh-31P ...", "The missiles were a Kh-59 ...": the
            # first of the models that came, one of each
            out.append(Quantity(start, w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                composition=True, sub=True, single=True))
            continue
        if w.model and not launched_one and (last_of := _LAST_OF_INCLUDED.search(text, sentence.start, start)) \
                and not _participle_of_another_count(last_of, w, qs):
            # "The missiles included Kh-101 and Kalibr cruise missiles, ... and an Iskander-M ballistic missile": one
            out.append(Quantity(start, w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                                composition=True, sub=True))
            continue
        if not (_coordinated_with_number(text, w, qs, weapons) or launched_one):
            continue
        out.append(Quantity(start, w.end, 1, "exact", "weapon", w.weapon_class, w.model, w.subclass,
                            sub=bool(_SUB_MARKER.search(text[sentence.start:start][-40:]))))
    return out

from .frame_en import FRAME  # noqa: E402,F401  (re-exported: the frame patterns belong with the grammar)
