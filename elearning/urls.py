"""Learner, coordinator and public certificate URLs, all under the language prefix."""

from django.urls import path

from .views import accommodations, attempts, certificates, enrolment_upload, learning, reminders, reports

app_name = "elearning"

urlpatterns = [
    path("learn/", learning.dashboard, name="dashboard"),
    path("learn/courses/<uuid:course_key>/enrol/", learning.enrol_in_course, name="enrol"),
    path("learn/lessons/<int:lesson_id>/complete/", learning.mark_lesson_complete, name="complete_lesson"),
    path("learn/assessments/<int:assessment_id>/start/", attempts.start, name="start_attempt"),
    path("learn/attempts/<uuid:attempt_id>/", attempts.take, name="attempt"),
    path("learn/attempts/<uuid:attempt_id>/answers/", attempts.save, name="save_answers"),
    path("learn/attempts/<uuid:attempt_id>/result/", attempts.result, name="attempt_result"),
    path("learn/enrolments/upload/", enrolment_upload.upload_enrolments, name="upload_enrolments"),
    path("learn/reports/", reports.overview, name="reports"),
    path("learn/reports/export.csv", reports.export_all, name="reports_export"),
    path("learn/reports/courses/<uuid:course_key>/", reports.course_report, name="course_report"),
    path("learn/reports/courses/<uuid:course_key>/export.csv", reports.export_course, name="course_report_export"),
    path("learn/reports/learners/<int:user_id>/", reports.learner_report, name="learner_report"),
    path("learn/accommodations/", accommodations.accommodation_list, name="accommodations"),
    path(
        "learn/reports/learners/<int:user_id>/accommodations/new/",
        accommodations.grant,
        name="grant_accommodation",
    ),
    path(
        "learn/accommodations/<int:accommodation_id>/revoke/",
        accommodations.revoke,
        name="revoke_accommodation",
    ),
    path("learn/reminders/stop/<str:token>/", reminders.opt_out, name="reminder_opt_out"),
    path("certificates/", certificates.lookup, name="certificate_lookup"),
    path("certificates/<str:code>/", certificates.verify, name="certificate"),
    path("certificates/<str:code>/pdf/", certificates.download_pdf, name="certificate_pdf"),
]
