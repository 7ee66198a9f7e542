"""Bearer tokens: issued for a username, e-mail or phone; stored hashed; expiring; throttled by axes."""

from datetime import timedelta

from django.utils import timezone

from lapor.accounts.models import ApiToken, hash_token
from lapor.testing import PASSWORD

from .conftest import assert_problem


def _token(client, username, password=PASSWORD):
    return client.post(
        "/api/v1/auth/token", {"username": username, "password": password}, content_type="application/json"
    )


def test_it_issues_a_token_for_username_email_or_phone(cast, client):
    cast.pelapor.phone = "+6281234567890"
    cast.pelapor.save()
    for login in ("pelapor", "PELAPOR@example.id", "0812-3456-7890"):
        response = _token(client, login)
        assert response.status_code == 200, (login, response.content)
        body = response.json()
        assert body["token"].startswith("lpr_") and body["token_type"] == "Bearer"
        stored = ApiToken.objects.get(key_hash=hash_token(body["token"]))
        assert stored.user == cast.pelapor
        assert timedelta(days=29) < stored.expires_at - timezone.now() <= timedelta(days=30)
    # Only hashes are kept.
    assert not ApiToken.objects.filter(key_hash__startswith="lpr_").exists()


def test_the_token_authenticates_me(cast, client):
    token = _token(client, "admin_batam").json()["token"]
    response = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.json() == {
        "username": "admin_batam",
        "full_name": "Admin Batam",
        "email": None,
        "phone": None,
        "memberships": [
            {
                "agency_id": cast.batam.pk,
                "agency_name": cast.batam.name,
                "role": "admin_instansi",
                "role_label": "Admin Instansi",
            }
        ],
    }
    citizen = _token(client, "pelapor").json()["token"]
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {citizen}"}).json()["memberships"] == []


def test_wrong_password_is_401_and_five_failures_lock_out_with_429(cast, client):
    for _attempt in range(4):
        body = assert_problem(_token(client, "pelapor", "salah-sandi"), 401)
        assert body["detail"] == "Nama pengguna atau kata sandi salah."
    assert_problem(_token(client, "pelapor", "salah-sandi"), 429)
    # Locked: even the right password is refused until the cool-off ends.
    body = assert_problem(_token(client, "pelapor"), 429)
    assert "15 menit" in body["detail"]
    # Another account from the same address is not affected.
    assert _token(client, "pelapor_lain").status_code == 200


def test_missing_credentials_are_422(cast, client):
    response = client.post("/api/v1/auth/token", {"username": "pelapor"}, content_type="application/json")
    assert_problem(response, 422, "password")


def test_expired_revoked_and_disabled_tokens_are_401(cast, client):
    token = _token(client, "pelapor").json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=headers).status_code == 200

    ApiToken.objects.filter(key_hash=hash_token(token)).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert_problem(client.get("/api/v1/me", headers=headers), 401)

    token = _token(client, "pelapor").json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.delete("/api/v1/auth/token", headers=headers).status_code == 204
    assert_problem(client.get("/api/v1/me", headers=headers), 401)

    token = _token(client, "pelapor").json()["token"]
    cast.pelapor.is_active = False
    cast.pelapor.save()
    assert_problem(client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}), 401)


def test_last_used_is_written_at_most_once_a_minute(cast, client):
    token = _token(client, "pelapor").json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    stored = ApiToken.objects.get(key_hash=hash_token(token))
    assert stored.last_used_at is None
    client.get("/api/v1/me", headers=headers)
    stored.refresh_from_db()
    first = stored.last_used_at
    assert first is not None
    client.get("/api/v1/me", headers=headers)
    stored.refresh_from_db()
    assert stored.last_used_at == first
    ApiToken.objects.filter(pk=stored.pk).update(last_used_at=first - timedelta(minutes=2))
    client.get("/api/v1/me", headers=headers)
    stored.refresh_from_db()
    assert stored.last_used_at > first
