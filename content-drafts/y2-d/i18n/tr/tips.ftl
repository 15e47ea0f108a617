moving-up-to-a-new-group =
    .title = Kreşte yeni bir gruba geçiş
    .body = Küçüğün kreşte büyük çocukların grubuna mı geçiyor? Hangi tanıdık şeylerin onunla birlikte taşınabileceğini sor: kendi uyku tulumu, kendi kutusu, yemekten önceki şarkı. Bir de ilk haftalarda eski grubuna kısaca el sallamaya gidip gidemeyeceğini. Böylece bütün yeniliklerin arasında bir şey aynı kalır. Böyle bir geçişte birkaç hafta bırakırken daha çok gözyaşı olması sık görülür.

after-separation-keep-both-grandparents =
    .title = Ayrılıktan sonra: iki tarafın büyükanne ve dedesi de kalsın
    .body = Ayrıldınız ve çocuğun öbür taraftaki büyükanne ve dedesini sık mı görüyordu? O bağ da önemli: Çocuk ailenin bir tarafına değil, sık gördüğü insanlara bağlanır. Bu büyükanne ve dedenin çocuğu ne zaman görmeye devam edeceğini diğer ebeveynle konuşun, örneğin sabit bir öğleden sonra. Yetişkinler arasında ne olmuş olursa olsun, çocuğun kimseyi kaybetmek zorunda değil.

evening-out-sitter-joins-bedtime =
    .title = Akşam dışarı mı çıkıyorsun? Bakıcı yatma saatine katılsın
    .body = Bu akşam dışarı mı çıkıyorsun, bir bakıcı mı geliyor? Bakıcı, çocuğun uyumadan önce gelsin ve uyku ritüelini birlikte yapın: pijamayı sen, kitabı bakıcı, şarkıyı yine sen. Sonra söyle: “Ben çıkıyorum, Ayşe burada kalıyor. Sabah yine buradayım.” Çocuğun gece uyanırsa, uykuya dalarken gördüğü bir yüzle karşılaşır. Biraz ağlasa bile gizlice çıkıp gitme.

settling-in-still-hard-after-weeks =
    .title = Haftalardır alışıyor ama hâlâ her gün teselli edilemiyor mu?
    .body = Çocuğun altı haftadır kreşe ya da gündüz bakıcısına (gastouder) gidiyor ve orada hâlâ günün çoğunu ağlayarak, zor teselli edilerek mi geçiriyor? Sabit bakıcısıyla ya da gündüz bakıcısıyla bir görüşme iste: Ne görüyorlar, çocuğunu kim teselli ediyor, ne işe yarıyor? Daha kısa günler ya da hep aynı yüzler işe yarayabilir. İçin rahat değil mi? consultatiebureau’ya (çocuk sağlığı merkezine) danış.

grandparent-stops-babysitting-keep-the-visits =
    .title = Büyükanne artık bakmıyor mu? Bağ sürebilir
    .body = Büyükanne ya da dede hastalık, taşınma ya da yorgunluk yüzünden artık her hafta çocuğuna bakmıyor mu? Küçüğünün haftasından biri eksilir. Basitçe söyle: “Ben işteyken artık ninene gitmeyeceksin. Pazar günü onu ziyaret edeceğiz.” Bu ziyareti, hep birlikte yaptıkları bir şeyle, örneğin ördek beslemekle bir alışkanlığa çevir. Böylece bağ başka bir biçimde sürer.

serious-illness-at-home-one-steady-carer =
    .title = Ailede ağır bir hastalık mı? Tek bir sabit yardımcı
    .body = Ebeveynlerden biri ağır hasta mı? Küçüğün için mümkün olduğunca onu iyi tanıyan tek bir sabit yardımcı ayarla. Neler olduğunu birkaç dürüst kelimeyle söyle: “Baban hasta. Doktorlar ona yardım ediyor. Bugün seni ninen yatıracak.” Çocuğunun bunu anlaması gerekmez, ama hep tanıdık birinin yanında olduğunu hissetmesi gerekir. Kendin için de destek ara, örneğin aile hekiminde (huisarts).

just-separated-say-it-simply =
    .title = Yeni mi ayrıldınız? Basitçe ve hep aynı şekilde söyle
    .body = Yeni mi ayrıldınız ve çocuğun evde artık orada yaşamayan ebeveyni mi arıyor? Basitçe ve her seferinde aynı şekilde söyle: “Baban artık başka bir evde oturuyor. Cumartesi ona gideceksin.” Günün geri kalanını olabildiğince olağan tut: aynı yemekler, aynı uyku şarkısı. Çocuğun her şeyi anlamaz ama büyüklerin her şeyi kontrol altında tuttuğunu hisseder.

holiday-kids-club =
    .title = Tatilde çocuk kulübü mü?
    .body = Tatil yerinizde bakıcılı bir çocuk kulübü ya da mini kulüp mü var? Küçük bir çocuk için yabancı bir yerde yabancı bakıcılar, aynı anda çok fazla şey demektir. İlk sefer yanında kal ya da hiç gitme: Çocuğun yanında kumda oynarken de dinlenebilirsin. Yine de kendine bir saat mi istiyorsun? O zaman tercihen çocuğunun zaten tanıdığı biriyle, örneğin yolculuğa katılan bir büyükanne ya da teyzeyle.

