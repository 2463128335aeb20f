## Start and language

welcome =
    👋 <b>Hi, I'm Bagdar.</b>
    I help students from Kazakhstan decide where to study abroad and how to pay for it.

    Answer 8 short questions (about a minute) and you will get countries ranked for you, with the reasons, the facts behind them and the scholarships that fit.

    🤝 No university or agency pays for a place in my rankings. Every fact comes with its official source.

    Choose your language:
language-choose = Choose your language:
language-set = ✅ English it is. Ready? Tap the button to start the questionnaire.
language-set-with-results = ✅ English it is. /results shows your last results in English, or start a new questionnaire.
language-set-in-quiz = ✅ English it is. The next questions will be in English.
start-quiz-button = ▶️ Start the questionnaire

## Help and cancel

help =
    <b>Bagdar</b> helps you choose a country to study in and a way to pay for it.

    /quiz — answer the questionnaire (8 questions)
    /results — see your last results again
    /language — change the language
    /cancel — stop the questionnaire
    /help — this message

    Rankings are computed from facts with official sources; nobody pays to be listed. Always check deadlines and rules on the official page before you apply.
cancel-done = The questionnaire is stopped. Send /quiz whenever you want to start again.
cancel-nothing = There is nothing to cancel. Send /quiz to start the questionnaire.

## Anything else

button-outdated = This button is no longer active.
unknown-command = I don't know that command. Send /help to see what I can do.
unhandled-text = I work with buttons for now. Send /quiz to start the questionnaire or /help for the list of commands.
unhandled-media = I can only read buttons and commands. Send /quiz to start the questionnaire or /help for help.
error-try-again = Something went wrong on my side. Please try again in a moment.

## Commands menu

command-start = Start and choose the language
command-quiz = Start the questionnaire
command-results = My last results
command-language = Change the language
command-help = What Bagdar can do
command-cancel = Stop the questionnaire

## Questionnaire

quiz-level-question = Which degree do you want to study for?
level-bachelor = Bachelor's
level-master = Master's
level-doctorate = Doctorate (PhD)

quiz-budget-question = How much can your family spend a year on tuition and living?
budget-scholarship-only = Only with a full scholarship
budget-under-2m = Up to 2 million ₸
budget-2m-5m = 2 to 5 million ₸
budget-5m-10m = 5 to 10 million ₸
budget-over-10m = More than 10 million ₸

quiz-languages-question = In which languages could you study now?
language-kk = Kazakh
language-ru = Russian
language-en = English
language-zh = Chinese
language-ko = Korean
language-de = German
language-tr = Turkish
language-cs = Czech
language-pl = Polish
language-hu = Hungarian
language-fr = French
language-ja = Japanese

quiz-learn-question = Are you ready to spend a preparatory year learning a new language?
quiz-learn-yes = Yes, I'm ready
quiz-learn-no = No, I'd rather not

quiz-field-question = What do you want to study?
field-engineering-it = Engineering and IT
field-natural-sciences = Natural sciences
field-medicine = Medicine
field-business-economics = Business and economics
field-social-humanities = Law, social sciences and humanities
field-education = Education and teaching
field-arts-design = Arts and design

quiz-priorities-question = What matters most to you?
priority-low-cost = Low cost
priority-close-to-home = Close to home and family
priority-prestige = Prestige and quality
priority-career-links = Career and employer links
priority-new-culture = A new language and culture
priority-work-abroad = Working abroad after graduating

quiz-plan-question = What do you plan to do after graduating?
plan-return = Come back to Kazakhstan
plan-stay-abroad = Stay and work abroad
plan-unsure = I'm not sure yet

quiz-english-question = How good is your English?
english-none = I don't speak English
english-a2 = Basic (A2)
english-b1 = Intermediate (B1)
english-b2 = Upper-intermediate (B2, IELTS 5.5–6.5)
english-c1 = Advanced (C1+, IELTS 7+)

quiz-multi-hint = Choose up to { $max }, then tap “Done”.
quiz-multi-hint-all = Choose all that apply, then tap “Done”.
quiz-back = ◀️ Back
quiz-done = Done ✓ ({ $count })
quiz-choose-between = Choose from { $min } to { $max } options.
quiz-stale-button = This question is closed. Please answer the latest one.
quiz-use-buttons = ☝️ Please answer with the buttons under the question.
quiz-too-long = This questionnaire has gone on for too long. Send /quiz to start it again.
quiz-finished = 🎉 Thank you! Here is where you fit best.

## Results

results-title = <b>🧭 Your destinations</b>
results-neutrality = <i>Ranked by how well each country matches your answers. No university or agency pays for a place here.</i>
results-yearly-cost = 💸 About { $cost } a year
results-cost-tuition = Tuition
results-cost-living = Living
results-cost-required-funds = Visa funds
results-cost-housing = housing only
results-cost-per-year = a year
results-cost-per-month = a month
results-rates-date = ₸ at the National Bank rate of { $date }
results-source = source
results-source-research = research article, 2021
results-fact-stale = checked over a year ago: see the official page
results-funding-title = How to pay for it:
results-none = You have no results yet. Send /quiz to answer the questionnaire.
results-none-short = No results yet: send /quiz.
results-more-button = More countries ▶️
results-funding-button = 💰 Funding details
results-restart-button = 🔄 Start over
results-language-button = 🌐 Language

## Funding

funding-title = <b>💰 Funding that fits you</b>
funding-none = No funding route in my knowledge base fits these answers yet.
funding-extent-full = covers study and living
funding-extent-partial = covers part of the cost
funding-extent-none = a way in, not money
funding-covers = Covers
funding-levels = Levels
funding-official-page = official page
funding-scam-warning = ⚠️ Real scholarships never charge an application or “processing” fee. Apply only through the official pages.
covers-tuition = tuition
covers-living = living costs
covers-housing = housing
covers-travel = travel
covers-insurance = health insurance
covers-visa = visa
covers-language-year = language year
covers-study-materials = study materials

