"""The API, version 1: reads under the portal's roles, and figures from source systems.

Every request a service account makes is recorded (ApiUse) with its outcome.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from indicators import periods
from indicators.models import Indicator, Target
from reports.models import Publication, Snapshot, SnapshotRow

from . import idempotency
from .models import ApiUse
from .permissions import (
    PersonOrServiceAccount,
    PersonWithARole,
    ServiceAccountOnly,
    service_account_of,
)
from .serializers import (
    FigureResultSerializer,
    FigureSerializer,
    IndicatorSerializer,
    SnapshotRowSerializer,
    SnapshotSerializer,
    TargetSerializer,
)
from .services import Figure, FigureRefused, figure_record


class Audited:
    """Records each request by a service account: when, what for, and its outcome."""

    def finalize_response(
        self, request: Request, response: Response, *args: Any, **kw: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kw)  # type: ignore[misc]
        account = service_account_of(request)
        if account is not None:
            use = getattr(request, "api_use", {})
            ApiUse.objects.create(
                account=account,
                method=request.method or "",
                path=request.get_full_path()[:255],
                ref=str(use.get("ref", ""))[:40],
                month=str(use.get("month", ""))[:20],
                status=response.status_code,
                outcome=(use.get("outcome") or _outcome(response))[:500],
                idempotency_key=request.headers.get("Idempotency-Key", "")[:255],
            )
        return response


def _outcome(response: Response) -> str:
    if response.status_code < 400:
        return "Read"
    data = response.data
    if isinstance(data, dict) and "detail" in data:
        return f"Refused: {data['detail']}"
    return f"Refused: {data}"


def _text_filter(name: str, description: str) -> OpenApiParameter:
    return OpenApiParameter(name, OpenApiTypes.STR, OpenApiParameter.QUERY, description=description)


@extend_schema(tags=["Catalogue"])
class IndicatorViewSet(Audited, viewsets.ReadOnlyModelViewSet):
    """The catalogue: every indicator for people with a role; a service account sees only
    the indicators it feeds."""

    serializer_class = IndicatorSerializer
    permission_classes = [PersonOrServiceAccount]
    throttle_scope = "read"
    lookup_field = "ref"

    def get_queryset(self) -> QuerySet[Indicator]:
        found = Indicator.objects.select_related("service_area__directorate").order_by("ref")
        account = service_account_of(self.request)
        if account is not None:
            found = found.filter(service_accounts=account)
        if self.request.query_params.get("active") in ("true", "false"):
            found = found.filter(is_active=self.request.query_params["active"] == "true")
        if kind := self.request.query_params.get("kind"):
            found = found.filter(kind=kind)
        return found

    def get_object(self) -> Indicator:
        found = self.get_queryset().filter(ref__iexact=self.kwargs["ref"]).first()
        if found is None:
            raise Http404("No such indicator")
        return found

    @extend_schema(
        parameters=[
            _text_filter("active", "true or false: only indicators reported now, or not"),
            _text_filter("kind", "kpi or activity"),
        ]
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)


@extend_schema(tags=["Catalogue"])
class TargetViewSet(Audited, viewsets.ReadOnlyModelViewSet):
    """Targets, floors and thresholds: for a financial year, or a period's own (a profile)."""

    serializer_class = TargetSerializer
    permission_classes = [PersonOrServiceAccount]
    throttle_scope = "read"

    def get_queryset(self) -> QuerySet[Target]:
        found = Target.objects.select_related("indicator", "year").order_by(
            "-year__start_year", "indicator__ref", "period"
        )
        account = service_account_of(self.request)
        if account is not None:
            found = found.filter(indicator__service_accounts=account)
        params = self.request.query_params
        if ref := params.get("ref"):
            found = found.filter(indicator__ref__iexact=ref)
        if year := params.get("year"):
            start = year.split("/")[0]
            found = found.filter(year__start_year=int(start)) if start.isdigit() else found.none()
        return found

    @extend_schema(
        parameters=[
            _text_filter("ref", "one indicator's targets"),
            _text_filter("year", "a financial year, as 2023/24"),
        ]
    )
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)


