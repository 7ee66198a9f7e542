"""The reports API: file, read, list, move through the lifecycle, follow the timeline, support.

Handlers stay thin: they build the viewer (bearer token and/or `X-Reporter-Token`), fetch through
the selectors (a report you may not see is 404), call a service or `workflow.transition`, and shape
the answer. Errors become problem+json in `lapor.core.api_errors`.
"""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from lapor.accounts.api import OPTIONAL_AUTH, caller
from lapor.accounts.models import Membership
from lapor.agencies.models import Agency
from lapor.core import ratelimit
from lapor.core.api_errors import Problem, problem
from lapor.core.audit import log_access
from lapor.core.cursors import keyset_page, set_next_page_headers
from lapor.routing.redaction import shown_text
from lapor.sla import selectors as sla_selectors

from . import selectors
from .exceptions import ReportNotFound
from .models import Channel, Report, ReportEvent
from .schemas import (
    EventOut,
    ReportCreatedOut,
    ReportFilters,
    ReportIn,
    ReportOut,
    ReportSummaryOut,
    SupportOut,
    TransitionIn,
    TransitionOut,
)
from .selectors import Viewer
from .services import ReportInput, report_attach, report_create, report_support
from .workflow import REPORTER, TransitionInput, allowed_actions, transition

router = Router(tags=["laporan"])

# A timeline is short in practice; the cap keeps one request bounded whatever happens.
MAX_EVENTS = 500
ERRORS = {401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem}


def visible_report(viewer: Viewer, tracking_id: str) -> Report:
    """The report behind a path's tracking id, 404 when the caller may not see it (or it cannot exist)."""
    if len(tracking_id) > 32 or "\x00" in tracking_id:
        raise ReportNotFound()
    return selectors.get_visible_report(viewer, tracking_id)


def api_viewer(request) -> Viewer:
    """The caller: the bearer token's user (if any) plus the reporter token in `X-Reporter-Token`."""
    token = request.headers.get("X-Reporter-Token", "").strip()
    return Viewer(user=caller(request), reporter_tokens=(token,) if token else ())


# --- Shaping -----------------------------------------------------------------------------------


def attachment_out(request, attachment) -> dict:
    return {
        "id": attachment.pk,
        "name": attachment.original_name,
        "content_type": attachment.content_type,
        "size": attachment.size,
        "url": request.build_absolute_uri(reverse("reports:attachment", args=[attachment.pk])),
    }


def report_summary(viewer: Viewer, report: Report) -> dict:
    originals = selectors.may_see_original_text(viewer, report)
    return {
        "tracking_id": report.tracking_id,
        "status": report.status,
        "status_label": str(report.get_status_display()),
        "kind": report.kind,
        "title": shown_text(report.title, originals=originals),
        "agency_id": report.agency_id,
        "agency_name": report.agency.name if report.agency_id else None,
        "category": report.category.code if report.category_id else None,
        "region_code": report.region.code if report.region_id else None,
        "deadline": report.due_at,
        "created_at": report.created_at,
        "anonymous": report.anonymous,
        "confidential": report.confidential,
        "support_count": report.support_count,
    }


def reporter_out(report: Report) -> dict:
    user = report.reporter
    contact = report.contact or (user.email or user.phone if user else None) or None
    return {"name": user.display_name if user else None, "contact": contact}


def report_detail(request, viewer: Viewer, report: Report, *, attachments=None) -> dict:
    """The full report as this viewer may see it; `attachments` when the caller already has them."""
    identity = selectors.may_see_reporter_identity(viewer, report)
    originals = selectors.may_see_original_text(viewer, report)
    deadline = sla_selectors.report_deadline_status(report)
    return {
        **report_summary(viewer, report),
        "kind_label": str(report.get_kind_display()),
        "body": shown_text(report.body, originals=originals),
        "channel": report.channel,
        "category_name": report.category.name if report.category_id else None,
        "region_name": report.region.name if report.region_id else None,
        "incident_date": report.incident_date,
        "location": shown_text(report.location_text, originals=originals),
        "lat": float(report.latitude) if report.latitude is not None else None,
        "lon": float(report.longitude) if report.longitude is not None else None,
        "completion_deadline": report.completion_due_at,
        "working_days_left": deadline.working_days_left,
        "deadline_state": deadline.state if deadline.running else None,
        "verified_at": report.verified_at,
        "closed_at": report.closed_at,
        "archive_reason": report.archive_reason or None,
        "rating": report.rating_score,
        "reporter": reporter_out(report) if identity else None,
        "allowed_actions": allowed_actions(viewer, report),
        "attachments": [
            attachment_out(request, a)
            for a in (selectors.visible_attachments(viewer, report) if attachments is None else attachments)
        ],
    }


