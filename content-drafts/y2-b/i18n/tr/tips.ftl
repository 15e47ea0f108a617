another-child-cries-yours-too =
    .title = Başka bir çocuk ağlayınca seninki de mi ağlıyor?
    .body = Oyun parkında ya da arkadaşlarda başka bir çocuk ağlamaya başlayınca çocuğun da ağlıyor mu? Küçük çocuklar bazen başkasının üzüntüsünü kendi üzüntüleri gibi hisseder. Çocuğunu yanına al ve sakince söyle: “O çocuk üzgün. Babası onu teselli ediyor. Sen burada, benim yanımdasın.” Böylece başkasının üzüntüsünün tehlikeli olmadığını öğrenir. Bu duyarlılık, empatinin erken bir başlangıcıdır.

bath-over-a-warm-towel-waiting =
    .title = Banyodan çıkmak istemiyor mu? Havlu beklesin
    .body = Banyo biter bitmez çocuğun itiraz mı ediyor? Ona gidecek güzel bir yer ver: Sıcak bir havluyu kocaman aç, “Havlu yuvasına gel!” de ve çocuğunu sıkıca sar, bir de sarıl. Eğlenceli bir şeyi bırakmak, ardından güzel bir şey bekliyorsa daha kolaydır. Havluyu önceden kaloriferde ısıtabilirsin. Çocuğun suda olduğu sürece de hep yanında kal.

count-your-noes-change-the-room =
    .title = Hayırlarını say, sonra odayı değiştir
    .body = Bütün gün saksıya, kablolara, alt çekmeceye “hayır” dediğini mi duyuyorsun? Bir sabah kaç kez ve ne için hayır dediğini say. Tekrar tekrar gelen her hayır için çocuğunu değil, odayı değiştir: O şeyi yukarı kaldır ya da bir kapının arkasına koy. Küçüğün keşfetmek için daha çok alan bulur, geriye kalan hayırlar da daha çok ağırlık taşır. Üstelik ikiniz için de daha sakin olur.

scared-of-the-hand-dryer =
    .title = El kurutma makinesinden ya da sifondan mı korkuyor?
    .body = Umumi tuvalette gürleyen el kurutma makinesi ya da gürültülü sifon çocuğunu ürkütüyor mu? Onu buna zorlamak zorunda değilsin. Sifonu çocuğun kapıya varınca çek, elleri kâğıtla kurula ya da birlikte kulaklarınızı kapatın: “Şimdi gürültü geliyor… ve bitti!” Böylece çocuğun, önceden sadece korkutucu olan bir şeyi biraz kontrol edebilir. Birkaç ay sonra düğmeye kendisi basmak isteyebilir.

screaming-in-the-car-while-you-drive =
    .title = Sen araba kullanırken çocuğun çığlık mı atıyor?
    .body = Sen araba kullanırken çocuğun koltuğunda çığlık atıyor ya da kıvranıyor mu? Gözünü yoldan ayırma ve sakince konuş: “Seni duyuyorum. Kızgınsın. Birazdan duracağım.” İstersen bildik bir şarkı söyle. Güvenli olur olmaz bir otoparkta dur ve o zaman gerçekten teselli et. Yolda onu asla kemerden çıkarma, arkaya da uzanma. Güvenli bir koltukta, sesin yanındayken biraz ağlamak zarar vermez.

the-look-before-the-forbidden-thing =
    .title = Yasak şeyden hemen önceki o bakış
    .body = Çocuğun dokunmaması gereken saksıya yöneliyor ve önce sırıtarak sana mı bakıyor? Bu bir yaramazlık değil, bir soru: Kural hâlâ geçerli mi? Küçük eller toprağa girmeden o bakışa cevap ver: “Baktığını görüyorum. Toprak saksıda kalıyor.” Bunu nazikçe ve tıpkı dün olduğu gibi söyle. Her seferinde aynı şekilde söylenen bir sınır tutunacak bir yer verir. O sırıtışı komik bulmak da serbest.

say-what-they-can-do =
    .title = Neyin serbest olduğunu söyle
    .body = Çocuğun bugün blok mu fırlatıyor, yoksa kaşıkla cama mı vuruyor? Neyin yasak olduğunu değil, neyin serbest olduğunu söylemeyi dene: “Bloklar yerde kalıyor. Yumuşak topu atabilirsin.” Ya da: “Davulu tencereyle çalıyoruz.” “Atma” dediğinde küçük bir çocuk çoğunlukla “at”ı duyar. Neyin mümkün olduğunu gösteren bir cümle, o isteğe bir yön verir. Söylerken elinle de göster.

just-a-moment-then-really-come =
    .title = “Bir dakika”, sonra gerçekten gel
    .body = Sen bir cümleyi bitirirken ya da çamaşır makinesini boşaltırken çocuğun pantolonundan mı çekiştiriyor? Tuttuğun kısa beklemelerle alıştırma yap: “İki çorap daha, sonra geliyorum.” Sonra gerçekten, hemen gel. Küçük çocuklar henüz pek bekleyemez; “bir dakika”nın hep gerçekten kısa olduğunu gördükçe öğrenirler. Birkaç saniyeyle başla. Yine de gözyaşı mı? Bu başarısızlık değil, çocuğun hâlâ öğreniyor.

