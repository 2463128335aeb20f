## Start and language

welcome =
    👋 <b>Здравствуйте, я Bagdar.</b>
    Я помогаю студентам из Казахстана решить, где учиться за рубежом и как оплатить учёбу.

    Ответьте на { $count ->
        [one] { $count } короткий вопрос
        [few] { $count } коротких вопроса
       *[many] { $count } коротких вопросов
    } (это около минуты) — и получите рейтинг стран лично для вас: с причинами, фактами, на которых они основаны, и подходящими стипендиями.

    🤝 Ни один вуз или агентство не платит за место в моём рейтинге. У каждого факта есть официальный источник.

    Выберите язык:
language-choose = Выберите язык:
language-set = ✅ Выбран русский язык. Готовы? Нажмите кнопку, чтобы начать опрос.
language-set-with-results = ✅ Выбран русский язык. /results покажет ваши последние результаты на русском — или начните новый опрос.
language-set-in-quiz = ✅ Выбран русский язык. Вот текущий вопрос на русском:
start-quiz-button = ▶️ Начать опрос

## Help and cancel

help =
    <b>Bagdar</b> помогает выбрать, в какой стране учиться и как оплатить учёбу.

    /quiz — пройти опрос ({ $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
       *[many] { $count } вопросов
    })
    /results — снова посмотреть последние результаты
    /profile — ваши ответы: измените один и получите новые результаты
    /compare — сравнить 2–3 страны между собой
    /country — карточка страны: расходы, поступление, работа, финансирование
    /language — сменить язык
    /reminders — ваши напоминания о сроках
    /privacy — что Bagdar хранит о вас и зачем
    /forget — удалить всё о вас
    /cancel — остановить опрос
    /help — это сообщение

    💬 Или просто напишите вопрос своими словами, например «общежитие в России?» или «отработка Болашак»: я отвечу по базе знаний с источниками или честно скажу, что не знаю.

    Рейтинг составляется по фактам с официальными источниками; за место в нём никто не платит. Прежде чем подавать заявку, всегда проверяйте сроки и правила на официальной странице.
cancel-done = Опрос остановлен. Отправьте /quiz, когда захотите начать заново.
cancel-nothing = Отменять нечего. Отправьте /quiz, чтобы начать опрос.

## Anything else

button-outdated = Эта кнопка больше не работает.
group-private-only = 👋 Я общаюсь с каждым студентом в личном чате, чтобы ваши ответы оставались только вашими. Откройте <a href="https://t.me/{ $bot }">t.me/{ $bot }</a> и отправьте /start.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы узнать, что я умею.
unhandled-text = Я не понял это сообщение. Напишите вопрос своими словами, отправьте /quiz, чтобы пройти опрос, или /help — список команд.
unhandled-media = Я понимаю только кнопки и команды. Отправьте /quiz, чтобы начать опрос, или /help для справки.
error-try-again = Что-то пошло не так на моей стороне. Попробуйте ещё раз чуть позже.

## Commands menu

command-start = Начать и выбрать язык
command-quiz = Пройти опрос
command-results = Мои последние результаты
command-language = Сменить язык
command-help = Что умеет Bagdar
command-cancel = Остановить опрос

## Questionnaire

quiz-situation-question = Где вы сейчас?
situation-school = Заканчиваю школу (или колледж)
situation-university-1 = Вуз в Казахстане, 1 курс
situation-university-2 = Вуз в Казахстане, 2 курс
situation-university-3 = Вуз в Казахстане, 3 курс
situation-university-4-plus = Вуз в Казахстане, 4 курс или старше
situation-graduated = Окончил(а) вуз
situation-working = Работаю

quiz-level-question = На какую ступень обучения вы хотите поступить?
level-bachelor = Бакалавриат
level-master = Магистратура
level-doctorate = Докторантура (PhD)

status-school-leaver = выпускники школ
status-university-student = студенты казахстанских вузов
status-graduate = выпускники вузов
status-working = работающие

quiz-budget-question = Сколько ваша семья может тратить в год на учёбу и проживание?
budget-scholarship-only = Только с полной стипендией
budget-under-2m = До 2 млн ₸
budget-2m-5m = От 2 до 5 млн ₸
budget-5m-10m = От 5 до 10 млн ₸
budget-over-10m = Больше 10 млн ₸
budget-usd-range = { $label } (≈ { $low }–{ $high } $)
budget-usd-from = { $label } (≈ от { $low } $)

quiz-languages-question = На каких языках вы могли бы учиться уже сейчас?
language-kk = казахский
language-ru = русский
language-en = английский
language-zh = китайский
language-ko = корейский
language-de = немецкий
language-tr = турецкий
language-cs = чешский
language-pl = польский
language-hu = венгерский
language-fr = французский
language-ja = японский
language-it = итальянский

