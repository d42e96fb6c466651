"""The floor every app stands on: roles and their permissions, the Celery app, the clock,
log redaction, the password hasher, client addresses, and the page-wide template tags.

It imports nothing from the apps or the site above it (.importlinter)."""
