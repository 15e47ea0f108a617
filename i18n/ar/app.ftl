# hechting: كل نصوص التطبيق (العربية الفصحى).
# الأسلوب: دافئ وقصير وهادئ؛ صيغ محايدة قدر الإمكان؛ لكل من يعتني بالطفل.

-app-name = hechting

## أنواع اللحظات (الاسم + وصف قصير في قائمة الاختيار)

kind-cuddle = عناق
    .hint = ضمّوا طفلكم إليكم قليلًا، بلا سبب.
kind-skin-to-skin = ملامسة الجلد للجلد
    .hint = طفلكم على صدركم العاري مباشرة، وأنتم مستيقظون ومنتبهون طوال الوقت.
kind-massage = تدليك
    .hint = لمسات بطيئة بيدين دافئتين، والتوقف حين يُشيح طفلكم بوجهه.
kind-feeding = رضاعة
    .hint = من الثدي أو بالزجاجة، بانتباه متبادل بينكم وبين طفلكم.
kind-eye-contact = تواصل بالعين
    .hint = تبادل النظرات، أنتم وطفلكم فقط.
kind-talking = حديث
    .hint = الحديث إلى طفلكم عمّا تفعلونه أو ترونه أو تشعرون به.
kind-singing = غناء
    .hint = أغنية أو أنشودة؛ لا بأس بالنشاز.
kind-reading = قراءة
    .hint = كتاب معًا؛ صوتكم هو الأهم.
kind-play = لعب
    .hint = اللعب معًا على الأرض أو في الحضن.
kind-peekaboo = الاختفاء والظهور
    .hint = إخفاء الوجه ثم الظهور من جديد.
kind-mirror = المرآة
    .hint = النظر في المرآة معًا وتسمية ما ترونه.
kind-comfort = تهدئة
    .hint = بكى طفلكم وساعدتموه على الهدوء.
kind-bath = استحمام
    .hint = وقت الحمّام، بهدوء ودون عجلة.
kind-walk = نزهة
    .hint = الخروج معًا، في الحمّالة أو عربة الأطفال.
kind-hard-moment = لحظة صعبة
    .hint = لم تسر الأمور بينكم وبين طفلكم على ما يرام. هذا يحدث للجميع.
kind-repair = عودة التواصل
    .hint = التقارب من جديد بعد لحظة صعبة.
kind-milestone = إنجاز جديد
    .hint = شيء جديد أو مميز يستحق التذكّر.
kind-other = شيء آخر
    .hint = لحظة لا تناسب أي نوع آخر.

## مواضيع النصائح

theme-bonding = الرابطة
theme-touch = اللمس
theme-play = اللعب
theme-talk = الكلام
theme-soothing = التهدئة
theme-routine = الإيقاع اليومي
theme-carers = مقدّمو رعاية آخرون
theme-feelings = المشاعر
theme-self-care = العناية بالنفس

## المراحل

phase-expecting = قبل الولادة
    .about = طفلكم يسمع أصواتكم منذ الآن، ولا داعي للعجلة في الاستعداد لما هو آتٍ.
phase-newborn = حديث الولادة
    .about = منذ اليوم الأول يبحث طفلكم عن القرب، وتبدأ معرفتكم بإشاراته.
phase-familiar-faces = وجوه مألوفة
    .about = يعرف طفلكم وجوهكم وأصواتكم، ويميل أكثر فأكثر إلى كل ما هو مألوف.
phase-clear-attachment = تعلّق واضح
    .about = تظهر الرابطة بوضوح: يريد طفلكم أن يكون غالبًا مع الأشخاص المألوفين.
phase-explorer = الاستكشاف
    .about = انطلاقًا منكم كقاعدة آمنة يخرج طفلكم للاستكشاف، ويعود إليكم طلبًا للمواساة.
phase-toddler = طفل صغير
    .about = يريد طفلكم أن يفعل المزيد بنفسه، ولا يزال يحتاج إليكم بالقدر نفسه.

