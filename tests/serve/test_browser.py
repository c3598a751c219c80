"""Real-browser tests: Debian's chromium, driven by Playwright, against `skytally serve` on loopback.

No browser is downloaded: Playwright launches /usr/bin/chromium (scripts/install-browser.sh
installs it). Without it these tests skip, except under CI=true, where they fail.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = os.environ.get("SKYTALLY_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTICLE = ("Russia attacked Ukraine overnight with 120 drones and 7 missiles, the Air Force said on Tuesday. "
           "Air defences shot down 85 drones and 5 missiles, and 30 drones were lost from radar.")


def _missing() -> str | None:
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"{CHROMIUM} is not installed (bash scripts/install-browser.sh installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; never `playwright install`)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    missing = _missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, live_server) -> Iterator[object]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    page.on("console", lambda msg: problems.append(f"console: {msg.text}") if msg.type == "error" else None)
    page.on("requestfailed", lambda req: problems.append(f"failed: {req.url}"))
    page.on("request", lambda req: problems.append(f"off-site: {req.url}")
            if not req.url.startswith((live_server, "data:")) else None)
    page.problems = problems
    yield page
    context.close()


def test_overview_draws_its_charts(page) -> None:
    page.goto("/")
    page.wait_for_selector("#nights-chart .main-svg")
    page.wait_for_selector("#months-chart .main-svg")
    bars = page.locator("#nights-chart g.barlayer path")
    assert bars.count() >= 6  # three bars for each of the two nights
    assert page.locator("#nights-chart .legendtext").all_text_contents()[:3] == [
        "launched", "destroyed", "suppressed (jammed, lost from radar)"]
    assert page.locator("#months-chart g.scatterlayer path.point").count() >= 1  # the record star
    assert page.problems == []


def test_clicking_an_attack_shows_highlighted_evidence(page) -> None:
    page.goto("/attacks")
    page.locator("a.attack-link").last.click()       # the oldest: 2025-07-04
    page.wait_for_url("**/attacks/*")
    row = page.locator("tr.figure", has_text="launched").first
    evidence = row.locator("td.sentence mark").inner_text()
    row.click()
    flashed = page.locator(".doctext mark.flash")
    flashed.first.wait_for()
    assert flashed.first.inner_text() == evidence == "550 drones and missiles"
    assert flashed.first.is_visible()
    assert "selected" in (row.get_attribute("class") or "")
    assert page.problems == []


def test_the_paste_box_extracts(page) -> None:
    page.goto("/extract")
    page.fill("textarea[name=text]", ARTICLE)
    page.fill("input[name=published]", "2025-08-05")
    page.click("#extract-button")
    page.wait_for_selector("#result")
    assert "2025-08-05" in page.locator("#result h3").first.inner_text()
    marks = page.locator("#result .doctext mark").all_inner_texts()
    assert "120 drones" in marks and "85 drones" in marks
    page.locator("tr.figure", has_text="suppressed").first.click()
    assert page.locator(".doctext mark.flash").first.inner_text() == "30 drones"
    assert page.problems == []


def test_the_example_button_fills_the_box(page) -> None:
    page.goto("/extract")
    page.click("text=Fill in an example")
    assert "drones" in page.input_value("textarea[name=text]")
