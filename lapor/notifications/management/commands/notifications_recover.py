from datetime import timedelta

from django.core.management.base import BaseCommand

from lapor.notifications import delivery


class Command(BaseCommand):
    help = (
        "Finish or restart notification deliveries left by a worker that died, and re-wake pending ones "
        "whose task is gone. Safe to run at any time, on several machines at once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-after",
            type=float,
            default=None,
            help="Seconds after which a claim counts as abandoned (default: NOTIFICATION_CLAIM_TIMEOUT, 600).",
        )
        parser.add_argument("--limit", type=int, default=500, help="Rows of each sort handled per run.")

    def handle(self, *args, stale_after=None, limit=500, **options):
        counts = delivery.recover(
            stale_after=None if stale_after is None else timedelta(seconds=stale_after), limit=limit
        )
        self.stdout.write(" ".join(f"{name}={value}" for name, value in counts.items()))
