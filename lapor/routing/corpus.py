"""Labelled examples for the router: the bootstrap corpus, evaluation files, and the system's own history.

A line of a corpus file names the agency that must answer (`{"text", "agency", "level", "category",
"region"}`, the format `evaluate_routing` reads). Training needs its role (labels.py), which is
derived from the name alone, so the corpus can be read before the agency tree is loaded:
the national bodies come from agencies/data/pusat.json, the regional ones follow the naming of
agencies/reference.py ("Dinas Pendidikan Provinsi Jawa Barat" → `provinsi|disdik`).
"""

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lapor.agencies.reference import COMMON_OPD, PDAM, PUSAT_FILE

from .labels import KABKOTA, PROVINSI, PUSAT, label_of, make_label

DATA_DIR = Path(__file__).resolve().parent / "data"
BOOTSTRAP_FILE = DATA_DIR / "bootstrap.jsonl"
EVALUATION_FILE = DATA_DIR / "evaluation.jsonl"
CATEGORIES_FILE = Path(__file__).resolve().parent.parent / "reports" / "data" / "categories.json"

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_LEGAL_FORMS = {"pt", "persero", "tbk", "perum", "perumda", "republik", "indonesia", "ri", "negara"}


def name_key(name: str) -> str:
    """Names compared case- and punctuation-insensitively ("PT PLN (Persero)" ~ "pt pln persero")."""
    text = unicodedata.normalize("NFKD", name or "").lower()
    return " ".join(_PUNCT.sub(" ", text).split())


def loose_key(name: str) -> str:
    """name_key without legal forms and "Indonesia"/"RI", which names carry or drop at will."""
    return " ".join(w for w in name_key(name).split() if w not in _LEGAL_FORMS)


@dataclass(frozen=True)
class Example:
    text: str
    label: str | None  # None: the line names no agency, or one this project does not know
    category: str | None  # top-level category code
    level: str | None
    region: str | None
    agency: str | None  # the name as written


@lru_cache(maxsize=1)
def _pusat_roots() -> dict[str, str]:
    """Name, short name and aliases (name_key and loose_key) of every national body → its root code."""
    entries = json.loads(PUSAT_FILE.read_text(encoding="utf-8"))["agencies"]
    parents = {e["code"]: e.get("parent") for e in entries}

    def root(code):
        while parents.get(code):
            code = parents[code]
        return code

    found: dict[str, str] = {}
    for e in entries:
        for name in [e["name"], e.get("short_name", ""), *e.get("aliases", [])]:
            if name:
                found.setdefault(name_key(name), root(e["code"]))
                found.setdefault(loose_key(name), root(e["code"]))
    return found


@lru_cache(maxsize=1)
def _category_codes() -> dict[str, str]:
    tree = json.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))["categories"]
    return {name_key(c["name"]): c["code"] for c in tree} | {c["code"]: c["code"] for c in tree}


@lru_cache(maxsize=1)
def _category_names() -> dict[str, str]:
    tree = json.loads(CATEGORIES_FILE.read_text(encoding="utf-8"))["categories"]
    return {c["code"]: c["name"] for c in tree}


def category_name(code: str | None) -> str | None:
    return _category_names().get(code) if code else None


def category_code(name: str | None) -> str | None:
    return _category_codes().get(name_key(name)) if name else None


def label_from_name(name: str | None) -> str | None:
    """The role of an agency named as in our tree (or a known alias of a national body)."""
    if not name:
        return None
    key = name_key(name)
    for opd in (*COMMON_OPD, PDAM):
        for form in (opd.name, opd.short_name):
            prefix = name_key(form) + " "
            if key.startswith(prefix):
                area = key[len(prefix) :]
                return make_label(PROVINSI if area.startswith(("provinsi ", "prov ")) else KABKOTA, opd.slug)
    if key.startswith(("pemerintah provinsi ", "pemprov ")):
        return make_label(PROVINSI)
    if key.startswith(("pemerintah kota ", "pemerintah kabupaten ", "kecamatan ", "pemkot ", "pemkab ")):
        return make_label(KABKOTA)
    roots = _pusat_roots()
    code = roots.get(key) or roots.get(loose_key(name))
    return make_label(PUSAT, code) if code else None


def read_jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError(f'{path}:{number}: each line needs an object with "text"')
            yield row


def examples_from_file(path: Path) -> list[Example]:
    return [
        Example(
            text=row["text"],
            label=label_from_name(row.get("agency")),
            category=category_code(row.get("category")),
            level=row.get("level"),
            region=row.get("region"),
            agency=row.get("agency"),
        )
        for row in read_jsonl(path)
    ]


def bootstrap_examples() -> list[Example]:
    return examples_from_file(BOOTSTRAP_FILE) if BOOTSTRAP_FILE.exists() else []


def history_examples(limit: int = 2_000_000) -> Iterator[Example]:
    """Reports an agency answered: the text, and the role of the agency that gave the first answer.

    A report that went through "bukan wewenang" hops is labelled by where it finally got answered,
    so officers' corrections become training data without anyone labelling anything.
    """
    from lapor.agencies.models import Agency
    from lapor.reports.models import ReportEvent

    answers = (
        ReportEvent.objects.filter(action="respond", actor_agency__isnull=False)
        .order_by("report_id", "created_at", "id")
        .values_list("report_id", "actor_agency_id", "report__title", "report__body", "report__category__parent__code",
                     "report__category__code", "report__region__code")
    )  # fmt: skip
    agencies: dict[int, Agency] = {}
    seen = 0
    last_report = None
    for report_id, agency_id, title, body, parent_code, category, region in answers.iterator(chunk_size=5000):
        if report_id == last_report:
            continue  # only the first answer of each report
        last_report = report_id
        if agency_id not in agencies:
            agencies[agency_id] = Agency.objects.only("id", "code", "level", "path").get(pk=agency_id)
        label = label_of(agencies[agency_id])
        if label is None:
            continue
        yield Example(
            text=f"{title}. {body}",
            label=label,
            category=parent_code or category,
            level=label.split("|", 1)[0],
            region=region,
            agency=None,
        )
        seen += 1
        if seen >= limit:
            return
