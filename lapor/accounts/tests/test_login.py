from django.conf import settings
from django.test import Client

from lapor.testing import PASSWORD


def test_a_citizen_lands_on_my_reports_and_an_officer_on_the_workspace(cast):
    citizen = Client()
    response = citizen.post("/akun/masuk/", {"username": "pelapor@example.id", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/laporan-saya/"

    officer = Client()
    response = officer.post("/akun/masuk/", {"username": "petugas_pupr", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/petugas/"


def test_next_is_honoured_but_only_on_this_site(client, cast):
    ok = client.post("/akun/masuk/", {"username": "pelapor", "password": PASSWORD, "next": "/lapor/"})
    assert ok["Location"] == "/lapor/"
    other = Client()
    evil = other.post("/akun/masuk/", {"username": "pelapor", "password": PASSWORD, "next": "https://jahat.example/"})
    assert evil["Location"] == "/laporan-saya/"


def test_a_wrong_password_is_refused_in_indonesian(client, cast):
    response = client.post("/akun/masuk/", {"username": "pelapor", "password": "salah"})
    assert response.status_code == 200
    assert "atau kata sandi salah" in response.content.decode()


def test_the_users_language_is_applied_on_login(client, cast):
    cast.pelapor.language = "en"
    cast.pelapor.save()
    response = client.post("/akun/masuk/", {"username": "pelapor", "password": PASSWORD})
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_logout_is_a_post(client, cast):
    client.force_login(cast.pelapor)
    assert client.get("/akun/keluar/").status_code == 405
    response = client.post("/akun/keluar/")
    assert response.status_code == 302 and response["Location"] == "/"
    assert "_auth_user_id" not in client.session


def test_the_sixth_attempt_is_locked_out_with_429(client, cast):
    codes = [
        client.post("/akun/masuk/", {"username": "pelapor", "password": "tebak-tebakan"}).status_code
        for _attempt in range(5)
    ]
    # The fifth failure reaches AXES_FAILURE_LIMIT and is answered with the lockout page already.
    assert codes == [200, 200, 200, 200, 429]
    # The sixth is refused even with the right password.
    locked = client.post("/akun/masuk/", {"username": "pelapor", "password": PASSWORD})
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Terlalu banyak percobaan masuk" in html and "15 menit" in html
    assert "_auth_user_id" not in client.session
    # Another person, from another address, is not affected.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert other.post("/akun/masuk/", {"username": "pelapor_lain", "password": PASSWORD}).status_code == 302
