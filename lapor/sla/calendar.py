"""Working-day arithmetic: pure functions of dates, a time zone and a holiday predicate.

Nothing here reads the database; `lapor.sla.selectors` builds the holiday predicate of a region
(library holidays, cuti bersama, and the admins' additions and removals) and passes it in.

How a deadline is counted (LAPOR! practice: whole working days, hari kerja):

- The day on which the clock starts does not count, whatever the hour. Counting begins on the next
  day in the region's time zone, and only working days count: Monday to Friday, neither a public
  holiday nor cuti bersama.
- The deadline is the END of the n-th working day, 23:59:59 local time, as an aware datetime.
  A report filed on Friday evening (or on Saturday) with 3 HK is due at the end of Wednesday.
- The region's time zone decides which day an instant falls on: 23:30 WIB is already the next day
  in WITA (00:30) and WIT (01:30), so the same instant may start the clock a day later in the east.
- Calendar-day periods (the reporter's 10-day reply window) end at the end of the n-th day after
  the start day, holidays or not.
"""

import calendar as gregorian
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

HolidayCheck = Callable[[date], bool]
# cum[k] = working days among the first k days of a year (cum[0] = 0): see `year_prefix`.
YearPrefix = Callable[[int], Sequence[int]]

# The last instant of a local day that a deadline names. Whole seconds keep it readable ("23:59").
END_OF_DAY = time(23, 59, 59)
# Public holidays (hari libur nasional) and the government's cuti bersama (SKB 3 Menteri).
HOLIDAY_CATEGORIES = (holidays.PUBLIC, holidays.GOVERNMENT)
SATURDAY = 5
# A guard against a holiday predicate that never lets a working day through.
MAX_SCAN_DAYS = 3660


@lru_cache(maxsize=64)
def library_holidays(year: int) -> dict[date, str]:
    """Indonesian public holidays and cuti bersama of one year, from the `holidays` package, in Indonesian.

    Dates after the years the package knows from decrees are its estimates (names end "(perkiraan)");
    admins correct them with calendar overrides.
    """
    table = holidays.country_holidays("ID", years=year, categories=HOLIDAY_CATEGORIES, language="id")
    return {day: name for day, name in table.items() if day.year == year}


def is_library_holiday(day: date) -> bool:
    return day in library_holidays(day.year)


def is_working_day(day: date, is_holiday: HolidayCheck = is_library_holiday) -> bool:
    return day.weekday() < SATURDAY and not is_holiday(day)


def local_date(instant: datetime, tz: ZoneInfo) -> date:
    if instant.tzinfo is None:
        raise ValueError("An aware datetime is needed to know which day it falls on.")
    return instant.astimezone(tz).date()


def end_of_day(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, END_OF_DAY, tzinfo=tz)


def add_working_days(
    start: datetime, n: int, *, tz: ZoneInfo, is_holiday: HolidayCheck = is_library_holiday
) -> datetime:
    """The end (23:59:59 local) of the n-th working day after the local day of `start`; n=0 ends that day."""
    if n < 0:
        raise ValueError("n must not be negative")
    day = local_date(start, tz)
    counted = scanned = 0
    while counted < n:
        day += timedelta(days=1)
        scanned += 1
        if scanned > MAX_SCAN_DAYS:
            raise ValueError("No working days found: check the holiday calendar.")
        if is_working_day(day, is_holiday):
            counted += 1
    return end_of_day(day, tz)


def add_calendar_days(start: datetime, n: int, *, tz: ZoneInfo) -> datetime:
    """The end (23:59:59 local) of the n-th day after the local day of `start`, holidays or not."""
    if n < 0:
        raise ValueError("n must not be negative")
    return end_of_day(local_date(start, tz) + timedelta(days=n), tz)


def _span(a: datetime, b: datetime, tz: ZoneInfo) -> tuple[date, date, int]:
    """The local days of two instants, earlier first, and the sign of the count between them."""
    first, last = local_date(a, tz), local_date(b, tz)
    sign = 1
    if last < first:
        first, last, sign = last, first, -1
    if (last - first).days > MAX_SCAN_DAYS:
        raise ValueError("The instants are too far apart to count working days between them.")
    return first, last, sign


def working_days_between(
    a: datetime, b: datetime, *, tz: ZoneInfo, is_holiday: HolidayCheck = is_library_holiday
) -> int:
    """Working days after the local day of `a` up to and including that of `b`; negative when b is earlier.

    It is the inverse of `add_working_days`: between(start, add_working_days(start, n)) == n.
    """
    first, last, sign = _span(a, b, tz)
    count = 0
    day = first
    while day < last:
        day += timedelta(days=1)
        if is_working_day(day, is_holiday):
            count += 1
    return sign * count


def year_prefix(year: int, is_holiday: HolidayCheck = is_library_holiday) -> tuple[int, ...]:
    """Running count of working days through each day of `year`: index k covers its first k days."""
    counts = [0]
    day = date(year, 1, 1)
    for _ in range(366 if gregorian.isleap(year) else 365):
        counts.append(counts[-1] + is_working_day(day, is_holiday))
        day += timedelta(days=1)
    return tuple(counts)


def working_days_between_by_prefix(a: datetime, b: datetime, *, tz: ZoneInfo, prefix_of: YearPrefix) -> int:
    """`working_days_between` from per-year running counts: O(years) instead of a loop over every day.

    A stalled report is overdue by months; an inbox page counting day by day made ~17,000 holiday checks.
    """
    first, last, sign = _span(a, b, tz)
    count = 0
    for year in range(first.year, last.year + 1):
        counts = prefix_of(year)
        after = first.timetuple().tm_yday if year == first.year else 0  # days of the year not counted
        through = last.timetuple().tm_yday if year == last.year else len(counts) - 1
        count += counts[through] - counts[after]
    return sign * count


def holidays_between(first: date, last: date, *, is_holiday: HolidayCheck = is_library_holiday) -> list[date]:
    """Weekdays from `first` to `last` (inclusive) that are not working days because of a holiday."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < SATURDAY and is_holiday(day):
            days.append(day)
        day += timedelta(days=1)
    return days


@dataclass(frozen=True)
class WorkingCalendar:
    """A time zone and a holiday predicate: the calendar of one region."""

    tz: ZoneInfo
    is_holiday: HolidayCheck = is_library_holiday
    # Running counts per year of this same calendar, when the caller keeps them (lapor.sla.selectors).
    prefix_of: YearPrefix | None = field(default=None, compare=False)

    def add_working_days(self, start: datetime, n: int) -> datetime:
        return add_working_days(start, n, tz=self.tz, is_holiday=self.is_holiday)

    def add_calendar_days(self, start: datetime, n: int) -> datetime:
        return add_calendar_days(start, n, tz=self.tz)

    def working_days_between(self, a: datetime, b: datetime) -> int:
        if self.prefix_of is not None:
            return working_days_between_by_prefix(a, b, tz=self.tz, prefix_of=self.prefix_of)
        return working_days_between(a, b, tz=self.tz, is_holiday=self.is_holiday)

    def is_working_day(self, day: date) -> bool:
        return is_working_day(day, self.is_holiday)
