from rag.lexical import question_terms
from rag.speech import (
    asks_role,
    attributed,
    attributes,
    best_report,
    continues_quotation,
    described_speaker,
    reporting,
    reports_named,
    role_holders,
    speaker,
    speaks,
    statement,
    unreported,
    with_speakers,
)
from tests.conftest import evidence_at, passage

MADDEN = (
    "“The presence of Jo Chun Ryong indicates an agreement,” said Mr Michael Madden, a North"
    " Korea leadership expert at the Washington-based Stimson Centre."
)
PUTIN = (
    "Mr Putin said on Tuesday that he was planning to go but did not say if he would meet Mr Kim."
)
PESKOV = "Mr Peskov said that Mr Putin’s meeting with Mr Kim would come after the forum."
VISIT = "“It will be a full-fledged visit,” Kremlin spokesman Dmitry Peskov said."
TALKS = "“There will be negotiations between two delegations.”"


def test_a_speech_question_names_its_speaker_and_say_is_no_key_term():
    assert speaker("What did Michael Madden say?") == ["michael", "madden"]
    assert speaker("What did the South Korean official tell reporters?") == [
        "south", "korean", "offici"
    ]  # fmt: skip
    assert "say" not in question_terms("What did Michael Madden say about Russia?")
    # A promise or a pledge is words said too, answered where the article reports them.
    assert speaker("What did Lydia Farrow promise?") == ["lydia", "farrow"]
    assert speaker("What has the minister pledged?") == ["minist"]
    # A title before a full name is left to the name, which news shortens to the last one.
    farrant = speaker("What did governor Lucia Farrant promise people who lost their homes?")
    assert farrant == ["lucia", "farrant"]
    assert attributes("“Nobody will be left alone,” Farrant told reporters.", farrant)
    assert speaker("What did Russian President Vladimir Putin say?") == ["vladimir", "putin"]
    assert speaker("What did President Putin say?") == ["presid", "putin"]
    # Not the name of someone the speaker speaks for.
    assert speaker("What did the lawyer for Tom Halden say?") == ["lawyer", "tom", "halden"]
    # Not speech: other questions, a noun "claim" after a possessive, an unresolved pronoun.
    assert speaker("Where does Michael Madden work?") is None
    assert speaker("What was the reason for his claim against ENEL?") is None
    assert speaker("What did he say?") is None


def test_a_speaker_named_after_according_to_is_whose_words_are_asked_for():
    asked = "What had Mr Thornley mistakenly thought about the order, according to his barrister?"
    assert speaker(asked) == question_terms("barrister")
    assert asks_role(asked)
    said = "Defending, Simon Purcell said Mr Thornley had wrongly believed the order had lapsed."
    assert role_holders(asked, [said]) == question_terms("Purcell")
    assert speaker("What did Mr Thornley think about the order?") == question_terms("Mr Thornley")
    # A role named without its owner right after the owner is named is the owner's.
    final = "Grayholme had made 211 for 9. Their captain, Shahid Malik, top-scored with 67."
    predicted = "What did Grayholme's captain say about Ollie Venn?"
    assert role_holders(predicted, [final]) == question_terms("Malik")
    assert role_holders(predicted.replace("Grayholme", "Hembury"), [final]) == []
    # Not where another opens the sentence before: "Their" is theirs.
    beaten = "Little Hembury beat Grayholme by four wickets. Their captain, Ollie Venn, hit 94."
    assert role_holders(predicted, [beaten]) == []
    # A source the words were reported by leaves the speaker as asked.
    for source in ("reports", "the Kremlin", "court documents"):
        asked = f"What did Kim tell Putin about the war, according to {source}?"
        assert speaker(asked) == question_terms("Kim"), source
    statement = "What did Nimbus say about the job cuts, according to its statement?"
    assert speaker(statement) == question_terms("Nimbus")


