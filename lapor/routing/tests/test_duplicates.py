"""Duplicates: suggested while typing, seen by officers, merged without deleting anything."""

import pytest
from django.urls import reverse

from lapor.notifications.models import Channel, Notification
from lapor.reports.models import Report, Status
from lapor.routing.duplicates import similar_reports, similarity, words

pytestmark = pytest.mark.django_db

BRIDGE = (
    "Jembatan gantung Sei Beduk putus",
    "Jembatan gantung di Sei Beduk putus sejak banjir kemarin, anak sekolah terpaksa menyeberang sungai.",
)
BRIDGE_AGAIN = (
    "Jembatan putus di Sei Beduk",
    "Tolong jembatan gantung sei beduk yang putus diperbaiki, anak-anak sekolah menyeberangi sungai tiap pagi.",
)
LAMPS = ("Lampu jalan mati", "Lampu penerangan jalan umum di perumahan kami mati sudah dua minggu, gelap dan rawan.")


def test_the_same_problem_in_other_words_is_similar_and_another_problem_is_not():
    bridge, again, lamps = (words(f"{t} {b}") for t, b in (BRIDGE, BRIDGE_AGAIN, LAMPS))
    assert similarity(bridge, again) >= 0.5
    assert similarity(bridge, lamps) < 0.2
    assert "yang" not in bridge and "jembatan" in bridge


def test_only_open_reports_of_the_same_place_are_candidates(cast):
    main = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1])
    elsewhere = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1], region_code="21.72")
    closed = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1])
    Report.objects.filter(pk=closed.pk).update(status=Status.CLOSED)
    found = similar_reports(Report.objects.all(), f"{BRIDGE_AGAIN[0]} {BRIDGE_AGAIN[1]}", region_code="21.71")
    assert [s.report for s in found] == [main]
    assert elsewhere not in [s.report for s in found]
    assert similar_reports(Report.objects.all(), "jembatan", region_code="21.71") == []  # too little to go on


def test_a_citizen_typing_is_offered_to_support_the_similar_public_report(cast, client):
    main = cast.disposed_to_pupr(title=BRIDGE[0] + " hubungi 0812 3456 7890", body=BRIDGE[1])
    private, _ = cast.file(cast.pelapor, title=BRIDGE[0], body=BRIDGE[1], confidential=True)
    response = client.get(
        reverse("portal:similar"), {"title": BRIDGE_AGAIN[0], "body": BRIDGE_AGAIN[1], "kabkota": "21.71"}
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Dukung laporan ini?" in html
    assert reverse("portal:report", args=[main.tracking_id]) in html
    assert "0812 3456 7890" not in html and "[nomor telepon disembunyikan]" in html  # public, so masked
    assert private.tracking_id not in html  # rahasia: never suggested
    other = client.get(reverse("portal:similar"), {"title": LAMPS[0], "body": LAMPS[1], "kabkota": "21.71"})
    assert "Dukung" not in other.content.decode()


def test_an_admin_merges_a_duplicate_which_then_follows_the_main_reports_answers(cast, client):
    main = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1])
    duplicate, token = cast.file(None, title=BRIDGE_AGAIN[0], body=BRIDGE_AGAIN[1], contact="warga.beduk@example.id")
    duplicate = cast.act(duplicate, "verify", cast.admin_nasional, agency_id=cast.batam.pk)

    client.force_login(cast.admin_batam)
    page = client.get(reverse("workspace:report", args=[duplicate.tracking_id])).content.decode()
    assert "Kemungkinan duplikat" in page and f"Gabungkan ke #{main.tracking_id}" in page
    response = client.post(
        reverse("workspace:action", args=[duplicate.tracking_id, "merge"]),
        {"version": duplicate.version, "duplicate_of": main.tracking_id},
    )
    assert response.status_code == 302
    duplicate.refresh_from_db()
    assert duplicate.status == Status.ARCHIVED and duplicate.duplicate_of == main
    assert (
        duplicate.archive_reason == "duplicate" and Report.objects.filter(pk__in=[main.pk, duplicate.pk]).count() == 2
    )
    told = Notification.objects.get(report=duplicate, channel=Channel.EMAIL, kind="archived")
    assert f"#{main.tracking_id}" in told.subject and told.address == "warga.beduk@example.id"

    cast.act(main, "respond", cast.petugas_pupr, message="Jembatan darurat dipasang hari Senin.")
    followed = Notification.objects.get(report=duplicate, channel=Channel.EMAIL, kind="answered")
    assert f"#{main.tracking_id}" in followed.subject and "Jembatan darurat dipasang" in followed.body
    client.logout()
    url = reverse("portal:report", args=[duplicate.tracking_id])
    assert client.get(url).status_code == 404  # archived: not public
    followed_page = client.get(url, {"token": token}, follow=True).content.decode()  # its reporter, by the link
    assert f"laporan #{main.tracking_id} dan digabungkan dengannya" in followed_page


@pytest.mark.parametrize(
    "target, message",
    [
        ("self", "dirinya sendiri"),
        ("NOPE2345", "tidak ditemukan"),
        ("confidential", "rahasia"),
        ("", "Isi nomor laporan utama"),
    ],
)
def test_a_merge_into_an_impossible_main_report_is_refused_clearly(cast, target, message):
    from django.core.exceptions import ValidationError

    report = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1])
    secret = cast.disposed_to_pupr(title=BRIDGE[0], body=BRIDGE[1], confidential=True)
    tracking_id = {"self": report.tracking_id, "confidential": secret.tracking_id}.get(target, target)
    with pytest.raises(ValidationError) as refused:
        cast.act(report, "merge", cast.admin_batam, duplicate_of=tracking_id)
    assert message in str(refused.value.message_dict["duplicate_of"])
    report.refresh_from_db()
    assert report.status == Status.DISPOSED and report.duplicate_of is None
