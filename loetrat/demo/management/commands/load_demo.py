from django.core.management.base import BaseCommand

from loetrat.organizations.demo import load_demo_organizations


class Command(BaseCommand):
    help = "Load the demo data (idempotent: a second run adds only what is missing)."

    def handle(self, *args, **options):
        result = load_demo_organizations()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready ({result['organizations_created']} new public bodies)."
            )
        )
