from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("", views.inbox, name="list"),
    path("baca-semua/", views.read_all, name="read_all"),
    path("pengaturan/", views.preferences, name="preferences"),
    path("<int:pk>/baca/", views.read, name="read"),
]
