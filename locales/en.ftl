## Start and language

welcome =
    👋 <b>Hi, I'm Bagdar.</b>
    I help students from Kazakhstan decide where to study abroad and how to pay for it.

    Answer { $count } short questions (about a minute) and you will get countries ranked for you, with the reasons, the facts behind them and the scholarships that fit.

    🤝 No university or agency pays for a place in my rankings. Every fact comes with its official source.

    Choose your language:
language-choose = Choose your language:
language-set = ✅ English it is. Ready? Tap the button to start the questionnaire.
language-set-with-results = ✅ English it is. /results shows your last results in English, or start a new questionnaire.
language-set-in-quiz = ✅ English it is. Here is your current question in English:
start-quiz-button = ▶️ Start the questionnaire

## Help and cancel

help =
    <b>Bagdar</b> helps you choose a country to study in and a way to pay for it.

    /quiz — answer the questionnaire ({ $count } questions)
    /results — see your last results again
    /profile — your answers; change one and get new results
    /compare — compare 2–3 countries side by side
    /country — a country's card: costs, admission, work, funding
    /language — change the language
    /reminders — your deadline reminders
    /privacy — what Bagdar keeps about you, and why
    /forget — delete everything about you
    /cancel — stop the questionnaire
    /help — this message

    💬 Or just write a question in your own words, e.g. “dormitory in Russia?” or “Bolashak work-off”: I answer from my knowledge base with sources, or say honestly that I don't know.

    Rankings are computed from facts with official sources; nobody pays to be listed. Always check deadlines and rules on the official page before you apply.
cancel-done = The questionnaire is stopped. Send /quiz whenever you want to start again.
cancel-nothing = There is nothing to cancel. Send /quiz to start the questionnaire.

## Anything else

button-outdated = This button is no longer active.
group-private-only = 👋 I talk with each student in a private chat, so that your answers stay yours. Open <a href="https://t.me/{ $bot }">t.me/{ $bot }</a> and send /start.
unknown-command = I don't know that command. Send /help to see what I can do.
unhandled-text = I didn't understand that message. Write a question in your own words, send /quiz to answer the questionnaire, or /help for the list of commands.
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

quiz-situation-question = Where are you now?
situation-school = Finishing school (or college)
situation-university-1 = Kazakhstani university, 1st year
situation-university-2 = Kazakhstani university, 2nd year
situation-university-3 = Kazakhstani university, 3rd year
situation-university-4-plus = Kazakhstani university, 4th year or later
situation-graduated = Graduated from university
situation-working = Working

quiz-level-question = Which degree do you want to study for?
level-bachelor = Bachelor's
level-master = Master's
level-doctorate = Doctorate (PhD)

status-school-leaver = school leavers
status-university-student = students of a Kazakhstani university
status-graduate = university graduates
status-working = working people

quiz-budget-question = How much can your family spend a year on tuition and living?
budget-scholarship-only = Only with a full scholarship
budget-under-2m = Up to 2 million ₸
budget-2m-5m = 2 to 5 million ₸
budget-5m-10m = 5 to 10 million ₸
budget-over-10m = More than 10 million ₸
budget-usd-range = { $label } (≈ ${ $low }–{ $high })
budget-usd-from = { $label } (≈ ${ $low }+)

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
language-it = Italian

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
quiz-answer-not-saved = ⚠️ Your last answer did not reach me (a connection problem on my side). Please answer this question again:
quiz-too-long = This questionnaire has gone on for too long. Send /quiz to start it again.
quiz-finished = 🎉 Thank you! Here is where you fit best.

## Results

results-title = <b>🧭 Your destinations</b>
results-neutrality = <i>Ranked by how well each country matches your answers. No university or agency pays for a place here.</i>
results-rates-date = ₸ at the National Bank rate of { $date }
results-source = source
results-source-research = research article, 2021
results-source-checked = checked { $date }
results-fact-stale = checked over a year ago: see the official page
results-official-page = official page
results-basis = 📊 Based on { $known } of { $total } { $total ->
        [one] criterion
       *[other] criteria
    }
