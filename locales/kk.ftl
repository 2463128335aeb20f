## Start and language

welcome =
    👋 <b>Сәлеметсіз бе, мен — Bagdar.</b>
    Қазақстандық студенттерге шетелде қайда оқитынын және оқуды қалай қаржыландыратынын шешуге көмектесемін.

    { $count } қысқа сұраққа жауап беріңіз (бір минуттай уақыт алады) — сізге сай елдердің рейтингін аласыз: себептерімен, оларды растайтын деректермен және сәйкес стипендиялармен.

    🤝 Менің рейтингімдегі орын үшін ешбір ЖОО немесе агенттік ақы төлемейді. Әр деректің ресми дереккөзі көрсетілген.

    Тілді таңдаңыз:
language-choose = Тілді таңдаңыз:
language-set = ✅ Қазақ тілі таңдалды. Дайынсыз ба? Сауалнаманы бастау үшін түймені басыңыз.
language-set-with-results = ✅ Қазақ тілі таңдалды. /results соңғы нәтижелеріңізді қазақ тілінде көрсетеді. Немесе жаңа сауалнаманы бастаңыз.
language-set-in-quiz = ✅ Қазақ тілі таңдалды. Ағымдағы сұрақ қазақ тілінде:
start-quiz-button = ▶️ Сауалнаманы бастау

## Help and cancel

help =
    <b>Bagdar</b> оқитын елді және оқуды қаржыландыру жолын таңдауға көмектеседі.

    /quiz — сауалнамадан өту ({ $count } сұрақ)
    /results — соңғы нәтижелерді қайта көру
    /profile — жауаптарыңыз: біреуін өзгертіп, жаңа нәтиже алыңыз
    /compare — 2–3 елді қатар салыстыру
    /country — ел карточкасы: шығындар, оқуға түсу, жұмыс, қаржыландыру
    /language — тілді ауыстыру
    /reminders — мерзім туралы еске салғыштарыңыз
    /privacy — Bagdar сіз туралы не сақтайды және не үшін
    /forget — сіз туралы бәрін өшіру
    /cancel — сауалнаманы тоқтату
    /help — осы хабарлама

    💬 Немесе сұрағыңызды өз сөзіңізбен жазыңыз, мысалы «Ресейде жатақхана бар ма?» не «Болашақ еңбекпен өтеу»: білім қорымнан дереккөзімен жауап беремін немесе білмейтінімді ашық айтамын.

    Рейтинг ресми дереккөздері бар деректер негізінде есептеледі; тізімге енгені үшін ешкім ақы төлемейді. Өтінім бермес бұрын мерзімдер мен ережелерді әрдайым ресми бетте тексеріңіз.
cancel-done = Сауалнама тоқтатылды. Қайта бастағыңыз келсе, /quiz жіберіңіз.
cancel-nothing = Тоқтататын ештеңе жоқ. Сауалнаманы бастау үшін /quiz жіберіңіз.

## Anything else

button-outdated = Бұл түйме енді жұмыс істемейді.
group-private-only = 👋 Әр студентпен жеке чатта сөйлесемін, сонда жауаптарыңыз тек өзіңізде қалады. <a href="https://t.me/{ $bot }">t.me/{ $bot }</a> ашып, /start жіберіңіз.
unknown-command = Мұндай команданы білмеймін. Не істей алатынымды көру үшін /help жіберіңіз.
unhandled-text = Бұл хабарламаны түсінбедім. Сұрағыңызды өз сөзіңізбен жазыңыз, сауалнамадан өту үшін /quiz, командалар тізімі үшін /help жіберіңіз.
unhandled-media = Мен тек түймелер мен командаларды түсінемін. Сауалнаманы бастау үшін /quiz, анықтама үшін /help жіберіңіз.
error-try-again = Менің тарапымнан қате кетті. Сәлден кейін қайталап көріңіз.

## Commands menu

command-start = Бастау және тілді таңдау
command-quiz = Сауалнаманы бастау
command-results = Соңғы нәтижелерім
command-language = Тілді ауыстыру
command-help = Bagdar не істей алады
command-cancel = Сауалнаманы тоқтату

## Questionnaire

quiz-situation-question = Қазір қай кезеңдесіз?
situation-school = Мектепті (не колледжді) бітіріп жатырмын
situation-university-1 = Қазақстандағы ЖОО, 1-курс
situation-university-2 = Қазақстандағы ЖОО, 2-курс
situation-university-3 = Қазақстандағы ЖОО, 3-курс
situation-university-4-plus = Қазақстандағы ЖОО, 4-курс не одан жоғары
situation-graduated = ЖОО-ны бітірдім
situation-working = Жұмыс істеймін

quiz-level-question = Қай деңгейде оқығыңыз келеді?
level-bachelor = Бакалавриат
level-master = Магистратура
level-doctorate = Докторантура (PhD)

status-school-leaver = мектеп бітірушілер
status-university-student = Қазақстандағы ЖОО студенттері
status-graduate = ЖОО түлектері
status-working = жұмыс істейтіндер

quiz-budget-question = Отбасыңыз оқу мен тұруға жылына қанша жұмсай алады?
budget-scholarship-only = Тек толық стипендиямен
budget-under-2m = 2 млн ₸-ге дейін
budget-2m-5m = 2–5 млн ₸
budget-5m-10m = 5–10 млн ₸
budget-over-10m = 10 млн ₸-ден көп
budget-usd-range = { $label } (≈ { $low }–{ $high } $)
budget-usd-from = { $label } (≈ { $low } $-дан көп)

