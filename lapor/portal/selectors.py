"""Reads the portal's forms need: regions, categories, agency suggestions. All public data, all bounded."""

from django.db.models import QuerySet

from lapor.agencies.models import Agency
from lapor.agencies.selectors import agency_search
from lapor.regions.models import Region
from lapor.reports.models import Category

AGENCY_SUGGESTIONS = 20
# One parent never has more children than this (the largest regency has well under 100 districts);
# the cap only keeps a malformed request from listing the whole table.
REGION_CHILDREN_MAX = 200


def provinces() -> QuerySet[Region]:
    return Region.objects.filter(level=Region.Level.PROVINSI).order_by("name")


def region_children(parent_code: str, levels: list[str]) -> list[Region]:
    """The direct children of one region (kabupaten/kota of a province, kecamatan of a kabupaten/kota)."""
    code = (parent_code or "").strip()
    if not code:
        return []
    return list(Region.objects.filter(parent__code=code, level__in=levels).order_by("name")[:REGION_CHILDREN_MAX])


def agency_suggestions(text: str, *, limit: int = AGENCY_SUGGESTIONS) -> list[Agency]:
    text = (text or "").strip()
    if len(text) < 2:
        return []
    return list(agency_search(text=text[:100]).select_related("parent").order_by("depth", "name")[:limit])


def agency_by_id(agency_id) -> Agency | None:
    if not agency_id:
        return None
    return Agency.objects.active().filter(pk=agency_id).first()


def category_choices() -> list:
    """Active categories as <select> choices, each parent an <optgroup> of its children."""
    categories = list(Category.objects.filter(is_active=True).select_related("parent").order_by("name"))
    children: dict[int, list[Category]] = {}
    for c in categories:
        if c.parent_id is not None:
            children.setdefault(c.parent_id, []).append(c)
    choices: list = []
    for c in categories:
        if c.parent_id is not None:
            continue
        if c.pk in children:
            choices.append((c.name, [(child.pk, child.name) for child in children[c.pk]]))
        else:
            choices.append((c.pk, c.name))
    return choices
