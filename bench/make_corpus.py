"""Synthetic English news pages about overnight drone and missile attacks.

    python bench/make_corpus.py OUT_DIR --n 1000 --kind html --seed 0

Shared by the benchmarks: `generate(n, seed, kind)` yields (name, content) pairs,
`write(folder, n, kind)` writes them as files. Every sentence here is written for
this generator (no third-party text); documents are built from templates and small
vocabularies so that figures, verbs, regions, dates, casualty lines and page
furniture vary from one document to the next. About one document in five is a
negative: it mentions drones, missiles and numbers but reports no attack
(production, aid packages, exports, exercises, drone shows).

Each document is 3-5 KB. kind="text" is a page flattened to text (share buttons,
"Advertisement", a "Related Articles" block of other stories after the article);
kind="html" is the same content as a web page with <head>, a publication-date
<meta>, <nav>, <article>, <aside> and <footer>. The output depends only on
(n, seed, kind).
"""

from __future__ import annotations

import argparse
import html
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

Kind = Literal["text", "html"]

MIN_BYTES, MAX_BYTES = 3000, 5000
BODY_BYTES = (2900, 3500)  # article paragraphs; the page around them adds the rest
NEGATIVE_SHARE = 0.2

# --- vocabulary -------------------------------------------------------------------

OUTLETS = ("Northgate Wire", "The Daily Meridian", "Eastern Ledger", "Harbor Post", "Continental Dispatch",
           "The Sentinel Review", "Plainfield Herald", "Baltic Courier")
REPORTERS = ("Marta Kovalenko", "James Whitfield", "Olena Bondar", "Daniel Reyes", "Iryna Savchuk",
             "Tom Ashcroft", "Natalia Hrytsenko", "Peter Lindqvist", "Sofia Moreau", "Andriy Melnyk")
DATELINES = ("KYIV", "KYIV, Ukraine", "KHARKIV, Ukraine", "ODESA, Ukraine", "DNIPRO, Ukraine", "LVIV, Ukraine",
             "ZAPORIZHZHIA, Ukraine")

# (name in text, region phrase) for places where damage or casualties were reported.
PLACES = (
    ("Kyiv", "the capital"), ("Kharkiv", "the Kharkiv region"), ("Odesa", "the Odesa region"),
    ("Dnipro", "the Dnipropetrovsk region"), ("Lviv", "the Lviv region"), ("Zaporizhzhia", "the Zaporizhzhia region"),
    ("Sumy", "the Sumy region"), ("Chernihiv", "the Chernihiv region"), ("Poltava", "the Poltava region"),
    ("Mykolaiv", "the Mykolaiv region"), ("Kherson", "the Kherson region"), ("Vinnytsia", "the Vinnytsia region"),
    ("Khmelnytskyi", "the Khmelnytskyi region"), ("Rivne", "the Rivne region"), ("Zhytomyr", "the Zhytomyr region"),
    ("Cherkasy", "the Cherkasy region"), ("Ivano-Frankivsk", "the Ivano-Frankivsk region"),
    ("Lutsk", "the Volyn region"), ("Ternopil", "the Ternopil region"), ("Kryvyi Rih", "the Dnipropetrovsk region"),
)
DRONE_NAMES = ("Shahed", "Shahed-type", "Iranian-designed Shahed", "Geran-2", "attack", "strike", "kamikaze")
DECOYS = ("decoy drones", "Gerbera decoys", "imitation drones", "drones of other types")
MISSILE_KINDS = (
    ("Kh-101 cruise missiles", "Kh-101"), ("Iskander-M ballistic missiles", "Iskander-M"),
    ("Kalibr cruise missiles", "Kalibr"), ("Kinzhal aeroballistic missiles", "Kinzhal"),
    ("Kh-59 guided missiles", "Kh-59"), ("S-300 missiles", "S-300"), ("Kh-22 cruise missiles", "Kh-22"),
)
SMALL_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
QUALIFIERS = ("", "", "", "", "at least ", "more than ", "about ", "nearly ", "over ", "some ", "up to ")
LAUNCH_VERBS = ("launched", "fired", "sent", "used", "deployed", "hurled")
DOWN_VERBS = ("shot down", "destroyed", "downed", "intercepted", "neutralised")
ATTACK_NOUNS = ("attack", "barrage", "assault", "strike", "bombardment", "onslaught", "raid")
ATTACK_ADJ = ("massive", "large-scale", "combined", "overnight", "heavy", "sustained", "coordinated")
SAID_BY = ("the air force said", "Ukraine's air force said", "the air force said on Telegram",
           "the military said in a statement", "air force spokesperson Yurii Ihnat said",
           "the air force command reported")
