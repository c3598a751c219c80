"""skytally's exceptions. Every one carries a message a person can act on.

    SkytallyError
    ├── InputError            a document could not be read (names the file)
    │   ├── EmptyDocument     nothing but whitespace
    │   ├── BinaryDocument    not text (an image, an archive, ...)
    │   ├── DocumentTooLarge  over the configured size limit
    │   └── UnreadableSource  missing path, permission denied, undecodable bytes
    ├── ConfigError           a bad option value (date, language, database URL)
    └── StoreError            the database refused or is not reachable
"""

from __future__ import annotations


class SkytallyError(Exception):
    """Base of everything skytally raises on purpose."""


class InputError(SkytallyError):
    """A document could not be read; `source` names it."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyDocument(InputError):
    pass


class BinaryDocument(InputError):
    pass


class DocumentTooLarge(InputError):
    pass


class UnreadableSource(InputError):
    pass


class ConfigError(SkytallyError):
    pass


class StoreError(SkytallyError):
    pass
