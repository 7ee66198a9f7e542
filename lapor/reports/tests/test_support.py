import pytest

from lapor.reports.exceptions import ActionNotAllowed, ReportNotFound
from lapor.reports.services import report_support


def test_a_citizen_supports_a_public_report_once(cast):
    report = cast.disposed_to_pupr()
    assert report_support(viewer=cast.viewer(cast.pelapor_lain), report=report) is True
    assert report_support(viewer=cast.viewer(cast.pelapor_lain), report=report) is False
    report.refresh_from_db()
    assert report.support_count == 1


def test_the_reporter_cannot_support_their_own_report(cast):
    report = cast.disposed_to_pupr()
    with pytest.raises(ActionNotAllowed):
        report_support(viewer=cast.viewer(cast.pelapor), report=report)


def test_confidential_reports_cannot_be_supported(cast):
    report = cast.disposed_to_pupr(confidential=True)
    with pytest.raises(ReportNotFound):
        report_support(viewer=cast.viewer(cast.pelapor_lain), report=report)
