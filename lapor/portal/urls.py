from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("lapor/", views.file_report, name="file"),
    path("lapor/terkirim/<str:tracking_id>/", views.thanks, name="thanks"),
    path("lacak/", views.track, name="track"),
    path("lacak/<str:tracking_id>/", views.report_detail, name="report"),
    path("lacak/<str:tracking_id>/tanggapi/", views.reply, name="reply"),
    path("lacak/<str:tracking_id>/nilai/", views.rate, name="rate"),
    path("lacak/<str:tracking_id>/dukung/", views.support, name="support"),
    path("laporan/", views.public_list, name="public_list"),
    path("laporan-saya/", views.my_reports, name="my_reports"),
    path("wilayah/", views.regions, name="regions"),
    path("instansi/cari/", views.agency_suggestions, name="agency_suggestions"),
    path("lapor/mirip/", views.similar, name="similar"),
]
