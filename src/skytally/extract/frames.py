"""Frames: figure mentions -> attacks and period totals.

Decides, sentence by sentence, which attack a figure belongs to (the main one
the lead is about, another night's, a monthly aggregate, or history to ignore),
then picks one value per field by the contract's rules: an explicit later update
wins, an exact figure beats a rounded one, the lead beats a passing mention, a
stated figure beats a part ("including two cruise missiles") of it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import groupby
from types import ModuleType

from ..model import Attack, Counts, Evidence, Figure, PeriodTotal, WeaponFigures
from . import claims as claims_mod
from . import direction as direction_mod
from . import rows, wordstart
from .dates import DateMention, find_dates, find_months
from .grammar import for_language, matches, search_lower
from .grammar.en import PERSON_OUTCOMES, STRUCK_WITH, FigureMention
from .grammar.frame_en import HIGHEST, SEPARATE_ATTACK
from .numbers import find_numbers, parse_number_words
from .places import PlaceMention, city_regions, find_places
from .sentences import Sentence, split_sentences
from .weapons import find_weapons, model_subclass

COUNT_OUTCOMES = ("launched", "destroyed", "suppressed", "neutralized", "hits")
OTHER_OUTCOMES = ("returned", "airborne", "unaccounted")

@dataclass
class SentenceFrame:
    sentence: Sentence
    figures: list[FigureMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    period: str | None = None
    past: bool = False
    not_attack: bool = False
    identified: list[tuple[str, str]] = field(default_factory=list)  # (class, model): "identified as Iskander-M"


_IT_WAS_DOWNED = re.compile(r"\W*it\s+was\s+(?:also\s+)?(?:shot\s+down|destroyed|intercepted|downed)\b", re.I)


def _bucket(items: list, sentences: list[Sentence]) -> list[list]:
    starts = [s.start for s in sentences]
    buckets: list[list] = [[] for _ in sentences]
    for item in items:
        i = bisect_right(starts, item.start) - 1
        if 0 <= i < len(sentences) and item.end <= sentences[i].end + 1:
            buckets[i].append(item)
    return buckets


@dataclass
class _Span:
    start: int
    end: int
    period: str | None


def build_frames(text: str, published: date | None, lang: str = "en") -> list[SentenceFrame]:
    """Every sentence with its mentions and time tags."""
    G = for_language(lang)
    found_weapons = find_weapons(text, lang)
    if not found_weapons:
        return []  # no drone, missile or target named: nothing to count (most of a news archive)
    sentences = split_sentences(text)
    published = _dateline_day(G, text, sentences, published, lang) or published
    numbers = _bucket(find_numbers(text, lang), sentences)
    weapons = _bucket(found_weapons, sentences)
    places = _bucket(find_places(text, lang), sentences)
    dates = _bucket(find_dates(text, published, lang), sentences)
    months = _bucket([_Span(*m) for m in find_months(text, published, lang)], sentences)
    frames: list[SentenceFrame] = []
    antecedent: str | None = None
    last_period: str | None = None
    story_period: str | None = None  # the first month whose figures the story states: what "over the month" means
    last_year: str | None = None
    table: list[str | None] | None = None  # the column classes of the table being read
    weapon_table: list[str | None] | None = None  # the column outcomes of a table with a row per weapon
    opener: _ListOpener = _ListOpener(G)
    last_figure: FigureMention | None = None
    month_columns: list[str] = []  # the classes of "January — 4,636 / 141" rows, from "(drones / missiles)"
    this_month = published.strftime("%Y-%m") if published else None
    update_post = False  # inside a post headed "UPDATE" (a Telegram export, a live blog)
    update_until = len(text)  # where an "UPDATE, 18:40:" paragraph ends
    local_label = False  # the list's label speaks of one place ("The consequences in the city:")
    post_minutes: int | None = None  # the time of the last post header ("13.04.2025, 13:40")
    post_day = 0  # the day that header named (month * 31 + day), or the one before it named
    later_post = False  # that header came later in the day than the one before it
    in_list, list_antecedent = False, None  # in a list of items; what was counted before it opened
    for i, sentence in enumerate(sentences):
        # "KYIV (AP) —": its place and date are the story's, not the attack's (only asked when it names one)
        dateline = G.FRAME.dateline.match(sentence.text) if places[i] or dates[i] else None
        local_places = [p for p in places[i] if not dateline or p.start >= sentence.start + dateline.end()] \
            if places[i] and not _CREDIT_LINE.match(sentence.text) else []  # ("(Reporting by the Kyiv newsroom)")
        frame = SentenceFrame(sentence, places=local_places)
        # a bullet, or a line under "launched (shot down):" that opens with a weapon or is a count of weapons
        is_item = bool(_LIST_ITEM.match(sentence.text)) or (
            bool(weapons[i]) and opener.is_open() and "\n" not in sentence.text
            and (weapons[i][0].start - sentence.start <= 1 or _COUNT_LINE.match(sentence.text) is not None))
        if not is_item:
            # "The consequences in the city as of now: – 6 people killed; – 35 people injured": the city's tolls
            local_label = sentence.text.rstrip().endswith(":") and _LOCAL_LABEL.search(sentence.text) is not None
        if is_item and not in_list:
            list_antecedent, in_list = antecedent, True
        elif not is_item and in_list:
            in_list = False
            if _LABELLED_COUNT.fullmatch(sentence.text):
                # "Launched: 425 means of air attack / • 396 drones / • 29 missiles / Shot down: 392": the
                # count under a label after a list is of what the list's head counted, not of its last item
                antecedent = list_antecedent
        # No number, no figure: most sentences stop here ("a cruise missile" and "killing a man" count one).
        # "Of those, 151 were ballistic missiles": the fate and the period of the figure before
        before = last_figure
        # ("... more than 6,400 attack drones in March. Almost 150 missiles.": a verbless count goes on the one before)
        of_those = before is not None and bool(_OF_THOSE_OPENS.match(sentence.low) or _COUNT_FRAGMENT.fullmatch(sentence.low))
        # "It also fired 217 missiles": the same month, or the same past, as the sentence before
        also = before is not None and bool(_ALSO_OPENS.match(sentence.low))
        # "- October: 5,300 drones and 274 missiles.": a month's line in a list of months
        month_line = next((m for m in months[i] if m.period and _MONTH_LINE.fullmatch(text, sentence.start, m.start)
                           and text.startswith(":", m.end)), None) if months[i] else None
        row = rows.cells(sentence) if "|" in sentence.text else None
        if "/" in sentence.text and (slashed := _SLASHED_COLUMNS.search(sentence.text)):
            month_columns = [_COLUMN_KEY[w.lower().rstrip("s")] for w in slashed.groups()]  # "(drones / missiles)"
        month_row = _MONTH_ROW.fullmatch(sentence.text) if month_columns and published is not None else None
        if month_row is not None:
            # "January — 4,636 / 141" under "The monthly figures are as follows (drones / missiles):"
            month = _MONTH_NAMES.index(month_row.group(1).lower()) + 1
            year = int(month_row.group(2)) if month_row.group(2) else \
                published.year if month <= published.month else published.year - 1  # type: ignore[union-attr]
            values = [n for n in numbers[i] if n.start >= sentence.start + month_row.end(2 if month_row.group(2) else 1)
                      and not getattr(n, "is_year", False)]
            frame.figures = [FigureMention("launched", key, n.value, n.qualifier, n.start, n.end, sentence.index,
                                           period=f"{year:04d}-{month:02d}") for n, key in zip(values, month_columns)]
        elif row is not None and (keys := rows.header_keys(text, row, lang)) is not None:
            table, weapon_table = keys, None  # "| | Drones | Missiles |": the columns of the rows below
        elif row is not None and (columns := rows.header_outcomes(G, text, row)) is not None:
            table, weapon_table = None, columns  # "| Type of weapon | Launched | Shot down |"
        elif row is not None and weapon_table is not None:
            frame.figures = rows.weapon_row_figures(text, sentence, row, weapon_table, lang)
        elif row is not None and table is not None:
            month = next((m.period for m in months[i] if m.period and len(m.period) == 7 and row[0][0] <= m.start < row[0][1]), None)
            frame.figures = rows.row_figures(G, text, sentence, row, table, lang, month)
        elif numbers[i] or G.counts_without_number(sentence, weapons[i]):
            inherited = "launched" if month_line else opener.outcome(weapons[i][0].weapon_class if weapons[i] else None) \
                if is_item else \
                before.field if of_those else None  # type: ignore[union-attr]
            if inherited is None and lang == "en" and _NIGHT_COUNT_LINE.match(sentence.text) \
                    and not _FATE_WORD.search(sentence.low):
                inherited = "launched"  # "Night of October 18 (from 20:00 on 17.10): 135 Shahed attack UAVs from Kursk"
            if of_those and before.universal and before.model and _THE_REST_OPENS.match(sentence.low):  # type: ignore[union-attr]
                inherited = "launched"  # "All 20 Kh-101s were shot down. The remaining missiles were ...": not all
            elif of_those and inherited not in (None, "launched") and numbers[i] \
                    and numbers[i][0].value > _whole_named(sentence.low, frames, before).value:  # type: ignore[arg-type]
                # "31 missiles had been shot down. Of the missiles, 32 were Kh-101s": more than were downed, so a part
                # of those that came
                inherited = "launched"
            frame.figures = G.figure_mentions(sentence, text, numbers[i], weapons[i], local_places,
                                              antecedent, inherited)
            if of_those:
                for fm in frame.figures:  # "of which 72 cruise missiles": parts of the count before
                    if fm.field == before.field and fm.key == before.key and fm.value < before.value:  # type: ignore[union-attr]
                        fm.sub = True
        elif is_item and weapons[i]:
            frame.figures = _numberless_item(text, sentence, weapons[i], opener)
        if frame.figures and lang == "en" and sentence.low.startswith("earlier") and _EARLIER_NIGHT.match(sentence.low) \
                and any(f.figures for f in frames):
            # "Earlier on Tuesday, the Air Force said Russia had launched 71 drones overnight" below a daytime
            # strike's story: the night before it, another attack
            for fm in frame.figures:
                fm.earlier = True
        elif before is not None and before.earlier \
                and (of_those or _THAT_ATTACK_OPENS.match(sentence.low) or _parts_of_those(text, frame.figures)):
            # ("Of the drones, 32 were shot down", "In that attack, 365 drones ...", "The air force said 37 of those
            # missiles and 29 of the drones had been destroyed": the same earlier night's)
            for fm in frame.figures:
                fm.earlier = True
        if (wave := next((fm for fm in frame.figures if fm.field == "launched" and fm.more), None)) is not None:
            for fm in frame.figures:  # "... had sent another 31 drones in the afternoon and that 20 of them had been
                fm.update = False     # downed": a further wave's counts, no update of the night's
                fm.more = fm.more or (fm.key == wave.key and fm.start > wave.end and fm.value <= wave.value)
        if before is not None and before.more and before.field == "launched" and frame.figures and all(
                fm.universal and fm.key == before.key and fm.value == before.value for fm in frame.figures):
            for fm in frame.figures:  # "Russia fired 11 more missiles at Kyiv. All 11 were intercepted.": those more
                fm.more = True
        if is_item and local_label:
            for fm in frame.figures:
                fm.local = fm.local or fm.field in ("killed", "injured")
        if hasattr(G, "all_of_them") and "all" in sentence.low:
            frame.figures += G.all_of_them(sentence, text, frame.figures, frames[-1].figures if frames else [])
        if row is None and not rows.is_rule(sentence):
            table = weapon_table = None
        if numbers[i] and last_figure is not None and getattr(G, "REVISED_TO", None) is not None:
            frame.figures += _revised(G, text, sentence, numbers[i], frame.figures, last_figure)
        if not frame.figures and lang == "en" and before is not None and before.field == "launched" and before.value == 1 \
                and before.key in ("drones", "missiles") and not before.period and (it := _IT_WAS_DOWNED.match(sentence.text)):
            # "the enemy launched one Iskander-M ballistic missile at Kryvyi Rih. It was shot down by our air defence":
            # the one weapon's fate
            frame.figures = [replace(before, field="destroyed", start=sentence.start, end=sentence.start + it.end(),
                                     sentence=sentence.index, universal=False, sub=False, more=False, update=False)]
        if frame.figures:
            last_figure = frame.figures[0]  # what "Of those," and "They included" refer to: the sentence's subject
        opener.advance(sentence, is_item, frame.figures)
        if weapons[i] and lang == "en":
            frame.identified = _identified_models(text, sentence, weapons[i])
        # what "both" and "of them" refer to: this sentence's count, else the weapon it last named
        if frame.figures or weapons[i]:
            antecedent = _antecedent(frame.figures) or (weapons[i][-1].weapon_class if weapons[i] else None) \
                or antecedent
        if dates[i]:
            frame.dates = _attack_dates(G, text, sentence, dates[i], dateline)
            attributive = [d for d in frame.dates if d.text.lower() == "overnight" and _ATTACK_NOUN_AFTER.match(text, d.end)]
            if attributive and len(attributive) < len(frame.dates):
                # "The overnight attack followed a daytime raid on Wednesday in which 710 of 753 drones were downed":
                # the attack named by its night is the subject; the figures are the other day's
                frame.dates = [d for d in frame.dates if d not in attributive]
            elif frame.dates and lang == "en" and months[i] and len(nights := attributive or [
                    d for d in frame.dates if d.text.lower() == "overnight" and _ATTACKS_AFTER.match(text, d.end)]) \
                    == len(frame.dates) and any(m.period and len(m.period) == 7 and m.period != this_month
                                                and m.start < nights[0].start for m in months[i]):
                # "In September 2025, it launched 810 drones and 13 missiles in one overnight attack": that month's night
                # ("Last month, Russia launched more than 700 drones and decoys in single overnight attacks")
                frame.dates = []
            elif frame.dates and len(attributive) == len(frame.dates):
                # "Early Sunday, it was not enough. ... part of a sprawling overnight assault in which Russia
                # launched 496 drones": "overnight" names the night already dated, not the night before publication
                frame.dates = _dates_told_before(frames[-6:]) or frame.dates
                if lang == "en" and _CAME_A_DAY_AFTER.match(sentence.text):
                    # "The strike came a day after the Odesa region was among the targets of an overnight drone
                    # attack": the night before that day
                    frame.dates = [replace(d, end_date=d.end_date - timedelta(days=1), kind="night") for d in frame.dates[:1]]
        if len(frame.dates) > 1 and lang == "en":
            # "Just three days ago, on Wednesday, Russia set its record with 728 drones fired overnight": the
            # night of the day just named, not the night before publication
            named = [d for d in frame.dates if d.kind in ("day", "explicit")]
            frame.dates = [d for d in frame.dates if not (
                d.text.lower() == "overnight" and named and named[0].start < d.start
                and all(n.end_date != d.end_date for n in named))] or frame.dates
        if frame.dates and not frame.figures and lang == "en" and _is_byline(text, sentence, dates[i]):
            frame.dates = []  # "Ukrainska Pravda — Friday, 29 August 2025, 09:05": when it was published
        if frame.figures or months[i]:
            spans = _period_spans(G, text, sentence, months[i], dates[i], last_period, published, story_period)
            for fm in frame.figures:
                fm.period = fm.period or _period_of(G, text, sentence, fm, spans, frame.dates)  # (a month row's is set)
                if fm.period is None and (of_those or also) and not frame.dates:
                    fm.period = before.period  # type: ignore[union-attr]
                    if also and fm.period and _COMPARED.search(text, max(0, before.start - 40), before.start):  # type: ignore[union-attr]
                        # "That compares with around 17,000 in 2024. Russia also fired about 2,200 missiles":
                        # "also" adds to the story's period, not to the one it was compared with
                        fm.period = last_year if len(fm.period) == 4 else last_period
                if fm.period is None and not frame.dates and before is not None and before.period \
                        and fm is frame.figures[0] and _PART_OF_THE_CLASS.fullmatch(text, fm.start, fm.end):
                    # "Russian forces also fired 135 missiles during the month. Air defense shot down or suppressed
                    # 5,833 of the drones": a part of the month's count
                    fm.period = before.period
                if fm.period is None and month_line is not None and fm.field == "launched":
                    fm.period = month_line.period
                if fm.period is None and not frame.dates and (fronted := _FRONTED_OF_PERIOD.match(sentence.text)):
                    # "Of the missiles launched in September, 156 were cruise missiles - mostly Kh-101 - and 23
                    # were ballistic": the opening phrase's month is every part's
                    fm.period = next((p for s, e, p in spans if p and e <= sentence.start + fronted.end()), None)
                if fm.period is None and not frame.dates and _OVER_THE_YEAR.search(text, sentence.start, sentence.end) \
                        and (year := last_year or (last_period[:4] if last_period else None)):
                    # a year in review: "Over the year Russia fired 2,211 missiles" (after "In December 2025, ...":
                    # that month's year)
                    fm.period = year
                # "In August, a drone strike killed nine": one attack of another month, not this one.
                fm.earlier = fm.earlier or (fm.period is None and not frame.dates and any(
                    p and len(p) == 7 and p != this_month and e <= fm.start for _, e, p in spans))
            frame.period = next((fm.period for fm in frame.figures if fm.period), None)
            # ("three times the previous year's 3,700": a year named for comparison is not the one "the year" means)
            years = [fm for fm in frame.figures if fm.period and len(fm.period) == 4]
            if years:  # ("That compares with around 17,000 in 2024": not the year the story is about)
                last_year = next((fm.period for fm in reversed(years) if not _COMPARED.search(text, max(0, fm.start - 40), fm.start)
                                  and not _year_before_near(G, text, fm)
                                  # ("five times as many as in 2024, when Russia launched some 11,000")
                                  and not _COMPARED_YEAR.search(text, max(sentence.start, fm.start - 60), fm.start)), last_year)
            else:
                last_year = next((p for s, _, p in reversed(spans) if p and len(p) == 4 and not (
                    G.FRAME.year_before is not None and G.FRAME.year_before.match(text, s))), last_year)
            # "during the month" means the month the figures were about, not one named in passing.
            stated = [fm.period for fm in frame.figures if fm.period and len(fm.period) == 7
                      and not _COMPARED.search(text, max(0, fm.start - 40), fm.start)
                      and not _PREVIOUS_RECORD.search(text, sentence.start, fm.start)
                      and not _month_compared(sentence.low, fm.period)]
            if stated:
                last_period = stated[-1]
                story_period = story_period or stated[0]
            elif last_period is None:
                last_period = next((p for _, _, p in reversed(spans) if p and len(p) == 7), None)
        if frame.dates and frame.figures and all(fm.field in ("killed", "injured") for fm in frame.figures) \
                and _THE_STRIKE_KILLED.search(sentence.low):
            # "On Wednesday morning, after rescuers worked through the night, the governor said the strike had
            # killed 14": "the strike" is the one already dated; these days are when its toll was told
            frame.dates = []
        if frame.figures or frame.dates:
            _tag_time_and_kind(G, text, frame)
        if (also or of_those) and frames and not frame.dates and (frames[-1].past or (
                # (not "Russia attacked Ukraine with 99 drones overnight, ..., hours after a meeting last week. Of those,
                # 65 were shot down": a sentence already tagged has told its figures' time)
                not (frames[-1].figures or frames[-1].dates) and _past(G, frames[-1].sentence))):
            frame.past = True
        if frame.figures and frames and lang == "en" and _SAME_PERIOD_OPENS.match(sentence.low):
            # "... 1,521 drones over the past week. Over the same period, air defences also intercepted nine
            # missiles": the week's tally goes on
            frame.past = frame.past or frames[-1].past
            if frames[-1].figures and all(fm.not_attack for fm in frames[-1].figures):
                frame.not_attack = True
                for fm in frame.figures:
                    fm.not_attack = True
        if not frame.figures and ((_UPDATE_HEADER.match(sentence.text) and (
                not any(c.isdigit() for c in sentence.text) or _UPDATE_AT.fullmatch(sentence.text)))  # ("UPDATED (10:52).")
                or _CLOCK_UPDATE.match(sentence.text)):  # ("09:41 — UPDATE", "20:15 — UPDATE: The General Staff has ...")
            update_post = True  # "🔄 UPDATE." opens a post whose figures all replace the earlier ones
        elif update_post and _CLOCK_OPENS.match(sentence.text) and not _UPDATE_CLOCK.match(sentence.text):
            update_post = False  # "10:15 — In the Dnipropetrovsk region, ...": the next entry of a live blog
        elif header := (_POST_HEADER.match(sentence.text) or _UPDATE_CLOCK.match(sentence.text) or (
                # "14:40 As of now, 14 people have been killed ... 21:15 Updated figures: ...": a post's timed entries
                text[sentence.start - 1:sentence.start] in ("", "\n") and _CLOCK_ENTRY.match(sentence.text))):
            # "[Air Force] 20.07, 14:02": the next post ("UPDATE, 18:40: The toll has risen. 117 people were injured":
            # an update's, whose figures replace the earlier ones)
            # (only that paragraph: the story may go on below it; nor "Its first version said ...": the old figures)
            update_post = _UPDATE_CLOCK.match(sentence.text) is not None
            line_end = text.find("\n", sentence.start)
            update_until = line_end if update_post and line_end >= 0 else len(text)
            clock = _CLOCK.findall(header.group())[-1]
            post_day = _header_day(header.group()) or post_day  # ("4 April, 22:30" ... "5 April, 09:12": the next day)
            minutes = post_day * 1440 + int(clock[0]) * 60 + int(clock[1])
            # ("13.04.2025, 13:40 ... 19:25 As of 19:00: the strike killed 34": a later post of the same day, oldest
            # first, tells the newer count)
            later_post = post_minutes is not None and minutes > post_minutes
            post_minutes = minutes
        if frame.figures and (numbered := _NUMBERED_UPDATE.match(sentence.text)) and any(
                int(n) > int(numbered.group(1)) for n in _NUMBERED_UPDATE_ANY.findall(text, 0, sentence.start)):
            for fm in frame.figures:  # "UPDATE 2 (09:20): ..." below "(UPDATE 3)": an older entry, newest first
                fm.update = False
        elif frame.figures and frames and ((update_post and sentence.start < update_until
                                             and not _OLD_VERSION.search(sentence.text)) or (not frame.dates and (
                "\n" not in text[frames[-1].sentence.end:sentence.start]
                # ("The Air Force has updated its figures. Russia attacked Ukraine with 215 aerial weapons")
                and (any(fm.update for fm in frames[-1].figures) or not frames[-1].figures)
                and _UPDATED_REPORT.search(frames[-1].sentence.text)))):
            for fm in frame.figures:  # "The Air Force has updated the figures: ... Hits were recorded at 19 locations."
                fm.update = fm.update or not fm.sub
        elif frame.figures and later_post:
            for fm in frame.figures:
                fm.update = fm.update or (fm.field in ("killed", "injured") and not fm.sub)
        frames.append(frame)
    if hasattr(G, "mark_local_tolls"):
        G.mark_local_tolls(sentences, [f.figures for f in frames], [f.places for f in frames], text)
    if lang == "en" and ("tanks" in text or "artillery" in text):  # (a cheap test first: most texts list no losses)
        _mark_losses_tallies(frames)
    return frames


# "– 11,036 tanks (+4); – 1,195 air defence systems (+2); – 3,523 cruise missiles;": the General Staff's tally of
# what has been destroyed since the invasion began, not one attack's
_GROUND_LOSSES = re.compile(r"\b(?:tanks|armou?red\s+(?:combat\s+)?vehicles|artillery\s+systems|multiple\s+rocket\s+launchers|"
                            r"warships|special\s+equipment|vehicles\s+and\s+fuel\s+tank\w*)\b", re.I)


def _mark_losses_tallies(frames: list[SentenceFrame]) -> None:
    """A run of list items of which two or more count ground equipment: every count of it is the tally's."""
    for is_item, run in groupby(frames, key=lambda f: bool(_LIST_ITEM.match(f.sentence.text))):
        items = list(run)
        if is_item and sum(bool(_GROUND_LOSSES.search(f.sentence.text)) for f in items) >= 2:
            tallies = items
        else:
            # one sentence of prose listing them: "destroyed 5,407 tanks, 10,099 armoured combat vehicles, 7,658 artillery
            # systems, ... 1,565 cruise missiles"
            tallies = [f for f in items if f.figures and len({m.group().lower() for m in _GROUND_LOSSES.finditer(
                f.sentence.text)}) >= _KINDS_IN_A_TALLY]
        for f in tallies:
            f.not_attack = True
            for fm in f.figures:
                fm.not_attack = True


_KINDS_IN_A_TALLY = 3  # kinds of ground equipment one sentence counts


# "(Reporting by the Kyiv newsroom)", "By Kyiv bureau": who wrote it, from where
_CREDIT_LINE = re.compile(r"\W*(?:reporting|writing|editing|additional\s+reporting|compiled)\s+by\b"
                          r"|\s*by\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:in\s|bureau\b|staff\b|correspondent\b|and\s)", re.I)
