"""The bell's pages: the list of in-app notifications and the preferences. Views parse, call, render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lapor.core.forms import apply_service_errors

from . import selectors, services
from .forms import PreferencesForm

PAGE_SIZE = 20


@login_required
@require_GET
def inbox(request):
    page = Paginator(selectors.inapp_for(request.user), PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(request, "notifications/list.html", {"page": page})


@login_required
@require_POST
def read(request, pk: int):
    """Mark one notification read and open what it is about."""
    notification = services.mark_read(user=request.user, notification_id=pk)
    if notification is None:
        raise Http404
    target = request.POST.get("next") or notification.url
    if not target or not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "notifications:list"
    return redirect(target)


@login_required
@require_POST
def read_all(request):
    services.mark_all_read(user=request.user)
    messages.success(request, _("Semua notifikasi ditandai sudah dibaca."))
    return redirect("notifications:list")


@login_required
@require_http_methods(["GET", "POST"])
def preferences(request):
    current = selectors.preferences_for(request.user)
    initial = {
        "email_enabled": current.email_enabled,
        "sms_enabled": current.sms_enabled,
        "inapp_enabled": current.inapp_enabled,
        "muted_kinds": current.muted_kinds,
    }
    data = request.POST if request.method == "POST" else None
    form = PreferencesForm(data, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.preferences_update(user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            messages.success(request, _("Pengaturan notifikasi disimpan."))
            return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})
