"""Dukung (support) over the API, and the API's own documentation."""

from lapor.reports.models import Report, Support

from .conftest import assert_problem


def test_a_citizen_supports_a_public_report_once(cast, api):
    report = cast.disposed_to_pupr()
    url = f"/reports/{report.tracking_id}/support"
    assert api.post(url, as_=cast.pelapor_lain).json() == {"support_count": 1, "supported": True}
    assert api.post(url, as_=cast.pelapor_lain).json() == {"support_count": 1, "supported": True}
    assert api.post(url, as_=cast.admin_batam).json() == {"support_count": 2, "supported": True}
    assert Support.objects.filter(report=report).count() == 2
    assert Report.objects.get(pk=report.pk).support_count == 2
    assert api.get(f"/reports/{report.tracking_id}").json()["support_count"] == 2


def test_support_needs_an_account_and_a_public_report(cast, api):
    report = cast.disposed_to_pupr()
    assert_problem(api.post(f"/reports/{report.tracking_id}/support"), 401)
    secret = cast.disposed_to_pupr(confidential=True)
    # The reporter sees their rahasia report but it cannot be supported: it is not public.
    assert_problem(api.post(f"/reports/{secret.tracking_id}/support", as_=cast.pelapor), 404)
    assert_problem(api.post(f"/reports/{secret.tracking_id}/support", as_=cast.pelapor_lain), 404)
    assert not Support.objects.exists()


def test_openapi_documents_every_endpoint_and_the_bearer_scheme(db, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["components"]["securitySchemes"] == {"BearerAuth": {"type": "http", "scheme": "bearer"}}
    paths = schema["paths"]
    for path, method in [
        ("/api/v1/auth/token", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/agencies", "get"),
        ("/api/v1/agencies/{agency_id}", "get"),
        ("/api/v1/reports", "post"),
        ("/api/v1/reports", "get"),
        ("/api/v1/reports/{tracking_id}", "get"),
        ("/api/v1/reports/{tracking_id}/transitions", "post"),
        ("/api/v1/reports/{tracking_id}/events", "get"),
        ("/api/v1/reports/{tracking_id}/attachments", "post"),
        ("/api/v1/reports/{tracking_id}/support", "post"),
    ]:
        assert method in paths[path], (path, method)
    assert paths["/api/v1/me"]["get"]["security"] == [{"BearerAuth": []}]
    # Open endpoints say that the token is optional.
    assert paths["/api/v1/reports"]["post"]["security"] == [{"BearerAuth": []}, {}]
    assert "security" not in paths["/api/v1/auth/token"]["post"]
    assert "201" in paths["/api/v1/reports"]["post"]["responses"]


def test_the_docs_page_loads_its_scripts_from_this_server(db, client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "swagger-ui-bundle.js" in html and "cdn" not in html.lower()