let-the-game-wait =
    .title = Oyun beklesin
    .body = Yemek hazır olduğu için çocuğunun oyunu bırakması mı gerekiyor ve itiraz mı geliyor? Oyunu ortadan kaldırma, bekletmeye al. Tren rayda kalsın, ayıcık da çocuğunun yanındaki sandalyeye otursun: “Tren burada bekliyor. Yemekten sonra yoluna devam edecek.” Oyunun sonra hâlâ orada olacağını bilen çocuk daha kolay bırakır. Kim bilir, belki ayıcık da yemeğe katılır.

dog-owner-says-come-and-stroke =
    .title = “Bir şey yapmaz, gel sev!”
    .body = Sokakta bir köpek size doğru geliyor, sahibi neşeyle çocuğunu sevmeye çağırıyor, çocuğun ise sana mı sarılıyor? Hızı köpeğin sahibi değil, sen ve çocuğun belirlersiniz. Çocuğunu kucağına al ya da önüne geç: “Önce buradan bakıyoruz.” Gördüklerinizi söyle: “Kuyruğunu sallıyor. Ağacı kokluyor.” Çocuğun, senin onu koruduğunu hisseder. Sevmek daha sonra, çocuğun kendisi isterse gelir.

hand-or-carry-in-the-car-park =
    .title = Otoparkta: ya el ya kucak
    .body = Çocuğun son zamanlarda otoparkta ya da kaldırım kenarında bile her yere koşup kaçıyor mu? Bunu her seferinde aynı şekilde söylediğin bir kural yap: “Arabaların yanında: ya el ya kucak. Sen seç.” El vermiyor mu? O zaman tartışmadan ve kızmadan kucağına al. Hiç değişmeyen kısa bir kural, küçük bir çocuğa tehlike üzerine açıklamalardan daha anlaşılır gelir. Sonra çimlerde yine doyasıya koşabilir.

play-with-no =
    .title = “Hayır!” ile oyna
    .body = Çocuğun “hayır!” kelimesini keşfetti ve şimdi her şeye mi söylüyor? Bu, kendi iradesini denemek; sen de bununla oynayabilirsin. Dizini göster: “Bu senin burnun mu?” “Hayır!” Dirseğini göster: “Bu senin burnun mu?” “Hayır!” Giderek daha çok şaşır. Çocuğun keyifle hayır der ve seninle hayır demenin güvenli olduğunu öğrenir. Bu, kabul edemediğin hayırları da biraz hafifletebilir.

after-their-no-wait-a-moment =
    .title = Bir “hayır”dan sonra biraz bekle
    .body = Çocuğuna bir kitap ya da elini uzatıyorsun ve hemen “hayır!” mı geliyor? “Tamam” de ve kitabı öylece orada bırak. Küçük bir çocuğun “hayır” demesi çoğu zaman önce bir reflekstir: Kendim karar vermek istiyorum. Yarım dakikalık alan tanınınca birçok çocuk kitabı yine de alır, ama bu kez kendi seçimiyle. Israr etme, alırsa da yorum yapma. Böylece çocuğunun hayır demesi değer taşımaya devam eder.

stranger-asks-your-child-something =
    .title = Bir yabancı çocuğuna bir şey sorduğunda
    .body = Kasiyer ya da bir komşu çocuğuna adını soruyor, çocuğun da bacağının arkasına mı saklanıyor? Onun yerine rahatça sen cevap ver: “Bu Sam. Önce seni bir güzel inceliyor.” Böylece çocuğun bir şey göstermek zorunda kalmaz ve bakmanın serbest olduğunu duyar. “Utanma” demekten kaçın; bu anı sadece büyütür. Evde sonra bakkalcılık oynayıp “merhaba” demeyi küçük ölçekte deneyebilirsiniz.

you-pressed-the-button-first =
    .title = Düğmeye sen bastın, şimdi kıyamet koptu
    .body = Alışkanlıkla asansörün ya da kapı zilinin düğmesine sen mi bastın, çocuğun da kendisi basmak istediği için teselli edilemiyor mu? Küçük bir çocuk için bu gerçek bir kayıptır. De ki: “Of, sen basmak istiyordun. Ben çok hızlı davrandım.” Tekrarlanabilir mi? Asansörden inin ve birlikte yeniden yapın. Olmuyorsa, kabul etmen yeterli. Böylece işlerin düzeltilebileceğini gösterirsin.

child-hits-you-when-cross =
    .title = Çocuğun kızınca sana mı vuruyor?
    .body = Çocuğun bir hayır duyunca sana mı vuruyor? Elini araya koy ve kısaca söyle: “Bana vurmak olmaz.” Sonra öfkenin nereye gidebileceğini göster: fil gibi yere tepinmek, avuçlarına var gücüyle itmek, bir yastığa vurmak. “Tepin, işte bu kadar kızgınsın!” Küçük bir çocuk öfkeyi bütün bedeninde hisseder ve o gücün bir yere gitmesi gerekir. Sen de onunla tepin; çoğu zaman iş bir kahkahayla biter.

your-child-bites-another-child =
    .title = Çocuğun başka bir çocuğu ısırdı: geri ısırma
    .body = Çocuğun, sen oradayken bir arkadaşını ya da kuzenini mi ısırdı? Nefesini ver ve kısaca, sakince söyle: “Dur. Isırmak acıtır.” Sonra ikiniz de sakinleşene kadar çocuğunu oyundan uzaklaştırıp yanına al. “Sen de onu ısır, görsün” diyenler mi var? Yapma: Çocuğun böylece en çok, büyüklerin can yakabileceğini öğrenir. Isırmak küçük çocuklarda sık görülür ve senin hakkında bir şey söylemez.

