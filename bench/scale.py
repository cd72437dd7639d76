"""Scale benchmark: ingest rate, serve start-up, answer latency through the real HTTP endpoint
against a constant-answer floor, peak memory, and 50 concurrent requests.

    python bench/scale.py ../shared/data --sizes 1000,10000,100000 [--database postgresql]

For each size: builds the corpus (bench/corpus.py) under --work, ingests it with `newsbot
ingest` into a fresh store (SQLite file, or a database of the PostgreSQL at --postgres-url),
starts `newsbot serve` in HTTP mode with a local Slack stand-in, sends signed slash commands
and times each from the request to its answer at the response_url; then the same for the
floor app (bench/floor_app.py).
"""

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, text

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.corpus import build, originals  # noqa: E402
from bench.grow import grow  # noqa: E402
from tests.slack_helpers import (  # noqa: E402
    SIGNING_SECRET,
    free_port,
    signed_post,
    slash_body,
    start_serve,
    stop,
    wait_until_healthy,
)
from tests.slack_standin import SlackStandIn  # noqa: E402

FORM = "application/x-www-form-urlencoded"
TAIL = 100_000  # articles a grown store gets by a real ingest
COMMANDS = ("/news", "/who", "/quotes")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def with_typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 1)
    return word[:at] + word[at + 1 :]  # a dropped letter


def queries(database_url: str, count: int, seed: int = 7) -> dict[str, list[str]]:
    """Questions a user of this corpus could ask: title words (some misspelt), actor names,
    quote topics and speakers."""
    rng = random.Random(seed)
    engine = create_engine(database_url)
    with engine.connect() as connection:
        titles = [
            row[0]
            for row in connection.execute(text("SELECT title FROM article ORDER BY id LIMIT 5000"))
        ]
        names = [
            row[0]
            for row in connection.execute(
                text(
                    "SELECT a.name FROM actor a JOIN mention m ON m.actor_id = a.id"
                    " WHERE a.kind = 'PER' GROUP BY a.name ORDER BY sum(m.count) DESC LIMIT 300"
                )
            )
        ]
        speakers = [
            row[0]
            for row in connection.execute(
                text(
                    "SELECT speaker FROM quote WHERE speaker <> '' GROUP BY speaker"
                    " ORDER BY count(*) DESC LIMIT 100"
                )
            )
        ]
    engine.dispose()
    news, quotes = [], []
    for _ in range(count):
        words = [w for w in re.findall(r"[a-z]{4,}", rng.choice(titles).lower())]
        picked = rng.sample(words, min(2, len(words))) or ["trade"]
        if rng.random() < 0.5:
            picked[0] = with_typo(picked[0], rng)
        news.append(" ".join(picked))
        quotes.append(rng.choice(speakers) if speakers and rng.random() < 0.5 else picked[-1])
    who = (
        [
            rng.choice(names).split()[-1] if rng.random() < 0.5 else rng.choice(names)
            for _ in range(count)
        ]
        if names
        else ["baker"] * count
    )
    return {"/news": news, "/who": who, "/quotes": quotes}


class Client:
    def __init__(self, port: int, slack: SlackStandIn) -> None:
        self.url = f"http://127.0.0.1:{port}/slack/events"
        self.slack = slack
        self.counter = 0
        self.lock = threading.Lock()

    def ask(self, command: str, query: str, timeout: float = 30.0) -> tuple[float, float]:
        """(ack seconds, answer seconds) of one signed slash command."""
        with self.lock:
            self.counter += 1
            name = f"q{self.counter}"
        sent = time.monotonic()
        reply = signed_post(
            self.url, slash_body(command, query, self.slack.response_url(name)), FORM
        )
        if reply.status != 200:
            raise RuntimeError(f"{command} {query!r}: HTTP {reply.status}")
        path = f"/respond/{name}"
        deadline = sent + timeout
        while time.monotonic() < deadline:
            arrived = [c for c in self.slack.sent("response_url") if c.path == path]
            if arrived:
                return reply.seconds, arrived[0].at - sent
            time.sleep(0.002)
        raise RuntimeError(f"{command} {query!r}: no answer within {timeout} s")


def latencies(client: Client, questions: dict[str, list[str]]) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    for command in COMMANDS:
        results[command] = [client.ask(command, q)[1] for q in questions[command]]
        client.slack.clear()
    return results


def concurrent(client: Client, questions: dict[str, list[str]], clients: int = 50) -> dict:
    outcomes: list = []
    lock = threading.Lock()

    def one(index: int) -> None:
        command = COMMANDS[index % 3]
        try:
            result = client.ask(command, questions[command][index % len(questions[command])])
        except Exception as err:  # noqa: BLE001 (counted as an error)
            result = err
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=one, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    answered = [o for o in outcomes if isinstance(o, tuple)]
    client.slack.clear()
    return {
        "errors": len(outcomes) - len(answered),
        "max_ack": max((a for a, _ in answered), default=float("nan")),
        "p95_answer": percentile([b for _, b in answered], 0.95) if answered else float("nan"),
    }


def peak_memory_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024


def fresh_store(args, size: int) -> str:
    if args.database == "sqlite":
        path = args.work / f"store-{size}.db"
        for leftover in args.work.glob(f"store-{size}.db*"):
            leftover.unlink()
        return f"sqlite:///{path}"
    name = f"newsbot_bench_{size}"
    with psycopg.connect(args.postgres_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    base = args.postgres_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}"


