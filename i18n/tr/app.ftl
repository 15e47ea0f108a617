# hechting: uygulamanın tüm metinleri (Türkçe).
# Üslup: sıcak, kısa ve sakin; okura “sen” diye hitap edilir; her bakım veren için.

-app-name = hechting

## An türleri (etiket + seçicide kısa açıklama)

kind-cuddle = Sarılma
    .hint = Hiçbir sebep yokken bebeğini sarıp sarmalamak.
kind-skin-to-skin = Ten tene temas
    .hint = Bebeğin çıplak, senin çıplak göğsünde; sen uyanık ve dikkatliyken.
kind-massage = Masaj
    .hint = Ilık ellerle yavaş dokunuşlar; bebeğin yüzünü çevirirse dur.
kind-feeding = Beslenme
    .hint = Emzirerek ya da biberonla, birbirinize odaklanarak.
kind-eye-contact = Göz teması
    .hint = Birbirinize bakmak, sadece ikiniz.
kind-talking = Konuşma
    .hint = Ne yaptığını, ne gördüğünü ya da ne hissettiğini anlatmak.
kind-singing = Şarkı söyleme
    .hint = Bir şarkı ya da tekerleme; falso serbest.
kind-reading = Kitap okuma
    .hint = Birlikte bir kitap; en önemlisi senin sesin.
kind-play = Oyun
    .hint = Yerde ya da kucakta birlikte oynamak.
kind-peekaboo = Ce-e
    .hint = Yüzünü saklayıp yeniden ortaya çıkmak.
kind-mirror = Ayna
    .hint = Birlikte aynaya bakıp gördüklerinizi söylemek.
kind-comfort = Teselli
    .hint = Bebeğin ağladı, sen de sakinleşmesine yardım ettin.
kind-bath = Banyo
    .hint = Banyo zamanı, tek başına ya da birlikte, acele etmeden.
kind-walk = Yürüyüş
    .hint = Kanguruda ya da pusette, birlikte dışarıda.
kind-hard-moment = Zor an
    .hint = Aranızda işler pek yolunda gitmedi. Bu herkesin başına gelir.
kind-repair = Yeniden yakınlaşma
    .hint = Zor bir andan sonra yeniden bağ kurmak.
kind-milestone = Önemli adım
    .hint = Hatırlamak istediğin yeni ya da özel bir şey.
kind-other = Başka bir şey
    .hint = Başka hiçbir yere uymayan bir an.

## İpucu konuları

theme-bonding = Bağ
theme-touch = Dokunma
theme-play = Oyun
theme-talk = Konuşma
theme-soothing = Sakinleştirme
theme-routine = Düzen
theme-carers = Diğer bakım verenler
theme-feelings = Duygular
theme-self-care = Kendine iyi bakmak

## Dönemler

phase-expecting = Doğumdan önce
    .about = Bebeğin sesini şimdiden duyuyor; sen de gelecek günlere yavaş yavaş hazırlanabilirsin.
phase-newborn = Yenidoğan
    .about = Bebeğin ilk günden yakınlık arar, sen de onun işaretlerini tanımayı öğrenirsin.
phase-familiar-faces = Tanıdık yüzler
    .about = Bebeğin yüzünü ve sesini tanıyor, tanıdık olana giderek daha çok yöneliyor.
phase-clear-attachment = Belirgin bağlanma
    .about = Bağ görünür hâle geliyor: bebeğin en çok tanıdık insanların yanında olmak istiyor.
phase-explorer = Keşif
    .about = Çocuğun seni güvenli bir üs olarak kullanıp keşfe çıkıyor, teselli için geri dönüyor.
phase-toddler = Küçük çocuk
    .about = Çocuğun her şeyi giderek daha çok kendisi yapmak istiyor, ama sana hâlâ çok ihtiyacı var.

## Yaş

# Variables: $days (number) - age in days
age-days =
    { $days ->
        [one] { $days } gün
       *[other] { $days } gün
    }
# Variables: $weeks (number) - age in weeks
age-weeks =
    { $weeks ->
        [one] { $weeks } hafta
       *[other] { $weeks } hafta
    }
# Variables: $months (number) - age in months
age-months =
    { $months ->
        [one] { $months } ay
       *[other] { $months } ay
    }
# Variables: $months (number) - whole months; $weeks (number) - remaining weeks
age-months-weeks =
    { $months ->
        [one] { $months } ay
       *[other] { $months } ay
    } { $weeks ->
        [one] { $weeks } hafta
       *[other] { $weeks } hafta
    }