results-no-data = No checked data on { $items } here yet: not scored. Check { $page }
results-basis-all = 📊 Based on all { $total } criteria
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
funding-extent-own = you pay yourself
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

reason-level-offered = Studying for a { $level } in { $destinationArticle ->
        [the] the { $destination }
       *[other] { $destination }
    } takes { $span } { $maxYears ->
        [one] year
       *[other] years
    }.
reason-level-no-data = No checked data on “{ $level }” here yet: not scored. Check { $page }
reason-language-ok = You can study in { $language } here.
reason-language-english-below = English-taught programmes usually ask for B2; your level is { $english }, so plan for a test such as IELTS.
reason-language-missing-prep-year = Teaching is in { $language }: a preparatory language year gets you there.
reason-language-missing = Teaching is in { $language }: you can't study in { $languageCount ->
        [1] it
        [2] either of them
       *[other] any of them
    } yet.
reason-budget-fits = A year costs { $cost }, which fits your budget.
reason-budget-partly = A year costs { $cost }: at the top of your budget (up to { $budgetMaxKzt }).
reason-budget-over = A year costs { $cost }: more than your budget of up to { $budgetMaxKzt }.
reason-budget-scholarship-only = A year costs { $cost }, so you would need a scholarship that covers it.
reason-cost-unknown = I have no checked tuition figure for { $destinationArticle ->
        [the] the { $destination }
       *[other] { $destination }
    }: look at each university's page.
reason-living-cost-unknown = { $destination }: I have no checked living-cost figure yet, so no total for a year. Look at each university's page.
reason-cost-housing-only = The only checked living cost I have is for a dormitory; food and the rest come on top.
reason-free-tuition-route = { $route }: no tuition fee.
reason-free-route-living-fits = With a free place you pay only living costs, { $cost } a year, which fits your budget.
reason-living-costs-remain = Even with a free place, living costs remain yours: { $cost } a year.
reason-living-costs-remain-unknown = A free place alone does not pay for housing and living.
reason-budget-full-funding = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } can cover study and living here.
reason-no-scholarship-route = No free place or full scholarship for your level here in my knowledge base.
reason-priority-strong = Strong on what you asked for: { $priority }.
reason-priority-some = Partly meets your priority: { $priority }.
reason-priority-no-data = No checked data on “{ $priority }” here yet: not scored. Check { $page }
reason-close = Close to home and family.
reason-far = Far from Kazakhstan.
reason-visa-free = No visa needed for citizens of Kazakhstan.
reason-work-after = Graduates may stay and work.
reason-work-after-job-search = After graduating you can stay to look for a job.
reason-work-after-not-allowed = Working after graduating is not allowed on a student status.
reason-funding-covers-full = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] pay
       *[other] pays
    } for { $covers }.
reason-funding-covers-partial = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] pay
       *[other] pays
    } for part of it: { $covers }.
reason-funding-covers-varies = { $funding }: what is paid for depends on the grant.
reason-funding-way-in = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] are
       *[other] is
    } a way in to { $destinationArticle ->
        [the] the { $destination }
       *[other] { $destination }
    }, not money.
reason-funding-own-funds = Own funds: your family pays for study in { $destinationArticle ->
        [the] the { $destination }
       *[other] { $destination }
    }.
reason-funding-level = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] are
       *[other] is
    } open to { $level } students.
reason-funding-needs-work-experience = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] ask
       *[other] asks
    } for at least { $years } { $years ->
        [one] year
       *[other] years
    } of work experience.
reason-funding-language-ok = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] ask
       *[other] asks
    } for { $language }: { $test }. You have it.
reason-funding-language-required = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] ask
       *[other] asks
    } for { $language }: { $test }.
reason-funding-english-short = { $funding }: needs { $test }; you said: { $english }.
reason-funding-competitive = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] are competitive
       *[other] is a competition
    }: apply, but keep a backup plan.
reason-funding-living-not-covered = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] do not pay
       *[other] does not pay
    } living costs.
reason-funding-work-off = Obligation: work in Kazakhstan for { $span } { $maxYears ->
        [one] year
       *[other] years
    } after graduating.
