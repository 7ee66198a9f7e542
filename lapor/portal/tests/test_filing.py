import io
import re

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from lapor.reports.models import Attachment, Report, Status

from .conftest import report_form_data

TOKEN_LINK = re.compile(r"/lacak/([A-Z0-9]{8})/\?token=([A-Za-z0-9_\-]+)")


def file_anonymously(client, cast, **overrides):
    response = client.post("/lapor/", report_form_data(cast, **overrides))
    assert response.status_code == 302, response.content.decode()[:2000]
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    match = TOKEN_LINK.search(thanks.content.decode())
    assert match, "the thank-you page shows the secret follow-up link"
    return Report.objects.get(tracking_id=match.group(1)), match.group(2), thanks


def test_it_shows_the_form_in_indonesian_with_the_limits(client, cast):
    response = client.get("/lapor/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Buat laporan" in html
    assert "Gunakan lokasi saya" in html
    assert "paling besar 2 MB" in html
    assert 'name="contact"' in html  # visitors without an account may leave a contact
    assert '<optgroup label="Pekerjaan Umum dan Penataan Ruang">' in html
    assert 'hx-get="/wilayah/"' in html and 'hx-get="/instansi/cari/"' in html
    assert "cdn" not in html.lower()


def test_it_hides_the_contact_field_for_signed_in_citizens(client, cast):
    client.force_login(cast.pelapor)
    assert 'name="contact"' not in client.get("/lapor/").content.decode()


def test_it_files_anonymously_and_shows_the_tracking_id_and_token(client, cast):
    report, token, thanks = file_anonymously(client, cast, anonymous="on", contact="0812 1111 2222")
    html = thanks.content.decode()
    assert report.tracking_id in html
    assert "Simpan tautan rahasia ini" in html
    assert f"http://127.0.0.1:8000/lacak/{report.tracking_id}/?token={token}" in html
    assert report.reporter is None and report.anonymous
    assert report.contact == "0812 1111 2222"
    assert report.region == cast.region_batam and report.category == cast.category_jalan
    assert thanks["Cache-Control"].startswith("max-age=0")
    # The session that filed it may follow it at once.
    assert client.get(f"/lacak/{report.tracking_id}/").status_code == 200


def test_the_follow_up_link_is_remembered_then_redirects_to_the_clean_address(client, cast, django_user_model):
    from django.test import Client

    report, token, _thanks = file_anonymously(client, cast)
    stranger = Client()
    assert stranger.get(f"/lacak/{report.tracking_id}/").status_code == 404  # not public before verification

    response = stranger.get(f"/lacak/{report.tracking_id}/?token={token}")
    assert response.status_code == 302
    assert response["Location"] == f"/lacak/{report.tracking_id}/"
    page = stranger.get(response["Location"])
    assert page.status_code == 200
    assert report.title in page.content.decode()


def test_a_wrong_token_is_not_remembered(client, cast):
    from django.test import Client

    report, _token, _thanks = file_anonymously(client, cast)
    stranger = Client()
    response = stranger.get(f"/lacak/{report.tracking_id}/?token=bukan-token-yang-benar", follow=True)
    assert response.status_code == 404
    assert "reporter_tokens" not in stranger.session


def test_the_token_lets_the_reporter_reply_after_a_response(client, cast):
    from django.test import Client

    report, token, _thanks = file_anonymously(client, cast)
    report = cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    report = cast.act(report, "dispose", cast.admin_batam, agency_id=cast.pupr.pk)
    report = cast.act(report, "respond", cast.petugas_pupr, message="Lampu sudah kami perbaiki kemarin sore.")

    reporter = Client()  # another device: only the link is known
    reporter.get(f"/lacak/{report.tracking_id}/?token={token}")
    page = reporter.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Lampu sudah kami perbaiki kemarin sore." in page
    assert "Tanggapi jawaban instansi" in page
    assert cast.pupr.name in page  # the officer speaks as the agency
    assert "petugas_pupr" not in page and "Petugas Pupr" not in page

    response = reporter.post(
        f"/lacak/{report.tracking_id}/tanggapi/", {"message": "Masih ada dua lampu yang padam di ujung jalan."}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.REPORTER_REPLIED
    reply = report.events.get(action="reply")
    assert reply.actor_role == "reporter" and reply.actor is None


def test_a_png_with_gps_exif_is_stored_without_it(client, cast, gps_png, media_in_tmp):
    assert Image.open(io.BytesIO(gps_png)).getexif().get_ifd(0x8825), "the test image really carries GPS"
    upload = SimpleUploadedFile("foto-lokasi.png", gps_png, content_type="image/png")
    response = client.post("/lapor/", {**report_form_data(cast), "attachments": [upload]})
    assert response.status_code == 302

    attachment = Attachment.objects.get()
    assert attachment.original_name == "foto-lokasi.png" and attachment.content_type == "image/png"
    stored = attachment.file.read()
    assert b"eXIf" not in stored and b"KameraUji" not in stored
    with Image.open(io.BytesIO(stored)) as img:
        assert not img.getexif()
        assert img.size == (40, 30)
    assert str(media_in_tmp) in attachment.file.path


def test_a_text_file_renamed_to_jpg_is_rejected_with_an_indonesian_error(client, cast):
    fake = SimpleUploadedFile("foto.jpg", b"ini bukan gambar, hanya teks biasa", content_type="image/jpeg")
    data = report_form_data(cast)
    response = client.post("/lapor/", {**data, "attachments": [fake]})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Berkas foto.jpg tidak didukung. Unggah gambar JPG, PNG, WEBP atau dokumen PDF." in html
    assert "Pilih ulang berkasnya" in html  # the browser cannot keep the file: say so
    assert data["body"] in html  # nothing typed is lost
    assert not Report.objects.exists()


def test_a_missing_title_is_reported_on_the_title_field_and_keeps_the_rest(client, cast):
    data = report_form_data(cast, title="")
    response = client.post("/lapor/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert response.context["form"].errors["title"] == ["Judul laporan wajib diisi."]
    assert 'id="id_title_error">Judul laporan wajib diisi.' in html
    assert data["body"] in html and data["location"] in html
    # The dependent region select is refilled and keeps the choice.
    assert '<option value="21.71" selected>Kota Batam</option>' in html
    assert not Report.objects.exists()


def test_service_rules_come_back_on_their_fields(client, cast):
    response = client.post("/lapor/", report_form_data(cast, latitude="-6.2", longitude="150.5"))
    assert response.status_code == 200
    assert response.context["form"].errors["longitude"] == ["Koordinat berada di luar wilayah Indonesia."]


def test_an_agency_typed_but_not_chosen_is_an_error(client, cast):
    response = client.post("/lapor/", report_form_data(cast, agency_search="Dinas entah apa"))
    assert response.context["form"].errors["agency_search"] == [
        "Pilih instansi dari daftar saran, atau kosongkan isian ini."
    ]


def test_a_chosen_agency_receives_the_report_directly(client, cast):
    response = client.post(
        "/lapor/", report_form_data(cast, agency_search=cast.batam.name, agency_id=str(cast.batam.pk))
    )
    assert response.status_code == 302
    report = Report.objects.get()
    assert report.chosen_agency == cast.batam and report.agency == cast.batam


def test_a_signed_in_citizen_files_under_their_account_without_a_token(client, cast):
    client.force_login(cast.pelapor)
    response = client.post("/lapor/", report_form_data(cast, confidential="on"))
    thanks = client.get(response["Location"]).content.decode()
    report = Report.objects.get()
    assert report.reporter == cast.pelapor and report.confidential
    assert report.reporter_token_hash == ""
    assert "?token=" not in thanks
    assert report.tracking_id in client.get("/laporan-saya/").content.decode()


def test_the_thank_you_page_is_only_for_the_reporter(client, cast):
    from django.test import Client

    report, _token, _thanks = file_anonymously(client, cast)
    assert Client().get(f"/lapor/terkirim/{report.tracking_id}/").status_code == 404


def test_the_report_page_links_its_attachments(client, cast, gps_png):
    upload = SimpleUploadedFile("foto.png", gps_png, content_type="image/png")
    client.post("/lapor/", {**report_form_data(cast), "attachments": [upload]})
    attachment = Attachment.objects.get()
    page = client.get(f"/lacak/{attachment.report.tracking_id}/").content.decode()
    assert f'<img src="/lampiran/{attachment.pk}/" alt="foto.png"' in page
    download = client.get(f"/lampiran/{attachment.pk}/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == attachment.file.open("rb").read()
