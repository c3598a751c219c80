"""Who attacked whom. Never assumed from keywords alone: read from the lead.

Cues, strongest first: a country named as the subject of a launch verb ("Russia
launched", "Iran fired"); a nationality on the weapons ("Ukrainian drones"); the
country whose air defence or ministry reports the interceptions ("Russian air
defence systems intercepted"); the places the weapons came down in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import wordstart
from .sentences import lower_same_length
from .tables import load_tsv, trie_pattern

if TYPE_CHECKING:
    from .frames import SentenceFrame
    from .sentences import Sentence

DEFAULT = ("RU", "UA")
# The side an attacker's weapons most often go to, when the text names no target: Russia's and Ukraine's at each
# other; Iran's, the Houthis' and Hezbollah's at Israel ("a missile launched from Yemen struck the airport grounds")
_COUNTERPART = {"RU": "UA", "UA": "RU", "IR": "IL", "YE": "IL", "LB": "IL", "IN": "PK", "PK": "IN"}


@lru_cache(maxsize=1)
def _countries() -> tuple[str, dict[str, str]]:
    """The alternation of country names/adjectives, and name -> code."""
    table = {row[0].lower(): row[1] for row in load_tsv("countries_en.tsv")}
    return trie_pattern(table), table


_LAUNCH = r"(?:launched|fired|sent|attacked|struck|targeted|hurled|unleashed|used|deployed|hit|pounded|bombarded|carried\s+out|" \
          r"shelled|launches|fires|attacks|strikes|targets|hits|pounds|shells|shell|sends)"  # (a headline's present tense)
_WEAPON = r"(?:drones?|uavs?|missiles?|shaheds?|rockets?|projectiles?|unmanned\s+aerial\s+vehicles?)"
_ANSWERED_BEFORE = re.compile(r"\b(?:after|following|retaliation\s+for|response\s+to|retaliating\s+for|revenge\s+for)\b[^.]{0,30}$")
_NATIONALITY = re.compile(r"(?:ian|ish|i|ese|ean)$", re.I)
_NOUN_LIKE_VERB = re.compile(r"(?<!forces )(?<!military )(?<!army )(?<!troops )\b(?:strikes|attacks|hits|targets|fires|launches)$")
_PASSIVE = re.compile(r"\s+by\b")  # "Russia attacked by ...": not the attacker
# "Cabinet building in Kyiv hit for the first time": a place after a preposition is no subject
_VICTIM_VERB = re.compile(r"\b(?:hit|struck|attacked|targeted|pounded|bombarded)$")  # (not "the Houthis in Yemen launched")
# "Southern Ukraine hit as Russia sends 160 drones": a headline's passive, no object after the verb
_NO_OBJECT_AFTER = re.compile(r"\s+(?:as|after|in|by|overnight|again|amid|during|while|when|with|for\s+(?:hours|the))\b")
_OBJECT_OF = re.compile(r"\b(?:in|on|at|over|of|near|across|into|from|outside)\s+(?:the\s+)?$")
# ("Russian forces attacked again overnight": the forces attack; not "Russia's air defences shot down")
_ATTACKING_AFTER = re.compile(rf"\s+(?:again\s+|also\s+|then\s+)?{_LAUNCH}\b")
_DEFENCE_WORDS = re.compile(r"defen[cs]e|air\s+force")
_INSTRUMENT_BEFORE = re.compile(r"\b(?:using|with|of)\s+$")
_DEFENCE = r"(?:air\s+defen[cs]es?(?:\s+(?:systems?|forces|units))?|air\s+force|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|forces)"


@dataclass(frozen=True)
class _Patterns:
    """Matched on lowered text (re runs 2-3x faster without IGNORECASE)."""

    subject: re.Pattern[str]      # "russia launched", "russian forces fired"
    subject_cased: re.Pattern[str]  # the same on the original text: the word between must be lowercase
    object: re.Pattern[str]       # "attacked ukraine"
    nationality: re.Pattern[str]  # "ukrainian drones" (not "iranian-made")
    nationality_cased: re.Pattern[str]
    defence: re.Pattern[str]      # "russian air defences", "ukraine's air force"
    at: re.Pattern[str]           # "at ukraine", "over russia"
    agent: re.Pattern[str]        # "fired by iran", "launched from yemen": who sent them


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    names, table = _countries()
    # Nationalities only: "Ukrainian drones", never "Kyiv with drones".
    adjectives = trie_pattern(n for n in table if re.search(r"(?:ian|ish|i|ese|ean)$", n))
    # ("Russia, for its part, launched": a short aside between)
    # ("Ukraine's SBU security service said it had used 117 drones": the agency's own word of its attack)
    subject = (rf"\b({names})(?:'s|’s)?(?:\s+(?:forces|military|army|troops|navy|sbu(?:\s+security\s+service)?|security\s+service|"
               rf"(?:military\s+)?intelligence(?:\s+agency)?|drone\s+forces|unmanned\s+systems\s+forces)(?:\s+said\s+it)?)?"
               rf"(?:\s+(?:had|has))?(?:,\s+(?-i:[a-z][a-z ]{{1,24}}),)?"
               rf"\s+(?-i:[a-z]+\s+)?{_LAUNCH}\b")
    nationality = rf"\b({adjectives})(?!-made|-designed|-built)\s+(?-i:[a-z-]+\s+)?{_WEAPON}\b"
    return _Patterns(
        re.compile(subject.replace("(?-i:", "(?:")), re.compile(subject, re.I),
        # (not "used Iranian-made Shahed drones": the weapon's maker)
        re.compile(rf"\b{_LAUNCH}\s+(?:the\s+)?({names})\b(?!\s+(?:launched|fired|sent)|-(?:made|designed|built|type|style))"),
        re.compile(nationality.replace("(?-i:", "(?:")), re.compile(nationality, re.I),
        re.compile(rf"\b({names})(?:'s|’s)?\s+{_DEFENCE}\b"),
        re.compile(rf"\b(?:at|on|against|across|over|into|toward|towards)\s+(?:the\s+)?"
                   rf"(?:(?:central|northern|southern|eastern|western)\s+)?({names})\b"),
        re.compile(rf"\b{_LAUNCH}\s+(?:by|from)\s+(?:the\s+)?({names})\b"))


@lru_cache(maxsize=1)
def _toll_across() -> re.Pattern[str]:
    """A toll across a country: the country that was attacked."""
    return re.compile(rf"\b(?:killed|injured|wounded)\b[^.;]{{0,40}}?\b(?:across|throughout|all\s+over)\s+({_countries()[0]})\b")


@lru_cache(maxsize=1)
def _adjunct() -> re.Pattern[str]:
    """A country's name before its weapons' attack: "ukraine drone attack", "israel missile strikes"."""
    return re.compile(rf"\b({_countries()[0]})\s+(?:drone|missile|rocket)\s+(?:attacks?|strikes?|raids?|assaults?)\b")


def _cased(loose: re.Pattern[str], cased: re.Pattern[str], text: str, low: str) -> Iterator[re.Match[str]]:
    """Matches of `cased` (IGNORECASE, with case-sensitive parts) found through `loose` on `low`."""
    for m in wordstart.finditer(loose, low):
        if (confirmed := cased.match(text, m.start())) is not None:
            yield confirmed


def _code(name: str) -> str | None:
    return _countries()[1].get(name.lower().replace("’", "'").removesuffix("'s"))


def direction(text: str, frames: list["SentenceFrame"], lang: str = "en") -> tuple[str, str]:
    """(attacker, target) as ISO 3166-1 alpha-2 codes."""
    if lang != "en":
        return _from_places(text, frames) or DEFAULT
    lead = " . ".join(figures_clause(f) if f.figures else f.sentence.text for f in _lead(frames, text))
    low = lower_same_length(lead)
    attacker, target = Counter[str](), Counter[str]()
    pattern = _patterns()
    for m in _cased(pattern.subject, pattern.subject_cased, lead, low):
        # ("Kyiv hit with missiles": a headline's passive; but "the enemy attacked with 21 Shaheds" attacked)
        passive = _PASSIVE.match(lead, m.end(), m.end() + 4) or (
            not m.group(1).lower().endswith("enemy")
            and _VICTIM_VERB.search(m.group().lower()) and (_OBJECT_OF.search(low, max(0, m.start() - 12), m.start())
                                                        or _NO_OBJECT_AFTER.match(low, m.end())))
        # ("... toward Israel after surprise Israeli strikes": the other side's strikes the attack answered, no subject)
        noun_phrase = _NATIONALITY.search(m.group(1)) is not None and _NOUN_LIKE_VERB.search(m.group().lower()) is not None \
            and _ANSWERED_BEFORE.search(low, max(0, m.start() - 40), m.start()) is not None
        # ("Russian barrage wrecks power plant near Kyiv and targets gas storage": the place is the first verb's object;
        # the second verb is the barrage's)
        object_then_verb = " and " in m.group().lower() and _OBJECT_OF.search(low, max(0, m.start() - 12), m.start())
        if (code := _code(m.group(1))) and not passive and not noun_phrase and not object_then_verb \
                and not _DEFENCE_WORDS.search(m.group().lower()):
            attacker[code] += 3
    for m in wordstart.finditer(pattern.object, low):
        if code := _code(m.group(1)):
            target[code] += 2
    instrument = Counter[str]()  # "attacked Ukraine using Iranian attack drones": the weapon's maker, not the side
    for m in _cased(pattern.nationality, pattern.nationality_cased, lead, low):
        if code := _code(m.group(1)):
            (instrument if _INSTRUMENT_BEFORE.search(low, max(0, m.start() - 10), m.start()) else attacker)[code] += 2
    for m in wordstart.finditer(_adjunct(), low):  # "Ukraine drone attack sparks fire at refinery"
        if code := _code(m.group(1)):
            attacker[code] += 3
    for m in wordstart.finditer(pattern.defence, low):
        if (code := _code(m.group(1))) and not _ATTACKING_AFTER.match(low, m.end()):
            target[code] += 2
    for m in wordstart.finditer(pattern.at, low):
        if (code := _code(m.group(1))) and not _LEFT_FOR.search(low, max(0, m.start() - 24), m.start()):
            target[code] += 1
    for m in wordstart.finditer(pattern.agent, low):
        if code := _code(m.group(1)):
            attacker[code] += 3
    if "killed" in low or "injured" in low or "wounded" in low:
        for m in _toll_across().finditer(low):  # "four people were killed and 19 injured across Ukraine"
            if code := _code(m.group(1)):
                # (it outweighs a later "Ukrainian drones" in a claim about the other side's attack)
                target[code] += 3
                attacker[code] -= 3
    attacker = +attacker or instrument  # (only positive counts stay; the maker only when no side is named)
    claimed = _claimed_entries(frames, text)  # (the places of the other side's claims do not vote)
    for code, n in (_place_countries(text, [f for f in frames if not any(f is c for c in claimed)])).items():
        target[code] += n
    return _resolve(attacker, target)


# ("another 2 UAVs flew out towards Belarus", "headed back toward Russia": drones that left, not the country attacked)
_LEFT_FOR = re.compile(r"\b(?:flew|flown|flying|headed|heading|left|returned|went|turned)(?:\s+(?:out|back|away|off))?\s+$")


def figures_clause(f: "SentenceFrame") -> str:
    """The sentence up to a trailing 'days after ...' clause after its last figure: "Russia fired 407 drones at
    Ukraine, days after Ukrainian drones struck bomber bases" is Russia's attack; the clause after, the past."""
    last_end = max(fm.end for fm in f.figures) - f.sentence.start
    after = _TRAILING_AFTER.search(f.sentence.text, max(0, last_end)) \
        or _TRAILING_AS_TOLD.search(f.sentence.text, max(0, last_end))
    return f.sentence.text[:after.start()] if after else f.sentence.text