# What a publication line holds besides its date: the outlet, the author, the time, "updated".
_BYLINE_REST = re.compile(r"(?:[\s\W\d_]|\b(?:[A-Z][\w.’'-]*|by|updated|published|posted|am|pm|a\.m\.|p\.m\.|"
                          r"local\s+time|kyiv\s+time|min\s+read)\b)*")


def _attack_dates(G: ModuleType, text: str, sentence: Sentence, dates: list[DateMention],
                  dateline: re.Match[str] | None) -> list[DateMention]:
    """The sentence's dates that can date an attack: not when it was reported, a deadline, a death
    or a toll's update, nor the dateline's."""
    reported = [d for d in dates if matches(G.FRAME.reporting, text[sentence.start:d.start],
                                            sentence.low[:d.start - sentence.start])]
    # "went back to work on Friday after one of the heaviest bombardments, a pre-dawn barrage on Thursday": the day of
    # what followed the attack, when the attack's own day is told after it
    reported += [d for d in dates if _AFTER_THE_ATTACK.match(text, d.end) and any(o.start > d.end for o in dates)]
    return [_began_at_night(text, sentence, _night_ending_on_report(text, d, reported)) for d in dates if d not in reported
            and not _BY_WHEN.search(text, max(sentence.start, d.start - 7), d.start)
            # ("By Sunday morning the toll in Dnipro had risen to 20": when the toll was counted)
            and not (_BY_WHEN_OPENS.match(d.text) and _ROSE_AFTER.search(text, d.end, sentence.end))
            and not _TOLD_THEN.match(text, d.end)
            and not _DIED_WHEN.search(text, max(sentence.start, d.start - 40), d.start)
            # ("Rescuers searched through the night and into Sunday": the search went on into that day)
            and not ((d.kind == "night" or text.endswith("into ", 0, d.start))
                     and _WORKED_THROUGH.search(text, max(sentence.start, d.start - 40), d.start))
            and not (_AFTERMATH_WHEN.search(text, max(sentence.start, d.start - 40), d.start) and not _OF_WHEN.match(d.text))
            and not _TOLL_ROSE.search(text, max(sentence.start, d.start - 40), d.start)
            # ("fired nearly 100 missiles on Tuesday, ..., days after another heavy aerial assault on New Year's Eve
            # weekend": the day of the attack before, once the sentence has dated its own)
            and not ((after := _AFTER_AN_EARLIER_ATTACK.search(text, max(sentence.start, d.start - 80), d.start))
                     and any(o.end <= d.start and o.end_date > d.end_date for o in dates)
                     and _WEAPONS_COUNTED.search(text, sentence.start, after.start()))
            and not (dateline and d.start < sentence.start + dateline.end())]


_AFTER_AN_EARLIER_ATTACK = re.compile(r"\b(?:days|hours|weeks|a\s+day|a\s+week|shortly|soon)\s+after\s+(?:another|an?|the|last)\b"
                                      r"[^.;]{0,60}?\b(?:assaults?|attacks?|barrages?|strikes?|raids?|bombardments?)\s+"
                                      r"(?:(?:on|over|during|in|at)\s+(?:the\s+)?)?$", re.I)  # (the date may hold its "on")


def _dates_told_before(frames: list[SentenceFrame]) -> list[DateMention]:
    """The dates of the nearest sentence before that dates something, within the same post (a live
    blog's "14:12" opens a post that may be about another day than the one before it)."""
    for frame in reversed(frames):
        if _POST_HEADER.match(frame.sentence.text):
            return []
        if frame.dates and not frame.past and not _MENU_LINE.search(frame.sentence.text):
            return frame.dates  # (not a ticker's "BREAKING: Parliament session postponed to Thursday")
    return []


def _began_at_night(text: str, sentence: Sentence, d: DateMention) -> DateMention:
    """'The attack began late on Thursday and continued until morning' ('... launched since Wednesday evening'): it
    ended on Friday (on Thursday)."""
    if d.kind == "night":
        return d
    began = _BEGAN_BEFORE.search(text, max(sentence.start, d.start - 30), d.start) is not None
    if (began or d.text[:6].lower() == "since "
            # ("launched 298 drones between Saturday evening and dawn")
            or (_BETWEEN_BEFORE.search(text, max(sentence.start, d.start - 10), d.start) and _AND_DAWN_AFTER.match(text, d.end))) \
            and _LATE_IN_DAY.search(d.text):
        return replace(d, end_date=d.end_date + timedelta(days=1), kind="night")
    if began and _ON_TO_DAWN_AFTER.search(text, d.end, min(sentence.end, d.end + 100)):
        # "the attack, which began on Tuesday afternoon with waves of drones and culminated in a missile barrage at
        # dawn": it ended the next morning
        return replace(d, end_date=d.end_date + timedelta(days=1), kind="night")
    if (_EVENING_FROM_BEFORE.search(text, max(sentence.start, d.start - 30), d.start)
            or _EVENING_FROM_OPENS.match(d.text)
            # "13 on the evening of 31 December, before midnight; 32 after it": the night's first hours
            or (_LATE_IN_DAY.search(text, max(sentence.start, d.start - 20), d.end)
                and _BEFORE_MIDNIGHT_AFTER.match(text, d.end))):
        # "Russia launched 112 drones from 23:00 on Sunday": a night that ended on Monday
        return replace(d, end_date=d.end_date + timedelta(days=1), kind="night")
    return d


_EVENING_FROM = r"(?:from|since|after|starting\s+(?:at|from))\s+(?:1[89]|2[0-3])[:.]\d{2}"  # "from 23:00"
_EVENING_FROM_BEFORE = re.compile(r"\b" + _EVENING_FROM + r"(?:\s+(?:local|kyiv)\s+time)?\s+(?:on\s+)?$", re.I)
_BEFORE_MIDNIGHT_AFTER = re.compile(r"\s*,?\s*(?:just\s+)?before\s+midnight\b", re.I)
_EVENING_FROM_OPENS = re.compile(_EVENING_FROM + r"\b", re.I)


# The head of a post in a channel export or live blog: "[Air Force] 20.07, 11:48", "09:15 Kyiv time", "14:02"
def _header_day(header: str) -> int:
    """month * 31 + day of a post header's date ("13 April 2025, 12:40", "20.07, 14:02"), or 0 when it names none."""
    if (numeric := _NUMERIC_DAY.search(header)) is not None:
        return int(numeric.group(2)) * 31 + int(numeric.group(1))
    if (named := _NAMED_DAY.search(header)) is not None:
        day, month = named.group(1) or named.group(4), (named.group(2) or named.group(3))[:3].lower()
        return _MONTH_ABBREVIATIONS.index(month) * 31 + 31 + int(day)
    return 0


_MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = ("(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[./](\d{1,2})(?:[./]\d{2,4})?\b(?![:.]\d)")
_NAMED_DAY = re.compile(r"\b(?:(\d{1,2})\s+(" + _MONTH_WORD + r")|(" + _MONTH_WORD + r")\s+(\d{1,2})\b)")
# ("[Air Force] 20.07, 14:02", "13 April 2025, 12:40", "April 13, 2025, 17:30 — UPDATE")
# (and "Post of 19:05 (update):")
_POST_HEADER = re.compile(r"\W*(?:\[[^\]\n]{1,40}\]\s*)?(?:(?:[Pp]ost|[Ee]ntry|[Uu]pdated?|UPDATED?)\s+(?:of|at|from)\s+)?"
                          r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+|"
                          r"\d{1,2}\s+" + _MONTH_WORD + r"(?:\s+\d{4})?,?\s+(?:at\s+)?|"
                          + _MONTH_WORD + r"\s+\d{1,2}(?:,?\s+\d{4})?,?\s+(?:at\s+)?)?\d{1,2}:\d{2}\b(?![^\n]{40})")
_LOCAL_LABEL = re.compile(r"\b(?:in|across|for)\s+the\s+(?:city|capital|region|oblast|district|community)\b", re.I)
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_UPDATE_AT = re.compile(r"\W*(?:updated?|correction|corrected)\s*,?\s*(?:at\s+)?[(\[]?\s*\d{1,2}[:.]\d{2}\s*[)\]]?\W*", re.I)
_NUMBERED_UPDATE = re.compile(r"\W*update\s+(\d{1,2})\b", re.I)
_NUMBERED_UPDATE_ANY = re.compile(r"\bupdate\s+(\d{1,2})\b", re.I)
_UPDATE_CLOCK = re.compile(r"\W*update[sd]?\s*,?\s*(?:at\s+)?\(?\d{1,2}:\d{2}\)?\s*[:.—–-]", re.I)  # "UPDATE 18:40: The toll ..."
_CLOCK_OPENS = re.compile(r"\W*\d{1,2}[:.]\d{2}\b")
_CLOCK_ENTRY = re.compile(r"\W*\d{1,2}:\d{2}\s")  # (a colon: "12.75 million" is no time)
_CLOCK_UPDATE = re.compile(r"\W*\d{1,2}[:.]\d{2}\s*(?:[—–-]+|:)\s*(?:update[sd]?|correction)\b(?!\s+(?:from|on|of)\b)", re.I)
# ("Earlier this morning the Air Force had said 56 drones were involved": what the update replaced)
_OLD_VERSION = re.compile(r"\b(?:first|earlier|original|previous|initial)\s+version\b|\b(?:initially|originally|previously)\b"
                          r"|\b(?:earlier|at\s+first)\b[^.;]{0,40}?\bhad\s+(?:said|reported|stated|announced|put|given)\b"
                          r"|\bhad\s+(?:earlier|first)\s+(?:said|reported|stated|announced|put|given)\b", re.I)
_UPDATE_HEADER = re.compile(r"\W*(?:updated?|correction|corrected)\b", re.I)
_UPDATED_REPORT = re.compile(r"\b(?:updated|revised|corrected)\s+(?:the\s+|its\s+|their\s+)?(?:morning\s+|earlier\s+|"
                             r"preliminary\s+|initial\s+)?(?:figures|data|numbers|information|report|statement)\b",
                             re.I)
_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|starting|beginning|commenced)\s+(?:\w+\s+){0,3}$", re.I)
_LATE_IN_DAY = re.compile(r"\b(?:late|evening|night)\b", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_ON_TO_DAWN_AFTER = re.compile(r"\b(?:continued|lasted|went\s+on|culminated|ended|peaked)\b[^.;]{0,50}?"
                               r"\b(?:until|till|into|through|at|by|before)\s+(?:the\s+)?(?:next\s+)?"
                               r"(?:dawn|daybreak|sunrise|(?:early\s+)?morning|night)\b", re.I)
_AND_DAWN_AFTER = re.compile(r"\s+and\s+(?:dawn|daybreak|(?:the\s+)?(?:early\s+)?morning)\b", re.I)


def _is_byline(text: str, sentence: Sentence, dates: list[DateMention]) -> bool:
    """Is the sentence a line of its own holding only a date with the outlet, author or time?"""
    if len(sentence.text) > 100 or not (sentence.start == 0 or text[sentence.start - 1] == "\n") \
            or not text.startswith("\n", sentence.end) and sentence.end < len(text):
        return False
    rest = text[sentence.start:sentence.end]
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[:d.start - sentence.start] + " " + rest[d.end - sentence.start:]
    return _BYLINE_REST.fullmatch(rest) is not None


def _own_side(text: str, frames: list[SentenceFrame], attacker: str, target: str, lang: str) -> list[SentenceFrame]:
    """The frames without the other side's attack: "Russia meanwhile attacked Ukraine with 87 drones.
    Of them, 62 were shot down" in a story of Ukrainian drones over Russia (the "Of them" sentence too,
    and "Hits were recorded at 11 locations" after it in the same paragraph, naming no side)."""
    kept: list[SentenceFrame] = []
    other, previous = False, None
    for f in frames:
        if f.figures:
            other = direction_mod.reversed_in(direction_mod.figures_clause(f), attacker, target, lang) or (
                other and (bool(_OF_THOSE_OPENS.match(f.sentence.low)) or (
                    lang == "en" and previous is not None and "\n" not in text[previous.sentence.end:f.sentence.start]
                    and not _NAMES_A_SIDE.search(f.sentence.text))))
            previous = f
            if other:
                continue
        kept.append(f)
    return kept


_NAMES_A_SIDE = re.compile(r"\b(?:Russia|Russian|Russians|Moscow|Kremlin|Ukraine|Ukrainian|Ukrainians|Kyiv|Kiev|enemy|"
                           r"Iran|Iranian|Israel|Israeli)\b", re.I)


def _revised(G: ModuleType, text: str, sentence: Sentence, numbers: list, figures: list[FigureMention],
             last: FigureMention) -> list[FigureMention]:
    """'it raised that figure to 61': the last figure stated, updated."""
    out = []
    for n in numbers:
        if any(fm.start <= n.start < fm.end for fm in figures) \
                or (revised := G.REVISED_TO.search(text, sentence.start, n.start)) is None:
            continue
        if revised.groupdict().get("kind") and last.key != revised.group("kind").lower() + "s":
            continue  # ("raised the missile count to 67" after a count of drones: not that one)
        if sentence.index - last.sentence > 2 and _COUNTED_NOUN_AFTER.match(text, n.end):
            continue  # ("... prisoner swap, exchanging 303 soldiers each, bringing the total to 1,000 a side": another count)
        out.append(replace(last, value=n.value, qualifier=n.qualifier, start=n.start, end=n.end,
                           sentence=sentence.index, update=True, places=()))
    return out


_COUNTED_NOUN_AFTER = re.compile(r"\s+(?:a\s+side|each|soldiers|prisoners|people|captives|servicemen|troops|pows)\b", re.I)
# "The missiles, identified by the air force as Iskander-M, ...", "which it identified as an Iskander-M".
_IDENTIFIED_AS = re.compile(r"(?:\b(?:identified|described|confirmed|named)\b(?:\s+[\w'’]+){0,5}?\s+as"
                            # "it said the five missiles were Iskander-M", "all of them were Kalibrs"
                            # ("According to preliminary information, these were Iskander-M missiles")
                            r"|(?<!\bof\s)\b(?:the\s+(?:[\w-]+\s+){0,2}?(?:missiles|drones|uavs|weapons)|all\s+of\s+them|"
                            r"they|both|these|those)\s+(?:were|was)(?:\s+all)?"
                            # "All of the missiles were Kh-101 cruise missiles", "All 26 missiles were Kh-101s", "Both ballistic
                            # missiles were of the Iskander-M type"
                            r"|\b(?:all|both)\s+(?:of\s+the\s+|the\s+)?(?:[\d,]+\s+)?(?:[\w-]+\s+)?(?:missiles|drones|uavs)"
                            r"\s+(?:were|was)"
                            # "the enemy struck Kryvyi Rih with a missile. According to preliminary data, it was one
                            # Iskander-M ballistic missile"
                            r"|\bit\s+was(?=\s+one\s+$)"
                            # "shot down 36 of the missiles, which were air-launched Kh-101/Kh-555 cruise missiles", "...,
                            # which the air force said were Kh-101 and Kh-555 types"
                            r"|\b(?:missiles|drones|uavs),\s+which\s+(?:(?:the\s+)?[\w\s]{0,30}?\s+(?:said|says)\s+)?(?:were|was)"
                            r"(?:\s+all)?(?:\s+(?:air|sea|ground)-launched)?)"
                            r"\s+(?:an?\s+|the\s+|of\s+the\s+|one\s+)?$", re.I)


def _identified_models(text: str, sentence: Sentence, weapons: list) -> list[tuple[str, str]]:
    """Models the sentence says this attack's weapons were, without a count of their own."""
    found: list[tuple[str, str]] = []
    for w in weapons:
        # (the models after the first are of the same list: "Among the missiles were Kh-101 cruise missiles launched
        # from strategic bombers and Iskander-M ballistic missiles")
        if w.model and w.weapon_class in _CLASS_KEYS and (
                found or _IDENTIFIED_AS.search(text, max(sentence.start, w.start - 80), w.start)
                # "The occupiers struck Kharkiv with S-300 missiles. ... up to four missiles were fired" (but "attacked
                # Sumy region with Shahed-type drones" names a region's drones, not the night's)
                or (w.weapon_class == "missile" and STRUCK_WITH.search(text, max(sentence.start, w.start - 80), w.start))
                # "the city was struck with Iskander-M missiles", "was hit by Iskander-M missiles"
                or (w.weapon_class == "missile" and _STRUCK_BY_BEFORE.search(text, max(sentence.start, w.start - 30), w.start))
                # "The Kh-101 and Kh-555 missiles were fired from Tu-95 bombers": the missiles already counted
                or (w.weapon_class == "missile" and _THE_OPENS.fullmatch(text, sentence.start, w.start)
                    and _WERE_FIRED_AFTER.match(text, w.end))):
            found.append((w.weapon_class, w.model))
    return found


_THE_OPENS = re.compile(r"\W*the\s+", re.I)
_STRUCK_BY_BEFORE = re.compile(r"\b(?:was|were)\s+(?:struck|hit|attacked|targeted)\s+(?:with|by)\s+$", re.I)
_WERE_FIRED_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[\w/-]+)?(?:\s+(?:cruise|ballistic|guided|air-launched|sea-launched)\s+missiles|"
                               r"\s+missiles)?\s+(?:were|had\s+been)\s+(?:all\s+)?(?:fired|launched)\b", re.I)


_BULLET = re.compile(r"[\s\-–—•*·●▪■◦○‣➖+]*")
_ITEM_TAIL = re.compile(r"[\s\"'«»“”„()/\w.-]{0,24}[;,.]?\s*")
_CLASS_KEYS = {"drone": "drones", "missile": "missiles"}


def _numberless_item(text: str, sentence: Sentence, weapons: list, opener: _ListOpener) -> list[FigureMention]:
    """'ЗНИЩЕНО:' then '- БПЛА «Орлан-10»': a list item naming one weapon and no number counts one."""
    w = weapons[0]
    if w.weapon_class not in _CLASS_KEYS or w.plural or not _BULLET.fullmatch(text, sentence.start, w.start) \
            or not _ITEM_TAIL.fullmatch(text, w.end, sentence.end):
        return []
    outcome = opener.outcome()
    if outcome not in ("launched", "destroyed", "suppressed", "neutralized", "hits"):
        return []
    return [FigureMention(outcome, _CLASS_KEYS[w.weapon_class], 1, "exact", w.start, w.end, sentence.index,
                          model=w.model, subclass=w.subclass)]


def _tag_time_and_kind(G: ModuleType, text: str, frame: SentenceFrame) -> None:
    """Past (history, running totals) and not-an-attack (plans, production, aid) markers."""
    sentence, low = frame.sentence, frame.sentence.low
    frame.past = _past(G, sentence) and _past_before(G, frame)
    after = _DAYS_AFTER.search(low) if frame.figures and _may_say_days_after(low) else None
    # ("A day after the massive strike on the grid, Russian forces attacked again, firing 10 missiles": a fronted
    # "after" clause ends where the main clause's subject comes; what follows is this attack's)
    main = _MAIN_AFTER_FRONTED.search(low, after.end()) if after is not None and after.start() < 3 else None
    for fm in frame.figures:
        # "two days after Russia launched 479 drones": what follows is the earlier attack's.
        # (but not "less than a day after a daytime wave, in an onslaught that killed at least 12": back to this one)
        fm.earlier = fm.earlier or (bool(after) and fm.start - sentence.start >= after.end()
                                    and not (main is not None and fm.start - sentence.start >= main.end())
                                    and not _BACK_TO_THIS.search(text, sentence.start + after.end(), fm.start))
    frame.not_attack = _says(G.FRAME.not_attack, sentence)
    if frame.figures and _counts_no_attack(text, low, frame.figures, sentence.start):
        frame.not_attack = True
        for fm in frame.figures:
            fm.not_attack = True
        return
    if not frame.not_attack:
        return
    for fm in frame.figures:
        # "..., as Moscow expanded production": a trailing clause does not unmake the figure.
        # ("15,947 drones took to the sky above the river during the fireworks festival": its own clause does)
        clause = _CLAUSE_BREAK.search(text, fm.end, sentence.end)
        limit = min(sentence.end, max(fm.end + 25, clause.start() if clause else sentence.end)) - sentence.start
        # (and a clause before it does not either: "stayed above 5,000 a month ..., and December closed the year
        # with 5,131 drones")
        # (but a list runs on: "pledged four more systems, to be delivered by 2027, and 300 missiles")
        at = fm.start - sentence.start
        begin = max([0] + [m.end() for m in _AND_CLAUSE.finditer(sentence.text, 0, at)
                           if not (_LIST_GOES_ON.fullmatch(sentence.text, m.end(), at)
                                   and _NO_VERB_AFTER.match(text, fm.end, sentence.end))]
                    # ("Israel promised to retaliate after the Islamic Republic fired about 180 ballistic missiles": the
                    # promise is not the attack's clause)
                    + [m.start(1) for m in _ATTACK_CLAUSE_OPENS.finditer(sentence.text, 0, at)])
        fm.not_attack = bool(search_lower(G.FRAME.not_attack, sentence.text[begin:limit], low[begin:limit]))


def _counts_no_attack(text: str, low: str, figures: list[FigureMention], start: int) -> bool:
    """Is every count of the sentence no attack's? The General Staff's day of the ground war ("The occupiers dropped 51
    guided aerial bombs on the positions of Ukrainian troops ... and used 704 kamikaze drones against them"), a week's
    tally ("shot down 11 bombs, 4 missiles and 1,432 drones during the week"), two waves together ("almost 950 drones
    in less than 24 hours")."""
    if "kamikaze" in low and _FRONT_LINE_DAY.search(low):
        return True
    if ("week" in low or " days" in low or " nights" in low or " months" in low) \
            and (tally := _A_WEEKS_TALLY.search(low)) and not _NTH_IN.search(low, 0, tally.start()) \
            and not _AFTER_CLAUSE.search(low, max(fm.end for fm in figures) - start, tally.start()):
        # (not "the second huge barrage in five days": which one, counted among others; nor "... overnight, hours after
        # Putin said he would stop targeting energy for 30 days": the days of a clause after the counts)
        return True
    if "week" in low and (week := _BARE_WEEK.search(low)) and not _EVENT_BEFORE.search(low, 0, week.start()) \
            and not _SUPERLATIVE_THIS.search(low) and not _A_DAY_NAMED.search(low):
        return True  # "Russia used more than 1,300 attack drones against Ukraine this week"
    if "week" in low and _WEEK_AS_SUBJECT.match(low) and not _A_DAY_NAMED.search(low):
        return True  # "The busiest week, from Nov. 24 to Nov. 30, saw more than 1,400 drones launched"
    return " hours" in low and any(_WITHIN_HOURS.match(text, fm.end) for fm in figures)


_AFTER_CLAUSE = re.compile(r"\b(?:after|following|before)\s")
# a week that is the sentence's subject, its count the week's
_WEEK_AS_SUBJECT = re.compile(r"\W*(?:the|that|this|its)\s+(?:[\w-]+\s+){0,2}?week(?:\s+of\s+[\w.]+(?:\s+\d+)?)?\s*"
                              r"(?:,[^,]{1,40},\s*)?(?:saw|brought|had|counted|recorded|included|was|ended)\b")
_FRONT_LINE_DAY = re.compile(r"\b(?:positions|front[\s-]line|guided\s+(?:aerial\s+)?bombs|shellings?|combat\s+engagements)\b")
_CLAUSE_BREAK = re.compile(r"[,;:(—–]|\s--?\s|\s(?:in\s+what|which|who|where|as|while|after|when|because|though)\s")
_A_WEEKS_TALLY = re.compile(r"\b(?:during|over|in|for|throughout)\s+(?:the\s+course\s+of\s+)?(?:(?:a|one)\s+(?:single\s+)?week\b|(?:the|this|that|last|past)\s+(?:past\s+|last\s+|first\s+|previous\s+)?"
                            r"(?:week|weekend(?!\s+(?:explosions?|blasts?|attacks?|strikes?|bombings?|raids?|incidents?|assaults?|drones?|missiles?)\b)|"
                            r"(?:two|three|four|five|six|seven|several|few|\d+)\s+(?:days|nights|months))|"
                            r"(?:two|three|four|five|six|seven|several|\d+)\s+(?:days|nights))\b"  # ("Over three days, ...")
                            # ("the last week of May": a week's count too)
                            r"(?!\s+(?:of(?!\s+(?:the\s+year|january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b)|before|after)\b)")
# "Russia used more than 1,300 attack drones against Ukraine this week": the week's count (not "the largest
# attack this week", "for the second time this week")
_BARE_WEEK = re.compile(r"\b(?:this|last|past)\s+week\b(?!\s+(?:of|before|after)\b|['’]s)")
# ("Russia launched 80 drones overnight, up from 40 last week": the night's count, and another's)
_A_DAY_NAMED = re.compile(r"\b(?:overnight|night|tonight|morning|evening|afternoon|today|yesterday|(?:mon|tues|wednes|thurs|fri|"
                          r"satur|sun)day)\b")
_EVENT_BEFORE = re.compile(r"\b(?:attacks?|strikes?|barrages?|assaults?|raids?|waves?|times?|night|once|twice|again|"
                           r"record|ever|since|than|earlier|until|announced|said|reported|told|wrote|noted|added)\s+$")
