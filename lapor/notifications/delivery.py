"""Delivering notifications: claim, send, record; retry with backoff; recover what a dead worker left.

The row is the truth, the task only a wake-up call, so every step is a compare-and-set on the row:

1. **Claim**: `pending → sending` with a fresh `claim_token`, `claimed_at` and `attempts + 1`, in its
   own committed statement. Two workers (on any number of machines) cannot both claim one row; a
   sent or failed row is never claimed again, so running the task twice does nothing.
2. **Send** with the `message_id` written when the row was created.
3. **Mark sent**: `sending → sent` only while the claim token is still ours.

A worker can die between 2 and 3 (sent, not marked). Nothing can make an SMTP hand-over and a
database commit one atomic step, so `recover()` decides what such a stale claim means by asking the
transport for the message id (`channels.was_sent`): found → mark sent without sending; not found →
send again; the transport cannot tell (SMTP) → send again with the same Message-ID, the one
at-least-once window, which receiving mail systems collapse by that id. Failures go back to pending
with a growing delay until `MAX_ATTEMPTS`, then `failed`.
"""

import logging
import secrets
import time
from datetime import datetime, timedelta

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from lapor.core.tasks import enqueue_task

from . import channels
from .models import Notification, Status

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_FACTOR = 4  # 1, 4, 16, 64 minutes between the five attempts
ERROR_MAX_CHARS = 2000


def claim_timeout() -> timedelta:
    """How long a claim lasts before recovery presumes its worker dead."""
    return timedelta(seconds=settings.NOTIFICATION_CLAIM_TIMEOUT)


def backoff(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed attempt."""
    return BACKOFF_FIRST * BACKOFF_FACTOR ** max(attempts - 1, 0)


def enqueue(notification_id: int, *, run_after: datetime | None = None) -> None:
    """Wake a worker for this notification (see `enqueue_task`)."""
    from .tasks import deliver_notification

    task = deliver_notification
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # no delayed tasks here: recover() picks the row up when it is due
        task = task.using(run_after=run_after)
    enqueue_task(task, notification_id)


def _update_with_retry(queryset, **values) -> int:
    """An UPDATE that survives a briefly locked SQLite file (the web process writes too)."""
    for attempt in range(5):
        try:
            return queryset.update(**values)
        except OperationalError:
            if attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))
    return 0


def claim(notification_id: int) -> str | None:
    """Take a due, pending notification for sending (committed at once); its claim token, or None."""
    now = timezone.now()
    token = secrets.token_hex(16)
    claimed = _update_with_retry(
        Notification.objects.filter(pk=notification_id, status=Status.PENDING, next_attempt_at__lte=now),
        status=Status.SENDING,
        claimed_at=now,
        claim_token=token,
        attempts=F("attempts") + 1,
    )
    return token if claimed else None


def deliver(notification_id: int) -> str:
    """Send one notification if it is due and nobody else is sending it. Returns what happened."""
    token = claim(notification_id)
    if token is None:
        return "skipped"  # sent, failed, being sent by another worker, or not due yet
    notification = Notification.objects.select_related("user").get(pk=notification_id)
    if notification.user_id and not notification.user.is_active:
        return _finish_failed(notification, token, "The recipient's account is deactivated.")
    try:
        channels.send(notification)
    except Exception as exc:  # noqa: BLE001 - every failure is recorded and retried, none is lost
        logger.warning("Notification %s: attempt %s failed: %s", notification_id, notification.attempts, exc)
        return _record_failure(notification, token, exc)
    marked = _update_with_retry(
        Notification.objects.filter(pk=notification_id, status=Status.SENDING, claim_token=token),
        status=Status.SENT,
        sent_at=timezone.now(),
        last_error="",
        claim_token="",
    )
    if not marked:
        logger.warning("Notification %s was sent after its claim expired.", notification_id)
    return "sent"


def _finish_failed(notification: Notification, token: str, error: str) -> str:
    _update_with_retry(
        Notification.objects.filter(pk=notification.pk, status=Status.SENDING, claim_token=token),
        status=Status.FAILED,
        last_error=error[:ERROR_MAX_CHARS],
        claim_token="",
    )
    return "failed"


def _record_failure(notification: Notification, token: str, exc: Exception) -> str:
    error = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, channels.PermanentFailure) or notification.attempts >= MAX_ATTEMPTS:
        return _finish_failed(notification, token, error)
    retry_at = timezone.now() + backoff(notification.attempts)
    with transaction.atomic():
        updated = Notification.objects.filter(pk=notification.pk, status=Status.SENDING, claim_token=token).update(
            status=Status.PENDING, last_error=error[:ERROR_MAX_CHARS], next_attempt_at=retry_at, claim_token=""
        )
        if updated:
            enqueue(notification.pk, run_after=retry_at)
    return "retry"


def recover(*, now: datetime | None = None, stale_after: timedelta | None = None, limit: int = 500) -> dict:
    """Write the notifications of events whose fan-out task was lost, finish or restart deliveries a dead
    worker left behind, and re-wake pending rows whose task is gone.

    Safe to run at any time and on several machines: each row changes only by compare-and-set, and a
    duplicate wake-up finds nothing to claim.
    """
    from .services import recover_unnotified_events

    now = now or timezone.now()
    cutoff = now - (claim_timeout() if stale_after is None else stale_after)
    counts = {"confirmed": 0, "restarted": 0, "failed": 0, "requeued": 0}
    counts["notified"] = recover_unnotified_events(now=now, stale_after=stale_after, limit=limit)

    stale = Notification.objects.filter(status=Status.SENDING, claimed_at__lte=cutoff).order_by("claimed_at")
    for notification in stale[:limit]:
        sent = channels.was_sent(notification)
        same_claim = Notification.objects.filter(
            pk=notification.pk, status=Status.SENDING, claim_token=notification.claim_token
        )
        with transaction.atomic():
            if sent:
                if same_claim.update(status=Status.SENT, sent_at=now, last_error="", claim_token=""):
                    counts["confirmed"] += 1
            elif notification.attempts >= MAX_ATTEMPTS:
                if same_claim.update(
                    status=Status.FAILED, last_error="The worker stopped while sending.", claim_token=""
                ):
                    counts["failed"] += 1
            else:
                note = "The worker stopped while sending; " + (
                    "sending again." if sent is False else "sending again with the same message id."
                )
                if same_claim.update(status=Status.PENDING, next_attempt_at=now, last_error=note, claim_token=""):
                    enqueue(notification.pk)
                    counts["restarted"] += 1

    lost = Notification.objects.filter(status=Status.PENDING, next_attempt_at__lt=cutoff).order_by("next_attempt_at")
    for pk in list(lost.values_list("pk", flat=True)[:limit]):
        with transaction.atomic():
            if Notification.objects.filter(pk=pk, status=Status.PENDING, next_attempt_at__lt=cutoff).update(
                next_attempt_at=now
            ):
                enqueue(pk)
                counts["requeued"] += 1
    if any(counts.values()):
        logger.info("Notification recovery: %s", counts)
    return counts
