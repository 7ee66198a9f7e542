"""Errors raised by the report services; the web and the API map them to 404/403/409/422."""

from django.utils.translation import gettext_lazy as _


class ReportError(Exception):
    status_code = 400
    default_message = ""

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class ReportNotFound(ReportError):
    """Also raised for reports the caller may not see, so that access checks reveal nothing."""

    status_code = 404
    default_message = _("Laporan tidak ditemukan.")


class ActionNotAllowed(ReportError):
    status_code = 403
    default_message = _("Anda tidak berwenang melakukan tindakan ini pada laporan ini.")


class InvalidTransition(ReportError):
    status_code = 409
    default_message = _("Tindakan ini tidak dapat dilakukan pada status laporan saat ini.")


class ConcurrentUpdate(ReportError):
    status_code = 409
    default_message = _("Laporan baru saja diubah oleh petugas lain. Muat ulang halaman lalu coba lagi.")
