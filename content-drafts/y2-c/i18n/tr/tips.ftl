cuddly-toy-may-join-the-bed =
    .title = Artık peluş oyuncak yatağa girebilir
    .body = Çocuğun bir yaşını doldurdu mu? O zaman küçük, yumuşak bir peluş oyuncak onunla yatağa girebilir; çıkabilen gözleri ya da uzun kurdeleleri olmasın. Yastık ya da yorgan ise henüz gerekmez. Çocuğun kendisi seçsin, sen de ona uyku ritüelinde bir yer ver: “Ayıcık da uyuyor.” Böylece sen odada değilken çocuğun gece tutunacağı tanıdık bir şey olur. İlgilenmiyor mu? Sorun değil: her çocuk peluş istemez.

a-taste-from-your-plate =
    .title = Senin tabağından bir lokma
    .body = Küçüğün aile yemeğinden giderek daha çok mu yiyor? Bugün kendi tabağından bir lokma ver ve önce sen, görebileceği şekilde tat: “Mmm, ıspanaklı pilav.” Çocuklar bir yiyeceğe güvenilip güvenilmeyeceğini senin yüzünden okur; senin yediğini yemek de aileye ait olmak gibidir. Çok tuz ya da acı baharat girmeden önce onun payını ayır. Üzüm gibi yuvarlak şeyleri uzunlamasına dörde böl.

drink-cup-within-reach =
    .title = Susadı mı? Bardak elinin altında
    .body = Çocuğun musluğu mu gösteriyor ya da “su!” mu diyor? Bugün kapaklı, kendine ait bir bardak suyu sabit ve alçak bir yere koy, örneğin oturma odasındaki bir taburenin üstüne, ve kendisi alsın. Böylece neye ihtiyacı olduğunu hisseder ve bununla ilgili bir şey yapabilir; olmazsa sen yakındasın. O küçük “kendim yapabilirim” duygusu çocuğa iyi gelir. Birlikte içmeyi mi tercih ediyor? O da olur.

jab-in-the-second-year =
    .title = İkinci yılda aşı: dürüstçe söyle
    .body = Yakında consultatiebureau’da (çocuk sağlığı merkezinde) bir aşı mı var? Çocuğun artık sandığından fazlasını anlıyor. O gün ona kısa ve dürüst söyle: “Sana küçük bir iğne yapılacak. Biraz acıtacak, ben de seni tutacağım.” Acımayacak diye söz verme. Peluşunu yanına al ve sonrasında ne kadar gerekirse teselli et. Böylece çocuğun senin sözlerine güvenebileceğini öğrenir.

hair-wash-look-at-the-ceiling =
    .title = Saç yıkama: “Şimdi!” demeyi ona bırak
    .body = Çocuğun saç yıkarken ağlıyor mu? Anın kontrolünü ona ver: “Su ne zaman gelsin, sen söyle.” Gerçekten o “Şimdi!” sözünü ya da baş sallamayı bekle, sonra kısaca durula. Tavandaki neşeli bir resim başını kendiliğinden geriye yatırır; gözlerine daha az su kaçar. Zor anın ne zaman geleceğine kendisi karar veren çocuk buna daha kolay dayanır. Küvette bir elin hep çocuğunun üzerinde olsun.

bedtime-bottle-before-brushing =
    .title = Akşam biberonu diş fırçalamadan önce
    .body = Çocuğun yatakta bir biberon sütle mi uyuyor? Bugünden itibaren biberonu kanepeye taşı: kucağında birlikte içmek, sonra diş fırçalamak, sonra yatak. Fırçaladıktan sonra sadece su; bu dişleri için daha iyi. Biberon eşliğindeki sarılma kalıyor, sadece yeri değişiyor. İlk akşamlar itiraz mı ediyor? O zaman yatakta onun yanında biraz daha uzun kal.

back-teeth-coming-through =
    .title = Azı dişleri çıkıyor: çiğnemek acıtıyor
    .body = Çocuğun birden ekmek kabuğunu çiğnemeyi bıraktı mı, elleri de sürekli ağzında mı? Belki azı dişleri çıkıyor. Birkaç gün muhallebi, yoğurt ya da muz gibi daha yumuşak yiyecekler ve ısırması için soğuk (dondurulmamış) bir sabun bezi ver. Gördüğünü söyle: “Ağzın acıyor, değil mi?” Böyle günlerde az yemesi sorun değil. Ağrı kesici konusunda emin değil misin? Aile hekimine (huisarts) sor.

food-on-the-floor-means-done =
    .title = Yemek yerde mi? Belki doymuştur
    .body = Küçüğün yemeğin ortasında yemeği tabaktan yere mi atıyor, ya da sadece etrafa mı sürüyor? Bu çoğu zaman “doydum” demektir. Sor: “Bitti mi? O zaman tabak kalkıyor.” Tabağı kızgın bir ses olmadan, sakince kaldır ve çocuğunu sandalyeden indir. Böylece işaretinin anlaşıldığını fark eder. Zamanla “bitti” demeyi ya da el işaretiyle göstermeyi öğrenir, atmak da azalır.

stomach-bug-night =
    .title = Gece kustu mu: önce teselli
    .body = Çocuğun gece uyanıp kustu mu? Bu küçük bir çocuk için korkutucudur. Önce onu kucağına al ve sakince söyle: “Kustun. Çok tatsız. Ben yanındayım.” Yatak bekleyebilir. Sonraki saatlerde sık sık küçük yudumlar sun. Az mı içiyor, çişi çok mu azaldı, ya da çok mu uyuşuk? Aile hekimini (huisarts), gece ise huisartsenpost’u (nöbetçi aile hekimini) ara.

