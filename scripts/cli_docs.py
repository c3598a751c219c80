"""Write docs/cli.md from the commands' own help text: `python scripts/cli_docs.py`."""

from __future__ import annotations

import os
import re
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from skytally.cli import app

OUT = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def command_names() -> list[str]:
    return sorted(get_command(app).commands)  # type: ignore[attr-defined]


def help_text(*args: str) -> str:
    os.environ["COLUMNS"] = "100"
    os.environ["NO_COLOR"] = "1"
    out = CliRunner().invoke(app, [*args, "--help"], terminal_width=100).output
    return re.sub(r"[ \t]+\n", "\n", out).strip()


def render() -> str:
    parts = ["# skytally command reference", "",
             "Generated from each command's `--help` by `scripts/cli_docs.py`; do not edit by hand.", "",
             "```", help_text(), "```"]
    for name in command_names():
        parts += ["", f"## skytally {name}", "", "```", help_text(name), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
