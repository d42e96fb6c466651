"""The README's backup and restore, run for real: what is restored equals what was saved."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import psycopg
import pytest
from django.db import connection

from reports.freeze import freeze_month
from tests.factories import IndicatorFactory, TargetFactory, approved_history, period_for

ROOT = Path(__file__).resolve().parents[2]
TABLES = ["indicators_indicator", "indicators_target", "submissions_return",
          "submissions_historicalreturn", "reports_snapshot", "reports_snapshotrow"]  # fmt: skip


def url(name: str) -> str:
    s = connection.settings_dict
    return f"postgres://{s['USER']}@{s['HOST']}:{s['PORT']}/{name}"


def fingerprint(dsn: str) -> dict[str, tuple]:
    with psycopg.connect(dsn) as db:
        return {
            table: db.execute(
                f"SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {table} t"
            ).fetchone()
            for table in TABLES
        }


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_an_empty_database_unchanged(postgres, tmp_path):
    october = date(2023, 10, 1)
    period = period_for(october)
    for i in range(3):
        indicator = IndicatorFactory(ref=f"CS{i}")
        TargetFactory(indicator=indicator, year=period.year)
        approved_history(indicator, [90, 91, 92], before=date(2023, 11, 1))
    freeze_month(october, today=date(2023, 12, 1))
    source = connection.settings_dict["NAME"]
    target = f"{source}_restored"
    with psycopg.connect(url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}"')
        admin.execute(f'CREATE DATABASE "{target}"')
    try:
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        dump = tmp_path / "kpiportal.dump"
        run = {"cwd": ROOT, "check": True, "capture_output": True, "text": True}
        subprocess.run(
            ["scripts/backup.sh", str(dump)], env=env | {"DATABASE_URL": url(source)}, **run
        )
        done = subprocess.run(
            ["scripts/restore.sh", str(dump)], env=env | {"DATABASE_URL": url(target)}, **run
        )
        assert "Schema: up to date" in done.stdout
        assert "Restored: 3 indicators" in done.stdout and "1 snapshots" in done.stdout
        assert fingerprint(url(target)) == fingerprint(url(source))
        with psycopg.connect(url(target)) as restored, pytest.raises(psycopg.errors.RaiseException):
            restored.execute("DELETE FROM reports_snapshotrow")  # still frozen after a restore
    finally:
        with psycopg.connect(url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
