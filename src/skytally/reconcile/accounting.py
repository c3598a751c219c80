"""Accounting checks on one attack: violations are flagged, never hidden or "fixed".

For each class of weapon (total, drones, missiles), using only figures that are stated
(a missing total counts as the sum of the class figures that are stated):

  outcomes_exceed_launched   launched < destroyed + suppressed + hits
                             (neutralized stands in for destroyed + suppressed when
                             those are not both stated)
  neutralized_mismatch       neutralized != destroyed + suppressed, when all three are stated
  class_above_total          drones or missiles above the total of the same outcome
  classes_above_total        drones + missiles above the total of the same outcome
  models_above_class         per-model launched figures add up to more than the class figure

A figure with a qualifier other than "exact" is a bound or an estimate: its flags get
severity "warning"; flags among exact figures are "error".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Attack, Figure

CLASS_KEYS = ("total", "drones", "missiles")


@dataclass
class Flag:
    code: str
    message: str
    severity: str = "error"                           # error | warning
    paths: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "severity": self.severity, "paths": self.paths}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Flag:
        return cls(d["code"], d["message"], d.get("severity", "error"), list(d.get("paths", [])))


def check_accounting(attack: Attack) -> list[Flag]:
    """Every accounting rule above, over the figures the attack states."""
    flags: list[Flag] = []
    for key in CLASS_KEYS:
        flags += _outcomes(attack, key)
        flags += _neutralized(attack, key)
    for name in ("launched", "destroyed", "suppressed", "neutralized", "hits"):
        flags += _classes(attack, name)
    flags += _models(attack)
    return flags


def _get(attack: Attack, name: str, key: str) -> Figure | None:
    """A stated figure; for "total", failing that, the sum of the stated classes (derived)."""
    counts = getattr(attack, name)
    fig = getattr(counts, key)
    if fig is not None or key != "total":
        return fig
    parts = [f for f in (counts.drones, counts.missiles) if f]
    if not parts:
        return None
    exact = all(f.qualifier == "exact" for f in parts)
    return Figure(sum(f.value for f in parts), "exact" if exact else "approx", None, derived=True)


def _severity(figures: list[Figure]) -> str:
    return "error" if all(f.qualifier == "exact" for f in figures) else "warning"


def _outcomes(attack: Attack, key: str) -> list[Flag]:
    launched = _get(attack, "launched", key)
    if launched is None:
        return []
    destroyed, suppressed = _get(attack, "destroyed", key), _get(attack, "suppressed", key)
    neutralized, hits = _get(attack, "neutralized", key), _get(attack, "hits", key)
    parts: dict[str, Figure] = {}
    if destroyed or suppressed:
        parts.update({n: f for n, f in (("destroyed", destroyed), ("suppressed", suppressed)) if f})
    if neutralized and not (destroyed and suppressed) and neutralized.value > sum(f.value for f in parts.values()):
        parts = {"neutralized": neutralized}
    if hits:
        parts["hits"] = hits
    used = sum(f.value for f in parts.values())
    if not parts or used <= launched.value:
        return []
    if all(f.derived for f in (launched, *parts.values())):
        return []  # only sums of class figures: the per-class checks already speak
    names = " + ".join(f"{n} {f.value}" for n, f in parts.items())
    return [Flag("outcomes_exceed_launched", f"{key}: {names} = {used} is more than launched {launched.value}",
                 _severity([launched, *parts.values()]), [f"launched.{key}"] + [f"{n}.{key}" for n in parts])]


def _neutralized(attack: Attack, key: str) -> list[Flag]:
    d, s, n = (_get(attack, name, key) for name in ("destroyed", "suppressed", "neutralized"))
    if not (d and s and n) or d.value + s.value == n.value:
        return []
    return [Flag("neutralized_mismatch",
                 f"{key}: neutralized {n.value} != destroyed {d.value} + suppressed {s.value} = {d.value + s.value}",
                 _severity([d, s, n]), [f"neutralized.{key}", f"destroyed.{key}", f"suppressed.{key}"])]


def _classes(attack: Attack, name: str) -> list[Flag]:
    counts = getattr(attack, name)
    total, drones, missiles = counts.total, counts.drones, counts.missiles
    if total is None:
        return []
    flags = [Flag("class_above_total", f"{name}: {cls} {fig.value} is more than the total {total.value}",
                  _severity([total, fig]), [f"{name}.{cls}", f"{name}.total"])
             for cls, fig in (("drones", drones), ("missiles", missiles)) if fig and fig.value > total.value]
    if not flags and drones and missiles and drones.value + missiles.value > total.value:
        flags.append(Flag("classes_above_total",
                          f"{name}: drones {drones.value} + missiles {missiles.value} is more than the total "
                          f"{total.value}", _severity([total, drones, missiles]),
                          [f"{name}.drones", f"{name}.missiles", f"{name}.total"]))
    return flags


def _models(attack: Attack) -> list[Flag]:
    flags = []
    for cls, key in (("drone", "drones"), ("missile", "missiles")):
        models = [w.launched for w in attack.weapons if w.weapon_class == cls and w.launched]
        ceiling = attack.launched.drones if cls == "drone" else attack.launched.missiles
        ceiling = ceiling or attack.launched.total
        if not models or ceiling is None or sum(f.value for f in models) <= ceiling.value:
            continue
        flags.append(Flag("models_above_class",
                          f"{cls} models launched add up to {sum(f.value for f in models)}, more than "
                          f"{ceiling.value}", _severity([ceiling, *models]), [f"launched.{key}"]))
    return flags