# Variables: $years (number) - age in years
age-years =
    { $years ->
        [one] { $years } yaş
       *[other] { $years } yaş
    }
# Variables: $years (number) - whole years; $months (number) - remaining months
age-years-months =
    { $years ->
        [one] { $years } yaş
       *[other] { $years } yaş
    } { $months ->
        [one] { $months } ay
       *[other] { $months } ay
    }
# Variables: $days (number) - days until the due date
age-expecting =
    { $days ->
        [one] { $days } gün kaldı
       *[other] { $days } gün kaldı
    }
age-due-today = Tahmini doğum tarihi bugün
# Variables: $days (number) - days since the due date, no birth date filled in yet
age-overdue =
    { $days ->
        [one] tahmini doğum tarihinden { $days } gün sonra
       *[other] tahmini doğum tarihinden { $days } gün sonra
    }
# Variables: $age (string) - already formatted age phrase; $corrected (number) - corrected age in the same unit as $age
age-corrected = { $age } (düzeltilmiş: { $corrected })
# Variables: $age (string) - already formatted age phrase; $days (number) - days until the due date
age-corrected-before-due =
    { $age } ({ $days ->
        [one] tahmini doğum tarihine { $days } gün var
       *[other] tahmini doğum tarihine { $days } gün var
    })
# Variables: $count (number) - number of moments
moments-count =
    { $count ->
        [one] { $count } an
       *[other] { $count } an
    }
# Variables: $count (number) - number of moments; $kind (string) - already localized kind label
moments-count-kind =
    { $count ->
        [one] { $count }× { $kind }
       *[other] { $count }× { $kind }
    }

## Hata mesajları

