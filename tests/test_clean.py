"""The clean stage: decoding, binary refusal, HTML and flattened pages, language."""

from __future__ import annotations

import codecs
import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skytally.clean import clean, clean_textpage, decode, detect_language
from skytally.clean.html import clean_html, looks_like_html
from skytally.errors import BinaryDocument, EmptyDocument, InputError, UnreadableSource
from skytally.model import CleanDocument, RawDocument

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED = Path(__file__).parents[1] / ".." / "shared" / "seeds" / "000_fa578f011582e471.txt"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def raw(data: bytes, media_type: str | None = None) -> RawDocument:
    return RawDocument("test", data, media_type)


# --- the seed page -------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("shared seed page not available")
    return clean(raw(SEED.read_bytes(), "text/plain")).text


@pytest.mark.parametrize("kept", [
    "Russia launched 550 drones and missiles",
    "shot down 270 targets",
    "Another 208 targets were lost from radar and presumed jammed.",
    "Russia successfully hit eight locations with nine missiles and 63 drones.",
    "Debris from intercepted drones fell across at least 33 sites",
    "Kyiv overnight in the largest aerial assault since Russia's invasion of Ukraine began",
    "Ukrainian President Volodymyr Zelenskyy said he had",
    "phone call with US President Donald Trump.",
    "Russia launched 5,438 drones at Ukraine in June",
    "The US has paused some shipments",
    "Emergency services reported damage in at least five of Kyiv's 10 districts.",
])
def test_seed_keeps_article(seed_text: str, kept: str) -> None:
    assert kept in seed_text


@pytest.mark.parametrize("dropped", [
    "Takht", "rare earth", "Taboola", "tinnitus", "Thackeray", "Hearing Magazine", "Undo",
    "Sponsored Links", "Live Events", "Related Articles", "minutes ago", "No comments yet",
    "Explore what", "Hashtags",
])
def test_seed_drops_furniture_and_other_stories(seed_text: str, dropped: str) -> None:
    assert dropped not in seed_text


def test_seed_title_and_order(seed_text: str) -> None:
    doc = clean(raw(SEED.read_bytes(), "text/plain"))
    assert doc.title == "Russia launches largest missile, drone barrage on Kyiv since war in Ukraine began"
    assert doc.text.startswith(doc.title + "\n")
    assert doc.language == "en"
    assert seed_text.index("550 drones") < seed_text.index("5,438 drones") < seed_text.index("270 targets")
    assert "\n\n" not in seed_text


def test_seed_every_sentence_verbatim(seed_text: str) -> None:
    """Every article line of the seed up to its widgets survives (after rejoining)."""
    source = SEED.read_text(encoding="utf-8")
    article = source.split("Hashtags")[0]
    for line in article.split("\n"):
        line = line.strip()
        if line.count(" ") >= 12 and "tinnitus" not in line:
            assert line in seed_text


# --- my own pages ----------------------------------------------------------------

def test_wire_story_with_inline_related_list() -> None:
    text, title = clean_textpage(page("wire_related_inline.txt"))
    assert title == "Ukraine says it downed 41 of 58 drones fired overnight at southern regions"
    assert ("KYIV, Ukraine (Wire) — Russia sent 58 attack drones and two guided missiles toward southern "
            "Ukraine overnight, the air force said on Tuesday, with most of the drones aimed at the port "
            "city of Odesa.") in text
    assert "Another 15 drones were lost from radar" in text
    assert "three people were treated for cuts" in text  # the article goes on after the list
    assert '"The night was loud, but our defenders did their job," Kiper wrote on Telegram.' in text
    assert "shot down 12 Ukrainian drones" in text
    for gone in ("Poland scrambles", "Patriot systems", "metro station", "Related", "Share", "Copy link"):
        assert gone not in text


def test_cookie_banner_and_newsletter_at_top() -> None:
    text, title = clean_textpage(page("cookie_newsletter_top.txt"))
    assert title == "Night of drones: Kharkiv hit by wave of Shaheds as sirens sound for six hours"
    assert text.startswith(title + "\n")
    assert ("Russian forces launched 112 drones of various types at Ukraine overnight into Sunday, the "
            "Ukrainian Air Force reported, in an attack that again centred on Kharkiv and its suburbs.") in text
    assert "87 drones were shot down" in text
    assert "where several trams were destroyed." in text
    for gone in ("cookies", "Accept all", "Home | World", "Newsletter", "briefing", "email", "Subscribe",
                 "hours ago", "Advertisement", "Story continues", "Follow us", "Hashtags"):
        assert gone not in text


