"""The admin site: operators (staff) see everything registered; national admins their settings.

The national admin (Membership role admin_nasional) manages the national reference settings that
DESIGN.md gives them: authority rules, categories, time limits, holiday corrections and escalation
delays. They do so here without being staff; what they may touch is granted by
`lapor.accounts.backends.NationalAdminPermissions`, so reports, accounts and the access log stay
with the operators.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class LaporAdminSite(admin.AdminSite):
    site_header = _("SP4N-LAPOR! · Pengaturan")
    site_title = _("Pengaturan SP4N-LAPOR!")
    index_title = _("Pengaturan nasional")

    def has_permission(self, request):
        from lapor.accounts.backends import may_configure

        return may_configure(request.user)


class LaporAdminConfig(AdminConfig):
    """django.contrib.admin with this site as `admin.site` (INSTALLED_APPS names this class)."""

    default_site = "lapor.core.admin_site.LaporAdminSite"
