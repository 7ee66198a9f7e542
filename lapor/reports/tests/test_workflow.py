import pytest
from django.core.exceptions import ValidationError

from lapor.reports.exceptions import ActionNotAllowed, ConcurrentUpdate, InvalidTransition
from lapor.reports.models import ClosedBy, Report, ReportEvent, Status
from lapor.reports.selectors import Viewer
from lapor.reports.workflow import TRANSITIONS, TransitionInput, allowed_actions, transition


def test_it_walks_the_whole_journey(cast):
    report, token = cast.file(cast.pelapor)
    assert token is None
    assert report.status == Status.SUBMITTED and report.agency is None
    assert report.due_at is not None

    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert (report.status, report.agency) == (Status.DISPOSED, cast.batam)
    assert report.verified_at and report.completion_due_at

    report = cast.act(report, "dispose", cast.admin_batam, agency_id=cast.pupr.pk)
    assert report.agency == cast.pupr and report.agency_path == cast.pupr.path

    report = cast.act(report, "respond", cast.petugas_pupr, message="Sudah kami tambal hari ini.")
    assert report.status == Status.FOLLOWED_UP and report.first_response_at

    report = cast.act(report, "reply", cast.pelapor, message="Masih ada lubang di sisi kiri.")
    assert report.status == Status.REPORTER_REPLIED

    report = cast.act(report, "respond", cast.petugas_pupr, message="Sisi kiri selesai ditambal.")
    report = cast.act(report, "close", cast.admin_batam)
    assert (report.status, report.closed_by, report.due_at) == (Status.CLOSED, ClosedBy.ADMIN, None)

    report = cast.act(report, "rate", cast.pelapor, score=5, message="Cepat, terima kasih.")
    assert report.rating_score == 5 and report.rating_comment == "Cepat, terima kasih."

    actions = list(report.events.values_list("action", flat=True))
    assert actions == ["submit", "verify", "dispose", "respond", "reply", "respond", "close", "rate"]
    assert report.version == 7


def test_every_transition_writes_one_event_in_the_same_transaction(cast):
    report = cast.disposed_to_pupr()
    before = ReportEvent.objects.filter(report=report).count()
    with pytest.raises(ValidationError):
        cast.act(report, "respond", cast.petugas_pupr, message="   ")
    assert ReportEvent.objects.filter(report=report).count() == before
    assert Report.objects.get(pk=report.pk).status == Status.DISPOSED


def test_events_are_immutable(cast):
    report, _ = cast.file(cast.pelapor)
    event = report.events.get()
    event.message = "changed"
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_it_refuses_a_stale_report_compare_and_set(cast):
    report = cast.disposed_to_pupr()
    stale = Report.objects.get(pk=report.pk)
    cast.act(report, "respond", cast.petugas_pupr, message="Jawaban pertama.")
    with pytest.raises(ConcurrentUpdate):
        transition(stale, "respond", viewer=Viewer(cast.admin_batam), data=TransitionInput(message="Jawaban kedua."))
    assert ReportEvent.objects.filter(report=report, action="respond").count() == 1


def test_it_refuses_actions_the_status_does_not_allow(cast):
    report, _ = cast.file(cast.pelapor)
    with pytest.raises(InvalidTransition):
        cast.act(report, "close", cast.admin_nasional)


def test_officers_of_other_agencies_may_not_act(cast):
    report = cast.disposed_to_pupr()
    for user in (cast.petugas_dinkes, cast.admin_tanjungpinang, cast.pelapor_lain, cast.pimpinan_batam, cast.pengawas):
        with pytest.raises(ActionNotAllowed):
            cast.act(report, "respond", user, message="Bukan urusan saya.")


def test_agency_admin_disposes_only_below_its_own_agency(cast):
    report, _ = cast.file(cast.pelapor)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    with pytest.raises(ValidationError) as excinfo:
        cast.act(report, "dispose", cast.admin_batam, agency_id=cast.tanjungpinang.pk)
    assert "agency_id" in excinfo.value.message_dict


def test_chosen_agency_goes_straight_to_its_admin(cast):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    assert report.agency == cast.batam and report.status == Status.SUBMITTED
    assert "verify" in allowed_actions(Viewer(cast.admin_batam), report)
    assert "verify" not in allowed_actions(Viewer(cast.admin_tanjungpinang), report)
    report = cast.act(report, "verify", cast.admin_batam, agency_id=cast.pupr.pk)
    assert report.agency == cast.pupr


def test_not_authority_goes_back_up_with_reason_and_suggestion(cast):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "not_authority", cast.petugas_pupr, reason="Urusan kesehatan", agency_id=cast.dinkes.pk)
    assert (report.status, report.agency) == (Status.SUBMITTED, cast.batam)
    event = report.events.last()
    assert event.data["suggested_agency_name"] == cast.dinkes.name
    # Batam in turn says it is not theirs: back to the national queue, never dropped.
    report = cast.act(report, "not_authority", cast.admin_batam, reason="Kewenangan provinsi")
    assert (report.status, report.agency, report.agency_path) == (Status.SUBMITTED, None, "")
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.kepri.pk)
    assert report.agency == cast.kepri


def test_hold_pauses_the_clock_and_resume_restarts_it(cast):
    report, _ = cast.file(cast.pelapor)
    report = cast.act(report, "hold", cast.admin_nasional, message="Mohon lampirkan foto lokasi.")
    assert report.status == Status.ON_HOLD and report.due_at is None
    report = cast.act(report, "reply", cast.pelapor, message="Foto terlampir.")
    assert report.status == Status.ON_HOLD
    report = cast.act(report, "resume", cast.admin_nasional)
    assert report.status == Status.SUBMITTED and report.due_at is not None


def test_archive_needs_a_valid_reason(cast):
    report, _ = cast.file(cast.pelapor)
    with pytest.raises(ValidationError):
        cast.act(report, "archive", cast.admin_nasional, reason="bosan")
    report = cast.act(report, "archive", cast.admin_nasional, reason="duplicate", message="Sama dengan #ABC")
    assert report.status == Status.ARCHIVED and report.archive_reason == "duplicate"


def test_rating_is_once_and_only_by_the_reporter(cast):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Selesai.")
    report = cast.act(report, "close", cast.admin_batam)
    with pytest.raises(ActionNotAllowed):
        cast.act(report, "rate", cast.pelapor_lain, score=1)
    with pytest.raises(ValidationError):
        cast.act(report, "rate", cast.pelapor, score=6)
    report = cast.act(report, "rate", cast.pelapor, score=4)
    with pytest.raises(InvalidTransition):
        cast.act(report, "rate", cast.pelapor, score=1)


def test_reporter_without_account_follows_up_with_the_token(cast):
    report, token = cast.file(None, anonymous=True, contact="0812-1111-2222")
    assert token and report.reporter is None
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.pupr.pk)
    report = cast.act(report, "respond", cast.petugas_pupr, message="Ditangani.")
    with pytest.raises(ActionNotAllowed):
        cast.act(report, "reply", None, tokens=["wrong-token"], message="Halo")
    report = cast.act(report, "reply", None, tokens=[token], message="Terima kasih, tapi belum beres.")
    assert report.status == Status.REPORTER_REPLIED


def test_internal_notes_are_marked_internal(cast):
    report = cast.disposed_to_pupr()
    cast.act(report, "note", cast.admin_batam, message="Koordinasikan dengan camat.")
    assert report.events.get(action="note").is_internal


def test_the_table_only_names_known_statuses():
    assert {s for s, _a in TRANSITIONS} <= set(Status.values)
    assert {step.to for step in TRANSITIONS.values() if step.to} <= set(Status.values)