def actor_name(viewer: Viewer, report: Report, event: ReportEvent, *, identity: bool) -> str:
    """Who took a step, as this viewer may know it.

    The reporter is named only to those who may see the identity (never an anonim reporter to an
    agency); officers are named to officers who reach the report, and shown as their agency to others.
    """
    if event.actor_role == REPORTER:
        if identity and event.actor_id:
            return event.actor.display_name
        return _("Anonim") if report.anonymous else _("Pelapor")
    if event.actor_id and viewer.covers(report) is not None:
        return event.actor.display_name
    if event.actor_agency_id:
        return event.actor_agency.name
    return _("Sistem") if event.actor_id is None else _("Petugas")


def event_out(request, viewer: Viewer, report: Report, event: ReportEvent, *, identity: bool) -> dict:
    originals = selectors.may_see_original_message(viewer, report, event)
    return {
        "id": event.pk,
        "action": event.action,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "actor": str(actor_name(viewer, report, event, identity=identity)),
        "actor_role": event.actor_role,
        "actor_agency_name": event.actor_agency.name if event.actor_agency_id else None,
        "agency_id": event.agency_id,
        "agency_name": event.agency.name if event.agency_id else None,
        "message": shown_text(event.message, originals=originals),
        "reason": shown_text(event.reason, originals=originals),
        "internal": event.is_internal,
        "data": event.data or {},
        "created_at": event.created_at,
        "attachments": [attachment_out(request, a) for a in event.attachments.all()],
    }


def audit_read(request, viewer: Viewer, report: Report, *, identity_shown: bool, what: str = "detail") -> None:
    """Officers reading a rahasia report or a reporter's identity leave a trace; oversight always does."""
    if not viewer.is_officer or viewer.is_reporter_of(report):
        return
    membership = viewer.covers(report)
    if membership is None:
        return  # read as a member of the public

    def log(action):
        log_access(
            user=viewer.user,
            action=action,
            object_type="report",
            object_id=report.tracking_id,
            detail=what,
            request=request,
        )

    if report.confidential:
        log("view_confidential_report")
    if identity_shown:
        log("view_reporter_identity")
    if not report.confidential and not identity_shown and membership.role == Membership.Role.PENGAWAS:
        log("view_report")


# --- Endpoints ---------------------------------------------------------------------------------


@router.post("", response={201: ReportCreatedOut, **ERRORS, 429: Problem}, **OPTIONAL_AUTH)
def report_file(request, response: HttpResponse, payload: ReportIn):
    """File a report, with or without an account.

    Without an account the answer carries a secret `reporter_token` (also in the `X-Reporter-Token`
    header): it is shown once; send it back as `X-Reporter-Token` to follow up, reply and rate.

    429 (with `Retry-After`, in seconds) when too many reports come from one network address, or
    from one reporter (account, or `contact` without one), in a short time.
    """
    user = caller(request)
    reporter = ratelimit.reporter_key(user, payload.contact or "")
    refusal = ratelimit.attempt_from_address(request) or ratelimit.reporter_refusal(request, reporter)
    if refusal is not None:
        return problem(429, refusal.message, headers={"Retry-After": str(refusal.retry_after)})
    report, raw_token = report_create(
        viewer=Viewer(user=user),
        data=ReportInput(
            kind=payload.kind,
            title=payload.title,
            body=payload.body,
            anonymous=payload.anonymous,
            confidential=payload.confidential,
            region_code=payload.region_code or "",
            agency_id=payload.agency_id,
            category=payload.category,
            incident_date=payload.incident_date,
            location=payload.location or "",
            lat=payload.lat,
            lon=payload.lon,
            contact=payload.contact or "",
            channel=Channel.API,
        ),
    )
    ratelimit.count_filing(request, reporter)
    # The reporter sees their own report: answer from the row just written instead of reading it back.
    viewer = Viewer(user=user, reporter_tokens=(raw_token,) if raw_token else ())
    if raw_token:
        response["X-Reporter-Token"] = raw_token
    # Filed as JSON: no attachments yet (they come through POST …/attachments).
    return Status(201, {**report_detail(request, viewer, report, attachments=()), "reporter_token": raw_token})


