"""Extensions: an officer asks for more working days with a reason; another admin grants or refuses."""

from datetime import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError

from lapor.reports.exceptions import ActionNotAllowed, InvalidTransition
from lapor.reports.models import Report
from lapor.reports.selectors import Viewer
from lapor.reports.workflow import allowed_actions

from .conftest import WIB, end_of

EXTENSION_ACTIONS = {"request_extension", "grant_extension", "refuse_extension"}


def travel(y, m, d, hh=10, mm=0):
    return time_machine.travel(datetime(y, m, d, hh, mm, tzinfo=WIB), tick=False)


@pytest.fixture
def at_pupr(cast):
    """Disposed to Dinas PUPR on Monday 13 April 2026: first answer due 20 April, completion 4 May."""
    with travel(2026, 4, 13):
        report = cast.disposed_to_pupr()
    assert (report.due_at, report.completion_due_at) == (end_of(2026, 4, 20), end_of(2026, 5, 4))
    return report


def extension_buttons(cast, user, report) -> set[str]:
    return set(allowed_actions(Viewer(user=user), report)) & EXTENSION_ACTIONS


def test_a_granted_extension_moves_both_deadlines_and_the_reporter_sees_it(cast, client, at_pupr):
    assert extension_buttons(cast, cast.petugas_pupr, at_pupr) == {"request_extension"}
    assert extension_buttons(cast, cast.admin_batam, at_pupr) == {"request_extension"}
    with travel(2026, 4, 15):
        report = cast.act(
            at_pupr, "request_extension", cast.petugas_pupr, days=5, reason="Menunggu anggaran perbaikan jalan."
        )
    assert (report.due_at, report.completion_due_at) == (end_of(2026, 4, 20), end_of(2026, 5, 4))
    request = report.events.get(action="request_extension")
    assert request.is_internal and request.data == {"days": 5}
    assert extension_buttons(cast, cast.petugas_pupr, report) == set()
    assert extension_buttons(cast, cast.admin_batam, report) == {"grant_extension", "refuse_extension"}

    with travel(2026, 4, 16):
        report = cast.act(report, "grant_extension", cast.admin_batam, days=3)
    # Three more working days on each running deadline, counted from the deadline.
    assert report.due_at == end_of(2026, 4, 23)
    assert report.completion_due_at == end_of(2026, 5, 7)
    grant = report.events.get(action="grant_extension")
    assert not grant.is_internal
    assert grant.reason == "Menunggu anggaran perbaikan jalan."  # the reporter learns why
    assert grant.data["request_event_id"] == request.pk
    assert grant.data["days"] == 3 and grant.data["requested_days"] == 5
    assert grant.data["due_at"] == {"from": end_of(2026, 4, 20).isoformat(), "to": end_of(2026, 4, 23).isoformat()}

    client.force_login(cast.pelapor)
    html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Batas waktu diperpanjang 3 hari kerja" in html and "Menunggu anggaran perbaikan jalan." in html
    assert "Permintaan perpanjangan" not in html  # the request itself stays inside the government
    assert extension_buttons(cast, cast.admin_batam, report) == {"request_extension"}


def test_the_request_needs_a_reason_and_a_sensible_number_of_days(cast, at_pupr):
    with pytest.raises(ValidationError) as error:
        cast.act(at_pupr, "request_extension", cast.petugas_pupr, days=5)
    assert "reason" in error.value.message_dict
    for days in (None, 0, 31):
        with pytest.raises(ValidationError) as error:
            cast.act(at_pupr, "request_extension", cast.petugas_pupr, days=days, reason="Butuh survei lapangan.")
        assert "days" in error.value.message_dict
    assert not at_pupr.events.filter(action="request_extension").exists()


def test_one_request_at_a_time_and_never_granted_by_whoever_asked(cast, at_pupr):
    report = cast.act(at_pupr, "request_extension", cast.admin_batam, days=4, reason="Koordinasi dengan BP Batam.")
    with pytest.raises(InvalidTransition):
        cast.act(report, "request_extension", cast.petugas_pupr, days=2, reason="Lagi.")
    with pytest.raises(ActionNotAllowed):
        cast.act(report, "grant_extension", cast.admin_batam)
    with pytest.raises(ActionNotAllowed):
        cast.act(report, "grant_extension", cast.petugas_pupr)  # officers ask, admins decide
    with pytest.raises(ActionNotAllowed):
        cast.act(report, "grant_extension", cast.admin_tanjungpinang)  # not over this report
    with pytest.raises(ValidationError) as error:
        cast.act(report, "grant_extension", cast.admin_kepri, days=5)  # more than was asked
    assert "days" in error.value.message_dict
    assert extension_buttons(cast, cast.admin_batam, report) == set()
    assert extension_buttons(cast, cast.admin_kepri, report) == {"grant_extension", "refuse_extension"}


