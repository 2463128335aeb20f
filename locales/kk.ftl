## Start and language

welcome =
    👋 <b>Сәлеметсіз бе, мен — Bagdar.</b>
    Қазақстандық студенттерге шетелде қайда оқитынын және оқуды қалай қаржыландыратынын шешуге көмектесемін.

    8 қысқа сұраққа жауап беріңіз (бір минуттай уақыт алады) — сізге сай елдердің рейтингін аласыз: себептерімен, оларды растайтын деректермен және сәйкес стипендиялармен.

    🤝 Менің рейтингімдегі орын үшін ешбір ЖОО немесе агенттік ақы төлемейді. Әр деректің ресми дереккөзі көрсетілген.

    Тілді таңдаңыз:
language-choose = Тілді таңдаңыз:
language-set = ✅ Қазақ тілі таңдалды. Дайынсыз ба? Сауалнаманы бастау үшін түймені басыңыз.
language-set-with-results = ✅ Қазақ тілі таңдалды. /results соңғы нәтижелеріңізді қазақ тілінде көрсетеді. Немесе жаңа сауалнаманы бастаңыз.
language-set-in-quiz = ✅ Қазақ тілі таңдалды. Келесі сұрақтар қазақ тілінде болады.
start-quiz-button = ▶️ Сауалнаманы бастау

## Help and cancel

help =
    <b>Bagdar</b> оқитын елді және оқуды қаржыландыру жолын таңдауға көмектеседі.

    /quiz — сауалнамадан өту (8 сұрақ)
    /results — соңғы нәтижелерді қайта көру
    /language — тілді ауыстыру
    /cancel — сауалнаманы тоқтату
    /help — осы хабарлама

    Рейтинг ресми дереккөздері бар деректер негізінде есептеледі; тізімге енгені үшін ешкім ақы төлемейді. Өтінім бермес бұрын мерзімдер мен ережелерді әрдайым ресми бетте тексеріңіз.
cancel-done = Сауалнама тоқтатылды. Қайта бастағыңыз келсе, /quiz жіберіңіз.
cancel-nothing = Тоқтататын ештеңе жоқ. Сауалнаманы бастау үшін /quiz жіберіңіз.

## Anything else

button-outdated = Бұл түйме енді жұмыс істемейді.
unknown-command = Мұндай команданы білмеймін. Не істей алатынымды көру үшін /help жіберіңіз.
unhandled-text = Әзірге мен тек түймелермен жұмыс істеймін. Сауалнаманы бастау үшін /quiz, командалар тізімін көру үшін /help жіберіңіз.
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

quiz-level-question = Қай деңгейде оқығыңыз келеді?
level-bachelor = Бакалавриат
level-master = Магистратура
level-doctorate = Докторантура (PhD)

quiz-budget-question = Отбасыңыз оқу мен тұруға жылына қанша жұмсай алады?
budget-scholarship-only = Тек толық стипендиямен
budget-under-2m = 2 млн ₸-ге дейін
budget-2m-5m = 2–5 млн ₸
budget-5m-10m = 5–10 млн ₸
budget-over-10m = 10 млн ₸-ден көп

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

quiz-learn-question = Жаңа тіл үйренуге бір дайындық жылын арнауға дайынсыз ба?
quiz-learn-yes = Иә, дайынмын
quiz-learn-no = Жоқ, қаламаймын

quiz-field-question = Қай салада оқығыңыз келеді?
field-engineering-it = Инженерия және IT
field-natural-sciences = Жаратылыстану ғылымдары
field-medicine = Медицина
field-business-economics = Бизнес және экономика
field-social-humanities = Құқық, гуманитарлық ғылымдар
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
english-b2 = Ортадан жоғары (B2, IELTS 5.5–6.5)
english-c1 = Жоғары (C1+, IELTS 7+)

quiz-multi-hint = Ең көбі { $max } нұсқа таңдап, «Дайын» түймесін басыңыз.
quiz-multi-hint-all = Сізге сәйкес келетін нұсқалардың бәрін таңдап, «Дайын» түймесін басыңыз.
quiz-back = ◀️ Артқа
quiz-done = Дайын ✓ ({ $count })
quiz-choose-between = Кемінде { $min }, ең көбі { $max } нұсқа таңдаңыз.
quiz-stale-button = Бұл сұрақ жабылды. Соңғы сұраққа жауап беріңіз.
quiz-use-buttons = ☝️ Сұрақтың астындағы түймелер арқылы жауап беріңіз.
quiz-too-long = Сауалнама тым ұзаққа созылды. Қайта бастау үшін /quiz жіберіңіз.
quiz-finished = 🎉 Рақмет! Міне, сізге ең қолайлы бағыттар.

## Results

results-title = <b>🧭 Сізге сай бағыттар</b>
results-neutrality = <i>Елдер сіздің жауаптарыңызға қаншалықты сәйкес келетініне қарай реттелген. Бұл тізімдегі орын үшін ешбір ЖОО немесе агенттік ақы төлемейді.</i>
results-yearly-cost = 💸 Жылына шамамен { $cost }
results-cost-tuition = Оқу ақысы
results-cost-living = Тұру
results-cost-required-funds = Виза үшін қаражат
results-cost-housing = тек тұрғын үй
results-cost-per-year = жылына
results-cost-per-month = айына
results-rates-date = ₸ Ұлттық банктің { $date } бағамы бойынша
results-source = дереккөз
results-source-research = ғылыми мақала, 2021
results-fact-stale = бір жылдан бұрын тексерілген — ресми беттен нақтылаңыз
results-funding-title = Қаржыландыру жолдары:
results-none = Сізде әзірге нәтиже жоқ. Сауалнамадан өту үшін /quiz жіберіңіз.
results-none-short = Әзірге нәтиже жоқ: /quiz жіберіңіз.
results-more-button = Басқа елдер ▶️
results-funding-button = 💰 Қаржыландыру туралы толық
results-restart-button = 🔄 Қайта бастау
results-language-button = 🌐 Тіл

