"""Small presentation helpers for the workspace templates: labels, deadlines, query strings."""

from django import template
from django.utils.translation import gettext_lazy as _

from lapor.accounts.models import Membership
from lapor.agencies.models import Agency
from lapor.reports.models import ArchiveReason, Status
from lapor.sla import selectors as sla

register = template.Library()

# The timeline's words for each kind of event (ReportEvent.action).
ACTION_LABELS = {
    "submit": _("Laporan dikirim"),
    "verify": _("Diverifikasi dan diteruskan"),
    "dispose": _("Didisposisikan"),
    "not_authority": _("Bukan wewenang, dikembalikan"),
    "hold": _("Ditunda"),
    "resume": _("Dilanjutkan"),
    "archive": _("Diarsipkan"),
    "merge": _("Digabungkan sebagai duplikat"),
    "respond": _("Tindak lanjut"),
    "reply": _("Tanggapan pelapor"),
    "close": _("Ditutup"),
    "auto_close": _("Ditutup oleh sistem"),
    "escalate": _("Eskalasi: batas waktu terlewati"),
    "rate": _("Penilaian pelapor"),
    "note": _("Catatan internal"),
    "request_extension": _("Permintaan perpanjangan waktu"),
    "grant_extension": _("Perpanjangan waktu disetujui"),
    "refuse_extension": _("Perpanjangan waktu ditolak"),
}
ROLE_LABELS = {**dict(Membership.Role.choices), "reporter": _("Pelapor"), "system": _("Sistem")}


@register.filter
def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@register.filter
def role_label(role: str) -> str:
    return ROLE_LABELS.get(role, role)


@register.filter
def status_label(code: str) -> str:
    return dict(Status.choices).get(code, code)


@register.filter
def level_label(code: str) -> str:
    return dict(Agency.Level.choices).get(code, code)


@register.filter
def archive_reason_label(code: str) -> str:
    return dict(ArchiveReason.choices).get(code, code)


@register.inclusion_tag("workspace/_deadline.html", takes_context=True)
def deadline(context, due_at, now=None, report=None):
    """A deadline with the working days left in the report's regional calendar: red when past, amber at 1 HK."""
    if due_at is None:
        return {"state": "none"}
    # One holiday book per rendered template: a whole inbox page reads the calendar corrections once.
    book = context.render_context.setdefault("sla_holiday_book", sla.HolidayBook())
    calendar = sla.report_calendar(report, book=book) if report is not None else book.calendar(None)
    status = sla.deadline_status(due_at, calendar=calendar, now=now)
    return {"state": status.state, "due_at": due_at, "days": abs(status.working_days_left), "tz": calendar.tz.key}


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """This page's URL with some query parameters replaced (None or "" removes them)."""
    request = context["request"]
    params = request.GET.copy()
    for key in [k for k, values in params.lists() if not any(values)]:
        del params[key]  # an empty filter field says nothing; keep links short
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = params.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


@register.filter
def duration_days(seconds: float) -> str:
    """A duration for people: "3 jam" under a day, else "2,5 hari" (calendar time)."""
    from django.utils.formats import number_format
    from django.utils.translation import ngettext

    hours = (seconds or 0) / 3600
    if hours < 24:
        whole = max(1, round(hours))
        return ngettext("%(n)s jam", "%(n)s jam", whole) % {"n": whole}
    days = round(hours / 24, 1)
    return ngettext("%(n)s hari", "%(n)s hari", days) % {"n": number_format(days, decimal_pos=1)}
