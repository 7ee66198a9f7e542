"""The lifecycle of a report: one table of allowed transitions and the one function that applies them.

Every change of status, holder or deadline goes through `transition()`, which checks the table and
the actor's scope, moves the report with a compare-and-set on `version`, and writes an immutable
timeline event in the same transaction.

| from              | action        | to                | who                               | clock        |
|-------------------|---------------|-------------------|-----------------------------------|--------------|
| submitted         | verify        | disposed          | admin nasional / admin instansi   | first answer |
| submitted         | hold          | on_hold           | admin nasional / admin instansi   | paused       |
| on_hold           | resume        | submitted         | admin nasional / admin instansi   | verification |
| on_hold           | reply         | (unchanged)       | reporter (supplies what was asked) | paused       |
| submitted         | archive       | archived          | admin nasional / admin instansi   | stopped      |
| submitted         | not_authority | submitted (up)    | admin instansi                    | verification |
| disposed          | dispose       | disposed          | admin nasional / admin instansi   | kept         |
| disposed          | not_authority | submitted (up)    | admin instansi / petugas          | verification |
| disposed          | respond       | followed_up       | admin instansi / petugas          | reply window |
| reporter_replied  | respond       | followed_up       | admin instansi / petugas          | reply window |
| followed_up       | respond       | followed_up       | admin instansi / petugas          | reply window |
| followed_up       | reply         | reporter_replied  | reporter                          | first answer |
| followed_up       | close         | closed            | admin nasional / admin instansi   | stopped      |
| followed_up       | close         | closed            | system, once the reply window passed | stopped   |
| reporter_replied  | close         | closed            | admin nasional / admin instansi   | stopped      |
| closed            | rate          | (unchanged)       | reporter, once                    | -            |
| any open status   | note          | (unchanged)       | officers who act on reports       | kept         |
| disposed, reporter_replied | request_extension | (unchanged) | admin instansi / petugas     | kept         |
| disposed, reporter_replied | grant_extension   | (unchanged) | admin nasional / admin instansi | extended  |
| disposed, reporter_replied | refuse_extension  | (unchanged) | admin nasional / admin instansi | kept      |

"Submitted (up)" sends the report back to the body that routed it to this one (or to the national
queue), with the reason and optionally a suggestion of who is responsible: never dropped.

The system acts as `SYSTEM_VIEWER` (no user; the event has no actor and actor_role "system"): the
sweeps (`lapor.sla.sweeps`) close a report whose reporter stayed silent past the reply window
("ditutup oleh sistem", `closed_by = system`). Only steps whose roles include SYSTEM accept it.
For a backlog the sweeps use `close_many_by_system`, the same table and compare-and-set
applied to a batch of closes in one transaction.

Clocks run in working days of the report's region (`lapor.sla`): a stage's deadline is computed from
the SLA policy in force when it starts and stored on the report. An officer may ask for more working
days (`days`, with a reason); another admin over the report grants (at most what was asked; both
running deadlines move, and the reporter sees it) or refuses. A request lapses when its stage ends.
"""

from dataclasses import dataclass
from enum import Enum

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lapor.accounts.models import Membership
from lapor.agencies.models import Agency
from lapor.notifications.services import notify_for_event_later, notify_for_events_later
from lapor.sla import services as sla_services

from . import deadlines
from .exceptions import ActionNotAllowed, ConcurrentUpdate, InvalidTransition, ReportNotFound
from .models import OPEN_STATUSES, ArchiveReason, ClosedBy, Report, ReportEvent, Status
from .selectors import Viewer

Role = Membership.Role
REPORTER = "reporter"
SYSTEM = "system"
ADMINS = frozenset({Role.ADMIN_NASIONAL, Role.ADMIN_INSTANSI})
HANDLERS = frozenset({Role.ADMIN_NASIONAL, Role.ADMIN_INSTANSI, Role.PETUGAS})


class Clock(Enum):
    VERIFICATION = "verification"  # restart: verify and route within 3 days
    FIRST_RESPONSE = "first_response"  # restart: the agency answers within 5 days
    REPLY_WINDOW = "reply_window"  # restart: the reporter may reply within 10 days
    PAUSE = "pause"  # tunda: no deadline until resumed
    STOP = "stop"  # finished: no deadline
    KEEP = "keep"  # unchanged
    EXTEND = "extend"  # a granted extension moves the running deadlines later


