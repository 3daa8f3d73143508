"""The footer text in English, French and Spanish (rich text: bold, italic, links)."""

from .typography import french_typography

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"

FOOTER_TEXT = {
    "en": f"""
        <p>Integrity Hub is run for the WCO A-CIP Programme. Content is shared under
        <a href="{LICENCE_URL}">CC BY 4.0</a> unless stated otherwise.</p>
    """,
    "fr": french_typography(f"""
        <p>Integrity Hub est géré pour le Programme A-CIP de l'OMD. Sauf mention contraire, les contenus
        sont diffusés sous licence <a href="{LICENCE_URL}deed.fr">CC BY 4.0</a>.</p>
    """),
    "es": f"""
        <p>Integrity Hub funciona al servicio del Programa A-CIP de la OMA. Salvo indicación en contrario,
        los contenidos se comparten con licencia <a href="{LICENCE_URL}deed.es">CC BY 4.0</a>.</p>
    """,
}