## العمر

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [zero] { $weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } و{ $weeks ->
        [zero] { $weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعان
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [zero] { $years } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [zero] { $years } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    } و{ $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [zero] لم يبقَ أي يوم
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقيت { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }
age-due-today = موعد الولادة المتوقع اليوم
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [zero] في موعد الولادة المتوقع
        [one] بعد موعد الولادة المتوقع بيوم واحد
        [two] بعد موعد الولادة المتوقع بيومين
        [few] بعد موعد الولادة المتوقع بـ{ $days } أيام
        [many] بعد موعد الولادة المتوقع بـ{ $days } يومًا
       *[other] بعد موعد الولادة المتوقع بـ{ $days } يوم
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } (بعد التصحيح: { $corrected })
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [zero] حلّ موعد الولادة المتوقع
        [one] بقي يوم واحد على موعد الولادة المتوقع
        [two] بقي يومان على موعد الولادة المتوقع
        [few] بقيت { $days } أيام على موعد الولادة المتوقع
        [many] بقي { $days } يومًا على موعد الولادة المتوقع
       *[other] بقي { $days } يوم على موعد الولادة المتوقع
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [zero] لا توجد لحظات
        [one] لحظة واحدة
        [two] لحظتان
        [few] { $count } لحظات
        [many] { $count } لحظة
       *[other] { $count } لحظة
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [zero] { $kind }: ولا مرة
        [one] { $kind }: مرة واحدة
        [two] { $kind }: مرتان
        [few] { $kind }: { $count } مرات
        [many] { $kind }: { $count } مرة
       *[other] { $kind }: { $count } مرة
    }

## رسائل الخطأ