sitter-at-home-while-you-work-from-home =
    .title = Sen evden çalışırken evde bir bakıcı
    .body = Sen evde çalışırken çocuğuna bir bakıcı ya da büyükanne mi bakıyor? Kreşte yapacağın gibi gerçekten vedalaş, sonra “işe git”: kapısı kapalı bir odaya ya da kısa bir süre evden dışarı. Arada bir içeri girmek sevimli gelir ama her ziyareti yeni bir vedaya çevirir. Yine de arada sarılmak mı istiyorsun? Sabit bir an belirleyin, örneğin öğle yemeği.

calls-the-carer-mama =
    .title = Çocuğun bakıcısına “anne” mi diyor?
    .body = Çocuğun gündüz bakıcısına (gastouder), kreşteki bakıcısına ya da büyükannesine “anne” veya “baba” mı diyor? Bu biraz içini acıtabilir. Çoğu zaman bu sadece “bana bakan biri” demektir, hele de az kelime bildiği bu dönemde. Rahat bir tavırla adını ekle: “Evet, bu Fatma.” Çocuğunun orada kendini evinde hissetmesi iyi bir haber. Yeni isimler geldikçe kelimeler kendiliğinden yerine oturur.

give-childcare-your-words-for-a-big-change =
    .title = Evde büyük bir değişiklik mi? Kreşe kendi sözlerini ver
    .body = Evde büyük bir şey mi oluyor: bir taşınma, bir ayrılık ya da hasta bir aile büyüğü? Bunu kreşe ya da gündüz bakıcısına kısaca anlat ve evde kullandığın cümleyi de ilet: “Deden hasta, hastanede yatıyor.” Çocuğun orada birini arar ya da huzursuzlanırsa, evdekiyle aynı sözleri duyar. İki yerde aynı hikâye, çocuğa tutunacak bir şey verir.

carer-invites-at-drop-off =
    .title = Bırakırken bakıcı çocuğunu gelip alsın
    .body = Küçüğün bırakırken bacağına mı yapışıyor? Kreşteki bakıcıdan yanınıza gelip çocuğunu sevdiği bir şeye davet etmesini rica et: “Balıkları beslemeye gelir misin?” Sonra veda sarılmanı yap ve çık. Böylece çocuğun senden öylece ayrılmaz, onu almaya gelen biriyle gider. Bugün olmadı mı? O zaman bakıcı onu kucağına alsın; bu da iyi.

different-house-different-rules =
    .title = Büyükannede işler başka
    .body = Çocuğun büyükannesinde koltukta zıplayabiliyor ya da fazladan bisküvi yiyebiliyor, ama evde yasak mı? Bunu kavgaya çevirme, sadece yüksek sesle söyle: “Ninende olur. Evde biz böyle yapıyoruz.” Çocuklar, her ev kendi içinde tutarlı olduğu sürece farklı yerlere ve farklı alışkanlıklara gayet iyi uyum sağlar. Güvenlikle ilgili konularda ise birlikte anlaşın, tercihen çocuğun duymadan.

drop-off-easier-with-someone-else =
    .title = Başkası bırakınca veda daha mı kolay?
    .body = Çocuğun her sabah onu kreşe sen bıraktığında ağlıyor, ama diğer ebeveyni ya da dedesi bıraktığında neşeyle el mi sallıyor? Bu, seni ne kadar sevdiği hakkında hiçbir şey söylemez. Bazen birinden ayrılmak sadece daha zordur. Mümkünse bir süre sabahları daha çok diğeri götürsün, almayı sen üstlen. Gün daha hafif başlar, kavuşma da senin olur.

staying-with-family-you-do-bedtime =
    .title = Akrabalarda mı kalıyorsunuz? Çocuğunu sen yatır
    .body = Hepsi yardım etmek isteyen amcalar, teyzeler ve kuzenlerle dolu bir evde birkaç hafta akrabalarda mı kalıyorsunuz? Gündüz onlar da bolca katılsın, ama çocuğu yatırmayı sende ya da diğer ebeveynde tut, kendi şarkınızla. Yabancı bir evde küçük bir çocuk, kendi insanlarını en çok uyku saatinde arar. Geç ve kalabalık mı oldu? Kısa bir ritüel de olur, yeter ki sen yap.

the-other-parent-does-not-come =
    .title = Diğer ebeveyn sözleştiğiniz gibi gelmiyor mu?
    .body = Çocuğun bugün diğer ebeveynine gidecekti ve o gelmiyor ya da çok geç mi geliyor? Dürüstçe ve yargılamadan söyle: “Annen bugün gelemiyor. Çok yazık, değil mi? Sen benimle kalıyorsun.” Üzülürse teselli et, sonra birlikte sıradan bir şey yapın, örneğin dışarı çıkın. Kendi öfken çok anlaşılır; bunu sonra, çocuğun duymadan konuş. Böylece çocuğun kendisine ait olmayan bir kavgayı taşımaz.