_NTH_IN = re.compile(r"\b(?:second|third|fourth|fifth|sixth|another|latest)\s+(?:[\w-]+\s+){0,6}$")
# "In total, almost 950 drones were launched at Ukraine in less than 24 hours": two waves together
# (not "..., the second mass strike on the country in less than 24 hours")
_WITHIN_HOURS = re.compile(r"[^,;.]{0,60}?\b(?:in|within)\s+(?:less\s+than|under|fewer\s+than)\s+"
                           r"(?:24|48|twenty-four|forty-eight)\s+hours\b", re.I)
_MAIN_AFTER_FRONTED = re.compile(r",\s+(?:russia|russian\s+(?:forces|troops|invaders)|moscow|the\s+enemy|the\s+russians|"
                                 r"the\s+occupiers|it|they)\s+(?:\w+\s+)?(?:attacked|struck|launched|fired|sent|hit|pounded|"
                                 r"targeted|unleashed|bombarded)\b")
_BACK_TO_THIS = re.compile(r",\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:onslaught|attack|assault|barrage|strike|raid|bombardment)\s+"
                           r"(?:that|which)\b", re.I)
_OVER_THE_YEAR = re.compile(r"\b(?:over|during|throughout|across|in)\s+(?:the|that)\s+(?:whole\s+|entire\s+|same\s+)?year\b"
                            r"|\b(?:за|протягом|упродовж)\s+(?:цілий\s+|весь\s+)?рік\b", re.I)
_ALSO_OPENS = re.compile(r"\s*(?:it|they|russia|moscow|(?:he|she)\s+said\s+(?:that\s+)?(?:russia|moscow|it))\s+"
                         r"(?:had\s+|has\s+)?also\b")
# An Air Force post's verbless header: "⚔️ Night of October 18 (from 20:00 on 17.10): 135 Shahed attack UAVs from Kursk"
# ("Night of 28 February (from 18:00 on 27 February): 1 Iskander-M ballistic missile (Voronezh region, RF) and 105 ...")
_NIGHT_COUNT_LINE = re.compile(r"\W*(?:on\s+)?(?:the\s+)?night\s+of\s+[^\n]{3,60}?:\s+(?:\d[\d,]*|[a-z-]+)\s[^.;:]*?"
                               r"\b(?:from|uavs?|drones|missiles?|shaheds?)\b",
                               re.I)
_FATE_WORD = re.compile(r"\b(?:shot|down\w*|destroy\w*|lost|suppress\w*|intercept\w*|hit|struck|neutrali[sz]\w*|"
                        r"launch\w*|attack(?:ed|s)|fired|used|recorded|detected)\b")
_MONTH_LINE = re.compile(r"[\s\-–—•*·●▪■]*")
_SLASHED_COLUMNS = re.compile(r"\b(drones?|missiles?|uavs?)\s*/\s*(drones?|missiles?|uavs?)\b", re.I)
_COLUMN_KEY = {"drone": "drones", "uav": "drones", "missile": "missiles"}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
_PART_OF_THE_CLASS = re.compile(r"\d[\d,]*\s+of\s+the\s+(?:drones|missiles|uavs|shaheds)", re.I)
_MONTH_ROW = re.compile(rf"[\s\-–—•*·●▪■]*({'|'.join(_MONTH_NAMES)})(?:\s+(\d{{4}}))?\s*[—–:-]\s*[\d,]+(?:\s*/\s*[\d,]+)+\s*[.;]?\s*",
                        re.I)
_COUNT_ITEM = (r"(?:(?:almost|nearly|about|around|over|more\s+than|some|roughly)\s+)?[\d,]+\s+"
               r"(?:(?!(?:of|were|was|are|is|had|have|been)\b)[\w-]+\s+){0,3}?(?:drones?|missiles?|uavs?|shaheds?|rockets?)")
_WEAPONS_COUNTED = re.compile(_COUNT_ITEM, re.I)  # ("fired nearly 100 missiles"): a clause that counted weapons
# ("In total — 122 missiles and 36 attack drones.": two counts, no verb)
_COUNT_FRAGMENT = re.compile(r"\s*(?:and\s+|plus\s+|(?:in\s+total|altogether|overall|total)\s*[,:—–-]?\s*)?"
                             + _COUNT_ITEM + r"(?:\s*(?:,|and|,\s*and)\s+" + _COUNT_ITEM + r")?[.!]?\s*")
def _whole_named(low: str, frames: list[SentenceFrame], before: FigureMention) -> FigureMention:
    """The count "Of the missiles, ..." goes back to: the last of that class in the sentence before ("552 drones and 31
    missiles had been shot down"), else the figure just before."""
    if (named := _OF_THE_CLASS_OPENS.match(low)) is None:
        return before
    told = next((f.figures for f in reversed(frames) if f.figures), [])
    return next((fm for fm in reversed(told) if fm.key == named.group(1)), before)


_OF_THE_CLASS_OPENS = re.compile(r"\s*(?:of|out\s+of|among)\s+the\s+(drones|missiles)\s*,")
def _parts_of_those(text: str, figures: list[FigureMention]) -> bool:
    """Are a sentence's counts all parts, one of them of "those" counted before ("37 of those missiles")?"""
    return bool(figures) and all(fm.sub for fm in figures) and any(_OF_THOSE_PART.match(text, fm.start) for fm in figures)


_OF_THOSE_PART = re.compile(r"[\w,]+\s+of\s+(?:those|these|them)\b", re.I)
# ("Of them, 211 were shot down"; with a colon too: "Of them: all 18 missiles (6 Kinzhal, ...) and all six Shaheds")
_OF_THOSE_OPENS = re.compile(r"\s*(?:(?:of|out\s+of|among)\s+(?:those|them|these|which|the\s+(?:drones|missiles))\s*[,:]|(?:they|these|those)\s+included\b"
                             # "Two of them were downed over Mykolaiv Oblast": a part of the count before
                             r"|(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)"
                             r"\s+of\s+(?:them|these|those)\s+"
                             r"(?:were|was)\s+(?:\w+\s+)?(?:downed|shot|destroyed|intercepted|lost|jammed|suppressed)\b"
                             # "About 80 of them were Shaheds": what a part of the count before was
                             r"|(?:about|around|nearly|almost|roughly|some|over|more\s+than)\s+\d[\d,]*\s+of\s+"
                             r"(?:them|these|those)\s+(?:were|are)\s+(?:[\w-]+\s+){0,2}?(?:shahed|geran|drone|missile|uav)"
                             r"|among\s+(?:them|these|those|the\s+(?:drones|missiles))\s+(?:were|was)\b|the\s+(?:remaining|other|rest)\b"
                             # "76 missiles\nof which 72 Kh-101 ..., 2 Kh-59 ...": a line that breaks down the one before
                             r"|(?:of|out\s+of)\s+(?:which|them|these)\s+(?=\d)"
                             # "Of last year's total, 1,267 were cruise missiles": parts of the total before
                             r"|of\s+(?:the|that|this|last\s+(?:year|month)(?:'s|’s)|the\s+(?:year|month)(?:'s|’s))\s+"
                             r"(?:\w+\s+)?(?:total|figure|number|tally|count)\s*,)")
# "Shot down:\n60 missiles": under a label, a line that is a count of weapons is an item of it
_COUNT_LINE = re.compile(r"\s*\d[\d,.\s]*\s+[^\d\s]")


def _dateline_day(G: ModuleType, text: str, sentences: list[Sentence], published: date | None,
                  lang: str) -> date | None:
    """'KYIV, Aug 24 (Reuters) -': the story's own day, the reference for 'overnight' in it.

    Used when it is at most a week before `published` (a page updated or re-posted later)."""
    if published is None:
        return None
    for sentence in sentences[:4]:
        m = G.FRAME.dateline.match(sentence.text)
        if not m:
            continue
        days = [d.end_date for d in find_dates(sentence.text[:m.end()], published, lang) if d.kind == "explicit"]
        if days and 0 < (published - days[0]).days <= 7:
            return days[0]
    return None


# "overnight", "during the night": relative to the day the news was told, when the sentence says it
_RELATIVE_NIGHT = re.compile(r"(?:overnight|during\s+the\s+night|through(?:out)?\s+the\s+night|in\s+the\s+(?:early|small)"
                             r"\s+hours|night-?time|вночі|уночі|цієї\s+ночі|минулої\s+ночі)", re.I)


def _night_ending_on_report(text: str, mention: DateMention, reported: list[DateMention]) -> DateMention:
    """'attacked with 90 drones during the night, the air force said on Monday': the night ended on Monday."""
    days = [d for d in reported if d.kind == "day"]
    if not days or mention.kind != "night" or not _RELATIVE_NIGHT.fullmatch(mention.text):
        return mention
    return replace(mention, end_date=days[0].end_date)


_THAT_TIME = re.compile(r"\bthat\s+(?:evening|night|morning|afternoon|day)\b|\bтого\s+(?:ж\s+)?(?:вечора|дня|ранку)\b|"
                        r"\bтієї\s+(?:ж\s+)?ночі\b")
_THE_STRIKE_KILLED = re.compile(r"\bthe\s+(?:strike|attack|barrage|bombardment|missile\s+strike)\s+(?:had\s+|has\s+)?"
                                r"(?:killed|wounded|injured|left|claimed)\b"
                                # "On Saturday morning, Lysak said the toll had risen to 19": when it was told
                                r"|\b(?:death\s+)?toll\s+(?:had\s+|has\s+)?(?:rose|risen|climbed|increased|jumped|grew|reached)\b")
# "By Tuesday night, officials said 11 had been killed": a deadline; "As of this morning, two people have been killed"
_BY = r"(?:by|as\s+of)"  # "by Sunday morning", "as of 08:00": until when a count was told
_BY_WHEN = re.compile(r"\b" + _BY + r"\s+$", re.I)
_BY_WHEN_OPENS = re.compile(_BY + r"\s", re.I)
_ROSE_AFTER = re.compile(r"\b(?:had|has)\s+(?:risen|climbed|grown)\b|\brose\s+to\b", re.I)
# "The number of injured has risen to 12 — last night we reported nine": when an older count was told
_TOLD_THEN = re.compile(r"\s+(?:we|they|officials|authorities|he|she)\s+(?:had\s+)?(?:reported|said|announced|counted)\b"
                        # ("On Wednesday, the Ukrainian air force updated the count: Russia had launched 96 missiles")
                        r"|,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:air\s+force|military|officials|authorities)\s+"
                        r"(?:updated|revised|corrected)\b", re.I)
# "the toll rose to 14 on Thursday": when the count was updated, not when the attack was
_TOLL_ROSE = re.compile(r"\b(?:rose|risen|rises|climbed|reached|increased|jumped|grew|зросла|зріс|збільшилася)\s+"
                        r"(?:to|до)\s+[\w,]+(?:\s+people)?\s+$", re.I)
# "after a wounded man died in hospital overnight": when a victim died, not when the attack was.
# "Funerals began in Kyiv on Wednesday for victims of ... an attack early on Tuesday": the day of the mourning
# (not "mourns as death toll from Wednesday's strike climbs": the strike's day)
_AFTER_THE_ATTACK = re.compile(r"\s+(?:after|following)\s+(?:one\s+of\s+)?(?:the|a|an|its|russia['’]s)\s+(?:[\w-]+\s+){0,4}?"
                               r"(?:attacks?|barrages?|bombardments?|strikes?|assaults?|raids?|salvos?)\b"
                               # ("worked to restore electricity on Wednesday after Russia fired a wave of missiles ... on Tuesday")
                               r"|\s+after\s+(?:russia|moscow|russian\s+forces|the\s+enemy)\s+(?:had\s+)?(?:fired|launched|attacked|"
                               r"struck|pounded|hit|targeted|sent)\b", re.I)
_AFTERMATH_WHEN = re.compile(r"\b(?:funerals?|burials?|memorials?|vigils?|mourn\w*|buried|laid\s+to\s+rest|farewell)\b"
                             r"(?:(?!\b(?:from|of|after|since|for|by)\b)[^,;.])*$", re.I)
_OF_WHEN = re.compile(r"(?:from|of|after|since|for)\b", re.I)
# "Rescuers searched through the night for survivors": the night after the strike, not the attack's
# ("Ukrainian engineers worked through the night to reconnect homes")
_WORKED_THROUGH = re.compile(r"\b(?:searched|dug|combed|sifted|"
                             r"(?:engineers|crews|rescuers|workers|firefighters)\s+(?:\w+\s+)?worked)\b[^,;.]*$", re.I)
_DIED_WHEN = re.compile(r"\b(?:died|succumbed|passed\s+away|помер|померла|померли)\b[^,;.]*$", re.I)
_DAYS_AFTER = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d+)\s+"
                         r"(?:days?|nights?|weeks?)\s+after\b"
                         # "hours after a night-time barrage": another attack; "hours after the barrage" is this one
                         r"|\bhours\s+after\s+(?:a|an|another)\b"
                         # "The daytime wave followed an overnight barrage in which Russia launched 392 drones"
                         r"|\b(?:followed|preceded|came\s+after)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:barrage|attack|assault|"
                         r"wave|raid|strikes?|onslaught|bombardment)\s+in\s+which\b"
                         # "before the daytime wave began, Russia had already launched 392 drones"
                         r"|\bhad\s+already\s+(?:launched|fired|sent|used|attacked)\b"
                         # "Overnight, before the Sumy strike, Russia had also launched 55 drones": the night before it
                         r"|\bbefore\s+the\s+(?:[\w-]+\s+){0,2}(?:strike|attack|barrage|assault|wave)\b[^.;]{0,40}?\bhad\s+(?:also\s+)?"
                         r"(?:launched|fired|sent|used|attacked)\b"
                         r"|\bчерез\s+(?:день|добу|\d+\s+дн\w*|два\s+дні|кілька\s+днів)\s+після\b")


def _past_before(G: ModuleType, frame: SentenceFrame) -> bool:
    """Is the history marker in the figures' clauses? '267 drones ..., as the country prepared to mark three
    years since the invasion': a clause after the figures does not make them history."""
    if not frame.figures:
        return True
    sentence = frame.sentence
    last = max(fm.end for fm in frame.figures) - sentence.start
    brk = _AFTER_FIGURES.search(sentence.text, last)
    if brk is None:
        return True
    head = sentence.text[:brk.start()]
    return bool(search_lower(G.FRAME.past, head, head.lower()) or (
        search_lower(G.FRAME.cumulative, head, head.lower()) and not search_lower(G.FRAME.superlative_since, head, head.lower())))


_AFTER_FIGURES = re.compile(r",\s+(?:as|while|when|after|before|ahead\s+of|amid|hours?|weeks?|days?|months?|years?|calling|"
                            r"(?:a|one|two|three)\s+(?:days?|weeks?)\s+(?:before|after)|"
                            r"describing|in\s+what|which|saying|adding|[a-z]+ing)\b|;|\s[—–]\s")  # (", continuing a wave ... since")


def _may_say_days_after(low: str) -> bool:
    """False when _DAYS_AFTER cannot match `low`: each of its matches contains "after", "already", "followed",
    "preceded", "before" or "через" (it has no IGNORECASE), and a substring test is much faster than a pattern opening with \\b."""
    return "after" in low or "already" in low or "через" in low or "followed" in low or "preceded" in low or "before" in low


def _past(G: ModuleType, sentence: Sentence) -> bool:
    if _says(G.FRAME.past, sentence) and not (
            _SUPERLATIVE_THIS.search(sentence.text) and not search_lower(G.FRAME.past, *_without_superlative(sentence))):
        return True
    return _says(G.FRAME.cumulative, sentence) and not _says(G.FRAME.superlative_since, sentence)


# "in one of the largest Ukrainian attacks on the region this year", "its second mass attack this week": a claim
# about this attack, not history
# ("one of the most damaging salvos since the conflict began six days earlier": the same)
_SUPERLATIVE_THIS = re.compile(r"\b(?:largest|biggest|heaviest|" + HIGHEST + r"|deadliest|most\s+\w+|worst|second|third|"
                               r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\d+(?:st|nd|rd|th))\b"
                               r"[^.;]{0,60}?(?:\bthis\s+(?:week|month|year)\b|"
                               r"\bsince\s+(?:last\s+(?:week|month|year|summer|winter|spring|autumn|fall)\b|(?:19|20)\d\d\b|(?:january|february|march|"
                               r"april|may|june|july|august|september|october|november|december)\b)|"
                               # ("the largest single aerial assault since the start of the full-scale war in 2022")
                               r"\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+|russia['’]s\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:war|invasion)(?:\s+in\s+(?:19|20)\d\d)?|"
                               r"\bsince\s+[^.;]{0,40}?\b(?:began|started)(?:\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
                               r"several|few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|ago|before))?)"
                               # "in the first large-scale barrage in three weeks", "the biggest attack in months"
                               r"|\b(?:first|largest|biggest|heaviest|deadliest|worst)\b[^.;]{0,40}?\bin\s+(?:(?:a|one|two|three|four|"
                               r"five|six|seven|eight|nine|ten|several|many|\d+|more\s+than\s+(?:a|one|two|three|\d+))\s+)?"
                               r"(?:days|weeks|months|years)\b", re.I)


def _without_superlative(sentence: Sentence) -> tuple[str, str]:
    text = _SUPERLATIVE_THIS.sub(lambda m: " " * len(m.group()), sentence.text)
    return text, text.lower()


def _says(pattern: re.Pattern[str], sentence: Sentence) -> bool:
    """Does the sentence match a frame pattern? Remembered on the sentence: several stages ask."""
    memo = sentence.__dict__.get("_says")
    if memo is None:  # (not setdefault: that builds a new dict on every call)
        memo = sentence.__dict__["_says"] = {}
    key = id(pattern)  # a compiled pattern hashes its whole program: the id is enough here
    if key not in memo:
        memo[key] = search_lower(pattern, sentence.text, sentence.low) is not None
    return memo[key]


class _ListOpener:
    """The outcome a list's items inherit: the last cue of the line that opened the list.

    A line ending in ':' opens a list (keeping the previous opener when it has no cue
    of its own, as in "In particular:"); any other line that is not an item replaces
    it. Cues are only looked up when an item needs them.
    """

    def __init__(self, G: ModuleType) -> None:
        self.G = G
        self.lines: list[Sentence] = []
        self.figures: dict[int, list[FigureMention]] = {}  # each opening line's own figures

    def advance(self, sentence: Sentence, is_item: bool, figures: list[FigureMention]) -> None:
        if is_item:
            return
        self.figures[sentence.index] = figures
        if sentence.text.rstrip().endswith(":") and self.lines and self.lines[-1].text.rstrip().endswith(":"):
            self.lines.append(sentence)
        elif sentence.text.rstrip().endswith(":"):
            self.lines = self.lines[-1:] + [sentence]
        else:
            self.lines = [sentence]

    def is_open(self) -> bool:
        if not self.lines:
            return False
        last = self.lines[-1].text.rstrip()
        # ("What the enemy used" above "430 attack drones ...;" lines: a heading with a cue opens a list too)
        return last.endswith(":") or (len(last.split()) <= 8 and last[-1:].isalpha() and self.outcome() is not None)

    def outcome(self, item_class: str | None = None) -> str | None:
        if self.lines and _BREAKDOWN_LABEL.search(self.lines[-1].text) and not self.G.find_cues(self.lines[-1].text):
            return "launched"  # "The missile breakdown, according to the Air Force:": what came, by kind
        for sentence in reversed(self.lines):
            # "launched (shot down):" - the rows' numbers are launched, the bracketed ones shot down
            cues = [c for c in self.G.find_cues(sentence.text) if c.outcome in self.G.WEAPON_OUTCOMES
                    and not _IN_BRACKETS.search(sentence.text, 0, c.start)]
            if len(cues) > 1 and _A_TOTAL_OF.fullmatch(sentence.text, cues[-2].end, cues[-1].end):
                return cues[-2].outcome  # "air defence shot down a total of 208 air targets:"
            if len(cues) > 1 and (own := self._class_field(sentence, item_class)) is not None:
                return own  # "shot down 38 missiles and shot down/suppressed 412 UAVs:" - a missile row's fate
            if cues:
                return cues[-1].outcome
        return None

    def _class_field(self, sentence: Sentence, item_class: str | None) -> str | None:
        """The one fate the opening line gave the item's class ("38 missiles were shot down"), if it gave the
        classes different ones."""
        key = _CLASS_KEYS.get(item_class or "")
        counts = [fm for fm in self.figures.get(sentence.index, [])
                  if fm.field in self.G.WEAPON_OUTCOMES and fm.key in _CLASS_KEYS.values()]
        own = {fm.field for fm in counts if fm.key == key}
        return own.pop() if key and len({fm.field for fm in counts}) > 1 and len(own) == 1 else None


_A_TOTAL_OF = re.compile(r"\s+(?:a\s+)?total\s+of", re.I)
_BREAKDOWN_LABEL = re.compile(r"\bbreakdown\b[^:]*:\s*$", re.I)
_KEY_CLASS = {"total": "any", "drones": "drone", "missiles": "missile"}


def _antecedent(figures: list[FigureMention]) -> str | None:
    """What 'of them' refers to: the weapons this sentence says were launched, all classes together."""
    keys = {fm.key for fm in figures if fm.field == "launched" and not fm.sub and fm.key in _KEY_CLASS}
    if not keys:
        # "Of the weapons launched, 440 were drones and 32 were missiles": its parts, of both classes
        parts = {fm.key for fm in figures if fm.field == "launched" and fm.key in ("drones", "missiles")}
        return "any" if len(parts) > 1 else None
    return "any" if len(keys) > 1 or "total" in keys else _KEY_CLASS[keys.pop()]


_LABELLED_COUNT = re.compile(r"\W*[A-Za-z][\w ]{0,30}:\s*[\d,]+\s*")
_IN_BRACKETS = re.compile(r"\([^)]*$")
# (a Telegram post's items open with an emoji: "🛩 464 attack UAVs ...", "🚀 22 missiles:")
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·●▪■◦○‣➖]|\d+\s*[).]\s|\d\ufe0f?\u20e3\s*"
                        r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\u25A0-\u25FF\u2B00-\u2BFF]\ufe0f?\s*"
                        r"(?=(?:all\s+|both\s+)?\d[\d,. ]*\s+[^\W\d])"
                        # ("> 70 missiles: 37 Kh-101 ...": a quote mark that opens a counted line)
                        r"|>\s*(?=\d[\d,]*\s+[^\W\d])"
                        # (not "👁 70 402": views; a line with no bullet: "30 over the territory of the Bryansk region,",
                        # "40 - over the ...")
                        # ("45 over the Kursk Region,", "34 - over Voronezh region,", "46 UAVs over the territory of ...")
                        r"|(?=(?:and\s+)?\d[\d,]*\s+(?:(?:uavs?|drones?|missiles?)\s+)?(?:[-–—]\s*)?over\s+"
                        r"(?:the\s+(?:territory|waters|airspace)\s+of\b|(?:the\s+)?(?:[\w-]+\s+){1,2}(?:region|oblast|krai|republic)\b)))",
                        re.I)


# "Since February 2022, Russia has fired 12,000 missiles": a running total from that month, not the month's.
_FRONTED_OF_PERIOD = re.compile(r"\s*(?:of|out\s+of|among)\s+the\s+[^,;]{1,80},", re.I)
_PART_OF_MONTH = re.compile(r"\b(?:week|weeks|days?|nights?|weekend|half|fortnight)\s+(?:of\s+)?$", re.I)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_SINCE_BEFORE = re.compile(r"\b(?:since|from|until|till|before|after)\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?$", re.I)
# "since Moscow's full-scale invasion began in February 2022": a month of background, not of figures.
# ("the third such attack on the capital in August": this attack, counted among the month's)
_BACKGROUND_MONTH = re.compile(r"\b(?:since|invasion|invaded|war\s+(?:began|started))\b[^,;.]{0,60}$|"
                               r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                               r"(?:such\s+|major\s+|massive\s+|large-scale\s+|combined\s+)?(?:attack|strike|assault|barrage|raid)\b"
                               r"[^,;.]{0,40}$", re.I)
# "up by more than a quarter from May": a month compared with, not a starting point
_CHANGE_FROM = re.compile(r"\b(?:up|down|rise|rose|risen|fell|fallen|increase\w*|decrease\w*|jump\w*|drop\w*|grew|"
                          r"climb\w*|higher|lower|more|fewer|less)\b[^,;.]*\bfrom\s+$", re.I)
def _compared_from(text: str, sentence: Sentence, at: int) -> bool:
    """Is the 'from' before (or opening) the month span at `at` that of a change ("up ... from May")?"""
    end = at + 5 if text.startswith("from ", at) else at
    return _CHANGE_FROM.search(text, max(sentence.start, at - 50), end) is not None


