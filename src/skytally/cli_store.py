"""The store's commands: ingest, reconcile, attacks, show, stats, export, import-kaggle, crosscheck.

Each is a few lines over the library (skytally.store, skytally.analyze); `register(app)`
adds them to the main Typer app. Every command takes --db (or SKYTALLY_DB): a file path
means SQLite (created on first use), a SQLAlchemy URL such as
postgresql+psycopg://user@host/db means PostgreSQL.
"""
from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import analyze
from .errors import SkytallyError
from .settings import DEFAULT_DB, from_environment, parse_date
from .store import DATASET_EXTRACTED, DATASET_KAGGLE, AttackFilter, Store, ingest_paths, open_store, reconcile_pending

out = Console(soft_wrap=True)
err = Console(stderr=True)

Db = Annotated[str, typer.Option("--db", envvar="SKYTALLY_DB", show_envvar=True,
                                 help="SQLite file path or SQLAlchemy URL (postgresql+psycopg://user@host/db).")]
From = Annotated[str | None, typer.Option("--from", help="First date (YYYY-MM-DD), inclusive.")]
To = Annotated[str | None, typer.Option("--to", help="Last date (YYYY-MM-DD), inclusive.")]
Dataset = Annotated[str, typer.Option("--dataset", help=f"{DATASET_EXTRACTED} (ingested documents) or "
                                                          f"{DATASET_KAGGLE} (import-kaggle).")]
ListFormat = Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl | csv")]


def friendly(fn: Callable[..., None]) -> Callable[..., None]:
    """skytally's own errors become one line on stderr and exit status 1."""
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            fn(*args, **kwargs)
        except SkytallyError as exc:
            typer.echo(f"error: {exc}", err=True)  # plain: never wrapped, one line
            raise typer.Exit(1) from None
    return wrapper


@contextmanager
def _store(db: str) -> Iterator[Store]:
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)


def _filter(date_from: str | None, date_to: str | None, target: str | None = None,
            dataset: str = DATASET_EXTRACTED) -> AttackFilter:
    return AttackFilter(parse_date(date_from, "--from"), parse_date(date_to, "--to"), target, None, dataset)


def _emit(rows: list[dict[str, Any]], fmt: str, full: list[dict[str, Any]] | None = None) -> None:
    """Rows as a table or csv; json/jsonl print `full` (the complete records) when given."""
    if fmt not in ("table", "json", "jsonl", "csv"):
        raise typer.BadParameter(f"--format must be table, json, jsonl or csv, not {fmt!r}")
    records = full if full is not None else rows
    if fmt == "json":
        print(json.dumps(records, ensure_ascii=False, indent=1, default=str))
    elif fmt == "jsonl":
        for r in records:
            print(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        table = Table(*(rows[0] if rows else ["(nothing)"]))
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r.values()))
        _print_table(table)


def _print_table(table: Table) -> None:
    """Piped output is not squeezed to 80 columns: nobody reads it in a narrow terminal."""
    Console(width=None if out.is_terminal else 1000).print(table)


@friendly
def ingest_cmd(paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) or - for stdin.")], db: Db = DEFAULT_DB,
               published: Annotated[str | None, typer.Option(help="Publication date for every document.")] = None,
               batch_size: Annotated[int | None, typer.Option(help="Documents per transaction.")] = None,
               fmt: Annotated[str, typer.Option("--format", "-f", help="text | json")] = "text") -> None:
    """Clean, extract and store documents, then reconcile the attacks they report.

    Idempotent: a document already stored is skipped; a changed text at a known source is
    stored as a revision. Commits every --batch-size documents.

    Example: skytally ingest reports/ --db skytally.db --published 2025-07-04
    """
    settings = from_environment().with_flags(db=db, published=parse_date(published), batch_size=batch_size)
    with _store(settings.db) as store, _progress() as bar:
        task = bar.add_task("ingesting", total=None)
        summary = ingest_paths(paths, store, settings, on_progress=lambda status, source: bar.advance(task))
    if fmt == "json":
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
        return
    out.print(f"added {summary.added}, revisions {summary.revisions}, skipped {summary.skipped}, "
              f"rejected {summary.rejected}; attacks reconciled {summary.attacks_updated}", highlight=False)
    for source, reason in summary.rejections[:20]:
        out.print(f"  rejected {source}: {reason}", markup=False, highlight=False)
    if summary.rejected > 20:
        out.print(f"  ... and {summary.rejected - 20} more (--format json lists up to 1000)", highlight=False)


