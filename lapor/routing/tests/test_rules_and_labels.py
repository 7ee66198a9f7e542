import pytest
from django.core.exceptions import ValidationError

from lapor.agencies.models import Agency
from lapor.routing import labels as L
from lapor.routing import text
from lapor.routing.corpus import label_from_name, loose_key, name_key
from lapor.routing.models import AuthorityRule
from lapor.routing.rules import Rule, active_rules, load_rules, match_rules, rule_save


def test_informal_writing_is_normalised_and_school_levels_survive_stemming():
    assert text.normalize("Jln rusak gk dibenerin udh 3 bln, tolonggg min!!") == (
        "jalan rusak tidak dibenerin sudah 3 bulan tolong admin"
    )
    assert text.stem("pembangunan jembatan di SMPN 2 diperbaiki") == "bangun jembatan di smpn baik"
    assert "sma" in text.stem("Siswa SMA dipungut biaya") and "sd" in text.stem("guru SD")


RULES = [
    Rule("rs-kota", "RSUD kota", "kabupaten/kota", "dinkes", None, ("rumah sakit umum daerah", "puskesmas")),
    Rule("rs-prov", "RSUD provinsi", "provinsi", "dinkes", None, ("rumah sakit umum daerah provinsi",)),
    Rule("sma", "SMA", "provinsi", "disdik", None, ("sma", "smk")),
]


def test_the_longest_phrase_claims_its_words():
    found = match_rules(text.normalize("Antre lama di Rumah Sakit Umum Daerah Provinsi, anak saya SMA"), RULES)
    assert [(m.rule.code, m.phrases) for m in found] == [
        ("rs-prov", ["rumah sakit umum daerah provinsi"]),
        ("sma", ["sma"]),
    ]
    assert match_rules("pelayanan rumah sakit umum daerah lambat", RULES)[0].rule.code == "rs-kota"
    assert match_rules("jalan rusak", RULES) == []


@pytest.mark.django_db
def test_rules_load_once_and_the_national_admins_edits_are_kept(cast):
    Agency(
        code="pemprov-21-disdik", name="Dinas Pendidikan Provinsi Kepulauan Riau", level="provinsi", kind="opd"
    ).save()
    first = load_rules()
    assert first["created"] >= 40 and first["updated"] == first["unchanged"] == first["kept_edited"] == 0
    rule = AuthorityRule.objects.get(code="pendidikan-menengah")
    assert rule.level == "provinsi" and rule.target == "disdik" and "sma" in rule.keywords
    rule.keywords = ["sma", "Sekolah  Menengah Atas", "madrasah aliyah negeri", "sma"]
    rule_save(rule)
    assert rule.keywords == ["sma", "sekolah menengah atas", "madrasah aliyah negeri"]
    again = load_rules()
    assert (again["created"], again["updated"], again["kept_edited"]) == (0, 0, 1)
    assert again["unchanged"] == first["created"] - 1
    assert AuthorityRule.objects.get(code="pendidikan-menengah").keywords[-1] == "madrasah aliyah negeri"
    assert {r.code for r in active_rules()} >= {"pendidikan-dasar", "listrik", "air-minum"}


@pytest.mark.django_db
def test_an_installation_gets_the_shipped_version_of_the_rules_nobody_edited():
    load_rules()
    # An older release's version of a rule, never touched by the admin.
    AuthorityRule.objects.filter(code="pendidikan-dasar").update(keywords=["sd"], level="provinsi")
    counts = load_rules()
    assert counts["updated"] == 1 and counts["created"] == 0
    rule = AuthorityRule.objects.get(code="pendidikan-dasar")
    assert rule.level == "kabupaten/kota" and "smp" in rule.keywords and not rule.edited_locally
    assert "smp" in next(r for r in active_rules() if r.code == "pendidikan-dasar").keywords


