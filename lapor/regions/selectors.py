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
