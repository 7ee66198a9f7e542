"""POST /api/v1/reports under the filing limits: 429 problem+json with Retry-After, counted like the portal."""

import json

from lapor.reports.models import Report

from .conftest import assert_problem

HOME = "203.0.113.5"
NEIGHBOUR = "198.51.100.7"


def payload(cast, **overrides) -> dict:
    body = {
        "kind": "pengaduan",
        "title": "Lampu jalan padam di Jalan Sudirman",
        "body": "Sudah dua minggu lampu jalan di sepanjang Jalan Sudirman padam sehingga rawan kecelakaan.",
        "region_code": cast.region_batam.code,
        "category": cast.category_jalan.code,
    }
    body.update(overrides)
    return body


def post_report(api, cast, *, address=HOME, as_=None, **overrides):
    return api.client.post(
        "/api/v1/reports",
        json.dumps(payload(cast, **overrides)),
        content_type="application/json",
        headers=api.headers(as_),
        REMOTE_ADDR=address,
    )


def test_an_address_over_its_limit_gets_a_problem_with_retry_after(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "2/h"
    assert post_report(api, cast).status_code == 201
    assert post_report(api, cast).status_code == 201

    response = post_report(api, cast)

    body = assert_problem(response, 429)
    assert body["title"] == "Terlalu banyak permintaan"
    assert "Terlalu banyak laporan dikirim dari jaringan Anda" in body["detail"]
    assert 0 < int(response["Retry-After"]) <= 3600
    assert f"{-(-int(response['Retry-After']) // 60)} menit" in body["detail"]
    assert Report.objects.count() == 2


def test_other_addresses_are_not_affected(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "1/h"
    assert post_report(api, cast).status_code == 201
    assert post_report(api, cast).status_code == 429

    assert post_report(api, cast, address=NEIGHBOUR).status_code == 201


def test_a_signed_in_reporter_is_limited_per_account(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "2/h"
    assert post_report(api, cast, as_=cast.pelapor).status_code == 201
    assert post_report(api, cast, as_=cast.pelapor, address=NEIGHBOUR).status_code == 201

    response = post_report(api, cast, as_=cast.pelapor, address="192.0.2.44")  # a new address does not help

    body = assert_problem(response, 429)
    assert "Anda sudah mengirim terlalu banyak laporan" in body["detail"]
    assert int(response["Retry-After"]) > 0
    assert post_report(api, cast, as_=cast.pelapor_lain).status_code == 201
    assert Report.objects.filter(reporter=cast.pelapor).count() == 2


def test_a_refused_domain_validation_does_not_use_up_the_reporter_limit(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "1/h"
    rejected = post_report(api, cast, as_=cast.pelapor, region_code="99.99")
    assert rejected.status_code == 422

    assert post_report(api, cast, as_=cast.pelapor).status_code == 201
    assert post_report(api, cast, as_=cast.pelapor).status_code == 429


def test_a_reporter_without_an_account_is_known_by_the_normalised_contact(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_REPORTER = "1/h"
    assert post_report(api, cast, contact="Budi@Example.id").status_code == 201

    assert post_report(api, cast, contact=" budi+lapor@example.id ", address=NEIGHBOUR).status_code == 429
    assert post_report(api, cast, contact="0812 3333 4444").status_code == 201


def test_the_portal_and_the_api_share_the_counters(api, cast, settings):
    settings.REPORT_RATE_LIMIT_PER_ADDRESS = "2/h"
    from lapor.portal.tests.conftest import report_form_data

    assert api.client.post("/lapor/", report_form_data(cast), REMOTE_ADDR=HOME).status_code == 302
    assert post_report(api, cast).status_code == 201

    assert_problem(post_report(api, cast), 429)


def test_the_openapi_document_announces_the_429(api):
    operation = api.get("/openapi.json").json()["paths"]["/api/v1/reports"]["post"]

    assert "429" in operation["responses"]
