"""`skytally serve`: the command's options, its errors, and a real server answering on loopback."""
from __future__ import annotations

try:
    import httpx2 as httpx
except ImportError:  # the older name
    import httpx
import typer
from typer.testing import CliRunner

from skytally.cli_serve import register


def app() -> typer.Typer:
    main = typer.Typer()
    main.command("noop")(lambda: None)  # a group, as in skytally.cli
    register(main)
    return main


def test_help_lists_the_options_and_an_example() -> None:
    result = CliRunner().invoke(app(), ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token-file", "--max-body-bytes", "--cors-origin"):
        assert option in result.output
    assert "Example: skytally serve" in result.output


def test_bad_settings_are_one_line(tmp_path) -> None:
    result = CliRunner().invoke(app(), ["serve", "--token-file", str(tmp_path / "missing")])
    assert result.exit_code == 2
    assert result.output.strip().startswith("error: cannot read the token file")
    short = tmp_path / "short"
    short.write_text("abc\n")
    result = CliRunner().invoke(app(), ["serve", "--token-file", str(short)])
    assert result.exit_code == 2 and "at least 16 characters" in result.output


def test_a_real_server_answers_on_loopback(live_server: str) -> None:
    body = httpx.get(live_server + "/api").json()
    assert body["read_only"] is True and body["attacks"] >= 2
    page = httpx.get(live_server + "/")
    assert page.status_code == 200 and "nights-chart" in page.text
    assert "server" not in {k.lower() for k in page.headers}  # no banner
