"""Follow-up questions rewritten into standalone ones: pure logic over hand-written histories."""

from rag.conversation import Name, exchange, names_in, standalone_question


def test_without_history_the_question_is_only_tidied():
    assert standalone_question("  Who is  Peskov? ", None) == "Who is Peskov?"


def test_he_becomes_the_latest_person():
    history = exchange("Who is the Kremlin spokesman?", "Kremlin spokesman Dmitry Peskov said [2].")
    assert (
        standalone_question("What did he say about Washington?", history)
        == "What did Dmitry Peskov say about Washington?"
    )


def test_he_is_a_titled_person_before_other_capitalised_words():
    history = exchange(
        "Where did Putin arrive on Monday?",
        "Mr Putin arrived in the far eastern city of Vladivostok on Monday, Russia’s Tass news "
        "agency said [1].",
    )
    # "Russia’s Tass" is two names, neither a person's; "Mr Putin" is titled.
    assert (
        standalone_question("What is he scheduled to attend?", history)
        == "What is Putin scheduled to attend?"
    )
    history = exchange(
        "Who spoke?",
        "Mr Peskov said Russia would act as a member of the UN Security Council [3].",
    )
    assert standalone_question("What else did he say?", history) == "What else did Peskov say?"
    history = exchange("Who spoke?", "Kremlin aide Dmitry Peskov said so [3].")
    assert (
        standalone_question("What else did he say?", history) == "What else did Dmitry Peskov say?"
    )


def test_a_bare_name_the_conversation_once_gave_a_title_is_a_person():
    history = [
        *exchange("Who spoke for the Kremlin?", "Mr Peskov spoke, and Mr Putin listened [1]."),
        *exchange("What did Peskov say?", "Peskov said it will be a full-fledged visit [2]."),
    ]
    assert standalone_question("What else did he say?", history) == "What else did Peskov say?"


def test_it_is_never_a_person_the_conversation_gave_a_title():
    history = exchange(
        "Where might Kim meet Putin?",
        "Mr Putin said on Tuesday that he was planning to go to Vostochny but did not say "
        "if he planned to meet Mr Kim there [1].",
    )
    assert (
        standalone_question("How far is it from Vladivostok?", history)
        == "How far is Vostochny from Vladivostok?"
    )


def test_it_is_the_thing_the_question_named():
    history = exchange(
        "What is the Eastern Economic Forum?",
        "He is scheduled to attend the plenary session of the Eastern Economic Forum [2].",
    )
    assert (
        standalone_question("When does it end?", history) == "When does Eastern Economic Forum end?"
    )


def test_it_is_the_thing_the_answer_named_when_the_question_asked_which():
    history = exchange(
        "Which event is Putin scheduled to attend in Vladivostok?",
        "He is scheduled to attend the plenary session of the Eastern Economic Forum [2].",
    )
    assert standalone_question("Until when does it run?", history) == (
        "Until when does Eastern Economic Forum run?"
    )


def test_it_is_not_an_owner_the_question_named():
    history = exchange(
        "What is North Korea's main political ally?",
        "Four of those trips were to the North’s main political ally, China [1].",
    )
    assert (
        standalone_question("How many trips were to it?", history)
        == "How many trips were to China?"
    )


def test_they_are_the_people_the_last_answer_named_together():
    history = exchange(
        "Who visited Pyongyang in July?",
        "Mr Kim gave a personal tour to Defence Minister Sergei Shoigu when he visited "
        "Pyongyang in July [1].",
    )
    assert (
        standalone_question("What did they watch together?", history)
        == "What did Kim and Sergei Shoigu watch together?"
    )
    history = exchange(
        "What did North Korea deny?",
        "Pyongyang and Moscow have denied that North Korea would supply arms to Russia [1].",
    )
    # No titled people: "they" is what "it" would be, the question's topic.
    assert standalone_question("Why did they deny it?", history) == "Why did North Korea deny it?"


def test_a_short_follow_up_borrows_the_previous_question():
    history = exchange("Who is the Kremlin spokesman?", "Dmitry Peskov [1].")
    # No name is the previous question's subject: the fragment goes before the question.
    assert standalone_question("And Putin?", history) == "And Putin — Who is the Kremlin spokesman?"
    said = exchange("What did Peskov say?", "Russia’s interests come first [1].")
    assert standalone_question("What about Madden?", said) == "What did Madden say?"
    assert standalone_question("And the US?", said) == "What did the US say?"
    assert standalone_question("And then?", said) == "And then — What did Peskov say?"
    assert standalone_question("Who else?", said) == "Who else — What did Peskov say?"
    who = exchange("Who is Jo Chun Ryong?", "A director [1].")
    assert standalone_question("And Michael Madden?", who) == "Who is Michael Madden?"


