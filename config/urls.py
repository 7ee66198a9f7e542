from django.contrib import admin
from django.urls import include, path

from lapor.core.views import healthz

from .api import api

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
    path("akun/", include("lapor.accounts.urls")),
    path("lampiran/", include("lapor.reports.urls")),
    path("petugas/", include("lapor.workspace.urls")),
    path("notifikasi/", include("lapor.notifications.urls")),
    path("", include("lapor.portal.urls")),
]
