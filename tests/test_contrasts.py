from dataclasses import replace

from rag.contrasts import (
    all_contrasted,
    contrasted,
    of_last_year,
    of_the_present,
    ranked_among,
    uncontrasted_best,
    unsaid_last_year,
)
from tests.conftest import evidence_at


def test_a_sentence_about_the_other_half_of_a_pair_is_contrasted():
    women = "In the women's race, Kenya's Mercy Chebet won in 2:19:48."
    assert contrasted("Who won the men's race?", women)
    assert contrasted("Who won the women's race?", "Tadesse won the men's race.")
    assert not contrasted("Who won the women's race?", women)
    assert not contrasted("Who won the race?", women)
    # A sentence naming both halves is about the one asked too.
    assert not contrasted("Who won the men's race?", "The men's and women's races began at 8am.")
    # Nor is a question that names both.
    assert not contrasted("What was the ratio of men's to women's wages?", "Women's pay rose 4%.")
    # A time of day: the afternoon's hours are not the night's.
    asked = "What was the noise level during the afternoon quiet hours?"
    assert contrasted(asked, "After the changes, the average night-time noise level fell.")
    assert contrasted(asked, "The WHO says noise in hospital rooms at night should be low.")
    assert not contrasted(asked, "Afternoon noise fell, as did the night-time level.")
    assert contrasted(asked, "The trust measured the noise overnight and found it high.")
    sleeper = "When did the overnight sleeper train leave Moscow?"
    assert not contrasted(sleeper, "The sleeper left Moscow on Saturday afternoon.")
    # Those news counts apart: boys and girls, adults and children, profit and revenue.
    girls = "The dropout rate among girls fell from 23.6 per cent to 11.2 per cent."
    assert contrasted("What share of boys dropped out?", girls)
    assert not contrasted("What share of girls dropped out?", girls)
    drowned = "Drowning is the biggest killer of children aged between one and four."
    assert contrasted("How many adults drown each year?", drowned)
    assert not contrasted("How many adults and children drown?", drowned)
    revenue = "Sokół reported revenue of 3.1 billion zlotys last year."
    assert contrasted("What profit did Sokół make last year?", revenue)
    assert not contrasted("What profit did Sokół make?", revenue + " Its profit fell.")
    # A sentence may open with the sum asked about.
    sales = "Sales at those shops fell by only 3.1 per cent, while profits rose."
    assert not contrasted("How much did sales fall at those shops?", sales)
    assert contrasted("How much did sales fall?", "Profits at those shops rose.")
    # Not a name, a describing word, a non-profit, nor profit as a verb.
    assert not contrasted("How many adults died?", "Save the Children said 40 people died.")
    assert not contrasted("How many children attend?", "It runs adult education classes.")
    assert not contrasted("Which non-profit runs the shelter?", revenue)
    assert not contrasted("Who will profit from the tax change?", revenue)
    # An age group is counted apart from another: children under five from those under 10.
    under_ten = "The number of children under 10 who drowned fell from 312 to 124."
    asked = "How many children under five drowned in 2023?"
    assert contrasted(asked, under_ten)
    assert not contrasted(asked, "Among children under five, deaths fell from 221 to 79.")
    assert not contrasted(asked, "Children aged under 5 and children under 10 were counted.")
    assert not contrasted(asked, "The clinic treats over 100 children a day, most under five.")
    assert contrasted("How many people over 65 were vaccinated?", "Of people older than 80, 90%.")
    assert not contrasted("How many children drowned?", under_ten)
    # Not a share or a length of time.
    assert not contrasted(asked, "Deaths fell to under 10 per cent for over 20 years.")
    assert not contrasted(asked, "The toll was under 10, and the town has over 12 pools.")
    # The dead are counted apart from the injured, and normal time from overtime.
    flood = "The river burst its banks during a typhoon, killing 26 people."
    assert contrasted("How many people were injured in the flood?", flood)
    # Only a count tells them apart: other questions name either to describe an event.
    survivors = "Which hospital treated survivors of the crash that killed five?"
    assert not contrasted(survivors, "The injured were taken to St Mary's Hospital.")
    assert not contrasted("How many people were injured?", flood + " It injured 40.")
    assert contrasted("How many people died?", "Forty people were injured.")
    overtime = "In overtime, Abi Khalil blocked two shots and scored six points."
    assert contrasted("How many points did Abi Khalil score in normal time?", overtime)
    assert not contrasted("How many points did Abi Khalil score in overtime?", overtime)
    double = "In double overtime, Abi Khalil scored six points."
    assert contrasted("How many points did Abi Khalil score in normal time?", double)
    into = "Lister's interception set up the equaliser and took the match into extra time."
    assert not contrasted("Whose interception in normal time set up the equaliser?", into)
    # A place is not what lies outside it.
    italy = "It employs about 2,100 people in Italy."
    assert contrasted("How many does Ferrante employ outside Italy?", italy)
    assert not contrasted(
        "How many does Ferrante employ outside Italy?", italy + " 800 outside Italy."
    )
    assert not contrasted("How many does Ferrante employ in Italy?", italy)
    both = "Outside Italy it employs 800; in Italy, 2,100."
    assert not contrasted("How many does Ferrante employ outside Italy?", both)
    square = "He was arrested at a protest in Parliament Square."
    assert not contrasted("Who was arrested outside Parliament?", square)
    # Nor is a person, whom no sentence about a woman contrasts.
    assert not contrasted(
        "Who is the man charged?", "Police charged Lee Smith; the victim, a woman."
    )


