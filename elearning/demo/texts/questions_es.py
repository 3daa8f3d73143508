"""The final assessment's fifteen questions in Spanish, in the order and with the options of `questions`.

Which options are right lives once, in `questions.QUESTIONS`; this module
gives only the Spanish wording, one entry per question in the same order.
"""

QUESTIONS_ES = [
    {
        "prompt": "Según la Declaración de Arusha revisada, ¿a quién corresponde la responsabilidad principal de "
        "prevenir la corrupción en una administración de aduanas?",
        "explanation": "La Declaración atribuye la responsabilidad principal al director general de aduanas y al "
        "equipo de alta dirección: los programas de integridad fracasan sin un compromiso visible desde arriba.",
        "options": [
            (
                "A cada funcionario, por su cuenta",
                "Los funcionarios responden de su conducta, pero la Declaración atribuye la primera "
                "responsabilidad de la prevención a la dirección.",
            ),
            ("Al director general de aduanas y al equipo de alta dirección", "Correcto: el liderazgo va primero."),
            (
                "Al organismo nacional anticorrupción",
                "Los organismos externos ayudan, pero la prevención dentro de las aduanas es tarea de la dirección.",
            ),
            ("Al sector privado", "Los operadores comparten la responsabilidad, pero no la principal."),
        ],
    },
    {
        "prompt": "¿Cuáles de estas acciones muestran que los dirigentes están realmente comprometidos con la "
        "integridad? Seleccione todas las que correspondan.",
        "explanation": "El compromiso se ve en los recursos, las responsabilidades y el ejemplo personal, mantenidos "
        "en el tiempo; un anuncio puntual delegado en otros no basta.",
        "options": [
            ("Dar al programa de integridad personal y presupuesto propios", "Sí: los recursos muestran la prioridad."),
            (
                "Cumplir las mismas normas sobre regalos que cualquier funcionario",
                "Sí: el ejemplo es lo que más cuenta.",
            ),
            (
                "Anunciar una campaña una vez y dejarla en manos de un funcionario subalterno",
                "No: el compromiso debe mantenerse y asumirse desde arriba.",
            ),
            (
                "Hacer de la integridad un objetivo del plan estratégico",
                "Sí: pasa a formar parte de cómo se juzga el desempeño.",
            ),
        ],
    },
    {
        "prompt": "El Convenio de Kyoto revisado de la OMA ofrece un modelo de procedimientos aduaneros "
        "simplificados y armonizados que reduce las oportunidades de corrupción.",
        "explanation": "La Declaración de Arusha revisada remite al Convenio de Kyoto revisado como referencia para "
        "unos procedimientos sencillos y previsibles.",
        "feedback_if_true": "Correcto.",
        "feedback_if_false": "Es verdadero: unos procedimientos más sencillos y armonizados dejan menos margen a la "
        "discrecionalidad.",
    },
    {
        "prompt": "Un reglamento deja a los funcionarios un amplio margen para fijar las sanciones. ¿Qué reduce "
        "mejor el riesgo para la integridad?",
        "explanation": "La discrecionalidad no siempre puede suprimirse, pero los criterios publicados, los motivos "
        "por escrito y el derecho de recurso hacen las decisiones coherentes y verificables.",
        "options": [
            (
                "Que los funcionarios de alto rango decidan todos los casos",
                "Subir la discrecionalidad en la jerarquía no la hace transparente.",
            ),
            (
                "Suprimir por completo las sanciones",
                "Las sanciones son necesarias; deben ser proporcionadas y previsibles.",
            ),
            ("Publicar criterios, registrar los motivos de cada decisión y permitir el recurso", "Correcto."),
            (
                "Mantener confidenciales las directrices para que los operadores no se aprovechen de ellas",
                "Las normas secretas invitan a negociar; las publicadas permiten a los operadores rechazar "
                "exigencias indebidas.",
            ),
        ],
    },
    {
        "prompt": "¿Cuáles de estas son medidas de transparencia? Seleccione todas las que correspondan.",
        "explanation": "Publicar las normas, emitir resoluciones anticipadas y permitir los recursos hacen que las "
        "decisiones aduaneras sean previsibles y recurribles. Las instrucciones secretas hacen lo contrario.",
        "options": [
            ("Publicar en línea los reglamentos y los procedimientos", "Sí."),
            ("Emitir resoluciones anticipadas sobre clasificación y origen", "Sí."),
            ("Un derecho de recurso contra las decisiones aduaneras", "Sí."),
            (
                "Mantener en secreto ante los operadores las instrucciones de valoración",
                "No: el secreto crea margen para negociar.",
            ),
        ],
    },
    {
        "prompt": "La automatización elimina todos los riesgos para la integridad, así que los procesos "
        "automatizados no necesitan más controles.",
        "explanation": "La automatización desplaza el riesgo: las contraseñas compartidas, las anulaciones manuales y "
        "los cambios de datos necesitan controles como las cuentas personales, la segregación de funciones y los "
        "registros de auditoría revisados.",
        "feedback_if_true": "No es así: los sistemas crean nuevas oportunidades que hay que controlar.",
        "feedback_if_false": "Correcto.",
    },
    {
        "prompt": "Un colega cuya cuenta está bloqueada le pide usar su usuario para despachar un camión que "
        "espera. ¿Qué hace usted?",
        "explanation": "Las cuentas personales dan sentido al registro de auditoría: todo lo que se hace con su "
        "usuario es decisión suya. La solución legítima es desbloquear la cuenta o reasignar la tarea.",
        "options": [
            (
                "Se lo presta: el despacho es legítimo",
                "Todo lo que se haga con su usuario queda registrado como decisión suya.",
            ),
            (
                "Se lo presta y después cambia la contraseña",
                "Cambiar la contraseña después no deshace lo que se hizo en su nombre.",
            ),
            (
                "Despacha usted mismo el camión sin comprobar nada",
                "Estaría despachando mercancías que no ha examinado.",
            ),
            ("Se niega y le ayuda a contactar con informática o con el supervisor", "Correcto."),
        ],
    },
    {
        "prompt": "Relacione cada práctica con el factor clave que principalmente pone en práctica.",
        "explanation": "Cada práctica sirve a varios factores, pero estos son los vínculos principales descritos en "
        "las lecciones.",
        "pairs": [
            ("Publicar en línea los aranceles y los procedimientos", "Transparencia"),
            ("El pago electrónico de los derechos", "Automatización"),
            ("Un memorando de entendimiento con una asociación de operadores", "Relación con el sector privado"),
            ("La rotación de los funcionarios en puestos de alto riesgo", "Gestión de los recursos humanos"),
        ],
    },
    {
        "prompt": "¿Qué necesita sobre todo una unidad de investigación interna para ser eficaz?",
        "explanation": "Los investigadores deben poder actuar sin injerencias, tener las competencias y los medios "
        "para los casos complejos y respetar los derechos de las personas afectadas.",
        "options": [
            ("Independencia de la línea jerárquica, recursos suficientes y procedimientos justos", "Correcto."),
            (
                "Depender del jefe de la unidad investigada",
                "Eso expondría las investigaciones a injerencias.",
            ),
            (
                "Facultades para sancionar sin oír a la persona afectada",
                "Los procedimientos justos protegen al inocente y hacen que las sanciones se mantengan.",
            ),
            (
                "Guardar en secreto si alguna denuncia recibe seguimiento",
                "La gente solo denuncia cuando ve que las denuncias llevan a algo.",
            ),
        ],
    },
    {
        "prompt": "Las personas que denuncian de buena fe una sospecha de corrupción deben estar protegidas contra "
        "las represalias.",
        "explanation": "Casi siempre hay alguien cerca que conoce la corrupción; la protección y un seguimiento "
        "visible son lo que hace que la gente hable.",
        "feedback_if_true": "Correcto.",
        "feedback_if_false": "Es verdadero: sin protección, la gente calla.",
    },
    {
        "prompt": "Un transitario cuyas declaraciones usted tramita invita a su familia a la boda de su hija. "
        "¿Qué debe hacer primero?",
        "explanation": "La relación existe por su trabajo. El código de conducta y el asesor de integridad le "
        "indican dónde está la línea, y declarar la invitación le protege.",
        "options": [
            (
                "Aceptar: es una ocasión familiar",
                "La invitación nace de su trabajo: al menos hay apariencia de conflicto de intereses.",
            ),
            ("Consultar el código de conducta, pedir consejo y declarar la invitación", "Correcto."),
            ("Aceptar y no decírselo a nadie", "Ocultarlo convierte una situación incómoda en un incumplimiento."),
            (
                "Dejar de tramitar sus declaraciones sin avisar a nadie",
                "La gestión de un conflicto de intereses se decide con su superior, después de declararlo.",
            ),
        ],
    },
    {
        "prompt": "¿Qué prácticas de recursos humanos favorecen la integridad? Seleccione todas las que correspondan.",
        "explanation": "El mérito, un sueldo digno y la rotación reducen la tentación y las relaciones sin control; "
        "el ascenso por contactos premia lo que no se debe.",
        "options": [
            ("La contratación por mérito mediante concurso abierto", "Sí."),
            ("La rotación del personal en los puestos de alto riesgo", "Sí."),
            ("Un sueldo que permita un nivel de vida digno", "Sí."),
            (
                "El ascenso basado en contactos personales",
                "No: los puestos obtenidos por contactos o pagos se usan para recuperar la inversión.",
            ),
        ],
    },
    {
        "prompt": "Una encuesta al personal muestra una moral baja y la sensación de que los ascensos son injustos. "
        "¿Qué respuesta hace más por la integridad?",
        "explanation": "La cultura mejora cuando las personas reciben un trato justo, se las escucha y se las "
        "reconoce; los resultados deben compartirse y dar lugar a medidas.",
        "options": [
            (
                "Mantener confidenciales los resultados para evitar malestar",
                "Ocultar los resultados destruye la confianza en la próxima encuesta.",
            ),
            (
                "Recordar al personal las sanciones por faltas",
                "Las sanciones importan, pero no responden a una sensación de injusticia.",
            ),
            (
                "Compartir los resultados, publicar los criterios de ascenso y actuar con el personal según las "
                "conclusiones",
                "Correcto.",
            ),
            ("Dejar de hacer encuestas", "Sin escuchar, los directivos no pueden ver los problemas."),
        ],
    },
    {
        "prompt": "Relacione cada situación con el factor clave que está más directamente en juego.",
        "explanation": "La falta de información pública es un problema de transparencia, los ascensos poco claros "
        "uno de recursos humanos, y los registros de anulaciones sin revisar uno de auditoría.",
        "pairs": [
            ("Un operador no encuentra la lista de documentos exigidos", "Transparencia"),
            ("Se asciende a funcionarios sin criterios publicados", "Gestión de los recursos humanos"),
            ("Nadie revisa el registro de anulaciones manuales", "Auditoría e investigación"),
        ],
    },
    {
        "prompt": "¿Por qué deben simplificarse los procedimientos antes de automatizarlos?",
        "explanation": "Un sistema automatiza el procedimiento que se le da: la complejidad y la discrecionalidad "
        "puestas en línea siguen siendo complejidad y discrecionalidad.",
        "options": [
            (
                "Automatizar un procedimiento complejo conserva sus oportunidades de discrecionalidad y retraso",
                "Correcto.",
            ),
            (
                "Los procedimientos sencillos no necesitan ordenadores",
                "Los procedimientos sencillos también se benefician de la automatización.",
            ),
            (
                "La automatización es más barata cuando los procedimientos son complejos",
                "La complejidad encarece la construcción y el mantenimiento de los sistemas.",
            ),
            ("Da igual en qué orden se haga", "El orden importa: primero simplificar."),
        ],
    },
]
