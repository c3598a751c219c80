"""API latency: p50/p95 of /api/attacks and /api/stats with 100,000 attacks stored.

    python bench/api.py                       # 100,000 attacks, 500 requests per endpoint
    python bench/api.py --attacks 5000 --requests 200 --db /tmp/small.db

1. Builds the store directly through the library (`Store.add_many`, then
   `reconcile_pending`): synthetic reports, one document per attack and a second,
   disagreeing one for every tenth attack (so attacks carry conflicts), every figure
   with true evidence offsets. Ten attacker/target pairs over ~27 years of nights give
   100,000 distinct attacks. The database is kept (`--db`) and reused when it already
   holds the attacks asked for.
2. Starts `skytally serve` on 127.0.0.1 in a subprocess and waits for it to answer.
3. From this (second) process, sends sequential requests with httpx over one keep-alive
   connection: a warm-up, then `--requests` timed requests per scenario:
     attacks first page      GET /api/attacks
     attacks filtered        GET /api/attacks with a random date window, target, region
                             and min_launched (a different query every time: no cache helps)
     attacks deep page       GET /api/attacks?offset=random
     stats by month          GET /api/stats?by=month (class varies): the usual call, computed
                             once per change of the store and kept
     stats, filtered         GET /api/stats?by=month&target=UA with a random date window:
                             computed afresh by every request
     attack detail           GET /api/attacks/{random id}
   The first /api/stats request after start is timed on its own (cold: the aggregate is
   computed, later ones reuse it until the store changes).
Prints a Markdown table and writes bench/out/api.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).parent
PAIRS = (("RU", "UA"), ("UA", "RU"), ("RU", "PL"), ("IR", "IL"), ("BY", "UA"),
         ("RU", "MD"), ("KP", "KR"), ("YE", "IL"), ("RU", "LT"), ("IL", "IR"))
NAMES = {"RU": "Russia", "UA": "Ukraine", "PL": "Poland", "IR": "Iran", "IL": "Israel", "BY": "Belarus",
         "MD": "Moldova", "KP": "North Korea", "KR": "South Korea", "YE": "Yemen", "LT": "Lithuania"}
UA_REGIONS = ("UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30",
              "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59",
              "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77")
START = date(1999, 1, 1)


class _Text:
    """A text built piece by piece; figures remember where their words are."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> tuple[int, int, str]:
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size, text

    def __str__(self) -> str:
        return "".join(self.parts)


