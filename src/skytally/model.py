"""The report format (../shared/spec/report-format.md) as typed records.

Every stage downstream of extraction speaks these classes; `to_dict`/`from_dict`
are the one way to serialise them, so the CLI, the store and the API print the
same JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, Literal

Qualifier = Literal["exact", "at_least", "more_than", "approx", "at_most"]
QUALIFIERS: tuple[str, ...] = ("exact", "at_least", "more_than", "approx", "at_most")
WeaponClass = Literal["drone", "missile"]

#: Fields of an attack that hold a count per class of weapon.
COUNT_FIELDS: tuple[str, ...] = ("launched", "destroyed", "suppressed", "neutralized", "hits")
#: Sub-keys of those fields ("locations" only exists under hits).
COUNT_KEYS: tuple[str, ...] = ("total", "drones", "missiles", "locations")
#: Single-figure fields of an attack.
SCALAR_FIELDS: tuple[str, ...] = ("debris_locations", "killed", "injured")
#: Sub-keys of the optional "other" field.
OTHER_KEYS: tuple[str, ...] = ("returned", "airborne", "unaccounted")
PERIOD_CLASSES: tuple[str, ...] = ("drones", "missiles", "ballistic_missiles", "cruise_missiles", "all")


@dataclass(frozen=True)
class Evidence:
    """Character span in the cleaned document text, and the exact substring there."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Figure:
    """A number as stated (or derived), never a bare int."""

    value: int
    qualifier: str = "exact"
    evidence: Evidence | None = None
    derived: bool = False

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "value": self.value,
            "qualifier": self.qualifier,
            "evidence": self.evidence.to_dict() if self.evidence else None,
        }
        if self.derived:
            out["derived"] = True
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Figure | None:
        if not data:
            return None
        ev = data.get("evidence")
        evidence = Evidence(ev["start"], ev["end"], ev["text"]) if ev else None
        return cls(int(data["value"]), data.get("qualifier", "exact"), evidence, bool(data.get("derived")))


@dataclass
class Counts:
    """One outcome (launched, destroyed, ...) split by class of weapon."""

    total: Figure | None = None
    drones: Figure | None = None
    missiles: Figure | None = None
    locations: Figure | None = None  # only meaningful under `hits`

    def items(self) -> list[tuple[str, Figure]]:
        return [(k, getattr(self, k)) for k in COUNT_KEYS if getattr(self, k) is not None]

    def is_empty(self) -> bool:
        return not self.items()

    def to_dict(self) -> dict[str, Any]:
        return {k: f.to_dict() for k, f in self.items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Counts:
        data = data or {}
        return cls(**{k: Figure.from_dict(data.get(k)) for k in COUNT_KEYS})


@dataclass
class WeaponFigures:
    """Per-model figures ("2 Kh-101, 9 Iskander-M")."""

    model: str
    weapon_class: str  # "drone" | "missile"
    launched: Figure | None = None
    destroyed: Figure | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"model": self.model, "class": self.weapon_class}
        if self.launched:
            out["launched"] = self.launched.to_dict()
        if self.destroyed:
            out["destroyed"] = self.destroyed.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WeaponFigures:
        return cls(data["model"], data.get("class", "missile"),
                   Figure.from_dict(data.get("launched")), Figure.from_dict(data.get("destroyed")))


@dataclass
class Impact:
    """Casualties or damage in one region: never summed into the attack's totals."""

    region: str
    killed: Figure | None = None
    injured: Figure | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"region": self.region}
        if self.killed:
            out["killed"] = self.killed.to_dict()
        if self.injured:
            out["injured"] = self.injured.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Impact:
        return cls(data["region"], Figure.from_dict(data.get("killed")), Figure.from_dict(data.get("injured")))


