"""Background tasks of routing: each takes ids and re-reads the rows, so running one twice is harmless."""

from django_tasks import task


@task()
def route_new_report(report_id: int) -> str:
    """Route a report waiting for verification (skipped once it has moved on)."""
    from lapor.reports.models import Report

    from .services import route_report

    report = Report.objects.select_related("region", "chosen_agency", "agency", "reporter").filter(pk=report_id).first()
    decision = route_report(report) if report is not None else None
    return decision.outcome if decision is not None else "skipped"


@task()
def retrain_router() -> dict:
    """Train a new version of the routing model on the bootstrap corpus and the answered reports."""
    from .training import train_and_store

    row = train_and_store()
    return {"version": row.version, **row.metrics}
