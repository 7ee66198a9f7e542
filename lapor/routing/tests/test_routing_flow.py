"""The router inside the lifecycle: automatic routing, the verification queue's suggestions, corrections."""

import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from lapor.agencies.models import Agency
from lapor.reports.models import ReportEvent, Status
from lapor.routing.evaluation import AgencyNames
from lapor.routing.models import RoutingDecision, RoutingFeedback
from lapor.routing.rules import load_rules
from lapor.routing.services import route_report, route_text

pytestmark = pytest.mark.django_db

ROAD = (
    "Jalan berlubang di Jl. Ahmad Yani Batam",
    "Jalan rusak dan berlubang besar di depan pasar, aspal mengelupas, motor sering jatuh. "
    "Drainase tersumbat sehingga jalan tergenang setiap hujan. Mohon segera diperbaiki.",
)
ELECTRICITY = (
    "Listrik padam setiap malam",
    "Listrik PLN padam hampir setiap malam sudah dua minggu, token listrik juga sering error. "
    "Tiang listrik miring di depan rumah. Mohon ditindaklanjuti.",
)


@pytest.fixture
def routing(settings, cast):
    settings.ROUTING_ENABLED = True
    settings.ROUTING_AUTO_THRESHOLD = 0.5
    load_rules()
    pln = Agency(
        code="pln", name="PT Perusahaan Listrik Negara (Persero)", short_name="PLN", level="pusat", kind="bumn"
    )
    pln.save()
    return pln


