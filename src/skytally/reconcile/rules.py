"""Many reports of one attack -> one record, each field chosen by a written rule.

Reports belong to the same attack when they share dataset, attacker, target and the
date the attack ended. For every figure path (launched.total, destroyed.drones,
weapons[Kh-101].launched, ...) the candidates are ranked by these rules, in order;
the first rule that separates the best candidate from the best *different value*
is recorded as the reason for the choice:

  1. stated        a figure read from the text beats one the extractor computed
  2. update        a figure whose sentence says it revises an earlier one ("later
                   raised the figure to 73") beats one that does not; of two updates,
                   the one published later wins
  3. source        official statement > agency report > reprint (see sources.py)
  4. precision     exact > bounded (at least, more than, up to) > approximate
  5. main attack   the document's main attack beats a passing mention
  6. majority      the value stated by more documents
  7. earliest      the earliest published document (the original, not a retelling),
                   then the smallest document id, so the choice never depends on order

Every candidate with a different value is kept as a conflict, with its document and
evidence. Nothing here touches a database: the function is pure.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..model import Attack, Evidence, Figure
from .accounting import Flag, check_accounting
from .paths import figure_paths, set_figure
from .sources import RANK_NAMES, source_rank

QUALIFIER_PRECISION = {"exact": 3, "at_least": 2, "more_than": 2, "at_most": 2, "approx": 1}
RULES = ("stated", "update", "source", "precision", "main attack", "majority", "earliest")


@dataclass(frozen=True)
class ReportSourceInfo:
    """Where one report came from: what the rules need to know about its document."""

    document_id: str
    source: str
    title: str | None = None
    published: str | None = None          # YYYY-MM-DD
    language: str = "en"
    dataset: str = "extracted"
    position: int = 0                     # 0 = the document's main attack
    updates: frozenset[str] = frozenset()  # figure paths whose sentence marks an explicit update

    @property
    def rank(self) -> int:
        return source_rank(self.source, self.title)


@dataclass
class Choice:
    """The value chosen for one path, where it came from and why."""

    path: str
    value: int
    qualifier: str
    document_id: str
    source: str
    evidence: Evidence | None
    derived: bool
    rule: str                      # the rule that decided, or "only value"
    supported_by: list[str] = field(default_factory=list)  # other documents stating the same value

    def to_dict(self) -> dict[str, Any]:
        return {**_stated_dict(self), "derived": self.derived, "rule": self.rule, "supported_by": self.supported_by}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Choice:
        return cls(*_stated_args(d), d.get("derived", False), d["rule"], d.get("supported_by", []))


@dataclass
class Conflict:
    """A value that lost: still visible, with its source and evidence."""

    path: str
    value: int
    qualifier: str
    document_id: str
    source: str
    evidence: Evidence | None

    def to_dict(self) -> dict[str, Any]:
        return _stated_dict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Conflict:
        return cls(*_stated_args(d))


def _stated_dict(v: Choice | Conflict) -> dict[str, Any]:
    """The fields a chosen value and a losing one share: what was stated, where, in which words."""
    return {"path": v.path, "value": v.value, "qualifier": v.qualifier, "document_id": v.document_id,
            "source": v.source, "evidence": v.evidence.to_dict() if v.evidence else None}


def _stated_args(d: dict[str, Any]) -> tuple[Any, ...]:
    ev = d.get("evidence")
    return d["path"], d["value"], d["qualifier"], d["document_id"], d["source"], Evidence(**ev) if ev else None


@dataclass
class ReconciledAttack:
    id: str
    dataset: str
    attack: Attack                       # the chosen figures, in the report format
    choices: dict[str, Choice]
    conflicts: list[Conflict]
    flags: list[Flag]
    documents: list[str]                 # every document that reported this attack

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "dataset": self.dataset, "attack": self.attack.to_dict(),
                "choices": [c.to_dict() for c in self.choices.values()],
                "conflicts": [c.to_dict() for c in self.conflicts],
                "flags": [f.to_dict() for f in self.flags], "documents": self.documents}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ReconciledAttack:
        choices = [Choice.from_dict(c) for c in d.get("choices", [])]
        return cls(d["id"], d["dataset"], Attack.from_dict(d["attack"]), {c.path: c for c in choices},
                   [Conflict.from_dict(c) for c in d.get("conflicts", [])],
                   [Flag.from_dict(f) for f in d.get("flags", [])], list(d.get("documents", [])))


def attack_id(attacker: str, target: str, day: str | None, dataset: str = "extracted",
              fallback: str = "") -> str:
    """Stable id: hash of attacker|target|date (dataset-prefixed outside the main dataset).

    An undated attack cannot be matched with anything: `fallback` (its report id) keeps it apart.
    """
    key = f"{attacker}|{target}|{day}" if day else f"{attacker}|{target}|undated|{fallback}"
    if dataset != "extracted":
        key = f"{dataset}|{key}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def report_attack_id(info: ReportSourceInfo, attack: Attack) -> str:
    return attack_id(attack.attacker, attack.target, attack.date, info.dataset,
                     fallback=f"{info.document_id}-{info.position}")


def reconcile(reports: list[tuple[ReportSourceInfo, Attack]]) -> list[ReconciledAttack]:
    """Group reports into attacks and choose every field by the rules above."""
    groups: dict[str, list[tuple[ReportSourceInfo, Attack]]] = defaultdict(list)
    for info, attack in reports:
        groups[report_attack_id(info, attack)].append((info, attack))
    out = [_reconcile_group(key, members) for key, members in groups.items()]
    return sorted(out, key=lambda r: (r.attack.date or "", r.attack.attacker, r.attack.target, r.id))


@dataclass
class _Candidate:
    path: str
    figure: Figure
    info: ReportSourceInfo
    weapon_class: str | None

    def sort_key(self, support: int) -> tuple:
        """Bigger is better, one element per rule in RULES."""
        update = self.path in self.info.updates
        return (not self.figure.derived,
                (update, _ordinal(self.info.published) if update else 0),
                self.info.rank,
                QUALIFIER_PRECISION.get(self.figure.qualifier, 0),
                self.info.position == 0,
                support,
                (-_ordinal(self.info.published) if self.info.published else -10**7, _neg(self.info.document_id)))


def _ordinal(day: str | None) -> int:
    try:
        return date.fromisoformat(day).toordinal() if day else 0
    except ValueError:
        return 0


def _neg(text: str) -> tuple[int, ...]:
    """A key that sorts strings in reverse, so 'max' picks the smallest id."""
    return tuple(-ord(ch) for ch in text)


def _reconcile_group(key: str, members: list[tuple[ReportSourceInfo, Attack]]) -> ReconciledAttack:
    first_info, first = min(members, key=lambda m: (m[0].document_id, m[0].position))
    merged = Attack(date=first.date, attacker=first.attacker, target=first.target)
    candidates: dict[str, list[_Candidate]] = defaultdict(list)
    for info, attack in members:
        classes = {w.model: w.weapon_class for w in attack.weapons}
        for path, fig in figure_paths(attack):
            model = path[8:path.index("]")] if path.startswith("weapons[") else None
            candidates[path].append(_Candidate(path, fig, info, classes.get(model) if model else None))
    choices: dict[str, Choice] = {}
    conflicts: list[Conflict] = []
    for path in sorted(candidates):
        choice, lost = _choose(candidates[path])
        choices[path] = choice
        conflicts += lost
        winner = next(c for c in candidates[path] if c.info.document_id == choice.document_id
                      and c.figure.value == choice.value)
        set_figure(merged, path, Figure(choice.value, choice.qualifier, choice.evidence, choice.derived),
                   winner.weapon_class)
    ranked = sorted(members, key=lambda m: (-m[0].rank, m[0].document_id, m[0].position))
    merged.regions = sorted({r for _, a in members for r in a.regions})
    merged.claims = list(dict.fromkeys(c for _, a in ranked for c in a.claims))
    merged.weapons.sort(key=lambda w: w.model)
    merged.impacts.sort(key=lambda i: i.region)
    documents = sorted({info.document_id for info, _ in members})
    return ReconciledAttack(key, first_info.dataset, merged, choices, conflicts, check_accounting(merged), documents)


def _choose(cands: list[_Candidate]) -> tuple[Choice, list[Conflict]]:
    support = Counter(c.figure.value for c in cands if not c.figure.derived)
    keyed = sorted(((c.sort_key(support[c.figure.value]), c) for c in cands), key=lambda kc: kc[0], reverse=True)
    best_key, best = keyed[0]
    rivals = [(k, c) for k, c in keyed if c.figure.value != best.figure.value]
    rule = "only value"
    if rivals:
        rival_key = rivals[0][0]
        index = next((i for i, (a, b) in enumerate(zip(best_key, rival_key)) if a != b), len(RULES) - 1)
        rule = RULES[index]
        if rule == "source":
            rule = f"source: {RANK_NAMES[best.info.rank]} over {RANK_NAMES[rivals[0][1].info.rank]}"
    supported = sorted({c.info.document_id for _, c in keyed[1:] if c.figure.value == best.figure.value}
                       - {best.info.document_id})
    choice = Choice(best.path, best.figure.value, best.figure.qualifier, best.info.document_id, best.info.source,
                    best.figure.evidence, best.figure.derived, rule, supported)
    lost = [Conflict(c.path, c.figure.value, c.figure.qualifier, c.info.document_id, c.info.source, c.figure.evidence)
            for _, c in rivals]
    return choice, lost
