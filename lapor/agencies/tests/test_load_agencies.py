import json
import re
from collections import defaultdict

import pytest

from lapor.agencies.models import Agency
from lapor.agencies.reference import COMMON_OPD, PUSAT_FILE, load_agencies
from lapor.regions.models import Region
from lapor.regions.reference import load_regions

OPD_SLUGS = {opd.slug for opd in COMMON_OPD}


@pytest.mark.django_db
def test_it_builds_a_consistent_tree_for_the_whole_country():
    load_regions()
    first = load_agencies()

    rows = list(Agency.objects.values("id", "code", "parent_id", "path", "depth", "kind", "level", "region__code"))
    by_id = {row["id"]: row for row in rows}
    by_code = {row["code"]: row for row in rows}
    # Every path is the parent's path plus the code, exactly what Agency.save() would store.
    for row in rows:
        parent = by_id.get(row["parent_id"])
        assert row["path"] == (parent["path"] if parent else "/") + row["code"] + "/"
        assert row["depth"] == row["path"].count("/") - 2

    pemprov = [r for r in rows if re.fullmatch(r"pemprov-\d{2}", r["code"])]
    pemda = [r for r in rows if re.fullmatch(r"pemda-\d{4}", r["code"])]
    assert len(pemprov) == 38 and len(pemda) == 514
    for row in pemda:
        assert by_id[row["parent_id"]]["code"] == "pemprov-" + row["code"][6:8]
        assert row["region__code"] == f"{row['code'][6:8]}.{row['code'][8:]}"
        assert (row["kind"], row["level"]) == ("pemda", "kabupaten/kota")
        assert by_code[row["code"] + "-pdam"]["kind"] == "bumd"
    opd_by_parent = defaultdict(set)
    for r in rows:
        if r["kind"] == "opd":
            opd_by_parent[r["parent_id"]].add(r["code"].rsplit("-", 1)[1])
    for row in pemprov + pemda:
        assert opd_by_parent[row["id"]] == OPD_SLUGS, row["code"]

    kecamatan_offices = [r for r in rows if re.fullmatch(r"pemda-\d{4}-kec-\d{2}", r["code"])]
    assert len(kecamatan_offices) == Region.objects.filter(level="kecamatan").count() == 7277
    for row in kecamatan_offices:
        code = row["code"]
        assert row["kind"] == "unit"
        assert row["region__code"] == f"{code[6:8]}.{code[8:10]}.{code[-2:]}"
        assert by_id[row["parent_id"]]["code"] == code[:10]

    assert first["daerah"].created == 38 * 11 + 514 * 12 + 7277
    again = load_agencies()
    assert again["pusat"].created == again["daerah"].created == 0
    assert again["pusat"].updated == again["daerah"].updated == 0
    assert Agency.objects.count() == len(rows)


@pytest.mark.django_db
def test_it_names_regional_governments_and_their_opd():
    load_regions(provinces=["21"])
    load_agencies(provinces=["21"])

    def name(code):
        return Agency.objects.get(code=code).name

    assert name("pemprov-21") == "Pemerintah Provinsi Kepulauan Riau"
    assert name("pemda-2171") == "Pemerintah Kota Batam"
    assert name("pemda-2172") == "Pemerintah Kota Tanjung Pinang"
    assert name("pemda-2101") == "Pemerintah Kabupaten Bintan"
    assert name("pemda-2171-disdik") == "Dinas Pendidikan Kota Batam"
    assert name("pemda-2171-pupr") == "Dinas Pekerjaan Umum dan Penataan Ruang Kota Batam"
    assert name("pemprov-21-satpolpp") == "Satuan Polisi Pamong Praja Provinsi Kepulauan Riau"
    assert name("pemprov-21-dinkes") == "Dinas Kesehatan Provinsi Kepulauan Riau"
    assert name("pemda-2171-pdam") == "Perusahaan Umum Daerah Air Minum Kota Batam"
    assert name("pemda-2171-kec-10") == "Kecamatan Batam Kota, Kota Batam"
    assert Agency.objects.get(code="pemda-2171").short_name == "Pemkot Batam"

    batam = Agency.objects.get(code="pemda-2171")
    kecamatan = Agency.objects.get(code="pemda-2171-kec-10")
    assert kecamatan.region == Region.objects.get(code="21.71.10")
    assert kecamatan.is_within(batam) and kecamatan.ancestors() == [Agency.objects.get(code="pemprov-21"), batam]
    # Batam: 10 OPD, its PDAM and 12 kecamatan offices below the government.
    assert Agency.objects.subtree_of(batam).count() == 1 + 10 + 1 + 12
    # Only the province asked for, plus the national bodies.
    assert not Agency.objects.filter(code__startswith="pemprov-").exclude(code__startswith="pemprov-21").exists()


