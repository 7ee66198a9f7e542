"""What a notification says: its subject, body and link, in the recipient's language.

Officers' messages name the report, its title and the agency, never the reporter: they go to
agencies, and an anonim reporter's identity must not reach them (nor anyone's through a mailbox).
"""

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from lapor.reports.models import ArchiveReason, Report, ReportEvent

from .models import Channel, Kind

REPORTER = "reporter"
OFFICER = "officer"
TZ_LABELS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
SMS_MAX_CHARS = 320  # two concatenated SMS parts


@dataclass(frozen=True)
class Recipient:
    """Someone to tell, on one channel. `user` is None for a reporter reached only through their contact."""

    key: str
    channel: str
    address: str
    language: str
    audience: str
    user: object = None
    name: str = ""


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    url: str


def _when(value, report: Report) -> str:
    """A deadline as the reporter's region reads it: "12 Maret 2026 (WITA)"."""
    if not value:
        return ""
    tzname = report.region.timezone if report.region_id else settings.TIME_ZONE
    local = value.astimezone(ZoneInfo(tzname))
    return f"{formats.date_format(local, 'j F Y')} ({TZ_LABELS.get(tzname, tzname)})"


def _agency_name(event: ReportEvent | None, report: Report) -> str:
    if event is not None and event.agency_id and event.agency:
        return event.agency.name
    return report.agency.name if report.agency_id and report.agency else ""


def _reporter_message(kind: str, report: Report, event: ReportEvent | None) -> tuple[str, str, str]:
    """(headline, lead, detail) for the reporter. The headlines are the timeline's own words."""
    agency = _agency_name(event, report)
    message = (event.message if event else "") or ""
    reason = (event.reason if event else "") or ""
    if kind == Kind.RECEIVED:
        return (
            _("Laporan dikirim"),
            _(
                "Laporan Anda telah kami terima dengan nomor pelacakan %(tracking_id)s. Simpan nomor ini untuk "
                "melacak perkembangannya."
            )
            % {"tracking_id": report.tracking_id},
            "",
        )
    if kind == Kind.VERIFIED:
        return (
            _("Diverifikasi dan diteruskan ke %(agency)s") % {"agency": agency},
            _("Laporan diverifikasi dan diteruskan ke %(agency)s.") % {"agency": agency},
            "",
        )
    if kind == Kind.ROUTED:
        if event is not None and event.action == "not_authority":
            detail = _("Alasan: %(reason)s") % {"reason": reason} if reason else ""
            headline = _("Dinyatakan bukan wewenang; laporan dikembalikan untuk diteruskan ke instansi yang tepat")
            return headline, headline + ".", detail
        return (
            _("Didisposisikan ke %(agency)s") % {"agency": agency},
            _("Laporan Anda diteruskan ke %(agency)s untuk ditindaklanjuti.") % {"agency": agency},
            "",
        )
    if kind == Kind.ON_HOLD:
        return (
            _("Ditunda: pelapor diminta melengkapi laporan"),
            _("Laporan Anda ditunda sampai Anda melengkapi keterangan yang diminta. Balas melalui halaman laporan."),
            message or reason,
        )
    if kind == Kind.ARCHIVED and event is not None and event.action == "merge":
        main = (event.data or {}).get("main_tracking_id", "")
        return (
            _("Digabungkan dengan laporan #%(main)s") % {"main": main},
            _(
                "Laporan Anda membahas masalah yang sama dengan laporan #%(main)s, sehingga digabungkan. "
                "Tindak lanjut atas laporan tersebut akan kami teruskan kepada Anda."
            )
            % {"main": main},
            "",
        )
    if kind in (Kind.ANSWERED, Kind.CLOSED) and event is not None and event.report_id != report.pk:
        # The reporter of a merged duplicate, told about the main report it follows.
        main = event.report.tracking_id
        headline = _("Tindak lanjut atas laporan #%(main)s") % {"main": main}
        if kind == Kind.CLOSED:
            headline = _("Laporan #%(main)s ditutup") % {"main": main}
        lead = _("Laporan Anda digabungkan dengan laporan #%(main)s; berikut perkembangannya.") % {"main": main}
        return headline, lead, message if kind == Kind.ANSWERED else ""
    if kind == Kind.ARCHIVED:
        label = dict(ArchiveReason.choices).get(reason, reason)
        return _("Diarsipkan"), _("Laporan Anda diarsipkan."), _("Alasan: %(reason)s") % {"reason": label}
    if kind == Kind.ANSWERED:
        return (
            _("Tindak lanjut dari instansi"),
            _(
                "%(agency)s menindaklanjuti laporan Anda. Bila jawabannya belum memadai, tanggapi melalui halaman "
                "laporan."
            )
            % {"agency": agency or _("Instansi")},
            message,
        )
    if kind == Kind.CLOSED:
        system = event is not None and event.actor_id is None
        return (
            _("Ditutup oleh sistem") if system else _("Laporan ditutup"),
            _("Laporan selesai; beri penilaian atas jawabannya."),
            "",
        )
    if kind == Kind.EXTENSION:
        due = _when(report.completion_due_at or report.due_at, report)
        lead = _("Batas waktu penyelesaian laporan Anda diperpanjang.")
        if due:
            lead = _("Batas waktu penyelesaian laporan Anda diperpanjang sampai %(due)s.") % {"due": due}
        return _("Perpanjangan batas waktu"), lead, message or reason
    return str(Kind(kind).label), "", message


