"""The citizens' portal: file a report, follow it, read public reports. Views parse, call, render."""

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from lapor.core import ratelimit
from lapor.core.cursors import keyset_page
from lapor.core.forms import apply_service_errors
from lapor.regions.selectors import KAB_KOTA_LEVELS
from lapor.reports.exceptions import ActionNotAllowed, ConcurrentUpdate, InvalidTransition, ReportNotFound
from lapor.reports.selectors import (
    Viewer,
    get_visible_report,
    public_reports,
    reports_of_reporter,
    visible_events,
)
from lapor.reports.services import report_create, report_support
from lapor.reports.web import remember_reporter_token, viewer_from_request
from lapor.reports.workflow import TransitionInput, allowed_actions, transition
from lapor.routing.selectors import similar_public_reports

from . import presenters, selectors
from .forms import (
    KECAMATAN_LEVELS,
    REPORT_ERROR_FIELDS,
    RateForm,
    ReplyForm,
    ReportForm,
    SearchForm,
    TrackForm,
)

PAGE_SIZE = 20
HOME_LATEST = 5


def not_found(request):
    return render(request, "portal/not_found.html", status=404)


def forbidden(request, message=""):
    return render(request, "portal/forbidden.html", {"message": message}, status=403)


def report_errors(view):
    """Turn the report services' access errors into the portal's 404 and 403 pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ReportNotFound:
            return not_found(request)
        except ActionNotAllowed as exc:
            return forbidden(request, exc.message)

    return wrapper


def report_url(report) -> str:
    return reverse("portal:report", args=[report.tracking_id])


# --- Home and lists -------------------------------------------------------------------------------


@require_GET
def home(request):
    viewer = viewer_from_request(request)
    latest = presenters.list_items(viewer, public_reports().select_related("reporter")[:HOME_LATEST])
    return render(request, "portal/home.html", {"latest": latest, "track_form": TrackForm()})


@require_GET
def public_list(request):
    viewer = viewer_from_request(request)
    form = SearchForm(request.GET)
    form.is_valid()
    text = form.cleaned_data.get("q", "").strip()
    cursor = form.cleaned_data.get("sebelum") or None
    qs = public_reports(text=text).select_related("reporter")
    try:
        rows, next_cursor = keyset_page(qs, keys=("created_at", "id"), limit=PAGE_SIZE, cursor=cursor, descending=True)
    except ValidationError:
        return redirect(reverse("portal:public_list") + (f"?{urlencode({'q': text})}" if text else ""))
    next_url = None
    if next_cursor:
        params = {"sebelum": next_cursor, **({"q": text} if text else {})}
        next_url = reverse("portal:public_list") + "?" + urlencode(params)
    first_url = reverse("portal:public_list") + (f"?{urlencode({'q': text})}" if text else "")
    return render(
        request,
        "portal/public_list.html",
        {
            "form": form,
            "q": text,
            "reports": presenters.list_items(viewer, rows),
            "next_url": next_url,
            "first_url": first_url if cursor else None,
        },
    )


@login_required
@require_GET
def my_reports(request):
    viewer = viewer_from_request(request)
    page = Paginator(reports_of_reporter(viewer), PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(request, "portal/my_reports.html", {"page": page})


# --- Filing ---------------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def file_report(request):
    files_lost = False
    refusal = None
    if request.method == "POST":
        form = ReportForm(request.POST, request.FILES, user=request.user)
        # Every attempt counts against the address (flood guard); only filed reports count against the reporter.
        refusal = ratelimit.attempt_from_address(request)
        if refusal is None and form.is_valid():
            reporter = ratelimit.reporter_key(request.user, form.cleaned_data.get("contact", ""))
            refusal = ratelimit.reporter_refusal(request, reporter)
            if refusal is None:
                try:
                    report, token = report_create(viewer=viewer_from_request(request), data=form.to_input())
                except ValidationError as exc:
                    apply_service_errors(form, exc, REPORT_ERROR_FIELDS)
                else:
                    ratelimit.count_filing(request, reporter)
                    if token:
                        remember_reporter_token(request, token)
                    return redirect("portal:thanks", tracking_id=report.tracking_id)
        # Browsers cannot refill a file input: say so instead of silently dropping the files.
        files_lost = bool(request.FILES.getlist("attachments"))
    else:
        form = ReportForm(user=request.user)
    context = {"form": form, "files_lost": files_lost, "refusal": refusal}
    response = render(request, "portal/file.html", context, status=429 if refusal else 200)
    if refusal is not None:
        # Nothing was saved; the form above comes back filled in as typed.
        response["Retry-After"] = str(refusal.retry_after)
    return response


@never_cache
@require_GET
@report_errors
def thanks(request, tracking_id):
    viewer = viewer_from_request(request)
    report = get_visible_report(viewer, tracking_id)
    if not viewer.is_reporter_of(report):
        raise ReportNotFound()
    token = presenters.reporter_token_for(viewer, report)
    follow_url = f"{settings.SITE_URL}{report_url(report)}?{urlencode({'token': token})}" if token else ""
    return render(request, "portal/thanks.html", {"report": report, "token": token, "follow_url": follow_url})


# --- Tracking and the report page ------------------------------------------------------------------


def _holds_token(viewer: Viewer, tracking_id: str, token: str) -> bool:
    """True when `token` is the follow-up token of the report (checked on its own, not with the session's)."""
    probe = Viewer(user=None, reporter_tokens=(token,))
    try:
        report = get_visible_report(probe, tracking_id)
    except ReportNotFound:
        return False
    return probe.is_reporter_of(report)


@require_http_methods(["GET", "POST"])
def track(request):
    data = request.POST if request.method == "POST" else (request.GET if "tracking_id" in request.GET else None)
    form = TrackForm(data)
    if form.is_bound and form.is_valid():
        tracking_id, token = form.cleaned_data["tracking_id"], form.cleaned_data["token"]
        viewer = viewer_from_request(request)
        if token:
            viewer = Viewer(user=viewer.user, reporter_tokens=(*viewer.reporter_tokens, token))
        try:
            report = get_visible_report(viewer, tracking_id)
        except ReportNotFound:
            form.add_error(
                "tracking_id",
                _(
                    "Laporan dengan nomor ini tidak ditemukan, atau tidak dapat Anda lihat. Periksa kembali nomor "
                    "pelacakan dan token tindak lanjut Anda."
                ),
            )
        else:
            if token and _holds_token(viewer, report.tracking_id, token):
                remember_reporter_token(request, token)
            return redirect(report_url(report))
    return render(request, "portal/track.html", {"form": form})


def _report_page(request, viewer: Viewer, report, *, reply_form=None, rate_form=None, status=200):
    actions = allowed_actions(viewer, report)
    entries = presenters.timeline(viewer, report, visible_events(viewer, report))
    submitted = next((e for e in entries if e.event.action == "submit"), None)
    tzname, tzlabel = presenters.report_timezone(report)
    context = {
        "report": report,
        "text": presenters.report_text(viewer, report),
        "entries": entries,
        "report_attachments": submitted.attachments if submitted else [],
        "reporter_label": presenters.reporter_label(viewer, report, hidden=""),
        "is_reporter": viewer.is_reporter_of(report),
        "can_reply": "reply" in actions,
        "can_rate": "rate" in actions,
        "can_support": report.is_public and not viewer.is_reporter_of(report),
        "reply_form": reply_form or ReplyForm(),
        "rate_form": rate_form or RateForm(),
        "deadline_kind": presenters.deadline_kind(report),
        "answer_hint": presenters.answer_hint(report),
        "tzname": tzname,
        "tzlabel": tzlabel,
    }
    return render(request, "portal/report.html", context, status=status)


@require_GET
@report_errors
def report_detail(request, tracking_id):
    token = request.GET.get("token")
    if token is not None:
        # Keep the secret out of the address bar, the history and any Referer: remember it, then redirect.
        token = token.strip()[:400]
        if token and _holds_token(viewer_from_request(request), tracking_id, token):
            remember_reporter_token(request, token)
        else:
            messages.error(request, _("Token tindak lanjut tidak cocok dengan laporan ini."))
        return redirect("portal:report", tracking_id=tracking_id.strip().upper())
    viewer = viewer_from_request(request)
    report = get_visible_report(viewer, tracking_id)
    return _report_page(request, viewer, report)


def _act(request, tracking_id, action: str, form, to_input, *, error_fields: dict, success: str):
    """Run one reporter action from a posted form; errors go back onto the form on the report page."""
    viewer = viewer_from_request(request)
    report = get_visible_report(viewer, tracking_id)
    if form.is_valid():
        data, files = to_input(form.cleaned_data)
        try:
            transition(report, action, viewer=viewer, data=data, attachments=files)
        except ValidationError as exc:
            apply_service_errors(form, exc, error_fields)
        except (InvalidTransition, ConcurrentUpdate) as exc:
            messages.error(request, exc.message)
            return redirect(report_url(report))
        else:
            messages.success(request, success)
            return redirect(report_url(report) + "#linimasa")
    forms = {"reply_form": form} if action == "reply" else {"rate_form": form}
    return _report_page(request, viewer, report, **forms)


@require_POST
@report_errors
def reply(request, tracking_id):
    return _act(
        request,
        tracking_id,
        "reply",
        ReplyForm(request.POST, request.FILES),
        lambda d: (TransitionInput(message=d["message"]), d.get("attachments") or []),
        error_fields={},
        success=_("Tanggapan Anda telah dikirim ke instansi."),
    )


@require_POST
@report_errors
def rate(request, tracking_id):
    return _act(
        request,
        tracking_id,
        "rate",
        RateForm(request.POST),
        lambda d: (TransitionInput(score=d["score"], message=d.get("comment", "")), []),
        error_fields={"message": "comment"},
        success=_("Terima kasih atas penilaian Anda."),
    )


@require_POST
@report_errors
def support(request, tracking_id):
    if not request.user.is_authenticated:
        login_url = reverse("accounts:login") + "?" + urlencode({"next": reverse("portal:report", args=[tracking_id])})
        if request.htmx:
            return HttpResponseClientRedirect(login_url)
        return redirect_to_login(reverse("portal:report", args=[tracking_id]))
    viewer = viewer_from_request(request)
    report = get_visible_report(viewer, tracking_id)
    created = report_support(viewer=viewer, report=report)
    if request.htmx:
        return render(request, "portal/_support.html", {"report": report, "supported": True, "created": created})
    if created:
        messages.success(request, _("Terima kasih, dukungan Anda tercatat."))
    else:
        messages.info(request, _("Anda sudah mendukung laporan ini."))
    return redirect(report_url(report))


# --- htmx fragments -------------------------------------------------------------------------------


@require_GET
def regions(request):
    """<option>s for the dependent selects: kabupaten/kota of ?provinsi=, kecamatan of ?kabkota=."""
    if "kabkota" in request.GET:
        children = selectors.region_children(request.GET["kabkota"], KECAMATAN_LEVELS)
        placeholder = _("— Pilih kecamatan —")
    else:
        children = selectors.region_children(request.GET.get("provinsi", ""), KAB_KOTA_LEVELS)
        placeholder = _("— Pilih kabupaten/kota —")
    return render(request, "portal/_region_options.html", {"regions": children, "placeholder": placeholder})


@require_GET
def agency_suggestions(request):
    text = request.GET.get("q") or request.GET.get("agency_search") or ""
    agencies = selectors.agency_suggestions(text)
    return render(
        request, "portal/_agency_suggestions.html", {"agencies": agencies, "q": text.strip(), "short": len(text) < 2}
    )


@require_GET
def similar(request):
    """Open public reports like the one being typed: "dukung laporan ini?" instead of a duplicate."""
    text = f"{request.GET.get('title', '')} {request.GET.get('body', '')}"
    region = request.GET.get("kabkota") or request.GET.get("provinsi") or ""
    return render(request, "portal/_similar.html", {"similar": similar_public_reports(text, region)})
