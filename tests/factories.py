from __future__ import annotations

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from indicators.models import Directorate, FinancialYear, Indicator, ServiceArea, Target
from kpiportal.roles import Role


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.LazyAttribute(lambda u: u.username.capitalize())
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.gov.uk")
    password = factory.django.Password("correct horse battery")

    @factory.post_generation
    def roles(self, create: bool, extracted: list[Role] | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(*(Group.objects.get(name=role.value) for role in extracted))


class DirectorateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Directorate
        django_get_or_create = ("name",)

    name = "Customer and Communities"
    corporate_director = "Amanda Honey"


class ServiceAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceArea
        django_get_or_create = ("directorate", "name")

    directorate = factory.SubFactory(DirectorateFactory)
    name = "Customer Services"
    head_of_service = "Des Crilley"
    cabinet_member = "Mike Hill"


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        skip_postgeneration_save = True

    ref = factory.Sequence(lambda n: f"KPI{n:03d}")
    title = factory.LazyAttribute(lambda i: f"Indicator {i.ref}")
    service_area = factory.SubFactory(ServiceAreaFactory)
    kind = Indicator.Kind.KPI
    unit = Indicator.Unit.PERCENT
    decimals = 1
    polarity = Indicator.Polarity.HIGHER
    frequency = Indicator.Frequency.MONTHLY
    ytd_method = Indicator.YtdMethod.MEAN

    @factory.post_generation
    def owners(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.owners.add(*extracted)


class FinancialYearFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FinancialYear
        django_get_or_create = ("start_year",)

    start_year = 2023


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    indicator = factory.SubFactory(IndicatorFactory)
    year = factory.SubFactory(FinancialYearFactory)
    target = Decimal("95")
    floor = Decimal("90")
