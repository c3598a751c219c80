"""Every page renders, shows what its .json twin returns, and marks evidence in the document text."""
from __future__ import annotations

import re
from html import unescape

import pytest

KYIV = "cf5cdda2e9efc0f9"
LUTSK = "f704f14e91d043ba"


@pytest.mark.parametrize("page, twin", [
    ("/", "/index.json"), ("/?class=drones", "/index.json?class=drones"), ("/attacks", "/attacks.json"),
    ("/attacks?region=UA-30", "/attacks.json?region=UA-30"), (f"/attacks/{KYIV}", f"/attacks/{KYIV}.json"),
    ("/regions", "/regions.json"), ("/regions?metric=hit_attacks", "/regions.json?metric=hit_attacks"),
    ("/extract", "/extract.json"),
])
def test_every_page_has_a_json_twin(client, page: str, twin: str) -> None:
    html = client.get(page)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert f'href="{twin}"'.replace("&", "&amp;") in html.text  # linked from the page
    data = client.get(twin)
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"
    assert isinstance(data.json(), dict)


def test_overview(client) -> None:
    data = client.get("/index.json").json()
    assert data["attacks"] == 2 and data["first"] == "2025-07-04" and data["last"] == "2025-07-09"
    assert [n["period"] for n in data["per_night"]] == ["2025-07-04", "2025-07-09"]
    assert data["per_night"][0]["launched"] == 550 and data["per_month"][0]["launched"] == 1291
    assert data["latest"]["attack_id"] == LUTSK and "largest" in data["latest_text"]
    html = client.get("/").text
    assert 'id="nights-chart"' in html and 'id="months-chart"' in html
    assert '<script src="/static/plotly.min.js"></script>' in html


def test_overview_of_an_empty_store(make_client, tmp_path) -> None:
    client = make_client(str(tmp_path / "empty.db"))
    html = client.get("/").text
    assert "No attacks are stored yet" in html and "plotly" not in html
    assert client.get("/index.json").json()["attacks"] == 0


def test_plotly_is_served_from_here(client) -> None:
    response = client.get("/static/plotly.min.js")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/javascript")
    assert len(response.content) > 1_000_000


def test_attacks_table_links_and_downloads(client) -> None:
    html = client.get("/attacks").text
    assert f'href="/attacks/{KYIV}"' in html and f'href="/attacks/{LUTSK}"' in html
    assert 'href="/api/export?format=parquet"' in html
    filtered = client.get("/attacks?region=UA-30&date_from=").text
    assert f"/attacks/{KYIV}" in filtered and f"/attacks/{LUTSK}" not in filtered
    assert "/api/export?region=UA-30&amp;date_from=&amp;format=csv" in filtered


def test_attack_page_marks_every_figure_in_its_document(client) -> None:
    data = client.get(f"/attacks/{KYIV}.json").json()
    doc = data["documents"][0]
    for figure in data["attack"]["figures"]:
        ev = figure["evidence"]
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]
        assert any(m["start"] <= ev["start"] and ev["end"] >= m["end"] and figure["key"] in m["keys"]
                   for m in doc["marks"])
    html = client.get(f"/attacks/{KYIV}").text
    assert re.search(r'<mark id="ev-f\d+" data-keys="f\d+"\s*title="launched.total = 550">550 drones and missiles</mark>',
                     html)
    assert 'data-ev="f0"' in html
    paths = [f["path"] for f in data["attack"]["figures"]]
    assert paths.index("launched.total") < paths.index("destroyed.total") < paths.index("hits.drones")


def test_attack_page_with_two_documents(client) -> None:
    data = client.get(f"/attacks/{LUTSK}.json").json()
    assert len(data["documents"]) == len(data["attack"]["documents"]) >= 2
    html = client.get(f"/attacks/{LUTSK}").text
    assert html.count('class="doctext"') == len(data["documents"])


def test_regions_page_draws_the_grid(client) -> None:
    html = client.get("/regions").text
    assert html.count('<a href="/attacks?region=UA-') >= 27 + 27  # tiles and table rows
    assert "not a map" in html and "<svg" in html


def test_extract_form_round_trip(client) -> None:
    text = "Russia attacked Ukraine overnight with 77 drones. Air defences shot down 70 drones."
    response = client.post("/extract", data={"text": text, "format": "auto", "published": "2025-08-01",
                                             "lang": "auto"})
    assert response.status_code == 200
    html = response.text
    assert '<section class="card" id="result">' in html
    assert re.search(r'<mark[^>]*>77 drones</mark>', html)
    assert unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", html, re.DOTALL).group(1)) == text


def test_extract_form_shows_errors_in_the_page(client) -> None:
    response = client.post("/extract", data={"text": "   ", "format": "auto", "published": "", "lang": "auto"})
    assert response.status_code == 422
    assert "could not be read" in response.text and "<textarea" in response.text


def test_pasted_markup_is_escaped(client) -> None:
    evil = "<script>alert(1)</script> Russia launched 12 drones at Ukraine overnight."
    html = client.post("/extract", data={"text": evil, "format": "text"}).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