quiz-learn-question = Готовы ли вы потратить подготовительный год на изучение нового языка?
quiz-learn-yes = Да, я не против
quiz-learn-no = Нет, лучше без этого

quiz-field-question = Что вы хотите изучать?
field-engineering-it = Инженерия и IT
field-natural-sciences = Естественные науки
field-medicine = Медицина
field-business-economics = Бизнес и экономика
field-social-humanities = Право, социальные и гуманитарные науки
field-education = Образование и педагогика
field-arts-design = Искусство и дизайн

quiz-priorities-question = Что для вас важнее всего?
priority-low-cost = Низкая стоимость
priority-close-to-home = Близко к дому и семье
priority-prestige = Престиж и качество
priority-career-links = Карьера и работодатели
priority-new-culture = Новый язык и культура
priority-work-abroad = Работа за рубежом после учёбы

quiz-plan-question = Что вы планируете делать после окончания учёбы?
plan-return = Вернуться в Казахстан
plan-stay-abroad = Остаться и работать за рубежом
plan-unsure = Пока не знаю

quiz-english-question = Какой у вас уровень английского?
english-none = Не владею английским
english-a2 = Базовый (A2)
english-b1 = Средний (B1)
english-b2 = Выше среднего (B2, IELTS 5,5–6,5)
english-c1 = Продвинутый (C1+, IELTS 7+)

quiz-multi-hint = Выберите до { $max } { $max ->
        [one] варианта
       *[other] вариантов
    } и нажмите «Готово».
quiz-multi-hint-all = Выберите все подходящие варианты и нажмите «Готово».
quiz-back = ◀️ Назад
quiz-done = Готово ✓ ({ $count })
quiz-choose-between = Выберите от { $min } до { $max } { $max ->
        [one] варианта
       *[other] вариантов
    }.
quiz-stale-button = Этот вопрос уже закрыт. Пожалуйста, ответьте на последний.
quiz-use-buttons = ☝️ Пожалуйста, отвечайте кнопками под вопросом.
quiz-answer-not-saved = ⚠️ Ваш последний ответ до меня не дошёл (сбой связи на моей стороне). Пожалуйста, ответьте на этот вопрос ещё раз:
quiz-too-long = Опрос длился слишком долго. Отправьте /quiz, чтобы начать заново.
quiz-finished = 🎉 Спасибо! Вот страны, которые подходят вам лучше всего.

## Results

results-title = <b>🧭 Подходящие вам страны</b>
results-neutrality = <i>Страны отсортированы по тому, насколько они соответствуют вашим ответам. Ни один вуз или агентство не платит за место в этом списке.</i>
results-rates-date = ₸ по курсу Нацбанка на { $date }
results-source = источник
results-source-research = научная статья, 2021
results-source-checked = проверено { $date }
results-fact-stale = проверено больше года назад — уточните на официальной странице
results-official-page = официальная страница
results-basis = 📊 Оценка по { $known } из { $total } { $total ->
        [one] критерия
       *[other] критериев
    }
results-no-data = Нет проверенных данных: { $items } — в оценке не учтено. Проверьте: { $page }
results-basis-all = 📊 Оценка по всем { $total } { $total ->
        [one] критерию
       *[other] критериям
    }
results-funding-title = Как оплатить учёбу:
results-none = У вас пока нет результатов. Отправьте /quiz, чтобы пройти опрос.
results-none-short = Результатов пока нет: отправьте /quiz.
results-more-button = Ещё страны ▶️
results-funding-button = 💰 Подробнее о финансировании
results-restart-button = 🔄 Начать заново
results-language-button = 🌐 Язык

## Funding

funding-title = <b>💰 Подходящее финансирование</b>
funding-none = В моей базе знаний пока нет способа финансирования, который подходит под эти ответы.
funding-extent-full = покрывает учёбу и проживание
funding-extent-partial = покрывает часть расходов
funding-extent-none = помогает поступить, но не даёт денег
funding-extent-own = платите сами
funding-covers = Покрывает
funding-levels = Уровни
funding-official-page = официальная страница
funding-scam-warning = ⚠️ Настоящие стипендии никогда не берут плату за заявку или «оформление». Подавайте заявки только через официальные страницы.
covers-tuition = обучение
covers-living = расходы на жизнь
covers-housing = жильё
covers-travel = проезд
covers-insurance = медицинская страховка
covers-visa = виза
covers-language-year = год изучения языка
covers-study-materials = учебные материалы

## Reasons: why a destination or a funding route fits, or does not

