"""The ingest stage: paths (files, folders, "-" for stdin) to RawDocuments.

`iter_sources` streams; a path that cannot be read yields an InputError saying
why, in place of its document, and never stops the run.
"""

from __future__ import annotations

from .files import DEFAULT_MAX_BYTES, iter_sources, media_type

__all__ = ["DEFAULT_MAX_BYTES", "iter_sources", "media_type"]
