from __future__ import annotations

from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from core.roles import Role
from indicators.models import Directorate, FinancialYear, Indicator, ServiceArea, Target


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


# The named people of the tests (conftest.py's fixtures): username -> the rest of them.
PEOPLE = {
    "alice": {"first_name": "Alice", "roles": [Role.OWNER]},
    "bob": {"first_name": "Bob", "roles": [Role.OWNER]},
    "priya": {"first_name": "Priya", "roles": [Role.PERFORMANCE]},
    "tom": {"first_name": "Tom", "roles": [Role.PERFORMANCE]},
    "sam": {"first_name": "Sam", "roles": [Role.ADMIN], "is_staff": True},
    "rita": {"first_name": "Rita", "roles": [Role.READER]},
    "charlie": {"first_name": "Charlie"},
    "richard": {"first_name": "Richard", "roles": [Role.PERFORMANCE, Role.OWNER]},
}


def person(username):
    """One of the named people, as conftest.py's fixture of that name makes them."""
    return UserFactory(username=username, **PEOPLE[username])


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


def period_for(month, *, opened=True):
    """A return period for `month` (a date), opened unless told otherwise."""
    from django.utils import timezone

    from indicators.periods import financial_year_of
    from submissions.models import ReturnPeriod

    year = FinancialYearFactory(start_year=financial_year_of(month))
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month,
        defaults={
            "year": year,
            **ReturnPeriod.dates_for(month),
            "opened_at": timezone.now() if opened else None,
        },
    )
    return period


def approved_history(indicator, values, *, before, submitter=None, decider=None):
    """Approved returns for the months before `before`, oldest first, one per value."""
    from indicators.periods import add_months
    from submissions.models import Return

    months = [add_months(before, -i) for i in range(len(values), 0, -1)]
    for month, value in zip(months, values, strict=True):
        Return.objects.create(
            indicator=indicator,
            period=period_for(month),
            value=None if value is None else Decimal(str(value)),
            status=Return.Status.APPROVED,
            submitted_by=submitter,
            decided_by=decider,
        )
