from django.db import migrations

REGIONS = [
    ("AMS", "Americas and the Caribbean"),
    ("AP", "Asia/Pacific"),
    ("ESA", "East and Southern Africa"),
    ("EUR", "Europe"),
    ("MENA", "North of Africa, Near and Middle East"),
    ("WCA", "West and Central Africa"),
]


def seed_regions(apps, schema_editor):
    Region = apps.get_model("accounts", "Region")
    for code, name in REGIONS:
        Region.objects.update_or_create(code=code, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [migrations.RunPython(seed_regions, migrations.RunPython.noop)]