## Reasons: why a destination or a funding route fits, or does not

reason-level-offered = { $level } in { $destination } takes { $span } { $maxYears ->
        [one] year
       *[other] years
    }.
reason-level-not-offered = { $destination } has no { $level } option in my knowledge base.
reason-language-ok = You can study in { $language } here.
reason-language-english-below = English-taught programmes usually ask for B2; your level is { $english }, so plan for a test such as IELTS.
reason-language-missing-prep-year = Teaching is in { $language }: a preparatory language year gets you there.
reason-language-missing = Teaching is in { $language }: you do not study in it yet.
reason-budget-fits = About { $cost } a year fits your budget.
reason-budget-partly = About { $cost } a year: at the top of your budget (up to { $budgetMaxKzt }).
reason-budget-over = About { $cost } a year: more than your budget of up to { $budgetMaxKzt }.
reason-budget-scholarship-only = Costs about { $cost } a year, so you would need a scholarship that covers it.
reason-cost-unknown = I have no checked tuition figure for { $destination }: look at each university's page.
reason-cost-housing-only = The only checked living cost I have is for a dormitory; food and the rest come on top.
reason-free-tuition-route = Tuition-free route: { $route }.
reason-free-route-living-fits = With a free place you pay only living costs, about { $cost } a year, which fits your budget.
reason-living-costs-remain = Even with a free place, living costs remain yours: from about { $cost } a year.
reason-living-costs-remain-unknown = A free place alone does not pay for housing and living.
reason-budget-full-funding = { $funding } can cover study and living here.
reason-no-scholarship-route = No free place or full scholarship for your level here in my knowledge base.
reason-priority-strong = Strong on what you asked for: { $priority }.
reason-priority-some = Partly meets your priority: { $priority }.
reason-priority-unmet = Not known for what you asked: { $priority }.
reason-close = Close to home and family.
reason-far = Far from Kazakhstan.
reason-visa-free = No visa needed for citizens of Kazakhstan.
reason-work-after = Graduates may stay and work.
reason-work-after-job-search = After graduating you can stay to look for a job.
reason-work-after-not-allowed = Working after graduating is not allowed on a student status.
reason-funding-covers-full = { $funding } pays for { $covers }.
reason-funding-covers-partial = { $funding } pays for part of it: { $covers }.
reason-funding-covers-varies = What { $funding } pays for depends on the grant.
reason-funding-way-in = { $funding } is a way in to { $destination }, not money.
reason-funding-own-funds = Own funds: your family pays for study in { $destination }.
reason-funding-level = { $funding } is open to { $level } students.
reason-funding-needs-work-experience = { $funding } asks for at least { $years } { $years ->
        [one] year
       *[other] years
    } of work experience.
reason-funding-language-ok = { $funding } asks for { $language } ({ $test }), which you have.
reason-funding-language-required = { $funding } asks for { $language } ({ $test }).
reason-funding-competitive = { $funding } is a competition: apply, but keep a plan B.
reason-funding-living-not-covered = { $funding } does not pay living costs.
reason-funding-work-off = Obligation: work in Kazakhstan for { $span } { $maxYears ->
        [one] year
       *[other] years
    } after graduating.
reason-funding-work-off-unspecified = Obligation: work in Kazakhstan after graduating.
reason-funding-return-home = Obligation: return to Kazakhstan for { $span } { $maxYears ->
        [one] year
       *[other] years
    }.
reason-funding-return-home-unspecified = Obligation: return to Kazakhstan after the studies.
reason-funding-collateral = Obligation: a pledge of real estate or a guarantee before the contract.
reason-funding-language-course = Obligation: a compulsory language course.
reason-funding-repay-if-broken = If you break the terms, you repay the money.
reason-funding-window-open = Applications for { $funding } are open until { $closes }.
reason-funding-window-upcoming = Applications for { $funding } open on { $opens }.
reason-funding-window-closed = Applications for { $funding } closed on { $closes }; wait for the next round.
reason-plan-return-obligation = You plan to come back, so { $funding }'s duty to return or work in Kazakhstan suits you.
reason-required-funds = For the visa you must show or block about { $cost } a year for living; I count that as your living costs.
reason-required-funds-over-budget = The visa alone asks you to show about { $cost } a year for living, more than your budget of up to { $budgetMaxKzt }, before any tuition.
reason-living-over-budget = Living alone costs at least { $cost } a year here, more than your budget of up to { $budgetMaxKzt }, before any tuition.
reason-field-strong = { $destination } is known for { $field }.
reason-field-some = { $destination } is a reasonable choice for { $field }.
reason-route-tests = For “{ $route }”, plan for: { $test }.
reason-funding-work-experience-ok = { $funding } asks for { $years } { $years ->
        [one] year
       *[other] years
    } of work experience, which you have.
reason-funding-work-experience-short = { $funding } asks for at least { $years } { $years ->
        [one] year
       *[other] years
    } of work experience; you have { $workYears }.
reason-funding-age-limit = { $funding } takes { $level } applicants under { $maxAge }.
reason-funding-language-prep-year = { $funding } asks for { $language } ({ $test }); the preparatory year is where you reach it.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = One more question: some scholarships in your results depend on it.
quiz-work-question = How many years of full-time work experience do you have?
work-none = None yet
work-one = About a year
work-two-three = 2–3 years
work-four-plus = 4 years or more
quiz-age-question = How old will you be when you apply?
age-under-21 = Under 21
age-21-24 = 21–24
age-25-29 = 25–29
age-30-34 = 30–34
age-35-39 = 35–39
age-40-plus = 40 or older
