"""`skytally extract` end to end: output formats, stdin, and every kind of bad input.

A few cases run the installed console script in a subprocess (what a user runs,
tracebacks included); the rest use Typer's CliRunner on `skytally.cli.app`. The
contract for bad input (README, "Extract one page"): each bad document gets exactly
one line on stderr naming it and saying why, the good ones are still printed, the
exit status is 1 when any failed and 0 otherwise, and no traceback is ever shown.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from skytally.cli import app

SKYTALLY = Path(sys.executable).parent / "skytally"
MB = 1024 * 1024

# Articles written for these tests.
ARTICLE = (
    "Russia hits Ukraine with overnight drone attack\n\n"
    "Russia launched 86 drones and three missiles at Ukraine overnight, the air force said on Tuesday. "
    "Air defence units shot down 71 drones and two missiles, while nine drones were lost from radar.\n\n"
    "Debris fell on a warehouse in the Kharkiv region and two people were injured, the regional governor said.\n"
)
ARTICLE_2 = (
    "Air defences repel drone raid on Odesa\n\n"
    "Russian forces sent 40 Shahed drones against southern Ukraine overnight, officials said on Friday. "
    "At least 33 of them were destroyed over the Odesa and Mykolaiv regions.\n"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Night of drones over Kyiv</title>"
    '<meta property="article:published_time" content="2025-03-12T07:00:00+02:00"></head><body>'
    "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Night of drones over Kyiv</h1>"
    "<p>Russia launched 120 drones at Ukraine overnight, the air force said on Wednesday.</p>"
    "<p>Air defence units shot down 94 of them, and 20 more were lost from radar.</p></article>"
    "<footer>Contact us</footer></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def invoke(*args: str, input: str | bytes | None = None) -> Any:
    """Run `skytally ARGS` in-process; a Python exception escaping the command fails the test."""
    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stderr
    return result


def run(*args: str, input: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run the installed console script, as a user would."""
    completed = subprocess.run([str(SKYTALLY), *args], check=False, input=input, capture_output=True, timeout=timeout)
    out = subprocess.CompletedProcess(completed.args, completed.returncode,
                                      completed.stdout.decode("utf-8"), completed.stderr.decode("utf-8"))
    assert "Traceback" not in out.stderr, out.stderr
    return out


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def assert_one_error(stderr: str, name: str, *reason_words: str) -> str:
    """stderr is exactly one line, naming `name` and giving a reason."""
    lines = error_lines(stderr)
    assert len(lines) == 1, stderr
    line = lines[0]
    assert name in line, line
    for word in reason_words:
        assert word.lower() in line.lower(), line
    return line


def figures(report: dict) -> list[dict]:
    """Every figure (a dict with value/qualifier/evidence) anywhere in a report."""
    found: list[dict] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "value" in node and "qualifier" in node and "evidence" in node:
                found.append(node)
            else:
                for value in node.values():
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({"attacks": report["attacks"], "period_totals": report["period_totals"]})
    return found


def is_report(data: Any) -> bool:
    return isinstance(data, dict) and {"document", "attacks", "period_totals"} <= set(data)


# --- the console script, end to end --------------------------------------------------

def test_script_json_one_file_prints_one_object(tmp_path: Path) -> None:
    path = write(tmp_path / "night.txt", ARTICLE)
    result = run("extract", "--format", "json", str(path))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert is_report(report)
    assert report["document"]["source"] == str(path)
    assert report["attacks"], "the article reports an attack with figures"
    assert result.stderr == ""


def test_script_reads_stdin(tmp_path: Path) -> None:
    result = run("extract", "-", input=ARTICLE.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert is_report(report)
    assert report["document"]["source"] == "<stdin>"


def test_script_bad_published_exits_2_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "night.txt", ARTICLE)
    result = run("extract", "--published", "2025-13-45", str(path))
    assert result.returncode == 2
    line = assert_one_error(result.stderr, "--published", "2025-13-45")
    assert "2025-07-04" in line  # says what a good value looks like
    assert result.stdout == ""