def test_a_refusal_keeps_the_deadlines_and_ends_the_request(cast, at_pupr):
    report = cast.act(at_pupr, "request_extension", cast.petugas_pupr, days=5, reason="Menunggu anggaran.")
    with pytest.raises(ValidationError):
        cast.act(report, "refuse_extension", cast.admin_batam)  # a refusal says why
    report = cast.act(report, "refuse_extension", cast.admin_batam, reason="Tambal sementara dulu.")
    assert (report.due_at, report.completion_due_at) == (end_of(2026, 4, 20), end_of(2026, 5, 4))
    refusal = report.events.get(action="refuse_extension")
    assert refusal.is_internal and refusal.data["requested_days"] == 5
    with pytest.raises(InvalidTransition):
        cast.act(report, "grant_extension", cast.admin_batam)


def test_a_request_lapses_when_its_stage_ends(cast, at_pupr):
    report = cast.act(at_pupr, "request_extension", cast.petugas_pupr, days=5, reason="Menunggu anggaran.")
    report = cast.act(report, "respond", cast.petugas_pupr, message="Jawaban awal: dijadwalkan.")
    report = cast.act(report, "reply", cast.pelapor, message="Kapan tepatnya?")
    with pytest.raises(InvalidTransition):
        cast.act(report, "grant_extension", cast.admin_batam)
    # A new request may be made in the new stage.
    cast.act(report, "request_extension", cast.petugas_pupr, days=2, reason="Menunggu jadwal kontraktor.")


def test_an_extension_of_an_overdue_deadline_counts_from_the_grant(cast, at_pupr):
    with travel(2026, 4, 22):  # Wednesday: the first answer was due Monday
        report = cast.act(at_pupr, "request_extension", cast.petugas_pupr, days=2, reason="Menunggu data.")
        report = cast.act(report, "grant_extension", cast.admin_batam)
    assert report.due_at == end_of(2026, 4, 24)
    assert report.completion_due_at == end_of(2026, 5, 6)  # still running: counted from itself


def test_the_api_takes_the_days_of_an_extension(cast, client, at_pupr):
    token = client.post(
        "/api/v1/auth/token", {"username": "petugas_pupr", "password": "kata-sandi-uji-123"}, "application/json"
    ).json()["token"]
    url = f"/api/v1/reports/{at_pupr.tracking_id}/transitions"
    headers = {"Authorization": f"Bearer {token}"}
    response = client.post(
        url, {"action": "request_extension", "reason": "Survei."}, "application/json", headers=headers
    )
    assert response.status_code == 422 and response.json()["errors"]["days"]
    response = client.post(
        url, {"action": "request_extension", "days": 2, "reason": "Survei."}, "application/json", headers=headers
    )
    assert response.status_code == 200
    assert response.json()["event"]["data"] == {"days": 2}


def test_officers_ask_and_admins_decide_from_the_workspace(cast, client, at_pupr):
    page = f"/petugas/laporan/{at_pupr.tracking_id}/"
    client.force_login(cast.petugas_pupr)
    assert "Minta perpanjangan waktu" in client.get(page).content.decode()
    response = client.post(
        f"{page}aksi/request_extension/",
        {"version": at_pupr.version, "days": 4, "reason": "Menunggu hasil uji material."},
    )
    assert response.status_code == 302
    client.force_login(cast.admin_batam)
    html = client.get(page).content.decode()
    assert "Setujui perpanjangan waktu" in html and "Tambahan hari kerja: 4" in html
    report = Report.objects.get(pk=at_pupr.pk)
    with travel(2026, 4, 14):
        response = client.post(f"{page}aksi/grant_extension/", {"version": report.version, "days": ""})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.due_at == end_of(2026, 4, 24)  # 20 April + 4 working days
    assert "Tambahan hari kerja: 4" in client.get(page).content.decode()
