import dataclasses
import zlib

import numpy as np

from rag.attributes import (
    attribute,
    counted_unnamed,
    doer_best,
    doing_the_deed,
    first_by_origin,
    lead_then_named,
    measured_of_another,
    names_person,
    naming_all,
    naming_best,
    naming_someone,
    only_described,
    ordinals,
    unnamed,
    unnamed_beside,
    unstated_attribute,
    with_referents,
)
from rag.types import Hit
from tests.conftest import evidence_at, passage, passage_of


def test_the_attribute_is_the_noun_a_question_asks_of_something():
    assert attribute("What is the mass of Kordell-442 b?") == "mass"
    assert attribute("What is the average salary of a Saltmere dockworker?") == "salary"
    assert attribute("What is Tiago Salvaterra's weekly salary?") == "salary"
    assert attribute("What was Nimbus's revenue last year?") == "revenue"
    assert attribute("How many automated cranes does the port plan to install?") == "cranes"
    # A participle after the noun is no attribute: "the prize offered for ...".
    assert attribute("What is the prize offered for a proof?") == "prize"
    # Nouns that frame the question, which answers seldom repeat, and other forms: none.
    assert attribute("What is the name of Kim's sister?") is None
    assert attribute("What was the nationality of Ayanz?") is None
    assert attribute("How many people died in the fire?") is None
    assert attribute("When did Kim leave Pyongyang?") is None
    # A frame with a clause after it: the term is asked for, not a "use".
    assert attribute("What is the term engineers use for soil washed out of a dam?") is None
    assert attribute("What is the total cost of the project?") == "cost"


def _words(vectors: dict[str, list[float]]):
    """An embedder of words from a table; any other word gets its own direction, far from all
    the others."""

    def embed(words: list[str]) -> np.ndarray:
        rows = [
            np.array(vectors[w] + [0.0] * 62) if w in vectors else _own_direction(w) for w in words
        ]
        return np.array([r / np.linalg.norm(r) for r in rows])

    return embed


def _own_direction(word: str) -> np.ndarray:
    return np.random.default_rng(zlib.crc32(word.encode())).standard_normal(64)


def test_an_attribute_no_retrieved_passage_names_is_unstated():
    width = "The planet is about 1.4 times the width of Earth."
    evidence = [evidence_at(1, width, 0, 0.5)]
    hits = [dataclasses.replace(passage_of((width, 1.0)), doc_id="d", text=width)]
    far = _words({})
    assert unstated_attribute("What is the mass of Kordell-442 b?", hits, evidence, far)
    assert not unstated_attribute("What is the width of Kordell-442 b?", hits, evidence, far)
    # A word of the evidence close in meaning states it ("size" for "width").
    close = _words({"size": [1.0, 0.0], "width": [0.9, 0.1]})
    assert not unstated_attribute("What is the size of Kordell-442 b?", hits, evidence, close)
    # The passage holds it, though the best sentence does not: "mass" may be stated nearby.
    nearby = f"{width} Its mass is unknown."
    wider = [dataclasses.replace(hits[0], text=nearby)]
    assert not unstated_attribute("What is the mass of Kordell-442 b?", wider, evidence, far)
    # Questions of another form are never refused here, nor what something was doing.
    assert not unstated_attribute("How many people live there?", hits, evidence, far)
    assert not unstated_attribute("What was the planet doing in the image?", hits, evidence, far)


def _unstated(question: str, sentence: str) -> bool:
    """`unstated_attribute` over one sentence, its own passage, and no word close to another."""
    evidence = [evidence_at(1, sentence, 0, 0.5)]
    hits = [dataclasses.replace(passage_of((sentence, 1.0)), doc_id="d", text=sentence)]
    return unstated_attribute(question, hits, evidence, _words({}))


def test_a_post_to_fill_goes_by_any_word_for_one():
    unfilled = "There were still 312 teaching posts unfilled when term began."
    assert not _unstated("How many teaching jobs were still vacant when term began?", unfilled)
    assert _unstated("How many teaching jobs were still vacant?", "312 teachers left.")
    # "In all" says how the count is asked, not what it counts.
    assert attribute("How many buildings in all has the company agreed to move?") == "buildings"


def test_a_count_of_people_counts_those_news_counts_as_people():
    lined = "Police estimated that about 200,000 people lined the roads."
    assert not _unstated("How many spectators were there?", lined)
    assert _unstated("How many visitors were there?", "The museum employs 40 people.")
    both = "The museum, which employs 40 people, welcomed 300,000 people last year."
    assert not _unstated("How many visitors were there?", both)
    employed = "He opened a roasting unit in Accra that employed 12 people."
    assert not _unstated("How many staff did the unit have?", employed)
    # A school's pupils are not any people who turned out.
    assert _unstated("How many pupils does the school have?", lined)


def test_a_penalty_is_stated_by_a_term_in_prison_or_a_fine():
    jailed = "The law makes selling an organ punishable by up to 15 years in prison."
    fined = "Anyone caught selling an organ faces a fine of 20 million shillings."
    offenders = "Offenders can be jailed for up to 10 years."
    life = "Selling an organ is punishable by life imprisonment."
    for sentence in (jailed, fined, offenders, life):
        assert not _unstated("What is the maximum penalty for selling an organ?", sentence)
    assert _unstated("What is the penalty for selling an organ?", "The law bans selling organs.")


def test_a_job_is_stated_by_what_someone_is_called():
    driver = (
        "The drummers were led by Jorge Batista, known as Mestre Jorginho, a bus driver who sings."
    )
    assert not _unstated("What is Mestre Jorginho's day job?", driver)
    assert _unstated("What is Mestre Jorginho's day job?", "Mestre Jorginho led 260 drummers.")
    banned = "Carbofuran has been illegal to possess in the UK since 2001."
    assert _unstated("What is the maximum penalty for possessing carbofuran?", banned)
    # A trade, by what someone says they are.
    plumber = '"It would be slow, because I am a plumber, not a boat builder," Jozef said.'
    assert not _unstated("What is Jozef's trade?", plumber)
    assert _unstated("What is Jozef's trade?", "Jozef built the boat in his garage.")
    assert _unstated("What is Jozef's trade?", "At 10 am a van arrived at Jozef's workshop.")


def test_a_position_is_stated_by_what_someone_is():
    far = _words({})
    gunner = "Sgt Breckon was the rear gunner in a seven-man crew."
    hits = [dataclasses.replace(passage_of((gunner, 1.0)), doc_id="d", text=gunner)]
    evidence = [evidence_at(1, gunner, 0, 0.5)]
    assert not unstated_attribute("What was Breckon's position in the crew?", hits, evidence, far)
    took = "Sgt Breckon took off from Kirmington in May 1944."
    hits = [dataclasses.replace(passage_of((took, 1.0)), doc_id="d", text=took)]
    evidence = [evidence_at(1, took, 0, 0.5)]
    assert unstated_attribute("What was Breckon's position in the crew?", hits, evidence, far)


def test_a_property_given_by_its_value_is_stated_by_the_value():
    costing = "A new urgent treatment centre, costing £9.2 million, is due to open in October."
    assert not _unstated("What is the price tag of the new urgent treatment centre?", costing)
    losses = "The department estimated crop losses at 84 million euros."
    assert not _unstated("What is the estimated value of the crops destroyed?", losses)
    orbit = "It was placed into a sun-synchronous orbit at an altitude of 540 kilometres."
    assert not _unstated("What is the elevation of the satellite's orbit?", orbit)
    repairs = "The authority estimated the cost of the repairs at about £180,000."
    assert not _unstated("What is the estimated bill for the repairs?", repairs)
    assert _unstated("What is the estimated bill for the repairs?", orbit)
    # A count in millions is no sum of money, nor is a sum the value of an unvalued property.
    households = "The increase would hit the 3.3 million households with a mortgage."
    assert _unstated("What is the value of the average home?", households)
    assert _unstated("What is the height of the urgent treatment centre?", costing)


def test_who_he_or_she_is_the_sentence_before_says():
    arrived = "Mr Putin arrived in the far eastern city of Vladivostok on Monday."
    scheduled = "He is scheduled to attend the plenary session of the forum on Wednesday."
    before = evidence_at(1, arrived, 0, 0.06)
    best = evidence_at(2, scheduled, len(arrived) + 1, 0.95)
    asked = "Who is scheduled to attend the plenary session of the forum?"
    assert not unnamed(asked, [best, before])
    assert unnamed(asked, [best])
    assert with_referents(asked, [best], [best, before]) == [best, before]
    # Only for a question asking who, and a sentence before that names someone.
    assert with_referents("When will he attend?", [best], [best, before]) == [best]
    opened = "The forum opened on Monday."
    unnamed_before = evidence_at(1, opened, 0, 0.06)
    after = evidence_at(2, scheduled, len(opened) + 1, 0.95)
    assert with_referents(asked, [after], [after, unnamed_before]) == [after]
    assert unnamed(asked, [after, unnamed_before])
    # "He’s" is "He is".
    contracted = dataclasses.replace(best, sentence=scheduled.replace("He is", "He’s"))
    assert with_referents(asked, [contracted], [contracted, before]) == [contracted, before]
    far = evidence_at(1, arrived, 0, 0.06)
    apart = dataclasses.replace(best, start=len(arrived) + 200, end=len(arrived) + 260)
    assert with_referents(asked, [apart], [apart, far]) == [apart]
    assert unnamed(asked, [apart, far])
    # A sentence that names someone answers itself.
    accompanied = dataclasses.replace(best, sentence="He was accompanied by the Foreign Minister.")
    asked = "Who accompanied Mr Putin?"
    assert with_referents(asked, [accompanied], [accompanied, before]) == [accompanied]


