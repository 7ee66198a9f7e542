"""Reading regions: they change only when the reference data is reloaded, so filings read them from memory."""

from lapor.core import refcache

from .models import Region


def _load_by_code() -> dict[str, Region]:
    return {region.code: region for region in Region.objects.all()}


_by_code = refcache.ProcessCache(_load_by_code, models=[Region])


def region_by_code(code: str) -> Region | None:
    code = (code or "").strip()
    if not code:
        return None
    if refcache.enabled():
        return _by_code.get().get(code)
    return Region.objects.filter(code=code).first()


KAB_KOTA_LEVELS = (Region.Level.KABUPATEN, Region.Level.KOTA)


def kab_kota_by_province() -> list[tuple[str, list[tuple[str, str]]]]:
    """[(province name, [(kab/kota code, name), ...]), ...] in code order, for a grouped select."""
    regions = _by_code.get().values() if refcache.enabled() else Region.objects.all()
    provinces = {r.code: r.name for r in regions if r.level == Region.Level.PROVINSI}
    grouped: dict[str, list[tuple[str, str]]] = {code: [] for code in sorted(provinces)}
    for region in sorted(regions, key=lambda r: r.code):
        province = region.code.split(".")[0]
        if region.level in KAB_KOTA_LEVELS and province in grouped:
            grouped[province].append((region.code, region.name))
    return [(provinces[code], children) for code, children in grouped.items() if children]
