"""Who is told what: per event kind, per preference, in which language, never twice, never the anonim's name."""

import pytest
from django.core import mail
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from lapor.accounts.models import Membership, User
from lapor.agencies.models import Agency
from lapor.notifications import delivery
from lapor.notifications.models import Channel, Kind, Notification, NotificationPreference, Status
from lapor.notifications.services import notify, notify_for_event

pytestmark = pytest.mark.django_db


def told(report, **filters) -> set[tuple[str, str, str]]:
    """(kind, username or contact, channel) of every notification about `report`."""
    rows = Notification.objects.filter(report=report, **filters).select_related("user")
    return {(n.kind, n.user.username if n.user else n.address, n.channel) for n in rows}


def of_event(event) -> set[tuple[str, str, str]]:
    return {(n.kind, n.user.username if n.user else n.address, n.channel) for n in event.notifications.all()}


# --- The reporter ----------------------------------------------------------------------------------------


def test_it_tells_a_reporter_with_an_account_that_the_report_was_received_in_app_and_by_email(cast):
    report, _token = cast.file(cast.pelapor)
    assert told(report) == {("received", "pelapor", "inapp"), ("received", "pelapor", "email")}
    email = Notification.objects.get(report=report, channel=Channel.EMAIL)
    assert email.address == "pelapor@example.id" and email.status == Status.PENDING and email.message_id
    assert email.subject == f"LAPOR! #{report.tracking_id}: Laporan dikirim"
    assert "Halo Siti Pelapor," in email.body and report.tracking_id in email.body
    inapp = Notification.objects.get(report=report, channel=Channel.INAPP)
    assert inapp.status == Status.SENT and inapp.sent_at and inapp.read_at is None
    assert inapp.url == f"/lacak/{report.tracking_id}/"


def test_each_step_of_the_journey_tells_the_reporter_and_the_officers_concerned(cast):
    report, _token = cast.file(cast.pelapor)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    verify = report.events.get(action="verify")
    assert of_event(verify) == {
        ("verified", "pelapor", "inapp"),
        ("verified", "pelapor", "email"),
        ("new_disposition", "admin_batam", "inapp"),  # not pimpinan_batam: leadership reads, it does not act
    }
    report = cast.act(report, "dispose", cast.admin_batam, agency_id=cast.pupr.pk)
    assert of_event(report.events.get(action="dispose")) == {
        ("routed", "pelapor", "inapp"),
        ("routed", "pelapor", "email"),
        ("new_disposition", "petugas_pupr", "inapp"),
    }
    report = cast.act(report, "respond", cast.petugas_pupr, message="Jalan sudah ditambal pada 3 Maret.")
    answered = report.events.get(action="respond")
    assert of_event(answered) == {("answered", "pelapor", "inapp"), ("answered", "pelapor", "email")}
    assert "Jalan sudah ditambal pada 3 Maret." in answered.notifications.get(channel="email").body
    report = cast.act(report, "reply", cast.pelapor, message="Masih ada lubang di sisi utara.")
    assert of_event(report.events.get(action="reply")) == {("reporter_replied", "petugas_pupr", "inapp")}
    report = cast.act(report, "close", cast.admin_batam)
    assert of_event(report.events.get(action="close")) == {
        ("closed", "pelapor", "inapp"),
        ("closed", "pelapor", "email"),
    }


def test_hold_archive_and_not_authority_tell_the_reporter_why(cast):
    held, _ = cast.file(cast.pelapor, title="Laporan yang kurang lengkap")
    held = cast.act(held, "hold", cast.admin_nasional, message="Sebutkan nama jalan dan kelurahannya.")
    note = held.events.get(action="hold").notifications.get(channel="email")
    assert note.kind == Kind.ON_HOLD and "Sebutkan nama jalan dan kelurahannya." in note.body
    held = cast.act(held, "reply", cast.pelapor, message="Jalan Raden Patah, Kelurahan Lubuk Baja.")
    # In the national queue nobody holds the report but the admin who asked for more: they hear the reply.
    assert of_event(held.events.get(action="reply")) == {("reporter_replied", "admin_nasional", "inapp")}

    archived, _ = cast.file(cast.pelapor, title="Iklan pinjaman online murah")
    archived = cast.act(archived, "archive", cast.admin_nasional, reason="spam")
    note = archived.events.get(action="archive").notifications.get(channel="email")
    assert note.kind == Kind.ARCHIVED and "Alasan: Spam atau iklan" in note.body

    returned = cast.disposed_to_pupr(title="Bukan urusan dinas ini")
    returned = cast.act(returned, "not_authority", cast.petugas_pupr, reason="Urusan Dinas Kesehatan")
    event = returned.events.get(action="not_authority")
    assert of_event(event) == {
        ("routed", "pelapor", "inapp"),
        ("routed", "pelapor", "email"),
        ("new_disposition", "admin_batam", "inapp"),  # it went back to Batam, which routed it
    }
    assert "Urusan Dinas Kesehatan" in event.notifications.get(channel="email").body


