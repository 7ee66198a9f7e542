"""Writing notifications: deciding who hears of an event, reading, and preferences.

`notify_for_event_later(event)` is called inside the transaction of every report change, right after
its timeline event is written: it enqueues one `notify_event` task in that transaction (the task
queue lives in the database), so a committed change always gets its notifications and a rolled-back
one none, while the request does not pay for finding and rendering them. The task runs
`notify_for_event`, which writes the rows and their delivery tasks and records the event as
notified; `recover_unnotified_events` redoes it for events whose task a dead worker lost.
`notify(...)` is the same machinery for callers that choose recipients themselves (deadline
reminders, escalations), writing in the caller's transaction.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import make_msgid
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lapor.agencies.models import Agency
from lapor.core.tasks import enqueue_task
from lapor.reports.models import Report, ReportEvent

from . import recipients
from .content import Recipient, render
from .delivery import claim_timeout, enqueue
from .models import Channel, Kind, Notification, NotificationPreference, NotifiedEvent, Status

# How far back recovery looks for events whose notifications were never written.
RECOVERY_LOOKBACK = timedelta(days=2)


@dataclass(frozen=True)
class EventRule:
    to_reporter: str | None = None  # the kind the reporter receives
    to_officers: str | None = None  # the kind the officers concerned receive


# Which timeline actions notify whom. Actions not listed (resume, rate, attach) and internal ones (note,
# extension requests and refusals) notify nobody.
EVENT_RULES: dict[str, EventRule] = {
    "submit": EventRule(Kind.RECEIVED, Kind.NEW_DISPOSITION),  # officers only when the reporter chose the agency
    "verify": EventRule(Kind.VERIFIED, Kind.NEW_DISPOSITION),
    "dispose": EventRule(Kind.ROUTED, Kind.NEW_DISPOSITION),
    "not_authority": EventRule(Kind.ROUTED, Kind.NEW_DISPOSITION),
    "hold": EventRule(Kind.ON_HOLD),
    "archive": EventRule(Kind.ARCHIVED),
    "merge": EventRule(Kind.ARCHIVED),  # merged into the main report as a duplicate
    "respond": EventRule(Kind.ANSWERED),
    "reply": EventRule(None, Kind.REPORTER_REPLIED),
    "close": EventRule(Kind.CLOSED),  # by an admin, or by the system (no actor) after the reply window
    "grant_extension": EventRule(Kind.EXTENSION),
}


# What the reporters of merged duplicates are told about the main report.
FOLLOWED_BY_DUPLICATES = {Kind.ANSWERED, Kind.CLOSED}


def _message_domain() -> str:
    sender = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)
    return sender[1].strip(" >") if len(sender) == 2 else "lapor.localhost"


def _write(report: Report, kind: str, event: ReportEvent | None, key: str, targets: list[Recipient]) -> list:
    """Insert one row per (recipient, channel) not yet notified for this event/key; enqueue their delivery."""
    if not targets:
        return []
    scope = (
        Notification.objects.filter(event=event)
        if event is not None
        else Notification.objects.filter(report=report, event__isnull=True, key=key)
    )
    done = set(scope.filter(recipient_key__in={t.key for t in targets}).values_list("recipient_key", "channel"))
    now = timezone.now()
    domain = _message_domain()
    rows = []
    for target in targets:
        if (target.key, target.channel) in done:
            continue
        done.add((target.key, target.channel))
        rendered = render(kind, report=report, event=event, recipient=target, key=key)
        inapp = target.channel == Channel.INAPP
        rows.append(
            Notification(
                report=report,
                event=event,
                key=key,
                kind=kind,
                channel=target.channel,
                user=target.user,
                recipient_key=target.key,
                address=target.address,
                language=target.language,
                subject=rendered.subject,
                body=rendered.body,
                url=rendered.url,
                # In-app notifications are delivered by being written.
                status=Status.SENT if inapp else Status.PENDING,
                sent_at=now if inapp else None,
                next_attempt_at=None if inapp else now,
                message_id="" if inapp else make_msgid(domain=domain),
            )
        )
    if not rows:
        return []
    # A concurrent writer of the same notification makes this insert skip the row, not fail the change.
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    ours = [row.message_id for row in rows if row.message_id]
    for pk in scope.filter(message_id__in=ours).values_list("pk", flat=True):
        enqueue(pk)
    return rows


def notifies(event: ReportEvent) -> bool:
    return event.action in EVENT_RULES and not event.is_internal


def notify_for_event_later(event: ReportEvent) -> None:
    """Have a worker notify about `event`: enqueued in the caller's transaction, so it commits with the change."""
    if not notifies(event):
        return
    from .tasks import notify_event

    enqueue_task(notify_event, event.pk, without_queue="now")


def notify_for_events_later(events: list[ReportEvent]) -> None:
    """The same for many events of one change (a sweep's batch): one task for all of them."""
    ids = [event.pk for event in events if notifies(event)]
    if not ids:
        return
    from .tasks import notify_events

    enqueue_task(notify_events, ids, without_queue="now")


