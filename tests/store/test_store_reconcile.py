"""Reconciliation rules, one test per rule, on hand-built reports (no database)."""
from __future__ import annotations

import random

import pytest

from skytally.model import Attack, Evidence, Figure
from skytally.reconcile import (AGENCY, OFFICIAL, REPRINT, ReconciledAttack, ReportSourceInfo, is_update, reconcile,
                                set_figure, source_rank)


def report(doc: str, source: str, figures: dict[str, Figure | int], *, day: str = "2025-07-04",
           published: str | None = "2025-07-04", title: str | None = None, position: int = 0,
           updates: tuple[str, ...] = (), attacker: str = "RU", target: str = "UA",
           regions: list[str] | None = None, claims: list[str] | None = None) -> tuple[ReportSourceInfo, Attack]:
    attack = Attack(date=day, attacker=attacker, target=target, regions=regions or [], claims=claims or [])
    for path, fig in figures.items():
        set_figure(attack, path, fig if isinstance(fig, Figure) else Figure(fig, "exact", Evidence(0, 3, str(fig))))
    info = ReportSourceInfo(doc, source, title, published, "en", "extracted", position, frozenset(updates))
    return info, attack


def one(reports: list[tuple[ReportSourceInfo, Attack]]) -> ReconciledAttack:
    [merged] = reconcile(reports)
    return merged


@pytest.mark.parametrize("source,title,rank", [
    ("https://t.me/kpszsu/4567", None, OFFICIAL),
    ("kpszsu/posts/pfbid02JB", None, OFFICIAL),
    ("https://www.mil.gov.ua/news/2025/07/04/", None, OFFICIAL),
    ("https://function.mil.ru/news_page/country.htm", None, OFFICIAL),
    ("statement.txt", "Air Force of the Armed Forces of Ukraine: overnight attack", OFFICIAL),
    ("statement.txt", "Повітряні сили ЗСУ: у ніч на 4 липня", OFFICIAL),
    ("https://www.reuters.com/world/europe/russia-attack", "Russia launches record drone attack", AGENCY),
    ("https://www.ukrinform.net/rubric-ato/1.html", None, AGENCY),
    ("https://edition.cnn.com/2025/07/04/europe/kyiv", "Ukraine's air force says 550 launched", AGENCY),
    ("https://someblog.example/copy", "Ukraine's air force says 550 launched", REPRINT),
    ("/home/me/notes.txt", None, REPRINT),
])
def test_source_rank_table(source: str, title: str | None, rank: int) -> None:
    assert source_rank(source, title) == rank


def test_official_statement_beats_agency_report() -> None:
    merged = one([report("a1", "https://www.reuters.com/x", {"launched.total": 500}),
                  report("o1", "https://t.me/kpszsu/1", {"launched.total": 550})])
    choice = merged.choices["launched.total"]
    assert (choice.value, choice.document_id) == (550, "o1")
    assert choice.rule == "source: official statement over agency report"
    [conflict] = merged.conflicts
    assert (conflict.value, conflict.document_id, conflict.source) == (500, "a1", "https://www.reuters.com/x")
    assert conflict.evidence is not None


def test_agency_report_beats_reprint() -> None:
    merged = one([report("r1", "https://blog.example/a", {"destroyed.drones": 260}),
                  report("a1", "https://apnews.com/x", {"destroyed.drones": 268})])
    assert merged.attack.destroyed.drones.value == 268
    assert merged.choices["destroyed.drones"].rule == "source: agency report over reprint"


def test_explicit_later_update_beats_earlier_figure() -> None:
    merged = one([report("o1", "https://t.me/kpszsu/1", {"launched.drones": 70}, published="2025-07-04"),
                  report("a2", "https://www.reuters.com/y", {"launched.drones": 73}, published="2025-07-05",
                         updates=("launched.drones",))])
    assert merged.attack.launched.drones.value == 73
    assert merged.choices["launched.drones"].rule == "update"
    assert [c.value for c in merged.conflicts] == [70]


def test_of_two_updates_the_later_one_wins() -> None:
    merged = one([report("u1", "https://x.example/1", {"killed": 3}, published="2025-07-04", updates=("killed",)),
                  report("u2", "https://x.example/2", {"killed": 5}, published="2025-07-05", updates=("killed",))])
    assert merged.attack.killed.value == 5


def test_exact_beats_rounded() -> None:
    merged = one([report("r1", "https://a.example/1", {"launched.total": Figure(300, "approx")}),
                  report("r2", "https://b.example/2", {"launched.total": Figure(297, "exact")})])
    assert merged.attack.launched.total.value == 297
    assert merged.choices["launched.total"].rule == "precision"


def test_stated_figure_beats_derived_one() -> None:
    merged = one([report("o1", "https://t.me/kpszsu/1", {"launched.drones": Figure(539, "exact", None, True)}),
                  report("r1", "https://blog.example/1", {"launched.drones": 540})])
    assert merged.attack.launched.drones.value == 540 and not merged.attack.launched.drones.derived
    assert merged.choices["launched.drones"].rule == "stated"