handover-between-homes-keep-it-calm =
    .title = İki ev arasında geçiş: Kapıda sakin kalın
    .body = Diğer ebeveyne teslim anı sık sık gergin mi geçiyor? Para, düzenlemeler ve tartışmalar hakkında başka bir zaman konuşun, çocuğunuzun yanında kapıda değil. Vedayı kısa ve dostça tut: “Annende iyi eğlenceler, pazar görüşürüz.” Bazen geçişi kreş üzerinden yapmak işe yarar: biri bırakır, diğeri alır. O zaman çocuğun sevdiği iki insan arasında seçim yapmak zorunda kalmaz.

grieving-let-others-do-the-play =
    .title = Yas ve oynamak isteyen bir küçük
    .body = Bir yakınını mı kaybettin, anneni ya da babanı, bir arkadaşını, bir gebeliği? Ve küçüğün sadece koşup oynamak mı istiyor? Neşeli görünmek zorunda değilsin. Hareketli oyunları ve gezmeleri başkası üstlensin, sakin şeyler senin olsun: kitap okumak, birlikte kanepede oturmak, uyku şarkısı. Böylece verebildiğinle yakın kalırsın. Haftalar sonra hâlâ çok mu ağır? Aile hekiminle (huisarts) konuş.

a-small-job-in-the-family-feast =
    .title = Aile kutlamasında küçük bir görev
    .body = Kutlamanızın sabit bir geleneği var mı; Ramazan Bayramı’nda misafirlere şeker ikram etmek ya da Sinterklaas için ayakkabı koymak gibi? Küçüğüne bunda küçük ve güvenli bir görev ver: sen ikram ederken küçük tabağı taşısın ya da havucu ayakkabıya koysun. Bir de söyle: “Biz bunu her yıl yaparız.” Böylece çocuğun ailenize ait olduğunu hisseder. Kucağından izlemeyi mi tercih ediyor? Bu da katılmaktır.

waking-the-night-worker-together =
    .title = Gece vardiyası mı? Uyandırmayı bir ritüele çevir
    .body = Ebeveynlerden biri gece vardiyasından sonra gündüz mü uyuyor ve küçüğün sürekli “şşşt” mı duyuyor? Bunu sabit bir ana çevirin: Saat üçte çocuğun, uyuyanı seninle birlikte uyandırabilir; kapıya bir tıklama ve bir şarkıyla. O zamana kadar yatak odasının kapısı kapalı kalır, üstünde bir resim asılı. Böylece beklemek daha anlaşılır olur ve öğleden sonra neşeli bir kavuşmayla başlar.

new-baby-keep-the-toddlers-week-the-same =
    .title = Bebek mi doğdu? Küçüğünün haftası olağan kalsın
    .body = Yeni bir bebek mi doğdu? Küçüğün alışık olduğu haftasını olabildiğince korusun: kreşin sabit günleri, çarşamba günleri büyükanne, aynı uyku ritüeli. Toparlanmak için ek yardıma mı ihtiyacın var? Birden yeni yerler yerine, çocuğunun iyi tanıdığı biri, sizin evde, daha iyidir. Böylece küçüğün, evde aileye yeni biri katılırken kendi dünyasının yerinde durduğunu fark eder.

visiting-a-seriously-ill-relative =
    .title = Ağır hasta bir akrabayı ziyaret
    .body = Çocuğunla birlikte çok hasta bir büyükanneyi, büyükbabayı ya da başka bir akrabayı evde, hastanede veya bakımevinde mi ziyaret ediyorsun? Önceden birkaç kelimeyle ne göreceğini anlat: “Dede yatakta, çok yorgun.” Ziyareti kısa tut, vermek için bir şey götür, örneğin bir resim, ve çocuğunu kucağında ya da elinden tut. Çocuğun gitmek mi istiyor? O zaman bu kadarı yeterliydi, yine de değerdi.

a-morning-in-the-childcare-group =
    .title = Grupta bir saat izlemek
    .body = Bir gün kreşte ya da gündüz bakıcısının yanında bir saat izleyip izleyemeyeceğini sor ya da bir veli sabahına katıl. Özellikle şunlara bak: Çocuğun kiminle oynuyor, kimin kucağına tırmanıyor, meyve saatinde hangi şarkılar söyleniyor? Evde de gerçek görüntüler aklındayken konuşabilirsin: “Anouk’un kucağındaydın, değil mi?” Sonra çıkarken ağlıyor mu? Orada veda biraz farklı hissettirir, bu normal.

off-to-childcare-while-the-baby-stays-home =
    .title = Küçüğün kreşe, bebek evde kalıyor
    .body = Doğumdan beri küçüğün kreşe gitmeye devam ediyor, bebek ise seninle evde mi kalıyor? Bazı çocuklar bu durumda kendini biraz uzaklaştırılmış hisseder. Gününüzü dürüstçe anlat: “Bebek süt içiyor ve uyuyor, ben de çamaşır yıkıyorum. Öğle uykundan sonra gelip seni alacağım.” Kulağa sıkıcı geliyor; çoğu zaman öyledir de. Almaya gitmeyi, mümkünse bebeksiz, ikinize ait bir ana çevir.