reason-level-offered = { $destination }: { $level } — обучение { $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }.
reason-level-no-data = Нет проверенных данных: «{ $level }» — в оценке не учтено. Проверьте: { $page }
reason-language-ok = { $languageCount ->
        [one] Язык обучения вам подходит
       *[other] Языки обучения вам подходят
    }: { $language }.
reason-language-english-below = Программы на английском обычно требуют B2, а ваш уровень — { $english }: готовьтесь к экзамену, например IELTS.
reason-language-missing-prep-year = Язык обучения — { $language }: подготовительный языковой год поможет его освоить.
reason-language-missing = { $languageCount ->
        [one] Язык
       *[other] Языки
    } обучения — { $language }: { $languageCount ->
        [one] на нём
       *[other] ни на одном из них
    } вы пока учиться не можете.
reason-budget-fits = Год стоит { $cost } — укладывается в ваш бюджет.
reason-budget-partly = Год стоит { $cost } — на верхней границе вашего бюджета (до { $budgetMaxKzt }).
reason-budget-over = Год стоит { $cost } — больше вашего бюджета (до { $budgetMaxKzt }).
reason-budget-scholarship-only = Год стоит { $cost } — понадобится стипендия, которая это покроет.
reason-cost-unknown = { $destination }: у меня нет проверенных данных о стоимости обучения — смотрите страницу каждого вуза.
reason-living-cost-unknown = { $destination }: проверенных данных о расходах на жизнь у меня пока нет, поэтому суммы за год нет — смотрите страницу каждого вуза.
reason-cost-housing-only = Из расходов на жизнь у меня проверена только стоимость общежития; еда и остальное — отдельно.
reason-free-tuition-route = { $route } — без платы за обучение.
reason-free-route-living-fits = При бесплатном обучении остаются только расходы на жизнь — { $cost } в год, и это укладывается в ваш бюджет.
reason-living-costs-remain = Даже при бесплатном обучении расходы на жизнь — ваши: { $cost } в год.
reason-living-costs-remain-unknown = Даже при бесплатном обучении жильё и расходы на жизнь вы оплачиваете сами.
reason-budget-full-funding = { $funding } { $fundingNumber ->
        [plural] могут
       *[other] может
    } покрыть здесь и учёбу, и проживание.
reason-no-scholarship-route = В моей базе знаний здесь нет ни бесплатных мест, ни полной стипендии для вашего уровня.
reason-priority-strong = Сильная сторона — то, что для вас важно: { $priority }.
reason-priority-some = Частично отвечает вашему приоритету: { $priority }.
reason-priority-no-data = Нет проверенных данных: «{ $priority }» — в оценке не учтено. Проверьте: { $page }
reason-close = Близко к дому и семье.
reason-far = Далеко от Казахстана.
reason-visa-free = Гражданам Казахстана виза не нужна.
reason-work-after = Выпускники могут остаться и работать.
reason-work-after-job-search = После выпуска можно остаться, чтобы искать работу.
reason-work-after-not-allowed = Со студенческим статусом работать после выпуска нельзя.
reason-funding-covers-full = { $funding } { $fundingNumber ->
        [plural] оплачивают
       *[other] оплачивает
    }: { $covers }.
reason-funding-covers-partial = { $funding } { $fundingNumber ->
        [plural] оплачивают
       *[other] оплачивает
    } часть расходов: { $covers }.
reason-funding-covers-varies = { $funding }: что именно оплачивается, зависит от конкретного гранта.
reason-funding-way-in = { $destination }: { $funding } { $fundingNumber ->
        [plural] помогают поступить, но денег не дают
       *[other] помогает поступить, но денег не даёт
    }.
reason-funding-own-funds = { $destination }: собственные средства — учёбу оплачивает ваша семья.
reason-funding-level = { $funding } { $fundingNumber ->
        [plural] подходят
       *[other] подходит
    } для вашего уровня: { $level }.
reason-funding-needs-work-experience = { $funding }: нужен стаж работы не менее { $years } { $years ->
        [one] года
       *[other] лет
    }.
reason-funding-language-ok = { $funding } { $fundingNumber ->
        [plural] требуют
       *[other] требует
    } знания языка: { $language } — { $test }; это у вас есть.
reason-funding-language-required = { $funding } { $fundingNumber ->
        [plural] требуют
       *[other] требует
    } знания языка: { $language } — { $test }.
reason-funding-english-short = { $funding }: требуется { $test }; вы указали: { $english }.
reason-funding-competitive = { $funding } — это конкурс: подавайте заявку, но держите запасной план.
reason-funding-living-not-covered = { $funding } { $fundingNumber ->
        [plural] не покрывают
       *[other] не покрывает
    } расходы на жизнь.
