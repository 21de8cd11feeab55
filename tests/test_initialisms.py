from rag.initialisms import defined, initialism_of


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
