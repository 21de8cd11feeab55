from rag.cleaning import clean_text, is_boilerplate
from tests.conftest import SEEDS


def test_generic_boilerplate_lines_are_dropped():
    body = "\n\n".join(
        [
            "The council approved the budget on Monday.",
            "Remote video URL",
            "Advertisement",
            "PHOTO: AFP",
            "Sign up for our Morning Briefing newsletter to get the top stories in your inbox.",
            "Follow us on Instagram for more updates.",
            "Read more: Council faces new challenge",
            "AFP, REUTERS",
            "(Reporting by Jo Kim in Seoul; Editing by Ann Lee)",
            "Critics said the plan came too late.",
        ]
    )
    cleaned = clean_text(body)
    assert cleaned == (
        "The council approved the budget on Monday.\n\nCritics said the plan came too late."
    )


def test_headlines_listed_under_a_read_more_heading_are_dropped():
    wire = (
        "The court also ordered him to repay the money.\n\n"
        "Read more:\n"
        "Anti-graft agency says it recovered 2 billion shillings last year\n"
        "Port cargo volumes rise 6 per cent in first half\n\n"
        "The agency said it had overhauled its controls."
    )
    assert clean_text(wire) == (
        "The court also ordered him to repay the money.\n\n"
        "The agency said it had overhauled its controls."
    )
    # As Markdown leaves it once its links and emphasis are gone: the list after a blank line.
    listed = (
        "Trials continue in 2027.\n\nRead more:\n\n- Explainer: Why dengue is spreading\n"
        "- Mosquito-borne diseases: What travellers need to know\n\n---\n\n"
        "AP soccer: https://example.com/hub/soccer"
    )
    assert clean_text(listed) == "Trials continue in 2027."
    # A headline may end in a quotation; a sentence ends before or after it.
    quoted = (
        "Related:\n- Council warns of 'toughest budget in a generation'\n"
        "- Local elections 2024: all the results\n\nShe said it was a 'disgrace'."
    )
    assert clean_text(quoted) == "She said it was a 'disgrace'."
    nested = "Related:\n- Council warns of budget gap\n\n“We told them ‘go home.’”"
    assert clean_text(nested) == "“We told them ‘go home.’”"


def test_every_link_list_heading_drops_the_headlines_under_it():
    for heading in ["See also", "Related stories:", "Also read:", "Further reading", "More news"]:
        body = f"Story one.\n\n{heading}\nA headline about something else\n\nStory two."
        assert clean_text(body) == "Story one.\n\nStory two.", heading


def test_a_sentence_after_a_read_more_heading_is_story_text():
    body = "Read more:\nThe minister resigned on Friday, his office said."
    assert clean_text(body) == "The minister resigned on Friday, his office said."


def test_caption_credit_and_wire_signoff_are_stripped_but_text_kept():
    body = (
        "Rescuers search the rubble in Antakya, Turkey, on Feb 7. ST PHOTO: JANE DOE\n\n"
        "The death toll rose to 5,000, officials said. AFP"
    )
    assert clean_text(body) == (
        "Rescuers search the rubble in Antakya, Turkey, on Feb 7.\n\n"
        "The death toll rose to 5,000, officials said."
    )


def test_story_sentences_are_not_boilerplate():
    for line in [
        "Photographers were barred from the courtroom.",
        "He told Reuters the deal was close.",
        "Join the queue, the minister told reporters, and wait for your turn.",
        "The app was downloaded a million times, the company said in a statement about growth.",
        "Reporting by the agency was thin, officials said.",
    ]:
        assert not is_boilerplate(line), line


def test_seed_article_loses_its_boilerplate():
    raw = (SEEDS / "kim-jong-un-russia.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw.split("\n", 1)[1])
    for junk in ["PHOTO: REUTERS", "Remote video URL", "Telegram", "nuclear tests. REUTERS"]:
        assert junk not in cleaned
    assert "Mr Kim left Pyongyang for Russia on Sunday on his private train" in cleaned
    assert "waving from a private train as he prepares to depart from Pyongyang" in cleaned


def test_hard_wrapped_paragraphs_are_joined():
    body = "The minister said the\nplan would pass.\n\nA second paragraph."
    assert clean_text(body) == "The minister said the plan would pass.\n\nA second paragraph."
