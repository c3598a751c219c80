"""Alembic environment: runs on the connection skytally hands over (see database.migrate),
or on SKYTALLY_DB when Alembic is driven by hand."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from skytally.store.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      transactional_ddl=True,  # SQLite has it too; Alembic's default says no
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        run(given)
        return
    from skytally.store.database import make_engine  # by hand: open the database ourselves
    engine = make_engine(os.environ.get("SKYTALLY_DB", "skytally.db"))
    with engine.connect() as connection:
        run(connection)
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("skytally's migrations run online only (open the store, or use `alembic upgrade`)")
main()