quiz-languages-question = Қазір қай тілдерде оқи аласыз?
language-kk = қазақ тілі
language-ru = орыс тілі
language-en = ағылшын тілі
language-zh = қытай тілі
language-ko = корей тілі
language-de = неміс тілі
language-tr = түрік тілі
language-cs = чех тілі
language-pl = поляк тілі
language-hu = венгр тілі
language-fr = француз тілі
language-ja = жапон тілі
language-it = итальян тілі

quiz-learn-question = Жаңа тіл үйренуге бір дайындық жылын арнауға дайынсыз ба?
quiz-learn-yes = Иә, дайынмын
quiz-learn-no = Жоқ, қаламаймын

quiz-field-question = Қай салада оқығыңыз келеді?
field-engineering-it = Инженерия және IT
field-natural-sciences = Жаратылыстану ғылымдары
field-medicine = Медицина
field-business-economics = Бизнес және экономика
field-social-humanities = Құқық, әлеуметтік және гуманитарлық ғылымдар
field-education = Педагогика және білім беру
field-arts-design = Өнер және дизайн

quiz-priorities-question = Сіз үшін ең маңыздысы не?
priority-low-cost = Аз шығын
priority-close-to-home = Үй мен отбасына жақын
priority-prestige = Бедел және сапа
priority-career-links = Мансап және жұмыс берушілер
priority-new-culture = Жаңа тіл мен мәдениет
priority-work-abroad = Оқудан кейін шетелде жұмыс

quiz-plan-question = Оқуды бітірген соң не істеуді жоспарлайсыз?
plan-return = Қазақстанға оралу
plan-stay-abroad = Шетелде қалып, жұмыс істеу
plan-unsure = Әлі шешкен жоқпын

quiz-english-question = Ағылшын тіліңіздің деңгейі қандай?
english-none = Ағылшын тілін білмеймін
english-a2 = Базалық (A2)
english-b1 = Орта (B1)
english-b2 = Ортадан жоғары (B2, IELTS 5,5–6,5)
english-c1 = Жоғары (C1+, IELTS 7+)

quiz-multi-hint = Ең көбі { $max } нұсқа таңдап, «Дайын» түймесін басыңыз.
quiz-multi-hint-all = Сізге сәйкес келетін нұсқалардың бәрін таңдап, «Дайын» түймесін басыңыз.
quiz-back = ◀️ Артқа
quiz-done = Дайын ✓ ({ $count })
quiz-choose-between = Кемінде { $min }, ең көбі { $max } нұсқа таңдаңыз.
quiz-stale-button = Бұл сұрақ жабылды. Соңғы сұраққа жауап беріңіз.
quiz-use-buttons = ☝️ Сұрақтың астындағы түймелер арқылы жауап беріңіз.
quiz-answer-not-saved = ⚠️ Соңғы жауабыңыз маған жетпеді (менің тарапымдағы байланыс ақауы). Осы сұраққа қайта жауап беріңіз:
quiz-too-long = Сауалнама тым ұзаққа созылды. Қайта бастау үшін /quiz жіберіңіз.
quiz-finished = 🎉 Рақмет! Міне, сізге ең қолайлы елдер.

## Results

results-title = <b>🧭 Сізге сай елдер</b>
results-neutrality = <i>Елдер сіздің жауаптарыңызға қаншалықты сәйкес келетініне қарай реттелген. Бұл тізімдегі орын үшін ешбір ЖОО немесе агенттік ақы төлемейді.</i>
results-rates-date = ₸ Ұлттық банктің { $date } бағамы бойынша
results-source = дереккөз
results-source-research = ғылыми мақала, 2021
results-source-checked = { $date } тексерілді
results-fact-stale = бір жылдан бұрын тексерілген — ресми беттен нақтылаңыз
results-official-page = ресми бет
results-basis = 📊 Бағалау: { $total } өлшемнің { $known } өлшемі бойынша
results-no-data = Тексерілген дерек жоқ: { $items } — бағалауға кірмеді. Тексеріңіз: { $page }
results-basis-all = 📊 Бағалау негізі: барлық { $total } өлшем
results-funding-title = Қаржыландыру жолдары:
results-none = Сізде әзірге нәтиже жоқ. Сауалнамадан өту үшін /quiz жіберіңіз.
results-none-short = Әзірге нәтиже жоқ: /quiz жіберіңіз.
results-more-button = Басқа елдер ▶️
results-funding-button = 💰 Қаржыландыру туралы толығырақ
results-restart-button = 🔄 Қайта бастау
results-language-button = 🌐 Тіл

## Funding

funding-title = <b>💰 Сізге сай қаржыландыру</b>
funding-none = Менің білім қорымда бұл жауаптарға сай келетін қаржыландыру жолы әзірге жоқ.
funding-extent-full = оқу мен тұру шығынын өтейді
funding-extent-partial = шығынның бір бөлігін өтейді
funding-extent-none = түсуге мүмкіндік береді, бірақ ақша бермейді
funding-extent-own = өзіңіз төлейсіз
funding-covers = Қамтиды
funding-levels = Деңгейлер
funding-official-page = ресми бет
funding-scam-warning = ⚠️ Нағыз стипендиялар өтінім үшін немесе «рәсімдеу» үшін ешқашан ақы алмайды. Өтінімді тек ресми беттер арқылы беріңіз.
covers-tuition = оқу ақысы
covers-living = өмір сүру шығындары
covers-housing = тұрғын үй
covers-travel = жол ақысы
covers-insurance = медициналық сақтандыру
covers-visa = виза
covers-language-year = тілдік дайындық жылы
covers-study-materials = оқу құралдары