def file(cast, django_capture_on_commit_callbacks, text, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        report, _ = cast.file(cast.pelapor, title=text[0], body=text[1], **fields)
    report.refresh_from_db()
    return report


def test_a_clear_report_is_routed_by_the_system_with_its_reasons(cast, routing, django_capture_on_commit_callbacks):
    report = file(cast, django_capture_on_commit_callbacks, ROAD)

    assert report.status == Status.DISPOSED and report.agency == cast.pupr
    event = ReportEvent.objects.get(report=report, action="verify")
    assert event.actor is None and event.actor_role == "system" and event.agency == cast.pupr
    why = event.data["routing"]
    assert why["rule"] == "jalan-kabkota" and "jalan rusak" in why["words"]
    assert why["region"] == {"code": "21.71", "source": "reporter", "matched": ""}
    decision = RoutingDecision.objects.get(report=report)
    assert decision.outcome == "auto" and decision.agency == cast.pupr and decision.confidence >= 0.5
    assert decision.suggestions[0]["name"] == cast.pupr.name and decision.suggestions[0]["reasons"]


def test_the_place_named_in_the_text_is_enough(cast, routing, settings):
    result = route_text("Lampu lalu lintas di simpang Jodoh mati, jalan rusak parah di Kota Batam. Mohon diperbaiki")
    assert result.place.source == "text" and result.place.region_code == "21.71"
    assert result.agency is not None and result.agency.is_within(cast.batam)


def test_a_regional_affair_with_no_region_anywhere_is_held_and_the_verifier_is_told_why(
    cast, routing, client, django_capture_on_commit_callbacks
):
    """A kab/kota road with no place in the text, no region and no coordinates: no national body is
    the answer, so the report waits for a verifier, who is told the level and that the region is missing."""
    report = file(cast, django_capture_on_commit_callbacks, ROAD[1:] * 2, region_code=None)
    decision = RoutingDecision.objects.get(report=report)
    assert report.status == Status.SUBMITTED and report.agency is None
    assert decision.outcome == "queue" and decision.agency is None
    assert decision.explanation["needs_region"] is True
    assert decision.explanation["affair_level"] == "kabupaten/kota"
    assert decision.explanation["region"]["source"] == "none"
    assert all(s["level"] == "pusat" for s in decision.suggestions)  # nothing regional can be named
    assert all(s["confidence"] >= 0.1 for s in decision.suggestions)  # and no body it does not believe in

    result = route_text(ROAD[1])
    assert (result.agency, result.level) == (None, "kabupaten/kota")
    # Knowing only the province does not name the kab/kota either.
    result = route_text(ROAD[1], region_code=cast.region_kepri.code)
    assert (result.agency, result.level, result.explanation["needs_region"]) == (None, "kabupaten/kota", True)

    client.force_login(cast.admin_nasional)
    page = client.get(reverse("workspace:report", args=[report.tracking_id])).content.decode()
    assert 'id="wilayah-belum-diketahui"' in page and "kewenangan pemerintah tingkat Kabupaten/Kota" in page
    assert 'id="coba-wilayah"' in page and '<option value="21.71">Kota Batam</option>' in page


def test_the_verifier_sees_the_suggestions_for_a_region_they_pick_without_changing_the_report(
    cast, routing, client, django_capture_on_commit_callbacks
):
    report = file(cast, django_capture_on_commit_callbacks, ROAD[1:] * 2, region_code=None)
    decisions = RoutingDecision.objects.filter(report=report).count()
    url = reverse("workspace:report", args=[report.tracking_id])
    client.force_login(cast.admin_nasional)

    page = client.get(url, {"wilayah": "21.71"}).content.decode()
    assert 'id="saran-untuk-wilayah"' in page and 'id="wilayah-belum-diketahui"' not in page
    assert f'name="agency_id" value="{cast.pupr.pk}"' in page  # one click to Dinas PUPR Kota Batam
    assert '<option value="21.71" selected>Kota Batam</option>' in page
    assert "Wilayah yang dipilih verifikator" in page and "Wilayah yang dipilih pelapor" not in page
    report.refresh_from_db()
    assert report.region is None and report.agency is None and report.status == Status.SUBMITTED
    assert RoutingDecision.objects.filter(report=report).count() == decisions

    # An agency the report was refused by is not suggested again for that region.
    ReportEvent.objects.create(
        report=report, action="not_authority", actor=cast.petugas_pupr, actor_agency=cast.pupr, message="Bukan kami."
    )
    page = client.get(url, {"wilayah": "21.71"}).content.decode()
    assert f'name="agency_id" value="{cast.pupr.pk}"' not in page

    for wrong in ["99.99", "21", "21.71.01", "<script>"]:
        response = client.get(url, {"wilayah": wrong})
        page = response.content.decode()
        assert response.status_code == 200 and "Wilayah tidak dikenal" in page, wrong
        assert 'id="saran-untuk-wilayah"' not in page and 'id="wilayah-belum-diketahui"' in page


def test_only_a_verifier_can_ask_for_another_regions_suggestions(
    cast, routing, client, django_capture_on_commit_callbacks
):
    report = file(cast, django_capture_on_commit_callbacks, ROAD[1:] * 2, region_code=None)
    client.force_login(cast.admin_tanjungpinang)  # Tanjungpinang's admin: cannot see the national queue's report
    response = client.get(reverse("workspace:report", args=[report.tracking_id]), {"wilayah": "21.71"})
    assert response.status_code == 404


def test_a_national_affair_needs_no_region(cast, routing):
    result = route_text(ELECTRICITY[1])
    assert result.agency == routing and result.level == "pusat"
    assert result.explanation["needs_region"] is False and result.explanation["affair_level"] == "pusat"


def test_the_chosen_agencys_region_places_a_report_that_names_no_place(cast, routing):
    """Picking Pemerintah Kota Batam says where, even when the affair is an OPD's: the router uses Batam."""
    cast.batam.region = cast.region_batam
    cast.batam.save()
    result = route_text(ROAD[1], chosen_agency=cast.batam)
    assert (result.place.source, result.place.region_code) == ("agency", "21.71")
    assert result.agency is not None and result.agency.is_within(cast.batam)
    assert result.explanation["needs_region"] is False
    reasons = [r for s in result.suggestions for r in s.reasons]
    assert f"Wilayah dari instansi pilihan pelapor: {cast.batam.name}" in reasons


def test_an_unsure_report_waits_in_the_queue_with_suggestions_one_click_away(
    cast, routing, settings, client, django_capture_on_commit_callbacks
):
    settings.ROUTING_AUTO_THRESHOLD = 1.1  # never sure enough
    report = file(cast, django_capture_on_commit_callbacks, ROAD)
    assert report.status == Status.SUBMITTED and report.agency is None
    decision = RoutingDecision.objects.get(report=report)
    assert decision.outcome == "queue" and len(decision.suggestions) == 3
    assert decision.suggestions[0]["agency_id"] == cast.pupr.pk

    client.force_login(cast.admin_nasional)
    queue = client.get(reverse("workspace:verification")).content.decode()
    assert "Saran penerusan" in queue and f"Teruskan ke {cast.pupr.name}" in queue
    page = client.get(reverse("workspace:report", args=[report.tracking_id])).content.decode()
    assert "Aturan kewenangan" in page and "Wilayah yang dipilih pelapor" in page

    response = client.post(
        reverse("workspace:action", args=[report.tracking_id, "verify"]),
        {"version": report.version, "agency_id": decision.suggestions[0]["agency_id"]},
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == Status.DISPOSED and report.agency == cast.pupr
    assert ReportEvent.objects.get(report=report, action="verify").actor == cast.admin_nasional


def test_suggestions_outside_an_admins_reach_are_not_offered(cast, routing, settings, client):
    settings.ROUTING_AUTO_THRESHOLD = 1.1  # never sure enough
    report, _ = cast.file(cast.pelapor, title=ROAD[0], body=ROAD[1], agency_id=cast.batam.pk)
    route_report(report)
    client.force_login(cast.admin_batam)
    page = client.get(reverse("workspace:report", args=[report.tracking_id])).content.decode()
    assert f"Teruskan ke {cast.pupr.name}" in page
    assert "Teruskan ke Pemerintah Provinsi Kepulauan Riau" not in page  # above Batam: not theirs to pick


def test_a_suspicious_report_is_never_routed_automatically(cast, routing, django_capture_on_commit_callbacks):
    spam = ("test test test", "test test test http://a.example http://b.example http://c.example promo murah")
    report = file(cast, django_capture_on_commit_callbacks, spam)
    decision = RoutingDecision.objects.get(report=report)
    assert report.status == Status.SUBMITTED and decision.outcome == "queue"
    assert decision.explanation["spam"]["score"] >= 0.6 and decision.explanation["spam"]["reasons"]


def test_the_reporters_choice_is_kept_when_plausible_and_corrected_when_not(
    cast, routing, django_capture_on_commit_callbacks
):
    kept = file(cast, django_capture_on_commit_callbacks, ROAD, agency_id=cast.batam.pk)
    assert RoutingDecision.objects.get(report=kept).outcome == "kept"
    assert kept.status == Status.SUBMITTED and kept.agency == cast.batam  # Batam's admin verifies it

    moved = file(cast, django_capture_on_commit_callbacks, ELECTRICITY, agency_id=cast.dinkes.pk)
    assert moved.agency == routing and moved.status == Status.DISPOSED  # PLN, not the health office


def test_bukan_wewenang_is_remembered_and_the_report_is_routed_again_without_that_agency(
    cast, routing, django_capture_on_commit_callbacks
):
    report = file(cast, django_capture_on_commit_callbacks, ROAD)
    assert report.agency == cast.pupr
    with django_capture_on_commit_callbacks(execute=True):
        cast.act(report, "not_authority", cast.petugas_pupr, reason="Ini jalan provinsi, bukan kewenangan kota.")
    feedback = RoutingFeedback.objects.get(report=report)
    assert feedback.wrong_agency == cast.pupr and feedback.created_by == cast.petugas_pupr
    again = RoutingDecision.objects.filter(report=report).latest("created_at")
    assert again.excluded_agency_ids == [cast.pupr.pk]
    assert cast.pupr.pk not in [s["agency_id"] for s in again.suggestions]
    # Handed back to the city government, which disposes it: the system suggests, it does not move it.
    report.refresh_from_db()
    assert report.agency == cast.batam and again.outcome == "queue"


def test_names_match_the_agency_its_ancestors_and_the_agencies_below_it(cast):
    names = AgencyNames()
    assert names.correct(cast.pupr.pk, "Dinas Pekerjaan Umum dan Penataan Ruang Kota Batam")
    assert names.correct(cast.pupr.pk, "pemerintah kota batam!")  # routed below the expected government
    assert names.correct(cast.batam.pk, "Dinas Pekerjaan Umum dan Penataan Ruang Kota Batam")  # routed to its parent
    assert not names.correct(cast.tanjungpinang.pk, "Pemerintah Kota Batam")
    assert not names.correct(cast.batam.pk, "Dinas Kesehatan Kota Tanjungpinang")
    assert not names.correct(None, "Pemerintah Kota Batam")


def test_evaluate_routing_prints_the_scores_and_writes_one_prediction_per_line(cast, routing, tmp_path, capsys):
    lines = [
        {"text": ROAD[1], "agency": cast.pupr.name, "level": "kabupaten/kota", "category": None, "region": "21.71"},
        {
            "text": ELECTRICITY[1],
            "agency": "PT PLN (Persero)",
            "level": "pusat",
            "category": "Energi dan Sumber Daya Alam",
        },
        {"text": "Aspirasi umum tanpa tujuan yang jelas sama sekali", "agency": None, "level": None, "category": None},
    ]
    source = tmp_path / "eval.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    output = tmp_path / "pred.jsonl"
    call_command("evaluate_routing", str(source), "--output", str(output))
    printed = capsys.readouterr().out
    assert "Instansi top-1: 100.0% (2/2)" in printed and "Tingkat pemerintahan: 100.0% (2/2)" in printed
    assert "Latensi per laporan: p50" in printed and "kabupaten/kota" in printed
    predictions = [json.loads(line) for line in output.read_text().splitlines()]
    assert len(predictions) == 3
    assert set(predictions[0]) == {"agency", "agency_path", "level", "category", "confidence", "top3"}
    assert predictions[0]["agency_path"] == [cast.kepri.name, cast.batam.name, cast.pupr.name]
    assert predictions[1]["agency"] == routing.name and predictions[1]["level"] == "pusat"
    assert predictions[1]["category"] == "Energi dan Sumber Daya Alam"
    assert 0 < predictions[0]["confidence"] <= 1 and len(predictions[0]["top3"]) == 3


def test_a_malformed_evaluation_file_is_a_clear_error(tmp_path):
    from django.core.management.base import CommandError

    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "ok"}\nnot json\n')
    with pytest.raises(CommandError, match="broken.jsonl:2"):
        call_command("evaluate_routing", str(broken))


def test_the_report_page_shows_how_many_moves_it_took_to_reach_the_answering_agency(cast, client):
    report = cast.disposed_to_pupr()  # national admin → Batam → Dinas PUPR
    cast.act(report, "not_authority", cast.petugas_pupr, reason="Bukan jalan kota.")
    cast.act(report, "verify", cast.admin_batam, agency_id=cast.dinkes.pk)
    cast.act(report, "respond", cast.petugas_dinkes, message="Sudah kami tangani.")
    client.force_login(cast.admin_batam)
    page = client.get(reverse("workspace:report", args=[report.tracking_id])).content.decode()
    assert "Sampai ke instansi yang menjawab: 4 langkah (1 kali bukan wewenang)" in page

    from lapor.routing.selectors import routing_path

    path = routing_path(list(report.events.order_by("created_at", "id")))
    assert path["hops"] == 4 and path["refusals"] == 1 and path["answered_by"] == cast.dinkes
    assert path["seconds"] >= 0
    fresh, _ = cast.file(cast.pelapor)
    assert routing_path(list(fresh.events.all())) is None  # not answered yet
