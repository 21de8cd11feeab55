import pytest

from rag.questions import (
    MIN_CONFIDENCE,
    as_how_long_question,
    as_how_many_question,
    as_how_old_question,
    as_how_question,
    as_where_from_question,
    as_who_question,
    language_of,
    uncontracted,
    without_source_reference,
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long has the war lasted according to the article?", "How long has the war lasted?"),
        (
            "According to the article, who is the Kremlin spokesman?",
            "Who is the Kremlin spokesman?",
        ),
        ("In the text, where did Putin arrive?", "Where did Putin arrive?"),
        ("How long has the war lasted, per the article?", "How long has the war lasted?"),
        ("What does the article say about Washington?", "What about Washington?"),
        ("These stories say that Kim met whom?", "Kim met whom?"),
        ("How does the article describe Vladivostok?", "Describe Vladivostok"),
        # "The report" is the article when the question goes by what it says.
        ("According to the report, how long had the war lasted?", "How long had the war lasted?"),
        ("How does the report characterise the tour?", "Describe the tour"),
    ],
)
def test_references_to_the_articles_are_taken_out(question, expected):
    assert without_source_reference(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "What does Article 102 of the Treaty of Lisbon prohibit?",  # an article of a law
        "In which article does the treaty prohibit cartels?",
        "What did the report say about casualties?",  # a report the article may describe
        "How many deaths were listed in the report by the coroner?",
        "What recommendations were made in the report?",
        "According to the report's authors, what caused the fire?",
        "What does the article say?",  # nothing would be left
    ],
)
def test_content_and_bare_references_are_kept(question):
    assert without_source_reference(question) == question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is Michael Madden's job?", "Who is Michael Madden?"),
        ("What is Peskov’s role?", "Who is Peskov?"),
        ("What does Jo Chun Ryong do for a living?", "Who is Jo Chun Ryong?"),
        ("What position did Sergei Shoigu hold?", "Who was Sergei Shoigu?"),
        # An event, a thing's role, or no name: other questions.
        ("What did Peskov do?", "What did Peskov do?"),
        ("What is the role of the UN?", "What is the role of the UN?"),
        ("What is Kim's sister's job?", "What is Kim's sister's job?"),
    ],
)
def test_a_question_about_someones_job_asks_who_they_are(question, expected):
    assert as_who_question(question) == expected


