"""The JSON API over the examples store: it says what the library (and so the CLI) says."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from skytally import analyze
from skytally.store import AttackFilter, open_store

REPO = Path(__file__).resolve().parents[2]
EXAMPLE_HTML = REPO / "examples" / "2025-07-04_kyiv_page.html"
KYIV = "cf5cdda2e9efc0f9"      # 2025-07-04: 550 launched, one document
LUTSK = "f704f14e91d043ba"     # 2025-07-09: 741 launched, two documents


@pytest.fixture(scope="module")
def library(examples_db):
    """What the library itself returns for the examples store."""
    store = open_store(examples_db)
    try:
        attacks = store.attacks(AttackFilter())
        yield {"attacks": attacks, "detail": {a.id: analyze.attack_detail(store, a.id) for a in attacks}}
    finally:
        store.close()


def test_index_lists_the_endpoints(client) -> None:
    body = client.get("/api").json()
    assert body["attacks"] == 2 and body["read_only"] is True
    assert body["endpoints"]["attacks"] == "/api/attacks"


def test_attacks_newest_first_with_summary_rows(client, library) -> None:
    body = client.get("/api/attacks").json()
    assert body["total"] == 2 and [a["id"] for a in body["attacks"]] == [LUTSK, KYIV]
    expected = {r.id: analyze.summary_row(r) for r in library["attacks"]}
    for row in body["attacks"]:
        regions = row.pop("regions")
        assert row == expected[row["id"]]
        assert regions == next(r.attack.regions for r in library["attacks"] if r.id == row["id"])
    assert body["next"] is None and body["previous"] is None


def test_attacks_oldest_first(client) -> None:
    assert [a["id"] for a in client.get("/api/attacks?order=oldest").json()["attacks"]] == [KYIV, LUTSK]


@pytest.mark.parametrize("query, ids", [
    ("date_from=2025-07-05", [LUTSK]),
    ("date_to=2025-07-04", [KYIV]),
    ("date_from=2025-07-04&date_to=2025-07-09", [LUTSK, KYIV]),
    ("date_from=2025-07-05&date_to=2025-07-08", []),
    ("attacker=ru&target=ua", [LUTSK, KYIV]),
    ("attacker=UA", []),
    ("target=RU", []),
    ("region=UA-30", [KYIV]),
    ("region=ua-46", [LUTSK]),
    ("region=UA-43", []),
    ("min_launched=600", [LUTSK]),
    ("min_launched=550", [LUTSK, KYIV]),
    ("min_launched=10000", []),
    ("region=UA-30&min_launched=600", []),
    ("dataset=kaggle", []),
    ("date_from=&target=", [LUTSK, KYIV]),  # a form's blank fields mean "not given"
])
def test_attack_filters(client, query: str, ids: list[str]) -> None:
    body = client.get(f"/api/attacks?{query}").json()
    assert [a["id"] for a in body["attacks"]] == ids
    assert body["total"] == len(ids)


def test_pagination_links(client) -> None:
    first = client.get("/api/attacks?limit=1&region=").json()
    assert [a["id"] for a in first["attacks"]] == [LUTSK]
    assert first["previous"] is None and "offset=1" in first["next"] and "limit=1" in first["next"]
    second = client.get(first["next"]).json()
    assert [a["id"] for a in second["attacks"]] == [KYIV]
    assert second["next"] is None and "offset=0" in second["previous"]
    assert client.get("/api/attacks?offset=5").json()["attacks"] == []


def test_attack_detail_is_the_library_detail(client, library) -> None:
    for attack_id, detail in library["detail"].items():
        assert client.get(f"/api/attacks/{attack_id}").json() == detail
    assert client.get(f"/api/attacks/{KYIV[:6]}").json()["id"] == KYIV  # a prefix is enough


def test_attack_detail_has_evidence_sources_and_flags(client) -> None:
    body = client.get(f"/api/attacks/{KYIV}").json()
    launched = next(f for f in body["figures"] if f["path"] == "launched.total")
    assert launched["value"] == 550
    assert launched["evidence"]["text"] == "550 drones and missiles"
    assert launched["evidence"]["text"] in launched["sentence"]
    assert launched["source"].endswith("2025-07-04_kyiv_page.html")
    assert {"conflicts", "flags", "documents"} <= set(body)


@pytest.mark.parametrize("by", ["day", "week", "month"])
@pytest.mark.parametrize("cls", ["all", "drones", "missiles"])
def test_stats_is_the_library_report(client, library, by: str, cls: str) -> None:
    expected = analyze.stats_report(library["attacks"], by, cls).to_dict()
    assert client.get(f"/api/stats?by={by}&class={cls}").json() == expected


def test_stats_date_window(client, library) -> None:
    from datetime import date
    expected = analyze.stats_report(library["attacks"], "day", "all", date(2025, 7, 5), None).to_dict()
    assert client.get("/api/stats?by=day&date_from=2025-07-05").json() == expected


def test_regions(client) -> None:
    body = client.get("/api/regions").json()
    assert len(body["regions"]) == 27
    kyiv = next(r for r in body["regions"] if r["code"] == "UA-30")
    assert kyiv["attacks"] == 1 and kyiv["hit_attacks"] == 1 and kyiv["latest"] == "2025-07-04"
    lviv = next(r for r in body["regions"] if r["code"] == "UA-46")
    assert lviv["attacks"] == 1 and lviv["hit_attacks"] == 0   # 741 attack states no hits
    assert body["max"] == 1 and body["other_regions"] == []
    assert "not a map" in body["drawing"]
    hits = client.get("/api/regions?metric=hit_attacks").json()
    assert next(r for r in hits["regions"] if r["code"] == "UA-46")["fill"] == "#e5e7eb"


def test_export_csv_is_the_cli_export(client, library) -> None:
    response = client.get("/api/export?format=csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == 'attachment; filename="skytally-attacks.csv"'
    assert response.text == analyze.to_text(library["attacks"], "csv")


def test_export_kaggle_and_json(client, library) -> None:
    assert client.get("/api/export?format=kaggle").text == analyze.to_text(library["attacks"], "kaggle")
    assert client.get("/api/export?format=json").json() == json.loads(analyze.to_text(library["attacks"], "json"))


def test_export_filtered_and_empty(client) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export?region=UA-30").text)))
    assert [r["id"] for r in rows] == [KYIV]
    empty = client.get("/api/export?date_from=2030-01-01").text
    assert empty.splitlines() == [",".join(analyze.FLAT_COLUMNS)]
    assert client.get("/api/export?format=json&date_from=2030-01-01").json() == []


def test_export_parquet(client, tmp_path) -> None:
    response = client.get("/api/export?format=parquet")
    assert response.headers["content-disposition"].endswith('.parquet"')
    path = tmp_path / "a.parquet"
    path.write_bytes(response.content)
    table = pq.read_table(path)
    assert table.column_names == list(analyze.FLAT_COLUMNS)
    assert sorted(table.column("launched_total").to_pylist()) == [550, 741]


def test_extract_text(client) -> None:
    text = ("Russia attacked Ukraine overnight with 120 drones and 7 missiles, the Air Force said. "
            "Air defences shot down 85 drones.")
    body = client.post("/api/extract", json={"text": text, "published": "2025-08-05"}).json()
    attack = body["report"]["attacks"][0]
    assert attack["launched"]["drones"]["value"] == 120
    ev = attack["launched"]["drones"]["evidence"]
    assert body["text"][ev["start"]:ev["end"]] == ev["text"] == "120 drones"
    assert any(m["start"] == ev["start"] for m in body["marks"])
    assert body["published"] == "2025-08-05"


def test_extract_raw_html_and_plain_bodies(client) -> None:
    html = EXAMPLE_HTML.read_bytes()
    body = client.post("/api/extract?published=2025-07-04", content=html,
                       headers={"content-type": "text/html; charset=utf-8"}).json()
    assert body["report"]["attacks"][0]["launched"]["total"]["value"] == 550
    assert "<" not in body["text"]  # cleaned text, not markup
    plain = client.post("/api/extract", content=b"Russia launched 40 drones at Ukraine overnight.",
                        headers={"content-type": "text/plain"}).json()
    assert plain["report"]["attacks"][0]["launched"]["drones"]["value"] == 40


def test_extract_stores_nothing(client, examples_db) -> None:
    client.post("/api/extract", json={"text": "Russia launched 99 drones at Ukraine overnight."})
    store = open_store(examples_db)
    try:
        assert store.counts()["documents"] == 4
    finally:
        store.close()


def test_openapi_and_docs_are_served_locally(client) -> None:
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/attacks", "/api/attacks/{attack_id}", "/api/stats", "/api/regions", "/api/export",
                 "/api/extract", "/api/documents"):
        assert path in schema["paths"], path
    for page in ("/api/docs", "/api/redoc"):
        html = client.get(page).text
        assert "cdn" not in html.lower() and "https://" not in html
    assert client.get("/static/docs/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/docs/redoc.standalone.js").status_code == 200


def test_json_is_not_cached_across_changes(client) -> None:
    """Responses are computed per request: no stale cache headers on the API."""
    response = client.get("/api/attacks")
    assert "max-age" not in response.headers.get("cache-control", "")
