from .helpers import place_reports

QUEUE = "/petugas/verifikasi/"


def tracking_ids_in(response) -> set[str]:
    return {r.tracking_id for r in response.context["page"].rows}


def test_the_national_admin_sees_the_national_queue_and_every_agency_queue(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_nasional)
    response = client.get(QUEUE)
    assert response.status_code == 200
    waiting = {placed.national.tracking_id, placed.batam.tracking_id, placed.tanjungpinang.tracking_id}
    assert tracking_ids_in(response) == waiting
    assert tracking_ids_in(client.get(QUEUE, {"national": "on"})) == {placed.national.tracking_id}
    assert "Antrean nasional" in response.content.decode()


def test_an_agency_admin_sees_what_waits_in_its_subtree(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_batam)
    response = client.get(QUEUE)
    assert tracking_ids_in(response) == {placed.batam.tracking_id}
    # The national-queue switch is only for national admins.
    assert 'name="national"' not in response.content.decode()
    client.force_login(cast.admin_kepri)
    assert tracking_ids_in(client.get(QUEUE)) == {placed.batam.tracking_id, placed.tanjungpinang.tracking_id}


def test_held_reports_stay_in_the_queue_after_the_dated_ones(cast, client):
    placed = place_reports(cast)
    cast.act(placed.batam, "hold", cast.admin_batam, message="Sebutkan lokasi tiang lampu.")
    other, _ = cast.file(cast.pelapor, title="Trotoar rusak", agency_id=cast.batam.pk)
    client.force_login(cast.admin_batam)
    rows = client.get(QUEUE).context["page"].rows
    assert [r.tracking_id for r in rows] == [other.tracking_id, placed.batam.tracking_id]


def test_the_queue_filters_apply(cast, client):
    placed = place_reports(cast)
    client.force_login(cast.admin_nasional)
    assert tracking_ids_in(client.get(QUEUE, {"q": "KTP"})) == {placed.national.tracking_id}
    assert tracking_ids_in(client.get(QUEUE, {"overdue": "on"})) == set()


def test_officers_who_do_not_verify_are_refused(cast, client):
    place_reports(cast)
    client.force_login(cast.petugas_pupr)
    assert client.get(QUEUE).status_code == 403
    # and the workspace menu does not offer it to them
    assert QUEUE not in client.get("/petugas/").content.decode()