_TRAILING_AFTER = re.compile(r",\s+(?:(?:just|only|barely)\s+)?(?:(?:(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+)?"
                             r"(?:days?|hours?|weeks?|nights?)\s+)?(?:after|following|before)\s", re.I)  # (", hours before Moscow reported ...")

# "... at Ukraine overnight, as Moscow reported one of the largest Ukrainian drone attacks on its capital": the other
# side's news, told beside this attack
# (and a headline's "Russia sends 145 drones at Ukraine as Kyiv hits Moscow region": the other side's blow, beside it)
_TRAILING_AS_TOLD = re.compile(r",?\s+as\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:reports?|reported|says|said|claims?|claimed|"
                               r"hits|strikes|attacks|pounds|targets)\b")


def reversed_in(sentence: str, attacker: str, target: str, lang: str = "en") -> bool:
    """Does this sentence report weapons going the other way ('Ukrainian drones' in a Russian attack)?"""
    if lang != "en":
        return False
    pattern, low = _patterns(), lower_same_length(sentence)
    if _names_in(attacker, low) and _defends(pattern, low, attacker, target):
        return True  # ("Russian air defences had shot down at least 11 drones approaching the Russian capital")
    if not _names_in(target, low):
        return False  # most sentences: the answer needs a match naming the target
    nationality = {_code(m.group(1)) for m in _cased(pattern.nationality, pattern.nationality_cased, sentence, low)}
    # ("the enemy" is whoever the speaker fights: Ukraine, in a Russian ministry's statement)
    subjects = {_code(m.group(1)) for m in _cased(pattern.subject, pattern.subject_cased, sentence, low)
                if not _PASSIVE.match(sentence, m.end(), m.end() + 4) and not m.group(1).lower().endswith("enemy")}
    return (target in nationality and attacker not in nationality) or (target in subjects and attacker not in subjects)


