"""Fixtures for the store tests: a fresh database per test, on SQLite and on PostgreSQL.

PostgreSQL comes from SKYTALLY_TEST_PG_URL (scripts/start-postgres.sh prints one). Without
it the PostgreSQL half is skipped, except under CI=true, where it must be there.
Each PostgreSQL test gets a database of its own, so tests can run in parallel.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url

from skytally.model import Attack, CleanDocument, DocumentInfo, Evidence, Figure, Report
from skytally.reconcile import set_figure
from skytally.store import Store, open_store

PG_URL = os.environ.get("SKYTALLY_TEST_PG_URL")
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SKYTALLY_SHARED", REPO.parent / "shared"))
REFERENCE_CSV = SHARED / "data" / "reference" / "missile_attacks_daily.csv"


def require_pg() -> str:
    if PG_URL:
        return PG_URL
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but SKYTALLY_TEST_PG_URL is not set: run scripts/start-postgres.sh first")
    pytest.skip("SKYTALLY_TEST_PG_URL is not set (scripts/start-postgres.sh prints one)")


@pytest.fixture
def new_database(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A factory of empty databases: new_database("sqlite") -> a file path; ("postgresql") -> a URL.

    Each PostgreSQL database is created for the test and dropped afterwards.
    """
    created: list[str] = []
    admin = None

    def make(backend: str) -> str:
        nonlocal admin
        name = f"skytally_t_{uuid.uuid4().hex[:12]}"
        if backend == "sqlite":
            return str(tmp_path / f"{name}.db")
        base = make_url(require_pg())
        admin = admin or create_engine(base, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        created.append(name)
        return base.set(database=name).render_as_string(hide_password=False)

    yield make
    if admin is not None:
        with admin.connect() as conn:
            for name in created:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, new_database: Callable[[str], str]) -> str:
    """A fresh database on each backend: a SQLite file, or a new PostgreSQL database."""
    return new_database(request.param)


@pytest.fixture
def backend(db_url: str) -> str:
    return "postgresql" if "://" in db_url else "sqlite"


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()


# -- building documents and reports by hand ---------------------------------------------

Spec = int | tuple[int, str] | tuple[int, str, str]


@pytest.fixture
def make_doc():
    """The builder below, as a fixture (test modules do not import conftest)."""
    return build_doc


@pytest.fixture
def reference_csv() -> Path:
    if not REFERENCE_CSV.exists():
        pytest.skip(f"the reference dataset is not at {REFERENCE_CSV}")
    return REFERENCE_CSV


def build_doc(source: str, text: str, attacks: list[dict[str, Spec]], *, published: str | None = "2025-07-04",
             title: str | None = None, language: str = "en",
             weapons: dict[str, str] | None = None) -> tuple[CleanDocument, Report]:
    """A CleanDocument and its Report, figures given as {path: value | (value, qualifier[, evidence text])}.

    Evidence text must occur in `text`: its offsets are looked up, so they are always true.
    A path "date"/"attacker"/"target" sets those; weapons maps model -> class for weapons[...] paths.
    """
    from datetime import date
    clean = CleanDocument(source, text, title, date.fromisoformat(published) if published else None, language)
    built = []
    for spec in attacks:
        attack = Attack(date=str(spec.get("date", published)), attacker=str(spec.get("attacker", "RU")),
                        target=str(spec.get("target", "UA")))
        for path, value in spec.items():
            if path in ("date", "attacker", "target"):
                continue
            set_figure(attack, path, figure(text, value), (weapons or {}).get(path[8:path.find("]")]))
        built.append(attack)
    return clean, Report(DocumentInfo(clean.id, source, title, published, language), built)


def figure(text: str, spec: Spec) -> Figure:
    if isinstance(spec, int):
        return Figure(spec)
    value, qualifier, *ev = spec
    if not ev:
        return Figure(value, qualifier)
    start = text.index(ev[0])
    return Figure(value, qualifier, Evidence(start, start + len(ev[0]), ev[0]))




# -- a stand-in for skytally.pipeline.process ---------------------------------------------
# Kept as source text so that subprocess tests can run exactly the same function.

FAKE_PROCESS = '''
import re
import time

from skytally.errors import EmptyDocument
from skytally.model import Attack, CleanDocument, DocumentInfo, Evidence, Figure, Report, WeaponFigures


def fake_process(raw, settings, delay=0.0):
    """'date=2025-07-04 launched=550 destroyed=270 model=Kh-101' -> a report with those figures."""
    if delay:
        time.sleep(delay)
    text = raw.data.decode("utf-8").strip()
    if not text:
        raise EmptyDocument(raw.source, "nothing but whitespace")
    if "CRASH" in text:
        raise ValueError("an extractor bug")
    clean = CleanDocument(raw.source, text, None, settings.published, "en")
    found = {m[1]: m for m in re.finditer(r"(\\w+)=(\\S+)", text)}
    day = found["date"][2] if "date" in found else None
    attack = Attack(date=day)
    for name in ("launched", "destroyed"):
        if name in found:
            m = found[name]
            getattr(attack, name).total = Figure(int(m[2]), "exact", Evidence(m.start(2), m.end(2), m[2]))
    if "model" in found and attack.launched.total:
        attack.weapons.append(WeaponFigures(found["model"][2], "missile", attack.launched.total))
    attacks = [attack] if attack.has_figures() else []
    return clean, Report(DocumentInfo(clean.id, raw.source, None, day, "en"), attacks)
'''


@pytest.fixture
def fake_process():
    namespace: dict = {}
    exec(FAKE_PROCESS, namespace)
    return namespace["fake_process"]


@pytest.fixture
def fake_process_source() -> str:
    return FAKE_PROCESS