reason-funding-work-off = Обязательство: отработка в Казахстане { $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } после выпуска.
reason-funding-work-off-unspecified = Обязательство: отработка в Казахстане после выпуска.
reason-funding-return-home = Обязательство: вернуться и жить в Казахстане { $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }.
reason-funding-return-home-unspecified = Обязательство: вернуться в Казахстан после учёбы.
reason-funding-collateral = Обязательство: залог недвижимости или поручительство до подписания договора.
reason-funding-language-course = Обязательство: пройти языковой курс.
reason-funding-repay-if-broken = Если нарушить условия, деньги придётся вернуть.
reason-funding-window-open = { $funding }: приём заявок открыт до { $closes }.
reason-funding-window-upcoming = { $funding }: приём заявок начнётся { $opens }.
reason-funding-window-closed = { $funding }: приём заявок закрылся { $closes }; ждите следующего набора.
reason-plan-return-obligation = { $funding }: вы планируете вернуться, так что обязательство вернуться или работать в Казахстане вам подходит.
reason-required-funds = Для визы нужно показать или заблокировать { $cost } на проживание; я считаю эту сумму вашими расходами на жизнь за год.
reason-required-funds-over-budget = Для одной только визы нужно показать { $cost } на проживание — больше вашего бюджета (до { $budgetMaxKzt }), и это без платы за обучение.
reason-living-over-budget = Одно проживание здесь стоит { $cost } в год — больше вашего бюджета (до { $budgetMaxKzt }), и это без платы за обучение.
reason-field-strong = { $destination }: сильная сторона — { $field }.
reason-field-some = { $destination }: неплохой выбор для сферы «{ $field }».
reason-field-no-data = Нет проверенных данных: «{ $field }» — в оценке не учтено. Проверьте: { $page }
reason-route-tests = { $route }. Экзамены: { $test }.
reason-funding-work-experience-ok = { $funding }: нужен стаж работы { $years } { $years ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } — он у вас есть.
reason-funding-needs-enrolment = { $funding }: только для студентов казахстанских вузов.
reason-funding-status-required = { $funding }: подать заявку могут { $status }.
reason-funding-language-prep-year = { $funding }: нужен { $language } — { $test }; этого уровня вы достигнете за подготовительный год.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = Дополнительный вопрос: от ответа зависят некоторые стипендии в ваших результатах.
quiz-work-question = Сколько лет вы проработали на полную ставку?
work-none = Пока нет
work-one = Около года
work-two-three = 2–3 года
work-four-plus = 4 года и больше
quiz-age-question = Сколько вам будет лет, когда вы будете подавать документы?
age-under-21 = Меньше 21
age-21-24 = 21–24
age-25-29 = 25–29
age-30-34 = 30–34
age-35-39 = 35–39
age-40-plus = 40 и больше

## Costs: one cost model behind every screen (each figure keeps its meaning: up to, from, about)

cost-range = { $low } – { $high }
cost-exact = { $amount }
cost-about = около { $amount }
cost-about-range = примерно { $low } – { $high }
cost-up-to = до { $high }
cost-up-to-about = примерно до { $high }
cost-from = от { $low }
cost-from-about = примерно от { $low }
cost-per-year = { $amount } в год
cost-per-semester = { $amount } за семестр
cost-per-month = { $amount } в месяц
cost-yearly = 💸 Год за свой счёт: { $cost }
cost-yearly-level = 💸 Год за свой счёт ({ $level }): { $cost }
cost-yearly-partial = { $covers ->
        [housing-food] в проживании учтены только жильё и питание: транспорт и остальное — сверху
       *[housing] в проживании учтено только жильё: питание и остальное — сверху
    }
cost-degree = 🎓 Вся учёба ({ $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }): { $cost }
cost-gap-tuition = Суммы за целый год нет: нет проверенной платы за обучение ({ $level }).
cost-gap-living = Суммы за целый год нет: нет проверенной стоимости жизни.
cost-gap-stale = Суммы за целый год нет: имеющиеся данные слишком устарели.
cost-gap-rates = Суммы за целый год нет: нет курса для этой валюты.
cost-tuition = Обучение ({ $level })
cost-tuition-segment = Обучение ({ $level }, { $segment })
cost-tuition-missing = Обучение ({ $level }): суммы нет.
cost-segment-public = государственные вузы
cost-segment-private = частные вузы
cost-segment-national-language = на языке страны
cost-segment-english-taught = на английском
cost-living = Проживание
cost-living-where = Проживание ({ $where })
cost-living-missing = Проживание: суммы нет.
cost-where-capital = столица
cost-where-other-cities = другие города
cost-covers-housing = только жильё
cost-covers-housing-food = жильё и питание
cost-required-funds = Средства для визы
cost-required-funds-where = Средства для визы ({ $where })
cost-required-funds-amount = { $amount } в месяц на { $months } { $months ->
        [one] месяц
        [few] месяца
       *[other] месяцев
    }
