"""Writes are guarded: read-only by default, a token for ingest, a body limit, names are not paths, no CORS."""
from __future__ import annotations

from pathlib import Path

import pytest

from skytally.errors import ConfigError
from skytally.serve import ServeSettings, from_environment
from skytally.store import open_store

ARTICLE = ("Russia attacked Ukraine overnight with 64 drones, the air force said on Saturday. "
           "Air defences shot down 50 drones, and 12 were lost from radar.")


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_read_only_by_default(make_client, writable_db) -> None:
    client = make_client(writable_db)
    assert client.get("/api").json()["read_only"] is True
    response = client.post("/api/documents", json={"text": ARTICLE}, headers=auth("anything-at-all-here"))
    assert response.status_code == 403
    assert "read-only" in response.json()["message"]


def test_ingest_with_the_token(make_client, writable_db, token) -> None:
    client = make_client(writable_db, token=token)
    response = client.post("/api/documents", json={"text": ARTICLE, "published": "2025-08-02", "name": "note"},
                           headers=auth(token))
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["added"] == 1 and body["attacks_updated"] == 1 and body["source"] == "upload:note"
    listed = client.get("/api/attacks?date_from=2025-08-01").json()["attacks"]   # seen at once
    assert [(a["date"], a["launched"]) for a in listed] == [("2025-08-02", 64)]
    again = client.post("/api/documents", json={"text": ARTICLE, "published": "2025-08-02"}, headers=auth(token))
    assert again.status_code == 200 and again.json()["skipped"] == 1


def test_ingest_raw_text_body(make_client, writable_db, token) -> None:
    client = make_client(writable_db, token=token)
    response = client.post("/api/documents?published=2025-08-02&name=wire.txt", content=ARTICLE.encode(),
                           headers={**auth(token), "content-type": "text/plain"})
    assert response.status_code == 201, response.text


def test_wrong_scheme_or_token_is_refused(make_client, writable_db, token) -> None:
    client = make_client(writable_db, token=token)
    for headers in ({"Authorization": token}, {"Authorization": f"Basic {token}"},
                    {"Authorization": f"Bearer {token}x"}, {"X-Token": token}):
        assert client.post("/api/documents", json={"text": ARTICLE}, headers=headers).status_code == 401
    store = open_store(writable_db)
    try:
        assert store.counts()["documents"] == 4  # nothing was written
    finally:
        store.close()


@pytest.mark.parametrize("name", ["../../../../tmp/skytally-owned.txt", "/etc/passwd", "..\\..\\x.txt",
                                  "a\x00b", "C:\\Windows\\x"])
def test_uploaded_names_never_become_paths(make_client, writable_db, token, name: str, tmp_path) -> None:
    client = make_client(writable_db, token=token)
    text = ARTICLE.replace("64", str(len(name) + 100))
    response = client.post("/api/documents", json={"text": text, "name": name}, headers=auth(token))
    assert response.status_code == 201, response.text
    source = response.json()["source"]
    assert source.startswith("upload:") and "/" not in source and "\\" not in source and "\x00" not in source
    assert ".." not in source.split(":", 1)[1].split("_")
    assert not Path("/tmp/skytally-owned.txt").exists()


def test_body_limit_declared_and_streamed(make_client, examples_db) -> None:
    client = make_client(examples_db, max_body_bytes=4096)
    big = ("drones " * 2000).encode()
    assert client.post("/api/extract", content=big, headers={"content-type": "text/plain"}).status_code == 413

    def chunks():  # no Content-Length: chunked transfer
        for _ in range(10):
            yield b"x" * 1000
    response = client.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413
    small = client.post("/api/extract", content=ARTICLE.encode(), headers={"content-type": "text/plain"})
    assert small.status_code == 200


def test_no_cors_by_default(client) -> None:
    response = client.get("/api/attacks", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/documents", headers={"Origin": "https://elsewhere.example",
                                                          "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_when_asked_for(make_client, examples_db) -> None:
    client = make_client(examples_db, cors_origins=("https://newsroom.example",))
    ok = client.get("/api/attacks", headers={"Origin": "https://newsroom.example"})
    assert ok.headers["access-control-allow-origin"] == "https://newsroom.example"
    other = client.get("/api/attacks", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers


def test_pages_have_a_strict_content_security_policy(client) -> None:
    for url in ("/", "/attacks", "/regions", "/extract", "/attacks/cf5cdda2e9efc0f9"):
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'self'" in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"


def test_pages_load_nothing_from_elsewhere(client) -> None:
    import re
    for url in ("/", "/attacks", "/regions", "/extract", "/attacks/cf5cdda2e9efc0f9", "/api/docs", "/api/redoc"):
        html = client.get(url).text
        for ref in re.findall(r"""(?:src|href)=["']([^"']+)""", html):
            assert ref.startswith(("/", "#", "?")), f"{url} refers to {ref}"
        for asset in re.findall(r"""src=["'](/[^"']+)""", html):
            assert client.get(asset).status_code == 200, asset


def test_token_settings() -> None:
    assert from_environment({"SKYTALLY_TOKEN": "x" * 20}).token == "x" * 20
    assert from_environment({}).read_only
    with pytest.raises(ConfigError):
        from_environment({"SKYTALLY_TOKEN": "short"})
    with pytest.raises(ConfigError):
        ServeSettings().with_flags(cors_origins=["*"])


def test_token_file(tmp_path) -> None:
    path = tmp_path / "token"
    path.write_text("s3cret-s3cret-s3cret\n")
    assert ServeSettings().with_flags(token_file=str(path)).token == "s3cret-s3cret-s3cret"
    assert from_environment({"SKYTALLY_TOKEN_FILE": str(path)}).token == "s3cret-s3cret-s3cret"
    with pytest.raises(ConfigError):
        ServeSettings().with_flags(token_file=str(tmp_path / "missing"))