error-name-empty = يُرجى إدخال اسم؛ ولا بأس باسم تدليل.
error-name-too-long = هذا الاسم أطول من 80 حرفًا؛ يُرجى تقصيره قليلًا.
error-name-invalid-characters = يحتوي الاسم على حرف لا يمكن حفظه؛ يُرجى حذفه والمحاولة مرة أخرى.
error-dates-missing = يُرجى إدخال تاريخ الولادة أو موعد الولادة المتوقع.
error-date-invalid = هذا التاريخ غير موجود؛ يُرجى اختيار التاريخ من جديد.
error-birth-date-in-future = تاريخ الولادة في المستقبل؛ يُرجى اختيار اليوم أو يوم سابق، أو إدخال موعد الولادة المتوقع بدلًا منه.
error-due-date-too-far = موعد الولادة المتوقع بعد أكثر من 300 يوم؛ يُرجى التحقق من التاريخ.
error-birth-too-late = تاريخ الولادة بعد موعد الولادة المتوقع بأكثر من 4 أسابيع؛ يُرجى التحقق من التاريخين.
error-birth-too-early = تاريخ الولادة قبل موعد الولادة المتوقع بأكثر من 18 أسبوعًا؛ يُرجى التحقق من التاريخين.
error-note-too-long = هذه الملاحظة أطول من 4000 حرف؛ يُرجى تقصيرها قليلًا.
error-caregiver-too-long = الاسم في خانة «من كان مع الطفل؟» طويل جدًا؛ يُرجى تقصيره.
error-note-invalid-characters = تحتوي هذه الملاحظة على رمز لا يمكننا حفظه؛ يُرجى حذفه والمحاولة مرة أخرى.
error-caregiver-invalid-characters = يحتوي حقل «من كان مع الطفل؟» على رمز لا يمكننا حفظه؛ يُرجى حذفه والمحاولة مرة أخرى.
error-kind-unknown = هذا النوع من اللحظات غير معروف؛ يُرجى اختيار نوع من القائمة.
error-time-out-of-range = هذا الوقت غير ممكن؛ يُرجى اختيار وقت آخر.
error-utc-offset-out-of-range = يبدو أن المنطقة الزمنية في الهاتف غير صحيحة؛ يُرجى التحقق منها في إعدادات الهاتف.
error-duration-out-of-range = لا يمكن حفظ هذه المدة؛ يُرجى اختيار مدة أخرى.
error-limit-out-of-range = تعذّر تحميل القائمة؛ يُرجى المحاولة مرة أخرى.
error-cursor-invalid = تغيّرت القائمة في هذه الأثناء؛ يُرجى تحميلها من جديد.
error-days-out-of-range = هذه الفترة أطول من أن تُعرض؛ يُرجى اختيار فترة أقصر.
error-date-range-reversed = تاريخ النهاية يسبق تاريخ البداية؛ يُرجى تبديلهما.
error-locale-unknown = هذه اللغة غير متوفرة؛ يُرجى اختيار لغة من القائمة.
error-theme-unknown = هذا الموضوع غير معروف؛ يُرجى اختيار موضوع من القائمة.
error-id-invalid = تعذّر العثور على هذا العنصر؛ يُرجى الرجوع والمحاولة مرة أخرى.
error-import-invalid = لا يمكن قراءة هذا الملف؛ يُرجى اختيار ملف تصدير من تطبيق { -app-name }.
error-import-format-unsupported = هذا الإصدار من ملف التصدير غير معروف بعد؛ يُرجى تحديث التطبيق والمحاولة مرة أخرى.
error-import-too-large = هذا الملف أكبر من أن يُقرأ؛ يُرجى اختيار ملف تصدير أصغر.
error-tip-id-invalid = يحتوي هذا الملف على نصيحة لا يمكن قراءتها؛ يُرجى اختيار ملف تصدير من تطبيق { -app-name }.
error-pairing-code-missing = يُرجى أولًا تعيين رمز الاقتران، وهو الرمز نفسه على الهاتفين.
error-pairing-code-too-short = يحتاج رمز الاقتران إلى 8 أحرف على الأقل؛ اكتبوا بضع كلمات متتالية مثلًا.
error-pairing-code-too-long = رمز الاقتران أطول من 128 حرفًا؛ يُرجى تقصيره قليلًا.
error-pairing-code-invalid-characters = في رمز الاقتران حرف لا يمكن استخدامه؛ احذفوه وحاولوا مرة أخرى.
error-share-invalid = هذا الملف ليس حزمة من { -app-name }؛ شاركوا الحزمة مرة أخرى من الهاتف الآخر.
error-share-not-opened = تعذّر فتح هذه الحزمة: رمز الاقتران على الهاتف الآخر مختلف، أو تغيّر الملف في الطريق. تحقّقوا من الرمز على الهاتفين؛ لم يتغيّر أي شيء.
error-share-format-unsupported = هذه الحزمة من إصدار أحدث من { -app-name }؛ يُرجى تحديث التطبيق، ولم يتغيّر أي شيء.
error-share-too-large = هذا الملف أكبر من أن يكون حزمة من { -app-name }؛ يُرجى اختيار ملف آخر.
error-share-own-bundle = هذه الحزمة صادرة عن هذا الهاتف نفسه؛ افتحوها على الهاتف الآخر.
error-child-not-found = هذا الطفل لم يعد موجودًا في التطبيق؛ يُرجى الرجوع إلى القائمة.
error-moment-not-found = هذه اللحظة لم تعد موجودة؛ ربما حُذفت من قبل.
error-tip-not-found = تعذّر العثور على هذه النصيحة؛ يُرجى الرجوع واختيار نصيحة أخرى.
error-article-not-found = تعذّر العثور على هذا المقال؛ يُرجى الرجوع إلى القائمة.
error-backup-not-found = هذه النسخة الاحتياطية لم تعد موجودة؛ يُرجى اختيار نسخة أخرى.
error-nothing-to-undo = لم يعد هناك ما يمكن التراجع عنه.
error-storage = تعذّر الحفظ؛ يُرجى المحاولة بعد قليل.
error-storage-full = ذاكرة الهاتف ممتلئة، لذا تعذّر الحفظ؛ يُرجى إفراغ بعض المساحة والمحاولة مرة أخرى.
error-corrupt = بيانات التطبيق تالفة؛ يُرجى إغلاق الأداة المصغّرة أو أي جزء آخر من التطبيق يستخدمها، ثم المحاولة مرة أخرى. ما كُتب يبقى محفوظًا.
error-database-too-new = بياناتكم من إصدار أحدث من { -app-name }؛ يُرجى تحديث التطبيق، ولم يتغيّر أي شيء.
error-interrupted = توقفت العملية قبل أن تكتمل؛ يُرجى المحاولة مرة أخرى.
error-journal-busy = ما زال جزء آخر من التطبيق (أداة مصغّرة مثلًا) يستخدم اليوميات؛ يُرجى إغلاقه والمحاولة بعد قليل. لم يتغيّر شيء.
error-unexpected = حدث خطأ غير متوقع؛ يُرجى المحاولة مرة أخرى.

