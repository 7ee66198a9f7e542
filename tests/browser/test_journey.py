"""The whole SP4N-LAPOR! journey through the real pages, in headless Chromium.

A citizen files a report with a photo on a phone-sized screen; the national admin verifies it and
routes it to Pemkot Batam; Batam's admin disposes it to Dinas PUPR; the PUPR officer answers; the
citizen replies; the officer answers again; Batam's admin closes it; the citizen rates it. Each
actor has a browser context of their own (own cookies) and signs in through the login page.

Every page visited is kept as a numbered full-page screenshot in artifacts/screenshots/.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from PIL import ExifTags, Image

from lapor.reports.models import Attachment, ClosedBy, Kind, Report, Status
from lapor.testing import PASSWORD

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 412, "height": 900}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
GPS = ExifTags.IFD.GPSInfo

TITLE = "Jalan berlubang di depan Pasar Induk Jodoh"
BODY = (
    "Jalan di depan Pasar Induk Jodoh berlubang besar sejak tiga minggu lalu. Sudah dua pengendara motor "
    "terjatuh di sana saat hujan. Mohon segera diperbaiki."
)
LOCATION = "Jl. Raja Ali Haji, depan Pasar Induk Jodoh"
ANSWER_1 = "Tim PUPR sudah meninjau lokasi; penambalan dijadwalkan Kamis pagi."
REPLY = "Terima kasih, tetapi lubang kedua di sisi timur pasar belum disebut. Mohon ikut ditambal."
ANSWER_2 = "Kedua lubang, termasuk yang di sisi timur pasar, sudah ditambal Kamis pagi."
CLOSING = "Penanganan selesai; laporan ditutup."
RATING_COMMENT = "Cepat ditangani, terima kasih Dinas PUPR."


class Journey:
    """What every actor's browser shares: numbered screenshots and the watch on outgoing requests."""

    def __init__(self, browser, live_server, screenshots, prefix=""):
        self.browser = browser
        self.url = live_server.url
        self.take = screenshots
        self.prefix = prefix
        self.count = 0
        self.shots: list[str] = []
        self.outside: list[str] = []
        self.requests = 0
        self.contexts = []

    def _watch(self, request):
        self.requests += 1
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.hostname not in LOCAL_HOSTS:
            self.outside.append(request.url)

    def actor(self, device):
        context = self.browser.new_context(locale="id-ID", timezone_id="Asia/Jakarta", **device)
        context.set_default_timeout(10_000)
        context.on("request", self._watch)
        self.contexts.append(context)
        return context.new_page()

    def shot(self, page, name: str):
        self.count += 1
        filename = f"{self.prefix}{self.count:02d}-{name}"
        self.take(page, filename)
        self.shots.append(f"{filename}.png")

    def close(self):
        for context in self.contexts:
            context.close()


@pytest.fixture
def journey(browser, live_server, screenshots):
    journey = Journey(browser, live_server, screenshots)
    yield journey
    journey.close()


def photo_with_gps(path):
    """A real PNG photo whose EXIF says where it was taken (and on which camera)."""
    image = Image.new("RGB", (480, 320), (96, 96, 96))
    for x in range(140, 340):  # a dark "pothole" so the picture is recognisable in screenshots
        for y in range(110, 210):
            if ((x - 240) / 100) ** 2 + ((y - 160) / 50) ** 2 <= 1:
                image.putpixel((x, y), (30, 25, 20))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "KameraWarga"
    exif.get_ifd(GPS).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (1.0, 8.0, 42.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (104.0, 0.0, 36.0),
        }
    )
    image.save(path, format="PNG", exif=exif)
    with Image.open(path) as check:  # the precondition: the upload really carries a position
        assert check.getexif().get_ifd(GPS)[ExifTags.GPS.GPSLatitudeRef] == "N"
    return path


def log_in(journey, page, user, who: str):
    page.goto(f"{journey.url}/akun/masuk/")
    assert page.locator("h1").inner_text() == "Masuk"
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    journey.shot(page, f"{who}-login")
    with page.expect_navigation():
        page.click("main form button[type=submit]")


def status_shown(page) -> str:
    return page.locator(".badge[class*='status-']").first.inner_text().strip()


def image_loaded(page, selector: str) -> bool:
    image = page.locator(selector).first
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    return True


