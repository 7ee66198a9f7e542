"""Every API error as `application/problem+json` (RFC 9457): {type, title, status, detail, errors?}.

`detail` is a sentence for people, in the caller's language (Indonesian unless Accept-Language asks
otherwise); `errors` maps each offending field to its messages, so a client can put them beside the
right input. Ninja's own errors (bad JSON, failed schema validation, missing or bad token) and the
domain's (Django ValidationError, ReportError) come out the same way, and bad input never gives a 500.
"""

import json
import logging
from functools import wraps

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.parser import Parser

from lapor.reports.exceptions import ReportError

logger = logging.getLogger("lapor.api")

PROBLEM_CONTENT_TYPE = "application/problem+json"
# Ids beyond a 64-bit integer are refused before they reach the database (which would fail on them).
MAX_DB_ID = 2**63 - 1

TITLES = {
    400: gettext_lazy("Permintaan tidak valid"),
    401: gettext_lazy("Autentikasi diperlukan"),
    403: gettext_lazy("Akses ditolak"),
    404: gettext_lazy("Tidak ditemukan"),
    405: gettext_lazy("Metode tidak diizinkan"),
    409: gettext_lazy("Konflik"),
    413: gettext_lazy("Permintaan terlalu besar"),
    422: gettext_lazy("Data tidak valid"),
    429: gettext_lazy("Terlalu banyak permintaan"),
    500: gettext_lazy("Kesalahan server"),
}


class Problem(Schema):
    """An error (RFC 9457); `errors` names each invalid field with its messages."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: dict[str, list[str]] | None = None


class TokenRejected(AuthenticationError):
    """A bearer token was sent but is unknown, expired or malformed (as opposed to no token at all)."""

    def __init__(self, message=None):
        super().__init__(401, str(message or _("Token tidak valid atau sudah kedaluwarsa.")))


def problem(
    status: int, detail, *, errors: dict | None = None, title=None, headers: dict | None = None
) -> HttpResponse:
    body = {
        "type": "about:blank",
        "title": str(title or TITLES.get(status, "")),
        "status": status,
        "detail": str(detail),
    }
    if errors:
        body["errors"] = {field: [str(m) for m in messages] for field, messages in errors.items()}
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False), status=status, content_type=f"{PROBLEM_CONTENT_TYPE}; charset=utf-8"
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def validation_problem(errors: dict[str, list]) -> HttpResponse:
    """422 naming every field; `detail` repeats the first message of each so it reads on its own."""
    parts = [f"{field}: {messages[0]}" for field, messages in errors.items() if messages]
    detail = _("Data tidak valid.") + (" " + " ".join(str(p) for p in parts) if parts else "")
    return problem(422, detail, errors=errors)


# --- Ninja (pydantic) validation errors, in the caller's language ------------------------------

PYDANTIC_MESSAGES = {
    "missing": gettext_lazy("Wajib diisi."),
    "string_type": gettext_lazy("Harus berupa teks."),
    "int_parsing": gettext_lazy("Harus berupa bilangan bulat."),
    "int_type": gettext_lazy("Harus berupa bilangan bulat."),
    "int_from_float": gettext_lazy("Harus berupa bilangan bulat."),
    "float_parsing": gettext_lazy("Harus berupa angka."),
    "float_type": gettext_lazy("Harus berupa angka."),
    "decimal_parsing": gettext_lazy("Harus berupa angka."),
    "decimal_type": gettext_lazy("Harus berupa angka."),
    "finite_number": gettext_lazy("Harus berupa angka."),
    "bool_parsing": gettext_lazy("Harus bernilai true atau false."),
    "bool_type": gettext_lazy("Harus bernilai true atau false."),
    "date_parsing": gettext_lazy("Tanggal tidak valid; gunakan format YYYY-MM-DD."),
    "date_type": gettext_lazy("Tanggal tidak valid; gunakan format YYYY-MM-DD."),
    "date_from_datetime_parsing": gettext_lazy("Tanggal tidak valid; gunakan format YYYY-MM-DD."),
    "date_from_datetime_inexact": gettext_lazy("Tanggal tidak valid; gunakan format YYYY-MM-DD."),
    "datetime_parsing": gettext_lazy("Waktu tidak valid; gunakan format ISO 8601."),
    "datetime_type": gettext_lazy("Waktu tidak valid; gunakan format ISO 8601."),
    "model_attributes_type": gettext_lazy("Harus berupa objek JSON."),
    "model_type": gettext_lazy("Harus berupa objek JSON."),
    "dict_type": gettext_lazy("Harus berupa objek JSON."),
    "list_type": gettext_lazy("Harus berupa daftar."),
    "json_invalid": gettext_lazy("JSON tidak valid."),
    "string_too_short": gettext_lazy("Minimal %(min_length)s karakter."),
    "string_too_long": gettext_lazy("Paling panjang %(max_length)s karakter."),
    "greater_than_equal": gettext_lazy("Nilai minimal %(ge)s."),
    "greater_than": gettext_lazy("Nilai harus lebih dari %(gt)s."),
    "less_than_equal": gettext_lazy("Nilai maksimal %(le)s."),
    "less_than": gettext_lazy("Nilai harus kurang dari %(lt)s."),
    "literal_error": gettext_lazy("Pilihan tidak valid. Pilih salah satu: %(expected)s."),
    "enum": gettext_lazy("Pilihan tidak valid. Pilih salah satu: %(expected)s."),
}


def _field_name(loc) -> str:
    source, *parts = [str(p) for p in loc] or ["body"]
    if source == "body" and parts:
        parts = parts[1:]  # the handler's parameter name (`payload`) means nothing to the client
    return ".".join(parts) or source


def _pydantic_message(error: dict) -> str:
    template = PYDANTIC_MESSAGES.get(error.get("type", ""))
    if template is None:
        message = str(error.get("msg", ""))
        return message.removeprefix("Value error, ")
    ctx = dict(error.get("ctx") or {})
    if "expected" in ctx:
        ctx["expected"] = str(ctx["expected"]).replace(" or ", ", ")
    try:
        return str(template) % ctx
    except (KeyError, TypeError, ValueError):
        return str(error.get("msg", ""))


def ninja_validation_errors(exc: NinjaValidationError) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_field_name(error.get("loc", ())), []).append(_pydantic_message(error))
    return errors


def django_validation_errors(exc: DjangoValidationError) -> dict[str, list[str]]:
    if hasattr(exc, "error_dict"):
        return {
            ("non_field_errors" if field == NON_FIELD_ERRORS else field): [str(m) for m in messages]
            for field, messages in exc.message_dict.items()
        }
    return {"non_field_errors": [str(m) for m in exc.messages]}


# --- Input PostgreSQL cannot store ------------------------------------------------------------


def _nul_fields(value, path: str = "") -> list[str]:
    if isinstance(value, str):
        return [path or "body"] if "\x00" in value else []
    if isinstance(value, dict):
        return [f for key, item in value.items() for f in _nul_fields(item, f"{path}.{key}" if path else str(key))]
    if isinstance(value, list):
        return [f for i, item in enumerate(value) for f in _nul_fields(item, f"{path}.{i}" if path else str(i))]
    return []


def _refuse_nul(data) -> None:
    fields = _nul_fields(data)
    if fields:
        raise DjangoValidationError({field: _("Teks tidak boleh berisi karakter NUL.") for field in fields})


class StrictParser(Parser):
    """Ninja's parser, refusing text with NUL characters (PostgreSQL cannot store them) with a 422."""

    def parse_body(self, request):
        data = super().parse_body(request)
        _refuse_nul(data)
        return data

    def parse_querydict(self, data, list_fields, request):
        result = super().parse_querydict(data, list_fields, request)
        _refuse_nul({key: value for key, value in result.items() if isinstance(value, str | list)})
        return result