def test_the_best_sentence_about_the_other_half_is_passed_over():
    women = evidence_at(1, "In the women's race, Mercy Chebet won in 2:19:48.", 300, 0.5)
    lead = evidence_at(2, "Getachew Tadesse won the Seville Marathon on Sunday.", 0, 0.2)
    girls = evidence_at(3, "The girls' race was won by a 15-year-old.", 500, 0.6)
    asked = "Who won the men's race?"
    assert uncontrasted_best(asked, [women, lead]) is lead
    assert uncontrasted_best(asked, [women]) is None
    assert uncontrasted_best("Who won the women's race?", [women, lead]) is None
    assert uncontrasted_best("Who won the boys' race?", [girls, lead]) is lead


def test_a_question_goes_unanswered_where_every_sentence_is_about_the_other_half():
    this_year = evidence_at(1, "The festival attracted 60,000 people this year.", 0, 0.5)
    lead = evidence_at(2, "Train drivers will strike during the festival.", 100, 0.2)
    asked = "How many visitors did the festival attract last year?"
    assert contrasted(asked, this_year.sentence)
    assert all_contrasted(asked, [this_year])
    # A sentence that gives no count answers no "how many", about whichever year it is.
    assert all_contrasted(asked, [this_year, lead])
    caption = evidence_at(2, "Crowds at last year's festival.", 100, 0.2)
    assert all_contrasted(asked, [this_year, caption])
    assert uncontrasted_best(asked, [this_year, caption]) is None
    counted = evidence_at(2, "Last year 52,000 came.", 100, 0.2)
    assert not all_contrasted(asked, [this_year, counted])
    assert uncontrasted_best(asked, [this_year, counted]) is counted
    # For other questions, any sentence may answer.
    assert not all_contrasted("Who ran last year's festival?", [this_year, lead])
    both = evidence_at(1, "It drew 60,000 this year, up from 52,000 last year.", 0, 0.5)
    assert not all_contrasted(asked, [both])
    assert not all_contrasted("How many visitors did the festival attract?", [this_year])
    assert not contrasted("What did she do in the last year of her term?", this_year.sentence)


