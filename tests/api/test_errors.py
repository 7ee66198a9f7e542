"""Every error is application/problem+json with an Indonesian `detail`; invalid fields are named."""

from lapor.reports.models import Report, ReportEvent

from .conftest import assert_problem
from .test_journey import REPORT


def test_it_refuses_missing_and_bad_tokens_with_401(cast, api):
    body = assert_problem(api.get("/me"), 401)
    assert body["detail"].startswith("Autentikasi diperlukan")
    response = api.get("/me", Authorization="Bearer lpr_tidak-ada")
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "kedaluwarsa" in assert_problem(response, 401)["detail"]
    assert_problem(api.get("/me", Authorization="Basic YWRtaW46YWRtaW4="), 401)
    # An endpoint open to anonymous callers still refuses a wrong token rather than ignoring it.
    assert_problem(api.get("/reports", Authorization="Bearer salah"), 401)
    assert_problem(api.post("/reports", REPORT, Authorization="Bearer salah"), 401)
    assert Report.objects.count() == 0


def test_it_names_the_fields_ninja_rejects(cast, api):
    body = assert_problem(api.post("/reports", {"kind": "keluhan", "body": "x"}), 422, "kind")
    assert body["errors"]["title"] == ["Wajib diisi."]
    assert_problem(api.post("/reports", {**REPORT, "incident_date": "kemarin"}), 422, "incident_date")
    assert_problem(api.post("/reports", {**REPORT, "lat": "utara"}), 422, "lat")
    assert_problem(api.post("/reports", {**REPORT, "agency_id": "batam"}), 422, "agency_id")
    assert_problem(api.get("/reports", {"limit": 1000}), 422, "limit")
    assert_problem(api.get("/reports", {"limit": 0}), 422, "limit")
    assert_problem(api.get("/reports", {"status": "selesai"}), 422, "status")
    assert_problem(api.get("/agencies", {"kind": "partai"}), 422, "kind")
    assert Report.objects.count() == 0


def test_it_names_the_fields_the_services_reject(cast, api):
    body = assert_problem(api.post("/reports", {**REPORT, "title": "Hai", "body": "pendek"}), 422, "title")
    assert "minimal 5 karakter" in body["errors"]["title"][0]
    assert "body" in body["errors"]
    assert_problem(api.post("/reports", {**REPORT, "region_code": "99.99"}), 422, "region_code")
    assert_problem(api.post("/reports", {**REPORT, "category": "tidak-ada"}), 422, "category")
    assert_problem(api.post("/reports", {**REPORT, "agency_id": 999999}), 422, "agency_id")
    assert_problem(api.post("/reports", {**REPORT, "lat": 51.5, "lon": -0.12}), 422, "lat")
    assert_problem(api.post("/reports", {**REPORT, "incident_date": "2999-01-01"}), 422, "incident_date")
    assert Report.objects.count() == 0


def test_bad_json_is_a_400_problem_not_a_500(cast, client):
    response = client.post("/api/v1/reports", "{kind: pengaduan", content_type="application/json")
    assert_problem(response, 400)
    response = client.post("/api/v1/reports", "[1, 2]", content_type="application/json")
    assert_problem(response, 422)


