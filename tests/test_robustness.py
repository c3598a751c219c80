"""Any input in, no crash out: property-based tests of the whole pipeline.

Three properties, each over a couple of hundred generated inputs:

1. arbitrary text, and text built from the words the extractor looks for (attack
   verbs, numbers and number words, qualifiers, weapon names, places, dates) mixed
   with random punctuation and Unicode, goes through `extract_text` without raising
   anything but an InputError (empty or binary-looking text);
2. every figure of the report is well formed: an int >= 0, a known qualifier, and
   evidence whose offsets slice the cleaned text (CleanDocument.text, what
   `--show-text` prints) to exactly evidence.text; derived figures have none;
3. arbitrary bytes through `process()` either give a report or raise an
   InputError subclass, whatever the media type.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skytally.errors import InputError
from skytally.model import PERIOD_CLASSES, QUALIFIERS, CleanDocument, Figure, RawDocument, Report
from skytally.pipeline import extract_text, process
from skytally.settings import Settings

PROPERTY = settings(deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])

# --- vocabulary of what the extractor reacts to --------------------------------------

VERBS = ("launched", "fired", "attacked Ukraine with", "shot down", "destroyed", "downed", "intercepted",
         "were lost from radar", "locationally lost", "failed to reach their targets", "suppressed",
         "neutralised", "shot down or suppressed", "hit", "struck", "debris fell", "killed", "wounded",
         "injured", "returned to Russia", "remain airborne", "were recorded", "збито", "подавлено",
         "атакував", "знешкоджено", "влучання", "уражено", "загинули", "поранені")
NUMBERS = ("0", "1", "9", "11", "29", "72", "550", "5,438", "1 000", "1.5", "10-15", "550-ма", "137-ма", "-3",
           "99999999999999999999999", "½", "٣", "a", "an", "one", "eleven", "twenty-one", "hundreds", "dozens",
           "both", "all", "all 29", "none", "no", "half", "a third", "сто", "двоє", "137", "IV")
QUALIFIER_WORDS = ("at least", "no fewer than", "more than", "over", "about", "around", "nearly", "almost",
                   "some", "up to", "понад", "близько", "щонайменше", "до")
WEAPONS = ("drones", "drone", "missiles", "missile", "Shahed", "Shahed-136/131", "Geran-2", "Gerbera", "decoys",
           "Kh-101", "Kh-22", "Iskander-M", "KN-23", "Kalibr", "Kinzhal", "S-300", "cruise missiles",
           "ballistic missiles", "guided aerial bombs", "UAVs", "targets", "means of air attack",
           "БпЛА", "ударних БпЛА", "ракет", "крилатих ракет", "дронів")
PLACES = ("Kyiv", "the capital", "Kyiv region", "Kharkiv", "Odesa region", "Crimea", "Lviv", "Belgorod",
          "Moscow", "Russia", "Ukraine", "Belarus", "Poland", "Київщина", "Харківській області", "Одесі")
DATES = ("June 9", "9 June", "2025-07-04", "July 4, 2025", "on Saturday night", "overnight", "yesterday",
         "last night", "in June", "in 2024", "February 30", "31/02/2025", "00:00", "since the invasion began",
         "9 липня", "у червні", "вночі", "Monday", "on 32 May")
PUNCTUATION = (".", ",", ":", ";", "!", "?", "-", "–", "—", "(", ")", "[", "]", "\"", "'", "’", "«", "»", "…",
               "/", "%", "&", "*", "•", "|", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u200b", "\u00ad", "\ufeff",
               "<p>", "</p>", "<br>", "&amp;", "&nbsp;")
WORDS = ("Russia", "Ukraine's", "air force", "said", "the", "of", "and", "them", "in", "on", "with", "across",
         "a further", "another", "largest", "record", "attack", "Related Articles", "Advertisement", "Share")

token = st.one_of(
    st.sampled_from(VERBS), st.sampled_from(NUMBERS), st.sampled_from(QUALIFIER_WORDS), st.sampled_from(WEAPONS),
    st.sampled_from(PLACES), st.sampled_from(DATES), st.sampled_from(PUNCTUATION), st.sampled_from(WORDS),
    st.integers(min_value=-10, max_value=10**12).map(str),
    st.text(max_size=4),
)
vocabulary_text = st.lists(st.tuples(token, st.sampled_from((" ", " ", " ", "", "\n"))), min_size=1, max_size=80) \
    .map(lambda parts: "".join(t + sep for t, sep in parts))
arbitrary_text = st.text(max_size=600)
any_text = st.one_of(vocabulary_text, arbitrary_text, st.tuples(vocabulary_text, arbitrary_text).map("\n".join))
published = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
                      st.sampled_from((date(1, 1, 1), date(9999, 12, 31))))
lang = st.sampled_from(("auto", "en", "uk"))


# --- checks ---------------------------------------------------------------------------

def figures_of(report: Report) -> list[tuple[str, Figure]]:
    """Every Figure a report holds, with where it sits."""
    out: list[tuple[str, Figure]] = []
    for n, attack in enumerate(report.attacks):
        out += [(f"attacks[{n}].{path}", f) for path, f in attack.figures()]
        for w in attack.weapons:
            out += [(f"attacks[{n}].weapons.{w.model}.{k}", f)
                    for k, f in (("launched", w.launched), ("destroyed", w.destroyed)) if f is not None]
        for impact in attack.impacts:
            out += [(f"attacks[{n}].impacts.{impact.region}.{k}", f)
                    for k, f in (("killed", impact.killed), ("injured", impact.injured)) if f is not None]
    out += [(f"period_totals[{n}]", total.launched) for n, total in enumerate(report.period_totals)]
    return out


def check_report(doc: CleanDocument, report: Report) -> None:
    for where, figure in figures_of(report):
        assert type(figure.value) is int and figure.value >= 0, (where, figure)
        assert figure.qualifier in QUALIFIERS, (where, figure)
        if figure.derived:
            assert figure.evidence is None, (where, figure)
            continue
        evidence = figure.evidence
        assert evidence is not None, (where, figure)
        assert 0 <= evidence.start <= evidence.end <= len(doc.text), (where, evidence)
        assert doc.text[evidence.start:evidence.end] == evidence.text, (where, evidence)
    for total in report.period_totals:
        assert total.weapon_class in PERIOD_CLASSES, total
    for attack in report.attacks:
        assert attack.date is None or date.fromisoformat(attack.date), attack.date
        assert len(attack.attacker) == 2 and len(attack.target) == 2, (attack.attacker, attack.target)
    assert report.document.id == doc.id
    assert report.document.language in ("en", "uk", "ru", "other")
    # The report survives its own serialisation.
    assert Report.from_dict(report.to_dict()).to_dict() == report.to_dict()


def run_text(text: str, when: date | None, language: str) -> tuple[CleanDocument, Report] | None:
    """(cleaned doc, report), or None when the text is refused as an InputError."""
    try:
        report = extract_text(text, published=when, lang=language)
    except InputError:
        report = None
    try:
        doc, again = process(RawDocument("<text>", text.encode("utf-8"), "text/plain"),
                             Settings(published=when, lang=language))
    except InputError:
        assert report is None, "extract_text and process disagree on whether the text is usable"
        return None
    assert report is not None and report.to_dict() == again.to_dict()
    return doc, again


# --- properties -----------------------------------------------------------------------

@PROPERTY
@given(text=any_text, when=published, language=lang)
def test_any_text_extracts_and_evidence_slices_the_text(text: str, when: date | None, language: str) -> None:
    result = run_text(text, when, language)
    if result is not None:
        check_report(*result)


@PROPERTY
@given(sentences=st.lists(st.tuples(st.sampled_from(QUALIFIER_WORDS + ("",)), st.sampled_from(NUMBERS),
                                    st.sampled_from(WEAPONS), st.sampled_from(VERBS), st.sampled_from(PLACES)),
                          min_size=1, max_size=12),
       when=published)
def test_attack_like_sentences(sentences: list[tuple[str, ...]], when: date | None) -> None:
    """Well-formed English-ish sentences: never refused, never a bad figure."""
    text = " ".join(" ".join(f"Russia {verb} {q} {n} {w} over {p}.".split()) for q, n, w, verb, p in sentences)
    result = run_text(text, when, "en")
    assert result is not None, "a text of real sentences is never refused"
    check_report(*result)


@PROPERTY
@given(data=st.one_of(
    st.binary(max_size=2048),
    st.tuples(st.binary(max_size=64), vocabulary_text, st.binary(max_size=64)).map(
        lambda t: t[0] + t[1].encode("utf-8", "surrogatepass") + t[2]),
    st.tuples(vocabulary_text, st.sampled_from(("cp1251", "koi8-u", "latin-1", "cp1252", "utf-16", "utf-16-le",
                                                "utf-32", "utf-8-sig", "mac-cyrillic"))).map(
        lambda t: t[0].encode(t[1], errors="replace")),
), media_type=st.sampled_from((None, "text/plain", "text/html", "application/xhtml+xml")))
def test_any_bytes_give_a_report_or_an_input_error(data: bytes, media_type: str | None) -> None:
    try:
        doc, report = process(RawDocument("fuzz.bin", data, media_type), Settings())
    except InputError as error:
        assert error.source == "fuzz.bin" and error.reason
        assert "\n" not in str(error)
        return
    assert doc.text.strip()
    check_report(doc, report)


@pytest.mark.parametrize("text", [
    "",
    " \n\t ",
    "\x00\x01\x02 binary",
    "Russia launched 99999999999999999999999999999999 drones at Ukraine.",
    "Russia launched -5 drones at Ukraine and shot down -3.",
    "Russia launched 5,438,000,000,000,000 drones in June, a record.",
    "Russia launched drones drones drones " * 500,
    "1 " * 3000,
    "(" * 2000 + "Russia launched 40 drones" + ")" * 2000,
    "Russia launched 40 drones." + "\n" * 5000 + "Air defence shot down 30.",
    "\ud800 lone surrogate, Russia launched 40 drones",
])
def test_edge_texts(text: str) -> None:
    try:
        result = run_text(text, None, "auto")
    except UnicodeEncodeError:
        # A lone surrogate cannot be encoded to UTF-8 by the caller: that is not skytally's to handle.
        assert any(0xD800 <= ord(c) <= 0xDFFF for c in text)
        return
    if result is not None:
        check_report(*result)
