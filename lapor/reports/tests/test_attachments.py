import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from lapor.reports.attachments import clean_upload

GPS_IFD = 0x8825


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (40, 30), "red")
    exif = Image.Exif()
    exif[0x010F] = "KameraPelapor"  # Make
    exif[GPS_IFD] = {1: "S", 2: (1.0, 8.0, 0.0), 3: "E", 4: (104.0, 2.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_it_strips_exif_and_gps_from_photos():
    raw = jpeg_with_gps()
    assert Image.open(io.BytesIO(raw)).getexif().get(GPS_IFD) is not None
    cleaned = clean_upload(SimpleUploadedFile("foto.jpg", raw, content_type="image/jpeg"))
    assert cleaned.content_type == "image/jpeg"
    exif = Image.open(io.BytesIO(cleaned.content)).getexif()
    assert GPS_IFD not in exif and 0x010F not in exif
    assert b"KameraPelapor" not in cleaned.content


def test_it_judges_by_content_not_by_name():
    with pytest.raises(ValidationError) as excinfo:
        clean_upload(SimpleUploadedFile("foto.jpg", b"#!/bin/sh\nrm -rf /\n", content_type="image/jpeg"))
    assert "tidak didukung" in excinfo.value.message_dict["attachments"][0]


def test_it_accepts_a_pdf():
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    assert clean_upload(SimpleUploadedFile("surat.pdf", pdf)).content_type == "application/pdf"


@override_settings(ATTACHMENT_MAX_BYTES=1000)
def test_it_refuses_files_over_the_limit():
    with pytest.raises(ValidationError) as excinfo:
        clean_upload(SimpleUploadedFile("besar.pdf", b"%PDF-" + b"x" * 2000 + b"%%EOF"))
    assert "melebihi" in excinfo.value.message_dict["attachments"][0]
