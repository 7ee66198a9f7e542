"""Reading reports: the one place that decides who may see what.

A viewer is a user (possibly anonymous) plus the reporter tokens they hold. Every page and API
endpoint fetches reports through `visible_reports`, so a report you may not see answers 404.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from lapor.accounts.models import Membership, hash_token

from .exceptions import ReportNotFound
from .models import OPEN_STATUSES, Attachment, Report, ReportEvent, Status

OFFICER_ROLES = {
    Membership.Role.ADMIN_NASIONAL,
    Membership.Role.ADMIN_INSTANSI,
    Membership.Role.PETUGAS,
    Membership.Role.PIMPINAN,
    Membership.Role.PENGAWAS,
}


@dataclass
class Viewer:
    user: object = None
    reporter_tokens: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_authenticated(self) -> bool:
        return self.user is not None and self.user.is_authenticated

    @cached_property
    def memberships(self) -> list[Membership]:
        if not self.is_authenticated:
            return []
        return list(Membership.objects.filter(user=self.user).select_related("agency"))

    @cached_property
    def token_hashes(self) -> list[str]:
        return [hash_token(t) for t in self.reporter_tokens if t]

    @property
    def is_officer(self) -> bool:
        return bool(self.memberships)

    @property
    def is_nationwide(self) -> bool:
        return any(m.is_nationwide for m in self.memberships)

    def scope_paths(self, roles=None) -> list[str]:
        return [m.agency.path for m in self.memberships if roles is None or m.role in roles]

    def covers(self, report: Report, roles=None) -> Membership | None:
        """The membership (with one of `roles`) through which this viewer officially reaches `report`."""
        for m in self.memberships:
            if roles is not None and m.role not in roles:
                continue
            if m.is_nationwide or (report.agency_path and report.agency_path.startswith(m.agency.path)):
                return m
        return None

    def is_reporter_of(self, report: Report) -> bool:
        if self.is_authenticated and report.reporter_id == self.user.pk:
            return True
        return bool(report.reporter_token_hash) and report.reporter_token_hash in self.token_hashes


def public_q() -> Q:
    return Q(verified_at__isnull=False, confidential=False) & ~Q(status=Status.ARCHIVED)


def scope_q(viewer: Viewer) -> Q:
    """Reports an officer reaches through their memberships (rahasia included)."""
    if viewer.is_nationwide:
        return Q(pk__isnull=False)
    q = Q(pk__in=[])
    for path in set(viewer.scope_paths()):
        q |= Q(agency_path__startswith=path)
    return q


def visible_reports(viewer: Viewer) -> QuerySet[Report]:
    q = public_q()
    if viewer.is_authenticated:
        q |= Q(reporter=viewer.user)
    if viewer.token_hashes:
        q |= Q(reporter_token_hash__in=viewer.token_hashes)
    if viewer.is_officer:
        q |= scope_q(viewer)
    return Report.objects.filter(q)


def get_visible_report(viewer: Viewer, tracking_id: str) -> Report:
    report = (
        visible_reports(viewer)
        .select_related("agency", "category", "category__parent", "region", "reporter", "chosen_agency")
        .filter(tracking_id=str(tracking_id).strip().upper().lstrip("#"))
        .first()
    )
    if report is None:
        raise ReportNotFound()
    return report


def public_reports(*, text: str = "") -> QuerySet[Report]:
    """Public reports, newest first; `text` matches the title and body as the public reads them
    (personal data masked), or the tracking id."""
    qs = Report.objects.filter(public_q())
    if text:
        qs = qs.filter(Q(public_text__icontains=text) | Q(tracking_id__iexact=text.lstrip("#")))
    return qs.select_related("agency", "category").order_by("-created_at", "-id")


def reports_of_reporter(viewer: Viewer) -> QuerySet[Report]:
    if not viewer.is_authenticated:
        return Report.objects.none()
    return Report.objects.filter(reporter=viewer.user).select_related("agency", "category").order_by("-created_at")


def may_see_reporter_identity(viewer: Viewer, report: Report) -> bool:
    """Anonim hides the reporter from agencies and the public; the national admin verifies identity."""
    if viewer.is_reporter_of(report):
        return True
    if not report.anonymous:
        return viewer.covers(report) is not None
    return any(m.role == Membership.Role.ADMIN_NASIONAL for m in viewer.memberships)


def may_see_original_text(viewer: Viewer, report: Report) -> bool:
    """Personal data written into the report (NIK, phone, names…) reads in full only to its reporter
    and to officers who reach it; everyone else reads it masked (`lapor.routing.redaction`).

    In an anonim report that data is the reporter's identity ("nama saya …", a phone number), so
    only those who may see the identity read it in full.
    """
    if report.anonymous:
        return may_see_reporter_identity(viewer, report)
    return viewer.is_reporter_of(report) or viewer.covers(report) is not None


def with_shown_titles(viewer: Viewer, reports) -> list[Report]:
    """Reports for a list, each with `.shown_title`: personal data masked unless the viewer may read
    the report's text in full. Every list of reports shows titles through this."""
    from lapor.routing.redaction import shown_text

    rows = list(reports)
    for r in rows:
        r.shown_title = shown_text(r.title, originals=may_see_original_text(viewer, r))
    return rows


