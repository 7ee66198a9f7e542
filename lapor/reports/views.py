"""Serving report attachments to those who may see the report (never straight from MEDIA_URL)."""

from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from lapor.accounts.auth import api_token_user, bearer_token
from lapor.core.api_errors import MAX_DB_ID, problem
from lapor.core.audit import log_access
from lapor.reports.exceptions import ReportNotFound

from .selectors import Viewer, get_visible_attachment
from .web import viewer_from_request


def _viewer(request) -> Viewer | None:
    """Session user and reporter tokens, plus what API clients send: a bearer token or `?token=`."""
    viewer = viewer_from_request(request)
    user = viewer.user
    raw = bearer_token(request)
    if raw:
        user = api_token_user(raw)
        if user is None:
            return None
    tokens = list(viewer.reporter_tokens)
    if request.GET.get("token", "").strip():
        tokens.append(request.GET["token"].strip())
    return Viewer(user=user, reporter_tokens=tuple(tokens))


@require_GET
def attachment_download(request, pk: int):
    if pk > MAX_DB_ID:
        raise Http404
    viewer = _viewer(request)
    if viewer is None:
        return problem(401, _("Token tidak valid atau sudah kedaluwarsa."), headers={"WWW-Authenticate": "Bearer"})
    try:
        attachment = get_visible_attachment(viewer, pk)
    except ReportNotFound as exc:
        raise Http404(str(exc)) from exc
    report = attachment.report
    if report.confidential and not viewer.is_reporter_of(report) and viewer.covers(report) is not None:
        log_access(
            user=viewer.user,
            action="download_confidential_attachment",
            object_type="attachment",
            object_id=attachment.pk,
            detail=report.tracking_id,
            request=request,
        )
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    response = FileResponse(
        handle,
        content_type=attachment.content_type,
        # Images show inline; PDFs download, so no PDF viewer runs them inside our origin.
        as_attachment=not attachment.is_image,
        filename=attachment.original_name,
    )
    response["Cache-Control"] = "private, no-store"
    return response