@dataclass(frozen=True)
class Step:
    to: Status | None  # None keeps the status
    roles: frozenset
    clock: Clock


S = Status
TRANSITIONS: dict[tuple[str, str], Step] = {
    # SYSTEM: the router sends a report on by itself when it is sure (lapor.routing).
    (S.SUBMITTED, "verify"): Step(S.DISPOSED, ADMINS | {SYSTEM}, Clock.FIRST_RESPONSE),
    (S.SUBMITTED, "hold"): Step(S.ON_HOLD, ADMINS, Clock.PAUSE),
    (S.ON_HOLD, "resume"): Step(S.SUBMITTED, ADMINS, Clock.VERIFICATION),
    (S.ON_HOLD, "reply"): Step(None, frozenset({REPORTER}), Clock.PAUSE),
    (S.SUBMITTED, "archive"): Step(S.ARCHIVED, ADMINS, Clock.STOP),
    # Merge a duplicate into the main report: archived ("duplikat"), it follows the main report's answers.
    **{
        (status, "merge"): Step(S.ARCHIVED, ADMINS, Clock.STOP)
        for status in (S.SUBMITTED, S.ON_HOLD, S.DISPOSED, S.REPORTER_REPLIED)
    },
    (S.SUBMITTED, "not_authority"): Step(S.SUBMITTED, frozenset({Role.ADMIN_INSTANSI}), Clock.VERIFICATION),
    (S.DISPOSED, "dispose"): Step(S.DISPOSED, ADMINS, Clock.KEEP),
    (S.DISPOSED, "not_authority"): Step(
        S.SUBMITTED, frozenset({Role.ADMIN_INSTANSI, Role.PETUGAS}), Clock.VERIFICATION
    ),
    (S.DISPOSED, "respond"): Step(S.FOLLOWED_UP, HANDLERS - {Role.ADMIN_NASIONAL}, Clock.REPLY_WINDOW),
    (S.REPORTER_REPLIED, "respond"): Step(S.FOLLOWED_UP, HANDLERS - {Role.ADMIN_NASIONAL}, Clock.REPLY_WINDOW),
    (S.FOLLOWED_UP, "respond"): Step(S.FOLLOWED_UP, HANDLERS - {Role.ADMIN_NASIONAL}, Clock.REPLY_WINDOW),
    (S.FOLLOWED_UP, "reply"): Step(S.REPORTER_REPLIED, frozenset({REPORTER}), Clock.FIRST_RESPONSE),
    (S.FOLLOWED_UP, "close"): Step(S.CLOSED, ADMINS | {SYSTEM}, Clock.STOP),
    (S.REPORTER_REPLIED, "close"): Step(S.CLOSED, ADMINS, Clock.STOP),
    (S.CLOSED, "rate"): Step(None, frozenset({REPORTER}), Clock.KEEP),
    **{(status, "note"): Step(None, HANDLERS, Clock.KEEP) for status in OPEN_STATUSES},
    **{
        (status, action): Step(None, roles, clock)
        for status in (S.DISPOSED, S.REPORTER_REPLIED)
        for action, roles, clock in (
            ("request_extension", frozenset({Role.ADMIN_INSTANSI, Role.PETUGAS}), Clock.KEEP),
            ("grant_extension", ADMINS, Clock.EXTEND),
            ("refuse_extension", ADMINS, Clock.KEEP),
        )
    },
}

ACTIONS = sorted({action for _status, action in TRANSITIONS})
# Actions whose text the reporter and the public never see (a granted extension is shown).
INTERNAL_ACTIONS = {"note", "request_extension", "refuse_extension"}


@dataclass(frozen=True)
class _SystemActor:
    """Stands where a membership would: the timeline records role "system", no agency."""

    role: str = SYSTEM
    agency: None = None
    agency_id: None = None
    is_nationwide: bool = False


class SystemViewer(Viewer):
    """LAPOR! itself acting (the sweeps): no user, no reporter tokens, only the steps open to SYSTEM."""

    is_system = True


SYSTEM_VIEWER = SystemViewer()
SYSTEM_ACTOR = _SystemActor()