def test_the_speaker_is_read_from_where_the_name_stands_by_the_speech_verb():
    assert attributes(MADDEN, ["madden"])  # ", said Mr Michael Madden" after a quotation
    assert attributes(VISIT, ["dmitri", "peskov"])  # half the terms: "Dmitry" stems otherwise
    assert attributes(PUTIN, ["putin"])
    # Kim is named, but only Putin speaks; Putin is the subject of what Peskov said.
    assert not attributes(PUTIN, ["kim"])
    assert not attributes(PESKOV, ["putin"])
    assert attributes("Talks are planned, according to Russian news agencies.", ["agenc"])
    # The words of a quotation are not its speaker.
    assert not attributes("“Kim will come soon,” Mr Peskov said.", ["kim"])
    # Reported words without quotation marks, their speaker after the comma and the verb.
    dam = "Farmers in Quartz Valley welcomed the dam, said union head Ivy Long."
    assert attributes(dam, question_terms("Ivy Long"))
    # The speaker ends at the next comma: Ivy Long is blamed, not quoted.
    assert not attributes("The talks failed, said officials, blaming Ivy Long.", ["ivi", "long"])
    # After a quotation, the role set off after the name is the speaker's, up to the next comma.
    bet = (
        "“It is a big bet,” said Mr Tom Whitfield, an analyst at Harbor Street Research, on Friday."
    )
    # "head" or "boss" is any title of whoever heads a body.
    elstob = "“Fix the pipes,” said Graham Elstob, chair of the Merrowshire Consumer Council."
    assert attributes(elstob, speaker("What did the head of the consumer council say?"), True)
    assert not attributes(elstob, speaker("What did the spokesman of the council say?"), True)
    head = speaker("What did the head of the consumer council say?")
    for other in ("deputy chair", "chief economist"):
        said = f"“Fix the pipes,” said Jane Roe, {other} of the Merrowshire Consumer Council."
        assert not attributes(said, head, True)
    asked = speaker("What did the Harbor Street analyst say?")
    assert attributes(bet, asked, role=True)
    assert not attributes(bet, speaker("What did the Harbor Street trader say?"), role=True)
    assert not attributes(
        "“It is over,” said Mr Tom Whitfield, who joined Harbor Street Research as an analyst.",
        asked,
        role=True,
    )


def test_a_speaker_set_off_by_commas_before_the_verb_and_a_pronoun_subject_speak():
    warned = (
        "Stations ran dry, and the regional transport minister, Aksel Brandt, had warned last"
        " week that reserves might be used."
    )
    assert attributes(warned, ["brandt"])
    assert attributes(warned, speaker("What did the transport minister say?"), role=True)
    # The subject before the comma is not the speaker when a name follows it.
    assert not attributes("Putin arrived on Monday, Peskov said.", ["putin"])
    welcomed = "On Monday he welcomed the vote and said the reserves had not been needed."
    assert speaks(["brandt"], welcomed, previous=warned)
    assert not speaks(["brandt"], "He met Putin, who said the talks went well.", previous=warned)


def test_a_country_asked_about_is_also_named_by_its_nationality():
    office = "South Korean President Yoon Suk-yeol’s office said many countries were watching."
    assert attributes(office, speaker("What did South Korea's president's office say?"), True)
    # Another country's officials are still someone else.
    russians = "Russian officials said talks went well."
    assert not attributes(russians, speaker("What did US officials say?"), role=True)
    assert not attributes(russians, speaker("What did Austria's officials say?"), role=True)


def test_a_quotation_continued_without_attribution_belongs_to_the_previous_speaker():
    assert continues_quotation(TALKS)
    assert not continues_quotation(VISIT)
    assert not continues_quotation("There will be talks.")
    # A speech verb inside the quotation is no attribution of it.
    assert continues_quotation("“It does not mean there is life, but it tells us where to look.”")
    # A clause joined to one the speaker opens says what they said.
    joined = "Okafor led through the night, and he later said the hardest part was the cold."
    assert speaks(["okafor"], joined)
    assert not speaks(["okafor"], "Okafor led through the night, and he later slept.")
    assert not speaks(["okafor"], "Okafor scored first, and she added a second before half-time.")
    assert not speaks(["okafor"], "Ortiz led through the night, and he later said it was cold.")
    assert speaks(["peskov"], TALKS, previous=VISIT)
    assert not speaks(["peskov"], TALKS)
    assert not speaks(["putin"], TALKS, previous=VISIT)