_PREVIOUS_RECORD = re.compile(r"\b(?:previous|earlier|former|old)\s+(?:monthly\s+)?(?:records?|highs?|peaks?)\b", re.I)
_SINCE_AT = re.compile(r"(?:since|from|until|till|before|after)\b", re.I)  # the month span may open with it
# "up from 5,438 in June": a month named for comparison is not the one "the month" means next.
# ("In 2024, the figure was about 11,000": the same measure for another period, compared)
_COMPARED = re.compile(r"(?:\b(?:up|down)\s+from|\bcompare[sd]?\s+(?:with|to)|\bthan|\brecord\s+of|\btimes\s+the|"
                       r"\bthe\s+(?:figures?|numbers?|totals?|tally|tallies)\s+(?:was|were|stood\s+at))(?:\s+[\w’']+){0,2}?\s+$", re.I)


def _period_spans(G: ModuleType, text: str, sentence: Sentence, months: list, dates: list[DateMention],
                  last_period: str | None, published: date | None,
                  story_period: str | None = None) -> list[tuple[int, int, str | None]]:
    """Month and year references of a sentence that are not days ("in June", not "on June 9")."""
    spans = [(m.start, m.end, m.period) for m in months
             if not any(d.start <= m.start < d.end or m.start <= d.start < m.end for d in dates)
             and not ((_SINCE_BEFORE.search(text, max(sentence.start, m.start - 12), m.start)
                       or _SINCE_AT.match(text, m.start)) and not _compared_from(text, sentence, m.start)
                      and not _WHEN_AFTER.match(text, m.end))  # ("after July, when Russia launched a record 6,303")
             and not _BACKGROUND_MONTH.search(text, max(sentence.start, m.start - 70), m.start)
             and not _PART_OF_MONTH.search(text, max(sentence.start, m.start - 30), m.start)]  # "the last week of December"
    # (each pattern is tried once first: most sentences name no period, and finditer never takes the fast path)
    if matches(G.FRAME.the_month, sentence.text, sentence.low):
        for m in G.FRAME.the_month.finditer(sentence.text):
            at = sentence.start + m.start()
            # ("July remains the record: Russia sent 6,297 drones that month": the month this sentence named)
            named = [p for s, _, p in spans if s < at and p and len(p) == 7]
            # ("over the month, Russia fired 144 missiles" after "In March, Russia used 6,493 such drones" in a
            # story of April: the story's month, named first)
            whole = story_period if story_period and _OVER_THE_MONTH.match(m.group()) else None
            spans.append((at, sentence.start + m.end(), named[-1] if named else whole or last_period))
    for m in wordstart.finditer(_MONTH_BEFORE, sentence.text):  # (it opens at a word start)
        at = sentence.start + m.start()
        named = [p for s, _, p in spans if s < at and p and len(p) == 7]  # "in March, compared with ... the month before"
        reference = named[-1] if named else last_period
        if reference is not None and len(reference) == 7:
            spans.append((at, sentence.start + m.end(), _previous_month(reference)))
    if matches(G.FRAME.year, sentence.text, sentence.low):
        for m in G.FRAME.year.finditer(sentence.text):
            spans.append((sentence.start + m.start(), sentence.start + m.end(), m.group(1)))
    if published is not None and matches(G.FRAME.this_year, sentence.text, sentence.low):
        for m in G.FRAME.this_year.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            spans = [sp for sp in spans if not (sp[0] < end and start < sp[1])]  # its months are its bounds ("to May 2026")
            spans.append((start, end, str(published.year)))
    if G.FRAME.year_before is not None and matches(G.FRAME.year_before, sentence.text, sentence.low):
        for m in G.FRAME.year_before.finditer(sentence.text):
            start, end = sentence.start + m.start(), sentence.start + m.end()
            if any(s <= start < e for s, e, _ in spans) or _DAY_NAMED_BEFORE.search(text, max(sentence.start, start - 20), start):
                continue  # "in October last year": the month's own year ("On Christmas Day last year": one day's)
            named = [p for s, _, p in spans if s < start and p]
            if m.group("last"):
                period = str(published.year - 1) if published is not None else None
            elif named:  # the same month, or the year, one year before
                period = f"{int(named[-1][:4]) - 1:04d}{named[-1][4:]}"
            else:
                continue
            spans.append((start, end, period))
    return sorted(spans, key=lambda s: (s[0], s[1]))


_DAY_NAMED_BEFORE = re.compile(r"\b(?:day|eve|night|morning|evening|christmas|easter)\s+$", re.I)
# "compared with nearly 300 the month before": the month before the one the figures were about.
_MONTH_BEFORE = re.compile(r"\b(?:the\s+(?:month|one)\s+before|the\s+previous\s+month|the\s+preceding\s+month|"
                           r"a\s+month\s+(?:earlier|before)|місяцем\s+раніше|попереднього\s+місяця)\b", re.I)




def _month_compared(low: str, period: str) -> bool:
    """Is the month named only to compare ("nearly 1,600 more than in April, when the Air Force recorded 6,583")?"""
    name = _MONTH_NAMES[int(period[5:7]) - 1]
    return name in low and re.search(rf"\b(?:than|from|with)\s+(?:in\s+|during\s+)?{name}\b", low) is not None


def _year_before_near(G: ModuleType, text: str, fm: FigureMention) -> bool:
    """Is the figure's year told by its distance ("the previous year's total of about 3,700")?"""
    return G.FRAME.year_before is not None and G.FRAME.year_before.search(text, max(0, fm.start - 40), fm.end + 40) is not None


def _previous_month(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    return f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"


def _period_of(G: ModuleType, text: str, sentence: Sentence, fm: FigureMention,
               spans: list[tuple[int, int, str | None]], dates: list[DateMention]) -> str | None:
    """The period whose reference stands in the same clause as the figure."""
    start, end = sentence.start, sentence.end
    for m in G.FRAME.clause_break.finditer(text, sentence.start, sentence.end):
        if m.end() <= fm.start:
            start = m.end()
        elif m.start() >= fm.end:
            end = m.start()
            break
    # The nearest period in the clause: "below the record set in July, but above the 4,100 launched in August".
    # (not "2,300 missiles, with December the busiest month": that month is ranked, not counted)
    near = sorted((s - fm.end if s >= fm.end else fm.start - e, s, e, period) for s, e, period in spans
                  if period and start <= s and e <= end and not (s >= fm.end and (
                      _WITH_AFTER.fullmatch(text, fm.end, s) or _FROM_BETWEEN.search(text, fm.end, s)
                      or _COMPARED_SPAN.search(text, max(fm.end, s - 30), s)  # "..., roughly the same as in 2024"
                      # "123 drones ... as February tally tops 5,000": another clause's month
                      or _AS_CLAUSE.search(text, fm.end, s))
                      # ("271 missiles in October, up from 189 in September, and 102 of them": the compared month is no
                      # period of the figures after it)
                      and not (e <= fm.start and _UP_FROM_IN.search(text, max(start, s - 30), s))))
    day_gaps = [d.start - fm.end if d.start >= fm.end else fm.start - d.end for d in dates if start <= d.start < end]
    if day_gaps and (not near or min(day_gaps) < near[0][0]):
        return None  # "on June 9, Russia sent 479 drones": one night, not a month ("On Tuesday, ... 3,500 in June": June)
    for _, s, e, period in near:
        if e <= fm.start and _MONTH_WITH_FIGURE.fullmatch(text, e, fm.start):
            return period  # "set in March, with 7,673 drones, and in April, with 8,172": March's, though April is as near
        if e <= fm.start and _MONTH_IN_WHICH.match(text, e) and not G.FRAME.clause_break.search(text, e, fm.start):
            return period  # "The attack capped a month in which Russia launched more than 5,100 drones": the month's
    # (", and in December alone it sent about 2,300": a conjunction closes the clause about one night before it)
    own = max([start] + [m.end() for m in _AND_CLAUSE.finditer(text, start, fm.start)])
    # ("using up to 71 missiles in a single night": the figure's own phrase, up to the next comma)
    comma = text.find(",", fm.end, end)
    tail = text[fm.end:comma if comma >= 0 else end]
    for _, s, e, period in near:
        # (the figure's own words may say "attack drones": only the rest of the clause counts)
        if not G.FRAME.one_attack.search(text[min(own, s):fm.start]) and not G.FRAME.one_attack.search(text[fm.end:max(e, fm.end)]) \
                and not G.FRAME.one_attack.search(tail):
            return period
    return None


_AS_MUCH = r"same\s+as|as\s+(?:many|much)\s+as|than"  # the words of a comparison ("five times as many as in 2024")
_COMPARED_YEAR = re.compile(rf"\b(?:{_AS_MUCH})\s+in\s+(?:19|20)\d\d\b", re.I)
_COMPARED_SPAN = re.compile(rf"\b(?:{_AS_MUCH}|compared\s+(?:with|to))\s+(?:in\s+|during\s+)?$", re.I)
_FROM_BETWEEN = re.compile(r"\bfrom\s+(?:about\s+|around\s+|nearly\s+)?\d")  # "dipped to 5,298 from 5,638 in September"
_ATTACK_CLAUSE_OPENS = re.compile(r"\s(after)\s+(?:[\w'’-]+\s+){1,4}?(?:fired|launched|sent|attacked|struck|hurled|"
                                  r"unleashed)\s", re.I)
_AND_CLAUSE = re.compile(r"(?:,|\s--?|\s[—–])\s+(?:and|but|while|whereas|as(?!\s+of\b))\s")  # (" -- and one flew off")
# (the next item of a list, no clause of its own: ", and 300 missiles", ", and up to 40 more")
_LIST_GOES_ON = re.compile(r"(?:(?:about|around|some|another|up\s+to|more\s+than|over|nearly|almost)\s+)?", re.I)
# (and not "..., and one drone flew back towards Russia": a clause with its verb)
_NO_VERB_AFTER = re.compile(r"(?:\s+(?!(?:were|was|are|is|had|have|has|flew|fell|hit|died|left|remained|went|came|struck|"
                            r"got|did|could|would|will|may|might|still|also)\b)[a-z-]+(?<!ed)){0,3}?"
                            r"(?:\s*(?:[,.;:)]|$)|\s+(?:for|to|of|from|worth|in|on|at|with|by|and)\b)", re.I)
_UP_FROM = r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"  # "up from about"
_UP_FROM_IN = re.compile(_UP_FROM + r"[\d,]+\s+(?:(?:in|during)\s+)?$", re.I)
_AS_CLAUSE = re.compile(r"(?<!\bwell)\s(?:as(?!\s+(?:of|many|much|well|part)\b)|while|whereas)\s")  # (not "as well as")
_WITH_AFTER = re.compile(r"\s*,\s+with\s+")
_MONTH_IN_WHICH = re.compile(r"\s+(?:in\s+which|during\s+which|when)\s", re.I)
_MONTH_WITH_FIGURE = re.compile(r"\s*,?\s+with\s+(?:[a-z]+\s+){0,2}", re.I)


def main_date(frames: list[SentenceFrame], published: date | None, lang: str = "en", text: str = "") -> date | None:
    """The date the lead's attack ended.

    The first dated sentence that states the attack's figures decides; failing that,
    a dated sentence of the lead that speaks of an attack; failing that, `published`.
    """
    G = for_language(lang)
    paragraph: list[DateMention] = []  # the dates of the paragraph's opening sentence about the attack
    last_dates: list[DateMention] = []
    # the lead's day ("during the Monday morning rush hour"), when it names one (of several, the strikes' one)
    lead_dates: list[DateMention] = []
    undated_after_lead = False  # the lead's attack's figures came, undated, after it
    for i, frame in enumerate(frames):
        if i and "\n" in text[frames[i - 1].sentence.end:frame.sentence.start]:
            paragraph = []
        attack_figures = [fm for fm in frame.figures if not fm.period]
        if frame.dates and attack_figures and not frame.past:
            if undated_after_lead:
                # "The strikes killed at least 11 people" came first: a dated toll far below
                # ("Saturday's blast on the bridge, which killed three") is another event's
                return _end_of(lead_dates, published)
            if (shifted := _days_before(G, frame, attack_figures)) is not None:
                return shifted
            if (labelled := _label_day(frames, i)) is not None:
                return labelled
            if len(frame.dates) == 1 and frame.dates[0].text.lower().startswith("late ") and "overnight" in frame.sentence.low \
                    and published is not None and frame.dates[0].end_date < published:
                # "fired an Oreshnik at Lviv late Thursday as part of a wider overnight bombardment": the night ended Friday
                return frame.dates[0].end_date + timedelta(days=1)
            return _end_of(frame.dates, published)
        if attack_figures and lead_dates and not frame.past:
            undated_after_lead = True
        if frame.dates and not lead_dates and i <= 3 and not frame.past and _says(G.FRAME.attack_context, frame.sentence):
            lead_dates = _the_attacks_days(text, _lead_days(G, frame))
        if attack_figures and last_dates and not frame.past and _THAT_TIME.search(frame.sentence.low):
            return _end_of(last_dates, published)  # "By 6:40 p.m. on Tuesday ... Russia fired a missile that evening"
        if frame.dates and not frame.past:
            last_dates = frame.dates
        if attack_figures and paragraph and not frame.past:
            # "Russian forces struck Ukraine on the night of October 21 to 22. The Air Force reported that
            # Russian forces launched ...": the paragraph's date dates its figures
            # (unless the lead's attack's figures came first and the paragraph's day is days away from the lead's:
            # "On Friday, Ukrainian missiles hit the fleet's headquarters. ... 34 officers had been killed" far
            # below a Monday night's story is another event's)
            lead_end = _end_of(lead_dates, published) if undated_after_lead else None
            if lead_end is not None and abs((_end_of(paragraph, published) - lead_end).days) > 1:
                return lead_end
            return _end_of(paragraph, published)
        if frame.dates and not paragraph and not frame.past and (
                _says(G.FRAME.attack_context, frame.sentence) or _opens_with_day(frame)):
            paragraph = frame.dates
    for frame in frames[:8]:
        dated = [d for d in frame.dates if not d.text.lower().startswith("today")]
        if dated and not frame.period and not frame.past and _says(G.FRAME.attack_context, frame.sentence):
            return _end_of(_the_attacks_days(text, dated))
    if _historical(frames, published):
        return None
    return published


def _label_day(frames: list[SentenceFrame], i: int) -> date | None:
    """"Key developments on Oct. 20: - Russia attacks Ukraine with 49 drones overnight": the label's date is the
    night's of the items under it, when they name no day of their own (the page may be published after midnight)."""
    if any(d.kind not in ("night", "relative") or _NAMES_A_DAY.search(d.text) for d in frames[i].dates):
        return None
    for frame in reversed(frames[max(0, i - 4):i]):
        if frame.sentence.text.rstrip().endswith(":") and len(frame.dates) == 1 and frame.dates[0].kind == "explicit" \
                and len(frame.sentence.text.split()) <= 8:
            return frame.dates[0].end_date
    return None


def _the_attacks_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """"Ukrainians woke up Thursday in the dark after a wave of missile strikes on Wednesday afternoon": of a
    sentence's days, the one told of the strikes."""
    if len(dates) < 2 or not text:
        return dates
    attached = [d for d in dates if _ATTACK_NOUN_BEFORE.search(text, max(0, d.start - 40), d.start)]
    return attached if attached and len(attached) < len(dates) else dates


# The nouns of an attack, for "strikes on Wednesday afternoon" and "a day after one of the deadliest strikes"
_ATTACK_NOUNS = r"(?:attacks?|strikes?|barrages?|assaults?|raids?|bombardments?)"
_ATTACK_NOUN_BEFORE = re.compile(rf"\b{_ATTACK_NOUNS}\s+(?:on\s+)?$", re.I)


def _days_before(G: ModuleType, frame: SentenceFrame, figures: list[FigureMention]) -> date | None:
    """"Airlines extended suspensions on Tuesday, two days after a missile struck the airport": the attack the
    figures tell of came that many days before the sentence's day."""
    if not all(fm.earlier for fm in figures) or len(frame.dates) != 1:
        return None
    gap = _gap_after(G, frame, frame.dates[0])
    if gap is None or any(fm.start - frame.sentence.start < gap[0] for fm in figures):
        return None
    return gap[1]


def _lead_days(G: ModuleType, frame: SentenceFrame) -> list[DateMention]:
    """"Rescuers pulled more bodies from the ruins on Thursday, a day after one of the deadliest strikes of the
    year hit the city": the lead's day, moved back to the strike's."""
    days = []
    for d in frame.dates:
        gap = _gap_after(G, frame, d)
        told = gap is not None and _AN_ATTACK.search(frame.sentence.text, gap[0], gap[0] + 80) is not None
        days.append(replace(d, end_date=gap[1]) if told else d)  # type: ignore[index]
    return days


_AN_ATTACK = re.compile(rf"\b(?:{_ATTACK_NOUNS}|onslaught)\b", re.I)


def _gap_after(G: ModuleType, frame: SentenceFrame, day: DateMention) -> tuple[int, date] | None:
    """(where it ends in the sentence, the day it points back to) of "..., two days after" right after `day`.

    (Not when the sentence's own news is an attack: "Russia launched another wave early Tuesday, a day after
    one of its heaviest bombardments, killing at least four people".)"""
    gap = _DAYS_AFTER_DAY.match(frame.sentence.low, day.end - frame.sentence.start)
    if gap is None or G.FRAME.attack_verb.search(frame.sentence.text, 0, gap.start()) is not None:
        return None
    count = 1 if gap.group(1) == "a" else parse_number_words(gap.group(1))  # ("two", "10")
    if not count:
        return None
    return gap.end(), day.end_date - timedelta(days=count * (7 if gap.group(2).startswith("week") else 1))


_DAYS_AFTER_DAY = re.compile(r",?\s+(?:just\s+|only\s+)?(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                             r"(days?|weeks?)\s+after\b")


def _daytime_lead(frames: list[SentenceFrame], attack_date: date | None) -> bool:
    """Did the lead's attack come by day ("between 9 a.m. and 6 p.m. on Tuesday", "a daylight attack")?"""
    if attack_date is None or not frames:
        return False
    at = next((i for i, f in enumerate(frames) if any(not fm.period for fm in f.figures) and not f.past
               and (not f.dates or any(d.end_date == attack_date for d in f.dates))), None)
    # (not "... hours after daytime barrage"; "new wave of drones in daylight after night attack" is by day)
    title = _NIGHT_NAMED.sub(" ", _DAYTIME_NAMED.sub(" ", frames[0].sentence.text))
    if at is None or _NIGHT_WORD.search(title):
        return False  # (not "overnight, a day after a daytime raid")
    if _DAYTIME.search(title) is None:
        # "From 08:00 to 18:30 on 13 May, the enemy carried out a massive daytime attack with 753 UAVs" under a title
        # that names no time
        lead = _DAYTIME_NAMED.sub(" ", frames[at].sentence.text)
        return bool(frames[at].dates) and _DAYTIME.search(lead) is not None and not _NIGHT_WORD.search(lead)
    # the lead's sentence, or the one before it: "figures for today's daytime assault. Russia sent 234 drones ..."
    return any(_DAYTIME.search(_DAYTIME_NAMED.sub(" ", f.sentence.text)) for f in frames[at:at + 1] + frames[max(at - 1, 1):at])


_DAYTIME_NAMED = re.compile(r"\b(?:before|after|since|ahead\s+of)\s+(?:(?:the|a|this|that|today's)\s+)?(?:[\w-]+\s+)?(?:daytime|daylight)\b", re.I)
_NIGHT_NAMED = re.compile(r"\b(?:after|following|since)\s+(?:(?:the|a|an|last)\s+)?(?:[\w-]+\s+)?(?:night|overnight|night-time)\s+"
                          r"(?:attacks?|assault|barrage|strikes?|raids?)\b", re.I)
_NIGHT_WORD = re.compile(r"\b(?:overnight|night)\b", re.I)


_DAYTIME = re.compile(r"\b(?:daytime|daylight|during\s+the\s+day|by\s+day|"
                      r"between\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?)?\s+and\s+\d{1,2}(?:[:.]\d\d)?\s*p\.?m\.?|"
                      r"between\s+(?:0?[6-9]|1\d)[:.]\d\d\s+and\s+(?:1\d|2[0-3])[:.]\d\d)\b", re.I)
_CAME_A_DAY_AFTER = re.compile(r"\W*(?:the|this|that|today's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|"
                               r"saturday's)\s+(?:[\w-]+\s+)?(?:attack|strike|barrage|assault|raid)\s+(?:came|comes)\s+"
                               r"(?:just\s+|only\s+)?a\s+day\s+after\b(?!\s+(?:a|the)\s+(?:day|daytime|daylight)\b)", re.I)
_ATTACKS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:assaults|attacks|barrages|strikes|raids|bombardments)\b", re.I)
_ATTACK_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:assault|attack|barrage|strikes?|raid|bombardment|onslaught)\b", re.I)
_SAME_PERIOD_OPENS = re.compile(r"\W*(?:over|during|in|for|within)\s+(?:the\s+same\s+(?:period|week|time|month|days)|that\s+(?:time|period|week))\b")
_EARLIER_NIGHT = re.compile(r"earlier\s+(?:(?:on\s+)?\w+day|that\s+day|today|in\s+the\s+day)?\s*,[^.;]*\b(?:overnight|night)\b")
_STRIKE_KILLED = re.compile(r"\b(?:strike|attack|assault|barrage)\b[^.;,]{0,100}?\b(?:killed|killing|injured|injuring|wounded|"
                            r"wounding)\b"
                            # "The number of people killed by Sunday's ballistic missile strike on Sumy has risen to 35"
                            r"|\b(?:killed|injured|wounded)\s+(?:by|in)\s+[^.;,]{0,60}?\b(?:strike|attack|assault|barrage)\b", re.I)
# "Russia fired two Iskander-M ballistic missiles at the city": the place the story has named
_AT_THE_PLACE = re.compile(r"\b(?:at|on|against|into)\s+the\s+(?:city|town|village|port|capital|regional\s+cent(?:re|er))\b", re.I)
_ATTACK_NOUN = re.compile(r"\b(?:assault|attack|barrage|raid|bombardment|onslaught)\b", re.I)


def _opens_with_day(frame: SentenceFrame) -> bool:
    """A short sentence that opens with its day sets the paragraph's time: "Early Sunday, it was not enough.
    A Russian strike flattened the house, killing four"."""
    first = frame.dates[0]
    return len(frame.sentence.text.split()) <= 10 and first.start - frame.sentence.start <= 3 \
        and frame.sentence.text[first.end - frame.sentence.start:].startswith(",")


def _end_of(dates: list[DateMention], published: date | None = None) -> date:
    """'late Friday and early Saturday', 'вчора ввечері та вночі': an attack spanning two days ended on the later.

    Dates further apart tell different things. The day of publication is then today's news ("mourners
    on Thursday buried four killed when a missile hit ... in the early hours of Tuesday")."""
    if published is not None and any(d.end_date <= published for d in dates):
        # ("overnight into Tuesday, as Ukrainians prepared for a Christmas to be celebrated on December 25": a day
        # still to come is no end of an attack already reported)
        dates = [d for d in dates if d.end_date <= published]
    ends = [d.end_date for d in dates]
    nights = {d.end_date for d in dates if d.kind == "night"}
    if published is not None and len(nights) == 1 and min(nights) < published \
            and all(d.kind == "night" or (d.kind in ("day", "explicit") and d.end_date == published) for d in dates):
        # "restoring power on Monday after Russia's attack overnight into Sunday": the night, then today's news
        return min(nights)
    owned = {d.end_date for d in dates if d.text.endswith(("'s", "’s"))}
    if published is not None and len(owned) == 1 and min(owned) < published \
            and all(d.text.endswith(("'s", "’s")) or (d.kind in ("day", "explicit") and d.end_date == published)
                    or (d.kind == "night" and d.end_date == published and not _NAMES_A_DAY.search(d.text)
                        and any(o.text.endswith(("'s", "’s")) and 0 <= d.start - o.end < 60 for o in dates))
                    for d in dates):
        # "workers on Monday restored power cut off by Sunday's massive attack": the attack's day, then today's news
        # ("Sunday's attack, which began in the early hours": that day's early hours; but not "sends 78 drones
        # overnight as Kyiv restores power after Friday's strike")
        return min(owned)
    if max(ends) - min(ends) <= timedelta(days=1):
        return max(ends)
    if len(ends) > 1 and ends[1] - ends[0] == timedelta(days=1):
        return ends[1]  # "late on Saturday and early on Sunday rose to five on Monday": the span, then the report
    earlier = [d.end_date for d in dates if not (d.kind == "day" and d.end_date == published)]
    return earlier[0] if earlier else ends[0]


_NAMES_A_DAY = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                          r"\b(?:today|yesterday|tonight|last\s+night)\b", re.I)


def _historical(frames: list[SentenceFrame], published: date | None) -> bool:
    """The text gives dates, and none is a recent day: history, not last night.

    'today's war' and dates in sentences about plans ('will be held on Sunday') do not count.
    """
    # ("April 18 is declared a day of mourning" in a post of April 17: a day to come tells no history)
    found = [d.end_date for f in frames if not f.not_attack for d in f.dates
             if not d.text.lower().startswith("today") and not (published and d.end_date > published)]
    return bool(published and found) and all(not 0 <= (published - d).days <= 7 for d in found)