@pytest.mark.django_db
def test_the_admins_rule_is_checked_before_it_is_saved(cast):
    load_rules()
    rule = AuthorityRule.objects.get(code="pendidikan-menengah")
    with pytest.raises(ValidationError) as error:
        rule.keywords = ["  ", "!!!"]
        rule_save(rule)
    assert "tidak berisi kata" in str(error.value)
    with pytest.raises(ValidationError, match="paling sedikit satu"):
        rule.keywords = ["", " "]
        rule_save(rule)
    rule.keywords = ["sma"]
    for level, target, message in [
        ("pusat", "", "isi kode instansi pusat"),
        ("pusat", "tidak-ada", "Tidak ada instansi pusat"),
        ("provinsi", "dinas-rahasia", "Tidak ada perangkat daerah"),
    ]:
        rule.level, rule.target = level, target
        with pytest.raises(ValidationError, match=message):
            rule_save(rule)
    assert not AuthorityRule.objects.get(code="pendidikan-menengah").edited_locally  # nothing half-saved


@pytest.mark.django_db
def test_a_role_turns_into_the_agency_of_the_reports_region(cast):
    assert L.label_of(cast.pupr) == "kabupaten/kota|pupr"
    assert L.label_of(cast.batam) == "kabupaten/kota|"
    assert L.label_of(cast.kepri) == "provinsi|"
    assert L.label_of(cast.ombudsman) == "pusat|ombudsman"
    assert L.resolve("kabupaten/kota|pupr", "21.71") == cast.pupr
    assert L.resolve("kabupaten/kota|pupr", "21.71.01") == cast.pupr  # a kecamatan of Batam
    assert L.resolve("kabupaten/kota|", "21.72") == cast.tanjungpinang
    assert L.resolve("provinsi|", "21.71") == cast.kepri
    assert L.resolve("kabupaten/kota|pupr", None) is None
    assert L.resolve("pusat|ombudsman", None) == cast.ombudsman
    cast.pupr.is_active = False
    cast.pupr.save()
    assert L.resolve("kabupaten/kota|pupr", "21.71") is None


def test_jakartas_administrative_cities_are_answered_by_the_province():
    assert L.agency_code_for("kabupaten/kota|disdik", "31.74") == "pemprov-31-disdik"
    assert L.agency_code_for("kabupaten/kota|", "31.71") == "pemprov-31"
    assert L.agency_code_for("kabupaten/kota|disdik", "32.73") == "pemda-3273-disdik"


def test_agency_names_give_roles_without_the_tree_loaded():
    assert label_from_name("Dinas Pendidikan Provinsi Jawa Barat") == "provinsi|disdik"
    assert label_from_name("Dinas Pendidikan Kota Bandung") == "kabupaten/kota|disdik"
    assert label_from_name("Disdukcapil Kota Depok") == "kabupaten/kota|disdukcapil"
    assert label_from_name("Perusahaan Umum Daerah Air Minum Kabupaten Bogor") == "kabupaten/kota|pdam"
    assert label_from_name("Pemkab Badung") == "kabupaten/kota|"
    assert label_from_name("Pemerintah Provinsi Bali") == "provinsi|"
    assert label_from_name("PT PLN (Persero)") == "pusat|pln"
    assert label_from_name("Kepolisian Republik Indonesia") == "pusat|polri"
    assert label_from_name("BPN") == "pusat|atrbpn"
    assert label_from_name("Dinas Antah Berantah") is None
    assert name_key("PT. PLN (Persero)") == "pt pln persero" and loose_key("PT. PLN (Persero)") == "pln"


def test_every_rule_in_the_data_file_points_at_a_known_role():
    import json

    from lapor.agencies.reference import COMMON_OPD, PDAM, PUSAT_FILE
    from lapor.routing.rules import RULES_FILE

    national = {row["code"] for row in json.loads(PUSAT_FILE.read_text())["agencies"]}
    slugs = {opd.slug for opd in (*COMMON_OPD, PDAM)} | {""}
    for rule in json.loads(RULES_FILE.read_text())["rules"]:
        assert rule["level"] in Agency.Level.values, rule["code"]
        assert (rule["target"] in national) if rule["level"] == "pusat" else (rule["target"] in slugs), rule["code"]


