import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person. What they may do comes from their memberships in organisations."""

    title_th = models.CharField(_("title (Thai)"), max_length=50, blank=True)
    first_name_en = models.CharField(_("first name (English)"), max_length=150, blank=True)
    last_name_en = models.CharField(_("last name (English)"), max_length=150, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="th"
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def has_perm(self, perm, obj=None) -> bool:
        # Django only checks `is_active` for superusers' shortcut and in ModelBackend; the rules
        # backend would otherwise grant an inactive superuser everything. Fail closed.
        return self.is_active and super().has_perm(perm, obj)

    def has_module_perms(self, app_label) -> bool:
        return self.is_active and super().has_module_perms(app_label)

    def get_full_name(self) -> str:
        thai = f"{self.title_th}{self.first_name} {self.last_name}".strip()
        return thai or f"{self.first_name_en} {self.last_name_en}".strip()

    def __str__(self):
        return self.get_full_name() or self.username


class LoginFailure(models.Model):
    """A failed login, kept briefly so that guessing is throttled across all app servers."""

    username = models.CharField(max_length=150, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("failed login")
        verbose_name_plural = _("failed logins")

    def __str__(self):
        return f"{self.username} {self.occurred_at:%Y-%m-%d %H:%M}"


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet):
    def active(self):
        now = timezone.now()
        return self.filter(revoked_at__isnull=True).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=now)
        )

    def for_key(self, key: str):
        return self.active().select_related("user").filter(digest=_digest(key)).first()


class ApiToken(models.Model):
    """A machine credential for the REST API. Only a digest of the key is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=8, editable=False)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= timezone.now()

    @classmethod
    def new_key(cls) -> str:
        return "lt_" + secrets.token_urlsafe(32)

    def set_key(self, key: str) -> None:
        self.prefix = key[3:11]
        self.digest = _digest(key)


class PasswordResetRequest(models.Model):
    """A request for a password-reset e-mail, kept briefly so that nobody can have Loetrat send
    a flood of them (to one inbox, or from one address)."""

    email = models.EmailField(db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    requested_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("password reset request")
        verbose_name_plural = _("password reset requests")

    def __str__(self):
        return f"{self.email} {self.requested_at:%Y-%m-%d %H:%M}"
