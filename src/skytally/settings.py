"""One options object, built once: defaults < environment < command-line flags.

Passed down to every stage instead of long argument lists.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .errors import ConfigError

DEFAULT_DB = "skytally.db"
LANGUAGES = ("auto", "en", "uk")


@dataclass(frozen=True)
class Settings:
    published: date | None = None      # --published: overrides any date found in the document
    lang: str = "auto"                  # --lang: auto | en | uk
    max_bytes: int = 64 * 1024 * 1024   # documents larger than this are rejected, not read
    db: str = DEFAULT_DB                # --db / SKYTALLY_DB: a file path (SQLite) or a SQLAlchemy URL
    batch_size: int = 200               # documents per ingest transaction

    def with_flags(self, **flags: object) -> Settings:
        """A copy with the flags the user actually gave (None means 'not given')."""
        given = {k: v for k, v in flags.items() if v is not None}
        if "lang" in given and given["lang"] not in LANGUAGES:
            raise ConfigError(f"--lang must be one of {', '.join(LANGUAGES)}, not {given['lang']!r}")
        return replace(self, **given)


def from_environment(env: dict[str, str] | None = None) -> Settings:
    env = dict(os.environ if env is None else env)
    settings = Settings()
    if env.get("SKYTALLY_DB"):
        settings = replace(settings, db=env["SKYTALLY_DB"])
    if env.get("SKYTALLY_MAX_BYTES"):
        settings = replace(settings, max_bytes=int(env["SKYTALLY_MAX_BYTES"]))
    return settings


def parse_date(value: str | None, flag: str = "--published") -> date | None:
    """YYYY-MM-DD or None; a clear error otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{flag} must be a date like 2025-07-04, not {value!r}") from None


def database_url(db: str) -> str:
    """A file path means SQLite; anything with '://' is a SQLAlchemy URL as given."""
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"
