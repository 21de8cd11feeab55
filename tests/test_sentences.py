from rag.sentences import split_sentences


def test_offsets_point_into_the_text():
    text = (
        "Mr Kim left Pyongyang on Sunday. He was accompanied by officials.\n\n"
        "“It will be a full-fledged visit,” Mr Peskov said. He said so twice. He said so twice."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Mr Kim left Pyongyang on Sunday.",
        "He was accompanied by officials.",
        "“It will be a full-fledged visit,” Mr Peskov said.",
        "He said so twice.",
        "He said so twice.",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert sentences[3].start < sentences[4].start
    assert [s.index for s in sentences] == list(range(5))


def test_abbreviations_do_not_split():
    text = "Kim Jong Un waves from a train in Pyongyang, Sept 10. Dr. Smith met U.S. officials at 3 p.m. on Monday."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences == [
        "Kim Jong Un waves from a train in Pyongyang, Sept 10.",
        "Dr. Smith met U.S. officials at 3 p.m. on Monday.",
    ]


def test_paragraphs_never_merge():
    text = "Closer cooperation\n\nWashington voiced concern."
    assert [s.text for s in split_sentences(text)] == [
        "Closer cooperation",
        "Washington voiced concern.",
    ]


def test_run_on_text_is_cut_to_max_chars():
    text = " ".join(["word"] * 2000)
    sentences = split_sentences(text, max_chars=300)
    assert all(len(s.text) <= 300 for s in sentences)
    assert " ".join(s.text for s in sentences) == text
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_a_dateline_abbreviation_does_not_end_the_sentence():
    text = "SPARTA, Tenn. - A pale salamander is new to science.\nLists:\n- one item.\n- another."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[0] == "SPARTA, Tenn. - A pale salamander is new to science."
    assert sentences[-2:] == ["- one item.", "- another."]


def test_a_full_stop_inside_brackets_does_not_end_the_sentence():
    text = (
        "Datanet 1 referred to the network (using the X.121 DNIC 2041), the name also referred "
        "to the PAD service Telepad. The next sentence."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        text[: text.index(" The next")],
        "The next sentence.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # Closed brackets end nothing they should not.
    stray = "Shares fell :( on Monday. Analysts at Barclays (BARC) cut their target. Profits fell."
    assert len(split_sentences(stray)) == 3
    closed = "He said (this was odd) that it works. Then more."
    assert [s.text for s in split_sentences(closed)] == [
        "He said (this was odd) that it works.",
        "Then more.",
    ]


def test_a_rough_amount_does_not_end_the_sentence_at_its_abbreviation():
    text = (
        "The population of the Dutch Republic amounted to ca. 2 million. The abbey was built c. "
        "1850 and cost approx. £90,000. Prices rose 5 per cent. 2019 was a record year."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The population of the Dutch Republic amounted to ca. 2 million.",
        "The abbey was built c. 1850 and cost approx. £90,000.",
        "Prices rose 5 per cent.",
        "2019 was a record year.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)