def ingest(corpus: Path, database_url: str, work: Path) -> float:
    """Articles per second of `newsbot ingest` (it saves the search indexes at the end)."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(corpus)],
        check=True,
        cwd=work,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
    )
    return sum(1 for _ in corpus.glob("*.txt")) / (time.monotonic() - started)


def grown_store(args, size: int) -> tuple[str, float, float]:
    """A store of `size` articles made from the --grow-from store (bench/grow.py) but for its
    last TAIL articles, which are ingested for real. Returns its URL, that ingest's rate and
    the first start's time to ready (the index file built, not read)."""
    base = args.work / f"store-{args.grow_from}.db"
    path = args.work / f"store-{size}.db"
    for leftover in args.work.glob(f"store-{size}.db*"):
        leftover.unlink()
    shutil.copy(base, path)
    grow(path, args.grow_from, size - TAIL, len(originals(args.data)))
    database_url = f"sqlite:///{path}"
    cold = time_to_ready(args, database_url)
    tail = args.work / f"corpus-{size}-tail"
    if not tail.exists():
        build(args.data, tail, TAIL, start=size - TAIL)
    return database_url, ingest(tail, database_url, args.work), cold


def time_to_ready(args, database_url: str) -> float:
    """Seconds from starting `serve` to its first healthy answer."""
    port = free_port()
    slack = SlackStandIn().start()
    started = time.monotonic()
    env = {**serve_settings(slack), "DATABASE_URL": database_url, "PORT": str(port)}
    process = start_serve(env, args.work)
    try:
        wait_until_healthy(port, process, timeout=1800)
        return time.monotonic() - started
    finally:
        stop(process)
        slack.stop()


def serve_settings(slack: SlackStandIn) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack.api_url,
        "SLACK_APP_TOKEN": "",
        "DIGEST_CHANNEL": "",
    }


def run_size(args, size: int) -> dict:
    cold = float("nan")
    if args.grow_from and size > args.grow_from:
        database_url, ingest_rate, cold = grown_store(args, size)
    elif args.keep_store:  # measure answers on the store of an earlier run
        database_url, ingest_rate = f"sqlite:///{args.work / f'store-{size}.db'}", float("nan")
    else:
        corpus = args.work / f"corpus-{size}"
        if not corpus.exists():
            build(args.data, corpus, size)
        database_url = fresh_store(args, size)
        ingest_rate = ingest(corpus, database_url, args.work)
    if args.database == "sqlite" and cold != cold:  # the first start, without the index file
        for saved in args.work.glob(f"store-{size}.db.index-*"):
            saved.unlink()
        cold = time_to_ready(args, database_url)
    questions = queries(database_url, args.requests)
    slack = SlackStandIn().start()
    common = serve_settings(slack)
    port = free_port()
    started = time.monotonic()
    process = start_serve({**common, "DATABASE_URL": database_url, "PORT": str(port)}, args.work)
    try:
        wait_until_healthy(port, process, timeout=1800)
        ready = time.monotonic() - started
        client = Client(port, slack)
        answers = latencies(client, questions)
        load = concurrent(client, questions)
        memory = peak_memory_mb(process.pid)
    finally:
        stop(process)
    floor_port = free_port()
    floor = subprocess.Popen(
        [sys.executable, str(REPO / "bench" / "floor_app.py")],
        cwd=REPO,
        env={**os.environ, **common, "PORT": str(floor_port)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_healthy(floor_port, floor)
        floor_answers = latencies(Client(floor_port, slack), questions)
    finally:
        stop(floor)
        slack.stop()
    return {
        "size": size,
        "ingest": ingest_rate,
        "cold": cold,
        "ready": ready,
        "memory": memory,
        "answers": answers,
        "floor": floor_answers,
        "load": load,
    }


def report(results: list[dict]) -> None:
    print(
        "| articles | ingest /s | ready s, no index file | ready s | peak RSS MB | command "
        "| p50 ms | p95 ms | p99 ms | floor p95 ms | p95 / floor "
        "| 50 concurrent: errors, max ack s, p95 s |"
    )
    print("|" + " --- |" * 12)
    for r in results:
        for index, command in enumerate(COMMANDS):
            values = [v * 1000 for v in r["answers"][command]]
            floor = percentile([v * 1000 for v in r["floor"][command]], 0.95)
            p95 = percentile(values, 0.95)
            head = (
                f"| {r['size']:,} | {r['ingest']:.0f} | {r['cold']:.1f} | {r['ready']:.1f} "
                f"| {r['memory']:.0f} "
                if index == 0
                else "| | | | | "
            )
            load = r["load"]
            tail = (
                f"{load['errors']}, {load['max_ack']:.2f}, {load['p95_answer']:.2f} |"
                if index == 0
                else " |"
            )
            print(
                f"{head}| {command} | {statistics.median(values):.0f} | {p95:.0f} | "
                f"{percentile(values, 0.99):.0f} | {floor:.0f} | {p95 / floor:.1f} | {tail}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", type=Path)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsbot-bench"))
    parser.add_argument("--requests", type=int, default=200, help="per command and size")
    parser.add_argument("--database", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument(
        "--keep-store",
        action="store_true",
        help="reuse the SQLite stores of an earlier run (no ingest figure)",
    )
    parser.add_argument(
        "--grow-from",
        type=int,
        default=0,
        help="make a larger size's store from this size's SQLite store (bench/grow.py) and "
        f"ingest only its last {TAIL:,} articles",
    )
    parser.add_argument("--postgres-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    args.data = args.data.resolve()
    results = [run_size(args, int(size)) for size in args.sizes.split(",")]
    report(results)


if __name__ == "__main__":
    main()