## الاستعادة بعد تلف البيانات

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = كانت بياناتكم تالفة. احتفظنا بنسخة منها واستعدنا النسخة الاحتياطية بتاريخ { $date }.
recovery-started-empty = كانت بياناتكم تالفة ولم تكن هناك نسخة احتياطية بعد. احتفظنا بنسخة منها وبدأنا من جديد.

## الترحيب

onboarding-welcome-title = مرحبًا بكم في { -app-name }
onboarding-intro-1 = نصيحة صغيرة كل يوم تناسب عمر طفلكم.
onboarding-intro-2 = مقالات قصيرة للقراءة متى ما ناسبكم ذلك.
onboarding-start = لنبدأ
onboarding-add-child-title = عن طفلكم
onboarding-name-label = الاسم
onboarding-name-hint = لا اسم بعد؟ يكفي اسم تدليل.
onboarding-born-question = هل وُلد طفلكم؟
onboarding-born-yes = نعم، وُلد
onboarding-born-no = لا، ليس بعد
onboarding-birth-date-label = تاريخ الولادة
onboarding-due-date-label = موعد الولادة المتوقع
onboarding-due-date-hint = وُلد قبل موعده؟ إدخال موعد الولادة المتوقع أيضًا يجعل النصائح أنسب له.
onboarding-twins-hint = توأم أو أكثر؟ يُضاف كل طفل على حدة.
onboarding-add-another = إضافة طفل آخر
onboarding-finish = الانتقال إلى التطبيق
onboarding-privacy-title = كل شيء يبقى معكم
onboarding-privacy = كل البيانات المُدخلة تبقى على هذا الهاتف. لا يُرسَل أي شيء.

## اليوم

home-greeting = سعداء بوجودكم
home-greeting-morning = صباح الخير
home-greeting-afternoon = طاب يومكم
home-greeting-evening = مساء الخير
home-today-tip-title = نصيحة اليوم
# Variables: $name (string) - the child's name
home-tip-for = نصيحة لـ{ $name }
home-age-heading = العمر
home-corrected-hint = العمر المصحَّح: يُحسب من موعد الولادة المتوقع.
home-due-heading = المتبقي حتى موعد الولادة المتوقع
home-latest-moments = آخر اللحظات
home-log-moment = تسجيل لحظة
home-no-moments = لا توجد لحظات بعد. يمكنكم تسجيل لحظة متى ناسبكم ذلك؛ حتى العناق يُحسب.
home-no-tip = لا نصيحة جديدة اليوم. يكفي أن تكونوا معًا.
home-no-tip-hint = يمكن تشغيل المواضيع أو إيقافها من الإعدادات.

## اليوميات