# --- Handlers ----------------------------------------------------------------------------------


def install(api) -> None:
    """Register the problem+json handlers on a NinjaAPI."""

    @api.exception_handler(NinjaValidationError)
    def on_schema_error(request, exc):
        return validation_problem(ninja_validation_errors(exc))

    @api.exception_handler(DjangoValidationError)
    def on_domain_validation_error(request, exc):
        return validation_problem(django_validation_errors(exc))

    @api.exception_handler(ReportError)
    def on_report_error(request, exc):
        return problem(exc.status_code, exc.message)

    @api.exception_handler(AuthenticationError)
    def on_authentication_error(request, exc):
        if isinstance(exc, TokenRejected):
            return problem(401, exc.message, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        return problem(
            401,
            _("Autentikasi diperlukan: kirim header Authorization: Bearer <token>."),
            headers={"WWW-Authenticate": "Bearer"},
        )

    @api.exception_handler(HttpError)
    def on_http_error(request, exc):
        if exc.status_code == 400:
            # Ninja raises this only when the body cannot be parsed; the cause says why.
            cause = exc.__cause__
            if isinstance(cause, DjangoValidationError):
                return validation_problem(django_validation_errors(cause))
            if isinstance(cause, RequestDataTooBig):
                return problem(413, _("Permintaan terlalu besar."))
            return problem(400, _("Isi permintaan tidak dapat dibaca: kirim JSON yang valid."))
        if exc.status_code == 429:
            return problem(429, _("Terlalu banyak permintaan. Coba lagi nanti."))
        return problem(exc.status_code, exc.message)

    @api.exception_handler(Http404)
    def on_not_found(request, exc):
        return problem(404, _("Sumber daya tidak ditemukan."))

    @api.exception_handler(PermissionDenied)
    def on_permission_denied(request, exc):
        return problem(403, str(exc) or _("Anda tidak berwenang melakukan tindakan ini."))

    @api.exception_handler(RequestDataTooBig)
    def on_too_big(request, exc):
        return problem(413, _("Permintaan terlalu besar."))

    @api.exception_handler(SuspiciousOperation)
    def on_suspicious(request, exc):
        return problem(400, _("Permintaan tidak valid."))

    @api.exception_handler(Exception)
    def on_unexpected(request, exc):
        logger.exception("Unhandled API error on %s %s", request.method, request.path)
        return problem(500, _("Terjadi kesalahan pada server. Silakan coba lagi nanti."))


def unknown_route(request, *args, **kwargs) -> HttpResponse:
    """Everything under the API prefix that matches no endpoint."""
    return problem(404, _("Endpoint API tidak ditemukan: %(path)s") % {"path": request.path})


def problem_on_405(view):
    """Turn ninja's plain-text 405 into a problem document (other responses pass through)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            return problem(
                405,
                _("Metode %(method)s tidak diizinkan; gunakan %(allowed)s.")
                % {"method": request.method, "allowed": allowed},
                headers={"Allow": allowed},
            )
        return response

    wrapper.csrf_exempt = getattr(view, "csrf_exempt", False)
    return wrapper