a-moving-box-of-their-own =
    .title = Kendine ait bir taşınma kutusu
    .body = Taşınıyor musunuz? Küçüğüne kendine ait bir kutu ver ve birlikte doldurun: en sevdiği peluş, birkaç kitap, kendi bardağı. Üstüne bir resim karalasın. Yeni evde ilk açılan kutu bu olsun, yerde birlikte: “Bak, eşyaların da gelmiş!” Böylece çocuğun, her şey kutulara girdiğinde kendine ait olanların kaybolmadığını görür.

last-day-at-the-old-childcare =
    .title = Eski kreşteki son gün
    .body = Çocuğun bir taşınma ya da yeni bir yer yüzünden kreşten veya gündüz bakıcısından mı ayrılıyor? Son günü gerçek bir vedaya çevir: dağıtmak için bir ikram, sabit bakıcısıyla bir fotoğraf, kapıda el sallamak. O fotoğrafı eve götür. Bir daha hiç gitmemek, bir çocuk için birinin aniden ortadan kaybolması gibidir. Gerçek bir sonu olan veda, yeni başlangıca yer açar.

tears-when-leaving-grandmas =
    .title = Büyükanneden ayrılırken gözyaşları
    .body = Çocuğun, onu büyükanne ve büyükbabasından alırken ağlıyor ve gelmek istemiyor mu? Bu biraz içini acıtabilir, ama her şeyden önce orada güzel bir gün geçirdiği anlamına gelir. Üzüntüsüne bir ad ver: “Ninende biraz daha kalmak istiyorsun.” Büyükanne sizinle arabaya ya da bisiklete kadar gelsin ve köşeyi dönene kadar el sallasın. Yolda da ne zaman yeniden gideceğinizi anlat.

first-meeting-with-the-new-baby-arms-free =
    .title = İlk tanışma: kollar boş
    .body = Küçüğün yeni bebeği ilk kez hastanede ya da evde mi görmeye geliyor? Bebeğin beşikte ya da başka birinin kucağında olmasını sağla ki kolların büyüğün için boş kalsın. Önce sarıl, sonra birlikte bak: “Bak, bu senin kardeşin. Ne minik elleri var, değil mi?” Küçüğün şunu fark eder: Yanındaki yerim hâlâ duruyor. Henüz bakmak istemiyor mu? Zamanla gelir.

when-the-pet-dies =
    .title = Evcil hayvan öldüğünde
    .body = Kedi, tavşan ya da kobay mı öldü? Dürüstçe ve kısaca söyle: “Pisi öldü. Artık kıpırdamıyor ve geri gelmeyecek.” “Uyuyor” demekten kaçın: Bu, uyumayı korkutucu hâle getirebilir. Vedalaşmak için birlikte küçük bir şey yapın: bir çiçek bırakmak, bahçedeki yerine el sallamak. Çocuğun haftalar sonra hâlâ hayvanı mı arıyor? O zaman aynı sakinlikle yeniden söyle.

grandparent-under-the-same-roof =
    .title = Büyükanne sizinle yaşıyor ve çocuğun ona koşuyor
    .body = Evde bir büyükanne mi yaşıyor ve çocuğun senin “hayır”ından sonra hemen ona mı koşuyor? Büyükannenin “hayır”ı bozmayacağı ama teselli edebileceği konusunda anlaşın: “Baban hayır dedi. Gel, biraz yanıma otur.” Böylece çocuğun iki yetişkin arasında seçim yapmak zorunda kalmaz, yine de teselli bulur. Tersi de olur: Büyükanne hayır derse sen teselli edersin. Bunu çocuk yokken konuşun.

ramadan-iftar-on-your-lap =
    .title = Ramazan: iftarın başlangıcı kucakta
    .body = Ramazan ayında iftar, küçüğünün yatma saatine mi denk geliyor? Çocuğunu daha erken doyur ve iftar başlarken, herkes birlikte orucunu açarken, onu bir süre sofrada kucağına al. Ardından alışık olduğu uyku ritüeli gelsin. Böylece küçüğün o özel anı açlık ya da çok geç bir akşam olmadan yaşar. İftar yatma saatinden çok sonra mı? O zaman önceden tüm aileyle bir iyi geceler turu.

moving-day-with-a-familiar-person =
    .title = Taşınma günü: çocuğun tanıdık biriyle
    .body = Bugün taşınma günü mü? Küçüğün o günü iyi tanıdığı biriyle geçirsin: büyükannede, bir arkadaşta ya da alışık olduğu kreşte, kolilerden ve eşya taşıyan insanlardan uzakta. Çocuğunu ancak yatağı yeni evde kurulduğunda al. Böylece yeni evle ilgili ilk izlenimi, kendi yatağının olduğu bir oda ve orada sakin duran sen olur. O günün karmaşasını çocuğunun görmesi gerekmez.

walks-in-without-looking-back =
    .title = Çocuğun arkasına bakmadan mı içeri giriyor?
    .body = Küçüğün sen hâlâ bir sarılma beklerken, arkasına bile bakmadan kreşe ya da büyükannesinin evine mi koşuyor? Bu içini burkabilir. Ama çoğu zaman bir güven işaretidir: Çocuğun geri geleceğini biliyor. El sallamasa da yine de hoşça kal de: “Hoşça kal canım, öğle uykusundan sonra seni alacağım.” Böylece gidişin, sana ihtiyaç duyduğu günlerde de öngörülebilir kalır.

