import dataclasses

import numpy as np

from rag.evidence import has_answer_type
from rag.measures import (
    asked_measure,
    bounding_best,
    continues,
    counted_in_a_list,
    counted_in_best,
    counting_alike,
    counting_all,
    counting_back,
    counting_on,
    counts_another,
    counts_unnamed,
    giving_asked,
    measured_of_other_stuff,
    of_the_asked_article,
    of_the_thing_best,
    of_the_year_asked,
    planned_unmeasured,
    priced_unit_best,
    rated_near_best,
    share_of_another,
    share_of_best,
    states,
    stating_age,
    stating_best,
    stating_instead,
    stating_measure,
    sum_of_the_deed,
    told_as_past,
    unanswered_year,
    unclocked,
    undated,
    unmargined,
    unmeasured,
    unpriced_unit,
    unscored,
    unstated_part,
    unstated_year,
    untold_part,
    year_of_deed,
)
from rag.types import Hit
from tests.conftest import evidence_at, passage, passage_of


def test_how_questions_name_the_measure_that_answers_them():
    assert asked_measure("How tall is Kim Jong Un?") == "length"
    assert asked_measure("How far is Vostochny from Vladivostok?") == "length"
    assert asked_measure("How old is Dmitry Peskov?") == "age"
    assert asked_measure("How often does Kim travel abroad?") == "frequency"
    assert asked_measure("How many trips has Kim made?") == "count"
    assert asked_measure("How hot did it get in Solano?") == "temperature"
    # A length or a stretch of time; "ago" asks for a time.
    assert asked_measure("How long has Kim been in power?") == "extent"
    assert asked_measure("How long ago did they meet?") == "duration"
    # A quantity in any unit, or one that rises and falls.
    assert asked_measure("How large is the army?") == "size"
    assert asked_measure("How high above Earth does Kestrel-1 orbit?") == "level"
    assert asked_measure("How far-reaching is the deal?") is None
    assert asked_measure("Who is Kim?") is None
    # A measure asked for by its name.
    assert asked_measure("What top speed will trains reach on the new line?") == "speed"
    assert asked_measure("What are the dimensions of the mosaic?") == "length"
    assert asked_measure("What is the weight of a bushel of coal in pounds?") == "weight"
    assert asked_measure("From what height did the apprentice fall?") == "length"
    assert asked_measure("At what speed was the lorry travelling?") == "speed"
    assert asked_measure("What area in South Africa accepted Huguenot colonists?") is None
    # A sum of money by its name, meant literally; not the cost of living.
    assert asked_measure("How much investment has been raised to reopen the mine?") == "money"
    assert asked_measure("What was Helvion's net profit last year?") == "money"
    assert asked_measure("What is the total cost of attendance in 2012-13?") == "money"
    assert asked_measure("What is the cost of living near Harvard?") is None
    assert asked_measure("What was Hallowbridge's pre-tax profit last year?") == "money"
    assert asked_measure("What salary was Grace Adeyemi earning?") == "money"
    assert asked_measure("What fine did the court impose?") == "money"
    assert asked_measure("What costs have risen?") is None  # which costs, not how much
    # A sum by what was done with it; a share in hundredths, which may come in words too.
    assert asked_measure("How much did the Ashcombe Hours sell for?") == "money"
    assert asked_measure("How much did the album sell?") == "count"
    assert asked_measure("How much did the bank raise interest rates?") == "count"
    assert asked_measure("How much did Aurora bid before it pulled out?") == "money"
    # "By how much" asks for a change, which a share states as well as a sum.
    assert asked_measure("By how much did Floraandes raise pay this year?") == "change"
    assert asked_measure("How much did Floraandes raise pay by?") == "change"
    assert states("change", "Visitor numbers fell by about 40 per cent this season.")
    assert states("change", "Exports rose to 1,450 tonnes from 600 tonnes.")
    assert states("change", "The price has halved since May.")
    assert states("change", "a drop of 2,000 visitors")
    assert not states("change", "About 80 local men and women work as guides.")
    assert not states("change", "He earned less than half of what he made last winter.")
    # An amount of land is an area, stated as one ("27,000 hectares of forest").
    assert asked_measure("How much land has burned so far?") == "area"
    assert asked_measure("How much farmland was flooded?") == "area"
    bookings = evidence_at(
        1, "Fewer than 1 per cent of bookings had been cancelled so far.", 0, 0.7
    )
    burned = evidence_at(2, "The blaze has burned 27,000 hectares of forest.", 80, 0.6)
    assert stating_best("How much land has burned so far?", [bookings, burned]) is burned
    assert unmeasured("How much land has burned so far?", [bookings])
    for asked in ("How much is land worth?", "How much have land prices risen?"):
        assert asked_measure(asked) != "area", asked
    assert asked_measure("By what percentage has the project gone over budget?") == "percent"
    assert states("percent", "an overrun of 62 percent") and states("percent", "up 4.5%")
    assert not states("percent", "an overrun of 3.4 billion crowns")
    # A share is stated in hundredths or in words, and a sentence stating neither gives none.
    seats = evidence_at(1, "The coalition would have exactly 51 seats.", 0, 0.6)
    assert asked_measure("What share of the vote did the Liberal Forum get?") == "percent"
    assert unmeasured("What share of the vote did the Liberal Forum get?", [seats])
    third = evidence_at(1, "The Liberal Forum won about a third of the vote.", 0, 0.6)
    assert not unmeasured("What share of the vote did the Liberal Forum get?", [third])
    assert not unmeasured(
        "What proportion of pupils slept enough?",
        [evidence_at(1, "Only one in five pupils slept eight hours.", 0, 0.6)],
    )
    assert asked_measure("What share price did Nimbus offer?") != "percent"
    for share in (
        "4.1 in every 100 died before five.",
        "Three out of every ten pupils passed.",
        "About one in 20 turned out to be a hornet.",
    ):
        assert not unmeasured("What proportion died?", [evidence_at(1, share, 0, 0.6)]), share
    for no_share in (
        "The election was held in 2022 in Riga.",
        "Profits rose in the third quarter.",
        "Sales fell in the first half of the year.",
        "She is the one in charge.",
        "In 2019 in 10 cities, prices rose.",
        "Kane has scored 12 in 15 games this season.",
    ):
        assert not states("percent", no_share), no_share
    share = evidence_at(1, "The fine equalled four months of Helvion's net profit.", 0, 0.7)
    assert unmeasured("What was Helvion's net profit last year?", [share])
    profit = evidence_at(1, "Helvion made a net profit of 210 million euros.", 0, 0.7)
    assert not unmeasured("What was Helvion's net profit last year?", [profit])


def test_a_measure_is_a_number_with_its_unit_or_its_wording():
    assert states("length", "the cosmodrome, more than 1,500km to the north")
    assert states("length", "half a mile northwest of the Yard")
    assert states("length", "behind a 20-foot wall")
    # A height is not a length of another thing the question does not name.
    tall = "How tall does the orchid grow?"
    assert not states("length", "found on a 60-metre stretch of embankment", tall)
    assert states("length", "the orchid grows to about 20 centimetres tall", tall)
    assert states("length", "the 20-centimetre orchid", tall)
    assert states("length", "a 60-metre stretch of embankment", "How long is the stretch?")
    assert states("length", "The Shard, a 310-metre skyscraper, opened.", "How tall is the Shard?")
    assert not states("length", "waving from a private train, Sept 10")
    assert not states("length", "I am told the train is late")  # "a" and "m" make no length
    assert not states("length", "a $5m deal with a foot soldier")
    assert states("age", "a 39-year-old leader")
    assert states("age", "Dmitry Peskov, 56, said")
    assert states("age", "Harvard was founded in 1636")
    assert states("age", "Sgt Thomas Breckon, who was 20 when he died, was buried.")
    assert not states("age", "The trial was 20 days old when it was halted.")
    assert not states("age", "Inflation was 11 when Ms Truss took office.")
    assert states("age", "When she was six, her father gave her a surfboard.")
    assert not states("age", "When he was 10 points behind, he attacked.")
    assert not states("age", "When he was 1,000 miles from home, the engine failed.")
    assert states("age", "He is now 10 and has won five of his 31 races.")
    assert states("age", "The founder, who is 83, still bakes.")
    assert not states("age", "He is now 10 points clear of the field.")
    assert not states("age", "It is 10 and a half miles long.")
    assert not states("age", "He was 3 and 2 up after 16 holes.")
    assert not states("age", "The club said he is now 1,200.")
    assert states("money", "The folio was bought in 1781 for three guineas.")
    assert not states("money", "The farm keeps three guinea pigs.")
    assert not states("age", "“It will be a full-fledged visit,” Peskov said.")
    assert not states("age", "They formed a committee.")
    assert states("frequency", "Mr Kim does not travel abroad frequently")
    assert states("frequency", "The Council meets each six months.")
    assert not states("frequency", "Mr Kim left Pyongyang on Sunday.")
    assert not states("frequency", "a different minister at each meeting")
    assert states("temperature", "as temperatures reached 44.6 degrees Celsius")
    assert states("temperature", "It hit 41C on Monday, and minus 12° overnight.")
    assert not states("temperature", "Section C of the act took 40 days.")
    assert states("temperature", "It was 30 Celsius in the shade.")
    assert not states("temperature", "Poland bought 32 F-35 jets.")


def test_how_long_is_answered_by_a_length_or_a_stretch_of_time():
    for sentence in (
        "in more than 18 months of war",
        "a principle recognised since the 1950s",
        "French names were used well into the nineteenth century",
        "It lasted for decades.",
        "between 2018 and 2021",
        "the 1,500km line",
        "under contract until the summer of 2026",
    ):
        assert states("extent", sentence), sentence
    assert not states("extent", "Rossiya 1 showed the olive green train")
    # A text's length in pages, not a count of pages of something else.
    assert states("extent", "The handwritten score, 412 pages long, was found in 2023.")
    assert not states("extent", "Police published a 40-page report on the siege.")
    assert not states("extent", "She sent him 40 pages of notes.")
    # A thing's length is not a length told as another of its measures.
    wreck = "The wreck of a Roman ship lies almost intact at a depth of 58 metres off Vis."
    deep, long = evidence_at(1, wreck, 0, 0.6), evidence_at(2, "It is 24 metres long.", 200, 0.35)
    assert stating_best("How long is the sunken Roman ship?", [deep, long]) is long
    assert unmeasured("How long is the sunken Roman ship?", [deep])
    assert not unmeasured("How deep is the sunken Roman ship?", [deep])
    runs = evidence_at(1, "The tunnel runs for 26.7km beneath the fjord.", 0, 0.6)
    assert not unmeasured("How long is the Hordafjord Tunnel?", [runs])
    off = evidence_at(2, "It lies about 1.5 kilometres off Cape Stončica.", 100, 0.4)
    assert stating_best("How long is the sunken Roman ship?", [deep, off, long]) is long
    assert not states("extent", "A 66-year-old grandmother swam the North Channel.")  # an age
    assert not states("period", "a two-week-old calf")
    assert states("period", "The bridge is 100 years old.")  # it has stood 100 years
    assert not states("duration", "the 1,500km line")
    # What something takes or lasts is a stretch of time, not a length.
    assert asked_measure("How long does it take to drive through the tunnel?") == "time"
    assert asked_measure("How long did the siege last?") == "time"
    assert asked_measure("How long is the tunnel?") == "extent"
    assert asked_measure("How long have the talks lasted?") == "time"
    assert asked_measure("How long is the last section of the wall?") == "extent"
    assert asked_measure("How long is the satellite supposed to keep working?") == "time"
    assert asked_measure("How long did the beavers spend in quarantine?") == "time"
    assert asked_measure("How long was the track on which he took gold?") == "extent"
    # A race's time is how long it took, not a time of day.
    assert asked_measure("What was Coyoy's finishing time in Beijing?") == "time"
    assert asked_measure("What was the winning time?") == "time"
    assert asked_measure("What time did the race finish?") is None
    assert states("time", "Coyoy crossed the line in 3 hours, 12 minutes and 48 seconds.")
    assert not states("time", "It upgraded its alarm two years ago.")  # a time, not a stretch
    assert not states("time", "The tunnel runs for 26.7km beneath the fjord.")
    for took in ("The drive takes about 20 minutes.", "The crossing takes an hour.",
                 "It took a fortnight.", "The siege lasted a week."):  # fmt: skip
        assert states("time", took), took
    assert not states("time", "The 47 runs twice a day.")
    # How often is not how long: "every three days" is no stretch the satellite works for.
    for often in ("It will pass over every part of the country every three days.",
                  "Buses run each 20 minutes."):  # fmt: skip
        assert not states("time", often), often
        assert not states("extent", often), often
    assert states("time", "It will work for seven years and pass over every three days.")
    assert not states("time", "Trams run every 2.5 hours.")
    assert states("time", "It rained on each of the three days.")
    # How far apart asks for the period itself.
    assert states("period", "Trams run every 10 minutes.", "How many minutes apart do trams run?")
    # A date alone is no stretch of time; one since a dated event is.
    assert not states("extent", "It will be his second summit, after they met in 2019")
    assert not states("extent", "He signed in the summer of 2026")
    assert states("extent", "Trade has been central since the Treaty of Rome in 1957")
    assert states("duration", "It happened in 2017")  # "How long ago ...?"


def test_an_age_is_of_the_person_the_question_names():
    question = "How old is Helen Marsh?"
    jailed = "Judge Helen Marsh jailed Peter Quinlan, 58, and Aisha Rahman, 44, on Friday."
    assert not states("age", jailed, question)
    assert states("age", jailed, "How old is Peter Quinlan?")
    assert states("age", "Marsh, 61, said the fraud was deliberate.", question)
    assert states("age", "The 61-year-old Marsh has sat since 2010.", question)
    # A question that names nobody takes any age, and a country only places or describes whom
    # it asks about.
    assert states("age", jailed, "How old is the judge?")
    assert states("age", jailed, "How old is the British judge?")
    # Nor does a name that tells which of its kind the noun asked about is.
    champion = "Eric Niyonsenga, 19, from Rubavu, won on Sunday."
    assert states("age", champion, "How old is the new Tour du Rwanda champion?")
    assert states("age", champion, "How old is the newly crowned Tour du Rwanda champion?")
    assert not states("age", champion, "How old is Henok Tesfamariam?")
    # The last word of a question may be no noun: "now" leaves the pilot named.
    skiles = "His co-pilot, Jeff Skiles, 49, landed the plane."
    assert not states("age", skiles, "How old is the pilot Chesley Sullenberger now?")
    assert not states("age", skiles, "How old is the pilot Chesley Sullenberger exactly?")
    fossil = "Quarry workers uncovered the skeleton of a 41-million-year-old whale."
    assert states("age", fossil, "How old is the whale fossil found in the Egyptian quarry?")
    # Nor does a clause telling apart whom it describes name them.
    driver = "Among them was Tom Reid, an 83-year-old retired bus driver."
    assert states("age", driver, "How old is the retired bus driver who waited in A&E?")
    assert not states("age", driver, "How old is Helen Marsh, who waited in A&E?")
    # A name that is also a place's is still a name.
    assert not states("age", "His rescuer, Tom Reyes, 52, said so.", "How old is Juan Santiago?")
    # A year something was founded is the age of what stands before it.
    founded = "Lena Hartmann, 36, co-founded Parcelink in 2017 with Omer Yildiz."
    assert not states("age", founded, "How old is Omer Yildiz?")
    assert states("age", founded, "How old is Parcelink?")
    assert states("age", "Parcelink, founded in 2017, has 300 customers.", "How old is Parcelink?")
    assert states("age", "Founded in 2017, Parcelink has 300 customers.", "How old is Parcelink?")
    # The age of whom a named person owns is not that person's.
    pike = "One of them was Joanne Pike, 47, who rang for an ambulance when her father fell."
    father = "Her father, 79, was taken to hospital."
    assert not states("age", pike, "How old is Joanne Pike's father?")
    assert states("age", father, "How old is Joanne Pike's father?")
    her = "The 47-year-old rang for help when her father fell."
    assert not states("age", her, "How old is Joanne Pike's father?")
    assert states("age", "Vikram Sharma, 31, said so.", "How old is Anika Sharma's brother Vikram?")
    # Another of the family, given another first name, is not the one asked about.
    cheesemaker = "Head cheesemaker Imogen Tate, 34, said she had screamed."
    assert not states("age", cheesemaker, "How old is Richard Tate?")
    assert states("age", cheesemaker, "How old is Imogen Tate?")
    assert states("age", cheesemaker, "How old is Tate?")
    assert states("age", "Ms Tate, 34, said so.", "How old is Imogen Tate?")
    assert states("age", "Leader Kim, 39, said so.", "How old is Kim Jong Un?")
    # One of two of the family the question names is still asked about; a possessor is no name.
    assert states("age", cheesemaker, "How old was Imogen Tate when Richard Tate died?")
    hill = "Leeds United's Tom Hill, 20, scored twice."
    assert states("age", hill, "How old is Leeds United's Tom Hill?")