def open_from_list(journey, page, tracking_id: str, who: str, list_name: str):
    """Find the report's row in a workspace list and open it."""
    row = page.locator("table.ws-table tbody tr", has_text=tracking_id)
    assert row.count() == 1, f"{tracking_id} is not in {who}'s {list_name}"
    journey.shot(page, f"{who}-{list_name}")
    with page.expect_navigation():
        row.locator("a.ws-title").click()
    assert page.url.endswith(f"/petugas/laporan/{tracking_id}/")


def act(journey, page, action: str, who: str, message: str = "", prepare=None) -> str:
    """Open an action of the workspace report page, fill it, send it; returns the success message."""
    box = page.locator(f"#aksi-{action}")
    box.locator("summary").click()
    if prepare:
        prepare(box)
    if message:
        box.locator("textarea[name=message]").fill(message)
    journey.shot(page, f"{who}-{action}-form")
    with page.expect_navigation():
        box.locator("button[type=submit]").click()
    done = page.locator(".message.success").inner_text()
    journey.shot(page, f"{who}-{action}-done")
    return done


def test_the_whole_journey_from_filing_to_rating(transactional_db, cast, live_server, journey, tmp_path):
    url = live_server.url
    photo = photo_with_gps(tmp_path / "lubang-jalan.png")
    seen: list[tuple[str, str]] = []  # (who and where, the status label the page showed)

    # 1. The citizen signs in on a phone and files the report with a photo.
    citizen = journey.actor(PHONE)
    citizen.goto(f"{url}/")
    journey.shot(citizen, "citizen-home")
    with citizen.expect_navigation():
        citizen.click("nav.main-nav >> text=Masuk")
    log_in(journey, citizen, cast.pelapor, "citizen")
    assert citizen.url.endswith("/laporan-saya/")
    assert "Anda belum pernah membuat laporan." in citizen.locator("main").inner_text()
    journey.shot(citizen, "citizen-my-reports-empty")

    with citizen.expect_navigation():
        citizen.click("main >> text=Buat laporan")
    assert citizen.locator("h1").inner_text() == "Buat laporan"
    assert citizen.locator("#id_contact").count() == 0  # signed in: no contact field
    journey.shot(citizen, "citizen-file-form")
    citizen.check("#id_kind_0")  # pengaduan
    citizen.fill("#id_title", TITLE)
    citizen.fill("#id_body", BODY)
    citizen.select_option("#id_provinsi", cast.region_kepri.code)
    citizen.wait_for_selector(f'#id_kabkota option[value="{cast.region_batam.code}"]', state="attached")
    citizen.select_option("#id_kabkota", cast.region_batam.code)
    citizen.fill("#id_location", LOCATION)
    citizen.select_option("#id_category", str(cast.category_jalan.pk))
    citizen.set_input_files("#id_attachments", str(photo))
    journey.shot(citizen, "citizen-file-form-filled")
    with citizen.expect_navigation():
        citizen.click("form.report-form button[type=submit]")
    assert citizen.locator("h1").inner_text() == "Terima kasih, laporan Anda sudah kami terima"
    tracking_id = citizen.locator("#tracking-id").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6,16}", tracking_id)
    assert citizen.locator("#follow-url").count() == 0  # an account holder needs no secret link
    journey.shot(citizen, "citizen-thanks")

    # 2. The national admin verifies it from the queue and routes it to Pemkot Batam with the picker.
    national = journey.actor(DESKTOP)
    log_in(journey, national, cast.admin_nasional, "national")
    assert national.url.endswith("/petugas/")
    with national.expect_navigation():
        national.click("nav.ws-nav >> text=Antrean verifikasi")
    open_from_list(journey, national, tracking_id, "national", "verification-queue")
    seen.append(("national: report", status_shown(national)))
    assert "Antrean nasional (admin nasional)" in national.locator("dl.facts").first.inner_text()
    assert image_loaded(national, ".ws-attachments img")
    journey.shot(national, "national-report")

    def pick_batam(box):
        box.locator("#picker-verify-q").fill("Batam")
        option = box.locator(f'.ws-picker-option[hx-get$="pilih={cast.batam.pk}"]')
        option.click()
        box.locator('#picker-verify-chosen input[name="agency_id"]').wait_for(state="attached")

    done = act(journey, national, "verify", "national", "Diteruskan ke Pemkot Batam untuk ditindaklanjuti.", pick_batam)
    assert done == f"Laporan diverifikasi dan diteruskan ke {cast.batam.name}."
    seen.append(("national: verified", status_shown(national)))
    timeline = national.locator(".ws-timeline").inner_text()
    assert "Diverifikasi dan diteruskan" in timeline and cast.batam.name in timeline

    # 3. Batam's admin finds it in the inbox and disposes it to Dinas PUPR with the select.
    batam = journey.actor(DESKTOP)
    log_in(journey, batam, cast.admin_batam, "batam")
    open_from_list(journey, batam, tracking_id, "batam", "inbox")
    seen.append(("batam: report", status_shown(batam)))
    done = act(
        journey,
        batam,
        "dispose",
        "batam",
        "Mohon ditinjau dan ditambal minggu ini.",
        lambda box: box.locator("select[name=agency_select]").select_option(str(cast.pupr.pk)),
    )
    assert done == f"Laporan didisposisikan ke {cast.pupr.name}."
    seen.append(("batam: disposed", status_shown(batam)))
    assert [li.strip() for li in batam.locator(".ws-custody li").all_inner_texts()] == [
        "Antrean nasional",
        cast.batam.name,
        cast.pupr.name,
    ]

    # 4. The PUPR officer answers.
    pupr = journey.actor(DESKTOP)
    log_in(journey, pupr, cast.petugas_pupr, "pupr")
    open_from_list(journey, pupr, tracking_id, "pupr", "inbox")
    seen.append(("pupr: report", status_shown(pupr)))
    assert act(journey, pupr, "respond", "pupr", ANSWER_1) == "Tindak lanjut terkirim kepada pelapor."
    seen.append(("pupr: answered", status_shown(pupr)))

    # 5. The citizen reads the answer in "Laporan saya" and replies.
    with citizen.expect_navigation():
        citizen.click("nav.main-nav >> text=Laporan saya")
    item = citizen.locator(".report-item", has_text=tracking_id)
    seen.append(("citizen: my reports", item.locator(".badge[class*='status-']").inner_text().strip()))
    journey.shot(citizen, "citizen-my-reports")
    with citizen.expect_navigation():
        item.locator("h3 a").click()
    seen.append(("citizen: report", status_shown(citizen)))
    timeline = citizen.locator("#linimasa").inner_text()
    assert "Tindak lanjut dari instansi" in timeline and ANSWER_1 in timeline
    # Officers speak for their agency: the citizen sees the agency, never the officer's name.
    assert cast.pupr.name in timeline and cast.petugas_pupr.display_name not in timeline
    assert image_loaded(citizen, ".attachment-list img")
    journey.shot(citizen, "citizen-report-answered")
    citizen.fill("#tanggapi textarea[name=message]", REPLY)
    with citizen.expect_navigation():
        citizen.click("#tanggapi button[type=submit]")
    assert citizen.locator(".message.success").inner_text() == "Tanggapan Anda telah dikirim ke instansi."
    seen.append(("citizen: replied", status_shown(citizen)))
    assert citizen.locator("#tanggapi").count() == 0
    journey.shot(citizen, "citizen-replied")

    # 6. The PUPR officer sees the reply and answers again.
    pupr.goto(f"{url}/petugas/")
    open_from_list(journey, pupr, tracking_id, "pupr", "inbox-again")
    seen.append(("pupr: replied report", status_shown(pupr)))
    assert REPLY in pupr.locator(".ws-timeline").inner_text()
    assert act(journey, pupr, "respond", "pupr-again", ANSWER_2) == "Tindak lanjut terkirim kepada pelapor."
    seen.append(("pupr: answered again", status_shown(pupr)))

    # 7. Batam's admin closes it.
    batam.goto(f"{url}/petugas/")
    open_from_list(journey, batam, tracking_id, "batam", "inbox-again")
    seen.append(("batam: answered report", status_shown(batam)))
    assert act(journey, batam, "close", "batam", CLOSING) == "Laporan ditutup."
    seen.append(("batam: closed", status_shown(batam)))
    assert "Ditutup oleh admin" in batam.locator("aside").inner_text()

    # 8. The citizen rates the answer and sees the rating.
    with citizen.expect_navigation():
        citizen.click("nav.main-nav >> text=Laporan saya")
    item = citizen.locator(".report-item", has_text=tracking_id)
    seen.append(("citizen: my reports at the end", item.locator(".badge[class*='status-']").inner_text().strip()))
    with citizen.expect_navigation():
        item.locator("h3 a").click()
    seen.append(("citizen: closed report", status_shown(citizen)))
    timeline = citizen.locator("#linimasa").inner_text()
    assert ANSWER_2 in timeline and CLOSING in timeline
    assert citizen.locator("#tanggapi").count() == 0  # closed: no more replies
    citizen.check('#nilai input[name=score][value="5"]')
    citizen.fill("#nilai textarea[name=comment]", RATING_COMMENT)
    journey.shot(citizen, "citizen-rate-form")
    with citizen.expect_navigation():
        citizen.click("#nilai button[type=submit]")
    assert citizen.locator(".message.success").inner_text() == "Terima kasih atas penilaian Anda."
    seen.append(("citizen: rated", status_shown(citizen)))
    facts = citizen.locator("dl.facts").inner_text()
    assert re.search(r"Penilaian\s+5/5", facts)
    assert "Penilaian pelapor: 5 dari 5" in citizen.locator("#linimasa").inner_text()
    assert citizen.locator("#nilai").count() == 0  # rated once, the form is gone
    journey.shot(citizen, "citizen-rated")

    # What the pages showed, step by step, in Indonesian.
    assert seen == [
        ("national: report", "Belum terverifikasi"),
        ("national: verified", "Terdisposisi"),
        ("batam: report", "Terdisposisi"),
        ("batam: disposed", "Terdisposisi"),
        ("pupr: report", "Terdisposisi"),
        ("pupr: answered", "Ditindaklanjuti"),
        ("citizen: my reports", "Ditindaklanjuti"),
        ("citizen: report", "Ditindaklanjuti"),
        ("citizen: replied", "Ditanggapi oleh pelapor"),
        ("pupr: replied report", "Ditanggapi oleh pelapor"),
        ("pupr: answered again", "Ditindaklanjuti"),
        ("batam: answered report", "Ditindaklanjuti"),
        ("batam: closed", "Selesai"),
        ("citizen: my reports at the end", "Selesai"),
        ("citizen: closed report", "Selesai"),
        ("citizen: rated", "Selesai"),
    ]

    # The database agrees.
    report = Report.objects.select_related("region", "category", "agency", "reporter").get(tracking_id=tracking_id)
    assert (report.status, report.closed_by) == (Status.CLOSED, ClosedBy.ADMIN)
    assert (report.rating_score, report.rating_comment) == (5, RATING_COMMENT)
    assert report.reporter == cast.pelapor and report.kind == Kind.PENGADUAN
    assert (report.title, report.location_text) == (TITLE, LOCATION)
    assert report.region == cast.region_batam and report.category == cast.category_jalan
    assert report.agency == cast.pupr
    events = list(report.events.order_by("created_at", "id").values_list("action", "actor__username", "message"))
    assert [(action, actor) for action, actor, _message in events] == [
        ("submit", "pelapor"),
        ("verify", "admin_nasional"),
        ("dispose", "admin_batam"),
        ("respond", "petugas_pupr"),
        ("reply", "pelapor"),
        ("respond", "petugas_pupr"),
        ("close", "admin_batam"),
        ("rate", "pelapor"),
    ]
    assert [message for _action, _actor, message in events][3:5] == [ANSWER_1, REPLY]

    # The photo was kept, without its position: on disk and as the browser receives it.
    attachment = Attachment.objects.get(report=report)
    assert (attachment.content_type, attachment.original_name) == ("image/png", "lubang-jalan.png")
    assert attachment.event.action == "submit"
    with attachment.file.open("rb") as handle:
        stored = handle.read()
    with Image.open(io.BytesIO(stored)) as image:
        assert image.size == (480, 320)
        assert "exif" not in image.info
        assert not image.getexif().get_ifd(GPS)
    served = citizen.request.get(f"{url}/lampiran/{attachment.pk}/")
    assert served.ok and served.headers["content-type"] == "image/png"
    assert served.body() == stored

    assert journey.requests > 0
    assert journey.outside == [], f"requests left the server: {journey.outside}"


