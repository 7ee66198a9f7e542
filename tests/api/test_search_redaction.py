"""The report list's `q` (title or tracking id) matches titles as the caller reads them: personal data
that the caller reads masked cannot be found by typing it."""

import pytest

NIK = "3171012301900001"
PHONE = "0812-3456-7890"
REPORT = {
    "kind": "pengaduan",
    "title": f"Pungli pengurusan KTP, NIK {NIK} hubungi {PHONE}",
    "body": "Petugas kelurahan Sekupang meminta uang pelicin untuk mempercepat pencetakan KTP elektronik.",
    "region_code": "21.71",
    "category": "jalan-berlubang",
}


def listed(api, q, **who) -> list[str]:
    response = api.get("/reports", {"q": q}, **who)
    assert response.status_code == 200, response.content
    return [item["tracking_id"] for item in response.json()]


@pytest.fixture
def public(cast, api):
    response = api.post("/reports", REPORT)
    assert response.status_code == 201, response.content
    tracking_id, token = response.json()["tracking_id"], response.json()["reporter_token"]
    api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk)
    return tracking_id, token


@pytest.fixture
def anonim(cast, api):
    response = api.post("/reports", {**REPORT, "anonymous": True, "confidential": True})
    assert response.status_code == 201, response.content
    tracking_id = response.json()["tracking_id"]
    api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk)
    return tracking_id


@pytest.mark.parametrize("secret", [NIK, PHONE, "3456-7890"])
def test_an_anonymous_caller_cannot_find_a_public_report_by_the_personal_data_in_its_title(cast, api, public, secret):
    assert listed(api, secret) == []
    assert listed(api, secret, as_=cast.admin_tanjungpinang) == []  # another agency reads it masked too


def test_ordinary_words_still_find_it_and_those_who_read_the_original_find_it_by_the_number(cast, api, public):
    tracking_id, token = public
    assert listed(api, "Pungli pengurusan") == [tracking_id]
    assert listed(api, NIK, reporter_token=token) == [tracking_id]
    assert listed(api, NIK, as_=cast.admin_batam) == [tracking_id]


def test_in_an_anonim_report_only_the_national_admin_finds_it_by_the_number(cast, api, anonim):
    assert listed(api, NIK, as_=cast.admin_batam) == []
    assert listed(api, "Pungli pengurusan", as_=cast.admin_batam) == [anonim]
    assert listed(api, NIK, as_=cast.admin_nasional) == [anonim]
