from django.core.management.base import BaseCommand

from loetrat.awards.demo_applications import load_demo_applications
from loetrat.awards.demo_cycles import load_demo_cycles
from loetrat.clinics.demo import load_demo_clinics
from loetrat.frameworks.demo import load_demo_frameworks
from loetrat.meetings.demo import load_demo_meetings, publish_demo_news
from loetrat.organizations.demo import load_demo_organizations


class Command(BaseCommand):
    help = "Load the demo data (idempotent: a second run adds only what is missing)."

    def handle(self, *args, **options):
        organizations = load_demo_organizations()
        frameworks = load_demo_frameworks()
        load_demo_cycles()
        load_demo_applications()
        load_demo_meetings()
        load_demo_clinics()
        publish_demo_news()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready ({organizations['organizations_created']} new public bodies, "
                f"{frameworks['versions_created']} new criteria versions)."
            )
        )