def test_names_end_at_a_possessive_except_inside_a_fixed_name():
    assert names_in("Mr Putin spoke to Russia’s Tass news agency") == [
        Name("Putin", True, False, "Mr"),
        Name("Russia", False, True),
        Name("Tass", False, False),
    ]
    assert names_in("President Yoon Suk-yeol’s office") == [Name("Yoon Suk-yeol", True, True)]
    assert [n.text for n in names_in("the Democratic People’s Republic of Korea said")] == [
        "Democratic People’s Republic of Korea"
    ]
    # A bare title after an owner names nobody; an apostrophe inside a name is no possessive.
    assert names_in("What did Russia’s President say?") == [Name("Russia", False, True)]
    assert [n.text for n in names_in("Mr O'Brien met D’Angelo")] == ["O'Brien", "D’Angelo"]


def test_she_is_nobody_the_conversation_calls_mr():
    history = exchange(
        "Who did Putin meet?", "Mr Putin met Kim Jong Un’s sister, Kim Yo Jong, on Tuesday [1]."
    )
    assert standalone_question("What did she say?", history) == "What did Kim Yo Jong say?"
    assert standalone_question("What did he say?", history) == "What did Putin say?"


def test_a_person_pronoun_after_a_who_question_is_whom_the_answer_names_first():
    won = exchange(
        "Who won the Kestrel Bay mayoral election?",
        "KESTREL BAY, Oct 6 (CNA) – Environmental campaigner Ilse Marchetti was elected mayor "
        "on Sunday, defeating Gordon Avery and ending 12 years of control by the Civic Alliance [1].",
    )
    assert standalone_question("How old is she?", won) == "How old is Ilse Marchetti?"
    # Someone the question named is less likely whom its answer is about.
    toured = exchange(
        "Who did Kim give a tour to?",
        "Mr Kim gave a tour to Defence Minister Sergei Shoigu when he visited in July [1].",
    )
    assert standalone_question("When did he visit?", toured) == "When did Sergei Shoigu visit?"
    # A dateline names nobody; a name after "the" is no person.
    (alliance,) = names_in("ASHFORD HILL, March 12 (Northwire) – the Civic Alliance said")
    assert alliance.text == "Civic Alliance" and not alliance.person
    nobody = exchange(
        "Who was the former transport chief convicted of bribery?",
        "ASHFORD HILL, March 12 (Northwire) – A former head of the Brenmoor Regional Transport "
        "Authority was sentenced to nine years in prison on Wednesday [1].",
    )
    assert standalone_question("What was his salary?", nobody) == "What was his salary?"


def test_it_after_which_thing_is_the_first_thing_the_answer_names():
    blocked = exchange(
        "Which regulator blocked the Baltavia takeover?",
        "HARLUND, Feb 9 – The Aviation Competition Authority (ACA) on Friday blocked SkyNord's "
        "planned takeover of Baltavia [1].",
    )
    assert (
        standalone_question("When was it set up?", blocked)
        == "When was Aviation Competition Authority set up?"
    )
    # "It" goes on standing for the authority, whatever the answer between names last.
    set_up = blocked + exchange(
        "When was it set up?", "Baltavia said the authority was set up in 2004 [2]."
    )
    assert (
        standalone_question("Who chairs it?", set_up)
        == "Who chairs Aviation Competition Authority?"
    )


def test_he_after_which_role_is_whom_the_answer_names_by_that_role():
    signed = exchange(
        "Which striker did Northgate Rovers sign?",
        "Northgate Rovers have signed striker Tiago Salvaterra from Estrela do Sul [1].",
    )
    assert (
        standalone_question("How many goals did he score?", signed)
        == "How many goals did Tiago Salvaterra score?"
    )
    # "What year" asks for no person: "he" is still whom the question named.
    dated = exchange("What year did Mr Kim meet Putin?", "They met in 2019 [1].")
    assert standalone_question("Where did he go?", dated) == "Where did Kim go?"


def test_a_short_question_that_stands_alone_keeps_its_own_frame():
    history = exchange("Where did Putin arrive on Monday?", "In Vladivostok [1].")
    assert standalone_question("Who is Peskov?", history) == "Who is Peskov?"
    # Too short to stand alone: the previous question, with its subject or question word swapped.
    assert standalone_question("And Peskov?", history) == "Where did Peskov arrive on Monday?"
    assert standalone_question("When?", history) == "When did Putin arrive on Monday?"
    # A question word and a verb stand alone, however short: no frame is borrowed.
    assert standalone_question("Who said so?", history) == "Who said so?"


