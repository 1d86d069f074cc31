from django.core.management.base import BaseCommand

from loetrat.core.demo import load_demo


class Command(BaseCommand):
    help = "Load the demo data (idempotent: a second run adds only what is missing)."

    def handle(self, *args, **options):
        results = load_demo()
        organizations = results.get("organizations") or {}
        frameworks = results.get("frameworks") or {}
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready ({organizations.get('organizations_created', 0)} new public "
                f"bodies, {frameworks.get('versions_created', 0)} new criteria versions)."
            )
        )
