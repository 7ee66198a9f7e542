"""What the classifier predicts: a *role* in the government tree, not one of its 14,000 agencies.

"Dinas Pendidikan Kota Bandung" and "Dinas Pendidikan Kabupaten Sleman" play the same role for a
complaint about an SMP: `kabupaten/kota|disdik`. The model learns roles from text; the region (chosen,
from coordinates, or found in the text) turns a role into the agency that must answer:

- `pusat|pln`         → the national body with code "pln" (wherever the report comes from);
- `provinsi|disdik`   → "pemprov-32-disdik" for a report in Jawa Barat (region 32.xx);
- `kabupaten/kota|`   → "pemda-3273", the government of Kota Bandung itself.
"""

from lapor.agencies.models import Agency
from lapor.core import refcache

PUSAT, PROVINSI, KABKOTA = Agency.Level.PUSAT.value, Agency.Level.PROVINSI.value, Agency.Level.KABUPATEN_KOTA.value
GOVERNMENT_PREFIXES = ("pemprov-", "pemda-")
DKI_JAKARTA = "31"


def make_label(level: str, target: str = "") -> str:
    return f"{level}|{target}"


def split_label(label: str) -> tuple[str, str]:
    level, _sep, target = label.partition("|")
    return level, target


def government_code(agency_code: str) -> str | None:
    """ "pemda-3273-disdik" → "pemda-3273"; "pemprov-32" → "pemprov-32"; a national code → None."""
    for prefix in GOVERNMENT_PREFIXES:
        if agency_code.startswith(prefix):
            return prefix + agency_code[len(prefix) :].split("-", 1)[0]
    return None


def label_of(agency: Agency) -> str | None:
    """The role an agency plays. Units below an OPD or a kecamatan office count as their government's."""
    root = agency.path.strip("/").split("/")
    if agency.level == PUSAT:
        return make_label(PUSAT, root[0])
    code = agency.code
    government = government_code(code)
    if government is None:
        return None
    level = PROVINSI if government.startswith("pemprov-") else KABKOTA
    rest = code[len(government) :].lstrip("-")
    target = rest.split("-", 1)[0] if rest and not rest.startswith("kec-") else ""
    return make_label(level, target)


def government_for(level: str, region_code: str | None) -> str | None:
    """The code of the government of `level` over a region ("32.73.01" → "pemda-3273" / "pemprov-32")."""
    if not region_code:
        return None
    parts = region_code.split(".")
    if level == PROVINSI or (level == KABKOTA and parts[0] == DKI_JAKARTA):
        # Jakarta's cities and regency are administrative (UU 29/2007): the province answers for them.
        return f"pemprov-{parts[0]}"
    if level == KABKOTA and len(parts) >= 2:
        return f"pemda-{parts[0]}{parts[1]}"
    return None


def agency_code_for(label: str, region_code: str | None) -> str | None:
    level, target = split_label(label)
    if level == PUSAT:
        return target or None
    government = government_for(level, region_code)
    if government is None:
        return None
    return f"{government}-{target}" if target else government


def _load_agencies() -> dict[str, Agency]:
    return {a.code: a for a in Agency.objects.active().only("id", "code", "name", "short_name", "level", "path")}


_agencies = refcache.ProcessCache(_load_agencies, models=[Agency])


def agency_by_code(code: str) -> Agency | None:
    if refcache.enabled():
        return _agencies.get().get(code)
    return Agency.objects.active().filter(code=code).first()


def resolve(label: str, region_code: str | None) -> Agency | None:
    """The agency playing `label` for a report in `region_code`, or None (unknown region, no such body)."""
    code = agency_code_for(label, region_code)
    return agency_by_code(code) if code else None