reason-funding-work-off-unspecified = Obligation: work in Kazakhstan after graduating.
reason-funding-return-home = Obligation: return to Kazakhstan for { $span } { $maxYears ->
        [one] year
       *[other] years
    }.
reason-funding-return-home-unspecified = Obligation: return to Kazakhstan after graduating.
reason-funding-collateral = Obligation: a pledge of real estate or a guarantee before the contract.
reason-funding-language-course = Obligation: a compulsory language course.
reason-funding-repay-if-broken = If you break the terms, you repay the money.
reason-funding-window-open = Applications for { $fundingArticle ->
        [the] the { $funding }
       *[other] { $funding }
    } are open until { $closes }.
reason-funding-window-upcoming = Applications for { $fundingArticle ->
        [the] the { $funding }
       *[other] { $funding }
    } open on { $opens }.
reason-funding-window-closed = Applications for { $fundingArticle ->
        [the] the { $funding }
       *[other] { $funding }
    } closed on { $closes }; wait for the next round.
reason-plan-return-obligation = { $funding }: you plan to come back, so { $fundingNumber ->
        [plural] their
       *[other] its
    } duty to return or work in Kazakhstan suits you.
reason-required-funds = For the visa you must show or block { $cost } for living; I count that as a year of your living costs.
reason-required-funds-over-budget = The visa alone asks you to show { $cost } for living, more than your budget of up to { $budgetMaxKzt }, before any tuition.
reason-living-over-budget = Living alone costs { $cost } a year here, more than your budget of up to { $budgetMaxKzt }, before any tuition.
reason-field-strong = { $destinationArticle ->
        [the] The { $destination }
       *[other] { $destination }
    } is known for { $field }.
reason-field-some = { $destinationArticle ->
        [the] The { $destination }
       *[other] { $destination }
    } is a reasonable choice for { $field }.
reason-field-no-data = No checked data on “{ $field }” here yet: not scored. Check { $page }
reason-route-tests = { $route }. Tests: { $test }.
reason-funding-work-experience-ok = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] ask
       *[other] asks
    } for { $years } { $years ->
        [one] year
       *[other] years
    } of work experience, which you have.
reason-funding-needs-enrolment = { $funding }: only for students of a Kazakhstani university.
reason-funding-status-required = { $funding }: open to { $status }.
reason-funding-language-prep-year = { $fundingArticle ->
        [the] The { $funding }
       *[other] { $funding }
    } { $fundingNumber ->
        [plural] ask
       *[other] asks
    } for { $language }: { $test }. The preparatory year is where you reach it.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = An extra question: some scholarships in your results depend on the answer.
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

## Costs: one cost model behind every screen (each figure keeps its meaning: up to, from, about)

cost-range = { $low } – { $high }
cost-exact = { $amount }
cost-about = about { $amount }
cost-about-range = about { $low } – { $high }
cost-up-to = up to { $high }
cost-up-to-about = up to about { $high }
cost-from = from { $low }
cost-from-about = from about { $low }
cost-per-year = { $amount } a year
cost-per-semester = { $amount } a semester
cost-per-month = { $amount } a month
cost-yearly = 💸 A year, paying yourself: { $cost }
cost-yearly-level = 💸 A year ({ $level }), paying yourself: { $cost }
cost-yearly-partial = { $covers ->
        [housing-food] living is counted as housing and food only: transport and the rest come on top
       *[housing] living is counted as housing only: food and the rest come on top
    }
cost-degree = 🎓 The whole degree ({ $span } { $maxYears ->
        [one] year
       *[other] years
    }): { $cost }