undressing-is-the-new-skill =
    .title = Çoraplar her yerde çıkıyor mu? Yeni bir beceri
    .body = Küçüğün arabada ya da sokakta bile çoraplarını, ayakkabılarını ya da şapkasını sürekli çıkarıyor mu? Bu yeni bir beceri ve çocuğun bununla gurur duyuyor. Bugün ona ayrı bir an ayır: banyodan önce her şeyi kendisi çıkarabilir, sen de alkışlarsın. Dışarıda nazikçe söyle: “Ayakkabılar ayağında kalıyor. Evde çıkarabilirsin.” Soyunmak genelde giyinmekten çok önce gelir; bu normal.

short-bedtime-on-a-tired-night =
    .title = Çok mu yorgunsun? Kısa uyku ritüeli de olur
    .body = Bu akşam bitkin misin ve bütün ritüeli düşünmek bile yoruyor mu? Aynı adımları aynı sırayla yap, sadece daha kısa: bütün kitap yerine bir sayfa, şarkıdan bir kıta, kısa bir “İyi uykular, yarın görüşürüz.” Çocuğun sırayı tanır; huzur uzunlukta değil, o sırada. Kısa bir akşam başarısız bir akşam değildir; yarın yine uzun olabilir.

coughing-night-upright =
    .title = Öksürüklü bir gece: kollarında dik dursun
    .body = Çocuğun gece öksürüyor ve bu yüzden tekrar tekrar mı uyanıyor? Onu kaldır, göğsüne yaslayarak dik tut ve yumuşakça konuş: “Öksürmen gerekiyor, biliyorum. Seni tutuyorum.” Sana yaslanıp sakin nefes almak çocuğunun yatışmasına yardım eder. Sonra yatağına geri. Havlar gibi öksürük, hırıltı ya da zor nefes mi? Aile hekimini (huisarts), gece huisartsenpost’u (nöbetçi aile hekimini) ara.

painting-lotion-after-the-bath =
    .title = Banyodan sonra: krem sürmek resim yapmak gibi
    .body = Küçüğün banyodan sonra masaj için artık uzanmıyor mu? Bunu resim yapmaya çevir. İstersen parmağına biraz kokusuz krem ya da yağ al, asla fındık, fıstık ya da zeytinyağı değil, ve kollarına ve karnına birlikte “resim yapın”: “Dizine bir çizgi!” Sonra çocuğun da senin eline sürsün. Dokunmak sessiz ve ciddi olmak zorunda değil. Çocuğun kaçıyor mu? O zaman resim bitti.

second-wind-at-bedtime =
    .title = Yatmadan hemen önce birden çok hareketli
    .body = Çocuğun akşamları birden odada çılgınca mı koşuyor, aşırı mı gülüyor, daha sık mı tökezliyor? Bu enerji gibi görünür ama çoğu zaman aşırı yorgunluktur. Yarın uyku ritüeline on beş dakika erken başla, ışıkları zamanında kıs ve sakin oyunlar seç. Küçük bir çocuk ne zaman yorulduğunu henüz iyi hissedemez; sen bunu ilk esnemeden ya da göz ovuşturmasından okursun.

clamped-mouth-teddy-brushes-first =
    .title = Ağız kapalı mı? Önce ayıcık
    .body = Diş fırçası görünür görünmez çocuğun dudaklarını sımsıkı mı kapatıyor? Önce bir peluşun dişlerini bol sesle fırçala: “Fırrr, fırrr, üst, alt.” Sonra çocuğun ayıcığı fırçalasın, ardından sıra çocuğuna gelsin. Her taraf için yüksek sesle ona kadar say ki ne zaman biteceğini bilsin. Geldiğini görebildiğin bir son, kıpırdamadan durmayı kolaylaştırır. Bugün yarım mı oldu? Yarın yine dene.

still-breastfeeding-your-own-pace =
    .title = İlk yaş gününden sonra hâlâ emziriyor musun?
    .body = Hâlâ emziriyor ve “Hâlâ mı?” gibi sorular mı duyuyorsun? Ne kadar süreceğine sen ve çocuğun karar verirsiniz; bitmesi gereken belli bir yaş yok. Güler yüzle “Bize böyle uyuyor” demek yeter. Kendin azaltmak mı istiyorsun? O da olur, kendi hızında. Beslenme konusunda emin değil misin ya da bırakmak için yardım mı istiyorsun? Consultatiebureau (çocuk sağlığı merkezi) seve seve yardımcı olur.

not-everything-is-teething =
    .title = Her şey diş yüzünden değil
    .body = Çocuğun günlerdir huysuz mu ve herkes “azı dişleridir” mi diyor? Bugün biraz daha dikkatli bak. Ateş, kulağını çekiştirme, az içme ya da hiç kendisi gibi olmama var mı? O zaman aile hekimini (huisarts), akşam ve hafta sonu huisartsenpost’u (nöbetçi aile hekimini) ara. Diş çıkarmak çocuğu biraz huzursuz eder ama gerçekten hasta etmez. Çocuğunu en iyi sen tanırsın; içindeki ses de önemli.

