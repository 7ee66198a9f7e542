"""Pruning what only the machinery needed, so the tables the workers poll stay small.

Pruned: finished background-task rows (the queue's own `prune_db_task_results`, after
`TASK_RESULTS_RETENTION_DAYS`; failed ones after twice as long, to leave time to look at them) and
the fan-out's done-marks (`NotifiedEvent`) once their events are past notification recovery's window.
Kept for good: reports, their timelines, notifications (the record of what was sent to whom) and the
escalation claims (they keep a deadline from being reminded of or escalated twice).
"""

import io
from datetime import datetime, timedelta

from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

PRUNE_CHUNK = 10_000


def prune(*, now: datetime | None = None) -> dict[str, int | str]:
    """One pruning pass; safe to run anywhere, any number of times."""
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend

    from lapor.notifications.models import NotifiedEvent
    from lapor.notifications.services import RECOVERY_LOOKBACK

    now = now or timezone.now()
    days = settings.TASK_RESULTS_RETENTION_DAYS
    tasks = "skipped (no database queue)"
    if isinstance(task_backends["default"], DatabaseBackend):
        call_command(
            "prune_db_task_results",
            "--queue-name=*",
            f"--min-age-days={days}",
            f"--failed-min-age-days={days * 2}",
            stdout=io.StringIO(),
        )
        tasks = "done"
    marks = _delete_in_chunks(NotifiedEvent.objects.filter(notified_at__lt=now - RECOVERY_LOOKBACK - timedelta(days=1)))
    return {"task_results": tasks, "notified_event_marks": marks}


def _delete_in_chunks(queryset) -> int:
    """Delete in bounded chunks, so that no statement holds locks on millions of rows."""
    deleted = 0
    while True:
        ids = list(queryset.values_list("pk", flat=True)[:PRUNE_CHUNK])
        if not ids:
            return deleted
        deleted += queryset.model.objects.filter(pk__in=ids).delete()[0]
