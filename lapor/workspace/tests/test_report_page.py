import pytest

from lapor.core.models import AccessLog
from lapor.reports.models import Report, Status

PELAPOR_NAME = "Siti Pelapor"


def page(tracking_id: str) -> str:
    return f"/petugas/laporan/{tracking_id}/"


def action_forms(response) -> set[str]:
    return {form.action for form in response.context["action_forms"]}


def test_it_shows_the_details_timeline_and_deadlines(cast, client):
    report = cast.disposed_to_pupr(location="Jl. Engku Putri", contact="0812 1111 2222")
    client.force_login(cast.petugas_pupr)
    response = client.get(page(report.tracking_id))
    html = response.content.decode()
    assert response.status_code == 200
    assert report.title in html and "Jl. Engku Putri" in html
    assert "Pekerjaan Umum dan Penataan Ruang › Jalan Berlubang" in html
    assert "Kota Batam, Kepulauan Riau" in html
    # Not anonim: the officers of the holding agency see who reported.
    assert PELAPOR_NAME in html and "0812 1111 2222" in html
    # Chain of custody: national queue -> Batam -> PUPR, each step with actor, role and agency.
    custody = html[html.index('class="ws-custody"') :]
    custody = custody[: custody.index("</ol>")]
    assert custody.index("Antrean nasional") < custody.index(cast.batam.name) < custody.index(cast.pupr.name)
    assert "Diverifikasi dan diteruskan" in html and "Didisposisikan" in html
    assert "Admin Nasional, Kementerian PANRB" in html
    assert "Admin Instansi, Pemerintah Kota Batam" in html
    assert "Sisa 5 hari" in html  # first answer due
    assert "Penyelesaian" in html and "Sisa 14 hari" in html  # completion of a pengaduan


def test_anonim_reporters_name_never_reaches_agency_officers(cast, client):
    report = cast.disposed_to_pupr(anonymous=True, contact="siti@example.id")
    cast.act(report, "respond", cast.petugas_pupr, message="Sudah ditambal.")
    cast.act(Report.objects.get(pk=report.pk), "reply", cast.pelapor, message="Terima kasih, tapi sisi kiri belum.")
    for officer in (cast.petugas_pupr, cast.admin_batam, cast.pimpinan_batam, cast.admin_kepri):
        client.force_login(officer)
        html = client.get(page(report.tracking_id)).content.decode()
        assert "Anonim (identitas dilindungi)" in html
        assert PELAPOR_NAME not in html and "siti@example.id" not in html and "pelapor@example.id" not in html
        # The reporter's own reply is shown, but as "Pelapor".
        assert "Terima kasih, tapi sisi kiri belum." in html
    # The national admin verifies identity and may see it.
    client.force_login(cast.admin_nasional)
    assert PELAPOR_NAME in client.get(page(report.tracking_id)).content.decode()


def test_a_rahasia_report_of_another_agency_is_not_found(cast, client):
    report = cast.disposed_to_pupr(confidential=True)
    for outsider in (cast.admin_tanjungpinang, cast.petugas_dinkes):
        client.force_login(outsider)
        assert client.get(page(report.tracking_id)).status_code == 404
    assert not AccessLog.objects.filter(action="view_confidential").exists()


def test_opening_a_rahasia_report_is_logged(cast, client):
    report = cast.disposed_to_pupr(confidential=True)
    client.force_login(cast.admin_batam)
    html = client.get(page(report.tracking_id)).content.decode()
    assert "badge-rahasia" in html
    log = AccessLog.objects.get(action="view_confidential")
    assert (log.user, log.object_type, log.object_id) == (cast.admin_batam, "report", report.tracking_id)
    # An ordinary report is not logged.
    other = cast.disposed_to_pupr()
    client.get(page(other.tracking_id))
    assert AccessLog.objects.filter(action="view_confidential").count() == 1


def test_a_report_outside_the_workspace_users_reach_is_not_found(cast, client):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)  # not verified: not public
    client.force_login(cast.admin_tanjungpinang)
    assert client.get(page(report.tracking_id)).status_code == 404
    assert client.get(page("NOPE2345")).status_code == 404


@pytest.mark.parametrize(
    "who, expected",
    [
        ("petugas_pupr", {"respond", "note", "not_authority", "request_extension"}),
        ("admin_batam", {"dispose", "respond", "note", "not_authority", "request_extension", "merge"}),
        ("admin_nasional", {"dispose", "note", "merge"}),
        ("pimpinan_batam", set()),
        ("pengawas", set()),
        ("petugas_dinkes", set()),  # sees it because it is public, may not act on it
    ],
)
def test_action_forms_are_shown_only_when_allowed(cast, client, who, expected):
    report = cast.disposed_to_pupr()
    client.force_login(getattr(cast, who))
    response = client.get(page(report.tracking_id))
    assert action_forms(response) == expected
    html = response.content.decode()
    for action in {"verify", "dispose", "not_authority", "hold", "resume", "archive", "respond", "note", "close"}:
        assert (f"/aksi/{action}/" in html) == (action in expected)