no-more-one-more-bite =
    .title = Artık “bir lokma daha” yok
    .body = Yemekler sık sık pazarlıkla mı bitiyor: bir lokma daha, sonra tatlı? Bugün farklı bir paylaşım dene: sofraya ne zaman ne geleceğine sen karar verirsin, ne kadar yiyeceğine çocuğun. Küçük porsiyonlar koy; fazlası her zaman olur. Böylece çocuğun kendi karnını dinlemek için savaşmak zorunda kalmaz. Büyüme ya da kilo konusunda endişen mi var? Consultatiebureau’da (çocuk sağlığı merkezinde) konuş.

chickenpox-itch-stay-close =
    .title = Su çiçeği: kaşıntı var, sen yanındasın
    .body = Çocuğun su çiçeği geçiriyor ve sürekli kaşınıyor mu? Tırnaklarını kısa kes, bol pamuklu giysiler seç, kaşınan yerlere serin, ıslak bir bezle hafifçe bastır. Kucağında bir kitap, ellerine başka bir uğraş verir. Kaşıntı huysuz yapar; sakin ilgin yardım eder. Çok hasta ya da uyuşuk mu, bir yer kızarıp ısınıyor ve acıyor mu? Aile hekimini (huisarts), akşam nöbetçi aile hekimini (huisartsenpost) ara.

head-shoulders-knees-drying-off =
    .title = “Başım, omuzlarım, dizlerim” ile kurulanmak
    .body = Bugün çocuğunu banyodan sonra “Başım, omuzlarım, dizlerim, ayaklarım” şarkısıyla kurula: her kelimede o yere havluyla hafifçe bastır. Önce yavaş, sonra hızlı, sonunda çok yumuşak. Şarkı ve dokunuş birlikte bir işi oyuna çevirir, çocuğun da bu arada bedenini tanır. Sen gelmeden dizini kendisi mi gösteriyor? O zaman ritmi o tutsun.

wide-awake-at-three-am =
    .title = Gece saat üçte tamamen uyanık
    .body = Çocuğun gecenin ortasında bir saat boyunca neşeyle uyanık mı yatıyor, oynamaya hazır mı? Yakınında kal ama sıkıcı tut: az ışık, yumuşak ses, oyuncak ya da ekran yok. Gerekirse gözlerin yarı kapalı yatağın yanında otur. Çocuğun yalnız değildir ama yine de gecenin dinlenmek için olduğunu fark eder. Böyle gece eğlenceleri genellikle kendiliğinden geçer.

light-evenings-or-clock-change =
    .title = Aydınlık akşamlar ya da saat değişikliği mi?
    .body = Saatler yakında değişecek mi, ya da çocuğun yatarken akşamları hâlâ aydınlık mı? Uyku ritüelini bir kerede bir saat yerine, birkaç gün boyunca her gün on dakika kaydır. Yazın pencereye karartan bir şey as ki yatak odası her zamanki gibi hissettirsin. Birkaç gün erken uyanmak ya da zor uykuya dalmak işin parçası. Tanıdık ritüel de onunla birlikte kayar.

cuddly-toy-lost =
    .title = Peluş oyuncak kayıp
    .body = Peluş otobüste mi, büyükannede mi, yoksa evde bir yerde mi kayboldu? Üzüntüyü ciddiye al: “Ayıcığını özlüyorsun. Bu gerçekten üzücü.” Birlikte arayın, gittiğiniz yerleri arayıp sorun. Yatma vakti geldi ve ayıcık hâlâ yok mu? Dürüstçe söyle: “Ayıcığı henüz bulamadık. Bu gece yanında biraz daha uzun kalacağım.” Ve kal. Gerçekten bulunmazsa çocuğun yenisini seçsin; tanıdık olması biraz zaman alır.

toddler-in-your-bed-at-night =
    .title = Gece senin yatağında
    .body = Çocuğun gece senin yatağına mı geliyor, ya da herkes çabuk sakinleştiği için onu sen mi alıyorsun? Yakın uyumak şımartmaz, ama dikkatli ol: o yataktaki bir yetişkin alkol, uyuşturucu ya da uyku ilacı aldıysa veya sigara içiyorsa asla; kanepede birlikte de asla. Duvarla arada boşluk olmasın, düşemesin, yastığının ya da yorganının altında kalmasın. Dar mı? Yatağının yanında bir şilte de yakındır.

medicine-without-tricks =
    .title = Hilesiz ilaç içirmek
    .body = Çocuğun hekimin verdiği şurubu içmeli ama ağzını sımsıkı mı kapatıyor? Tadını dürüstçe söyle: “Biraz kötü tadı var, ama iyileşmene yardım ediyor.” Küçüğüne seçim şansı ver: “Şırıngayı sen mi bastırırsın, ben mi?” Yardım edince kendini daha az çaresiz hisseder. İlaca asla şeker deme ve sonra yüksek, kapalı bir yere kaldır. Hepsini tükürdü mü? Kendi başına tekrar verme; aile hekimine (huisarts) sor.

set-snack-times =
    .title = Sabit ara öğünler, sofrada iştah
    .body = Çocuğun bütün gün azar azar atıştırıp akşam yemeğinde neredeyse hiç yemiyor mu? Bugün ara öğün için sabit zamanlar seç, örneğin sabahın ortası ve öğleden sonra, ve bunu birlikte, masada oturarak yiyin. Aralarda su var. Yemeğin ne zaman geleceğini bilen bir çocuk sürekli istemek zorunda kalmaz ve sofraya iştahla gelir. Oturarak yemek, elde yiyecekle dolaşmaktan daha güvenlidir de.

