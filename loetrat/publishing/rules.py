"""Who may run the newsroom: the secretariat. The public pages need no permission."""

import rules

from loetrat.organizations.rules import is_secretariat

rules.add_perm("publishing.manage_news", is_secretariat)
