"""Reading the SLA data: a region's working-day calendar, the policy in force, how much time is left.

`HolidayBook` reads the calendar overrides once for the life of one request (or task), from a short
per-process cache (`lapor.core.refcache`), so a list of reports costs at most one query. Policies
(cached the same way) are read when a stage starts; the deadline then lives on the report
(`due_at`, `completion_due_at`) and later edits never move it.
"""

from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from lapor.agencies.models import Agency
from lapor.core import refcache
from lapor.regions.models import Region

from .calendar import HolidayCheck, WorkingCalendar, is_library_holiday, year_prefix
from .models import CalendarOverride, Classification, SlaPolicy, Stage, Unit

# What the regulations say (PermenPANRB 62/2018 practice; DESIGN.md). The data migration seeds the
# same numbers as version 1 of the national policies; these apply only if a national line is missing.
REGULATION_DEFAULTS: dict[tuple[str, str], tuple[int, str]] = {
    (Stage.VERIFICATION, Classification.ANY): (3, Unit.WORKING),
    (Stage.FIRST_RESPONSE, Classification.ANY): (5, Unit.WORKING),
    (Stage.COMPLETION, Classification.PERMINTAAN_INFORMASI): (5, Unit.WORKING),
    (Stage.COMPLETION, Classification.PENGADUAN): (14, Unit.WORKING),
    (Stage.COMPLETION, Classification.PENGADUAN_BERKADAR_PENGAWASAN): (60, Unit.WORKING),
    (Stage.COMPLETION, Classification.ASPIRASI): (14, Unit.WORKING),
    (Stage.REPLY_WINDOW, Classification.ANY): (10, Unit.CALENDAR),
}
# A deadline is "soon" (amber) when at most this many working days are left.
SOON_WORKING_DAYS = 1


@cache
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def default_zone() -> ZoneInfo:
    return zone(settings.TIME_ZONE)


def region_applies(override_code: str, region_code: str) -> bool:
    """A national entry ("") applies everywhere; a region's applies to it and every region inside it."""
    return not override_code or region_code == override_code or region_code.startswith(override_code + ".")


def is_day_off(day: date, region_code: str, entries) -> bool:
    """The most specific override of `day` that reaches the region decides; without one, the library does.

    `entries` are the day's overrides as (region code or "" for national, kind).
    """
    best: tuple[str, str] | None = None
    for code, kind in entries:
        if region_applies(code, region_code) and (best is None or len(code) > len(best[0])):
            best = (code, kind)
    if best is not None:
        return best[1] == CalendarOverride.Kind.ADD
    return is_library_holiday(day)


def _load_overrides() -> dict[int, dict[date, list[tuple[str, str]]]]:
    """Every calendar override (a few dozen a year), by year and date, as (region code or "", kind)."""
    by_year: dict[int, dict[date, list[tuple[str, str]]]] = {}
    for day, kind, code in CalendarOverride.objects.values_list("date", "kind", "region__code"):
        by_year.setdefault(day.year, {}).setdefault(day, []).append((code or "", kind))
    return by_year


_overrides_cache = refcache.ProcessCache(_load_overrides, models=[CalendarOverride])
# Running working-day counts per (region code, year), rebuilt whenever the overrides are reloaded or
# edited (same lifetime as `_overrides_cache`; with caching off, a new dict each time).
_prefix_cache = refcache.ProcessCache(dict, models=[CalendarOverride])