def test_transition_errors_map_to_403_404_409_422(cast, api):
    report = cast.disposed_to_pupr()
    url = f"/reports/{report.tracking_id}/transitions"
    # 404: no such report, and a rahasia report outside the caller's scope looks the same.
    assert_problem(api.post("/reports/ZZZZZZZZ/transitions", {"action": "respond"}, as_=cast.petugas_pupr), 404)
    secret = cast.disposed_to_pupr(confidential=True)
    body = assert_problem(
        api.post(
            f"/reports/{secret.tracking_id}/transitions", {"action": "respond", "message": "x"}, as_=cast.petugas_dinkes
        ),
        404,
    )
    assert body["detail"] == "Laporan tidak ditemukan."
    # 403: the sibling unit sees the public report but may not answer it; nor may oversight.
    for user in (cast.petugas_dinkes, cast.pengawas, cast.pimpinan_batam, cast.pelapor_lain):
        assert_problem(api.post(url, {"action": "respond", "message": "Bukan urusan saya."}, as_=user), 403)
    assert_problem(api.post(url, {"action": "respond", "message": "x"}), 403)
    # 409: the status does not allow it.
    assert (
        "tidak dapat dilakukan"
        in assert_problem(api.post(url, {"action": "verify"}, as_=cast.admin_nasional), 409)["detail"]
    )
    # 422: unknown action, missing message, bad target, bad score.
    assert_problem(api.post(url, {"action": "terbang"}, as_=cast.petugas_pupr), 422, "action")
    assert_problem(api.post(url, {"message": "x"}, as_=cast.petugas_pupr), 422, "action")
    assert_problem(api.post(url, {"action": "respond", "message": "  "}, as_=cast.petugas_pupr), 422, "message")
    assert_problem(
        api.post(url, {"action": "dispose", "agency_id": cast.tanjungpinang.pk}, as_=cast.admin_batam), 422, "agency_id"
    )
    assert_problem(api.post(url, {"action": "dispose", "agency_id": "x"}, as_=cast.admin_batam), 422, "agency_id")
    assert_problem(api.post(url, {"action": "respond", "score": "lima"}, as_=cast.petugas_pupr), 422, "score")
    # None of it left a trace.
    assert list(ReportEvent.objects.filter(report=report).values_list("action", flat=True)) == [
        "submit", "verify", "dispose"
    ]  # fmt: skip


def test_rating_needs_a_score_between_1_and_5(cast, api):
    report = cast.disposed_to_pupr()
    report = cast.act(report, "respond", cast.petugas_pupr, message="Selesai.")
    report = cast.act(report, "close", cast.admin_batam)
    url = f"/reports/{report.tracking_id}/transitions"
    assert_problem(api.post(url, {"action": "rate", "score": 9}, as_=cast.pelapor), 422, "score")
    assert_problem(api.post(url, {"action": "rate", "score": 0}, as_=cast.pelapor), 422, "score")
    assert_problem(api.post(url, {"action": "rate"}, as_=cast.pelapor), 422, "score")
    assert_problem(api.post(url, {"action": "rate", "score": 5}, as_=cast.pelapor_lain), 403)


def test_unknown_routes_and_methods_answer_in_problem_json(cast, api, client):
    assert "/api/v1/tidak-ada" in assert_problem(client.get("/api/v1/tidak-ada"), 404)["detail"]
    assert_problem(client.get("/api/v1/reports/ABC/tidak-ada"), 404)
    response = client.delete("/api/v1/agencies")
    assert_problem(response, 405)
    assert response["Allow"] == "GET"
    assert_problem(api.get("/agencies/999999"), 404)
    assert_problem(api.get("/agencies/bukan-angka"), 422, "agency_id")
    assert_problem(api.get("/reports/TIDAKADA"), 404)


def test_input_the_database_cannot_store_is_refused_not_a_500(cast, api, client, settings):
    body = assert_problem(api.post("/reports", {**REPORT, "title": "Jalan\x00rusak"}), 422, "title")
    assert "NUL" in body["errors"]["title"][0]
    assert_problem(api.get("/reports", {"q": "a\x00b"}), 422, "q")
    assert_problem(api.post("/reports", {**REPORT, "agency_id": 2**70}), 422, "agency_id")
    assert_problem(api.get("/reports", {"agency_id": 2**70}), 422, "agency_id")
    assert_problem(api.get("/agencies", {"parent": 2**70}), 422, "parent")
    assert_problem(api.get(f"/agencies/{2**70}"), 422, "agency_id")
    assert_problem(api.get("/reports/AB%00CD"), 404)
    assert_problem(api.get("/reports/" + "A" * 300), 404)
    assert client.get(f"/lampiran/{2**70}/").status_code == 404
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    assert_problem(api.post("/reports", {**REPORT, "body": "panjang " * 500}), 413)
    assert Report.objects.count() == 0
