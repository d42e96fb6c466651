#!/usr/bin/env bash
# `make run`: the demo as production runs it, a web server, a Celery worker and beat, with
# no Redis: tasks pass through a folder (kombu's filesystem transport). Every periodic task
# runs each minute (each is idempotent), so moving the clock (DEMO_TODAY=2026-11-20) shows
# its effect within a minute. E-mails are printed here, by the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
export HOST PORT
export CELERY_BROKER_URL=${CELERY_BROKER_URL:-filesystem://}
export DEMO_BEAT_EVERY_MINUTE=${DEMO_BEAT_EVERY_MINUTE:-1}
export PYTHONUNBUFFERED=1

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

"$BIN/celery" -A kpiportal worker --loglevel=INFO --concurrency=1 --pool=solo \
  > >(sed -u 's/^/worker | /') 2>&1 &
pids+=($!)
"$BIN/celery" -A kpiportal beat --loglevel=INFO \
  --scheduler django_celery_beat.schedulers:DatabaseScheduler \
  > >(sed -u 's/^/beat   | /') 2>&1 &
pids+=($!)
echo "Serving the demo on http://$HOST:$PORT/ with a worker and beat (Ctrl-C stops all three)"
"$BIN/python" manage.py runserver "$HOST:$PORT" --noreload &
pids+=($!)
wait -n "${pids[@]}"
