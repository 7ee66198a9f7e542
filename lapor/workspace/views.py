"""The officers' workspace: inbox, verification queue, the report page and its actions, officials.

Views parse, call a selector or the workflow, and render. What an officer may see comes from
`reports.selectors`; what they may do from `reports.workflow.allowed_actions` / `transition`.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lapor.accounts.backends import may_configure
from lapor.accounts.officer_services import manageable_agencies, may_manage_officials, official_create, official_list
from lapor.core.audit import log_access
from lapor.core.forms import apply_service_errors
from lapor.portal.presenters import report_text
from lapor.regions.selectors import KAB_KOTA_LEVELS, kab_kota_by_province, region_by_code
from lapor.reports import selectors as report_selectors
from lapor.reports.exceptions import ActionNotAllowed, ConcurrentUpdate, InvalidTransition, ReportNotFound
from lapor.reports.models import OPEN_STATUSES, Status
from lapor.reports.selectors import get_visible_report, may_see_reporter_identity, visible_events
from lapor.reports.web import viewer_from_request
from lapor.reports.workflow import TRANSITIONS, allowed_actions, transition
from lapor.routing import selectors as routing_selectors
from lapor.routing.redaction import shown_text

from . import selectors
from .forms import ACTION_FORMS, ACTION_TITLES, InboxFilterForm, OfficialForm, QueueFilterForm
from .pagination import BY_DEADLINE, NEWEST_FIRST, paginate

LIST_TARGET = "ws-list"
OFFICIALS_PER_PAGE = 50
STALE_MESSAGE = gettext_lazy(
    "Laporan ini telah berubah sejak halaman dibuka (oleh petugas lain atau oleh sistem). "
    "Periksa keadaannya yang terbaru; isian Anda masih ada di formulir bila tindakan itu masih dapat dilakukan."
)
DONE_MESSAGES = {
    "verify": gettext_lazy("Laporan diverifikasi dan diteruskan ke %(agency)s."),
    "dispose": gettext_lazy("Laporan didisposisikan ke %(agency)s."),
    "not_authority": gettext_lazy("Laporan dikembalikan sebagai bukan wewenang."),
    "hold": gettext_lazy("Laporan ditunda; pelapor diminta melengkapi."),
    "resume": gettext_lazy("Verifikasi laporan dilanjutkan."),
    "archive": gettext_lazy("Laporan diarsipkan."),
    "merge": gettext_lazy("Laporan digabungkan dengan laporan utamanya sebagai duplikat."),
    "respond": gettext_lazy("Tindak lanjut terkirim kepada pelapor."),
    "note": gettext_lazy("Catatan internal disimpan."),
    "close": gettext_lazy("Laporan ditutup."),
    "request_extension": gettext_lazy("Permintaan perpanjangan waktu dikirim ke admin instansi."),
    "grant_extension": gettext_lazy("Perpanjangan waktu disetujui; batas waktu diperbarui."),
    "refuse_extension": gettext_lazy("Permintaan perpanjangan waktu ditolak."),
}


# --- Access -------------------------------------------------------------------------------------


def _forbidden(request, message=None):
    return render(request, "workspace/forbidden.html", {"message": message}, status=403)


def officer_required(view):
    """Signed in and holding at least one membership; the viewer is put on `request.viewer`."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        viewer = viewer_from_request(request)
        if not viewer.is_officer:
            return _forbidden(request, _("Ruang kerja hanya untuk petugas yang terdaftar pada sebuah instansi."))
        request.viewer = viewer
        return view(request, *args, **kwargs)

    return wrapper


def _render(request, template, context, status=200):
    viewer = request.viewer
    context.update(
        ws_may_verify=selectors.may_verify(viewer),
        ws_may_manage=may_manage_officials(request.user),
        ws_may_configure=may_configure(request.user),
        ws_memberships=viewer.memberships,
    )
    return render(request, template, context, status=status)