journal-title = اليوميات
journal-add = تسجيل لحظة
journal-edit = تعديل اللحظة
journal-delete = حذف اللحظة
journal-deleted = حُذفت اللحظة
journal-deleted-undo = تراجع
journal-restore = استعادة
journal-restored = استُعيدت اللحظة
journal-kind-label = نوع اللحظة
journal-note-label = ملاحظة
journal-note-placeholder = ما الذي لفت انتباهكم؟ يمكن ترك هذا فارغًا.
journal-duration-label = المدة
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
journal-caregiver-label = من كان مع طفلكم؟
journal-caregiver-placeholder = مثلًا: أنتم أو شريك الحياة أو أحد الجدّين
journal-time-label = الوقت
journal-filter-kind = تصفية حسب النوع
journal-filter-all = كل اللحظات
journal-search-placeholder = البحث في ملاحظاتكم
journal-search-empty = لم يُعثر على شيء. يمكن تجربة كلمة أخرى.
journal-empty = يومياتكم فارغة حتى الآن. كل لحظة لها قيمتها، مهما كانت صغيرة.
journal-load-more = تحميل المزيد
journal-day-chart-title = اللحظات حسب اليوم
journal-today = اليوم
journal-yesterday = أمس

## النصائح

tips-title = النصائح
tips-tried = جرّبتها
tips-favourite = حفظ
tips-unfavourite = إزالة من المحفوظات
tips-not-for-me = لا تناسبني
tips-not-for-me-undo = إظهارها مع ذلك
tips-hidden = لن نعرض هذه النصيحة مرة أخرى.
tips-favourites-title = النصائح المحفوظة
tips-favourites-empty = لا توجد نصائح محفوظة بعد. يمكن الضغط على «حفظ» في أي نصيحة للعودة إليها لاحقًا.
tips-history-title = نصائح سابقة
tips-history-empty = ستظهر هنا النصائح التي وصلتكم من قبل.
tips-upcoming-title = قريبًا
tips-why-title = لماذا هذه النصيحة؟
# Variables: $theme (string) - already localized theme label
tips-why-theme = الموضوع: { $theme }
tips-notification-title = نصيحتكم لهذا اليوم

## المقالات

articles-title = مقالات
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [zero] مدة القراءة: أقل من دقيقة
        [one] مدة القراءة: دقيقة واحدة
        [two] مدة القراءة: دقيقتان
        [few] مدة القراءة: { $minutes } دقائق
        [many] مدة القراءة: { $minutes } دقيقة
       *[other] مدة القراءة: { $minutes } دقيقة
    }
articles-sources = المصادر
articles-back = العودة إلى المقالات

## الإعدادات

settings-title = الإعدادات
settings-language = اللغة
settings-language-system = استخدام لغة الهاتف
settings-themes-title = مواضيع النصائح
settings-themes-explanation = يمكن إيقاف أي موضوع لا يناسبكم الآن، وإعادة تشغيله لاحقًا.
settings-notification-title = التذكير
settings-notification-time = وقت النصيحة اليومية
settings-export = تصدير البيانات
settings-export-hint = إنشاء ملف يضم كل بياناتكم، مثلًا لنقلها إلى هاتف جديد.
settings-export-done = ملف التصدير جاهز.
settings-import = استيراد البيانات
settings-import-hint = قراءة ملف تصدير من تطبيق { -app-name }. تبقى البيانات الموجودة كما هي.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    اكتمل: { $added ->
        [zero] لا عناصر جديدة
        [one] عنصر جديد واحد
        [two] عنصران جديدان
        [few] { $added } عناصر جديدة
        [many] { $added } عنصرًا جديدًا
       *[other] { $added } عنصر جديد
    }، { $updated ->
        [zero] لا عناصر محدَّثة
        [one] عنصر واحد محدَّث
        [two] عنصران محدَّثان
        [few] { $updated } عناصر محدَّثة
        [many] { $updated } عنصرًا محدَّثًا
       *[other] { $updated } عنصر محدَّث
    }، { $unchanged ->
        [zero] لا عناصر دون تغيير
        [one] عنصر واحد دون تغيير
        [two] عنصران دون تغيير
        [few] { $unchanged } عناصر دون تغيير
        [many] { $unchanged } عنصرًا دون تغيير
       *[other] { $unchanged } عنصر دون تغيير
    }.