cost-gap-tuition = No figure for a whole year: I have no checked tuition figure ({ $level }).
cost-gap-living = No figure for a whole year: I have no checked living cost here.
cost-gap-stale = No figure for a whole year: the figures I have are too old to count.
cost-gap-rates = No figure for a whole year: I have no exchange rate for its currency.
cost-tuition = Tuition ({ $level })
cost-tuition-segment = Tuition ({ $level }, { $segment })
cost-tuition-missing = Tuition ({ $level }): no figure.
cost-segment-public = public universities
cost-segment-private = private universities
cost-segment-national-language = taught in the country's language
cost-segment-english-taught = taught in English
cost-living = Living
cost-living-where = Living ({ $where })
cost-living-missing = Living: no figure.
cost-where-capital = the capital
cost-where-other-cities = other cities
cost-covers-housing = housing only
cost-covers-housing-food = housing and food
cost-required-funds = Visa funds
cost-required-funds-where = Visa funds ({ $where })
cost-required-funds-amount = { $amount } a month for { $months } { $months ->
        [one] month
       *[other] months
    }
cost-in-kzt = ≈ { $cost }
cost-in-kzt-monthly = ≈ { $monthly } a month, { $yearly } a year
cost-in-kzt-total = ≈ { $cost } in all
cost-as-of = as of { $asOf }
cost-stale = an old figure ({ $asOf }), not counted: check the official page
results-page-old = old page: check the official site
window-announced = { $cycle }: { $dates }
window-last-cycle = { $cycle }: { $dates }; the next dates are not announced yet
window-until = until { $closes }
window-from = from { $opens }

## Destination cards (/country)

country-choose = 🌍 Choose a country to see its card: costs, admission, work rights and funding, each fact with its source.
country-not-found = I have no card for that country yet. Choose one of these:
explore-compare-button = ⚖️ Compare with others
explore-students = About { $count } students from Kazakhstan study here ({ $year }).
explore-highlights = 📌 In short
explore-costs = 💸 Costs
explore-study = 📚 Languages and degrees
explore-prep-year = a preparatory language year is available
explore-degree-years = { $level }: { $span } { $maxYears ->
        [one] year
       *[other] years
    }
explore-admission = 🧭 How to get in
explore-route-free = tuition-free
explore-route-paid = paid
explore-route-tests = Tests: { $tests }
explore-life = 🧳 Work and visa
explore-work = While studying: { $during }. After graduating: { $after }.
explore-work-during-allowed = work is allowed
explore-work-during-limited = work is allowed for limited hours
explore-work-during-not-allowed = work is not allowed
explore-work-after-allowed = you may stay and work
explore-work-after-job-search-permit = you may stay for a while to look for a job
explore-work-after-not-allowed = no right to stay and work
explore-work-unknown = Work rights: no checked information yet; ask the university's international office.
explore-visa-required = Citizens of Kazakhstan need a student visa.
explore-visa-free = No visa needed for citizens of Kazakhstan.
explore-funding = 💰 Funding you can use here
explore-funding-anywhere = Also usable in any country:
explore-check-official = Rules and prices change: check the official page before you apply.

## Commands menu: exploring beyond the questionnaire

command-profile = My answers: change one
command-compare = Compare 2–3 countries
command-country = A country's card

## Privacy, consent and /forget

command-privacy = Your data and privacy
command-forget = Delete everything about me
command-reminders = My deadline reminders
privacy-text =
    🔒 <b>Your data in Bagdar</b>

    <b>What I keep</b>, under the number of this chat only (not your name, username or phone number):
    • the language you chose;
    • your last answers to the questionnaire, to show your results again;
    • a questionnaire you have not finished, so you can carry on;
    • your answer about anonymous statistics, and your region if you gave it;
    • the deadline reminders you asked for.

    <b>Where</b>: on Bagdar's server, in a Redis database or in files. It is not shared with anyone.

    <b>For how long</b>: after 90 days without a message from you, all of it is deleted except reminders. A reminder is deleted once it is sent or you cancel it.

    <b>Why</b>: to show your results, continue the questionnaire, speak your language and remind you of deadlines.

    <b>Anonymous statistics</b>, only if you say yes: your answers (degree, budget, languages, field, priorities, plans after graduating, the country ranked first, region) are added to monthly totals, without your Telegram id, name or the exact date, so universities and policy makers can see what students want. Numbers under 5 are never shown. If you say no later or send /forget, your last counted answers are taken out of the totals.

    /forget deletes everything about you at once.
