"""Pruning the machinery's own rows: finished tasks after their retention, the fan-out's done-marks."""

from datetime import timedelta

import time_machine
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from lapor.core import housekeeping
from lapor.notifications.models import Notification, NotifiedEvent
from lapor.reports.models import ReportEvent

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DATABASE_QUEUE, TASK_RESULTS_RETENTION_DAYS=14)
def test_finished_tasks_are_pruned_after_their_retention_and_queued_ones_never(cast):
    for _ in range(4):
        cast.file(cast.pelapor)
    first, second, third, fourth = DBTaskResult.objects.order_by("enqueued_at", "id")
    long_ago = timezone.now() - timedelta(days=20)
    DBTaskResult.objects.filter(pk=first.pk).update(status="SUCCESSFUL", finished_at=long_ago)
    DBTaskResult.objects.filter(pk=second.pk).update(status="FAILED", finished_at=long_ago)  # kept 28 days
    DBTaskResult.objects.filter(pk=third.pk).update(status="SUCCESSFUL", finished_at=timezone.now())
    # The fourth is still queued: the report's notifications have not been written yet.

    assert housekeeping.prune()["task_results"] == "done"
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {second.pk, third.pk, fourth.pk}
    with time_machine.travel(timezone.now() + timedelta(days=9)):
        housekeeping.prune()
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {third.pk, fourth.pk}  # failed: 29 days


def test_done_marks_go_once_their_events_are_out_of_recoverys_reach_and_notifications_stay(cast):
    report, _ = cast.file(cast.pelapor)
    event = ReportEvent.objects.get(report=report, action="submit")
    assert NotifiedEvent.objects.filter(event=event).exists()
    written = Notification.objects.count()
    assert housekeeping.prune()["notified_event_marks"] == 0
    with time_machine.travel(timezone.now() + timedelta(days=4)):
        assert housekeeping.prune()["notified_event_marks"] == 1
        # Recovery looks back two days only, so the event is not notified again.
        from lapor.notifications.services import recover_unnotified_events

        assert recover_unnotified_events() == 0
    assert Notification.objects.count() == written > 0
