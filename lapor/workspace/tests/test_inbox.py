from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from lapor.regions.models import Region
from lapor.reports.models import Category, Report

from .helpers import place_reports

INBOX = "/petugas/"
WIB = ZoneInfo("Asia/Jakarta")


def tracking_ids_in(response) -> set[str]:
    return {r.tracking_id for r in response.context["page"].rows}


def test_it_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get(INBOX)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_it_refuses_users_without_a_membership(cast, client):
    client.force_login(cast.pelapor)
    response = client.get(INBOX)
    assert response.status_code == 403
    assert "hanya untuk petugas" in response.content.decode()


# Who sees which report in their inbox: own agency and everything below it, nothing beside it.
SCOPES = {
    "admin_batam": {"pupr", "dinkes", "batam"},
    "pimpinan_batam": {"pupr", "dinkes", "batam"},
    "petugas_pupr": {"pupr"},
    "petugas_dinkes": {"dinkes"},
    "admin_tanjungpinang": {"tanjungpinang"},
    "admin_kepri": {"pupr", "dinkes", "batam", "tanjungpinang"},
    "admin_nasional": {"pupr", "dinkes", "batam", "tanjungpinang", "national"},
    "pengawas": {"pupr", "dinkes", "batam", "tanjungpinang", "national"},
}


@pytest.mark.parametrize("who", SCOPES)
def test_inbox_is_scoped_to_the_agency_subtree(cast, client, who):
    placed = place_reports(cast)
    client.force_login(getattr(cast, who))
    response = client.get(INBOX)
    assert response.status_code == 200
    expected = {getattr(placed, name).tracking_id for name in SCOPES[who]}
    assert tracking_ids_in(response) == expected
    html = response.content.decode()
    for name in {"pupr", "dinkes", "batam", "tanjungpinang", "national"} - SCOPES[who]:
        assert getattr(placed, name).tracking_id not in html


def test_it_shows_counts_per_status_as_filter_chips(cast, client):
    placed = place_reports(cast)
    cast.act(placed.pupr, "respond", cast.petugas_pupr, message="Sudah kami tambal.")
    client.force_login(cast.admin_batam)
    response = client.get(INBOX)
    chips = {c["status"]: c["count"] for c in response.context["chips"]}
    assert chips["submitted"] == 1  # chosen by the reporter, waiting at Batam
    assert chips["disposed"] == 1  # Dinkes
    assert chips["followed_up"] == 1  # PUPR answered
    assert chips[""] == 3
    html = response.content.decode()
    assert f'href="{INBOX}?status=followed_up"' in html
    # Clicking the chip filters.
    response = client.get(INBOX, {"status": "followed_up"})
    assert tracking_ids_in(response) == {placed.pupr.tracking_id}


def test_closed_and_archived_chips_filter_without_counting_the_whole_history(cast, client):
    placed = place_reports(cast)
    cast.act(placed.pupr, "respond", cast.petugas_pupr, message="Sudah kami tambal.")
    cast.act(placed.pupr, "close", cast.admin_batam)
    client.force_login(cast.admin_batam)
    response = client.get(INBOX)
    chips = {c["status"]: c["count"] for c in response.context["chips"]}
    assert chips["closed"] is None and chips["archived"] is None
    assert chips[""] == 2
    response = client.get(INBOX, {"status": "closed"})
    assert tracking_ids_in(response) == {placed.pupr.tracking_id}


def test_the_sort_select_says_newest_first_for_finished_reports(cast, client):
    client.force_login(cast.admin_batam)
    for params in ({"status": "closed"}, {"status": "archived", "sort": "tenggat"}):
        page = client.get(INBOX, params).content.decode()
        assert '<option value="terbaru" selected>' in page and '<option value="tenggat" selected>' not in page
    page = client.get(INBOX).content.decode()
    assert '<option value="terbaru" selected>' not in page  # the first option, deadline order


