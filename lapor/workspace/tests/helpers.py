"""Shared helpers for the workspace tests: reports placed in the cast's agency tree."""

import io
from dataclasses import dataclass

from PIL import Image

from lapor.reports.models import Report


@dataclass
class Placed:
    pupr: Report
    dinkes: Report
    batam: Report
    tanjungpinang: Report
    national: Report


def place_reports(cast) -> Placed:
    """One report held by each of Dinas PUPR, Dinas Kesehatan, Pemkot Batam, Pemkot Tanjungpinang, and the queue."""
    pupr = cast.disposed_to_pupr(title="Jalan berlubang di Batam Centre")
    dinkes, _ = cast.file(cast.pelapor, title="Antrean puskesmas terlalu lama")
    dinkes = cast.act(dinkes, "verify", cast.admin_nasional, agency_id=cast.batam.pk)
    dinkes = cast.act(dinkes, "dispose", cast.admin_batam, agency_id=cast.dinkes.pk)
    batam, _ = cast.file(cast.pelapor, title="Lampu jalan mati di Nagoya", agency_id=cast.batam.pk)
    tpi, _ = cast.file(cast.pelapor_lain, title="Sampah menumpuk di Tanjungpinang", agency_id=cast.tanjungpinang.pk)
    national, _ = cast.file(cast.pelapor_lain, title="Pelayanan KTP lambat sekali")
    return Placed(pupr=pupr, dinkes=dinkes, batam=batam, tanjungpinang=tpi, national=national)


def png_bytes(color=(200, 16, 46)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), color).save(out, format="PNG")
    return out.getvalue()
