"""The bell in the header, the list of notifications, marking them read, and the preferences page."""

import re

import pytest

from lapor.notifications.models import Channel, Notification, NotificationPreference

pytestmark = pytest.mark.django_db

LIST = "/notifikasi/"
PREFERENCES = "/notifikasi/pengaturan/"


def bell(html: str) -> str | None:
    """The unread count the bell shows, or None when it shows none."""
    assert 'href="/notifikasi/"' in html
    match = re.search(r'id="unread-count"[^>]*>([^<]+)<', html)
    return match.group(1) if match else None


def test_the_bell_shows_the_unread_count_and_only_to_people_signed_in(cast, client):
    report, _ = cast.file(cast.pelapor)
    cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert 'href="/notifikasi/"' not in client.get("/").content.decode()
    client.force_login(cast.pelapor)
    assert bell(client.get("/").content.decode()) == "2"  # received + verified, in-app
    client.force_login(cast.admin_batam)
    assert bell(client.get("/petugas/").content.decode()) == "1"  # the new disposition, in the workspace too
    client.force_login(cast.pelapor_lain)
    assert bell(client.get("/").content.decode()) is None


def test_the_bell_caps_its_count(cast, client):
    report, _ = cast.file(cast.pelapor)
    template = Notification.objects.get(report=report, channel=Channel.INAPP)
    Notification.objects.bulk_create(
        [
            Notification(
                report=report,
                key=f"test:{i}",
                kind="reminder",
                channel=Channel.INAPP,
                user=cast.pelapor,
                recipient_key=template.recipient_key,
                subject=f"Pengingat {i}",
                body="-",
                status="sent",
            )
            for i in range(120)
        ]
    )
    client.force_login(cast.pelapor)
    assert bell(client.get("/").content.decode()) == "99+"


def test_the_list_needs_a_login_and_shows_only_the_users_own_in_app_notifications(cast, client):
    mine, _ = cast.file(cast.pelapor, title="Laporan milik Siti")
    theirs, _ = cast.file(cast.pelapor_lain, title="Laporan milik Budi")
    response = client.get(LIST)
    assert response.status_code == 302 and response["Location"].startswith("/akun/masuk/")
    client.force_login(cast.pelapor)
    html = client.get(LIST).content.decode()
    assert f"LAPOR! #{mine.tracking_id}: Laporan dikirim" in html
    assert theirs.tracking_id not in html
    assert html.count('class="report-item unread"') == 1  # the e-mail copy is not listed


def test_opening_a_notification_marks_it_read_and_goes_to_the_report(cast, client):
    report, _ = cast.file(cast.pelapor)
    note = Notification.objects.get(report=report, channel=Channel.INAPP)
    client.force_login(cast.pelapor)
    assert client.get(f"/notifikasi/{note.pk}/baca/").status_code == 405
    response = client.post(f"/notifikasi/{note.pk}/baca/")
    assert response.status_code == 302 and response["Location"] == f"/lacak/{report.tracking_id}/"
    note.refresh_from_db()
    assert note.read_at is not None
    assert bell(client.get("/").content.decode()) is None
    # Somewhere else on this site only.
    response = client.post(f"/notifikasi/{note.pk}/baca/", {"next": "https://contoh-jahat.example/"})
    assert response["Location"] == LIST


def test_nobody_can_mark_another_persons_notification(cast, client):
    report, _ = cast.file(cast.pelapor)
    note = Notification.objects.get(report=report, channel=Channel.INAPP)
    client.force_login(cast.pelapor_lain)
    assert client.post(f"/notifikasi/{note.pk}/baca/").status_code == 404
    note.refresh_from_db()
    assert note.read_at is None


def test_mark_all_read(cast, client):
    report, _ = cast.file(cast.pelapor)
    cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    other, _ = cast.file(cast.pelapor_lain)
    client.force_login(cast.pelapor)
    response = client.post("/notifikasi/baca-semua/", follow=True)
    assert "Semua notifikasi ditandai sudah dibaca." in response.content.decode()
    assert not Notification.objects.filter(user=cast.pelapor, channel="inapp", read_at__isnull=True).exists()
    assert Notification.objects.filter(user=cast.pelapor_lain, read_at__isnull=True).exists()


def test_the_preferences_page_shows_the_defaults_and_saves_choices(cast, client):
    client.force_login(cast.pelapor)
    html = client.get(PREFERENCES).content.decode()
    assert re.search(r'name="email_enabled"[^>]*checked', html)
    assert re.search(r'name="inapp_enabled"[^>]*checked', html)
    assert re.search(r'name="sms_enabled"[^>]*disabled', html)  # no phone on this account
    assert "Tambahkan nomor telepon ke akun Anda untuk menerima SMS." in html
    assert 'value="new_disposition"' not in html  # officers' kinds only for officers

    response = client.post(PREFERENCES, {"inapp_enabled": "on", "sms_enabled": "on", "muted_kinds": ["verified"]})
    assert response.status_code == 302 and response["Location"] == PREFERENCES
    prefs = NotificationPreference.objects.get(user=cast.pelapor)
    assert (prefs.email_enabled, prefs.sms_enabled, prefs.inapp_enabled) == (False, False, True)
    assert prefs.muted_kinds == ["verified"]

    # And they take effect: no e-mail for the next report.
    report, _ = cast.file(cast.pelapor)
    assert set(Notification.objects.filter(report=report).values_list("channel", flat=True)) == {"inapp"}


def test_officers_can_mute_reminders_by_email(cast, client):
    client.force_login(cast.petugas_pupr)
    html = client.get(PREFERENCES).content.decode()
    assert 'value="reminder"' in html and 'value="new_disposition"' in html
    client.post(PREFERENCES, {"email_enabled": "on", "inapp_enabled": "on", "muted_kinds": ["reminder"]})
    assert NotificationPreference.objects.get(user=cast.petugas_pupr).muted_kinds == ["reminder"]


def test_an_unknown_kind_is_a_form_error(cast, client):
    client.force_login(cast.pelapor)
    response = client.post(PREFERENCES, {"email_enabled": "on", "muted_kinds": ["semua"]})
    assert response.status_code == 200 and 'class="error"' in response.content.decode()
    assert not NotificationPreference.objects.filter(user=cast.pelapor).exists()