TARGET_THINGS = ("energy infrastructure", "a thermal power plant", "residential buildings", "a railway depot",
                 "a grain terminal", "an industrial site", "a high-rise apartment block", "warehouses",
                 "a gas facility", "a substation", "private houses", "a school building", "a hospital courtyard")
WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Background about the night of an attack (attack reports only; no figures of the attack).
AFTERMATH = (
    "Schools in several cities moved lessons into basements or online after the night of alarms. Parents said "
    "children were increasingly used to the sound of sirens, though many still struggled to sleep.",
    "The Kremlin did not comment on the attack. Russian officials usually say their strikes target military "
    "facilities and deny hitting civilians, despite evidence of damage to homes, hospitals and schools.",
    "Rescue workers combed through rubble with sniffer dogs for much of the morning, while volunteers handed out "
    "tea and blankets to people who had spent the night in metro stations and shelters.",
    "Local businesses opened late as owners swept up broken glass. A cafe owner said it was the third time this "
    "year that her windows had been blown out, and that she had stopped counting the cost of repairs.",
    "The head of the regional military administration said crews would assess damage to the water supply "
    "during the day and that heating points would stay open for residents whose homes were left without power.",
    "Energy company engineers said repair crews were working to restore supplies, but warned that scheduled "
    "outages could return if the network suffered further damage. Residents were urged to charge devices and "
    "keep water in reserve.",
)
# General context (any article, negatives included).
CONTEXT = (
    "Diplomatic efforts to end the war have stalled. Delegations met twice this spring without agreeing on a "
    "ceasefire, and each side accuses the other of using the talks to buy time while preparing new offensives.",
    "Ukraine has built up mobile fire groups that drive at night with machine guns and searchlights to hunt "
    "slow drones. Officials say the units now account for a growing share of interceptions in rural areas.",
    "The European Union is preparing another package of sanctions aimed at the supply chains that provide "
    "components for drones and missiles. Investigators have repeatedly found Western-made chips in debris "
    "recovered after attacks.",
    "Analysts say the larger salvos are designed to overwhelm air defences by mixing cheap decoys with attack "
    "drones and missiles, forcing crews to spend scarce interceptors on targets that carry no warhead.",
    "Ukraine has in turn expanded its own long-range drone campaign against refineries and airfields deep inside "
    "Russia, which it says are legitimate targets supporting the war effort.",
    "Western officials said the pace of attacks showed that Russia was producing attack drones faster than "
    "before, with new assembly lines in the country's east adding to what had once been imported.",
    "The United Nations monitoring mission has recorded a rise in civilian casualties from long-range weapons "
    "this year, and has called on all parties to take every feasible precaution to spare civilians.",
    "Moscow has stepped up long-range strikes on Ukrainian cities in recent months, often aiming at power plants "
    "and substations ahead of the colder season. Kyiv has repeatedly asked its partners for more air defence "
    "systems, saying the current stock cannot cover every city at once.",
)

