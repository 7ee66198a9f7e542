"""Writing SLA data: new policy versions, calendar corrections, and the rules of deadline extensions.

Policies are versioned: an edit adds a row, never changes one, so a report keeps the deadline it got
when its stage started. Extensions are steps of the report's lifecycle (`reports.workflow`, actions
request_extension / grant_extension / refuse_extension); this module holds their rules and arithmetic.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from lapor.agencies.models import Agency
from lapor.regions.models import Region
from lapor.reports.exceptions import ActionNotAllowed, InvalidTransition

from . import selectors
from .calendar import SATURDAY, library_holidays
from .models import CalendarOverride, Classification, SlaPolicy, Stage, Unit

EXTENSION_ACTIONS = selectors.EXTENSION_ACTIONS
MAX_POLICY_DAYS = 365
# One request may ask for at most this many extra working days; more needs a new request later.
MAX_EXTENSION_DAYS = 30


# --- Policies --------------------------------------------------------------------------------------


@dataclass
class PolicyInput:
    stage: str
    classification: str = Classification.ANY
    days: int | None = None
    unit: str = Unit.WORKING
    agency: Agency | None = None
    valid_from: datetime | None = None
    is_active: bool = True
    note: str = ""


def _covered_classifications(classification: str) -> list[str]:
    if classification == Classification.ANY:
        return [c.value for c in Classification if c != Classification.ANY]
    return [classification]


def policy_validate(data: PolicyInput, *, now: datetime | None = None) -> None:
    """Raise ValidationError (by field) unless `data` may become the next version of its policy line."""
    now = now or timezone.now()
    errors: dict[str, str] = {}
    if data.stage not in Stage.values:
        errors["stage"] = _("Pilih tahap yang valid.")
    if data.classification not in Classification.values:
        errors["classification"] = _("Pilih klasifikasi yang valid.")
    if data.unit not in Unit.values:
        errors["unit"] = _("Pilih satuan hari kerja atau hari kalender.")
    if data.is_active and (data.days is None or not 1 <= int(data.days) <= MAX_POLICY_DAYS):
        errors["days"] = _("Jumlah hari harus antara 1 dan %(max)s.") % {"max": MAX_POLICY_DAYS}
    if data.valid_from is not None and data.valid_from < now.replace(second=0, microsecond=0):
        errors["valid_from"] = _("Kebijakan tidak boleh berlaku surut: pilih waktu sekarang atau nanti.")
    if errors:
        raise ValidationError(errors)

    valid_from = data.valid_from or now
    line = SlaPolicy.objects.filter(stage=data.stage, classification=data.classification, agency=data.agency)
    latest = line.order_by("-version").first()
    if latest is not None and valid_from < latest.valid_from:
        raise ValidationError(
            {
                "valid_from": _("Versi sebelumnya berlaku sejak %(when)s; versi baru tidak boleh lebih awal.")
                % {"when": timezone.localtime(latest.valid_from).strftime("%d-%m-%Y %H:%M")}
            }
        )
    if data.agency is None:
        if not data.is_active:
            raise ValidationError({"is_active": _("Kebijakan nasional tidak dapat dicabut; ubah jumlah harinya.")})
        return
    if not data.is_active:
        if latest is None or not latest.is_active:
            raise ValidationError({"is_active": _("Instansi ini tidak memiliki kebijakan yang berlaku untuk dicabut.")})
        return
    # An agency may be stricter than the national rule, never looser (nor in another unit).
    for classification in _covered_classifications(data.classification):
        national = selectors.national_policy(data.stage, classification, valid_from)
        if national is None:
            continue
        if national.unit != data.unit:
            raise ValidationError(
                {
                    "unit": _("Gunakan satuan yang sama dengan kebijakan nasional (%(unit)s).")
                    % {"unit": national.get_unit_display()}
                }
            )
        if int(data.days) > national.days:
            raise ValidationError(
                {
                    "days": _(
                        "Kebijakan instansi hanya boleh lebih ketat dari kebijakan nasional: paling lama "
                        "%(days)s %(unit)s untuk %(classification)s."
                    )
                    % {
                        "days": national.days,
                        "unit": national.get_unit_display(),
                        "classification": Classification(classification).label,
                    }
                }
            )


def policy_revise(data: PolicyInput, *, user=None, now: datetime | None = None) -> SlaPolicy:
    """Add the next version of a policy line (stage, classification, agency), in force from `valid_from`."""
    now = now or timezone.now()
    policy_validate(data, now=now)
    with transaction.atomic():
        line = SlaPolicy.objects.filter(stage=data.stage, classification=data.classification, agency=data.agency)
        previous = line.aggregate(v=Max("version"))["v"] or 0
        if not data.is_active:
            data.days = line.get(version=previous).days
        try:
            with transaction.atomic():
                return SlaPolicy.objects.create(
                    stage=data.stage,
                    classification=data.classification,
                    days=int(data.days),
                    unit=data.unit,
                    agency=data.agency,
                    version=previous + 1,
                    valid_from=data.valid_from or now,
                    is_active=data.is_active,
                    note=(data.note or "").strip()[:300],
                    created_by=user,
                )
        except IntegrityError:
            raise ValidationError(
                _("Kebijakan ini baru saja diubah oleh admin lain. Muat ulang lalu coba lagi.")
            ) from None


# --- Calendar overrides ------------------------------------------------------------------------


@dataclass
class OverrideInput:
    date: date
    kind: str
    name: str
    region: Region | None = None


def override_validate(data: OverrideInput, *, instance: CalendarOverride | None = None) -> None:
    """An addition must make a working weekday a day off; a removal must make a day off a working day."""
    errors: dict[str, str] = {}
    if not (data.name or "").strip():
        errors["name"] = _("Tuliskan keterangannya, mis. nama hari libur atau dasar keputusannya.")
    if data.kind not in CalendarOverride.Kind.values:
        errors["kind"] = _("Pilih tambah atau batalkan hari libur.")
    if errors:
        raise ValidationError(errors)
    # What the day is at that level without this correction: the library and broader corrections.
    others = CalendarOverride.objects.filter(date=data.date)
    if instance is not None and instance.pk:
        others = others.exclude(pk=instance.pk)
    entries = [(code or "", kind) for kind, code in others.values_list("kind", "region__code")]
    region_code = data.region.code if data.region else ""
    off = selectors.is_day_off(data.date, region_code, entries)
    name = library_holidays(data.date.year).get(data.date) or ""
    if data.kind == CalendarOverride.Kind.ADD:
        if data.date.weekday() >= SATURDAY:
            raise ValidationError({"date": _("Tanggal itu hari Sabtu atau Minggu: sudah bukan hari kerja.")})
        if off:
            raise ValidationError({"date": _("Tanggal itu sudah hari libur: %(name)s.") % {"name": name or "-"}})
    elif not off:
        raise ValidationError({"date": _("Tanggal itu bukan hari libur atau cuti bersama; tidak ada yang dibatalkan.")})
    clash = CalendarOverride.objects.filter(date=data.date, region=data.region)
    if instance is not None and instance.pk:
        clash = clash.exclude(pk=instance.pk)
    if clash.exists():
        raise ValidationError({"date": _("Sudah ada koreksi kalender untuk tanggal dan wilayah ini.")})


def override_save(data: OverrideInput, *, instance: CalendarOverride | None = None, user=None) -> CalendarOverride:
    """Add or change a calendar correction. Deadlines already computed keep their date."""
    override_validate(data, instance=instance)
    override = instance or CalendarOverride(created_by=user)
    override.date, override.kind, override.name, override.region = data.date, data.kind, data.name.strip(), data.region
    try:
        with transaction.atomic():
            override.save()
    except IntegrityError:
        raise ValidationError({"date": _("Sudah ada koreksi kalender untuk tanggal dan wilayah ini.")}) from None
    return override


def override_delete(override: CalendarOverride) -> None:
    override.delete()


# --- Extensions (steps of reports.workflow) -----------------------------------------------------


def extension_check(viewer, report, action: str):
    """Raise unless `action` may happen now; return the pending request (None for a new request)."""
    pending = selectors.pending_extension(report)
    if action == "request_extension":
        if pending is not None:
            raise InvalidTransition(_("Masih ada permintaan perpanjangan waktu yang menunggu keputusan."))
        return None
    if pending is None:
        raise InvalidTransition(_("Tidak ada permintaan perpanjangan waktu yang menunggu keputusan."))
    if viewer.is_authenticated and pending.actor_id == viewer.user.pk:
        raise ActionNotAllowed(_("Permintaan perpanjangan waktu diputuskan oleh admin lain, bukan oleh pemintanya."))
    return pending


def extension_allowed(viewer, report, action: str) -> bool:
    try:
        extension_check(viewer, report, action)
    except (InvalidTransition, ActionNotAllowed):
        return False
    return True


@dataclass
class ExtensionOutcome:
    changes: dict = field(default_factory=dict)
    data: dict = field(default_factory=dict)
    reason: str = ""


def _days(value, field_name: str, maximum: int) -> int:
    try:
        days = int(value)
    except (TypeError, ValueError):
        raise ValidationError({field_name: _("Isi jumlah hari kerja tambahan.")}) from None
    if not 1 <= days <= maximum:
        raise ValidationError(
            {field_name: _("Jumlah hari kerja tambahan harus antara 1 dan %(max)s.") % {"max": maximum}}
        )
    return days


def extension_outcome(
    report, action: str, *, pending, days, reason: str, now: datetime, agency: Agency | None = None
) -> ExtensionOutcome:
    """What a request, grant or refusal changes on the report and records in its event."""
    if action == "request_extension":
        if not reason:
            raise ValidationError({"reason": _("Jelaskan mengapa perlu perpanjangan waktu.")})
        days = _days(days, "days", MAX_EXTENSION_DAYS)
        return ExtensionOutcome(data={"days": days}, reason=reason)

    requested = int((pending.data or {}).get("days") or 0)
    base = {"request_event_id": pending.pk, "requested_days": requested}
    if action == "refuse_extension":
        if not reason:
            raise ValidationError({"reason": _("Jelaskan mengapa perpanjangan waktu ditolak.")})
        return ExtensionOutcome(data=base, reason=reason)

    # grant_extension: at most what was asked; counted from the current deadline, or from now if it passed.
    granted = requested if days in (None, "") else _days(days, "days", requested)
    calendar = selectors.report_calendar(report, agency=agency)
    outcome = ExtensionOutcome(data={**base, "days": granted}, reason=reason or pending.reason)
    for name in ("due_at", "completion_due_at"):
        current = getattr(report, name)
        if current is None:
            continue
        moved = calendar.add_working_days(max(current, now), granted)
        outcome.changes[name] = moved
        outcome.data[name] = {"from": current.astimezone(calendar.tz).isoformat(), "to": moved.isoformat()}
    return outcome