def test_a_speaker_the_evidence_never_quotes_means_no_answer():
    evidence = [evidence_at(1, PUTIN, 0, 0.8), evidence_at(2, PESKOV, 200, 0.5)]
    assert unreported("What did Kim say to Putin?", evidence)
    assert not unreported("What did Putin say about Kim?", evidence)
    assert not unreported("Where did Kim go?", evidence)  # not a speech question
    # The continued quotation counts when its opening sentence is the evidence before it.
    continued = [evidence_at(1, VISIT, 0, 0.4), evidence_at(2, TALKS, len(VISIT) + 1, 0.6)]
    assert not unreported("What did Peskov say about the negotiations?", continued)
    assert unreported("What did Peskov say about the negotiations?", continued[1:])
    # An inquiry or a court speaks by what it found.
    found = "A cracked rail caused the derailment, which killed four, an inquiry found on Tuesday."
    assert not unreported(
        "What did the inquiry say caused the crash?", [evidence_at(1, found, 0, 0.2)]
    )
    assert unreported("What did the court say caused the crash?", [evidence_at(1, found, 0, 0.2)])
    assert not attributes(
        "Smith found the keys in his car on Monday.", speaker("What did Smith say?")
    )
    assert not attributes(
        "The body was found by police on Monday.", speaker("What did police say?")
    )
    for finding in ("The review found serious failings.", "The court found him guilty."):
        assert attributes(finding, speaker(f"What did the {finding.split()[1]} say?"))


def test_a_bare_what_did_x_say_is_answered_by_their_best_rated_words():
    evidence = [evidence_at(1, PUTIN, 0, 0.9), evidence_at(2, PESKOV, 200, 0.3),
                evidence_at(3, VISIT, 300, 0.5)]  # fmt: skip
    assert statement("What did Peskov say?", evidence).sentence == VISIT
    assert statement("What has Dmitry Peskov said?", evidence).sentence == VISIT
    # About a topic: their words that hold it, else the calibrated decision.
    assert statement("What did Peskov say about the forum?", evidence).sentence == PESKOV
    assert statement("What did Peskov say about the weather?", evidence) is None
    assert statement("What did Kim say?", evidence) is None
    assert statement("Who is Peskov?", evidence) is None
    # Words told by "he said" hold the topic with the sentence before, which names him.
    dawson = "Lee Dawson, 49, one of four safety drivers on the trial, has driven for 26 years."
    boring = 'He said the first night had been "strangely boring".'
    night = [evidence_at(1, dawson, 0, 0.5), evidence_at(2, boring, len(dawson) + 1, 0.4)]
    asked = "What did Lee Dawson say about the first night of the trial?"
    assert statement(asked, night).sentence == boring
    assert statement("What did Lee Dawson say about the first night of the strike?", night) is None
    # "Her" may stand for whom the article's lead names.
    lead = "BEIJING - Marisol Coyoy of Guatemala won the world title on Sunday."
    coach = "Her coach, Rodolfo Tzul, said he had never doubted that she would come back."
    told = [evidence_at(1, lead, 0, 0.3), evidence_at(2, coach, 300, 0.5)]
    asked = "What did Rodolfo Tzul say about Coyoy?"
    assert statement(asked, told, [passage(lead)]).sentence == coach
    assert statement(asked, told) is None
    assert statement("What did Rodolfo Tzul say about Zhou?", told, [passage(lead)]) is None
    # Some of the topic must be in the words themselves, not only in the speaker's introduction.
    assert statement("What did Lee Dawson say about the safety drivers?", night) is None
    # "They said" is no one speaker's words.
    peskov = "Kremlin spokesman Dmitry Peskov said the visit would go ahead."
    they = evidence_at(2, "They said Mr Kim would arrive by train.", len(peskov) + 1, 0.6)
    assert (
        statement("What did Peskov say about the train?", [evidence_at(1, peskov, 0, 0.5), they])
        is None
    )


def test_a_continued_quotation_is_quoted_with_the_sentence_naming_its_speaker():
    visit, talks = evidence_at(1, VISIT, 0, 0.4), evidence_at(2, TALKS, len(VISIT) + 1, 0.6)
    other = evidence_at(3, PUTIN, 300, 0.2)
    assert with_speakers("", [talks], [visit, talks, other]) == [talks, visit]
    assert with_speakers("", [other], [visit, talks, other]) == [other]
    # Without its predecessor in the evidence there is nothing to add.
    assert with_speakers("", [talks], [talks, other]) == [talks]


HEGGE = "Chief financial officer Lars Hegge said the closure would cost 300 million crowns."
DEBT = "He said net debt fell to 5.1 billion crowns."