def notify_for_event(event: ReportEvent) -> list[Notification]:
    """Notify the reporter and the officers concerned about one timeline event (see EVENT_RULES).

    Idempotent: a recipient already notified of this event on a channel is skipped, so running it
    again (a retried task, recovery racing a slow worker) writes only what is missing.
    """
    if not notifies(event):
        return []
    rule = EVENT_RULES[event.action]
    # The report as the change left it (the caller's instance may predate it, or the task run later).
    report = Report.objects.select_related("agency", "reporter", "region").get(pk=event.report_id)
    written = []
    with transaction.atomic():
        if rule.to_reporter:
            targets = recipients.reporter(report, kind=rule.to_reporter, event=event)
            written += _write(report, rule.to_reporter, event, "", targets)
        if rule.to_reporter in FOLLOWED_BY_DUPLICATES:
            # Reports merged into this one follow its answers: their reporters hear of them too.
            for duplicate in report.duplicates.select_related("agency", "reporter", "region"):
                targets = recipients.reporter(duplicate, kind=rule.to_reporter, event=event)
                written += _write(duplicate, rule.to_reporter, event, "", targets)
        if rule.to_officers:
            targets = _officers_for_event(event, report, rule.to_officers)
            written += _write(report, rule.to_officers, event, "", targets)
        NotifiedEvent.objects.bulk_create(
            [NotifiedEvent(event_id=event.pk, notifications=len(written))], ignore_conflicts=True
        )
    return written


def recover_unnotified_events(*, now: datetime | None = None, stale_after: timedelta | None = None, limit=500) -> int:
    """Notify about recent events whose `notify_event` task never finished (its worker died). Returns how many.

    Events younger than the claim timeout are left to their task, which may still be queued.
    """
    now = now or timezone.now()
    cutoff = now - (claim_timeout() if stale_after is None else stale_after)
    missed = (
        ReportEvent.objects.filter(
            created_at__gte=now - RECOVERY_LOOKBACK,
            created_at__lte=cutoff,
            action__in=list(EVENT_RULES),
            is_internal=False,
        )
        .exclude(pk__in=NotifiedEvent.objects.filter(event__created_at__gte=now - RECOVERY_LOOKBACK).values("event"))
        .order_by("created_at", "id")
    )
    count = 0
    for event in missed[:limit]:
        notify_for_event(event)
        count += 1
    return count


def _officers_for_event(event: ReportEvent, report: Report, kind: str) -> list[Recipient]:
    exclude = {event.actor_id} if event.actor_id else set()
    if kind == Kind.NEW_DISPOSITION:
        # The agency the report went to; none when it went back to the national verification queue.
        agency = event.agency if event.agency_id else None
        return recipients.officers(report, kind=kind, agency=agency, exclude_user_ids=exclude)
    if kind == Kind.REPORTER_REPLIED:
        if report.agency_id:
            return recipients.officers(report, kind=kind, agency=report.agency, exclude_user_ids=exclude)
        # On hold in the national queue: whoever asked the reporter for more.
        holder = (
            report.events.filter(action="hold", actor__isnull=False)
            .select_related("actor")
            .order_by("-created_at", "-id")
            .first()
        )
        return recipients.for_users([holder.actor], kind=kind, audience="officer") if holder else []
    return []


def notify(
    *,
    report: Report,
    kind: str,
    event: ReportEvent | None = None,
    key: str = "",
    to_reporter: bool = False,
    agency: Agency | None = None,
    roles=recipients.OFFICER_ROLES,
    users=(),
) -> list[Notification]:
    """Notify about `report`: its reporter, the members of `agency` with `roles`, and `users`.

    Once per (event, recipient, channel), or per (report, key, recipient, channel) without an event:
    a sweep that runs twice (or concurrently) passes the same `key` and notifies nobody twice, e.g.
    `notify(report=r, kind=Kind.REMINDER, key=f"reminder:{r.due_at:%Y%m%d}", agency=r.agency)`.
    """
    if event is None and not key:
        raise ValueError("notify() needs an event or a key to keep notifications unique.")
    if kind not in Kind.values:
        raise ValueError(f"Unknown notification kind: {kind}")
    targets = []
    if to_reporter:
        targets += recipients.reporter(report, kind=kind, event=event)
    if agency is not None:
        targets += recipients.officers(report, kind=kind, agency=agency, roles=roles)
    if users:
        targets += recipients.for_users(list(users), kind=kind, audience="officer")
    with transaction.atomic():
        return _write(report, kind, event, key, targets)


# --- The recipient's side ---------------------------------------------------------------------------------


def mark_read(*, user, notification_id: int) -> Notification | None:
    """Mark one of the user's in-app notifications read; None when it is not theirs."""
    notification = Notification.objects.filter(pk=notification_id, user=user, channel=Channel.INAPP).first()
    if notification is not None and notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(read_at=notification.read_at)
    return notification


def mark_all_read(*, user) -> int:
    return Notification.objects.filter(user=user, channel=Channel.INAPP, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def preferences_update(
    *, user, email_enabled: bool, sms_enabled: bool, inapp_enabled: bool, muted_kinds=()
) -> NotificationPreference:
    """Save the user's channels and the kinds they do not want by e-mail or SMS."""
    errors = {}
    if sms_enabled and not user.phone:
        errors["sms_enabled"] = _("Tambahkan nomor telepon ke akun Anda untuk menerima SMS.")
    unknown = set(muted_kinds) - set(Kind.values)
    if unknown:
        errors["muted_kinds"] = _("Jenis notifikasi tidak dikenal.")
    if errors:
        raise ValidationError(errors)
    prefs, _created = NotificationPreference.objects.update_or_create(
        user=user,
        defaults={
            "email_enabled": bool(email_enabled),
            "sms_enabled": bool(sms_enabled),
            "inapp_enabled": bool(inapp_enabled),
            "muted_kinds": sorted(set(muted_kinds)),
        },
    )
    return prefs