def test_a_question_asking_for_a_name_needs_evidence_that_names_someone():
    girl = evidence_at(1, "A seven-year-old girl was pulled alive from the ruins.", 0, 0.6)
    named = evidence_at(2, "Rescuers named the girl as Mira Castell.", 60, 0.5)
    asked = "What is the name of the girl rescued in Pietrasanta?"
    assert unnamed(asked, [girl])
    assert not unnamed(asked, [girl, named])
    # Whoever said something may be described, not named; not by a pronoun.
    offer = "Mr Kim could offer artillery rounds from its stockpile, military analysts said."
    suggested = "Who suggested that Kim might offer Russia artillery rounds?"
    assert not unnamed(suggested, [evidence_at(1, offer, 0, 0.4)])
    he = evidence_at(1, offer.replace("military analysts", "he"), 0, 0.4)
    assert unnamed(suggested, [he])
    assert unnamed("Who will sell Kim artillery rounds?", [evidence_at(1, offer, 0, 0.4)])
    # Only for a verb of saying, and a sentence on what was said.
    claimed = "The jackpot was claimed by a ticket holder in the north, the operator said."
    assert unnamed("Who claimed the jackpot?", [evidence_at(1, claimed, 0, 0.4)])
    # A deed told in the passive names its doers, named or not, but not one left unknown.
    built = evidence_at(
        1, "The church was built in 1944 by volunteers, most of them miners.", 0, 0.4
    )
    assert not unnamed("Who built the church in 1944?", [built])
    assert unnamed("Who designed the church in 1944?", [built])
    assert unnamed(
        "Who built the church in 1944?", [evidence_at(1, "It was built in 1944.", 0, 0.4)]
    )
    slogan = "The slogan was thought up for the campaign, organisers said."
    assert unnamed("Who thought up the slogan for the campaign?", [evidence_at(1, slogan, 0, 0.4)])
    other = evidence_at(1, "Prices will rise next year, analysts said.", 0, 0.4)
    assert unnamed(suggested, [other])
    assert unnamed("What was the rescued girl's name?", [girl])
    # Those named after an honorific name no place "Where ...?" asks for.
    met = "It will be Mr Kim's second summit with Mr Putin, after they met in 2019."
    assert unnamed("Where was the pair's 2019 meeting held?", [evidence_at(1, met, 0, 0.5)])
    there = "Mr Kim and Mr Putin met in Vladivostok in 2019."
    assert not unnamed("Where was the pair's 2019 meeting held?", [evidence_at(1, there, 0, 0.5)])
    # A sponsor is named, as a company is.
    left = "Several sponsors have left the Iditarod in the past decade."
    assert unnamed("Which sponsor pulled out of the Iditarod?", [evidence_at(1, left, 0, 0.5)])
    # A place the sentence puts something in does not name a thing asked for by its name.
    runs = evidence_at(1, "Anna Zurbriggen has run a guesthouse in Zenbach for 31 years.", 0, 0.8)
    assert unnamed("What is the name of Anna Zurbriggen's guesthouse?", [runs])
    assert not unnamed("What is the name of the village where Anna Zurbriggen lives?", [runs])
    isle = evidence_at(
        1, "Akemi Uehara, 58, who has run a diving shop on Ishigaki, said so.", 0, 0.8
    )
    assert unnamed("What is the name of Akemi Uehara's diving shop?", [isle])
    house = evidence_at(
        1, "Khadija Bennani, who has run a house for 140 girls in Azilal town, said so.", 0, 0.8
    )
    assert unnamed(
        "What is the name of the association that runs Khadija Bennani's house?", [house]
    )
    # "Where was it hidden?" asks for a spot, which a sentence gives without a name.
    raided = "In August officers raided a farm and found horns hidden beneath frozen chicken."
    hidden = "Where were the horns hidden when police searched the farm?"
    assert not unnamed(hidden, [evidence_at(1, raided, 0, 0.8)])
    assert unnamed(hidden, [evidence_at(1, raided.replace("hidden beneath", "and"), 0, 0.8)])
    # Nor does a month, even opening a quotation.
    september = evidence_at(1, "“Every September fathers come to my door,” she said.", 0, 0.8)
    assert unnamed("What is the name of the association that runs the house?", [september])
    assert unnamed("Who runs the house?", [september])
    # A work's title is its name; someone's title is not.
    novelist = evidence_at(1, "The novelist Kunle Adewale said libraries were starved.", 0, 0.8)
    assert unnamed("What is the title of Kunle Adewale's most recent novel?", [novelist])
    assert not unnamed("What is the title of Kunle Adewale's friend?", [novelist])
    author = evidence_at(
        1, "The author of the report, a professor at the university, said so.", 0, 0.8
    )
    for person in ("the author of the report", "the woman leading the study"):
        assert not unnamed(f"What is the title of {person}?", [author]), person
    titled = evidence_at(1, "Adewale's latest novel, The Quiet Shelf, sold well.", 0, 0.8)
    assert not unnamed("What is the title of Kunle Adewale's most recent novel?", [titled])
    # Nor does the owner the question names, a day, or a sentence far below that names
    # something else of the article.
    owns = evidence_at(1, "Zurbriggen has run a guesthouse for 31 years.", 0, 0.8)
    assert unnamed("What is the name of Anna Zurbriggen's guesthouse?", [owns])
    alpenrose = evidence_at(1, "Zurbriggen runs the Alpenrose guesthouse.", 0, 0.8)
    assert not unnamed("What is the name of Anna Zurbriggen's guesthouse?", [alpenrose])
    voted = evidence_at(1, "The council's cabinet voted 7-2 on Tuesday.", 0, 0.8)
    assert unnamed("Which political party runs the council?", [voted])
    boat = evidence_at(2, "She rowed in a 7.3-metre boat called Kittiwake.", 90, 0.1)
    capsized = evidence_at(1, "On day 23 a wave capsized the boat.", 0, 0.6)
    assert unnamed("What is the name of Mrs Hale's boat?", [capsized])
    assert not unnamed("What is the name of Mrs Hale's boat?", [capsized, boat])
    drug = evidence_at(2, "The drug, called Halvera, is given weekly.", 90, 0.1)
    earlier = "What was the name of the earlier experimental drug that failed?"
    assert unnamed(earlier, [capsized, drug])
    # "Who ...?" and "Where ...?" ask for a name too.
    assert unnamed("Who pulled the girl from the ruins?", [girl])
    assert not unnamed("Who pulled the girl from the ruins?", [girl, named])
    met = evidence_at(1, "It will be his second summit with Mr Putin, after they met abroad.", 0, 1)
    assert unnamed("Where did Kim and Putin meet?", [met])
    # Other questions, and a name rated far below the best, are not this rule's to judge.
    assert not unnamed("How old is the girl?", [girl])
    assert unnamed(asked, [girl, evidence_at(2, named.sentence, 60, 0.1)])
    # "Which supplier ...?" asks for a body news names.
    fine = evidence_at(1, "The penalty exceeds one levied on a vaccine supplier in 2017.", 0, 0.9)
    assert unnamed("Which vaccine supplier was fined in 2017?", [fine])
    named = evidence_at(1, fine.sentence.replace("a vaccine supplier", "Vaxora"), 0, 0.9)
    assert not unnamed("Which vaccine supplier was fined in 2017?", [named])
    assert not unnamed("Which vaccine was approved in 2017?", [fine])
    assert not unnamed("What company policy did the manager break?", [fine])
    sale = evidence_at(1, "The record was set in 2015 for a 13th-century Bible.", 0, 0.9)
    assert unnamed("Which auction house sold the 13th-century Bible in 2015?", [sale])
    # Nor does the place a sentence puts it at, though a place answers for a city.
    london = evidence_at(1, "The record was paid in London in 2006.", 0, 0.9)
    assert unnamed("Which auction house sold the record-setting book in 2006?", [london])
    assert not unnamed("Which city saw the record set in 2006?", [london])
    christies = evidence_at(1, "It was sold at Christie's in New York.", 0, 0.9)
    assert not unnamed("Which auction house sold the First Folio?", [christies])
    share = evidence_at(1, "Some 40% of companies were fined.", 0, 0.9)
    assert not unnamed("What percentage of companies were fined?", [share])
    # Several of a kind are asked for as one is.
    further = evidence_at(1, "The trust plans to add two further community hospitals.", 0, 0.9)
    assert unnamed("Which two community hospitals could be added?", [further])
    drone = evidence_at(1, "The pilot kept searching with his own drone.", 0, 0.9)
    assert unnamed("What brand of drone did the pilot use?", [drone])
    assert not unnamed("What kind of drone did the pilot use?", [drone])
    upper = evidence_at(1, "The bill was rejected by the upper house.", 0, 0.9)
    assert not unnamed("Which house rejected the bill?", [upper])
    # A name that opens a sentence is one where the passages capitalise it inside one.
    labour = "Labour won 412 seats."
    hits = [passage(labour, "The labour market is tight, and the Labour leader spoke.")]
    assert not unnamed("Which party won the most seats?", [evidence_at(1, labour, 0, 1)], hits)
    # A word that opens a sentence names nothing unless the passages capitalise it inside one;
    # a name that opens one still does.
    said = "Local businesses embraced the drama, with a bakery selling biscuits."
    bakery = evidence_at(1, said, 0, 0.7)
    hits = [passage(said, "A local radio station broadcast updates.")]
    asked = "What is the name of the bakery that sold biscuits?"
    assert unnamed(asked, [bakery], hits)
    assert unnamed(asked, [bakery], [passage(said)])
    hits = [passage(said.replace("Local", "Hollins"), "The bakery is in Hollins village.")]
    assert not unnamed(asked, [evidence_at(1, hits[0].sentences[0].text, 0, 0.7)], hits)
    # A pronoun that opens a sentence names nothing either.
    rescued = "Nobody was killed, but a 71-year-old man was rescued from his car."
    asked = "What is the name of the 71-year-old man rescued from his car?"
    assert unnamed(asked, [evidence_at(1, rescued, 0, 0.7)], [passage(rescued)])
    named = rescued.replace("Nobody", "Sean Kelly")
    assert not unnamed(asked, [evidence_at(1, named, 0, 0.7)], [passage(named)])
    # A nationality describing a noun names nobody who did anything.
    swims = "The first crossing to the Scottish coast was in 1947, the federation said."
    coast = evidence_at(1, swims, 0, 0.8)
    assert unnamed("Who made the first recorded crossing?", [coast])
    assert not unnamed("Where does the crossing end?", [coast])
    hewitt = evidence_at(1, "It beat a record set by Canadian swimmer Lorraine Hewitt.", 0, 0.8)
    assert not unnamed("Who held the record before?", [hewitt])
    # People who act, and a name that is a nationality too, still answer "who".
    for sentence in ("The French side won 3-1.", "Ms Welsh said she was delighted."):
        assert not unnamed("Who won the final?", [evidence_at(1, sentence, 0, 0.8)]), sentence


def test_a_question_for_a_persons_name_needs_a_sentence_near_the_best_naming_a_person():
    asked = "What is the name of the South Korean official who spoke to reporters?"
    quoted = "“We hope Russia will act responsibly at the UN Security Council,” an official said."
    assert unnamed(asked, [evidence_at(1, quoted, 0, 0.7)], [passage(quoted)])
    # Any capitalised name answers a question for a body or a place, not for a person.
    assert not unnamed("Where did the official speak?", [evidence_at(1, quoted, 0, 0.7)])
    # "Who ..., by name?" and "Who specifically ...?" ask for a person too.
    urged = "On Monday, Washington urged Pyongyang to abide by its promise."
    told = [evidence_at(1, urged, 0, 0.7)]
    assert unnamed("Who specifically in Washington told the North to keep its promise?", told)
    assert unnamed("Who, by name, urged Pyongyang to keep its promise?", told)
    assert not unnamed("Who urged Pyongyang to keep its promise?", told)
    for named in ("said Lee Jin-woo, a presidential official.", "Mr Lee said so.",
                  "Defence Minister Sergei Shoigu said so.", "said prosecutor Andrew Kerr KC."):  # fmt: skip
        assert names_person(named, asked), named
        assert not unnamed(asked, [evidence_at(1, named, 0, 0.7)], [passage(named)]), named
    for unnamed_text in ("The channel Rossiya 1 showed it.", "It met the Halvorsen Line.",
                         "A South Korean official spoke.", "The Foreign Minister spoke."):  # fmt: skip
        assert not names_person(unnamed_text, asked), unnamed_text
    for named in ("South Korea's Lee Jin-woo said so.", "On Monday Lee Jin-woo said so.",
                  "US Secretary of State Antony Blinken said so.", "Ron DeSantis said so."):  # fmt: skip
        assert names_person(named, asked), named
    for body in ("The UN Security Council met.", "North Korea met.", "It met the Halvorsen Line."):
        assert not names_person(body, asked), body
    # A question about something else of a person's asks for no person.
    club = [evidence_at(1, "He joined Manchester United in 2019.", 0, 0.7)]
    assert not unnamed("What is the name of the player's club?", club)
    school = [evidence_at(1, "She taught at Oakfield Primary School.", 0, 0.7)]
    assert not unnamed("What is the name of the school where the teacher worked?", school)
    # Nor does a name the question holds, nor "Mr Kim's" of "... who travelled with Kim?".
    minister = "What is the name of North Korea's Foreign Minister who travelled with Kim?"
    assert not names_person("Mr Kim’s arrival was reported by Rossiya 1.", minister)
    # Nor someone named with another word of a name it holds, nor given another title.
    for other in ("North Korean leader Kim Jong Un arrived.",
                  "He met Russian President Vladimir Putin.",
                  "He toured it with Russian Defence Minister Sergei Shoigu."):  # fmt: skip
        assert not names_person(other, minister), other
    for holder in ("He met Foreign Minister Choe Son Hui.", "He met Minister Choe Son Hui.",
                   "Choe Son Hui travelled with him."):  # fmt: skip
        assert names_person(holder, minister), holder
    # "Which Russian minister ...?" asks for a person; "What percentage of girls ...?" does not.
    toured = "Which Russian minister got a tour of an arms exhibition?"
    assert unnamed(toured, [evidence_at(1, "The Russian minister got a tour.", 0, 0.7)])
    share = "What percentage of girls got enough sleep?"
    assert not unnamed(share, [evidence_at(1, "Only 17% of girls did.", 0, 0.7)])
    # A place a sentence puts something at, or a memorial, names no one.
    pilot = "What was the name of the German pilot who shot down the Lancaster?"
    for place in (
        "It crashed in flames near Ter Weide.",
        "It is carved on the Air Forces Memorial.",
    ):
        assert not names_person(place, pilot), place
    assert names_person("It was shot down by Heinz Rolf near Ter Weide.", pilot)
    # A place does not answer "Whom ...?" as it answers "Where ...?"; a named body does.
    stolen = [evidence_at(1, "The car had been stolen in Wigan.", 0, 0.7)]
    assert unnamed("From whom was the car stolen?", stolen)
    assert not unnamed("Where was the car stolen?", stolen)
    dealer = [evidence_at(1, "The car had been stolen from Wigan Motors in May.", 0, 0.7)]
    assert not unnamed("From whom was the car stolen?", dealer)
    staff = [evidence_at(1, "The pair burst into Hesketh Moss Post Office.", 0, 0.7)]
    assert unnamed("What are the names of the two part-time staff at the post office?", staff)
    # A title capitalised, and a word of time before the verb, still ask for a person.
    rossiya = evidence_at(1, "Mr Kim’s arrival was reported by Rossiya 1.", 0, 0.7)
    assert unnamed(minister, [rossiya])
    talks = evidence_at(1, "US officials said arms talks were advancing.", 0, 0.7)
    assert unnamed("Which US official first said the visit was imminent?", [talks])
    # A body's official, a present-tense verb and "Who is the ... of ...?" ask for one too.
    union = evidence_at(1, "The National Farmers' Union said members were worried.", 0, 0.7)
    assert unnamed("Which National Farmers' Union official raised concerns?", [union])
    cabinet = evidence_at(1, "Corrindale County Council's cabinet approved the cuts.", 0, 0.7)
    assert unnamed("Which councillor holds the transport brief?", [cabinet])
    school = evidence_at(1, "Pupils of Kellerby High School took it to County Hall.", 0, 0.7)
    assert unnamed("Who is the headteacher of Kellerby High School?", [school])
    head = evidence_at(1, "Its headteacher, Mr Jonas Reid, said so.", 0, 0.7)
    assert not unnamed("Who is the headteacher of Kellerby High School?", [head])
    councillor = evidence_at(1, "County Councillor Jonas Reid said so.", 0, 0.7)
    assert not unnamed("Which councillor holds the transport brief?", [councillor])
    # What happened to someone asks for no one's name.
    bail = evidence_at(1, "The driver was released on bail.", 0, 0.7)
    assert not unnamed("What happened to the driver arrested after the crash?", [bail])