nap-only-in-the-buggy =
    .title = Çocuğun sadece pusette mi uyuyor?
    .body = Çocuğun gündüz sadece pusette ya da arabada mı uyuyor, yatakta uyumuyor mu? Şimdilik bu sorun değil. Bunu aynı saatte, aynı yoldan sabit bir yürüyüşe çevir, sonra çocuğun olduğu yerde uyumaya devam etsin, sen de yakınında ol. Yatağı sonra yeniden deneyebilirsin. Yürüyüşü kendin için de kullan: temiz hava ve biraz hiçbir şey yapmamak.

hot-night-feel-the-neck =
    .title = Sıcak bir gece: ensesine dokun
    .body = Çocuğun sıcak bir yaz gecesinde dönüp duruyor ve terlemiş halde mi uyanıyor? Ensesine ya da sırtına dokun; serin eller pek bir şey söylemez. İnce bir uyku tulumu ya da sadece bir body seç, gündüz perdeleri kapalı tut, akşam bir pencere aç. Su ver ve ılık, ıslak bir bezle kollarını ve bacaklarını sil. Çocuğun çok sıcakladığını henüz söyleyemez; sen bunu bedeninden okursun.

hiding-to-poo =
    .title = Kakasını yapmak için saklanmak
    .body = Çocuğun kakasını yapmak için yüzü kızarmış halde perdenin arkasına ya da bir köşeye mi çekiliyor? Bu güzel bir işaret: çocuğun vücudunun ne yaptığını hissediyor. Onu biraz kendi haline bırak, sonra sadece şunu söyle: “Kakanı yaptın, değil mi? Hadi, temiz bir bez.” Yüzünü buruşturma; çocuğun senin onun vücudu hakkında nasıl konuştuğunu fark eder. Lazımlık sonra gelir; hissetmek başladı bile.

eating-from-a-shared-dish =
    .title = Aynı tabaktan birlikte yemek
    .body = Ailen ekmekle ya da elle, ortak bir tabaktan yemeyi sever mi? Bugün çocuğun da katılsın: batırması için bir parça ekmek, tabağın ona ait bir köşesi. Evde nasıl yiyorsanız öyle yemek, çocuğuna sofraya ve aileye ait olduğunu hissettirir. Sıcak tabakları uzak tut ve önce tat: fazla sıcak ya da fazla acı olmasın.

dinner-falls-apart-eat-earlier =
    .title = Akşam yemeği gözyaşıyla mı bitiyor? Erken yiyin
    .body = Çocuğun her akşam sofrada ağlıyor, bir şeyler atıyor ya da yayılıp kalıyor mu? Çoğu zaman yemek yorgun küçük bir beden için fazla geç geliyor. Bu hafta daha erken yemeyi dene, ya da saat beş civarı çocuğuna küçük, sıcak bir tabak ver ve sonra küçük bir şeyle size katılsın. Dinlenmiş bir çocuk daha sakin yer ve birlikte olmaktan daha çok keyif alır. Size neyin uyduğuna bak.

showering-together =
    .title = Küvet yerine birlikte duş
    .body = Evde küvet yok mu, ya da tatilde sadece duş mu var? Birlikte duş alın: ılık su, yumuşak akış, çocuğun ayaklarının dibinde kaymaz bir paspasın üstünde. Duş başlığını bir süre kendisi tutsun ve senin bacaklarına doğrultsun. Heyecan verici su seninle bir oyun olur. İstemiyor mu? Önce sadece eller ve ayaklarla başla, sen yanında ol. Suyun sıcaklığını her zaman önce kendin kontrol et.

fever-night-mattress-beside-them =
    .title = Ateşli bir gece: çocuğuna yakın uyu
    .body = Çocuğunun ateşi var ve gece sürekli ağlayarak mı uyanıyor? Bir iki gece için çocuğunun yatağının yanına bir şilte ser, ya da yatağını kendi odana al. Böylece evi dolaşmadan hemen yanında olursun, çocuğun da nefesini duyar. Sık sık bir şeyler içmesini öner. Çok hasta ya da uyuşuk mu, az mı içiyor, endişeli misin? Aile hekimini (huisarts), gece huisartsenpost’u (nöbetçi aile hekimini) ara.

following-you-to-the-toilet =
    .title = Çocuğun seninle tuvalete geliyor
    .body = Tuvalete gittiğinde çocuğun arkandan mı geliyor? Sana uygunsa izlemesine izin ver ve ne yaptığını sakince anlat: “Tuvalette çiş yapıyorum. Şimdi kâğıt, sifon, el yıkama.” Böylece çocuğun tuvalette ne olduğunu adım adım, baskı olmadan öğrenir. Senin için fazla mı özel? O zaman nazikçe söyle: “Biraz tuvaletteyim, hemen geliyorum.” İkisi de olur.

from-high-chair-to-a-big-chair =
    .title = Mama sandalyesinden büyük sandalyeye
    .body = Çocuğun mama sandalyesine oturmak istemiyor ve masada “senin gibi” mi oturmak istiyor? Normal bir sandalyeye kemerli bir yükseltici takılabilir mi bak, böylece çocuğun güvenle ve doğru yükseklikte oturur. Sandalyeyi masaya itmene yardım etsin. Büyük masada kendine ait bir yer birçok küçük çocuğu gururlandırır, çoğu zaman da sakinleştirir. Yine mama sandalyesi mi istiyor? O da olur.

