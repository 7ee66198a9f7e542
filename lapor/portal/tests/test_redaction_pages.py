"""Personal data written into a public report is masked on the portal, except for its reporter and
the officers who handle it."""

import pytest
from django.test import Client

from lapor.reports.selectors import may_see_original_text

NIK = "3171012301900001"
PHONE = "0812-3456-7890"
EMAIL = "budi.santoso@example.id"
PLATE = "B 1234 XYZ"
ACCOUNT = "1234567890"
NAME = "Budi Santoso"

TITLE = f"Pungli di kantor kelurahan, hubungi {PHONE}"
BODY = (
    f"Nama saya {NAME}, NIK {NIK}, email {EMAIL}. Petugas dengan mobil {PLATE} meminta Rp 1.500.000 "
    f"ditransfer ke rekening BCA {ACCOUNT} pada tahun 2024, di RT 05 RW 03."
)
LOCATION = f"Kantor Kelurahan Sekupang, rumah saya telp {PHONE}"
REPLY = f"Kwitansi atas nama {NAME} sudah saya lampirkan, NIK {NIK}."
ORIGINALS = (NIK, PHONE, EMAIL, PLATE, ACCOUNT, NAME)
MASKS = (
    "[NIK disembunyikan]",
    "[nomor telepon disembunyikan]",
    "[email disembunyikan]",
    "[nomor polisi disembunyikan]",
    "[nomor rekening disembunyikan]",
    "[nama disembunyikan]",
)


@pytest.fixture
def exposed(cast):
    """A public report full of the reporter's personal data, answered and replied to."""
    report = cast.disposed_to_pupr(title=TITLE, body=BODY, location=LOCATION)
    report = cast.act(report, "respond", cast.petugas_pupr, message=f"Kami sudah menghubungi {PHONE}.")
    return cast.act(report, "reply", cast.pelapor, message=REPLY)


def page(client, report) -> str:
    response = client.get(f"/lacak/{report.tracking_id}/")
    assert response.status_code == 200
    return response.content.decode()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def assert_masked(html: str):
    for original in ORIGINALS:
        assert original not in html, original
    for mask in MASKS:
        assert mask in html, mask


def assert_original(html: str):
    for original in ORIGINALS:
        assert original in html, original
    assert "disembunyikan" not in html


def test_the_public_report_page_masks_title_body_location_and_timeline(client, cast, exposed):
    html = page(client, exposed)
    assert_masked(html)
    assert "<h1>Pungli di kantor kelurahan, hubungi [nomor telepon disembunyikan]</h1>" in html
    assert "Kantor Kelurahan Sekupang, rumah saya telp [nomor telepon disembunyikan]" in html
    assert "Kami sudah menghubungi [nomor telepon disembunyikan]." in html
    assert "Kwitansi atas nama [nama disembunyikan] sudah saya lampirkan, NIK [NIK disembunyikan]." in html
    # What is not personal data stays readable.
    assert "Rp 1.500.000" in html and "tahun 2024" in html and "RT 05 RW 03" in html


def test_another_citizen_and_an_officer_of_another_agency_see_it_masked(cast, exposed):
    assert_masked(page(signed_in(cast.pelapor_lain), exposed))
    assert_masked(page(signed_in(cast.admin_tanjungpinang), exposed))


def test_the_reporter_sees_the_originals(cast, exposed):
    assert_original(page(signed_in(cast.pelapor), exposed))


def test_officers_who_reach_the_report_see_the_originals(cast, exposed):
    for officer in (cast.petugas_pupr, cast.admin_batam, cast.admin_nasional):
        assert_original(page(signed_in(officer), exposed))


def test_the_holder_of_the_follow_up_token_sees_the_originals(cast):
    report, token = cast.file(None, title=TITLE, body=BODY, location=LOCATION)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    assert_masked(page(Client(), report))
    reporter = Client()
    reporter.get(f"/lacak/{report.tracking_id}/", {"token": token})
    html = page(reporter, report)
    for original in (NIK, PHONE, EMAIL, PLATE, ACCOUNT, NAME):
        assert original in html


def test_the_lists_mask_titles_for_the_public_but_not_for_the_reporter(client, cast, exposed):
    for url in ("/", "/laporan/"):
        html = client.get(url).content.decode()
        assert exposed.tracking_id in html, url
        assert "Pungli di kantor kelurahan, hubungi [nomor telepon disembunyikan]" in html, url
        assert PHONE not in html, url
    assert PHONE in signed_in(cast.pelapor).get("/laporan/").content.decode()


def test_one_rule_decides_who_reads_the_originals(cast, exposed):
    readers = {cast.pelapor, cast.petugas_pupr, cast.admin_batam, cast.pimpinan_batam, cast.admin_kepri}
    readers |= {cast.admin_nasional, cast.pengawas}
    for user in readers:
        assert may_see_original_text(cast.viewer(user), exposed), user.username
    for user in (None, cast.pelapor_lain, cast.petugas_dinkes, cast.admin_tanjungpinang):
        assert not may_see_original_text(cast.viewer(user), exposed), getattr(user, "username", "anonymous")


def test_in_an_anonim_report_what_would_identify_the_reporter_is_masked_for_the_agency(cast):
    report = cast.disposed_to_pupr(title=TITLE, body=BODY, location=LOCATION, anonymous=True)
    report = cast.act(report, "respond", cast.petugas_pupr, message="Mohon kirim bukti transfer ke 0811-2222-3333.")
    report = cast.act(report, "reply", cast.pelapor, message=REPLY)
    workspace = f"/petugas/laporan/{report.tracking_id}/"
    for officer in (cast.petugas_pupr, cast.admin_batam):  # they handle it, but may not know who filed it
        response = signed_in(officer).get(workspace)
        assert response.status_code == 200
        html = response.content.decode()
        assert_masked(html)
        assert "Mohon kirim bukti transfer ke 0811-2222-3333." in html  # officers' own words as written
    # The national admin (who verifies identities) and the reporter read everything.
    assert_original(signed_in(cast.admin_nasional).get(workspace).content.decode())
    assert_original(page(signed_in(cast.pelapor), report))
