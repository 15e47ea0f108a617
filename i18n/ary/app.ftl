# hechting: every string of the app (Moroccan Arabic, Darija).
# Tone: warm, short and calm; address the reader in the plural (نتوما); for any carer.

-app-name = hechting

## Moment kinds (label + short description in the picker)

kind-cuddle = تعنيقة
    .hint = البيبي لاصق فيكم شوية، غير هكاك بلا سبب.
kind-skin-to-skin = الجلد مع الجلد
    .hint = البيبي عريان على صدركم العريان، ونتوما فايقين ومنتبهين.
kind-massage = ماساج
    .hint = مسحات بشوية بيدين سخونين؛ حبسو ملي يدوّر البيبي وجهو.
kind-feeding = الرضاعة
    .hint = من الصدر ولا بالبيبرون، ونتوما والبيبي منتبهين لبعضياتكم.
kind-eye-contact = العين فالعين
    .hint = تشوفو فالبيبي ويشوف فيكم، غير نتوما وياه.
kind-talking = الهضرة
    .hint = تحكيو ليه آش كاديرو، آش كاتشوفو ولا آش كاتحسو.
kind-singing = الغنا
    .hint = شي غنية ولا شي كلام بالقافية؛ واخا ما كاتعرفوش تغنيو، ماشي مشكل.
kind-reading = القراية
    .hint = شي كتاب صغير مع بعض؛ الصوت ديالكم هو اللي مهم كثر.
kind-play = اللعب
    .hint = تلعبو مع بعض، فالأرض ولا فحجركم.
kind-peekaboo = لعبة كوكو
    .hint = تخبّيو وجهكم وترجعو تبانو.
kind-mirror = المراية
    .hint = تشوفو فالمراية مع بعض وتسمّيو داكشي اللي كاتشوفو.
kind-comfort = التهدين
    .hint = البيبي بكى ونتوما عاونتوه يرتاح ويتهدّن.
kind-bath = الدوش
    .hint = فالبانيو الصغير ولا تدوشو مع بعض، بشوية بشوية.
kind-walk = التسارية
    .hint = تخرجو مع بعض، فالحمّالة ولا فالكروسة.
kind-hard-moment = لحظة صعيبة
    .hint = الأمور ما مشاتش مزيان بيناتكم وبين البيبي شوية. هادشي كايوقع لكلشي.
kind-repair = رجعنا لبعضياتنا
    .hint = من بعد لحظة صعيبة، رجعتو قرّبتو من البيبي ورجع التواصل بيناتكم.
kind-milestone = حاجة جديدة
    .hint = شي حاجة جديدة ولا مميزة باش تعقلو عليها.
kind-other = حاجة خرى
    .hint = لحظة ما كاتدخل فحتى نوع من هادو.

## Tip themes

theme-bonding = الرابطة
theme-touch = اللمس
theme-play = اللعب
theme-talk = الهضرة
theme-soothing = التهدين
theme-routine = الروتين د النهار
theme-carers = ناس خرين كايتهلاو فيه
theme-feelings = الإحساسات
theme-self-care = تهلاو فراسكم

## Phases

phase-expecting = قبل الولادة
    .about = البيبي كايسمع صوتكم من دابا؛ وما كاين لاش تزربو، ولفو بشوية على داكشي اللي جاي.
phase-newborn = مزيود جديد
    .about = من النهار اللول البيبي كايقلب على القرب، ونتوما كاتعلمو تفهمو الإشارات ديالو.
phase-familiar-faces = وجوه كايعرفها
    .about = البيبي كايعرف وجهكم وصوتكم، وكل مرة كايقلب كثر على داكشي اللي ولف.
phase-clear-attachment = التعلّق كايبان
    .about = الرابطة ولات باينة: البيبي كايبغي يكون بالخصوص مع الناس اللي كايعرف وكايتيق فيهم.
phase-explorer = كايكتاشف الدنيا
    .about = نتوما هوما القاعدة الآمنة اللي منها كايخرج ولدكم يكتاشف، وليها كايرجع ملي كايحتاج اللي يهدّنو.