def _report_or_404(viewer, tracking_id):
    try:
        return get_visible_report(viewer, tracking_id)
    except ReportNotFound as e:
        raise Http404(e.message) from None


# --- Lists --------------------------------------------------------------------------------------


def _is_list_fragment(request) -> bool:
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and htmx.target == LIST_TARGET and not htmx.history_restore_request


def _render_list(request, page_template, context):
    template = "workspace/_list_body.html" if _is_list_fragment(request) else page_template
    context.update(list_target=LIST_TARGET, now=timezone.now())
    response = _render(request, template, context)
    # The same URL answers with a fragment or a page; caches must keep them apart.
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


def _page(request, qs, sort):
    """One page of a list, its titles as the officer may read them (anonim: masked but for the national admin)."""
    ordering = BY_DEADLINE if sort == "deadline" else NEWEST_FIRST
    page = paginate(qs, ordering, after=request.GET.get("after"), before=request.GET.get("before"))
    page.rows = report_selectors.with_shown_titles(request.viewer, page.rows)
    return page


@officer_required
@require_GET
def inbox(request):
    viewer = request.viewer
    form = InboxFilterForm(request.GET)
    filters = form.filters()
    page = _page(request, report_selectors.inbox(viewer, filters), filters.sort)
    counts = report_selectors.inbox_counts(viewer)
    chips = [{"status": "", "label": _("Semua yang berjalan"), "count": sum(counts.get(s, 0) for s in OPEN_STATUSES)}]
    # Closed and archived chips filter without a number: counting all history would cost every page view.
    chips += [{"status": s.value, "label": s.label, "count": counts.get(s.value)} for s in Status]
    for chip in chips:
        chip["active"] = chip["status"] == filters.status
    return _render_list(
        request, "workspace/inbox.html", {"form": form, "page": page, "chips": chips, "ws_section": "inbox"}
    )


@officer_required
@require_GET
def verification(request):
    viewer = request.viewer
    if not selectors.may_verify(viewer):
        return _forbidden(request, _("Antrean verifikasi hanya untuk admin instansi dan admin nasional."))
    form = QueueFilterForm(request.GET)
    filters = form.filters()
    qs = report_selectors.filter_reports(viewer, report_selectors.verification_queue(viewer), filters)
    if form.cleaned_data.get("national"):
        qs = qs.filter(agency__isnull=True)
    page = _page(request, qs, filters.sort)
    suggestions = routing_selectors.queue_suggestions(viewer, page.rows)
    for row in page.rows:
        row.routing_suggestions = suggestions.get(row.pk, [])
    show_national = viewer.is_nationwide
    if not show_national:
        del form.fields["national"]
    return _render_list(
        request, "workspace/verification.html", {"form": form, "page": page, "ws_section": "verification"}
    )


# --- The report page ----------------------------------------------------------------------------


def _action_form(viewer, report, action, data=None, files=None):
    membership = selectors.acting_membership(viewer, report, action)
    choices = ()
    if action in selectors.AGENCY_ACTIONS and membership is not None:
        choices = selectors.agency_fallback_choices(membership, action)
    # Several action forms share one page: prefix their ids so each label points at its own field.
    form = ACTION_FORMS[action](
        data, files, initial={"version": report.version}, agency_choices=choices, auto_id=f"id_{action}_%s"
    )
    form.title = ACTION_TITLES[action]
    form.chosen_agency = None
    if data is not None and membership is not None and action in selectors.AGENCY_ACTIONS:
        chosen = str(data.get("agency_id") or "")
        if chosen.isdigit():
            form.chosen_agency = selectors.pickable_agencies(membership, action).filter(pk=chosen).first()
    return form


def _with_version(form, viewer, report):
    """The same input bound to the report's current version, so the officer can send it again knowingly."""
    data = form.data.copy()
    data["version"] = str(report.version)
    fresh = _action_form(viewer, report, form.action, data=data)
    fresh.is_valid()
    return fresh