def test_a_number_or_date_of_a_named_thing_needs_a_best_sentence_that_names_it():
    planes = [evidence_at(1, "Spain sent four Canadair planes on Tuesday.", 0, 0.6)]
    assert measured_of_another("How many Canadair planes does Portugal own?", [], planes)
    assert measured_of_another("When did Portugal send Canadair planes?", [], planes)
    # A time of day likewise, and of one of a series the question numbers.
    shocks = [evidence_at(1, "Three aftershocks were recorded overnight, at 1.12am and 3.40am.",
                          0, 0.6)]  # fmt: skip
    asked = "At what time was the first of the three aftershocks recorded?"
    assert measured_of_another(asked, [], shocks)
    first = [evidence_at(1, "The first of three aftershocks was recorded at 1.12am.", 0, 0.6)]
    assert not measured_of_another(asked, [], first)
    # Unless the article's opening gives that one of the series, with the same noun: the whole
    # article is of it. Not for a sentence on another period.
    lead = "Detentions at a school that banned phones fell, a study of the first year of the ban found."
    fell = "Researchers found that detentions fell from 6,212 to 3,058, a drop of 51%."
    yearly = "The school hands out about 6,000 detentions a week."
    pouches = "Pupils lock their phones in pouches."
    hits = [passage(lead, pouches, fell, yearly)]
    asked = "By what percentage did detentions drop in the first year of the ban?"
    dropped = [evidence_at(3, fell, hits[0].sentences[2].start, 0.6)]
    assert not measured_of_another(asked, hits, dropped)
    assert measured_of_another(asked.replace("first", "second"), hits, dropped)
    weekly = [evidence_at(4, yearly, hits[0].sentences[3].start, 0.6)]
    assert measured_of_another("How many detentions were given in the first year?", hits, weekly)
    halved = [evidence_at(3, "Detentions fell by half.", hits[0].sentences[2].start, 0.6)]
    assert not measured_of_another(asked, [passage(lead, pouches, halved[0].sentence)], halved)
    unframed = [passage("Detentions at a school that banned phones fell.", pouches, fell, yearly)]
    assert measured_of_another(asked, unframed, dropped)
    pupils = [passage("A study of first-year pupils found detentions fell.", pouches, fell, yearly)]
    assert measured_of_another(asked, pupils, dropped)
    owned = [evidence_at(1, "Portugal owns six Canadair planes.", 0, 0.6)]
    assert not measured_of_another("How many Canadair planes does Portugal own?", [], owned)
    # The clause that tells apart whom an age question asks of is told elsewhere.
    driver = [evidence_at(1, "Among them was Tom Reid, an 83-year-old retired bus driver.", 0, 0.6)]
    asked = "How old is the retired bus driver who had a long wait in A&E?"
    assert not measured_of_another(asked, [], driver)
    assert measured_of_another("How many retired bus drivers waited in A&E?", [], driver)
    # A sentence may call it by the kind of thing its article introduces it as.
    lead = "Skyrona Regional, a Portuguese regional airline, reported a loss."
    stake = "Speculation about the airline's future grew as Iberwing built a 14.9 per cent stake."
    cut = "It will cut 340 jobs."
    hits = [passage(lead, cut, stake)]
    held = [evidence_at(3, stake, hits[0].sentences[2].start, 0.6)]
    assert not measured_of_another("How big a stake does Iberwing hold in Skyrona?", hits, held)
    assert measured_of_another("How big a stake does Iberwing hold in Nimbus?", hits, held)
    # Or by the word for a body, in an article whose title names it.
    bought = "Gerd Brenner, whose father Otto bought the club in 1979, said so."
    sale = [passage(bought, title="Estmoor Rovers sold to Tarqin businessman")]
    club = [evidence_at(1, bought, 0, 0.6)]
    assert not measured_of_another("When did Otto Brenner buy Estmoor?", sale, club)
    assert measured_of_another("When did Otto Brenner buy Dunmere?", sale, club)
    untitled = [passage(bought, title="A family sells its football club")]
    assert measured_of_another("When did Otto Brenner buy Estmoor?", untitled, club)
    # Or not at all where its article's title names it, but for a sentence that names another
    # name of the title, or another country.
    talks = "She will begin formal talks with the Greens on Wednesday."
    begin = [evidence_at(1, talks, 0, 0.6)]
    asked = "Which day will the Social Democrats open talks with the Greens?"
    assert not measured_of_another(asked, [passage(talks, title="Social Democrats win")], begin)
    assert measured_of_another(asked, [passage(talks, title="Greens gain seats")], begin)
    staff = "Nimbus employs about 17,000 people."
    bid = [passage(staff, title="Nimbus to buy Quartzline")]
    employ = [evidence_at(1, staff, 0, 0.6)]
    assert measured_of_another("How many people does Quartzline employ?", bid, employ)
    won = "The Conservatives won 41 seats."
    elected = [passage(won, title="Social Democrats win Lindavia election")]
    conservatives = [evidence_at(1, won, 0, 0.6)]
    assert measured_of_another(
        "How many seats did the Social Democrats win?", elected, conservatives
    )
    assert not measured_of_another("How many people does Nimbus employ?", bid, employ)
    # What describes the name in the title, and a people's adjective, name no other body.
    saved = "One of Yorkshire's last mills has been rescued by an Italian group, saving 118 jobs."
    rescued = [passage(saved, title="Italian group rescues Yorkshire's Calderbrook Mill")]
    jobs = [evidence_at(1, saved, 0, 0.6)]
    assert not measured_of_another("How many jobs were saved at Calderbrook Mill?", rescued, jobs)
    # But a name after it in a headline in title case does, as a place does.
    quartzline = "Quartzline employs about 900 people."
    told = [evidence_at(1, quartzline, 0, 0.6)]
    headline = [passage(quartzline, title="Nimbus To Buy Quartzline")]
    assert measured_of_another("How many people does Nimbus employ?", headline, told)
    georgia = "Georgia employs about 17,000 people."
    plant = [passage(georgia, title="Nimbus to open plant in Georgia")]
    counted = [evidence_at(1, georgia, 0, 0.6)]
    assert measured_of_another("How many people does Nimbus employ?", plant, counted)
    fire = [passage(planes[0].sentence, title="Wildfire in Portugal kills nine")]
    assert measured_of_another("How many Canadair planes does Portugal own?", fire, planes)
    # A title listing the country with another is about both: a sentence naming neither tells
    # of them together.
    shipped = "His winery shipped about 214,000 bottles of counterfeit wine."
    bottles = [evidence_at(1, shipped, 0, 0.6)]
    sold = "How many of the bottles were sold to buyers in Brazil?"
    both = [passage(shipped, title="Winery owner jailed for selling fake wine in China and Brazil")]
    assert measured_of_another(sold, both, bottles)
    brazil = [passage(shipped, title="Winery owner jailed for selling fake wine in Brazil")]
    assert not measured_of_another(sold, brazil, bottles)
    listed = "Winery owner jailed for selling fake wine in China, India, and Brazil"
    assert measured_of_another(sold, [passage(shipped, title=listed)], bottles)
    # A sentence that opens with a country is about it, not about the reserve the one before
    # names.
    reserve = "The leopard most likely came from the Aksu-Zhabagly reserve."
    kazakhstan = "Kazakhstan is thought to have about 200 snow leopards."
    hits = [passage(reserve, kazakhstan)]
    counted = [evidence_at(2, kazakhstan, hits[0].sentences[1].start, 0.6)]
    assert measured_of_another(
        "How many snow leopards live in the Aksu-Zhabagly reserve?", hits, counted
    )
    assert not measured_of_another("How many snow leopards live in Kazakhstan?", hits, counted)
    # A sentence that puts its number in another place is about that place, whatever the one
    # before names; not a month, nor a country's city for the country asked of.
    plans = "Mishwar plans to start in Riyadh next year, and in Casablanca in 2028."
    office = "It will open a regional office in Riyadh with about 300 staff."
    hits = [passage(plans, office, title="Mishwar raises $140 million")]
    staff = [evidence_at(2, office, hits[0].sentences[1].start, 0.6)]
    assert measured_of_another("How many staff will Mishwar hire in Casablanca?", hits, staff)
    assert not measured_of_another("How many staff will Mishwar hire in Riyadh?", hits, staff)
    assert not measured_of_another("How many staff will Mishwar hire in Saudi Arabia?", hits, staff)
    for hired in ("It hired about 300 staff in March.", "It will hire 300 staff at Christmas.",
                  "It will hire 300 staff who speak in English.",
                  "It will hire 300 staff, as in Roman times."):  # fmt: skip
        hits = [passage(plans, hired, title="Mishwar raises $140 million")]
        told = [evidence_at(2, hired, hits[0].sentences[1].start, 0.6)]
        asked = "How many staff did Mishwar hire in Casablanca?"
        assert not measured_of_another(asked, hits, told), hired
    opening = "In Riyadh, it will open a regional office with about 300 staff."
    hits = [passage(plans, opening, title="Mishwar raises $140 million")]
    told = [evidence_at(2, opening, hits[0].sentences[1].start, 0.6)]
    assert measured_of_another("How many staff will Mishwar hire in Casablanca?", hits, told)
    # A country's name inside a longer name names no country: the article on the Tour du
    # Rwanda may name Spain's riders.
    calendar = "The race, won by a Spanish team in 2019, has been on the calendar since 2009."
    race = [passage(calendar, title="Rwandan teenager wins the Tour du Rwanda")]
    since = [evidence_at(1, calendar, 0, 0.6)]
    asked = "Since when has the Tour du Rwanda been on the calendar?"
    assert not measured_of_another(asked, race, since)
    assert measured_of_another("Since when has Rwanda had a calendar?", race, since)
    # A title may name it by the kind of thing the article introduces it as.
    town = "Yamasato, a farming town of about 6,800 people, has seen 41 bears."
    closed = "Police patrols were stepped up."
    school = "The primary school, which has 214 pupils, is due to reopen on Monday."
    pupils = [evidence_at(3, school, len(town) + len(closed) + 2, 0.6)]
    shuts = [passage(town, closed, school, title="Japanese town shuts school after bear attacks")]
    asked = "How many pupils attend Yamasato's primary school?"
    assert not measured_of_another(asked, shuts, pupils)
    assert measured_of_another("How many pupils attend Kitakami's primary school?", shuts, pupils)
    bears = [passage(town, closed, school, title="Bears are seen more often in Japan")]
    assert measured_of_another(asked, bears, pupils)
    # A country the title names in another form: its people, or its adjective.
    due = "The next parliamentary election is due in October 2026."
    riga = [passage(due, title="Latvian parliament approves coalition")]
    vote = [evidence_at(1, due, 0, 0.6)]
    assert not measured_of_another("When do Latvians next vote in an election?", riga, vote)
    assert measured_of_another("When do Estonians next vote in an election?", riga, vote)
    # Or by the last word of its name, unless the article ends another name with it too.
    funded = "The trip was funded by the Halvorsen Ocean Trust and the University of Hallow."
    found = "Divers found a new fish."
    paid = "It cost 6.8 million crowns, of which the trust provided 5 million."
    hits = [passage(funded, found, paid)]
    provided = [evidence_at(3, paid, hits[0].sentences[2].start, 0.6)]
    assert not measured_of_another("How much did the Halvorsen Trust give?", hits, provided)
    rival = [passage(funded, found, paid, "The Marsh Trust gave nothing.")]
    assert measured_of_another("How much did the Halvorsen Trust give?", rival, provided)
    # A sentence opening "It ..." is read with the one before it too, back to one that names
    # the trust: that is the trust meant, whatever trust the article names later.
    found = "It found a new fish."
    chained = [passage(funded, found, paid, "The Marsh Trust gave nothing.")]
    provided = [evidence_at(3, paid, chained[0].sentences[2].start, 0.6)]
    assert not measured_of_another("How much did the Halvorsen Trust give?", chained, provided)
    # A lead may describe it by the words its name ends with before naming it; words of
    # several are read after "a" too, one alone only after "the".
    lead = "A colliery band from a pit village has won the title for the first time since 1973."
    named = "Haverleigh Colliery Band beat Ravensworth Silver Band and 18 other bands."
    bands = [passage(lead, named)]
    won = [evidence_at(1, lead, 0, 0.6)]
    assert not measured_of_another("When did Haverleigh Colliery Band last win?", bands, won)
    lead = "A band from a pit village has won the title for the first time since 1973."
    won = [evidence_at(1, lead, 0, 0.6)]
    bands = [passage(lead, "The contest was held in Cheltenham.", named)]
    assert measured_of_another("When did Haverleigh Colliery Band last win?", bands, won)
    # ... though a lead that introduces its subject unnamed is about whom the sentence right
    # after it names (`_lead_of_the_named`).
    assert not measured_of_another(
        "When did Haverleigh Colliery Band last win?", [passage(lead, named)], won
    )
    # A clause joined after the number's names no more of what it counts.
    closed = "It will close its office in Warsaw, which employs 35 people, and move work to Lisbon."
    office = [evidence_at(1, closed, 0, 0.6)]
    assert measured_of_another("How many people work at the Lisbon office?", [], office)
    assert not measured_of_another("How many people work at the Warsaw office?", [], office)
    grant = "It was funded by Halden, with a grant of £24 million, and by the Wellcome Trust."
    funded = [evidence_at(1, grant, 0, 0.6)]
    assert measured_of_another("How much did the Wellcome Trust give?", [], funded)
    assert not measured_of_another("How much did Halden give?", [], funded)
    # Nor do the examples of a whole it counts, "one" of which is no number of their own.
    orders = "The firm has orders for 40,000 tiles, including one from the city of Ronda."
    ordered = [evidence_at(1, orders, 0, 0.6)]
    assert measured_of_another("How many tiles has Ronda ordered?", [], ordered)
    ticket = [evidence_at(1, "A Glastonbury ticket costs £373.50, including VAT.", 0, 0.6)]
    assert not measured_of_another("How much is a Glastonbury ticket including VAT?", [], ticket)
    counted = "The firm has 40,000 orders, including 900 from the city of Ronda."
    assert not measured_of_another(
        "How many tiles has Ronda ordered?", [], [evidence_at(1, counted, 0, 0.6)]
    )
    # Nor a list's last item, and a date is of the whole sentence.
    sent = "It sent 35 staff to Berlin, Porto, and northern Spain."
    staff = [evidence_at(1, sent, 0, 0.6)]
    assert not measured_of_another("How many staff went to Spain?", [], staff)
    led = "In 1562, Ribault led an expedition, and founded an outpost in South Carolina."
    expedition = [evidence_at(1, led, 0, 0.6)]
    assert not measured_of_another("When did Ribault reach South Carolina?", [], expedition)
    # Whoever opens the sentences before "He said ..." is no body the number is of.
    said = [
        "GP Tom Whitlow said the obstacle was practical.",
        "“Parents aren't against vaccines,” he said.",
        "“They come when they can.”",
        "He said 78 per cent of children had both doses.",
    ]
    hits = [passage(*said, title="Brackenfield measles outbreak")]
    doses = [evidence_at(4, said[3], hits[0].sentences[3].start, 0.6)]
    asked = "What share of Brackenfield children had both doses?"
    assert not measured_of_another(asked, hits, doses)
    # Or, for the place its article is datelined, by "here".
    opening = "A beach last August.\n\nBRIGHTHAVEN, England, Feb 22 – Councillors voted on a levy."
    here = '"The 290,000 people who live here pay the bill," the council leader said.'
    leader = "Council leader Sunita Nandakumar backed it."
    dated = [passage(opening, leader, here)]
    live = [evidence_at(3, here, dated[0].sentences[2].start, 0.6)]
    asked = "How many people live in Brighthaven?"
    assert not measured_of_another(asked, dated, live)
    assert measured_of_another("How many people live in Saltmarsh?", dated, live)
    undated = [passage(opening.replace("BRIGHTHAVEN, England", "Last week"), leader, here)]
    assert measured_of_another(asked, undated, live)
    # Another city named is not the one datelined.
    leeds = here.replace("live here", "live in the city of Leeds")
    elsewhere = [evidence_at(3, leeds, dated[0].sentences[2].start, 0.6)]
    assert measured_of_another(asked, [passage(opening, leader, leeds)], elsewhere)
    # Or by the kind its lead introduces it as before naming it, which its title names too.
    led = [
        "A cricket team from a Devon village has won the trophy.",
        "Little Hembury, from near Honiton, beat Grayholme by four wickets.",
        "The star was Ollie Venn, who opens the batting for the village.",
        "He scored 94 before he was out with 19 runs still needed.",
    ]
    asked = "How many runs did Little Hembury still need when Venn was out?"
    for title, another in (("Devon village wins trophy", False), ("Teenager stars in final", True)):
        hits = [passage(*led, title=title)]
        needed = [evidence_at(4, led[3], hits[0].sentences[3].start, 0.6)]
        assert measured_of_another(asked, hits, needed) is another, title
    # Only a kind the lead's subject introduces, not one after its verb.
    final = ["A Devon village side reached a national final.", *led[1:3],
             "He scored 94 in the final before he was out with 19 runs still needed."]  # fmt: skip
    hits = [passage(*final, title="Devon village side reach national final")]
    needed = [evidence_at(4, final[3], hits[0].sentences[3].start, 0.6)]
    assert measured_of_another(asked, hits, needed)
    # A lead that introduces its subject unnamed is about whom the sentence after it names,
    # opening with the name or calling the subject by its kind.
    turbine = [
        "A floating tidal turbine has run for 412 days without a break.",
        "The 74-metre turbine, known as Merrow, is anchored off Eday.",
    ]
    hits = [passage(*turbine, title="Orkney tidal turbine sets world record")]
    ran = [evidence_at(1, turbine[0], 0, 0.6)]
    assert not measured_of_another("How long did the Merrow turbine run?", hits, ran)
    # Or names what runs the subject's thing: the lead's company runs the plant.
    plant = [
        "A company set up by three fishing cooperatives has begun turning fish skins into "
        "leather, and has sold 9,000 hides to shoemakers.",
        "The tannery, run by Skinnvik Leather in the town of Hofn, opened in May.",
    ]
    hits = [passage(*plant, title="Icelandic fishermen turn fish skins into leather")]
    sold = [evidence_at(1, plant[0], 0, 0.6)]
    assert not measured_of_another("How many hides has Skinnvik sold?", hits, sold)
    assert measured_of_another("How many hides has Hofn Tannery sold?", hits, sold)
    fined = ["A woman has been fined £2,000 for feeding pigeons outside a shopping centre.",
             "The centre, owned by Hammerson, had asked the council to act."]  # fmt: skip
    hits = [passage(*fined, title="Pigeon feeder fined")]
    paid = [evidence_at(1, fined[0], 0, 0.6)]
    assert measured_of_another("How much was Hammerson fined?", hits, paid)
    # The opening may hold a byline before the lead.
    bylined = f"By Kirsty Halcrow\n\n{turbine[0]}\n\n{turbine[1]}"
    hits = [dataclasses.replace(hits[0], text=bylined)]
    assert not measured_of_another("How long did the Merrow turbine run?", hits, ran)
    named = [turbine[0], "Merrow, a 74-metre turbine, is anchored off Eday."]
    hits = [passage(*named, title="Orkney tidal turbine sets world record")]
    assert not measured_of_another("How long did the Merrow turbine run?", hits, ran)
    # Or a dateline, and the lead may end in a quotation.
    clerk = [
        "ST. JOHNSBURY - A town clerk who served for 22 years was jailed, after a judge said"
        ' she had betrayed "the one office that everybody trusts."',
        "Deborah Lavoie, 61, pleaded guilty in March.",
    ]
    served = [evidence_at(1, clerk[0], 0, 0.6)]
    asked = "For how long did Deborah Lavoie serve?"
    assert not measured_of_another(asked, [passage(*clerk, title="Town clerk jailed")], served)
    # Not whoever the next sentence opens with by a title, or as a speaker.
    for praised in ("Health Minister Deborah Lavoie praised her.", "Deborah Lavoie said so."):
        hits = [passage(clerk[0], praised, title="Town clerk jailed")]
        assert measured_of_another(asked, hits, served), praised
    # Not a lead that names its own subject: the sentence after it may be of someone else.
    rival = ["The Kelpie turbine has run for 412 days.", "Merrow, its rival, has run for 300."]
    hits = [passage(*rival, title="Orkney tidal turbine sets world record")]
    ran = [evidence_at(1, rival[0], 0, 0.6)]
    assert measured_of_another("How long did the Merrow turbine run?", hits, ran)
    # A title may call it by the word its fuller name ends with ("Kenyan county" of "Kitui
    # County"), and a sentence opening "Since then" names no other body.
    county = [
        "Motorbike ambulances have cut deaths in Kitui County by a third.",
        "The riders work in shifts.",
        "Since then each has been paid 18,000 shillings a month.",
    ]
    asked = "How much are Kitui's riders paid?"
    for title, another in (("in Kenyan county", False), ("in Kenyan region", True)):
        hits = [passage(*county, title=f"Motorbike ambulances cut deaths {title}")]
        paid = [evidence_at(3, county[2], hits[0].sentences[2].start, 0.6)]
        assert measured_of_another(asked, hits, paid) is another, title
    # Whom the question describes ("the North Korean leader") is named as the article names
    # them after the same description ("North Korean leader Kim Jong Un").
    trips = ["North Korean leader Kim Jong Un left for Russia.", "Mr Kim has made seven trips."]
    hits = [passage(*trips, title="North Korea's Kim in Russia")]
    made = [evidence_at(2, trips[1], hits[0].sentences[1].start, 0.6)]
    assert not measured_of_another("How many trips has the North Korean leader made?", hits, made)
    assert measured_of_another("How many trips has the South Korean leader made?", hits, made)
    # Nor where the sentence mentions someone else the article describes otherwise.
    sister = [trips[0], "His sister Kim Yo Jong went too.", "Ms Yo Jong has made three trips."]
    hits = [passage(*sister, title="North Korea's Kim in Russia")]
    made = [evidence_at(3, sister[2], hits[0].sentences[2].start, 0.6)]
    assert measured_of_another("How many trips has the North Korean leader made?", hits, made)
    # A nationality describes whom the article writes it before, with whatever noun.
    final = ["Khai beat the Belgian veteran Jasper Vandenbroucke in the final.",
             "Vandenbroucke, who won the title in 2015 and 2019, said Khai deserved it."]  # fmt: skip
    hits = [passage(*final, title="Khai becomes world champion")]
    won = [evidence_at(2, final[1], hits[0].sentences[1].start, 0.6)]
    assert not measured_of_another("In which years did the Belgian runner-up win?", hits, won)
    assert measured_of_another("In which years did the Dutch runner-up win?", hits, won)
    # Not one the nationality describes by a role of their own.
    minister = ["The Belgian prime minister Alexander De Croo congratulated Khai.",
                "De Croo, 48, was in the crowd."]  # fmt: skip
    hits = [passage(final[0], *minister, title="Khai becomes world champion")]
    aged = [evidence_at(3, minister[1], hits[0].sentences[2].start, 0.6)]
    assert measured_of_another("How old is the Belgian runner-up?", hits, aged)
    # Nor one the article places where the question's words name ("the East Coast beekeeper").
    hives = ["Honey exports fell.",
             "said Aroha Keepa, 46, who runs 1,100 hives near Tolaga Bay, on the East Coast.",
             "Keepa now charges tourists 40 dollars to open a hive."]  # fmt: skip
    hits = [passage(*hives, title="Honey exports fall")]
    charges = [evidence_at(3, hives[2], hits[0].sentences[2].start, 0.6)]
    asked = "How much does the East Coast beekeeper charge tourists to open a hive?"
    assert not measured_of_another(asked, hits, charges)
    assert measured_of_another(asked.replace("East Coast", "Northland"), hits, charges)
    # ... someone, not a place the article places in another.
    wolves = ["Wolves killed 40 sheep on a farm near Assen.",
              "It was the worst attack in Drenthe, the worst recorded in the Netherlands.",
              "Fences work, farmers say.",
              "Drenthe paid out 2.1 million euros last year."]  # fmt: skip
    hits = [passage(*wolves, title="Wolves kill sheep")]
    paid = [evidence_at(4, wolves[3], hits[0].sentences[3].start, 0.6)]
    assert measured_of_another("How much did the Netherlands pay out last year?", hits, paid)
    # A lone name opening a sentence, written as a name inside one, is of someone else than
    # whom the sentence before names.
    average = [final[0], "Vandenbroucke hugged Khai.", "Khai averaged 1.851 points an inning."]
    hits = [passage(*average, title="Vietnamese player becomes world champion")]
    his = [evidence_at(3, average[2], hits[0].sentences[2].start, 0.6)]
    assert measured_of_another("What was Vandenbroucke's average per inning?", hits, his)
    assert not measured_of_another("What was Khai's average per inning?", hits, his)
    # A nationality, a month or a day opening a sentence is no one else.
    troops = ["Britain sent a battalion to Estonia, joining French and British units there.",
              "British troops there now number about 900."]  # fmt: skip
    hits = [passage(*troops, title="Britain sends troops to Estonia")]
    number = [evidence_at(2, troops[1], hits[0].sentences[1].start, 0.6)]
    assert not measured_of_another("How many troops does Britain have in Estonia?", hits, number)
    # A wire's dateline: "NEW YORK (Reuters) -".
    wire = [passage("NEW YORK (Reuters) - Rents rose again.", leader, here)]
    assert not measured_of_another("How many people live in New York?", wire, live)
    # One of a series the question numbers is another's number too.
    loss = [evidence_at(1, "Skyrona reported a third-quarter net loss of 18 million.", 0, 0.6)]
    assert measured_of_another("How much did Skyrona lose in the second quarter?", [], loss)
    assert not measured_of_another("How much did Skyrona lose in the third quarter?", [], loss)
    # "first" of "When did X first ...?" numbers no series.
    began = [evidence_at(1, "The minimum wage was introduced in Marenland in 1999.", 0, 0.7)]
    assert not measured_of_another("When did Marenland first bring in a minimum wage?", [], began)
    assert measured_of_another("When did Marenland bring in its first minimum wage?", [], began)
    second = [evidence_at(1, "Kim made his first trip to Russia in 2019.", 0, 0.7)]
    assert measured_of_another("When did Kim make a second trip to Russia?", [], second)
    # Other questions are not its concern.
    assert not measured_of_another("Who sent Canadair planes to Portugal?", [], planes)
    # The sentence before the best counts, as it tells whom "he" or "it" is.
    staff = [
        evidence_at(1, "Quartzline was founded in 2016.", 0, 0.3),
        evidence_at(2, "It has about 900 employees.", 32, 0.6),
    ]
    hits = [
        passage_of(("Quartzline was founded in 2016.", 1.0), ("It has about 900 employees.", 1.0))
    ]
    hits = [dataclasses.replace(hits[0], doc_id="d")]
    assert not measured_of_another("How many people does Quartzline employ?", hits, staff)


