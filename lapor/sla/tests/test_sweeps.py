"""The deadline sweeps, travelling in time: reminders, escalation levels, closing by the system."""

import os
import threading
from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from lapor.notifications.models import Kind, Notification
from lapor.reports.exceptions import ActionNotAllowed, ConcurrentUpdate
from lapor.reports.models import ClosedBy, Report, ReportEvent, Status
from lapor.reports.workflow import SYSTEM_VIEWER, TransitionInput, allowed_actions, transition
from lapor.sla import sweeps
from lapor.sla.models import Escalation, EscalationRule
from lapor.sla.tasks import notify_claims

from .conftest import WIB, end_of


def at(y, m, d, hh=10, mm=0, tz=WIB):
    return time_machine.travel(datetime(y, m, d, hh, mm, tzinfo=tz), tick=False)


def held_by_batam(cast, **overrides) -> Report:
    """Verified to Pemkot Batam on Monday 5 October 2026: the first answer is due at the end of Monday 12."""
    with at(2026, 10, 5):
        report, _token = cast.file(cast.pelapor, **overrides)
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert report.due_at == end_of(2026, 10, 12)
    return report


def sweep_at(y, m, d, hh=10, mm=0):
    with at(y, m, d, hh, mm):
        return sweeps.run_all()


def escalations(report):
    return list(report.events.filter(action="escalate").order_by("id").values_list("data__level", flat=True))


def notified(kind, user):
    return Notification.objects.filter(kind=kind, user=user).count()


# --- Reminders --------------------------------------------------------------------------------------------


def test_it_reminds_the_holders_officers_once_when_one_working_day_is_left(cast):
    report = held_by_batam(cast)
    assert sweep_at(2026, 10, 8)["reminders"].done == 0  # Thursday: 2 HK left (Friday, Monday)
    assert sweep_at(2026, 10, 9)["reminders"].done == 1  # Friday: only Monday left
    assert sweep_at(2026, 10, 10)["reminders"].done == 0  # Saturday, again: already reminded
    assert sweep_at(2026, 10, 12, 8)["reminders"].done == 0
    reminders = Notification.objects.filter(report=report, kind=Kind.REMINDER)
    assert {n.user for n in reminders} == {cast.admin_batam}
    assert reminders.count() == 1  # in-app only: the cast's officers have no e-mail address
    assert Escalation.objects.filter(report=report, level=Escalation.REMINDER).count() == 1


def test_it_reminds_the_petugas_of_a_unit_and_not_the_reporter(cast):
    with at(2026, 10, 5):
        report = cast.disposed_to_pupr()
    sweep_at(2026, 10, 9)
    assert {n.user for n in Notification.objects.filter(report=report, kind=Kind.REMINDER)} == {cast.petugas_pupr}


def test_the_reminder_lead_is_a_setting_and_zero_turns_reminders_off(cast, settings):
    held_by_batam(cast)
    settings.SLA_REMINDER_WORKING_DAYS = 0
    assert sweep_at(2026, 10, 12)["reminders"].done == 0
    settings.SLA_REMINDER_WORKING_DAYS = 3
    assert sweep_at(2026, 10, 7)["reminders"].done == 1  # Wednesday: Thu, Fri, Mon left


# --- Escalation --------------------------------------------------------------------------------------------