def test_a_year_is_no_count_nor_is_an_ordinal_or_a_name():
    assert not states("count", "As late as 2017, Russia had voted, along with China")
    assert not states("count", "since the 1950s")
    assert not states("count", "North Korea is one of the few countries to back Russia.")
    assert not states("count", "No one was hurt.") and states("count", "One man was hurt.")
    assert not states("count", "In 1705 the Assembly passed an act")
    assert not states("count", "the 21st century") and not states("count", "COVID-19 cases")
    assert states("count", "having made just seven trips")
    assert not states("count", "Pyongyang, North Korea, Sept 10, in this picture")
    # A number that ends a name counts nothing, unless it opens the sentence.
    assert not states("count", "It was shown by state television channel Rossiya 1 on Tuesday")
    assert not states("count", "Passengers on Line 4 complained")
    assert states("count", "who has stood on the summit of Everest 14 times")
    assert states("count", "About 40 people were evacuated")
    assert not states("count", "on 10 September") and not states("count", "on May 3.")
    assert states("count", "may 3 people come?") and states("count", "10 Marines")
    # Nor do the terms of a ratio: "one in four shops" is a share of them, whatever their number.
    assert not states("count", "One in four shops sold it.", "How many shops sold it?")
    assert not states("count", "nine out of 10 shops", "How many shops sold it?")
    assert states("count", "3 in 2019", "How many were there?")
    assert states("count", "scored 5 goals in 10 days", "How many goals were there?")
    assert states("count", "Watt's ten-horsepower engines")
    assert states("count", "2000 troops") and states("count", "a price of $5.11")
    assert not has_answer_type("number", "It happened in 2017.", "How many weapons?")
    assert has_answer_type("number", "It happened in 2017.", "How long ago was the vote?")


def test_a_literal_measure_no_evidence_sentence_states_is_unanswered():
    evidence = [
        evidence_at(1, "Kim waving from a private train, Sept 10.", 0, 0.6),
        evidence_at(2, "They might meet more than 1,500km north of Vladivostok.", 50, 0.3),
    ]
    assert unmeasured("How old is Kim?", evidence)
    assert not unmeasured("How far is Vostochny from Vladivostok?", evidence)
    assert not unmeasured("Where might they meet?", evidence)
    # Asked figuratively, a measure may be answered in words.
    assert not unmeasured("How deep is the relationship?", evidence)
    assert not unmeasured("How much did the sanctions matter?", evidence)
    # "How long" and "how much" of a thing are meant literally.
    assert unmeasured("How long is the train?", evidence[:1])
    # So is a measure asked for by its name.
    lane = evidence_at(1, "The painted cycle lane on Brookfield Road ends 15 metres early.", 0, 1)
    assert unmeasured("What is the speed limit on Brookfield Road?", [lane])
    assert not unmeasured("What is the length of the cycle lane?", [lane])
    assert not unmeasured("How long is the line?", evidence)
    assert unmeasured("How much aid will Russia give?", evidence[:1])
    assert not unmeasured("How much aid will Russia give?", [evidence_at(1, "It gave $5m.", 0, 1)])


def test_a_length_told_in_passing_far_below_the_best_answers_how_long():
    dated = evidence_at(
        1, "Radiocarbon tests have dated the sledge to between AD 780 and 890.", 0, 0.25
    )
    long = evidence_at(
        2, "The sledge, made mostly of birch and about 2.3 metres long, was found.", 70, 0.07
    )
    assert not unmeasured("How long is the sledge?", [dated, long])
    assert stating_best("How long is the sledge?", [dated, long]) is long
    # Rated below a fifth of the best, or of something else, it answers nothing.
    assert unmeasured("How long is the sledge?", [dated, dataclasses.replace(long, relevance=0.04)])
    boat = evidence_at(2, "The boat, about 2.3 metres long, was found.", 70, 0.07)
    assert unmeasured("How long is the sledge?", [dated, boat])
    # A sentence whose subject is the thing asked about states its measure however low rated.
    asked = "How heavy is the diprotodon skull?"
    rare = evidence_at(1, '"Finding a diprotodon skull this complete is rare," she said.', 0, 0.8)
    skull = evidence_at(
        2, "The skull is 71 centimetres long and weighs about 28 kilograms.", 90, 0.1
    )
    assert stating_best(asked, [rare, skull]) is skull
    jaw = evidence_at(2, "The jaw is 30 centimetres long and weighs about 4 kilograms.", 90, 0.1)
    assert stating_best(asked, [rare, jaw]) is None
    assert stating_best("How heavy is the skull found at the dam?", [rare, skull]) is None
    # A weight so told is as often of something else: a factory's capacity is no harvest.
    harvest = evidence_at(1, "Ghana's cocoa harvest has fallen sharply in recent seasons.", 0, 0.5)
    plant = evidence_at(2, "The plant can process up to 32,000 tonnes of cocoa a year.", 60, 0.2)
    assert unmeasured("How many tonnes of cocoa did Ghana harvest last season?", [harvest, plant])


def test_a_number_counts_nothing_past_a_clause_it_ends():
    gives = giving_asked("How many riders started the race?")
    assert not gives("He left school at 15 and worked as a taxi rider.")
    assert gives("The crash injured 12 riders and killed three.")
    assert gives("Some 140 riders started and 96 finished.")
    assert not gives("He left school at 15 and then worked as a taxi rider.")
    assert giving_asked("How many cars did it sell?")("It sold 300 new and used cars last year.")
    assert not gives("He left school at 15 and now works as a taxi rider.")


def test_a_length_per_stretch_of_time_is_a_rate_unless_a_rate_is_asked():
    trained = "He prepared for 10 weeks, riding about 600 kilometres a week."
    assert not states("length", trained, "What was the total distance of the race?")
    assert states("length", "the eight-day, 1,064-kilometre race", "What was its distance?")
    moves = "The glacier moves about 30 metres a year."
    assert states("length", moves, "How far does the glacier move each year?")
    assert states("length", moves, "How fast is the glacier moving?")
    assert states("length", "running up to 150km a week", "What weekly distance does she run?")
    # "a year ago" says when, and "first-rate" or "annual" asks no rate.
    extended = "The fence was extended by 40 kilometres a year ago."
    assert states("length", extended, "How long is the new fence?")
    assert not states("length", trained, "How long is the route of the annual race?")
    assert states("length", moves, "How far does the glacier move annually?")


def test_how_tall_is_answered_only_by_a_length_told_as_a_height():
    asked = "How tall are the turbines at the wind farm?"
    distance = evidence_at(1, "The farmhouse is 730 metres from the nearest turbine.", 0, 0.9)
    assert unmeasured(asked, [distance])
    height = evidence_at(1, "Each turbine stands 150 metres high at the tip.", 0, 0.9)
    assert not unmeasured(asked, [height])
    assert not unmeasured(asked, [evidence_at(1, "The turbines are 150 metres tall.", 0, 0.9)])
    stands = evidence_at(1, "The farmhouse stands 730 metres from the High Court.", 0, 0.9)
    assert unmeasured(asked, [stands])
    # Nor is a distance rated higher chosen over the height.
    approved = evidence_at(1, "The turbines at the wind farm were approved in 2017.", 0, 0.9)
    far = dataclasses.replace(distance, start=100, relevance=0.6)
    high = dataclasses.replace(height, start=200, relevance=0.5)
    assert stating_best(asked, [approved, far, high]) is high
    # "How far ...?" is no literal question: a depth told without "from" or "away" answers it.
    runs = evidence_at(1, "The tunnel runs under the fjord.", 0, 0.9)
    low = evidence_at(
        2, "At its lowest point the tunnel reaches 392 metres below sea level.", 40, 0.6
    )
    assert stating_best("How far below sea level does the tunnel go?", [runs, low]) is low


def test_how_many_of_a_unit_asks_for_its_measure_in_any_unit():
    assert asked_measure("How many hectares of vines does the Domaine have?") == "area"
    assert asked_measure("How many square miles is the park?") == "area"
    assert asked_measure("How many miles is Vostochny from Vladivostok?") == "length"
    assert asked_measure("How many litres can the reservoir hold?") == "volume"
    assert asked_measure("How many horsepower was Watt's engine?") == "power"
    assert asked_measure("How many years has Kim ruled?") == "period"
    assert asked_measure("How many tonnes of grain did the port handle?") == "weight"
    # Pounds may be money or mass; people are counted.
    assert asked_measure("How many pounds did it cost?") == "count"
    assert asked_measure("How many people died?") == "count"
    assert asked_measure("How much does Kim's train weigh?") == "weight"
    assert asked_measure("What did Declan Furlong's pumpkin weigh on the scales?") == "weight"
    assert asked_measure("What does the new bridge weigh?") == "weight"
    # Weighing something up, or on someone, is no weight.
    assert asked_measure("What did the judge weigh up before sentencing?") is None
    assert asked_measure("What did the decision weigh on?") is None
    assert asked_measure("What did the governor say would weigh on growth?") is None
    assert asked_measure("What did the judge weigh when sentencing him?") is None
    assert asked_measure("What did Fury weigh in at?") == "weight"
    assert asked_measure("How much weight did Mrs Hale lose at sea?") == "weight"
    assert asked_measure("How much can each drone carry?") == "weight"
    assert asked_measure("How much could the shares lift?") != "weight"
    assert asked_measure("What price per tonne does the company pay?") == "money"
    assert states("length", "more than 1,500km north of Vladivostok")
    assert states("area", "The frost damaged 12,000 ha of vines.")
    assert states("power", "Watt's ten-horsepower engines drove the mills.")
    assert states("volume", "It holds 41 million cubic metres of water.")
    assert states("weight", "The port handled 2.5m tonnes of grain.")
    assert states("period", "The crew spent 187 days in orbit.")
    # A unit's word in another sense is no measure.
    assert not states("period", "In recent years Kim has travelled abroad.")
    assert not states("area", "He ate 3 square meals a day.")
    assert not states("power", "said Simone Watts, the chief engineer")
    # A share or a person's age is no area or volume.
    reservoir = evidence_at(1, "Harrowmere, which holds about 40% of the water, is at 29%.", 0, 0.6)
    grower = evidence_at(1, "said Marrant, 49, who runs the Domaine des Quatre Vents.", 0, 0.6)
    assert unmeasured("How many litres of water can Harrowmere hold?", [reservoir])
    assert unmeasured("How many hectares of vines does the Domaine have?", [grower])
    employer = evidence_at(1, "said Marrant, who employs 12 people at the Domaine.", 0, 0.6)
    assert not unmeasured("How many people work at the Domaine?", [employer])
    train = evidence_at(1, "It showed a train of 21 carriages, painted olive green.", 0, 0.6)
    assert unmeasured("How much does Kim's train weigh?", [train])
    assert not unmeasured(
        "How much does the train weigh?", [evidence_at(1, "It weighs 900 tonnes.", 0, 1)]
    )


def test_how_many_of_a_unit_of_time_is_not_answered_in_a_much_shorter_one():
    crossing = "How many days did Hale's crossing take?"
    assert not states("period", "She rowed in shifts of two hours, 12 hours each day.", crossing)
    assert states("period", "She arrived 68 days after setting off.", crossing)
    assert states("period", "The crossing took almost ten weeks.", crossing)
    # A unit not much shorter still answers; any unit answers a question asking none.
    assert states("period", "He has ruled for 18 months.", "How many years has he ruled?")
    assert not states("period", "The talks lasted 90 minutes.", "How many days did they last?")
    assert states("period", "The talks lasted 90 minutes.")


def test_a_sentence_stating_a_sum_or_amount_asked_for_is_wanted_as_evidence():
    robot = passage_of(
        ("Surgeons have carried out their 1,000th operation using a surgical robot.", 1.5),
        ("The £1.8 million robot was paid for by a charity appeal.", 0.8),
        ("It lasted four hours.", 0.3),
        ("Thirteen surgeons are now trained to use it.", 0.2),
    )
    other = passage_of(("The club will repay £14.6m of debt.", 1.0), doc_id="d2")
    wanted = stating_measure("How much did the surgical robot cost?", [robot, other])
    assert wanted(robot.sentences[1].text, "")
    assert not wanted(robot.sentences[0].text, "")
    # Another article's sums are of something else.
    assert not wanted(other.sentences[0].text, "")
    assert stating_measure("How many hours did it last?", [robot])(robot.sentences[2].text, "")
    lost = passage_of(("She lost nearly 9kg during the row.", 0.2), ("She lost her oars.", 0.9))
    weighed = stating_measure("How much weight did she lose?", [lost])
    assert weighed(lost.sentences[0].text, "")
    assert not weighed(lost.sentences[1].text, "")
    # A count of the thing asked about; not a question that counts nothing.
    counting = stating_measure("How many surgeons use the robot?", [robot, other])
    assert counting(robot.sentences[3].text, "")
    assert not counting(robot.sentences[1].text, "")
    # How long a thing is; not how long something took.
    route = passage_of(
        ("Two lorries drive themselves at night.", 1.0),
        ("Most of the 150-mile route is on the M1.", 0.3),
    )
    measured = stating_measure("How long is the route the lorries cover?", [route])
    assert measured(route.sentences[1].text, "")
    assert not measured(route.sentences[0].text, "")
    assert stating_measure("How long had he been held in custody?", [route]) is None
    # A speed in any unit of length per time.
    glacier = passage_of(
        ("About 340 residents were told to leave.", 1.0),
        ("The glacier sped up from 30 centimetres a day to more than 2 metres a day.", 0.2),
    )
    fast = stating_measure("How fast is the glacier moving?", [glacier])
    assert fast(glacier.sentences[1].text, "")
    assert not fast(glacier.sentences[0].text, "")
    assert stating_measure("How much did the sanctions matter?", [robot]) is None
    # A length the question may not mean literally, on its topic.
    shaft = passage(
        "They believe the shaft served a colliery that closed in 1931.",
        "Alan Prothero said the shaft was thought to be at least 180 metres deep.",
        "The hole is six metres deep.",
    )
    deep = stating_measure("How deep is the old mine shaft believed to be?", [shaft])
    assert deep(shaft.sentences[1].text, "")
    assert not deep(shaft.sentences[2].text, "")
    assert not deep("The shaft is 180 metres deep.", "")  # of another article
    # Nor a length said in other words, for a question that may not mean one.
    ties = passage("Russia and North Korea share a border just 17 kilometres long.")
    relation = "How deep is the relationship between Russia and North Korea?"
    assert not stating_measure(relation, [ties])(ties.sentences[0].text, "")
    assert stating_measure("Who paid for the robot?", [robot]) is None


def test_a_measure_of_a_sentence_sharing_no_question_term_is_of_something_else():
    moorings = evidence_at(1, "The club will replace 40 moorings with advanced moorings.", 0, 0.4)
    project = evidence_at(2, "The £1.2 million project is funded by a grant.", 60, 0.3)
    asked = "How much does each of the new advanced moorings cost?"
    assert stating_best(asked, [moorings, project]) is None
    assert unmeasured(asked, [moorings, project])
    assert unmeasured(asked, [])
    # The best sentence states it whatever its words.
    assert not unmeasured(asked, [evidence_at(1, project.sentence, 0, 0.5)])
    robot = evidence_at(2, "The £1.8 million robot was paid for by an appeal.", 60, 0.3)
    assert stating_best("How much did the robot cost?", [moorings, robot]) is robot
    # Nor is the best passed over, for sharing no term ("quake" is no "earthquake"), for one
    # that shares one.
    struck = "The quake struck 3km south-east of Sedbergh, at a depth of 9km."
    fault = "The earthquake was felt up to 100 miles away."
    best, other = evidence_at(1, struck, 0, 0.24), evidence_at(2, fault, 70, 0.13)
    deep = "How far below the surface did the Cumbrian earthquake originate?"
    assert stating_best(deep, [best, other]) is None