class HolidayBook:
    """Holiday overrides and regions, each read once and kept for the life of this object."""

    def __init__(self):
        self._years: dict[int, dict[date, list[tuple[str, str]]]] = {}
        self._regions: dict[int, Region | None] = {}
        self._prefixes: dict[tuple[str, int], tuple[int, ...]] = {}

    def overrides(self, year: int) -> dict[date, list[tuple[str, str]]]:
        """Every override of `year` (all regions: there are few), by date, as (region code or "", kind)."""
        if year not in self._years:
            self._years[year] = _overrides_cache.get().get(year, {})
        return self._years[year]

    def holiday_check(self, region_code: str = "") -> HolidayCheck:
        """Is this day off in the region: the most specific override for the day, else the library."""

        def is_holiday(day: date) -> bool:
            return is_day_off(day, region_code, self.overrides(day.year).get(day, ()))

        return is_holiday

    def region(self, region_id: int | None) -> Region | None:
        if region_id is None:
            return None
        if region_id not in self._regions:
            self._regions[region_id] = Region.objects.filter(pk=region_id).first()
        return self._regions[region_id]

    def calendar(self, region: Region | None) -> WorkingCalendar:
        """The calendar of a region (its time zone, national and regional holidays); national WIB without one."""
        code = region.code if region is not None else ""
        is_holiday = self.holiday_check(code)
        # Kept by the process while the overrides are; without that cache, for this book's life.
        prefixes = _prefix_cache.get() if refcache.enabled() else self._prefixes

        def prefix_of(year: int):
            key = (code, year)
            if key not in prefixes:
                prefixes[key] = year_prefix(year, is_holiday)
            return prefixes[key]

        tz = zone(region.timezone) if region is not None else default_zone()
        return WorkingCalendar(tz=tz, is_holiday=is_holiday, prefix_of=prefix_of)


def report_region(report, *, agency: Agency | None = None, book: HolidayBook | None = None) -> Region | None:
    """Whose calendar a report runs on: its own region (where the citizen and the service are), else the holder's."""
    if report.region_id:
        return report.region
    agency = agency if agency is not None else (report.agency if report.agency_id else None)
    if agency is not None and agency.region_id:
        return (book or HolidayBook()).region(agency.region_id)
    return None


def report_calendar(report, *, agency: Agency | None = None, book: HolidayBook | None = None) -> WorkingCalendar:
    book = book or HolidayBook()
    return book.calendar(report_region(report, agency=agency, book=book))


# --- Policies --------------------------------------------------------------------------------------


def classification_of(kind: str, *, supervisory: bool = False) -> str:
    """The SLA classification of a report: its kind, with pengaduan split by "berkadar pengawasan"."""
    if kind == Classification.PENGADUAN and supervisory:
        return Classification.PENGADUAN_BERKADAR_PENGAWASAN
    return Classification(kind).value


def report_classification(report) -> str:
    supervisory = bool(report.category_id) and report.category.supervisory
    return classification_of(report.kind, supervisory=supervisory)


def path_prefixes(agency: Agency | None) -> list[str]:
    """The paths of an agency and of every agency above it ("/a/", "/a/b/", ...)."""
    if agency is None:
        return []
    codes = agency.path.strip("/").split("/")
    return ["/" + "/".join(codes[: i + 1]) + "/" for i in range(len(codes))]


def current_versions(rows) -> list[SlaPolicy]:
    """The latest version in force of each policy line among `rows` (withdrawn lines left out)."""
    latest: dict[tuple, SlaPolicy] = {}
    for row in rows:
        held = latest.get(row.line)
        if held is None or (row.valid_from, row.version) > (held.valid_from, held.version):
            latest[row.line] = row
    return [row for row in latest.values() if row.is_active]


def _load_policies() -> list[SlaPolicy]:
    """Every policy row, all versions (national lines and the few agencies' stricter ones)."""
    return list(SlaPolicy.objects.annotate(agency_path=F("agency__path")))


_policies_cache = refcache.ProcessCache(_load_policies, models=[SlaPolicy])


def policies_in_force(stage: str, classification: str, agency: Agency | None, at: datetime) -> list[SlaPolicy]:
    """The national policy for this stage and classification, plus the lines of `agency` and its ancestors."""
    classes = {classification, Classification.ANY}
    prefixes = set(path_prefixes(agency))
    rows = [
        p
        for p in _policies_cache.get()
        if p.stage == stage
        and p.classification in classes
        and p.valid_from <= at
        and (p.agency_id is None or p.agency_path in prefixes)
    ]
    lines = current_versions(rows)
    national = [p for p in lines if p.agency_id is None]
    # The national line for exactly this classification beats the national "any" line.
    national.sort(key=lambda p: p.classification != classification)
    return national[:1] + [p for p in lines if p.agency_id is not None]


def national_policy(stage: str, classification: str, at: datetime | None = None) -> SlaPolicy | None:
    found = policies_in_force(stage, classification, None, at or timezone.now())
    return found[0] if found else None