a-drawer-of-their-own-at-grandmas =
    .title = Büyükannede kendine ait bir çekmece
    .body = Çocuğun büyükanne ve büyükbabasına ya da başka bir düzenli bakıcının evine sık mı gidiyor? Orada ona ait bir çekmece ya da sepet olup olamayacağını sor; içinde birkaç eşyası olsun: bir kitap, bir bardak, bir kazak, biraz oyuncak. Her seferinde çocuğun kendisi baksın: “Bak, eşyaların hâlâ burada.” Böylece çocuğunun o evde de kendine ait ve onu bekleyen bir köşesi olur. Bu, orayı biraz da ev yapar.

visitors-greet-the-big-one-first =
    .title = Bebeğe ziyaretçi mi? Önce büyüğü selamlayın
    .body = Yeni bebeği görmeye misafirler mi geliyor ya da lohusa bakıcısı (kraamverzorgende) evde mi? Herkesten içeri girince önce küçüğünü selamlamasını, ancak sonra bebeğe bakmasını rica et. Büyük için küçük bir hediye hoştur ama ilgi daha önemlidir: “Ne kadar büyümüşsün! Bebeği bana gösterir misin?” Böylece küçüğün ayak altındaki çocuk değil, kardeşinin ev sahibi olur.

asks-to-go-back-to-the-old-house =
    .title = “Eve gidelim!” Ama kastettiği eski ev
    .body = Yeni mi taşındınız ve küçüğün sürekli “eve gitmek” istiyor, ama eski evi mi kastediyor? Gülüp geçme, fazla açıklama da yapma. Gördüğünü söyle: “Eski evimizi özledin. Orada oturuyorduk. Şimdi burada oturuyoruz.” Birlikte eski evin bir fotoğrafına bakın ya da bir gün önünden geçin. Özlem duymak serbest. Burada geçen her günle yeni odalar biraz daha ev olur.

let-them-show-you-round-at-pick-up =
    .title = Alırken: Sana etrafı gezdirsin
    .body = Küçüğün almaya geldiğinde henüz gitmek istemiyor mu? Arada bir iki dakika ayır ve çocuğunun sana kendi yerini göstermesine izin ver: “Bugün nerede oynadın? Göster bakalım.” Blok kuleye, kum havuzuna, yatağına bak. Çocuğun bir an kendi dünyasında rehber olur, sen de orada misafir. Sonra birlikte eve gitmek, onu oyunundan koparmaktan çoğu zaman daha kolaydır.

feast-day-tell-it-beforehand =
    .title = Bayram mı geliyor? Günün nasıl geçeceğini önceden anlat
    .body = Ramazan Bayramı, Noel, Divali ya da bir aile düğünü gibi büyük bir gün mü yaklaşıyor? Bir gün önce küçüğüne günün nasıl geçeceğini birkaç cümleyle anlat: “Yarın güzel kıyafetlerini giyeceğiz. Sonra ninene gideceğiz. Orada çok insan olacak, ben de hep yanında olacağım.” Bayramlıklarını önceden bir kez denesin. Biraz tanıdığı şeyler, o gün çocuğunu daha az bunaltır.

a-relative-who-smacks =
    .title = “Bir şaplaktan bir şey olmaz”
    .body = Bir akraban çocuğuna şaplak mı attı ya da bunun zararsız olduğunu mu söyledi? Çocuğunu yanına al ve önce teselli et. Sonra sakin ve net söyle: “Bizde kimse vurmaz, hafifçe bile.” Bir seçenek sun: “Hayır de ve onu kaldırıp uzaklaştır.” Şaplak daha çok korku öğretir. Çocuğunu vurmaya devam eden biriyle yalnız bırakma. Zor mu, tekrarlanıyor mu? consultatiebureau (çocuk sağlığı merkezi) yardımcı olur.

share-bedtime-before-the-baby-comes =
    .title = Bebek mi geliyor? Yatırmayı şimdiden paylaşın
    .body = Küçüğünü çoğunlukla bir ebeveyn mi yatırıyor ve o kişi yakında bebekle meşgul mü olacak? Tahmini doğum tarihinden birkaç hafta önce, uyku ritüelini ara sıra diğer ebeveyn ya da güvendiğin bir büyükanne yapsın, tam çocuğunun bildiği gibi. Önce birlikte, sonra sırayla. Böylece küçüğün doğum olunca birden yatma saatindeki kişisini kaybetmez. Başta itiraz etmesi çok olağandır.

empty-house-when-your-child-is-at-the-other-home =
    .title = Çocuğun diğer ebeveyndeyken sessiz bir ev
    .body = Çocuğun birkaç günlüğüne diğer ebeveyninin yanında mı ve ev birden boş mu geliyor? Sessizliğin tadını çıkarsan bile onu özlemen çok normal. Nasıl gittiğini öğrenmek için sürekli arama; kısa, sabit bir iyi geceler anı çocuğun için daha sakindir. Kendine bir şey planla: uyumak, spor, bir arkadaşla buluşmak. Böylece çocuğun orada gönül rahatlığıyla kalır ve döndüğünde seni yine bulacağını bilir.