def test_a_speaker_is_found_past_a_clause_and_not_before_a_comma():
    feldman = (
        "Professor Mark Feldman of the Max Planck Institute for Astronomy, who was not involved"
        " in the study, said the signal could come from the star."
    )
    assert attributes(feldman, question_terms("Mark Feldman"))
    # "…, Peskov said": the speaker is after the comma, not the subject before it.
    arrived = "Putin arrived on Monday, Peskov said."
    assert attributes(arrived, ["peskov"]) and not attributes(arrived, ["putin"])
    assert attributes("Mr Putin, speaking in Vladivostok, said talks went well.", ["putin"])
    # Passive: what was reported is no speaker; who reported it follows "by".
    reported = "Mr Kim’s arrival was also reported on Tuesday by Rossiya 1."
    assert not attributes(reported, ["kim"]) and attributes(reported, ["rossiya"])


def test_a_role_asked_for_is_read_in_the_whole_role_set_off_beside_the_name():
    sociologist = (
        "Dr Rachid Amzil, a sociologist at Cadi Ayyad University in Marrakech who studies rural"
        " schooling, said the results were impressive."
    )
    role = speaker("What does the Cadi Ayyad University sociologist say about it?")
    assert attributes(sociologist, role, role=True)
    assert not attributes(
        sociologist, speaker("What did the Rabat Institute sociologist say?"), True
    )
    # An age set off between the name and the role after "said" leaves the role in reach.
    surgeon = (
        "“For years we treated drowning as an accident,” said Dr Anisur Rahman, 54, the civil"
        " surgeon of Bhola."
    )
    role = speaker("What did Bhola's civil surgeon say drowning used to be treated as?")
    assert attributes(surgeon, role, role=True)
    assert not attributes(surgeon.replace(", 54,", ", who joined in 2019,"), role, role=True)
    # The role's own noun must be the one asked: the mayor's son is no mayor; nor is whoever
    # an age's comma and "and" add.
    son = "Tom Reed, the son of the mayor and a lecturer at a college in the city, said so."
    mayor = speaker("What did the mayor say?")
    assert not attributes(son, mayor, role=True)
    assert not attributes("“We lost,” said Reed, 12, and the mayor, 40.", mayor, role=True)


def test_he_said_after_the_speakers_sentence_is_the_speakers():
    assert speaks(["hegg"], DEBT, previous=HEGGE)
    assert not speaks(["hegg"], DEBT)
    assert not speaks(["putin"], DEBT, previous=HEGGE)
    # After a sentence in which nobody speaks, the pronoun is its subject, not its object.
    assert speaks(["hegg"], DEBT, previous="Lars Hegge joined the company in 2019.")
    assert speaks(["hegg"], DEBT, previous="In 2019, finance chief Lars Hegge joined Nordvik.")
    jailed = "Judge Helen Marsh jailed Peter Quinlan, 58, on Friday."
    assert not speaks(["quinlan"], DEBT, previous=jailed)
    assert speaks(["marsh"], DEBT, previous=jailed)
    flew = "Prime Minister Elena Ruscetti flew over the area on Monday."
    calm = "“No family will be left to face this alone,” she said."
    role = question_terms("the prime minister")
    assert speaks(role, calm, flew, role=True) and not speaks(["pereira"], calm, flew)
    # An age may stand for the name, as a pronoun does.
    rides = "Van Daele, who rides for Velocity, said he had no complaints."
    early = "“I started my sprint a little too early,” the 31-year-old said."
    assert speaks(["van", "dael"], early, rides) and not speaks(["van", "dael"], early)


