"""Criteria fixtures shared by the frameworks and API tests (a plugin of tests/conftest.py)."""

import pytest

from loetrat.frameworks.demo import load_demo_frameworks
from loetrat.frameworks.services import version_import
from tests.frameworks.helpers import document


@pytest.fixture
def draft(db, secretariat_admin):
    return version_import(document=document(), actor=secretariat_admin)


@pytest.fixture
def demo(db):
    load_demo_frameworks()
