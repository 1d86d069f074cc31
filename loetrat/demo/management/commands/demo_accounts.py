from django.core.management.base import BaseCommand
from django.utils import translation

from loetrat.organizations.demo import DEMO_PASSWORD, demo_people
from loetrat.organizations.enums import Role
from loetrat.organizations.models import Organization


class Command(BaseCommand):
    help = "Print the demo accounts, their roles and the shared demo password."

    def handle(self, *args, **options):
        translation.activate("en")
        names = dict(Organization.objects.values_list("code", "name_en"))
        self.stdout.write("")
        self.stdout.write("Demo accounts (password for all: %s)" % DEMO_PASSWORD)
        self.stdout.write("-" * 78)
        for person in demo_people():
            role, code = Role(person["role"]), person["organization"]
            self.stdout.write(
                f"  {person['username']:<16} {str(role.label):<28} {names.get(code, code)}"
            )
        self.stdout.write("-" * 78)
