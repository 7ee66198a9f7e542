"""How a report and its timeline read to a citizen: labels, names shown or hidden, personal data
masked, deadlines."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lapor.accounts.models import hash_token
from lapor.reports.models import ArchiveReason, Report, ReportEvent, Status
from lapor.reports.selectors import (
    Viewer,
    may_see_original_message,
    may_see_original_text,
    may_see_reporter_identity,
    with_shown_titles,
)
from lapor.routing.redaction import shown_text
from lapor.sla import selectors as sla

TZ_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


def reporter_label(viewer: Viewer, report: Report, *, identity: bool | None = None, hidden: str | None = None) -> str:
    """The reporter's name where the viewer may see it, otherwise "Anonim", otherwise `hidden`.

    `may_see_reporter_identity` decides: the public sees no reporter's name, anonim or not; an anonim
    report says so, the others show `hidden` (a neutral "Pelapor" unless the caller wants nothing).
    """
    if identity is None:
        identity = may_see_reporter_identity(viewer, report)
    if identity and report.reporter_id:
        return report.reporter.display_name
    if report.anonymous:
        return _("Anonim")
    return _("Pelapor") if hidden is None else hidden


@dataclass(frozen=True)
class ReportText:
    title: str
    body: str
    location: str


def report_text(viewer: Viewer, report: Report) -> ReportText:
    """The report's title, body and location as this viewer may read them."""
    originals = may_see_original_text(viewer, report)
    return ReportText(
        title=shown_text(report.title, originals=originals),
        body=shown_text(report.body, originals=originals),
        location=shown_text(report.location_text, originals=originals),
    )


def list_items(viewer: Viewer, reports) -> list[Report]:
    """Reports for a public list, each with `.shown_title` (`with_shown_titles`) and `.reporter_label`:
    a name, "Anonim", or "" when neither is shown."""
    rows = with_shown_titles(viewer, reports)
    for r in rows:
        r.reporter_label = reporter_label(viewer, r, hidden="")
    return rows


def reporter_token_for(viewer: Viewer, report: Report) -> str | None:
    """The follow-up token the viewer holds for this report, if any (to show it back to them)."""
    if not report.reporter_token_hash:
        return None
    for token in viewer.reporter_tokens:
        if token and hash_token(token) == report.reporter_token_hash:
            return token
    return None


def report_timezone(report: Report) -> tuple[str, str]:
    """The time zone to show the report's dates in: its region's (WIB/WITA/WIT), Jakarta otherwise."""
    tz = report.region.timezone if report.region_id else "Asia/Jakarta"
    return tz, TZ_LABELS.get(tz, "WIB")


def deadline_kind(report: Report) -> str:
    """Which sentence describes `due_at` in this status (the template words it)."""
    if report.status == Status.ON_HOLD:
        return "on_hold"
    if not report.due_at or not report.is_open:
        return ""
    if report.status == Status.FOLLOWED_UP:
        return "reply_window"
    if report.status == Status.SUBMITTED:
        return "verification"
    return "answer"


def answer_hint(report: Report, now=None) -> str:
    """When to expect the answer, in working days of the report's region ("3 hari kerja lagi")."""
    if deadline_kind(report) not in {"answer", "verification"}:
        return ""
    status = sla.report_deadline_status(report, now=now)
    if status.state == "overdue":
        return _("batas waktu sudah terlewati")
    if status.working_days_left == 0:
        return _("hari ini")
    days = status.working_days_left
    return ngettext("%(days)d hari kerja lagi", "%(days)d hari kerja lagi", days) % {"days": days}


@dataclass
class Entry:
    event: ReportEvent
    title: str
    who: str
    message: str = ""
    detail: str = ""
    attachments: list = field(default_factory=list)