phase-toddler = دري صغير
    .about = ولدكم كايبغي يدير كثر وكثر بوحدو، وباقي محتاجكم بحال ديما.

## Ages

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوم
       *[other] { $days } يوم
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [zero] { $weeks } سيمانة
        [one] سيمانة وحدة
        [two] جوج سيمانات
        [few] { $weeks } سيمانات
        [many] { $weeks } سيمانة
       *[other] { $weeks } سيمانة
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } شهور
        [many] { $months } شهر
       *[other] { $months } شهر
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } شهور
        [many] { $months } شهر
       *[other] { $months } شهر
    } و{ $weeks ->
        [zero] { $weeks } سيمانة
        [one] سيمانة وحدة
        [two] جوج سيمانات
        [few] { $weeks } سيمانات
        [many] { $weeks } سيمانة
       *[other] { $weeks } سيمانة
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [zero] { $years } عام
        [one] عام واحد
        [two] عامين
        [few] { $years } سنين
        [many] { $years } عام
       *[other] { $years } عام
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [zero] { $years } عام
        [one] عام واحد
        [two] عامين
        [few] { $years } سنين
        [many] { $years } عام
       *[other] { $years } عام
    } و{ $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } شهور
        [many] { $months } شهر
       *[other] { $months } شهر
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [zero] ما بقا حتى يوم
        [one] باقي يوم واحد
        [two] باقي يومين
        [few] باقي { $days } أيام
        [many] باقي { $days } يوم
       *[other] باقي { $days } يوم
    }
age-due-today = الموعد ديال الولادة هو اليوم
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [zero] اليوم هو الموعد ديال الولادة
        [one] فات الموعد ديال الولادة بيوم واحد
        [two] فات الموعد ديال الولادة بيومين
        [few] فات الموعد ديال الولادة بـ{ $days } أيام
        [many] فات الموعد ديال الولادة بـ{ $days } يوم
       *[other] فات الموعد ديال الولادة بـ{ $days } يوم
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } (العمر المصحّح: { $corrected })
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [zero] وصل الموعد ديال الولادة
        [one] باقي يوم واحد للموعد ديال الولادة
        [two] باقي يومين للموعد ديال الولادة
        [few] باقي { $days } أيام للموعد ديال الولادة
        [many] باقي { $days } يوم للموعد ديال الولادة
       *[other] باقي { $days } يوم للموعد ديال الولادة
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [zero] ولا لحظة
        [one] لحظة وحدة
        [two] جوج لحظات
        [few] { $count } لحظات
        [many] { $count } لحظة
       *[other] { $count } لحظة
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [zero] { $kind }: ولا مرة
        [one] { $kind }: مرة وحدة
        [two] { $kind }: جوج مرات
        [few] { $kind }: { $count } مرات
        [many] { $kind }: { $count } مرة
       *[other] { $kind }: { $count } مرة
    }

## Errors

