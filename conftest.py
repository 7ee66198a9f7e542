"""The cast every test can use: a small government tree and one person in each role.

KemenPANRB (national admin), Ombudsman RI (oversight), Pemprov Kepulauan Riau (parent) with
Pemkot Batam (agency admin, leadership) and its Dinas PUPR and Dinas Kesehatan (officers), and the
sibling Pemkot Tanjungpinang (another agency admin); two citizens.
"""

import os
import shutil

import pytest
from django.db import connections

from lapor.testing import Cast, build_cast

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def cast(db) -> Cast:
    return build_cast()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded attachments go to a throwaway directory, never into var/."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def browser():
    """Debian's headless Chromium driven by Playwright (which never downloads a browser here).

    One per test: Playwright's sync API keeps an asyncio loop running in this thread while it lives,
    which other tests (the bench's HTTP client) must not inherit.

    Without Chromium the browser tests are skipped, unless LAPOR_REQUIRE_BROWSER=1 (as in CI).
    """
    if not CHROMIUM:
        if os.environ.get("LAPOR_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required for the browser tests (apt-get install chromium).")
        pytest.skip("Chromium is not installed; browser tests skipped.")
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make around it
    # are ordinary synchronous calls, so Django's async-safety guard does not apply to them.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    from lapor.routing.services import current_classifier

    # Officers' pages suggest agencies, and with no stored model the first suggestion trains one from
    # the bootstrap corpus (half a minute, once per process): do it before any page load is timed.
    current_classifier()

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        yield chromium
        # While Playwright's loop runs in this thread, asgiref gives the ORM calls made here their own
        # connections, apart from the test's: close them, or they outlive the test database.
        connections.close_all()
        chromium.close()
