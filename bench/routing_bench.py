#!/usr/bin/env python
"""Measure the router on the bench database: routing latency per report, and retraining on its history.

    .venv/bin/python bench/routing_bench.py --database-url postgres://postgres@127.0.0.1:5432/lapor_bench

(a) Latency: routes every text of the evaluation set and the bootstrap corpus (region given as in
    the file for half of them, from the text for the other half) with the model in use, N rounds,
    and prints p50/p95/p99 per report, in this process, after one warm-up pass.
(b) Retraining: `train_and_store` on the bootstrap corpus plus every answered report of the
    database (the first answer of each), with the time of each phase, the example count and the
    process's peak memory. Skipped with --skip-training. The new version is stored and activated.
"""

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import DEFAULT_DATABASE_URL, percentile, setup_django  # noqa: E402


def latency(rounds: int) -> None:
    from lapor.routing.corpus import BOOTSTRAP_FILE, EVALUATION_FILE, read_jsonl
    from lapor.routing.services import current_classifier, route_text

    rows = list(read_jsonl(EVALUATION_FILE)) + list(read_jsonl(BOOTSTRAP_FILE))
    model = current_classifier()
    print(f"model: v{model.version or 0}; {len(rows)} texts x {rounds} rounds")
    for row in rows[:50]:
        route_text(row["text"], region_code=row.get("region"))
    timings = []
    for _round in range(rounds):
        for i, row in enumerate(rows):
            region = row.get("region") if i % 2 else None
            started = time.perf_counter()
            route_text(row["text"], region_code=region)
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"   routing one report: n={len(timings)} p50={percentile(timings, 50):.2f} ms "
        f"p95={percentile(timings, 95):.2f} ms p99={percentile(timings, 99):.2f} ms max={timings[-1]:.2f} ms"
    )


def retraining(limit: int) -> None:
    from lapor.routing import training
    from lapor.routing.corpus import bootstrap_examples, history_examples

    started = time.monotonic()
    examples = bootstrap_examples() + list(history_examples(limit=limit))
    read = time.monotonic() - started
    print(f"   read {len(examples):,} examples in {read:.1f} s")
    phase = time.monotonic()
    metrics, model = training.fit_with_holdout(examples, share=0.02)  # as train_and_store on a large history
    fitted = time.monotonic() - phase
    print(f"   fitted {len(model.roles.classes_)} roles in {fitted:.1f} s; held out: {metrics}")
    phase = time.monotonic()
    row = training.RoutingModel.objects.create(
        version=(training.RoutingModel.objects.order_by("-version").values_list("version", flat=True).first() or 0) + 1,
        is_active=True,
        examples=len(examples),
        from_history=len(examples) - len(bootstrap_examples()),
        metrics={**metrics, "bench": True, "train_seconds": round(read + fitted, 1)},
        blob=model.dumps(),
    )
    training.RoutingModel.objects.exclude(pk=row.pk).update(is_active=False)
    stored = time.monotonic() - phase
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"   retraining on {len(examples):,} examples: {time.monotonic() - started:.1f} s in all "
        f"(read {read:.1f}, fit {fitted:.1f}, store {stored:.1f} s: {len(row.blob) / 1e6:.1f} MB); "
        f"peak memory {peak_mb:,.0f} MB; stored as v{row.version}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-training", action="store_true")
    parser.add_argument("--history-limit", type=int, default=2_000_000)
    args = parser.parse_args()
    setup_django(args.database_url)
    from django.core.management import call_command

    call_command("load_reference", only=["rules"], verbosity=0)
    print("== (a) Routing latency ==")
    latency(args.rounds)
    if not args.skip_training:
        print("== (b) Retraining on the history ==")
        retraining(args.history_limit)
        print("== (a) Routing latency with the retrained model ==")
        latency(1)


if __name__ == "__main__":
    main()
