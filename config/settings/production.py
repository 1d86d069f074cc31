"""Production settings. Refuses to start with the development secret key or without hosts."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, DEVELOPMENT_SECRET_KEY, EMAIL_BACKEND, SECRET_KEY, env_bool

DEBUG = False
if not SECRET_KEY or SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 32:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 32 characters; "
        "production refuses the development key."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS to the host names this site answers to.")

if EMAIL_BACKEND.endswith("console.EmailBackend") and not env_bool("ALLOW_CONSOLE_EMAIL"):
    raise ImproperlyConfigured(
        "Set EMAIL_BACKEND (and EMAIL_HOST...) to a real mail server: the console backend would "
        "write password links into the log. ALLOW_CONSOLE_EMAIL=true overrides this."
    )

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
}