def test_what_x_said_about_a_topic_is_the_report_that_holds_it_with_its_speaker():
    evidence = [evidence_at(1, HEGGE, 0, 0.6), evidence_at(2, DEBT, len(HEGGE) + 1, 0.2)]
    assert best_report("What did Hegge say about net debt?", evidence).sentence == DEBT
    assert best_report("What did Hegge say about the closure?", evidence).sentence == HEGGE
    assert best_report("What did Putin say about debt?", evidence) is None
    # The report holding the most of the topic's words, however it is rated.
    worst = "Dr Amara Osei said it was one of the worst pollution incidents in a decade."
    brook = "“Bradwell Brook was one of the best trout streams in the county,” she said."
    osei = [evidence_at(1, worst, 0, 0.5), evidence_at(2, brook, len(worst) + 1, 0.2)]
    for asked in ("describe", "characterise", "portray"):
        question = f"How did Dr Osei {asked} Bradwell Brook before it was polluted?"
        assert best_report(question, osei) is osei[1], question
        # ... and by a sentence that uses the question's verb.
        said = f"Dr Osei {asked.rstrip('e')}ed Bradwell Brook as a fine trout stream."
        assert not unreported(question, [evidence_at(1, said, 0, 0.5)]), question
    # "He said ..." is quoted with the sentence that says who he is.
    assert with_speakers("", [evidence[1]], evidence) == [evidence[1], evidence[0]]
    # A role's holder introduced by name speaks by that name later in the article.
    kessler = "Dr Ruth Kessler, senior lecturer in politics at the University of Wessex, said it gave the mayor more power."
    rule = "“The two-thirds rule means Labour can frustrate her,” Dr Kessler said."
    lecturer = [evidence_at(1, kessler, 0, 0.4), evidence_at(2, rule, 400, 0.06)]
    asked = "What did the University of Wessex politics lecturer say about the two-thirds rule?"
    assert best_report(asked, lecturer) is lecturer[1]
    unnamed = [lecturer[0], evidence_at(2, rule.replace("Dr Kessler", "Dr Osei"), 400, 0.06)]
    assert best_report(asked, unnamed) is unnamed[0]
    # ... and "They said ..." with the one that says who they are, when the question asks.
    media = "Mr Kim's train headed north, Japan's Kyodo News and South Korean media reported."
    they = "They said he might meet Mr Putin at the Vostochny cosmodrome."
    reported = [evidence_at(1, media, 0, 0.3), evidence_at(2, they, len(media) + 1, 0.7)]
    asked = "Which media outlets said Kim might meet Putin at Vostochny?"
    assert with_speakers(asked, [reported[1]], reported) == [reported[1], reported[0]]
    # For what they said, their words are answer enough.
    asked = "Where might Kim meet Putin?"
    assert with_speakers(asked, [reported[1]], reported) == [reported[1]]


def test_a_speaker_named_by_a_role_needs_the_role_where_the_speaker_stands():
    coach = question_terms("the Bayside coach")
    assert asks_role("What did the Bayside coach say?")
    assert not asks_role("What did Dmitry Peskov say?")
    assert not asks_role("What did he say?")  # unresolved: any speaker
    assert attributes("“Yes,” he said.", [], role=True)
    defender = "Bayside defender Tom Hartley said the penalty was harsh."
    assert attributes(defender, coach) and not attributes(defender, coach, role=True)
    assert attributes("Bayside coach Helen Marsh said it was fair.", coach, role=True)
    # The words after a quotation's speaker stop at a clause about them.
    joined = "“I dreamed of this,” said Okafor, who joined Bayside last July."
    assert attributes(joined, ["okafor"]) and not attributes(joined, ["baysid"])


def test_a_speaker_described_by_a_role_at_a_named_body_is_quoted_by_their_last_name():
    intro = evidence_at(
        1,
        "Kiran Bhatt, principal analyst at Castellan Cyber Research, said firms were slow.",
        0,
        0.5,
    )
    quote = evidence_at(
        2, "“Third-party access is the soft underbelly of every company,” Ms Bhatt said.", 90, 0.3
    )
    other = evidence_at(3, "“We acted quickly,” said Sophie Tremaine.", 180, 0.4)
    evidence = [intro, quote, other]
    for question in (
        "What did the analyst at Castellan Cyber Research say about third-party access?",
        "How did the analyst at Castellan Cyber Research describe third-party access?",
    ):
        assert best_report(question, evidence) is quote, question
    # Not one who merely cites someone in that role, nor its former holder.
    others = [
        "Jane Doe, citing analysts at Castellan Cyber Research, said firms were slow.",
        "Tim Roe, citing an analyst at Castellan Cyber Research, agreed.",
        "Ann Poe, who spoke to an analyst at Castellan Cyber Research, agreed.",
        "Tom Reyes, a former analyst at Castellan Cyber Research, said so.",
        "Castellan Cyber Research former analyst Ann Cole agreed.",
    ]
    asked = "What did the analyst at Castellan Cyber Research say?"
    assert role_holders(asked, [intro.sentence, *others]) == ["bhatt"]
    # "Its founder" right after the sentence that names the body is the body's.
    group = (
        "The campaign group Clean Lenn, which monitors the river, said 1,430 spills in 2.5 years."
    )
    founder = "Its founder, Priya Malhotra, a retired teacher, said the fine was welcome."
    asked = "What did the founder of Clean Lenn say about the fine?"
    assert role_holders(asked, [f"{group} {founder}"]) == ["malhotra"]
    assert role_holders(asked, [founder]) == []
    assert role_holders(asked, [f"Mercia Vale Water was fined. {founder}"]) == []
    # Read from the evidence, each sentence after the one before it.
    evidence = [
        evidence_at(1, group, 0, 0.3),
        evidence_at(2, founder, len(group) + 1, 0.4),
        evidence_at(
            3, "“A fine is a rounding error,” she said.", len(group) + len(founder) + 2, 0.2
        ),
    ]
    assert not unreported(asked, evidence)
    assert unreported(asked, evidence[1:])
    managing = "Priya Anand, managing director of Eastway Logistics, said so."
    director = "What did the managing director of Eastway Logistics say?"
    assert role_holders(director, [managing]) == ["anand"]
    described = evidence_at(1, "Analyst Kiran Bhatt described the breach as sophisticated.", 0, 0.5)
    assert not unreported("How did Kiran Bhatt describe the breach?", [described])
    assert speaker("how " * 5000) is None  # read in one pass, however long the question