def test_a_measure_in_units_may_be_stated_far_below_the_best_in_its_article():
    served = evidence_at(1, "They believe the shaft served a colliery.", 0, 0.19)
    deep = evidence_at(2, "He said the shaft was at least 180 metres deep.", 60, 0.08)
    asked = "How deep is the old mine shaft believed to be?"
    assert stating_best(asked, [served, deep]) is deep
    # Not rated below a fifth of the best, nor of another article or topic, nor for a count.
    assert stating_best(asked, [served, dataclasses.replace(deep, relevance=0.03)]) is None
    assert stating_best(asked, [served, dataclasses.replace(deep, doc_id="e")]) is None
    hole = evidence_at(2, "The hole is six metres deep.", 60, 0.08)
    assert stating_best(asked, [served, hole]) is None
    border = evidence_at(2, "The shaft is 17 kilometres from the border.", 60, 0.08)
    assert stating_best(asked, [served, border]) is None  # no depth
    counted = evidence_at(2, "He said the colliery had 300 miners.", 60, 0.08)
    assert stating_best("How many miners did the shaft employ?", [served, counted]) is None


def test_sums_are_told_in_the_currencies_news_names():
    for said in (
        "Tickets cost 10 rials for foreign adults.",
        "A ticket costs 40,000 guaraníes.",
        "The fine was 2,000 soles.",
        "He earns 900 lempiras a month.",
        "Development cost about 230 million złoty.",
    ):
        assert states("money", said), said
    for said in (
        "About 12 soles of shoes were found.",
        "She bought three soles at the fish market.",
        "Police arrested three Afghanis at the border.",
        "He poured two drams of whisky.",
    ):
        assert not states("money", said), said


def test_how_much_money_asks_for_an_amount_in_a_currency():
    assert asked_measure("How much ransom are the hackers asking for?") == "money"
    assert asked_measure("How much did the repairs to the line cost?") == "money"
    assert asked_measure("How much has Greystone already spent on the project?") == "money"
    assert asked_measure("What is the prize offered for a proof?") == "money"
    assert asked_measure("What was the Nobel prize awarded for?") is None
    assert asked_measure("What did the head of highways say the scheme would cost?") == "money"
    assert asked_measure("What is the human cost of the war?") is None
    assert asked_measure("How much was the water company fined?") == "money"
    assert asked_measure("How much is the toll for a lorry using the tunnel?") == "money"
    assert asked_measure("What is the death toll from the earthquake?") != "money"
    assert asked_measure("What was the toll on the NHS?") != "money"
    assert asked_measure("How much did the hackers demand to delete the data?") == "money"
    assert asked_measure("How much did demand rise?") == "count"
    assert asked_measure("How much did the council put towards the reopening?") == "money"
    assert asked_measure("How much did the Japanese investor put in?") == "money"
    assert asked_measure("How much did the price rise put up bills?") == "count"
    assert asked_measure("How much did consumer demand grow?") == "count"
    assert asked_measure("What did the war cost?") is None  # perhaps in lives
    # The price of one of a kind.
    assert asked_measure("What did a square metre of flat in Hochfeld cost in 2015?") == "money"
    assert asked_measure("What does one dose cost?") == "money"
    assert asked_measure("What did a single mistake cost him?") is None
    assert asked_measure("What is the expressway extension expected to cost?") == "money"
    assert asked_measure("What did it cost to remove the dam?") == "money"
    assert asked_measure("What is the strike expected to cost the economy?") == "money"
    assert asked_measure("What did the delay cost the council?") is None
    # A price by the unit, and a sum being spent.
    assert asked_measure("What does the winery's scannable code cost per bottle?") == "money"
    assert asked_measure("What did the delay cost each passenger?") is None
    assert asked_measure("How much is Sobreiral investing in its new factory?") == "money"
    assert asked_measure("How much is the city spending on the bridge?") == "money"
    assert asked_measure("How much have fuel costs risen?") == "count"  # a noun, not the verb
    assert asked_measure("How much is the pocket watch worth?") == "money"
    assert asked_measure("How much is the Pavilion Ballroom insured for?") == "money"
    assert asked_measure("How much was the painting valued at?") == "money"
    assert asked_measure("How much was the family awarded?") == "money"
    assert asked_measure("How much did the auction of the timbers bring in?") == "money"
    assert asked_measure("How much has crime fallen since police brought in patrols?") == "count"
    assert asked_measure("How much of the damage was insured?") == "count"
    assert asked_measure("What was the deal worth?") == "money"
    assert asked_measure("What is the net worth of the owner?") is None
    for charge in (
        "rent did each tenant pay",
        "annual rent will it pay",
        "fare is charged",
        "bail",
    ):
        assert asked_measure(f"How much {charge}?") == "money", charge
    # A rise may be a percentage.
    assert asked_measure("How much fare rise will commuters face?") == "count"
    # A rise or a share may be a percentage.
    assert asked_measure("How much will wages go up in January?") == "count"
    assert asked_measure("How much of the budget goes to schools?") == "count"
    assert asked_measure("How much did the cost of living rise?") == "count"
    assert asked_measure("How much time did the crew spend in orbit?") == "count"
    assert asked_measure("How much did the repairs cost?") == "money"
    assert asked_measure("How much is the liming programme costing?") == "money"
    for paid in (
        "demanding 4.5 million dollars",
        "It gave $5m.",
        "fined 42 million euros",
        "to 12.60 marks an hour",
        "cost US$1,000,000",
        "risen to 1.94 billion dravs",
        "a net profit of 18 million.",
        "pay 10p for a bag",
        "pay each household 5,000 Swiss francs",
        "sell for 40 Hong Kong dollars",
        "cost about 4.2 crore rupees in its first three years",
        "a grant of 15 lakh",
        "Rs 5,000 for each family",
        "₹500",
        "compensation of up to 60,000 tenge",
        "pay 100 million won for every baby",
        "a ticket costs 5,000 won",
    ):
        assert states("money", paid), paid
    assert not states("money", "5,000 Swiss residents")
    assert not states("money", "Of the 4,000 entrants, 1,200 won prizes.")
    assert states("money", "He earns 900,000 won a month.")
    assert states("money", "a fine of 5,000 rand") and not states("money", "3 Rand analysts said")
    assert not states("money", "By 2,000 won the vote") and not states(
        "money", "The 3 Rand analysts"
    )
    # People or things counted in millions are no sum.
    for counted in (
        "data of about 4.2 million users",
        "watched by 2 million registered viewers",
        "More than 5.8 million sheep, goats and horses have died",
        "About 1.5 lakh farmers applied",
    ):
        assert not states("money", counted), counted
    city = evidence_at(1, "Dresvar, a city of about 480,000 people, was hit after Pellin.", 0, 0.6)
    assert unmeasured("How much ransom did Pellin pay after its attack?", [city])
    assert not states("money", "2024 marks the 50th anniversary of the treaty")
    assert not states("money", "a 9,600-child trial, 18 months long")


def test_a_measure_only_weak_evidence_states_is_unanswered():
    # The best sentence gives no count; one rated under half of it does not answer.
    best = evidence_at(1, "Kim waving from a private train, Sept 10.", 0, 0.6)
    weak = evidence_at(2, "He has made seven trips abroad.", 50, 0.2)
    assert unmeasured("How many trips has Kim made?", [best, weak])
    assert not unmeasured(
        "How many trips has Kim made?", [best, dataclasses.replace(weak, relevance=0.3)]
    )


def _passage(doc_id: str, text: str, date: str | None = None) -> Hit:
    return Hit(1, doc_id, "t", None, date, None, text, 0, len(text), 1.0, 0.5, 1.0)


def test_a_what_year_question_needs_a_near_best_sentence_that_gives_a_year():
    plant = evidence_at(1, "The Sorlen Polymers plant shut down as a precaution.", 0, 0.6)
    opened = evidence_at(2, "The plant opened in 1987 beside the river.", 60, 0.4)
    assert unanswered_year("In what year did the Sorlen Polymers plant open?", [plant])
    assert not unanswered_year("In what year did the plant open?", [plant, opened])
    # Rated under half the best, a sentence with a year does not answer.
    weak = dataclasses.replace(opened, relevance=0.2)
    assert unanswered_year("Which year did the plant open?", [plant, weak])
    # Other questions are not its concern; "when" may be answered in words.
    assert not unanswered_year("When did the plant shut down?", [plant])
    # A death or a birth needs a sentence that tells of one, not another year of the person.
    bought = [evidence_at(1, "The folio was bought in 1781 by Sir James, a judge.", 0, 0.6)]
    assert unanswered_year("In what year did Sir James die?", bought)
    assert unanswered_year("In what year was Sir James born?", bought)
    died = [evidence_at(1, "Sir James, who bought the folio, died in 1803.", 0, 0.6)]
    assert not unanswered_year("In what year did Sir James die?", died)
    assert not unanswered_year("In what year did Sir James buy the folio?", bought)


def test_a_year_of_an_era_dates_what_happened():
    sledge = [evidence_at(1, "Tests dated the wood to between AD 780 and 890.", 0, 0.6)]
    assert not undated("When was the sledge made?", sledge)
    assert not unanswered_year("In what year was the sledge made?", sledge)
    fort = [evidence_at(1, "The fort was built in about 300 BC by a local chief.", 0, 0.6)]
    assert not undated("When was the fort built?", fort)
    # A number without its era is no year.
    units = [evidence_at(1, "The fort held 300 soldiers and 12 horses.", 0, 0.6)]
    assert undated("When was the fort built?", units)


def test_a_year_asked_about_must_be_in_the_evidence_articles():
    results = "Nordvik expects revenue growth of 3% to 5% in 2024."
    hits = [
        _passage("nordvik", results, "2024-03-14"),
        _passage("budget", "In 2022 the deficit grew."),
    ]
    evidence = [evidence_at(1, results, 0, 0.6, doc_id="nordvik")]
    # Another article's 2022 is no answer to a question about Nordvik's.
    assert unstated_year("What was Nordvik's revenue in 2022?", hits, evidence)
    assert not unstated_year("What does Nordvik expect for 2024?", hits, evidence)
    assert not unstated_year("What did Nordvik report?", hits, evidence)
    # The article's own date states its year.
    dated = [_passage("nordvik", "Operating profit rose 18%.", "2023-12-01")]
    assert not unstated_year("What was Nordvik's profit in 2023?", dated, evidence)
    assert unstated_year("What was Nordvik's profit in 2022?", dated, evidence)
    # A decade asked about is stated by any year of it.
    merged = [_passage("nordvik", "After the merger in 1977 the share of women rose.")]
    assert not unstated_year("What was the trend from the 1970s on?", merged, evidence)
    assert unstated_year("What was the trend from the 1980s on?", merged, evidence)
    assert unstated_year("What happened in 1970?", merged, evidence)


def test_a_sentence_giving_the_asked_age_is_wanted_as_evidence():
    wanted = stating_age("How old is Ilse Marchetti?")
    assert wanted("Marchetti, 39, a former marine biologist, won.", "")
    assert not wanted("Avery, 67, who had been mayor since 2008, lost.", "")
    assert stating_age("How old is the bridge?") is None
    assert stating_age("How tall is Ilse Marchetti?") is None


def test_an_age_that_opens_a_sentence_is_of_whom_the_sentence_before_names():
    question = "How old is Samuel Oduya?"
    record = "The 27-year-old broke the previous record."
    assert states("age", record, question, previous="Samuel Oduya won on Sunday.")
    assert not states("age", record, question, previous="Henrik Lund won in 2019.")
    assert not states("age", "He beat the 27-year-old record.", question, previous="Oduya won.")


def test_a_how_question_is_answered_by_a_near_best_sentence_that_states_its_measure():
    lead = evidence_at(1, "A magnitude 6.4 earthquake struck Castellin on Tuesday.", 0, 0.6)
    depth = evidence_at(2, "It hit at a depth of about 10 kilometres, the institute said.", 60, 0.4)
    far = evidence_at(2, depth.sentence, 60, 0.1)
    assert stating_best("How deep was the earthquake?", [lead, depth]) is depth
    assert stating_best("How deep was the earthquake?", [lead, far]) is None  # below a fifth
    assert stating_best("When did the earthquake strike?", [lead, depth]) is None
    # "How many papers": a number that counts papers, over some other number.
    report = evidence_at(1, "The 212-page report said Venn altered images.", 0, 0.6)
    papers = evidence_at(2, "Venn fabricated data in 11 of his papers.", 50, 0.4)
    assert stating_best("In how many papers did Venn fabricate data?", [report, papers]) is papers
    # People are counted by any word for them: the best's patients, over the lead's residents.
    served = evidence_at(1, "A trust serving around 620,000 people missed its target.", 0, 0.5)
    patients = evidence_at(2, "A total of 2,318 patients spent more than 12 hours.", 60, 0.6)
    waited = "How many people waited more than half a day?"
    assert stating_best(waited, [served, patients]) is None
    # A number counts what follows it before a preposition: calls, not the customers making them.
    calls = evidence_at(1, "Vantel said 999 calls from its customers failed.", 0, 0.6)
    lost = evidence_at(2, "The outage left 2.4 million of its customers without service.", 60, 0.4)
    assert stating_best("How many customers lost service?", [calls, lost]) is lost
    # A count in round words only, over one in figures.
    lights = "Thousands of street lights will be switched off between midnight and 5am."
    rough = evidence_at(1, lights, 0, 0.64)
    exact = evidence_at(2, "The cabinet voted 7-2 to dim about 14,000 street lights.", 90, 0.44)
    asked = "How many street lights will be turned off?"
    assert stating_best(asked, [rough, exact]) is exact
    assert stating_best(asked, [exact, dataclasses.replace(rough, relevance=0.3)]) is None
    assert stating_best(asked, [rough]) is None
    # ... of the same article, and not a round word after "several".
    elsewhere = dataclasses.replace(exact, doc_id="other")
    assert stating_best(asked, [rough, elsewhere]) is None
    several = evidence_at(2, "Several thousand street lights will stay on.", 90, 0.44)
    assert stating_best(asked, [rough, several]) is None
    # "The number of people killed ... fell to 19" counts them; "Twelve fewer people" says by
    # how many fewer there were, unless that is what is asked.
    fell = "The number of people killed on roads in the pilot areas fell from 31 to 19."
    numbered = evidence_at(1, fell, 0, 0.7)
    fewer = evidence_at(2, "Twelve fewer people were killed in those areas.", 80, 0.5)
    killed = "How many people were killed in the pilot areas?"
    assert stating_best(killed, [numbered, fewer]) is None
    unknown = evidence_at(1, "The number of people killed elsewhere is not known.", 0, 0.7)
    assert stating_best(killed, [unknown, fewer]) is fewer  # no figure follows
    assert stating_best("How many fewer people were killed?", [numbered, fewer]) is fewer
    assert (
        stating_best("How many people were killed in more than one crash?", [numbered, fewer])
        is None
    )
    # Not "a number of" them, a year, or a figure in another clause.
    for vague in ("A number of people were killed in the pilot areas in 2023.",
                  "The number of people killed has not been published since 2019.",
                  "The number of people killed was not given, but 40 were injured."):  # fmt: skip
        assert stating_best(killed, [evidence_at(1, vague, 0, 0.7), fewer]) is fewer, vague
    # The best sentence counting in round words settles the answer only when no sentence of
    # its article gives a figure.
    assert counted_in_best("How many street lights will be switched off?", [rough]) is rough
    assert counted_in_best("How many street lights will be switched off?", [rough, exact]) is None
    # ... and before the clause ends: "nine years, said staff" counts no staff.
    years = evidence_at(
        1, "Farrish, who has worked there for nine years, said staff cheered.", 0, 0.8
    )
    staff = evidence_at(2, "The trust will hold the shares for the brewery's 86 staff.", 70, 0.7)
    assert stating_best("How many staff does the brewery have?", [years, staff]) is staff
    # ... also when the verb that follows is a main verb.
    lead = evidence_at(1, "A red panda was found 800 metres from its enclosure.", 0, 0.26)
    joined = evidence_at(2, "More than 150 volunteers joined staff in the search.", 60, 0.2)
    asked = "How many volunteers helped look for the panda?"
    assert stating_best(asked, [lead, joined]) is joined
    # Another article's sentence stating it must name what the question names.
    bonds = evidence_at(1, "Orbitlink's bonds fell slightly on Friday.", 0, 0.27)
    helvion = evidence_at(2, "Shares in Helvion fell 6.3 percent.", 0, 0.18, doc_id="e")
    falls = "By how much did Orbitlink's shares fall on Friday?"
    assert stating_best(falls, [bonds, helvion]) is None
    assert stating_best(falls.replace("Orbitlink's", "Helvion's"), [bonds, helvion]) is helvion
    # The best sentence stating it already is quoted anyway.
    best = evidence_at(2, papers.sentence, 50, 0.7)
    assert stating_best("In how many papers did Venn fabricate data?", [report, best]) is None
    # A count written in words counts too: the best sentence's "nine people" states it.
    lead = evidence_at(1, "The wildfire has killed nine people, officials said.", 0, 0.7)
    worst = evidence_at(2, "It was the deadliest fire since 2017, which killed 66 people.", 60, 0.4)
    assert stating_best("How many people have died in the fire?", [lead, worst]) is None
    # The pronoun "one" counts nothing.
    unknown = evidence_at(1, "No one knows how many people died in the fire.", 0, 0.7)
    assert stating_best("How many people have died in the fire?", [unknown, worst]) is worst
    lead = evidence_at(1, "The fire broke out near a village of 1,200 on Saturday.", 0, 0.4)
    treated = evidence_at(2, "Thirty-one other people have been treated in hospital.", 60, 0.3)
    assert stating_best("How many people were hospitalised?", [lead, treated]) is treated


