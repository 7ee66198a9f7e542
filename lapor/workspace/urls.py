from django.urls import path

from . import views

app_name = "workspace"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("verifikasi/", views.verification, name="verification"),
    path("laporan/<str:tracking_id>/", views.report_detail, name="report"),
    path("laporan/<str:tracking_id>/aksi/<slug:action>/", views.report_action, name="action"),
    path("laporan/<str:tracking_id>/instansi/<slug:action>/", views.agency_picker, name="agency_picker"),
    path("pengguna/", views.officials, name="officials"),
    path("pengguna/instansi/", views.official_agency_picker, name="official_agency_picker"),
    path("atur-kata-sandi/selesai/", views.set_password_done, name="set_password_done"),
    path("atur-kata-sandi/<uidb64>/<token>/", views.set_password, name="set_password"),
]
