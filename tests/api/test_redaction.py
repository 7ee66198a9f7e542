"""Personal data in a public report reaches anonymous API callers masked; the reporter and the
officers who handle the report read the originals."""

import json

import pytest

NIK = "3171012301900001"
PHONE = "0812-3456-7890"
EMAIL = "budi.santoso@example.id"
PLATE = "B 1234 XYZ"
ACCOUNT = "1234567890"
NAME = "Budi Santoso"
ORIGINALS = (NIK, PHONE, EMAIL, PLATE, ACCOUNT, NAME)

REPORT = {
    "kind": "pengaduan",
    "title": f"Pungli di kantor kelurahan, hubungi {PHONE}",
    "body": (
        f"Nama saya {NAME}, NIK {NIK}, email {EMAIL}. Petugas dengan mobil {PLATE} meminta Rp 1.500.000 "
        f"ditransfer ke rekening BCA {ACCOUNT} pada tahun 2024."
    ),
    "region_code": "21.71",
    "category": "jalan-berlubang",
    "location": f"Kantor Kelurahan Sekupang, telp {PHONE}",
}


@pytest.fixture
def filed(cast, api):
    """Filed without an account over the API, verified to Batam, answered, and replied to."""
    response = api.post("/reports", REPORT)
    assert response.status_code == 201, response.content
    tracking_id, token = response.json()["tracking_id"], response.json()["reporter_token"]
    api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk)
    api.act(tracking_id, "respond", as_=cast.admin_batam, message=f"Kami sudah menelepon {PHONE}.")
    api.act(tracking_id, "reply", reporter_token=token, message=f"Bukti transfer atas nama {NAME} terlampir.")
    return tracking_id, token


def read_all(api, tracking_id, **who) -> tuple[dict, list, list]:
    detail = api.get(f"/reports/{tracking_id}", **who)
    events = api.get(f"/reports/{tracking_id}/events", **who)
    listing = api.get("/reports", {"q": tracking_id}, **who)
    for response in (detail, events, listing):
        assert response.status_code == 200, response.content
    return detail.json(), events.json(), listing.json()


def test_an_anonymous_caller_reads_the_report_masked(api, filed):
    tracking_id, _token = filed
    detail, events, listing = read_all(api, tracking_id)
    everything = json.dumps([detail, events, listing], ensure_ascii=False)
    for original in ORIGINALS:
        assert original not in everything, original
    assert detail["title"] == "Pungli di kantor kelurahan, hubungi [nomor telepon disembunyikan]"
    assert listing[0]["title"] == detail["title"]
    assert detail["body"] == (
        "Nama saya [nama disembunyikan], NIK [NIK disembunyikan], email [email disembunyikan]. Petugas dengan "
        "mobil [nomor polisi disembunyikan] meminta Rp 1.500.000 ditransfer ke rekening BCA "
        "[nomor rekening disembunyikan] pada tahun 2024."
    )
    assert detail["location"] == "Kantor Kelurahan Sekupang, telp [nomor telepon disembunyikan]"
    messages = [e["message"] for e in events]
    assert "Kami sudah menelepon [nomor telepon disembunyikan]." in messages
    assert "Bukti transfer atas nama [nama disembunyikan] terlampir." in messages


def test_another_citizen_and_another_agency_read_it_masked(cast, api, filed):
    tracking_id, _token = filed
    for user in (cast.pelapor_lain, cast.admin_tanjungpinang):
        detail, events, listing = read_all(api, tracking_id, as_=user)
        everything = json.dumps([detail, events, listing], ensure_ascii=False)
        assert PHONE not in everything and NIK not in everything and NAME not in everything, user.username


def test_the_reporter_with_the_token_reads_the_originals(api, filed):
    tracking_id, token = filed
    detail, events, listing = read_all(api, tracking_id, reporter_token=token)
    everything = json.dumps([detail, events, listing], ensure_ascii=False)
    for original in ORIGINALS:
        assert original in everything, original
    assert "disembunyikan" not in everything
    assert detail["body"] == REPORT["body"] and listing[0]["title"] == REPORT["title"]


def test_officers_of_the_agency_read_the_originals(cast, api, filed):
    tracking_id, _token = filed
    for user in (cast.admin_batam, cast.admin_nasional):
        detail, events, _listing = read_all(api, tracking_id, as_=user)
        assert detail["body"] == REPORT["body"] and detail["location"] == REPORT["location"], user.username
        assert f"Kami sudah menelepon {PHONE}." in [e["message"] for e in events]


def test_the_reporter_gets_the_originals_back_when_filing(cast, api):
    response = api.post("/reports", REPORT)
    assert response.status_code == 201
    assert response.json()["body"] == REPORT["body"] and response.json()["title"] == REPORT["title"]


def test_in_an_anonim_report_the_agency_reads_the_reporters_words_masked_and_its_own_as_written(cast, api):
    response = api.post("/reports", {**REPORT, "anonymous": True})
    assert response.status_code == 201, response.content
    tracking_id, token = response.json()["tracking_id"], response.json()["reporter_token"]
    api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk)
    api.act(tracking_id, "respond", as_=cast.admin_batam, message=f"Silakan hubungi kami di {PHONE}.")
    api.act(tracking_id, "reply", reporter_token=token, message=f"Bukti transfer atas nama {NAME} terlampir.")

    detail, events, _listing = read_all(api, tracking_id, as_=cast.admin_batam)
    assert NIK not in detail["body"] and "[NIK disembunyikan]" in detail["body"]
    said = {e["action"]: e["message"] for e in events if e["message"]}
    assert PHONE in said["respond"]  # the agency's own answer
    assert NAME not in said["reply"] and "[nama disembunyikan]" in said["reply"]
    national, _events, _listing = read_all(api, tracking_id, as_=cast.admin_nasional)
    assert NIK in national["body"]  # the national admin may know who filed it