def test_only_the_best_sentences_article_tells_of_the_half_asked():
    asked = "How much money was raised for charity at this year's championships?"
    since = "The event has raised £480,000 since it began, including £26,000 last year."
    total = evidence_at(1, since, 0, 0.56, doc_id="conkers")
    fee = evidence_at(2, "Competitors pay an entry fee of £5.", 300, 0.01, doc_id="conkers")
    # Another article's sum is of another event, rated however high.
    page = "A fundraising page for the rink had raised more than $38,000."
    rink = evidence_at(3, page, 0, 0.13, doc_id="rink")
    assert all_contrasted(asked, [total, fee, rink])
    assert uncontrasted_best(asked, [total, fee, rink]) is None
    # For a question for no measure, another article may tell of the half asked.
    women = evidence_at(1, "In the women's race, Mercy Chebet won.", 0, 0.6, doc_id="a")
    men = evidence_at(2, "Kelvin Ruto won the men's race.", 0, 0.5, doc_id="b")
    assert uncontrasted_best("Who won the men's race?", [women, men]) is men
    assert not all_contrasted("Who won the men's race?", [women, men])
    # A sentence of its article rated at least a fifth as high as the best may answer.
    raised = evidence_at(4, "This year's event raised £31,000.", 400, 0.2, doc_id="conkers")
    assert not all_contrasted(asked, [total, fee, rink, raised])
    assert uncontrasted_best(asked, [total, fee, rink, raised]) is raised


def test_a_question_about_last_year_is_answered_by_a_sentence_that_says_last_year():
    asked = "Who beat Haworth in the final qualifying round last year?"
    friday = "Dennis Haworth beat Zhou Hanlin by 10 frames to 7 in the final qualifying round."
    lost = "Last year he came within a frame, losing 10-9 to the Welsh player Rhys Pritchard."
    best, last = evidence_at(1, friday, 0, 0.68), evidence_at(2, lost, 90, 0.18)
    assert of_last_year(asked, [best, last]) is last
    # Not when the best says it, the question does not, nor for a sentence rated far below.
    assert of_last_year(asked, [evidence_at(1, lost, 0, 0.68), best]) is None
    assert of_last_year("Who beat Haworth in the final qualifying round?", [best, last]) is None
    assert of_last_year(asked, [best, evidence_at(2, lost, 90, 0.1)]) is None
    # A company's last fiscal year is its last year.
    fiscal = evidence_at(
        2, "It reported revenue of $410 million in its last fiscal year.", 90, 0.19
    )
    cuts = evidence_at(1, "She said the job cuts would mostly affect sales roles.", 0, 0.29)
    assert of_last_year("What were Quartzline's sales last year?", [cuts, fiscal]) is fiscal
    assert of_last_year("What were its sales in its last financial year?", [cuts, fiscal]) is fiscal
    # A sentence comparing with last year tells of this year.
    larger = evidence_at(2, "Its order book is 20% larger than last year.", 90, 0.19)
    assert of_last_year("What were Quartzline's sales last year?", [cuts, larger]) is None
    # Nor for a last year of something else, or a comparison with last year.
    term = "Who was club captain in his last year at Leeds?"
    assert of_last_year(term, [best, last]) is None
    assert of_last_year("How much did sales rise compared with last year?", [best, last]) is None
    # Nor one without the kind of answer asked for.
    nobody = evidence_at(2, "Last year he came within a frame of qualifying.", 90, 0.18)
    assert of_last_year(asked, [best, nobody]) is None


def test_a_financial_year_told_by_its_end_is_the_last_one():
    exported = (
        "Pakistan exported instruments worth about 530 million dollars in the financial year "
        "that ended in June."
    )
    asked = "What were Pakistan's instrument exports worth in the last financial year?"
    ended = evidence_at(1, exported, 0, 0.9)
    assert not unsaid_last_year(asked, [ended])
    to_march = evidence_at(1, "Sales reached £2.1 billion in the year to March.", 0, 0.9)
    assert not unsaid_last_year(asked, [to_march])
    weekly = evidence_at(1, "Pakistan exports instruments worth millions every week.", 0, 0.9)
    assert unsaid_last_year(asked, [weekly])


