from lapor.agencies.models import Agency
from lapor.regions.models import Region


def test_regions_lists_the_kabupaten_kota_of_a_province(client, cast):
    html = client.get("/wilayah/", {"provinsi": "21"}).content.decode()
    assert html.startswith('<option value="">')
    assert '<option value="21.71">Kota Batam</option>' in html
    assert '<option value="21.72">Kota Tanjung Pinang</option>' in html
    assert "<html" not in html


def test_regions_lists_the_kecamatan_of_a_kabupaten_kota(client, cast):
    Region.objects.create(code="21.71.01", name="Batam Kota", level=Region.Level.KECAMATAN, parent=cast.region_batam)
    html = client.get("/wilayah/", {"kabkota": "21.71"}).content.decode()
    assert '<option value="21.71.01">Batam Kota</option>' in html
    assert "Kota Batam" not in html


def test_regions_of_nothing_is_just_the_placeholder(client, cast):
    html = client.get("/wilayah/", {"provinsi": ""}).content.decode()
    assert html.count("<option") == 1


def test_agency_search_suggests_at_most_20(client, cast):
    for i in range(25):
        Agency(code=f"uji-{i}", name=f"Dinas Uji {i}", level="kabupaten/kota", kind="opd", parent=cast.batam).save()
    html = client.get("/instansi/cari/", {"q": "dinas"}).content.decode()
    assert html.count("data-agency-id=") == 20
    html = client.get("/instansi/cari/", {"q": "kesehatan"}).content.decode()
    assert f'data-agency-id="{cast.dinkes.pk}"' in html and "Pemerintah Kota Batam" in html


def test_agency_search_needs_two_letters_and_says_when_nothing_matches(client, cast):
    assert "data-agency-id" not in client.get("/instansi/cari/", {"q": "d"}).content.decode()
    assert "Tidak ada instansi yang cocok" in client.get("/instansi/cari/", {"q": "zzzz"}).content.decode()