def test_a_sentence_is_about_whom_its_subject_is():
    """A sentence's subject tells whose number it gives: the body's own people, what a speaker
    reports of the body, or another body or person it opens with."""
    # Those a sentence places in the body's own are of it; not others it opens with.
    fiji = "Fiji cuts diabetes amputations"
    asked = "How many amputations were carried out in Fiji this year?"
    cut = "Surgeons in the country's hospitals carried out 421 amputations this year."
    assert not _of_another(asked, cut, fiji)
    assert _of_another(asked, "Surgeons in Australia carried out 421 amputations this year.", fiji)
    # What a speaker reports of it is of it too; not what others want or fear.
    fraud = "Winery owner jailed for selling fake Malbec"
    paid = "What did the winery pay for the bulk wine it passed off as Malbec?"
    told = "Prosecutors told the court that the winery paid 90 cents a litre for bulk wine."
    assert not _of_another(paid, told, fraud)
    assert _of_another(paid, "Campaigners want the winery to pay 90 cents a litre for it.", fraud)
    assert _of_another(paid, "Campaigners fear that they paid 90 cents a litre for it.", fraud)
    # Another body reporting of itself, or placed in its own, is about itself.
    election = "Social Democrats win Lindavia election"
    said = "The Conservatives said that they had won 41 seats."
    assert _of_another("How many seats did the Social Democrats win?", said, election)
    themselves = "Officials said that they had won 41 seats."
    assert _of_another("How many seats did the Social Democrats win?", themselves, election)
    manifesto = "The Conservatives in their manifesto promised 40,000 new homes."
    assert _of_another("How many new homes did the Social Democrats promise?", manifesto, election)
    # An adverb and a comma open no sentence about another body; a name and an appositive open
    # one about that one.
    plant = "Cork maker Sobreiral to build insulation plant"
    elsewhere = "Elsewhere, the plant will create 140 jobs."
    assert not _of_another("How many jobs will Sobreiral's plant create?", elsewhere, plant)
    owns = "José Meira, whose family owns 600 hectares of cork oaks, welcomed the plan."
    assert _of_another("How many hectares of cork oaks does Sobreiral own?", owns, plant)
    assert not _of_another("How many hectares of cork oaks does Meira own?", owns, plant)
    # A lead that gives someone's role in a thing it leaves unnamed is about the thing the
    # sentence after it names in that role.
    lead = "MENDOZA - A court sentenced the owner of a family winery to seven years in prison."
    named = "Horacio Benegas, 61, the owner of Bodega Los Aromos, was convicted of fraud."
    hits = [passage(lead, named, title="Argentine court jails winery owner")]
    sentenced = [evidence_at(1, lead, 0, 0.5)]
    term = "How long a prison term did the owner of Bodega Los Aromos get?"
    assert not measured_of_another(term, hits, sentenced)
    assert measured_of_another("How long a prison term did the owner of Cerro Plata get?", hits,
                               sentenced)  # fmt: skip
    unrelated = "Horacio Benegas, 61, the manager of Bodega Los Aromos, was convicted of fraud."
    other = [passage(lead, unrelated, title="Argentine court jails winery owner")]
    assert measured_of_another(term, other, sentenced)


