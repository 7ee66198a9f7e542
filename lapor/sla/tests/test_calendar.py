"""The pure working-day arithmetic: weekends, holidays and cuti bersama, time zones, Lebaran, year end."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from lapor.sla.calendar import (
    WorkingCalendar,
    add_calendar_days,
    add_working_days,
    holidays_between,
    is_library_holiday,
    is_working_day,
    library_holidays,
    working_days_between,
    working_days_between_by_prefix,
    year_prefix,
)

WIB, WITA, WIT = ZoneInfo("Asia/Jakarta"), ZoneInfo("Asia/Makassar"), ZoneInfo("Asia/Jayapura")


def at(y, m, d, hh=10, mm=0, tz=WIB) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=tz)


def end_of(y, m, d, tz=WIB) -> datetime:
    return datetime(y, m, d, 23, 59, 59, tzinfo=tz)


def test_the_library_knows_lebaran_2026_with_its_cuti_bersama():
    days = library_holidays(2026)
    # Nyepi (19 March) and Idul Fitri 1447 H (21-22 March) with the cuti bersama around them
    # (SKB 3 Menteri): Wednesday 18 to Tuesday 24 March is one block without a working day.
    assert days[date(2026, 3, 18)] == "Cuti Bersama Hari Suci Nyepi"
    assert days[date(2026, 3, 19)] == "Hari Suci Nyepi"
    assert days[date(2026, 3, 20)] == "Cuti Bersama Hari Raya Idul Fitri"
    assert days[date(2026, 3, 21)] == "Hari Raya Idul Fitri"
    assert days[date(2026, 3, 22)] == "Hari kedua dari Hari Raya Idul Fitri"
    assert days[date(2026, 3, 23)] == days[date(2026, 3, 24)] == "Cuti Bersama Hari Raya Idul Fitri"
    assert date(2026, 3, 25) not in days and date(2026, 3, 17) not in days
    # Year end: cuti bersama on Christmas Eve, Christmas, New Year's Day.
    assert days[date(2026, 12, 24)] == "Cuti Bersama Hari Raya Natal"
    assert days[date(2026, 12, 25)] == "Hari Raya Natal"
    assert library_holidays(2027)[date(2027, 1, 1)] == "Tahun Baru Masehi"
    assert date(2026, 12, 31) not in days


def test_weekends_and_holidays_are_not_working_days():
    assert is_working_day(date(2026, 3, 17))  # Tuesday
    assert not is_working_day(date(2026, 3, 14))  # Saturday
    assert not is_working_day(date(2026, 3, 15))  # Sunday
    assert not is_working_day(date(2026, 3, 20))  # cuti bersama, a Friday
    assert holidays_between(date(2026, 3, 16), date(2026, 3, 27)) == [
        date(2026, 3, 18),
        date(2026, 3, 19),
        date(2026, 3, 20),
        date(2026, 3, 23),
        date(2026, 3, 24),
    ]


def test_a_report_filed_on_friday_evening_with_3_hk_is_due_at_the_end_of_wednesday():
    due = add_working_days(at(2026, 11, 27, 19, 0), 3, tz=WIB)
    assert due == end_of(2026, 12, 2)
    assert due.strftime("%A %H:%M:%S") == "Wednesday 23:59:59"
    # Saturday or Sunday starts the same count; the start day never counts, whatever the hour.
    assert add_working_days(at(2026, 11, 28, 9, 0), 3, tz=WIB) == end_of(2026, 12, 2)
    assert add_working_days(at(2026, 11, 30, 0, 1), 3, tz=WIB) == end_of(2026, 12, 3)
    assert add_working_days(at(2026, 11, 30, 15, 0), 0, tz=WIB) == end_of(2026, 11, 30)


def test_across_lebaran_2026_the_week_of_holidays_does_not_count():
    start = at(2026, 3, 17, 10, 0)  # Tuesday before Nyepi and Idul Fitri
    assert add_working_days(start, 3, tz=WIB) == end_of(2026, 3, 27)  # 25, 26, 27
    assert add_working_days(start, 5, tz=WIB) == end_of(2026, 3, 31)  # ... 30, 31
    assert add_working_days(start, 14, tz=WIB) == end_of(2026, 4, 14)  # Good Friday 3 April skipped too
    # In calendar days the same 3 days would have ended on the Friday of cuti bersama.
    assert add_calendar_days(start, 3, tz=WIB) == end_of(2026, 3, 20)
    assert add_calendar_days(start, 10, tz=WIB) == end_of(2026, 3, 27)


def test_across_the_year_end_christmas_and_new_year_do_not_count():
    start = at(2026, 12, 23, 10, 0)  # Wednesday before cuti bersama Natal
    assert add_working_days(start, 3, tz=WIB) == end_of(2026, 12, 30)  # 28, 29, 30
    assert add_working_days(start, 5, tz=WIB) == end_of(2027, 1, 4)  # 31 Dec, then 1 Jan is off
    assert add_working_days(start, 14, tz=WIB) == end_of(2027, 1, 18)


def test_the_regions_time_zone_decides_the_day_a_late_report_falls_on():
    # 23:30 WIB on Monday 16 March is already Tuesday in WITA (00:30) and WIT (01:30).
    filed = at(2026, 3, 16, 23, 30, tz=WIB)
    assert add_working_days(filed, 3, tz=WIB) == end_of(2026, 3, 26, WIB)  # 17, 25, 26
    assert add_working_days(filed, 3, tz=WITA) == end_of(2026, 3, 27, WITA)  # 25, 26, 27
    assert add_working_days(filed, 3, tz=WIT) == end_of(2026, 3, 27, WIT)
    # The deadline is the end of the day where the report is: 23:59:59 WIT is 21:59:59 WIB.
    assert add_working_days(filed, 3, tz=WIT).astimezone(WIB).hour == 21
    # At the year end: 23:30 WIB on 30 December is New Year's Eve in Papua.
    filed = at(2026, 12, 30, 23, 30, tz=WIB)
    assert add_working_days(filed, 3, tz=WIB) == end_of(2027, 1, 6, WIB)  # 31, 4, 6 (5 Jan: Isra Mikraj)
    assert add_working_days(filed, 3, tz=WIT) == end_of(2027, 1, 7, WIT)  # 4, 6, 7


def test_working_days_between_counts_what_is_left_and_is_negative_once_past():
    due = end_of(2026, 3, 27)
    assert working_days_between(at(2026, 3, 17), due, tz=WIB) == 3
    assert working_days_between(at(2026, 3, 23), due, tz=WIB) == 3  # during cuti bersama nothing is used up
    assert working_days_between(at(2026, 3, 26), due, tz=WIB) == 1
    assert working_days_between(at(2026, 3, 27, 8), due, tz=WIB) == 0  # due tonight
    assert working_days_between(at(2026, 3, 28), due, tz=WIB) == 0  # Saturday after: no working day lost yet
    assert working_days_between(at(2026, 3, 31), due, tz=WIB) == -2  # Monday and Tuesday lost


@pytest.mark.parametrize("tz", [WIB, WITA, WIT])
@pytest.mark.parametrize("n", [0, 1, 3, 5, 14, 60])
def test_between_is_the_inverse_of_add_for_every_start_day_of_2026(tz, n):
    start = datetime(2026, 1, 1, 8, 0, tzinfo=tz)
    for offset in range(0, 365, 3):
        instant = start + timedelta(days=offset)
        due = add_working_days(instant, n, tz=tz)
        assert working_days_between(instant, due, tz=tz) == n
        assert is_working_day(due.date()) or n == 0


def test_a_calendar_bundles_a_time_zone_with_its_holidays():
    regional_day = date(2026, 4, 15)
    calendar = WorkingCalendar(tz=WITA, is_holiday=lambda d: d == regional_day)
    assert calendar.add_working_days(at(2026, 4, 13, tz=WITA), 3) == end_of(2026, 4, 17, WITA)
    # The predicate replaces the library's: a library holiday counts again unless it is passed in.
    assert calendar.is_working_day(date(2026, 3, 20))


def test_it_refuses_naive_datetimes_and_negative_counts():
    with pytest.raises(ValueError):
        add_working_days(datetime(2026, 3, 17, 10, 0), 3, tz=WIB)
    with pytest.raises(ValueError):
        add_working_days(at(2026, 3, 17), -1, tz=WIB)
    with pytest.raises(ValueError):
        add_working_days(at(2026, 3, 17), 3, tz=WIB, is_holiday=lambda d: True)


@pytest.mark.parametrize("tz", [WIB, WIT])
def test_counting_by_yearly_running_totals_agrees_with_counting_day_by_day(tz):
    """Across Lebaran, the year ends of 2025-2027 and an admin's extra day off, both ways give the same count."""
    extra = {date(2026, 3, 25), date(2027, 1, 4)}

    def is_holiday(day):
        return day in extra or is_library_holiday(day)

    prefixes = {}

    def prefix_of(year):
        return prefixes.setdefault(year, year_prefix(year, is_holiday))

    start = datetime(2025, 12, 20, 23, 30, tzinfo=WIB)
    instants = [start + timedelta(days=d, hours=h) for d in range(0, 560, 7) for h in (0, 13)]
    for a in instants[::5]:
        for b in instants:
            expected = working_days_between(a, b, tz=tz, is_holiday=is_holiday)
            assert working_days_between_by_prefix(a, b, tz=tz, prefix_of=prefix_of) == expected
    assert year_prefix(2026)[-1] == sum(is_working_day(date(2026, 1, 1) + timedelta(i)) for i in range(365))