def allowed_actions(viewer: Viewer, report: Report) -> list[str]:
    """The actions this viewer could take on the report now (for showing buttons)."""
    result = []
    for (status, action), step in TRANSITIONS.items():
        if status != report.status:
            continue
        if _actor(viewer, report, step) is not False and _extra_rule_ok(viewer, report, action):
            result.append(action)
    return result


def _actor(viewer: Viewer, report: Report, step: Step):
    """The membership acting (or None for the reporter); False when the viewer may not take the step."""
    if getattr(viewer, "is_system", False):
        return SYSTEM_ACTOR if SYSTEM in step.roles else False
    if REPORTER in step.roles and viewer.is_reporter_of(report):
        return None
    officer_roles = step.roles - {REPORTER}
    if officer_roles:
        membership = viewer.covers(report, roles=officer_roles)
        if membership is not None:
            return membership
    return False


def _extra_rule_ok(viewer: Viewer, report: Report, action: str) -> bool:
    if action == "rate":
        return report.rating_score is None
    if action == "not_authority" and report.status == S.SUBMITTED:
        return report.agency_id is not None
    if action in sla_services.EXTENSION_ACTIONS:
        return sla_services.extension_allowed(viewer, report, action)
    return True


@dataclass
class TransitionInput:
    agency_id: int | None = None
    message: str = ""
    reason: str = ""
    score: int | None = None
    days: int | None = None  # extra working days asked for or granted (extensions)
    extra: dict | None = None  # recorded in the event's data (e.g. the router's explanation)
    duplicate_of: str = ""  # merge: the tracking ID of the main report


def _require(value, field: str, message: str):
    if value in (None, "", []):
        raise ValidationError({field: message})
    return value


def _target_agency(membership: Membership, report: Report, agency_id, *, strictly_below: bool) -> Agency:
    _require(agency_id, "agency_id", _("Pilih instansi tujuan."))
    agency = Agency.objects.active().filter(pk=agency_id).first()
    if agency is None:
        raise ValidationError({"agency_id": _("Instansi tujuan tidak ditemukan.")})
    if membership is SYSTEM_ACTOR or membership.is_nationwide:
        return agency
    if not agency.is_within(membership.agency) or (strictly_below and agency.pk == membership.agency_id):
        raise ValidationError(
            {"agency_id": _("Instansi tujuan harus berada di bawah %(agency)s.") % {"agency": membership.agency.name}}
        )
    return agency


def _merge_target(viewer: Viewer, report: Report, tracking_id: str) -> Report:
    """The main report a duplicate is merged into: one the viewer sees, public, not itself merged away."""
    from .selectors import get_visible_report

    tracking_id = (tracking_id or "").strip().lstrip("#").upper()
    _require(tracking_id, "duplicate_of", _("Isi nomor laporan utama."))
    try:
        main = get_visible_report(viewer, tracking_id)
    except ReportNotFound:
        raise ValidationError({"duplicate_of": _("Laporan utama tidak ditemukan.")}) from None
    if main.duplicate_of_id:
        main = main.duplicate_of  # merge into the report the duplicates already follow
    if main.pk == report.pk:
        raise ValidationError({"duplicate_of": _("Laporan tidak dapat digabungkan dengan dirinya sendiri.")})
    if main.confidential:
        # Its answers would reach the duplicate's reporter.
        raise ValidationError({"duplicate_of": _("Laporan rahasia tidak dapat menjadi laporan utama.")})
    if main.status == Status.ARCHIVED:
        raise ValidationError({"duplicate_of": _("Laporan yang diarsipkan tidak dapat menjadi laporan utama.")})
    return main


def _return_destination(report: Report) -> Agency | None:
    """Who routed the report to its current holder: the report goes back there (None = national queue)."""
    arrival = (
        report.events.filter(agency_id=report.agency_id, action__in=["submit", "verify", "dispose", "not_authority"])
        .select_related("actor_agency")
        .order_by("-created_at", "-id")
        .first()
    )
    if arrival is None or arrival.action == "submit" or arrival.actor_role == Role.ADMIN_NASIONAL:
        return None
    if arrival.action == "not_authority":
        return _return_destination_above(report.agency)
    sender = arrival.actor_agency
    if sender is None or sender.pk == report.agency_id:
        return _return_destination_above(report.agency)
    return sender