def test_a_name_the_question_describes_a_titled_noun_by_need_not_be_named():
    lead = "A housebuilder has been fined a record £480,000 for cutting down six oaks."
    fined = [passage(lead, title="Housebuilder fined record £480,000 for felling oaks")]
    best = [evidence_at(1, lead, 0, 0.4)]
    asked = "How much was the Crewe housebuilder fined for felling the oaks?"
    assert not measured_of_another(asked, fined, best)
    # Not a name that describes a noun the title does not have.
    assert measured_of_another("How much was the Crewe developer fined?", fined, best)
    # A title's other name, where the sentence names it only as a place, names no other body.
    sold = "A crisp maker started in a barn in North Yorkshire has been sold in a deal worth £210m."
    title = "Yorkshire crisp maker Moorside sold to US snacks giant"
    deal = [evidence_at(1, sold, 0, 0.5)]
    assert not measured_of_another(
        "How much is the Moorside deal worth?", [passage(sold, title=title)], deal
    )
    # Not under a title that names other bodies: the deal may be theirs.
    worth = [evidence_at(1, "The deal is worth $2bn, the firms said.", 0, 0.5)]
    cirrus = [passage(worth[0].sentence, title="Cirrus agrees deal to buy Quartzline")]
    assert measured_of_another("How much is the Nimbus deal worth?", cirrus, worth)
    # Nor a name before a verb: "Nimbus fined" is no kind of housebuilder.
    assert measured_of_another("How much was Nimbus fined?", fined, best)
    rival = "Yorkshire Crisps has been sold in a deal worth £210m."
    assert measured_of_another(
        "How much is the Moorside deal worth?",
        [passage(rival, title=title)],
        [evidence_at(1, rival, 0, 0.5)],
    )


def test_a_span_of_a_property_is_stated_by_the_propertys_value():
    aged = "The volunteers, who were aged from seven to 96, met twice a week."
    evidence = [evidence_at(1, aged, 0, 0.3)]
    hits = [dataclasses.replace(passage_of((aged, 1.0)), doc_id="d", text=aged)]
    far = _words({})
    assert not unstated_attribute("What was the age range of the volunteers?", hits, evidence, far)
    assert unstated_attribute("What was the price range of the tickets?", hits, evidence, far)


def test_a_sentence_on_another_body_of_the_same_kind_does_not_name_the_one_asked_about():
    founded = "Eastmoor was founded in 1868."
    profit = "Brannoch Valley Bank, the larger of the two, made a profit of $640 million."
    hits = [dataclasses.replace(passage_of((founded, 1.0), (profit, 1.0)), doc_id="d")]
    evidence = [evidence_at(1, founded, 0, 0.6), evidence_at(2, profit, len(founded) + 1, 0.6)]
    # "Bank" of another bank's name does not name Eastmoor Mutual Bank, nor does a sentence
    # opening with another name borrow the one the sentence before it names.
    profit_asked = "How much profit did Eastmoor Mutual Bank make?"
    assert measured_of_another(profit_asked, hits, evidence[1:])
    assert measured_of_another("When was Brannoch Valley Bank founded?", hits, evidence[:1])
    assert not measured_of_another("How much profit did Brannoch make?", hits, evidence[1:])
    # "Mr Kim" and "President Putin" still name Kim Jong Un and Vladimir Putin.
    left = [evidence_at(1, "Mr Kim left on Sunday, and President Putin on Monday.", 0, 0.6)]
    assert not measured_of_another("When did Kim Jong Un leave?", [], left)
    assert not measured_of_another("When did Vladimir Putin leave?", [], left)
    arrived = [evidence_at(1, "On Tuesday Kim arrived, as Russian President Putin did.", 0, 0.6)]
    assert not measured_of_another("When did Kim Jong Un arrive?", [], arrived)
    assert not measured_of_another("When did Vladimir Putin arrive?", [], arrived)
    # A sentence opening with a speaker, or referring back, still reads the one before it.
    results = "Brannoch Valley Bank published its results on Monday."
    for said in (
        "Anna Berg, its chief executive, said profit rose to 640 million.",
        "Anna Berg, 52, chief executive of its parent group, said profit rose to 640 million.",
        "Berg said profit rose to 640 million.",
    ):
        hits = [dataclasses.replace(passage_of((results, 1.0), (said, 1.0)), doc_id="d")]
        rose = [evidence_at(2, said, len(results) + 1, 0.6)]
        assert not measured_of_another("How much profit did Brannoch make?", hits, rose), said
    # An "its" further on is the opening name's own.
    listed = "The hospitals taking part are Westmoor Hospital and Eastfield Hospital."
    cut = "Eastfield Hospital made the biggest cut, reducing its use of the drugs by 58 per cent."
    hits = [dataclasses.replace(passage_of((listed, 1.0), (cut, 1.0)), doc_id="d")]
    own = [evidence_at(2, cut, len(listed) + 1, 0.6)]
    assert measured_of_another(
        "By how much did Westmoor Hospital cut its use of the drugs?", hits, own
    )