def test_officials_of_one_country_are_not_those_of_another():
    us = speaker("What did US officials say?")
    assert us == ["us", "offici"]
    american = (
        "US officials, who were the first to say the visit was imminent, said talks advanced."
    )
    russian = "Discussions could include humanitarian aid, Russian officials said."
    assert attributes(american, us, role=True)
    assert not attributes(russian, us, role=True)
    assert attributes(russian, speaker("What did Russian officials say?"), role=True)
    # Officials of no country asked about may be anyone's.
    assert attributes(russian, speaker("What did officials say?"), role=True)


def test_a_surname_with_another_first_name_is_someone_else():
    daniel = speaker("What did Daniel Okafor say?")
    assert attributes("“We will grow,” Mr Okafor said.", daniel)
    assert attributes("“We will grow,” Daniel Okafor said.", daniel)
    assert not attributes("“I dreamed of this,” said goalkeeper Chidi Okafor.", daniel)
    # A sentence's first word is capitalised anyway.
    assert attributes("Goalkeeper Okafor said it was fine.", daniel)


def test_according_to_someone_is_answered_from_their_words():
    us = evidence_at(1, "US officials, who spoke first, said arms talks were advancing.", 0, 0.7)
    russian = evidence_at(2, "Discussions could include aid, Russian officials said.", 80, 0.6)
    question = "What could be discussed, according to Russian officials?"
    assert attributed(question, [us, russian]) is russian
    assert attributed("What is planned, according to US officials?", [us, russian]) is us
    # Nobody quoted, or no speaker asked about: no preference, and no refusal either.
    assert attributed("What was the population according to the census?", [us, russian]) is None
    assert attributed("What could be discussed?", [us, russian]) is None
    # The speaker may stand inside the question, before what they said.
    kremlin = evidence_at(3, "Talks will be comprehensive, the Kremlin said.", 140, 0.5)
    question = "What kind of talks did the Kremlin say the leaders would hold?"
    assert attributed(question, [us, russian, kremlin]) is kremlin
    asked = "According to the Kremlin, what kind of talks will the leaders hold?"
    assert attributed(asked, [us, russian, kremlin]) is kremlin
    # Not a speaker named by a role in lower case, who may be anyone's.
    assert attributed("What talks did Russian officials say they expect?", [us, russian]) is None
    assert attributed("According to Russian officials, what is planned?", [us, russian]) is None
    police = evidence_at(4, "Talks are planned, police in Moscow said.", 200, 0.1)
    assert attributed("According to police in Moscow, what is planned?", [us, police]) is None
    assert attributed("What did the report on Putin say the talks were?", [kremlin]) is None
    # Someone of theirs, named in court by what they do there.
    earned = evidence_at(1, "The court heard that Akhtar made £118,000.", 0, 0.6)
    began = "Defending, Robert Quayle said his client had begun by helping a cousin."
    quayle = evidence_at(2, began, 50, 0.1)
    asked = "How did Akhtar get started, according to his barrister?"
    assert attributed(asked, [earned, quayle]) is quayle
    assert attributed(asked.replace("barrister", "wife"), [earned, quayle]) is None
    # An officer of a body the sentence before names speaks for it.
    cost = "Theft cost farmers £1.3 million, according to figures from the insurer NFU Mutual."
    figures = evidence_at(1, cost, 0, 0.38)
    manager = "Its regional manager, Hannah Price, said high prices were making sheep a target."
    officer = evidence_at(2, manager, len(cost) + 1, 0.39)
    asked = "According to NFU Mutual, why have sheep become a target?"
    assert attributed(asked, [figures, officer]) is officer
    assert speaks(["nfu", "mutual"], manager, cost)
    assert not speaks(["nfu", "mutual"], manager, "Figures came from the police.")
    assert not speaks(["nfu", "mutual"], "Its regional office is in Powys.", cost)
    assert not speaks(["nfu", "mutual"], "Its figures were disputed, the farming union said.", cost)
    assert not speaks(
        ["nfu", "mutual"], "Their sheep were often taken at night, police said.", cost
    )


