"""The workspace in headless Chromium: htmx filters swap the list in place, the agency picker fills its field.

Skipped when Chromium is missing, unless LAPOR_REQUIRE_BROWSER=1. Set WS_SCREENSHOTS=<dir> to keep
screenshots of what the browser saw.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client

from lapor.reports.models import Report, Status

from .helpers import place_reports

pytestmark = pytest.mark.browser


@pytest.fixture
def browser_context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    yield context
    context.close()


def signed_in(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return context.new_page()


def keep(page, name):
    directory = os.environ.get("WS_SCREENSHOTS")
    if directory:
        Path(directory).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(directory) / f"{name}.png"), full_page=True)


def test_filters_swap_the_list_without_a_reload(transactional_db, cast, live_server, browser_context):
    placed = place_reports(cast)
    page = signed_in(browser_context, live_server, cast.admin_batam)
    page.goto(f"{live_server.url}/petugas/")
    assert page.locator("table.ws-table tbody tr").count() == 3
    page.evaluate("window.__sameDocument = true")

    page.select_option("#id_status", "submitted")
    page.wait_for_url("**/petugas/?*status=submitted*")
    assert page.locator("table.ws-table tbody tr").count() == 1
    assert placed.batam.tracking_id in page.locator("table.ws-table").inner_text()
    assert page.evaluate("window.__sameDocument") is True  # swapped by htmx, not reloaded
    assert page.locator(".count.active").inner_text().endswith("Belum terverifikasi")

    page.click("a.count >> text=Semua yang berjalan")
    page.wait_for_url(lambda url: "status=" not in url)
    page.fill("#id_q", "puskesmas")
    page.press("#id_q", "Enter")
    page.wait_for_url("**q=puskesmas*")
    assert page.locator("table.ws-table tbody tr").count() == 1
    assert placed.dinkes.tracking_id in page.locator("table.ws-table").inner_text()
    assert page.evaluate("window.__sameDocument") is True
    keep(page, "workspace-inbox-filtered")


def test_the_agency_picker_routes_a_report(transactional_db, cast, live_server, browser_context):
    report, _ = cast.file(cast.pelapor, title="Pelayanan KTP lambat sekali")
    page = signed_in(browser_context, live_server, cast.admin_nasional)
    page.goto(f"{live_server.url}/petugas/laporan/{report.tracking_id}/")
    page.click("#aksi-verify summary")
    page.fill("#picker-verify-q", "Batam")
    option = page.locator(f'#picker-verify-results .ws-picker-option[hx-get$="pilih={cast.batam.pk}"]')
    option.wait_for()
    # Enter in the search box must not submit the form.
    page.press("#picker-verify-q", "Enter")
    option.click()
    hidden = page.locator('#picker-verify-chosen input[name="agency_id"]')
    hidden.wait_for(state="attached")
    assert hidden.get_attribute("value") == str(cast.batam.pk)
    assert page.locator("#picker-verify-results li").count() == 0
    keep(page, "workspace-picker-chosen")

    page.fill("#id_verify_message", "Diteruskan ke Pemkot Batam untuk ditindaklanjuti.")
    page.click("#aksi-verify button[type=submit]")
    page.wait_for_selector(".message.success")
    report.refresh_from_db()
    assert (report.status, report.agency_id) == (Status.DISPOSED, cast.batam.pk)
    assert "Diverifikasi dan diteruskan" in page.locator(".ws-timeline").inner_text()
    keep(page, "workspace-report-verified")


def test_a_unit_officer_answers_with_the_form(transactional_db, cast, live_server, browser_context):
    report = cast.disposed_to_pupr()
    page = signed_in(browser_context, live_server, cast.petugas_pupr)
    page.goto(f"{live_server.url}/petugas/laporan/{report.tracking_id}/")
    page.click("#aksi-respond summary")
    page.fill("#aksi-respond textarea", "Lubang sudah kami tambal pagi ini.")
    page.click("#aksi-respond button[type=submit]")
    page.wait_for_selector(".message.success")
    assert Report.objects.get(pk=report.pk).status == Status.FOLLOWED_UP
    keep(page, "workspace-report-answered")