def test_script_folder_mixing_good_and_bad(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    good = [write(folder / "a_good.txt", ARTICLE), write(folder / "c_page.html", HTML_PAGE),
            write(folder / "sub" / "e_good.txt", ARTICLE_2)]
    bad = {write(folder / "b_empty.txt", b""): "empty",
           write(folder / "d_image.png", PNG): "binary"}
    result = run("extract", str(folder))
    assert result.returncode == 1
    reports = json.loads(result.stdout)
    assert isinstance(reports, list)
    assert [r["document"]["source"] for r in reports] == [str(p) for p in good]
    lines = error_lines(result.stderr)
    assert len(lines) == len(bad), result.stderr
    for path, reason in bad.items():
        (line,) = [line for line in lines if str(path) in line]
        assert reason in line.lower()


def test_script_50_mb_file_is_processed_under_the_default_limit(tmp_path: Path) -> None:
    """The default limit is 64 MB (Settings.max_bytes), so 50 MB of text is read and cleaned.

    The file repeats one article's paragraphs; the page cleaner keeps one copy, so the
    run is quick and the report is the article's.
    """
    body = ARTICLE.split("\n\n", 1)[1] + "\n"
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        chunk = body * (MB // len(body))
        for _ in range(50):
            handle.write(chunk)
    assert path.stat().st_size > 49 * MB
    result = run("extract", "--format", "jsonl", str(path), timeout=300)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    report = json.loads(line)
    assert report["document"]["source"] == str(path)
    assert report["attacks"]


# --- formats -----------------------------------------------------------------------

def test_json_several_files_print_an_array(tmp_path: Path) -> None:
    a, b = write(tmp_path / "a.txt", ARTICLE), write(tmp_path / "b.txt", ARTICLE_2)
    result = invoke("extract", "--format", "json", str(a), str(b))
    assert result.exit_code == 0, result.stderr
    reports = json.loads(result.stdout)
    assert isinstance(reports, list) and len(reports) == 2
    assert all(is_report(r) for r in reports)
    assert [r["document"]["source"] for r in reports] == [str(a), str(b)]


def test_json_folder_prints_an_array_even_with_one_document(tmp_path: Path) -> None:
    write(tmp_path / "only.txt", ARTICLE)
    result = invoke("extract", str(tmp_path))
    assert result.exit_code == 0
    reports = json.loads(result.stdout)
    assert isinstance(reports, list) and len(reports) == 1 and is_report(reports[0])


def test_json_empty_folder_prints_an_empty_array(tmp_path: Path) -> None:
    result = invoke("extract", str(tmp_path))
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_jsonl_prints_one_object_per_line(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.txt", ARTICLE_2)
    write(tmp_path / "c.html", HTML_PAGE)
    result = invoke("extract", "--format", "jsonl", str(tmp_path))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(is_report(json.loads(line)) for line in lines)


def test_table_prints_a_readable_summary(tmp_path: Path) -> None:
    path = write(tmp_path / "night.txt", ARTICLE)
    result = invoke("extract", "--format", "table", "--published", "2025-06-03", str(path))
    assert result.exit_code == 0
    out = result.stdout
    assert str(path) in out
    assert "2025-06-03" in out
    assert "attack 1" in out
    for expected in ("launched", "destroyed", "86", "71", "86 drones"):
        assert expected in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_table_says_when_nothing_was_found(tmp_path: Path) -> None:
    path = write(tmp_path / "calm.txt", "The city council met on Monday to discuss new cycling lanes.\n")
    result = invoke("extract", "-f", "table", str(path))
    assert result.exit_code == 0
    assert "no attack with figures" in result.stdout


def test_table_header_shows_the_language(tmp_path: Path) -> None:
    path = write(tmp_path / "night.txt", ARTICLE)
    result = invoke("extract", "-f", "table", str(path))
    assert "[en]" in result.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_show_text_evidence_slices_the_text(tmp_path: Path, fmt: str) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.html", HTML_PAGE)
    write(tmp_path / "c.txt", ARTICLE_2)
    result = invoke("extract", "--format", fmt, "--show-text", str(tmp_path))
    assert result.exit_code == 0
    reports = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]
    assert len(reports) == 3
    checked = 0
    for report in reports:
        text = report["text"]
        assert isinstance(text, str) and text
        for figure in figures(report):
            evidence = figure["evidence"]
            if figure.get("derived"):
                assert evidence is None
                continue
            assert text[evidence["start"]:evidence["end"]] == evidence["text"]
            checked += 1
    assert checked >= 6


def test_without_show_text_there_is_no_text(tmp_path: Path) -> None:
    result = invoke("extract", str(write(tmp_path / "a.txt", ARTICLE)))
    assert "text" not in json.loads(result.stdout)


def test_table_show_text_prints_the_cleaned_text(tmp_path: Path) -> None:
    result = invoke("extract", "-f", "table", "--show-text", str(write(tmp_path / "a.txt", ARTICLE)))
    assert "Debris fell on a warehouse in the Kharkiv region" in result.stdout


def test_stdin_in_process() -> None:
    result = invoke("extract", "-f", "jsonl", "-", input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["document"]["source"] == "<stdin>"


def test_published_flag_is_used(tmp_path: Path) -> None:
    result = invoke("extract", "--published", "2025-06-03", str(write(tmp_path / "a.txt", ARTICLE)))
    assert json.loads(result.stdout)["document"]["published"] == "2025-06-03"


def test_html_page_date_from_metadata(tmp_path: Path) -> None:
    result = invoke("extract", str(write(tmp_path / "page.html", HTML_PAGE)))
    report = json.loads(result.stdout)
    assert report["document"]["published"] == "2025-03-12"
    assert report["document"]["title"] == "Night of drones over Kyiv"


# --- bad options -------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2025-13-01", "yesterday", "04/07/2025", ""])
def test_bad_published_exits_2(tmp_path: Path, value: str) -> None:
    result = invoke("extract", "--published", value, str(write(tmp_path / "a.txt", ARTICLE)))
    assert result.exit_code == 2
    assert_one_error(result.stderr, "--published")
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["--format", "xml"], ["--lang", "fr"]])
def test_bad_option_values_exit_2(tmp_path: Path, args: list[str]) -> None:
    result = invoke("extract", *args, str(write(tmp_path / "a.txt", ARTICLE)))
    assert result.exit_code == 2
    assert_one_error(result.stderr, args[0])


def test_bad_published_with_brackets_is_one_line(tmp_path: Path) -> None:
    result = invoke("extract", "--published", "[/x]", str(write(tmp_path / "a.txt", ARTICLE)))
    assert result.exit_code == 2
    assert_one_error(result.stderr, "[/x]")


# --- bad input: one line each, naming the document ------------------------------------

@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n  \n", "empty"),
    ("image.png", PNG, "png"),
    ("image.txt", PNG, "binary"),  # the extension does not matter
    ("noise.bin", random.Random(7).randbytes(4096), "binary"),
    ("furniture.html", b"<html><head><script>var x = 1;</script></head><body><nav></nav></body></html>",
     "no text"),
])
def test_bad_document_is_one_line_and_exit_1(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path / name, data)
    result = invoke("extract", str(path))
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(path), reason)
    assert result.stdout == ""


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "story.txt"
    result = invoke("extract", str(missing))
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(missing), "no such file")