error-name-empty = كتبو شي سمية؛ حتى سمية د الدلع كاتمشي.
error-name-too-long = هاد السمية فيها كثر من 80 حرف؛ قصّروها شوية.
error-name-invalid-characters = فالسمية كاين شي حرف ما يمكنش يتسجّل؛ حيّدوه وعاودو جرّبو.
error-dates-missing = كتبو تاريخ الولادة ولا الموعد ديال الولادة.
error-date-invalid = هاد التاريخ ما كاينش؛ ختارو التاريخ من جديد.
error-birth-date-in-future = تاريخ الولادة جا فالمستقبل؛ ختارو اليوم ولا شي نهار قبل، ولا كتبو الموعد ديال الولادة.
error-due-date-too-far = الموعد ديال الولادة بعيد بكثر من 300 يوم؛ عاودو شوفو التاريخ.
error-birth-too-late = تاريخ الولادة جا كثر من 4 سيمانات من بعد الموعد ديال الولادة؛ عاودو شوفو بجوج التواريخ.
error-birth-too-early = تاريخ الولادة جا كثر من 18 سيمانة قبل الموعد ديال الولادة؛ عاودو شوفو بجوج التواريخ.
error-note-too-long = هاد الملاحظة فيها كثر من 4000 حرف؛ قصّروها شوية.
error-caregiver-too-long = السمية فـ«شكون كان مع البيبي؟» طويلة بزاف؛ قصّروها شوية.
error-note-invalid-characters = فهاد الملاحظة كاين شي حرف ما نقدروش نسجّلوه؛ حيّدوه وعاودو جرّبو.
error-caregiver-invalid-characters = فـ«شكون كان مع البيبي؟» كاين شي حرف ما نقدروش نسجّلوه؛ حيّدوه وعاودو جرّبو.
error-kind-unknown = هاد النوع ديال اللحظات ما كانعرفوهش؛ ختارو نوع من اللائحة.
error-time-out-of-range = هاد الوقت ما يمكنش يكون صحيح؛ ختارو وقت آخر.
error-utc-offset-out-of-range = بحال إلا المنطقة الزمنية فالتيليفون ديالكم ماشي مضبوطة؛ شوفوها فالإعدادات ديال التيليفون.
error-duration-out-of-range = هاد المدة ما يمكنش تتسجّل؛ ختارو مدة خرى.
error-limit-out-of-range = ما قدرناش نحمّلو اللائحة؛ عاودو جرّبو.
error-cursor-invalid = اللائحة تبدّلات فهاد الوقت؛ حمّلوها من جديد.
error-days-out-of-range = هاد المدة طويلة بزاف باش تبان؛ ختارو مدة قصر.
error-date-range-reversed = تاريخ النهاية جا قبل تاريخ البداية؛ بدّلو بيناتهم.
error-locale-unknown = هاد اللغة ما كايناش؛ ختارو لغة من اللائحة.
error-theme-unknown = هاد الموضوع ما كانعرفوهش؛ ختارو موضوع من اللائحة.
error-id-invalid = ما لقيناش هادشي؛ رجعو وعاودو جرّبو.
error-import-invalid = هاد الملف ما قدرناش نقراوه؛ ختارو ملف ديال التصدير من { -app-name }.
error-import-format-unsupported = هاد النسخة ديال ملف التصدير مازال ما كانعرفوهاش؛ حدّثو التطبيق وعاودو جرّبو.
error-import-too-large = هاد الملف كبير بزاف باش يتقرا؛ ختارو ملف ديال التصدير صغر.
error-tip-id-invalid = فهاد الملف كاينة شي نصيحة ما قدرناش نقراوها؛ ختارو ملف ديال التصدير من { -app-name }.
error-pairing-code-missing = ديرو الأول كود الربط: نفس الكود فبجوج التيليفونات.
error-pairing-code-too-short = كود الربط خاصو على الأقل 8 حروف؛ شي كلمات ورا بعضياتهم كايمشيو مزيان.
error-pairing-code-too-long = كود الربط فيه كثر من 128 حرف؛ قصّروه شوية.
error-pairing-code-invalid-characters = فكود الربط كاين شي حرف ما كايصلحش؛ حيّدوه وعاودو جرّبو.
error-share-invalid = هاد الملف ماشي باكية ديال { -app-name }؛ عاودو شاركو من التيليفون الآخر.
error-share-not-opened = هاد الباكية ما بغاتش تتحل: فالتيليفون الآخر كاين كود ربط آخر، ولا الملف تبدّل فالطريق. شوفو الكود فبجوج التيليفونات؛ ما تبدّل والو.
error-share-format-unsupported = هاد الباكية جاية من نسخة جديدة ديال { -app-name }؛ حدّثو التطبيق، ما تبدّل والو.
error-share-too-large = هاد الملف كبير بزاف على باكية ديال { -app-name }؛ ختارو ملف آخر.
error-share-own-bundle = هاد الباكية جاية من هاد التيليفون براسو؛ حلّوها فالتيليفون الآخر.
error-child-not-found = هاد الدري ما بقاش فالتطبيق؛ رجعو للصفحة اللولة.
error-moment-not-found = هاد اللحظة ما بقاتش؛ يمكن تمسحات من قبل.
error-tip-not-found = ما لقيناش هاد النصيحة؛ رجعو وختارو وحدة خرى.
error-article-not-found = ما لقيناش هاد المقال؛ رجعو للائحة.
error-backup-not-found = هاد النسخة الاحتياطية ما بقاتش؛ ختارو وحدة خرى.
error-nothing-to-undo = ما بقا والو باش ترجّعوه كيف كان.
error-storage = التسجيل ما نجحش؛ عاودو جرّبو من بعد شوية.
error-storage-full = التيليفون ديالكم عامر، داكشي علاش ما تسجّل والو؛ خوّيو شوية ديال البلاصة وعاودو جرّبو.
error-corrupt = المعلومات ديال التطبيق تخسرو. سدّو الويدجيت ولا شي جزء آخر من التطبيق اللي خدام بيهم، وعاودو جرّبو؛ داكشي اللي كتبتو باقي محفوظ.
error-database-too-new = المعلومات ديالكم جاية من نسخة جديدة ديال { -app-name }؛ حدّثو التطبيق، ما تبدّل والو.
error-interrupted = هادشي تقطع قبل ما يكمل؛ عاودو جرّبو.
error-journal-busy = شي جزء آخر من التطبيق (بحال شي ويدجيت) باقي خدام بالكناش؛ سدّوه وعاودو جرّبو من بعد شوية. ما تبدّل والو.
error-unexpected = وقع شي مشكل ما كانش فالحساب؛ عاودو جرّبو.