@router.get("", response={200: list[ReportSummaryOut], **ERRORS}, **OPTIONAL_AUTH)
def report_list(request, response: HttpResponse, filters: Query[ReportFilters]):
    """Reports you may see (public ones, your own, and your agencies'), newest first, a page at a time.

    The next page, if any, is announced in the `Link` (rel="next") and `X-Next-Cursor` headers.
    """
    viewer = api_viewer(request)
    agency = None
    if filters.agency_id is not None:
        agency = Agency.objects.filter(pk=filters.agency_id).first()
        if agency is None:
            raise ValidationError({"agency_id": _("Instansi tidak ditemukan.")})
    qs = selectors.report_search(
        viewer, status=filters.status or "", agency=agency, mine=filters.mine, text=filters.q or ""
    )
    items, next_cursor = keyset_page(
        qs, keys=("created_at", "id"), limit=filters.limit, cursor=filters.cursor, descending=True
    )
    set_next_page_headers(request, response, next_cursor)
    return [report_summary(viewer, r) for r in items]


@router.get("/{tracking_id}", response={200: ReportOut, **ERRORS}, **OPTIONAL_AUTH)
def report_get(request, tracking_id: str):
    """One report, if you may see it (a reporter without an account sends `X-Reporter-Token`)."""
    viewer = api_viewer(request)
    report = visible_report(viewer, tracking_id)
    data = report_detail(request, viewer, report)
    audit_read(request, viewer, report, identity_shown=data["reporter"] is not None)
    return data


@router.post("/{tracking_id}/transitions", response={200: TransitionOut, **ERRORS}, **OPTIONAL_AUTH)
def report_transition(request, tracking_id: str, payload: TransitionIn):
    """Move the report through its lifecycle (see the transition table in the project's docs).

    403: you may not take this action; 409: the report's status does not allow it now, or someone
    else changed the report a moment ago; 422: a field is missing or wrong (or the action is unknown).
    """
    viewer = api_viewer(request)
    report = visible_report(viewer, tracking_id)
    event = transition(
        report,
        payload.action.strip(),
        viewer=viewer,
        data=TransitionInput(
            agency_id=payload.agency_id,
            message=payload.message,
            reason=payload.reason,
            score=payload.score,
            days=payload.days,
            duplicate_of=payload.duplicate_of,
        ),
    )
    # `report` now holds the new state; it may have left the caller's scope (bukan wewenang).
    identity = selectors.may_see_reporter_identity(viewer, report)
    return {
        "report": report_detail(request, viewer, report),
        "event": event_out(request, viewer, report, event, identity=identity),
    }


@router.get("/{tracking_id}/events", response={200: list[EventOut], **ERRORS}, **OPTIONAL_AUTH)
def report_events(request, tracking_id: str):
    """The timeline you may see: internal notes only for officers who reach the report."""
    viewer = api_viewer(request)
    report = visible_report(viewer, tracking_id)
    identity = selectors.may_see_reporter_identity(viewer, report)
    events = list(selectors.visible_events(viewer, report)[:MAX_EVENTS])
    shows_reporter = identity and any(e.actor_role == REPORTER and e.actor_id for e in events)
    audit_read(request, viewer, report, identity_shown=shows_reporter, what="timeline")
    return [event_out(request, viewer, report, e, identity=identity) for e in events]


@router.post("/{tracking_id}/attachments", response={201: EventOut, **ERRORS}, **OPTIONAL_AUTH)
def report_attachments_add(request, tracking_id: str, attachments: File[list[UploadedFile]], message: Form[str] = ""):
    """Add files (multipart field `attachments`: JPG, PNG, WEBP or PDF) to an open report.

    For its reporter, or an officer who handles it. Images are re-encoded, which strips EXIF/GPS.
    """
    viewer = api_viewer(request)
    report = visible_report(viewer, tracking_id)
    event = report_attach(viewer=viewer, report=report, files=attachments, message=message)
    identity = selectors.may_see_reporter_identity(viewer, report)
    return Status(201, event_out(request, viewer, report, event, identity=identity))


@router.post("/{tracking_id}/support", response={200: SupportOut, **ERRORS})
def report_support_add(request, tracking_id: str):
    """Dukung: add your support to a public report (once per person; repeating changes nothing)."""
    viewer = api_viewer(request)
    report = visible_report(viewer, tracking_id)
    report_support(viewer=viewer, report=report)
    return {"support_count": report.support_count, "supported": True}