def test_a_sentence_on_another_names_thing_does_not_borrow_the_name_before_it():
    jailed = "Jordan Leckie, 24, who flew most of the drones, was jailed for seven years."
    found = "Officers who searched Mottram's home found five more drones."
    hits = [dataclasses.replace(passage_of((jailed, 1.0), (found, 1.0)), doc_id="d")]
    evidence = [evidence_at(2, found, len(jailed) + 1, 0.6)]
    asked = "How many drones did officers find when they searched {}'s home?"
    assert measured_of_another(asked.format("Jordan Leckie"), hits, evidence)
    assert not measured_of_another(asked.format("Mottram"), hits, evidence)
    # The family's home is his, and a closing quote owns nothing.
    for found in ("the Leckies' home", "'Operation Kite' home raids"):
        text = f"Officers who searched {found} found five more drones."
        hits = [dataclasses.replace(passage_of((jailed, 1.0), (text, 1.0)), doc_id="d")]
        evidence = [evidence_at(2, text, len(jailed) + 1, 0.6)]
        assert not measured_of_another(asked.format("Jordan Leckie"), hits, evidence), found
    # Another name's other thing leaves the sentence before it to tell whose drones they were.
    other = "Officers who searched Leckie's home found five drones in Mottram's garage."
    hits = [dataclasses.replace(passage_of((jailed, 1.0), (other, 1.0)), doc_id="d")]
    evidence = [evidence_at(2, other, len(jailed) + 1, 0.6)]
    assert not measured_of_another(asked.format("Jordan Leckie"), hits, evidence)


def test_a_number_or_date_question_is_answered_by_a_near_best_sentence_naming_what_it_asks_of():
    arrived = "Mr Kim arrived in Russia on Tuesday morning, leaving his train."
    left = "Mr Kim left Pyongyang for Russia on Sunday."
    evidence = [evidence_at(1, arrived, 0, 0.46), evidence_at(2, left, 100, 0.43)]
    asked = "When did Kim leave Pyongyang?"
    assert naming_best(asked, [], evidence) is evidence[1]
    assert not measured_of_another(asked, [], evidence)
    # Not when the best sentence names it, nor when the one naming it is rated far below.
    assert naming_best("When did Kim arrive in Russia?", [], evidence) is None
    far = [evidence[0], evidence_at(2, left, 100, 0.1)]
    assert naming_best(asked, [], far) is None
    assert measured_of_another(asked, [], far)
    # Nor one without the measure the best sentence gives: "Forty-two motorbikes" names Kitui
    # after the lead, but counts no trips.
    lead = "Motorbike ambulances have cut deaths in Kitui by a third."
    bikes = "Forty-two motorbikes were introduced in July."
    trips = "Since then they have made more than 9,600 trips."
    hits = [passage(lead, bikes, trips)]
    evidence = [
        evidence_at(2, bikes, hits[0].sentences[1].start, 0.3),
        evidence_at(3, trips, hits[0].sentences[2].start, 0.4),
    ]
    asked = "How many trips have the Kitui ambulances made?"
    assert naming_best(asked, hits, evidence) is None
    assert naming_best(asked.replace("trips", "calls"), hits, evidence) is evidence[0]
    # And with no sentence near the best both naming Kitui and counting the trips, the question
    # asks for a number the evidence does not give of Kitui.
    assert measured_of_another(asked, hits, evidence)
    # Nor one giving as a fraction what the best gives in hundredths, for a percentage.
    fell = [
        evidence_at(1, "Hospitals used 33 per cent fewer antibiotics in 2025.", 0, 0.6),
        evidence_at(2, "Doctors in Kitui prescribed a third fewer antibiotics.", 60, 0.5),
    ]
    asked = "By what percentage did antibiotic use fall in Kitui's hospitals?"
    assert naming_best(asked, [], fell) is None
    assert naming_best(asked.replace("percentage", "share"), [], fell) is fell[1]


def test_a_name_question_wants_a_name_beside_its_noun():
    asked = "What is the name of the man arrested over the fire?"
    detained = "Police have detained a 41-year-old man on suspicion of starting the fire."
    assert unnamed_beside(asked, [evidence_at(1, detained, 0, 0.6)])
    named = "Police have detained a 41-year-old man, Rui Costa, on Tuesday."
    assert not unnamed_beside(asked, [evidence_at(1, named, 0, 0.6)])
    # A name in the question, a title or a day is no name of him.
    minister = "He was accompanied by military officials and the Foreign Minister."
    foreign = "What is the name of North Korea's Foreign Minister who travelled with Kim?"
    assert unnamed_beside(foreign, [evidence_at(1, minister, 0, 0.6)])
    assert unnamed_beside(asked, [evidence_at(1, "Police held a man on Tuesday.", 0, 0.6)])
    # Another near-best sentence may name him otherwise.
    costa = evidence_at(2, "Rui Costa, 41, appeared in court.", 90, 0.5)
    assert not unnamed_beside(asked, [evidence_at(1, detained, 0, 0.6), costa])
    # A sentence that opens by introducing someone names them, however far the noun is.
    count = (
        "Robert Guiscard, a Norman adventurer once elevated to the dignity of count of Apulia, won."
    )
    assert not unnamed_beside(
        "What was the name of the count of Apulia?", [evidence_at(1, count, 0, 0.6)]
    )
    # No sentence with the noun: the articles may call it otherwise.
    assert not unnamed_beside(asked, [evidence_at(1, "Police detained a suspect.", 0, 0.6)])
    assert not unnamed_beside("Who was arrested?", [evidence_at(1, detained, 0, 0.6)])
    assert unnamed_beside(
        "What was the suspect's name?", [evidence_at(1, "The suspect, 41, was held.", 0, 0.6)]
    )


def test_a_draft_chooses_only_among_the_sentences_naming_what_is_asked_about():
    trips = evidence_at(1, "Mr Kim has made just seven trips abroad.", 0, 0.6)
    china = evidence_at(2, "Four of Mr Kim's trips were to China.", 50, 0.4)
    asked = "How many of Kim's trips abroad were to China?"
    assert naming_all(asked, [], [trips, china]) == [china]
    # None where the best sentence names it all, or the question asks for no number or date.
    assert naming_all("How many trips has Kim made abroad?", [], [trips, china]) is None
    assert naming_all("Why did Kim go to China?", [], [trips, china]) is None


def test_a_kind_the_passages_mention_only_as_one_of_its_kind_is_not_named():
    lab = passage("The St Ives painting was examined at a laboratory in London last year.")
    assert only_described("Which London laboratory examined the St Ives painting?", [lab])
    # Not one of the kind in a sentence about something else.
    case = passage("A lawyer advised a client in a social security case in the Netherlands.")
    assert not only_described("In which case did a German man claim the right to live in the "
                              "Netherlands?", [case])  # fmt: skip
    practice = passage("She moved north to work at a farm animal practice in 2021.")
    assert only_described("Which veterinary practice does she work for?", [practice])
    stadiums = passage("They have been tested at a small number of sports stadiums in the UK.")
    assert only_described("At which sports stadiums have they been tested in the UK?", [stadiums])
    # A kind asked after a nationality and a word describing it, or after a clause with its
    # subject right after it.
    fenwold = passage("He pointed to the sale of Fenwold to a French food group in 2018.")
    assert only_described("Which French food group bought Fenwold in 2018?", [fenwold])
    tour = passage("Mr Kim gave a personal tour of an arms exhibition to Sergei Shoigu.")
    asked = "What was the name of the arms exhibition Kim showed to Sergei Shoigu?"
    assert only_described(asked, [tour])
    # The kind spoken of in general, in the plural, is none in particular.
    rejected = "The Fawcetts began frying after a supermarket rejected their potato crop."
    shelves = "It is the kind of story that sells in American supermarkets."
    crisps = passage(rejected, shelves)
    assert only_described("Which supermarket rejected the Fawcetts' potatoes?", [crisps])
    # A kind asked before an auxiliary is the kind, not the auxiliary.
    lights = passage(
        "Since then, a few councils have switched street lights back on after complaints."
    )
    asked = "Which councils have switched their street lights back on after complaints?"
    assert only_described(asked, [lights])
    for named in ("It sells in supermarkets Tesco and Waitrose.",
                  "It was stocked by two supermarkets, Tesco and Asda, in 2010."):  # fmt: skip
        assert not only_described(
            "Which supermarket rejected the Fawcetts' potatoes?", [passage(rejected, named)]
        ), named
    # Some of the kind in the plural, with no determiner, are only described too; a kind asked
    # before a participle's clause is the kind.
    parade = passage(
        "In July they watched a parade in Pyongyang that featured banned ballistic missiles."
    )
    shown = "What is the name of the ballistic missile shown at the July parade in Pyongyang?"
    assert only_described(shown, [parade])
    the = passage(
        "In July they watched a parade in Pyongyang that featured the ballistic missiles."
    )
    assert not only_described(shown, [the])
    # Where one of it is answers a question asking where, when the question does not name it.
    centre = passage("Staff at a test centre in Stockport became suspicious of the man.")
    assert not only_described("At which test centre did staff grow suspicious?", [centre])
    may = passage("Staff at a test centre in May became suspicious of the man.")
    assert only_described("At which test centre did staff grow suspicious?", [may])
    assert only_described("Which test centre did staff grow suspicious at?", [centre])
    sites = passage("Engineers had to roll the update back manually at sites in Reading and Leeds.")
    assert not only_described("At which sites did engineers reverse the update manually?", [sites])
    # Nor when examples are named after it, or it is someone's.
    for named in ("The parade featured banned ballistic missiles such as the Hwasong-18.",
                  "The parade featured banned ballistic missiles, including the Hwasong-18.",
                  "The parade featured the country's newest solid-fuel ballistic missiles."):  # fmt: skip
        assert not only_described("Which missiles were shown at the parade?", [passage(named)]), (
            named
        )
    # A noun ending as a participle would is no clause.
    hospice = passage("Volunteers have built a sensory garden at the hospice in Leeds.")
    assert only_described("What is the name of the garden at the hospice?", [hospice])
    factory = passage("Kim Jong Un visited a munitions factory in the north of the country.")
    assert only_described("What was the name of the factory Kim Jong Un visited?", [factory])
    tesco = passage(rejected, "It sells in Tesco supermarkets.")
    assert not only_described("Which supermarket rejected the Fawcetts' potatoes?", [tesco])
    # A body asked by what it means to do, or by where it is; one of a group of the kind.
    mining = passage("The ministry is considering an application by a mining company to explore.")
    assert only_described("Which mining company wants to explore for copper?", [mining])
    paid = passage("It is paid for by the Global Fund and a Japanese aid agency, it said.")
    assert only_described("Which Japanese aid agency helps to pay for it?", [paid])
    ship = passage("At Arica the lithium will be loaded onto a ship bound for Shanghai.")
    assert only_described("What is the name of the ship taking the lithium to Shanghai?", [ship])
    germany = passage("Her samples were sent to a laboratory in Germany, as is normal.")
    assert only_described("Which laboratory in Germany is testing her samples?", [germany])
    banks = passage("Mirza will pay with a loan from a group of Pakistani banks and its own money.")
    assert only_described("Which banks are lending Mirza the money for the loan?", [banks])
    # A work asked by its title, with its maker after it.
    mass = passage("She found two works by Echemendía, including a mass for choir and orchestra.")
    assert only_described("What is the title of the mass by Echemendía that she found?", [mass])
    importer = passage("A Tunisian trader and a South Korean importer opened the first plant.")
    asked = "What is the name of the South Korean importer behind Tunisia's first plant?"
    assert only_described(asked, [importer])
    # The article's title tells what its sentences are about: "the ghost farmers case".
    acquitted = "Banda was jailed, while a computer technician who ran the database was acquitted."
    under = Hit(1, "d", "Court jails chief over ghost farmers", None, None, None, "", 0, 100, 1.0, 0.5,
                1.0, passage(acquitted).sentences)  # fmt: skip
    asked = (
        "What is the name of the computer technician who was acquitted in the ghost farmers case?"
    )
    assert only_described(asked, [under])
    assert not only_described(asked, [passage(acquitted)])
    # Another article's "the company" is some other company.
    other = Hit(2, "e", "Sialkot maker", None, None, None, "", 0, 100, 1.0, 0.5, 1.0,
                passage("The company said orders rose.").sentences)  # fmt: skip
    assert only_described("Which mining company wants to explore for copper?", [mining, other])


