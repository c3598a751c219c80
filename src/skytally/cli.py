"""The `skytally` command: a thin layer over the library (see pipeline.py)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from typing import Annotated, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import InputError, SkytallyError
from .model import CleanDocument, Report
from .pipeline import process_paths
from .settings import from_environment, parse_date

app = typer.Typer(
    help="Turn reports of aerial attacks into a verified dataset: every figure with its evidence.",
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
T = TypeVar("T")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one line to stderr and return the Exit to raise."""
    err.print(f"[red]error:[/red] {escape(message)}", markup=True)
    return typer.Exit(code)


@app.callback(invoke_without_command=True)
def main(version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False) -> None:
    if version:
        typer.echo(f"skytally {__version__}")
        raise typer.Exit()


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD (overrides the page's).")] = None,
    lang: Annotated[str, typer.Option(help="Language: auto, en or uk.")] = "auto",
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, jsonl or table.")] = "json",
    show_text: Annotated[bool, typer.Option("--show-text", help="Also print the cleaned text the evidence offsets point into.")] = False,
    max_bytes: Annotated[Optional[int], typer.Option(help="Reject documents larger than this many bytes.")] = None,
) -> None:
    """Print the aerial attacks each document reports, every figure with its evidence.

    Example: skytally extract --published 2025-07-04 --format table examples/
    """
    if fmt not in ("json", "jsonl", "table"):
        raise fail(f"--format must be json, jsonl or table, not {fmt!r}", 2)
    try:
        settings = from_environment().with_flags(published=parse_date(published), lang=lang, max_bytes=max_bytes)
    except SkytallyError as error:
        raise fail(str(error), 2) from None
    as_array = fmt == "json" and _several(paths)
    failed = printed = 0
    if as_array:
        sys.stdout.write("[")
    for item in _with_progress(process_paths(paths, settings), _several(paths)):
        if isinstance(item, InputError):
            failed += 1
            err.print(f"[red]error:[/red] {escape(str(item))}", markup=True)
            continue
        doc, report = item
        if doc.language not in ("en", "uk"):
            err.print(f"note: {escape(doc.source)}: {UNSUPPORTED.get(doc.language, UNSUPPORTED['other'])}")
        if fmt == "json":
            # Streamed, so a folder of a million pages never sits in memory.
            sys.stdout.write(("," if printed else "") + ("\n" if as_array else "")
                             + json.dumps(_as_json(doc, report, show_text), ensure_ascii=False, indent=2))
        else:
            _print_one(doc, report, fmt, show_text)
        printed += 1
    if as_array:
        sys.stdout.write("\n]")
    if fmt == "json" and (as_array or printed):
        sys.stdout.write("\n")
    if failed:
        raise typer.Exit(1)


UNSUPPORTED = {
    "ru": "Russian-language text is not supported yet (English and Ukrainian are); no figures extracted",
    "other": "the language is neither English nor Ukrainian; no figures extracted (force one with --lang)",
}


def _with_progress(items: Iterable[T], wanted: bool) -> Iterator[T]:
    """A live count on stderr for folders, when stderr is a terminal (never in pipes or logs)."""
    if not (wanted and err.is_terminal):
        yield from items
        return
    with Progress(SpinnerColumn(), TextColumn("extracting: {task.completed} documents"), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task("extract", total=None)
        for item in items:
            yield item
            progress.advance(task)


def _several(paths: list[str]) -> bool:
    """A folder or several paths print an array even when only one document was read."""
    import os
    return len(paths) > 1 or any(p != "-" and os.path.isdir(p) for p in paths)


def _as_json(doc: CleanDocument, report: Report, show_text: bool) -> dict:
    data = report.to_dict()
    if show_text:
        data["text"] = doc.text
    return data


def _print_one(doc: CleanDocument, report: Report, fmt: str, show_text: bool) -> None:
    if fmt == "jsonl":
        sys.stdout.write(json.dumps(_as_json(doc, report, show_text), ensure_ascii=False) + "\n")
        return
    console = Console(highlight=False)
    d = report.document
    console.print(f"[bold]{escape(d.source)}[/bold]  {escape(d.title or '')}  published {d.published or '?'}  "
                  f"{escape('[' + d.language + ']')}", soft_wrap=True)  # a path is never broken across lines
    if not report.attacks and not report.period_totals:
        console.print("  no attack with figures")
    for n, attack in enumerate(report.attacks, 1):
        table = Table(title=escape(f"attack {n}: {attack.attacker} → {attack.target}, ended {attack.date or '?'}"),
                      title_justify="left")
        for column in ("field", "value", "qualifier", "evidence"):
            table.add_column(column)
        for path, figure in attack.figures():
            table.add_row(path, str(figure.value), figure.qualifier,
                          escape(figure.evidence.text) if figure.evidence else "(derived)")
        for w in attack.weapons:
            for name in ("launched", "destroyed"):
                if (f := getattr(w, name)) is not None:
                    table.add_row(escape(f"{w.model} {name}"), str(f.value), f.qualifier,
                                  escape(f.evidence.text) if f.evidence else "")
        console.print(table)
        if attack.regions:
            console.print(f"  regions: {', '.join(attack.regions)}", markup=False)
        if attack.claims:
            console.print(f"  claims: {'; '.join(attack.claims)}", markup=False)
    for total in report.period_totals:
        record = " (record)" if total.record else ""
        console.print(f"  period {total.period} {total.weapon_class}: {total.launched.qualifier} "
                      f"{total.launched.value}{record}")
    if show_text:
        console.print(doc.text, markup=False)


def _register_stage_commands() -> None:
    """Commands of later stages live in their own modules: store (ingest, attacks, ...) and serve."""
    from . import cli_serve, cli_store

    cli_store.register(app)
    cli_serve.register(app)


_register_stage_commands()

__all__ = ["app"]
