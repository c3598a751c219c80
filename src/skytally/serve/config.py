"""The server's options, built once: defaults < environment < `skytally serve` flags.

    SKYTALLY_DB              the store (as every command: a file path or a SQLAlchemy URL)
    SKYTALLY_TOKEN           a token that allows writes (POST /api/documents); unset = read-only
    SKYTALLY_TOKEN_FILE      or a file holding it (first line), kept out of the process list
    SKYTALLY_MAX_BODY_BYTES  request bodies larger than this are refused with 413

The token is never read from a command-line argument (it would show in `ps`): use the
environment or --token-file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ConfigError
from ..settings import DEFAULT_DB

DEFAULT_MAX_BODY = 5 * 1024 * 1024   # a long article as HTML fits; anything larger is refused
MIN_TOKEN_LENGTH = 16


@dataclass(frozen=True)
class ServeSettings:
    db: str = DEFAULT_DB
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None               # None: the server is read-only
    max_body_bytes: int = DEFAULT_MAX_BODY
    cors_origins: tuple[str, ...] = ()     # empty: no CORS headers at all
    refresh_seconds: float = 1.0           # how often the store is asked whether it changed
    max_page: int = 500                    # largest `limit` of a listing

    @property
    def read_only(self) -> bool:
        return not self.token

    def with_flags(self, **flags: object) -> ServeSettings:
        """A copy with the flags the user gave (None means 'not given')."""
        given = {k: v for k, v in flags.items() if v is not None}
        if "token_file" in given:
            given["token"] = read_token_file(str(given.pop("token_file")))
        if "cors_origins" in given:
            given["cors_origins"] = tuple(given["cors_origins"])  # type: ignore[arg-type]
        settings = replace(self, **given)
        settings.check()
        return settings

    def check(self) -> None:
        if self.token is not None and len(self.token) < MIN_TOKEN_LENGTH:
            raise ConfigError(f"the write token must be at least {MIN_TOKEN_LENGTH} characters "
                              "(try: python -c 'import secrets; print(secrets.token_urlsafe())')")
        if self.max_body_bytes < 1024:
            raise ConfigError(f"--max-body-bytes must be at least 1024, not {self.max_body_bytes}")
        if "*" in self.cors_origins:
            raise ConfigError("--cors-origin takes origins like https://example.org, not '*'")


def read_token_file(path: str) -> str:
    try:
        token = Path(path).read_text(encoding="utf-8").strip().splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read the token file {path}: {exc.strerror}") from None
    if not token or not token[0].strip():
        raise ConfigError(f"the token file {path} is empty")
    return token[0].strip()


def from_environment(env: dict[str, str] | None = None) -> ServeSettings:
    env = dict(os.environ if env is None else env)
    settings = ServeSettings()
    if env.get("SKYTALLY_DB"):
        settings = replace(settings, db=env["SKYTALLY_DB"])
    if env.get("SKYTALLY_TOKEN"):
        settings = replace(settings, token=env["SKYTALLY_TOKEN"].strip())
    elif env.get("SKYTALLY_TOKEN_FILE"):
        settings = replace(settings, token=read_token_file(env["SKYTALLY_TOKEN_FILE"]))
    if env.get("SKYTALLY_MAX_BODY_BYTES"):
        try:
            settings = replace(settings, max_body_bytes=int(env["SKYTALLY_MAX_BODY_BYTES"]))
        except ValueError:
            raise ConfigError("SKYTALLY_MAX_BODY_BYTES must be a number of bytes") from None
    settings.check()
    return settings
