"""Reading routing decisions for the officers' screens: what the router suggests, filtered by who may act."""

from lapor.agencies.models import Agency
from lapor.reports.models import Report, Status
from lapor.reports.selectors import Viewer

from .models import RoutingDecision


def _verifier_scope(viewer: Viewer, report: Report):
    """The membership that would verify this report, or None when the viewer cannot verify it."""
    from lapor.reports.workflow import ADMINS

    if report.status != Status.SUBMITTED:
        return None
    return viewer.covers(report, roles=ADMINS)


def _paths(suggestion_lists) -> dict[int, str]:
    """The paths of the active agencies among the suggestions (one query for a whole page)."""
    ids = {s["agency_id"] for suggestions in suggestion_lists for s in suggestions}
    return dict(Agency.objects.filter(pk__in=ids, is_active=True).values_list("pk", "path")) if ids else {}


def _reachable(membership, suggestions: list[dict], paths: dict[int, str] | None = None) -> list[dict]:
    """Suggestions the membership may send the report to (the workflow checks again on submit)."""
    if membership.is_nationwide:
        return suggestions
    paths = _paths([suggestions]) if paths is None else paths
    return [s for s in suggestions if paths.get(s["agency_id"], "").startswith(membership.agency.path)]


def report_suggestions(viewer: Viewer, report: Report, *, region=None) -> dict | None:
    """The latest decision's top-3 for a report waiting for verification, for a viewer who can verify it.

    Without a stored decision (routing off, or an older report) they are computed now, not stored. With
    `region` (a verifier asking "and if it happened here?") they are computed for that region, not
    stored either: the report stays as it is until someone forwards it.
    """
    membership = _verifier_scope(viewer, report)
    if membership is None:
        return None
    decision = None if region is not None else report.routing_decisions.order_by("-created_at", "-id").first()
    if decision is not None:
        suggestions, explanation, outcome = decision.suggestions, decision.explanation, decision.outcome
    else:
        from .services import refused_agency_ids, route_filed

        result = route_filed(
            report,
            region_code=region.code if region is not None else None,
            exclude_agency_ids=refused_agency_ids(report),
        )
        suggestions, explanation, outcome = [s.as_data() for s in result.suggestions], result.explanation, None
    return {
        "suggestions": _reachable(membership, suggestions),
        "explanation": explanation,
        "outcome": outcome,
        "region": region,
    }


def queue_suggestions(viewer: Viewer, reports: list[Report]) -> dict[int, list[dict]]:
    """The latest stored suggestions of each report on a page of the verification queue (two queries)."""
    ids = [r.pk for r in reports if r.status == Status.SUBMITTED]
    if not ids:
        return {}
    latest: dict[int, list[dict]] = {}
    rows = (
        RoutingDecision.objects.filter(report_id__in=ids)
        .order_by("report_id", "-created_at", "-id")
        .values_list("report_id", "suggestions")
    )
    for report_id, suggestions in rows:
        latest.setdefault(report_id, suggestions)
    paths = None if viewer.is_nationwide else _paths(latest.values())
    result = {}
    for report in reports:
        if report.pk in latest:
            membership = _verifier_scope(viewer, report)
            if membership is not None:
                result[report.pk] = _reachable(membership, latest[report.pk], paths)
    return result


def routing_path(events) -> dict | None:
    """How the report reached the agency that answered: moves before the first answer, and how long.

    `events` are the report's timeline events in order. Moves are verification, disposition and
    "bukan wewenang" steps; None until an agency has answered.
    """
    submitted = next((e for e in events if e.action == "submit"), None)
    answer = next((e for e in events if e.action == "respond"), None)
    if submitted is None or answer is None:
        return None
    moves = [
        e for e in events if e.action in {"verify", "dispose", "not_authority"} and e.created_at <= answer.created_at
    ]
    return {
        "hops": len(moves),
        "refusals": sum(1 for e in moves if e.action == "not_authority"),
        "answered_by": answer.actor_agency,
        "seconds": (answer.created_at - submitted.created_at).total_seconds(),
    }


def likely_duplicates(viewer: Viewer, report: Report):
    """Open, non-rahasia reports this officer sees that look like `report` (candidates for a merge),
    each with `.shown_title`: masked where the officer may not read that report's text in full."""
    from lapor.reports.selectors import visible_reports, with_shown_titles

    from .duplicates import similar_reports

    found = similar_reports(
        visible_reports(viewer).filter(confidential=False),
        f"{report.title} {report.body}",
        region_code=report.region.code if report.region_id else None,
        exclude_ids=[report.pk],
    )
    with_shown_titles(viewer, [item.report for item in found])
    return found


def similar_public_reports(text: str, region_code: str = ""):
    """Open public reports like a text being typed, in its region (chosen, else named in the text),
    each with `.shown_title`: the public reads personal data masked."""
    from lapor.reports.selectors import public_q

    from .duplicates import similar_reports
    from .gazetteer import get_gazetteer
    from .redaction import mask_personal_data

    text = text.strip()[:5000]
    if len(text) < 20:
        return []
    if not region_code:
        place = get_gazetteer().resolve(text)
        region_code = place.region_code if place else ""
    found = similar_reports(Report.objects.filter(public_q()), text, region_code=region_code or None, masked=True)
    for item in found:
        item.report.shown_title = mask_personal_data(item.report.title)
    return found
