"""The scheduler of the deadline sweeps: one pass, or a loop that also recovers stalled notifications."""

import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from lapor.core import housekeeping
from lapor.sla import sweeps

PRUNE_EVERY_SECONDS = 24 * 3600


class Command(BaseCommand):
    help = (
        "Run the deadline sweeps: reminders before a deadline, escalation after it, closing reports whose "
        "reporter stayed silent past the reply window. With --loop, repeat every --interval seconds (and run "
        "notifications_recover each pass, queue the routing model's retraining when it is due, and prune "
        "finished task rows once a day) until SIGTERM or SIGINT. Safe on several machines at once."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep running, one pass every --interval seconds.")
        parser.add_argument("--interval", type=float, default=60.0, help="Seconds between the starts of two passes.")
        parser.add_argument("--batch-size", type=int, default=sweeps.BATCH_SIZE, help="Reports read per query.")

    def handle(self, *args, loop=False, interval=60.0, batch_size=sweeps.BATCH_SIZE, **options):
        if not loop:
            self._pass(batch_size, recover=False)
            return
        stop = threading.Event()

        def request_stop(signum, frame):
            self.stdout.write(f"run_sweeps: signal {signum}, stopping after this pass.")
            stop.set()

        signal.signal(signal.SIGTERM, request_stop)
        signal.signal(signal.SIGINT, request_stop)
        pruned_at = None
        while not stop.is_set():
            started = time.monotonic()
            close_old_connections()
            try:
                self._pass(batch_size, recover=True)
                if pruned_at is None or started - pruned_at >= PRUNE_EVERY_SECONDS:
                    counts = housekeeping.prune()
                    pruned_at = started
                    self.stdout.write("run_sweeps: pruned " + " ".join(f"{k}={v}" for k, v in counts.items()))
            except Exception as error:  # a failed pass (database away) must not end the scheduler
                self.stderr.write(f"run_sweeps: pass failed: {error!r}")
            stop.wait(max(0.0, interval - (time.monotonic() - started)))
        self.stdout.write("run_sweeps: stopped.")

    def _pass(self, batch_size: int, *, recover: bool) -> None:
        results = sweeps.run_all(batch_size=batch_size)
        self.stdout.write(
            " ".join(
                f"{name}={r.done} (scanned {r.scanned}, skipped {r.skipped}, {r.seconds:.2f}s)"
                for name, r in results.items()
            )
        )
        if recover:
            redone = sweeps.recover_unnotified()
            if redone:
                self.stdout.write(f"run_sweeps: notified {redone} reminders/escalations whose task was lost.")
            call_command("notifications_recover", stdout=self.stdout, stderr=self.stderr)
            from lapor.routing.services import schedule_retraining

            if schedule_retraining():
                self.stdout.write("run_sweeps: retraining of the routing model queued.")
