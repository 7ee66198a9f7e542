"""Adding files to a report over the API, and fetching them only when the report is visible."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from lapor.core.models import AccessLog
from lapor.reports.models import Attachment, ReportEvent

from .conftest import assert_problem

GPS_IFD = 0x8825
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def photo(name="foto.jpg") -> SimpleUploadedFile:
    image = Image.new("RGB", (40, 30), "blue")
    exif = Image.Exif()
    exif[GPS_IFD] = {1: "N", 2: (1.0, 8.0, 0.0), 3: "E", 4: (104.0, 2.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def test_the_reporter_adds_photos_with_the_token_and_gps_is_gone(cast, api, client):
    filed = api.post(
        "/reports",
        {"kind": "pengaduan", "title": "Sampah menumpuk", "body": "Sampah menumpuk di pinggir jalan selama seminggu."},
    )
    tracking_id, token = filed.json()["tracking_id"], filed["X-Reporter-Token"]
    response = api.upload(
        f"/reports/{tracking_id}/attachments", [photo(), SimpleUploadedFile("surat.pdf", PDF)],
        reporter_token=token, message="Foto lokasi dan surat RT.",
    )  # fmt: skip
    assert response.status_code == 201, response.content
    event = response.json()
    assert (event["action"], event["actor"], event["message"]) == ("attach", "Pelapor", "Foto lokasi dan surat RT.")
    assert [(a["name"], a["content_type"]) for a in event["attachments"]] == [
        ("foto.jpg", "image/jpeg"),
        ("surat.pdf", "application/pdf"),
    ]
    detail = api.get(f"/reports/{tracking_id}", reporter_token=token).json()
    assert [a["id"] for a in detail["attachments"]] == [a["id"] for a in event["attachments"]]

    # The link works for the token holder (?token= for a plain browser link) and no one else.
    url = detail["attachments"][0]["url"]
    assert url.startswith("http://testserver/lampiran/")
    assert client.get(url).status_code == 404
    assert client.get(url, headers={"X-Reporter-Token": "salah"}).status_code == 404
    response = client.get(url, {"token": token})
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"] == "private, no-store"
    stored = b"".join(response.streaming_content)
    assert GPS_IFD not in Image.open(io.BytesIO(stored)).getexif()
    pdf = client.get(detail["attachments"][1]["url"], headers={"X-Reporter-Token": token})
    assert pdf.status_code == 200 and pdf["Content-Disposition"].startswith("attachment")


def test_officers_who_handle_it_may_attach_and_others_may_not(cast, api):
    report = cast.disposed_to_pupr()
    url = f"/reports/{report.tracking_id}/attachments"
    assert api.upload(url, [photo()], as_=cast.petugas_pupr).status_code == 201
    event = ReportEvent.objects.filter(report=report, action="attach").get()
    assert (event.actor_role, event.actor_agency) == ("petugas", cast.pupr)
    for user in (cast.pimpinan_batam, cast.pengawas, cast.petugas_dinkes, cast.pelapor_lain):
        assert_problem(api.upload(url, [photo()], as_=user), 403)
    assert_problem(api.upload(url, [photo()]), 403)
    assert Attachment.objects.filter(report=report).count() == 1


def test_bad_files_are_422_and_nothing_is_written(cast, api):
    report = cast.disposed_to_pupr()
    url = f"/reports/{report.tracking_id}/attachments"
    fake = SimpleUploadedFile("foto.jpg", b"#!/bin/sh\necho bukan foto\n", content_type="image/jpeg")
    body = assert_problem(api.upload(url, [photo(), fake], as_=cast.pelapor), 422, "attachments")
    assert "tidak didukung" in body["errors"]["attachments"][0]
    assert_problem(api.upload(url, [], as_=cast.pelapor), 422, "attachments")
    too_many = [photo(f"foto{i}.jpg") for i in range(6)]
    assert_problem(api.upload(url, too_many, as_=cast.pelapor), 422, "attachments")
    assert not Attachment.objects.exists()
    assert not ReportEvent.objects.filter(action="attach").exists()


def test_closed_reports_take_no_more_files(cast, api):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Selesai.")
    report = cast.act(report, "close", cast.admin_batam)
    assert_problem(api.upload(f"/reports/{report.tracking_id}/attachments", [photo()], as_=cast.pelapor), 409)


def test_downloads_follow_report_visibility(cast, api, client):
    report = cast.disposed_to_pupr(confidential=True)
    api.upload(f"/reports/{report.tracking_id}/attachments", [photo()], as_=cast.pelapor)
    attachment = Attachment.objects.get(report=report)
    url = f"/lampiran/{attachment.pk}/"
    assert client.get(url).status_code == 404
    assert client.get(url, headers={"Authorization": f"Bearer {api.token_for(cast.petugas_dinkes)}"}).status_code == 404
    assert client.get(url, headers={"Authorization": "Bearer lpr_salah"}).status_code == 401
    response = client.get(url, headers={"Authorization": f"Bearer {api.token_for(cast.admin_batam)}"})
    assert response.status_code == 200
    assert AccessLog.objects.filter(
        user=cast.admin_batam, action="download_confidential_attachment", object_id=str(attachment.pk)
    ).exists()
    # A signed-in session (the portal) works too.
    client.force_login(cast.pelapor)
    assert client.get(url).status_code == 200
    assert client.get(f"/lampiran/{attachment.pk + 1000}/").status_code == 404


def test_files_of_internal_notes_stay_with_officers(cast, api, client):
    report = cast.disposed_to_pupr()
    cast.act(report, "note", cast.petugas_pupr, message="Foto internal.", attachments=[photo()])
    attachment = Attachment.objects.get(report=report)
    assert api.get(f"/reports/{report.tracking_id}", as_=cast.pelapor).json()["attachments"] == []
    assert len(api.get(f"/reports/{report.tracking_id}", as_=cast.admin_batam).json()["attachments"]) == 1
    url = f"/lampiran/{attachment.pk}/"
    assert client.get(url).status_code == 404
    assert client.get(url, headers={"Authorization": f"Bearer {api.token_for(cast.pelapor)}"}).status_code == 404
    assert client.get(url, headers={"Authorization": f"Bearer {api.token_for(cast.admin_batam)}"}).status_code == 200