## Reasons: why a destination or a funding route fits, or does not

reason-level-offered = { $destination }: { $level } { $span } жылға созылады.
reason-level-no-data = Тексерілген дерек жоқ: «{ $level }» — бағалауға кірмеді. Тексеріңіз: { $page }
reason-language-ok = Мұнда білетін тіліңізде оқи аласыз: { $language }.
reason-language-english-below = Ағылшын тіліндегі бағдарламалар әдетте B2 деңгейін талап етеді; сіздің деңгейіңіз — { $english }, сондықтан IELTS сияқты емтиханға дайындалуды жоспарлаңыз.
reason-language-missing-prep-year = Оқыту тілі — { $language }: тілдік дайындық жылы оны меңгеруге көмектеседі.
reason-language-missing = Оқыту { $languageCount ->
        [one] тілі
       *[other] тілдері
    } — { $language }: сіз әзірге { $languageCount ->
        [one] бұл тілде
       *[other] бұл тілдердің ешқайсысында
    } оқи алмайсыз.
reason-budget-fits = Бір жыл { $cost } тұрады — бюджетіңізге сыяды.
reason-budget-partly = Бір жыл { $cost } тұрады — бюджетіңіздің жоғарғы шегінде (ең көбі { $budgetMaxKzt }).
reason-budget-over = Бір жыл { $cost } тұрады — бюджетіңізден асады (ең көбі { $budgetMaxKzt }).
reason-budget-scholarship-only = Бір жыл { $cost } тұрады, сондықтан осы шығынды өтейтін стипендия қажет.
reason-cost-unknown = { $destination }: оқу ақысы туралы тексерілген дерек менде жоқ — әр ЖОО-ның бетін қараңыз.
reason-living-cost-unknown = { $destination }: өмір сүру шығыны туралы тексерілген дерек менде әзірге жоқ, сондықтан бір жылдың сомасы жоқ — әр ЖОО-ның бетін қараңыз.
reason-cost-housing-only = Тұру шығынынан менде тек жатақхана құны тексерілген; тамақ пен басқа шығындар бөлек.
reason-free-tuition-route = Оқу ақысы төленбейтін жол: { $route }.
reason-free-route-living-fits = Тегін оқуға түссеңіз, тек өмір сүру шығындарын төлейсіз — жылына { $cost }, бұл бюджетіңізге сыяды.
reason-living-costs-remain = Тегін оқысаңыз да, өмір сүру шығындары өз мойныңызда: жылына { $cost }.
reason-living-costs-remain-unknown = Тегін оқысаңыз да, тұрғын үй мен тұрмыс шығынын өзіңіз төлейсіз.
reason-budget-full-funding = { $funding } мұнда оқу мен тұру шығынын толық өтей алады.
reason-no-scholarship-route = Менің білім қорымда мұнда сіздің деңгейіңізге арналған тегін оқу орны да, толық стипендия да жоқ.
reason-priority-strong = Сіз қалаған нәрседе мықты: { $priority }.
reason-priority-some = Басымдығыңызға ішінара сай келеді: { $priority }.
reason-priority-no-data = Тексерілген дерек жоқ: «{ $priority }» — бағалауға кірмеді. Тексеріңіз: { $page }
reason-close = Үй мен отбасына жақын.
reason-far = Қазақстаннан алыс.
reason-visa-free = Қазақстан азаматтарына виза қажет емес.
reason-work-after = Түлектер қалып, жұмыс істей алады.
reason-work-after-job-search = Оқуды бітірген соң жұмыс іздеу үшін қалуға болады.
reason-work-after-not-allowed = Студенттік мәртебемен оқуды бітірген соң жұмыс істеуге болмайды.
reason-funding-covers-full = { $funding } өтейді: { $covers }.
reason-funding-covers-partial = { $funding } шығынның бір бөлігін өтейді: { $covers }.
reason-funding-covers-varies = { $funding }: нені өтейтіні нақты грантқа байланысты.
reason-funding-way-in = { $destination }: { $funding } түсуге мүмкіндік береді, бірақ ақша бермейді.
reason-funding-own-funds = { $destination }: өз қаражаты — оқуды отбасыңыз төлейді.
reason-funding-level = { $funding } сіздің деңгейіңізге қолжетімді: { $level }.
reason-funding-needs-work-experience = { $funding } кемінде { $years } жыл жұмыс өтілін талап етеді.
reason-funding-language-ok = { $funding }: { $language } бойынша { $test } талап етіледі — бұл сізде бар.
reason-funding-language-required = { $funding }: { $language } бойынша { $test } талап етіледі.
reason-funding-english-short = { $funding }: { $test } талап етіледі; сіз көрсеткен деңгей: { $english }.
reason-funding-competitive = { $funding } — конкурс: өтінім беріңіз, бірақ балама жоспарды да ойластырыңыз.
reason-funding-living-not-covered = { $funding } өмір сүру шығындарын өтемейді.
reason-funding-work-off = Еңбекпен өтеу міндеті: оқуды бітірген соң Қазақстанда { $span } жыл жұмыс істеу.
reason-funding-work-off-unspecified = Еңбекпен өтеу міндеті: оқуды бітірген соң Қазақстанда жұмыс істеу.
reason-funding-return-home = Міндет: Қазақстанға оралып, онда { $span } жыл тұру.
reason-funding-return-home-unspecified = Міндет: оқудан кейін Қазақстанға оралу.
reason-funding-collateral = Міндет: шарт жасалғанға дейін жылжымайтын мүлік кепілі немесе кепілдік.
reason-funding-language-course = Міндет: тіл курсынан өту.
reason-funding-repay-if-broken = Шарт талаптарын бұзсаңыз, қаражатты қайтарасыз.
reason-funding-window-open = { $funding }: өтінім қабылдау жүріп жатыр, соңғы күні — { $closes }.
reason-funding-window-upcoming = { $funding }: өтінім қабылдау { $opens } күні басталады.
reason-funding-window-closed = { $funding }: өтінім қабылдау { $closes } күні аяқталды; келесі кезеңді күтіңіз.
reason-plan-return-obligation = { $funding }: елге оралуды жоспарлап отырсыз, сондықтан Қазақстанға оралу немесе онда жұмыс істеу міндеті сізге сәйкес келеді.
reason-required-funds = Виза үшін тұруға { $cost } көрсету немесе бұғаттау керек; мен бұл соманы бір жылғы өмір сүру шығыныңыз деп есептеймін.
reason-required-funds-over-budget = Тек виза үшін тұруға { $cost } көрсету керек — бұл бюджетіңізден (ең көбі { $budgetMaxKzt }) көп, оқу ақысын есептемегенде.
reason-living-over-budget = Мұнда тұрмыс шығынының өзі жылына { $cost } болады — бұл бюджетіңізден (ең көбі { $budgetMaxKzt }) көп, оқу ақысын есептемегенде.
reason-field-strong = { $destination }: «{ $field }» саласы бойынша мықты.
reason-field-some = { $destination }: «{ $field }» саласы үшін қолайлы таңдау.
reason-field-no-data = Тексерілген дерек жоқ: «{ $field }» — бағалауға кірмеді. Тексеріңіз: { $page }
reason-route-tests = { $route }. Емтихандар: { $test }.
reason-funding-work-experience-ok = { $funding }: { $years } жыл жұмыс өтілі керек — ол сізде бар.
reason-funding-needs-enrolment = { $funding }: тек Қазақстандағы ЖОО студенттеріне арналған.
reason-funding-status-required = { $funding }: өтінімді { $status } бере алады.
reason-funding-language-prep-year = { $funding }: { $language } бойынша { $test } талап етіледі; бұл деңгейге дайындық жылында жетесіз.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = Қосымша сұрақ: нәтижеңіздегі кейбір стипендиялар осы жауапқа байланысты.
quiz-work-question = Толық жұмыс күніндегі еңбек өтіліңіз қанша жыл?
work-none = Әзірге жоқ
work-one = Шамамен бір жыл
work-two-three = 2–3 жыл
work-four-plus = 4 жыл және одан көп
quiz-age-question = Құжат тапсырған кезде неше жаста боласыз?
age-under-21 = 21-ден кіші
age-21-24 = 21–24
age-25-29 = 25–29
age-30-34 = 30–34
age-35-39 = 35–39
age-40-plus = 40 және одан үлкен