## Funding

funding-title = <b>💰 Сізге сай қаржыландыру</b>
funding-none = Менің білім қорымда бұл жауаптарға сай келетін қаржыландыру жолы әзірге жоқ.
funding-extent-full = оқу мен тұру шығынын өтейді
funding-extent-partial = шығынның бір бөлігін өтейді
funding-extent-none = түсуге мүмкіндік береді, бірақ ақша бермейді
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
reason-level-not-offered = { $destination }: менің білім қорымда { $level } бойынша нұсқа жоқ.
reason-language-ok = Мұнда білетін тіліңізде оқи аласыз: { $language }.
reason-language-english-below = Ағылшын тіліндегі бағдарламалар әдетте B2 деңгейін талап етеді; сіздің деңгейіңіз — { $english }, сондықтан IELTS сияқты емтиханға дайындалуды жоспарлаңыз.
reason-language-missing-prep-year = Оқыту тілі — { $language }: тілдік дайындық жылы оны меңгеруге көмектеседі.
reason-language-missing = Оқыту тілі — { $language }: сіз әзірге бұл тілде оқи алмайсыз.
reason-budget-fits = Жылына шамамен { $cost } — бюджетіңізге сыяды.
reason-budget-partly = Жылына шамамен { $cost } — бюджетіңіздің жоғарғы шегінде (ең көбі { $budgetMaxKzt }).
reason-budget-over = Жылына шамамен { $cost } — бюджетіңізден асады (ең көбі { $budgetMaxKzt }).
reason-budget-scholarship-only = Жылына шамамен { $cost } тұрады, сондықтан осы шығынды өтейтін стипендия қажет.
reason-cost-unknown = { $destination }: оқу ақысы туралы тексерілген дерек менде жоқ — әр ЖОО-ның бетін қараңыз.
reason-cost-housing-only = Тұру шығынынан менде тек жатақхана құны тексерілген; тамақ пен басқа шығындар бөлек.
reason-free-tuition-route = Тегін оқу жолы: { $route }.
reason-free-route-living-fits = Тегін оқуға түссеңіз, тек өмір сүру шығындарын төлейсіз — жылына шамамен { $cost }, бұл бюджетіңізге сыяды.
reason-living-costs-remain = Тегін оқысаңыз да, өмір сүру шығындары өз мойныңызда: жылына шамамен { $cost } және одан көп.
reason-living-costs-remain-unknown = Тегін оқысаңыз да, тұрғын үй мен тұрмыс шығынын өзіңіз төлейсіз.
reason-budget-full-funding = { $funding } мұнда оқу мен тұру шығынын толық өтей алады.
reason-no-scholarship-route = Менің білім қорымда мұнда сіздің деңгейіңізге арналған тегін оқу орны да, толық стипендия да жоқ.
reason-priority-strong = Сіз қалаған нәрседе мықты: { $priority }.
reason-priority-some = Басымдығыңызға ішінара сай келеді: { $priority }.
reason-priority-unmet = Сіз қалаған нәрсемен ерекшеленбейді: { $priority }.
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
reason-funding-language-ok = { $funding }: { $language } ({ $test }) талап етіледі — бұл сізде бар.
reason-funding-language-required = { $funding }: { $language } ({ $test }) талап етіледі.
reason-funding-competitive = { $funding } — конкурс: өтінім беріңіз, бірақ B жоспарын да ойластырыңыз.
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
reason-required-funds = Виза үшін тұруға жылына шамамен { $cost } көрсету немесе бұғаттау керек; мен бұл соманы өмір сүру шығыныңыз деп есептеймін.
reason-required-funds-over-budget = Тек виза үшін тұруға жылына шамамен { $cost } көрсету керек — бұл бюджетіңізден (ең көбі { $budgetMaxKzt }) көп, оқу ақысын есептемегенде.
reason-living-over-budget = Мұнда тек тұрудың өзі жылына кемінде { $cost } тұрады — бұл бюджетіңізден (ең көбі { $budgetMaxKzt }) көп, оқу ақысын есептемегенде.
reason-field-strong = { $destination }: «{ $field }» бағыты бойынша мықты.
reason-field-some = { $destination }: «{ $field }» бағыты үшін жаман таңдау емес.
reason-route-tests = «{ $route }» жолы үшін дайындалыңыз: { $test }.
reason-funding-work-experience-ok = { $funding }: { $years } жыл жұмыс өтілі керек — ол сізде бар.
reason-funding-work-experience-short = { $funding }: кемінде { $years } жыл жұмыс өтілі керек, ал сізде — { $workYears }.
reason-funding-age-limit = { $funding }: «{ $level }» деңгейіне жасы { $maxAge } жастан кіші үміткерлер қабылданады.
reason-funding-language-prep-year = { $funding }: { $language } ({ $test }) талап етіледі; бұл деңгейге дайындық жылында жетесіз.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = Тағы бір сұрақ: нәтижеңіздегі кейбір стипендиялар осы жауапқа байланысты.
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
