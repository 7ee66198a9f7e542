"""Regions east of Batam for the time-zone tests: Makassar (WITA) and Jayapura (WIT)."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from lapor.regions.models import Region

WIB, WITA, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura")


def end_of(y, m, d, tz=WIB) -> datetime:
    """A deadline: the last second of a local day."""
    return datetime(y, m, d, 23, 59, 59, tzinfo=tz)


@dataclass
class EastRegions:
    makassar: Region
    jayapura: Region


@pytest.fixture
def east(db) -> EastRegions:
    sulsel = Region.objects.create(
        code="73", name="Sulawesi Selatan", level=Region.Level.PROVINSI, timezone=Region.TimeZone.WITA
    )
    papua = Region.objects.create(code="91", name="Papua", level=Region.Level.PROVINSI, timezone=Region.TimeZone.WIT)
    return EastRegions(
        makassar=Region.objects.create(
            code="73.71", name="Kota Makassar", level=Region.Level.KOTA, parent=sulsel, timezone=Region.TimeZone.WITA
        ),
        jayapura=Region.objects.create(
            code="91.71", name="Kota Jayapura", level=Region.Level.KOTA, parent=papua, timezone=Region.TimeZone.WIT
        ),
    )
