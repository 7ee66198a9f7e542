"""Small presentation helpers for the workspace templates: labels, deadlines, query strings."""

import math
from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lapor.accounts.models import Membership
from lapor.reports.models import ArchiveReason, Status

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
    "respond": _("Tindak lanjut"),
    "reply": _("Tanggapan pelapor"),
    "close": _("Ditutup"),
    "auto_close": _("Ditutup oleh sistem"),
    "rate": _("Penilaian pelapor"),
    "note": _("Catatan internal"),
}
ROLE_LABELS = {**dict(Membership.Role.choices), "reporter": _("Pelapor"), "system": _("Sistem")}
SOON = timedelta(days=1)


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
def archive_reason_label(code: str) -> str:
    return dict(ArchiveReason.choices).get(code, code)


@register.inclusion_tag("workspace/_deadline.html")
def deadline(due_at, now=None):
    """A deadline with the time left: red when overdue, amber within a day."""
    if due_at is None:
        return {"state": "none"}
    delta = due_at - (now or timezone.now())
    if delta < timedelta(0):
        return {"state": "overdue", "due_at": due_at, "days": max(1, math.ceil(-delta / timedelta(days=1)))}
    if delta <= SOON:
        return {"state": "soon", "due_at": due_at, "hours": max(1, math.ceil(delta / timedelta(hours=1)))}
    return {"state": "ok", "due_at": due_at, "days": math.ceil(delta / timedelta(days=1))}


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
