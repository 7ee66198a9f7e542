"""The officers' part of the journey through the web forms, and how the forms refuse."""

from django.core.files.uploadedfile import SimpleUploadedFile

from lapor.reports.models import Attachment, ClosedBy, Report, ReportEvent, Status

from .helpers import png_bytes


def page(report) -> str:
    return f"/petugas/laporan/{report.tracking_id}/"


def action_url(report, action) -> str:
    return f"/petugas/laporan/{report.tracking_id}/aksi/{action}/"


def rendered_version(client, report, action) -> int:
    """The version the page puts in the action's form, as a browser would send it back."""
    response = client.get(page(report))
    form = next(f for f in response.context["action_forms"] if f.action == action)
    return form.initial["version"]


def fresh(report) -> Report:
    return Report.objects.get(pk=report.pk)


def test_the_officers_journey_verify_dispose_respond_close(cast, client):
    report, _ = cast.file(cast.pelapor, title="Drainase tersumbat di Batu Aji")

    # 1. The national admin verifies and routes it to Pemkot Batam (the htmx picker's hidden field).
    client.force_login(cast.admin_nasional)
    version = rendered_version(client, report, "verify")
    response = client.post(
        action_url(report, "verify"),
        {"version": version, "agency_id": cast.batam.pk, "message": "Diteruskan ke Pemkot Batam."},
    )
    assert response.status_code == 302 and response["Location"] == page(report)
    report = fresh(report)
    assert (report.status, report.agency) == (Status.DISPOSED, cast.batam)
    follow = client.get(page(report))
    assert "Laporan diverifikasi dan diteruskan ke Pemerintah Kota Batam." in follow.content.decode()

    # 2. Batam's admin disposes it to Dinas PUPR with the plain <select> (no JavaScript).
    client.force_login(cast.admin_batam)
    version = rendered_version(client, report, "dispose")
    response = client.post(action_url(report, "dispose"), {"version": version, "agency_select": cast.pupr.pk})
    assert response.status_code == 302
    report = fresh(report)
    assert report.agency == cast.pupr

    # 3. Dinas PUPR answers, with a photo.
    client.force_login(cast.petugas_pupr)
    version = rendered_version(client, report, "respond")
    photo = SimpleUploadedFile("hasil-perbaikan.png", png_bytes(), content_type="image/png")
    response = client.post(
        action_url(report, "respond"),
        {"version": version, "message": "Saluran sudah dibersihkan hari ini.", "attachments": [photo]},
    )
    assert response.status_code == 302
    report = fresh(report)
    assert report.status == Status.FOLLOWED_UP and report.first_response_at
    attachment = Attachment.objects.get(report=report)
    assert attachment.event.action == "respond" and attachment.content_type == "image/png"
    html = client.get(page(report)).content.decode()
    assert "Saluran sudah dibersihkan hari ini." in html and "hasil-perbaikan.png" in html
    assert f"/lampiran/{attachment.pk}/" in html

    # 4. Batam's admin closes it.
    client.force_login(cast.admin_batam)
    version = rendered_version(client, report, "close")
    response = client.post(action_url(report, "close"), {"version": version})
    assert response.status_code == 302
    report = fresh(report)
    assert (report.status, report.closed_by) == (Status.CLOSED, ClosedBy.ADMIN)
    actions = list(report.events.values_list("action", flat=True))
    assert actions == ["submit", "verify", "dispose", "respond", "close"]