@friendly
def reconcile_cmd(db: Db = DEFAULT_DB,
                  everything: Annotated[bool, typer.Option("--all", help="Reconcile every attack again.")] = False,
                  ) -> None:
    """Merge the reports of each attack into one record (ingest does this for what it adds).

    Example: skytally reconcile --all --db skytally.db
    """
    with _store(db) as store:
        written, removed = reconcile_pending(store, everything=everything)
    out.print(f"reconciled {written} attacks, removed {removed}", highlight=False)


@friendly
def attacks_cmd(db: Db = DEFAULT_DB, date_from: From = None, date_to: To = None,
                target: Annotated[str | None, typer.Option(help="Target country, ISO code (UA).")] = None,
                dataset: Dataset = DATASET_EXTRACTED, fmt: ListFormat = "table") -> None:
    """List reconciled attacks (json/jsonl print every chosen figure, conflict and flag).

    Example: skytally attacks --from 2025-07-01 --to 2025-07-31 --target UA --format csv
    """
    with _store(db) as store:
        recs = store.attacks(_filter(date_from, date_to, target, dataset))
    rows = [analyze.flat_row(r) for r in recs] if fmt == "csv" else [analyze.summary_row(r) for r in recs]
    _emit(rows, fmt, [r.to_dict() for r in recs])


@friendly
def show_cmd(attack_id: Annotated[str, typer.Argument(help="Attack id (or its first characters).")],
             db: Db = DEFAULT_DB, fmt: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table",
             ) -> None:
    """One attack: every figure with its sentence, source and the values it won over.

    Example: skytally show 7955ed39
    """
    with _store(db) as store:
        detail = analyze.attack_detail(store, attack_id)
    if fmt == "json":
        print(json.dumps(detail, ensure_ascii=False, indent=1))
        return
    out.print(f"[bold]attack {detail['id']}[/]  {detail['date']}  {detail['attacker']} -> {detail['target']}  "
              f"({len(detail['documents'])} documents)")
    table = Table("field", "value", "rule", "source", "sentence", title="figures")
    for f in detail["figures"]:
        table.add_row(f["path"], _fig(f), f["rule"], f"{f['source']} ({f['source_rank']})", f["sentence"] or "")
    _print_table(table)
    if detail["conflicts"]:
        table = Table("field", "value", "source", "sentence", title="conflicts (values not chosen)")
        for c in detail["conflicts"]:
            table.add_row(c["path"], _fig(c), f"{c['source']} ({c['source_rank']})", c["sentence"] or "")
        _print_table(table)
    for flag in detail["flags"]:
        out.print(f"[red]flag[/] {flag['severity']} {flag['code']}: {flag['message']}")


def _fig(f: dict[str, Any]) -> str:
    text = str(f["value"]) if f["qualifier"] == "exact" else f"{f['value']} ({f['qualifier']})"
    return text + (" derived" if f.get("derived") else "")


@friendly
def stats_cmd(db: Db = DEFAULT_DB, by: Annotated[str, typer.Option(help="day | week | month")] = "month",
              cls: Annotated[str, typer.Option("--class", help="drones | missiles | all")] = "all",
              date_from: From = None, date_to: To = None, dataset: Dataset = DATASET_EXTRACTED,
              min_days: Annotated[int, typer.Option(help="List records that stood this many days.")] = 30,
              fmt: ListFormat = "table") -> None:
    """Totals and interception rates per period, and records ("largest since ...").

    Example: skytally stats --by month --class drones
    """
    with _store(db) as store:
        every = store.attacks(_filter(None, None, None, dataset))
    report = analyze.stats_report(every, by, cls, parse_date(date_from, "--from"), parse_date(date_to, "--to"),
                                  min_days)
    if fmt in ("json", "jsonl"):
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=None if fmt == "jsonl" else 1))
        return
    _emit([p.to_dict() for p in report.periods], fmt)
    if fmt == "table":
        out.print(f"interception rate = {analyze.INTERCEPTION_RATE}\nneutralization rate = "
                  f"{analyze.NEUTRALIZATION_RATE}\nrecord: {analyze.RECORD_DEFINITION}", highlight=False)
        for r in report.records[-10:]:
            out.print("  record " + r.describe(report.store_start), highlight=False)
        if report.latest:
            out.print("latest: " + report.latest.describe(report.store_start), highlight=False)