def original_text_q(viewer: Viewer) -> Q:
    """The reports whose text this viewer reads in full: `may_see_original_text` as a filter, for
    searches that must not match what the viewer's page masks. The two must agree (tested together)."""
    q = Q(pk__in=[])
    if viewer.is_authenticated:
        q |= Q(reporter=viewer.user)
    if viewer.token_hashes:
        q |= Q(reporter_token_hash__in=viewer.token_hashes)
    if viewer.is_officer:
        q |= Q(anonymous=False) & scope_q(viewer)
    if any(m.role == Membership.Role.ADMIN_NASIONAL for m in viewer.memberships):
        q |= Q(anonymous=True)
    return q


def title_matches_q(viewer: Viewer, text: str) -> Q:
    """Reports whose title, as this viewer reads it, contains `text`, or whose tracking id is `text`.

    The masked title matches for everyone (it holds nothing the viewer may not read); the original
    only where the viewer reads the original.
    """
    return (
        Q(public_title__icontains=text)
        | (original_text_q(viewer) & Q(title__icontains=text))
        | Q(tracking_id__iexact=text.lstrip("#").upper())
    )


def may_see_original_message(viewer: Viewer, report: Report, event: ReportEvent) -> bool:
    """An event's text in full: as for the report's own text, except that officers who reach the
    report read their colleagues' words as written where only the reporter's are masked (anonim)."""
    if may_see_original_text(viewer, report):
        return True
    return event.actor_role != "reporter" and viewer.covers(report) is not None


def visible_events(viewer: Viewer, report: Report) -> QuerySet[ReportEvent]:
    """The timeline: internal notes only for officers who reach the report."""
    qs = report.events.select_related("actor", "actor_agency", "agency").prefetch_related("attachments")
    if viewer.covers(report) is None:
        qs = qs.filter(is_internal=False)
    return qs


def report_search(
    viewer: Viewer, *, status: str = "", agency=None, mine: bool = False, text: str = ""
) -> QuerySet[Report]:
    """Reports the viewer may see, narrowed by the API's list filters (`agency` includes its subtree)."""
    qs = visible_reports(viewer)
    if mine:
        own = Q(pk__in=[])
        if viewer.is_authenticated:
            own |= Q(reporter=viewer.user)
        if viewer.token_hashes:
            own |= Q(reporter_token_hash__in=viewer.token_hashes)
        qs = qs.filter(own)
    if status:
        qs = qs.filter(status=status)
    if agency is not None:
        qs = qs.filter(agency_path__startswith=agency.path)
    text = (text or "").strip()
    if text:
        qs = qs.filter(title_matches_q(viewer, text))
    return qs.select_related("agency", "category", "region")


def visible_attachments(viewer: Viewer, report: Report) -> QuerySet[Attachment]:
    """A visible report's files; those added with an internal note only for officers who reach it."""
    qs = report.attachments.order_by("created_at", "id")
    if viewer.covers(report) is None:
        qs = qs.exclude(event__is_internal=True)
    return qs