settings-share-title = مشاركة اليوميات
settings-share-hint = احتفظوا بيوميات واحدة على هاتفين: أنشئوا حزمة هنا وافتحوها على الهاتف الآخر، ثم بالعكس.
settings-share-code = رمز الاقتران
settings-share-code-hint = اختاروا معًا رمزًا من 8 أحرف على الأقل وأدخلوه على الهاتفين. لا تُفتح الحزم إلا بهذا الرمز.
settings-share-make = المشاركة مع الهاتف الآخر
settings-share-done = الحزمة جاهزة للهاتف الآخر.
settings-share-receive = فتح حزمة
settings-backups-title = النسخ الاحتياطية
settings-backups-hint = يحتفظ التطبيق بنسخ احتياطية على هذا الهاتف.
settings-backups-empty = لا توجد نسخة احتياطية بعد.
settings-backup-restore = استعادة هذه النسخة الاحتياطية
settings-backup-restore-confirm = ستُستبدل بياناتكم الحالية ببيانات هذه النسخة الاحتياطية. هل نتابع؟
settings-backup-restored = تمت استعادة النسخة الاحتياطية.
settings-about-title = حول { -app-name }
settings-about-text = يساعدكم { -app-name } على بناء رابطة آمنة مع طفلكم من خلال لحظات يومية صغيرة. وإن كان هناك ما يقلقكم، فمن الجيد استشارة مركز رعاية الطفل (consultatiebureau) أو طبيب الأسرة (huisarts).
settings-privacy-title = الخصوصية
settings-privacy-text = كل البيانات المُدخلة تبقى على هذا الهاتف، ولا يغادره شيء إلا إذا شاركتم بأنفسكم ملف تصدير أو حزمة.

## عام

common-save = حفظ
common-cancel = إلغاء
common-delete = حذف
common-undo = تراجع
common-close = إغلاق
common-retry = إعادة المحاولة
common-ok = حسنًا
common-yes = نعم
common-no = لا
common-back = رجوع
common-next = التالي
common-done = تم

## الأطفال

child-list-title = أطفالكم
child-add = إضافة طفل
child-edit = تعديل البيانات
child-remove = إزالة الطفل
# Variables: $name (string) - the child's name
child-remove-confirm = إزالة { $name }؟ ستُحذف أيضًا كل اللحظات والملاحظات الخاصة بـ{ $name }.

## Terminal shell (hechting-cli)

cli-no-child = لا يوجد طفل بعد. أضيفوا طفلًا بالأمر: hechting child add <name> --born YYYY-MM-DD
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = يوجد أكثر من طفل ({ $names })؛ اختاروا واحدًا باستخدام --child <name or id>.
# Variables: $name (string) - a child's name
cli-child-name-twice = يحمل أكثر من طفل الاسم { $name }؛ اختاروا بالمعرّف (انظروا hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = أُزيل { $name }. للاستعادة: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = تعذّر استخدام الملف { $file } ({ $reason })؛ تحقّقوا من المسار وحاولوا مرة أخرى.
cli-no-data-dir = لا يوجد على هذا الحاسوب مجلد بيانات لـ{ -app-name }؛ حدّدوا ملف قاعدة بيانات باستخدام --db <file>.
# Variables: $file (string) - the demo database's path
cli-demo-footer = هذه يوميات تجريبية محفوظة في { $file }. للتجوّل فيها:
cli-undo-hint = للاستعادة: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = المزيد: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = حُفظ الملف التالف باسم { $file }.