your-child-got-bitten =
    .title = Çocuğunu biri ısırdı
    .body = Çocuğunu başka bir çocuk mu ısırdı? Önce teselli et ve olanı söyle: “O çocuk kolunu ısırdı. Acıttı ve korktun.” Isırılan yeri suyla yıka ve ıslak bir bezle serinlet. Diğer çocuğa ya da ebeveynine olan öfkeni bir süre kendine sakla; o çocuk da daha küçük. Deri açıldıysa ya da orası sonradan kızarır, ısınır veya şişerse aile hekimine (huisarts) başvur.

tantrum-at-the-checkout =
    .title = Kasada bir öfke nöbeti
    .body = Çocuğun kasada şeker istediği için yerde çığlık çığlığa mı yatıyor? Kuyruğa değil, çocuğuna bak. Yanına çömel, tek bir cümle söyle, “Çok istiyorsun. Cevap yine hayır.”, ve yanında kal. Ödeme yapmak ve teselli etmek aynı anda olmuyor mu? Alışveriş arabasını bir süre bırak ve fırtına dinene kadar çocuğunla dışarı çık. Bir dahaki sefere alışverişe atıştırmalık ve uykudan sonra gitmek işe yarayabilir.

tantrum-on-the-floor-make-it-safe =
    .title = Yerde çırpınıyor mu? Ortamı güvenli hâle getir
    .body = Çocuğun öfke nöbetinde kendini yere atıp tekmeliyor, bazen başını yere mi vuruyor? Fırtınayı durdurmak zorunda değilsin; güvenle geçip gitmesini sağla. Sandalyeyi uzaklaştır, başının altına bir yastık koy, yakınında ve sakin kal. Önce güvenlik gelir. Çocuğun sık sık başını sertçe vuruyorsa ya da endişeleniyorsan consultatiebureau’ya (çocuk sağlığı merkezine) danış.

after-the-storm-comfort-not-a-lesson =
    .title = Fırtınadan sonra: ders değil, teselli
    .body = Öfke nöbeti geçti ve çocuğun hıçkırarak, terli ve bitkin hâlde mi oturuyor? Böyle bir fırtına küçük bir bedeni çok yorar. Önce o bedenle ilgilen: bir yudum su, yüzüne serin ıslak bir bez, kanepede biraz sana sokulmak. Ders vermenin şimdi sırası değil. Çocuğun şunu fark eder: En büyük fırtınadan sonra bile biri benimle ilgileniyor. Sonra küçük bir şeyle birlikte devam edin.

front-door-give-them-a-job =
    .title = Kapıda kriz mi? Ona bir görev ver
    .body = Sen zaten geç kalmışken çocuğun her sabah kapıda direniyor mu? Dışarı çıkışa çocuğuna ait bir amaç ver: anahtarı taşımak, mektubu kutuya atmak, komşunun kedisine el sallamak. “Anahtar sende. Kapıyı sen mi açacaksın?” Bir görevle, sürüklenmek katılmaya dönüşür. Bugün olmadı mı? Çocuğunu sakince kucağına al. Yarın yeni bir şans.

climbing-into-the-car-seat-themselves =
    .title = Araba koltuğuna kendi tırmansın
    .body = Onu araba koltuğuna kaldırmak istediğin anda küçüğün kaskatı mı kesiliyor? Kendisi binsin: kapıdan arka koltuğa, sonra kendi koltuğuna tırmanarak. “Sen tırman, kemeri ben klik diye takarım.” Kendisi yapabilen çocuk daha az direnir. Birkaç dakika fazla sürer; bunu hesaba kat. Kemerleri her zaman sen takarsın, sıkıca, ve her şey güvenle bağlanmadan yola çıkmazsın.

a-tantrum-is-not-a-plan =
    .title = Öfke nöbeti bir plan değil
    .body = Bir öfke nöbetinin ortasında bazen “Bunu beni kızdırmak için yapıyor” diye mi düşünüyorsun? Bugün bu düşünceyi şununla değiştir: Şu an ona her şey fazla geliyor. Beynin duyguları frenleyen bölümü küçük çocuklarda hâlâ gelişiyor; öfke nöbeti bir strateji değil, bir taşmadır. Böyle düşününce daha kolay sakin kalırsın, sakinliğin de o frenin gelişmesine yardım eder. Anlayış, boyun eğmek değildir.

pushed-away-mid-tantrum =
    .title = Nöbet sırasında seni itiyor mu?
    .body = Çocuğun öfke nöbeti sırasında dokunulmak istemiyor, seni itiyor ya da tekmeliyor mu? Buna saygı göster, ama gitme. Bir adım geri çekil, göz hizasına otur ve söyle: “Buradayım. Sarılmak istersen yanındayım.” Kimi çocuk sıkıca tutulmak ister, kimi biraz alan; böylece seninkinin neye ihtiyacı olduğunu öğrenirsin. Çoğu zaman çocuğun bir süre sonra kendiliğinden sana gelir.

told-to-ignore-tantrums =
    .title = “O nöbetleri boş ver gitsin”
    .body = Akrabalar ya da internet sana öfke nöbetlerini görmezden gelip uzaklaşmanı mı öğütlüyor? Sınırını, çocuğunu henüz çok büyük bir duyguyla yalnız bırakmadan da koruyabilirsin. Yakınında kal, az konuş ve boyun eğme. Çocuğun şunu öğrenir: Öfkem kuralı değiştirmiyor, ama onunla yalnız da değilim. Soranlara: “Boyun eğmiyorum. Sadece yakınında kalıyorum.”