error-name-empty = Lütfen bir isim yaz; takma ad da olur.
error-name-too-long = Bu isim 80 karakterden uzun; lütfen biraz kısalt.
error-name-invalid-characters = İsimde kaydedilemeyen bir karakter var; onu silip yeniden dene.
error-dates-missing = Lütfen doğum tarihini ya da tahmini doğum tarihini gir.
error-date-invalid = Bu tarih geçerli değil; lütfen tarihi yeniden seç.
error-birth-date-in-future = Doğum tarihi ileri bir günde; bugünü ya da daha önceki bir günü seç veya tahmini doğum tarihini gir.
error-due-date-too-far = Tahmini doğum tarihi 300 günden daha ileride; lütfen tarihi kontrol et.
error-birth-too-late = Doğum tarihi, tahmini doğum tarihinden 4 haftadan fazla sonra; lütfen iki tarihi de kontrol et.
error-birth-too-early = Doğum tarihi, tahmini doğum tarihinden 18 haftadan fazla önce; lütfen iki tarihi de kontrol et.
error-note-too-long = Bu not 4000 karakterden uzun; lütfen biraz kısalt.
error-caregiver-too-long = “Kim vardı?” alanındaki isim çok uzun; lütfen kısalt.
error-note-invalid-characters = Bu notta kaydedemediğimiz bir karakter var; onu silip yeniden dene.
error-caregiver-invalid-characters = “Kim vardı?” alanında kaydedemediğimiz bir karakter var; onu silip yeniden dene.
error-kind-unknown = Bu an türünü tanımıyoruz; lütfen listeden bir tür seç.
error-time-out-of-range = Bu saat doğru olamaz; lütfen başka bir saat seç.
error-utc-offset-out-of-range = Telefonunun saat dilimi doğru görünmüyor; lütfen telefonunun ayarlarından kontrol et.
error-duration-out-of-range = Bu süre kaydedilemiyor; lütfen başka bir süre seç.
error-limit-out-of-range = Liste yüklenemedi; lütfen yeniden dene.
error-cursor-invalid = Liste bu arada değişti; lütfen yeniden yükle.
error-days-out-of-range = Bu dönem gösterilemeyecek kadar uzun; lütfen daha kısa bir dönem seç.
error-date-range-reversed = Bitiş tarihi başlangıç tarihinden önce; lütfen ikisinin yerini değiştir.
error-locale-unknown = Bu dil kullanılamıyor; lütfen listeden bir dil seç.
error-theme-unknown = Bu konuyu tanımıyoruz; lütfen listeden bir konu seç.
error-id-invalid = Bu öğe bulunamadı; geri dönüp yeniden dene.
error-import-invalid = Bu dosya okunamıyor; lütfen { -app-name } uygulamasından alınmış bir dışa aktarma dosyası seç.
error-import-format-unsupported = Dışa aktarma dosyasının bu sürümünü henüz tanımıyoruz; uygulamayı güncelleyip yeniden dene.
error-import-too-large = Bu dosya okunamayacak kadar büyük; lütfen daha küçük bir dışa aktarma dosyası seç.
error-tip-id-invalid = Bu dosyada okunamayan bir ipucu var; lütfen { -app-name } uygulamasından alınmış bir dışa aktarma dosyası seç.
error-pairing-code-missing = Önce bir eşleştirme kodu belirle; iki telefonda da aynı kod olmalı.
error-pairing-code-too-short = Eşleştirme kodu en az 8 karakter olmalı; art arda birkaç kelime iyi iş görür.
error-pairing-code-too-long = Eşleştirme kodu 128 karakterden uzun; lütfen biraz kısalt.
error-pairing-code-invalid-characters = Eşleştirme kodunda kullanılamayan bir karakter var; onu silip yeniden dene.
error-share-invalid = Bu dosya bir { -app-name } paketi değil; lütfen diğer telefondan yeniden paylaş.
error-share-not-opened = Bu paket açılmıyor: diğer telefondaki eşleştirme kodu farklı ya da dosya yolda değişmiş. Kodu iki telefonda da kontrol et; hiçbir şey değiştirilmedi.
error-share-format-unsupported = Bu paket { -app-name } uygulamasının daha yeni bir sürümünden geliyor; lütfen uygulamayı güncelle, hiçbir şey değiştirilmedi.
error-share-too-large = Bu dosya bir { -app-name } paketi olamayacak kadar büyük; lütfen başka bir dosya seç.
error-share-own-bundle = Bu paket bu telefonun kendisinden geliyor; onu diğer telefonda aç.
error-child-not-found = Bu çocuk artık uygulamada yok; genel bakışa geri dön.
error-moment-not-found = Bu an artık yok; belki daha önce silinmiştir.
error-tip-not-found = Bu ipucu bulunamadı; geri dönüp başka bir ipucu seç.
error-article-not-found = Bu yazı bulunamadı; listeye geri dön.
error-backup-not-found = Bu yedek artık yok; lütfen başka bir yedek seç.
error-nothing-to-undo = Geri alınacak bir şey kalmadı.
error-storage = Kaydedilemedi; lütfen birazdan yeniden dene.
error-storage-full = Telefonunda yer kalmadığı için hiçbir şey kaydedilemedi; biraz yer açıp yeniden dene.
error-corrupt = Uygulamanın verileri hasar görmüş. Bu verileri kullanan widget’ı ya da uygulamanın diğer bölümlerini kapatıp yeniden dene; yazdıkların korunur.
error-database-too-new = Verilerin { -app-name } uygulamasının daha yeni bir sürümünden geliyor; lütfen uygulamayı güncelle, hiçbir şey değiştirilmedi.
error-interrupted = İşlem bitmeden yarıda kesildi; lütfen yeniden dene.
error-journal-busy = Uygulamanın başka bir bölümü (örneğin bir widget) günlüğü hâlâ kullanıyor; onu kapatıp birazdan yeniden dene. Hiçbir şey değiştirilmedi.
error-unexpected = Beklenmedik bir sorun oldu; lütfen yeniden dene.

## Hasarlı verilerden sonra kurtarma

# Variables: $date (string) - date of the restored backup, already formatted
recovery-restored-backup = Verilerin hasar görmüştü. Bir kopyasını sakladık ve { $date } tarihli yedeği geri yükledik.
recovery-started-empty = Verilerin hasar görmüştü ve henüz bir yedek yoktu. Bir kopyasını sakladık ve baştan başladık.

## Hoş geldin

onboarding-welcome-title = { -app-name } uygulamasına hoş geldin
onboarding-intro-1 = Her gün bebeğinin yaşına uygun küçük bir ipucu.
onboarding-intro-2 = Sana uygun olduğunda okuyabileceğin kısa yazılar.
onboarding-start = Başlayalım
onboarding-add-child-title = Bebeğin hakkında
onboarding-name-label = İsim
onboarding-name-hint = Henüz isim yok mu? Takma ad da olur.
onboarding-born-question = Bebeğin doğdu mu?
onboarding-born-yes = Evet, doğdu
onboarding-born-no = Hayır, henüz değil
onboarding-birth-date-label = Doğum tarihi
onboarding-due-date-label = Tahmini doğum tarihi
onboarding-due-date-hint = Erken mi doğdu? Tahmini doğum tarihini de gir, böylece ipuçları daha iyi uyar.
onboarding-twins-hint = İkiz ya da daha fazlası mı? Her çocuğu ayrı ayrı ekle.
onboarding-add-another = Bir çocuk daha ekle
onboarding-finish = Uygulamaya geç
onboarding-privacy-title = Her şey sende kalır
onboarding-privacy = Girdiğin her şey bu telefonda kalır. Hiçbir şey gönderilmez.

