"""The officers' lists show an anonim report's title as its page does: personal data masked for the
agencies, in full for the national admin (`may_see_original_text` decides for every list). Their text
filters match the title as it is shown, so a NIK typed in cannot find the report either.

There is no CSV or other export of these lists; a new one must show `shown_title` as well.
"""

import pytest
from django.urls import reverse

NIK = "3171012301900001"
TITLE = f"Pungli pengurusan KTP, NIK saya {NIK}"
MASKED = "Pungli pengurusan KTP, NIK saya [NIK disembunyikan]"
INBOX = reverse("workspace:inbox")
QUEUE = reverse("workspace:verification")


def listing(client, user, url, **params):
    client.force_login(user)
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode(), {r.tracking_id for r in response.context["page"].rows}


@pytest.fixture
def handled(cast):
    """An anonim report disposed to Dinas PUPR."""
    return cast.disposed_to_pupr(title=TITLE, anonymous=True)


@pytest.fixture
def waiting(cast):
    """An anonim report waiting for Batam's verification."""
    report, _token = cast.file(None, title=TITLE, anonymous=True, agency_id=cast.batam.pk)
    return report


def test_the_inbox_masks_an_anonim_title_for_the_agency_and_shows_it_to_the_national_admin(cast, client, handled):
    html, ids = listing(client, cast.petugas_pupr, INBOX)
    assert handled.tracking_id in ids and MASKED in html and NIK not in html
    html, ids = listing(client, cast.admin_nasional, INBOX)
    assert handled.tracking_id in ids and TITLE in html


def test_the_inbox_shows_a_named_reports_title_in_full_to_its_agency(cast, client):
    named = cast.disposed_to_pupr(title=TITLE)
    html, ids = listing(client, cast.petugas_pupr, INBOX)
    assert named.tracking_id in ids and TITLE in html


def test_the_inbox_text_filter_does_not_find_an_anonim_report_by_its_hidden_nik(cast, client, handled):
    assert listing(client, cast.petugas_pupr, INBOX, q=NIK)[1] == set()
    assert listing(client, cast.petugas_pupr, INBOX, q="Pungli pengurusan")[1] == {handled.tracking_id}
    assert listing(client, cast.admin_nasional, INBOX, q=NIK)[1] == {handled.tracking_id}


def test_the_verification_queue_masks_an_anonim_title_for_the_agency_admin(cast, client, waiting):
    html, ids = listing(client, cast.admin_batam, QUEUE)
    assert waiting.tracking_id in ids and MASKED in html and NIK not in html
    assert listing(client, cast.admin_batam, QUEUE, q=NIK)[1] == set()
    html, ids = listing(client, cast.admin_nasional, QUEUE)
    assert waiting.tracking_id in ids and TITLE in html
    assert listing(client, cast.admin_nasional, QUEUE, q=NIK)[1] == {waiting.tracking_id}


def test_the_likely_duplicates_on_a_report_page_mask_an_anonim_title_for_the_agency(cast, client):
    body = "Jembatan gantung di Sei Beduk putus sejak banjir kemarin, anak sekolah terpaksa menyeberang sungai."
    anonim = cast.disposed_to_pupr(title=f"Jembatan gantung Sei Beduk putus, NIK saya {NIK}", body=body, anonymous=True)
    other, _token = cast.file(cast.pelapor_lain, title="Jembatan putus di Sei Beduk", body=body)
    other = cast.act(other, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    client.force_login(cast.admin_batam)
    html = client.get(reverse("workspace:report", args=[other.tracking_id])).content.decode()
    assert "Kemungkinan duplikat" in html and f"#{anonim.tracking_id}" in html
    assert NIK not in html and "[NIK disembunyikan]" in html