cost-in-kzt = ≈ { $cost }
cost-in-kzt-monthly = ≈ { $monthly } в месяц, { $yearly } в год
cost-in-kzt-total = ≈ { $cost } всего
cost-as-of = данные на { $asOf }
cost-stale = устаревшие данные ({ $asOf }), не учтены: проверьте на официальной странице
results-page-old = устаревшая страница: проверьте на официальном сайте
window-announced = { $cycle }: { $dates }
window-last-cycle = { $cycle }: { $dates }; новые сроки ещё не объявлены
window-until = до { $closes }
window-from = с { $opens }

## Destination cards (/country)

country-choose = 🌍 Выберите страну, чтобы открыть её карточку: расходы, поступление, право на работу и финансирование — у каждого факта есть источник.
country-not-found = Карточки этой страны у меня пока нет. Выберите одну из этих:
explore-compare-button = ⚖️ Сравнить с другими
explore-students = Здесь учатся около { $count } { $count ->
        [one] студента
       *[other] студентов
    } из Казахстана ({ $year }).
explore-highlights = 📌 Коротко
explore-costs = 💸 Расходы
explore-study = 📚 Языки и сроки обучения
explore-prep-year = есть подготовительный языковой год
explore-degree-years = { $level }: { $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }
explore-admission = 🧭 Как поступить
explore-route-free = бесплатно
explore-route-paid = платно
explore-route-tests = Экзамены: { $tests }
explore-life = 🧳 Работа и виза
explore-work = Во время учёбы: { $during }. После выпуска: { $after }.
explore-work-during-allowed = работать можно
explore-work-during-limited = работать можно ограниченное число часов
explore-work-during-not-allowed = работать нельзя
explore-work-after-allowed = можно остаться и работать
explore-work-after-job-search-permit = можно остаться на время, чтобы искать работу
explore-work-after-not-allowed = права остаться и работать нет
explore-work-unknown = Право на работу: проверенных сведений пока нет; уточните в международном отделе вуза.
explore-visa-required = Гражданам Казахстана нужна студенческая виза.
explore-visa-free = Гражданам Казахстана виза не нужна.
explore-funding = 💰 Финансирование, которое можно использовать здесь
explore-funding-anywhere = Также подходят для любой страны:
explore-check-official = Правила и цены меняются: перед подачей документов проверьте официальную страницу.

## Commands menu: exploring beyond the questionnaire

command-profile = Мои ответы: изменить один
command-compare = Сравнить 2–3 страны
command-country = Карточка страны

## Privacy, consent and /forget

command-privacy = Ваши данные и конфиденциальность
command-forget = Удалить всё обо мне
command-reminders = Мои напоминания о сроках
privacy-text =
    🔒 <b>Ваши данные в Bagdar</b>

    <b>Что я храню</b> — только под номером этого чата (не ваше имя, имя пользователя или номер телефона):
    • выбранный вами язык;
    • ваши последние ответы на опрос, чтобы снова показать результаты;
    • незаконченный опрос, чтобы вы могли продолжить;
    • ваш ответ об анонимной статистике и регион, если вы его указали;
    • напоминания о сроках, которые вы попросили.

    <b>Где</b>: на сервере Bagdar, в базе данных Redis или в файлах. Никому не передаётся.

    <b>Как долго</b>: если от вас 90 дней нет сообщений, всё удаляется, кроме напоминаний. Напоминание удаляется, как только оно отправлено или вы его отменили.

    <b>Зачем</b>: чтобы показывать ваши результаты, продолжать опрос, говорить на вашем языке и напоминать о сроках.

    <b>Анонимная статистика</b> — только если вы согласны: ваши ответы (ступень обучения, бюджет, языки, направление, приоритеты, планы после учёбы, страна на первом месте, регион) добавляются в месячные итоги — без Telegram id, имени и точной даты, — чтобы вузы и те, кто определяет образовательную политику, видели, чего хотят студенты. Числа меньше 5 никогда не показываются. Если позже вы откажетесь или отправите /forget, ваши последние учтённые ответы будут вычтены из итогов.

    /forget удаляет всё о вас сразу.