## Costs: one cost model behind every screen (each figure keeps its meaning: up to, from, about)

cost-range = { $low } – { $high }
cost-exact = { $amount }
cost-about = шамамен { $amount }
cost-about-range = шамамен { $low } – { $high }
cost-up-to = { $high } дейін
cost-up-to-about = шамамен { $high } дейін
cost-from = { $low } бастап
cost-from-about = шамамен { $low } бастап
cost-per-year = жылына { $amount }
cost-per-semester = семестріне { $amount }
cost-per-month = айына { $amount }
cost-yearly = 💸 Өз қаражатыңызбен бір жыл: { $cost }
cost-yearly-level = 💸 Өз қаражатыңызбен бір жыл ({ $level }): { $cost }
cost-yearly-partial = { $covers ->
        [housing-food] тұруға тек тұрғын үй мен тамақ есептелген: көлік пен басқасы бөлек
       *[housing] тұруға тек тұрғын үй есептелген: тамақ пен басқасы бөлек
    }
cost-degree = 🎓 Бүкіл оқу ({ $span } жыл): { $cost }
cost-gap-tuition = Бүкіл жылға сома жоқ: оқу ақысының тексерілген сомасы жоқ ({ $level }).
cost-gap-living = Бүкіл жылға сома жоқ: өмір сүру құнының тексерілген сомасы жоқ.
cost-gap-stale = Бүкіл жылға сома жоқ: қолдағы деректер тым ескі.
cost-gap-rates = Бүкіл жылға сома жоқ: бұл валютаның бағамы жоқ.
cost-tuition = Оқу ақысы ({ $level })
cost-tuition-segment = Оқу ақысы ({ $level }, { $segment })
cost-tuition-missing = Оқу ақысы ({ $level }): сома жоқ.
cost-segment-public = мемлекеттік ЖОО
cost-segment-private = жеке ЖОО
cost-segment-national-language = елдің өз тілінде
cost-segment-english-taught = ағылшын тілінде
cost-living = Тұру шығыны
cost-living-where = Тұру шығыны ({ $where })
cost-living-missing = Тұру шығыны: сома жоқ.
cost-where-capital = астана
cost-where-other-cities = басқа қалалар
cost-covers-housing = тек тұрғын үй
cost-covers-housing-food = тұрғын үй мен тамақ
cost-required-funds = Виза үшін қаражат
cost-required-funds-where = Виза үшін қаражат ({ $where })
cost-required-funds-amount = { $months } айға айына { $amount }
cost-in-kzt = ≈ { $cost }
cost-in-kzt-monthly = ≈ айына { $monthly }, жылына { $yearly }
cost-in-kzt-total = ≈ барлығы { $cost }
cost-as-of = { $asOf } дерегі
cost-stale = ескірген дерек ({ $asOf }), есептелмеді: ресми беттен тексеріңіз
results-page-old = ескі бет: ресми сайттан тексеріңіз
window-announced = { $cycle }: { $dates }
window-last-cycle = { $cycle }: { $dates }; келесі мерзімдер әлі жарияланған жоқ
window-until = { $closes } дейін
window-from = { $opens } бастап