def test_quotations_right_after_the_best_go_on_with_it_and_count_as_near():
    said = "Tulley said it would drive visitors to stay in neighbouring towns."
    tax = '"This is a tax on the people who keep our high street alive," he said.'
    hotel = '"They will simply book a hotel down the road in Hensby instead."'
    best = evidence_at(1, said, 0, 0.6)
    first = evidence_at(2, tax, len(said) + 1, 0.01)
    second = evidence_at(3, hotel, first.end + 1, 0.1)
    assert rated_near_best([best, first, second]) == [best, first, second]
    # Not past a sentence that is no quotation, nor one that does not follow.
    plain = evidence_at(2, "The vote was 38 to 21.", len(said) + 1, 0.01)
    later = evidence_at(3, hotel, plain.end + 1, 0.1)
    assert rated_near_best([best, plain, later]) == [best]
    assert rated_near_best([best, evidence_at(3, hotel, 500, 0.1)]) == [best]


def test_a_sentence_telling_how_long_what_the_best_tells_took_or_what_it_raised_is_near():
    led = "Its restoration was led by Anna Kowalski, whose team repaired the painting."
    best = evidence_at(1, led, 0, 0.35)
    took = evidence_at(2, "It took them 11 months.", len(led) + 1, 0.07)
    assert rated_near_best([best, took]) == [best, took]
    # Or what it raised.
    auction = "The most successful event was the auction of timbers from the old frame."
    best = evidence_at(1, auction, 0, 0.5)
    raised = evidence_at(2, "It raised £9,400.", len(auction) + 1, 0.07)
    assert rated_near_best([best, raised]) == [best, raised]
    concerns = evidence_at(2, "It raised concerns among residents.", len(auction) + 1, 0.07)
    assert rated_near_best([best, concerns]) == [best]
    # Not a sentence about anything else that opens with "it".
    other = evidence_at(2, "It was found behind a false ceiling.", len(led) + 1, 0.07)
    assert rated_near_best([best, other]) == [best]


def test_how_many_is_not_answered_by_an_age_a_time_or_a_quantity_in_units():
    nurses = "How many nurses did the home employ?"
    assert not states("count", "Grace Adeyemi, 44, was dismissed at 9pm.", nurses)
    assert not states("count", "The mosaic measures 6.5 metres by 4 metres.", nurses)
    assert not states("count", "The trust paid £4m for 40% of it.", nurses)
    assert states("count", "There was only one nurse on duty.", nurses)
    assert states("count", "The video was watched 1.2 million times.", "How many views?")
    # A fraction in words counts for "By how much ...?": "fallen by a third".
    assert states("count", "His takings had fallen by a third.", "By how much did takings drop?")
    assert not states("count", "It is the third walkout this year.", "By how much did pay rise?")
    # "How much" may be answered by a quantity in units: "20 millimetres" of rain.
    assert states("count", "Up to 20 millimetres fell.", "How much rain fell?")
    mosaic = evidence_at(1, "The mosaic measures 6.5 metres by 4 metres.", 0, 0.6)
    assert unmeasured("How many Roman coins were found?", [mosaic])
    # Counts that look like an age or a length are still counts.
    for counted in ("In 2023, 1,400 people died.", "The council built 300 homes in 2019.",
                    "About 2m people were affected.", "Officials said 3 U.S. soldiers died."):  # fmt: skip
        assert states("count", counted, "How many people died?"), counted


def test_a_workforce_is_stated_only_by_a_number_counting_one():
    asked = "How many people does PulseTrack employ?"
    users = evidence_at(1, "PulseTrack has about 11 million registered users.", 0, 0.6)
    assert unmeasured(asked, [users])
    for staff in ("It has about 900 employees.", "The brewery's 86 staff cheered.",
                  "It employs about 17,000 people.", "It cut 800 jobs in January."):  # fmt: skip
        assert not unmeasured(asked, [evidence_at(1, staff, 0, 0.6)]), staff
    for employer in ("It has a workforce of 1,200.", "The firm employs 1,200."):
        assert not unmeasured(asked, [evidence_at(1, employer, 0, 0.6)]), employer
    # Not a question on who died while working, nor on what people use an app for.
    labourers = [evidence_at(1, "37 labourers died.", 0, 0.6)]
    assert not unmeasured("How many people died while working on the stadium?", labourers)
    assert asked_measure("What human cost did the war have?") is None
    # Among sentences near the best, one that counts a workforce in other words answers it.
    employees = evidence_at(2, "It has about 900 employees.", 60, 0.5)
    assert stating_best(asked, [users, employees]) is employees


def test_employees_staff_and_workers_are_counted_by_any_of_the_words():
    asked = "How many employees will keep working a four-day week?"
    lead = evidence_at(
        1, "A council that let its office staff work a four-day week is to keep it.", 0, 0.6
    )
    staff = "The cabinet voted to keep the four-day week for about 430 desk-based staff."
    kept = evidence_at(2, staff, 80, 0.55)
    assert stating_best(asked, [lead, kept]) is kept
    planned = evidence_at(2, "It will cost about 430,000 pounds a year.", 80, 0.55)
    assert stating_best(asked, [lead, planned]) is None


def test_an_age_is_stated_by_aged_with_a_range_or_in_words():
    assert states("age", "The volunteers, who were aged from seven to 96, met twice a week.")
    # Every age of a list is an age, and a clause after "who" tells of whom it is.
    brothers = "It was found by Brahim and Lahcen Oubella, brothers aged 44 and 39 who herd camels."
    camels = [evidence_at(1, brothers, 0, 0.7)]
    assert unmeasured("How many camels do the Oubella brothers own?", camels)
    assert not giving_asked("How many camels do the Oubella brothers own?")(brothers)
    herders = "It was found by 39 herders who keep camels."
    assert not giving_asked("How many camels do the herders own?")(herders)
    assert giving_asked("How many herders found it?")(herders)
    # But a count after an age is a count, and "WHO" names a body.
    others = [evidence_at(1, "A man aged 34 and 12 others were injured in the crash.", 0, 0.7)]
    assert not unmeasured("How many others were injured?", others)
    experts = "A team of 12 WHO experts arrived in Wuhan."
    assert giving_asked("How many experts did the WHO send to Wuhan?")(experts)
    assert states("age", "Children aged between 5 and 11 took part.")
    assert states("age", "Pupils aged eleven sat the test.")
    assert not states("age", "An aged oak tree was felled.")
    # An age in words after "the age of" or "who is", and beside a relative.
    assert states("age", "Beridze took up judo at the age of nine at a club in Ambrolauri.")
    assert states("age", "Her youngest son, Nilo, who is seven, has been treated for tremors.")
    assert states("age", "She was diagnosed when she was six, and he was nine when he moved.")
    assert not states("age", "Nilo, who is one of seven children, has been treated.")
    assert not states("age", "It reached the age of steam.")
    assert not states("age", "She was one, too, of the founders.")
    assert states("age", "Her son, Nilo, who was seven, died.", "How old was Ana's son?")
    assert states("age", "Her son, Nilo, who is seven, has been treated.", "How old is Ana's son?")


def test_how_big_and_how_high_want_a_quantity_not_a_time_or_a_name():
    launch = "The satellite, Kestrel-1, lifted off at 10:42 a.m. aboard a Condor-2 rocket."
    assert not states("size", launch) and not states("level", launch)
    orbit = "It was placed into orbit at an altitude of 540 kilometres."
    assert states("size", orbit) and states("level", orbit)
    # A mass is a size, but nothing is "high" in kilograms.
    lead = "Selvania launched its satellite on Thursday, sending the 640-kilogram spacecraft up."
    assert states("size", lead) and not states("level", lead)
    assert states("level", "The bank raised its rate by 25 basis points.")
    assert states("size", "The army of 900 men marched.")
    assert not states("size", "It is one of the finest found in 2019.")
    assert states("size", "Tens of thousands of people marched.")
    # So "How high" is answered by the sentence near the best that gives an altitude.
    best = evidence_at(1, launch, 0, 0.30)
    sending = evidence_at(1, lead, 90, 0.29)
    placed = evidence_at(1, orbit, 200, 0.27)
    asked = "How high above Earth does Kestrel-1 orbit?"
    assert stating_best(asked, [best, sending, placed]) is placed


def test_a_count_the_best_sentence_gives_with_every_term_settles_the_question():
    seats = evidence_at(1, "The motion was backed by 85 members of the 175-seat Riksting.", 0, 0.3)
    other = evidence_at(2, "Parliament sits in Kalmar Haven.", 90, 0.1)
    assert counted_in_best("How many seats are there in the Riksting?", [seats, other]) is seats
    # A term of the question the sentence lacks, or no number counting the thing: no answer here.
    assert counted_in_best("How many seats are there in the Folketing?", [seats, other]) is None
    assert counted_in_best("How many votes are there in the Riksting?", [seats, other]) is None
    assert counted_in_best("How many seats are there in the Riksting?", [other]) is None
    assert counted_in_best("Who sits in the Riksting?", [seats]) is None


def test_named_measures_and_counts_are_not_read_into_other_questions():
    # Not a sum: a margin, a rate, a human cost; not a length: the length of a ban.
    assert asked_measure("What was Helvion's profit margin last year?") is None
    assert asked_measure("What is the income tax rate?") is None
    assert asked_measure("What was the human cost of the earthquake?") is None
    assert asked_measure("What length of ban did the striker receive?") is None
    assert asked_measure("What were the fines?") == "money"
    # An apostrophe inside a name, and a possessive in the sentence, still name them.
    assert states("age", "Conor O'Brien, 34, pleaded not guilty.", "How old is Conor O'Brien?")
    founder = evidence_at(1, "Orbitlink's 61-year-old founder spoke.", 0, 0.5)
    assert not unmeasured("How old is Orbitlink's founder?", [founder])
    # The thing counted may follow an adjective.
    lead = evidence_at(1, "Poland's border guards worked through the night of 24 February.", 0, 0.6)
    took = evidence_at(2, "Poland took in 1.5 million refugees in a month.", 0, 0.4, doc_id="e")
    asked = "How many Ukrainian refugees arrived in Poland?"
    assert stating_best(asked, [lead, took]) is took
    # A nationality before it describes what is counted, and those who die are deaths.
    doubled = "The number of women screened in six Malawian districts has more than doubled."
    screened = evidence_at(1, doubled, 0, 0.5)
    deaths = evidence_at(2, "It causes about 4,100 new cases and 2,900 deaths a year.", 90, 0.6)
    asked = "How many Malawian women die of cervical cancer each year?"
    assert stating_best(asked, [screened, deaths]) is None
    lower = dataclasses.replace(deaths, relevance=0.4)
    assert stating_best(asked, [screened, lower]) is lower
    # Not a nationality counted, nor the dead for those who killed.
    chinese = evidence_at(2, "About 40,000 Chinese are in Kenya.", 90, 0.4)
    assert stating_best("How many Chinese live in Kenya?", [screened, chinese]) is chinese
    assert stating_best("How many soldiers killed civilians?", [screened, lower]) is None
    assert stating_best("How many people were killed?", [screened, lower]) is lower


def test_a_part_of_a_total_needs_a_count_besides_the_total():
    asked = "How many of the 4,812 pupils were from Norway?"
    total = "The study followed 4,812 pupils aged 13 to 17 at 62 schools in England and Norway."
    assert unstated_part(asked, [evidence_at(1, total, 0, 0.6)])
    for part in ("Of the 4,812 pupils, 1,240 were from Norway.", "Norway sent 1,240 pupils."):
        assert not unstated_part(asked, [evidence_at(1, part, 0, 0.6)]), part
    # Rated far below the best, a sentence with the part says nothing.
    best, far = evidence_at(1, total, 0, 0.6), evidence_at(2, "Norway sent 1,240 pupils.", 99, 0.1)
    assert unstated_part(asked, [best, far])
    assert not unstated_part("How many pupils were from Norway?", [best])
    # A total that someone's, or written in words.
    trips = "Mr Kim has made just seven trips away from his country in 12 years in power."
    kim = "How many of Kim Jong Un's seven foreign trips were to Russia?"
    assert unstated_part(kim, [evidence_at(1, trips, 0, 0.6)])
    russia = "Two of the seven trips were to Russia."
    assert not unstated_part(kim, [evidence_at(1, russia, 0, 0.6)])
    # A number word inside another word is none ("drone", "freight").
    hit = [evidence_at(1, "Civilians were hit in some of the strikes.", 0, 0.6)]
    assert not unstated_part("How many of the drone strikes hit civilians?", hit)


def test_a_when_question_needs_a_sentence_near_the_best_that_says_when():
    appeal = "Corvane said it would consider an appeal to the Planning Inspectorate."
    later = "A hearing is rarely held within six months."
    best = [evidence_at(1, appeal, 0, 0.6)]
    assert undated("When will the inspectorate hear the appeal?", best)
    assert not undated("Who will hear the appeal?", best)  # not asked when
    for told in ("It will be heard in May.", "It is due on Dec 5.", "It was heard last week.",
                 "The hearing starts at 9.30am.", later):  # fmt: skip
        near = [*best, evidence_at(2, told, 80, 0.5)]
        assert not undated("When will the inspectorate hear the appeal?", near), told
    # "may" the verb says no when; nor does a sentence rated far below the best.
    may = [*best, evidence_at(2, "The developer may appeal.", 80, 0.5)]
    assert undated("When will the inspectorate hear the appeal?", may)
    weak = [*best, evidence_at(2, later, 80, 0.1)]
    assert undated("When will the inspectorate hear the appeal?", weak)
    # The day it was said on tells when it was said, which only a question about saying asks.
    said = [evidence_at(1, "A man has been detained over the fire, police said on Tuesday.", 0, 1)]
    assert undated("When did the fire start?", said)
    assert not undated("When did police announce the arrest?", said)
    began = [evidence_at(1, "Analysts said 2019 was when the decline began.", 0, 1)]
    assert not undated("When did the decline begin?", began)
    # What is to come is not told by a sentence only of what has been.
    tested = "Health workers tested 212,000 women in the year to March 2026."
    past = [evidence_at(1, tested, 0, 0.6)]
    assert undated("By when will the programme reach all 28 districts?", past)
    assert not undated("When did the programme reach 212,000 women?", past)
    planned = [*past, evidence_at(2, "It aims to reach them all by 2028.", 80, 0.5)]
    assert not undated("By when will the programme reach all 28 districts?", planned)
    for told in ("Officials said the bridge opens in May 2027.", "Work began in 2019.",
                 "The long-awaited bridge opens in 2027.", "The hearing was adjourned, to be"
                 " resumed on 4 February.", "The judge ordered a ruling within 30 days."):  # fmt: skip
        assert not told_as_past(told, "When will work on the bridge begin?"), told


