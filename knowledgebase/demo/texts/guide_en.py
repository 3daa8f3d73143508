"""The Integrity Development Guide in English: the guide page, its chapters and sections.

Written for Integrity Hub. It follows the approach of the WCO Integrity
Development Guide (a self-assessment across the key factors of the Revised
Arusha Declaration, an action plan, and monitoring) but is not the WCO's
text, and it says so on the guide's front page. Facts are kept general.

Each chapter and section has a `key` that becomes its translation key, so
a re-run recognises it after an editor has renamed it. The fourth chapter,
one section per key factor, lives in `key_factor_sections_en`.
"""

from ..streams import action_plan, callout, checklist, rich_text
from .key_factor_sections_en import KEY_FACTOR_SECTIONS

GUIDE = {
    "title": "Integrity Development Guide",
    "slug": "integrity-development-guide",
    "search_description": (
        "A practical guide to assessing integrity risks in customs, planning reforms and checking that they work."
    ),
    "introduction": """
        A practical guide for customs administrations that want to understand their integrity risks,
        plan reforms across the ten key factors of the Revised Arusha Declaration, and check that the
        reforms work.
    """,
    "body": [
        rich_text("""
            <h2>What this guide offers</h2>
            <p>Corruption in customs is rarely the failing of a few individuals alone. It grows where
            procedures are complex, where officers have wide discretion and little supervision, where pay
            and careers are unfair, and where nobody measures what happens at the border. This guide helps
            an administration look honestly at those conditions and change them, one step at a time.</p>
            <p>It is organised as a cycle: build a strategy, assess where you stand, plan what to change,
            and monitor whether it worked. The ten key factors of the Revised Arusha Declaration give the
            assessment its structure, and each has a section of its own.</p>
        """),
        callout(
            "About this edition",
            """
            <p>This edition was written for Integrity Hub. It follows the approach of the World Customs
            Organization's Integrity Development Guide (self-assessment, action planning and
            monitoring) but it is not the WCO's official text. Examples in it are fictional.</p>
            """,
        ),
    ],
}

