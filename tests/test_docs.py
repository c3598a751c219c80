"""The docs mention every command (datasette-style): docs/cli.md is generated from the help text."""

from pathlib import Path

import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parents[1]
cli_docs = load_script("scripts/cli_docs.py", "skytally_cli_docs")


@pytest.mark.parametrize("name", cli_docs.command_names())
def test_every_command_has_a_section_in_the_cli_reference(name: str) -> None:
    assert f"## skytally {name}\n" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8"), \
        "run: python scripts/cli_docs.py"


@pytest.mark.parametrize("name", cli_docs.command_names())
def test_every_command_help_ends_with_an_example(name: str) -> None:
    assert "Example" in cli_docs.help_text(name)


def test_readme_names_the_main_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("extract", "ingest", "attacks", "show", "stats", "export", "import-kaggle", "crosscheck", "serve"):
        assert f"skytally {name}" in readme, name
