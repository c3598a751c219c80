"""Totals per day, week or month, interception rates, and records.

Definitions (printed by `skytally stats` with the numbers):

- interception rate = destroyed / launched, over the attacks of the period that state
  both figures for the class;
- neutralization rate = (destroyed + suppressed, or the stated neutralized figure) /
  launched, over the attacks that state launched and one of those;
- a record: "largest since DATE" means no attack between DATE and this one had a
  launched figure (for the class) larger than this one's, and the attack on DATE did.
  Ties do not end a run. With no larger attack before it, it is the largest in the
  store (whose first attack is named, since the store is all it knows).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from ..errors import ConfigError
from ..reconcile import ReconciledAttack
from .values import check_class, value

PERIODS = ("day", "week", "month")

INTERCEPTION_RATE = "destroyed / launched, over the period's attacks that state both"
NEUTRALIZATION_RATE = ("(destroyed + suppressed, or neutralized) / launched, over the period's attacks "
                       "that state launched and one of those")
RECORD_DEFINITION = ("largest since DATE: the launched figure for the class is larger than every attack's "
                     "after DATE; the attack on DATE was larger (ties do not end a run); 'largest in the store' "
                     "when no earlier attack in the store was larger")


@dataclass
class PeriodStats:
    period: str
    attacks: int = 0                 # attacks in the period
    with_launched: int = 0           # of which state a launched figure for the class
    launched: int = 0
    destroyed: int = 0
    suppressed: int = 0
    hits: int = 0
    interception_rate: float | None = None
    neutralization_rate: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Record:
    date: str
    attack_id: str
    launched: int
    since: str | None           # the last date with a larger attack; None: largest in the store
    since_value: int | None
    days: int | None            # days since that date

    def describe(self, store_start: str) -> str:
        if self.since is None:
            return f"{self.date}: {self.launched} launched, the largest in the store (data from {store_start})"
        return (f"{self.date}: {self.launched} launched, the largest since {self.since} "
                f"({self.days} days before, when {self.since_value} were launched)")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def period_of(day: str, by: str) -> str:
    d = date.fromisoformat(day)
    if by == "day":
        return day
    if by == "week":
        year, week, _ = d.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return day[:7]
    raise ConfigError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")


def stats(attacks: list[ReconciledAttack], by: str = "month", cls: str = "all") -> list[PeriodStats]:
    """Totals and rates per period, oldest first; undated attacks are left out."""
    check_class(cls)
    if by not in PERIODS:
        raise ConfigError(f"--by must be one of {', '.join(PERIODS)}, not {by!r}")
    rows: dict[str, PeriodStats] = {}
    rate_sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # dest, launched | neutr, launched
    for rec in attacks:
        a = rec.attack
        if not a.date:
            continue
        key = period_of(a.date, by)
        row = rows.setdefault(key, PeriodStats(key))
        row.attacks += 1
        launched = value(a, "launched", cls)
        destroyed, suppressed, hits = (value(a, o, cls) for o in ("destroyed", "suppressed", "hits"))
        neutralized = value(a, "neutralized", cls)
        row.destroyed += destroyed or 0
        row.suppressed += suppressed or 0
        row.hits += hits or 0
        if launched is None:
            continue
        row.with_launched += 1
        row.launched += launched
        sums = rate_sums[key]
        if destroyed is not None:
            sums[0] += destroyed
            sums[1] += launched
        if neutralized is not None:
            sums[2] += neutralized
            sums[3] += launched
    for key, row in rows.items():
        d, l1, n, l2 = rate_sums[key]
        row.interception_rate = round(d / l1, 4) if l1 else None
        row.neutralization_rate = round(n / l2, 4) if l2 else None
    return [rows[k] for k in sorted(rows)]


def records(attacks: list[ReconciledAttack], cls: str = "all", min_days: int = 30) -> list[Record]:
    """Attacks that were the largest for at least `min_days` days back (or ever), oldest first."""
    return [r for r in all_records(attacks, cls) if r.since is None or (r.days or 0) >= min_days]


def all_records(attacks: list[ReconciledAttack], cls: str = "all") -> list[Record]:
    """For every attack with a launched figure: since when it is the largest (monotonic stack, O(n))."""
    check_class(cls)
    return records_of((r.attack.date, r.id, v) for r in attacks
                      if r.attack.date and (v := value(r.attack, "launched", cls)) is not None)


def records_of(launches: Iterable[tuple[str, str, int]]) -> list[Record]:
    """(date, attack id, launched) -> each attack's record standing, oldest first (monotonic stack, O(n))."""
    dated = sorted(launches)
    stack: list[tuple[int, str]] = []   # (value, date), values strictly decreasing
    out: list[Record] = []
    for day, attack_id, launched in dated:
        while stack and stack[-1][0] <= launched:
            stack.pop()
        if stack:
            since_value, since = stack[-1]
            days = (date.fromisoformat(day) - date.fromisoformat(since)).days
            out.append(Record(day, attack_id, launched, since, since_value, days))
        else:
            out.append(Record(day, attack_id, launched, None, None, None))
        stack.append((launched, day))
    return out


def latest_record(attacks: list[ReconciledAttack], cls: str = "all") -> Record | None:
    """The most recent attack's standing: "largest since ..." for the night people ask about."""
    every = all_records(attacks, cls)
    return every[-1] if every else None


@dataclass
class StatsReport:
    """What `skytally stats` prints: periods in a date window, records judged against the whole store."""

    by: str
    cls: str
    store_start: str
    periods: list[PeriodStats]
    records: list[Record]
    latest: Record | None

    def to_dict(self) -> dict[str, Any]:
        return {"by": self.by, "class": self.cls,
                "definitions": {"interception_rate": INTERCEPTION_RATE, "neutralization_rate": NEUTRALIZATION_RATE,
                                "record": RECORD_DEFINITION},
                "store_start": self.store_start, "periods": [p.to_dict() for p in self.periods],
                "records": [r.to_dict() for r in self.records],
                "latest": self.latest.to_dict() if self.latest else None}


def stats_report(attacks: list[ReconciledAttack], by: str = "month", cls: str = "all",
                 date_from: date | None = None, date_to: date | None = None, min_days: int = 30) -> StatsReport:
    """Periods within [date_from, date_to]; "largest since" looks back over every attack given."""
    lo, hi = (date_from.isoformat() if date_from else ""), (date_to.isoformat() if date_to else "9999")

    def within(day: str | None) -> bool:
        return bool(day) and lo <= day <= hi  # type: ignore[operator]

    standing = [r for r in all_records(attacks, cls) if within(r.date)]
    return StatsReport(by, cls, store_start(attacks), stats([r for r in attacks if within(r.attack.date)], by, cls),
                       [r for r in standing if r.since is None or (r.days or 0) >= min_days],
                       standing[-1] if standing else None)


def store_start(attacks: list[ReconciledAttack]) -> str:
    days = sorted(r.attack.date for r in attacks if r.attack.date)
    return days[0] if days else "-"