def assign(frames: list[SentenceFrame], attack_date: date | None, text: str = "",
           daytime: bool = False) -> dict[object, list[SentenceFrame]]:
    """Group sentences: 'main', a date of another attack, ('period', 'YYYY-MM'), or 'drop'.

    `daytime`: the main attack came by day, so the same date's night ("overnight") was another attack."""
    groups: dict[object, list[SentenceFrame]] = {}
    previous: tuple[SentenceFrame, object] | None = None
    for frame in frames:
        evening_before = attack_date is not None and _EVENING_CLOCK.search(frame.sentence.text) is not None
        # "between 20:00 and 23:00 on Saturday": the first hours of the night that ended on Sunday
        same = [d for d in frame.dates if d.end_date == attack_date
                or (evening_before and d.kind in ("day", "explicit") and d.end_date == attack_date - timedelta(days=1))]  # type: ignore[operator]
        other = [d.end_date for d in frame.dates if d not in same]
        # ("Between Tuesday evening and Wednesday morning, Russia launched 139 drones" beside Wednesday's daylight attack)
        overnight = daytime and same and any(
            d.end_date == attack_date - timedelta(days=1) for d in frame.dates)  # type: ignore[operator]
        # ("For reference: during the previous night (from 19:00 on 2 May to 08:00 on 3 May), the enemy used 268 UAVs"
        # below a daytime wave of 3 May: the night told as past, though it ended that morning)
        if daytime and same and (overnight or all(d.kind == "night" for d in same)
                                 or (frame.past and any(d.kind == "night" for d in same))) \
                and not _DAYTIME.search(_DAYTIME_NAMED.sub(" ", frame.sentence.text)):  # ("before the daytime wave, ... during the night")
            same, other = [], other or [("night", attack_date)]  # (a key of its own: never a candidate attack)
        for period in dict.fromkeys(fm.period for fm in frame.figures if fm.period):  # "June ..., above May's ..."
            groups.setdefault(("period", period), []).append(frame)
        if other and not same:
            key: object = other[0]
        elif frame.past and (not same or SEPARATE_ATTACK.search(frame.sentence.low)):
            # ("Hours before the missile strikes, in a separate attack overnight, ... shot down 10 Shaheds": the
            # same night, another attack)
            key: object = "drop"
        elif previous is not None and _goes_on(text, previous, frame):
            key = previous[1]
        elif not daytime and attack_date is not None and _another_wave_by_day(frame) and all(
                d.kind == "day" and d.end_date == attack_date for d in frame.dates):  # ("Later on Monday, ... again")
            # "Then, shortly after 11 a.m., Russia fired 11 ballistic and cruise missiles at Kyiv in a daytime strike"
            # below the night's figures: a second attack that day
            key = ("day", attack_date)
        else:
            key = "main"
        groups.setdefault(key, []).append(frame)
        previous = (frame, key)
    return groups


def _another_wave_by_day(frame: SentenceFrame) -> bool:
    """A launch told of the day, as a new wave ("then", "again", "another"), after a night's attack."""
    low = frame.sentence.low
    return any(fm.field == "launched" for fm in frame.figures) and _AGAIN_OR_THEN.search(low) is not None \
        and _DAYTIME.search(_DAYTIME_NAMED.sub(" ", frame.sentence.text)) is not None


# (not "the air force later said Russia had fired 96 cruise missiles during the day": later told, not a later wave)
_AGAIN_OR_THEN = re.compile(r"\b(?:(?:then|later)(?!\s+(?:said|says|reported|told|confirmed|added|wrote|stated|updated|"
                            r"announced|revised|raised|put|gave)\b)|again|another|new|fresh|second|separate)\b")
_EVENING_CLOCK = re.compile(r"\b(?:from|since|between|after)\s+(?:1[89]|2[0-3])[:.]\d{2}\b")


def _goes_on(text: str, previous: tuple[SentenceFrame, object], frame: SentenceFrame) -> bool:
    """'Separately, Russia launched 64 drones overnight into Monday. A drone damaged a warehouse in
    Kharkiv.': an undated sentence without figures, in the paragraph of another night's, tells of that night."""
    before, key = previous
    if not isinstance(key, (date, tuple)) or frame.dates or not text or "\n" in text[before.sentence.end:frame.sentence.start]:
        return False
    # "It said 39 of them were shot down": figures of the weapons the sentence before counted
    # ("Air defence downed 279 drones in that attack": the attack the sentence before told of)
    # ("Hits were recorded at 15 locations": where the weapons the sentence before counted struck)
    # ("Overnight into Tuesday, Russian drones attacked again. The air force said it had shot down 60 of the 90": the
    # dated sentence set the scene; the figures of that night come next)
    # ("On Monday, Russia launched 84 cruise missiles ... That barrage killed at least 19 people": that night's toll)
    return not frame.figures or bool(_OF_THEM.search(frame.sentence.low)) or bool(_THAT_ATTACK.search(frame.sentence.low)) \
        or bool(_THAT_ATTACK_OPENS.match(frame.sentence.low)) \
        or bool(_OF_THOSE_OPENS.match(frame.sentence.low)) \
        or all(fm.field in ("hits", "debris") for fm in frame.figures) \
        or (isinstance(key, tuple) and all(fm.universal for fm in frame.figures)) \
        or (isinstance(key, date) and not before.figures and bool(_AGAIN.search(before.sentence.low)))


# ("That attack killed 23"; "At the time, the Southern Defence Forces said 14 drones ...")
_THAT_ATTACK_OPENS = re.compile(r"\W*(?:(?:in|during)\s+(?:that|the\s+earlier|the\s+previous|the\s+overnight|the\s+night)|"
                                r"that|the\s+earlier|the\s+previous)\s+(?:attack|strike|raid|wave|barrage|assault)\b"
                                r"|\W*at\s+the\s+time\s*,")
_AGAIN = re.compile(r"\b(?:again|another\s+(?:attack|wave|barrage)|a\s+(?:new|fresh|second)\s+(?:attack|wave|barrage))\b")
_THAT_ATTACK = re.compile(r"\b(?:in|during|of)\s+(?:that|the\s+earlier|the\s+previous)\s+(?:attack|strike|raid|assault|barrage|night)\b"
                          # "On Sunday, Russia carried out a massive strike ... Kiev said the strike involved 120 missiles"
                          r"|\bthe\s+(?:strike|attack|barrage|raid|assault)\s+(?:involved|included|comprised|consisted\s+of)\b")
_OF_THEM = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?))"
                      r"\s+(?:of|out\s+of)\s+(?:them|these|those)\b")


def _evidence(text: str, fm: FigureMention) -> Evidence:
    return Evidence(fm.start, fm.end, text[fm.start:fm.end])


def _to_figure(text: str, fm: FigureMention) -> Figure:
    return Figure(fm.value, fm.qualifier, _evidence(text, fm))


def choose(candidates: list[FigureMention]) -> FigureMention | None:
    """One value for one field (see the module docstring for the rules)."""
    if not candidates:
        return None
    updates = [c for c in candidates if c.update and c.sentence > candidates[0].sentence]
    if updates:
        return updates[-1]
    exact = [c for c in candidates if c.qualifier == "exact"]
    if exact and len({c.value for c in candidates}) > 1 and any(c.qualifier != "exact" for c in candidates):
        # "309" over "more than 300"; not "two wounded" (an earlier report) over "at least ten"
        rounded = next(c for c in candidates if c.qualifier != "exact")
        fitting = [c for c in exact if _fits(c.value, rounded)]
        # ("100 drones" in a headline, "about 100" in the lead, "109 drones" below: the round one is rounded too)
        fitting = [c for c in fitting if c.value != rounded.value] or fitting
        if not fitting and rounded.field not in PERSON_OUTCOMES:
            # "over 400 drones" in the headline, "Russia launched 397 drones" below: a loose headline, the count exact
            # (a toll told earlier may still have been lower: "two wounded", later "at least ten")
            fitting = [c for c in exact if _rounds_to(c.value, rounded.value)]
        if not fitting and rounded.field in PERSON_OUTCOMES and rounded.qualifier in ("at_least", "more_than") \
                and all(c.value < rounded.value and c.sentence < rounded.sentence for c in exact):
            # "Early in the afternoon the ministry put the death toll at 20. By evening ... at least 37 people had been
            # killed": a toll only rises, so the later, higher one is the newer count
            return rounded
        return fitting[0] if fitting else exact[0] if exact[0].sentence < rounded.sentence else rounded
    if candidates[0].sentence == 0 and candidates[0].qualifier == "exact" and (qualified := next(
            (c for c in candidates[1:] if c.value == candidates[0].value and c.qualifier != "exact"), None)):
        # "nine dead" in the headline, "killing at least nine people" in the lead: the lead's words (a toll may
        # still rise; but a count of weapons is not: "60 of 70 missiles" in the headline over "some 70" in the lead)
        return qualified if qualified.field in PERSON_OUTCOMES else candidates[0]
    if candidates[0].qualifier != "exact" and candidates[0].key is not None:
        # (a toll "at least nine" stays so: it may still rise) "about 120 missiles" in the lead, "tracked 120 missiles" in the air force's figures: the plain one
        return next((c for c in exact if c.value == candidates[0].value), candidates[0])
    return candidates[0]


def _fits(exact: int, rounded: FigureMention) -> bool:
    """Can an exact count be what a qualified figure says ("at least ten": 12, not 2)?"""
    if rounded.qualifier in ("at_least", "more_than"):
        return exact >= rounded.value
    if rounded.qualifier == "at_most":
        return exact <= rounded.value
    return _rounds_to(exact, rounded.value)


def _rounds_to(exact: int, rounded: int) -> bool:
    """Is `rounded` this count in round numbers ("nearly a hundred" for 97, "over 300" for 309)?"""
    return abs(exact - rounded) <= rounded * 0.1


_CAPITAL_AREA = {"UA-30", "UA-32"}
_NARROWER = {"ballistic": "aeroballistic"}  # "five ballistic missiles - three Iskander-M and two Kinzhal"


def _told_only_here(text: str, frames: list[SentenceFrame], prefix: str) -> str | None:
    """The one place of the target a post says the attack came at and nowhere else ("The attack was aimed at the city
    only", "No other part of the region came under attack"), if it names one."""
    if not ("only" in text or "other" in text or "argeted" in text) or wordstart.search(_ONLY_HERE, text) is None:
        return None  # (substring tests first: most texts have none of the words)
    codes = {p.code for f in frames for p in f.places if p.kind != "country" and p.code.startswith(prefix)}
    return next(iter(codes)) if len(codes) == 1 else None


_ONLY_HERE = re.compile(r"\b(?:(?:aimed|directed)\s+at\s+the\s+(?:city|town)\s+only|only\s+(?:at|on)\s+the\s+(?:city|town)|"
                        r"no\s+other\s+(?:part|parts|communities|districts|areas|settlements)\s+of\s+the\s+(?:region|oblast|city)|"
                        r"targeted\s+(?:evening\s+|night\s+|morning\s+|afternoon\s+)?(?:drone\s+|missile\s+)?(?:attack|strike)\s+on)\b",
                        re.I)


def _one_place_attack(frames: list[SentenceFrame], prefix: str) -> str | None:
    """The one place of the target every sentence that says how many came names as where (and no country), if any."""
    launch_frames = [f for f in frames if any(fm.field == "launched" and not fm.sub and not fm.period and not fm.earlier
                                              for fm in f.figures)]
    # ("... launched three Iskander-M missiles at Chernihiv. All three hit the city": a fate, not another count of them)
    launch_frames = [f for f in launch_frames if not all(fm.universal for fm in f.figures if fm.field == "launched")] \
        or launch_frames
    codes = {p.code for f in launch_frames for p in f.places}
    if bool(launch_frames) and all(f.places for f in launch_frames) and len(codes) == 1 \
            and next(iter(codes)).startswith(prefix) and all(p.kind != "country" for f in launch_frames for p in f.places):
        return next(iter(codes))
    return None


def _regional(fm: FigureMention) -> bool:
    """One place attached: '8 drones downed over Kherson'. A launch 'at Dnipro' names the target instead."""
    # ("over Kyiv and the Kyiv region": the capital's area, one place)
    one_place = len(fm.places) == 1 or (len(fm.places) == 2 and set(fm.places) == _CAPITAL_AREA)
    return (one_place or fm.local) and (fm.field != "launched" or fm.more or fm.sub)


def _city_hits(fm: FigureMention, frames: list[SentenceFrame]) -> bool:
    """Hits told of one city ("In Ternopil, two missiles struck residential buildings"), not of a region's district."""
    if not (_regional(fm) and fm.places) or fm.universal:
        return False  # (not "Both ballistic missiles hit Kramatorsk in the Donetsk region": all that came)
    frame = next(f for f in frames if f.sentence.index == fm.sentence)
    text = frame.sentence.text
    # (not "the Odesa district", "Izmail district": a district of the region, named after its town)
    # ("In Mukachevo, Zakarpattia region, two cruise missiles hit a plant": the city, its region named beside it)
    places = [p for p in frame.places if p.code in fm.places]
    cities = {p.code for p in places if p.kind in ("city", "capital_city")}
    return bool(cities) and all(
        (p.kind in ("city", "capital_city") and not _DISTRICT_AFTER.match(text, p.end - frame.sentence.start))
        or (p.kind == "oblast" and p.code in cities) for p in places) and not _PARTLY_THERE.search(frame.sentence.low)


_DISTRICT_AFTER = re.compile(r"\s+(?:district|region|oblast|raion|area|community)\b", re.I)
# "Hits ... were recorded at 4 locations, in particular in the Kharkiv region": where some of them were
_PARTLY_THERE = re.compile(r"\b(?:in\s+particular|particularly|most\s+of\s+them|mostly|mainly|including|among\s+them)\b")


def _national(cands: list[FigureMention]) -> list[FigureMention]:
    """Drop regional sub-figures: one place attached, or 'more' over a single place."""
    national = [c for c in cands if not _regional(c)]
    regional = [c for c in cands if _regional(c)]
    if national:
        return national
    return [c for c in regional if not (c.more or c.sub or (c.local and not c.places))]  # ("over the region": a governor's)


def _pick_count(cands: list[FigureMention]) -> FigureMention | None:
    """Prefer a stated class figure; a single part (one model/subclass) stands in for it."""
    # ("Then Russia fired 11 more missiles at Kyiv. All 11 were intercepted": a further wave's, beside the count of
    # the attack's own; but "67 more were locationally lost" is the rest of the same count)
    cands = [c for c in cands if not (c.more and (c.field == "launched" or c.universal))] or cands
    # "shot down all 29" implies 29 launched; a launch figure stated outright wins over it.
    # (a part stated outright does not: "all 18 missiles ..., nine of them Kalibrs")
    stated = [c for c in _national(cands) if not (c.universal and c.field == "launched")]
    cands = stated if any(not (c.sub or c.model or c.subclass) for c in stated) else _national(cands)
    # ("596 attack drones": the air force's word for all its drones, as plain as "drones"; but not "18 Iskander-M
    # ballistic missiles and S-400 guided missiles" beside "three Kinzhals": one item of a list of models)
    plain = [c for c in cands if not c.model and c.subclass in (None, "attack") and not c.sub and not (
        c.subclass and any(o.subclass not in (None, "attack") and o.sentence == c.sentence for o in cands))]
    # (not "6 attack and 3 reconnaissance drones": two kinds, no class count)
    if any(c.mixed and any(o.model and abs(o.sentence - c.sentence) <= 3 for o in cands) for c in plain):
        # "three Kinzhals and 18 Iskander-M ballistic missiles and S-400 guided missiles": items of a list of models,
        # whose sum is never invented (a class count stated elsewhere still stands)
        plain = [c for c in plain if not c.mixed]
        if not plain:
            return None
    corrected = [c for c in cands if c.update and not c.sub]
    if plain and corrected and len({c.model for c in cands if c.model}) <= 1 and (
            (corrected[-1].sentence > max(c.sentence for c in plain)
             and not (corrected[-1].model and any(c.update and corrected[-1].sentence - c.sentence == 1 for c in plain)))
            or (corrected[-1].qualifier == "exact" and all(c.qualifier != "exact" and not c.update for c in plain))
            # ("10:05 UPDATE ... Russia launched 62 Shahed-type attack drones and imitator drones" above "08:25 Air Force:
            # Russia attacked overnight with 56 drones": a blog's newest entry first, the older count below it)
            or (corrected[-1].sentence < min(c.sentence for c in plain) and not any(c.update for c in plain))):
        # "it now says five of the six Iskanders were intercepted, not four": the correction wins, even when it names
        # the (only) model rather than the class (not "Air defense destroyed 112 targets - 48 missiles ... Among the
        # missiles were 11 Iskander-M; seven of them were shot down" in an update: a model's count beside the class
        # count it updates); and so does "09:40 -- UPDATED FIGURES: Russia launched 273 Shahed-type drones" above
        # "07:30 Preliminary reports suggest at least 100 drones" in a blog that puts its newest entry first
        return corrected[-1]
    if plain and all(c.qualifier != "exact" for c in plain):
        # "over 100 drones" in the headline, "116 attack drones" in the body: the exact count wins.
        exact_kinds = [c for c in cands if not c.model and not c.sub and c.qualifier == "exact"]
        # "nearly a hundred drones" in the headline, "97 attack drones of the Shahed type and imitator
        # drones" in the body: a model's exact count that the rounded class figure rounds is the class count
        # ("over 400 drones" in the headline, "442 Shahed-type drones and decoys" in the body: what it is more than)
        exact_kinds = exact_kinds or [c for c in cands if c.model and not c.sub and c.qualifier == "exact"
                                      and _rounds_to(c.value, plain[0].value)
                                      or (plain[0].qualifier in ("more_than", "at_least") and _fits(c.value, plain[0])
                                          and c.value < 2 * plain[0].value)]
        # ("549 drones and missiles, including 53 missiles" beside a minister's "more than 50 missiles": the part of
        # the total that the rounded figure rounds is the class's own count)
        exact_kinds = exact_kinds or [c for c in cands if c.sub and not c.places and not c.local and c.qualifier == "exact"
                                      and c.subclass in (None, "attack") and all(_rounds_to(c.value, p.value) for p in plain)]
        if exact_kinds:
            return choose(plain + exact_kinds)
    if plain:
        return choose(plain)
    plain_sub = [c for c in cands if not c.model and not c.subclass]
    # (not "shot down ... all six Kh-59/69s" over "215 weapons, including 206 drones and nine missiles": a model's
    # implied launch is not the class's stated part)
    whole = [c for c in cands if not c.sub and not (plain_sub and c.universal and c.field == "launched" and c.model)]
    if plain_sub and whole and all(c.model or c.subclass for c in whole) \
            and max(c.value for c in plain_sub) > max(c.value for c in whole):
        # "496 were drones and 53 were missiles ... Six of the nine Kalibr missiles were downed", "13 missiles — seven
        # cruise missiles and six Kinzhals ... shot down all seven cruise missiles": the class's part of the total, not
        # one kind's count
        return choose(plain_sub)
    if whole and len({(c.model, c.subclass) for c in whole}) == 1 and not any(
            c.sub and (c.model or c.subclass) and (c.model, c.subclass) != (whole[0].model, whole[0].subclass)
            and not (c.model and c.model == whole[0].model)  # ("About 60 of them were Shaheds": the named model's part)
            and abs(c.sentence - whole[0].sentence) <= 1
            for c in cands):  # (not "shot down 342 targets: – 14 Iskander-M / S-300 missiles; – 13 Kh-101 ...": one item)
        return choose(whole)  # "138 Shahed-type UAVs ... were shot down" over "Of these, 18 were destroyed over Odesa"
    if plain_sub:
        return choose(plain_sub)
    heads = [c for c in cands if not c.model and not c.sub]
    if len({c.value for c in heads}) == 1 and all(c.value >= p.value for c in heads for p in cands) and all(
            not c.subclass or not p.model or model_subclass(p.model) in (c.subclass, _NARROWER.get(c.subclass))
            for c in heads for p in cands):
        # (not "all seven cruise missiles" beside "six Kinzhals": another kind)
        # "five ballistic missiles - three Iskander-M and two Kinzhal": the subclass count heads the parts
        return choose(heads)
    kinds = {(c.model, c.subclass) for c in cands}
    # One kind of part, or parts that all say the same number ("2 ballistic missiles", "2 Iskander-M"):
    # that is the class figure. Several different parts would need a sum: never invented.
    # (not "two Iskander-M ballistic missiles ... and two Kh-59 guided missiles": two models, four missiles)
    return choose(cands) if len(kinds) == 1 or (len({c.value for c in cands}) == 1
                                                and len({c.model for c in cands if c.model}) <= 1) else None


