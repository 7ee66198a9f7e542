"""Score the router on a labelled JSONL file (see lapor/routing/evaluation.py for what counts as right)."""

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lapor.routing.corpus import read_jsonl
from lapor.routing.evaluation import AgencyNames, evaluate, report_lines
from lapor.routing.router import route
from lapor.routing.services import current_classifier


class Command(BaseCommand):
    help = (
        'Evaluate routing on FILE.jsonl: lines {"text", "agency", "level", "category", optional "region"}. '
        "Prints top-1/top-3 agency accuracy, level and category accuracy, the level confusion and latency."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--output", type=Path, help="Write one prediction per input line to this JSONL file.")
        parser.add_argument(
            "--ignore-region", action="store_true", help='Route from the text alone, ignoring the lines\' "region".'
        )

    def handle(self, *args, file: Path, output: Path | None = None, ignore_region=False, **options):
        if not file.exists():
            raise CommandError(f"Berkas tidak ditemukan: {file}")
        try:
            rows = list(read_jsonl(file))
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        model = current_classifier()
        names = AgencyNames()
        route(rows[0]["text"], model=model) if rows else None  # warm the caches before timing
        written = []
        scores = evaluate(
            rows,
            route=lambda text, region_code=None: route(text, model=model, region_code=region_code),
            names=names,
            use_region=not ignore_region,
            on_prediction=lambda _row, prediction: written.append(prediction),
        )
        self.stdout.write(f"Model: v{model.version or 0} ({'bootstrap' if model.version is None else 'tersimpan'})")
        for line in report_lines(scores):
            self.stdout.write(line)
        if output:
            with open(output, "w", encoding="utf-8") as out:
                for prediction in written:
                    out.write(json.dumps(prediction, ensure_ascii=False) + "\n")
            self.stdout.write(f"Prediksi ditulis ke {output}")
