"""Keyset pagination: every item exactly once, in order, whatever the page size, ties and new rows."""

import base64
import json

from django.utils import timezone

from lapor.agencies.models import Agency
from lapor.reports.models import Report

from .conftest import assert_problem


def _walk(api, path, params, *, as_=None):
    seen, cursor, pages = [], None, 0
    while True:
        response = api.get(path, {**params, **({"cursor": cursor} if cursor else {})}, as_=as_)
        assert response.status_code == 200, response.content
        body = response.json()
        assert len(body) <= params["limit"]
        seen.extend(body)
        pages += 1
        cursor = response.headers.get("X-Next-Cursor")
        if cursor is None:
            assert "Link" not in response.headers
            return seen, pages
        assert response.headers["Link"].endswith('; rel="next"') and f"cursor={cursor}" in response.headers["Link"]


def test_report_pages_return_every_report_once_newest_first(cast, api):
    reports = [cast.file(cast.pelapor, title=f"Laporan nomor {i:02d}")[0] for i in range(23)]
    # Several reports filed in the same instant: the id breaks the tie.
    same_moment = timezone.now()
    Report.objects.filter(pk__in=[r.pk for r in reports[5:11]]).update(created_at=same_moment)

    seen, pages = _walk(api, "/reports", {"limit": 5, "mine": "true"}, as_=cast.pelapor)
    assert pages == 5
    ids = [item["tracking_id"] for item in seen]
    assert len(ids) == len(set(ids)) == 23
    expected = list(
        Report.objects.filter(reporter=cast.pelapor)
        .order_by("-created_at", "-id")
        .values_list("tracking_id", flat=True)
    )
    assert ids == expected


def test_a_report_filed_while_paging_neither_repeats_nor_shifts_the_pages(cast, api):
    for i in range(6):
        cast.file(cast.pelapor, title=f"Laporan awal {i}")
    first = api.get("/reports", {"limit": 3, "mine": "true"}, as_=cast.pelapor)
    cast.file(cast.pelapor, title="Laporan baru di tengah jalan")
    cursor = first.headers["X-Next-Cursor"]
    second = api.get("/reports", {"limit": 3, "mine": "true", "cursor": cursor}, as_=cast.pelapor)
    titles = [r["title"] for r in first.json() + second.json()]
    assert len(set(titles)) == 6 and "Laporan baru di tengah jalan" not in titles
    assert "X-Next-Cursor" not in second.headers


def test_list_filters(cast, api):
    public = cast.disposed_to_pupr(title="Drainase tersumbat di Nagoya")
    other = cast.disposed_to_pupr(title="Trotoar rusak di Batu Aji")
    cast.act(other, "respond", cast.petugas_pupr, message="Ditangani.")
    cast.file(cast.pelapor_lain, title="Belum diverifikasi sama sekali")

    def ids(**params):
        return {r["tracking_id"] for r in api.get("/reports", params, as_=cast.admin_batam).json()}

    assert ids(status="followed_up") == {other.tracking_id}
    assert ids(q="drainase") == {public.tracking_id}
    assert ids(q=f"#{other.tracking_id.lower()}") == {other.tracking_id}
    assert ids(agency_id=cast.pupr.pk) == {public.tracking_id, other.tracking_id}
    assert ids(agency_id=cast.dinkes.pk) == set()
    assert ids(status="", q="", cursor="", mine="") == {public.tracking_id, other.tracking_id}
    assert_problem(api.get("/reports", {"agency_id": 999999}), 422, "agency_id")
    # `mine` for an anonymous caller without a token is empty, not everything public.
    assert api.get("/reports", {"mine": "true"}).json() == []


def test_a_bad_cursor_is_a_422_naming_the_cursor(cast, api):
    cast.file(cast.pelapor)

    def encode(value):
        return base64.urlsafe_b64encode(json.dumps(value).encode()).decode()

    for cursor in ("!!!", "bm90IGpzb24", encode({"a": 1}), encode(["2026-01-01T00:00:00+00:00"]),
                   encode(["kemarin", 1]), encode(["2026-01-01T00:00:00", 1]), encode([None, 1])):  # fmt: skip
        assert_problem(api.get("/reports", {"cursor": cursor}, as_=cast.pelapor), 422, "cursor")


def test_agency_pages_return_every_agency_once_by_name(cast, api):
    for i in range(9):
        Agency(code=f"pemda-2171-kel-{i}", name="Kelurahan Sama" if i < 4 else f"Kelurahan {i}",
               level=Agency.Level.KABUPATEN_KOTA, kind=Agency.Kind.UNIT, parent=cast.batam).save()  # fmt: skip
    seen, pages = _walk(api, "/agencies", {"limit": 2, "parent": cast.batam.pk})
    assert pages == 6
    assert len(seen) == len({a["id"] for a in seen}) == 11
    assert [(a["name"], a["id"]) for a in seen] == sorted((a["name"], a["id"]) for a in seen)
    assert {a["parent_id"] for a in seen} == {cast.batam.pk}
