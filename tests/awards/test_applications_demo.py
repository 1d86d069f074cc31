"""The demo applications load through the services, in every state, once."""

from loetrat.awards.demo_applications import load_demo_applications
from loetrat.awards.models import Application


def test_without_cycle_2566_nothing_is_loaded(db):
    assert load_demo_applications()["created"] == 0
    assert not Application.objects.exists()


def test_demo_applications_in_every_state(db):
    from loetrat.awards.demo_cycles import load_demo_cycles
    from loetrat.organizations.demo import load_demo_organizations

    load_demo_organizations()
    load_demo_cycles()
    result = load_demo_applications()
    assert result["created"] >= 5, result
    states = set(Application.objects.values_list("state", flat=True))
    assert {"draft", "awaiting_endorsement", "returned", "endorsed", "submitted"} <= states
    submitted = Application.objects.filter(state="submitted", organization__code="MOF-RD").get()
    assert submitted.reference.startswith("LR2566-SV-INNOVATION-")
    assert load_demo_applications()["created"] == 0
