from dataclasses import replace

import numpy as np

from rag.forms import (
    accompanying,
    affirming_best,
    age_of,
    aged_holder,
    based_in,
    by_means_best,
    called,
    cause_untold,
    choosing_best,
    companions,
    dated_event,
    doing_best,
    explanation,
    finding,
    finding_best,
    heading_to,
    holding_the_noun,
    introduction,
    likened_best,
    likening,
    named_after,
    namesake,
    naming_a_place,
    naming_kind,
    naming_thing,
    of_nationality,
    placed,
    placed_best,
    placing,
    placing_best,
    reasoning_best,
    stateless,
    tallied,
    tallying_best,
    unmedalled,
    unnamed_after,
    unnamed_company,
    unplaced,
    unreasoned,
)
from rag.holders import role_holder
from tests.conftest import evidence_at, passage, passage_of


def test_a_who_is_question_is_answered_where_the_article_introduces_the_name():
    later = evidence_at(1, "“Jo Chun Ryong's presence says a lot,” said an expert.", 900, 0.9)
    first = evidence_at(2, "The delegation includes director Jo Chun Ryong.", 700, 0.8)
    other = evidence_at(3, "Jo left early.", 100, 0.85)
    far = evidence_at(4, "Earlier, Jo Chun Ryong met Kim.", 50, 0.2)
    elsewhere = evidence_at(5, "Jo Chun Ryong is a director.", 10, 0.7, doc_id="e")
    evidence = [later, first, other, far, elsewhere]
    assert introduction("Who is Jo Chun Ryong?", evidence, 0.7) is first
    assert introduction("who was  Jo Chun Ryong", evidence, 0.7) is first
    assert introduction("Where is Jo Chun Ryong?", evidence, 0.7) is first
    assert introduction("Tell me about Jo Chun Ryong.", evidence, 0.7) is first
    assert introduction("What do we know about Jo Chun Ryong?", evidence, 0.7) is first
    assert introduction("What kind of official is Jo Chun Ryong?", evidence, 0.7) is first
    assert introduction("What type of party official is Jo Chun Ryong?", evidence, 0.7) is first
    # What someone does or where they work, asked in the ways readers ask it.
    assert (
        introduction("What position does Jo Chun Ryong hold at the ministry?", evidence, 0.7)
        is first
    )
    assert introduction("What is Jo Chun Ryong's field of expertise?", evidence, 0.7) is first
    assert introduction("Which ministry is Jo Chun Ryong affiliated with?", evidence, 0.7) is first
    assert introduction("What position does Jo Chun Ryong want?", evidence, 0.7) is None
    # Someone named only by a role is introduced where the article first so calls them.
    quoted = evidence_at(1, "“We find him now,” said the study's lead author, Dr Anan Wongsa, "
                            "head of ophthalmology.", 300, 0.3)  # fmt: skip
    again = evidence_at(2, "The study’s lead author said more cameras were needed.", 900, 0.3)
    asked = "What position does the study's lead author hold?"
    assert introduction(asked, [again, quoted], 0.7) is quoted
    assert introduction("What position does the company hold?", [again, quoted], 0.7) is None
    stance = "What position does the study's lead author hold on screening?"
    assert introduction(stance, [again, quoted], 0.7) is None
    assert introduction("What role did Jo Chun Ryong have in the talks?", evidence, 0.7) is None
    # Where they work, asked of "the project's leader" where the article writes "the project
    # leader".
    led = evidence_at(1, "“It grew,” said the project leader, Dr Kenji Ota, a biologist.", 300, 0.3)
    for asked in ("At which university does the project's leader work?",
                  "Where does the project leader work?"):  # fmt: skip
        assert introduction(asked, [led], 0.7) is led
    assert introduction("At which university does the project's founder work?", [led], 0.7) is None
    owned = evidence_at(1, "“It grew,” said the project's leader, Dr Kenji Ota.", 300, 0.3)
    assert introduction("For whom does the project leader work?", [owned], 0.7) is owned
    # A person noun alone may be anyone: "The man was arrested on Monday."
    man = evidence_at(1, "The man was arrested on Monday.", 0, 0.3)
    assert introduction("Where does the man work?", [man], 0.7) is None
    # Only sentences rated near the best count.
    assert introduction("Who is Jo Chun Ryong?", evidence, 0.95) is later
    # Other questions, lower case (no name to go by: "what is inflation"), and a name that no
    # near-best sentence holds have none.
    assert introduction("What did Jo Chun Ryong say?", evidence, 0.7) is None
    assert introduction("who is jo chun ryong?", evidence, 0.7) is None
    assert introduction("Who is Michael Madden?", evidence, 0.7) is None
    assert introduction("Who is Jo Chun Ryong?", [], 0.7) is None


def test_a_term_in_lower_case_is_explained_where_the_article_sets_its_meaning_beside_it():
    served = evidence_at(1, "Recipes such as sangrecita, quinoa and potatoes are served.", 0, 0.9)
    cooked = evidence_at(2, "They cook with sangrecita, cooked chicken blood that sells cheaply, "
                            "and llama liver.", 100, 0.8)  # fmt: skip
    said = evidence_at(3, "“We eat sangrecita,” she said.", 200, 0.95)
    assert explanation("What is sangrecita?", [served, cooked, said]) is cooked
    kinds = "What kind of creature was the leshy?"
    for explained in (
        "It draws on folklore, including the leshy, a forest spirit, and Veles, the god.",
        "A forest spirit known as the leshy guards the trees.",
        "Leshies, spirits of the woods, guard the trees.",
        "A leshy is a spirit of the woods.",
        "The leshy (a forest spirit) guards the trees.",
        "The leshy — a forest spirit — guards the trees.",
        "They fear the leshy, which is a forest spirit.",
    ):
        spirit = evidence_at(4, explained, 0, 0.2)
        assert explanation(kinds, [spirit, served]) is spirit, explained
    gloss = evidence_at(7, "The women, known as madres guía, or guide mothers, visit.", 0, 0.3)
    assert explanation("What are madres guía?", [gloss]) is gloss
    # Not a list, a speaker, a caption's word in brackets, "called" as a verb, nor a gloss that
    # leaves off ("or nothing at all").
    for unexplained in (
        "The menu offers sangrecita, boiled potatoes, quinoa and rice.",
        "The menu offers sangrecita, a salad and some bread.",
        "They ate sangrecita, a vendor said.",
        "They ate sangrecita, locals said.",
        "Children eat sangrecita (pictured) at school.",
        "The mayor called sangrecita a national treasure.",
        "They eat sangrecita, or nothing at all.",
    ):
        other = evidence_at(5, unexplained, 0, 0.5)
        assert explanation("What is sangrecita?", [other, said]) is None, unexplained
    # A common word is anything a sentence says of it; other questions and capitalised names
    # (`introduction`) have none.
    worry = evidence_at(6, "Inflation is a worry for the bank, it said.", 0, 0.5)
    assert explanation("What is inflation?", [worry]) is None
    assert explanation("What is sangrecita made of?", [cooked]) is None
    assert explanation("What is it?", [worry]) is None
    assert explanation("What is Sangrecita?", [cooked]) is None


def test_a_relative_named_by_a_first_name_alone_is_introduced_beside_the_relation():
    wife = evidence_at(1, "His wife, Janet, 57, a school dinner lady, was in the crowd.", 500, 0.1)
    him = evidence_at(2, "Haworth left school at 16 and went to work underground.", 100, 0.05)
    assert introduction("What is Janet Haworth's job?", [wife, him], 0.3) is wife
    assert introduction("Who is Janet Haworth?", [wife, him], 0.3) is wife
    # Not when no sentence of its article names the family, nor for a first name that begins
    # a full name of someone else.
    other = evidence_at(2, him.sentence, 100, 0.05, doc_id="e")
    assert introduction("Who is Janet Haworth?", [wife, other], 0.3) is None
    founded = "It was founded by Andrew Fawcett and his wife Claire, then a teacher."
    claire = evidence_at(1, founded, 50, 0.3)
    assert introduction("Who is Claire Fawcett?", [claire], 0.3) is claire
    owned = evidence_at(1, "Mr Haworth's wife, Janet, was in the crowd.", 500, 0.1)
    assert introduction("Who is Janet Haworth?", [owned], 0.3) is owned
    zhou = "Zhou Hanlin travelled with his girlfriend, Janet, a student from Leeds."
    assert introduction("Who is Janet Haworth?", [evidence_at(1, zhou, 500, 0.1), him], 0.3) is None
    alone = evidence_at(1, "Zhou travelled with his girlfriend, Janet, a student.", 500, 0.1)
    assert introduction("Who is Janet Haworth?", [alone, him], 0.3) is None
    named = evidence_at(1, "His wife, Janet Brooks, was in the crowd.", 500, 0.1)
    assert introduction("Who is Janet Haworth?", [named, him], 0.3) is None


def test_a_what_happened_on_a_date_question_is_answered_where_the_date_is():
    putin = evidence_at(1, "Mr Putin arrived in Vladivostok on Monday.", 0, 0.2)
    urged = evidence_at(2, "On Monday, Washington urged Pyongyang to keep its promise.", 100, 0.1)
    july = evidence_at(3, "Shoigu visited Pyongyang in July.", 200, 0.5)
    evidence = [putin, urged, july]
    assert dated_event("What happened on Monday?", evidence) is putin
    assert dated_event("what happened in july", evidence) is july
    # A date no evidence sentence mentions, a place, or more than a date: other questions.
    assert dated_event("What happened in 2015?", evidence) is None
    assert dated_event("What happened in Khasan?", evidence) is None
    assert dated_event("What happened on Monday with Pyongyang?", evidence) is None
    # A time within a match.
    equaliser = evidence_at(4, "Carter levelled in the 88th minute to force extra time.", 300, 0.1)
    assert dated_event("What happened in the 88th minute?", [*evidence, equaliser]) is equaliser
    assert dated_event("What happened in the 90th minute?", [*evidence, equaliser]) is None


