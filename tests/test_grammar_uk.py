"""The Ukrainian grammar end to end: Ukrainian statements -> the figures of their main attack.

Every sentence here is written for this test (the styles follow the Air Force's
statements from 2022 to 2026, regional air commands, news retellings and the
infographic transcriptions). One case per test; `want` maps a field path to its
value, or to (value, qualifier):

    "launched.drones": 539             Attack.launched.drones
    "weapons[X-101/X-555].destroyed"   the model's figure
    "other.airborne", "killed", "debris_locations", "date", "attacker", "target"
    "period[2025-06/drones]"           a period total (launched)
    "absent": ["destroyed.drones"]     fields that must stay empty
    "no_attack": True                  the document reports no attack and no period total
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.extract.frames import extract_attacks
from skytally.extract.grammar.uk import find_cues
from skytally.pipeline import extract_text

CASES: list[tuple[str, str, date, dict]] = [
    # --- Air Force statements, 2022-2023 style -------------------------------------------
    ("2022_partitive_headline",
     ("Збито 60 з 76 ракет\n\n"
     "16 грудня 2022 року російські окупанти завдали масованого ракетного удару по об'єктах енергетики. "
     "Противник випустив 76 ракет. Силами ППО знищено 60 ракет."),
     date(2022, 12, 16),
     {"date": "2022-12-16", "launched.missiles": 76, "destroyed.missiles": 60, "attacker": "RU", "target": "UA"}),
    ("2022_colon_list_inherits_launched",
     ("Уранці ворог знову завдав ракетного удару по енергетиці України.\n"
     "Противник випустив 20 ракет:\n"
     "– 12 крилатих ракет Х-101/Х-555 з літаків Ту-95МС;\n"
     "– 8 крилатих ракет «Калібр» з кораблів у Чорному морі.\n"
     "Знищено 17 ракет."),
     date(2023, 2, 10),
     {"launched.missiles": 20, "destroyed.missiles": 17, "weapons[X-101/X-555].launched": 12,
      "weapons[Kalibr].launched": 8}),
    ("2023_infographic_destroyed_header",
     ("Повітряні сили ЗСУ: результати роботи протиповітряної оборони за ніч\n"
     "ЗНИЩЕНО:\n- 45 БПЛА «Shahed-136/131»\n- 2 КАР Х-59"),
     date(2023, 1, 1),
     {"destroyed.drones": 45, "weapons[Shahed-136/131].destroyed": 45, "weapons[X-59/X-69].destroyed": 2}),
    ("2023_infographic_model_on_next_line",
     ("Повітряні сили ЗСУ: результати роботи протиповітряної оборони за ніч\n"
     "ЗНИЩЕНО:\n- 37 крилатих ракет\n  Х-101/Х-555\n- 14 крилатих ракет\n  «Калібр»"),
     date(2022, 11, 23),
     {"weapons[X-101/X-555].destroyed": 37, "weapons[Kalibr].destroyed": 14, "absent": ["destroyed.missiles"]}),
    ("2023_all_downed",
     "У ніч на 16 травня ворог атакував Київ ракетами різних типів. Сили оборони знищили всі 18 ракет.",
     date(2023, 5, 16),
     {"launched.missiles": 18, "destroyed.missiles": 18}),
    ("2023_apposition_dash_model",
     ("Також ворог застосував 24 ударні БпЛА, з них 13 – іранського виробництва «Shahed-136». "
     "Знищено 13 безпілотників, з них 10 «шахедів»."),
     date(2022, 10, 10),
     {"launched.drones": 24, "destroyed.drones": 13, "weapons[Shahed-136/131].launched": 13,
      "weapons[Shahed-136/131].destroyed": 10}),
    ("2023_partitive_more_than",
     "Ракетний удар 31 жовтня: знищено 44 з понад 50 крилатих ракет",
     date(2022, 10, 31),
     {"destroyed.missiles": 44, "launched.missiles": (50, "more_than")}),
    # --- 2024-2026 morning statements ---------------------------------------------------
    ("2024_instrumental_and_confirmed_downing",
     ("В ніч на 26 листопада 2024 року противник атакував 188 ударними БпЛА типу Shahed та БпЛА невстановлених "
     "типів, а також 4 балістичними ракетами Іскандер-М з Курської області рф. Станом на 09:00 підтверджено "
     "збиття 76 ворожих БпЛА у Київській, Житомирській та Черкаській областях. 95 ворожих БпЛА – локаційно "
     "втрачені, 5 – залишили повітряний простір України в напрямку Білорусі."),
     date(2024, 11, 26),
     {"date": "2024-11-26", "launched.drones": 188, "launched.missiles": 4, "destroyed.drones": 76,
      "suppressed.drones": 95, "other.returned": 5, "weapons[Iskander-M/KN-23].launched": 4,
      "weapons[Shahed-136/131].launched": 188}),
    ("2025_means_of_air_attack_and_neutralized_split",
     ("У ніч на 4 липня (з 18:00 3 липня) ворог атакував 550 засобами повітряного нападу: 539 ударними БпЛА "
     "та 11 ракетами. За попередніми даними, станом на 09:00 протиповітряною обороною знешкоджено 478 "
     "повітряних цілей: 270 збито вогневими засобами, ще 208 локаційно втрачено (подавлено засобами РЕБ)."),
     date(2025, 7, 4),
     {"launched.total": 550, "launched.drones": 539, "launched.missiles": 11, "neutralized.total": 478,
      "destroyed.total": 270, "suppressed.total": 208}),
    ("2025_hits_and_debris_locations",
     ("Уночі противник атакував Україну 120 ударними БпЛА. Збито/подавлено 85 дронів. Зафіксовано влучання "
     "9 ракет та 63 ударних БпЛА на 8 локаціях, а також падіння уламків збитих цілей на 33 локаціях."),
     date(2025, 7, 4),
     {"hits.missiles": 9, "hits.drones": 63, "hits.locations": 8, "debris_locations": 33,
      "neutralized.drones": 85}),
    ("2025_case_endings_on_digits",
     ("У ніч на 13 червня противник атакував 59-ма засобами повітряного нападу: 55-ма ударними БпЛА та "
     "4-ма балістичними ракетами. Зафіксовано влучання 4-х балістичних ракет та 12-ти ударних БпЛА на "
     "9-ти локаціях."),
     date(2025, 6, 13),
     {"launched.total": 59, "launched.drones": 55, "launched.missiles": 4, "hits.missiles": 4,
      "hits.drones": 12, "hits.locations": 9}),
    ("2025_neutralized_with_dash_parts",
     ("У ніч на 13 червня противник атакував 59 ударними БпЛА. Станом на 09:00 збито/подавлено 43 ворожі "
     "БпЛА: 28 – збито вогневими засобами, 15 – локаційно втрачені (імітатори)."),
     date(2025, 6, 13),
     {"neutralized.drones": 43, "destroyed.drones": 28, "suppressed.drones": 15}),
    ("2025_shot_down_or_suppressed_verbs",
     ("Станом на 10:00 протиповітряна оборона збила або подавила 585 дронів і 30 ракет. Ще 5 ворожих БпЛА "
     "в повітрі."),
     date(2025, 12, 6),
     {"neutralized.drones": 585, "neutralized.missiles": 30, "other.airborne": 5,
      "absent": ["destroyed.drones"]}),
    ("2025_words_and_approx",
     ("У ніч з 3 на 4 квітня Росія атакувала Україну майже трьомастами ударними дронами та шістьма "
     "балістичними ракетами."),
     date(2025, 4, 4),
     {"date": "2025-04-04", "launched.drones": (300, "approx"), "launched.missiles": 6}),
    ("2025_words_oblique_case",
     "Уночі ворог атакував Україну шістдесятьма трьома ударними дронами.",
     date(2025, 4, 4),
     {"launched.drones": 63}),
    ("2025_singular_noun_coordinated",
     ("Уночі противник запустив 126 ударних БпЛА та 1 балістичну ракету. Збито ракету та 79 дронів, ще "
     "35 дронів-імітаторів локаційно втрачено."),
     date(2025, 3, 11),
     {"destroyed.missiles": 1, "destroyed.drones": 79, "suppressed.drones": 35}),
    ("2025_at_most_up_to",
     ("У ніч на 4 жовтня противник запустив по півдню України до 20 ударних БпЛА типу «Shahed-136/131». "
     "Знищено 17 ударних БпЛА."),
     date(2024, 10, 4),
     {"launched.drones": (20, "at_most"), "destroyed.drones": 17}),
    ("2025_did_not_reach_targets",
     "Уночі ворог атакував Україну 40 ударними БпЛА. Збито 30 дронів, ще 8 не долетіли до своїх цілей.",
     date(2025, 5, 2),
     {"destroyed.drones": 30, "suppressed.drones": 8}),
    ("2025_of_them_anaphora",
     "Уночі росіяни запустили 64 ударні БпЛА, з них збито 46.",
     date(2025, 5, 2),
     {"launched.drones": 64, "destroyed.drones": 46}),
    ("2025_including_parts",
     "Минулої ночі ворог випустив по Україні 40 ракет, зокрема 6 балістичних ракет Іскандер-М.",
     date(2025, 5, 2),
     {"launched.missiles": 40, "weapons[Iskander-M/KN-23].launched": 6}),
    ("2025_all_of_them_in_breakdown",
     ("Близько 05:00 21 березня окупанти атакували столицю. Сили ППО знищили всі 31 ракету: 2 балістичні "
     "ракети Іскандер-М та 29 крилатих ракет Х-101/Х-555."),
     date(2024, 3, 21),
     {"launched.missiles": 31, "destroyed.missiles": 31, "weapons[X-101/X-555].launched": 29,
      "weapons[X-101/X-555].destroyed": 29}),
    ("2025_elliptic_adjective_is_a_part",
     ("Крім того, ворог запустив 6 ударних БпЛА «Shahed-136/131» та 3 розвідувальні БпЛА. Сили оборони "
     "знищили 6 ударних і 3 розвідувальні безпілотники."),
     date(2023, 5, 16),
     {"absent": ["destroyed.drones", "launched.drones"], "weapons[Shahed-136/131].launched": 6}),
    ("2025_right_cue_passive",
     ("Повітряні сили: 2 крилаті ракети Іскандер-К запущено з Курської області рф. Обидві ракети влучили в "
     "територію підприємства."),
     date(2026, 1, 3),
     {"launched.missiles": 2, "hits.missiles": 2, "weapons[Iskander-K].launched": 2}),
    ("2025_instrumental_singular",
     "Уранці 4 квітня російська армія вдарила по Сумах балістичною ракетою Іскандер-М.",
     date(2025, 4, 4),
     {"launched.missiles": 1, "weapons[Iskander-M/KN-23].launched": 1}),
    ("2025_subject_before_verb_and_of_them",
     "Близько півсотні шахедів атакували Одещину вночі. Сили ППО знищили 40 з них.",
     date(2025, 6, 10),
     {"launched.drones": (50, "approx"), "destroyed.drones": 40}),
    ("2025_from_the_set",
     "Уночі Повітряні сили повідомили: з 58 ударних дронів збили 40, ще 18 локаційно втрачено.",
     date(2025, 5, 5),
     {"launched.drones": 58, "destroyed.drones": 40, "suppressed.drones": 18}),
    ("2025_neutralized_verb_and_past_record",
     ("Рекордна атака: Росія випустила по Україні 728 дронів та 13 ракет. Сили оборони нейтралізували 718 "
     "повітряних цілей. Це більше, ніж попередній рекорд у 550 засобів 4 липня."),
     date(2025, 7, 9),
     {"launched.drones": 728, "launched.missiles": 13, "neutralized.total": 718, "absent": ["launched.total"]}),
    ("2025_returned_to_belarus_and_russia",
     "Уночі ворог атакував Україну 30 ударними БпЛА. Збито 19, ще 2 – залетіли у повітряний простір Білорусі.",
     date(2025, 5, 5),
     {"destroyed.drones": 19, "other.returned": 2}),
    ("front_line_daily_summary_is_not_an_air_attack",
     ("За добу ворог завдав 70 авіаційних ударів, скинувши 115 керованих авіабомб, а також залучив для "
     "ураження 2 000 дронів-камікадзе."),
     date(2025, 5, 5),
     {"no_attack": True}),
    # --- casualties ---------------------------------------------------------------------
    ("casualties_nationwide",
     ("Уночі ворог атакував Україну 84 крилатими ракетами. За даними ДСНС, загалом по Україні внаслідок "
     "ударів загинули 11 людей, понад 60 поранені."),
     date(2022, 10, 10),
     {"killed": 11, "injured": (60, "more_than")}),
    ("casualties_words_at_least_and_got_wounds",
     ("У ніч на неділю Росія атакувала Україну 823 засобами повітряного нападу. За даними ДСНС, загалом "
     "унаслідок атаки загинули щонайменше четверо людей, ще 44 дістали поранень."),
     date(2025, 9, 7),
     {"killed": (4, "at_least"), "injured": 44}),
    ("casualties_city_count_is_not_a_total",
     ("Уночі противник атакував Україну 201 ударним БпЛА. Збито/подавлено 167 дронів. Кількість загиблих у "
     "Києві зросла до 2, ще 7 людей поранені."),
     date(2026, 1, 18),
     {"launched.drones": 201, "absent": ["killed", "injured"]}),
    ("casualties_toll_rose_to",
     ("Удар по Кривому Рогу: кількість загиблих зросла до 18, серед них 9 дітей. У Повітряних силах "
     "підтвердили, що по місту було випущено 1 балістичну ракету."),
     date(2025, 4, 5),
     {"killed": 18, "launched.missiles": 1}),
    ("casualties_paragraph_place",
     ("Уночі ворог атакував Україну 35 ударними БпЛА. Протиповітряна оборона знищила 22 дрони.\n"
     "В Ізмаїльському районі Одещини уламки пошкодили склади. Постраждали двоє водіїв."),
     date(2024, 9, 2),
     {"destroyed.drones": 22, "absent": ["injured"]}),
    # --- regional statements ------------------------------------------------------------
    ("regional_sub_figures_not_national",
     ("Протиповітряною обороною Повітряного командування «Південь» знищено 17 ударних БпЛА:\n"
     "▪️ над Миколаївщиною – 8;\n▪️ над Одещиною – 6;\n▪️ над Херсонщиною – 3."),
     date(2024, 10, 4),
     {"destroyed.drones": 17}),
    ("regional_place_before_the_figure",
     "Уночі противник атакував Україну 90 ударними БпЛА, збито 60 дронів. Над Миколаївщиною знищено 8 БпЛА.",
     date(2025, 2, 1),
     {"destroyed.drones": 60, "launched.drones": 90}),
    ("regional_place_list_is_national",
     "Повітряне командування «Центр»: над Київщиною, Черкащиною та Вінниччиною збито 14 ударних БпЛА",
     date(2025, 5, 11),
     {"destroyed.drones": 14}),
    ("russian_mod_claim",
     ("У Міноборони рф заявили, що вночі засоби ППО перехопили та знищили 44 українські безпілотники над "
     "Ростовською областю та Краснодарським краєм."),
     date(2024, 6, 23),
     {"destroyed.drones": 44, "attacker": "UA", "target": "RU"}),
    # --- periods ------------------------------------------------------------------------
    ("period_month_with_plain_space_thousands",
     ("Упродовж червня Росія випустила по Україні 5 438 ударних дронів і дронів-імітаторів. У травні ворог "
     "застосував 4 198 дронів."),
     date(2025, 7, 1),
     {"period[2025-06/drones]": 5438, "period[2025-05/drones]": 4198}),
    ("period_year",
     "Упродовж 2024 року Росія випустила по Україні більш ніж 11 000 ударних дронів типу «Shahed».",
     date(2025, 1, 10),
     {"period[2024/drones]": (11000, "more_than")}),
    ("weekly_total_is_no_period_and_no_attack",
     "Президент: за тиждень Росія випустила по Україні понад 1 800 ударних дронів і 83 ракети.",
     date(2025, 7, 6),
     {"no_attack": True}),
    # --- not attacks --------------------------------------------------------------------
    ("production_plans",
     ("Українська оборонна промисловість цього року може виготовити до 4,5 мільйона FPV-дронів і понад "
     "30 000 далекобійних ударних безпілотників."),
     date(2025, 10, 21),
     {"no_attack": True}),
    ("air_defence_exercise",
     "На навчаннях у Польщі зенітники збили 12 дронів-мішеней і 4 ракети-мішені.",
     date(2025, 9, 1),
     {"no_attack": True}),
    ("hypothetical",
     "Якщо Росія запустить 1000 дронів за ніч, ППО доведеться збити щонайменше 900 з них.",
     date(2025, 9, 1),
     {"no_attack": True}),
    ("interceptor_drones_fundraiser",
     "Волонтери передали мобільним вогневим групам 500 дронів-перехоплювачів.",
     date(2025, 9, 1),
     {"no_attack": True}),
    ("football_metaphor",
     "«Шахтар» завдав 17 ударів по воротах, 8 із них – у площину.",
     date(2025, 9, 1),
     {"no_attack": True}),
    ("earlier_attack_does_not_leak",
     "Уночі ворог атакував Україну 90 ударними БпЛА, збито 60. Минулого тижня росіяни випустили 400 дронів.",
     date(2025, 2, 1),
     {"launched.drones": 90, "destroyed.drones": 60}),
    ("explicit_update_wins",
     ("Вранці Повітряні сили повідомляли про 117 дронів і 68 збитих. Згодом військові уточнили дані: "
     "загалом противник запустив 126 ударних БпЛА. Збито 79 дронів, уточнили в Повітряних силах."),
     date(2025, 3, 11),
     {"launched.drones": 126, "destroyed.drones": 79}),
]


def _get(report, path: str):
    """The Figure (or value) a path names in `report`; None when absent."""
    if path.startswith("period["):
        period, cls = re.fullmatch(r"period\[(.+)/(.+)\]", path).groups()
        return next((p.launched for p in report.period_totals if p.period == period and p.weapon_class == cls), None)
    if not report.attacks:
        return None
    attack = report.attacks[0]
    if path in ("date", "attacker", "target"):
        return getattr(attack, path)
    m = re.fullmatch(r"weapons\[(.+)\]\.(launched|destroyed)", path)
    if m:
        weapon = next((w for w in attack.weapons if w.model == m.group(1)), None)
        return getattr(weapon, m.group(2)) if weapon else None
    if path.startswith("other."):
        return attack.other.get(path.split(".", 1)[1])
    obj = attack
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj


@pytest.mark.parametrize("text,published,want", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_ukrainian_statement(text: str, published: date, want: dict) -> None:
    report = extract_text(text, published=published, lang="uk")
    if want.get("no_attack"):
        assert report.attacks == [] and report.period_totals == [], report.attacks or report.period_totals
        return
    for path, expected in want.items():
        if path == "absent":
            for missing in expected:
                assert _get(report, missing) is None, f"{missing} should be absent, got {_get(report, missing)}"
            continue
        got = _get(report, path)
        if path in ("date", "attacker", "target"):
            assert got == expected, f"{path}: got {got}, want {expected}"
            continue
        value, qualifier = expected if isinstance(expected, tuple) else (expected, "exact")
        assert got is not None, f"{path}: missing, want {value}"
        assert (got.value, got.qualifier) == (value, qualifier), f"{path}: got {got.value} {got.qualifier}"


def test_every_statement_era_is_covered() -> None:
    assert len(CASES) >= 30


_PIECES = ["збито", "знешкоджено", "локаційно втрачено", "з них", "усі", "28 з 31", "550-ма", "БпЛА", "ракет",
           "«Shahed-136/131»", "Х-101", "на 8 локаціях", "загинули", "двоє людей", "над Одещиною", "ЗНИЩЕНО:",
           "\n- ", " – ", ":", ", ", ". ", "5 438", "у ніч на 4 липня", "ще", "понад", "до", "(", ")", "«", "»"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=12)), max_size=30))
def test_any_text_extracts_without_error(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert all(0 <= c.start < c.end <= len(text) for c in find_cues(text))
    extract_attacks(text, date(2025, 7, 4), "uk")  # the grammar on raw text, cleaning aside


def test_an_attack_spanning_evening_and_night_ends_on_the_later_day() -> None:
    """'вчора ввечері та вночі' in a report published on 1 June: the attack ended on 1 June."""
    from datetime import date

    from skytally.pipeline import extract_text
    text = ("Вчора ввечері та вночі ворог атакував Одещину ударними дронами: уражено портову інфраструктуру. "
            "Загалом у повітрі було знищено 17 з 22 дронів.")
    attack = extract_text(text, published=date(2025, 6, 1), lang="uk").attacks[0]
    assert attack.date == "2025-06-01"
    assert {p: f.value for p, f in attack.figures()} == {"launched.drones": 22, "destroyed.drones": 17}


def test_a_list_item_without_a_number_counts_one() -> None:
    """Infographic style: 'ЗНИЩЕНО:' then '- БПЛА «Орлан-10»' (one drone) under counted items."""
    from datetime import date

    from skytally.pipeline import extract_text
    text = "05.03.2023\n(07.00)\nЗНИЩЕНО:\n- 12 ударних БПЛА «Shahed-136/131»\n- БПЛА «Орлан-10»\n- 2 КАР Х-59"
    attack = extract_text(text, published=date(2023, 3, 5), lang="uk").attacks[0]
    destroyed = {w.model: w.destroyed.value for w in attack.weapons if w.destroyed}
    assert destroyed == {"Shahed-136/131": 12, "Orlan-10": 1, "X-59/X-69": 2}