def test_reports_without_a_deadline_are_listed_newest_first():
    from lapor.reports.selectors import InboxFilters

    assert InboxFilters(status="closed").sort == "-created"
    assert InboxFilters(status="archived", sort="created").sort == "created"  # an explicit choice stands
    assert InboxFilters(status="disposed").sort == "deadline"


def test_the_default_list_hides_finished_reports_and_the_status_filter_shows_them(cast, client):
    placed = place_reports(cast)
    report = cast.act(placed.pupr, "respond", cast.petugas_pupr, message="Sudah kami tambal.")
    cast.act(report, "close", cast.admin_batam)
    client.force_login(cast.admin_batam)
    assert placed.pupr.tracking_id not in tracking_ids_in(client.get(INBOX))
    assert tracking_ids_in(client.get(INBOX, {"status": "closed"})) == {placed.pupr.tracking_id}


def test_the_category_filter_takes_a_parent_category(cast, client):
    placed = place_reports(cast)
    other_parent = Category.objects.create(code="kesehatan", name="Kesehatan")
    puskesmas = Category.objects.create(code="puskesmas", name="Puskesmas", parent=other_parent)
    Report.objects.filter(pk=placed.dinkes.pk).update(category=puskesmas)
    client.force_login(cast.admin_batam)
    response = client.get(INBOX, {"category": other_parent.pk})
    assert tracking_ids_in(response) == {placed.dinkes.tracking_id}
    response = client.get(INBOX, {"category": cast.category_parent.pk})
    assert tracking_ids_in(response) == {placed.pupr.tracking_id, placed.batam.tracking_id}


def test_the_region_filter_takes_a_province_code(cast, client):
    placed = place_reports(cast)
    riau = Region.objects.create(code="14", name="Riau", level=Region.Level.PROVINSI)
    pekanbaru = Region.objects.create(code="14.71", name="Kota Pekanbaru", level=Region.Level.KOTA, parent=riau)
    Report.objects.filter(pk=placed.batam.pk).update(region=pekanbaru)
    client.force_login(cast.admin_batam)
    assert tracking_ids_in(client.get(INBOX, {"region": "14"})) == {placed.batam.tracking_id}
    assert tracking_ids_in(client.get(INBOX, {"region": "21"})) == {placed.pupr.tracking_id, placed.dinkes.tracking_id}


def test_the_text_filter_matches_title_or_tracking_id(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_batam)
    assert tracking_ids_in(client.get(INBOX, {"q": "puskesmas"})) == {placed.dinkes.tracking_id}
    assert tracking_ids_in(client.get(INBOX, {"q": f"#{placed.batam.tracking_id}"})) == {placed.batam.tracking_id}
    assert tracking_ids_in(client.get(INBOX, {"q": placed.tanjungpinang.tracking_id})) == set()


def test_the_overdue_filter_and_the_deadline_colours_follow_the_working_day_clock(cast, client):
    # Filed and routed on Monday 13 April 2026 (no holiday in the next two weeks): the report waiting at
    # Batam must be verified within 3 working days (end of Thursday 16th), the disposed ones answered
    # within 5 (end of Monday 20th: the weekend does not count).
    with time_machine.travel(datetime(2026, 4, 13, 10, 0, tzinfo=WIB), tick=False):
        placed = place_reports(cast)
        client.force_login(cast.admin_batam)
        assert tracking_ids_in(client.get(INBOX, {"overdue": "on"})) == set()
        assert client.get(INBOX).content.decode().count("Sisa 3 hari kerja") == 1
    with time_machine.travel(datetime(2026, 4, 16, 15, 0, tzinfo=WIB), tick=False):
        html = client.get(INBOX).content.decode()
        assert "badge-overdue" not in html and "Batas hari ini" in html  # Batam's, due tonight
        assert "Sisa 2 hari kerja" in html  # Friday and Monday are left for the others
    with time_machine.travel(datetime(2026, 4, 18, 9, 0, tzinfo=WIB), tick=False):  # Saturday
        response = client.get(INBOX, {"overdue": "on"})
        assert tracking_ids_in(response) == {placed.batam.tracking_id}
        html = client.get(INBOX).content.decode()
        assert "Terlambat 1 hari kerja" in html and "badge-soon" in html and "Sisa 1 hari kerja" in html
    with time_machine.travel(datetime(2026, 4, 21, 8, 0, tzinfo=WIB), tick=False):  # Tuesday
        html = client.get(INBOX).content.decode()
        assert "Terlambat 3 hari kerja" in html  # Friday, Monday, Tuesday
        assert "Terlambat 1 hari kerja" in html  # the first answers were due last night
        assert "Sisa" not in html


