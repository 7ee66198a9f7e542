"""Reads the workspace needs beyond the report selectors: whom an officer may route a report to.

These lists only shape the forms; `workflow.transition` checks the chosen agency again.
"""

from django.db.models import Q, QuerySet

from lapor.accounts.models import Membership
from lapor.accounts.officer_services import manageable_agencies, may_manage_everywhere
from lapor.agencies.models import Agency
from lapor.reports.models import Report
from lapor.reports.selectors import Viewer
from lapor.reports.workflow import ADMINS, REPORTER, TRANSITIONS

# Actions whose form picks an agency: the destination, or for bukan wewenang a suggestion.
AGENCY_ACTIONS = ("verify", "dispose", "not_authority")
SEARCH_LIMIT = 20
# National lists (national admin, suggestions) show the top two levels: ministries, provinces, cities.
FALLBACK_DEPTH = 1
FALLBACK_LIMIT = 1000


def acting_membership(viewer: Viewer, report: Report, action: str) -> Membership | None:
    """The membership through which the viewer would take `action` on `report` (as the workflow picks it)."""
    step = TRANSITIONS.get((report.status, action))
    if step is None:
        return None
    roles = step.roles - {REPORTER}
    return viewer.covers(report, roles=roles) if roles else None


def pickable_agencies(membership: Membership, action: str) -> QuerySet[Agency]:
    """Agencies `membership` may choose for `action`, mirroring `workflow._target_agency`."""
    qs = Agency.objects.active()
    if action == "not_authority" or membership.is_nationwide:
        return qs
    qs = qs.subtree_of(membership.agency)
    if action == "dispose":
        qs = qs.exclude(pk=membership.agency_id)
    return qs


def agency_fallback_choices(membership: Membership, action: str) -> list[Agency]:
    """The plain <select> used without JavaScript: the actor's direct children (and itself for verify)."""
    qs = pickable_agencies(membership, action)
    if action == "not_authority" or membership.is_nationwide:
        return list(qs.filter(depth__lte=FALLBACK_DEPTH).order_by("path")[:FALLBACK_LIMIT])
    own = Q(pk=membership.agency_id) if action == "verify" else Q(pk__in=[])
    return list(qs.filter(Q(parent_id=membership.agency_id) | own).order_by("path"))


def search_agencies(qs: QuerySet[Agency], text: str) -> list[Agency]:
    """Up to SEARCH_LIMIT agencies of `qs` whose name, short name or code matches `text`."""
    text = (text or "").strip()
    if len(text) < 2:
        return []
    qs = qs.filter(Q(name__icontains=text) | Q(short_name__icontains=text) | Q(code__iexact=text))
    return list(qs.select_related("parent").order_by("depth", "name")[:SEARCH_LIMIT])


def may_verify(viewer: Viewer) -> bool:
    """Admins verify and route; the verification queue is theirs."""
    return any(m.role in ADMINS for m in viewer.memberships)


def custody_chain(events) -> list[Agency | None]:
    """Where the report has been, from its timeline: each holder in turn (None = national queue)."""
    chain: list[Agency | None] = []
    for event in events:
        if event.action in {"submit", "verify", "dispose", "not_authority"}:
            holder = event.agency
            if not chain or chain[-1] != holder:
                chain.append(holder)
    return chain


def official_agency_choices(actor) -> list[Agency]:
    """The plain <select> of the officer-creation form: the admin's subtree (national: the top two levels)."""
    qs = manageable_agencies(actor)
    if may_manage_everywhere(actor):
        qs = qs.filter(depth__lte=FALLBACK_DEPTH)
    return list(qs.order_by("path")[:FALLBACK_LIMIT])
