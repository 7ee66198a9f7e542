#!/usr/bin/env python
"""Measure the core journey on the bench database: the officers' inbox and filing reports through the API.

    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/lapor_bench

(a) Inbox latency: finds the government (province or regency/city) and the OPD with the most open
    reports in their subtree, plus the national admin; creates a bench admin for each; times
    `selectors.inbox(viewer, filters)[:25]` (a fresh Viewer each time, as in a request) N times for
    the default first page and with filters; prints p50/p95/p99 and EXPLAIN ANALYZE of the main query.
    Also times `inbox_counts` (the status chips of the inbox page) and, over HTTP, the page /petugas/.
(b) API throughput: starts gunicorn on 127.0.0.1 against the same database (DEBUG=0), sends
    POST /api/v1/reports with realistic JSON from an asyncio client on keep-alive connections, for a
    bounded number of requests or seconds, and prints requests/s, latency percentiles and errors.

Everything stops by itself: the server is stopped in `finally`, every wait has a timeout.
"""

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import (  # noqa: E402
    BENCH_VAR_DIR,
    DEFAULT_DATABASE_URL,
    ROOT,
    bench_environ,
    percentile,
    setup_django,
    summary_ms,
)

BENCH_ADMIN_PREFIX = "bench-admin-"


# --- the machine --------------------------------------------------------------------------------


def cpu_times() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat (0, 0 where there is none)."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def process_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if ppid == pid:
                found.append(int(entry.name))
    return found


