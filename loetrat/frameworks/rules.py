"""Who may see and change criteria frameworks: the secretariat sees them, its administrators
change them. Everyone else is refused (the predicates fail closed)."""

import rules

from loetrat.organizations.rules import is_secretariat, is_secretariat_admin

rules.add_perm("frameworks.view_framework", is_secretariat)
rules.add_perm("frameworks.change_framework", is_secretariat_admin)