def test_an_anonymous_reporter_follows_up_with_the_secret_link(
    transactional_db, cast, live_server, browser, screenshots, settings
):
    settings.SITE_URL = live_server.url  # the follow-up link points at this server
    journey = Journey(browser, live_server, screenshots, prefix="anon-")
    try:
        reporter = journey.actor(PHONE)
        reporter.goto(f"{live_server.url}/lapor/")
        journey.shot(reporter, "file-form")
        reporter.check("#id_kind_1")  # aspirasi
        reporter.fill("#id_title", "Tambah halte bus di Batam Centre")
        reporter.fill("#id_body", "Mohon dibangun halte beratap di depan kantor wali kota agar warga tidak kehujanan.")
        reporter.select_option("#id_provinsi", cast.region_kepri.code)
        reporter.wait_for_selector(f'#id_kabkota option[value="{cast.region_batam.code}"]', state="attached")
        reporter.select_option("#id_kabkota", cast.region_batam.code)
        reporter.fill("#id_contact", "0812 3456 7890")
        with reporter.expect_navigation():
            reporter.click("form.report-form button[type=submit]")
        tracking_id = reporter.locator("#tracking-id").inner_text().strip()
        follow_url = reporter.locator("#follow-url").inner_text().strip()
        assert follow_url.startswith(f"{live_server.url}/lacak/{tracking_id}/?token=")
        journey.shot(reporter, "thanks")

        # A fresh browser without the link: an unverified report is nobody else's business.
        stranger = journey.actor(PHONE)
        response = stranger.goto(f"{live_server.url}/lacak/{tracking_id}/")
        assert response.status == 404
        journey.shot(stranger, "without-link")

        # Another fresh browser with the link: the report opens, and the secret leaves the address bar.
        follower = journey.actor(PHONE)
        follower.goto(follow_url)
        assert follower.url == f"{live_server.url}/lacak/{tracking_id}/"
        assert follower.locator("h1").inner_text() == "Tambah halte bus di Batam Centre"
        assert status_shown(follower) == "Belum terverifikasi"
        assert "Laporan dikirim" in follower.locator("#linimasa").inner_text()
        journey.shot(follower, "with-link")
        # The link's token is remembered by the session: the page opens again without it.
        follower.goto(f"{live_server.url}/lacak/{tracking_id}/")
        assert follower.locator("h1").inner_text() == "Tambah halte bus di Batam Centre"

        report = Report.objects.get(tracking_id=tracking_id)
        assert report.reporter is None and report.contact == "0812 3456 7890" and report.kind == Kind.ASPIRASI
        assert list(report.events.values_list("action", flat=True)) == ["submit"]
        assert journey.outside == [], f"requests left the server: {journey.outside}"
    finally:
        journey.close()


