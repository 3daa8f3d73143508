"""Who gets what: the expected status of every URL pattern for every role.

Columns follow `authorization_scenario.ROLES`: anonymous, learner,
coordinator of administration A, coordinator of administration B,
moderator, editor. A cell is an HTTP status, or LOGIN for a redirect to a
login page. POST rows send an empty form: someone allowed gets the form's
answer to bad input (400) or the action's redirect, anyone else a refusal.
URLs are templates filled from the scenario; everything that belongs to
someone belongs to administration A.

Every URL pattern of the project must be reached by at least one row, so a
new view cannot ship without someone deciding who may use it. The only
exception is Wagtail's own admin: its hundreds of views are guarded by
Wagtail's permission system, which the admin rows below sample; admin views
written in this project are listed one by one.
"""

from dataclasses import dataclass

LOGIN = "login"  # a redirect to the site's or the admin's login page


@dataclass(frozen=True)
class Row:
    url: str
    method: str
    expected: tuple


def row(url, method, *expected):
    return Row(url, method, expected)


GET, POST = "GET", "POST"

# fmt: off
MATRIX = [
    # url                                                              meth. anon   learnr coordA coordB moder. editor
    # Site services
    row("/health/",                                                    GET,  200,   200,   200,   200,   200,   200),
    row("/sitemap.xml",                                                GET,  200,   200,   200,   200,   200,   200),
    row("/favicon.ico",                                                GET,  200,   200,   200,   200,   200,   200),
    # The design system's pattern page: for those who may open the admin
    row("/en/patterns/",                                               GET,  LOGIN, 403,   403,   403,   200,   200),
    # Documents: a coordinators-only practice's file, and a draft's
    row("{private_document}",                                          GET,  LOGIN, 404,   200,   200,   200,   200),
    row("{draft_document}",                                            GET,  LOGIN, 404,   200,   404,   200,   200),
    # Wagtail answers 404 for an unknown restriction; Django then tries /en/documents/…, a page URL
    row("/documents/authenticate_with_password/{missing_id}/",         GET,  302,   302,   302,   302,   302,   302),
    # Sign-in and account pages (django-allauth)
    row("/en/accounts/login/",                                         GET,  200,   302,   302,   302,   302,   302),
    row("/en/accounts/logout/",                                        GET,  302,   200,   200,   200,   200,   200),
    row("/en/accounts/inactive/",                                      GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/signup/",                                        GET,  200,   302,   302,   302,   302,   302),
    row("/en/accounts/reauthenticate/",                                GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/accounts/reauthenticate/code/",                           GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/accounts/reauthenticate/code/confirm/",                   GET,  LOGIN, 302,   302,   302,   302,   302),
    row("/en/accounts/email/",                                         GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/accounts/confirm-email/",                                 GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/confirm-email/not-a-key/",                       GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/password/change/",                               GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/accounts/password/set/",                                  GET,  LOGIN, 302,   302,   302,   302,   302),
    row("/en/accounts/password/reset/",                                GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/password/reset/done/",                           GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/password/reset/key/1-not-a-key/",                GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/password/reset/key/done/",                       GET,  200,   200,   200,   200,   200,   200),
    row("/en/accounts/login/code/confirm/",                            GET,  LOGIN, 302,   302,   302,   302,   302),
    # Profile
    row("/en/profile/",                                                GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/profile/export/",                                         GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/profile/delete/",                                         GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/profile/two-factor/",                                     GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/profile/two-factor/verify/",                              GET,  LOGIN, 403,   302,   302,   302,   302),
    row("/en/profile/two-factor/remove/",                              POST, LOGIN, 403,   200,   200,   200,   200),
    # Practice exchange: coordinator A's draft, comment and practices
    row("/en/knowledge-base/practices/new/",                           GET,  LOGIN, 403,   200,   200,   403,   403),
    row("/en/knowledge-base/practices/{draft_id}/edit/",               GET,  LOGIN, 403,   200,   404,   403,   403),
    row("/en/knowledge-base/practices/{draft_id}/preview/",            GET,  LOGIN, 404,   200,   404,   200,   200),
    row("/en/knowledge-base/practices/{draft_id}/withdraw/",           POST, LOGIN, 404,   302,   404,   404,   404),
    row("/en/knowledge-base/practices/{draft_id}/delete/",             POST, LOGIN, 404,   302,   404,   404,   404),
    row("/en/knowledge-base/practices/{public_practice_id}/edit/",     GET,  LOGIN, 403,   200,   403,   403,   403),
    row("/en/knowledge-base/practices/{private_practice_id}/comments/",POST, LOGIN, 403,   400,   400,   400,   400),
    row("/en/knowledge-base/practices/{draft_id}/comments/",           POST, LOGIN, 403,   404,   404,   404,   404),
    row("/en/knowledge-base/practices/{private_practice_id}/bookmark/",POST, LOGIN, 403,   302,   302,   302,   302),
    row("/en/knowledge-base/comments/{comment_id}/edit/",              GET,  LOGIN, 403,   200,   403,   403,   403),
    row("/en/knowledge-base/comments/{comment_id}/remove/",            POST, LOGIN, 403,   403,   403,   302,   302),
    row("/en/knowledge-base/my-practices/",                            GET,  LOGIN, 403,   200,   200,   403,   403),
    row("/en/knowledge-base/my-bookmarks/",                            GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/knowledge-base/tags/?q=a",                                GET,  200,   200,   200,   200,   200,   200),
    row("/en/knowledge-base/api/practices/",                           GET,  200,   200,   200,   200,   200,   200),
    row("/en/knowledge-base/feed/",                                    GET,  200,   200,   200,   200,   200,   200),
    # E-learning: the learner of A, their attempt and certificate
    row("/en/learn/",                                                  GET,  LOGIN, 200,   200,   200,   200,   200),
    row("/en/learn/courses/{course_key}/enrol/",                       POST, LOGIN, 302,   302,   302,   302,   302),
    row("/en/learn/lessons/{lesson_id}/complete/",                     POST, LOGIN, 302,   302,   302,   302,   302),
    row("/en/learn/assessments/{assessment_id}/start/",                POST, LOGIN, 302,   302,   302,   302,   302),
    row("/en/learn/attempts/{attempt}/",                               GET,  LOGIN, 200,   404,   404,   404,   404),
    row("/en/learn/attempts/{attempt}/result/",                        GET,  LOGIN, 302,   404,   404,   404,   404),
    row("/en/learn/attempts/{attempt}/answers/",                       POST, LOGIN, 302,   404,   404,   404,   404),
    row("/en/learn/enrolments/upload/",                                GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/reports/",                                          GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/reports/?administration={administration_a_id}",     GET,  LOGIN, 403,   200,   403,   200,   200),
    row("/en/learn/reports/export.csv",                                GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/reports/courses/{course_key}/",                     GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/reports/courses/{course_key}/export.csv",           GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/reports/learners/{learner_id}/",                    GET,  LOGIN, 403,   200,   404,   200,   200),
    row("/en/learn/reports/learners/{learner_id}/accommodations/new/", GET,  LOGIN, 403,   200,   404,   200,   200),
    row("/en/learn/reports/learners/{learner_id}/accommodations/new/", POST, LOGIN, 403,   400,   404,   400,   400),
    row("/en/learn/accommodations/",                                   GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/learn/accommodations/{accommodation_id}/revoke/",         POST, LOGIN, 403,   302,   404,   302,   302),
    # The signed link of a reminder email: no login, the token names the learner
    row("/en/learn/reminders/stop/{reminder_token}/",                  GET,  200,   200,   200,   200,   200,   200),
    row("/en/learn/reminders/stop/{reminder_token}/",                  POST, 200,   200,   200,   200,   200,   200),
    row("/en/certificates/",                                           GET,  200,   200,   200,   200,   200,   200),
    row("/en/certificates/{certificate}/",                             GET,  200,   200,   200,   200,   200,   200),
    row("/en/certificates/{certificate}/pdf/",                         GET,  LOGIN, 200,   404,   404,   200,   200),
    # Search: the JSON API (django-ninja), its schema and docs, and site search
    # No API root: Django then tries /en/api/, a page URL (as for documents above)
    row("/api/",                                                       GET,  302,   302,   302,   302,   302,   302),
    row("/api/openapi.json",                                           GET,  200,   200,   200,   200,   200,   200),
    row("/api/docs",                                                   GET,  200,   200,   200,   200,   200,   200),
    row("/api/practices/search?q=rotation",                            GET,  200,   200,   200,   200,   200,   200),
    row("/api/practices/autocomplete?q=rot",                           GET,  200,   200,   200,   200,   200,   200),
    row("/en/search/?q=integrity",                                     GET,  200,   200,   200,   200,   200,   200),
    # Wagtail pages: one per page type, and the coordinators-only practice
    row("{home}",                                                      GET,  200,   200,   200,   200,   200,   200),
    row("{about}",                                                     GET,  200,   200,   200,   200,   200,   200),
    row("{catalogue}",                                                 GET,  200,   200,   200,   200,   200,   200),
    row("{course}",                                                    GET,  200,   200,   200,   200,   200,   200),
    row("{lesson}",                                                    GET,  LOGIN, 200,   302,   302,   302,   302),
    row("{assessment}",                                                GET,  200,   200,   200,   200,   200,   200),
    row("{guide}",                                                     GET,  200,   200,   200,   200,   200,   200),
    row("{guide}print/",                                               GET,  200,   200,   200,   200,   200,   200),
    row("{chapter}",                                                   GET,  200,   200,   200,   200,   200,   200),
    row("{section}",                                                   GET,  200,   200,   200,   200,   200,   200),
    row("{practice_index}",                                            GET,  200,   200,   200,   200,   200,   200),
    row("{public_practice}",                                           GET,  200,   200,   200,   200,   200,   200),
    row("{private_practice}",                                          GET,  LOGIN, 403,   200,   200,   200,   200),
    row("/en/no-such-page/",                                           GET,  404,   404,   404,   404,   404,   404),
    row("/en/_util/login/",                                            GET,  200,   200,   200,   200,   200,   200),
    row("/en/_util/authenticate_with_password/{missing_id}/{home_id}/",GET,  404,   404,   404,   404,   404,   404),
    # Admin: Wagtail's own views sampled, this project's listed
    row("/admin/",                                                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/pages/{home_id}/",                                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/pages/{public_practice_id}/edit/",                     GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/snippets/knowledgebase/keyfactor/",                    GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/snippets/accounts/partneradministration/",             GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    # The search concepts: editors keep the vocabulary (search/admin_concepts.py)
    row("/admin/snippets/search/searchconcept/add/",                   GET,  LOGIN, LOGIN, LOGIN, LOGIN, 302,   200),
    row("/admin/snippets/search/searchconcept/edit/{concept_id}/",     GET,  LOGIN, LOGIN, LOGIN, LOGIN, 302,   200),
    row("/admin/snippets/search/searchconcept/delete/{concept_id}/",   GET,  LOGIN, LOGIN, LOGIN, LOGIN, 302,   200),
    row("/admin/elearning_certificate/",                               GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/elearning_certificate/results/",                       GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/elearning_certificate/inspect/{certificate_id}/",      GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/certificates/{certificate_id}/revoke/",                GET,  LOGIN, LOGIN, LOGIN, LOGIN, 302,   200),
    row("/admin/reports/site-search-terms/",                           GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/reports/site-search-terms/results/",                   GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/reports/course-translations/",                         GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/assessments/{assessment_id}/questions/",               GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    row("/admin/assessments/{assessment_id}/questions.csv",            GET,  LOGIN, LOGIN, LOGIN, LOGIN, 200,   200),
    # The learner has no picture: a 404, which LocaleMiddleware turns into a redirect to /en/… (the site's 404).
    row("/admin/avatars/{learner_id}/",                                GET,  LOGIN, LOGIN, LOGIN, LOGIN, 302,   302),
]
# fmt: on
