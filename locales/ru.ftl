## Start and language

welcome =
    👋 <b>Здравствуйте, я Bagdar.</b>
    Я помогаю студентам из Казахстана решить, где учиться за рубежом и как оплатить учёбу.

    Ответьте на 8 коротких вопросов (это около минуты) — и получите рейтинг стран лично для вас: с причинами, фактами, на которых они основаны, и подходящими стипендиями.

    🤝 Ни один вуз или агентство не платит за место в моём рейтинге. У каждого факта есть официальный источник.

    Выберите язык:
language-choose = Выберите язык:
language-set = ✅ Выбран русский язык. Готовы? Нажмите кнопку, чтобы начать опрос.
language-set-with-results = ✅ Выбран русский язык. /results покажет ваши последние результаты на русском — или начните новый опрос.
language-set-in-quiz = ✅ Выбран русский язык. Следующие вопросы будут на русском.
start-quiz-button = ▶️ Начать опрос

## Help and cancel

help =
    <b>Bagdar</b> помогает выбрать, в какой стране учиться и как оплатить учёбу.

    /quiz — пройти опрос (8 вопросов)
    /results — снова посмотреть последние результаты
    /language — сменить язык
    /cancel — остановить опрос
    /help — это сообщение

    Рейтинг составляется по фактам с официальными источниками; за место в нём никто не платит. Прежде чем подавать заявку, всегда проверяйте сроки и правила на официальной странице.
cancel-done = Опрос остановлен. Отправьте /quiz, когда захотите начать заново.
cancel-nothing = Отменять нечего. Отправьте /quiz, чтобы начать опрос.

## Anything else

button-outdated = Эта кнопка больше не работает.
unknown-command = Я не знаю такой команды. Отправьте /help, чтобы узнать, что я умею.
unhandled-text = Пока я работаю только с кнопками. Отправьте /quiz, чтобы начать опрос, или /help, чтобы увидеть список команд.
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

quiz-level-question = На какую ступень обучения вы хотите поступить?
level-bachelor = Бакалавриат
level-master = Магистратура
level-doctorate = Докторантура (PhD)

quiz-budget-question = Сколько ваша семья может тратить в год на учёбу и проживание?
budget-scholarship-only = Только с полной стипендией
budget-under-2m = До 2 млн ₸
budget-2m-5m = От 2 до 5 млн ₸
budget-5m-10m = От 5 до 10 млн ₸
budget-over-10m = Больше 10 млн ₸

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

quiz-learn-question = Готовы ли вы потратить подготовительный год на изучение нового языка?
quiz-learn-yes = Да, я не против
quiz-learn-no = Нет, лучше без этого

quiz-field-question = Что вы хотите изучать?
field-engineering-it = Инженерия и IT
field-natural-sciences = Естественные науки
field-medicine = Медицина
field-business-economics = Бизнес и экономика
field-social-humanities = Право и гуманитарные науки
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
english-b2 = Выше среднего (B2, IELTS 5.5–6.5)
english-c1 = Продвинутый (C1+, IELTS 7+)

quiz-multi-hint = Выберите до { $max } вариантов и нажмите «Готово».
quiz-multi-hint-all = Выберите все подходящие варианты и нажмите «Готово».
quiz-back = ◀️ Назад
quiz-done = Готово ✓ ({ $count })
quiz-choose-between = Выберите от { $min } до { $max } вариантов.
quiz-stale-button = Этот вопрос уже закрыт. Пожалуйста, ответьте на последний.
quiz-use-buttons = ☝️ Пожалуйста, отвечайте кнопками под вопросом.
quiz-too-long = Опрос длился слишком долго. Отправьте /quiz, чтобы начать заново.
quiz-finished = 🎉 Спасибо! Вот направления, которые подходят вам лучше всего.

## Results

results-title = <b>🧭 Ваши направления</b>
results-neutrality = <i>Страны отсортированы по тому, насколько они соответствуют вашим ответам. Ни один вуз или агентство не платит за место в этом списке.</i>
results-yearly-cost = 💸 Примерно { $cost } в год
results-cost-tuition = Обучение
results-cost-living = Проживание
results-cost-required-funds = Средства для визы
results-cost-housing = только жильё
results-cost-per-year = в год
results-cost-per-month = в месяц
results-rates-date = ₸ по курсу Нацбанка на { $date }
results-source = источник
results-source-research = научная статья, 2021
results-fact-stale = проверено больше года назад — уточните на официальной странице
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
       *[other] лет
    }.
