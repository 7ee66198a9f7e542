"""Background work a new report sets off, as one task so that filing writes one queue row, not two."""

from django_tasks import task


@task()
def report_filed(report_id: int, event_id: int) -> str:
    """Write the notifications of the filing, then route the report (each step idempotent on its own).

    If the worker dies in between, notification recovery writes what is missing, and the
    verification queue computes suggestions for a report the router never saw.
    """
    from django.conf import settings

    from lapor.notifications.tasks import notify_event
    from lapor.routing.tasks import route_new_report

    notify_event.call(event_id)
    return route_new_report.call(report_id) if settings.ROUTING_ENABLED else "routing off"
