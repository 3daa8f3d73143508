"""Seed the ten key factors in English, French and Spanish.

The translations of one factor share a translation_key, which is what makes
them one translatable snippet in Wagtail.
"""

import uuid

from django.db import migrations

from knowledgebase.key_factors import KEY_FACTORS


def seed_key_factors(apps, schema_editor):
    KeyFactor = apps.get_model("knowledgebase", "KeyFactor")
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "fr", "es")}
    for factor in KEY_FACTORS:
        existing = KeyFactor.objects.filter(number=factor["number"]).first()
        translation_key = existing.translation_key if existing else uuid.uuid4()
        for code, locale in locales.items():
            name, slug, description = factor[code]
            KeyFactor.objects.update_or_create(
                locale=locale,
                number=factor["number"],
                defaults={"name": name, "slug": slug, "description": description, "translation_key": translation_key},
            )


class Migration(migrations.Migration):
    dependencies = [("knowledgebase", "0001_initial"), ("home", "0002_create_locales")]
    operations = [migrations.RunPython(seed_key_factors, migrations.RunPython.noop)]
