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
def deliver_notification(notification_id: int) -> str:
    """Send one e-mail or SMS notification (claims it first; a sent or claimed one is skipped)."""
    return delivery.deliver(notification_id)


@task()
def recover_notifications() -> dict:
    """Finish or restart deliveries left by a worker that died; run it periodically."""
    return delivery.recover()