def test_a_named_speakers_words_are_wanted_whatever_their_retrieval_score():
    wanted = reports_named("What did Elena Varga say?", [])
    assert wanted("Varga said the tax cut was reckless.", "")
    assert wanted("She said it was reckless.", "Varga said in a letter that she would go.")
    assert not wanted("Berg said the tax cut would stay.", "")
    # A speaker named by a role: whoever the passages name beside it, not any judge.
    assert reports_named("What did the judge say?", [passage("The judge left.")]) is None
    marsh = [passage("Judge Helen Marsh jailed Quinlan.")]
    by_role = reports_named("What did the judge say?", marsh)
    assert by_role("“It was greed,” Marsh told Quinlan.", "")
    assert not by_role("“It was a mistake,” Quinlan told the judge.", "")
    # A judge may be titled "Justice", but a minister of justice is no judge.
    ruled = [passage("Justice Miriam Okafor found that Dashly controlled its riders.")]
    by_title = reports_named("What did the judge say?", ruled)
    assert by_title("“It is illusory,” she wrote.", "Justice Okafor distinguished those cases.")
    berg = [passage("Justice Minister Anna Berg left.")]
    assert reports_named("What did the judge say?", berg) is None


def test_a_quotation_going_on_after_he_said_is_of_whoever_the_sentence_before_names():
    said = [
        "Malik said his side had been beaten by a better team.",
        "“We’re gutted,” he said.",
        "“He’s going to play at a much higher level.”",
    ]
    wanted = reports_named("What did Malik say about Venn?", [passage(*said)])
    assert wanted(said[2], said[1])
    # The pronouns that agree are the speakers', not those quoted.
    quoted = [said[0], "“She was brilliant,” he said.", "“She’ll be back next season.”"]
    assert reports_named("What did Malik say?", [passage(*quoted)])(quoted[2], quoted[1])
    # Not after another's words by a pronoun of the other sex, nor after a deed.
    she = [
        said[0],
        "“We will be back,” she said.",
        "“He’s going to play at a higher level,” he said.",
    ]
    assert not reports_named("What did Malik say?", [passage(*she)])(she[2], she[1])
    scored = [said[0], "He scored 94 from 70 balls.", "He said he wanted to play for England."]
    assert not reports_named("What did Malik say?", [passage(*scored)])(scored[2], scored[1])


def test_she_said_after_a_sentence_on_her_husband_is_of_whoever_the_one_before_names():
    told = [
        "Yem Sreymom, 44, was diagnosed in March after coughing for five months.",
        "Her husband and their son were then tested.",
        '"I thought it was the smoke from the cooking fire," she said.',
    ]
    asked = "What did Yem Sreymom think was causing her cough?"
    assert reports_named(asked, [passage(*told)])(told[2], told[1])
    starts = [0, len(told[0]) + 1, len(told[0]) + len(told[1]) + 2]
    evidence = [
        evidence_at(i + 1, t, start, 0.5)
        for i, (t, start) in enumerate(zip(told, starts, strict=True))
    ]
    assert reporting(asked, evidence) == [evidence[2]]
    # Not "he said" after "Her husband", nor after a sentence that opens otherwise.
    his = [*told[:2], '"It was the smoke," he said.']
    assert not reports_named(asked, [passage(*his)])(his[2], his[1])
    other = [told[0], "The boy was then tested.", told[2]]
    assert not reports_named(asked, [passage(*other)])(other[2], other[1])
    # Nor after a sentence naming someone who may be "she", or in which anyone speaks.
    for between in (
        "Her lawyer, Ana Ruiz, said the charges were baseless.",
        "Her daughter, Srey Pich, 19, was tested too.",
        "Her husband said the clinic had saved her.",
    ):
        said = [told[0], between, told[2]]
        assert not reports_named(asked, [passage(*said)])(said[2], said[1]), between