def test_escalation_levels_fire_after_0_2_and_5_working_days_across_the_weekend(cast):
    report = held_by_batam(cast)  # due at the end of Monday 12 October
    assert sweep_at(2026, 10, 12, 23, 50)["escalations"].done == 0  # not yet passed
    assert sweep_at(2026, 10, 13, 0, 5)["escalations"].done == 1  # Tuesday: level 1 at once
    assert escalations(report) == [1]
    assert sweep_at(2026, 10, 14, 18)["escalations"].done == 0  # Wednesday: 2 HK not yet over
    assert sweep_at(2026, 10, 15, 8)["escalations"].done == 1  # Thursday: Tue and Wed passed
    assert escalations(report) == [1, 2]
    # Level 3 after 5 HK: Tue 13, Wed 14, Thu 15, Fri 16, (weekend), Mon 19; fires on Tuesday 20.
    assert sweep_at(2026, 10, 17)["escalations"].done == 0
    assert sweep_at(2026, 10, 19, 20)["escalations"].done == 0
    assert sweep_at(2026, 10, 20, 1)["escalations"].done == 1
    assert escalations(report) == [1, 2, 3]
    assert sweep_at(2026, 10, 22)["escalations"].done == 0  # nothing more for this deadline
    assert Escalation.objects.filter(report=report, level__gt=0).count() == 3

    # Who heard: the holder's admin, then the province above, then the national admin and oversight.
    assert notified(Kind.ESCALATION, cast.admin_batam) == 1
    assert notified(Kind.ESCALATION, cast.admin_kepri) == 1
    assert notified(Kind.ESCALATION, cast.admin_nasional) == 1
    assert notified(Kind.ESCALATION, cast.pengawas) == 1
    assert notified(Kind.ESCALATION, cast.pelapor) == 0
    report.refresh_from_db()
    assert report.status == Status.DISPOSED  # escalation tells people; it moves nothing


def test_each_escalation_is_a_system_event_the_officers_and_the_reporter_see(cast):
    report = held_by_batam(cast)
    sweep_at(2026, 10, 13)
    event = ReportEvent.objects.get(report=report, action="escalate")
    assert (event.actor, event.actor_role, event.is_internal) == (None, "system", False)
    assert event.data["level"] == 1
    assert event.data["deadline_at"] == end_of(2026, 10, 12).isoformat()
    assert event.data["escalated_to_agency_id"] == cast.batam.pk


def test_the_completion_deadline_is_reminded_and_escalated_on_its_own(cast):
    """A pengaduan verified on Monday 5 October must be completed in 14 HK: by the end of Friday 23."""
    report = held_by_batam(cast)
    assert report.completion_due_at == end_of(2026, 10, 23)
    # The agency answers, the reporter replies: the stage clock restarts each time, the completion one runs on.
    with at(2026, 10, 7):
        report = cast.act(report, "respond", cast.admin_batam, message="Sedang kami tangani.")
    with at(2026, 10, 8):
        report = cast.act(report, "reply", cast.pelapor, message="Belum ada perbaikan sama sekali.")
    assert report.status == Status.REPORTER_REPLIED and report.due_at == end_of(2026, 10, 15)
    with at(2026, 10, 12):
        report = cast.act(report, "respond", cast.admin_batam, message="Dijadwalkan minggu depan.")
    with at(2026, 10, 13):
        report = cast.act(report, "reply", cast.pelapor, message="Mohon dipercepat.")
    assert report.due_at == end_of(2026, 10, 20)

    assert sweep_at(2026, 10, 19)["reminders"].done == 1  # the stage deadline (Tuesday 20)
    assert sweep_at(2026, 10, 22)["reminders"].done == 1  # the completion deadline (Friday 23)
    reminders = Notification.objects.filter(report=report, kind=Kind.REMINDER, user=cast.admin_batam)
    assert reminders.count() == 2
    assert "harus diselesaikan paling lambat 23 Oktober 2026" in reminders.order_by("id").last().body

    result = sweep_at(2026, 10, 26, 9)  # Monday: both deadlines passed
    completion = report.events.filter(action="escalate", data__deadline="completion")
    assert list(completion.values_list("data__level", flat=True)) == [1]
    assert completion.get().data["deadline_at"] == end_of(2026, 10, 23).isoformat()
    assert report.events.filter(action="escalate", data__deadline="stage").count() == 2  # Tue 20: +0 and +2 HK
    assert result["escalations"].done == 2  # stage level 1 was raised by Thursday's sweep already
    note = Notification.objects.get(event=completion.get(), user=cast.admin_batam)
    assert note.subject.endswith("melewati batas waktu penyelesaian")
    assert sweep_at(2026, 10, 26, 10)["escalations"].done == 0


def test_a_sweep_that_missed_days_creates_every_level_missed_in_order_and_once(cast):
    report = held_by_batam(cast)
    assert sweep_at(2026, 10, 21)["escalations"].done == 3
    assert sweep_at(2026, 10, 21, 11)["escalations"].done == 0
    assert escalations(report) == [1, 2, 3]


