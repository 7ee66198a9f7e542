"""Likely duplicates: open reports about the same thing in the same place.

Twenty neighbours report the same broken bridge; one report with twenty supporters is answered once
and counts for all. The measure is deliberately simple and explainable: the cosine of the sets of
stemmed content words (title and body, function words left out) between the new text and the open
reports of the last `DAYS` days in the same regency/city (else the same province, else anywhere),
newest first, at most `POOL` of them: one indexed query and a few milliseconds of set arithmetic.
"""

import math
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from django.utils import timezone

from lapor.reports.models import OPEN_STATUSES, Report

from . import text as routing_text
from .redaction import MASKS

DAYS = 90
POOL = 300
MIN_SIMILARITY = 0.3
# Words every complaint has; they say nothing about which problem it is.
FUNCTION_WORDS = frozenset(
    """
    yang di ke dari dan atau ini itu ada tidak belum sudah sangat sekali juga lagi masih akan bisa dapat
    saya kami kita mereka anda bapak ibu warga mohon tolong segera harap agar supaya untuk dengan pada
    oleh karena sejak sampai hingga sudah telah sedang baru lama hari minggu bulan tahun jam kali
    laporan lapor keluh aduan admin pihak terkait dinas instansi pemerintah kota kabupaten provinsi
    kecamatan kelurahan desa jalan rt rw no nomor depan dekat sekitar daerah wilayah banyak semua para
    apa kapan mana bagaimana kenapa mengapa siapa sebagai seperti jadi tapi namun serta bahwa kalau jika
    terima kasih ya
    """.split()
)


@dataclass
class Similar:
    report: Report
    score: float


def words(text: str) -> frozenset[str]:
    return frozenset(w for w in routing_text.stem(text).split() if w not in FUNCTION_WORDS and len(w) > 2)


@lru_cache(maxsize=50_000)
def _report_words(title: str, body: str) -> frozenset[str]:
    return words(f"{title} {body}")


# The labels that stand for personal data in `Report.public_text` (stored as their msgids): they say
# nothing about the problem, and two reports that both hid a phone number are not alike for it.
MASK_LABELS_RE = re.compile("|".join(re.escape(label) for label in MASKS.values()))


@lru_cache(maxsize=50_000)
def _public_words(public_text: str) -> frozenset[str]:
    return words(MASK_LABELS_RE.sub(" ", public_text))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def similar_reports(
    candidates,
    text: str,
    *,
    region_code: str | None = None,
    exclude_ids=(),
    limit: int = 5,
    minimum: float = MIN_SIMILARITY,
    now=None,
    masked: bool = False,
) -> list[Similar]:
    """The open reports among `candidates` (a queryset the caller may see) most like `text`, best first.

    `masked` scores the reports' words as the public reads them (`Report.public_text`): a name, an
    e-mail or a plate typed in then finds only reports that show it, not those whose page hides it.
    """
    wanted = words(text)
    if len(wanted) < 2:
        return []
    since = (now or timezone.now()) - timedelta(days=DAYS)
    pool = candidates.filter(status__in=OPEN_STATUSES, created_at__gte=since, duplicate_of__isnull=True)
    if region_code:
        parts = region_code.split(".")
        area = ".".join(parts[:2]) if len(parts) >= 2 else parts[0]
        pool = pool.filter(region__code__startswith=area)
    if exclude_ids:
        pool = pool.exclude(pk__in=list(exclude_ids))
    text_fields = ("title", "public_text") if masked else ("title", "body")
    # With what `may_see_original_text` reads, so that callers can mask each title without a query.
    access_fields = ("anonymous", "reporter_id", "reporter_token_hash", "agency_path")
    other_fields = ("status", "support_count", "created_at", "region_id", "confidential")
    fields = ("id", "tracking_id", *text_fields, *access_fields, *other_fields)
    rows = pool.order_by("-created_at", "-id").only(*fields)[:POOL]
    found = []
    for report in rows:
        if masked:
            report_words = _public_words(report.public_text)
        else:
            report_words = _report_words(report.title, report.body)
        score = similarity(wanted, report_words)
        if score >= minimum:
            found.append(Similar(report, score))
    found.sort(key=lambda s: s.score, reverse=True)
    return found[:limit]
