"""Ukraine's 27 ISO 3166-2 subdivisions as a tile grid: one square per region.

Not a map. A boundary file would need downloading and a licence check, and this
project's machines have no network, so the regions page draws this grid instead: each
subdivision one tile, placed roughly where it lies (column = west to east, row = north
to south). Crimea and Sevastopol sit south of Kherson. Names come from
skytally.extract.places.region_name (pycountry, with the extractor's display names).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..extract.places import region_name


@dataclass(frozen=True)
class Tile:
    code: str
    row: int
    col: int
    label: str         # short English name for the tile


#: code, row, column, short label
GRID: tuple[Tile, ...] = tuple(Tile(*t) for t in (
    ("UA-07", 0, 1, "Volyn"), ("UA-56", 0, 2, "Rivne"), ("UA-18", 0, 3, "Zhytomyr"),
    ("UA-32", 0, 4, "Kyiv Obl."), ("UA-74", 0, 5, "Chernihiv"), ("UA-59", 0, 6, "Sumy"),
    ("UA-46", 1, 0, "Lviv"), ("UA-61", 1, 1, "Ternopil"), ("UA-68", 1, 2, "Khmelnytskyi"),
    ("UA-05", 1, 3, "Vinnytsia"), ("UA-30", 1, 4, "Kyiv"), ("UA-71", 1, 5, "Cherkasy"),
    ("UA-53", 1, 6, "Poltava"), ("UA-63", 1, 7, "Kharkiv"), ("UA-09", 1, 8, "Luhansk"),
    ("UA-21", 2, 0, "Zakarpattia"), ("UA-26", 2, 1, "Ivano-Frankivsk"), ("UA-77", 2, 2, "Chernivtsi"),
    ("UA-51", 2, 3, "Odesa"), ("UA-48", 2, 4, "Mykolaiv"), ("UA-35", 2, 5, "Kirovohrad"),
    ("UA-12", 2, 6, "Dnipropetrovsk"), ("UA-14", 2, 7, "Donetsk"),
    ("UA-65", 3, 5, "Kherson"), ("UA-23", 3, 6, "Zaporizhzhia"),
    ("UA-40", 4, 4, "Sevastopol"), ("UA-43", 4, 5, "Crimea"),
))
BY_CODE = {t.code: t for t in GRID}
ROWS = 1 + max(t.row for t in GRID)
COLS = 1 + max(t.col for t in GRID)


def name(code: str) -> str:
    return region_name(code)


def colour(value: int, top: int) -> str:
    """A sequential scale from pale to deep red; zero is grey."""
    if value <= 0 or top <= 0:
        return "#e5e7eb"
    share = (value / top) ** 0.6  # lift small counts so they are visible
    light, dark = (254, 226, 226), (153, 27, 27)
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(light, dark))
    return f"#{r:02x}{g:02x}{b:02x}"


def ink(value: int, top: int) -> str:
    """Text colour readable on colour(value, top)."""
    return "#ffffff" if top > 0 and value > 0 and (value / top) ** 0.6 > 0.55 else "#111827"
