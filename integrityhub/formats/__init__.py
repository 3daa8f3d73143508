"""Date and number formats per interface language (Django's FORMAT_MODULE_PATH).

Django's own English formats are American ("Dec. 6, 2026", "12/06/2026 8:11 p.m."),
which readers in a programme spread over six regions misread: 11/12 is November in one
place and December in another. Every language here writes the day before the month, the
month as a word wherever there is room, and a 24-hour clock. French and Spanish keep most
of Django's formats and only gain the 24-hour short forms.
"""
