from rag.mentions import unnamed_in


def test_a_name_is_mentioned_by_another_of_its_words_or_another_form():
    assert unnamed_in("How long has Kim Jong Un ruled?", "Mr Kim has ruled for 12 years.") == set()
    assert unnamed_in("When did the Normans invade?", "The Norman invasion began.") == set()
    assert unnamed_in("How many Western Rangers fans came?", "Bayside fans came.") == {
        "western",
        "rangers",
    }
    # A capitalised question word is no part of the name after it.
    assert unnamed_in("Which Italian club signed him?", "A club signed him.") == {"italian"}
    # Initials are mentioned by the words they stand for.
    given = "78.2 per cent had both doses of the measles, mumps and rubella vaccine."
    assert unnamed_in("What share had both MMR doses?", given) == set()
    assert unnamed_in("What share had both MMR doses?", "78.2 per cent had both doses.") == {"mmr"}
    # News names someone in full once, then by an honorific and the surname.
    assert (
        unnamed_in("What does Imogen Tate's brother do?", "Ms Tate's brother runs the herd.")
        == set()
    )
    # Someone else of the family is not them.
    assert unnamed_in("How old is Richard Tate?", "Imogen Tate, 34, said so.") == {"richard"}
    # A possessor is a name of its own, not part of the name after it.
    office = "Parcelink will close its office in Warsaw."
    assert unnamed_in("How many work at Parcelink's Lisbon office?", office) == {"lisbon"}
    assert unnamed_in("How many work at Parcelink's Warsaw office?", office) == set()
    # A name with lower-case words inside is one name, which a text may call by its first words.
    factory = "It will invest 120 million euros in the San Vito factory."
    asked = "How much will it invest in the San Vito al Tagliamento factory?"
    assert unnamed_in(asked, factory) == set()
    assert unnamed_in(asked, "It will invest 120 million euros in Pordenone.") == {
        "san",
        "vito",
        "tagliamento",
    }


def test_a_rank_is_no_name_of_its_own():
    asked = "How many of Sgt Breckon's family came?"
    assert unnamed_in(asked, "Sergeant Thomas Breckon was laid to rest.") == set()
    assert unnamed_in(asked, "Sergeant Thomas Morley was laid to rest.") == {"breckon"}
    # A title may be shortened: "Prof Mori" is "Professor Mori".
    asked = "How many bears does Professor Mori estimate live in Iwate?"
    assert unnamed_in(asked, "Prof Mori estimates that Iwate is home to 3,700 bears.") == set()
    assert "mori" in unnamed_in(asked, "Prof Sato estimates that Iwate is home to 3,700 bears.")
    # So is a councillor's: "Cr Doolan" and "Cllr Doolan" are "Councillor Shane Doolan".
    doolan = "Councillor Shane Doolan said there were two rangers."
    for asked in ("How many rangers, according to Cr Doolan?", "What did Cllr Doolan say?"):
        assert unnamed_in(asked, doolan) == set(), asked
        assert unnamed_in(asked, doolan.replace("Doolan", "Kerr")) == {"doolan"}, asked


def test_a_couple_is_named_by_their_shared_surname():
    asked = "When did Pauline and Derek Ashcroft take over the shop?"
    assert unnamed_in(asked, "Mr and Mrs Ashcroft took it over in 1992.") == set()
    assert unnamed_in(asked, "The Ashcrofts took it over in 1992.") == set()
    assert unnamed_in(asked, "Mrs Ashcroft took it over in 1992.") == {"pauline"}
    assert unnamed_in(asked, "Mrs Ashcroft's shop opened in 1992.") == {"pauline"}
    assert unnamed_in("When did Spain and North Korea meet?", "Korea met in 1992.") == {"spain"}
    assert "spain" in unnamed_in("When did Spain and North Korea meet?", "The Koreas met.")


def test_a_family_is_named_by_its_name_in_the_plural():
    told = "Barry Coultas, 74, and his wife Janet have lived there for 38 years."
    assert unnamed_in("How far from the Coultases' back door was the edge?", told) == set()
    assert unnamed_in("Where do the Joneses live?", "Tom Jones lives in Leeds.") == set()
    assert unnamed_in("Where do the Smiths live?", "Tom Jones lives in Leeds.") == {"smiths"}


def test_a_name_is_called_by_the_other_name_its_article_gives_it():
    from rag.mentions import called_otherwise

    article = [
        "Tarik Begović, who has been jumping into the river since he was nine, won the title. "
        "Divers leap from the arch of the Stari Most, or Old Bridge, which stands 21 metres high."
    ]
    assert called_otherwise("tarik", "Begović's grandfather won the title in 1976.", article)
    assert not called_otherwise("tarik", "Mirsad Begović won the title in 1976.", article)
    assert called_otherwise("stari", "The Old Bridge was destroyed in November 1993.", article)
    # Only a person the article introduces as one: not "Yale" of "Yale University".
    assert not called_otherwise(
        "yale",
        "The University Ranking put Harvard first.",
        ["Yale University, founded in 1701, is old."],
    )
    # Nor the other of a choice or a list.
    choice = ["Voters were asked whether they would back Labour, or Reform UK, in May."]
    assert not called_otherwise("labour", "Reform UK won 30 seats.", choice)


def test_a_name_joined_to_a_word_is_mentioned_by_the_name_so_joined_otherwise():
    results = "results for all candidates in the French-speaking system come out by 31 July"
    assert unnamed_in("When do the French-language results come out?", results) == set()
    assert unnamed_in(
        "How many Russian-backed fighters died?", "Ukrainian-backed fighters died"
    ) == {"russian-backed"}