privacy-status-yes = 📊 Anonymous statistics: <b>on</b>. Thank you!
privacy-status-no = 📊 Anonymous statistics: <b>off</b>.
privacy-status-unset = 📊 Anonymous statistics: you have not answered yet, so nothing is counted.
privacy-region = 📍 Region: { $region }
privacy-consent-on-button = ✅ Count my answers anonymously
privacy-consent-off-button = ⏹ Stop counting
privacy-region-button = 📍 Region
privacy-forget-button = 🗑 Delete my data
consent-question =
    📊 <b>One more question.</b> May Bagdar count these answers anonymously to help universities and policy makers see what students want?

    Only monthly totals are kept: no name, no Telegram id, no exact date. You can change your mind any time in /privacy.
consent-yes-button = ✅ Yes, count them
consent-no-button = No, thanks
consent-thanks = 🙏 Thank you! Your answers are counted anonymously. You can stop it any time in /privacy.
consent-declined = 👌 Nothing will be counted. You can change this any time in /privacy.
region-question = 📍 If you like, tell me where in Kazakhstan you live. It goes only into the anonymous totals.
region-skip-button = I'd rather not say
region-saved = 📍 Thank you: { $region }. You can change it in /privacy.
region-skipped = 👌 No region, then. You can add it later in /privacy.
region-not-given = not given
region-astana = Astana
region-almaty-city = Almaty (city)
region-shymkent = Shymkent
region-abai = Abai Region
region-akmola = Akmola Region
region-aktobe = Aktobe Region
region-almaty-region = Almaty Region
region-atyrau = Atyrau Region
region-east-kazakhstan = East Kazakhstan Region
region-jambyl = Jambyl Region
region-jetisu = Jetisu Region
region-karaganda = Karaganda Region
region-kostanay = Kostanay Region
region-kyzylorda = Kyzylorda Region
region-mangystau = Mangystau Region
region-north-kazakhstan = North Kazakhstan Region
region-pavlodar = Pavlodar Region
region-turkistan = Turkistan Region
region-ulytau = Ulytau Region
region-west-kazakhstan = West Kazakhstan Region
forget-confirm =
    🗑 <b>Delete everything Bagdar keeps about you?</b>
    Your language, answers, unfinished questionnaire, your answer about statistics, your region and your reminders will be deleted now. This cannot be undone.
forget-confirm-button = 🗑 Yes, delete everything
forget-cancel-button = No, keep it
forget-done = ✅ Done: everything Bagdar kept about you is deleted. The messages in this chat are kept by Telegram; you can clear the chat yourself. Send /start to begin again.
forget-cancelled = 👌 Nothing was deleted.

## Deadline reminders

reminders-offer = 🔔 <b>Deadline reminders.</b> Tap a scholarship to get a message 30, 7 and 1 day before its deadline.
reminders-subscribe-button = 🔔 { $funding } — { $date }
reminders-subscribed-short = 🔔 Reminder set
reminders-subscribed = 🔔 Done, reminder set: <b>{ $funding }</b>, deadline { $date }. { $count ->
        [one] One reminder is still ahead, on { $first }.
       *[other] { $count } reminders are ahead, the first on { $first }.
    } /reminders lists and cancels them.
reminders-unavailable = This deadline has no date I can remind you of any more. Check the official page.
reminders-none = 🔕 You have no reminders. In your results, open “💰 Funding details”: scholarships with a dated deadline have a 🔔 button.
reminders-title = 🔔 <b>Your deadline reminders</b>
reminders-item = • <b>{ $funding }</b>: deadline { $date }; next reminder on { $next } ({ $days ->
        [1] the day before
       *[other] { $days } days before
    })
reminders-cancel-hint = Tap a button below to cancel a reminder.
reminders-cancel-button = ❌ { $funding }
reminders-cancelled = Reminder cancelled
reminder-due = 🔔 <b>{ $funding }</b>: applications close { $days ->
        [0] today
        [1] tomorrow
       *[other] in { $days } days
    }, on { $date }. Check the documents you need and apply on the official page.
reminder-footer = /reminders — your reminders