def test_related_block_without_header() -> None:
    text, title = clean_textpage(page("related_no_header.txt"))
    assert title == "Drone debris sparks fires in Lviv region after overnight raid"
    assert "Russia struck western Ukraine with 36 drones and four cruise missiles overnight" in text
    assert "Air defences shot down 30 of the drones and all four missiles." in text
    assert text.endswith("One woman was lightly injured when a window blew in, he added.")
    for gone in ("back pain", "Sleep Science", "Undo", "Kyiv Ledger", "Romania", "70 drones", "grain"):
        assert gone not in text


def test_recommended_box_mid_article_and_more_from_block() -> None:
    text, title = clean_textpage(page("recommended_mid_article.txt"))
    assert title == "Odesa port cranes damaged as Russia sends missiles and drones at the south"
    assert text.startswith(title + "\n")  # site name and menu words above it are gone
    assert "Air defences destroyed three of the missiles and 27 of the drones" in text
    assert "loading would resume within a week" in text  # the article resumes after the box
    assert text.endswith("the operator's director told reporters at the port.")
    for gone in ("Harbour Gazette", "seaside walks", "tram network", "home insurance", "45 glide bombs", "Ferry"):
        assert gone not in text


@pytest.mark.parametrize("lines,title", [
    (["Trending Now | World", "Moscow airports shut as drones target the capital region",
      "Russia said its air defences intercepted 105 drones overnight, including 35 over the Moscow region."],
     "Moscow airports shut as drones target the capital region"),
    (["Top stories", "Russia says over 100 Ukrainian drones downed overnight", "Sunday, October 12, 2025 · 09:50",
      "By staff", "Russian air defences destroyed 121 Ukrainian drones overnight over seven regions, it said."],
     "Russia says over 100 Ukrainian drones downed overnight"),
    (["Houthis fire missiles at Israel; all intercepted, military says",
      "Sirens sounded in central Israel late on Friday as the group kept up its campaign",
      "Saturday, August 23, 2025", "The Israeli military said two missiles and a drone were intercepted on Friday night."],
     "Houthis fire missiles at Israel; all intercepted, military says"),
    (["Russia launched 40 drones at Kyiv overnight, the air force said on Friday, and most were shot down."], None),
])
def test_headline_detection(lines: list[str], title: str | None) -> None:
    text, found = clean_textpage("\n".join(lines))
    assert found == title
    assert "Trending" not in text and "Top stories" not in text


def test_ukrainian_page() -> None:
    doc = clean(raw(page("ua_page.txt").encode("utf-8"), "text/plain"))
    assert doc.language == "uk"
    assert doc.title == "Уночі росіяни атакували Україну 84 дронами: більшість збили над Київщиною"
    assert "повідомили у Повітряних силах." in doc.text
    assert "збито або подавлено 71 ворожий безпілотник" in doc.text
    assert "влучання 11 ударних БпЛА на шести локаціях" in doc.text
    for gone in ("Поділитися", "Читайте також", "Броварах", "Реклама", "Схожі новини", "Одесі", "20 дронами"):
        assert gone not in doc.text


def test_html_article() -> None:
    doc = clean(raw((PAGES / "article.html").read_bytes(), "text/html"))
    assert doc.title == "Russia fires 96 drones at Dnipro region overnight"
    assert doc.text.startswith(doc.title + "\n")
    assert doc.published == date(2025, 8, 21)
    assert "Air defences shot down 78 drones and one missile" in doc.text
    assert "mostly targeting the Dnipro region, Ukraine's air force said" in doc.text
    for gone in ("Advertisement", "glide bombs", "Odesa port", "Privacy", "Newsletter", "<p>"):
        assert gone not in doc.text


def test_published_argument_wins() -> None:
    doc = clean(raw((PAGES / "article.html").read_bytes()), published=date(2025, 8, 22))
    assert doc.published == date(2025, 8, 22)


def test_html_is_sniffed_without_media_type() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("\n  <html><p>x")
    assert not looks_like_html("Russia launched 40 drones <at> night.")


def test_title_is_prepended_when_missing_from_text() -> None:
    html = ("<html><head><title>Drones over Sumy</title></head><body><article>"
            + "<p>Russia launched 40 drones at the Sumy region overnight, the air force said on Monday.</p>" * 3
            + "</article></body></html>")
    text, title, _ = clean_html(html)
    assert title == "Drones over Sumy"
    assert text.split("\n")[0] == "Drones over Sumy"


