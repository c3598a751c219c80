"""English phrasings, one case each: the figures the grammar must read from them."""

from datetime import date

import pytest

from skytally.extract.grammar import en as grammar_en
from skytally.pipeline import extract_text

PUBLISHED = date(2025, 7, 4)  # a Friday


def weapons_by_model(text: str, published: date = PUBLISHED) -> dict:
    """The first attack's per-model weapon figures, by model."""
    return {w.model: w for w in extract_text(text, published=published, lang="en").attacks[0].weapons}


CASES = [
    ("Russia fired 10 missiles at Kyiv before dawn on Thursday, and although Ukraine said its air defences shot down "
     "all of them, falling debris killed three people.",
     {"launched.missiles": (10, "exact"), "destroyed.missiles": (10, "exact")}),
    ("Russia fired 70 missiles and 145 drones at Ukraine, the air force said, adding that air defence units had shot "
     "down 112 of them -- 48 missiles and 64 drones.",
     {"destroyed.total": (112, "exact"), "destroyed.drones": (64, "exact"), "destroyed.missiles": (48, "exact")}),
    ("It said Russia had launched 396 drones and 29 missiles, including 20 Kh-101 cruise missiles, all of which were "
     "shot down. Air defenses brought down 367 drones and 25 missiles.",
     {"launched.drones": (396, "exact"), "destroyed.drones": (367, "exact")}),
    ("Ukrainian air defense forces shot down 59 of the 76 air attack weapons launched by Russia overnight, including "
     "39 missiles and 20 Shahed drones.", {"destroyed.total": (59, "exact"), "launched.total": (76, "exact"),
                                          "destroyed.missiles": (39, "exact"), "destroyed.drones": (20, "exact")}),
    ("Russia fired 96 cruise missiles. It added that all ten Shahed-136 drones sent towards Ukraine during the day had "
     "also been destroyed.", {"destroyed.drones": (10, "exact"), "launched.drones": (10, "exact")}),
    ("Russia targets Odesa, Kharkiv with overnight drone swarm: 95 of 115 drones downed",
     {"destroyed.drones": (95, "exact"), "launched.drones": (115, "exact")}),
    ("Russia launched 550 drones and missiles at Ukraine overnight.", {"launched.total": (550, "exact")}),
    ("Russia fired 23 missiles and 101 drones at Ukraine overnight, the air force said.",
     {"launched.missiles": (23, "exact"), "launched.drones": (101, "exact")}),
    ("Ukraine's air defences shot down all 29 drones Russia launched overnight.",
     {"destroyed.drones": (29, "exact"), "launched.drones": (29, "exact")}),
    ("The air force said it downed 40 of 48 Shahed drones launched overnight.",
     {"destroyed.drones": (40, "exact"), "launched.drones": (48, "exact")}),
    ("Russia attacked Ukraine overnight with a cruise missile and 12 drones, the air force said.",
     {"launched.missiles": (1, "exact"), "launched.drones": (12, "exact")}),
    ("Air defences shot down both ballistic missiles fired at Odesa overnight.",
     {"destroyed.missiles": (2, "exact")}),
    ("Russia hurled sixty-three drones at Ukraine overnight; forty-one were shot down.",
     {"launched.drones": (63, "exact"), "destroyed.drones": (41, "exact")}),
    ("Overnight, Russia launched more than 100 drones, of which 58 were shot down and 30 were lost from radar.",
     {"launched.drones": (100, "more_than"), "destroyed.drones": (58, "exact"), "suppressed.drones": (30, "exact")}),
    ("Air defences destroyed or jammed 80 drones overnight, the military said.",
     {"neutralized.drones": (80, "exact")}),
    ("Air defences brought down or electronically suppressed 453 drones overnight, the military said.",
     {"neutralized.drones": (453, "exact")}),
    ("The air force said 36 drones did not reach their targets after Russia launched 62 overnight.",
     {"suppressed.drones": (36, "exact")}),
    ("Three missiles and 12 drones struck targets in four locations overnight, the air force said.",
     {"hits.missiles": (3, "exact"), "hits.drones": (12, "exact"), "hits.locations": (4, "exact")}),
    ("Debris from downed drones fell at 14 locations overnight, the air force said after Russia fired 90 drones.",
     {"debris_locations": (14, "exact"), "launched.drones": (90, "exact")}),
    ("Russia launched about 200 drones overnight, the air force said.", {"launched.drones": (200, "approx")}),
    ("Russia sent up to 20 drones toward Ukraine overnight, the air force said.", {"launched.drones": (20, "at_most")}),
    ("Russia launched no fewer than 12 missiles overnight, the air force said.", {"launched.missiles": (12, "at_least")}),
    ("Russia launched two dozen drones at Ukraine overnight.", {"launched.drones": (24, "exact")}),
    ("Russia launched 5,438 drones at Ukraine overnight.", {"launched.drones": (5438, "exact")}),
    ("Russian air defence systems intercepted and destroyed 112 Ukrainian drones overnight, the defence ministry said.",
     {"destroyed.drones": (112, "exact")}),
    ("The overnight attack killed two people and injured 14 across Ukraine, officials said, after Russia launched 80 drones.",
     {"killed": (2, "exact"), "injured": (14, "exact")}),
    ("Nine drones flew back into Russian airspace after Russia launched 70 drones overnight, the air force said.",
     {"other.returned": (9, "exact")}),
    ("Russia attacked Ukraine overnight on July 4 with 574 drones and 40 missiles, the Air Force reported. "
     "Air defense downed 546 drones and 31 missiles.",
     {"launched.drones": (574, "exact"), "launched.missiles": (40, "exact"),
      "destroyed.drones": (546, "exact"), "destroyed.missiles": (31, "exact")}),
    ("Overnight, 577 drones and 30 missiles were shot down or suppressed, the Air Force said. Hits of 7 missiles "
     "and 26 drones were recorded at 14 locations, while debris fell at 6 locations.",
     {"neutralized.drones": (577, "exact"), "neutralized.missiles": (30, "exact"), "hits.missiles": (7, "exact"),
      "hits.drones": (26, "exact"), "hits.locations": (14, "exact"), "debris_locations": (6, "exact")}),
    ("Ukraine's air force said Russia had launched 93 Shahed-type attack drones and decoys overnight, of which 61 "
     "were downed and 24 lost to electronic countermeasures.",
     {"launched.drones": (93, "exact"), "destroyed.drones": (61, "exact"), "suppressed.drones": (24, "exact")}),
    ("Ukrainian air defence units neutralised 49 of 65 drones launched by Russia overnight, the air force said.",
     {"neutralized.drones": (49, "exact"), "launched.drones": (65, "exact")}),
    ("Russia launched a massive attack overnight, firing 14 cruise missiles and more than 300 drones at Ukraine.",
     {"launched.missiles": (14, "exact"), "launched.drones": (300, "more_than")}),
    ("Ukraine's air force said it shot down 45 of the 58 drones and two of the three missiles launched by Russia "
     "overnight.", {"destroyed.drones": (45, "exact"), "launched.drones": (58, "exact"),
                    "destroyed.missiles": (2, "exact"), "launched.missiles": (3, "exact")}),
    ("Russia launched 101 drones overnight; Ukraine's air defenses downed 63 of them, while 38 were 'lost in location'.",
     {"launched.drones": (101, "exact"), "destroyed.drones": (63, "exact"), "suppressed.drones": (38, "exact")}),
    ("The overnight attack involved 46 Shahed drones and two Iskander-M missiles, the military said.",
     {"launched.drones": (46, "exact"), "launched.missiles": (2, "exact")}),
    ("A total of 98 drones were launched overnight from Bryansk, Kursk and Oryol, of which 70 were neutralized.",
     {"launched.drones": (98, "exact"), "neutralized.drones": (70, "exact")}),
    ("Overnight, Russian troops attacked with 84 attack UAVs. Our air defense neutralized 64 of them. "
     "Unfortunately, 17 strike UAVs hit 6 locations.",
     {"launched.drones": (84, "exact"), "neutralized.drones": (64, "exact"), "hits.drones": (17, "exact"),
      "hits.locations": (6, "exact")}),
    ("Russia launched 60 drones overnight, 45 of which were shot down, the air force said.",
     {"launched.drones": (60, "exact"), "destroyed.drones": (45, "exact")}),
    ("Russia fired 112 drones and 11 missiles overnight, 90 of which were intercepted.",
     {"destroyed.total": (90, "exact")}),
    ("Russia fired five ballistic missiles overnight, three of which struck the city of Dnipro.",
     {"launched.missiles": (5, "exact"), "hits.missiles": (3, "exact")}),
    ("Russia attacked the Odesa region with 24 drones and a ballistic missile overnight, the air force said.",
     {"launched.drones": (24, "exact"), "launched.missiles": (1, "exact")}),
    ("Russia sent 75 drones overnight and also fired a single Kalibr cruise missile from the Black Sea.",
     {"launched.drones": (75, "exact"), "launched.missiles": (1, "exact")}),
    ("As of 09:00, 41 air targets were shot down/suppressed: 1 missile and 40 drones.",
     {"neutralized.total": (41, "exact")}),
    ("The enemy used 60 means of air attack:\n● 4 Iskander-M ballistic missiles;\n● 56 Shahed-type attack UAVs.",
     {"launched.total": (60, "exact"), "launched.drones": (56, "exact")}),
    ("Russia launched 146 drones overnight. 118 enemy UAVs had been confirmed shot down, and another 22 imitation "
     "drones were lost locationally. Two more drones were still in Ukrainian airspace.",
     {"destroyed.drones": (118, "exact"), "suppressed.drones": (22, "exact"), "other.airborne": (2, "exact")}),
    ("Ukraine's Air Force said that of the 157 drones Russia launched overnight, 98 were downed and 40 disappeared "
     "from radar.", {"launched.drones": (157, "exact"), "destroyed.drones": (98, "exact"),
                     "suppressed.drones": (40, "exact")}),
    ("The enemy launched 52 Shahed attack drones and simulator drones overnight. By 8:30, 38 had been shot down.",
     {"launched.drones": (52, "exact"), "destroyed.drones": (38, "exact")}),
    ("On the night of July 4, the enemy attacked with 3 Kh-59/69 guided air missiles and 46 Shahed-type attack "
     "UAVs. As of 09:00, 2 Kh-59/69 missiles and 34 Shaheds were shot down.",
     {"launched.missiles": (3, "exact"), "destroyed.missiles": (2, "exact"), "destroyed.drones": (34, "exact")}),
    ("The Air Force said 27 of the 35 missiles and 366 of the 381 drones launched overnight were downed.",
     {"destroyed.missiles": (27, "exact"), "launched.missiles": (35, "exact"), "destroyed.drones": (366, "exact"),
      "launched.drones": (381, "exact")}),
    ("Russia launched 80 drones overnight. At least 12 civilians were injured, including two children.",
     {"injured": (12, "at_least")}),
    ("Russia launched 100 drones overnight. At least 3 people were killed and 20 injured across Ukraine.",
     {"killed": (3, "at_least"), "injured": (20, "exact")}),
    ("Russia launched 100 drones overnight. The strikes left 3 dead and 20 wounded.",
     {"killed": (3, "exact"), "injured": (20, "exact")}),
    ("Russia launched 100 drones overnight. Casualties: 3 killed, 20 injured.",
     {"killed": (3, "exact"), "injured": (20, "exact")}),
    ("Russia struck with two ballistic missiles and 58 drones overnight, killing a teenager and wounding 11 other "
     "people across Ukraine.", {"killed": (1, "exact"), "injured": (11, "exact")}),
    # the places of a later clause are not where the victims were
    ("Russia fired 90 drones overnight. The barrage killed at least five people in several regions of Ukraine, "
     "officials said, and damaged substations from the Volyn region in the west to the Poltava region.",
     {"killed": (5, "at_least")}),
    ("Russia launched 60 drones overnight. The strikes injured 14 people, the Kharkiv regional administration said.",
     {"injured": (14, "exact")}),
    # left for another country
    ("Russia launched 78 drones overnight: 60 were shot down, 15 were locationally lost and three flew off "
     "towards the airspace of Belarus.", {"other.returned": (3, "exact")}),
    # the eve of an occasion to come is no earlier night
    ("Russia launched 267 attack drones at Ukraine overnight, a day before the war's third anniversary. "
     "Air defences shot down 138 of the drones. In the first winter of the war it relied on cruise missiles: on "
     "Nov. 15, 2022, it fired about 100 of them.", {"launched.drones": (267, "exact"), "destroyed.drones": (138, "exact")}),
    # a relative clause of who sent them, between the count and its fate
    ("Russia fired 96 cruise missiles on Tuesday and air defences shot down 75 of them. All 10 Shahed drones that Russia "
     "sent over during the day were destroyed as well.", {"launched.drones": (10, "exact"), "destroyed.drones": (10, "exact")}),
    ("Air defence shot down 75 of the 96 missiles. All 10 Shahed drones that flew in alongside the missiles were "
     "also destroyed, it said.", {"launched.drones": (10, "exact"), "destroyed.drones": (10, "exact")}),
    # "the same period" of a participle is the attack's own hours
    ("Russia fired 28 cruise missiles between 7 a.m. and 1 p.m. on Friday, and air defences brought down 20 of them. "
     "All 13 Shahed-136 drones launched during the same period were also destroyed.",
     {"launched.drones": (13, "exact"), "destroyed.drones": (13, "exact")}),
    # "all 10" after a semicolon: the weapons the clause before named, not the class of the sentence before
    ("Russia fired 33 cruise missiles on Friday morning; 18 were shot down. Hours before, the Mykolaiv region came "
     "under a raid by Shahed drones; the regional command said all 10 had been shot down.",
     {"launched.missiles": (33, "exact"), "destroyed.missiles": (18, "exact")}),
    # "in a separate attack": another attack's figures
    # an aside between double hyphens does not make the count a habit
    ("Russia launched 44 Shahed drones at Ukraine overnight. Air defence shot down 30. Another 12 were locationally "
     "lost -- usually a sign that they were jammed -- and one flew off towards Belarus.",
     {"suppressed.drones": (12, "exact"), "other.returned": (1, "exact")}),
    # an exact headline count over the lead's "some 70"
    ("Ukraine says it downed 60 of 70 Russian missiles\n\nKyiv (AFP) - Russia fired some 70 missiles at Ukraine on "
     "Friday, knocking out power in several regions.", {"launched.missiles": (70, "exact")}),
    # one missile after ", as well as"
    ("Ukraine said it had shot down 14 of 15 Shahed drones launched by Russia overnight, as well as a Kh-31P missile.",
     {"launched.drones": (15, "exact"), "launched.missiles": (1, "exact")}),
    # one missile named where it came from, before the count of drones
    ("Overnight, the enemy attacked with an Iskander-M ballistic missile from Crimea and 145 Shahed attack UAVs.",
     {"launched.missiles": (1, "exact"), "launched.drones": (145, "exact")}),
    ("Overnight, the enemy attacked with a Kh-59 guided missile from the Kursk region and with 60 attack UAVs.",
     {"launched.missiles": (1, "exact"), "launched.drones": (60, "exact")}),
    ("Air defence downed 48 of the 79 drones, 30 were lost from radar, and one drone flew back towards Russia.",
     {"destroyed.drones": (48, "exact"), "other.returned": (1, "exact")}),
    ("Of 40 drones launched overnight, 31 were downed and two headed back into Russia, the air force said.",
     {"other.returned": (2, "exact")}),
    # a bare number that a list of both classes spells out is their total
    ("As of 09:00, 96 targets were neutralised: 90 shot down - 88 Shahed-type drones and both missiles; "
     "6 drones locationally lost.", {"destroyed.total": (90, "exact"), "destroyed.drones": (88, "exact")}),
    # modifiers between a number and its noun
    ("Russian air defences intercepted three French-made SCALP air-launched cruise missiles over Crimea, "
     "the ministry said.", {"destroyed.missiles": (3, "exact")}),
    # a unit named after firing is not a launch
    ("Mobile firing groups and fighter jets destroyed all 23 Shahed drones overnight, the air force said.",
     {"destroyed.drones": (23, "exact"), "launched.drones": (23, "exact")}),
    ("The death toll from Tuesday's missile strike on the centre of Poltava has risen to 14, after Russia fired "
     "two ballistic missiles at the city.", {"killed": (14, "exact")}),
    # partitives said other ways
    ("Of the 64 drones, 47 were brought down over the north, the air force said.",
     {"launched.drones": (64, "exact"), "destroyed.drones": (47, "exact")}),
    ("Mobile fire groups downed about half of the 70 drones launched overnight, the air force said.",
     {"launched.drones": (70, "exact")}),
    ("The air force counted 95 attack drones, of which 71 were shot down or jammed.",
     {"launched.drones": (95, "exact"), "neutralized.drones": (71, "exact")}),
    # hits and kills in other words
    ("Russia fired 16 missiles overnight; only four got through, the air force said.", {"hits.missiles": (4, "exact")}),
    ("Russia fired 21 missiles at the grid, and five of them found their targets.", {"hits.missiles": (5, "exact")}),
    ("Russia launched 130 drones overnight. 14 drones impacted at 9 locations.",
     {"hits.drones": (14, "exact"), "hits.locations": (9, "exact")}),
    ("Russia launched 130 drones overnight. Air defence crews took out 104.", {"destroyed.drones": (104, "exact")}),
    ("Russia launched 90 drones overnight. The attack claimed the lives of three people and wounded 22.",
     {"killed": (3, "exact"), "injured": (22, "exact")}),
    ("Russia launched 90 drones overnight. Five civilians, including a teenager, were killed, prosecutors said.",
     {"killed": (5, "exact")}),
    ("Russia launched 420 drones and 40 missiles overnight. Nine missiles found their targets, along with 24 drones, "
     "at a total of 14 locations.",
     {"hits.missiles": (9, "exact"), "hits.drones": (24, "exact"), "hits.locations": (14, "exact")}),
    ("Russia fired two ballistic missiles and 40 drones overnight. Neither ballistic missile was intercepted. Both "
     "hit the city of Sumy.", {"hits.missiles": (2, "exact")}),
    ("Russia launched 92 drones overnight. Three drones remained in Ukraine's airspace as of 9 a.m.",
     {"other.airborne": (3, "exact")}),
    ("Air defences intercepted all four ballistic missiles fired at Kyiv overnight.",
     {"destroyed.missiles": (4, "exact"), "launched.missiles": (4, "exact")}),
    ("Russia launched 109 drones overnight. Over the past 24 hours, artillery and drone attacks on the region "
     "killed three people, the governor said.", {"launched.drones": (109, "exact")}),
    # tolls that rise
    ("The number of people killed in Russia's missile and drone attack on Monday, Oct. 10, has risen to 17, "
     "officials said. Russia fired 80 missiles. Officials had initially reported 11 dead.", {"killed": (17, "exact")}),
    ("Russia fired 80 missiles overnight. By evening the toll had climbed to 12, with 40 people hurt.",
     {"killed": (12, "exact"), "injured": (40, "exact")}),
    # the air defence "stopped" them: brought down (a headline's present "stops" too)
    ("Air defence stops 41 drones over the south\n\nRussia launched 50 drones overnight. Of 12 Iskander-M missiles, "
     "air defences stopped seven.", {"destroyed.drones": (41, "exact")}),
    # "of which" more than the last count: of them all
    ("Russia sent 352 drones and 16 missiles against Ukraine overnight, of which 339 were shot down.",
     {"destroyed.total": (339, "exact")}),
    # "of which it shot down": the whole came, its parts were downed
    ("Ukraine's air force said Russia had fired 595 drones and 48 missiles, of which it shot down 568 drones and 43 "
     "missiles.", {"launched.missiles": (48, "exact"), "destroyed.missiles": (43, "exact")}),
    ("Russia fired 48 missiles, of which air defences shot down 43.", {"launched.missiles": (48, "exact")}),
    # "exploding" and "explosive-laden" drones are attack drones
    ("Russia hurled 55 missiles and 21 exploding drones at Ukraine overnight.", {"launched.drones": (21, "exact")}),
    ("Hezbollah launched 25 explosive-laden drones at northern Israel overnight.", {"launched.drones": (25, "exact")}),
    # a fate confirmed: the count before it, and the list after its colon
    ("Russia launched 65 drones. As of 09:00, 37 Shahed-type strike UAVs have been confirmed as shot down.",
     {"destroyed.drones": (37, "exact")}),
    ("Russia fired 30 missiles and 47 drones. In all, 77 air targets were confirmed as shot down: 30 missiles and 47 "
     "Shahed-type attack UAVs.", {"destroyed.total": (77, "exact"), "destroyed.drones": (47, "exact")}),
    # a headline's present "down" after the defenders
    ("Defense forces down 58 of 67 Shaheds launched by Russia overnight\n\nRussia attacked with 67 Shahed drones "
     "overnight.", {"destroyed.drones": (58, "exact"), "launched.drones": (67, "exact")}),
    ("Air defences down 40 drones over the south\n\nRussia launched 52 drones overnight.",
     {"destroyed.drones": (40, "exact")}),
    # drones that left for the neighbours' airspace
    ("Russia launched 267 drones overnight. Air defences shot down 138 drones, a further 115 were lost from radar, and "
     "four flew into Russian and Belarusian airspace.", {"other.returned": (4, "exact")}),
    # drones still over the country, told in the Air Force's words
    ("The enemy attacked with 120 drones. Air defence shot down/suppressed 98. At the moment, 4 enemy drones remain in "
     "our airspace.", {"other.airborne": (4, "exact")}),
    # two words for one fate, joined by "or", before the list
    ("Russia attacked with 352 drones and 16 missiles overnight. A further 95 targets were lost locationally or "
     "suppressed by electronic warfare: 93 drones and two missiles.",
     {"suppressed.drones": (93, "exact"), "suppressed.missiles": (2, "exact")}),
    # the whole told first as a definite noun, then broken down; a class that "took part in the attack" came
    ("Russia launched 54 missiles and drones at Ukraine overnight. The 30 missiles included 14 Kalibr cruise missiles "
     "and 16 Kh-101s. The air force said 24 Shahed drones took part in the attack.",
     {"launched.total": (54, "exact"), "launched.missiles": (30, "exact"), "launched.drones": (24, "exact")}),
    # drones that "joined the assault" came; a comparison "than in previous attacks" leaves the counts this night's
    ("Russia fired 40 missiles at Ukraine overnight. Six Shahed drones joined the overnight assault. Air defences shot "
     "down 20 cruise missiles and two of the Shaheds, the air force said, a lower share than in previous attacks.",
     {"launched.drones": (6, "exact"), "destroyed.missiles": (20, "exact"), "destroyed.drones": (2, "exact")}),
    # "had also been": the fate after a launch participle
    ("Russia fired about 90 missiles at Ukraine on Tuesday, and 70 of them were shot down. The air force said all 12 "
     "Shahed drones launched during the day had also been destroyed.",
     {"launched.drones": (12, "exact"), "destroyed.drones": (12, "exact")}),
    # "Of them:" with a colon goes on with the fate before, as "Of them," does
    ("In total, 30 means of air attack were used: 20 Kalibr cruise missiles and 10 Shahed drones. All 30 targets were "
     "destroyed! Of them: all 20 missiles and all ten Shaheds.",
     {"destroyed.missiles": (20, "exact"), "destroyed.drones": (10, "exact")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_phrasing(text: str, expected: dict[str, tuple[int, str]]) -> None:
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks, "no attack found"
    got = {path: (f.value, f.qualifier) for path, f in report.attacks[0].figures()}
    for path, want in expected.items():
        assert got.get(path) == want, f"{path}: want {want}, got {got.get(path)}; all: {got}"


DIRECTIONS = [
    ("Russia launched 40 drones at Ukraine overnight, the air force said.", ("RU", "UA")),
    # the forces that attack are no defence of their country
    ("A day after the strike on the grid, Russian forces attacked again overnight, firing 10 missiles and 81 drones.",
     ("RU", "UA")),
    ("Russian air defences destroyed 30 Ukrainian drones over the Belgorod and Kursk regions overnight, "
     "the defence ministry said.", ("UA", "RU")),
    ("Iran fired about 180 ballistic missiles at Israel on Tuesday night, the Israeli military said.", ("IR", "IL")),
    ("A ballistic missile launched from Yemen was intercepted over central Israel, the military said.", ("YE", "IL")),
    ("Israel's military said it intercepted 30 of the 32 missiles fired by Iran overnight.", ("IR", "IL")),
    # a strike on a city of another country names that country the target
    ("Iran fires 11 ballistic missiles at Erbil\n\nIran's Revolutionary Guards said they fired 11 ballistic missiles at "
     "targets in Erbil overnight, killing four people, Iraqi Kurdish officials said.", ("IR", "IQ")),
    # the weapon's maker is not the target
    ("Air Force Command of the Armed Forces of Ukraine\n\nOn the evening of July 3, at about 23:00, the enemy once again "
     "used Iranian-made Shahed-136 kamikaze drones against targets in the south of Ukraine. In total, 7 Shahed-136 UAVs "
     "were launched in the direction of the Odesa and Mykolaiv regions. 5 of them were destroyed over the Odesa region.",
     ("RU", "UA")),
    # the other side's news told in a trailing "as ... reported" clause
    ("Russia fires 145 drones at Ukraine as Moscow reports drones near the capital\n\nRussia launched 145 drones against "
     "Ukraine overnight, the Ukrainian air force said, as Moscow reported one of the largest Ukrainian drone attacks on "
     "its capital region. Ukrainian air defenses shot down 62 of the drones.", ("RU", "UA")),
    # a headline's passive "Kyiv targeted for hours" names no attacker
    ("Russia sends 90 drones at Ukraine; Kyiv targeted for hours\n\nAir defences shot down 70 of the drones overnight.",
     ("RU", "UA")),
    # "sends" is a headline's launch verb
    ("Russia sends 110 drones at Ukraine as Kyiv hits Bryansk region\n\nUkraine's air force said 80 drones were shot "
     "down overnight, and Russia's defence ministry said it downed 30 Ukrainian drones over the Bryansk region.",
     ("RU", "UA")),
    # the region the bombers fired from is no place hit: the Air Force's statement names only launch areas
    ("Air Force Command statement\n\nOverall, 96 means of air attack were recorded: 84 Shahed attack drones and "
     "12 missiles, namely:\n- 12 Kh-101 cruise missiles from Tu-95MS bombers over the Saratov region.\n"
     "The air defence shot down 71 drones and 9 missiles.", ("RU", "UA")),
]


@pytest.mark.parametrize("text,expected", DIRECTIONS, ids=[d[1][0] + d[1][1] for d in DIRECTIONS])
def test_direction(text: str, expected: tuple[str, str]) -> None:
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target) == expected


NEGATIVES = [
    "Ukraine plans to build 4.5 million drones this year, the defence minister said.",
    "Germany pledged four more Patriot systems and 500 interceptor missiles to Ukraine.",
    "Germany sends Ukraine two more Patriot systems, Berlin says\n\nBERLIN, Sept 18 (Reuters) - Germany has delivered two "
    "more Patriot air defence systems to Ukraine to help Kyiv fend off drone and missile attacks, the ministry said.",
    "On most nights in April, Russia sent between 100 and 250 drones.",
    "Chinese city sets record with 15,947 drones lighting up night sky\n\nA city famous for its fireworks launched "
    "15,947 drones into the night sky on Tuesday, organizers said.",
    "The striker fired 12 shots on target and the team launched a missile of a free kick.",
    "The company says its system intercepted 95% of targets in tests last spring.",
    "A record 1,000 drones lit up the sky in a light show over the harbour on Saturday night.",
    "Ukraine has received 300 missiles for its Patriot systems since 2022, the defence minister said.",
    "Russia launched a new offensive near Pokrovsk on Tuesday, sending 40 tanks and 100 armoured vehicles.",
    "The drone maker said its new long-range drones can fly 1,500 km and carry 50 kg of explosives.",
    "Zelensky asked allies for 25 more Patriot systems to shoot down Russian missiles.",
    "The company delivered 10,000 FPV drones to the front in October, it said on Monday.",
    "Ukrainian forces have shot down more than 8,000 Shahed drones since the start of the year, the air force said.",
    "At the test range, engineers launched four prototype interceptor drones; three of the four hit their targets.",
    "Zelensky said Ukraine needs 10 more Patriot systems to protect cities from 40 ballistic missiles fired each week.",
    "The video game lets players shoot down 50 enemy drones in a single level.",
    "Since February 2022, Russia has fired more than 12,000 missiles at Ukraine, according to the air force.",
    "On Tuesday, the Ukrainian military said it had shot down 3,500 drones in June alone.",
    # a list that runs on after a clause: the pledge governs its last item too
    "Paris separately pledged three more SAMP/T batteries worth a total of around €1 billion, to be delivered by 2026, "
    "and 250 missiles for systems already in service.",
    "Officials say the NASAMS batteries have so far shot down more than 200 cruise missiles and drones.",
    "On Nov. 3 the president said Russia had fired more than 1,200 drones over the previous week.",
    "The heaviest week, from June 23 to June 29, saw more than 1,200 drones launched at Ukraine.",
    "Russia has launched more than 800 drones and dozens of missiles against Ukraine in recent weeks, the military said.",
    "In the final seven days of September alone, Russia had used more than 1,500 drones and 50 missiles, the president said.",
    "Ukrainian defenders have also destroyed 5,407 tanks, 10,099 armoured combat vehicles, 7,658 artillery systems, "
    "5,754 UAVs and 1,565 cruise missiles, the General Staff said.",
    # a show's swarm under a headline of the show, without the word "show"
    "Record drone swarm lights up Riga Bay for City Days finale\n\nRIGA, Aug. 23, 2025 - Over 900 drones climbed above "
    "Riga Bay on Saturday night to draw the old town, a choir and a red and white flag in what the organisers called the "
    "biggest drone display yet seen in the region.\n\nThe 12-minute display, which ended a week of concerts, drew some "
    "30,000 people to the beaches and the harbour. A crew of ten pilots flew the swarm from a barge moored offshore.\n\n"
    "Two drones lost their position during the last formation and fell into the sea, where a boat fished them out. "
    "Nobody was hurt.\n\nLatvian police had asked owners of private drones to keep them on the ground during the "
    "display, and a no-fly zone covered the bay from 9 p.m. to midnight.",
    # a sale under its headline
    "Drone maker signs export deal as defence sales hit record\n\nISTANBUL, Feb 12 (wire) - A Turkish drone maker said "
    "on Monday it had signed a contract to supply armed drones to a Gulf state, as the country's defence exports rose to "
    "a record 5.5 billion dollars last year.\n\nThe firm did not name the buyer or the price of the deal, but said it "
    "included 24 TB2 drones, four of the larger Akinci models and a training package for the crews. Deliveries start "
    "next year.\n\nThe TB2 became known in 2022, when Ukraine used it against Russian columns and air defences in the "
    "first weeks of the invasion. The firm is also building a plant near Kyiv, a project slowed by the war.",
    # counts with no noun after a drill's: no attack of their own
    "Reservists shot down 9 of 11 target drones released by instructors during the exercise on Thursday. Two more "
    "were hit but kept flying, and one was lost in fog.",
]


def test_attack_noun_then_its_weapons() -> None:
    text = ("Russia launched one of its largest attacks on the power grid. The overnight barrage - 93 missiles and "
            "nearly 200 drones - was aimed at power plants.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (93, 200)
    assert attack.launched.drones.qualifier == "approx" and attack.launched.total is None


def test_toll_of_the_one_place_attacked() -> None:
    text = "Russia attacked Kharkiv with 12 Shahed-type drones overnight, wounding nine people, the governor said."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured.value == 9


def test_toll_after_a_paragraph_about_one_region() -> None:
    text = ("Russia launched 80 drones at Ukraine overnight. In the Dnipropetrovsk region, drones hit a farm and a "
            "fuel station. Two people were injured.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_period_phrasings() -> None:
    text = ("Russia launched 81 drones overnight. In June, Russia fired 5,438 drones at Ukraine, well above the 4,100 "
            "or so launched in May. Year to date, the air force counts more than 20,000 drones launched at Ukraine.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    totals = {(t.period, t.weapon_class): (t.launched.value, t.launched.qualifier) for t in report.period_totals}
    assert totals == {("2025-06", "drones"): (5438, "exact"), ("2025-05", "drones"): (4100, "approx"),
                      ("2025", "drones"): (20000, "more_than")}
    assert report.attacks[0].launched.drones.value == 81


@pytest.mark.parametrize("figures", [
    "Russian forces used 6,129 attack and decoy drones, as well as 161 missiles, over the 30 days of the month.",
    "Russian forces used 6,129 attack and decoy drones as well as 161 missiles during the month.",
])
def test_a_months_drones_as_well_as_its_missiles(figures: str) -> None:
    text = f"Russia set a new monthly record for drone launches in June, a tally of Air Force reports shows. {figures}"
    report = extract_text(text, published=PUBLISHED, lang="en")
    totals = {(t.period, t.weapon_class): t.launched.value for t in report.period_totals}
    assert totals == {("2025-06", "drones"): 6129, ("2025-06", "missiles"): 161}
    assert not report.attacks


def test_one_weapons_fate() -> None:
    alone = extract_text("A cruise missile was shot down over the Kyiv region overnight, the air force said.",
                         published=PUBLISHED, lang="en").attacks[0]
    assert (alone.launched.missiles.value, alone.destroyed.missiles.value) == (1, 1)
    anecdote = extract_text("Russia launched 40 drones overnight. A Shahed drone was shot down over Kyiv.",
                            published=PUBLISHED, lang="en").attacks[0]
    assert anecdote.destroyed.drones is None and anecdote.weapons == []


def test_all_of_as_many_as_one_model_launched_is_that_models_fate() -> None:
    text = ("Russia launched 70 missiles at Ukraine overnight; 60 were shot down. Bombers fired 38 Kh-101 and Kh-555 "
            "cruise missiles, while warships launched 22 Kalibr missiles. All 38 air-launched cruise missiles and all "
            "22 Kalibrs were brought down, it said.")
    weapons = {w.model: (w.launched.value, w.destroyed.value)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": (38, 38), "Kalibr": (22, 22)}


@pytest.mark.parametrize("text,counts", [
    ("Russia launched 60 missiles at Ukraine overnight. Bombers fired 29 Kh-101 cruise missiles from over the Caspian "
     "Sea, and 26 of those were brought down.", (29, 26)),
    ("Russia launched 60 missiles at Ukraine overnight. The air force said 21 Kh-101 cruise missiles were among the "
     "weapons, and that 19 of them were downed.", (21, 19)),
])
def test_a_models_count_then_its_part_after_and(text: str, counts: tuple[int, int]) -> None:
    (kh101,) = extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
    assert kh101.model == "X-101/X-555" and (kh101.launched.value, kh101.destroyed.value) == counts


def test_the_missiles_named_by_model_in_a_later_sentence_are_the_ones_counted() -> None:
    text = ("Russia launched 50 cruise missiles at Ukraine early on Monday, and air defences destroyed 44 of them, the air "
            "force said. The Kh-101 and Kh-555 missiles were fired from Tu-95 bombers over the Caspian Sea.")
    (kh101,) = extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
    assert kh101.model == "X-101/X-555" and (kh101.launched.value, kh101.destroyed.value) == (50, 44)


def test_the_latest_of_several_strikes_since_a_month_is_news_of_this_one() -> None:
    text = ("KYIV, July 4 (Reuters) - Russia launched a combined attack on Ukraine early on Friday, in the latest of "
            "several large strikes since late June. The air force said Russia had used 59 weapons: 51 missiles and eight "
            "drones. Over the weekend, the air force said it shot down 87 of the 90 drones Russia sent overnight into "
            "June 29.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.date == "2025-07-04" and attack.launched.missiles.value == 51


def test_that_barrage_after_an_earlier_days_sentence_is_that_days_toll() -> None:
    text = ("Russia fired 28 cruise missiles at Ukraine on Friday morning, and air defences brought down 20 of them. "
            "On Monday, Russia launched 84 cruise missiles at targets across Ukraine. That barrage killed at least 19 "
            "people, according to officials.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 28 and attack.killed is None


def test_one_overnight_attack_of_a_month_named_before_is_that_months() -> None:
    text = ("Russia launched 286 drones at Ukraine overnight into Friday, the air force said. Air defences shot down 260 "
            "of them. In September 2024, it launched 810 drones and 13 missiles in one overnight attack, the largest "
            "of the war at the time.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.drones.value == 286 and attack.launched.missiles is None


def test_largest_since_the_start_of_the_war_in_a_year_is_news_of_this_attack() -> None:
    text = ("KYIV, July 4 (Reuters) - Russia attacked Ukraine overnight with 367 drones and missiles, the largest single "
            "aerial assault since the start of the full-scale war in 2022, officials said. It followed a night of "
            "attacks on Wednesday into Thursday, when Russia fired 250 drones and 14 ballistic missiles at Ukraine.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.date == "2025-07-04" and attack.launched.total.value == 367 and attack.launched.drones is None


def test_the_first_barrage_in_three_weeks_is_news_of_this_attack() -> None:
    text = ("Kyiv (AFP) - Russia fired 81 missiles at cities across Ukraine early Friday, killing at least 11 people, in "
            "the first large-scale barrage in three weeks. On June 16, Russia fired 36 missiles at Ukraine.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.date == "2025-07-04" and attack.launched.missiles.value == 81


def test_a_ukrainian_agencys_own_drone_operation_later_that_day_is_the_other_sides() -> None:
    text = ("KYIV, July 4 (Reuters) - Russia attacked Ukraine with 472 drones overnight, Ukraine's air force said on "
            "Friday. Later on Friday, Ukraine's SBU security service said it had used 117 drones, smuggled into Russia "
            "on trucks, to hit Russian military aircraft at airfields.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("RU", "UA") and attack.launched.drones.value == 472


def test_a_separate_attack_the_same_night_is_not_this_one() -> None:
    text = ("Russia fired 33 cruise missiles at Ukraine on Friday morning, and 18 of them were shot down. Hours before "
            "the missile strikes, in a separate attack overnight, the southern command said it had shot down 10 Shahed "
            "drones over the Mykolaiv region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 33 and attack.destroyed.drones is None


def test_figures_of_a_separate_attack_are_not_this_ones() -> None:
    text = ("Russia fired 12 Kh-101 cruise missiles at the Khmelnytskyi region on Friday evening, and air defences shot "
            "down eight. In a separate attack earlier in the day, three Kalibr cruise missiles were shot down over the "
            "Odesa region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert [w.model for w in attack.weapons] == ["X-101/X-555"] and attack.regions == ["UA-68"]


def test_four_drones_two_of_them_shaheds_and_all_four_downed_is_the_fours_fate() -> None:
    attack = extract_text("Russia fired 30 cruise missiles overnight. It also sent four drones, two of them Shaheds, "
                          "and all four were brought down.", published=PUBLISHED, lang="en").attacks[0]
    assert attack.destroyed.drones.value == 4
    assert all(w.destroyed is None for w in attack.weapons if w.model.startswith("Shahed"))


def test_record_month_in_other_words() -> None:
    text = "In June, Russia launched 5,438 drones against Ukraine, the most since the start of the full-scale war."
    (total,) = extract_text(text, published=PUBLISHED, lang="en").period_totals
    assert (total.period, total.launched.value, total.record) == ("2025-06", 5438, True)


@pytest.mark.parametrize("text, record", [
    ("Russia launched 5,636 drones at Ukraine in June, second only to May's record, the Kyiv Independent counted.",
     False),
    ("Russia launched 5,636 drones at Ukraine in June, the second-highest monthly figure of the war after May's record.",
     False),
    ("Russia launched 5,636 drones at Ukraine in June and surpassed May's record, the Kyiv Independent counted.",
     True)])
def test_another_months_record_is_no_record(text: str, record: bool) -> None:
    (total,) = extract_text(text, published=PUBLISHED, lang="en").period_totals
    assert (total.period, total.launched.value, total.record) == ("2025-06", 5636, record)


def test_month_totals_in_other_words() -> None:
    published = date(2025, 8, 1)
    for text, want in (("Over the course of July, the enemy used more than 6,000 attack UAVs against Ukraine.",
                        ("2025-07", 6000, "more_than", False)),
                       ("July's total of 6,297 drones broke the previous record set in June.",
                        ("2025-07", 6297, "exact", True))):
        (total,) = extract_text(text, published=published, lang="en").period_totals
        assert (total.period, total.launched.value, total.launched.qualifier, total.record) == want


def test_two_kinds_of_missile_named_together_are_missiles() -> None:
    text = "Russia fired 198 cruise and ballistic missiles in March, down from 240 in February."
    totals = extract_text(text, published=date(2026, 4, 1), lang="en").period_totals
    assert {(t.period, t.weapon_class, t.launched.value) for t in totals} >= {("2026-03", "missiles", 198)}


def test_update_by_reference() -> None:
    text = ("Russia attacked Odesa with 75 drones overnight. In its first statement, the air force said 54 drones had "
            "been destroyed. In an update several hours later, it raised that figure to 61.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 61


def test_a_toll_raising_an_earlier_one_is_the_update() -> None:
    text = ("Russian missile hits hospital in Kyiv in heaviest daytime barrage in months\n\nKYIV, July 8 - A Russian "
            "missile struck a hospital in Kyiv on Monday as Moscow fired a rare daytime barrage at cities across the "
            "country, killing at least 21 people, officials said.\n\nRussia fired 40 missiles of various types, the "
            "air force said, and 31 of them were shot down.\n\nThe strikes also hit Dnipro and Kryvyi Rih.\n\nIn a "
            "video address on Monday evening, the president said the attack had killed at least 36 people across "
            "Ukraine and wounded 170, raising the toll given earlier in the day.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 36


def test_comparison_with_an_earlier_month() -> None:
    text = ("Russia launched 6,240 drones at Ukraine in June, a new monthly record. That is up from 5,438 in May. "
            "It also fired 198 missiles during the month.")
    totals = {(t.period, t.weapon_class): t.launched.value
              for t in extract_text(text, published=PUBLISHED, lang="en").period_totals}
    assert totals == {("2025-06", "drones"): 6240, ("2025-05", "drones"): 5438, ("2025-06", "missiles"): 198}


def test_local_toll_is_not_the_total() -> None:
    text = "Russia launched 50 drones overnight. Nine people were hurt in the city, the mayor said."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_identified_model_takes_the_class_figures() -> None:
    text = ("Air defences over Kyiv intercepted all 10 ballistic missiles fired overnight. The missiles, identified "
            "by the air force as Iskander-M, were launched from the Bryansk region.")
    weapons = weapons_by_model(text)
    assert weapons["Iskander-M/KN-23"].launched.value == 10
    assert weapons["Iskander-M/KN-23"].destroyed.value == 10


@pytest.mark.parametrize("text", NEGATIVES, ids=[n[:40] for n in NEGATIVES])
def test_no_attack(text: str) -> None:
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_dates_from_text() -> None:
    cases = {
        "On the night of July 2-3, Russia launched 40 drones at Ukraine.": "2025-07-03",
        "Russia launched 40 drones at Ukraine on Thursday night.": "2025-07-04",
        "Russia launched 40 drones at Ukraine on Monday.": "2025-06-30",
        "Russia launched 40 drones at Ukraine overnight.": "2025-07-04",
        "From 18:00 on July 3, the enemy attacked with 40 drones.": "2025-07-04",
    }
    for text, want in cases.items():
        assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].date == want, text


def test_evidence_slices_the_text() -> None:
    from skytally.clean import clean
    from skytally.extract import extract
    from skytally.model import RawDocument
    text = "Russia launched 550 drones and missiles overnight. Air defences shot down 270 targets."
    doc = clean(RawDocument("t", text.encode(), "text/plain"), published=PUBLISHED)
    for _, fig in extract(doc).attacks[0].figures():
        assert doc.text[fig.evidence.start:fig.evidence.end] == fig.evidence.text


def test_claim_stops_before_the_attribution() -> None:
    text = ("Russia launched 267 drones at Ukraine overnight, the largest drone attack since the start of the war, "
            "Ukraine's air force said on Sunday.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.claims == ["largest drone attack since the start of the war"]


@pytest.mark.parametrize("sentence", ["Downings were recorded in the Kyiv, Poltava and Sumy regions.",
                                      "The shooting down of 71 UAVs has been confirmed in the Kyiv, Poltava and Sumy regions."])
def test_downings_recorded_in_regions_make_them_regions(sentence: str) -> None:
    text = f"The enemy attacked with 77 means of air attack. 71 air targets were shot down. {sentence}"
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-32", "UA-53", "UA-59"]


def test_a_first_direct_attack_is_a_claim() -> None:
    text = ("Iran launched more than 300 drones and missiles at Israel overnight, its first direct military attack on "
            "Israel, the Israeli military said.")
    attack = extract_text(text, published=date(2024, 4, 14), lang="en").attacks[0]
    assert attack.claims == ["first direct military attack on Israel"]


def test_a_statement_list_of_regions_and_locally_lost_drones() -> None:
    text = ("On the night of July 4, the enemy attacked Ukraine with 175 Shahed-type attack drones and drones of other "
            "types. As of 09:00, 130 drones were shot down in Kharkiv, Sumy, Poltava and Chernihiv regions; 38 drones "
            "were lost locally (without negative consequences).")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert got == {"launched.drones": 175, "destroyed.drones": 130, "suppressed.drones": 38}
    assert attack.regions == ["UA-53", "UA-59", "UA-63", "UA-74"]


def test_figures_after_days_after_belong_to_the_earlier_attack() -> None:
    text = ("Russia launched 101 drones and four missiles at Ukraine overnight, the air force said, a day after an even "
            "larger barrage. The attack came two days after Russia launched 479 drones and 20 missiles at Ukraine.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert attack.date == "2025-07-04"
    assert got == {"launched.drones": 101, "launched.missiles": 4}


def test_breakdown_after_among_the_missiles() -> None:
    text = ("Russia fired 30 drones and 11 missiles overnight. Among the missiles were seven Kh-101 cruise missiles "
            "and four Iskander-M ballistic missiles.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": 7, "Iskander-M/KN-23": 4}


def test_launch_areas_are_not_regions() -> None:
    text = ("The enemy attacked with 52 means of air attack overnight:\n"
            "- 4 Iskander-M ballistic missiles - Kursk region of the RF and temporarily occupied Crimea;\n"
            "- 48 strike UAVs (launch area: Cape Chauda, occupied Crimea).\n"
            "Drones were sent from the areas of Kursk, Oryol and Hvardiiske in occupied Crimea.\n"
            "Hits were recorded in the Odesa region.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-51"]


def test_the_evening_before_midnight_is_the_first_part_of_the_night() -> None:
    text = ("New Year's night. The enemy launched 45 Shahed-136/131 attack drones at Ukraine. All 45 Shaheds were "
            "destroyed: 13 on the evening of 31 December, before midnight, and 32 after midnight.")
    attack = extract_text(text, published=date(2023, 1, 1), lang="en").attacks[0]
    assert attack.date == "2023-01-01"


@pytest.mark.parametrize("sites", [
    "Primorsko-Akhtarsk, Oryol and Millerovo in Russia and Chauda in occupied Crimea",
    "Kursk, Bryansk, Oryol, Millerovo, Primorsko-Akhtarsk (Russia) and Chauda and Hvardiiske in occupied Crimea",
    "Kursk, Oryol, Millerovo, Shatalovo, Bryansk and Primorsko-Akhtarsk in Russia and Hvardiiske in Crimea",
])
def test_launch_sites_each_located_in_turn_are_not_regions(sites: str) -> None:
    text = ("Russia launched 40 drones overnight; 30 were shot down over the Odesa region. The drones were launched from "
            f"the directions of {sites}.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-51"]


def test_a_night_that_began_at_a_late_hour_of_a_named_day_ended_the_next() -> None:
    text = ("The air force has published its figures. Russia launched 112 attack drones from 23:00 on Thursday. "
            "Air defences shot down 41 of them.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].date == "2025-07-04"


def test_a_range_of_places_hit_is_not_a_launch_area() -> None:
    text = ("Russia launched 120 drones overnight, damaging power plants from the Lviv region in the west "
            "to the Kharkiv region in the east.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-46", "UA-63"]


def test_the_day_a_victim_died_is_not_the_attack_date() -> None:
    text = ("Two Iskander-M ballistic missiles struck Odesa on Wednesday morning, the military said. The strike killed "
            "nine people, officials said on Friday, after a wounded woman died in hospital overnight.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.date, attack.killed.value) == ("2025-07-02", 9)


def test_background_month_is_not_a_period() -> None:
    text = ("Russia fired 120 missiles and drones in what officials called the largest attack since the invasion "
            "began in February 2022.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.period_totals == [] and report.attacks[0].launched.total.value == 120


def test_toll_told_of_the_city_in_a_later_phrase() -> None:
    text = ("Russia attacked Ukraine with 63 drones overnight. The mayor said three people were injured after drones "
            "struck two districts of the city.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_months_told_by_comparison() -> None:
    published = date(2025, 12, 1)
    text = ("Russia launched 5,445 drones against Ukraine in November, up from 5,167 in October but short of the "
            "July record of 6,240. The count was a fifth higher than August's 4,540. Russia also fired 211 missiles "
            "in November, compared with nearly 300 the month before.")
    totals = {(t.period, t.weapon_class): (t.launched.value, t.record)
              for t in extract_text(text, published=published, lang="en").period_totals}
    assert totals == {("2025-11", "drones"): (5445, False), ("2025-10", "drones"): (5167, False),
                      ("2025-07", "drones"): (6240, True), ("2025-08", "drones"): (4540, False),
                      ("2025-11", "missiles"): (211, False), ("2025-10", "missiles"): (300, False)}


def test_month_total_beside_strike_drones_is_still_a_month() -> None:
    text = "The tally of Shahed-type strike drones for June came to 5,438, a monthly record."
    (total,) = extract_text(text, published=PUBLISHED, lang="en").period_totals
    assert (total.period, total.launched.value, total.record) == ("2025-06", 5438, True)


def test_models_spelled_out_after_a_dash() -> None:
    text = ("Russia fired 290 drones and 11 missiles at Ukraine overnight: 290 drones and 11 missiles - five Kh-101 "
            "cruise missiles and six Kinzhal aeroballistic missiles - the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"X-101/X-555": 5, "X-47 Kinzhal": 6}
    assert attack.launched.missiles.value == 11


def test_model_named_by_a_copula() -> None:
    text = ("Russia struck Dnipro with three missiles overnight, the air force said. It said the three missiles were "
            "Iskander-M, fired from the Rostov region.")
    (weapon,) = extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
    assert (weapon.model, weapon.launched.value) == ("Iskander-M/KN-23", 3)


def test_toll_after_a_sentence_about_one_city() -> None:
    local = ("Russia launched 48 drones overnight. Kharkiv's mayor said two drones hit a warehouse in the city. "
             "Three people were injured.")
    assert extract_text(local, published=PUBLISHED, lang="en").attacks[0].injured is None
    whole = ("Russia launched 48 drones overnight. Two drones hit a warehouse in Kharkiv. The attack injured three "
             "people, officials said.")
    assert extract_text(whole, published=PUBLISHED, lang="en").attacks[0].injured.value == 3


def test_overnight_counts_from_the_dateline_or_the_day_it_was_told() -> None:
    published = date(2025, 8, 26)
    for text, want in (("KYIV, Aug 24 (Reuters) - Russia launched 90 drones at Ukraine overnight, the air force said.",
                        "2025-08-24"),
                       ("Russia attacked Ukraine with 90 drones during the night, the air force said on Monday morning.",
                        "2025-08-25"),
                       ("Russia launched 90 drones at Ukraine in a nighttime attack, the air force said Monday.",
                        "2025-08-25")):
        assert extract_text(text, published=published, lang="en").attacks[0].date == want, text


def test_story_of_a_drill_or_a_show_has_no_attack() -> None:
    for text in ("Allied crews down target drones in Baltic air defence drill\n\nCrews fired 38 missiles at 31 target "
                 "drones over the sea on Thursday. Officials said 29 of the 33 aerial targets were hit.",
                 "Thousands of drones light up the sky for lantern festival\n\nThe previous record, set in September, "
                 "used just over 10,000 drones."):
        report = extract_text(text, published=PUBLISHED, lang="en")
        assert report.attacks == [] and report.period_totals == [], text


def test_a_show_that_launches_drones_under_a_banner_and_an_ad_is_no_attack() -> None:
    for text in ("Eastern city launches 15,947 drones to set new light-show world record\n\nThe organisers said 15,947 "
                 "drones were launched from a park on the river bank. The previous record was 11,787 drones.",
                 "We value your privacy. We use cookies to personalise content and ads. [Accept] [Reject]\n\n"
                 "Sponsored: Save 30% on winter jackets this week only\n\nCompany sets record with 11,787 drones in a "
                 "single light show\n\nA company launched 11,787 drones over a lake in the province on Saturday, beating the "
                 "previous record of 10,197 drones set in 2023.",
                 "Thousands of drones light up the night sky in record-breaking show\n\nOrganisers launched 11,787 drones "
                 "over the river on Saturday, beating the record of 10,197 drones set in 2024."):
        report = extract_text(text, published=PUBLISHED, lang="en")
        assert report.attacks == [] and report.period_totals == [], text


def test_sentence_after_another_nights_figures_stays_with_that_night() -> None:
    text = ("Two ballistic missiles struck Odesa late on Wednesday, officials said on Thursday. Separately, Russia "
            "launched 48 drones overnight into Thursday. It said 39 of them were shot down. A drone damaged a "
            "warehouse in the Kharkiv region.")
    attack = extract_text(text, published=date(2025, 7, 3), lang="en").attacks[0]
    assert attack.date == "2025-07-02" and attack.destroyed.drones is None and attack.regions == ["UA-51"]


def test_toll_of_a_sentence_that_opens_in_the_city() -> None:
    text = "Russia launched 37 drones overnight. In the city, two people were killed and nine were injured."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.killed is None and attack.injured is None


def test_parts_of_a_month_total() -> None:
    published = date(2026, 2, 1)
    text = ("Russia fired 439 missiles at Ukraine in January, more than in any other month of the war. Of those, 151 "
            "were ballistic missiles and 288 were cruise missiles. Russia sent 4,655 drones in January, fewer than the "
            "5,370 recorded in December. It fired 231 missiles in December, 84 of them ballistic.")
    totals = {(t.period, t.weapon_class): (t.launched.value, t.record)
              for t in extract_text(text, published=published, lang="en").period_totals}
    assert totals == {("2026-01", "missiles"): (439, True), ("2026-01", "ballistic_missiles"): (151, False),
                      ("2026-01", "cruise_missiles"): (288, False), ("2026-01", "drones"): (4655, False),
                      ("2025-12", "drones"): (5370, False), ("2025-12", "missiles"): (231, False),
                      ("2025-12", "ballistic_missiles"): (84, False)}


def test_year_in_review() -> None:
    text = ("Russia's air war in 2024, in numbers\n\nIn 2024, Russia launched about 11,000 drones at Ukraine. "
            "Over the year Russia also fired 2,211 missiles at Ukraine. In the first half of 2024 the air force "
            "counted about 2,300 drones. A year earlier, in October 2023, Russia launched just over 300 drones.")
    report = extract_text(text, published=date(2025, 1, 2), lang="en")
    totals = {(t.period, t.weapon_class): t.launched.value for t in report.period_totals}
    assert totals == {("2024", "drones"): 11000, ("2024", "missiles"): 2211, ("2023-10", "drones"): 300}
    assert report.attacks == []


def test_month_compared_from() -> None:
    text = ("Russia launched 5,337 drones against Ukraine in June. That was up by more than a quarter from May, when "
            "the count stood at 4,198.")
    totals = {t.period: t.launched.value
              for t in extract_text(text, published=date(2025, 7, 1), lang="en").period_totals}
    assert totals == {"2025-06": 5337, "2025-05": 4198}


def test_figures_in_a_table_and_in_labelled_lines() -> None:
    text = ("Russia's overnight strike, by the numbers\n\n"
            "|                  | Drones | Missiles |\n"
            "|------------------|--------|----------|\n"
            "| Launched         | 310    | 22       |\n"
            "| Shot down        | 281    | 17       |\n"
            "| Hit their target | 12     | 5        |\n\n"
            "- Locations hit: 11\n- Locations where debris fell: 20\n- Killed, nationwide: 3\n")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert got == {"launched.drones": 310, "launched.missiles": 22, "destroyed.drones": 281,
                   "destroyed.missiles": 17, "hits.drones": 12, "hits.missiles": 5, "hits.locations": 11,
                   "debris_locations": 20, "killed": 3}
    assert attack.launched.drones.evidence.text == "310"


def test_toll_in_the_lead_of_a_strike_on_one_city() -> None:
    text = ("Missiles hit Odesa port\n\nODESA, Ukraine (AP) - Russian ballistic missiles slammed into port facilities "
            "in Odesa on Tuesday evening, killing six people and wounding 19, officials said. Russia fired five "
            "Iskander-M missiles, the air force said.")
    attack = extract_text(text, published=date(2025, 11, 19), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (6, 19)
    anecdote = ("Russia launched 120 drones at Ukraine overnight, the air force said on Wednesday. Later, a drone hit a "
                "house in Kharkiv, killing two people.")
    assert extract_text(anecdote, published=date(2025, 11, 19), lang="en").attacks[0].killed is None


def test_part_of_a_nationwide_toll_told_of_the_capital() -> None:
    text = "Russia fired 17 missiles overnight. Nationwide, the attack killed at least six people, four of them in Kyiv."
    killed = extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed
    assert (killed.value, killed.qualifier) == (6, "at_least")


def test_dates_of_funerals_toll_updates_and_anniversaries_are_not_the_attack_date() -> None:
    published = date(2026, 2, 12)  # a Thursday
    for text in ("Mourners lined the streets of Ternopil on Thursday for the funerals of a family of four killed when a "
                 "missile destroyed their home in the early hours of Tuesday. The nationwide toll rose to 14 on "
                 "Thursday. Russia fired 31 missiles and 187 drones at Ukraine in the early hours of Tuesday.",
                 "Russia launched 267 drones at Ukraine in an attack that lasted from Monday evening into Tuesday "
                 "morning, the largest of the war so far, as the country prepared to mark three years since the "
                 "invasion."):
        assert extract_text(text, published=published, lang="en").attacks[0].date == "2026-02-10", text


def test_superlative_since_the_start_of_the_war_is_news() -> None:
    text = ("On the night of May 20 to 21, air defences destroyed 485 Ukrainian drones over 12 regions, the ministry "
            "said, the largest number it has reported for a single night since the start of the war.")
    attack = extract_text(text, published=date(2025, 5, 22), lang="en").attacks[0]
    assert (attack.date, attack.destroyed.drones.value) == ("2025-05-21", 485)


def test_regional_all_and_an_earlier_barrage_hours_before() -> None:
    text = ("Air defences destroyed 118 Ukrainian drones overnight, the ministry said. All three missiles were shot down "
            "over the Bryansk region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles is None
    text = ("Russia fired 11 missiles at Kyiv on Monday morning. The daytime attack came hours after a night-time "
            "barrage in which Russia launched 35 Shahed drones at Ukraine.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones is None


def test_statement_rows_launched_with_shot_down_in_brackets() -> None:
    text = ("On the night of 4 July, the enemy launched 48 missiles and 8 drones.\n"
            "Means of attack, launched (shot down):\n"
            "Kh-101/Kh-555 air-launched cruise missiles - 28 (20 shot down); launch area the Caspian Sea\n"
            "Kalibr sea-launched cruise missiles - 20 (14 shot down)\n"
            "Shahed-136/131 attack UAVs - 8 (4 shot down)\n")
    weapons = {w.model: (w.launched.value, w.destroyed.value)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": (28, 20), "Kalibr": (20, 14), "Shahed-136/131": (8, 4)}


def test_among_them_refers_to_the_count_before() -> None:
    text = ("In total the enemy used 76 missiles. Air defence destroyed 60 of them. Among them were 37 Kh-101/Kh-555 "
            "and 19 Kalibr. The remaining 4 were Kh-59 guided missiles.")
    weapons = weapons_by_model(text)
    assert weapons["X-101/X-555"].destroyed.value == 37 and weapons["X-101/X-555"].launched is None
    assert weapons["Kalibr"].destroyed.value == 19


def test_live_digest_of_a_night() -> None:
    text = ("01:48 Take-off of bombers recorded. Possible cruise missile launches within 2-3 hours.\n"
            "04:20 In Darnytskyi district a drone hit a 16-storey residential building.\n"
            "09:15 Overnight the enemy launched 273 means of air attack: 16 missiles and 257 drones. "
            "Shot down: 221 targets - 12 missiles and 209 drones.\n"
            "12:40 UPDATE from the Air Force: after processing the data, 13 missiles were shot down, not 12. "
            "Updated total of downed targets: 222. The drone figures are unchanged.\n"
            "15:00 In total, the night attack killed 4 people across Ukraine.\n"
            "18:20 Death toll from the overnight attack rises to 5 after a woman injured in Kyiv died in hospital.\n")
    attack = extract_text(text, published=date(2026, 5, 19), lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert got == {"launched.total": 273, "launched.missiles": 16, "launched.drones": 257, "destroyed.total": 222,
                   "destroyed.missiles": 13, "destroyed.drones": 209, "killed": 5}


def test_an_earlier_attack_the_same_day() -> None:
    text = ("Between 8 a.m. and 6 p.m. on Tuesday, Russia sent 556 attack drones against Ukraine. Overnight into "
            "Tuesday, before the daytime wave began, Russia had already launched 392 drones and 34 missiles. The "
            "daylight wave killed five people, according to a tally published by the Interior Ministry on Wednesday.")
    attack = extract_text(text, published=date(2026, 3, 25), lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert got == {"launched.drones": 556, "killed": 5} and attack.date == "2026-03-24"


def test_interview_with_corrections_and_another_night() -> None:
    text = ("Overnight the enemy attacked with 62 attack drones and four Iskander-M ballistic missiles. None of the four "
            "was intercepted. As for the drones, 48 were shot down and nine were locationally lost. Let me use an "
            "update: 49 drones were shot down, not 48, and eight, not nine, were locationally lost. On the night of "
            "the 17th the enemy used 396 drones and 27 missiles.")
    attack = extract_text(text, published=date(2026, 2, 25), lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert got == {"launched.drones": 62, "launched.missiles": 4, "destroyed.drones": 49, "suppressed.drones": 8}


def test_assessment_paragraph_dated_by_its_first_sentence() -> None:
    text = ("Russian forces conducted a large-scale combined strike against Ukraine on the night of October 21 to 22. "
            "The Air Force reported that Russian forces launched four Kinzhal missiles from airspace over Lipetsk "
            "Oblast; 11 Iskander-M ballistic missiles from Kursk Oblast; and 405 Shahed-type drones from Oryol.\n\n"
            "The Air Force reported on October 21 that Russian forces had launched 130 drones on the night of October "
            "20 to 21.")
    attack = extract_text(text, published=date(2025, 10, 22), lang="en").attacks[0]
    assert attack.date == "2025-10-22" and attack.launched.drones.value == 405
    assert {w.model: w.launched.value for w in attack.weapons} == {
        "X-47 Kinzhal": 4, "Iskander-M/KN-23": 11, "Shahed-136/131": 405}


def test_long_story_naming_no_place_is_no_attack() -> None:
    text = ("Air raid grounded: Falcons intercept four passes, shoot down Raiders' comeback\n\n" + (
        "The Raiders came into Saturday night's game with an 'air raid' offense that had launched more than 50 "
        "passes a game. Their quarterback's throws were picked off four times and their record shot down, 31-17. "
        "Falcons cornerback Marcus Hill intercepted two passes and returned one 78 yards. ") * 3)
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks == []


def test_explainer_with_an_invented_example_is_no_attack() -> None:
    text = ("Reading the morning report: a step-by-step guide to the air force figures\n\nImagine a report that reads: "
            "'Overnight, the enemy attacked with 350 means of air attack. 300 targets were shot down.' In our example, "
            "350 is the total, made up of 20 missiles and 330 drones.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_feature_with_an_evening_strike_and_its_rising_toll() -> None:
    text = ("KRYVYI RIH, Ukraine - By 6:40 p.m. on Tuesday, dozens of children were on the swings. Russia fired a "
            "single Iskander-M ballistic missile at the city that evening, the air force said.\n\nBy Tuesday night, "
            "officials said 11 people had been killed. On Wednesday morning, after rescuers worked through the night, "
            "the governor said the strike had killed 14 people and wounded 61.\n\nThe night before, Russia had "
            "launched 149 drones. Overnight into Wednesday, Russia launched 92 drones, 70 of which were shot down.")
    attack = extract_text(text, published=date(2026, 5, 6), lang="en").attacks[0]
    got = {path: f.value for path, f in attack.figures()}
    assert attack.date == "2026-05-05"
    assert got == {"launched.missiles": 1, "killed": 14, "injured": 61}


def test_headline_line_decides_the_direction() -> None:
    text = ("Saratov, again. What we know about the latest Ukrainian drone raid on Russia's oil refineries\n\n"
            "According to the Defense Ministry, air defense forces destroyed 121 Ukrainian fixed-wing drones overnight."
            " Ukraine's Air Force said that overnight Russia had launched 87 attack drones at Ukraine; 61 of the "
            "drones were shot down or suppressed.")
    attack = extract_text(text, published=date(2025, 11, 4), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("UA", "RU")
    assert {path: f.value for path, f in attack.figures()} == {"destroyed.drones": 121}


def test_live_blog_entry_with_the_other_sides_claim_does_not_set_the_direction() -> None:
    text = ("LIVE: the war in Ukraine, Sunday\n\n"
            "11:40\nThe foreign minister is in Warsaw for talks on air defence.\n\n"
            "11:05\nA Russian guided bomb hit a residential area of Kharkiv in the morning, injuring four people.\n\n"
            "10:15\nMoscow's Defence Ministry claims its air defences downed 12 Ukrainian drones over the Bryansk "
            "region overnight.\n\n"
            "09:05\nAir Force: 71 of 90 drones downed\n"
            "Russia attacked Ukraine overnight with 90 strike drones; 71 of them were shot down over the Sumy, "
            "Poltava and Kharkiv regions, the Air Force said.\n\n"
            "08:00\nGood morning and welcome to our live coverage.\n")
    attack = extract_text(text, published=date(2025, 3, 2), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("RU", "UA")
    assert attack.launched.drones.value == 90 and attack.destroyed.drones.value == 71


def test_live_blog_entry_of_what_the_other_side_says_does_not_set_the_direction() -> None:
    text = ("LIVE: Russia hits Ukraine with 142 drones overnight\n\n"
            "12:15 - Russia says it downed 118 Ukrainian drones\n\n"
            "Russia's Defence Ministry said its air defence systems had destroyed 118 Ukrainian drones overnight over "
            "nine regions.\n\n"
            "11:05 - Zaporizhzhia: two injured in drone strike\n\n"
            "09:12 - Air Force: 142 drones overnight, 92 neutralised\n\n"
            "Russia attacked Ukraine overnight with 142 attack drones, the Air Force said. Air defence units shot down "
            "or suppressed 92 drones.\n\n"
            "08:00 - Good morning and welcome to our live coverage.\n")
    attack = extract_text(text, published=date(2025, 11, 27), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value) == ("RU", "UA", 142)


def test_live_blog_entry_whose_next_sentence_doubts_the_claim_does_not_set_the_direction() -> None:
    text = ("Russia-Ukraine war live\n\n"
            "12:30\nRussia's defence ministry said its air defences shot down 40 Ukrainian drones over Russian regions "
            "overnight. The claim could not be verified.\n\n"
            "10:40\nA regional governor said a drone strike on Pavlohrad damaged a building and injured three people.\n\n"
            "09:10\nAir force: 57 drones downed\n"
            "Russia launched 149 attack drones at Ukraine overnight, the air force said. Air defence shot down 57 of them.\n\n"
            "08:00\nGood morning.\n")
    attack = extract_text(text, published=date(2025, 4, 27), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("RU", "UA")


def test_relative_clauses_and_rows_name_the_model_of_their_part() -> None:
    text = ("Russia launched 598 drones and 31 missiles. Among the missiles were 20 Kh-101 cruise missiles, 18 of which "
            "were intercepted, nine Iskander-M ballistic missiles, of which seven were brought down, and two Kinzhals.")
    weapons = {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": (20, 18), "Iskander-M/KN-23": (9, 7), "X-47 Kinzhal": (2, None)}
    rows = ("Russia launched 60 missiles and 656 drones overnight. Here are the details from the air force:\n"
            "- 33 Iskander-M ballistic missiles: 11 shot down\n- 27 Kh-101 cruise missiles: 26 shot down\n"
            "- 656 Shahed-type and decoy drones: 602 shot down\n")
    weapons = {w.model: (w.launched.value, w.destroyed.value)
               for w in extract_text(rows, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Iskander-M/KN-23": (33, 11), "X-101/X-555": (27, 26), "Shahed-136/131": (656, 602)}
    sports = "Shakhtar fired 17 shots at goal in Kyiv and scored three of them to win 3-1 on Sunday."
    assert extract_text(sports, published=PUBLISHED, lang="en").attacks == []


def test_monthly_data_desk() -> None:
    text = ("Russia launched 5,534 drones at Ukraine in November. Of the 217 missiles Russia fired at Ukraine in "
            "November, 104 were ballistic missiles. That is the highest monthly number of ballistic missiles since the "
            "invasion began, narrowly beating October, when Russia fired 102.\n\nHow the months compare\n"
            "- October: 5,300 drones and 274 missiles.\n- September: 5,648 drones and 189 missiles.\n\n"
            "From January to November, Russia launched about 49,600 drones at Ukraine.")
    totals = {(t.period, t.weapon_class): (t.launched.value, t.record)
              for t in extract_text(text, published=date(2025, 12, 1), lang="en").period_totals}
    assert totals == {("2025-11", "drones"): (5534, False), ("2025-11", "missiles"): (217, False),
                      ("2025-11", "ballistic_missiles"): (104, True), ("2025-10", "ballistic_missiles"): (102, False),
                      ("2025-10", "drones"): (5300, False), ("2025-10", "missiles"): (274, False),
                      ("2025-09", "drones"): (5648, False), ("2025-09", "missiles"): (189, False),
                      ("2025", "drones"): (49600, False)}


def test_also_carries_the_month_or_the_past_of_the_sentence_before() -> None:
    text = ("Russia launched 84 drones and two Iskander-M missiles at Ukraine overnight. In May, Russia launched 8,152 "
            "drones at Ukraine, up about a quarter from 6,583 in April. It also fired 217 missiles, of which 94 were "
            "ballistic.\n- 1,300+: attack drones Russia launched over the past week, Zelensky said.\nHe said Russia "
            "also used about 1,120 glide bombs and 29 missiles.")
    report = extract_text(text, published=date(2026, 6, 1), lang="en")
    totals = {(t.period, t.weapon_class): t.launched.value for t in report.period_totals}
    assert totals == {("2026-05", "drones"): 8152, ("2026-04", "drones"): 6583, ("2026-05", "missiles"): 217,
                      ("2026-05", "ballistic_missiles"): 94}
    assert report.attacks[0].launched.missiles.value == 2


def test_toll_of_the_past_24_hours_is_not_the_attacks() -> None:
    text = ("Russia launched 109 drones overnight. Over the past 24 hours, artillery and drone attacks on the region "
            "killed three people, the governor said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed is None


def test_later_update_of_a_models_count() -> None:
    text = ("Russia fired 71 missiles, including 25 Iskander-M ballistic missiles. In an update, the air force revised "
            "the number upwards, saying that 32 Iskander-M missiles had been fired, not 25.")
    (weapon,) = extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
    assert weapon.launched.value == 32


@pytest.mark.parametrize("text, downed", [
    ("Russia also sent nine drones against the capital, and all of them were destroyed, the commander said.",
     {"drones": 9}),
    ("Russia launched 14 drones at Ukraine overnight. All were shot down, the air force said.", {"drones": 14}),
    ("Russia fired 6 missiles and 20 drones overnight, all of which were intercepted.", {"missiles": 6, "drones": 20}),
    ("Russia fired 6 missiles and 20 drones overnight. All of the missiles were intercepted.", {"missiles": 6}),
])
def test_all_of_them_downs_the_launch_count(text: str, downed: dict[str, int]) -> None:
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert {k: getattr(attack.destroyed, k).value for k in ("drones", "missiles")
            if getattr(attack.destroyed, k) is not None} == downed


def test_almost_all_of_them_is_no_count() -> None:
    text = "Iran fired 170 drones at Israel. Almost all of them were intercepted outside Israel's borders, he said."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones is None


def test_parts_of_a_universal_count_were_all_downed_too() -> None:
    text = ("Air defences shot down all 18 missiles Russia fired at the country overnight, including six Kinzhal "
            "hypersonic missiles. He said nine of them were Kalibr cruise missiles fired from the sea.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 18
    models = {w.model: (w.launched.value if w.launched else None, w.destroyed.value if w.destroyed else None)
              for w in attack.weapons}
    assert models == {"X-47 Kinzhal": (6, 6), "Kalibr": (9, None)}


def test_predicate_model_takes_the_participle_after_it() -> None:
    text = ("Russia attacked Ukraine overnight with 293 drones and 25 missiles. Of the missiles, 18 were ballistic, "
            "the air force said, and seven were Iskander-K cruise missiles launched from Russia's Kursk region.")
    (weapon,) = extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
    assert (weapon.model, weapon.launched.value) == ("Iskander-K", 7)


@pytest.mark.parametrize("text, regions", [
    # sirens and no damage: not a region of the attack
    ("Russia launched 40 drones at Kyiv overnight, hitting two homes. Officials in Lviv and Odesa also reported "
     "air raid alerts overnight, but no damage was reported there.", ["UA-30"]),
    # what the place is (", which produces ...,") does not make the sentence about production
    ("Russia fired 30 missiles overnight. The dam in the city of Zaporizhzhia, which produces electricity, was "
     "struck repeatedly.", ["UA-23"]),
    # "water supply" is not aid
    ("Russia fired 30 missiles overnight. Water supply in the city of Zaporizhzhia was cut after an energy "
     "facility was hit.", ["UA-23"]),
])
def test_regions_of_the_attack(text: str, regions: list[str]) -> None:
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == regions


def test_mixed_case_agency_dateline_is_not_a_place_of_the_attack() -> None:
    text = "Kyiv (AFP) - Russia fired 40 missiles at Ukraine overnight, hitting energy sites in the Lviv region."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-46"]


def test_exact_restatement_beats_the_leads_approximation() -> None:
    text = ("Russia pummeled the grid with about 120 missiles and 90 drones early Sunday, one of the war's biggest "
            "assaults. The air force said it had tracked 120 missiles and 90 drones.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.missiles.qualifier) == (120, "exact")
    assert attack.launched.total is None  # "one of the war's biggest" counts nothing


def test_one_after_another_is_not_a_count() -> None:
    text = "Russia attacked Kyiv with 75 Shahed drones. \"They launched them one after another,\" he said."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == 75


def test_toll_killed_there_and_its_coordinated_injured_are_local() -> None:
    text = ("Russia attacked Ukraine overnight with 293 drones, killing at least four people. Kharkiv bore the "
            "brunt. The governor said two people had been killed there and 14 wounded.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (4, "at_least")
    assert attack.injured is None


def test_a_city_hit_by_missiles_is_its_share_not_the_total() -> None:
    text = ("Moscow fired 78 missiles and 106 drones, the air force said. Kharkiv was hit by more than a dozen "
            "missiles early in the morning, the governor said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits.missiles is None


def test_of_those_after_an_earlier_night_is_that_nights() -> None:
    text = ("Air defences shot down 36 drones overnight, the air force said. The previous night, the enemy launched "
            "37 drones and a missile. Of those, 24 drones were downed.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 36


def test_unknown_model_code_between_number_and_noun() -> None:
    text = "The ministry said two Neptune-MD long-range guided missiles had been shot down overnight."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.missiles.value == 2


@pytest.mark.parametrize("text, field", [
    ("Air defence forces destroyed a Russian Kh-101 cruise missile over the Lviv region this morning.", "destroyed"),
    ("A Russian ballistic missile slammed into port infrastructure in Odesa at about 3 a.m., killing two people.",
     "hits"),
])
def test_one_named_missile_is_an_attack_of_one(text: str, field: str) -> None:
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 1
    assert getattr(attack, field).missiles.value == 1


@pytest.mark.parametrize("text, direction", [
    ("The United Arab Emirates intercepted two ballistic missiles fired by Yemen's Houthi movement at Abu Dhabi.",
     ("YE", "AE")),
    ("Missile from Yemen hits Tel Aviv-area playground\n\nA ballistic missile fired from Yemen struck a playground "
     "in Jaffa early on Saturday.", ("YE", "IL")),
])
def test_other_conflicts_direction(text: str, direction: tuple[str, str]) -> None:
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target) == direction


def test_shot_down_over_a_third_country_is_not_the_attacks() -> None:
    text = ("Russia launched 415 drones at Ukraine overnight; air defence shot down or suppressed 386. Polish and "
            "allied aircraft shot down at least 4 drones over Polish territory, the Polish command said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones is None


def test_city_mayor_telling_of_the_city_names_the_city() -> None:
    text = ("Russia launched 355 drones overnight. Kyiv's mayor says debris fell in four districts of the city and "
            "two people were hurt.")
    assert "UA-30" in extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions


def test_count_lines_under_labels_and_a_breakdown_line() -> None:
    text = ("Launched:\n76 missiles\nof which 72 Kh-101/Kh-555 and Kalibr cruise missiles, 2 Kh-59 guided air "
            "missiles and 2 Kh-31P anti-radar missiles.\n\nShot down:\n60 missiles\n")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (76, 60)
    assert {w.model: w.launched.value for w in attack.weapons} == {"X-59/X-69": 2, "X-31P": 2}


def test_launch_areas_in_brackets_are_not_regions() -> None:
    text = ("The enemy attacked with 93 missiles:\n- 1 Kh-59/69 guided air missile (temporarily occupied Luhansk "
            "region);\n- 92 Kh-101 cruise missiles (Volgograd region of the RF).\nEnergy facilities were hit in the "
            "Ternopil region.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-61"]


def test_a_list_of_weapons_labels_its_count() -> None:
    text = ("Air Force: 643 air attack weapons overnight\n\n"
            "The enemy struck with 643 air attack weapons: 595 UAVs and 48 missiles.\nBy type:\nKh-101: 38 (Tu-95MS)\n"
            "Shahed attack drones, Gerbera decoys and other UAVs: 595 (Kursk, Oryol)\n")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"X-101/X-555": 38, "Shahed-136/131": 595}


def test_numbered_items_are_not_counts() -> None:
    text = ("The enemy attacked with 270 means of air attack:\n1) 3 Iskander-M ballistic missiles;\n2) 267 Shahed "
            "attack UAVs.\nAs of 09:00:\n1) 138 Shahed-type attack UAVs were shot down over the Kharkiv, Poltava and "
            "Sumy regions;\n2) 119 imitator drones were lost from radar.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.destroyed.drones.value == 138 and attack.destroyed.missiles is None
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {"Shahed-136/131": 138}


def test_value_replaced_by_an_update_is_not_a_figure() -> None:
    text = ("Russia launched 62 attack drones at Ukraine overnight. The air force now says 47 drones were downed, "
            "up from 40, after reports came in.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (62, 47)


def test_cadets_practice_is_no_attack() -> None:
    text = ("A training video shows cadets practising against target drones. The cadets shot down 12 of the 15 "
            "targets launched during the night-time exercise.")
    assert not extract_text(text, published=PUBLISHED, lang="en").attacks


def test_subclass_count_heads_its_models() -> None:
    text = "Russia fired five ballistic missiles at Kyiv this morning — three Iskander-M and two Kinzhal."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.missiles.value == 5


@pytest.mark.parametrize("text, key", [
    ("Russia attacked Sumy with three Shahed drones. Two of them were shot down. The third drone hit a warehouse.",
     "drones"),
    ("Russia fired two ballistic missiles at Dnipro. One was shot down; the other hit an industrial enterprise.",
     "missiles"),
])
def test_the_one_left_hit(text: str, key: str) -> None:
    assert getattr(extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits, key).value == 1


def test_age_is_not_a_toll() -> None:
    text = "Russia fired 30 missiles overnight. In Odesa, a missile hit the port. One port worker, aged 52, was injured."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_headline_naming_the_attacker_before_its_weapons() -> None:
    text = ("Ukraine drone attack sets fuel depot ablaze in Russia's Tver region\n\n"
            "Russia's defence ministry said air defences had destroyed 57 Ukrainian drones overnight over the Tver, "
            "Bryansk and Kursk regions.\n\nA fuel depot near Konakovo caught fire after debris fell on it, the Tver "
            "governor said.\n\nRussia, meanwhile, kept up its own strikes on Ukraine: overnight Ukraine's air force "
            "said Russia had launched 95 drones at Ukraine, of which 70 were shot down.")
    attack = extract_text(text, published=date(2025, 10, 12), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("UA", "RU", 57)
    assert attack.regions == ["RU-BRY", "RU-KRS", "RU-TVE"]


def test_the_enemy_of_a_russian_statement_is_not_russia() -> None:
    from skytally.extract.direction import reversed_in
    assert not reversed_in("The enemy launched drones at Russian regions overnight.", "UA", "RU")
    assert reversed_in("Russia launched drones at Ukrainian regions overnight.", "UA", "RU")


def test_dateline_of_two_cities() -> None:
    text = "MOSCOW/KYIV, Nov 19 (Reuters) - Russia launched 476 drones and 48 missiles at Ukraine overnight."
    attack = extract_text(text, published=date(2025, 11, 20), lang="en").attacks[0]
    assert attack.date == "2025-11-19" and attack.regions == []


def test_near_a_city_region_is_not_the_city() -> None:
    text = ("Russian air defence systems destroyed 30 Ukrainian drones overnight, the defence ministry said. Twelve "
            "of them were downed near St Petersburg, the governor said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == []


@pytest.mark.parametrize("title", ["New interceptor drone passes its first test near Kyiv",
                                   "Astronauts watch air defence over Ukraine from orbit",
                                   "Defence start-ups show their interceptors to the ministry"])
def test_stories_of_tests_and_spaceflight_have_no_attack(title: str) -> None:
    text = f"{title}\n\nIts crews shot down 12 Shahed drones overnight, the ministry said."
    assert not extract_text(text, published=PUBLISHED, lang="en").attacks


def test_a_headline_verb_tests_is_no_genre() -> None:
    text = "Russia tests Ukraine's air defences with 400 drones\n\nRussia sent 400 drones at Ukraine overnight."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == 400


def test_an_update_paragraph_replaces_the_toll_but_not_the_paragraph_after_it() -> None:
    text = ("Russia launched 38 drones and two ballistic missiles at Odesa overnight. At least 14 people were killed and "
            "46 injured.\n\nUPDATE, 19:10: The toll has risen. 20 people have been killed. 73 people were injured.\n\n"
            "Earlier this month, Russia launched 4,200 drones and 2 people were injured in one night in Izmail.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value, attack.launched.drones.value) == (20, 73, 38)


@pytest.mark.parametrize("mayor, regions", [
    ("Moscow Mayor Sergei Sobyanin said drones approaching the capital had been shot down on the outskirts of the city.",
     ["RU-MOS"]),
    ("Moscow Mayor Sergei Sobyanin said one drone was downed on approach to the capital and its debris damaged a "
     "warehouse in the city.", ["RU-MOS", "RU-MOW"]),
])
def test_a_mayors_word_of_drones_downed_on_approach_is_no_strike_on_the_city(mayor: str, regions: list[str]) -> None:
    text = ("Russian air defences destroyed 84 Ukrainian drones overnight, 34 of them over the Moscow region, the defence "
            f"ministry said. {mayor}")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == regions


def test_a_citys_hits_named_with_its_region_are_the_citys_share() -> None:
    text = ("Russia launched 574 drones and 40 missiles at Ukraine overnight, mostly at the west, the air force said. "
            "In Mukachevo, Zakarpattia region, two cruise missiles hit an electronics plant, starting a large fire. "
            "In the Lviv region, air defences shot down 30 drones.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits.missiles is None


def test_the_figures_of_that_earlier_attack_are_not_this_ones() -> None:
    text = ("Iran fired about 180 ballistic missiles at Israel on Tuesday evening, the military said. It was Iran's second "
            "direct attack this year. In that earlier attack, Iran launched more than 300 drones and missiles.")
    attack = extract_text(text, published=date(2024, 10, 2), lang="en").attacks[0]
    assert attack.launched.missiles.value == 180 and attack.launched.total is None


def test_one_of_two_missiles_and_the_other_is_a_part_of_the_two() -> None:
    text = ("Two Iskander-M ballistic missiles hit the centre of Sumy this morning. One missile hit a university "
            "building, the other exploded on a street next to a trolleybus.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits.missiles.value == 2


def test_an_updated_exact_count_above_an_older_hedged_entry_wins() -> None:
    text = ("LIVE: Russia's war against Ukraine\n\n09:40 -- UPDATED FIGURES\nThe Air Force has released its full tally: "
            "Russia launched 273 Shahed-type attack drones and decoys overnight. Air defence shot down 88 of them.\n\n"
            "07:30\nPreliminary reports suggest at least 100 drones entered Ukrainian airspace overnight.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == 273


def test_days_in_a_clause_after_the_counts_make_no_tally_of_them() -> None:
    text = ("Russia launched 145 drones and six missiles at Ukraine overnight, only hours after Putin said he would halt "
            "strikes on energy sites for 30 days. Air defences shot down 72 of the drones.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (145, 6)


def test_a_count_broken_down_by_region_after_a_colon_is_the_whole_nights() -> None:
    text = ("On the night of 1 January, the enemy launched 90 Shahed attack drones. As a result of combat work, 87 Shaheds "
            "were destroyed: 28 in the Odesa region, 14 in the Mykolaiv region, 9 in the Dnipropetrovsk region and the "
            "rest over the Vinnytsia and Cherkasy regions.")
    assert extract_text(text, published=date(2024, 1, 1), lang="en").attacks[0].destroyed.drones.value == 87


def test_most_of_them_over_one_city_leaves_the_count_the_nights() -> None:
    text = ("Drones hit Kyiv before dawn\n\nKYIV, Oct 17 (AFP) - Drones struck the capital on Monday morning. Ukraine's "
            "air force said it had shot down 15 drones and three missiles between 3:30 am and 6:50 am, most of them on "
            "approach to Kyiv.")
    attack = extract_text(text, published=date(2022, 10, 17), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (15, 3)


@pytest.mark.parametrize("title", ["Russian drones set Odesa ablaze as sea truce plans falter",
                                   "Drones slam into Izmail port as grain corridor plans stall"])
def test_a_headline_of_fire_beside_a_plan_is_an_attack(title: str) -> None:
    text = f"{title}\n\nRussia launched 54 drones at Ukraine overnight and air defences downed 38, the air force said."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == 54


@pytest.mark.parametrize("body, value", [
    ("Russia attacked with 97 attack drones of the Shahed type and imitator drones overnight.", 97),
    ("Russia attacked with 60 Shahed drones overnight.", 100),  # 60 is a part, not the rounded count
])
def test_rounded_headline_and_a_models_exact_count(body: str, value: int) -> None:
    text = f"Russia attacked Ukraine with nearly a hundred drones overnight\n\n{body}"
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == value


@pytest.mark.parametrize("clause, value", [
    ("the enemy's plan came to nothing", 74),
    ("Russia plans to launch more", None),
])
def test_a_foiled_plan_was_an_attack(clause: str, value: int | None) -> None:
    text = f"Russia attacked Ukraine with 75 Shahed drones overnight. Air defence held, and {clause}: it downed 74 Shaheds."
    figure = extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones
    assert (figure.value if figure else None) == value


def _totals(text: str, published: date = date(2026, 1, 3)) -> dict[tuple[str, str], tuple[int, str, bool]]:
    report = extract_text(text, published=published, lang="en")
    return {(t.period, t.weapon_class): (t.launched.value, t.launched.qualifier, t.record) for t in report.period_totals}


@pytest.mark.parametrize("sentence", [
    "Back in April 2024, Tehran sent more than 300 drones and missiles toward Israel, virtually all of them downed.",
    "In October, Iranian forces fired about 180 ballistic missiles at Israel.",
])
def test_a_salvo_of_another_war_told_by_its_month_is_no_period_total(sentence: str) -> None:
    text = f"Iran fires missiles at Israel\n\nIran fired dozens of missiles at Israel on Friday. {sentence}"
    assert _totals(text, date(2025, 6, 14)) == {}


def test_a_russian_month_is_still_a_total_in_a_story_of_another_war() -> None:
    text = ("Iran fires missiles at Israel\n\nIran fired dozens of missiles at Israel on Friday. "
            "Meanwhile Russia launched 5,438 drones at Ukraine in May.")
    assert _totals(text, date(2025, 6, 14)) == {("2025-05", "drones"): (5438, "exact", False)}


def test_a_rounded_headline_total_gives_way_to_the_exact_one() -> None:
    text = ("Drone launches held near 5,500 in November, our data desk finds\n\n"
            "Russia sent 5,534 attack and decoy drones against Ukraine in November, by our count.")
    assert _totals(text) == {("2025-11", "drones"): (5534, "exact", False)}


def test_the_month_compared_before_a_beaten_record_holds_none() -> None:
    text = ("Russia launched 6,462 drones at Ukraine in March, a monthly record. The figure is up from 5,513 drones in "
            "February and surpasses the previous record set last summer.")
    totals = _totals(text, date(2026, 4, 1))
    assert (totals[("2026-03", "drones")], totals[("2026-02", "drones")]) == ((6462, "exact", True), (5513, "exact", False))


@pytest.mark.parametrize("sentence, record", [
    ("That was fewer than in the record months of the summer.", False),
    ("The figure came close to the record set in July.", False),
    ("The drone figure was a record for any month of the war.", True),
    ("The July record of 6,300 drones still stands.", False),
])
def test_whose_record(sentence: str, record: bool) -> None:
    text = f"Russia launched 5,610 drones and 48 missiles at Ukraine in September. {sentence}"
    assert _totals(text, date(2025, 10, 2))[("2025-09", "drones")] == (5610, "exact", record)


@pytest.mark.parametrize("sentence, want", [
    ("It stayed below the all-time high set in July, when Russia launched 6,240 drones.", (6240, "exact", True)),
    ("The monthly record was set in July 2025, when more than 6,000 drones were launched.", (6000, "more_than", True)),
    ("The previous monthly record was set in July, when Russia launched 6,240 drones.", (6240, "exact", False)),
    ("The drone tally was well below the record of 6,240 set in July.", (6240, "exact", True)),
    ("The drone figure was still below July's record of 6,240.", (6240, "exact", True)),
    ("The drone figure was up 16 percent from the previous record of 6,240 set in July.", (6240, "exact", False)),
])
def test_the_month_that_set_the_record_holds_it(sentence: str, want: tuple) -> None:
    text = f"Russia launched 5,610 drones and 48 missiles at Ukraine in September. {sentence}"
    assert _totals(text, date(2025, 10, 2))[("2025-07", "drones")] == want


@pytest.mark.parametrize("text, want", [
    ("December was the busiest month of the war so far, with 3,120 drones.", {("2025-12", "drones"): (3120, "exact", True)}),
    ("October, with 4,080 drones, stayed the record month.", {("2025-10", "drones"): (4080, "exact", True)}),
    ("October stays the record month for drones, with 4,080.", {("2025-10", "drones"): (4080, "exact", True)}),
    ("Earlier records fell in March, with 7,400 drones, and in April, with 8,020 drones.",
     {("2025-03", "drones"): (7400, "exact", True), ("2025-04", "drones"): (8020, "exact", True)}),
])
def test_a_month_told_by_its_rank(text: str, want: dict) -> None:
    assert _totals(text) == want


def test_attack_and_decoy_drones_over_the_whole_of_a_year() -> None:
    text = ("Russia fired more than 50,000 long-range attack and decoy drones at Ukraine in 2025. "
            "Over the whole of 2025 it also fired 2,300 missiles, with December the busiest month.")
    assert _totals(text) == {("2025", "drones"): (50000, "more_than", False), ("2025", "missiles"): (2300, "exact", False)}


def test_a_place_in_a_participle_clause_is_not_the_launches() -> None:
    text = ("Russia fired 6,100 drones at Ukraine in July, officials said on Friday, "
            "ending the month with a strike that killed 12 people in Dnipro.")
    assert _totals(text, date(2025, 8, 1)) == {("2025-07", "drones"): (6100, "exact", False)}


@pytest.mark.parametrize("text, want", [
    ("Russia sent 12,100 drones against Ukraine in 2024, three times the previous year's total of about 4,000.",
     {("2024", "drones"): (12100, "exact", False), ("2023", "drones"): (4000, "approx", False)}),
    ("In October Russia sent 5,100 drones, against about 2,100 in October last year.",
     {("2025-10", "drones"): (5100, "exact", False), ("2024-10", "drones"): (2100, "approx", False)}),
    ("Last year Russia sent about 12,000 drones against Ukraine.", {("2024", "drones"): (12000, "approx", False)}),
])
def test_years_told_by_their_distance(text: str, want: dict) -> None:
    assert _totals(text, date(2025, 11, 3)) == want


def test_also_adds_to_the_storys_year_not_the_compared_one() -> None:
    text = ("In 2025 Russia sent more than 50,000 drones against Ukraine. That compares with about 12,000 in 2024. "
            "Russia also fired about 2,300 missiles over the year.")
    assert _totals(text) == {("2025", "drones"): (50000, "more_than", False), ("2024", "drones"): (12000, "approx", False),
                             ("2025", "missiles"): (2300, "approx", False)}


@pytest.mark.parametrize("sentence, killed, injured", [
    ("The strike killed three soldiers and wounded 14 servicemen.", 3, 14),
    ("The attack injured four railway workers.", None, 4),
    ("Two passengers were killed and six pensioners injured.", 2, 6),
])
def test_people_named_by_what_they_do(sentence: str, killed: int | None, injured: int | None) -> None:
    attack = extract_text(f"Russia attacked Ukraine with 40 drones overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed.value if attack.killed else None, attack.injured.value if attack.injured else None) == (killed, injured)


def test_among_the_wounded_is_a_part() -> None:
    text = ("Russia struck the port of Izmail with two missiles on Thursday, killing one person and injuring nine others.\n\n"
            "Among the wounded were three dock workers and a watchman; two remain in hospital.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (1, 9)


def test_later_items_of_an_including_list_are_parts() -> None:
    text = ("Russia attacked Ukraine with 60 drones overnight. The strikes killed at least six people, including two in "
            "the city of Sumy and three employees of a gas company in the Poltava region.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 6


def test_a_running_toll_of_the_war_is_not_the_nights() -> None:
    text = ("Iran fired about 150 ballistic missiles at Israel overnight, killing at least six people. "
            "In total, 30 people have been killed in Israel, officials said. "
            "At least 30 people have been killed in Israel in that time.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 6


def test_an_earlier_smaller_report_does_not_beat_at_least() -> None:
    text = ("Russia struck Kyiv with two missiles on Friday morning. The attack injured at least 11 people, the city "
            "administration said. Earlier, the mayor reported three wounded.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured.value == 11


def test_a_neutralized_list_broken_down_by_fate() -> None:
    text = ("As of 08:00, 120 air targets were neutralized:\n"
            "- 96 Shahed-type UAVs and 4 Kalibr cruise missiles were shot down;\n"
            "- 20 imitator drones were locationally lost.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.neutralized.total.value, attack.destroyed.drones.value, attack.destroyed.missiles.value,
            attack.suppressed.drones.value) == (120, 96, 4, 20)
    assert attack.neutralized.drones is None


def test_a_city_hit_in_a_headline_is_the_target() -> None:
    text = ("Ministry building in Kyiv hit as Moscow sends 500 drones\n\n"
            "Russia launched 500 drones and 20 missiles at Ukraine overnight.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value) == ("RU", "UA", 500)


def test_where_a_part_of_the_toll_died_is_not_the_whole_tolls_place() -> None:
    text = ("Russia attacked Ukraine with 300 drones overnight. The attack killed at least five people, including "
            "a father and his son in the capital, officials said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 5


def test_air_weapons_and_the_attack_on_a_city() -> None:
    text = ("Russia launched 240 air weapons against Ukraine overnight, including 40 missiles and 200 drones, in one of "
            "the heaviest attacks on Kyiv this year. He said at least one of the missiles used was North Korean.")
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.total.value, launched.missiles.value, launched.drones.value) == (240, 40, 200)


def test_the_highest_annual_total_is_a_record() -> None:
    text = "In 2025, Russia launched more than 50,000 drones at Ukraine, the highest annual total of the war."
    assert _totals(text) == {("2025", "drones"): (50000, "more_than", True)}


@pytest.mark.parametrize("text, want", [
    ("Russia sent 4,020 drones at Ukraine in September, down from the previous month's all-time high but still the "
     "second-highest monthly figure of the war.", {("2025-09", "drones"): (4020, "exact", False)}),
    ("October stays the record: Russia sent 6,100 drones across the border that month.",
     {("2025-10", "drones"): (6100, "exact", True)}),
    ("Russia sent more than 12,000 drones at Ukraine in 2024, by far the most in any year of the war.",
     {("2024", "drones"): (12000, "more_than", True)}),
    ("Russia fired 130 ballistic missiles in November, the most it has fired in any single month.",
     {("2025-11", "ballistic_missiles"): (130, "exact", True)}),
    ("Russia fired 150 cruise missiles during November, while the number of drones dipped to 5,100 from 5,700 in "
     "October.", {("2025-11", "cruise_missiles"): (150, "exact", False), ("2025-11", "drones"): (5100, "exact", False),
                  ("2025-10", "drones"): (5700, "exact", False)}),
    ("Russia often sent 100 drones in a single night, and in December alone it sent about 2,400 drones.",
     {("2025-12", "drones"): (2400, "approx", False)}),
])
def test_month_totals_told_in_comparisons(text: str, want: dict) -> None:
    assert _totals(text) == want


@pytest.mark.parametrize("sentence, field, value", [
    ("Air defence shot down 70 drones and 25 did not reach their targets.", "suppressed", 25),
    ("A further 40 drones – most of them decoys sent to tire the crews – were locationally lost.", "suppressed", 40),
])
def test_fates_told_after_a_pause(sentence: str, field: str, value: int) -> None:
    attack = extract_text(f"Russia attacked Ukraine with 140 drones overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert getattr(attack, field).drones.value == value


@pytest.mark.parametrize("sentence, injured", [
    ("At least 17 people were wounded in the Lviv, Rivne and Volyn regions, officials said.", 17),
    ("The attack killed three people, all in Chernihivshchyna, and wounded eight, officials said.", 8),
    ("Two people were wounded in Odesa and four in Kharkiv, local officials said.", None),
    ("Plants were hit in the Lviv and Ternopil regions, and in the Kyiv region, where two people were injured.", None),
])
def test_a_toll_over_several_regions_is_the_attacks(sentence: str, injured: int | None) -> None:
    attack = extract_text(f"Russia attacked Ukraine with 140 drones overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert (attack.injured.value if attack.injured else None) == injured


@pytest.mark.parametrize("text", [
    "Allied navies practise downing drone swarms in live-fire exercise\n\nCrews launched 30 target drones and hit 27 of them.",
    "Dnipro guards rain threes to win semifinal\n\nThe guard launched 12 three-point missiles in Kyiv and hit eight of them.",
    "On a heavy night Russia now sends 600 or more drones at Kyiv, the workshop's founder said.",
])
def test_drills_games_and_habits_have_no_attack(text: str) -> None:
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks == [] and report.period_totals == []


def test_a_comparison_of_other_counts_is_no_figure() -> None:
    text = ("Russia attacked Ukraine with drones again. Kyiv had 801 air-raid alerts in 2024, up from 650 in 2023.")
    assert extract_text(text, published=PUBLISHED, lang="en").period_totals == []


@pytest.mark.parametrize("text, want", [
    ("Russia sent 5,900 drones in September, the second-highest figure of the war, after July, when it launched a record "
     "6,200. In August, the figure fell to 4,100.", {("2025-09", "drones"): (5900, "exact", False),
                                                    ("2025-07", "drones"): (6200, "exact", True),
                                                    ("2025-08", "drones"): (4100, "exact", False)}),
    ("Russia fired 2,100 missiles in 2025. Of last year's total, 1,300 were cruise missiles and 600 were ballistic missiles.",
     {("2025", "missiles"): (2100, "exact", False), ("2025", "cruise_missiles"): (1300, "exact", False),
      ("2025", "ballistic_missiles"): (600, "exact", False)}),
    ("Of the missiles launched in October, 150 were cruise missiles - mostly Kh-101 - and 30 were ballistic missiles.",
     {("2025-10", "cruise_missiles"): (150, "exact", False), ("2025-10", "ballistic_missiles"): (30, "exact", False)}),
    ("Russia sent drones every night. July set an all-time monthly record, with 6,300 drones. December ended the year with 5,100.",
     {("2025-07", "drones"): (6300, "exact", True), ("2025-12", "drones"): (5100, "exact", False)}),
    ("Russia sent 8,100 drones in May, some 1,500 more than in April, when the air force recorded 6,600. "
     "It also fired 210 missiles during the month.",
     {("2025-05", "drones"): (8100, "exact", False), ("2025-04", "drones"): (6600, "exact", False),
      ("2025-05", "missiles"): (210, "exact", False)}),
    ("Russia fired 290 missiles at Ukraine in November. The figure is double October's 140 and reflects a shift in Moscow's tactics.",
     {("2025-11", "missiles"): (290, "exact", False), ("2025-10", "missiles"): (140, "exact", False)}),
    ("Russia sent 50,000 drones at Ukraine in 2025, five times the 10,000 recorded in 2024.",
     {("2025", "drones"): (50000, "exact", False), ("2024", "drones"): (10000, "exact", False)}),
])
def test_month_and_year_tallies_told_in_passing(text: str, want: dict) -> None:
    assert _totals(text, date(2026, 1, 3)) == want


def test_overnight_and_into_a_day() -> None:
    text = "Russia fired 400 drones at Ukraine overnight and into Saturday morning, the air force said."
    assert extract_text(text, published=date(2025, 11, 30), lang="en").attacks[0].date == "2025-11-29"


def test_an_overnight_assault_after_a_dated_paragraph_is_that_night() -> None:
    text = ("In a village near Lviv, a family loses its home\n\nThe family had a routine for the sirens.\n\n"
            "Early Sunday, it was not enough. A Russian strike flattened the house.\n\n"
            "The strike was part of a sprawling overnight assault in which Russia launched 480 drones and 50 missiles.")
    attack = extract_text(text, published=date(2025, 10, 7), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2025-10-05", 480)


@pytest.mark.parametrize("sentence, debris", [
    ("The Air Force recorded hits at 12 locations and fragments of downed drones at three.", 3),
    ("Strikes were recorded at 22 locations and falling debris was reported at 17 more.", 17),
    ("A house was damaged by falling debris in one of the districts south of the city.", None),
])
def test_debris_told_with_the_verb_said_once(sentence: str, debris: int | None) -> None:
    attack = extract_text(f"Russia attacked Ukraine with 90 drones overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert (attack.debris_locations.value if attack.debris_locations else None) == debris


def test_a_crews_tally_over_years_is_no_attack() -> None:
    text = ("Obituary: the gunner who guarded the sky over Poltava\n\n"
            "By his commanders' count, his crew brought down 60 Shahed-type drones and two cruise missiles over three years.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks == [] and report.period_totals == []


@pytest.mark.parametrize("text, model, destroyed", [
    ("Russia used 120 weapons: 112 Shahed drones, six Kh-101 cruise missiles and two Iskander-M ballistic missiles. "
     "Air defences shot down all six cruise missiles and 90 drones.", "X-101/X-555", 6),
    ("Russia fired more than 40 Kh-101 cruise missiles at Ukraine overnight, and air defences destroyed 35 of them.",
     "X-101/X-555", 35),
    ("Russia launched 80 Shahed drones at Ukraine overnight. Air defences shot down 70 of the drones.",
     "Shahed-136/131", None),
])
def test_the_fate_of_the_only_model_of_a_kind(text: str, model: str, destroyed: int | None) -> None:
    weapons = weapons_by_model(text)
    assert (weapons[model].destroyed.value if weapons[model].destroyed else None) == destroyed


def test_one_in_three_is_a_ratio() -> None:
    text = ("Russia fired 30 Iskander-M ballistic missiles at Ukraine overnight. Air defences shot down ten of them, "
            "barely one ballistic missile in three.")
    weapons = weapons_by_model(text)
    assert weapons["Iskander-M/KN-23"].destroyed.value == 10


@pytest.mark.parametrize("text, published, want", [
    ("Kyiv queues for water after the blackout\n\nThe attack began late on Thursday and continued until morning. "
     "The air force said Russia had launched 400 drones and 30 missiles.", date(2025, 10, 10), "2025-10-10"),
    ("KYIV, June 1 (Reuters) - Russia launched 260 drones at Ukraine overnight, the air force said on Monday, "
     "continuing a wave of attacks that has hit the grid since the weekend.", date(2026, 6, 1), "2026-06-01"),
    ("Sept 23 (Reuters) - Russia's Defence Ministry said it had destroyed 80 Ukrainian drones overnight into Monday, "
     "in one of the largest Ukrainian attacks on the region this year.", date(2025, 9, 23), "2025-09-22"),
])
def test_attack_days_in_feature_and_wire_leads(text: str, published: date, want: str) -> None:
    assert extract_text(text, published=published, lang="en").attacks[0].date == want


def test_the_day_a_toll_was_updated_is_not_the_attacks() -> None:
    text = ("Russia struck Kryvyi Rih with two ballistic missiles on Friday evening, killing 17 people, officials said.\n\n"
            "Officials initially reported 14 dead. On Saturday morning, the governor said the toll had risen to 18.")
    attack = extract_text(text, published=date(2025, 4, 5), lang="en").attacks[0]
    assert (attack.date, attack.killed.value) == ("2025-04-04", 18)


def test_a_correction_note_and_an_updated_report() -> None:
    text = ("Russia launched 107 drones at Ukraine overnight. Air defences shot down 96 of the drones.\n\n"
            "Correction: An earlier version of this story incorrectly said that 69 drones were shot down.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 96
    text = ("Russia launched 400 drones at Ukraine overnight. Hits were recorded at 17 locations.\n\n"
            "UPDATED at 10:40. The Air Force has updated the figures: 390 drones were shot down or suppressed. "
            "Hits were recorded at 19 locations.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits.locations.value == 19


def test_a_headlines_downed_that_the_body_says_was_neutralized() -> None:
    text = ("Russia launches 76 drones at Ukraine overnight, 49 downed\n\n"
            "Russia attacked Ukraine with 76 drones overnight, adding that 49 of them had been shot down or suppressed.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones, attack.neutralized.drones.value) == (None, 49)


@pytest.mark.parametrize("fronted", ["In the sky over Kyiv, air defence destroyed about 20 enemy targets.",
                                     "Over the region, air defence forces shot down 21 UAVs."])
def test_a_citys_downs_beside_the_national_figure(fronted: str) -> None:
    text = (f"Russia attacked Ukraine with 117 drones overnight. {fronted} "
            "Nationwide, 98 drones were shot down or suppressed, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.is_empty(), attack.neutralized.drones.value) == (True, 98)


def test_ages_and_a_facility_word_are_no_counts() -> None:
    text = ("Russia hits energy facilities with 450 drones, 71 missiles overnight\n\n"
            "In Dnipro, 2 men aged 37 and 52 were injured, the governor said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.hits.is_empty(), attack.injured) == (450, True, None)


@pytest.mark.parametrize("text, want", [
    ("In March, Russia launched more than 6,400 attack drones against Ukraine. Almost 150 missiles.",
     {("2025-03", "drones"): (6400, "more_than", False), ("2025-03", "missiles"): (150, "approx", False)}),
    ("Russia fired 5,500 drones and 210 missiles in November. In October, the figures were 5,300 drones and 270 missiles.",
     {("2025-11", "drones"): (5500, "exact", False), ("2025-11", "missiles"): (210, "exact", False),
      ("2025-10", "drones"): (5300, "exact", False), ("2025-10", "missiles"): (270, "exact", False)}),
    ("In 2025, Russia launched more than 50,000 drones at Ukraine. In 2024, the figure was about 11,000. Russia also "
     "fired about 2,000 missiles over the year. In the last week of December alone, it launched more than 1,000 drones.",
     {("2025", "drones"): (50000, "more_than", False), ("2024", "drones"): (11000, "approx", False),
      ("2025", "missiles"): (2000, "approx", False)}),
])
def test_tallies_in_fragments_and_comparisons(text: str, want: dict) -> None:
    assert _totals(text, date(2026, 1, 3)) == want


@pytest.mark.parametrize("text", [
    "Near Pokrovsk, the company launches between 60 and 80 FPVs a day, its commander said.",
    "The General Staff also recorded 5,960 kamikaze drone strikes by Russian forces on Ukrainian positions near Pokrovsk.",
    "The crew flies FPV drones day and night; on Tuesday it launched 45 FPV drones at Russian positions near Pokrovsk.",
])
def test_front_line_drones_are_no_air_attack(text: str) -> None:
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks == []


def test_a_part_named_after_including_is_no_second_noun() -> None:
    text = "Russia fired 476 drones and 48 missiles, including Kh-101 cruise missiles launched from bombers, overnight."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.weapons) == (48, [])


@pytest.mark.parametrize("sentence, airborne", [
    ("As of 08:30, two more drones were in the air.", 2),
    ("Monitoring channels estimate that about 300 drones were in the air at the peak of the attack.", None),
    ("One was still over Ukraine when the statement was published.", 1),
])
def test_drones_in_the_air(sentence: str, airborne: int | None) -> None:
    attack = extract_text(f"Russia launched 400 drones at Ukraine overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert (attack.other["airborne"].value if "airborne" in attack.other else None) == airborne


@pytest.mark.parametrize("text", [
    "SpaceX launches 27 Starlink satellites from California\n\nSpaceX launched 27 Starlink satellites late on Saturday.",
    "Russia attacked Kyiv overnight. \"Ten per cent of a thousand drones is a hundred strikes,\" an analyst said.",
    "Russia attacked Kyiv overnight. Russia, which launched 1,000 of its own drones at Ukraine in some weeks this autumn, "
    "calls the strikes terrorism.",
])
def test_launches_that_are_no_attack_figures(text: str) -> None:
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert all(a.launched.is_empty() for a in report.attacks)


def test_a_heading_with_a_cue_opens_a_list() -> None:
    text = ("On the night of March 14, Russia struck Ukraine.\n\nWhat the enemy used\n\n"
            "410 attack drones of the Shahed, Gerbera and other types;\n60 missiles, including:\n"
            "- 20 Kh-101 cruise missiles;\n- 4 Kh-59/69 guided missiles.\n\nWhat was destroyed\n\n"
            "As of 09:00, air defense shot down 390 drones and 50 missiles.")
    attack = extract_text(text, published=date(2025, 3, 14), lang="en").attacks[0]
    weapons = {w.model: w.launched.value for w in attack.weapons}
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (410, 60)
    assert weapons["X-101/X-555"] == 20 and weapons["X-59/X-69"] == 4


def test_an_analysis_showed_on_friday_is_when_it_was_told() -> None:
    text = ("Russia fired a record 6,200 drones at Ukraine in July, an analysis showed on Friday, capping the month with a "
            "strike that killed 20 people. The last major attack came early on Thursday, when Russia launched 300 drones "
            "and eight Iskander-K cruise missiles at Ukraine.")
    attack = extract_text(text, published=date(2025, 8, 1), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2025-07-31", 300)


def test_a_table_of_months() -> None:
    text = ("Russia launched record numbers of drones in 2026\n\n"
            "The monthly figures are as follows (drones / missiles):\n\n"
            "January — 4,600 / 140\nMarch — 7,600 / 150\nMay — 9,800 / 220\n\n"
            "In February, Russia carried out several combined strikes, using up to 70 missiles in a single night.")
    assert _totals(text, date(2026, 6, 2)) == {
        ("2026-01", "drones"): (4600, "exact", False), ("2026-01", "missiles"): (140, "exact", False),
        ("2026-03", "drones"): (7600, "exact", False), ("2026-03", "missiles"): (150, "exact", False),
        ("2026-05", "drones"): (9800, "exact", False), ("2026-05", "missiles"): (220, "exact", False)}


@pytest.mark.parametrize("text, want", [
    ("Russia fired 5,300 drones at Ukraine in December, still one of the highest monthly totals of the war.",
     {("2025-12", "drones"): (5300, "exact", False)}),
    ("In 2025, Russia launched more than 50,000 drones at Ukraine. That is about five times as many as in 2024, when "
     "Russia launched some 10,000, and the highest annual total of the war. Russia fired around 2,000 missiles at "
     "Ukraine over the year, roughly the same as in 2024.",
     {("2025", "drones"): (50000, "more_than", True), ("2024", "drones"): (10000, "approx", False),
      ("2025", "missiles"): (2000, "approx", False)}),
    ("\"This month alone, Russia has launched over 7,500 attack drones and almost 150 missiles,\" he said. "
     "\"That is more drones than in any other month of the war.\"",
     {("2025-12", "drones"): (7500, "more_than", True), ("2025-12", "missiles"): (150, "approx", False)}),
])
def test_whose_record_in_the_sentence_after(text: str, want: dict) -> None:
    assert _totals(text, date(2025, 12, 31)) == want


def test_downs_over_a_region_named_with_a_compass_word() -> None:
    text = ("Air defence units brought down 12 drones over the central Poltava region, the governor said. Russia had "
            "launched 400 drones, the air force said later. Of them, 350 drones were shot down.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 350


def test_the_first_sentence_tells_who_struck_and_an_aside_does_not() -> None:
    text = ("General Staff confirms strike on Engels air base in Saratov Oblast\n\n"
            "Ukrainian forces struck the Engels air base in Russia's Saratov Oblast overnight on March 21, the General Staff said.\n\n"
            "Russia's Defense Ministry claimed that its air defense had shot down 62 drones overnight over nine regions.\n\n"
            "Meanwhile, Russia launched 154 drones against Ukraine overnight, of which 148 were shot down or suppressed.")
    attack = extract_text(text, published=date(2025, 3, 21), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("UA", "RU", 62)


@pytest.mark.parametrize("sentence, value", [
    ("Air defences destroyed 27 Shahed drones. Of the drones, 10 were destroyed over the Odesa region, eight over "
     "the Lviv region and three over Kharkiv.", 27),
    ("Air defences destroyed 55 Shaheds. In the Odesa region alone, 14 drones were shot down, the governor said.", 55),
    ("138 Shahed-type drones were shot down in the Kharkiv, Poltava and Sumy regions. Of these, 18 were destroyed over "
     "the Odesa and Mykolaiv regions.", 138),
])
def test_regional_shares_beside_the_national_downs(sentence: str, value: int) -> None:
    attack = extract_text(f"Russia attacked Ukraine with 160 drones overnight. {sentence}", published=PUBLISHED, lang="en").attacks[0]
    assert attack.destroyed.drones.value == value


def test_the_overnight_attack_as_a_subject_beside_another_day() -> None:
    text = ("Russia attacked Ukraine overnight with 600 drones, the air force said on Thursday. "
            "The overnight attack followed a daytime raid on Wednesday in which 650 of 700 drones were shot down.")
    attack = extract_text(text, published=date(2026, 5, 14), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2026-05-14", 600)


def test_a_model_name_the_lexicon_does_not_know() -> None:
    text = "Pakistan's military said on Thursday its forces had shot down 25 Israeli-made Harop drones sent by India."
    attack = extract_text(text, published=date(2025, 5, 8), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("IN", "PK", 25)


@pytest.mark.parametrize("sentence", [
    "Three killed in Lviv as Kyiv renews appeal for Patriot systems.",
    "The station in Fastiv, south-west of Kyiv, was largely destroyed.",
    "The attack came days after Washington paused intelligence sharing with Kyiv.",
    "A military officer in Kyiv told AFP that Russia was saving up drones.",
])
def test_kyiv_named_but_not_struck(sentence: str) -> None:
    text = f"Russia attacked western Ukraine with 200 drones overnight, hitting the Lviv region. {sentence}"
    assert "UA-30" not in extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions


def test_a_dateline_with_a_day_first_date_and_moscows_campaign() -> None:
    text = ("MOSCOW, 19 November 2024 — Ukraine struck a facility in Russia's Bryansk region with six ATACMS ballistic "
            "missiles early on Tuesday, Russia's Defence Ministry said, in response to Moscow's relentless air campaign.")
    attack = extract_text(text, published=date(2024, 11, 19), lang="en").attacks[0]
    assert (attack.date, attack.regions) == ("2024-11-19", ["RU-BRY"])


def test_gas_production_sites_are_targets_not_production() -> None:
    text = ("Russia attacked Ukraine with 100 drones overnight. The minister said the strikes hit gas production "
            "facilities in the Kharkiv and Poltava regions.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-53", "UA-63"]


def test_all_drones_downed_means_every_shahed() -> None:
    text = ("On the night of June 18, 2024, the enemy attacked with 10 Shahed-131/136 attack UAVs. "
            "All 10 attack UAVs were shot down within the Dnipropetrovsk and Zaporizhzhia regions.")
    (shahed,) = extract_text(text, published=date(2024, 6, 18), lang="en").attacks[0].weapons
    assert (shahed.launched.value, shahed.destroyed.value) == (10, 10)


@pytest.mark.parametrize("text, want", [
    ("December saw 1,800 drones and 230 missiles, including a large Christmas attack.",
     {("2025-12", "drones"): (1800, "exact", False), ("2025-12", "missiles"): (230, "exact", False)}),
    ("July 2025, with 6,300 drones, remains the busiest month of the war so far.",
     {("2025-07", "drones"): (6300, "exact", True)}),
    ("Russia fired about 2,000 missiles in 2025, slightly fewer than the 2,200 it launched in 2024.",
     {("2025", "missiles"): (2000, "approx", False), ("2024", "missiles"): (2200, "exact", False)}),
])
def test_month_and_year_tallies_in_other_verbs(text: str, want: dict) -> None:
    assert _totals(text, date(2026, 1, 3)) == want


def test_a_telegram_post_with_emoji_items_and_a_view_count() -> None:
    text = ("Overnight, the enemy attacked Ukraine with 486 air attack assets:\n\n"
            "🛩 464 attack UAVs of the Shahed, Gerbera and other types;\n🚀 22 missiles.\n\n"
            "Air defence shot down or suppressed 452 air targets.\n\n👁 70 402")
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.total.value, launched.drones.value, launched.missiles.value) == (486, 464, 22)


def test_money_is_no_count() -> None:
    text = ("Ukraine has paid compensation for homes damaged by Russian drones and missiles in Kyiv. Certificates "
            "worth about UAH 26 billion have been issued, and drone debris claims of $5,000 are paid in days.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert all(a.launched.is_empty() for a in report.attacks)


def test_a_month_tally_in_an_as_clause() -> None:
    text = ("Russia fires 120 drones at Ukraine as February tally tops 5,000\n\n"
            "Russia attacked Ukraine with 120 drones overnight into Sunday, the air force said, as new figures showed "
            "Moscow had sent more than 5,000 drones at the country in February.")
    report = extract_text(text, published=date(2026, 3, 1), lang="en")
    assert report.attacks[0].launched.drones.value == 120
    assert [(t.period, t.launched.value) for t in report.period_totals] == [("2026-02", 5000)]


def test_a_fronted_whole_with_its_own_verb_and_the_number_was() -> None:
    text = "Russia attacked Ukraine early on Saturday. Of the 650 drones Moscow sent, 580 were shot down, the air force said."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (650, 580)
    text = "In October, Russia fired 102 ballistic missiles at Ukraine, a record; in November, the number was 66."
    assert _totals(text, date(2025, 12, 8)) == {("2025-10", "ballistic_missiles"): (102, "exact", True),
                                                ("2025-11", "ballistic_missiles"): (66, "exact", False)}


def test_an_explainers_totals_are_totals() -> None:
    text = ("EXPLAINER: Russia's air war on Ukraine in 2025, in numbers\n\n"
            "Russia launched more than 54,000 long-range attack drones and decoys at Ukraine in 2025.")
    report = extract_text(text, published=date(2026, 1, 6), lang="en")
    assert report.attacks == [] and [(t.period, t.launched.value) for t in report.period_totals] == [("2025", 54000)]


def test_an_updated_header_and_a_rate_in_the_clause_before() -> None:
    text = ("[28.08.2025 08:05]\nOn the night of 28 August the enemy attacked with 598 drones. Air defence shot down or "
            "suppressed 548 drones.\n\n[28.08.2025 10:30]\n🔄 UPDATED results of repelling the attack\n\n"
            "As of 10:00, 563 enemy drones were shot down or suppressed.")
    assert extract_text(text, published=date(2025, 8, 28), lang="en").attacks[0].neutralized.drones.value == 563
    text = ("The numbers stayed above 5,000 a month for most of the autumn, and December closed the year with 5,100 "
            "drones and 180 missiles.")
    assert _totals(text, date(2026, 1, 6)) == {("2025-12", "drones"): (5100, "exact", False),
                                               ("2025-12", "missiles"): (180, "exact", False)}


def test_a_national_toll_of_the_injured_updated() -> None:
    text = ("Russia attacked Ukraine with 600 drones overnight. The minister says the attack injured at least 24 people. "
            "He updates the national toll: the number of people injured in last night's attack has risen to 27.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed, attack.injured.value) == (None, 27)


def test_an_update_post_in_a_channel_export_replaces_the_first_figures() -> None:
    text = ("Telegram: export of two channels, Sunday 20 July 2025\n[Air Force] 20.07, 08:14\n"
            "On the night of 20 July, the enemy attacked with 49 Shahed-type drones. As of 08:00, 15 of them were shot "
            "down.\n[Region] 20.07, 09:20\nThree people were hurt in the city.\n[Air Force] 20.07, 11:48\n🔄 UPDATE.\n"
            "In total, on the night of 20 July the enemy used 57 Shahed-type drones.\nAir defence shot down 18 drones.\n"
            "[Region] 20.07, 14:02\nPower has been restored to 2,300 homes.")
    attack = extract_text(text, published=date(2025, 7, 20), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (57, 18)


def test_downs_over_an_unnamed_region_are_the_regions() -> None:
    text = ("Russia attacked Ukraine with 120 drones overnight; air defence shot down 96. "
            "Later, 14 drones were shot down over the region, the governor said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 96
    text = "Russia struck Kyiv with two Zircon missiles. Both missiles were shot down over the city."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.missiles.value == 2


def test_a_labelled_count_after_a_list_counts_what_the_list_head_counted() -> None:
    text = ("Morning estimate: about 400 Shaheds and almost 30 missiles overnight.\n"
            "Official figures for the night:\nLaunched: 425 means of air attack\n"
            "• 396 attack drones (Shahed, Gerbera, other types)\n• 29 missiles: 20 Kh-101, 4 Iskander-M, 5 Iskander-K\n"
            "Shot down: 392\n• 367 drones\n• 25 missiles")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.total.value, attack.destroyed.missiles.value) == (392, 25)
    shahed = next(w for w in attack.weapons if w.model == "Shahed-136/131")
    assert (shahed.launched.value, shahed.launched.qualifier) == (396, "exact")


def test_items_under_geometric_bullets() -> None:
    text = ("Overnight, Russia attacked Ukraine with 68 missiles:\n▫️ 25 Kalibr cruise missiles\n▫️ 24 Kh-101 cruise "
            "missiles\n▪ 19 Iskander-M ballistic missiles")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Kalibr": 25, "X-101/X-555": 24, "Iskander-M/KN-23": 19}


def test_overnight_after_a_named_day_is_that_days_night() -> None:
    text = ("Russia launched 597 drones and 26 cruise missiles at western Ukraine overnight, the air force said. "
            "Just three days ago, on Wednesday, Russia set its record with 728 drones and 13 missiles fired overnight.")
    attack = extract_text(text, published=date(2025, 7, 12), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value, attack.launched.missiles.value) == ("2025-07-12", 597, 26)


def test_the_total_number_of_downed_targets_is_the_total() -> None:
    text = ("Russia launched 619 drones and missiles overnight. Air defence downed 580 targets, including 549 drones. "
            "Correction from the air force: it now says 552 drones were downed, not 549, bringing the total number "
            "of downed targets to 583.")
    destroyed = extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed
    assert (destroyed.total.value, destroyed.drones.value) == (583, 552)


def test_a_holiday_last_year_is_one_day_not_the_year() -> None:
    text = ("Russia launched 635 drones and 38 missiles overnight. On Christmas Day last year, it fired 78 missiles "
            "and 106 drones at Ukraine's energy system. Last year, Russia launched 11,000 missiles and drones in all.")
    assert _totals(text, date(2025, 12, 23)) == {("2024", "all"): (11000, "exact", False)}


def test_the_second_toll_of_a_city_sentence_is_the_citys_too() -> None:
    text = ("Russia launched 476 drones and 48 missiles overnight. The regional administration said 26 people had been "
            "confirmed dead in the city, among them three children, and that more than 90 had been injured.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.killed, attack.injured) == (None, None)


def test_the_missiles_were_names_their_models() -> None:
    text = ("Russia fired seven missiles and 315 drones at Kyiv and Odesa overnight. The missiles were two Iskander-M "
            "ballistic missiles and five Iskander-K cruise missiles, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 7
    assert {w.model: w.launched.value for w in attack.weapons} == {"Iskander-M/KN-23": 2, "Iskander-K": 5}


def test_none_of_the_missiles_fired_still_counts_the_fired() -> None:
    text = ("Russia fired 14 Iskander-M missiles overnight, and only one was intercepted. None of the 3 Kinzhal "
            "aeroballistic missiles fired from MiG-31K jets were stopped. None of the four was intercepted.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Iskander-M/KN-23": 14, "X-47 Kinzhal": 3}


@pytest.mark.parametrize("dateline", ["Kyiv, March 1 (WNA) - ", "Kyiv, March 1, 2026 (Ukrinform) - "])
def test_a_dateline_with_any_agency_is_not_a_region(dateline: str) -> None:
    text = (f"{dateline}Russia attacked Ukraine with 123 drones overnight, the air force said. "
            "In the Sumy region, a drone struck an agricultural enterprise.")
    assert extract_text(text, published=date(2026, 3, 1), lang="en").attacks[0].regions == ["UA-59"]


def test_most_damaging_since_the_war_began_days_earlier_is_this_attack() -> None:
    text = ("Iran fired about 30 ballistic missiles at Israel overnight. Emergency services said at least 240 people "
            "were injured, in one of the most damaging salvos since the conflict began six days earlier.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured.value == 240


def test_a_weeks_tally_is_no_attack() -> None:
    text = ("MOSCOW, Dec 6. The Russian Defence Ministry published its weekly summary on Saturday. Air defence assets "
            "shot down 11 guided aerial bombs, 4 Neptune-D long-range guided missiles and 1,432 fixed-wing unmanned "
            "aerial vehicles during the week.")
    report = extract_text(text, published=date(2025, 12, 6), lang="en")
    assert report.attacks == [] and report.period_totals == []


def test_a_part_of_something_else_is_no_weapon_count() -> None:
    text = ("Over the past day, 178 combat engagements took place along the front line. On the Pokrovsk axis Russian "
            "forces made 41 attempts to advance; Ukrainian defenders repelled 34 of the attacks.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_drones_of_various_types_keep_their_verb() -> None:
    text = "Russia launched 596 attack UAVs overnight. 558 enemy UAVs of various types were shot down or suppressed by EW."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones, attack.neutralized.drones.value) == (None, 558)


def test_the_nights_total_after_its_intervals() -> None:
    text = ("Between 18:00 and 21:00 Moscow time, air defence destroyed 47 Ukrainian drones over the Bryansk and Kursk "
            "regions. Between 21:00 and 23:00, 35 more drones were destroyed. In total, during the past night, air "
            "defence destroyed 181 Ukrainian drones over Russia.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.destroyed.drones.value) == ("UA", 181)


def test_a_list_item_with_its_own_fate_after_a_coordination() -> None:
    text = ("Air Force report: overnight the enemy attacked with 11 Iskander-M ballistic missiles and 164 attack drones.\n"
            "▪️ 1 missile and 149 drones were shot down/suppressed.\n▪️ 2 missiles did not reach their targets.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.neutralized.missiles.value, attack.neutralized.drones.value) == (11, 1, 149)


def test_figures_of_that_attack_belong_to_the_attack_before() -> None:
    text = ("Russia launched 229 drones at Ukraine overnight on May 31, the air force said. Air defense shot down or "
            "suppressed 212 of them.\n\nThe attack came a day after Russia launched 290 drones against Ukraine "
            "overnight on May 30. Ukraine's air defense downed 279 drones in that attack.")
    attack = extract_text(text, published=date(2026, 5, 31), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones, attack.neutralized.drones.value) == (229, None, 212)


def test_the_same_dates_night_is_another_attack_when_the_lead_came_by_day() -> None:
    text = ("Live updates: Russia launches massive daytime drone attack on western Ukraine\n"
            "7:05 p.m.\nUkraine's air force said Russia launched 556 drones at Ukraine between 9 a.m. and 6 p.m. on "
            "Tuesday, and that 541 of them were shot down or suppressed.\n"
            "7:50 a.m.\nUkraine's air force said Russia launched 392 drones and 16 missiles overnight, downing 365 drones "
            "and 14 missiles.")
    attack = extract_text(text, published=date(2026, 3, 24), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles, attack.destroyed.drones) == (556, None, None)


@pytest.mark.parametrize("sentence, model, want", [
    ("The barrage included 32 Iskander-M ballistic missiles, of which air defenses intercepted 11.", "Iskander-M/KN-23", (32, 11)),
    ("Of the 28 Kh-101 cruise missiles launched from strategic bombers, 20 were shot down.", "X-101/X-555", (28, 20)),
    ("The missiles included 29 Kh-101 cruise missiles, of which 26 were shot down.", "X-101/X-555", (29, 26)),
    ("He said Russia also launched 18 Kh-101 cruise missiles from Tu-95MS bombers over the Caspian Sea, 17 of which "
     "were destroyed.", "X-101/X-555", (18, 17)),
    ("The barrage consisted of 24 Kh-101 cruise missiles, all of which were shot down, and 11 Iskander-M ballistic "
     "missiles, four of which were intercepted.", "X-101/X-555", (24, 24)),
    ("The barrage consisted of 24 Kh-101 cruise missiles, all of which were shot down, and 11 Iskander-M ballistic "
     "missiles, four of which were intercepted.", "Iskander-M/KN-23", (11, 4)),
    ("Seven Iskander-K cruise missiles were among those launched, five of which were shot down.", "Iskander-K", (7, 5)),
    ("Russia also fired 12 Iskander-M ballistic missiles and a single Iskander-K.", "Iskander-K", (1, None)),
])
def test_a_models_part_told_in_prose(sentence: str, model: str, want: tuple[int, int | None]) -> None:
    text = "Russia launched 600 drones and 60 missiles at Ukraine overnight, the air force said. " + sentence
    weapon = next(w for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons if w.model == model)
    assert (weapon.launched.value, weapon.destroyed.value if weapon.destroyed else None) == want


def test_a_preliminary_update_is_no_update() -> None:
    text = ("18:40\nThe interior minister said that the number of people injured across the country in the overnight "
            "attack had risen to eight.\n09:15\nRussia launched 653 drones and 51 missiles overnight. Across Ukraine, at "
            "least three people were injured in the overnight attack, the Interior Ministry said in a preliminary update.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured.value == 8


@pytest.mark.parametrize("lead, want", [
    ("Funerals began in Kyiv on Wednesday for victims of a Russian attack early on Tuesday that killed seven people.",
     "2025-11-25"),
    ("Kyiv mourns as death toll from Wednesday's Russian strike climbs.", "2025-11-26"),
])
def test_the_day_of_a_funeral_is_not_the_attacks(lead: str, want: str) -> None:
    text = lead + " In that attack, Russia launched 464 drones and 22 missiles, Ukraine's air force said."
    assert extract_text(text, published=date(2025, 11, 27), lang="en").attacks[0].date == want


def test_a_headline_toll_at_one_named_site_is_the_sites() -> None:
    text = "Russia launches 293 drones, 25 missiles overnight; 4 killed at postal terminal in Kharkiv Oblast"
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed is None


def test_the_other_sides_paragraph_goes_on_in_a_sentence_naming_no_side() -> None:
    text = ("Ukrainian drones struck a fuel depot in Russia's Tambov region overnight; Russia's defence ministry said "
            "it destroyed 89 Ukrainian drones over 11 regions.\n\nUkraine's air force, for its part, said Russia had "
            "launched 128 drones at Ukraine overnight, of which 107 were shot down. Hits were recorded at 11 locations.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.destroyed.drones.value, attack.hits.locations) == ("UA", 89, None)


def test_downs_over_a_part_of_the_country_are_the_parts() -> None:
    text = ("Last night, Russia attacked Ukraine with 160 drones; 133 were shot down or suppressed. Over the Mykolaiv "
            "region, air defence destroyed 14 drones. In total, 39 drones were downed over the south of the country.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones, attack.neutralized.drones.value) == (None, 133)


def test_a_bare_count_that_left_the_airspace() -> None:
    text = ("Russia launched 200 drones overnight. 105 enemy drones were locationally lost, 2 left Ukrainian airspace "
            "toward Belarus.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].other["returned"].value == 2


@pytest.mark.parametrize("bullet, dash", [("— ", ""), ("", ""), ("", "- ")])
def test_the_regions_of_a_list_of_downs(bullet: str, dash: str) -> None:
    text = ("Russian MoD: 66 Ukrainian drones destroyed overnight\nLast night, on-duty air defence assets intercepted and "
            f"destroyed 66 Ukrainian unmanned aerial vehicles:\n{bullet}41 {dash}over the territory of the Bryansk region,\n"
            f"{bullet}25 {dash}over the territory of the Kursk region.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["RU-BRY", "RU-KRS"]


def test_deaths_reported_in_regions_make_them_regions() -> None:
    text = ("Russia launched 600 drones and 40 missiles at Ukraine overnight. In Dnipro, two people were killed. "
            "Other deaths were reported in the Odesa and Chernihiv regions.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-12", "UA-51", "UA-74"]


def test_a_parenthesis_of_most_of_them_and_of_the_missiles() -> None:
    text = ("The barrage consisted of 728 drones and 13 missiles. Of the missiles, six were Kinzhal hypersonic missiles "
            "and seven were cruise missiles. Air defenses shot down 296 Shahed drones, while 415 more drones, most of "
            "them decoys without warheads, were lost from radar.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (296, 415)
    assert {w.model: w.launched.value for w in attack.weapons if w.launched}["X-47 Kinzhal"] == 6


def test_that_is_a_new_monthly_record_beating_junes() -> None:
    text = ("Russia launched 6,297 long-range drones at Ukraine in July. That is a new monthly record, beating the 5,438 "
            "drones recorded in June. In the spring, Moscow typically sent between 100 and 200 drones a night.")
    report = extract_text(text, published=date(2025, 8, 4), lang="en")
    assert report.attacks == []
    assert _totals(text, date(2025, 8, 4)) == {("2025-07", "drones"): (6297, "exact", True),
                                               ("2025-06", "drones"): (5438, "exact", False)}


def test_a_figure_compared_with_a_downed_one_is_downed_too() -> None:
    text = ("In February, interceptor crews were responsible for more than 1,500 of the Shaheds downed over Ukraine, "
            "the commander said, up from about 300 in October.")
    assert _totals(text, date(2026, 3, 10)) == {}


def test_a_table_of_months_and_the_parts_of_a_months_missiles() -> None:
    text = ("Russia launched 5,445 long-range attack drones and decoys at Ukraine in November, and 211 missiles. Among "
            "the missiles were 118 cruise missiles and 54 ballistic missiles.\n\nMonth-on-month\n"
            "| Month | Drones | Missiles |\n| October 2025 | 5,298 | 261 |\n| November 2025 | 5,445 | 211 |")
    assert _totals(text, date(2025, 12, 1)) == {
        ("2025-11", "drones"): (5445, "exact", False), ("2025-11", "missiles"): (211, "exact", False),
        ("2025-11", "cruise_missiles"): (118, "exact", False), ("2025-11", "ballistic_missiles"): (54, "exact", False),
        ("2025-10", "drones"): (5298, "exact", False), ("2025-10", "missiles"): (261, "exact", False)}


def test_an_overnight_attack_hours_after_a_daytime_barrage() -> None:
    text = ("Russia hits Ukraine with 675 drones and 56 missiles hours after daytime barrage\n"
            "Kyiv (AFP) - Russia launched 675 drones and 56 missiles at Ukraine overnight, Kyiv said on Thursday, less "
            "than a day after a rare daytime wave of drones, in an onslaught that killed at least 12 people across "
            "the country.")
    attack = extract_text(text, published=date(2026, 5, 14), lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (12, "at_least")


def test_a_headline_toll_takes_the_leads_qualifier() -> None:
    text = ("Russia fires 90 missiles and 600 drones at Ukraine, nine dead\nRussia attacked Ukraine with 600 drones and "
            "90 missiles overnight, killing at least nine people across the country.")
    killed = extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed
    assert (killed.value, killed.qualifier) == (9, "at_least")


@pytest.mark.parametrize("text", [
    "Russia launches over 600 drones and missiles, targets Kyiv energy: 2 killed in capital",
    "Russia fired 598 drones and 31 missiles at Ukraine overnight, in a barrage that killed at least 21 people in the "
    "capital, among them four children.",
])
def test_the_capitals_toll_and_its_parts_are_the_capitals(text: str) -> None:
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed is None


def test_a_single_missile_after_a_models_modifier() -> None:
    text = ("Russia launched 476 drones and 48 missiles overnight. The missiles included 40 Kh-101 cruise missiles, seven "
            "Kalibr cruise missiles fired from ships in the Black Sea and an Iskander-M ballistic missile.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": 40, "Kalibr": 7, "Iskander-M/KN-23": 1}


def test_what_some_of_the_missiles_were_and_a_month_with_an_adjective() -> None:
    text = ("Of 45 missiles Russia launched overnight, the air force said it intercepted only nine. Seven of the "
            "missiles were Kinzhal aeroballistic missiles.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-47 Kinzhal": 7}
    text = "July's 6,297 drones remains the monthly record, and even in a quieter August Russia launched about 4,100 drones."
    assert _totals(text, date(2025, 9, 10))[("2025-08", "drones")] == (4100, "approx", False)


@pytest.mark.parametrize("aside", [
    "Explosions were heard in Lviv, though the regional administration reported no damage there.",
    "Groups of attack drones were over the Sumy region overnight, on course south-west toward the Poltava region.",
    "Al Jazeera's correspondent in Kyiv said the attack was a clear sign of things to come.",
    "\"The daily average fell,\" said an analyst at a Kyiv-based think tank.",
    "The strike came a day after Russia attacked Kyiv with 352 drones, killing nine people in the capital.",
    "Rivne had until now been spared the kind of mass-casualty strikes seen in Kyiv and Kharkiv.",
    "The attack came as Kyiv weighed a minerals deal with Washington.",
    "It came a day before the inauguration, which both Kyiv and Moscow are watching closely.",
    "European leaders are expected to travel to Kyiv on Monday.",
    "Another 50 were \"locationally lost\", a term Kyiv uses for drones jammed by electronic warfare.",
])
def test_places_that_are_no_attacks_regions(aside: str) -> None:
    text = "Russia launched 120 drones at Ukraine overnight; a drone hit a warehouse in the Rivne region. " + aside
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-56"]


def test_a_table_with_a_row_per_weapon() -> None:
    text = ("On the night of 22 October the enemy attacked with 433 means of air attack: 405 strike UAVs and 28 "
            "missiles.\n\n| Type of weapon | Launched | Shot down |\n|---|---|---|\n"
            "| Shahed-type strike UAVs and decoy drones | 405 | 333 |\n| Kh-47M2 Kinzhal aeroballistic missiles | 4 | – |\n"
            "| Iskander-M ballistic missiles | 11 | 6 |\n| TOTAL | 433 | 349 |")
    attack = extract_text(text, published=date(2025, 10, 22), lang="en").attacks[0]
    weapons = {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None) for w in attack.weapons}
    assert weapons == {"Shahed-136/131": (405, 333), "X-47 Kinzhal": (4, None), "Iskander-M/KN-23": (11, 6)}
    assert (attack.destroyed.total.value, attack.destroyed.drones.value) == (349, 333)


def test_drones_and_a_singular_missile_are_no_shared_count() -> None:
    text = ("Russia attacks Ukraine with 206 drones and ballistic missile overnight\nRussian forces attacked Ukraine "
            "overnight with 206 attack drones and one Iskander-M ballistic missile.")
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.total, launched.drones.value, launched.missiles.value) == (None, 206, 1)


def test_the_other_side_for_its_part() -> None:
    text = ("Ukrainian drones set refinery ablaze in Russia's Volgograd region\n"
            "Russia's defence ministry said it destroyed 132 Ukrainian drones over Russian regions overnight. Russia, for "
            "its part, launched 146 drones and two ballistic missiles at Ukraine overnight, Ukraine's air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.launched.drones, attack.destroyed.drones.value) == ("UA", None, 132)


def test_one_missile_launched_from_afar_intercepted() -> None:
    text = ("JERUSALEM, Sept 11, 2025 — The Israeli military said early on Thursday it had intercepted one ballistic "
            "missile launched from Yemen, after sirens sounded in Tel Aviv.")
    attack = extract_text(text, published=date(2025, 9, 11), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (1, 1)


def test_a_count_of_something_else_and_a_clause_after_a_list() -> None:
    text = ("He had 42 hives at the start of the week. On Tuesday morning he counted 29. Russia launched 143 drones and "
            "two Iskander-M ballistic missiles at Ukraine overnight. Air defense shot down 116 of the drones and one of "
            "the missiles, while drones struck 17 locations across the country.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.total, attack.destroyed.missiles.value, attack.hits.total) == (None, 1, None)


def test_a_headline_count_after_a_singular_missile_and_drones() -> None:
    text = ("Enemy attacks Ukraine with ballistic missile and 122 drones overnight, 111 neutralized\nOvernight, Russian "
            "troops attacked Ukraine with one Iskander-M ballistic missile and 122 attack UAVs. Air defense shot down or "
            "suppressed 111 enemy drones, and shot down 33 drones and the cruise missile.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.neutralized.drones.value, attack.neutralized.missiles) == (111, None)


def test_that_makes_may_the_most_intense_month_for_drones() -> None:
    text = ("In May, Russia launched 8,152 long-range drones and 217 missiles at Ukraine. That makes May the most intense "
            "month for drone attacks since the start of the full-scale invasion, up from about 6,600 in April.")
    assert _totals(text, date(2026, 6, 1)) == {("2026-05", "drones"): (8152, "exact", True),
                                               ("2026-05", "missiles"): (217, "exact", False),
                                               ("2026-04", "drones"): (6600, "approx", False)}


def test_targets_struck_are_no_weapons() -> None:
    text = ("Iran launched about 100 drones toward Israel on Friday. Israel said about 200 of its fighter jets had taken "
            "part, striking about 100 targets across Iran.")
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.total, launched.drones.value) == (None, 100)


def test_a_wars_sum_is_no_attack() -> None:
    text = ("ANALYSIS: How many missiles does Iran have left?\nOver the course of the 12-day war, Iran fired about 550 "
            "ballistic missiles and more than 1,000 drones at Israel, according to Israeli figures. Dozens got "
            "through, killing 28 people in Israel.")
    assert extract_text(text, published=date(2025, 7, 18), lang="en").attacks == []


def test_drones_named_in_an_apposition_between_dashes() -> None:
    text = "According to the Air Force, Russia sent 160 drones — Shaheds and decoy Gerberas — against Ukraine overnight."
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Shahed-136/131": 160}


def test_a_toll_after_a_governors_sentence_about_one_district() -> None:
    text = ("Overnight, Russia launched 41 attack drones against Ukraine. According to the Odesa Oblast governor, the "
            "enemy attacked port infrastructure in the Izmail district. Two port workers were injured.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_a_toll_after_debris_had_fallen_in_one_city() -> None:
    text = ("Russia's defence ministry said it had destroyed 132 Ukrainian drones over Russian regions overnight. The "
            "governor said debris from downed drones had fallen on an industrial enterprise in Saratov. One person was "
            "injured, he said.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_a_toll_across_ukraine_outweighs_a_claim_about_ukrainian_drones() -> None:
    text = ("Ukraine war live: Ternopil toll climbs as air force updates overnight drone figures\n15:10 - Nationwide toll\n"
            "The state emergency service says four people were killed and 19 injured across Ukraine in the overnight "
            "attack.\n13:02 - Moscow claims drones over Bryansk\nRussia's defence ministry claims to have destroyed 33 "
            "Ukrainian drones overnight.\n07:02\nUkraine's air force says Russia launched 72 Shahed-type drones and "
            "decoys overnight; 45 were shot down.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value, attack.killed.value) == ("RU", "UA", 72, 4)


def test_a_bracket_between_the_attack_and_its_weapons() -> None:
    text = ("Russian forces attacked Ukraine on the night of January 14 (from 18:00 on January 13) with 142 strike UAVs "
            "of the Shahed, Gerbera and Italmas types.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=date(2026, 1, 14), lang="en").attacks[0].weapons}
    assert weapons == {"Shahed-136/131": 142}


@pytest.mark.parametrize("text", [
    "Air defense forces destroyed 15 attack drones over Odesa region overnight, the regional governor said. A port "
    "employee was injured.",
    "Air defence systems shot down six drones over the Belgorod district, the governor said.",
])
def test_a_report_of_one_regions_downs_only_is_no_attack(text: str) -> None:
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_the_whole_before_its_regional_part_is_the_attacks() -> None:
    text = ("Russia's defence ministry said its air defences had destroyed 44 Ukrainian drones overnight, 29 of them "
            "over the Krasnodar region.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 44


def test_hits_after_a_fronted_city_are_the_citys() -> None:
    text = ("Russia launched 80 drones and 30 missiles overnight. In Zaporizhzhia, 22 missiles hit the city's outskirts. "
            "Across the country, hits of 25 missiles were recorded at 9 locations.")
    hits = extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits
    assert (hits.missiles.value, hits.locations.value) == (25, 9)


def test_downs_mostly_over_one_region_and_a_part_of_them_over_another() -> None:
    text = ("Russia attacked Odesa Oblast with 33 Shahed drones overnight. Air defense shot down 25 of the Shaheds, mostly "
            "over Odesa Oblast. Two of them were downed over Mykolaiv Oblast.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 25


@pytest.mark.parametrize("text, model, launched", [
    ('"Forty-two Shaheds came at us overnight, launched from two directions. Forty-one Shaheds were destroyed."',
     "Shahed-136/131", 42),
    ("From ten strategic bombers Tu-95MS were launched 43 cruise missiles of type Kh-101/Kh-555.", "X-101/X-555", 43),
    ("The air force said that of the 810 Shahed-type attack drones and decoys, 747 had been shot down or suppressed.",
     "Shahed-136/131", 810),
])
def test_launches_in_other_words(text: str, model: str, launched: int) -> None:
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
               if w.launched}
    assert weapons[model] == launched


def test_a_round_headline_count_beside_about_the_same_is_rounded() -> None:
    text = ("Russia hits Ukraine with over 100 missiles and 100 drones; Poland scrambles jets\nRussia fired more than 100 "
            "missiles and about 100 drones at cities across the country. The air force said Russia had used 127 "
            "missiles and 109 drones in the attack.")
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.missiles.value, launched.drones.value) == (127, 109)


def test_an_update_header_with_its_time_and_the_same_month() -> None:
    text = ("As of 07:00, 51 Shahed-type attack UAVs had been recorded and 34 of them destroyed.\nUPDATED (10:52).\nIn "
            "total, the enemy launched 54 Shahed-type attack UAVs overnight. Air defence shot down 38 drones.")
    destroyed = extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed
    assert destroyed.drones.value == 38
    text = "In April, Russia launched 6,500 drones. Over the same month, Russia used 144 missiles of various types."
    assert _totals(text, date(2026, 5, 2))[("2026-04", "missiles")] == (144, "exact", False)


def test_a_dash_breaks_down_a_count_of_them() -> None:
    text = ("Ukraine's Air Force said that Russia used 614 air attack weapons in total. Air defense shot down or "
            "suppressed 577 of them — 546 drones and 31 missiles. More than 40 companies now make interceptor drones, "
            "up from 10 in the summer.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    n = attack.neutralized
    assert (n.total.value, n.drones.value, n.missiles.value, attack.launched.drones) == (577, 546, 31, None)


def test_drones_that_flew_out_of_the_airspace() -> None:
    text = ("Russia launched 188 drones overnight. Five more drones flew out of Ukrainian airspace in the direction of "
            "Belarus and Russia, it added.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].other["returned"].value == 5


def test_there_were_two_iskanders_and_a_model_code_with_a_digit() -> None:
    text = ('Russia struck Sumy on Sunday morning. "There were two Iskander-M ballistic missiles. Both struck the city '
            'centre," the spokesman said. Elsewhere Russia fired one 3M22 Zircon at Odesa.')
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
               if w.launched}
    assert weapons == {"Iskander-M/KN-23": 2, "3M22 Zircon": 1}


def test_a_sum_after_a_dash_in_total() -> None:
    text = ("Russia attacked overnight with 29 Kh-101 cruise missiles and 28 Shahed drones — 57 air attack weapons in "
            "total. Of these, 18 cruise missiles and 25 drones were destroyed — 43 targets in total.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.total.value, attack.destroyed.total.value) == (57, 43)


def test_fates_across_clauses_and_a_title_after_a_hyphen() -> None:
    text = "Evening strike on Dnipro: Air Force says both ballistic missiles hit, 27 of 33 drones downed"
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.hits.missiles.value) == (27, 2)
    text = ("Air defence destroyed 602 drones and 40 missiles, among them 11 of the Iskander-Ms. Three of the five Kalibr "
            "cruise missiles fired from the Black Sea were also downed, and two Kh-59 guided missiles, which were both "
            "shot down.")
    weapons = {w.model: w.destroyed.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons
               if w.destroyed}
    assert weapons == {"Iskander-M/KN-23": 11, "Kalibr": 3, "X-59/X-69": 2}


def test_a_count_of_two_models_written_with_a_slash() -> None:
    text = "The enemy attacked with 4 Iskander-M/S-300 ballistic missiles and 181 Shahed drones overnight."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 4
    assert {w.model for w in attack.weapons} == {"Shahed-136/131"}


def test_a_second_reported_clause_has_its_own_verb() -> None:
    text = ("Russia attacked overnight with 29 Kh-101 cruise missiles and 28 Shahed drones. The governor said two "
            "missiles had hit a facility in the region, and that some 20 missiles and seven drones had been recorded "
            "in the region's airspace.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.hits.drones, attack.launched.drones.value) == (None, 28)


def test_the_main_target_is_a_region_and_the_governors_hits_are_his() -> None:
    text = ("Russia attacked overnight with 29 Kh-101 cruise missiles and 28 Shahed drones; hits were recorded at 5 "
            "locations. The western Lviv region was one of the main targets. The governor said two missiles had hit a "
            "critical infrastructure facility in the region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.regions, attack.hits.missiles) == (["UA-46"], None)


@pytest.mark.parametrize("aside, code", [
    ("Emergency power cuts were introduced in the Donetsk region, grid operator Ukrenergo said.", "UA-14"),
    ("In Ternopil, most of the city was left without electricity and heating on a freezing morning.", "UA-61"),
    ("The air force said the main blow was aimed at the Sumy region.", "UA-59"),
    ("The Kinzhals were aimed at an air base in the Khmelnytskyi region.", "UA-68"),
])
def test_places_an_attack_cut_off_or_aimed_at(aside: str, code: str) -> None:
    text = "Russia launched 120 drones and 20 missiles at Ukraine overnight. " + aside
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == [code]


def test_a_ministrys_list_of_regions() -> None:
    text = ("Russia's defence ministry said it had destroyed 337 Ukrainian drones overnight, 91 of them over the Moscow "
            "region. The ministry also listed the Bryansk and Kursk regions.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["RU-BRY", "RU-KRS", "RU-MOS"]


def test_the_highest_number_in_a_single_night_is_a_claim() -> None:
    text = ("Russia launched 472 drones at Ukraine overnight into Sunday, the highest number in a single night since the "
            "start of its invasion.")
    claims = extract_text(text, published=PUBLISHED, lang="en").attacks[0].claims
    assert any("highest number in a single night" in c for c in claims)


def test_drones_that_remain_in_the_airspace() -> None:
    text = "Russia launched 100 drones overnight. As of publication, 3 enemy UAVs remain in the airspace."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].other["airborne"].value == 3


@pytest.mark.parametrize("sentence, field, key, value", [
    ("5 drones went missing from radar.", "suppressed", "drones", 5),
    ("6 drones dropped off radar.", "suppressed", "drones", 6),
    ("30 UAVs were lost locally without negative consequences.", "suppressed", "drones", 30),
    ("4 missiles did not reach their targets, most likely due to active EW countermeasures.", "suppressed", "missiles", 4),
])
def test_air_force_phrasings_of_fates(sentence: str, field: str, key: str, value: int) -> None:
    attack = extract_text("Russia launched 100 drones and 10 missiles overnight. " + sentence, published=PUBLISHED,
                          lang="en").attacks[0]
    assert getattr(getattr(attack, field), key).value == value


@pytest.mark.parametrize("sentence, value", [
    ("Ukraine faced 310 drones overnight.", 310),
    ("Overnight, 150 drones flew into Ukraine from the east.", 150),
    ("Overnight, 120 drones entered Ukrainian airspace.", 120),
])
def test_launches_told_from_the_defender(sentence: str, value: int) -> None:
    assert extract_text(sentence, published=PUBLISHED, lang="en").attacks[0].launched.drones.value == value


def test_a_toll_told_as_lives_taken() -> None:
    text = "Russia launched 100 drones overnight, claiming the lives of four people."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 4


def test_a_place_named_to_locate_another_is_no_toll_place() -> None:
    text = ("Russia's defence ministry said it had destroyed 337 Ukrainian drones over Russia overnight. In the Ryazan "
            "region, about 200 km (125 miles) southeast of Moscow, the governor said falling debris had started a fire "
            "at an industrial enterprise and injured two people.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_an_attack_with_its_weapons_after_a_long_place_phrase_and_the_one_missile() -> None:
    text = ("Russia struck energy facilities in western and southern Ukraine overnight on Tuesday with 396 attack drones "
            "and 29 missiles, the Air Force said. Air defences shot down 367 drones and 25 missiles, including all four "
            "Iskander-Ks and the Kh-59/69.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.hits.drones) == (396, None)
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {"Iskander-K": 4, "X-59/X-69": 1}


def test_each_models_fate_in_brackets() -> None:
    text = ("UKRAINE THIS MORNING\nFrom: Ukraine This Morning <newsletter@example>\nRussia attacked Ukraine overnight with "
            "464 drones and 22 missiles. The missiles included eight Kalibr cruise missiles (five shot down), seven "
            "Iskander-K cruise missiles (five shot down) and four Kinzhal aeroballistic missiles (one shot down).")
    weapons = {w.model: (w.launched.value, w.destroyed.value)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Kalibr": (8, 5), "Iskander-K": (7, 5), "X-47 Kinzhal": (4, 1)}


def test_the_other_side_had_for_its_part() -> None:
    text = ("Ukraine launches biggest drone attack on Moscow\nRussia's Defense Ministry said air defenses intercepted and "
            "destroyed 337 Ukrainian drones over 10 regions overnight. Ukraine's Air Force said Russia had, for its "
            "part, launched 126 drones at Ukraine overnight, of which 79 were shot down.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.launched.drones, attack.destroyed.drones.value) == ("UA", None, 337)


def test_a_series_of_models_each_with_its_fate() -> None:
    text = ("Russia launched 34 missiles overnight. According to the air force, the attack involved 13 Kh-101 cruise "
            "missiles, 11 of which were shot down; 14 Kalibr cruise missiles, 12 of them shot down; two Kh-22 missiles, "
            "neither of which was stopped; one Kinzhal hypersonic missile, which was shot down; and one 3M22 Zircon.")
    weapons = {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": (13, 11), "Kalibr": (14, 12), "X-22": (2, None), "X-47 Kinzhal": (1, 1),
                       "3M22 Zircon": (1, None)}


def test_series_items_all_of_which_or_all_three_downed() -> None:
    text = ("Russia launched 34 missiles overnight. The missiles included 27 Kh-101 cruise missiles, 23 of which were "
            "downed; four Kh-59/69 guided missiles, all of which were destroyed; three Kalibr cruise missiles, all three "
            "downed; and one Iskander-M ballistic missile.")
    weapons = {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None)
               for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"X-101/X-555": (27, 23), "X-59/X-69": (4, 4), "Kalibr": (3, 3), "Iskander-M/KN-23": (1, None)}


def test_the_number_first_put_at_then_raised() -> None:
    text = ("Air defences shot down 76 of the 188 drones, the air force said. It had initially put the number at 73 "
            "before later raising the figure to 76.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones.value == 76


def test_a_losses_tally_and_assaults_repelled_are_no_attack() -> None:
    text = ("The Defense Forces have also destroyed 11,580 (+3) tanks, 101,350 (+654) operational-tactical UAVs and 4,190 "
            "cruise missiles. In the Pokrovsk and Huliaipole directions, Ukrainian defenders repelled 47 and 23 Russian "
            "assaults respectively.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


@pytest.mark.parametrize("text", [
    "Russia launched nearly 1,000 drones at Ukraine over the weekend.",
    "Russia launched 1,500 drones at Ukraine over the past three days, Zelensky said.",
])
def test_a_sum_of_several_days_is_no_attack(text: str) -> None:
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_a_headline_list_after_a_colon_shares_its_verb_and_a_fronted_whole() -> None:
    text = ("Overnight, Russia attacked Ukraine with three guided missiles and eight Shaheds: two missiles and six drones "
            "destroyed")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value, attack.destroyed.drones.value) == (3, 2, 6)
    text = "Russia launched 653 drones and 51 missiles overnight. Of the 51 missiles, 14 were Iskander-M ballistic missiles."
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Iskander-M/KN-23": 14}


def test_the_children_among_the_capitals_dead_are_the_capitals() -> None:
    text = ("KYIV — Russia hit Kyiv with a massive overnight barrage of 598 drones and 31 missiles, killing at least 23 "
            "people in the Ukrainian capital, including four children, officials said Thursday.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed is None


def test_hammered_with_drones() -> None:
    text = "Russia hammered Ukraine's power plants with 450 drones and 71 missiles overnight into Tuesday."
    launched = extract_text(text, published=PUBLISHED, lang="en").attacks[0].launched
    assert (launched.drones.value, launched.missiles.value) == (450, 71)


def test_the_day_of_what_was_reported() -> None:
    text = ("Russian forces attacked Ukraine overnight on February 27 with 187 strike drones of the Shahed, Gerbera and "
            "other types. Earlier, RBC-Ukraine reported that on February 26 Russia launched 420 drones at Ukraine.")
    attack = extract_text(text, published=date(2026, 2, 27), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2026-02-27", 187)


def test_drones_downed_over_a_third_country_told_by_its_leader() -> None:
    text = ("Russia launched 415 drones and 40 missiles at Ukraine overnight. Prime Minister Donald Tusk said there had "
            "been 19 violations of Polish airspace and that at least three drones had been downed.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].destroyed.drones is None


def test_debris_fell_at_another_ten() -> None:
    text = "Russia fired 579 drones overnight. Hits were recorded at 10 locations, and debris fell at another 10."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].debris_locations.value == 10


def test_a_toll_in_a_named_district() -> None:
    text = ("Russia fired two Zircon missiles at Kyiv before dawn. Both missiles struck an industrial site. Four people "
            "were injured in the Darnytskyi district.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured is None


def test_a_dash_list_after_an_abbreviated_date_and_a_count_between_dashes() -> None:
    text = ("Russia launched 704 air attack assets against Ukraine overnight on Saturday, Dec. 6 – 653 drones and 51 "
            "missiles – in another massive strike.")
    launched = extract_text(text, published=date(2025, 12, 6), lang="en").attacks[0].launched
    assert (launched.total.value, launched.drones.value, launched.missiles.value) == (704, 653, 51)
    text = ("Moscow launched 549 drones and missiles overnight. The bulk of the barrage — 496 — were Shahed-type attack "
            "drones and decoys.")
    weapons = {w.model: w.launched.value for w in extract_text(text, published=PUBLISHED, lang="en").attacks[0].weapons}
    assert weapons == {"Shahed-136/131": 496}


def test_a_month_just_begun_is_last_years_and_a_post_on_its_channel() -> None:
    text = "In July, Russia launched 6,297 drones. The smallest monthly total came in January, with 2,629 drones."
    assert ("2025-01", "drones") in _totals(text, date(2026, 1, 2))
    text = ("MOSCOW, May 7 (Interfax) - Russian air defence systems destroyed 54 Ukrainian drones over four Russian regions "
            "between 20:00 and 23:00 Moscow time on Tuesday, the ministry said in a statement posted on its Telegram "
            "channel early on Wednesday.")
    assert extract_text(text, published=date(2025, 5, 7), lang="en").attacks[0].date == "2025-05-06"


def test_the_second_highest_month_before_is_no_record() -> None:
    text = ("Russia launched some 5,300 long-range attack drones at Ukraine in October. That is slightly fewer than the "
            "5,648 drones counted in September, the second-highest monthly figure of the war after July.")
    assert _totals(text, date(2025, 11, 3))[("2025-10", "drones")] == (5300, "approx", False)


def test_a_live_blog_post_does_not_take_the_date_of_the_post_above_it() -> None:
    text = ("Ukraine war live: Russia launches massive overnight attack on Kyiv\n\n"
            "Key events\n- Air force: 519 drones and 40 missiles launched overnight\n"
            "- Zelensky to meet Trump in Florida on Sunday\n\n"
            "14:12\nThe interior minister says two people were killed and 46 were injured across Ukraine in the "
            "overnight attack.\n\n"
            "08:15 Early estimate\nAn air force spokesperson said about 500 drones had been used overnight, adding that "
            "a full tally would follow later in the day.")
    attack = extract_text(text, published=date(2025, 12, 27), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (2, 46)
    assert attack.launched.drones.value == 519  # "a full tally would follow later" is no update


def test_the_part_of_a_whole_without_a_number_launched_then_downed() -> None:
    text = ("Russia sent 556 drones against Ukraine during daylight hours on Tuesday. The air force said 541 of the drones "
            "launched between 9 a.m. and 6 p.m. were destroyed. The daytime wave followed an overnight barrage in which "
            "Russia launched 392 drones and 32 missiles.")
    attack = extract_text(text, published=date(2026, 3, 25), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (556, 541)
    assert attack.launched.missiles is None  # the overnight barrage's


def test_a_regional_label_and_a_southern_regions_count_report_no_attack() -> None:
    text = ("Mykolaiv region: air defense downs 11 drones overnight, Kim says\n\n"
            "Overnight, air defense forces shot down 11 enemy drones over the Mykolaiv region, the governor said.\n\n"
            "Air Command South reported that 32 Shahed-type drones had been downed over the southern regions of Ukraine "
            "overnight, including over the Odesa and Mykolaiv regions.")
    assert extract_text(text, published=date(2025, 11, 18), lang="en").attacks == []


def test_a_crews_best_night_and_its_own_launches_are_no_attack() -> None:
    text = ("His unit has downed more than 1,500 attack drones since it was formed. On its best night, the crew says, it "
            "brought down 11. \"The first ten we launched, we missed nine,\" the commander recalls.")
    assert extract_text(text, published=date(2025, 11, 28), lang="en").attacks == []


def test_a_live_blog_whose_top_post_is_a_daytime_wave_after_the_night() -> None:
    text = ("Ukraine war live: Russia sends new wave of drones in daylight after night attack\n\n"
            "18:12\nAir force gives figures for daytime attack\n\n"
            "Ukraine's air force has just published figures for today's daytime assault. Russia sent 234 attack drones "
            "from late morning until early evening, and 175 of them were shot down or suppressed.\n\n"
            "09:20\nOvernight attack: figures\n\n"
            "The air force says Russia launched 268 drones and an Iskander-M ballistic missile overnight; 249 of the "
            "drones were downed. Hits were recorded at 15 locations.")
    attack = extract_text(text, published=date(2026, 5, 3), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (234, 175)
    assert attack.launched.missiles is None and attack.destroyed.drones is None and attack.hits.locations is None


def test_a_models_implied_launch_does_not_replace_the_stated_class_part() -> None:
    text = ("Russia attacked Ukraine overnight with 215 air weapons, including 206 drones and nine missiles. The missiles "
            "included six Kh-59/69 guided missiles, two Iskander-M ballistic missiles and one Iskander-K cruise missile. "
            "Air defense forces shot down 87 drones and seven missiles: all six Kh-59/69s and the single Iskander-K.")
    attack = extract_text(text, published=date(2025, 6, 7), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (9, 7)
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed}["X-59/X-69"] == 6


def test_two_models_named_in_one_list_are_not_the_class() -> None:
    text = ("Russia fired 476 drones and 48 missiles in the overnight assault, and air defence shot down 442 of the drones "
            "and 41 of the missiles. Among the missiles were Kh-101 cruise missiles launched from strategic bombers and "
            "Iskander-M ballistic missiles.")
    assert extract_text(text, published=date(2025, 11, 19), lang="en").attacks[0].weapons == []
    text = "Russia fired 10 ballistic missiles overnight. All were identified as Iskander-M."
    assert [w.model for w in extract_text(text, published=date(2025, 11, 19), lang="en").attacks[0].weapons] == [
        "Iskander-M/KN-23"]


def test_kyiv_opening_a_list_of_oblasts_is_the_region_and_days_after_is_background() -> None:
    text = ("Russia attacked Ukraine with 188 drones overnight. Air defense shot down 76 drones over 17 oblasts: Kyiv, "
            "Chernihiv, Sumy and Odesa. The attack came days after Russia hit Dnipro with an experimental missile.")
    assert extract_text(text, published=date(2024, 11, 26), lang="en").attacks[0].regions == [
        "UA-32", "UA-51", "UA-59", "UA-74"]
    text = "Russia attacked Ukraine with 188 drones overnight. Drones hit Kyiv and Odesa."
    assert extract_text(text, published=date(2024, 11, 26), lang="en").attacks[0].regions == ["UA-30", "UA-51"]


def test_an_attack_that_capped_a_month_in_which_russia_launched() -> None:
    text = ("Russia launched 223 drones overnight; 206 were shot down or suppressed. The attack capped a month in which "
            "Russia launched more than 5,100 drones and 265 missiles of various types at Ukraine.")
    assert _totals(text, date(2025, 11, 1)) == {("2025-10", "drones"): (5100, "more_than", False),
                                                 ("2025-10", "missiles"): (265, "exact", False)}
    attack = extract_text(text, published=date(2025, 11, 1), lang="en").attacks[0]
    assert attack.launched.drones.value == 223 and attack.launched.missiles is None


def test_a_part_named_by_its_model_after_of_them() -> None:
    text = ("Russia attacked Ukraine overnight with 482 air attack weapons: 464 strike drones, about 250 of them Shaheds, "
            "and 18 missiles, nine of them Kalibrs.")
    attack = extract_text(text, published=date(2025, 11, 25), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (464, 18)
    assert {w.model: (w.launched.value, w.launched.qualifier) for w in attack.weapons} == {
        "Shahed-136/131": (250, "approx"), "Kalibr": (9, "exact")}
    text = "Kryvbas fired 19 shots at goal, seven of them on target, and hit the woodwork twice."
    assert extract_text(text, published=date(2025, 11, 25), lang="en").attacks == []


def test_a_governors_toll_and_a_toll_in_the_clause_of_one_region() -> None:
    text = ("Russia fired one Iskander-M missile and 47 drones at Odesa overnight. Three port workers were injured, Odesa "
            "regional governor Oleh Kiper said.")
    assert extract_text(text, published=date(2025, 10, 26), lang="en").attacks[0].injured is None
    text = ("Russia launched 355 drones overnight. Drones damaged an industrial facility in the Khmelnytskyi region, and "
            "in the Kharkiv region a drone struck a private house, injuring one man, officials said.")
    assert extract_text(text, published=date(2025, 5, 26), lang="en").attacks[0].injured is None
    text = ("Russia struck Odesa with drones overnight, launching 47 in all. The attack killed eight people and injured "
            "10, regional governor Oleh Kiper said.")
    attack = extract_text(text, published=date(2025, 10, 26), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (8, 10)


def test_a_regions_hits_in_a_tour_of_the_regions_are_not_the_attacks() -> None:
    text = ("Russia launched 753 drones in a daytime attack, and 710 were shot down or suppressed. In the Volyn region, two "
            "drones hit warehouses on the edge of Lutsk, and in the Ivano-Frankivsk region a strike on an energy facility "
            "caused power cuts.")
    attack = extract_text(text, published=date(2026, 5, 13), lang="en").attacks[0]
    assert attack.hits.drones is None and attack.regions == ["UA-07", "UA-26"]


def test_debris_from_a_drone_that_damaged_a_place_locates_the_damage_not_the_launch() -> None:
    text = ("Russia launched 90 drones at Ukraine overnight, the air force said. Debris from a downed drone damaged cars "
            "in Odesa.")
    assert extract_text(text, published=date(2025, 7, 4), lang="en").attacks[0].regions == ["UA-51"]
    text = "Russia launched 90 drones from Kursk overnight, the air force said."
    assert extract_text(text, published=date(2025, 7, 4), lang="en").attacks[0].regions == []


def test_the_single_weapon_named_after_a_count_of_another_model_is_one() -> None:
    text = ("Russia fired 100 drones and nine missiles overnight. Air defense forces shot down 87 drones and seven "
            "missiles: all six Kh-59/69s and the single Iskander-K.")
    attack = extract_text(text, published=date(2025, 7, 4), lang="en").attacks[0]
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {"X-59/X-69": 6, "Iskander-K": 1}
    assert attack.destroyed.missiles.value == 7


def test_an_airport_closed_as_a_precaution_is_not_a_place_struck() -> None:
    lead = ("Russian air defences destroyed 31 Ukrainian drones overnight, 12 of them over the Bryansk region, the defence "
            "ministry said. ")
    attack = extract_text(lead + "Flights were suspended at Kaluga airport during the attack.",
                          published=date(2025, 11, 20), lang="en").attacks[0]
    assert attack.regions == ["RU-BRY"]
    attack = extract_text(lead + "Debris damaged a hangar at Kaluga airport, where flights were suspended.",
                          published=date(2025, 11, 20), lang="en").attacks[0]
    assert attack.regions == ["RU-BRY", "RU-KLU"]


def test_a_city_where_no_strikes_were_reported_is_not_a_place_struck() -> None:
    lead = "Russia launched 72 drones overnight, and drones hit homes in the Sumy region, the air force said. "
    for aside in ("In Kyiv, where no strikes were reported overnight, crowds gathered for the holiday.",
                  "Kyiv was spared in the overnight attack."):
        assert extract_text(lead + aside, published=date(2025, 8, 24), lang="en").attacks[0].regions == ["UA-59"]
    aside = "Drones were also shot down over the Lviv region overnight, where no damage was reported."
    assert extract_text(lead + aside, published=date(2025, 8, 24), lang="en").attacks[0].regions == ["UA-46", "UA-59"]


def test_a_toll_told_only_in_another_countrys_city_is_not_this_attacks() -> None:
    text = ("Ukraine launched eight drones at Moscow early on Tuesday, Russia's defence ministry said; five were shot down "
            "over the Moscow region. The drone strikes came hours after Russia's third attack on Kyiv in 24 hours. "
            "Authorities in Kyiv said air defences destroyed more than 20 drones over the city, and one person was killed.")
    attack = extract_text(text, published=date(2023, 5, 30), lang="en").attacks[0]
    assert (attack.attacker, attack.launched.drones.value, attack.killed) == ("UA", 8, None)


def test_a_count_before_a_list_of_kinds_is_the_first_kinds() -> None:
    text = ("Russia fired 158 missiles overnight, the air force said, including five Kinzhal aeroballistic missiles, "
            "Kh-22 anti-ship missiles and S-300 anti-aircraft missiles.")
    attack = extract_text(text, published=date(2023, 12, 29), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons if w.launched} == {"X-47 Kinzhal": 5}
    text = ("Russia fired 93 missiles overnight: 86 Kh-101/Kh-555 air-launched cruise missiles, Kalibr sea-launched "
            "cruise missiles and Iskander-K ground-launched cruise missiles, and seven others.")
    attack = extract_text(text, published=date(2024, 12, 13), lang="en").attacks[0]
    assert not any(w.model == "X-101/X-555" and w.launched for w in attack.weapons)


def test_one_models_fate_while_another_model_came_is_no_fate_of_the_class() -> None:
    text = ("Russia fired 653 drones and 52 missiles overnight, the air force said. The missiles included 30 Kh-101 "
            "cruise missiles, 21 of which were downed, and four Kinzhal aeroballistic missiles.")
    attack = extract_text(text, published=date(2025, 10, 30), lang="en").attacks[0]
    assert attack.destroyed.missiles is None
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {"X-101/X-555": 21}


def test_a_place_in_a_clause_after_as_is_not_the_counts_place() -> None:
    text = ("Russia's defence ministry said on Sunday its air defences had shot down 121 Ukrainian drones overnight, "
            "most of them over the south and the Black Sea, as a fire broke out at an oil refinery in the Volgograd "
            "region. It said 24 were downed over the Krasnodar region.")
    attack = extract_text(text, published=date(2025, 11, 2), lang="en").attacks[0]
    assert (attack.attacker, attack.destroyed.drones.value) == ("UA", 121)


def test_one_hit_while_others_hit_elsewhere_is_not_the_attacks_hits() -> None:
    text = ("Iran fired around 30 ballistic missiles at Israel early Thursday, one of which struck the main hospital in "
            "Beersheba, while others hit residential buildings near Tel Aviv, officials said.")
    attack = extract_text(text, published=date(2025, 6, 19), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.hits.missiles) == (30, None)
    text = "Russia fired 12 missiles at Ukraine overnight, and three of them struck an energy facility, the air force said."
    assert extract_text(text, published=date(2025, 6, 19), lang="en").attacks[0].hits.missiles.value == 3


def test_a_city_said_to_be_one_of_several_regions_targeted_reports_only_its_share() -> None:
    text = ("Russian troops attacked Kharkiv with attack drones overnight. The mayor said seven drones struck the city. "
            "Kharkiv was one of several regions targeted during the night; the Air Force has not yet published its figures.")
    assert extract_text(text, published=date(2026, 4, 4), lang="en").attacks == []
    text = "Russian troops attacked Kharkiv with attack drones overnight. The mayor said seven drones struck the city."
    assert extract_text(text, published=date(2026, 4, 4), lang="en").attacks[0].hits.drones.value == 7


def test_an_evening_window_on_the_day_before_opens_the_night() -> None:
    text = ("Russia's defence ministry said on Sunday that its air defences had destroyed 118 Ukrainian drones overnight. "
            "Between 20:00 and 23:00 on Saturday, 27 drones were intercepted over the Kursk and Belgorod regions, and "
            "between 23:00 and 07:00 a further 91 were destroyed over the Bryansk region.")
    attack = extract_text(text, published=date(2026, 4, 19), lang="en").attacks[0]
    assert (attack.date, attack.destroyed.drones.value) == ("2026-04-19", 118)
    assert attack.regions == ["RU-BEL", "RU-BRY", "RU-KRS"]


def test_a_not_attack_word_in_the_figures_own_clause_unmakes_it() -> None:
    text = ("A total of 15,947 drones took to the sky above the river during the annual fireworks festival on Saturday "
            "night, forming images of flowers.")
    assert extract_text(text, published=date(2025, 10, 12), lang="en").attacks == []
    text = ("Russia launched 73 drones at Ukraine overnight. Air defences downed 67 drones, while three drones were "
            "\"lost\" in what is usually a reference to electronic jamming.")
    assert extract_text(text, published=date(2025, 10, 12), lang="en").attacks[0].suppressed.drones.value == 3


def test_a_lead_toll_after_a_dated_headline_and_one_towns_toll_in_a_wider_attack() -> None:
    text = ("Russian ballistic missiles slam into Sumy on Sunday\n\nSUMY (AP) — Two Russian ballistic missiles struck the "
            "city of Sumy on Sunday morning, killing at least 34 people and wounding 117 others, officials said.")
    attack = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (34, 117)
    text = ("Russian ballistic missiles struck the town of Balakliia in the Kharkiv region on Sunday evening, killing three "
            "people, the governor said. The air force said Russia had launched three Iskander-M missiles and 40 drones, "
            "mainly at the Kharkiv and Dnipropetrovsk regions.")
    assert extract_text(text, published=date(2025, 11, 17), lang="en").attacks[0].killed is None


def test_a_toll_from_one_drones_debris_is_that_places() -> None:
    text = ("Pakistan's military said on Thursday it had shot down 25 drones sent by India overnight. Debris from one of "
            "the drones fell near a military installation in Lahore, wounding four soldiers, he said.")
    attack = extract_text(text, published=date(2025, 5, 8), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.injured) == (25, None)


def test_an_update_header_with_a_comma_before_its_time_opens_an_update() -> None:
    text = ("On the night of 16 August, the enemy attacked with 85 attack UAVs. As of 08:00, 61 enemy UAVs were shot down "
            "or suppressed.\n\nUPDATE, 10:40. After clarification, the Air Force said that 64 enemy drones had been shot "
            "down or suppressed.")
    attack = extract_text(text, published=date(2025, 8, 16), lang="en").attacks[0]
    assert attack.neutralized.drones.value == 64


def test_a_headlines_passive_victim_is_not_the_attacker() -> None:
    text = ("Southern Ukraine hit as Russia sends nearly 160 drones overnight\n\nRussia sent nearly 160 drones against "
            "Ukraine overnight, the air force said. About 110 of them were shot down or jammed.")
    attack = extract_text(text, published=date(2026, 2, 13), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("RU", "UA")
    text = "Ukraine hit Russia's Saratov refinery with drones overnight; Russia said it downed 41 drones over seven regions."
    assert extract_text(text, published=date(2026, 2, 13), lang="en").attacks[0].attacker == "UA"


def test_a_night_named_beside_the_day_of_publication_dates_the_attack() -> None:
    text = ("Crews were still restoring power in western Ukraine on Monday after Russia's attack overnight into Sunday, "
            "when 442 drones were launched against the country, officials said.")
    assert extract_text(text, published=date(2026, 3, 30), lang="en").attacks[0].date == "2026-03-29"
    text = "Russia launched 90 drones at Ukraine late on Sunday and early on Monday, the air force said."
    assert extract_text(text, published=date(2026, 3, 30), lang="en").attacks[0].date == "2026-03-30"


def test_a_headlines_rounded_total_that_the_body_gives_as_the_drones_is_no_total() -> None:
    text = ("Russia hits Ukraine with more than 100 drones and ballistic missiles overnight\n\nRussia launched more than "
            "100 drones and several ballistic missiles at Ukraine overnight. The enemy used 109 Shahed-type drones and "
            "five Iskander-M ballistic missiles, the air force said.")
    attack = extract_text(text, published=date(2025, 10, 4), lang="en").attacks[0]
    assert (attack.launched.total, attack.launched.drones.value, attack.launched.missiles.value) == (None, 109, 5)


def test_weapons_that_were_of_a_models_type_are_that_model() -> None:
    text = ("Russia attacked Ukraine overnight with 703 means of air attack, including 44 missiles and 659 drones, the "
            "Air Force said. The 659 strike UAVs were of the Shahed, Gerbera and other types.")
    attack = extract_text(text, published=date(2025, 4, 16), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"Shahed-136/131": 659}
    text = ("Russia launched 60 missiles overnight, the air force said, and the 26 ballistic missiles were of the "
            "Iskander-M and KN-23 types.")
    attack = extract_text(text, published=date(2025, 4, 16), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"Iskander-M/KN-23": 26}


@pytest.mark.parametrize("sentence", [
    "\"At first we hit one in ten Shaheds. Now it's more like seven in ten,\" said the commander.",
    "Air defences now shoot down roughly nine out of ten drones, the spokesman said.",
])
def test_both_numbers_of_a_ratio_are_no_counts(sentence: str) -> None:
    assert extract_text(sentence, published=date(2026, 1, 28), lang="en").attacks == []


def test_a_match_report_in_the_words_of_war_is_no_attack() -> None:
    sentence = ("Shakhtar fired 19 shots, only four of them on target, and goalkeeper Ruslan Neshcheret parried all four "
                "as the visitors launched 31 balls into the box in Kyiv.")
    assert extract_text(sentence, published=date(2026, 1, 28), lang="en").attacks == []


def test_an_occupied_place_in_a_launch_list_is_where_from() -> None:
    text = ("On the night of 18 July, the enemy attacked with 19 air attack weapons:\n– 16 Shahed attack UAVs from Cape "
            "Chauda;\n– 2 Kh-59/69 guided air missiles from Su-34 aircraft over the occupied part of the Zaporizhzhia "
            "region;\n– 1 Kh-35 missile from the Black Sea.\nAll 19 air targets were shot down:\n– 16 Shaheds over the "
            "Mykolaiv and Odesa regions.")
    attack = extract_text(text, published=date(2024, 7, 18), lang="en").attacks[0]
    assert attack.regions == ["UA-48", "UA-51"]


def test_both_missiles_hit_says_two_came_and_they_were_a_model() -> None:
    text = ("Two Russian ballistic missiles struck the centre of Sumy on Sunday morning. Both missiles hit the city "
            "center at about 10:15 a.m. The air force said they were Iskander-M missiles launched from Russia's Kursk region.")
    attack = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.hits.missiles.value) == (2, 2)
    assert {w.model: w.launched.value for w in attack.weapons} == {"Iskander-M/KN-23": 2}


def test_a_toll_in_a_paragraph_that_opened_with_one_place_is_that_places() -> None:
    text = ("Russia's defence ministry said 67 Ukrainian drones were destroyed overnight.\n\nIn the Krasnodar region, "
            "falling debris struck the Afipsky refinery, igniting a fire. Around 120 firefighters were deployed and the "
            "blaze was out by morning. Two workers were injured and taken to hospital.")
    attack = extract_text(text, published=date(2025, 10, 2), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.injured) == (67, None)
    text = ("Russia launched 120 drones overnight.\n\nThe air force said 100 were shot down. Hits were recorded at 9 "
            "locations. Two people were injured.")
    assert extract_text(text, published=date(2025, 10, 2), lang="en").attacks[0].injured.value == 2


def test_a_toll_in_a_paragraph_told_by_one_regions_authority_is_that_regions() -> None:
    text = ("Russia launched 87 drones at Ukraine overnight, the air force said.\n\nAccording to the Odesa Regional "
            "Military Administration, the enemy targeted port infrastructure on the Danube. Two warehouses were damaged. "
            "One port worker was injured.")
    attack = extract_text(text, published=date(2025, 10, 2), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.injured) == (87, None)


def test_a_strikes_toll_and_the_night_before_told_earlier() -> None:
    text = ("DNIPRO, Ukraine, June 24, 2025 — A Russian ballistic missile strike on the city of Dnipro on Tuesday morning "
            "killed at least 17 people and injured more than 200, officials said.\n\nRussia fired three Iskander-M "
            "ballistic missiles at Dnipro shortly after 10 a.m., the Air Force said. Air defence intercepted one of them."
            "\n\nEarlier on Tuesday, the Air Force said Russia had launched 71 drones and two ballistic missiles at Ukraine "
            "overnight. Of the drones, 32 were shot down.")
    attack = extract_text(text, published=date(2025, 6, 24), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones, attack.destroyed.drones) == (3, None, None)
    assert (attack.killed.value, attack.injured.value) == (17, 200)


def test_the_others_reported_over_more_regions_are_the_attacks_regions() -> None:
    text = ("Russia's Defense Ministry claimed it had downed 106 Ukrainian drones overnight across nine regions, including "
            "46 over Saratov Oblast. The others were reported over the Volgograd and Rostov oblasts.")
    attack = extract_text(text, published=date(2026, 1, 8), lang="en").attacks[0]
    assert attack.regions == ["RU-ROS", "RU-SAR", "RU-VGG"]


def test_of_them_after_parts_of_both_classes_is_all_the_weapons() -> None:
    text = ("Russia attacked Ukraine overnight with 472 weapons. Of the weapons launched, 440 were drones and 32 were "
            "missiles, the air force said. Air defence units shot down or suppressed 428 of them.")
    attack = extract_text(text, published=date(2025, 9, 20), lang="en").attacks[0]
    assert (attack.neutralized.total.value, attack.neutralized.missiles) == (428, None)


def test_of_which_only_one_and_all_of_which_are_each_of_the_count_before() -> None:
    text = ("Russia fired 40 missiles overnight. Air defense shot down 19 missiles. Among the missiles were five Kinzhal "
            "aeroballistic missiles, of which only one was downed; four Iskander-M ballistic missiles, all of which were "
            "shot down; and four Kh-59/69 guided missiles, two of which were intercepted.")
    attack = extract_text(text, published=date(2025, 7, 12), lang="en").attacks[0]
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {
        "X-47 Kinzhal": 1, "Iskander-M/KN-23": 4, "X-59/X-69": 2}


def test_a_headlines_loose_kind_does_not_give_one_model_the_fate_the_story_gives_all_missiles() -> None:
    text = ("Ballistic missiles strike Kyiv at dawn; air defence downs five of nine\n\nRussia attacked Kyiv with nine "
            "missiles shortly before dawn on Monday - six Iskander-M ballistic missiles and three Kinzhal aeroballistic "
            "missiles - the Air Force said. Five of the missiles were shot down.")
    attack = extract_text(text, published=date(2026, 4, 27), lang="en").attacks[0]
    assert attack.destroyed.missiles.value == 5 and not any(w.destroyed for w in attack.weapons)


def test_an_attack_carried_out_with_weapons_launched_them() -> None:
    text = ("The attack that began on Friday evening and ended on Saturday morning was, according to Ukraine's air "
            "force, carried out with 619 drones and 13 missiles, making it one of the heaviest of the spring.")
    attack = extract_text(text, published=date(2026, 4, 26), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (619, 13)


def test_over_the_same_period_goes_on_with_the_weeks_tally() -> None:
    text = ("Russian air defence forces shot down 1,521 Ukrainian drones over the past week, the defence ministry said in "
            "its weekly summary. Over the same period, air defences also intercepted nine Neptune-MD missiles.")
    assert extract_text(text, published=date(2025, 11, 1), lang="en").attacks == []


def test_kyivs_fuel_reserves_are_the_governments_not_the_citys() -> None:
    text = "Russia launched 31 missiles at Ukraine overnight as Moscow targets Kyiv's winter fuel reserves."
    assert extract_text(text, published=date(2026, 2, 19), lang="en").attacks[0].regions == []


def test_a_mayors_count_before_the_national_summary_is_out_is_no_attack() -> None:
    text = ("Air defence forces shot down 19 drones that were flying towards Moscow overnight, Mayor Sergei Sobyanin said "
            "on Friday. The Russian Defense Ministry had not published its overnight summary by the time this article "
            "was written.")
    assert extract_text(text, published=date(2025, 9, 12), lang="en").attacks == []


def test_a_city_administrations_post_on_another_attack_on_ukraine_is_its_share() -> None:
    text = ("Head of the Kharkiv City Military Administration:\n\n"
            "Yet another drone attack on Ukraine last night, and our city was once more among the enemy's targets. "
            "Air defence destroyed about 15 drones on the approach to the city. There were no casualties.")
    assert extract_text(text, published=date(2025, 1, 12), lang="en").attacks == []


def test_a_governors_post_whose_share_spans_two_regions_is_still_a_share() -> None:
    text = ("Head of the Mykolaiv Regional Military Administration:\n\n"
            "Tonight the enemy once again launched a massive attack on Ukraine with drones and missiles, and our region "
            "was among the directions. Air defence destroyed 7 attack drones over the Mykolaiv and Kherson regions.")
    assert extract_text(text, published=date(2024, 8, 20), lang="en").attacks == []


def test_the_strikes_an_attack_answered_do_not_make_their_side_the_attacker() -> None:
    text = ("Iran sends more than 100 drones toward Israel after surprise Israeli strikes\n\nIran launched more than 100 "
            "drones toward Israel on Friday morning in retaliation for a wave of Israeli strikes, the Israeli military said.")
    attack = extract_text(text, published=date(2025, 6, 13), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("IR", "IL")
    text = ("Russian strikes kill six people in Kyiv as Ukraine hits Black Sea oil port\n\nRussia launched 120 drones and "
            "eight missiles at Ukraine overnight, the air force said.")
    assert extract_text(text, published=date(2025, 6, 13), lang="en").attacks[0].attacker == "RU"


def test_a_conflicts_toll_so_far_is_no_attacks_toll() -> None:
    text = ("Iran fired up to 30 ballistic missiles at Israel early Thursday, the military said. The conflict, now in its "
            "seventh day, has killed at least 24 people in Israel and hundreds in Iran.")
    attack = extract_text(text, published=date(2025, 6, 19), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.killed) == (30, None)


def test_a_place_where_something_burned_through_the_night_was_struck() -> None:
    text = ("Russia attacked Ukraine overnight with 731 drones and missiles, the air force said. In the Kyiv region, a "
            "warehouse complex near Brovary burned through the night, the governor said.")
    assert extract_text(text, published=date(2026, 5, 14), lang="en").attacks[0].regions == ["UA-32"]


def test_explosions_heard_as_air_defences_engaged_are_no_strike_there() -> None:
    text = ("Russia fired three Kinzhal missiles at Ukraine on Friday evening, and air defenses shot down two of them. "
            "Explosions were heard in Kyiv as air defenses engaged them. Fragments of a downed missile fell in the Bila "
            "Tserkva district of the Kyiv region, damaging a warehouse.")
    assert extract_text(text, published=date(2026, 3, 7), lang="en").attacks[0].regions == ["UA-32"]


def test_the_regions_of_the_night_told_earlier_are_not_this_attacks() -> None:
    text = ("Russian air defence systems destroyed 23 Ukrainian drones over the Belgorod and Kursk regions between 15:00 "
            "and 20:00 on Tuesday, the defence ministry said. Earlier on Tuesday, the ministry reported that its air "
            "defences had intercepted 45 drones overnight over eight regions, including the Moscow region.")
    attack = extract_text(text, published=date(2025, 12, 9), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.regions) == (23, ["RU-BEL", "RU-KRS"])


def test_more_of_the_flights_counted_before_are_no_weapons() -> None:
    text = ("Russia's Defense Ministry said its air defenses destroyed 118 Ukrainian drones overnight. More than 170 "
            "flights were delayed and 43 were diverted to other cities.")
    attack = extract_text(text, published=date(2025, 12, 9), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones) == (118, None)


def test_a_launch_platform_adjective_keeps_the_model_for_the_part_after_it() -> None:
    text = ("Russia fired 33 missiles at Ukraine on Saturday, the air force said. Of them:\n- 18 Kh-101/Kh-555 cruise "
            "missiles fired from Tu-95MS bombers, of which 15 were destroyed;\n- nine Kalibr sea-based cruise missiles "
            "fired from ships in the Black Sea, of which six were destroyed;\n- six Kh-22 missiles fired from bombers.")
    weapons = weapons_by_model(text, date(2023, 1, 14))
    assert (weapons["Kalibr"].launched.value, weapons["Kalibr"].destroyed.value) == (9, 6)


def test_every_one_of_a_model_fired_from_bombers_was_downed_but_the_rest_only_came() -> None:
    text = ("Russia launched 410 drones and 31 missiles overnight, the air force said; 380 drones and 27 missiles were shot "
            "down or suppressed. All 22 Kh-101 cruise missiles fired from strategic bombers were shot down. The remaining "
            "missiles were six Iskander-M ballistic missiles and three Kh-59 guided missiles.")
    attack = extract_text(text, published=date(2026, 2, 17), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (22, 22)
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed) == (6, None)
    assert (attack.neutralized.missiles.value, attack.destroyed.missiles) == (27, None)


def test_a_dashed_breakdown_of_all_downed_missiles_downs_each_model_and_the_drones_after_it() -> None:
    text = ("Russia launched 280 drones and six missiles overnight, the air force said. Air defences destroyed all six "
            "missiles — four Iskander-M ballistic missiles launched from Russia's Bryansk Oblast and two Iskander-K cruise "
            "missiles fired from Kursk Oblast — as well as 190 drones.")
    attack = extract_text(text, published=date(2025, 6, 10), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (6, 190)
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed.value) == (4, 4)
    assert (weapons["Iskander-K"].launched.value, weapons["Iskander-K"].destroyed.value) == (2, 2)


def test_the_models_after_a_fronted_partitives_fate_are_its_parts() -> None:
    text = ("Russia launched 22 missiles overnight: seven Iskander-M ballistic missiles, 12 Iskander-K cruise missiles and "
            "three Kh-59/69 guided missiles. Of these, 15 were shot down — ten Iskander-K, four Iskander-M and one Kh-59/69.")
    weapons = weapons_by_model(text, date(2025, 10, 22))
    assert [weapons[m].destroyed.value for m in ("Iskander-K", "Iskander-M/KN-23", "X-59/X-69")] == [10, 4, 1]


def test_a_count_over_the_territory_of_one_region_alone_is_no_attacks_figure() -> None:
    text = ("Tonight, air defence forces destroyed 11 aircraft-type UAVs over the territory of the Kursk region. "
            "There were no casualties. Dear residents, be vigilant.")
    assert extract_text(text, published=date(2025, 9, 30), lang="en").attacks == []


def test_a_count_over_a_number_of_days_without_the_is_a_tally() -> None:
    text = ("Over four days, Russia launched more than 1,500 drones and about 60 missiles against Ukraine, Zelensky said. "
            "He called for more air defence systems.")
    assert extract_text(text, published=date(2025, 11, 3), lang="en").attacks == []


def test_drones_launched_in_less_than_a_day_in_total_span_two_waves() -> None:
    text = ("Russia launched 480 attack drones against Ukraine during the day on Tuesday, the Air Force said. The daytime "
            "wave followed an overnight attack in which Russia had used 310 drones. In total, about 790 drones were launched at Ukraine in "
            "less than 24 hours.")
    assert extract_text(text, published=date(2026, 3, 25), lang="en").attacks[0].launched.drones.value == 480


def test_a_trailing_days_after_clause_about_the_other_side_keeps_the_attack() -> None:
    text = ("Russia launches major drone and missile attack on Ukraine\n\n"
            "KYIV — Russia carried out a heavy combined attack overnight into Friday, firing 380 drones and 40 missiles at "
            "cities across Ukraine, days after Ukrainian drones struck Russian airfields. Air defences downed 190 drones.")
    attack = extract_text(text, published=date(2025, 6, 6), lang="en").attacks[0]
    assert (attack.attacker, attack.launched.drones.value, attack.launched.missiles.value) == ("RU", 380, 40)


def test_todays_news_about_the_damage_of_a_named_days_attack_dates_the_attack() -> None:
    text = ("Ukraine restores power after weekend strike\n\nKYIV (AP) — Ukrainian energy workers on Monday restored "
            "electricity to most homes cut off by Sunday's massive Russian missile and drone attack, which killed at least "
            "seven people. Russia fired 120 missiles and 90 drones, according to Ukraine's air force.")
    attack = extract_text(text, published=date(2024, 11, 18), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value) == ("2024-11-17", 120)


def test_downs_within_a_city_and_a_list_of_regions_are_national_and_an_aviation_missile_is_a_missile() -> None:
    text = ("On the night of November 25, the enemy attacked Ukraine with 80 Shahed-136/131 attack UAVs. 71 Shahed attack "
            "UAVs were destroyed within Kyiv city and the Kyiv, Sumy and Poltava regions. In addition, in the morning, a "
            "Kh-59 guided aviation missile was shot down over the Dnipropetrovsk region.")
    attack = extract_text(text, published=date(2023, 11, 25), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (attack.destroyed.drones.value, weapons["Shahed-136/131"].destroyed.value) == (71, 71)
    assert (weapons["X-59/X-69"].launched.value, weapons["X-59/X-69"].destroyed.value) == (1, 1)


def test_a_bare_intercepted_total_then_a_dashed_split_gives_each_class() -> None:
    text = ("Russia fired 66 missiles and 150 drones at Ukraine overnight, the air force said. Of those, 120 were intercepted "
            "— 50 missiles and 70 drones — while another 60 drones were jammed.")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value, attack.suppressed.drones.value) == (50, 70, 60)


def test_a_statements_verbless_total_and_a_fronted_source_after_a_semicolon() -> None:
    text = ("On December 29, the enemy launched 50 Kh-101/Kh-555 cruise missiles from Tu-95MS aircraft; from ships of the "
            "Black Sea Fleet, 12 Kalibr sea-launched cruise missiles. In addition, the occupiers used 4 Kh-22 missiles. "
            "In total, 66 missiles. Air defence destroyed 54 cruise missiles.")
    attack = extract_text(text, published=date(2022, 12, 29), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (attack.launched.missiles.value, weapons["Kalibr"].launched.value) == (66, 12)


def test_a_models_part_downed_is_no_class_fate_beside_a_combined_class_count() -> None:
    text = ("Russia launched 339 drones and 34 missiles overnight, the air force said. Air defences neutralised 315 of the "
            "drones and 27 of the missiles. Thirteen of 15 Kh-101 cruise missiles were downed, while a Zircon hypersonic "
            "missile fired from occupied Crimea was not intercepted.")
    attack = extract_text(text, published=date(2026, 1, 20), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (attack.neutralized.missiles.value, attack.destroyed.missiles) == (27, None)
    assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (15, 13)
    assert (weapons["3M22 Zircon"].launched.value, weapons["3M22 Zircon"].destroyed) == (1, None)


def test_a_count_not_intercepted_came_and_was_not_downed() -> None:
    text = ("Russia fired 20 missiles at Ukraine overnight, the air force said. Two Zircon missiles were not shot down, "
            "while 16 Kh-101 missiles were destroyed.")
    weapons = weapons_by_model(text, date(2026, 1, 20))
    assert (weapons["3M22 Zircon"].launched.value, weapons["3M22 Zircon"].destroyed) == (2, None)


def test_missiles_presumably_of_a_type_are_that_model() -> None:
    text = ("At about 05:00, the enemy fired three ballistic missiles, presumably of the Iskander-M type, at the capital. "
            "All three missiles were destroyed by air defence.")
    weapons = weapons_by_model(text, date(2024, 5, 28))
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed.value) == (3, 3)


def test_a_citys_downs_are_the_attacks_when_the_attack_came_only_there() -> None:
    text = ("The night was difficult for the regional centre. The enemy attacked Zaporizhzhia with 16 attack drones. Air "
            "defence destroyed ten of them over the city and the district. Six drones hit an industrial enterprise.")
    attack = extract_text(text, published=date(2025, 10, 18), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value, attack.hits.drones.value) == (16, 10, 6)
    text = ("Russia attacked Ukraine overnight with 90 drones, the air force said. Air defence destroyed ten of them over "
            "the city, the mayor said.")
    attack = extract_text(text, published=date(2025, 10, 18), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones) == (90, None)


def test_a_count_and_a_partitive_after_it_share_the_fate_after_both() -> None:
    text = ("Russia attacked Ukraine overnight with 410 drones and 40 missiles, the air force said. The air force said 380 "
            "drones and 25 of the 40 missiles were shot down or suppressed.")
    attack = extract_text(text, published=date(2025, 9, 10), lang="en").attacks[0]
    assert (attack.neutralized.drones.value, attack.neutralized.missiles.value) == (380, 25)


def test_the_single_model_closing_an_included_list_counts_one() -> None:
    text = ("Russia attacked Ukraine overnight with 400 drones and 40 missiles, the air force said. The missiles included "
            "Kh-101 and Kalibr cruise missiles, Kh-59/69 guided missiles and a Kinzhal aeroballistic missile.")
    attack = extract_text(text, published=date(2025, 9, 10), lang="en").attacks[0]
    assert ([(w.model, w.launched.value) for w in attack.weapons], attack.launched.missiles.value) == ([("X-47 Kinzhal", 1)], 40)


@pytest.mark.parametrize("listing", [
    "The 34 missiles were 20 Kh-101 cruise missiles, ten Kalibr cruise missiles and four Iskander-M ballistic missiles.",
    "Among them: 20 Kh-101 cruise missiles, ten Kalibr cruise missiles and four Iskander-M ballistic missiles.",
    "It listed 20 Kh-101 cruise missiles, ten Kalibr cruise missiles and four Iskander-M ballistic missiles.",
    "The missiles were a mix of 20 Kh-101 cruise missiles, ten Kalibr cruise missiles and four Iskander-M ballistic missiles.",
    "The breakdown of the missiles is telling: 20 Kh-101 cruise missiles, ten Kalibr cruise missiles and four Iskander-M "
    "ballistic missiles.",
])
def test_a_verbless_list_of_the_models_that_came(listing: str) -> None:
    text = "Russia launched 34 missiles and 500 drones at Ukraine overnight, the air force said. " + listing
    attack = extract_text(text, published=date(2025, 12, 6), lang="en").attacks[0]
    assert sorted((w.model, w.launched.value) for w in attack.weapons) == [
        ("Iskander-M/KN-23", 4), ("Kalibr", 10), ("X-101/X-555", 20)]
    assert attack.launched.missiles.value == 34


def test_attack_drones_are_as_plain_as_drones_beside_a_quoted_round_figure() -> None:
    text = ("Ukraine's air force said Russia had used 596 attack drones and 36 missiles overnight. Its units neutralised "
            "558 drones. \"Instead of peace, Russia sends 600 drones,\" the foreign minister wrote on X.")
    assert extract_text(text, published=date(2025, 11, 29), lang="en").attacks[0].launched.drones.value == 596


def test_a_lower_numbered_update_below_a_higher_one_is_older() -> None:
    text = ("UKRAINE-RUSSIA-ATTACK (UPDATE 3)\n\nRussia fired 470 drones and 32 missiles at Ukraine overnight into Friday, "
            "the air force says.\n\nUPDATE 2 (09:20): Zelensky says \"more than 450 drones and over 30 missiles\" were "
            "launched.\n\nUPDATE 1 (07:40): Kyiv mayor reports explosions.")
    attack = extract_text(text, published=date(2025, 10, 10), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (470, 32)


def test_a_slashed_pair_of_models_is_a_kinds_count_with_no_model() -> None:
    text = ("On the night of January 20, the enemy launched a combined strike with 373 air attack weapons:\n"
            "– 18 Iskander-M ballistic missiles / S-300 guided anti-aircraft missiles from the Kursk region;\n"
            "– 15 Kh-101 air-launched cruise missiles from Tu-95MS aircraft;\n"
            "– 340 strike UAVs of the Shahed type.\n"
            "As of 10:00, air defence has shot down/suppressed 342 targets:\n"
            "– 14 Iskander-M / S-300 missiles;\n– 13 Kh-101 cruise missiles;\n– 315 enemy UAVs.")
    attack = extract_text(text, published=date(2026, 1, 20), lang="en").attacks[0]
    assert "Iskander-M/KN-23" not in {w.model for w in attack.weapons}
    assert (attack.launched.missiles, attack.neutralized.missiles, attack.neutralized.total.value) == (None, None, 342)


def test_a_regional_air_commands_downs_before_the_national_figures_are_no_attacks() -> None:
    text = ("During the night, units of Air Command East shot down 31 Russian attack drones over the Kharkiv, Poltava and "
            "Sumy regions, the command said. The Air Force is expected to publish the overall figures later this morning.")
    assert extract_text(text, published=date(2026, 2, 3), lang="en").attacks == []


def test_fires_that_broke_out_are_no_launch() -> None:
    text = ("KHARKIV — Two people were killed when Russian drones struck residential areas of Kharkiv overnight, the mayor "
            "said. At least 12 Shahed-type drones hit the city. A building was partly destroyed, and fires broke out in "
            "two others. The Air Force had not published its national figures for the night.")
    assert extract_text(text, published=date(2025, 11, 12), lang="en").attacks == []


def test_single_models_in_a_used_list_count_one_and_take_no_larger_fate() -> None:
    text = ("Russia fired 120 missiles and 90 drones at Ukraine on Sunday, the air force said. Russia also used Kh-101 and "
            "Kalibr cruise missiles, a Zircon, and an Iskander-M. F-16 jets destroyed 10 cruise missiles, the commander said.")
    weapons = weapons_by_model(text, date(2024, 11, 17))
    assert (weapons["3M22 Zircon"].launched.value, weapons["3M22 Zircon"].destroyed) == (1, None)
    assert weapons["Iskander-M/KN-23"].launched.value == 1


def test_the_confirmed_destruction_of_missiles_and_a_loose_downed_before_a_combined_fate() -> None:
    text = ("11:30 UPDATED FIGURES. The Air Force has updated its morning report: air defence has now confirmed the "
            "destruction of 30 missiles, not 29 as first stated.\n\n09:20 Russia launched 653 drones and 51 missiles. Air "
            "defence destroyed 585 drones and 29 missiles.")
    assert extract_text(text, published=date(2025, 12, 6), lang="en").attacks[0].destroyed.missiles.value == 30
    text = ("Ukraine's air force says more than 90 of the drones were downed. Russia attacked Ukraine with up to 125 drones "
            "during the night to Tuesday, the air force said. More than 90 of them were shot down or neutralized by "
            "electronic means, it said.")
    attack = extract_text(text, published=date(2025, 3, 4), lang="en").attacks[0]
    assert (attack.neutralized.drones.value, attack.destroyed.drones) == (90, None)


def test_a_toll_after_an_including_part_with_a_place_is_the_attacks() -> None:
    text = ("Russian forces launched 367 drones and missiles overnight, the Air Force said. At least 12 people were killed, "
            "including three children in the Zhytomyr region, and more than 60 were wounded in the attack, the emergency "
            "service said.")
    attack = extract_text(text, published=date(2025, 5, 25), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value, attack.injured.qualifier) == (12, 60, "more_than")


def test_a_count_of_two_models_beside_another_model_is_one_item_of_a_list() -> None:
    text = ("Russia attacked Ukraine overnight with 696 air attack weapons, the Air Force said. The arsenal consisted of 675 "
            "strike drones and decoys, three Kinzhal aeroballistic missiles and 18 Iskander-M ballistic missiles and S-400 "
            "guided missiles.")
    attack = extract_text(text, published=date(2026, 5, 14), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.drones.value, attack.launched.missiles) == (696, 675, None)
    assert [(w.model, w.launched.value) for w in attack.weapons if w.weapon_class == "missile"] == [("X-47 Kinzhal", 3)]


def test_all_the_cruise_missiles_downed_head_no_other_kind() -> None:
    text = ("Russia launched 741 drones and missiles overnight: 728 Shahed-type drones and decoys, seven Kh-101 and "
            "Iskander-K cruise missiles and six Kinzhal ballistic missiles. Air defences shot down 296 drones and all seven "
            "cruise missiles.")
    attack = extract_text(text, published=date(2025, 7, 9), lang="en").attacks[0]
    assert (attack.launched.missiles, attack.destroyed.missiles.value) == (None, 7)


def test_a_night_that_came_again_keeps_its_figures_from_the_evening_strike() -> None:
    text = ("Russian ballistic missiles struck the centre of Odesa on Monday evening, killing 10 people, officials said. "
            "Two Iskander-M missiles were fired from occupied Crimea; both hit.\n\nOvernight into Tuesday, Russian drones "
            "attacked again. Ukraine's air force said it had shot down 60 of the 90 drones launched.")
    attack = extract_text(text, published=date(2024, 11, 19), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.launched.drones, attack.destroyed.drones) == (
        "2024-11-18", 2, None, None)


def test_in_that_attack_after_an_earlier_attacks_figures_is_the_earlier_attacks() -> None:
    text = ("Russia launched 556 attack drones against Ukraine during the day on Tuesday, the air force said. The daytime "
            "wave came only hours after an overnight attack in which Russia used 392 drones and 32 missiles. In that "
            "attack, 365 drones and all 32 missiles were downed.")
    attack = extract_text(text, published=date(2026, 3, 24), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles, attack.destroyed.drones) == (556, None, None)


def test_all_of_them_downed_after_a_participle_and_the_item_after_it_only_came() -> None:
    text = ("Russia fired 48 missiles overnight, the air force said. Among the missiles were 40 Kh-101 cruise missiles fired "
            "from strategic bombers, 34 of which were shot down, as well as seven Kalibr cruise missiles launched from "
            "ships in the Black Sea, all of them downed, and one Iskander-M ballistic missile.")
    weapons = weapons_by_model(text, date(2024, 9, 8))
    assert (weapons["Kalibr"].launched.value, weapons["Kalibr"].destroyed.value) == (7, 7)
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed) == (1, None)


def test_drones_that_are_in_the_airspace_are_still_airborne() -> None:
    text = ("On the night of March 3, the enemy attacked with 229 strike UAVs. Air defence shot down or suppressed 205 of "
            "them. The attack continues: 3 enemy UAVs are in the airspace.")
    attack = extract_text(text, published=date(2026, 3, 3), lang="en").attacks[0]
    assert attack.other["airborne"].value == 3


def test_over_the_year_is_the_storys_year_not_the_one_it_was_multiplied_from() -> None:
    text = ("KYIV, Jan 1 (Wire) - Russia launched 54,397 long-range attack drones at Ukraine in 2025, according to a tally "
            "of the air force's daily reports, about five times the roughly 11,000 recorded in 2024.\n\nMissile use was "
            "far lower: more than 1,900 missiles of all types were fired over the year.")
    totals = {(t.period, t.weapon_class): t.launched.value for t in extract_text(text, published=date(2026, 1, 1), lang="en").period_totals}
    assert totals.get(("2025", "missiles")) == 1900 and ("2024", "missiles") not in totals


def test_the_record_of_the_class_it_names_and_not_of_a_month_compared_in_an_aside() -> None:
    text = ("The attack capped a record month. Russia launched 6,297 drones and 198 missiles against Ukraine in July, the "
            "highest monthly number of drones since the start of the full-scale invasion.")
    totals = {(t.period, t.weapon_class): t.record for t in extract_text(text, published=date(2025, 8, 1), lang="en").period_totals}
    assert totals == {("2025-07", "drones"): True, ("2025-07", "missiles"): False}
    text = ("Russia launched 6,462 long-range drones at Ukraine in March, a new monthly record, an analysis shows. The figure "
            "is up more than a quarter on February, when Moscow sent 5,059 drones, and beats the previous record set last "
            "July.")
    totals = {(t.period, t.weapon_class): t.record for t in extract_text(text, published=date(2026, 4, 1), lang="en").period_totals}
    assert totals == {("2026-03", "drones"): True, ("2026-02", "drones"): False}


def test_of_them_after_the_missiles_named_in_its_sentence_are_missiles() -> None:
    text = ("Russia launched 310 drones and six missiles overnight. Ukraine's air force said its air defenses shot down 297 "
            "drones. None of the missiles was intercepted, but four of them failed to reach their targets, it said.")
    attack = extract_text(text, published=date(2025, 3, 7), lang="en").attacks[0]
    assert (attack.suppressed.missiles.value, attack.suppressed.drones) == (4, None)


def test_a_that_is_sentence_with_a_record_of_its_own_holds_it() -> None:
    text = ("Russia launched 5,400 drones at Ukraine in November, an analysis shows. That is slightly more than in October, "
            "when Russia used 5,167 drones, but still below the all-time monthly record of 6,297 drones set in July.")
    totals = {(t.period, t.weapon_class): t.record for t in extract_text(text, published=date(2025, 12, 1), lang="en").period_totals}
    assert totals.get(("2025-07", "drones")) is True


def test_drones_used_against_positions_near_the_front_are_the_ground_war() -> None:
    text = ("Russian forces lost 1,020 soldiers over the past day, the General Staff said. Russian forces also carried out "
            "3,940 shelling attacks and used 5,216 kamikaze drones against Ukrainian positions and settlements near the "
            "front line, it said.")
    assert extract_text(text, published=date(2026, 1, 12), lang="en").attacks == []
    text = ("Over the past day, 187 combat engagements took place along the front line. The enemy carried out 71 air "
            "strikes and used 5,920 kamikaze drones against the positions of Ukrainian troops and settlements.")
    assert extract_text(text, published=date(2026, 6, 5), lang="en").attacks == []


def test_a_prisoner_swaps_running_total_revises_no_earlier_toll() -> None:
    text = ("Russia launched 367 drones and missiles overnight, the air force said. Air defences shot down 266 drones. "
            "At least 12 people were killed across the country, officials said. Rescuers worked through the night. Power "
            "was restored to most homes. Schools stayed closed. The attack came as Ukraine and Russia exchanged 303 "
            "soldiers each on Sunday, bringing the total to 1,000 a side.")
    attack = extract_text(text, published=date(2025, 5, 25), lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (12, "at_least")


def test_people_treated_for_injuries_and_a_toll_over_the_same_period_as_the_war() -> None:
    text = ("Iran fired some 30 ballistic missiles at Israel early on Thursday, the military said. The rescue service said "
            "it had treated 71 people for injuries across the country. Iran's Health Ministry says Israeli strikes have "
            "killed at least 639 people since the war began. In Israel, 24 people have been killed by Iranian missiles over "
            "the same period.")
    attack = extract_text(text, published=date(2025, 6, 19), lang="en").attacks[0]
    assert (attack.injured.value, attack.killed) == (71, None)


def test_over_the_night_dates_the_attack_before_a_broken_records_night() -> None:
    text = ("Over the night, Russia sent a total of 823 drones and missiles across the border, Ukraine's air force said on "
            "Sunday morning. Ukrainian air defence downed 747 drones. The scale of the raid broke the record set on 9 July, "
            "when Russia launched 728 drones and 13 missiles in a single night.")
    attack = extract_text(text, published=date(2025, 9, 7), lang="en").attacks[0]
    assert (attack.date, attack.launched.total.value, attack.destroyed.drones.value) == ("2025-09-07", 823, 747)


def test_the_eve_of_a_day_is_the_day_before_it() -> None:
    text = ("Russia launches 673 drones and missiles at Ukraine on eve of Christmas Eve; at least three killed\n\n"
            "Russian forces attacked Ukraine overnight with 673 air attack weapons, the Air Force said. Air defence shot down "
            "587 drones and 34 missiles. Hits were recorded at 21 locations.")
    attack = extract_text(text, published=date(2025, 12, 23), lang="en").attacks[0]
    assert (attack.date, attack.destroyed.drones.value, attack.hits.locations.value) == ("2025-12-23", 587, 21)


def test_russian_invaders_carried_out_an_attack_with_iranian_drones_and_the_capitals_share() -> None:
    text = ("On the night of May 28, 2023, the russian invaders carried out the largest attack on Ukraine using Iranian "
            "attack drones. In total, 54 Shahed-136/131 attack UAVs were launched. As a result of combat work, 52 Shaheds "
            "were destroyed! The main target of the attack was the capital: more than 40 drones were shot down in the "
            "airspace of Kyiv and the Kyiv region.")
    attack = extract_text(text, published=date(2023, 5, 28), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("RU", "UA", 52)


def test_a_menu_line_with_donate_is_no_headline() -> None:
    text = ("Sign in    Newsletters    Podcasts    Donate\n\nRussia hits power plants with 458 drones and 45 missiles\n\n"
            "Russia launched a massive attack on Ukraine's energy sector overnight, sending 458 drones and 45 missiles, the "
            "Air Force said on Saturday. Air defences shot down 406 drones and nine missiles.")
    attack = extract_text(text, published=date(2025, 11, 8), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.missiles.value) == (458, 9)


def test_new_years_night_is_the_night_into_january_first() -> None:
    text = ("Russia launched 56,664 drones against Ukraine in 2025, according to a count of the daily reports. The heaviest "
            "month was July, when Russia launched 6,460 drones. In December, the enemy used 5,533 drones and 181 missiles. "
            "The year ended and the new one began the same way. On New Year's night, Russia attacked Ukraine with 205 strike UAVs "
            "of the Shahed type, the Air Force reported. Air defense forces shot down 176 of them. Russia's largest single "
            "attack of 2025 came on September 7, when it launched 810 drones and 13 missiles.")
    attack = extract_text(text, published=date(2026, 1, 1), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value, attack.destroyed.drones.value) == ("2026-01-01", 205, 176)


def test_a_one_city_strikes_toll_with_a_credit_line_and_the_night_before_it() -> None:
    text = ("Russian missiles hit Sumy city centre, killing 34\n\nKYIV, April 13 (Reuters) - Two Russian ballistic missiles "
            "tore into the centre of the city of Sumy on Sunday morning, killing 34 people and wounding 117, officials said. "
            "Both missiles hit the city centre. Officials said the weapons were Iskander-M missiles.\n\nOvernight, before "
            "the Sumy strike, Russia had also launched 55 drones at Ukraine, the air force said. Forty-three of them were "
            "shot down.\n\n(Reporting by the Kyiv newsroom; Editing by Alex Morton)")
    attack = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value, attack.launched.drones, attack.destroyed.drones) == (34, 117, None, None)
    assert [(w.model, w.launched.value) for w in attack.weapons] == [("Iskander-M/KN-23", 2)]


def test_a_daylight_attack_since_8_am_and_the_separate_night_before_it() -> None:
    text = ("Russia unleashes hundreds of drones on western Ukraine in broad daylight\n\nLVIV, Ukraine (AP) — Russia sent waves "
            "of attack drones across Ukraine on Wednesday in a daylight assault, officials said. By evening, Ukraine's air "
            "force said Russia had used 753 attack drones since 8 a.m. Air defense units shot down or jammed 710 of them.\n\n"
            "The daytime attack came just hours after a separate overnight wave. Between Tuesday evening and Wednesday "
            "morning, Russia launched 139 drones, 111 of which were downed, the air force said.")
    attack = extract_text(text, published=date(2026, 5, 13), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value, attack.destroyed.drones) == (753, 710, None)


def test_tactical_ballistic_missiles_and_the_other_sides_strike_told_after() -> None:
    text = ("MOSCOW, November 19. /TASS/. The Ukrainian armed forces fired six US-made ATACMS tactical ballistic missiles at a "
            "facility in the Bryansk Region early on Tuesday, the Russian Defense Ministry said. Air defense systems shot down "
            "five missiles.\n\nOn Sunday, the Russian armed forces carried out a massive strike against energy facilities in "
            "Ukraine. Kiev said the strike involved 120 missiles and 90 drones.")
    attack = extract_text(text, published=date(2024, 11, 19), lang="en").attacks[0]
    assert (attack.attacker, attack.date, attack.launched.missiles.value, attack.launched.drones) == ("UA", "2024-11-19", 6, None)


def test_a_later_post_of_the_day_tells_the_newer_toll_and_children_are_a_part() -> None:
    text = ("Sumy Regional Military Administration\n\n13.04.2025, 11:02\nThis morning, the enemy struck the centre of Sumy "
            "with ballistic missiles. Two Iskander-M missiles hit the city centre.\n\n13.04.2025, 13:40\nUpdated "
            "information: the number of dead has risen to 32. 84 people were injured.\n\n13.04.2025, 19:25\nAs of 19:00: "
            "the enemy's missile strike killed 34 people, including two children. 117 people were injured, 15 of them "
            "children.")
    attack = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (34, 117)


def test_tolls_listed_under_a_label_of_the_city_are_the_citys() -> None:
    text = ("Over the night, the enemy launched 430 drones and 19 missiles across Ukraine, the Air Force reports, and Kyiv "
            "was the main target. Air defence destroyed 405 drones and 14 missiles.\n\nThe consequences in the city as of "
            "now:\n– 6 people killed, among them a child;\n– 35 people injured, 27 of them hospitalized.")
    attack = extract_text(text, published=date(2025, 11, 14), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.killed, attack.injured) == (405, None, None)


@pytest.mark.parametrize("text", [
    "North Korea fires two short-range ballistic missiles into the sea\n\nSEOUL (AP) — North Korea fired two short-range "
    "ballistic missiles off its east coast on Wednesday, South Korea's military said.",
    "Taiwan fires dozens of missiles in largest live-fire air defence drill\n\nTaiwan's military fired 38 surface-to-air "
    "missiles at target drones over the sea on Tuesday. It said 21 of the targets were hit.",
    "Russian Northern Fleet practises Kalibr missile launches in Barents Sea\n\nMOSCOW, Aug 6 — Warships launched a total of "
    "four Kalibr missiles at a target ship, the ministry said. \"The targets were successfully hit,\" it said.",
])
def test_a_missile_test_into_the_sea_or_a_drill_that_fires_is_no_attack(text: str) -> None:
    assert extract_text(text, published=date(2025, 5, 8), lang="en").attacks == []


def test_the_third_barrage_since_new_year_is_no_running_total() -> None:
    text = ("KYIV, Jan 23 (Reuters) - Russia fired 41 missiles at Ukraine's two largest cities early on Tuesday, killing at "
            "least eight people, officials said, in the third major barrage since the turn of the year. Air defences shot "
            "down 21 of the missiles.\n\nOn Dec. 29, Russia launched 122 missiles and 36 drones at Ukraine.")
    attack = extract_text(text, published=date(2024, 1, 23), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.launched.drones) == ("2024-01-23", 41, None)


def test_all_the_missiles_as_well_as_all_the_drones_were_destroyed() -> None:
    text = ("On the night of May 16, the enemy attacked Kyiv with 18 missiles and nine Shahed drones. As a result of combat "
            "work, all 18 missiles, as well as all nine drones, were destroyed.")
    attack = extract_text(text, published=date(2023, 5, 16), lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (18, 9)


def test_a_listed_line_of_two_models_beside_other_model_lines_is_no_class_count() -> None:
    text = ("On the night of May 14, the enemy carried out a combined strike. In total, 731 air attack weapons were "
            "detected:\n— 18 Iskander-M ballistic missiles and S-400 guided missiles (Bryansk region);\n— 4 Kh-101 cruise "
            "missiles;\n— 709 strike UAVs of the Shahed type.")
    attack = extract_text(text, published=date(2026, 5, 14), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.missiles) == (731, None)


def test_a_toll_with_an_appositive_part_killed_in_the_city_is_the_citys() -> None:
    text = ("Russia launched 309 drones and eight missiles against Ukraine overnight, the Air Force said. At least 31 people, "
            "among them five children, were killed in the city, and 159 were injured, according to the military "
            "administration.")
    attack = extract_text(text, published=date(2025, 7, 31), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.killed, attack.injured) == (309, None, None)


def test_the_most_drones_in_any_year_is_the_drones_record() -> None:
    text = ("Over 2025 as a whole, Russia launched more than 54,500 long-range drones and 1,935 missiles against Ukraine, "
            "according to a count of daily Air Force reports — by far the most drones in any year of the full-scale war.")
    totals = {(t.period, t.weapon_class): t.record for t in extract_text(text, published=date(2026, 1, 1), lang="en").period_totals}
    assert totals == {("2025", "drones"): True, ("2025", "missiles"): False}


def test_a_two_city_dateline_and_a_visit_to_the_capital_name_no_place_struck() -> None:
    text = ("Bucharest/Kyiv (AFP) - Russian drones struck port infrastructure in the Odesa region overnight, Ukraine's air "
            "force said, after Russia launched 90 drones. The strike came as an envoy wrapped up a visit to Kyiv.")
    assert extract_text(text, published=date(2025, 6, 3), lang="en").attacks[0].regions == ["UA-51"]


def test_a_byline_a_bare_dateline_and_officials_in_the_capital_name_no_place_struck() -> None:
    text = ("By Kyiv bureau\n\nKyiv, Aug 1 - Russia fired 309 drones at Ukraine overnight, hitting energy sites in the "
            "Poltava region, the air force said. Officials in Kyiv say the greater need is air defence.")
    assert extract_text(text, published=date(2025, 8, 1), lang="en").attacks[0].regions == ["UA-53"]


def test_relative_fates_after_only_or_between_dashes_are_the_models() -> None:
    text = ("Russia launched 600 drones and 40 missiles overnight, the air force said. Among the missiles were 14 Iskander-M "
            "ballistic missiles, only one of which was intercepted, and three Kinzhal hypersonic missiles. The missiles also "
            "included 20 Kh-101 cruise missiles launched from the Caspian - all 20 of which were intercepted - and three "
            "Kalibr missiles.")
    weapons = weapons_by_model(text, date(2025, 12, 6))
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed.value) == (14, 1)
    assert (weapons["X-101/X-555"].destroyed.value, weapons["Kalibr"].destroyed) == (20, None)


def test_detected_and_tracked_before_a_dashed_split_and_missile_units_are_no_missiles() -> None:
    text = ("On the night of March 22, the enemy carried out a massive combined attack. In total, 151 means of air attack "
            "were detected and tracked – 63 Shahed-136/131 attack UAVs and 88 missiles of various types.")
    attack = extract_text(text, published=date(2024, 3, 22), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.drones.value, attack.launched.missiles.value) == (151, 63, 88)
    text = ("On October 7, at about 08:20, the enemy attacked with three Kh-47M2 Kinzhal aeroballistic missiles. Two of the "
            "missiles were destroyed by anti-aircraft missile units of the Air Force.")
    attack = extract_text(text, published=date(2024, 10, 7), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (3, 2)


def test_drones_and_imitators_shot_down_by_fire() -> None:
    text = ("On the night of July 4, the enemy attacked with 450 air attack weapons. As of 09:30, 427 enemy air targets were "
            "neutralized:\n✅ 200 Shahed-type drones and imitators shot down by fire;\n✅ 203 imitator drones locationally "
            "lost (suppressed by EW);\n✅ 24 missiles shot down.")
    attack = extract_text(text, published=date(2025, 7, 4), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (200, 203)


def test_the_drone_count_for_a_month_and_a_high_since_the_spring_is_no_record() -> None:
    text = ("LONDON/KYIV, Nov 1 (Reuters) - Russia launched 5,489 long-range drones at Ukraine in October, a slight decrease "
            "from September, while its use of missiles rose to the highest monthly level since the spring. Moscow fired 274 "
            "missiles during the month. The drone count for September was 5,865.")
    totals = {(t.period, t.weapon_class): (t.launched.value, t.record)
              for t in extract_text(text, published=date(2025, 11, 1), lang="en").period_totals}
    assert totals[("2025-10", "drones")] == (5489, False) and totals[("2025-09", "drones")] == (5865, False)


def test_of_those_after_a_separate_nights_launch_is_that_nights() -> None:
    text = ("Two Russian ballistic missiles struck the port of Odesa on Tuesday evening, killing eight people, officials said."
            "\n\nSeparately, Russia launched 178 drones at Ukraine overnight into Wednesday, the air force said. Of those, "
            "154 were shot down or suppressed, and 12 drones hit targets at 12 locations.")
    attack = extract_text(text, published=date(2024, 11, 20), lang="en").attacks[0]
    assert (attack.date, attack.neutralized.drones, attack.hits.locations) == ("2024-11-19", None, None)


def test_the_toll_of_a_strike_on_the_one_city_attacked_is_the_attacks() -> None:
    text = ("Kharkiv. At about 03:40 the occupiers struck the city. In total, the enemy fired 4 missiles at Kharkiv: three of "
            "them hit a university building. Five people were injured in the attack.\n\nUPD. The number of people injured "
            "in this morning's missile attack on Kharkiv has risen to six.")
    attack = extract_text(text, published=date(2023, 2, 5), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.injured.value) == (4, 6)


def test_over_the_month_is_the_storys_month_after_a_compared_one() -> None:
    text = ("Russia launched 6,583 long-range attack drones against Ukraine in April, the highest monthly figure since the "
            "start of the full-scale invasion, an analysis shows. In March, Russia used 6,493 such drones. Missile use "
            "remained low: over the month, Russia fired 144 missiles of various types.")
    totals = {(t.period, t.weapon_class): t.launched.value for t in extract_text(text, published=date(2026, 5, 1), lang="en").period_totals}
    assert totals.get(("2026-04", "missiles")) == 144 and ("2026-03", "missiles") not in totals


def test_thrown_drones_and_a_verbless_total_after_a_dash() -> None:
    text = ("By the time the all-clear sounded, Russia had thrown 595 drones and 48 missiles at Ukraine overnight, the air "
            "force said.")
    attack = extract_text(text, published=date(2025, 9, 28), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (595, 48)
    text = ("On December 29, the enemy carried out a massive combined strike. The enemy used:\n🔹 36 Shahed-136/131 attack "
            "UAVs;\n🔹 90 Kh-101 cruise missiles;\n🔹 32 other missiles.\nIn total — 122 missiles and 36 attack drones.")
    attack = extract_text(text, published=date(2023, 12, 29), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (122, 36)


def test_a_nominal_strikes_of_before_a_launch_verb_is_no_hits_cue() -> None:
    text = ("KYIV, Feb 3 - Russia hit Ukraine's energy system with one of its heaviest combined strikes of the winter "
            "overnight, firing 450 drones and 71 missiles, officials said. The missiles included 55 air- and sea-launched "
            "missiles.")
    attack = extract_text(text, published=date(2026, 2, 3), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value, attack.hits.drones) == (450, 71, None)


def test_late_thursday_as_part_of_an_overnight_bombardment_ended_friday() -> None:
    text = ("Russia fires Oreshnik missile at western Ukraine during overnight barrage on Kyiv\n\n"
            "KYIV, Ukraine (AP) — Russia fired its new Oreshnik ballistic missile at the western Lviv region late Thursday "
            "as part of a wider overnight bombardment that killed four people in Kyiv and left half of the capital's "
            "buildings without heat, officials said Friday.\n\nUkraine's air force said Russia launched 242 drones and 36 "
            "missiles during the night, among them 22 Kalibr cruise missiles. Air defenses shot down or suppressed 226 "
            "drones and 18 missiles, it said.")
    attack = extract_text(text, published=date(2026, 1, 9), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2026-01-09", 242)


def test_a_toll_in_its_own_paragraph_or_spread_over_places_is_the_attacks() -> None:
    text = ("Russia launched 556 drones at Ukraine during the day on Tuesday, the air force said.\n\nIn the Khmelnytskyi "
            "region, debris fell on a village, damaging several homes.\n\nThe attack killed three people and wounded at "
            "least 19 across the four regions, the Interior Ministry said.")
    attack = extract_text(text, published=date(2026, 3, 25), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (3, 19)
    text = ("Russia attacked Ukraine with 120 drones overnight, the air force said.\n\nIn Zaporizhzhia, several private "
            "houses were damaged. The attack injured at least 14 people, most of them in Zaporizhzhia, officials said.")
    assert extract_text(text, published=date(2025, 3, 7), lang="en").attacks[0].injured.value == 14


def test_a_toll_counted_nationwide_after_the_number() -> None:
    text = ("Russia launched 500 drones at Ukraine overnight, the air force said. The strikes killed two people and wounded "
            "at least 44 nationwide, according to the Interior Ministry.")
    attack = extract_text(text, published=date(2025, 12, 27), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value, attack.injured.qualifier) == (2, 44, "at_least")


def test_a_toll_with_as_it_struck_after_the_number() -> None:
    text = ("Russia sent 579 drones and 40 missiles against Ukraine overnight, officials said Saturday, in a sprawling attack "
            "that killed at least three people and wounded more than 30 as it struck energy sites and rail depots.")
    attack = extract_text(text, published=date(2025, 9, 20), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value, attack.injured.qualifier) == (3, 30, "more_than")


def test_every_whole_before_of_which_came() -> None:
    text = ("The Air Force later gave its count: 519 drones and 40 missiles, of which 474 drones and 29 missiles were "
            "shot down.")
    attack = extract_text(text, published=date(2025, 12, 27), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value, attack.destroyed.drones.value) == (519, 40, 474)


def test_a_breakdown_puts_the_number_at_a_new_count() -> None:
    text = ("Russia launched 93 missiles and nearly 200 drones in the early hours of Friday, the air force said. A detailed "
            "breakdown published later on Friday put the number of drones at 194.")
    attack = extract_text(text, published=date(2024, 12, 14), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value, attack.launched.drones.qualifier) == ("2024-12-13", 194, "exact")


def test_an_exact_part_of_the_total_beats_a_rounded_class_figure() -> None:
    text = ("Moscow launched 549 drones and missiles overnight, Ukraine's air force said, including 53 missiles. The bulk "
            "of the barrage — 496 — were Shahed-type attack drones and decoys.\n\nPresident Volodymyr Zelensky said Russia "
            "had launched more than 50 missiles and nearly 500 drones.")
    attack = extract_text(text, published=date(2025, 10, 5), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (496, 53)


def test_a_headline_toll_without_its_at_least() -> None:
    text = ("Ukraine War Latest\nSupport independent journalism. Become a member today.\n\n"
            "Russia launches massive attack on Ukraine's energy sector, killing 3\n\nRussia launched 635 drones and 38 "
            "missiles overnight, the air force said. The attack killed at least three people, including a four-year-old "
            "boy in Zhytomyr Oblast, officials said.")
    attack = extract_text(text, published=date(2025, 10, 5), lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (3, "at_least")


@pytest.mark.parametrize("verb", ["have now been killed", "have so far been killed"])
def test_a_toll_with_now_or_so_far(verb: str) -> None:
    text = (f"Russia launched 598 drones and 31 missiles overnight, the air force said. At least 23 people {verb} across "
            "Ukraine in last night's attack, and at least 63 injured.")
    attack = extract_text(text, published=date(2025, 8, 28), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (23, 63)


def test_the_toll_of_a_strike_on_the_one_city_named() -> None:
    text = ("SUMY, Ukraine, April 14 — The number of people killed by Sunday's Russian ballistic missile strike on central "
            "Sumy has risen to 35, including two children, officials said on Monday. Russia fired two Iskander-M ballistic "
            "missiles at the city at about 10:15 a.m. on Sunday. Officials initially reported 21 dead, then raised the "
            "toll to 32.")
    attack = extract_text(text, published=date(2025, 4, 14), lang="en").attacks[0]
    assert attack.killed.value == 35
    text = ("LVIV, Ukraine (AP) — A Russian missile and drone attack on the western city of Lviv killed seven people, "
            "officials said Wednesday. Ukraine's air force said Russia launched 13 missiles and 29 Shahed drones overnight.")
    assert extract_text(text, published=date(2024, 9, 4), lang="en").attacks[0].killed is None


def test_struck_a_city_with_one_named_missile_that_hit() -> None:
    text = ("At 10:20, the enemy struck the centre of Sumy with an Iskander-M ballistic missile. The missile hit the "
            "building of an educational institution. According to preliminary data, the attack killed two people.")
    attack = extract_text(text, published=date(2025, 9, 16), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.hits.missiles.value, attack.killed.value) == \
        ("2025-09-16", 1, 1, 2)


def test_a_numbered_list_of_counts_keeps_each_number_with_its_item() -> None:
    text = ("On July 8, from about 10:00, the russian occupiers launched a massive combined missile strike on Ukraine.\n\n"
            "In total, 38 missiles of various types were used:\n1. 13 Kh-101 cruise missiles (Tu-95MS strategic bombers);\n"
            "2. 14 Kalibr cruise missiles (ships in the Black Sea);\n3. 4 Iskander-M ballistic missiles (Kursk region).")
    attack = extract_text(text, published=date(2024, 7, 8), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"X-101/X-555": 13, "Kalibr": 14, "Iskander-M/KN-23": 4}


def test_a_post_naming_a_day_of_mourning_to_come_is_news_not_history() -> None:
    text = ("17.04.2024\n\n10:31\nThe enemy launched three Iskander-M missiles at Chernihiv. All three hit the city. As of "
            "now, the strike has killed 13 people.\n\n18:20 UPDATE\nAs of now, the strike on Chernihiv has killed 17 "
            "people, including a child.\n\nApril 18 is declared a day of mourning in the Chernihiv community.")
    attack = extract_text(text, published=date(2024, 4, 17), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.hits.missiles.value, attack.killed.value) == \
        ("2024-04-17", 3, 3, 17)


def test_the_general_staffs_losses_tally_is_no_attack() -> None:
    text = ("General Staff: Russia loses 1,080 troops, 162 drones over past day\n\nAccording to the General Staff, "
            "Ukrainian forces have also destroyed:\n– 11,036 tanks (+4);"
            "\n– 23,012 armoured combat vehicles (+3);\n– 30,448 artillery systems (+31);\n– 46,219 operational-tactical "
            "level UAVs (+162);\n– 3,523 cruise missiles;\n– 28 warships and boats.")
    assert extract_text(text, published=date(2025, 7, 15), lang="en").attacks == []


@pytest.mark.parametrize("went", ["two flew into Belarusian airspace", "2 drones flew off towards the Republic of Belarus"])
def test_drones_that_left_for_a_neighbours_airspace(went: str) -> None:
    text = (f"Russia launched 87 drones overnight. Air defence shot down 56 of them, 25 were locationally lost, and {went}, "
            "the Air Force said.")
    attack = extract_text(text, published=date(2025, 2, 9), lang="en").attacks[0]
    assert attack.other["returned"].value == 2


@pytest.mark.parametrize("hurt", ["One person was seriously wounded: a 7-year-old girl in the Negev desert.",
                                  "One person, a 7-year-old girl, was seriously injured by shrapnel in the Negev desert."])
def test_a_toll_with_how_badly_or_an_apposition(hurt: str) -> None:
    text = f"Iran launched more than 300 drones and missiles at Israel overnight, the military said. {hurt}"
    assert extract_text(text, published=date(2024, 4, 14), lang="en").attacks[0].injured.value == 1


def test_keycap_numbered_items_with_a_dashed_fate_and_all_downed_over_the_capital() -> None:
    text = ("On the night of May 16, 2023, the enemy attacked Ukraine with missiles.\n\nIn total, 18 missiles of various "
            "types were launched:\n1\ufe0f\u20e3 6 Kh-47M2 Kinzhal aeroballistic missiles from six MiG-31K aircraft — 6 "
            "destroyed;\n2\ufe0f\u20e3 9 Kalibr cruise missiles from ships in the Black Sea — 9 destroyed;\n3\ufe0f\u20e3 3 "
            "S-400 missiles from the ground — 3 destroyed.\n\nAll 18 missiles were destroyed in the airspace over Kyiv and "
            "the Kyiv region.")
    attack = extract_text(text, published=date(2023, 5, 16), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"X-47 Kinzhal": (6, 6), "Kalibr": (9, 9), "C-400": (3, 3)}
    assert attack.destroyed.missiles.value == 18


def test_a_count_broken_down_by_model_in_brackets() -> None:
    text = ("The enemy launched:\n- 43 Kh-101/Kh-555 air-launched cruise missiles;\n- 28 Kalibr sea-based cruise missiles;\n"
            "- 7 Shahed-136/131 attack UAVs.\n\nThe Air Force destroyed 61 cruise missiles (Kh-101/Kh-555 — 38, Kalibr — "
            "23) and 5 Shahed-136/131 attack UAVs.")
    attack = extract_text(text, published=date(2023, 2, 10), lang="en").attacks[0]
    assert {w.model: w.destroyed.value for w in attack.weapons} == {"X-101/X-555": 38, "Kalibr": 23, "Shahed-136/131": 5}
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (61, 5)


def test_an_emoji_item_opening_with_all() -> None:
    text = ("On the night of July 10, the enemy attacked with 415 means of air attack:\n🔸 397 Shahed attack UAVs;\n🔸 18 "
            "missiles: 6 Kh-101 cruise missiles, 8 Iskander-M/KN-23 ballistic missiles, 4 S-300 missiles.\n\nAs of 10:00, "
            "air defence shot down 178 air targets:\n✅ 164 enemy UAVs of the Shahed type;\n✅ all 6 Kh-101 cruise "
            "missiles;\n✅ 8 Iskander-M/KN-23 ballistic missiles.")
    attack = extract_text(text, published=date(2025, 7, 10), lang="en").attacks[0]
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == \
        {"Shahed-136/131": 164, "X-101/X-555": 6, "Iskander-M/KN-23": 8}


def test_parts_of_a_recorded_total_share_its_fate() -> None:
    text = ("On the night of March 22, 2024, the enemy carried out a massive combined strike. In total, 151 means of air "
            "attack were recorded, among them 88 missiles of various types and 63 attack UAVs.")
    attack = extract_text(text, published=date(2024, 3, 22), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.missiles.value, attack.launched.drones.value) == (151, 88, 63)


def test_a_closed_four_of_them_shot_down_keeps_its_verb() -> None:
    text = ("Russia launched 31 missiles overnight. The missiles included five Iskander-K cruise missiles, four of them shot "
            "down, and 19 Iskander-M ballistic missiles, only eight of which were intercepted.")
    attack = extract_text(text, published=date(2025, 5, 25), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"Iskander-K": (5, 4), "Iskander-M/KN-23": (19, 8)}


def test_a_nationwide_toll_before_another_participle_about_the_capital() -> None:
    text = ("KYIV, Nov 29 (Reuters) - Russia pounded Kyiv and the surrounding region with hundreds of drones and dozens of "
            "missiles overnight, killing at least two people and wounding 29 others across the country and cutting "
            "electricity to large parts of the capital, Ukrainian officials said on Saturday. The air force said Russia "
            "launched 596 drones and 36 missiles.")
    attack = extract_text(text, published=date(2025, 11, 29), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (2, 29)


@pytest.mark.parametrize("label", ["gave precise figures", "gave its count", "released its final tally"])
def test_counts_after_a_figures_label_are_what_came(label: str) -> None:
    text = (f"Russia launched nearly 500 drones and more than 50 missiles overnight into Sunday. Ukraine's air force later "
            f"{label}: 496 drones and 53 missiles of various types. Air defenses shot down 439 of the drones.")
    attack = extract_text(text, published=date(2025, 10, 5), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (496, 53)


@pytest.mark.parametrize("said", ["All of the missiles were Kh-101 air-launched cruise missiles",
                                  "All 26 missiles were Kh-101 air-launched cruise missiles"])
def test_all_of_the_missiles_were_one_model(said: str) -> None:
    text = (f"Russia launched 597 drones and 26 cruise missiles at Ukraine overnight. Air defence units shot down 319 of the "
            f"drones and 25 of the missiles. {said} fired from Tu-95 strategic bombers, it said.")
    attack = extract_text(text, published=date(2025, 7, 12), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("X-101/X-555", 26, 25)]


def test_a_headline_rounding_the_drones_is_no_total() -> None:
    text = ("Russia pounds western Ukraine with nearly 600 drones, cruise missiles; two dead in Chernivtsi\n\nKYIV, July 12 "
            "(Reuters) - Russia launched 597 drones and 26 cruise missiles at Ukraine overnight, the air force said.")
    attack = extract_text(text, published=date(2025, 7, 12), lang="en").attacks[0]
    assert (attack.launched.total, attack.launched.drones.value) == (None, 597)
    text = ("Russia fires about 600 drones and missiles at Ukraine\n\nRussia launched 580 drones and 20 missiles at Ukraine "
            "overnight, the air force said.")
    assert extract_text(text, published=date(2025, 7, 12), lang="en").attacks[0].launched.total.value == 600


def test_of_them_iranian_made_shaheds_and_all_drones_were_shaheds() -> None:
    text = "Russia fired 84 cruise missiles and launched 24 drones, 13 of them Iranian-made Shahed-136s, the military said."
    attack = extract_text(text, published=date(2022, 10, 10), lang="en").attacks[0]
    assert [(w.model, w.launched.value) for w in attack.weapons] == [("Shahed-136/131", 13)]
    text = ("Russia launched 122 missiles and 36 drones overnight. Air defences downed 87 missiles and 27 Shahed drones. "
            "All 36 drones were Shahed-type attack drones launched from the south.")
    attack = extract_text(text, published=date(2023, 12, 29), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("Shahed-136/131", 36, 27)]


def test_a_morning_post_tells_the_evening_strikes_toll() -> None:
    text = ("Yesterday at about 21:30 the enemy fired four Kh-59/69 guided missiles at Zaporizhzhia. Air defence shot down "
            "one missile; three hit an industrial enterprise.\n\nAs of this morning, two people have been killed. The "
            "number of injured has risen to 12 — last night we reported nine.")
    attack = extract_text(text, published=date(2024, 11, 8), lang="en").attacks[0]
    assert (attack.date, attack.killed.value, attack.injured.value) == ("2024-11-07", 2, 12)


def test_downs_and_losses_that_add_up_to_the_combined_figure() -> None:
    text = ("On the night of July 21, the enemy attacked with 426 Shahed-type attack UAVs and imitator drones.\n\nAs of "
            "09:30, 403 enemy drones were shot down/suppressed:\n– 200 Shahed-type enemy drones were shot down by fire;\n"
            "– 203 imitator drones were locationally lost.")
    attack = extract_text(text, published=date(2025, 7, 21), lang="en").attacks[0]
    assert (attack.neutralized.drones.value, attack.destroyed.drones.value, attack.suppressed.drones.value) == (403, 200, 203)


def test_a_guided_aircraft_missile_destroyed_as_well_as_the_drones() -> None:
    text = ("On the night of May 28, 2023, the enemy attacked with Shahed-136/131 attack UAVs. 75 Shahed-136/131 attack UAVs "
            "were launched. In addition, 1 Kh-59 guided aircraft missile was launched at the Dnipropetrovsk region. Result "
            "of combat work: 74 Shahed-136/131 were destroyed, as well as the Kh-59 guided missile.")
    attack = extract_text(text, published=date(2023, 5, 28), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (1, 1)


def test_and_all_four_were_shot_down_after_a_model_count() -> None:
    text = ("Russia launched 78 missiles and 106 drones on Christmas Day, the air force said. Air defence downed 59 "
            "missiles. Four Kh-59/69 guided missiles were among those fired, and all four were shot down. Russia also used "
            "Kh-101 cruise missiles and Kalibr cruise missiles.")
    attack = extract_text(text, published=date(2024, 12, 25), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("X-59/X-69", 4, 4)]


def test_of_the_fronted_model_count_only_some_were_intercepted() -> None:
    text = ("Ukrainian forces downed 602 drones and 37 missiles, the air force said. Of the 33 Iskander-M ballistic missiles "
            "used in the attack, only 11 were intercepted, while 26 of the 27 Kh-101 cruise missiles were shot down.")
    attack = extract_text(text, published=date(2026, 6, 10), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"Iskander-M/KN-23": (33, 11), "X-101/X-555": (27, 26)}


def test_all_missiles_downed_then_spelled_out_by_model() -> None:
    text = ("Russia launched 400 drones and 19 missiles overnight. Air defences shot down 200 drones and all 19 missiles - "
            "five Kinzhal hypersonic missiles and 14 Kh-101 cruise missiles - the air force said.")
    attack = extract_text(text, published=date(2025, 7, 4), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"X-47 Kinzhal": (5, 5), "X-101/X-555": (14, 14)}


def test_a_list_between_double_dashes_before_its_verb() -> None:
    text = ("Russia launched 88 drones and six missiles overnight. The missiles -- five Iskander-M ballistic missiles and one "
            "Kh-59 guided missile -- were fired from Russian territory and from occupied Crimea, the air force said.")
    attack = extract_text(text, published=date(2025, 6, 3), lang="en").attacks[0]
    assert attack.launched.missiles.value == 6
    assert {w.model: w.launched.value for w in attack.weapons} == {"Iskander-M/KN-23": 5, "X-59/X-69": 1}


def test_a_toll_before_blackouts_in_the_capital_is_the_attacks() -> None:
    text = ("Kyiv (AFP) - Russia launched 127 missiles and 109 drones at Ukraine on Monday in a sweeping attack on the "
            "country's power network, killing at least seven people and triggering blackouts in the capital and beyond, "
            "Ukrainian officials said.")
    attack = extract_text(text, published=date(2024, 8, 26), lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (7, "at_least")


def test_a_later_update_line_with_its_clock_tells_the_newer_toll() -> None:
    text = ("On the morning of April 13, the enemy struck the centre of Sumy with two Iskander-M ballistic missiles.\n\n"
            "UPDATE 13:00: The number of dead has risen to 32, including two children. 84 people were injured, including "
            "10 children.\n\nUPDATE 18:40: The death toll from the strike has risen to 35. 117 people were wounded, "
            "including 15 children.")
    attack = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (35, 117)


def test_people_treated_for_injuries_are_injured() -> None:
    text = ("Russia pounded Kyiv with 30 missiles and 400 drones overnight. By Thursday evening, the attack's death toll had "
            "risen to 12, and 90 people were being treated for injuries, the State Emergency Service said.")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (12, 90)


def test_a_headline_total_that_targets_ukraine_and_downed_drones_that_fell() -> None:
    text = ("Russian strike kills 10 in Kharkiv as 509 drones and missiles target Ukraine\n\nRussia fired 480 drones and 29 "
            "missiles at Ukraine overnight into Saturday, the air force said. Hits were recorded at 22 locations, and "
            "downed drones fell at five locations.")
    attack = extract_text(text, published=date(2026, 3, 7), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.hits.locations.value, attack.debris_locations.value) == (509, 22, 5)


def test_relative_clauses_and_launch_platforms_in_a_list_of_models() -> None:
    text = ("Russia launched 600 drones and 56 missiles overnight. The air force said 35 Kh-101 cruise missiles had been fired "
            "from strategic bombers, 29 of which were shot down. The missiles included 14 Iskander-M ballistic missiles, of "
            "which only one was intercepted, and three Kinzhal hypersonic missiles.")
    attack = extract_text(text, published=date(2025, 11, 29), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None) for w in attack.weapons} == \
        {"X-101/X-555": (35, 29), "Iskander-M/KN-23": (14, 1), "X-47 Kinzhal": (3, None)}
    text = ("The enemy launched three Kh-47M2 Kinzhal aeroballistic missiles and 35 Kalibr sea-launched and Iskander-K "
            "ground-launched cruise missiles, as well as 635 Shahed-type strike UAVs.")
    attack = extract_text(text, published=date(2025, 12, 23), lang="en").attacks[0]
    assert {w.model for w in attack.weapons} == {"X-47 Kinzhal", "Shahed-136/131"}


def test_an_ad_line_is_no_headline_and_the_missile_beside_a_count_hit() -> None:
    text = ("Winter sale: buy 2 heaters, get 1 free — free delivery across Ukraine\n\nRussia attacks Ukraine with 111 drones "
            "and a ballistic missile, 80 drones downed\n\nRussia attacked Ukraine overnight with 111 strike UAVs and one "
            "Iskander-M ballistic missile, the Air Force reported. The ballistic missile and 25 strike drones hit 15 "
            "locations, while debris of downed drones fell at two locations.")
    attack = extract_text(text, published=date(2026, 1, 30), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.hits.missiles.value, attack.hits.drones.value) == (111, 1, 25)


@pytest.mark.parametrize("text", [
    "Night shift: the mobile fire group that has downed 176 Shaheds\n\nCHERNIHIV REGION - The crew's pickup truck waits "
    "at the edge of a field in the Chernihiv region.",
    "The crew's pickup waits in a field near Chernihiv. By their own count they have shot down 147 of the Shahed drones "
    "— a number painted in white on the truck's door.",
])
def test_a_units_own_running_total_is_no_attack(text: str) -> None:
    assert extract_text(text, published=date(2025, 10, 2), lang="en").attacks == []


def test_a_weapon_named_in_quotes() -> None:
    text = ("On New Year's night, from 00:00 to 04:00 on January 1, 2023, the enemy attacked Ukraine with Shahed-136/131 "
            "attack UAVs.\n\nAll 45 \"Shaheds\" were destroyed by the forces and means of the Air Force!")
    attack = extract_text(text, published=date(2023, 1, 1), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value, attack.destroyed.drones.value) == ("2023-01-01", 45, 45)


def test_classes_of_a_fronted_total_and_a_model_among_those_downed() -> None:
    text = ("Russia launched 549 drones and missiles against Ukraine overnight on Oct. 5. Of the 549 weapons, 496 were drones "
            "and 53 were missiles, the Air Force said. The missiles included nine Kalibr cruise missiles. Air defense shot "
            "down 478 targets. Six of the nine Kalibr missiles were among those downed.")
    attack = extract_text(text, published=date(2025, 10, 5), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (496, 53)
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("Kalibr", 9, 6)]


def test_struck_a_city_with_a_missile_model_then_counted() -> None:
    text = ("11:52\nThe occupiers struck Kharkiv with S-300 missiles. According to preliminary information, up to four "
            "missiles were fired from the Belgorod region of the Russian Federation.")
    attack = extract_text(text, published=date(2024, 4, 18), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.launched.qualifier) for w in attack.weapons] == [("C-300", 4, "at_most")]


def test_a_part_that_came_heads_its_own_dashed_list() -> None:
    text = ("Russia fired 741 drones and missiles at Ukraine overnight, the air force said. The barrage included 728 Shahed "
            "and decoy drones and 13 missiles — seven cruise missiles and six Kinzhal hypersonic missiles — the air force "
            "said. Interceptors shot down 296 of the drones and all seven cruise missiles.")
    attack = extract_text(text, published=date(2025, 7, 9), lang="en").attacks[0]
    assert attack.launched.missiles.value == 13
    assert [(w.model, w.launched.value) for w in attack.weapons if w.model != "Shahed-136/131"] == [("X-47 Kinzhal", 6)]


def test_both_were_destroyed_after_a_semicolon_is_the_models_fate() -> None:
    text = ("On November 15, from about 15:30, the enemy delivered another massive missile strike. In total, 96 cruise "
            "missiles were launched; 75 of them were destroyed. Also, 2 Kh-59 guided air missiles were launched from Su-34 "
            "aircraft over the Belgorod region; both were destroyed.")
    attack = extract_text(text, published=date(2022, 11, 15), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("X-59/X-69", 2, 2)]


def test_a_list_labelled_the_missiles() -> None:
    text = ("Russia launched 215 means of air attack overnight: 145 Shahed-type drones and decoys and 70 missiles, the Air "
            "Force says. The missiles: 37 Kh-101 cruise missiles, 12 Kalibr cruise missiles, 11 Iskander-M/KN-23 ballistic "
            "missiles, six Iskander-K cruise missiles and four Kh-59/69 guided missiles.")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons if w.weapon_class == "missile"} == \
        {"X-101/X-555": 37, "Kalibr": 12, "Iskander-M/KN-23": 11, "Iskander-K": 6, "X-59/X-69": 4}
    assert attack.launched.missiles.value == 70


def test_a_live_blog_entry_breaking_down_the_missiles() -> None:
    text = ("Russia launched 598 drones and 31 missiles overnight, the Air Force said.\n\n09:05 — Breakdown of the missiles, "
            "per the Air Force: 20 Kh-101 cruise missiles (18 downed), nine Iskander-M ballistic missiles (seven downed) and "
            "two Kinzhal aeroballistic missiles (one downed).")
    attack = extract_text(text, published=date(2025, 8, 28), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"X-101/X-555": (20, 18), "Iskander-M/KN-23": (9, 7), "X-47 Kinzhal": (2, 1)}


def test_parts_of_the_downed_whose_wholes_were_fired_from_somewhere() -> None:
    text = ("Russia launched 656 drones and 73 missiles overnight. Air defence units destroyed 602 drones and 40 missiles, "
            "the air force said. Those included 26 of 27 Kh-101 cruise missiles and three of five Kalibr missiles fired "
            "from warships.")
    attack = extract_text(text, published=date(2026, 6, 10), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"X-101/X-555": (27, 26), "Kalibr": (5, 3)}
    text = ("Russia launched 700 drones and 50 missiles overnight. Air defenses shot down 652 drones and 41 missiles, "
            "including 29 of the 35 Kh-101 cruise missiles launched by strategic bombers.")
    attack = extract_text(text, published=date(2026, 6, 10), lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.weapons[0].launched.value, attack.weapons[0].destroyed.value) == (41, 35, 29)


def test_an_aside_between_double_dashes() -> None:
    text = ("Russia launched 656 drones and 73 missiles overnight. The missiles included 27 Kh-101 cruise missiles -- 26 of "
            "them intercepted -- and five Kalibr cruise missiles.")
    attack = extract_text(text, published=date(2026, 6, 10), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None) for w in attack.weapons} == \
        {"X-101/X-555": (27, 26), "Kalibr": (5, None)}


def test_the_second_barrage_in_five_days_is_no_tally() -> None:
    text = ("Russia launched nearly 100 missiles at Ukraine's two largest cities on Tuesday morning, the second huge barrage "
            "in five days, killing at least five people and injuring about 130 across the country.")
    attack = extract_text(text, published=date(2024, 1, 2), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.killed.value, attack.injured.value) == (100, 5, 130)


def test_of_them_drones_and_the_rest_missiles() -> None:
    text = "Russia launched 215 drones and missiles overnight, 145 of them drones and 70 missiles, Ukraine's air force said."
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.drones.value, attack.launched.missiles.value) == (215, 145, 70)


def test_people_wounded_when_drones_struck_are_no_drone_count() -> None:
    text = ("Russia launched 440 drones and 32 missiles overnight. In the southern port city of Odesa, one person was killed "
            "and 17 were wounded when drones struck a residential area.")
    attack = extract_text(text, published=date(2025, 6, 17), lang="en").attacks[0]
    assert attack.hits.drones is None


def test_all_of_which_after_the_last_model_of_a_list() -> None:
    text = ("Russia fired 78 missiles and 106 drones on Christmas morning. Among the weapons were ten S-300 anti-aircraft "
            "missiles, which Russia has repurposed to strike ground targets, and four Kh-59/69 guided missiles, all of which "
            "were downed, the air force added.")
    attack = extract_text(text, published=date(2024, 12, 25), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value if w.destroyed else None) for w in attack.weapons} == \
        {"C-300": (10, None), "X-59/X-69": (4, 4)}


def test_n_of_them_after_a_semicolon_and_a_launch_site() -> None:
    text = ("On February 10, 2023, the enemy launched:\n- 35 S-300 missiles;\n- 7 Shahed-136 attack UAVs, launched from the "
            "eastern coast of the Sea of Azov; 5 of them were destroyed.")
    attack = extract_text(text, published=date(2023, 2, 10), lang="en").attacks[0]
    assert [(w.launched.value, w.destroyed.value) for w in attack.weapons if w.model == "Shahed-136/131"] == [(7, 5)]


def test_a_governors_post_quoting_the_national_count_keeps_its_own_toll_apart() -> None:
    text = ("Oleh Kiper | Head of Odesa Regional Military Administration\nTelegram, 15 December 2025, 08:52\n\nOvernight the "
            "enemy again massively attacked the Odesa region with attack drones.\n\nAir defence forces destroyed 21 UAVs over "
            "the region. There are hits on energy infrastructure.\n\nTwo people were injured: a 44-year-old man and a "
            "67-year-old woman.\n\nAccording to the Air Force, in total the enemy used 153 strike UAVs against Ukraine "
            "overnight, 133 of them were shot down.")
    attack = extract_text(text, published=date(2025, 12, 15), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.injured) == (153, None)


def test_missiles_that_were_not_intercepted_came() -> None:
    text = ("Russia attacked Odesa overnight with 19 Shahed drones and 14 missiles, the air force said. Air defences destroyed "
            "all 19 Shaheds and 11 of the 12 Kalibr cruise missiles. Two Oniks supersonic anti-ship missiles, also used in "
            "the attack, were not intercepted, it said.")
    attack = extract_text(text, published=date(2023, 7, 20), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons if w.weapon_class == "missile"} == {"Kalibr": 12, "P-800 Oniks": 2}


@pytest.mark.parametrize("text", [
    "Over the first five months of the year, Russia has launched more than 35,000 drones at Ukraine, the data shows.",
    "How mobile fire groups shot down 40 Shaheds in a week",
])
def test_tallies_of_months_and_of_a_week(text: str) -> None:
    assert extract_text(text, published=date(2026, 6, 1), lang="en").attacks == []


def test_the_second_attack_in_a_week_is_no_tally() -> None:
    text = ("Russia launched 656 drones and 41 missiles against Ukraine overnight into Tuesday, Ukraine's Air Force said, in "
            "the second large-scale combined attack on the country in a week.")
    attack = extract_text(text, published=date(2026, 6, 2), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (656, 41)


def test_a_fuller_count_a_neighbouring_country_and_two_amounts_in_a_headline() -> None:
    text = ("Russia launched about 500 drones and 40 missiles overnight. The air force later gave a fuller count: 519 drones "
            "and 40 missiles. Two drones flew into the airspace of neighbouring Belarus, it said.")
    attack = extract_text(text, published=date(2025, 12, 27), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.other["returned"].value) == (519, 2)
    text = ("Ukraine downs all seventeen cruise missiles, most Shahed drones overnight\n\nRussia launched 17 Kh-101/Kh-555 "
            "cruise missiles and twenty-four Shahed-136/131 drones overnight on Sept. 18, the Air Force reported.")
    attack = extract_text(text, published=date(2023, 9, 18), lang="en").attacks[0]
    assert (attack.launched.total, attack.destroyed.missiles.value) == (None, 17)


def test_a_city_attacked_by_drones_and_an_age_in_apposition() -> None:
    text = ("In total, the city was attacked by up to 10 Shahed drones. There are hits at 5 locations.\n\nUpdate on the night "
            "attack: the number of injured has risen to 17. One man, 62, died in hospital this morning.")
    attack = extract_text(text, published=date(2025, 6, 7), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.drones.qualifier) == (10, "at_most")
    assert attack.killed is None or attack.killed.value != 62


def test_reported_drones_n_of_which_were_destroyed() -> None:
    text = ("Ukraine's military said Russia fired 84 cruise missiles, and that 43 of them were shot down. It also reported 24 "
            "attack drones, 13 of which were destroyed.")
    attack = extract_text(text, published=date(2022, 10, 10), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (24, 13)


def test_a_headline_where_drones_knock_out_power_as_talks_on_a_plan_continue() -> None:
    text = ("Russian drones and missiles knock out power around Kyiv as talks on US plan continue\n\nKYIV, Ukraine (AP) — "
            "Russia fired 596 drones and 36 missiles at Ukraine overnight into Saturday, the country's air force said, as "
            "Ukrainian and U.S. officials prepared for another round of talks on a plan to end the war.")
    attack = extract_text(text, published=date(2025, 11, 29), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (596, 36)


def test_destroyed_out_of_a_total_and_a_national_toll_after_a_city_paragraph() -> None:
    text = ("KYIV, Dec 29 (Reuters) - Russia launched 122 missiles and 36 drones against Ukrainian cities on Friday morning. "
            "The air force said 87 cruise missiles and 27 Shahed drones had been destroyed out of 158 aerial targets.\n\n"
            "Explosions were reported in Kyiv and Dnipro. A maternity hospital in Dnipro was damaged.\n\nLater on Friday, the "
            "Interior Ministry said the death toll had risen to at least 30.")
    attack = extract_text(text, published=date(2023, 12, 29), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.killed.value) == (158, 30)


def test_two_models_of_the_same_count_an_apposition_and_a_bracket() -> None:
    text = ("On the night of September 28 the enemy attacked with 77 air attack weapons: 73 Shahed attack drones, two "
            "Iskander-M ballistic missiles from the Belgorod region, and two Kh-59 guided aircraft missiles.")
    assert extract_text(text, published=date(2024, 9, 28), lang="en").attacks[0].launched.missiles is None
    text = ("Russia launched 151 drones and missiles overnight. The missiles included seven Kinzhal hypersonic missiles and "
            "12 Iskander-M ballistic missiles, weapons that Ukraine's air defences struggle to stop.")
    assert extract_text(text, published=date(2024, 3, 22), lang="en").attacks[0].launched.total.value == 151
    text = ("On the night of March 10, the enemy attacked with 163 Shahed-type attack UAVs. As of 08:30, 100 Shahed-type "
            "attack UAVs (and drones of other types) were confirmed shot down in the Kharkiv and Sumy regions.")
    assert extract_text(text, published=date(2025, 3, 10), lang="en").attacks[0].destroyed.drones.value == 100


def test_a_breakdown_label_opens_a_list_of_what_came() -> None:
    text = ("Russia launched a total of 215 air attack weapons: 70 missiles and 145 drones. Air defence shot down 112 targets, "
            "while 56 drones were lost from radar.\n\nThe missile breakdown, according to the Air Force:\n• 37 Kh-101 cruise "
            "missiles (31 shot down);\n• 12 Kalibr cruise missiles (6 shot down).")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons} == \
        {"X-101/X-555": (37, 31), "Kalibr": (12, 6)}


def test_that_is_a_sum_in_total() -> None:
    text = ("On the night of March 22, the enemy launched:\n1. 40 Kh-101 cruise missiles;\n2. 13 Kalibr cruise missiles;\n3. "
            "47 Shahed attack UAVs.\nThat is 53 missiles and 47 Shaheds in total.")
    attack = extract_text(text, published=date(2024, 3, 22), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (53, 47)


def test_left_for_belarus_been_attacked_by_and_among_the_weapons_launched() -> None:
    text = ("On the night of September 12, the enemy attacked with 40 Shahed drones. 36 were shot down, 2 drones were "
            "locationally lost. 1 UAV left in the direction of the airspace of Belarus.")
    assert extract_text(text, published=date(2024, 9, 12), lang="en").attacks[0].other["returned"].value == 1
    text = "Russia attacked with 110 drones overnight. Six flew on into the airspace of Belarus, Russia's ally."
    assert extract_text(text, published=date(2024, 12, 2), lang="en").attacks[0].other["returned"].value == 6
    text = "Over the past hour, Kharkiv has been attacked by seven Shahed drones. Four of them hit the Kyivskyi district."
    assert extract_text(text, published=date(2025, 3, 5), lang="en").attacks[0].launched.drones.value == 7
    text = ("Russia launched 93 missiles and nearly 200 drones overnight. Four Kinzhal hypersonic missiles were among the "
            "weapons launched, the air force said.")
    attack = extract_text(text, published=date(2024, 12, 13), lang="en").attacks[0]
    assert [(w.model, w.launched.value) for w in attack.weapons] == [("X-47 Kinzhal", 4)]


def test_the_missile_model_of_a_longer_target_phrase() -> None:
    text = ("In the afternoon, the enemy attacked the port infrastructure of the Odesa district with Iskander-M ballistic "
            "missiles.\n\n4 missiles were launched. Air defence intercepted 3 of them.")
    attack = extract_text(text, published=date(2025, 4, 7), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("Iskander-M/KN-23", 4, 3)]


@pytest.mark.parametrize("line", ["Overnight the city was attacked by 6 Shaheds and 2 guided aerial bombs.",
                                  "Overnight the occupiers attacked the city with six Shahed drones.",
                                  "Last night the region came under attack from 15 attack drones.",
                                  "In about an hour, the Russians struck the city with 48 Shaheds, 2 missiles and 4 bombs.",
                                  "Over about an hour and a half, the city was hit by 48 Shaheds and two missiles.",
                                  "Our city was attacked by 9 Shahed drones."])
def test_a_mayors_count_of_drones_on_the_city_is_the_citys_share(line: str) -> None:
    text = f"Mayor of Kharkiv (Telegram, translated)\n\nKharkiv. {line} Hits were recorded in two districts.\n\n" \
           "One person was killed and 9 people were injured."
    report = extract_text(text, published=date(2025, 6, 11), lang="en")
    assert report.attacks == [], line


def test_a_missile_strike_on_the_city_is_all_of_that_attack() -> None:
    text = "Dnipro. This morning the aggressor struck the city with one Iskander-M ballistic missile. 2 people were killed."
    attack = extract_text(text, published=date(2024, 12, 18), lang="en").attacks[0]
    assert attack.launched.missiles.value == 1 and attack.killed.value == 2


def test_a_headline_where_russian_forces_shell_a_region_names_the_attacker() -> None:
    text = ("Kherson region: one killed, seven injured as Russian forces shell 38 settlements over past day\n\n"
            "Residential areas of Kherson and Beryslav came under fire. One person was killed and seven were injured in "
            "the region.\n\nAir defence units of the Defense Forces of the South destroyed 17 drones over the Kherson "
            "region overnight, the governor said.")
    report = extract_text(text, published=date(2026, 1, 22), lang="en")
    assert report.attacks == []  # the region's own downs, of Russia's attack on Ukraine: no national figure


def test_a_weeks_count_without_a_preposition_is_no_attack() -> None:
    for text in ("Zelensky: Russia used more than 1,300 attack drones against Ukraine this week\n\nOver the course of the "
                 "past week Russia had launched more than 1,300 attack drones and 50 missiles of various types, he said.",):
        report = extract_text(text, published=date(2025, 9, 21), lang="en")
        assert report.attacks == [], text
    for text, drones in (("Russia launched 80 drones overnight, up from 40 last week, the air force said.", 80),
                         ("Russia launched 480 drones at Ukraine, the largest attack this week, the air force said.", 480),
                         ("Russia launched 300 drones at Ukraine in its second mass attack this week.", 300)):
        attack = extract_text(text, published=date(2025, 9, 21), lang="en").attacks[0]
        assert attack.launched.drones.value == drones, text


def test_drones_used_against_the_region_are_the_regions_share() -> None:
    text = ("Head of Kharkiv Regional Military Administration\n\nOver the past day, the occupiers attacked 14 settlements of "
            "the Kharkiv region. The enemy used 6 guided aerial bombs, 17 Shahed-type drones, 3 Lancet loitering munitions "
            "and 28 FPV drones against the region.")
    assert extract_text(text, published=date(2026, 1, 27), lang="en").attacks == []


def test_an_air_force_night_header_counts_what_came() -> None:
    text = ("Ukrainian Air Force — Telegram, 18.10.2024 09:05\n\n⚔️ Night of October 18 (from 20:00 on 17.10): 135 Shahed "
            "attack UAVs from Kursk, Oryol and Primorsko-Akhtarsk (RF).\n\n📌 As of 08:30, 80 Shaheds shot down.\n"
            "📡 44 UAVs lost locally (EW).")
    attack = extract_text(text, published=date(2024, 10, 18), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value, attack.suppressed.drones.value) == (135, 80, 44)


def test_a_launch_areas_country_after_a_dash_does_not_end_the_count() -> None:
    text = ("On the night of March 13 (from 18:00 on March 12), the enemy attacked with 1 Iskander-M ballistic missile from "
            "the Rostov region – RF and 126 attack UAVs of the Shahed, Gerbera and other types, launched from the areas of "
            "Kursk and Millerovo – RF.")
    attack = extract_text(text, published=date(2026, 3, 13), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (1, 126)


def test_a_clock_then_update_header_opens_an_update_entry() -> None:
    oldest_first = ("LIVE: Russia strikes Kyiv overnight\n\n07:14\nFirst figures: air defence shot down 112 targets. The Air "
                    "Force initially said 66 missiles had been launched.\n\n09:41 — UPDATE\nThe Air Force has updated its "
                    "figures. Russia attacked Ukraine with 215 aerial weapons: 70 missiles and 145 drones.")
    attack = extract_text(oldest_first, published=date(2025, 4, 24), lang="en").attacks[0]
    assert attack.launched.missiles.value == 70
    newest_first = ("News feed\n\n10:47 — UPDATE. The Air Force has updated its figures: Russia launched 183 drones "
                    "overnight. Of these, 111 were shot down.\n\n10:15 — In the Dnipropetrovsk region, a drone hit a "
                    "facility.\n\n09:02 — The Air Force said that at least 170 drones had been launched overnight, and "
                    "more than 100 had been downed.")
    attack = extract_text(newest_first, published=date(2025, 6, 15), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (183, 111)


def test_retaliation_for_the_weekend_explosion_is_no_weeks_tally() -> None:
    text = ("KYIV, Oct 10 (Reuters) - Russia fired 84 cruise missiles and 24 Iranian-made attack drones at cities across "
            "Ukraine on Monday, officials said, in what Putin called retaliation for the weekend explosion on the bridge.")
    attack = extract_text(text, published=date(2022, 10, 10), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (84, 24)


def test_an_unnamed_last_item_of_a_list_of_models_is_a_part_and_an_attack_focused_on_a_city_is_no_place() -> None:
    text = ("Ukraine said it shot down all 18 missiles Russia fired in a dense overnight attack focused on Kyiv on Tuesday. "
            "Russia launched six Kinzhals from MiG-31K jets, nine Kalibr cruise missiles from ships in the Black Sea and "
            "three ground-launched missiles, the air force said.")
    attack = extract_text(text, published=date(2023, 5, 16), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (18, 18)


def test_a_citys_hits_in_an_attack_on_several_regions_are_that_citys() -> None:
    text = ("Russia launched 476 drones and 48 missiles at Ukraine overnight, the air force said. Air defences shot down 442 "
            "drones over the Lviv, Ivano-Frankivsk and Ternopil regions. In Ternopil, two missiles struck residential "
            "buildings, causing several floors to collapse.")
    attack = extract_text(text, published=date(2025, 11, 19), lang="en").attacks[0]
    assert attack.hits.missiles is None
    text = ("Russia launched 12 drones and two ballistic missiles at the Odesa region overnight. Two drones were downed over "
            "Mykolaiv Oblast. Both ballistic missiles struck port infrastructure in the Odesa district.")
    attack = extract_text(text, published=date(2024, 10, 9), lang="en").attacks[0]
    assert attack.hits.missiles.value == 2


@pytest.mark.parametrize("title", ["A year after the strike on the hospital, doctors and families remember",
                                   "Kyiv remembers victims of the first mass missile strike, three years on",
                                   "Eighty years on, the V-2 strikes on Antwerp still shape the port's memory"])
def test_a_memorial_of_a_past_strike_is_no_attack(title: str) -> None:
    text = (f"{title}\n\nKYIV — That day Russia fired 38 missiles of several types at Kyiv, Dnipro and Kryvyi Rih, and the "
            "air force said 30 of them were shot down. Across the country, the strikes killed 47 people. On Tuesday, "
            "doctors laid flowers at the rebuilt wing.")
    report = extract_text(text, published=date(2025, 7, 8), lang="en")
    assert report.attacks == [] and report.period_totals == []


def test_a_news_headline_on_an_anniversary_is_news() -> None:
    text = ("Three years on, Ukrainians mark anniversary after night of record drone attack\n\nRussia launched 267 drones "
            "at Ukraine overnight, the air force said, the most in a single night since the invasion began.")
    assert extract_text(text, published=date(2025, 2, 24), lang="en").attacks[0].launched.drones.value == 267


def test_a_trials_story_is_no_attack() -> None:
    text = ("Court jails Odesa man for 15 years for helping Russia adjust missile strikes\n\nThe man sent the coordinates "
            "of port facilities that Russia struck with two Kalibr missiles and 38 drones in March, prosecutors said.")
    report = extract_text(text, published=date(2025, 6, 3), lang="en")
    assert report.attacks == [] and report.period_totals == []


def test_a_match_report_in_the_words_of_war_is_no_attack() -> None:
    text = ("Kyiv side ride three-point barrage into Cup final\n\nKyiv, 17 March 2024 — The hosts are into the final after "
            "a second-half barrage from beyond the arc buried their rivals 91-78 in Saturday's semi-final. They trailed "
            "by six at halftime before their captain's long-range missile started the comeback. Their guard added nine "
            "rebounds and seven assists. The hosts finished 17 of 31 from three-point range.")
    report = extract_text(text, published=date(2024, 3, 17), lang="en")
    assert report.attacks == [] and report.period_totals == []
    text = ("A Russian missile struck a stadium in Kharkiv overnight, the governor said. Russia launched 40 drones and two "
            "missiles at the region; fans of the football club helped clear the rubble.")
    assert extract_text(text, published=date(2024, 3, 17), lang="en").attacks != []


def test_the_general_staffs_day_of_the_ground_war_is_no_attack() -> None:
    text = ("General Staff: update as of June 12\n\nOver the past day, 142 combat engagements took place. The occupiers also "
            "dropped 51 guided aerial bombs on the positions of Ukrainian troops and settlements, and used 704 kamikaze "
            "drones of various types against them. Ukrainian aviation and artillery struck 11 areas where enemy personnel "
            "and equipment were concentrated.")
    report = extract_text(text, published=date(2024, 6, 12), lang="en")
    assert report.attacks == [] and report.period_totals == []


def test_a_live_blogs_latest_figures_and_revised_morning_figures_replace_the_earlier() -> None:
    text = ("Live: Russia launches mass missile strikes on cities across Ukraine\n\n10:20 — Russia had launched 75 missiles, "
            "and air defense shot down 41 of them.\n\n18:40 — Updated toll from the State Emergency Service: 14 killed, "
            "97 injured across Ukraine.\n\n20:15 — UPDATE: The General Staff has revised the morning figures. Russia fired "
            "a total of 84 cruise missiles at Ukraine today. Air defense destroyed 43 of the missiles.\n\n21:30 — Latest "
            "figures from the State Emergency Service: the strikes killed 19 people and injured 105 across Ukraine.")
    attack = extract_text(text, published=date(2022, 10, 10), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value, attack.killed.value,
            attack.injured.value) == (84, 43, 19, 105)


@pytest.mark.parametrize("line", ["According to preliminary data, 11 enemy drones were destroyed in Kyiv's airspace.",
                                  "Air defence forces worked in the region: 11 enemy UAVs were destroyed."])
def test_a_city_or_regions_own_downs_are_its_share(line: str) -> None:
    text = f"Kyiv City Military Administration\n\nAnother massive attack on the capital overnight. {line} No casualties."
    assert extract_text(text, published=date(2025, 2, 4), lang="en").attacks == []


def test_destroyed_a_total_of_is_a_count_of_the_destroyed() -> None:
    text = ("Russia launched 91 drones and missiles overnight. Air defences destroyed a total of 65 targets, the air force "
            "said — all five Kh-101 cruise missiles and 60 Shahed drones.")
    attack = extract_text(text, published=date(2024, 8, 27), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.destroyed.total.value, attack.destroyed.drones.value) == (91, 65, 60)
    attack = extract_text("Russia fired a total of 84 cruise missiles at Ukraine today.", published=date(2022, 10, 10),
                          lang="en").attacks[0]
    assert attack.launched.missiles.value == 84


def test_an_exact_model_count_beats_the_headlines_more_than() -> None:
    text = ("Russia attacks Ukraine with over 400 drones; Zaporizhzhia and Odesa hit\n\nRussia launched 442 Shahed-type "
            "attack drones and decoys overnight on Sunday, the air force said. Air defences neutralized 380 of them.")
    assert extract_text(text, published=date(2026, 3, 29), lang="en").attacks[0].launched.drones.value == 442


def test_downs_over_our_region_are_the_regions() -> None:
    text = ("Oleh Kiper, head of the Odesa Regional Military Administration\n\nAnother massive attack on Ukraine overnight. "
            "Air defence forces of the Southern Defence Forces shot down 19 attack drones over our region.")
    assert extract_text(text, published=date(2025, 3, 2), lang="en").attacks == []


def test_that_attack_after_an_earlier_one_and_a_toll_in_the_southern_city_of() -> None:
    text = ("KYIV, Aug 30 (Reuters) - Russia launched 537 drones and 45 missiles at Ukraine overnight, the air force said, "
            "in an attack aimed mainly at the power grid that killed at least one person in the southern city of "
            "Zaporizhzhia. The strike came two days after Russia pounded Kyiv with 598 drones and 31 missiles. That attack "
            "killed 23 people, including four children.")
    attack = extract_text(text, published=date(2025, 8, 30), lang="en").attacks[0]
    assert attack.killed is None and attack.launched.drones.value == 537


def test_nine_days_after_is_an_earlier_attack() -> None:
    text = ("Russia launched 188 drones and four missiles at Ukraine overnight, the air force said. The strikes come nine "
            "days after Russia fired 120 missiles and 90 drones at Ukraine's energy system, killing at least seven people.")
    attack = extract_text(text, published=date(2024, 11, 26), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.killed) == (4, None)


def test_a_years_missiles_after_attack_and_decoy_drones_are_the_years() -> None:
    text = "According to Air Force data, Russia launched 10,949 attack and decoy drones and 2,007 missiles at Ukraine in 2024."
    totals = {(t.period, t.weapon_class): t.launched.value for t in
              extract_text(text, published=date(2025, 1, 1), lang="en").period_totals}
    assert totals == {("2024", "drones"): 10949, ("2024", "missiles"): 2007}


def test_a_second_partitive_after_a_launch_participle_shares_the_first_verb() -> None:
    text = ("Ukraine's air force said it intercepted 37 of the 40 Kh-101/Kh-555 cruise missiles launched from strategic "
            "bombers over the Caspian Sea, and 29 of the 35 Iranian-made Shahed drones sent from the north and south.")
    attack = extract_text(text, published=date(2023, 5, 29), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (35, 29)


def test_a_mayors_post_that_calls_the_night_a_massive_attack_on_ukraine_counts_the_citys_share() -> None:
    text = ("Ihor Terekhov | Kharkiv City Mayor\nTelegram · 10.02.2025 07:48 (translated)\n\nKharkiv, good morning. During the "
            "night, as part of another massive attack on Ukraine, the occupiers attacked Kharkiv with seven Shahed drones. "
            "Three people were injured.")
    assert extract_text(text, published=date(2025, 2, 10), lang="en").attacks == []
    text = ("Ihor Terekhov | Kharkiv City Mayor\n\nBetween 21:05 and 21:40 the enemy attacked Kharkiv with seven Shahed "
            "drones. All seven struck the city. One person was killed.")
    assert extract_text(text, published=date(2024, 10, 29), lang="en").attacks[0].launched.drones.value == 7


@pytest.mark.parametrize("line", ["Ukrainian forces have also destroyed a Russian Tor surface-to-air missile system near the "
                                  "front, the General Staff said.",
                                  "The tally grows only when the Air Force confirms that a cruise missile was shot down."])
def test_a_missile_system_and_a_rule_of_counting_are_no_missiles(line: str) -> None:
    text = f"General Staff: Russia's combat losses as of March 12\n\nRussian forces lost 1,260 soldiers over the past day. {line}"
    assert extract_text(text, published=date(2025, 3, 12), lang="en").attacks == []


def test_those_of_them_in_serious_condition_are_a_part_of_the_toll() -> None:
    text = ("The enemy struck Zaporizhzhia with three Iskander-M missiles this afternoon. Six people are known to have been "
            "injured.\n\nThe number of injured has risen to 11.\n\nThe death toll has risen to four. 17 people were "
            "injured.\n\nUPDATE. As of this hour: the Russian strike on Zaporizhzhia killed 6 people. 22 more were injured, "
            "eight of them are in serious condition.")
    attack = extract_text(text, published=date(2025, 12, 6), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (6, 22)


def test_a_single_missile_with_its_launch_area_in_brackets_is_counted() -> None:
    text = "Overnight, the enemy attacked with an Iskander-M ballistic missile (Rostov region, RF) and 116 strike UAVs."
    attack = extract_text(text, published=date(2026, 5, 21), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (1, 116)


def test_a_launch_area_note_names_no_target() -> None:
    text = ("Air Force of the Armed Forces of Ukraine · May 21, 2026, 08:58\n\nNight of May 21 (from 18:00 on May 20): the "
            "enemy attacked with an Iskander-M ballistic missile (Rostov region, RF) and 116 strike UAVs of the "
            "Shahed/Gerbera/other types\n\n✅ 109 drones shot down/suppressed as of 08:30")
    attack = extract_text(text, published=date(2026, 5, 21), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.regions) == ("RU", "UA", [])


def test_a_post_that_says_the_attack_came_only_there_counts_the_whole_attack() -> None:
    text = ("Odesa Regional Military Administration — 14.04.2025 22:18\n\nTargeted evening drone attack on Odesa. In total, "
            "the Russians directed 12 Shahed-type attack drones at the city. Air defence destroyed nine Shaheds over the city "
            "and the water area. No other part of the region came under attack tonight.")
    attack = extract_text(text, published=date(2025, 4, 14), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (12, 9)


def test_drone_imitators_are_decoy_drones() -> None:
    text = ("On the night of May 4, the enemy attacked with 165 Shahed attack drones and drone-imitators. 69 were shot down; "
            "80 enemy drone-imitators were locationally lost.")
    attack = extract_text(text, published=date(2025, 5, 4), lang="en").attacks[0]
    assert attack.suppressed.drones.value == 80


def test_missiles_that_hit_the_city_with_dozens_of_drones_are_its_share() -> None:
    text = ("Russia launched 206 drones and nine missiles at Ukraine overnight, the air force said. Mayor Ihor Terekhov said "
            "the city was hit by dozens of drones, two missiles and four guided aerial bombs within an hour and a half.")
    assert extract_text(text, published=date(2025, 6, 7), lang="en").attacks[0].hits.missiles is None


def test_the_twelfth_assault_this_year_is_this_attack() -> None:
    text = ("KYIV, Dec 13 (Reuters) - Russia launched one of its heaviest attacks on Ukraine's energy infrastructure on Friday, "
            "firing 93 missiles and nearly 200 drones in what Kyiv said was the 12th large-scale assault on the power grid "
            "this year. Russia's defence ministry said it had struck energy facilities in retaliation for an attack on "
            "Wednesday.")
    assert extract_text(text, published=date(2024, 12, 13), lang="en").attacks[0].date == "2024-12-13"


def test_the_deadliest_since_last_summer_is_this_attack() -> None:
    text = ("KYIV, Ukraine (AP) — A massive Russian missile and drone attack on Kyiv and other cities wounded 90 others "
            "overnight, officials said Thursday, in the deadliest assault on the capital since last summer. Russia launched "
            "215 missiles and drones. On April 13, two ballistic missiles struck the center of Sumy.")
    assert extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0].date == "2025-04-24"


def test_the_heaviest_assault_of_the_month_is_the_months_history() -> None:
    text = ("Russia launched a record 6,462 drones at Ukraine in March, AFP analysis shows. The heaviest assault of the month "
            "came on March 24, when Russia sent close to 1,000 drones at Ukraine in a single day. The onslaught showed no sign "
            "of easing on Wednesday. Overnight, Russia launched 339 drones, of which 298 were shot down or suppressed.")
    attack = extract_text(text, published=date(2026, 4, 1), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value) == ("2026-04-01", 339)


def test_the_enemy_attacked_with_names_the_attacker() -> None:
    text = ("Air Force of the Armed Forces of Ukraine\n\nOn the night of 29 November, the enemy attacked with 21 Shahed-136/131 "
            "attack UAVs (launch area: Primorsko-Akhtarsk, Russian Federation). All 21 drones were destroyed within the "
            "Mykolaiv and Kirovohrad regions.")
    attack = extract_text(text, published=date(2023, 11, 29), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.regions) == ("RU", "UA", ["UA-35", "UA-48"])


@pytest.mark.parametrize("line", ["Moscow can comfortably send several hundred in a night and has on occasion launched more "
                                  "than 700.",
                                  "By late 2024, nightly drone launches of 100 to 150 had become routine."])
def test_a_habit_of_the_campaign_is_no_attack(line: str) -> None:
    text = f"Analysis: Why Russia's drone numbers keep rising\n\nKYIV — {line} Analysts expect the numbers to grow."
    assert extract_text(text, published=date(2025, 10, 15), lang="en").attacks == []


@pytest.mark.parametrize("line", ['"We took down 47 in one night," the commander said.',
                                  "On one night in late September, he said, his three-person crew alone destroyed 11 "
                                  "Shaheds.",
                                  "On the busiest night of the summer, they downed nine drones, working until dawn.",
                                  "The brigade it belongs to counts more than 400 downed drones, according to its "
                                  "commander."])
def test_a_crews_own_nights_are_no_attack(line: str) -> None:
    text = f"The night shift: on duty with a mobile fire group hunting Shaheds near Kyiv\n\nKYIV — {line} The crew sleeps by day."
    assert extract_text(text, published=date(2025, 11, 2), lang="en").attacks == []


def test_the_busiest_night_of_the_war_is_a_claim_about_the_attack() -> None:
    text = "On the busiest night of the war, Russia launched 810 drones and 13 missiles at Ukraine, the air force said."
    assert extract_text(text, published=date(2025, 9, 7), lang="en").attacks[0].launched.drones.value == 810


@pytest.mark.parametrize("author", ["Air Force Command of the Armed Forces of Ukraine\n14.12.2022 09:40 (translated)",
                                    "AIR FORCE OF THE ARMED FORCES OF UKRAINE (Telegram)"])
def test_the_air_forces_own_post_of_downs_over_one_city_counts_the_whole_attack(author: str) -> None:
    text = (f"{author}\n\nOn the morning of December 14, the enemy attacked the capital with Shahed-136/131 attack UAVs "
            "launched from the eastern coast of the Sea of Azov.\n\nAll 13 enemy drones were destroyed over Kyiv by air defence.")
    attack = extract_text(text, published=date(2022, 12, 14), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 13 and attack.regions == ["UA-30"]
    governor = text.replace(author, "Head of Kyiv City Military Administration")
    assert extract_text(governor, published=date(2022, 12, 14), lang="en").attacks == []  # the city's share


@pytest.mark.parametrize("top", ["Home  World  Ukraine  Business  Culture  Sport  Opinion  Donate\nSearch...",
                                 "HOME  MARKETS  GRID  GAS\nSubscribe to our weekly newsletter →",
                                 "Support independent journalism in Ukraine. Become a member from $5 a month →",
                                 "BREAKING: Power engineers restore supply to 400,000 consumers in Kyiv region"])
def test_a_pages_menu_ticker_or_appeal_is_not_its_headline(top: str) -> None:
    text = (f"{top}\nRussia launches 38 Shahed drones overnight, 29 shot down\n18 November 2023 · 10:15\n"
            "Russia attacked Ukraine with 38 Shahed attack drones on the night of Nov. 18, and 29 of them were destroyed "
            "over the Kyiv, Odesa and Mykolaiv oblasts, Ukraine's Air Force said.")
    attack = extract_text(text, published=date(2023, 11, 18), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (38, 29)


def test_a_long_story_of_another_war_names_its_countries_as_places() -> None:
    text = ("India says it shot down more than 50 Pakistani drones along western border\n\nNEW DELHI, May 9 - Indian air "
            "defence units shot down more than 50 drones launched by Pakistan in waves along the western border overnight "
            "into Friday, the Indian army said, as the neighbours traded fire for a second straight night.\n\n"
            "The army said in a statement that it had used anti-aircraft guns, surface-to-air missiles and electronic "
            "countermeasures. Blackouts were imposed in several districts near the frontier. There were no reports of "
            "casualties from the drone attacks.\n\nPakistan's military denied launching any drones at India and accused "
            "New Delhi of baseless claims. Islamabad said on Thursday it had downed 25 Indian drones since Wednesday night. "
            "Diplomats urged both governments to step back from the brink after a week of rising tension.")
    attack = extract_text(text, published=date(2025, 5, 9), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("PK", "IN", 50)


@pytest.mark.parametrize("who", ["Russia", "the enemy", "Moscow"])
def test_parts_of_all_the_missiles_someone_fired_were_each_shot_down(who: str) -> None:
    text = (f"Ukraine's air defences shot down all 12 missiles {who} fired at Kyiv on Friday morning - six Kinzhal hypersonic "
            "missiles and six Kalibr cruise missiles - the air force said.")
    attack = extract_text(text, published=date(2023, 6, 16), lang="en").attacks[0]
    got = {w.model: (w.launched.value, w.destroyed.value) for w in attack.weapons}
    assert got == {"X-47 Kinzhal": (6, 6), "Kalibr": (6, 6)}


def test_a_missile_after_drones_launched_from_an_area_is_a_count_of_its_own() -> None:
    text = ("Overnight on September 19, Russian invaders attacked Ukraine with 30 Shahed-136/131 attack drones launched from "
            "the Primorsko-Akhtarsk area and an Iskander-M ballistic missile fired from Crimea at Kryvyi Rih, the Air Force said.")
    attack = extract_text(text, published=date(2023, 9, 19), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (30, 1)
    assert {w.model: w.launched.value for w in attack.weapons} == {"Shahed-136/131": 30, "Iskander-M/KN-23": 1}
    listed = ("Russia attacked with 5 drones and two missiles. The missiles were a Kh-59 guided missile launched over the "
              "Kursk region and an S-300 guided missile fired from occupied Donetsk Oblast, the Air Force said.")
    attack = extract_text(listed, published=date(2023, 9, 19), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons}["C-300"] == 1  # (the last of the list still counts)


@pytest.mark.parametrize("text, models", [
    ("Russia attacked overnight with 46 Shahed attack drones and two missiles — an Iskander-M ballistic missile fired from "
     "occupied Crimea and a Kh-31P anti-radar missile launched from an aircraft over the Black Sea — the Air Force said.",
     {"Shahed-136/131": 46, "Iskander-M/KN-23": 1, "X-31P": 1}),
    ("Russia attacked with 5 drones and two missiles. The missiles were a Kh-59 guided missile launched over the Kursk "
     "region and an S-300 guided missile fired from occupied Donetsk Oblast.", {"X-59/X-69": 1, "C-300": 1}),
    ("Russia attacked overnight with 121 drones and two missiles. The air force said the missiles - an Iskander-M "
     "ballistic missile and a Kh-31 air-launched missile - were fired from occupied Crimea.", {"Iskander-M/KN-23": 1, "X-31": 1}),
    ("Russia used 17 Shahed-136/131 attack drones and three missiles — an Iskander-M ballistic missile and two Iskander-K "
     "cruise missiles — against Ukraine overnight.", {"Shahed-136/131": 17, "Iskander-M/KN-23": 1, "Iskander-K": 2}),
])
def test_single_models_listed_after_a_dash_or_were_each_came_once(text: str, models: dict[str, int]) -> None:
    attack = extract_text(text, published=date(2024, 9, 3), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == models


def test_there_were_also_lists_more_models_of_what_came() -> None:
    text = ("The air force said Russia had fired 81 missiles of several types overnight. The salvo included 28 Kh-101 cruise "
            "missiles. There were also six Kh-22 missiles, six Kh-59 guided missiles and 13 S-300 missiles aimed at the "
            "Kharkiv region.")
    attack = extract_text(text, published=date(2023, 3, 9), lang="en").attacks[0]
    assert {w.model: w.launched.value for w in attack.weapons} == {"X-101/X-555": 28, "X-22": 6, "X-59/X-69": 6, "C-300": 13}
    assert attack.launched.missiles.value == 81


@pytest.mark.parametrize("since", ["since the previous evening", "since last night", "since midnight", "since Wednesday evening"])
def test_since_the_evening_counts_this_night(since: str) -> None:
    text = ("Russia fired more than 90 missiles and nearly 100 drones at Ukraine on Thursday. The air force said in its "
            f"morning report that Russia had launched 91 missiles and 97 drones at the country {since}.")
    attack = extract_text(text, published=date(2024, 11, 28), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (91, 97)


@pytest.mark.parametrize("aside", ["Shahed-type attack drones and decoys", "mostly Shaheds"])
def test_a_count_after_an_aside_between_dashes_shares_the_verb(aside: str) -> None:
    text = f"Ukraine's air force said Russia launched 595 drones — {aside} — and 48 missiles overnight."
    attack = extract_text(text, published=date(2025, 9, 28), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (595, 48)


def test_an_air_force_night_header_without_from_counts_what_came() -> None:
    text = ("Air Force of Ukraine, 28.02.2026 (translated)\n\nNight of 28 February (from 18:00 on 27 February): 1 Iskander-M "
            "ballistic missile (Voronezh region, RF) and 105 strike UAVs of the Shahed, Gerbera, Italmas types and imitator "
            "drones.\n\nAs of 08:00, air defence shot down/suppressed 96 UAVs in the north, south and east.")
    attack = extract_text(text, published=date(2026, 2, 28), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value, attack.neutralized.drones.value) == (1, 105, 96)


def test_a_bracketed_subscription_appeal_is_not_the_headline() -> None:
    text = ("[Subscribe for €1 a month]\nAir defence destroys all 4 Shaheds over Kirovohrad region\n27 January 2024, 08:55\n"
            "On the night of 27 January, Russian troops attacked Ukraine with 4 Shahed-136/131 attack drones, the Air Force "
            "said. Air defence forces destroyed all 4 Shahed-136/131 over the Kirovohrad region.")
    attack = extract_text(text, published=date(2024, 1, 27), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (4, 4)


@pytest.mark.parametrize("title, negative", [
    ("Analysis: The arithmetic of the drone war is moving in Moscow's favour — for now", True),
    ("Analysis: How Russia keeps adapting its long-range drone campaign against Ukraine", True),
    ("Analysis: Russia's record 810-drone attack shows the limits of Ukraine's air defence", False),
])
def test_an_analysis_headline_without_an_attack_verb_reports_no_attack(title: str, negative: bool) -> None:
    text = (f"{title}\n\nThree years ago, a night when Russia sent 30 Shaheds towards Ukrainian cities made headlines. "
            "Today, crews speak of quiet nights when fewer than 100 drones are launched. Russia launched 810 drones on "
            "the night of Sept. 7, and air defences shot down 747 of them, the air force said.")
    report = extract_text(text, published=date(2025, 9, 20), lang="en")
    assert (report.attacks == []) is negative


def test_throughout_the_year_after_a_month_counts_that_months_year() -> None:
    text = ("Russia launched more than 5,000 drones at Ukraine in December - Air Force data\n\nIn December 2025, Russian forces "
            "launched 5,131 long-range attack drones and decoys and 181 missiles against Ukraine. Throughout the year, Russia "
            "launched more than 54,000 long-range drones and 1,935 missiles against Ukraine, the data show.")
    report = extract_text(text, published=date(2026, 1, 1), lang="en")
    assert report.attacks == []
    totals = {(t.period, t.weapon_class): t.launched.value for t in report.period_totals}
    assert totals[("2025", "drones")] == 54000 and totals[("2025", "missiles")] == 1935


@pytest.mark.parametrize("launched_from", ["", " launched from Tu-95MS strategic bombers"])
def test_a_fate_after_an_aside_between_dashes_is_the_whole_counts(launched_from: str) -> None:
    text = (f"Russia fired 31 missiles at Kyiv early Thursday. All 31 missiles - two ballistic missiles and 29 Kh-101 cruise "
            f"missiles{launched_from} - were shot down, the Ukrainian air force said.")
    attack = extract_text(text, published=date(2024, 3, 21), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (31, 31)
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("X-101/X-555", 29, 29)]


def test_a_donation_appeal_is_not_the_headline() -> None:
    text = ("Donate to support independent journalism >>\nRussia attacks Ukraine with 68 drones a day after deadly strike on "
            "Kyiv\n29 August 2025, 09:47\nRussian forces launched 68 attack drones against Ukraine overnight, the Air Force "
            "said. Air defense units shot down 46 of them.")
    attack = extract_text(text, published=date(2025, 8, 29), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (68, 46)


def test_drones_launched_in_a_single_week_are_no_attack() -> None:
    text = ("Russia launched 5,400 drones at Ukraine in November\n\nOn an average night last month, about 79 drones crossed "
            "into Ukrainian airspace. In the middle of the month, President Volodymyr Zelensky said Russia had launched "
            "around 800 drones in a single week.")
    assert extract_text(text, published=date(2024, 12, 1), lang="en").attacks == []


def test_a_count_over_two_regions_in_a_place_by_place_list_is_a_part() -> None:
    text = ("On the night of June 27, the enemy attacked with 29 air attack weapons. In total, 28 air targets were shot down: "
            "4 Kalibr cruise missiles, 1 Kh-59/69 guided air missile and 23 Shahed-131/136 attack UAVs. According to the air "
            "commands, 13 drones were destroyed over the Khmelnytskyi and Ivano-Frankivsk regions, 3 over the Mykolaiv region "
            "and 2 over the Kherson region.")
    attack = extract_text(text, published=date(2024, 6, 27), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 23


def test_drills_with_simulated_missile_strikes_are_no_attack() -> None:
    text = ("Russia and Belarus wrap up joint drills with simulated missile strikes\n\nMINSK (AP) — Russia and Belarus ended a "
            "five-day joint exercise on Tuesday. Russia's defense ministry said its Northern Fleet had fired a Zircon "
            "hypersonic missile at a target ship in the Barents Sea, and crews shot down 40 target drones over a range.")
    assert extract_text(text, published=date(2025, 9, 16), lang="en").attacks == []


@pytest.mark.parametrize("habit", ["rarely launched fewer than 100 drones in a single night",
                                   "often launched more than 150 drones a night",
                                   "frequently sent about 120 drones in one night"])
def test_how_often_russia_launched_so_many_is_no_attack(habit: str) -> None:
    text = ("Russia launched over 4,100 attack drones against Ukraine in March - Air Force data\n\nIn March, Russia attacked "
            f"Ukraine with more than 4,100 long-range attack drones, an analysis shows. Russian forces {habit} in March.")
    assert extract_text(text, published=date(2025, 4, 1), lang="en").attacks == []
    rare = "Russia attacked Ukraine overnight with 339 drones and 34 missiles, including a rarely used Zircon missile."
    assert extract_text(rare, published=date(2026, 1, 20), lang="en").attacks[0].launched.missiles.value == 34


def test_a_listed_count_over_regions_with_one_bracketed_part_and_a_drone_that_flew_out() -> None:
    text = ("On the night of October 26, the enemy attacked with 92 air attack assets: 1 Iskander-M ballistic missile and 91 "
            "Shahed-type attack UAVs.\n\nAs of 12:00, 45 air targets were confirmed shot down:\n• 1 Iskander-M ballistic "
            "missile — over Odesa region;\n• 44 Shahed-type attack UAVs — in Khmelnytskyi (8), Vinnytsia, Kyiv, Sumy and "
            "Kirovohrad regions.\n\n44 enemy decoy drones were lost locationally.\n1 UAV flew out towards Belarus.")
    attack = extract_text(text, published=date(2024, 10, 26), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.other["returned"].value) == (44, 1)


def test_drones_used_in_the_last_week_of_a_month_are_no_attack() -> None:
    text = ("Russia launched record 8,152 drones in May\n\nIn his evening address on Sunday, President Volodymyr Zelensky "
            "said that in the last week of May alone, Russia had used more than 1,900 attack drones and almost 60 missiles "
            "against Ukraine.")
    assert extract_text(text, published=date(2026, 6, 1), lang="en").attacks == []


def test_seven_of_which_after_a_hypersonic_model_are_that_models() -> None:
    text = ("Russia launched 120 missiles and 90 drones overnight. Among the missiles were eight Kinzhal hypersonic ballistic "
            "missiles launched from MiG-31K jets, seven of which were destroyed, the air force said.")
    attack = extract_text(text, published=date(2024, 11, 17), lang="en").attacks[0]
    assert [(w.model, w.launched.value, w.destroyed.value) for w in attack.weapons] == [("X-47 Kinzhal", 8, 7)]


def test_several_times_sent_so_many_is_the_months_habit() -> None:
    text = ("Russia launched record 6,462 drones in March\n\nThe heaviest strikes of the month came in its second half, when "
            "Russia several times sent more than 250 drones in one night at energy facilities, regional authorities said.")
    assert extract_text(text, published=date(2026, 4, 1), lang="en").attacks == []
    hit = ("Russia launched 90 drones at Ukraine overnight, the air force said. Energy infrastructure in Kharkiv was struck "
           "several times.")
    assert extract_text(hit, published=date(2026, 4, 1), lang="en").attacks[0].launched.drones.value == 90


def test_a_models_count_and_the_one_missile_are_two_figures() -> None:
    text = ("On the night of 3 November 2023, the Russian occupiers attacked Ukraine with 40 Shahed-136/131 attack UAVs and a "
            "Kh-59 guided air missile. As a result of combat work by the Air Force, 24 Shahed-136/131 and the Kh-59 guided "
            "air missile were destroyed.")
    attack = extract_text(text, published=date(2023, 11, 3), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (24, 1)


def test_a_regional_administrations_post_on_its_share_of_a_massive_attack_on_ukraine_is_no_attack() -> None:
    text = ("Sumy Regional Military Administration\n4 February 2025, 08:40\n\nNight in Sumy region: summary\n\n"
            "Overnight, as part of another massive drone attack on Ukraine, the enemy sent 14 Shahed-type attack UAVs "
            "towards Sumy region.\n\nAir defence forces shot down 9 of them over the region.")
    assert extract_text(text, published=date(2025, 2, 4), lang="en").attacks == []


def test_a_drone_after_an_intercepted_missile_shares_its_fate() -> None:
    text = ("Israel intercepts missile and drone fired from Yemen\n\nJERUSALEM (AP) — Israel's military said it intercepted "
            "a ballistic missile and a drone launched from Yemen early Thursday.")
    attack = extract_text(text, published=date(2025, 3, 27), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("YE", "IL")
    assert (attack.launched.missiles.value, attack.launched.drones.value, attack.destroyed.drones.value) == (1, 1, 1)


@pytest.mark.parametrize("title", ["Hundreds of drones paint the night sky over Lviv for Independence Day",
                                   "600 drones illuminate Kyiv's sky in Independence Day show"])
def test_drones_painting_the_sky_are_a_show(title: str) -> None:
    text = (f"{title}\n\nLVIV — Some 600 illuminated drones rose above the Opera House on Sunday evening, forming a trident. "
            "Two of the drones landed early because of low batteries, but the show otherwise went without a hitch.")
    assert extract_text(text, published=date(2025, 8, 24), lang="en").attacks == []


@pytest.mark.parametrize("advice", ["report them to the police on 102", "call 112 at once", "dial 101"])
def test_a_phone_number_in_the_advice_is_no_figure(advice: str) -> None:
    text = ("Odesa Regional Military Administration\n\nIn the afternoon, air defence destroyed a Kh-59 guided missile over "
            f"the region. Do not approach or photograph the fragments of downed targets - {advice}.")
    attack = extract_text(text, published=date(2024, 3, 5), lang="en").attacks[0]
    assert attack.debris_locations is None and attack.destroyed.missiles.value == 1


def test_a_regions_post_in_the_path_of_an_attack_on_ukraine_counts_its_share() -> None:
    text = ("Kirovohrad Regional Military Administration\n08.08.2024, 07:52\n\nGood morning, Kirovohrad region!\n\nLast night "
            "the enemy again attacked Ukraine with attack drones. Our region was also in the path of the Shaheds. Thanks to "
            "the work of air defence forces, one enemy drone was shot down over the territory of the region.")
    assert extract_text(text, published=date(2024, 8, 8), lang="en").attacks == []


def test_a_daytime_wave_after_the_nights_attack_is_another_attack() -> None:
    text = ("Russia launched 40 cruise missiles and 35 Shahed drones at Ukraine overnight into Monday, and air defences "
            "destroyed 37 of the missiles and 29 of the drones, Ukraine's air force said.\n\nThen, shortly after 11 a.m., "
            "Russia fired 11 ballistic and cruise missiles at Kyiv in a daytime strike. The military said all 11 were shot "
            "down.")
    attack = extract_text(text, published=date(2023, 5, 29), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (40, 37)


def test_drills_practising_to_repel_a_raid_are_no_attack() -> None:
    text = ("Air defence crews practise repelling massed drone raid at Baltic exercise\n\nRIGA, 10 October 2025 — In the "
            "scenario, an imaginary adversary launched 60 target drones and 12 simulated cruise missiles against a power "
            "station. Crews reported intercepting 48 of the targets, while electronic warfare teams jammed 9 more.")
    assert extract_text(text, published=date(2025, 10, 10), lang="en").attacks == []


def test_christmas_eve_is_the_24th() -> None:
    text = ("Russia sends 60 drones at Ukraine on Christmas Eve night: 36 shot down\n24.12.2024, 10:02\nRussian forces "
            "attacked Ukraine with 60 Shahed attack drones, the Air Force said. Air defence shot down 36 drones.")
    attack = extract_text(text, published=date(2024, 12, 24), lang="en").attacks[0]
    assert attack.date == "2024-12-24" and attack.destroyed.drones.value == 36


@pytest.mark.parametrize("text, missile", [
    ("On the night of December 4, the Russian occupiers attacked with 23 Shahed-136/131 attack UAVs launched from Cape "
     "Chauda (Crimea) and with a Kh-59 guided air missile launched from the airspace over Kherson region.", "X-59/X-69"),
    ("Air defences destroyed all 14 Shahed drones that Russia launched overnight, the air force said, while a Kh-22 cruise "
     "missile fired at the south struck a village in the Zaporizhzhia region.", "X-22"),
])
def test_one_named_missile_beside_a_drone_count_came_too(text: str, missile: str) -> None:
    attack = extract_text(text, published=date(2023, 12, 4), lang="en").attacks[0]
    assert attack.launched.missiles.value == 1 and {w.model for w in attack.weapons} >= {missile}


def test_a_tickers_day_does_not_date_the_headline_below_it() -> None:
    text = ("Politics  War  Economy  Regions  Society  Tech  Lifestyle\nBREAKING: Parliament session postponed to Thursday\n"
            "---\nOvernight drone attack: Russian drones shot down, hits at 11 locations\n08 December 2025 · 10:17\n"
            "Russian forces attacked Ukraine overnight on Monday, December 8, with 149 attack drones, the Air Force said. "
            "As of 09:00, air defence shot down 131 enemy drones.")
    attack = extract_text(text, published=date(2025, 12, 8), lang="en").attacks[0]
    assert attack.date == "2025-12-08" and attack.launched.drones.value == 149


@pytest.mark.parametrize("title, negative", [
    ("Mobile fire groups train to hunt drones at night in western Ukraine", True),
    ("Volunteer crews step up training against Shahed drones", True),
    ("Russian missile strike on training ground kills 12 soldiers", False),
])
def test_crews_training_to_down_drones_is_no_attack(title: str, negative: bool) -> None:
    text = (f"{title}\n\nInstructors launched 16 target drones over the range, the command said on Monday. The crews shot "
            "down 14 of the targets, and two were lost after their engines failed.")
    assert (extract_text(text, published=date(2025, 6, 9), lang="en").attacks == []) is negative


def test_a_long_list_between_dashes_before_the_fate_is_all_shot_down() -> None:
    text = ("Russia launched 426 drones and 24 missiles against Ukraine overnight. The air force said all 24 missiles — 14 "
            "Kh-101 cruise missiles, five Kinzhal hypersonic missiles, four Kalibr cruise missiles and one Iskander-K — had "
            "been shot down, along with 200 drones.")
    attack = extract_text(text, published=date(2025, 7, 21), lang="en").attacks[0]
    assert attack.destroyed.missiles.value == 24
    assert {w.model: w.destroyed.value for w in attack.weapons if w.destroyed} == {
        "X-101/X-555": 14, "X-47 Kinzhal": 5, "Kalibr": 4, "Iskander-K": 1}


def test_uavs_of_the_shahed_type_and_other_types_and_a_regions_part() -> None:
    text = ("On the night of June 16, the enemy attacked with 138 attack UAVs. As of 08:30, it has been confirmed that 84 enemy "
            "UAVs of the Shahed type and other types were shot down by fire means in the north, east, south and centre of "
            "the country. In the west, 3 drones were shot down by mobile fire groups.")
    attack = extract_text(text, published=date(2025, 6, 16), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 84


def test_an_attack_that_started_with_the_drones_late_on_monday_ended_on_tuesday() -> None:
    text = ("KYIV, Jan 2 (Reuters) - Russia fired 99 missiles at Ukraine on Tuesday morning after sending waves of attack "
            "drones overnight. Ukraine's air force said Russia used 35 Shahed drones and 99 missiles of various types in the "
            "attack, which started with the drones late on Monday and peaked around 7 a.m. Air defences destroyed all 35 "
            "drones and 72 of the missiles, it said.")
    attack = extract_text(text, published=date(2024, 1, 2), lang="en").attacks[0]
    assert attack.date == "2024-01-02"
    assert (attack.launched.drones.value, attack.destroyed.drones.value, attack.destroyed.missiles.value) == (35, 35, 72)


def test_kyiv_and_its_allies_and_leaders_converging_on_kyiv_name_no_region() -> None:
    text = ("Kyiv (AFP) – Russia launched 213 drones and seven cruise missiles at Ukraine overnight, the air force said "
            "Tuesday, a day after Kyiv and its European allies marked three years since the invasion. In the Zhytomyr "
            "region, a drone struck a farm. The overnight attack came as Western leaders converged on Kyiv on Monday to "
            "show support for Ukraine.")
    attack = extract_text(text, published=date(2025, 2, 25), lang="en").attacks[0]
    assert attack.regions == ["UA-18"]


def test_a_day_still_to_come_does_not_end_the_attack() -> None:
    text = ("Russian drones target Ukraine on Christmas Eve\n\nKyiv (AFP) - Russia launched 60 Shahed attack drones at Ukraine "
            "overnight into Tuesday, the air force said, as Ukrainians prepared for a Christmas to be celebrated on "
            "December 25. Ukrainian forces shot down 36 of the drones over nine regions.")
    attack = extract_text(text, published=date(2024, 12, 24), lang="en").attacks[0]
    assert attack.date == "2024-12-24" and attack.launched.drones.value == 60


def test_a_bulleted_breaking_ticker_is_not_the_headline() -> None:
    text = ("Mon, 4 Aug 2025   Kyiv +24°C   USD 41.62\nBREAKING  •  Parliament to vote on budget changes this week  •  Lviv: "
            "new shelters open\nRussia sends 162 drones at Ukraine overnight, nearly all downed\n04.08.2025, 10:52\n"
            "Russia attacked Ukraine overnight with 162 Shahed-type strike drones and decoys, the Air Force said. Air defence "
            "shot down or suppressed 161 of them.")
    attack = extract_text(text, published=date(2025, 8, 4), lang="en").attacks[0]
    assert attack.launched.drones.value == 162


def test_a_governors_downs_as_part_of_another_attack_on_ukraine_are_the_regions_share() -> None:
    text = ("Serhiy Lysak, head of the Dnipropetrovsk Regional Military Administration\n\n27 July, 07:45\n\nThe night in the "
            "region was restless. As part of another Russian attack on Ukraine, our air defence forces shot down a Kh-59 "
            "guided missile and 2 attack drones over the region.")
    assert extract_text(text, published=date(2024, 7, 27), lang="en").attacks == []


def test_a_further_wave_of_more_missiles_and_all_of_them_downed() -> None:
    text = ("Russia launched 40 Kh-101 cruise missiles and 35 drones at Ukraine overnight, and air defences shot down 37 "
            "of the missiles. Then, shortly after 11 a.m., Russia fired 11 more missiles at Kyiv. The air force said all "
            "11 were intercepted.")
    attack = extract_text(text, published=date(2023, 5, 29), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (40, 37)


def test_a_list_under_shot_down_n_means_of_air_attack_counts_the_downed() -> None:
    text = ("On the night of June 21, the enemy attacked with 280 means of air attack:\n– 272 Shahed strike UAVs;\n"
            "– 8 cruise missiles.\nAs of 10:00, air defence shot down 145 means of air attack:\n"
            "– 140 enemy UAVs of the Shahed type;\n– 5 missiles.")
    attack = extract_text(text, published=date(2025, 6, 21), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.drones.value, attack.destroyed.missiles.value) == (8, 140, 5)


@pytest.mark.parametrize("sentence, suppressed", [
    ("Three Kinzhal missiles fired from MiG-31 jets failed to reach their targets.", 3),
    ("It did not say whether any of the missiles -- one Iskander-M and two Iskander-K cruise missiles fired from "
     "Crimea -- had been intercepted.", None),
])
def test_the_fate_after_a_subjects_launch_participle(sentence: str, suppressed: int | None) -> None:
    attack = extract_text(f"Russia launched 100 drones and 38 missiles overnight. {sentence}", published=PUBLISHED,
                          lang="en").attacks[0]
    assert (attack.suppressed.missiles.value if attack.suppressed.missiles else None) == suppressed


@pytest.mark.parametrize("sentence, destroyed", [
    ("34 cruise missiles (20 Kh-101/Kh-555 and 14 Kalibr) and 4 Shahed-136/131 attack UAVs were destroyed.", 34),
    ("Kalibr cruise missiles - 34 (20 shot down) and 4 Shahed-136/131 attack UAVs were destroyed.", 20),
])
def test_a_bracket_of_named_parts_shares_the_fate_after_it(sentence: str, destroyed: int) -> None:
    attack = extract_text(f"The enemy attacked with 81 missiles and 8 Shaheds. {sentence}", published=PUBLISHED,
                          lang="en").attacks[0]
    assert attack.destroyed.missiles.value == destroyed


def test_a_headline_label_before_n_of_m_downed_is_no_launch_cue() -> None:
    text = ("Overnight attack: 108 of 135 Russian drones downed, hits in 13 locations\n\n"
            "Air defence shot down or suppressed 108 drones in the north, south and east of the country.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.drones.value == 135


@pytest.mark.parametrize("sentence, key, value", [
    ("The figure is well above August, when Russia launched 4,132 drones.", "drones", 4132),
    ("Missile use rose compared with August, when the enemy fired 158 missiles.", "missiles", 158),
])
def test_a_month_told_in_a_when_clause_is_the_figures_period(sentence: str, key: str, value: int) -> None:
    text = f"In September 2025, Russian forces launched 5,636 drones and 187 missiles against Ukraine. {sentence}"
    report = extract_text(text, published=date(2025, 10, 1), lang="en")
    assert report.attacks == []
    assert _totals(text, date(2025, 10, 1))[("2025-08", key)] == (value, "exact", False)


def test_a_list_item_of_drones_locationally_lost() -> None:
    text = ("Russia launched 322 drones. Neutralised 292 drones:\n- 157 shot down;\n"
            "- 135 locationally lost (imitators) / suppressed by EW means.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (157, 135)


def test_a_later_wave_told_later_is_no_update_of_the_nights_counts() -> None:
    text = ("Russia launched 187 drones overnight. Air defenses shot down 81 of the drones. Later Wednesday, the air force "
            "said Russia had sent another 31 drones at Ukraine in the afternoon and that 20 of them had been downed.")
    attack = extract_text(text, published=date(2025, 5, 7), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (187, 81)


@pytest.mark.parametrize("fate", ["could not be intercepted", "could not be shot down"])
def test_missiles_fired_from_a_region_that_could_not_be_intercepted_came(fate: str) -> None:
    text = ("Russia fired 91 missiles and 97 drones, the air force said. All three Kh-59/69 guided missiles were shot "
            "down, while three S-300 missiles fired from Russia's Belgorod region at targets in the Kharkiv region "
            f"{fate}.")
    weapons = weapons_by_model(text)
    assert weapons["C-300"].launched.value == 3 and weapons["C-300"].destroyed is None


@pytest.mark.parametrize("sentence, launched, destroyed", [
    ("The air force said 15 of the 17 Kh-101/Kh-555 cruise missiles fired from Tu-95 strategic bombers over the "
     "Caspian Sea had been destroyed.", 17, 15),
    ("All 40 Kh-101 cruise missiles launched by Tu-95 strategic bombers from the Caspian Sea were destroyed.", 40, 40),
])
def test_a_long_launch_participle_of_a_whole_before_the_fate(sentence: str, launched: int, destroyed: int) -> None:
    (kh101,) = extract_text(sentence, published=PUBLISHED, lang="en").attacks[0].weapons
    assert (kh101.launched.value, kh101.destroyed.value) == (launched, destroyed)


def test_a_loose_rounded_headline_gives_way_to_the_exact_count_below() -> None:
    text = ("Russia attacks Ukraine with over 400 drones, 18 missiles; Kyiv hit again\n\n"
            "Russia launched 397 drones and 18 missiles against Ukraine overnight on July 10, the Air Force reported.")
    attack = extract_text(text, published=date(2025, 7, 10), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.drones.qualifier) == (397, "exact")


@pytest.mark.parametrize("launch, part, shahed", [
    ("126 attack drones of various types", 80, (80, "approx")),
    # the phrase names Shahed: its count is the model's, as the Air Force data records it (the part is kept apart)
    ("94 strike UAVs of the Shahed, Gerbera, Italmas types", 60, (94, "exact")),
])
def test_about_n_of_them_were_shaheds_is_a_part_of_the_drones(launch: str, part: int, shahed: tuple[int, str]) -> None:
    text = f"Overnight, the enemy attacked with {launch}. About {part} of them were Shaheds."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    (model,) = attack.weapons
    assert attack.launched.drones.value == int(launch.split()[0])
    assert (model.model, model.launched.value, model.launched.qualifier) == ("Shahed-136/131", *shahed)


def test_of_those_after_a_lead_whose_trailing_clause_tells_of_last_week_is_this_night() -> None:
    text = ("Kyiv (AFP) - Russia attacked Ukraine with 99 drones overnight, the Ukrainian air force said Tuesday, hours "
            "after Washington announced it was pausing military aid following a stormy meeting last week.\n\n"
            "Of those, 65 were shot down and 32 \"failed to reach their targets\", the air force said.")
    attack = extract_text(text, published=date(2025, 3, 4), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (65, 32)


@pytest.mark.parametrize("sentence", [
    "Air defences downed 80 of the drones and another 105 \"lost\", a term for jammed drones.",
    "While 80 of the drones were downed, another 105 were lost from radar.",
])
def test_another_bare_count_after_a_class_count_is_more_of_that_class(sentence: str) -> None:
    text = f"Russia launched 210 drones and 94 missiles, including 80 cruise missiles. {sentence}"
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (80, 105)
    assert attack.suppressed.total is None


def test_a_rescue_through_the_night_and_a_toll_risen_by_morning_do_not_date_the_attack() -> None:
    text = ("Dnipro (AFP) - Rescuers in Dnipro searched through the night for survivors after a Russian missile destroyed "
            "part of an apartment block on Saturday.\n\n"
            "By Sunday morning the toll in Dnipro had risen to 20 dead and 73 injured, the governor said.\n\n"
            "Ukraine's air force said Russia fired 38 missiles at the country on Saturday, of which 25 were shot down.\n\n"
            "Among them were five Kh-22 anti-ship missiles launched from Tu-22M3 bombers.\n\n"
            "Energy facilities were damaged in the Kharkiv and Lviv regions.")
    (attack,) = extract_text(text, published=date(2023, 1, 15), lang="en").attacks
    assert attack.date == "2023-01-14"
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (38, 25)
    assert {"UA-46", "UA-63"} <= set(attack.regions)


@pytest.mark.parametrize("furniture", ["[ Sign in ]  [ Donate ]", "AD · Winter clearance: generators and power banks up to -40%"])
def test_a_row_of_buttons_or_an_ad_above_the_headline_is_no_title(furniture: str) -> None:
    text = (f"{furniture}\n\nAir defence neutralises 90 of 99 Russian drones; hits at six locations\n\n"
            "Russia attacked Ukraine on the night of March 11 with 99 strike drones, the Air Force reported. Ukrainian "
            "air defence shot down or suppressed 90 of the drones.")
    attack = extract_text(text, published=date(2026, 3, 11), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (99, 90)


def test_the_highest_number_since_the_start_of_the_war_and_a_day_before_the_anniversary_are_no_history() -> None:
    text = ("KYIV, Feb 23 (Reuters) - Russia launched 267 drones at Ukraine overnight, the highest number it has used in a "
            "single attack since the start of the full-scale war, Ukraine's air force said on Sunday, a day before the "
            "country marks three years since the invasion.\n\n"
            "Moscow also fired three Iskander-M ballistic missiles, the air force said.")
    attack = extract_text(text, published=date(2025, 2, 23), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (267, 3)


def test_a_launch_between_saturday_evening_and_dawn_ends_on_sunday() -> None:
    text = ("KYIV, May 25 (Reuters) - Russia fired 367 drones and missiles at Ukraine overnight, officials said on Sunday.\n\n"
            "The air force said Russia had launched 298 drones and 69 missiles between Saturday evening and dawn.")
    (attack,) = extract_text(text, published=date(2025, 5, 25), lang="en").attacks
    assert attack.date == "2025-05-25"
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (298, 69)


def test_the_shahed_figure_is_the_launch_phrases_not_its_part_told_in_the_same_sentence() -> None:
    text = ("On the night of 17 April, the enemy attacked with 172 attack UAVs of the Shahed, Gerbera and other types, "
            "about 120 of which were Shaheds.")
    (shahed,) = extract_text(text, published=date(2025, 4, 17), lang="en").attacks[0].weapons
    assert (shahed.model, shahed.launched.value, shahed.launched.qualifier) == ("Shahed-136/131", 172, "exact")


def test_a_breaking_ticker_set_off_by_spaces_above_the_headline_is_no_title() -> None:
    text = ("BREAKING  Parliament passes 2026 budget in first reading\n\n"
            "Russian drones hit six locations overnight, 46 downed or suppressed\n\n"
            "Russia attacked Ukraine overnight on Sept. 30 with 65 attack drones, the Air Force said. Air defense units "
            "shot down or suppressed 46 of them.")
    attack = extract_text(text, published=date(2025, 9, 30), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (65, 46)


def test_drones_that_left_ukraines_airspace_returned() -> None:
    text = ("Russia launched 64 drones overnight. Air defence shot down 41. Another 18 enemy imitator drones were "
            "locationally lost, without negative consequences, while four drones left Ukraine's airspace toward Russia "
            "and Belarus.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.suppressed.drones.value, attack.other["returned"].value) == (18, 4)


@pytest.mark.parametrize("sentence", [
    "In the Kyiv region surrounding the capital, falling debris set fire to two houses.",
    "Falling debris damaged homes in the Kyiv region, as Kyiv braced for a change in Washington.",
    "Moscow said it struck energy sites in response to attacks by the Kyiv regime. Debris fell in the Kyiv region.",
])
def test_the_capital_named_as_a_landmark_or_a_government_is_no_region(sentence: str) -> None:
    text = f"Russia attacked Ukraine with 151 drones overnight, the air force said. {sentence}"
    regions = extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions
    assert "UA-32" in regions and "UA-30" not in regions


def test_a_capital_where_no_explosions_were_heard_is_no_region() -> None:
    text = ("Russia fired 400 drones at Ukraine overnight, targeting the central city of Vinnytsia. Sirens sounded for "
            "much of the night, although no explosions were heard in the capital.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-05"]


@pytest.mark.parametrize("sentence", [
    "Later in the day, a missile fell in the Polish village of Przewodow near the border, killing two farm workers.",
    "An explosion on Romanian territory near the Danube injured three people, officials in Bucharest said.",
    "Hours later, two people were killed in Poland when a missile hit a grain dryer.",
])
def test_a_toll_in_a_neighbouring_country_is_not_the_attacks(sentence: str) -> None:
    text = ("Russia fired more than 90 missiles at Ukraine's power grid on Tuesday, the air force said, and 77 of them "
            f"were shot down. {sentence}")
    attack = extract_text(text, published=date(2022, 11, 15), lang="en").attacks[0]
    assert attack.launched.missiles.value == 90 and attack.killed is None and attack.injured is None


def test_a_toll_told_by_a_leader_abroad_stays() -> None:
    text = ("Russia fired 40 drones at Ukraine overnight, the air force said. The attack killed two people, Zelensky "
            "said in Moldova on Wednesday, where he met President Maia Sandu.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].killed.value == 2


def test_later_said_is_no_later_wave_by_day() -> None:
    text = ("Russia launched about 100 missiles at Ukraine on Tuesday, hitting power plants in several regions. "
            "The air force later said Russia had fired 96 cruise missiles during the day and that 75 of them were shot down.")
    attack = extract_text(text, published=date(2022, 11, 15), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (96, 75)


def test_last_months_overnight_attacks_are_that_months() -> None:
    text = ("Russia attacked Ukraine with 48 Shahed-type drones overnight, the air force said on Tuesday. "
            "Last month, Russia launched more than 700 drones and decoys in single overnight attacks on several occasions.")
    attack = extract_text(text, published=date(2025, 8, 12), lang="en").attacks[0]
    assert attack.launched.drones.value == 48


def test_a_post_about_this_mornings_strike_after_last_nights_regional_share() -> None:
    text = ("Mykolaiv Regional Governor Vitalii Kim said on Telegram:\n\n"
            "\"This morning the enemy struck the port of Mykolaiv with an Iskander-M ballistic missile. Three people "
            "were killed and seven were injured.\"\n\n"
            "The strike came a day after the Mykolaiv region was among the targets of an overnight drone attack on "
            "Ukraine. At the time, the Southern Defence Forces said nine drones had been shot down over the region.")
    attack = extract_text(text, published=date(2025, 2, 14), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.killed.value, attack.injured.value) == (1, 3, 7)


def test_a_claim_about_the_attack_a_day_before_is_not_this_ones() -> None:
    text = ("Russia launched 112 drones at Ukraine overnight, the air force said on Tuesday. The overnight attack came "
            "a day after Russia launched 267 attack drones, the largest single drone attack since the start of the war.")
    attack = extract_text(text, published=date(2025, 2, 24), lang="en").attacks[0]
    assert attack.launched.drones.value == 112 and not any("largest" in c for c in attack.claims)


def test_the_other_sides_own_report_for_its_part_does_not_set_the_direction() -> None:
    text = ("Russian Ministry of Defence statement\n\n"
            "Last night, the Kiev regime attempted to strike facilities on the territory of the Russian Federation with "
            "aircraft-type unmanned aerial vehicles.\n\n"
            "On-duty air defence systems destroyed 27 Ukrainian UAVs over the Bryansk and Kursk regions.\n\n"
            "Ukraine's Air Force, for its part, said on Thursday that Russia had launched 55 drones at Ukrainian "
            "territory overnight, 40 of which were shot down.")
    attack = extract_text(text, published=date(2025, 1, 23), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.destroyed.drones.value) == ("UA", "RU", 27)


@pytest.mark.parametrize("headline", [
    "Overnight attack: Russia launched 142 drones, hits recorded in 9 locations",
    "Russia attacks Ukraine with 142 drones, hits reported at nine locations",
])
def test_hits_at_locations_after_a_launch_count_are_the_places(headline: str) -> None:
    text = f"{headline}\n\nAir defence shot down or suppressed 120 of them, the Air Force said."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.drones.value == 142 and attack.hits.drones is None and attack.hits.locations.value == 9


def test_a_count_the_air_force_reports_is_not_the_headlines_hits() -> None:
    text = ("Russia hits Kharkiv overnight as Air Force reports 93 drones, ballistic missile\n\n"
            "Russia attacked Ukraine with one Iskander-M ballistic missile and 93 drones overnight, the Air Force said. "
            "Air defence downed 70 of the drones.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.drones.value == 93 and attack.hits.drones is None


def test_a_part_named_after_including_keeps_its_participle_to_itself() -> None:
    text = ("Russia launched 390 drones and 40 missiles overnight. Air defences shot down 350 drones and 31 missiles, "
            "including all three Zircon missiles fired at Ukraine, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (40, 31)


@pytest.mark.parametrize("sentence", [
    "Russia launched 310 drones at Ukraine overnight, Kyiv's air force said, with strikes in the Lviv region.",
    "Russia launched 310 drones at Ukraine overnight, hitting the Lviv region, as Kyiv tries to secure a ceasefire.",
    "Russia launched 310 drones at Ukraine overnight, hitting the Lviv region, after Kyiv moved the holiday to December.",
    "Russia launched 310 drones at Ukraine overnight, hitting the Lviv region. One missile was shot down on its approach "
    "to the capital.",
])
def test_kyiv_as_the_government_or_a_missiles_goal_is_no_region(sentence: str) -> None:
    regions = extract_text(sentence, published=PUBLISHED, lang="en").attacks[0].regions
    assert regions == ["UA-46"]


def test_a_count_after_a_dashed_date_is_no_day_range() -> None:
    text = ("Russia launched 244 means of air attack against Ukraine overnight on Feb. 12 - 25 missiles of various types "
            "and 219 drones, the Air Force said on Thursday morning.")
    attack = extract_text(text, published=date(2026, 2, 12), lang="en").attacks[0]
    assert attack.date == "2026-02-12" and attack.launched.total.value == 244


def test_the_city_authorities_of_moscow_are_no_region() -> None:
    text = ("Russian air defences destroyed 144 Ukrainian drones over the Bryansk and Moscow regions overnight, the "
            "defence ministry said. Debris hit a house in Ramenskoye, the region's governor said; the Moscow city "
            "authorities said that flights at Vnukovo airport had been suspended.")
    attack = extract_text(text, published=date(2024, 9, 10), lang="en").attacks[0]
    assert "RU-MOW" not in attack.regions and "RU-MOS" in attack.regions


@pytest.mark.parametrize("sentence", [
    "Air defences destroyed 21 of the drones as well as the missile, the air force said.",
    "Air defences destroyed 21 drones, as well as the missile, the air force said.",
])
def test_the_one_missile_as_well_as_a_drone_count_is_its_own(sentence: str) -> None:
    text = f"Russia launched 30 Shahed drones and a Kh-59 guided missile at Ukraine overnight. {sentence}"
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value, attack.destroyed.total) == (21, 1, None)


def test_a_regional_share_of_the_enemys_attack_is_no_attack() -> None:
    text = ("Ivan Fedorov | Zaporizhzhia Regional Military Administration\n11.03.2024, 08:15\n\n"
            "Overnight, as part of the enemy's latest drone attack on Ukraine, the occupiers targeted the Zaporizhzhia "
            "region with 6 Shahed attack drones. All 6 were shot down by our air defence forces.")
    assert extract_text(text, published=date(2024, 3, 11), lang="en").attacks == []


def test_an_earlier_waves_share_does_not_make_the_days_strike_a_share() -> None:
    text = ("Head of the Poltava Regional Military Administration\n04.08.2025 | 11:48\n\n"
            "Today at around 10:30 the enemy fired two Iskander-M ballistic missiles at our region. Both missiles hit an "
            "industrial facility. Earlier, overnight, as part of the enemy's drone attack on Ukraine, mobile fire groups "
            "downed three Shaheds over the region.")
    attack = extract_text(text, published=date(2025, 8, 4), lang="en").attacks[0]
    assert attack.launched.missiles.value == 2


def test_earlier_weekday_overnight_below_an_evening_strike_is_the_night_before() -> None:
    text = ("Russia struck the port city of Odesa with ballistic missiles on Friday evening, officials said. Ukraine's "
            "air force said Russia fired three Iskander-M ballistic missiles at the city. Earlier Friday, the air force "
            "said Russia had launched 102 drones at Ukraine overnight, of which 59 were shot down.")
    attack = extract_text(text, published=date(2025, 1, 31), lang="en").attacks[0]
    assert attack.launched.missiles.value == 3 and attack.launched.drones is None and attack.destroyed.drones is None


def test_a_bracketed_banner_line_is_not_the_headline() -> None:
    text = ("[Banner] Donate to our independent newsroom - every hryvnia counts\n\n"
            "Russia launches 95 drones against Ukraine, hitting seven locations\n\n"
            "Russia attacked Ukraine with 95 drones overnight, the Ukrainian Air Force said. Air defence shot down 36.")
    attack = extract_text(text, published=date(2025, 6, 4), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (95, 36)


def test_a_quoted_governors_post_introduced_by_the_news_is_the_regions_share() -> None:
    text = ("Mykolaiv region: drones damage a grain terminal overnight\n\n16 April 2025, 08:20\n\n"
            "The head of the Mykolaiv Regional Military Administration reported on Telegram (translation):\n\n"
            "\"As part of another massive attack on Ukraine, the enemy attacked Mykolaiv region overnight with 17 strike "
            "drones. Air defence forces destroyed 14 of them over the region.\"")
    assert extract_text(text, published=date(2025, 4, 16), lang="en").attacks == []


@pytest.mark.parametrize("sentence, regions", [
    ("Consequences were recorded in the Kyiv, Chernihiv and Dnipropetrovsk regions.", ["UA-12", "UA-32", "UA-74"]),
    ("The Sumy, Kharkiv and Odesa regions suffered the most.", ["UA-51", "UA-59", "UA-63"]),
])
def test_the_air_forces_consequences_name_the_regions(sentence: str, regions: list[str]) -> None:
    text = ("Russia attacked Ukraine with 339 drones overnight. Air defence shot down or suppressed 298. Hits of 41 "
            f"strike UAVs were recorded at 11 locations. {sentence}")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == regions


def test_ukraine_hit_by_a_count_is_how_many_came() -> None:
    text = ("Ukraine hit by ballistic missile and 121 drones overnight, Air Force says\n\n"
            "Air defence shot down or suppressed 98 drones. Hits of 23 strike drones were recorded at 12 locations.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.hits.drones.value) == (121, 23)


def test_one_enemy_missile_shot_down_is_an_attack_of_one() -> None:
    text = ("Dnipropetrovsk governor: missile shot down over Kryvyi Rih district\n\n"
            "\"Around 13:00, air defence forces of Air Command East shot down an enemy missile over the Kryvyi Rih "
            "district,\" the head of the Dnipropetrovsk Regional Military Administration wrote.")
    attack = extract_text(text, published=date(2024, 4, 25), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (1, 1)


@pytest.mark.parametrize("sentence", [
    "Separately, Russian shelling killed two people in the southern city of Kherson, the regional governor said.",
    "Russian artillery shelled the city of Kherson throughout the night, injuring a woman.",
])
def test_shelling_told_beside_an_air_attack_names_no_region(sentence: str) -> None:
    text = f"Russia launched 83 drones at Ukraine overnight, hitting energy sites in the Odesa region. {sentence}"
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-51"]


def test_a_district_also_shelled_keeps_the_air_attacks_toll_there() -> None:
    text = ("Russia launched 83 drones at Ukraine overnight, hitting energy sites in the Odesa region. In the "
            "Dnipropetrovsk region, a drone hit a house in the Nikopol district, which was also shelled with artillery.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-12", "UA-51"]


def test_it_was_shot_down_after_one_launched_weapon_is_its_fate() -> None:
    text = ("Head of the Zaporizhzhia Regional Military Administration:\n\n"
            "\"Around 14:00 the enemy launched one Kh-59 guided missile at the Zaporizhzhia district. It was shot down "
            "by our air defence. Thank you to our defenders!\"")
    attack = extract_text(text, published=date(2024, 3, 5), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (1, 1)


def test_a_headlines_as_clause_of_the_other_sides_blow_keeps_the_direction() -> None:
    text = ("Russia sends 120 drones at Ukraine as Kyiv hits Moscow region\n\n"
            "Russia attacked Ukraine overnight with 120 Shahed and decoy drones, the air force said. Air defences shot "
            "down 70 of the drones. Drones damaged houses in the Odesa region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value) == ("RU", "UA", 120)


@pytest.mark.parametrize("furniture", [
    "Breaking news ticker: Cabinet approves the draft budget for next year …",
    "Home heat pumps for your flat - instalment plan 0% - learn more",
])
def test_page_furniture_above_the_headline_is_no_headline(furniture: str) -> None:
    text = (f"{furniture}\n\n"
            "Russia launched 93 drones at Ukraine overnight, Air Force says\n\n"
            "Russian forces attacked Ukraine overnight with 93 Shahed-type drones, the Air Force said. Air defence "
            "shot down or suppressed 71 of them. Hits were recorded at nine locations in the Sumy region.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (93, 71)


def test_a_missile_from_yemen_with_no_target_named_went_at_israel() -> None:
    text = ("Flights suspended after Houthi missile lands near airport\n\n"
            "Yemen's Houthi movement said on Sunday it had fired one ballistic missile at the airport. The missile "
            "struck a field beside an access road, police said.")
    attack = extract_text(text, published=date(2025, 5, 4), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("YE", "IL")


@pytest.mark.parametrize("gap, day", [("two days", "2025-05-04"), ("a week", "2025-04-29")])
def test_news_told_days_after_an_attack_dates_the_attack_back(gap: str, day: str) -> None:
    text = ("Airlines extend Tel Aviv suspensions\n\n"
            f"Several foreign airlines extended the suspension of their flights to Tel Aviv on Tuesday, {gap} after a "
            "ballistic missile launched from Yemen struck inside the perimeter of Israel's main airport, injuring "
            "eight people. Yemen's Houthi movement said it had fired one ballistic missile at the airport.")
    assert extract_text(text, published=date(2025, 5, 6), lang="en").attacks[0].date == day


def test_an_attack_told_a_day_after_another_keeps_its_own_day() -> None:
    text = ("Russia strikes Ukraine for a second straight night\n\n"
            "Russia launched another wave of missiles and drones at Ukraine early Tuesday, a day after one of its "
            "heaviest bombardments of the war, killing at least four people, officials said. The air force said "
            "Russia used 10 missiles and 81 drones in the overnight attack.")
    assert extract_text(text, published=date(2024, 8, 27), lang="en").attacks[0].date == "2024-08-27"


def test_of_a_leads_two_days_the_strikes_day_dates_the_attack() -> None:
    text = ("Millions without power after Russian missile strikes\n\n"
            "Ukrainians woke up Thursday in cold, dark apartments after a wave of Russian missile strikes on Wednesday "
            "afternoon knocked out power across much of the country.\n\n"
            "Russia fired about 70 cruise missiles, Ukraine's air force said. Air defences shot down 51 of them.")
    assert extract_text(text, published=date(2022, 11, 24), lang="en").attacks[0].date == "2022-11-23"


def test_the_day_an_air_force_updated_its_count_is_no_attacks_day() -> None:
    text = ("Russia's missile barrage leaves millions in the dark\n\n"
            "Ukraine worked Wednesday to restore power after Russia fired its biggest barrage of missiles, a wave of "
            "afternoon strikes on Tuesday that targeted the energy system.\n\n"
            "The president said Tuesday evening that Russia had fired 85 missiles. On Wednesday, the Ukrainian air force "
            "updated the count: Russia had launched 96 missiles, 77 of which were shot down.")
    attack = extract_text(text, published=date(2022, 11, 16), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.destroyed.missiles.value) == ("2022-11-15", 96, 77)


def test_a_leads_day_told_a_day_after_the_strike_moves_back_to_the_strike() -> None:
    text = ("Death toll from Russian strike on Ternopil climbs as rescuers search rubble\n\n"
            "Kyiv (AFP) - Rescuers in western Ukraine pulled more bodies from the ruins of two apartment blocks on "
            "Thursday, a day after one of the deadliest Russian strikes of the year hit the city of Ternopil, far "
            "from the front line.\n\n"
            "The toll in Ternopil rose to 26 overnight, including three children, the regional administration said, "
            "and more than 90 people were wounded. Dozens of residents were still listed as missing.\n\n"
            "Across the country, at least 28 people were killed in the attack on Wednesday, officials said.\n\n"
            "Russia fired 476 drones and 48 missiles of different types overnight into Wednesday, the Ukrainian air "
            "force said, adding that 442 drones and 41 missiles had been shot down. Roughly 300 of the drones were "
            "Shahed attack drones, with the rest decoys.")
    attack = extract_text(text, published=date(2025, 11, 20), lang="en").attacks[0]
    assert (attack.date, attack.launched.drones.value, attack.destroyed.drones.value) == ("2025-11-19", 476, 442)


def test_a_search_that_went_on_into_a_day_does_not_date_the_attack() -> None:
    text = ("Death toll climbs after Russian missile hits Dnipro apartment block\n\n"
            "DNIPRO, Ukraine (AP) — Rescuers searched through the night and into Sunday for people trapped in a "
            "nine-story apartment building in Dnipro, which was ripped apart Saturday by a Russian missile during a "
            "wave of strikes across Ukraine.\n\n"
            "The death toll in Dnipro rose to 30 on Sunday afternoon, with dozens still missing, regional officials "
            "said. At least 73 people were wounded in the city, among them 13 children.\n\n"
            "Ukraine's air force said Russia fired 38 missiles at the country on Saturday, 25 of which were shot down. "
            "The missile that hit the Dnipro building was a Kh-22, according to the air force. It said Russia had "
            "fired five Kh-22s during the day.")
    attack = extract_text(text, published=date(2023, 1, 15), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value) == ("2023-01-14", 38)


def test_drones_that_flew_out_towards_belarus_do_not_make_belarus_the_target() -> None:
    text = ("Air Force Command of the Armed Forces of Ukraine\n\n"
            "On the night of 17 October, the enemy attacked with 56 Shahed attack UAVs and one Kh-59 guided air "
            "missile.\n\n"
            "As a result of the combat work, 22 Shaheds were shot down within the Poltava, Sumy and Kyiv regions.\n\n"
            "27 enemy drones were locationally lost, and another 2 UAVs flew out towards Belarus.")
    attack = extract_text(text, published=date(2024, 10, 17), lang="en").attacks[0]
    assert (attack.attacker, attack.target) == ("RU", "UA")


def test_struck_a_city_with_a_missile_it_was_one_iskander_is_one_launched() -> None:
    text = ("Head of the Kryvyi Rih City Defence Council\n\n"
            "Around 19:40 the enemy struck Kryvyi Rih with a missile. According to preliminary data, it was one "
            "Iskander-M ballistic missile.\n\n"
            "Five people were injured, among them a 15-year-old girl.")
    attack = extract_text(text, published=date(2025, 8, 13), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.injured.value) == (1, 5)
    assert [(w.model, w.launched.value) for w in attack.weapons] == [("Iskander-M/KN-23", 1)]


@pytest.mark.parametrize("strike", ["carried out a missile attack on the city with a ballistic missile",
                                    "launched a strike on an industrial enterprise in the city with a ballistic missile"])
def test_an_attack_made_with_one_ballistic_missile_is_one_launched(strike: str) -> None:
    text = (f"Head of the Kryvyi Rih city military administration\n\nAt 12:48 the enemy {strike}. "
            "Preliminary: two people killed and 11 injured.")
    attack = extract_text(text, published=date(2025, 5, 21), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.killed.value, attack.injured.value) == (1, 2, 11)


def test_a_blogs_newest_update_above_its_preliminary_entry_wins() -> None:
    text = ("LIVE: Russia-Ukraine war, Monday\n\n10:05\nUPDATE: Air Force revises overnight figures\n"
            "According to the revised data, Russia launched 62 Shahed-type attack drones and imitator drones overnight. "
            "Air defence shot down 40 of them. Earlier this morning the Air Force had said 56 drones were involved and "
            "38 were downed.\n\n08:25\nAir Force: Russia attacked overnight with 56 drones, 38 shot down\n"
            "Preliminary figures. We will update as more information comes in.")
    attack = extract_text(text, published=date(2025, 4, 14), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (62, 40)


def test_the_participle_ending_a_whole_does_not_launch_the_next_items() -> None:
    text = ("Russia fired 70 missiles at Ukraine overnight. Among the missiles shot down were 31 of the 37 Kh-101 cruise "
            "missiles launched, six of 12 Kalibr sea-launched missiles and all four Kh-59/69 guided missiles.")
    weapons = weapons_by_model(text)
    assert [(m, weapons[m].launched.value, weapons[m].destroyed.value) for m in ("X-101/X-555", "Kalibr", "X-59/X-69")] \
        == [("X-101/X-555", 37, 31), ("Kalibr", 12, 6), ("X-59/X-69", 4, 4)]


def test_where_the_missiles_came_from_after_a_colon_are_shares_of_them() -> None:
    text = ("Ukraine said on Tuesday it had shot down all 18 missiles that Russia fired at the country overnight. "
            "The air force said Russia had launched the missiles from the air, sea and land: the Kinzhals from MiG-31K "
            "jets, nine Kalibr cruise missiles from ships in the Black Sea and three missiles from ground launchers.")
    attack = extract_text(text, published=date(2023, 5, 16), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (18, 18)


@pytest.mark.parametrize("downed", ["34 of the missiles and 100 of the drones", "100 of the drones and 34 of the missiles"])
def test_a_fronted_whole_larger_than_the_downed_count_is_of_those_that_came(downed: str) -> None:
    text = ("Ukraine's air force said Russia had launched 67 missiles and 194 drones overnight. Air defences shot down "
            f"{downed}, it said. Of the missiles, 35 were Kh-101 cruise missiles, 25 of "
            "which were downed, and eight were sea-launched Kalibrs, all eight of which were intercepted.")
    weapons = weapons_by_model(text)
    assert [(m, weapons[m].launched.value, weapons[m].destroyed.value) for m in ("X-101/X-555", "Kalibr")] \
        == [("X-101/X-555", 35, 25), ("Kalibr", 8, 8)]


def test_the_barrage_an_attack_followed_is_another_attack() -> None:
    text = ("Ukrainian air defences destroyed all 45 Shahed drones that Russia sent over the country in the first hours "
            "of 2023, the air force said on Sunday. The attack followed a barrage on New Year's Eve, when Russia fired "
            "20 cruise missiles at Ukraine, of which 12 were shot down.")
    attack = extract_text(text, published=date(2023, 1, 1), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles, attack.destroyed.missiles) == (45, None, None)


def test_a_sites_motto_is_no_headline() -> None:
    text = ("Skip to main content | Sign in\nKYIV CITY POST — Your guide to the capital\n"
            "News  Business  Real Estate  Lifestyle  Events\n\n"
            "Russia destroys Trypillia power plant in attack with 82 missiles and drones\n\n"
            "Russia launched a massive combined attack on Ukraine's energy system overnight. In total, Russian forces "
            "used 82 missiles and drones, the Air Force said. Air defences downed 57 targets.")
    attack = extract_text(text, published=date(2024, 4, 11), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.destroyed.total.value) == (82, 57)


def test_the_previous_night_told_under_a_daytime_wave_is_another_attack() -> None:
    text = ("Air Force statement, 3 May 2026\n\nDuring the day on 3 May (from 08:30 to 18:30), the enemy attacked "
            "Ukraine with 234 attack UAVs of the Shahed, Gerbera and Italmas types. Air defence shot down or suppressed "
            "175 enemy UAVs.\n\n"
            "For reference: during the previous night (from 19:00 on 2 May to 08:00 on 3 May), the enemy used 268 "
            "attack UAVs; 249 drones were shot down or suppressed.")
    attack = extract_text(text, published=date(2026, 5, 3), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (234, 175)


def test_parts_of_those_an_earlier_attack_counted_are_its_own() -> None:
    text = ("Ukraine says it shot down all 11 missiles fired at Kyiv in rare daytime attack\n\n"
            "Russia fired 11 ballistic and cruise missiles at Kyiv in broad daylight on Monday, but Ukrainian air "
            "defences destroyed all of them, the military said. The daytime strike followed an overnight attack in "
            "which Russia launched 40 cruise missiles and 35 Shahed drones across Ukraine. The air force said 37 of "
            "those missiles and 29 of the drones had been destroyed.")
    attack = extract_text(text, published=date(2023, 5, 29), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value, attack.destroyed.drones) == (11, 11, None)


def test_a_paragraph_days_away_from_the_leads_night_does_not_date_it() -> None:
    text = ("Russia targets Odesa port with drones and missiles\n\n"
            "KYIV, Ukraine (AP) — Russia pounded the southern Odesa region with drones and missiles overnight into "
            "Monday, damaging port infrastructure, Ukrainian officials said.\n\n"
            "The Ukrainian air force said Russia used 19 Shahed drones and 12 Kalibr cruise missiles. Air defenses "
            "shot down all 19 drones and 11 of the Kalibr missiles, it said.\n\n"
            "On Friday, Ukrainian missiles hit the fleet's headquarters in Sevastopol. Ukraine's special forces later "
            "claimed that 34 officers had been killed.")
    assert extract_text(text, published=date(2023, 9, 25), lang="en").attacks[0].date == "2023-09-25"


def test_the_night_engineers_worked_through_does_not_date_the_barrage() -> None:
    text = ("Ukraine races to restore power after Russian strikes\n\n"
            "KYIV, Nov 24 - Ukrainian engineers worked through the night to reconnect homes to the grid after "
            "Wednesday's barrage of about 70 Russian cruise missiles left much of the country without electricity.\n\n"
            "By Thursday morning, power had been restored to part of the capital, the mayor said.\n\n"
            "Ukraine's air force said Russia fired 70 cruise missiles on Wednesday afternoon, and air defences shot "
            "down 51 of them.")
    attack = extract_text(text, published=date(2022, 11, 24), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.destroyed.missiles.value) == ("2022-11-23", 70, 51)


def test_the_early_hours_of_sundays_attack_are_sundays() -> None:
    text = ("Ukrainians face longer blackouts after Russia's largest strike on grid in months\n\n"
            "KYIV, Nov 18 - Ukraine extended scheduled power outages on Monday as engineers assessed the damage.\n\n"
            "Sunday's attack, which began in the early hours and continued into the morning, killed at least seven "
            "people, officials said.\n\n"
            "The air force said air defences shot down 104 missiles and 42 drones.")
    assert extract_text(text, published=date(2024, 11, 18), lang="en").attacks[0].date == "2024-11-17"


@pytest.mark.parametrize("text", [
    "Two Russian ballistic missiles hit a military institute and a nearby hospital in Poltava on Tuesday morning, "
    "killing at least 41 people and injuring more than 180, the president said.",
    "Head of the Kharkiv Regional Military Administration: Today at about 15:20 the occupiers once again launched a "
    "missile strike on the Chuhuiv district. Two S-300 missiles hit the territory of an agricultural enterprise. One "
    "man was killed.",
])
def test_a_missile_strike_told_of_one_place_is_the_whole_attack(text: str) -> None:
    attack = extract_text(text, published=date(2024, 9, 3), lang="en").attacks[0]
    assert attack.hits.missiles.value == 2


def test_the_day_repairs_came_after_russia_fired_is_not_the_attacks() -> None:
    text = ("Ukraine races to restore power after Russia's heaviest missile barrage\n\n"
            "KYIV, Nov 16 (Reuters) - Engineers across Ukraine worked to restore electricity on Wednesday after Russia "
            "fired a wave of missiles at the country's energy system on Tuesday in what Kyiv called the heaviest "
            "barrage of the war.\n\n"
            "President Volodymyr Zelenskiy said on Tuesday evening that Russia had fired about 100 missiles. On "
            "Wednesday the air force said Russia launched 96 cruise missiles on Tuesday, and 75 of them were destroyed.")
    assert extract_text(text, published=date(2022, 11, 16), lang="en").attacks[0].date == "2022-11-15"


def test_a_dated_label_dates_the_overnight_items_under_it() -> None:
    text = ("Ukraine war latest: Russia attacks with 49 drones, 2 ballistic missiles\n\n"
            "by Kyiv Independent news desk\nOctober 21, 2024 12:41 AM\n\n"
            "Key developments on Oct. 20:\n\n"
            "- Russia attacks Ukraine with two ballistic missiles, 49 drones overnight\n"
            "- Ukraine claims progress near Kupiansk\n\n"
            "Russia launched two Iskander-M ballistic missiles and 49 Shahed-type attack drones against Ukraine, the "
            "Air Force reported. Air defense shot down 31 drones.")
    assert extract_text(text, published=date(2024, 10, 21), lang="en").attacks[0].date == "2024-10-20"


def test_an_attack_that_began_in_the_afternoon_and_culminated_at_dawn_ended_next_day() -> None:
    text = ("Russia hits Ukraine's power grid with missiles and drones on Christmas morning\n\n"
            "KYIV, Dec 25 (Reuters) - Russia struck Ukraine's energy system with more than 70 missiles and over 100 "
            "drones early on Wednesday, the president said.\n\n"
            "Ukraine's air force said Russia had launched 78 missiles and 106 drones in the attack, which began on "
            "Tuesday afternoon with waves of drones and culminated in a missile barrage at dawn.")
    attack = extract_text(text, published=date(2024, 12, 25), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.launched.drones.value) == ("2024-12-25", 78, 106)


@pytest.mark.parametrize(("sentence", "killed"), [
    ("At least 12 people are now known to have been killed.", 12),
    ("As of this hour, 34 people are known to have died, including two children.", 34),
    ("Nine people are believed to have been killed.", 9),
])
def test_a_toll_known_or_believed_is_a_toll(sentence: str, killed: int) -> None:
    text = f"Russia struck Kyiv with two ballistic missiles overnight, the Air Force said.\n\n{sentence}"
    assert extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0].killed.value == killed


def test_a_later_timed_entry_of_a_post_updates_its_toll() -> None:
    text = ("Oleh Kiper | Head of Odesa Regional Military Administration\n\n"
            "11:20 The enemy struck the port area of Odesa with two Iskander-M ballistic missiles. Both missiles hit.\n\n"
            "13:30 — As of now, 14 people are known to have died, and 46 were injured.\n\n"
            "17:45 — Unfortunately, the number of victims has increased. The death toll from the double strike is now "
            "20 people. 73 people were injured, eight of them seriously.")
    attack = extract_text(text, published=date(2024, 3, 15), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (20, 73)


def test_a_later_count_of_a_strike_on_one_place_updates_the_toll_told_without_it() -> None:
    text = ("Head of the Chernihiv Regional Military Administration\n\n"
            "Chernihiv. This morning the enemy struck the centre of our city with three ballistic missiles. All three "
            "hit.\n\n"
            "Preliminary data: 10 people killed, 20 injured.\n\n"
            "UPDATE 18:10\n"
            "According to the updated information, the strike by three Iskander-M missiles on the centre of Chernihiv "
            "killed 17 people, one of them a child. 61 people were injured.")
    attack = extract_text(text, published=date(2024, 4, 17), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (17, 61)


def test_one_of_them_a_child_is_a_part_of_the_toll() -> None:
    text = ("Russia struck Kyiv with two ballistic missiles overnight.\n\n"
            "Preliminary data: 10 people killed.\n\n"
            "UPDATE 18:10\nThe strike killed 17 people, one of them a child.")
    assert extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0].killed.value == 17


@pytest.mark.parametrize("identified", [
    "According to preliminary information, these were Iskander-M missiles.",
    "Both ballistic missiles were of the Iskander-M type, the military said.",
    "The military says the city was hit by Iskander-M missiles.",
    "Officials said the city was struck with Iskander-M missiles launched from the Kursk region.",
])
def test_the_model_the_counted_missiles_were_is_named_with_their_count(identified: str) -> None:
    text = ("Russia struck the centre of Sumy with two ballistic missiles on Sunday morning, officials said. Both "
            f"missiles hit.\n\n{identified}")
    weapons = extract_text(text, published=date(2025, 4, 13), lang="en").attacks[0].weapons
    assert [(w.model, w.launched.value) for w in weapons] == [("Iskander-M/KN-23", 2)]


def test_the_missiles_were_after_an_attribution_lists_what_came() -> None:
    text = ("Russia attacked Ukraine overnight with 55 missiles and 21 Shahed drones.\n\n"
            "According to the air force, the missiles were 45 Kh-101/Kh-555 cruise missiles, 4 Kalibr cruise "
            "missiles, 4 Kh-59 guided missiles and 2 Iskander-M ballistic missiles.")
    weapons = extract_text(text, published=date(2024, 5, 8), lang="en").attacks[0].weapons
    assert {w.model: w.launched.value for w in weapons if w.weapon_class == "missile"} == {
        "X-101/X-555": 45, "Kalibr": 4, "X-59/X-69": 4, "Iskander-M/KN-23": 2}


def test_six_of_its_kinzhals_counts_kinzhals() -> None:
    text = ("Russia fired 81 missiles at Ukraine overnight, including six of its Kinzhal hypersonic missiles, "
            "officials said.")
    weapons = extract_text(text, published=date(2023, 3, 9), lang="en").attacks[0].weapons
    assert [(w.model, w.launched.value) for w in weapons] == [("X-47 Kinzhal", 6)]


def test_of_them_after_an_including_part_and_a_new_clause_is_of_the_whole() -> None:
    text = ("Ukraine's air force said Russia had fired 55 missiles, including two Kinzhal hypersonic missiles, and that "
            "47 of them had been shot down, 20 of those in the area around the capital.")
    attack = extract_text(text, published=date(2023, 1, 26), lang="en").attacks[0]
    assert attack.destroyed.missiles.value == 47
    assert [(w.model, w.launched.value, w.destroyed) for w in attack.weapons] == [("X-47 Kinzhal", 2, None)]


def test_a_quoted_weapon_noun_coordinated_with_another_shares_the_fate() -> None:
    text = ("The enemy attacked Ukraine with 53 Shahed-136/131 attack UAVs and 5 Kh-101 air-launched cruise missiles.\n\n"
            'As a result of combat work, 48 "Shaheds" and all 5 Kh-101 missiles were destroyed!')
    attack = extract_text(text, published=date(2024, 6, 7), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (48, 5)


@pytest.mark.parametrize("nothing", [
    "No hits were recorded in the capital.",
    "There were no casualties in the Lviv region.",
    "No damage was reported in Kyiv.",
])
def test_a_place_where_nothing_happened_is_no_region(nothing: str) -> None:
    text = ("Russia attacked Ukraine overnight with 60 Shahed drones, the Air Force said. Air defence shot down 42 "
            f"drones over the Chernihiv and Sumy regions.\n\n{nothing}")
    assert extract_text(text, published=date(2024, 10, 22), lang="en").attacks[0].regions == ["UA-59", "UA-74"]


def test_a_harm_told_after_a_place_spared_still_counts() -> None:
    text = ("Russia attacked Ukraine overnight with 60 Shahed drones, the Air Force said. Air defence shot down 42 "
            "drones over the Chernihiv and Sumy regions.\n\n"
            "No casualties were reported in the Lviv region, but a drone hit a warehouse in Lutsk.")
    assert extract_text(text, published=date(2024, 10, 22), lang="en").attacks[0].regions == [
        "UA-07", "UA-46", "UA-59", "UA-74"]


@pytest.mark.parametrize("sentence", [
    "An Iskander-M ballistic missile with a cluster warhead hit civilian infrastructure in one of the city's districts.",
    "A Kh-101 cruise missile launched by a Tu-95 bomber struck an apartment block in the city.",
])
def test_one_named_missile_that_hit_after_a_modifier_came_and_hit(sentence: str) -> None:
    text = f"Odesa Regional Military Administration\n\nThis afternoon the enemy struck Odesa. {sentence}"
    attack = extract_text(text, published=date(2024, 11, 18), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.hits.missiles.value) == (1, 1)


def test_the_downed_weapons_included_tells_what_was_downed() -> None:
    text = ("Russia launched 537 aerial weapons at Ukraine overnight, including 477 drones and 60 missiles. Of those, "
            "249 were shot down and 226 were lost from radar, the air force said on Sunday. The downed weapons included "
            "211 drones and 38 missiles, it said.")
    attack = extract_text(text, published=date(2025, 6, 29), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (211, 38)
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (477, 60)


def test_a_number_before_overnight_and_a_plural_noun_counts_that_noun() -> None:
    text = ("Kyiv residents spent 700 hours under air raid alerts last year as Russia launched drones at the capital.\n\n"
            "The city's metro, which serves as a shelter, recorded about 2.3 million overnight visits by people seeking "
            "cover.")
    assert extract_text(text, published=date(2025, 1, 10), lang="en").attacks == []


def test_a_promise_made_after_an_attack_does_not_unmake_its_figures() -> None:
    text = ("Israel vows response after Iran fires barrage of ballistic missiles\n\n"
            "JERUSALEM, Oct 2 - Israel promised on Wednesday to retaliate against Iran after the Islamic Republic fired "
            "about 180 ballistic missiles at Israeli territory on Tuesday evening.")
    attack = extract_text(text, published=date(2024, 10, 2), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.missiles.value) == ("IR", "IL", 180)


def test_days_of_mourning_ahead_do_not_date_the_strike_a_year_back() -> None:
    text = ("Head of the Dnipropetrovsk Regional Military Administration\nTelegram, 4 April 2025\n\n"
            "Kryvyi Rih. A terrible evening.\n\n"
            "Around 18:45 the enemy fired an Iskander-M ballistic missile at the city. The missile hit a residential "
            "neighbourhood. As of now, 14 people have been killed.\n\n"
            "Three days of mourning have been declared in Kryvyi Rih from 5 to 7 April.")
    attack = extract_text(text, published=date(2025, 4, 4), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value) == ("2025-04-04", 1)


def test_several_attacks_involving_a_number_are_a_season_not_this_night() -> None:
    text = ("KYIV (AFP) - Russia hurled 810 drones and decoys and 13 missiles at Ukraine overnight into Sunday, the air "
            "force said.\n\n"
            "Russia has sharply increased the size of its drone barrages over the summer, with several attacks "
            "involving more than 500 drones in a single night.")
    assert extract_text(text, published=date(2025, 9, 7), lang="en").attacks[0].launched.drones.value == 810


@pytest.mark.parametrize("text", [
    "Drone launched from Yemen hits Tel Aviv, killing one\n\nJERUSALEM, July 19 — A drone launched by Yemen's Houthi "
    "movement struck an apartment building in central Tel Aviv early on Friday, killing one man and wounding 10 people, "
    "Israeli officials said.",
    # "a single" is the article, not "a" and a modifier
    "TEL AVIV, July 19, 2024 - A single drone launched by Yemen's Houthi movement slammed into a building in central "
    "Tel Aviv early on Friday, killing one man and wounding at least eight people, officials said.",
])
def test_one_drone_fired_by_a_group_that_struck_is_an_attack_of_one(text: str) -> None:
    attack = extract_text(text, published=date(2024, 7, 19), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value, attack.hits.drones.value) == ("YE", "IL", 1, 1)


def test_a_participle_after_a_list_of_parts_is_the_attacks() -> None:
    text = ("KYIV, Ukraine (AP) — Russia attacked Ukraine overnight with 104 aerial weapons, including 98 drones and six "
            "missiles, hitting energy facilities in the north and east of the country, officials said Tuesday.")
    attack = extract_text(text, published=date(2025, 10, 21), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value, attack.hits.drones) == (98, 6, None)


def test_broke_the_missiles_down_as_lists_what_came() -> None:
    text = ("Russia attacked Odesa overnight with 32 Shahed drones and 31 missiles, the air force said. The air force "
            "broke the missiles down as 16 Kalibr cruise missiles, eight Kh-22 supersonic cruise missiles, six Oniks "
            "anti-ship missiles and one Kh-59 guided missile.")
    weapons = extract_text(text, published=date(2023, 7, 19), lang="en").attacks[0].weapons
    assert {w.model: w.launched.value for w in weapons if w.weapon_class == "missile"} == {
        "Kalibr": 16, "X-22": 8, "P-800 Oniks": 6, "X-59/X-69": 1}


def test_a_place_object_then_and_a_verb_is_no_attacker() -> None:
    text = ("Russian barrage wrecks major power plant near Kyiv and targets gas storage in the west\n\n"
            "KYIV, Ukraine (AP) — Russia unleashed 82 missiles and drones on Ukraine overnight and early Thursday, "
            "officials said.")
    attack = extract_text(text, published=date(2024, 4, 11), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.total.value) == ("RU", "UA", 82)


def test_hits_by_drones_count_the_drones_hits() -> None:
    text = ("Kharkiv City Mayor\n3 April 2025\n\n"
            "23:06\nAccording to preliminary information, there were 4 hits by Shahed attack drones in the Kyivskyi "
            "district. Two high-rise residential buildings were damaged.")
    attack = extract_text(text, published=date(2025, 4, 3), lang="en").attacks[0]
    assert attack.hits.drones.value == 4


def test_a_shipment_of_missiles_is_aid_not_an_attack() -> None:
    text = ("Berlin sends Kyiv two more IRIS-T launchers\n\n"
            "BERLIN (AFP) - Two more IRIS-T air defence launchers have reached Ukraine from Germany, officials in "
            "Berlin said on Thursday.\n\n"
            "The shipment also included 100 guided missiles for the IRIS-T launchers and 30 armoured vehicles, the "
            "officials said.")
    assert extract_text(text, published=date(2025, 6, 12), lang="en").attacks == []


def test_together_with_other_units_is_no_launch_cue() -> None:
    text = ("On the night of January 2 the occupiers attacked Ukraine with Shahed-136/131 attack drones.\n\n"
            "In total, 40 air targets were destroyed by the Air Force together with other components of the Defence "
            "Forces of Ukraine:\n"
            "- all 39 Shahed-136/131 attack UAVs launched by the enemy;\n"
            "- one Kh-59 guided air missile.")
    attack = extract_text(text, published=date(2023, 1, 2), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (39, 1)


def test_a_dash_apposition_that_names_shaheds_names_the_counts_model() -> None:
    text = ("During the night of 8 September, the Russian occupiers launched 142 attack UAVs - Shahed-type drones and "
            "drone-imitators of various types - from the areas of Bryansk and Millerovo. 112 of them were shot down.")
    weapons = extract_text(text, published=date(2025, 9, 8), lang="en").attacks[0].weapons
    assert [(w.model, w.launched.value, w.destroyed) for w in weapons] == [("Shahed-136/131", 142, None)]


def test_the_number_of_drones_shot_down_raised_to_updates_the_count() -> None:
    text = ("Updated Air Force figures: the number of drones shot down overnight has been raised to 84, the Air Force "
            "said in a follow-up post.\n\n"
            "Russia launched 94 Shahed-type attack drones and decoys against Ukraine overnight, the Air Force reports. "
            "According to preliminary data, 80 of them were shot down.")
    assert extract_text(text, published=date(2026, 3, 2), lang="en").attacks[0].destroyed.drones.value == 84


def test_a_place_fronting_a_later_clause_makes_its_count_regional() -> None:
    text = ("Russia attacked overnight with 88 Shahed attack drones, the air force said on Monday. Air defence units "
            "destroyed 71 Shaheds. Downed drones were recorded in several regions; in the Poltava region alone, nine "
            "drones were shot down.")
    attack = extract_text(text, published=date(2024, 10, 7), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 71


def test_one_drone_each_over_several_regions_is_a_share_per_region() -> None:
    text = ("On the night of 3 March, the enemy attacked with 35 Shahed-136/131 attack drones. Air defence destroyed "
            "30 Shaheds. One drone each was also downed over the Sumy and Poltava regions.")
    attack = extract_text(text, published=date(2024, 3, 3), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 30


def test_all_the_missiles_launched_at_a_city_is_the_whole_attacks_downed_count() -> None:
    text = ("Ukraine's air defences destroyed all 11 missiles that Russia fired at Kyiv before dawn on Thursday, "
            "including two Kinzhal hypersonic missiles, the military said. Falling debris damaged two houses in the "
            "capital.")
    attack = extract_text(text, published=date(2024, 3, 21), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (11, 11)


def test_the_third_such_attack_in_a_month_is_not_a_monthly_total() -> None:
    text = ("KYIV, Sept 2 (Reuters) - Russia attacked Kyiv with missiles early on Monday, the fourth such attack on "
            "the capital in September, while the air force said it had shot down nine missiles and 20 drones across "
            "the country.")
    attack = extract_text(text, published=date(2024, 9, 2), lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (9, 20)


def test_the_attackers_own_air_defences_downing_drones_is_the_other_sides_attack() -> None:
    text = ("Russia launched 60 drones at Ukraine overnight, the air force said on Friday.\n\nHours earlier, a "
            "Russian regional governor said Russian air defences had destroyed at least 14 drones over the Belgorod "
            "region.")
    attack = extract_text(text, published=date(2024, 6, 7), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones) == (60, None)


def test_over_the_past_few_hours_is_the_window_a_statement_counts() -> None:
    text = ("Russian Defence Ministry, 14 May 2025, 16:10\n\nOver the past four hours, from 11:00 to 15:00 Moscow "
            "time, air defence systems intercepted and destroyed 17 Ukrainian fixed-wing drones over the Kursk region.")
    attack = extract_text(text, published=date(2025, 5, 14), lang="en").attacks[0]
    assert attack.destroyed.drones.value == 17


def test_a_headlines_hypersonic_missiles_are_a_kind_not_the_downed_count() -> None:
    text = ("Kyiv downs five hypersonic missiles in pre-dawn barrage\n\n"
            "KYIV (AP) - Russia fired 16 missiles at Kyiv before dawn on Monday, the air force said. It said it had "
            "shot down all 16: five Kinzhals, eight Kalibr cruise missiles and three Iskander-M ballistic missiles.")
    attack = extract_text(text, published=date(2023, 5, 22), lang="en").attacks[0]
    assert attack.destroyed.missiles.value == 16


def test_a_models_count_after_an_updated_class_count_does_not_replace_it() -> None:
    text = ("LIVE: the night's attack\n\n09:40 - UPDATE\nThe Air Force has published its final figures. Russia "
            "launched 120 air attack weapons: 40 missiles and 80 drones. Air defence destroyed 95 targets - 31 "
            "missiles and 64 drones.\nAmong the missiles were eight Iskander-M ballistic missiles; five of them were "
            "shot down.\n\n07:15\nExplosions were heard in Kyiv.")
    attack = extract_text(text, published=date(2025, 5, 3), lang="en").attacks[0]
    assert attack.destroyed.missiles.value == 31


def test_one_missile_that_tore_through_a_building_is_no_launch_count() -> None:
    text = ("KYIV (AP) - Russia launched another wave of missile strikes across Ukraine on Tuesday, and one missile tore "
            "through an office building in the city of Kharkiv, officials said. Ukraine's air force said Russia had "
            "fired 27 missiles, 19 of which were shot down.")
    attack = extract_text(text, published=date(2023, 2, 14), lang="en").attacks[0]
    assert attack.launched.missiles.value == 27


def test_residents_left_without_heating_are_not_wounded() -> None:
    text = ("Russia launched 70 drones and 12 missiles at Ukraine overnight, the air force said.\n\nThe Kharkiv region "
            "bore the brunt. Several people were wounded there, and about half a million residents were left without "
            "heating in freezing temperatures.")
    attack = extract_text(text, published=date(2024, 12, 25), lang="en").attacks[0]
    assert attack.injured is None


def test_managed_to_bring_down_is_a_downing_cue() -> None:
    text = ("The air force said Russia fired 310 drones and 20 missiles overnight. Air defences managed to bring down "
            "290 of the drones and 16 of the missiles, it said.")
    attack = extract_text(text, published=date(2025, 9, 14), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (290, 16)


def test_a_daylight_strike_later_that_day_is_another_attack() -> None:
    text = ("KYIV, June 3 (Reuters) - Russia launched 30 cruise missiles at Ukraine overnight, and air defences "
            "destroyed 26 of them, the air force said on Monday.\n\nLater on Monday, Russia struck Kyiv again in a "
            "daylight attack, firing nine ballistic missiles, all of which were shot down.")
    attack = extract_text(text, published=date(2024, 6, 3), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (30, 26)


def test_downs_an_ally_helped_with_are_a_share() -> None:
    text = ("Iran attacks Israel with drones and missiles\n\nU.S. officials said American forces helped shoot down 60 "
            "drones and two missiles overnight. The Israeli military said Iran launched 150 drones and 40 cruise "
            "missiles, and that 140 of the drones and 35 of the cruise missiles had been intercepted.")
    attack = extract_text(text, published=date(2024, 4, 14), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (140, 35)


def test_a_later_post_under_a_written_date_header_updates_the_toll() -> None:
    text = ("Odesa Regional Military Administration (Telegram)\n\n"
            "15 March 2024, 11:20\n\nThe enemy struck the port area of Odesa with two Iskander-M ballistic missiles.\n\n"
            "15 March 2024, 13:05\n\nAccording to preliminary data, 14 people were killed and 46 were injured.\n\n"
            "15 March 2024, 18:40 — UPDATE\n\nAs of now, the strike on Odesa has killed 20 people. A total of 73 "
            "people were injured.")
    attack = extract_text(text, published=date(2024, 3, 15), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (20, 73)


def test_a_next_days_post_is_later_than_the_evening_before() -> None:
    text = ("Head of the City Military Administration\n\n"
            "4 April, 19:46\nA ballistic missile hit a residential area of our city. As of now 12 people have died.\n\n"
            "4 April, 22:30\nUpdate. 16 dead. 50 people injured.\n\n"
            "5 April, 09:12\nAs a result of yesterday evening's missile strike, 18 people were killed. 61 people were "
            "injured.")
    attack = extract_text(text, published=date(2025, 4, 5), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (18, 61)


def test_a_blast_in_a_neighbouring_countrys_village_is_not_the_attacks_toll() -> None:
    for text in (
            "KYIV (Reuters) - Russia fired some 90 missiles at Ukraine on Tuesday, while an explosion in a Polish "
            "village near the border killed two people.",
            "KYIV (AP) - Russia fired some 90 missiles at Ukraine on Tuesday.\n\nIn neighboring Poland, an explosion "
            "at a farm in a village about 6 kilometers from the Ukrainian border killed two people, officials said."):
        attack = extract_text(text, published=date(2022, 11, 15), lang="en").attacks[0]
        assert attack.killed is None


def test_the_overnight_strike_a_daytime_attack_followed_is_another_attack() -> None:
    text = ("Air Force of the Armed Forces of Ukraine\n\nOn 12 June, from 13:00 to 19:00, the enemy attacked with 24 "
            "Shahed strike UAVs. As of 19:00, 17 enemy drones have been shot down.\n\nThis daytime attack followed the "
            "overnight strike, during which the enemy used 140 drones and three Iskander-M ballistic missiles.")
    attack = extract_text(text, published=date(2025, 6, 12), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles) == (24, None)


def test_the_air_forces_debris_tally_names_its_regions() -> None:
    for text, expected in (
            ("Overnight the enemy attacked with 120 attack UAVs. Air defence shot down or suppressed 101 of them. Hits "
             "were recorded at 9 locations, and debris of downed drones fell at 5 locations, in the Sumy, Kharkiv and "
             "Odesa regions.", 5),
            ("Overnight the enemy attacked with 98 attack UAVs. 80 of them were shot down or suppressed. A hit was "
             "recorded at 1 location, and debris of downed drones fell at 7 locations in the Odesa region.", 7)):
        attack = extract_text(text, published=date(2025, 6, 14), lang="en").attacks[0]
        assert attack.debris_locations.value == expected


def test_drones_that_disappeared_in_quotes_or_lost_contact_were_suppressed() -> None:
    for text in (
            'Russia launched 90 drones overnight. Air defences downed 50 of them, while 38 decoy drones "disappeared" '
            "from radar without causing damage, the air force said.",
            "Russia launched 90 drones overnight. Air defences downed 50 of them. Contact was lost with another 38 "
            "drones, most likely because of electronic warfare."):
        attack = extract_text(text, published=date(2025, 3, 24), lang="en").attacks[0]
        assert attack.suppressed.drones.value == 38


def test_a_list_under_shot_down_a_total_of_counts_downs() -> None:
    text = ("On the night of 5 August the enemy attacked with 120 means of air attack.\n\n"
            "As of 09:00, air defence shot down a total of 101 air targets:\n"
            "– 95 Shahed-type UAVs and imitators;\n"
            "– 6 Kh-101 cruise missiles.")
    attack = extract_text(text, published=date(2025, 8, 5), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (95, 6)


def test_the_other_sides_attack_hours_later_leaves_this_launch_count() -> None:
    text = ("KYIV (AP) - Russia launched 96 drones at Ukraine overnight into Sunday, Ukraine's air force said, hours "
            "before Moscow reported fending off what it called a large Ukrainian drone attack on the Russian capital. "
            "Air defences downed 70 of them.")
    attack = extract_text(text, published=date(2024, 11, 10), lang="en").attacks[0]
    assert (attack.attacker, attack.launched.drones.value) == ("RU", 96)


def test_a_missile_fired_from_a_country_by_a_group_that_struck_is_one_weapon() -> None:
    text = ("JERUSALEM (Reuters) - A ballistic missile fired from Yemen by the Iran-aligned Houthi movement struck near "
            "an airport in central Israel on Sunday, injuring four people, Israeli officials said.")
    attack = extract_text(text, published=date(2025, 5, 4), lang="en").attacks[0]
    assert (attack.attacker, attack.launched.missiles.value) == ("YE", 1)


def test_more_of_them_than_the_last_count_are_of_all_the_weapons() -> None:
    text = ("The air force said Russia had used 70 aerial weapons - 45 Shahed drones and 25 missiles - and that 61 of "
            "them had been destroyed.")
    attack = extract_text(text, published=date(2024, 5, 9), lang="en").attacks[0]
    assert (attack.destroyed.total.value, attack.destroyed.missiles) == (61, None)


def test_air_force_neutralized_counts_with_where_and_which_types_between() -> None:
    for sentence in ("As of 08:00, 140 enemy UAVs in the north, south and east of the country were shot down or "
                     "suppressed.",
                     "As of 08:00, 140 enemy UAVs of the Shahed, Gerbera and other types were shot down/suppressed "
                     "across the north and east.",
                     "As of 08:00, the neutralization of 140 enemy UAVs has been confirmed."):
        text = "On the night of 3 May, the enemy attacked with 160 attack UAVs. " + sentence
        attack = extract_text(text, published=date(2026, 5, 3), lang="en").attacks[0]
        assert attack.neutralized.drones.value == 140, sentence


def test_a_post_of_a_later_hour_updates_the_toll() -> None:
    text = ("Head of the Regional Military Administration\n\nPost of 12:10:\nThe enemy struck the city with two "
            "ballistic missiles. As of now, 9 people have been killed. 30 people were injured.\n\n"
            "Post of 18:45 (update):\nUnfortunately, 13 people have died. 41 people were injured.")
    attack = extract_text(text, published=date(2024, 3, 15), lang="en").attacks[0]
    assert (attack.killed.value, attack.injured.value) == (13, 41)


def test_a_later_higher_at_least_toll_replaces_an_earlier_exact_one() -> None:
    text = ("KYIV (AP) - Russia fired 40 missiles at Ukraine on Monday, the air force said, and 30 of them were shot "
            "down.\n\nEarly in the afternoon the Interior Ministry put the death toll at 14. By evening the minister "
            "said at least 29 people had been killed across the country.")
    attack = extract_text(text, published=date(2024, 7, 8), lang="en").attacks[0]
    assert (attack.killed.value, attack.killed.qualifier) == (29, "at_least")


def test_a_live_blogs_newest_entry_that_is_the_other_sides_claim_leaves_the_direction() -> None:
    text = ("LIVE: Russia's war against Ukraine — Sunday\n\n12:05\nRussia's Defense Ministry claims its air defenses "
            "intercepted 41 Ukrainian drones overnight over the Kursk and Oryol regions. Kyiv does not comment on such "
            "reports.\n\n10:40\nUPDATE: The Air Force has revised its figures. Russia attacked with 112 drones "
            "overnight, of which 87 were shot down or suppressed.\n\n08:15\nOdesa: a drone damaged a warehouse in the "
            "port, the governor said.")
    attack = extract_text(text, published=date(2025, 11, 16), lang="en").attacks[0]
    assert (attack.attacker, attack.target, attack.launched.drones.value) == ("RU", "UA", 112)


def test_of_which_after_a_models_type_phrase_is_that_models_part() -> None:
    text = ("Ukraine's air force said Russia had used 180 missiles and drones, made up of 40 missiles and 140 drones. "
            "Among the missiles were nine ballistic missiles of the Iskander-M or North Korean KN-23 type, five of "
            "which were shot down. Air defence units destroyed 150 targets - 31 of the missiles and 119 of the drones.")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    iskander = next(w for w in attack.weapons if w.model == "Iskander-M/KN-23")
    assert (attack.destroyed.missiles.value, iskander.destroyed.value) == (31, 5)


def test_drones_that_flew_at_the_city_were_launched_at_it() -> None:
    text = ("Head of the Regional Military Administration\n26.11.2024, 13:40\n\nToday, at around 11:00, the enemy "
            "attacked the city with Shahed-type attack drones. In total, seven drones flew at the city. Air defence "
            "destroyed five of them. Two struck a residential quarter.")
    attack = extract_text(text, published=date(2024, 11, 26), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (7, 5)


def test_a_list_items_own_fate_between_commas_is_not_the_next_items() -> None:
    text = ("Russia struck power plants overnight with 62 missiles and 30 drones. The missiles included 40 Kh-101 cruise "
            "missiles, of which 31 were shot down, six Kalibr cruise missiles, all destroyed, three Kh-59 guided "
            "missiles, also destroyed, four Iskander-M ballistic missiles and a Kinzhal.")
    weapons = weapons_by_model(text, date(2024, 5, 8))
    kalibr, kh59, iskander = weapons["Kalibr"], weapons["X-59/X-69"], weapons["Iskander-M/KN-23"]
    assert (kalibr.launched.value, kalibr.destroyed.value, kh59.launched.value, kh59.destroyed.value) == (6, 6, 3, 3)
    assert (iskander.launched.value, iskander.destroyed) == (4, None)


def test_they_included_after_a_downed_count_lists_what_came_when_its_items_have_downed_parts() -> None:
    text = ("Russia fired 40 missiles at Ukraine on Monday. The air force said it had intercepted 31 of the missiles. "
            "They included 15 Kh-101 cruise missiles, 12 of which were downed, and 16 Kalibr cruise missiles, 14 of "
            "which were downed, as well as one Kinzhal hypersonic missile, which air defenses also shot down.")
    attack = extract_text(text, published=date(2024, 7, 8), lang="en").attacks[0]
    weapons = {w.model: w for w in attack.weapons}
    assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (15, 12)
    assert (weapons["Kalibr"].launched.value, weapons["Kalibr"].destroyed.value) == (16, 14)
    assert (weapons["X-47 Kinzhal"].launched.value, weapons["X-47 Kinzhal"].destroyed.value) == (1, 1)
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (40, 31)


def test_drones_that_were_sent_in_came() -> None:
    text = ("Russia fired 85 cruise missiles at power plants on Tuesday, and air defences destroyed 70 of them, the air "
            "force said. It added that 12 Shahed drones were also sent in, all of which were shot down.")
    attack = extract_text(text, published=date(2022, 11, 15), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value, attack.destroyed.missiles.value) == (12, 12, 70)


def test_an_aircrafts_number_in_a_fronted_whole_is_no_count() -> None:
    text = ("Russia attacked with 70 drones and 30 missiles overnight; 60 drones and 22 missiles were shot down, the air "
            "force said. Of the 18 Kh-101 cruise missiles fired from Tu-95MS bombers over the Caspian Sea, 15 were "
            "shot down.")
    attack = extract_text(text, published=date(2024, 3, 29), lang="en").attacks[0]
    kh101 = next(w for w in attack.weapons if w.model == "X-101/X-555")
    assert (kh101.launched.value, kh101.destroyed.value, attack.destroyed.missiles.value) == (18, 15, 22)


def test_named_weapons_none_of_which_was_downed_came() -> None:
    text = ("Russia fired 30 missiles and 50 drones overnight, and 20 missiles and 45 drones were shot down. None of "
            "the four Kh-22 missiles was intercepted, and neither of the two Iskander-M ballistic missiles nor any of "
            "the three Kinzhal missiles were downed either.")
    weapons = weapons_by_model(text, date(2024, 3, 29))
    assert {m: (w.launched.value, w.destroyed) for m, w in weapons.items() if w.weapon_class == "missile"} == {
        "X-22": (4, None), "Iskander-M/KN-23": (2, None), "X-47 Kinzhal": (3, None)}


def test_drones_that_flew_into_the_city_came_but_not_those_that_flew_into_belarus() -> None:
    post = ("Mayor of Kharkiv\n3 December 2024, 22:51\n\nThis evening the enemy attacked our city with attack drones. "
            "According to preliminary data, up to six Shaheds flew into the city. One person was injured.")
    attack = extract_text(post, published=date(2024, 12, 3), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.drones.qualifier) == (6, "at_most")
    wire = ("Russia launched 40 drones at Ukraine overnight, the air force said. Air defences shot down 35 of them, and "
            "two more flew into Belarusian airspace.")
    attack = extract_text(wire, published=date(2024, 12, 3), lang="en").attacks[0]
    assert attack.launched.drones.value == 40


def test_a_reported_count_broken_down_after_a_colon_is_what_came() -> None:
    text = ("Live updates, Friday. 09:10 The Air Force reports 320 means of air attack overnight: 300 drones and 20 "
            "missiles. Air defence shot down or suppressed 280 drones and 12 missiles.")
    attack = extract_text(text, published=date(2025, 10, 10), lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.drones.value, attack.launched.missiles.value) == (320, 300, 20)


def test_sending_drones_after_a_strikes_noun_counts_a_launch_not_hits() -> None:
    text = ("Russia carried out one of its heaviest strikes of the winter overnight, sending 420 attack drones and 39 "
            "missiles against Ukraine's energy system. Air defence shot down 380 drones and 30 missiles.")
    attack = extract_text(text, published=date(2026, 2, 26), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value, attack.hits.drones) == (420, 39, None)


def test_a_headlines_hit_verb_does_not_reach_past_the_air_forces_count() -> None:
    text = ("Russian drones hit Kharkiv and Odesa overnight, air force counts 85 drones and a missile\n\n"
            "Russia attacked Ukraine with 85 drones and one ballistic missile overnight. Air defence units shot down "
            "40 of the drones, the air force said.")
    attack = extract_text(text, published=date(2025, 6, 11), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.hits.drones, attack.hits.missiles) == (85, None, None)


def test_in_all_does_not_make_a_models_part_the_nights_downed_count() -> None:
    text = ("Russia launched 93 missiles and nearly 200 drones at Ukraine on Friday. Air defences shot down 81 of the "
            "missiles, the air force said. In all, Russia fired 86 Kh-101, Kalibr and Iskander-K cruise missiles, four "
            "Kinzhal hypersonic missiles, two Iskander-M ballistic missiles - one of which was destroyed - and a "
            "Kh-59/69 guided missile.")
    attack = extract_text(text, published=date(2024, 12, 13), lang="en").attacks[0]
    iskander = next(w for w in attack.weapons if w.model == "Iskander-M/KN-23")
    assert (attack.destroyed.missiles.value, iskander.launched.value, iskander.destroyed.value) == (81, 2, 1)


def test_a_place_in_a_relative_clause_after_a_part_does_not_make_the_count_regional() -> None:
    text = ("KYIV, Jan 2 (Reuters) - Russia fired 99 missiles and 35 drones at Ukraine early on Tuesday. The air force "
            "said its units had destroyed 72 of the missiles, among them all 10 Kinzhal hypersonic missiles, which "
            "were aimed mostly at Kyiv, as well as every one of the 35 Shahed drones. Of the 70 Kh-101 cruise missiles "
            "launched from strategic bombers, 59 were brought down, it added.")
    attack = extract_text(text, published=date(2024, 1, 2), lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.missiles.evidence.text) == (72, "72 of the missiles")


def test_missiles_sent_in_an_aid_package_are_no_attack() -> None:
    text = ("Germany has handed Ukraine two more IRIS-T air defence systems, the defence ministry in Berlin said on "
            "Thursday. In a separate package, Germany sent more than 300 missiles for Patriot and IRIS-T systems and "
            "12 armoured vehicles.")
    assert extract_text(text, published=date(2025, 6, 12), lang="en").attacks == []


def test_a_fleet_of_drones_that_a_team_owns_is_no_attack() -> None:
    text = ("The team has surveyed about 9,000 hectares of farmland in the Kherson region since last spring, using a "
            "fleet of 25 drones to find mines and fragments of missiles left behind after the occupation in 2022.")
    result = extract_text(text, published=date(2025, 6, 1), lang="en")
    assert (result.attacks, result.period_totals) == ([], [])


def test_quote_marked_lines_under_a_downed_opener_are_its_items() -> None:
    text = ("Air Force Command, 24 April 2025\n\nDuring the night, the enemy struck Ukraine with 180 means of air attack:\n"
            "> 40 missiles: 30 Kh-101 cruise missiles and 10 Iskander-M ballistic missiles;\n"
            "> 140 Shahed strike UAVs and imitator drones.\n\n"
            "As of 08:30, a total of 100 means of air attack were shot down:\n"
            "> 35 missiles: 27 Kh-101 and 8 Iskander-M;\n> 65 attack drones.\n")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (40, 140)
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (35, 65)


def test_a_fronted_whole_of_two_classes_is_what_came() -> None:
    text = ("Russia launched 215 drones and missiles against Ukraine overnight. Of the 145 drones and 70 missiles, air "
            "defense shot down 112 targets - 48 missiles and 64 drones.")
    attack = extract_text(text, published=date(2025, 4, 24), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value, attack.destroyed.missiles.value) == (145, 70, 48)
    month = ("Russia fired 5,000 drones and 189 missiles at Ukraine in October. Of the 189 missiles, most were "
             "Iskander-K and Kh-101 cruise missiles.")
    assert extract_text(month, published=date(2025, 11, 1), lang="en").attacks == []


def test_drones_brought_down_by_electronic_warfare_were_suppressed() -> None:
    text = ("Russia attacked Ukraine overnight with 81 drones, the air force said. Air defences destroyed 60 of the "
            "drones, while up to 10 more drones were brought down by electronic warfare.")
    attack = extract_text(text, published=date(2024, 8, 27), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value, attack.suppressed.drones.qualifier) == (
        60, 10, "at_most")


def test_the_other_missiles_were_names_what_came() -> None:
    text = ("Russia fired ten missiles at Ukraine overnight. Air defences destroyed all five Kh-101 cruise missiles. The "
            "other missiles were two S-300 anti-aircraft missiles repurposed for ground strikes and three Kinzhal hypersonic "
            "missiles.")
    weapons = weapons_by_model(text, date(2024, 8, 27))
    assert (weapons["C-300"].launched.value, weapons["X-47 Kinzhal"].launched.value) == (2, 3)


def test_a_headlines_defenses_down_is_a_downing() -> None:
    text = ("Russian air defenses down five of six ATACMS missiles fired at Bryansk Region - MoD\n\n"
            "MOSCOW, November 19. /TASS/. Ukrainian forces fired six US-made ATACMS missiles at a facility in Russia's "
            "Bryansk Region overnight, the Russian Defense Ministry said.")
    attack = extract_text(text, published=date(2024, 11, 19), lang="en").attacks[0]
    assert (attack.attacker, attack.launched.missiles.value, attack.destroyed.missiles.value) == ("UA", 6, 5)


def test_a_part_of_the_months_drones_is_the_months_not_a_nights() -> None:
    text = ("Russia launched 6,000 long-range attack drones against Ukraine in March, according to a count based on "
            "the Air Force's daily reports. Russian forces also fired 140 missiles during the month. Ukrainian air "
            "defense shot down or suppressed 5,400 of the drones, the data show.")
    result = extract_text(text, published=date(2026, 4, 1), lang="en")
    assert result.attacks == []


def test_those_downed_included_lists_what_was_downed() -> None:
    text = ("The air force said the attack involved 40 missiles and 20 Shahed drones, and that air defenses destroyed "
            "40 of the 60 targets. Those downed included 24 of 27 Kh-101 cruise missiles and 14 of the 20 Shaheds.")
    attack = extract_text(text, published=date(2024, 2, 7), lang="en").attacks[0]
    kh101 = next(w for w in attack.weapons if w.model == "X-101/X-555")
    assert (kh101.launched.value, kh101.destroyed.value, attack.destroyed.drones.value) == (27, 24, 14)


def test_no_interceptions_of_named_missiles_means_they_came() -> None:
    text = ("Russia fired 30 missiles at Ukraine, and 20 were destroyed, the air force said. It reported no "
            "interceptions of four Kh-22 cruise missiles and three Iskander-M ballistic missiles.")
    weapons = weapons_by_model(text, date(2024, 2, 7))
    assert {m: (w.launched.value, w.destroyed) for m, w in weapons.items()} == {
        "X-22": (4, None), "Iskander-M/KN-23": (3, None)}


def test_number_then_en_dash_lines_of_a_russian_statement_are_its_regions() -> None:
    text = ("Statement of the Ministry of Defence of the Russian Federation\n\nOn-duty air defence assets intercepted "
            "and destroyed 200 Ukrainian UAVs:\n120 – over the territory of the Kursk region,\n50 – over the Moscow "
            "region,\n30 – over the Bryansk region.\n\nAir defence downs around 88–90% of incoming drones on an average "
            "night, analysts say.")
    attack = extract_text(text, published=date(2025, 3, 11), lang="en").attacks[0]
    assert (attack.attacker, attack.destroyed.drones.value) == ("UA", 200)
    assert set(attack.regions) == {"RU-KRS", "RU-MOS", "RU-BRY"}


def test_unbulleted_region_lines_of_a_russian_statement_are_its_items() -> None:
    for lines in ("45 over the Kursk Region,\n34 over the Voronezh Region,\n21 over the Belgorod Region.",
                  "45 - over Kursk region,\n34 - over Voronezh region,\n21 - over Belgorod region.",
                  "45 UAVs over the territory of the Kursk region,\n34 UAVs over the territory of the Voronezh region,\n"
                  "21 UAVs over the territory of the Belgorod region."):
        text = ("Russian Defence Ministry statement\n\nOn-duty air defence assets destroyed 100 Ukrainian UAVs over the "
                "territory of three regions:\n" + lines)
        attack = extract_text(text, published=date(2024, 9, 1), lang="en").attacks[0]
        assert (attack.attacker, attack.destroyed.drones.value) == ("UA", 100)
        assert set(attack.regions) == {"RU-KRS", "RU-VOR", "RU-BEL"}


@pytest.mark.parametrize("joiner", [", and of", "; of", ", while of"])
def test_a_second_fronted_whole_after_a_conjunction_is_what_came(joiner: str) -> None:
    text = ("Russia fired 48 missiles at Ukraine overnight. Of 11 Iskander-M ballistic missiles fired, seven were shot "
            f"down{joiner} 37 Kh-101 cruise missiles, 31 were destroyed, the air force said.")
    weapons = weapons_by_model(text)
    assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (37, 31)


def test_missiles_none_of_which_could_be_stopped_came() -> None:
    text = ("Russia fired 30 missiles at Odesa overnight, the air force said. The weapons included eight Kh-22 missiles "
            "and six Oniks anti-ship missiles, none of which could be stopped.")
    weapons = weapons_by_model(text)
    assert (weapons["P-800 Oniks"].launched.value, weapons["X-22"].launched.value) == (6, 8)


@pytest.mark.parametrize("fate", ["with 13 intercepted", "with only 13 shot down"])
def test_a_model_with_some_intercepted_has_that_many_downed(fate: str) -> None:
    text = (f"Russia fired 63 drones and missiles. The air force listed 32 Shahed drones; 16 Kalibr cruise missiles, "
            f"{fate}; and eight Kh-22 missiles, none of them downed.")
    weapons = weapons_by_model(text)
    assert (weapons["Kalibr"].launched.value, weapons["Kalibr"].destroyed.value) == (16, 13)


@pytest.mark.parametrize("subject", ["Russian forces attacked again overnight, firing", "Russia struck again, launching"])
def test_a_fronted_day_after_clause_leaves_the_main_clause_to_this_attack(subject: str) -> None:
    text = (f"A day after the massive combined strike on the energy system, {subject} 10 missiles and 81 Shahed attack "
            "drones, the air force said. Air defence shot down five missiles and 60 drones.")
    weapons = weapons_by_model(text)
    assert weapons["Shahed-136/131"].launched.value == 81


@pytest.mark.parametrize("aim", ["aimed at the capital", "targeted at Kyiv and its suburbs"])
def test_missiles_aimed_at_a_place_take_the_fate_after_it(aim: str) -> None:
    text = (f"Russia fired 40 missiles at Ukraine overnight. All 10 Kinzhal hypersonic missiles {aim} were intercepted, "
            "the air force said.")
    weapons = weapons_by_model(text)
    assert (weapons["X-47 Kinzhal"].launched.value, weapons["X-47 Kinzhal"].destroyed.value) == (10, 10)


@pytest.mark.parametrize("where", ["in the salvo", "during the overnight attack"])
def test_a_fronted_whole_in_the_salvo_is_what_came(where: str) -> None:
    text = f"Russia fired 40 missiles at Ukraine overnight. Of five Kinzhal hypersonic missiles {where}, only one was intercepted."
    weapons = weapons_by_model(text)
    assert (weapons["X-47 Kinzhal"].launched.value, weapons["X-47 Kinzhal"].destroyed.value) == (5, 1)


@pytest.mark.parametrize("fate", ["evaded the defenses", "evaded interception", "evaded air defences"])
def test_missiles_that_evaded_the_defences_came(fate: str) -> None:
    text = f"Russia fired 30 missiles. A Kinzhal hypersonic missile and two Iskander-M ballistic missiles {fate}."
    weapons = weapons_by_model(text)
    assert {m: (w.launched.value, w.destroyed) for m, w in weapons.items()} == {
        "X-47 Kinzhal": (1, None), "Iskander-M/KN-23": (2, None)}


@pytest.mark.parametrize("rest", ["", " and Kh-59 guided missiles", " and a Kh-59 guided missile"])
def test_the_first_single_model_after_including_is_one_that_came(rest: str) -> None:
    text = f"Russia fired 30 missiles at Ukraine overnight, including an Iskander-M ballistic missile{rest}."
    weapons = weapons_by_model(text)
    assert weapons["Iskander-M/KN-23"].launched.value == 1


@pytest.mark.parametrize("aim", ["fired at the Kharkiv region", "launched toward Kharkiv"])
def test_a_later_counts_aim_is_not_the_earlier_items_place(aim: str) -> None:
    text = (f"Russia fired 50 missiles at Ukraine overnight. The arsenal included 28 Kh-101 cruise missiles, six Kh-22 "
            f"missiles, 13 S-300 missiles {aim}, and three Kinzhal missiles.")
    weapons = weapons_by_model(text)
    assert (weapons["X-101/X-555"].launched.value, weapons["X-22"].launched.value) == (28, 6)


@pytest.mark.parametrize("subject", ["The missiles destroyed", "The missiles intercepted"])
def test_what_the_downed_ones_included_was_downed(subject: str) -> None:
    text = (f"Russia launched 67 missiles and 194 drones overnight. {subject} included 25 of the 35 Kh-101 cruise missiles "
            "and all eight Kalibr missiles.")
    weapons = weapons_by_model(text)
    assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (35, 25)


@pytest.mark.parametrize("sentence", [
    "The package, first announced in April, also included 100 IRIS-T missiles and several Gepard guns, the ministry said.",
    "Since April it has also handed over 120 Patriot missiles, the ministry said.",
])
def test_an_aid_package_of_interceptors_is_no_attack(sentence: str) -> None:
    text = ("Berlin sends a third Patriot battery to Kyiv\n\nGermany has handed over a third Patriot battery, the defence "
            "ministry said on Friday.\n\n" + sentence)
    report = extract_text(text, published=date(2024, 7, 5), lang="en")
    assert report.attacks == [] and report.period_totals == []


@pytest.mark.parametrize("joiner", ["as well as", "and"])
def test_a_count_before_an_aside_shares_the_fate_of_the_count_after_it(joiner: str) -> None:
    text = (f"Russia fired 18 missiles and six drones. All 18 missiles - six Kinzhals and nine Kalibrs - {joiner} all six "
            "attack drones were destroyed by air defence.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (18, 6)


@pytest.mark.parametrize("opener", [
    "air defence shot down 38 missiles and shot down/suppressed 412 enemy UAVs:",
    "412 enemy UAVs were shot down or suppressed, and 38 missiles were shot down:",
])
def test_a_missile_row_takes_the_fate_its_opening_line_gave_the_missiles(opener: str) -> None:
    text = (f"Russia launched 71 missiles and 450 drones overnight.\nAs of 09:30, {opener}\n– 11 Iskander-M ballistic "
            "missiles;\n– 20 Kh-101 cruise missiles;\n– 412 enemy UAVs of the Shahed type.")
    weapons = weapons_by_model(text)
    assert (weapons["Iskander-M/KN-23"].destroyed.value, weapons["X-101/X-555"].destroyed.value) == (11, 20)


@pytest.mark.parametrize("verb", ["also comprised", "also consisted of"])
def test_what_the_salvo_also_comprised_are_its_parts(verb: str) -> None:
    text = ("Ukraine said it had shot down all 18 missiles that Russia fired at Kyiv overnight, including six Kinzhals. "
            f"The commander said the salvo {verb} nine Kalibr cruise missiles and three land-based missiles.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.launched.missiles.value == 18


def test_drones_farmers_used_are_no_attack() -> None:
    text = ("Crop-spraying drones take off in Vinnytsia\n\nAgricultural drones are spreading across the region's fields. "
            "Industry associations estimate that farmers used more than 1,500 of them last season.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert report.attacks == [] and report.period_totals == []


@pytest.mark.parametrize("bullet", ["-", "•", "–"])
def test_a_bulleted_single_model_is_one_that_came(bullet: str) -> None:
    text = ("During the night, the enemy used 76 means of air attack against Ukraine:\n\n"
            f"{bullet} an Iskander-M ballistic missile launched from occupied Crimea;\n"
            f"{bullet} a Kh-31P guided air missile from the Black Sea area;\n"
            f"{bullet} 73 Shahed-type attack UAVs from the Kursk direction.")
    weapons = weapons_by_model(text)
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["X-31P"].launched.value) == (1, 1)


def test_as_were_after_all_and_none_of_with_a_participle() -> None:
    text = ("Russia fired 29 missiles and 396 drones overnight. All 20 Kh-101 cruise missiles were shot down, as were four "
            "Iskander-K cruise missiles, but none of the four Iskander-M ballistic missiles used in the attack was "
            "intercepted, the air force said.")
    weapons = weapons_by_model(text)
    assert (weapons["Iskander-K"].launched.value, weapons["Iskander-K"].destroyed.value) == (4, 4)
    assert (weapons["Iskander-M/KN-23"].launched.value, weapons["Iskander-M/KN-23"].destroyed) == (4, None)


def test_a_plants_lost_generating_capacity_keeps_its_region() -> None:
    text = ("Russia launched 82 missiles and drones at Ukraine overnight, the air force said.\n\nThe Trypillia thermal "
            "power plant in Kyiv region was destroyed, its operator said, adding that it had lost 100% of its generating "
            "capacity.")
    assert "UA-32" in extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions


@pytest.mark.parametrize("text, came", [
    ("Russia fired 63 missiles at Ukraine overnight. Air defences downed all 36 Kh-101s and all 18 Kalibrs, the air "
     "force said, but did not stop five Kh-59 guided missiles and four Kh-22 missiles.",
     {"X-59/X-69": 5, "X-22": 4}),
    ("Russia launched 90 drones and four missiles overnight, the air force said. None of the four missiles — three "
     "Iskander-M ballistic missiles and one Iskander-K cruise missile — were intercepted.",
     {"Iskander-M/KN-23": 3, "Iskander-K": 1}),
    ("Russia fired 30 missiles at Ukraine overnight. Only two of five Iskander-M missiles were intercepted, and the "
     "three S-300 missiles launched from the Belgorod region were not, the statement added.",
     {"C-300": 3}),
])
def test_models_whose_fate_is_denied_came_and_were_not_downed(text: str, came: dict[str, int]) -> None:
    weapons = weapons_by_model(text)
    for model, count in came.items():
        assert weapons[model].launched.value == count, model
        assert weapons[model].destroyed is None, model


def test_a_headline_count_that_hit_the_country_is_no_count_of_hits() -> None:
    text = ("Nearly 400 drones and missiles hit Ukraine in overnight strike on power plants\n\nRussia fired 350 drones and "
            "45 missiles at Ukraine overnight into Saturday, the Air Force said, in an attack that again focused on gas "
            "and power facilities in the west of the country.\n\nOf the 395 aerial weapons, Ukraine's defences "
            "neutralised 361.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.hits.total is None and attack.launched.total.value == 395


def test_the_missiles_said_in_a_relative_clause_to_be_one_model_are_that_model() -> None:
    for aside in ("which were air-launched Kh-101/Kh-555 cruise missiles fired from Tu-95 bombers",
                  "which the air force said were Kh-101 and Kh-555 types launched from Tu-95 bombers"):
        text = (f"Russia fired 40 missiles at Ukraine overnight. Air defences shot down 33 of the missiles, {aside}, "
                f"the military said.")
        weapons = weapons_by_model(text)
        assert (weapons["X-101/X-555"].launched.value, weapons["X-101/X-555"].destroyed.value) == (40, 33), aside


def test_a_menu_joined_by_dashes_is_no_headline() -> None:
    text = ("CITY HERALD  - Home - Ukraine - World - Sport - Opinion - Donate\n[Log in]\n\nAir defense downs 80 of 96 "
            "Russian drones\n\nRussia attacked Ukraine overnight with 96 strike drones, the Air Force said. Air defence "
            "units shot down or suppressed 80 of them.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.neutralized.drones.value) == (96, 80)


def test_a_headline_that_slams_a_city_beside_a_plan_is_news_of_an_attack() -> None:
    text = ("Russian drones and missiles slam Kyiv as US pushes peace plan\n\nKYIV, Ukraine (AP) — Russia pummeled Kyiv "
            "with drones and missiles overnight, Ukrainian officials said Tuesday, as negotiators worked on a plan to end "
            "the war.\n\nRussia launched 420 drones and 20 missiles in the attack, Ukraine's air force said.\n\n"
            "Ukrainian air defenses downed 400 drones and 12 missiles, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.missiles.value) == (420, 12)


def test_what_a_thing_is_used_as_is_no_launch() -> None:
    text = "Today the metro has 52 stations on three lines, of which 46 are used as shelters during air raid alerts."
    assert not [c for c in grammar_en.find_cues(text) if c.outcome == "launched"]
    assert [c for c in grammar_en.find_cues("Russia used 46 drones in the attack.") if c.outcome == "launched"]


def test_every_single_weapon_of_a_list_before_a_count_came() -> None:
    # a list of single weapons, each with its article, ending in a count: every one of them came, not only the last
    for first, model in (("an Iskander-M ballistic missile launched from Crimea", "Iskander-M/KN-23"),
                         ("a Kh-59 guided missile", "X-59/X-69")):
        text = (f"Overnight, the enemy attacked with {first}, an S-400 guided anti-aircraft missile "
                f"fired from Donetsk oblast, and 113 Shahed attack UAVs.")
        weapons = weapons_by_model(text)
        assert (weapons[model].launched.value, weapons["C-400"].launched.value) == (1, 1), first


def test_a_single_weapon_along_with_a_count_came_too() -> None:
    for joint in ("along with", "together with"):
        text = (f"Russia launched 139 drones of various types at Ukraine overnight, {joint} an Iskander-M ballistic "
                f"missile fired from Crimea, the Ukrainian Air Force reported.")
        assert weapons_by_model(text)["Iskander-M/KN-23"].launched.value == 1, joint


def test_where_most_of_a_list_was_aimed_is_no_place_of_its_last_count() -> None:
    text = ("Russia launched 87 drones and eight missiles overnight. The missiles included three Iskander-M ballistic "
            "missiles, two P-800 Oniks cruise missiles and three Kh-31P guided missiles, most of them aimed at the "
            "Odesa region.")
    weapons = weapons_by_model(text)
    assert [weapons[m].launched.value for m in ("Iskander-M/KN-23", "P-800 Oniks", "X-31P")] == [3, 2, 3]


def test_a_mayors_post_that_names_no_place_is_about_the_mayors_city() -> None:
    text = ("Ihor Terekhov | Kharkiv City Mayor (Telegram)\n5 February 2023, 17:48\n\nDear residents! About an hour ago "
            "the occupiers struck the centre of our city with two S-300 missiles. Both missiles hit an area near a "
            "residential building. Five people were injured.")
    attack = extract_text(text, published=date(2023, 2, 5), lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.regions) == (2, ["UA-63"])


def test_a_mayors_post_that_names_a_place_keeps_it() -> None:
    text = ("Oleksandr Vilkul, head of the Kryvyi Rih city military administration\n2 December 2024, 17:48\n\nAt about "
            "17:00 the enemy fired three Kh-59 guided missiles at our city from the direction of the Zaporizhzhia "
            "front.\n\nAll three were shot down by our air defence!")
    attack = extract_text(text, published=date(2024, 12, 2), lang="en").attacks[0]
    assert attack.regions == ["UA-12"]


def test_a_barrage_that_combined_counts_launched_them() -> None:
    text = "Russia's overnight barrage combined 70 missiles with 145 drones, Ukraine's air force said."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (70, 145)


def test_a_missile_and_drone_attack_is_no_count_of_one_missile() -> None:
    text = ("Russia targeted Kyiv with a missile and drone attack early on Friday, officials said. Air defences "
            "destroyed 22 of the 35 missiles and 20 of the 23 drones that Russia launched.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (35, 23)


def test_all_of_one_count_and_another_count_that_russia_launched() -> None:
    text = ("Ukraine's air defences destroyed all 15 cruise missiles and 21 Shahed drones that Russia launched "
            "overnight, the military said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (15, 21)
    # without the clause, "all" is the first count's alone
    text = "Russia launched 74 drones and six missiles. Air defences shot down all six missiles and 31 drones."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (74, 31)


def test_a_list_after_a_part_of_a_count_breaks_down_the_part() -> None:
    text = ("Russia launched 120 missiles and 90 drones at Ukraine overnight. Its defenses downed 144 of the 210 "
            "targets heading for the country — 102 missiles and 42 drones, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.missiles.value, attack.destroyed.drones.value) == (102, 42)
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (120, 90)


def test_all_of_one_model_in_a_list_after_a_part_came_and_was_downed() -> None:
    text = ("Russia fired nine missiles and 27 Shahed drones. Air defenses shot down all 27 Shaheds and five of the nine "
            "missiles — all four Kh-101 cruise missiles and one of the two Kh-59 guided missiles.")
    kh101 = weapons_by_model(text)["X-101/X-555"]
    assert (kh101.launched.value, kh101.destroyed.value) == (4, 4)


def test_enemy_before_the_air_forces_fate_adjective() -> None:
    text = ("Overnight the enemy attacked with 78 attack UAVs. 32 drones were shot down. 45 enemy locationally lost "
            "UAVs (probably as a result of active counteraction by EW means).")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.suppressed.drones.value) == (32, 45)


def test_they_after_a_count_are_all_of_it() -> None:
    text = ("Russia launched 24 drones overnight, and all were shot down. Russia also fired two Kh-59 guided missiles "
            "from the occupied Zaporizhzhia region, but they did not reach their targets, it said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert attack.suppressed.missiles.value == 2
    text = "Russia launched 24 drones overnight and they hit energy facilities in three regions."
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].hits.drones is None


def test_a_toll_that_rose_beats_the_older_toll_told_after_it() -> None:
    text = ("The Russian army attacked Odesa with an Iskander-M ballistic missile on Monday. The number of people "
            "killed by the strike on the centre of Odesa has risen to 10, the governor said in the evening. Earlier in "
            "the day, officials had reported eight dead.")
    assert extract_text(text, published=date(2024, 11, 18), lang="en").attacks[0].killed.value == 10


def test_a_raised_count_of_one_class() -> None:
    text = ("Russia attacked Ukraine's energy overnight. The air force initially said Russia had fired 58 missiles and "
            "194 drones. It later raised the missile count to 67, saying 34 missiles had been shot down.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.launched.drones.value) == (67, 194)


def test_an_age_between_a_victim_and_the_verb() -> None:
    text = ("Russia attacked Ukraine overnight with 4 Shahed drones, and 3 of them hit. One man, 52, was injured and "
            "taken to hospital.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].injured.value == 1


def test_namely_after_a_total_breaks_it_down() -> None:
    text = "In total, 76 means of air attack were recorded overnight, namely 55 missiles and 21 Shahed-136/131 attack UAVs."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.missiles.value, attack.launched.drones.value) == (76, 55, 21)


def test_the_total_told_again_as_a_record_is_what_came() -> None:
    text = ("Russia launched 810 drones and 13 missiles at Ukraine overnight, the air force said. The 823 drones and "
            "missiles made it the largest aerial attack since the full-scale invasion began.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.total.value, attack.launched.drones.value) == (823, 810)


def test_all_the_missiles_fired_at_a_city_in_a_barrage_came() -> None:
    text = "Air defences shot down all 18 missiles Russia fired at Kyiv in an overnight barrage."
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.destroyed.missiles.value) == (18, 18)


def test_a_count_in_a_which_clause_takes_no_verb_of_the_main_clause() -> None:
    text = ("Russia hurled 367 drones and missiles at Ukraine overnight. The barrage, which included 298 drones and 69 "
            "missiles of various types, struck more than 30 cities and villages, the air force said.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.missiles.value, attack.hits.missiles) == (69, None)


def test_the_airspace_over_a_region_is_where_missiles_were_fired_from() -> None:
    text = ("Overnight, the enemy attacked with 24 Shahed attack UAVs and three Kh-59 guided air missiles "
            "from the airspace over the Zaporizhzhia region. Drones hit the Odesa and Mykolaiv regions.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks[0].regions == ["UA-48", "UA-51"]


def test_a_superlative_of_a_firm_or_a_city_is_no_record_claim() -> None:
    text = ("Russia launched its largest combined aerial attack of the war overnight, firing 120 missiles and 90 drones, "
            "the air force said. Ukraine's largest private energy company said its plants were hit, and in the "
            "second-largest city, Kharkiv, power was cut.")
    claims = extract_text(text, published=PUBLISHED, lang="en").attacks[0].claims
    assert [c.split()[0] for c in claims] == ["largest"] and "combined aerial attack" in claims[0]


def test_a_city_that_lights_up_the_night_with_drones_holds_a_show() -> None:
    text = ("Chinese city lights up the night with swarm of more than 11,000 drones\n\n"
            "More than 11,000 drones rose into the night sky over the city on Saturday. The previous record for a show "
            "of this kind, set in 2024, involved about 10,000 drones.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert (report.attacks, report.period_totals) == ([], [])


def test_a_live_page_title_of_several_headlines_keeps_the_attack() -> None:
    text = ("Ukraine war latest: Air Force revises overnight drone figures; Zelensky presents 'victory plan' to regional "
            "leaders\n\nRussia launched 63 attack drones against Ukraine overnight, the Air Force said in its morning "
            "report. Air defense shot down 41 of them over Odesa.")
    attack = extract_text(text, published=date(2024, 10, 20), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (63, 41)


def test_the_day_a_fuller_count_was_given_does_not_date_it() -> None:
    text = ("Russia fired missiles at Ukraine on Monday.\n\nOn Monday, officials had said only that Russia fired more than "
            "50 missiles. Gen. Valerii Zaluzhnyi gave a fuller count on Tuesday: 55 Kh-101 and Kh-555 cruise missiles "
            "were launched from Tu-95 bombers. Forty-five of them were shot down, he said.")
    attack = extract_text(text, published=date(2022, 11, 1), lang="en").attacks[0]
    assert (attack.date, attack.launched.missiles.value, attack.destroyed.missiles.value) == ("2022-10-31", 55, 45)


def test_the_second_sentence_of_an_ad_line_is_no_headline() -> None:
    text = ("ADVERTISEMENT — Smartphones up to -40%! Order today, delivery in 24 hours\n\nNews › Ukraine\n\n"
            "Air defence downs 54 drones and two missiles overnight\n\nRussian forces attacked Ukraine overnight with "
            "four Kh-59/69 guided air missiles and 80 Shahed-type attack drones, the Air Force reported on Saturday. "
            "Air defence destroyed two of the missiles and 54 drones.")
    attack = extract_text(text, published=date(2024, 10, 26), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value) == (80, 54)


def test_the_russian_defence_ministry_s_own_statement_counts_the_whole_attack() -> None:
    text = ("Ministry of Defence of the Russian Federation — statement (translated)\n\nAir defence systems on duty "
            "destroyed five ATACMS operational-tactical missiles and 18 unmanned aerial vehicles over the territory of "
            "the Belgorod Region.")
    attack = extract_text(text, published=date(2024, 6, 12), lang="en").attacks[0]
    assert (attack.attacker, attack.destroyed.drones.value, attack.destroyed.missiles.value) == ("UA", 18, 5)


def test_a_year_as_the_subject_or_over_a_year_is_a_period() -> None:
    text = ("Russia launches 205 drones at Ukraine on New Year's night; 2025 saw over 54,000 drones launched\n\n"
            "Russia attacked Ukraine with 205 drones overnight on Jan. 1, the Air Force reported. Over 2025, Russia "
            "launched more than 54,000 long-range attack drones and about 2,200 missiles against Ukraine.")
    report = extract_text(text, published=date(2026, 1, 1), lang="en")
    assert report.attacks[0].launched.drones.value == 205
    assert [(t.period, t.weapon_class, t.launched.value, t.launched.qualifier) for t in report.period_totals] == [
        ("2025", "drones", 54000, "more_than"), ("2025", "missiles", 2200, "approx")]


def test_a_mayor_s_post_on_an_evening_attack_on_the_city_alone_is_the_attack() -> None:
    text = ("Vitali Klitschko, Mayor of Kyiv (translated Telegram posts)\n\n22:35\nThis evening the enemy sent attack "
            "drones at Kyiv. All five drones that were flying toward the capital were shot down by our air defence.")
    attack = extract_text(text, published=date(2023, 5, 19), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.destroyed.drones.value, attack.regions) == (5, 5, ["UA-30"])


def test_drones_flying_towards_the_city_came() -> None:
    text = ("Head of the Dnipropetrovsk Regional Military Administration\n\nEvening attack on Dnipro. This evening, the "
            "enemy attacked the regional centre with attack drones. Up to 15 UAVs were flying towards the city. Air "
            "defence destroyed 11 Shaheds over Dnipro.")
    attack = extract_text(text, published=date(2024, 10, 15), lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.drones.qualifier, attack.destroyed.drones.value) == (
        15, "at_most", 11)


def test_crews_of_two_or_three_operators_are_no_count_of_drones() -> None:
    text = ("Ukraine plans to raise the output of interceptor drones. The interceptors are small, fast drones. They are "
            "launched by crews of two or three operators working near cities.")
    assert extract_text(text, published=PUBLISHED, lang="en").attacks == []


def test_a_launch_area_told_as_russian_federation_after_a_dash_breaks_no_clause() -> None:
    text = ("Overnight, the enemy attacked with 3 Iskander-M ballistic missiles from the Kursk region – Russian "
            "Federation, and 112 strike UAVs of the Shahed, Gerbera and Italmas types and drones of other types. About "
            "70 of them were Shaheds.")
    attack = extract_text(text, published=PUBLISHED, lang="en").attacks[0]
    assert (attack.launched.drones.value, attack.launched.missiles.value) == (112, 3)


def test_a_night_sky_show_of_drones_is_no_attack() -> None:
    text = ("Chinese firm sets record with more than 10,000 drones in night-sky show\n\nA Chinese drone maker set a new "
            "world record on Sunday by flying 10,197 drones at once, lighting up the night sky over Shenzhen.")
    report = extract_text(text, published=PUBLISHED, lang="en")
    assert (report.attacks, report.period_totals) == ([], [])


def test_the_number_of_missiles_downed_remains_a_missile_count() -> None:
    text = ("Russia attacked Ukraine overnight with 426 drones and 24 Kh-101 cruise missiles, the Air Force said. Air "
            "defense shot down 200 drones and 18 missiles.\n\nThe Air Force updated its morning figures, saying that 215 "
            "drones had been shot down, not 200 as initially reported. The number of missiles downed remains 18.")
    attack = extract_text(text, published=date(2025, 7, 21), lang="en").attacks[0]
    assert (attack.destroyed.drones.value, attack.destroyed.missiles.value) == (215, 18)