def test_running_the_sweep_twice_escalates_once(cast):
    report = held_by_batam(cast)
    with at(2026, 10, 15, 9):
        first, second = sweeps.escalate_overdue(), sweeps.escalate_overdue()
    assert (first.done, second.done) == (2, 0)
    assert escalations(report) == [1, 2]
    assert Notification.objects.filter(report=report, kind=Kind.ESCALATION).count() == 2


def test_two_interleaved_sweeps_escalate_each_level_once(cast):
    """Both read the same due levels; one claims them; the other finds them taken and writes nothing."""
    report = held_by_batam(cast)
    with at(2026, 10, 21):
        a, b = sweeps.EscalationPlan(datetime.now(WIB)), sweeps.EscalationPlan(datetime.now(WIB))
        wanted_a, wanted_b = a.all_wanted(), b.all_wanted()
        assert wanted_a == wanted_b and len(wanted_a) == 3
        assert b.apply(wanted_b) == (3, 1)
        assert a.apply(wanted_a) == (0, 0)
    assert escalations(report) == [1, 2, 3]
    assert Notification.objects.filter(report=report, kind=Kind.ESCALATION).count() == 4  # 1 + 1 + (nasional, pengawas)


def test_an_answer_before_the_deadline_prevents_escalation_and_a_new_deadline_starts_again(cast):
    report = held_by_batam(cast)
    with at(2026, 10, 12, 15):
        report = cast.act(report, "respond", cast.admin_batam, message="Sudah kami perbaiki.")
    assert sweep_at(2026, 10, 16)["escalations"].done == 0
    with at(2026, 10, 16):
        report = cast.act(report, "reply", cast.pelapor, message="Belum diperbaiki.")
    assert report.due_at == end_of(2026, 10, 23)  # the first-answer clock restarts
    assert sweep_at(2026, 10, 26)["escalations"].done == 1  # the new deadline is escalated on its own
    assert escalations(report) == [1]


def test_rules_are_data_a_deactivated_level_is_skipped(cast):
    report = held_by_batam(cast)
    EscalationRule.objects.filter(level=2).update(is_active=False)
    EscalationRule.objects.filter(level=3).update(delay_days=1)
    assert sweep_at(2026, 10, 15)["escalations"].done == 2  # Thursday: levels 1 and 3 (after 1 HK)
    assert escalations(report) == [1, 3]


def test_the_seeded_rules_are_0_2_and_5_working_days(db):
    assert dict(EscalationRule.objects.values_list("level", "delay_days")) == {1: 0, 2: 2, 3: 5}


def test_escalation_messages_never_carry_an_anonymous_reporters_identity(cast):
    with at(2026, 10, 5):
        report, _token = cast.file(cast.pelapor, anonymous=True)
        report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    sweep_at(2026, 10, 21)
    messages = Notification.objects.filter(report=report, kind__in=[Kind.ESCALATION, Kind.REMINDER])
    assert messages.count() >= 4
    for message in messages:
        text = f"{message.subject} {message.body}"
        assert report.tracking_id in text
        assert "Siti" not in text and "pelapor@example.id" not in text
        assert message.user != cast.pelapor


def test_the_national_queue_escalates_to_the_national_admins(cast):
    with at(2026, 10, 5):
        report, _token = cast.file(cast.pelapor)  # verification: 3 HK, due at the end of Thursday 8
    assert report.agency_id is None
    sweep_at(2026, 10, 9)
    assert escalations(report) == [1]
    assert notified(Kind.ESCALATION, cast.admin_nasional) == 1


# --- Closing by the system -----------------------------------------------------------------------------------


def followed_up(cast) -> Report:
    report = held_by_batam(cast)
    with at(2026, 10, 6):
        report = cast.act(report, "respond", cast.admin_batam, message="Sudah kami perbaiki.")
    assert report.due_at == end_of(2026, 10, 16)  # 10 calendar days
    return report


