"""Who may use each route of the site: the declared expectations of the access matrix.

Each named route has the URL arguments that point it at the world's objects (the agency's own,
so an outsider is refused where the agency is let in) and a `Rule`. A route added to the URL conf
without an entry here fails the matrix."""

from .matrix import ADMIN, AGENCY, EVERYONE, SEATED, SECRETARIAT, SIGNED_IN, Rule

NOBODY = frozenset()
WITH_A_ROLE = SIGNED_IN - {"no_role"}
AGENCIES = AGENCY | {"outsider"}  # people of any agency: each sees its own
COORDINATOR = frozenset({"coordinator"})  # the coordinator writes the agency's application
HEAD = frozenset({"agency_head"})  # the head is asked to endorse it


def read(who) -> Rule:
    """A page (or file) to read: who may GET it; a POST answers 405 or is refused."""
    return Rule(frozenset(who), write=NOBODY)


def act(who) -> Rule:
    """An action (POST only): who may take it; a GET answers 405 or is refused."""
    return Rule(NOBODY, write=frozenset(who))


PUBLIC = Rule(EVERYONE)
PUBLIC_PAGE = read(EVERYONE)
OWN_ACCOUNT = Rule(SIGNED_IN)
SECRETARIAT_ONLY = Rule(SECRETARIAT)
ADMIN_ONLY = Rule(ADMIN)
# The agency's records: its own people and the secretariat.
AGENCY_RECORD = read(SECRETARIAT | AGENCY)
# A committee's records: the members who hold a seat and the secretariat.
COMMITTEE_RECORD = read(SECRETARIAT | SEATED)


def _year(world):
    return {"year": world.cycle.year_be}


def _version(world):
    return {"code": world.version.framework.code, "label": world.version.label}


def _application(world):
    return {"pk": world.application.pk}


def _pk(name):
    return lambda world: {"pk": world.objects[name].pk}


def _meeting_id(world):
    return {"meeting_id": world.meeting.pk}


