"""Extraction throughput on one core: documents/s, MB/s and memory, text and HTML.

    python bench/throughput.py                   # 10,000 text + 10,000 HTML documents
    python bench/throughput.py --n 2000 --json   # machine-readable
    python bench/throughput.py --n 500 --profile 25   # plus cProfile's top 25 functions

Everything runs in one process pinned to one CPU (the least busy one, or --cpu). Documents come from
bench/make_corpus.py (synthetic 3-5 KB news pages, a fifth of them negatives) and
are generated lazily, so the corpus itself never sits in memory: what the RSS
column shows is the pipeline's own footprint. Only the calls to
`skytally.pipeline.process` are timed (generation is not), after a warm-up that
loads the lexicons and trafilatura. Rates are per CPU-second of the benchmark's
thread, so another job on the machine does not halve them; wall-clock rates are
printed next to them.

Three runs over the same documents:

1. text: RawDocument(media_type="text/plain") -> process()
2. HTML: RawDocument(media_type="text/html")  -> process()
3. trafilatura alone on the HTML pages, with the options skytally.clean.html uses;
   the ratio HTML time / trafilatura time is how much skytally adds on top.

Targets: >= 500 docs/s on 3-5 KB text per core; HTML <= 1.5x trafilatura alone;
memory flat (the RSS at 10k documents close to the RSS at 1k).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_corpus import generate

from skytally.model import RawDocument
from skytally.pipeline import process
from skytally.settings import Settings

TARGET_TEXT_DOCS_PER_S = 500
TARGET_HTML_RATIO = 1.5
TARGET_RSS_GROWTH_MB = 20  # "flat": RSS grows less than this between the first and last checkpoint
CHECKPOINTS = (1_000, 5_000, 10_000)
WARMUP = 50
MEDIA_TYPES = {"text": "text/plain", "html": "text/html"}
# The options skytally.clean.html._trafilatura passes (kept in step with it by hand).
TRAFILATURA_OPTIONS = {"with_metadata": True, "include_comments": False, "include_tables": True,
                       "include_images": False, "include_links": False}


def machine(cpu: int | None) -> dict:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "cpu_model": model, "python": platform.python_version(),
            "platform": platform.platform(), "pinned_cpu": cpu,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def pin(cpu: int | None) -> int | None:
    """Run on one CPU: `cpu`, or the least busy one (other benchmarks may hold CPU 0)."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    if cpu is None:
        cpu = min(allowed, key=lambda c: (_busy(c), c)) if len(allowed) > 1 else min(allowed)
    os.sched_setaffinity(0, {cpu})
    return cpu


def _busy(cpu: int, interval: float = 0.5) -> float:
    """Share of the last `interval` seconds that `cpu` was busy, from /proc/stat (0 if unknown)."""
    def sample() -> tuple[int, int]:
        for line in Path("/proc/stat").read_text().splitlines():
            if line.startswith(f"cpu{cpu} "):
                ticks = [int(x) for x in line.split()[1:]]
                return sum(ticks), ticks[3] + ticks[4]  # total, idle + iowait
        return 0, 0

    try:
        (total0, idle0), _ = sample(), time.sleep(interval)
        total1, idle1 = sample()
    except OSError:
        return 0.0
    return 1 - (idle1 - idle0) / (total1 - total0) if total1 > total0 else 0.0


def rss_mb() -> float:
    """Resident memory now (not the peak), from /proc; falls back to the peak."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB elsewhere


def documents(n: int, seed: int, kind: str) -> Iterator[RawDocument]:
    for name, content in generate(n, seed, kind):
        yield RawDocument(name, content.encode("utf-8"), MEDIA_TYPES[kind])


def run(label: str, n: int, seed: int, kind: str, work: Callable[[RawDocument], object],
        trace: bool) -> dict:
    """Time `work` on each of `n` documents; a row of figures at every checkpoint.

    Rates are per CPU-second of this thread (what one core does, even when other
    processes share the machine); wall-clock seconds are reported next to them.
    """
    checkpoints = sorted({c for c in CHECKPOINTS if c < n} | {n})
    cpu = wall = 0.0
    size = 0
    rows = []
    if trace:
        tracemalloc.start()
    cpu_clock, wall_clock = time.thread_time, time.perf_counter
    for done, raw in enumerate(documents(n, seed, kind), 1):
        wall_start, cpu_start = wall_clock(), cpu_clock()
        work(raw)
        cpu += cpu_clock() - cpu_start
        wall += wall_clock() - wall_start
        size += len(raw.data)
        if done in checkpoints:
            row = {"docs": done, "cpu_seconds": round(cpu, 3), "wall_seconds": round(wall, 3),
                   "docs_per_s": round(done / cpu, 1), "mb_per_s": round(size / 2**20 / cpu, 3),
                   "wall_docs_per_s": round(done / wall, 1),
                   "rss_mb": round(rss_mb(), 1), "peak_rss_mb": round(peak_rss_mb(), 1)}
            if trace:
                row["traced_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
            rows.append(row)
            print(f"  {label:<12} {done:>7,} docs  {row['docs_per_s']:>8.1f} docs/s  {row['mb_per_s']:>6.2f} MB/s"
                  f"  (wall {row['wall_docs_per_s']:>7.1f} docs/s)  rss {row['rss_mb']:>6.1f} MB"
                  f"  peak {row['peak_rss_mb']:>6.1f} MB"
                  + (f"  traced peak {row['traced_peak_mb']:.1f} MB" if trace else ""), file=sys.stderr)
    if trace:
        tracemalloc.stop()
    last = rows[-1]
    return {"docs": n, "bytes": size, "avg_kb": round(size / n / 1024, 2), "seconds": last["cpu_seconds"],
            "wall_seconds": last["wall_seconds"], "docs_per_s": last["docs_per_s"], "mb_per_s": last["mb_per_s"],
            "wall_docs_per_s": last["wall_docs_per_s"],
            "rss_growth_mb": round(last["rss_mb"] - rows[0]["rss_mb"], 1), "checkpoints": rows}


def skytally_work(settings: Settings) -> Callable[[RawDocument], object]:
    return lambda raw: process(raw, settings)


def trafilatura_work() -> Callable[[RawDocument], object]:
    import logging

    from trafilatura import bare_extraction

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # as skytally does
    return lambda raw: bare_extraction(raw.data.decode("utf-8"), **TRAFILATURA_OPTIONS)


def warm_up(settings: Settings, with_trafilatura: bool) -> None:
    """Imports, lexicons and caches load here, not inside the timed runs."""
    for kind in ("text", "html"):
        for raw in documents(WARMUP, 10_000 + 1, kind):
            process(raw, settings)
            if with_trafilatura and kind == "html":
                trafilatura_work()(raw)


def profile(n: int, seed: int, settings: Settings, top: int) -> dict[str, str]:
    """cProfile's top functions (by own time and by cumulative time) for each path."""
    out = {}
    for kind in ("text", "html"):
        docs = list(documents(n, seed, kind))
        profiler = cProfile.Profile()
        profiler.enable()
        for raw in docs:
            process(raw, settings)
        profiler.disable()
        for sort in ("tottime", "cumulative"):
            buffer = io.StringIO()
            stats = pstats.Stats(profiler, stream=buffer)
            stats.sort_stats(sort).print_stats(top)
            out[f"{kind}_{sort}"] = _trim_stats(buffer.getvalue())
    return out


