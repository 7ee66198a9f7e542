from django.contrib.auth.backends import ModelBackend
from django.db.models import Q

from .models import User
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