def test_a_silent_reporter_is_closed_by_the_system_after_the_reply_window(cast):
    report = followed_up(cast)
    assert sweep_at(2026, 10, 16, 23, 0)["closed"].done == 0
    assert sweep_at(2026, 10, 17, 0, 5)["closed"].done == 1
    assert sweep_at(2026, 10, 17, 1, 0)["closed"].done == 0
    report.refresh_from_db()
    assert report.status == Status.CLOSED
    assert report.closed_by == ClosedBy.SYSTEM
    assert report.closed_at == datetime(2026, 10, 17, 0, 5, tzinfo=WIB)
    assert report.due_at is None
    event = report.events.get(action="close")
    assert (event.actor, event.actor_role, event.from_status) == (None, "system", Status.FOLLOWED_UP)
    closed = Notification.objects.get(report=report, kind=Kind.CLOSED, user=cast.pelapor, channel="inapp")
    assert "Ditutup oleh sistem" in closed.subject
    assert escalations(report) == []  # the reply window is the reporter's: never escalated


def test_a_reply_in_time_prevents_the_system_close(cast):
    report = followed_up(cast)
    with at(2026, 10, 16, 20):
        cast.act(report, "reply", cast.pelapor, message="Masih rusak di sisi timur.")
    assert sweep_at(2026, 10, 17)["closed"].done == 0
    report.refresh_from_db()
    assert report.status == Status.REPORTER_REPLIED
    assert report.closed_by == ""


def test_a_close_that_loses_the_race_is_skipped(cast):
    report = followed_up(cast)
    stale = Report.objects.get(pk=report.pk)
    with at(2026, 10, 17):
        cast.act(report, "close", cast.admin_batam)  # an admin closes between the sweep's read and its write
        with pytest.raises(ConcurrentUpdate):
            transition(stale, "close", viewer=SYSTEM_VIEWER)
        assert sweeps.close_silent().done == 0
    report.refresh_from_db()
    assert report.closed_by == ClosedBy.ADMIN


def test_the_system_takes_only_its_own_step_and_officers_keep_theirs(cast):
    report = followed_up(cast)
    with pytest.raises(ActionNotAllowed):
        transition(report, "respond", viewer=SYSTEM_VIEWER, data=TransitionInput(message="x"))
    assert "close" in allowed_actions(cast.viewer(cast.admin_batam), report)
    assert "close" not in allowed_actions(cast.viewer(cast.petugas_pupr), report)
    assert allowed_actions(cast.viewer(cast.pelapor), report) == ["reply"]


def test_a_batch_of_silent_reporters_is_closed_in_one_transition_each_with_its_event_and_notice(cast):
    reports = [followed_up(cast) for _ in range(5)]
    with at(2026, 10, 17):
        result = sweeps.close_silent(batch_size=2)
    assert (result.done, result.scanned) == (5, 5)
    for report in reports:
        report.refresh_from_db()
        assert (report.status, report.closed_by, report.due_at, report.version) == (
            Status.CLOSED,
            ClosedBy.SYSTEM,
            None,
            3,  # verified, answered, closed
        )
        event = report.events.get(action="close")
        assert (event.actor, event.actor_role, event.from_status) == (None, "system", Status.FOLLOWED_UP)
        assert Notification.objects.filter(report=report, event=event, kind=Kind.CLOSED, user=cast.pelapor).exists()


def test_the_batch_close_leaves_out_a_report_that_moved_since_it_was_read(cast):
    report, other = followed_up(cast), followed_up(cast)
    stale = [Report.objects.get(pk=report.pk), Report.objects.get(pk=other.pk)]
    with at(2026, 10, 17):
        cast.act(report, "close", cast.admin_batam)
        from lapor.reports.workflow import close_many_by_system

        events = close_many_by_system(stale)
    assert [e.report_id for e in events] == [other.pk]
    report.refresh_from_db()
    assert report.closed_by == ClosedBy.ADMIN and report.events.filter(action="close").count() == 1


# --- The notifications' outbox --------------------------------------------------------------------------------

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
NOTIFY_CLAIMS = "lapor.sla.tasks.notify_claims"