@dataclass(frozen=True)
class Deadline:
    """A stage's deadline and the policy it came from (recorded in the timeline event's data)."""

    stage: str
    due_at: datetime
    days: int
    unit: str
    policy_id: int | None = None
    policy_version: int | None = None
    agency_id: int | None = None

    def as_data(self) -> dict:
        return {
            "stage": self.stage,
            "due_at": self.due_at.isoformat(),
            "days": self.days,
            "unit": self.unit,
            "policy_id": self.policy_id,
            "policy_version": self.policy_version,
            "policy_agency_id": self.agency_id,
        }


def due_after(calendar: WorkingCalendar, start: datetime, days: int, unit: str) -> datetime:
    if unit == Unit.CALENDAR:
        return calendar.add_calendar_days(start, days)
    return calendar.add_working_days(start, days)


def stage_deadline(
    *, stage: str, classification: str, agency: Agency | None, calendar: WorkingCalendar, start: datetime
) -> Deadline:
    """The deadline of a stage starting at `start`: the earliest that any policy in force allows.

    Agency lines may only be stricter than the national one; taking the earliest keeps that true
    even after the national limit is tightened below an older agency line.
    """
    candidates = [
        Deadline(
            stage=stage,
            due_at=due_after(calendar, start, p.days, p.unit),
            days=p.days,
            unit=p.unit,
            policy_id=p.pk,
            policy_version=p.version,
            agency_id=p.agency_id,
        )
        for p in policies_in_force(stage, classification, agency, start)
    ]
    if not candidates or candidates[0].agency_id is not None:
        # No national line (it should always exist: the data migration seeds them): the regulation's.
        days, unit = (
            REGULATION_DEFAULTS.get((stage, classification)) or REGULATION_DEFAULTS[(stage, Classification.ANY)]
        )
        candidates.insert(0, Deadline(stage=stage, due_at=due_after(calendar, start, days, unit), days=days, unit=unit))
    return min(candidates, key=lambda d: d.due_at)


# --- How much time is left ------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineStatus:
    """Working days left (negative when overdue, at least -1 once past) and a state for colours."""

    due_at: datetime | None
    working_days_left: int | None
    state: str  # "none", "ok", "soon", "overdue"

    @property
    def running(self) -> bool:
        return self.due_at is not None


NO_DEADLINE = DeadlineStatus(due_at=None, working_days_left=None, state="none")


def deadline_status(
    due_at: datetime | None, *, calendar: WorkingCalendar, now: datetime | None = None
) -> DeadlineStatus:
    """How a deadline stands at `now`: "overdue" once past, "soon" with at most 1 working day left, else "ok".

    0 working days left means due by the end of today (local); a deadline passed over a weekend is
    still overdue, so the count is at least -1 then.
    """
    if due_at is None:
        return NO_DEADLINE
    now = now or timezone.now()
    left = calendar.working_days_between(now, due_at)
    if now > due_at:
        return DeadlineStatus(due_at=due_at, working_days_left=min(left, -1), state="overdue")
    return DeadlineStatus(due_at=due_at, working_days_left=left, state="soon" if left <= SOON_WORKING_DAYS else "ok")


def report_deadline_status(
    report, *, field: str = "due_at", now: datetime | None = None, book: HolidayBook | None = None
) -> DeadlineStatus:
    """The status of one of a report's deadlines (`due_at` or `completion_due_at`) in its region's calendar."""
    due_at = getattr(report, field)
    if due_at is None or not report.is_open:
        return NO_DEADLINE
    return deadline_status(due_at, calendar=report_calendar(report, book=book), now=now)


# --- Extensions -----------------------------------------------------------------------------------

EXTENSION_ACTIONS = ("request_extension", "grant_extension", "refuse_extension")
# A request lapses when its stage ends: the report moved on, so there is nothing left to extend.
STAGE_ENDING_ACTIONS = ("verify", "not_authority", "hold", "resume", "archive", "respond", "reply", "close")


def pending_extension(report):
    """The extension request waiting for an admin's decision, or None."""
    last = (
        report.events.filter(action__in=EXTENSION_ACTIONS + STAGE_ENDING_ACTIONS)
        .order_by("-created_at", "-id")
        .only("id", "action", "actor_id", "data", "reason", "created_at")
        .first()
    )
    return last if last is not None and last.action == "request_extension" else None