suddenly-picky-one-safe-food =
    .title = Birden seçici mi oldu? Tanıdık bir yiyecek ekle
    .body = Çocuğun eskiden sevdiği yiyecekleri birden reddediyor mu? Bu ikinci yılda sık görülür ve genellikle geçer. Bugün tabağına neredeyse her zaman yediği bir şey koy, ekmek ya da pilav gibi, yanına da biraz yeni yiyecek. Yeniyi yorum yapmadan tekrar tekrar sun; yemeyebilir. Büyümesiyle ilgili endişen mi var? Consultatiebureau’ya (çocuk sağlığı merkezine) sor.

clinic-visit-wont-perform =
    .title = Kontrolde çocuğun katılmıyor mu?
    .body = Çocuğun consultatiebureau’da (çocuk sağlığı merkezinde), evde yaptığı halde blok dizmek ya da tek kelime söylemek istemiyor mu? Çok normal: yabancı oda ve yabancı sorular birçok küçüğü susturur. Evde ne gördüğünü anlat ya da kısa bir video göster; bu da önemlidir. Çocuğunun “gösteri” yapması gerekmiyor. Sonra ona sevecen bir şey söyle: “Heyecanlıydı, değil mi? Sadece izlemen yeterdi.”

stopping-night-feeds-another-carer =
    .title = Gece beslemesini bırakmak: başka biri gitsin
    .body = Gece emzirmeyi ya da biberonu bırakmak mı istiyorsun? Bir süre geceleri çocuğunun iyi tanıdığı başka biri gitsin: varsa eşin ya da birkaç gece kalan bir büyükanne. O kişi kollarıyla ve yumuşak bir şarkıyla teselli eder, gerekirse su verir. Çocuğun muhtemelen itiraz eder: güzel bir şeyi özlüyor. Kendi hızında, teselli etmeye devam edin. Yine de biri geliyor.

a-bad-dream =
    .title = Kötü bir rüyayla uyandı
    .body = Çocuğun gece korkunç bir şey görmüş gibi ağlayarak mı uyanıyor? Hemen git, onu kucağına al ya da elini sırtına koy ve söyle: “Korktun. Kendi yatağındasın ve ben buradayım.” Güvende, görülmüş, yatıştırılmış: şu an gereken bu kadar. Açıklama bekleyebilir. İşe yarıyorsa loş bir ışık yak ve çocuğun yeniden sakin nefes alana kadar yanında kal.

picky-eater-helps-prepare =
    .title = Seçici mi? Mutfakta yardım etsin
    .body = Çocuğun yeni bir şeyi neredeyse hiç yemiyor mu? Bugün sofraya gelecek bir şeye yardım etsin: çeri domatesleri yıkamak, marulu koparmak, bezelyeleri tencereye dökmek. Koklaması ya da tatması için bir parça ver, zorunlu olmadan. Çocuğunun kendi elleriyle tuttuğu şey tabakta daha az yabancı görünür. Mutfakta birlikte olmak da zaten keyiflidir. Bıçaklar ve sıcak tencereler sende kalsın.

washing-the-cuddly-toy =
    .title = Peluşun yıkanması gerekiyor
    .body = Peluş gerçekten kirlendi ve yıkanması mı gerekiyor? Bunu uykudan hemen önce değil, gündüz yap ve çocuğun izlesin: “Ayıcık banyo yapıyor.” Makinenin önünde birlikte oturun ya da ayıcığı birlikte ipe asın. Temiz bir peluşun kokusu birden değişir, bu da çocuğu huzursuz edebilir. Sonra bir süre göğsüne bastır ya da bir gece yastığının yanında tut: yeniden tanıdık kokar.

body-curiosity-in-the-bath =
    .title = Kendi bedenini merak ediyor
    .body = Çocuğun banyoda ya da bez değişiminde penisine ya da vulvasına mı dokunuyor? Bu, ayak parmaklarıyla ya da kulaklarıyla oynamak gibi sıradan bir meraktır. Sakin tepki ver ve vücut bölümlerini “diz” ya da “burun” der gibi adlarıyla söyle. Böylece çocuğun bedeninde kirli ya da gizli bir şey olmadığını öğrenir. Soruların mı var? Consultatiebureau (çocuk sağlığı merkezi) bunları sık duyar.

evening-at-the-huisartsenpost =
    .title = Akşam nöbetçi aile hekimine
    .body = Çocuğun bir düşmeden sonra ya da yüksek ateşle akşam huisartsenpost’a (nöbetçi aile hekimine) mı gitmeli? Önce ara; gelmeniz istenirse peluşunu, bir bez ve içecek al. Pijamayla gelebilir. Çocuğunu kucağında tut, sakin konuş ve ne olduğunu söyle: “Doktor kulağına bakıyor.” Şu an senin sakinliğin çocuğunun en tanıdık dayanağıdır. Evde: ikiniz için de bir sarılma.