def test_a_kind_named_beside_or_by_its_own_word_may_be_the_answer():
    veridan = passage("It was developed by Veridan, a company based in Cambridge.")
    assert not only_described("Which company developed the technology?", [veridan])
    hedley = passage("It was devised by a Wooler shepherd, Tommy Hedley, and two friends.")
    assert not only_described("Which shepherd devised the round?", [hedley])
    boulton = passage("It was adopted in 1788 after Watt's partner Boulton saw one at a mill.")
    assert not only_described("What was the name of Watt's partner?", [boulton])
    trust = passage("He has been a volunteer for the Durham Wildlife Trust since 2010.")
    assert not only_described("Which trust does he volunteer for?", [trust])
    # A mention that may refer back to a named one ("the laboratory"), or another that implies
    # one ("the trust and other research organisations"), says nothing.
    both = passage("Analysts at a laboratory found a pigment.", "The laboratory is in Leeds.")
    assert not only_described("Which laboratory found the pigment?", [both])
    other = passage("It was talking to the trust and other research organisations.")
    assert not only_described("Which organisation has ordered the ship?", [other])
    # People, and a kind a lead introduces, are named later without the kind's word.
    charged = passage("Police charged a man with the murder.", "Jason Smith, 34, will appear.")
    assert not only_described("Which man was charged with the murder?", [charged])
    fined = passage("A company has been fined £2m for the leak.", "Southern Water admitted it.")
    assert not only_described("Which company was fined for the leak?", [fined])
    # "named the Kittiwake" names it; "a laboratory supplier" is no laboratory; a question
    # with no words beyond the kind asks about no sentence in particular.
    boat = passage("The crew of a fishing boat named the Kittiwake were rescued.")
    assert not only_described("Which boat sank in the storm?", [boat])
    supplier = passage("Shares in a laboratory supplier rose after the tests.")
    assert not only_described("Which laboratory ran the tests?", [supplier])
    tested = passage("It was examined at a laboratory in London, which found a modern pigment.")
    assert not only_described("What is the name of the laboratory?", [tested])
    # A place is named without its kind's word: "in Bilbao, Spain".
    city = passage("The awards are held in a different city each year.")
    assert not only_described("In which city were this year's awards held?", [city])
    # "What message had Washington sent?" asks what it said, not which one.
    message = passage("Washington had sent a message to Moscow ahead of the visit.")
    assert not only_described("What message had Washington sent to Moscow?", [message])


def test_who_is_answered_by_a_sentence_near_the_best_that_names_someone_when_it_names_nobody():
    prize = "Reaching the first round guarantees Haworth £30,000 in prize money."
    beat = "Dennis Haworth, 58, beat China's Zhou Hanlin to earn a place at the Crucible."
    best, named = evidence_at(1, prize, 0, 0.44), evidence_at(2, beat, 80, 0.27)
    hits = [passage(prize, beat)]
    asked = "Whom did Haworth defeat to reach the Crucible?"
    assert naming_someone(asked, [best, named], hits) is named
    # Not when the best names someone, refers back to someone named before it, or for a
    # question that asks no name; nor a sentence rated far below the best.
    assert naming_someone("Whom did he pay?", [evidence_at(1, beat, 0, 0.5), best], hits) is None
    him = evidence_at(1, "He was accompanied by his sister.", 0, 0.44)
    assert naming_someone("Whom did Kim take with him?", [him, named], hits) is None
    # Nor for "Who ...?", which news often answers without a name.
    dukes = evidence_at(1, "The church was utilised by the dukes as a unifying force.", 0, 0.44)
    assert naming_someone("Who used the church to unify themselves?", [dukes, named], hits) is None
    assert naming_someone("What did Haworth win?", [best, named], hits) is None
    far = evidence_at(2, beat, 80, 0.05)
    assert naming_someone(asked, [best, far], hits) is None
    # Nor one less about what the question asks than the best.
    blamed = evidence_at(1, "The council blamed the contractor for the delay.", 0, 0.5)
    sorry = evidence_at(2, "Council leader Graham Petts said he was sorry.", 60, 0.4)
    council = [passage(blamed.sentence, sorry.sentence)]
    assert (
        naming_someone("Whom did the council blame for the delay?", [blamed, sorry], council)
        is None
    )
    # A question for a person by a word for one wants a person named.
    cat = evidence_at(
        1, "The organisers liked it so much that a cat was hidden in every panel.", 0, 0.32
    )
    marsh = "The youngest, Alfie Marsh, who was seven, sewed a small black cat into a panel."
    alfie = evidence_at(2, marsh, 80, 0.31)
    volunteer = "Which young volunteer started the idea of hiding a cat in the panels?"
    assert naming_someone(volunteer, [cat, alfie], [passage(cat.sentence, marsh)]) is alfie


def test_a_count_up_to_an_event_need_not_name_the_event():
    ridden = evidence_at(1, "Corrigan, who has ridden 23 winners since she began, rode on.", 0, 0.5)
    race = evidence_at(2, "On Saturday Corrigan rode two winners at Hexworth.", 90, 0.3)
    asked = "How many winners had Corrigan ridden before Saturday's race?"
    assert not measured_of_another(asked, [], [ridden, race])
    assert naming_best(asked, [], [ridden, race]) is None
    # Not a clause with a verb of its own, which the answer must name.
    asked = "How many winners before the Saturday race did Corrigan ride at Hexworth?"
    assert naming_best(asked, [], [ridden, race]) is race
    # Asked of the day itself, the day must be named.
    assert (
        naming_best("How many winners did Corrigan ride on Saturday?", [], [ridden, race]) is race
    )


def test_the_first_of_a_series_is_told_by_a_founding_of_the_same_thing():
    founded = "Barlow's was founded in 1952 by Fred and Edna Barlow, who opened a single shop."
    assert first_by_origin("When did the Barlows open their first shop?", founded) == {"first"}
    shop = [evidence_at(1, founded, 0, 0.8)]
    assert not measured_of_another("When did the Barlows open their first shop?", [], shop)
    # Not the first of another thing, nor without a founding.
    assert first_by_origin("When did the Barlows open their first bakery?", founded) == set()
    moved = "The Barlows moved to a single shop in 1952."
    assert first_by_origin("When did the Barlows open their first shop?", moved) == set()
    assert measured_of_another("When did the Barlows open their second shop?", [], shop)
    # Nor by one telling of another of the series.
    second = "Barlow's, founded in 1952, opened its second shop in 1960."
    assert first_by_origin("When did the Barlows open their first shop?", second) == set()


def test_the_first_of_a_series_may_be_called_the_opening_one():
    bids = "An opening offer of £40 million was dismissed, and a second bid of £49 million too."
    assert "first" in ordinals(bids)
    offer = [evidence_at(1, bids, 0, 0.7)]
    assert not measured_of_another("How much was the first bid?", [], offer)
    assert measured_of_another("How much was the third bid?", [], offer)


def test_who_a_lead_introduces_unnamed_is_named_by_the_sentence_after_it():
    lead = "A retired headteacher has been elected as Harbridge's first independent mayor."
    named = "Margaret Okonjo, 58, won 18,406 votes."
    hits = [passage(lead, named, title="Harbridge elects first independent mayor")]
    evidence = [
        evidence_at(1, lead, 0, 0.7),
        evidence_at(2, named, hits[0].sentences[1].start, 0.4),
    ]
    asked = "Who won the Harbridge mayoral election?"
    assert lead_then_named(asked, hits, evidence) is evidence[1]
    # After a byline, share links and a photo's caption too.
    furniture = "By Eleanor Whitcombe\n\nShare: Facebook | X\n\nOkonjo celebrates at the count.\n\n"
    opened = [dataclasses.replace(hits[0], text=furniture + hits[0].text)]
    assert lead_then_named(asked, opened, evidence) is evidence[1]
    # Not for another question, nor when the best is not the lead, nor for a sentence opening
    # with a title or a speaker.
    assert lead_then_named("When was the mayor elected?", hits, evidence) is None
    later = [evidence[0], dataclasses.replace(evidence[1], relevance=0.9)]
    assert lead_then_named(asked, hits, later) is None
    for other in ("Health Minister Ann Berg praised her.", "Police said she won.", "She won."):
        hits = [passage(lead, other, title="Harbridge elects first independent mayor")]
        told = [evidence[0], evidence_at(2, other, hits[0].sentences[1].start, 0.4)]
        assert lead_then_named(asked, hits, told) is None, other
    # The sentence after may name whom the lead is about later on; a lead naming someone
    # answers itself.
    spotted = "The tracks were spotted in February by Morag Kerr, a crofter."
    tracks = "A trail of 50 dinosaur footprints has been uncovered on a beach."
    hits = [passage(tracks, spotted, title="Dinosaur footprints found on Eigg")]
    found = [evidence_at(1, tracks, 0, 0.7), evidence_at(2, spotted, len(tracks) + 1, 0.3)]
    assert lead_then_named("Who first noticed the tracks?", hits, found) is found[1]
    by_name = tracks.replace("has been uncovered", "found by Ann Berg has been uncovered")
    hits = [passage(by_name, spotted, title="Dinosaur footprints found on Eigg")]
    found = [evidence_at(1, by_name, 0, 0.7), evidence_at(2, spotted, len(by_name) + 1, 0.3)]
    assert lead_then_named("Who first noticed the tracks?", hits, found) is None


def test_so_many_of_a_kind_counted_but_never_named_leave_which_ones_unanswered():
    banks = evidence_at(1, "It was paid for by the state government together with a group of "
                           "five Nigerian banks.", 0, 0.5)  # fmt: skip
    asked = "Which five banks helped pay for the library?"
    assert counted_unnamed(asked, [banks])
    # Named beside the count, or anywhere after it, they answer.
    for named in (
        "It was paid for by five banks, Access and Zenith among them.",
        "It was paid for by five banks: Access, Zenith and GTBank.",
        "The five banks that paid for it were Access and Zenith.",
    ):
        assert not counted_unnamed(asked, [banks, evidence_at(2, named, 100, 0.5)]), named
    # Not when no sentence near the best counts them, nor for other questions.
    assert not counted_unnamed(asked, [evidence_at(1, "Access and Zenith paid for it.", 0, 0.5)])
    far = evidence_at(1, banks.sentence, 0, 0.1)
    assert not counted_unnamed(asked, [evidence_at(2, "The library opened.", 0, 0.9), far])
    assert not counted_unnamed("Which banks helped pay for the library?", [banks])
    # Named before the count that sums them up, they answer too.
    cut = evidence_at(1, "The honey was cut with glucose syrup and invert sugar, two cheap "
                         "sweeteners that taste alike.", 0, 0.5)  # fmt: skip
    assert not counted_unnamed("Which two sweeteners was the honey cut with?", [cut])
    unnamed_pair = evidence_at(1, "The honey was cut with two cheap sweeteners.", 0, 0.5)
    assert counted_unnamed("Which two sweeteners was the honey cut with?", [unnamed_pair])


def _of_another(question: str, sentence: str, title: str) -> bool:
    """`measured_of_another` over one retrieved passage of `sentence` alone, under `title`."""
    return measured_of_another(question, [passage(sentence, title=title)],
                               [evidence_at(1, sentence, 0, 0.6)])  # fmt: skip


def test_one_of_a_kind_in_a_sentence_on_nothing_asked_is_not_the_one_asked():
    # The title's words are the article's topic, but a sentence must tell of the rest itself.
    fill = "Anyone can fill a ship in July, the chief executive said."
    route = Hit(1, "d", "Ferry route to reopen", None, None, None, "", 0, 100, 1.0, 0.5, 1.0,
                passage(fill).sentences)  # fmt: skip
    assert not only_described("What is the name of the ship that will sail the route?", [route])


def test_one_of_a_kind_named_beside_it_in_lower_case_or_after_an_age_is_named():
    charge = passage(
        "The jury cleared him of a fourth charge, conspiracy to defraud, after 11 hours."
    )
    assert not only_described("Which charge did the jury acquit him of?", [charge])
    osei = passage(
        "Dr Rachel Osei, 44, a consultant haematologist at Halstow, welcomed the results."
    )
    asked = "Which consultant haematologist at Halstow welcomed the faster results?"
    assert not only_described(asked, [osei])
    # A clause after the comma names nothing.
    clause = passage(
        "The jury cleared him of a fourth charge, which carried ten years, after 11 hours."
    )
    assert only_described("Which charge did the jury acquit him of?", [clause])


def test_a_sentence_holding_only_words_its_title_gives_is_still_about_the_question():
    paid = "The new factory was paid for with $40 million from a group of Ghanaian banks."
    under = Hit(1, "d", "Ghanaian firm opens chocolate factory", None, None, None, "", 0, 100,
                1.0, 0.5, 1.0, passage(paid).sentences)  # fmt: skip
    assert only_described("Which Ghanaian banks helped to finance the factory?", [under])


