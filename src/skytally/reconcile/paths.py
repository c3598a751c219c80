"""Every figure of an Attack by a path, and back.

Paths are what reconciliation chooses between and what conflicts name:
"launched.total", "killed", "other.returned", "weapons[Kh-101].launched",
"impacts[UA-30].killed". The store keeps a path as (field, subject):
("weapons.launched", "Kh-101").
"""
from __future__ import annotations

import re

from ..model import COUNT_FIELDS, SCALAR_FIELDS, Attack, Counts, Figure, Impact, WeaponFigures

_SUBJECT = re.compile(r"^(weapons|impacts)\[(.*)\]\.(\w+)$")


def figure_paths(attack: Attack) -> list[tuple[str, Figure]]:
    """All figures of an attack, weapon and per-region ones included."""
    out = attack.figures()
    for w in attack.weapons:
        out += [(f"weapons[{w.model}].{k}", f) for k in ("launched", "destroyed") if (f := getattr(w, k))]
    for i in attack.impacts:
        out += [(f"impacts[{i.region}].{k}", f) for k in ("killed", "injured") if (f := getattr(i, k))]
    return out


def split_path(path: str) -> tuple[str, str]:
    """"weapons[Kh-101].launched" -> ("weapons.launched", "Kh-101"); "killed" -> ("killed", "")."""
    m = _SUBJECT.match(path)
    return (f"{m[1]}.{m[3]}", m[2]) if m else (path, "")


def join_path(field: str, subject: str) -> str:
    if subject:
        group, key = field.split(".", 1)
        return f"{group}[{subject}].{key}"
    return field


def set_figure(attack: Attack, path: str, figure: Figure, weapon_class: str | None = None) -> None:
    """Put a figure at its path, creating the weapon or impact entry it belongs to."""
    m = _SUBJECT.match(path)
    if m:
        group, subject, key = m[1], m[2], m[3]
        if group == "weapons":
            entry = next((w for w in attack.weapons if w.model == subject), None)
            if entry is None:
                entry = WeaponFigures(subject, weapon_class or "missile")
                attack.weapons.append(entry)
        else:
            entry = next((i for i in attack.impacts if i.region == subject), None)
            if entry is None:
                entry = Impact(subject)
                attack.impacts.append(entry)
        setattr(entry, key, figure)
        return
    head, _, key = path.partition(".")
    if head in COUNT_FIELDS:
        counts: Counts = getattr(attack, head)
        setattr(counts, key, figure)
    elif head in SCALAR_FIELDS:
        setattr(attack, head, figure)
    elif head == "other":
        attack.other[key] = figure
    else:
        raise ValueError(f"unknown figure path {path!r}")


def get_figure(attack: Attack, path: str) -> Figure | None:
    return dict(figure_paths(attack)).get(path)