def _defends(pattern: _Patterns, low: str, attacker: str, target: str) -> bool:
    """Are the attacker's own air defences what downed the weapons (so they came the other way)?"""
    defenders = {_code(m.group(1)) for m in wordstart.finditer(pattern.defence, low) if _DOWNED_AFTER.match(low, m.end())}
    return attacker in defenders and target not in defenders


_DOWNED_AFTER = re.compile(r"(?:\s+(?:had|have|has))?\s+(?:shot\s+down|downed|destroyed|intercepted|repelled|neutrali[sz]ed)\b")


def named_attackers(sentence: str, lang: str = "en") -> set[str]:
    """The countries a sentence names as the side sending weapons ("Iran launched", "Iranian missiles")."""
    if lang != "en":
        return set()
    pattern, low = _patterns(), lower_same_length(sentence)
    codes = {_code(m.group(1)) for m in _cased(pattern.subject, pattern.subject_cased, sentence, low)
             if not _PASSIVE.match(sentence, m.end(), m.end() + 4) and not _DEFENCE_WORDS.search(m.group().lower())
             and not m.group(1).lower().endswith("enemy")}
    codes |= {_code(m.group(1)) for m in _cased(pattern.nationality, pattern.nationality_cased, sentence, low)}
    codes |= {_code(m.group(1)) for m in wordstart.finditer(pattern.agent, low)}
    return {code for code in codes if code}