def test_a_question_about_now_is_answered_by_a_sentence_that_says_now():
    asked = "How many shops does the chain currently have?"
    plans = "Barlow's is to open 45 new shops over the next three years."
    now = "It now has 132 shops across Lancashire and Cumbria."
    best, present = evidence_at(1, plans, 0, 0.57), evidence_at(2, now, 90, 0.38)
    assert of_the_present(asked, [best, present]) is present
    # Not when the question does not ask about now, nor for an untyped question.
    assert of_the_present("How many shops will the chain open?", [best, present]) is None
    assert of_the_present("Is the chain currently growing?", [best, present]) is None
    # Nor for a sentence without the kind of answer asked for.
    vague = evidence_at(2, "It is now run by the founders' granddaughter.", 90, 0.38)
    assert of_the_present(asked, [best, vague]) is None
    # "The now-defunct ..." says nothing of now.
    defunct = evidence_at(2, "The now-defunct rival had 90 shops.", 90, 0.38)
    assert of_the_present(asked, [best, defunct]) is None
    # An age asked as it is now, of a horse as of anyone.
    owner = "Alan Rutherford, 67, one of the syndicate, said they had each paid £350."
    owned, aged = evidence_at(1, owner, 0, 0.10), evidence_at(2, "He is now 10.", 90, 0.09)
    assert of_the_present("How old is the winning horse now?", [owned, aged]) is aged


def test_a_sum_a_sentence_does_not_say_is_the_profit_asked_answers_no_profit():
    revenue = (
        "Stoppers made up 68 per cent of Sobreiral's revenue, which fell to 412 million euros."
    )
    sales = evidence_at(1, revenue, 0, 0.71)
    shares = evidence_at(2, "Shares in Sobreiral rose 4.2 per cent to 11.36 euros.", 200, 0.21)
    asked = "How much profit did Sobreiral make last year?"
    assert uncontrasted_best(asked, [sales, shares]) is None
    assert all_contrasted(asked, [sales, shares])
    made = evidence_at(2, "Its net profit was 31 million euros.", 200, 0.21)
    assert uncontrasted_best(asked, [sales, made]) is made
    assert not all_contrasted(asked, [sales, made])
    # A sum is no answer only beside a sentence on the other half: alone, it may be the profit.
    assert not all_contrasted(asked, [shares])
    opening = evidence_at(2, "Profit rose to 31 million euros.", 200, 0.21)
    assert uncontrasted_best(asked, [sales, opening]) is opening
    turnover = evidence_at(1, "Its net profit fell to 31 million euros.", 0, 0.7)
    told = evidence_at(2, "Sales fell 3 per cent to 412 million euros.", 200, 0.2)
    assert uncontrasted_best("What were Sobreiral's sales last year?", [turnover, told]) is told


def test_one_of_the_largest_does_not_say_which_is_the_largest():
    found = "It is one of the largest Martian meteorites ever found."
    one = [evidence_at(1, found, 0, 0.9)]
    assert ranked_among("What is the largest Martian meteorite ever found?", one)
    assert ranked_among("Which was the most powerful storm of the year?",
                        [evidence_at(1, "It was one of the most powerful storms.", 0, 0.9)])  # fmt: skip
    largest = evidence_at(2, "The largest, found in Mali in 2021, weighs 14 kilograms.", 90, 0.8)
    assert not ranked_among("What is the largest Martian meteorite ever found?", [*one, largest])
    assert not ranked_among("What is the Martian meteorite called?", one)
    second = [evidence_at(1, "Sobreiral, Portugal's second-largest cork company, said so.", 0, 0.6)]
    assert ranked_among("Which company is Portugal's largest cork producer?", second)
    behind = "Sobreiral is Portugal's second-largest cork producer, behind Corticeira Amorim."
    named = [evidence_at(1, behind, 0, 0.6)]
    assert not ranked_among("Which company is Portugal's largest cork producer?", named)
    world = [evidence_at(1, "It is one of the world's largest meteorites.", 0, 0.6)]
    assert ranked_among("What is the largest meteorite?", world)
    assert ranked_among(
        "Who is the best player?", [evidence_at(1, "He is one of the best.", 0, 0.6)]
    )
    # News writes "largest" for "biggest".
    withdrawals = "It is one of the largest withdrawals since the reserve was created."
    assert ranked_among("What was the biggest withdrawal ever made from the reserve?",
                        [evidence_at(1, withdrawals, 0, 0.7)])  # fmt: skip
    # Nouns ending "-est" rank nothing.
    protest = [evidence_at(1, "It was the second protest in a month.", 0, 0.6)]
    assert not ranked_among("What was the protest about?", protest)
    assert not ranked_among("What is the largest Martian meteorite?",
                            [evidence_at(1, "It is the largest found in Africa.", 0, 0.9)])  # fmt: skip