a-suitcase-in-the-hall =
    .title = Koridorda bir valiz
    .body = Bir yolculuk, hastanede yatış ya da bir hafta sonu için valiz mi çıktı? Pek çok küçük birinin gideceğini hemen anlar ve yapışkanlaşır. O yüzden kimin gidip kimin kaldığını yüksek sesle söyle: “Bu valiz babanın. Üç gece uzakta olacak, sen benimle evde kalıyorsun.” Hep birlikte mi gidiyorsunuz? O zaman çocuğun valize kendisi bir şey koysun.

may-i-hold-the-baby =
    .title = “Bebeği ben de tutabilir miyim?”
    .body = Küçüğün yeni bebeği kucağına almak mı istiyor? Onu yere ya da kanepeye iyice yaslanarak oturt, kolunun altına bir yastık koy ve bebeği kucağına yatır; senin ellerin bebeğin başını ve gövdesini desteklemeye devam etsin. Gördüğünü söyle: “Sana bakıyor. Kız kardeşini sen tutuyorsun.” Kısa tut; biri huzursuzlanınca bitir. Böylece küçüğün kendini büyük ve güvenilen biri gibi hisseder.

a-goodbye-that-keeps-stretching =
    .title = Bir öpücük daha, bir tane daha…
    .body = Kreşte ya da bakıcıyla veda giderek uzuyor mu: bir öpücük daha, bir sarılma daha, bir el sallama daha? Sabit bir sayı belirleyin ve yüksek sesle sayın: “İki öpücük, bir sarılma. Bir, iki… sarıl. Hoşça kal!” Sonra gerçekten çık. Net bir sonu olan veda, çocuğun için sürekli yeniden başlayan bir vedadan daha kolaydır. Yine de gözyaşı mı? O zaman bakıcı devralır.

tell-where-you-were-today =
    .title = Bugün nerede olduğunu anlat
    .body = İş gününden sonra kavuştuğunuzda sadece çocuğunun gününü sorma, kısaca kendi gününü de anlat: “İşteydim. Büyük bir masada oturdum ve öğle yemeğinde seni düşündüm.” Böylece senin gidişin bir kara delik değil, sadece bulunduğun bir yer olur. Çocuğun da aklında olduğunu duyar. Belki yarın kendisi sorar: “İş?”

big-sibling-starts-school =
    .title = Ağabey ya da abla okula başlıyor
    .body = Büyük bir kardeş ilk kez ilkokula mı başlıyor ve küçüğün bütün sabah “Sem?” diye mi dolaşıyor? Bırakırken ve alırken küçüğünü de okul kapısına götür, el sallasın. Gördüğünü söyle: “Sem’i özledin. Sem okulda; öğle yemeğinden sonra onu alacağız.” Büyük olan okuldan sonra bir şey göstersin ya da anlatsın. Böylece birbirinden ayrılmak, gününüzün olağan bir parçası olur.

a-worry-about-childcare-raise-it =
    .title = Kreşle ilgili içini kemiren bir his mi var?
    .body = Alırken seni rahatsız eden bir şey mi gördün, örneğin uzun süre tek başına ağlayan bir çocuk ya da sert bir ses tonu? İçinde biriktirme. Aynı hafta mentörle ya da yöneticiyle bir görüşme iste ve gördüğünü hemen yargılamadan anlat: “Bunu gördüm. Ne olmuştu?” Çoğu zaman bir açıklaması vardır, yoksa bir şey yapılır. Orada çocuğunun sesi sensin.

when-visiting-family-fly-home =
    .title = Sizde kalan aile geri döndüğünde
    .body = Uzaktan gelen aile haftalarca sizde kaldı ve şimdi evlerine mi döndüler? Küçüğün onları özleyip bunu söyleyemeyebilir: misafir odasında arar, mızmızlanır, huzursuz uyur. Gördüğünü söyle: “Nineni arıyorsun. Ninen evine giden uçakta.” Büyükannenin hırkasını ya da bir fotoğrafını bir süre ortada bırak. Sabit bir telefon saati, ikinizin de ilk haftayı atlatmasına yardım eder.

toddler-wants-to-be-the-baby-again =
    .title = Küçüğün yeniden bebek mi olmak istiyor?
    .body = Doğumdan beri küçüğün birden yeniden biberon mu istiyor, kucakta taşınmak ya da bebek arabasına binmek mi, ya da bebek gibi mi konuşuyor? Bu çok olağan. Arada bir oyuna katıl: “Gel bakalım, benim kocaman bebeğim”, birkaç dakika salla, sonra yine büyük. Çocuğun seni sınamıyor, yanında hâlâ yeri olup olmadığını yokluyor. Bundan emin olan bir çocuk kendiliğinden yeniden büyür.

a-few-nights-at-the-grandparents =
    .title = Büyükannede birkaç gece kalmak
    .body = Bir yere gitmeniz ya da dinlenmeniz gerektiği için küçüğün birkaç gün büyükanne ve dedesinde mi kalacak? Seçme şansın varsa kısa tut: Bu yaşta bir iki gece bile uzun bir süredir. Çocuğunun anlayacağı şekilde söyle: “Ninende iki kere uyuyacaksın, sonra seni alacağım.” Sonra da söz verdiğin gibi gel. Ardından daha mı yapışkan? Çok olağan: Gerçekten geri dönüp dönmediğini yokluyor.

