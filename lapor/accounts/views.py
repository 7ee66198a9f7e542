from django.shortcuts import render
from django.utils.translation import gettext as _


def locked_out(request, credentials=None, *args, **kwargs):
    """Shown by django-axes after too many failed logins."""
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        return JsonResponse(
            {
                "type": "about:blank",
                "title": "Too Many Requests",
                "status": 429,
                "detail": _("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit."),
            },
            status=429,
            content_type="application/problem+json",
        )
    return render(request, "accounts/locked_out.html", status=429)