def build_attack(text: str, frames: list[SentenceFrame], attack_date: date | None, target: str = "UA") -> Attack:
    attack = Attack(date=attack_date.isoformat() if attack_date else None)
    # Only places in the target country make a figure regional ("launched from the Saratov region" does not).
    prefix = target + "-"
    figures = [fm if all(c.startswith(prefix) for c in fm.places)
               else replace(fm, places=tuple(c for c in fm.places if c.startswith(prefix)))
               for f in frames for fm in f.figures if not fm.period and not fm.not_attack and not fm.earlier
               and not getattr(fm, "elsewhere", False)
               # ("... hours after Russia's attack on Kyiv, where one person was killed": another country's toll)
               and not (fm.field in ("killed", "injured") and fm.places and not any(c.startswith(prefix) for c in fm.places))]
    if (only_place := _one_place_attack(frames, prefix) or _told_only_here(text, frames, prefix)) is not None:
        # "The enemy attacked Zaporizhzhia with 14 attack drones. Air defence destroyed nine of them over the city":
        # the city's downs are the whole attack's when the attack came only there ("fired 4 missiles at Kharkiv ...
        # the number injured in the attack on Kharkiv has risen to six": its toll too)
        figures = [replace(fm, local=False) if fm.local and not fm.places and fm.field in COUNT_OUTCOMES
                   else replace(fm, places=(), local=False) if fm.field in ("killed", "injured") and fm.places
                   and set(fm.places) == {only_place} and not fm.sub else fm
                   for fm in figures]
    # "18 missiles were launched ... All 18 missiles were destroyed in the airspace over Kyiv and the Kyiv region":
    # every one that came, wherever it fell, is the whole attack's count
    came = {(fm.key, fm.value) for fm in figures if fm.field == "launched" and not fm.sub and not fm.universal and not fm.places}
    # ("intercepted all 18 missiles that Russia launched at Kyiv": the words count the launch too, and its place is
    # the launch's target)
    implied = {(fm.start, fm.key) for fm in figures if fm.field == "launched" and fm.universal and fm.places and not fm.sub}
    figures = [replace(fm, places=()) if fm.universal and fm.places and fm.field in ("destroyed", "neutralized")
               and ((fm.key, fm.value) in came or (fm.start, fm.key) in implied) else fm for fm in figures]
    # "A Shahed drone was shot down over Kyiv" tells one weapon's fate: a count only in an attack of one.
    many = {fm.key for fm in figures if fm.field == "launched" and not getattr(fm, "single", False) and fm.value > 1}
    one_model = [fm for fm in figures if getattr(fm, "single", False) and fm.key in many and fm.key == "missiles" and fm.model]
    figures = [fm for fm in figures if not (getattr(fm, "single", False) and fm.key in many | {"total"})]
    by_path: dict[tuple[str, str | None], list[FigureMention]] = {}
    for fm in figures:
        by_path.setdefault((fm.field, fm.key), []).append(fm)
    picked: dict[tuple[str, str], FigureMention] = {}
    # the target's regions the attack's figures name: "In Kyiv, two missiles hit residential buildings" is the
    # capital's share when the attack struck elsewhere too
    struck = {p.code for f in frames if f.figures for p in f.places if p.kind != "country" and p.code.startswith(prefix)}
    for outcome in COUNT_OUTCOMES:
        counts = Counts()
        for key in ("total", "drones", "missiles", "locations"):
            cands = by_path.get((outcome, key))
            if outcome == "hits" and cands and all(_city_hits(c, frames) for c in cands) \
                    and struck - {code for c in cands for code in c.places} - _CAPITAL_AREA:
                cands = None
            chosen = _pick_count(cands) if cands else None
            if chosen:
                setattr(counts, key, _to_figure(text, chosen))
                picked[(outcome, key)] = chosen
        setattr(attack, outcome, counts)
        total = picked.get((outcome, "total"))
        if total is not None and getattr(total, "bare", False) and any(
                f.value == total.value for k, f in ((k, getattr(counts, k)) for k in ("drones", "missiles")) if f):
            counts.total = None  # "reports 22 downed", then "22 drones were destroyed": the same figure, classed
        if total is not None and total.sentence == 0 and total.qualifier != "exact" and any(
                fm.key in ("drones", "missiles") and fm.value == total.value and fm.sentence > 0
                for fm in by_path.get((outcome, "drones"), []) + by_path.get((outcome, "missiles"), [])):
            # a headline's "more than 100 drones and ballistic missiles" over the body's "more than 100 drones and
            # several ballistic missiles": the drones' rounded count, loosely worded, not a total
            counts.total = None
        if total is not None and counts.total is not None and total.sentence == 0 and total.qualifier != "exact" \
                and counts.drones is not None and counts.missiles is not None \
                and counts.drones.qualifier == counts.missiles.qualifier == "exact" \
                and _fits(counts.drones.value, total) \
                and abs(counts.drones.value - total.value) < abs(counts.drones.value + counts.missiles.value - total.value):
            # the headline's "nearly 600 drones, cruise missiles" over "597 drones and 26 cruise missiles": the
            # drones' count, with the missiles named beside it
            counts.total = None
    for key in ("total", "drones", "missiles"):
        for outcome in ("destroyed", "suppressed"):
            part = picked.get((outcome, key))
            if part is not None and _regional(part) and any(
                    not _regional(n) for k in ("total", "drones", "missiles") for n in by_path.get(("neutralized", k), [])):
                # "In the sky over Kyiv, air defence destroyed about 20 targets" beside the air force's national
                # "98 drones were shot down or suppressed": the city's downs are no national figure
                setattr(getattr(attack, outcome), key, None)
        downed = picked.get(("destroyed", key))
        if downed is not None and any(n.value == downed.value and (downed.sentence == 0 or n.sentence > downed.sentence)
                                      for n in by_path.get(("neutralized", key), [])):
            # "76 drones, 49 downed" over "49 of them had been shot down or suppressed": a headline's loose word (or
            # the lead's: "more than 90 were downed", then "More than 90 of them were shot down or neutralized")
            setattr(attack.destroyed, key, None)
    for key in ("drones", "missiles"):
        came = {fm.model for fm in figures if fm.field == "launched" and fm.key == key and fm.model}
        for outcome in ("destroyed", "suppressed", "neutralized", "hits"):
            part = picked.get((outcome, key))
            if part is not None and part.model and part.sub and came - {part.model}:
                # "30 Kh-101s, 21 of which were downed, and four Kinzhals": one model's fate, while another
                # model came too, is no fate of the class
                setattr(getattr(attack, outcome), key, None)
            elif part is not None and part.model and (part.universal or outcome == "destroyed") \
                    and outcome != "hits" and any(
                    not fm.model and fm.value > part.value for o in {outcome, "neutralized"}
                    for fm in by_path.get((o, key), [])) and not _splits_neutralized(attack, key, part):
                # "All four Zircon missiles were downed", "Thirteen of 15 Kh-101s were downed" beside "38 missiles
                # were shot down or suppressed": one model's fate, not the class's
                setattr(getattr(attack, outcome), key, None)
    launch_sentences = {fm.sentence for fm in figures if fm.field == "launched" and not fm.sub and not fm.more}
    # the headline and the dated lead sentence (a dated headline does not end the lead: the sentence after it is the lead)
    lead = next((f.sentence.index for f in frames if f.dates), 1)
    if lead == 0 and not frames[0].sentence.text.rstrip().endswith((".", "!", "?")):
        lead = next((f.sentence.index for f in frames[1:] if f.dates), 1)  # (a dated headline; its lead comes next)
    sentence_text = {f.sentence.index: f.sentence.text for f in frames}
    launches = [fm for fm in figures if fm.field == "launched" and not fm.sub and not fm.more]
    regions_named = {p.code for f in frames for p in f.places if p.kind != "country" and p.code.startswith(prefix)}
    # A governor's or mayor's post that quotes the Air Force's national count: its own tolls are the region's
    # ("Oleh Kiper | Head of Odesa Regional Military Administration ... Two people were injured ... According to the
    # Air Force, in total the enemy used 153 strike UAVs against Ukraine")
    local_post = _local_author(text) and any(_NATIONAL_QUOTE.search(sentence_text[fm.sentence]) for fm in launches)
    for outcome, attr in (("debris", "debris_locations"), ("killed", "killed"), ("injured", "injured")):
        cands = [fm for fm in figures if fm.field == outcome]
        if local_post and outcome != "debris":
            cands = [fm for fm in cands if _NATIONAL_QUOTE.search(sentence_text[fm.sentence])]
        national = [c for c in cands if not c.places and not c.local]
        if not national and outcome == "debris":
            # "Hits were recorded at 7 locations, and debris of downed drones fell at 4 locations, in the Sumy, Kharkiv and
            # Odesa regions": the air force's tally names where (not "In the Kyiv region, debris fell at 3 locations")
            national = [c for c in cands if not c.local and not c.sub and (len(set(c.places)) >= 2 or any(
                fm.field == "hits" and fm.key == "locations" and fm.sentence == c.sentence for fm in figures))]
        if national and outcome != "debris" and len(regions_named) <= 1:
            # "UPDATE 19:30 ... the strike by two Iskander-M missiles on the centre of Sumy killed 34 people": a later
            # count of a strike that came at one place only updates the toll told before without the place
            # (or before it, when what is told without the place is an older toll: "has risen to 10 ... Earlier in the
            # day, officials had reported eight dead")
            national = sorted(national + [c for c in cands if c.update and len(set(c.places)) == 1 and not c.sub
                                          and not c.local and (c.sentence > national[0].sentence
                                                               or all(n.sub for n in national))], key=lambda c: c.start)
        if outcome != "debris" and all(c.sub for c in national):
            # "Among the wounded were two port workers": a part told apart from the lead's toll in Odesa
            national = []
        if not national and outcome != "debris":
            # "at least 24 were wounded across the Lviv, Ivano-Frankivsk and Khmelnytskyi regions": a toll of
            # several regions is the attack's, not one place's
            # (not "Two killed in Odesa, three in Kharkiv": one toll for each place)
            national = [c for c in cands if len(set(c.places)) >= 2 and not c.local and not c.sub
                        and not _PER_PLACE.search(sentence_text[c.sentence])
                        and not _WHERE_BEFORE.search(text, max(0, c.start - 40), c.start)]
        if not national and outcome != "debris":
            # "Russia attacked Kharkiv with 12 drones, wounding nine": the place is the whole attack's target.
            national = [c for c in cands if c.sentence in launch_sentences and len(set(c.places)) == 1 and not c.sub
                        and not _TOLL_PLACE_AFTER.match(text, c.end)]  # not "4 killed in Kyiv" ("among them four children")
        if not national and outcome != "debris":
            # The lead: "Ballistic missiles slammed into the port of Odesa on Tuesday evening, killing eight"
            # (not "missiles struck the town of Balakliia, killing three" when the attack went at other regions
            # too: then the lead's toll is one town's; but "its biggest drone attack on Moscow, killing one" is the attack's)
            # ("A Russian ballistic missile strike on Dnipro on Tuesday morning killed at least 17": the strike's toll)
            # (only when the attack named no other region and came only at that place: "an attack on Lviv killed
            # seven" beside "13 missiles and 29 drones" across the country is one city's share)
            national = [c for c in cands if c.sentence <= lead and len(set(c.places)) == 1 and not c.sub
                        and not _TOLL_PLACE_AFTER.match(text, c.end) and (
                            (c.participle and (len(regions_named) <= 1 or _ATTACK_NOUN.search(sentence_text[c.sentence])))
                            or (len(regions_named) <= 1 and all(fm.places == c.places[:1] or (
                                not fm.places and _AT_THE_PLACE.search(sentence_text[fm.sentence])) for fm in launches)
                                and _STRIKE_KILLED.search(sentence_text[c.sentence])))]
        if not national:
            # (not "killed at least 21 people in the capital, among them four children": a part of a place's toll)
            national = [c for c in cands if not c.places and not c.local and not (c.sub and any(
                w.sentence == c.sentence and w.start < c.start and not w.sub and (w.places or w.local) for w in cands))]
        # "at least 12 injured, including two children": the part never stands for the whole
        chosen = choose([c for c in national if not c.sub] or national)
        if chosen and chosen.qualifier == "exact" and outcome != "debris":
            # the headline's "Five killed as Russia pounds western Ukraine" over the lead's "killed at least five
            # people": the same toll, the headline having dropped its "at least"
            chosen = next((c for c in cands if c.value == chosen.value and c.qualifier in ("at_least", "more_than")
                           and not c.sub and not c.local), chosen)
        if chosen:
            setattr(attack, attr, _to_figure(text, chosen))
    for outcome in OTHER_OUTCOMES:
        chosen = choose(_national([fm for fm in figures if fm.field == outcome]))
        if chosen:
            attack.other[outcome] = _to_figure(text, chosen)
    # ("a Zircon missile fired from Crimea was not intercepted": no class count, but one of that model came)
    attack.weapons = _weapon_figures(text, figures + [fm for fm in one_model if not any(
        o.model == fm.model and o.field == fm.field for o in figures)])
    _identified_weapons(attack, [pair for f in frames for pair in f.identified])
    _fates_of_the_only_model(text, attack, figures)
    _fates_of_all_of_a_model(text, attack, figures)
    return attack


def _fates_of_all_of_a_model(text: str, attack: Attack, figures: list[FigureMention]) -> None:
    """'fired 38 Kh-101 cruise missiles ... All 38 air-launched cruise missiles and all 22 Kalibrs were brought down':
    "all" of as many as one model launched is that model's fate (when no other model came in the same number)."""
    for fm in figures:
        if fm.field != "destroyed" or not fm.universal or fm.model or _regional(fm) or fm.key == "drones":
            continue
        same = [w for w in attack.weapons if w.weapon_class == "missile" and w.launched is not None
                and w.launched.value == fm.value]
        if len(same) == 1 and same[0].destroyed is None:
            same[0].destroyed = _to_figure(text, fm)


def _splits_neutralized(attack: Attack, key: str, downed: FigureMention) -> bool:
    """'403 drones were shot down/suppressed: – 200 Shahed-type drones were shot down; – 203 imitators were lost': the
    downs and the losses add up to the combined figure, so the downs are the class's, whatever model they name."""
    neutralized, suppressed = getattr(attack.neutralized, key), getattr(attack.suppressed, key)
    return neutralized is not None and suppressed is not None and downed.value + suppressed.value == neutralized.value


def _fates_of_the_only_model(text: str, attack: Attack, figures: list[FigureMention]) -> None:
    """'six Kh-101 cruise missiles and two Iskander-Ms ... shot down all six cruise missiles': when one model
    is all that came of a kind (a subclass, or all the missiles), the kind's downed figure is the model's."""
    launched = [w for w in attack.weapons if w.launched is not None]
    for w in launched:
        if w.destroyed is not None:
            continue
        if w.weapon_class != "missile":
            # (drones: "Shahed-type drones and decoys" is seldom one model, whatever the figures say; but when every
            # drone that came was downed - "10 Shahed-131/136 ... all 10 attack UAVs were shot down" - so was each one)
            drones_in, drones_down = attack.launched.drones, attack.destroyed.drones
            if drones_in is not None and drones_down is not None and [x for x in launched if x.weapon_class == "drone"] == [w] \
                    and drones_in.value == drones_down.value == w.launched.value:
                w.destroyed = drones_down
            continue
        sub = model_subclass(w.model)
        same_sub = [x for x in launched if sub and model_subclass(x.model) == sub]
        downed = [fm for fm in figures if fm.field == "destroyed" and not fm.model and not _regional(fm)]
        if sub and same_sub == [w] and (kind := [fm for fm in downed if fm.subclass == sub and fm.value <= w.launched.value]):
            # (not "a Zircon" with "F-16s destroyed 10 cruise missiles": more than came of it)
            told = attack.destroyed.missiles
            if told is not None and told.value == kind[0].value and told.evidence is not None \
                    and told.evidence.start > kind[0].start and len([x for x in launched if x.weapon_class == "missile"]) > 1:
                # the headline's "Ballistic missiles strike Kyiv; air defence downs five of nine" below which the
                # story says "Five of the missiles were shot down" of two models: the headline's kind was loose
                continue
            w.destroyed = _to_figure(text, kind[0])  # "all six cruise missiles": the Kh-101s
            continue
        class_launched, class_downed = attack.launched.missiles, attack.destroyed.missiles
        same_class = [x for x in launched if x.weapon_class == w.weapon_class]
        if same_class == [w] and class_downed is not None and class_launched is not None \
                and class_launched.value == w.launched.value and class_downed.value <= w.launched.value:
            w.destroyed = class_downed  # "more than 50 Kh-101 and Kh-555 cruise missiles ... destroyed 44 of them"


_LOCAL_AUTHOR = re.compile(r"\b(?:regional\s+(?:military\s+|state\s+)?administration|city\s+(?:military\s+)?administration|"
                           r"city\s+council|governor|mayor|head\s+of\s+the\s+[\w-]+\s+(?:region|oblast|city))\b", re.I)
_LOCAL_POST_INTRO = re.compile(r"^[^\S\n]*(?:the\s+)?(?:head|governor|mayor|chief)\b[^\n.]{0,120}?\b(?:administration|"
                               r"governor|mayor|council)\b[^\n.]{0,60}?\b(?:said|wrote|reported|posted)\s+on\s+(?:telegram|"
                               r"facebook)\b[^\n.]*:[^\S\n]*$", re.I | re.M)
_NATIONAL_QUOTE = re.compile(r"\b(?:according\s+to\s+the\s+air\s+force|the\s+air\s+force\s+(?:said|says|reported|reports)|"
                             r"(?:against|across|at)\s+(?:ukraine|the\s+country)|in\s+total\s+the\s+enemy)\b", re.I)
_PER_PLACE = re.compile(r"(?:\band|,)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                        r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at)\b", re.I)  # "two in Odesa and three in Kharkiv"
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:[\w-]+\s+){0,3}$", re.I)  # "..., and in the Kyiv region, where two people were injured"
_TOLL_PLACE_AFTER = re.compile(r"(?:\s+[\w-]+){0,5}?\s+(?:in|at|near)\s+(?:the\s+)?"  # ("2 killed in capital")
                               # ("killed at least one person in the southern city of Zaporizhzhia")
                               r"(?:(?:southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|"
                               r"north-?western|frontline|front-line)\s+)?(?:(?:city|town|port|village|region)\s+of\s+)?"
                               r"(?:[A-Z]|capital\b)")


def _identified_weapons(attack: Attack, identified: list[tuple[str, str]]) -> None:
    """'10 ballistic missiles ... identified as Iskander-M': the one model named for a class is the class.

    Only when no other model of that class is named and the model has no figures of its own."""
    named = {w.model for w in attack.weapons}
    for cls in ("drone", "missile"):
        models = {m for c, m in identified if c == cls}
        key = _CLASS_KEYS[cls]
        launched, destroyed = getattr(attack.launched, key), getattr(attack.destroyed, key)
        of_class = [w for w in attack.weapons if w.weapon_class == cls]
        if len(models) == 1 and len(of_class) == 1 and of_class[0].model in models and of_class[0].launched is None:
            # "air defences had downed ... 27 Shahed drones. All 36 drones were Shahed-type attack drones": how many
            # of the one model came
            of_class[0].launched = launched
            continue
        if len(models) != 1 or models & named or of_class:
            continue
        if launched is not None:
            attack.weapons.append(WeaponFigures(models.pop(), cls, launched, destroyed))


def _weapon_figures(text: str, figures: list[FigureMention]) -> list[WeaponFigures]:
    by_model: dict[str, WeaponFigures] = {}
    candidates: dict[tuple[str, str], list[FigureMention]] = {}
    for fm in figures:
        if not fm.model or fm.field not in ("launched", "destroyed") or _regional(fm):
            continue
        cls = "drone" if fm.key == "drones" else "missile"
        by_model.setdefault(fm.model, WeaponFigures(fm.model, cls))
        candidates.setdefault((fm.model, fm.field), []).append(fm)
    for (model, field_name), cands in candidates.items():
        if field_name == "launched" and cands[0].key == "drones":
            # "172 attack UAVs of the Shahed, Gerbera and other types, about 120 of which were Shaheds": the count whose
            # phrase names the model is its figure, as the Air Force data records it (the part is kept apart there)
            cands = [c for c in cands if not c.sub] or cands
        # the first figure of a model, unless a later one updates it ("32 Iskander-Ms had been fired, not 25")
        # or states exactly what it rounded ("about 400 Shaheds" in a first estimate, "396" in the official figures)
        chosen = choose(cands)
        setattr(by_model[model], field_name, _to_figure(text, chosen))
    return list(by_model.values())


def period_totals(text: str, groups: dict[object, list[SentenceFrame]], war: tuple[str, str] = direction_mod.DEFAULT,
                  lang: str = "en") -> list[PeriodTotal]:
    """Monthly and yearly totals of the war between Russia and Ukraine (a total has no attacker: the
    dataset's series is that war's). A story of another war ("In April, Iran launched more than 300 drones
    and missiles") tells of its salvoes by month, and those are no part of the series."""
    found: list[tuple[str, str, FigureMention, bool]] = []  # (period, class, figure, record) in text order
    told_next = _records_told_next(text, sorted({id(f): f for fs in groups.values() for f in fs}.values(),
                                                key=lambda f: f.sentence.start))
    for key, frames in groups.items():
        if not (isinstance(key, tuple) and key[0] == "period"):
            continue
        for frame in frames:
            if _other_war(frame.sentence.text, war, lang):
                continue
            launches = [fm for fm in frame.figures if fm.field == "launched" and not fm.places and not fm.not_attack]
            recorded = _record_holders(text, frame.sentence, launches) + told_next
            found += [(key[1], _period_class(fm), fm, fm in recorded) for fm in launches if fm.period == key[1]]
    totals: list[PeriodTotal] = []
    seen: set[tuple[str, str]] = set()
    for period, cls, fm, record in found:
        if (period, cls) in seen or _rounded_twin(fm, cls, [(c, f) for p, c, f, _ in found if p == period]):
            continue
        seen.add((period, cls))
        record = record or any(r for p, c, f, r in found if p == period and c == cls and f is not fm
                                and _rounds_to(f.value, fm.value) and f.qualifier != "exact")
        totals.append(PeriodTotal(period, cls, _to_figure(text, fm), record))
    return totals


def _rounded_twin(fm: FigureMention, cls: str, same_period: list[tuple[str, FigureMention]]) -> bool:
    """Is this round figure ("over 5,600 drones" in the headline) a total that the text also states
    exactly ("5,638 long-range attack drones")? A headline's bare "near 5,500" may have lost its class."""
    return fm.qualifier != "exact" and any(
        other.qualifier == "exact" and other is not fm and (c == cls or (cls == "all" and fm.bare)) and _rounds_to(other.value, fm.value)
        for c, other in same_period)


def _other_war(sentence: str, war: tuple[str, str], lang: str) -> bool:
    """Does this sentence tell of a war other than Russia's and Ukraine's? Its named attacker decides;
    failing one ("In October of that year, it launched about 180 ballistic missiles"), the story's."""
    sides = set(direction_mod.DEFAULT)
    named = direction_mod.named_attackers(sentence, lang)
    return not (named & sides) if named else not set(war) <= sides


_CLASS_WORD = {"drone": "drones", "missile": "missiles"}


def _records_told_next(text: str, frames: list[SentenceFrame]) -> list[FigureMention]:
    """'Of the 217 missiles, 104 were ballistic. That is the highest monthly number since ...': a record
    claimed by the next sentence about the last figure before it."""
    holders = []
    for before, frame in zip(frames, frames[1:]):
        launches = [fm for fm in before.figures if fm.field == "launched" and fm.period]
        claim = _THAT_IS_RECORD.match(frame.sentence.text) or _MORE_THAN_ANY.match(frame.sentence.text.lstrip(' "“'))
        if not claim and launches and _THAT_IS.match(frame.sentence.text) and (far := _RECORD.search(frame.sentence.text)) \
                and not (far.start() and frame.sentence.text[far.start() - 1] == "-") \
                and _all_compared(text, frame.sentence, frame.figures, frame.sentence.start + far.start()):
            # "That is about five times as many as in 2024, when Russia launched some 11,000, and the highest annual
            # total of the war": the claim is the sentence before's, the figure inside is compared
            claim = far
        if launches and claim:
            # "Officials said the drone figure was a record": the drones', not the missiles' after them
            cls = claim.groupdict().get("cls")
            if cls is None and ("drone" in frame.sentence.low) != ("missile" in frame.sentence.low):
                cls = "drone" if "drone" in frame.sentence.low else "missile"  # "the most intense month for drone attacks"
            named = [fm for fm in launches if cls and fm.key == _CLASS_WORD.get(cls.lower())]
            holders.append((named or launches)[-1])
    return holders


_THAT_IS_RECORD = re.compile(r"\s*(?:that|this|it|(?:\w+\s+said\s+(?:that\s+)?)?the\s+(?:(?P<cls>drone|missile)\s+|\w+\s+)?"
                             r"(?:figure|number|total|tally|count))\s+(?:is|was|marks?|marked|set|sets|(?:makes?|made)\s+(?:[A-Z]\w+\s+)?)"
                             r"\s*(?:a\s+new\s+|the\s+|a\s+)?"
                             r"(?:monthly\s+|annual\s+|yearly\s+)?(?:highest|record|most|largest|biggest|all-time)\b", re.I)


def _all_compared(text: str, sentence: Sentence, figures: list[FigureMention], at: int) -> bool:
    """Are there figures before `at`, and is every one of them named in a comparison ("as many as in 2024, when ...")?"""
    before = [fm for fm in figures if fm.end <= at]
    return bool(before) and all(_COMPARED_AS.search(text, sentence.start, fm.start) for fm in before)


_ONE_OF_THE = re.compile(r"\bone\s+of\s+the\s+$", re.I)
_THAT_IS = re.compile(r"\s*(?:that|this|it)\s+(?:is|was)\b", re.I)
_COMPARED_AS = re.compile(r"\b(?:as\s+(?:many|much)\s+as|than)\b", re.I)
# '"That is more drones than in any other month of the war"': a record of the sentence before's drones
_MORE_THAN_ANY = re.compile(r"(?:that|this|it)\s+(?:is|was)\s+more\s+(?P<cls>drone|missile)s?\s+than\s+in\s+any\s+"
                            r"(?:other\s+|previous\s+|single\s+)?month", re.I)


def _record_holders(text: str, sentence: Sentence, figures: list[FigureMention]) -> list[FigureMention]:
    """The figure a record claim is about: the one just before the claim ('6,297 drones, the highest
    monthly figure', not the '198 missiles' after it), or the one just after ('a record 5,438 drones')."""
    holders = []
    for m in _RECORD.finditer(text, sentence.start, sentence.end):
        if (m.start() and text[m.start() - 1] == "-") or _ONE_OF_THE.search(text, max(sentence.start, m.start() - 16), m.start()):
            continue  # "the third-highest monthly figure", "one of the highest monthly totals": no record
        if _SINCE_LATELY.search(text, m.start(), min(sentence.end, m.end() + 40)):
            continue  # "the highest monthly level since the spring": a high of the year, no record
        own = next((fm for fm in figures if m.end() <= fm.start <= m.end() + 16 and not fm.sub
                    and _RECORD_OF.fullmatch(text, m.end(), fm.start)), None)
        if _THAT_IS.match(sentence.text) and _all_compared(text, sentence, figures, m.start()) and own is None:
            continue  # (the sentence before's: see _records_told_next; not "... below the record of 6,297 set in July")
        # ("They included 104 ballistic missiles, the most ...": a part holds it when no whole comes before)
        before = [fm for fm in figures if fm.end <= m.start() and not fm.sub] \
            or [fm for fm in figures if fm.end <= m.start()]
        # ("up a quarter on February, when Moscow sent 5,059 drones, and beats the previous record": the month
        # compared in a 'when' aside holds no record)
        before = [fm for fm in before if not (_WHEN_ASIDE.search(text, max(sentence.start, fm.start - 40), fm.start)
                                              and _AND_CLAUSE.search(text, fm.end, m.start()))
                  # ("The figure is up from 5,513 drones in February and surpasses the previous record": the month
                  # compared holds none)
                  and not _UP_FROM_BEFORE.search(text, max(sentence.start, fm.start - 20), fm.start)]
        if len({fm.key for fm in before}) > 1 and (named := _RECORD_CLASS.search(text, m.start(), min(sentence.end, m.end() + 40))):
            # "6,297 drones and 198 missiles in July, the highest monthly number of drones": the drones'
            before = [fm for fm in before if fm.key == named.group(1).lower().rstrip("s") + "s"] or before
        after = [fm for fm in figures if m.end() <= fm.start <= m.end() + 16 and not fm.sub  # "a record 5,438"
                 and not _BEATING.search(text, m.end(), fm.start)]  # (not "a new record, beating the 5,438 ...")
        if after and _RECORD_OF.fullmatch(text, m.end(), after[0].start):
            # "up from 5,167, short of the July record of 6,240": the record is 6,240 (not "up 16 percent from the
            # previous record of 5,438 set in June": one since broken)
            if not _previous_record(text, sentence, m):
                holders.append(after[0])
        elif (_COMPARED_TO_RECORD.search(text, max(sentence.start, m.start() - 40), m.start())
              or _RECORD_ELSEWHEN.match(text, m.end())) and not _BROKE.search(text, max(sentence.start, m.start() - 40), m.start()):
            # "fewer than during the record months of last summer", "close to the record set in July": not this
            # figure's; but "below the record set in July, when Russia launched 6,297 drones": July's figure holds it
            if (holder := _record_month_holder(text, sentence, m, figures)) is not None:
                holders.append(holder)
        elif before:
            holders.append(before[-1])
        elif after:
            holders.append(after[0])
        elif (later := [fm for fm in figures if fm.start >= m.end() and not fm.sub]) \
                and not _BEATING.search(text, m.end(), later[0].start):
            # "November was the heaviest month of the war so far, with 2,435 drones"; plural: "the previous
            # records were set in March, with 7,673 drones, and in April, with 8,172"
            holders += later if m.group().lower() == "records" else later[:1]
    return holders


