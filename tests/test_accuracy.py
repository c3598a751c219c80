"""Accuracy floors for the extractor, and a validity check of every dev fixture.

* ``test_scores_meet_floors``: ``bench/accuracy.py``'s ``score(lang)`` must reach
  the floors in ``bench/accuracy_floors.json`` (raise them when the extractor
  improves, never lower them silently).
* ``test_expected_file_is_valid``: one test per ``tests/fixtures/dev/*/*.expected.json``,
  so that a mistake in a fixture surfaces by name instead of poisoning the score.
* A few unit tests of the scorer itself.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import pytest
from script_loader import load_script

ROOT = Path(__file__).resolve().parents[1]
DEV_DIR = ROOT / "tests" / "fixtures" / "dev"
FLOORS_PATH = ROOT / "bench" / "accuracy_floors.json"


bench = load_script("bench/accuracy.py", "skytally_bench_accuracy")

QUALIFIERS = {"exact", "at_least", "more_than", "approx", "at_most"}
PERIOD_CLASSES = {"drones", "missiles", "ballistic_missiles", "cruise_missiles", "all"}
COUNT_KEYS = {
    "launched": {"total", "drones", "missiles"},
    "destroyed": {"total", "drones", "missiles"},
    "suppressed": {"total", "drones", "missiles"},
    "neutralized": {"total", "drones", "missiles"},
    "hits": {"total", "drones", "missiles", "locations"},
}
SCALARS = {"debris_locations", "killed", "injured"}
OTHER_KEYS = {"returned", "airborne", "unaccounted"}
ATTACK_KEYS = {"date", "attacker", "target", *COUNT_KEYS, *SCALARS, "other", "weapons", "regions",
               "claims_include", "impacts"}
REGION_RE = re.compile(r"^UA-\d\d$|^RU-[A-Z]+$")
PERIOD_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")
#: Words that state a small number without digits ("a cruise missile", "both", "a dozen").
SMALL_NUMBER_WORDS = {1: ("a", "an", "one", "single", "lone", "sole"), 2: ("both", "two", "pair"), 12: ("dozen",)}


# ------------------------------------------------------------------------- floors

def _floors() -> dict[str, Any]:
    return json.loads(FLOORS_PATH.read_text(encoding="utf-8"))


@cache
def _score(lang: str) -> dict[str, Any]:
    return bench.score(lang)


def _flatten(prefix: str, floors: dict[str, Any]):
    for key, value in floors.items():
        if key.startswith("_"):
            continue
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            yield from _flatten(path, value)
        else:
            yield path, float(value)


@pytest.mark.parametrize("lang", sorted(k for k in _floors() if not k.startswith("_") and k != "corpus"))  # corpus: test_corpus.py
def test_scores_meet_floors(lang: str) -> None:
    if not bench.documents(lang):
        pytest.skip(f"no dev documents for {lang!r} yet")
    result = _score(lang)
    assert result["errors"] == 0, {n: d["error"] for n, d in result["per_document"].items() if "error" in d}
    pinned_at = _floors().get("_documents", {}).get(lang)
    assert pinned_at in (None, result["documents"]), (
        f"the {lang} dev set has {result['documents']} documents, its floors were set at {pinned_at}: re-pin them "
        f"with bench/raise_floors.py --repin {lang} --reason '...'")
    below = []
    for path, floor in _flatten("", _floors()[lang]):
        value: Any = result
        for part in path.split("."):
            value = value[part]
        if value < floor:
            below.append(f"{path}: {value} < floor {floor}")
    assert not below, f"{lang}: " + "; ".join(below)


# ----------------------------------------------------------------------- fixtures

EXPECTED_FILES = sorted(DEV_DIR.glob("*/*.expected.json")) + sorted((DEV_DIR.parent / "holdout").glob("*/*.expected.json"))


def _numbers_in(text: str, lang: str) -> set[int]:
    """Integers written in the text: digit groups ("5,438", "5 438", "550-ма") and, for English, number words."""
    found: set[int] = set()
    from skytally.extract.numbers import find_numbers

    found.update(n.value for n in find_numbers(text, lang if lang in ("en", "uk") else "en"))
    for t in [text]:
        for m in re.finditer(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+", t):
            found.add(int(re.sub(r"\D", "", m.group())))
    small = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "half": 0.5}
    for m in re.finditer(r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|half a|\d+)\s+dozens?\b", text.lower()):
        n = m.group(1).split()[0]
        found.add(int((int(n) if n.isdigit() else small[n]) * 12))
    words = set(re.findall(r"[a-z]+", text.lower()))
    for value, spellings in SMALL_NUMBER_WORDS.items():
        if words & set(spellings):
            found.add(value)
    return found


def _check_figure(fig: Any, where: str, errors: list[str]) -> int | None:
    if not isinstance(fig, dict):
        errors.append(f"{where}: figure must be an object, got {fig!r}")
        return None
    extra = {k for k in fig if not k.startswith("_")} - {"value", "qualifier"}
    if extra:
        errors.append(f"{where}: unexpected keys {sorted(extra)}")
    value = fig.get("value")
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        errors.append(f"{where}: value must be a non-negative integer, got {value!r}")
        value = None
    if fig.get("qualifier") not in QUALIFIERS:
        errors.append(f"{where}: qualifier {fig.get('qualifier')!r} not in {sorted(QUALIFIERS)}")
    return value


def _check_region(code: Any, target: str, where: str, errors: list[str]) -> None:
    if not isinstance(code, str) or not REGION_RE.match(code):
        errors.append(f"{where}: region {code!r} does not match {REGION_RE.pattern}")
    elif pycountry.subdivisions.get(code=code) is None:
        errors.append(f"{where}: region {code!r} is not an ISO 3166-2 code")
    elif not code.startswith(f"{target}-"):
        errors.append(f"{where}: region {code!r} lies outside the target country {target!r}")


def _valid_date(value: Any) -> bool:
    try:
        date.fromisoformat(value)
        return True
    except (TypeError, ValueError):
        return False


def validate_expected(path: Path) -> list[str]:
    """Every problem found in one expected file (empty list = valid)."""
    errors: list[str] = []
    lang = path.parent.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"not valid JSON: {exc}"]
    txt = path.with_name(path.name[: -len(".expected.json")] + ".txt")
    if not txt.exists():
        errors.append(f"missing text file {txt.name}")
    text = txt.read_text(encoding="utf-8") if txt.exists() else ""
    numbers = _numbers_in(text, lang)

    extra = {k for k in data if not k.startswith("_")} - {"published", "document", "attacks", "period_totals"}
    if extra:
        errors.append(f"unexpected top-level keys {sorted(extra)}")
    published = bench.expected_published(data)
    if not _valid_date(published):
        errors.append(f"published must be YYYY-MM-DD, got {published!r}")
        published = None
    doc = data.get("document")
    if doc is not None and doc.get("published") not in (None, published):
        errors.append("document.published differs from published")
    if not isinstance(data.get("attacks"), list):
        errors.append("attacks must be a list")
    if not isinstance(data.get("period_totals"), list):
        errors.append("period_totals must be a list")

    def stated(value: int | None, where: str) -> None:
        if value is not None and text and value not in numbers:
            errors.append(f"{where}: {value} is not written anywhere in {txt.name}")

    for i, attack in enumerate(data.get("attacks") or []):
        at = f"attacks[{i}]"
        if not isinstance(attack, dict):
            errors.append(f"{at}: must be an object")
            continue
        extra = {k for k in attack if not k.startswith("_")} - ATTACK_KEYS
        if extra:
            errors.append(f"{at}: unexpected keys {sorted(extra)}")
        if not _valid_date(attack.get("date")):
            errors.append(f"{at}.date must be YYYY-MM-DD, got {attack.get('date')!r}")
        elif published and attack["date"] > published:
            errors.append(f"{at}.date {attack['date']} is after publication {published}")
        for side in ("attacker", "target"):
            code = attack.get(side)
            if not isinstance(code, str) or pycountry.countries.get(alpha_2=code) is None:
                errors.append(f"{at}.{side}: {code!r} is not an ISO 3166-1 alpha-2 code")
        target = attack.get("target") or ""
        has_figure = False
        for name, keys in COUNT_KEYS.items():
            counts = attack.get(name)
            if counts is None:
                continue
            if not isinstance(counts, dict):
                errors.append(f"{at}.{name}: must be an object")
                continue
            for key, fig in counts.items():
                if key not in keys:
                    errors.append(f"{at}.{name}: unexpected key {key!r}")
                    continue
                has_figure = True
                stated(_check_figure(fig, f"{at}.{name}.{key}", errors), f"{at}.{name}.{key}")
        for name in SCALARS:
            if attack.get(name) is not None:
                has_figure = True
                stated(_check_figure(attack[name], f"{at}.{name}", errors), f"{at}.{name}")
        for key, fig in (attack.get("other") or {}).items():
            if key not in OTHER_KEYS:
                errors.append(f"{at}.other: unexpected key {key!r}")
                continue
            has_figure = True
            stated(_check_figure(fig, f"{at}.other.{key}", errors), f"{at}.other.{key}")
        models = []
        for j, weapon in enumerate(attack.get("weapons") or []):
            wt = f"{at}.weapons[{j}]"
            if not isinstance(weapon, dict) or not isinstance(weapon.get("model"), str) or not weapon["model"].strip():
                errors.append(f"{wt}: needs a model name")
                continue
            models.append(bench.model_key(weapon["model"]))
            if weapon.get("class") not in ("drone", "missile"):
                errors.append(f"{wt}.class must be 'drone' or 'missile', got {weapon.get('class')!r}")
            extra = {k for k in weapon if not k.startswith("_")} - {"model", "class", "launched", "destroyed"}
            if extra:
                errors.append(f"{wt}: unexpected keys {sorted(extra)}")
            if not weapon.get("launched") and not weapon.get("destroyed"):
                errors.append(f"{wt}: needs a launched or destroyed figure")
            for outcome in ("launched", "destroyed"):
                if weapon.get(outcome) is not None:
                    has_figure = True
                    stated(_check_figure(weapon[outcome], f"{wt}.{outcome}", errors), f"{wt}.{outcome}")
        if len(models) != len(set(models)):
            errors.append(f"{at}.weapons: a model is listed twice")
        regions = attack.get("regions")
        if not isinstance(regions, list):
            errors.append(f"{at}.regions must be a list")
        else:
            if len(regions) != len(set(regions)):
                errors.append(f"{at}.regions: duplicate codes")
            for code in regions:
                _check_region(code, target, f"{at}.regions", errors)
        for k, impact in enumerate(attack.get("impacts") or []):
            _check_region(impact.get("region"), target, f"{at}.impacts[{k}]", errors)
            for name in ("killed", "injured"):
                if impact.get(name) is not None:
                    _check_figure(impact[name], f"{at}.impacts[{k}].{name}", errors)
        claims = attack.get("claims_include")
        if claims is not None:
            if not isinstance(claims, list) or not all(isinstance(c, str) and c and c == c.lower() for c in claims):
                errors.append(f"{at}.claims_include must be a list of lowercase substrings, got {claims!r}")
            elif text and not all(c in text.lower() for c in claims):
                errors.append(f"{at}.claims_include: {claims!r} not all found in the text")
        if not has_figure:
            errors.append(f"{at}: an attack needs at least one figure")

    keys = []
    for i, pt in enumerate(data.get("period_totals") or []):
        where = f"period_totals[{i}]"
        if not isinstance(pt, dict):
            errors.append(f"{where}: must be an object")
            continue
        extra = {k for k in pt if not k.startswith("_")} - {"period", "class", "launched", "record"}
        if extra:
            errors.append(f"{where}: unexpected keys {sorted(extra)}")
        if not isinstance(pt.get("period"), str) or not PERIOD_RE.match(pt["period"]):
            errors.append(f"{where}.period must be YYYY or YYYY-MM, got {pt.get('period')!r}")
        if pt.get("class") not in PERIOD_CLASSES:
            errors.append(f"{where}.class {pt.get('class')!r} not in {sorted(PERIOD_CLASSES)}")
        if not isinstance(pt.get("record", False), bool):
            errors.append(f"{where}.record must be true or false")
        stated(_check_figure(pt.get("launched"), f"{where}.launched", errors), f"{where}.launched")
        keys.append((pt.get("period"), pt.get("class")))
    if len(keys) != len(set(keys)):
        errors.append("period_totals: the same (period, class) is listed twice")
    return errors


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=lambda p: f"{p.parent.name}/{p.name[:-len('.expected.json')]}")
def test_expected_file_is_valid(path: Path) -> None:
    errors = validate_expected(path)
    assert not errors, "\n".join(errors)


def test_every_text_has_an_expected_file() -> None:
    orphans = [str(t.relative_to(DEV_DIR)) for t in DEV_DIR.glob("*/*.txt")
               if not t.with_name(t.name[: -len(".txt")] + ".expected.json").exists()]
    assert not orphans, f"dev texts without .expected.json: {orphans}"


# ------------------------------------------------------------------------- scorer

def test_wrong_value_is_one_false_positive_and_one_false_negative() -> None:
    gold = [("launched.drones", 477, "exact"), ("killed", 2, "at_least")]
    pred = [("launched.drones", 478, "exact"), ("killed", 2, "at_least")]
    tp, fp, fn = bench.compare(gold, pred)
    assert (len(tp), len(fp), len(fn)) == (1, 1, 1)


def test_wrong_qualifier_does_not_match() -> None:
    tp, fp, fn = bench.compare([("injured", 26, "at_least")], [("injured", 26, "exact")])
    assert (len(tp), len(fp), len(fn)) == (0, 1, 1)


def test_derived_figures_are_ignored() -> None:
    attack = {"launched": {"total": {"value": 550, "qualifier": "exact"},
                           "drones": {"value": 539, "qualifier": "exact", "derived": True}}}
    assert bench.attack_items(attack)["launched"] == [("launched.total", 550, "exact")]


def _gold_as_prediction(text: str, *, published=None, source: str = "", lang: str = "en") -> dict[str, Any]:
    gold = json.loads(Path(source[: -len(".txt")] + ".expected.json").read_text(encoding="utf-8"))
    attacks = []
    for attack in gold["attacks"]:
        attack = dict(attack)
        attack["claims"] = list(attack.pop("claims_include", []))
        attacks.append(attack)
    return {"attacks": attacks, "period_totals": gold["period_totals"]}


def test_perfect_prediction_scores_one() -> None:
    if not bench.documents("all"):
        pytest.skip("no dev documents")
    result = bench.score("all", extract=_gold_as_prediction)
    assert result["all"]["f1"] == 1.0 and result["regions"]["f1"] == 1.0
    assert result["date"] == result["direction"] == result["negatives_clean"] == 1.0


def test_empty_prediction_and_crashes_are_scored_not_raised() -> None:
    if not bench.documents("all"):
        pytest.skip("no dev documents")

    def crash(text: str, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    result = bench.score("all", extract=crash)
    assert result["errors"] == result["documents"]
    assert result["all"]["tp"] == 0 and result["all"]["fp"] == 0
    assert result["negatives_clean"] == 1.0
