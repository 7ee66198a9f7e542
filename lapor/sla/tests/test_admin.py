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
    response = admin_client.post(POLICIES + "add/", policy_form(days=9, agency=cast.batam.pk))
    assert response.status_code == 200
    assert "hanya boleh lebih ketat" in response.content.decode()
    assert not SlaPolicy.objects.filter(agency=cast.batam).exists()
    response = admin_client.post(POLICIES + "add/", policy_form(days=4, agency=cast.batam.pk))
    assert response.status_code == 302
    assert SlaPolicy.objects.get(agency=cast.batam).days == 4


def test_holiday_corrections_are_checked_on_the_form(admin_client, cast):
    form = {
        "date": "2026-09-24",
        "kind": "add",
        "name": "Hari Jadi Provinsi Kepulauan Riau",
        "region": cast.region_kepri.pk,
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
