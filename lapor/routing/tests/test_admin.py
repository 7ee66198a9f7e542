"""The national admin edits authority rules in the admin site; nobody else below the operators gets in."""

import pytest

from lapor.agencies.models import Agency
from lapor.routing.models import AuthorityRule
from lapor.routing.router import route
from lapor.routing.rules import active_rules, load_rules

pytestmark = pytest.mark.django_db
RULES = "/django-admin/routing/authorityrule/"


@pytest.fixture
def rule(cast):
    load_rules()
    return AuthorityRule.objects.get(code="pendidikan-dasar")


def rule_form(rule, **fields) -> dict:
    data = {
        "affair": rule.affair,
        "level": rule.level,
        "target": rule.target,
        "category": rule.category_id or "",
        "keywords": "\n".join(rule.keywords),
        "basis": rule.basis,
        "is_active": "on",
    }
    data.update(fields)
    return data


def test_the_national_admin_edits_a_rule_and_routing_reads_it_at_once(client, cast, rule):
    Agency(code="pemda-2171-disdik", name="Dinas Pendidikan Kota Batam", level="kabupaten/kota", kind="opd").save()
    rule.target = "disdik"
    rule.save()
    client.force_login(cast.admin_nasional)
    assert client.get("/django-admin/").status_code == 200
    listing = client.get(RULES).content.decode()
    assert "pendidikan-dasar" in listing
    page = client.get(f"{RULES}{rule.pk}/change/").content.decode()
    assert "sekolah dasar\nsekolah menengah pertama" in page.replace("\r", "")  # one phrase per line

    keywords = "\n".join([*rule.keywords, "Madrasah Ibtidaiyah", "", "sd"])
    response = client.post(f"{RULES}{rule.pk}/change/", rule_form(rule, keywords=keywords))
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.edited_locally and rule.keywords[-1] == "madrasah ibtidaiyah" and rule.keywords.count("sd") == 1
    assert any("madrasah ibtidaiyah" in r.keywords for r in active_rules())
    assert load_rules()["kept_edited"] == 1  # a new release leaves it as the admin made it


def test_a_rule_naming_a_body_that_does_not_exist_is_refused_with_the_reason(client, cast, rule):
    client.force_login(cast.admin_nasional)
    before = list(rule.keywords)
    response = client.post(f"{RULES}{rule.pk}/change/", rule_form(rule, level="pusat", target="kemenbebas"))
    assert response.status_code == 200
    assert "Tidak ada instansi pusat dengan kode “kemenbebas”" in response.content.decode()
    response = client.post(f"{RULES}{rule.pk}/change/", rule_form(rule, keywords="!!!\n"))
    assert "tidak berisi kata yang bisa dicocokkan" in response.content.decode()
    rule.refresh_from_db()
    assert rule.keywords == before and rule.level == "kabupaten/kota" and not rule.edited_locally


def test_a_new_rule_routes_an_affair_the_shipped_ones_did_not_know(client, cast, rule):
    client.force_login(cast.admin_nasional)
    response = client.post(
        RULES + "add/",
        rule_form(
            rule,
            code="ombudsman-maladministrasi",
            affair="Maladministrasi yang dilaporkan ke Ombudsman",
            level="pusat",
            target="ombudsman",
            keywords="maladministrasi berat\npenyimpangan prosedur",
        ),
    )
    assert response.status_code == 302
    created = AuthorityRule.objects.get(code="ombudsman-maladministrasi")
    assert created.edited_locally and created.keywords == ["maladministrasi berat", "penyimpangan prosedur"]
    from lapor.routing.services import current_classifier

    result = route("ada maladministrasi berat di kantor kami", model=current_classifier())
    assert any(m.rule.code == "ombudsman-maladministrasi" for m in result.rules)


def test_the_national_admin_sees_only_the_national_settings(client, cast):
    client.force_login(cast.admin_nasional)
    index = client.get("/django-admin/").content.decode()
    assert "Aturan kewenangan" in index and "Pengaturan nasional" in index
    for forbidden in ("/django-admin/reports/report/", "/django-admin/core/accesslog/", "/django-admin/accounts/user/"):
        assert client.get(forbidden).status_code == 403, forbidden
    rule = AuthorityRule.objects.create(code="x", affair="x", level="pusat", target="ombudsman", keywords=["x"])
    assert client.post(f"{RULES}{rule.pk}/delete/", {"post": "yes"}).status_code == 403  # deactivate instead
    inbox = client.get("/petugas/").content.decode()
    assert "Pengaturan nasional" in inbox


@pytest.mark.parametrize("who", ["admin_batam", "petugas_pupr", "pengawas", "pelapor"])
def test_other_roles_do_not_get_into_the_admin_site(client, cast, who):
    client.force_login(getattr(cast, who))
    assert client.get(RULES).status_code == 302  # to the admin's login page
    assert client.get("/django-admin/").status_code == 302
    if who != "pelapor":
        assert "Pengaturan nasional" not in client.get("/petugas/").content.decode()
