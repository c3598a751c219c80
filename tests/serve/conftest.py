"""Fixtures for the server tests: a store filled from examples/, an in-process client, a real server.

`examples_db` is filled once per session by running `skytally ingest examples/` (what a
user does); tests that write copy it first. `client` drives the app in process
(Starlette's TestClient: no socket). `live_server` starts `skytally serve` as a
subprocess on a free loopback port, for the browser tests.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
BIN = Path(sys.executable).parent
TOKEN = "test-token-0123456789abcdef"


def skytally_command() -> list[str]:
    """`skytally` if installed beside this Python, else the module (same code)."""
    exe = BIN / "skytally"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "skytally.cli"]


def serve_command() -> list[str]:
    """`skytally serve`, or `python -m skytally.serve` while the main CLI does not list it yet."""
    probe = subprocess.run([*skytally_command(), "serve", "--help"], capture_output=True, text=True, check=False)
    if probe.returncode == 0:
        return [*skytally_command(), "serve"]
    return [sys.executable, "-m", "skytally.serve"]


@pytest.fixture
def token() -> str:
    """A write token (test modules do not import conftest)."""
    return TOKEN


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the repository's examples, ingested by the CLI."""
    path = tmp_path_factory.mktemp("serve") / "examples.db"
    done = subprocess.run([*skytally_command(), "ingest", str(EXAMPLES), "--db", str(path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return str(path)


@pytest.fixture
def writable_db(examples_db: str, tmp_path: Path) -> str:
    """A copy of the examples store that a test may change."""
    copy = tmp_path / "copy.db"
    shutil.copy(examples_db, copy)
    return str(copy)


@pytest.fixture
def make_client() -> Iterator[Callable[..., object]]:
    """make_client(db, **settings) -> a TestClient (lifespan run), closed after the test."""
    from fastapi.testclient import TestClient

    from skytally.serve import ServeSettings, create_app
    opened = []

    def make(db: str, **settings: object) -> TestClient:
        client = TestClient(create_app(ServeSettings(db=db, **settings)), raise_server_exceptions=False)
        client.__enter__()
        opened.append(client)
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client: Callable[..., object], examples_db: str):
    return make_client(examples_db)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(examples_db: str) -> Iterator[str]:
    """`skytally serve` on 127.0.0.1 in a subprocess; yields its base URL."""
    try:
        import httpx2 as httpx
    except ImportError:  # the older name
        import httpx
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("SKYTALLY_TOKEN", "SKYTALLY_TOKEN_FILE")}
    proc = subprocess.Popen([*serve_command(), "--db", examples_db, "--host", "127.0.0.1", "--port", str(port),
                             "--log-level", "warning"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            if proc.poll() is not None:
                raise AssertionError(f"the server exited: {proc.stdout.read().decode()[-3000:]}")
            try:
                if httpx.get(base + "/api", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError("the server did not answer within 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
