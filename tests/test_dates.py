"""Date mentions resolved to the day an attack ended; months; datelines; no crash on any text."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.dates import find_dates, find_months, published_from_text
from skytally.pipeline import extract_text

PUB = date(2025, 7, 4)  # a Friday

EN = [
    ("Russia attacked Ukraine overnight.", "overnight", "2025-07-04", "night"),
    ("It was the largest attack last night.", "last night", "2025-07-04", "night"),
    ("drones were launched during the night", "during the night", "2025-07-04", "night"),
    ("Throughout the night, explosions", "Throughout the night", "2025-07-04", "night"),
    ("on the night of July 3-4, drones", "on the night of July 3-4", "2025-07-04", "night"),
    ("on the night of 3 to 4 July", "on the night of 3 to 4 July", "2025-07-04", "night"),
    ("the night of July 3 to 4", "the night of July 3 to 4", "2025-07-04", "night"),
    ("attacks of July 3-4", "July 3-4", "2025-07-04", "night"),
    ("between June 30 and July 1", "June 30 and July 1", "2025-07-01", "night"),
    # the Air Force's "у ніч на 3 липня", translated: the night into the 3rd
    ("on the night of July 3", "on the night of July 3", "2025-07-03", "night"),
    ("overnight into Friday", "overnight into Friday", "2025-07-04", "night"),
    ("overnight on Friday", "overnight on Friday", "2025-07-04", "night"),
    ("in the early hours of Friday", "in the early hours of Friday", "2025-07-04", "night"),
    ("early Friday", "early Friday", "2025-07-04", "night"),
    ("on Thursday night", "on Thursday night", "2025-07-04", "night"),
    ("Thursday night into Friday", "Thursday night into Friday", "2025-07-04", "night"),
    ("on Friday night", "on Friday night", "2025-07-04", "night"),
    ("on Wednesday night", "on Wednesday night", "2025-07-03", "night"),
    ("late Thursday", "late Thursday", "2025-07-03", "day"),
    ("late Wednesday", "late Wednesday", "2025-07-02", "day"),
    ("Friday morning", "Friday morning", "2025-07-04", "day"),
    ("officials said on Friday", "on Friday", "2025-07-04", "day"),
    ("In Friday's call", "Friday's", "2025-07-04", "day"),
    ("on Monday", "on Monday", "2025-06-30", "day"),
    ("last Friday", "last Friday", "2025-06-27", "day"),
    ("yesterday", "yesterday", "2025-07-03", "relative"),
    ("today", "today", "2025-07-04", "relative"),
    ("this morning", "this morning", "2025-07-04", "relative"),
    ("on July 4", "on July 4", "2025-07-04", "explicit"),
    ("on 4 July", "on 4 July", "2025-07-04", "explicit"),
    ("July 4, 2025", "July 4, 2025", "2025-07-04", "explicit"),
    ("on Jan. 2", "on Jan. 2", "2025-01-02", "explicit"),
    ("on July 5", "on July 5", "2025-07-05", "explicit"),  # up to published + a week stays this year
    ("on July 10", "on July 10", "2025-07-10", "explicit"),  # (a day ahead: "mourning from 8 to 10 July")
    ("from the evening of July 3, the enemy launched", "from the evening of July 3", "2025-07-04", "night"),
    ("on July 12", "on July 12", "2024-07-12", "explicit"),
    ("crossed the border on February 24, 2022", "on February 24, 2022", "2022-02-24", "explicit"),
    ("on 2025-07-03", "on 2025-07-03", "2025-07-03", "explicit"),
    ("May 4", "May 4", "2025-05-04", "explicit"),
    ("a Christmas Day attack", "Christmas Day", "2024-12-25", "explicit"),
]

UK = [
    ("У ніч на 4 липня противник атакував", "У ніч на 4 липня", "2025-07-04", "night"),
    ("в ніч на 4 липня", "в ніч на 4 липня", "2025-07-04", "night"),
    ("в ніч з 3 на 4 липня", "в ніч з 3 на 4 липня", "2025-07-04", "night"),
    ("у ніч з 30 червня на 1 липня", "у ніч з 30 червня на 1 липня", "2025-07-01", "night"),
    ("в ніч проти 4 липня", "в ніч проти 4 липня", "2025-07-04", "night"),
    ("(з 18:00 3 липня)", "з 18:00 3 липня", "2025-07-04", "night"),
    ("до 08:30 4 липня", "до 08:30 4 липня", "2025-07-04", "night"),
    ("вночі противник атакував", "вночі", "2025-07-04", "night"),
    ("минулої ночі", "минулої ночі", "2025-07-04", "night"),
    ("цієї ночі", "цієї ночі", "2025-07-04", "night"),
    ("вчора", "вчора", "2025-07-03", "relative"),
    ("позавчора", "позавчора", "2025-07-02", "relative"),
    ("сьогодні", "сьогодні", "2025-07-04", "relative"),
    ("у п'ятницю", "у п'ятницю", "2025-07-04", "day"),
    ("у пʼятницю", "у пʼятницю", "2025-07-04", "day"),
    ("в понеділок", "в понеділок", "2025-06-30", "day"),
    ("в ніч на четвер", "в ніч на четвер", "2025-07-03", "night"),
    ("у ніч з четверга на п'ятницю", "у ніч з четверга на п'ятницю", "2025-07-04", "night"),
    ("у четвер вночі", "у четвер вночі", "2025-07-03", "night"),
    ("в минулу п'ятницю", "в минулу п'ятницю", "2025-06-27", "day"),
    ("04.07.2025", "04.07.2025", "2025-07-04", "explicit"),
    ("4 липня 2025 року", "4 липня 2025 року", "2025-07-04", "explicit"),
    ("24 лютого", "24 лютого", "2025-02-24", "explicit"),
    ("удар на Різдво", "на Різдво", "2024-12-25", "explicit"),
]


def _one(text: str, lang: str) -> tuple:
    found = find_dates(text, PUB, lang)
    assert len(found) == 1, found
    return found[0].text, found[0].end_date.isoformat(), found[0].kind


@pytest.mark.parametrize("text,span,day,kind", EN, ids=[c[0] for c in EN])
def test_english(text: str, span: str, day: str, kind: str) -> None:
    assert _one(text, "en") == (span, day, kind)


@pytest.mark.parametrize("text,span,day,kind", UK, ids=[c[0] for c in UK])
def test_ukrainian(text: str, span: str, day: str, kind: str) -> None:
    assert _one(text, "uk") == (span, day, kind)


@pytest.mark.parametrize("text,lang", [
    ("earlier this week", "en"), ("last week", "en"), ("next Monday", "en"), ("you may go", "en"),
    ("a march through the city", "en"), ("at 18:00", "en"), ("version 1.2.3", "en"), ("п'ятниця", "uk"),
    ("лютий мороз", "uk"), ("у 2024 році", "uk"),
])
def test_not_dates(text: str, lang: str) -> None:
    assert find_dates(text, PUB, lang) == []


def test_both_uk_air_force_forms_agree() -> None:
    found = find_dates("У ніч на 4 липня (з 18:00 3 липня) противник атакував", PUB, "uk")
    assert [d.end_date for d in found] == [PUB, PUB]


def test_saturday_night_capped_at_publication() -> None:
    (d,) = find_dates("on Saturday night", date(2025, 7, 5))
    assert d.end_date == date(2025, 7, 5)
    (d,) = find_dates("on Saturday night", date(2025, 7, 7))
    assert d.end_date == date(2025, 7, 6)


@pytest.mark.parametrize("text,published,day", [
    # Christmas told in the week after January 7 is the Orthodox one
    ("drones attacked on Christmas night", date(2026, 1, 7), date(2026, 1, 7)),
    ("drones attacked on Christmas night", date(2025, 12, 26), date(2025, 12, 25)),
    ("a strike on Christmas Eve", date(2026, 1, 9), date(2026, 1, 6)),
    # the eve of a dated occasion is the day before it
    ("drones downed on eve of its first December 25 Christmas", date(2023, 12, 24), date(2023, 12, 24)),
])
def test_holidays_and_their_eves(text: str, published: date, day: date) -> None:
    (d,) = find_dates(text, published)
    assert d.end_date == day


def test_late_friday_in_a_saturday_story_is_friday() -> None:
    (d,) = find_dates("sirens sounded late on Friday", date(2025, 7, 5))
    assert d.text == "late on Friday" and d.end_date == date(2025, 7, 4)


def test_without_published_only_full_dates() -> None:
    assert [d.end_date for d in find_dates("overnight on Friday, July 4, 2025", None)] == [date(2025, 7, 4)]
    assert find_dates("yesterday, on July 4", None) == []


def test_datetime_published() -> None:
    (d,) = find_dates("yesterday", datetime(2025, 7, 4, 8, 14))
    assert d.end_date == date(2025, 7, 3) and type(d.end_date) is date


@pytest.mark.parametrize("text,lang,expected", [
    ("Russia launched 5,438 drones at Ukraine in June, a record", "en", [("in June", "2025-06")]),
    ("330 missiles that month", "en", [("that month", None)]),
    ("last month", "en", [("last month", "2025-06")]),
    ("in June 2024", "en", [("in June 2024", "2024-06")]),
    ("in August", "en", [("in August", "2024-08")]),
    ("in May", "en", [("in May", "2025-05")]),
    ("you may go; on July 4", "en", []),
    ("у червні 2025 року", "uk", [("у червні 2025 року", "2025-06")]),
    ("протягом червня", "uk", [("протягом червня", "2025-06")]),
    ("минулого місяця", "uk", [("минулого місяця", "2025-06")]),
    ("того ж місяця", "uk", [("того ж місяця", None)]),
    ("у лютому", "uk", [("у лютому", "2025-02")]),
    ("лютий мороз; 4 червня", "uk", []),
])
def test_months(text: str, lang: str, expected: list[tuple]) -> None:
    assert [(text[s:e], period) for s, e, period in find_months(text, PUB, lang)] == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia launches drones\nUpdated 8:14 AM EDT, July 4, 2025\nKyiv", date(2025, 7, 4)),
    ("July 4, 2025\nText", date(2025, 7, 4)),
    ("04.07.2025 08:14\nТекст", date(2025, 7, 4)),
    ("Новини\n4 липня 2025, 08:14\n", date(2025, 7, 4)),
    ("Published 2025-07-04T08:14:00Z\n", date(2025, 7, 4)),
    ("Friday, 4 July 2025 08:14 BST", date(2025, 7, 4)),
    ("Russia's army crossed the border on February 24, 2022, in an all-out invasion that Putin sought to "
     "justify by falsely saying it was needed to protect civilians", None),
    ("No date here", None),
])
def test_published_from_text(text: str, expected: date | None) -> None:
    assert published_from_text(text) == expected


_TOKENS = ["on", "the", "night", "of", "July", "3", "-", "4", ",", "2025", "Friday", "overnight", "into", "late",
           "у", "ніч", "на", "липня", "з", "18:00", "п'ятницю", "вночі", "вчора", "04.07.2025", "2025-07-04",
           "30.02.2025", "last", "month", "that", "червні", "лютий", "May", "\n", "İ", "’"]


def _check(text: str, published: date | None, lang: str) -> None:
    for d in find_dates(text, published, lang):
        assert 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text
        assert isinstance(d.end_date, date)
    for s, e, period in find_months(text, published, lang):
        assert 0 <= s < e <= len(text) and (period is None or len(period) == 7)
    published_from_text(text)


@settings(max_examples=300, deadline=None)
@given(st.text(), st.one_of(st.none(), st.dates()), st.sampled_from(["en", "uk", "ru"]))
def test_any_text(text: str, published: date | None, lang: str) -> None:
    _check(text, published, lang)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12), st.one_of(st.none(), st.dates()),
       st.sampled_from(["en", "uk"]))
def test_any_date_like_text(tokens: list[str], published: date | None, lang: str) -> None:
    _check(" ".join(tokens), published, lang)


def test_a_day_of_last_year() -> None:
    found = find_dates("On the morning of July 8 last year, a missile slammed into the hospital.", date(2025, 7, 8), "en")
    assert [d.end_date for d in found] == [date(2024, 7, 8)]
    found = find_dates("On July 8, 2024, a missile slammed into the hospital.", date(2025, 7, 8), "en")
    assert [d.end_date for d in found] == [date(2024, 7, 8)]


def test_storeys_are_no_days() -> None:
    found = find_dates("A fire broke out on the 8th to 10th floors of the building.", date(2024, 10, 29), "en")
    assert found == []


def test_the_day_of_the_aftermath_before_the_attacks_own_day_is_not_its_date() -> None:
    text = ("KYIV, Ukraine (AP) - Ukrainians cleared rubble and went back to work on Friday after one of the heaviest "
            "Russian missile bombardments in weeks, a pre-dawn barrage on Thursday that killed at least 11 people. "
            "Ukraine's air force said Russia fired 81 missiles of different types.")
    assert extract_text(text, published=date(2023, 3, 10), lang="en").attacks[0].date == "2023-03-09"


def test_the_day_of_an_earlier_attack_after_days_after_does_not_date_the_leads_counts() -> None:
    text = ("KYIV, Jan 2 (Reuters) - Russia fired nearly 100 missiles at Ukraine on Tuesday, killing at least five "
            "people, officials said, days after another heavy aerial assault on New Year's Eve weekend. The air force "
            "said it had shot down 72 of the 99 missiles. It also destroyed all 35 Shahed drones launched overnight.")
    attacks = extract_text(text, published=date(2024, 1, 2), lang="en").attacks
    assert [(a.date, a.launched.missiles.value, a.launched.drones.value) for a in attacks] == [("2024-01-02", 99, 35)]


def test_a_daytime_lead_under_an_undated_title_makes_the_nights_report_another_attack() -> None:
    text = ("Air Force of Ukraine - update\n\n13 May 2026, 19:10\n\nFrom 08:00 to 18:30 on 13 May, the enemy carried "
            "out a massive daytime attack with 700 attack UAVs of the Shahed and Gerbera types, launched from the "
            "directions of Kursk and Bryansk.\n\nAs of 19:00, air defence shot down or suppressed 650 enemy UAVs.\n\n"
            "Hits of 40 attack UAVs were recorded at 20 locations.\n\nWe remind you "
            "that this morning we reported on the overnight attack of 12-13 May, during which the enemy used 139 UAVs, "
            "of which 111 were shot down or suppressed.")
    attacks = extract_text(text, published=date(2026, 5, 13), lang="en").attacks
    assert attacks[0].launched.drones.value == 700
