from rag.places import countries, is_nationality, named_otherwise


def test_a_country_is_found_by_its_name_capital_people_or_initials():
    found = countries("Moscow and Washington spoke; Russian and US officials met in Russia.")
    forms = sorted(sorted(f) for f in found.values() if len(f) > 1)
    assert forms == [["Moscow", "Russia", "Russian"], ["US", "Washington"]]


def test_a_lower_case_word_names_no_country():
    # "us" is a pronoun, "turkey" a bird, "china" a plate.
    assert countries("They told us the turkey was on the china.") == {}


def test_named_otherwise_gives_the_questions_forms_the_text_writes_differently():
    question = "Did Washington warn Moscow and Seoul?"
    text = "American officials warned Russia."
    assert named_otherwise(question, text) == {"Washington", "Moscow"}
    assert named_otherwise(question, "Nothing about any country.") == set()
    # Wales, whose population the table lacks, is named by its people too.
    assert named_otherwise("What did Welsh farmers lose?", "Farmers in Wales lost.") == {"Welsh"}


def test_forms_shared_or_written_otherwise_are_read_as_news_means_them():
    # Dotted initials; a nationality shared by several countries is the most populous one's.
    assert named_otherwise("What did Washington say?", "U.S. officials said.") == {"Washington"}
    assert named_otherwise("What did Beijing say?", "Chinese officials said.") == {"Beijing"}
    assert named_otherwise("What did Hong Kong say?", "Chinese officials said.") == set()
    # A form inside a longer name, and small territories' capitals, name no country.
    assert countries("New Mexico officials said.") == {}
    # Initials before a country's name make a body of that country, not another name.
    assert named_otherwise("What did the Scottish charity give?", "funded by MND Scotland")
    assert countries("a report by NHS Scotland") != {}
    assert countries("George Washington said.") == {}
    # Not in a line in capitals, nor after a Roman numeral or two letters.
    assert countries("NEW MEXICO OFFICIALS SAID") == {}
    assert countries("World War II Germany") == {}
    assert countries("AJ Jordan scored.") == {}
    assert countries("In Mexico, officials said.") != {}
    assert countries("Stanley and Hamilton met.") == {}


def test_a_nationality_is_a_peoples_adjective():
    assert all(map(is_nationality, ["Russian", "Welsh", "Scottish", "Tongan"]))
    assert not any(map(is_nationality, ["Russia", "Moscow", "Brian", "russian", "Hamish"]))
