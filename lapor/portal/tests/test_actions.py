from django.test import Client

from lapor.reports.models import Report, Status, Support


def closed_report(cast) -> Report:
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Jalan sudah ditambal.")
    return cast.act(report, "close", cast.admin_batam)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_reporter_rates_a_closed_report(cast):
    report = closed_report(cast)
    client = signed_in(cast.pelapor)
    page = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Beri penilaian" in page
    response = client.post(f"/lacak/{report.tracking_id}/nilai/", {"score": "4", "comment": "Cepat ditangani."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.rating_score == 4 and report.rating_comment == "Cepat ditangani."
    assert "Beri penilaian" not in client.get(f"/lacak/{report.tracking_id}/").content.decode()


def test_a_rating_out_of_range_is_a_field_error(cast):
    report = closed_report(cast)
    response = signed_in(cast.pelapor).post(f"/lacak/{report.tracking_id}/nilai/", {"score": "9"})
    assert response.status_code == 200
    assert response.context["rate_form"].errors["score"] == ["Penilaian harus berupa angka 1 sampai 5."]
    report.refresh_from_db()
    assert report.rating_score is None


def test_an_empty_reply_is_a_field_error(cast):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Sudah kami cek.")
    response = signed_in(cast.pelapor).post(f"/lacak/{report.tracking_id}/tanggapi/", {"message": ""})
    assert response.status_code == 200
    assert response.context["reply_form"].errors["message"] == ["Isi pesan wajib diisi."]


def test_a_stranger_may_not_reply_to_a_public_report(cast):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Sudah kami cek.")
    response = signed_in(cast.pelapor_lain).post(f"/lacak/{report.tracking_id}/tanggapi/", {"message": "Saya juga!"})
    assert response.status_code == 403
    assert "tidak berwenang" in response.content.decode()
    report.refresh_from_db()
    assert report.status == Status.FOLLOWED_UP


def test_a_reply_in_the_wrong_status_is_a_message_not_a_crash(cast):
    report = cast.disposed_to_pupr()
    client = signed_in(cast.pelapor)
    assert "Tanggapi jawaban instansi" not in client.get(f"/lacak/{report.tracking_id}/").content.decode()
    response = client.post(f"/lacak/{report.tracking_id}/tanggapi/", {"message": "Kapan dikerjakan?"}, follow=True)
    assert response.status_code == 200
    assert "tidak dapat dilakukan pada status laporan saat ini" in response.content.decode()


def test_dukung_with_htmx_returns_the_new_count_once_per_person(cast):
    report = cast.disposed_to_pupr()
    client = signed_in(cast.pelapor_lain)
    assert "Dukung" in client.get(f"/lacak/{report.tracking_id}/").content.decode()
    first = client.post(f"/lacak/{report.tracking_id}/dukung/", headers={"HX-Request": "true"})
    html = first.content.decode()
    assert first.status_code == 200 and "<html" not in html
    assert "<strong>1</strong> dukungan" in html and "dukungan Anda tercatat" in html
    again = client.post(f"/lacak/{report.tracking_id}/dukung/", headers={"HX-Request": "true"}).content.decode()
    assert "<strong>1</strong> dukungan" in again and "sudah mendukung" in again
    assert Support.objects.filter(report=report).count() == 1


def test_dukung_needs_an_account(client, cast):
    report = cast.disposed_to_pupr()
    html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Masuk untuk mendukung" in html
    response = client.post(f"/lacak/{report.tracking_id}/dukung/", headers={"HX-Request": "true"})
    assert response["HX-Redirect"].startswith("/akun/masuk/?next=")
    assert client.post(f"/lacak/{report.tracking_id}/dukung/")["Location"].startswith("/akun/masuk/")
    assert not Support.objects.exists()


def test_dukung_on_a_rahasia_report_is_a_404(cast):
    report = cast.disposed_to_pupr(confidential=True)
    response = signed_in(cast.pelapor_lain).post(f"/lacak/{report.tracking_id}/dukung/")
    assert response.status_code == 404
