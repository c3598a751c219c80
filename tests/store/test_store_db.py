"""The store on both backends: schema, idempotency, revisions, atomic batches, queries."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from skytally.errors import ConfigError, StoreError
from skytally.model import Attack, Evidence, Figure, Impact, WeaponFigures
from skytally.reconcile import figure_paths
from skytally.store import AttackFilter, Store, open_store, reconcile_pending
from skytally.store.database import current_revision
from skytally.store.models import Base

OFFICIAL = "https://t.me/kpszsu/1234"
TEXT = "Overnight Russia launched 550 drones and missiles. Air defence shot down 270 targets."


@pytest.fixture
def official(make_doc):
    """A factory: the Air Force's statement for a night, with variations."""
    def build(text: str = TEXT, launched: int = 550, source: str = OFFICIAL, day: str = "2025-07-04"):
        return make_doc(source, text, [{"date": day, "launched.total": (launched, "exact", f"{launched} drones"),
                                        "destroyed.total": (270, "exact", "270 targets")}], published=day)
    return build


def test_open_migrates_to_head_and_reopens(db_url: str) -> None:
    s = open_store(db_url)
    assert current_revision(s.engine) == "0001"
    s.close()
    again = open_store(db_url)  # a second open is a no-op
    assert again.counts()["documents"] == 0
    again.close()


def test_migration_matches_models(store: Store) -> None:
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:
    s = open_store(str(tmp_path / "wal.db"))
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
    s.close()


def test_same_document_twice_adds_nothing(store: Store, official) -> None:
    clean, report = official()
    assert store.add(clean, report).status == "added"
    before = store.counts()
    second = store.add(clean, report)
    assert second.status == "skipped" and "already stored" in second.reason
    assert store.counts() == before
    assert before["documents"] == 1 and before["figures"] == 2


def test_same_text_from_another_source_is_skipped_with_its_reason(store: Store, official) -> None:
    store.add(*official())
    result = store.add(*official(source="https://example.org/copy"))
    assert result.status == "skipped"
    assert OFFICIAL in result.reason


def test_changed_text_at_a_known_source_is_a_revision(store: Store, official) -> None:
    first = store.add(*official())
    result = store.add(*official(text=TEXT.replace("550", "551"), launched=551))
    assert result.status == "revision" and result.revision_of == first.document_id
    old, new = store.document(first.document_id), store.document(result.document_id)
    assert (old.current, new.current, new.revision, new.revision_of) == (False, True, 2, old.id)
    reconcile_pending(store)
    [attack] = store.attacks()
    assert attack.attack.launched.total.value == 551  # the superseded text no longer counts
    assert attack.documents == [new.id]


def test_exception_mid_batch_leaves_no_partial_document(store: Store, official) -> None:
    with pytest.raises(RuntimeError):
        with store.batch():
            store.add(*official())
            store.add(*official(text="Another text: 300 drones, 270 targets.", launched=300,
                                source="https://x.org/a"))
            raise RuntimeError("killed")
    assert store.counts() == {k: 0 for k in store.counts()}


def test_failure_inside_add_rolls_the_document_back(store: Store, monkeypatch: pytest.MonkeyPatch, official) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("disk full, say")
    monkeypatch.setattr(store, "_enqueue", broken)  # after the rows are written, before commit
    with pytest.raises(RuntimeError):
        store.add(*official())
    monkeypatch.undo()
    assert store.counts()["documents"] == 0
    assert store.add(*official()).status == "added"


def test_reports_round_trip_every_kind_of_figure(store: Store, make_doc) -> None:
    text = "Russia launched 11 missiles: 2 Kh-101 and 9 Iskander-M. Three killed in Kyiv. 4 returned to Russia."
    attack = Attack(date="2025-07-04", attacker="RU", target="UA")
    attack.launched.missiles = Figure(11, "exact", Evidence(16, 27, text[16:27]))
    attack.killed = Figure(3, "exact", Evidence(56, 61, text[56:61]))
    attack.other["returned"] = Figure(4, "exact", None)
    attack.hits.locations = Figure(8, "at_least", None)
    attack.neutralized.total = Figure(9, "exact", None, derived=True)
    attack.weapons = [WeaponFigures("Kh-101", "missile", Figure(2)), WeaponFigures("Iskander-M", "missile", Figure(9))]
    attack.impacts = [Impact("UA-30", killed=Figure(3))]
    attack.regions = ["UA-30"]
    attack.claims = ["largest since the invasion began"]
    clean, report = make_doc("https://x.org/r", text, [], published="2025-07-04")
    report.attacks = [attack]
    store.add(clean, report)
    [(info, rebuilt)] = store.reports_for([store.pending()[0]])
    assert info.document_id == clean.id and info.position == 0
    assert sorted((p, f.to_dict()) for p, f in figure_paths(rebuilt)) == \
        sorted((p, f.to_dict()) for p, f in figure_paths(attack))
    assert rebuilt.regions == ["UA-30"] and rebuilt.claims == attack.claims
    assert {w.model: w.weapon_class for w in rebuilt.weapons} == {"Kh-101": "missile", "Iskander-M": "missile"}
    assert store.weapon_models()["Kh-101"][0] == "missile"