## Recovery after damaged data

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = المعلومات ديالكم كانو تخسرو. حفظنا نسخة منهم ورجّعنا النسخة الاحتياطية ديال { $date }.
recovery-started-empty = المعلومات ديالكم كانو تخسرو وما كانت حتى نسخة احتياطية. حفظنا نسخة منهم وبدينا من جديد.

## Welcome

onboarding-welcome-title = مرحبا بيكم فـ{ -app-name }
onboarding-intro-1 = كل نهار نصيحة صغيرة وحدة، على قد العمر ديال البيبي ديالكم.
onboarding-intro-2 = مقالات قصار تقراوهم ملي يساعدكم الوقت.
onboarding-start = يالاه نبداو
onboarding-add-child-title = على البيبي ديالكم
onboarding-name-label = السمية
onboarding-name-hint = مازال ما عندوش سمية؟ حتى سمية د الدلع كاتمشي.
onboarding-born-question = واش البيبي ديالكم تزاد؟
onboarding-born-yes = إيه، تزاد
onboarding-born-no = لا، مازال
onboarding-birth-date-label = تاريخ الولادة
onboarding-due-date-label = الموعد ديال الولادة
onboarding-due-date-hint = تزاد قبل الوقت؟ كتبو حتى الموعد ديال الولادة، باش تجي النصائح مناسبة ليه كثر.
onboarding-twins-hint = توام ولا كثر؟ زيدو كل دري بوحدو.
onboarding-add-another = زيدو دري آخر
onboarding-finish = دخلو للتطبيق
onboarding-privacy-title = كلشي كايبقى عندكم
onboarding-privacy = داكشي اللي كاتكتبو كايبقى فهاد التيليفون. ما كايتصيفط والو.

## Today

home-greeting = فرحانين بيكم
home-greeting-morning = صباح الخير
home-greeting-afternoon = نهاركم مبروك
home-greeting-evening = مسا الخير
home-today-tip-title = النصيحة ديال اليوم
# Variables: $name (string) - the child's name
home-tip-for = نصيحة لـ{ $name }
home-age-heading = العمر
home-corrected-hint = العمر المصحّح: محسوب من الموعد ديال الولادة.
home-due-heading = باقي للموعد ديال الولادة
home-latest-moments = آخر اللحظات
home-log-moment = سجّلو لحظة
home-no-moments = مازال ما كاينة حتى لحظة. سجّلو وحدة ملي يساعدكم الحال؛ حتى تعنيقة كاتحسب.
home-no-tip = اليوم ما كايناش نصيحة جديدة. غير تكونو مع بعض، حتى هادشي كافي.
home-no-tip-hint = تقدرو تشعلو ولا تطفيو المواضيع من الإعدادات.

