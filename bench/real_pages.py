"""HTML throughput on real news pages: skytally's whole HTML path against trafilatura alone.

    python bench/real_pages.py                 # every page, 5 passes
    python bench/real_pages.py --passes 20 --json

bench/throughput.py measures 10,000 synthetic pages whose HTML is little more than
the article (4-5 KB). Real news pages carry navigation, scripts, embeds and
related-story blocks: 14 KB to 2.8 MB each. trafilatura's cost grows with the
markup, skytally's own cost (cleaning the extracted text, extraction) with the
article, so the ratio on real pages is the one a user sees.

The pages are the real news pages (CNN, Time, Wired, Fox 13, cleveland.com,
Yahoo and others, in several languages) that newspaper4k ships in its source
distribution as test data. They are fetched from PyPI (the registry is the one
network this project can reach), checked against a pinned SHA-256 and unpacked
under bench/out/ (never committed: third-party pages). Pages that are redirects
or feeds rather than articles are left out.

Each page is timed in turn by both, on one CPU (CPU time of this thread), after
a warm-up pass:

* trafilatura alone: `bare_extraction` with the options skytally.clean.html uses;
* skytally: `skytally.pipeline.process` (decode, trafilatura, cleaning, language,
  extraction).

Target (issue 2): skytally's HTML path <= 1.5x trafilatura alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import TARGET_HTML_RATIO, machine, pin, trafilatura_work

from skytally.errors import InputError
from skytally.model import CleanDocument, RawDocument
from skytally.pipeline import process
from skytally.settings import Settings

SDIST = "newspaper4k-0.9.6.tar.gz"
SDIST_SHA256 = "a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e"
PAGES_IN_SDIST = "newspaper4k-0.9.6/tests/data/html/"
NOT_ARTICLES = ("meta_refresh", "sample_rss")  # a redirect stub and a feed
OUT = Path(__file__).resolve().parent / "out" / "real_pages"


def fetch_pages(out: Path = OUT) -> list[Path]:
    """The real pages, downloaded and unpacked once (pip talks to PyPI for us)."""
    sdist = out / SDIST
    if not sdist.exists():
        out.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
                        "newspaper4k==0.9.6", "-d", str(out)], check=True)
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise SystemExit(f"{sdist}: SHA-256 {digest} is not the pinned {SDIST_SHA256}")
    pages_dir = out / "html"
    if not pages_dir.is_dir():
        pages_dir.mkdir()
        with tarfile.open(sdist) as tar:
            for member in tar.getmembers():
                if member.isfile() and member.name.startswith(PAGES_IN_SDIST) and member.name.endswith(".html"):
                    (pages_dir / Path(member.name).name).write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]
    return sorted(p for p in pages_dir.glob("*.html") if not any(s in p.name for s in NOT_ARTICLES))


def measure(pages: list[Path], passes: int) -> dict:
    settings = Settings()
    trafilatura = trafilatura_work()
    raws = [RawDocument(p.name, p.read_bytes(), "text/html") for p in pages]
    rows = []
    for raw in raws:  # warm-up: imports, lexicons, caches
        trafilatura(raw)
        _process(raw, settings)
    clock = time.thread_time
    for raw in raws:
        alone = ours = 0.0
        for _ in range(passes):  # interleaved, so a busy moment hits both alike
            t0 = clock()
            trafilatura(raw)
            t1 = clock()
            doc = _process(raw, settings)
            t2 = clock()
            alone, ours = alone + t1 - t0, ours + t2 - t1
        rows.append({"page": raw.source, "kb": round(len(raw.data) / 1024, 1),
                     "language": doc.language if doc else None,
                     "article_kb": round(len(doc.text) / 1024, 1) if doc else None,
                     "trafilatura_ms": round(alone / passes * 1000, 2), "skytally_ms": round(ours / passes * 1000, 2),
                     "ratio": round(ours / alone, 3) if alone else None})
    total_alone = sum(r["trafilatura_ms"] for r in rows)
    total_ours = sum(r["skytally_ms"] for r in rows)
    return {"pages": len(rows), "passes": passes, "documents": len(rows) * passes,
            "trafilatura_ms_total": round(total_alone, 1), "skytally_ms_total": round(total_ours, 1),
            "ratio": round(total_ours / total_alone, 3), "worst_page_ratio": max(r["ratio"] for r in rows),
            "target_ratio": TARGET_HTML_RATIO, "rows": rows}


def _process(raw: RawDocument, settings: Settings) -> CleanDocument | None:
    """The cleaned page (its report is computed and dropped), or None for a page with no article text."""
    try:
        return process(raw, settings)[0]
    except InputError:
        return None


def render(result: dict) -> str:
    lines = [f"{'page':<28} {'KB':>7} {'text KB':>8} {'lang':>5} {'trafilatura ms':>15} {'skytally ms':>12} {'ratio':>6}"]
    for r in result["rows"]:
        lines.append(f"{r['page']:<28} {r['kb']:>7.0f} {r['article_kb'] or 0:>8.1f} {r['language'] or '-':>5} {r['trafilatura_ms']:>15.1f}"
                     f" {r['skytally_ms']:>12.1f} {r['ratio']:>6.2f}")
    verdict = "OK" if result["ratio"] <= TARGET_HTML_RATIO else "MISSED"
    lines.append(f"{result['pages']} real pages x {result['passes']} passes: skytally {result['skytally_ms_total']:.0f} ms,"
                 f" trafilatura alone {result['trafilatura_ms_total']:.0f} ms -> ratio {result['ratio']:.2f}"
                 f" (worst page {result['worst_page_ratio']:.2f}); target <= {TARGET_HTML_RATIO}: {verdict}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passes", type=int, default=5, help="times each page is extracted by each (default 5)")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the least busy one)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    cpu = pin(args.cpu)
    result = measure(fetch_pages(), args.passes)
    result["machine"] = machine(cpu)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
