"""Delivering notifications: e-mail (locmem, real SMTP over a socket), SMS gateways, retries, recovery, the queue."""

import json
from datetime import timedelta
from email import message_from_bytes

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from lapor.notifications import channels, delivery, sms
from lapor.notifications.models import Channel, Notification, NotifiedEvent, Status
from lapor.notifications.tasks import notify_event
from lapor.reports.models import ReportEvent
from lapor.reports.tasks import report_filed

from .smtp_server import closed_port, smtp_server

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
TASK_PATH = "lapor.notifications.tasks.deliver_notification"
FILED_PATH = "lapor.reports.tasks.report_filed"  # a filing's fan-out (and routing) run in this task


@pytest.fixture(autouse=True)
def locmem_mail(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture
def sms_log(settings, tmp_path):
    settings.SMS_FILE_PATH = tmp_path / "sms.log"
    return settings.SMS_FILE_PATH


def email_of(report) -> Notification:
    return Notification.objects.get(report=report, channel=Channel.EMAIL)


# --- Sending -------------------------------------------------------------------------------------------


def test_it_sends_text_and_html_in_the_recipients_language_with_the_stored_message_id(cast):
    cast.pelapor.language = "en"
    cast.pelapor.save()
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    assert delivery.deliver(note.pk) == "sent"

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["pelapor@example.id"] and message.subject == note.subject
    assert message.extra_headers["Message-ID"] == note.message_id
    assert message.body.startswith("Hello Siti Pelapor,")
    assert f"View report: http://127.0.0.1:8000/lacak/{report.tracking_id}/" in message.body
    assert "http://127.0.0.1:8000/notifikasi/pengaturan/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and '<html lang="en">' in html and ">View report</a>" in html
    note.refresh_from_db()
    assert note.status == Status.SENT and note.attempts == 1 and note.sent_at and note.last_error == ""


def test_running_a_delivery_twice_sends_once(cast):
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    assert delivery.deliver(note.pk) == "sent"
    assert delivery.deliver(note.pk) == "skipped"
    assert len(mail.outbox) == 1
    note.refresh_from_db()
    assert note.attempts == 1


def test_a_notification_claimed_by_one_worker_is_not_sent_by_another(cast):
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    assert delivery.claim(note.pk)  # worker A took it and is sending
    assert delivery.claim(note.pk) is None
    assert delivery.deliver(note.pk) == "skipped"  # worker B
    assert mail.outbox == []


def test_in_app_notifications_are_delivered_by_being_written_and_never_queued(cast):
    report, _ = cast.file(cast.pelapor)
    inapp = Notification.objects.get(report=report, channel=Channel.INAPP)
    assert inapp.status == Status.SENT and inapp.message_id == ""
    assert delivery.deliver(inapp.pk) == "skipped"


def test_sms_goes_through_the_file_gateway_once_per_message_id(cast, sms_log):
    report, _ = cast.file(None, contact="0812 3456 7890")
    note = Notification.objects.get(report=report)
    assert note.channel == Channel.SMS
    assert delivery.deliver(note.pk) == "sent"
    records = [json.loads(line) for line in sms_log.read_text().splitlines()]
    assert records == [
        {"message_id": note.message_id, "to": "+6281234567890", "body": note.body, "at": records[0]["at"]}
    ]
    # The gateway itself refuses a repeat of the same message id.
    sms.FileBackend(sms_log).send(to="+6281234567890", body=note.body, message_id=note.message_id)
    assert len(sms_log.read_text().splitlines()) == 1
    assert sms.FileBackend(sms_log).was_sent(note.message_id) is True
    assert sms.FileBackend(sms_log).was_sent("<other@lapor.localhost>") is False


def test_the_sms_backend_setting_chooses_the_gateway(cast, settings, capsys):
    settings.SMS_BACKEND = "lapor.notifications.sms.ConsoleBackend"
    report, _ = cast.file(None, contact="+62 812 3456 7890")
    note = Notification.objects.get(report=report)
    assert delivery.deliver(note.pk) == "sent"
    assert f"SMS {note.message_id} to +6281234567890: LAPOR! #{report.tracking_id}" in capsys.readouterr().out


def test_production_without_a_gateway_writes_no_sms_it_could_not_send(cast, settings):
    settings.SMS_BACKEND = ""  # what config/settings.py gives production without a gateway
    report, _ = cast.file(None, contact="0812 3456 7890")
    assert not Notification.objects.filter(report=report).exists()
    assert sms.sms_available() is False


def test_it_delivers_through_a_real_smtp_server(cast, settings):
    with smtp_server() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        report, _ = cast.file(cast.pelapor)
        note = email_of(report)
        assert delivery.deliver(note.pk) == "sent"
    assert len(server.messages) == 1
    received = message_from_bytes(server.messages[0])
    assert received["Message-ID"] == note.message_id and received["To"] == "pelapor@example.id"
    assert received.is_multipart() and {p.get_content_type() for p in received.walk()} >= {"text/plain", "text/html"}


# --- Failures -------------------------------------------------------------------------------------------


def test_a_failure_is_recorded_and_retried_with_growing_delays_until_it_gives_up(cast, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    start = timezone.now()
    delays = []
    with time_machine.travel(start, tick=False) as clock:
        for attempt in range(1, delivery.MAX_ATTEMPTS):
            assert delivery.deliver(note.pk) == "retry"
            note.refresh_from_db()
            assert note.status == Status.PENDING and note.attempts == attempt
            assert "ConnectionRefusedError" in note.last_error
            delays.append(note.next_attempt_at - timezone.now())
            assert delivery.deliver(note.pk) == "skipped"  # not due yet
            clock.move_to(note.next_attempt_at)
        assert delivery.deliver(note.pk) == "failed"
    assert delays == [timedelta(minutes=1), timedelta(minutes=4), timedelta(minutes=16), timedelta(minutes=64)]
    note.refresh_from_db()
    assert note.status == Status.FAILED and note.attempts == delivery.MAX_ATTEMPTS and note.sent_at is None
    assert delivery.deliver(note.pk) == "skipped"


def test_a_refused_address_fails_at_once(cast, settings):
    with smtp_server(rcpt_reply="550 5.1.1 no such mailbox") as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        report, _ = cast.file(cast.pelapor)
        note = email_of(report)
        assert delivery.deliver(note.pk) == "failed"
    note.refresh_from_db()
    assert note.status == Status.FAILED and note.attempts == 1 and "no such mailbox" in note.last_error


def test_after_a_failure_the_retry_is_queued_for_when_it_is_due(cast, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    with override_settings(TASKS=DATABASE_QUEUE):
        assert delivery.deliver(note.pk) == "retry"
    note.refresh_from_db()
    retry = DBTaskResult.objects.filter(task_path=TASK_PATH, run_after=note.next_attempt_at).get()
    assert retry.args_kwargs == {"args": [note.pk], "kwargs": {}}


# --- The queue: same transaction, and the worker -------------------------------------------------------


@override_settings(TASKS=DATABASE_QUEUE)
def test_with_the_database_queue_rows_and_tasks_commit_or_roll_back_with_the_change(cast):
    class Abandon(Exception):
        pass

    with pytest.raises(Abandon), transaction.atomic():
        cast.file(cast.pelapor, title="Laporan yang batal disimpan")
        assert DBTaskResult.objects.filter(task_path=FILED_PATH).count() == 1
        raise Abandon
    assert not Notification.objects.exists() and not DBTaskResult.objects.exists()

    cast.pelapor_lain.phone = "+6281311112222"
    cast.pelapor_lain.save()
    report, _ = cast.file(cast.pelapor_lain)
    assert not Notification.objects.exists()  # written by the worker, not by the request
    with transaction.atomic():  # what the worker does with the queued fan-out task
        (fan_out,) = DBTaskResult.objects.filter(task_path=FILED_PATH)
        report_filed.call(*fan_out.args_kwargs["args"])
    queued = {t.args_kwargs["args"][0] for t in DBTaskResult.objects.filter(task_path=TASK_PATH)}
    external = set(
        Notification.objects.filter(report=report).exclude(channel=Channel.INAPP).values_list("pk", flat=True)
    )
    assert len(external) == 2 and queued == external  # one task per e-mail/SMS row, none for in-app


@override_settings(TASKS=DATABASE_QUEUE)
def test_the_database_worker_delivers_queued_notifications(transactional_db, cast, sms_log):
    # transactional: the worker closes its database connection after each task, as in production.
    report, _ = cast.file(cast.pelapor)
    other, _ = cast.file(None, contact="0812 3456 7890")
    assert mail.outbox == []
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    worker.run()
    assert len(mail.outbox) == 1 and mail.outbox[0].extra_headers["Message-ID"] == email_of(report).message_id
    assert len(sms_log.read_text().splitlines()) == 1
    assert set(Notification.objects.values_list("status", flat=True)) == {Status.SENT}
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


# --- Recovery after a worker died ------------------------------------------------------------------------


@override_settings(TASKS=DATABASE_QUEUE)
def test_an_event_whose_fan_out_task_died_is_notified_by_recovery_once(cast):
    report, _ = cast.file(cast.pelapor)
    event = ReportEvent.objects.get(report=report, action="submit")
    # A worker took the fan-out task and died: the task row stays "running", nothing was written.
    DBTaskResult.objects.filter(task_path=FILED_PATH).update(status="RUNNING")
    assert not Notification.objects.exists()

    assert delivery.recover()["notified"] == 0  # too young: its worker may still be at it
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        assert delivery.recover()["notified"] == 1
        assert delivery.recover()["notified"] == 0
    written = set(Notification.objects.values_list("recipient_key", "channel"))
    assert written == {(f"u:{cast.pelapor.pk}", Channel.INAPP), (f"u:{cast.pelapor.pk}", Channel.EMAIL)}
    assert NotifiedEvent.objects.get(event=event).notifications == 2
    # The lost task turning up after all writes nothing twice.
    assert notify_event.call(event.pk) == 0
    assert Notification.objects.count() == 2


def test_a_claim_whose_message_went_out_is_marked_sent_without_sending_again(cast):
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    assert delivery.claim(note.pk)
    channels.send(Notification.objects.get(pk=note.pk))  # ...and the worker died before marking it
    assert delivery.recover(stale_after=timedelta(minutes=10)) == {
        "confirmed": 0,
        "restarted": 0,
        "failed": 0,
        "requeued": 0,
        "notified": 0,
    }  # a live claim is left alone
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        counts = delivery.recover()
    assert counts["confirmed"] == 1
    note.refresh_from_db()
    assert note.status == Status.SENT and len(mail.outbox) == 1


def test_a_claim_that_died_before_sending_is_sent_again(cast, django_capture_on_commit_callbacks):
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    assert delivery.claim(note.pk)
    with django_capture_on_commit_callbacks(execute=True):
        counts = delivery.recover(stale_after=timedelta(0))
    assert counts["restarted"] == 1
    note.refresh_from_db()
    assert note.status == Status.SENT and note.attempts == 2 and len(mail.outbox) == 1


def test_when_the_transport_cannot_tell_it_sends_again_with_the_same_message_id(cast, settings):
    with smtp_server() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        report, _ = cast.file(cast.pelapor)
        note = email_of(report)
        assert delivery.claim(note.pk)
        channels.send(Notification.objects.get(pk=note.pk))  # accepted by SMTP; the worker died
        assert delivery.recover(stale_after=timedelta(0)) == {
            "confirmed": 0,
            "restarted": 1,
            "failed": 0,
            "requeued": 0,
            "notified": 0,
        }
        note.refresh_from_db()
        assert note.status == Status.PENDING and "same message id" in note.last_error
        assert delivery.deliver(note.pk) == "sent"
    # The documented at-least-once window: two copies, one Message-ID, which mailboxes collapse.
    assert [message_from_bytes(m)["Message-ID"] for m in server.messages] == [note.message_id] * 2


def test_a_pending_notification_whose_task_was_lost_is_woken_again(cast, django_capture_on_commit_callbacks):
    report, _ = cast.file(cast.pelapor)  # in tests the task would run on commit; here it never ran
    note = email_of(report)
    assert delivery.recover()["requeued"] == 0  # not stale yet
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        with django_capture_on_commit_callbacks(execute=True):
            assert delivery.recover()["requeued"] == 1
    note.refresh_from_db()
    assert note.status == Status.SENT and len(mail.outbox) == 1


def test_a_stale_claim_out_of_attempts_fails_instead_of_looping(cast):
    report, _ = cast.file(cast.pelapor)
    note = email_of(report)
    Notification.objects.filter(pk=note.pk).update(attempts=delivery.MAX_ATTEMPTS - 1)
    assert delivery.claim(note.pk)
    assert delivery.recover(stale_after=timedelta(0))["failed"] == 1
    note.refresh_from_db()
    assert note.status == Status.FAILED and mail.outbox == []


def test_the_recovery_command_reports_what_it_did(cast, capsys):
    report, _ = cast.file(cast.pelapor)
    delivery.claim(email_of(report).pk)
    call_command("notifications_recover", "--stale-after", "0")
    assert "restarted=1" in capsys.readouterr().out
