"""Engines and migrations: SQLite with zero set-up, PostgreSQL through psycopg.

SQLite is opened in WAL mode with a long busy timeout, and every write transaction
starts with BEGIN IMMEDIATE: a writer takes the lock before it reads, so two
processes writing the same file queue up instead of failing with "database is
locked" halfway through a batch. Readers never wait (WAL).

Migrations run with Alembic, programmatically (script_location is this package's
migrations/ folder), every time a store is opened: a no-op when the schema is at head.
All pending migrations run in one transaction (both backends have transactional DDL),
under a lock (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL), so two
processes opening a new database at once do not both try to create it.
"""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import ConfigError, StoreError
from ..settings import database_url

HERE = Path(__file__).parent
BUSY_TIMEOUT_S = 120
#: Execution option that marks a connection as a writer (BEGIN IMMEDIATE on SQLite).
WRITE = {"skytally_write": True}
MIGRATION_LOCK = 740_051  # arbitrary advisory-lock key, the same in every process


def make_engine(db: str) -> Engine:
    """An engine for a file path (SQLite) or a SQLAlchemy URL; a clear error if neither works."""
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise ConfigError(f"--db {db!r} is neither a file path nor a database URL "
                          f"(like postgresql+psycopg://user@host/db): {exc}") from None


def _sqlite_engine(url: str) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    if not memory:
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
                           poolclass=StaticPool if memory else None)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        if not memory:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        writer = conn.get_execution_options().get("skytally_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")

    return engine


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(engine: Engine) -> None:
    """Bring the schema to head; cheap when it already is."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with engine.connect().execution_options(**WRITE) as conn:
            with conn.begin():  # one transaction: alembic sees it and runs inside it
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                command.upgrade(alembic_config(conn), "head")
    except OperationalError as exc:
        raise StoreError(f"cannot open the database {engine.url.render_as_string(hide_password=True)}: "
                         f"{exc.orig}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"migrating the database failed: {exc}") from None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
