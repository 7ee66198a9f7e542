"""Who sees which report, decided in one place (selectors.visible_reports), as a readable table.

Columns are reports: a public one, an anonim one and a rahasia one, all disposed to Dinas PUPR Kota
Batam; an unverified one in the national queue; an unverified one whose reporter chose Pemkot Batam.
"""

import pytest

from lapor.reports.selectors import get_visible_report, may_see_reporter_identity, visible_reports

REPORTS = ["public", "anonim", "rahasia", "national_queue", "chosen_batam"]
Y, N = True, False
# fmt: off
MATRIX = {
    #                      public anonim rahasia national chosen
    "anonymous_visitor":   (Y,    Y,     N,      N,       N),
    "pelapor":             (Y,    Y,     Y,      Y,       Y),
    "pelapor_lain":        (Y,    Y,     N,      N,       N),
    "admin_nasional":      (Y,    Y,     Y,      Y,       Y),
    "pengawas":            (Y,    Y,     Y,      Y,       Y),
    "admin_kepri":         (Y,    Y,     Y,      N,       Y),  # parent agency
    "admin_batam":         (Y,    Y,     Y,      N,       Y),  # own government
    "pimpinan_batam":      (Y,    Y,     Y,      N,       Y),
    "petugas_pupr":        (Y,    Y,     Y,      N,       N),  # own unit
    "petugas_dinkes":      (Y,    Y,     N,      N,       N),  # sibling unit
    "admin_tanjungpinang": (Y,    Y,     N,      N,       N),  # sibling government
}
# fmt: on
# Who may see the identity of the reporter of the anonim report.
ANONIM_IDENTITY = {"pelapor", "admin_nasional"}


@pytest.fixture
def reports(cast):
    public = cast.disposed_to_pupr()
    anonim = cast.disposed_to_pupr(anonymous=True)
    rahasia = cast.disposed_to_pupr(confidential=True)
    national_queue, _ = cast.file(cast.pelapor)
    chosen, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    return dict(zip(REPORTS, [public, anonim, rahasia, national_queue, chosen], strict=True))


@pytest.mark.parametrize("who", MATRIX)
def test_visibility_follows_the_matrix(cast, reports, who):
    viewer = cast.viewer(None if who == "anonymous_visitor" else getattr(cast, who))
    visible_ids = set(visible_reports(viewer).values_list("pk", flat=True))
    for name, expected in zip(REPORTS, MATRIX[who], strict=True):
        assert (reports[name].pk in visible_ids) is expected, f"{who} × {name}"
        if expected:
            assert get_visible_report(viewer, reports[name].tracking_id).pk == reports[name].pk


@pytest.mark.parametrize("who", MATRIX)
def test_anonim_identity_reaches_only_the_reporter_and_national_admin(cast, reports, who):
    viewer = cast.viewer(None if who == "anonymous_visitor" else getattr(cast, who))
    assert may_see_reporter_identity(viewer, reports["anonim"]) is (who in ANONIM_IDENTITY)
