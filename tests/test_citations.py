from rag.citations import attach_citations, names, numbers, unmentioned, unsupported_facts
from rag.evidence import needs_context, select_evidence
from rag.types import Evidence
from tests.conftest import passage_of

TRAIN = "Mr Kim left Pyongyang for Russia on Sunday on his private train, the North's state media reported on Tuesday."
TRIPS = (
    "Mr Kim does not travel abroad frequently, having made just seven trips away from his country."
)
FORUM = "Mr Putin arrived in the far eastern city of Vladivostok on Monday, Russia's Tass news agency said."


def ev(marker: int, sentence: str) -> Evidence:
    return Evidence(
        marker,
        sentence,
        "d1",
        "Kim in Russia",
        "Reuters",
        None,
        10 * marker,
        10 * marker + len(sentence),
        1.0,
    )


EVIDENCE = [ev(1, TRAIN), ev(2, TRIPS), ev(3, FORUM)]


def test_supported_sentence_gets_the_right_marker():
    cited = attach_citations("Kim travelled to Russia on his private train.", EVIDENCE)
    assert cited.text == "Kim travelled to Russia on his private train [1]."
    assert [c.marker for c in cited.citations] == [1]
    assert cited.citations[0].sentence == TRAIN


def test_wrong_and_invented_markers_are_replaced():
    cited = attach_citations("Mr Putin arrived in Vladivostok on Monday [1][7].", EVIDENCE)
    assert cited.text == "Mr Putin arrived in Vladivostok on Monday [3]."
    assert [c.marker for c in cited.citations] == [3]


def test_unsupported_number_never_reaches_the_user():
    cited = attach_citations(
        "Kim has made seven trips abroad [2]. North Korea has about 1.5 billion people [2].",
        EVIDENCE,
    )
    assert "1.5" not in cited.text and "billion" not in cited.text
    assert cited.text == "Kim has made seven trips abroad [2]."


def test_changed_number_is_dropped_even_with_a_citation():
    cited = attach_citations("Kim has made eight trips abroad [2].", EVIDENCE)
    assert cited.text == "" and cited.citations == ()


def test_unsupported_name_is_dropped():
    cited = attach_citations("Kim travelled on his private train with Xi Jinping [1].", EVIDENCE)
    assert cited.text == ""


def test_misspelt_name_opening_the_answer_is_dropped():
    assert attach_citations("Vladimir Putin arrived in Vladivostok on Monday.", EVIDENCE).text == ""
    cited = attach_citations("Putin arrived in Vladivostok on Monday.", EVIDENCE)
    assert cited.text == "Putin arrived in Vladivostok on Monday [3]."
    # A capitalised first word that opens no name is an ordinary word.
    assert unsupported_facts("Travelling by train, Kim reached Russia.", [TRAIN]) == set()


def test_a_name_is_mentioned_in_the_forms_news_writes_it():
    text = (
        "Russia’s state television showed the train, Japan’s Kyodo News reported. The U.S. "
        "asked the United Nations Security Council to meet."
    )
    for question in (
        "Which TV channel showed the train?",  # spelt out
        "Which Japanese agency reported it?",  # the nationality of a country named
        "What did the Russian channel show?",
        "What did the US ask?",  # written with full stops
        "What did the UN do?",  # the initials of a name
        "When did the UNSC meet?",
    ):
        assert unmentioned(question, text) == set(), question
    assert unmentioned("What did the CTO say?", "Its chief technology officer said so.") == set()
    assert unmentioned("What did the CTO say?", "Its chief executive said so.") == {"cto"}
    assert unmentioned("What did the Chinese agency say?", text) == {"chinese"}
    assert unmentioned("What did the EU ask?", text) == {"eu"}
    # A planet and its adjective name the same body.
    mars = "It matches the atmosphere of Mars as measured by NASA's Viking landers."
    assert unmentioned("Which spacecraft measured the Martian atmosphere?", mars) == set()
    assert unmentioned("What is on Mars?", "The Martian surface is red.") == set()
    assert unmentioned("What is on Venus?", "The Martian surface is red.") == {"venus"}
    # Names a letter apart are different people, not a country and its nationality.
    assert unmentioned("What did Marian Kovac say?", "Maria Kovac said.") == {"marian"}


def test_a_capital_names_its_country_and_the_other_way_round():
    urged = "Washington urged Pyongyang to keep its promise not to sell arms to Russia."
    question = "When did Washington urge Pyongyang not to sell arms to Moscow?"
    assert unmentioned(question, urged) == set()
    assert unmentioned("How many trips were to Beijing?", "Four trips were to China.") == set()
    assert unmentioned("What has Russia denied?", "Pyongyang and Moscow have denied it.") == set()
    # Another country's capital is another country.
    assert unmentioned("What did Seoul say?", "Pyongyang said it would.") == {"seoul"}