def test_how_old_is_someone_is_answered_where_the_articles_give_their_age():
    lead = evidence_at(1, "Ilse Marchetti was elected mayor of Kestrel Bay on Sunday.", 0, 0.6)
    aged = evidence_at(2, "Marchetti, 39, a former marine biologist, won 44 per cent.", 60, 0.1)
    other = evidence_at(3, "Avery, 67, who had been mayor since 2008, took 39.6 per cent.", 90, 0.3)
    assert age_of("How old is Ilse Marchetti?", [lead, aged, other]) is aged
    assert age_of("How old is Ilse Marchetti?", [lead, other]) is None
    # Only a question that asks nothing else: "when he moved" needs the ranker.
    assert age_of("How old was Marchetti when she moved to Kestrel Bay?", [lead, aged]) is None


def test_how_old_is_answered_by_an_age_beside_the_noun_for_what_the_question_describes():
    escaped = evidence_at(1, "A red panda that escaped from the zoo was found.", 0, 0.6)
    suki = evidence_at(2, "The female panda, a three-year-old named Suki, slipped out.", 50, 0.03)
    zoo = evidence_at(3, "The zoo, which opened in 1962, houses 1,100 animals.", 120, 0.1)
    evidence = [escaped, suki, zoo]
    assert age_of("How old is the escaped red panda?", evidence) is suki
    assert age_of("How old is the escaped red panda?", [escaped, zoo]) is None
    wanted = aged_holder("How old is the escaped red panda?", [])
    assert wanted(suki.sentence, "") and not wanted(zoo.sentence, "")
    # Someone else's age beside the role is not the holder's.
    mayor = evidence_at(1, "The mayor said a 45-year-old man had been arrested.", 0, 0.6)
    assert age_of("How old is the mayor of Port Elsmere?", [mayor]) is None
    mother = evidence_at(1, "The mother of the 17-year-old victim said she was heartbroken.", 0, 1)
    assert age_of("How old is the victim's mother?", [mother]) is None
    # Nor is the age of a named person's relative theirs.
    pike = evidence_at(1, "Joanne Pike, 47, rang for help when her father fell.", 0, 0.7)
    father = evidence_at(2, "Her father, 79, was taken to hospital.", 60, 0.1)
    assert age_of("How old is Joanne Pike's father?", [pike, father]) is father
    assert age_of("How old is Joanne Pike's father?", [pike]) is None
    # Another article's "her father" is someone else's.
    hers = evidence_at(2, "Her father, Martin, 50, is her coach.", 60, 0.1, doc_id="other")
    assert age_of("How old is Joanne Pike's father?", [pike, hers]) is None
    assert age_of("How old is Joanne Pike's father?", [pike, replace(hers, doc_id="d")]) is not None
    # Nor beside the relative's name set off after the noun.
    son = evidence_at(2, "Mrs Kettle's son, Graham, 58, told the BBC it reopened wounds.", 60, 0.1)
    killed = evidence_at(
        1, "Stephen Ashdown, 52, was convicted of murdering Maureen Kettle, 61.", 0, 0.2
    )
    assert age_of("How old is the son of the murdered landlady?", [killed, son]) is son
    thousands = evidence_at(2, "Her husband, John, 1,200, ...", 60, 0.1)
    assert age_of("How old is her husband?", [killed, thousands]) is None


def test_which_thing_is_answered_by_a_sentence_naming_one_of_its_kind():
    peaked = evidence_at(1, "The river peaked at 4.87 metres at the town bridge.", 0, 0.44)
    burst = evidence_at(2, "Residents fled after the River Aunagh burst its banks.", 60, 0.40)
    far = evidence_at(3, "The Aunagh River Trust warned of floods.", 120, 0.1)
    assert naming_kind("Which river flooded the town?", [peaked, burst, far]) is burst
    # Not when the best names one, nor when no sentence near it does.
    top = replace(burst, relevance=0.5)
    assert naming_kind("Which river flooded the town?", [top, peaked]) is None
    assert naming_kind("Which river flooded the town?", [peaked, far]) is None
    # An institution is named by the word for its own kind: a bank, a fund, a university.
    bought = evidence_at(
        1, "The railway company has bought six trains from a Spanish maker.", 0, 0.12
    )
    loan = "Most of the money came as a loan from the European Bank for Reconstruction."
    lent = evidence_at(2, loan, 100, 0.09)
    asked = "Which institution put up most of the money for the railway?"
    assert naming_kind(asked, [bought, lent]) is lent
    # A number of them, or a word opening the sentence, names none.
    states = evidence_at(2, "It was adopted by 11 member states.", 60, 0.4)
    steam = evidence_at(2, "Steam engines remained dominant.", 60, 0.4)
    assert naming_kind("Which member states signed it?", [peaked, states]) is None
    assert naming_kind("What engines were used?", [peaked, steam]) is None
    # Nor a street, a day or a title beside the kind's word.
    for other in ("Police closed River Road.", "On Monday river levels rose again."):
        beside = evidence_at(2, other, 60, 0.4)
        assert naming_kind("Which river flooded the town?", [peaked, beside]) is None, other
    chief = evidence_at(2, "Crews were stretched, Fire Chief Tom Hale said.", 60, 0.4)
    assert naming_kind("Which fire destroyed the homes?", [peaked, chief]) is None
    # Other questions: a measure, a date.
    assert naming_kind("What river level was recorded?", [peaked, burst]) is None
    assert naming_kind("Which year did the river flood?", [peaked, burst]) is None
    # A name set off before the kind's word names one; a place or an opener before a comma
    # does not.
    lead = evidence_at(1, "Scientists released mosquitoes carrying a bacterium.", 0, 0.8)
    infected = evidence_at(2, "They carry Wolbachia, a bacterium found in insects.", 60, 0.5)
    assert naming_kind("What bacterium do the mosquitoes carry?", [lead, infected]) is infected
    for other in (
        "In Shanghai, a ship ran aground.",
        "In Hong Kong, a ship ran aground.",
        "According to Reuters, a ship ran aground.",
        "However, a ship ran aground.",
        "Suddenly, a ship ran aground.",
        "Tom Hale, a ship's engineer, saw it run aground.",
        "Mia Lund, a ship owner, saw it run aground.",
    ):
        aground = evidence_at(2, other, 60, 0.4)
        assert naming_kind("Which ship ran aground?", [peaked, aground]) is None, other
    linde = evidence_at(2, "Marta Linde, a ship bound for Busan, ran aground.", 60, 0.4)
    assert naming_kind("Which ship ran aground?", [peaked, linde]) is linde
    # An investor by the word its name ends with: "Capital", "Ventures".
    raised = "Mishwar raised $140 million from investors led by a Saudi venture fund."
    lead = evidence_at(1, raised, 0, 0.5)
    led = evidence_at(2, "The round was led by Al Sadeem Capital, based in Riyadh.", 90, 0.4)
    assert naming_kind("Which investor led Mishwar's funding round?", [lead, led]) is led
    plans = evidence_at(2, "The money will pay for new offices.", 90, 0.4)
    assert naming_kind("Which investor led Mishwar's funding round?", [lead, plans]) is None
    # A place may be named so wherever it stands; a body after a preposition inside a sentence.
    busan = evidence_at(2, "He lives in Busan, a port city on the coast.", 60, 0.4)
    assert naming_kind("Which city does he live in?", [peaked, busan]) is busan
    orbitlink = evidence_at(2, "He worked at Orbitlink, a broadband company.", 60, 0.4)
    assert naming_kind("Which company did he work for?", [peaked, orbitlink]) is orbitlink


def test_which_charity_is_answered_by_a_sentence_of_the_article_naming_a_trust_or_the_like():
    ran = evidence_at(1, "Lowther took up fell running five years ago.", 0, 0.32)
    trust = evidence_at(2, "Lowther raised £8,400 for the Borders Air Ambulance Trust.", 90, 0.11)
    assert naming_kind("Which charity benefited from Lowther's run?", [ran, trust]) is trust
    # Rated at least a fifth as high, and in the best one's article.
    low = replace(trust, relevance=0.05)
    assert naming_kind("Which charity benefited from Lowther's run?", [ran, low]) is None
    elsewhere = replace(trust, doc_id="e")
    assert naming_kind("Which charity benefited from Lowther's run?", [ran, elsewhere]) is None
    # Nor an appeal court or an association.
    court = evidence_at(2, "Lowther won after the Appeal Court ruled for her.", 90, 0.11)
    assert naming_kind("Which charity benefited from Lowther's run?", [ran, court]) is None
    # A kind named by its own word keeps to sentences rated near the best.
    burst = evidence_at(2, "Residents fled after the River Aunagh burst its banks.", 90, 0.11)
    assert naming_kind("Which river flooded the town?", [ran, burst]) is None


def test_which_company_is_answered_by_a_sentence_naming_a_registered_company_or_a_group():
    cost = evidence_at(1, "She said the shutdown would cost the company money.", 0, 0.38)
    owned = evidence_at(2, "The farm is owned by Derrylahan Energy DAC, a subsidiary of the "
                        "Spanish energy group Ventoria.", 60, 0.37)  # fmt: skip
    asked = "Which company is the parent of the wind farm's owner?"
    assert naming_kind(asked, [cost, owned]) is owned
    assert naming_kind(asked.replace("company", "firm"), [cost, owned]) is owned
    # A group of people, or a name with no such word, names no company.
    banks = evidence_at(2, "It was paid for by a group of Ghanaian banks.", 60, 0.37)
    assert naming_kind(asked, [cost, banks]) is None
    # A company too is seldom called one where it is named, so any sentence of the best one's
    # article rated at least a fifth as high may name it; and a question may ask what it does.
    trials = evidence_at(1, "Greece is running similar trials with undersea cables.", 0, 0.46)
    operator = evidence_at(
        2, "It was paid for by Conecta Austral, the company that operates the cable.", 90, 0.13
    )
    assert naming_kind("Which company runs the undersea cable?", [trials, operator]) is operator
    low = replace(operator, relevance=0.05)
    assert naming_kind("Which company runs the undersea cable?", [trials, low]) is None
    # Not one that shares no word with the question, nor a group of anyone.
    unrelated = replace(operator, sentence="It was paid for by Conecta Austral, a company.")
    assert naming_kind("Which company runs the undersea cable?", [trials, unrelated]) is None
    group = replace(operator, sentence="The Save Our Cable group opposed the undersea plan.")
    assert naming_kind("Which company runs the undersea cable?", [trials, group]) is None
    # "the company" after a place or a time, or speaking at the end, describes no name.
    for other in (
        "Demand for cable is rising fastest in Europe, the company that makes it said.",
        "Since Brexit, the company that runs the cable has grown.",
    ):
        elsewhere = replace(operator, sentence=other, relevance=0.4)
        assert naming_kind("Which company runs the cable?", [trials, elsewhere]) is None, other
    # "What kind of supplies ...?" asks for no kind named "of".
    delivered = replace(operator, sentence="The Red Cross of Norway, the charity, sent supplies.")
    assert naming_kind("What kind of supplies were delivered?", [trials, delivered]) is None


