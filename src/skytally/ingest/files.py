"""Files, folders and stdin to RawDocuments, streaming, never raising.

A bad path yields an InputError in its place so that one unreadable file in a
folder of thousands is reported and the rest go on. Sizes are checked with stat()
before anything is read, so a huge file costs nothing.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import DocumentTooLarge, InputError, UnreadableSource
from ..model import RawDocument

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
STDIN = "-"

_MEDIA_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
    ".txt": "text/plain", ".md": "text/plain",
}


def iter_sources(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | InputError]:
    """One RawDocument per file under `paths` ("-" is stdin), or the InputError that stopped it."""
    for path in paths:
        if path == STDIN:
            yield _read_stdin(max_bytes)
        else:
            yield from _iter_path(path, max_bytes)


def media_type(path: str) -> str | None:
    """The media type its extension implies, or None (the clean stage sniffs)."""
    return _MEDIA_TYPES.get(os.path.splitext(path)[1].lower())


def _iter_path(path: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    try:
        info = os.stat(path)
    except OSError as error:
        yield UnreadableSource(path, _reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, max_bytes)
    else:
        yield _read_file(path, info, max_bytes)


def _walk(folder: str, max_bytes: int) -> Iterator[RawDocument | InputError]:
    """Files under `folder` in name order, depth first, hidden names skipped.

    Only one folder's listing is held at a time (per level of depth); folder
    symlinks are not followed, so a link loop cannot recurse forever.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        yield UnreadableSource(folder, _reason(error))
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, max_bytes)
                continue
            info = entry.stat()
        except OSError as error:
            yield UnreadableSource(entry.path, _reason(error))
            continue
        yield _read_file(entry.path, info, max_bytes)


def _read_file(path: str, info: os.stat_result, max_bytes: int) -> RawDocument | InputError:
    if not stat.S_ISREG(info.st_mode):
        return UnreadableSource(path, "is not a regular file")
    if info.st_size > max_bytes:
        return _too_large(path, info.st_size, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as error:
        return UnreadableSource(path, _reason(error))
    if len(data) > max_bytes:
        return _too_large(path, len(data), max_bytes)
    return RawDocument(path, data, media_type(path))


def _read_stdin(max_bytes: int, stream: BinaryIO | None = None) -> RawDocument | InputError:
    source = "<stdin>"
    stream = stream if stream is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except OSError as error:
        return UnreadableSource(source, _reason(error))
    if len(data) > max_bytes:
        return DocumentTooLarge(source, f"input is over the {_size(max_bytes)} limit (raise it with --max-bytes)")
    return RawDocument(source, data, None)


def _too_large(path: str, size: int, max_bytes: int) -> DocumentTooLarge:
    return DocumentTooLarge(path, f"file is {_size(size, exact=False)}, over the {_size(max_bytes)} limit "
                                  "(raise it with --max-bytes)")


def _size(n: int, *, exact: bool = True) -> str:
    """70.0 MB (a measured size) or 64 MB (a round limit); small limits in KB or bytes."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if n >= scale // 10:
            value = n / scale
            return f"{value:.0f} {unit}" if exact and value == int(value) else f"{value:.1f} {unit}"
    return f"{n} byte" if n == 1 else f"{n} bytes"


def _reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, NotADirectoryError):
        return "a part of the path is not a folder"
    return (error.strerror or str(error)).lower()