def test_claim_spanning_two_sentences_cites_both():
    cited = attach_citations(
        "Kim left Pyongyang on his private train while Putin arrived in Vladivostok.", EVIDENCE
    )
    assert [c.marker for c in cited.citations] == [1, 3]


def test_numbers_are_normalised():
    assert numbers("more than 1,500km and seven trips in 2019.") == {"1500", "7", "2019"}
    assert unsupported_facts("It is 1500 km away.", ["more than 1,500km to the north"]) == set()
    # Digits in a name count as numbers an answer must not change, but state none a question
    # asks the answer to hold.
    assert numbers("The 5G and G7 talks on F-35 jets in 2019.") == {"5", "7", "35", "2019"}
    assert numbers("The 5G and G7 talks on F-35 jets in 2019.", in_names=False) == {"2019"}
    assert names("It sold Estmark’s 5G frequencies.") == {"estmark"}
    assert numbers("in mid-2019, 10M users", words=False, in_names=False) == {"2019", "10"}
    assert names("It said Boeing grounded the 737MAX jets.") == {"boeing"}


def test_words_a_pronoun_said_bring_the_sentence_naming_the_speaker():
    hit = passage_of(
        ("His lawyer, Carina Dahl, said her client would appeal.", 0.3),
        ("“The firm was brought down by the property market,” she said.", 0.9),
        ("The jury took three days.", 0.1),
    )
    sentences = hit.sentences
    evidence = select_evidence([hit], {("d1", s.index): s.score for s in sentences})
    assert [e.sentence for e in evidence] == [sentences[0].text, sentences[1].text]


def test_pronoun_sentence_brings_its_predecessor():
    hit = passage_of(
        ("Mr Peskov spoke to reporters in Moscow.", 0.5),
        ("He said the talks would be one-on-one.", 0.9),
        ("The weather was mild.", 0.1),
    )
    sentences = hit.sentences
    evidence = select_evidence(
        [hit], {("d1", s.index): s.score for s in sentences}, max_sentences=3
    )
    assert [e.sentence for e in evidence] == [sentences[0].text, sentences[1].text]
    assert [e.marker for e in evidence] == [1, 2]
    assert needs_context("Mr Peskov said they will meet.") is False
    assert needs_context("They will meet.") is True
    # A quotation without its own attribution needs the sentence that names the speaker.
    assert needs_context("“Talks will follow.”") is True
    assert needs_context("“Talks will follow,” Mr Peskov said.") is False
    # So does a quotation that "she said", and words she reported after a clause of her own;
    # not a sentence that names its speaker before a pronoun repeats her.
    assert needs_context("“The firm was brought down by the market,” she said outside.") is True
    assert needs_context("The ducts must go, a job she said would take nine months.") is True
    assert needs_context("“I was too slow,” the 31-year-old said.") is True
    assert needs_context("Questions he asked were ignored, Smith said.") is False
    assert (
        needs_context("Claire Duvall said it would cost 410 million dollars, money she said ...")
        is False
    )


def test_names_joined_by_a_hyphen_are_each_a_name():
    assert names("When was the previous Kim-Putin summit?") == {"kim", "putin"}
    assert not unmentioned("the Kim-Putin summit", "Mr Kim’s second summit with Mr Putin")
    assert unmentioned("the Kim-Xi summit", "Mr Kim’s second summit with Mr Putin") == {"xi"}
    assert not unmentioned("What did Rolls-Royce say?", "Rolls-Royce said so.")
    assert "suk-yeol" in names("Talks with President Yoon Suk-yeol.")  # one name


def test_the_language_a_meaning_is_asked_in_need_not_be_named():
    text = "Y Gorlan, which means The Fold, has been viewed 11.2 million times."
    assert unmentioned("What does the title Y Gorlan mean in English?", text) == set()
    assert unmentioned("What is Y Gorlan called in French?", text) == set()
    assert unmentioned("How many English viewers watched Y Gorlan?", text) == {"english"}
    # A place something was said in is a name to find.
    assert unmentioned("What did Biden say in Warsaw?", "Biden said so.") == {"warsaw"}


def test_plain_dollars_are_the_us_dollars_a_question_asks_for():
    converted = "She ordered it to pay 9.2 billion ariary, or about 2 million dollars."
    assert unmentioned("What is it worth in US dollars?", converted) == set()
    assert unmentioned("What is it worth in U.S. dollars?", "It cost $4m.") == set()
    # Dollars of another country are not.
    assert unmentioned("What is it worth in US dollars?", "It cost 3 million Namibian dollars.")
    assert unmentioned("What did the US say?", "It cost 2 million dollars.") == {"us"}
    assert unmentioned("What is it worth in US dollars?", "It cost NZ$5 million.") == {"us"}
    pledged = "Germany pledged $5 billion to Ukraine."
    assert unmentioned("How many US dollars did the US pledge to Ukraine?", pledged) == {"us"}
