#!/usr/bin/env python
"""Accuracy benchmark: run the extractor over the development set and score it.

    python bench/accuracy.py [--lang en|uk|all] [--json] [--verbose]

For every ``tests/fixtures/dev/<lang>/NNN_slug.txt`` the extractor
(``skytally.pipeline.extract_text``) is run with the ``published`` date of the
matching ``NNN_slug.expected.json``; its report is compared with the expected
one:

* Only the **main attack** is scored: the first attack of the prediction
  against the first attack of the expected file (the contract orders attacks by
  prominence).
* A figure is an item ``(path, value, qualifier)``, e.g.
  ``("launched.drones", 477, "exact")`` or ``("weapons[x-101/x-555].launched", 7,
  "exact")``. It is a true positive when path, value and qualifier all match; a
  wrong value (or qualifier) at the right path counts as one false positive and
  one false negative. Figures marked ``"derived": true`` in the prediction are
  ignored (the contract says they never replace a stated figure).
* ``regions`` are scored as set items (one per ISO 3166-2 code).
* ``period_totals`` are items ``(period, class, value, qualifier, record)`` and
  are scored over the whole document.
* ``all`` pools every figure group (not regions).

Also reported: date accuracy and direction (attacker + target) accuracy over
documents whose expected file has an attack, the share of claim substrings
(``claims_include``) found, and how many negative documents (no expected attack,
no period total) come out with zero figures.

``score(lang)`` returns the numbers as a dict (see ``score``'s docstring); the
floors test (tests/test_accuracy.py) compares it with bench/accuracy_floors.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
DEV_DIR = FIXTURES / "dev"
#: The sets of scored documents: "dev" (tuned on) and "holdout" (written blind, never tuned on).
SETS = ("dev", "holdout")

if str(ROOT / "src") not in sys.path:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(ROOT / "src"))

#: Count fields of an attack and the keys each may hold.
COUNT_FIELDS: dict[str, tuple[str, ...]] = {
    "launched": ("total", "drones", "missiles"),
    "destroyed": ("total", "drones", "missiles"),
    "suppressed": ("total", "drones", "missiles"),
    "neutralized": ("total", "drones", "missiles"),
    "hits": ("total", "drones", "missiles", "locations"),
}
SCALAR_FIELDS: tuple[str, ...] = ("debris_locations", "killed", "injured")
OTHER_KEYS: tuple[str, ...] = ("returned", "airborne", "unaccounted")
#: Figure groups, in table order. "all" pools them; "regions" is scored apart.
FIGURE_GROUPS: tuple[str, ...] = (*COUNT_FIELDS, *SCALAR_FIELDS, "other", "weapons", "period_totals")
GROUPS: tuple[str, ...] = (*FIGURE_GROUPS, "all", "regions")

Item = tuple
Extractor = Callable[..., Any]


# --------------------------------------------------------------------------- items

def _figure(data: Any) -> tuple[int, str] | None:
    """(value, qualifier) of a figure dict, or None if absent or derived."""
    if not isinstance(data, dict) or data.get("value") is None or data.get("derived"):
        return None
    return int(data["value"]), str(data.get("qualifier") or "exact")


def model_key(model: str) -> str:
    return " ".join(str(model).split()).casefold()


def attack_items(attack: dict[str, Any] | None) -> dict[str, list[Item]]:
    """Every scored item of one attack (a contract-shaped dict), by group."""
    out: dict[str, list[Item]] = {g: [] for g in GROUPS if g not in ("all", "period_totals")}
    if not attack:
        return out
    for name, keys in COUNT_FIELDS.items():
        counts = attack.get(name) or {}
        for key in keys:
            fig = _figure(counts.get(key))
            if fig:
                out[name].append((f"{name}.{key}", *fig))
    for name in SCALAR_FIELDS:
        fig = _figure(attack.get(name))
        if fig:
            out[name].append((name, *fig))
    other = attack.get("other") or {}
    for key in OTHER_KEYS:
        fig = _figure(other.get(key))
        if fig:
            out["other"].append((f"other.{key}", *fig))
    for weapon in attack.get("weapons") or []:
        model = model_key(weapon.get("model", ""))
        for outcome in ("launched", "destroyed"):
            fig = _figure(weapon.get(outcome))
            if fig:
                out["weapons"].append((f"weapons[{model}].{outcome}", *fig))
    out["regions"] = [(code,) for code in dict.fromkeys(attack.get("regions") or [])]
    return out


def period_items(totals: Iterable[dict[str, Any]]) -> list[Item]:
    items = []
    for pt in totals or []:
        fig = _figure(pt.get("launched"))
        if fig:
            items.append((str(pt.get("period")), str(pt.get("class")), *fig, bool(pt.get("record"))))
    return items


def has_figures(report: dict[str, Any]) -> bool:
    """True if any attack or period total of a contract-shaped report holds a (non-derived) figure."""
    for attack in report.get("attacks") or []:
        if any(items for g, items in attack_items(attack).items() if g != "regions"):
            return True
    return bool(period_items(report.get("period_totals") or []))


def compare(gold: list[Item], pred: list[Item]) -> tuple[list[Item], list[Item], list[Item]]:
    """(true positives, false positives, false negatives) as multisets."""
    g, p = Counter(gold), Counter(pred)
    tp = g & p
    return list(tp.elements()), list((p - tp).elements()), list((g - tp).elements())


# ------------------------------------------------------------------------ scoring

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict[str, float | int]:
        if self.tp + self.fp + self.fn == 0:  # nothing expected, nothing predicted
            p = r = f = 1.0
        else:
            p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
            r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


@dataclass
class DocResult:
    name: str
    positive: bool  # the expected file has an attack
    misses: dict[str, dict[str, list[Item]]] = field(default_factory=dict)  # group -> {"fp": [...], "fn": [...]}
    date: tuple[str | None, str | None] | None = None  # (predicted, expected) when wrong
    direction: tuple[str, str] | None = None  # (predicted, expected) when wrong
    claims_missing: list[str] = field(default_factory=list)
    clean: bool | None = None  # negatives only
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"positive": self.positive}
        if self.misses:
            out["misses"] = {g: {k: [list(i) for i in v] for k, v in m.items()} for g, m in self.misses.items()}
        if self.date:
            out["date"] = {"predicted": self.date[0], "expected": self.date[1]}
        if self.direction:
            out["direction"] = {"predicted": self.direction[0], "expected": self.direction[1]}
        if self.claims_missing:
            out["claims_missing"] = self.claims_missing
        if self.clean is not None:
            out["clean"] = self.clean
        if self.error:
            out["error"] = self.error
        return out


def languages(lang: str, doc_set: str = "dev") -> list[str]:
    root = FIXTURES / doc_set
    if lang == "all":
        return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    return [lang]


def documents(lang: str, doc_set: str = "dev") -> list[tuple[str, Path, Path]]:
    """(language, text path, expected path) of every document of `lang` ("all" = every language) in a set."""
    docs = []
    for code in languages(lang, doc_set):
        for txt in sorted((FIXTURES / doc_set / code).glob("*.txt")):
            expected = txt.with_name(txt.name[: -len(".txt")] + ".expected.json")
            if expected.exists():
                docs.append((code, txt, expected))
    return docs


def expected_published(gold: dict[str, Any]) -> str | None:
    return gold.get("published") or (gold.get("document") or {}).get("published")


def default_extractor() -> Extractor:
    from skytally.pipeline import extract_text
    return extract_text


def as_dict(report: Any) -> dict[str, Any]:
    """A report (model object, dict or None) as the contract's dict."""
    if report is None:
        return {"attacks": [], "period_totals": []}
    if isinstance(report, dict):
        return report
    return report.to_dict()