# --- bad input, one kind each ------------------------------------------------------

@pytest.mark.parametrize("data,error,reason", [
    (b"", EmptyDocument, "empty file"),
    (b"  \n\t \r\n ", EmptyDocument, "empty file (only whitespace)"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, BinaryDocument, "binary file (looks like PNG image)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", BinaryDocument, "binary file (looks like PDF document)"),
    (b"PK\x03\x04\x14\x00", BinaryDocument, "binary file (looks like ZIP archive or Office document)"),
    (b"\x1f\x8b\x08\x00", BinaryDocument, "binary file (looks like gzip archive)"),
    (b"\x7fELF\x02\x01\x01", BinaryDocument, "binary file (looks like ELF executable)"),
    (b"Share\nAdvertisement\nComments\n", EmptyDocument, "no text after cleaning"),
])
def test_bad_input(data: bytes, error: type[InputError], reason: str) -> None:
    with pytest.raises(error) as caught:
        clean(raw(data))
    assert caught.value.reason == reason
    assert str(caught.value) == f"test: {reason}"


def test_random_binary_is_refused() -> None:
    data = os.urandom(4096) + b"\x00\x01\x02\x03"
    with pytest.raises(BinaryDocument, match="binary file"):
        clean(raw(data))


def test_undecodable_text_is_unreadable() -> None:
    with pytest.raises(UnreadableSource, match="encoding"):
        decode(bytes(range(0x80, 0x100)) * 4 + b"\x81\x8d\x8f\x90\x9d" * 50, "test")


def test_cp1251_ukrainian() -> None:
    text = "Уночі ворог атакував Україну 48 дронами. Сили ППО збили 36 з них, їхні уламки впали на Київщині."
    doc = clean(raw(text.encode("cp1251")))
    assert doc.text == text
    assert doc.language == "uk"


def test_latin1_and_cp1252_english() -> None:
    text = "The café owner said the naïve plan failed: 12 drones hit the depot overnight."
    assert clean(raw(text.encode("latin-1"))).text == text
    smart = "Russia’s army said “40 drones” were launched at Kyiv – officials disagreed."
    assert clean(raw(smart.encode("cp1252"))).text == smart


MIXED = "Russia launched 40 drones at Kyiv.\nУкраїна збила 35 з них."


@pytest.mark.parametrize("data", [
    MIXED.encode("utf-16"),
    codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"),
    MIXED.encode("utf-8-sig"),
    MIXED.encode("utf-32"),
], ids=["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_byte_order_marks(data: bytes) -> None:
    assert clean(raw(data)).text == MIXED


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    assert decode(MIXED.encode(codec), "test") == MIXED


def test_newlines_nul_and_invisible_characters() -> None:
    assert decode(b"one\r\ntwo\rthree\x00\nfo\xc2\xadur 5\xe2\x80\x8b438", "t") == "one\ntwo\nthree\nfour 5438"


def test_broken_html_does_not_crash() -> None:
    doc = clean(raw(b"<html><p>Russia launched 40 drones<div><b>"))
    assert "Russia launched 40 drones" in doc.text


@pytest.mark.parametrize("html", [
    b"<html><head><title>x</title><body><p>Russia launched 40 drones at Kyiv.<script>var a = '<p>';",
    b"<?xml version='1.0' encoding='utf-8'?><html><body><p>Russia launched 40 drones at Kyiv.</p>",
    b"<html>" + b"<div>" * 3000 + b"Russia launched 40 drones at Kyiv.",
    b"<html><p>Russia launched 40 drones at Kyiv.\x0b\x0c</p><!-- unclosed comment",
])
def test_malformed_html_keeps_the_sentence(html: bytes) -> None:
    doc = clean(raw(html, "text/html"))
    assert "Russia launched 40 drones at Kyiv." in doc.text
    assert "<" not in doc.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048), st.sampled_from([None, "text/html", "text/plain"]))
def test_any_bytes_clean_or_input_error(data: bytes, media_type: str | None) -> None:
    try:
        doc = clean(raw(data, media_type))
    except InputError:
        return
    assert isinstance(doc, CleanDocument)
    assert doc.text.strip()
    assert doc.language in ("en", "uk", "ru", "other")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600), st.sampled_from([None, "text/html"]))