## Destination cards (/country)

country-choose = 🌍 Елдің карточкасын ашу үшін оны таңдаңыз: шығындар, оқуға түсу, жұмыс істеу құқығы және қаржыландыру — әр деректің дереккөзі бар.
country-not-found = Бұл елдің карточкасы менде әзірге жоқ. Мыналардың бірін таңдаңыз:
explore-compare-button = ⚖️ Басқалармен салыстыру
explore-students = Мұнда Қазақстаннан шамамен { $count } студент оқиды ({ $year }).
explore-highlights = 📌 Қысқаша
explore-costs = 💸 Шығындар
explore-study = 📚 Тілдер және оқу мерзімі
explore-prep-year = тілдік дайындық жылы бар
explore-degree-years = { $level }: { $span } жыл
explore-admission = 🧭 Қалай түсуге болады
explore-route-free = тегін
explore-route-paid = ақылы
explore-route-tests = Емтихандар: { $tests }
explore-life = 🧳 Жұмыс және виза
explore-work = Оқу кезінде: { $during }. Бітіргеннен кейін: { $after }.
explore-work-during-allowed = жұмыс істеуге болады
explore-work-during-limited = шектеулі сағат жұмыс істеуге болады
explore-work-during-not-allowed = жұмыс істеуге болмайды
explore-work-after-allowed = қалып, жұмыс істеуге болады
explore-work-after-job-search-permit = жұмыс іздеу үшін біраз уақыт қалуға болады
explore-work-after-not-allowed = қалып, жұмыс істеу құқығы жоқ
explore-work-unknown = Жұмыс істеу құқығы: тексерілген мәлімет әзірге жоқ; ЖОО-ның халықаралық бөлімінен сұраңыз.
explore-visa-required = Қазақстан азаматтарына студенттік виза керек.
explore-visa-free = Қазақстан азаматтарына виза керек емес.
explore-funding = 💰 Мұнда пайдалануға болатын қаржыландыру
explore-funding-anywhere = Кез келген елде де жарамды:
explore-check-official = Ережелер мен бағалар өзгереді: құжат тапсырмас бұрын ресми бетті тексеріңіз.

## Commands menu: exploring beyond the questionnaire

command-profile = Жауаптарым: біреуін өзгерту
command-compare = 2–3 елді салыстыру
command-country = Ел карточкасы

## Privacy, consent and /forget

command-privacy = Деректеріңіз және құпиялылық
command-forget = Мен туралы бәрін өшіру
command-reminders = Мерзім туралы еске салғыштарым
privacy-text =
    🔒 <b>Bagdar-дағы деректеріңіз</b>

    <b>Не сақтаймын</b> — тек осы чаттың нөмірімен (атыңыз, пайдаланушы аты не телефон нөміріңіз сақталмайды):
    • таңдаған тіліңіз;
    • нәтижелеріңізді қайта көрсету үшін сауалнамаға соңғы жауаптарыңыз;
    • жалғастыра алуыңыз үшін аяқталмаған сауалнама;
    • анонимді статистика туралы жауабыңыз және өңіріңіз (көрсетсеңіз);
    • өзіңіз сұраған мерзім туралы еске салғыштар.

    <b>Қайда</b>: Bagdar серверінде, Redis дерекқорында немесе файлдарда. Ешкімге берілмейді.

    <b>Қанша уақыт</b>: сізден 90 күн бойы хабар болмаса, еске салғыштардан басқасының бәрі өшіріледі. Еске салғыш жіберілген соң немесе сіз одан бас тартқанда өшіріледі.

    <b>Не үшін</b>: нәтижелеріңізді көрсету, сауалнаманы жалғастыру, сіздің тіліңізде сөйлеу және мерзімдерді еске салу үшін.

    <b>Анонимді статистика</b> — тек келісім берсеңіз: жауаптарыңыз (оқу деңгейі, бюджет, тілдер, мамандық саласы, басымдықтар, оқудан кейінгі жоспар, бірінші орындағы ел, өңір) Telegram id-сіз, атыңызсыз және нақты күнсіз айлық жалпы сандарға қосылады. Бұл ЖОО-лар мен білім беру саясатын айқындайтындарға студенттердің не қалайтынын көруге көмектеседі. 5-тен кіші сандар ешқашан көрсетілмейді. Кейін бас тартсаңыз немесе /forget жіберсеңіз, соңғы есептелген жауаптарыңыз жалпы сандардан алынып тасталады.

    /forget сіз туралы бәрін бірден өшіреді.
privacy-status-yes = 📊 Анонимді статистика: <b>қосулы</b>. Рақмет!
privacy-status-no = 📊 Анонимді статистика: <b>өшірулі</b>.
privacy-status-unset = 📊 Анонимді статистика: сіз әлі жауап берген жоқсыз, сондықтан ештеңе есептелмейді.
privacy-region = 📍 Өңір: { $region }
privacy-consent-on-button = ✅ Жауаптарымды анонимді есептеңіз
privacy-consent-off-button = ⏹ Есептеуді тоқтату
privacy-region-button = 📍 Өңір
privacy-forget-button = 🗑 Деректерімді өшіру
consent-question =
    📊 <b>Тағы бір сұрақ.</b> ЖОО-лар мен білім беру саясатын айқындайтындар студенттердің не қалайтынын көруі үшін Bagdar-ға осы жауаптарды анонимді түрде есепке алуға рұқсат бересіз бе?

    Тек айлық жалпы сандар сақталады: атыңыз, Telegram id, нақты күн сақталмайды. Шешіміңізді кез келген уақытта /privacy арқылы өзгерте аласыз.
