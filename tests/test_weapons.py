"""Weapon mentions: canonical models and generic nouns, English and Ukrainian."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.weapons import WeaponMention, canonical_model, find_weapons


def _find(text: str, lang: str, surface: str) -> WeaponMention:
    found = [w for w in find_weapons(text, lang) if w.text == surface]
    assert found, f"{surface!r} not found in {[w.text for w in find_weapons(text, lang)]}"
    return found[0]


# (text, surface, model, class, subclass, plural)
EN_CASES = [
    ("Russia launched 550 drones and missiles", "drones", None, "drone", None, True),
    ("a single drone", "drone", None, "drone", None, False),
    ("54 UAVs", "UAVs", None, "drone", None, True),
    ("unmanned aerial vehicles", "unmanned aerial vehicles", None, "drone", None, True),
    ("208 attack drones", "attack drones", None, "drone", "attack", True),
    ("strike drones", "strike drones", None, "drone", "attack", True),
    ("kamikaze drones", "kamikaze drones", None, "drone", "attack", True),
    ("decoy drones", "decoy drones", None, "drone", "decoy", True),
    ("imitator drones", "imitator drones", None, "drone", "decoy", True),
    ("drones of other types", "drones of other types", None, "drone", None, True),
    ("The majority were Shahed drones", "Shahed drones", "Shahed-136/131", "drone", "attack", True),
    ("Shahed-type drones", "Shahed-type drones", "Shahed-136/131", "drone", "attack", True),
    ("28 Shaheds", "Shaheds", "Shahed-136/131", "drone", "attack", True),
    ("Geran-2 drones", "Geran-2 drones", "Shahed-136/131", "drone", "attack", True),
    ("Gerbera decoys", "Gerbera decoys", None, "drone", "decoy", True),
    ("11 missiles", "missiles", None, "missile", None, True),
    ("two cruise missiles", "cruise missiles", None, "missile", "cruise", True),
    ("nearly 80 ballistic missiles", "ballistic missiles", None, "missile", "ballistic", True),
    ("aeroballistic missiles", "aeroballistic missiles", None, "missile", "aeroballistic", True),
    ("guided aerial missiles", "guided aerial missiles", None, "missile", "guided", True),
    ("anti-aircraft missiles", "anti-aircraft missiles", None, "missile", "anti_aircraft", True),
    ("air-launched cruise missiles", "air-launched cruise missiles", None, "missile", "cruise", True),
    ("hypersonic missiles", "hypersonic missiles", None, "missile", "hypersonic", True),
    ("shot down 270 targets", "targets", None, "any", None, True),
    ("aerial targets", "aerial targets", None, "any", None, True),
    ("40 means of air attack", "means of air attack", None, "any", None, True),
    ("air attack assets", "air attack assets", None, "any", None, True),
    ("aerial weapons", "aerial weapons", None, "any", None, True),
    ("Kh-101 cruise missiles", "Kh-101 cruise missiles", "X-101/X-555", "missile", "cruise", True),
    ("two Kh-101", "Kh-101", "X-101/X-555", "missile", "cruise", False),
    ("Kh-555 missile", "Kh-555 missile", "X-101/X-555", "missile", "cruise", False),
    ("nine Iskander-M ballistic missiles", "Iskander-M ballistic missiles", "Iskander-M/KN-23", "missile",
     "ballistic", True),
    ("KN-23", "KN-23", "Iskander-M/KN-23", "missile", "ballistic", False),
    ("Iskander-K cruise missiles", "Iskander-K cruise missiles", "Iskander-K", "missile", "cruise", True),
    ("a Kinzhal", "Kinzhal", "X-47 Kinzhal", "missile", "aeroballistic", False),
    ("Kh-47M2 Kinzhal", "Kh-47M2 Kinzhal", "X-47 Kinzhal", "missile", "aeroballistic", False),
    ("Kh-59/Kh-69 guided missiles", "Kh-59/Kh-69 guided missiles", "X-59/X-69", "missile", "guided", True),
    ("Kh-22 missiles", "Kh-22 missiles", "X-22", "missile", "cruise", True),
    ("Kh-31P", "Kh-31P", "X-31P", "missile", "guided", False),
    ("S-300 missiles", "S-300 missiles", "C-300", "missile", "anti_aircraft", True),
    ("a Zircon", "Zircon", "3M22 Zircon", "missile", "cruise", False),
    ("Oniks", "Oniks", "P-800 Oniks", "missile", "cruise", False),
    ("Kalibr cruise missiles", "Kalibr cruise missiles", "Kalibr", "missile", "cruise", True),
    ("Lancet drones", "Lancet drones", "Lancet", "drone", "attack", True),
    ("Orlan-10 reconnaissance drones", "Orlan-10 reconnaissance drones", "Orlan-10", "drone",
     "reconnaissance", True),
    ("Merlin-VR", "Merlin-VR", "Merlin-VR", "drone", "reconnaissance", False),
    ("Mohajer-6", "Mohajer-6", "Mohajer-6", "drone", "reconnaissance", False),
    ("KABs", "KABs", "GBU", "bomb", "guided", True),
    ("guided aerial bombs", "guided aerial bombs", None, "bomb", "guided", True),
    ("ballistic missiles Iskander-M/KN-23", "ballistic missiles Iskander-M/KN-23", "Iskander-M/KN-23",
     "missile", "ballistic", True),
]


@pytest.mark.parametrize("text,surface,model,cls,sub,plural", EN_CASES)
def test_english_weapons(text: str, surface: str, model: str | None, cls: str, sub: str | None,
                         plural: bool) -> None:
    w = _find(text, "en", surface)
    assert (w.model, w.weapon_class, w.subclass, w.plural) == (model, cls, sub, plural)


UK_CASES = [
    ("атакував 137-ма ударними БпЛА", "ударними БпЛА", None, "drone", "attack", True),
    ("збито 20 БпЛА", "БпЛА", None, "drone", None, False),
    ("45 БПЛА «Shahed-136/131»", "БПЛА «Shahed-136/131»", "Shahed-136/131", "drone", "attack", False),
    ("ударних БпЛА типу «Shahed»", "ударних БпЛА типу «Shahed»", "Shahed-136/131", "drone", "attack", True),
    ("безпілотників", "безпілотників", None, "drone", None, True),
    ("дрони", "дрони", None, "drone", None, True),
    ("Шахеди", "Шахеди", "Shahed-136/131", "drone", "attack", True),
    ("збили 10 шахедів", "шахедів", "Shahed-136/131", "drone", "attack", True),
    ("«Герань-2»", "Герань-2", "Shahed-136/131", "drone", "attack", False),
    ("«Гербера»", "Гербера", None, "drone", "decoy", False),
    ("дронами-імітаторами", "дронами-імітаторами", None, "drone", "decoy", True),
    ("безпілотники інших типів", "безпілотники інших типів", None, "drone", None, True),
    ("ракети", "ракети", None, "missile", None, True),
    ("4 крилаті ракети Х-101", "крилаті ракети Х-101", "X-101/X-555", "missile", "cruise", True),
    ("6 балістичними ракетами Іскандер-М/KN-23", "балістичними ракетами Іскандер-М/KN-23",
     "Iskander-M/KN-23", "missile", "ballistic", True),
    ("аеробалістичною ракетою Х-47М2 «Кинджал»", "аеробалістичною ракетою Х-47М2 «Кинджал»",
     "X-47 Kinzhal", "missile", "aeroballistic", False),
    ("керованих авіаційних ракет Х-59", "керованих авіаційних ракет Х-59", "X-59/X-69", "missile", "guided",
     True),
    ("зенітних керованих ракет С-300", "зенітних керованих ракет С-300", "C-300", "missile",
     "anti_aircraft", True),
    ("засобами повітряного нападу", "засобами повітряного нападу", None, "any", None, True),
    ("550 засобів повітряного нападу", "засобів повітряного нападу", None, "any", None, True),
    ("270 цілей", "цілей", None, "any", None, True),
    ("повітряні цілі", "повітряні цілі", None, "any", None, True),
    ("крилатих ракет «Калібр»", "крилатих ракет «Калібр»", "Kalibr", "missile", "cruise", True),
    ("Калібрами", "Калібрами", "Kalibr", "missile", "cruise", True),
    ("Х-22", "Х-22", "X-22", "missile", "cruise", False),
    ("Х-31П", "Х-31П", "X-31P", "missile", "guided", False),
    ("Іскандер-К", "Іскандер-К", "Iskander-K", "missile", "cruise", False),
    ("П-800 «Онікс»", "П-800 «Онікс»", "P-800 Oniks", "missile", "cruise", False),
    ("«Циркон»", "Циркон", "3M22 Zircon", "missile", "cruise", False),
    ("БПЛА «Орлан-10»", "БПЛА «Орлан-10»", "Orlan-10", "drone", "reconnaissance", False),
    ("ударних БПЛА «Ланцет»", "ударних БПЛА «Ланцет»", "Lancet", "drone", "attack", True),
    ("«Мохаджер-6»", "Мохаджер-6", "Mohajer-6", "drone", "reconnaissance", False),
    ("КАБи", "КАБи", "GBU", "bomb", "guided", True),
    ("1 КАР Х-59", "КАР Х-59", "X-59/X-69", "missile", "guided", False),
]


@pytest.mark.parametrize("text,surface,model,cls,sub,plural", UK_CASES)
def test_ukrainian_weapons(text: str, surface: str, model: str | None, cls: str, sub: str | None,
                           plural: bool) -> None:
    w = _find(text, "uk", surface)
    assert (w.model, w.weapon_class, w.subclass, w.plural) == (model, cls, sub, plural)


@pytest.mark.parametrize("text,lang", [
    ("Turkey and Georgia", "en"),
    ("a lancet and a scalpel", "en"),
    ("the zircon in the ring", "en"),
    ("калібр кулі", "uk"),
    ("кинджал у піхвах", "uk"),
    ("герань на вікні", "uk"),
    ("KhX-1010", "en"),
])
def test_not_a_weapon(text: str, lang: str) -> None:
    assert find_weapons(text, lang) == []


def test_list_of_mentions_in_order() -> None:
    text = "11 missiles: 2 Kh-101, 9 Iskander-M and 539 Shahed-type drones"
    got = [(w.text, w.model) for w in find_weapons(text)]
    assert got == [("missiles", None), ("Kh-101", "X-101/X-555"), ("Iskander-M", "Iskander-M/KN-23"),
                   ("Shahed-type drones", "Shahed-136/131")]


@pytest.mark.parametrize("name,model", [
    ("Kh-101", "X-101/X-555"), ("Х-101", "X-101/X-555"), ("X-555", "X-101/X-555"), ("Kh 55", "X-101/X-555"),
    ("Shahed", "Shahed-136/131"), ("Шахед", "Shahed-136/131"), ("Geran-2", "Shahed-136/131"),
    ("S-400", "C-400"), ("С-300", "C-300"), ("S-300/S-400", "C-300/C-400"), ("KN-23", "Iskander-M/KN-23"),
    ("Kinzhal", "X-47 Kinzhal"), ("Kh-59MK2", "X-59/X-69"), ("Tsirkon", "3M22 Zircon"),
    ("Onyx", "P-800 Oniks"), ("Iskander-M/KN-23", "Iskander-M/KN-23"), ("Gerbera", None),
    ("Turkey", None), ("drones", None), ("", None),
])
def test_canonical_model(name: str, model: str | None) -> None:
    assert canonical_model(name) == model


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["en", "uk", "ru"]))
def test_arbitrary_text(text: str, lang: str) -> None:
    for w in find_weapons(text, lang):
        assert text[w.start:w.end] == w.text and w.start < w.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Shahed", "drones", "Х-101", "Kh-101", "ракет", "крилатих", "«", "»", "/",
                                 "типу", " ", "-", "means of air attack", "İ", "БпЛА", "\n", "KAB"]),
                max_size=30))
def test_arbitrary_weapon_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for lang in ("en", "uk"):
        spans = [(w.start, w.end) for w in find_weapons(text, lang)]
        assert all(text[s:e] == w.text for (s, e), w in zip(spans, find_weapons(text, lang)))
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