RELATED = (
    "Central bank holds interest rate steady as inflation eases", "Farmers report record wheat harvest in the south",
    "Football: national team names squad for qualifiers", "New metro line opens after years of delays",
    "Parliament debates draft budget for next year", "Storm warning issued for the western regions",
    "Tech start-up raises funds for battery plant", "Museum reopens with exhibition of restored icons",
    "Railway operator adds night trains to the coast", "Government unveils plan to rebuild damaged schools",
    "Fuel prices fall for the second week in a row", "City council approves new cycling lanes",
)
SHARE_LINES = ("Share", "Share on Facebook", "Share on X", "Copy link", "Email", "Print")
NAV_ITEMS = ("Home", "World", "Ukraine", "Europe", "Business", "Opinion", "Sport", "Culture")
FOOTER_LINES = ("About us", "Contact", "Privacy policy", "Terms of use", "Cookie settings")

# --- negatives: drones, missiles and numbers, no attack ---------------------------

# (headline, lead) pairs; {n} and {k} are numbers, none of them a count of an attack.
NEGATIVES = (
    ("Ukraine to produce {n} long-range drones this year, minister says",
     "Ukraine plans to manufacture {n} long-range drones this year and has signed contracts with {k} domestic "
     "companies, the strategic industries ministry said on {weekday}."),
    ("Allies pledge {n} air defence missiles in new aid package",
     "Partners agreed at a meeting in Brussels to deliver {n} interceptor missiles over the next {k} months, "
     "officials said on {weekday}, as part of a package worth {money} billion euros."),
    ("Drone makers expand output to {n} units a month",
     "Domestic producers now assemble about {n} drones a month, up from {k} a year ago, an industry association "
     "said on {weekday}, crediting simpler designs and new suppliers of motors."),
    ("Light show with {n} drones lights up festival night",
     "Organisers of a summer festival flew {n} illuminated drones over the river on {weekday} night, drawing "
     "crowds of around {k} thousand people to the embankment."),
    ("Farmers turn to crop-spraying drones as {n} machines registered",
     "The agriculture ministry said on {weekday} that {n} spraying drones had been registered this season, "
     "covering some {k} thousand hectares of fields in the south and east."),
    ("Defence fair draws {n} exhibitors showing new drones",
     "More than {n} companies from {k} countries displayed drones, radar and training simulators at a defence "
     "fair that opened on {weekday}, organisers said."),
)
NEGATIVE_BODY = (
    "The figures could not be independently verified. Officials declined to say where the production sites are "
    "located, citing security concerns.",
    "Engineers said the main challenge was securing a steady supply of engines, batteries and navigation "
    "modules, many of which are still imported.",
    "Industry representatives said training operators took longer than building the machines themselves, and "
    "called for more courses at technical colleges.",
    "Exporters hope to sell part of the output abroad once rules on arms exports are relaxed, though the "
    "government has said the armed forces come first.",
    "Critics said the announcement repeated targets set last year and asked for regular reports on deliveries "
    "so that parliament could track progress.",
    "The event also featured a section on demining technology, where firms showed robots and sensors designed "
    "to clear farmland of unexploded ordnance.",
)


# --- building documents -----------------------------------------------------------

def _figure(rng: random.Random, value: int, qualified: bool = True) -> str:
    """A number as a reporter might write it: 12, twelve, 1,250, 'at least 40'."""
    if value <= 12 and rng.random() < 0.5:
        text = SMALL_WORDS[value - 1] if value >= 1 else "no"
    elif value >= 1000:
        text = f"{value:,}"
    else:
        text = str(value)
    return (rng.choice(QUALIFIERS) if qualified else "") + text