@pytest.mark.parametrize(
    "question",
    ["What did Netanyahu say?", "What did Priya Natarajan say?", "What did Tanaka say?"],
)
def test_a_name_does_not_make_an_english_question_foreign(question):
    code, probability = language_of(question)
    assert code == "en" or probability < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("question", "code"),
    [
        ("Was hat Netanjahu gesagt?", "de"),
        ("¿Qué dijo Sánchez?", "es"),
        ("Co powiedział Tusk?", "pl"),
    ],
)
def test_a_question_in_another_language_is_still_told_apart(question, code):
    found, probability = language_of(question)
    assert found == code and probability >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What's the population of North Korea?", "What is the population of North Korea?"),
        ("Who’s been charged?", "Who has been charged?"),
        ("Who's won the election?", "Who has won the election?"),
        ("What's happened to Kim?", "What has happened to Kim?"),
        ("Why didn't Rocha talk to Kingsbridge?", "Why did not Rocha talk to Kingsbridge?"),
        ("Why can't they leave?", "Why cannot they leave?"),
        ("Won't it open?", "Will not it open?"),
        ("Where're they going?", "Where are they going?"),
        ("What's Kim's train like?", "What is Kim's train like?"),  # a possessive stays
    ],
)
def test_contractions_are_written_out(question, expected):
    assert uncontracted(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What age was the patient in the robot's 1,000th operation?",
         "How old was the patient in the robot's 1,000th operation?"),
        ("What age is Joan Whitlock?", "How old is Joan Whitlock?"),
        ("What was the age of the driver?", "How old was the driver?"),
        ("What is Margaret Hale's age?", "How old is Margaret Hale?"),
        # When something was done at an age, or an age group: other questions.
        ("At what age did she take up rowing?", "At what age did she take up rowing?"),
        ("What age range were the pupils?", "What age range were the pupils?"),
        ("What is the age limit?", "What is the age limit?"),
        # Nobody's age: a legal one, or what is required.
        ("What is the age of consent in Scotland?", "What is the age of consent in Scotland?"),
        ("What age is required to vote?", "What age is required to vote?"),
    ],
)  # fmt: skip
def test_a_question_for_someones_age_asks_how_old_they_are(question, expected):
    assert as_how_old_question(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is the winning jockey's home town?", "Where is the winning jockey from?"),
        ("What is the hometown of Maisie Corrigan?", "Where is Maisie Corrigan from?"),
        ("What was Hale's birthplace?", "Where was Hale born?"),
        ("What is the place of birth of the singer?", "Where was the singer born?"),
        # Not a question for someone's home.
        ("What is the town's population?", "What is the town's population?"),
        ("What is the home town advantage?", "What is the home town advantage?"),
    ],
)  # fmt: skip
def test_a_question_for_a_home_town_asks_where_someone_is_from(question, expected):
    assert as_where_from_question(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("For what period had the fighting been depleting Russian arsenals?",
         "How long had the fighting been depleting Russian arsenals?"),
        ("Over what length of time was the survey carried out?",
         "How long was the survey carried out?"),
        # When, in a period of something: other questions.
        ("In what period was the castle built?", "In what period was the castle built?"),
        ("During what period were the air fryers on sale?",
         "During what period were the air fryers on sale?"),
        ("For what period piece did she win an award?",
         "For what period piece did she win an award?"),
    ],
)  # fmt: skip
def test_a_question_for_a_stretch_of_time_asks_how_long(question, expected):
    assert as_how_long_question(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Roughly what quantity of shells sits in the North's reserves?",
         "How many shells sits in the North's reserves?"),
        ("What number of sites had colonies this winter?", "How many sites had colonies this winter?"),
        # Not a mass, nor a number that is no count.
        ("What quantity of honey was exported?", "What quantity of honey was exported?"),
        ("What quantity of oil reaches the coast?", "What quantity of oil reaches the coast?"),
        ("What quantity of gas was burned?", "What quantity of gas was burned?"),
        ("What number is on his shirt?", "What number is on his shirt?"),
    ],
)  # fmt: skip
def test_a_question_for_the_number_of_things_asks_how_many(question, expected):
    assert as_how_many_question(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Kim got to Russia aboard what?", "How did Kim get to Russia?"),
        ("The crew reached the island by what means?", "How did the crew reach the island?"),
        ("Mr Kim arrives in Khasan in what vehicle?", "How does Mr Kim arrive in Khasan?"),
        ("The team was carried to the summit by what means?",
         "How was the team carried to the summit?"),
        ("She travelled to Oslo by what means?", "How did she travel to Oslo?"),
        # Nor a doer asked after a passive, nor a plural noun, an adjective or a name for a verb.
        ("The company was bought by what?", "The company was bought by what?"),
        ("The results were announced via what?", "How were the results announced?"),
        ("The injured reached hospital by what means?", "How did the injured reach hospital?"),
        ("Ali Said travelled to Kabul by what?", "How did Ali Said travel to Kabul?"),
        # Not a doer asked by "which", nor a statement without a verb in a tense.
        ("Putin's arrival was reported by which outlet?",
         "Putin's arrival was reported by which outlet?"),
        ("Kim going to Russia by what?", "Kim going to Russia by what?"),
        ("How did Kim get to Russia?", "How did Kim get to Russia?"),
    ],
)  # fmt: skip
def test_a_statement_asking_by_what_means_asks_how(question, expected):
    assert as_how_question(question) == expected
