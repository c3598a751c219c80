"""Every error, from every kind of failure, has one JSON shape (datasette's test_error_shape).

    {"ok": false, "status": 404, "error": "not_found", "message": "..."}

The keys, their types and the status/error pairing are pinned here; pages show the same
message as HTML, and their .json twins answer with the JSON shape.
"""
from __future__ import annotations

import pytest

from skytally.serve import error_body
from skytally.serve.app import CODES

SHAPE = {"ok", "status", "error", "message"}


def check(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == SHAPE
    assert body["ok"] is False
    assert body["status"] == status
    assert body["error"] == CODES[status]
    assert isinstance(body["message"], str) and body["message"]
    return body


def test_error_body_is_the_shape() -> None:
    assert error_body(404, "no such thing") == {"ok": False, "status": 404, "error": "not_found",
                                                 "message": "no such thing"}


@pytest.mark.parametrize("method, url, status", [
    ("GET", "/api/nothing-here", 404),
    ("GET", "/api/attacks/ffff0000ffff0000", 404),
    ("GET", "/api/attacks/not-an-id", 400),
    ("GET", "/attacks/ffff0000ffff0000.json", 404),
    ("GET", "/api/attacks?limit=0", 400),
    ("GET", "/api/attacks?limit=100000", 400),
    ("GET", "/api/attacks?offset=-1", 400),
    ("GET", "/api/attacks?date_from=yesterday", 400),
    ("GET", "/api/attacks?date_from=2025-07-10&date_to=2025-07-01", 400),
    ("GET", "/api/attacks?target=Ukraine", 400),
    ("GET", "/api/attacks?region=../../etc", 400),
    ("GET", "/api/attacks?min_launched=lots", 400),
    ("GET", "/api/attacks?dataset=mine", 400),
    ("GET", "/api/stats?by=year", 400),
    ("GET", "/api/stats?class=rockets", 400),
    ("GET", "/api/regions?metric=people", 400),
    ("GET", "/api/export?format=xlsx", 400),
    ("GET", "/index.json?class=rockets", 400),
    ("DELETE", "/api/attacks", 405),
    ("PUT", "/api/documents", 405),
])
def test_every_error_has_the_shape(client, method: str, url: str, status: int) -> None:
    check(client.request(method, url), status)


def test_ambiguous_prefix_is_a_bad_request(client, monkeypatch) -> None:
    from skytally.errors import StoreError
    from skytally.store import Store

    def ambiguous(self, attack_id):
        raise StoreError(f"attack id {attack_id!r} is ambiguous: give more characters")
    monkeypatch.setattr(Store, "attack", ambiguous)
    body = check(client.get("/api/attacks/abcd"), 400)
    assert "ambiguous" in body["message"]


def test_extract_errors(client) -> None:
    check(client.post("/api/extract", json={"text": "   "}), 422)             # nothing to read
    check(client.post("/api/extract", json={"txt": "Russia launched"}), 400)  # no text field
    check(client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}), 400)
    check(client.post("/api/extract", json={"text": "x", "lang": "fr"}), 400)
    check(client.post("/api/extract", json={"text": "x", "published": "soon"}), 400)
    check(client.post("/api/extract", content=b"\x89PNG", headers={"content-type": "image/png"}), 415)
    check(client.post("/extract.json", json={"text": ""}), 422)


def test_write_guards_have_the_shape(make_client, writable_db, token) -> None:
    check(make_client(writable_db).post("/api/documents", json={"text": "x"}), 403)
    guarded = make_client(writable_db, token=token)
    response = guarded.post("/api/documents", json={"text": "x"})
    check(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"
    check(guarded.post("/api/documents", json={"text": "x"}, headers={"Authorization": "Bearer wrong"}), 401)


def test_too_large_has_the_shape(make_client, examples_db) -> None:
    small = make_client(examples_db, max_body_bytes=2048)
    check(small.post("/api/extract", json={"text": "drones " * 1000}), 413)


def test_internal_error_has_the_shape_and_hides_details(client, monkeypatch) -> None:
    from skytally.serve import views

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail /etc/passwd")
    monkeypatch.setattr(views, "attack_list", broken)
    body = check(client.get("/api/attacks"), 500)
    assert "secret" not in body["message"]


def test_store_down_is_503(client, monkeypatch) -> None:
    from skytally.errors import StoreError
    from skytally.serve import views

    def down(*args, **kwargs):
        raise StoreError("cannot open the database postgresql://...: connection refused")
    monkeypatch.setattr(views, "attack_detail", down)
    body = check(client.get("/api/attacks/cf5cdda2e9efc0f9"), 503)
    assert "postgresql" not in body["message"]


def test_pages_show_errors_as_html(client) -> None:
    for url, status in (("/attacks/ffff0000ffff0000", 404), ("/nothing-here", 404), ("/attacks?limit=0", 400),
                        ("/regions?date_from=never", 400)):
        response = client.get(url)
        assert response.status_code == status
        assert response.headers["content-type"].startswith("text/html")
        assert f"{status} ·" in response.text


def test_openapi_documents_the_error_shape(client) -> None:
    schema = client.get("/api/openapi.json").json()
    assert set(schema["components"]["schemas"]["ErrorBody"]["properties"]) == SHAPE
    assert "HTTPValidationError" not in schema["components"]["schemas"]
    responses = schema["paths"]["/api/attacks"]["get"]["responses"]
    assert "422" not in responses and "ErrorBody" in responses["400"]["content"]["application/json"]["schema"]["$ref"]
