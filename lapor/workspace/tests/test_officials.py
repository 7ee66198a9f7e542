"""Officials are created by their agency's admin: the service's permission matrix and the web page."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from lapor.accounts.models import Membership, User
from lapor.accounts.officer_services import official_create, official_list

Role = Membership.Role
PAGE = "/petugas/pengguna/"

# May this actor create an official in this agency?
# fmt: off
MATRIX = {
    #                      batam  pupr   kepri  tanjungpinang  kemenpanrb
    "admin_nasional":      (True,  True,  True,  True,          True),
    "admin_kepri":         (True,  True,  True,  True,          False),  # the province's whole subtree
    "admin_batam":         (True,  True,  False, False,         False),  # own subtree, not the parent
    "admin_tanjungpinang": (False, False, False, True,          False),
    "pimpinan_batam":      (False, False, False, False,         False),
    "petugas_pupr":        (False, False, False, False,         False),
    "pengawas":            (False, False, False, False,         False),
    "pelapor":             (False, False, False, False,         False),
}
# fmt: on
AGENCIES = ["batam", "pupr", "kepri", "tanjungpinang", "kemenpanrb"]


@pytest.mark.parametrize("actor", MATRIX)
@pytest.mark.parametrize("agency_name", AGENCIES)
def test_official_create_permission_matrix(cast, actor, agency_name):
    agency = getattr(cast, agency_name)
    username = f"baru_{actor}_{agency_name}"

    def create():
        return official_create(
            actor=getattr(cast, actor),
            username=username,
            full_name="Petugas Baru",
            email=f"{username}@example.go.id",
            role=Role.PETUGAS,
            agency=agency,
        )

    if MATRIX[actor][AGENCIES.index(agency_name)]:
        membership = create()
        assert (membership.agency, membership.role, membership.created_by) == (
            agency,
            Role.PETUGAS,
            getattr(cast, actor),
        )
    else:
        with pytest.raises(PermissionDenied):
            create()
        assert not User.objects.filter(username=username).exists()


def test_a_new_official_has_no_password_and_gets_a_set_password_link(cast, client):
    membership = official_create(
        actor=cast.admin_batam,
        username="operator_pupr",
        full_name="Rina Operator",
        email="Rina@PUPR.batam.go.id",
        role=Role.PETUGAS,
        agency=cast.pupr,
    )
    user = membership.user
    assert user.email == "rina@pupr.batam.go.id"
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rina@pupr.batam.go.id"]
    assert "operator_pupr" in message.body and cast.pupr.name in message.body
    link = re.search(r"https?://\S+/petugas/atur-kata-sandi/\S+/", message.body).group(0)
    path = link.split("://", 1)[1].split("/", 1)[1]

    response = client.get("/" + path, follow=True)
    assert response.status_code == 200 and response.context["validlink"]
    response = client.post(
        response.redirect_chain[-1][0],
        {"new_password1": "Bintan-Batam-2026!", "new_password2": "Bintan-Batam-2026!"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Bintan-Batam-2026!")
    # The link works once.
    assert not client.get("/" + path, follow=True).context["validlink"]


def test_official_create_validates_its_input(cast):
    def create(**overrides):
        fields = {
            "actor": cast.admin_batam,
            "username": "petugas_baru",
            "full_name": "Petugas Baru",
            "email": "baru@batam.go.id",
            "role": Role.PETUGAS,
            "agency": cast.batam,
        }
        fields.update(overrides)
        return official_create(**fields)

    with pytest.raises(ValidationError) as error:
        create(role=Role.ADMIN_NASIONAL)
    assert "role" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        create(username="petugas_pupr")  # taken by the cast
    assert "username" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        create(email="pelapor@example.id", full_name="")
    assert set(error.value.message_dict) == {"email", "full_name"}
    with pytest.raises(ValidationError):
        create(username="bukan nama valid!")
    assert not User.objects.filter(full_name="Petugas Baru").exists()
    assert create(role=Role.ADMIN_INSTANSI).role == Role.ADMIN_INSTANSI


def test_official_list_is_the_admins_subtree(cast):
    batam = {m.user.username for m in official_list(cast.admin_batam)}
    assert batam == {"admin_batam", "pimpinan_batam", "petugas_pupr", "petugas_dinkes"}
    assert "admin_batam" in {m.user.username for m in official_list(cast.admin_kepri)}
    assert len(official_list(cast.admin_nasional)) == Membership.objects.count()
    assert not official_list(cast.petugas_pupr).exists()


def test_the_officials_page_lists_the_subtree_and_creates_an_official(cast, client):
    client.force_login(cast.admin_batam)
    response = client.get(PAGE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "petugas_pupr" in html and "admin_tanjungpinang" not in html
    response = client.post(
        PAGE,
        {
            "username": "operator_dinkes",
            "full_name": "Dedi Operator",
            "email": "dedi@dinkes.batam.go.id",
            "role": Role.PETUGAS,
            "agency_select": cast.dinkes.pk,
        },
        follow=True,
    )
    html = response.content.decode()
    assert "Akun operator_dinkes dibuat" in html and "dedi@dinkes.batam.go.id" in html
    membership = Membership.objects.get(user__username="operator_dinkes")
    assert (membership.agency, membership.created_by) == (cast.dinkes, cast.admin_batam)
    # Nothing secret on the page: the link is only in the e-mail.
    assert "atur-kata-sandi" not in html and "atur-kata-sandi" in mail.outbox[0].body
    assert "belum mengatur kata sandi" in html


def test_the_officials_page_refuses_an_agency_outside_the_subtree(cast, client):
    client.force_login(cast.admin_batam)
    response = client.post(
        PAGE,
        {
            "username": "penyusup",
            "full_name": "Penyusup",
            "email": "penyusup@example.id",
            "role": Role.ADMIN_INSTANSI,
            "agency_id": cast.tanjungpinang.pk,
        },
    )
    assert response.status_code == 403
    assert not User.objects.filter(username="penyusup").exists() and not mail.outbox


def test_the_officials_page_shows_field_errors(cast, client):
    client.force_login(cast.admin_batam)
    response = client.post(
        PAGE,
        {"username": "petugas_pupr", "full_name": "X", "email": "x@example.id", "role": "petugas", "agency_select": ""},
    )
    assert response.status_code == 422
    assert response.context["form"].errors["agency_select"]
    response = client.post(
        PAGE,
        {
            "username": "petugas_pupr",
            "full_name": "X",
            "email": "x@example.id",
            "role": "petugas",
            "agency_select": cast.pupr.pk,
        },
    )
    assert response.status_code == 422
    assert "Nama pengguna sudah dipakai." in response.content.decode()


def test_the_officials_agency_picker_searches_the_subtree(cast, client):
    client.force_login(cast.admin_batam)
    html = client.get("/petugas/pengguna/instansi/", {"agency_q": "Kota"}).content.decode()
    assert cast.pupr.name in html and cast.tanjungpinang.name not in html
    html = client.get("/petugas/pengguna/instansi/", {"pilih": cast.dinkes.pk}).content.decode()
    assert f'name="agency_id" value="{cast.dinkes.pk}"' in html


@pytest.mark.parametrize("who", ["petugas_pupr", "pimpinan_batam", "pengawas"])
def test_officers_who_do_not_administer_are_refused(cast, client, who):
    client.force_login(getattr(cast, who))
    assert client.get(PAGE).status_code == 403
    assert client.get("/petugas/pengguna/instansi/", {"agency_q": "Kota"}).status_code == 403
