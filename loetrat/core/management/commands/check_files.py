import datetime

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone

from loetrat.core.files import file_check


class Command(BaseCommand):
    help = (
        "Check private files against their rows: rows whose file is missing, and files no row "
        "names (left by a rolled-back upload, or a preview never confirmed). With --delete, "
        "remove those files older than --hours."
    )

    def add_arguments(self, parser):
        parser.add_argument("--delete", action="store_true", help="delete the orphaned files")
        parser.add_argument("--hours", type=int, default=24, help="only files older than this")

    def handle(self, *args, delete: bool, hours: int, **options):
        older_than = timezone.now() - datetime.timedelta(hours=hours)
        missing, orphans = file_check(older_than=older_than)
        for row in missing:
            self.stdout.write(f"missing file: {row}")
        for name in orphans:
            self.stdout.write(f"{'deleted' if delete else 'orphan'}: {name}")
            if delete:
                default_storage.delete(name)
        self.stdout.write(f"{len(missing)} rows without their file, {len(orphans)} orphaned files")
        if missing:
            raise SystemExit(1)