def _title_for_officers(report: Report) -> str:
    """An anonim report's title reaches agencies with personal data masked, as on their pages."""
    if not report.anonymous:
        return report.title
    from lapor.routing.redaction import mask_personal_data

    return mask_personal_data(report.title)


def _officer_message(kind: str, report: Report, event: ReportEvent | None, key: str = "") -> tuple[str, str, str]:
    """(headline, lead, detail) for officers: the report, never who filed it."""
    agency = _agency_name(event, report)
    names = {"tracking_id": report.tracking_id, "title": _title_for_officers(report), "agency": agency}
    due = _when(report.due_at, report)
    due_line = _("Batas waktu tahap ini: %(due)s.") % {"due": due} if due else ""
    if kind == Kind.NEW_DISPOSITION:
        return (
            _("Laporan baru untuk %(agency)s") % names,
            _('Laporan #%(tracking_id)s "%(title)s" kini berada di %(agency)s dan menunggu tindak lanjut.') % names,
            due_line,
        )
    if kind == Kind.REPORTER_REPLIED:
        return (
            _("Tanggapan pelapor"),
            _('Pelapor menanggapi laporan #%(tracking_id)s "%(title)s". Buka laporan untuk membacanya.') % names,
            due_line,
        )
    if kind == Kind.REMINDER and key.startswith("completion-reminder:"):
        return (
            _("Pengingat batas waktu penyelesaian"),
            _('Laporan #%(tracking_id)s "%(title)s" harus diselesaikan paling lambat %(due)s.')
            % {**names, "due": _when(report.completion_due_at, report) or "-"},
            "",
        )
    if kind == Kind.REMINDER:
        return (
            _("Pengingat batas waktu"),
            _('Laporan #%(tracking_id)s "%(title)s" harus ditindaklanjuti paling lambat %(due)s.')
            % {**names, "due": due or "-"},
            "",
        )
    if kind == Kind.ESCALATION and event is not None and (event.data or {}).get("deadline") == "completion":
        return (
            _("Eskalasi: laporan melewati batas waktu penyelesaian"),
            _(
                'Laporan #%(tracking_id)s "%(title)s" di %(agency)s belum selesai dalam batas waktu penyelesaiannya '
                "dan dieskalasikan kepada Anda."
            )
            % names,
            "",
        )
    if kind == Kind.ESCALATION:
        return (
            _("Eskalasi: laporan melewati batas waktu"),
            _(
                'Laporan #%(tracking_id)s "%(title)s" di %(agency)s telah melewati batas waktunya dan dieskalasikan '
                "kepada Anda."
            )
            % names,
            (event.reason or event.message) if event is not None else "",
        )
    return str(Kind(kind).label), "", ""


def _url(report: Report, recipient: Recipient) -> str:
    if recipient.audience == OFFICER:
        return reverse("workspace:report", args=[report.tracking_id])
    if recipient.user is not None or (report.verified_at and not report.confidential):
        return reverse("portal:report", args=[report.tracking_id])
    # A reporter without an account opens a private report with the tracking number and their token.
    return reverse("portal:track")


def render(kind: str, *, report: Report, event: ReportEvent | None, recipient: Recipient, key: str = "") -> Rendered:
    """Subject, body and link of one notification, rendered now in the recipient's language."""
    with translation.override(recipient.language):
        if recipient.audience == OFFICER:
            headline, lead, detail = _officer_message(kind, report, event, key)
        else:
            headline, lead, detail = _reporter_message(kind, report, event)
        url = _url(report, recipient)
        subject = Truncator(f"LAPOR! #{report.tracking_id}: {headline}").chars(250)
        context = {
            "recipient": recipient,
            "report": report,
            "headline": headline,
            "lead": lead,
            "detail": detail.strip(),
            "absolute_url": settings.SITE_URL + url,
            "tracking_id": report.tracking_id,
        }
        if recipient.channel == Channel.EMAIL:
            body = render_to_string("notifications/message.txt", context).strip()
        elif recipient.channel == Channel.SMS:
            body = Truncator(" ".join(render_to_string("notifications/sms.txt", context).split())).chars(SMS_MAX_CHARS)
        else:
            body = "\n\n".join(part for part in (lead, detail.strip()) if part)
    return Rendered(subject=subject, body=body, url=url)