def _names_in(code: str, low: str) -> bool:
    """Does lowered text name the country `code` ("ukraine", "kyiv", ...)? A match of the patterns
    only yields `code` when its name, lowered, is one of these (see _code), and so is in `low`."""
    return any(name in low for name in _names_by_code().get(code, ()))


@lru_cache(maxsize=1)
def _names_by_code() -> dict[str, tuple[str, ...]]:
    by_code: dict[str, tuple[str, ...]] = {}
    for name, code in _countries()[1].items():
        spellings = tuple(dict.fromkeys((name, name.replace("'", "’"))))  # _code reads ’ as '
        by_code[code] = by_code.get(code, ()) + spellings
    return by_code


def _lead(frames: list["SentenceFrame"], text: str = "") -> list["SentenceFrame"]:
    """The headline (its whole first line: "Saratov, again. What we know about the latest Ukrainian drone
    raid on Russia") and the first sentences with figures."""
    # ("Meanwhile, Russia launched 154 drones against Ukraine": the other side's night, told aside)
    with_figures = [f for f in frames if f.figures and not _ASIDE.match(f.sentence.text)]
    claimed = _claimed_entries(frames, text)
    if claimed:
        own_word = [f for f in with_figures if not any(f is c for c in claimed)]
        with_figures = own_word or with_figures
    line_end = text.find("\n", frames[0].sentence.start) if frames and text else -1
    title = [f for f in frames if f.sentence.start < line_end] if line_end > 0 else frames[:1]
    # the story's first sentence after the headline tells who did what, figures or not
    # (not a live blog's newest entry that is the other side's claim)
    first = [f for f in frames[len(title):len(title) + 4] if f.places and len(f.sentence.text.split()) >= 8
             and not any(f is c for c in claimed)][:1]
    head: list["SentenceFrame"] = []
    for f in title + first + with_figures[:3]:
        if not any(f is h for h in head):
            head.append(f)
    return head or frames[:3]


def _claimed_entries(frames: list["SentenceFrame"], text: str) -> list["SentenceFrame"]:
    """A live blog's entries that are the other side's word: "10:55 Russia's Defense Ministry claims to have shot down
    eight Ukrainian drones", told beside the night's own report (or its next sentence: "... shot down 115 Ukrainian
    drones over Russian regions. The claim could not be verified.")."""
    if not text or len(_CLOCK_LINE.findall(text)) < _LIVE_BLOG_ENTRIES:
        return []
    return [f for f in frames if _CLAIMS.search(text, f.sentence.start, _line_end(text, f.sentence.end))]


