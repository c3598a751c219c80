"""The ingest stage: files, folders and stdin to RawDocuments or InputErrors."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from skytally.clean import clean
from skytally.errors import BinaryDocument, DocumentTooLarge, InputError, UnreadableSource
from skytally.ingest import iter_sources
from skytally.ingest.files import _read_stdin
from skytally.model import RawDocument

MB = 1024 * 1024


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_one_file(tmp_path: Path) -> None:
    path = write(tmp_path / "story.html", "<p>Russia launched 40 drones.</p>")
    (doc,) = iter_sources([str(path)])
    assert doc == RawDocument(str(path), b"<p>Russia launched 40 drones.</p>", "text/html")


@pytest.mark.parametrize("name,media_type", [
    ("a.html", "text/html"), ("a.HTM", "text/html"), ("a.xhtml", "text/html"),
    ("a.txt", "text/plain"), ("a.md", "text/plain"), ("a.json", None), ("noext", None),
])
def test_media_type_from_extension(tmp_path: Path, name: str, media_type: str | None) -> None:
    (doc,) = iter_sources([str(write(tmp_path / name, "x"))])
    assert isinstance(doc, RawDocument) and doc.media_type == media_type


def test_folder_is_walked_sorted_without_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/d.txt", ".hidden.txt", ".git/config", "sub/.x/e.txt"]:
        write(tmp_path / name, name)
    sources = [doc.source for doc in iter_sources([str(tmp_path)])]
    assert sources == [os.path.join(str(tmp_path), p) for p in ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.txt"]]


def test_relative_paths_stay_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "docs" / "one.txt", "x")
    monkeypatch.chdir(tmp_path)
    assert [doc.source for doc in iter_sources(["docs"])] == [os.path.join("docs", "one.txt")]


def test_missing_path_yields_error(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    (error,) = iter_sources([missing])
    assert isinstance(error, UnreadableSource)
    assert str(error) == f"{missing}: no such file or directory"


def test_errors_do_not_stop_the_run(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Russia launched 40 drones.")
    items = list(iter_sources([str(tmp_path / "missing"), str(good)]))
    assert isinstance(items[0], UnreadableSource) and isinstance(items[1], RawDocument)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "x")
    path.chmod(0)
    try:
        (error,) = iter_sources([str(path)])
    finally:
        path.chmod(0o644)
    assert isinstance(error, UnreadableSource) and error.reason == "permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (error,) = iter_sources([str(fifo)])
    assert isinstance(error, UnreadableSource) and error.reason == "is not a regular file"


def test_large_sparse_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(70 * MB)  # sparse: costs no disk
    (error,) = iter_sources([str(path)])
    assert isinstance(error, DocumentTooLarge)
    assert error.reason == "file is 70.0 MB, over the 64 MB limit (raise it with --max-bytes)"


def test_small_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "x" * 2048)
    (error,) = iter_sources([str(path)], max_bytes=1024)
    assert isinstance(error, DocumentTooLarge)
    assert error.reason == "file is 2.0 KB, over the 1 KB limit (raise it with --max-bytes)"
    (doc,) = iter_sources([str(path)], max_bytes=2048)
    assert isinstance(doc, RawDocument)


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Russia launched 40 drones.")))
    (doc,) = iter_sources(["-"])
    assert doc == RawDocument("<stdin>", b"Russia launched 40 drones.", None)


def test_stdin_over_limit() -> None:
    error = _read_stdin(10, io.BytesIO(b"x" * 11))
    assert isinstance(error, DocumentTooLarge) and error.source == "<stdin>"


def test_generator_is_lazy(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "x")
    items = iter_sources([str(tmp_path)])
    assert iter(items) is items  # a generator, not a list
    (tmp_path / "b.txt").write_text("added after the call, before iteration")
    assert len(list(items)) == 2


def test_mixed_folder_yields_documents_and_errors(tmp_path: Path) -> None:
    write(tmp_path / "1_story.txt", "Russia launched 40 drones at Kyiv overnight, the air force said.")
    write(tmp_path / "2_empty.txt", b"")
    write(tmp_path / "3_image.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    write(tmp_path / "4_big.txt", "x" * 5000)
    write(tmp_path / "5_cp1251.txt", "Росія атакувала Україну 40 дронами, їх збили.".encode("cp1251"))
    outcomes: dict[str, str] = {}
    for item in iter_sources([str(tmp_path)], max_bytes=4096):
        if isinstance(item, InputError):
            outcomes[Path(item.source).name] = type(item).__name__
            continue
        try:
            doc = clean(item)
            outcomes[Path(doc.source).name] = doc.language
        except InputError as error:
            outcomes[Path(error.source).name] = type(error).__name__
    assert outcomes == {
        "1_story.txt": "en", "2_empty.txt": "EmptyDocument", "3_image.png": BinaryDocument.__name__,
        "4_big.txt": "DocumentTooLarge", "5_cp1251.txt": "uk",
    }