def test_in_which_place_is_answered_by_a_sentence_of_the_articles_naming_one_of_its_kind():
    lead = evidence_at(1, "An RAF air gunner has been buried with full honours.", 0, 0.8)
    laid = "Sgt Breckon was laid to rest at Jonkerbos War Cemetery on Thursday."
    rest = evidence_at(2, laid, 60, 0.2)
    asked = "In which cemetery was the RAF air gunner buried?"
    assert naming_a_place(asked)(laid, "")
    assert not naming_a_place(asked)(lead.sentence, "")
    assert naming_kind(asked, [lead, rest]) is rest
    # Another article's sentence must be rated near the best.
    elsewhere = replace(rest, doc_id="other")
    assert naming_kind(asked, [lead, elsewhere]) is None
    assert naming_a_place("In which year was he buried?") is None
    # Nor "At what point ...?", which asks for no place's name.
    lizard = evidence_at(2, "It had passed Lizard Point by then.", 60, 0.4)
    assert naming_kind("At what point did the ferry turn back?", [lead, lizard]) is None
    # A canton, a city or a county is named after its word and "of", or before it; a people's
    # adjective before it names none.
    fund = evidence_at(1, "The canton has set up an emergency fund.", 0, 0.7)
    valais = evidence_at(2, "The authorities in the canton of Valais issued the order.", 60, 0.2)
    asked = "In which Swiss canton is the evacuated village?"
    assert naming_kind(asked, [fund, valais]) is valais
    swiss = evidence_at(2, "The authorities in a Swiss canton issued the order.", 60, 0.2)
    assert naming_kind(asked, [fund, swiss]) is None
    # A body's name before a member asks for one of its members, not a name holding the kind.
    player = evidence_at(2, "Tom Lind, a Rovers player, scored twice.", 60, 0.5)
    assert naming_kind("What Rovers player scored the winner?", [fund, player]) is None
    made = evidence_at(2, "It moved production to Yangjiang in Guangdong province.", 60, 0.2)
    assert naming_kind("In which province are its knives made?", [fund, made]) is made
    # A city is often named without the word: a best sentence naming anything answers.
    settled = evidence_at(1, "They settled in the area of present-day Charleston.", 0, 0.7)
    york = evidence_at(2, "Another formed in the city of New York.", 60, 0.5)
    assert naming_kind("What southern city did they settle near?", [settled, york]) is None
    # A people's adjective names a culture, though not a city.
    irish = evidence_at(2, "They were subsumed into Irish culture.", 60, 0.5)
    assert naming_kind("What culture did the Normans join?", [fund, irish]) is irish


def test_the_body_before_a_role_owns_it():
    said = (
        "“Families here have lost everything,” said Lucia Brandão, president of the Corvena"
        " Farmers' Union."
    )
    aged = "Brandão, 61, who grows olives near Ribas, said the flames stopped short of her farm."
    hits = [passage(said, aged, title="Wildfire scorches Corvena valley")]
    evidence = [evidence_at(1, said, 0, 0.4), evidence_at(2, aged, len(said) + 1, 0.01)]
    assert role_holder("Who is the union president?", evidence, hits) is evidence[0]
    assert age_of("How old is the union president?", evidence, hits) is evidence[1]
    # No other body's president, nor another role of the union.
    assert age_of("How old is the club president?", evidence, hits) is None
    assert role_holder("Who is the union treasurer?", evidence, hits) is None


def test_how_old_is_answered_by_an_age_after_the_sentence_naming_them():
    won = evidence_at(1, "Samuel Oduya won the Port Aldine Marathon on Sunday.", 0, 0.7)
    aged = evidence_at(2, "The 27-year-old broke the previous record.", 54, 0.3)
    assert age_of("How old is Samuel Oduya?", [won, aged]) is aged
    assert age_of("How old is Samuel Oduya?", [aged]) is None


def kinds(words: list[str]) -> np.ndarray:
    """Unit vectors in which a blaze is close to a fire or a wildfire, and a storm is not."""
    at = {"wildfire": (1.0, 0.0), "fire": (1.0, 0.0), "blaze": (0.8, 0.6), "storm": (0.0, 1.0)}
    return np.array([at[w] for w in words])


def animals(words: list[str]) -> np.ndarray:
    """Unit vectors in which a three-year-old is neither a panda nor a zoo."""
    at = {"panda": (1.0, 0.0), "zoo": (0.0, 1.0), "three-year-old": (0.0, -1.0), "man": (0.0, -1.0)}
    return np.array([at[w] for w in words])


def test_what_something_is_called_is_answered_where_the_article_names_it():
    lead = evidence_at(1, "A wildfire near Mount Halvorsen forced 4,200 residents to flee.", 0, 0.6)
    named = evidence_at(
        2, "The blaze, named the Sawtooth Creek Fire, had burned 11,300 acres.", 90, 0.1
    )
    storm = evidence_at(3, "A storm, named Storm Ada, hit the coast.", 200, 0.2)
    elsewhere = evidence_at(
        4, "The blaze, named the Ash Fire, burned 40 acres.", 0, 0.3, doc_id="e"
    )
    evidence = [lead, named, storm, elsewhere]
    assert called("What is the wildfire near Carrow Peak called?", evidence, kinds) is named
    assert called("What is the name of the wildfire?", evidence, kinds) is named
    assert (
        called("What is the name of the wildfire where hikers were trapped?", evidence, kinds)
        is named
    )
    assert called("What did the wildfire destroy?", evidence, kinds) is None
    # Only a name given to a thing of the kind asked about.
    assert called("What is the wildfire called?", [lead, storm], kinds) is None
    # ... which may be said a few words before the name, beside another noun.
    escaped = evidence_at(1, "A red panda that escaped from the zoo was found.", 0, 0.5)
    suki = evidence_at(2, "The female panda, a three-year-old named Suki, slipped out.", 50, 0.3)
    asked = "What is the name of the red panda that escaped?"
    assert called(asked, [escaped, suki], animals) is suki
    assert called("What is the name of the zoo?", [escaped, suki], animals) is None
    keeper = evidence_at(2, "The panda's keeper, a man named Tom Hale, fed her.", 50, 0.3)
    assert called(asked, [escaped, keeper], animals) is None
    # The best sentence names a thing of the kind asked about, or gives a name itself.
    earlier = evidence_at(1, "It is the largest since the 2007 Ridgeback Fire.", 0, 0.6)
    assert called("What was the earlier fire called?", [earlier, named], kinds) is None
    best_named = evidence_at(2, named.sentence, 90, 0.7)
    assert called("What is the fire called?", [best_named, lead], kinds) is None
    # Such a sentence is wanted as evidence whatever its words.
    wanted = naming_thing("What is the wildfire called?", [])
    assert wanted(named.sentence, "") and not wanted(lead.sentence, "")
    assert naming_thing("Who named the fire?", []) is None
    # Where a sentence names one by the word asked, that is what is asked for: not another
    # thing given a name.
    ship = "The research ship Almirante Vidal returned to Valparaíso on Monday."
    rov = "The team used a remotely operated vehicle, named Pincoya."
    asked = "What is the name of the research ship that carried the expedition?"
    wanted = naming_thing(asked, [passage(rov, ship)])
    assert wanted(ship, "") and not wanted(rov, "")
    assert naming_thing(asked, [passage(rov)])(rov, "")
    # ... while a name given to a ship by its word is still wanted.
    linde = "The ship, named the Marta Linde, ran aground off Busan."
    assert naming_thing(asked, [passage(linde, ship)])(linde, "")
    chief = evidence_at(1, "The expedition's chief scientist said they found many.", 0, 0.3)
    returned = evidence_at(2, ship, 100, 0.1)
    assert called(asked, [chief, returned], kinds) is returned
    # Not over a best sentence that speaks of the thing, which may name it in other words.
    trio = "Trevithick built a trio of locomotives, concluding with the Catch Me Who Can."
    best = evidence_at(1, trio, 0, 0.6)
    later = evidence_at(2, "The twin-cylinder locomotive Salamanca followed.", 100, 0.4)
    assert called("What was the name of the locomotive?", [best, later], kinds) is None
    # A name given to a thing of the kind comes first.
    given = evidence_at(3, "The blaze, named the Ash Fire, spread.", 200, 0.05)
    fire = evidence_at(2, "Crews fought the Ridgeback Fire overnight.", 100, 0.2)
    assert called("What is the name of the wildfire?", [lead, fire, given], kinds) is given


def works(words: list[str]) -> np.ndarray:
    """Unit vectors in which a novel is a book and a prize is neither."""
    at = {"novel": (1.0, 0.0), "book": (0.9, 0.44), "prize": (0.0, 1.0)}
    return np.array([at[w] for w in words])


def test_the_title_of_a_work_is_answered_where_the_article_quotes_it_after_its_noun():
    founded = evidence_at(1, "The prize was founded in 1993 and is open to any novel.", 200, 0.6)
    won = 'Adaeze Obi won the prize for her debut novel "The Ferryman\'s Daughters" on Tuesday.'
    titled = evidence_at(2, won, 0, 0.3)
    asked = "What is the title of the prize-winning novel?"
    assert called(asked, [founded, titled], works) is titled
    # A quotation after any other word is no title.
    for said in ('Obi said "With thanks" to all.', 'Obi told reporters "It is mine" tonight.'):
        quoted = evidence_at(2, said, 0, 0.3)
        assert called(asked, [founded, quoted], works) is None
        assert naming_thing(asked, [])(won, "") and not naming_thing(asked, [])(said, "")
    # The title of someone is their job, which no title of a work answers.
    assert naming_thing("What was the title of the official who resigned?", []) is None


