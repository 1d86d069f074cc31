"""A throw-away database for one benchmark run, shared by this process and the server.

Everything is pointed at a temporary directory through the environment, so the developer's
var/loetrat.sqlite3 (and any DATABASE_URL in the shell) is never touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SETTINGS_MODULE = "config.settings.local"
HOST = "127.0.0.1"


def server_environment(var_dir: Path, database_url: str | None = None) -> dict[str, str]:
    """The variables both the bench process and the server run with: a SQLite file in
    `var_dir` unless `database_url` names another (throw-away) database."""
    return {
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "DEBUG": "false",
        "ALLOWED_HOSTS": HOST,
        "LOETRAT_VAR_DIR": str(var_dir),
        "DATABASE_URL": database_url or f"sqlite:///{var_dir / 'loetrat.sqlite3'}",
        "LOG_LEVEL": "WARNING",
    }


def configure(var_dir: Path, database_url: str | None = None) -> dict[str, str]:
    """Point this process at `var_dir` (and `database_url`, when given), set Django up and
    migrate the fresh database. Returns the environment for the server subprocess."""
    variables = server_environment(var_dir, database_url)
    os.environ.update(variables)
    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    return {**os.environ, **variables}