def test_a_report_filed_to_a_chosen_agency_tells_that_agencys_officers(cast):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    assert ("new_disposition", "admin_batam", "inapp") in told(report)
    assert not {user for _k, user, _c in told(report)} & {"pimpinan_batam", "admin_kepri", "admin_nasional"}
    # Without a chosen agency it waits in the national queue; national admins work the queue, unnotified.
    national, _ = cast.file(cast.pelapor)
    assert told(national) == {("received", "pelapor", "inapp"), ("received", "pelapor", "email")}


def test_officers_are_not_told_of_their_own_action(cast):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    report = cast.act(report, "verify", cast.admin_batam, agency_id=cast.batam.pk)
    assert of_event(report.events.get(action="verify")) == {
        ("verified", "pelapor", "inapp"),
        ("verified", "pelapor", "email"),
    }


def test_a_unit_without_active_officers_falls_back_to_the_admins_above_it(cast):
    cast.petugas_pupr.is_active = False
    cast.petugas_pupr.save(update_fields=["is_active"])
    report, _ = cast.file(cast.pelapor)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.pupr.pk)
    officers = {user for kind, user, _c in of_event(report.events.get(action="verify")) if kind == "new_disposition"}
    assert officers == {"admin_batam"}


def test_internal_notes_notify_nobody(cast):
    report = cast.disposed_to_pupr()
    before = Notification.objects.count()
    report = cast.act(report, "note", cast.petugas_pupr, message="Pelapor ini sering melapor; cek ulang lokasi.")
    assert Notification.objects.count() == before
    assert not report.events.get(action="note").notifications.exists()


# --- Reporters without an account ----------------------------------------------------------------------


def test_a_reporter_without_an_account_is_reached_through_the_contact_they_gave(cast):
    by_mail, _ = cast.file(None, contact="  Warga.Batam@Example.ID ")
    assert told(by_mail) == {("received", "warga.batam@example.id", "email")}
    note = Notification.objects.get(report=by_mail)
    assert note.user is None and note.recipient_key == "c:warga.batam@example.id"
    assert note.url == "/lacak/" and "Yth. Pelapor," in note.body

    by_phone, _ = cast.file(None, contact="0812-3456-7890")
    assert told(by_phone) == {("received", "+6281234567890", "sms")}
    sms = Notification.objects.get(report=by_phone)
    assert sms.body.startswith(f"LAPOR! #{by_phone.tracking_id}: Laporan dikirim.") and len(sms.body) <= 320

    unreachable, _ = cast.file(None, contact="tanya saja ke RT 04")
    assert not Notification.objects.filter(report=unreachable).exists()


def test_a_contact_keeps_the_language_the_reporter_filed_in(cast):
    with translation.override("en"):
        report, _ = cast.file(None, contact="expat@example.com")
    first = Notification.objects.get(report=report)
    assert first.language == "en" and first.subject == f"LAPOR! #{report.tracking_id}: Report submitted"
    # Later steps are taken by Indonesian-speaking officers; the contact still hears in English.
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    later = report.events.get(action="verify").notifications.get(channel="email")
    assert later.language == "en"
    assert "The report was verified and forwarded to Pemerintah Kota Batam." in later.body