def test_derived_figure_is_used_when_nothing_is_stated() -> None:
    merged = one([report("o1", "https://t.me/kpszsu/1", {"launched.drones": Figure(539, "exact", None, True)})])
    assert merged.attack.launched.drones.derived
    assert merged.choices["launched.drones"].rule == "only value"


def test_main_attack_beats_a_passing_mention() -> None:
    merged = one([report("r1", "https://a.example/1", {"launched.total": 40}, position=1),
                  report("r2", "https://b.example/2", {"launched.total": 45}, position=0)])
    assert merged.attack.launched.total.value == 45
    assert merged.choices["launched.total"].rule == "main attack"


def test_value_stated_by_more_documents_wins() -> None:
    merged = one([report("r1", "https://a.example/1", {"hits.total": 9}),
                  report("r2", "https://b.example/2", {"hits.total": 10}),
                  report("r3", "https://c.example/3", {"hits.total": 10})])
    choice = merged.choices["hits.total"]
    assert choice.value == 10 and choice.rule == "majority"
    assert len(choice.supported_by) == 1


def test_earliest_document_breaks_the_last_tie_whatever_the_order() -> None:
    reports = [report("r2", "https://b.example/2", {"injured": 26}, published="2025-07-05"),
               report("r1", "https://a.example/1", {"injured": 25}, published="2025-07-04")]
    for _ in range(5):
        random.shuffle(reports)
        merged = one(list(reports))
        assert merged.attack.injured.value == 25
        assert merged.choices["injured"].rule == "earliest"


def test_reports_of_different_nights_or_directions_stay_apart() -> None:
    merged = reconcile([report("a", "x", {"launched.total": 1}, day="2025-07-04"),
                        report("b", "y", {"launched.total": 2}, day="2025-07-05"),
                        report("c", "z", {"launched.total": 3}, day="2025-07-04", attacker="UA", target="RU"),
                        report("d", "w", {"launched.total": 1}, day="2025-07-04")])
    assert len(merged) == 3
    assert sorted(len(m.documents) for m in merged) == [1, 1, 2]
    assert len({m.id for m in merged}) == 3


def test_same_key_gives_the_same_id_every_time() -> None:
    first = one([report("a", "x", {"launched.total": 1})])
    again = one([report("b", "y", {"launched.total": 5}), report("a", "x", {"launched.total": 1})])
    assert first.id == again.id


def test_every_other_value_stays_visible_as_a_conflict() -> None:
    merged = one([report("o1", "https://t.me/kpszsu/1", {"launched.total": 550, "destroyed.total": 270}),
                  report("a1", "https://reuters.com/a", {"launched.total": 500, "destroyed.total": 270}),
                  report("r1", "https://blog.example/c", {"launched.total": 540})])
    assert sorted((c.path, c.value, c.document_id) for c in merged.conflicts) == \
        [("launched.total", 500, "a1"), ("launched.total", 540, "r1")]
    assert merged.choices["destroyed.total"].supported_by == ["a1"]
    assert merged.documents == ["a1", "o1", "r1"]


def test_regions_and_claims_are_merged() -> None:
    merged = one([report("a", "x", {"launched.total": 1}, regions=["UA-30"], claims=["largest since 2022"]),
                  report("b", "y", {"launched.total": 1}, regions=["UA-32", "UA-30"])])
    assert merged.attack.regions == ["UA-30", "UA-32"]
    assert merged.attack.claims == ["largest since 2022"]


def test_weapon_figures_keep_their_class() -> None:
    merged = one([report("a", "x", {"weapons[Kh-101].launched": 2, "weapons[Shahed-136/131].launched": 9})])
    classes = {w.model: w.weapon_class for w in merged.attack.weapons}
    assert classes["Kh-101"] == "missile"


def test_reconciled_attack_round_trips_through_json() -> None:
    merged = one([report("o1", "https://t.me/kpszsu/1", {"launched.total": 550, "destroyed.total": 600}),
                  report("a1", "https://reuters.com/a", {"launched.total": 500})])
    assert merged.flags  # 600 destroyed of 550 launched
    assert ReconciledAttack.from_dict(merged.to_dict()).to_dict() == merged.to_dict()


@pytest.mark.parametrize("sentence,expected", [
    ("The air force later raised the figure to 73 drones.", True),
    ("Ukraine's air force updated its tally to 550 on Friday afternoon.", True),
    ("Updated 8:14 AM EDT, July 4, 2025", False),
    ("Update: the number of injured rose to 26.", True),
    ("Officials revised the figure to 31 dead.", True),
    ("Дані уточнюються: збито 73 дрони.", True),
    ("Russia launched 550 drones and missiles.", False),
])
def test_update_wording(sentence: str, expected: bool) -> None:
    digits = next(i for i, ch in enumerate(sentence) if ch.isdigit())
    assert is_update(sentence, digits, digits + 2) is expected