def test_a_named_facility_outweighs_the_generic_word_and_marks_the_match_as_specific():
    rules = [
        Rule("rs-kota", "RSUD", "kabupaten/kota", "dinkes", None, ("rumah sakit umum daerah",)),
        Rule("rs-prov", "RSUD provinsi", "provinsi", "dinkes", None, ("rumah sakit umum daerah dari soetomo",)),
        Rule("terminal", "Terminal", "kabupaten/kota", "dishub", None, ("terminal",)),
        Rule("terminal-b", "Terminal tipe B", "provinsi", "dishub", None, ("terminal tipe b",)),
    ]
    found = match_rules(text.normalize("Antrean di RSUD dr. Soetomo lama sekali"), rules)
    assert [(m.rule.code, m.refines) for m in found] == [("rs-prov", True)]
    generic = match_rules(text.normalize("Antrean di RSUD Kota Madiun lama sekali"), rules)
    assert [(m.rule.code, m.refines) for m in generic] == [("rs-kota", False)]
    assert [m.rule.code for m in match_rules(text.normalize("Terminal tipe B kotor"), rules)] == ["terminal-b"]


def test_a_specific_rule_keeps_half_the_say_against_a_sure_model():
    from lapor.routing.router import PRECISE_RULE_SHARE, _blend

    rules = [
        Rule("rs-kota", "RSUD", "kabupaten/kota", "dinkes", None, ("rumah sakit umum daerah",)),
        Rule("rs-prov", "RSUD provinsi", "provinsi", "dinkes", None, ("rumah sakit umum daerah dari soetomo",)),
    ]
    fired = match_rules(text.normalize("RSUD dr Soetomo"), rules)
    model = {"kabupaten/kota|dinkes": 0.9, "provinsi|dinkes": 0.1}
    blended = _blend(model, fired)
    assert blended["provinsi|dinkes"] == pytest.approx(PRECISE_RULE_SHARE + (1 - PRECISE_RULE_SHARE) * 0.1)
    assert max(blended, key=blended.get) == "provinsi|dinkes"


def test_a_phrase_of_several_words_keeps_half_the_say_and_a_single_word_fades():
    from lapor.routing.router import PRECISE_RULE_SHARE, _blend

    rules = [
        Rule("jalan-nasional", "Jalan nasional", "pusat", "kemenpu", None, ("jalan nasional",)),
        Rule("digital", "Aplikasi", "pusat", "komdigi", None, ("aplikasi",)),
    ]
    model = {"kabupaten/kota|pupr": 0.9, "pusat|kemenpu": 0.05, "kabupaten/kota|dinkes": 0.05}
    blended = _blend(model, match_rules(text.normalize("jalan nasional longsor, jalan rusak parah"), rules))
    assert blended["pusat|kemenpu"] == pytest.approx(PRECISE_RULE_SHARE + (1 - PRECISE_RULE_SHARE) * 0.05)
    assert max(blended, key=blended.get) == "pusat|kemenpu"
    # A word as common as "aplikasi" counts only as far as the model is unsure: what it learnt stands.
    learnt = {"kabupaten/kota|dinkes": 0.95, "pusat|komdigi": 0.05}
    blended = _blend(learnt, match_rules(text.normalize("aplikasi antrean puskesmas error"), rules))
    assert max(blended, key=blended.get) == "kabupaten/kota|dinkes"


@pytest.mark.django_db
def test_keywords_are_read_as_the_text_is_normalised():
    AuthorityRule.objects.create(
        code="x-rs", affair="x", level="provinsi", target="dinkes", keywords=["RSUD Dr. Moewardi", "KIP Kuliah"]
    )
    rule = next(r for r in active_rules() if r.code == "x-rs")
    assert rule.keywords == ("rumah sakit umum daerah dari moewardi", "kartu indonesia pintar kuliah")
    assert match_rules(text.normalize("rsud dr moewardi solo penuh"))[0].rule.code == "x-rs"