def get_visible_attachment(viewer: Viewer, attachment_id: int) -> Attachment:
    attachment = (
        Attachment.objects.select_related("report", "event")
        .filter(pk=attachment_id, report__in=visible_reports(viewer))
        .first()
    )
    if attachment is None:
        raise ReportNotFound()
    if attachment.event_id and attachment.event.is_internal and viewer.covers(attachment.report) is None:
        raise ReportNotFound()
    return attachment


# --- The officers' inbox -----------------------------------------------------------------------

INBOX_SORTS = {"deadline": ("due_at", "id"), "-created": ("-created_at", "-id"), "created": ("created_at", "id")}


@dataclass
class InboxFilters:
    status: str = ""
    category_id: int | None = None
    region_code: str = ""
    overdue: bool = False
    text: str = ""
    sort: str = "deadline"

    def __post_init__(self):
        # Closed and archived reports have no deadline: "deadline order" would sort the whole history
        # by id (0.3-1.4 s at 1M reports). Newest first is what an officer looking back wants anyway.
        if self.sort == "deadline" and self.status in (Status.CLOSED, Status.ARCHIVED):
            self.sort = "-created"


def filter_reports(viewer: Viewer, qs: QuerySet[Report], filters: InboxFilters, *, now=None) -> QuerySet[Report]:
    """Narrow a list of reports by the officers' filters (all but status); the text matches titles as
    the viewer reads them."""
    if filters.category_id:
        qs = qs.filter(Q(category_id=filters.category_id) | Q(category__parent_id=filters.category_id))
    if filters.region_code:
        qs = qs.filter(region__code__startswith=filters.region_code)
    if filters.overdue:
        qs = qs.filter(due_at__lt=now or timezone.now())
    if filters.text:
        qs = qs.filter(title_matches_q(viewer, filters.text.strip()))
    return qs


def inbox(viewer: Viewer, filters: InboxFilters, *, now=None) -> QuerySet[Report]:
    """Reports in the officer's subtree (open ones by default), soonest deadline first."""
    if not viewer.is_officer:
        return Report.objects.none()
    qs = Report.objects.filter(scope_q(viewer))
    if filters.status:
        qs = qs.filter(status=filters.status)
    else:
        qs = qs.filter(status__in=OPEN_STATUSES)
    qs = filter_reports(viewer, qs, filters, now=now)
    order = INBOX_SORTS.get(filters.sort, INBOX_SORTS["deadline"])
    # The region gives each row's working-day calendar (deadline badges).
    return qs.select_related("agency", "category", "region").order_by(*order)


def inbox_counts(viewer: Viewer) -> dict[str, int]:
    """Reports per open status in the viewer's scope.

    Only the open ones: they are few and index-only (`report_inbox_open_idx`), while counting the
    closed and archived history grows every year (180-280 ms for a province at 1M reports).
    """
    if not viewer.is_officer:
        return {}
    rows = (
        Report.objects.filter(scope_q(viewer), status__in=OPEN_STATUSES)
        .values("status")
        .annotate(n=Count("id"))
        .order_by()
    )
    counts = dict.fromkeys(OPEN_STATUSES, 0)
    counts.update({r["status"]: r["n"] for r in rows})
    return counts


def verification_queue(viewer: Viewer) -> QuerySet[Report]:
    """Reports waiting to be verified and routed by this viewer (national queue or agency queue)."""
    roles = {Membership.Role.ADMIN_NASIONAL, Membership.Role.ADMIN_INSTANSI}
    if not any(m.role in roles for m in viewer.memberships):
        return Report.objects.none()
    qs = Report.objects.filter(status__in=[Status.SUBMITTED, Status.ON_HOLD])
    if not any(m.role == Membership.Role.ADMIN_NASIONAL for m in viewer.memberships):
        q = Q(pk__in=[])
        for path in viewer.scope_paths(roles):
            q |= Q(agency_path__startswith=path)
        qs = qs.filter(q)
    return qs.select_related("agency", "category", "region").order_by("due_at", "id")
