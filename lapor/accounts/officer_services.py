"""Officials (petugas, pimpinan, admin instansi) are created by the admins of their agency.

An admin instansi manages its agency's whole subtree; the admin nasional manages every agency.
A new official gets no password: an e-mail carries a one-time link to set one (Django's password
reset token), so nothing secret is ever shown on a page or stored in clear.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django_tasks import task

from lapor.agencies.models import Agency

from .models import Membership, User

Role = Membership.Role
# Roles an agency admin may hand out; national admins and oversight are appointed elsewhere.
CREATABLE_ROLES = (Role.PETUGAS, Role.PIMPINAN, Role.ADMIN_INSTANSI)
MANAGER_ROLES = (Role.ADMIN_NASIONAL, Role.ADMIN_INSTANSI)
USERNAME_MAX = 150


def _manager_memberships(actor: User) -> list[Membership]:
    if actor is None or not actor.is_authenticated or not actor.is_active:
        return []
    return list(Membership.objects.filter(user=actor, role__in=MANAGER_ROLES).select_related("agency"))


def may_manage_officials(actor: User) -> bool:
    return bool(_manager_memberships(actor))


def may_manage_everywhere(actor: User) -> bool:
    return any(m.role == Role.ADMIN_NASIONAL for m in _manager_memberships(actor))


def manageable_agencies(actor: User) -> QuerySet[Agency]:
    """Agencies in which `actor` may create officials: the subtrees it administers (all for admin nasional)."""
    memberships = _manager_memberships(actor)
    if any(m.role == Role.ADMIN_NASIONAL for m in memberships):
        return Agency.objects.active()
    q = Q(pk__in=[])
    for m in memberships:
        q |= Q(path__startswith=m.agency.path)
    return Agency.objects.active().filter(q)


def official_list(actor: User) -> QuerySet[Membership]:
    """Memberships held in the agencies `actor` manages, by agency then name."""
    memberships = _manager_memberships(actor)
    if not memberships:
        return Membership.objects.none()
    qs = Membership.objects.select_related("user", "agency", "created_by")
    if not any(m.role == Role.ADMIN_NASIONAL for m in memberships):
        q = Q(pk__in=[])
        for m in memberships:
            q |= Q(agency__path__startswith=m.agency.path)
        qs = qs.filter(q)
    return qs.order_by("agency__path", "user__full_name", "user__username", "id")


def _may_manage(actor: User, agency: Agency) -> bool:
    return any(m.role == Role.ADMIN_NASIONAL or agency.is_within(m.agency) for m in _manager_memberships(actor))


def official_create(*, actor: User, username: str, full_name: str, email: str, role: str, agency: Agency) -> Membership:
    """Create an official's account and membership, and e-mail them a link to set their password.

    Raises PermissionDenied unless `actor` administers an agency covering `agency` (or is admin
    nasional), and ValidationError (keyed by field) for bad input.
    """
    if agency is None or not _may_manage(actor, agency):
        raise PermissionDenied(_("Anda tidak berwenang membuat akun petugas di instansi ini."))

    errors: dict[str, str] = {}
    username = (username or "").strip()
    full_name = (full_name or "").strip()
    email = (email or "").strip().lower()
    if not username:
        errors["username"] = _("Nama pengguna wajib diisi.")
    elif len(username) > USERNAME_MAX:
        errors["username"] = _("Nama pengguna paling panjang 150 karakter.")
    else:
        try:
            User.username_validator(username)
        except ValidationError:
            errors["username"] = _("Nama pengguna hanya boleh berisi huruf, angka, dan @ . + - _")
        else:
            if User.objects.filter(username__iexact=username).exists():
                errors["username"] = _("Nama pengguna sudah dipakai.")
    if not full_name:
        errors["full_name"] = _("Nama lengkap wajib diisi.")
    elif len(full_name) > 150:
        errors["full_name"] = _("Nama lengkap paling panjang 150 karakter.")
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = _("Masukkan alamat email yang valid.")
    else:
        if User.objects.filter(email=email).exists():
            errors["email"] = _("Alamat email sudah dipakai akun lain.")
    if role not in CREATABLE_ROLES:
        errors["role"] = _("Pilih peran: petugas, pimpinan, atau admin instansi.")
    if not agency.is_active:
        errors["agency"] = _("Instansi ini tidak aktif.")
    if errors:
        raise ValidationError(errors)

    with transaction.atomic():
        user = User(username=username, full_name=full_name, email=email)
        user.set_unusable_password()
        user.save()
        membership = Membership.objects.create(user=user, agency=agency, role=role, created_by=actor)
        # The database task backend stores the job in this same transaction: no account without its e-mail.
        send_official_invitation.enqueue(user.pk)
    return membership


def set_password_url(user: User) -> str:
    """The absolute one-time link where `user` chooses a password (Django's password reset token)."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return settings.SITE_URL + reverse("workspace:set_password", kwargs={"uidb64": uidb64, "token": token})


@task()
def send_official_invitation(user_id: int) -> None:
    """E-mail a new official the link to set their password (the token is made at send time)."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email:
        return
    membership = Membership.objects.filter(user=user).select_related("agency").order_by("id").first()
    body = _(
        "Yth. %(name)s,\n\n"
        "Akun petugas SP4N-LAPOR! telah dibuatkan untuk Anda sebagai %(role)s di %(agency)s.\n"
        "Nama pengguna: %(username)s\n\n"
        "Atur kata sandi Anda melalui tautan berikut (hanya dapat dipakai sekali):\n%(url)s\n\n"
        "Jika Anda tidak merasa memerlukan akun ini, abaikan email ini dan hubungi admin instansi Anda.\n"
    ) % {
        "name": user.display_name,
        "role": membership.get_role_display() if membership else "",
        "agency": membership.agency.name if membership else "",
        "username": user.username,
        "url": set_password_url(user),
    }
    send_mail(
        subject=_("Akun petugas SP4N-LAPOR! Anda"),
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[user.email],
    )
