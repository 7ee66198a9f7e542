"""Rate limits on the portal's filing form: per client address, and per reporter (account or contact).

The limits are off in the test settings; each test here sets a small one.
"""

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.test import Client

from lapor.reports.models import Report

from .conftest import report_form_data

ROOT = Path(__file__).resolve().parents[3]
HOME = "203.0.113.5"
NEIGHBOUR = "198.51.100.7"
PROXY = "192.0.2.10"


@pytest.fixture
def audit_log(caplog):
    """The `lapor.audit` records (that logger does not propagate to the root, where caplog listens)."""
    audit = logging.getLogger("lapor.audit")
    audit.addHandler(caplog.handler)
    yield caplog
    audit.removeHandler(caplog.handler)


def file(client, cast, address=HOME, forwarded_for=None, **overrides):
    meta = {"REMOTE_ADDR": address}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return client.post("/lapor/", report_form_data(cast, **overrides), **meta)


def test_the_limits_are_off_unless_a_test_sets_them(settings):
    assert settings.REPORT_RATE_LIMIT_PER_ADDRESS is None
    assert settings.REPORT_RATE_LIMIT_PER_REPORTER is None


def test_an_address_over_its_limit_gets_429_with_everything_it_typed(client, cast, settings, audit_log):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "2/h"
    assert file(client, cast).status_code == 302
    assert file(client, cast).status_code == 302

    response = file(
        client,
        cast,
        title="Drainase tersumbat di Batu Aji",
        body="Saluran air di depan SD 12 tersumbat sampah, tiap hujan jalan tergenang setinggi lutut.",
        contact="warga.batuaji@example.id",
    )

    html = response.content.decode()
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "Terlalu banyak laporan dikirim dari jaringan Anda" in html
    assert "Isian Anda masih ada di formulir ini" in html
    # Nothing typed is lost: the form comes back filled in.
    assert 'value="Drainase tersumbat di Batu Aji"' in html
    assert "Saluran air di depan SD 12 tersumbat sampah" in html
    assert 'value="warga.batuaji@example.id"' in html
    assert f'<option value="{cast.region_batam.code}" selected>' in html
    assert Report.objects.count() == 2
    refused = [r for r in audit_log.records if r.name == "lapor.audit" and "report_file_rate_limited" in r.getMessage()]
    assert len(refused) == 1
    assert "scope=address" in refused[0].getMessage() and HOME in refused[0].getMessage()


def test_every_attempt_counts_against_the_address_even_an_invalid_one(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "2/h"
    assert file(client, cast, title="").status_code == 200  # invalid: shown again with the error
    assert file(client, cast, title="").status_code == 200

    assert file(client, cast).status_code == 429
    assert not Report.objects.exists()


def test_other_addresses_are_not_affected(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    assert file(client, cast).status_code == 302
    assert file(client, cast).status_code == 429

    assert file(Client(), cast, address=NEIGHBOUR).status_code == 302


def test_an_ipv6_household_is_counted_as_one_network(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    assert file(client, cast, address="2001:db8:1:2::10").status_code == 302

    assert file(client, cast, address="2001:db8:1:2:abcd::99").status_code == 429  # same /64
    assert file(client, cast, address="2001:db8:1:3::10").status_code == 302  # another /64


def test_x_forwarded_for_is_ignored_unless_proxies_are_declared(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    assert file(client, cast, forwarded_for="1.1.1.1").status_code == 302

    # A client cannot escape the limit by inventing a new forwarded address.
    assert file(client, cast, forwarded_for="8.8.8.8").status_code == 429


def test_behind_a_trusted_proxy_each_client_is_counted_on_its_own(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    settings.TRUSTED_PROXY_COUNT = 1
    assert file(client, cast, address=PROXY, forwarded_for=HOME).status_code == 302
    assert file(client, cast, address=PROXY, forwarded_for=NEIGHBOUR).status_code == 302

    # Only the entry the proxy wrote counts; what the client put in front of it is ignored.
    forged = f"9.9.9.9, {HOME}"
    assert file(client, cast, address=PROXY, forwarded_for=forged).status_code == 429


def test_a_signed_in_reporter_is_limited_by_filed_reports_only(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "2/h"
    client.force_login(cast.pelapor)
    assert file(client, cast, title="").status_code == 200  # a form error does not use up the limit
    assert file(client, cast).status_code == 302
    assert file(client, cast).status_code == 302

    response = file(client, cast, title="Laporan ketiga dalam satu jam")

    assert response.status_code == 429
    html = response.content.decode()
    assert "Anda sudah mengirim terlalu banyak laporan dalam waktu singkat" in html
    assert 'value="Laporan ketiga dalam satu jam"' in html
    assert Report.objects.filter(reporter=cast.pelapor).count() == 2
    # The same address is not blocked for another citizen.
    other = Client()
    other.force_login(cast.pelapor_lain)
    assert file(other, cast).status_code == 302


def test_a_reporter_without_an_account_is_known_by_the_normalised_contact(client, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "1/h"
    assert file(client, cast, contact="0812-1111-2222").status_code == 302

    assert file(Client(), cast, address=NEIGHBOUR, contact="+62 812 1111 2222").status_code == 429
    assert file(Client(), cast, contact="Warga@Example.id").status_code == 302
    assert file(Client(), cast, contact="warga+lapor@example.id").status_code == 429
    # Without a contact only the address limit applies.
    assert file(Client(), cast, contact="").status_code == 302


def test_the_database_counter_increments_in_one_step(db):
    cache = caches["default"]
    assert type(cache).__module__ == "lapor.core.ratelimit"
    cache.add("uji:hitung", 0, 60)

    assert [cache.incr("uji:hitung") for _ in range(3)] == [1, 2, 3]
    assert cache.get("uji:hitung") == 3
    with pytest.raises(ValueError):
        cache.incr("uji:tidak-ada")


def test_filing_goes_on_when_the_counter_store_is_down(client, cast, settings, caplog):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "1/h"
    # Nothing listens on port 1 of the loopback address: every cache call fails at once.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
    }
    client.force_login(cast.pelapor)

    assert file(client, cast).status_code == 302
    assert file(client, cast).status_code == 302

    assert Report.objects.filter(reporter=cast.pelapor).count() == 2
    assert any("Rate-limit counter unavailable" in r.getMessage() for r in caplog.records)


def test_a_malformed_limit_stops_the_start():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "DEBUG": "1", "REPORT_RATE_LIMIT_PER_ADDRESS": "banyak", "VAR_DIR": "/tmp"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "REPORT_RATE_LIMIT_PER_ADDRESS must look like 20/h" in result.stderr
