"""`manage.py import_organizations FILE.xlsx|csv [--dry-run] [--actor USERNAME]`."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from loetrat.core.spreadsheets import SpreadsheetError
from loetrat.organizations.services import organizations_import


class Command(BaseCommand):
    help = (
        "Create or update public bodies from an .xlsx or .csv file. The whole file is checked "
        "first; if any row is bad, every problem is listed and nothing is imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path to an .xlsx or .csv file with a header row")
        parser.add_argument(
            "--dry-run", action="store_true", help="check the file and report, write nothing"
        )
        parser.add_argument(
            "--actor", default="", help="username recorded in the audit log (default: system)"
        )

    def handle(self, *args, file, dry_run, actor, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("No such file: %(path)s") % {"path": file})
        user = None
        if actor:
            user = get_user_model().objects.filter(username=actor).first()
            if user is None:
                raise CommandError(_("No such user: %(username)s") % {"username": actor})
        try:
            result = organizations_import(file=path, actor=user, dry_run=dry_run)
        except SpreadsheetError as exc:
            raise CommandError(f"{path.name}: {exc.message}") from None
        for error in result.errors:
            self.stderr.write(str(error))
        if result.errors:
            raise CommandError(
                _("%(count)s problem(s) found in %(file)s; nothing was imported.")
                % {"count": len(result.errors), "file": path.name}
            )
        counts = _("created %(created)s, updated %(updated)s, unchanged %(unchanged)s") % {
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
        }
        if dry_run:
            self.stdout.write(
                _("Dry run, nothing written. The file would give: %(counts)s.") % {"counts": counts}
            )
        else:
            self.stdout.write(self.style.SUCCESS(_("Imported: %(counts)s.") % {"counts": counts}))
