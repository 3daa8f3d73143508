"""Chapter 4 of the guide in English: one section per key factor of the Revised Arusha Declaration.

Each section says why the factor matters, what good practice looks like,
and ends with self-assessment questions for the workshop.
"""

from ..streams import checklist, rich_text


def key_factor_section(number, title, slug, introduction, why, good_practice, questions):
    return {
        "key": f"key-factor-{number}",
        "title": title,
        "slug": slug,
        "introduction": introduction,
        "key_factors": [number],
        "body": [
            rich_text(f"<h2>Why it matters</h2>{why}<h2>What good practice looks like</h2>{good_practice}"),
            checklist(f"Self-assessment: {title.lower()}", questions),
        ],
    }


KEY_FACTOR_SECTIONS = [
    key_factor_section(
        1,
        "Leadership and commitment",
        "leadership-and-commitment",
        "Integrity starts at the top: leaders who set the example, take ownership and give the programme resources.",
        """
        <p>Staff watch what their leaders do more closely than what they say. When senior managers
        accept gifts, protect favourites or ignore misconduct, no code of conduct will convince officers
        that integrity matters. When they visibly follow the rules, support honest staff and act on
        misconduct, they make integrity the normal way of working.</p>
        """,
        """
        <ul>
        <li>The head of the administration has publicly committed to the integrity programme and
        chairs or closely follows its steering committee.</li>
        <li>Senior managers declare their assets and interests and are subject to the same rules as
        everyone else.</li>
        <li>Integrity objectives appear in managers' performance agreements.</li>
        <li>The programme has a budget line and staff of its own.</li>
        </ul>
        """,
        [
            (
                "Has the head of the administration publicly committed to integrity in the past year?",
                "Speeches, circulars, the published strategy.",
            ),
            (
                "Do senior managers declare their assets and conflicts of interest?",
                "Declaration records and how they are checked.",
            ),
            ("Are managers assessed on integrity objectives?", "Performance agreements of senior managers."),
            ("Does the integrity programme have its own budget and staff?", "Budget documents; organisation chart."),
        ],
    ),
    key_factor_section(
        2,
        "Regulatory framework",
        "regulatory-framework",
        "Clear, simple, harmonised rules leave less room for discretion, and less room for abuse.",
        """
        <p>Complex and ambiguous rules create uncertainty for traders and discretion for officers. Each
        unclear provision is a point where an officer can decide, and where a trader may be tempted, or
        pressed, to pay for a favourable decision. International standards such as the Revised Kyoto
        Convention help administrations simplify and harmonise their procedures.</p>
        """,
        """
        <ul>
        <li>Customs law and procedures are consolidated, up to date and published in full.</li>
        <li>Exemptions and special regimes are few, clearly defined and monitored.</li>
        <li>Discretionary powers are defined, limited and subject to review.</li>
        <li>Penalties are proportionate and set out in a published scale.</li>
        </ul>
        """,
        [
            (
                "Is customs legislation consolidated and available free of charge?",
                "The administration's website; printed codes.",
            ),
            (
                "Are the discretionary powers of officers defined in writing?",
                "Procedure manuals; delegation instruments.",
            ),
            ("Are procedures aligned with the Revised Kyoto Convention?", "Gap analysis; accession status."),
            ("Is there a published scale of penalties for offences?", "Penalty regulations; settlement guidelines."),
        ],
    ),
    key_factor_section(
        3,
        "Transparency",
        "transparency",
        "Published rules, decisions and service standards, with a right to have any decision reviewed.",
        """
        <p>People cannot claim rights they do not know about. When tariffs, procedures, fees and
        service standards are public, an officer who demands more than the rules allow is easier to
        refuse and to report. When decisions can be appealed, arbitrary decisions become costly for
        those who make them.</p>
        """,
        """
        <ul>
        <li>Tariffs, procedures, forms and fees are published online and at border posts.</li>
        <li>A service charter sets standards, such as clearance times, and results are published.</li>
        <li>Advance rulings on classification, origin and valuation are available and published.</li>
        <li>There is an administrative appeal procedure, independent of the officer who decided, with
        access to the courts after it.</li>
        </ul>
        """,
        [
            (
                "Are all fees and charges published, with the legal basis for each?",
                "Website; notices displayed at offices.",
            ),
            (
                "Does the administration publish service standards and its performance against them?",
                "Service charter; annual report.",
            ),
            ("Can traders obtain binding advance rulings?", "Ruling procedure; number of rulings issued."),
            (
                "Is there an appeal route independent of the officer who decided?",
                "Appeal procedure; appeal statistics.",
            ),
        ],
    ),
    key_factor_section(
        4,
        "Automation",
        "automation",
        "Electronic processing reduces face-to-face contact and leaves a trace of every decision.",
        """
        <p>Every personal contact between an officer and a trader is an opportunity for an improper
        request. Electronic lodging of declarations, electronic payment and automated risk selection
        remove many of those contacts. Just as important, systems record who did what and when, so
        that unusual decisions can be detected and explained.</p>
        """,
        """
        <ul>
        <li>Declarations are lodged and processed electronically, including supporting documents.</li>
        <li>Duties and fees are paid electronically; cash payment at the border is the exception.</li>
        <li>Selection for inspection is made by the risk-management system, and every manual override
        is recorded with a reason.</li>
        <li>Audit trails are reviewed regularly by someone independent of the users.</li>
        </ul>
        """,
        [
            ("Are most declarations lodged and cleared electronically?", "Share of electronic declarations by office."),
            ("Can duties be paid without cash?", "Payment channels; share of electronic payments."),
            ("Are inspection selections made by the system, with overrides logged?", "Override reports."),
            ("Does anyone review the system's audit trails?", "Audit-trail review reports."),
        ],
    ),
    key_factor_section(
        5,
        "Reform and modernization",
        "reform-and-modernization",
        "Modern procedures build integrity into how work is done, rather than adding controls afterwards.",
        """
        <p>Outdated procedures, with many steps, signatures and documents, multiply the points at which
        goods can be held up and favours sought. Modernisation that simplifies procedures and focuses
        controls on risk makes clearance faster for compliant traders and leaves fewer opportunities
        for corruption.</p>
        """,
        """
        <ul>
        <li>Procedures are mapped and simplified before they are automated.</li>
        <li>Controls are based on risk, with facilitation for compliant traders, for example through
        authorised economic operator programmes.</li>
        <li>Integrity risks are considered whenever a new procedure or system is designed.</li>
        <li>Staff are consulted on reforms and trained before they take effect.</li>
        </ul>
        """,
        [
            (
                "Have the main clearance procedures been mapped and simplified in the past five years?",
                "Process maps; time release study.",
            ),
            ("Is an integrity risk review part of designing new procedures?", "Project documentation."),
            ("Do compliant traders get faster treatment?", "Authorised economic operator programme; clearance times."),
        ],
    ),
    key_factor_section(
        6,
        "Audit and investigation",
        "audit-and-investigation",
        "Detecting misconduct, and acting on it fairly and without interference, makes prevention credible.",
        """
        <p>Prevention works only if misconduct also has consequences. Internal audit checks that
        procedures are followed and that controls work; an internal affairs or investigation function
        looks into suspected misconduct. Both need independence, skills and the backing of senior
        management.</p>
        """,
        """
        <ul>
        <li>Internal audit reports to the head of the administration and covers integrity risks.</li>
        <li>An investigation unit acts on allegations, with clear powers and procedures that respect the
        rights of staff.</li>
        <li>Staff and traders can report misconduct safely, including anonymously, and whistle-blowers
        are protected.</li>
        <li>External bodies, such as the national audit institution, review customs regularly.</li>
        </ul>
        """,
        [
            (
                "Does internal audit report directly to the head of the administration?",
                "Audit charter; organisation chart.",
            ),
            (
                "Are allegations of misconduct investigated within a set time?",
                "Case register; average time to close a case.",
            ),
            (
                "Is there a protected channel for reporting misconduct?",
                "Reporting channel; whistle-blower protection rules.",
            ),
            ("Are the results of investigations used to improve procedures?", "Lessons-learned reports."),
        ],
    ),
    key_factor_section(
        7,
        "Code of conduct",
        "code-of-conduct",
        "A practical code that every officer knows, signs and sees applied fairly.",
        """
        <p>A code of conduct tells officers what is expected of them in the situations they actually
        meet: gifts, conflicts of interest, outside work, use of information, dealings with traders. It
        protects honest officers by giving them a clear reason to refuse, and it gives managers a basis
        for action.</p>
        """,
        """
        <ul>
        <li>The code is short, written in plain language and illustrated with real situations.</li>
        <li>Every officer receives it, is trained on it at induction and signs that they have read
        it.</li>
        <li>Gifts and conflicts of interest are declared in a register.</li>
        <li>Breaches lead to proportionate, consistent sanctions.</li>
        </ul>
        """,
        [
            ("Has every officer received and signed the code of conduct?", "Signed acknowledgements."),
            ("Is the code covered in induction and refresher training?", "Training curricula and attendance."),
            ("Is there a register of gifts and conflicts of interest?", "The register and how it is checked."),
            ("Are breaches of the code sanctioned consistently?", "Disciplinary decisions by type."),
        ],
    ),
    key_factor_section(
        8,
        "Human resource management",
        "human-resource-management",
        "Recruitment, postings, pay and careers that reward integrity and reduce temptation.",
        """
        <p>The way people are recruited, posted, paid and promoted shapes their behaviour more than any
        rule. Recruitment by connection brings in people who owe favours. Officers left for years in
        lucrative posts build relationships that invite corruption. Pay that does not allow a decent
        living makes informal income tempting.</p>
        """,
        """
        <ul>
        <li>Recruitment and promotion are merit-based, with published criteria and integrity
        checks.</li>
        <li>Officers in sensitive posts rotate according to a transparent policy.</li>
        <li>Pay is adequate and fair, and performance assessment includes integrity.</li>
        <li>Training on integrity is part of every career stage.</li>
        </ul>
        """,
        [
            (
                "Are vacancies advertised and filled through competitive selection?",
                "Recruitment procedures and records.",
            ),
            (
                "Is there a rotation policy for sensitive posts, and is it applied?",
                "Policy; tenure data for sensitive posts.",
            ),
            ("Does pay allow officers a decent standard of living?", "Pay scales compared with similar public bodies."),
            ("Does performance assessment take integrity into account?", "Assessment forms."),
        ],
    ),
    key_factor_section(
        9,
        "Morale and organizational culture",
        "morale-and-organizational-culture",
        "Officers who are proud of their work and treated fairly are the best defence against corruption.",
        """
        <p>Where officers feel undervalued, unfairly treated or powerless, corruption is easier to
        justify. Where they are proud of the service, trust their managers and believe that speaking up
        makes a difference, they resist pressure and report wrongdoing.</p>
        """,
        """
        <ul>
        <li>Working conditions, equipment and facilities allow officers to do their job properly.</li>
        <li>Good performance and integrity are recognised publicly.</li>
        <li>Staff surveys measure morale regularly and results lead to action.</li>
        <li>Managers listen to staff and explain their decisions.</li>
        </ul>
        """,
        [
            ("Is staff morale measured regularly?", "Staff survey results over time."),
            ("Are officers recognised for integrity and good service?", "Award schemes; internal communication."),
            ("Do staff believe that reporting misconduct makes a difference?", "Staff survey questions on reporting."),
        ],
    ),
    key_factor_section(
        10,
        "Relationship with the private sector",
        "relationship-with-the-private-sector",
        "An open, accountable partnership with traders and brokers, who share responsibility for integrity.",
        """
        <p>Corruption in customs involves two sides. Traders and brokers who pay to speed up clearance or
        reduce duties keep the practice alive. Working with them, through memoranda of understanding,
        consultation and shared commitments, turns them from part of the problem into partners in the
        solution.</p>
        """,
        """
        <ul>
        <li>Regular consultation with trade associations on procedures and service.</li>
        <li>Memoranda of understanding in which traders and brokers commit to integrity standards.</li>
        <li>Licensing of customs brokers with integrity requirements and sanctions.</li>
        <li>Traders have a channel to report requests for payments and are told what happened.</li>
        </ul>
        """,
        [
            ("Does the administration consult trade associations at least twice a year?", "Meeting records."),
            (
                "Have memoranda of understanding on integrity been signed with traders or brokers?",
                "Signed memoranda and follow-up.",
            ),
            ("Do broker licences carry integrity obligations?", "Licensing rules; withdrawn licences."),
            ("Are traders told the outcome of their reports?", "Complaint-handling procedure."),
        ],
    ),
]
