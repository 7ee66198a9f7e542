"""The JSON API under /api/v1/: routers of the apps, bearer authentication, problem+json errors."""

from django.http import JsonResponse
from django.urls import re_path, reverse
from ninja import NinjaAPI

from lapor.accounts.api import bearer
from lapor.accounts.api import router as accounts_router
from lapor.agencies.api import router as agencies_router
from lapor.core import api_errors
from lapor.reports.api import router as reports_router

DESCRIPTION = """
API SP4N-LAPOR! untuk aplikasi seluler, aplikasi daerah yang terhubung, dan integrator.

* **Autentikasi**: `POST /api/v1/auth/token` dengan `{username, password}` memberi token 30 hari;
  kirim `Authorization: Bearer <token>`. Endpoint yang terbuka untuk umum dapat dipanggil tanpa token.
* **Pelapor tanpa akun** menerima `reporter_token` saat mengirim laporan; kirim kembali sebagai header
  `X-Reporter-Token` untuk melihat, menanggapi, dan menilai laporannya.
* **Galat** berbentuk `application/problem+json` (RFC 9457): `{type, title, status, detail, errors}`;
  `errors` menyebut setiap isian yang salah. Bahasa mengikuti `Accept-Language` (bawaan: Indonesia).
"""


def api_index(request, *args, **kwargs):
    """GET /api/v1/: where the description and the docs are."""
    return JsonResponse(
        {
            "title": api.title,
            "version": api.version,
            "openapi": request.build_absolute_uri(reverse("api-v1:openapi-json")),
            "docs": request.build_absolute_uri(reverse("api-v1:openapi-view")),
        }
    )


class LaporAPI(NinjaAPI):
    @property
    def urls(self):
        patterns, app_name, namespace = super().urls
        for pattern in patterns:
            if pattern.name == "api-root":
                pattern.callback = api_index
            pattern.callback = api_errors.problem_on_405(pattern.callback)
        # Anything else under /api/v1/ is an unknown endpoint: answer in the API's own error format.
        patterns.append(re_path(r"^.*$", api_errors.unknown_route, name="unknown"))
        return patterns, app_name, namespace


api = LaporAPI(
    title="SP4N-LAPOR! API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
    auth=bearer,
    parser=api_errors.StrictParser(),
)
api_errors.install(api)
api.add_router("", accounts_router)
api.add_router("/agencies", agencies_router)
api.add_router("/reports", reports_router)
