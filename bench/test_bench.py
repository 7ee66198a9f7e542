"""The bench's own checks, on the test cast and SQLite: `.venv/bin/pytest bench -q`.

They keep the generator honest (every report's status, deadline and timeline agree, as the
workflow would have left them) and run the measuring code end to end at a tiny scale.
"""

import asyncio
import random
import sys
from argparse import Namespace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.db import connection

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402
import run  # noqa: E402

from lapor.accounts.models import Membership  # noqa: E402
from lapor.reports.models import OPEN_STATUSES, Report, ReportEvent, Status  # noqa: E402

NOW = datetime(2026, 6, 1, 5, tzinfo=UTC)


def fill(count: int, seed: int = 1) -> tuple[int, int, dict]:
    rng = random.Random(seed)
    writer = generate.Writer(connection)
    ref = generate.Reference(rng)
    users = generate.create_users(writer, 20, rng, NOW)
    generate.create_officers(writer, ref, rng, NOW)
    gen = generate.Generator(ref, rng, NOW, users, set())
    return generate.insert_reports(writer, gen, count, batch=150, log=lambda message: None)


def test_it_writes_reports_whose_status_deadline_and_timeline_agree(cast):
    done, events, statuses = fill(400)

    assert done == Report.objects.count() == 400
    assert events == ReportEvent.objects.count()
    assert {"closed", "archived", "disposed"} <= set(statuses)
    for report in Report.objects.select_related("agency").prefetch_related("events"):
        timeline = list(report.events.all())
        assert timeline[0].action == "submit"
        assert timeline[0].created_at == report.created_at
        assert timeline[-1].to_status == report.status
        assert all(e.created_at <= NOW for e in timeline)
        assert report.version == len(timeline) - 1
        assert report.agency_path == (report.agency.path if report.agency else "")
        if report.status in (Status.CLOSED, Status.ARCHIVED, Status.ON_HOLD):
            assert report.due_at is None
        else:
            assert report.due_at is not None
        assert (report.closed_at is not None) == (report.status == Status.CLOSED)
        assert (report.verified_at is not None) == any(e.action == "verify" for e in timeline)
        if report.status == Status.ARCHIVED:
            assert report.archive_reason
        # Only a reporter with an account, or one holding a token, can follow the report up.
        assert bool(report.reporter_id) != bool(report.reporter_token_hash)
        for event in timeline:
            if event.actor_role in ("admin_nasional", "admin_instansi", "petugas"):
                # The officer who acted is a member of the acting agency in that role.
                assert Membership.objects.filter(
                    user_id=event.actor_id, agency_id=event.actor_agency_id, role=event.actor_role
                ).exists()


def test_it_generates_the_same_reports_for_the_same_seed(cast):
    def sample(seed):
        rng = random.Random(seed)
        gen = generate.Generator(generate.Reference(rng), rng, NOW, [1, 2, 3], set())
        return [gen.report(i) for i in range(60)]

    assert sample(7) == sample(7)
    assert sample(7) != sample(8)


def test_it_measures_the_inbox_of_the_busiest_agencies(cast, capsys):
    fill(300)
    results: dict = {}

    measured = run.run_inbox(Namespace(iterations=3, explain=False, wait_quiet=0, max_seconds=0), results)

    labels = [label for label, _agency, _user in measured]
    assert "largest government" in labels and "national admin" in labels
    busiest = results["inbox"]["largest government"]
    open_in_subtree = Report.objects.filter(agency_path__startswith=busiest["path"], status__in=OPEN_STATUSES).count()
    assert busiest["open"] == open_in_subtree > 0
    assert busiest["timings"]["first page (deadline)"]["n"] == 3
    assert "p95=" in capsys.readouterr().out


def test_it_sends_reports_to_the_api_and_counts_the_answers(transactional_db, cast, live_server):
    port = int(live_server.url.rsplit(":", 1)[1])
    bodies = run.payload_pool(5, seed=3)

    # One connection: the live server shares one in-memory SQLite connection between its threads.
    elapsed, latencies, statuses, errors = asyncio.run(
        run.load(port, "POST", "/api/v1/reports", bodies, total=6, seconds=30, concurrency=1)
    )

    assert statuses == {201: 6} and not errors
    assert len(latencies) == 6 and elapsed > 0
    assert Report.objects.filter(channel="api").count() == 6


@pytest.mark.parametrize(("p", "expected"), [(50, 50), (95, 95), (99, 99), (100, 100)])
def test_it_takes_nearest_rank_percentiles(p, expected):
    assert run.percentile([float(v) for v in range(1, 101)], p) == expected