dummy-only-in-bed-for-now =
    .title = Emziği azaltmak: şimdilik sadece yatakta
    .body = Çocuğunun gündüz ağzında sık sık emzik mi var ve bunu azaltmak mı istiyorsun? Küçük başla: emzik artık yatağa ait. Yatağın yanına bir kutu koy, çocuğun sabah emziği oraya kendisi bıraksın: “Emzik dinleniyor, akşama kadar.” Gündüz kollarınla, bir şarkıyla ya da peluşla teselli et. Yatakta emzik olabilir, ipsiz ve klipssiz. Bir gün olmadı mı? Yarın yine. Tamamen bırakmak sonra gelir.

lying-beside-them-until-asleep =
    .title = Çocuğun uyuyana kadar yanında mı kalıyorsun?
    .body = Her akşam çocuğun uyuyana kadar yanında uzanıyor ya da oturuyor musun? Sana iyi geliyorsa bu gayet normal. Değiştirmek mi istiyorsun? Küçük adımlarla ilerle: önce elin sırtında, birkaç akşam sonra yatağın yanında oturmak, daha sonra kapının yanında. Mırıldanmaya devam et ki çocuğun orada olduğunu duysun. Gerçekten çok mu üzülüyor? Yeniden bir adım yaklaş. Hızı birlikte bulacaksınız.

brushing-side-by-side-at-the-mirror =
    .title = Aynanın önünde yan yana diş fırçalamak
    .body = Çocuğun dişlerini “kendim!” diye mi fırçalamak istiyor? Onu aynanın önünde sağlam bir basamağa, yanına çıkar, ikinizin de kendi fırçası olsun. Aynı anda fırçalayın ve aynada birbirinize komik fırçalama yüzleri yapın. Önce çocuğun kendisi fırçalar, sonra sen kısaca üstünden geçersin: “Şimdi parlatıyorum.” Kendi başına ve birlikte yan yana gayet iyi gider. Basamaktayken hep yanında dur.

late-nap-late-bedtime =
    .title = Geç öğlen uykusu, yatarken savaş mı?
    .body = Çocuğun öğleden sonra dörde beşe kadar uyuyup gece saatlerce uyanık mı yatıyor? Bu hafta öğlen uykusunu biraz öne al, öğle yemeğinden kısa süre sonra, ya da uzun süredir uyuyorsa çocuğunu yavaşça uyandır: perdeler açık, senin sesin, kucağında ağır ağır uyanmak. O zaman akşam her zamanki saatte yine yorgun olur. Her çocuğun kendi ritmi var; seninkine neyin uyduğuna bak.

scared-to-poo-after-it-hurt =
    .title = Acıttığı için kaka yapmaktan korkuyor
    .body = Kakası gelince çocuğun kalçasını sıkıp parmak uçlarına mı kalkıyor, ya da ağlayarak bir köşeye mi çekiliyor? Çoğu zaman daha önce sert bir kaka canını yakmıştır ve şimdi korkuyordur. Gördüğünü söyle: “Yine acıyacak diye korkuyorsun. Ben yanındayım.” Bol su, meyve ve sebze ver; acele ve baskı olmasın. Böyle sürüyor mu, kan ya da çok karın ağrısı mı var? Aile hekimine (huisarts) danış.

telling-you-after-a-wee =
    .title = “Çiş!” Çocuğun sana söylüyor
    .body = Çocuğun olay olduktan sonra bezini mi gösteriyor ya da “çiş” veya “kaka” mı diyor? Teşekkür et: “Söylemen çok iyi! Hadi, temiz bir bez.” Bu ilk küçük adım: çocuğun vücudunun ne yaptığını fark ediyor ve seninle paylaşıyor. Henüz önceden söylemesi gerekmiyor, lazımlığa da henüz gerek yok. En çok da anlatmanın her zaman hoş karşılandığını göster.

bath-too-exciting-move-it =
    .title = Banyo çocuğunu uyandırıyor mu?
    .body = Banyo çocuğunu daha çok coşturup sıçratıyor ve sonra uyuması uzun mu sürüyor? O zaman banyonun uyku ritüelinde olması gerekmez. Öğleden sonraya ya da hafta sonuna al, akşamı da diş fırçalama, pijama ve bir şarkıyla sakin tut. Bir çocuğa banyo huzur verir, bir başkasına enerji. Seninkine ne yaptığını sen görürsün.

afraid-of-the-dark =
    .title = Karanlıktan korkuyor
    .body = Çocuğun birden karanlıkta yatmak istemiyor ya da bir gölgeyi korkuyla mı gösteriyor? Gündüz yatak odasına birlikte bakın: kapıdaki mont, lamba, perdeler. Akşam ışığı bir kapatıp yeniden aç: “Bak, sadece senin montun.” Küçük, loş bir gece lambası olabilir. Orada hiçbir şey olmadığını bilsen de korkuyu ciddiye al. Sen yanındayken karanlık küçülür.

last-breastfeed-mixed-feelings =
    .title = Son emzirme: rahatlama ve özlem
    .body = Emzirme bitmek üzere mi, ya da bugün son mu oldu? Birçok ebeveyn aynı anda rahatlama ve hüzün hisseder, bazen hormonlara bağlı bir moral düşüklüğü de. Hepsi olabilir. Bunu küçük bir ana dönüştür: bir fotoğraf, çocuğuna birkaç söz ya da kanepede birlikte uzun uzun oturmak. Yakınlık bitmiyor, yeni bir biçim alıyor. Haftalardır mı moralin bozuk? Aile hekiminle (huisarts) konuş.