def _return_destination_above(agency: Agency) -> Agency | None:
    return agency.parent if agency.parent_id and agency.kind in {Agency.Kind.OPD, Agency.Kind.UNIT} else None


def _closing(membership, now) -> dict:
    return {"closed_at": now, "closed_by": ClosedBy.SYSTEM if membership is SYSTEM_ACTOR else ClosedBy.ADMIN}


def close_many_by_system(reports: list[Report]) -> list[ReportEvent]:
    """Close many reports as the system in one transaction: the sweeps' path for a backlog.

    The same table, compare-and-set and timeline as `transition(report, "close", SYSTEM_VIEWER)`,
    written in bulk: the reports are locked, those that moved on since they were read (another version
    or status) are left out, the rest change with one UPDATE per version and one INSERT of events, and
    one task notifies them all. Returns the events written; the reports passed in are updated like
    `transition` updates its one.
    """
    action = "close"
    steps = {report.pk: TRANSITIONS.get((report.status, action)) for report in reports}
    eligible = [r for r in reports if steps[r.pk] and _actor(SYSTEM_VIEWER, r, steps[r.pk]) is SYSTEM_ACTOR]
    if not eligible:
        return []
    now = timezone.now()
    with transaction.atomic():
        current = dict(
            Report.objects.select_for_update().filter(pk__in=[r.pk for r in eligible]).values_list("pk", "version")
        )
        moving = [r for r in eligible if current.get(r.pk) == r.version]
        by_version: dict[tuple, list[Report]] = {}
        for report in moving:
            by_version.setdefault((report.version, report.status), []).append(report)
        changes_of: dict[int, dict] = {}
        for (version, status), group in by_version.items():
            step = TRANSITIONS[(status, action)]
            changes = _closing(SYSTEM_ACTOR, now)
            if step.clock in (Clock.PAUSE, Clock.STOP):
                changes["due_at"] = None
            changes["status"] = step.to or status
            updated = Report.objects.filter(pk__in=[r.pk for r in group], version=version, status=status).update(
                **changes, version=version + 1, updated_at=now
            )
            if updated != len(group):  # only where rows are not locked (SQLite): let the caller go one by one
                raise ConcurrentUpdate()
            for report in group:
                changes_of[report.pk] = changes
        events = ReportEvent.objects.bulk_create(
            [
                ReportEvent(
                    report=report,
                    action=action,
                    from_status=report.status,
                    to_status=changes_of[report.pk]["status"],
                    actor=None,
                    actor_role=SYSTEM,
                    is_internal=action in INTERNAL_ACTIONS,
                )
                for report in moving
            ]
        )
        notify_for_events_later(events)
    for report in moving:
        for name, value in changes_of[report.pk].items():
            setattr(report, name, value)
        report.version += 1
    return events