def test_how_old_a_roles_holder_is_is_answered_where_the_article_names_them_with_their_age():
    title = "Cyber attack knocks out Port Elsmere transit ticketing"
    mayor = "Mayor Vincent Albescu, 44, said the city would review security."
    hits = [passage("Buses ran for free.", mayor, start=900, first=8, title=title)]
    aged = evidence_at(2, mayor, 900 + len("Buses ran for free.") + 1, 0.1)
    lead = evidence_at(1, "Commuters in Port Elsmere rode buses for free on Friday.", 0, 0.6)
    asked = "How old is the mayor of Port Elsmere?"
    assert age_of(asked, [lead, aged], hits) is aged
    assert age_of("How old is the mayor of Linden City?", [lead, aged], hits) is None
    unaged = evidence_at(2, "Mayor Vincent Albescu said the city would review security.", 920, 1)
    assert age_of(asked, [lead, unaged], hits) is None
    # Such a sentence is wanted as evidence whatever its words.
    wanted = aged_holder(asked, hits)
    assert wanted(mayor, "") and not wanted(unaged.sentence, "")
    assert aged_holder("How old is Vincent Albescu?", hits) is None


def test_a_roles_holder_whose_age_a_later_sentence_gives_by_last_name_is_that_old():
    title = "Port Aldine approves budget"
    mayor = "Mayor Daniel Okafor-Reyes, who took office in January, met Governor Roberta Finch."
    aged = '"Nobody wanted to raise taxes," Okafor-Reyes, 46, told reporters after the vote.'
    other = "Finch, 61, objected to the budget."
    hits = [passage(mayor, aged, other, title=title)]
    at = len(mayor) + 1
    evidence = [evidence_at(1, mayor, 0, 0.6), evidence_at(2, aged, at, 0.1)]
    evidence.append(evidence_at(3, other, at + len(aged) + 1, 0.3))
    assert age_of("How old is the mayor of Port Aldine?", evidence, hits) is evidence[1]
    assert age_of("How old is the mayor of Linden City?", evidence, hits) is None
    wanted = aged_holder("How old is the mayor of Port Aldine?", hits)
    assert wanted(aged, mayor) and not wanted(other, aged)
    # The new (or outgoing) governor is whoever holds the role now.
    assert age_of("How old is the outgoing governor?", evidence, hits) is evidence[2]


def test_a_holder_described_in_other_words_is_found_by_the_noun_and_aged_at_a_quotes_end():
    seen = "The first person to see the painting was a plasterer, Luca Pieroni, who was working."
    aged = '"I saw blue under the white," said Pieroni, 38.'
    hits = [passage(seen, aged, title="Fresco found")]
    evidence = [evidence_at(1, seen, 0, 0.09), evidence_at(2, aged, len(seen) + 1, 0.01)]
    asked = "How old is the plasterer who found the fresco?"
    assert age_of(asked, evidence, hits) is evidence[1]
    assert aged_holder(asked, hits)(aged, seen)
    # An age is no number a sentence ends on after a name by chance.
    assert age_of(asked, [evidence[0], evidence_at(2, "It rose to 3.5.", 99, 0.01)], hits) is None


def test_where_someone_works_or_what_they_do_is_answered_where_the_article_introduces_them():
    madden = "“A deal is near,” said Mr Michael Madden, an expert at the Stimson Centre."
    later = "Madden said the talks would last days."
    evidence = [evidence_at(1, madden, 0, 0.3), evidence_at(2, later, 200, 0.35)]
    for asked in (
        "Which think tank does Michael Madden work for?",
        "Where does Michael Madden work?",
        "What does Michael Madden do?",
        "What is Michael Madden's area of expertise?",
    ):
        assert introduction(asked, evidence, 0.7) is evidence[0]
    assert introduction("What did Michael Madden say?", evidence, 0.7) is None
    assert introduction("What did Michael Madden do?", evidence, 0.7) is None
    assert introduction("What does the company do?", evidence, 0.7) is None


def test_the_age_of_a_bodys_leader_named_by_led_by_is_read_from_a_later_sentence():
    led = "The Liberal Conservative Party, led by Annika Wahlberg, won 31 seats."
    aged = "Wahlberg, 52, said the result was a mandate."
    hits = [passage(led, aged)]
    evidence = [evidence_at(1, led, 0, 0.6), evidence_at(2, aged, len(led) + 1, 0.1)]
    asked = "How old is the leader of the Liberal Conservative Party?"
    assert age_of(asked, evidence, hits) is evidence[1]


def test_where_something_is_based_is_answered_where_news_places_it():
    madden = "said Mr Michael Madden, an expert at the Washington-based Stimson Centre."
    expert = evidence_at(1, madden, 0, 0.3)
    other = evidence_at(2, "The Stimson Centre published a report on Monday.", 100, 0.6)
    lisbon = evidence_at(3, "Orbitlink, which is based in Lisbon, denied it.", 200, 0.2)
    evidence = [expert, other, lisbon]
    assert based_in("In which city is the Stimson Centre based?", evidence) is expert
    assert based_in("Where is Orbitlink headquartered?", evidence) is lisbon
    # Somewhere else placed, or another question: not this form's to answer.
    assert based_in("Where is Quartzline based?", evidence) is None
    bought = evidence_at(4, "Orbitlink bought Quartzline, which is based in Lisbon.", 300, 0.9)
    lawyer = evidence_at(5, "A London-based lawyer for Orbitlink said so.", 400, 0.9)
    assert based_in("Where is Orbitlink based?", [bought, lawyer]) is None
    assert based_in("What is the Stimson Centre?", evidence) is None


def test_a_body_is_placed_by_its_kind_in_an_article_about_it():
    leeds = "The Leeds-based company, trading since 1987, said the closures would save money."
    about = replace(evidence_at(1, leeds, 0, 0.2), title="Homewell to shut 38 stores")
    other = replace(evidence_at(2, leeds, 0, 0.2, doc_id="e"), title="Shops close in the north")
    assert based_in("In which city is Homewell based?", [about]) is about
    assert based_in("In which city is Homewell based?", [other]) is None
    # A person placed so is no body, nor is a body described at more length (the buyer).
    for other in ("The Leeds-based lawyer said so.", "The London-based private equity firm paid."):
        assert (
            based_in("In which city is Homewell based?", [replace(about, sentence=other)]) is None
        )
    # Evidence selection wants the sentence, whatever its retrieval score.
    hits = [passage("Homewell shares rose.", leeds, title="Homewell to shut 38 stores")]
    wanted = placing("Where is Homewell based?", hits)
    assert wanted(leeds, "Homewell shares rose.") and not wanted("Homewell shares rose.", "")
    assert placing("What is Homewell?", hits) is None


def test_who_went_along_with_someone_is_answered_where_a_sentence_says_so():
    left = evidence_at(
        1, "Mr Kim left Pyongyang for Russia on Sunday on his private train.", 0, 0.6
    )
    along = evidence_at(
        2, "He was accompanied by top arms industry and military officials.", 66, 0.01
    )
    other = evidence_at(3, "Mr Putin arrived in Vladivostok on Monday.", 200, 0.5)
    evidence = [left, along, other]
    for question in (
        "Who accompanied Kim on the trip?",
        "Who travelled with Kim Jong Un on his trip to Russia?",
        "Who was Kim accompanied by?",
        "Which officials travelled with Kim?",
        "Which cabinet minister was part of Kim's travelling party?",
        "Who was in Kim's delegation?",
    ):
        assert companions(question, evidence) is along, question
    # Someone else's companions, or a question of another form: no answer from here.
    assert companions("Who travelled with Putin?", evidence) is None
    assert companions("Who met Kim?", evidence) is None
    assert companions("Who was in Putin's delegation?", evidence) is None
    assert companions("Which is the best route?", evidence) is None
    assert companions("Which officials was Putin accompanied by?", evidence) is None
    assert companions("Which members are in the prime minister's party?", evidence) is None
    # Evidence selection admits the sentence whatever its retrieval score.
    wanted = accompanying("Who travelled with Kim?")
    assert wanted(along.sentence, left.sentence)
    assert not wanted(along.sentence, other.sentence)
    assert accompanying("Who joined the board?") is None


def test_which_event_is_answered_by_a_sentence_naming_a_forum_or_the_like():
    tracked = evidence_at(
        1, "They said he might meet Mr Putin at the Vostochny cosmodrome.", 0, 0.45
    )
    forum = evidence_at(
        2, "He is to attend the plenary session of the Eastern Economic Forum.", 90, 0.3
    )
    evidence = [tracked, forum]
    assert naming_kind("Which event was Putin attending in Vladivostok?", evidence) is forum
    assert naming_kind("Which event was Putin attending?", [tracked]) is None
    # Nor does a word that only opens like a kind's word ("s" of "Russia's" for "show").
    arrived = evidence_at(3, "Mr Putin arrived on Monday, Russia's Tass agency said.", 200, 0.5)
    assert naming_kind("Which event was Putin attending?", [arrived, forum]) is forum


def test_where_is_answered_by_a_sentence_near_the_best_that_names_a_place():
    timing = evidence_at(1, "Mr Putin’s meeting with Mr Kim would come after the forum.", 0, 0.6)
    place = evidence_at(2, "They said he might meet Mr Putin at the Vostochny cosmodrome.", 90, 0.4)
    far = evidence_at(3, "Talks were held in Pyongyang last year.", 200, 0.1)
    assert placing_best("Where might Kim and Putin meet?", [timing, place, far]) is place
    assert placing_best("Where might Kim and Putin meet?", [timing, far]) is None
    assert placing_best("When might Kim and Putin meet?", [timing, place]) is None
    # A place the question names is no answer: "in Vladivostok" for a question about it.
    named = evidence_at(4, "Mr Putin arrived in Vladivostok on Monday.", 300, 0.6)
    assert placing_best("Where did Putin go after Vladivostok?", [named, place]) is place
    # Rated far below, a sentence placing something in the question's own words still answers,
    # but not one rated below a fifth of the best.
    low = evidence_at(2, "They said he might meet Mr Putin at the Vostochny cosmodrome.", 90, 0.15)
    assert placing_best("Where might Kim and Putin meet?", [timing, low, far]) is low
    lowest = evidence_at(2, low.sentence, 90, 0.1)
    assert placing_best("Where might Kim and Putin meet?", [timing, lowest, far]) is None
    assert placing_best("Where might Kim and Putin sign a deal?", [timing, low, far]) is None


