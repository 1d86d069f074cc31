import factory

from loetrat.frameworks.models import Framework, FrameworkVersion


class FrameworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Framework
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"TEST-RUBRIC-{n}")
    name_th = "เกณฑ์ทดสอบ"


class FrameworkVersionFactory(factory.django.DjangoModelFactory):
    """A version without criteria, in the status asked for (an approved one stands for criteria
    approved before Loetrat, so it has no approval row)."""

    class Meta:
        model = FrameworkVersion

    framework = factory.SubFactory(FrameworkFactory)
    label = "2566"
    status = "approved"