a-week-of-tantrum-notes =
    .title = Bir hafta boyunca nöbetleri not et
    .body = Öfke nöbetleri birdenbire geliyormuş gibi mi görünüyor? Bir hafta boyunca ne zaman geldiklerini kısaca not et: saat, yer ve hemen öncesinde ne olduğu. Çoğu zaman bir düzen ortaya çıkar: yemekten hemen önce, yoğun bir sabahtan sonra, her geçişte. Bununla bir şeyler yapabilirsin, örneğin çantada bir atıştırmalık ya da daha sakin bir sabah. Her nöbet önlenemez, önlenmesi de gerekmez.

bit-someone-at-childcare =
    .title = “Çocuğunuz bugün ısırdı”
    .body = Kreşten alırken çocuğunun başka bir çocuğu ısırdığını mı duydun? Evde sonradan ceza verme: Saatler sonra küçük bir çocuk neyin söz konusu olduğunu anlamaz. Bunun yerine hemen öncesinde ne olduğunu sor: kalabalık, elinden alınan bir oyuncak, yorgunluk? Aynı kısa sözlerle nasıl tepki vereceğinizi birlikte kararlaştırın. Evde ve orada aynı yaklaşım en çok yardım eder. Çoğu zaman bu dönem geçer.

sad-about-the-lost-balloon =
    .title = Uçup giden balona üzülmek
    .body = Balon uçtu mu, dondurma yere mi düştü, çocuğun da derinden mi üzgün? Gördüğünü söyle: “Balonun gitti. Buna üzülüyorsun.” Birlikte arkasından bakın. Üzüntüyü hemen yeni bir balon ya da başka bir dondurmayla çözmek zorunda değilsin; bir süre kalmasına izin verilirse çoğu zaman kendiliğinden geçer. Çocuğun, üzüntünün yanında birinin kaldığı bir duygu olduğunu öğrenir.

everything-is-mine =
    .title = “Benim!” Birden her şey çocuğunun
    .body = Çocuğun bütün gün kendi bardağı için, ama senin telefonun ve başka bir çocuğun kovası için de “benim!” diye mi bağırıyor? Böylece kendi eşyaları olan ayrı bir kişi olduğunu keşfediyor. Bugün sakince neyin kime ait olduğunu söyle: “Evet, o bardak senin. Telefon benim. Kova Sem’in.” Paylaşmak üzerine nutuk çekmeden. Eşyalarının güvende olduğunu bilen çocuk, ileride daha kolay ödünç verir.

no-question-when-no-choice =
    .title = Seçenek yoksa soru da sorma
    .body = Cevap zaten belliyken “Montunu giyelim mi?” ya da “Yatalım mı?” diye sorduğunu mu duyuyorsun? O zaman “Hayır!” dürüst bir cevaptır. Bugün bunu dostça bir bildirim olarak söyle: “Mont zamanı.” Soruları, çocuğunun gerçekten söz hakkı olduğu anlara sakla. Böylece çocuğunun sesinin ne zaman sayıldığı netleşir, ve bu yeterince sık olur.

decide-before-you-say-no =
    .title = Önce karar ver, sonra hayır de
    .body = Bazen hayır deyip on dakikalık sızlanmadan sonra evet mi diyorsun? O zaman çocuğun en çok sızlanmanın işe yaradığını öğrenir ve her yeni hayır daha uzun bir mücadeleye dönüşür. Bugün cevap vermeden önce bir saniye dur: Bu gerçekten bir hayır mı? Öyleyse nazikçe arkasında dur. Zaten boyun eğeceksen hemen evet de. Arkasında durulan birkaç hayır, sallanan birçok hayırdan daha çok netlik verir.

say-it-once-then-help =
    .title = Bir kez söyle, sonra yardım et
    .body = Çocuğun oynamaya devam ederken beşinci kez, giderek daha yüksek sesle “Ellerini yıka!” mı diyorsun? Oyuna dalmış küçük bir çocuk seni çoğu zaman gerçekten duymaz. Bir kez, yakından ve göz hizasında söyle, sonra hemen yardım et: “Gel, ellerine yardım edeyim.” Sakin bir hareket, giderek yükselen sözlerden daha açıktır. Sesini de daha güzel şeylere saklarsın.

playdate-put-the-favourites-away =
    .title = Oyun arkadaşı mı geliyor? Gözdeleri kaldır
    .body = Bugün oynamaya başka bir çocuk mu geliyor? Önceden çocuğunla birlikte paylaşılamayacak kadar özel bir iki şey seçin, örneğin en sevdiği peluş, ve kaldırın. Küçük çocuklar henüz pek paylaşamaz, bu normaldir: Önce “benim” keşfedilir. Böylece çocuğun ziyaret boyunca hazinesini korumak zorunda kalmaz. Ama iki çocuğa yetecek kadar oyuncak hazırla.

taking-turns-first-with-you =
    .title = Sırayla oynamak, önce seninle
    .body = Başka çocuklarla birlikte oynamak küçük bir çocuk için hâlâ zor. Bu yüzden sırayla oynamayı önce seninle, güvenli hissettiği yerde dene: Bir topu ileri geri yuvarlayın, “Benim sıram… senin sıran!” deyin ya da kuleye sırayla birer blok koyun. Sıraları kısa tut, çünkü beklemek yorucudur. Seninle, sırasını vermenin onu kaybetmek olmadığını öğrenir: Sıra geri gelir.

