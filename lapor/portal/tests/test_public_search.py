"""Searching public reports matches what the public reads: the masked text. A NIK, phone number or
e-mail typed into the search or the "similar reports" box must not find the report that hides it."""

import pytest
from django.urls import reverse

from lapor.reports.models import Report
from lapor.routing.duplicates import similar_reports

NIK = "3171012301900001"
PHONE = "0812-3456-7890"
EMAIL = "budi.santoso@example.id"
NAME = "Budi Santoso"
TITLE = f"Pungli pengurusan KTP di kelurahan, hubungi {PHONE}"
BODY = (
    f"Nama saya {NAME}, NIK {NIK}, email {EMAIL}. Petugas kelurahan Sekupang meminta uang pelicin "
    "untuk mempercepat pencetakan KTP elektronik."
)


@pytest.fixture
def exposed(cast):
    return cast.disposed_to_pupr(title=TITLE, body=BODY)


def found(client, text) -> set[str]:
    response = client.get(reverse("portal:public_list"), {"q": text})
    assert response.status_code == 200
    return {r.tracking_id for r in response.context["reports"]}


@pytest.mark.parametrize("secret", [NIK, PHONE, "3456-7890", EMAIL, "budi.santoso", NAME])
def test_the_public_search_does_not_find_a_report_by_the_personal_data_it_hides(client, exposed, secret):
    assert found(client, secret) == set()


def test_the_public_search_still_finds_it_by_its_words_and_its_tracking_id(client, exposed):
    assert found(client, "uang pelicin") == {exposed.tracking_id}  # body
    assert found(client, "Pungli pengurusan") == {exposed.tracking_id}  # title
    assert found(client, f"#{exposed.tracking_id}") == {exposed.tracking_id}


def test_the_similar_reports_box_does_not_surface_a_report_through_the_personal_data_it_hides(client, exposed):
    typed = {"title": f"{NAME} {EMAIL}", "body": f"NIK {NIK} telp {PHONE} {NAME} {EMAIL}", "kabkota": "21.71"}
    # The original words would have matched (so the check below means something)...
    text = f"{typed['title']} {typed['body']}"
    assert [s.report for s in similar_reports(Report.objects.all(), text, region_code="21.71")] == [exposed]
    # ...but the public box scores the masked words only.
    html = client.get(reverse("portal:similar"), typed).content.decode()
    assert exposed.tracking_id not in html and "Dukung" not in html


def test_the_similar_reports_box_still_offers_it_for_the_same_problem(client, exposed):
    typed = {
        "title": "Pungli KTP elektronik di kelurahan Sekupang",
        "body": "Petugas kelurahan meminta uang pelicin supaya pencetakan KTP elektronik dipercepat.",
        "kabkota": "21.71",
    }
    html = client.get(reverse("portal:similar"), typed).content.decode()
    assert reverse("portal:report", args=[exposed.tracking_id]) in html
    assert PHONE not in html and "[nomor telepon disembunyikan]" in html