def _trim_stats(text: str) -> str:
    """pstats output from the column header on, site-packages paths shortened."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    keep = [line for line in lines[start:] if line.strip()]
    prefix = str(Path(sys.prefix))
    return "\n".join(line.replace(prefix + "/lib/python3.11/site-packages/", "")
                     .replace(str(Path(__file__).resolve().parents[1]) + "/", "") for line in keep)


def verdicts(results: dict) -> dict:
    text, html = results["text"], results["html"]
    out = {
        "text_docs_per_s": {"value": text["docs_per_s"], "target": f">= {TARGET_TEXT_DOCS_PER_S}",
                            "ok": text["docs_per_s"] >= TARGET_TEXT_DOCS_PER_S},
        "memory_flat": {"value": max(text["rss_growth_mb"], html["rss_growth_mb"]),
                        "target": f"RSS growth < {TARGET_RSS_GROWTH_MB} MB from first to last checkpoint",
                        "ok": max(text["rss_growth_mb"], html["rss_growth_mb"]) < TARGET_RSS_GROWTH_MB},
    }
    if "trafilatura" in results:
        ratio = round(html["seconds"] / results["trafilatura"]["seconds"], 2)
        results["html_over_trafilatura"] = ratio
        out["html_vs_trafilatura"] = {"value": ratio, "target": f"<= {TARGET_HTML_RATIO}",
                                      "ok": ratio <= TARGET_HTML_RATIO}
    return out


def print_summary(results: dict) -> None:
    m = results["machine"]
    print(f"machine: {m['nproc']} CPUs, {m['cpu_model']}, Python {m['python']} (pinned to CPU {m['pinned_cpu']}, "
          f"load average {m['load_average'][0]} at start)")
    print(f"{'run':<14}{'docs':>8}{'avg KB':>8}{'CPU s':>9}{'docs/s':>9}{'MB/s':>7}{'wall s':>9}"
          f"{'wall docs/s':>13}{'RSS growth':>12}")
    for name in ("text", "html", "trafilatura"):
        if name in results:
            r = results[name]
            print(f"{name:<14}{r['docs']:>8,}{r['avg_kb']:>8.2f}{r['seconds']:>9.2f}{r['docs_per_s']:>9.1f}"
                  f"{r['mb_per_s']:>7.2f}{r['wall_seconds']:>9.2f}{r['wall_docs_per_s']:>13.1f}"
                  f"{r['rss_growth_mb']:>9.1f} MB")
    print("targets:")
    for name, v in results["targets"].items():
        print(f"  {name:<22} {v['value']!s:>8}  target {v['target']:<55} {'OK' if v['ok'] else 'MISSED'}")
    for name, text in results.get("profile", {}).items():
        print(f"\nprofile {name}:\n{text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="documents per run (default 10,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura-alone run")
    parser.add_argument("--cpu", type=int, help="CPU to pin to (default: the least busy one)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python allocations (slow)")
    parser.add_argument("--profile", type=int, metavar="TOP", default=0,
                        help="after the runs, profile 1,000 documents per path and print the TOP functions")
    args = parser.parse_args(argv)

    results: dict = {"machine": machine(pin(args.cpu)), "n": args.n, "seed": args.seed}
    settings = Settings()
    warm_up(settings, not args.no_trafilatura)
    results["text"] = run("text", args.n, args.seed, "text", skytally_work(settings), args.tracemalloc)
    results["html"] = run("html", args.n, args.seed, "html", skytally_work(settings), args.tracemalloc)
    if not args.no_trafilatura:
        results["trafilatura"] = run("trafilatura", args.n, args.seed, "html", trafilatura_work(), args.tracemalloc)
    results["targets"] = verdicts(results)
    if args.profile:
        results["profile"] = profile(min(args.n, 1_000), args.seed + 1, settings, args.profile)
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_summary(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