## Bugün

home-greeting = İyi ki buradasın
home-greeting-morning = Günaydın
home-greeting-afternoon = İyi günler
home-greeting-evening = İyi akşamlar
home-today-tip-title = Bugünün ipucu
# Variables: $name (string) - the child's name
home-tip-for = { $name } için ipucu
home-age-heading = Yaş
home-corrected-hint = Düzeltilmiş yaş: tahmini doğum tarihinden itibaren sayılır.
home-due-heading = Tahmini doğum tarihine kalan
home-latest-moments = Son eklenen anlar
home-log-moment = An ekle
home-no-moments = Henüz an yok. Sana uyduğunda bir tane ekle; bir sarılma da sayılır.
home-no-tip = Bugün yeni bir ipucu yok. Sadece birlikte olmak da yeter.
home-no-tip-hint = Konuları Ayarlar’dan açıp kapatabilirsin.

## Günlük

journal-title = Günlük
journal-add = An ekle
journal-edit = Anı düzenle
journal-delete = Anı sil
journal-deleted = An silindi
journal-deleted-undo = Geri al
journal-restore = Geri yükle
journal-restored = An geri yüklendi
journal-kind-label = An türü
journal-note-label = Not
journal-note-placeholder = Neler dikkatini çekti? Boş da bırakabilirsin.
journal-duration-label = Ne kadar sürdü?
# Variables: $minutes (number) - duration of the moment in minutes
journal-duration-minutes =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
journal-caregiver-label = Bebeğinin yanında kim vardı?
journal-caregiver-placeholder = Örneğin sen, partnerin ya da aileden biri
journal-time-label = Saat
journal-filter-kind = Türe göre filtrele
journal-filter-all = Tüm anlar
journal-search-placeholder = Notlarında ara
journal-search-empty = Hiçbir şey bulunamadı. Başka bir kelime dene.
journal-empty = Günlüğün henüz boş. Ne kadar küçük olursa olsun her an değerlidir.
journal-load-more = Daha fazla yükle
journal-day-chart-title = Günlere göre anlar
journal-today = Bugün
journal-yesterday = Dün

## İpuçları

tips-title = İpuçları
tips-tried = Denedim
tips-favourite = Kaydedilenlere ekle
tips-unfavourite = Kaydedilenlerden çıkar
tips-not-for-me = Bana göre değil
tips-not-for-me-undo = Yine de göster
tips-hidden = Bu ipucunu bir daha göstermeyeceğiz.
tips-favourites-title = Kaydedilen ipuçları
tips-favourites-empty = Henüz kaydedilen ipucu yok. Yeniden bulmak istediğin bir ipucunda “Kaydedilenlere ekle” düğmesine dokun.
tips-history-title = Önceki ipuçları
tips-history-empty = Daha önce aldığın ipuçları burada görünecek.
tips-upcoming-title = Yakında
tips-why-title = Neden bu ipucu?
# Variables: $theme (string) - already localized theme label
tips-why-theme = Konu: { $theme }
tips-notification-title = Bugünkü ipucun

## Yazılar

articles-title = Yazılar
# Variables: $minutes (number) - estimated reading time in minutes
articles-reading-minutes =
    { $minutes ->
        [one] { $minutes } dakikalık okuma
       *[other] { $minutes } dakikalık okuma
    }
articles-sources = Kaynaklar
articles-back = Yazılara dön

## Ayarlar