your-child-snatches-a-toy =
    .title = Çocuğun bir oyuncağı kaptı
    .body = Çocuğun başka bir çocuğun elinden oyuncak mı aldı? Yanına otur ve oyuncağı birlikte geri verin: “Araba Mila’daydı. Geri veriyoruz.” Sonra şimdi hayal kırıklığına uğramış olan kendi çocuğunun yanında kal: “O arabayı çok istedin.” Birlikte başka bir şey bulun ya da sonra sıra ona gelebilir mi diye sorun. Böylece iki çocukla da ilgilenirsin ve çocuğun kendini “yaramaz olan” gibi hissetmez.

waiting-in-a-queue-game =
    .title = Kuyrukta mı bekliyorsunuz? Bir oyun oynayın
    .body = Fırında, postanede ya da eczanede çocuğunla kuyrukta mısın? Küçük bir çocuk için birkaç dakika bitmek bilmez. O yüzden birlikte bekleyin: “Kırmızı bir şey görüyor musun?” diye sorun ya da elinin üstünde bir parmak oyunu oynayın. Çocuğun beklemeyi tek başına taşımak zorunda değil; sen yanındayken daha kolay olur. Böyle beklemeyi de öğrenir mi? Azar azar, evet.

let-them-make-the-ending =
    .title = Bitişi çocuğun yapsın
    .body = Su oyununun bitmesi mi gerekiyor, şişme havuzda, mutfak lavabosunda ya da parktaki su pompasında? Son adımı çocuğunun eline ver: son kovayı bitkilere dökmek, musluğu kendisi kapatmak, ördekleri sepete koymak. “Bitirmek senin işin.” Bitişi kendisi yapan çocuk ona daha az direnir. Yine de itiraz mı ediyor? Olabilir, bitiş yine de değişmez.

me-do-it-but-running-late =
    .title = “Kendim yapacağım!”, ama zaten geç kaldınız
    .body = Çocuğun ayakkabılarını tam da acelen olan sabah mı kendisi giymek istiyor? İki tür gün yap. Sakin günlerde on dakika fazladan ayır, çocuğun ne kadar sürerse sürsün denesin. Aceleli günlerde dürüst ol: “Bugün ben yardım ediyorum, çünkü acele etmemiz lazım. Yarın sen yaparsın.” Sonra o yarını gerçekten tut. Böylece iradesine yer açılır, ama her sabah bir savaşa dönmez.

sit-down-strike-on-the-pavement =
    .title = Kaldırımda oturma eylemi mi? Kolundan çekme
    .body = Çocuğun yolda birden kaldırıma çöküp tek adım daha atmak istemiyor mu? Onu tek elinden ya da kolundan çekip kaldırma veya sürükleme: Küçük çocuklarda dirsek böyle yerinden çıkabilir. Yanına çömel: “Daha yürümek istemiyorsun, değil mi?” Gerekirse koltuk altlarından tutarak kaldır. Yola yakın mısınız? Hemen kaldır. Sonra bir kolunu kullanmıyor mu? Aile hekimini (huisarts) ara.

swapping-in-the-sandpit =
    .title = Kum havuzunda değiş tokuş
    .body = Çocuğun kum havuzunda illa başka bir çocuğun küreğini mi istiyor? “Güzelce paylaş” yerine değiş tokuşu öğretebilirsin: Çocuğunun eline başka bir şey ver ve söyle: “Sor bakalım: değişelim mi?” Öteki çocuk hayır derse bu da bir cevaptır; sen de hayal kırıklığında çocuğunun yanında kalırsın. Küçük bir çocuk değiş tokuşu paylaşmaktan daha iyi anlar. Yanında fazladan bir kürek götür.

everyone-laughs-except-your-child =
    .title = Herkes gülüyor, çocuğun hariç
    .body = Çocuğun komik bir ifadeyle mi düştü ya da tatlı bir şey mi söyledi, ve bütün aile gülerken dudağı mı titremeye başladı? Küçük bir çocuk için kendisine gülünmesi, iyi niyetle bile olsa, reddedilmek gibi hissettirebilir. Yanına git ve söyle: “Herkes güldü. Bu hoşuna gitmedi, değil mi?” Diğerlerine hafifçe: “Biraz ürktük.” Çocuğun senin onun tarafında olduğunu hisseder.

waiting-for-the-swing =
    .title = Salıncak sırası beklemek
    .body = Salıncak dolu ve çocuğun hemen şimdi mi binmek istiyor? Yan yana birlikte bekleyin ve beklemeyi görünür kılın: “O kız hâlâ sallanıyor. Biz de sayalım: bir, iki…” Öteki ebeveyne sor: “On kez daha itelim, sonra değişelim mi?” İzleyecek bir şeyle ve sonu görünen bir bekleyiş, küçük bir çocuğun tam da baş edebileceği bir şeydir. Yine de çok mu uzun sürüyor? Kaydırak da eğlenceli.

carried-in-a-crowd =
    .title = Kalabalıkta kucağa mı istiyor?
    .body = Çocuğun evde her yere kendisi yürüyor, ama pazarda, istasyonda ya da bir kutlamada birden sadece kucakta mı durmak istiyor? Kucağına al. Kalabalık, bir sürü bacak ve yüksek sesler, küçük bir çocuğun boyundan bakınca seninkinden çok daha korkutucudur. Kalçandan her şeyi görür, sen de onun güvenli yeri olursun. Bu bir geri adım değil; ortalık sakinleşince çoğu çocuk kendiliğinden inmek ister.