@dataclass
class Attack:
    """One aerial attack: who on whom, when it ended, and its figures."""

    date: str | None = None
    attacker: str = "RU"
    target: str = "UA"
    launched: Counts = field(default_factory=Counts)
    destroyed: Counts = field(default_factory=Counts)
    suppressed: Counts = field(default_factory=Counts)
    neutralized: Counts = field(default_factory=Counts)
    hits: Counts = field(default_factory=Counts)
    debris_locations: Figure | None = None
    killed: Figure | None = None
    injured: Figure | None = None
    other: dict[str, Figure] = field(default_factory=dict)
    weapons: list[WeaponFigures] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    impacts: list[Impact] = field(default_factory=list)

    def figures(self) -> list[tuple[str, Figure]]:
        """Every figure with its dotted path ("launched.total", "killed", "other.returned")."""
        out: list[tuple[str, Figure]] = []
        for name in COUNT_FIELDS:
            out += [(f"{name}.{k}", f) for k, f in getattr(self, name).items()]
        out += [(name, getattr(self, name)) for name in SCALAR_FIELDS if getattr(self, name)]
        out += [(f"other.{k}", f) for k, f in self.other.items()]
        return out

    def has_figures(self) -> bool:
        return bool(self.figures())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"date": self.date, "attacker": self.attacker, "target": self.target}
        for name in COUNT_FIELDS:
            out[name] = getattr(self, name).to_dict()
        for name in SCALAR_FIELDS:
            fig = getattr(self, name)
            out[name] = fig.to_dict() if fig else None
        if self.other:
            out["other"] = {k: f.to_dict() for k, f in self.other.items()}
        out["weapons"] = [w.to_dict() for w in self.weapons]
        out["regions"] = list(self.regions)
        out["claims"] = list(self.claims)
        if self.impacts:
            out["impacts"] = [i.to_dict() for i in self.impacts]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Attack:
        attack = cls(date=data.get("date"), attacker=data.get("attacker", "RU"), target=data.get("target", "UA"))
        for name in COUNT_FIELDS:
            setattr(attack, name, Counts.from_dict(data.get(name)))
        for name in SCALAR_FIELDS:
            setattr(attack, name, Figure.from_dict(data.get(name)))
        attack.other = {k: f for k, v in (data.get("other") or {}).items() if (f := Figure.from_dict(v))}
        attack.weapons = [WeaponFigures.from_dict(w) for w in data.get("weapons") or []]
        attack.regions = list(data.get("regions") or [])
        attack.claims = list(data.get("claims") or [])
        attack.impacts = [Impact.from_dict(i) for i in data.get("impacts") or []]
        return attack


@dataclass
class PeriodTotal:
    """An aggregate the text states: "5,438 drones in June, a new monthly record"."""

    period: str  # "YYYY-MM" (a month) or "YYYY" (a year)
    weapon_class: str  # one of PERIOD_CLASSES
    launched: Figure
    record: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"period": self.period, "class": self.weapon_class,
                "launched": self.launched.to_dict(), "record": self.record}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PeriodTotal:
        launched = Figure.from_dict(data.get("launched"))
        assert launched is not None, "a period total needs a launched figure"
        return cls(data["period"], data["class"], launched, bool(data.get("record")))


@dataclass
class DocumentInfo:
    id: str
    source: str
    title: str | None = None
    published: str | None = None
    language: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentInfo:
        return cls(data["id"], data.get("source", ""), data.get("title"), data.get("published"),
                   data.get("language", "en"))


@dataclass
class Report:
    """What `skytally extract` prints for one document."""

    document: DocumentInfo
    attacks: list[Attack] = field(default_factory=list)
    period_totals: list[PeriodTotal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.to_dict(),
                "attacks": [a.to_dict() for a in self.attacks],
                "period_totals": [p.to_dict() for p in self.period_totals]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(DocumentInfo.from_dict(data["document"]),
                   [Attack.from_dict(a) for a in data.get("attacks") or []],
                   [PeriodTotal.from_dict(p) for p in data.get("period_totals") or []])


@dataclass
class RawDocument:
    """Bytes as they arrived, and where from."""

    source: str
    data: bytes
    media_type: str | None = None  # "text/html", "text/plain", ... when the source says


@dataclass
class CleanDocument:
    """The article text that evidence offsets point into, with what we know about it."""

    source: str
    text: str
    title: str | None = None
    published: date | None = None
    language: str = "en"
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_id(self.text)


def text_id(text: str) -> str:
    """Content id: sha256 of the text, first 16 hex chars (the contract's document.id)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
