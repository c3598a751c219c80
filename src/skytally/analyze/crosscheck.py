"""Night by night: do the store's attacks agree with the imported reference dataset?

For every date on which both the extracted attacks and the reference (the "kaggle"
dataset, see kaggle.py) have an attack by the same attacker on the same target, the
launched and destroyed figures for all weapons (values.py: the stated total, else the
sum of the classes) are compared. Two figures agree when they differ by at most
`tolerance` times the reference figure (default 2%: a rounded "nearly 300" still matches
297), rounded, or `min_abs` weapons, whichever is larger. A night agrees when every figure
both sides state agrees; the agreement rate is agreeing nights / nights compared.
Nights only one side knows are listed too (reference nights only inside the date range
of the store's attacks).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from ..reconcile import ReconciledAttack
from .values import value

FIELDS = ("launched", "destroyed")


@dataclass
class Disagreement:
    date: str
    field: str
    ours: int
    reference: int
    attack_id: str
    reference_id: str
    source: str          # the document our figure came from

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class CrosscheckResult:
    compared: int = 0
    agreed: int = 0
    tolerance: float = 0.02
    disagreements: list[Disagreement] = field(default_factory=list)
    only_ours: list[str] = field(default_factory=list)
    only_reference: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float | None:
        return round(self.agreed / self.compared, 4) if self.compared else None

    def to_dict(self) -> dict[str, Any]:
        return {"compared": self.compared, "agreed": self.agreed, "agreement_rate": self.rate,
                "tolerance": self.tolerance, "disagreements": [d.to_dict() for d in self.disagreements],
                "only_ours": self.only_ours, "only_reference": self.only_reference}


def agrees(ours: int, reference: int, tolerance: float, min_abs: int = 0) -> bool:
    return abs(ours - reference) <= max(min_abs, round(tolerance * abs(reference)))


def crosscheck(ours: list[ReconciledAttack], reference: list[ReconciledAttack], *, tolerance: float = 0.02,
               min_abs: int = 0) -> CrosscheckResult:
    """Compare two sets of reconciled attacks night by night."""
    mine = {_key(r): r for r in ours if r.attack.date}
    theirs = {_key(r): r for r in reference if r.attack.date}
    result = CrosscheckResult(tolerance=tolerance)
    for key in sorted(mine.keys() & theirs.keys()):
        a, b = mine[key], theirs[key]
        pairs = [(f, value(a.attack, f), value(b.attack, f)) for f in FIELDS]
        pairs = [(f, x, y) for f, x, y in pairs if x is not None and y is not None]
        if not pairs:
            continue
        result.compared += 1
        bad = [(f, x, y) for f, x, y in pairs if not agrees(x, y, tolerance, min_abs)]
        if not bad:
            result.agreed += 1
        for f, x, y in bad:
            choice = a.choices.get(f"{f}.total") or a.choices.get(f"{f}.drones") or a.choices.get(f"{f}.missiles")
            result.disagreements.append(Disagreement(key[0], f, x, y, a.id, b.id, choice.source if choice else ""))
    if mine:
        first, last = min(k[0] for k in mine), max(k[0] for k in mine)
        result.only_ours = sorted(k[0] for k in mine.keys() - theirs.keys())
        result.only_reference = sorted(k[0] for k in theirs.keys() - mine.keys() if first <= k[0] <= last)
    return result


def _key(rec: ReconciledAttack) -> tuple[str, str, str]:
    return (rec.attack.date or "", rec.attack.attacker, rec.attack.target)