def test_over_the_default_size_limit_is_rejected_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as handle:
        handle.truncate(70 * MB)  # sparse: nothing is written, stat() says 70 MB
    result = invoke("extract", str(path))
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(path), "limit", "--max-bytes")


def test_max_bytes_flag(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    result = invoke("extract", "--max-bytes", "100", str(path))
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(path), "limit")
    assert invoke("extract", "--max-bytes", str(10 * len(ARTICLE)), str(path)).exit_code == 0


def test_max_bytes_on_stdin() -> None:
    result = invoke("extract", "--max-bytes", "100", "-", input=ARTICLE)
    assert result.exit_code == 1
    assert_one_error(result.stderr, "<stdin>", "limit")


def test_cp1251_ukrainian_is_decoded(tmp_path: Path) -> None:
    text = ("Уночі 14 березня росіяни атакували Україну 45 ударними БпЛА. "
            "Протиповітряна оборона збила 38 дронів над Київською областю, повідомили Повітряні сили.\n")
    path = write(tmp_path / "zvit.txt", text.encode("cp1251"))
    result = invoke("extract", "--show-text", str(path))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["text"].strip() == text.strip()
    assert report["document"]["language"] == "uk"


def test_latin1_english_is_decoded(tmp_path: Path) -> None:
    text = ("Russia launched 60 drones at Ukraine overnight, officials said, and a caf\xe9 near the "
            "station was damaged. Air defence destroyed 52 of them.\n")
    path = write(tmp_path / "latin1.txt", text.encode("latin-1"))
    result = invoke("extract", "--show-text", str(path))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert "café near the station" in report["text"]
    assert report["attacks"][0]["launched"]["drones"]["value"] == 60