def test_any_text_clean_or_input_error(text: str, media_type: str | None) -> None:
    try:
        clean(raw(text.encode("utf-8"), media_type))
    except InputError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Kyiv", "overnight in the capital", "'s", ".", "Related Articles", "13 minutes ago", "by Taboola",
    "Undo", "Russia launched 40 drones at Kyiv overnight, the air force said on Friday.", "",
    "- Time of India", "Share", "the", "Zelenskyy", "said on Friday", "Trending", "Read more:",
]), max_size=40))
def test_textpage_keeps_text_verbatim(lines: list[str]) -> None:
    """Whatever the mix, every output paragraph is built from input lines, in order."""
    text, _ = clean_textpage("\n".join(lines))
    assert "\n\n" not in text
    for paragraph in text.split("\n") if text else []:
        assert paragraph.replace(" ", "") in "".join(lines).replace(" ", "")


# --- language ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Russia launched 40 drones at Kyiv overnight.", "en"),
    ("Air defences shot down most of the drones.", "en"),
    ("Russia launches 40 drones", "en"),
    ("Уночі росія атакувала Україну 40 дронами.", "uk"),
    ("Сили ППО збили 36 ударних БпЛА.", "uk"),
    ("Ночью Россия атаковала Украину сорока беспилотниками.", "ru"),
    ("Силы ПВО сбили 36 ударных БПЛА.", "ru"),
    ("Ракета попала в дом", "ru"),  # no telling letters: lingua decides
    ("Die Armee hat in der Nacht 40 Drohnen abgeschossen und nicht mehr.", "other"),
    ("Les forces russes ont lancé 40 drones dans la nuit, selon l'armée de l'air.", "other"),
    ("12345 67", "other"),
])
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang




def test_html_metadata_comes_from_trafilatura() -> None:
    """Title and date from the page's metadata: fails if trafilatura cannot load (e.g. lxml_html_clean missing)."""
    html = (b'<html><head><title>Drones hit Odesa port</title>'
            b'<meta property="article:published_time" content="2025-07-04T08:10:00+03:00"></head>'
            b'<body><article><h1>Drones hit Odesa port</h1><p>Russia launched 40 drones at Odesa overnight, '
            b'the regional governor said, and air defences shot down 31 of them.</p></article></body></html>')
    doc = clean(raw(html, "text/html"))
    assert doc.title == "Drones hit Odesa port"
    assert doc.published is not None and doc.published.isoformat() == "2025-07-04"


def test_headline_followed_by_a_byline_is_the_title() -> None:
    """'by Anna Example' under the headline is a byline, not the rest of a broken headline line."""
    doc = clean(raw(page("byline_below_headline.txt").encode(), "text/plain"))
    assert doc.title == "Russia attacks Ukraine with 120 drones, 4 missiles overnight; 3 killed in Odesa"
    assert "810 drones" not in doc.text and "oil refinery" not in doc.text  # the related block is gone
    assert "Hits were recorded at nine locations, and debris fell at three." in doc.text


@pytest.mark.parametrize("page,title,furniture", [
    ("Home   World   Podcasts   Subscribe\n\nEurope | Ukraine | Energy\n\n"
     "Russia's winter strikes on the grid, month by month\n\n"
     "Like  ·  Save  ·  Share\n\n"
     "Russia sent more than 4,000 drones against Ukraine's power plants over the winter, officials said on Monday, "
     "and the grid operator expects more outages in the weeks to come.\n",
     "Russia's winter strikes on the grid, month by month", ("Subscribe", "Save")),
    # bars of bracketed links: "[Home] [War] [Politics]", "[Share on X] [Copy link]"
    ("Skip to main content\nCITY NEWS  —  news from the south\n"
     "[Home] [War] [Politics] [Economy] [Regions] [Donate]\n\n"
     "Russia attacks Ukraine with 82 drones overnight; Odesa region hit\n\n"
     "Dec 18, 2025, 10:21  |  Author: newsroom\n\n"
     "[Share on Facebook] [Share on X] [Copy link]\n\n"
     "Russia attacked Ukraine overnight with 82 attack drones, the Air Force said. Air defence shot down or "
     "suppressed 63 of them.\n",
     "Russia attacks Ukraine with 82 drones overnight; Odesa region hit", ("[Home]", "[Share on Facebook]")),
])
def test_a_menu_is_not_the_headline(page: str, title: str, furniture: tuple[str, ...]) -> None:
    text, found = clean_textpage(page)
    assert found == title
    assert not any(word in text for word in furniture)


def test_a_masthead_above_the_headline_is_dropped() -> None:
    page = ("The Daily Courier | Independent News From the Region\n\n"
            "Ukrainian drones set fire to a refinery near Saratov overnight\n\n"
            "A fire broke out at the refinery after an overnight drone attack, the regional governor said on Sunday, "
            "and flights at the city's airport were suspended for several hours.\n")
    text, title = clean_textpage(page)
    assert title == "Ukrainian drones set fire to a refinery near Saratov overnight"
    assert not text.startswith("The Daily Courier")


