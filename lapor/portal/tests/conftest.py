import io

import pytest
from PIL import Image


@pytest.fixture
def gps_png() -> bytes:
    """A small PNG whose EXIF block carries a camera name and a GPS position."""
    img = Image.new("RGB", (40, 30), "red")
    exif = Image.Exif()
    exif[0x010F] = "KameraUji"
    exif[0x8825] = {1: "S", 2: (1.0, 7.0, 30.0), 3: "E", 4: (104.0, 2.0, 10.0)}
    buf = io.BytesIO()
    img.save(buf, format="PNG", exif=exif)
    return buf.getvalue()


def report_form_data(cast, **overrides) -> dict:
    data = {
        "kind": "pengaduan",
        "title": "Lampu jalan padam di Jalan Sudirman",
        "body": "Sudah dua minggu lampu jalan di sepanjang Jalan Sudirman padam sehingga rawan kecelakaan.",
        "provinsi": cast.region_kepri.code,
        "kabkota": cast.region_batam.code,
        "category": str(cast.category_jalan.pk),
        "location": "Jalan Sudirman depan SMP 3",
    }
    data.update(overrides)
    return data