def _line_end(text: str, at: int) -> int:
    """End of the line (the live-blog entry's paragraph) that `at` is in."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


_CLOCK_LINE = re.compile(r"^\W{0,3}\d{1,2}[:.]\d{2}\b", re.M)
_LIVE_BLOG_ENTRIES = 3  # clock-stamped lines
# ("12:15 - Russia says it downed 118 Ukrainian drones", "Russia's Defence Ministry said its air defences destroyed ...")
_MINISTRY = r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
_CLAIMS = re.compile(rf"\bclaim(?:s|ed|ing)?\b|\b(?:russia|moscow)(?:['’]s\s+{_MINISTRY})?\s+(?:says|said)\b"
                     rf"|\b(?:the\s+)?russian\s+{_MINISTRY}\s+(?:says|said)\b", re.I)
# (and the other side's own word: "Ukraine's Air Force, for its part, said that Russia had launched 61 drones")
_ASIDE = re.compile(r"\s*(?:meanwhile|separately|elsewhere|in\s+a\s+separate\s+\w+|at\s+the\s+same\s+time)\b"
                    r"|[^.,;]{0,40}?,?\s*for\s+(?:its|their|his|her)\s+part\b", re.I)


_OVER = re.compile(r"(?:over|in|above|on|across|at|into|of|hit|struck|над|у|в|на|по)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}$", re.I)


# Both matched on lowered sentences.
_PREPOSITION = re.compile(r"\b(from|over|in|above|on|across|at|into|near|hit|struck|над|у|в|на|по|з|із|зі)\b")
_LAUNCH_SITE = re.compile(r"\b(?:launched|fired|took\s+off)\s+from\b|\bdirections?\b|\bfrom\s+(?:the\s+)?(?:areas?|territory)\b"
                          r"|\bз\s+напрямк|\bз\s+район")


def launched_from(sentence: "Sentence", place_start: int) -> bool:
    """Is the place named as where weapons came from ('from the directions of Kursk and occupied Donetsk')?"""
    at = place_start - sentence.start
    if _LAUNCH_LABEL.search(sentence.low, 0, at):
        return True
    preps = list(_PREPOSITION.finditer(sentence.low, 0, at))
    if not preps:
        return False
    if preps[-1].group(1) in _FROM:
        if _BREAK.search(sentence.low, preps[-1].end(), at):
            return False  # "21 more lost from radar; Kharkiv hit again"
        return not _RANGE_TO.search(sentence.low, preps[-1].end(), at) and not (
            _RANGE_TO_AFTER.match(sentence.low, at) and not _LAUNCHED_BEFORE.search(sentence.low, 0, preps[-1].start()))
    if preps[-1].group(1) in ("over", "above") and len(preps) > 1 and preps[-2].group(1) in _FROM \
            and _AIRSPACE_BETWEEN.fullmatch(sentence.low, preps[-2].end(), preps[-1].start()):
        return True  # "Kh-59 missiles from the airspace over the Zaporizhzhia region": where the aircraft fired from
    # "from Chauda in occupied Crimea", "from the areas of Oryol, Kursk and Hvardiiske in occupied
    # Crimea": the place locates the launch site named just before it.
    # ("from the directions of Oryol and Millerovo in Russia and Chauda in occupied Crimea": each site located in turn)
    if len(preps) < 2 or preps[-1].group(1) not in _LOCATIVE:
        return False
    k = len(preps) - 2
    while k > 0 and preps[k].group(1) in _LOCATIVE:
        k -= 1
    source = preps[k]
    return source.group(1) in _FROM \
        and _SAME_PHRASE.fullmatch(sentence.low, source.end(), preps[-1].start()) is not None \
        and not _RANGE_TO.search(sentence.low, source.end(), at) \
        and not _ATTACK_NOUN.search(sentence.low, source.end(), preps[-1].start())


_LOCATIVE = ("in", "on", "у", "в", "на")
_AIRSPACE_BETWEEN = re.compile(r"\s+(?:the\s+)?(?:airspace|skies|sky)\s+")


_FROM = ("from", "з", "із", "зі")
_BREAK = re.compile(r"[;.!?]")
_SAME_PHRASE = re.compile(r"[\w\s,'’()-]{1,160}")  # ("Primorsko-Akhtarsk (Russia) and Chauda in Crimea")
# "damaging plants from the Lviv region in the west to ...", unless weapons were "launched from" it
_RANGE_TO_AFTER = re.compile(r"[^,;.]{0,60}?\s(?:to|до)\s")
_LAUNCHED_BEFORE = re.compile(r"\b(?:launched|fired|sent|took\s+off|flew\s+in|came|coming|arrived|areas?|directions?|"
                              r"запущен\w*|випущен\w*|напрямк\w*)\W+(?:\w+\W+){0,2}$")
# "the death toll from a missile attack on Odesa": the attack is what the "from" names, not a site.
# (and a verb of harm: "Debris from a downed drone damaged cars in Odesa" locates the damage, not the launch)
_ATTACK_NOUN = re.compile(r"\b(?:attacks?|strikes?|barrage|assault|raids?|shelling|bombardment|атак\w*|удар\w*|"
                          r"damaged|destroyed|hit|struck|fell|injured|killed|wounded|sparked|caused|crashed|landed)\b")
# "from the Volyn region in the northwest to the Dnipropetrovsk region": a range of places hit.
_RANGE_TO = re.compile(r"\b(?:to|до)\s")
# "(launch area: Cape Chauda, occupied Crimea)", "launch sites - Kursk, Oryol": a label, then the places.
_LAUNCH_LABEL = re.compile(r"\b(?:launch(?:ing)?\s+(?:areas?|sites?|points?|positions?)|райони?\s+пуску)\s*[:—–-]?[^.;()]*$")
# A word each match of _LAUNCH_SITE contains (it has no IGNORECASE and runs on lowered text).
_LAUNCH_SITE_WORDS = ("from", "direction", "напрямк", "район")


def _launch_site_in(low: str) -> bool:
    """_LAUNCH_SITE.search(low), after a substring test: the pattern opens with \\b, so re tries it
    at every offset, and most sentences contain none of its words."""
    return any(word in low for word in _LAUNCH_SITE_WORDS) and _LAUNCH_SITE.search(low) is not None


# "Kh-101 cruise missiles from Tu-95MS bombers over the Saratov region": where the aircraft fired from
_AIRCRAFT_OVER = re.compile(r"\b(?:bombers?|aircraft|aviation|airplanes?|planes?|carriers?|tu-?\d+\w*|su-?\d+\w*|mig-?\d+\w*)"
                            r"\s+(?:over|above)\s+(?:the\s+)?(?:\w+\s+){0,2}$")
_LAUNCH_AREA_NOTE = re.compile(r"(?:\s+(?:region|oblast))?\s*(?:,|[–—-])\s*(?:RF|the\s+RF|Russia)\s*\)")


def _place_countries(text: str, frames: list["SentenceFrame"]) -> Counter[str]:
    """Countries of the places weapons came down in (not those they were launched from)."""
    counts: Counter[str] = Counter()
    for f in frames:
        if not f.places or _launch_site_in(f.sentence.low):
            continue
        for p in f.places:
            if p.kind == "country":
                continue
            preps = _PREPOSITION.findall(f.sentence.low, 0, p.start - f.sentence.start)
            # ("an Iskander-M ballistic missile (Rostov region, RF)": the Air Force's note of where it was launched)
            if preps and preps[-1] not in ("from", "з", "із", "зі") and not _LAUNCH_AREA_NOTE.match(text, p.end) \
                    and not _AIRCRAFT_OVER.search(f.sentence.low, max(0, p.start - f.sentence.start - 60),
                                                  p.start - f.sentence.start):
                counts[p.country] += 1
    return counts


def _from_places(text: str, frames: list["SentenceFrame"]) -> tuple[str, str] | None:
    counts = _place_countries(text, frames)
    if counts and counts.most_common(1)[0][0] == "RU":
        return ("UA", "RU")
    return None


def _resolve(attacker: Counter[str], target: Counter[str]) -> tuple[str, str]:
    att = attacker.most_common(1)[0][0] if attacker else None
    for code in list(target):
        if code == att:
            del target[code]
    tgt = target.most_common(1)[0][0] if target else None
    if att and not tgt:
        tgt = _COUNTERPART.get(att, "UA")
    if tgt and not att:
        att = _COUNTERPART.get(tgt, "RU")
    if not att or not tgt:
        return DEFAULT
    return att, tgt
