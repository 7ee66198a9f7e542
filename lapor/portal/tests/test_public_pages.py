from django.test import Client

from lapor.reports.models import Report


def public(cast, reporter=None, **overrides) -> Report:
    """A report verified by the national admin, hence public unless rahasia."""
    report, _token = cast.file(reporter or cast.pelapor, **overrides)
    return cast.act(report, "verify", cast.admin_nasional, agency_id=cast.batam.pk)


def test_the_default_language_is_indonesian(client, cast):
    html = client.get("/").content.decode()
    assert '<html lang="id">' in html
    assert "Buat laporan" in html and "Laporkan!" in html
    for step in ("Tulis laporan", "Proses verifikasi", "Tindak lanjut", "Beri tanggapan", "Selesai"):
        assert step in html


def test_the_home_page_lists_the_latest_public_reports(client, cast):
    report = public(cast, title="Sampah menumpuk di Pasar Jodoh")
    html = client.get("/").content.decode()
    assert "Sampah menumpuk di Pasar Jodoh" in html
    assert f"/lacak/{report.tracking_id}/" in html


def test_a_rahasia_report_is_never_listed_publicly(client, cast):
    secret = public(cast, title="Pungutan liar di kantor kelurahan", confidential=True)
    open_one = public(cast, title="Trotoar rusak di Nagoya")
    listing = client.get("/laporan/").content.decode()
    assert "Trotoar rusak di Nagoya" in listing
    assert "Pungutan liar" not in listing and secret.tracking_id not in listing
    assert "Pungutan liar" not in client.get("/").content.decode()
    assert "Pungutan liar" not in client.get("/laporan/", {"q": secret.tracking_id}).content.decode()
    assert open_one.tracking_id in listing


def test_a_rahasia_report_is_404_for_other_citizens_and_visible_to_its_reporter(cast):
    secret = public(cast, title="Pungutan liar di kantor kelurahan", confidential=True)
    other = Client()
    other.force_login(cast.pelapor_lain)
    response = other.get(f"/lacak/{secret.tracking_id}/")
    assert response.status_code == 404
    assert "Laporan tidak ditemukan" in response.content.decode()
    assert Client().get(f"/lacak/{secret.tracking_id}/").status_code == 404

    owner = Client()
    owner.force_login(cast.pelapor)
    page = owner.get(f"/lacak/{secret.tracking_id}/")
    assert page.status_code == 200 and "Pungutan liar di kantor kelurahan" in page.content.decode()


def test_the_track_form_finds_a_visible_report_and_refuses_others(client, cast):
    report = public(cast)
    secret = public(cast, confidential=True)
    response = client.post("/lacak/", {"tracking_id": f"#{report.tracking_id.lower()}"})
    assert response.status_code == 302 and response["Location"] == f"/lacak/{report.tracking_id}/"
    refused = client.post("/lacak/", {"tracking_id": secret.tracking_id})
    assert refused.status_code == 200
    assert "tidak ditemukan" in refused.context["form"].errors["tracking_id"][0]


def test_the_track_form_accepts_the_token_or_the_whole_link(client, cast):
    report, token = cast.file(None)
    response = client.post(
        "/lacak/", {"tracking_id": report.tracking_id, "token": f"https://lapor.example/lacak/x/?token={token}"}
    )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200


def test_an_anonim_report_shows_anonim_and_never_the_reporters_name(client, cast):
    report = public(cast, title="Antrean puskesmas sangat panjang", anonymous=True)
    cast.act(report, "dispose", cast.admin_batam, agency_id=cast.dinkes.pk)
    for url in ("/", "/laporan/", f"/lacak/{report.tracking_id}/"):
        html = client.get(url).content.decode()
        assert "Antrean puskesmas sangat panjang" in html, url
        assert "Anonim" in html, url
        assert "Siti Pelapor" not in html and "pelapor@example.id" not in html, url
    # Another citizen, signed in, does not see the name either.
    other = Client()
    other.force_login(cast.pelapor_lain)
    assert "Siti Pelapor" not in other.get(f"/lacak/{report.tracking_id}/").content.decode()
    # The reporter sees their own name.
    owner = Client()
    owner.force_login(cast.pelapor)
    assert "Siti Pelapor" in owner.get(f"/lacak/{report.tracking_id}/").content.decode()


def test_the_public_page_names_agencies_not_officers(client, cast):
    report = cast.disposed_to_pupr()
    cast.act(report, "respond", cast.petugas_pupr, message="Perbaikan dijadwalkan minggu depan.")
    cast.act(report, "note", cast.admin_batam, message="Catatan rahasia: anggaran habis.")
    html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Perbaikan dijadwalkan minggu depan." in html
    assert cast.pupr.name in html
    assert "Petugas Pupr" not in html and "Admin Batam" not in html
    assert "anggaran habis" not in html  # internal notes stay inside the government
    assert "Perkiraan jawaban paling lambat" not in html  # followed up: the reporter's window is shown instead
    assert "Pelapor dapat menanggapi sampai" in html


def test_the_report_page_shows_status_and_deadline_in_the_regions_time_zone(client, cast):
    report = public(cast)
    html = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert 'class="badge status-disposed">Terdisposisi<' in html
    assert "Perkiraan jawaban paling lambat" in html and " WIB" in html


def test_the_public_list_searches_and_pages_by_20(client, cast):
    for i in range(21):
        public(cast, title=f"Drainase tersumbat nomor {i:02d}")
    public(cast, title="Pelayanan KTP lambat")
    first = client.get("/laporan/", {"q": "Drainase"})
    html = first.content.decode()
    assert len(first.context["reports"]) == 20
    assert "Pelayanan KTP" not in html
    assert "Drainase tersumbat nomor 20" in html and "Drainase tersumbat nomor 00" not in html
    second = client.get(first.context["next_url"])
    assert [r.title for r in second.context["reports"]] == ["Drainase tersumbat nomor 00"]
    assert second.context["next_url"] is None
    assert client.get("/laporan/", {"sebelum": "rusak!"}).status_code == 302


def test_my_reports_needs_an_account_and_lists_only_mine(client, cast):
    assert client.get("/laporan-saya/")["Location"].startswith("/akun/masuk/")
    mine, _ = cast.file(cast.pelapor, title="Laporan milik Siti")
    theirs, _ = cast.file(cast.pelapor_lain, title="Laporan milik Budi")
    client.force_login(cast.pelapor)
    html = client.get("/laporan-saya/").content.decode()
    assert "Laporan milik Siti" in html and "Laporan milik Budi" not in html


def test_an_unknown_report_is_a_404_page_in_indonesian(client, cast):
    response = client.get("/lacak/ZZZZZZZZ/")
    assert response.status_code == 404
    assert "Laporan tidak ditemukan" in response.content.decode()


def test_the_reporter_is_told_when_verification_is_due_then_when_the_answer_is(client, cast):
    report, _ = cast.file(cast.pelapor)
    client.force_login(cast.pelapor)
    page = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Diverifikasi dan diteruskan ke instansi berwenang paling lambat" in page
    assert "Perkiraan jawaban paling lambat" not in page
    cast.act(report, "verify", cast.admin_nasional, agency_id=cast.pupr.pk)
    page = client.get(f"/lacak/{report.tracking_id}/").content.decode()
    assert "Perkiraan jawaban paling lambat" in page