privacy-status-yes = 📊 Анонимная статистика: <b>включена</b>. Спасибо!
privacy-status-no = 📊 Анонимная статистика: <b>выключена</b>.
privacy-status-unset = 📊 Анонимная статистика: вы ещё не ответили, поэтому ничего не учитывается.
privacy-region = 📍 Регион: { $region }
privacy-consent-on-button = ✅ Учитывать мои ответы анонимно
privacy-consent-off-button = ⏹ Больше не учитывать
privacy-region-button = 📍 Регион
privacy-forget-button = 🗑 Удалить мои данные
consent-question =
    📊 <b>Ещё один вопрос.</b> Можно ли Bagdar анонимно учесть эти ответы, чтобы вузы и те, кто определяет образовательную политику, видели, чего хотят студенты?

    Хранятся только итоги за месяц: без имени, без Telegram id, без точной даты. Передумать можно в любой момент в /privacy.
consent-yes-button = ✅ Да, учитывайте
consent-no-button = Нет, спасибо
consent-thanks = 🙏 Спасибо! Ваши ответы учтены анонимно. Отказаться можно в любой момент в /privacy.
consent-declined = 👌 Ничего не будет учитываться. Изменить это можно в любой момент в /privacy.
region-question = 📍 Если хотите, укажите, где в Казахстане вы живёте. Это попадёт только в анонимные итоги.
region-skip-button = Не хочу указывать
region-saved = 📍 Спасибо: { $region }. Изменить можно в /privacy.
region-skipped = 👌 Хорошо, без региона. Добавить его можно позже в /privacy.
region-not-given = не указан
region-astana = Астана
region-almaty-city = Алматы (город)
region-shymkent = Шымкент
region-abai = Абайская область
region-akmola = Акмолинская область
region-aktobe = Актюбинская область
region-almaty-region = Алматинская область
region-atyrau = Атырауская область
region-east-kazakhstan = Восточно-Казахстанская область
region-jambyl = Жамбылская область
region-jetisu = Жетысуская область
region-karaganda = Карагандинская область
region-kostanay = Костанайская область
region-kyzylorda = Кызылординская область
region-mangystau = Мангистауская область
region-north-kazakhstan = Северо-Казахстанская область
region-pavlodar = Павлодарская область
region-turkistan = Туркестанская область
region-ulytau = Улытауская область
region-west-kazakhstan = Западно-Казахстанская область
forget-confirm =
    🗑 <b>Удалить всё, что Bagdar хранит о вас?</b>
    Ваш язык, ответы, незаконченный опрос, ответ о статистике, регион и напоминания будут удалены сейчас. Отменить это нельзя.
forget-confirm-button = 🗑 Да, удалить всё
forget-cancel-button = Нет, оставить
forget-done = ✅ Готово: всё, что Bagdar хранил о вас, удалено. Сообщения этого чата хранит Telegram — очистить чат можно самостоятельно. Отправьте /start, чтобы начать заново.
forget-cancelled = 👌 Ничего не удалено.

## Deadline reminders

reminders-offer = 🔔 <b>Напоминания о сроках.</b> Нажмите на стипендию — я напишу за 30, 7 и 1 день до окончания приёма заявок.
reminders-subscribe-button = 🔔 { $funding } — { $date }
reminders-subscribed-short = 🔔 Напоминание включено
reminders-subscribed = 🔔 Готово, напоминание включено: <b>{ $funding }</b>, срок подачи — { $date }. { $count ->
        [1] Впереди одно напоминание — { $first }.
        [one] Впереди { $count } напоминание, первое — { $first }.
        [few] Впереди { $count } напоминания, первое — { $first }.
       *[other] Впереди { $count } напоминаний, первое — { $first }.
    } /reminders покажет и отменит их.
reminders-unavailable = Для этого срока больше нет даты, о которой я мог бы напомнить. Проверьте официальную страницу.
reminders-none = 🔕 У вас нет напоминаний. В результатах откройте «💰 Подробнее о финансировании»: у стипендий с точной датой окончания приёма есть кнопка 🔔.
reminders-title = 🔔 <b>Ваши напоминания о сроках</b>
reminders-item = • <b>{ $funding }</b>: срок { $date }; следующее напоминание { $next } ({ $days ->
        [1] накануне
        [one] за { $days } день
        [few] за { $days } дня
       *[other] за { $days } дней
    })
reminders-cancel-hint = Чтобы отменить напоминание, нажмите кнопку ниже.
reminders-cancel-button = ❌ { $funding }
reminders-cancelled = Напоминание отменено
reminder-due = 🔔 <b>{ $funding }</b>: приём заявок заканчивается { $days ->
        [0] сегодня
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дня
       *[other] через { $days } дней
    }, { $date }. Проверьте, какие документы нужны, и подайте заявку на официальной странице.
reminder-footer = /reminders — ваши напоминания

## Statistics for administrators