def test_a_citizen_typing_is_offered_a_similar_open_report_to_support(
    transactional_db, cast, live_server, browser, screenshots
):
    existing = cast.disposed_to_pupr(title=TITLE, body=BODY)  # public: verified, not rahasia
    journey = Journey(browser, live_server, screenshots, prefix="duplicate-")
    try:
        citizen = journey.actor(PHONE)
        citizen.goto(f"{live_server.url}/lapor/")
        citizen.select_option("#id_provinsi", cast.region_kepri.code)
        citizen.wait_for_selector(f'#id_kabkota option[value="{cast.region_batam.code}"]', state="attached")
        citizen.select_option("#id_kabkota", cast.region_batam.code)
        citizen.fill("#id_title", "Lubang besar di jalan depan Pasar Induk Jodoh")
        citizen.locator("#id_body").press_sequentially(
            "Jalan depan Pasar Induk Jodoh berlubang, motor terjatuh saat hujan."
        )
        suggestion = citizen.locator("#laporan-mirip >> text=Dukung laporan ini?")
        suggestion.wait_for(timeout=10_000)
        box = citizen.locator("#laporan-mirip").inner_text()
        assert existing.tracking_id in box and "Ada laporan serupa yang masih berjalan." in box
        journey.shot(citizen, "suggested-while-typing")
        assert journey.outside == [], f"requests left the server: {journey.outside}"
    finally:
        journey.close()
