"""One small world holding an object of every kind a route can name, built through the services,
and the personas who ask for them: the access matrices send every persona to every route of it.

The agency (MOF-RD) owns the application, the clinic and a follow-up action (its head has the
notice asking to endorse the submitted application); an outsider is a
coordinator of another ministry's agency; the committee member holds a seat on the committee, the
other committee member holds the same role but no seat."""

import datetime
from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from loetrat.accounts.tokens import api_token_create
from loetrat.awards.services import application_partner_set, application_save, attachment_add
from loetrat.clinics.services import (
    clinic_follow_up_add,
    clinic_record,
    clinic_request,
    clinic_schedule,
)
from loetrat.core.models import Notice
from loetrat.frameworks.services import version_approve, version_import
from loetrat.meetings.models import FollowUpAction
from loetrat.meetings.services import action_create, agenda_document_add, minutes_generate_draft
from loetrat.organizations.enums import OrganizationKind, Role
from loetrat.publishing.services.news import news_create_from_meeting, news_publish
from tests.factories import (
    ApplicationFactory,
    AwardCycleFactory,
    AwardTypeFactory,
    MembershipFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.factories.applications import PDF_BYTES, submit_application
from tests.factories.held_meetings import make_meeting
from tests.factories.news import make_news
from tests.frameworks.helpers import document

# Every persona the matrices try, in the order the reports print them.
PERSONAS = (
    "anonymous",
    "no_role",
    "secretariat_admin",
    "secretariat",
    "coordinator",
    "agency_head",
    "outsider",
    "assessor",
    "committee_member",
    "other_member",
    "kpi_evaluator",
)


@dataclass
class World:
    users: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)

    def __getattr__(self, name):
        try:
            return self.objects[name]
        except KeyError:
            raise AttributeError(name) from None


def _pdf(name="หลักฐาน.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def _personas(request) -> dict:
    """The conftest personas plus an outsider agency and a committee member without a seat."""
    users = {
        name: request.getfixturevalue(fixture)
        for name, fixture in {
            "no_role": "no_role_user",
            "secretariat_admin": "secretariat_admin",
            "secretariat": "secretariat",
            "coordinator": "coordinator",
            "agency_head": "agency_head",
            "assessor": "assessor",
            "committee_member": "committee_member",
            "kpi_evaluator": "kpi_evaluator",
        }.items()
    }
    other_agency = request.getfixturevalue("other_agency")
    users["outsider"] = UserFactory(username="outsider.coordinator")
    MembershipFactory(
        user=users["outsider"], organization=other_agency, role=Role.AGENCY_COORDINATOR
    )
    users["other_member"] = UserFactory(username="committee2")
    MembershipFactory(
        user=users["other_member"],
        organization=request.getfixturevalue("opdc"),
        role=Role.COMMITTEE_MEMBER,
    )
    return users


def _awards(world: World, agency, admin) -> None:
    coordinator = world.users["coordinator"]
    previous = AwardCycleFactory(year_be=2565)
    cycle = AwardCycleFactory(year_be=2566, programme=previous.programme, copied_from=previous)
    award_type = AwardTypeFactory(branch__cycle=cycle)
    application = ApplicationFactory(
        award_type=award_type, organization=agency, created_by=coordinator
    )
    attachment = attachment_add(
        application=application, field_key="evidence", upload=_pdf(), actor=coordinator
    )
    partner_org = OrganizationFactory(
        code="DGA", kind=OrganizationKind.PUBLIC_ORGANIZATION, name_th="สำนักงานพัฒนารัฐบาลดิจิทัล"
    )
    partner = application_partner_set(
        application=application, organization=partner_org, role="partner", actor=coordinator
    )
    submitted = ApplicationFactory(
        award_type=award_type, organization=agency, created_by=coordinator
    )
    application_save(application=submitted, actor=coordinator, data={"summary": "สรุปผลงาน"})
    attachment_add(application=submitted, field_key="evidence", upload=_pdf(), actor=coordinator)
    submit_application(submitted, coordinator, world.users["agency_head"])
    world.objects.update(
        submitted=submitted,
        cycle=cycle,
        award_type=award_type,
        branch=award_type.branch,
        application=application,
        attachment=attachment,
        partner=partner,
    )


def _criteria(world: World, admin) -> None:
    approved = version_import(document=document(label="2566"), actor=admin)
    version_approve(version=approved, actor=admin)
    draft = version_import(document=document(label="2567"), actor=admin)
    world.objects.update(version=approved, draft_version=draft)


def _meetings(world: World, request, admin, agency) -> None:
    committee = request.getfixturevalue("committee")
    meeting = make_meeting(committee, admin, items=2)
    item = meeting.agenda_items.order_by("pk").first()
    resolution = item.resolution
    action = action_create(
        resolution=resolution,
        title_th="รายงานผลการดำเนินการ",
        owner=agency,
        due_on=meeting.day + datetime.timedelta(days=30),
        actor=admin,
    )
    paper = agenda_document_add(
        agenda_item=item, title_th="ร่างเกณฑ์", upload=_pdf("ร่างเกณฑ์.pdf"), actor=admin
    )
    minutes_generate_draft(meeting=meeting, actor=admin)
    published_news = news_publish(
        news=news_create_from_meeting(meeting=meeting, actor=admin), actor=admin
    )
    draft_news = make_news(meeting, admin, slug="draft-news")
    term = committee.terms.get()
    world.objects.update(
        committee=committee,
        term=term,
        seat=term.seats.exclude(user=world.users["committee_member"]).order_by("pk").last(),
        meeting=meeting,
        item=item,
        resolution=resolution,
        action=FollowUpAction.objects.get(pk=action.pk),
        paper=paper,
        draft_news=draft_news,
        news=published_news,
    )


def _clinics(world: World, agency, secretariat) -> None:
    clinic = clinic_request(
        organization=agency,
        topics=["award_application"],
        question_th="ขอคำปรึกษาการเขียนใบสมัคร",
        actor=world.users["coordinator"],
    )
    clinic = clinic_schedule(
        clinic=clinic,
        scheduled_at=timezone.now() - datetime.timedelta(days=1),
        mode="online",
        actor=secretariat,
    )
    clinic = clinic_record(clinic=clinic, advice_th="ให้ระบุตัวชี้วัด", actor=secretariat)
    follow_up = clinic_follow_up_add(
        clinic=clinic, text_th="ส่งร่างใบสมัคร", owner=agency, actor=secretariat
    )
    world.objects.update(clinic=clinic, clinic_follow_up=follow_up)


def build_world(request) -> World:
    world = World(users=_personas(request))
    admin = world.users["secretariat_admin"]
    agency = request.getfixturevalue("agency")
    world.objects["agency"] = agency
    world.objects["coordinator_membership"] = world.users["coordinator"].memberships.get()
    world.objects["token"], _ = api_token_create(user=world.users["coordinator"], name="matrix")
    _awards(world, agency, admin)
    _criteria(world, admin)
    _meetings(world, request, admin, agency)
    _clinics(world, agency, world.users["secretariat"])
    # The head was asked to endorse the submitted application: a notice in their inbox.
    world.objects["head_notice"] = Notice.objects.filter(
        recipient=world.users["agency_head"], kind="awards.application.sent"
    ).first()
    return world