def test_a_continued_quotation_finds_its_speaker_wherever_the_evidence_lists_it():
    talks = evidence_at(1, TALKS, len(VISIT) + 1, 0.6)  # the quotation, selected first
    visit = evidence_at(2, VISIT, 0, 0.4)  # the sentence before it, from another passage
    assert talks in reporting("What did Peskov say about negotiations?", [talks, visit])
    # Not adjacent in the document: the quotation's speaker is unknown.
    apart = evidence_at(2, VISIT, 0, 0.4)
    far = evidence_at(1, TALKS, len(VISIT) + 40, 0.6)
    assert far not in reporting("What did Peskov say about negotiations?", [far, apart])


def test_words_after_a_she_said_of_the_speaker_are_the_speakers_too():
    named = "Katie Brennan, a retail analyst, said the technology could become common."
    works = "“The technology works. The question is trust,” she said."
    breach = "“The first big data breach could set the whole industry back years.”"
    first = evidence_at(1, named, 0, 0.3)
    second = evidence_at(2, works, first.end + 1, 0.03)
    third = evidence_at(3, breach, second.end + 1, 0.13)
    chain = [first, third, second]
    asked = "What did the retail analyst say could set the industry back years?"
    assert third in reporting("What did Katie Brennan say?", chain)
    assert statement(asked, chain) is third
    # Quoted with the sentences back to the one naming her.
    assert with_speakers(asked, [third], chain) == [third, second, first]
    # Not past a sentence whose speaker is another pronoun.
    his = evidence_at(4, "“It is nonsense,” he said.", third.end + 1, 0.1)
    assert his not in reporting("What did Katie Brennan say?", [*chain, his])
    # Not past a sentence that is no one's words.
    other = evidence_at(2, "Shoppers queued at the tills.", first.end + 1, 0.03)
    assert third not in reporting("What did Katie Brennan say?", [first, third, other])


def test_counsel_are_named_by_what_they_do_in_court():
    named = "Prosecuting, Sarah Quiller said Pellow had invented histories for the paintings."
    told = "“He was a storyteller,” Ms Quiller told the court."
    assert role_holders("What did the prosecutor say?", [named]) == ["quiller"]
    quoted = evidence_at(1, told, 500, 0.3)
    hits = [passage(named)]
    assert not unreported("What did the prosecutor say about Pellow?", [quoted], hits)
    assert unreported("What did the prosecutor say about Pellow?", [quoted])
    fenn = "Mitigating for Vosper, Marcus Fenn said his client had run up debts."
    assert role_holders("What did Vosper's barrister say?", [fenn]) == ["fenn"]
    assert role_holders("What did the defence lawyer say?", [fenn]) == ["fenn"]
    assert role_holders("What did the prosecutor say?", [fenn]) == []
    # Counsel may be named before what they do, and the Crown's are prosecutors.
    named_first = "Sarah Quiller, prosecuting, told the court the paintings were fakes."
    assert role_holders("What did the prosecutor say?", [named_first]) == ["quiller"]
    assert role_holders("What did the Crown prosecutor say?", [named]) == ["quiller"]
    assert role_holders("What did the CPS lawyer say?", [fenn]) == []


def test_a_speaker_may_be_described_after_what_they_said():
    offer = "Mr Kim could offer artillery rounds, military analysts said."
    assert described_speaker(offer) == "military analysts"
    council = '"It was never safe," a spokeswoman for the council said.'
    assert described_speaker(council) == "a spokeswoman for the council"
    assert described_speaker("Shares fell 4 per cent, after the company warned.") is None
    assert described_speaker("It fell, officials had said.") == "officials"
    assert described_speaker("It fell, the watchdog has said.") == "the watchdog"
    for other in ("The ban, which campaigners had long called for, was announced.",
                  "It rose, as previously reported.", "It fell, when the merger was announced.",
                  "Mr Kim could offer rounds, he said.", "It was over, the couple left.",
                  "Mr Kim could offer rounds, Madden said.", "Mr Kim left on Sunday."):  # fmt: skip
        assert described_speaker(other) is None, other