def test_a_question_about_last_year_is_unanswered_where_no_sentence_tells_of_a_past_year():
    won = evidence_at(1, "A Devon village team won the National Village Trophy at Lord's.", 0, 0.6)
    asked = "Who won the National Village Trophy last year?"
    assert unsaid_last_year(asked, [won])
    for told in ("Last year the trophy went to Tilbury.", "Tilbury won it in 2025."):
        assert not unsaid_last_year(asked, [won, evidence_at(2, told, 90, 0.3)]), told
    # Not rated below a fifth of the best, nor a question about this year.
    assert unsaid_last_year(asked, [won, evidence_at(2, "Tilbury won it in 2025.", 90, 0.1)])
    assert not unsaid_last_year("Who won the National Village Trophy?", [won])


def test_this_season_is_contrasted_with_last_season():
    this = "This season the government's minimum price is 75,000 ariary a kilogram."
    assert contrasted("What was the minimum price last season?", this)
    assert not contrasted("What is the minimum price this season?", this)


def test_how_many_of_one_half_is_unanswered_by_counts_of_other_things():
    boys = evidence_at(
        1, "More than 2,600 herd boys have learnt to read at night schools.", 0, 0.55
    )
    schools = evidence_at(2, "The programme has opened 74 night schools since 2021.", 100, 0.5)
    asked = "How many herd girls are enrolled at the night schools?"
    assert all_contrasted(asked, [boys, schools])
    assert uncontrasted_best(asked, [boys, schools]) is None
    girls = evidence_at(3, "About 300 herd girls attend the same classes.", 200, 0.3)
    assert not all_contrasted(asked, [boys, schools, girls])
    assert uncontrasted_best(asked, [boys, schools, girls]) is girls


def test_last_years_day_may_be_dated_by_the_sentence_before():
    from tests.conftest import passage

    asked = "On what date did Valletta have its busiest cruise day last year?"
    calls = "The Grand Harbour received 412 cruise ship calls in 2025, the most on record."
    busiest = "On the busiest day, 21 October, five ships were in port at once."
    hits = [passage(calls, busiest)]
    best = replace(evidence_at(1, busiest, len(calls) + 1, 0.6), date="2026-02-12")
    assert not unsaid_last_year(asked, [best], hits)
    assert unsaid_last_year(asked, [best], [passage(busiest, start=len(calls) + 1)])
    # Not any year: that of an article of 2025 is this year's.
    assert unsaid_last_year(asked, [replace(best, date="2025-11-02")], hits)
    founded = "The Halloran Prize, founded in 1987, is worth £20,000."
    won = "Huw Bevan won the Halloran Prize on Monday night."
    prize = replace(evidence_at(1, won, len(founded) + 1, 0.6), date="2026-02-12")
    assert unsaid_last_year(
        "Who won the Halloran Prize last year?", [prize], [passage(founded, won)]
    )


def test_what_a_thing_now_has_is_answered_by_its_measure_not_by_a_sentence_saying_now():
    asked = "How long is the digital code that every building now has?"
    code = evidence_at(1, "Each building has been given a 10-character digital code.", 0, 0.5)
    lead = evidence_at(2, "Every house now has a number, after a four-year project.", 100, 0.2)
    assert of_the_present(asked, [code, lead]) is None
    assert (
        of_the_present(
            "How many shops does the chain currently have?",
            [
                evidence_at(1, "The chain is to open 45 new shops.", 0, 0.5),
                evidence_at(2, "It currently has 132 shops.", 100, 0.2),
            ],
        ).start
        == 100
    )
