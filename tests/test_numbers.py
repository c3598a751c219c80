"""Number mentions: values, qualifiers, what is not a count; any text in, no crash out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.numbers import NumberMention, find_numbers, parse_number_words


def view(m: NumberMention) -> tuple:
    """(span text, value, qualifier) plus "U" universal, "D" in a date, "Y" a year."""
    flags = "U" * m.universal + "D" * m.in_date + "Y" * m.is_year
    return (m.text, m.value, m.qualifier, flags) if flags else (m.text, m.value, m.qualifier)


EN = [
    ("Russia launched 550 drones and missiles", [("550", 550, "exact")]),
    ("launched 5,438 drones at Ukraine in June", [("5,438", 5438, "exact")]),
    ("5\u00a0438 drones", [("5\u00a0438", 5438, "exact")]),
    ("5\u202f438 drones", [("5\u202f438", 5438, "exact")]),
    ("debris fell across at least 33 sites", [("at least 33", 33, "at_least")]),
    ("including nearly 80 ballistic missiles", [("nearly 80", 80, "approx")]),
    ("more than 330 missiles", [("more than 330", 330, "more_than")]),
    ("shot down all 29 drones", [("all 29", 29, "exact", "U")]),
    ("all of the 29 drones were destroyed", [("all of the 29", 29, "exact", "U")]),
    ("all 29 of the drones", [("all 29", 29, "exact", "U")]),
    ("Both missiles were intercepted", [("Both", 2, "exact", "U")]),
    ("Eleven missiles were fired", [("Eleven", 11, "exact")]),
    ("sixty-three drones", [("sixty-three", 63, "exact")]),
    ("sixty three drones", [("sixty three", 63, "exact")]),
    ("Two hundred and eight targets", [("Two hundred and eight", 208, "exact")]),
    ("a hundred drones", [("a hundred", 100, "exact")]),
    ("one hundred and five drones", [("one hundred and five", 105, "exact")]),
    ("a dozen drones", [("a dozen", 12, "exact")]),
    ("two dozen drones", [("two dozen", 24, "exact")]),
    ("half a dozen missiles", [("half a dozen", 6, "exact")]),
    ("a couple of drones", [("a couple of", 2, "approx")]),
    ("a pair of missiles", [("a pair of", 2, "exact")]),
    ("killed one person and wounded at least 26 others", [("one", 1, "exact"), ("at least 26", 26, "at_least")]),
    ("One of the worst", [("One", 1, "exact")]),
    ("over 100 drones", [("over 100", 100, "more_than")]),
    ("no fewer than 40 missiles", [("no fewer than 40", 40, "at_least")]),
    ("no less than 40", [("no less than 40", 40, "at_least")]),
    ("a minimum of 12 drones", [("a minimum of 12", 12, "at_least")]),
    ("upwards of 300 drones", [("upwards of 300", 300, "more_than")]),
    ("in excess of 500 drones", [("in excess of 500", 500, "more_than")]),
    ("about 20 drones", [("about 20", 20, "approx")]),
    ("around 20 drones", [("around 20", 20, "approx")]),
    ("almost 400 drones", [("almost 400", 400, "approx")]),
    ("some 30 drones", [("some 30", 30, "approx")]),
    ("roughly 1,000-kilometre front line", [("roughly 1,000", 1000, "approx")]),
    ("approximately 45 drones", [("approximately 45", 45, "approx")]),
    ("close to 50 drones", [("close to 50", 50, "approx")]),
    ("an estimated 70 drones", [("an estimated 70", 70, "approx")]),
    ("up to 20 drones", [("up to 20", 20, "at_most")]),
    ("as many as 40 missiles", [("as many as 40", 40, "at_most")]),
    ("fewer than 10 drones", [("fewer than 10", 10, "at_most")]),
    ("(about 30) drones", [("about 30", 30, "approx")]),
    ("more than a dozen drones", [("more than a dozen", 12, "more_than")]),
    ("1.2 million people", [("1.2 million", 1200000, "exact")]),
    ("the 550-drone attack", [("550", 550, "exact")]),
    ("a 23-year-old photographer", [("23", 23, "exact")]),
    ("in 2022", [("2022", 2022, "exact", "Y")]),
    ("since 2014 the war", [("2014", 2014, "exact", "Y")]),
    ("on July 4 Russia", [("4", 4, "exact", "D")]),
    ("on 4 July Russia", [("4", 4, "exact", "D")]),
    ("the night of 3-4 July", [("3", 3, "exact", "D"), ("4", 4, "exact", "D")]),
    ("on the night of July 3-4", [("3", 3, "exact", "D"), ("4", 4, "exact", "D")]),
    ("July 4, 2025", [("4", 4, "exact", "D"), ("2025", 2025, "exact", "Y")]),
    ("up to 2025", [("2025", 2025, "exact", "Y")]),
    ("28 of 31 drones", [("28", 28, "exact"), ("31", 31, "exact")]),
    ("one and two drones", [("one", 1, "exact"), ("two", 2, "exact")]),  # (not a compound; "between one and two" is a range)
    ("9 Iskander-M and 2 Kh-101", [("9", 9, "exact"), ("2", 2, "exact")]),
]

NOT_NUMBERS = [
    "hundreds of drones", "dozens of drones", "thousands of people", "scores of drones", "several hundred",
    "the first wave", "the third attack", "the 10th attack", "1st", "22nd", "at 18:00", "at 8:14 AM", "at 07.00",
    "40% of them", "40 percent", "40 per cent", "1.5 times", "Kh-101", "Shahed-136/131", "S-300", "Tu-95MS",
    "KN-23", "Iskander-M", "Su-34", "F-16", "MiG-31K", "9K720", "+380 44 123 45 67", "call (044) 123-45-67",
    "no one was hurt", "a cruise missile", "an attack", "two-thirds of them", "over Kyiv", "COVID-19",
]

UK = [
    ("атакував 137-ма ударними БпЛА", [("137-ма", 137, "exact")]),
    ("влучання 57-ми ударних БпЛА на 13-ти локаціях", [("57-ми", 57, "exact"), ("13-ти", 13, "exact")]),
    ("на 8-ми локаціях", [("8-ми", 8, "exact")]),
    ("1-го дрона", [("1-го", 1, "exact")]),
    ("550-ма засобами", [("550-ма", 550, "exact")]),
    ("вісім ракет", [("вісім", 8, "exact")]),
    ("вісьмох ракет", [("вісьмох", 8, "exact")]),
    ("вісьмома ракетами", [("вісьмома", 8, "exact")]),
    ("двома ракетами", [("двома", 2, "exact")]),
    ("три ракети", [("три", 3, "exact")]),
    ("трьох ракет", [("трьох", 3, "exact")]),
    ("сорок вісім дронів", [("сорок вісім", 48, "exact")]),
    ("шістдесятьма трьома дронами", [("шістдесятьма трьома", 63, "exact")]),
    ("трьомастами дронами", [("трьомастами", 300, "exact")]),
    ("двісті сорок вісім", [("двісті сорок вісім", 248, "exact")]),
    ("п'ятьма десятками дронів", [("п'ятьма десятками", 50, "exact")]),
    ("пʼятьма десятками дронів", [("пʼятьма десятками", 50, "exact")]),
    ("п’ятьма десятками дронів", [("п’ятьма десятками", 50, "exact")]),
    ("сотня дронів", [("сотня", 100, "exact")]),
    ("більше сотні дронів", [("більше сотні", 100, "more_than")]),
    ("десяток дронів", [("десяток", 10, "exact")]),
    ("близько десятка дронів", [("близько десятка", 10, "approx")]),
    ("півсотні дронів", [("півсотні", 50, "exact")]),
    ("півтори тисячі дронів", [("півтори тисячі", 1500, "exact")]),
    ("2 тисячі дронів", [("2 тисячі", 2000, "exact")]),
    ("1,5 тис. дронів", [("1,5 тис.", 1500, "exact")]),
    ("понад тисячу дронів", [("понад тисячу", 1000, "more_than")]),
    ("понад 500 дронів", [("понад 500", 500, "more_than")]),
    ("більш ніж 40 ракет", [("більш ніж 40", 40, "more_than")]),
    ("близько 20 дронів", [("близько 20", 20, "approx")]),
    ("майже 30 дронів", [("майже 30", 30, "approx")]),
    ("щонайменше 5 людей", [("щонайменше 5", 5, "at_least")]),
    ("не менше 10 дронів", [("не менше 10", 10, "at_least")]),
    ("до 20 дронів", [("до 20", 20, "at_most")]),
    ("всі 29 ракет", [("всі 29", 29, "exact", "U")]),
    ("усі 29 ракет", [("усі 29", 29, "exact", "U")]),
    ("обидві ракети", [("обидві", 2, "exact", "U")]),
    ("збито 28 з 31", [("28", 28, "exact"), ("31", 31, "exact")]),
    ("двоє загиблих", [("двоє", 2, "exact")]),
    ("п'ятеро людей", [("п'ятеро", 5, "exact")]),
    ("Одинадцять ракет", [("Одинадцять", 11, "exact")]),
    ("одна людина загинула", [("одна", 1, "exact")]),
    ("у ніч на 4 липня", [("4", 4, "exact", "D")]),
    ("в ніч з 3 на 4 липня", [("3", 3, "exact", "D"), ("4", 4, "exact", "D")]),
    ("з 18:00 3 липня", [("3", 3, "exact", "D")]),
    ("до 4 липня", [("4", 4, "exact", "D")]),
    ("4-го липня", [("4-го", 4, "exact", "D")]),
    ("2025 року", [("2025", 2025, "exact", "Y")]),
    ("на 10-поверховий будинок", [("10", 10, "exact")]),
]

UK_NOT_NUMBERS = [
    "сотні дронів", "десятки дронів", "тисячі людей", "кілька десятків", "3-й", "5-та", "Х-101", "Х-47М2", "Су-34",
    "Shahed-136/131", "сім'я", "о 18:00", "07.00", "40%", "5 відсотків", "1,5",
]


@pytest.mark.parametrize("text,expected", EN, ids=[c[0] for c in EN])
def test_english(text: str, expected: list[tuple]) -> None:
    assert [view(m) for m in find_numbers(text, "en")] == expected


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_english_not_numbers(text: str) -> None:
    assert find_numbers(text, "en") == []


@pytest.mark.parametrize("text,expected", UK, ids=[c[0] for c in UK])
def test_ukrainian(text: str, expected: list[tuple]) -> None:
    assert [view(m) for m in find_numbers(text, "uk")] == expected


@pytest.mark.parametrize("text", UK_NOT_NUMBERS)
def test_ukrainian_not_numbers(text: str) -> None:
    assert find_numbers(text, "uk") == []


def test_number_start_excludes_the_qualifier() -> None:
    text = "Debris fell across at least 33 sites."
    (m,) = find_numbers(text)
    assert text[m.start:m.end] == "at least 33" and text[m.number_start:m.end] == "33"


def test_seed_sentence() -> None:
    text = ("Russia successfully hit eight locations with nine missiles and 63 drones. "
            "Debris from intercepted drones fell across at least 33 sites.")
    assert [view(m) for m in find_numbers(text)] == [
        ("eight", 8, "exact"), ("nine", 9, "exact"), ("63", 63, "exact"), ("at least 33", 33, "at_least")]


@pytest.mark.parametrize("phrase,lang,value", [
    ("sixty-three", "en", 63), ("Two hundred and eight", "en", 208), ("5,438", "en", 5438), ("a dozen", "en", 12),
    ("вісьмох", "uk", 8), ("шістдесятьма трьома", "uk", 63), ("550-ма", "uk", 550),
    ("hundreds", "en", None), ("sixty drones", "en", None), ("", "en", None),
])
def test_parse_number_words(phrase: str, lang: str, value: int | None) -> None:
    assert parse_number_words(phrase, lang) == value


_TOKENS = ["550", "5,438", "1.5", "18:00", "-", "/", "%", "Kh-101", "all", "at least", "over", "до", "понад",
           "sixty", "three", "hundred", "a", "dozen", "both", "July", "4", "липня", "ніч", "на", "2025", "-ма",
           "тисячі", "сотні", "п'ять", "півтори", "one", "no", "(", "+380", "\u00a0", "\n", "İ", "ß", "’"]


def _check(text: str, lang: str) -> None:
    out = find_numbers(text, lang)
    for m in out:
        assert 0 <= m.start <= m.number_start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["en", "uk", "ru"]))
def test_any_text(text: str, lang: str) -> None:
    _check(text, lang)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12), st.lists(st.sampled_from([" ", "", "-", ", "]), min_size=12,
       max_size=12), st.sampled_from(["en", "uk"]))
def test_any_number_like_text(tokens: list[str], seps: list[str], lang: str) -> None:
    _check("".join(t + s for t, s in zip(tokens, seps)), lang)


@pytest.mark.parametrize("text, value, span", [("All 6 (six) enemy drones", 6, "All 6 (six)"),
                                                ("two hundred and eight (208) drones", 208, "two hundred and eight (208)")])
def test_a_number_written_twice_is_one_number(text: str, value: int, span: str) -> None:
    found = find_numbers(text, "en")
    assert [(n.text, n.value) for n in found] == [(span, value)]


def test_the_ends_of_a_range_are_no_counts() -> None:
    found = find_numbers("On most nights Russia sent between 100 and 250 drones, and 40 missiles in all.")
    assert [n.value for n in found] == [40]
