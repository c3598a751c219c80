"""Place mentions: oblasts, cities, countries and "the capital", English and Ukrainian."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.places import PlaceMention, find_places, region_name, uk_word_forms

SEED_SENTENCE = ("In addition to the capital, the Dnipropetrovsk, Sumy, Kharkiv, Chernihiv and Kyiv "
                 "regions also sustained damage, Zelenskyy said.")


def _find(text: str, lang: str, surface: str) -> PlaceMention:
    found = [p for p in find_places(text, lang) if p.text == surface]
    assert found, f"{surface!r} not found in {[p.text for p in find_places(text, lang)]}"
    return found[0]


# (text, surface, code, kind)
EN_CASES = [
    ("Russia attacked Kyiv overnight.", "Kyiv", "UA-30", "capital_city"),
    ("Drones hit the Kyiv region.", "Kyiv region", "UA-32", "oblast"),
    ("in Kyiv Oblast, officials said", "Kyiv Oblast", "UA-32", "oblast"),
    ("Kyivska oblast authorities", "Kyivska oblast", "UA-32", "oblast"),
    ("residents of Kyivshchyna", "Kyivshchyna", "UA-32", "oblast"),
    ("damage in the region around Kyiv", "Kyiv", "UA-32", "oblast"),
    ("Kyiv's mayor Vitali Klitschko", "Kyiv", "UA-30", "capital_city"),
    ("blasts in Kiev", "Kiev", "UA-30", "capital_city"),
    ("Kharkiv came under attack", "Kharkiv", "UA-63", "city"),
    ("in the Kharkiv region", "Kharkiv region", "UA-63", "oblast"),
    ("Kharkov was shelled", "Kharkov", "UA-63", "city"),
    ("a Kharkiv-based charity", "Kharkiv", "UA-63", "city"),
    ("Dnipropetrovsk region", "Dnipropetrovsk region", "UA-12", "oblast"),
    ("the Dnipro region", "Dnipro region", "UA-12", "oblast"),
    ("a strike on Dnipro", "Dnipro", "UA-12", "city"),
    ("Dnipropetrovska oblast", "Dnipropetrovska oblast", "UA-12", "oblast"),
    ("in Dnipropetrovshchyna", "Dnipropetrovshchyna", "UA-12", "oblast"),
    ("the port of Odesa", "Odesa", "UA-51", "city"),
    ("the Odessa region", "Odessa region", "UA-51", "oblast"),
    ("in Odeshchyna", "Odeshchyna", "UA-51", "oblast"),
    ("Mykolaiv and Nikolaev", "Nikolaev", "UA-48", "city"),
    ("Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "UA-23", "oblast"),
    ("Zaporozhye was hit", "Zaporozhye", "UA-23", "city"),
    ("Khmelnytskyi region", "Khmelnytskyi region", "UA-68", "oblast"),
    ("Khmelnytsky region", "Khmelnytsky region", "UA-68", "oblast"),
    ("Ivano-Frankivsk region", "Ivano-Frankivsk region", "UA-26", "oblast"),
    ("Kropyvnytskyi was quiet", "Kropyvnytskyi", "UA-35", "city"),
    ("the Kirovohrad region", "Kirovohrad region", "UA-35", "oblast"),
    ("Lviv and Lvov", "Lvov", "UA-46", "city"),
    ("the Volyn region", "Volyn region", "UA-07", "oblast"),
    ("in Zakarpattia", "Zakarpattia", "UA-21", "oblast"),
    ("Transcarpathia region", "Transcarpathia region", "UA-21", "oblast"),
    ("Chernivtsi, Ternopil, Rivne", "Rivne", "UA-56", "city"),
    ("Zhytomyr Oblast", "Zhytomyr Oblast", "UA-18", "oblast"),
    ("Vinnytsia region", "Vinnytsia region", "UA-05", "oblast"),
    ("Cherkasy region", "Cherkasy region", "UA-71", "oblast"),
    ("Poltava region", "Poltava region", "UA-53", "oblast"),
    ("Sumshchyna and Kharkivshchyna", "Sumshchyna", "UA-59", "oblast"),
    ("the Chernihiv region", "Chernihiv region", "UA-74", "oblast"),
    ("Kherson came under fire", "Kherson", "UA-65", "city"),
    ("occupied parts of Donetsk and Luhansk", "Luhansk", "UA-09", "city"),
    ("Kryvyi Rih, Zelenskyy's hometown", "Kryvyi Rih", "UA-12", "city"),
    ("in Bila Tserkva", "Bila Tserkva", "UA-32", "city"),
    ("Kremenchuk refinery", "Kremenchuk", "UA-53", "city"),
    ("Pavlohrad", "Pavlohrad", "UA-12", "city"),
    ("the city of Uman", "Uman", "UA-71", "city"),
    ("in Brovary", "Brovary", "UA-32", "city"),
    ("Izmail port on the Danube", "Izmail", "UA-51", "city"),
    ("Starokostiantyniv air base", "Starokostiantyniv", "UA-68", "city"),
    ("Kramatorsk railway station", "Kramatorsk", "UA-14", "city"),
    ("Crimea was annexed", "Crimea", "UA-43", "oblast"),
    ("in annexed Crimea", "Crimea", "UA-43", "oblast"),
    ("Sevastopol bay", "Sevastopol", "UA-40", "city"),
    ("the Belgorod region of Russia", "Belgorod region", "RU-BEL", "oblast"),
    ("Kursk", "Kursk", "RU-KRS", "city"),
    ("Bryansk Oblast", "Bryansk Oblast", "RU-BRY", "oblast"),
    ("drones over Moscow", "Moscow", "RU-MOW", "capital_city"),
    ("in the Moscow region", "Moscow region", "RU-MOS", "oblast"),
    ("Rostov region", "Rostov region", "RU-ROS", "oblast"),
    ("Voronezh", "Voronezh", "RU-VOR", "city"),
    ("Krasnodar Krai", "Krasnodar Krai", "RU-KDA", "oblast"),
    ("Oryol region", "Oryol region", "RU-ORL", "oblast"),
    ("the Tula region", "Tula region", "RU-TUL", "oblast"),
    ("Leningrad region", "Leningrad region", "RU-LEN", "oblast"),
    ("St Petersburg", "St Petersburg", "RU-SPE", "city"),
    ("Tatarstan", "Tatarstan", "RU-TA", "oblast"),
    ("the Vladimir region", "Vladimir region", "RU-VLA", "oblast"),
    ("the capital", "the capital", "UA-30", "capital_alias"),
    ("the Ukrainian capital", "the Ukrainian capital", "UA-30", "capital_alias"),
    ("Russia launched drones", "Russia", "RU", "country"),
    ("Belarus and Poland", "Poland", "PL", "country"),
    ("Israel and Iran", "Iran", "IR", "country"),
]


@pytest.mark.parametrize("text,surface,code,kind", EN_CASES)
def test_english_places(text: str, surface: str, code: str, kind: str) -> None:
    p = _find(text, "en", surface)
    assert (p.code, p.kind) == (code, kind)
    assert p.country == code.split("-")[0]


UK_CASES = [
    ("Атака на Дніпропетровській області", "Дніпропетровській області", "UA-12", "oblast"),
    ("Вибухи на Київщині", "Київщині", "UA-32", "oblast"),
    ("на Одещині", "Одещині", "UA-51", "oblast"),
    ("Харківщина під обстрілом", "Харківщина", "UA-63", "oblast"),
    ("Вибухи у Києві", "Києві", "UA-30", "capital_city"),
    ("з Києва", "Києва", "UA-30", "capital_city"),
    ("Київ прокинувся", "Київ", "UA-30", "capital_city"),
    ("Київська область", "Київська область", "UA-32", "oblast"),
    ("у Київській області", "Київській області", "UA-32", "oblast"),
    ("у Кривому Розі", "Кривому Розі", "UA-12", "city"),
    ("Кривий Ріг", "Кривий Ріг", "UA-12", "city"),
    ("у Білій Церкві", "Білій Церкві", "UA-32", "city"),
    ("у Криму", "Криму", "UA-43", "oblast"),
    ("Крим", "Крим", "UA-43", "oblast"),
    ("Курська область", "Курська область", "RU-KRS", "oblast"),
    ("на Бєлгородщині", "Бєлгородщині", "RU-BEL", "oblast"),
    ("з напрямку Курська", "Курська", "RU-KRS", "city"),
    ("у Харкові", "Харкові", "UA-63", "city"),
    ("в Умані", "Умані", "UA-71", "city"),
    ("у Броварах", "Броварах", "UA-32", "city"),
    ("у Запоріжжі", "Запоріжжі", "UA-23", "city"),
    ("у Тернополі", "Тернополі", "UA-61", "city"),
    ("в Ірпені", "Ірпені", "UA-32", "city"),
    ("в Ізмаїлі", "Ізмаїлі", "UA-51", "city"),
    ("у Кременчуці", "Кременчуці", "UA-53", "city"),
    ("в Дніпрі", "Дніпрі", "UA-12", "city"),
    ("Голова Харківської ОВА", "Харківської ОВА", "UA-63", "oblast"),
    ("Удар по Москві", "Москві", "RU-MOW", "capital_city"),
    ("у Краснодарському краї", "Краснодарському краї", "RU-KDA", "oblast"),
    ("у столиці", "столиці", "UA-30", "capital_alias"),
    ("росія атакувала", "росія", "RU", "country"),
    ("по Україні", "Україні", "UA", "country"),
]


@pytest.mark.parametrize("text,surface,code,kind", UK_CASES)
def test_ukrainian_places(text: str, surface: str, code: str, kind: str) -> None:
    p = _find(text, "uk", surface)
    assert (p.code, p.kind) == (code, kind)


def test_seed_list_sentence() -> None:
    got = [(p.code, p.kind) for p in find_places(SEED_SENTENCE)]
    assert got == [("UA-30", "capital_alias"), ("UA-12", "oblast"), ("UA-59", "oblast"),
                   ("UA-63", "oblast"), ("UA-74", "oblast"), ("UA-32", "oblast")]


def test_ukrainian_list_of_oblasts() -> None:
    text = "Постраждали Дніпропетровська, Сумська, Харківська, Чернігівська та Київська області."
    assert [p.code for p in find_places(text, "uk")] == ["UA-12", "UA-59", "UA-63", "UA-74", "UA-32"]
    assert all(p.kind == "oblast" for p in find_places(text, "uk"))


def test_city_before_list_stays_a_city() -> None:
    text = "Вибухи у Києві, Харківській та Сумській областях."
    assert [(p.code, p.kind) for p in find_places(text, "uk")] == [
        ("UA-30", "capital_city"), ("UA-63", "oblast"), ("UA-59", "oblast")]


def test_kyiv_and_kyiv_region() -> None:
    got = [(p.text, p.code) for p in find_places("Kyiv and the Kyiv region were hit.")]
    assert got == [("Kyiv", "UA-30"), ("Kyiv region", "UA-32")]


@pytest.mark.parametrize("text,adjective", [("Ukrainian air defences", True), ("Russian drones", True),
                                            ("Ukraine and Russia", False), ("російських дронів", True)])
def test_country_adjective_flag(text: str, adjective: bool) -> None:
    lang = "uk" if "р" in text else "en"
    places = find_places(text, lang)
    assert places and all(p.kind == "country" and p.adjective is adjective for p in places)


@pytest.mark.parametrize("text,lang", [
    ("Georgia and Jordan signed a deal in Paris.", "en"),
    ("Turkey is a country; a drone is not.", "en"),
    ("Vladimir Putin spoke to Donald Trump.", "en"),
    ("The boat crossed the Dnipro River.", "en"),
    ("on the far bank of the Dnipro", "en"),
    ("the capital of the region", "en"),
    ("a bar in London, an Orange shop, a Bucharest hotel", "en"),
    ("ukraine kyiv in lower case is not matched as a city", "en"),
    ("Харківський напрямок", "uk"),
    ("переправа на Дніпрі", "uk"),
])
def test_no_ukrainian_region_in(text: str, lang: str) -> None:
    assert not [p for p in find_places(text, lang) if p.code.startswith("UA-")]


def test_region_name() -> None:
    assert region_name("UA-30") == "Kyiv"
    assert region_name("UA-12") == "Dnipropetrovska oblast"
    assert region_name("UA-43") == "Crimea"
    assert region_name("RU") == "Russian Federation"
    assert region_name("XX-99") == "XX-99"


def test_declension_rules() -> None:
    assert {"києва", "києві"} <= uk_word_forms("Київ")
    assert {"харкові", "харкова"} <= uk_word_forms("Харків")
    assert "розі" in uk_word_forms("Ріг")
    assert "дніпропетровській" in uk_word_forms("Дніпропетровська", adjective=True)


def test_empty_and_spans() -> None:
    assert find_places("") == []
    text = "Drones hit Kyiv, Odesa and the Sumy region; Крим"
    for p in find_places(text):
        assert text[p.start:p.end] == p.text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["en", "uk", "ru"]))
def test_arbitrary_text(text: str, lang: str) -> None:
    for p in find_places(text, lang):
        assert text[p.start:p.end] == p.text and p.start < p.end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kyiv", "Київ", "region", "області", "Харківській", ",", " та ", " and ",
                                 "the capital", "Dnipro", "'s", "-", " ", "Курська", "\n", "«", "»"]),
                max_size=30))
def test_arbitrary_place_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for lang in ("en", "uk"):
        spans = [(p.start, p.end) for p in find_places(text, lang)]
        assert all(text[s:e] for s, e in spans)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # ordered, no overlaps


def test_a_list_after_regions_and_a_spaced_hyphen_is_of_oblasts() -> None:
    text = "Damage was recorded in three regions - Kyiv, Poltava and Odesa - it said."
    assert [(p.text, p.code) for p in find_places(text)] == [("Kyiv", "UA-32"), ("Poltava", "UA-53"), ("Odesa", "UA-51")]


def test_a_list_after_regions_were_affected_is_of_oblasts() -> None:
    text = "As a result of the enemy attack, 3 regions were affected: Kyiv, Poltava and Odesa."
    assert [p.code for p in find_places(text)] == ["UA-32", "UA-53", "UA-51"]
