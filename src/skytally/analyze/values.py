"""Reading numbers off an attack for a class of weapon: one definition used everywhere.

    class "drones" / "missiles"   the figure stated for that class
    class "all"                   the stated total; failing that, the sum of whichever
                                  class figures are stated

`neutralized` is the stated combined figure, or destroyed + suppressed when it is not
stated (destroyed alone when suppressed is not stated either).
"""
from __future__ import annotations

from ..model import Attack

CLASSES = ("all", "drones", "missiles")
OUTCOMES = ("launched", "destroyed", "suppressed", "neutralized", "hits")


def value(attack: Attack, outcome: str, cls: str = "all") -> int | None:
    """The figure for one outcome and class, or None when the attack does not state it."""
    if outcome == "neutralized":
        return _neutralized(attack, cls)
    counts = getattr(attack, outcome)
    if cls != "all":
        fig = getattr(counts, cls)
        return fig.value if fig else None
    if counts.total:
        return counts.total.value
    parts = [f.value for f in (counts.drones, counts.missiles) if f]
    return sum(parts) if parts else None


def _neutralized(attack: Attack, cls: str) -> int | None:
    stated = attack.neutralized
    if cls != "all" and getattr(stated, cls):
        return getattr(stated, cls).value
    if cls == "all" and (stated.total or stated.drones or stated.missiles):
        return stated.total.value if stated.total else sum(f.value for f in (stated.drones, stated.missiles) if f)
    destroyed, suppressed = value(attack, "destroyed", cls), value(attack, "suppressed", cls)
    return None if destroyed is None else destroyed + (suppressed or 0)


def check_class(cls: str) -> str:
    from ..errors import ConfigError
    if cls not in CLASSES:
        raise ConfigError(f"--class must be one of {', '.join(CLASSES)}, not {cls!r}")
    return cls