def test_the_verification_forms_offer_hold_archive_and_routing(cast, client):
    report, _ = cast.file(cast.pelapor)
    client.force_login(cast.admin_nasional)
    response = client.get(page(report.tracking_id))
    assert action_forms(response) == {"verify", "hold", "archive", "merge", "note"}
    html = response.content.decode()
    assert 'name="version" value="0"' in html
    # The archive reasons come from the model.
    assert "Spam atau iklan" in html and "Duplikat laporan lain" in html
    held = cast.act(report, "hold", cast.admin_nasional, message="Sebutkan alamat lengkapnya.")
    assert held.status == Status.ON_HOLD
    assert action_forms(client.get(page(report.tracking_id))) == {"resume", "merge", "note"}


def test_internal_notes_are_highlighted_for_officers_and_hidden_from_the_public(cast, client):
    report = cast.disposed_to_pupr()
    cast.act(report, "note", cast.petugas_pupr, message="Koordinasi dengan kontraktor minggu depan.")
    client.force_login(cast.petugas_pupr)
    html = client.get(page(report.tracking_id)).content.decode()
    assert "Koordinasi dengan kontraktor minggu depan." in html
    assert "ws-internal-item" in html and "Hanya petugas" in html
    # The public page of the portal (the report is verified and not rahasia, so public).
    client.logout()
    public = client.get(f"/lacak/{report.tracking_id}/")
    assert public.status_code == 200
    assert report.title in public.content.decode()
    assert "Koordinasi dengan kontraktor" not in public.content.decode()
    # Officers of a sibling agency who only see it as the public does don't see the note either.
    client.force_login(cast.petugas_dinkes)
    assert "Koordinasi dengan kontraktor" not in client.get(page(report.tracking_id)).content.decode()


def test_bukan_wewenang_shows_the_reason_and_the_suggested_agency(cast, client):
    report = cast.disposed_to_pupr()
    cast.act(
        report,
        "not_authority",
        cast.petugas_pupr,
        reason="Jalan nasional, bukan jalan kota",
        agency_id=cast.kemenpanrb.pk,
    )
    client.force_login(cast.admin_batam)
    html = client.get(page(report.tracking_id)).content.decode()
    assert "Bukan wewenang, dikembalikan" in html
    assert "Jalan nasional, bukan jalan kota" in html
    assert "Instansi yang disarankan" in html and "Kementerian PANRB" in html


def test_archive_reason_is_shown_with_its_label(cast, client):
    report, _ = cast.file(cast.pelapor)
    cast.act(report, "archive", cast.admin_nasional, reason="duplicate", message="Sama dengan laporan sebelumnya.")
    client.force_login(cast.admin_nasional)
    html = client.get(page(report.tracking_id)).content.decode()
    assert "Duplikat laporan lain" in html and "Diarsipkan" in html


class TestAgencyPicker:
    def url(self, report, action):
        return f"/petugas/laporan/{report.tracking_id}/instansi/{action}/"

    def test_it_searches_only_agencies_the_actor_may_choose(self, cast, client):
        report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
        report = cast.act(report, "verify", cast.admin_batam, agency_id=cast.batam.pk)
        client.force_login(cast.admin_batam)
        html = client.get(self.url(report, "dispose"), {"agency_q": "dinas"}).content.decode()
        assert cast.pupr.name in html and cast.dinkes.name in html
        assert (
            "Tanjungpinang"
            not in client.get(self.url(report, "dispose"), {"agency_q": "Tanjungpinang"}).content.decode()
        )
        # Dispose means strictly below: Batam itself is not offered.
        html = client.get(self.url(report, "dispose"), {"agency_q": "Kota Batam"}).content.decode()
        assert f"pilih={cast.pupr.pk}" in html and f"pilih={cast.batam.pk}" not in html

    def test_choosing_puts_the_id_in_a_hidden_field_and_refuses_others(self, cast, client):
        report = cast.act(cast.file(cast.pelapor)[0], "verify", cast.admin_nasional, agency_id=cast.batam.pk)
        client.force_login(cast.admin_batam)
        html = client.get(self.url(report, "dispose"), {"pilih": cast.pupr.pk}).content.decode()
        assert f'<input type="hidden" name="agency_id" value="{cast.pupr.pk}">' in html
        assert client.get(self.url(report, "dispose"), {"pilih": cast.tanjungpinang.pk}).content == b""

    def test_the_national_admin_may_choose_any_agency(self, cast, client):
        report, _ = cast.file(cast.pelapor)
        client.force_login(cast.admin_nasional)
        html = client.get(self.url(report, "verify"), {"agency_q": "Tanjungpinang"}).content.decode()
        assert cast.tanjungpinang.name in html

    def test_it_is_refused_to_those_who_may_not_act(self, cast, client):
        report = cast.disposed_to_pupr()
        client.force_login(cast.pimpinan_batam)
        assert client.get(self.url(report, "dispose"), {"agency_q": "dinas"}).status_code == 403

    def test_the_select_fallback_lists_the_direct_children(self, cast, client):
        report = cast.act(cast.file(cast.pelapor)[0], "verify", cast.admin_nasional, agency_id=cast.batam.pk)
        client.force_login(cast.admin_batam)
        form = next(f for f in client.get(page(report.tracking_id)).context["action_forms"] if f.action == "dispose")
        choices = {value for value, _label in form.fields["agency_select"].choices if value}
        assert choices == {cast.pupr.pk, cast.dinkes.pk}