def test_where_something_was_going_is_answered_by_a_sentence_sending_it_somewhere():
    lead = "The wreck of a ship that sank off the Kent coast has been found near the Goodwin Sands."
    sailing = "The Marchioness of Stowe was sailing from London to Madras with a cargo of silver."
    found = evidence_at(1, lead, 0, 0.47)
    bound = evidence_at(2, sailing, 200, 0.13)
    asked = "Where was the ship heading when she sank?"
    # Wanted as evidence, and quoted though it shares no word the question writes in lower
    # case, as the best sentence sends nothing anywhere.
    assert heading_to(asked)(sailing, "") and not heading_to(asked)(lead, "")
    assert placing_best(asked, [found, bound]) is bound
    assert placing_best("Where did the ship sink?", [found, bound]) is None
    assert heading_to("Where did the ship sink?") is None
    flown = "Where were the suitcases being flown to?"
    assert heading_to(flown)("They smuggled eels in suitcases bound for Hong Kong.", "")
    assert not heading_to(flown)("They smuggled eels out of Heathrow Airport.", "")
    assert not heading_to(flown)("The haul was reported to Border Force.", "")
    assert not heading_to(flown)("Eels were sold to Chinese dealers, he said to Reuters.", "")
    # Not where someone who went somewhere lives; where they came from is said otherwise.
    assert heading_to("Where does the man who was flying the drone live?") is None
    coming = heading_to("Where were the couriers flying from?")
    assert coming("The couriers, two men from Bristol, flew out.", "")
    assert not coming("They flew to Hong Kong.", "")
    # Questions written otherwise: "Where's", a modal, many words before the verb.
    for going in (
        "Where's the ship heading?",
        "Where will the migrants be sent?",
        "Where is the Royal Navy frigate HMS Kent heading?",
    ):
        assert heading_to(going)(sailing, ""), going


def test_where_someone_is_from_is_answered_by_a_sentence_saying_so():
    lead = "Two climbers were rescued from a ridge in the Scottish Highlands."
    pair = "The pair, a 34-year-old man and a 29-year-old woman from Edinburgh, were stuck."
    rescued = evidence_at(1, lead, 0, 0.9)
    stuck = evidence_at(2, pair, 90, 0.08)
    asked = "Where were the two climbers from?"
    assert heading_to(asked)(pair, "") and not heading_to(asked)(lead, "")
    assert heading_to(asked)("Daniel Vosper, 46, of Gloucester, was jailed.", "")
    # Only where people are from, not things ("the glass eels").
    assert heading_to("Where have the glass eels that reach the Severn come from?") is None
    # Not where something was moved from, nor a body someone speaks for.
    for other in ("The pair were airlifted from Ben Nevis.", "A spokesman from Police Scotland."):
        assert not heading_to(asked)(other, ""), other
    assert placing_best(asked, [rescued, stuck]) is stuck
    assert placing_best(asked, [rescued, replace(stuck, doc_id="other")]) is None


def test_a_nationality_is_answered_by_a_sentence_near_the_best_that_names_a_people():
    patents = evidence_at(1, "Ayanz received patents in 1606 for fifty inventions.", 0, 0.8)
    spanish = evidence_at(2, "The Spanish inventor Ayanz patented a steam engine.", 90, 0.7)
    asked = "What was the nationality of Ayanz?"
    assert of_nationality(asked, [patents, spanish]) is spanish
    assert of_nationality("When did Ayanz get patents?", [patents, spanish]) is None
    assert not stateless(asked, [patents, spanish])
    assert stateless(asked, [patents])
    # A people the question names is no answer to it.
    assert stateless("What nationality was the Spanish inventor's partner?", [spanish])
    # A question for a country is answered by one's name.
    money = evidence_at(1, "The ministry had not yet found the money to do so.", 0, 0.2)
    paid = evidence_at(2, "It has cost 7.8 million dollars, most of it paid by Norway.", 90, 0.15)
    asked = "Which country has paid for most of the programme?"
    assert of_nationality(asked, [money, paid]) is paid
    assert (
        of_nationality("Which company has paid for most of the programme?", [money, paid]) is None
    )
    assert of_nationality("Which country music star paid for it?", [money, paid]) is None
    assert of_nationality("Which European nation paid for most of it?", [money, paid]) is paid


def test_what_something_is_named_after_is_answered_by_a_sentence_that_says_so():
    lead = evidence_at(1, "A pale, nearly blind salamander is a species new to science.", 0, 0.4)
    honour = "It has been named Eurycea boonei in honor of Travis Boone, who photographed it."
    named = evidence_at(2, honour, 90, 0.05)
    asked = "Who is the new cave salamander named after?"
    assert named_after(asked)(honour, "") and not named_after(asked)(lead.sentence, "")
    assert named_after("Who photographed the salamander?") is None
    assert named_after("Who finds it funny that a dinosaur is named after her?") is None
    assert named_after("What have campaigners called for?") is None
    called = "Historians have called for the wreck to be protected."
    assert not named_after(asked)(called, "")
    assert not named_after(asked)("He was named in the squad for the final.", "")
    rochelle = "It was named New Rochelle after La Rochelle, their former stronghold."
    assert named_after("What city was New Rochelle named after?")(rochelle, "")
    # The name may stand apart from "after" by a comma, but not before what happened after.
    rig = "The well was drilled by a rig named Sleipnir, after the eight-legged horse of myth."
    assert named_after("What is the rig Sleipnir named after?")(rig, "")
    assert not named_after(asked)("A man named Tom, after being stopped, was fined.", "")
    assert named_after(asked)("The street is named after mining pioneer John Smith.", "")
    # Any sentence of the best one's article, however low it is rated.
    assert namesake(asked, [lead, named]) is named
    assert namesake(asked, [lead, replace(named, doc_id="other")]) is None
    assert not unnamed_after(asked, [lead, named])
    # Refused when no sentence of that article says what anything is named after.
    ship = evidence_at(1, "The Marchioness of Stowe was a three-masted merchant ship.", 0, 0.4)
    assert unnamed_after("Who was the Marchioness of Stowe named after?", [ship])
    beer = evidence_at(
        1, "The bitter is named after the ferry that once crossed the river.", 0, 0.4
    )
    assert not unnamed_after("What is Ferryman's Gold named for?", [beer])
    assert not unnamed_after("Who was the Marchioness of Stowe?", [ship])


def test_a_question_for_a_tally_is_answered_by_a_sentence_of_the_article_giving_one():
    against = "The two cabinet members who voted against the plan represent Pellsworth."
    voted = "The cabinet voted 7-2 on Tuesday to switch off about 14,000 street lights."
    hits = [passage(against, voted), replace(passage("Councils in Wales won 2-1."), doc_id="e")]
    wanted = tallied("What was the cabinet's vote on the plan?", hits)
    assert wanted(voted, "") and not wanted(against, "")
    assert not wanted("Councils in Wales won 2-1.", "")  # another article's
    assert tallied("Who voted against the plan?", hits) is None
    best = evidence_at(1, against, 0, 0.85)
    tally = evidence_at(2, voted, len(against) + 1, 0.31)
    asked = "What was the result of the council vote on the plan?"
    assert tallying_best(asked, [best, tally]) is tally
    assert tallying_best(asked, [best, replace(tally, relevance=0.1)]) is None
    assert tallying_best("What was the final score?", [replace(tally, relevance=0.9), best]) is None
    aggregate = evidence_at(2, "Tvøroyri beat Royal Ardennes FC 3–2 on aggregate.", 90, 0.3)
    assert tallying_best("What was the aggregate score of the tie?", [best, aggregate]) is aggregate
    # A range of a measure is no tally.
    weeks = evidence_at(2, "Repairs will take 4-6 weeks.", 90, 0.5)
    assert tallying_best("What was the final score?", [best, weeks]) is None
    ages = evidence_at(2, "The club is open to children aged 11-16 and 50-60 homes.", 90, 0.5)
    assert tallying_best("What was the final score?", [best, ages]) is None
    for other in ("What was the turnout in the vote?", "What was the hygiene score?"):
        assert tallied(other, hits) is None, other
    unanimous = evidence_at(2, "Councillors voted unanimously for it.", 90, 0.5)
    assert tallying_best("What was the vote?", [best, unanimous]) is unanimous
    # A margin of a vote is a tally too; a margin of a win may be in minutes or points.
    margin = "By what margin did councillors approve the plan?"
    assert tallying_best(margin, [best, tally]) is tally
    assert tallying_best("By what majority was the bill passed?", [best, tally]) is tally
    assert tallying_best("By what margin did she win the race?", [best, tally]) is None
    assert tallying_best("By what margin was Smith re-elected?", [best, tally]) is None
    assert tallying_best("By what margin have MPs approved the bill?", [best, tally]) is tally
    # A stage of a contest the question names is the one whose tally answers it.
    quote = evidence_at(1, "She said she did not look at the score.", 0, 0.5)
    bronze = evidence_at(1, "Yangzom beat Ortega 6-2 in the bronze medal match.", 60, 0.4)
    semi = evidence_at(1, "She lost her semi-final 7-1 to Kim Min-ji.", 120, 0.2)
    asked = "What was the score in Yangzom's semi-final defeat?"
    assert tallying_best(asked, [quote, bronze, semi]) is semi
    assert tallying_best(asked, [quote, bronze]) is bronze  # no tally of that stage
    final = evidence_at(1, "In the final she beat Lee 3-0.", 180, 0.1)
    assert tallying_best("What was the final score?", [quote, bronze, final]) is bronze
    assert tallying_best("What was the score in the final?", [quote, bronze, final]) is final
    # A score someone got may be given in points.
    marks = evidence_at(1, "The school scored 269.9 points out of a possible 270.", 90, 0.3)
    got = "What score did Serrinha Azul get from the judges?"
    assert tallying_best(got, [quote, marks]) is marks
    assert tallying_best("What was the score?", [quote, marks]) is None
    # A best tally of no stage stands, as one of the stage asked does.
    lost = evidence_at(1, "Yangzom lost 7-1 to Kim Min-ji.", 0, 0.6)
    reached = evidence_at(1, "She reached the semi-final with a 6-2 win.", 60, 0.5)
    assert tallying_best(asked, [lost, reached]) is None
    assert tallying_best(asked, [bronze, semi]) is semi