reason-level-not-offered = { $destination }: { $level } — в моей базе знаний такого варианта нет.
reason-language-ok = Язык обучения вам подходит: { $language }.
reason-language-english-below = Программы на английском обычно требуют B2, а ваш уровень — { $english }: готовьтесь к экзамену, например IELTS.
reason-language-missing-prep-year = Язык обучения — { $language }: подготовительный языковой год поможет его освоить.
reason-language-missing = Язык обучения — { $language }: на нём вы пока учиться не можете.
reason-budget-fits = Примерно { $cost } в год — укладывается в ваш бюджет.
reason-budget-partly = Примерно { $cost } в год — на верхней границе вашего бюджета (до { $budgetMaxKzt }).
reason-budget-over = Примерно { $cost } в год — больше вашего бюджета (до { $budgetMaxKzt }).
reason-budget-scholarship-only = Стоит примерно { $cost } в год — понадобится стипендия, которая это покроет.
reason-cost-unknown = { $destination }: у меня нет проверенных данных о стоимости обучения — смотрите страницу каждого вуза.
reason-cost-housing-only = Из расходов на жизнь у меня проверена только стоимость общежития; еда и остальное — отдельно.
reason-free-tuition-route = Бесплатное обучение: { $route }.
reason-free-route-living-fits = При бесплатном обучении остаются только расходы на жизнь — примерно { $cost } в год, и это укладывается в ваш бюджет.
reason-living-costs-remain = Даже при бесплатном обучении расходы на жизнь — ваши: примерно от { $cost } в год.
reason-living-costs-remain-unknown = Даже при бесплатном обучении жильё и расходы на жизнь вы оплачиваете сами.
reason-budget-full-funding = { $funding } может покрыть здесь и учёбу, и проживание.
reason-no-scholarship-route = В моей базе знаний здесь нет ни бесплатных мест, ни полной стипендии для вашего уровня.
reason-priority-strong = Сильная сторона — то, что для вас важно: { $priority }.
reason-priority-some = Частично отвечает вашему приоритету: { $priority }.
reason-priority-unmet = Не выделяется тем, что вы выбрали: { $priority }.
reason-close = Близко к дому и семье.
reason-far = Далеко от Казахстана.
reason-visa-free = Гражданам Казахстана виза не нужна.
reason-work-after = Выпускники могут остаться и работать.
reason-work-after-job-search = После выпуска можно остаться, чтобы искать работу.
reason-work-after-not-allowed = Со студенческим статусом работать после выпуска нельзя.
reason-funding-covers-full = { $funding } оплачивает: { $covers }.
reason-funding-covers-partial = { $funding } оплачивает часть расходов: { $covers }.
reason-funding-covers-varies = Что именно оплачивает { $funding }, зависит от конкретного гранта.
reason-funding-way-in = { $destination }: { $funding } помогает поступить, но денег не даёт.
reason-funding-own-funds = { $destination }: собственные средства — учёбу оплачивает ваша семья.
reason-funding-level = { $funding } подходит для вашего уровня: { $level }.
reason-funding-needs-work-experience = { $funding }: нужен стаж работы не менее { $years } { $years ->
        [one] года
       *[other] лет
    }.
reason-funding-language-ok = { $funding } требует знания языка: { $language } ({ $test }) — это у вас есть.
reason-funding-language-required = { $funding } требует знания языка: { $language } ({ $test }).
reason-funding-competitive = { $funding } — это конкурс: подавайте заявку, но держите запасной план.
reason-funding-living-not-covered = { $funding } не покрывает расходы на жизнь.
reason-funding-work-off = Обязательство: отработка в Казахстане { $span } { $maxYears ->
        [one] год
        [few] года
       *[other] лет
    } после выпуска.
reason-funding-work-off-unspecified = Обязательство: отработка в Казахстане после выпуска.
reason-funding-return-home = Обязательство: вернуться и жить в Казахстане { $span } { $maxYears ->
        [one] год
        [few] года
       *[other] лет
    }.
reason-funding-return-home-unspecified = Обязательство: вернуться в Казахстан после учёбы.
reason-funding-collateral = Обязательство: залог недвижимости или поручительство до подписания договора.
reason-funding-language-course = Обязательство: пройти языковой курс.
reason-funding-repay-if-broken = Если нарушить условия, деньги придётся вернуть.
reason-funding-window-open = { $funding }: приём заявок открыт до { $closes }.
reason-funding-window-upcoming = { $funding }: приём заявок начнётся { $opens }.
reason-funding-window-closed = { $funding }: приём заявок закрылся { $closes }; ждите следующего набора.
reason-plan-return-obligation = { $funding }: вы планируете вернуться, так что обязательство вернуться или работать в Казахстане вам подходит.
reason-required-funds = Для визы нужно показать или заблокировать около { $cost } в год на проживание; я считаю эту сумму вашими расходами на жизнь.
reason-required-funds-over-budget = Уже для визы нужно показать около { $cost } в год на проживание — больше вашего бюджета (до { $budgetMaxKzt }), и это без платы за обучение.
reason-living-over-budget = Одно проживание здесь стоит не меньше { $cost } в год — больше вашего бюджета (до { $budgetMaxKzt }), и это без платы за обучение.
reason-field-strong = { $destination }: сильное направление — { $field }.
reason-field-some = { $destination }: неплохой выбор для направления «{ $field }».
reason-route-tests = Для пути «{ $route }» готовьтесь к: { $test }.
reason-funding-work-experience-ok = { $funding }: нужен стаж работы { $years } { $years ->
        [one] год
        [few] года
       *[other] лет
    } — он у вас есть.
reason-funding-work-experience-short = { $funding }: нужен стаж работы не менее { $years } { $years ->
        [one] года
       *[other] лет
    }, а у вас { $workYears }.
reason-funding-age-limit = { $funding }: для уровня «{ $level }» возраст — до { $maxAge } лет.
reason-funding-language-prep-year = { $funding }: нужен { $language } ({ $test }); этого уровня вы достигнете за подготовительный год.

## Follow-up questions (asked only when a scholarship depends on the answer)

quiz-follow-up-hint = Ещё один вопрос: от ответа зависят некоторые стипендии в ваших результатах.
quiz-work-question = Сколько лет у вас стаж работы на полную ставку?
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
