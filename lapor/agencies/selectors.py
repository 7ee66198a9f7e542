"""Reading the agency tree (public: anyone may look agencies up to address a report)."""

from django.db.models import Q, QuerySet

from .models import Agency


def agency_search(*, text: str = "", parent_id: int | None = None, level: str = "", kind: str = "") -> QuerySet[Agency]:
    """Active agencies matching the filters; `parent_id` selects the direct children of one agency."""
    qs = Agency.objects.active().select_related("region")
    if parent_id is not None:
        qs = qs.filter(parent_id=parent_id)
    if level:
        qs = qs.filter(level=level)
    if kind:
        qs = qs.filter(kind=kind)
    text = (text or "").strip()
    if text:
        qs = qs.filter(Q(name__icontains=text) | Q(short_name__icontains=text))
    return qs


def agency_get(agency_id: int) -> Agency | None:
    return Agency.objects.select_related("region").filter(pk=agency_id).first()