def _long_date(day: date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def _attack_article(rng: random.Random, day: date) -> tuple[str, list[str]]:
    """(headline, paragraphs) of one attack report."""
    drones = rng.choice((rng.randrange(8, 80), rng.randrange(80, 300), rng.randrange(300, 750)))
    missiles = rng.choice((0, 0, rng.randrange(1, 12), rng.randrange(12, 60)))
    total = drones + missiles
    down_d = rng.randrange(drones // 2, drones + 1)
    down_m = rng.randrange(missiles // 2, missiles + 1) if missiles else 0
    lost = rng.randrange(0, max(1, drones - down_d + 1))
    hits = drones - down_d - lost + missiles - down_m
    sites = rng.randrange(1, 25)
    killed, injured = rng.choice((0, 0, 1, 2, rng.randrange(3, 20))), rng.randrange(0, 60)
    (city, region), (city2, region2) = rng.sample(PLACES, 2)
    drone_kind = rng.choice(DRONE_NAMES)
    noun, adj = rng.choice(ATTACK_NOUNS), rng.choice(ATTACK_ADJ)
    weekday = WEEKDAY[day.weekday()]
    said = rng.choice(SAID_BY)
    missile_phrase, missile_model = rng.choice(MISSILE_KINDS)

    headline = rng.choice((
        f"Russia launches {total} drones and missiles at Ukraine overnight",
        f"Russia pounds {city} in {adj} overnight {noun}",
        f"Ukraine says it downed {down_d + down_m} of {total} aerial targets",
        f"{killed} killed as drones hit {city}" if killed else f"Drones hit {city} overnight, fires reported",
        f"Air defences repel {adj} Russian {noun} on {region2.replace('the ', '')}",
        f"Russian {noun} damages {rng.choice(TARGET_THINGS)} in {city}",
    ))
    if missiles:
        weapons = (f"{_figure(rng, drones)} {drone_kind} drones and {_figure(rng, missiles, False)} missiles"
                   if rng.random() < 0.6 else f"{_figure(rng, total)} drones and missiles")
    else:
        weapons = f"{_figure(rng, drones)} {drone_kind} drones and {rng.choice(DECOYS)}"
    lead = rng.choice((
        f"Russia {rng.choice(LAUNCH_VERBS)} {weapons} at Ukraine overnight, {said} on {weekday}, "
        f"in an {noun} that left damage in {city} and {region2}.",
        f"Russian forces {rng.choice(LAUNCH_VERBS)} {weapons} in a {adj} {noun} that began late on "
        f"{WEEKDAY[(day.weekday() - 1) % 7]} and lasted until dawn, {said}.",
        f"Ukraine came under a {adj} {noun} overnight as Russia {rng.choice(LAUNCH_VERBS)} {weapons}, "
        f"targeting {rng.choice(TARGET_THINGS)} in {city}, {said} on {weekday} morning.",
    ))
    outcome = [f"Air defence units {rng.choice(DOWN_VERBS)} {_figure(rng, down_d, False)} drones"]
    if missiles and down_m:
        outcome.append(f"{_figure(rng, down_m, False)} of the missiles, including several {missile_phrase}")
    text_outcome = " and ".join(outcome) + ", " + rng.choice(("according to the statement", "officials said",
                                                             "the air force added")) + "."
    if lost:
        text_outcome += rng.choice((
            f" Another {_figure(rng, lost, False)} drones were lost from radar, likely because of electronic warfare.",
            f" A further {_figure(rng, lost, False)} drones failed to reach their targets.",
            f" The statement said {_figure(rng, lost, False)} drones were locationally lost.",
        ))
    if hits > 0:
        text_outcome += f" Hits were recorded at {_figure(rng, sites)} locations, and debris fell in {region}."

    if killed:
        casualties = rng.choice((
            f"The {noun} killed {_figure(rng, killed, False)} people and wounded {_figure(rng, injured)} others, "
            f"regional officials said.",
            f"At least {killed} people were killed and {injured} injured across the country, the emergency "
            f"service said on {weekday}.",
            f"In {city}, {killed} people died when debris struck {rng.choice(TARGET_THINGS)}, the mayor said, "
            f"and {injured} were taken to hospital.",
        ))
    elif injured:
        casualties = (f"Doctors treated {_figure(rng, injured, False)} "
                      f"people injured in {city}, where {rng.choice(TARGET_THINGS)} caught fire, the head of "
                      f"{region} said.")
    else:
        casualties = f"There were no immediate reports of casualties, the head of {region} said."

    regional = rng.choice((
        f"In {city2}, explosions were heard shortly after {rng.randrange(1, 5)} a.m. as air defences engaged "
        f"targets approaching from the east. Windows were shattered in {rng.randrange(3, 40)} apartment "
        f"buildings and a fire broke out at {rng.choice(TARGET_THINGS)}.",
        f"Power was cut to parts of {region2} for several hours after an energy facility was hit, the grid "
        f"operator said, adding that supplies to critical infrastructure had been restored by mid-morning.",
        f"Officials in {city2} said {rng.randrange(2, 30)} homes were damaged and {rng.randrange(2, 12)} cars "
        f"burned out in a courtyard. Firefighters needed about {rng.randrange(2, 7)} hours to put out the blaze.",
    ))
    alarm = (f"Air raid alerts were in force across most of the country for {rng.randrange(2, 9)} hours. "
             f"The {missile_model} missiles were tracked approaching from the south, officials said, while "
             f"groups of drones changed course several times to confuse defenders.")
    paragraphs = [lead, text_outcome, casualties, regional]
    if rng.random() < 0.6:
        paragraphs.append(alarm)
    if rng.random() < 0.25:
        month = (day.replace(day=1) - timedelta(days=1))
        count = rng.randrange(2000, 6500)
        source = rng.choice(("a new monthly record", "the air force said", "according to an official tally"))
        paragraphs.append(f"Russia launched {count:,} drones at Ukraine in {month.strftime('%B')}, {source}.")
    return headline, paragraphs


def _negative_article(rng: random.Random, day: date) -> tuple[str, list[str]]:
    n_text = f"{rng.choice((rng.randrange(20, 900), rng.randrange(1000, 200000))):,}"
    headline, lead = rng.choice(NEGATIVES)
    headline = headline.format(n=n_text)
    lead = lead.format(n=n_text, k=rng.randrange(2, 40), weekday=WEEKDAY[day.weekday()], money=rng.randrange(1, 9))
    return headline, [lead]


def _document(index: int, rng: random.Random) -> dict:
    """One article as parts, rendered as text or HTML by the callers.

    Background paragraphs are mixed into the news until the article body reaches a
    size drawn at random, so that both renderings land in 3-5 KB (the HTML page
    adds about 1.2 KB of markup to the same text).
    """
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(1000))
    negative = rng.random() < NEGATIVE_SHARE
    headline, news = (_negative_article if negative else _attack_article)(rng, day)
    paragraphs = list(news)
    pool = CONTEXT + NEGATIVE_BODY if negative else CONTEXT + AFTERMATH
    background = rng.sample(pool, len(pool))
    target = rng.randrange(BODY_BYTES[0], BODY_BYTES[1])
    size = sum(len(p) + 2 for p in paragraphs)
    while background and size < target:
        paragraph = background.pop()
        # Mostly after the news, sometimes between its paragraphs, after the lead.
        at = len(paragraphs) if rng.random() < 0.6 else rng.randrange(min(2, len(paragraphs)), len(paragraphs) + 1)
        paragraphs.insert(at, paragraph)
        size += len(paragraph) + 2
    return {
        "index": index, "negative": negative, "day": day, "headline": headline,
        "outlet": rng.choice(OUTLETS), "reporter": rng.choice(REPORTERS), "dateline": rng.choice(DATELINES),
        "paragraphs": paragraphs, "related": rng.sample(RELATED, rng.randrange(3, 6)),
        "ad_at": rng.randrange(1, 3), "background": set(pool) - set(background),
    }


def _drop_background(parts: dict) -> None:
    """Remove the last background paragraph (the news paragraphs always stay)."""
    last = max(i for i, p in enumerate(parts["paragraphs"]) if p in parts["background"])
    del parts["paragraphs"][last]


def render_text(parts: dict) -> str:
    """A page flattened to text: furniture, headline, byline, article, related stories."""
    day: date = parts["day"]
    lines = [parts["outlet"], "Menu", "Ukraine", "", parts["headline"],
             f"By {parts['reporter']}", f"Published {_long_date(day)}", *SHARE_LINES[:3], ""]
    for i, paragraph in enumerate(parts["paragraphs"]):
        if i == 0:
            paragraph = f"{parts['dateline']} ({parts['outlet']}) — {paragraph}"
        lines += [paragraph, ""]
        if i == parts["ad_at"]:
            lines += ["Advertisement", ""]
    lines += ["Share this article", "", "Related Articles", *parts["related"], "",
              f"© {day.year} {parts['outlet']}. All rights reserved.", ""]
    return "\n".join(lines)


def render_html(parts: dict) -> str:
    """The same article as a web page."""
    e = html.escape
    day: date = parts["day"]
    body = []
    for i, paragraph in enumerate(parts["paragraphs"]):
        if i == 0:
            paragraph = f"{parts['dateline']} ({parts['outlet']}) — {paragraph}"
        body.append(f"      <p>{e(paragraph)}</p>")
        if i == parts["ad_at"]:
            body.append('      <div class="ad">Advertisement</div>')
    nav = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in NAV_ITEMS[:5])
    share = "".join(f'<button>{s}</button>' for s in SHARE_LINES[:3])
    related = "".join(f'<li><a href="/news/{n}">{e(t)}</a></li>' for n, t in enumerate(parts["related"]))
    footer = " | ".join(f'<a href="/p{n}">{t}</a>' for n, t in enumerate(FOOTER_LINES[:3]))
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
        "  <meta charset=\"utf-8\">\n"
        f"  <title>{e(parts['headline'])} | {e(parts['outlet'])}</title>\n"
        f"  <meta name=\"description\" content=\"{e(parts['headline'])}\">\n"
        f"  <meta property=\"article:published_time\" "
        f"content=\"{day.isoformat()}T0{parts['index'] % 10}:30:00+03:00\">\n"
        f"  <meta name=\"author\" content=\"{e(parts['reporter'])}\">\n"
        "</head>\n<body>\n"
        f"  <header><div class=\"logo\">{e(parts['outlet'])}</div><nav><ul>{nav}</ul></nav></header>\n"
        "  <main>\n    <article>\n"
        f"      <h1>{e(parts['headline'])}</h1>\n"
        f"      <div class=\"byline\">By {e(parts['reporter'])} · <time datetime=\"{day.isoformat()}\">"
        f"{_long_date(day)}</time></div>\n"
        f"      <div class=\"share-bar\">{share}</div>\n"
        + "\n".join(body) + "\n"
        "    </article>\n"
        f"    <aside><h2>Related Articles</h2><ul>{related}</ul></aside>\n"
        "  </main>\n"
        f"  <footer><p>{footer}</p><p>© {day.year} {e(parts['outlet'])}</p></footer>\n"
        "</body>\n</html>\n"
    )
    return page