settings-title = Ayarlar
settings-language = Dil
settings-language-system = Telefonun dilini kullan
settings-themes-title = İpucu konuları
settings-themes-explanation = Şu an sana uymayan bir konuyu kapatabilirsin. Sonra yeniden açabilirsin.
settings-notification-title = Hatırlatma
settings-notification-time = Günlük ipucunun saati
settings-export = Verileri dışa aktar
settings-export-hint = Tüm verilerini içeren bir dosya oluştur; örneğin yeni bir telefon için.
settings-export-done = Dışa aktarma dosyası hazır.
settings-import = Verileri içe aktar
settings-import-hint = { -app-name } uygulamasından alınmış bir dışa aktarma dosyasını yükle. Mevcut verilerin korunur.
# Variables: $added (number) - new items; $updated (number) - changed items; $unchanged (number) - items that stayed the same
settings-import-result =
    Tamam: { $added ->
        [one] { $added } yeni kayıt
       *[other] { $added } yeni kayıt
    }, { $updated ->
        [one] { $updated } kayıt güncellendi
       *[other] { $updated } kayıt güncellendi
    }, { $unchanged ->
        [one] { $unchanged } kayıt değişmedi
       *[other] { $unchanged } kayıt değişmedi
    }.
settings-share-title = Günlüğü paylaş
settings-share-hint = Tek bir günlüğü iki telefonda tut: burada bir paket oluşturup diğer telefonda aç, sonra da tersini yap.
settings-share-code = Eşleştirme kodu
settings-share-code-hint = Birlikte en az 8 karakterlik bir kod seçip iki telefona da gir. Paketler yalnızca bu kodla açılır.
settings-share-make = Diğer telefonla paylaş
settings-share-done = Diğer telefon için paket hazır.
settings-share-receive = Paket aç
settings-backups-title = Yedekler
settings-backups-hint = Uygulama yedekleri bu telefonda saklar.
settings-backups-empty = Henüz yedek yok.
settings-backup-restore = Bu yedeği geri yükle
settings-backup-restore-confirm = Şu anki verilerin bu yedektekilerle değiştirilecek. Devam edilsin mi?
settings-backup-restored = Yedek geri yüklendi.
settings-about-title = { -app-name } hakkında
settings-about-text = { -app-name }, küçük günlük anlarla bebeğinle güvenli bir bağ kurmana yardımcı olur. Aklına takılan bir şey olursa consultatiebureau’ya (çocuk sağlığı merkezine) ya da aile hekimine (huisarts) danışabilirsin.
settings-privacy-title = Gizlilik
settings-privacy-text = Girdiğin her şey bu telefonda kalır. Sen kendin bir dışa aktarma dosyası ya da paket paylaşmadıkça hiçbir şey telefondan çıkmaz.

## Genel

common-save = Kaydet
common-cancel = Vazgeç
common-delete = Sil
common-undo = Geri al
common-close = Kapat
common-retry = Yeniden dene
common-ok = Tamam
common-yes = Evet
common-no = Hayır
common-back = Geri
common-next = İleri
common-done = Bitti

## Çocuklar

child-list-title = Çocukların
child-add = Çocuk ekle
child-edit = Bilgileri düzenle
child-remove = Çocuğu kaldır
# Variables: $name (string) - the child's name
child-remove-confirm = { $name } kaldırılsın mı? { $name } ile ilgili tüm anlar ve notlar da silinir.

## Terminal shell (hechting-cli)

cli-no-child = Henüz çocuk yok. Bir tane ekle: hechting child add <ad> --born YYYY-AA-GG
# Variables: $names (string) - the children's names, comma-separated
cli-choose-child = Birden fazla çocuk var ({ $names }); --child <ad veya kimlik> ile birini seç.
# Variables: $name (string) - a child's name
cli-child-name-twice = Birden fazla çocuğun adı { $name }; kimliğe göre seç (bkz. hechting child list).
# Variables: $name (string) - a child's name; $id (string) - the child's id
cli-child-removed = { $name } kaldırıldı. Geri getirmek için: hechting child restore { $id }
# Variables: $file (string) - a file path; $reason (string) - the system's reason
cli-file-failed = { $file } dosyası kullanılamadı ({ $reason }); yolu kontrol edip yeniden dene.
cli-no-data-dir = Bu bilgisayarda { -app-name } için veri klasörü yok; --db <dosya> ile bir veritabanı dosyası belirt.
# Variables: $file (string) - the demo database's path
cli-demo-footer = Bu bir örnek günlük; { $file } içinde saklanıyor. İçinde gezinmek için:
cli-undo-hint = Geri getirmek için: hechting undo
# Variables: $command (string) - the command for the next page
cli-next-page = Devamı: { $command }
# Variables: $file (string) - where the damaged file was kept
cli-recovered-copy = Bozulan dosya { $file } olarak saklandı.
