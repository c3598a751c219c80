"""Accounting checks: violations are flagged on the attack, never hidden."""
from __future__ import annotations

from skytally.model import Attack, Figure, WeaponFigures
from skytally.reconcile import check_accounting, set_figure


def attack(**figures: int | Figure) -> Attack:
    a = Attack(date="2025-07-04")
    for name, fig in figures.items():
        path = name.replace("__", ".")
        set_figure(a, path, fig if isinstance(fig, Figure) else Figure(fig))
    return a


def codes(a: Attack) -> list[str]:
    return [f.code for f in check_accounting(a)]


def test_the_worked_example_balances() -> None:
    # 550 launched = 270 destroyed + 208 suppressed + 72 hits (9 missiles + 63 drones)
    a = attack(launched__total=550, launched__drones=539, launched__missiles=11, destroyed__total=270,
               destroyed__drones=268, destroyed__missiles=2, suppressed__total=208, suppressed__drones=208,
               hits__total=72, hits__drones=63, hits__missiles=9, neutralized__total=478)
    assert check_accounting(a) == []


def test_a_missing_total_is_the_sum_of_the_stated_classes() -> None:
    # the seed's wording: "hit eight locations with nine missiles and 63 drones", no hits total
    balanced = attack(launched__total=550, destroyed__total=270, suppressed__total=208, hits__drones=63,
                      hits__missiles=9)
    assert check_accounting(balanced) == []
    [flag] = check_accounting(attack(launched__total=550, destroyed__total=270, suppressed__total=208,
                                     hits__drones=64, hits__missiles=9))
    assert flag.code == "outcomes_exceed_launched" and "551" in flag.message


def test_outcomes_above_launched_are_flagged() -> None:
    [flag] = check_accounting(attack(launched__total=100, destroyed__total=80, suppressed__total=15, hits__total=10))
    assert flag.code == "outcomes_exceed_launched" and flag.severity == "error"
    assert "105" in flag.message and "launched.total" in flag.paths


def test_neutralized_stands_in_for_destroyed_and_suppressed() -> None:
    assert codes(attack(launched__drones=50, neutralized__drones=48, hits__drones=5)) == ["outcomes_exceed_launched"]
    assert codes(attack(launched__drones=50, neutralized__drones=45, hits__drones=5)) == []


def test_an_approximate_figure_makes_it_a_warning() -> None:
    [flag] = check_accounting(attack(launched__total=Figure(100, "approx"), destroyed__total=101))
    assert flag.severity == "warning"


def test_neutralized_must_equal_destroyed_plus_suppressed() -> None:
    [flag] = check_accounting(attack(destroyed__total=270, suppressed__total=208, neutralized__total=470))
    assert flag.code == "neutralized_mismatch" and "478" in flag.message


def test_a_class_above_its_total_is_flagged() -> None:
    assert codes(attack(launched__total=100, launched__drones=120)) == ["class_above_total"]


def test_classes_adding_up_above_the_total_are_flagged() -> None:
    assert codes(attack(destroyed__total=100, destroyed__drones=90, destroyed__missiles=20)) == \
        ["classes_above_total"]


def test_models_adding_up_above_their_class_are_flagged() -> None:
    a = attack(launched__missiles=10)
    a.weapons = [WeaponFigures("Kh-101", "missile", Figure(8)), WeaponFigures("Iskander-M", "missile", Figure(6))]
    assert codes(a) == ["models_above_class"]


def test_missing_figures_raise_nothing() -> None:
    assert check_accounting(attack(destroyed__total=20)) == []
    assert check_accounting(Attack()) == []