def test_a_question_word_alone_after_who_did_something_asks_about_the_answers_doer():
    won = exchange(
        "Who won the Berlin marathon?",
        "BERLIN (Reuters) - Eliud Kipchoge won the Berlin marathon on Sunday [1].",
    )
    assert standalone_question("When?", won) == "When did Eliud Kipchoge win the Berlin marathon?"
    assert (
        standalone_question("And where?", won)
        == "Where did Eliud Kipchoge win the Berlin marathon?"
    )
    leads = exchange("Who leads the research?", "Lead investigator Dr Tan Wei Ling [1].")
    assert standalone_question("Why?", leads) == "Why does Tan Wei Ling lead the research?"
    led = exchange("Who has led the talks?", "Defence Minister Sergei Shoigu has led them [2].")
    assert standalone_question("How long?", led) == "How long has Sergei Shoigu led the talks?"
    # Not a deed, or nobody named: the fragment goes before the question, as before.
    assert standalone_question("What?", won) == "What — Who won the Berlin marathon?"
    refused = exchange("Who won the race?", "The indexed articles do not say.")
    assert standalone_question("When?", refused) == "When — Who won the race?"
    met = exchange("Who did Kim meet?", "Mr Kim met Mr Putin [1].")
    assert standalone_question("Where?", met) == "Where did Kim meet?"


def test_a_titled_subject_is_swapped_with_its_title():
    said = exchange("What did Dr Maya Okafor say about the vaccine?", "It works [1].")
    assert (
        standalone_question("And Greenleaf?", said) == "What did Greenleaf say about the vaccine?"
    )
    president = exchange("What did President Yoon say?", "Talks would go on [1].")
    assert standalone_question("And Kishida?", president) == "What did Kishida say?"


def test_a_noun_phrase_replaces_the_one_ending_in_the_same_noun():
    quarter = exchange(
        "What did Nimbus report for the third quarter?", "Revenue of $4 billion [1]."
    )
    assert (
        standalone_question("And the fourth quarter?", quarter)
        == "What did Nimbus report for the fourth quarter?"
    )
    race = exchange("Who won the men's race?", "Eliud Kipchoge won the men's race [1].")
    assert standalone_question("And the women's race?", race) == "Who won the women's race?"
    # A noun the previous question lacks: the fragment goes before it.
    assert (
        standalone_question("And the half marathon?", race)
        == "And the half marathon — Who won the men's race?"
    )
    # A phrase with a question word or an auxiliary is no fragment of this kind.
    assert standalone_question("And who came second in the race?", race) == (
        "And who came second in the race?"
    )


def test_a_follow_up_to_a_follow_up_borrows_the_standalone_question_before_it():
    history = exchange("Who is Kremlin spokesman Dmitry Peskov?", "Kremlin spokesman [1].")
    history += exchange("What did he say?", "The visit would be full-fledged [2].")
    assert standalone_question("And Madden?", history) == "What did Madden say?"


def test_a_question_word_and_a_noun_are_a_frame_too():
    history = exchange("What department does Jo Chun Ryong run?", "Munitions Industry [1].")
    assert standalone_question("And Shoigu?", history) == "What department does Shoigu run?"


def test_a_phrase_of_time_or_place_replaces_the_previous_questions_or_is_added():
    monday = exchange("What happened on Monday?", "Mr Putin arrived in Vladivostok [1].")
    assert standalone_question("And on Tuesday?", monday) == "What happened on Tuesday?"
    met = exchange("Where did Kim and Putin meet in 2019?", "In Vladivostok [1].")
    assert (
        standalone_question("What about in 2023?", met) == "Where did Kim and Putin meet in 2023?"
    )
    arrived = exchange("When did Kim arrive?", "On Tuesday [1].")
    assert standalone_question("And in Khasan?", arrived) == "When did Kim arrive in Khasan?"
    assert standalone_question("By whom?", arrived) == "By whom — When did Kim arrive?"


def test_a_pronoun_is_never_a_name_the_question_already_holds():
    history = exchange(
        "Where might Kim meet Putin?",
        "They said Mr Kim might meet Mr Putin at the Vostochny cosmodrome, north of Vladivostok [3].",
    )
    assert (
        standalone_question("How far is it from Vladivostok?", history)
        == "How far is Vostochny from Vladivostok?"
    )
    history = exchange("Who spoke?", "Mr Peskov said Mr Putin would go [1].")
    assert standalone_question("What did he tell Putin?", history) == "What did Peskov tell Putin?"


