"""Deadlines shown in working days: the API, the officers' inbox and report page, the citizen's page."""

from datetime import datetime

import pytest
import time_machine

from lapor.reports.models import Report
from lapor.sla.calendar import WorkingCalendar
from lapor.sla.selectors import HolidayBook, deadline_status, report_deadline_status

from .conftest import WIB, WIT, end_of


def travel(y, m, d, hh=10, mm=0, tz=WIB):
    return time_machine.travel(datetime(y, m, d, hh, mm, tzinfo=tz), tick=False)


def api_get(client, cast, user, path):
    token = client.post(
        "/api/v1/auth/token", {"username": user.username, "password": "kata-sandi-uji-123"}, "application/json"
    ).json()["token"]
    return client.get(path, headers={"Authorization": f"Bearer {token}"}).json()


@pytest.mark.parametrize(
    ("when", "left", "state"),
    [
        ((2026, 3, 17, 11), 3, "ok"),  # filed this morning: 25, 26, 27 March are left
        ((2026, 3, 23, 9), 3, "ok"),  # cuti bersama uses up nothing
        ((2026, 3, 26, 9), 1, "soon"),
        ((2026, 3, 27, 16), 0, "soon"),  # due tonight
        ((2026, 3, 28, 9), -1, "overdue"),  # Saturday after: overdue, although no working day is lost yet
        ((2026, 3, 31, 9), -2, "overdue"),
    ],
)
def test_the_api_says_how_many_working_days_are_left(cast, client, when, left, state):
    with travel(2026, 3, 17, 10, 0):
        report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    with travel(*when):
        body = api_get(client, cast, cast.admin_batam, f"/api/v1/reports/{report.tracking_id}")
    assert body["deadline"] == "2026-03-27T16:59:59Z"
    assert (body["working_days_left"], body["deadline_state"]) == (left, state)


def test_no_running_deadline_means_no_count(cast, client):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    report = cast.act(report, "hold", cast.admin_batam, message="Lengkapi foto.")
    body = api_get(client, cast, cast.admin_batam, f"/api/v1/reports/{report.tracking_id}")
    assert (body["deadline"], body["working_days_left"], body["deadline_state"]) == (None, None, None)


def test_the_inbox_badge_counts_working_days_in_the_regions_time_zone(cast, client, east):
    with travel(2026, 4, 13, 9, 0, tz=WIT):
        report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk, region_code=east.jayapura.code)
    assert report.due_at == end_of(2026, 4, 16, WIT)
    client.force_login(cast.admin_batam)
    # Thursday 16 April, 22:30 WIB is already Friday 00:30 in Jayapura: the deadline has passed there.
    with travel(2026, 4, 16, 22, 30, tz=WIB):
        html = client.get("/petugas/").content.decode()
        assert "Terlambat 1 hari kerja" in html and "16 Apr 2026, 23:59 WIT" in html
        page = client.get(f"/petugas/laporan/{report.tracking_id}/").content.decode()
        assert "Terlambat 1 hari kerja" in page
    with travel(2026, 4, 16, 20, 0, tz=WIB):
        assert "Batas hari ini" in client.get("/petugas/").content.decode()


def test_the_report_page_shows_both_deadlines_in_working_days(cast, client):
    with travel(2026, 3, 17, 10, 0):
        report = cast.disposed_to_pupr()
        client.force_login(cast.petugas_pupr)
        html = client.get(f"/petugas/laporan/{report.tracking_id}/").content.decode()
    assert "Sisa 5 hari kerja" in html and "31 Mar 2026, 23:59 WIB" in html  # first answer
    assert "Sisa 14 hari kerja" in html and "14 Apr 2026, 23:59 WIB" in html  # completion


def test_the_citizen_page_says_when_to_expect_an_answer_in_working_days(cast, client):
    with travel(2026, 3, 17, 10, 0):
        report, _ = cast.file(cast.pelapor)
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
        html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Perkiraan jawaban paling lambat 31 Maret 2026, 23:59 WIB" in html
    assert "(5 hari kerja lagi)" in html
    with travel(2026, 3, 31, 12, 0):
        assert "(hari ini)" in client.get(f"/lacak/{report.tracking_id}/").content.decode()
    with travel(2026, 4, 1, 12, 0):
        assert "(batas waktu sudah terlewati)" in client.get(f"/lacak/{report.tracking_id}/").content.decode()


def test_a_whole_list_reads_the_calendar_once(cast, django_assert_max_num_queries):
    with travel(2026, 12, 21, 10, 0):
        for i in range(20):
            cast.file(cast.pelapor, title=f"Laporan akhir tahun {i:02d}")
    reports = list(Report.objects.select_related("region"))
    book = HolidayBook()
    with travel(2026, 12, 22, 10, 0), django_assert_max_num_queries(2):
        states = {report_deadline_status(r, book=book).working_days_left for r in reports}
    assert states == {2}  # 23 and 28 December: 24-27 are off


def test_deadline_status_is_plain_arithmetic_on_a_calendar():
    calendar = WorkingCalendar(tz=WIB)  # library holidays only, no database
    status = deadline_status(end_of(2026, 3, 27), calendar=calendar, now=datetime(2026, 3, 26, 9, tzinfo=WIB))
    assert (status.working_days_left, status.state) == (1, "soon")
    status = deadline_status(end_of(2026, 3, 27), calendar=calendar, now=datetime(2026, 3, 17, 9, tzinfo=WIB))
    assert (status.working_days_left, status.state) == (3, "ok")