words-instead-of-a-push =
    .title = İtmek yerine sözler
    .body = Çocuğun kaydırakta ya da kum masasında başka bir çocuğu mu itiyor? Yanında dur, iten eli tut ve çocuğuna henüz eksik olan sözleri ver: “Sen de istiyorsun. De ki: ‘Ben de!’” Ya da: “De ki: ‘Dur!’” Bu küçük cümleyi birlikte deneyin. İtmek çoğu zaman henüz dışarı çıkamayan bir cümledir. Çocuğunun sözleri çoğaldıkça elleri daha az şey söylemek zorunda kalır. Aylar sürer; tekrar etmeye devam et.

no-forced-sorry =
    .title = Zorla “özür dilerim” yok
    .body = Çocuğun başka bir çocuğun canını mı yaktı, öteki ebeveyn de beklentiyle sana mı bakıyor? Çocuğunu “özür dilerim” demeye zorlama: Küçük bir çocuk kelimeyi söyler ama pek bir şey hissetmez. Bunun yerine öteki çocuğa kendin söyle: “Özür dilerim, bu acıttı. Kolunu okşayayım mı?” Çocuğun gönül almanın nasıl olduğunu görür. Çoğu zaman sonra kendiliğinden, bir okşamayla ya da oyuncakla seni taklit eder.

child-says-a-feeling-word =
    .title = Çocuğun kendisi “kızdım!” mı diyor?
    .body = Çocuğunun birden kendisi bir duygu kelimesi söylediğini mi duyuyorsun, “kızdım!” ya da “korktum”, belki daha yarım yamalak? Bu büyük bir adım: Duygu yalnızca bir çığlık değil, bir kelime oluyor. Ciddiye al ve sor: “Kızgınsın. Neye kızdın?” Çocuğun bir şeyi gösterirse anladığını söyle. Evde konuştuğunuz dildeki bir kelime de aynı değerdedir. Çocuğun şunu fark eder: Söylersem biri dinliyor.

scared-of-a-costumed-figure =
    .title = Palyaço ya da maskot mu gelecek? Önceden anlat
    .body = Palyaço, maskot ya da başka kostümlü kişilerin dolaştığı bir kutlamaya, geçit törenine ya da eğlence parkına mı gidiyorsunuz? Birçok küçük çocuk, yüzü hiç değişmeyen büyük bir figürden korkar. Önceden birkaç kelimeyle anlat: “Bir palyaço gelecek, kırmızı burunlu. İçinde sadece bir insan var.” Ve söz ver: “Korkarsan birlikte uzaklaşırız.” Sonra sözünü tut. Yaklaşmak zorunda değil.

too-high-at-the-top-of-the-slide =
    .title = Kaydırağın tepesinde birden çok yüksek
    .body = Çocuğun illa büyük kaydırağa çıkmak istedi ve tepede birden ağlamaya mı başladı? Geri inmek de bir seçimdir, başarısızlık değil. Yakınında dur ya da arkasından tırman ve söyle: “İstedin, şimdi çok yüksek geliyor. O zaman geri dönüyoruz.” Çocuğunu itmeden ya da ikna etmeye çalışmadan güvenle aşağı indir. Geri dönmesine izin verilen çocuk, bir dahaki sefere çoğu zaman biraz daha cesaret eder.

teach-the-word-help =
    .title = Çocuğuna “yardım!” demeyi öğret
    .body = Kutunun kapağı açılmayınca ya da çorap girmeyince çocuğun öfkeden çığlık mı atıyor? Ona yardım istemek için bir kelime ve bir hareket ver: “De ki: yardım!” ve birlikte ellerinizi uzatın. Sonra hemen karşılık ver ve sadece biraz yardım et. Böylece çığlık azar azar bir ricaya dönüşür. Çocuğun şunu öğrenir: Bir şey olmuyorsa birini çağırabilirim. Bu da bağımsızlaşmanın bir parçası.

dont-redo-their-job =
    .title = Onun yaptığını yeniden yapma
    .body = Çocuğun sofrayı kendisi mi “kurdu” ya da ayakkabılarını kendisi mi giydi, ama tam senin yapacağın gibi değil? Öyle bırak, kaşık yanlış tarafta ya da ayakkabılar ters ayakta olsa bile. Onun gözü önünde düzeltmek, sözsüz olarak “iyi olmamış” demektir. Gerçekten bir şeyin değişmesi gerekiyorsa sonra, görmediği bir anda yap. Bunun yerine o yüzdeki gurura bak; düzgün bir sofradan daha değerli.

picked-blue-now-wants-red =
    .title = Mavi bardağı seçti, şimdi kırmızıyı istiyor
    .body = Çocuğun mavi bardağı seçti ve şimdi kırmızıyı istediği için gözyaşlarına mı boğuldu? Küçük çocuklar, seçmenin diğerini alamamak anlamına da geldiğini yeni keşfediyor. Seçimin yanında nazikçe dur: “Maviyi seçtin. Şimdi kırmızıyı istiyorsun. Bu can sıkıcı.” Değiştirmek de kızmak da zorunda değilsin. Yanında biri varken hayal kırıklığını taşımayı öğrenmek, çocuğunun şu an çalıştığı şey.