@pytest.mark.django_db
def test_it_loads_the_national_bodies_from_the_data_file():
    load_agencies(provinces=[])

    entries = json.loads(PUSAT_FILE.read_text(encoding="utf-8"))["agencies"]
    assert Agency.objects.filter(level="pusat").count() == len(entries)
    kemenpanrb = Agency.objects.get(code="kemenpanrb")
    assert kemenpanrb.name == "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
    assert (kemenpanrb.kind, kemenpanrb.parent, kemenpanrb.depth) == ("kementerian", None, 0)
    ombudsman = Agency.objects.get(code="ombudsman")
    assert (ombudsman.kind, ombudsman.parent, ombudsman.level) == ("pengawas", None, "pusat")
    # Kabinet Merah Putih: 7 coordinating ministries and 41 ministries (Haji dan Umrah in, BUMN out since 2025).
    assert Agency.objects.filter(kind="kementerian", parent=None).count() == 48
    assert Agency.objects.filter(kind="kementerian", code__startswith="kemenko-").count() == 7
    assert Agency.objects.get(code="atrbpn").kind == "kementerian"
    for code in ["bpom", "bpjs-kesehatan", "bpjs-ketenagakerjaan", "polri", "kejaksaan", "bkn", "bps", "kpk"]:
        assert Agency.objects.get(code=code).kind == "lembaga", code
    for code in ["pln", "pertamina", "kai", "pos-indonesia", "telkom", "jasa-marga"]:
        assert Agency.objects.get(code=code).kind == "bumn", code
    # Units are marked as examples and sit below their body, code prefixed by the parent's.
    units = [e for e in entries if e.get("parent")]
    assert units and all(e.get("example") for e in units)
    for entry in units:
        agency = Agency.objects.select_related("parent").get(code=entry["code"])
        assert agency.parent.code == entry["parent"] and agency.code.startswith(entry["parent"] + "-")
    assert Agency.objects.get(code="kemenpu-ditjen-bina-marga").path == "/kemenpu/kemenpu-ditjen-bina-marga/"
    # Codes: lowercase slugs, unique.
    codes = [e["code"] for e in entries]
    assert len(codes) == len(set(codes)) and all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c) for c in codes)


@pytest.mark.django_db
def test_it_restores_reference_fields_but_leaves_operators_choices_alone():
    load_regions(provinces=["21"])
    load_agencies(provinces=["21"])
    Agency.objects.filter(code="pemda-2171-pupr").update(name="Dinas PU (lama)", is_active=False)
    custom = Agency(
        code="pemda-2171-pupr-bidang-jalan",
        name="Bidang Jalan",
        level="kabupaten/kota",
        kind="unit",
        parent=Agency.objects.get(code="pemda-2171-pupr"),
    )
    custom.save()
    before = Agency.objects.count()

    counts = load_agencies(provinces=["21"])

    pupr = Agency.objects.get(code="pemda-2171-pupr")
    assert pupr.name == "Dinas Pekerjaan Umum dan Penataan Ruang Kota Batam"
    assert pupr.is_active is False
    assert counts["daerah"].updated == 1 and counts["daerah"].created == 0
    assert Agency.objects.count() == before
    assert Agency.objects.get(code="pemda-2171-pupr-bidang-jalan").path == pupr.path + "pemda-2171-pupr-bidang-jalan/"