def test_he_after_a_name_in_the_same_question_stands_for_that_name():
    history = exchange(
        "Where might Kim and Putin meet?",
        "They said Mr Kim might meet Mr Putin at the Vostochny cosmodrome [3].",
    )
    for question in ("Did Putin say he would go there?", "Will Putin bring his ministers?"):
        assert standalone_question(question, history) == question
    # An object pronoun is someone else.
    assert standalone_question("What did Putin tell him?", history) == "What did Putin tell Kim?"


def test_a_count_without_its_noun_counts_what_the_previous_question_did():
    history = exchange("How many trips abroad has Kim made?", "Mr Kim made seven trips [1].")
    assert (
        standalone_question("How many were to China?", history) == "How many trips were to China?"
    )
    assert (
        standalone_question("How many did he make to China?", history)
        == "How many trips did Kim make to China?"
    )
    # "How much" is no count of trips.
    assert standalone_question("How much was spent?", history) == "How much was spent?"
    # What is counted runs to its first noun.
    arms = exchange("How many nuclear weapons does North Korea have?", "No answer.")
    assert (
        standalone_question("How many were tested?", arms)
        == "How many nuclear weapons were tested?"
    )


def test_a_person_is_named_in_full_where_the_conversation_names_them_so():
    # "Kim" alone would also be Kim Jong Un, in another article.
    history = exchange("Who is Hannah Kim?", "Greenfield founder Hannah Kim sold the firm [2].")
    assert standalone_question("What did she say?", history) == "What did Hannah Kim say?"


def test_they_after_who_won_are_the_ones_the_answer_says_beat_someone():
    won = exchange(
        "Who won the Coastal Shield final?",
        "Goalkeeper Chidi Okafor saved two penalties as Northport United beat Eastbay Wanderers "
        "in the Coastal Shield final [1].",
    )
    assert standalone_question("Who did they beat?", won) == "Who did Northport United beat?"
    assert (
        standalone_question("What did their coach say?", won)
        == "What did Northport United's coach say?"
    )


def test_it_is_the_thing_a_name_describes_in_the_previous_question():
    fire = exchange("How many people died in the Algarve wildfire?", "Four people died [1].")
    assert (
        standalone_question("When did it break out?", fire)
        == "When did the Algarve wildfire break out?"
    )
    site = exchange("Where is the Vostochny cosmodrome?", "It is north of Vladivostok [1].")
    assert (
        standalone_question("When did it open?", site) == "When did the Vostochny cosmodrome open?"
    )
    # A verb after the name is no thing it describes.
    wants = exchange("What does Russia want from North Korea?", "Weapons [1].")
    assert standalone_question("What will it give?", wants) == "What will Russia give?"


def test_he_is_nobody_the_conversation_calls_she():
    history = exchange(
        "What did Judge Helen Marsh say?",
        "Judge Helen Marsh jailed Quinlan on Friday [1]. She said the fraud was deliberate [2].",
    ) + exchange("Who disagreed?", "The indexed articles do not answer this question.")
    assert standalone_question("What did he say?", history) == "What did he say?"
    assert standalone_question("What did she add?", history) == "What did Helen Marsh add?"
    # "He" in the sentence a name opens is that person's.
    history = exchange("Who is Peskov?", "Kremlin spokesman Dmitry Peskov said he would go [1].")
    assert standalone_question("What did he say?", history) == "What did Peskov say?"


def test_a_nationality_that_describes_a_noun_is_no_name():
    assert [n.text for n in names_in("It showed the North Korean leader in Japanese media.")] == []
    assert [n.text for n in names_in("Kim met a Korean, then left.")] == ["Kim", "Korean"]
    history = exchange(
        "Which television channel reported Kim's arrival?",
        "Mr Kim’s arrival was reported by Russia’s state television channel Rossiya 1, which "
        "showed a train carrying the North Korean leader [4].",
    )
    assert standalone_question("What did it show?", history) == "What did Rossiya show?"