consent-yes-button = ✅ Иә, есептеңіз
consent-no-button = Жоқ, рақмет
consent-thanks = 🙏 Рақмет! Жауаптарыңыз анонимді түрде есептелді. Кез келген уақытта /privacy арқылы тоқтата аласыз.
consent-declined = 👌 Ештеңе есептелмейді. Мұны кез келген уақытта /privacy арқылы өзгерте аласыз.
region-question = 📍 Қаласаңыз, Қазақстанның қай өңірінде тұратыныңызды көрсетіңіз. Бұл тек анонимді жалпы сандарға қосылады.
region-skip-button = Көрсеткім келмейді
region-saved = 📍 Рақмет: { $region }. /privacy арқылы өзгерте аласыз.
region-skipped = 👌 Жақсы, өңірсіз. Кейін /privacy арқылы қоса аласыз.
region-not-given = көрсетілмеген
region-astana = Астана
region-almaty-city = Алматы (қала)
region-shymkent = Шымкент
region-abai = Абай облысы
region-akmola = Ақмола облысы
region-aktobe = Ақтөбе облысы
region-almaty-region = Алматы облысы
region-atyrau = Атырау облысы
region-east-kazakhstan = Шығыс Қазақстан облысы
region-jambyl = Жамбыл облысы
region-jetisu = Жетісу облысы
region-karaganda = Қарағанды облысы
region-kostanay = Қостанай облысы
region-kyzylorda = Қызылорда облысы
region-mangystau = Маңғыстау облысы
region-north-kazakhstan = Солтүстік Қазақстан облысы
region-pavlodar = Павлодар облысы
region-turkistan = Түркістан облысы
region-ulytau = Ұлытау облысы
region-west-kazakhstan = Батыс Қазақстан облысы
forget-confirm =
    🗑 <b>Bagdar сіз туралы сақтаған барлық деректі өшірейін бе?</b>
    Тіліңіз, жауаптарыңыз, аяқталмаған сауалнама, статистика туралы жауабыңыз, өңіріңіз және еске салғыштарыңыз қазір өшіріледі. Мұны қайтару мүмкін емес.
forget-confirm-button = 🗑 Иә, бәрін өшіру
forget-cancel-button = Жоқ, қалсын
forget-done = ✅ Дайын: Bagdar сіз туралы сақтаған барлық дерек өшірілді. Бұл чаттағы хабарламаларды Telegram сақтайды — чатты өзіңіз тазалай аласыз. Қайта бастау үшін /start жіберіңіз.
forget-cancelled = 👌 Ештеңе өшірілген жоқ.

## Deadline reminders

reminders-offer = 🔔 <b>Мерзім туралы еске салғыштар.</b> Стипендияны басыңыз — өтінім қабылдау аяқталардан 30, 7 және 1 күн бұрын хабар жіберемін.
reminders-subscribe-button = 🔔 { $funding } — { $date }
reminders-subscribed-short = 🔔 Еске салғыш қосылды
reminders-subscribed = 🔔 Дайын: <b>{ $funding }</b> туралы еске саламын, өтінім беру мерзімі — { $date }. Алда { $count } еске салғыш бар, біріншісі — { $first }. /reminders оларды көрсетеді және тоқтатады.
reminders-unavailable = Бұл мерзім үшін еске сала алатын күн енді жоқ. Ресми бетті қараңыз.
reminders-none = 🔕 Сізде еске салғыштар жоқ. Нәтижелерде «💰 Қаржыландыру туралы толығырақ» бөлімін ашыңыз: мерзімі нақты күнмен көрсетілген стипендияларда 🔔 түймесі бар.
reminders-title = 🔔 <b>Мерзім туралы еске салғыштарыңыз</b>
reminders-item = • <b>{ $funding }</b>: мерзімі { $date }; келесі еске салғыш { $next } ({ $days ->
        [1] бір күн бұрын
       *[other] { $days } күн бұрын
    })
reminders-cancel-hint = Еске салғышты тоқтату үшін төмендегі түймені басыңыз.
reminders-cancel-button = ❌ { $funding }
reminders-cancelled = Еске салғыш тоқтатылды
reminder-due = 🔔 <b>{ $funding }</b>: өтінім қабылдау { $days ->
        [0] бүгін
        [1] ертең
       *[other] { $days } күннен кейін
    } аяқталады ({ $date }). Қажетті құжаттарды тексеріп, өтінімді ресми бетте беріңіз.
reminder-footer = /reminders — еске салғыштарыңыз

## Statistics for administrators