def _record_month_holder(text: str, sentence: Sentence, claim: re.Match[str],
                         figures: list[FigureMention]) -> FigureMention | None:
    """'the all-time high set in July, when Russia launched 6,297 drones': the figure of the month that set the
    record, told in the 'when' clause (not 'the previous record was set in November, when ...': an old one)."""
    told = _SET_IN_WHEN.match(text, claim.end())
    if told is None or _previous_record(text, sentence, claim):
        return None
    return next((fm for fm in figures if fm.start >= told.end() and not fm.sub), None)


def _previous_record(text: str, sentence: Sentence, claim: re.Match[str]) -> bool:
    """Is the record claimed a previous one ("the previous monthly record", "the old high"), since broken?"""
    return _PREVIOUS_RECORD.search(text, max(sentence.start, claim.start() - 30), claim.end()) is not None


# "(the record) set in July, when", "(the monthly record) was set in July 2025, when"
_SET_IN_WHEN = re.compile(rf"\s+(?:was\s+|had\s+been\s+)?set\s+in\s+(?:{'|'.join(_MONTH_NAMES)})(?:\s+\d{{4}})?\s*,\s+when\b",
                          re.I)
_UP_FROM_BEFORE = re.compile(_UP_FROM + "$", re.I)
_OVER_THE_MONTH = re.compile(r"(?:over|during|throughout|across)\s+the\s+(?:whole\s+|entire\s+)?month\b", re.I)
_SINCE_LATELY = re.compile(r"\bsince\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter|january|february|march|april|may|june|"
                           r"july|august|september|october|november|december|early|mid|late|last|(?:19|20)\d\d)\b", re.I)
_WHEN_ASIDE = re.compile(r",\s+when\s+[^,;.]*$", re.I)
# "the highest monthly number of drones", "by far the most drones in any year": the class the record is of
_RECORD_CLASS = re.compile(r"[^.;,]{0,30}?\b(?:(?:number|total|count|launches|tally)\s+of\s+(?:[\w-]+\s+)?|most\s+)"
                           r"(drones?|missiles?)\b", re.I)
_MONTHS_OWN = rf"(?:{'|'.join(_MONTH_NAMES)})(?:'s|’s)\s+"  # "July's "
# "broke the previous record set in June": a record of another month that this figure beat is a claim for it
_BROKE = re.compile(r"\b(?:broke|breaks?|breaking|beat|beats|beating|surpass\w*|topp\w*|exceed\w*|eclips\w*|smash\w*|"
                    r"shatter\w*)\s+(?:the\s+|a\s+|its\s+|" + _MONTHS_OWN + r")?"
                    r"(?:(?:previous|old|earlier|former|monthly|all-time)\s+)*$", re.I)
_BEATING = re.compile(r"\b(?:beat\w*|surpass\w*|topp\w*|exceed\w*|outstripp\w*|than|above|compared|from)\b", re.I)
# A record that the figure is compared with, or that another month set, is not this figure's.
_COMPARED_TO_RECORD = re.compile(r"\b(?:than|close\s+to|near|short\s+of|shy\s+of|below|behind|under|approaching|from|"
                                 r"second\s+only\s+to|only\s+second\s+to|"
                                 r"compared\s+(?:with|to))\s+(?:during\s+|in\s+|at\s+)?(?:the\s+|a\s+|its\s+|last\s+)?"
                                 r"(?:[\w'’-]+\s+){0,3}?$"
                                 r"|\b(?:previous|last|earlier|former|prior)\s+(?:month|year)(?:'s|’s)\s+(?:[\w-]+\s+)?$"
                                 # ("the second-highest monthly figure after July's record": another month's)
                                 r"|\b" + _MONTHS_OWN + r"(?:[\w-]+\s+)?$", re.I)
_RECORD_ELSEWHEN = re.compile(r"\s+(?:months?\s+of|set\s+(?:in|on|last|earlier|during)|of\s+(?:last|the\s+previous)|"
                              r"(?:was\s+|had\s+been\s+)?(?:reached|set|established)\s+in)\b", re.I)
_RECORD_OF = re.compile(r"\s*(?:of|at|high\s+of|figure\s+of|total\s+of|з|у)?\s*", re.I)
_RECORD = re.compile(r"\brecords?\b|\bthe\s+most\b[^.;,]{0,30}?\b(?:in|of)\s+any\s+(?:single\s+|other\s+)?(?:year|month)\b|\b(?:highest|largest|biggest)\s+(?:annual|yearly|monthly)\b|\b(?:heaviest|busiest|biggest|largest|worst|highest)\s+month\s+(?:of\s+the\s+(?:full-scale\s+)?"
                     r"(?:war|invasion)|on\s+record|ever|yet|so\s+far)\b|\bmore\s+than\s+in\s+any\s+(?:other\s+|previous\s+|single\s+)?month\b|\bhighest\s+(?:monthly|ever|\w+\s+since)|\ball-time\s+high|\bmonthly\s+high|"
                     r"\bmost\s+ever|\bthe\s+(?:most|highest|largest\s+(?:number|total))\b[^.;]{0,40}?\bsince\s+"
                     r"the\s+(?:start|beginning)\b|рекорд\w*|найбільш\w*\s+(?:за|від)", re.I)


def _period_class(fm: FigureMention) -> str:
    if fm.subclass in ("ballistic", "aeroballistic"):
        return "ballistic_missiles"
    if fm.subclass == "cruise":
        return "cruise_missiles"
    return {"drones": "drones", "missiles": "missiles"}.get(fm.key or "", "all")


def extract_attacks(text: str, published: date | None, lang: str = "en") -> tuple[list[Attack], list[PeriodTotal]]:
    """The attacks a document reports (main first) and the period totals it states."""
    frames = build_frames(text, published, lang)
    if not frames:
        return [], []
    if _other_story(for_language(lang), frames, text) or (lang == "en" and _sports_report(text)):
        if not _EXPLAINER_TITLE.search(frames[0].sentence.text):
            return [], []  # a drill, a show, a game: its "records" are no war's
        # "EXPLAINER: Russia's air war on Ukraine in 2025, in numbers": no attack, but its totals are totals
        return [], period_totals(text, assign(frames, None, text), direction_mod.direction(text, frames, lang), lang)
    if len(text) > _NAMES_A_PLACE_BY and not any(f.places for f in frames):
        # A story that names no country, region or city anywhere tells of a game, a product, a market:
        # a report of an attack says where (a line or two from a feed may not, so only longer texts)
        return [], period_totals(text, assign(frames, None, text), direction_mod.direction(text, frames, lang), lang)
    attack_date = main_date(frames, published, lang, text)
    groups = assign(frames, attack_date, text, daytime=lang == "en" and _daytime_lead(frames, attack_date))
    attacks: list[Attack] = []
    main = groups.get("main", [])
    attacker, target = direction_mod.direction(text, main or frames, lang)
    # A lead about a night long before publication is history, not news of an attack.
    recent = attack_date is not None and published is not None and 0 <= (published - attack_date).days <= 31
    candidates: list[tuple[object, list[SentenceFrame]]] = [("main", main)] if recent or not published else []
    candidates += [(k, v) for k, v in groups.items() if isinstance(k, date)]
    for key, frames_of in candidates:
        # "...its air defences downed 116 Ukrainian drones over Russia": the other side's attack.
        frames_of = _own_side(text, frames_of, attacker, target, lang)
        day = attack_date if key == "main" else key
        attack = build_attack(text, frames_of, day, target)  # type: ignore[arg-type]
        if not _is_attack(attack) or _bare_counts_only(attack, frames_of) \
                or (_regional_only(text, frames_of, target) and wordstart.search(_ONLY_HERE, text) is None):
            continue
        attack.attacker, attack.target = attacker, target
        attack.regions = _regions(text, frames_of, target, lang)
        attack.claims = claims_mod.find_claims(frames_of, key == "main")
        attacks.append(attack)
    return attacks, period_totals(text, groups, (attacker, target), lang)


_NAMES_A_PLACE_BY = 600  # characters
_EXPLAINER_TITLE = re.compile(r"\b(?:explainer|explained|review|in\s+numbers|by\s+the\s+numbers|analysis|faq|how\s+to\s+read)\b",
                              re.I)


def _sports_report(text: str) -> bool:
    """A match report in the words of war ("Sudakov's late missile", "a three-point barrage"): many words of the game."""
    low = text.lower()
    if sum(hint in low for hint in _SPORTS_HINTS) < _SPORTS_WORDS - 2:
        return False  # (substring tests first: a word pattern over the whole text costs a news page a lot)
    return len({m.group().lower() for m in wordstart.finditer(_SPORTS_WORD, text)}) >= _SPORTS_WORDS


_SPORTS_WORDS = 5  # distinct words of the game: a strike on a stadium names one or two
_SPORTS_HINTS = ("goal", "scor", "striker", "midfield", "coach", "season", "league", "match", "half", "penalt", "rebound",
                 "assist", "three-point", "overtime", "play", "final", "stadium", "fans", "derby", "tournament",
                 "championship", "innings", "wicket", "bowler", "batsman", "basketball", "football", "soccer", "cricket",
                 "hockey", "volleyball", "fixture")
_SPORTS_WORD = re.compile(r"\b(?:goals?|scored|scorer|striker|midfielder|goalkeeper|coach|season|league|match|fixture|half-?time|"
                          r"(?:second|first)[\s-]half|penalty|rebounds?|assists?|three-pointers?|overtime|play-?offs?|"
                          r"semi-?finals?|stadium|fans|derby|tournament|championship|innings|wickets?|bowler|batsman|"
                          r"basketball|football|soccer|cricket|hockey|volleyball)\b", re.I)


def _other_story(G: ModuleType, frames: list[SentenceFrame], text: str) -> bool:
    """A headline about a drill, a show, production or a game, that tells of no attack: the numbers
    in the story below it count targets, drones in the sky or units made, never an attack's."""
    # (a page's menu line, "Sign in    Newsletters    Podcasts    Donate", is no headline: the first line that reads
    # like one is)
    # (nor is an ad's line: "Winter sale: buy 2 heaters, get 1 free — free delivery across Ukraine", "Solar stations
    # for your home - installment plan 0% - learn more")
    # (nor the second sentence of a line: "ADVERTISEMENT — Smartphones up to -40%! Order today, delivery in 24 hours")
    title = next((f.sentence for f in frames[:6] if len(f.sentence.text.split()) >= 4 and not _MENU_LINE.search(f.sentence.text)
                  and not _AD_LINE.search(f.sentence.text) and not _MASTHEAD.search(f.sentence.text)
                  and _opens_a_line(text, f.sentence.start)), frames[0].sentence)
    if G.FRAME.attack_verb is None or title.text.rstrip().endswith((".", "!", "?")) or len(title.text.split()) > 20 \
            or _MAIL_HEADER.match(title.text):
        return False  # no headline line: the story starts with a sentence (or an e-mail's "From:" line)
    if _SPACE_TITLE.search(title.text) and not _WEAPON_TITLE.search(title.text):
        return True  # "SpaceX launches 27 Starlink satellites": a launch, but of no weapon
    if _SEA_TITLE.search(title.text) and not _HARM_TITLE.search(title.text):
        return True  # "North Korea fires two short-range ballistic missiles into the sea": a test, no attack
    if _SENTENCED_TITLE.search(title.text):
        return True  # "Court jails man for 15 years for helping Russia aim missile strikes": a trial, no attack
    if _ANNIVERSARY_TITLE.search(title.text) and not _NEWS_VERB_TITLE.search(title.text):
        return True  # "A year after the strike on Okhmatdyt, doctors and families remember": a past attack's memorial
    if _ANALYSIS_TITLE.match(title.text) and not _LAUNCH_TITLE.search(title.text):
        return True  # "Analysis: The arithmetic of the drone war is moving in Moscow's favour": its figures are loose
    if genre := _GENRE_TITLE.search(title.text):  # "Allied crews down target drones in Baltic air defence drill"
        title_text = _PRETEND_HARM.sub(" ", title.text)  # ("... wrap up joint drills with simulated missile strikes")
        # ("Taiwan fires dozens of missiles in largest live-fire air defence drill": a drill fires, and harms no one)
        # ("Chinese city launches 15,947 drones to set new light-show world record": a show launches, and harms no one)
        harmless = _DRILL_WORD.match(genre.group()) or _SHOW_WORD.match(genre.group())
        return not (_HARM_TITLE if harmless else _LAUNCH_TITLE).search(title_text)
    return _says(G.FRAME.not_attack, title) and not G.FRAME.attack_verb.search(title.text) \
        and not _a_headline_of_weapons_among_several(G, title.text)


def _a_headline_of_weapons_among_several(G: ModuleType, title: str) -> bool:
    """'Ukraine war latest: Air Force revises overnight drone figures; Zelensky presents "victory plan"': a live
    page's title joins several headlines, and one that tells of weapons and no plan is the attack's."""
    if ";" not in title:
        return False
    return any(_WEAPON_TITLE.search(part) and not G.FRAME.not_attack.search(part) for part in title.split(";"))


def _opens_a_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


_AD_LINE = re.compile(r"\b(?:sale|buy\s+\d|discount|free\s+delivery|shop\s+now|order\s+now|learn\s+more|per\s+month|promo\s*code|"
                      r"instal+ment\s+plan)\b|\d\s*%\s+off\b"
                      r"|^(?:sponsored|advertisement|promoted)\b|\bsave\s+(?:up\s+to\s+)?\d+\s*%"
                      # ("Subscribe to our weekly newsletter →", "Support independent journalism. Become a member")
                      # ("[Banner] Donate to our independent newsroom - every hryvnia counts")
                      r"|^\s*\[\s*(?:banner|ad|advert\w*|sponsored|promo\w*|partner\s+content)\s*\]"
                      r"|^\W*(?:subscribe|donate|sign\s+up|support\s+(?:independent|our)|"
                      r"become\s+a\s+(?:member|patron|subscriber))\b"
                      r"|^ad\s*[·:•|—–-]",  # ("AD · Winter clearance: generators and power banks up to -40%")
                      re.I)
# ("Home  World  Ukraine  Sport"; a ticker's "BREAKING: Power engineers restore supply ..." or "Breaking news ticker:
# Parliament to vote on budget amendments" above the story's own headline)
# (and a row of buttons, "[ Sign in ]  [ Donate ]")
# a site's name and motto over its pages: "KYIV CITY POST — Your guide to the capital"
_MASTHEAD = re.compile(r"\s[—–|-]\s+(?:your|the)\s+(?:[\w'’-]+\s+){0,2}?(?:guide|source|voice|home|window)\s+(?:to|for|of|on)\b",
                       re.I)
# ("FRONTLINE DAILY  - Home - Ukraine - World - Business - Opinion - Podcasts - Donate": a menu joined by dashes)
_MENU_LINE = re.compile(r"\S {3,}\S|(?:\S+ {2,}){3}\S|\s\|\s|^advertis|(?:\s[-–•·]\s+[\w&'’]+(?:\s[\w&'’]+)?){4,}\s*$"
                        r"|^(?:breaking(?:\s+news)?(?:\s+ticker)?|news\s+ticker|just\s+in)\b(?:\s*[:•|—–-]|\s{2})"
                        r"|^\s*\[[^\]]{1,30}\](?:\s*\[[^\]]{1,30}\])+\s*$", re.I)
_MAIL_HEADER = re.compile(r"(?:from|to|cc|date|sent|subject):\s", re.I)
# English headline words: a story of this kind is no attack even when its drones are "downed".
# A show's and a drill's headline words, shared by the genre test and the test of which kind it is
_SHOW_WORDS = (r"(?:light|drone)[\s-]shows?|(?:record-breaking|laser|aerial|night[\s-]sky)\s+shows?|"
               r"drones?(?:\s+swarms?)?\s+(?:light(?:s|ing)?\s+up|paint(?:s|ing)?|illuminat(?:e|es|ing)|danc(?:e|es|ing)\s+(?:in|over|across))|"
               # ("Chinese city lights up the night with swarm of more than 11,000 drones": the city lights it)
               r"light(?:s|ed|ing)?\s+up\s+(?:the\s+)?(?:night|sky|skies)(?:\s+sky)?\s+with\s+(?:an?\s+)?(?:swarms?|fleets?|"
               r"thousands|more\s+than\s+[\d,]+|[\d,]+)")
_TRAINING_WORDS = r"trains?\s+to|training"  # "Mobile fire groups train to hunt drones at night"
_GENRE_TITLE = re.compile(rf"\b(?:drills?|exercises?|{_TRAINING_WORDS}|war\s+games|practi[sc]e[sd]?|practi[sc]ing|rehears\w*|festivals?|{_SHOW_WORDS}|video\s+games?|"
                          r"film|movie|documentary|review|museum|obituary|obituaries|exhibit\w*|trial|court|guide|explainer|explained|"
                          r"how\s+to\s+read|faq|quiz|hackathons?|contests?|competitions?|championships?|tournaments?|"
                          r"prototypes?|startups?|start-ups?|test|trials|"
                          # ("Baykar signs drone export deal as Turkish defence sales hit record": a sale, no attack)
                          r"(?:export|arms|weapons?|defen[cs]e|drone|procurement|supply)\s+(?:deals?|contracts?|orders?)|"
                          r"satellites?|starlink|spacex|spacecraft|astronauts?|"
                          r"(?:semi-?|quarter-?)?finals?|league|play-?offs?|derby|(?:home|away)\s+win|"
                          r"(?:basketball|football|soccer|hockey|volleyball|handball)\b)\b", re.I)
_ANALYSIS_TITLE = re.compile(r"\W*(?:analysis|opinion|comment|commentary|explainer)\s*[:|—–]", re.I)
# ("simulated missile strikes", "practise repelling massed drone raid": a drill's pretend harm)
_PRETEND_HARM = re.compile(r"\b(?:simulated|mock|practice|training|dummy|imitation|repel\w*|repuls\w*|counter\w*)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|launch\w*|barrages?)\b", re.I)
_SENTENCED_TITLE = re.compile(r"\b(?:court|judge|tribunal|prosecutors?)\b[^.]{0,40}?\b(?:jails?|jailed|sentences?|sentenced|"
                              r"convicts?|convicted|acquits?|acquitted)\b|\b(?:jailed|sentenced)\s+(?:to|for)\s", re.I)
_ANNIVERSARY_TITLE = re.compile(r"\b(?:(?:a|one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                                r"ninety|(?:a\s+)?hundred|\d+)\s+years?\s+(?:after|on|since)\b|"
                                r"remembers?|commemorat\w*|memorial)", re.I)
# (but "Russia strikes Kyiv a year after the Okhmatdyt attack", "Three years on, Ukrainians mark anniversary after night
# of record drone attack": news)
_NEWS_VERB_TITLE = re.compile(r"\b(?:(?:strikes|hits|attacks|launches|fires|pounds|kills|targets|shells|hurls|sends)\s+(?!on\b|of\b)|"
                              r"hit\s+by|record|largest|biggest|night\s+of|overnight)", re.I)
_SEA_TITLE = re.compile(r"\b(?:into|in)\s+the\s+(?:sea|ocean|water)\b|\bsea\s+of\s+japan\b", re.I)
_SHOW_WORD = re.compile(_SHOW_WORDS, re.I)
_DRILL_WORD = re.compile(rf"drills?|exercises?|{_TRAINING_WORDS}|war\s+games|test|trials|practi[sc]\w*|rehears\w*", re.I)
_HARM_TITLE = re.compile(r"(?<![\w-])(?:attack\w*|strikes?|struck|kill\w*|wound\w*|injur\w*|barrage|bombard\w*|pound\w*|"
                         r"raids?|hits?|dead|deaths?)\b", re.I)
_SPACE_TITLE = re.compile(r"\b(?:satellites?|starlink|spacex|spacecraft|astronauts?|space\s+station|orbit|rocket\s+launch)\b", re.I)
_WEAPON_TITLE = re.compile(r"\b(?:drones?|missiles?|uavs?|shaheds?|attack\w*|strikes?|air\s+defen[cs]e)\b", re.I)
_LAUNCH_TITLE = re.compile(r"(?<![\w-])(?:launch\w*|fire[sd]?|attack\w*|strikes?|struck|kill\w*|wound\w*|injur\w*|barrage|"
                           r"bombard\w*|pound\w*|raids?)\b", re.I)


def _regional_only(text: str, frames: list[SentenceFrame], target: str) -> bool:
    """A governor's report: every weapon figure told of one region or place ("15 attack drones over Odesa
    region", "11 drones over the region"), no count for the whole attack. It reports no attack's figures."""
    # (a sentence that names several regions speaks of more than one: "over the Kyiv, Cherkasy and Vinnytsia regions")
    weapon_figures = [fm for f in frames for fm in f.figures if fm.field in COUNT_OUTCOMES and not fm.period
                      and not fm.not_attack and not fm.earlier
                      and (fm.local or len({p.code for p in f.places if p.kind != "country"}) <= 1)]
    every = [fm for f in frames for fm in f.figures if fm.field in COUNT_OUTCOMES and not fm.period and not fm.not_attack
             and not fm.earlier]
    if every and all(fm.field != "launched" for fm in every) and (
            wordstart.search(_REGIONAL_COMMAND, text) is not None or wordstart.search(_NATIONAL_NOT_YET, text) is not None):
        # "units of Air Command South shot down 23 drones over the Mykolaiv, Odesa and Kherson regions ... The Air
        # Force is expected to publish the overall figures later": a command's share, the night's count still to come
        return True
    if every and not _national_command_author(text) and _local_post(text) and _told_in(_SHARE_OF_NATIONAL, text, frames):
        # "Tonight the enemy once again launched a massive attack on Ukraine ..., and our region was among the
        # directions. Air defence destroyed 7 attack drones over the Mykolaiv and Kherson regions": the command's share
        return True
    if every and _local_post(text) and wordstart.search(_EVENING_ATTACK, text) is not None \
            and not _told_in(_SHARE_OF_NATIONAL, text, frames):
        # "Evening attack on Dnipro. This evening, the enemy attacked the regional centre with attack drones. Up to 15
        # UAVs were flying towards the city": an evening's attack on the city alone, not its share of a night's
        return False
    # ("32 drones downed over the southern regions, including over the Odesa and Mykolaiv regions": a part of the country)
    if not weapon_figures or len(weapon_figures) != len(every) or _national_command_author(text):
        return False  # (the Air Force's own post counts the whole night, even when it all came over Kyiv; so does Russia's
        # defence ministry's)
    if all(fm.key == "missiles" and fm.field in ("launched", "hits") for fm in every):
        # "Two Russian ballistic missiles hit a military institute in Poltava", "Two S-300 missiles hit the Chuhuiv
        # district": a missile strike on one place, told whole (a region's share of a night says what was shot down)
        return False
    # "Kharkiv was one of several regions targeted during the night", "The Defense Ministry had not published its
    # overnight summary": a figure of no named place is the city's own share (searched only when asked, once)
    if _local_post(text) and _told_in(_SHARE_OF_NATIONAL, text, frames):
        # "Kharkiv City Mayor ... During last night's massive attack on Ukraine, the enemy once again targeted our city
        # ... with nine Shaheds": the city's share of the night, which the post itself says was the country's
        return True
    own_share = [fm for fm in weapon_figures if not fm.local and not fm.places and fm.field != "launched"]
    share_told = bool(own_share) and (wordstart.search(_ONE_OF_SEVERAL, text) is not None
                                       or wordstart.search(_NATIONAL_NOT_YET, text) is not None)
    return all(
        fm.local or (share_told and fm in own_share) or (fm.places and all(c.startswith(target + "-") for c in fm.places)
                                                         and len(set(fm.places)) == 1
                                                         and (fm.field != "launched" or fm.more or fm.sub)
                                                         and not _OVER_REGIONS.match(text, fm.end)
                                                         and not _PART_FOLLOWS.match(text, fm.end))
        for fm in weapon_figures)


_EVENING_ATTACK = re.compile(r"\b(?:this|in\s+the|late\s+in\s+the)\s+(?:evening|afternoon)\b|\bevening\s+(?:attack|strike)", re.I)


