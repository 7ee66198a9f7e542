"""The agency tree is public: anyone may look up where a report could go."""

from lapor.agencies.models import Agency

from .conftest import assert_problem


def _names(api, **params):
    response = api.get("/agencies", params)
    assert response.status_code == 200, response.content
    return [a["name"] for a in response.json()]


def test_it_lists_agencies_with_their_place_in_the_tree(cast, api):
    items = api.get("/agencies", {"limit": 100}).json()
    assert len(items) == 7
    batam = next(a for a in items if a["id"] == cast.batam.pk)
    assert batam == {
        "id": cast.batam.pk,
        "code": "pemda-2171",
        "name": "Pemerintah Kota Batam",
        "short_name": "",
        "level": "kabupaten/kota",
        "kind": "pemda",
        "parent_id": cast.kepri.pk,
        "region_code": "21.71",
        "is_active": True,
    }


def test_it_filters_by_text_parent_level_and_kind(cast, api):
    Agency.objects.filter(pk=cast.pupr.pk).update(short_name="DPUPR")
    assert _names(api, q="kesehatan") == [cast.dinkes.name]
    assert _names(api, q="dpupr") == [cast.pupr.name]
    assert _names(api, parent=cast.batam.pk) == [cast.dinkes.name, cast.pupr.name]
    assert _names(api, parent="") == _names(api)
    assert _names(api, level="pusat") == ["Kementerian PANRB", "Ombudsman Republik Indonesia"]
    assert _names(api, kind="pemda", level="kabupaten/kota") == [cast.batam.name, cast.tanjungpinang.name]


def test_inactive_agencies_are_not_listed_but_can_be_looked_up(cast, api):
    Agency.objects.filter(pk=cast.dinkes.pk).update(is_active=False)
    assert cast.dinkes.name not in _names(api, limit=100)
    response = api.get(f"/agencies/{cast.dinkes.pk}")
    assert response.status_code == 200 and response.json()["is_active"] is False


def test_one_agency_by_id(cast, api):
    assert api.get(f"/agencies/{cast.pupr.pk}").json()["parent_id"] == cast.batam.pk
    assert_problem(api.get("/agencies/0"), 404)
