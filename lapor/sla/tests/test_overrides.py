"""Admins' corrections of the holiday calendar: regional holidays, new cuti bersama, cancelled holidays."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from lapor.regions.models import Region
from lapor.sla import services
from lapor.sla.models import CalendarOverride
from lapor.sla.selectors import HolidayBook

WIB = ZoneInfo("Asia/Jakarta")
ADD, REMOVE = CalendarOverride.Kind.ADD, CalendarOverride.Kind.REMOVE


def override(day, kind, name, region=None):
    return services.override_save(services.OverrideInput(date=day, kind=kind, name=name, region=region))


@pytest.fixture
def riau(db):
    province = Region.objects.create(code="14", name="Riau", level=Region.Level.PROVINSI)
    return Region.objects.create(code="14.71", name="Kota Pekanbaru", level=Region.Level.KOTA, parent=province)


def test_a_regional_holiday_stops_the_clock_in_that_province_and_everything_in_it(cast, riau):
    # Hari jadi Provinsi Kepulauan Riau, Thursday 24 September 2026.
    override(date(2026, 9, 24), ADD, "Hari Jadi Provinsi Kepulauan Riau", cast.region_kepri)
    book = HolidayBook()
    kecamatan = Region.objects.create(
        code="21.71.01", name="Batam Kota", level=Region.Level.KECAMATAN, parent=cast.region_batam
    )
    start = datetime(2026, 9, 22, 10, 0, tzinfo=WIB)  # Tuesday
    for region in (cast.region_kepri, cast.region_batam, kecamatan):
        assert not book.calendar(region).is_working_day(date(2026, 9, 24))
        assert book.calendar(region).add_working_days(start, 3) == datetime(2026, 9, 28, 23, 59, 59, tzinfo=WIB)
    # Riau and the national calendar work that day.
    assert book.calendar(riau).add_working_days(start, 3) == datetime(2026, 9, 25, 23, 59, 59, tzinfo=WIB)
    assert book.calendar(None).is_working_day(date(2026, 9, 24))


def test_a_newly_decreed_cuti_bersama_applies_nationwide(cast, riau):
    override(date(2026, 12, 31), ADD, "Cuti bersama tambahan akhir tahun")
    book = HolidayBook()
    for region in (None, cast.region_batam, riau):
        assert not book.calendar(region).is_working_day(date(2026, 12, 31))


def test_a_cancelled_holiday_is_a_working_day_again_unless_a_region_keeps_it(cast, riau):
    override(date(2026, 12, 24), REMOVE, "Cuti bersama Natal dibatalkan")
    # A region may keep the day off all the same: the most specific entry wins.
    override(date(2026, 12, 24), ADD, "Tetap libur di Kepulauan Riau", cast.region_kepri)
    book = HolidayBook()
    assert book.calendar(riau).is_working_day(date(2026, 12, 24))
    assert book.calendar(None).is_working_day(date(2026, 12, 24))
    assert not book.calendar(cast.region_batam).is_working_day(date(2026, 12, 24))
    # Christmas itself stays a holiday.
    assert not book.calendar(riau).is_working_day(date(2026, 12, 25))


def test_the_book_reads_the_overrides_once_per_year(cast, django_assert_num_queries):
    override(date(2026, 9, 24), ADD, "Hari Jadi Provinsi Kepulauan Riau", cast.region_kepri)
    book = HolidayBook()
    calendar = book.calendar(cast.region_batam)
    start = datetime(2026, 9, 1, 10, 0, tzinfo=WIB)
    with django_assert_num_queries(2):  # 2026 and 2027
        for _ in range(50):
            calendar.add_working_days(start, 100)


@pytest.mark.parametrize(
    ("day", "kind", "field", "message"),
    [
        (date(2026, 9, 26), ADD, "date", "Sabtu atau Minggu"),
        (date(2026, 12, 25), ADD, "date", "sudah hari libur: Hari Raya Natal"),
        (date(2026, 12, 30), REMOVE, "date", "bukan hari libur"),
    ],
)
def test_it_refuses_corrections_that_change_nothing(db, day, kind, field, message):
    with pytest.raises(ValidationError) as error:
        override(day, kind, "Koreksi")
    assert message in " ".join(error.value.message_dict[field])
    assert not CalendarOverride.objects.exists()


def test_one_correction_per_day_and_region(cast, riau):
    override(date(2026, 9, 24), ADD, "Hari Jadi Provinsi Kepulauan Riau", cast.region_kepri)
    with pytest.raises(ValidationError):
        override(date(2026, 9, 24), ADD, "Lagi", cast.region_kepri)
    with pytest.raises(ValidationError) as error:
        override(date(2026, 9, 24), ADD, "Hari Jadi Kota Batam", cast.region_batam)  # already off there
    assert "sudah hari libur" in error.value.message_dict["date"][0]
    override(date(2026, 9, 24), ADD, "Libur daerah Riau", riau)  # another province: fine
    with pytest.raises(ValidationError) as error:
        override(date(2026, 9, 24), ADD, "   ")
    assert "name" in error.value.message_dict


def test_a_region_may_work_on_a_nationally_added_day(cast, riau):
    override(date(2026, 12, 31), ADD, "Cuti bersama tambahan akhir tahun")
    override(date(2026, 12, 31), REMOVE, "Riau tetap bekerja", riau)
    book = HolidayBook()
    assert book.calendar(riau).is_working_day(date(2026, 12, 31))
    assert not book.calendar(cast.region_batam).is_working_day(date(2026, 12, 31))
    # Editing a correction is checked without itself: renaming it is allowed.
    national = CalendarOverride.objects.get(region=None)
    services.override_save(
        services.OverrideInput(date=national.date, kind=ADD, name="Cuti bersama (SKB baru)"), instance=national
    )
    assert CalendarOverride.objects.get(pk=national.pk).name == "Cuti bersama (SKB baru)"