def _title(event: ReportEvent) -> str:
    agency = event.agency.name if event.agency_id and event.agency else ""
    a = event.action
    if a == "submit":
        return _("Laporan dikirim")
    if a == "verify":
        return _("Diverifikasi dan diteruskan ke %(agency)s") % {"agency": agency}
    if a == "dispose":
        return _("Didisposisikan ke %(agency)s") % {"agency": agency}
    if a == "not_authority":
        return _("Dinyatakan bukan wewenang; laporan dikembalikan untuk diteruskan ke instansi yang tepat")
    if a == "hold":
        return _("Ditunda: pelapor diminta melengkapi laporan")
    if a == "resume":
        return _("Proses dilanjutkan")
    if a == "archive":
        return _("Diarsipkan")
    if a == "merge":
        return _("Digabungkan dengan laporan #%(main)s") % {"main": (event.data or {}).get("main_tracking_id", "?")}
    if a == "respond":
        return _("Tindak lanjut dari instansi")
    if a == "reply":
        return _("Tanggapan pelapor")
    if a == "close":
        return _("Ditutup oleh sistem") if event.actor_id is None else _("Laporan ditutup")
    if a == "escalate" and (event.data or {}).get("deadline") == "completion":
        return _("Batas waktu penyelesaian terlewati; laporan dalam pengawasan (eskalasi tingkat %(level)s)") % {
            "level": (event.data or {}).get("level", "?")
        }
    if a == "escalate":
        return _("Batas waktu terlewati; laporan dalam pengawasan (eskalasi tingkat %(level)s)") % {
            "level": (event.data or {}).get("level", "?")
        }
    if a == "rate":
        return _("Penilaian pelapor: %(score)s dari 5") % {"score": (event.data or {}).get("score", "?")}
    if a == "attach":
        return _("Lampiran ditambahkan")
    if a == "note":
        return _("Catatan internal")
    if a == "request_extension":
        return _("Permintaan perpanjangan waktu: %(days)s hari kerja") % {"days": (event.data or {}).get("days", "?")}
    if a == "grant_extension":
        return _("Batas waktu diperpanjang %(days)s hari kerja") % {"days": (event.data or {}).get("days", "?")}
    if a == "refuse_extension":
        return _("Permintaan perpanjangan waktu ditolak")
    return a


def _who(viewer: Viewer, report: Report, event: ReportEvent, *, identity: bool, officer_view: bool) -> str:
    if event.actor_role == "reporter":
        return reporter_label(viewer, report, identity=identity)
    if event.actor_agency_id and event.actor_agency:
        # Officers speak for their agency; their own names stay inside the government.
        if officer_view and event.actor_id and event.actor:
            return f"{event.actor.display_name} · {event.actor_agency.name}"
        return event.actor_agency.name
    if event.actor_id is None:
        return _("Sistem")
    return _("Petugas")


def _detail(event: ReportEvent) -> str:
    if event.action == "archive" and event.reason:
        return _("Alasan: %(reason)s") % {"reason": dict(ArchiveReason.choices).get(event.reason, event.reason)}
    if event.action == "not_authority":
        parts = []
        if event.reason:
            parts.append(_("Alasan: %(reason)s") % {"reason": event.reason})
        suggested = (event.data or {}).get("suggested_agency_name")
        if suggested:
            parts.append(_("Instansi yang disarankan: %(agency)s") % {"agency": suggested})
        return " · ".join(parts)
    if event.reason:
        return event.reason
    return ""


def timeline(viewer: Viewer, report: Report, events) -> list[Entry]:
    identity = may_see_reporter_identity(viewer, report)
    officer_view = viewer.covers(report) is not None
    entries = []
    for e in events:
        originals = may_see_original_message(viewer, report, e)
        entries.append(
            Entry(
                event=e,
                title=_title(e),
                who=_who(viewer, report, e, identity=identity, officer_view=officer_view),
                message=shown_text(e.message, originals=originals),
                detail=shown_text(_detail(e), originals=originals),
                attachments=list(e.attachments.all()),
            )
        )
    return entries
