"""Development settings: `make run` and manage.py use these unless DJANGO_SETTINGS_MODULE says."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
