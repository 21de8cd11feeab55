from rag.initialisms import defined, initialism_of, spells_out, spelt_out


def test_an_initialism_is_defined_by_the_name_whose_words_it_spells():
    texts = [
        "The National Seismology Institute (NSI) said the quake was shallow.",
        "The United Dock and Harbour Workers' Union (UDHWU), which represents 3,400 workers",
        "Kim Jong Un (left) met Vladimir Putin (KCNA).",
        "Reuters (RTRS) reported it.",
    ]
    assert defined(texts) == {
        "National Seismology Institute": "NSI",
        "United Dock Harbour Workers' Union": "UDHWU",
    }
    assert initialism_of("United Dock and Harbour Workers' Union", texts) == "UDHWU"
    assert initialism_of("the national seismology institute", texts) == "NSI"
    assert initialism_of("National Seismology Agency", texts) is None


def test_common_initials_are_spelt_out_as_the_retrieved_passages_spell_them():
    asked: list[str] = []

    def passages(*texts: str):
        def retrieve(question: str) -> list[str]:
            asked.append(question)
            return list(texts)

        return retrieve

    spelt = passages("Hartmann founded it with its chief technology officer, Omer Yildiz.")
    assert spelt_out("Who is Parcelink's CTO?", spelt) == (
        "Who is Parcelink's chief technology officer?"
    )
    # Passages that write the initials, or spell them in none of the known ways, keep them.
    written = passages("Parcelink CTO Omer Yildiz said so.", "its chief technology officer")
    assert spelt_out("Who is Parcelink's CTO?", written) == "Who is Parcelink's CTO?"
    assert spelt_out("How many MPs voted?", passages("41 lawmakers voted.")) == (
        "How many lawmakers voted?"
    )
    assert spelt_out("Who is the CEO?", passages("Its boss is Ana Ruiz.")) == "Who is the CEO?"
    assert (
        spelt_out("How many MPs voted?", passages("Lawmakers voted."))
        == "How many lawmakers voted?"
    )
    assert spelt_out("How many TB cases were found?", passages("Tuberculosis kills.")) == (
        "How many tuberculosis cases were found?"
    )
    us = passages("She won the United States Open.")
    assert spelt_out("Who won the US Open?", us) == "Who won the US Open?"
    prime = passages("The prime minister spoke.")
    assert spelt_out("What happened at 3 PM?", prime) == "What happened at 3 PM?"
    # A question without such initials retrieves nothing more; a word in lower case is no
    # initialism.
    asked.clear()
    assert spelt_out("Who said tv was dying?", spelt) == "Who said tv was dying?"
    assert asked == []


def test_initials_are_spelt_out_by_consecutive_words_of_three_letters_or_more():
    assert spells_out("MMR", "both doses of the measles, mumps and rubella vaccine")
    assert spells_out("NHS", "the National Health Service said")
    assert not spells_out("MMR", "measles and rubella, mumps")
    assert not spells_out("US", "under scrutiny")  # two letters spell too much by chance
    # Stop words are passed over, and a clause's end breaks the run.
    assert not spells_out("WHO", "which have only")
    assert not spells_out("NHS", "It was new. Health staff agreed.")
