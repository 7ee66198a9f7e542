from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from lapor.accounts.models import Membership, User
from lapor.agencies.reference import load_agencies
from lapor.regions.reference import load_regions
from lapor.reports.data.reference import load_categories
from lapor.reports.models import Category, Report, ReportEvent, Status
from lapor.reports.selectors import Viewer, visible_reports

EXPECTED_ROLES = {
    "demo-admin-nasional": {("admin_nasional", "kemenpanrb")},
    "demo-admin-instansi": {("admin_instansi", "pemda-2171")},
    "demo-petugas": {("petugas", "pemda-2171-pupr")},
    "demo-admin-lain": {("admin_instansi", "pemda-2172")},
    "demo-pengawas": {("pengawas", "ombudsman")},
    "demo-pimpinan": {("pimpinan", "pemda-2171")},
    "demo-pelapor": set(),
}


@pytest.fixture
def reference(db):
    """Kepulauan Riau (Batam, Tanjung Pinang), the national bodies and the categories."""
    load_regions(provinces=["21"])
    load_agencies(provinces=["21"])
    load_categories()


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def _roles(username):
    return {
        (m.role, m.agency.code) for m in Membership.objects.filter(user__username=username).select_related("agency")
    }


def test_it_creates_the_demo_accounts_with_their_roles(reference):
    output = _seed()

    for username, roles in EXPECTED_ROLES.items():
        user = User.objects.get(username=username)
        assert user.check_password(settings.DEMO_PASSWORD), username
        assert _roles(username) == roles
        assert username in output
    pelapor = User.objects.get(username="demo-pelapor")
    assert (pelapor.email, pelapor.email_verified) == ("demo-pelapor@example.id", True)
    assert pelapor.full_name
    assert settings.DEMO_PASSWORD in output


def test_it_files_demo_reports_through_the_real_lifecycle(reference):
    _seed()

    reports = list(Report.objects.all())
    assert 10 <= len(reports) <= 16
    assert {r.status for r in reports} == {
        Status.SUBMITTED,
        Status.ON_HOLD,
        Status.DISPOSED,
        Status.FOLLOWED_UP,
        Status.REPORTER_REPLIED,
        Status.CLOSED,
        Status.ARCHIVED,
    }
    assert any(r.status == Status.CLOSED and r.rating_score for r in reports)
    assert sum(r.confidential for r in reports) == 1
    assert any(r.anonymous for r in reports)
    assert any(r.reporter is None and r.reporter_token_hash for r in reports)
    # Every report starts with its submission, and every later step is a transition event.
    for report in reports:
        actions = list(report.events.values_list("action", flat=True))
        assert actions[0] == "submit"
        assert len(actions) == report.version + 1
    closed = next(r for r in reports if r.rating_score)
    assert list(closed.events.values_list("action", flat=True)) == [
        "submit",
        "verify",
        "dispose",
        "respond",
        "close",
        "rate",
    ]
    assert closed.agency.code == "pemda-2171-pupr"
    # A report sent back as "bukan wewenang" keeps its chain of custody.
    returned = ReportEvent.objects.get(action="not_authority")
    assert returned.actor_agency.code == "pemda-2171" and returned.data["suggested_agency_name"] == "PT PLN Batam"
    # The rahasia report waits for Batam's admin; the Tanjung Pinang admin cannot see it, oversight can.
    rahasia = next(r for r in reports if r.confidential)
    assert (rahasia.status, rahasia.agency.code) == (Status.SUBMITTED, "pemda-2171")

    def sees(username):
        return visible_reports(Viewer(user=User.objects.get(username=username))).filter(pk=rahasia.pk).exists()

    assert sees("demo-admin-instansi") and sees("demo-pengawas") and sees("demo-pelapor")
    assert not sees("demo-admin-lain") and not sees("demo-petugas")
    assert Category.objects.get(code="pungutan-liar").supervisory


def test_it_is_idempotent(reference):
    _seed()
    counts = (User.objects.count(), Membership.objects.count(), Report.objects.count(), ReportEvent.objects.count())
    User.objects.filter(username="demo-petugas").update(password="")

    output = _seed()

    assert (
        User.objects.count(),
        Membership.objects.count(),
        Report.objects.count(),
        ReportEvent.objects.count(),
    ) == counts
    assert User.objects.get(username="demo-petugas").check_password(settings.DEMO_PASSWORD)
    assert "sudah ada" in output


@override_settings(DEBUG=False, TESTING=False)
def test_it_refuses_to_run_in_production_mode(reference):
    with pytest.raises(CommandError, match="mode produksi"):
        call_command("seed_demo", stdout=StringIO())
    assert not User.objects.filter(username__startswith="demo-").exists()
    assert not Report.objects.exists()


def test_it_loads_missing_reference_data_first(db):
    load_regions(provinces=["21"])
    load_agencies(provinces=["21"])

    output = _seed()

    assert "load_reference" in output and "categories" in output
    assert Category.objects.filter(parent=None).count() == 38
    assert Report.objects.exists()
