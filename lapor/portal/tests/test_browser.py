"""The portal in headless Chromium on a phone-sized screen: htmx selects, agency suggestions, geolocation, dukung.

Skipped when Chromium is missing, unless LAPOR_REQUIRE_BROWSER=1. Set PORTAL_SCREENSHOTS=<dir> to keep
screenshots of what the browser saw.
"""

import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from lapor.reports.models import Report, Support

pytestmark = pytest.mark.browser
PHONE = {"width": 412, "height": 900}


@pytest.fixture
def browser_context(browser):
    context = browser.new_context(viewport=PHONE, locale="id-ID", is_mobile=True, has_touch=True)
    yield context
    context.close()


def keep(page, name):
    directory = os.environ.get("PORTAL_SCREENSHOTS")
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(directory) / f"{name}.png"), full_page=True)


def no_outside_requests(page, live_server):
    """Fail the test if the page tries to load anything from another host (no CDN, no map tiles)."""
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live_server.url) else None)
    return outside


def test_filing_with_htmx_regions_and_agency_suggestions(
    transactional_db, cast, live_server, browser_context, settings
):
    settings.MEDIA_ROOT = Path(os.environ.get("TMPDIR", "/tmp")) / "lapor-portal-browser-media"
    page = browser_context.new_page()
    outside = no_outside_requests(page, live_server)
    page.goto(f"{live_server.url}/lapor/")
    assert page.locator("h1").inner_text() == "Buat laporan"

    page.select_option("#id_provinsi", cast.region_kepri.code)
    page.wait_for_selector('#id_kabkota option[value="21.71"]', state="attached")
    page.select_option("#id_kabkota", "21.71")

    page.fill("#id_agency_search", "kesehatan")
    suggestion = page.locator(f'#agency-suggestions button[data-agency-id="{cast.dinkes.pk}"]')
    suggestion.wait_for()
    keep(page, "portal-agency-suggestions")
    suggestion.click()
    assert page.input_value("#id_agency_id") == str(cast.dinkes.pk)
    assert page.input_value("#id_agency_search") == cast.dinkes.name
    assert page.locator("#agency-chosen").is_visible()

    page.check("#id_kind_2")  # permintaan informasi
    page.fill("#id_title", "Jadwal imunisasi anak")
    page.fill("#id_body", "Mohon informasi jadwal imunisasi anak di puskesmas wilayah Batam Kota bulan ini.")
    # A rule only the server knows: coordinates outside Indonesia.
    page.fill("#id_latitude", "-6.2")
    page.fill("#id_longitude", "150.5")
    page.click("button[type=submit]")
    page.wait_for_selector("#form-errors")
    assert "Koordinat berada di luar wilayah Indonesia." in page.locator("#form-errors").inner_text()
    assert page.input_value("#id_title") == "Jadwal imunisasi anak"
    # The region and the agency survive the round trip.
    assert page.input_value("#id_kabkota") == "21.71"
    assert page.input_value("#id_agency_id") == str(cast.dinkes.pk)
    keep(page, "portal-file-errors")

    page.fill("#id_longitude", "104.05")
    page.fill("#id_contact", "0812 7777 8888")
    page.click("button[type=submit]")
    page.wait_for_selector("#tracking-id")
    tracking_id = page.locator("#tracking-id").inner_text().strip()
    follow_url = page.locator("#follow-url").inner_text().strip()
    assert re.fullmatch(rf"http://127\.0\.0\.1:8000/lacak/{tracking_id}/\?token=[\w-]+", follow_url)
    keep(page, "portal-thanks")

    report = Report.objects.get(tracking_id=tracking_id)
    assert report.kind == "permintaan_informasi"
    assert report.region == cast.region_batam and report.agency == cast.dinkes
    assert report.contact == "0812 7777 8888"
    assert outside == []


def test_gunakan_lokasi_saya_fills_the_coordinates(transactional_db, cast, live_server, browser_context):
    browser_context.grant_permissions(["geolocation"], origin=live_server.url)
    browser_context.set_geolocation({"latitude": 1.1301, "longitude": 104.0529})
    page = browser_context.new_page()
    page.goto(f"{live_server.url}/lapor/")
    page.click("#geo-button")
    page.wait_for_function("document.getElementById('id_latitude').value !== ''")
    assert page.input_value("#id_latitude") == "1.130100"
    assert page.input_value("#id_longitude") == "104.052900"
    assert "Lokasi terisi" in page.locator("#geo-status").inner_text()


def test_dukung_updates_the_count_in_place(transactional_db, cast, live_server, browser_context):
    report = cast.disposed_to_pupr(title="Lampu lalu lintas mati di simpang Jodoh")
    client = Client()
    client.force_login(cast.pelapor_lain)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    browser_context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = browser_context.new_page()
    page.goto(f"{live_server.url}/lacak/{report.tracking_id}/")
    keep(page, "portal-report")
    page.get_by_role("button", name="Dukung").click()
    page.wait_for_selector("#support-box >> text=dukungan Anda tercatat")
    assert page.locator("#support-box strong").inner_text() == "1"
    assert page.url.endswith(f"/lacak/{report.tracking_id}/")  # no navigation happened
    assert Support.objects.filter(report=report, user=cast.pelapor_lain).exists()
