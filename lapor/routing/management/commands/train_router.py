"""Train a new version of the routing model (bootstrap corpus + answered reports) and activate it."""

from django.core.management.base import BaseCommand

from lapor.routing.models import RoutingModel
from lapor.routing.training import train_and_store


class Command(BaseCommand):
    help = (
        "Latih versi baru model penerusan laporan dari korpus awal dan riwayat laporan yang sudah dijawab, "
        "simpan metriknya, dan aktifkan."
    )

    def add_arguments(self, parser):
        parser.add_argument("--if-missing", action="store_true", help="Hanya jika belum ada model aktif.")
        parser.add_argument("--bootstrap-only", action="store_true", help="Tanpa riwayat laporan.")
        parser.add_argument("--history-limit", type=int, default=2_000_000, help="Laporan riwayat paling banyak.")

    def handle(self, *args, if_missing=False, bootstrap_only=False, history_limit=2_000_000, **options):
        if if_missing and RoutingModel.objects.filter(is_active=True).exists():
            self.stdout.write("Model penerusan sudah ada; tidak dilatih ulang.")
            return
        row = train_and_store(include_history=not bootstrap_only, history_limit=history_limit)
        metrics = ", ".join(f"{k}={v}" for k, v in row.metrics.items())
        self.stdout.write(
            self.style.SUCCESS(f"Model penerusan v{row.version} aktif ({row.examples} contoh): {metrics}")
        )