## Journal

journal-title = الكناش
journal-add = سجّلو لحظة
journal-edit = بدّلو اللحظة
journal-delete = مسحو اللحظة
journal-deleted = اللحظة تمسحات
journal-deleted-undo = رجّعو كيف كان
journal-restore = رجّعوها
journal-restored = اللحظة رجعات
journal-kind-label = نوع اللحظة
journal-note-label = ملاحظة
journal-note-placeholder = شنو لاحظتو؟ ولا خليوها خاوية، ماشي مشكل.
journal-duration-label = شحال دام؟
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [zero] قل من دقيقة
        [one] دقيقة وحدة
        [two] دقيقتين
        [few] { $minutes } دقايق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
journal-caregiver-label = شكون كان مع البيبي؟
journal-caregiver-placeholder = بحال نتوما، شريك حياتكم، ولا الجد ولا الجدة
journal-time-label = الوقت
journal-filter-kind = فرزو على حساب النوع
journal-filter-all = گاع اللحظات
journal-search-placeholder = قلّبو فالملاحظات ديالكم
journal-search-empty = ما لقينا والو. جرّبو كلمة خرى.
journal-empty = الكناش ديالكم مازال خاوي. كل لحظة كاتحسب، واخا تكون صغيرة.
journal-load-more = شوفو كثر
journal-day-chart-title = اللحظات فكل نهار
journal-today = اليوم
journal-yesterday = البارح

## Tips

tips-title = النصائح
tips-tried = جرّبناها
tips-favourite = حفظوها
tips-unfavourite = حيّدوها من المحفوظين
tips-not-for-me = ماشي لينا
tips-not-for-me-undo = بيّنوها عاوتاني
tips-hidden = ما غاديش نبيّنو هاد النصيحة عاوتاني.
tips-favourites-title = النصائح اللي حفظتو
tips-favourites-empty = مازال ما حفظتو حتى نصيحة. ورّكو على «حفظوها» فشي نصيحة بغيتو ترجعو ليها.
tips-history-title = النصائح اللي فاتو
tips-history-empty = هنا غادي يبانو النصائح اللي جاوكم من قبل.
tips-upcoming-title = قريب
tips-why-title = علاش هاد النصيحة؟
# Variables: $theme (string) - already localized theme label
tips-why-theme = الموضوع: { $theme }
tips-notification-title = النصيحة ديالكم لليوم

## Articles

articles-title = للقراية
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [zero] قل من دقيقة ديال القراية
        [one] دقيقة وحدة ديال القراية
        [two] دقيقتين ديال القراية
        [few] { $minutes } دقايق ديال القراية
        [many] { $minutes } دقيقة ديال القراية
       *[other] { $minutes } دقيقة ديال القراية
    }
articles-sources = المصادر
articles-back = رجعو للمقالات

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-language-system = خدمو باللغة ديال التيليفون
settings-themes-title = المواضيع ديال النصائح
settings-themes-explanation = طفيو شي موضوع إلا ما كايناسبكمش دابا. تقدرو تشعلوه عاوتاني من بعد.
settings-notification-title = التذكير
settings-notification-time = الوقت ديال النصيحة ديال كل نهار
settings-export = صدّرو المعلومات
settings-export-hint = ديرو ملف فيه گاع المعلومات ديالكم، مثلا باش تدوزوها لتيليفون جديد.
settings-export-done = ملف التصدير واجد.
settings-import = دخّلو المعلومات
settings-import-hint = دخّلو ملف ديال التصدير من { -app-name }. داكشي اللي كاين كايبقى محفوظ.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    صافي: { $added ->
        [zero] والو جديد
        [one] حاجة جديدة وحدة
        [two] جوج حوايج جداد
        [few] { $added } حوايج جداد
        [many] { $added } حاجة جديدة
       *[other] { $added } حاجة جديدة
    }، { $updated ->
        [zero] حتى حاجة ما تبدّلات
        [one] حاجة وحدة تبدّلات
        [two] جوج حوايج تبدّلو
        [few] { $updated } حوايج تبدّلو
        [many] { $updated } حاجة تبدّلو
       *[other] { $updated } حاجة تبدّلو
    }، { $unchanged ->
        [zero] حتى حاجة ما بقات كيف كانت
        [one] حاجة وحدة بقات كيف كانت
        [two] جوج حوايج بقاو كيف كانو
        [few] { $unchanged } حوايج بقاو كيف كانو
        [many] { $unchanged } حاجة بقاو كيف كانو
       *[other] { $unchanged } حاجة بقاو كيف كانو
    }.