def _render_report(request, report, *, bound=None, status=200, region=None):
    viewer = request.viewer
    actions = allowed_actions(viewer, report)
    action_forms = []
    for action in actions:
        if action not in ACTION_FORMS:
            continue
        if bound is not None and bound.action == action:
            action_forms.append(bound)
        else:
            action_forms.append(_action_form(viewer, report, action))
    events = list(visible_events(viewer, report))
    for event in events:
        originals = report_selectors.may_see_original_message(viewer, report, event)
        event.shown_message = shown_text(event.message, originals=originals)
    submitted = next((e for e in events if e.action == "submit"), None)
    context = {
        "report": report,
        "text": report_text(viewer, report),
        "events": events,
        "report_attachments": list(submitted.attachments.all()) if submitted else [],
        "custody": selectors.custody_chain(events),
        "routing_path": routing_selectors.routing_path(events),
        "duplicates": routing_selectors.likely_duplicates(viewer, report) if "merge" in actions else [],
        "show_identity": may_see_reporter_identity(viewer, report),
        "action_forms": action_forms,
        "routing": routing_selectors.report_suggestions(viewer, report, region=region) if "verify" in actions else None,
        "now": timezone.now(),
    }
    if context["routing"] is not None and (region is not None or context["routing"]["explanation"].get("needs_region")):
        context["region_choices"] = kab_kota_by_province()
    return _render(request, "workspace/report.html", context, status=status)


@officer_required
@require_GET
def report_detail(request, tracking_id):
    report = _report_or_404(request.viewer, tracking_id)
    if report.confidential:
        log_access(
            user=request.user,
            action="view_confidential",
            object_type="report",
            object_id=report.tracking_id,
            request=request,
        )
    return _render_report(request, report, region=_region_to_try(request))


def _region_to_try(request):
    """The kab/kota a verifier picked to see the suggestions for (?wilayah=), when the report names none."""
    code = request.GET.get("wilayah", "").strip()
    if not code:
        return None
    region = region_by_code(code)
    if region is None or region.level not in KAB_KOTA_LEVELS:
        messages.error(request, _("Wilayah tidak dikenal. Pilih kabupaten/kota dari daftar."))
        return None
    return region


AGENCY_FIELD_MAP = {"agency_id": "agency_select", "agency": "agency_select"}


@officer_required
@require_POST
def report_action(request, tracking_id, action):
    viewer = request.viewer
    if action not in ACTION_FORMS:
        raise Http404(_("Tindakan tidak dikenal."))
    report = _report_or_404(viewer, tracking_id)
    form = _action_form(viewer, report, action, data=request.POST, files=request.FILES)
    seen_version = str(request.POST.get("version", ""))

    if action not in allowed_actions(viewer, report):
        if seen_version != str(report.version):
            messages.error(request, STALE_MESSAGE)
            return _render_report(request, report, status=409)
        if TRANSITIONS.get((report.status, action)) and selectors.acting_membership(viewer, report, action) is None:
            return _forbidden(request, ActionNotAllowed.default_message)
        messages.error(request, InvalidTransition.default_message)
        return _render_report(request, report, status=409)

    if not form.is_valid():
        return _render_report(request, report, bound=form, status=422)
    if form.cleaned_data["version"] != report.version:
        # Compare-and-set as the officer saw it: the report moved since the page was rendered.
        messages.error(request, STALE_MESSAGE)
        return _render_report(request, report, bound=_with_version(form, viewer, report), status=409)

    try:
        event = transition(report, action, viewer=viewer, data=form.transition_input(), attachments=form.attachments())
    except ActionNotAllowed as e:
        return _forbidden(request, e.message)
    except ValidationError as e:
        apply_service_errors(form, e, AGENCY_FIELD_MAP)
        return _render_report(request, report, bound=form, status=422)
    except (InvalidTransition, ConcurrentUpdate) as e:
        messages.error(request, e.message)
        report = _report_or_404(viewer, tracking_id)
        return _render_report(request, report, bound=_with_version(form, viewer, report), status=409)

    messages.success(request, DONE_MESSAGES[action] % {"agency": event.agency.name if event.agency else ""})
    try:
        get_visible_report(viewer, report.tracking_id)
    except ReportNotFound:
        # Sent away (bukan wewenang) out of this officer's reach: back to the inbox.
        return redirect("workspace:inbox")
    return redirect("workspace:report", tracking_id=report.tracking_id)


