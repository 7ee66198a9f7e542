"""Glue between HTTP requests and the report selectors, shared by the portal, the workspace and the API."""

from .selectors import Viewer

SESSION_TOKENS_KEY = "reporter_tokens"
MAX_SESSION_TOKENS = 50


def viewer_from_request(request) -> Viewer:
    """The viewer behind a request: its user plus the reporter tokens it holds (session or header)."""
    tokens = list(request.session.get(SESSION_TOKENS_KEY, [])) if hasattr(request, "session") else []
    header = request.headers.get("X-Reporter-Token")
    if header:
        tokens.append(header.strip())
    user = getattr(request, "user", None)
    return Viewer(user=user if user is not None and user.is_authenticated else None, reporter_tokens=tuple(tokens))


def remember_reporter_token(request, token: str) -> None:
    """Keep a follow-up token in the session so the reporter without an account can act on the report."""
    tokens = [t for t in request.session.get(SESSION_TOKENS_KEY, []) if t != token]
    tokens.append(token)
    request.session[SESSION_TOKENS_KEY] = tokens[-MAX_SESSION_TOKENS:]