# --- Anonymity -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("reporter", ["account", "phone"])
def test_nothing_sent_to_agency_users_contains_an_anonymous_reporters_identity(cast, reporter, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    for officer in (cast.admin_batam, cast.petugas_pupr, cast.admin_nasional):
        officer.email = f"{officer.username}@pemda.go.id"
        officer.save()
    if reporter == "account":
        cast.pelapor.phone = "+6281211112222"
        cast.pelapor.save()
        report, token = cast.file(cast.pelapor, anonymous=True, agency_id=cast.batam.pk)
        identity = ["Siti", "pelapor@example.id", "6281211112222", "1211112222"]
        actor, tokens = cast.pelapor, ()
    else:
        report, token = cast.file(None, anonymous=True, agency_id=cast.batam.pk, contact="0812 9999 0000")
        identity = ["6281299990000", "0812 9999 0000", "12999900"]
        actor, tokens = None, (token,)
    report = cast.act(report, "verify", cast.admin_batam, agency_id=cast.batam.pk)
    report = cast.act(report, "dispose", cast.admin_batam, agency_id=cast.pupr.pk)
    report = cast.act(report, "respond", cast.petugas_pupr, message="Sudah kami periksa di lapangan.")
    report = cast.act(report, "reply", actor, tokens=tokens, message="Terima kasih, tapi belum selesai.")

    to_agencies = Notification.objects.filter(report=report, user__memberships__isnull=False).distinct()
    kinds = {n.kind for n in to_agencies}
    assert kinds == {"new_disposition", "reporter_replied"}
    assert {n.channel for n in to_agencies} == {"inapp", "email"}
    for pk in to_agencies.filter(channel="email").values_list("pk", flat=True):
        assert delivery.deliver(pk) == "sent"
    delivered = [m for m in mail.outbox if m.to[0].endswith("@pemda.go.id")]
    assert len(delivered) == to_agencies.filter(channel="email").count() > 0
    texts = [n.subject + n.body for n in to_agencies]
    texts += [m.subject + m.body + m.alternatives[0][0] + str(m.extra_headers) for m in delivered]
    for text in texts:
        for secret in identity:
            assert secret not in text
    # The reporter, of course, still hears about their own report.
    assert Notification.objects.filter(report=report, kind="answered").exists()


# --- Preferences and channels ----------------------------------------------------------------------------


def test_preferences_choose_the_channels_and_mute_kinds_by_email_and_sms_but_not_in_app(cast):
    NotificationPreference.objects.create(user=cast.pelapor, email_enabled=True, muted_kinds=["verified"])
    report, _ = cast.file(cast.pelapor)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert told(report, kind="verified") == {("verified", "pelapor", "inapp")}
    assert ("received", "pelapor", "email") in told(report)

    NotificationPreference.objects.filter(user=cast.pelapor).update(email_enabled=False, inapp_enabled=False)
    report = cast.act(report, "dispose", cast.admin_batam, agency_id=cast.pupr.pk)
    assert told(report, kind="routed") == set()


def test_sms_is_on_by_default_only_for_users_with_a_phone_and_email_only_once_confirmed(cast):
    citizen = User.objects.create_user("warga_hp", phone="+6281377778888", email="hp@example.id", full_name="Warga HP")
    report, _ = cast.file(citizen)
    # The address is not confirmed yet: no e-mail. The phone number is the account's own: SMS on by default.
    assert told(report) == {("received", "warga_hp", "inapp"), ("received", "warga_hp", "sms")}
    assert Notification.objects.get(report=report, channel="sms").address == "+6281377778888"
    citizen.email_verified = True
    citizen.save()
    NotificationPreference.objects.create(user=citizen, sms_enabled=False)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert told(report, kind="verified") == {("verified", "warga_hp", "inapp"), ("verified", "warga_hp", "email")}


def test_each_user_hears_in_their_own_language(cast):
    cast.pelapor.language = "en"
    cast.pelapor.save()
    cast.admin_batam.email = "admin@batam.go.id"
    cast.admin_batam.save()
    report, _ = cast.file(cast.pelapor)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    english = report.events.get(action="verify").notifications.get(user=cast.pelapor, channel="email")
    assert english.language == "en"
    assert english.subject == f"LAPOR! #{report.tracking_id}: Verified and forwarded to Pemerintah Kota Batam"
    assert english.body.startswith("Hello Siti Pelapor,")
    indonesian = report.events.get(action="verify").notifications.get(user=cast.admin_batam, channel="email")
    assert indonesian.language == "id" and indonesian.subject.endswith("Laporan baru untuk Pemerintah Kota Batam")
    assert "Batas waktu tahap ini:" in indonesian.body


# --- Never twice ------------------------------------------------------------------------------------------


def test_notifying_the_same_event_twice_writes_nothing_more(cast):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    event = report.events.get(action="submit")
    before = list(Notification.objects.order_by("pk").values_list("pk", "recipient_key", "channel"))
    assert notify_for_event(event) == []
    assert list(Notification.objects.order_by("pk").values_list("pk", "recipient_key", "channel")) == before


def test_the_database_refuses_a_second_row_for_the_same_event_recipient_and_channel(cast):
    report, _ = cast.file(cast.pelapor)
    original = Notification.objects.get(report=report, channel=Channel.EMAIL)
    original.pk = None
    original.message_id = "<another@lapor.localhost>"
    with pytest.raises(IntegrityError), transaction.atomic():
        original.save()


def test_notify_with_a_key_tells_each_officer_once_however_often_a_sweep_runs(cast):
    report = cast.disposed_to_pupr()
    key = "reminder:2026-03-10"
    first = notify(report=report, kind=Kind.REMINDER, key=key, agency=cast.pupr)
    again = notify(report=report, kind=Kind.REMINDER, key=key, agency=cast.pupr)
    assert len(first) == 1 and again == []
    assert told(report, kind="reminder") == {("reminder", "petugas_pupr", "inapp")}
    assert "harus ditindaklanjuti paling lambat" in Notification.objects.get(kind="reminder").body
    escalated = notify(report=report, kind=Kind.ESCALATION, key="escalation:1", users=[cast.admin_kepri])
    assert [n.user for n in escalated] == [cast.admin_kepri]
    with pytest.raises(ValueError):
        notify(report=report, kind=Kind.REMINDER, agency=cast.pupr)


def test_an_admin_disposing_to_their_own_empty_unit_is_not_replaced_by_the_admins_above(cast):
    unit = Agency.objects.create(
        code="pemda-2171-bag-umum", name="Bagian Umum", level="kabupaten/kota", kind="unit", parent=cast.batam
    )
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    report = cast.act(report, "verify", cast.admin_batam, agency_id=cast.batam.pk)
    report = cast.act(report, "dispose", cast.admin_batam, agency_id=unit.pk)
    told_officers = {u for kind, u, _c in of_event(report.events.get(action="dispose")) if kind == "new_disposition"}
    assert told_officers == set()  # Batam's admin is the fallback and the actor; Kepri's admin is not dragged in


def test_notifying_many_officers_costs_no_query_per_officer(cast):
    def queries_to_verify(report):
        with CaptureQueriesContext(connection) as ctx:
            cast.act(report, "verify", cast.admin_nasional, agency_id=cast.pupr.pk)
        return len(ctx.captured_queries)

    first, _ = cast.file(cast.pelapor)
    one_officer = queries_to_verify(first)
    for i in range(8):
        extra = User.objects.create_user(f"petugas_pupr_{i}", full_name=f"Petugas {i}")
        Membership.objects.create(user=extra, agency=cast.pupr, role=Membership.Role.PETUGAS)
    second, _ = cast.file(cast.pelapor)
    assert queries_to_verify(second) == one_officer
    assert second.events.get(action="verify").notifications.filter(kind="new_disposition").count() == 9


def test_a_granted_extension_tells_the_reporter_the_new_deadline_and_a_request_tells_nobody_outside(cast):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "request_extension", cast.petugas_pupr, reason="Perlu survei lapangan", days=5)
    assert not report.events.get(action="request_extension").notifications.exists()  # internal
    report = cast.act(report, "grant_extension", cast.admin_batam, reason="Survei lapangan diperlukan")
    granted = report.events.get(action="grant_extension")
    assert of_event(granted) == {("extension", "pelapor", "inapp"), ("extension", "pelapor", "email")}
    body = granted.notifications.get(channel="email").body
    assert "Batas waktu penyelesaian laporan Anda diperpanjang sampai" in body and "(WIB)" in body


def test_an_anonim_reports_title_reaches_agencies_with_personal_data_masked(cast):
    report, _ = cast.file(
        cast.pelapor, anonymous=True, agency_id=cast.batam.pk, title="KTP saya 3201120505900003 belum jadi"
    )
    cast.act(report, "verify", cast.admin_batam, agency_id=cast.batam.pk)
    to_agency = Notification.objects.filter(report=report, user=cast.admin_batam)
    assert to_agency.exists()
    for note in to_agency:
        assert "3201120505900003" not in note.subject + note.body
    # The reporter's own messages keep their words.
    named, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk, title="KTP saya 3201120505900003 belum jadi")
    assert any("3201120505900003" in n.body for n in Notification.objects.filter(report=named, user=cast.admin_batam))