def _told_in(pattern: re.Pattern[str], text: str, frames: list[SentenceFrame]) -> bool:
    """Does `pattern` match in the text, outside the sentences told of another attack? (frames: the attack's own)
    ("The strike came a day after the Odesa region was among the targets of an overnight drone attack on Ukraine": the
    share was the night before's)"""
    found = wordstart.search(pattern, text)
    while found is not None:
        # (nor one that opens "Earlier, overnight, as part of the enemy's drone attack on Ukraine, ...": an earlier wave's)
        if any(f.sentence.start <= found.start() < f.sentence.end and not f.sentence.low.startswith("earlier")
               for f in frames):
            return True
        found = wordstart.search(pattern, text, found.end())
    return False


def _local_author(text: str) -> bool:
    """Do the post's first lines name a governor, a mayor or a city administration as its author (or introduce the
    post they quote: "The head of the Odesa Regional Military Administration reported on Telegram (translation):")?"""
    return _LOCAL_AUTHOR.search("\n".join(text.lstrip()[:300].split("\n", 2)[:2])) is not None \
        or _LOCAL_POST_INTRO.search(text, 0, 600) is not None


def _national_command_author(text: str) -> bool:
    """Is the post's first line the name of a command that counts a whole attack ("Air Force of the Armed Forces of
    Ukraine", "Ministry of Defence of the Russian Federation — statement")?"""
    return _NATIONAL_COMMAND_AUTHOR.match(text.lstrip()[:120]) is not None


_NATIONAL_COMMAND_AUTHOR = re.compile(r"\W*(?:(?:the\s+)?(?:ukrainian\s+|ukraine['’]s\s+)?air\s+force(?:\s+command)?"
                               r"(?:\s+of\s+the\s+armed\s+forces(?:\s+of\s+ukraine)?)?"
                               # ("Ministry of Defence of the Russian Federation — statement": the other side's national count)
                               r"|(?:the\s+)?(?:russian\s+)?(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)"
                               r"(?:\s+of\s+the\s+russian\s+federation|\s+of\s+russia)?)"
                               r"(?:[^\w\n(]|\([^)\n]*\)|\b(?:official\s+)?statement\b|\bbriefing\b|\bbulletin\b)*\n", re.I)


def _local_post(text: str) -> bool:
    """A governor's, mayor's or city administration's own post, quoting no national count."""
    return _local_author(text) and wordstart.search(_NATIONAL_QUOTE, text) is None


_SHARE_OF_NATIONAL = re.compile(r"\b(?:massive|combined|large-scale|mass)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault|barrage)\s+"
                                r"(?:by\s+(?:the\s+)?[\w\s]{1,30}?\s+)?on\s+(?:ukraine|the\s+(?:whole\s+)?country)\b|"
                                # ("Another night attack on Ukraine by Russian drones, and the capital was again among
                                # the enemy's targets")
                                r"\bamong\s+(?:the|its|their)\s+(?:(?:enemy|russia|occupiers|invaders)['’]s?\s+)?targets\b|"
                                r"\banother\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|assault|barrage)\s+on\s+(?:ukraine|the\s+country)\b|"
                                # "As part of another Russian attack on Ukraine, our air defence forces shot down ..."
                                # ("as part of the enemy's latest drone attack on Ukraine")
                                r"\bas\s+part\s+of\s+(?:another|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:attack|strike|assault|barrage)\s+on\s+(?:ukraine|the\s+country)\b|"
                                # "Last night the enemy again attacked Ukraine with attack drones. Our region was also in
                                # the path of the Shaheds"
                                r"\battacked\s+ukraine\s+with\s+(?:attack\s+|strike\s+|shahed\s+)?(?:drones|uavs|shaheds|missiles)\b|"
                                r"\b(?:our|the)\s+(?:region|city|oblast|community)\s+(?:was|were)\s+also\s+(?:in\s+the\s+path|"
                                r"among)\b", re.I)
_REGIONAL_COMMAND = re.compile(r"\bair\s+command\s+(?:south|east|west|north|centre|center|central)\b", re.I)
_NATIONAL_NOT_YET = re.compile(r"\b(?:ha[sd]\s+not\s+(?:yet\s+)?|ha[sd]n['’]t\s+(?:yet\s+)?|did\s+not\s+|(?:was|is)\s+yet\s+to\s+|"
                               r"(?:is|are|was)\s+expected\s+to\s+)"
                               r"(?:published|released|issued|publish|release|issue)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:summary|figures|data|tally|statement|report|numbers)\b", re.I)
_ONE_OF_SEVERAL = re.compile(r"\b(?:was|were)\s+(?:one\s+of|among)\s+(?:the\s+)?(?:several|many|multiple|numerous|a\s+number\s+of|"
                             r"\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty)\s+(?:\w+\s+)?(?:regions|oblasts|"
                             r"cities|areas|provinces)\s+(?:that\s+were\s+|to\s+be\s+)?(?:targeted|attacked|hit|struck)\b", re.I)
# "destroyed 44 Ukrainian drones overnight, 29 of them over the Krasnodar region": the whole, whose part has the place
_PART_FOLLOWS = re.compile(r"(?:\s+[\w-]+){0,2}?\s*,\s*(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|which|those)\b"
                           # ("destroyed 15 drones and three missiles between 3:30 and 6:50 am, most of them on approach to
                           # the capital": where the most came, not all)
                           r"|[^.;]{0,80}?,\s*(?:most|many|the\s+majority|(?:almost|nearly)\s+all)\s+of\s+them\b", re.I)
# "shot down 62 Ukrainian drones overnight over nine regions, 19 of them over Saratov Oblast": the whole
_OVER_REGIONS = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:over|across|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|\w+teen|twenty|several|many|multiple)\s+(?:\w+\s+)?(?:regions|oblasts|provinces)\b", re.I)


def _is_attack(attack: Attack) -> bool:
    """An attack needs a weapon count; casualties alone come from many other stories."""
    return any(not getattr(attack, o).is_empty() for o in COUNT_OUTCOMES) or bool(attack.weapons)


def _bare_counts_only(attack: Attack, frames: list[SentenceFrame]) -> bool:
    """No launch and no count that names what it counts: "shot down 12 of 15 target drones released by instructors
    [a drill's]. Two more were 'hit but kept flying', and one was lost in low cloud" tells of no attack."""
    if not attack.launched.is_empty() or attack.weapons:
        return False
    return all(fm.bare for f in frames for fm in f.figures if fm.field in COUNT_OUTCOMES and not fm.not_attack
               and not fm.period and not fm.earlier)


_GOVERNMENT_AFTER = re.compile(r"\s+and\s+its\s+(?:[\w-]+\s+)?(?:allies|partners)\b|"  # ("Kyiv and its European allies")
                               r"\s+(?:was|is|has|had|have|says|said|told|wants|will|would|could|should|must|"
                               r"insists|denied|accused|warned|claims|to\s+\w+|time|"
                               # "as Kyiv renews appeal for Patriot systems", "as Kyiv awaits answer on talks"
                               r"renews|awaits|appeals|asks|calls|urges|seeks|hopes|expects|welcomes|rejects|accuses|"
                               r"warns|demands|pushes|presses|prepares|plans|vows|signals|responds|"
                               # "as Kyiv weighed a minerals deal", "a term Kyiv uses", "Kyiv has repeatedly asked"
                               r"weighs|weighed|weighing|prepared|preparing|scrambled|scrambles|declared|declares|mourns|"
                               r"mourned|urged|wanted|hoped|insisted|warned|asked|sought|agreed|agrees|rejected|denies|"
                               r"responded|pledged|pledges|signs|signed|negotiates|negotiated|welcomed|condemns|condemned|"
                               r"uses|used|believes|claimed|(?:has|had|have)\s+(?:long|repeatedly|also)\s+\w+|"
                               # ("as Kyiv braced for a change in Washington", "the Kyiv regime")
                               r"braced|braces|bracing|regime|"
                               # ("as Kyiv tries to secure a ceasefire deal", "after Kyiv moved the holiday")
                               r"tries|tried|trying|moved|moves|struggles|struggled|faces|faced|"
                               r"and\s+(?:moscow|washington)|"
                               # "Moscow Mayor Sergei Sobyanin", "Moscow airports shut": a title, a name
                               # ("the Moscow city authorities said that flights ... had been suspended")
                               r"(?:city\s+|regional\s+)?(?:mayor|governor|airports?|officials?|authorities)|city\s+hall)\b"
                               # "Moscow's war effort", "Kyiv's allies", "Moscow's airports imposed restrictions"
                               r"|(?:'s|’s)\s+(?:\w+\s+){0,3}?(?:war|allies|forces|army|military|government|officials|"
                               r"troops|invasion|aggression|claims?|efforts?|airports?|leadership|regime|mayor|governor|"
                               r"campaign|(?:counter-?)?offensive|strategy|tactics|reserves|economy|budget|exports|finances|"
                               r"air\s+force|"  # ("Kyiv's air force said": the country's)
                               r"(?:nightly\s+|daily\s+|latest\s+)?(?:attacks?|strikes?|drones?|missiles?))\b", re.I)
_NOT_THERE_BEFORE = re.compile(r"\b(?:forcing|urged|asked|told|near|around|surrounding|outside|from|than|for|toward|towards|"
                               r"with|"
                               r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
                               r"approaching|heading\s+for|en\s+route\s+to|"
                               # ("a cruise missile was shot down on its approach to the capital")
                               r"(?:its|their)\s+(?:approach|way)\s+to|"
                               # "wrapped up a visit to Kyiv": a trip, not a strike
                               r"visit(?:s|ed|ing)?|visit\s+to|trip\s+to|arrived\s+in|travel(?:l?ed)?\s+to|"
                               # "as Western leaders converged on Kyiv to show support": a summit, not a strike
                               r"converged\s+on|gathered\s+in|flew\s+(?:in)?to|"
                               r"officials\s+in|authorities\s+in|government\s+in|"
                               # "support for Kyiv", "which both Kyiv and Moscow are watching": the government
                               r"support\s+for|aid\s+(?:for|to)|pressure\s+on|talks\s+with|ties\s+with|both|between|"
                               r"moscow\s+and|washington\s+and)\s+(?:the\s+)?$", re.I)


_GROUND_FIRE = re.compile(r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|tank\s+fire)\b")
_AERIAL_WEAPON = re.compile(r"\b(?:drones?|missiles?|shaheds?|uavs?|rockets?|bombs?|air\s+(?:strikes?|attacks?|raids?)|airstrikes?|"
                            r"debris|wreckage|fragments|"
                            # ("the Nikopol district, which was also shelled", "one of several strikes on the region")
                            r"also|strikes?|struck|attacks?)\b")


def _regions(text: str, frames: list[SentenceFrame], target: str, lang: str) -> list[str]:
    """ISO codes of the target country's places in sentences about this attack."""
    G = for_language(lang)
    codes: set[str] = set()
    counted_before = False  # the sentence before counted weapons
    for frame in frames:
        rest_of_count, counted_before = counted_before and bool(_THE_REST_OPENS.match(frame.sentence.low)), any(
            fm.field in COUNT_OUTCOMES for fm in frame.figures)
        # Only a place of the target country not counted yet can change the answer: the sentence-level
        # patterns below are tried only for those (a region is often named again and again).
        new = [p for p in frame.places if p.kind != "country" and p.country == target and p.code not in codes]
        if not new or (frame.figures and all(fm.earlier for fm in frame.figures)):
            continue  # (nothing new, or "Earlier on Tuesday, ... 45 drones overnight over eight regions": another attack's)
        # ("... downed 106 drones, 46 of them over Saratov Oblast. The others were reported over the Volgograd, ...")
        if not rest_of_count and not _says(G.FRAME.attack_context, frame.sentence):
            # "— 41 over the territory of the Bryansk region,": a list item's downs are where the weapons fell
            if _LIST_ITEM.match(frame.sentence.text) and any(fm.field in _PLACED_OUTCOMES for fm in frame.figures):
                codes.update(p.code for p in new if not _not_a_location(frame, p))
            continue
        if not frame.figures and not frame.dates and (
                _past(G, frame.sentence) or (_says(G.FRAME.not_attack, frame.sentence)
                                             and G.FRAME.not_attack.search(_RELATIVE.sub(" ", frame.sentence.text)))):
            continue  # history or plans: tagged here, lazily, as most such sentences never get this far
        if not frame.figures and _ALERT_ONLY.search(frame.sentence.low) and not _EVENT_THERE.search(frame.sentence.low):
            continue  # "Lviv and Odesa also reported air raid alerts, but no damage": sirens, not strikes
        if lang == "en" and _GROUND_FIRE.search(frame.sentence.low) and not _AERIAL_WEAPON.search(frame.sentence.low):
            continue  # "Separately, Russian shelling killed two people in the southern city of Kherson": no air attack
        low = frame.sentence.low
        if not frame.figures and lang == "en" and ((("no " in low or "escaped" in low or "not related" in low or "without" in low
                                                     or " as air defen" in low) and _heard_only(low)) or _in_flight_only(low)):
            continue  # "Explosions were heard in Lviv, but no damage was reported", "drones over Sumy region, course south-west"
        if not frame.figures and lang == "en" and low.lstrip().startswith(("no ", "there were no ", "there was no ")) \
                and _NOTHING_THERE.match(low):
            continue  # "No hits were recorded in the capital": where nothing happened
        # ("The strike came a day after Russia attacked Kyiv", "had been spared the strikes seen in Kyiv": from there on)
        background = _BACKGROUND.search(frame.sentence.text) if lang == "en" and any(
            word in low for word in _BACKGROUND_WORDS) else None
        for place in new:
            if _not_a_location(frame, place) or (background and place.start >= frame.sentence.start + background.start()):
                continue
            if lang == "en" and (_SPEAKER_THERE.search(text, max(frame.sentence.start, place.start - 40), place.start)
                                 or _BASED.match(text, place.end)):
                continue  # "Al Jazeera's correspondent in Kyiv", "an analyst at a Kyiv-based think tank"
            if lang == "en" and _SPARED_AFTER.match(text, place.end):
                continue  # "In Kyiv, where no strikes were reported overnight, ...", "Lviv was spared"
            if lang == "en" and _AIRPORT.match(text, place.end) and _FLIGHT_CURBS.search(low) and not _HARM.search(low):
                continue  # "Restrictions were imposed at Kaluga airport during the attack": a precaution, not a strike
            if direction_mod.launched_from(frame.sentence, place.start) or _launch_list_place(text, frame, place):
                continue  # a launch area, even in occupied Ukraine, is not where the weapons fell
            codes.add(place.code)
    if not codes and lang == "en" and _local_author(text):
        codes.update(_author_places(text, frames, target))
    return sorted(codes)


def _author_places(text: str, frames: list[SentenceFrame], target: str) -> set[str]:
    """'Ihor Terekhov | Kharkiv City Mayor ... the occupiers struck the centre of our city': a mayor's or governor's
    post that names no place in its story is about the place of the author's office, named in its first lines."""
    head_end = len(text) - len(text.lstrip())
    for line in text.lstrip().split("\n", 2)[:2]:  # (the lines _local_author reads, when they are a byline's)
        if len(line) > _BYLINE_MAX:
            break  # ("... were downed near St Petersburg, the governor said.": a story's sentence, no byline)
        head_end += len(line) + 1
    return {p.code for f in frames if f.sentence.start < head_end for p in f.places
            if p.start < head_end and p.kind != "country" and p.country == target}


_BYLINE_MAX = 120


# One clause that says nothing happened there: "No hits were recorded in the capital", "There were no casualties in the
# Lviv region" (not "No casualties were reported in Lviv, but a drone hit a warehouse in Lutsk": a clause after it)
_NOTHING_THERE = re.compile(r"\W*(?:there\s+(?:were|was)\s+)?no\s+(?:hits?|damage|casualties|destruction|injuries|victims|"
                            r"deaths|impacts?|strikes?|explosions)\b[^,;:]*$")
_THE_REST_OPENS = re.compile(r"\W*(?:the\s+(?:others|rest|remaining\s+\w+|remainder)|others|the\s+remaining)\s+(?:were|was)\b")
_PLACED_OUTCOMES = frozenset({"destroyed", "suppressed", "neutralized", "hits", "debris", "killed", "injured"})
# Where a speaker is, not where weapons fell: "correspondent in Kyiv", "a volunteer in Kharkiv who", "an
# air defense officer in the Kyiv region", "serves in an air-defense unit in the Chernihiv region".
_SPEAKER_THERE = re.compile(r"\b(?:correspondents?|reporters?|journalists?|analysts?|experts?|officers?|volunteers?|"
                            r"bureau|unit|soldiers?|economists?|diplomats?|researchers?|sources?)\s+(?:based\s+)?(?:in|at|from)\s+"
                            r"(?:the\s+)?$", re.I)
_BASED = re.compile(r"-based\b", re.I)
_SPARED_AFTER = re.compile(r"(?:\s+(?:region|oblast|city))?(?:\s*,\s*(?:where|which)\s+|\s+)(?:no\s+(?:strikes?|attacks?|hits?|"
                           r"explosions|drones?|missiles?)\s+(?:was|were|had\s+been|have\s+been)\s+"
                           r"(?:reported|recorded|registered)|(?:was|were)\s+(?:largely\s+|mostly\s+)?spared|escaped)\b", re.I)
_AIRPORT = re.compile(r"(?:\s+international)?\s+airports?\b", re.I)
_FLIGHT_CURBS = re.compile(r"\b(?:restrictions?|restricted|curbs?|closed|closure|suspended|halted|paused|grounded|"
                           r"delay(?:s|ed)?|diverted|cancell?ed|flights?|plan\s+carpet)\b")
# Blasts heard, no harm: "Explosions were heard in Lviv, though the regional administration reported no damage".
_HEARD = re.compile(r"\b(?:heard|hearing|rang\s+out|reported\s+explosions|explosions\s+(?:were\s+)?reported|air\s+defen[cs]es?\s+"
                    r"(?:in\s+action|engag\w+|work\w*)|spent\s+(?:hours|the\s+night)\s+in\s+(?:shelters|metro))\b")
_NO_HARM = re.compile(r"\b(?:no\s+(?:damage|casualties|destruction|injuries|victims|explosions|blasts)|"
                      r"escaped\s+(?:damage|unscathed)|"
                      r"not\s+related\s+to\s+the\s+(?:drone|missile|air)?\s*attack|without\s+(?:damage|casualties))\b")
_HARM = re.compile(r"\b(?:hit|struck|debris|wreckage|killed|injured|wounded|destroyed|fire\s+broke|caught\s+fire|"
                   r"damaged|power\s+outages?)\b")


def _heard_only(low: str) -> bool:
    # ("Explosions were heard in Kyiv as air defenses engaged them": the defences at work, no harm told)
    return (_NO_HARM.search(low) is not None or _DEFENCES_AT_WORK.search(low) is not None) \
        and _HEARD.search(low) is not None and not _HARM.search(_NO_HARM.sub(" ", low))


_DEFENCES_AT_WORK = re.compile(r"\bas\s+air\s+defen[cs]es?\s+(?:\w+\s+)?(?:engag\w+|work\w*|(?:were|was)\s+(?:in\s+action|active|working))\b")


# Weapons in flight: "groups of attack drones over Sumy region, course south-west toward Poltava region".
_IN_FLIGHT = re.compile(r"\b(?:moving|heading|course|flying|en\s+route)\s+(?:\w+\s+)?(?:to|towards?|south|north|east|west|"
                        r"south-?west|south-?east|north-?west|north-?east)\b")


def _in_flight_only(low: str) -> bool:
    return any(word in low for word in ("moving", "heading", "course", "flying", "en route")) \
        and _IN_FLIGHT.search(low) is not None and not _HARM.search(low)


# (words one of which every _BACKGROUND match holds: a cheap test first)
_BACKGROUND_WORDS = ("after", "follow", "spared", "since", "repeatedly", "recent", "latest", "last ", "remain", "fighting",
                     "that attack")
# Background of other attacks, from here to the sentence's end: "The strike came a day after Russia attacked Kyiv",
# "had until now been spared the kind of strikes seen in Kyiv", "the deadliest ... since July, when ... in Kyiv",
# "It has repeatedly targeted Ukraine's ports", "in recent weeks", "the latest in a campaign that began in October".
_BACKGROUND = re.compile(r"\b(?:(?:came|comes|followed|follows)\s+(?:just\s+|only\s+)?(?:(?:a|one|two|three|four|five|six|"
                         r"several|a\s+few|\d+)\s+)?(?:days?|weeks?|months?|hours?)\s+after|followed\s+a\s+(?:week|month|series|string)\b|"
                         r"(?:had|has|have)\s+(?:until\s+now\s+|so\s+far\s+|largely\s+)?been\s+spared|"
                         r"since\s+\w+,\s+when|has\s+repeatedly\s+(?:targeted|struck|hit|attacked)|in\s+recent\s+(?:days|weeks|months)|"
                         r"the\s+latest\s+in\s+a\s+(?:campaign|series|string|wave)|the\s+last\s+(?:attack|strike)\s+of\s+(?:comparable|similar)|"
                         r"remains?\s+under\s+(?:daily|constant|regular|near-daily)\s+(?:fire|attack|shelling)|"
                         r"fighting\s+(?:remained|remains|continued|continues|raged)|that\s+attack\s+(?:killed|injured|hit|damaged))", re.I)
# ", which produces electricity and carries a road,": what the place is, not what happened there
_RELATIVE = re.compile(r",\s+which\s+[^,;.]{1,80},")
_ALERT_ONLY = re.compile(r"\b(?:air[\s-]+raid\s+)?(?:alerts?|sirens?|warnings?)\b")
_EVENT_THERE = re.compile(r"\b(?:hit|hits|struck|strikes?|debris|wreckage|fragments|damag\w+|destroy\w*|shot\s+down|downed|"
                          r"intercept\w*|explosions?|blasts?|killed|injured|wounded|fires?|burn\w*)\b(?<!no damage)")


# "- 19 Iskander-M ballistic missiles - Bryansk, Kursk regions of the RF and occupied Crimea": after the
# dash of a launch count, the places are where the weapons came from.
_DASH_THEN_PLACES = re.compile(r"[^;.]*?\s[—–-]\s[^;.]*")


def _launch_list_place(text: str, frame: SentenceFrame, place: PlaceMention) -> bool:
    before = [fm for fm in frame.figures if fm.end <= place.start]
    if not before or any(fm.field != "launched" for fm in frame.figures):
        return False
    return _DASH_THEN_PLACES.fullmatch(text, before[-1].end, place.start) is not None \
        or _IN_OPEN_BRACKET.fullmatch(text, before[-1].end, place.start) is not None \
        or _OCCUPIED_BEFORE.search(text, max(before[-1].end, place.start - 60), place.start) is not None


# "2 Kh-59/69 guided air missiles from Su-34 aircraft over the occupied part of the Zaporizhzhia region": where from
_OCCUPIED_BEFORE = re.compile(r"\b(?:temporarily\s+)?occupied\s+(?:part\s+of\s+(?:the\s+)?|territor(?:y|ies)\s+of\s+(?:the\s+)?)?$",
                              re.I)
# "1 Kh-59/69 guided air missile (temporarily occupied Luhansk region)": in brackets after the count, where from
_IN_OPEN_BRACKET = re.compile(r"[^();.\n]{0,40}\([^()\n]*")


def _not_a_location(frame: SentenceFrame, place: PlaceMention) -> bool:
    """'Kyiv was ready for a truce', 'forcing Kyiv to import gas': the government, not the city."""
    if place.kind not in ("capital_city", "capital_alias") and place.code not in city_regions():
        return False  # (a city that is a region of its own is read like a capital: "near St Petersburg")
    text, start = frame.sentence.text, place.start - frame.sentence.start
    end = place.end - frame.sentence.start
    if (m := _GOVERNMENT_AFTER.match(text, end)) and _CITY_OFFICIAL.search(m.group()) and _THE_CITY.search(text, m.end()) \
            and not (_APPROACHED.search(text, m.end()) and not _HARM_IN_CITY.search(text, m.end())):
        # "Kyiv's mayor says debris fell in four districts of the city": the city after all (not "Moscow Mayor Sergei
        # Sobyanin said drones approaching the city were shot down on its outskirts": the mayor's word of the approach)
        return False
    return bool(_GOVERNMENT_AFTER.match(text, end) or _NOT_THERE_BEFORE.search(text[:start]))


_APPROACHED = re.compile(r"\b(?:approaching|on\s+(?:the\s+|their\s+)?approach(?:es)?\s+to|on\s+the\s+outskirts\s+of|"
                         r"flying\s+(?:toward|towards|to))\s+(?:the\s+)?(?:city|capital)\b", re.I)
_HARM_IN_CITY = re.compile(r"\b(?:debris|wreckage|fragments|fires?|damag\w*|hit|struck|killed|injured|wounded|casualties)\b"
                           r"(?<!no\scasualties)", re.I)
_CITY_OFFICIAL = re.compile(r"mayor|governor|officials|authorities", re.I)
_THE_CITY = re.compile(r"\b(?:in|of|across|over|on)\s+the\s+(?:city|capital)\b", re.I)