def synthetic(i: int, rng: random.Random, second: bool = False):
    """The i-th synthetic document and its report (a second, disagreeing one when `second`)."""
    from skytally.model import (
        Attack,
        CleanDocument,
        DocumentInfo,
        Evidence,
        Figure,
        Report,
    )

    attacker, target = PAIRS[i % len(PAIRS)]
    day = (START + timedelta(days=i // len(PAIRS))).isoformat()
    drones, missiles = rng.randrange(10, 700), rng.randrange(0, 60)
    if second:
        drones += rng.randrange(1, 20)
    down_d, down_m = rng.randrange(drones // 2, drones + 1), rng.randrange(0, missiles + 1)
    lost = rng.randrange(0, drones - down_d + 1)
    hit_d = drones - down_d - lost
    t = _Text()
    attack = Attack(date=day, attacker=attacker, target=target)

    def fig(words: str) -> Figure:
        start, end, text = t.add(words)
        return Figure(int(words.split()[0]), "exact", Evidence(start, end, text))

    t.add(f"{'Update: ' if second else ''}On the night to {day}, {NAMES[attacker]} launched ")
    attack.launched.total = fig(f"{drones + missiles} drones and missiles")
    t.add(", among them ")
    attack.launched.drones = fig(f"{drones} drones")
    t.add(" and ")
    attack.launched.missiles = fig(f"{missiles} missiles")
    t.add(f" at {NAMES[target]}. Air defence shot down ")
    attack.destroyed.drones = fig(f"{down_d} drones")
    t.add(" and ")
    attack.destroyed.missiles = fig(f"{down_m} missiles")
    t.add("; another ")
    attack.suppressed.drones = fig(f"{lost} drones")
    t.add(" were lost from radar. ")
    if hit_d:
        attack.hits.drones = fig(f"{hit_d} drones")
        t.add(" hit ")
        attack.hits.locations = fig(f"{rng.randrange(1, 20)} locations")
        t.add(". ")
    if rng.random() < 0.3:
        attack.killed = fig(f"{rng.randrange(1, 12)} people")
        t.add(" were killed. ")
    if target == "UA":
        attack.regions = sorted(rng.sample(UA_REGIONS, rng.randrange(1, 6)))
        t.add("Regions affected: " + ", ".join(attack.regions) + ".")
    text = str(t)
    source = f"synthetic/{'agency' if second else 'statement'}/{i:06d}.txt"
    clean = CleanDocument(source, text, f"Night attack {day}", date.fromisoformat(day), "en")
    return clean, Report(DocumentInfo(clean.id, source, clean.title, day, "en"), [attack])


def build(db: str, n: int, seed: int = 7) -> dict:
    """A store with `n` synthetic attacks (reused when it already has them)."""
    from skytally.store import open_store, reconcile_pending

    store = open_store(db)
    try:
        have = store.counts()["attacks"]
        if have == n:
            return {"reused": True, "attacks": n}
        if have:
            raise SystemExit(f"{db} holds {have} attacks, not {n}: remove it or pass another --db")
        rng = random.Random(seed)
        t0 = time.perf_counter()
        batch = []
        for i in range(n):
            batch.append((*synthetic(i, rng), None))
            if i % 10 == 0:
                batch.append((*synthetic(i, rng, second=True), None))
            if len(batch) >= 2000:
                store.add_many(batch)
                batch = []
        if batch:
            store.add_many(batch)
        t1 = time.perf_counter()
        reconcile_pending(store, chunk=1000)
        t2 = time.perf_counter()
        return {"reused": False, "attacks": store.counts()["attacks"], "add_s": round(t1 - t0, 1),
                "reconcile_s": round(t2 - t1, 1)}
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve_command() -> list[str]:
    """`skytally serve` when the CLI has it, else the serve package's own entry point."""
    exe = shutil.which("skytally", path=str(Path(sys.executable).parent))
    if exe:
        probe = subprocess.run([exe, "serve", "--help"], capture_output=True, check=False)
        if probe.returncode == 0:
            return [exe, "serve"]
    return [sys.executable, "-m", "skytally.serve"]


def start_server(db: str, port: int) -> tuple[subprocess.Popen, float]:
    try:
        import httpx2 as httpx
    except ImportError:  # the older name
        import httpx
    t0 = time.perf_counter()
    proc = subprocess.Popen([*serve_command(), "--db", db, "--port", str(port), "--host", "127.0.0.1"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api", timeout=2).status_code == 200:
                return proc, time.perf_counter() - t0
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not answer within 600 s")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def timed(client, urls: list[str]) -> list[float]:
    out = []
    for url in urls:
        t0 = time.perf_counter()
        r = client.get(url)
        out.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"{url}: {r.status_code} {r.text[:300]}")
    return out


def scenarios(n: int, requests: int, ids: list[str], rng: random.Random) -> dict[str, list[str]]:
    days = n // len(PAIRS)

    def window() -> str:
        a = rng.randrange(days)
        lo = START + timedelta(days=a)
        hi = lo + timedelta(days=rng.randrange(30, 3000))
        return f"date_from={lo.isoformat()}&date_to={hi.isoformat()}"

    filtered = []
    for k in range(requests):
        parts = [window(), "target=UA"]
        if k % 2:
            parts.append(f"region={rng.choice(UA_REGIONS)}")
        parts.append(f"min_launched={rng.randrange(0, 600)}")
        filtered.append("/api/attacks?" + "&".join(parts))
    return {
        "attacks first page": ["/api/attacks"] * requests,
        "attacks filtered": filtered,
        "attacks deep page": [f"/api/attacks?offset={rng.randrange(n - 100)}" for _ in range(requests)],
        "stats by month": [f"/api/stats?by=month&class={rng.choice(['all', 'drones', 'missiles'])}"
                           for _ in range(requests)],
        "stats by month, filtered (uncached)": [f"/api/stats?by=month&target=UA&{window()}"
                                                for _ in range(requests)],
        "attack detail": [f"/api/attacks/{rng.choice(ids)}" for _ in range(requests)],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--attacks", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--db", default=None, help="SQLite file (default /tmp/skytally-bench-api-N.db)")
    args = parser.parse_args()
    try:
        import httpx2 as httpx
    except ImportError:  # the older name
        import httpx

    db = args.db or f"/tmp/skytally-bench-api-{args.attacks}.db"
    built = build(db, args.attacks)
    print(f"store: {built}", file=sys.stderr)
    port = free_port()
    proc, startup = start_server(db, port)
    results: dict = {"attacks": args.attacks, "requests_per_scenario": args.requests, "store": built,
                     "server_start_s": round(startup, 2), "cpus": os.cpu_count(), "scenarios": {}}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            t0 = time.perf_counter()
            client.get("/api/stats?by=month").raise_for_status()
            results["stats_cold_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            ids = [a["id"] for a in client.get("/api/attacks?limit=500").json()["attacks"]]
            rng = random.Random(11)
            plan = scenarios(args.attacks, args.requests, ids, rng)
            timed(client, [u for urls in plan.values() for u in urls[:20]])  # warm-up
            for name, urls in plan.items():
                ms = timed(client, urls)
                results["scenarios"][name] = {"p50_ms": round(statistics.median(ms), 2),
                                              "p95_ms": round(percentile(ms, 95), 2),
                                              "p99_ms": round(percentile(ms, 99), 2),
                                              "mean_ms": round(statistics.fmean(ms), 2)}
            rss = _rss_mb(proc.pid)
            if rss:
                results["server_rss_mb"] = rss
    finally:
        proc.terminate()
        proc.wait(10)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "api.json").write_text(json.dumps(results, indent=1) + "\n")
    print(f"| endpoint ({args.attacks:,} attacks, {args.requests} sequential requests) | p50 ms | p95 ms | p99 ms |")
    print("|---|---:|---:|---:|")
    for name, r in results["scenarios"].items():
        print(f"| {name} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} |")
    print(f"\nserver start (index built) {results['server_start_s']} s; first /api/stats {results['stats_cold_ms']} ms; "
          f"server memory {results.get('server_rss_mb', '?')} MB")


def _rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


if __name__ == "__main__":
    main()
