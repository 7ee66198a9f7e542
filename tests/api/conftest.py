"""An API client for the cast: `api.get("/reports", as_=cast.admin_batam)` signs in over the API itself."""

import json

import pytest

from lapor.testing import PASSWORD

PROBLEM = "application/problem+json"


class Api:
    def __init__(self, client):
        self.client = client
        self._tokens: dict[int, str] = {}

    def token_for(self, user) -> str:
        if user.pk not in self._tokens:
            response = self.client.post(
                "/api/v1/auth/token", {"username": user.username, "password": PASSWORD}, content_type="application/json"
            )
            assert response.status_code == 200, response.content
            self._tokens[user.pk] = response.json()["token"]
        return self._tokens[user.pk]

    def headers(self, as_=None, reporter_token=None, **extra) -> dict:
        headers = dict(extra)
        if as_ is not None:
            headers["Authorization"] = f"Bearer {self.token_for(as_)}"
        if reporter_token:
            headers["X-Reporter-Token"] = reporter_token
        return headers

    def get(self, path, params=None, *, as_=None, reporter_token=None, **extra):
        return self.client.get("/api/v1" + path, params or {}, headers=self.headers(as_, reporter_token, **extra))

    def post(self, path, data=None, *, as_=None, reporter_token=None, **extra):
        return self.client.post(
            "/api/v1" + path,
            json.dumps(data if data is not None else {}),
            content_type="application/json",
            headers=self.headers(as_, reporter_token, **extra),
        )

    def upload(self, path, files, *, as_=None, reporter_token=None, **fields):
        return self.client.post(
            "/api/v1" + path, {"attachments": files, **fields}, headers=self.headers(as_, reporter_token)
        )

    def act(self, tracking_id, action, *, as_=None, reporter_token=None, expect=200, **data):
        response = self.post(
            f"/reports/{tracking_id}/transitions", {"action": action, **data}, as_=as_, reporter_token=reporter_token
        )
        assert response.status_code == expect, response.content
        return response.json()


@pytest.fixture
def api(client):
    return Api(client)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def assert_problem(response, status: int, field: str | None = None) -> dict:
    """The response is an RFC 9457 problem with this status, naming `field` among its errors."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith(PROBLEM), response["Content-Type"]
    body = response.json()
    assert body["status"] == status
    assert body["type"] and body["title"] and body["detail"]
    if field is not None:
        assert field in body.get("errors", {}), body
        assert all(body["errors"][field]), body
        assert field in body["detail"], body
    return body