stats-title = 📊 <b>Анонимная статистика</b> (студенты, согласившиеся на учёт)
stats-students = Учтено студентов: { $all } за все месяцы, { $month } за { $period }.
stats-hidden = скрыто: { $count }
stats-dimension-plan = Планы после учёбы
stats-dimension-level = Ступень
stats-dimension-budget = Бюджет
stats-dimension-field = Сфера обучения
stats-dimension-language = Языки
stats-dimension-priority = Приоритеты
stats-dimension-region = Регион
stats-dimension-first = На первом месте
stats-first-none = ничего не подошло
stats-suppressed-note = <i>Числа меньше 5 показаны как «&lt;5» или скрыты — вместе с некоторыми другими, чтобы их нельзя было вычислить, — так никого нельзя выделить.</i>
stats-chart-title = Страны на первом месте и планы после учёбы
stats-chart-subtitle = Студенты, согласившиеся на учёт, все месяцы: { $students }
stats-chart-hidden = скрыто, чтобы защитить малые числа
stats-chart-empty = Пока слишком мало студентов для этой диаграммы.
stats-export-caption = Анонимная статистика по месяцам. Ячейки меньше 5 студентов показаны как <5.

## Deep links and shared results

deep-link-broken = 🔗 Эта ссылка, похоже, повреждена или устарела, поэтому открыть её я не могу. Ничего страшного: вот с чего можно начать.
shared-title = 📤 С вами поделились результатами Bagdar
shared-private = В ссылке только страны и способы оплаты — ответов того, кто поделился, в ней нет.
shared-funding = 💰 Как оплатить учёбу
shared-own-quiz = Хотите свой рейтинг? Пройдите опрос: это около минуты.
shared-compare-button = ⚖️ Сравнить эти страны

## Profile: the saved answers, one changed at a time

results-compare-button = ⚖️ Сравнить
results-share-button = 📤 Поделиться
results-profile-button = ✏️ Изменить ответ
profile-none = Сохранённых ответов пока нет. Отправьте /quiz, чтобы пройти опрос: { $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
       *[many] { $count } вопросов
    }, около минуты.
profile-title = 👤 Ваши ответы
profile-hint = Нажмите на ответ, чтобы изменить его: я сразу пересчитаю результаты, без всего опроса.
profile-not-answered = нет ответа
profile-field-level = Уровень
profile-field-budget = Бюджет
profile-field-languages = Языки
profile-field-willLearnLanguage = Языковой год
profile-field-field = Сфера обучения
profile-field-priorities = Приоритеты
profile-field-plan = Планы
profile-field-english = Английский
profile-field-situation = Сейчас
profile-field-workYears = Опыт работы
profile-field-age = Возраст
profile-cancel-button = ✖️ Оставить как было
profile-edit-cancelled = Ответ остался прежним. /profile покажет все ваши ответы.
profile-updated = ✅ Сохранено. Вот ваши результаты с новым ответом.

## Compare: two or three destinations side by side

compare-choose = ⚖️ Выберите { $min } или { $max } страны для сравнения и нажмите «Сравнить».
compare-preselected = Ваши лучшие страны уже выбраны: нажмите на страну, чтобы заменить её другой.
compare-done = Сравнить ✓ ({ $count })
compare-choose-between = Выберите { $min } или { $max } страны.
compare-again-button = ⚖️ Сравнить другие страны
compare-cost = 💸 Год учёбы и жизни за свой счёт
compare-languages = 🗣 Языки обучения
compare-degree-years = 🎓 Срок обучения
compare-degree-years-level = 🎓 Срок обучения ({ $level })
compare-degree-years-unknown = проверенных данных нет
explore-years = { $span } { $maxYears ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }
compare-admission = 🧭 Как поступить
compare-admission-level = 🧭 Как поступить ({ $level })
compare-admission-none = в моей базе знаний нет способа поступления на этот уровень
compare-funding-fits = 💰 Финансирование, подходящее по вашим ответам
compare-funding-specific = 💰 Финансирование именно для этой страны (если пройти опрос, /compare покажет то, что подходит вам)
compare-funding-none = в моей базе знаний нет ничего именно для этой страны
compare-funding-more = и ещё { $count }
compare-work = 💼 Работа во время учёбы и после
compare-footer = ⚠️ отмечает программы с обязательствами (отработка, возвращение домой, залог) — подробности в карточке страны. Перед решением проверьте каждую цифру на официальной странице.

## Ask in your own words: questions answered from the knowledge base

ask-found-title = 🔎 Вот что говорит моя база знаний:
ask-found-footer = У каждого ответа есть ссылка на источник. Правила меняются: перед подачей документов проверьте официальную страницу. /country покажет полную карточку страны.
ask-unknown = 🤷 Этого я не знаю: проверенного ответа у меня нет. Я знаю об учёбе за рубежом в { $countries } { $countries ->
        [one] стране
       *[other] странах
    }: расходы, поступление, общежития, стипендии, обязательства и право на работу.
