"""Version 1 of the national SLA policies: the time limits of the regulations (see DESIGN.md).

Verification and routing 3 HK; first answer (tindak lanjut) 5 HK; completion 5 HK for permintaan
informasi, 14 HK for pengaduan tidak berkadar pengawasan, 60 HK for pengaduan berkadar pengawasan
(PermenPANRB 62/2018 practice) and 14 HK for aspirasi; the reporter may reply within 10 (calendar)
days. In force since PermenPANRB 62/2018 (2018), so that they apply to any report, old or new.
The values are copied here, not imported, so that this migration never changes after it ran.
"""

from datetime import datetime, timezone

from django.db import migrations

VALID_FROM = datetime(2018, 1, 1, tzinfo=timezone.utc)
DEFAULTS = [
    # stage, classification, days, unit
    ("verification", "any", 3, "working"),
    ("first_response", "any", 5, "working"),
    ("completion", "permintaan_informasi", 5, "working"),
    ("completion", "pengaduan", 14, "working"),
    ("completion", "pengaduan_berkadar_pengawasan", 60, "working"),
    ("completion", "aspirasi", 14, "working"),
    ("reply_window", "any", 10, "calendar"),
]
NOTE = "Ketentuan awal (SP4N-LAPOR!, PermenPANRB 62/2018)"


def seed(apps, schema_editor):
    SlaPolicy = apps.get_model("sla", "SlaPolicy")
    for stage, classification, days, unit in DEFAULTS:
        if not SlaPolicy.objects.filter(stage=stage, classification=classification, agency=None).exists():
            SlaPolicy.objects.create(
                stage=stage,
                classification=classification,
                days=days,
                unit=unit,
                agency=None,
                version=1,
                valid_from=VALID_FROM,
                is_active=True,
                note=NOTE,
            )


def unseed(apps, schema_editor):
    SlaPolicy = apps.get_model("sla", "SlaPolicy")
    SlaPolicy.objects.filter(agency=None, version=1, note=NOTE).delete()


class Migration(migrations.Migration):
    dependencies = [("sla", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
