import numpy as np

from rag.lexical import BM25Index
from rag.spelling import corrected, corrections, misspelt

ARTICLE = (
    "Kremlin spokesman Dmitry Peskov said the visit would take place in Vladivostok. "
    "Travel by train: Mr Kim travelled to Russia on his private train, accompanied by officials. "
    "Peskov’s remarks followed. The Cévennes region stayed Protestant."
)
INDEX = BM25Index.build(np.arange(1), [ARTICLE])


def ask(question: str) -> str:
    return corrected(question, INDEX.holds, lambda q: [ARTICLE])


def test_misspelt_names_and_question_words_are_corrected_to_the_articles_words():
    assert ask("waht did Peskv say about Vladivostock?") == "what did Peskov say about Vladivostok?"
    assert ask("Wehn did Kim travle to Rusia?") == "When did Kim travel to Russia?"


def test_a_correction_is_written_as_the_articles_write_it_and_capitalised_as_asked():
    # The article writes "Travel" only where it opens a sentence.
    assert ask("how did kim travle to rusia?") == "how did kim travel to Russia?"
    assert ask("Waht did Peskv's aide say?") == "What did Peskov's aide say?"


def test_words_inside_hyphenated_words_and_possessives_are_corrected():
    assert ask("What did Rusia-Ukraine talks and Peskv’s remarks say?") == (
        "What did Russia-Ukraine talks and Peskov’s remarks say?"
    )


def test_a_swap_of_two_letters_wins_over_other_single_edits():
    # "wehre" is one edit from both "where" (a swap) and "were" (a dropped letter).
    assert corrections({"Wehre"}, []) == {"Wehre": "Where"}


def test_an_unfinished_question_word_is_completed():
    # "wher" is one changed letter from "when", and "where" left unfinished.
    assert corrections({"Wher"}, []) == {"Wher": "Where"}
    assert ask("wher did Kim travle?") == "where did Kim travel?"
    assert corrections({"Pesko"}, ["Peskov"]) == {}  # a name is not left unfinished


def test_a_common_word_the_articles_lack_is_left_for_the_refusal():
    # "tanks" is one changed letter from "talks", but people often write "tanks".
    assert corrections({"tanks"}, ["talks"]) == {}
    assert corrections({"tansk"}, ["talks", "tanks"]) == {"tansk": "tanks"}


def test_a_final_letter_added_or_dropped_makes_another_name_not_a_slip():
    assert corrections({"Peskova", "Kimi"}, ["Peskov", "Kim"]) == {}
    assert corrections({"Pesckov"}, ["Peskov"]) == {"Pesckov": "Peskov"}


def test_a_word_missing_only_its_accents_is_corrected_even_when_common():
    assert ask("Which region is the Cevennes?") == "Which region is the Cévennes?"
    assert corrections({"Francois"}, ["François"]) == {"Francois": "François"}


def test_ambiguous_short_and_first_letter_changes_are_left_alone():
    assert corrections({"Kimo"}, ["Kima", "Kimu"]) == {}  # two candidates, neither a swap
    assert corrections({"Beskov"}, ["Peskov"]) == {}  # first letter differs
    assert ask("What did he sa about Kmi?") == "What did he sa about Kmi?"  # too short to guess


def test_a_word_the_passages_hold_is_not_corrected_to_itself():
    assert corrections({"kimm"}, ["Kimm and Kim"]) == {}
    # The index holds "Agro-Industry" as one word, and "Agro" nowhere on its own.
    lent = "A loan from the Agro-Industry Fund came a year ago."
    assert corrections({"Agro"}, [lent]) == {}
    assert corrections({"Agro"}, ["It came a year ago."]) == {"Agro": "Ago"}


def test_misspelt_words_are_those_no_article_holds():
    assert misspelt("How did Kim travel in 2023 to Khasan with the officials?", INDEX.holds) == {
        "Khasan"
    }
    assert INDEX.holds("travelling") and INDEX.holds("Peskov’s")
    assert not INDEX.holds("Khasan") and not INDEX.holds("the")


def test_passages_are_retrieved_only_when_a_word_may_be_misspelt():
    asked = []

    def passages(question: str) -> list[str]:
        asked.append(question)
        return [ARTICLE]

    assert corrected("Who is Peskov?", INDEX.holds, passages) == "Who is Peskov?"
    assert asked == []
    assert corrected("Who is Peskv?", INDEX.holds, passages) == "Who is Peskov?"
    assert asked == ["Who is Peskv?"]