def test_a_stale_form_is_refused_and_keeps_the_input(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    seen = rendered_version(client, report, "respond")
    # Meanwhile Batam's admin writes a note, which moves the report's version on.
    cast.act(report, "note", cast.admin_batam, message="Prioritaskan, dekat sekolah.")
    events_before = ReportEvent.objects.filter(report=report).count()

    response = client.post(action_url(report, "respond"), {"version": seen, "message": "Sudah kami tambal."})
    html = response.content.decode()
    assert response.status_code == 409
    assert "telah berubah sejak halaman dibuka" in html
    assert fresh(report).status == Status.DISPOSED
    assert ReportEvent.objects.filter(report=report).count() == events_before
    # The text typed is still there, now bound to the current version, so it can be sent again knowingly.
    assert "Sudah kami tambal." in html and "Prioritaskan, dekat sekolah." in html
    assert f'name="version" value="{fresh(report).version}"' in html

    response = client.post(action_url(report, "respond"), {"version": fresh(report).version, "message": "Sudah."})
    assert response.status_code == 302 and fresh(report).status == Status.FOLLOWED_UP


def test_a_stale_form_for_an_action_no_longer_possible_is_refused(cast, client):
    report, _ = cast.file(cast.pelapor)
    client.force_login(cast.admin_nasional)
    seen = rendered_version(client, report, "hold")
    cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    response = client.post(action_url(report, "hold"), {"version": seen, "message": "Lengkapi alamat."})
    assert response.status_code == 409
    assert "telah berubah sejak halaman dibuka" in response.content.decode()
    assert fresh(report).status == Status.DISPOSED


def test_workflow_validation_errors_are_shown_on_the_fields(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    version = fresh(report).version
    response = client.post(action_url(report, "respond"), {"version": version, "message": "   "})
    assert response.status_code == 422
    form = next(f for f in response.context["action_forms"] if f.action == "respond")
    assert form.errors["message"] == ["Isi pesan wajib diisi."]
    assert "Isi pesan wajib diisi." in response.content.decode()

    response = client.post(action_url(report, "not_authority"), {"version": version, "reason": ""})
    assert response.status_code == 422
    assert "Jelaskan mengapa bukan wewenang." in response.content.decode()
    assert ReportEvent.objects.filter(report=report).count() == 3


def test_a_bad_attachment_is_refused_with_a_field_error(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    fake = SimpleUploadedFile("virus.png", b"MZ not really an image", content_type="image/png")
    response = client.post(
        action_url(report, "respond"),
        {"version": fresh(report).version, "message": "Terlampir.", "attachments": [fake]},
    )
    assert response.status_code == 422
    assert "tidak didukung" in response.content.decode()
    assert fresh(report).status == Status.DISPOSED and not Attachment.objects.exists()


def test_dispose_outside_the_subtree_is_a_field_error(cast, client):
    report = cast.act(cast.file(cast.pelapor)[0], "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    client.force_login(cast.admin_batam)
    response = client.post(
        action_url(report, "dispose"), {"version": fresh(report).version, "agency_id": cast.tanjungpinang.pk}
    )
    assert response.status_code == 422
    assert "Instansi tujuan harus berada di bawah Pemerintah Kota Batam." in response.content.decode()
    assert fresh(report).agency == cast.batam


def test_an_officer_who_may_not_act_gets_403(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.pimpinan_batam)
    response = client.post(action_url(report, "respond"), {"version": fresh(report).version, "message": "Halo."})
    assert response.status_code == 403
    assert fresh(report).status == Status.DISPOSED


def test_an_action_the_status_does_not_allow_gets_409(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.admin_batam)
    response = client.post(action_url(report, "close"), {"version": fresh(report).version})
    assert response.status_code == 409
    assert "tidak dapat dilakukan pada status laporan saat ini" in response.content.decode()


def test_an_unseen_report_or_unknown_action_is_404(cast, client):
    report = cast.disposed_to_pupr(confidential=True)
    client.force_login(cast.admin_tanjungpinang)
    assert client.post(action_url(report, "respond"), {"version": 0, "message": "x"}).status_code == 404
    client.force_login(cast.petugas_pupr)
    assert client.post(action_url(report, "explode"), {"version": 0}).status_code == 404


def test_actions_need_post(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    assert client.get(action_url(report, "respond")).status_code == 405


def test_hold_resume_and_archive_through_the_forms(cast, client):
    report, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    client.force_login(cast.admin_batam)
    response = client.post(
        action_url(report, "hold"), {"version": 0, "message": "Mohon sebutkan nama jalan dan nomor rumah."}
    )
    assert response.status_code == 302 and fresh(report).status == Status.ON_HOLD
    response = client.post(action_url(report, "resume"), {"version": 1})
    assert response.status_code == 302 and fresh(report).status == Status.SUBMITTED
    response = client.post(action_url(report, "archive"), {"version": 2, "reason": "bogus"})
    assert response.status_code == 422 and fresh(report).status == Status.SUBMITTED
    response = client.post(action_url(report, "archive"), {"version": 2, "reason": "spam", "message": "Iklan."})
    assert response.status_code == 302
    report = fresh(report)
    assert (report.status, report.archive_reason) == (Status.ARCHIVED, "spam")


def test_bukan_wewenang_from_a_unit_goes_back_up_with_a_suggestion(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    response = client.post(
        action_url(report, "not_authority"),
        {
            "version": fresh(report).version,
            "reason": "Saluran primer wewenang BP Batam",
            "agency_id": cast.kepri.pk,
        },
    )
    assert response.status_code == 302
    report = fresh(report)
    assert (report.status, report.agency) == (Status.SUBMITTED, cast.batam)
    event = report.events.last()
    assert event.data["suggested_agency_id"] == cast.kepri.pk


def test_a_note_stays_internal(cast, client):
    report = cast.disposed_to_pupr()
    client.force_login(cast.petugas_pupr)
    response = client.post(
        action_url(report, "note"), {"version": fresh(report).version, "message": "Cek ke lapangan Kamis."}
    )
    assert response.status_code == 302
    event = report.events.last()
    assert (event.action, event.is_internal) == ("note", True)
