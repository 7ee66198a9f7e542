"""Exactly once after a worker is killed mid-delivery: real worker processes, a real SIGKILL, mail on disk.

The site runs in subprocesses against its own SQLite file with the database task queue (what `make run`
uses), Django's file e-mail backend and the file SMS gateway. The first worker is killed right after
writing a message (sent, not yet marked); the second as it is about to write one (claimed, not sent).
After `notifications_recover` and a third worker, every notification is on disk exactly once.
"""

import email
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from django.conf import settings

SEPARATOR = b"-" * 79 + b"\n"

SEED = """
from django.utils import translation
from lapor.testing import build_cast
cast = build_cast()
for i in range(4):
    report, _ = cast.file(cast.pelapor, title=f"Jalan rusak nomor {i}")
    if i % 2:
        cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
cast.file(None, contact="warga.satu@example.id", title="Drainase tersumbat di Batu Aji")
with translation.override("en"):
    cast.file(None, contact="warga.dua@example.id", title="Lampu jalan mati di Sekupang")
cast.file(None, contact="0812 3456 7890", title="Sampah tidak diangkut seminggu")
"""


def manage(var: Path, *args: str, crash_at: str = "") -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DEBUG": "1",
        "VAR_DIR": str(var),
        "DATABASE_URL": f"sqlite:///{var / 'db.sqlite3'}",
        "EMAIL_BACKEND": "lapor.notifications.tests.crashing_mail.EmailBackend",
        "CRASH_AT": crash_at,
        "LOG_LEVEL": "WARNING",
        "ROUTING_ENABLED": "0",  # this test counts the filing's own notifications
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )


def worker(var: Path, crash_at: str = "") -> subprocess.CompletedProcess:
    return manage(
        var, "db_worker", "--batch", "--no-reload", "--no-startup-delay", "--interval", "0", "--queue-name", "*",
        crash_at=crash_at,
    )  # fmt: skip


def messages_on_disk(var: Path) -> list[str]:
    """Message-IDs of the complete messages in var/mail (a piece without its closing separator was cut off)."""
    ids = []
    for path in sorted((var / "mail").glob("*.log")):
        for chunk in path.read_bytes().split(SEPARATOR)[:-1]:
            ids.append(email.message_from_bytes(chunk.lstrip(b"\n"))["Message-ID"])
    return ids


def rows(var: Path, channel: str) -> list[tuple[str, str, int]]:
    with sqlite3.connect(var / "db.sqlite3") as db:
        return db.execute(
            "SELECT message_id, status, attempts FROM notifications_notification WHERE channel = ? ORDER BY id",
            (channel,),
        ).fetchall()


def test_every_notification_arrives_exactly_once_after_workers_are_killed_mid_delivery(tmp_path):
    var = tmp_path / "var"
    var.mkdir()
    for step in (("migrate", "--noinput"), ("shell", "-c", SEED)):
        done = manage(var, *step)
        assert done.returncode == 0, done.stderr
    # Filing queued one task per event; the worker writes the notifications, then sends them.
    assert rows(var, "email") == []

    # Worker 1 dies right after the third message is written, before marking it sent.
    first = worker(var, crash_at="after:3")
    assert first.returncode == -signal.SIGKILL, first.stderr
    # Delivery outranks fan-out: each report's messages went out before the next report's were written.
    assert len(rows(var, "email")) == 3
    on_disk = messages_on_disk(var)
    assert len(on_disk) == 3
    sending = [mid for mid, status, _n in rows(var, "email") if status == "sending"]
    assert len(sending) == 1 and sending[0] in on_disk  # sent, but the database does not know it

    # Worker 2 picks up the rest (not the stuck one: its task is "running" forever) and dies as it is
    # about to write its second message: claimed, never sent.
    second = worker(var, crash_at="before:2")
    assert second.returncode == -signal.SIGKILL, second.stderr
    assert len(messages_on_disk(var)) == 4
    stuck = [mid for mid, status, _n in rows(var, "email") if status == "sending"]
    assert len(stuck) == 2 and sending[0] in stuck

    # Restart: recovery finishes the first without sending it again and re-queues the second.
    recovered = manage(var, "notifications_recover", "--stale-after", "0")
    assert recovered.returncode == 0, recovered.stderr
    assert "confirmed=1 restarted=1" in recovered.stdout
    third = worker(var)
    assert third.returncode == 0, third.stderr

    final = rows(var, "email")
    assert {status for _id, status, _n in final} == {"sent"}
    assert Counter(messages_on_disk(var)) == Counter(mid for mid, _status, _n in final)  # each exactly once
    assert Counter(messages_on_disk(var)).most_common(1)[0][1] == 1
    assert sorted(attempts for _id, _status, attempts in final) == [1, 1, 1, 1, 1, 1, 1, 2]
    sms = rows(var, "sms")
    log = [json.loads(line)["message_id"] for line in (var / "sms.log").read_text().splitlines()]
    assert len(sms) == 1 and sms[0][1] == "sent" and log == [sms[0][0]]
