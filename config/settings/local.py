"""Settings of `make run` and manage.py unless DJANGO_SETTINGS_MODULE says otherwise: the demo
served as people will see it, with DEBUG off (no technical error pages). `make dev` turns DEBUG
on for development (DEBUG=true)."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", False)
