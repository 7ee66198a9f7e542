import pytest

from lapor.reports.models import Report
from lapor.reports.selectors import public_q

from .conftest import assert_problem

pytestmark = pytest.mark.django_db


def test_an_admin_merges_a_duplicate_through_the_api(api, cast):
    main = cast.disposed_to_pupr(
        title="Jembatan Sei Beduk putus", body="Jembatan gantung Sei Beduk putus sejak banjir."
    )
    duplicate = cast.disposed_to_pupr(
        title="Jembatan putus", body="Jembatan gantung di Sei Beduk putus, anak sekolah susah."
    )
    refused = api.post(
        f"/reports/{duplicate.tracking_id}/transitions",
        {"action": "merge", "duplicate_of": "NOPE2345"},
        as_=cast.admin_batam,
    )
    assert_problem(refused, 422, "duplicate_of")
    api.act(duplicate.tracking_id, "merge", as_=cast.petugas_pupr, expect=403, duplicate_of=main.tracking_id)
    done = api.act(duplicate.tracking_id, "merge", as_=cast.admin_batam, duplicate_of=main.tracking_id)
    assert "archived" in str(done)
    merged = Report.objects.get(pk=duplicate.pk)
    assert merged.duplicate_of == main and merged.archive_reason == "duplicate"
    assert not Report.objects.filter(public_q(), pk=duplicate.pk).exists()
    events = api.get(f"/reports/{duplicate.tracking_id}/events", as_=cast.admin_batam).json()
    assert events[-1]["action"] == "merge"