name-their-pride =
    .title = Çocuğunun gururuna ad ver
    .body = Çocuğun bir şeyi başarıp ışıl ışıl sana mı dönüyor? “Aferin!” yerine bir kez çocuğunun kendi hissettiğini adlandır: “Gurur duyuyorsun, değil mi? Hepsini kendin yaptın.” Hemen bir şey eklemeden bu anın tadını çıkarmasına izin ver. Böylece çocuğun gururun yalnızca dışarıdan gelen bir övgü değil, içeriden bir duygu olduğunu öğrenir. Bu duyguyu ileride kimse bakmazken de bulabilir.

name-the-happy-feelings-too =
    .title = Mutlu duygulara da ad ver
    .body = Duyguları çoğu zaman öfke ya da üzüntü varken adlandırırız. Bugün güzel olanlara da dikkat et: “Zıp zıp zıplıyorsun! Dede geldi diye çok mutlusun.” Ya da: “Banyoda ne kadar rahatsın, sakin sakin.” Mutlu, heyecanlı ve hoşnut için de kelimeler alan bir çocuk, sadece zor olanların değil, bütün duyguların görüldüğünü öğrenir. Üstelik sen de neyin iyi gittiğini daha çok fark edersin.

new-toddler-group-arrive-early =
    .title = Yeni bir çocuk grubu mu? Biraz erken git
    .body = Başka küçük çocuklarla yeni bir yere mi gidiyorsunuz, örneğin bebek yüzmesi, bir müzik grubu ya da bir oyun sabahı? Ortalık henüz sessiz ve boşken, on dakika erken gidin. Çocuğun kalabalık başlamadan önce seninle birlikte mekânı sakince keşfedebilir. Yeri zaten tanıyan çocuk grupla daha kolay baş eder. İlk haftalarda hep aynı yere oturun; bu da orayı daha tanıdık kılar.

too-wild-slow-the-game =
    .title = Çok mu coştu? Oyun taşmadan yavaşlat
    .body = Koşmak, çığlık atmak, kovalamaca: Oyun giderek coşuyor ve genelde nasıl bittiğini biliyorsun. Taşmadan önce yavaşlat: daha yavaş hareket et, daha alçak sesle konuş, kovalamacayı parmak ucunda gizlice yaklaşma oyununa çevir. Sakin bir şeyle bitirin, örneğin yan yana uzanıp tavana bakmak. Küçük bir çocuk henüz kendi frenine basamaz; fren sensin. Gülmek serbest, inişi birlikte yaparsınız.

tantrums-mostly-at-home =
    .title = Nöbetler en çok seninle mi?
    .body = Kreşten ya da bakıcıdan çocuğunun orada melek gibi olduğunu duyuyor, ama evde bir nöbet bitip öteki mi başlıyor? Bu adaletsiz geliyor, ama güzel bir şey söylüyor: Çocuğun seninle her şeyi, gün boyu içinde tuttuklarını bile göstermeye cesaret ediyor. Almaya giderken bir atıştırmalık ve içecek al; aç karnına fırtına daha sert kopar. Kendine de iyi bak: Güvenli bir yer de yorulabilir.

coat-flip-trick =
    .title = Mont numarası: kendi başına giymek
    .body = Çocuğun montunu illa kendisi mi giymek istiyor, ama kollar hep dolaşıyor mu? Montu yere açık şekilde, iç tarafı yukarı ve yakası çocuğunun ayaklarına gelecek biçimde ser. Kollar kollara, sonra tek bir savuruşla başın üzerinden: mont giyildi! Birkaç kez göster ve çocuğun denesin. Önce olmayan bir şeyi kendi başına başarmak, küçük bir çocuğa kocaman bir his verir. Kapıda da bir kavga eksilir.

odd-socks-are-fine =
    .title = İki farklı çorap mı? Hiç sorun değil
    .body = Çocuğun bugün güneşte yağmur çizmesi, iki farklı çorap ya da markete prenses elbisesi mi istiyor? Sadece güvenli ve yeterince sıcak mı, ona bak. Öyleyse bırak öyle kalsın. Giysiler, küçük bir çocuğun kendi başına karar verebildiği ilk şeylerden biridir. Başkalarının yorumları mı? “Kendisi seçti” demek yeter. Ne olur ne olmaz diye yanına bir hırka al.

birthday-present-hard-to-hand-over =
    .title = Hediyeyi vermek istemiyor
    .body = Bir doğum günü partisine mi gidiyorsunuz ve hediyeyi verme zamanı gelince çocuğun ona sımsıkı mı sarılıyor? Çok anlaşılır: Hediye güzel, küçük bir çocuk da bir şeyi vermeyi henüz pek anlamaz. Hediyeyi elinden çekip alma. “Sen de çok beğendin, değil mi?” de ve birlikte verin, elin onun elinin üstünde. Olmuyor mu? O zaman sen ver, o da yanında dursun. İçten bir “buyur” sonra gelir.

comforting-another-child-together =
    .title = Başka bir çocuğu birlikte teselli etmek
    .body = Oyun parkında bir çocuk düşüyor ve seninki ürkmüş hâlde mi izliyor? Gördüğünü söyle: “O kız düştü. Ağlıyor, dizi acıyor.” Neyin yardım edebileceğini birlikte düşünün: şapkasını geri vermek, biraz el sallamak, annesi geliyor mu diye bakmak. Sen yanındayken çocuğun başkasını önemsemeyi dener. Sadece izlemeyi mi tercih ediyor? O da olur; empati fark etmekle başlar.