def score(lang: str = "en", *, extract: Extractor | None = None, doc_set: str = "dev") -> dict[str, Any]:
    """Score the extractor on the documents of `lang` ("en", "uk", ... or "all") in `doc_set`.

    Returns::

        {"lang": "en", "documents": 50, "positives": 39, "negatives": 11, "errors": 0,
         "launched": {"tp": .., "fp": .., "fn": .., "precision": .., "recall": .., "f1": ..},
         ... one such dict per group: launched, destroyed, suppressed, neutralized, hits,
             debris_locations, killed, injured, other, weapons, period_totals, all, regions ...
         "date": 0.87,            # share of positive documents whose main attack date is right
         "direction": 0.95,       # share of positive documents with attacker and target right
         "claims": 0.8,           # share of expected claim substrings found in the main attack's claims
         "negatives_clean": 0.9,  # share of negative documents with zero predicted figures
         "counts": {"date": [k, n], "direction": [k, n], "claims": [k, n], "negatives_clean": [k, n]},
         "per_document": {"en/001_slug": {...misses, wrong date/direction, errors...}, ...}}

    `extract` replaces ``skytally.pipeline.extract_text`` (same keyword arguments:
    published, source, lang); an exception on one document is recorded in
    ``per_document`` and scored as an empty report.
    """
    extract = extract or default_extractor()
    tallies = {g: Tally() for g in GROUPS}
    counts = {"date": [0, 0], "direction": [0, 0], "claims": [0, 0], "negatives_clean": [0, 0]}
    per_doc: dict[str, DocResult] = {}
    docs = documents(lang, doc_set)
    n_errors = 0

    for code, txt, expected in docs:
        gold = json.loads(expected.read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        published = expected_published(gold)
        name = f"{code}/{txt.stem}"
        gold_attacks = gold.get("attacks") or []
        result = DocResult(name, positive=bool(gold_attacks))
        try:
            report = extract(text, published=date.fromisoformat(published) if published else None,
                             source=str(txt), lang=code)
            pred = as_dict(report)
        except Exception:  # noqa: BLE001 - one broken document must not stop the benchmark
            result.error = traceback.format_exc(limit=3).strip().splitlines()[-1]
            n_errors += 1
            pred = {"attacks": [], "period_totals": []}
        pred_attacks = pred.get("attacks") or []
        g_attack = gold_attacks[0] if gold_attacks else None
        p_attack = pred_attacks[0] if pred_attacks else None

        g_items, p_items = attack_items(g_attack), attack_items(p_attack)
        g_items["period_totals"] = period_items(gold.get("period_totals") or [])
        p_items["period_totals"] = period_items(pred.get("period_totals") or [])
        for group in (*FIGURE_GROUPS, "regions"):
            tp, fp, fn = compare(g_items[group], p_items[group])
            tallies[group].add(len(tp), len(fp), len(fn))
            if group != "regions":
                tallies["all"].add(len(tp), len(fp), len(fn))
            if fp or fn:
                result.misses[group] = {k: v for k, v in (("fn", fn), ("fp", fp)) if v}

        if g_attack:
            counts["date"][1] += 1
            p_date = (p_attack or {}).get("date")
            if p_attack and p_date == g_attack.get("date"):
                counts["date"][0] += 1
            else:
                result.date = (p_date, g_attack.get("date"))
            counts["direction"][1] += 1
            want = f"{g_attack.get('attacker', 'RU')}->{g_attack.get('target', 'UA')}"
            got = f"{p_attack.get('attacker')}->{p_attack.get('target')}" if p_attack else "none"
            if got == want:
                counts["direction"][0] += 1
            else:
                result.direction = (got, want)
            wanted = g_attack.get("claims_include") or []
            if isinstance(wanted, str):
                wanted = [wanted]
            claims = [str(c).casefold() for c in (p_attack or {}).get("claims") or []]
            for sub in wanted:
                counts["claims"][1] += 1
                if any(sub.casefold() in c for c in claims):
                    counts["claims"][0] += 1
                else:
                    result.claims_missing.append(sub)
        if not gold_attacks and not gold.get("period_totals"):
            counts["negatives_clean"][1] += 1
            result.clean = not has_figures(pred)
            counts["negatives_clean"][0] += result.clean
        per_doc[name] = result

    def share(key: str) -> float:
        k, n = counts[key]
        return round(k / n, 4) if n else 0.0

    out: dict[str, Any] = {
        "lang": lang,
        "documents": len(docs),
        "positives": sum(r.positive for r in per_doc.values()),
        "negatives": counts["negatives_clean"][1],
        "errors": n_errors,
    }
    out.update({g: tallies[g].as_dict() for g in GROUPS})
    out.update({k: share(k) for k in counts})
    out["counts"] = counts
    out["per_document"] = {n: r.as_dict() for n, r in per_doc.items()}
    return out


# ---------------------------------------------------------------------------- CLI

def _fmt_item(item: Item) -> str:
    if len(item) == 3:
        path, value, qual = item
        return f"{path}={value}" + ("" if qual == "exact" else f" ({qual})")
    if len(item) == 1:
        return str(item[0])
    period, cls, value, qual, record = item
    return f"{period} {cls}={value}" + ("" if qual == "exact" else f" ({qual})") + (" record" if record else "")


def render(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"skytally accuracy - lang={result['lang']}: {result['documents']} documents "
             f"({result['positives']} with an attack, {result['negatives']} without), "
             f"{result['errors']} extractor errors", ""]
    lines.append(f"{'group':<18}{'tp':>6}{'fp':>6}{'fn':>6}{'prec':>8}{'recall':>8}{'f1':>8}")
    for g in GROUPS:
        t = result[g]
        if g in ("all", "regions"):
            lines.append("-" * 60)
        lines.append(f"{g:<18}{t['tp']:>6}{t['fp']:>6}{t['fn']:>6}"
                     f"{t['precision']:>8.3f}{t['recall']:>8.3f}{t['f1']:>8.3f}")
    lines.append("")
    for key, label in (("date", "date accuracy"), ("direction", "direction accuracy"),
                       ("claims", "claims found"), ("negatives_clean", "negatives with zero figures")):
        k, n = result["counts"][key]
        lines.append(f"{label:<30}{k:>4}/{n:<4} {result[key]:.1%}")
    if verbose:
        lines += ["", "Per-document misses (fn = expected but not extracted, fp = extracted but not expected):"]
        for name, doc in result["per_document"].items():
            notes = []
            if doc.get("error"):
                notes.append(f"  ERROR {doc['error']}")
            if "date" in doc:
                notes.append(f"  date: got {doc['date']['predicted']}, want {doc['date']['expected']}")
            if "direction" in doc:
                notes.append(f"  direction: got {doc['direction']['predicted']}, want {doc['direction']['expected']}")
            for group, miss in doc.get("misses", {}).items():
                for kind in ("fn", "fp"):
                    if miss.get(kind):
                        notes.append(f"  {kind} {group}: " + "; ".join(_fmt_item(tuple(i)) for i in miss[kind]))
            if doc.get("claims_missing"):
                notes.append("  claims missing: " + ", ".join(doc["claims_missing"]))
            if doc.get("clean") is False:
                notes.append("  negative document has figures")
            if notes:
                lines.append(name + ("" if doc["positive"] else "  [negative]"))
                lines += notes
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="all", help="en, uk, ... or all (default: all)")
    parser.add_argument("--set", dest="doc_set", choices=SETS, default="dev",
                        help="dev (the tuning set, default) or holdout (written blind, never tuned on)")
    parser.add_argument("--json", action="store_true", help="print the score() dict as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list each document's misses")
    parser.add_argument("--no-corpus", action="store_true",
                        help="skip the real Air Force corpus (bench/corpus.py), scored with --lang uk or all")
    args = parser.parse_args(argv)
    result = score(args.lang, doc_set=args.doc_set)
    real = _corpus_score() if args.lang in ("uk", "all") and args.doc_set == "dev" and not args.no_corpus else None
    if args.json:
        if not args.verbose:
            result = {k: v for k, v in result.items() if k != "per_document"}
        if real is not None:
            result["corpus"] = {k: v for k, v in real.items() if k not in ("disagreements",)}
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(render(result, verbose=args.verbose))
        if real is not None:
            import corpus
            print("\nReal corpus: Air Force infographics, destroyed per model and per night (bench/corpus.py)\n")
            print(corpus.render(real, verbose=args.verbose))
    return 0


def _corpus_score() -> dict | None:
    """bench/corpus.py's agreement with the upstream per-model counts, when ../shared has the corpus."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus

    return corpus.score() if corpus.corpus_available(None) else None


if __name__ == "__main__":
    sys.exit(main())
