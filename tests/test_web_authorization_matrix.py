"""The visibility matrix, over the web pages: the citizen page /lacak/<id>/ and the officers' page.

The same table as lapor/reports/tests/test_visibility_matrix.py (selectors) and
tests/api/test_authorization_matrix.py (API): a page you may not see is a 404, and an anonim
reporter's name never reaches an agency user's HTML.
"""

import pytest

from lapor.reports.tests.test_visibility_matrix import ANONIM_IDENTITY, MATRIX, REPORTS

OFFICERS = {
    "admin_nasional",
    "pengawas",
    "admin_kepri",
    "admin_batam",
    "pimpinan_batam",
    "petugas_pupr",
    "petugas_dinkes",
    "admin_tanjungpinang",
}


@pytest.fixture
def reports(cast):
    public = cast.disposed_to_pupr()
    anonim = cast.disposed_to_pupr(anonymous=True)
    rahasia = cast.disposed_to_pupr(confidential=True)
    national_queue, _ = cast.file(cast.pelapor)
    chosen, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    return dict(zip(REPORTS, [public, anonim, rahasia, national_queue, chosen], strict=True))


@pytest.mark.parametrize("who", MATRIX)
def test_web_pages_follow_the_matrix(client, cast, reports, who):
    if who != "anonymous_visitor":
        client.force_login(getattr(cast, who))
    for name, expected in zip(REPORTS, MATRIX[who], strict=True):
        tracking_id = reports[name].tracking_id
        citizen_page = client.get(f"/lacak/{tracking_id}/")
        assert citizen_page.status_code == (200 if expected else 404), f"{who} × {name} on /lacak/"
        if who in OFFICERS:
            officer_page = client.get(f"/petugas/laporan/{tracking_id}/")
            assert officer_page.status_code == (200 if expected else 404), f"{who} × {name} on /petugas/"
            if name == "anonim" and who not in ANONIM_IDENTITY:
                for page in (citizen_page, officer_page):
                    html = page.content.decode()
                    assert cast.pelapor.full_name not in html and cast.pelapor.email not in html, who


@pytest.mark.parametrize("who", ["pelapor_lain", "anonymous_visitor"])
def test_citizens_are_not_let_into_the_workspace(client, cast, reports, who):
    if who != "anonymous_visitor":
        client.force_login(getattr(cast, who))
    response = client.get(f"/petugas/laporan/{reports['public'].tracking_id}/")
    assert response.status_code in {302, 403}