calling-for-the-absent-parent-at-bedtime =
    .title = Uyurken orada olmayanı çağırmak
    .body = Çocuğun yatarken diğer evde yaşadığı, çalıştığı ya da yolculukta olduğu için orada olmayan ebeveynini mi çağırıyor? Bunu geçiştirmeye çalışma. Söyle: “Anneni özledin. Annen de seni düşünüyor. Yarın onu göreceksin.” Birlikte fotoğrafına bir öpücük gönderin ya da “annenin de baktığı” aya el sallayın. Özlemeye hakkı var; sen de bu duygu geçene kadar yanında kal.

new-house-show-where-you-sleep =
    .title = Yeni ev: nerede uyuduğunu göster
    .body = Yeni mi taşındınız? Yeni evde küçüğün geceleri senin nerede olduğunu henüz bilmiyor. Gündüz birkaç kez birlikte onun yatağından seninkine yürüyün, oyun gibi: “Baban nerede uyuyor? İşte burada!” Yatırırken söyle: “Ben yan odada uyuyorum.” Çocuğun gece seslenirse cevap ver ve yanına git. Kendi insanlarının nerede uyuduğunu bilen çocuk için yabancı bir evdeki gece daha az korkutucudur.

say-who-picks-up-today =
    .title = Bugün onu kimin alacağını sabahtan söyle
    .body = Bugün çocuğunu her zamankinden farklı biri mi alacak, örneğin dedesi, komşu ya da diğer ebeveyni? Bunu sabah bırakırken söyle: “Bugün seni öğle uykusundan sonra deden alacak. Yarın yine ben geleceğim.” Bakıcıdan öğleden sonra bunu bir kez daha söylemesini rica et. Böylece kapıda bir sürpriz değil, haber verilmiş biri durur. Sıradışı bir gün bile böylece öngörülebilir olur.

labels-at-family-gatherings =
    .title = “Ne inatçı şey”
    .body = Bir akraban çocuğunun duyabileceği yerde “Amma inatçı” ya da “Hep bu kadar zor” mu diyor? Çocuğun sandığından fazlasını anlar. Hafif bir tavırla daha nazik bir kelimeyle karşılık ver, çocuğun da duysun: “Ne istediğini çok iyi biliyor.” Ya da: “Yorgun, uzun bir gün oldu.” Böylece çocuğun, senin ona nasıl baktığını duyar. Çocuklar çoğu zaman kendileri hakkında duyduklarına inanmaya başlar.

the-baby-can-wait-a-moment =
    .title = Bazen bebek biraz bekleyebilir
    .body = Küçüğün, bebek emmek istediği ya da bezi değişeceği için sürekli mi bekliyor? Bugün bilerek bir an seç; bebek yeni beslenmiş, beşikte ya da minderde güvendeyken biraz beklesin: “Bebek, biraz bekle, önce ablana yardım ediyorum.” Küçüğün duysun diye yüksek sesle söyle. Bir bebek biraz mızmızlanabilir, küçüğün de bazen kendisinin önce geldiğini duyar.

will-you-look-after-this-for-me =
    .title = “Bunu benim için saklar mısın?”
    .body = Birkaç günlüğüne mi gidiyorsun? Küçüğüne saklaması için senden bir şey ver: eski bir bere ya da senin kokunu taşıyan bir tişört. “Bunu benim için saklar mısın? Döndüğümde gelip senden alacağım.” Böylece eve dönüşün, elinde gerçek bir şeyle beklenen bir şey olur. Döndüğünde de: “Beremi hâlâ sakladın mı? Koruduğun için teşekkür ederim!”

stepchildren-for-the-weekend =
    .title = Hafta sonu üvey kardeşler
    .body = Eşinin çocukları iki haftada bir hafta sonu kalmaya mı geliyor ve ev birden doluyor mu? Küçüğün için birkaç şeyi hafta içindeki gibi tut: kendi yatağı, kendi bardağı, seninle uyku şarkısı. Kimin geleceğini önceden söyle: “Yarın Nur ve Deniz geliyor.” Böylece dolu ev bir baskın değil bir şenlik gibi gelir ve küçüğün kendi yerini korur.

one-family-visit-a-day-at-the-holidays =
    .title = Bayramlarda günde tek bir aile ziyareti
    .body = Noel’de, Ramazan Bayramı’nda ya da yılbaşında aynı güne üç aile ziyareti mi planlandı? Küçüğün için birini seç ve öğle uykusunu evde ya da alışık olduğu yerde yaptır. Bu yaştaki bir çocuk ev ev, yüz yüz dolaşmaktan çabucak fazla uyarılır. Aile hayal kırıklığına mı uğradı? “Gelmeyi çok isteriz, ama günde bir ev onun kaldırabileceği kadar.”

gentle-hands-with-the-baby =
    .title = Bu kadar sevgi, bu kadar sıkı: bebeğe yumuşak eller
    .body = Küçüğün bebeğe sarılmak istiyor ama öyle sıkı ki irkiliyor musun: sıkıştırmak, itmek, bir ayağını çekmek? Çoğu zaman bu, fazla güçle gelen sevgidir. Elini çocuğunun elinin üstüne koy ve birlikte okşayın: “İşte böyle, bacağını yavaşça.” Sıkı sarılmalar bir oyuncak bebeğe ya da yastığa gidebilir. İkisi bir aradayken hep yanlarında ol. Yumuşak dokunmayı yasaktan değil, senin ellerinden öğrenir.

