"""Citizen accounts: registering, verifying the e-mail address, sending the verification link."""

import logging
import secrets
import smtplib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import User
from .phone import normalize_phone

logger = logging.getLogger(__name__)

VERIFY_SALT = "lapor.accounts.verify-email"
VERIFY_MAX_AGE = timedelta(days=3)
# One verification e-mail per address per this many seconds, whoever asks for it.
RESEND_INTERVAL = 120


def user_needs_email_verification(user: User) -> bool:
    """Citizens who registered with an e-mail address sign in only after confirming it.

    Officials' accounts are made by their admins and are not held back; phone-only citizens are
    confirmed by OTP once the SMS gateway exists.
    """
    if not user.email or user.email_verified or user.is_staff or user.is_superuser:
        return False
    return not user.memberships.exists()


def _new_username() -> str:
    return "warga-" + secrets.token_hex(5)


def user_register(*, full_name: str, password: str, email: str = "", phone: str = "", language: str = "id") -> User:
    """Create a citizen account (email or phone, at least one). E-mail registrants get a verification link."""
    errors: dict[str, list[str]] = {}
    full_name = " ".join((full_name or "").split())
    email = (email or "").strip().lower()
    phone_raw = (phone or "").strip()
    phone_e164 = None
    if not full_name:
        errors.setdefault("full_name", []).append(_("Nama lengkap wajib diisi."))
    elif len(full_name) > 150:
        errors.setdefault("full_name", []).append(_("Nama lengkap paling panjang 150 karakter."))
    if not email and not phone_raw:
        errors.setdefault("email", []).append(_("Isi alamat email atau nomor telepon (salah satu wajib)."))
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors.setdefault("email", []).append(_("Alamat email tidak valid."))
        else:
            if User.objects.filter(email=email).exists():
                errors.setdefault("email", []).append(_("Alamat email ini sudah terdaftar. Silakan masuk."))
    if phone_raw:
        phone_e164 = normalize_phone(phone_raw)
        if phone_e164 is None:
            errors.setdefault("phone", []).append(_("Nomor telepon tidak valid. Contoh: 0812 3456 7890."))
        elif User.objects.filter(phone=phone_e164).exists():
            errors.setdefault("phone", []).append(_("Nomor telepon ini sudah terdaftar. Silakan masuk."))
    if language not in dict(settings.LANGUAGES):
        errors.setdefault("language", []).append(_("Pilih bahasa dari daftar."))
    user = User(username=_new_username(), full_name=full_name, email=email or None, phone=phone_e164, language=language)
    try:
        validate_password(password, user=user)
    except ValidationError as exc:
        errors.setdefault("password", []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)

    user.set_password(password)
    for _attempt in range(5):
        try:
            with transaction.atomic():
                user.save()
            break
        except IntegrityError:
            # Someone took the same address a moment ago, or (rarely) the generated username.
            if email and User.objects.filter(email=email).exists():
                raise ValidationError({"email": _("Alamat email ini sudah terdaftar. Silakan masuk.")}) from None
            if phone_e164 and User.objects.filter(phone=phone_e164).exists():
                raise ValidationError({"phone": _("Nomor telepon ini sudah terdaftar. Silakan masuk.")}) from None
            user.pk = None
            user.username = _new_username()
    if email:
        send_verification_email(user=user)
    return user


def email_verification_token(user: User) -> str:
    """A signed, timestamped token naming the user and the address being confirmed."""
    return signing.dumps({"u": user.pk, "e": user.email}, salt=VERIFY_SALT, compress=True)


def send_verification_email(*, user: User) -> bool:
    """Send the verification link (text + HTML) in the user's language. False when the mail server failed."""
    if not user.email:
        return False
    url = settings.SITE_URL + reverse("accounts:verify_email", args=[email_verification_token(user)])
    context = {"user": user, "url": url, "days": VERIFY_MAX_AGE.days, "SITE_URL": settings.SITE_URL}
    with translation.override(user.language or settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string("emails/verify-email-subject.txt", context).split())
        text = render_to_string("emails/verify-email-body.txt", context)
        html = render_to_string("emails/verify-email-body.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        # The account exists; the person can ask for the link again from the login page.
        logger.exception("Could not send the verification e-mail to user %s", user.pk)
        return False
    return True


def resend_verification_email(*, email: str) -> None:
    """Send the link again if `email` belongs to an unverified citizen. Says nothing either way."""
    email = (email or "").strip().lower()
    if not email or not cache.add(f"verify-email-sent:{email}", 1, RESEND_INTERVAL):
        return
    user = User.objects.filter(email=email, is_active=True).first()
    if user is not None and user_needs_email_verification(user):
        send_verification_email(user=user)


def user_verify_email(*, token: str) -> User:
    """Mark the address in `token` as verified; ValidationError (code "expired" or "invalid") otherwise."""
    try:
        data = signing.loads(token, salt=VERIFY_SALT, max_age=VERIFY_MAX_AGE)
    except signing.SignatureExpired:
        raise ValidationError(_("Tautan verifikasi sudah kedaluwarsa."), code="expired") from None
    except signing.BadSignature:
        raise ValidationError(_("Tautan verifikasi tidak valid."), code="invalid") from None
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None or not user.email or user.email != data.get("e"):
        raise ValidationError(_("Tautan verifikasi tidak valid."), code="invalid")
    if not user.email_verified:
        User.objects.filter(pk=user.pk).update(email_verified=True)
        user.email_verified = True
    return user