ROUTES = {
    # Public pages and the ways in.
    "publishing:home": (None, PUBLIC_PAGE),
    "publishing:news_list": (None, PUBLIC_PAGE),
    "publishing:news_feed": (None, PUBLIC_PAGE),
    "publishing:news_detail": (lambda w: {"slug": w.news.slug}, PUBLIC_PAGE),
    "healthz": (None, PUBLIC_PAGE),
    "accounts:login": (None, PUBLIC),
    "accounts:logout": (None, act(SIGNED_IN)),
    "accounts:language": (None, act(EVERYONE)),
    "accounts:password_reset": (None, PUBLIC),
    "accounts:password_reset_done": (None, PUBLIC_PAGE),
    "accounts:password_reset_confirm": (lambda w: {"uidb64": "MQ", "token": "x-x"}, PUBLIC),
    "accounts:password_reset_complete": (None, PUBLIC_PAGE),
    # Someone's own account: a token is revoked only by its owner.
    "accounts:api_tokens": (None, Rule(WITH_A_ROLE)),
    "accounts:api_token_revoke": (_pk("token"), act(COORDINATOR)),
    "accounts:password_change": (None, OWN_ACCOUNT),
    "accounts:password_change_done": (None, read(SIGNED_IN)),
    "dashboard:home": (None, read(SIGNED_IN)),
    "dashboard:profile": (None, OWN_ACCOUNT),
    # Organisations and people: an agency sees its own page, the secretariat all of them.
    "organizations:list": (None, read(SECRETARIAT)),
    "organizations:detail": (lambda w: {"code": w.agency.code}, read(SECRETARIAT | AGENCY)),
    "organizations:create": (None, ADMIN_ONLY),
    "organizations:edit": (lambda w: {"code": w.agency.code}, ADMIN_ONLY),
    "organizations:merge": (lambda w: {"code": w.agency.code}, ADMIN_ONLY),
    "organizations:dissolve": (lambda w: {"code": w.agency.code}, ADMIN_ONLY),
    "organizations:import": (None, ADMIN_ONLY),
    "organizations:import_confirm": (None, act(ADMIN)),
    "organizations:import_template": (None, read(ADMIN)),
    "organizations:people": (None, read(ADMIN)),
    "organizations:person_create": (None, ADMIN_ONLY),
    "organizations:person_detail": (lambda w: {"pk": w.users["coordinator"].pk}, read(ADMIN)),
    "organizations:role_grant": (lambda w: {"pk": w.users["coordinator"].pk}, ADMIN_ONLY),
    "organizations:role_end": (
        lambda w: {"pk": w.users["coordinator"].pk, "membership_pk": w.coordinator_membership.pk},
        ADMIN_ONLY,
    ),
    # Criteria frameworks: the secretariat reads them, its administrators change them.
    "frameworks:list": (None, read(SECRETARIAT)),
    "frameworks:detail": (lambda w: {"code": w.version.framework.code}, read(SECRETARIAT)),
    "frameworks:diff": (lambda w: {"code": w.version.framework.code}, read(SECRETARIAT)),
    "frameworks:version": (_version, read(SECRETARIAT)),
    "frameworks:export_json": (_version, read(SECRETARIAT)),
    "frameworks:export_xlsx": (_version, read(SECRETARIAT)),
    "frameworks:score": (_version, SECRETARIAT_ONLY),
    "frameworks:import": (None, ADMIN_ONLY),
    "frameworks:clone": (_version, ADMIN_ONLY),
    "frameworks:paper_approval": (_version, ADMIN_ONLY),
    "frameworks:retire": (_version, ADMIN_ONLY),
    # Award cycles and types: published ones are read by everyone with a role.
    "awards:cycles": (None, read(WITH_A_ROLE)),
    "awards:cycle": (_year, read(WITH_A_ROLE)),
    "awards:cycle_diff_previous": (_year, read(WITH_A_ROLE)),
    "awards:cycle_diff": (lambda w: {"year": w.cycle.year_be, "other": 2565}, read(WITH_A_ROLE)),
    "awards:type": (_pk("award_type"), read(WITH_A_ROLE)),
    "awards:cycle_create": (None, SECRETARIAT_ONLY),
    "awards:cycle_copy": (_year, SECRETARIAT_ONLY),
    "awards:cycle_publish": (_year, act(SECRETARIAT)),
    "awards:cycle_close": (_year, act(SECRETARIAT)),
    "awards:branch_create": (_year, SECRETARIAT_ONLY),
    "awards:branch_edit": (lambda w: {**_year(w), "pk": w.branch.pk}, SECRETARIAT_ONLY),
    "awards:branch_remove": (lambda w: {**_year(w), "pk": w.branch.pk}, act(SECRETARIAT)),
    "awards:type_create": (_year, SECRETARIAT_ONLY),
    "awards:type_edit": (
        lambda w: {"pk": w.award_type.pk, "section": "basics"},
        SECRETARIAT_ONLY,
    ),
    "awards:type_remove": (_pk("award_type"), act(SECRETARIAT)),
    "awards:workspace": (_year, read(SECRETARIAT)),
    "awards:workspace_export": (_year, read(SECRETARIAT)),
    "awards:dashboard": (_year, read(SECRETARIAT)),
    # Applications: the agency's own and the secretariat; the coordinator writes them, the head
    # endorses (an action), the secretariat screens (an action) and extends deadlines.
    "awards:application_list": (None, read(SECRETARIAT | AGENCIES)),
    "awards:application_new": (None, Rule({"coordinator", "outsider"})),
    "awards:application_detail": (_application, AGENCY_RECORD),
    "awards:application_edit": (_application, Rule(COORDINATOR)),
    "awards:application_revisions": (_application, AGENCY_RECORD),
    "awards:application_action": (
        lambda w: {"pk": w.application.pk, "action": "send"},
        act(COORDINATOR),
    ),
    "awards:application_partner_add": (_application, act(COORDINATOR)),
    "awards:application_partner_remove": (
        lambda w: {"pk": w.application.pk, "partner_pk": w.partner.pk},
        act(COORDINATOR),
    ),
    "awards:application_extension": (_application, act(SECRETARIAT)),
    "awards:application_attachment": (
        lambda w: {"pk": w.application.pk, "attachment_pk": w.attachment.pk},
        AGENCY_RECORD,
    ),
    "awards:application_attachment_remove": (
        lambda w: {"pk": w.application.pk, "attachment_pk": w.attachment.pk},
        act(COORDINATOR),
    ),
    "awards:application_receipt": (lambda w: {"pk": w.submitted.pk}, AGENCY_RECORD),
    "awards:application_receipt_pdf": (lambda w: {"pk": w.submitted.pk}, AGENCY_RECORD),
    # Committees and meetings: records for the seated members and the secretariat, who runs them.
    "meetings:committees": (None, read(SECRETARIAT | SEATED | {"other_member"})),
    "meetings:committee": (lambda w: {"code": w.committee.code}, COMMITTEE_RECORD),
    "meetings:committee_create": (None, SECRETARIAT_ONLY),
    "meetings:committee_edit": (lambda w: {"code": w.committee.code}, SECRETARIAT_ONLY),
    "meetings:term_start": (lambda w: {"code": w.committee.code}, SECRETARIAT_ONLY),
    "meetings:term": (
        lambda w: {"code": w.committee.code, "pk": w.term.pk},
        Rule(SECRETARIAT | SEATED, write=SECRETARIAT),  # the secretariat appoints members there
    ),
    "meetings:seat_end": (_pk("seat"), act(SECRETARIAT)),
    "meetings:meeting_postpone": (_pk("meeting"), SECRETARIAT_ONLY),
    "meetings:meeting_cancel": (_pk("meeting"), SECRETARIAT_ONLY),
    "meetings:agenda_send": (_pk("meeting"), act(SECRETARIAT)),
    "meetings:agenda_move": (_pk("item"), act(SECRETARIAT)),
    "meetings:meeting_schedule": (lambda w: {"code": w.committee.code}, SECRETARIAT_ONLY),
    "meetings:meeting": (_pk("meeting"), COMMITTEE_RECORD),
    "meetings:meeting_attendance": (_pk("meeting"), act(SECRETARIAT)),
    "meetings:agenda_add": (_pk("meeting"), act(SECRETARIAT)),
    "meetings:meeting_certify": (_pk("meeting"), act(SECRETARIAT)),
    "meetings:resolution_record": (_pk("item"), act(SECRETARIAT)),
    "meetings:agenda_document_add": (_pk("item"), act(SECRETARIAT)),
    "meetings:agenda_document": (_pk("paper"), COMMITTEE_RECORD),
    "meetings:agenda_document_remove": (_pk("paper"), act(SECRETARIAT)),
    "meetings:resolution": (_pk("resolution"), COMMITTEE_RECORD),
    # Follow-up actions: the owner reports progress, the secretariat follows them all.
    "meetings:actions": (None, read(WITH_A_ROLE)),
    "meetings:action": (_pk("action"), Rule(SECRETARIAT | AGENCY)),
    # The minutes: the secretariat drafts them; the seated members read the PDF.
    "meetings:minutes": (_meeting_id, SECRETARIAT_ONLY),
    "meetings:minutes_generate": (_meeting_id, act(SECRETARIAT)),
    "meetings:minutes_pdf": (_meeting_id, COMMITTEE_RECORD),
    "meetings:propose": (
        lambda w: {"kind": "frameworks.frameworkversion", "pk": w.draft_version.pk},
        SECRETARIAT_ONLY,
    ),
    # Consulting clinics: the agency that asked and the secretariat, who runs them.
    "clinics:list": (None, read(SECRETARIAT | AGENCIES)),
    "clinics:request": (None, Rule(SECRETARIAT | AGENCIES)),
    "clinics:detail": (_pk("clinic"), AGENCY_RECORD),
    "clinics:schedule": (_pk("clinic"), act(SECRETARIAT)),
    "clinics:record": (_pk("clinic"), act(SECRETARIAT)),
    "clinics:follow_up": (_pk("clinic"), act(SECRETARIAT)),
    "clinics:close": (_pk("clinic"), act(SECRETARIAT)),
    "clinics:cancel": (_pk("clinic"), act(SECRETARIAT)),
    "clinics:follow_up_done": (_pk("clinic_follow_up"), act(SECRETARIAT)),
    # News as the secretariat writes it.
    "publishing:newsroom": (None, read(SECRETARIAT)),
    "publishing:news_edit": (_pk("draft_news"), SECRETARIAT_ONLY),
    "publishing:news_publish": (_pk("draft_news"), act(SECRETARIAT)),
    "publishing:news_unpublish": (_pk("news"), act(SECRETARIAT)),
    "publishing:news_from_meeting": (_meeting_id, SECRETARIAT_ONLY),
    "publishing:news_from_clinic": (lambda w: {"clinic_id": w.clinic.pk}, SECRETARIAT_ONLY),
    # The inbox: each person's own; a notice is opened or marked read by its recipient only.
    "inbox:list": (None, read(SIGNED_IN)),
    "inbox:open": (_pk("head_notice"), read(HEAD)),
    "inbox:read": (_pk("head_notice"), act(HEAD)),
    "inbox:read_all": (None, act(SIGNED_IN)),
    "inbox:preferences": (None, OWN_ACCOUNT),
    # The audit log.
    "core:audit_log": (None, read(SECRETARIAT)),
    "core:audit_export": (lambda w: {"fmt": "csv"}, read(SECRETARIAT)),
}

# Django's admin site: no persona is staff, so every admin route sends them to a login.
ADMIN_SITE_PREFIX = "admin/"
ADMIN_SITE = Rule(NOBODY, refused="login")
# Its logout only sends someone signed in back to the admin's index (and so to the login).
ADMIN_SITE_OPEN = {"admin:logout": Rule(SIGNED_IN)}
