"""Settings for the test suite: fast hashing, in-memory e-mail, immediate tasks."""

from .base import *  # noqa: F403
from .base import DATABASES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Query-count tests compare two requests; keep the sliding-session save out of them (the
# session tests set their own interval).
SESSION_REFRESH_SECONDS = 10**10
# Close connections after each request so that the live server's threads do not keep the test
# database open when the suite drops it.
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["TEST"] = {"NAME": None}
# A module that exists only for the tests of core's registries (tests/exampleapp).
INSTALLED_APPS = [*INSTALLED_APPS, "tests.exampleapp"]  # noqa: F405
