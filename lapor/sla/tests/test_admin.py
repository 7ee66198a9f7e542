"""The national admin edits policies (always as a new version) and holiday corrections in the Django admin."""

import pytest

from lapor.accounts.models import User
from lapor.sla.models import CalendarOverride, SlaPolicy

POLICIES = "/django-admin/sla/slapolicy/"
OVERRIDES = "/django-admin/sla/calendaroverride/"


@pytest.fixture
def admin_client(client, cast):
    superuser = User.objects.create_superuser("pengelola", "pengelola@example.id", "kata-sandi-uji-123")
    client.force_login(superuser)
    return client


def policy_form(**fields) -> dict:
    data = {"stage": "first_response", "classification": "any", "days": 4, "unit": "working", "agency": ""}
    data.update(is_active="on", note="Percepatan", valid_from="")
    data.update(fields)
    return data


def test_saving_the_form_adds_the_next_version(admin_client):
    current = SlaPolicy.objects.get(stage="first_response", agency=None)
    listing = admin_client.get(POLICIES).content.decode()
    assert "Buat versi baru" in listing and "stage=first_response" in listing
    assert admin_client.get(POLICIES + "add/?stage=first_response&days=5").status_code == 200
    response = admin_client.post(POLICIES + "add/", policy_form())
    assert response.status_code == 302
    latest = SlaPolicy.objects.filter(stage="first_response", agency=None).order_by("-version").first()
    assert (latest.version, latest.days, latest.created_by.username) == (2, 4, "pengelola")
    assert SlaPolicy.objects.get(pk=current.pk).days == 5  # the old version is history, unchanged


def test_saved_versions_cannot_be_changed_or_deleted(admin_client):
    policy = SlaPolicy.objects.get(stage="verification", agency=None)
    page = admin_client.get(f"{POLICIES}{policy.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_client.post(f"{POLICIES}{policy.pk}/change/", policy_form(stage="verification")).status_code == 403
    assert admin_client.post(f"{POLICIES}{policy.pk}/delete/", {"post": "yes"}).status_code == 403
    assert SlaPolicy.objects.get(pk=policy.pk).days == 3


def test_a_looser_agency_rule_is_refused_on_the_form(admin_client, cast):
    response = admin_client.post(POLICIES + "add/", policy_form(days=9, agency=cast.batam.code))
    assert response.status_code == 200
    assert "hanya boleh lebih ketat" in response.content.decode()
    assert not SlaPolicy.objects.filter(agency=cast.batam).exists()
    response = admin_client.post(POLICIES + "add/", policy_form(days=4, agency=cast.batam.code))
    assert response.status_code == 302
    assert SlaPolicy.objects.get(agency=cast.batam).days == 4
    # The next version's link carries the agency's code, which the form reads back.
    listing = admin_client.get(POLICIES).content.decode()
    assert f"agency={cast.batam.code}" in listing
    page = admin_client.get(POLICIES + f"add/?stage=first_response&agency={cast.batam.code}").content.decode()
    assert f'value="{cast.batam.code}"' in page


def test_agencies_and_regions_are_named_by_their_codes(admin_client, cast):
    response = admin_client.post(POLICIES + "add/", policy_form(agency=str(cast.batam.pk)))
    assert response.status_code == 200 and "Tidak ada instansi dengan kode itu." in response.content.decode()
    form = {"date": "2026-09-24", "kind": "add", "name": "Hari Jadi"}
    for wrong in [str(cast.region_kepri.pk), "99", "21.71.01"]:
        response = admin_client.post(OVERRIDES + "add/", {**form, "region": wrong})
        assert "Tidak ada provinsi atau kabupaten/kota dengan kode itu." in response.content.decode(), wrong
    assert not CalendarOverride.objects.exists()
    assert admin_client.post(OVERRIDES + "add/", {**form, "region": "21.71"}).status_code == 302
    assert CalendarOverride.objects.get().region == cast.region_batam


def test_holiday_corrections_are_checked_on_the_form(admin_client, cast):
    form = {
        "date": "2026-09-24",
        "kind": "add",
        "name": "Hari Jadi Provinsi Kepulauan Riau",
        "region": cast.region_kepri.code,
    }
    assert admin_client.post(OVERRIDES + "add/", form).status_code == 302
    override = CalendarOverride.objects.get()
    assert override.created_by.username == "pengelola"
    response = admin_client.post(OVERRIDES + "add/", {**form, "date": "2026-09-26"})
    assert response.status_code == 200 and "Sabtu atau Minggu" in response.content.decode()
    response = admin_client.post(OVERRIDES + "add/", form)
    assert response.status_code == 200 and CalendarOverride.objects.count() == 1
    listing = admin_client.get(OVERRIDES).content.decode()
    assert "Hari Jadi Provinsi Kepulauan Riau" in listing and "Kepulauan Riau" in listing


def test_the_national_admin_corrects_the_calendar_without_being_staff(client, cast):
    assert not cast.admin_nasional.is_staff
    client.force_login(cast.admin_nasional)
    form = {
        "date": "2026-10-15",
        "kind": "add",
        "name": "Libur daerah Kepulauan Riau",
        "region": cast.region_kepri.code,
    }
    response = client.post(OVERRIDES + "add/", form)
    assert response.status_code == 302
    assert CalendarOverride.objects.get().created_by == cast.admin_nasional
    # An agency admin is not let in.
    client.force_login(cast.admin_batam)
    assert client.get(OVERRIDES).status_code == 302  # to the admin login
