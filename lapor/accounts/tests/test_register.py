import re
from datetime import timedelta

import time_machine
from django.core import mail
from django.utils import timezone

from lapor.accounts.models import User

VERIFY_LINK = re.compile(r"http://127\.0\.0\.1:8000(/akun/verifikasi/[^/\s\"]+/)")


def register(client, **overrides):
    data = {
        "full_name": "Rina Warga",
        "email": "rina@example.id",
        "phone": "",
        "password1": "jalan-rusak-2026",
        "password2": "jalan-rusak-2026",
        "language": "id",
    }
    data.update(overrides)
    return client.post("/akun/daftar/", data)


def verification_path(message) -> str:
    match = VERIFY_LINK.search(message.body)
    assert match, message.body
    return match.group(1)


def test_the_register_page_is_in_indonesian(client, db):
    html = client.get("/akun/daftar/").content.decode()
    assert "Daftar akun" in html and "Nama lengkap" in html and "Ulangi kata sandi" in html


def test_email_registration_sends_a_verification_mail_and_needs_it_before_login(client, db):
    response = register(client)
    assert response.status_code == 302 and response["Location"] == "/akun/daftar/selesai/"
    assert "rina@example.id" in client.get(response["Location"]).content.decode()
    user = User.objects.get(email="rina@example.id")
    assert not user.email_verified and user.full_name == "Rina Warga"
    assert user.check_password("jalan-rusak-2026")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rina@example.id"]
    assert message.subject == "Verifikasi alamat email akun LAPOR! Anda"
    assert "Halo Rina Warga" in message.body and "berlaku 3 hari" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and verification_path(message) in html

    refused = client.post("/akun/masuk/", {"username": "rina@example.id", "password": "jalan-rusak-2026"})
    page = refused.content.decode()
    assert refused.status_code == 200
    assert "Alamat email Anda belum diverifikasi" in page
    assert "/akun/verifikasi/kirim-ulang/?email=rina%40example.id" in page
    assert "_auth_user_id" not in client.session

    verified = client.get(verification_path(message), follow=True)
    assert "sudah terverifikasi" in verified.content.decode()
    user.refresh_from_db()
    assert user.email_verified

    login = client.post("/akun/masuk/", {"username": "rina@example.id", "password": "jalan-rusak-2026"})
    assert login.status_code == 302 and login["Location"] == "/laporan-saya/"
    assert int(client.session["_auth_user_id"]) == user.pk


def test_the_verification_link_expires_after_three_days(client, db):
    register(client)
    path = verification_path(mail.outbox[0])
    with time_machine.travel(timezone.now() + timedelta(days=3, minutes=1)):
        response = client.get(path)
    assert response.status_code == 400
    assert "sudah kedaluwarsa" in response.content.decode()
    assert not User.objects.get(email="rina@example.id").email_verified


def test_a_tampered_verification_link_is_refused(client, db):
    register(client)
    path = verification_path(mail.outbox[0])
    response = client.get(path[:-3] + "xx/")
    assert response.status_code == 400 and "tidak valid" in response.content.decode()


def test_phone_only_registrants_are_normalised_and_signed_in_at_once(client, db):
    response = register(client, email="", phone="0812-3456-7890")
    assert response.status_code == 302 and response["Location"] == "/laporan-saya/"
    user = User.objects.get(phone="+6281234567890")
    assert user.email is None
    assert int(client.session["_auth_user_id"]) == user.pk
    assert len(mail.outbox) == 0
    client.post("/akun/keluar/")
    again = client.post("/akun/masuk/", {"username": "081234567890", "password": "jalan-rusak-2026"})
    assert again.status_code == 302


def test_registration_needs_an_email_or_a_phone(client, db):
    response = register(client, email="", phone="")
    assert response.context["form"].errors["email"] == ["Isi alamat email atau nomor telepon (salah satu wajib)."]
    assert not User.objects.exists()


def test_registration_checks_phone_passwords_and_duplicates(client, cast):
    response = register(client, email="", phone="12345", password2="lain-sekali-2026")
    errors = response.context["form"].errors
    assert errors["password2"] == ["Kedua kata sandi tidak sama."]
    assert errors["phone"] == ["Nomor telepon tidak valid. Contoh: 0812 3456 7890."]

    weak = register(client, password1="12345678", password2="12345678").context["form"].errors
    assert weak["password1"]  # Django's validators, in Indonesian
    assert any("angka" in e or "umum" in e for e in weak["password1"]), weak["password1"]

    taken = register(client, email="PELAPOR@example.id").context["form"].errors
    assert taken["email"] == ["Alamat email ini sudah terdaftar. Silakan masuk."]
    assert User.objects.filter(email="pelapor@example.id").count() == 1


def test_resend_sends_a_new_link_only_to_unverified_addresses_and_not_too_often(client, cast):
    register(client)
    mail.outbox.clear()
    response = client.post("/akun/verifikasi/kirim-ulang/", {"email": "rina@example.id"}, follow=True)
    assert "tautan verifikasi baru sudah kami kirim" in response.content.decode()
    assert len(mail.outbox) == 1
    client.post("/akun/verifikasi/kirim-ulang/", {"email": "rina@example.id"})
    assert len(mail.outbox) == 1  # throttled
    client.post("/akun/verifikasi/kirim-ulang/", {"email": "pelapor@example.id"})  # already verified
    client.post("/akun/verifikasi/kirim-ulang/", {"email": "tidak-ada@example.id"})
    assert len(mail.outbox) == 1