stats-title = 📊 <b>Анонимді статистика</b> (есепке алуға келіскен студенттер)
stats-students = Есептелген студенттер: барлық айларда { $all }, { $period } айында { $month }.
stats-hidden = жасырылды: { $count }
stats-dimension-plan = Оқудан кейінгі жоспар
stats-dimension-level = Оқу деңгейі
stats-dimension-budget = Бюджет
stats-dimension-field = Мамандық саласы
stats-dimension-language = Тілдер
stats-dimension-priority = Басымдықтар
stats-dimension-region = Өңір
stats-dimension-first = Бірінші орында
stats-first-none = ештеңе сәйкес келмеді
stats-suppressed-note = <i>5-тен кіші сандар «&lt;5» деп көрсетіледі немесе жасырылады — оларды есептеп шығаруға болмауы үшін кейбір басқа сандармен бірге, — сонда ешкімді бөліп көрсету мүмкін емес.</i>
stats-chart-title = Бірінші орындағы елдер және оқудан кейінгі жоспар
stats-chart-subtitle = Есепке алуға келіскен студенттер, барлық айлар: { $students }
stats-chart-hidden = шағын сандарды қорғау үшін жасырылған
stats-chart-empty = Бұл диаграмма үшін студенттер әлі аз.
stats-export-caption = Айлар бойынша анонимді статистика. 5 студенттен аз ұяшықтар <5 деп көрсетілген.

## Deep links and shared results

deep-link-broken = 🔗 Бұл сілтеме бүлінген немесе ескірген сияқты, сондықтан оны аша алмаймын. Ештеңе етпейді: мұнан бастауға болады.
shared-title = 📤 Сізбен Bagdar нәтижелері бөлісілді
shared-private = Сілтемеде тек елдер мен төлеу жолдары бар, бөліскен адамның жауаптары жоқ.
shared-funding = 💰 Оқуды қалай төлеуге болады
shared-own-quiz = Өз рейтингіңізді алғыңыз келе ме? Сауалнамадан өтіңіз: бір минуттай уақыт алады.
shared-compare-button = ⚖️ Осы елдерді салыстыру

## Profile: the saved answers, one changed at a time

results-compare-button = ⚖️ Салыстыру
results-share-button = 📤 Бөлісу
results-profile-button = ✏️ Жауапты өзгерту
profile-none = Сақталған жауаптарыңыз әзірге жоқ. Сауалнамадан өту үшін /quiz жіберіңіз: { $count } сұрақ, бір минуттай.
profile-title = 👤 Сіздің жауаптарыңыз
profile-hint = Өзгерту үшін жауапты басыңыз: нәтижелеріңізді бүкіл сауалнамасыз бірден қайта есептеймін.
profile-not-answered = жауап жоқ
profile-field-level = Деңгей
profile-field-budget = Бюджет
profile-field-languages = Тілдер
profile-field-willLearnLanguage = Тілдік жыл
profile-field-field = Оқу саласы
profile-field-priorities = Басымдықтар
profile-field-plan = Жоспар
profile-field-english = Ағылшын тілі
profile-field-situation = Қазір
profile-field-workYears = Жұмыс тәжірибесі
profile-field-age = Жас
profile-cancel-button = ✖️ Бұрынғыдай қалдыру
profile-edit-cancelled = Жауабыңыз өзгерген жоқ. /profile барлық жауаптарыңызды көрсетеді.
profile-updated = ✅ Сақталды. Жаңа жауаппен есептелген нәтижелеріңіз:

## Compare: two or three destinations side by side

compare-choose = ⚖️ Салыстыру үшін { $min } немесе { $max } елді таңдап, «Салыстыру» түймесін басыңыз.
compare-preselected = Сізге ең сай елдер таңдалып қойылды: басқасына ауыстыру үшін елді басыңыз.
compare-done = Салыстыру ✓ ({ $count })
compare-choose-between = { $min } немесе { $max } елді таңдаңыз.
compare-again-button = ⚖️ Басқа елдерді салыстыру
compare-cost = 💸 Өз қаражатыңызбен бір жыл оқу және тұру
compare-languages = 🗣 Оқыту тілдері
compare-degree-years = 🎓 Оқу мерзімі
compare-degree-years-level = 🎓 Оқу мерзімі ({ $level })
compare-degree-years-unknown = тексерілген дерек жоқ
explore-years = { $span } жыл
compare-admission = 🧭 Қалай түсуге болады
compare-admission-level = 🧭 Қалай түсуге болады ({ $level })
compare-admission-none = білім қорымда бұл деңгейге түсу жолы жоқ
compare-funding-fits = 💰 Жауаптарыңызға сай қаржыландыру
compare-funding-specific = 💰 Осы елге арналған қаржыландыру (сауалнамадан өтсеңіз, /compare өзіңізге сайын көрсетеді)
compare-funding-none = білім қорымда арнайы ештеңе жоқ
compare-funding-more = тағы { $count }
compare-work = 💼 Оқу кезінде және кейін жұмыс істеу
compare-footer = ⚠️ белгісі міндеттемесі бар бағдарламаларды білдіреді (еңбекпен өтеу, елге оралу, кепіл) — толығырақ ел карточкасында. Шешім қабылдамас бұрын әр санды ресми бетте тексеріңіз.

## Ask in your own words: questions answered from the knowledge base