def test_a_question_for_a_day_or_a_time_needs_a_sentence_near_the_best_that_tells_it():
    met = [evidence_at(1, "It will be their second summit, after they met in 2019.", 0, 0.6)]
    assert undated("On what date will the leaders hold their summit?", met)  # a year is no day
    for day in ("They will meet on 12 September.", "They meet on Sept 12.", "They meet Tuesday."):
        assert not undated(
            "On which day will the leaders meet?", [*met, evidence_at(2, day, 80, 0.5)]
        )
    # A date is of a month; "on Tuesday" dates the week's events, not the one asked about.
    for day in ("They will meet on 12 September.", "They meet on Sept 12."):
        assert not undated(
            "On what date will the leaders meet?", [*met, evidence_at(2, day, 80, 0.5)]
        )
    tuesday = evidence_at(2, "They meet Tuesday.", 80, 0.5)
    assert undated("On what date will the leaders meet?", [*met, tuesday])
    arrived = [evidence_at(1, "Mr Putin arrived in Vladivostok on Monday, Tass said.", 0, 0.6)]
    assert not undated("On which day did Mr Putin arrive in Vladivostok?", arrived)
    assert undated("On which dates did the inspectors visit the school?", met)
    # The day the question names tells no time of it, nor another day.
    assert undated("At what time did Putin arrive in Vladivostok on Monday?", arrived)
    assert undated("On what day after Monday did Putin arrive?", arrived)
    # Questions of other days and times: a day centre, a time of year, a time limit.
    for other in ("Which day centre will close?", "What time of year do calves arrive?",
                  "What time limit did the judge set?", "Within what time must a claim be made?"):  # fmt: skip
        assert not undated(other, met), other
    assert not undated(
        "On what date was the calf born?", [evidence_at(1, "Born on the 5th.", 0, 1)]
    )
    for time in ("The gang broke in at about 2.15am.", "They broke in early on Monday morning.",
                 "They broke in in the early hours.", "It was ten o'clock."):  # fmt: skip
        assert not undated("What time did the break-in happen?", [evidence_at(1, time, 0, 0.6)])


def test_a_speakers_words_give_way_to_the_sentence_after_that_states_the_measure():
    asked = "What did the head of highways say the scheme would cost?"
    words = "Martin Ebbs, the head of highways, said a redesign had been drawn up in 2021."
    said = evidence_at(1, words, 0, 0.52)
    cost = evidence_at(2, "He put the cost of the scheme at £1.9 million.", len(words) + 1, 0.07)
    assert not unmeasured(asked, [said, cost])  # "He" continues the best, rated low as it is
    assert stating_instead(asked, said, [said, cost]) is cost
    # A sentence further on, or one about something else ("It"), is no continuation.
    later = dataclasses.replace(cost, start=cost.start + 40, end=cost.end + 40)
    assert unmeasured(asked, [said, later])
    it = evidence_at(2, "It was put at £1.9 million.", len(words) + 1, 0.07)
    assert stating_instead(asked, said, [said, it]) is said
    # Nor does another article's sum replace the speaker's words, however it is rated; the
    # speaker's article's own is near its best.
    elsewhere = dataclasses.replace(cost, doc_id="other", relevance=0.9)
    assert stating_instead(asked, said, [said, elsewhere]) is said
    owes = evidence_at(3, "Barlow Keane estimates the firm owes £3.1m.", 200, 0.4)
    assert stating_instead(asked, said, [elsewhere, said, owes]) is owes


def test_a_sum_or_a_stretch_of_time_counts_nothing_a_how_many_question_asks():
    asked = "How many patients did Dr Wojcik see?"
    assert not states("count", "He opened a new €1.3 million medical centre.", asked)
    assert not states("count", "£16,000 would barely cover six months' rent.", asked)
    assert states("count", "He saw 23 patients in a new €1.3 million centre.", asked)
    assert states("count", "1,400 personnel fought it over three days.", asked)


def test_what_measure_questions_may_say_first_what_the_measure_is_of():
    assert asked_measure("What was the highest wind speed recorded during the storm?") == "speed"
    assert asked_measure("What will the new ship's top speed be in open water?") == "speed"
    assert asked_measure("What was the reason for the speed of the change?") is None
    assert asked_measure("What was the main reason the speed limit was cut?") is None
    assert asked_measure("What was the first year the temperature passed 40C?") is None
    assert states("temperature", "Temperatures reached 46.2 deg C in Alcacer do Sal.")


def test_a_year_question_is_answered_by_a_year_beside_what_the_question_tells():
    founded = "Geoffrey Ainsworth is one of seven who founded the trust in a pub back room in 1979."
    opened = "The canal, which was opened in 1797 to carry coal, was abandoned in 1944."
    evidence = [evidence_at(1, founded, 0, 0.6), evidence_at(2, opened, 100, 0.2)]
    asked = "In what year did the Wendle Canal first open?"
    assert year_of_deed(asked, evidence) is evidence[1]
    assert year_of_deed("In what year was the trust founded?", evidence) is None
    assert year_of_deed("Where did the Wendle Canal first open?", evidence) is None


def _words_alike(*groups: set[str], closeness: float = 1.0):
    """Normalised word vectors in which the words of a group are `closeness` alike (the first
    word of a group lies along its direction, the others partly)."""

    def embed(words: list[str]) -> np.ndarray:
        vectors = np.zeros((len(words), len(groups) + len(words)))
        for i, word in enumerate(words):
            group = next((g for g, members in enumerate(groups) if word in members), None)
            if group is None:
                vectors[i, len(groups) + i] = 1.0
            elif word == sorted(groups[group])[0]:
                vectors[i, group] = 1.0
            else:
                vectors[i, group] = closeness
                vectors[i, len(groups) + i] = np.sqrt(1 - closeness**2)
        return vectors

    return embed


def test_how_many_is_answered_by_a_count_of_the_thing_in_other_words():
    embed = _words_alike({"eye specialists", "ophthalmologists"}, closeness=0.8)
    lead = "Nurses in Thailand found more than 38,000 patients with damage to their eyes."
    few = "Thailand has only around 1,700 ophthalmologists, most of them in Bangkok."
    best, other = evidence_at(1, lead, 0, 0.7), evidence_at(2, few, 200, 0.45)
    asked = "Roughly how many eye specialists are there in Thailand?"
    assert counting_alike(asked, [best, other], embed) is other
    # A counted phrase is read by its first words too: "homes" of "40 homes burned".
    houses = _words_alike({"houses", "homes"}, closeness=0.9)
    fire = evidence_at(1, "More than 200 firefighters fought the fire overnight.", 0, 0.7)
    burned = evidence_at(2, "Officials said 40 homes burned before dawn.", 200, 0.5)
    assert counting_alike("How many houses were destroyed?", [fire, burned], houses) is burned
    # Only a thing much alike: "people" is as close as 0.57 to "members".
    loose = _words_alike({"eye specialists", "ophthalmologists"}, closeness=0.57)
    assert counting_alike(asked, [best, other], loose) is None
    # Not when the best counts the thing (in the words asked or alike), nor far below it.
    seen = evidence_at(1, "Some 1,700 eye specialists work in Thailand.", 0, 0.7)
    assert counting_alike(asked, [seen, other], embed) is None
    assert counting_alike(asked, [best, evidence_at(2, few, 200, 0.2)], embed) is None
    # Not when no count is of anything alike, nor for other questions.
    assert counting_alike("How many nurses took part?", [best, other], embed) is None
    assert counting_alike("Where are most eye specialists?", [best, other], embed) is None


def test_a_count_of_something_else_does_not_answer_how_many():
    embed = _words_alike({"homes", "houses"})
    trips = [evidence_at(1, "He has made just seven trips away from his country.", 0, 0.7)]
    assert counts_another("How many countries has Kim visited?", trips, embed)
    meetings = [evidence_at(1, "The trust held two public meetings before the trial.", 0, 0.7)]
    assert counts_another("How many drones does the trust fly?", meetings, embed)
    # The thing counted in other words, or by its own word, answers.
    homes = [evidence_at(1, "The storm damaged 86 homes in the town.", 0, 0.7)]
    assert not counts_another("How many houses were damaged?", homes, embed)
    assert not counts_another("How many trips has Kim made?", trips, embed)
    # A number counting nothing in words, a year or a sum leaves it open.
    for told in ("The number rose to 35 last year.", "Cases among them hit 14 million in 2024."):
        bare = [evidence_at(1, told, 0, 0.7), *trips]
        assert not counts_another("How many cases has Kim visited?", bare, embed), told
    rose = [evidence_at(1, "The number rose to 35 last year.", 0, 0.7)]
    assert not counts_another("How many countries has Kim visited?", rose, embed)
    # ... unless no sentence has a word for the thing nor speaks of a number of something.
    cases = [evidence_at(1, "Cases hit more than 14 million in 2024.", 0, 0.7)]
    assert counts_another("How many countries has Kim visited?", cases, embed)
    # The thing counted is any word the question counts, not only the one before its verb.
    assert not counts_another("How many trips abroad has Kim made?", trips, embed)
    # A kind of the thing no sentence has a word for, nor one alike, is another's count.
    green = [evidence_at(1, "Green turtles dug about 18,600 nests this season.", 0, 0.7)]
    assert counts_another("How many hawksbill turtle nests were counted?", green, embed)
    assert not counts_another("How many green turtle nests were counted?", green, embed)
    alike = _words_alike({"hawksbill", "green"}, closeness=0.8)
    assert not counts_another("How many hawksbill turtle nests were counted?", green, alike)
    # Words for how many, and nationalities, are no kinds.
    more = [evidence_at(1, "It will open 40 more night schools by 2028.", 0, 0.7)]
    assert not counts_another("How many extra schools will it open?", more, embed)
    offers = [
        evidence_at(1, "She had offers from seven universities in the United States.", 0, 0.7)
    ]
    assert not counts_another("How many American universities made offers?", offers, embed)
    # ... and with no auxiliary, the words before the main verb.
    assert counts_another("How many foreign journalists travelled with Kim?", trips, embed)
    # Nor do sentences with no word for the thing, however they count.
    prices = [evidence_at(1, "Prices rose to 35 last year.", 0, 0.7)]
    assert counts_another("How many shells does the North hold?", prices, embed)
    assert not counts_another("How many prices does the North hold?", prices, embed)
    assert not counts_another("How many trips abroad followed?", trips, embed)
    assert counts_another("How many armed officers travelled with Kim?", trips, embed)
    # Nor are parts, times, or people, whom news counts in many words.
    assert not counts_another("How many times has Kim left his country?", trips, embed)
    # ... in any of the words for a time or a turn: "nine strikes" are the goes asked.
    strikes = [evidence_at(1, "In a shoot-out each player has nine strikes.", 0, 0.7)]
    for turns in ("occasions has Kim left his country", "goes does each player get"):
        assert not counts_another(f"On how many {turns}?", [*trips, *strikes], embed), turns
    assert counts_another("How many prizes does each player get?", strikes, embed)
    # Tries are scored, and a road's turns counted, as things of their own.
    points = [evidence_at(1, "Ireland scored 27 points in the second half.", 0, 0.7)]
    assert counts_another("How many tries did Ireland score?", points, embed)
    assert not counts_another("How many people attended the meetings?", meetings, embed)
    # ... nor a nation's people, whom news counts as patients or voters; but a nation's
    # hospitals are things.
    dialysis = [evidence_at(1, "Uganda has about 1,100 patients on dialysis.", 0, 0.7)]
    for people in ("Ugandans", "Chinese"):
        assert not counts_another(f"How many {people} are on dialysis?", dialysis, embed), people
    assert counts_another("How many Ugandan hospitals offer dialysis?", dialysis, embed)
    # Those who did the deed the thing is named for count it: 4,800 signatures.
    signed = [evidence_at(1, "A petition was signed by 4,800 people last week.", 0, 0.7)]
    assert not counts_another("How many signatures did the petition gather?", signed, embed)
    # So many times the deed asked was done counts what was done: five series titles won.
    won = [evidence_at(1, "Fiji, whose men have won the series five times, lost.", 0, 0.7)]
    assert not counts_another("How many series titles have Fiji's men won?", won, embed)
    assert not counts_another("How many series titles did Fiji's men win?", won, embed)
    scored = [evidence_at(1, "Across the season, Ruiz scored five times.", 0, 0.7)]
    assert not counts_another("How many goals did Ruiz score?", scored, embed)
    higher = [evidence_at(1, "They won a share five times higher than in 2019.", 0, 0.7)]
    assert counts_another("How many seats have they won?", higher, embed)
    # The deed is the verb the question ends on after its subject.
    attack = [evidence_at(1, "The attack was five times deadlier than the last.", 0, 0.7)]
    assert counts_another("How many soldiers died in the attack?", attack, embed)
    assert counts_another("How many series titles have Fiji's men lost?", won, embed)
    twice = [evidence_at(1, "He has twice been fined and won the title twice.", 0, 0.7)]
    assert not counts_another("How many titles has he won?", twice, embed)
    bigger = [evidence_at(1, "They won five times as many votes as in 2019.", 0, 0.7)]
    assert counts_another("How many seats have they won?", bigger, embed)
    voted = [evidence_at(1, "In all, 312 members voted at the meeting.", 0, 0.7)]
    assert not counts_another("How many votes were cast?", voted, embed)
    assert counts_another("How many drones were cast?", voted, embed)
    assert not counts_another("How many of the drones are new?", meetings, embed)
    # Nor people, whom news counts in many words ("40,000 revellers" for visitors).
    assert not counts_another("How many visitors came to the meetings?", meetings, embed)
    assert not counts_another("How many visitors did the meetings draw?", meetings, embed)
    # Words less alike than the embedder's own "homes" and "houses" are other things.
    assert counts_another(
        "How many houses were damaged?", homes, _words_alike({"homes", "houses"}, closeness=0.3)
    )
    assert not counts_another(
        "How many houses were damaged?", homes, _words_alike({"homes", "houses"}, closeness=0.7)
    )
    # What "35 of them" counts was told before.
    sent = [evidence_at(1, "The charity trained 80 people, and 35 of them went.", 0, 0.7)]
    assert not counts_another("How many volunteers did the charity send?", sent, embed)


