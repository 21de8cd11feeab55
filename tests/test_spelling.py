from rag.spelling import corrected, corrections, misspelt

ARTICLE = (
    "Kremlin spokesman Dmitry Peskov said the visit would take place in Vladivostok. "
    "Mr Kim travelled to Russia on his private train, accompanied by officials. "
    "The Cévennes region stayed Protestant."
)
WORDS = ARTICLE.replace(".", " ").replace(",", " ").split()


def known(word: str) -> bool:
    return word.lower() in {w.lower() for w in WORDS}


def test_misspelt_names_and_question_words_are_corrected_to_the_articles_words():
    fixes = corrections("waht did Peskv say about Vladivostock?", known, WORDS)
    assert fixes == {"waht": "what", "Peskv": "Peskov", "Vladivostock": "Vladivostok"}


def test_a_correction_keeps_the_users_capital_and_the_articles_spelling():
    assert corrections("Waht did he say?", known, WORDS) == {"Waht": "What"}
    assert corrections("Who is peskov's deputy? peskv", known, WORDS) == {"peskv": "Peskov"}


def test_a_possessive_is_corrected_as_its_noun():
    assert corrections("What is Peskv's role?", known, WORDS) == {"Peskv": "Peskov"}
    assert corrected("What is Peskv’s role?", known, lambda q: WORDS) == "What is Peskov’s role?"
    # The articles may write a name only in the possessive.
    assert corrections("Who is Vostochy?", known, ["Vostochny’s"]) == {"Vostochy": "Vostochny"}


def test_a_swap_of_two_letters_wins_over_other_single_edits():
    # "wehre" is one edit from both "where" (swap) and "were" (a dropped letter).
    assert corrections("Wehre did Kim go?", known, WORDS) == {"Wehre": "Where"}


def test_a_common_word_the_articles_lack_is_left_for_the_refusal():
    # "population" is in no article; "train" -> "trains" would be one edit, but "trains" is
    # a common word, so a real question about something else.
    assert corrections("What is the population of North Korea?", known, WORDS) == {}
    assert corrections("How many trains did he take?", known, WORDS) == {}


def test_a_word_missing_only_its_accents_is_corrected_even_when_common():
    assert corrections("Which region is the Cevennes?", known, WORDS) == {"Cevennes": "Cévennes"}


def test_ambiguous_short_and_first_letter_changes_are_left_alone():
    assert corrections("Who is Kimm?", known, ["Kimi", "Kims"]) == {}  # two candidates
    assert corrections("What did he sa?", known, WORDS) == {}  # too short to guess
    assert corrections("Who is Beskov?", known, WORDS) == {}  # first letter differs


def test_misspelt_skips_known_words_numbers_and_stop_words():
    assert misspelt("How did Kim travel in 2023 with teh officials?", known) == {"travel"}
    assert misspelt("Why did Peskov speak?", known) == {"speak"}


def test_passages_are_retrieved_only_when_a_word_may_be_misspelt():
    asked = []

    def passages(question: str) -> list[str]:
        asked.append(question)
        return [ARTICLE]

    assert corrected("Who is Peskov?", known, passages) == "Who is Peskov?"
    assert asked == []
    assert corrected("Who is Peskv?", known, passages) == "Who is Peskov?"
    assert asked == ["Who is Peskv?"]