# --- Agency pickers (htmx fragments) ------------------------------------------------------------


def _picker(request, *, key, url, agencies):
    """Search results for `agencies`, or with `pilih` the chosen one as the hidden `agency_id` field."""
    if "pilih" in request.GET:
        chosen = request.GET["pilih"]
        agency = agencies.filter(pk=chosen).first() if chosen.isdigit() else None
        if agency is None:
            return HttpResponse("")
        return render(request, "workspace/_agency_chosen.html", {"agency": agency, "key": key, "url": url})
    text = request.GET.get("agency_q", "")
    context = {"agencies": selectors.search_agencies(agencies, text), "key": key, "url": url, "q": text.strip()}
    return render(request, "workspace/_agency_results.html", context)


@officer_required
@require_GET
def agency_picker(request, tracking_id, action):
    viewer = request.viewer
    report = _report_or_404(viewer, tracking_id)
    membership = selectors.acting_membership(viewer, report, action)
    if action not in selectors.AGENCY_ACTIONS or membership is None or action not in allowed_actions(viewer, report):
        return _forbidden(request, ActionNotAllowed.default_message)
    url = reverse("workspace:agency_picker", args=[report.tracking_id, action])
    return _picker(request, key=action, url=url, agencies=selectors.pickable_agencies(membership, action))


# --- Officials ----------------------------------------------------------------------------------


@officer_required
@require_http_methods(["GET", "POST"])
def officials(request):
    actor = request.user
    if not may_manage_officials(actor):
        return _forbidden(request, _("Hanya admin instansi dan admin nasional yang mengelola akun petugas."))
    form = OfficialForm(request.POST or None, agency_choices=selectors.official_agency_choices(actor))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                membership = official_create(
                    actor=actor,
                    username=data["username"],
                    full_name=data["full_name"],
                    email=data["email"],
                    role=data["role"],
                    agency=data["agency"],
                )
            except PermissionDenied as e:
                form.add_error("agency_select", str(e))
                status = 403
            except ValidationError as e:
                apply_service_errors(form, e, AGENCY_FIELD_MAP)
                status = 422
            else:
                messages.success(
                    request,
                    _("Akun %(username)s dibuat. Tautan untuk mengatur kata sandi telah dikirim ke %(email)s.")
                    % {"username": membership.user.username, "email": membership.user.email},
                )
                return redirect("workspace:officials")
        else:
            status = 422
        chosen = str(request.POST.get("agency_id") or "")
        form.chosen_agency = manageable_agencies(actor).filter(pk=chosen).first() if chosen.isdigit() else None
    members = Paginator(official_list(actor), OFFICIALS_PER_PAGE).get_page(request.GET.get("halaman"))
    return _render(
        request,
        "workspace/officials.html",
        {"form": form, "members": members, "ws_section": "officials"},
        status=status,
    )


@officer_required
@require_GET
def official_agency_picker(request):
    if not may_manage_officials(request.user):
        return _forbidden(request)
    url = reverse("workspace:official_agency_picker")
    return _picker(request, key="official", url=url, agencies=manageable_agencies(request.user))


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """A new official's first password, from the link in their invitation e-mail."""

    template_name = "workspace/set_password.html"
    success_url = reverse_lazy("workspace:set_password_done")
    post_reset_login = False


set_password = SetPasswordView.as_view()
set_password_done = auth_views.PasswordResetCompleteView.as_view(template_name="workspace/set_password_done.html")
