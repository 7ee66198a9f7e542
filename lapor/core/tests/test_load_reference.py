import importlib.util
import json
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from lapor.agencies.models import Agency
from lapor.regions.models import Region
from lapor.reports.data.reference import CATEGORIES_FILE, load_categories
from lapor.reports.models import Category

SCRIPT = Path(settings.BASE_DIR) / "scripts" / "extract_categories.py"
RESEARCH = Path("/work/shared/research/lapor-domain.md")


def _script():
    spec = importlib.util.spec_from_file_location("extract_categories", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.django_db
def test_it_loads_the_sp4n_category_tree():
    counts = load_categories()

    assert Category.objects.filter(parent=None).count() == 38
    assert counts["kategori utama"].created == 38
    jalan = Category.objects.select_related("parent").get(code="jalan-berlubang")
    assert (jalan.name, jalan.parent.code, jalan.parent.name) == (
        "Jalan Berlubang",
        "pekerjaan-umum-dan-penataan-ruang",
        "Pekerjaan Umum dan Penataan Ruang",
    )
    assert Category.objects.get(code="ktp-kartu-tanda-penduduk").parent.code == "kependudukan"
    # Two levels only.
    assert not Category.objects.filter(parent__parent__isnull=False).exists()
    # A label under two parents gets a code prefixed by each parent.
    assert (
        Category.objects.get(code="sosial-dan-kesejahteraan-subsidi-listrik").parent.code == "sosial-dan-kesejahteraan"
    )
    assert Category.objects.get(code="topik-khusus-subsidi-listrik").parent.code == "topik-khusus"


@pytest.mark.django_db
def test_it_marks_maladministration_and_corruption_as_supervisory():
    load_categories()

    supervisory = set(Category.objects.filter(supervisory=True).values_list("code", flat=True))
    assert {"pungutan-liar", "penyalahgunaan-wewenang", "korupsi-kolusi-dan-nepotisme"} <= supervisory
    assert Category.objects.get(code="pungutan-liar").parent.code == "politik-dan-hukum"
    for parent in ["netralitas-asn", "politisasi-asn"]:
        children = Category.objects.filter(parent__code=parent)
        assert children.exists() and all(c.supervisory for c in children)
    assert not Category.objects.get(code="jalan-berlubang").supervisory
    assert not Category.objects.get(code="penyalahgunaan-narkotika").supervisory


@pytest.mark.django_db
def test_it_reloads_categories_without_duplicates_and_keeps_operator_settings():
    load_categories()
    total = Category.objects.count()
    Category.objects.filter(code="jalan-berlubang").update(name="Jalan Rusak", supervisory=True, is_active=False)

    counts = load_categories()

    jalan = Category.objects.get(code="jalan-berlubang")
    assert jalan.name == "Jalan Berlubang"
    assert (jalan.supervisory, jalan.is_active) == (True, False)
    assert Category.objects.count() == total
    assert counts["subkategori"].created == 0 and counts["subkategori"].updated == 1


def test_the_extractor_dedupes_prefixes_and_marks_truncated_lines():
    module = _script()
    markdown = "\n".join(
        [
            "## 11. Official category taxonomy",
            "- **POLITIK DAN HUKUM** (4): PUNGUTAN LIAR; KEBUDAYAAN; PUNGUTAN LIAR; PENYALAHGUNAAN NARKOTIKA",
            "- **PENDIDIKAN DAN KEBUDAYAAN** (5): KEBUDAYAAN; PAUD DAN PENDIDIKAN INFORMAL",
            "- **NETRALITAS ASN** (1): FOTO BERSAMA PESERTA PEMILU",
            "- **CORONA VIRUS** (173 sub-labels; COVID-era, e.g. ALAT RAPID TEST, KUALITAS ALAT RAPID TEST, … rest)",
            "- **SRGI** (no sub-labels listed)",
            "## 12. Next",
            "- **NOT A CATEGORY** (1): X",
        ]
    )
    document = module.build_document(markdown)
    tree = {top["code"]: top for top in document["categories"]}

    assert list(tree) == ["politik-dan-hukum", "pendidikan-dan-kebudayaan", "netralitas-asn", "corona-virus", "srgi"]
    politik = [c["code"] for c in tree["politik-dan-hukum"]["children"]]
    assert politik == ["pungutan-liar", "politik-dan-hukum-kebudayaan", "penyalahgunaan-narkotika"]
    assert [c["code"] for c in tree["pendidikan-dan-kebudayaan"]["children"]][
        0
    ] == "pendidikan-dan-kebudayaan-kebudayaan"
    assert tree["politik-dan-hukum"]["children"][0]["supervisory"] is True
    assert tree["politik-dan-hukum"]["children"][2]["supervisory"] is False
    assert tree["netralitas-asn"]["supervisory"] and tree["netralitas-asn"]["children"][0]["supervisory"]
    assert tree["pendidikan-dan-kebudayaan"]["truncated"] is True
    assert tree["politik-dan-hukum"]["truncated"] is False
    assert tree["corona-virus"]["truncated"] is True
    assert [c["name"] for c in tree["corona-virus"]["children"]] == ["Alat Rapid Test", "Kualitas Alat Rapid Test"]
    assert tree["srgi"]["children"] == [] and tree["srgi"]["name"] == "SRGI"
    assert tree["pendidikan-dan-kebudayaan"]["children"][1]["name"] == "PAUD dan Pendidikan Informal"
    assert module.build_document(markdown) == document


@pytest.mark.skipif(not RESEARCH.exists(), reason="the research file is not available here")
def test_the_committed_categories_json_is_what_the_extractor_makes():
    module = _script()
    expected = json.dumps(module.build_document(RESEARCH.read_text(encoding="utf-8")), ensure_ascii=False, indent=1)
    assert CATEGORIES_FILE.read_text(encoding="utf-8") == expected + "\n"


@pytest.mark.django_db
def test_load_reference_runs_the_chosen_stages_and_reports_counts():
    out = StringIO()
    call_command("load_reference", "--only", "categories", stdout=out)

    assert "kategori utama: 38 (38 baru, 0 diperbarui, 0 tetap)" in out.getvalue()
    assert not Region.objects.exists() and not Agency.objects.exists()

    out = StringIO()
    call_command("load_reference", "--only", "categories", stdout=out)
    assert "kategori utama: 38 (0 baru, 0 diperbarui, 38 tetap)" in out.getvalue()

    quiet = StringIO()
    call_command("load_reference", "--only", "categories", "--quiet", stdout=quiet)
    assert quiet.getvalue() == ""