@extend_schema(tags=["Snapshots"])
class SnapshotViewSet(Audited, viewsets.ReadOnlyModelViewSet):
    """Frozen months, every version, and their rows: what the committee's dashboards are
    made from. For people with a role."""

    serializer_class = SnapshotSerializer
    permission_classes = [PersonWithARole]
    throttle_scope = "read"

    def get_queryset(self) -> QuerySet[Snapshot]:
        found = Snapshot.objects.order_by("-month", "-version")
        if month := self.request.query_params.get("month"):
            try:
                found = found.filter(month=periods.parse_month(month))
            except ValueError as error:
                raise serializers.ValidationError({"month": [str(error)]}) from None
        return found

    def get_serializer_context(self) -> dict[str, Any]:
        published = Publication.objects.filter(withdrawn_at__isnull=True)
        return {
            **super().get_serializer_context(),
            "published": set(published.values_list("snapshot_id", flat=True)),
        }

    @extend_schema(parameters=[_text_filter("month", "one month's versions, as 2023-10")])
    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        return super().list(request, *args, **kwargs)

    @extend_schema(
        responses=SnapshotRowSerializer(many=True),
        parameters=[_text_filter("directorate", "one directorate's rows")],
    )
    @action(detail=True, url_path="rows", url_name="rows")
    def rows(self, request: Request, pk: str | None = None) -> Response:
        """The snapshot's rows, one per indicator, as they were frozen."""
        snapshot = self.get_object()
        found = SnapshotRow.objects.filter(snapshot=snapshot).order_by(
            "directorate", "service_area", "kind", "ref"
        )
        if directorate := request.query_params.get("directorate"):
            found = found.filter(directorate=directorate)
        page = self.paginate_queryset(found)
        return self.get_paginated_response(SnapshotRowSerializer(page, many=True).data)


class _Refusal(serializers.Serializer):
    detail = serializers.CharField()


@extend_schema(tags=["Figures"])
class FigureView(Audited, APIView):
    """A figure from a source system, for a month open for returns. It fills the owner's
    return as a draft, or submits it for review on their behalf where the indicator says
    so; it is never approved. Send an Idempotency-Key to make a retry safe."""

    permission_classes = [ServiceAccountOnly]
    throttle_scope = "figures"

    @extend_schema(
        request=FigureSerializer,
        responses={
            200: FigureResultSerializer,
            400: OpenApiResponse(description="Field errors: {field: [message]}, in plain words"),
            401: OpenApiResponse(_Refusal, description="No token, or not a valid one"),
            403: OpenApiResponse(_Refusal, description="An indicator this account does not feed"),
            409: OpenApiResponse(_Refusal, description="Month not open, frozen, or the return "
                                 "already submitted or approved"),
            422: OpenApiResponse(_Refusal, description="Idempotency-Key reused for another"),
            429: OpenApiResponse(_Refusal, description="Too many requests"),
        },
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                description="Any unique text for this figure (a UUID): the same key again "
                "gets the first answer, and nothing is recorded twice.",
            )
        ],
    )  # fmt: skip
    def post(self, request: Request) -> Response:
        account = service_account_of(request)
        assert account is not None  # ServiceAccountOnly
        key = request.headers.get("Idempotency-Key", "")
        if key and (problem := idempotency.key_problem(key)):
            return Response({"detail": problem}, status=400)

        def run() -> idempotency.Answer:
            return self._record(request, account)

        if not key:
            status, body = run()
            return Response(body, status=status)
        print_ = idempotency.fingerprint(request.path, request.data)
        status, body, replayed = idempotency.once(account, key, print_, run)
        response = Response(body, status=status)
        if replayed:
            response["Idempotent-Replayed"] = "true"
            request.api_use = {
                **getattr(request, "api_use", {}),
                "outcome": f"Answered as before (Idempotency-Key sent again): {status}",
            }
        return response

    def _record(self, request: Request, account: Any) -> idempotency.Answer:
        data = request.data if isinstance(request.data, dict) else {}
        request.api_use = {"ref": data.get("ref", ""), "month": data.get("month", "")}
        given = FigureSerializer(data=request.data)
        if not given.is_valid():
            errors = {k: [str(m) for m in v] for k, v in given.errors.items()}
            request.api_use["outcome"] = f"Refused: {errors}"
            return 400, errors
        fields = dict(given.validated_data)
        figure = Figure(ref=fields.pop("ref"), month=fields.pop("month"), fields=fields)
        try:
            ret, said = figure_record(account=account, figure=figure)
        except FigureRefused as refused:
            request.api_use["outcome"] = f"Refused: {refused.body}"
            return refused.status, refused.body
        request.api_use["outcome"] = said
        result = FigureResultSerializer(
            {
                "ref": ret.indicator.ref,
                "month": periods.month_key(ret.period.month),
                "status": ret.status,
                "state": ret.get_status_display(),
                "value": _text(ret.value),
                "numerator": _text(ret.numerator),
                "denominator": _text(ret.denominator),
                "not_available": ret.not_available,
                "commentary": ret.commentary,
                "message": said,
            }
        )
        return 200, dict(result.data)


def _text(value: Any) -> str | None:
    return None if value is None else f"{value.normalize():f}"
