from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from lapor.core.forms import apply_service_errors

from .forms import REGISTER_ERROR_FIELDS, LoginForm, RegisterForm, ResendVerificationForm
from .services import resend_verification_email, user_register, user_verify_email

LOGIN_BACKEND = "lapor.accounts.backends.EmailPhoneOrUsernameBackend"


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
    minutes = round(float(getattr(settings, "AXES_COOLOFF_TIME", 0.25)) * 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


def home_for(user) -> str:
    """Where a person lands after signing in: officers in their workspace, citizens in their reports."""
    if user.memberships.exists():
        return reverse("workspace:inbox")
    return reverse("portal:my_reports")


def apply_language(request, response, user) -> None:
    """Use the person's chosen language from now on: in this response and, through the cookie, after."""
    language = user.language or settings.LANGUAGE_CODE
    translation.activate(language)
    request.LANGUAGE_CODE = language
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def get_success_url(self):
        return self.get_redirect_url() or home_for(self.request.user)

    def form_valid(self, form):
        response = super().form_valid(form)
        apply_language(self.request, response, form.get_user())
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = context["form"]
        context["email_unverified"] = form.is_bound and form.has_error("__all__", "email_unverified")
        return context


class LogoutView(auth_views.LogoutView):
    next_page = "portal:home"


@require_http_methods(["GET", "POST"])
def register(request):
    if request.user.is_authenticated:
        return redirect(home_for(request.user))
    form = RegisterForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            user = user_register(
                full_name=d["full_name"],
                email=d["email"],
                phone=d["phone"],
                password=d["password1"],
                language=d["language"],
            )
        except ValidationError as exc:
            apply_service_errors(form, exc, REGISTER_ERROR_FIELDS)
        else:
            if user.email:
                request.session["registered_email"] = user.email
                return redirect("accounts:register_done")
            # Phone-only citizens sign in at once; phone verification (OTP) arrives with the SMS gateway.
            login(request, user, backend=LOGIN_BACKEND)
            messages.success(request, _("Akun Anda sudah dibuat. Selamat datang di LAPOR!"))
            response = redirect(home_for(user))
            apply_language(request, response, user)
            return response
    return render(request, "accounts/register.html", {"form": form})


@require_GET
def register_done(request):
    return render(request, "accounts/register_done.html", {"email": request.session.get("registered_email", "")})


@require_GET
def verify_email(request, token):
    try:
        user_verify_email(token=token)
    except ValidationError as exc:
        return render(
            request,
            "accounts/verify_failed.html",
            {"expired": exc.code == "expired", "message": exc.messages[0]},
            status=400,
        )
    messages.success(request, _("Alamat email Anda sudah terverifikasi. Silakan masuk."))
    return redirect("accounts:login")


@require_http_methods(["GET", "POST"])
def resend_verification(request):
    form = ResendVerificationForm(request.POST or None, initial={"email": request.GET.get("email", "")})
    if request.method == "POST" and form.is_valid():
        resend_verification_email(email=form.cleaned_data["email"])
        messages.info(
            request,
            _(
                "Bila alamat itu terdaftar dan belum diverifikasi, tautan verifikasi baru sudah kami kirim. "
                "Periksa juga folder spam."
            ),
        )
        return redirect("accounts:login")
    return render(request, "accounts/resend_verification.html", {"form": form})