def transition(
    report: Report, action: str, *, viewer: Viewer, data: TransitionInput | None = None, attachments=()
) -> ReportEvent:
    """Apply `action` to `report` as `viewer`; raise if the table, the scope or the input forbid it."""
    data = data or TransitionInput()
    step = TRANSITIONS.get((report.status, action))
    if step is None:
        if action not in ACTIONS:
            raise ValidationError({"action": _("Tindakan tidak dikenal: %(action)s.") % {"action": action}})
        raise InvalidTransition()
    membership = _actor(viewer, report, step)
    if membership is False:
        raise ActionNotAllowed()
    # Extensions: the precise 403/409 before the generic one below; the request waiting for a decision.
    extending = action in sla_services.EXTENSION_ACTIONS
    pending_extension = sla_services.extension_check(viewer, report, action) if extending else None
    if not _extra_rule_ok(viewer, report, action):
        raise InvalidTransition()

    now = timezone.now()
    changes: dict = {}
    sla_data: dict = {}  # the policies behind new deadlines, recorded in the event
    event_fields: dict = {"message": (data.message or "").strip(), "reason": (data.reason or "").strip()[:200]}
    new_status = step.to or report.status
    new_agency = report.agency

    if action in {"verify", "dispose"}:
        new_agency = _target_agency(membership, report, data.agency_id, strictly_below=(action == "dispose"))
        event_fields["agency"] = new_agency
        if action == "verify" and report.verified_at is None:
            changes["verified_at"] = now
            completion = deadlines.completion_deadline(report, now, agency=new_agency)
            changes["completion_due_at"] = completion.due_at
            sla_data["completion_due_at"] = completion.as_data()
    elif action == "not_authority":
        _require(event_fields["reason"] or event_fields["message"], "reason", _("Jelaskan mengapa bukan wewenang."))
        new_agency = _return_destination(report)
        event_fields["agency"] = new_agency
        if data.agency_id:
            suggested = Agency.objects.filter(pk=data.agency_id).first()
            if suggested is None:
                raise ValidationError({"agency_id": _("Instansi yang disarankan tidak ditemukan.")})
            event_fields["data"] = {"suggested_agency_id": suggested.pk, "suggested_agency_name": suggested.name}
    elif action == "hold":
        _require(
            event_fields["message"] or event_fields["reason"],
            "message",
            _("Tuliskan apa yang perlu dilengkapi pelapor."),
        )
    elif action == "merge":
        main = _merge_target(viewer, report, data.duplicate_of)
        changes.update(duplicate_of=main, archive_reason=ArchiveReason.DUPLICATE)
        event_fields["reason"] = ArchiveReason.DUPLICATE
        event_fields["data"] = {"main_tracking_id": main.tracking_id, "main_title": main.title[:200]}
    elif action == "archive":
        reason = event_fields["reason"]
        if reason not in ArchiveReason.values:
            raise ValidationError({"reason": _("Pilih alasan arsip yang valid.")})
        changes["archive_reason"] = reason
    elif action in {"respond", "reply", "note"}:
        _require(event_fields["message"], "message", _("Isi pesan wajib diisi."))
        if action == "respond" and report.first_response_at is None:
            changes["first_response_at"] = now
    elif action == "close":
        changes.update(_closing(membership, now))
    elif action == "rate":
        if data.score is None or not 1 <= int(data.score) <= 5:
            raise ValidationError({"score": _("Penilaian harus berupa angka 1 sampai 5.")})
        changes.update(rating_score=int(data.score), rating_comment=event_fields["message"], rated_at=now)
        event_fields["data"] = {"score": int(data.score)}
    elif extending:
        extension = sla_services.extension_outcome(
            report, action, pending=pending_extension, days=data.days, reason=event_fields["reason"], now=now
        )
        changes.update(extension.changes)
        event_fields.update(reason=extension.reason[:200], data=extension.data)

    if step.clock in (Clock.VERIFICATION, Clock.FIRST_RESPONSE, Clock.REPLY_WINDOW):
        due = deadlines.stage_deadline(report, step.clock.value, now, agency=new_agency)
        changes["due_at"] = due.due_at
        sla_data["due_at"] = due.as_data()
    elif step.clock in (Clock.PAUSE, Clock.STOP):
        changes["due_at"] = None
    if sla_data:
        event_fields["data"] = {**event_fields.get("data", {}), "sla": sla_data}
    if data.extra:
        event_fields["data"] = {**event_fields.get("data", {}), **data.extra}

    if new_agency != report.agency:
        changes["agency"] = new_agency
        changes["agency_path"] = new_agency.path if new_agency else ""
    changes["status"] = new_status

    from .attachments import clean_uploads, save_attachments

    cleaned = clean_uploads(attachments)
    with transaction.atomic():
        updated = Report.objects.filter(pk=report.pk, version=report.version).update(
            **changes, version=report.version + 1, updated_at=now
        )
        if updated != 1:
            raise ConcurrentUpdate()
        event = ReportEvent.objects.create(
            report=report,
            action=action,
            from_status=report.status,
            to_status=new_status,
            actor=viewer.user if viewer.is_authenticated else None,
            actor_role=membership.role if membership else REPORTER,
            actor_agency=membership.agency if membership else None,
            is_internal=action in INTERNAL_ACTIONS,
            **event_fields,
        )
        save_attachments(report, cleaned, event=event, user=viewer.user if viewer.is_authenticated else None)
        notify_for_event_later(event)
        if action == "not_authority":
            # A correction: remembered for training, and the report is routed again without this agency.
            from lapor.routing.services import record_not_authority, route_later

            record_not_authority(event)
            route_later(report)
    for name, value in changes.items():
        setattr(report, name, value)
    report.version += 1
    return event