ask-found-title = 🔎 Білім қорымда бұл туралы мынадай мәлімет бар:
ask-found-footer = Әр жауапта дереккөзге сілтеме бар. Ережелер өзгереді: құжат тапсырмас бұрын ресми бетті тексеріңіз. /country елдің толық карточкасын көрсетеді.
ask-unknown = 🤷 Мұны білмеймін: бұл сұраққа тексерілген жауабым жоқ. Мен { $countries } елде шетелде оқу туралы білемін: шығындар, оқуға түсу, жатақханалар, стипендиялар, міндеттемелер және жұмыс істеу құқығы.
ask-unknown-official = Сұрауға болатын ресми беттер:
ask-unknown-commands = Басқаша сұрап көріңіз (мысалы, «Ресейде жатақхана») немесе /country, /compare не /quiz пайдаланыңыз.
ask-related = Бұл да пайдалы:
ask-no-data = 🤷 Бұл туралы менде әзірге тексерілген дерек жоқ, ал болжап айтпаймын.
ask-clarify-country = Қай ел туралы сұрап тұрсыз ({ $topic })? Төменнен таңдаңыз немесе сауалнамадан өтіңіз (/quiz): ол бюджетіңізге және жоспарыңызға сай елдерді табады.
ask-clarify-funding = Қай қаржыландыру жолы туралы сұрап тұрсыз ({ $topic })? Төменнен таңдаңыз немесе сауалнамадан өтіңіз (/quiz): ол сізге сай жолдарды көрсетеді.
ask-greeting =
    👋 Сәлеметсіз бе! Мен — Bagdar. Қазақстандық студенттерге шетелде қайда оқитынын және оқуды қалай қаржыландыратынын таңдауға көмектесемін.

    Сауалнамадан өтіңіз (/quiz), мен сізге сай елдерді табамын. Немесе досыңыздан сұрағандай, өз сөзіңізбен сұраңыз — мысалы, төмендегі сұрақтар сияқты.
ask-thanks = 🙂 Оқасы жоқ! Шетелде оқу туралы тағы сұраңыз немесе сауалнамадан өтіңіз: /quiz.
ask-example-living-china = Қытайда тұрғын үй қанша тұрады?
ask-example-eligibility-bolashak = «Болашаққа» кім өтінім бере алады?
ask-example-work-south-korea = Кореяда оқып жүріп жұмыс істеуге бола ма?
ask-topic-cost = оқу құны
ask-topic-living = тұрғын үй және тұрмыс шығыны
ask-topic-deadline = мерзімдер мен күндер
ask-topic-eligibility = кім өтінім бере алады
ask-topic-coverage = нені өтейді
ask-topic-obligations = міндеттемелер
ask-topic-work = оқу кезінде және одан кейін жұмыс
ask-topic-admission = оқуға түсу және емтихандар
ask-topic-duration = оқу мерзімі
ask-topic-language = оқыту тілі
ask-topic-visa = виза және қашықтық
ask-topic-community = Қазақстаннан барған студенттер
ask-topic-reputation = беделі мен сапасы
ask-topic-fields = мамандықтар
ask-topic-places = қай жерде оқуға болады
ask-topic-motives = жастар шетелге неге оқуға кетеді

## Share: the results card (a picture) and a link for parents

share-card-title = Шетелде қайда оқи аламын
share-card-subtitle = Bagdar жауаптарыма қарай таңдады: маған сай елдер және оқуды төлеу жолдары.
share-card-destinations = Маған сай елдер
share-card-funding = Қалай төлеуге болады
share-card-cost = Өз қаражатыммен жылына { $cost }
share-card-languages = Оқыту тілі: { $languages }
share-card-footer = Әр деректің ресми дереккөзі бар: Telegram-дағы { $bot } · { $date }
share-card-neutral = Bagdar рейтингіндегі орын үшін ешбір ЖОО немесе агенттік ақы төлемейді.
share-caption = 📤 Нәтижелеріңіздің карточкасы. Оны ата-анаңызға жіберіңіз немесе мына сілтемені беріңіз: олар дәл осы елдер мен төлеу жолдарын өз тілінде көреді, сіздің жауаптарыңызсыз.
    { $link }
share-forward-button = 📨 Сілтемені жіберу
share-forward-text = Bagdar бойынша шетелде қайда оқи алатыным және оны қалай төлеуге болатыны:

## Results layout

results-summary-score = { $score }% ({ $total } өлшемнің { $known } өлшемі бойынша)
results-summary-score-all = { $score }% (барлық { $total } өлшем бойынша)
results-summary-gap-tuition = Бір жылдың құны: оқу ақысының тексерілген сомасы жоқ
results-summary-gap-living = Бір жылдың құны: өмір сүру құнының тексерілген сомасы жоқ
results-summary-gap-stale = Бір жылдың құны: деректер тым ескі
results-summary-gap-rates = Бір жылдың құны: бұл валютаның бағамы жоқ
results-summary-pay = 💰 Қалай төлеуге болады: <b>{ $route }</b> · { $extent }
results-summary-extent-full = оқу және тұру
results-summary-extent-partial = шығынның бір бөлігі
results-summary-extent-none = түсуге көмек, ақшасыз
results-summary-no-route = 💰 Мұнда жауаптарыңызға сай грант не стипендия әзірге жоқ: шығынды өзіңіз төлейсіз.
results-summary-obligations = ⚠️ — міндеттемесі бар төлем жолы (еңбекпен өтеу, елге оралу, кепіл): «💰 Қаржыландыру туралы толық» бөлімін қараңыз.
results-summary-tap = 👇 Елді басыңыз: себептері, шығындары, төлем жолдары және дереккөздері.
results-summary-more = Келесі елдер
results-card-button = 📖 Ел туралы толық
results-details-funding = ⚠️ — төлем жолының міндеттемелері бар: «💰 Қаржыландыру туралы толық» оларды барлық елдеріңіз үшін бір рет көрсетеді.
funding-serves = Қай елдер үшін: { $destinations }
share-card-pay = Қалай төлеуге болады: { $route }
share-card-pay-none = Стипендия әзірге жоқ: өз қаражатыңызбен
shared-obligations = ⚠️ — міндеттемесі бар төлем жолы: олар төменде жазылған.