def test_broken_html_is_still_read(tmp_path: Path) -> None:
    page = ("<html><head><title>Drones over Odesa</title><body><div><p>Russia launched 25 drones at Odesa "
            "overnight<p>Air defence shot down 20 of them <b>and <i>five were lost</div></span></html")
    path = write(tmp_path / "broken.html", page)
    result = invoke("extract", "--show-text", str(path))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert "<" not in report["text"]
    assert report["attacks"][0]["launched"]["drones"]["value"] == 25


def test_truncated_html_tag_soup(tmp_path: Path) -> None:
    path = write(tmp_path / "soup.html", "<!DOCTYPE html><html><body><p>Russia launched 12 drones at Sumy<p")
    result = invoke("extract", str(path))
    assert result.exit_code == 0, result.stderr
    assert is_report(json.loads(result.stdout))


def test_mixed_paths_good_ones_printed_bad_ones_named(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    empty = write(tmp_path / "empty.txt", b"")
    image = write(tmp_path / "photo.png", PNG)
    missing = tmp_path / "missing.txt"
    sparse = tmp_path / "huge.txt"
    with sparse.open("wb") as handle:
        handle.truncate(65 * MB)
    good2 = write(tmp_path / "good2.html", HTML_PAGE)
    result = invoke("extract", "-f", "jsonl", str(empty), str(good), str(image), str(missing), str(sparse), str(good2))
    assert result.exit_code == 1
    assert [json.loads(x)["document"]["source"] for x in result.stdout.splitlines()] == [str(good), str(good2)]
    lines = error_lines(result.stderr)
    assert len(lines) == 4
    for path, reason in ((empty, "empty"), (image, "binary"), (missing, "no such file"), (sparse, "limit")):
        matching = [line for line in lines if f"{path}:" in line]
        assert len(matching) == 1, (path, lines)
        assert reason in matching[0].lower()


def test_all_good_exits_0(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.html", HTML_PAGE)
    result = invoke("extract", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr == ""


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        result = invoke("extract", str(path))
    finally:
        path.chmod(0o644)
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(path), "permission denied")


def test_error_line_names_a_file_with_brackets(tmp_path: Path) -> None:
    path = write(tmp_path / "notes [draft].txt", b"")
    result = invoke("extract", str(path))
    assert result.exit_code == 1
    assert_one_error(result.stderr, str(path), "empty")


def test_table_with_brackets_in_the_title(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>Kyiv [/b] night</title></head><body><article>"
            "<h1>Kyiv [/b] night</h1><p>Russia launched 40 drones at Ukraine overnight, the air force said.</p>"
            "</article></body></html>")
    result = invoke("extract", "-f", "table", str(write(tmp_path / "t.html", page)))
    assert result.exit_code == 0
    assert "Kyiv [/b] night" in result.stdout


def test_russian_text_is_reported_as_unsupported(tmp_path: Path) -> None:
    """Never misread as Ukrainian: no figures, and a note saying why."""
    page = tmp_path / "ru.txt"
    page.write_text("В ночь на 4 июля противник атаковал 550 средствами воздушного нападения. "
                    "Силы ПВО сбили 270 целей, ещё 208 были подавлены средствами РЭБ.", encoding="utf-8")
    result = subprocess.run([str(SKYTALLY), "extract", "--published", "2025-07-04", str(page)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert json.loads(result.stdout)["attacks"] == []
    assert json.loads(result.stdout)["document"]["language"] == "ru"
    assert "Russian-language text is not supported" in result.stderr and "ru.txt" in result.stderr