small-operation-day =
    .title = Küçük bir ameliyat: sen de git
    .body = Çocuğun örneğin kulaklarından küçük bir ameliyat mı olacak? Hastaneye çocuğun uyuyana kadar yanında kalıp kalamayacağını ve uyandığında orada olup olamayacağını sor. O sabah yemek yememesi mi gerekiyor? Yiyecekleri gözden uzak tut, oyalayıcı şeyler ve kucağını sun. Peluşunu ve kendi battaniyesini yanına al. Çocuğun ne olduğunu anlamak zorunda değil; uykuya dalarken ve uyanırken senin yüzün yeter.

scooping-their-own-food =
    .title = Yemeğini kendisi koysun
    .body = Bugün çocuğunun önüne, içinde pirinç ya da bezelye gibi bir şey olan küçük bir kâse ve kaşık koy, kendi tabağına kendisi koysun. Yavaş gider ve biraz yanına düşer; bu işin parçası. Sofrada bir şeyi kendisi halledebilen küçük bir çocuk kendini büyük ve ciddiye alınmış hisseder. Gördüğünü söyle: “Yemeğini kendin koydun!” Sıcak tencere ve tabaklar sende kalsın.

no-nap-today-quiet-hour =
    .title = Bugün öğlen uykusu yok mu? Sakin bir saat
    .body = Ne kadar uğraşsan da çocuğun bugün uyumuyor mu? Öğlen zamanını yine de sakin bir saat olarak koru: kanepede ya da yatakta birlikte, perdeler yarı kapalı, bir kitap ya da hafif müzik. Birçok çocuğun ikinci yılda hâlâ öğlen uykusuna ihtiyacı vardır ama her gün olmayabilir. Seninle sakin bir saat de dinlendirir. Akşam çocuğunu biraz erken yatır.

hair-brushing-without-a-battle =
    .title = Gözyaşı olmadan saç taramak
    .body = Saç taramak her sabah kavga mı? Bir de banyodan sonra, saçlar ıslak ve yumuşakken dene ya da önce düğümleri biraz nemlendir. Çocuğunu bir kitapla kucağına al ya da tutması için ona kendi tarağını ver. Bir tutamı düğümün üstünden tut ki kafa derisini çekmesin, ve alttan yukarı doğru küçük parçalar halinde tara. Hiç olmuyor mu? Bugün biraz dağınık saç da olur.

only-one-parent-at-night =
    .title = Gece sadece o tek ebeveyn gelsin istiyor
    .body = Geceleri ikiniz mi paylaşıyorsunuz, çocuğun sadece birinizi çağırıp diğeri gelince daha çok mu ağlıyor? Bu çok yaygın. Kimin ne zaman gideceğini kararlaştırın. Giden, diğerinin nerede olduğunu kısaca söylesin ve: “Buradayım, yanında kalıyorum.” Çocuğun önce itiraz etse de sakin ve sıcak kal. Böylece tesellinin ikinizden de gelebileceğini fark eder. Biriniz de sonunda deliksiz uyur.

nappy-free-time =
    .title = Biraz bezsiz zaman
    .body = Hava mı sıcak, oda mı ılık? Bugün çocuğun bir süre bezsiz oynasın, bir çişin sorun olmayacağı bir yerde: bahçede, banyoda ya da eski bir havlunun üstünde. Böylece çocuğun çiş yaptığında ne olduğunu fark eder: “Bak, çiş yapıyorsun!” Beklenti ya da alıştırma yok, sadece keşif. Yerde bir gölcük mü? “Hop, hemen silelim.” Fazlası gerekmiyor.

climbing-out-of-the-cot =
    .title = Çocuğun parmaklıklı yataktan tırmanıyor mu?
    .body = Çocuğun bacağını parmaklıklı yatağın kenarından mı atıyor, ya da birden senin yatağının yanında mı beliriyor? O zaman alçak bir yatağın ya da yere serilmiş bir şiltenin zamanı gelmiştir, düşerse yüksekten düşmesin. Odayı güvenli hale getir, kapıya ya da merdivene bir kapı bariyeri koy. Peluşu, uyku tulumunu ve alışık olduğu ritüeli yeni yatağa taşı. Her şey yeni, tutunduğu şeyler hariç.

one-more-drink-at-bedtime =
    .title = Yatırdıktan sonra durmadan sesleniyor
    .body = Yatırdıktan sonra çocuğun sürekli mi sesleniyor: su, çiş, bir öpücük daha? Bu akşam bunları ritüelin parçası yap: yatağın yanında bir bardak su, kapıda son bir sarılma. Yine de seslenirse, kısa ve hep aynı şekilde cevap ver: “Suyun var, ayıcığın var. Ben yakındayım. İyi uykular.” Böylece çocuğun yalnız değildir, akşam da bitmek bilmez hale gelmez.

along-to-your-dentist =
    .title = Senin diş hekimine birlikte
    .body = Kendi kontrolün için diş hekimine mi gideceksin? Mümkünse çocuğunu da götür, kucağından ya da yanından izlesin. Bunun senin için sıradan olduğunu göster, sonra çocuğun büyük koltuğa biraz otursun ve ağzını açsın: “Aaa!” Böylece diş hekimi, senin de olduğun tanıdık bir yer olur. Çocuğunun ilk kez ne zaman kendi muayenesine gelebileceğini hemen sor.

