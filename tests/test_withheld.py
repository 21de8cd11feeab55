from rag.withheld import withheld
from tests.conftest import evidence_at


def _withheld(question: str, sentence: str) -> bool:
    return withheld(question, [evidence_at(1, sentence, 0, 0.5)])


def test_a_name_kept_back_answers_no_question_for_it():
    team = (
        "He is expected to sign next week with a European development team, according to "
        "Rukundo, who declined to name it."
    )
    assert _withheld("Which European development team is Niyonsenga expected to join?", team)
    assert not _withheld("Who is expected to sign next week?", team)
    makers = "It has talked to several storage manufacturers but declined to name them."
    assert _withheld("Which manufacturers has the company talked to?", makers)
    # What was kept back is another thing than the one asked.
    shop = (
        "The ticket was bought in the Gorse Hill area of Swindon, but it would not name the shop."
    )
    assert _withheld("Which shop sold the winning ticket?", shop)
    assert not _withheld("In which part of Swindon was the winning ticket sold?", shop)
    drones = "Officials declined to name the country that supplied the drones."
    assert _withheld("Which country supplied the drones?", drones)
    # Or in a clause of their own, though not "a second" of a kind the article may name.
    buyers = (
        "The other buyers were a second German brewer and a Dutch shipping company, which were "
        "not named in court."
    )
    assert _withheld("Which Dutch shipping company bought the hops?", buyers)
    assert not _withheld("Which German brewer bought the most hops?", buyers)
    another = "The hops went to Halbach, and another German brewer, which was not named."
    assert not _withheld("Which German brewer bought the hops?", another)
    named = "Van Ommen, a Dutch shipping company, carried it for two buyers, who were not named."
    assert not _withheld("Which Dutch shipping company carried the hops?", named)
    # "Them" is a thing told of without its name, not any noun before it.
    went = "Two men went to hospital, and police declined to name them."
    assert not _withheld("Which hospital did the men go to?", went)


def test_a_sum_kept_back_answers_no_question_for_money():
    sold = "The mill has been bought by Ferrandi Tessuti for an undisclosed sum."
    assert _withheld("How much did Ferrandi Tessuti pay for the mill?", sold)
    assert not _withheld("Which company bought the mill?", sold)
    assert _withheld("How much ransom did the group demand?", "It did not say how much it wanted.")
    terms = "The terms of the deal were not disclosed."
    assert _withheld("What price did the buyer pay?", terms)
    assert not _withheld("What price did the buyer pay?", "The buyer paid £4m, it disclosed.")
    # A sentence that states the sum answers however much else it keeps back.
    striker = "The club paid £20m for the striker but did not disclose the terms of his contract."
    assert not _withheld("How much did the club pay for the striker?", striker)
    # Any other sum the sentence states is none of the one kept back.
    profit = "The club, which made a £5m profit last year, bought the mill for an undisclosed sum."
    assert _withheld("How much did the club pay for the mill?", profit)
