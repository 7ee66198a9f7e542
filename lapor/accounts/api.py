"""The API's authentication: bearer tokens for people, plus `POST /auth/token` and `GET /me`.

Every endpoint needs `Authorization: Bearer <token>` unless it is declared with `OPTIONAL_AUTH`, in
which case a caller without the header is served as anonymous. A header that is present but wrong
is always refused (401), never silently downgraded to anonymous.
"""

from datetime import datetime

from django.contrib.auth import authenticate
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.security import HttpBearer

from lapor.core.api_errors import Problem, TokenRejected, problem

from .auth import api_token_issue, api_token_revoke, api_token_user, bearer_token
from .models import User


class BearerAuth(HttpBearer):
    """`Authorization: Bearer lpr_…`, a token from `POST /api/v1/auth/token`."""

    def __call__(self, request):
        header = request.headers.get("Authorization")
        if not header:
            return None
        scheme, _sep, raw = header.partition(" ")
        if scheme.lower() != "bearer" or not raw.strip():
            raise TokenRejected(_("Header Authorization harus berbentuk: Bearer <token>."))
        return self.authenticate(request, raw.strip())

    def authenticate(self, request, token):
        user = api_token_user(token)
        if user is None:
            raise TokenRejected()
        return user


class _Anonymous:
    """The caller of an endpoint open to everyone who sent no token."""

    is_authenticated = False

    def __bool__(self):
        return True  # ninja treats a falsy result as "not authenticated"

    def __repr__(self):
        return "<anonymous API caller>"


ANONYMOUS = _Anonymous()
bearer = BearerAuth()


def allow_anonymous(request):
    return ANONYMOUS


# Spread into an operation decorator: a token if given (and then it must be valid), else anonymous.
OPTIONAL_AUTH = {
    "auth": [bearer, allow_anonymous],
    # Ninja lists the bearer scheme itself; the empty requirement added here marks it optional.
    "openapi_extra": {"security": [{}]},
}


def caller(request) -> User | None:
    """The signed-in user of an API request, or None for an anonymous caller."""
    auth = getattr(request, "auth", None)
    return auth if isinstance(auth, User) else None


router = Router(tags=["akun"])


class TokenIn(Schema):
    username: str
    password: str


class TokenOut(Schema):
    token: str
    token_type: str = "Bearer"
    expires_at: datetime


class MembershipOut(Schema):
    agency_id: int
    agency_name: str
    role: str
    role_label: str


class MeOut(Schema):
    username: str
    full_name: str
    email: str | None
    phone: str | None
    memberships: list[MembershipOut]


@router.post("/auth/token", auth=None, response={200: TokenOut, 401: Problem, 429: Problem})
def token_create(request, payload: TokenIn):
    """Exchange a username (or e-mail address, or phone number) and password for a 30-day bearer token.

    Five failed attempts for one username from one address lock it for 15 minutes (429).
    """
    # Passing the request lets django-axes count failures and lock out guessing.
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None:
        return problem(401, _("Nama pengguna atau kata sandi salah."), title=_("Autentikasi gagal"))
    raw, token = api_token_issue(user=user)
    return {"token": raw, "expires_at": token.expires_at}


@router.delete("/auth/token", response={204: None})
def token_delete(request):
    """Revoke the token this request was made with."""
    api_token_revoke(bearer_token(request))
    return Status(204, None)


@router.get("/me", response=MeOut)
def me(request):
    """The signed-in user and the agencies in which they hold a role."""
    user = caller(request)
    memberships = user.memberships.select_related("agency").order_by("agency__name", "role")
    return {
        "username": user.username,
        "full_name": user.full_name,
        "email": user.email,
        "phone": user.phone,
        "memberships": [
            {
                "agency_id": m.agency_id,
                "agency_name": m.agency.name,
                "role": m.role,
                "role_label": str(m.get_role_display()),
            }
            for m in memberships
        ],
    }
