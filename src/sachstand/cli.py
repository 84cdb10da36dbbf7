"""The ``sachstand`` console command: Django's management commands with a German overview.

``sachstand`` or ``sachstand --help`` lists sachstand's own commands and the Django commands an
administrator needs; every other call is handed to Django unchanged.
"""

from __future__ import annotations

import os
import sys

# Django commands an administrator of an installation needs, with their help in German.
ADMIN_COMMANDS = (
    "migrate",
    "createsuperuser",
    "changepassword",
    "runserver",
    "collectstatic",
    "check",
)


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sachstand.settings")
    if not args or (args[0] in ("-h", "--help", "help") and len(args) == 1):
        print(overview())
        return
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sachstand", *args])


def overview() -> str:
    import django
    from django.core.management import get_commands, load_command_class
    from django.utils.translation import gettext as _

    django.setup()
    own, django_commands = [], []
    for name, app in sorted(get_commands().items()):
        if app.startswith("sachstand."):
            own.append((name, str(load_command_class(app, name).help)))
        elif name in ADMIN_COMMANDS:
            django_commands.append((name, ADMIN_HELP()[name]))
    width = max(len(name) for name, _help in own + django_commands) + 2
    lines = [
        _("sachstand – digitalisation strategy, action plan and status report"),
        "",
        _("Usage: sachstand COMMAND [OPTIONS]"),
        "",
        _("Commands of sachstand:"),
        *(f"  {name.ljust(width)}{text}" for name, text in own),
        "",
        _("Administration:"),
        *(f"  {name.ljust(width)}{text}" for name, text in django_commands),
        "",
        _("Help on one command: sachstand COMMAND --help"),
        _("All Django commands: sachstand help --commands"),
    ]
    return "\n".join(lines)


def ADMIN_HELP() -> dict[str, str]:
    from django.utils.translation import gettext as _

    return {
        "migrate": _("Creates or updates the database tables."),
        "createsuperuser": _("Creates an administrator account."),
        "changepassword": _("Changes a user's password."),
        "runserver": _("Starts the development server (not for production)."),
        "collectstatic": _("Collects the static files for the web server."),
        "check": _("Checks the installation for problems."),
    }


if __name__ == "__main__":
    main()