def test_one_of_a_kind_named_in_another_article_may_be_the_one_asked():
    built = passage("The dam on the Mambilla river will be built by a Chinese company.")
    signed = Hit(2, "e", "Nigeria signs Mambilla power deal", None, None, None, "", 0, 100, 1.0,
                 0.5, 1.0, passage("PowerChina, a state-owned company, signed on Monday.").sentences)  # fmt: skip
    asked = "Which company is building the Mambilla dam?"
    assert only_described(asked, [built])
    assert not only_described(asked, [built, signed])
    # What someone said of it between commas names nothing.
    said = passage("The Mambilla dam will be built by a Chinese company, officials said.")
    assert only_described(asked, [said])


def test_who_did_a_deed_is_told_by_the_sentence_naming_by_whom_it_was_done():
    asked = "Who paid for the 40 electric ferries?"
    lead = "Lagos put 40 electric ferries on its busiest lagoon routes on Monday."
    paid = "The ferries cost 30 million dollars and were paid for with a loan from the World Bank."
    best, by_whom = evidence_at(1, lead, 0, 0.5), evidence_at(2, paid, 100, 0.05)
    assert doer_best(asked, [best, by_whom]) is by_whom
    # Whatever its rating, as evidence selection takes it from the best passage's article
    # whatever its retrieval score.
    ferries = [passage(lead, paid)]
    assert doing_the_deed(asked, ferries)(paid, lead)
    assert not doing_the_deed(asked, ferries)(lead, "")
    other = dataclasses.replace(passage(paid), doc_id="e")
    assert not doing_the_deed(asked, [passage(lead), other])(paid, lead)
    # Not when the best tells the deed, nor by an unnamed doer, nor of another thing.
    told = evidence_at(1, "The city paid for the 40 electric ferries itself.", 0, 0.5)
    assert doer_best(asked, [told, by_whom]) is None
    unnamed = evidence_at(2, "They were paid for by bank transfer in May.", 100, 0.3)
    assert doer_best(asked, [best, unnamed]) is None
    other = evidence_at(2, "The quay was paid for with a loan from the World Bank.", 100, 0.3)
    assert doer_best(asked, [best, other]) is None
    introduced = evidence_at(1, "The ferry routes were introduced by Mayor Ade Bello.", 0, 0.5)
    assert doer_best(asked, [introduced, by_whom]) is None
    for no_doer in ("They entered service on Monday, as reported by Reuters.",
                    "They will be in service by Christmas."):  # fmt: skip
        assert doer_best(asked, [evidence_at(1, no_doer, 0, 0.5), by_whom]) is by_whom, no_doer
    # What the deed was done to is in the sentence, or in the one before it.
    remark = "Who reported Peskov's remark on the talks?"
    said = evidence_at(1, "Peskov said the talks would go on.", 0, 0.5)
    arrival = evidence_at(2, "Kim's arrival was reported by Rossiya 1.", 100, 0.3)
    assert doer_best(remark, [said, arrival]) is None
    bought = "Who bought the grey gelding?"
    sold = evidence_at(1, "A grey gelding sold for €86,000 on Thursday.", 0, 0.5)
    buyer = evidence_at(2, "Moonlight was bought by Katrin Vogel.", sold.end + 1, 0.3)
    assert doer_best(bought, [sold, buyer]) is buyer
    engine = "Who invented a high-pressure engine around 1800?"
    around = evidence_at(1, "Around 1800 Trevithick and Evans built high-pressure engines.", 0, 0.5)
    later = evidence_at(2, "A better engine was invented in 1804 by Arthur Woolf.", 100, 0.3)
    assert doer_best(engine, [around, later]) is None
    # Only money comes "from" someone: "stone from Northumberland" built nothing.
    bridge = evidence_at(2, "The bridge was built in 1803 with stone from Northumberland.", 0, 0.3)
    assert (
        doer_best(
            "Who built the Kelso bridge?", [evidence_at(1, "It spans the Tweed.", 0, 0.5), bridge]
        )
        is None
    )
    # The word itself: "found guilty" tells no founding.
    trial = "A court found Ivan Petrov, the owner of the Zlatna brewery, guilty of fraud."
    founded = "The brewery was founded in 1931 by Petrov's grandmother."
    best, by_whom = evidence_at(1, trial, 0, 0.8), evidence_at(2, founded, 100, 0.05)
    assert doer_best("Who founded the Zlatna brewery?", [best, by_whom]) is by_whom
    assert doer_best("What did the court decide?", [best, by_whom]) is None
    assert doing_the_deed("What did the court decide?", [passage(trial)]) is None


def test_a_person_asked_for_by_a_noun_is_the_one_the_sentence_calls_by_it():
    asked = "Which engineer was in charge of the Gambian addressing project?"
    lead = evidence_at(1, "The Gambia finished a four-year project to give addresses.", 0, 0.14)
    named = "The project, known as Kunda Address after a Mandinka word, cost 6.8 million dollars."
    touray = "Ebrima Touray, 44, the engineer who directed the project, said many found jobs."
    project, engineer = evidence_at(2, named, 100, 0.12), evidence_at(3, touray, 200, 0.07)
    assert naming_someone(asked, [lead, project, engineer], []) is engineer
    # The name given to a thing names no person; one given to a person does.
    assert not names_person(named, asked)
    assert names_person("A man known as Kunda Address was arrested.", asked)
    assert names_person("Police arrested a gunman named Ivo Marić.", "Which suspect was held?")
    # Only someone named beside the noun: "the engineer who led it" names no engineer.
    led = "Which engineer led the project?"
    ruiz = "Mayor Ana Ruiz said the engineer who led the project deserved a medal."
    praised = evidence_at(3, ruiz, 200, 0.12)
    the_engineer = evidence_at(2, "Ebrima Touray, 44, the engineer, led the project.", 100, 0.09)
    assert naming_someone(led, [lead, the_engineer, praised], []) is the_engineer


def test_a_sentence_opening_with_someone_who_runs_what_the_one_before_names_is_about_it():
    asked = "Of the divers treated in the Puerto Lempira chamber, how many walked out?"
    opened = "In January the government opened a hyperbaric chamber in Puerto Lempira."
    runs = (
        "Dr Ana Ordóñez, 39, who runs it, said it had treated 19 divers, and 15 of them walked out."
    )
    hits = [passage(opened, runs)]
    evidence = [evidence_at(1, opened, 0, 0.1), evidence_at(2, runs, len(opened) + 1, 0.7)]
    assert not measured_of_another(asked, hits, evidence)
    # Another name opening the sentence is still about that one.
    other = "Dr Ana Ordóñez, 39, said her clinic had treated 19 divers, and 15 of them walked out."
    hits = [passage(opened, other)]
    evidence = [evidence_at(1, opened, 0, 0.1), evidence_at(2, other, len(opened) + 1, 0.7)]
    assert measured_of_another(asked, hits, evidence)
    # "it" of a phrase refers back to nothing.
    found = "Dr Ana Ordóñez, 39, who found it hard to get funding, said her clinic had treated 19 divers, and 15 walked out."
    hits = [passage(opened, found)]
    evidence = [evidence_at(1, opened, 0, 0.1), evidence_at(2, found, len(opened) + 1, 0.7)]
    assert measured_of_another(asked, hits, evidence)


def test_where_a_team_finished_asks_for_its_place_in_a_ranking_not_a_name():
    finished = evidence_at(
        1, "Azerbaijan's six-member team finished 23rd, its best result.", 0, 0.4
    )
    assert not unnamed("Where did Azerbaijan's team place overall?", [finished], [])
    # Where money went is a place, which no sentence here names.
    spent = evidence_at(1, "the money was spent within weeks, officials said.", 0, 0.4)
    assert unnamed("Where did the diverted money eventually end up?", [spent], [])
    assert unnamed("Where did the launch take place?", [spent], [])
    assert unnamed("Where did the marathon finish?", [spent], [])


def test_who_did_a_deed_is_answered_by_someone_who_did_it_in_other_words():
    asked = "Who headed Timor-Leste's dog vaccination campaign?"
    lead = "Vaccination teams have vaccinated 91,400 dogs against rabies in six weeks."
    led = ('"We are in front of the virus," said Dr Marcelina Soares, 43, the chief veterinary '
           "officer, who led the campaign.")  # fmt: skip
    best, soares = evidence_at(1, lead, 0, 0.5), evidence_at(2, led, 100, 0.05)
    assert doer_best(asked, [best, soares]) is soares
    # Only deeds of heading are one another's: leading a march is no founding of it.
    founded = "Who founded the campaign?"
    assert doer_best(founded, [best, soares]) is None
    # Heading home is no heading of it, and a clause names no doer.
    home = "Ana Belo, 31, a nurse, who headed home to Dili after the campaign, said it worked."
    assert doer_best("Who led the campaign?", [best, evidence_at(2, home, 100, 0.05)]) is None
    chiefs = "Dr Soares, 43, said the village chiefs, who led the campaign, had done well."
    assert doer_best(asked, [best, evidence_at(2, chiefs, 100, 0.05)]) is None
    # A best telling the deed in the question's word only: "headed into its third day".
    search = "Who led the search for the divers?"
    third = evidence_at(1, "The search for the divers headed into its third day.", 0, 0.5)
    by = evidence_at(2, "The search was led by Ana Ruiz, the coastguard commander.", 100, 0.05)
    assert doer_best(search, [third, by]) is by


def test_a_divers_name_needs_a_person_named():
    asked = "What was the name of the diver who won the Mostar contest at 17 in 1979?"
    winner = ("The previous youngest winner was 17 when he took the title in 1979, according to "
              "the Mostari diving club.")  # fmt: skip
    assert unnamed(asked, [evidence_at(1, winner, 0, 0.7)], [])
    named = "The previous youngest winner, Edin Kovač, was 17 when he took the title in 1979."
    assert not unnamed(asked, [evidence_at(1, named, 0, 0.7)], [])


def test_the_country_of_the_dateline_is_the_one_its_article_calls_the_country():
    asked = "How long do Kosovo's hospitals have to arrange interpreters?"
    lead = "PRISTINA, Kosovo - Parliament on Thursday voted to recognise sign language."
    within = "Every regional hospital and each of the country's 38 municipalities must provide one within three years."
    hits = [passage(lead, within)]
    evidence = [evidence_at(1, lead, 0, 0.2), evidence_at(2, within, len(lead) + 1, 0.6)]
    assert not measured_of_another(asked, hits, evidence)
    other = "SKOPJE, North Macedonia - Parliament on Thursday voted to recognise sign language."
    hits = [passage(other, within)]
    evidence = [evidence_at(1, other, 0, 0.2), evidence_at(2, within, len(other) + 1, 0.6)]
    assert measured_of_another(asked, hits, evidence)
    # Nor "the country" of another country the sentence names.
    albania = "Next door, Albania has 61 municipalities, the country's interior ministry said."
    between = "Deaf people filled the public gallery for the vote."
    hits = [passage(lead, between, albania)]
    at = len(lead) + len(between) + 2
    evidence = [evidence_at(1, lead, 0, 0.2), evidence_at(2, albania, at, 0.6)]
    assert measured_of_another("How many municipalities does Kosovo have?", hits, evidence)


def test_a_sentence_opening_with_a_preposition_is_about_what_its_title_names():
    asked = "How much money will be shared among Guyana's Amerindian villages this year?"
    title = "Guyana sells forest carbon credits to airlines and sends 15 per cent to villages"
    share = "Under the strategy, the share, about 13.5 million dollars this year, is divided among 242 Amerindian villages."
    hit = dataclasses.replace(passage(share), title=title)
    assert not measured_of_another(asked, [hit], [evidence_at(1, share, 0, 0.6)])
    # Its subject is what follows the phrase: Suriname's villages are no Guyana's.
    across = (
        "Across the border, Suriname's villages will receive about 13.5 million dollars this year."
    )
    hit = dataclasses.replace(passage(across), title=title)
    assert measured_of_another(asked, [hit], [evidence_at(1, across, 0, 0.6)])


def test_places_asked_by_their_kind_are_those_a_sentence_names():
    asked = "Which provinces hold most of Angola's remaining minefields?"
    best = evidence_at(
        1, "Angola remains one of the most heavily mined countries in the world.", 0, 0.45
    )
    named = evidence_at(
        2, "Most minefields are in the provinces of Cuando Cubango and Moxico.", 100, 0.37
    )
    assert naming_someone(asked, [best, named], []) is named
    # A place, named by the kind asked: not a person or a body.
    said = evidence_at(
        2, "Most minefields in the provinces were laid in the war, said Leonardo Sapalo.", 100, 0.37
    )
    assert naming_someone(asked, [best, said], []) is None