def test_a_place_in_a_contest_is_answered_by_a_sentence_saying_who_took_it():
    won = evidence_at(1, "Haverleigh Colliery Band won the title on Saturday.", 0, 0.6)
    second = evidence_at(2, "Ravensworth Silver Band, from Cumbria, were second.", 60, 0.02)
    asked = "Which band finished runner-up?"
    assert placed(asked)(second.sentence, "") and not placed(asked)(won.sentence, "")
    # The articles answer it whenever they say so, however low the sentence is rated ...
    assert placed_best(asked, [won, second]) is second
    assert not unplaced(asked, [won, second])
    # ... and do not when they name no one in that place.
    third = "Which band came third at the Royal Albert Hall?"
    assert placed_best(third, [won, second]) is None and unplaced(third, [won, second])
    assert placed_best(asked, [won, replace(second, doc_id="other")]) is None
    # Not of another contest than the article's, which is left to the refusal model ...
    cup = "Which team finished runner-up in the FA Cup final?"
    assert placed_best(cup, [won, second]) is None and not unplaced(cup, [won, second])
    # ... though the article may name the contest only in its title.
    marathon = [replace(e, title="Chebet wins Boston Marathon") for e in (won, second)]
    assert placed_best("Who came second in the Boston Marathon?", marathon) is marathon[1]
    # ... nor another sense of its words.
    last = evidence_at(2, "The band was last seen on tour in 1973.", 60, 0.3)
    assert placed_best("Which band came last?", [won, last]) is None
    gear = evidence_at(2, "The driver was in second gear and took a second job.", 60, 0.3)
    assert placed_best("Which band came second?", [won, gear]) is None
    assert placed("Who was second in command?") is None
    # A runner-up is whom the winner finished ahead of, or beat in the final; not a third place.
    ahead = "She finished 2 hours and 40 minutes ahead of Sindre Haugland, 31, of Norway."
    final = "Khai beat Jasper Vandenbroucke 50-38 in the final."
    for told in (ahead, final):
        assert placed("Who came second in the race?")(told, ""), told
        assert not placed("Who came third in the race?")(told, ""), told
    for other in ("She finished ahead of schedule.", "He beat the heat in the final."):
        assert not placed("Who came second in the race?")(other, ""), other
    # Only a question for the place itself.
    assert placed("How much prize money did Rangers receive as runners-up?") is None
    assert not unplaced("How much prize money did Rangers receive as runners-up?", [won])


def test_a_why_question_is_answered_by_a_sentence_that_gives_a_cause():
    best = "Mr Lindqvist said the council had decided to keep two routes, including the 31."
    kept = evidence_at(1, best, 0, 0.75)
    # Right after the best and going on with it, though the ranker rates it far lower.
    after = evidence_at(2, "He said that route had been saved because it serves a dialysis unit.",
                        kept.end + 1, 0.24)  # fmt: skip
    assert reasoning_best("Why was the 31 route spared?", [kept, after]) == after
    assert reasoning_best("For what reason was the 31 spared?", [kept, after]) == after
    # Not one far from the best that does not go on with it, nor for other questions.
    apart = evidence_at(2, "The 12A was cut because few used it.", kept.end + 200, 0.24)
    assert reasoning_best("Why was the 31 route spared?", [kept, apart]) is None
    assert reasoning_best("Which routes were spared?", [kept, after]) is None
    # Nor one that gives a cause of something else, or says what is planned.
    other = evidence_at(2, "The 12A was cut because few people used it.", kept.end + 1, 0.6)
    assert reasoning_best("Why was the 31 route spared?", [kept, other]) is None
    planned = evidence_at(2, "The 31 route changes are due to take effect in April.", 200, 0.6)
    assert reasoning_best("Why was the 31 route spared?", [kept, planned]) is None
    # Nor when the best gives a cause itself.
    because = evidence_at(1, "The 31 was kept because it serves a dialysis unit.", 0, 0.75)
    assert reasoning_best("Why was the 31 route spared?", [because, after]) is None
    # ... or a purpose, ending its clause: "..., to deter collectors."
    hidden = "It will not reveal the exact location of the colony, to deter collectors."
    secret = evidence_at(1, hidden, 0, 0.35)
    fenced = evidence_at(2, "It fenced off the location so that the slope is cut late.", 90, 0.18)
    assert reasoning_best("Why is the colony's location kept secret?", [secret, fenced]) is None
    told = evidence_at(1, "It will not reveal the location, to the anger of locals.", 0, 0.35)
    assert reasoning_best("Why is the colony's location kept secret?", [told, fenced]) is fenced
    fell = evidence_at(1, "Sales at the location fell by 5%, to levels last seen in 2010.", 0, 0.4)
    cut = replace(fenced, relevance=0.3)
    assert reasoning_best("Why did sales at the location fall?", [fell, cut]) is cut


def test_how_old_is_the_one_a_lead_describes_is_answered_where_the_next_sentence_names_them():
    lead = "A gamekeeper has been fined £4,800 after three red kites were found poisoned."
    named = "Craig Tennant, 46, of Pateley Bridge, admitted three offences."
    walker = "Margaret Sowerby, 68, a retired teacher, found the birds."
    hits = [passage(lead, named, walker)]
    at = len(lead) + 1
    evidence = [evidence_at(1, lead, 0, 0.6), evidence_at(2, named, at, 0.05)]
    evidence.append(evidence_at(3, walker, at + len(named) + 1, 0.1))
    asked = "How old is the gamekeeper who was fined over the poisoned red kites?"
    assert age_of(asked, evidence, hits) is evidence[1]
    wanted = aged_holder(asked, hits)
    assert wanted(named, lead) and not wanted(walker, named)
    # Someone named right after the lead but described as something else is not them.
    assert not wanted(walker, lead)
    # The lead must say what the question says of them.
    assert age_of("How old is the gamekeeper who shot the buzzard?", evidence, hits) is None
    # Or the sentence naming them says it beside the name.
    tearoom = "Marian Holloway, 61, who runs a tearoom beside Wendlebury Wharf, sold out."
    aged = evidence_at(1, "A 97-year-old woman held her wedding reception there.", 0, 0.02)
    runs = [evidence_at(2, tearoom, 80, 0.8), aged]
    asked = "How old is the woman who runs the tearoom at Wendlebury Wharf?"
    assert age_of(asked, runs, [passage(aged.sentence), passage(tearoom, start=80)]) is runs[0]


def test_which_thing_is_answered_by_a_sentence_naming_one_right_after_its_kind():
    lead = evidence_at(
        1, "A village has bought its only pub after 280 people put money in.", 0, 0.5
    )
    owner = "The inn closed when its owner, the pub company Kingsway Taverns, put it up for sale."
    sold = evidence_at(2, owner, 80, 0.3)
    asked = "Which company owned the pub before the villagers bought it?"
    assert naming_kind(asked, [lead, sold]) is sold
    for unnamed in ("The company Monday said it would close.", "The company Mr Bloggs ran shut."):
        assert naming_kind(asked, [lead, evidence_at(2, unnamed, 80, 0.3)]) is None


def test_a_question_offering_two_answers_is_answered_by_a_near_sentence_giving_one():
    forum = evidence_at(1, "He is scheduled to attend the Eastern Economic Forum.", 0, 0.6)
    after = evidence_at(2, "Mr Peskov said the meeting would come after the forum.", 60, 0.45)
    evidence = [forum, after]
    asked = "Will Putin meet Kim before or after the Eastern Economic Forum?"
    assert choosing_best(asked, evidence) is after
    # Not when the best gives one, nor for a question offering none.
    before = evidence_at(3, "They will meet before the forum ends.", 120, 0.7)
    assert choosing_best(asked, [*evidence, before]) is None
    assert choosing_best("When will Putin meet Kim?", evidence) is None
    assert choosing_best("Did Kim say whether or not he would meet Putin?", evidence) is None
    # An answer in another form of its word; an article before the second answer.
    fell = evidence_at(3, "Helvion shares were falling by noon.", 120, 0.5)
    assert choosing_best("Did Helvion shares rise or fall?", [forum, fell]) is fell
    bear = evidence_at(3, "The attacker was a young bear.", 120, 0.5)
    assert choosing_best("Was the attacker a bear or a deer?", [forum, bear]) is bear
    assert choosing_best("Were two or more people hurt?", [forum, bear]) is None


def test_a_yes_or_no_question_is_answered_by_a_sentence_holding_what_it_asks_of_its_subject():
    left = evidence_at(1, "North Korean leader Kim Jong Un left Pyongyang on Sunday.", 0, 0.6)
    seldom = evidence_at(2, "Mr Kim does not travel abroad frequently.", 60, 0.2)
    train = evidence_at(3, "Kim Jong Un travelled on his private train.", 120, 0.3)
    evidence = [left, seldom, train]
    assert affirming_best("Is Kim Jong Un a frequent foreign traveller?", evidence) is seldom
    # Not when the best holds some of it, nor for a question of another form.
    assert affirming_best("Did Kim Jong Un leave Pyongyang on Sunday?", evidence) is None
    assert affirming_best("How often does Kim Jong Un travel?", evidence) is None
    assert affirming_best("Is Kim Jong Un a keen golfer?", evidence) is None
    # What it asks of someone else is no answer.
    assert affirming_best("Is Vladimir Putin a frequent foreign traveller?", evidence) is None
    # A preposition is none of what it asks.
    voted = evidence_at(1, "In 2017 Russia voted to punish North Korea.", 0, 0.4)
    talks = evidence_at(2, "Russia said talks could cover sanctions against North Korea.", 60, 0.2)
    asked = "Has Russia always opposed penalties against North Korea?"
    assert affirming_best(asked, [voted, talks]) is None


