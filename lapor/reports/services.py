"""Writing reports: filing, supporting. Lifecycle changes live in `workflow.transition`."""

import secrets
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lapor.accounts.models import hash_token
from lapor.agencies.models import Agency
from lapor.core import refcache
from lapor.core.tasks import enqueue_task
from lapor.notifications.services import notify_for_event_later
from lapor.regions.selectors import region_by_code

from . import deadlines
from .attachments import clean_uploads, save_attachments
from .exceptions import ActionNotAllowed, InvalidTransition, ReportNotFound
from .models import Category, Channel, Kind, Report, ReportEvent, Support, public_copies
from .selectors import Viewer

# Crockford's base32 without look-alikes (0/O, 1/I/L, U) so IDs survive being read over the phone.
TRACKING_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
TRACKING_LENGTH = 8


def new_tracking_id() -> str:
    return "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_LENGTH))


def _load_active_categories() -> dict[str, Category]:
    """Active categories by code and by id (as text): a few hundred rows, read by every filing."""
    found: dict[str, Category] = {}
    for category in Category.objects.filter(is_active=True):
        found[category.code] = found[str(category.pk)] = category
    return found


_active_categories = refcache.ProcessCache(_load_active_categories, models=[Category])


def active_category(key: str) -> Category | None:
    """An active category by id or code."""
    if refcache.enabled():
        return _active_categories.get().get(key)
    categories = Category.objects.filter(is_active=True)
    return (categories.filter(pk=int(key)) if key.isdigit() else categories.filter(code=key)).first()


@dataclass
class ReportInput:
    kind: str
    title: str
    body: str
    anonymous: bool = False
    confidential: bool = False
    region_code: str = ""
    agency_id: int | None = None
    category: str | int | None = None
    incident_date: date | None = None
    location: str = ""
    lat: Decimal | float | None = None
    lon: Decimal | float | None = None
    contact: str = ""
    channel: str = Channel.WEB
    attachments: list = field(default_factory=list)


def _validated(data: ReportInput) -> dict:
    errors: dict[str, str] = {}
    values: dict = {}
    if data.kind not in Kind.values:
        errors["kind"] = _("Pilih klasifikasi: pengaduan, aspirasi, atau permintaan informasi.")
    title = (data.title or "").strip()
    body = (data.body or "").strip()
    if len(title) < 5:
        errors["title"] = _("Judul laporan minimal 5 karakter.")
    elif len(title) > 200:
        errors["title"] = _("Judul laporan paling panjang 200 karakter.")
    if len(body) < 20:
        errors["body"] = _("Isi laporan minimal 20 karakter: ceritakan apa, di mana, dan kapan.")
    elif len(body) > 10_000:
        errors["body"] = _("Isi laporan paling panjang 10.000 karakter.")
    if data.incident_date and data.incident_date > timezone.localdate():
        errors["incident_date"] = _("Tanggal kejadian tidak boleh di masa depan.")
    if data.region_code:
        region = region_by_code(data.region_code)
        if region is None:
            errors["region_code"] = _("Kode wilayah tidak dikenal.")
        values["region"] = region
    if data.agency_id:
        agency = Agency.objects.active().filter(pk=data.agency_id).first()
        if agency is None:
            errors["agency_id"] = _("Instansi tujuan tidak ditemukan.")
        values["agency"] = agency
    if data.category not in (None, ""):
        category = active_category(str(data.category))
        if category is None:
            errors["category"] = _("Kategori tidak dikenal.")
        values["category"] = category
    for name, value, low, high in (("lat", data.lat, -11.5, 6.5), ("lon", data.lon, 94.0, 141.5)):
        if value in (None, ""):
            continue
        try:
            number = Decimal(str(value)).quantize(Decimal("0.000001"))
        except ArithmeticError:
            errors[name] = _("Koordinat tidak valid.")
            continue
        if not low <= float(number) <= high:
            errors[name] = _("Koordinat berada di luar wilayah Indonesia.")
        values[name] = number
    if ("lat" in values) != ("lon" in values):
        errors["lat" if "lat" not in values else "lon"] = _("Isi lintang dan bujur sekaligus.")
    if data.channel not in Channel.values:
        errors["channel"] = _("Kanal tidak dikenal.")
    if errors:
        raise ValidationError(errors)
    values.update(title=title, body=body)
    return values


