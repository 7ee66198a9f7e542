"""A report's whole life over the API, the way a mobile app and the officers' tools would drive it."""

from lapor.reports.models import Channel, Report, Status

from .conftest import assert_problem

REPORT = {
    "kind": "pengaduan",
    "title": "Lampu jalan mati di Jalan Sudirman",
    "body": "Sudah dua minggu lampu jalan di depan halte Jalan Sudirman mati, jalan gelap dan rawan.",
    "anonymous": True,
    "region_code": "21.71",
    "category": "jalan-berlubang",
    "incident_date": "2026-01-15",
    "location": "Halte Jalan Sudirman",
    "lat": 1.1301,
    "lon": 104.0529,
    "contact": "0812-3456-7890",
}


def test_it_walks_a_report_from_filing_to_rating_over_the_api(cast, api):
    # 1. Filed without an account: the follow-up token comes in the body and in a header.
    response = api.post("/reports", REPORT)
    assert response.status_code == 201, response.content
    filed = response.json()
    token = filed["reporter_token"]
    assert token and response["X-Reporter-Token"] == token
    tracking_id = filed["tracking_id"]
    assert (filed["status"], filed["status_label"], filed["channel"]) == ("submitted", "Belum terverifikasi", "api")
    assert filed["deadline"] and filed["anonymous"] is True and filed["region_code"] == "21.71"
    assert filed["category"] == "jalan-berlubang" and filed["lat"] == 1.1301
    assert filed["reporter"] == {"name": None, "contact": "0812-3456-7890"}
    report = Report.objects.get(tracking_id=tracking_id)
    assert report.channel == Channel.API and report.reporter is None and report.reporter_token_hash != token

    # The reporter sees it with the token; without it the unverified report does not exist.
    assert api.get(f"/reports/{tracking_id}", reporter_token=token).status_code == 200
    assert_problem(api.get(f"/reports/{tracking_id}"), 404)

    # 2. The national admin verifies it and routes it to Pemkot Batam.
    national = api.get(f"/reports/{tracking_id}", as_=cast.admin_nasional).json()
    assert {"verify", "hold", "archive"} <= set(national["allowed_actions"])
    result = api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk, message="Diteruskan.")
    assert result["report"]["status"] == "disposed" and result["report"]["agency_id"] == cast.batam.pk
    assert result["report"]["completion_deadline"] and result["report"]["deadline"]
    assert result["event"]["action"] == "verify" and result["event"]["agency_name"] == cast.batam.name

    # 3. Batam disposes it to its Dinas PUPR.
    result = api.act(tracking_id, "dispose", as_=cast.admin_batam, agency_id=cast.pupr.pk)
    assert result["report"]["agency_name"] == cast.pupr.name

    # 4. The unit answers.
    assert "respond" in api.get(f"/reports/{tracking_id}", as_=cast.petugas_pupr).json()["allowed_actions"]
    result = api.act(tracking_id, "respond", as_=cast.petugas_pupr, message="Lampu akan diganti besok.")
    assert result["report"]["status"] == "followed_up"

    # 5. The reporter replies with the token.
    mine = api.get(f"/reports/{tracking_id}", reporter_token=token).json()
    assert mine["allowed_actions"] == ["reply"]
    result = api.act(tracking_id, "reply", reporter_token=token, message="Sampai hari ini masih mati.")
    assert result["report"]["status"] == "reporter_replied"
    assert (result["event"]["actor"], result["event"]["actor_role"]) == ("Anonim", "reporter")

    # 6. The unit answers again, 7. Batam closes it, 8. the reporter rates it.
    api.act(tracking_id, "respond", as_=cast.petugas_pupr, message="Lampu sudah diganti, silakan dicek.")
    result = api.act(tracking_id, "close", as_=cast.admin_batam)
    assert result["report"]["status"] == "closed" and result["report"]["closed_at"]
    assert result["report"]["deadline"] is None
    result = api.act(tracking_id, "rate", reporter_token=token, score=4, message="Terima kasih.")
    assert result["report"]["rating"] == 4 and result["event"]["data"] == {"score": 4}

    report.refresh_from_db()
    assert (report.status, report.rating_score) == (Status.CLOSED, 4)

    # The timeline tells the whole story, to the reporter as to the agency.
    events = api.get(f"/reports/{tracking_id}/events", reporter_token=token).json()
    assert [e["action"] for e in events] == [
        "submit", "verify", "dispose", "respond", "reply", "respond", "close", "rate"
    ]  # fmt: skip
    assert events[3]["message"] == "Lampu akan diganti besok."
    # Citizens see which agency acted, not which officer.
    assert events[3]["actor"] == cast.pupr.name and events[3]["actor_agency_name"] == cast.pupr.name
    officer_view = api.get(f"/reports/{tracking_id}/events", as_=cast.admin_batam).json()
    assert officer_view[3]["actor"] == cast.petugas_pupr.display_name
    assert officer_view[4]["actor"] == "Anonim"

    # Nothing left to do but look: the reporter has rated, and the token cannot rate twice.
    assert api.get(f"/reports/{tracking_id}", reporter_token=token).json()["allowed_actions"] == []
    assert_problem(
        api.post(f"/reports/{tracking_id}/transitions", {"action": "rate", "score": 1}, reporter_token=token), 409
    )


def test_an_account_holder_files_without_getting_a_token(cast, api):
    response = api.post("/reports", {**REPORT, "anonymous": False}, as_=cast.pelapor)
    assert response.status_code == 201
    body = response.json()
    assert body["reporter_token"] is None and "X-Reporter-Token" not in response
    assert body["reporter"] == {"name": "Siti Pelapor", "contact": "0812-3456-7890"}
    assert Report.objects.get(tracking_id=body["tracking_id"]).reporter == cast.pelapor
    listed = api.get("/reports", {"mine": "true"}, as_=cast.pelapor).json()
    assert [r["tracking_id"] for r in listed] == [body["tracking_id"]]


def test_filing_to_a_chosen_agency_goes_to_its_admin(cast, api):
    response = api.post("/reports", {**REPORT, "agency_id": cast.batam.pk})
    tracking_id = response.json()["tracking_id"]
    assert response.json()["agency_id"] == cast.batam.pk
    assert "verify" in api.get(f"/reports/{tracking_id}", as_=cast.admin_batam).json()["allowed_actions"]
    assert_problem(api.get(f"/reports/{tracking_id}", as_=cast.admin_tanjungpinang), 404)


def test_not_authority_answers_even_when_the_report_leaves_the_callers_scope(cast, api):
    report = cast.disposed_to_pupr(confidential=True)
    result = api.act(
        report.tracking_id, "not_authority", as_=cast.petugas_pupr, reason="Urusan kesehatan", agency_id=cast.dinkes.pk
    )
    assert result["report"]["status"] == "submitted" and result["report"]["agency_id"] == cast.batam.pk
    assert result["event"]["data"]["suggested_agency_name"] == cast.dinkes.name
    # A rahasia report back at Batam is out of the unit's sight now.
    assert_problem(api.get(f"/reports/{report.tracking_id}", as_=cast.petugas_pupr), 404)