def generate(n: int, seed: int = 0, kind: Kind = "text") -> Iterator[tuple[str, str]]:
    """`n` (file name, content) pairs; the same arguments always give the same documents."""
    if kind not in ("text", "html"):
        raise ValueError(f"kind must be 'text' or 'html', not {kind!r}")
    rng = random.Random(f"skytally-corpus-{seed}")
    render = render_text if kind == "text" else render_html
    suffix = "txt" if kind == "text" else "html"
    for index in range(n):
        parts = _document(index, rng)
        # The HTML page is the larger rendering: sizing by it keeps text and HTML the same article.
        while len(render_html(parts).encode("utf-8")) > MAX_BYTES:
            _drop_background(parts)
        label = "neg" if parts["negative"] else "atk"
        yield f"{index:06d}_{label}.{suffix}", render(parts)


def write(folder: str | Path, n: int, kind: Kind = "text", seed: int = 0) -> list[Path]:
    """Write `n` documents into `folder` (created if missing); their paths, in order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, content in generate(n, seed, kind):
        path = folder / name
        path.write_text(content, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--kind", choices=("text", "html"), default="text")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write(args.folder, args.n, args.kind, args.seed)
    print(f"wrote {len(paths)} {args.kind} documents to {args.folder}")


if __name__ == "__main__":
    main()
