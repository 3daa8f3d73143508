"""The privacy notice in English, French and Spanish.

It describes what the platform keeps and why, and points to the profile
page's "Download my data" and "Delete my account". `[[PROFILE_URL]]` becomes
a link to the profile relative to the page, so it stays in the page's language. The retention wording is deliberately
general: whoever runs a real installation must adapt it, as the notice says.
"""

from ..streams import callout, rich_text
from .typography import french_typography

CONTACT_EMAIL = "integrity-hub@integrityhub.example"
CONTACT_LINK = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'

PRIVACY_PAGE = {
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "search_description": "What personal data Integrity Hub keeps, why, and how to download or delete it.",
        "introduction": """
            This notice explains what personal data Integrity Hub keeps about you, why, who can see it, and
            how you can download it or delete your account.
        """,
        "body": [
            callout(
                "Demonstration text",
                """
                <p>This notice describes how the Integrity Hub software handles personal data. An
                organisation that runs it must adapt the notice, in particular the retention periods and
                the contact details, to its own legal obligations before going live.</p>
                """,
                tone="warning",
            ),
            rich_text(f"""
                <h2>What we keep</h2>
                <ul>
                <li><b>Your account</b>: your email address, name, preferred language, administration (if
                you belong to one) and role, and when you joined and last logged in. Your password is
                stored only as a one-way hash that cannot be turned back into the password.</li>
                <li><b>Enrolments and progress</b>: the modules you are enrolled in, who enrolled you, and
                which lessons you have completed and when.</li>
                <li><b>Quiz attempts</b>: your answers to knowledge checks and final assessments, your
                scores and the date of each attempt, with a copy of the questions as they stood at the
                time.</li>
                <li><b>Certificates</b>: each certificate issued to you, with your name, the module, the
                date of issue and its verification code.</li>
                <li><b>Practice submissions</b>: practices you submit or edit for your administration, the
                comments you write and the review history of each practice.</li>
                <li><b>Security records</b>: logins and failed login attempts, with the email address
                used, the time and the network address, kept to protect accounts against password
                guessing.</li>
                </ul>
                <h2>Why we keep it</h2>
                <p>We use this data only to run the service: to let you log in, save your progress, issue
                certificates and let others verify them, let coordinators follow the training of their own
                administration's officers, publish practices with the right attribution, and keep the site
                secure. We do not sell your data, show advertising or use your data for anything unrelated
                to your training and your administration's integrity work.</p>
                <h2>Who can see it</h2>
                <p>You can see your own data on your profile page. The integrity coordinator of your
                administration can see the enrolments, progress, results and certificates of officers in
                that administration, and of no other. Editors and moderators of the secretariat see what
                they need to run the courses and review practices. Someone who verifies one of your
                certificates sees your name, the module, the date of issue and whether the certificate is
                valid, and nothing else.</p>
                <h2>Download your data</h2>
                <p>On your <a href="[[PROFILE_URL]]">profile page</a>, choose <b>Download my data</b>. You
                receive a machine-readable file with your account details, enrolments, progress, quiz
                attempts, certificates and contributions.</p>
                <h2>Delete your account</h2>
                <p>You can delete your account at any time with <b>Delete my account</b> on your profile
                page. Your account and the personal data linked to it, including your enrolments, progress,
                quiz attempts and certificates, are deleted. Practices you submitted belong to your
                administration, so they stay on the site, but they are no longer linked to you.</p>
                <h2>How long we keep it</h2>
                <p>We keep your data for as long as you have an account. Security records are kept only
                for a limited period. When you delete your account, your data is removed from the live
                site at once and from backups as they are replaced in the normal cycle.</p>
                <h2>Cookies</h2>
                <p>The site sets only the cookies it needs to work: one that keeps you logged in and one
                that protects forms against forgery. It uses no analytics or advertising cookies.</p>
                <h2>Contact</h2>
                <p>For any question about your data, or to have it corrected, write to {CONTACT_LINK}.</p>
            """),
        ],
    },
    "fr": french_typography(
        {
            "title": "Politique de confidentialité",
            "slug": "confidentialite",
            "search_description": """
                Les données personnelles conservées par Integrity Hub, pourquoi, et comment les télécharger
                ou les supprimer.
            """,
            "introduction": """
                Cette page explique quelles données personnelles Integrity Hub conserve à votre sujet,
                pourquoi, qui peut les consulter, et comment les télécharger ou supprimer votre compte.
            """,
            "body": [
                callout(
                    "Texte de démonstration",
                    """
                    <p>Cette politique décrit la manière dont le logiciel Integrity Hub traite les données
                    personnelles. L'organisation qui l'exploite doit l'adapter à ses propres obligations
                    légales avant la mise en service, notamment les durées de conservation et les
                    coordonnées de contact.</p>
                    """,
                    tone="warning",
                ),
                rich_text(f"""
                    <h2>Ce que nous conservons</h2>
                    <ul>
                    <li><b>Votre compte</b> : votre adresse électronique, votre nom, votre langue de
                    préférence, votre administration (le cas échéant) et votre rôle, ainsi que la date de
                    votre inscription et de votre dernière connexion. Votre mot de passe n'est conservé que
                    sous forme d'empreinte irréversible, qui ne permet pas de le retrouver.</li>
                    <li><b>Inscriptions et progression</b> : les modules auxquels vous êtes inscrit, qui vous
                    y a inscrit, et les leçons que vous avez terminées, avec leur date.</li>
                    <li><b>Tentatives aux questionnaires</b> : vos réponses aux vérifications des
                    connaissances et aux évaluations finales, vos notes et la date de chaque tentative,
                    avec une copie des questions telles qu'elles étaient à ce moment-là.</li>
                    <li><b>Certificats</b> : chaque certificat qui vous a été délivré, avec votre nom, le
                    module, la date de délivrance et son code de vérification.</li>
                    <li><b>Pratiques proposées</b> : les pratiques que vous proposez ou modifiez pour votre
                    administration, les commentaires que vous rédigez et l'historique d'examen de chaque
                    pratique.</li>
                    <li><b>Journaux de sécurité</b> : les connexions et les tentatives de connexion
                    échouées, avec l'adresse électronique utilisée, l'heure et l'adresse réseau, conservés
                    pour protéger les comptes contre les tentatives de deviner les mots de passe.</li>
                    </ul>
                    <h2>Pourquoi nous les conservons</h2>
                    <p>Nous utilisons ces données uniquement pour faire fonctionner le service : vous
                    permettre de vous connecter, enregistrer votre progression, délivrer des certificats et
                    permettre à des tiers de les vérifier, permettre aux coordonnateurs de suivre la
                    formation des agents de leur propre administration, publier les pratiques avec la bonne
                    attribution et assurer la sécurité du site. Nous ne vendons pas vos données,
                    n'affichons pas de publicité et n'utilisons pas vos données à des fins étrangères à
                    votre formation et au travail de votre administration en matière d'intégrité.</p>
                    <h2>Qui peut les consulter</h2>
                    <p>Vous pouvez consulter vos propres données sur votre page de profil. Le coordonnateur
                    Intégrité de votre administration peut consulter les inscriptions, la progression, les
                    résultats et les certificats des agents de cette administration, et d'aucune autre. Les
                    rédacteurs et les modérateurs du secrétariat voient ce dont ils ont besoin pour gérer
                    les modules et examiner les pratiques. Une personne qui vérifie l'un de vos certificats
                    voit votre nom, le module, la date de délivrance et la validité du certificat, rien de
                    plus.</p>
                    <h2>Télécharger vos données</h2>
                    <p>Sur votre <a href="[[PROFILE_URL]]">page de profil</a>, choisissez
                    <b>Télécharger mes données</b>. Vous obtenez un fichier lisible par machine contenant
                    les informations de votre compte, vos inscriptions, votre progression, vos tentatives
                    aux questionnaires, vos certificats et vos contributions.</p>
                    <h2>Supprimer votre compte</h2>
                    <p>Vous pouvez supprimer votre compte à tout moment avec <b>Supprimer mon compte</b>
                    sur votre page de profil. Votre compte et les données personnelles qui y sont liées, y
                    compris vos inscriptions, votre progression, vos tentatives aux questionnaires et vos
                    certificats, sont supprimés. Les pratiques que vous avez proposées appartiennent à
                    votre administration : elles restent sur le site, mais ne sont plus rattachées à
                    vous.</p>
                    <h2>Durée de conservation</h2>
                    <p>Nous conservons vos données tant que vous avez un compte. Les journaux de sécurité
                    ne sont conservés que pour une durée limitée. Lorsque vous supprimez votre compte, vos
                    données sont retirées immédiatement du site et des sauvegardes au fur et à mesure de
                    leur renouvellement normal.</p>
                    <h2>Cookies</h2>
                    <p>Le site ne dépose que les cookies indispensables à son fonctionnement : l'un vous
                    garde connecté, l'autre protège les formulaires contre la falsification. Il n'utilise
                    aucun cookie de mesure d'audience ni de publicité.</p>
                    <h2>Contact</h2>
                    <p>Pour toute question sur vos données, ou pour les faire corriger, écrivez à
                    {CONTACT_LINK}.</p>
                """),
            ],
        }
    ),
    "es": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "search_description": "Qué datos personales conserva Integrity Hub, por qué y cómo descargarlos o eliminarlos.",
        "introduction": """
            Este aviso explica qué datos personales conserva Integrity Hub sobre usted, por qué, quién puede
            verlos y cómo puede descargarlos o eliminar su cuenta.
        """,
        "body": [
            callout(
                "Texto de demostración",
                """
                <p>Este aviso describe cómo trata los datos personales el software Integrity Hub. La
                organización que lo utilice debe adaptarlo a sus propias obligaciones legales antes de la
                puesta en marcha, en particular los plazos de conservación y los datos de contacto.</p>
                """,
                tone="warning",
            ),
            rich_text(f"""
                <h2>Qué conservamos</h2>
                <ul>
                <li><b>Su cuenta</b>: su dirección de correo electrónico, su nombre, su idioma preferido, su
                administración (si pertenece a una) y su función, así como la fecha de alta y la de su
                último acceso. Su contraseña solo se guarda como un resumen criptográfico irreversible, que
                no permite recuperarla.</li>
                <li><b>Inscripciones y progreso</b>: los módulos en los que está inscrito, quién le
                inscribió y qué lecciones ha completado y cuándo.</li>
                <li><b>Intentos de cuestionarios</b>: sus respuestas a las comprobaciones de conocimientos
                y a las evaluaciones finales, sus puntuaciones y la fecha de cada intento, junto con una
                copia de las preguntas tal como estaban en ese momento.</li>
                <li><b>Certificados</b>: cada certificado que se le haya emitido, con su nombre, el módulo,
                la fecha de emisión y su código de verificación.</li>
                <li><b>Prácticas enviadas</b>: las prácticas que envía o modifica en nombre de su
                administración, los comentarios que escribe y el historial de revisión de cada
                práctica.</li>
                <li><b>Registros de seguridad</b>: los accesos y los intentos de acceso fallidos, con la
                dirección de correo utilizada, la hora y la dirección de red, que se conservan para
                proteger las cuentas frente a quien intente adivinar contraseñas.</li>
                </ul>
                <h2>Para qué los conservamos</h2>
                <p>Utilizamos estos datos únicamente para prestar el servicio: permitirle iniciar sesión,
                guardar su progreso, emitir certificados y permitir que otros los verifiquen, permitir que
                los coordinadores sigan la formación de los funcionarios de su propia administración,
                publicar las prácticas con la autoría correcta y mantener la seguridad del sitio. No
                vendemos sus datos, no mostramos publicidad y no los usamos para nada ajeno a su formación
                y al trabajo de integridad de su administración.</p>
                <h2>Quién puede verlos</h2>
                <p>Usted puede ver sus propios datos en su página de perfil. El coordinador de integridad
                de su administración puede ver las inscripciones, el progreso, los resultados y los
                certificados de los funcionarios de esa administración, y de ninguna otra. Los editores y
                moderadores de la secretaría ven lo que necesitan para gestionar los cursos y revisar las
                prácticas. Quien verifica uno de sus certificados ve su nombre, el módulo, la fecha de
                emisión y si el certificado es válido, y nada más.</p>
                <h2>Descargar sus datos</h2>
                <p>En su <a href="[[PROFILE_URL]]">página de perfil</a>, elija <b>Descargar mis datos</b>.
                Recibirá un archivo legible por máquina con los datos de su cuenta, sus inscripciones, su
                progreso, sus intentos de cuestionarios, sus certificados y sus contribuciones.</p>
                <h2>Eliminar su cuenta</h2>
                <p>Puede eliminar su cuenta en cualquier momento con <b>Eliminar mi cuenta</b> en su página
                de perfil. Se eliminan su cuenta y los datos personales vinculados a ella, incluidos sus
                inscripciones, su progreso, sus intentos de cuestionarios y sus certificados. Las prácticas
                que haya enviado pertenecen a su administración, por lo que permanecen en el sitio, pero
                dejan de estar vinculadas a usted.</p>
                <h2>Cuánto tiempo los conservamos</h2>
                <p>Conservamos sus datos mientras tenga una cuenta. Los registros de seguridad solo se
                conservan durante un periodo limitado. Cuando elimina su cuenta, sus datos se retiran de
                inmediato del sitio y de las copias de seguridad a medida que estas se renuevan en su ciclo
                normal.</p>
                <h2>Cookies</h2>
                <p>El sitio solo utiliza las cookies necesarias para funcionar: una que mantiene abierta su
                sesión y otra que protege los formularios contra la falsificación. No utiliza cookies de
                analítica ni de publicidad.</p>
                <h2>Contacto</h2>
                <p>Para cualquier pregunta sobre sus datos, o para que los corrijamos, escriba a
                {CONTACT_LINK}.</p>
            """),
        ],
    },
}
