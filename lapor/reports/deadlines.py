"""Stage deadlines of a report.

Placeholder arithmetic in calendar days; the working-day calendar (holidays, cuti bersama, regional
time zones) replaces `add_days` without changing its callers.
"""

from datetime import datetime, timedelta

from .models import Kind, Report

VERIFICATION_DAYS = 3
FIRST_RESPONSE_DAYS = 5
REPLY_WINDOW_DAYS = 10
COMPLETION_DAYS = {
    Kind.PERMINTAAN_INFORMASI: 5,
    Kind.PENGADUAN: 14,
    Kind.ASPIRASI: 14,
}
SUPERVISORY_COMPLETION_DAYS = 60


def add_days(start: datetime, days: int) -> datetime:
    return start + timedelta(days=days)


def completion_days(report: Report) -> int:
    if report.kind == Kind.PENGADUAN and report.category_id and report.category.supervisory:
        return SUPERVISORY_COMPLETION_DAYS
    return COMPLETION_DAYS[Kind(report.kind)]
