"""The site's three content locales exist from the start, so translations can
be created without a trip to the admin."""

from django.db import migrations

LANGUAGE_CODES = ("en", "fr", "es")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0098_apitoken")]
    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