def test_a_question_asking_a_limit_is_answered_by_a_sentence_stating_one():
    made = "The test is made up of 50 multiple-choice questions and 14 video clips."
    test = evidence_at(1, made, 0, 0.7)
    must = evidence_at(
        2, "Candidates must answer at least 43 of the questions correctly.", 80, 0.35
    )
    asked = "What is the minimum number of questions a candidate must get right to pass?"
    assert bounding_best(asked, [test, must]) is must
    # Not for a question asking no limit, nor when the best states one, nor from a sentence
    # rated far below, in another article or on nothing the question names.
    assert bounding_best("How many questions are in the test?", [test, must]) is None
    assert bounding_best(asked, [must, dataclasses.replace(test, relevance=0.2)]) is None
    assert bounding_best(asked, [test, dataclasses.replace(must, relevance=0.1)]) is None
    assert bounding_best(asked, [test, dataclasses.replace(must, doc_id="other")]) is None
    fee = evidence_at(2, "The fee rose by up to 20 pounds.", 80, 0.35)
    assert bounding_best(asked, [test, fee]) is None
    carry = evidence_at(1, "Each drone can carry up to three kilograms.", 0, 0.6)
    flights = evidence_at(2, "The drones make up to 14 flights a day.", 60, 0.5)
    assert bounding_best("How much can each drone carry?", [carry, flights]) is None
    carries = evidence_at(1, "Each drone carries three kilograms.", 0, 0.6)
    assert bounding_best("How much can each drone carry?", [carries, flights]) is None
    # A limit may be named before "of"; a measure asked at its highest is no limit.
    offence = evidence_at(1, "The offence carries a maximum sentence of 14 years.", 0, 0.7)
    convicted = evidence_at(2, "At least 40 people have been convicted of the offence.", 60, 0.5)
    assert (
        bounding_best("What is the maximum sentence for the offence?", [offence, convicted]) is None
    )
    peak = evidence_at(1, "Temperatures in London peaked at 38.1C.", 0, 0.7)
    forecast = evidence_at(2, "Highs of up to 35C are forecast in London.", 60, 0.5)
    hottest = "What was the maximum temperature recorded in London?"
    assert bounding_best(hottest, [peak, forecast]) is None
    prison = dataclasses.replace(
        offence, sentence="It carries a maximum prison sentence of 14 years."
    )
    asked_prison = "What is the maximum prison sentence for the offence?"
    assert bounding_best(asked_prison, [prison, convicted]) is None
    assert bounding_best(
        asked_prison, [dataclasses.replace(offence, sentence="It is rare."), convicted]
    )
    holds = evidence_at(1, "The stadium holds 62,000 people.", 0, 0.7)
    away = evidence_at(2, "Up to 5,000 away fans will be admitted to the stadium.", 60, 0.5)
    assert bounding_best("What is the maximum capacity of the stadium?", [holds, away]) is None
    # A question may ask a limit by what something can be.
    open_to = "It is open to clubs from villages with a population of no more than 5,000."
    entered = evidence_at(1, "This season 268 clubs entered the competition.", 0, 0.66)
    villages = evidence_at(2, open_to, 60, 0.21)
    large = "How large can a village be for its club to enter the competition?"
    assert bounding_best(large, [entered, villages]) is villages


def test_a_sum_a_deed_came_to_is_answered_by_a_sentence_giving_a_sum_after_a_word_for_it():
    invest = "The ski maker will invest 18 million euros in summer sports after its first loss."
    best = evidence_at(1, invest, 0, 0.5)
    loss = "Its revenue fell 21 per cent, and it made a net loss of 4.2 million euros."
    told = evidence_at(2, loss, 100, 0.14)
    asked = "How much money did the ski maker lose last year?"
    assert sum_of_the_deed(asked, [best, told]) is told
    # Not from another article, nor a sentence rated far below, nor when the best gives the
    # sum of the deed, nor for a question of no single deed or of no sum.
    assert sum_of_the_deed(asked, [best, dataclasses.replace(told, doc_id="e")]) is None
    assert sum_of_the_deed(asked, [best, dataclasses.replace(told, relevance=0.05)]) is None
    lost = evidence_at(1, "The ski maker lost about 3 million euros last year.", 0, 0.5)
    assert sum_of_the_deed(asked, [lost, told]) is None
    assert sum_of_the_deed("How much money did it raise and spend?", [best, told]) is None
    assert sum_of_the_deed("How many skis did the ski maker lose?", [best, told]) is None
    earning = "How much do families spending less than $60,000 lose on fees?"
    assert sum_of_the_deed(earning, [best, told]) is told  # the verb's deed, not the participle's
    # A sum before the word for the deed is of it; one with a year the question does not name
    # is another year's.
    was_lost = evidence_at(1, "The ski maker said 4.2 million euros was lost.", 0, 0.5)
    assert sum_of_the_deed(asked, [was_lost, told]) is None
    rival = evidence_at(2, "Its rival Elan lost 1 million euros in 2019.", 100, 0.14)
    assert sum_of_the_deed(asked, [best, rival]) is None
    # A sum taken is told as received.
    bribe = evidence_at(2, "He had received 7.8 million koruna from Medicor Trade.", 100, 0.14)
    took = "How much money did the court say Kadlec took from the supplier?"
    assert sum_of_the_deed(took, [best, bribe]) is bribe
    paying = "How much do families earning less than $60,000 pay?"
    assert sum_of_the_deed(paying, [best, told]) is None
    # A sum told in another clause than the deed's is not of it.
    apart = evidence_at(2, "It posted a loss, and it will invest 5 million euros.", 100, 0.14)
    assert sum_of_the_deed(asked, [best, apart]) is None


def test_a_share_of_a_whole_is_answered_by_a_sentence_giving_a_share_of_it():
    shares = evidence_at(1, "Nimbus shares fell 4.1 per cent in New York.", 0, 0.2)
    lead = "Nimbus will buy Quartzline and cut about 1,200 jobs, or 7 per cent of its workforce."
    cut = evidence_at(2, lead, 60, 0.07)
    asked = "What share of its staff is Nimbus laying off?"
    assert share_of_best(asked, [shares, cut]) is cut
    half = evidence_at(2, "It will close half of its stores.", 60, 0.07)
    assert share_of_best("What proportion of its stores will close?", [shares, half]) is half
    # Not when the best gives a share of it, nor from a sentence rated far below or giving a
    # share of something else, nor for a question asking no share of a whole.
    assert share_of_best(asked, [dataclasses.replace(cut, relevance=0.3), shares]) is None
    assert share_of_best(asked, [shares, dataclasses.replace(cut, relevance=0.03)]) is None
    price = evidence_at(2, "About 60 per cent of the price will be paid in cash.", 60, 0.1)
    assert share_of_best(asked, [shares, price]) is None
    assert share_of_best("How many jobs will Nimbus cut?", [shares, cut]) is None
    # A name in the whole is whose it is: a share of Nimbus is no share of its staff.
    owns = evidence_at(2, "Quartzline already owns 9 per cent of Nimbus.", 60, 0.1)
    assert (
        share_of_best("What percentage of Nimbus staff will lose their jobs?", [shares, owns])
        is None
    )


def test_the_number_of_a_thing_may_be_told_as_it_will_be():
    rise = "Under the new deal, the number of scooters will rise from 1,200 to 1,500."
    bays = "Riders must park in one of the city's 140 marked parking bays under the new contract."
    best, deal = evidence_at(1, bays, 0, 0.6), evidence_at(2, rise, 90, 0.4)
    asked = "How many scooters will be available under the new contract?"
    assert stating_best(asked, [best, deal]) is deal
    assert not stating_best(
        asked, [best, evidence_at(2, "The number of scooters is unknown.", 90, 0.4)]
    )


def test_a_count_of_them_after_a_sentence_naming_the_thing_counts_it():
    asked = "How many meat and potato pies did Barlow's sell last year?"
    lead = "Barlow's, famous for its meat and potato pies, is to open 45 new shops."
    product = "The company's best-selling product is the meat and potato pie."
    sold = "It sold 14.6 million of them last year, more than a third of all it made."
    best = evidence_at(1, lead, 0, 0.84)
    named, counting = evidence_at(2, product, 200, 0.09), evidence_at(3, sold, 264, 0.31)
    assert counting_back(asked, [best, named, counting]) is counting
    assert not counts_another(asked, [best, named, counting], _words_alike(set()))
    # "Them" may be the whole a part is counted of, when the sentence tells what the part did.
    part = "Of the lorries stopped at the border, how many carried undeclared cigarettes?"
    stopped = evidence_at(1, "Customs officers stopped 31 lorries at the border.", 0, 0.5)
    carried = evidence_at(2, "Nine of them carried undeclared cigarettes.", 52, 0.2)
    assert counting_back(part, [stopped, carried]) is carried
    owned = (
        "Of the firm's 31 lorries stopped at the border, how many carried undeclared cigarettes?"
    )
    assert counting_back(owned, [stopped, carried]) is carried
    other = evidence_at(2, "Nine of them were driven by Poles.", 52, 0.2)
    assert counting_back(part, [stopped, other]) is None
    # Not without the sentence naming the thing right before it, nor rated far below the best.
    assert counting_back(asked, [best, counting]) is None
    assert counts_another(asked, [best, counting], _words_alike(set()))
    far = dataclasses.replace(counting, relevance=0.1)
    assert counting_back(asked, [best, named, far]) is None
    # In words, or in millions written short.
    for sold in ("It sold three million of them last year.", "It sold 14.6m of them last year."):
        words = evidence_at(3, sold, 264, 0.31)
        assert counting_back(asked, [best, named, words]) is words, sold


def test_a_count_going_on_about_what_the_question_names_answers_however_low_rated():
    asked = "How many members does Purbeck Beach Watch have?"
    lead = "About 350 people turned out to help, many of them organised by Purbeck Beach Watch."
    group = "The group was set up by Kate Whitlow in 2017."
    has = "It now has more than 1,200 members."
    best, founded = evidence_at(1, lead, 0, 0.73), evidence_at(2, group, len(lead) + 1, 0.01)
    counting = evidence_at(3, has, founded.end + 1, 0.06)
    assert counting_on(asked, [best, founded, counting]) is counting
    # Not when the two sentences before it leave out a word of the name, nor in another article.
    assert (
        counting_on("How many members does Chesil Beach Watch have?", [best, founded, counting])
        is None
    )
    elsewhere = dataclasses.replace(counting, doc_id="e")
    assert counting_on(asked, [best, founded, elsewhere]) is None
    # Nor when it counts something else, or does not open by referring back.
    other = evidence_at(3, "It now has more than 1,200 volunteers.", founded.end + 1, 0.06)
    assert counting_on(asked, [best, founded, other]) is None
    named = evidence_at(3, "Ms Whitlow now has 1,200 members.", founded.end + 1, 0.06)
    assert counting_on(asked, [best, founded, named]) is None
    # Nor when the best sentence counts what is asked.
    counted = dataclasses.replace(best, sentence=lead.replace("350 people", "350 members"))
    assert counting_on(asked, [counted, founded, counting]) is None
    # Nor after a sentence between that is about another body, nor counting another's members.
    joined = evidence_at(
        2, "The volunteers were joined by the National Trust.", founded.start, 0.01
    )
    after_joined = evidence_at(3, has, joined.end + 1, 0.06)
    assert counting_on(asked, [best, joined, after_joined]) is None
    rival = evidence_at(
        3, "Its rival, Swanage Sea Watch, now has 900 members.", founded.end + 1, 0.06
    )
    assert counting_on(asked, [best, founded, rival]) is None
    # The name in the sentence right before, and the count in a quotation, do as well.
    right = evidence_at(2, "It now has 1,200 members.", len(lead) + 1, 0.06)
    assert counting_on(asked, [best, right]) is right


def test_a_company_s_sales_are_a_sum_of_money():
    assert asked_measure("What were Barlow's sales last year?") == "money"
    assert asked_measure("What were the company's total sales?") == "money"
    # So is what someone spent or paid, but not what it went on, time spent or a tribute paid.
    assert asked_measure("What did the farmer spend on fertiliser last year?") == "money"
    assert asked_measure("What did the club pay for the striker?") == "money"
    for other in (
        "What did the council spend the money on?",
        "What did she spend her childhood doing?",
        "What did they pay tribute to?",
        "What did he owe his success to?",
        "What did police charge the driver with after the crash?",
        "What did they spend the weekend doing?",
        "What were the album's first-week sales?",
    ):
        assert asked_measure(other) != "money", other


def test_a_sum_is_asked_of_a_name_written_with_a_sign():
    assert asked_measure("How much did Vista+ pay for the rights to Y Gorlan?") == "money"
    assert asked_measure("How much did M&S spend on the stores?") == "money"


def test_a_sum_of_money_counts_nothing():
    won = evidence_at(1, "Corrigan rode to a six-length win in the £150,000 race.", 0, 0.7)
    asked = "How many races has Corrigan won at Hexworth?"
    assert counts_another(asked, [won], _words_alike(set()))
    wins = evidence_at(1, "Corrigan has won 12 races at Hexworth.", 0, 0.7)
    assert not counts_another(asked, [wins], _words_alike(set()))


def test_several_is_no_count():
    # No answerable "how many" question of the SQuAD file or the readers' sets is answered so.
    assert not states("count", "Harvard has several athletic facilities.")
    assert states("count", "Harvard has both a pavilion and a stadium.")
    assert states("count", "Harvard has three athletic facilities.")


def test_a_population_is_stated_only_by_how_many_live_in_a_place():
    asked = "What is the population of Sedbergh?"
    assert asked_measure(asked) == "population"
    assert asked_measure("What is the approximate population of Pelham Cross?") == "population"
    for stated in (
        "the island's year-round population of roughly 480",
        "the market town of about 14,000 people",
        "Torrelobos, a village of 214 people in the province of Teruel",
        "The city is home to 1.2 million.",
        "The province of Teruel has about 134,000 inhabitants.",
    ):
        assert states("population", stated), stated
    for unstated in (
        "about 3km south-east of the town of Sedbergh",
        "many older residents still rely on cash",
        "the region has lost much of its population since the 1950s",
        "More than 300 people attended the meeting.",
        "Police said 40 residents were evacuated.",
        "a mining town of 1884",
        "London is home to 3 of the 5 largest banks.",
        "the population is 23% over 65",
    ):
        assert not states("population", unstated), unstated
    lead = "The quake struck about 3km south-east of the town of Sedbergh, at a depth of 9km."
    quake = evidence_at(1, lead, 0, 0.25)
    # Another article's town of 14,000 is not Sedbergh, which that sentence does not name.
    town = evidence_at(2, "Its population of about 14,000 has no dentist.", 0, 0.18, "e")
    assert unmeasured(asked, [quake, town])
    named = evidence_at(2, "Sedbergh, a town of about 2,800 people, shook.", 0, 0.18, "e")
    assert not unmeasured(asked, [quake, named])
    assert stating_best(asked, [quake, named]) is named


def test_how_long_someone_was_jailed_is_told_by_the_sentence_passed():
    asked = "How long was the ringleader of the drone gang sent to prison for?"
    assert asked_measure(asked) == "term"
    assert asked_measure("How long will the former official spend behind bars?") == "term"
    assert asked_measure("How long a prison term did the winery's owner get?") == "term"
    assert asked_measure("How long was the jail sentence?") == "term"
    assert asked_measure("How long was the bridge closed?") == "extent"
    flights = "The gang carried out 117 drone flights between January 2024 and May 2025."
    jailed = "The ringleader, Darren Mottram, 38, of Castleford, was jailed for 11 years."
    assert not states("term", flights)
    assert states("term", jailed)
    assert states("term", "A court sentenced a former official of the agency to 12 years in prison")
    assert states("term", "He was jailed for life with a minimum term of 19 years.")
    assert not states("term", "She spent 11 months in custody before her trial.")
    best, passed = evidence_at(1, flights, 0, 0.26), evidence_at(2, jailed, 90, 0.15)
    assert stating_best(asked, [best, passed]) is passed
    assert unmeasured(asked, [best])


def test_how_much_energy_asks_for_an_amount_in_units_of_energy_or_power():
    for asked in (
        "How much heat can the battery store?",
        "How much electricity will the wind farm generate?",
    ):
        assert asked_measure(asked) == "energy", asked
    # Not a bill or a policy, a share or a limit.
    assert asked_measure("How much energy bill support will families get?") != "energy"
    assert asked_measure("How much electricity policy has changed?") != "energy"
    assert asked_measure("How much did electricity generation fall?") != "energy"
    assert asked_measure("How much electricity does Portugal get from wind?") != "energy"
    assert asked_measure("How much heat is too much for outdoor workers?") != "energy"
    for stored in (
        "It can store up to 120 megawatt-hours of heat.",
        "a 1,900 kWh battery pack",
        "The plant will produce 50MW.",
    ):
        assert states("energy", stored), stored
    # A number beside energy words is no amount of it, and an amount of energy counts nothing.
    assert not states("energy", "It heats about 4,000 homes for weeks.")
    asked = "How much heat can the battery store?"
    assert has_answer_type("number", "It can store up to 120 megawatt-hours of heat.", asked)
    assert not has_answer_type("number", "Sand holds heat for weeks, a few hours more.", asked)