CHAPTERS = [
    {
        "key": "about",
        "title": "About this guide",
        "slug": "about-this-guide",
        "introduction": "Why the guide exists, who it is for, and how to work through it with a team.",
        "body": [],
        "sections": [
            {
                "key": "purpose",
                "title": "Purpose of the guide",
                "slug": "purpose-of-the-guide",
                "introduction": """
                    The guide helps an administration move from a commitment to integrity to a programme
                    of concrete, measurable reforms.
                """,
                "key_factors": [1],
                "body": [
                    rich_text("""
                        <h2>From commitment to practice</h2>
                        <p>Most customs administrations have declared their commitment to integrity. Many
                        have a code of conduct, an internal affairs unit and a hotline. Yet officers,
                        traders and the public often still see corruption as part of how goods cross the
                        border. The gap is usually not a lack of rules but a lack of a systematic
                        approach: reforms are launched one at a time, in reaction to a scandal, and are
                        rarely checked for results.</p>
                        <p>This guide offers that systematic approach. It asks the administration to
                        look at all the conditions that make corruption possible, to decide which matter
                        most, and to address them in a planned order, with people responsible, deadlines
                        and indicators.</p>
                        <h2>Who the guide is for</h2>
                        <ul>
                        <li><b>Senior management</b>, who must own the programme and decide on
                        priorities and resources.</li>
                        <li><b>Integrity coordinators and working groups</b>, who organise the
                        assessment, draft the action plan and follow its implementation.</li>
                        <li><b>Managers of operational units</b>, whose procedures and staff the
                        reforms change.</li>
                        <li><b>Partners</b>, such as ministries, anti-corruption agencies, the private
                        sector and development partners, who support or review the work.</li>
                        </ul>
                        <h2>What the guide is not</h2>
                        <p>The guide is not a checklist to be completed once and filed. Nor is it a
                        substitute for law enforcement: investigating and sanctioning misconduct remains
                        essential. The guide is about prevention, and about creating an organisation in
                        which honest officers find it easy to do the right thing and dishonest ones find
                        it hard to do the wrong one.</p>
                    """),
                ],
            },
            {
                "key": "how-to-use",
                "title": "How to use this guide",
                "slug": "how-to-use-this-guide",
                "introduction": "Work through the guide as a cycle, in workshops, with evidence at every step.",
                "key_factors": [],
                "body": [
                    rich_text("""
                        <h2>The integrity cycle</h2>
                        <p>The chapters follow the order in which the work is done:</p>
                        <ol>
                        <li><b>Strategy</b>: agree why integrity matters to the administration, who leads
                        the work and how it fits with other reforms.</li>
                        <li><b>Assessment</b>: find out where the administration stands on each key
                        factor, using a self-assessment workshop and evidence from surveys and data.</li>
                        <li><b>Action planning</b>: turn the findings into a prioritised plan with
                        responsibilities, deadlines and indicators.</li>
                        <li><b>Monitoring and evaluation</b>: check progress regularly, report on it
                        openly and start the cycle again.</li>
                        </ol>
                        <h2>Working in workshops</h2>
                        <p>The guide works best when a mixed group reads it together: headquarters and
                        border posts, managers and frontline officers, operational and support
                        functions. A facilitator from outside the units being assessed helps keep the
                        discussion frank. Each section on a key factor ends with questions that the group
                        answers yes, partly or no, noting the evidence for each answer. The printable
                        version of the guide is designed to be handed out in such workshops.</p>
                        <h2>Using what others have learned</h2>
                        <p>Every section links to practices shared by other partner administrations on
                        the same key factors. Read them before deciding what to do: a reform that worked
                        elsewhere, and the lessons its authors drew, can save months of trial and
                        error.</p>
                    """),
                    callout(
                        "Tip",
                        "<p>Agree at the start how the results will be shared. Staff who took part in the "
                        "assessment are far more likely to support the reforms if they see what came of "
                        "their contribution.</p>",
                        tone="tip",
                    ),
                ],
            },
        ],
    },
    {
        "key": "strategy",
        "title": "A comprehensive integrity strategy",
        "slug": "a-comprehensive-integrity-strategy",
        "introduction": """
            Integrity improves when it is treated as a management priority with a strategy, leadership and
            resources, not as a series of separate projects.
        """,
        "body": [],
        "sections": [
            {
                "key": "why-strategy",
                "title": "Why integrity needs a strategy",
                "slug": "why-integrity-needs-a-strategy",
                "introduction": "Isolated measures shift corruption elsewhere; a strategy closes the gaps.",
                "key_factors": [1, 5],
                "body": [
                    rich_text("""
                        <h2>Corruption adapts</h2>
                        <p>When one opportunity for corruption is closed, another tends to open. Automate
                        the declaration and payment process but leave inspection decisions to individual
                        discretion, and the pressure moves to the inspection shed. Introduce a code of
                        conduct without changing how officers are posted and paid, and the code remains a
                        document on a shelf. Measures that are not connected leave gaps that people who
                        benefit from corruption quickly find.</p>
                        <h2>A strategy connects the measures</h2>
                        <p>A comprehensive strategy looks at all ten key factors together. It explains
                        why the administration is acting, what it wants to achieve within a few years,
                        which areas come first and how progress will be measured. It links integrity to
                        the administration's wider modernisation, so that new systems and procedures are
                        designed with integrity risks in mind from the start rather than patched
                        afterwards.</p>
                        <h2>A strategy makes commitment visible</h2>
                        <p>A published strategy, signed by the head of the administration, tells officers
                        and traders that integrity is not a campaign that will pass. It also gives
                        managers a reference when they have to make difficult decisions, such as moving
                        an officer from a post he has held for years or refusing a request from an
                        influential trader.</p>
                    """),
                ],
            },
            {
                "key": "building-blocks",
                "title": "Building blocks of the strategy",
                "slug": "building-blocks-of-the-strategy",
                "introduction": "What a good integrity strategy contains, and how to keep it short enough to be used.",
                "key_factors": [1, 2, 8],
                "body": [
                    rich_text("""
                        <h2>Contents of the strategy</h2>
                        <ul>
                        <li><b>A statement of purpose</b>: why integrity matters for revenue, trade
                        facilitation, security and public trust.</li>
                        <li><b>A diagnosis</b>: the main risks, drawn from the integrity assessment and
                        from existing evidence such as complaints, audit findings and surveys.</li>
                        <li><b>Objectives</b>: a small number of results the administration commits to
                        within three to five years.</li>
                        <li><b>Priority areas</b>: the key factors and processes where action comes
                        first, with the reasons for that choice.</li>
                        <li><b>Roles</b>: who leads, who coordinates, who implements and who checks.</li>
                        <li><b>Resources</b>: people, budget and the support expected from
                        partners.</li>
                        <li><b>Monitoring</b>: the indicators and the reporting calendar.</li>
                        </ul>
                        <h2>Keep it short</h2>
                        <p>A strategy of ten pages that managers read is worth more than a hundred pages
                        that nobody opens. The detail belongs in the action plan, which is revised every
                        year; the strategy sets the direction and changes less often.</p>
                        <h2>Consult before you adopt</h2>
                        <p>Officers' representatives, the ministry responsible for customs, the national
                        anti-corruption body and trade associations should see the draft. Their comments
                        improve it, and consultation builds the support that implementation will
                        need.</p>
                    """),
                ],
            },
            {
                "key": "governance",
                "title": "Governance of the integrity programme",
                "slug": "governance-of-the-integrity-programme",
                "introduction": (
                    "Who leads, who coordinates, and how the programme stays independent of the units it examines."
                ),
                "key_factors": [1, 6],
                "body": [
                    rich_text("""
                        <h2>Leadership at the top</h2>
                        <p>The head of the administration chairs, or closely follows, an integrity
                        steering committee of senior managers. The committee approves the strategy and
                        the action plan, resolves conflicts between units and reviews progress at least
                        twice a year.</p>
                        <h2>A coordinator with authority</h2>
                        <p>Day-to-day work needs an integrity coordinator or a small unit with direct
                        access to the head of the administration. The coordinator organises the
                        assessment, drafts and follows the action plan, collects the indicators and
                        reports to the steering committee. The role only works if managers answer the
                        coordinator's requests: that authority should be written into the unit's
                        mandate.</p>
                        <h2>Separation from investigation</h2>
                        <p>Prevention and investigation support each other but should not be confused.
                        The integrity coordinator learns from the patterns that investigations reveal,
                        without access to individual case files that would discourage staff from
                        speaking openly during assessments.</p>
                    """),
                    callout(
                        "Warning",
                        "<p>If the integrity coordinator reports to the head of a unit whose processes are "
                        "under review, the programme's findings will be softened. Place the role where it "
                        "can report bad news.</p>",
                        tone="warning",
                    ),
                ],
            },
        ],
    },
    {
        "key": "assessment",
        "title": "The integrity assessment",
        "slug": "the-integrity-assessment",
        "introduction": """
            An honest picture of where the administration stands on each key factor, built from the
            views of staff and from evidence.
        """,
        "body": [],
        "sections": [
            {
                "key": "preparing",
                "title": "Preparing the assessment",
                "slug": "preparing-the-assessment",
                "introduction": "Scope, participants, timetable and the promise of confidentiality.",
                "key_factors": [1],
                "body": [
                    rich_text("""
                        <h2>Decide the scope</h2>
                        <p>A first assessment usually covers the whole administration at the level of the
                        ten key factors, then looks more closely at two or three high-risk processes, such
                        as the examination of goods, valuation or the handling of seized goods.</p>
                        <h2>Choose the participants</h2>
                        <p>Bring together fifteen to twenty-five people from different grades, functions
                        and locations. Include people who will speak frankly, not only those who
                        represent their units. Trade representatives can join a separate session about
                        the relationship with the private sector.</p>
                        <h2>Promise, and keep, confidentiality</h2>
                        <p>Participants must know that what they say will be reported without names and
                        will not be used against them. Without that assurance the assessment will
                        describe the administration as it wishes to be seen, not as it is.</p>
                        <h2>Collect existing evidence first</h2>
                        <p>Before the workshop, gather what is already known: audit reports, complaint
                        statistics, disciplinary cases, staff survey results, clearance times and any
                        perception survey of traders. This evidence keeps the discussion grounded.</p>
                    """),
                ],
            },
            {
                "key": "workshop",
                "title": "The self-assessment workshop",
                "slug": "the-self-assessment-workshop",
                "introduction": (
                    "Two or three days in which staff score the administration against the key factors, with evidence."
                ),
                "key_factors": [],
                "body": [
                    rich_text("""
                        <h2>How the workshop runs</h2>
                        <p>The facilitator introduces the key factors one by one. For each, the group
                        answers the questions of the corresponding section of this guide, agrees a
                        rating and records the evidence behind it. Disagreement is useful: where
                        headquarters and border posts rate a factor very differently, there is usually a
                        gap between policy and practice worth examining.</p>
                        <h2>Rating the key factors</h2>
                        <p>A simple scale works best: <i>in place and effective</i>, <i>in place but
                        not effective</i>, <i>partly in place</i>, <i>not in place</i>. Resist the
                        temptation to produce a single score for the administration; the value lies in
                        the pattern across factors.</p>
                    """),
                    checklist(
                        "Before closing the workshop",
                        [
                            (
                                "Has every key factor been rated, with the evidence for the rating noted?",
                                "A completed worksheet for each of the ten key factors.",
                            ),
                            (
                                "Have the three to five most serious weaknesses been agreed?",
                                "A short list the group would defend in front of senior management.",
                            ),
                            (
                                "Are there ideas for action on each of those weaknesses?",
                                "At least one proposal per weakness, however rough.",
                            ),
                            (
                                "Do participants know what happens next and when they will hear back?",
                                "A date for sharing the report with them.",
                            ),
                        ],
                        introduction="Use this list with the group at the end of the last session.",
                    ),
                ],
            },
            {
                "key": "evidence",
                "title": "Gathering evidence: surveys, data and interviews",
                "slug": "gathering-evidence",
                "introduction": "Perceptions matter, but they must be checked against what the systems record.",
                "key_factors": [3, 6],
                "body": [
                    rich_text("""
                        <h2>Surveys of traders and staff</h2>
                        <p>Perception surveys ask traders, brokers and officers how often they encounter
                        requests for payments, delays without reason or unfair treatment. The WCO's
                        Customs Integrity Perception Survey is one such tool. Run the same survey at
                        regular intervals so that changes can be seen over time.</p>
                        <h2>Data the administration already holds</h2>
                        <ul>
                        <li>Clearance times by office, procedure and channel, for example from a time
                        release study.</li>
                        <li>The share of declarations selected for physical inspection, and how often
                        inspections find something.</li>
                        <li>Overrides of risk-management selections, and who made them.</li>
                        <li>Complaints, appeals and their outcomes.</li>
                        <li>Disciplinary cases by type and by location.</li>
                        </ul>
                        <h2>Interviews and visits</h2>
                        <p>Short, confidential interviews at border posts reveal how procedures are
                        applied in practice. Visiting at different times of day, and watching the flow of
                        people and documents, often shows where informal payments could take
                        place.</p>
                    """),
                ],
            },
            {
                "key": "analysis",
                "title": "Analysing the results",
                "slug": "analysing-the-results",
                "introduction": "From ratings and evidence to a short list of priorities that management can act on.",
                "key_factors": [1],
                "body": [
                    rich_text("""
                        <h2>Look for patterns</h2>
                        <p>Place the workshop ratings next to the survey and data findings. Where they
                        agree, the finding is solid. Where staff rate a factor as effective but the data
                        say otherwise, for example a high rate of overridden risk selections, look
                        closer.</p>
                        <h2>Find root causes</h2>
                        <p>For each weakness, ask why it exists until the answer points to something the
                        administration can change: a procedure, a system, a rule, a management practice.
                        "Officers are corrupt" is not a root cause; "officers choose which consignments
                        they inspect" is.</p>
                        <h2>Write a short report</h2>
                        <p>The assessment report should fit in a few pages: the method, the ratings, the
                        main weaknesses with their evidence and root causes, and the proposals for
                        action. It goes to the steering committee and, in a summary, back to all who took
                        part.</p>
                    """),
                ],
            },
        ],
    },
    {
        "key": "key-factors",
        "title": "The ten key factors",
        "slug": "the-ten-key-factors",
        "introduction": """
            One section per key factor of the Revised Arusha Declaration: why it matters, what good
            practice looks like, and questions for the self-assessment.
        """,
        "body": [
            rich_text("""
                <p>The key factors reinforce one another. Read each section with the others in mind: a
                reform of human resource management, for example, depends on leadership, on a credible
                code of conduct and on an audit function able to detect abuse.</p>
            """),
        ],
        "sections": KEY_FACTOR_SECTIONS,
    },
    {
        "key": "action-planning",
        "title": "Action planning",
        "slug": "action-planning",
        "introduction": "Turning the assessment into a plan that people own, with deadlines and indicators.",
        "body": [],
        "sections": [
            {
                "key": "priorities",
                "title": "From findings to priorities",
                "slug": "from-findings-to-priorities",
                "introduction": "Not everything can be done at once; choose what will make the most difference.",
                "key_factors": [1, 5],
                "body": [
                    rich_text("""
                        <h2>Criteria for choosing</h2>
                        <ul>
                        <li><b>Risk</b>: how much harm the weakness causes to revenue, trade and
                        trust.</li>
                        <li><b>Feasibility</b>: whether the administration controls the change or needs
                        others, such as the ministry or parliament.</li>
                        <li><b>Visibility</b>: whether staff and traders will notice the change, which
                        builds confidence in the programme.</li>
                        <li><b>Dependencies</b>: whether the action unlocks others.</li>
                        </ul>
                        <h2>Balance quick wins and structural reforms</h2>
                        <p>A good plan mixes a few measures that can show results within months, such as
                        publishing service standards or opening a complaint channel, with structural
                        reforms that take years, such as reforming pay and careers or automating
                        procedures. Quick wins build the credibility that long reforms need.</p>
                        <h2>Decide together</h2>
                        <p>Choose the priorities with the managers who will carry them out. A unit head who
                        helped rank the weaknesses will defend the resulting plan; one who receives a list
                        of tasks from headquarters is more likely to find reasons for delay. Record why each
                        priority was chosen, so that the choice can be explained to staff and revisited
                        when circumstances change.</p>
                    """),
                ],
            },
            {
                "key": "writing-plan",
                "title": "Writing the action plan",
                "slug": "writing-the-action-plan",
                "introduction": "A table anyone can read: objective, actions, responsible, timeframe, indicator.",
                "key_factors": [],
                "body": [
                    rich_text("""
                        <h2>One line per objective</h2>
                        <p>Each line of the plan states an objective drawn from the assessment, the
                        concrete actions that will achieve it, the unit or person responsible, the
                        timeframe and the indicator that will show success. Name a person, not only a
                        unit: plans with nobody responsible are not carried out.</p>
                        <h2>An example</h2>
                        <p>The table below shows the kind of lines an administration might write after
                        finding that officers choose which consignments they inspect and that traders do
                        not know how to complain.</p>
                    """),
                    action_plan(
                        "Example: extract from an integrity action plan",
                        [
                            (
                                "Remove officers' discretion in selecting consignments for inspection",
                                "Select all inspections through the risk-management system; require a written, "
                                "recorded reason for any override; review overrides monthly.",
                                "Director of Risk Management",
                                "Within 12 months",
                                "Share of inspections selected by the system; number of overrides per month",
                            ),
                            (
                                "Give traders a safe way to report misconduct",
                                "Open a complaint line and web form run outside the operational units; publish "
                                "how complaints are handled and how complainants are protected.",
                                "Integrity Coordinator",
                                "Within 6 months",
                                "Complaints received and closed; traders aware of the channel (survey)",
                            ),
                            (
                                "Reduce the time officers spend in the same sensitive post",
                                "Adopt a rotation policy for sensitive posts with a maximum tenure, applied "
                                "transparently and planned a year ahead.",
                                "Director of Human Resources",
                                "Policy in 6 months; first rotations in 12",
                                "Share of sensitive posts held longer than the maximum tenure",
                            ),
                        ],
                    ),
                ],
            },
            {
                "key": "resourcing",
                "title": "Resourcing and sequencing reforms",
                "slug": "resourcing-and-sequencing-reforms",
                "introduction": "Reforms need money, people and the right order.",
                "key_factors": [5, 8],
                "body": [
                    rich_text("""
                        <h2>Cost the plan</h2>
                        <p>Estimate what each action needs: staff time, training, equipment, systems and
                        outside expertise. Actions without resources should either be funded or removed;
                        leaving them in the plan only damages its credibility.</p>
                        <h2>Sequence with care</h2>
                        <p>Some reforms only work after others. Rotation needs enough trained officers to
                        rotate; automation needs simplified procedures; sanctions need a code of conduct
                        that staff know. Draw the dependencies before fixing dates.</p>
                        <h2>Involve development partners early</h2>
                        <p>Partners supporting customs reform can often fund parts of the plan. Sharing
                        the assessment with them, and showing how the plan answers it, makes that support
                        easier to obtain and avoids duplicated projects.</p>
                        <h2>Protect the plan from turnover</h2>
                        <p>Senior managers change posts, and reforms that depend on one person stall when
                        that person leaves. Write responsibilities into job descriptions and the annual
                        objectives of units, not only into the plan, and brief every newly appointed manager
                        on the actions that fall to them.</p>
                    """),
                ],
            },
        ],
    },
    {
        "key": "monitoring",
        "title": "Monitoring and evaluation",
        "slug": "monitoring-and-evaluation",
        "introduction": "Checking progress, reporting on it openly, and learning whether the reforms changed anything.",
        "body": [],
        "sections": [
            {
                "key": "indicators",
                "title": "Indicators and data sources",
                "slug": "indicators-and-data-sources",
                "introduction": "A small set of indicators that can be collected reliably, year after year.",
                "key_factors": [3, 4],
                "body": [
                    rich_text("""
                        <h2>Three kinds of indicators</h2>
                        <ul>
                        <li><b>Activity</b>: has the action been carried out? For example, the rotation
                        policy has been adopted.</li>
                        <li><b>Output</b>: what did it produce? For example, the share of sensitive posts
                        rotated on time.</li>
                        <li><b>Outcome</b>: did integrity improve? For example, fewer traders report
                        being asked for payments.</li>
                        </ul>
                        <h2>Use data that already exists</h2>
                        <p>Customs systems record a great deal: selections, overrides, clearance times,
                        payments, complaints. Indicators drawn from these records are cheaper and more
                        reliable than new surveys. Combine them with a perception survey repeated every
                        two or three years.</p>
                        <h2>Set a baseline</h2>
                        <p>Measure each indicator before the reform starts. Without a baseline, nobody can
                        say later whether things improved.</p>
                        <h2>Watch for side effects</h2>
                        <p>Indicators change behaviour. If officers are judged only on clearance times, they
                        may stop inspecting risky consignments; if units are judged on the number of
                        disciplinary cases, they may pursue trivial ones. Pair each indicator with another
                        that would reveal such distortion, and discuss surprising results before drawing
                        conclusions.</p>
                    """),
                ],
            },
            {
                "key": "reporting",
                "title": "Reporting and review",
                "slug": "reporting-and-review",
                "introduction": "Regular reports to management, staff and the public keep the programme alive.",
                "key_factors": [1, 3],
                "body": [
                    rich_text("""
                        <h2>A reporting calendar</h2>
                        <p>The integrity coordinator reports progress on the action plan to the steering
                        committee every quarter, with the indicators and a short explanation of delays.
                        Once a year, the committee reviews the whole plan and adjusts it.</p>
                        <h2>Report to staff and the public</h2>
                        <p>A short annual integrity report, published on the administration's website,
                        shows traders and citizens that the commitment is real. Reporting honestly on
                        what did not work is part of that credibility.</p>
                    """),
                    checklist(
                        "Is the monitoring working?",
                        [
                            (
                                "Is every action in the plan reported on at least every quarter?",
                                "Quarterly progress reports.",
                            ),
                            ("Does each indicator have a baseline and a target?", "The indicator table of the plan."),
                            (
                                "Has the steering committee changed the plan in response to a report?",
                                "Minutes of its meetings.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "key": "evaluation",
                "title": "Evaluating impact and renewing the strategy",
                "slug": "evaluating-impact-and-renewing-the-strategy",
                "introduction": "Every few years, step back: did the strategy change behaviour, and what comes next?",
                "key_factors": [1, 5],
                "body": [
                    rich_text("""
                        <h2>An independent look</h2>
                        <p>At the end of the strategy period, ask someone outside the programme, such as
                        the internal audit unit, a national audit institution or a peer administration,
                        to evaluate it. The evaluation compares outcome indicators with the baseline and
                        asks staff and traders whether they see a difference.</p>
                        <h2>Start the cycle again</h2>
                        <p>The evaluation feeds the next assessment. Key factors that improved can be
                        monitored with a lighter touch; new risks, such as those created by new
                        technology or new trade flows, come into focus. Sharing the results with other
                        administrations, for example on this site, helps everyone learn faster.</p>
                        <h2>Learn from what did not work</h2>
                        <p>Some actions will have been abandoned or will not have produced the expected
                        change. Record why: a reform that failed for lack of resources may deserve another
                        attempt, while one that rested on a wrong diagnosis should give way to a different
                        approach. An honest account of failures is often the most useful part of an
                        evaluation for the next strategy.</p>
                    """),
                ],
            },
        ],
    },
]