settings-share-title = شاركو الكناش
settings-share-hint = خليو كناش واحد فجوج تيليفونات: ديرو هنا باكية وحلّوها فالتيليفون الآخر، ومن بعد ديرو العكس.
settings-share-code = كود الربط
settings-share-code-hint = ختارو مع بعض كود فيه على الأقل 8 حروف وكتبوه فبجوج التيليفونات. الباكية ما كاتتحلّ غير بهاد الكود.
settings-share-make = شاركو مع التيليفون الآخر
settings-share-done = الباكية ديال التيليفون الآخر واجدة.
settings-share-receive = حلّو باكية
settings-backups-title = النسخ الاحتياطية
settings-backups-hint = التطبيق كايحفظ نسخ احتياطية فهاد التيليفون.
settings-backups-empty = مازال ما كاينة حتى نسخة احتياطية.
settings-backup-restore = رجّعو هاد النسخة الاحتياطية
settings-backup-restore-confirm = المعلومات اللي عندكم دابا غادي يتبدّلو بالمعلومات ديال هاد النسخة الاحتياطية. نكمّلو؟
settings-backup-restored = النسخة الاحتياطية رجعات.
settings-about-title = على { -app-name }
settings-about-text = { -app-name } كايعاونكم، بلحظات صغيرة كل نهار، تبنيو رابطة آمنة مع البيبي ديالكم. إلا كانت شي حاجة شاغلة بالكم، سوّلو بلا حشمة المركز ديال صحة الدراري الصغار (consultatiebureau) ولا طبيب العائلة (huisarts).
settings-privacy-title = الخصوصية
settings-privacy-text = كلشي اللي كاتكتبو كايبقى فهاد التيليفون. حتى حاجة ما كاتخرج من التيليفون، غير إلا شاركتو نتوما براسكم ملف التصدير ولا شي باكية.

## Common

common-save = سجّلو
common-cancel = لغيو
common-delete = مسحو
common-undo = رجّعو كيف كان
common-close = سدّو
common-retry = عاودو جرّبو
common-ok = واخا
common-yes = إيه
common-no = لا
common-back = رجعو
common-next = اللي من بعد
common-done = صافي

## Children

child-list-title = الدراري ديالكم
child-add = زيدو دري
child-edit = بدّلو المعلومات
child-remove = حيّدو الدري
# Variables: $name (string) - the child's name
child-remove-confirm = نحيّدو { $name }؟ غادي يتمسحو حتى گاع اللحظات والملاحظات ديال { $name }.

## Terminal shell (hechting-cli)

cli-no-child = مازال ما كاين حتى دري. زيدو واحد: hechting child add <name> --born YYYY-MM-DD
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = كاين كثر من دري واحد ({ $names })؛ ختارو واحد بـ --child <name or id>.
# Variables: $name (string) - a child's name
cli-child-name-twice = كثر من دري واحد سميتو { $name }؛ ختارو بالـ id (شوفو hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = حيّدنا { $name }. باش ترجعو كيف كان: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = الملف { $file } ما خدمش ({ $reason })؛ شوفو المسار ديالو وعاودو جرّبو.
cli-no-data-dir = هاد الكمبيوتر ما فيهش دوسي ديال المعلومات ديال { -app-name }؛ عطيو ملف ديال قاعدة البيانات بـ --db <file>.
# Variables: $file (string) - the demo database's path
cli-demo-footer = هادا كناش للتجربة، محفوظ فـ{ $file }. باش تتفرّجو فيه:
cli-undo-hint = باش ترجعو كيف كان: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = شوفو كثر: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = الملف اللي تخسر تحفظ بسمية { $file }.
