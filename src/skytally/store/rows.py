"""Report-format records <-> table rows: what a document, report and figure look like stored."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any

from ..model import Attack, CleanDocument, Evidence, Figure, Report
from ..reconcile import (ReportSourceInfo, figure_paths, is_update, join_path, report_attack_id, set_figure,
                         split_path)


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def day(value: str | date | None) -> date | None:
    """A date, or None for anything that is not YYYY-MM-DD (an attack then stays undated)."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def document_row(clean: CleanDocument, report: Report, raw_hash: str | None, dataset: str,
                 previous: tuple[str, int] | None) -> dict[str, Any]:
    """`previous` is (id, revision) of the current document at the same source, if any."""
    return {"id": clean.id, "content_hash": hashlib.sha256(clean.text.encode("utf-8")).hexdigest(),
            "raw_hash": raw_hash, "source": clean.source, "title": clean.title,
            "published": clean.published or day(report.document.published),
            "language": clean.language or report.document.language, "dataset": dataset,
            "revision": previous[1] + 1 if previous else 1, "revision_of": previous[0] if previous else None,
            "current": True, "text": clean.text, "added_at": now(),
            "period_totals": [p.to_dict() for p in report.period_totals] or None}


def report_rows(clean: CleanDocument, report: Report,
                dataset: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    """Rows of the reports and figures tables, and the weapon models named (model -> class)."""
    reports, figures, models = [], [], {}
    for position, attack in enumerate(report.attacks):
        info = ReportSourceInfo(clean.id, clean.source, dataset=dataset, position=position)
        report_id = f"{clean.id}-{position}"
        reports.append({"id": report_id, "document_id": clean.id, "position": position,
                        "attack_id": report_attack_id(info, attack), "dataset": dataset,
                        "attacker": attack.attacker, "target": attack.target, "date": day(attack.date),
                        "extra": extra(attack)})
        seen: set[tuple[str, str]] = set()
        for path, fig in figure_paths(attack):
            field, subject = split_path(path)
            if (field, subject) in seen:
                continue  # the same model listed twice: the first (most prominent) counts
            seen.add((field, subject))
            figures.append(figure_row(report_id, field, subject, fig, clean.text))
        models.update({w.model: w.weapon_class for w in attack.weapons})
    return reports, figures, models


def figure_row(report_id: str, field: str, subject: str, fig: Figure, text: str) -> dict[str, Any]:
    ev = fig.evidence
    return {"report_id": report_id, "field": field, "subject": subject, "value": fig.value,
            "qualifier": fig.qualifier, "ev_start": ev.start if ev else None, "ev_end": ev.end if ev else None,
            "ev_text": ev.text if ev else None, "derived": fig.derived,
            "is_update": is_update(text, ev.start, ev.end) if ev else False}


def extra(attack: Attack) -> dict[str, Any] | None:
    data = {"regions": list(attack.regions), "claims": list(attack.claims),
            "weapon_classes": {w.model: w.weapon_class for w in attack.weapons}}
    return {k: v for k, v in data.items() if v} or None


def rebuild(r: Any, figures: list[Any]) -> tuple[ReportSourceInfo, Attack]:
    """A report row (joined with its document's columns) and its figure rows -> (info, Attack)."""
    data = r.extra or {}
    attack = Attack(date=r.date.isoformat() if r.date else None, attacker=r.attacker, target=r.target,
                    regions=list(data.get("regions", [])), claims=list(data.get("claims", [])))
    classes = data.get("weapon_classes", {})
    updates = set()
    for f in figures:
        path = join_path(f.field, f.subject)
        ev = Evidence(f.ev_start, f.ev_end, f.ev_text) if f.ev_start is not None else None
        set_figure(attack, path, Figure(int(f.value), f.qualifier, ev, f.derived), classes.get(f.subject))
        if f.is_update:
            updates.add(path)
    info = ReportSourceInfo(r.document_id, r.source, r.title, r.published.isoformat() if r.published else None,
                            r.language, r.dataset, r.position, frozenset(updates))
    return info, attack