@override_settings(TASKS=DATABASE_QUEUE)
def test_a_pass_claims_and_writes_events_in_bulk_and_leaves_the_messages_to_one_task_per_batch(cast):
    reports = [held_by_batam(cast) for _ in range(5)]
    with at(2026, 10, 15):
        result = sweeps.escalate_overdue(batch_size=2)
    assert (result.done, result.reports) == (10, 5)
    assert all(escalations(report) == [1, 2] for report in reports)
    assert not Notification.objects.filter(kind=Kind.ESCALATION).exists()
    tasks = list(DBTaskResult.objects.filter(task_path=NOTIFY_CLAIMS))
    assert len(tasks) == 3  # batches of 2, 2 and 1 reports
    for task in tasks:
        notify_claims.call(*task.args_kwargs["args"])
    assert notified(Kind.ESCALATION, cast.admin_batam) == 5
    assert notified(Kind.ESCALATION, cast.admin_kepri) == 5
    assert not Escalation.objects.filter(notified_at__isnull=True).exists()
    # Each escalation row points at its event; a task run twice writes nothing twice.
    claim = Escalation.objects.filter(level=1).first()
    assert claim.event.action == "escalate" and claim.event.data["level"] == 1
    count = Notification.objects.count()
    for task in tasks:
        notify_claims.call(*task.args_kwargs["args"])
    assert Notification.objects.count() == count


@override_settings(TASKS=DATABASE_QUEUE)
def test_claims_whose_task_died_are_notified_by_recovery_once(cast):
    report = held_by_batam(cast)
    with at(2026, 10, 9):  # Friday: one working day left
        assert sweeps.send_reminders().done == 1
    with at(2026, 10, 13):
        assert sweeps.escalate_overdue().done == 1
    DBTaskResult.objects.filter(task_path=NOTIFY_CLAIMS).update(status="RUNNING")  # taken by a worker that died
    with at(2026, 10, 13, 10, 5):
        # The reminder's claim is days old; the escalation's is too young: its worker may still be at it.
        assert sweeps.recover_unnotified() == 1
    with at(2026, 10, 13, 11):
        assert sweeps.recover_unnotified() == 1
        assert sweeps.recover_unnotified() == 0
    assert notified(Kind.REMINDER, cast.admin_batam) == 1
    assert notified(Kind.ESCALATION, cast.admin_batam) == 1
    event = report.events.get(action="escalate")
    assert Notification.objects.filter(event=event, kind=Kind.ESCALATION).count() >= 1
    # The lost task turning up after all writes nothing twice.
    count = Notification.objects.count()
    for task in DBTaskResult.objects.filter(task_path=NOTIFY_CLAIMS):
        notify_claims.call(*task.args_kwargs["args"])
    assert Notification.objects.count() == count


def test_a_reminder_for_a_deadline_answered_before_its_task_ran_is_dropped(cast):
    report = held_by_batam(cast)
    with at(2026, 10, 9), override_settings(TASKS=DATABASE_QUEUE):
        assert sweeps.send_reminders().done == 1
    with at(2026, 10, 9, 11):
        cast.act(report, "respond", cast.admin_batam, message="Sudah ditangani.")
        assert sweeps.recover_unnotified(stale_after=timedelta(0)) == 1
    assert notified(Kind.REMINDER, cast.admin_batam) == 0
    assert not Escalation.objects.filter(notified_at__isnull=True).exists()


# --- The command ----------------------------------------------------------------------------------------------


def test_run_sweeps_runs_one_pass(cast, capsys):
    report = held_by_batam(cast)
    with at(2026, 10, 15):
        call_command("run_sweeps")
    out = capsys.readouterr().out
    assert "escalations=2" in out and "reminders=0" in out and "closed=0" in out
    assert escalations(report) == [1, 2]


# --- Real concurrency (PostgreSQL only) -------------------------------------------------------------------------


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
    reason="real concurrent sweeps need PostgreSQL",
)
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_in_threads_on_postgresql_escalate_each_level_once():
    from lapor.testing import build_cast

    cast = build_cast()
    reports = [held_by_batam(cast) for _ in range(30)]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def sweep():
        try:
            barrier.wait()
            results.append(sweeps.escalate_overdue(now=datetime(2026, 10, 21, 10, tzinfo=WIB), batch_size=7))
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sum(r.done for r in results) == 3 * len(reports)
    for report in reports:
        assert escalations(report) == [1, 2, 3]