screaming-but-not-awake =
    .title = Uykusunda çığlık atıyor ama uyanık değil
    .body = Çocuğun gece gözleri açık, çığlık atarak yatakta mı doğruluyor, ama seni görmüyor gibi ve teselli edilemiyor mu? Bazen çocuk o sırada gerçekten uyanık değildir. Onu uyandırma; yanında kal, bir yere çarpmamasını sağla ve yumuşakça konuş. Çoğu zaman birkaç dakikada geçer ve çocuğun hatırlamadan yeniden uyur. Sık mı oluyor, ya da endişeli misin? Aile hekimine (huisarts) sor.

potty-as-a-chair-first =
    .title = Şimdilik sadece üstüne oturmak için bir lazımlık
    .body = Evde henüz lazımlık yok mu? Bugün banyoya ya da oturma odasına bir tane koy ve çocuğun onunla ne isterse yapsın: giyinik halde üstüne otursun, ayıcığı oturtsun, yanında kitap baksın. Böylece hiçbir beklenti olmadan eşyanın kendisine alışır. Sen dişlerini fırçalarken üstünde oturmayı mı seviyor? Ne güzel, birlikte. İçine henüz hiçbir şey yapması gerekmiyor.

bedtime-like-a-frog =
    .title = Kurbağa gibi yatağa
    .body = Yatma saati gelir gelmez çocuğun “hayır!” mı diyor? Yatağa giden yolu oyuna çevir: kurbağa gibi yatak odasına zıplayın, kollarında uçak gibi uçsun ya da sırtında at gibi gitsin. Yatma saati yine yatma saati; sadece oraya giden yol komik olabilir. Çocuğun eğlence ve ilgi alır, kimse de sürüklenmez. Bu akşam oyun havasında değil misin? O zaman çocuğunu sakince yatağa taşı.

potty-readiness-signs =
    .title = Tuvalet eğitimi mi? Kendi çocuğuna bak
    .body = Lazımlık zamanı geldi mi diye mi düşünüyorsun? İkinci yaş günü civarında pek çok çocuk hâlâ bez kullanır ve bu normaldir. Sen kendi çocuğuna bak: bezi daha uzun süre kuru kalıyor mu, yapması gerektiğini söylüyor mu, lazımlığa oturmak istiyor mu? O zaman sakince başlayabilirsin. Bunları henüz görmüyorsan biraz daha bekle. Baskı çoğu zaman işi zorlaştırır.

first-nights-in-a-big-bed =
    .title = Büyük yatakta ilk geceler
    .body = Çocuğun büyük yatağa yeni mi geçti ve sürekli yatağın yanında ya da koridorda mı beliriyor? Onu sakince geri götür, her seferinde aynı kısa cümleyle: “Gece oldu. Yatağa geri, seni örtüyorum.” Kızgın ses yok, uzun konuşma yok. İlk akşamlar kapının yanında biraz daha uzun otur. Yeni yatak sabit bir yer olur, sen de ona eşlik eden tanıdık ses.

sick-but-restless-quiet-basket =
    .title = Hasta ama huzursuz mu? Sakinlik dolu bir sepet
    .body = Çocuğun evde hasta, oynamak için fazla yorgun ama uzanmak için fazla huzursuz mu? Bir sepeti sakin şeylerle doldur: birkaç kitap, yumuşak bir top, çıkartmalar, eski bir fotoğraf albümü. Kanepede yanında bir yuva yap ve her seferinde tek bir şey çıkar. Hasta beden böylece dinlenir. Az mı içiyor, giderek uyuşuk mu? Aile hekimini (huisarts) ya da huisartsenpost’u (nöbetçi aile hekimini) ara.

own-room-play-there-first =
    .title = Kendi odasına mı geçiyor? Önce orada oynayın
    .body = Çocuğun senin yatak odandan kendi odasına mı geçiyor? Yeni odayı önce gündüz tanıdık hale getir: orada birlikte oynayın, yerde kitap okuyun, ayıcığın nerede oturacağını çocuğun seçsin. Öğlen uykularıyla orada başla ve alışık olduğunuz uyku ritüelini de yanında götür. Birlikte güldüğünüz bir oda akşam daha az yabancı gelir. İlk geceler biraz huzursuz mu? Alışmanın bir parçası.

first-wee-in-the-potty =
    .title = Lazımlıkta ilk çiş
    .body = Çocuğun belki de kazara ilk kez lazımlığa mı çiş yaptı? Şaşkınlığı paylaş: “Hey, bu senin çişin! Lazımlıkta!” Küçük tut: büyük kutlama yok, ödül yok, “Artık hep böyle, tamam mı?” yok. Böylece bu, senin için yapması gereken bir şey değil, çocuğunun kendi işi olarak kalır. Yarın yine bez mi? O da olur: tuvalete alışmak inişli çıkışlı gider.

show-me-where-it-hurts =
    .title = Neren acıyor? Göster bana
    .body = Çocuğun huysuz ama nedenini bilmiyor musun? Sor: “Bir yerin acıyor mu? Göster bana.” Nazikçe dokun: “Kulağın mı? Karnın mı? Ağzın mı?” Küçük çocuk çoğu zaman söylemekten iyi gösterir ve böylece bilmek istediğini anlar. Neresini gösterdiğini aklında tut; bu doktora yarar. Ağrı sürüyor mu, farklı mı ağlıyor, ateşi mi var? Aile hekimini (huisarts) ya da nöbetçi aile hekimini (huisartsenpost) ara.