def test_he_goes_on_being_the_person_the_previous_question_was_about():
    history = exchange(
        "Who is Daniel Okafor?",
        "Quartzline, founded in 2016 by former engineer Daniel Okafor and his college roommate "
        "Lena Fischer, makes security software [1].",
    )
    assert (
        standalone_question("What job will he get at Nimbus?", history)
        == "What job will Daniel Okafor get at Nimbus?"
    )
    # Asked who someone was, the answer names them; an owner is not whom a question asks about.
    history = exchange("Who did Kim give a tour to?", "Kim gave Sergei Shoigu a tour [2].")
    assert standalone_question("What did he see?", history) == "What did Sergei Shoigu see?"
    history = exchange(
        "Who is South Korea’s president?", "President Yoon Suk Yeol’s office said so [1]."
    )
    assert standalone_question("What did his office say?", history) == (
        "What did Yoon Suk Yeol's office say?"
    )


def test_an_organisation_is_no_person():
    history = exchange(
        "Who was arrested over the fire?",
        "Police have detained a 41-year-old man, the Judiciary Police said on Tuesday [1].",
    )
    assert standalone_question("What is he accused of?", history) == "What is he accused of?"
    assert not Name("Harbor Street Research", titled=False).person
    assert Name("Lena Fischer", titled=False).person


def test_a_topic_replaces_the_previous_questions_topic():
    deal = exchange("What did Priya Raman say about the deal?", "Ms Raman said it fits [1].")
    assert (
        standalone_question("And about the layoffs?", deal)
        == "What did Priya Raman say about the layoffs?"
    )
    price = exchange("How much is Nimbus paying?", "$4.8 billion [1].")
    assert (
        standalone_question("And about the layoffs?", price)
        == "And about the layoffs — How much is Nimbus paying?"
    )


def test_her_is_possessive_only_before_a_noun():
    history = exchange(
        "Why did Elena Varga resign?", "Elena Varga resigned, Prime Minister Tomas Berg said [1]."
    )
    assert standalone_question("Who replaced her?", history) == "Who replaced Elena Varga?"
    assert (
        standalone_question("Did Berg tell her about it?", history)
        == "Did Berg tell Elena Varga about it?"
    )
    assert (
        standalone_question("What did her office say?", history)
        == "What did Elena Varga's office say?"
    )


def test_a_question_word_alone_keeps_the_thing_the_previous_question_asked_about():
    jobs = exchange("How many jobs will Nordvik cut?", "About 400 [1].")
    assert standalone_question("Where?", jobs) == "Where will Nordvik cut jobs?"
    plant = exchange("What plant will Nordvik close?", "The Bergen plant [1].")
    assert standalone_question("When?", plant) == "When will Nordvik close the plant?"


def test_they_after_who_did_something_are_the_ones_the_answer_says_did_it():
    won = exchange(
        "Who won the National Cup?",
        "Bayside Rovers won the National Cup, beating Castleford Rovers 3-2 [1].",
    )
    assert standalone_question("Who did they beat?", won) == "Who did Bayside Rovers beat?"
    beat = exchange("Who beat Castleford Rovers?", "Bayside beat Castleford Rovers 3-2 [1].")
    assert standalone_question("What did they win?", beat) == "What did Bayside win?"


def test_a_thing_named_instead_is_asked_in_the_previous_question_words():
    prices = exchange("How much did the company raise prices?", "Prices rose 9% [1].")
    assert standalone_question("And the dividend?", prices) == "How much was the dividend?"
    assert standalone_question("What about revenue?", prices) == "How much was revenue?"
    # A name may ask something else; a word of no content asks nothing new.
    assert standalone_question("And Putin?", prices) == (
        "And Putin — How much did the company raise prices?"
    )
    assert standalone_question("And then?", prices) == (
        "And then — How much did the company raise prices?"
    )


def test_she_after_a_fragment_is_whom_the_fragment_asked_about():
    history = exchange(
        "How long was Peter Quinlan jailed for?",
        "Judge Helen Marsh jailed Peter Quinlan, 58, for seven years and Aisha Rahman, 44, "
        "for four years [1].",
    )
    history += exchange("And Rahman?", "Aisha Rahman was jailed for four years [1].")
    # Rahman, as the fragment was searched ("How long was Rahman jailed for?"), not the judge.
    assert standalone_question("How old is she?", history) == "How old is Rahman?"


def test_it_is_no_word_the_conversation_writes_in_lower_case():
    history = exchange(
        "How much did Nordvik's operating profit rise?",
        "OSLO – Nordvik Foods reported a 18% rise in operating profit [1].",
    )
    history += exchange("What about revenue?", "Revenue rose 6.5% to 31.2 billion crowns [2].")
    assert (
        standalone_question("How many jobs will it cut?", history)
        == "How many jobs will Nordvik Foods cut?"
    )