## Statistics for administrators

stats-title = 📊 <b>Anonymous statistics</b> (students who agreed to be counted)
stats-students = Students counted: { $all } in all months, { $month } in { $period }.
stats-hidden = { $count } hidden
stats-dimension-plan = Plans after graduating
stats-dimension-level = Degree
stats-dimension-budget = Budget
stats-dimension-field = Field
stats-dimension-language = Languages
stats-dimension-priority = Priorities
stats-dimension-region = Region
stats-dimension-first = Ranked first
stats-first-none = nothing ranked
stats-suppressed-note = <i>Numbers under 5 are shown as “&lt;5” or hidden, together with some others so they cannot be worked out, so that no one can be singled out.</i>
stats-chart-title = Destinations ranked first, by plans after graduating
stats-chart-subtitle = Students who agreed to be counted, all months: { $students }
stats-chart-hidden = hidden to protect small numbers
stats-chart-empty = Not enough students yet for this chart.
stats-export-caption = Anonymous statistics by month. Cells under 5 students are shown as <5.

## Deep links and shared results

deep-link-broken = 🔗 This link looks broken or out of date, so I can't open it. No harm done: here is where to start.
shared-title = 📤 Results shared with you from Bagdar
shared-private = The link holds only the countries and the ways to pay, not the answers of the person who shared it.
shared-funding = 💰 Ways to pay for it
shared-own-quiz = Want your own ranking? Take the questionnaire: it takes about a minute.
shared-compare-button = ⚖️ Compare these countries

## Profile: the saved answers, one changed at a time

results-compare-button = ⚖️ Compare
results-share-button = 📤 Share
results-profile-button = ✏️ Change an answer
profile-none = You have no saved answers yet. Send /quiz to answer the questionnaire: { $count } questions, about a minute.
profile-title = 👤 Your answers
profile-hint = Tap an answer to change it: I will recompute your results at once, without the whole questionnaire.
profile-not-answered = not answered
profile-field-level = Degree
profile-field-budget = Budget
profile-field-languages = Languages
profile-field-willLearnLanguage = Language year
profile-field-field = Field
profile-field-priorities = Priorities
profile-field-plan = Plans
profile-field-english = English
profile-field-situation = Now
profile-field-workYears = Work experience
profile-field-age = Age
profile-cancel-button = ✖️ Keep my answer
profile-edit-cancelled = Your answer stays as it was. /profile shows all your answers.
profile-updated = ✅ Saved. Here are your results with the new answer.

## Compare: two or three destinations side by side

compare-choose = ⚖️ Choose { $min } or { $max } countries to compare, then tap “Compare”.
compare-preselected = Your top countries are already chosen: tap one to swap it for another.
compare-done = Compare ✓ ({ $count })
compare-choose-between = Choose { $min } or { $max } countries.
compare-again-button = ⚖️ Compare other countries
compare-cost = 💸 A year of study and living, paying yourself
compare-languages = 🗣 Teaching languages
compare-degree-years = 🎓 Degree length
compare-degree-years-level = 🎓 Degree length ({ $level })
compare-degree-years-unknown = no checked figure
explore-years = { $span } { $maxYears ->
        [one] year
       *[other] years
    }
compare-admission = 🧭 How to get in
compare-admission-level = 🧭 How to get in ({ $level })
compare-admission-none = no admission route at this level in my knowledge base
compare-funding-fits = 💰 Funding that fits your answers
compare-funding-specific = 💰 Funding made for each country (with your answers, /compare shows what fits you)
compare-funding-none = nothing specific in my knowledge base
compare-funding-more = and { $count } more
compare-work = 💼 Work while studying and after
compare-footer = ⚠️ marks a route with obligations (work-off, return home, a pledge): the country's card shows them. Check every figure on the official page before you decide.

## Ask in your own words: questions answered from the knowledge base

