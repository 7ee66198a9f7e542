"""`GET /agencies` and `GET /agencies/{id}`: the agency tree, open to everyone."""

from typing import Literal

from django.http import HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import field_validator

from lapor.accounts.api import OPTIONAL_AUTH
from lapor.core.api_errors import MAX_DB_ID, Problem
from lapor.core.cursors import keyset_page, set_next_page_headers

from .models import Agency
from .selectors import agency_get, agency_search

router = Router(tags=["instansi"])

LevelValue = Literal[tuple(Agency.Level.values)]  # type: ignore[valid-type]
KindValue = Literal[tuple(Agency.Kind.values)]  # type: ignore[valid-type]


class AgencyOut(Schema):
    id: int
    code: str
    name: str
    short_name: str
    level: str
    kind: str
    parent_id: int | None
    region_code: str | None
    is_active: bool


class AgencyFilters(Schema):
    q: str | None = Field(None, max_length=100, description="Bagian nama atau singkatan instansi.")
    parent: int | None = Field(
        None, ge=0, le=MAX_DB_ID, description="Hanya anak langsung dari instansi ini; kosong = semua."
    )
    level: LevelValue | None = None
    kind: KindValue | None = None
    limit: int = Field(50, ge=1, le=100)
    cursor: str | None = Field(None, max_length=500)

    @field_validator("q", "parent", "level", "kind", "cursor", mode="before")
    @classmethod
    def blank_is_absent(cls, value):
        return None if value == "" else value


def agency_out(agency: Agency) -> dict:
    return {
        "id": agency.pk,
        "code": agency.code,
        "name": agency.name,
        "short_name": agency.short_name,
        "level": agency.level,
        "kind": agency.kind,
        "parent_id": agency.parent_id,
        "region_code": agency.region.code if agency.region_id else None,
        "is_active": agency.is_active,
    }


@router.get("", response={200: list[AgencyOut], 422: Problem}, **OPTIONAL_AUTH)
def agency_list(request, response: HttpResponse, filters: Query[AgencyFilters]):
    """Active agencies by name, a page at a time.

    The next page, if any, is announced in the `Link` (rel="next") and `X-Next-Cursor` headers;
    send the cursor back as `cursor`.
    """
    qs = agency_search(
        text=filters.q or "", parent_id=filters.parent, level=filters.level or "", kind=filters.kind or ""
    )
    items, next_cursor = keyset_page(qs, keys=("name", "id"), limit=filters.limit, cursor=filters.cursor)
    set_next_page_headers(request, response, next_cursor)
    return [agency_out(a) for a in items]


@router.get("/{agency_id}", response={200: AgencyOut, 404: Problem}, **OPTIONAL_AUTH)
def agency_detail(request, agency_id: int = Path(..., ge=0, le=MAX_DB_ID)):
    agency = agency_get(agency_id)
    if agency is None:
        raise HttpError(404, _("Instansi tidak ditemukan."))
    return agency_out(agency)