where-the-feeling-sits-in-the-body =
    .title = Duygu bedeninin neresinde?
    .body = Çocuğunda bir şeylerin kaynadığını, yumruklarının sıkıldığını, yüzünün kızardığını ya da yere tepindiğini mi görüyorsun? Bedeninde gördüğünü söyle: “Ellerin kaskatı olmuş. İçinde öfke mi var?” Ya da korkarken: “Bana öyle sıkı tutunuyorsun ki.” Çocuğun kendi işaretlerini, onları anlatabilmesinden çok önce, azar azar tanır. Bunları fark etmek, ileride kendi kendine sakinleşmenin ilk adımıdır.

a-scary-picture-in-the-book =
    .title = Kitapta korkutucu bir resim
    .body = Çocuğun kurt ya da canavar çıkınca sayfayı hızla mı çeviriyor, kitabı mı itiyor? Korkutucu kısma o karar versin: “Korkutucu mu? O zaman atlayalım.” Ya da resmi birlikte elinizle kapatın. Birçok küçük çocuk sonra kendiliğinden, sana sokularak geri döner: bir anlık bakış, sonra hemen kapatmak. Ne kadar korkacağına kendisi karar veren çocuk daha çok bakmaya cesaret eder. Yarın belki o kitabı ister.

practise-calm-breathing-in-play =
    .title = Ortalık sakinken sakin nefes almayı çalış
    .body = Küçük bir çocuk sakin nefes almayı öfke nöbetinin ortasında öğrenemez. İşler iyiyken, oyun gibi çalışın: baloncuk üflemek, birlikte bir tüyü masanın üzerinde üflemek ya da senin parmaklarında “mumları söndürmek”. Sen de çok yavaşça üfle. Sonra zor bir anda bunu gösterdiğinde, “Mumları söndürelim mi?”, çocuğun onu zaten tanır. Henüz olmuyor mu? O zaman ikiniz için sen yavaşça nefes al.

yes-later-instead-of-no =
    .title = “Hayır” yerine “Evet, sonra”
    .body = Çocuğun dışarı çıkmak, bir bisküvi ya da bir kitap daha mı istiyor, ama şimdi değil de biraz sonra uygun mu? O zaman “hayır” değil, “evet, sonra” de ve somutlaştır: “Evet, yemekten sonra dışarı çıkacağız.” İki yaşına yaklaşan birçok çocuk böyle bir “sonra”yı epey iyi takip eder. İsteği kapalı bir kapıya çarpmaz, ona bir yer açılır. Yemek bitince gerçekten montları getir: “Hadi gidiyoruz!”

gave-in-yesterday-start-again =
    .title = Dün boyun mu eğdin? Bugün yeniden başla
    .body = Dün, yorgun ve bitkin, uzun bir nöbetten sonra bisküviyi yine de verdin mi? Bu her ebeveynin başına gelir ve hiçbir şeyi bozmaz. Bugün dünü açıklamadan, sakince yeniden hayır de ve arkasında dur. Bir çocuğun her seferinde kusursuz bir ebeveyne değil, yeterince sık aynı şeyi yapan birine ihtiyacı vardır. Çocuğun bunu deneyecek; bugün neyin geçerli olduğunu böyle öğrenir.

left-out-by-bigger-children =
    .title = Büyük çocuklar onu oyuna almıyor
    .body = Çocuğun daha büyük çocuklara, kuzenlere ya da komşu çocuklarına katılmayı çok mu istiyor, onlar da kaçıyor ya da “Sen çok küçüksün” mü diyor? Bu acıtır. Gördüğünü söyle: “Katılmak istedin. İzin vermediler. Çok yazık.” Sonra birlikte ona ait bir rol bulun, topu geri atmak ya da gole sevinmek gibi, ya da bir süre seninle oynasın. Çocuğun görüldüğünü hisseder, büyükleri de zorlaman gerekmez.

the-easy-quiet-child =
    .title = Uysal, sessiz çocuk
    .body = Çocuğun çoğu zaman hoşnut mu, sakin sakin oynayıp az şey mi istiyor? Sessiz bir çocuğun da ilgine ihtiyacı var, tam da bunu istemediği için. Bugün birkaç kez kendiliğinden yanına otur ve izle: “Ne yapıyorsun?” Çocuğun şunu hisseder: Sessizken de görülüyorum. Çocuğun hoşnut olmaktan çok içine kapanık mı görünüyor? Bunu consultatiebureau’da (çocuk sağlığı merkezinde) anlat.

when-tantrums-worry-you =
    .title = Öfke nöbetleri seni endişelendiriyor mu?
    .body = Öfke nöbetleri bu yaşın bir parçasıdır ve çocuklar ne sıklıkta yaşadıkları konusunda farklıdır. Nöbetler sık sık çok uzun mu sürüyor, çocuğun sık sık kendine mi zarar veriyor ya da sonrasında zor mu teselli ediliyor? Ya da sen tükenmiş misin? Bunu consultatiebureau (çocuk sağlığı merkezi) ya da aile hekimiyle (huisarts) konuş. Emin olana kadar beklemen gerekmez; sormak ikinize de iyi gelir.

it-has-to-be-exactly-so =
    .title = Tam olarak böyle olmalı
    .body = Muzu illa çocuğun kendisi mi soymalı, ışığı hep aynı kişi mi kapatmalı, hep o tek bardak mı olmalı? İki yaş civarında birçok çocuk her şeyin tam da her zamanki gibi gitmesini ister. Bu, henüz pek kavrayamadıkları bir dünyada onlara tutunacak bir yer verir. Olabildiğince buna uy. Yine de farklı mı oldu? Bunu söyle, “Ah, bu senin istediğin gibi olmadı”, ve yanında kal.