ask-unknown-official = Официальные страницы, где можно спросить:
ask-unknown-commands = Попробуйте спросить иначе (например, «общежитие в России») или воспользуйтесь /country, /compare или /quiz.
ask-related = Ещё полезно:
ask-no-data = 🤷 Проверенных данных об этом у меня пока нет, а гадать я не буду.
ask-clarify-country = О какой стране речь ({ $topic })? Выберите ниже или пройдите опрос (/quiz): он подберёт страны под ваш бюджет и планы.
ask-clarify-funding = О каком способе финансирования речь ({ $topic })? Выберите ниже или пройдите опрос (/quiz): он покажет подходящие вам.
ask-greeting =
    👋 Здравствуйте! Я — Bagdar. Помогаю студентам из Казахстана выбрать, где учиться за рубежом и как за это платить.

    Пройдите опрос (/quiz), и я подберу подходящие вам страны. Или спросите своими словами, как спросили бы друга, — например, как в вопросах ниже.
ask-thanks = 🙂 Пожалуйста! Спрашивайте ещё об учёбе за рубежом или пройдите опрос: /quiz.
ask-example-living-china = Сколько стоит жильё в Китае?
ask-example-eligibility-bolashak = Кто может подать на «Болашак»?
ask-example-work-south-korea = Можно ли работать во время учёбы в Корее?
ask-topic-cost = стоимость учёбы
ask-topic-living = жильё и расходы на жизнь
ask-topic-deadline = сроки и даты
ask-topic-eligibility = кто может подать
ask-topic-coverage = что оплачивается
ask-topic-obligations = обязательства
ask-topic-work = работа во время и после учёбы
ask-topic-admission = поступление и экзамены
ask-topic-duration = срок обучения
ask-topic-language = язык обучения
ask-topic-visa = виза и расстояние
ask-topic-community = студенты из Казахстана
ask-topic-reputation = престиж и качество
ask-topic-fields = специальности
ask-topic-places = где можно учиться
ask-topic-motives = почему едут учиться за рубеж

## Share: the results card (a picture) and a link for parents

share-card-title = Где я могу учиться за рубежом
share-card-subtitle = Подобрано Bagdar по моим ответам: подходящие мне страны и способы оплаты.
share-card-destinations = Подходящие страны
share-card-funding = Как оплатить
share-card-cost = { $cost } в год за свой счёт
share-card-languages = Язык обучения: { $languages }
share-card-footer = Каждый факт — с официальным источником: { $bot } в Telegram · { $date }
share-card-neutral = Ни один вуз или агентство не платит за место в рейтингах Bagdar.
share-caption = 📤 Карточка с вашими результатами. Перешлите её родителям или отправьте им ссылку: они увидят те же страны и способы оплаты на своём языке, без ваших ответов.
    { $link }
share-forward-button = 📨 Отправить ссылку
share-forward-text = Вот где я могу учиться за рубежом и как это оплатить — по данным Bagdar:

## Results layout

results-summary-score = { $score }% (по { $known } из { $total } { $total ->
        [one] критерия
       *[other] критериев
    })
results-summary-score-all = { $score }% (по всем { $total } критериям)
results-summary-gap-tuition = Стоимость года: нет проверенной платы за обучение
results-summary-gap-living = Стоимость года: нет проверенной стоимости жизни
results-summary-gap-stale = Стоимость года: данные слишком устарели
results-summary-gap-rates = Стоимость года: нет курса для этой валюты
results-summary-pay = 💰 Как оплатить: <b>{ $route }</b> · { $extent }
results-summary-extent-full = учёба и проживание
results-summary-extent-partial = часть расходов
results-summary-extent-none = помощь с поступлением, без денег
results-summary-no-route = 💰 Гранта или стипендии под ваши ответы здесь пока нет: расходы за ваш счёт.
results-summary-obligations = ⚠️ — способ оплаты с обязательствами (отработка, возвращение домой, залог): см. «💰 Подробнее о финансировании».
results-summary-tap = 👇 Нажмите на страну: причины, расходы, способы оплаты и источники.
results-summary-more = Следующие страны
results-card-button = 📖 Карточка страны
results-details-funding = ⚠️ — у способа оплаты есть обязательства: «💰 Подробнее о финансировании» перечисляет их один раз для всех ваших стран.
funding-serves = Для стран: { $destinations }
share-card-pay = Как оплатить: { $route }
share-card-pay-none = Стипендии пока нет: за свой счёт
shared-obligations = ⚠️ — способ оплаты с обязательствами: они перечислены ниже.