def test_what_a_study_found_is_answered_by_the_sentence_saying_what_was_found():
    sent = "The fraud came to light when a collector sent the painting to be examined."
    found = "Analysts at a laboratory in London found that it contained a modern pigment."
    hits = [passage(sent, found), replace(passage("Tests showed that it was fake."), doc_id="e")]
    asked = "What did laboratory tests on the painting reveal?"
    wanted = finding(asked, hits)
    assert wanted(found, sent) and not wanted(sent, "")
    assert not wanted("Tests showed that it was fake.", "")  # another article's
    assert finding("Who examined the painting?", hits) is None
    best = evidence_at(1, sent, 0, 0.7)
    after = evidence_at(2, found, len(sent) + 1, 0.13)
    assert finding_best(asked, [best, after]) is after  # right after the best
    apart = evidence_at(2, found, len(sent) + 200, 0.13)
    assert finding_best(asked, [best, apart]) is None  # far below it, and not after it
    assert finding_best(asked, [best, replace(apart, relevance=0.2)]) is not None
    assert finding_best("Who examined the painting?", [best, after]) is None
    # Not when the best tells of a finding, nor one by others than the question names.
    body = evidence_at(1, "Officers found the body of a man on Sunday.", 0, 0.7)
    post = evidence_at(2, "A post-mortem found that he had died of head injuries.", 45, 0.3)
    assert finding_best("What did police find?", [body, post]) is None
    penicillin = evidence_at(1, "Fleming worked at St Mary's Hospital in London.", 0, 0.7)
    later = evidence_at(2, "Later researchers established that it killed bacteria.", 49, 0.3)
    assert finding_best("What did Fleming discover?", [penicillin, later]) is None


def test_where_someone_named_for_what_they_do_is_from():
    lead = "A 19-year-old jockey has won the Northern Grand National at Hexworth."
    named = "Maisie Corrigan, from Hawick in the Scottish Borders, rode Copper Lantern."
    won, rode = evidence_at(1, lead, 0, 0.8), evidence_at(2, named, 90, 0.2)
    asked = "Where is the winning jockey from?"
    assert heading_to(asked)(named, "") and not heading_to(asked)(lead, "")
    assert placing_best(asked, [won, rode]) is rode
    # A name set off by a comma is from a place, not from a day; one word is no one's name.
    assert not heading_to(asked)("Prices at Marks Spencer, from Monday, will rise.", "")
    for other in ("Meanwhile, from Brussels, came news.", "It runs to Edinburgh, from Glasgow."):
        assert not heading_to(asked)(other, ""), other
    # A thing's origin is no person's: "Where did the water come from?".
    assert heading_to("Where did the water come from?") is None


def test_a_cause_is_not_told_by_a_sentence_saying_it_is_unknown():
    grounded = "The school has grounded its Cessnas until the cause of the engine failure is known."
    asked = "What caused the Cessna's engine to lose power?"
    assert cause_untold(asked, [evidence_at(1, grounded, 0, 0.7)])
    for said in (
        "The cause of the fire is not yet known.",
        "The cause of the fire was not immediately known.",
        "The cause of the fire remains under investigation.",
        "It is not clear why the fire started.",
        "Officials declined to say why the fire started.",
    ):
        assert cause_untold("Why did the fire start?", [evidence_at(1, said, 0, 0.7)]), said
    # Only of what the question asks about: the unknown cause is why the school grounded them.
    assert not cause_untold(
        "Why has the school grounded its Cessnas?", [evidence_at(1, grounded, 0, 0.7)]
    )
    # Not beside what is suspected or found, nor beside a cause or a purpose in so many words,
    # nor for another kind of question.
    for said in (
        "The cause is unclear, but police believe a heater was left on.",
        "Police believe a heater was left on, though the cause has not been confirmed.",
        "The cause of the fire was determined to be arson and is under investigation.",
    ):
        assert not cause_untold("Why did the fire start?", [evidence_at(1, said, 0, 0.7)]), said
    blamed = evidence_at(2, "The engine failed because of a blocked fuel line.", 90, 0.5)
    assert not cause_untold(asked, [evidence_at(1, grounded, 0, 0.7), blamed])
    assert not cause_untold("When was the Cessna grounded?", [evidence_at(1, grounded, 0, 0.7)])
    # A reason that was looked into is no reason unknown.
    looked = "The reasons were investigated by the board and found to be sound."
    assert not cause_untold("Why was the route cut?", [evidence_at(1, looked, 0, 0.7)])


def test_a_why_question_needs_a_sentence_near_the_best_that_could_give_a_reason():
    rarely = "Mr Kim does not travel abroad frequently, having made just seven trips."
    asked = "Why does Kim Jong Un so rarely travel abroad?"
    assert unreasoned(asked, [evidence_at(1, rarely, 0, 0.7)])
    security = evidence_at(2, "He seldom travels because of fears for his security.", 80, 0.5)
    assert not unreasoned(asked, [evidence_at(1, rarely, 0, 0.7), security])
    # Rated far below the best, it gives none; other questions are left to other rules.
    far = replace(security, relevance=0.1)
    assert unreasoned(asked, [evidence_at(1, rarely, 0, 0.7), far])
    assert not unreasoned("How often does Kim travel abroad?", [evidence_at(1, rarely, 0, 0.7)])
    # A sentence that may give a reason in so many words, or loosely, is left to answer.
    for reason in ("He rarely travels, officials said.", "He travels by train to avoid planes."):
        assert not unreasoned(asked, [evidence_at(1, reason, 0, 0.7)]), reason


def test_what_someone_likened_something_to_is_answered_by_the_likeness():
    forecast = '"At the moment we forecast eruptions by listening to the rocks crack," she said.'
    works = '"It works, but it is like guessing what is cooking in a kitchen through the wall.'
    goes_on = "It is like reading a book by its cover."
    elsewhere = "The new drill bit was like a diamond."
    hit = passage_of((forecast, 1.0), (works, 0.3), (goes_on, 0.2), ("It rained.", 0.1),
                     (elsewhere, 0.5))  # fmt: skip
    relevance = {("d1", 0): 0.6, ("d1", 1): 0.01, ("d1", 2): 0.01, ("d1", 4): 0.2}
    asked = "What did Dr Sigurdardottir compare today's way of forecasting eruptions to?"
    wanted = likening(asked, [hit], relevance)
    # Right after the best, and going on from it; not apart from it, nor no likeness.
    assert wanted is not None and wanted(works, forecast) and wanted(goes_on, works)
    assert not wanted(elsewhere, "It rained.") and not wanted("It rained.", goes_on)
    # Apart from the best, one that names whom the question names.
    fallon = '"It’s like someone beating a carpet," Mr Fallon, 57, said in evidence.'
    farm = passage_of(("The Fallons farm beside the turbines.", 1.0), (fallon, 0.2))
    elsewhere_fallon = passage_of(("Mr Fallon looked like a winner.", 0.3), doc_id="d2")
    rated = {("d1", 0): 0.6, ("d1", 1): 0.01, ("d2", 0): 0.1}
    liken = likening("What did Declan Fallon liken the noise to?", [farm, elsewhere_fallon], rated)
    assert liken(fallon, "") and not liken("Mr Fallon looked like a winner.", "")
    # Neither a count, a change over time nor "like" as a verb is a likeness.
    for told in ("More than 200 homes were flooded, Mr Fallon said.",
                 "Sales rose 5% compared with last year, Mr Fallon said.",
                 "Mr Fallon and his neighbours like the new park."):  # fmt: skip
        assert not liken(told, fallon)
    assert likening("Who did the council compare notes with?", [hit], relevance) is None
    assert likening("How did she forecast eruptions?", [hit], relevance) is None
    best = evidence_at(1, forecast, 0, 0.6)
    after = evidence_at(2, works, best.end + 1, 0.01)
    assert likened_best(asked, [best, after]) is after
    assert likened_best("What did Declan Fallon liken the noise to?", [best, after]) is after
    assert likened_best("How did she forecast eruptions?", [best, after]) is None
    said = evidence_at(2, fallon, 900, 0.01)
    assert likened_best("What did Declan Fallon liken the noise to?", [best, said]) is said
    assert likened_best(asked, [best, said]) is None
    # Not when the best likens something itself, nor by "would like to" or "anything like".
    cheap = evidence_at(1, "We bought it for less than a primary school would cost.", 0, 0.6)
    assert likened_best(asked, [cheap, after]) is None
    for told in ("She said she would like to drill again.", "I'd never seen anything like it."):
        assert likened_best(asked, [best, evidence_at(2, told, best.end + 1, 0.5)]) is None


def test_a_which_company_question_needs_a_sentence_naming_a_company():
    rig = evidence_at(1, "The well was drilled by a 45-metre rig named Sleipnir.", 0, 0.6)
    lead = evidence_at(
        2, "PALAKKAD - Deaths from snakebite in Kerala have fallen by half.", 90, 0.5
    )
    assert unnamed_company("Which company owns the Sleipnir drilling rig?", [rig, lead])
    # A name where news names companies: beside a company's word, after "-based", "by" or "at".
    for named in (
        "The rig is owned by the Oslo-based Nordhav Drilling.",
        "The contractor, Northern Surface Care, drilled the well.",
        "The rig was built by Helix Launch Systems.",
        "Tomas Varga is chief economist at Lindqvist Capital.",
        "The rig's owner, the drilling company Nordhav, said so.",
        "Equinor owns the rig, which it bought in 2019.",
        "Bharat Serums, an Indian drugmaker, owns the rig.",
    ):
        assert not unnamed_company(
            "Which company owns the rig?", [rig, evidence_at(3, named, 200, 0.5)]
        )
    # A person, a common word opening a sentence or a name the question asks with is no company.
    for unnamed in (
        "Dr Mikko Virtanen, an energy researcher, said so.",
        "Engineers have lowered the lake.",
        "Sleipnir drilled the well.",
    ):
        assert unnamed_company(
            "Which company owns the Sleipnir rig?", [rig, evidence_at(3, unnamed, 200, 0.5)]
        ), unnamed
    # Only a question for a company: "Which river ...?" is read by `unnamed`.
    assert not unnamed_company("Which river flooded the town?", [rig, lead])
    assert not unnamed_company("Which company owns the rig?", [])