@friendly
def export_cmd(db: Db = DEFAULT_DB, fmt: Annotated[str, typer.Option("--format", "-f",
               help="csv | parquet | json | kaggle")] = "csv",
               output: Annotated[str | None, typer.Option("-o", "--output", help="File (default: stdout).")] = None,
               date_from: From = None, date_to: To = None, dataset: Dataset = DATASET_EXTRACTED) -> None:
    """Export reconciled attacks; kaggle is the column layout of missile_attacks_daily.csv.

    Example: skytally export --format kaggle -o attacks.csv
    """
    with _store(db) as store:
        recs = store.attacks(_filter(date_from, date_to, None, dataset))
    n = analyze.export(recs, fmt, output if output else sys.stdout)
    if output:
        err.print(f"wrote {n} rows to {output}", highlight=False)


@friendly
def import_kaggle_cmd(file: Annotated[str, typer.Argument(help="missile_attacks_daily.csv")], db: Db = DEFAULT_DB,
                      models: Annotated[str | None, typer.Option(help="missiles_and_uavs.csv: model classes.")] = None,
                      ) -> None:
    """Load the Kaggle "Massive Missile Attacks on Ukraine" dataset as a source of its own.

    Example: skytally import-kaggle missile_attacks_daily.csv --models missiles_and_uavs.csv
    """
    with _store(db) as store, _progress() as bar:
        task = bar.add_task("importing days", total=None)
        summary = analyze.import_kaggle(file, store, models_path=models, on_progress=lambda day: bar.advance(task))
    out.print(f"days added {summary.days_added}, revised {summary.days_revised}, unchanged "
              f"{summary.days_unchanged}; rows used {summary.rows_used}, regional rows skipped "
              f"{summary.rows_regional}, rejected {len(summary.rejected)}", highlight=False)
    for line, reason in summary.rejected[:20]:
        out.print(f"  line {line}: {reason}", markup=False, highlight=False)


@friendly
def crosscheck_cmd(db: Db = DEFAULT_DB,
                   tolerance: Annotated[float, typer.Option(help="Relative tolerance (0.02 = 2%).")] = 0.02,
                   min_abs: Annotated[int, typer.Option(help="Absolute tolerance, in weapons.")] = 0,
                   date_from: From = None, date_to: To = None,
                   fmt: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table") -> None:
    """Compare the store's attacks with the imported reference night by night.

    Example: skytally crosscheck --tolerance 0.05
    """
    with _store(db) as store:
        ours = store.attacks(_filter(date_from, date_to))
        theirs = store.attacks(_filter(date_from, date_to, dataset=DATASET_KAGGLE))
    result = analyze.crosscheck(ours, theirs, tolerance=tolerance, min_abs=min_abs)
    if fmt == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    rate = f"{result.rate:.1%}" if result.rate is not None else "n/a"
    out.print(f"nights compared {result.compared}, agreed {result.agreed} ({rate}, tolerance "
              f"{tolerance:.0%}); only in the store {len(result.only_ours)}, only in the reference "
              f"{len(result.only_reference)}", highlight=False)
    if result.disagreements:
        _emit([d.to_dict() for d in result.disagreements], "table")


COMMANDS: dict[str, Callable[..., None]] = {
    "ingest": ingest_cmd, "reconcile": reconcile_cmd, "attacks": attacks_cmd, "show": show_cmd,
    "stats": stats_cmd, "export": export_cmd, "import-kaggle": import_kaggle_cmd, "crosscheck": crosscheck_cmd}


def register(app: typer.Typer) -> None:
    """Add the store's commands to the main app."""
    for name, fn in COMMANDS.items():
        app.command(name)(fn)
