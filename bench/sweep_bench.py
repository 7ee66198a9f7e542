#!/usr/bin/env python
"""Measure the deadline sweeps over N open reports, then show that a second pass escalates nothing.

    .venv/bin/python bench/sweep_bench.py --reports 100000
    .venv/bin/python bench/sweep_bench.py --reports 1000000 --database-url postgres://postgres@127.0.0.1:5432/lapor_bench_sweep

Uses its own database (default `lapor_bench_sweep`, created when missing, migrated); it empties the
report tables of THAT database before generating. Reports are written with bulk_create: a tree of
governments (3 time zones) with an admin instansi in each body, open reports in every officer-clock
status plus followed-up ones, with deadlines at the end of a local day. `--overdue` of them are past
their deadline (spread over the last `--overdue-days` days), the rest due in the next 20 days; verified
ones also get a completion deadline, `--overdue` of them past, the rest in the next 60 days.
Then: one pass of each sweep (reminders, escalation, closing) with timings, and a second pass.
`--snapshot` keeps a copy of the generated database and `--restore` replays the first pass on it.

The sweeps only claim and record; the messages are written and sent by the task workers. With
`--workers N` (default 2) the bench then starts N real `manage.py db_worker` processes on the queue the
first pass left and prints, over `--drain-seconds`, how many reminders/escalations were notified, how
many notifications were written and how many e-mails were sent per second (Django's locmem e-mail
backend: everything but the SMTP server's own time).
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, bench_environ, ensure_postgres_database, is_postgres, setup_django  # noqa: E402

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/lapor_bench_sweep"
# Other people's databases: never touched by this script.
FORBIDDEN = {"test", "postgres", "lapor_bench", "template0", "template1"}
ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"]


def build_tree(provinces: int, units: int):
    from lapor.accounts.models import Membership, User
    from lapor.agencies.models import Agency
    from lapor.regions.models import Region

    Role = Membership.Role
    users = []

    def admin(agency, role=Role.ADMIN_INSTANSI):
        user = User(username=f"sweep-{role}-{agency.code}", email=f"{agency.code}@bench.lapor.invalid")
        user.set_unusable_password()
        user.save()
        Membership.objects.create(user=user, agency=agency, role=role)
        users.append(user)

    national = Agency.objects.create(code="sweep-kemenpanrb", name="KemenPANRB", level="pusat", kind="kementerian")
    admin(national, Role.ADMIN_NASIONAL)
    oversight = Agency.objects.create(code="sweep-ombudsman", name="Ombudsman RI", level="pusat", kind="pengawas")
    admin(oversight, Role.PENGAWAS)
    holders = []
    for p in range(provinces):
        region = Region.objects.create(
            code=f"9{p:02d}", name=f"Provinsi Bench {p}", level=Region.Level.PROVINSI, timezone=ZONES[p % 3]
        )
        province = Agency.objects.create(
            code=f"sweep-prov-{p}", name=f"Pemprov Bench {p}", level="provinsi", kind="pemda", region=region
        )
        admin(province)
        holders.append(province)
        for u in range(units):
            unit = Agency(
                code=f"sweep-prov-{p}-opd-{u}",
                name=f"Dinas {u} Provinsi Bench {p}",
                level="provinsi",
                kind="opd",
                parent=province,
                region=region,
            )
            unit.save()
            admin(unit)
            holders.append(unit)
    return holders


def generate(n: int, overdue: float, overdue_days: int, seed: int) -> dict:
    from lapor.reports.models import Report, Status, public_copies

    rng = random.Random(seed)
    holders = build_tree(provinces=10, units=5)
    now = datetime.now(ZoneInfo("Asia/Jakarta"))
    statuses = (
        [Status.DISPOSED] * 50 + [Status.SUBMITTED] * 15 + [Status.REPORTER_REPLIED] * 10 + [Status.FOLLOWED_UP] * 25
    )
    counts: dict = {}
    batch = []
    started = time.monotonic()
    for i in range(n):
        agency = holders[rng.randrange(len(holders))]
        tz = ZoneInfo(ZONES[int(agency.region.code[1:]) % 3])
        if rng.random() < overdue:
            day = now.astimezone(tz).date() - timedelta(days=rng.randint(1, overdue_days))
        else:
            day = now.astimezone(tz).date() + timedelta(days=rng.randint(0, 20))
        status = statuses[rng.randrange(len(statuses))]
        due = datetime.combine(day, dtime(23, 59, 59), tzinfo=tz)
        completion = None
        if status != Status.SUBMITTED:  # verified: the completion clock runs too, drawn the same way
            if rng.random() < overdue:
                completion_day = now.astimezone(tz).date() - timedelta(days=rng.randint(1, overdue_days))
            else:
                completion_day = now.astimezone(tz).date() + timedelta(days=rng.randint(0, 60))
            completion = datetime.combine(completion_day, dtime(23, 59, 59), tzinfo=tz)
        key = (status, "overdue" if due < now else "running")
        counts[key] = counts.get(key, 0) + 1
        title, body = f"Laporan uji sapuan {i}", "Laporan uji untuk mengukur sapuan batas waktu."
        batch.append(
            Report(
                tracking_id=f"SW{i:09d}",
                kind="pengaduan",
                title=title,
                body=body,
                **public_copies(title, body),
                status=status,
                agency=agency,
                agency_path=agency.path,
                due_at=due,
                completion_due_at=completion,
                verified_at=now if status != Status.SUBMITTED else None,
                anonymous=i % 7 == 0,
                contact="warga@bench.lapor.invalid",
            )
        )
        if len(batch) == 10_000:
            Report.objects.bulk_create(batch)
            batch = []
    if batch:
        Report.objects.bulk_create(batch)
    print(f"generated {n} reports in {time.monotonic() - started:.1f}s")
    for (status, state), count in sorted(counts.items()):
        print(f"  {status:17} {state:8} {count}")
    return counts


def reset():
    from django.db import connection

    from lapor.accounts.models import Membership, User
    from lapor.agencies.models import Agency
    from lapor.regions.models import Region

    with connection.cursor() as cursor:
        tables = ["reports_report", "sla_escalation", "notifications_notification", "reports_reportevent"]
        tables += [t for t in connection.introspection.table_names() if t.startswith("django_tasks_database")]
        cursor.execute("TRUNCATE " + ", ".join(tables) + " CASCADE")
    Membership.objects.filter(agency__code__startswith="sweep-").delete()
    User.objects.filter(username__startswith="sweep-").delete()
    Agency.objects.filter(code__startswith="sweep-", parent__isnull=False).delete()
    Agency.objects.filter(code__startswith="sweep-").delete()
    Region.objects.filter(name__startswith="Provinsi Bench").delete()


def drain(database_url: str, workers: int, seconds: float) -> dict:
    """Run real task workers on the queue for `seconds`; print what they notified and sent per second."""
    from django.db import connection

    from lapor.notifications.models import Channel, Notification
    from lapor.notifications.models import Status as Sent
    from lapor.sla.models import Escalation

    def counts():
        values = (
            Escalation.objects.filter(notified_at__isnull=False).count(),
            Notification.objects.count(),
            Notification.objects.filter(channel=Channel.EMAIL, status=Sent.SENT).count(),
        )
        connection.close()
        return values

    env = {
        **os.environ,
        **bench_environ(database_url),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    before = counts()
    started = time.monotonic()
    procs = [
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--worker-id", f"sweep-bench-{i}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        for i in range(workers)
    ]
    try:
        time.sleep(seconds)
    finally:
        for proc in procs:
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            proc.wait(timeout=60)
    elapsed = time.monotonic() - started
    after = counts()
    claims, written, sent = (b - a for a, b in zip(before, after, strict=True))
    print(f"\nworkers: {workers} db_worker processes for {elapsed:.0f}s")
    print(f"  reminders/escalations notified {claims:8} = {claims / elapsed:7.1f}/s")
    print(f"  notifications written          {written:8} = {written / elapsed:7.1f}/s (in-app + e-mail)")
    print(f"  e-mails sent                   {sent:8} = {sent / elapsed:7.1f}/s")
    return {"claims_per_s": claims / elapsed, "written_per_s": written / elapsed, "sent_per_s": sent / elapsed}


def copy_database(database_url: str, source: str, target: str) -> None:
    """Replace database `target` by a copy of `source` (PostgreSQL's CREATE DATABASE ... TEMPLATE)."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg
    from psycopg import sql

    if target in FORBIDDEN or source in FORBIDDEN:
        raise SystemExit("Refusing to copy over a database that is not the sweep bench's.")
    parts = urlsplit(database_url)
    maintenance = urlunsplit((parts.scheme.replace("pgsql", "postgresql"), parts.netloc, "/postgres", "", ""))
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(target)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(target), sql.Identifier(source)))