def test_reconciling_again_after_new_documents_updates_without_duplicates(store: Store, official, make_doc) -> None:
    store.add(*make_doc("https://news.example/a", "Reports say about 500 drones were launched.",
                        [{"launched.total": (500, "approx", "about 500")}]))
    reconcile_pending(store)
    [before] = store.attacks()
    assert before.attack.launched.total.value == 500
    store.add(*official())
    written, removed = reconcile_pending(store)
    [after] = store.attacks()
    assert (written, removed) == (1, 0)
    assert after.id == before.id  # a stable id: attacker|target|date
    assert after.attack.launched.total.value == 550
    assert [c.value for c in after.conflicts if c.path == "launched.total"] == [500]
    assert reconcile_pending(store) == (0, 0)  # nothing queued: nothing to do
    assert store.counts()["attacks"] == 1


def test_reconcile_all_rebuilds_the_same_attacks(store: Store, official) -> None:
    store.add(*official())
    reconcile_pending(store)
    before = [a.to_dict() for a in store.attacks()]
    assert reconcile_pending(store, everything=True) == (1, 0)
    assert [a.to_dict() for a in store.attacks()] == before


def test_attack_filters_and_lookup(store: Store, official, make_doc) -> None:
    from datetime import date
    store.add(*official(day="2025-07-04"))
    store.add(*official(day="2025-07-10", text=TEXT + " Later.", source=OFFICIAL + "5"))
    store.add(*make_doc("https://mil.ru/x", "Ukraine launched 40 drones at Russia.",
                        [{"date": "2025-07-05", "attacker": "UA", "target": "RU",
                          "launched.drones": (40, "exact", "40 drones")}], published="2025-07-05"))
    reconcile_pending(store)
    assert len(store.attacks()) == 3
    assert [a.attack.date for a in store.attacks(AttackFilter(date_from=date(2025, 7, 5)))] == \
        ["2025-07-05", "2025-07-10"]
    assert [a.attack.date for a in store.attacks(AttackFilter(date_to=date(2025, 7, 4)))] == ["2025-07-04"]
    assert [a.attack.target for a in store.attacks(AttackFilter(target="ru"))] == ["RU"]
    some = store.attacks()[0]
    assert store.attack(some.id).id == some.id
    assert store.attack(some.id[:8]).id == some.id
    assert store.attack("ffffffffffffffff") is None


def test_ambiguous_prefix_is_an_error(store: Store) -> None:
    from skytally.reconcile import ReconciledAttack
    made = [ReconciledAttack(i, "extracted", Attack(date="2025-07-04"), {}, [], [], []) for i in
            ("abcd100000000000", "abcd200000000000")]
    store.save_attacks([], made)
    with pytest.raises(StoreError, match="ambiguous"):
        store.attack("abcd")
    assert store.attack("abcd1").id == "abcd100000000000"


def test_undated_attacks_are_never_merged(store: Store, make_doc) -> None:
    store.add(*make_doc("https://a.example/1", "Some 100 drones.", [{"date": "", "launched.drones": 100}],
                        published=None))
    store.add(*make_doc("https://a.example/2", "Some 200 drones.", [{"date": "", "launched.drones": 200}],
                        published=None))
    reconcile_pending(store)
    assert store.counts()["attacks"] == 2


def test_bad_database_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        open_store("nosuchdriver://host/db")


def test_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_tables_hold_what_the_issue_names(store: Store) -> None:
    with store.engine.connect() as conn:
        names = set(store.engine.dialect.get_table_names(conn))
        conn.execute(text("SELECT 1"))
    assert {"documents", "reports", "figures", "attacks", "weapon_models", "reconcile_queue"} <= names
