"""The guide's third chapter in Spanish: the integrity assessment, paired with `guide_en`."""

from ..streams import checklist, rich_text

ASSESSMENT_CHAPTER_ES = {
    "title": "La evaluación de la integridad",
    "slug": "la-evaluacion-de-la-integridad",
    "introduction": """
        Una imagen honesta de la situación de la administración en cada factor clave, construida a partir
        de la opinión del personal y de pruebas.
    """,
    "body": [],
    "sections": {
        "preparing": {
            "title": "Preparar la evaluación",
            "slug": "preparar-la-evaluacion",
            "introduction": "El alcance, los participantes, el calendario y la promesa de confidencialidad.",
            "body": [
                rich_text("""
                    <h2>Definir el alcance</h2>
                    <p>Una primera evaluación suele abarcar toda la administración al nivel de los diez
                    factores clave y después examina con más detalle dos o tres procesos de alto riesgo, como
                    el reconocimiento de las mercancías, la valoración o la gestión de los bienes
                    incautados.</p>
                    <h2>Elegir a los participantes</h2>
                    <p>Reúna a entre quince y veinticinco personas de distintos grados, funciones y destinos.
                    Incluya a personas que hablen con franqueza, no solo a quienes representan a sus unidades.
                    Los representantes del comercio pueden participar en una sesión aparte sobre la relación
                    con el sector privado.</p>
                    <h2>Prometer la confidencialidad, y cumplirla</h2>
                    <p>Los participantes deben saber que lo que digan se recogerá sin nombres y no se usará
                    en su contra. Sin esa garantía, la evaluación describirá a la administración como desea
                    que la vean, no como es.</p>
                    <h2>Reunir primero las pruebas existentes</h2>
                    <p>Antes del taller, recopile lo que ya se sabe: informes de auditoría, estadísticas de
                    quejas, casos disciplinarios, resultados de encuestas al personal, tiempos de despacho y
                    cualquier encuesta de percepción realizada entre los operadores. Estas pruebas mantienen
                    el debate apegado a los hechos.</p>
                """),
            ],
        },
        "workshop": {
            "title": "El taller de autoevaluación",
            "slug": "el-taller-de-autoevaluacion",
            "introduction": (
                "Dos o tres días en los que el personal califica a la administración en cada factor clave, con pruebas."
            ),
            "body": [
                rich_text("""
                    <h2>Cómo se desarrolla el taller</h2>
                    <p>El facilitador presenta los factores clave uno por uno. Para cada uno, el grupo
                    responde a las preguntas de la sección correspondiente de esta guía, acuerda una
                    calificación y anota las pruebas que la sustentan. El desacuerdo es útil: cuando los
                    servicios centrales y los puestos fronterizos califican un factor de forma muy distinta,
                    suele haber una brecha entre la política y la práctica que merece examinarse.</p>
                    <h2>Calificar los factores clave</h2>
                    <p>Una escala sencilla funciona mejor: <i>implantado y eficaz</i>, <i>implantado pero no
                    eficaz</i>, <i>implantado en parte</i>, <i>no implantado</i>. Resista la tentación de
                    producir una nota única para la administración; el valor está en el perfil del conjunto
                    de factores.</p>
                """),
                checklist(
                    "Antes de cerrar el taller",
                    [
                        (
                            "¿Se ha calificado cada factor clave, con las pruebas de la calificación anotadas?",
                            "Una ficha de trabajo completa para cada uno de los diez factores clave.",
                        ),
                        (
                            "¿Se han acordado las tres a cinco debilidades más graves?",
                            "Una lista breve que el grupo defendería ante la alta dirección.",
                        ),
                        (
                            "¿Hay ideas de acción para cada una de esas debilidades?",
                            "Al menos una propuesta por debilidad, aunque sea esquemática.",
                        ),
                        (
                            "¿Saben los participantes qué ocurrirá después y cuándo recibirán noticias?",
                            "Una fecha para compartir con ellos el informe.",
                        ),
                    ],
                    introduction="Repase esta lista con el grupo al final de la última sesión.",
                ),
            ],
        },
        "evidence": {
            "title": "Reunir pruebas: encuestas, datos y entrevistas",
            "slug": "reunir-pruebas",
            "introduction": ("Las percepciones importan, pero deben contrastarse con lo que registran los sistemas."),
            "body": [
                rich_text("""
                    <h2>Encuestas a operadores y personal</h2>
                    <p>Las encuestas de percepción preguntan a operadores, agentes de aduanas y funcionarios
                    con qué frecuencia se encuentran con solicitudes de pagos, retrasos sin motivo o trato
                    injusto. La encuesta de la OMA sobre la percepción de la integridad en las aduanas es una
                    de esas herramientas. Repita la misma encuesta a intervalos regulares para ver los
                    cambios a lo largo del tiempo.</p>
                    <h2>Los datos que la administración ya tiene</h2>
                    <ul>
                    <li>Los tiempos de despacho por aduana, régimen y canal, por ejemplo de un estudio sobre
                    el tiempo necesario para el levante.</li>
                    <li>La proporción de declaraciones seleccionadas para inspección física, y con qué
                    frecuencia las inspecciones encuentran algo.</li>
                    <li>Las anulaciones de las selecciones de la gestión de riesgos, y quién las hizo.</li>
                    <li>Las quejas, los recursos y sus resultados.</li>
                    <li>Los casos disciplinarios por tipo y por lugar.</li>
                    </ul>
                    <h2>Entrevistas y visitas</h2>
                    <p>Entrevistas breves y confidenciales en los puestos fronterizos revelan cómo se aplican
                    los procedimientos en la práctica. Visitar a distintas horas del día, y observar el flujo
                    de personas y documentos, muestra a menudo dónde podrían producirse pagos
                    informales.</p>
                """),
            ],
        },
        "analysis": {
            "title": "Analizar los resultados",
            "slug": "analizar-los-resultados",
            "introduction": (
                "De las calificaciones y las pruebas a una lista breve de prioridades sobre las que la dirección "
                "puede actuar."
            ),
            "body": [
                rich_text("""
                    <h2>Buscar patrones</h2>
                    <p>Ponga las calificaciones del taller junto a los resultados de las encuestas y los
                    datos. Donde coinciden, la conclusión es sólida. Donde el personal califica un factor
                    como eficaz pero los datos dicen lo contrario, por ejemplo una tasa elevada de
                    selecciones de riesgo anuladas, mire más de cerca.</p>
                    <h2>Encontrar las causas de fondo</h2>
                    <p>Para cada debilidad, pregunte por qué existe hasta que la respuesta señale algo que la
                    administración puede cambiar: un procedimiento, un sistema, una norma, una práctica de
                    gestión. «Los funcionarios son corruptos» no es una causa de fondo; «los funcionarios
                    eligen qué envíos inspeccionan» sí lo es.</p>
                    <h2>Redactar un informe breve</h2>
                    <p>El informe de evaluación debe caber en unas pocas páginas: el método, las
                    calificaciones, las principales debilidades con sus pruebas y causas de fondo, y las
                    propuestas de acción. Se remite al comité directivo y, en forma de resumen, a todos los
                    que participaron.</p>
                """),
            ],
        },
    },
}