def test_no_keyword_turns_into_a_common_word_when_normalised():
    """ "tpi" would become "tapi" and "min" "admin": such a keyword would fire on every complaint."""
    import json

    from lapor.routing.rules import RULES_FILE

    common = {
        w.strip()
        for w in (RULES_FILE.parent / "common_words.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    for rule in json.loads(RULES_FILE.read_text(encoding="utf-8"))["rules"]:
        for keyword in rule["keywords"]:
            normalised = text.normalize(keyword)
            assert normalised, (rule["code"], keyword)
            assert normalised == keyword or normalised not in common, (rule["code"], keyword, normalised)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("complaint", "label"),
    [
        ("RSUD dr. Soetomo antre dari subuh", "provinsi|dinkes"),
        ("RSUD Saiful Anwar Malang obat kemoterapi kosong", "provinsi|dinkes"),
        ("RSUP Dr. Sardjito jadwal operasi mundur", "pusat|kemenkes"),
        ("Terminal tipe B kotor banyak calo bus AKDP", "provinsi|dishub"),
        ("Terminal Tirtonadi toilet berbayar", "pusat|kemenhub"),
        ("IndiHome putus terus teknisi tidak datang", "pusat|telkom"),
        ("tiket kapal feri di Merak habis", "pusat|asdp"),
        ("tiket pelni mahal di calo", "pusat|pelni"),
        ("nilai SKD CPNS saya tertinggi tapi tidak lulus", "pusat|bkn"),
        ("WNI ditahan di luar negeri, KBRI diam saja", "pusat|kemlu"),
        ("kapal ikan di atas 30 GT pakai cantrang", "pusat|kkp"),
        ("sertifikat lahan transmigran belum terbit", "pusat|kementrans"),
        ("koperasi simpan pinjam tidak mengembalikan simpanan", "pusat|kemenkop"),
        ("bayar pajak motor di samsat ada pungutan", "provinsi|"),
        ("tambang galian C ilegal merusak jalan desa", "provinsi|"),
        ("alat kontrasepsi suntik KB kosong", "pusat|kemendukbangga"),
        # affairs citizens describe without naming the body
        ("kolong bekas tambang timah tidak dipagar", "pusat|kemenesdm"),
        ("uang pensiun ayah ditahan karena belum autentikasi", "pusat|taspen"),
        ("RSUDZA antrean poli panjang", "provinsi|dinkes"),
        ("gaji buruh pabrik di bawah UMK", "provinsi|"),
        ("speedboat antar pulau kelebihan penumpang", "provinsi|dishub"),
        ("truk batubara lewat jalan umum siang hari", "provinsi|dishub"),
        ("Terminal Kampung Rambutan banyak calo", "pusat|kemenhub"),
        ("huntap korban bencana belum diserahkan", "pusat|kemenpkp"),
        ("debu cerobong smelter nikel masuk rumah", "pusat|klh"),
        ("ASN tidak netral dalam pilkada", "pusat|bawaslu"),
        ("nama saya tidak ada di DPT", "pusat|kpu"),
        ("PIP anak SD belum cair", "pusat|kemendikdasmen"),
        ("sengketa lahan dengan perusahaan sawit", "pusat|atrbpn"),
        ("harga Minyakita di atas HET", "pusat|kemendag"),
        ("aplikasi pengaduan pemkot tidak pernah dibalas", "kabupaten/kota|diskominfo"),
    ],
)
def test_the_data_files_rules_name_the_body_for_common_complaints(complaint, label):
    load_rules()
    found = match_rules(text.normalize(complaint))
    assert found and found[0].rule.label == label, [(m.rule.code, m.phrases) for m in found]
