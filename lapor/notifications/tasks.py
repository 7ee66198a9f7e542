"""Background tasks: each takes ids only and re-reads the rows, so running one twice is harmless."""

from django_tasks import task

from . import delivery


@task()
def notify_event(event_id: int) -> int:
    """Write the notifications of one timeline event (skipping those already written); how many were new."""
    from lapor.reports.models import ReportEvent

    from .services import notify_for_event

    event = ReportEvent.objects.filter(pk=event_id).first()
    return len(notify_for_event(event)) if event is not None else 0


@task()
def notify_events(event_ids: list[int]) -> int:
    """`notify_event` for a batch of events (a sweep's system closes); how many notifications were new."""
    from lapor.reports.models import ReportEvent

    from .services import notify_for_event

    return sum(len(notify_for_event(event)) for event in ReportEvent.objects.filter(pk__in=event_ids).order_by("pk"))


# A message already written goes out before more are written: a backlog's fan-out (tasks of the
# default priority and the sweeps' lower one) never holds back the e-mails it produced.
@task(priority=10)
def deliver_notification(notification_id: int) -> str:
    """Send one e-mail or SMS notification (claims it first; a sent or claimed one is skipped)."""
    return delivery.deliver(notification_id)


@task()
def recover_notifications() -> dict:
    """Finish or restart deliveries left by a worker that died; run it periodically."""
    return delivery.recover()
