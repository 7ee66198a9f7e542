"""Routing reports: the classifier in use, routing a filed report, and learning from corrections."""

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.db import transaction

from lapor.core import refcache
from lapor.core.tasks import enqueue_task
from lapor.reports.models import Report, ReportEvent, Status

from . import router
from .corpus import bootstrap_examples
from .models import RoutingDecision, RoutingFeedback, RoutingModel
from .training import Classifier, train

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_loaded: dict = {"version": None, "classifier": None}
_bootstrap: dict = {"classifier": None}


def _active_version() -> int | None:
    return RoutingModel.objects.filter(is_active=True).order_by("-version").values_list("version", flat=True).first()


_active_version_cache = refcache.ProcessCache(_active_version, models=[RoutingModel])


def current_classifier() -> Classifier:
    """The newest active trained version; without one (a new installation), a model of the bootstrap corpus."""
    version = _active_version_cache.get()
    with _lock:
        if version is not None:
            if _loaded["version"] != version:
                blob = RoutingModel.objects.values_list("blob", flat=True).get(version=version)
                _loaded.update(version=version, classifier=Classifier.loads(blob, version=version))
            return _loaded["classifier"]
        if _bootstrap["classifier"] is None:
            _bootstrap["classifier"], _metrics = train(bootstrap_examples())
        return _bootstrap["classifier"]


def route_later(report: Report) -> None:
    """Have a worker route this report, enqueued with the change that put it in the queue."""
    if not settings.ROUTING_ENABLED:
        return
    from .tasks import route_new_report

    enqueue_task(route_new_report, report.pk)


def schedule_retraining(now=None) -> bool:
    """Queue `retrain_router` when the active model is older than ROUTING_RETRAIN_HOURS and none is queued."""
    from django.utils import timezone
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    from .tasks import retrain_router

    hours = settings.ROUTING_RETRAIN_HOURS
    if hours <= 0 or not isinstance(retrain_router.get_backend(), DatabaseBackend):
        return False  # only a worker trains; never inline in the scheduler
    now = now or timezone.now()
    latest = RoutingModel.objects.order_by("-created_at").values_list("created_at", flat=True).first()
    if latest is not None and now - latest < timedelta(hours=hours):
        return False
    if DBTaskResult.objects.filter(task_path=retrain_router.module_path, status__in=["READY", "RUNNING"]).exists():
        return False
    retrain_router.enqueue()
    return True


def route_text(text: str, **where) -> router.RoutingResult:
    return router.route(text, model=current_classifier(), **where)


def route_filed(report: Report, *, region_code: str | None = None, **options) -> router.RoutingResult:
    """Route a filed report: its title, body and location, and where the reporter said it happened
    (or `region_code`, where a verifier says it did)."""
    return route_text(
        f"{report.title}. {report.body}. {report.location_text}",
        region_code=region_code or (report.region.code if report.region_id else None),
        region_source="verifier" if region_code else "reporter",
        lat=report.latitude,
        lon=report.longitude,
        **options,
    )


def refused_agency_ids(report: Report) -> list[int]:
    return list(
        ReportEvent.objects.filter(report=report, action="not_authority")
        .exclude(actor_agency__isnull=True)
        .values_list("actor_agency_id", flat=True)
    )


def route_report(report: Report) -> RoutingDecision | None:
    """Route a report waiting for verification: automatically when sure, else suggestions for the queue.

    Kept: the reporter's agency when it is plausible. Automatic: a system "verify" to the agency, its
    timeline event carrying the explanation. Otherwise the decision holds the top-3 suggestions that
    the verification queue shows. Suspicious reports (spam score) never go automatically.
    """
    from lapor.reports.workflow import SYSTEM_VIEWER, TransitionInput, transition

    from .spam import is_suspicious, recent_reports_from_same_source, spam_score

    if report.status != Status.SUBMITTED:
        return None
    refused = refused_agency_ids(report)
    result = route_filed(
        report,
        chosen_agency=report.chosen_agency if report.chosen_agency_id and not refused else None,
        exclude_agency_ids=refused,
    )
    verdict = spam_score(
        title=report.title,
        body=report.body,
        contact=report.contact,
        user=report.reporter,
        recent_reports_from_same_source=recent_reports_from_same_source(
            user=report.reporter, contact=report.contact, exclude_pk=report.pk, now=report.created_at
        ),
    )
    suspicious = is_suspicious(verdict)
    explanation = {**result.explanation, "spam": {"score": round(verdict.score, 3), "reasons": verdict.reasons}}
    confident = result.agency is not None and result.confidence >= settings.ROUTING_AUTO_THRESHOLD

    # The system moves a report only out of the national queue or away from the reporter's own choice;
    # one handed back to a government (an OPD said "bukan wewenang") is that government's to dispose.
    movable = report.agency_id is None or (report.agency_id == report.chosen_agency_id and not refused)
    if result.kept_choice and report.agency_id == result.agency.pk:
        outcome = RoutingDecision.Outcome.KEPT
    elif confident and not suspicious and movable:
        outcome = RoutingDecision.Outcome.AUTO
    else:
        outcome = RoutingDecision.Outcome.QUEUE
    with transaction.atomic():
        decision = RoutingDecision.objects.create(
            report=report,
            outcome=outcome,
            agency=result.agency,
            confidence=result.confidence,
            suggestions=[s.as_data() for s in result.suggestions],
            explanation=explanation,
            model_version=result.explanation.get("model_version"),
            excluded_agency_ids=refused,
        )
        if outcome == RoutingDecision.Outcome.AUTO:
            transition(
                report,
                "verify",
                viewer=SYSTEM_VIEWER,
                data=TransitionInput(agency_id=result.agency.pk, extra={"routing": explanation}),
            )
    return decision


def record_not_authority(event: ReportEvent) -> RoutingFeedback | None:
    """A "bukan wewenang" is a training signal; the report is then routed again without that agency."""
    if event.action != "not_authority" or event.actor_agency_id is None:
        return None
    suggested = (event.data or {}).get("suggested_agency_id")
    feedback, _created = RoutingFeedback.objects.get_or_create(
        event=event,
        defaults={
            "report_id": event.report_id,
            "wrong_agency_id": event.actor_agency_id,
            "suggested_agency_id": suggested,
            "created_by_id": event.actor_id,
        },
    )
    return feedback


def latest_decision(report: Report) -> RoutingDecision | None:
    return report.routing_decisions.order_by("-created_at", "-id").first()
