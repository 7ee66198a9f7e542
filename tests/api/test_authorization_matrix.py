"""Who may see which report over the API, and whose name reaches whom, as readable tables.

Reports (columns), all filed by `pelapor` (Siti Pelapor):
- public:       verified, routed by the national admin to Pemkot Batam, disposed to Dinas PUPR;
- anonim:       the same, but anonymous (with a phone contact), answered by PUPR and replied to;
- rahasia:      the same, but confidential (never public);
- unverified:   waiting in the national verification queue;
- chosen_batam: unverified, the reporter chose Pemkot Batam, so it waits at Batam's admin.

Each cell is the status of GET /reports/{id} and GET /reports/{id}/events, and whether the report
appears in GET /reports, for that caller.
"""

import pytest

from lapor.core.models import AccessLog

# fmt: off
MATRIX = """
caller                public  anonim  rahasia  unverified  chosen_batam
admin_nasional        200     200     200      200         200
pengawas              200     200     200      200         200
admin_kepri           200     200     200      404         200
admin_batam           200     200     200      404         200
pimpinan_batam        200     200     200      404         200
petugas_pupr          200     200     200      404         404
petugas_dinkes        200     200     404      404         404
admin_tanjungpinang   200     200     404      404         404
pelapor               200     200     200      200         200
pelapor_lain          200     200     404      404         404
anonymous             200     200     404      404         404
"""
# Who gets the reporter's name or contact in any response about the report. An anonim reporter is
# known only to themselves and the national admin (who verifies identity), never to the agencies.
NAME_SHOWN = {
    "public": {"admin_nasional", "pengawas", "admin_kepri", "admin_batam", "pimpinan_batam", "petugas_pupr", "pelapor"},
    "anonim": {"admin_nasional", "pelapor"},
}
# fmt: on

_rows = [line.split() for line in MATRIX.strip().splitlines()]
REPORTS = _rows[0][1:]
EXPECTED = {row[0]: dict(zip(REPORTS, map(int, row[1:]), strict=True)) for row in _rows[1:]}
CALLERS = list(EXPECTED)
CONTACT = "0812-3456-7890"
SECRETS = ["Siti Pelapor", '"pelapor"', "pelapor@example.id", CONTACT]


@pytest.fixture
def reports(cast):
    public = cast.disposed_to_pupr()
    anonim = cast.disposed_to_pupr(anonymous=True, contact=CONTACT)
    anonim = cast.act(anonim, "respond", cast.petugas_pupr, message="Sedang kami periksa.")
    anonim = cast.act(anonim, "reply", cast.pelapor, message="Terima kasih, ditunggu.")
    rahasia = cast.disposed_to_pupr(confidential=True)
    unverified, _ = cast.file(cast.pelapor)
    chosen, _ = cast.file(cast.pelapor, agency_id=cast.batam.pk)
    return dict(zip(REPORTS, [public, anonim, rahasia, unverified, chosen], strict=True))


def _user(cast, caller):
    return None if caller == "anonymous" else getattr(cast, caller)


@pytest.mark.parametrize("caller", CALLERS)
def test_each_caller_sees_exactly_the_reports_in_the_matrix(cast, api, reports, caller):
    user = _user(cast, caller)
    listed = {r["tracking_id"] for r in api.get("/reports", {"limit": 100}, as_=user).json()}
    for name, expected in EXPECTED[caller].items():
        tracking_id = reports[name].tracking_id
        detail = api.get(f"/reports/{tracking_id}", as_=user)
        events = api.get(f"/reports/{tracking_id}/events", as_=user)
        assert (detail.status_code, events.status_code) == (expected, expected), f"{caller} × {name}"
        assert (tracking_id in listed) is (expected == 200), f"{caller} × {name} in the list"
        if expected == 404:
            assert detail["Content-Type"].startswith("application/problem+json")
            assert reports[name].title not in detail.content.decode()


@pytest.mark.parametrize("caller", CALLERS)
def test_the_reporters_identity_reaches_only_those_allowed(cast, api, reports, caller):
    user = _user(cast, caller)
    for name, allowed in NAME_SHOWN.items():
        tracking_id = reports[name].tracking_id
        responses = [
            api.get(f"/reports/{tracking_id}", as_=user),
            api.get(f"/reports/{tracking_id}/events", as_=user),
            api.get("/reports", {"limit": 100}, as_=user),
        ]
        text = "".join(r.content.decode() for r in responses)
        detail = responses[0].json()
        if caller in allowed:
            assert "Siti Pelapor" in text, f"{caller} × {name}"
            assert detail["reporter"]["name"] == "Siti Pelapor"
        else:
            leaked = [s for s in SECRETS if s in text]
            assert not leaked, f"{caller} × {name} leaked {leaked}"
            assert detail["reporter"] is None
    if caller not in NAME_SHOWN["anonim"]:
        events = api.get(f"/reports/{reports['anonim'].tracking_id}/events", as_=user).json()
        assert {e["actor"] for e in events if e["actor_role"] == "reporter"} == {"Anonim"}


def test_a_reporter_without_account_is_anonim_to_agencies_too(cast, api):
    payload = {
        "kind": "aspirasi",
        "title": "Usul taman bermain",
        "body": "Mohon dibangun taman bermain anak di lahan kosong dekat masjid raya.",
        "anonymous": True,
        "contact": "siti@example.id",
    }
    tracking_id = api.post("/reports", payload).json()["tracking_id"]
    api.act(tracking_id, "verify", as_=cast.admin_nasional, agency_id=cast.batam.pk)
    for user in (cast.admin_batam, cast.pimpinan_batam, cast.pengawas, cast.admin_kepri, None):
        for path in (f"/reports/{tracking_id}", f"/reports/{tracking_id}/events"):
            assert "siti@example.id" not in api.get(path, as_=user).content.decode()
    national = api.get(f"/reports/{tracking_id}", as_=cast.admin_nasional).json()
    assert national["reporter"] == {"name": None, "contact": "siti@example.id"}


def test_officers_reading_rahasia_or_an_identity_are_audited(cast, api, reports):
    api.get(f"/reports/{reports['rahasia'].tracking_id}", as_=cast.admin_batam)
    api.get(f"/reports/{reports['anonim'].tracking_id}", as_=cast.admin_nasional)
    api.get(f"/reports/{reports['public'].tracking_id}", as_=cast.pelapor_lain)
    api.get(f"/reports/{reports['rahasia'].tracking_id}", as_=cast.pelapor)
    logs = set(AccessLog.objects.values_list("user__username", "action", "object_id"))
    assert ("admin_batam", "view_confidential_report", reports["rahasia"].tracking_id) in logs
    assert ("admin_nasional", "view_reporter_identity", reports["anonim"].tracking_id) in logs
    assert not {entry for entry in logs if entry[0] in {"pelapor_lain", "pelapor"}}


def test_internal_notes_reach_only_officers_in_scope(cast, api, reports):
    report = cast.act(reports["public"], "note", cast.petugas_pupr, message="Catatan internal: anggaran habis.")
    for user, sees in (
        (cast.admin_batam, True),
        (cast.petugas_pupr, True),
        (cast.petugas_dinkes, False),
        (cast.pelapor, False),
        (None, False),
    ):
        text = api.get(f"/reports/{report.tracking_id}/events", as_=user).content.decode()
        assert ("anggaran habis" in text) is sees, user