keep-talking-about-who-died =
    .title = Ölen kişiyi anlatmaya devam et
    .body = Çocuğunun dedesi, büyükannesi ya da sevilen başka bir akrabanız mı vefat etti? Ondan bahsetmeye devam et, küçüğüne de: “Deden bu şarkıyı sana hep söylerdi.” Birlikte söyleyin ya da bir fotoğrafa bakın: “Bu deden. Deden öldü, onu özlüyoruz.” Böylece o kişi, çocuğun ileride pek hatırlamasa da onun hikâyesinin bir parçası olarak kalır. Bunu yaparken üzülmen de çok doğal.

a-first-friend-at-childcare =
    .title = Kreşte ilk arkadaş
    .body = Çocuğun evde sürekli kreşten bir isim mi söylüyor, ya da bakıcı hep aynı çocuğun yanına oturmak istediğini mi anlatıyor? Merakla sor ve bir gün o çocukla ve ebeveyniyle parkta buluşun. Başka bir çocuğa ilk yakınlık, arkadaşlığın güzel bir başlangıcıdır ve çocuğunun yanında hissettiği güvenden doğar. Bu yaşta birlikte oynamak çoğu zaman yan yana oynamaktır; gayet iyi.

speak-warmly-about-the-other-home =
    .title = Diğer ev hakkında sıcaklıkla konuş
    .body = Çocuğun diğer ebeveyninin yanında da mı yaşıyor? Evinde, çocuğunun göz hizasına, çocuğunla o ebeveynin bir fotoğrafını as ve ondan sevgiyle bahset: “İşte baban. Babanda mavi bir bardağın var, değil mi?” Aranız gergin olsa bile. Böylece çocuğun, birinizi daha az sevmesi gerektiğini hissetmez. Bu sana zor mu geliyor? Güvendiğin biriyle konuş, çocuğunun yanında değil.

tell-the-baby-about-the-big-one =
    .title = Bebeğe büyüğü anlat
    .body = Yeni bebekle mi konuşuyorsun? Küçüğün, onunla ne kadar gurur duyduğunu duysun: “Bak bebek, bu senin ablan. Merdivenleri tek başına çıkıyor ve bütün şarkıları biliyor.” Onun hakkında nasıl konuştuğunu duyan bir küçük, tam da bebek çok ilgi görürken kendini görülmüş hisseder. Hiçbir ek çabası yok: Zaten bebekle konuşuyorsun.

make-a-welcome-home-drawing =
    .title = Birlikte bir “hoş geldin” hazırlayın
    .body = Yolculuktaki ebeveyn yarın mı dönüyor? Bugün küçüğünle bir karşılama hazırlayın: kapıya bir resim, bahçeden bir bardağa çiçekler, hazır bekleyen terlikler. Bir de söyle: “Bir kere daha uyuyunca baban gelecek.” Böylece beklemek birlikte yaptığınız bir şeye dönüşür ve çocuğun özlemin bitmek üzere olduğunu bilir. Eve dönüşte yine de biraz çekingen mi? Çok normal; biraz zaman tanı.

the-week-in-pictures =
    .title = Resimlerle bir hafta
    .body = Çocuğunun haftası bir yapboz gibi mi: iki gün kreş, bir gün büyükanne, bir gün ev? Yedi kutucuklu bir şerit yap, her güne bir fotoğraf ya da resim koy: kreşin binası, büyükannenin yüzü, sizin ev. Her sabah birlikte bakın: “Bugün nine günü.” İki yaşına yaklaşan bir çocuk böyle bir resmi “çarşamba”dan daha iyi anlar. Küçük bir çocuk için öngörülebilir olan güvenlidir.

walk-past-the-new-playgroup =
    .title = Yakında oyun grubuna mı? Önünden bir geçin
    .body = Çocuğun yakında, iki yaş civarında, oyun grubuna (peuterspeelzaal) ya da okul öncesine (voorschool) mi başlayacak? Önceki haftalarda birkaç kez yürüyerek ya da bisikletle önünden geçin. Çitin arasından kum havuzuna ve çocuklara birlikte bakın: “Yakında sen de orada oynayacaksın.” Bir kez birlikte içeri bakıp bakamayacağınızı sor. Çocuğunun dışarıdan tanıdığı bir yer, ilk gün daha az yabancı gelir.

second-birthday-everyone-sings =
    .title = Herkes şarkı söylüyor, çocuğun saklanıyor
    .body = Çocuğun yakında iki yaşına mı giriyor ve hep bir ağızdan şarkı söyleyecek misafirler mi gelecek? Pek çok küçük üzerindeki bunca bakışı heyecanlı bulur: yüzünü saklar ya da emekleyip uzaklaşır. Bu nankörlük değil. Şarkı sırasında çocuğunu kucağına al, başka yere bakmasına izin ver ve mumları birlikte üfleyin, ya da üflemeyin. Kutlama çocuğun için, fotoğraf için değil.