def database_backends() -> list[int]:
    """Server processes of the bench database (the app's persistent connections), to count their CPU."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        return [row[0] for row in cursor.fetchall()]


class CpuMeter:
    """CPU seconds used by the server, its database connections and this client while a block runs.

    On a shared machine the wall-clock throughput depends on what else runs; the CPU cost of one
    request does not, and 2 cores divided by it is the throughput this code can reach here.
    """

    def __init__(self, server_pid: int):
        self.server_pid = server_pid

    def sample(self, backends: list[int]) -> dict[str, float]:
        workers = [self.server_pid, *children_of(self.server_pid)]
        return {
            "server": sum(process_cpu_seconds(p) for p in workers),
            "client": sum(os.times()[:2]),
            **{f"db:{pid}": process_cpu_seconds(pid) for pid in backends},
        }

    def __enter__(self):
        self.before = self.sample(database_backends())
        return self

    def __exit__(self, *exc):
        # Connections opened during the load count in full; those that closed meanwhile are lost (rare
        # with persistent connections).
        after = self.sample(database_backends())
        used = {k: v - self.before.get(k, 0.0) for k, v in after.items()}
        self.used = {
            "server": used["server"],
            "database": sum(v for k, v in used.items() if k.startswith("db:")),
            "client": used["client"],
        }
        return False


class Phase:
    """Prints how busy the machine was during a measurement: other work on it skews the figures."""

    def __init__(self, name: str, wait_quiet: float = 0, threshold: float = 1.0):
        self.name, self.wait_quiet, self.threshold = name, wait_quiet, threshold

    def __enter__(self):
        deadline = time.monotonic() + self.wait_quiet
        while self.wait_quiet and time.monotonic() < deadline and float(load_average().split()[0]) > self.threshold:
            time.sleep(5)
        self.load = load_average()
        self.busy0, self.total0 = cpu_times()
        return self

    def __exit__(self, *exc):
        busy, total = cpu_times()
        share = 100 * (busy - self.busy0) / max(1, total - self.total0)
        print(f"   [{self.name}: load average before {self.load}; all CPUs {share:.0f} % busy during it]")
        return False


# --- (a) the inbox ------------------------------------------------------------------------------


def open_counts_by_subtree():
    """{agency path: open reports in its subtree}, from one GROUP BY over the open reports."""
    from django.db.models import Count

    from lapor.reports.models import OPEN_STATUSES, Report

    by_path = Counter()
    rows = Report.objects.filter(status__in=OPEN_STATUSES).values("agency_path").annotate(n=Count("id")).order_by()
    for row in rows:
        path = row["agency_path"]
        if not path:
            continue
        parts = path.strip("/").split("/")
        for depth in range(1, len(parts) + 1):
            by_path["/" + "/".join(parts[:depth]) + "/"] += row["n"]
    return by_path


def subtree_total(path: str) -> int:
    from lapor.reports.models import Report

    return Report.objects.filter(agency_path__startswith=path).count()


def pick_cases(limit_government: int = 1):
    """The agencies to measure: the largest government, the largest regency/city, the largest OPD, national."""
    from lapor.agencies.models import Agency

    counts = open_counts_by_subtree()
    agencies = {a.path: a for a in Agency.objects.filter(path__in=list(counts))}

    def best(predicate):
        candidates = [(n, path) for path, n in counts.items() if path in agencies and predicate(agencies[path])]
        return agencies[max(candidates)[1]] if candidates else None

    cases = []
    government = best(lambda a: a.kind == Agency.Kind.PEMDA)
    city = best(lambda a: a.kind == Agency.Kind.PEMDA and a.level == Agency.Level.KABUPATEN_KOTA)
    opd = best(lambda a: a.kind == Agency.Kind.OPD)
    for label, agency in (("largest government", government), ("largest regency/city", city), ("largest OPD", opd)):
        if agency is not None and all(agency.pk != c[1].pk for c in cases if c[1] is not None):
            cases.append((label, agency, counts[agency.path]))
    national = (
        Agency.objects.filter(code="kemenpanrb").first()
        or Agency.objects.filter(parent__isnull=True).order_by("id").first()
    )
    from lapor.reports.models import OPEN_STATUSES, Report

    cases.append(("national admin", national, Report.objects.filter(status__in=OPEN_STATUSES).count()))
    return cases


def bench_user(agency, role):
    from lapor.accounts.models import Membership, User

    username = f"{BENCH_ADMIN_PREFIX}{'nasional' if role == Membership.Role.ADMIN_NASIONAL else agency.code}"[:150]
    user, created = User.objects.get_or_create(
        username=username, defaults={"full_name": f"Admin bench {agency.name}"[:150]}
    )
    if created:
        user.set_unusable_password()
        user.save()
    Membership.objects.get_or_create(user=user, agency=agency, role=role)
    return user


def case_user(label: str, agency):
    """The bench admin who opens the inbox: national admin for the national case, admin instansi elsewhere."""
    from lapor.accounts.models import Membership

    role = Membership.Role.ADMIN_NASIONAL if label == "national admin" else Membership.Role.ADMIN_INSTANSI
    return bench_user(agency, role)


def filter_sets(agency, national: bool):
    """The first page as it opens, then with the filters an officer uses most."""
    from django.db.models import Count

    from lapor.regions.models import Region
    from lapor.reports.models import OPEN_STATUSES, Category, Report
    from lapor.reports.selectors import InboxFilters

    scope = Report.objects.filter(status__in=OPEN_STATUSES)
    if not national:
        scope = scope.filter(agency_path__startswith=agency.path)
    top = (
        scope.exclude(category=None)
        .values("category__parent_id", "category_id")
        .annotate(n=Count("id"))
        .order_by("-n")
        .first()
    )
    category_id = (top["category__parent_id"] or top["category_id"]) if top else None
    region = None
    if agency.region_id:
        region = Region.objects.filter(parent_id=agency.region_id).order_by("code").first() or agency.region
    sets = [
        ("first page (deadline)", InboxFilters()),
        ("overdue", InboxFilters(overdue=True)),
        ("status=disposed", InboxFilters(status="disposed")),
    ]
    if category_id:
        name = Category.objects.get(pk=category_id).name
        sets.append((f"category={name[:30]} (+children)", InboxFilters(category_id=category_id)))
    if region:
        sets.append((f"region={region.code}", InboxFilters(region_code=region.code)))
    sets.append(("newest first", InboxFilters(sort="-created")))
    # A finished status: the deadline order has nothing to sort on (due_at is empty once closed).
    sets.append(("status=closed (deadline order)", InboxFilters(status="closed")))
    sets.append(("status=closed, newest first", InboxFilters(status="closed", sort="-created")))
    return sets


def stats_ms(samples: list[float]) -> dict:
    values = sorted(s * 1000 for s in samples)
    return {"n": len(values), **{f"p{p}": round(percentile(values, p), 2) for p in (50, 95, 99)}}


def time_calls(fn, iterations: int, warmup: int = 5, max_seconds: float = 0) -> list[float]:
    """Time `iterations` calls after `warmup` untimed ones; stop early after `max_seconds` (0: never)."""
    for _ in range(warmup):
        fn()
    samples = []
    deadline = time.perf_counter() + max_seconds if max_seconds else None
    for _ in range(iterations):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
        if deadline and t0 > deadline:
            break
    return samples


def run_inbox(args, results: dict) -> list[tuple]:
    from django.db import connection

    from lapor.accounts.models import Membership
    from lapor.reports import selectors
    from lapor.reports.models import Report
    from lapor.reports.selectors import InboxFilters, Viewer

    print(f"\n== (a) Inbox latency == (load average {load_average()})")
    print(f"reports in the database: {Report.objects.count():,} ({connection.vendor})")
    t0 = time.perf_counter()
    cases = pick_cases()
    print(f"picking the agencies took {time.perf_counter() - t0:.1f} s")
    measured = []
    for label, agency, open_count in cases:
        national = label == "national admin"
        role = Membership.Role.ADMIN_NASIONAL if national else Membership.Role.ADMIN_INSTANSI
        user = case_user(label, agency)
        total = Report.objects.count() if national else subtree_total(agency.path)
        print(f"\n-- {label}: {agency.name} ({agency.path}) --")
        print(f"   reports in subtree: {total:,}; open: {open_count:,}; viewer: {user.username} ({role})")
        case = {"agency": agency.name, "path": agency.path, "subtree_reports": total, "open": open_count, "timings": {}}
        with Phase(label, args.wait_quiet):
            for fname, filters in filter_sets(agency, national):

                def page(filters=filters, user=user):
                    return list(selectors.inbox(Viewer(user=user), filters)[:25])

                rows = page()
                samples = time_calls(page, args.iterations, max_seconds=args.max_seconds)
                print(f"   inbox {fname:<42} rows={len(rows):>2}  {summary_ms(samples)}")
                case["timings"][fname] = stats_ms(samples)
            samples = time_calls(
                lambda user=user: selectors.inbox_counts(Viewer(user=user)),
                max(20, args.iterations // 4),
                max_seconds=args.max_seconds,
            )
            print(f"   inbox_counts (status chips, whole subtree)          {summary_ms(samples)}")
            case["timings"]["inbox_counts"] = stats_ms(samples)
        if args.explain and connection.vendor == "postgresql":
            qs = selectors.inbox(Viewer(user=user), InboxFilters())[:25]
            print("   EXPLAIN (ANALYZE, BUFFERS) of the first page:")
            for line in qs.explain(analyze=True, buffers=True).splitlines():
                print("     " + line)
        results.setdefault("inbox", {})[label] = case
        measured.append((label, agency, user))
    return measured


# --- (b) the API and the pages, over HTTP ----------------------------------------------------------


def payload_pool(size: int, seed: int) -> list[bytes]:
    """Realistic report submissions: kinds, regions, categories, sometimes the agency the citizen picked."""
    from lapor.agencies.models import Agency
    from lapor.regions.models import Region
    from lapor.reports.models import Category

    rng = random.Random(seed)
    regions = list(Region.objects.exclude(level=Region.Level.PROVINSI).values_list("code", "name"))
    governments = list(Agency.objects.filter(kind=Agency.Kind.PEMDA, is_active=True).values_list("id", flat=True))
    categories = list(Category.objects.filter(is_active=True).values_list("code", "name"))
    kinds = ["pengaduan"] * 80 + ["aspirasi"] * 12 + ["permintaan_informasi"] * 8
    pool = []
    for _ in range(size):
        code, place = rng.choice(regions) if regions else ("", "wilayah kami")
        cat_code, cat_name = rng.choice(categories) if categories else (None, "pelayanan publik")
        topic = cat_name.lower()
        body = {
            "kind": rng.choice(kinds),
            "title": f"Keluhan {topic} di {place}"[:200],
            "body": (
                f"Saya ingin melaporkan masalah {topic} di Jl. Merdeka No. {rng.randint(1, 200)}, {place}, yang "
                f"terjadi sejak {rng.randint(2, 30)} hari lalu. Banyak warga yang terdampak. Mohon segera ditindaklanjuti."
            ),
            "anonymous": rng.random() < 0.15,
            "confidential": rng.random() < 0.05,
            "region_code": code or None,
            "category": cat_code,
            "location": f"Jl. Merdeka, {place}"[:255],
            "contact": f"08{rng.randint(11, 99)}{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else None,
        }
        if governments and rng.random() < 0.35:
            body["agency_id"] = rng.choice(governments)
        if rng.random() < 0.25:
            body["lat"], body["lon"] = round(rng.uniform(-10, 5), 6), round(rng.uniform(96, 140), 6)
        pool.append(json.dumps(body).encode())
    return pool


class Server:
    """gunicorn on 127.0.0.1, started and stopped by the bench (its own process group)."""

    def __init__(self, args):
        self.args = args
        self.proc = None
        self.log_path = Path(args.server_log)

    def start(self):
        env = {**os.environ, **bench_environ(self.args.database_url)}
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=300,
        )
        gunicorn = str(Path(sys.executable).with_name("gunicorn"))
        cmd = [
            gunicorn, "config.wsgi", "-w", str(self.args.workers), "-b", f"127.0.0.1:{self.args.port}",
            "--worker-class", self.args.worker_class, "--threads", str(self.args.threads),
            "--timeout", "60", "--graceful-timeout", "10", "--keep-alive", "5", "--log-level", "warning",
        ]  # fmt: skip
        print(f"starting: {' '.join(cmd[1:])} (log: {self.log_path})")
        self.log = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            cmd, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.args.port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise RuntimeError("gunicorn did not answer /healthz within 60 s")

    def stop(self):
        if self.proc is None:
            return
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
        self.log.close()
        print(f"server stopped (exit {self.proc.returncode})")


async def http_request(reader, writer, method: str, path: str, port: int, body: bytes = b"", headers=()):
    """One HTTP/1.1 request on an open connection; returns (status, headers, body)."""
    head = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: keep-alive", *headers]
    if body or method == "POST":
        head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + body)
    await writer.drain()
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed by the server")
    status = int(status_line.split()[1])
    resp_headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        key, _sep, value = line.decode("latin-1").partition(":")
        resp_headers[key.strip().lower()] = value.strip()
    if "content-length" in resp_headers:
        data = await reader.readexactly(int(resp_headers["content-length"]))
    elif resp_headers.get("transfer-encoding", "").lower() == "chunked":
        data = b""
        while True:
            size = int((await reader.readline()).strip() or b"0", 16)
            if size == 0:
                await reader.readline()
                break
            data += await reader.readexactly(size)
            await reader.readline()
    else:
        data = await reader.read()
        resp_headers["connection"] = "close"
    return status, resp_headers, data


async def load(
    port: int, method: str, path: str, bodies: list[bytes], *, total: int, seconds: float, concurrency: int, headers=()
):
    """Send requests from `concurrency` connections until `total` were sent or `seconds` passed."""
    latencies: list[float] = []
    statuses: Counter = Counter()
    errors: Counter = Counter()
    issued = 0
    deadline = time.perf_counter() + seconds

    async def client():
        nonlocal issued
        reader = writer = None
        while issued < total and time.perf_counter() < deadline:
            i = issued
            issued += 1
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                t0 = time.perf_counter()
                status, resp_headers, _data = await asyncio.wait_for(
                    http_request(
                        reader, writer, method, path, port, bodies[i % len(bodies)] if bodies else b"", headers
                    ),
                    timeout=60,
                )
                latencies.append(time.perf_counter() - t0)
                statuses[status] += 1
                if resp_headers.get("connection", "").lower() == "close":
                    writer.close()
                    reader = writer = None
            except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                errors[type(exc).__name__] += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return time.perf_counter() - t0, latencies, statuses, errors


def probe(port: int, method: str, path: str, body: bytes = b"", headers=()):
    async def once():
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            return await asyncio.wait_for(http_request(reader, writer, method, path, port, body, headers), timeout=60)
        finally:
            writer.close()

    return asyncio.run(once())


def session_cookie(user) -> str:
    """A logged-in session for `user`, made by Django's test client (no password needed)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"Cookie: {settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def run_http(args, results: dict, inbox_users: list[tuple]) -> None:
    from lapor.reports.models import Report

    print("\n== (b) Over HTTP: gunicorn ==")
    server = Server(args)
    try:
        server.start()
        port = args.port
        # The inbox page itself, for the officers measured above.
        for label, _agency, user in inbox_users if args.page_requests > 0 else []:
            status, _h, _b = probe(port, "GET", "/petugas/", headers=[session_cookie(user)])
            if status != 200:
                print(f"   GET /petugas/ as {user.username}: HTTP {status}; page not measured")
                continue
            cookie = session_cookie(user)
            elapsed, lat, statuses, errors = asyncio.run(
                load(
                    port, "GET", "/petugas/", [], total=args.page_requests, seconds=30, concurrency=1, headers=[cookie]
                )
            )
            print(
                f"   GET /petugas/ ({label}, one client): {summary_ms(lat)}; statuses {dict(statuses)} errors {dict(errors)}"
            )
            results.setdefault("page", {})[label] = stats_ms(lat)

        pool = payload_pool(500, args.seed)
        status, _h, body = probe(port, "POST", "/api/v1/reports", pool[0])
        if status != 201:
            print(f"POST /api/v1/reports answered HTTP {status}: {body[:300]!r}")
            print("API report creation NOT measured: the endpoint is missing or refuses the bench's payload.")
            results["api"] = {"available": False, "status": status}
            return
        before = Report.objects.count()
        elapsed, lat, statuses, errors = asyncio.run(
            load(
                port,
                "POST",
                "/api/v1/reports",
                pool[1:],
                total=min(100, args.api_requests),
                seconds=10,
                concurrency=args.concurrency,
            )
        )
        print(f"warm-up: {len(lat)} requests in {elapsed:.1f} s")
        print(
            f"load: POST /api/v1/reports, {args.concurrency} keep-alive connections, "
            f"up to {args.api_requests} requests or {args.api_seconds} s"
        )
        with Phase("API load", args.wait_quiet), CpuMeter(server.proc.pid) as cpu:
            elapsed, lat, statuses, errors = asyncio.run(
                load(
                    port,
                    "POST",
                    "/api/v1/reports",
                    pool,
                    total=args.api_requests,
                    seconds=args.api_seconds,
                    concurrency=args.concurrency,
                )
            )
        created = Report.objects.count() - before
        ok = statuses.get(201, 0)
        bad = sum(n for s, n in statuses.items() if s != 201) + sum(errors.values())
        print(
            f"   {len(lat)} responses in {elapsed:.1f} s: {ok / elapsed:.0f} reports created/s "
            f"({len(lat) / elapsed:.0f} requests/s); latency {summary_ms(lat)}"
        )
        print(f"   statuses {dict(statuses)}; errors {dict(errors) or 0}; non-201 + errors: {bad}")
        print(f"   reports in the database grew by {created} (including the warm-up)")
        per_request = {k: 1000 * v / max(1, len(lat)) for k, v in cpu.used.items()}
        total_ms = sum(per_request.values())
        cores = os.cpu_count() or 1
        print(
            f"   CPU per request: {total_ms:.1f} ms (gunicorn {per_request['server']:.1f}, PostgreSQL backends "
            f"{per_request['database']:.1f}, this client {per_request['client']:.1f}); "
            f"{cores} cores / that = {1000 * cores / total_ms:.0f} requests/s if nothing else ran"
        )
        results["api"] = {
            "available": True,
            "seconds": elapsed,
            "created_per_s": ok / elapsed,
            "p50_ms": percentile(sorted(lat), 50) * 1000,
            "p95_ms": percentile(sorted(lat), 95) * 1000,
            "p99_ms": percentile(sorted(lat), 99) * 1000,
            "statuses": dict(statuses),
            "errors": dict(errors),
            "cpu_ms_per_request": per_request,
            "server": f"gunicorn -w {args.workers} --worker-class {args.worker_class} --threads {args.threads}",
            "concurrency": args.concurrency,
        }
    finally:
        server.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--iterations", type=int, default=200, help="timed inbox queries per case")
    parser.add_argument("--no-explain", dest="explain", action="store_false")
    parser.add_argument(
        "--max-seconds", type=float, default=20, help="stop timing one query after this long (fewer samples)"
    )
    parser.add_argument("--skip-inbox", action="store_true")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--api-requests", type=int, default=3000)
    parser.add_argument("--api-seconds", type=float, default=30)
    parser.add_argument("--page-requests", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--worker-class", default="sync", choices=["sync", "gthread"])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=1708)
    parser.add_argument("--server-log", default="/tmp/bench-gunicorn.log")
    parser.add_argument("--json-out", help="also write the figures to this file")
    parser.add_argument(
        "--wait-quiet", type=float, default=0, help="wait up to this many seconds for a load average below 1"
    )
    args = parser.parse_args(argv)

    setup_django(args.database_url)
    Path(BENCH_VAR_DIR).mkdir(parents=True, exist_ok=True)
    from django.core.management import call_command

    # The code may have moved on since the data was generated: bring the schema along first.
    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    print(f"migrate: {time.perf_counter() - t0:.1f} s")
    results: dict = {"database_url": args.database_url.split("@")[-1], "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    inbox_users = [] if args.skip_inbox else run_inbox(args, results)
    if not args.skip_http:
        if args.skip_inbox:
            inbox_users = [(label, agency, case_user(label, agency)) for label, agency, _n in pick_cases()]
        run_http(args, results, inbox_users)
    if args.json_out:
        Path(args.json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json_out).write_text(json.dumps(results, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
