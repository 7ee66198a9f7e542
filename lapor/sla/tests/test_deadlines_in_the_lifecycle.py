"""Deadlines the real lifecycle sets, travelling in time through Lebaran 2026 and the 2026/27 year end."""

from datetime import datetime

import pytest
import time_machine

from lapor.reports.models import Kind, Status
from lapor.sla.models import SlaPolicy

from .conftest import WIB, WIT, WITA, end_of


def travel(y, m, d, hh=10, mm=0, tz=WIB):
    return time_machine.travel(datetime(y, m, d, hh, mm, tzinfo=tz), tick=False)


def test_through_lebaran_2026_every_stage_skips_nyepi_idul_fitri_and_cuti_bersama(cast):
    with travel(2026, 3, 17, 10, 0):  # Tuesday; Wednesday 18 to Tuesday 24 March are all off
        report, _ = cast.file(cast.pelapor)
    assert report.due_at == end_of(2026, 3, 27)  # verification: 25, 26, 27 March
    with travel(2026, 3, 17, 14, 0):
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert report.due_at == end_of(2026, 3, 31)  # first answer: 25, 26, 27, 30, 31
    assert report.completion_due_at == end_of(2026, 4, 14)  # pengaduan: 14 HK, Good Friday skipped too
    with travel(2026, 3, 31, 16, 0):
        report = cast.act(report, "respond", cast.admin_batam, message="Sudah kami perbaiki.")
    # The reporter's window is 10 calendar days, holidays or not.
    assert report.due_at == end_of(2026, 4, 10)


def test_a_report_filed_at_2330_wib_starts_a_day_later_in_wita_and_wit(cast, east):
    filed = {}
    with travel(2026, 3, 16, 23, 30, tz=WIB):  # Monday 23:30 WIB = Tuesday 00:30 WITA = 01:30 WIT
        for name, region in (("wib", cast.region_batam), ("wita", east.makassar), ("wit", east.jayapura)):
            filed[name], _ = cast.file(cast.pelapor, region_code=region.code)
    assert filed["wib"].due_at == end_of(2026, 3, 26, WIB)  # 17, 25, 26
    assert filed["wita"].due_at == end_of(2026, 3, 27, WITA)  # 25, 26, 27
    assert filed["wit"].due_at == end_of(2026, 3, 27, WIT)
    # The same local day ends an hour earlier in Papua than in Sulawesi.
    assert (filed["wita"].due_at - filed["wit"].due_at).total_seconds() == 3600


def test_across_the_year_end_christmas_and_new_year_do_not_count(cast, east):
    with travel(2026, 12, 23, 9, 0, tz=WIT):
        report, _ = cast.file(cast.pelapor, region_code=east.jayapura.code)
        assert report.due_at == end_of(2026, 12, 30, WIT)  # 24, 25 off: 28, 29, 30
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert report.due_at == end_of(2027, 1, 4, WIT)  # 28, 29, 30, 31, (1 Jan off), 4
    assert report.completion_due_at == end_of(2027, 1, 18, WIT)
    with travel(2027, 1, 4, 9, 0, tz=WIT):
        report = cast.act(report, "respond", cast.admin_batam, message="Ditindaklanjuti.")
    assert report.due_at == end_of(2027, 1, 14, WIT)
    with travel(2027, 1, 8, 9, 0, tz=WIT):  # Friday: the reporter replies, the first-answer clock restarts
        report = cast.act(report, "reply", cast.pelapor, message="Belum tuntas.")
    assert report.status == Status.REPORTER_REPLIED
    assert report.due_at == end_of(2027, 1, 15, WIT)  # 11-15 January


@pytest.mark.parametrize(
    ("kind", "supervisory", "completion"),
    [
        (Kind.PERMINTAAN_INFORMASI, False, end_of(2026, 4, 20)),  # 5 HK
        (Kind.PENGADUAN, False, end_of(2026, 5, 4)),  # 14 HK (1 May off)
        (Kind.PENGADUAN, True, end_of(2026, 7, 15)),  # 60 HK berkadar pengawasan
        (Kind.ASPIRASI, False, end_of(2026, 5, 4)),  # 14 HK
    ],
)
def test_completion_depends_on_the_classification(cast, kind, supervisory, completion):
    cast.category_jalan.supervisory = supervisory
    cast.category_jalan.save()
    with travel(2026, 4, 13, 10, 0):  # Monday
        report, _ = cast.file(cast.pelapor, kind=kind)
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert report.completion_due_at == completion
    assert report.due_at == end_of(2026, 4, 20)


def test_tunda_pauses_the_clock_and_resuming_restarts_verification(cast):
    with travel(2026, 4, 13, 10, 0):
        report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
        report = cast.act(report, "hold", cast.admin_batam, message="Mohon lampirkan foto lokasi.")
    assert report.status == Status.ON_HOLD and report.due_at is None
    with travel(2026, 4, 22, 10, 0):  # Wednesday, nine days later: the pause cost the agency nothing
        report = cast.act(report, "resume", cast.admin_batam)
    assert report.due_at == end_of(2026, 4, 27)  # 23, 24, 27


def test_bukan_wewenang_restarts_verification_where_it_goes_back(cast):
    with travel(2026, 4, 13, 10, 0):
        report = cast.disposed_to_pupr()
    with travel(2026, 4, 15, 10, 0):
        report = cast.act(report, "not_authority", cast.petugas_pupr, reason="Jalan nasional, bukan kota.")
    assert report.status == Status.SUBMITTED and report.due_at == end_of(2026, 4, 20)


def test_every_new_deadline_records_the_policy_it_came_from(cast):
    verification = SlaPolicy.objects.get(stage="verification", agency=None, version=1)
    completion = SlaPolicy.objects.get(stage="completion", classification="pengaduan", agency=None)
    with travel(2026, 4, 13, 10, 0):
        report, _ = cast.file(cast.pelapor)
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    submit, verify = report.events.order_by("id")
    assert submit.data["sla"]["due_at"] == {
        "stage": "verification",
        "due_at": end_of(2026, 4, 16).isoformat(),
        "days": 3,
        "unit": "working",
        "policy_id": verification.pk,
        "policy_version": 1,
        "policy_agency_id": None,
    }
    assert verify.data["sla"]["due_at"]["stage"] == "first_response"
    assert verify.data["sla"]["completion_due_at"]["policy_id"] == completion.pk
    assert verify.data["sla"]["completion_due_at"]["days"] == 14
