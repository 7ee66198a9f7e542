from django.contrib.auth.backends import BaseBackend, ModelBackend
from django.db.models import Q

from .models import Membership, User
from .phone import normalize_phone


class EmailPhoneOrUsernameBackend(ModelBackend):
    """Sign in with a username, an e-mail address or an Indonesian phone number."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not username or password is None:
            return None
        login = username.strip()
        q = Q(username=login) | Q(email=login.lower())
        phone = normalize_phone(login)
        if phone:
            q |= Q(phone=phone)
        user = User.objects.filter(q).order_by("id").first()
        if user is None:
            User().set_password(password)  # same work as a real check, so timing reveals nothing
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


# What the national admin manages in the admin site (DESIGN.md: routing rules, categories, policies).
# Deleting is left out where a row is history or referenced: rules and categories are deactivated.
NATIONAL_ADMIN_PERMISSIONS = frozenset(
    {
        "routing.view_authorityrule",
        "routing.add_authorityrule",
        "routing.change_authorityrule",
        "reports.view_category",
        "reports.add_category",
        "reports.change_category",
        "sla.view_slapolicy",
        "sla.add_slapolicy",
        "sla.view_calendaroverride",
        "sla.add_calendaroverride",
        "sla.change_calendaroverride",
        "sla.delete_calendaroverride",
        "sla.view_escalationrule",
        "sla.change_escalationrule",
    }
)


def is_national_admin(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if not hasattr(user, "_national_admin"):
        user._national_admin = Membership.objects.filter(user=user, role=Membership.Role.ADMIN_NASIONAL).exists()
    return user._national_admin


def may_configure(user) -> bool:
    """Whether the user may open the admin site: operators (staff) and national admins."""
    return user.is_active and (user.is_staff or is_national_admin(user))


class NationalAdminPermissions(BaseBackend):
    """Grants the national admin the permissions of NATIONAL_ADMIN_PERMISSIONS, from their role."""

    def get_all_permissions(self, user_obj, obj=None):
        return set(NATIONAL_ADMIN_PERMISSIONS) if is_national_admin(user_obj) else set()

    def has_perm(self, user_obj, perm, obj=None):
        return perm in self.get_all_permissions(user_obj, obj)

    def has_module_perms(self, user_obj, app_label):
        return any(p.startswith(app_label + ".") for p in self.get_all_permissions(user_obj))
