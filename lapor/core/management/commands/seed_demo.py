"""Create the demo accounts and demo reports (development and demonstrations only)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from lapor.agencies.models import Agency
from lapor.core.management.demo import ACCOUNTS, missing_reference, seed_demo


class Command(BaseCommand):
    help = (
        "Buat akun demo (kata sandi dari DEMO_PASSWORD) dan contoh laporan melalui layanan yang sebenarnya. "
        "Hanya untuk pengembangan: ditolak dalam mode produksi. Aman dijalankan ulang."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG and not getattr(settings, "TESTING", False):
            raise CommandError(
                "seed_demo ditolak: aplikasi berjalan dalam mode produksi (DEBUG tidak aktif). Akun demo memakai "
                "kata sandi yang diketahui umum dan tidak boleh dibuat di server produksi. Untuk pengembangan, "
                "jalankan dengan DEBUG=1."
            )
        missing = missing_reference()
        if missing:
            # Agencies are derived from regions, so loading regions means loading agencies again.
            stages = set(missing) | ({"agencies"} if "regions" in missing else set())
            self.stdout.write(
                "Data referensi yang dibutuhkan belum ada ("
                + ", ".join(sorted(stages))
                + "); menjalankan load_reference terlebih dahulu…"
            )
            call_command("load_reference", *[f"--only={s}" for s in sorted(stages)], stdout=self.stdout)
            still_missing = missing_reference()
            if still_missing:
                codes = ", ".join(sorted(c for codes in still_missing.values() for c in codes))
                raise CommandError(f"Data referensi untuk demo tidak ditemukan setelah load_reference: {codes}.")

        result = seed_demo()
        if result.reports_skipped:
            self.stdout.write("Laporan demo sudah ada; tidak dibuat ulang.")
        else:
            self.stdout.write(f"{len(result.reports)} laporan demo dibuat:")
            for report in result.reports:
                self.stdout.write(f"  #{report.tracking_id} [{report.get_status_display()}] {report.title}")
            for tracking_id, token in result.reporter_tokens.items():
                self.stdout.write(f"  Token pelapor tanpa akun untuk #{tracking_id}: {token}")

        self.stdout.write(self.style.SUCCESS("Akun demo (semua dengan kata sandi yang sama):"))
        names = dict(Agency.objects.filter(code__in=[a.agency_code for a in ACCOUNTS]).values_list("code", "name"))
        for account in ACCOUNTS:
            place = f" di {names[account.agency_code]}" if account.agency_code else ""
            self.stdout.write(f"  {account.username:<22} {account.description}{place}")
        self.stdout.write(f"  Kata sandi: {settings.DEMO_PASSWORD}")