def report_create(*, viewer: Viewer, data: ReportInput) -> tuple[Report, str | None]:
    """File a report. Returns it and, for a reporter without an account, the secret follow-up token."""
    values = _validated(data)
    files = clean_uploads(data.attachments)
    user = viewer.user if viewer.is_authenticated else None
    raw_token = None if user else secrets.token_urlsafe(24)
    contact = (data.contact or "").strip()[:200]
    agency = values.get("agency")
    now = timezone.now()
    report = Report(
        kind=data.kind,
        title=values["title"],
        body=values["body"],
        **public_copies(values["title"], values["body"]),
        incident_date=data.incident_date,
        region=values.get("region"),
        location_text=(data.location or "").strip()[:255],
        latitude=values.get("lat"),
        longitude=values.get("lon"),
        category=values.get("category"),
        channel=data.channel,
        anonymous=bool(data.anonymous),
        confidential=bool(data.confidential),
        reporter=user,
        contact=contact,
        reporter_token_hash=hash_token(raw_token) if raw_token else "",
        chosen_agency=agency,
        # A report whose reporter chose the agency goes straight to that agency's admin.
        agency=agency,
        agency_path=agency.path if agency else "",
    )
    verification = deadlines.stage_deadline(report, "verification", now)
    report.due_at = verification.due_at
    for _attempt in range(5):
        report.tracking_id = new_tracking_id()
        try:
            with transaction.atomic():
                report.save()
                event = ReportEvent.objects.create(
                    report=report,
                    action="submit",
                    to_status=report.status,
                    actor=user,
                    actor_role="reporter",
                    agency=agency,
                    data={"channel": report.channel, "sla": {"due_at": verification.as_data()}},
                )
                save_attachments(report, files, event=event, user=user)
                _after_filing(report, event)
            break
        except IntegrityError:
            if Report.objects.filter(tracking_id=report.tracking_id).exists():
                report.pk = None
                continue
            raise
    return report, raw_token


def _after_filing(report: Report, event: ReportEvent) -> None:
    """Notify and route the new report in the background: one task, enqueued with the filing."""
    from django_tasks.backends.immediate import ImmediateBackend

    from .tasks import report_filed

    if isinstance(report_filed.get_backend(), ImmediateBackend):
        # No queue (tests, scripts): notifications are written now, routing after the commit.
        from lapor.routing.services import route_later  # loads the classifier's libraries only when used

        notify_for_event_later(event)
        route_later(report)
    else:
        enqueue_task(report_filed, report.pk, event.pk)


def report_support(*, viewer: Viewer, report: Report) -> bool:
    """Add the viewer's "dukung" to a public report; False when they had already supported it."""
    if not viewer.is_authenticated:
        raise ActionNotAllowed(_("Masuk terlebih dahulu untuk mendukung laporan."))
    if not report.is_public:
        raise ReportNotFound()
    if viewer.is_reporter_of(report):
        raise ActionNotAllowed(_("Laporan Anda sendiri tidak dapat didukung."))
    with transaction.atomic():
        _support, created = Support.objects.get_or_create(report=report, user=viewer.user)
        if created:
            Report.objects.filter(pk=report.pk).update(support_count=F("support_count") + 1)
            report.support_count += 1
    return created


def report_attach(*, viewer: Viewer, report: Report, files, message: str = "") -> ReportEvent:
    """Add files to an open report: by its reporter or an officer who handles it; one "attach" event."""
    from .workflow import HANDLERS, REPORTER

    membership = None
    if not viewer.is_reporter_of(report):
        membership = viewer.covers(report, roles=HANDLERS)
        if membership is None:
            raise ActionNotAllowed()
    if not report.is_open:
        raise InvalidTransition(_("Lampiran hanya dapat ditambahkan pada laporan yang masih berjalan."))
    cleaned = clean_uploads(files)
    if not cleaned:
        raise ValidationError({"attachments": _("Pilih setidaknya satu berkas.")})
    user = viewer.user if viewer.is_authenticated else None
    with transaction.atomic():
        event = ReportEvent.objects.create(
            report=report,
            action="attach",
            from_status=report.status,
            to_status=report.status,
            actor=user,
            actor_role=membership.role if membership else REPORTER,
            actor_agency=membership.agency if membership else None,
            message=(message or "").strip(),
        )
        save_attachments(report, cleaned, event=event, user=user)
    return event