def test_how_something_was_done_is_answered_by_a_sentence_telling_the_means():
    spotted = evidence_at(1, "The fossil was spotted in January by a field assistant.", 0, 0.4)
    dated = evidence_at(2, "The team dated the fossil by measuring the decay of argon.", 90, 0.2)
    asked = "How was the age of the fossil worked out?"
    assert by_means_best(asked, [spotted, dated]) is dated
    # Not below a fifth of the best, in another article, or sharing no word with the question.
    assert by_means_best(asked, [spotted, replace(dated, relevance=0.05)]) is None
    assert by_means_best(asked, [spotted, replace(dated, doc_id="other")]) is None
    other = evidence_at(2, "Crews drained the lake by digging a channel.", 90, 0.2)
    assert by_means_best(asked, [spotted, other]) is None
    # Not where the best tells a means, nor for how someone described something.
    assert by_means_best(asked, [replace(dated, relevance=0.5), spotted]) is None
    assert by_means_best("How did the curator describe the fossil?", [spotted, dated]) is None
    assert by_means_best("How old is the fossil?", [spotted, dated]) is None
    # A name or a time after "by" tells no means.
    for no_means in ("The wall was financed by Boeing.", "The wall was finished by evening."):
        told = evidence_at(2, no_means, 90, 0.2)
        assert by_means_best("How was the wall financed?", [spotted, told]) is None, no_means


def test_a_noun_asked_is_answered_by_a_sentence_giving_its_figure():
    lead = "Sargsyan set a world record, lifting 156 kilograms on her way to the European title."
    best = evidence_at(1, lead, 0, 0.43)
    total = evidence_at(2, "It gave her a total of 273 kilograms, 11 ahead of Nowicka.", 200, 0.12)
    asked = "What total did Sargsyan lift to win the European title?"
    assert holding_the_noun(asked, [best, total]) is total
    # Not a noun with no figure after it, nor when the best has the noun, nor far below it.
    religion = "The Edict reaffirmed Catholicism as the state religion of France."
    renounced = evidence_at(1, "Henry recanted Protestantism for Catholicism.", 0, 0.5)
    state = evidence_at(2, religion, 100, 0.3)
    assert holding_the_noun("What religion did Henry renounce?", [renounced, state]) is None
    totalled = evidence_at(1, lead.replace("lifting", "lifting a total of"), 0, 0.43)
    assert holding_the_noun(asked, [totalled, total]) is None
    assert holding_the_noun(asked, [best, evidence_at(2, total.sentence, 200, 0.05)]) is None
    assert holding_the_noun("What kind of lift did she make?", [best, total]) is None
    sold = evidence_at(1, "The Turner seascape sold for £2.3 million on Tuesday.", 0, 0.6)
    beat = evidence_at(2, "That beat the previous auction price of £1.5 million.", 90, 0.3)
    assert holding_the_noun("What price did the Turner seascape fetch?", [sold, beat]) is None


def test_what_someone_was_doing_is_told_by_a_sentence_of_what_they_were_doing():
    found = "The score was discovered in 2023 in the home of the composer's great-niece."
    best = evidence_at(1, found, 0, 0.4)
    clearing = evidence_at(2, "She found it while clearing rooms after a hurricane.", 90, 0.12)
    asked = "What was the great-niece doing when she came across the score?"
    assert doing_best(asked, [best, clearing]) is clearing
    # Not far below the best, nor in another article, nor for other questions.
    assert doing_best(asked, [best, evidence_at(2, clearing.sentence, 90, 0.05)]) is None
    elsewhere = evidence_at(2, clearing.sentence, 90, 0.12, doc_id="e")
    assert doing_best(asked, [best, elsewhere]) is None
    assert doing_best("Where was the score found?", [best, clearing]) is None
    hauling = evidence_at(1, "The crew were hauling nets when the storm struck.", 0, 0.4)
    returning = evidence_at(2, "A second boat capsized while returning to port.", 90, 0.12)
    assert (
        doing_best("What was the crew doing when the storm struck?", [hauling, returning]) is None
    )
    nothing = evidence_at(2, "She stood there while nothing happened.", 90, 0.12)
    assert doing_best(asked, [best, nothing]) is None


def test_who_won_a_medal_needs_a_sentence_telling_of_that_medal():
    bronze = "Yangzom became the first archer from Bhutan to win a medal, taking bronze in Antalya."
    evidence = [evidence_at(1, bronze, 0, 0.6)]
    assert unmedalled("Who won the gold medal in the women's recurve event?", evidence)
    assert not unmedalled("Who won the bronze medal in the women's recurve event?", evidence)
    record = "Her lift was one kilogram more than the previous record, set by Liang Xiaomei."
    assert unmedalled(
        "Who won the bronze medal in the 77-kilogram category?", [evidence_at(1, record, 0, 0.5)]
    )
    # Gold is told by a title or a final won, a bronze by third place.
    for told in ("Okafor won the women's final on Sunday.", "Kowalski became world champion."):
        assert not unmedalled(
            "Who won gold in the women's event?", [evidence_at(1, told, 0, 0.5)]
        ), told
    for asked, told in (
        ("Who won gold in the women's marathon?", "Kipyegon won the women's marathon."),
        ("Who won the silver medal?", "Silva was second, 0.2 seconds behind Ito."),
        ("Who won bronze in the 100 metres?", "Kerley was third in 9.88 seconds."),
        ("Who was the runner-up in the singles final?", "Alcaraz beat Djokovic in the final."),
    ):
        assert not unmedalled(asked, [evidence_at(1, told, 0, 0.5)]), told
    third = evidence_at(1, "Zuzanna Wójcik finished third.", 0, 0.5)
    assert not unmedalled("Who won bronze?", [third])

    # A title won is a gold; the women's title tells nothing of who won the men's.
    women = "Lucia Hrušovská won the women's canoe slalom world title on Sunday."
    men = "In the men's C1 final, Tomáš Belan finished fourth, 0.4 seconds from a medal."
    told = [evidence_at(1, women, 0, 0.6), evidence_at(2, men, 80, 0.4)]
    assert unmedalled("Who won the men's C1 world title?", told)
    assert not unmedalled("Who won the women's C1 world title?", told)
    hamlet = [evidence_at(1, "Paapa Essiedu played Hamlet in the 2016 production.", 0, 0.6)]
    assert not unmedalled("Who took the title role in Hamlet?", hamlet)
    assert not unmedalled(
        "Who won the men's C1 world title?", [evidence_at(1, women.replace("women", "men"), 0, 0.6)]
    )
    assert not unmedalled("Who won the race?", [evidence_at(1, record, 0, 0.5)])
    # Whoever came second: the winner's prize tells nothing of theirs.
    prize = evidence_at(1, "The title brings prize money of 30,000 euros.", 0, 0.6)
    assert unmedalled("How much prize money did the runner-up receive?", [prize])
    assert unmedalled("What did the silver medallist receive?", [prize])
    lost = evidence_at(
        1, "Tran beat Lee in the final; Lee, the runner-up, got 15,000 euros.", 0, 0.6
    )
    assert not unmedalled("How much prize money did the runner-up receive?", [lost])
    # Someone called by their place is named by a sentence on them.
    pryce = evidence_at(1, "Labour's Daniel Pryce, a councillor for Eastgate, took 17,994.", 0, 0.6)
    assert not unmedalled("Which ward does the Labour runner-up represent?", [pryce])
    assert unmedalled("Which film was runner-up for best picture?", [prize])
    assert unmedalled("Who took third place in Salt Lake City?", [evidence_at(1, record, 0, 0.5)])


def test_a_roles_age_is_of_the_holder_the_whole_role_describes():
    # "the tourism minister, Charmaine Vella, 49," holds the noun, not "the minister of lands".
    asked = "How old is the Gambian minister of lands and regional government?"
    quoted = ('"For 61 years we have told the way by the colour of a shop," said Hamat Bojang, '
              "52, the minister of lands and regional government.")  # fmt: skip
    tourism = "The rules were announced by the tourism minister, Charmaine Vella, 49, on Monday."
    bojang, vella = evidence_at(1, quoted, 0, 0.3), evidence_at(2, tourism, 200, 0.6, "e")
    hits = [passage(quoted), replace(passage(tourism), doc_id="e")]
    assert age_of(asked, [bojang, vella], hits) is bojang
    # With no holder of the whole role, one of the noun still answers, as before.
    assert age_of("How old is the minister?", [vella], hits[1:]) is vella
    # The minister's spokesman is no minister.
    named = "The minister of lands, Hamat Bojang, announced the scheme."
    spokesman = "Lamin Jallow, 34, the minister's spokesman, said the plates were blue."
    hits = [passage(named, spokesman)]
    evidence = [evidence_at(1, named, 0, 0.5), evidence_at(2, spokesman, len(named) + 1, 0.3)]
    assert age_of("How old is the minister of lands?", evidence, hits) is None
    # A holder the whole role names keeps the age given by the name alone.
    named = "The minister of lands, Hamat Bojang, announced the scheme."
    aged = "Mr Bojang, 52, said it had taken four years."
    other = "Charmaine Vella, 49, the tourism minister, said the lands ministry had not asked her."
    hits = [passage(named, aged, other)]
    evidence = [
        evidence_at(1, named, 0, 0.5),
        evidence_at(2, aged, len(named) + 1, 0.3),
        evidence_at(3, other, len(named) + len(aged) + 2, 0.35),
    ]
    assert age_of("How old is the minister of lands?", evidence, hits) is evidence[1]
