"""Scoring the router against labelled lines (the `evaluate_routing` command and the learning test).

An answer is right when the expected agency's name (case- and punctuation-insensitive; also its short
name or a known alias) is the routed agency or one of its ancestors, or when the expected agency is
below the routed one: sending a complaint to Pemerintah Kota Bandung is right for one that Dinas
Pendidikan Kota Bandung must answer, because the city disposes it there.
"""

import time
from collections import Counter
from dataclasses import dataclass, field

from lapor.agencies.models import Agency

from .corpus import _pusat_roots, category_code, category_name, loose_key, name_key

LEVELS = ("pusat", "provinsi", "kabupaten/kota")


class AgencyNames:
    """Every agency's name keys, to find what an expected name refers to and to walk up the tree."""

    def __init__(self):
        self.by_id: dict[int, tuple[str, str, str, str]] = {}  # id -> (name, short_name, path, code)
        self.by_code: dict[str, int] = {}
        self.by_key: dict[str, set[int]] = {}
        for pk, name, short, path, code in Agency.objects.values_list("id", "name", "short_name", "path", "code"):
            self.by_id[pk] = (name, short, path, code)
            self.by_code[code] = pk
            for key in {name_key(name), loose_key(name), name_key(short), loose_key(short)} - {""}:
                self.by_key.setdefault(key, set()).add(pk)
        for alias_key, root_code in _pusat_roots().items():
            if root_code in self.by_code:
                self.by_key.setdefault(alias_key, set()).add(self.by_code[root_code])

    def matching(self, expected: str) -> set[int]:
        return self.by_key.get(name_key(expected), set()) | self.by_key.get(loose_key(expected), set())

    def chain(self, agency_id: int) -> list[int]:
        """From the top of the tree down to the agency."""
        path = self.by_id[agency_id][2]
        return [self.by_code[c] for c in path.strip("/").split("/") if c in self.by_code]

    def names(self, ids: list[int]) -> list[str]:
        return [self.by_id[i][0] for i in ids]

    def correct(self, predicted_id: int | None, expected: str) -> bool:
        if predicted_id is None:
            return False
        wanted = self.matching(expected)
        if not wanted:
            return False
        if wanted & set(self.chain(predicted_id)):
            return True
        predicted_path = self.by_id[predicted_id][2]
        return any(self.by_id[w][2].startswith(predicted_path) for w in wanted)


@dataclass
class Scores:
    lines: int = 0
    agency_total: int = 0
    agency_top1: int = 0
    agency_top3: int = 0
    unknown_expected: list[str] = field(default_factory=list)
    level_total: int = 0
    level_right: int = 0
    category_total: int = 0
    category_right: int = 0
    level_confusion: Counter = field(default_factory=Counter)  # (expected, predicted) -> n
    latencies_ms: list[float] = field(default_factory=list)

    @staticmethod
    def share(right: int, total: int) -> float:
        return right / total if total else 0.0

    def percentile(self, q: float) -> float:
        values = sorted(self.latencies_ms)
        if not values:
            return 0.0
        return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def evaluate(rows, *, route, names: AgencyNames, use_region: bool = True, on_prediction=None) -> Scores:
    """Route each row's text and score it; `on_prediction(row, prediction)` receives the output line."""
    scores = Scores()
    for row in rows:
        scores.lines += 1
        started = time.perf_counter()
        result = route(row["text"], region_code=(row.get("region") or None) if use_region else None)
        scores.latencies_ms.append((time.perf_counter() - started) * 1000)
        predicted = result.agency.pk if result.agency else None
        top3 = [s.agency.pk for s in result.suggestions[:3]]
        expected = row.get("agency")
        if expected:
            if not names.matching(expected):
                scores.unknown_expected.append(expected)
            scores.agency_total += 1
            scores.agency_top1 += names.correct(predicted, expected)
            scores.agency_top3 += any(names.correct(pk, expected) for pk in top3)
        if row.get("level"):
            scores.level_total += 1
            scores.level_right += result.level == row["level"]
            scores.level_confusion[(row["level"], result.level or "-")] += 1
        if row.get("category"):
            scores.category_total += 1
            scores.category_right += result.category is not None and result.category == category_code(row["category"])
        if on_prediction is not None:
            on_prediction(
                row,
                {
                    "agency": result.agency.name if result.agency else None,
                    "agency_path": names.names(names.chain(predicted)) if predicted else [],
                    "level": result.level,
                    "category": category_name(result.category),
                    "confidence": round(result.confidence, 4),
                    "top3": names.names(top3),
                },
            )
    return scores


def report_lines(scores: Scores) -> list[str]:
    s = scores
    lines = [
        f"Baris: {s.lines}",
        f"Instansi top-1: {Scores.share(s.agency_top1, s.agency_total):.1%} ({s.agency_top1}/{s.agency_total})",
        f"Instansi top-3: {Scores.share(s.agency_top3, s.agency_total):.1%} ({s.agency_top3}/{s.agency_total})",
        f"Tingkat pemerintahan: {Scores.share(s.level_right, s.level_total):.1%} ({s.level_right}/{s.level_total})",
        f"Kategori (tingkat atas): {Scores.share(s.category_right, s.category_total):.1%} "
        f"({s.category_right}/{s.category_total})",
        "Kebingungan tingkat (baris: seharusnya, kolom: hasil):",
    ]
    columns = [*LEVELS, "-"]
    lines.append("  " + " " * 16 + "".join(f"{c:>16}" for c in columns))
    for expected in LEVELS:
        lines.append(f"  {expected:<16}" + "".join(f"{s.level_confusion.get((expected, c), 0):>16}" for c in columns))
    lines.append(
        f"Latensi per laporan: p50 {s.percentile(0.5):.1f} ms, p95 {s.percentile(0.95):.1f} ms, "
        f"p99 {s.percentile(0.99):.1f} ms"
    )
    if s.unknown_expected:
        sample = ", ".join(sorted(set(s.unknown_expected))[:5])
        lines.append(f"Nama instansi yang tidak dikenal ({len(s.unknown_expected)} baris): {sample}")
    return lines
