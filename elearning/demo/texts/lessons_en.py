"""The ten lessons of the demo module in English, one per key factor of the Revised Arusha Declaration.

Written for this project. Facts are kept to what the Declaration and the
WCO's published integrity tools say in general terms; people, places and
situations in the scenarios are invented.
"""

from ..streams import callout, key_takeaways, rich_text, scenario

LESSONS_EN = [
    {
        "key_factor": 1,
        "title": "Leadership and commitment",
        "slug": "leadership-and-commitment",
        "introduction": """
            Integrity starts at the top. This lesson explains why the head of customs and the management
            team carry the first responsibility for preventing corruption, and what real commitment looks like.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Why leadership comes first</h2>
                <p>The Revised Arusha Declaration places the primary responsibility for preventing corruption
                on the head of customs and the executive management team. This is not a formality. Officers
                watch what their managers do far more closely than they read what their managers write. An
                integrity programme that leaders announce but do not live is quickly seen as a campaign for
                outsiders, and it loses credibility with the very people it needs to convince.</p>
                <h2>What commitment looks like in practice</h2>
                <p>Commitment is visible in decisions, not only in speeches. Leaders who mean it:</p>
                <ul>
                <li>make integrity a stated objective of the administration's strategic plan, with targets
                and regular reporting;</li>
                <li>give someone senior clear responsibility for the programme, and give that person staff,
                budget and direct access to the head of customs;</li>
                <li>apply the same rules to themselves as to everyone else: they declare their interests,
                refuse inappropriate gifts and accept scrutiny;</li>
                <li>protect and thank people who report wrongdoing, and act on what they report;</li>
                <li>stay the course over years, because culture changes slowly and setbacks are certain.</li>
                </ul>
                <h2>Commitment beyond customs</h2>
                <p>Customs does not work alone. Lasting reform needs political support from government, a
                legal framework that allows managers to act, and cooperation with other agencies such as
                anti-corruption bodies and audit institutions. Part of a leader's job is to secure that
                support and to explain, inside and outside the administration, why integrity matters for
                revenue, security and trade.</p>
            """),
            scenario(
                "A request from above",
                """<p>At Monday's staff meeting your regional director presents the new integrity code and
                asks everyone to sign it. On Thursday the same director calls you: a consignment for a
                company owned by a relative should be released today, "without the usual documentary check,
                just this once".</p>""",
                "What do you do?",
                [
                    (
                        "Release it quietly: the instruction comes from the top.",
                        False,
                        "An instruction does not make an irregular release lawful, and you would be the one "
                        "whose name is on the decision. This is exactly the double standard that empties a code "
                        "of conduct of meaning.",
                    ),
                    (
                        "Process the consignment normally and report the request through the integrity channel.",
                        True,
                        "Right. Treat the consignment like any other and use the confidential channel the "
                        "administration provides. Leaders who mean what they sign will want to know; those who "
                        "do not are the reason the channel exists.",
                    ),
                    (
                        "Release it, then tell colleagues so everyone sees the director's hypocrisy.",
                        False,
                        "Gossip does not stop the wrongdoing and you still took part in it. Reporting "
                        "through the proper channel protects you and gives the administration a chance to act.",
                    ),
                ],
                "<p>Integrity programmes are tested in moments like this. Staff judge a code by how it is "
                "applied to the powerful.</p>",
            ),
            key_takeaways(
                [
                    "The head of customs and the management team hold the first responsibility for integrity.",
                    "Commitment shows in resources, responsibilities and personal example, not in slogans.",
                    "Leaders must support those who report wrongdoing and act on what they hear.",
                    "Integrity reform takes years and needs political support beyond customs.",
                ]
            ),
        ],
    },
    {
        "key_factor": 2,
        "title": "A clear and simple regulatory framework",
        "slug": "regulatory-framework",
        "introduction": """
            Complicated, unclear rules create the discretion and delay that corruption feeds on. This lesson
            shows how simple, harmonised law and procedures reduce the opportunities.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Complexity is an opportunity</h2>
                <p>When the rules are many, vague or contradictory, an officer can find a reason to delay
                almost any consignment, and a trader can be persuaded that paying is easier than arguing.
                Every unnecessary document, signature or inspection is a point where someone can ask for
                something in return. The Revised Arusha Declaration therefore asks administrations to
                harmonise and simplify customs law and procedures, so that formalities are no heavier than
                needed to achieve their purpose.</p>
                <h2>The international model</h2>
                <p>The WCO's Revised Kyoto Convention on the simplification and harmonisation of customs
                procedures sets out modern principles: standard and simplified procedures, risk management,
                the use of information technology, partnership with trade and the right of appeal. Bringing
                national law in line with it removes many of the grey zones in which corruption grows.</p>
                <h2>Limiting and framing discretion</h2>
                <p>Some discretion cannot be avoided: classification, valuation, origin and penalties all call
                for judgement. The aim is not to remove judgement but to frame it:</p>
                <ul>
                <li>publish criteria and guidelines for decisions that require judgement;</li>
                <li>set penalties in proportion to the offence, within defined ranges;</li>
                <li>record the reasons for each decision so it can be checked later;</li>
                <li>offer advance rulings and a right of appeal, first within customs and then to an
                independent body;</li>
                <li>keep exemptions and special regimes few, clear and controlled.</li>
                </ul>
                <p>A rule that everyone can read and predict protects the honest officer as much as the
                honest trader.</p>
            """),
            scenario(
                "A convenient interpretation",
                """<p>A shipment of parts could be classified under two tariff headings with very different
                duty rates. The broker suggests that "a mutually convenient interpretation" would be
                appreciated, and hints at a gift.</p>""",
                "What is the best way to handle the classification?",
                [
                    (
                        "Choose the lower rate: the rules are unclear anyway.",
                        False,
                        "Unclear rules are a reason to seek clarity, not to pick the answer that suits the "
                        "person offering a gift. The broker's hint is itself something to report.",
                    ),
                    (
                        "Apply the published classification rules, document your reasoning and refer the "
                        "question to the classification unit if doubt remains.",
                        True,
                        "Right. Written reasons and an expert referral make the decision consistent and "
                        "checkable. Tell the broker about advance rulings, and report the hinted gift.",
                    ),
                    (
                        "Hold the shipment until the broker stops hinting.",
                        False,
                        "Holding goods without a legal reason is itself an abuse of discretion and invites "
                        "the next request. Decide on the merits and report the hint.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Every unnecessary step in a procedure is an opportunity for corruption.",
                    "The Revised Kyoto Convention is the reference for simple, harmonised procedures.",
                    "Where judgement is needed, publish criteria, record reasons and allow appeal.",
                ]
            ),
        ],
    },
    {
        "key_factor": 3,
        "title": "Transparency",
        "slug": "transparency",
        "introduction": """
            People who know the rules can recognise an improper demand. This lesson covers what customs should
            publish, how decisions can be explained and challenged, and why openness protects officers too.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Certainty and predictability</h2>
                <p>Traders and travellers are entitled to a high degree of certainty about how customs will
                treat them. When laws, procedures, fees and service standards are published and easy to find,
                an irregular demand stands out: a trader who knows that a procedure has no fee can refuse to
                pay one. Secrecy does the opposite. It turns every unexplained requirement into a possible
                invitation to negotiate.</p>
                <h2>What to make public</h2>
                <ul>
                <li>laws, regulations, administrative rulings and the procedures that apply them, online and
                at the border;</li>
                <li>the documents required for each procedure, the fees, and the time each step should take;</li>
                <li>advance rulings on classification, valuation and origin, so traders can plan with certainty;</li>
                <li>how to complain and how to appeal a decision, and what happens to complaints;</li>
                <li>the administration's own performance, such as clearance times measured in a time release
                study.</li>
                </ul>
                <h2>Explaining decisions</h2>
                <p>Transparency also means that a person affected by a decision can learn its reasons and
                challenge it. Appeals should go first to a level of customs independent of the original
                decision, and then to an external body. Inside the administration, transparency applies to
                postings, promotions and discipline: clear criteria, applied openly, leave less room for
                favouritism.</p>
                <h2>What each officer can do</h2>
                <p>Transparency is not only a matter for headquarters. At the counter it means giving every
                trader the same answer, explaining the legal basis of a decision, issuing a receipt for every
                payment and never asking for anything that is not written down. It protects the officer too: a
                decision that was explained and recorded is hard to misrepresent later.</p>
            """),
            scenario(
                "An out-of-date list",
                """<p>A small importer asks you which documents she needs for a temporary admission. You know
                the list on the website is out of date since last month's regulation changed it.</p>""",
                "How do you respond?",
                [
                    (
                        "Tell her the correct list in writing, point her to the regulation, and report the "
                        "outdated page so it is corrected.",
                        True,
                        "Right. She gets accurate information she can rely on, and the next trader will too. "
                        "Outdated public information is an integrity risk, not only an inconvenience.",
                    ),
                    (
                        "Tell her to follow the website: it is the official source.",
                        False,
                        "She would prepare the wrong documents and face delays that someone could offer to "
                        "'solve' for a fee. Correct information is part of the service.",
                    ),
                    (
                        "Suggest she uses a broker you know who is familiar with the new rules.",
                        False,
                        "Steering traders to particular brokers creates a conflict of interest and replaces "
                        "public information with private connections.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Published rules, fees and service standards let people refuse improper demands.",
                    "Advance rulings, complaint channels and appeals make decisions predictable and checkable.",
                    "Transparency applies inside the administration too: postings, promotions and discipline.",
                ]
            ),
        ],
    },
    {
        "key_factor": 4,
        "title": "Automation",
        "slug": "automation",
        "introduction": """
            Electronic processing removes much of the face-to-face contact and cash handling where corruption
            happens, but only if systems are designed and controlled with integrity in mind.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>What automation changes</h2>
                <p>Customs management systems let declarations be lodged, checked and paid electronically.
                Selectivity can be decided by risk rules instead of by an individual officer, duties can be
                paid into a bank rather than at a counter, and every action leaves a record of who did what
                and when. Each of these reduces the personal contact and discretion that make bribery
                possible, and the records make misconduct easier to detect.</p>
                <h2>Automation is not a cure on its own</h2>
                <p>Technology moves risk rather than removing it. New opportunities appear: shared or stolen
                passwords, manual overrides of risk decisions, changes to data after the fact, or IT staff
                with unchecked privileges. A system also automates whatever procedure it is given: a
                complicated, discretionary procedure put online remains complicated and discretionary. That
                is why procedures should be simplified before they are automated.</p>
                <h2>Controls that keep systems honest</h2>
                <ul>
                <li>personal user accounts, never shared, with rights limited to what each job needs;</li>
                <li>segregation of duties, so no single person can both decide and approve;</li>
                <li>overrides of risk-based selections allowed only with a recorded reason, and reviewed;</li>
                <li>audit logs that someone actually reads, with alerts for unusual patterns;</li>
                <li>protection of the data itself, including the risk rules, against tampering.</li>
                </ul>
                <h2>What users should watch for</h2>
                <p>The people who use a system every day often notice problems first: selections that are always
                overridden for the same traders, declarations amended after release, accounts used at night.
                Reporting such patterns to the system owner or the integrity unit is part of using the system
                well.</p>
            """),
            scenario(
                "Can I borrow your login?",
                """<p>A colleague's account has been locked after too many password attempts. A truck has been
                waiting for hours, and he asks to use your login "for five minutes" to release it.</p>""",
                "What do you do?",
                [
                    (
                        "Lend it this once: the release is legitimate and the driver has waited long enough.",
                        False,
                        "Everything done in the system under your login is recorded as your decision. Shared "
                        "accounts also make it impossible to tell honest errors from deliberate abuse.",
                    ),
                    (
                        "Refuse, and help him reach the IT service desk or the supervisor who can unlock his "
                        "account or reassign the task.",
                        True,
                        "Right. The delay has a legitimate fix, and personal accounts are what make the audit "
                        "trail worth having.",
                    ),
                    (
                        "Log in yourself and release the truck without checking, to save time.",
                        False,
                        "Releasing goods you have not examined, under your own name, is worse than sharing "
                        "the password. Let the task be reassigned properly.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Automation reduces contact, cash and discretion, and leaves an audit trail.",
                    "Simplify procedures before automating them.",
                    "Personal accounts, segregation of duties and reviewed overrides keep systems honest.",
                ]
            ),
        ],
    },
    {
        "key_factor": 5,
        "title": "Reform and modernization",
        "slug": "reform-and-modernization",
        "introduction": """
            Outdated procedures breed corruption. This lesson looks at how modern customs methods reduce
            opportunities for it, and why integrity must be designed into each reform.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Modern methods, fewer opportunities</h2>
                <p>Administrations that inspect every consignment, require original paper documents and handle
                each transaction face to face create long queues, and long queues create pressure to pay for
                speed. Modern customs practice changes that: risk management targets inspections where they
                matter, post-clearance audit moves checks away from the border, authorised economic operator
                programmes reward reliable traders, and single windows let traders submit information once for
                all agencies.</p>
                <p>Modern methods also change what the administration can see. A risk management unit that
                analyses data from every border post can spot patterns no single office would notice, such as a
                post where the same importers are never inspected.</p>
                <h2>Integrity built in, not added on</h2>
                <p>Each reform shifts where decisions are taken, and so where pressure can be applied. A risk
                management unit can be pressed to change a profile; an auditor can be offered something to
                close a file; an accreditation decision can be bought. Before a reform is rolled out, ask which
                new decisions it creates, who takes them, and how they will be recorded and checked.</p>
                <h2>Bringing staff along</h2>
                <p>Reform changes people's jobs, status and sometimes their informal income. Staff who
                understand why change is happening, who help design it and who are trained for their new
                roles are more likely to support it. Measuring results, for example with a time release
                study before and after, shows whether the reform works and keeps the programme honest about
                its own progress.</p>
            """),
            scenario(
                "Help with the paperwork",
                """<p>You assess applications for the new authorised economic operator programme. An importer
                whose file is incomplete offers to have his consultant "help you with the paperwork" over
                dinner.</p>""",
                "How do you respond?",
                [
                    (
                        "Decline, explain which documents are missing against the published criteria, and "
                        "report the offer.",
                        True,
                        "Right. Accreditation must rest on published criteria alone. Telling the applicant "
                        "exactly what is missing is good service; the dinner is not.",
                    ),
                    (
                        "Accept the dinner but make your decision independently.",
                        False,
                        "Even if your decision is sound, accepting creates an obligation and the appearance "
                        "of one. It also undermines trust in the whole programme.",
                    ),
                    (
                        "Approve the file: the importer has a good record anyway.",
                        False,
                        "A good record does not replace the criteria. Approving an incomplete file "
                        "after an offer looks exactly like a paid decision.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Risk management, post-clearance audit and single windows reduce face-to-face pressure.",
                    "Every reform creates new decisions: design their controls before launch.",
                    "Involve and train staff, and measure results to keep reform honest.",
                ]
            ),
        ],
    },
    {
        "key_factor": 6,
        "title": "Audit and investigation",
        "slug": "audit-and-investigation",
        "introduction": """
            Prevention needs detection behind it. This lesson covers internal and external audit, the
            investigation function, fair procedures and the protection of people who report wrongdoing.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>Checking that controls work</h2>
                <p>Rules and systems only reduce corruption if someone checks that they are applied. Internal
                audit examines whether procedures are followed, whether controls work and where the
                weaknesses are. External audit by the national audit institution adds an independent view.
                Audit findings are most useful when management acts on them, and when they feed back into
                simpler procedures and better controls.</p>
                <h2>An investigation function that can act</h2>
                <p>Allegations of misconduct need a unit that can investigate them professionally. It should
                be independent of the line management it may investigate, report to the highest level,
                have the skills and resources to follow complex cases, and work with the police, prosecutors
                and anti-corruption bodies when a crime is suspected. Investigations must respect the rights
                of the person concerned: a fair process protects the innocent and makes sanctions against
                the guilty stick.</p>
                <h2>Making it safe to speak up</h2>
                <p>Most corruption is known to someone nearby. Colleagues, traders and members of the public
                will report it only if they trust the channel: confidential or anonymous reporting,
                protection against retaliation for reports made in good faith, and visible follow-up. A
                reporting line that leads nowhere teaches people to stay silent.</p>
                <h2>Consistent sanctions</h2>
                <p>When misconduct is proven, sanctions should follow, in proportion and consistently,
                whatever the rank of the person. Inconsistent discipline is read as permission.</p>
            """),
            scenario(
                "Always green",
                """<p>You notice that a colleague clears one broker's consignments within minutes, and that they
                are never selected for inspection, even when the system flags them as high risk.</p>""",
                "What is the best first step?",
                [
                    (
                        "Confront your colleague in front of the team.",
                        False,
                        "A public accusation can destroy trust and evidence alike, and you may be missing an "
                        "innocent explanation. Leave fact-finding to those trained for it.",
                    ),
                    (
                        "Start collecting evidence yourself by copying his files.",
                        False,
                        "Investigating on your own can break rules on data access and spoil a later "
                        "investigation. Report what you saw instead.",
                    ),
                    (
                        "Report the facts you observed, without speculation, through the confidential channel "
                        "to the integrity or internal affairs unit.",
                        True,
                        "Right. Stick to the facts (dates, declarations, flags overridden) and let the unit "
                        "assess them. Reports made in good faith are protected.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Internal and external audit check that controls work; management must act on findings.",
                    "Investigators need independence, skills and resources, and must respect due process.",
                    "Confidential reporting and protection from retaliation make people speak up.",
                    "Sanctions must be consistent, whatever the rank.",
                ]
            ),
        ],
    },
    {
        "key_factor": 7,
        "title": "The code of conduct",
        "slug": "code-of-conduct",
        "introduction": """
            A good code of conduct tells officers clearly what is expected of them in the situations they
            actually meet. This lesson covers what it should contain and how it comes to life.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Clear expectations</h2>
                <p>The Revised Arusha Declaration calls for a comprehensive code of conduct that sets out, in
                practical and unambiguous terms, the behaviour expected of all customs staff. A code that only
                repeats general values ("be honest") leaves officers to guess in difficult cases. A useful code
                speaks to the real situations of customs work.</p>
                <h2>What a practical code covers</h2>
                <ul>
                <li>gifts, hospitality and favours: what may be accepted, what must be refused, and how to
                declare an offer;</li>
                <li>conflicts of interest, including family links to traders, brokers or transport firms;</li>
                <li>declarations of assets and interests where the law requires them;</li>
                <li>outside work, political activity and the use of official information;</li>
                <li>how to treat the public: courtesy, impartiality and no discrimination;</li>
                <li>where to seek advice, and how to report a breach.</li>
                </ul>
                <h2>Gifts and hospitality</h2>
                <p>Codes usually draw the line in the same place: anything offered because of your position, by
                someone whose affairs you deal with, is refused, whatever its value. Items of token value, such
                as a calendar, may be allowed but are declared where the code says so. Cash, vouchers and
                favours for relatives are never acceptable. A published rule also makes refusing easier: you can
                say "I am not allowed to" instead of debating your personal choice.</p>
                <h2>Bringing the code to life</h2>
                <p>Officers should help write the code, sign it, and be trained on it with examples from their
                own work. Managers must apply it to themselves first. Breaches should lead to sanctions set out
                in advance and applied consistently. When in doubt, the simplest test is whether you would be
                comfortable explaining your action to your manager, your colleagues and the public.</p>
            """),
            callout(
                "When in doubt",
                "<p>Ask before you act: your code names a person or unit who can advise. Declaring an offer "
                "protects you even when you refuse it.</p>",
                tone="tip",
            ),
            scenario(
                "A wedding invitation",
                """<p>A freight forwarder whose declarations you process every week invites you and your family
                to his daughter's wedding banquet.</p>""",
                "What should you do?",
                [
                    (
                        "Go: it is a family occasion, not a business one.",
                        False,
                        "The relationship exists because of your job, and the forwarder's declarations pass "
                        "through your hands. Accepting creates at least the appearance of a conflict of "
                        "interest.",
                    ),
                    (
                        "Check the code of conduct, decline politely or seek advice, and declare the "
                        "invitation as the code requires.",
                        True,
                        "Right. The code and the integrity adviser tell you where the line is; declaring the "
                        "invitation protects you whatever the outcome.",
                    ),
                    (
                        "Accept, but ask a colleague to handle his declarations for a while.",
                        False,
                        "Reassigning files is sometimes part of managing a conflict of interest, but it is a "
                        "decision for your manager, after you declare the invitation.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "A good code of conduct is practical and speaks to real customs situations.",
                    "It covers gifts, conflicts of interest, declarations and the treatment of the public.",
                    "Staff help write it, sign it and are trained on it; sanctions are set and applied.",
                ]
            ),
        ],
    },
    {
        "key_factor": 8,
        "title": "Human resource management",
        "slug": "human-resource-management",
        "introduction": """
            How people are recruited, paid, posted, trained and promoted shapes their integrity. This lesson
            looks at personnel practices that reward honesty and reduce temptation.
        """,
        "estimated_minutes": 12,
        "body": [
            rich_text("""
                <h2>From recruitment to retirement</h2>
                <p>Integrity depends on people, and people are shaped by how they are managed. The Revised
                Arusha Declaration asks administrations to apply sound human resource practices throughout an
                officer's career.</p>
                <ul>
                <li><b>Recruitment and promotion on merit</b>, through open competition and published criteria,
                with background checks for sensitive posts. A post obtained by paying or through connections
                is likely to be used to recover the investment.</li>
                <li><b>Remuneration</b> that allows officers and their families a decent standard of living.
                Good pay does not guarantee integrity, but pay that is far too low makes corruption look
                like a necessity.</li>
                <li><b>Rotation</b> of staff in high-risk posts, at reasonable intervals and by transparent
                rules, so that no one builds an unchecked network with the same traders.</li>
                <li><b>Training</b> in integrity from induction onwards, with refresher courses and
                practical cases, and specific training for managers.</li>
                <li><b>Performance management</b> that values integrity and service as well as revenue
                figures, and recognises people who do the right thing.</li>
                <li><b>Fair discipline</b>, with clear procedures and consistent sanctions.</li>
                </ul>
                <h2>Postings that cannot be bought</h2>
                <p>In some administrations, lucrative posts are informally "sold". Transparent posting rules,
                published vacancies and decisions taken by panels rather than individuals close that market.
                Asset declarations, where the law provides for them, help to detect wealth that salaries
                cannot explain.</p>
            """),
            scenario(
                "A transfer for a fee",
                """<p>A senior colleague tells you he can arrange your transfer to a busy border post, where
                "there is more to earn", in exchange for a payment.</p>""",
                "What do you do?",
                [
                    (
                        "Refuse and report the offer through the integrity channel.",
                        True,
                        "Right. Selling postings corrupts the whole chain: whoever pays expects to recover the "
                        "money at the border. Reporting helps close this market.",
                    ),
                    (
                        "Pay: everyone does it, and you could not otherwise get promoted.",
                        False,
                        "Paying makes you part of the scheme and puts you under the seller's control. "
                        "Transparent posting procedures are the answer, and they need people to report.",
                    ),
                    (
                        "Refuse, but keep it to yourself to avoid trouble.",
                        False,
                        "Refusing is good; staying silent lets the scheme continue for the next person. "
                        "Reports made in good faith are protected.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Merit-based recruitment and promotion, with published criteria, come first.",
                    "Decent pay, rotation in high-risk posts and integrity training reduce temptation.",
                    "Performance management should value integrity, and discipline must be fair.",
                ]
            ),
        ],
    },
    {
        "key_factor": 9,
        "title": "Morale and organizational culture",
        "slug": "morale-and-organizational-culture",
        "introduction": """
            Corruption flourishes where morale is low and people feel treated unfairly. This lesson is about
            building a workplace where officers are proud of their work and willing to speak up.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Why culture matters</h2>
                <p>Rules tell people what they must do; culture decides what they actually do when nobody is
                looking. In an administration where officers feel undervalued, where promotions seem unfair and
                where "everyone does it" is the common excuse, even good rules are ignored. Where officers are
                proud of their service, trust their managers and feel part of a team that does the right thing,
                corruption becomes the exception that colleagues themselves reject.</p>
                <h2>What builds a culture of integrity</h2>
                <ul>
                <li>a clear mission that staff understand and share: protecting society, collecting revenue
                fairly, facilitating legitimate trade;</li>
                <li>fair treatment in postings, promotions and discipline, seen to be fair;</li>
                <li>managers who listen, explain their decisions and recognise good work, not only revenue
                figures;</li>
                <li>regular staff surveys, with results shared and acted upon;</li>
                <li>involving officers in designing integrity measures, so they own them;</li>
                <li>a working environment that respects people: equipment, safety, reasonable workloads.</li>
                </ul>
                <h2>The role of middle managers</h2>
                <p>Supervisors and heads of office are where the organisation's values meet daily work. They decide
                who gets which shift and post, whose concerns are heard and whose mistakes are forgiven. Training
                them to manage fairly, explain their decisions and deal with concerns promptly does more for
                culture than any poster campaign.</p>
                <h2>Speaking up as a habit</h2>
                <p>In a healthy culture, raising a concern is normal and safe. New officers learn from the
                people around them far more than from induction courses, so what experienced colleagues say
                and tolerate sets the real standard.</p>
            """),
            scenario(
                "Is this normal?",
                """<p>At the passenger counter, colleagues joke that small "tips" from travellers are part of the
                job. A new recruit on her second week quietly asks you whether this is normal.</p>""",
                "How do you answer?",
                [
                    (
                        "Tell her it is harmless: the amounts are small and travellers offer them freely.",
                        False,
                        "Small payments are how larger ones begin, and they teach new officers that the rules "
                        "do not apply. Your answer sets her standard.",
                    ),
                    (
                        "Tell her clearly it is not acceptable, explain why, and raise the team's habit with "
                        "your supervisor or the integrity unit.",
                        True,
                        "Right. She learns the real standard from you, and the practice is addressed as a "
                        "management issue rather than left to individuals.",
                    ),
                    (
                        "Tell her to keep her head down and not get involved.",
                        False,
                        "Silence teaches that the practice is tolerated. New officers are the easiest to "
                        "influence, for better or worse.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Culture decides what people do when nobody is looking.",
                    "Fair treatment, recognition and listening managers build pride and trust.",
                    "Experienced colleagues set the real standard for new officers.",
                ]
            ),
        ],
    },
    {
        "key_factor": 10,
        "title": "Relationship with the private sector",
        "slug": "relationship-with-the-private-sector",
        "introduction": """
            Corruption in customs always has two sides. This lesson shows how an open, accountable partnership
            with traders and their associations makes integrity a shared commitment.
        """,
        "estimated_minutes": 10,
        "body": [
            rich_text("""
                <h2>Two sides of every bribe</h2>
                <p>For every officer who takes a bribe, someone offers or pays one. The Revised Arusha
                Declaration therefore asks customs to build an open, transparent and productive relationship
                with the private sector, in which traders, brokers and carriers accept their share of the
                responsibility for integrity.</p>
                <h2>Tools for partnership</h2>
                <ul>
                <li><b>Memoranda of understanding</b> with trade and industry associations, in which both
                sides commit to integrity and to cooperating against smuggling and corruption;</li>
                <li><b>consultative committees</b> where customs and trade discuss procedures and problems
                openly, before changes are made;</li>
                <li><b>codes of conduct for brokers</b> and other licensed intermediaries, with licences that
                can be withdrawn for misconduct;</li>
                <li><b>complaint and reporting channels</b> that traders can use safely, including to report
                demands for payment;</li>
                <li><b>joint awareness campaigns</b> that tell the public what customs services cost (often
                nothing) and how to report abuse.</li>
                </ul>
                <h2>Licensed intermediaries</h2>
                <p>Brokers and freight forwarders stand between traders and officers, which lets them pass on, or
                invent, demands for payment. Licence conditions should include integrity requirements, and
                brokers must be able to report an improper demand without losing their business with customs.
                Publishing the list of licensed brokers also tells traders whom they are dealing with.</p>
                <h2>Predictability is the best incentive</h2>
                <p>Most traders pay bribes to avoid delay and uncertainty, not to cheat. When procedures are
                predictable and fast, the commercial reason to pay disappears, and reputable companies become
                the strongest allies of reform.</p>
            """),
            scenario(
                "An unofficial fee schedule",
                """<p>At a consultative committee meeting, a trade association representative proposes an
                "unofficial facilitation fee schedule" so that members know in advance how much to pay for
                faster clearance.</p>""",
                "What should customs propose instead?",
                [
                    (
                        "Accept: at least the payments would be predictable and shared fairly.",
                        False,
                        "Organised bribery is still bribery, and it would entrench the delays it claims to "
                        "solve. Predictability must come from the procedures themselves.",
                    ),
                    (
                        "Reject it, and propose a memorandum of understanding with service standards, a "
                        "complaint channel and a commitment from both sides to report demands for payment.",
                        True,
                        "Right. Published standards and a joint commitment address the traders' real concern, "
                        "delay, and make every improper demand reportable.",
                    ),
                    (
                        "Say nothing in the meeting and raise it later informally.",
                        False,
                        "Silence in a formal meeting can be taken as agreement. Reject the idea openly and "
                        "offer the lawful alternative.",
                    ),
                ],
            ),
            key_takeaways(
                [
                    "Every bribe has two sides: the private sector shares responsibility for integrity.",
                    "Memoranda of understanding, consultative committees and broker codes build partnership.",
                    "Fast, predictable procedures remove the commercial reason to pay.",
                ]
            ),
        ],
    },
]