def sweep_pass(label: str, n: int) -> dict:
    from django.db import connection

    from lapor.sla import sweeps
    from lapor.sla.models import Escalation

    before = Escalation.objects.filter(level__gt=0).count()
    started = time.monotonic()
    results = sweeps.run_all()
    total = time.monotonic() - started
    after = Escalation.objects.filter(level__gt=0).count()
    print(f"\n{label}: {total:.2f}s for {n} open reports = {n / total:,.0f} reports/s")
    for name, r in results.items():
        print(
            f"  {name:12} {r.done:7} done on {r.reports:7} reports, scanned {r.scanned:8}, "
            f"skipped {r.skipped}, {r.seconds:.2f}s"
        )
    print(f"  new escalation levels: {after - before}")
    connection.close()
    return {"total": total, "new_levels": after - before, **{k: v.done for k, v in results.items()}}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--overdue", type=float, default=0.05, help="Share of reports past their deadline.")
    parser.add_argument("--overdue-days", type=int, default=10, help="Overdue deadlines spread over these days.")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="Sweep the reports already there; generate nothing.")
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="After generating, copy the database to <name>_snapshot so that --restore can replay the first pass.",
    )
    parser.add_argument(
        "--restore", action="store_true", help="Recreate the database from <name>_snapshot, then sweep it."
    )
    parser.add_argument("--generate-only", action="store_true", help="Generate (and snapshot), do not sweep.")
    parser.add_argument("--workers", type=int, default=2, help="db_worker processes for the drain (0: none).")
    parser.add_argument("--drain-seconds", type=float, default=60, help="How long the workers run.")
    args = parser.parse_args()

    name = args.database_url.rsplit("/", 1)[-1].split("?")[0]
    if not is_postgres(args.database_url) or name in FORBIDDEN:
        raise SystemExit(f"Use a PostgreSQL database of the sweep bench's own, not {name!r}.")
    if args.restore:
        copy_database(args.database_url, f"{name}_snapshot", name)
        print(f"restored {name} from {name}_snapshot")
    if ensure_postgres_database(args.database_url):
        print(f"created database {name}")
    setup_django(args.database_url)
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    if not (args.keep or args.restore):
        reset()
        generate(args.reports, args.overdue, args.overdue_days, args.seed)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        if args.snapshot:
            connection.close()
            copy_database(args.database_url, name, f"{name}_snapshot")
            print(f"saved {name}_snapshot")
    if args.generate_only:
        return
    from lapor.reports.models import OPEN_STATUSES, Report

    n = Report.objects.filter(status__in=OPEN_STATUSES).count()
    first = sweep_pass("first pass", n)
    second = sweep_pass("second pass", n)
    if args.workers:
        drain(args.database_url, args.workers, args.drain_seconds)
    print(
        f"\nsummary: {n} open reports; first pass {first['total']:.2f}s "
        f"({first['new_levels']} escalation levels, {first['reminders']} reminders, {first['closed']} closed); "
        f"second pass {second['total']:.2f}s ({second['new_levels']} new escalation levels)"
    )


if __name__ == "__main__":
    main()