def test_an_appeal_under_the_menu_bars_is_not_the_headline() -> None:
    page = ("NEWS AGENCY  |  National News\nUkraine | War | Politics | Economy\nDonate to the army: verified funds\n\n"
            "Russia attacks Ukraine with 300 drones amid severe frost\n\n03.02.2026 10:58\n\n"
            "On the night of February 3, Russian troops attacked Ukraine with 300 attack drones, the air force said, "
            "and emergency power outages were introduced in most regions.\n")
    text, title = clean_textpage(page)
    assert title == "Russia attacks Ukraine with 300 drones amid severe frost"
    assert "Donate" not in text


def test_a_live_label_before_the_headline() -> None:
    page = ("LIVE | Russia sends more than 750 drones at Ukraine in daylight attack on western regions\n\n"
            "Wednesday 13 May 2026 — live coverage, latest posts first\n\n"
            "20:10 | The day in numbers\nUkraine's air force has published its summary of the daytime attack, the "
            "largest of its kind so far, with hundreds of drones over the west of the country.")
    text, title = clean_textpage(page)
    assert title == "LIVE | Russia sends more than 750 drones at Ukraine in daylight attack on western regions"
    assert text.startswith(title)


def test_also_on_the_site_starts_other_stories() -> None:
    page = ("Kharkiv theatre stages premiere 8 metres underground\n\nThe Kharkiv Academic Drama Theatre on Saturday "
            "premiered a new production in a former metro service hall converted into a 220-seat auditorium.\n\n"
            "ALSO ON KHARKIV TODAY\n› Air Force: 312 of 349 Russian drones downed over Ukraine last night")
    text, _ = clean_textpage(page)
    assert "312" not in text and "220-seat" in text


def test_a_consent_banner_anywhere_in_its_line_is_dropped() -> None:
    page_text = ("TRAVEL MAGAZINE\n\nAccept cookies? We use cookies for analytics and personalised ads. [Yes] [No]\n\n"
                 "🍪 We value your privacy. We use cookies to personalise content. [Accept] [Reject] [Preferences]\n\n"
                 "Record-breaking light show fills the night sky over the river\n\n"
                 "Organisers launched thousands of drones into the night sky on Saturday, creating the largest show ever "
                 "staged in the region, they said.")
    text, title = clean_textpage(page_text)
    assert title == "Record-breaking light show fills the night sky over the river"
    assert "cookies" not in text and "Organisers launched thousands of drones" in text


def test_a_posts_signature_line_is_no_menu() -> None:
    text, _ = clean_textpage("Ihor Terekhov | Kharkiv City Mayor\n22 February, 07:05\n\nKharkiv residents, a difficult "
                             "night. Our city was again among the targets of the enemy's attack.\n\nNews | World | Sport")
    assert text.startswith("Ihor Terekhov | Kharkiv City Mayor") and "News | World" not in text


def test_a_posts_author_line_above_its_headline_is_kept() -> None:
    page = ("Sumy Regional Military Administration\n4 February 2025, 08:40\n\nNight in Sumy region: summary\n\n"
            "Overnight, as part of another massive drone attack on Ukraine, the enemy sent 14 Shahed-type attack UAVs "
            "towards Sumy region. Air defence forces shot down 9 of them over the region.\n")
    text, title = clean_textpage(page)
    assert text.startswith("Sumy Regional Military Administration") and title == "Night in Sumy region: summary"
    masthead = page.replace("Sumy Regional Military Administration", "The Kyiv Courier")
    assert not clean_textpage(masthead)[0].startswith("The Kyiv Courier")


def test_a_breaking_news_ticker_above_the_headline_is_page_furniture() -> None:
    page = ("NEWSLINE\nNews  Ukraine  World  Business\nBREAKING: Israel and Iran exchange strikes for a third day\n\n"
            "Ukraine\nRussia attacks Ukraine with 194 air weapons overnight; hit recorded in Poltava region\n"
            "Sunday, June 15, 2025 - 10:21\n\nRussia struck Ukraine overnight with drones and missiles of several types, "
            "the Air Force said on Sunday morning.\n")
    body, title = clean_textpage(page)
    assert title == "Russia attacks Ukraine with 194 air weapons overnight; hit recorded in Poltava region"
    assert "Israel" not in body