def test_a_question_naming_a_year_is_answered_by_a_sentence_of_that_year():
    led = evidence_at(1, "Its secretary, who was dismissed in 2020, has led the case.", 100, 0.5)
    brought = evidence_at(2, "The case was brought in 2019 after wages stopped.", 0, 0.44)
    asked = "What led the union to go to court in 2019?"
    assert of_the_year_asked(asked, [led, brought]) is brought
    # Not when the best gives the year or none, nor from a sentence far below it.
    undated = evidence_at(1, "Its secretary has led the case.", 100, 0.5)
    assert of_the_year_asked(asked, [undated, brought]) is None
    both = evidence_at(1, "Filed in 2019, the case went on into 2020.", 100, 0.5)
    assert of_the_year_asked(asked, [both, brought]) is None
    assert of_the_year_asked(asked, [led, dataclasses.replace(brought, relevance=0.1)]) is None
    assert of_the_year_asked("What led the union to go to court?", [led, brought]) is None


def test_a_year_asked_is_told_by_the_figure_set_beside_an_undated_best():
    found = "The survey found 94 adults across the Kunene region."
    best = evidence_at(1, found, 0, 0.44)
    earlier = evidence_at(2, "That was up from 57 in 2022 and from about 25 in 1998.", 54, 0.08)
    asked = "How many desert lions did the survey find in 2022?"
    assert continues(best, earlier)
    assert of_the_year_asked(asked, [best, earlier]) is earlier
    # Not a sentence elsewhere in the article, nor one that does not go on from the best.
    apart = dataclasses.replace(earlier, start=300, end=300 + len(earlier.sentence))
    assert of_the_year_asked(asked, [best, apart]) is None
    other = evidence_at(2, "Rangers counted 57 lions in 2022.", 54, 0.08)
    assert of_the_year_asked(asked, [best, other]) is None
    closed = evidence_at(1, "The factory closed because orders dried up.", 0, 0.5)
    opened = evidence_at(2, "He said 300 people worked there when it opened in 2019.", 44, 0.2)
    assert of_the_year_asked("Why did the factory close in 2019?", [closed, opened]) is None
    assert not continues(best, evidence_at(2, "This is against the law.", 54, 0.08))


def test_a_part_of_those_the_sentence_before_counts_goes_on_from_it():
    treated = "The hospital treated about 150 patients with bile duct cancer a year."
    best = evidence_at(1, treated, 0, 0.48)
    part = evidence_at(2, "Fewer than one in ten of them are diagnosed early enough.", 70, 0.16)
    assert continues(best, part)
    asked = "What proportion of the hospital's patients are caught early enough for surgery?"
    assert not unmeasured(asked, [best, part])
    assert stating_best(asked, [best, part]) is part
    assert not continues(best, evidence_at(2, "Many of them were in 2019.", 300, 0.16))


def test_how_many_more_asks_for_those_added():
    workshops = evidence_at(1, "It sends a fifth of its work to 60 workshops.", 0, 0.24)
    one = evidence_at(2, "Imran Butt runs one of them with 14 workers.", 50, 0.14)
    hire = evidence_at(3, "The company expects to hire about 1,100 more workers.", 100, 0.11)
    asked = "How many extra workers does Mirza plan to take on?"
    assert stating_best(asked, [workshops, one, hire]) is hire
    assert stating_best("How many workers does the workshop have?", [workshops, one, hire]) is one
    elsewhere = dataclasses.replace(hire, doc_id="other")
    assert stating_best(asked, [workshops, one, elsewhere]) is one


def test_a_price_of_one_of_many_needs_a_sum_for_one():
    programme = evidence_at(
        1,
        "It will spend 640 million baht on the scheme and buy 1,500 more retinal cameras.",
        0,
        0.6,
    )
    asked = "How much does one retinal camera cost?"
    assert unpriced_unit(asked, [programme])
    for priced in (
        "Each camera costs about 90,000 baht.",
        "The cameras are priced at 90,000 baht.",
        "Cameras sell for 90,000 baht apiece.",
    ):
        assert not unpriced_unit(asked, [programme, evidence_at(2, priced, 90, 0.5)]), priced
    assert unpriced_unit("How much does fencing cost per metre?", [programme])
    ride = "How much does one ride cost?"
    assert unpriced_unit(ride, [programme])
    for priced in ("Riders pay 18p a minute.", "Rides cost £1.", "A single ride is £1.20."):
        assert not unpriced_unit(ride, [evidence_at(1, priced, 0, 0.5)]), priced
    # A sum paid once is no price of one of many, and "per cent" gives none.
    assert not unpriced_unit("How much did one investor pay for the painting?", [programme])
    every = "How much will it cost to take the scheme to every province?"
    assert not unpriced_unit(every, [programme])
    share = [evidence_at(1, "It will spend 4 per cent more, or 640 million baht.", 0, 0.5)]
    assert unpriced_unit(asked, share)
    # A sum for one in another clause than the one naming the thing asked is of something else.
    device = "How much does each portable finger-prick testing device cost?"
    tested = (
        "They test blood with a portable finger-prick device, and show parents how to cook "
        "with sangrecita, cooked chicken blood that sells for about two soles a kilo."
    )
    assert unpriced_unit(device, [evidence_at(1, tested, 0, 0.5)])
    for sold in (
        "Each finger-prick device sells for about 40 soles, the clinic said.",
        "Each device, the company said, costs 40 soles.",
        "The devices, which the ministry buys from a firm in Lima, cost 40 soles each.",
    ):
        assert not unpriced_unit(device, [evidence_at(1, sold, 0, 0.5)]), sold
    # A rate of time is given by a yearly sum, and a whole by its cost.
    assert not unpriced_unit("How much does the family spend each year?", [programme])
    assert not unpriced_unit("How much will the scheme cost?", [programme])


def test_the_price_of_one_is_told_in_a_sentence_of_its_own():
    plan = (
        "She said it planned to build 20 more towers by 2028, at a cost of about 3.4 million "
        "Namibian dollars."
    )
    best = evidence_at(1, plan, 0, 0.17)
    each = evidence_at(2, "Each tower costs about 85,000 Namibian dollars to build.", 120, 0.08)
    asked = "What does it cost to put up one of the alarm towers?"
    assert unpriced_unit(asked, [best])
    assert not unpriced_unit(asked, [best, each])
    assert priced_unit_best(asked, [best, each]) is each
    # A sentence of another article, or one naming nothing asked, gives no price of a tower.
    assert priced_unit_best(asked, [best, dataclasses.replace(each, doc_id="other")]) is None
    kit = evidence_at(2, "Each kit costs about 900 Namibian dollars.", 120, 0.08)
    assert priced_unit_best(asked, [best, kit]) is None
    assert priced_unit_best("How much will the towers cost?", [best, each]) is None
    forceps = "How much does a pair of Mirza's reusable steel forceps sell for?"
    invest = evidence_at(1, "Mirza will invest 6.2 billion rupees in a new factory.", 0, 0.5)
    assert unpriced_unit(forceps, [invest])
    single_use = "It will invest 6.2 billion rupees as hospitals drop single-use instruments."
    assert unpriced_unit(forceps, [invest, evidence_at(2, single_use, 90, 0.5)])
    # What one thing would cost is its whole cost, no price of one of many, and one of many
    # sold is a sum paid once.
    assert not unpriced_unit("How much would an all-weather road to the lake cost?", [invest])
    assert not unpriced_unit("How much does a new bridge over the Shannon cost?", [invest])
    assert not unpriced_unit("How much did one of the paintings sell for?", [invest])
    assert unpriced_unit("How much does a filling cost at the dental centre?", [invest])


def test_a_count_of_a_place_listed_with_others_is_no_count_of_it():
    followed = (
        "It followed 4,812 pupils at 62 secondary schools in England, Norway and the Netherlands."
    )
    evidence = [evidence_at(1, followed, 0, 0.6)]
    assert counted_in_a_list("How many of the schools in the study were in England?", evidence)
    served = [
        evidence_at(1, "It serves 1.4 million homes across Maricopa and Pinal counties.", 0, 0.6)
    ]
    assert counted_in_a_list("How many of Saguaro's customers are in Pinal County?", served)
    # Not a place with a count of its own, nor one the question lists with others itself,
    # nor a place no counting sentence names.
    crew = "Seven of the crew are from Donegal, three are from the Philippines and one from Egypt."
    asked = "How many of the crew come from the Philippines?"
    assert not counted_in_a_list(asked, [evidence_at(1, crew, 0, 0.6)])
    asked = "How many schools in England, Norway and the Netherlands took part?"
    assert not counted_in_a_list(asked, evidence)
    assert not counted_in_a_list("How many schools in Denmark took part?", evidence)
    # Nor a name asked of otherwise than as a place, nor the pronoun "I".
    assert not counted_in_a_list("How many pupils did Norway's study follow?", evidence)
    taught = '"I love Jamaica and I loved my students, but I was teaching 42 children," she said.'
    asked = "How many pupils did the teacher teach in Jamaica?"
    assert not counted_in_a_list(asked, [evidence_at(1, taught, 0, 0.6)])
    assert not counted_in_a_list("How much did the study in England cost?", evidence)
    medals = "The United States, China and Britain won 40, 38 and 12 medals respectively."
    assert not counted_in_a_list(
        "How many medals did Britain win?", [evidence_at(1, medals, 0, 0.6)]
    )


def test_a_givers_part_is_untold_by_a_sum_paid_by_it_and_others():
    funded = (
        "The £1.2 million project is funded mainly by an £850,000 grant from the government, "
        "with the rest coming from the water company Tidewell Water and from public donations."
    )
    evidence = [evidence_at(1, funded, 0, 0.6)]
    assert untold_part("How much money did Tidewell Water contribute to the project?", evidence)
    paid = "It cost 4.6 million Fijian dollars, most of it paid by Australia and New Zealand."
    asked = "How much of the programme's cost was paid by Australia?"
    assert untold_part(asked, [evidence_at(1, paid, 0, 0.6)])
    together = (
        "It cost $70 million, paid by 38 universities, together with the Icelandic government."
    )
    asked = "How much has the Icelandic government contributed?"
    assert untold_part(asked, [evidence_at(1, together, 0, 0.6)])
    # Not when the giver has a sum of its own, is the only one named, or is not named at all.
    own = "It cost £1.2 million, with a grant of £300,000 from Tidewell Water and donations."
    for told in (
        own,
        "Tidewell Water paid £300,000 towards the project.",
        funded.replace("Tidewell Water", "Severn Water"),
        "The project was paid for by Tidewell Water, which gave £1.2 million.",
    ):
        assert not untold_part(
            "How much money did Tidewell Water contribute to the project?",
            [evidence_at(1, told, 0, 0.6)],
        ), told
    assert not untold_part("How much did the project cost?", evidence)
    both = "Australia and New Zealand put in $2m and $1m respectively."
    assert not untold_part("How much did Australia contribute?", [evidence_at(1, both, 0, 0.6)])
    deal = "The deal, agreed by Google and Fitbit's board, values Fitbit at $2.1 billion."
    assert not untold_part("How much did Google pay for Fitbit?", [evidence_at(1, deal, 0, 0.6)])
    # Where no sentence gives the giver a sum, naming it beside another giver tells no part.
    paid_for = (
        "It was paid for by the Ministry of Culture and by the Fundación Arte Atlántico, a "
        "foundation in the Canary Islands."
    )
    cost = evidence_at(2, "The production cost about 2.4 million pesos.", 200, 0.5)
    asked = "How much money did the Fundación Arte Atlántico give towards the production?"
    assert untold_part(asked, [evidence_at(1, paid_for, 0, 0.6), cost])
    alone = "It was paid for by the Fundación Arte Atlántico, a foundation in the Canary Islands."
    assert not untold_part(asked, [evidence_at(1, alone, 0, 0.6), cost])


def test_those_who_died_or_were_hurt_are_counted_only_where_that_is_told():
    embed = _words_alike(set())
    treated = "The hospital treated about 150 patients with bile duct cancer a year."
    asked = "How many people in Savannakhet died of bile duct cancer last year?"
    assert counts_another(asked, [evidence_at(1, treated, 0, 0.7)], embed)
    for told in ("It killed 66 people.", "About 90 patients died of it last year."):
        assert not counts_another(asked, [evidence_at(1, told, 0, 0.7)], embed), told
    assert not counts_another(
        "How many patients does the hospital treat?", [evidence_at(1, treated, 0, 0.7)], embed
    )
    killed = [evidence_at(1, "The river burst its banks, killing 26 people.", 0, 0.7)]
    assert counts_another("How many people were injured when the river flooded?", killed, embed)
    planted = [evidence_at(1, "The corals are being planted across four hectares.", 0, 0.7)]
    assert counts_another("How many of the planted corals have died so far?", planted, embed)
    murdered = [evidence_at(1, "Gunmen murdered 14 villagers in the attack.", 0, 0.7)]
    assert not counts_another("How many people were killed in the attack?", murdered, embed)
    taken = [evidence_at(1, "Fourteen people were taken to hospital after the crash.", 0, 0.7)]
    assert not counts_another("How many people were injured in the crash?", taken, embed)
    hurt = [evidence_at(1, "The flood killed 26 people and injured 40.", 0, 0.7)]
    assert not counts_another("How many people were injured in the flood?", hurt, embed)


def test_a_part_of_a_sum_is_asked_in_money():
    asked = "How much of the money has the Anti-Corruption Commission got back so far?"
    assert asked_measure(asked) == "money"
    assert asked_measure("How much of the ransom was recovered?") == "money"
    assert asked_measure("How much of the forest has burned?") == "count"
    # A count asked of a thing described in several words is of its last word.
    patients = "How many bile duct cancer patients does the provincial hospital treat?"
    assert not counts_another(
        patients,
        [evidence_at(1, "The hospital treats about 150 patients a year.", 0, 0.7)],
        _words_alike(set()),
    )


def test_a_score_asked_needs_a_sentence_that_gives_one():
    beat = evidence_at(1, "Tavares, 24, beat the Peruvian Diego Salcedo in the final.", 0, 0.6)
    for asked in (
        "What was the score in the men's final?",
        "What was the final score?",
        "By what score did Tavares win?",
    ):
        assert unscored(asked, [beat]), asked
    for told in ("Tavares beat Salcedo 19-17.", "He won by 15.67 points to 14.20.",
                 "Councillors voted 53 to 41."):  # fmt: skip
        assert not unscored("What was the final score?", [beat, evidence_at(2, told, 90, 0.5)])
    for told in ("Ireland won by two goals to nil.", "She won with a score of 15.67.",
                 "He finished 12 under par.", "Kent were 245 all out."):  # fmt: skip
        assert not unscored("What was the final score?", [beat, evidence_at(2, told, 90, 0.5)])
    # Not a composer's score or a credit score, nor another question.
    assert not unscored("Who is writing the new score?", [beat])
    assert not unscored("What is the score for the new Bond film?", [beat])
    assert not unscored("What is the credit score needed?", [beat])
    assert not unscored("Who won the men's final?", [beat])


def test_an_age_or_count_told_after_the_sentence_naming_whom_or_what_it_is_of_stands():
    # "When she was six" after a sentence on Mora gives her age, over her father's.
    grew = "Mora grew up in Jaco, where her father, Carlos Mora, 52, ran a small boat."
    six = "When she was six, he found a broken surfboard and gave it to her."
    told = [evidence_at(1, grew, 0, 0.2), evidence_at(2, six, len(grew) + 1, 0.6)]
    asked = "How old was Mora when her father gave her the surfboard?"
    assert stating_best(asked, told) is None
    assert not unmeasured(asked, told)
    # "up to 2,500 of them" after the sentence counting amphorae counts them.
    counted = "So far the team has counted about 700 amphorae."
    them = "The ship could have carried up to 2,500 of them when it sank."
    told = [evidence_at(1, counted, 0, 0.3), evidence_at(2, them, len(counted) + 1, 0.6)]
    assert stating_best("How many amphorae could the ship have carried?", told) is None
    apart = [told[0], evidence_at(2, them, len(counted) + 500, 0.6)]
    assert stating_best("How many amphorae could the ship have carried?", apart) is apart[0]