def test_it_sorts_by_deadline_or_newest(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_batam)
    rows = client.get(INBOX).context["page"].rows
    assert rows[0] == placed.batam  # due in 3 days, the others in 5
    rows = client.get(INBOX, {"sort": "terbaru"}).context["page"].rows
    assert [r.pk for r in rows] == sorted((r.pk for r in rows), reverse=True)


def test_a_bad_filter_value_is_ignored_not_an_error(cast, client):
    place_reports(cast)
    client.force_login(cast.admin_batam)
    response = client.get(INBOX, {"status": "bogus", "category": "999", "after": "not-a-cursor"})
    assert response.status_code == 200
    assert len(response.context["page"].rows) == 3


def test_htmx_filter_requests_get_only_the_list_fragment(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_batam)
    response = client.get(INBOX, {"q": "puskesmas"}, headers={"HX-Request": "true", "HX-Target": "ws-list"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "<table" in html
    assert placed.dinkes.tracking_id in html and placed.pupr.tracking_id not in html
    assert "HX-Request" in response["Vary"]
    # Without htmx (or when htmx restores history) the same URL is a whole page.
    assert "<html" in client.get(INBOX, {"q": "puskesmas"}).content.decode()


def test_the_filter_form_works_without_javascript(cast, client):
    place_reports(cast)
    client.force_login(cast.admin_batam)
    html = client.get(INBOX).content.decode()
    assert '<form method="get" action="/petugas/"' in html
    assert 'hx-get="/petugas/"' in html and 'hx-push-url="true"' in html


def test_keyset_pages_cover_every_report_once_with_paused_ones_last(cast, client):
    reports = []
    for i in range(30):
        report, _ = cast.file(cast.pelapor, title=f"Laporan nomor {i:02d}", agency_id=cast.batam.pk)
        reports.append(report)
    # Put a few on hold: their clock stops (no deadline), so they sort after every dated one.
    held = reports[:3]
    for report in held:
        cast.act(report, "hold", cast.admin_batam, message="Mohon lampirkan foto lokasi.")
    client.force_login(cast.admin_batam)

    first = client.get(INBOX).context["page"]
    assert len(first.rows) == 25 and first.prev_cursor is None and first.next_cursor
    second = client.get(INBOX, {"after": first.next_cursor}).context["page"]
    assert len(second.rows) == 5 and second.next_cursor is None and second.prev_cursor
    seen = [r.pk for r in first.rows + second.rows]
    assert sorted(seen) == sorted(r.pk for r in reports)
    assert seen[-3:] == sorted(r.pk for r in held)
    dated = [r.due_at for r in first.rows + second.rows[:2]]
    assert dated == sorted(dated)

    back = client.get(INBOX, {"before": second.prev_cursor}).context["page"]
    assert [r.pk for r in back.rows] == [r.pk for r in first.rows]
    assert back.prev_cursor is None and back.next_cursor

    html = client.get(INBOX).content.decode()
    assert "after=" in html and 'rel="next"' in html


def test_a_full_page_costs_a_fixed_number_of_queries(cast, client, django_assert_max_num_queries):
    for i in range(30):
        cast.file(cast.pelapor, title=f"Laporan nomor {i:02d}", agency_id=cast.batam.pk)
    client.force_login(cast.admin_batam)
    # session, user, memberships, counts, page, filter choices, menu checks: not one per row
    with django_assert_max_num_queries(12):
        response = client.get(INBOX)
    assert len(response.context["page"].rows) == 25