ask-found-title = 🔎 Here is what my knowledge base says:
ask-found-footer = Each answer links to where it comes from. Rules change: check the official page before you apply. /country shows a whole country's card.
ask-unknown = 🤷 I don't know that: I have no checked answer to it. I know about studying abroad in { $countries } countries: costs, admission, dormitories, scholarships, obligations and work rights.
ask-unknown-official = Official pages where you can ask:
ask-unknown-commands = Try asking differently (e.g. “dormitory in Russia”), or use /country, /compare or /quiz.
ask-related = Also useful:
ask-no-data = 🤷 I have no checked data on this yet, and I won't guess.
ask-clarify-country = Which country do you mean ({ $topic })? Choose one below, or take the questionnaire (/quiz): it finds the countries that fit your budget and plans.
ask-clarify-funding = Which funding route do you mean ({ $topic })? Choose one below, or take the questionnaire (/quiz): it shows the ones that fit you.
ask-greeting =
    👋 Hello! I'm Bagdar. I help students from Kazakhstan choose where to study abroad and how to pay for it.

    Take the questionnaire (/quiz) and I'll find the countries that fit you. Or ask me anything in your own words, the way you'd ask a friend — like the questions below.
ask-thanks = 🙂 You're welcome! Ask anything else about studying abroad, or take the questionnaire: /quiz.
ask-example-living-china = How much is housing in China?
ask-example-eligibility-bolashak = Who can apply for Bolashak?
ask-example-work-south-korea = Can I work while studying in Korea?
ask-topic-cost = cost of study
ask-topic-living = housing and living costs
ask-topic-deadline = deadlines and dates
ask-topic-eligibility = who can apply
ask-topic-coverage = what it covers
ask-topic-obligations = obligations
ask-topic-work = work during and after study
ask-topic-admission = admission and tests
ask-topic-duration = length of study
ask-topic-language = language of study
ask-topic-visa = visa and distance
ask-topic-community = students from Kazakhstan
ask-topic-reputation = reputation and quality
ask-topic-fields = fields of study
ask-topic-places = where it can be used
ask-topic-motives = why students go abroad

## Share: the results card (a picture) and a link for parents

share-card-title = Where I could study abroad
share-card-subtitle = Chosen by Bagdar from my answers: the countries that fit me and the ways to pay.
share-card-destinations = Countries that fit
share-card-funding = Ways to pay
share-card-cost = { $cost } a year, paying yourself
share-card-languages = Taught in: { $languages }
share-card-footer = Every fact with its official source: { $bot } in Telegram · { $date }
share-card-neutral = No university or agency pays for a place in Bagdar's rankings.
share-caption = 📤 Your results card. Forward it to your parents, or send them this link: they will see the same countries and ways to pay, in their own language, without your answers.
    { $link }
share-forward-button = 📨 Send the link
share-forward-text = Here is where I could study abroad and how to pay for it, from Bagdar:

## Results layout

results-summary-score = { $score }% (on { $known } of { $total } { $total ->
        [one] criterion
       *[other] criteria
    })
results-summary-score-all = { $score }% (on all { $total } criteria)
results-summary-gap-tuition = A year's cost: no checked tuition figure yet
results-summary-gap-living = A year's cost: no checked living cost yet
results-summary-gap-stale = A year's cost: the figures are too old to count
results-summary-gap-rates = A year's cost: no exchange rate for its currency
results-summary-pay = 💰 Best way to pay: <b>{ $route }</b> · { $extent }
results-summary-extent-full = study and living
results-summary-extent-partial = part of the cost
results-summary-extent-none = a way in, not money
results-summary-no-route = 💰 No grant or scholarship fits your answers here yet: you would pay yourself.
results-summary-obligations = ⚠️ marks a way to pay with obligations (work-off, return home, a pledge): see “💰 Funding details”.
results-summary-tap = 👇 Tap a country for the reasons, costs, ways to pay and sources.
results-summary-more = Your next countries
results-card-button = 📖 Country card
results-details-funding = ⚠️ marks a way to pay with obligations: “💰 Funding details” lists them once for all your countries.
funding-serves = For: { $destinations }
share-card-pay = Best way to pay: { $route }
share-card-pay-none = No scholarship yet: paying yourself
shared-obligations = ⚠️ marks a way to pay with obligations: they are listed below.