def test_a_share_of_a_group_no_sentence_speaks_of_is_unanswered():
    tested = "Tests on 24,000 people found that 19 per cent were infected in January."
    evidence = [evidence_at(1, tested, 0, 0.53)]
    assert share_of_another("What share of women in the survey were infected?", evidence)
    assert not share_of_another("What share of people tested were infected?", evidence)
    assert not share_of_another("How many women were infected?", evidence)
    female = [evidence_at(1, "Among female respondents, 21 per cent were infected.", 0, 0.5)]
    assert not share_of_another("What share of women in the survey were infected?", female)
    girls = [evidence_at(1, "Among girls, 21 per cent were infected.", 0, 0.5)]
    assert not share_of_another("What share of children were infected?", girls)
    # Other wholes are often those counted, unnamed: "22% said they disliked it".
    disliked = [evidence_at(1, "Sixty-one per cent felt calmer, and 22% disliked it.", 0, 0.5)]
    assert not share_of_another("What share of surveyed pupils disliked the ban?", disliked)
    # A share of it the best's article gives, however low it is rated, speaks of it, and so
    # may a share "of them".
    women = "Rates among women fell to 12 per cent of women tested."
    told = [*evidence, evidence_at(2, women, 100, 0.15)]
    assert not share_of_another("What share of women in the survey were infected?", told)
    flagged = evidence_at(1, "It flagged 3,400 of them, or 9.3 per cent, as at risk.", 0, 0.5)
    assert not share_of_another("What percentage of the women screened were flagged?", [flagged])


def test_how_many_altogether_is_answered_by_a_count_of_all_of_them():
    some = "It would stop opening around the clock at 800 of its shops from April 1."
    best = evidence_at(1, some, 0, 0.37)
    all_of = evidence_at(2, "It will affect one in eight of the chain's 6,400 shops.", 300, 0.11)
    asked = "How many shops does Hinode Mart have altogether?"
    assert counting_all(asked, [best, all_of]) is all_of
    # Not for a question not asking all, nor when the best counts them all, nor far below it.
    assert counting_all("How many shops will close at night?", [best, all_of]) is None
    whole = evidence_at(1, "It would close 800 of its 6,400 shops at night.", 0, 0.37)
    assert counting_all(asked, [whole, all_of]) is None
    assert counting_all(asked, [best, evidence_at(2, all_of.sentence, 300, 0.05)]) is None


def test_how_much_of_a_stuff_is_no_count_of_people_nor_a_share():
    asked = "How much sorghum did the farmers hand over?"
    assert not states("count", "It persuaded thousands of families to grow sorghum.", asked)
    # Support is counted in people.
    signed = "More than 120,000 people signed the petition."
    assert states("count", signed, "How much support did the petition get?")
    assert states("count", "They delivered about 41,000 tonnes of red sorghum.", asked)
    # A count of people answers a "how many".
    assert states("count", "It persuaded thousands of families.", "How many families grow it?")


def test_an_amount_of_another_stuff_does_not_say_how_much_of_the_one_asked():
    sorghum = evidence_at(1, "Farmers delivered about 41,000 tonnes of red sorghum.", 0, 0.6)
    asked = "How many tonnes of maize did the province harvest?"
    assert measured_of_other_stuff(asked, [sorghum])
    assert not measured_of_other_stuff("How much sorghum did farmers deliver?", [sorghum])
    # A bare amount may be of what the article is about; a sentence naming the stuff answers.
    exports = evidence_at(1, "Exports fell to about 1,900 tonnes last year.", 0, 0.6)
    assert not measured_of_other_stuff("How much vanilla did it export?", [exports])
    maize = evidence_at(2, "Her maize produced just 1.1 tonnes of grain.", 100, 0.5)
    assert not measured_of_other_stuff(asked, [sorghum, maize])
    assert not measured_of_other_stuff("How much money did they make?", [sorghum])
    # "of the drug", "of crude" or "of fuel" may be the stuff asked.
    for told, asked_of in (
        ("Police seized 2.3 tonnes of the drug.", "How much cocaine did police seize?"),
        ("It pumps 1.5 million barrels of crude a day.", "How much oil does Nigeria produce?"),
        ("The tanker carried 40,000 litres of fuel.", "How much petrol did the tanker carry?"),
    ):
        assert not measured_of_other_stuff(asked_of, [evidence_at(1, told, 0, 0.6)]), told


def test_a_time_clocked_is_asked_apart_from_a_time_of_day():
    asked = "What time did Hrušovská record in the final?"
    assert asked_measure(asked) == "time"
    assert asked_measure("What time did Putin arrive on Monday?") is None
    final = evidence_at(1, "She steered through the 24 gates in 101.38 seconds.", 0, 0.6)
    margin = evidence_at(
        1, "Zhou closed the gap to nine seconds with four kilometres left.", 0, 0.6
    )
    assert not unclocked(asked, [final])
    assert unclocked(asked, [margin])
    assert not unclocked(asked, [evidence_at(1, "Coyoy won in 3:12:48.", 0, 0.6)])
    assert not unclocked(asked, [evidence_at(1, "She ran 55.41 seconds in the hurdles.", 0, 0.6)])
    ahead = evidence_at(1, "She ran 1.07 seconds faster than Hoffmann.", 0, 0.6)
    assert unclocked(asked, [ahead])
    assert not unclocked("What time did the race start?", [margin])
    assert not unclocked(
        asked, [evidence_at(1, "She finished in 1 minute, 41.38 seconds.", 0, 0.6)]
    )
    assert unclocked(asked, [evidence_at(1, "The final started at 10:30.", 0, 0.6)])
    # So does a winning time, which a race won is not.
    winning = "What was Okoth's winning time in the Rift Valley marathon?"
    won = evidence_at(1, "Okoth won the Rift Valley marathon in April.", 0, 0.6)
    assert unclocked(winning, [won])
    assert not unclocked(winning, [evidence_at(1, "Okoth won in 2:09:41.", 0, 0.6)])
    for clocked in ("Her world record of 9.58 seconds still stands.",
                    "He won in a total time of 83 hours, 38 minutes and 56 seconds.",
                    "a winning time of two hours and 35 seconds"):  # fmt: skip
        assert not unclocked(winning, [evidence_at(1, clocked, 0, 0.6)]), clocked
    # A time posted or recorded with an object is a time of day.
    assert asked_measure("What time did Trump post the video?") is None
    posted = [evidence_at(1, "Trump posted the video at 11.42pm.", 0, 0.6)]
    assert not unclocked("What time did Trump post the video?", posted)


def test_a_measure_is_taken_from_the_article_that_holds_the_question():
    frogs = dataclasses.replace(
        passage_of(("The frogs were bred at the Cerro Gaital centre.", 0.5), doc_id="frogs"),
        title="Panama releases golden frogs",
        text="Panama releases golden frogs. Each year the programme costs 450,000 balboas.",
    )
    schools = dataclasses.replace(
        passage_of(("Each school costs about 22,000 maloti a year.", 0.5), doc_id="schools"),
        title="Night schools teach herd boys",
        text="Each school costs about 22,000 maloti a year for the whole programme.",
    )
    best = evidence_at(1, schools.text, 0, 0.27, doc_id="schools")
    sold = "Collectors smuggled golden frogs abroad and sold them for 300 dollars each."
    smuggled = evidence_at(2, sold, 0, 0.26, doc_id="frogs")
    costs = evidence_at(3, "The programme costs about 450,000 balboas a year.", 100, 0.12, "frogs")
    asked = "How much does the golden frog programme cost each year?"
    evidence = [best, smuggled, costs]
    assert of_the_asked_article(asked, [frogs, schools], evidence) is costs
    assert (
        of_the_asked_article("How much does each school cost?", [frogs, schools], evidence) is None
    )
    assert (
        of_the_asked_article("Who runs the golden frog programme?", [frogs, schools], evidence)
        is None
    )
    # Words are compared by their lemmas: "spent" is "spend".
    spent = "Ashford council spent £4.2m on the footbridge."
    plans = "Ashford council plans to spend £300,000 on a car park beside the footbridge."
    built = dataclasses.replace(passage_of((spent, 0.5), doc_id="a"), title="Bridge", text=spent)
    parked = dataclasses.replace(passage_of((plans, 0.5), doc_id="b"), title="Park", text=plans)
    told = [evidence_at(1, spent, 0, 0.6, "a"), evidence_at(2, plans, 0, 0.3, "b")]
    asked = "How much did Ashford council spend on the footbridge?"
    assert of_the_asked_article(asked, [built, parked], told) is None


def test_a_country_of_so_many_people_counts_no_one_who_did_anything():
    country = evidence_at(1, "Slovakia, a country of 5.4 million people, has won medals.", 0, 0.5)
    crowd = evidence_at(2, "About 9,000 spectators lined the concrete channel.", 100, 0.3)
    asked = "Roughly how many people watched the final?"
    assert stating_best(asked, [country, crowd]) is crowd
    assert giving_asked("How many people live in Slovakia?")(country.sentence)
    evacuated = "Officials evacuated the town of 5,000 people on Monday."
    assert giving_asked("How many people were evacuated?")(evacuated)


def test_growers_are_counted_as_farmers():
    assert giving_asked("How many vanilla growers were cheated?")("At least 4,300 farmers were.")


def test_a_number_before_a_verb_counts_nothing_in_words():
    assert counts_unnamed("Last year 52,000 came.")
    assert not counts_unnamed("The programme has opened 74 night schools.")
    assert counts_unnamed("This year about 300 study there.")


def test_an_age_in_words_up_to_nineteen_is_an_age():
    champion = "Nineteen-year-old Lucia Hrušovská won the women's C1 world title."
    assert states("age", champion, "How old is the new women's C1 world champion?")
    assert states("age", "Seventeen-year-old Ana won.", "How old is Ana?")
    # A time after a name does not make it a name of what is described.
    rival = "Her rival, Beatrice Chebet, 24, finished second."
    assert not states("age", rival, "How old is the runner Faith Kipyegon this year?")


def test_a_sum_asked_in_a_currency_is_money_unless_another_kind_is_asked():
    assert asked_measure("What did rebuilding the line cost in US dollars?") == "money"
    assert asked_measure("What is the fine worth in euros?") == "money"
    assert asked_measure("How many workers are paid in US dollars?") == "count"
    adopted = "Croatia adopted the euro in 2023."
    assert has_answer_type("date", adopted, "When did Croatia start paying in euros?")


def test_a_margin_of_victory_is_no_time_run():
    asked = "By how many minutes did Vermeulen win the women's race?"
    ran = evidence_at(1, "The women's race was won by Vermeulen in 22 hours 58 minutes.", 0, 0.6)
    assert unmargined(asked, [ran])
    for margin in (
        "Vermeulen won by 14 minutes.",
        "She finished 14 minutes ahead of Ortiz.",
        "She won by a wide margin.",
        "Her margin of victory was the largest since 2011.",
    ):
        assert not unmargined(asked, [evidence_at(1, margin, 0, 0.6)]), margin
    missed = evidence_at(1, "He missed the record by less than four minutes.", 0, 0.6)
    assert not unmargined("By how much did Massawe miss the course record?", [missed])
    for asked_of, margin in (
        ("By how many votes did Okafor win?", "Okafor won with a majority of 312."),
        ("By how many goals did Arsenal beat Chelsea?", "Arsenal beat Chelsea 5-0."),
    ):
        assert unmargined(asked_of, [ran])
        assert not unmargined(asked_of, [evidence_at(1, margin, 0, 0.6)]), margin
    by_whom = evidence_at(1, "It was won by a Kenyan, Vivian Cheruiyot, in 2:23:50.", 0, 0.6)
    assert unmargined("By how many minutes did Cheruiyot win?", [by_whom])
    # Not for a change, which is no margin.
    assert not unmargined("By how much did prices rise in May?", [ran])
    assert not unmargined("By how many points did the FTSE 100 lose on Monday?", [ran])


def test_a_measure_of_what_is_planned_is_not_told_by_what_was_done():
    asked = "How many flats does Torvik plan to build next year?"
    built = evidence_at(1, "Torvik has built 36 flats for nurses since 2023.", 0, 0.6)
    assert planned_unmeasured(asked, [built])
    for planned in (
        "Torvik plans to build 50 more flats next year.",
        "It will build another 50 flats in 2027.",
        "Its target for 2027 is 50 flats.",
    ):
        assert not planned_unmeasured(asked, [built, evidence_at(2, planned, 60, 0.5)]), planned
    # Not for what was done, nor where no sentence states the measure.
    assert not planned_unmeasured("How many flats has Torvik built?", [built])
    assert not planned_unmeasured(asked, [evidence_at(1, "Torvik builds flats.", 0, 0.6)])


def test_how_far_ahead_asks_for_a_stretch_of_time():
    asked = "How far ahead will cruise lines need to reserve a berth?"
    assert asked_measure(asked) == "extent"
    assert states("extent", "Lines must book berths at least 18 months in advance.", asked)
    # A lead in metres is as far ahead.
    assert states("extent", "Pogačar crossed the line 300 metres ahead of the peloton.", asked)
    assert asked_measure("How far did the ships sail?") == "length"


def test_a_codes_length_is_told_in_characters():
    asked = "How long is the digital code every building now has?"
    assert states("extent", "Each building has been given a 10-character digital code.", asked)
    assert states("extent", "The code is ten characters long.", asked)
    assert not states("extent", "Each building has been given a digital code.", asked)


def test_an_age_beside_a_name_written_with_any_letters_counts_nothing():
    asked = "How many divers competed in the feet-first category?"
    won = "The feet-first jump was won this year by Emir Hodžić, 29, a firefighter from Mostar."
    assert not states("count", won, asked)
    assert states("count", "The feet-first jump was won by Hodžić, ahead of 29 divers.", asked)


def test_a_relatives_age_asked_at_a_time_is_given_beside_the_relative():
    asked = "How old was Norma Waldan's husband when he died?"
    widow = "Norma Waldan, 52, whose husband died after a dive in 2011, leads a group of widows."
    assert not states("age", widow, asked)
    assert states("age", "Her husband, Tomás, 38, died after a dive in 2011.", asked)
    # A relative told apart by age is still the relative asked.
    brother = "How old is Nargiz Huseynova's older brother?"
    textbooks = (
        "Huseynova joined the club at the age of 10, after solving her older brother's puzzles."
    )
    assert not states("age", textbooks, brother)
    assert states("age", "Her brother, Elvin, 21, studies in Baku.", brother)


def test_a_things_measure_is_the_one_written_beside_it():
    asked = "How long is the digital code that every building now has?"
    lead = evidence_at(
        1, "The government finished a four-year project to give every building an address.", 0, 0.5
    )
    code = evidence_at(2, "Each building has been given a 10-character digital code.", 100, 0.2)
    assert of_the_thing_best(asked, [lead, code]) is code
    # Not when the best gives it, nor from another article.
    assert of_the_thing_best(asked, [dataclasses.replace(code, relevance=0.6), lead]) is None
    assert of_the_thing_best(asked, [lead, dataclasses.replace(code, doc_id="e")]) is None
    # A best giving it beside the thing after a clause answers.
    tunnel = "How long is the new Gotthard tunnel?"
    opened = evidence_at(
        1, "The new Gotthard tunnel, which opened on Wednesday, is 57km long.", 0, 0.5
    )
    old = evidence_at(2, "It replaces a 15km tunnel dug in 1882.", 100, 0.3)
    assert of_the_thing_best(tunnel, [opened, old]) is None


def test_what_someone_pays_for_a_thing_is_money():
    assert asked_measure("What is Fatouma Ali Ibrahim now paying for a bale of hay?") == "money"
    assert asked_measure("What does the ferry charge per car?") == "money"
    assert asked_measure("What is she paying attention to?") is None
    assert asked_measure("What will the new levy pay for?") is None
    assert asked_measure("What did police charge a 34-year-old man with?") is None


def test_a_plan_is_told_in_the_clause_that_states_the_measure():
    asked = "How many carbon credits does Guyana plan to sell next year?"
    sold = ("Guyana has sold 4.2 million carbon credits to 11 airlines, and 15 per cent of the "
            "money will go to its villages.")  # fmt: skip
    assert planned_unmeasured(asked, [evidence_at(1, sold, 0, 0.7)])
    plans = "Guyana has sold 4.2 million credits, and it will sell 5 million more next year."
    assert not planned_unmeasured(asked, [evidence_at(1, plans, 0, 0.7)])
    # A "will" of the first clause governs a second with no subject of its own.
    homes = "How many homes does AlgaCasa plan to build next year?"
    factory = "AlgaCasa will open a second factory next year, and build 50 homes there."
    assert not planned_unmeasured(homes, [evidence_at(1, factory, 0, 0.7)])
